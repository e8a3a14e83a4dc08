"""PETRARCH discard lists and issue dictionaries (events/petrarch_lists.py): the reader, its errors
naming file and line, and the matching (their effect on documents: test_events_discards_pipeline.py)."""

import pytest

from newsgraph.errors import DictionaryError, InputError
from newsgraph.events.petrarch_lists import _expand, load_discards, load_issues


def _file(tmp_path, name, body):
    f = tmp_path / name
    f.write_text(body, encoding="utf-8")
    return str(f)


# --- discards: reader -----------------------------------------------------------------------------

def test_discard_lines(tmp_path):
    d = load_discards((_file(tmp_path, "d.txt", "# a comment\n\n+WORLD CUP   # story\nGROUP A_\nchampion\n"),))
    assert [(e.words, e.story, e.whole, e.written) for e in d.entries] == [
        (("WORLD", "CUP"), True, False, "+WORLD CUP"), (("GROUP", "A"), False, True, "GROUP A_"),
        (("CHAMPION",), False, False, "champion")]


@pytest.mark.parametrize("body, line, reason", [
    ("BOXING\n+\n", 2, "no phrase"),
    ("BOXING\nCHESS [---]\n", 2, "cannot hold '['"),
    ("&SPORT_\n", 1, "cannot hold '&'"),
    ("--- PLAY ---\n", 1, "cannot hold '-'"),
    ("GOLF_CLUB\n", 1, "'_' may only end a phrase"),
    ("TENNIS\nPOLO {POLOS}\n", 2, "cannot hold '{'"),
])
def test_malformed_discard_lines_name_file_and_line(tmp_path, body, line, reason):
    path = _file(tmp_path, "bad.txt", body)
    with pytest.raises(DictionaryError) as exc:
        load_discards((path,))
    assert f"bad.txt:{line}:" in str(exc.value) and reason in str(exc.value)


def test_discard_list_names(tmp_path):
    assert len(load_discards()) == len(load_discards(("builtin",))) > 300  # the Phoenix list by default
    assert len(load_discards(("none",))) == 0
    mine = _file(tmp_path, "d.txt", "CURLING\n")
    assert [e.written for e in load_discards((mine,)).entries] == ["CURLING"]  # replaces the built-in list
    assert len(load_discards(("builtin", mine))) == len(load_discards()) + 1
    assert [e.written for e in load_discards(("none", mine)).entries] == ["CURLING"]
    with pytest.raises(InputError, match="nope.txt: discard list not found"):
        load_discards(("nope.txt",))


def test_builtin_discards_leave_chronology_years_to_the_dates(tmp_path):
    written = {e.written for e in load_discards().entries}
    assert {"+WORLD CUP", "BIRD FLU", "GROUP A_"} <= written
    assert not written & {"1991", "2003", "YEARS AGO"}


# --- discards: matching ---------------------------------------------------------------------------

@pytest.fixture
def small_list(tmp_path):  # function scope: each test loads it (mutation testing sees every use)
    return load_discards((_file(tmp_path, "d.txt", "+WORLD CUP\nGROUP A_\nCHAMPION\nBIRD FLU\n"),))


def _found(lst, text):
    return [(e.written, text[a:b]) for e, a, b in lst.find(text)]


def test_discard_matching(small_list):
    assert _found(small_list, "Brazil won the world cup.") == [("+WORLD CUP", "world cup")]  # any case
    assert _found(small_list, "The championship opened.") == [("CHAMPION", "champion")]  # the last word a stem
    assert _found(small_list, "He championed reform.") == [("CHAMPION", "champion")]
    assert _found(small_list, "Spain tops Group A, the draw says.") == [("GROUP A_", "Group A")]
    assert _found(small_list, "(Bird flu) spread.") == [("BIRD FLU", "Bird flu")]
    assert _found(small_list, "The Group Alpha met.") == []  # `_`: the word must end there
    assert _found(small_list, "A co-champion won.") == []  # phrases start at a word's start
    assert _found(small_list, "The world, cup in hand, cheered.") == []  # punctuation inside breaks a phrase
    assert _found(small_list, "The World\n  Cup.") == [("+WORLD CUP", "World\n  Cup")]  # any blanks between words
    # a letter whose capital is longer ("ß" -> "SS") does not shift the offsets
    assert _found(small_list, "Die Straße: the champion.") == [("CHAMPION", "champion")]
    # text order, story and sentence entries mixed
    assert _found(small_list, "Bird flu at the World Cup, champions say.") == [
        ("BIRD FLU", "Bird flu"), ("+WORLD CUP", "World Cup"), ("CHAMPION", "champion")]


def test_a_stem_entry_subsumes_the_whole_one(tmp_path):
    for body in ("CHAMPION_\nCHAMPION\n", "CHAMPION\nCHAMPION_\n"):
        lst = load_discards((_file(tmp_path, "d.txt", body),))
        assert [(s, e) for _, s, e in lst.find("The championship.")] == [(4, 12)]


def test_one_phrase_as_story_and_sentence_discard(tmp_path):
    lst = load_discards((_file(tmp_path, "d.txt", "MANCHESTER UNITED\n+Manchester United\n"),))
    assert sorted(e.written for e, _, _ in lst.find("Manchester United won.")) == ["+Manchester United",
                                                                                  "MANCHESTER UNITED"]


# --- issues: reader -------------------------------------------------------------------------------

