#!/usr/bin/env bash
# One command on a fresh Debian machine with the Swift toolchain: installs what is missing,
# builds relgraph (release), and renders the seed article's graph (graphs/seed-nordkorea.de.svg),
# with the other examples under graphs/.
set -euo pipefail
cd "$(dirname "$0")/.."

Scripts/install-deps.sh
swift build -c release --product relgraph
bin="$(swift build -c release --show-bin-path)"
Scripts/regenerate-graphs.sh "$bin/relgraph"
echo "relgraph is at $bin/relgraph; the seed article's graph is graphs/seed-nordkorea.de.svg"
