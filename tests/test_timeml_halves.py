"""scripts/timeml_halves.py: the groups it scores (issue 13's two-half check), here AQUAINT's news services."""

import importlib.util
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "timeml_halves.py"
# named as scripts/mutloop.py names the file's mutants ("scripts.timeml_halves.x_..."), so they can run
_spec = importlib.util.spec_from_file_location("scripts.timeml_halves", SCRIPT)
halves = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(halves)


def _doc(doc_id: str, corpus: str) -> dict:
    return {"id": doc_id, "corpus": corpus, "dct": "1999-03-13", "text": "", "times": []}


def test_an_aquaint_file_names_its_news_service():
    assert halves.source_of(_doc("XIE19990313.0229", "AQUAINT")) == "XIE"
    assert halves.source_of(_doc("APW20000107.0318", "AQUAINT")) == "APW"
    # TimeBank has AP wire files too, annotated in another batch: they stay in TimeBank
    assert halves.source_of(_doc("APW19980213.1380", "TimeBank")) is None


def test_groups_split_each_news_service_by_half():
    gold = [_doc("XIE19990313.0229", "AQUAINT"), _doc("APW20000107.0318", "AQUAINT"),
            _doc("XIE19990210.0079", "AQUAINT"), _doc("wsj_0136", "TimeBank")]
    g = halves.groups_of(gold, parity=True)
    ids = {name: [d["id"] for d in docs] for name, docs in g.items()}
    assert ids["AQUAINT-XIE"] == ["XIE19990313.0229", "XIE19990210.0079"]
    assert ids["AQUAINT-XIE-A"] == ["XIE19990313.0229", "XIE19990210.0079"]  # indices 0 and 2: even
    assert ids["AQUAINT-XIE-B"] == []
    assert ids["AQUAINT-APW-B"] == ["APW20000107.0318"]
    assert ids["TimeBank-B"] == ["wsj_0136"] and ids["AQUAINT"] == ids["dev"][:3]
    assert "TimeBank-wsj" not in ids and not any(k.startswith("AQUAINT-None") for k in ids)


def _t(text: str, word: str, value: str, nth: int = 0) -> dict:
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return {"start": start, "end": start + len(word), "value": value}


_TEXT = "The council now meets annually. Its current chair said on Monday that the vote is now set for March."


def test_unmatched_lists_only_timexes_nothing_overlaps():
    gold = [_t(_TEXT, "now", "PRESENT_REF", 1), _t(_TEXT, "on Monday", "2024-03-11"), _t(_TEXT, "March", "2024-03")]
    system = [_t(_TEXT, "now", "PRESENT_REF"), _t(_TEXT, "annually", "P1Y"), _t(_TEXT, "Monday", "2024-03-04"),
              _t(_TEXT, "now", "PRESENT_REF", 1)]
    doc = {"id": "own1", "text": _TEXT, "times": gold}
    rows = halves.unmatched([doc], {"own1": system})
    # "Monday" overlaps "on Monday" (a wrong value is no span error) and the second "now" is paired exactly
    assert [(r["error"], r["text"], r["value"]) for r in rows] == [
        ("spurious", "now", "PRESENT_REF"), ("spurious", "annually", "P1Y"), ("missed", "March", "2024-03")]
    assert rows[0]["document"] == "own1" and "council [now] meets" in rows[0]["context"]
    assert "set for [March]." in rows[2]["context"]
    # a document the stage gave nothing: every gold timex is missed
    assert [r["text"] for r in halves.unmatched([doc], {})] == ["now", "on Monday", "March"]


def test_unmatched_edges_touching_is_not_overlapping():
    text = "Sales rose in 2023 and 2024."
    gold = [_t(text, "2023", "2023")]
    # a system span ending where the gold one starts, one starting where it ends, and one a character inside it
    before, after, inside = _t(text, "in ", None), _t(text, " and", None), {"start": 17, "end": 20, "value": "X"}
    assert (before["end"], after["start"]) == (gold[0]["start"], gold[0]["end"])
    rows = halves.unmatched([{"id": "own2", "text": text, "times": gold}], {"own2": [before, after]})
    assert [(r["error"], r["text"]) for r in rows] == [("spurious", "in "), ("spurious", " and"), ("missed", "2023")]
    rows = halves.unmatched([{"id": "own2", "text": text, "times": gold}], {"own2": [inside]})
    assert rows == []


