"""Score time expressions on TimeML corpora: `newsgraph evaluate time --timeml DIR`.

Reads every `.tml` file under DIR (TimeBank 1.2 / AQUAINT as cleaned for TempEval-3): the text is
the content of <TEXT> with the markup removed, each non-empty <TIMEX3> in it a gold expression (tid,
type, value, mod). The document creation time (the TIMEX3 with functionInDocument="CREATION_TIME")
is handed to the pipeline as the publication date and is not scored itself.

Scores as TempEval-3 scores timex: spans matched one to one, largest overlap first; strict = same
offsets, relaxed = any overlap. Over the relaxed pairs: value and type accuracy; value (type) F1
counts a pair as right when its value (type) agrees, precision over the system's expressions and
recall over the gold ones. Two further readings, reported apart and never as the TempEval-3 score:
`value_equivalent` (the same value in another spelling: "2000-W7" / "2000-W07", "199X" / "199") and
`value_lenient` (that, or a value fitting a gold placeholder that leaves digits unknown: "1989-WXX").

Split: a document is "heldout" when sha1(file stem) % 3 == 0, else "dev" (the project's rule).
"""

from __future__ import annotations

import hashlib
import json
import re
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

from ..errors import InputError
from ..read import normalise
from .base import empty_gold
from .gold import pair, prf


def split_of(doc_id: str) -> str:
    return "heldout" if int(hashlib.sha1(doc_id.encode()).hexdigest(), 16) % 3 == 0 else "dev"


def _flatten(el, pieces: list[str], pos: list[int], timexes: list[dict]) -> None:
    """Append el's text (markup removed, each piece normalised as the pipeline reads it) to pieces,
    recording each TIMEX3's offsets."""

    def add(s):
        if s:
            s = normalise(s)[0]
            pieces.append(s)
            pos[0] += len(s)

    start = pos[0]
    add(el.text)
    for child in el:
        _flatten(child, pieces, pos, timexes)
        add(child.tail)
    if el.tag == "TIMEX3" and pos[0] > start and el.get("functionInDocument") != "CREATION_TIME":
        timexes.append({"start": start, "end": pos[0], "tid": el.get("tid"), "type": el.get("type"),
                        "value": el.get("value"), "mod": el.get("mod")})


def read_tml(path: Path) -> dict:
    """One document: id, dct (YYYY-MM-DD or None), text, times (sorted by offset)."""
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as exc:
        raise InputError(str(path), f"not well-formed TimeML ({exc})") from None
    text_el = root.find(".//TEXT")
    if text_el is None:
        raise InputError(str(path), "no <TEXT> element")
    dct = next((t.get("value") for t in root.iter("TIMEX3") if t.get("functionInDocument") == "CREATION_TIME"), None)
    pieces: list[str] = []
    timexes: list[dict] = []
    _flatten(text_el, pieces, [0], timexes)
    text = "".join(pieces)
    for t in timexes:
        t["text"] = text[t["start"]:t["end"]]
    # the sub-corpus is the folder the file lies in ("TimeBank", "AQUAINT"): their annotators differ
    return {"id": path.stem, "split": split_of(path.stem), "corpus": path.parent.name,
            "dct": dct[:10] if dct else None, "text": text, "times": sorted(timexes, key=lambda t: t["start"])}


def load_gold(path: str, split: str | None = None) -> list[dict]:
    """Every .tml document under `path` (a directory or one file), or those of `split`."""
    p = Path(path)
    if p.is_file():
        files = [p]
    elif p.is_dir():
        files = sorted(p.rglob("*.tml"))
    else:
        raise InputError(path, "no such file or directory")
    if not files:
        raise InputError(path, "no .tml files in this directory")
    every = [read_tml(f) for f in files]
    docs = [d for d in every if split is None or d["split"] == split]
    if not docs:
        raise empty_gold(path, "documents", split, [d["split"] for d in every])
    return docs


def pipeline_options(model: str | None = None, **_):
    """TimeML documents are scored whatever the language check would say of them, with the times stage
    as a user runs it: "Friday night" keeps its part of day as the TimeML guidelines write it, although
    TimeBank's annotators often wrote the day alone (scoring with TimesSettings.weekday_parts False
    gained on our dev third and lost on the held-aside one: not adopted, session 9)."""
    from ..stage import Options

    return Options(model=model, check_language=False)


