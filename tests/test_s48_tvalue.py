"""scripts/timeml_value_classes.py: the value-error classes of issue 13's session-48 step 1 (docs/accuracy.md)."""

import importlib.util
import io
import json
from collections import Counter
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "timeml_value_classes.py"
# named as scripts/mutloop.py names the file's mutants, so they can run
_spec = importlib.util.spec_from_file_location("scripts.timeml_value_classes", SCRIPT)
vc = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(vc)

DCT = "1998-08-17T00:00:00"  # a Monday


def _row(gold, system, gold_type="DATE", system_type="DATE", error="value"):
    return {"error": error, "dct": DCT, "gold_value": gold, "value": system, "gold_type": gold_type, "type": system_type}


def test_span_errors_and_missing_values_are_their_own_classes():
    assert vc.value_class(_row("1998-08-18", None, error="missed")) == "span: missed"
    assert vc.value_class(_row(None, "1998-08-18", error="extra")) == "span: extra"
    assert vc.value_class(_row("1998-08-18", None)) == "no value"
    assert vc.value_class(_row(None, "1998-08-18")) == "no value"


def test_ref_words_come_before_durations():
    # "PAST_REF" begins with a P, as a duration does: the REF test must come first
    assert vc.value_class(_row("PXD", "PAST_REF", "DURATION")) == "unanchored kind (*_REF)"
    assert vc.value_class(_row("FUTURE_REF", "P1Y", system_type="DURATION")) == "unanchored kind (*_REF)"
    assert vc.value_class(_row("PRESENT_REF", "1998-08-17")) == "unanchored kind (*_REF)"


def test_durations_and_sets_by_value_or_type():
    assert vc.value_class(_row("P1W", "1998-W33", "DURATION")) == "durations and sets"
    assert vc.value_class(_row("1994", "P5Y", "DATE", "DURATION")) == "durations and sets"
    assert vc.value_class(_row("XXXX", "P1Y", "SET", "SET")) == "durations and sets"
    assert vc.value_class(_row("1998-09", "1998-08", "DURATION", "DATE")) == "durations and sets"
    assert vc.value_class(_row("1998-09", "1998-08", "DATE", "SET")) == "durations and sets"
    # a P value decides it whatever the type says ("this week" typed DATE with P1W), on either side
    assert vc.value_class(_row("P1W", "1998-W33")) == "durations and sets"
    assert vc.value_class(_row("1998-W33", "P1W")) == "durations and sets"


def test_another_precision_is_granularity():
    assert vc.value_class(_row("1998-08-18", "1998-08-18TMO", "DATE", "TIME")) == "granularity"
    assert vc.value_class(_row("1998-WXX", "1998-W33")) == "granularity"
    assert vc.value_class(_row("1998-12-31", "1998")) == "granularity"


def test_a_date_across_the_creation_date_is_direction():
    assert vc.value_class(_row("1998-08-18", "1998-08-11")) == "direction"  # "Tuesday": coming against last
    assert vc.value_class(_row("1997-05", "1998-05")) == "anchoring: another time"  # both before August 1998
    assert vc.value_class(_row("1999-05", "1998-05")) == "direction"


def test_a_placeholder_is_no_side_of_the_creation_date():
    # value_error_kind calls a system placeholder against a gold month "anchor": neither side is the creation date
    assert vc.value_class(_row("1998-07", "1998-XX")) == "anchoring: another time"
    assert vc.value_class(_row("1998-08", "1998-XX")) == "anchoring: the gold's the creation date"


def test_anchoring_names_the_side_that_took_the_creation_date():
    assert vc.value_class(_row("1998-08-16", "1998-08-17")) == "anchoring: ours the creation date"
    assert vc.value_class(_row("1998-08-17", "1998-08-16")) == "anchoring: the gold's the creation date"
    assert vc.value_class(_row("1998-08-14", "1998-08-13")) == "anchoring: another time"
    assert vc.value_class(_row("1998-08-16T06:00", "1998-08-17T06:00", "TIME", "TIME")) == \
        "anchoring: ours the creation date"


