#!/usr/bin/env bash
# Regenerates graphs/ from its inputs: for every graphs/NAME.json (not *.gold.json), graphs/NAME.dot and graphs/NAME.svg.
# Usage: Scripts/regenerate-graphs.sh [path/to/relgraph]   (default: builds and uses the release binary)
set -euo pipefail
cd "$(dirname "$0")/.."

relgraph="${1:-}"
if [ -z "$relgraph" ]; then
    swift build -c release --product relgraph >&2
    relgraph="$(swift build -c release --show-bin-path)/relgraph"
fi

shopt -s nullglob
for json in graphs/*.json; do
    case "$json" in *.gold.json) continue ;; esac   # gold annotations are inputs for diffs, not drawings
    base="${json%.json}"
    "$relgraph" render "$json" -f dot -o "$base.dot"
    "$relgraph" render "$json" -f svg -o "$base.svg"
    echo "wrote $base.dot $base.svg"
done
