"""Session 36 (s36-mutextra): tests deciding the mutants s36-extra and s36-codes left open (docs/testing.md,
Session 36, s36-mutextra). Each test says which reading is right and why: the PLOVER manual's auxiliary mode
`historical` (an act told as the setting or cause of the news, not as news) for the backdrop flag
(events/stage.py `_flag_backdrops`, `_backdrop_noun`, `_answer_noun`), the CAMEO codebook and CAMEO.2.0's
pattern format (dictionaries.rst: `$`/`+` slots take actors) for `_proposal_code` and `coder.pattern_code`.
Own sentences, labelled before their first run under these tests."""

import pytest

from newsgraph.evaluate.events import asserted
from eventsutil import top_event


def _flags(pipeline, text):
    doc = pipeline.extract(text, published="2024-06-01")
    return {e.trigger.text.split()[-1]: (e.flags, asserted(e)) for e in doc.events if e.trigger}


# ---- _backdrop_noun: which candidates may be a backdrop (mutant 3: any pcomp verb or any -ing verb)

@pytest.mark.parametrize("text, word", [
    # a passive gerund in a phrase of cause: the ambush is the cause of the shelling, as "in retaliation for the
    # ambush" is (the noun is flagged); only "after/following/since + pcomp" was read before (_prior_clause)
    ("The army shelled the village in retaliation for being ambushed by militants.", "ambushed"),
    ("The minister resigned because of being accused of corruption by the opposition.", "accused"),
])
def test_a_passive_gerund_of_cause_is_a_backdrop(pipeline, text, word):
    flags, told = _flags(pipeline, text)[word]
    assert "historical" in flags and not told, (text, flags)


# ---- _backdrop_noun: the climb through a verb or auxiliary that tells no act (mutants 17, 22-25)

@pytest.mark.parametrize("text, word", [
    # a copula inside a gerund phrase of prior time: the investigation came before the resignation
    ("The general resigned after being the subject of an investigation by prosecutors.", "investigation"),
    # a participle that tells no act inside a phrase of cause: the massacre the reports describe is the cause
    ("Rohan suspended aid because of reports describing the massacre of villagers.", "massacre"),
])
def test_a_verb_that_tells_no_act_inside_a_backdrop_phrase_is_climbed(pipeline, text, word):
    flags, told = _flags(pipeline, text)[word]
    assert "historical" in flags and not told, (text, flags)


def test_an_infinitive_inside_a_backdrop_phrase_tells_an_unrealised_act(pipeline):
    """A to-infinitive tells an act decided, planned or feared, not one that came before the news: the
    offensive is future (the decision's), not historical, though the decision is the cause."""
    flags, told = _flags(pipeline, "Gondor closed its border in response to Mordor's decision to launch an offensive.")[
        "offensive"]
    assert "historical" not in flags and "future" in flags, flags


# ---- _answer_noun: only the noun of "in protest at / in response to" is climbed through (mutants 1, 2)

def test_a_protest_noun_outside_an_in_phrase_is_the_act_its_backdrop_hangs_on(pipeline):
    """"a protest over the arrest": the arrest is the protest's cause (its backdrop); climbing on past the protest
    (as through "in protest at") would look for the phrase on the arrests at the protest and find none."""
    doc = pipeline.extract("Police arrested dozens of students at a protest over the arrest of their leader.",
                           published="2024-06-01")
    arrests = sorted((e.trigger.start, asserted(e)) for e in doc.events if e.trigger and e.type == "COERCE")
    assert [a for _, a in arrests] == [True, False], arrests


def test_a_backdrop_of_a_backdrop(pipeline):
    """An act the backdrop is about (its object, aim, content) is no news either: the arrest the protest answered
    came before it (strict xfail until the nearest act above is asked whether it is a backdrop itself)."""
    doc = pipeline.extract("Police detained dozens of students after a protest against the arrest of their leader.",
                           published="2024-06-01")
    assert [asserted(e) for e in doc.events if e.trigger and e.trigger.text == "arrest"] == [False]


# ---- _proposal_code: only a preposition of content under the proposal noun (mutant 11)

def test_a_proposal_against_an_act_does_not_propose_it(pipeline):
    """"a proposal against holding talks" proposes not to hold them: rejecting it is no refusal to meet (125)."""
    ev = top_event(pipeline, "The rebels rejected a proposal against holding talks with the government.")
    assert ev is not None and ev.type == "REJECT" and ev.cameo == "120", ev and ev.cameo


# ---- coder.pattern_code: a pattern's actor slot is read by the sentence's actors (mutant 5)

