"""Session 54, s54-tidy: the CAMEO/PETRARCH dictionary readers as PETRARCH2 reads the same lines."""

from __future__ import annotations

import os

import pytest

from newsgraph.actors import cameo_dict as cd


def _actors(tmp_path, text: str) -> list:
    path = tmp_path / "two_digit.actors"
    path.write_text(text, encoding="utf-8")
    return cd.parse_actors(str(path))


@pytest.mark.parametrize("yy,century", [("00", "20"), ("29", "20"), ("30", "20"), ("31", "19"), ("99", "19")])
def test_a_two_digit_year_is_20yy_up_to_30_and_19yy_after_as_petrarch2_reads_it(yy, century):
    assert cd._date("a.actors", 4, f"{yy}0615") == f"{century}{yy}0615"


def test_a_restriction_from_year_30_is_in_force_in_2030_not_in_1930(tmp_path):
    # a made-up republic whose government code starts in (20)30 and whose old code ended in (20)30 too
    entries = _actors(tmp_path, "NEW_ARCADIA_\n  [NAR]\n  [NARGOV >300101]\n  [ARCOLD <300630]\n"
                                "OLD_DOMINION_ [DOM 310101-311231]\n")
    arcadia, dominion = entries
    assert [c.after for c in arcadia.codes] == [None, "20300101", None]
    assert arcadia.codes[2].before == "20300631"
    assert arcadia.code_at("2029-12-31") == "ARCOLD"
    assert arcadia.code_at("2030-07-01") == "NARGOV"
    assert arcadia.code_at("1930-07-01") == "ARCOLD"  # before 2030-06-30: the old code (read as 1930, NARGOV)
    assert (dominion.codes[0].after, dominion.codes[0].before) == ("19310101", "19311232")
    assert dominion.code_at("1931-05-01") == "DOM"


# --- an issue dictionary's lines PETRARCH2's reader reads its own way (read_issue_list) -------------------

from pathlib import Path  # noqa: E402

from newsgraph.events import petrarch_lists as pl  # noqa: E402

PROD = Path(os.environ.get("NEWSGRAPH_SHARED", "/work/shared")) / "data/petrarch2-dicts"


def _issues(tmp_path, text: str) -> str:
    path = tmp_path / "odd.issues"
    path.write_text(text, encoding="utf-8")
    return str(path)


ODD = """<ISSUE CATEGORY="FARMING">
n:tractor [FARM]
n:harvest
</ISSUE>
</ISSUE>
n:silo [FARM]n:barn [FARM]
scythe [FARM] [FARM]
plough [FARM]  ***
"""


def test_an_issue_file_with_petrarchs_odd_lines_loads_with_a_note_for_each(tmp_path):
    path = _issues(tmp_path, ODD)
    issues, notes = pl.read_issues((path,))
    assert notes == [
        f"{path}:3: issue phrase 'n:harvest' has no [CODE]: skipped, as PETRARCH skips it",
        f"{path}:5: </ISSUE> closes no <ISSUE ...> section: ignored, as PETRARCH ignores it",
        f"{path}:6: text after the code ignored: read as 'n:silo [FARM]', as PETRARCH reads it",
        f"{path}:7: text after the code ignored: read as 'scythe [FARM]', as PETRARCH reads it",
        f"{path}:8: text after the code ignored: read as 'plough [FARM]', as PETRARCH reads it"]
    assert sorted(" ".join(f.words) for f in issues.forms) == [
        "PLOUGH", "SCYTHE", "SILO", "SILOS", "TRACTOR", "TRACTORS"]  # no harvest, no barn (after silo's code)
    assert {f.section for f in issues.forms if f.words[0].startswith("TRACTOR")} == {1}
    assert {f.section for f in issues.forms if not f.words[0].startswith("TRACTOR")} == {2}  # the stray tag opened nothing
    assert pl.load_issues((path,)).forms == issues.forms
    assert pl.check_lists((), (path,)) == notes  # the warnings before any work


def test_a_code_less_file_is_empty_and_says_so_and_why(tmp_path):
    path = _issues(tmp_path, "n:harvest\n")
    assert pl.read_issues((path,)) == (None, [f"{path}:1: issue phrase 'n:harvest' has no [CODE]: skipped, "
                                              "as PETRARCH skips it"])
    assert pl.check_lists((), (path,))[0] == f"{path}: no phrase in this issue dictionary (empty, or comments only)"


def test_a_well_formed_issue_file_has_no_note(tmp_path):
    path = _issues(tmp_path, '<ISSUE CATEGORY="FARMING">\nn:tractor [FARM]\n~toy tractor\n</ISSUE>\n')
    issues, notes = pl.read_issues((path,))
    assert notes == [] and len(issues) == 3


