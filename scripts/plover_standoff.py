"""Turn a PLOVER JSONL set whose `text` is a sentence of a shared corpus into stand-off rows (no corpus text
in the project; the events evaluator reads the sentence back through evaluate/standoff.py).

Usage: NEWSGRAPH_DATA=/work/shared/data PYTHONPATH=src python scripts/plover_standoff.py IN.jsonl OUT.jsonl

The source document comes from the id: `bbc-<category>-<NNN>-s<k>` -> bbc/bbc.jsonl "<category>/<NNN>",
`pn-<file>-s<k>` -> polnear/train/text/<file>.txt, `tb-<stem>-s<k>` -> timebank/{TimeBank,AQUAINT}/<stem>.tml.
Each document is read by standoff.Sources, exactly as the evaluator will read it; the sentence is looked up
verbatim, else with its spaces matching any run of whitespace (the TimeML sentences were picked from text
with whitespace collapsed). A sentence found other than exactly once stops the script with its id, unless
OCCURRENCE (resolved by hand) names which occurrence it is. `text` is replaced in place by source, doc,
start, end and sha1 (first 12 hex digits of the passage's sha1); every other field is kept as it is.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path

from newsgraph.evaluate.places_fine import data_dir
from newsgraph.evaluate.standoff import Sources, passage

ID = re.compile(r"^(bbc|pn|tb)-(.+)-s\d+$")
OCCURRENCE: dict[str, int] = {}  # id -> 0-based occurrence, for a sentence found more than once


def locate(row: dict, data: Path) -> tuple[str, str]:
    """(source, doc) of a row, from its id."""
    m = ID.match(row["id"])
    if not m:
        sys.exit(f"{row['id']}: id names no known corpus")
    kind, name = m.groups()
    if kind == "bbc":
        category, number = name.split("-", 1)
        return "bbc/bbc.jsonl", f"{category}/{number}"
    if kind == "pn":
        return f"polnear/train/text/{name}.txt", name
    for folder in ("TimeBank", "AQUAINT"):
        if (data / "timebank" / folder / f"{name}.tml").is_file():
            return f"timebank/{folder}/{name}.tml", name
    sys.exit(f"{row['id']}: no TimeML file {name}.tml")


def offsets(text: str, sentence: str, row_id: str) -> tuple[int, int]:
    """The sentence's one place in the document's text (its spaces may stand for any whitespace there)."""
    found = [(m.start(), m.end()) for m in re.finditer(re.escape(sentence), text)]
    if not found:
        loose = r"\s+".join(re.escape(w) for w in sentence.split())
        found = [(m.start(), m.end()) for m in re.finditer(loose, text)]
    if len(found) != 1 and row_id not in OCCURRENCE:
        sys.exit(f"{row_id}: the sentence is found {len(found)} times in its document; "
                 "resolve it by hand in OCCURRENCE")
    return found[OCCURRENCE.get(row_id, 0)]


def convert(row: dict, sources: Sources, data: Path, where: str) -> dict:
    source, doc = locate(row, data)
    text = sources.get(source, doc, where)[0]
    start, end = offsets(text, row["text"], row["id"])
    ref = {"source": source, "doc": doc, "start": start, "end": end,
           "sha1": hashlib.sha1(text[start:end].encode()).hexdigest()[:12]}
    out = {}
    for key, value in row.items():
        out.update(ref if key == "text" else {key: value})
    back = " ".join(passage(sources, out, where)[0].split())
    if back != row["text"]:
        sys.exit(f"{row['id']}: the passage does not read back as the sentence")
    return out


def main(src: str, dst: str) -> None:
    sources = Sources(src)
    data = sources.root = data_dir(src)
    rows = [json.loads(line) for line in Path(src).read_text(encoding="utf-8").splitlines() if line.strip()]
    out = [convert(r, sources, data, f"{src}:{n}") for n, r in enumerate(rows, 1)]
    Path(dst).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out), encoding="utf-8")
    print(f"{len(out)} rows -> {dst}")


if __name__ == "__main__":
    main(*sys.argv[1:3])
