"""scripts/timeml_kinds.py: the kind of a timex, and the tally per kind (session 33, issue 13). Own texts."""

import importlib.util
from collections import Counter
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "timeml_kinds.py"
_spec = importlib.util.spec_from_file_location("scripts.timeml_kinds", SCRIPT)
kinds = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(kinds)


@pytest.mark.parametrize("text, value, kind", [
    ("Friday night", "2027-05-14TNI", "weekday + part of day / clock"),
    ("now", "PRESENT_REF", "REF word (now, current, recent, once, future)"),
    ("recently", "PAST_REF", "REF word (now, current, recent, once, future)"),
    # a REF value on words naming a unit is a vague plural, whatever the value
    ("recent months", "PAST_REF", "vague plural (recent/coming years, months, decades)"),
    ("recent months", "PXM", "vague plural (recent/coming years, months, decades)"),
    ("annually", "P1Y", "set (annually, a year, daily, every)"),
    ("a year earlier", "2026-Q1", "anchored offset (ago, earlier, later, year-earlier)"),
    ("the third quarter", "2027-Q3", "fiscal / financial period"),
    ("the 1990s", "199", "decade / century"),
    ("last week", "2027-W19", "week (this/last/next week, weekend)"),
    ("two years", "P2Y", "length (N units, the past N units)"),
    ("yesterday", "2027-05-18", "today / yesterday / tomorrow"),
    ("Tuesday", "2027-05-18", "bare weekday"),
    ("this year", "2027", "this/last/next month or year, the year"),
    ("March 3", "2027-03-03", "month (with day or year)"),
    ("1998", "1998", "year number"),
    ("that day", "2027-05-01", "anaphoric day (that day, the next day)"),
    ("the Ides", None, "other"),
])
def test_a_timex_falls_in_the_first_kind_its_text_matches(text, value, kind):
    assert kinds.kind(text, value) == kind


def test_the_tally_counts_right_wrong_missed_and_extra_by_kind():
    g1, g2, g3 = ({"text": "last week", "value": "2027-W19"}, {"text": "Tuesday", "value": "2027-05-18"},
                  {"text": "now", "value": "PRESENT_REF"})
    s1, s2, s3 = ({"text": "last week", "value": "2027-W19"}, {"text": "Tuesday", "value": "2027-05-11"},
                  {"text": "annually", "value": "P1Y"})
    docs = [{"id": "d1", "times": [g1, g2, g3]}]
    pairs = [(g1, s1), (g2, s2)]
    counts, rows = kinds.tally(docs, {"d1": [s1, s2, s3]}, lambda g, s: pairs)
    week, day = counts["week (this/last/next week, weekend)"], counts["bare weekday"]
    ref, sets = counts["REF word (now, current, recent, once, future)"], counts["set (annually, a year, daily, every)"]
    assert week == Counter(gold=1, right=1)
    assert day == Counter(gold=1, wrong=1) and kinds.loss(day) == 2
    assert ref == Counter(gold=1, missed=1) and kinds.loss(ref) == 1
    assert sets == Counter(extra=1)
    assert rows["bare weekday"] == [("wrong", "d1", "Tuesday", "2027-05-18", "2027-05-11")]
