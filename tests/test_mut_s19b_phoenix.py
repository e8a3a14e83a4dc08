"""Session 19 (s19b-mut): the edges of actors/phoenix.py's `_without_acronym` (s19's new function;
docs/testing.md, "Session 19, s19b-mut"): which bracket is the name's own initials. Our own phrases."""

import pytest

from newsgraph.actors.phoenix_table import _without_acronym


@pytest.mark.parametrize("phrase, bare", [
    ("ku klux klan (kkk)", "ku klux klan"),
    ("jaish-e-mohammad (jem)", "jaish-e-mohammad"),  # hyphens part the words
    ("democratic union (du)", "democratic union"),  # two letters are enough
    ("people's liberation army (p-l-a)", "people's liberation army"),  # hyphens in the bracket are dropped
    # the last bracket is the acronym, an earlier one part of the name
    ("korea (north) people's army (kpa)", "korea (north) people's army"),
])
def test_an_acronym_in_brackets_is_dropped(phrase, bare):
    assert _without_acronym(phrase) == bare


@pytest.mark.parametrize("phrase", [
    "hamas",  # no bracket
    "liberation front (lfl",  # a bracket left open
    "liberation front lf)",  # no opening bracket
    "korea (north)",  # a qualifier
    "national liberation army (colombia)",
    "workers party (kp)",  # not the name's first initial
    "sudan (sd)",  # letters beyond the name's words
    "alliance 2000 (a2)",  # not letters
    "unity party (u)",  # one letter
])
def test_other_brackets_stay(phrase):
    assert _without_acronym(phrase) is None


def test_the_dictionary_read_afresh_lists_the_bare_name_with_its_entry():
    # entries() comes from the disk cache, so _read's own lines (the bare name added) are read here
    from newsgraph.actors import phoenix_table

    got = phoenix_table._read()
    assert got["ku klux klan"] is got["ku klux klan (kkk)"]
    assert got["ku klux klan"].code_at(None) == "USAREB"
    assert None not in got
