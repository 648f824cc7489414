#!/usr/bin/env bash
# Fuzzes relgraph's input readers with libFuzzer through the Swift toolchain (-sanitize=fuzzer,address).
#
#   Scripts/fuzz.sh [TARGET...]        TARGET: reader splitter extractor json (default: all four)
#   RUNS=20000 Scripts/fuzz.sh         inputs per target (default 20,000), fixed seed, so reruns repeat
#
# A SwiftPM executable target has its own main, which libFuzzer's main clashes with, so this script
# compiles with swiftc directly (Swift 6.3.1 on Linux): RelGraph and RelGraphExtraction as static
# libraries with fuzzer coverage and AddressSanitizer, then each entry file (Benchmarks/fuzz/*Fuzz.swift,
# with @_cdecl("LLVMFuzzerTestOneInput")) linked against them into a fuzzer executable. The lexicon is a
# SwiftPM resource (Bundle.module), which a swiftc build lacks: a generated file supplies Bundle.module
# for the source folder, and the targets load the .lex files from there (RELGRAPH_LEXICON_DIR).
# Seeds: the fixture articles and graphs of the tests. Any crash input is copied to
# Tests/RelGraphExtractionTests/Fixtures/fuzz-regressions/TARGET/, where FuzzRegressionTests feeds it
# through the same code in every `swift test`. Exit status 1 when a target found a crash.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
RUNS=${RUNS:-20000}
OUT=${FUZZ_OUT:-$ROOT/.build-fuzz}
TARGETS=("$@")
[ ${#TARGETS[@]} -eq 0 ] && TARGETS=(reader splitter extractor json)
FLAGS=(-parse-as-library -sanitize=fuzzer,address -O -g -swift-version 6)
mkdir -p "$OUT/mod" "$OUT/lib" "$OUT/crashes"

entry() {
    case "$1" in
        reader) echo ArticleReaderFuzz ;;
        splitter) echo SentenceSplitterFuzz ;;
        extractor) echo ExtractorFuzz ;;
        json) echo GraphJSONFuzz ;;
        *) echo "unknown target $1 (reader, splitter, extractor, json)" >&2; exit 2 ;;
    esac
}

# A snapshot of the sources, so that edits made while the fuzzers build do not break the build.
SRC="$OUT/src"
rm -rf "$SRC" && mkdir -p "$SRC" && cp -R Sources/RelGraph Sources/RelGraphExtraction Benchmarks/fuzz "$SRC/"

echo "== building RelGraph with fuzzer coverage"
swiftc "${FLAGS[@]}" -module-name RelGraph -emit-module -emit-module-path "$OUT/mod/RelGraph.swiftmodule" \
    -emit-library -static -o "$OUT/lib/libRelGraph.a" "$SRC"/RelGraph/*.swift

echo "== building RelGraphExtraction with fuzzer coverage"
cat > "$OUT/BundleModule.swift" <<SWIFT
import Foundation
// What SwiftPM generates for a target with resources: here the resources stay in the source folder.
extension Foundation.Bundle {
    static let module: Bundle = Bundle(path: "$SRC/RelGraphExtraction/Resources")!
}
SWIFT
mapfile -t EXTRACTION < <(find "$SRC/RelGraphExtraction" -name '*.swift' | sort)
swiftc "${FLAGS[@]}" -module-name RelGraphExtraction -I "$OUT/mod" -emit-module -emit-module-path "$OUT/mod/RelGraphExtraction.swiftmodule" \
    -emit-library -static -o "$OUT/lib/libRelGraphExtraction.a" "${EXTRACTION[@]}" "$OUT/BundleModule.swift"

export RELGRAPH_LEXICON_DIR="$SRC/RelGraphExtraction/Resources/lexicon"
REGRESSIONS="$ROOT/Tests/RelGraphExtractionTests/Fixtures/fuzz-regressions"
FOUND=0
for t in "${TARGETS[@]}"; do
    name=$(entry "$t")
    echo "== building fuzz-$t ($name)"
    extra=("$SRC/fuzz/FuzzLexicon.swift")
    libs=(-lRelGraphExtraction -lRelGraph)
    if [ "$t" = json ]; then extra=(); libs=(-lRelGraph); fi
    swiftc "${FLAGS[@]}" -module-name "${name}Target" -I "$OUT/mod" -L "$OUT/lib" "${libs[@]}" \
        "$SRC/fuzz/$name.swift" "${extra[@]}" -o "$OUT/fuzz-$t" 2>&1 | { grep -v "Cannot export local symbol" || true; }

    corpus="$OUT/corpus/$t"
    rm -rf "$corpus" && mkdir -p "$corpus"
    if [ "$t" = json ]; then
        find Tests graphs -name '*.json' -size -64k -exec cp {} "$corpus/" \; 2>/dev/null || true
    else
        find Tests/RelGraphExtractionTests/Fixtures -name '*.txt' -size -64k -exec cp {} "$corpus/" \; 2>/dev/null || true
        find Tests/RelGraphExtractionTests/Fixtures -name '*.html' -size -64k -exec cp {} "$corpus/" \; 2>/dev/null || true
    fi
    rm -f "$OUT/crashes/$t-"*
    echo "== fuzzing $t: $RUNS runs, $(ls "$corpus" | wc -l) seeds"
    status=0
    "$OUT/fuzz-$t" "$corpus" -runs="$RUNS" -seed=1 -max_len=16384 -timeout=60 -rss_limit_mb=4096 \
        -artifact_prefix="$OUT/crashes/$t-" -print_final_stats=1 2> "$OUT/fuzz-$t.log" || status=$?
    grep -E "^(stat::number_of_executed_units|stat::peak_rss_mb|Done)" "$OUT/fuzz-$t.log" || true
    if [ $status -ne 0 ] || ls "$OUT/crashes/$t-"* >/dev/null 2>&1; then
        FOUND=1
        mkdir -p "$REGRESSIONS/$t"
        for f in "$OUT/crashes/$t-"*; do
            [ -e "$f" ] && cp "$f" "$REGRESSIONS/$t/" && echo "   crash input kept: $REGRESSIONS/$t/$(basename "$f")"
        done
        grep -E "ERROR|Fatal error|SUMMARY|precondition" "$OUT/fuzz-$t.log" | head -5 || true
        echo "   full log: $OUT/fuzz-$t.log"
    else
        echo "   no crash"
    fi
done
exit $FOUND
