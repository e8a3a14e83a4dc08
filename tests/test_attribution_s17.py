"""Session 17 (s17-attr): attribution rules, with sentences of our own."""

from test_attribution_mutants_s14 import attributions


def test_according_to_whom_vouches_as_the_antecedent(pipeline):
    # a relative "according to whom": the clause after the pronoun is the content, the pronoun's
    # antecedent (the noun before the comma) the source, not the pronoun itself
    doc = pipeline.extract("The plan came from Anna Lopez, according to whom the tax would be cut.")
    assert attributions(doc.attributions) == [("indirect", ["the tax would be cut"], "according to", "Anna Lopez")]
    doc = pipeline.extract("The deal was signed by Ms. Ortiz, according to whom the talks had lasted a week.")
    assert attributions(doc.attributions) == [("indirect", ["the talks had lasted a week"], "according to", "Ms. Ortiz")]


def test_according_to_a_noun_keeps_its_clause(pipeline):
    doc = pipeline.extract("The bridge will reopen in May, according to the city.")
    assert attributions(doc.attributions) == [("indirect", ["The bridge will reopen in May"], "according to", "the city")]


def test_content_never_ends_inside_a_hyphenated_word(pipeline):
    # the parser may hang "re", "-" and "election" side by side as objects: the content went only to "re"
    doc = pipeline.extract("Hale endorsed the re-election of the mayor.")
    assert attributions(doc.attributions) == [("indirect", ["the re-election of the mayor"], "endorsed", "Hale")]
    doc = pipeline.extract("Ortiz feared the re-emergence of a strong rival.")
    assert attributions(doc.attributions) == [("indirect", ["the re-emergence of a strong rival"], "feared", "Ortiz")]
    doc = pipeline.extract("Hale backed the anti-tax group on Monday.")
    assert attributions(doc.attributions) == [("indirect", ["the anti-tax group"], "backed", "Hale")]


def test_an_apposition_closing_an_inner_noun_is_the_writers_aside(pipeline):
    # as on the object's own head: ", a body with …" describes the board, it is not what was criticized
    doc = pipeline.extract("Voters cheered the attacks on Hale, the city's longtime mayor.")
    assert attributions(doc.attributions) == [("indirect", ["the attacks on Hale"], "cheered", "Voters")]
    doc = pipeline.extract("Ortiz applauded the management of the port's new director, a former sailor.")
    assert attributions(doc.attributions) == [("indirect", ["the management of the port's new director"], "applauded", "Ortiz")]
    # a list is no apposition
    doc = pipeline.extract("The mayor praised the bridges of Dover, Hull and York.")
    assert attributions(doc.attributions) == [("indirect", ["the bridges of Dover, Hull and York"], "praised", "The mayor")]


def test_a_participle_after_the_object_clause_is_the_reporters_next_act(pipeline):
    # the parser hangs ", explaining …" on the clause of the object noun: it is not part of what was
    # denied, and who explains is who denied (gold never nests one attribution in another)
    doc = pipeline.extract("Reyes denied the notion that a shakeup is coming, explaining that he was away.")
    assert attributions(doc.attributions) == [
        ("indirect", ["the notion that a shakeup is coming"], "denied", "Reyes"),
        ("indirect", ["that he was away"], "explaining", "Reyes")]


def test_a_list_the_parser_reads_as_an_apposition_stays_whole(pipeline):
    # ", his siblings, his wife and his children" is the list going on, not a second name for "his parents"
    doc = pipeline.extract("Hale thanked his parents, his siblings, his wife and his children, as well as his staff.")
    assert attributions(doc.attributions) == [
        ("indirect", ["his parents, his siblings, his wife and his children, as well as his staff"], "thanked", "Hale")]
    # an apposition proper is still the writer's aside
    doc = pipeline.extract("The mayor praised Lena Ortiz, the harbor chief, on Monday.")
    assert attributions(doc.attributions) == [("indirect", ["Lena Ortiz"], "praised", "The mayor")]


def test_a_passive_cue_with_an_agent_keeps_its_prepositional_label(pipeline):
    # what the subject was criticized for, or described as, is part of what the agent said
    doc = pipeline.extract("Hale was criticized by his rivals for skipping the vote.")
    assert attributions(doc.attributions) == [("indirect", ["Hale", "skipping the vote"], "criticized", "his rivals")]
    doc = pipeline.extract("The plan was described by critics as a giveaway.")
    assert attributions(doc.attributions) == [("indirect", ["The plan", "a giveaway"], "described", "critics")]
