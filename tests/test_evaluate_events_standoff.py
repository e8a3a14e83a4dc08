"""`evaluate events FILE` on stand-off sentences (evaluate/standoff.py; gold/plover_unfitted.jsonl and
gold/plover_wire.jsonl keep references into the shared data, not its text) and scripts/plover_standoff.py,
which converts such a set. Session 41, s41-standoff. Documents written for these tests."""

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from newsgraph.errors import InputError
from newsgraph.evaluate import events

ROOT = Path(__file__).resolve().parent.parent
TML = """<?xml version="1.0" ?>
<TimeML><DOCID>W1</DOCID><DCT><TIMEX3 tid="t0" type="DATE" value="1999-04-02" functionInDocument="CREATION_TIME">04/02/99</TIMEX3></DCT>
<TEXT>Envoys of Chile met
Peruvian officials in Lima on <TIMEX3 tid="t1" type="DATE" value="1999-04-01">Thursday</TIMEX3>. Talks go on.</TEXT></TimeML>
"""
TXT = "Headline\n\nGhana accused Togo of shelling a border post, officials said."
BBC = {"id": "politics/007", "category": "politics", "title": "T",
       "text": "Norway sent aid to Chad.\n\nThe aid arrived by air. Norway sent aid to Chad."}


def _sha(s):
    return hashlib.sha1(s.encode()).hexdigest()[:12]


def _data(tmp_path):
    data = tmp_path / "shared" / "data"
    (data / "timebank" / "AQUAINT").mkdir(parents=True)
    (data / "timebank" / "AQUAINT" / "W1.tml").write_text(TML, encoding="utf-8")
    (data / "polnear" / "train" / "text").mkdir(parents=True)
    (data / "polnear" / "train" / "text" / "wire_2016-02-03_border.txt").write_text(TXT, encoding="utf-8")
    (data / "bbc").mkdir()
    (data / "bbc" / "bbc.jsonl").write_text(json.dumps(BBC) + "\n", encoding="utf-8")
    (tmp_path / "repo" / "gold").mkdir(parents=True)
    return data


def _gold(tmp_path, rows, name="set.jsonl"):
    path = tmp_path / "repo" / "gold" / name
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return str(path)


EV = [{"type": "CONSULT", "cameo": "040", "source": ["CHL"], "target": ["PER"]}]


def _rows(data):
    from newsgraph.evaluate.timeml import read_tml

    tml = read_tml(data / "timebank" / "AQUAINT" / "W1.tml")["text"]
    s, e = tml.index("Envoys"), tml.index(" Talks")
    t = TXT.index("Ghana")
    return [
        {"id": "tb-W1-s1", "source": "timebank/AQUAINT/W1.tml", "doc": "W1", "start": s, "end": e,
         "sha1": _sha(tml[s:e]), "events": EV},
        {"id": "pn-x-s1", "source": "polnear/train/text/wire_2016-02-03_border.txt", "doc": "wire_2016-02-03_border",
         "start": t, "end": len(TXT), "sha1": _sha(TXT[t:]), "date": "2016-02-01", "events": []},
        {"id": "own-1", "text": "Kenya  hosted Uganda's leader.", "date": "2010-05-05", "events": []},
    ]


def test_standoff_sentences_read_text_and_date_from_the_shared_data(tmp_path, monkeypatch):
    monkeypatch.delenv("NEWSGRAPH_DATA", raising=False)
    data = _data(tmp_path)
    items = events._read_gold(_gold(tmp_path, _rows(data)))
    # the TimeML sentence runs over a line break: one space, as the sentence was picked
    assert [i.text for i in items] == ["Envoys of Chile met Peruvian officials in Lima on Thursday.",
                                       "Ghana accused Togo of shelling a border post, officials said.",
                                       "Kenya  hosted Uganda's leader."]  # a text line is read as it is
    # the document's creation time when the line gives no date; the line's own date wins over the file name's
    assert [i.date for i in items] == ["1999-04-02", "2016-02-01", "2010-05-05"]
    assert [(e.type, e.source, e.target) for e in items[0].events] == [("CONSULT", [("CHL", None)], [("PER", None)])]
    assert [i.id for i in items] == ["tb-W1-s1", "pn-x-s1", "own-1"]


def test_a_standoff_line_with_no_date_anywhere_is_coded_on_the_default_date(tmp_path, monkeypatch):
    data = _data(tmp_path)
    monkeypatch.setenv("NEWSGRAPH_DATA", str(data))
    text = BBC["text"]
    row = {"id": "bbc-politics-007-s2", "source": "bbc/bbc.jsonl", "doc": "politics/007",
           "start": text.index("The aid"), "end": text.index(" Norway sent aid to Chad.", 30),
           "sha1": _sha("The aid arrived by air."), "events": []}
    (item,) = events._read_gold(_gold(tmp_path, [row]))
    assert (item.text, item.date) == ("The aid arrived by air.", events.GSR_DATE)