@pytest.mark.parametrize("text, want", [
    # TAKE's `* CONTROL +` [192] is tried on the complement: its `+` slot asks whether a word names an actor;
    # an appeal to occupy has no CAMEO sub-code of its own (020), a rejected one none either (120)
    ("The European Union called on Egypt to take control of Sudan.", "020"),
    ("Baghdad rejected a plan to take control of Kuwait.", "120"),
])
def test_a_pattern_with_an_actor_slot_is_matched_with_the_actors(pipeline, text, want):
    ev = top_event(pipeline, text)
    assert ev is not None and ev.cameo == want, ev and ev.cameo


# Known misses of the second set (strict xfail), as labelled before the first run and left so:
KNOWN_MISSES = {
    # "being detained" is a passive participle clause on "two of its citizens" (acl, VBN): neither a gerund nor a
    # pcomp, so no backdrop candidate; left (base and final alike)
    "Rohan recalled its ambassador in response to two of its citizens being detained by police in the capital.":
        "a participle clause on the phrase's noun is not read",
    # the label asked "asserted or absent"; the feared offensive is flagged `hypothetical` (not asserted, not
    # historical): the right reading, which the label's column cannot say; kept as labelled (base and final alike)
    "The government imposed a curfew over fears that the rebels would launch an offensive on the capital.":
        "label: the feared act is hypothetical, neither asserted nor absent",
}


def _rows(name):
    from eventsutil import DATA
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            top, word, text = line.split("\t")
            marks = [pytest.mark.xfail(strict=True, reason=KNOWN_MISSES[text])] if text in KNOWN_MISSES else []
            yield pytest.param(top, word, text, marks=marks, id=text[:60])


@pytest.mark.parametrize("top, word, text", list(_rows("s36_mutextra_set1.tsv")))
def test_probe_set_written_after_the_fix(pipeline, top, word, text):
    """Second probe set (tests/data/s36_mutextra_set1.tsv), checked as test_s36_backdrop's sets are."""
    doc = pipeline.extract(text, published="2024-06-01")
    told = {e.trigger.text.split()[-1]: asserted(e) for e in doc.events if e.trigger}
    best = top_event(pipeline, text)
    assert best is not None and best.type == top, (best and best.type, told)
    if word.startswith("~"):
        assert told.get(word[1:]) in (None, True), told
    elif word.startswith("="):
        assert told.get(word[1:]) is True, told
    else:
        assert told.get(word) is not True, told


# ---- after the first mutation run of the new code (docs/testing.md, Session 36, s36-mutextra)

def test_a_participle_in_a_backdrop_phrase_is_a_backdrop(pipeline):
    """An -ing participle on the phrase's noun tells an act of the backdrop ("a statement accusing X"): a
    candidate as a gerund is (the VBG half of the candidate test)."""
    flags, told = _flags(pipeline, "Gondor froze its aid following a statement accusing its army of torture.")[
        "accusing"]
    assert "historical" in flags and not told, flags


def test_a_backdrop_phrase_on_a_planned_act_is_still_its_backdrop(pipeline):
    """An unrealised verb that tells an act of its own is the act the phrase hangs on, not a stop: the bombing
    came before the expulsion threatened after it. (First written as "vowed to strike back after the bombing
    ...", whose bombing is no event of the output at all, base and final alike: reworded after its first run.)"""
    flags, told = _flags(pipeline, "Gondor threatened to expel the envoys after the bombing of its embassy by Mordor.")[
        "bombing"]
    assert "historical" in flags and not told, flags


def test_a_perfect_auxiliary_is_no_unrealised_clause(pipeline):
    """Only "to" and a modal make a clause unrealised; "had described" tells a done act, climbed through."""
    flags, told = _flags(pipeline, "Rohan suspended aid because of reports that had described the massacre of villagers.")[
        "massacre"]
    assert "historical" in flags and not told, flags


def test_a_modal_clause_in_a_backdrop_phrase_is_unrealised(pipeline):
    """"fears that X would launch an offensive": the offensive is feared, hypothetical, not historical."""
    flags, told = _flags(pipeline, "The government imposed a curfew over fears that the rebels would launch an "
                                   "offensive on the capital.")["offensive"]
    assert "historical" not in flags and not told, flags


def test_two_acts_reaching_each_other_end_the_climb(pipeline):
    """The backdrop-of-a-backdrop question asks the act above; an act whose light verb stands above the other's
    trigger (one dev snippet: an allegation read under "allowed", itself above "rely") must not ask back forever."""
    from types import SimpleNamespace
    from newsgraph.events import stage

    doc = pipeline.nlp("The judge let prosecutors rely on an allegation.")
    let, rely, allegation = doc[2], doc[4], doc[7]
    assert (rely.head.i, allegation.head.head.i) == (let.i, rely.i)  # the parse the case needs
    c1 = SimpleNamespace(is_noun=True, anchor=allegation, token=allegation, predicate=let)
    c2 = SimpleNamespace(is_noun=True, anchor=rely, token=rely, predicate=rely)
    by_token = {allegation.i: [c1], let.i: [c1], rely.i: [c2]}
    assert stage._backdrop_noun(c1, by_token) is False
