"""PETRARCH discard lists and issue dictionaries through the events stage (Python API) and the CLI:
discarded sentences and stories code nothing and the document says why; events carry issue codes."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from newsgraph.errors import DictionaryError
from newsgraph.model import check_offsets

from test_events_petrarch_lists import ISSUES, _file

ROOT = Path(__file__).resolve().parent.parent


# --- through the pipeline -------------------------------------------------------------------------

TEXT = ("Russia attacked Ukraine on Monday. Brazil beat Argentina in the Group A final. "
        "Students protested against the government in Tehran on Tuesday.")


@pytest.fixture(scope="module")
def lists(tmp_path_factory):
    d = tmp_path_factory.mktemp("plists")
    return {"sentence": _file(d, "sent.txt", "GROUP A_\n"), "story": _file(d, "story.txt", "+GROUP A_\n"),
            "issues": _file(d, "issues.txt", ISSUES), "bad": _file(d, "bad.txt", "BOXING\nCHESS [---]\n")}


def _pipe(**kw):
    from newsgraph.events.stage import EventSettings
    from newsgraph.pipeline import Pipeline
    from newsgraph.stage import Options

    return Pipeline(Options(stages={"events": EventSettings(**kw)}))


def test_sentence_discard_codes_nothing_and_says_why(lists):
    doc = _pipe(discards=(lists["sentence"],), issues=(lists["issues"],)).extract(TEXT, published="2024-05-06")
    assert check_offsets(doc) == []
    assert "Brazil beat" not in " ".join(e.evidence.text for e in doc.events)
    assert {e.type for e in doc.events} >= {"ASSAULT", "PROTEST"}  # the other sentences are coded
    (d,) = doc.discards
    assert (d.scope, d.phrase, d.text, d.sentence.text) == (
        "sentence", "GROUP A_", "Group A", "Brazil beat Argentina in the Group A final.")
    protest = next(e for e in doc.events if e.type == "PROTEST")
    assert [(i.code, i.count) for i in protest.issues] == [("STUDENTS", 1)]
    assert next(e for e in doc.events if e.type == "ASSAULT").issues == []


def test_story_discard_codes_nothing_in_the_document(lists):
    doc = _pipe(discards=(lists["story"],)).extract(TEXT, published="2024-05-06")
    assert doc.events == []
    (d,) = doc.discards
    assert (d.scope, d.phrase, d.sentence.text) == ("story", "+GROUP A_", "Brazil beat Argentina in the Group A final.")
    assert check_offsets(doc) == []


def test_builtin_discards_by_default_and_none_turns_them_off():
    text = "Brazil beat Argentina in the World Cup final on Sunday. Russia attacked Ukraine on Monday."
    doc = _pipe().extract(text, published="2024-05-06")
    assert doc.events == [] and [d.phrase for d in doc.discards] == ["+WORLD CUP"]
    doc = _pipe(discards=("none",)).extract(text, published="2024-05-06")
    assert doc.discards == [] and any(e.type == "ASSAULT" for e in doc.events)


def test_bad_list_fails_when_the_stage_is_built(lists):
    with pytest.raises(DictionaryError, match=r"bad.txt:2:"):
        _pipe(discards=(lists["bad"],))


# --- through the command line ---------------------------------------------------------------------

def _cli(*args):
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    return subprocess.run([sys.executable, "-m", "newsgraph.cli", *args], capture_output=True, text=True, env=env,
                          timeout=300)


def test_cli_discards_and_issues(tmp_path, lists):
    art = _file(tmp_path, "a.txt", TEXT)
    res = _cli("extract", art, "--published", "2024-05-06", "--discards", lists["sentence"], "--issues", lists["issues"])
    assert res.returncode == 0, res.stderr
    doc = json.loads(res.stdout)
    assert [d["phrase"] for d in doc["discards"]] == ["GROUP A_"]
    assert [i["code"] for e in doc["events"] if e["type"] == "PROTEST" for i in e["issues"]] == ["STUDENTS"]
    bad = _cli("extract", art, "--discards", lists["bad"])
    assert bad.returncode != 0
    lines = bad.stderr.strip().splitlines()
    assert len(lines) == 1 and "bad.txt:2:" in lines[0] and "Traceback" not in bad.stderr
