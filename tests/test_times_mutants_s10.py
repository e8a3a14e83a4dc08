"""Session 10 (s10-mutate): tests written to kill the mutants of times.py's functions changed since
their last mutation run that no earlier test noticed. Each pins today's behaviour at its exact value;
hand-built trees keep the parser out of the way (docs/testing.md, "Session 10, s10-mutate")."""

import pytest
import spacy
from spacy.tokens import Doc

from newsgraph.nlp import Parse
from newsgraph.times import clause_tense

_VOCAB = spacy.blank("en").vocab


def _tense(tokens, phrase):
    """tokens: (word, head index, dep, tag, pos, lemma); the tense clause_tense gives `phrase`."""
    words, heads, deps, tags, pos, lemmas = zip(*tokens)
    doc = Doc(_VOCAB, words=list(words), heads=list(heads), deps=list(deps), tags=list(tags), pos=list(pos),
              lemmas=list(lemmas))
    a = doc.text.index(phrase)
    return clause_tense(Parse(doc=doc, sections=[]), a, a + len(phrase))


# "he met envoys of regions present at talks last Monday": the expression's root is 8 heads from "met"
ENVOYS = [("he", 1, "nsubj", "PRP", "PRON", "he"), ("met", 1, "ROOT", "VBD", "VERB", "meet"),
          ("envoys", 1, "dobj", "NNS", "NOUN", "envoy"), ("of", 2, "prep", "IN", "ADP", "of"),
          ("regions", 3, "pobj", "NNS", "NOUN", "region"), ("present", 4, "amod", "JJ", "ADJ", "present"),
          ("at", 5, "prep", "IN", "ADP", "at")]
AT_TALKS_LAST_MONDAY = ENVOYS + [("talks", 6, "pobj", "NNS", "NOUN", "talk"), ("last", 9, "amod", "JJ", "ADJ", "last"),
                                 ("Monday", 7, "npadvmod", "NNP", "PROPN", "Monday")]
# "... present at talks late Monday evening", with "Monday" hung on "late"
AT_TALKS_LATE_MONDAY_EVENING = ENVOYS + [("talks", 6, "pobj", "NNS", "NOUN", "talk"),
                                         ("late", 10, "advmod", "RB", "ADV", "late"),
                                         ("Monday", 8, "npadvmod", "NNP", "PROPN", "Monday"),
                                         ("evening", 7, "npadvmod", "NN", "NOUN", "evening")]
# "... present at Monday night talks", with "Monday" hung on "talks" and "night" on "Monday"
AT_MONDAY_NIGHT_TALKS = ENVOYS + [("Monday", 9, "npadvmod", "NNP", "PROPN", "Monday"),
                                  ("night", 7, "compound", "NN", "NOUN", "night"),
                                  ("talks", 6, "pobj", "NNS", "NOUN", "talk")]
# "warnings on Thursday that strikes could do harm", the time hung on the clause's verb
WARNINGS_THAT = [("Russia", 1, "nsubj", "NNP", "PROPN", "Russia"), ("issued", 1, "ROOT", "VBD", "VERB", "issue"),
                 ("warnings", 1, "dobj", "NNS", "NOUN", "warning"), ("on", 8, "prep", "IN", "ADP", "on"),
                 ("Thursday", 3, "pobj", "NNP", "PROPN", "Thursday"), ("that", 8, "mark", "IN", "SCONJ", "that"),
                 ("strikes", 8, "nsubj", "NNS", "NOUN", "strike"), ("could", 8, "aux", "MD", "AUX", "could"),
                 ("do", 2, "acl", "VB", "VERB", "do"), ("harm", 8, "dobj", "NN", "NOUN", "harm")]
# the same with a word between the time and "that"
WARNINGS_THURSDAY_NIGHT_THAT = [("Russia", 1, "nsubj", "NNP", "PROPN", "Russia"),
                                ("issued", 1, "ROOT", "VBD", "VERB", "issue"),
                                ("warnings", 1, "dobj", "NNS", "NOUN", "warning"), ("on", 9, "prep", "IN", "ADP", "on"),
                                ("Thursday", 3, "pobj", "NNP", "PROPN", "Thursday"),
                                ("night", 4, "npadvmod", "NN", "NOUN", "night"),
                                ("that", 9, "mark", "IN", "SCONJ", "that"),
                                ("strikes", 9, "nsubj", "NNS", "NOUN", "strike"),
                                ("could", 9, "aux", "MD", "AUX", "could"), ("do", 2, "acl", "VB", "VERB", "do"),
                                ("harm", 9, "dobj", "NN", "NOUN", "harm")]
