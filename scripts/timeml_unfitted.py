"""The unfitted TimeML set of session 41 (gold/timeml_unfitted, its README.md gives the rule and conventions).

    PYTHONPATH=src python scripts/timeml_unfitted.py build TEXT_DIR OUT [--gold gold/timeml_unfitted]
    PYTHONPATH=src python scripts/timeml_unfitted.py halves OUT [--errors-study FILE]

The repository keeps the hand annotation only (gold/timeml_unfitted/annotations.txt and batch2/annotations.txt):
the articles are PolNeAR's, and data from ../shared is not copied into the project. `build` writes one NAME.tml
per block of each annotation file (`== NAME DCT`, then `surface|occurrence|TYPE|VALUE[|MOD]` lines) into OUT (a
scratch folder; batch2's into OUT/batch2), reading the article from TEXT_DIR/NAME.txt (PolNeAR's train/text); it
stops on a surface string that is not found whole-word at that occurrence, or on two expressions that overlap.
Then `newsgraph evaluate time --timeml OUT` scores the set. `halves` scores the whole set, its
STUDY documents (sha1(doc id) ends in an even hex digit) and CHECK ones (odd), with the evaluator's own load_gold /
predict / score, and writes STUDY's error rows only (CHECK is meant to be read as figures only).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

HEAD = ('<?xml version="1.0" ?>\n<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:noNamespaceSchemaLocation="http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd">\n\n')


def parse_annotations(path: Path) -> list[dict]:
    """The blocks of the annotation file: name, dct and its expressions (surface, occurrence, type, value, mod)."""
    docs: list[dict] = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("== "):
            name, dct = line[3:].split()
            docs.append({"name": name, "dct": dct, "times": []})
            continue
        parts = line.split("|")
        if len(parts) not in (4, 5) or not docs:
            raise SystemExit(f"{path}:{n}: expected surface|occurrence|TYPE|VALUE[|MOD]")
        docs[-1]["times"].append({"surface": parts[0], "occ": int(parts[1]), "type": parts[2], "value": parts[3],
                                  "mod": parts[4] if len(parts) == 5 else None, "line": n})
    return docs


def locate(text: str, surface: str, occ: int) -> tuple[int, int]:
    """Offsets of the occ-th whole-word, case-sensitive match of surface in text."""
    hits = [m.span() for m in re.finditer(r"(?<!\w)" + re.escape(surface) + r"(?!\w)", text)]
    if len(hits) < occ:
        raise ValueError(f"{surface!r}: {len(hits)} matches, occurrence {occ} asked")
    return hits[occ - 1]


def to_tml(name: str, dct: str, text: str, times: list[dict]) -> str:
    """The TimeML document: DOCID, DCT as TimeBank gives it, TEXT with one TIMEX3 per expression."""
    spans = sorted((locate(text, t["surface"], t["occ"]), t) for t in times)
    for (a, _), (b, _) in zip(spans, spans[1:]):
        if b[0] < a[1]:
            raise ValueError(f"{name}: expressions at {a} and {b} overlap")
    out, pos = [], 0
    for i, ((s, e), t) in enumerate(spans, 1):
        mod = f" mod={quoteattr(t['mod'])}" if t["mod"] else ""
        out.append(escape(text[pos:s]))
        out.append(f'<TIMEX3 tid="t{i}" type="{t["type"]}" value={quoteattr(t["value"])}{mod}>{escape(text[s:e])}</TIMEX3>')
        pos = e
    out.append(escape(text[pos:]))
    return (HEAD + f"<DOCID>{escape(name)}</DOCID>\n\n<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"{dct}\" "
            f"temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">{dct}</TIMEX3></DCT>\n\n"
            f"<TEXT>{''.join(out)}</TEXT>\n\n</TimeML>\n")


def build(text_dir: Path, out: Path, gold: Path = Path("gold/timeml_unfitted")) -> int:
    """Write the .tml files of every annotation file under gold (its sub-folders kept) into out; the count."""
    n = 0
    for ann in sorted(gold.rglob("annotations.txt")):
        folder = out / ann.parent.relative_to(gold)
        folder.mkdir(parents=True, exist_ok=True)
        n += _build_one(text_dir, ann, folder)
    return n


def _build_one(text_dir: Path, ann: Path, out: Path) -> int:
    docs = parse_annotations(ann)
    for d in docs:
        text = (text_dir / f"{d['name']}.txt").read_text(encoding="utf-8")
        try:
            tml = to_tml(d["name"], d["dct"], text, d["times"])
        except ValueError as exc:
            raise SystemExit(f"{ann}: {d['name']}: {exc}") from None
        (out / f"{d['name']}.tml").write_text(tml, encoding="utf-8")
    return len(docs)


def half(doc_id: str) -> str:
    return "STUDY" if int(hashlib.sha1(doc_id.encode()).hexdigest()[-1], 16) % 2 == 0 else "CHECK"


def halves(gold_dir: str, errors_study: str | None) -> dict:
    from newsgraph.evaluate import timeml

    gold = timeml.load_gold(gold_dir)
    pred = timeml.predict(gold)
    res = {}
    for name, docs in (("whole", gold), ("STUDY", [d for d in gold if half(d["id"]) == "STUDY"]),
                       ("CHECK", [d for d in gold if half(d["id"]) == "CHECK"])):
        s = timeml.score(docs, {d["id"]: pred[d["id"]] for d in docs})
        res[name] = {"docs": len(docs), **{k: s[k] for k in ("gold_expressions", "system_expressions", "span_strict",
                                                         "span_relaxed", "value", "type")}}
    if errors_study:
        study = [d for d in gold if half(d["id"]) == "STUDY"]
        timeml.write_errors(study, {d["id"]: pred[d["id"]] for d in study}, errors_study)
    return res


def main() -> None:
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    b = sub.add_parser("build")
    b.add_argument("text_dir")
    b.add_argument("out")
    b.add_argument("--gold", default="gold/timeml_unfitted")
    h = sub.add_parser("halves")
    h.add_argument("gold")
    h.add_argument("--errors-study")
    a = ap.parse_args()
    if a.cmd == "build":
        print(build(Path(a.text_dir), Path(a.out), Path(a.gold)), "documents written")
    else:
        print(json.dumps(halves(a.gold, a.errors_study), indent=1))


if __name__ == "__main__":
    main()