@pytest.mark.skipif(not PROD.exists(), reason="shared PETRARCH2 dictionaries not present")
def test_the_raw_phoenix_issue_file_loads_as_petrarch2_reads_it():
    path = str(PROD / "Phoenix.IssueCoding.txt")
    issues, notes = pl.read_issues((path,))
    assert len(notes) == 18 and all(n.startswith(f"{path}:") for n in notes)
    assert sum("has no [CODE]" in n for n in notes) == 13 and sum("text after the code" in n for n in notes) == 4
    builtin = pl.load_issues(("builtin",))
    # the converted table keeps both of two glued entries where PETRARCH2 reads the first: two forms more
    assert len(builtin) - len(issues) == 2


# --- the notes of a reading come back with its entries (no module-level record keyed by path) -----------

def test_each_reading_returns_its_own_notes_and_check_gives_them_in_file_order(tmp_path):
    actors = tmp_path / "n.actors"
    actors.write_text("ARNOR_ [ARN]\n\t[ARNGOV 9008223-911221]\n", encoding="utf-8")
    agents = tmp_path / "n.agents"
    agents.write_text("ELF_WARDEN [~MIL}\n", encoding="utf-8")
    entries, notes = cd.read_actors(str(actors))
    assert len(entries) == 1 and notes == [f"{actors}:2: date '9008223' read as '900822', as PETRARCH reads it "
                                           "(up to 7 digits: YYMMDD, else YYYYMMDD)"]
    assert cd.read_actors(str(actors))[1] == notes  # a second reading: the same notes, not twice as many
    assert cd.check((str(actors),), (str(agents),)) == notes + [
        f"{agents}:1: code block closed by '}}': read as '[~MIL]'"]
    assert not hasattr(cd, "_READINGS")
    actors.write_text("ARNOR_ [ARN]\n", encoding="utf-8")
    assert cd.read_actors(str(actors))[1] == []  # the file mended: nothing left over from the first reading


def test_a_code_block_read_alone_keeps_notes_only_when_asked():
    notes: list[str] = []
    assert cd._parse_code("z.actors", 9, "ZZ 9008223-911221", notes) == cd.DatedCode("ZZ", after="19900822",
                                                                                      before="19911222")
    assert notes == ["z.actors:9: date '9008223' read as '900822', as PETRARCH reads it "
                     "(up to 7 digits: YYMMDD, else YYYYMMDD)"]
    assert cd.irregular_block("ZZ 9008223-911221", "z.actors") == notes[0].replace(":9:", ":0:")


# --- each --discards file is read once a process: check_lists first, the events stage after -----------

def test_check_then_load_reads_each_discard_file_once(tmp_path, monkeypatch):
    a, b = tmp_path / "a.discards", tmp_path / "b.discards"
    a.write_text("FOOTBALL\n+CROSSWORD_\n", encoding="utf-8")
    b.write_text("HOROSCOPE\n", encoding="utf-8")
    reads = []
    real = pl._read
    monkeypatch.setattr(pl, "_read", lambda path, name, what: reads.append(name) or real(path, name, what))
    assert pl.check_lists((str(a), str(b))) == []
    together = pl.load_discards((str(a), str(b)))
    assert sorted(reads) == sorted([str(a), str(b)])
    assert [e.written for e in together.entries] == ["FOOTBALL", "+CROSSWORD_", "HOROSCOPE"]
    assert [e.written for e in pl.load_discards((str(b), str(a))).entries] == ["HOROSCOPE", "FOOTBALL", "+CROSSWORD_"]
    a.write_text("FOOTBALL\nCRICKET\n", encoding="utf-8")  # changed: read again, not the first reading kept
    assert [e.written for e in pl.load_discards((str(a),)).entries] == ["FOOTBALL", "CRICKET"]
    assert len(reads) == 3


def test_a_missing_discard_file_is_still_said_to_be_missing(tmp_path):
    from newsgraph.errors import InputError

    with pytest.raises(InputError, match="nowhere.txt: discard list not found"):
        pl.load_discards((str(tmp_path / "nowhere.txt"),))
    assert len(pl.load_discards(("builtin",))) == len(pl.load_discards(())) > 300
    assert len(pl.load_discards(("none",))) == 0


def test_irregular_block_says_why_or_nothing():
    assert cd.irregular_block("ZZ", "z.actors") is None
    assert cd.irregular_block("ZZ 2011x", "z.actors") == ("z.actors:0: bad date restriction '2011x' "
                                                          "(expected <DATE, >DATE or DATE - DATE)")