def test_dct_side_at_the_values_own_precision():
    assert vc.dct_side("1998", DCT) == 0 and vc.dct_side("1998-08", DCT) == 0
    assert vc.dct_side("1998-09", DCT) == 1 and vc.dct_side("1997", DCT) == -1
    assert vc.dct_side("1998-08-16T22:00", DCT) == -1
    for undecided in ("1998-W33", "1998-Q3", "199X", "PAST_REF", "1998-XX-XX", "1998-SU", "1998-H1", "1998-XX"):
        assert vc.dct_side(undecided, DCT) is None


def _tdoc(doc_id, text, marks):
    times = []
    for word, value in marks:
        start = text.index(word)
        times.append({"start": start, "end": start + len(word), "text": word, "type": "DATE", "value": value})
    return {"id": doc_id, "corpus": "AQUAINT", "dct": DCT[:10], "text": text, "times": times}


def test_tally_counts_every_half_and_writes_only_the_read_ones():
    text = "On Sunday he left Tuesday and came back Friday."
    doc = _tdoc("d1", text, [("Sunday", "1998-08-16"), ("Tuesday", "1998-08-11"), ("Friday", "1998-08-14")])
    sys_ = _tdoc("d1", text, [("Sunday", "1998-08-16"), ("Tuesday", "1998-08-18"), ("Friday", "1998-08-21"),
                              ("came", "1998-08-17")])["times"]
    sys_[0]["type"] = "TIME"  # a type error, which is no value error: skipped, and the rows after it still counted
    other = _tdoc("d2", "Nothing on Monday.", [("Monday", "1998-08-17")])  # no prediction at all: missed
    halves = {"d1": "A", "d2": "B"}
    out = io.StringIO()
    table = vc.tally([("dev", [doc, other], {"d1": sys_}, halves.get)], out)
    assert table == Counter({("AQUAINT-A", "direction"): 2, ("AQUAINT-A", "span: extra"): 1,
                             ("AQUAINT-B", "span: missed"): 1})
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [(r["document"], r["class"], r["set"]) for r in rows] == \
        [("d1", "direction", "dev")] * 2 + [("d1", "span: extra", "dev")]
    for half in ("STUDY", "CHECK"):
        out = io.StringIO()
        vc.tally([("tu", [doc], {"d1": sys_}, lambda _id, h=half: h)], out)
        assert len(out.getvalue().splitlines()) == (3 if half == "STUDY" else 0)


def test_render_lists_each_class_under_each_group():
    text = vc.render(Counter({("A", "direction"): 2, ("B", "granularity"): 1}))
    assert text.splitlines() == ["class".ljust(42) + "A".rjust(16) + "B".rjust(16),
                                 "direction".ljust(42) + "2".rjust(16) + "0".rjust(16),
                                 "granularity".ljust(42) + "0".rjust(16) + "1".rjust(16)]


def test_predictions_are_kept_in_the_cache_and_read_back(tmp_path, monkeypatch):
    calls = []
    monkeypatch.setattr(vc.timeml, "predict", lambda gold: calls.append(gold) or {"d1": [{"value": "1998"}]})
    gold = [{"id": "d1"}]
    assert vc._predictions("dev", gold, str(tmp_path)) == {"d1": [{"value": "1998"}]}
    assert calls == [gold] and (tmp_path / "pred_dev.pkl").exists()
    assert vc._predictions("dev", gold, str(tmp_path)) == {"d1": [{"value": "1998"}]}
    assert len(calls) == 1  # the second call read the cache
    assert vc._predictions("dev", gold, None) == {"d1": [{"value": "1998"}]} and len(calls) == 2
    assert list(tmp_path.iterdir()) == [tmp_path / "pred_dev.pkl"]
