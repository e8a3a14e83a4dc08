"""Session 39 (s39-bbcev): unit tests of events.coder's three sense tests (_askable, _danger_warned, _court_plea):
what each drops and, case by case, what each must leave (docs/accuracy.md, "Session 39, s39-bbcev")."""

import pytest


def _types(pipeline, text):
    doc = pipeline.extract(text, name="t", published="2026-06-01")
    return [(e.type, e.trigger.text.lower() if e.trigger else "") for e in doc.events]


def _requests(pipeline, text):
    return [t for t, _ in _types(pipeline, text) if t == "REQUEST"]


# --- _askable ----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The Japanese finance minister said the markets should calm down.",   # a NO_ONE noun, plural and definite
    "The Polish central banker said inflation should slow in May.",       # a NO_ONE noun, bare
    "The Irish minister said fairness must not mean uniformity.",         # a bare singular mass noun
    "He wrote that prudence must not become timidity.",                   # "that" misparsed as its determiner
])
def test_a_subject_grammar_marks_as_no_one_asks_nothing(pipeline, text):
    assert not _requests(pipeline, text), _types(pipeline, text)


@pytest.mark.parametrize("text", [
    "The Danish opposition said ministers must resign.",                  # a bare plural: people
    "The Chilean coach said his squad must improve.",                     # a possessive: someone's body
    "The Kenyan president said dialogue must resume with the rebels.",    # a bare event noun asks its doers
    "The Ugandan minister said they must leave Kampala.",                 # a pronoun
    "The Peruvian president said Ecuador must withdraw its troops.",      # a name
    "Merkel says minister must resign",                                   # a headline drops its articles
    "The Kenyan bishop said government must act on hunger.",              # an actor noun, bare
    "The Kenyan bishop said action must follow the report.",              # an event noun, bare
    "The Togolese president said one school must close.",                 # a number
    "The Kenyan general said no one should leave the camp.",              # an order to all
])
def test_a_subject_that_may_be_asked_keeps_the_demand(pipeline, text):
    assert _requests(pipeline, text), _types(pipeline, text)


def test_complementizer_is_only_that_after_a_verb():
    import spacy
    from newsgraph.events.coder import _complementizer
    nlp = spacy.blank("en")
    doc = nlp("wrote that that note")
    for t, pos in zip(doc, ("VERB", "SCONJ", "DET", "NOUN")):
        t.pos_ = pos
    assert _complementizer(doc[1]) and not _complementizer(doc[2]) and not _complementizer(doc[3])
    first = nlp("that go")  # (the first token has no verb before it: none wraps round to the last)
    first[0].pos_, first[1].pos_ = "DET", "VERB"
    assert not _complementizer(first[0])


# --- _danger_warned ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The Irish central bank warned against the dangers of easy credit.",
    "The Canadian regulator cautioned about the risks of short selling.",
])
def test_a_hazard_warned_against_or_about_is_no_threat(pipeline, text):
    got = _types(pipeline, text)
    assert not [t for t, trig in got if t == "THREATEN"], got


@pytest.mark.parametrize("text", [
    "The Chinese envoy warned Japan of the dangers of visiting the shrine.",   # someone warned: left
    "Serbia warned of reprisals against the Kosovo Albanians.",                # the warner's own act
])
def test_a_warning_to_someone_or_of_an_act_stays_a_threat(pipeline, text):
    got = _types(pipeline, text)
    assert [t for t, _ in got if t == "THREATEN"], got


# --- _court_plea -------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The Swiss banker pleaded guilty to money laundering.",
    "The court rejected her plea of not guilty.",
    "The two guards entered innocent pleas.",
])
def test_a_court_plea_is_no_request(pipeline, text):
    got = _types(pipeline, text)
    assert not [t for t, trig in got if t == "REQUEST" and "plea" in trig], got


@pytest.mark.parametrize("text", [
    "The Somali president pleaded with Kenya to reopen the border.",
    "The Red Cross issued a plea to Ethiopia for access to the prisoners.",
])
def test_a_plea_to_someone_is_a_request(pipeline, text):
    got = _types(pipeline, text)
    assert [t for t, trig in got if t == "REQUEST" and "plea" in trig], got


@pytest.mark.parametrize("text, trigger", [
    ("The bishop pleaded for mercy for the guilty men.", "plea"),           # "guilty" in a for-phrase: no verdict
    ("The Afghan president urged Pakistan to close the camps.", "urged"),   # no plea at all
    ("The Red Cross made an appeal to Ethiopia for access.", "appeal"),
])
def test_other_requests_are_no_court_plea(pipeline, text, trigger):
    got = _types(pipeline, text)
    assert [t for t, trig in got if t == "REQUEST" and trigger in trig], got
