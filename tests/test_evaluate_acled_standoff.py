"""`evaluate events --acled` on stand-off snippets of real news (evaluate/standoff.py, gold/acled_real.jsonl)."""

import hashlib
import json
from pathlib import Path

import pytest
from eventsutil import event

from newsgraph.errors import InputError
from newsgraph.evaluate import acled
from newsgraph.model import Document

ROOT = Path(__file__).resolve().parent.parent
LGL = """<?xml version="1.0" encoding="utf-8"?>
<articles><article docid="77"><dltime>2009-03-20 12:24:52-05</dltime>
<text><![CDATA[Town news. About 40 protesters marched to the mayor's home on Friday. Rain is due.]]></text>
</article></articles>
"""
TML = """<?xml version="1.0" ?>
<TimeML><DOCID>X1</DOCID><DCT><TIMEX3 tid="t0" type="DATE" value="1998-03-08" functionInDocument="CREATION_TIME">03/08/98</TIMEX3></DCT>
<TEXT>Police <EVENT eid="e1">arrested</EVENT> six men on <TIMEX3 tid="t1" type="DATE" value="1998-03-07">Saturday</TIMEX3>.</TEXT></TimeML>
"""
TXT = "Headline\n\nTroops clashed with rebels near the border, officials said."


def _sha(s):
    return hashlib.sha1(s.encode()).hexdigest()[:12]


def _data(tmp_path):
    data = tmp_path / "shared" / "data"
    (data / "lgl").mkdir(parents=True)
    (data / "lgl" / "lgl.xml").write_text(LGL, encoding="utf-8")
    (data / "tb").mkdir()
    (data / "tb" / "X1.tml").write_text(TML, encoding="utf-8")
    (data / "pn" / "text").mkdir(parents=True)
    (data / "pn" / "text" / "nyt_2016-06-23_troops.txt").write_text(TXT, encoding="utf-8")
    (tmp_path / "repo" / "gold").mkdir(parents=True)
    return data


def _gold(tmp_path, rows):
    path = tmp_path / "repo" / "gold" / "real.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return str(path)


def _rows():
    lgl_text = "Town news. About 40 protesters marched to the mayor's home on Friday. Rain is due."
    s = lgl_text.index("About")
    e = lgl_text.index(" Rain")
    t = TXT.index("Troops")
    return [
        {"id": "lgl:77:11", "source": "lgl/lgl.xml", "doc": "77", "start": s, "end": e, "sha1": _sha(lgl_text[s:e]),
         "event_type": "Protests", "sub_event_type": "Peaceful protest"},
        {"id": "tb:X1:0", "source": "tb/X1.tml", "doc": "X1", "start": 0, "end": 36,
         "sha1": _sha("Police arrested six men on Saturday."), "event_type": "Strategic developments",
         "sub_event_type": "Arrests"},
        {"id": "pn:t", "source": "pn/text/nyt_2016-06-23_troops.txt", "doc": "nyt_2016-06-23_troops",
         "start": t, "end": len(TXT), "sha1": _sha(TXT[t:]), "event_type": "none", "sub_event_type": "none"},
    ]


def test_standoff_snippets_read_text_and_date_from_the_shared_data(tmp_path, monkeypatch):
    monkeypatch.delenv("NEWSGRAPH_DATA", raising=False)
    _data(tmp_path)
    items = acled.load_gold(_gold(tmp_path, _rows()))
    assert [i.text for i in items] == ["About 40 protesters marched to the mayor's home on Friday.",
                                       "Police arrested six men on Saturday.",
                                       "Troops clashed with rebels near the border, officials said."]
    assert [i.date for i in items] == ["2009-03-20", "1998-03-08", "2016-06-23"]  # dltime, DCT, file name
    assert [i.sub_event_type for i in items] == ["Peaceful protest", "Arrests", "none"]
    assert [i.split for i in items] == [acled.heldout_split(i.id) for i in items]


@pytest.mark.parametrize("change,message", [
    ({"sha1": "000000000000"}, "is not the one labelled (sha1)"),
    ({"end": 10_000}, "outside the document"),
    ({"doc": "78"}, "no document '78' in lgl/lgl.xml"),
    ({"source": "lgl/none.xml"}, "does not exist"),
    ({"source": "../lgl/lgl.xml"}, "inside the shared data folder"),
    ({"start": "3"}, "integer `start` and `end`"),
    ({"sub_event_type": "Riot"}, "unknown ACLED sub_event_type"),
    ({"event_type": "Battles"}, "does not match"),
])
def test_bad_standoff_rows_are_one_error_naming_file_and_line(tmp_path, monkeypatch, change, message):
    monkeypatch.delenv("NEWSGRAPH_DATA", raising=False)
    _data(tmp_path)
    rows = _rows()
    rows[1:2] = [dict(_rows()[0], **change)]
    with pytest.raises(InputError) as err:
        acled.load_gold(_gold(tmp_path, rows))
    assert "real.jsonl:2" in str(err.value) and message in str(err.value) and "\n" not in str(err.value)


def test_score_with_none_snippets_reports_the_event_classes_and_detection():
    items = [acled.Snippet(str(n), "t", None, "", sub) for n, sub in
             enumerate(["none", "none", "Attack", "Armed clash"])]
    docs = [Document(text="x", events=[event(sub=s)] if s else []) for s in [None, "Attack", "Attack", None]]
    r = acled.score(items, docs)
    assert r["per_class"]["none"]["recall"] == 0.5 and r["per_class"]["Attack"]["precision"] == 0.5
    assert r["macro_f1_events"] == pytest.approx((2 / 3 + 0) / 2, abs=1e-4)  # none left out
    assert r["macro_f1"] == pytest.approx((0.5 + 2 / 3 + 0) / 3, abs=1e-4)
    assert (r["detection"]["precision"], r["detection"]["recall"]) == (0.5, 0.5)
    assert r["event_type_accuracy"] == 0.5  # none = none, Attack = Attack
    assert "event detection P 0.500 R 0.500" in acled.render(r)


def test_the_projects_real_news_gold_loads(monkeypatch):
    from conftest import SHARED

    if not (SHARED / "data" / "lgl" / "lgl.xml").is_file():
        pytest.skip("shared data absent")
    # the loader looks beside the gold file; a clone elsewhere finds the data where conftest did
    monkeypatch.setenv("NEWSGRAPH_DATA", str(SHARED / "data"))
    items = acled.load_gold(str(ROOT / "gold" / "acled_real.jsonl"))
    assert len(items) == 242 and len({i.id for i in items}) == 242
    assert sum(i.sub_event_type == acled.NONE for i in items) == 100 and all(i.date for i in items)
    assert len(acled.load_gold(str(ROOT / "gold" / "acled_real.jsonl"), "heldout")) == 88


def test_cli_reads_standoff_snippets(tmp_path):
    import os
    import subprocess
    import sys

    data = _data(tmp_path)
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "NEWSGRAPH_DATA": str(data)}
    out = subprocess.run([sys.executable, "-m", "newsgraph.cli", "evaluate", "events", "--acled",
                          _gold(tmp_path, _rows()), "--format", "json"], capture_output=True, text=True, env=env,
                         timeout=600)
    assert out.returncode == 0, out.stderr
    report = json.loads(out.stdout)
    assert report["items"] == 3 and "none" in report["per_class"] and "macro_f1_events" in report
    assert "detection" in report
