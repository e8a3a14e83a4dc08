"""Session 17 (s17c-attr): source, cue and content of attributions, with sentences of our own (issue 12)."""

from test_attribution_mutants_s14 import attributions


def quotes(doc):
    return [(q.kind, q.text, q.speaker_text) for q in doc.quotes]


def test_a_passive_cues_speaker_is_its_agent_never_its_subject(pipeline):
    # the parser hung "by critics" on the quoted label after its closing mark: it is the cue's agent, and
    # "The plan" (what was described) is no speaker
    doc = pipeline.extract('The plan was described as "a gift for landlords" by critics.')
    assert quotes(doc) == [("partial", "a gift for landlords", "critics")]
    assert [(a.cue.text, a.source.text if a.source else None) for a in doc.attributions] == [("described", "critics")]
    assert all("critics" not in c.text for a in doc.attributions for c in a.content)
    doc = pipeline.extract('The tax was called "a disaster" by the union.')
    assert quotes(doc) == [("partial", "a disaster", "the union")]


def test_an_agentless_passive_cue_has_no_speaker(pipeline):
    doc = pipeline.extract('The plan was described as "a gift for landlords".')
    assert quotes(doc) == [("partial", "a gift for landlords", None)]
    doc = pipeline.extract('The new budget was branded "a betrayal of voters".')
    assert [q.speaker_text for q in doc.quotes] == [None]


def test_a_short_quote_after_an_agentless_passive_cue_is_still_attributed(pipeline):
    # the passive cue says someone said it, though unnamed: no scare quotes, and no speaker
    doc = pipeline.extract("Clinton could be celebrating being dubbed the “presumptive nominee” even as she loses.")
    assert quotes(doc) == [("partial", "presumptive nominee", None)]
    assert [(a.cue.text, a.source) for a in doc.attributions] == [("dubbed", None)]
    doc = pipeline.extract("Ohio ended what had been called the “Golden Week” of voting.")
    assert [(a.cue.text, a.source) for a in doc.attributions] == [("called", None)]


def test_a_discourse_marker_is_no_content_and_saying_nothing_says_nothing(pipeline):
    assert attributions(pipeline.extract("Well, the mayor said nothing.").attributions) == []
    assert attributions(pipeline.extract("Oh, the governor admitted nothing.").attributions) == []
    # with no object, an interjection is still what was said
    assert attributions(pipeline.extract("Sorry, Sanders said.").attributions) == [("indirect", ["Sorry"], "said", "Sanders")]
    # "please" makes the verb a request to the reader (once the interjection is no content, the object
    # would otherwise be read as what was read)
    assert attributions(pipeline.extract("Please read the two guides I wrote last year.").attributions) == []
    # a negative pronoun with a phrase of its own is kept
    assert attributions(pipeline.extract("The mayor said nothing about the bridge.").attributions) == [
        ("indirect", ["nothing about the bridge"], "said", "The mayor")]


def test_a_platform_after_on_is_where_it_was_said_not_what(pipeline):
    assert attributions(pipeline.extract("The governor wrote on Facebook.").attributions) == []
    assert attributions(pipeline.extract("The governor wrote on Twitter.").attributions) == []
    assert attributions(pipeline.extract("Ortiz commented on YouTube.").attributions) == []
    assert attributions(pipeline.extract("Hale commented on social media.").attributions) == []
    # a topic after "on" stays the content, whatever entity type the tagger gives it
    assert attributions(pipeline.extract("The senator commented on Obamacare.").attributions) == [
        ("indirect", ["Obamacare"], "commented", "The senator")]
    assert attributions(pipeline.extract("Hale wrote on the new tax.").attributions) == [
        ("indirect", ["the new tax"], "wrote", "Hale")]


def test_the_by_agent_of_a_nominal_cue_is_its_source(pipeline):
    # "by" closing the content of a nominal cue is the nominalised verb's agent, before a name compounded on it
    doc = pipeline.extract("Pentagon criticism of the plan by senior officers was sharp.")
    assert attributions(doc.attributions) == [("indirect", ["the plan"], "criticism", "senior officers")]
    doc = pipeline.extract("The rejection of the offer by the union surprised Hale.")
    assert attributions(doc.attributions) == [("indirect", ["the offer"], "rejection", "the union")]
    # "from" on the content's noun is no agent: "the senator from Texas" is where he is from


def test_a_nominal_cue_with_an_owner_keeps_its_owner(pipeline):
    # with an owner the agent slot is taken: "the book by Smith" is who wrote the book, not who praised it
    doc = pipeline.extract("The mayor's praise of the book by Smith was brief.")
    assert [a.source.text for a in doc.attributions] == ["The mayor's"]


def test_a_date_after_by_is_no_source(pipeline):
    doc = pipeline.extract("Support for the tax by 2020 fell.")
    assert [a.source for a in doc.attributions] == [None]