@pytest.mark.parametrize("change,message", [
    ({"sha1": "000000000000"}, "is not the one labelled (sha1)"),
    ({"end": 10_000}, "outside the document"),
    ({"source": "bbc/bbc.jsonl", "doc": "politics/999"}, "no document 'politics/999' in bbc/bbc.jsonl"),
    ({"source": "timebank/none.tml"}, "does not exist"),
    ({"source": "/etc/x.tml"}, "inside the shared data folder"),
    ({"start": None}, "integer `start` and `end`"),
])
def test_bad_standoff_lines_are_one_error_naming_file_and_line(tmp_path, monkeypatch, change, message):
    monkeypatch.delenv("NEWSGRAPH_DATA", raising=False)
    data = _data(tmp_path)
    rows = _rows(data)
    bad = dict(rows[1], **change)
    if "start" in change:
        bad["start"] = "3"
    with pytest.raises(InputError) as err:
        events._read_gold(_gold(tmp_path, [rows[0], bad]))
    assert "set.jsonl:2" in str(err.value) and message in str(err.value) and "\n" not in str(err.value)


def test_cli_scores_standoff_sentences_and_names_a_bad_line(tmp_path):
    data = _data(tmp_path)
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "NEWSGRAPH_DATA": str(data)}
    rows = _rows(data)
    cmd = [sys.executable, "-m", "newsgraph.cli", "evaluate", "events"]
    out = subprocess.run(cmd + [_gold(tmp_path, rows), "--format", "json"], capture_output=True, text=True,
                         env=env, timeout=600)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["items"] == 3
    bad = subprocess.run(cmd + [_gold(tmp_path, [dict(rows[0], sha1="ffffffffffff")], "bad.jsonl")],
                         capture_output=True, text=True, env=env, timeout=600)
    assert bad.returncode != 0 and "Traceback" not in bad.stderr
    assert "bad.jsonl:1" in bad.stderr and "sha1" in bad.stderr


def _convert(tmp_path, data, rows):
    src = _gold(tmp_path, rows, "plain.jsonl")
    dst = tmp_path / "out.jsonl"
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "NEWSGRAPH_DATA": str(data)}
    out = subprocess.run([sys.executable, str(ROOT / "scripts" / "plover_standoff.py"), src, str(dst)],
                         capture_output=True, text=True, env=env, timeout=600)
    return out, dst


def test_the_converter_writes_rows_the_evaluator_reads_back(tmp_path, monkeypatch):
    data = _data(tmp_path)
    rows = [{"id": "tb-W1-s1", "text": "Envoys of Chile met Peruvian officials in Lima on Thursday.",
             "date": "1999-04-02", "events": EV},
            {"id": "pn-wire_2016-02-03_border-s1", "text": "Ghana accused Togo of shelling a border post, "
             "officials said.", "date": "2016-02-03", "events": [], "note": "kept"},
            {"id": "bbc-politics-007-s2", "text": "The aid arrived by air.", "date": "2005-01-01", "events": []}]
    out, dst = _convert(tmp_path, data, rows)
    assert out.returncode == 0, out.stderr
    conv = [json.loads(line) for line in dst.read_text().splitlines()]
    assert all("text" not in r for r in conv)
    assert [{k: v for k, v in r.items() if k not in ("source", "doc", "start", "end", "sha1")} for r in conv] == \
        [{k: v for k, v in r.items() if k != "text"} for r in rows]  # every other field as it was, in order
    assert list(conv[1]) == ["id", "source", "doc", "start", "end", "sha1", "date", "events", "note"]
    assert [(r["source"], r["doc"]) for r in conv] == [
        ("timebank/AQUAINT/W1.tml", "W1"), ("polnear/train/text/wire_2016-02-03_border.txt", "wire_2016-02-03_border"),
        ("bbc/bbc.jsonl", "politics/007")]
    monkeypatch.setenv("NEWSGRAPH_DATA", str(data))
    back = events._read_gold(str(dst))
    assert [i.text for i in back] == [r["text"] for r in rows]
    assert [i.date for i in back] == [r["date"] for r in rows]


def test_the_converter_stops_on_a_sentence_found_twice_or_not_at_all(tmp_path):
    data = _data(tmp_path)
    twice = {"id": "bbc-politics-007-s1", "text": "Norway sent aid to Chad.", "date": "2005-01-01", "events": []}
    out, dst = _convert(tmp_path, data, [twice])
    assert out.returncode != 0 and "bbc-politics-007-s1" in out.stderr and "found 2 times" in out.stderr
    assert not dst.exists()
    never = dict(twice, text="Norway sent aid to Mali.")
    out, _ = _convert(tmp_path, data, [never])
    assert out.returncode != 0 and "found 0 times" in out.stderr


def test_the_projects_plover_sets_keep_no_corpus_text_and_resolve(monkeypatch):
    from conftest import SHARED

    if not (SHARED / "data" / "timebank").is_dir() or not (SHARED / "data" / "bbc" / "bbc.jsonl").is_file():
        pytest.skip("shared data absent")
    monkeypatch.setenv("NEWSGRAPH_DATA", str(SHARED / "data"))
    for name, n in [("plover_unfitted.jsonl", 210), ("plover_wire.jsonl", 150)]:
        rows = [json.loads(line) for line in (ROOT / "gold" / name).read_text().splitlines() if line.strip()]
        assert len(rows) == n and not any("text" in r for r in rows)
        items = events._read_gold(str(ROOT / "gold" / name))
        assert len(items) == n and all(i.text and i.date for i in items)
