"""Session 20, s20-mut: times.py's and timex.py's survivors s19-mut / s19b-mut left open (docs/testing.md,
"Session 20, s20-mut"). Our own sentences; hand-built parses (tests/test_mut_s20_syntax.py's `build`, or a
spaCy Doc given its heads, labels and entities) where only a rule's edge is under test."""

from __future__ import annotations

import datetime as dt
import itertools
from types import SimpleNamespace

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from newsgraph import times as T
from newsgraph.timex import normalize
from test_mut_s20_syntax import build
from test_times_timebank import times  # noqa: F401 (the fixture: (text, value, type) of a text's times)


# ---- _noun_clause_tense: the first verb up from a noun, told as a clause's (depth 1) tense

def _chain_to_verb(steps: int):
    """"The leader of the party of the north met": a noun `steps` links below the clause's verb (VBD)."""
    rows = [("met", "VERB", "VBD", "ROOT", 0)]
    for k in range(steps - 1):
        rows.append(("of" if k % 2 else "leader", "ADP" if k % 2 else "NOUN", "IN" if k % 2 else "NN",
                     "prep" if k % 2 else "nsubj", len(rows) - 1))
    rows.append(("north", "NOUN", "NN", "pobj", len(rows) - 1))
    return build(rows)


def test_a_noun_s_clause_verb_is_looked_for_four_steps_up():
    assert T._noun_clause_tense(_chain_to_verb(4)[-1]) == "past"
    assert T._noun_clause_tense(_chain_to_verb(5)[-1]) is None


def test_a_noun_s_clause_is_told_as_one_below_the_plan():
    # "planned a rally": the noun's clause verb is a plan with an object, read as a clause (depth 1), not the plan's date
    d = build([("Unions", "NOUN", "NNS", "nsubj", 1), ("planned", "VERB", "VBD", "ROOT", 1, "plan"),
               ("a", "DET", "DT", "det", 3), ("rally", "NOUN", "NN", "dobj", 1)])
    assert T._noun_clause_tense(d[3]) == "past"
    assert T.verb_tense(d[1]) == "future"


def test_a_noun_s_clause_climbs_two_verbs_of_bare_form():
    # "Unions voted to go and march on the capital": march (VB, conj) -> go (VB, xcomp) -> voted: two steps more
    d = build([("Unions", "NOUN", "NNS", "nsubj", 1), ("voted", "VERB", "VBD", "ROOT", 1, "vote"),
               ("go", "VERB", "VB", "xcomp", 1), ("march", "VERB", "VB", "conj", 2), ("capital", "NOUN", "NN", "dobj", 3)])
    assert T._noun_clause_tense(d[4]) == "past"


# ---- _on_a_noun_tense: a participle on a noun shares the noun's clause's time, unless it has an auxiliary

def _participle(left):
    """"Talks <left> resuming Thursday were cancelled": the participle on the subject noun, `left` a row before it."""
    return build([("Talks", "NOUN", "NNS", "nsubjpass", 4), left, ("resuming", "VERB", "VBG", "acl", 0, "resume"),
                  ("were", "AUX", "VBD", "auxpass", 4), ("cancelled", "VERB", "VBN", "ROOT", 4, "cancel")])


def test_a_participle_with_an_adverb_before_it_shares_the_clause_s_time():
    assert T._on_a_noun_tense(_participle(("still", "ADV", "RB", "advmod", 2))[2]) == "past"


def test_a_participle_with_an_auxiliary_has_no_time_from_the_noun():
    assert T._on_a_noun_tense(_participle(("having", "AUX", "VBG", "aux", 2))[2]) is None


# ---- _hangs_on and _inside_a_name, on a spaCy Doc given its parse

def _doc(words, heads, deps, ents=None):
    return Doc(Vocab(), words=words, heads=heads, deps=deps, ents=ents)


def test_an_adverb_on_the_verb_hangs_on_it():
    d = _doc(["Talks", "resume", "today"], [1, 1, 1], ["nsubj", "ROOT", "advmod"])
    assert T._hangs_on(SimpleNamespace(doc=d), 13, 18, d[1])


def test_an_object_of_no_preposition_does_not_hang_on_the_verb():
    # "until Friday" with "until" read as an adverb: the pobj's head is no prep, so Friday is not lifted to it
    d = _doc(["Talks", "resume", "until", "Friday"], [1, 1, 1, 2], ["nsubj", "ROOT", "advmod", "pobj"])
    assert not T._hangs_on(SimpleNamespace(doc=d), 19, 25, d[1])
    d = _doc(["Talks", "resume", "on", "Friday"], [1, 1, 1, 2], ["nsubj", "ROOT", "prep", "pobj"])
    assert T._hangs_on(SimpleNamespace(doc=d), 16, 22, d[1])


def _named(words, ents, weekday):
    d = _doc(words, list(range(len(words))), ["ROOT"] * len(words), ents)
    a = d.text.index(weekday)
    return T._inside_a_name(SimpleNamespace(doc=d), a, a + len(weekday))


def test_a_weekday_closing_a_name_is_inside_it():
    # "The Mail on Sunday said": the name ends on the weekday, no name word after it
    assert _named(["The", "Mail", "on", "Sunday", "said"], ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "O"], "Sunday")


def test_a_name_that_is_the_weekday_alone_is_no_longer_name():
    assert not _named(["He", "read", "Sunday", "there"], ["O", "O", "B-ORG", "O"], "Sunday")
    assert not _named(["He", "read", "Sunday"], ["O", "O", "B-ORG"], "Sunday")  # (closing the text)


def test_a_weekday_inside_a_longer_token_of_a_name():
    # the expression's extent cut inside a token ("Sunday" of "Sundays") is widened to the token
    assert _named(["The", "Lazy", "Sundays", "show"], ["O", "B-WORK_OF_ART", "I-WORK_OF_ART", "I-WORK_OF_ART"], "Sunday")


# ---- run: plural weekdays after a capitalised word are a name; elsewhere a set

def test_plural_weekdays_are_a_set(times):
    found = times("Shops in the town close early on Mondays.", "2027-03-10")
    assert ("Mondays", "XXXX-WXX-1", "SET") in found


# ---- timex: a two-digit year written out fixes the reading; the other arguments change nothing

SHORT_YEARS = ["'97", "march '97", "march 3, '97", "spring '97", "the summer of '97", "late '97", "the end of '97",
               "the third quarter of '97", "fiscal '97", "christmas '97", "mid-'97", "the first half of '97",
               "since '97", "until '97", "march 3 '97 at 10 a.m.", "the day after march 3, '97", "monday, march 3, '97"]


@pytest.mark.parametrize("text", SHORT_YEARS)
def test_a_short_year_s_reading_does_not_hang_on_tense_day_or_ref(text):
    for anchor in (None, dt.date(1998, 6, 1)):
        seen = {normalize(text, anchor, tense, day=day, ref=ref, strict=strict)
                for tense, day, ref, strict in itertools.product((None, "past", "future", "present"),
                                                                 (None, "1997-03-04"), (None, "1997-03-05", "1996"),
                                                                 (False, True))}
        assert len(seen) == 1 and None not in seen, (text, anchor, seen)
