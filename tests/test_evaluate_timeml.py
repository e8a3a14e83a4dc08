"""`newsgraph evaluate time --timeml DIR`: reading TimeML, TempEval-3 scores, the CLI."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from newsgraph.errors import InputError, UsageError
from newsgraph.evaluate.timeml import load_gold, predict, render, score, split_of

ROOT = Path(__file__).resolve().parent.parent

TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>wsj_0001</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>
<TEXT>
The bank <EVENT eid="e1" class="OCCURRENCE">raised</EVENT> rates <TIMEX3 tid="t1" type="DATE" value="1998-01-07">Wednesday</TIMEX3>,
its first rise in <TIMEX3 tid="t2" type="DURATION" value="P2Y">two years</TIMEX3>, and will meet
<TIMEX3 tid="t3" type="DATE" value="1998-Q1" mod="END">late this quarter</TIMEX3>.<TIMEX3 tid="t4" type="DATE" value="1998"></TIMEX3>
</TEXT>
</TimeML>
"""


def write(tmp_path, name="wsj_0001.tml", body=TML):
    (tmp_path / name).write_text(body, encoding="utf-8")
    return str(tmp_path)


def test_load_gold_reads_text_offsets_and_skips_creation_time(tmp_path):
    (doc,) = load_gold(write(tmp_path))
    assert doc["id"] == "wsj_0001" and doc["dct"] == "1998-01-08"
    assert "<" not in doc["text"] and doc["text"].startswith("\nThe bank raised rates Wednesday")
    got = [(t["text"], t["value"], t["type"], t["mod"]) for t in doc["times"]]
    # the empty TIMEX3 (t4) and the creation time are not gold expressions
    assert got == [("Wednesday", "1998-01-07", "DATE", None), ("two years", "P2Y", "DURATION", None),
                   ("late this quarter", "1998-Q1", "DATE", "END")]
    for t in doc["times"]:
        assert doc["text"][t["start"]:t["end"]] == t["text"]


def test_split_follows_the_project_rule(tmp_path):
    assert split_of("wsj_0001") in ("dev", "heldout")
    want = split_of("wsj_0001")
    other = "heldout" if want == "dev" else "dev"
    assert len(load_gold(write(tmp_path), want)) == 1
    with pytest.raises(UsageError, match=f"no documents in split '{other}' \\(it has {want}\\)"):
        load_gold(write(tmp_path), other)


