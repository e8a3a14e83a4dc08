"""Session 47 (s47-recall): a reduced passive relative on an event noun is the noun's governing verb
(events.coder.reduced_passive, governed_by, passive_governor_agents). "The strike, called by the union" says what
"the union called the strike" says: a sense that asks for its noun's governor ("call", "join", "stage" a strike;
"signal", "express" a willingness) holds, and the by-phrase names who acts. Own sentences, none from any gold file
or shared corpus."""

import pytest

from newsgraph.events.coder import governed_by, passive_governor_agents, reduced_passive


def events(pipeline, text):
    return [(e.type, e.cameo, e.trigger.text if e.trigger else None) for e in pipeline.extract(text).events]


def source_names(pipeline, text, trigger):
    doc = pipeline.extract(text)
    names = {a.id: a.name for a in doc.entities}
    return [names.get(s, s) for e in doc.events if e.trigger and e.trigger.text == trigger for s in e.source]


def test_a_strike_called_by_a_union_is_a_protest_by_the_union(pipeline):
    text = "The strike, called by the National Union of Teachers, closed schools across England on Tuesday."
    assert ("PROTEST", "143", "strike") in events(pipeline, text)
    assert any("Union of Teachers" in n for n in source_names(pipeline, text, "strike"))


def test_a_willingness_signalled_by_a_party_is_its_intent(pipeline):
    text = "The willingness signalled by Iran surprised diplomats."
    assert ("AGREE", "030", "willingness") in events(pipeline, text)
    assert any("Iran" in n for n in source_names(pipeline, text, "willingness"))


def test_a_participle_of_another_verb_governs_nothing(pipeline):
    # reporting a strike is not calling one: the sense's own verbs still decide
    text = "The strike, reported by the Daily Mail, closed schools across England on Tuesday."
    assert not [e for e in events(pipeline, text) if e[0] == "PROTEST"]


def test_the_active_clause_is_read_as_before(pipeline):
    text = "The National Union of Teachers called the strike that closed schools across England."
    assert ("PROTEST", "143", "strike") in events(pipeline, text)


class _Tok:
    """A hand-built parse token: word, lemma, label, tag and children (the head is set from them)."""

    def __init__(self, text, dep, kids=(), tag="NN", pos="NOUN", lemma=None):
        self.lower_, self.lemma_, self.dep_, self.tag_, self.pos_ = text, lemma or text, dep, tag, pos
        self.children, self.head, self.i = list(kids), self, 0
        for k in self.children:
            k.head = self


def _strike(participle_dep="acl", tag="VBN", aux=None, agent="union"):
    by = _Tok("by", "agent", [_Tok(agent, "pobj")], tag="IN", pos="ADP") if agent else None
    kids = [k for k in (by, _Tok("was", aux, tag="VBD", pos="AUX") if aux else None) if k is not None]
    called = _Tok("called", participle_dep, kids, tag=tag, pos="VERB", lemma="call")
    return _Tok("strike", "nsubj", [_Tok("the", "det", tag="DT", pos="DET"), called]), called


def test_reduced_passive_is_an_unmarked_past_participle_modifier():
    strike, called = _strike()
    assert reduced_passive(strike) is called
    for kind in ("aux", "auxpass", "mark"):  # "that was called", "as called": a clause of its own, not reduced
        assert reduced_passive(_strike(aux=kind)[0]) is None, kind
    assert reduced_passive(_strike(tag="VBD")[0]) is None  # a past tense verb, not a participle
    assert reduced_passive(_strike(participle_dep="relcl")[0]) is None


def test_the_agents_come_only_from_a_governing_participle():
    strike, called = _strike()
    assert [t.lower_ for t in passive_governor_agents(strike, frozenset({"call", "join"}))] == ["union"]
    assert passive_governor_agents(strike, frozenset({"join"})) == []  # not one of the sense's verbs
    assert passive_governor_agents(_strike(aux="auxpass")[0], frozenset({"call"})) == []
    assert passive_governor_agents(_strike(agent=None)[0], frozenset({"call"})) == []


@pytest.mark.parametrize("text, noun, verbs, expected", [
    ("The strike, called by the union, closed the schools.", "strike", {"call"}, True),   # reduced passive
    ("The union called the strike.", "strike", {"call"}, True),                            # governor as before
    ("The strike, called by the union, closed the schools.", "strike", {"join"}, False),  # another verb
    ("The union called off the talks about the strike.", "strike", {"call"}, False),       # no relation
])
def test_governed_by(pipeline, text, noun, verbs, expected):
    sdoc = pipeline.nlp(text)
    tok = next(t for t in sdoc if t.lower_ == noun)
    assert governed_by(tok, frozenset(verbs)) is expected


def test_choose_sense_reads_a_governing_participle_and_only_the_senses_verbs():
    from test_events_coder_mutants import parse, parts_for, sense

    from newsgraph.events.coder import choose_sense

    # "strike , called by unions , ended": the participle is an acl VBN on the noun
    d = parse("strike:NOUN:nsubj:6 ,:PUNCT:punct:0 called:VERB:acl:0:call:VBN by:ADP:agent:2 unions:NOUN:pobj:3:union "
              ",:PUNCT:punct:0 ended:VERB:ROOT:6:end")
    p = parts_for(d)
    plain = sense("ASSAULT", "190")
    called = sense("PROTEST", "143", governor=frozenset({"call"}))
    joined = sense("PROTEST", "143", governor=frozenset({"join"}))
    assert choose_sense([called, plain], d[0], p) is called
    assert choose_sense([joined, plain], d[0], p) is plain  # a governor sense of other verbs still does not fire
    assert choose_sense([plain], d[0], p) is plain  # a sense with no governor is not asked for one
