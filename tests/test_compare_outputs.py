"""scripts/compare_outputs.py, the refactoring check, runs on today's pipeline and sees a change.

It had rotted once (it built `Options` with arguments the stage contract removed) without any test
noticing; a snapshot of two small records, compared with itself and with an edited copy, keeps it
honest."""

import importlib.util
import json
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "compare_outputs.py"


@pytest.fixture(scope="module")
def compare_outputs():
    spec = importlib.util.spec_from_file_location("compare_outputs", SCRIPT)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_snapshot_then_compare(compare_outputs, tmp_path, capsys):
    src = tmp_path / "in.jsonl"
    rec = {"id": "k1", "published": "2026-03-10",
           "text": "Kenyan police arrested 12 protesters in Nairobi on Monday, the interior minister said."}
    src.write_text(json.dumps(rec) + "\n", encoding="utf-8")
    a, b = tmp_path / "a", tmp_path / "b"
    assert compare_outputs.main(["--out", str(a), "--jsonl", str(src), "--no-bundled"]) == 0
    docs = [json.loads(line) for line in (a / "docs.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [d["id"] for d in docs] == ["in.jsonl#k1"]
    doc = docs[0]["doc"]
    assert doc["events"] and doc["attributions"] and doc["times"]
    assert compare_outputs.main(["--new", str(a), "--ref", str(a)]) == 0
    assert "no differences" in capsys.readouterr().out
    doc["attributions"][0]["content"][0]["end"] -= 1  # an edited attribution is a difference
    doc["times"] = []
    b.mkdir()
    (b / "docs.jsonl").write_text(json.dumps({"id": "in.jsonl#k1", "doc": doc}) + "\n", encoding="utf-8")
    assert compare_outputs.main(["--new", str(b), "--ref", str(a)]) == 1
    out = capsys.readouterr().out
    assert "attributions: 2 items in 1 documents" in out and "times: 1 items in 1 documents" in out


def test_bundled_records_without_text_are_skipped(compare_outputs, tmp_path):
    (tmp_path / "examples").mkdir()
    (tmp_path / "examples" / "a.txt").write_text("Text.", encoding="utf-8")
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "g.jsonl").write_text('{"id": "r", "doc": "123", "start": 0}\n'
                                               '{"id": "t", "text": "T.", "date": "2026-01-02"}\n', encoding="utf-8")
    assert compare_outputs.inputs(tmp_path) == [("examples/a.txt", "Text.", None), ("gold/g.jsonl#t", "T.", "2026-01-02")]
    assert compare_outputs.inputs(None) == []
