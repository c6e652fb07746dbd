#!/usr/bin/env bash
# Installs what AluCat needs on a Debian machine with Swift at /opt/swift, only
# when it is missing. Run as root (or with sudo available).
#
#   scripts/setup.sh          build and run: libxml2, libzip, xmllint
#   scripts/setup.sh --test   also what the tests call: jing (OASIS ODF schema
#                             checks), LibreOffice Calc (round-trip checks) and
#                             its Python bridge (forms filled in LibreOffice)
#   scripts/setup.sh --bench  also odfpy, for the ODS benchmark's comparison
set -euo pipefail

packages=(libxml2-dev libzip-dev zlib1g-dev libxml2-utils pkg-config)
for arg in "$@"; do
  case "$arg" in
    --test) packages+=(jing libreoffice-calc-nogui python3-uno unzip bc) ;;
    --bench) packages+=(jing libreoffice-calc-nogui unzip bc python3-odf) ;;
    *) echo "usage: $0 [--test] [--bench]" >&2; exit 2 ;;
  esac
done

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}" >&2
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if ! command -v swift >/dev/null 2>&1; then
  if [ -x /opt/swift/usr/bin/swift ]; then
    echo "setup: swift is at /opt/swift/usr/bin; add it to PATH" >&2
  else
    echo "setup: Swift 6 toolchain not found (expected /opt/swift)" >&2; exit 1
  fi
fi
