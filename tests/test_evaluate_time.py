"""`newsgraph evaluate time`: gold loading, matching and scores, and the CLI."""

import json
import os
import subprocess
import sys

import pytest

from newsgraph.errors import InputError
from newsgraph.evaluate.time import load_gold, match, render, score
from newsgraph.model import TimeExpr

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

TEXT = "The minister resigned on Friday after talks failed in 2003."


def gold_time(s, value):
    i = TEXT.index(s)
    return {"start": i, "end": i + len(s), "text": s, "value": value, "type": "DATE"}


ITEM = {"id": "a", "published": "2026-01-25", "metadata": True, "text": TEXT,
        "times": [gold_time("Friday", "2026-01-23"), gold_time("2003", "2003")]}


def write(tmp_path, items):
    p = tmp_path / "gold.jsonl"
    p.write_text("\n".join(json.dumps(i) for i in items) + "\n", encoding="utf-8")
    return str(p)


def test_load_gold_checks_offsets(tmp_path):
    assert load_gold(write(tmp_path, [ITEM]))[0]["id"] == "a"
    bad = dict(ITEM, times=[dict(ITEM["times"][0], start=ITEM['times'][0]['start'] - 1)])
    with pytest.raises(InputError, match="does not match"):
        load_gold(write(tmp_path, [bad]))
    with pytest.raises(InputError, match="no such gold file"):
        load_gold(str(tmp_path / "missing.jsonl"))


def test_match_is_one_to_one_by_overlap():
    gold = [{"start": 0, "end": 10}, {"start": 20, "end": 30}]
    sys_ = [TimeExpr(id="t1", start=5, end=25, text="x" * 20, value=None),
            TimeExpr(id="t2", start=22, end=30, text="x" * 8, value=None)]
    pairs = match(gold, sys_)
    assert [(g["start"], s.id) for g, s in pairs] == [(0, "t1"), (20, "t2")]


def test_score(pipeline):
    wrong = dict(ITEM, id="b", times=[dict(ITEM["times"][0], value="2026-01-30"), ITEM["times"][1]])
    inferred = {"id": "c", "published": "2023-10-08", "metadata": False,
                "text": "Israel declared war on Sunday after the attack on October 7, 2023.", "times": []}
    res = score([ITEM, wrong, inferred], pipeline)
    assert res["span_overlap"]["recall"] == 1.0
    assert res["span_overlap"]["precision"] < 1.0  # the third item's two expressions are not in its gold
    assert res["value_accuracy"] == 0.75
    assert res["published_accuracy"] == 1.0
    assert any(e.get("gold_value") == "2026-01-30" for e in res["errors"])
    assert "span (overlap)" in render(res)


def _cli(*args):
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    return subprocess.run([sys.executable, "-m", "newsgraph.cli", "evaluate", "time", *args],
                          capture_output=True, text=True, env=env)


def test_cli_json_and_errors(tmp_path):
    out = _cli(write(tmp_path, [ITEM]), "--format", "json")
    assert out.returncode == 0, out.stderr
    res = json.loads(out.stdout)
    assert res["span_overlap"]["f1"] == 1.0 and res["value_accuracy"] == 1.0
    out = _cli(str(tmp_path / "nope.jsonl"))
    assert out.returncode == 1 and "no such gold file" in out.stderr and "Traceback" not in out.stderr


def test_bundled_gold_is_valid():
    items = load_gold(str(ROOT / "gold" / "time.jsonl"))
    assert len(items) >= 30
    assert sum(len(i["times"]) for i in items) >= 80
