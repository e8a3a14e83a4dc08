"""The quotes evaluator: gold loading, span pairing, speaker matching, and the CLI command."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from newsgraph.errors import InputError
from newsgraph.evaluate import gold as goldmod
from newsgraph.evaluate import quotes as evq

ROOT = Path(__file__).resolve().parent.parent
GOLD = {"id": "t1", "text": 'Mayor Ann Lee said the bridge would reopen. "We are ready," she said.',
        "quotes": [{"text": "the bridge would reopen", "kind": "indirect", "speaker": "Ann Lee"},
                   {"text": "We are ready", "kind": "direct", "speaker": "Ann Lee"}]}


def write(tmp_path, *records) -> str:
    p = tmp_path / "gold.jsonl"
    p.write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in records) + "\n", encoding="utf-8")
    return str(p)


def test_locate_by_text_occurrence_and_offsets():
    text = "Paris, then Paris again, not Parisian."
    assert goldmod.locate(text, {"text": "Paris"}) == [(0, 5), (12, 17)]
    assert goldmod.locate(text, {"text": "Paris", "occurrence": 2}) == [(12, 17)]
    assert goldmod.locate(text, {"text": "Paris", "occurrence": 3}) == []
    assert goldmod.locate(text, {"text": "then", "start": 7, "end": 11}) == [(7, 11)]


def test_pair_needs_half_overlap():
    class S:
        def __init__(self, s, e):
            self.start, self.end = s, e

    gold = [{"start": 0, "end": 10}, {"start": 20, "end": 30}]
    pairs = goldmod.pair(gold, [S(0, 9), S(20, 50)], 0.5)
    assert [(g["start"], s.start) for g, s in pairs] == [(0, 0)]
    assert goldmod.prf(1, 2, 2)["f1"] == 0.5


def test_bad_gold_is_one_clear_error(tmp_path):
    with pytest.raises(InputError, match="line 2"):
        evq.load_gold(write(tmp_path, GOLD, "{not json"))
    with pytest.raises(InputError, match="not in the text"):
        evq.load_gold(write(tmp_path, {**GOLD, "quotes": [{"text": "absent words"}]}))
    with pytest.raises(InputError, match="no such gold file"):
        evq.load_gold(str(tmp_path / "missing.jsonl"))


def test_score_perfect_and_wrong_speaker(tmp_path, pipeline):
    items = evq.load_gold(write(tmp_path, GOLD))
    r = evq.score(items, pipeline)
    assert r["spans"]["f1"] == 1.0 and r["speaker_accuracy"] == 1.0
    wrong = {**GOLD, "quotes": [{**q, "speaker": "Bob Smith"} for q in GOLD["quotes"]]}
    r = evq.score(evq.load_gold(write(tmp_path, wrong)), pipeline)
    assert r["speaker_accuracy"] == 0.0 and any(e["error"] == "speaker" for e in r["errors"])


def test_cli_json(tmp_path):
    path = write(tmp_path, GOLD)
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    out = subprocess.run([sys.executable, "-m", "newsgraph.cli", "evaluate", "quotes", path, "--format", "json"],
                         capture_output=True, text=True, env=env, timeout=300)
    assert out.returncode == 0, out.stderr
    r = json.loads(out.stdout)
    assert r["spans"]["gold"] == 2 and "speaker_accuracy" in r
    bad = subprocess.run([sys.executable, "-m", "newsgraph.cli", "evaluate", "quotes", str(tmp_path / "nope.jsonl")],
                         capture_output=True, text=True, env=env, timeout=300)
    assert bad.returncode != 0 and "no such gold file" in bad.stderr and "Traceback" not in bad.stderr