def test_every_code_block_of_a_line_keeps_its_notes(tmp_path):
    """An odd date on an entry line, on a synonym line and at a range's end is noted as one on a code line is."""
    actors = tmp_path / "lines.actors"
    actors.write_text("ARNOR_ [ARN >9008223]\n+NORTH_KINGDOM_ [ARNGOV <9112213]\n"
                      "GONDOR_ [GON 900101-9112213]\n", encoding="utf-8")
    (arnor, gondor), notes = cd.read_actors(str(actors))
    odd = "as PETRARCH reads it (up to 7 digits: YYMMDD, else YYYYMMDD)"
    assert notes == [f"{actors}:1: date '9008223' read as '900822', {odd}",
                     f"{actors}:2: date '9112213' read as '911221', {odd}",
                     f"{actors}:3: date '9112213' read as '911221', {odd}"]
    assert gondor.codes == [cd.DatedCode("GON", after="19900101", before="19911222")]


# --- the survivors of the mutation run on the issue and discard readers (docs/testing.md, session 54) -------

def test_each_files_sections_are_its_own_numbered_on_from_the_last_files(tmp_path):
    a = _issues(tmp_path, "hoe [FARM]\n<ISSUE CATEGORY=\"A\">\n~toy\n</ISSUE>\n")
    b = tmp_path / "b.issues"
    b.write_text("plough [FARM]\n<ISSUE CATEGORY=\"B\">\n</ISSUE>\n<ISSUE CATEGORY=\"C\">\nscythe [FARM]\n</ISSUE>\n",
                 encoding="utf-8")
    c = tmp_path / "c.issues"
    c.write_text("~~fiction\n", encoding="utf-8")
    issues, _ = pl.read_issues((a, str(b), str(c)))
    sections = {" ".join(f.words): f.section for f in issues.forms}
    # a: outside 0, its section 1, then 2 after it closes (3 numbers); b: from 3 on; c: from 3 + 5 on
    assert sections == {"HOE": 0, "TOY": 1, "PLOUGH": 3, "SCYTHE": 6, "FICTION": 8}
    assert issues.codes("a toy hoe") == [("FARM", 1)]  # the exclusion shuts its own section, not the line above it
    assert issues.codes("a toy plough") == [("FARM", 1)]
    after_no_tag, _ = pl.read_issues((str(c), a))  # a file with no tag still takes a number
    assert {" ".join(f.words): f.section for f in after_no_tag.forms} == {"FICTION": 0, "HOE": 1, "TOY": 2}
    assert pl.read_issues(("builtin",))[1] == []  # the shipped table is clean: its name is never written


@pytest.mark.parametrize("body, line, message", [
    ('<ISSUE CATEGORY="X">\n<ISSUE CATEGORY="Y">\n', 2, "<ISSUE ...> inside another section (close it with </ISSUE>)"),
    ('<ISSUE CATEGORY="X">\noil [OIL]\n', 2, "an <ISSUE ...> section is not closed with </ISSUE>"),
    ("~oil [\n", 1, "'~oil [': an exclusion is '~' or '~~' and a phrase, with no code"),
    ("~oil ]\n", 1, "'~oil ]': an exclusion is '~' or '~~' and a phrase, with no code"),
])
def test_a_malformed_issue_line_is_said_in_these_words(tmp_path, body, line, message):
    from newsgraph.errors import DictionaryError

    path = _issues(tmp_path, body)
    with pytest.raises(DictionaryError) as err:
        pl.read_issues((path,))
    assert str(err.value) == f"{path}:{line}: {message}"


def test_a_comment_starts_at_the_first_hash_and_an_exclusion_keeps_its_first_letters(tmp_path):
    path = _issues(tmp_path, "oil [OIL] # crude # light\n~Xylene spill\n")
    issues, notes = pl.read_issues((path,))
    assert notes == [] and [" ".join(f.words) for f in issues.forms] == ["OIL", "XYLENE SPILL"]


def test_notes_name_the_issue_file_as_the_user_wrote_it(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "odd.issues").write_text("oil\nfuel [FUEL]\n", encoding="utf-8")
    written = f"{tmp_path}/sub/./odd.issues"
    assert pl.read_issues((written,))[1] == [f"{written}:1: issue phrase 'oil' has no [CODE]: skipped, as PETRARCH "
                                             "skips it"]


def test_the_built_in_discard_list_is_stamped_as_a_file_is():
    # (session 55: the stamp is taken of the list's path, which `_path` gives for each kind of list)
    assert pl._path(pl.DISCARDS, "builtin") == pl.BUILTIN_DISCARDS and pl._path(pl.ISSUES, "builtin") == pl.BUILTIN_ISSUES
    assert pl._stamp(pl._path(pl.DISCARDS, "builtin")) == pl._stamp(pl.BUILTIN_DISCARDS) is not None
    assert pl._stamp(pl.BUILTIN_DISCARDS) != pl._stamp(pl.BUILTIN_ISSUES)
