"""Own marked time sets (scripts/timex_own_sets/*.tsv) read as TimeML-evaluator documents."""

import re
from pathlib import Path

SETS = Path(__file__).resolve().parents[1] / "scripts" / "timex_own_sets"
MARK = re.compile(r"\{([^|{}]+)\|([^{}]+)\}")


def load_marked(name: str) -> list[dict]:
    """One document per line `class<TAB>DCT<TAB>text`, each `{expression|VALUE}` in the text a gold time
    (a literal "\\n" is a line break); "#" lines and blank lines skipped. Ids are `name:line index`."""
    docs = []
    for i, line in enumerate((SETS / name).read_text().splitlines()):
        if line.startswith("#") or not line.strip():
            continue
        cls, dct, raw = line.split("\t")
        raw = raw.replace("\\n", "\n")
        text, times, pos = "", [], 0
        for m in MARK.finditer(raw):
            text += raw[pos:m.start()]
            times.append({"start": len(text), "end": len(text) + len(m.group(1)), "text": m.group(1),
                          "value": m.group(2)})
            text += m.group(1)
            pos = m.end()
        docs.append({"id": f"{name}:{i}", "cls": cls, "dct": dct, "text": text + raw[pos:], "times": times})
    return docs


def label(g: dict) -> tuple:
    """A marked time's (value, type, mod): its `VALUE|TYPE|MOD` label, the type and mod None when left out."""
    value, type_, mod = (g["value"].split("|") + [None, None])[:3]
    return value, type_, mod


def missed(docs: list[dict], predicted: dict, span) -> list[tuple[dict, dict]]:
    """(document, marked time) for each marked time whose value, as the stage marks it at `span(time)` (a
    (start, end) pair, or None to pass the time over), is not its label's: what a set's strict known-miss list
    must name."""
    out = []
    for d in docs:
        got = {(t["start"], t["end"]): t["value"] for t in predicted[d["id"]]}
        out += [(d, g) for g in d["times"] if span(g) is not None and got.get(span(g)) != label(g)[0]]
    return out


def class_counts(docs: list[dict]) -> dict[str, int]:
    """How many marked times each document class holds (a set's coverage of the classes it was written for)."""
    counts: dict[str, int] = {}
    for d in docs:
        counts[d["cls"]] = counts.get(d["cls"], 0) + len(d["times"])
    return counts


def pattern_spans_every_token(text: str, cols) -> list:
    """times.pattern_spans as it was before its start windows: every token of the reach tried (the oracle the
    windows must agree with)."""
    from newsgraph import times

    saved = times._STARTS  # (session 40: the first three characters, regex_start.start_windows, not the first alone)
    times._STARTS = {fam: None for fam in saved}
    try:
        return times.pattern_spans(text, cols)
    finally:
        times._STARTS = saved
