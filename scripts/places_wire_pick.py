"""Pick the documents of gold/places_wire_fine.jsonl (rule: gold/places_wire_fine.md), dev TimeML documents only.

Usage: PYTHONPATH=src python scripts/places_wire_pick.py /work/shared/data/timebank
Prints one line a chosen document: its source path (relative to the shared data folder), stem, words.
Held-aside documents are skipped on their file name and never opened. The country test is the one of
gold/plover_wire.jsonl (scripts/plover_wire_pick.py): the text names at least two countries.
"""

from __future__ import annotations

import hashlib
import re
import sys
from pathlib import Path

from newsgraph.evaluate.timeml import read_tml, split_of

sys.path.insert(0, str(Path(__file__).resolve().parent))
from plover_wire_pick import countries_in, country_names  # noqa: E402

DOCS, MIN_WORDS, MAX_WORDS = 27, 150, 450  # every qualifying dev document: 24 first, 3 after the first score (.md)


def pick(root: str) -> list[tuple[str, str, int]]:
    names = country_names()
    pattern = re.compile(r"(?<![\w.])(" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
                         + r")(?!\w)")
    stems = [(p.stem, p) for p in Path(root).rglob("*.tml") if split_of(p.stem) == "dev"]
    stems.sort(key=lambda sp: hashlib.sha1(sp[0].encode()).hexdigest())
    chosen = []
    for stem, path in stems:
        if len(chosen) == DOCS:
            break
        text = read_tml(path)["text"]
        words = len(text.split())
        if MIN_WORDS <= words <= MAX_WORDS and len(countries_in(text, pattern, names)) >= 2:
            chosen.append((f"timebank/{path.parent.name}/{path.name}", stem, words))
    return chosen


if __name__ == "__main__":
    for source, stem, words in pick(sys.argv[1]):
        print(source, stem, words, sep="\t")
