"""The actors evaluator: gold mention lookup, B-cubed, code accuracy, and the CLI command."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from newsgraph.errors import InputError
from newsgraph.evaluate import actors as ev
from newsgraph.model import Actor, Document, Entity, Mention

ROOT = Path(__file__).resolve().parent.parent


def test_gold_mentions_occurrences_and_kinds():
    text = "Rubio met Lavrov. Rubio said Moscow agreed. Rubio left."
    rec = {"entities": [{"mentions": ["Rubio#2", "Rubio#3"]}, {"mentions": ["Moscow@metonym", "Nobody"]}]}
    gms, missing = ev.gold_mentions(text, rec)
    assert [(g.start, g.text, g.entity) for g in gms] == [(18, "Rubio", 0), (44, "Rubio", 0), (29, "Moscow", 1)]
    assert gms[2].kind == "metonym" and missing == ["Nobody"]


class FakePipeline:
    """Returns a fixed document: lets the scoring be checked by hand."""

    def __init__(self, doc):
        self.doc = doc

    def extract(self, text, name="", **meta):
        return self.doc


def _doc(text, clusters):
    ents = []
    for n, (spans, code) in enumerate(clusters):
        ms = [Mention(start=a, end=b, text=text[a:b], kind=k) for a, b, k in spans]
        ents.append(Entity(id=f"e{n + 1}", name=ms[0].text, type="PERSON", mentions=ms,
                           actor=Actor(code=code) if code else None))
    return Document(text=text, entities=ents)


def test_bcubed_and_codes_by_hand():
    text = "Ann met Bob. Ann said Tehran agreed."
    rec = {"id": "x", "_line": 1, "text": text,
           "entities": [{"mentions": ["Ann"], "code": "USAGOV"}, {"mentions": ["Bob"], "code": "GBRGOV"},
                        {"mentions": ["Tehran@metonym"], "code": "IRNGOV"}]}
    # the system wrongly puts Bob with Ann, and misses Tehran's metonymy
    doc = _doc(text, [([(0, 3, "name"), (8, 11, "name"), (13, 16, "name")], "USAGOV"),
                      ([(22, 28, "name")], None)])
    s = ev.score([rec], FakePipeline(doc))
    d = s.as_dict()
    # gold mentions: Ann, Ann, Bob, Tehran. System clusters: {Ann, Bob, Ann}, {Tehran}
    # precision: Ann 2/3, Ann 2/3, Bob 1/3, Tehran 1 -> 8/12 ; recall: 1, 1, 1, 1
    assert d["b3_precision"] == pytest.approx(round(8 / 12, 4))
    assert d["b3_recall"] == 1.0
    assert d["code_accuracy"] == pytest.approx(round(1 / 3, 4))  # Ann right; Bob (USAGOV) and Tehran (None) wrong
    assert d["metonymy_accuracy"] == 0.0


def test_bad_gold_line(tmp_path):
    f = tmp_path / "g.jsonl"
    f.write_text('{"text": "x", "entities": []}\n{"text": 3}\n')
    with pytest.raises(InputError, match=r"g.jsonl:2"):
        ev.load_gold(str(f))


def test_cli_evaluate_actors(tmp_path):
    gold = tmp_path / "g.jsonl"
    gold.write_text(json.dumps({"id": "t1", "published": "2025-05-01",
                                "text": "Russian Foreign Minister Sergei Lavrov said Moscow was ready. Lavrov left.",
                                "entities": [{"mentions": ["Sergei Lavrov", "Lavrov#2"], "code": "RUSGOV"},
                                             {"mentions": ["Moscow@metonym"], "code": "RUSGOV"}]}) + "\n")
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    r = subprocess.run([sys.executable, "-m", "newsgraph.cli", "evaluate", "actors", str(gold), "--format", "json"],
                       capture_output=True, text=True, env=env, timeout=300)
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert out["documents"] == 1 and out["b3_f1"] == 1.0 and out["code_accuracy"] == 1.0
    assert out["metonymy_accuracy"] == 1.0 and "errors" not in out


def test_actors_report_with_errors_and_text():
    text = "Ann met Bob."
    rec = {"id": "x", "_line": 1, "text": text, "entities": [{"mentions": ["Ann"], "code": "USAGOV"}]}
    doc = _doc(text, [([(0, 3, "name")], "GBRGOV")])
    evaluator = ev.ActorsEvaluator()
    report = evaluator.score([rec], [doc])
    assert report["code_accuracy"] == 0.0 and report["errors"] == ["x: 'Ann' coded GBRGOV, gold USAGOV"]
    shown = evaluator.render(report)
    assert "code_accuracy" in shown and "0.0000" in shown and "coded GBRGOV, gold USAGOV" in shown
