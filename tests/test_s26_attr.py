"""Session 26 (s26-attr): feelings towards something, told by the past participle of a verb of emotion
(Levin's "amuse" verbs): "residents were alarmed by the report" says what the residents feel about the report,
so the one who feels it (the passive's subject, the noun a reduced relative modifies, the subject of the clause a
fronted participle opens) is the source and the object of "by"/"at" (or "with", "about", "over" where no other
path reads it) the content. Sentences of our own."""

import pytest


def _felt(pipeline, text, cue):
    """(source, content parts, class) of each attribution whose cue is `cue`."""
    return [(a.source.text if a.source else None, [p.text for p in a.content], a.type)
            for a in pipeline.extract(text).attributions if a.cue is not None and a.cue.text == cue]


# --- the behaviour: the one who feels is the source, the stimulus the content --------------------------------

def test_a_passive_feeling_with_by_is_the_subjects_thought_about_the_agent(pipeline):
    assert _felt(pipeline, "Many residents were alarmed by the report on the river.", "alarmed") == [
        ("Many residents", ["the report on the river"], "thought")]


def test_a_feeling_at_something_takes_the_object_of_at(pipeline):
    assert _felt(pipeline, "The mayor was horrified at the cost of the new bridge.", "horrified") == [
        ("The mayor", ["the cost of the new bridge"], "thought")]


def test_a_fronted_participle_is_felt_by_the_subject_of_its_clause(pipeline):
    assert _felt(pipeline, "Angered by the new tax, the farmers marched on the capital.", "Angered") == [
        ("the farmers", ["the new tax"], "thought")]


def test_a_reduced_relative_is_felt_by_the_noun_it_modifies(pipeline):
    assert _felt(pipeline, "Residents alarmed by the report on the river packed the hall.", "alarmed") == [
        ("Residents", ["the report on the river"], "thought")]


def test_a_participle_set_off_by_commas_is_felt_by_the_noun_before_it(pipeline):
    assert _felt(pipeline, "The senator, frustrated by the long delay, left the hearing early.", "frustrated") == [
        ("The senator", ["the long delay"], "thought")]


def test_a_participle_no_other_path_reads_takes_with(pipeline):
    assert _felt(pipeline, "The mayor was frustrated with the delay in payments.", "frustrated") == [
        ("The mayor", ["the delay in payments"], "thought")]


def test_after_a_copula_like_seem_the_subject_of_the_copula_feels_it(pipeline):
    assert _felt(pipeline, "She seemed rattled by the question about her budget.", "rattled") == [
        ("She", ["the question about her budget"], "thought")]


def test_the_agent_of_a_feeling_is_what_is_felt_not_who_speaks(pipeline):
    # "worry" is a lexicon verb: its passive with "by" was read as the report's speech about the mayor
    assert _felt(pipeline, "The mayor was worried by the report on the river.", "worried") == [
        ("The mayor", ["the report on the river"], "thought")]


def test_a_relative_clause_of_feeling_is_felt_by_its_subject(pipeline):
    found = _felt(pipeline, "Voters who were intrigued by the newcomer now doubt him.", "intrigued")
    assert [(c, t) for _, c, t in found] == [(["the newcomer"], "thought")] and "Voters" in found[0][0]


# --- guards (the same on the base) ---------------------------------------------------------------------------

def test_the_active_verb_is_no_feeling_of_its_subject(pipeline):
    assert not any(src == "The report" or parts == ["its tone"] for src, parts, _ in
                   _felt(pipeline, "The report alarmed residents by its tone.", "alarmed"))


def test_the_active_perfect_is_no_feeling(pipeline):
    assert _felt(pipeline, "The storm has alarmed residents along the coast.", "alarmed") == []


def test_an_adjective_with_about_keeps_its_own_reading(pipeline):
    assert _felt(pipeline, "Voters are worried about the deficit.", "worried") == [
        ("Voters", ["the deficit"], "thought")]


def test_a_passive_of_a_verb_of_deciding_is_no_feeling(pipeline):
    # (not a feeling of the date: whatever else the passive is read as, the court is not what the date feels)
    assert not any(src == "The date of the vote" for src, _, _ in
                   _felt(pipeline, "The date of the vote was determined by the court.", "determined"))


# --- felt_content on its own (the parse of a sentence) --------------------------------------------------------

@pytest.fixture(scope="module")
def nlp(pipeline):
    return pipeline.nlp


def _tok(nlp, text, word):
    doc = nlp(text)
    return next(t for t in doc if t.text == word)


def felt_content(t):
    from newsgraph.attribution.indirect import felt_content as found  # (here: the base has none, its cases fail one by one)

    return found(t)


def test_felt_content_gives_the_content_the_one_who_feels_and_the_preposition(nlp):
    t = _tok(nlp, "Many residents were alarmed by the report on the river.", "alarmed")
    (a, b), who, prep = felt_content(t)
    assert (t.doc[a:b + 1].text, who.text, prep) == ("the report on the river", "residents", "by")


def test_felt_content_needs_an_object_of_the_preposition(nlp):
    assert felt_content(_tok(nlp, "Many residents were alarmed.", "alarmed")) is None


def test_felt_content_refuses_a_preposition_before_the_participle(nlp):
    # "at" before the participle is no stimulus of it
    t = _tok(nlp, "At the meeting, residents were alarmed.", "alarmed")
    assert felt_content(t) is None


def test_felt_content_refuses_an_active_verb_with_a_subject_after_it(nlp):
    # an inverted subject after the verb: the verb is active ("… alarmed the report's readers")
    t = _tok(nlp, "Nothing in the report surprised the readers by its findings.", "surprised")
    assert felt_content(t) is None


def test_felt_content_refuses_the_active_perfect_but_not_the_perfect_passive(nlp):
    assert felt_content(_tok(nlp, "The storm has alarmed residents by its speed.", "alarmed")) is None
    found = felt_content(_tok(nlp, "Residents have been alarmed by the storm.", "alarmed"))
    assert found is not None and found[1].text == "Residents"


def test_the_participles_are_forms_as_typed():
    from newsgraph.attribution.indirect import FELT_PARTICIPLES

    assert {"alarmed", "horrified", "upset", "worried"} <= FELT_PARTICIPLES
    assert "determined" not in FELT_PARTICIPLES and "encouraged" not in FELT_PARTICIPLES