def test_bad_input_names_the_file(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        load_gold(str(tmp_path / "missing"))
    with pytest.raises(InputError, match="no .tml files"):
        load_gold(str(tmp_path))
    write(tmp_path, "bad.tml", "<TimeML><TEXT>oops</TimeML>")
    with pytest.raises(InputError, match="bad.tml.*not well-formed|not well-formed"):
        load_gold(str(tmp_path))


def _sys(doc, text, value, type_="DATE", shift=0):
    i = doc["text"].index(text) + shift
    return {"start": i, "end": i + len(text), "text": text, "value": value, "type": type_}


def test_score_strict_relaxed_and_value_f1(tmp_path):
    (doc,) = load_gold(write(tmp_path))
    preds = {doc["id"]: [
        _sys(doc, "Wednesday", "1998-01-07"),  # exact, right value
        _sys(doc, "two", "P2Y", "DURATION"),  # overlap only, right value
        _sys(doc, "this quarter", "1998-Q2"),  # overlap only, wrong value
        _sys(doc, "bank", "XXXX"),  # spurious
    ]}
    r = score([doc], preds)
    assert r["span_strict"]["tp"] == 1 and r["span_relaxed"]["tp"] == 3
    assert r["span_relaxed"]["precision"] == 0.75 and r["span_relaxed"]["recall"] == 1.0
    assert r["value"]["tp"] == 2 and r["value"]["precision"] == 0.5 and r["value"]["recall"] == round(2 / 3, 4)
    assert r["value_accuracy"] == round(2 / 3, 4) and r["type_accuracy"] == 1.0
    assert any(e.get("spurious") == "bank" for e in r["errors"])
    text = render(r)
    assert "span relaxed" in text and "0.750" in text


def test_predict_hands_the_creation_time_to_the_pipeline(tmp_path):
    docs = load_gold(write(tmp_path))
    preds = predict(docs)
    got = {p["text"]: p["value"] for p in preds["wsj_0001"]}
    assert got.get("Wednesday") == "1998-01-07"  # resolved against 1998-01-08, told in the past


def test_cli_timeml(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    run = subprocess.run([sys.executable, "-m", "newsgraph", "evaluate", "time", "--timeml", write(tmp_path),
                          "--format", "json"], capture_output=True, text=True, env=env)
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout)["gold_expressions"] == 3
    bad = subprocess.run([sys.executable, "-m", "newsgraph", "evaluate", "time", "--timeml", str(tmp_path / "nope")],
                         capture_output=True, text=True, env=env)
    assert bad.returncode != 0 and "no such file" in bad.stderr and "Traceback" not in bad.stderr


@pytest.mark.parametrize("gold, system, kind", [
    ("1989-WXX", "1989-W43", "gold placeholder"),
    ("1949-XX", "1949", "gold placeholder"),
    ("1998-10-23", "1998-10-23TNI", "part of day"),
    ("1998-10-23TEV", "1998-10-23TNI", "part of day"),
    ("1998-10-22", "1998-10-23TNI", "anchor"),
    ("PAST_REF", "PXY", "ref word"),
    ("PXY", "PAST_REF", "ref word"),
    ("P1W", "1998-W33", "duration vs point"),
    ("P12Y", "P13Y", "duration"),
    ("1998-W12", "1998-W11", "week"),
    ("1988", "1988-Q3", "quarter"),
    ("199X", "199", "decade/century"),
    ("19XX", "19", "decade/century"),
    ("1988-11", "1988", "granularity"),
    ("1998-08-07", "1998-08-14", "anchor"),
    ("1989", "1990", "anchor"),
    (None, "1990", "no value"),
    ("2000-W7", "2000-W07", "notation"),
    ("1989-11-06T17", "1989-11-06T17:00", "notation"),
    ("2000-W17", "2000-W07", "week"),
    ("FUTURE_REF", "PXM", "ref word"),
    ("1994", "P5Y", "duration vs point"),
    ("1998-10-XX", "PXD", "duration vs point"),
    ("1990", None, "no value"),
])
def test_value_errors_are_grouped_by_kind(gold, system, kind):
    from newsgraph.evaluate.timeml import value_error_kind

    assert value_error_kind(gold, system) == kind


def test_report_counts_value_errors_by_kind(tmp_path):
    (doc,) = load_gold(write(tmp_path))
    sys_ = [_sys(doc, "Wednesday", "1998-01-08"), _sys(doc, "two years", "P3Y", "DURATION"),
            _sys(doc, "late this quarter", "1998-Q1")]
    report = score([doc], {doc["id"]: sys_})
    assert report["value_errors_by_kind"] == {"anchor": 1, "duration": 1}
    assert sorted(e.get("kind") for e in report["errors"]) == ["anchor", "duration"]
    assert "value errors by kind: " in render(report) and "anchor 1" in render(report)


@pytest.mark.parametrize("gold, system, same, fits", [
    ("2000-W7", "2000-W07", True, True),
    ("1989-11-06T17", "1989-11-06T17:00", True, True),
    ("199X", "199", True, True),
    ("19XX", "19", True, True),
    ("199X", "198", False, False),
    ("1989-WXX", "1989-W43", False, True),
    ("1989-WXX", "1988-W43", False, False),
    ("1949-XX", "1949", False, True),
    ("1998-XX-XX", "1998", False, True),
    ("1988-QX", "1988-Q3", False, True),
    ("1988-QX", "1988", False, True),
    ("1989-XX", "1989-Q3", False, False),  # a month left unknown is not a quarter
    ("1998-10-XX", "1998-W43", False, False),  # the gold gives the month: a week is not that month
    ("1989-XX", "198", False, False),
    ("XXXX-XX-XX", "P1D", False, False),
    ("PXY", "P3Y", False, False),  # an unknown number of years is not a placeholder date
    ("1998-10-23", "1998-10-23", True, True),
    (None, "1990", False, False),
])
def test_same_value_and_placeholder_readings(gold, system, same, fits):
    from newsgraph.evaluate.timeml import fits_placeholder, same_value

    assert same_value(gold, system) is same
    assert (same or fits_placeholder(gold, system)) is fits


def test_report_gives_the_equivalent_and_lenient_value_scores_apart(tmp_path):
    (doc,) = load_gold(write(tmp_path, body=TML.replace('value="1998-Q1"', 'value="1998-QX"')))
    sys_ = [_sys(doc, "Wednesday", "1998-01-07"), _sys(doc, "two years", "P2Y", "DURATION"),
            _sys(doc, "late this quarter", "1998-Q1")]
    r = score([doc], {doc["id"]: sys_})
    assert r["value"]["tp"] == 2 and r["value_equivalent"]["tp"] == 2 and r["value_lenient"]["tp"] == 3
    assert "not TempEval-3" in render(r)


def test_error_rows_name_each_miss_extra_wrong_value_and_span(tmp_path):
    from newsgraph.evaluate.timeml import error_rows

    (doc,) = load_gold(write(tmp_path))
    sys_ = [_sys(doc, "Wednesday", "1998-01-06"),  # wrong value (a day off)
            _sys(doc, "two", "P2Y", "DURATION"),  # right value, shorter span
            _sys(doc, "bank", "XXXX")]  # extra; "late this quarter" is missed
    rows = error_rows([doc], {doc["id"]: sys_})
    got = {r["error"]: r for r in rows}
    assert sorted(got) == ["extra", "missed", "span", "value"] and len(rows) == 4
    v = got["value"]
    assert (v["document"], v["dct"], v["text"], v["gold_value"], v["value"], v["kind"]) == \
        ("wsj_0001", "1998-01-08", "Wednesday", "1998-01-07", "1998-01-06", "anchor")
    assert "[Wednesday]" in v["context"] and "raised rates" in v["context"]
    assert (got["span"]["text"], got["span"]["system_text"]) == ("two years", "two")
    assert (got["missed"]["text"], got["missed"]["gold_value"], got["missed"]["gold_mod"]) == \
        ("late this quarter", "1998-Q1", "END")
    assert (got["extra"]["text"], got["extra"]["gold_value"], got["extra"]["value"]) == ("bank", None, "XXXX")


def test_cli_errors_dump_writes_one_json_line_per_error(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    dump = tmp_path / "errors.jsonl"
    body = TML.replace('value="1998-01-07">Wednesday', 'value="1998-01-06">Wednesday')  # gold a day off
    run = subprocess.run([sys.executable, "-m", "newsgraph", "evaluate", "time", "--timeml", write(tmp_path, body=body),
                          "--errors", str(dump)], capture_output=True, text=True, env=env)
    assert run.returncode == 0, run.stderr
    rows = [json.loads(line) for line in dump.read_text(encoding="utf-8").splitlines()]
    wrong = [r for r in rows if r["error"] == "value"]
    assert [(r["text"], r["gold_value"], r["value"]) for r in wrong] == [("Wednesday", "1998-01-06", "1998-01-07")]
    unwritable = subprocess.run([sys.executable, "-m", "newsgraph", "evaluate", "time", "--timeml", str(tmp_path),
                                 "--errors", str(tmp_path / "no" / "dir" / "e.jsonl")], capture_output=True, text=True, env=env)
    # (refused before scoring since session 55: one usage line naming the option and the missing folder)
    assert unwritable.returncode == 2 and "--errors" in unwritable.stderr and "does not exist" in unwritable.stderr
    assert "Traceback" not in unwritable.stderr


def test_report_breaks_the_scores_down_by_sub_corpus(tmp_path):
    # two folders, one document each: the one whose value is wrong is the one whose score drops
    for folder in ("TimeBank", "AQUAINT"):
        (tmp_path / folder).mkdir()
        write(tmp_path / folder, f"{folder}_1.tml")
    docs = load_gold(str(tmp_path))
    assert sorted(d["corpus"] for d in docs) == ["AQUAINT", "TimeBank"]
    preds = {d["id"]: [_sys(d, "Wednesday", "1998-01-07" if d["corpus"] == "TimeBank" else "1998-01-01")] for d in docs}
    r = score(docs, preds)
    tb, aq = r["by_corpus"]["TimeBank"], r["by_corpus"]["AQUAINT"]
    assert tb["documents"] == aq["documents"] == 1 and tb["gold_expressions"] == 3 and tb["system_expressions"] == 1
    assert tb["value"]["tp"] == 1 and aq["value"]["tp"] == 0 and aq["span_relaxed"]["tp"] == 1
    assert r["value"]["tp"] == 1  # the totals are over both
    text = render(r)
    assert "TimeBank: 1 documents, value F1 0.500" in text and "AQUAINT: 1 documents, value F1 0.000" in text


def test_one_sub_corpus_gets_no_breakdown(tmp_path):
    (doc,) = load_gold(write(tmp_path))
    r = score([doc], {doc["id"]: []})
    assert "by_corpus" not in r and "documents, value F1" not in render(r)


def test_documents_without_a_folder_are_reported_apart(tmp_path):
    # gold built by hand (no "corpus") beside a document read from a folder: a sub-corpus of its own
    (doc,) = load_gold(write(tmp_path))
    bare = {k: v for k, v in doc.items() if k != "corpus"} | {"id": "bare"}
    r = score([doc, bare], {})
    assert sorted(r["by_corpus"]) == ["", doc["corpus"]]
    assert "(no folder): 1 documents, value F1 0.000" in render(r)
