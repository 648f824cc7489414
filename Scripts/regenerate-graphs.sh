#!/usr/bin/env bash
# Regenerates graphs/ from its inputs:
#   - every article graphs/NAME.{de,en}.txt: its graph NAME.json, drawn as NAME.dot and NAME.svg;
#   - every hand-written graph graphs/NAME.json without an article beside it: NAME.dot and NAME.svg;
#   - the worked diff and merge example: the German seed article against an English report of the
#     same events (nordkorea-diff.txt/.json/.svg) and both merged (nordkorea-merged.json/.svg).
# Usage: Scripts/regenerate-graphs.sh [path/to/relgraph]   (default: builds and uses the release binary)
set -euo pipefail
cd "$(dirname "$0")/.."

relgraph="${1:-}"
if [ -z "$relgraph" ]; then
    swift build -c release --product relgraph >&2
    relgraph="$(swift build -c release --show-bin-path)/relgraph"
fi

shopt -s nullglob
for article in graphs/*.de.txt graphs/*.en.txt; do
    base="${article%.txt}"
    "$relgraph" extract "$article" -o "$base.json"
    echo "wrote $base.json"
done
for json in graphs/*.json; do
    case "$json" in *.gold.json|*-diff.json|*-merged.json) continue ;; esac
    base="${json%.json}"
    "$relgraph" render "$json" -f dot -o "$base.dot"
    "$relgraph" render "$json" -f svg -o "$base.svg"
    echo "wrote $base.dot $base.svg"
done

a=graphs/seed-nordkorea.de.json
b=graphs/nordkorea-report.en.json
if [ -f "$a" ] && [ -f "$b" ]; then
    # diff exits 1 when the graphs differ, as diff(1) does
    "$relgraph" diff "$a" "$b" > graphs/nordkorea-diff.txt || [ $? -eq 1 ]
    "$relgraph" diff "$a" "$b" -f json -o graphs/nordkorea-diff.json || [ $? -eq 1 ]
    "$relgraph" diff "$a" "$b" -f svg -o graphs/nordkorea-diff.svg || [ $? -eq 1 ]
    "$relgraph" merge "$a" "$b" -o graphs/nordkorea-merged.json
    "$relgraph" render graphs/nordkorea-merged.json -f svg -o graphs/nordkorea-merged.svg
    echo "wrote graphs/nordkorea-diff.{txt,json,svg} graphs/nordkorea-merged.{json,svg}"
fi
