#!/usr/bin/env bash
# Builds and runs one libFuzzer target of the Fuzz/ package (release, fuzzer + address
# sanitizer, its own scratch path: the ordinary build never sees it).
#
#   scripts/fuzz.sh --list                  the targets, one a line
#   scripts/fuzz.sh TARGET [SECONDS] [libFuzzer flags…]
#                                           fuzz TARGET for SECONDS (default 60) from its seeds
#   scripts/fuzz.sh --build                 build every target, run nothing
#
# The run corpus grows in .build-fuzz/corpus/TARGET (out of git), seeded from the
# minimised seeds kept in Fuzz/corpus/TARGET; crashes, leaks and hangs (over 5 s) land in
# .build-fuzz/findings/TARGET/. Runs at nice 19. The last line of a run is libFuzzer's
# `#N DONE … exec/s: …`; exit status is libFuzzer's (0: nothing found).
#
# Environment: FUZZ_JOBS (default 1) runs that many workers with -fork; ALUCAT_CATALOG
# the catalogue the targets check against (default: this repository's catalog/).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"

root=$PWD
scratch=$root/.build-fuzz
targets=(entry ods form mission taxonomy)

usage() { sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }

build() {
    nice -n 19 swift build --package-path Fuzz --scratch-path "$scratch" -c release \
        -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library "$@" >&2
}

case "${1:-}" in
    --list) printf '%s\n' "${targets[@]}"; exit 0 ;;
    --build) build; exit 0 ;;
    ""|-h|--help) usage ;;
esac

target=$1; shift
seconds=${1:-60}; [[ $# -gt 0 ]] && shift
[[ " ${targets[*]} " == *" $target "* ]] || { echo "fuzz.sh: no target '$target' (see --list)" >&2; exit 2; }
[[ $seconds =~ ^[0-9]+$ ]] || { echo "fuzz.sh: SECONDS must be a whole number, not '$seconds'" >&2; exit 2; }

build --product "fuzz-$target"
binary=$scratch/release/fuzz-$target
corpus=$scratch/corpus/$target
artifacts=$scratch/findings/$target  # not artifacts/: SwiftPM empties that folder of a scratch path
mkdir -p "$corpus" "$artifacts"

# Longest input per target: a form's content.xml is 90 KB; the ODS reader and the mission
# decoder learn as much from small inputs, which run many times faster.
case $target in
    ods|mission) max_len=16384 ;;
    entry) max_len=65536 ;;
    *) max_len=131072 ;;
esac
flags=(-max_total_time="$seconds" -timeout=5 -rss_limit_mb=2048 -max_len="$max_len"
       -dict="$root/Fuzz/dictionaries/$target.dict" -artifact_prefix="$artifacts/" -print_final_stats=1)
if [[ ${FUZZ_JOBS:-1} -gt 1 ]]; then flags+=(-fork="$FUZZ_JOBS" -ignore_crashes=0); fi

export ALUCAT_CATALOG=${ALUCAT_CATALOG:-$root/catalog}
# A trap (an oracle's fatalError) goes straight to libFuzzer's handler: Swift's own
# backtracer, reading other threads' stacks, trips AddressSanitizer and hides the message.
export SWIFT_BACKTRACE=enable=no
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$root/Fuzz/lsan.supp:print_suppressions=0}
# New inputs go to the first folder (the run corpus); the seeds are read, never written.
exec nice -n 19 "$binary" "${flags[@]}" "$@" "$corpus" "$root/Fuzz/corpus/$target"
