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


# --- session 36: the wires both sub-corpora hold, and the date the stage finds with no creation time given ------

def test_wire_of_names_timebank_files_of_the_wires_aquaint_also_holds():
    assert halves.wire_of(_doc("APW19980213.1380", "TimeBank")) == "APW"
    assert halves.wire_of(_doc("NYT19980206.0460", "TimeBank")) == "NYT"
    # TimeBank's other services, and every AQUAINT file (source_of names those)
    assert halves.wire_of(_doc("ABC19980108.1830.0711", "TimeBank")) is None
    assert halves.wire_of(_doc("wsj_0136", "TimeBank")) is None
    assert halves.wire_of(_doc("ea980120.1830.0071", "TimeBank")) is None
    assert halves.wire_of(_doc("APW20000107.0318", "AQUAINT")) is None
    assert halves.wire_of(_doc("XIE19990313.0229", "AQUAINT")) is None
    assert halves.wire_of({"id": "APW19980213.1380"}) is None  # no sub-corpus: no group


def test_groups_put_timebank_wire_files_beside_aquaints():
    gold = [_doc("APW19980213.1380", "TimeBank"), _doc("APW20000107.0318", "AQUAINT"),
            _doc("wsj_0136", "TimeBank"), _doc("NYT19980206.0460", "TimeBank")]
    ids = {name: [d["id"] for d in docs] for name, docs in halves.groups_of(gold, parity=True).items()}
    assert ids["TimeBank-APW"] == ["APW19980213.1380"] and ids["AQUAINT-APW"] == ["APW20000107.0318"]
    assert ids["TimeBank-APW-A"] == ["APW19980213.1380"] and ids["TimeBank-APW-B"] == []
    assert ids["TimeBank-NYT"] == ["NYT19980206.0460"] and ids["TimeBank-NYT-B"] == ["NYT19980206.0460"]
    assert ids["TimeBank"] == ["APW19980213.1380", "wsj_0136", "NYT19980206.0460"]
    # after the sub-corpora and AQUAINT's services, each with its halves
    assert list(ids)[-6:] == ["TimeBank-APW", "TimeBank-APW-A", "TimeBank-APW-B", "TimeBank-NYT", "TimeBank-NYT-A",
                              "TimeBank-NYT-B"]
    assert not any(k.startswith("TimeBank-None") or k == "TimeBank-WSJ" for k in ids)


def test_dct_counts_right_wrong_none():
    docs = [{**_doc("d1", "AQUAINT"), "dct": "1999-03-13"}, {**_doc("d2", "AQUAINT"), "dct": "1999-03-13"},
            {**_doc("d3", "TimeBank"), "dct": "1989-10-30"}, {**_doc("d4", "TimeBank"), "dct": "1989-10-30"}]
    found = {"d1": "1999-03-13T08:00:00", "d2": "1999-03-12", "d3": None}  # d4: the stage never saw it
    assert halves.dct_counts(docs, found) == {"right": 1, "wrong": 1, "none": 2}
    assert halves.dct_counts([], found) == {"right": 0, "wrong": 0, "none": 0}


def test_predict_without_dct_withholds_the_creation_time():
    # with a creation time, "Friday" is a day; given none, the stage finds the date from a dateline with its
    # year, and with no date anywhere leaves relative values null
    dated = {"id": "own7", "corpus": "AQUAINT", "dct": "2026-03-20", "times": [],
             "text": "GENEVA, March 18, 2026 (Xinhua) -- The talks ended on Friday, the envoy said."}
    bare = {"id": "own8", "corpus": "AQUAINT", "dct": "2026-03-20", "times": [],
            "text": "The talks ended on Friday, the envoy said."}
    pred, found = halves.predict_without_dct([dated, bare])
    assert found == {"own7": "2026-03-18", "own8": None}
    fri = [t for t in pred["own7"] if t["text"] == "Friday"]
    assert [t["value"] for t in fri] == ["2026-03-13"]
    assert [(t["text"], t["value"], t["type"]) for t in pred["own8"]] == [("Friday", None, "DATE")]
    assert set(pred["own8"][0]) == {"start", "end", "text", "value", "type", "mod"}