def test_wording_counts_marked_and_output_separately():
    import re

    gold = [_t(_TEXT, "now", "PRESENT_REF", 1), _t(_TEXT, "on Monday", "2024-03-11")]
    system = [_t(_TEXT, "now", "PRESENT_REF"), _t(_TEXT, "Monday", "2024-03-04")]
    doc = {"id": "own3", "text": _TEXT, "times": gold}
    other = {"id": "own4", "text": "Prices are now lower.", "times": []}
    counts = halves.wording_counts([doc, other], {"own3": system}, re.compile(r"\bnow\b"))
    # the first "now": output, unmarked; the second: marked, not output; the other text's: neither
    assert counts == {"marked": 1, "marked_output": 0, "unmarked": 2, "unmarked_output": 1}
    assert halves.wording_counts([doc], {"own3": system}, re.compile("Monday")) == {
        "marked": 1, "marked_output": 1, "unmarked": 0, "unmarked_output": 0}
    assert halves.wording_counts([doc], {"own3": system}, re.compile("yesterday")) == {
        "marked": 0, "marked_output": 0, "unmarked": 0, "unmarked_output": 0}


def test_unmatched_context_is_seventy_characters_each_side():
    lead = "The board of the regional water company met again to review the plans "
    text = "x" + lead + "Friday" + lead + "y"
    assert len(lead) == 70
    row = halves.unmatched([{"id": "own5", "text": text, "times": [_t(text, "Friday", "2024-03-08")]}], {})[0]
    assert row["context"] == " ".join((lead + "[Friday]" + lead).split())  # neither "x" nor "y"
    text = "On Friday the board met."
    row = halves.unmatched([{"id": "own6", "text": text, "times": [_t(text, "Friday", "2024-03-08")]}], {})[0]
    assert row["context"] == "On [Friday] the board met."


def test_main_writes_half_as_span_errors_and_wording_counts(monkeypatch, tmp_path, capsys):
    import json
    import sys

    ids = [f"own{i}" for i in range(20)]
    a_id = next(i for i in ids if halves.half_of(i) == "A")
    b_id = next(i for i in ids if halves.half_of(i) == "B")
    text = "Prices are now lower than they were on Monday, and they may fall further in March."

    def timex(word, value, typ="DATE"):
        return {**_t(text, word, value), "text": word, "type": typ, "mod": None}

    gold = [{"id": i, "corpus": "TimeBank", "dct": "2024-03-13", "text": text,
             "times": [timex("on Monday", "2024-03-11"), timex("March", "2024-03")]} for i in (a_id, b_id)]
    pred = {i: [timex("now", "PRESENT_REF"), timex("Monday", "2024-03-11")] for i in (a_id, b_id)}
    monkeypatch.setattr(halves.timeml, "load_gold", lambda path, split: gold)
    monkeypatch.setattr(halves.timeml, "predict", lambda docs: pred)
    out = tmp_path / "spans.jsonl"
    monkeypatch.setattr(sys, "argv", ["timeml_halves.py", "DIR", "--spans-a", str(out),
                                      "--wording", r"now=\bnow\b", "--wording", "months=January|March",
                                      "--wording", "monday=(?<=on )Monday"])
    halves.main()
    rows = [json.loads(x) for x in out.read_text().splitlines()]
    # half A's document only: its spurious "now" and missed "March"
    assert [(r["document"], r["error"], r["text"]) for r in rows] == [(a_id, "spurious", "now"), (a_id, "missed", "March")]
    printed = capsys.readouterr().out.splitlines()
    assert "A now                    marked   0 (output   0)  unmarked   1 (output   1)" in printed
    assert "A months                 marked   1 (output   0)  unmarked   0 (output   0)" in printed
    # the name ends at the first "=": a lookbehind's "=" stays in the pattern
    assert "A monday                 marked   1 (output   1)  unmarked   0 (output   0)" in printed
    # without --spans-a and --wording: the scores only
    out.unlink()
    monkeypatch.setattr(sys, "argv", ["timeml_halves.py", "DIR"])
    halves.main()
    printed = capsys.readouterr().out.splitlines()
    assert not out.exists()
    assert [p.split()[0] for p in printed] == ["dev", "A", "B", "TimeBank", "TimeBank-A", "TimeBank-B"]


def test_main_help_tells_the_new_options(monkeypatch, capsys):
    import sys

    import pytest

    monkeypatch.setattr(sys, "argv", ["timeml_halves.py", "--help"])
    with pytest.raises(SystemExit):
        halves.main()
    usage = " ".join(capsys.readouterr().out.split())
    assert "[--spans-a SPANS_A] [--wording NAME=REGEX]" in usage
    assert "--spans-a SPANS_A write half A's timexes no counterpart overlaps (JSON lines)" in usage
    assert "--wording NAME=REGEX count half A's uses of a wording, marked or not, output or not (repeatable)" in usage
