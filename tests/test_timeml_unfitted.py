"""The unfitted TimeML set (gold/timeml_unfitted) and the script that writes it from the hand annotation."""

import importlib.util
from pathlib import Path

import pytest

from conftest import SHARED
from newsgraph.evaluate import timeml

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "gold" / "timeml_unfitted"
TEXTS = SHARED / "data" / "polnear" / "train" / "text"


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


def test_the_repository_keeps_no_article_text():
    """The articles are PolNeAR's (../shared): only the annotation is the project's."""
    assert not list(GOLD.rglob("*.tml"))
    assert sorted(p.relative_to(GOLD).as_posix() for p in GOLD.rglob("annotations.txt")) == [
        "annotations.txt", "batch2/annotations.txt"]


@pytest.mark.skipif(not TEXTS.exists(), reason="shared PolNeAR train text absent")
@pytest.mark.parametrize("sub, n", [("", 40), ("batch2", 20)])
def test_built_files_match_the_annotation(tmp_path_factory, sub, n):
    """Every annotated expression is found in its article and lands in its built .tml file with its surface,
    type and value; batch2 is built into its own sub-folder."""
    s = _script()
    out = tmp_path_factory.getbasetemp() / "timeml_unfitted"
    if not out.exists():
        assert s.build(TEXTS, out, GOLD) == 60
    folder = out / sub if sub else out
    blocks = s.parse_annotations((GOLD / sub if sub else GOLD) / "annotations.txt")
    docs = {d["id"]: d for d in timeml.load_gold(str(folder)) if d["corpus"] == folder.name}
    assert len(blocks) == len(docs) == n
    for b in blocks:
        d = docs[b["name"]]
        assert d["dct"] == b["dct"]
        got = sorted((t["text"], t["type"], t["value"]) for t in d["times"])
        assert got == sorted((t["surface"], t["type"], t["value"]) for t in b["times"])


GOLD2 = ROOT / "gold" / "timeml_unfitted_2"


def test_the_second_set_keeps_no_article_text_either():
    """gold/timeml_unfitted_2 (session 43): annotation and README only, like the first set."""
    assert sorted(p.name for p in GOLD2.iterdir()) == ["README.md", "annotations.txt"]


@pytest.mark.skipif(not TEXTS.exists(), reason="shared PolNeAR train text absent")
def test_the_second_set_builds_and_matches_its_annotation(tmp_path):
    """Its 24 articles (sha1 positions 61-84, none of the first set's) build with every expression found."""
    s = _script()
    assert s.build(TEXTS, tmp_path, GOLD2) == 24
    blocks = s.parse_annotations(GOLD2 / "annotations.txt")
    first = {b["name"] for ann in GOLD.rglob("annotations.txt") for b in s.parse_annotations(ann)}
    assert not first & {b["name"] for b in blocks}
    docs = {d["id"]: d for d in timeml.load_gold(str(tmp_path))}
    assert len(docs) == 24 and sum(len(d["times"]) for d in docs.values()) == 91
    for b in blocks:
        got = sorted((t["text"], t["type"], t["value"]) for t in docs[b["name"]]["times"])
        assert got == sorted((t["surface"], t["type"], t["value"]) for t in b["times"])
