"""Session 34 (s34-anchor): the direction of a weekday, month or date in the infinitive of a verb of hoping, wanting,
expecting or intending (docs/accuracy.md "Session 34, s34-anchor"; scripts/timex_own_sets/s34_backshift.tsv, labelled
from the TimeML guidelines before any run).

- Under a past reporting verb ("said she hoped to sign the deal on Friday") the attitude verb is in the past only by
  the sequence of tenses: it reports "I hope", so the infinitive it governs is still ahead, as after "said it would"
  (`times._backshifted_attitude`). In plain narration ("rescuers hoped to reach the village on Friday"), in the
  pluperfect ("had intended"), or under a present reporting verb ("says she hoped") the hope was then: the past.
- The small model's lemmatizer makes "hop" of "hopes", "hoped" and "hoping", so FUTURE_HEADS' "hope" never matched
  and "hopes to sign the deal in September", told on Oct. 2, was read as the September just gone (`times._lemma`).

Own sentences, none from an evaluation corpus. On 210b9b62's code every case of the two "ahead" tests fails; the
negatives pass there too and pin what stays."""

import pytest

from stageutil import checked

WED = "2026-03-11"  # a Wednesday: last Friday 03-06, next Friday 03-13
OCT = "2026-10-02"  # a Friday in October: the September just gone is 2026-09, the next one 2027-09


@pytest.fixture(scope="module")
def times(pipeline):
    def run(text, published):
        return [(t.text, t.value) for t in checked(pipeline, text, published=published).times]
    return run


@pytest.mark.parametrize("text, published, expected", [
    ("The minister said she hoped to sign the accord on Friday.", WED, ("Friday", "2026-03-13")),
    ("The bank said it wished to settle the case on Friday.", WED, ("Friday", "2026-03-13")),
    ("Investors said they expected to hear from the board on Monday.", WED, ("Monday", "2026-03-16")),
    ("The coach told reporters that he wanted to field a full side on Sunday.", WED, ("Sunday", "2026-03-15")),
    ("The carrier announced that it intended to resume flights on Saturday.", WED, ("Saturday", "2026-03-14")),
    ("The regulator said it aimed to publish the rules on Thursday.", WED, ("Thursday", "2026-03-12")),
    ("The developer said it hoped to open the tower in September.", OCT, ("September", "2027-09")),
])
def test_a_backshifted_hope_under_a_past_report_looks_ahead(times, text, published, expected):
    assert times(text, published) == [expected]


@pytest.mark.parametrize("text, published, expected", [
    ("The minister hopes to sign the accord in September.", OCT, ("September", "2027-09")),
    ("The minister is hoping to sign the accord in September.", OCT, ("September", "2027-09")),
    ("The minister hopes to sign the accord on Sept. 30.", OCT, ("Sept. 30", "2027-09-30")),
])
def test_hopes_and_hoping_look_ahead_despite_the_lemmatizer(times, text, published, expected):
    assert times(text, published) == [expected]


@pytest.mark.parametrize("text, published, expected", [
    # plain narration: the hope was then
    ("Rescuers hoped to reach the village on Friday, but the road was cut.", WED, [("Friday", "2026-03-06")]),
    ("The club expected to win the cup in September and lost.", OCT, [("September", "2026-09")]),
    # the pluperfect: a plan overtaken
    ("The bank said it had intended to settle the case on Friday.", WED, [("Friday", "2026-03-06")]),
    # a present report of a past hope
    ("The minister says she hoped to sign the accord on Friday.", WED, [("Friday", "2026-03-06")]),
    # the day of the report, not of the hope's object
    ("She said on Friday that she hoped for calm.", WED, [("Friday", "2026-03-06")]),
    # a verb of saying with no attitude verb between keeps its tense
    ("The army said it shelled the depot on Friday.", WED, [("Friday", "2026-03-06")]),
])
def test_the_same_verbs_told_as_past_stay_past(times, text, published, expected):
    assert times(text, published) == expected
