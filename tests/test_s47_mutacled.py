"""Session 47 (s47-mutacled): tests for mutants of the short functions `events/acled.py: _assault` and `_coerce`
were split into (s47-splitpl) that the older acled test files did not kill. Sentences written for these tests;
none is in any gold file. Tests only: no behaviour changed."""

from test_events_acled_notes import NONE, ev, sub

from newsgraph.events import acled

OTHER = ("Strategic developments", "Other")


def other_measure(s, trig, mode):
    e = ev("COERCE", mode, trig, s)
    return acled._other_measure(e, s, acled._Sides(e, NONE))


def test_a_restriction_is_judged_without_the_clause_it_answers():
    # the riot is why the rules were made, not what they restrict: a parking rule is no development of disorder
    s = "The council imposed new parking rules after a riot in the square."
    assert other_measure(s, "imposed", "restrict") == acled._NO_EVENT
    assert sub(ev("COERCE", "restrict", "imposed", s)) is None
    # a measure of another mode is read on its whole sentence, the riot included
    assert other_measure(s, "imposed", None) == OTHER
    assert sub(ev("COERCE", None, "imposed", s)) == "Other"


def test_a_raid_is_told_by_its_first_word_in_any_case():
    assert acled._is_raid("Raided") and acled._is_raid("raids") and acled._is_raid("RAID")
    assert not acled._is_raid("stormed") and not acled._is_raid("a raid")
