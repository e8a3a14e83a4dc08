"""Session 44 (s44-petrv): gold/petrarch_records_48.xml and _49.xml with their own verb, actor and agent dictionaries
(docs/accuracy.md "Session 44, s44-petrv"); the readings they led to are tested in test_events_petrarch_s44v.py."""

import pytest
from petrarch_util import own_record_figures


@pytest.mark.parametrize("records,gold,correct,extra", [
    # first run (coded and committed before it, on main e8baab69's code): 95/103 with 6 extra;
    # the branch: NG48-035's former minister reads IRVGOV; NG48-107 and -108's pronouns before "..., X said" no speaker
    ("petrarch_records_48.xml", 103, 96, 3),
    # written after the first fix, one run (before the second): 36/36 with 0 extra; the same on the final code
    ("petrarch_records_49.xml", 36, 36, 0),
])
def test_own_records_48(records, gold, correct, extra):
    """Regression test (our own sentences and our own actor, agent and verb dictionaries, session 44):
    gold/petrarch_records_48.xml keeps at least these correct and at most these extra."""
    r = own_record_figures(records, "petrarch_records_48")
    assert r["gold_events"] == gold
    assert r["correct"] >= correct and r["extra"] <= extra, r["misses"]