# a clause with its "that" heading the sentence: no verb above it
THAT_ROOT = [("On", 4, "prep", "IN", "ADP", "on"), ("Thursday", 0, "pobj", "NNP", "PROPN", "Thursday"),
             ("that", 4, "mark", "IN", "SCONJ", "that"), ("talks", 4, "nsubj", "NNS", "NOUN", "talk"),
             ("failed", 4, "ROOT", "VBD", "VERB", "fail")]


@pytest.mark.parametrize("tokens, phrase, tense", [
    # the verb is looked for at most eight tokens up from the expression's root (itself the first)
    (AT_TALKS_LAST_MONDAY, "last Monday", "past"),  # "met" is the eighth
    (AT_TALKS_LATE_MONDAY_EVENING, "late Monday evening", "past"),  # the root is the token whose head is outside
    (AT_MONDAY_NIGHT_TALKS, "Monday night", "past"),  # ... even the token right after the expression
    (AT_MONDAY_NIGHT_TALKS, "night", None),  # "met" would be the ninth
    # a time before the "that" opening a clause belongs to the clause's head, not the clause
    (WARNINGS_THAT, "Thursday", "past"),
    (WARNINGS_THURSDAY_NIGHT_THAT, "Thursday night", "past"),
    (THAT_ROOT, "Thursday", None),
])
def test_clause_tense_reach_and_clauses_opened_by_that(tokens, phrase, tense):
    assert _tense(tokens, phrase) == tense


# --- a past perfect tells a done event: the last such period, not the next one (a bug found by
# _told_in_past's mutants 58, 59: "had met at Easter" in January was the coming Easter) ---

@pytest.mark.parametrize("text, published, value", [
    ("They had met at Easter.", "2026-01-05", "2025-04-20"),
    ("The party had held talks in November.", "2026-10-28", "2025-11"),
    ("The vote had been held in November.", "2026-10-28", "2025-11"),
    ("Talks had broken down in November.", "2026-10-28", "2025-11"),
    ("The vote was held in November.", "2026-10-28", "2025-11"),  # a past passive, as before
    # a plan told in the past perfect: its time is the plan's, ahead
    ("He had planned to travel in November.", "2026-10-28", "2026-11"),
])
def test_a_past_perfect_dates_its_event_in_the_past(pipeline, text, published, value):
    assert [t.value for t in pipeline.extract(text, published=published).times] == [value]


# --- weekday_parts False: "Friday night" as the day alone, everything else as it was ---

def test_a_weekday_with_its_part_of_day_becomes_the_day_keeping_mod_and_relative():
    from newsgraph.times import _day_alone
    from newsgraph.timex import Norm

    n = Norm("2026-05-08TNI", "part_of_day", "TIME", "APPROX", True)
    assert _day_alone("late Friday night", 0, 17, n) == Norm("2026-05-08", "day", "DATE", "APPROX", True)
    # a part of a day that names no weekday keeps its value, even with a weekday later in the text
    text = "last night, before Friday"
    m = Norm("2026-05-07TNI", "part_of_day", "TIME", None, True)
    assert _day_alone(text, 0, len("last night"), m) is m


# --- "the summit on April 24 and 25": the second day number names a day of its own ---

def test_second_days_need_a_month_before_the_day_and_look_at_every_expression():
    from newsgraph.times import _second_days
    from newsgraph.timex import Norm

    text = "Talks in May, then the summit on April 24 and 25."
    items = [(9, 12), (text.index("April"), text.index(" and"))]
    resolved = [Norm("1999-05", "month"), Norm("1999-04-24", "day", relative=True)]
    a = text.index("25")
    assert _second_days(text, items, resolved) == [((a, a + 2), Norm("1999-04-25", "day", "DATE", relative=True))]
    # the day before its month ("24 April and 25"): no such pair
    text = "The summit on 24 April and 25."
    assert _second_days(text, [(14, 22)], [Norm("1999-04-24", "day")]) == []


def test_second_days_skip_what_is_no_pair_and_go_on():
    from newsgraph.times import _second_days
    from newsgraph.timex import Norm

    # no second number; no April 31; the same day twice; then a pair in a two-digit month
    text = "On May 3, then April 30 and 31, then June 5 and 5, the talks on November 24 and 25."
    days = [("May 3", "1999-05-03"), ("April 30", "1999-04-30"), ("June 5", "1999-06-05"),
            ("November 24", "1999-11-24")]
    items = [(text.index(s), text.index(s) + len(s)) for s, _ in days]
    resolved = [Norm(v, "day") for _, v in days]
    a = text.index("25")
    assert _second_days(text, items, resolved) == [((a, a + 2), Norm("1999-11-25", "day", "DATE"))]


@pytest.mark.parametrize("text, span", [
    # the article of a noun a hyphenated time modifies belongs to that noun, whatever the case of the
    # time's last letter or of the noun's second one
    ("the post-WWII order", (4, 13)),
    ("the third-quarter eBay sales", (4, 17)),
])
def test_outer_span_leaves_the_article_of_a_hyphenated_premodifier_out(text, span):
    from newsgraph.times import outer_span

    assert outer_span(text, 0, text.index(" ", 5)) == span