def predict(gold: list[dict], options=None) -> dict[str, list]:
    """The times stage's expressions for each document (by id), its creation time as the date."""
    from .. import times
    from ..pipeline import Pipeline
    from ..read import make_article

    options = options or pipeline_options()
    pipe = Pipeline(options, stages=[times.TimesStage])
    arts = [make_article(d["text"], d["id"], "text", **({"published": d["dct"]} if d["dct"] else {})) for d in gold]
    out = {}
    for d, doc in zip(gold, pipe.run(arts)):
        if isinstance(doc, Exception):
            raise InputError(d["id"], f"could not be processed ({doc})")
        out[d["id"]] = [{"start": t.start, "end": t.end, "text": t.text, "value": t.value, "type": t.type,
                         "mod": t.mod} for t in doc.times]
    return out


_REFS = ("PRESENT_REF", "PAST_REF", "FUTURE_REF")
_PART = re.compile(r"T(?:MO|AF|EV|NI|DT)$")


def _notation(value: str) -> str:
    """A value in one ISO spelling: two-digit weeks, hours with minutes."""
    return re.sub(r"T(\d\d)$", r"T\1:00", re.sub(r"-W(\d)(?!\d)", r"-W0\1", value))


_DECADE_X = re.compile(r"^(\d{2,3})X+$")  # "199X" (the 1990s), "19XX" (the 1900s): TIMEX2's "199", "19"
_PLACEHOLDER = re.compile(r"^(\d{4})(?:-[\dWQX]*X[\dWQX-]*)$")  # a year with its month/week/quarter/day left as X


def same_value(gold: str | None, system: str | None) -> bool:
    """The same value, however it is spelt: "2000-W7" / "2000-W07", "T17" / "T17:00", the decade
    "199X" / "199". The corpus writes each both ways; TempEval-3 compares strings, so this is a second
    score (`value_equivalent`), never the headline one."""
    if not gold or not system:
        return False
    g, s = _notation(gold), _notation(system)
    if (m := _DECADE_X.match(g)) is not None:
        g = m.group(1)
    if (m := _DECADE_X.match(s)) is not None:
        s = m.group(1)
    return g == s


def fits_placeholder(gold: str | None, system: str | None) -> bool:
    """Whether a gold value that leaves digits unknown ("1989-WXX" for `last week` in TimeBank's 1989
    files, "1949-XX" for a plain year, "1988-QX") admits the system's: the same year, and every digit the
    gold does give, at the system's precision ("1989-W43", "1949", "1988-Q3"). A third score
    (`value_lenient`): the gold there says less than the text does, so the strict score counts a right
    answer wrong."""
    if not gold or not system or not _PLACEHOLDER.match(gold):
        return False
    if len(system) == len(gold):  # the same precision: each known character agrees
        return all(g == c or (g == "X" and c.isdigit()) for g, c in zip(gold, system))
    known = gold[:gold.index("X")].rstrip("-WQ")
    return system == known  # coarser: just the part of the gold that is known ("1949" for "1949-XX")


def value_error_kind(gold: str | None, system: str | None) -> str:
    """Which kind of disagreement a value mismatch is, for grouping the errors (tuning, docs/accuracy.md):
    "no value", "notation" (scored as an error, as TempEval-3 compares strings), "gold placeholder" (the gold leaves digits unknown: "1989-WXX", "1949-XX"), "part of
    day" (a day with or without TMO/TNI...), "ref word" (PRESENT/PAST/FUTURE_REF against a value),
    "duration vs point", "week", "quarter", "decade/century", "set", "granularity" (the same kind of
    date at another precision), "anchor" (the same precision, another date)."""
    if not gold or not system:
        return "no value"
    if _notation(gold) == _notation(system):
        return "notation"  # the same value written two ways: "2000-W7" / "2000-W07", "T17" / "T17:00"
    if gold in _REFS or system in _REFS:
        return "ref word"
    if gold.startswith("P") != system.startswith("P"):
        return "duration vs point"
    if gold.startswith("P"):
        return "duration"
    if _PART.search(gold) or _PART.search(system):
        return "part of day" if gold[:10] == system[:10] else "anchor"
    if min(len(gold.rstrip("X")), len(system.rstrip("X"))) <= 3:
        return "decade/century"  # "199X" / "199", "19XX" / "19"
    if "X" in gold and "X" not in system:
        return "gold placeholder"
    if "W" in gold or "W" in system:
        return "week"
    if "Q" in gold or "Q" in system:
        return "quarter"
    if len(gold) != len(system):
        return "granularity"
    return "anchor"


