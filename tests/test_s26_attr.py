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


def test_a_participle_the_parser_hangs_on_seem_as_an_auxiliary_keeps_its_subject(pipeline):
    assert _felt(pipeline, "She seemed rattled by the question about her budget.", "rattled") == [
        ("She", ["the question about her budget"], "thought")]


def test_after_a_linking_verb_its_subject_feels_it(pipeline):
    assert _felt(pipeline, "She looked shocked by the news from the capital.", "shocked") == [
        ("She", ["the news from the capital"], "thought")]


def test_after_the_copula_a_gerund_is_what_is_felt(pipeline):
    assert _felt(pipeline, "She was pleased by winning the vote in the county.", "pleased") == [
        ("She", ["winning the vote in the county"], "thought")]


def test_an_object_predicate_is_felt_by_the_object(pipeline):
    # "the ruling left the mayor upset": the mayor is upset, not the ruling
    assert _felt(pipeline, "It left the mayor upset over the ruling.", "upset") == [
        ("the mayor", ["the ruling"], "thought")]


def test_a_name_or_pronoun_set_off_before_the_participle_feels_it(pipeline):
    assert _felt(pipeline, "Smith, alarmed by the report, closed the beach.", "alarmed") == [
        ("Smith", ["the report"], "thought")]


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



def test_felt_content_reads_a_pronoun_set_off_before_the_participle(nlp):
    (a, b), who, prep = felt_content(_tok(nlp, "He, upset by the ruling, appealed at once.", "upset"))
    assert (who.text, prep) == ("He", "by")


def test_felt_content_reads_a_fronted_participle_with_over(nlp):
    t = _tok(nlp, "Upset over the ruling, she appealed at once.", "Upset")
    (a, b), who, prep = felt_content(t)
    assert (t.doc[a:b + 1].text, who.text, prep) == ("the ruling", "she", "over")


def test_a_lexicon_verbs_participle_takes_at_as_a_feeling_too(pipeline):
    # "concern" is a lexicon verb: its state passive keeps "about" for the verb path, but "at" is read here
    assert _felt(pipeline, "The council was concerned at the rise in rents.", "concerned") == [
        ("The council", ["the rise in rents"], "thought")]


def test_an_adjective_participle_after_become_takes_at(pipeline):
    assert _felt(pipeline, "They became alarmed at the cost of the bridge.", "alarmed") == [
        ("They", ["the cost of the bridge"], "thought")]


# --- felt_content: what a parse without its pieces gives (mutation tests) ------------------------------------

def test_felt_content_is_none_for_a_stranded_preposition(nlp):
    # "alarmed by" with the object fronted as "what": no object of "by" after it, so no content
    assert felt_content(_tok(nlp, "What were the residents alarmed by?", "alarmed")) is None


def test_felt_content_is_none_when_an_object_predicate_has_no_object(nlp):
    # "was left upset": the passive of "leave X upset" has no object to feel it
    assert felt_content(_tok(nlp, "The mayor was left upset over the ruling.", "upset")) is None


def test_felt_content_is_none_when_the_clause_has_no_subject(nlp):
    # a fronted participle before an imperative: no subject to feel it
    assert felt_content(_tok(nlp, "Alarmed by the report, close the beach at once.", "Alarmed")) is None


def test_felt_content_takes_the_first_preposition_that_is_a_stimulus(nlp):
    t = _tok(nlp, "Residents were alarmed on Monday by the report.", "alarmed")
    (a, b), who, prep = felt_content(t)
    assert (t.doc[a:b + 1].text, prep) == ("the report", "by")


def test_felt_content_of_a_clause_with_its_own_subject_is_that_subjects(nlp):
    # an absolute clause before the main clause: "Them" feels it, not "we"
    (a, b), who, prep = felt_content(_tok(nlp, "Them alarmed by the news, we left.", "alarmed"))
    assert who.text == "Them"


def test_felt_content_of_a_fronted_participle_before_a_passive_is_its_subject(nlp):
    (a, b), who, prep = felt_content(_tok(nlp, "Angered by the new tax, the farmers were arrested at the capital.", "Angered"))
    assert who.text == "farmers"


def _parse(nlp, words, tags, heads, deps, lemmas=None):
    """A hand-built parse (the tagger's errors the rule must not take for a participle)."""
    from spacy.tokens import Doc

    return Doc(nlp.vocab, words=words, tags=tags, heads=heads, deps=deps, lemmas=lemmas or [w.lower() for w in words])


def test_felt_content_refuses_a_past_tense(nlp):
    doc = _parse(nlp, ["Prices", "surprised", "by", "miles"], ["NNS", "VBD", "IN", "NNS"], [1, 1, 1, 2],
                 ["nsubj", "ROOT", "prep", "pobj"])
    assert felt_content(doc[1]) is None


def test_felt_content_refuses_a_participle_with_an_object(nlp):
    # a past tense the tagger read as a participle: it has an object, so it is active
    doc = _parse(nlp, ["Ads", "alarmed", "voters", "by", "mail"], ["NNS", "VBN", "NNS", "IN", "NN"], [1, 1, 1, 1, 3],
                 ["nsubj", "ROOT", "dobj", "prep", "pobj"])
    assert felt_content(doc[1]) is None


def test_felt_content_refuses_the_active_perfect_without_an_object(nlp):
    doc = _parse(nlp, ["Sales", "have", "disappointed", "by", "miles"], ["NNS", "VBP", "VBN", "IN", "NNS"],
                 [2, 2, 2, 2, 3], ["nsubj", "aux", "ROOT", "prep", "pobj"], ["sale", "have", "disappoint", "by", "mile"])
    assert felt_content(doc[2]) is None