def _tree(tokens):
    words, heads, deps, tags, pos, lemmas = zip(*tokens)
    doc = Doc(_VOCAB, words=list(words), heads=list(heads), deps=list(deps), tags=list(tags), pos=list(pos),
              lemmas=list(lemmas))
    return Parse(doc=doc, sections=[])


@pytest.mark.parametrize("tokens, word, noun", [
    ([("a", 1, "det", "DT", "DET", "a"), ("weekly", 1, "ROOT", "NN", "NOUN", "weekly")], "weekly", True),
    ([("the", 1, "det", "DT", "DET", "the"), ("weeklies", 1, "ROOT", "NNS", "NOUN", "weekly")], "weeklies", True),
    ([("its", 1, "poss", "PRP$", "PRON", "its"), ("quarterly", 1, "ROOT", "NN", "NOUN", "quarterly")], "quarterly", True),
    # an adjective, even after a determiner; a noun with no determiner or possessive
    ([("the", 1, "det", "DT", "DET", "the"), ("weekly", 1, "ROOT", "JJ", "ADJ", "weekly")], "weekly", False),
    ([("initial", 1, "amod", "JJ", "ADJ", "initial"), ("quarterly", 1, "ROOT", "NN", "NOUN", "quarterly")], "quarterly", False),
    # offsets cut inside a token are read as the token
    ([("a", 1, "det", "DT", "DET", "a"), ("weekly", 1, "ROOT", "NN", "NOUN", "weekly")], "week", True),
])
def test_a_set_word_is_a_noun_only_as_a_noun_with_a_determiner_or_possessive(tokens, word, noun):
    from newsgraph.times import _a_noun

    p = _tree(tokens)
    a = p.doc.text.index(word)
    assert _a_noun(p, a, a + len(word)) is noun


ONE_DAY_AT_THE_END = [("it", 1, "nsubj", "PRP", "PRON", "it"), ("took", 1, "ROOT", "VBD", "VERB", "take"),
                      ("one", 3, "nummod", "CD", "NUM", "one"), ("day", 1, "npadvmod", "NN", "NOUN", "day")]
ONE_DAY_FIRST = [("One", 1, "nummod", "CD", "NUM", "one"), ("day", 3, "npadvmod", "NN", "NOUN", "day"),
                 ("they", 3, "nsubj", "PRP", "PRON", "they"), ("will", 3, "ROOT", "MD", "AUX", "will")]
WILL_ONE_DAY_LEAD = [("she", 3, "nsubj", "PRP", "PRON", "she"), ("will", 3, "aux", "MD", "AUX", "will"),
                     ("one", 3, "nummod", "CD", "NUM", "one"), ("day", 4, "npadvmod", "NN", "NOUN", "day"),
                     ("lead", 4, "ROOT", "VB", "VERB", "lead")]


@pytest.mark.parametrize("tokens, words, someday", [
    (ONE_DAY_AT_THE_END, "one day", False),  # nothing after it: a span of 24 hours
    (ONE_DAY_FIRST, "One day", False),  # no word before it (not the text's last one)
    (WILL_ONE_DAY_LEAD, "one day", True),
    (WILL_ONE_DAY_LEAD, "one da", True),  # offsets cut inside a token are read as the token
])
def test_one_day_is_someday_only_between_a_modal_and_its_verb(tokens, words, someday):
    from newsgraph.times import _someday

    p = _tree(tokens)
    a = p.doc.text.index(words)
    assert _someday(p, a, a + len(words)) is someday


HOPING_ONE_DAY_TO = [("Hoping", 4, "advcl", "VBG", "VERB", "hope"), ("one", 2, "nummod", "CD", "NUM", "one"),
                     ("day", 0, "npadvmod", "NN", "NOUN", "day"), ("to", 0, "aux", "TO", "PART", "to"),
                     ("return", 0, "xcomp", "VB", "VERB", "return")]
WE_ONE_DAY_BECOME = [("we", 3, "nsubj", "PRP", "PRON", "we"), ("one", 2, "nummod", "CD", "NUM", "one"),
                     ("day", 3, "npadvmod", "NN", "NOUN", "day"), ("become", 3, "ROOT", "VBP", "VERB", "become")]
IT_ONE_DAY_BECOMES = [("it", 3, "nsubj", "PRP", "PRON", "it"), ("one", 2, "nummod", "CD", "NUM", "one"),
                      ("day", 3, "npadvmod", "NN", "NOUN", "day"), ("becomes", 3, "ROOT", "VBZ", "VERB", "become")]