class _Span:
    __slots__ = ("start", "end", "rec")

    def __init__(self, rec):
        self.start, self.end, self.rec = rec["start"], rec["end"], rec


def score(gold: list[dict], predictions: dict[str, list]) -> dict:
    """TempEval-3 timex scores over all documents, plus the errors (for tuning), and the same scores for
    each sub-corpus when the documents come from more than one (TimeBank and AQUAINT differ by ~0.1
    value F1: a total hides which one moved)."""
    report = _score(gold, predictions)
    groups: dict[str, list[dict]] = {}
    for d in gold:
        groups.setdefault(d.get("corpus") or "", []).append(d)
    if len(groups) > 1:
        report["by_corpus"] = {name: {k: r[k] for k in ("documents", "gold_expressions", "system_expressions",
                                                          "span_relaxed", "value")}
                               for name, docs in sorted(groups.items()) for r in [_score(docs, predictions)]}
    return report


def _score(gold: list[dict], predictions: dict[str, list]) -> dict:
    n_gold = n_sys = relaxed = strict = value_ok = type_ok = same_ok = lenient_ok = 0
    errors = []
    by_type: Counter = Counter()
    kinds: Counter = Counter()  # value mismatches on relaxed pairs, by kind
    for d in gold:
        system = predictions.get(d["id"], [])
        n_gold += len(d["times"])
        n_sys += len(system)
        pairs = pair(d["times"], [_Span(s) for s in system], 1e-9)
        relaxed += len(pairs)
        seen_g, seen_s = set(), set()
        for g, sp in pairs:
            s = sp.rec
            seen_g.add(id(g))
            seen_s.add(id(s))
            strict += (g["start"], g["end"]) == (s["start"], s["end"])
            value_ok += g["value"] == s["value"]
            same = g["value"] == s["value"] or same_value(g["value"], s["value"])
            same_ok += same
            lenient_ok += same or fits_placeholder(g["value"], s["value"])
            type_ok += g["type"] == s["type"]
            if g["value"] != s["value"]:
                kinds[value_error_kind(g["value"], s["value"])] += 1
            if (g["value"], g["type"], g["start"], g["end"]) != (s["value"], s["type"], s["start"], s["end"]):
                errors.append({"id": d["id"], "dct": d["dct"], "gold": g["text"], "system": s["text"],
                               "gold_value": g["value"], "value": s["value"], "gold_type": g["type"], "type": s["type"]})
                if g["value"] != s["value"]:
                    errors[-1]["kind"] = value_error_kind(g["value"], s["value"])
        for g in d["times"]:
            if id(g) not in seen_g:
                by_type[g["type"]] += 1
                errors.append({"id": d["id"], "dct": d["dct"], "missed": g["text"], "gold_value": g["value"],
                               "gold_type": g["type"]})
        errors += [{"id": d["id"], "dct": d["dct"], "spurious": s["text"], "value": s["value"]}
                   for s in system if id(s) not in seen_s]
    return {
        "documents": len(gold),
        "gold_expressions": n_gold,
        "system_expressions": n_sys,
        "span_strict": prf(strict, n_sys, n_gold),
        "span_relaxed": prf(relaxed, n_sys, n_gold),
        "value_accuracy": round(value_ok / relaxed, 4) if relaxed else 0.0,
        "value": prf(value_ok, n_sys, n_gold),
        # second and third readings of the value score (not TempEval-3's): the same value in another
        # spelling counted right; and also a value that fits a gold placeholder ("1989-WXX")
        "value_equivalent": prf(same_ok, n_sys, n_gold),
        "value_lenient": prf(lenient_ok, n_sys, n_gold),
        "type_accuracy": round(type_ok / relaxed, 4) if relaxed else 0.0,
        "type": prf(type_ok, n_sys, n_gold),
        "missed_by_type": dict(by_type),
        "value_errors_by_kind": dict(kinds.most_common()),
        "errors": errors,
    }


