"""A verb our lexicon has no entry for is coded from the built-in CAMEO.2.0 dictionary, as PETRARCH2
would code it, only where that reading is safe (coder.cameo_sense; session 13, s13-lex). Sentences
written for these tests."""

import pytest


def _events(pipeline, text):
    doc = pipeline.extract(text, published="2026-03-04")
    code = lambda i: doc.entity(i).actor.code if doc.entity(i).actor else doc.entity(i).name  # noqa: E731
    return [(e.cameo, e.type, [code(i) for i in e.source], [code(i) for i in e.target], e.trigger.text)
            for e in doc.events]


@pytest.mark.parametrize("text, cameo, type_, source, target, trigger", [
    # a pattern of the verb's words: LASH `* OUT AT` (absent from our lexicon; CHIDE was, until s37-uncoded), and
    # DISGRACE's and VERBAL_CONFLICT's block code [110] on an actor object (RIDICULE and JEER [111] were the examples
    # until s46-type made CAMEO.2.0's 111 verbs senses of our lexicon)
    ("Brazil lashed out at Argentina over the tariffs.", "111", "ACCUSE", ["BRA"], ["ARG"], "lashed"),
    ("Poland humiliated Hungary for its slow response to the floods.", "110", "ACCUSE", ["POL"], ["HUN"], "humiliated"),
    # a bare verb, its actor the object of its own preposition (BARGAIN's block code)
    ("Chile bargained with Peru over the fishing rights.", "050", "SUPPORT", ["CHL"], ["PER"], "bargained"),
    # a preposition that sets the scene hides no event of the verb's ("at the summit")
    ("Venezuela contradicted Colombia at the summit.", "110", "ACCUSE", ["VEN"], ["COL"], "contradicted"),
])
def test_an_unknown_verb_coded_from_cameo(pipeline, text, cameo, type_, source, target, trigger):
    assert (cameo, type_, source, target, trigger) in _events(pipeline, text)


@pytest.mark.parametrize("text, trigger", [
    # no actor undergoes it: a bare verb needs an actor object
    ("Venezuela contradicted loudly.", "contradicted"),
    ("Poland humiliated the plan.", "humiliated"),
    # a relative clause describes an actor, it reports no news
    ("Iran, which humiliated Iraq last year, met Turkey on Monday.", "humiliated"),
    # the complement's verb is the event, not the verb it hangs on (FAIL's block code is 120)
    ("Peru failed to uphold the treaty with Chile.", "failed"),
])
def test_an_unknown_verb_left_uncoded(pipeline, text, trigger):
    assert trigger not in [t for *_, t in _events(pipeline, text)]


def test_an_event_noun_codes_its_own_event(pipeline):
    """"came to a rally": the rally is the event (our noun, with its own actors), not COME's `* (TO)`."""
    events = _events(pipeline, "Chilean students came from Argentina to a rally against the government.")
    assert "came" not in [t for *_, t in events]
    assert [e[1] for e in events] == ["PROTEST"]


def test_a_cameo_statement_has_no_plover_type(pipeline):
    """CAMEO 01x (public statements) have no PLOVER type: nothing is coded ("commented": COMMENT [010])."""
    assert _events(pipeline, "Poland commented on Germany's budget.") == []


@pytest.mark.parametrize("text", [
    "Shell bought Exxon last year.",  # BUY's block code 061
    "Toyota paid Honda $2bn for the plant.",  # PAY's `* &CURRENCY`
])
def test_firms_dealing_are_no_cameo_event(pipeline, text):
    """CAMEO's verb codes are for political actors: a firm buying or paying another codes nothing
    (BBC business news gave 061 for every takeover, 190 for an airline "overtaking" another)."""
    assert _events(pipeline, text) == []


def test_a_state_paying_another_is_coded(pipeline):
    assert "paid" in [t for *_, t in _events(pipeline, "Japan paid Peru $2bn in compensation.")]


@pytest.mark.parametrize("text, source", [
    ("The United Nations chided Venezuela on Tuesday.", ["IGOUNO"]),
    ("Amnesty International chided Venezuela on Tuesday.", ["NGOHRIAMN"]),
])
def test_organisations_of_no_country_are_political(pipeline, text, source):
    assert ("111", "ACCUSE", source, ["VEN"], "chided") in _events(pipeline, text)
