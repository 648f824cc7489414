#!/usr/bin/env bash
# Installs the Debian packages relgraph needs, only those missing: libgraphviz-dev (libcgraph/libgvc and
# their plugins, for building and rendering), graphviz (the `dot` CLI, used by the benchmark only),
# fonts-dejavu-core (text in PNG and PDF). Runs `apt-get update` once, and only if something is missing.
set -euo pipefail

missing=()
for pkg in libgraphviz-dev graphviz fonts-dejavu-core; do
    if ! dpkg -s "$pkg" 2>/dev/null | grep -q '^Status: install ok installed'; then
        missing+=("$pkg")
    fi
done
if ! pkg-config --exists libgvc 2>/dev/null; then
    case " ${missing[*]-} " in *" libgraphviz-dev "*) ;; *) missing+=(libgraphviz-dev) ;; esac
fi
if ! command -v pkg-config >/dev/null 2>&1; then missing+=(pkg-config); fi

if [ "${#missing[@]}" -gt 0 ]; then
    echo "installing: ${missing[*]}"
    SUDO=""
    if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
    $SUDO apt-get update
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends "${missing[@]}"
fi

# Graphviz finds its plugins through a config file that its package writes; make sure it exists.
if ! ls /usr/lib/*/graphviz/config* /usr/lib/graphviz/config* >/dev/null 2>&1; then
    SUDO=""
    if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
    $SUDO dot -c
fi
