"""The lemmatizer alone: spaCy's own __call__ against newsgraph.lemmas' fast one, CPU ms per article.

    PYTHONPATH=src python benchmarks/lemmatizer.py [--n 200] [--warm 400] [--rounds 5] [--jsonl PATH]

Parses N + WARM articles up to the lemmatizer once (tok2vec, tagger, parser, attribute_ruler); each round
copies the N Docs (Doc.from_bytes) and times, in turn, spaCy's own component (a second loaded pipeline,
untouched) cold (its cache emptied) and the installed fast one cold (its memo and spaCy's cache emptied),
then both warm (memos filled by a pass over the WARM other articles). Rounds alternate so that a busy machine slows both alike; the
median of each column is printed, with the check that both gave the same lemmas.
"""

import argparse
import json
import statistics
import time
from pathlib import Path

DEFAULT = Path("/work/shared/data/bbc/bbc.jsonl")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--warm", type=int, default=400)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--jsonl", type=Path, default=DEFAULT)
    args = ap.parse_args()

    from spacy.attrs import LEMMA
    from spacy.lang.en.lemmatizer import EnglishLemmatizer
    from spacy.tokens import Doc

    from newsgraph import lemmas
    from newsgraph.nlp import load_stock

    nlp = load_stock()
    assert lemmas.install(nlp)
    lem = nlp.get_pipe("lemmatizer")
    stock = load_stock().get_pipe("lemmatizer")
    assert type(stock) is EnglishLemmatizer
    with args.jsonl.open() as fh:
        texts = [json.loads(line)["text"] for line, _ in zip(fh, range(args.n + args.warm))]
    with nlp.select_pipes(disable=["lemmatizer", "ner"]):
        blobs = [d.to_bytes() for d in nlp.pipe(texts)]
    test, warm = blobs[: args.n], blobs[args.n :]

    def copies(bs, vocab):
        return [Doc(vocab).from_bytes(b) for b in bs]

    def timed(call, bs):
        docs = copies(bs, call.vocab)
        t0 = time.process_time()
        for d in docs:
            call(d)
        return 1000 * (time.process_time() - t0) / len(docs), docs

    def empty():
        stock.cache.clear()
        lem.cache.clear()
        lem._lemma_memo.clear()

    cols = {k: [] for k in ("spacy cold", "fast cold", "spacy warm", "fast warm")}
    same = True
    for _ in range(args.rounds):
        for warmed in (False, True):
            got = {}
            for name, call in (("spacy", stock), ("fast", lem)):
                empty()
                if warmed:
                    for d in copies(warm, call.vocab):
                        call(d)
                ms, got[name] = timed(call, test)
                cols[f"{name} {'warm' if warmed else 'cold'}"].append(ms)
            same &= all((a.to_array([LEMMA]) == b.to_array([LEMMA])).all() for a, b in zip(got["spacy"], got["fast"]))
    print(f"{args.n} articles, {args.rounds} rounds, median CPU ms per article; lemmas identical: {same}")
    for name, vals in cols.items():
        print(f"| {name} | {statistics.median(vals):.2f} | (min {min(vals):.2f}, max {max(vals):.2f}) |")


if __name__ == "__main__":
    main()
