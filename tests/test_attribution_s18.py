"""Session 18 (s18-attr): attribution rules, with sentences of our own."""

from test_attribution_mutants_s14 import attributions


def test_a_passive_cue_with_an_agent_keeps_its_infinitive_or_clause(pipeline):
    # what the subject was urged to do is part of what the agent said, as for the agentless passive
    doc = pipeline.extract("Hale was urged by aides to resign.")
    assert attributions(doc.attributions) == [("indirect", ["Hale", "to resign"], "urged", "aides")]
    # the one told or asked is the addressee: the clause alone is the content
    doc = pipeline.extract("The mayor was told by aides that the bridge would close.")
    assert attributions(doc.attributions) == [("indirect", ["that the bridge would close"], "told", "aides")]


def test_an_on_phrase_naming_where_it_was_said_closes_a_prepositional_content(pipeline):
    doc = pipeline.extract("The senator commented on the plan on Facebook.")
    assert attributions(doc.attributions) == [("indirect", ["the plan"], "commented", "The senator")]
    doc = pipeline.extract("The mayor spoke about the budget on the radio.")
    assert attributions(doc.attributions) == [("indirect", ["the budget"], "spoke", "The mayor")]
    # a name is a topic as often as a channel: it stays
    doc = pipeline.extract("She commented on the deal with Iran.")
    assert attributions(doc.attributions) == [("indirect", ["the deal with Iran"], "commented", "She")]


def test_a_reduced_clause_before_an_inverted_quote_is_the_occasion_not_the_words(pipeline):
    # the parser hangs "Asked …" on the quotation's verb: it was taken into what "said" attributes, and
    # "Asked", whose cue then lay inside that content, was dropped
    doc = pipeline.extract('Asked by a reporter whether she had read the report, she said, "I read it once and that is all."')
    assert attributions(doc.attributions) == [
        ("indirect", ["whether she had read the report"], "Asked", "a reporter"),
        ("direct", ['"I read it once and that is all."'], "said", "she")]
    doc = pipeline.extract('Asked what he believed about the tax, he said, "It is the wrong thing to do."')
    assert attributions(doc.attributions) == [
        ("indirect", ["what he believed about the tax"], "Asked", None),
        ("direct", ['"It is the wrong thing to do."'], "said", "he")]
    # a piece of the speaker's own sentence before the source stays content
    doc = pipeline.extract('The economy, he said, "is in ruins."')
    assert attributions(doc.attributions)[0][1] == ["The economy", '"is in ruins."']


def test_a_fronted_participle_read_as_the_quotations_subject_is_the_speakers_act(pipeline):
    # the parser makes "Stressing …" the clausal subject of the quotation's verb (which has "It" as its
    # subject already): the participle is no part of what was said, and its understood subject is the
    # one who says
    doc = pipeline.extract('Stressing the cost of the plan, he said, "It is the wrong thing to do."')
    assert attributions(doc.attributions) == [
        ("indirect", ["the cost of the plan"], "Stressing", "he"),
        ("direct", ['"It is the wrong thing to do."'], "said", "he")]
    doc = pipeline.extract('Looking at the crowd, she said, "It is the wrong time to leave."')
    assert ("direct", ['"It is the wrong time to leave."'], "said", "she") in attributions(doc.attributions)