def test_main_no_dct_prints_the_dates_found(monkeypatch, capsys):
    import json
    import sys

    ids = [f"own{i}" for i in range(20)]
    a_id = next(i for i in ids if halves.half_of(i) == "A")
    b_id = next(i for i in ids if halves.half_of(i) == "B")
    gold = [{"id": i, "corpus": "TimeBank", "dct": "2024-03-13", "text": "x", "times": []} for i in (a_id, b_id)]

    def without(docs):
        assert docs is gold
        return {a_id: [], b_id: []}, {a_id: "2024-03-12", b_id: "2024-03-13"}

    def given(docs):
        assert docs is gold
        return {a_id: [], b_id: []}

    monkeypatch.setattr(halves.timeml, "load_gold", lambda path, split: gold)
    monkeypatch.setattr(halves.timeml, "predict", lambda docs: (_ for _ in ()).throw(AssertionError("given a dct")))
    monkeypatch.setattr(halves, "predict_without_dct", without)
    monkeypatch.setattr(sys, "argv", ["timeml_halves.py", "DIR", "--no-dct", "--json"])
    halves.main()
    printed = capsys.readouterr().out.splitlines()
    assert printed[0].startswith("dev ") and printed[0].endswith("docs 2  date found: right 1 wrong 1 none 0")
    assert printed[1].startswith("A ") and printed[1].endswith("docs 1  date found: right 0 wrong 1 none 0")
    assert printed[2].startswith("B ") and printed[2].endswith("docs 1  date found: right 1 wrong 0 none 0")
    assert json.loads(printed[-1])["A"]["dct_found"] == {"right": 0, "wrong": 1, "none": 0}
    # without --no-dct: the creation time given, no count of dates found
    monkeypatch.setattr(halves.timeml, "predict", given)
    monkeypatch.setattr(sys, "argv", ["timeml_halves.py", "DIR"])
    halves.main()
    printed = capsys.readouterr().out.splitlines()
    assert printed[0].endswith("docs 2") and printed[1].endswith("docs 1") and printed[2].endswith("docs 1")
    assert "date found" not in " ".join(printed)


def test_groups_by_sha1_halves_unless_parity():
    ids = [f"own{i}" for i in range(20)]
    gold = [_doc(i, "TimeBank") for i in ids]
    g = halves.groups_of(gold, parity=False)
    assert [d["id"] for d in g["A"]] == [i for i in ids if halves.half_of(i) == "A"]
    assert [d["id"] for d in g["B"]] == [i for i in ids if halves.half_of(i) == "B"]
    assert g["A"] and g["B"] and [d["id"] for d in g["B"]] != ids[1::2]


def test_main_help_tells_no_dct(monkeypatch, capsys):
    import sys

    import pytest

    monkeypatch.setattr(sys, "argv", ["timeml_halves.py", "--help"])
    with pytest.raises(SystemExit):
        halves.main()
    usage = " ".join(capsys.readouterr().out.split())
    assert "--no-dct withhold the creation time; count the dates found" in usage
    assert "--parity halves by even / odd document index" in usage


def test_predict_without_dct_reads_text_the_language_check_would_refuse():
    # as the evaluator does (pipeline_options: no language check): a TimeML text is scored whatever its language
    doc = {"id": "own9", "corpus": "AQUAINT", "dct": "2026-03-20", "times": [],
           "text": "Les ministres se sont réunis à Genève pendant trois jours pour discuter du budget européen."}
    pred, found = halves.predict_without_dct([doc])
    assert found == {"own9": None} and isinstance(pred["own9"], list)


def test_main_errors_a_writes_half_a_rows_of_the_dev_split(monkeypatch, tmp_path):
    import json
    import sys

    text = "Prices fell on Monday."
    gold = [{"id": i, "corpus": "TimeBank", "dct": "2024-03-13", "text": text,
             "times": [{**_t(text, "Monday", "2024-03-11"), "text": "Monday", "type": "DATE", "mod": None}]}
            for i in ("own0", "own1", "own2")]

    def load(path, split):
        assert (path, split) == ("DIR", "dev")
        return gold

    monkeypatch.setattr(halves.timeml, "load_gold", load)
    monkeypatch.setattr(halves.timeml, "predict", lambda docs: {})
    out = tmp_path / "errors.jsonl"
    monkeypatch.setattr(sys, "argv", ["timeml_halves.py", "DIR", "--parity", "--errors-a", str(out)])
    halves.main()
    rows = [json.loads(x) for x in out.read_text().splitlines()]
    # --parity: documents 0 and 2 are half A; each misses its "Monday"
    assert [(r["document"], r["error"], r["text"]) for r in rows] == [("own0", "missed", "Monday"),
                                                                      ("own2", "missed", "Monday")]
