"""Which project files hold text of a shared corpus verbatim ("data in ../shared is not copied into the project").

Usage: PYTHONPATH=src python scripts/shared_text_audit.py /work/shared/data [PATH ...]
(default paths: gold tests scripts). Prints one line per (file, corpus/split) with a count, never the text:
a corpus's held-aside items are compared, not shown (the split is the evaluator's own rule for that corpus).

A candidate is a text of 60 or more characters and at least 7 words: a string value of a JSON/JSONL file, an
element text or attribute of an XML file, a string literal (adjacent literals joined) or comment of a Python
file, a line (and a cell) of any other text file; each line of a many-line candidate is one more. It is a copy
when its words, joined by single spaces, occur in a corpus document's words joined the same way. To stay fast,
a candidate is only compared with the documents holding its 2nd to 6th words (the first may be cut).
"""

from __future__ import annotations

import ast
import csv
import io
import json
import re
import sys
import tokenize
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

MIN_CHARS, MIN_WORDS = 60, 7
SKIP_SUFFIXES = {".pyc", ".png", ".jpg", ".gz", ".zip", ".pdf", ".bin", ".pkl", ".spacy"}


def corpora(data: Path) -> dict[str, list[str]]:
    """Corpus (and split: the evaluators' own held-aside rules) -> its documents' texts, as its readers
    and as its files hold them."""
    from newsgraph.evaluate import lgl, polnear, timeml
    from newsgraph.evaluate.base import heldout_split
    from newsgraph.read import normalise

    out: dict[str, list[str]] = defaultdict(list)
    for line in (data / "bbc" / "bbc.jsonl").read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        out["bbc"].append(rec.get("title", "") + "\n" + rec.get("text", ""))
    for path in sorted((data / "polnear").rglob("text/*.txt")):
        raw = path.read_text(encoding="utf-8")
        out[f"polnear/{polnear.split_of(path.stem, path.parent.parent.name)}"] += [raw, normalise(raw)[0]]
    for art in ET.parse(data / "lgl" / "lgl.xml").getroot().iter("article"):
        out[f"lgl/{lgl.split_of(art.get('docid') or '')}"].append(art.findtext("text") or "")
    for path in sorted((data / "timebank").rglob("*.tml")):
        text = path.read_text(encoding="utf-8", errors="replace")
        out[f"timebank/{timeml.split_of(path.stem)}"] += [timeml.read_tml(path)["text"], text]
    for rec in json.loads((data / "plover-gsr" / "PLOVER_GSR_CAMEO.txt").read_text(encoding="utf-8")):
        if isinstance(rec, dict) and rec.get("text"):
            out[f"plover-gsr/{heldout_split(str(rec.get('id')))}"].append(rec["text"])
    for path in sorted((data / "cameo-codebook").glob("*.md")):  # dev and held-aside examples alike
        out["cameo-codebook"].append(path.read_text(encoding="utf-8", errors="replace"))
    for path in sorted((data / "plover-manual").glob("*")):
        if path.suffix in (".tex", ".html"):
            out["plover-manual"].append(path.read_text(encoding="utf-8", errors="replace"))
    return out


def _strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in list(value.keys()) + list(value.values()) for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def _python(text: str) -> list[str]:
    out, run = [], []
    try:
        for tok in tokenize.generate_tokens(io.StringIO(text).readline):
            if tok.type == tokenize.STRING:
                try:
                    run.append(str(ast.literal_eval(tok.string)))
                except (ValueError, SyntaxError):
                    run.append(tok.string)
                continue
            if tok.type in (tokenize.NL, tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT):
                continue
            if run:
                out.append("".join(run))
                run = []
            if tok.type == tokenize.COMMENT:
                out.append(tok.string.lstrip("# "))
    except (tokenize.TokenError, SyntaxError, IndentationError):
        return text.splitlines()
    return out + (["".join(run)] if run else [])


def _xml(text: str) -> list[str]:
    try:
        root = ET.fromstring(text)
    except ET.ParseError:
        return text.splitlines()
    return [s for el in root.iter() for s in [el.text or "", el.tail or "", *el.attrib.values()]]


def candidates(path: Path) -> list[str]:
    """The texts of 60+ characters and 7+ words in one file."""
    text = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix == ".py":
        found = _python(text)
    elif path.suffix in (".json", ".jsonl"):
        found = []
        try:
            found = _strings(json.loads(text))
        except json.JSONDecodeError:
            for line in text.splitlines():
                try:
                    found += _strings(json.loads(line))
                except json.JSONDecodeError:
                    found.append(line)
    elif path.suffix in (".xml", ".tml"):
        found = _xml(text)
    else:
        found = text.splitlines()
        if path.suffix == ".md":  # a write-up quotes inside a line, or as a "> " block quote
            found += re.findall(r'"([^"]+)"', text) + [line.lstrip("> ") for line in found if line.startswith(">")]
        if path.suffix in (".csv", ".tsv"):
            found += [c for row in csv.reader(io.StringIO(text), delimiter="\t" if path.suffix == ".tsv" else ",")
                      for c in row]
    found += [line for s in found if "\n" in s for line in s.splitlines()]
    return [s for s in found if len(s.strip()) >= MIN_CHARS and len(s.split()) >= MIN_WORDS]


def audit(data: Path, roots: list[Path]) -> dict[tuple[str, str], int]:
    files = [p for r in roots for p in ([r] if r.is_file() else sorted(r.rglob("*")))
             if p.is_file() and p.suffix not in SKIP_SUFFIXES and "__pycache__" not in p.parts]
    cands: list[tuple[str, str]] = []  # (file, words joined by one space)
    for path in files:
        cands += sorted({(str(path), " ".join(c.split())) for c in candidates(path)})
    by_key: dict[tuple, list[int]] = defaultdict(list)
    for i, (_, words) in enumerate(cands):
        by_key[tuple(words.split()[1:6])].append(i)
    hits: dict[tuple[str, str], int] = defaultdict(int)
    for name, docs in corpora(data).items():
        found: set[int] = set()
        for doc in docs:
            words = doc.split()
            joined = None
            for k in range(len(words) - 4):
                for i in by_key.get(tuple(words[k:k + 5]), ()):
                    if i not in found:
                        joined = joined or " ".join(words)
                        if cands[i][1] in joined:
                            found.add(i)
        for i in found:
            hits[(cands[i][0], name)] += 1
    return hits


# docs/ too: a guideline or gold sentence quoted in a write-up is as much a copy as one in a gold file.
DEFAULT_ROOTS = ("gold", "tests", "scripts", "docs")


def main(data: str | None = None, *paths: str) -> None:
    if data is None or not (Path(data) / "bbc" / "bbc.jsonl").is_file():
        raise SystemExit(f"shared_text_audit: {data or '(none given)'}: not the shared data folder (no bbc/bbc.jsonl); "
                         "usage: shared_text_audit.py DATA_DIR [PATH ...]")
    roots = [Path(p) for p in (paths or DEFAULT_ROOTS)]
    missing = [str(r) for r in roots if not r.exists()]
    if missing:
        raise SystemExit(f"shared_text_audit: {missing[0]}: no such file or folder")
    hits = audit(Path(data), roots)
    for (path, corpus), n in sorted(hits.items()):
        print(f"{path}\t{corpus}\t{n}")
    print(f"{sum(hits.values())} texts in {len({p for p, _ in hits})} files occur verbatim in a shared corpus")


if __name__ == "__main__":
    main(*sys.argv[1:])