def _context(text: str, start: int, end: int, width: int = 80) -> str:
    """The expression in its surroundings, on one line, the expression bracketed."""
    left, right = text[max(0, start - width):start], text[end:end + width]
    return " ".join(f"{left}[{text[start:end]}]{right}".split())


def error_rows(gold: list[dict], predictions: dict[str, list]) -> list[dict]:
    """One row per miss, extra, wrong value or wrong span (relaxed pairs as `score` pairs them), with
    the document, its creation time (the anchor the pipeline is given), gold and system text and value,
    the value error's kind and the sentence around it: the `--errors` dump, for error analysis."""
    rows = []
    for d in gold:
        system = predictions.get(d["id"], [])
        pairs = pair(d["times"], [_Span(s) for s in system], 1e-9)
        seen_g = {id(g) for g, _ in pairs}
        seen_s = {id(sp.rec) for _, sp in pairs}
        base = {"document": d["id"], "dct": d["dct"]}
        for g, sp in pairs:
            s = sp.rec
            if g["value"] != s["value"]:
                error = "value"
            elif g["type"] != s["type"]:
                error = "type"
            elif (g["start"], g["end"]) != (s["start"], s["end"]):
                error = "span"
            else:
                continue
            rows.append({**base, "error": error, "text": g["text"], "system_text": s["text"],
                         "gold_value": g["value"], "value": s["value"], "gold_type": g["type"], "type": s["type"],
                         "gold_mod": g.get("mod"), "mod": s.get("mod"),
                         **({"kind": value_error_kind(g["value"], s["value"])} if error == "value" else {}),
                         "context": _context(d["text"], g["start"], g["end"])})
        rows += [{**base, "error": "missed", "text": g["text"], "gold_value": g["value"], "value": None,
                  "gold_type": g["type"], "gold_mod": g.get("mod"), "context": _context(d["text"], g["start"], g["end"])}
                 for g in d["times"] if id(g) not in seen_g]
        rows += [{**base, "error": "extra", "text": s["text"], "gold_value": None, "value": s["value"],
                  "type": s["type"], "mod": s.get("mod"), "context": _context(d["text"], s["start"], s["end"])}
                 for s in system if id(s) not in seen_s]
    return rows


def write_errors(gold: list[dict], predictions: dict[str, list], path: str) -> None:
    """`evaluate time --timeml DIR --errors OUT`: every error as a JSON line (error_rows)."""
    from .base import write_jsonl

    write_jsonl(error_rows(gold, predictions), path)


def render(report: dict, errors: bool = False) -> str:
    r = report
    rows = [("span strict", r["span_strict"]), ("span relaxed", r["span_relaxed"]), ("value", r["value"]), ("type", r["type"])]
    lines = [f"documents {r['documents']}, gold expressions {r['gold_expressions']}, system {r['system_expressions']}",
             f"{'':14}  {'P':>5}  {'R':>5}  {'F1':>5}"]
    lines += [f"{name:14}  {s['precision']:.3f}  {s['recall']:.3f}  {s['f1']:.3f}" for name, s in rows]
    extra = [(name, r[key]) for name, key in (("value ≡ (same value, other spelling)", "value_equivalent"),
                                               ("value ≈ (also fitting a gold placeholder)", "value_lenient")) if key in r]
    if extra:
        lines.append("not TempEval-3 (docs/accuracy.md):")
        lines += [f"  {name}  P {s['precision']:.3f}  R {s['recall']:.3f}  F1 {s['f1']:.3f}" for name, s in extra]
    lines.append(f"value accuracy (relaxed pairs) {r['value_accuracy']:.3f}   type accuracy {r['type_accuracy']:.3f}")
    for name, c in r.get("by_corpus", {}).items():
        lines.append(f"{name or '(no folder)'}: {c['documents']} documents, value F1 {c['value']['f1']:.3f}, "
                     f"relaxed span F1 {c['span_relaxed']['f1']:.3f}")
    if r.get("value_errors_by_kind"):
        lines.append("value errors by kind: " + ", ".join(f"{k} {n}" for k, n in r["value_errors_by_kind"].items()))
    if errors and r["errors"]:
        lines.append("errors:")
        lines += ["  " + json.dumps(e, ensure_ascii=False) for e in r["errors"]]
    return "\n".join(lines) + "\n"
