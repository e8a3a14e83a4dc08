"""`newsgraph evaluate events --codebook`: the CAMEO verb codebook's examples as gold."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from newsgraph.errors import InputError
from newsgraph.evaluate import codebook
from newsgraph.model import Document, Event, Span
from conftest import SHARED

ROOT = Path(__file__).resolve().parent.parent
CODEBOOK = SHARED / "data/cameo-codebook/verb-codebook.md"

# the shapes of the real conversion: a table with its code row, a table whose code row was lost
# (its Name row is found in PLOVER's table), an Example Note, a fragment, a statement (01x, no
# PLOVER type), and a heading that ends a code's examples
SNIPPET = """\
| CAMEO       | 010                                   |
| Name        | Make statement, not specified below   |
| Example     | The minister said on Wednesday that the talks would resume soon. |

| CAMEO       | 0212                                  |
| Name        | Appeal for material aid               |
| Example     | Romania has asked the European Community for immediate delivery of additional aid. |
| Example Note | One event is coded.                  |
| Example     | too short to be a lead                |

| Name        | Demand material cooperation |
| Example     | The rebels demanded that the government release all political prisoners at once. |
# 11 DISAPPROVE
| Example     | This example has no code above it after the heading, so it is skipped. |
| CAMEO       | 0212                                  |
| Example     | Turkey said Monday it had asked Tehran to provide urgent economic aid to the region. |
"""


def test_examples_read_codes_names_and_headings():
    rows = list(codebook.examples(SNIPPET))
    assert [c for c, _ in rows] == ["010", "0212", "101", "0212"]
    assert rows[1][1].startswith("Romania has asked") and "too short" not in " ".join(s for _, s in rows)


def test_load_gold_items_types_ids_and_split(tmp_path):
    f = tmp_path / "verb-codebook.md"
    f.write_text(SNIPPET, encoding="utf-8")
    items = codebook.load_gold(str(f))
    assert [i.id for i in items] == ["cameo-0212-1", "cameo-101-1", "cameo-0212-2"]  # 010 has no PLOVER type
    assert [(i.events[0].type, i.events[0].cameo) for i in items] == [("REQUEST", "0212"), ("REQUEST", "101"),
                                                                     ("REQUEST", "0212")]
    assert all(i.events[0].source == [] and i.split in ("dev", "heldout") for i in items)
    for split in ("dev", "heldout"):
        try:
            part = codebook.load_gold(str(f), split)
        except InputError:
            continue
        assert {i.split for i in part} == {split} and part.split == split


def test_bad_input_is_one_error(tmp_path):
    with pytest.raises(InputError, match="nope.md"):
        codebook.load_gold(str(tmp_path / "nope.md"))
    other = tmp_path / "other.md"
    other.write_text("# Just a heading\n\nsome text\n", encoding="utf-8")
    with pytest.raises(InputError, match="not the CAMEO verb codebook"):
        codebook.load_gold(str(other))


def test_score_reports_type_and_code_accuracy_without_triples(tmp_path):
    f = tmp_path / "verb-codebook.md"
    f.write_text(SNIPPET, encoding="utf-8")
    items = codebook.load_gold(str(f))

    def doc(type_, cameo):
        return Document(id="d", text="x", events=[Event(id="e", type=type_, cameo=cameo, confidence=0.9,
                                                        trigger=Span(start=0, end=1, text="x"))])

    report = codebook.score(items, [doc("REQUEST", "0212"), doc("REQUEST", "100"), doc("REJECT", "120")])
    assert "triples" not in report
    assert report["type_accuracy"] == pytest.approx(2 / 3, abs=1e-4)
    assert report["cameo_accuracy"] == {"exact": pytest.approx(1 / 3, abs=1e-4), "root": pytest.approx(2 / 3, abs=1e-4), "n": 3}
    text = codebook.render(report)
    assert "type_accuracy 0.667" in text and "exact 0.333" in text


def test_errors_dump_gives_gold_type_and_code_and_the_coded_events(tmp_path):
    f = tmp_path / "verb-codebook.md"
    f.write_text(SNIPPET, encoding="utf-8")
    items = codebook.load_gold(str(f))

    def doc(type_, cameo):
        return Document(id="d", text="x", events=[Event(id="e", type=type_, cameo=cameo, confidence=0.9,
                                                        trigger=Span(start=0, end=1, text="x"))])

    out = tmp_path / "errors.jsonl"
    codebook.write_errors(items, [doc("REQUEST", "0212"), doc("REJECT", "120"), Document(id="d", text="x")], str(out))
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == ["cameo-0212-1", "cameo-101-1", "cameo-0212-2"]
    assert rows[0]["gold"] == [{"type": "REQUEST", "cameo": "0212"}] and rows[0]["type_ok"] and rows[0]["cameo_ok"]
    assert rows[1]["predicted"][0]["type"] == "REJECT" and not rows[1]["type_ok"] and not rows[1]["cameo_ok"]
    assert rows[2]["predicted"] == [] and not rows[2]["cameo_ok"] and "missed" not in rows[2]


def test_cli_codebook_errors_option_writes_the_dump(tmp_path):
    f = tmp_path / "verb-codebook.md"
    f.write_text(SNIPPET, encoding="utf-8")
    dump = tmp_path / "errors.jsonl"
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    subprocess.run([sys.executable, "-m", "newsgraph.cli", "evaluate", "events", "--codebook", str(f),
                    "--errors", str(dump)], capture_output=True, text=True, env=env, check=True)
    rows = [json.loads(line) for line in dump.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 3 and rows[0]["gold"][0]["cameo"] == "0212"


def test_cli_codebook_source_error_names_the_file(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    bad = subprocess.run([sys.executable, "-m", "newsgraph.cli", "evaluate", "events", "--codebook",
                          str(tmp_path / "missing.md")], capture_output=True, text=True, env=env)
    assert bad.returncode == 1 and "missing.md" in bad.stderr and "Traceback" not in bad.stderr


@pytest.mark.skipif(not CODEBOOK.exists(), reason="CAMEO verb codebook not present")
def test_real_codebook_loads_with_its_held_aside_third():
    items = codebook.load_gold(str(CODEBOOK))
    assert len(items) == 216
    dev, held = codebook.load_gold(str(CODEBOOK), "dev"), codebook.load_gold(str(CODEBOOK), "heldout")
    assert (len(dev), len(held)) == (154, 62)
    assert all(i.events[0].type and i.events[0].cameo for i in items)
    json.dumps([i.id for i in items])  # ids are plain strings
