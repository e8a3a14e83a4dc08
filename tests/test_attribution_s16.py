"""Session 16 (s16-attr): attribution rules found on PolNeAR train, with sentences of our own."""

from test_attribution_mutants_s14 import attributions


def test_as_someone_put_it_quotes_them(pipeline):
    # the idiom "as X put it" names who said the quote or the clause it is set in
    doc = pipeline.extract('As one union leader put it, "We will not back down."')
    assert attributions(doc.attributions) == [("direct", ['"We will not back down."'], "put", "one union leader")]
    doc = pipeline.extract('"We will not back down," as one union leader put it.')
    assert attributions(doc.attributions) == [("direct", ['"We will not back down,"'], "put", "one union leader")]
    doc = pipeline.extract("But as Hale put it last week, the court has spoken.")
    assert attributions(doc.attributions) == [("indirect", ["the court has spoken"], "put", "Hale")]


def test_putting_it_somewhere_is_no_cue(pipeline):
    assert pipeline.extract("Hale put it on the table and left.").attributions == []


def test_to_someone_opening_a_sentence_gives_their_view(pipeline):
    doc = pipeline.extract("To many voters, the new tax was the last straw.")
    assert attributions(doc.attributions) == [("indirect", ["the new tax was the last straw"], "To", "many voters")]
    assert doc.attributions[0].type == "thought"
    doc = pipeline.extract("But to Jo Hale, the vote marked a turning point for the town.")
    (a,) = doc.attributions
    assert (a.cue.text, [c.text for c in a.content], doc.entity(a.speaker).name) == (
        "to", ["the vote marked a turning point for the town"], "Jo Hale")


def test_to_a_time_or_a_cue_of_its_own_gives_no_view(pipeline):
    assert pipeline.extract("To this day, the bridge remains closed.").attributions == []
    assert pipeline.extract("To his credit, the mayor apologized.").attributions == []
    # the clause's own cue says whose view it is
    doc = pipeline.extract("To Smith, the report suggested a cover-up.")
    assert [a.cue.text for a in doc.attributions] == ["suggested"]


def test_according_to_right_after_a_relative_clause_vouches_for_that_clause(pipeline):
    doc = pipeline.extract("The union has 4,000 members, most of whom work in the port, according to its website.")
    assert attributions(doc.attributions) == [("indirect", ["most of whom work in the port"], "according to",
                                               "its website")]
    doc = pipeline.extract("The delegate count, which stood at 263 on Tuesday, according to the Associated Press, "
                           "rose again.")
    assert [c.text for c in doc.attributions[0].content] == ["which stood at 263 on Tuesday"]
    # a "when" clause is the time of the fact: the phrase still vouches for the sentence
    doc = pipeline.extract("Turnout was higher than in 2008, when half of the voters stayed home, according to the state.")
    assert [c.text for c in doc.attributions[0].content] == ["Turnout was higher than in 2008, when half of the voters "
                                                             "stayed home"]


def test_contracted_has_before_a_verb_of_saying_keeps_its_speaker(pipeline):
    # the parser read "'s" as a passive "is": the verb had no speaker, or no attribution at all
    doc = pipeline.extract("He's said he will fight all the way to the convention.")
    assert attributions(doc.attributions) == [("indirect", ["he will fight all the way to the convention"], "said",
                                               "He")]
    doc = pipeline.extract("She’s argued that the plan would fail.")
    assert attributions(doc.attributions) == [("indirect", ["that the plan would fail"], "argued", "She")]


def test_contracted_is_stays_passive(pipeline):
    from newsgraph.nlp import parse_many

    (parse,) = parse_many(pipeline.nlp, [("It's said that the mayor will resign.", [])])
    assert [t.dep_ for t in parse.doc[:3]] == ["nsubjpass", "auxpass", "ROOT"]