def test_issue_expansions():
    assert _expand("n:journalist") == ["JOURNALIST", "JOURNALISTS"]
    assert _expand("n:militia") == ["MILITIA", "MILITIAS"]
    assert _expand("n:party") == ["PARTY", "PARTIES"]
    assert _expand("v:massacre") == ["MASSACRE", "MASSACRES", "MASSACRED", "MASSACRING"]
    assert _expand("ethnic v:purge") == ["ETHNIC PURGE", "ETHNIC PURGES", "ETHNIC PURGED", "ETHNIC PURGING"]
    assert _expand("v:kidnap") == ["KIDNAP", "KIDNAPS", "KIDNAPED", "KIDNAPING"]  # regular forms only, as PETRARCH
    assert sorted(_expand("pre+n:school")) == ["PRE SCHOOL", "PRE SCHOOLS", "PRE-SCHOOL", "PRE-SCHOOLS"]
    assert sorted(_expand("a+b+c")) == ["A B C", "A B-C", "A-B C", "A-B-C"]
    assert sorted(_expand("n:a n:b")) == ["A B", "A BS", "AS B", "AS BS"]


@pytest.mark.parametrize("body, line, reason", [
    ("oil [OIL]\n[OIL] tanker\n", 2, "expected PHRASE [CODE]"),
    ("oil [OIL\n", 1, "expected PHRASE [CODE]"),
    ("<ISSUE CATEGORY=\"X\">\noil [OIL]\n", 2, "not closed"),
    ("<ISSUE CATEGORY=\"X\">\n<ISSUE CATEGORY=\"Y\">\n", 2, "inside another section"),
    ("<TOPIC>\n", 1, "is not <ISSUE"),
    ("~\n", 1, "an exclusion is"),
    ("~olive oil [OIL]\n", 1, "an exclusion is"),
    ("x:oil [OIL]\n", 1, "unknown expansion 'x:'"),
    ("crude Q:oil [OIL]\n", 1, "unknown expansion 'Q:'"),
])
def test_malformed_issue_lines_name_file_and_line(tmp_path, body, line, reason):
    path = _file(tmp_path, "issues.txt", body)
    with pytest.raises(DictionaryError) as exc:
        load_issues((path,))
    assert f"issues.txt:{line}:" in str(exc.value) and reason in str(exc.value)


def test_no_issue_dictionary_by_default():
    assert load_issues() is None and load_issues(("none",)) is None
    assert len(load_issues(("builtin",))) > 4000


ISSUES = """<ISSUE CATEGORY="ENERGY" TYPE="ALL">
oil [OIL]
crude oil [OIL]
light sweet crude [OIL]
n:refinery [OIL]
~oil painting
</ISSUE>
<ISSUE CATEGORY="CRIME" TYPE="ALL">
n:smuggler [SMUGGLING]
~~fiction
</ISSUE>
<ISSUE CATEGORY="EDUCATION">
n:student [STUDENTS]
</ISSUE>
"""


@pytest.fixture
def issues(tmp_path):
    return load_issues((_file(tmp_path, "i.txt", ISSUES),))


def test_issue_codes_count_the_phrases_found(issues):
    assert issues.codes("Crude oil prices rose.") == [("OIL", 2)]  # "oil" and "crude oil", as PETRARCH counts
    assert issues.codes("Refineries and students.") == [("OIL", 1), ("STUDENTS", 1)]
    assert issues.codes("The oil, the oil.") == [("OIL", 1)]  # a phrase counts once
    assert issues.codes("Smugglers were caught.") == [("SMUGGLING", 1)]
    assert issues.codes("Boiling water.") == []  # whole words
    assert issues.codes("(Crude oil) rose.") == [("OIL", 2)]  # punctuation around a phrase
    assert issues.codes("Crude, oil rose.") == [("OIL", 1)]  # punctuation inside breaks it
    assert issues.codes("Crude (oil rose.") == [("OIL", 1)]
    assert issues.codes("CRUDE OIL") == [("OIL", 2)]  # at the end, any case
    assert issues.codes("Light sweet crude fell.") == [("OIL", 1)]
    assert issues.codes("Light (sweet crude fell.") == [] and issues.codes("Light sweet, crude fell.") == []


def test_each_files_sections_are_its_own(tmp_path):
    a = _file(tmp_path, "a.txt", '<ISSUE CATEGORY="A">\noil [OIL]\n~olive oil\n</ISSUE>\n')
    b = _file(tmp_path, "b.txt", '<ISSUE CATEGORY="B">\nn:olive [OLIVES]\n</ISSUE>\n')
    both = load_issues((a, b))
    assert both.codes("Olive oil prices rose.") == [("OLIVES", 1)]  # a's exclusion shuts a's section only
    assert both.codes("Oil prices rose.") == [("OIL", 1)]
    assert load_issues(("none", b)).codes("Olives.") == [("OLIVES", 1)]


def test_issue_exclusions_shut_their_own_section(issues):
    # ~ in the sentence: its section's codes go for that sentence, other sections' stay
    assert issues.codes("An oil painting of smugglers and students.") == [("SMUGGLING", 1), ("STUDENTS", 1)]
    # ~~ anywhere in the story: its section's codes go for the whole story
    assert issues.story_exclusions(["An oil painting.", "Smugglers were caught."]) == set()  # ~ is not ~~
    shut = issues.story_exclusions(["A work of fiction.", "Smugglers were caught."])
    assert issues.codes("A work of fiction about smugglers.") == [] and len(shut) == 1
    assert issues.codes("Smugglers were caught.", shut) == []
    assert issues.codes("Students protested.", shut) == [("STUDENTS", 1)]
    assert issues.codes("Oil smugglers.", shut) == [("OIL", 1)]