WILL_ONE_DAY_COMMA = [("it", 1, "nsubj", "PRP", "PRON", "it"), ("will", 1, "ROOT", "MD", "AUX", "will"),
                      ("one", 3, "nummod", "CD", "NUM", "one"), ("day", 1, "npadvmod", "NN", "NOUN", "day"),
                      (",", 1, "punct", ",", "PUNCT", ",")]


@pytest.mark.parametrize("tokens, someday", [
    (HOPING_ONE_DAY_TO, True),  # a wish verb as the text's first word
    (WE_ONE_DAY_BECOME, True),
    (IT_ONE_DAY_BECOMES, True),
    (WILL_ONE_DAY_COMMA, True),  # after a modal, whatever follows
])
def test_one_day_after_a_wish_or_modal_or_before_a_present_verb_is_someday(tokens, someday):
    from newsgraph.times import _someday

    p = _tree(tokens)
    a = p.doc.text.index("one day")
    assert _someday(p, a, a + len("one day")) is someday


# --- a present perfect's weekday deadline lies ahead; other words of the sentence do not make one ---

@pytest.mark.parametrize("text, published, values", [
    ("The court has given them until Tuesday to respond.", "2026-05-06", ["2026-05-12"]),
    ("Officials have postponed the vote until Monday.", "2026-05-06", ["2026-05-11"]),
    # a weekday elsewhere in the sentence ("said Tuesday") does not make "until May 10" a deadline ahead
    ("Officials have postponed the vote until May 10, the council said Tuesday.", "2026-06-20",
     ["2026-05-10", "2026-06-16"]),
    # "until" opening the text; a "Before" opening it that does not bound the weekday
    ("Until Tuesday, officials have postponed the vote.", "2026-05-06", ["2026-05-12"]),
    ("Before the vote, officials have met on Tuesday.", "2026-05-06", ["2026-05-05"]),
    # a refusal to comment is past only with could/would ("could not be reached for comment Saturday")
    ("He will not comment Saturday.", "2026-05-06", ["2026-05-09"]),
    ("He should not say Monday whether he will run.", "2026-05-06", ["2026-05-11"]),
])
def test_a_present_perfect_deadline_is_read_from_its_own_words(pipeline, text, published, values):
    assert [t.value for t in pipeline.extract(text, published=published).times] == values


@pytest.mark.parametrize("text, published, times", [
    # "one day" between a modal and its verb: TimeML's FUTURE_REF, of granularity "future"
    ("Islam will one day be the largest religion.", "2026-05-06", [("one day", "FUTURE_REF", "DATE", "future")]),
    # a weekday "ahead of" opening the text: the coming one (Monday 4 May: Tuesday the 5th)
    ("Ahead of Tuesday's vote, polls tightened.", "2026-05-04", [("Tuesday", "2026-05-05", "DATE", "day")]),
])
def test_someday_and_a_weekday_ahead_of_at_the_start(pipeline, text, published, times):
    got = pipeline.extract(text, published=published).times
    assert [(t.text, t.value, t.type, t.granularity) for t in got] == times


@pytest.mark.parametrize("text, published, times", [
    # a weekday "ahead of" a past clause is the coming one only a day or two ahead (Sunday: Tuesday is two)
    ("Campaigns spent heavily ahead of Tuesday's vote.", "2026-05-10", [("Tuesday", "2026-05-12", "DATE", "day", None)]),
    # after "the nine months", "the year-earlier period" is those nine months, a duration (the length keeps its
    # article since session 37: TIMEX3 marks the noun phrase with its determiner)
    ("Sales rose 5% in the nine months to September. In the year-earlier period, they fell.", "2026-11-02",
     [("the nine months", "P9M", "DURATION", "duration", None), ("September", "2026-09", "DATE", "month", None),
      ("the year-earlier period", "P9M", "DURATION", "duration", None)]),
    # a month and day the text dated keeps its year, type and granularity
    ("On Sept. 11, 2001, planes struck. The Sept. 11 attacks changed the world.", "2026-05-09",
     [("Sept. 11, 2001", "2001-09-11", "DATE", "day", None), ("Sept. 11", "2001-09-11", "DATE", "day", None)]),
    # a fraction ("a quarter of the market") is skipped, and the expressions after it are still read
    ("More than a quarter of the market was sold on Monday.", "2026-05-06", [("Monday", "2026-05-04", "DATE", "day", None)]),
    # a greeting's part of day is skipped, and the expressions after it are still read
    ("Good evening from Havana, and tonight the vote is held.", "2026-05-09",
     [("tonight", "2026-05-09TNI", "TIME", "part_of_day", None)]),
])
def test_stage_rules_of_session_9_keep_their_exact_output(pipeline, text, published, times):
    got = pipeline.extract(text, published=published).times
    assert [(t.text, t.value, t.type, t.granularity, t.mod) for t in got] == times
