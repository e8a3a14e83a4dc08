"""The unfitted TimeML set (gold/timeml_unfitted) and the script that writes it from the hand annotation."""

import importlib.util
from pathlib import Path

import pytest

from newsgraph.evaluate import timeml

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "gold" / "timeml_unfitted"


def _script():
    spec = importlib.util.spec_from_file_location("timeml_unfitted", ROOT / "scripts" / "timeml_unfitted.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_locate_is_whole_word_case_sensitive_and_counts_occurrences():
    s = _script()
    text = "Now, nowhere: now and now."
    assert s.locate(text, "now", 1) == (14, 17)
    assert s.locate(text, "now", 2) == (22, 25)
    assert s.locate(text, "Now", 1) == (0, 3)
    with pytest.raises(ValueError):
        s.locate(text, "now", 3)


def test_to_tml_tags_escapes_and_reads_back(tmp_path):
    s = _script()
    text = "On Monday <b> & last week, Monday again."
    times = [{"surface": "Monday", "occ": 2, "type": "DATE", "value": "2016-02-29", "mod": None},
             {"surface": "last week", "occ": 1, "type": "DATE", "value": "2016-W08", "mod": "START"}]
    p = tmp_path / "doc1.tml"
    p.write_text(s.to_tml("doc1", "2016-03-01", text, times), encoding="utf-8")
    doc = timeml.read_tml(p)
    assert doc["dct"] == "2016-03-01" and doc["text"] == text
    assert [(t["text"], t["value"], t["mod"]) for t in doc["times"]] == [
        ("last week", "2016-W08", "START"), ("Monday", "2016-02-29", None)]
    assert doc["times"][1]["start"] == text.rindex("Monday")


def test_to_tml_refuses_overlapping_expressions():
    s = _script()
    times = [{"surface": "Monday night", "occ": 1, "type": "TIME", "value": "X", "mod": None},
             {"surface": "Monday", "occ": 1, "type": "DATE", "value": "X", "mod": None}]
    with pytest.raises(ValueError, match="overlap"):
        s.to_tml("d", "2016-01-01", "Monday night.", times)


@pytest.mark.parametrize("folder, n", [(GOLD, 40), (GOLD / "batch2", 20)])
def test_gold_files_match_the_annotation(folder, n):
    """Every annotated expression is in its .tml file with its surface, type and value (the files are not stale)."""
    s = _script()
    blocks = s.parse_annotations(folder / "annotations.txt")
    docs = {d["id"]: d for d in timeml.load_gold(str(folder)) if d["corpus"] == folder.name}
    assert len(blocks) == len(docs) == n
    for b in blocks:
        d = docs[b["name"]]
        assert d["dct"] == b["dct"]
        got = sorted((t["text"], t["type"], t["value"]) for t in d["times"])
        assert got == sorted((t["surface"], t["type"], t["value"]) for t in b["times"])
