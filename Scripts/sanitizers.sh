#!/usr/bin/env bash
# Runs the whole test suite under AddressSanitizer and under ThreadSanitizer, each with its own build
# folder (a sanitized build cannot share one with the normal build or with the other sanitizer).
#
#   Scripts/sanitizers.sh              both
#   Scripts/sanitizers.sh address      one of: address, thread
#   FILTER=relgraphTests Scripts/sanitizers.sh thread    only some tests (swift test --filter)
#
# The tests run on the committed tree (git archive HEAD into $scratch/package), so that files being
# edited in the work tree while the long sanitized build runs cannot break it.
#
# Graphviz 2.42 is not built with either sanitizer; its own leaks and races are Graphviz's (the
# renderer calls it only under one process-wide lock). Leak checking is off for ASan: Graphviz's
# plugin loader keeps memory for the life of the process. Logs: .build-asan/test.log, .build-tsan/test.log.
set -uo pipefail
cd "$(dirname "$0")/.."
KINDS=("$@")
[ ${#KINDS[@]} -eq 0 ] && KINDS=(address thread)
FILTER_ARGS=()
[ -n "${FILTER:-}" ] && FILTER_ARGS=(--filter "$FILTER")
FAILED=0
for kind in "${KINDS[@]}"; do
    case "$kind" in
        address) scratch=.build-asan ;;
        thread) scratch=.build-tsan ;;
        *) echo "unknown sanitizer $kind (address, thread)" >&2; exit 2 ;;
    esac
    mkdir -p "$scratch"
    root=$PWD
    rm -rf "$scratch/package" && mkdir -p "$scratch/package"
    git archive HEAD | tar -x -C "$scratch/package"
    echo "== swift test --sanitize=$kind --scratch-path $scratch/build (HEAD $(git rev-parse --short HEAD))"
    (cd "$scratch/package" && ASAN_OPTIONS=detect_leaks=0:abort_on_error=0 TSAN_OPTIONS=halt_on_error=0:second_deadlock_stack=1 \
        swift test --sanitize="$kind" --scratch-path "$root/$scratch/build" "${FILTER_ARGS[@]}") > "$scratch/test.log" 2>&1
    status=$?
    grep -E "^(✔|✘) Test run|Executed [0-9]+ tests" "$scratch/test.log" | tail -2
    reports=$(grep -c -E "^(WARNING: ThreadSanitizer|==[0-9]+==ERROR: AddressSanitizer)" "$scratch/test.log")
    echo "   exit $status, sanitizer reports: $reports (log: $scratch/test.log)"
    if [ "$reports" -gt 0 ]; then
        grep -E -A12 "^(WARNING: ThreadSanitizer|==[0-9]+==ERROR: AddressSanitizer)" "$scratch/test.log" | grep -E "^ +#[0-9]+ " | awk '{print $4}' | sort | uniq -c | sort -rn | head -8
    fi
    [ $status -ne 0 ] || [ "$reports" -gt 0 ] && FAILED=1
done
exit $FAILED
