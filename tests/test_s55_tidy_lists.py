"""Session 55, s55-tidy: each --issues file is read once a process, as each --discards file already was (one cache
keyed by the list's kind, its name and its file's (modification time, size)). Dictionaries invented for the tests."""

from __future__ import annotations

import os

import pytest

from newsgraph.errors import DictionaryError, InputError
from newsgraph.events import petrarch_lists as pl

FIRST = '<ISSUE CATEGORY="FARMING">\nn:tractor [FARM]\n~toy tractor\n</ISSUE>\nharvest [FARM] [CROP]\n'
SECOND = '<ISSUE CATEGORY="WEATHER">\nn:hailstorm [HAIL]\n~~fiction\n</ISSUE>\nsleet\n'


def _write(tmp_path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


@pytest.fixture
def reads(monkeypatch):
    """The names each list file is read under, in order (a counting reader around the real one)."""
    pl._read_list_file.cache_clear()  # what earlier tests of the process read is not this test's
    got: list[str] = []
    real = pl._read
    monkeypatch.setattr(pl, "_read", lambda path, name, what: got.append(name) or real(path, name, what))
    return got


def test_check_then_load_reads_each_issue_file_once(tmp_path, reads):
    a, b = _write(tmp_path, "a.issues", FIRST), _write(tmp_path, "b.issues", SECOND)
    warnings = pl.check_lists((), (a, b))
    assert warnings == [f"{a}:5: text after the code ignored: read as 'harvest [FARM]', as PETRARCH reads it",
                        f"{b}:5: issue phrase 'sleet' has no [CODE]: skipped, as PETRARCH skips it"]
    both, notes = pl.read_issues((a, b))
    assert notes == warnings  # the notes come back with the cached reading, each file's in order
    assert sorted(reads) == sorted([a, b])
    assert pl.load_issues((b, a)) is not None and len(reads) == 2
    assert both.codes("Tractors and hailstorms at the harvest.") == [("FARM", 2), ("HAIL", 1)]


def test_a_cached_file_keeps_its_place_among_the_others(tmp_path, reads):
    # read alone first (as check_lists does), the file's phrases are numbered and sectioned after the file before it
    a, b = _write(tmp_path, "a.issues", FIRST), _write(tmp_path, "b.issues", SECOND)
    pl.read_issues((b,))
    both = pl.load_issues((a, b))
    assert [(f.words, f.code, f.order, f.section, f.story) for f in both.forms] == [
        (("TRACTOR",), "FARM", 0, 1, False), (("TRACTORS",), "FARM", 1, 1, False),
        (("TOY", "TRACTOR"), None, 2, 1, False), (("HARVEST",), "FARM", 3, 2, False),
        (("HAILSTORM",), "HAIL", 4, 4, False), (("HAILSTORMS",), "HAIL", 5, 4, False),
        (("FICTION",), None, 6, 4, True)]
    assert both.codes("A toy tractor and a hailstorm.") == [("HAIL", 1)]  # a's ~ shuts a's section only
    assert both.codes("A hailstorm in fiction.", both.story_exclusions(["It is fiction."])) == []
    assert len(reads) == 2


def test_a_changed_issue_file_is_read_again(tmp_path, reads):
    a = _write(tmp_path, "a.issues", "drought [DRY]\n")
    assert pl.load_issues((a,)).codes("A drought.") == [("DRY", 1)]
    stamp = os.stat(a)
    _write(tmp_path, "a.issues", "drought [ARID]\nflood [WET]\n")
    os.utime(a, ns=(stamp.st_atime_ns, stamp.st_mtime_ns + 1_000_000))  # a new stamp even on a coarse clock
    assert pl.load_issues((a,)).codes("A drought and a flood.") == [("ARID", 1), ("WET", 1)]
    assert len(reads) == 2


def test_discard_and_issue_readings_of_one_file_are_kept_apart(tmp_path, reads):
    # one cache serves both kinds: the same file named by --discards and by --issues is read as each
    both = _write(tmp_path, "both.txt", "HOROSCOPE\n")
    assert [e.written for e in pl.load_discards((both,)).entries] == ["HOROSCOPE"]
    assert pl.read_issues((both,)) == (None, [f"{both}:1: issue phrase 'HOROSCOPE' has no [CODE]: skipped, "
                                              "as PETRARCH skips it"])
    assert reads == [both, both]


def test_the_builtin_issue_list_is_read_once_and_named_as_its_file(reads):
    first = pl.load_issues(("builtin",))
    assert len(pl.load_issues(("builtin",))) == len(first) > 4000
    assert reads == ["builtin"]


def test_a_bad_issue_file_is_refused_every_time_it_is_loaded(tmp_path):
    bad = _write(tmp_path, "bad.issues", '<ISSUE CATEGORY="X">\noil [OIL]\n')
    for _ in range(2):  # an error is not a reading to keep
        with pytest.raises(DictionaryError, match="bad.issues:2: an <ISSUE ...> section is not closed"):
            pl.check_lists((), (bad,))
    with pytest.raises(InputError, match="nowhere.issues: issue dictionary not found"):
        pl.load_issues((str(tmp_path / "nowhere.issues"),))


def test_a_built_in_list_is_stamped_and_named_by_its_own_file(tmp_path, monkeypatch, reads):
    # (the package's files do not change in a process; stand-ins show each built-in list is stamped by its own file
    # and a note on the built-in issue dictionary names its path, not the word `builtin`)
    discards, issues = tmp_path / "discards.txt", tmp_path / "issues.txt"
    discards.write_text("CROSSWORD\n", encoding="utf-8")
    issues.write_text("drought [DRY]\nsleet\n", encoding="utf-8")
    monkeypatch.setattr(pl, "BUILTIN_DISCARDS", discards)
    monkeypatch.setattr(pl, "BUILTIN_ISSUES", issues)
    assert [e.written for e in pl.load_discards(("builtin",)).entries] == ["CROSSWORD"]
    stamp = os.stat(discards)
    discards.write_text("CROSSWORD\nSUDOKU\n", encoding="utf-8")
    os.utime(discards, ns=(stamp.st_atime_ns, stamp.st_mtime_ns + 1_000_000))
    assert [e.written for e in pl.load_discards(("builtin",)).entries] == ["CROSSWORD", "SUDOKU"]
    assert pl.read_issues(("builtin",))[1] == [f"{issues}:2: issue phrase 'sleet' has no [CODE]: skipped, "
                                              "as PETRARCH skips it"]
    assert reads == ["builtin"] * 3
