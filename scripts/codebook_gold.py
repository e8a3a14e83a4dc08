"""Turn the example sentences of the CAMEO 1.1b3 verb codebook into a newsgraph events gold file.

    python scripts/codebook_gold.py [CODEBOOK.md] [-o OUT.jsonl]

Reads ../shared/data/cameo-codebook/verb-codebook.md (a PDF-to-Markdown conversion: tables of
`| CAMEO | 010 |`, `| Name | ... |`, `| Example | ... |` rows) and writes one JSONL record per
example whose CAMEO code is known and has a PLOVER type:
    {"id": "cameo-0212-1", "text": ..., "date": "2000-01-01", "split": "dev"|"heldout",
     "events": [{"type": PLOVER type, "cameo": "0212", "source": [], "target": []}]}
The codebook gives no actors, so only type accuracy and CAMEO code accuracy mean anything.
The split follows the project's rule (sha1 of the id % 3 == 0: heldout). The output is dev data
written by others: keep it outside the repository (default /tmp/cameo-codebook-gold.jsonl).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from newsgraph.evaluate.base import heldout_split as split_of  # noqa: E402
from newsgraph.events.ontology import plover_for_cameo  # noqa: E402

SHARED = next((c for c in (ROOT.parent / "shared", Path("/work/shared")) if (c / "data").exists()), ROOT.parent / "shared")
ROW = re.compile(r"^\|\s*([A-Za-z ]+?)\s*\|\s*(.*?)\s*\|\s*$")


def _norm(name: str) -> str:
    return re.sub(r"[^a-z]+", " ", name.lower()).strip()


def names(mapping: Path) -> dict[str, str]:
    """Normalised CAMEO category name -> code, from the names in CAMEO2PLOVER's comments (the
    conversion lost many codes from the codebook's tables, not their names)."""
    out = {}
    for line in mapping.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(\d{2,4}):.*#\s*(.+)$", line)
        if m:
            out.setdefault(_norm(m.group(2)), m.group(1))
    return out


def examples(text: str, by_name: dict[str, str]):
    """(code, sentence) for every Example row under a known code."""
    code, prev = None, None
    for line in text.splitlines():
        m = ROW.match(line)
        if not m:
            if line.startswith("#"):
                code = None
            continue
        key, value = m.group(1).strip().lower(), m.group(2).strip()
        if key in ("cameo", "name"):
            if re.fullmatch(r"\d{2,4}", value):
                code = value
            elif not (key == "name" and prev == "cameo"):  # a name row without its number
                code = by_name.get(_norm(value))
        elif key == "example" and code and len(value) > 30:
            yield code, " ".join(value.split())
        prev = key


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("codebook", nargs="?", type=Path, default=SHARED / "data/cameo-codebook/verb-codebook.md")
    ap.add_argument("-o", "--out", type=Path, default=Path("/tmp/cameo-codebook-gold.jsonl"))
    a = ap.parse_args(argv)
    n = 0
    seen: dict[str, int] = {}
    with a.out.open("w", encoding="utf-8") as fh:
        by_name = names(SHARED / "data/plover-gsr/CAMEO2PLOVER-2021.txt")
        for code, sentence in examples(a.codebook.read_text(encoding="utf-8"), by_name):
            type_ = plover_for_cameo(code)
            if type_ is None:
                continue  # CAMEO 01 (statements) has no PLOVER type
            seen[code] = seen.get(code, 0) + 1
            rid = f"cameo-{code}-{seen[code]}"
            fh.write(json.dumps({"id": rid, "text": sentence, "date": "2000-01-01", "split": split_of(rid),
                                 "events": [{"type": type_, "cameo": code, "source": [], "target": []}]}) + "\n")
            n += 1
    print(f"{a.out}: {n} examples", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
