"""Session 19 (s19-speed): work the stages no longer do, because its result could not change what
they output. Each test checks that the work is skipped where it cannot matter and still done where
it can (the output itself is pinned by the events, attribution and places test files). Sentences
written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, verb", [
    ("Shell bought Exxon last year.", "bought"),  # firms: no political actor does it
    # (JEER was the verb here until s46-type made it a sense of our lexicon; CONTRADICT [110] is still unlisted)
    ("The crowd contradicted the referee loudly.", "contradicted"),  # no actor at all
    ("The referee was contradicted by the crowd.", "contradicted"),  # a passive: no actor as subject or agent
])
def test_no_cameo_match_without_a_political_doer(pipeline, cameo_matches, text, verb):
    """cameo_sense codes a verb only between political actors (_two_sided); with none doing it, the
    verb's patterns are not matched at all (a third of the events stage's time on BBC news)."""
    pipeline.extract(text, published="2026-03-04")
    assert verb not in cameo_matches


@pytest.mark.parametrize("text, verb, cameo", [
    ("Venezuela contradicted Colombia at the summit.", "contradicted", "110"),
    ("Colombia was contradicted by Venezuela at the summit.", "contradicted", None),
])
def test_a_political_doer_still_gets_its_match(pipeline, cameo_matches, text, verb, cameo):
    doc = pipeline.extract(text, published="2026-03-04")
    assert verb in cameo_matches
    if cameo:
        assert cameo in [e.cameo for e in doc.events]


class _Edge:
    def __init__(self, i):
        self.i = i


class _Phrase:
    """A phrase from token 3 to token 7 whose subtree may not be walked."""

    left_edge, right_edge, i = _Edge(3), _Edge(7), 5

    @property
    def subtree(self):
        raise AssertionError("walked the subtree")


def test_times_in_walks_no_phrase_without_a_time():
    from newsgraph.events.stage import _times_in

    trig = _Phrase()
    # times before and after the phrase's words: none can date it, nothing is walked
    outside = {2: ("2026-01-01", "day", "Monday", "", 2), 8: ("2026", "year", "2026", "", 8)}
    assert _times_in(_Phrase(), trig, outside) is None
    assert _times_in(_Phrase(), trig, {}) is None
    with pytest.raises(AssertionError):  # one inside it: the subtree is read for what to skip
        _times_in(_Phrase(), trig, {4: ("2026-01-01", "day", "Monday", "", 4)})


def test_the_dating_of_events_is_unchanged(pipeline):
    text = ("Gondor attacked Rohan on Monday. On 3 March 2025 Mordor signed the agreement that Rohan violated "
            "in 2001. Arnor condemned the 1980 invasion of Eriador last week.")
    doc = pipeline.extract(text, published="2026-03-04")
    got = {e.trigger.text: e.date.value for e in doc.events if e.date}
    # (the invasion's year dates the invasion, not its condemnation: the trigger noun's phrase is skipped)
    assert got == {"attacked": "2026-03-02", "signed the agreement": "2025-03-03", "condemned": "2026-03-04",
                   "invasion": "1980"}


def _old_forms(t) -> set:
    out = set()
    low = t.lower_
    out.add(low)
    out.add(t.lemma_.lower())
    if low.endswith("s"):
        out.add(low[:-1])
        if low.endswith("es") and low[:-2].endswith(("s", "x", "z", "ch", "sh")):  # (session 29: -es after a sibilant only)
            out.add(low[:-2])
        if low.endswith("ies"):
            out.add(low[:-3] + "y")
    return out


def test_word_forms_are_the_tokens_forms_in_the_same_order(pipeline):
    """match_verb tries a token's forms in the order the set gives them (the first alternative that
    fits wins), so the cached set must come out as the one built afresh did."""
    from newsgraph.events.petrarch_verbs import _word_forms

    for t in pipeline.nlp("The militias seized Ministries, agencies and buses; SPIES said it was theirs."):
        assert list(_word_forms(t.lower_, t.lemma_)) == list(_old_forms(t))
