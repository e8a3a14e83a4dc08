"""Session 46 (s46-args): a repeated preposition is a phrase per party (events.coder.first_of_each_phrase).
Hand-built parses and own sentences (the sentences are in tests/test_s46_mut.py)."""

import pytest

from newsgraph.events.coder import first_of_each_phrase


class _Tok:
    """A hand-built parse token: its position, label, word and children (the head is set from them)."""

    def __init__(self, i, text, dep, kids=(), tag="NN", pos="NOUN"):
        self.i, self.lower_, self.dep_, self.children, self.head = i, text, dep, list(kids), None
        self.tag_, self.pos_ = tag, pos
        for k in self.children:
            k.head = self

    @property
    def ancestors(self):
        t = self.head
        while t is not None:
            yield t
            t = t.head


def test_each_repetition_of_the_preposition_gives_its_first_object():
    # "about Libyan raids and about Sudanese incursions": the second "about" is a conj of the first
    raids, incursions = _Tok(3, "raids", "pobj"), _Tok(7, "incursions", "pobj")
    about = _Tok(1, "about", "prep", [raids, _Tok(5, "about", "conj", [incursions])])
    assert first_of_each_phrase([raids, incursions], about) == [raids, incursions]


def test_one_phrase_gives_its_first_object_only():
    # "about Libya and Sudan": one phrase (the coordinated party is added when the token is resolved)
    sudan = _Tok(4, "sudan", "conj")
    libya = _Tok(2, "libya", "pobj", [sudan])
    about = _Tok(1, "about", "prep", [libya])
    assert first_of_each_phrase([libya, sudan], about) == [libya]


def test_a_coordinated_preposition_of_another_word_is_not_a_repetition():
    # "about the raids and after the war": "after" is no phrase of "about", so its object is not a second party
    raids, war = _Tok(3, "raids", "pobj"), _Tok(7, "war", "pobj")
    about = _Tok(1, "about", "prep", [raids, _Tok(5, "after", "conj", [war])])
    assert first_of_each_phrase([raids, war], about) == [raids]
    # nor is the same word under another label (a phrase inside the first one's, not coordinated with it)
    inner = _Tok(5, "about", "prep", [war])
    about = _Tok(1, "about", "prep", [raids, inner])
    assert first_of_each_phrase([raids, war], about) == [raids]


def test_a_later_object_of_a_repeated_phrase_is_dropped_and_order_kept():
    # "about the raids and about the blockade and the shelling": one party per phrase, first first
    shelling = _Tok(10, "shelling", "conj")
    blockade = _Tok(7, "blockade", "pobj", [shelling])
    raids = _Tok(3, "raids", "pobj")
    about = _Tok(1, "about", "prep", [raids, _Tok(5, "about", "conj", [blockade])])
    assert first_of_each_phrase([raids, blockade, shelling], about) == [raids, blockade]
    # the first object found for a phrase wins, whichever phrase comes first in the list
    assert first_of_each_phrase([blockade, raids, shelling], about) == [blockade, raids]


def _accusations(pipeline, text):
    doc = pipeline.extract(text, name="t", published="2009-03-25")
    names = {e.id: e.name for e in doc.entities}
    return [([names[s] for s in e.source], [names[t] for t in e.target]) for e in doc.events if e.type == "ACCUSE"]


@pytest.mark.parametrize("text, doer", [
    # (s46-args) a reduced passive relative with a second object ("branded a 'gamble'"): its by-phrase, which the
    # parser hangs on that object, names who brands (coder._reduced_passive_doers); it was read as the target
    ('The minister quit the cabinet, in a step branded a "shameful betrayal" by the opposition.', "opposition"),
    ('Ruritania closed the border, in a move branded a "reckless gamble" by the union.', "union"),
])
def test_a_reduced_passives_by_phrase_on_its_object_names_the_doer(pipeline, text, doer):
    assert _accusations(pipeline, text) == [([doer], [])]


def test_a_participle_with_no_object_keeps_its_agent_as_the_doer(pipeline):
    # the parser's own passive ("a policy condemned by the union"): is_passive reads it already, unchanged
    assert _accusations(pipeline, "Freedonia announced a policy condemned by the union.") == [(["union"], [])]


class _Named:
    """Participants that resolve only the given words (an actor each)."""

    def __init__(self, *words):
        self.words = set(words)

    def resolve(self, tok):
        return [tok.lower_] if tok.lower_ in self.words else []


def _word(doc, text):
    return next(t for t in doc if t.text == text)


def test_reduced_passive_doers_reads_the_by_phrase_of_a_participle_on_a_noun(pipeline):
    from newsgraph.events.coder import _reduced_passive_doers

    doc = pipeline.nlp('Ruritania closed the border, in a move branded a "reckless gamble" by the union.')
    branded = _word(doc, "branded")
    assert (branded.dep_, branded.head.text) == ("acl", "move")  # (the parse the rule is about)
    assert _reduced_passive_doers(branded, _Named("union")) == [_word(doc, "union")]
    assert _reduced_passive_doers(branded, _Named()) == []  # a by-phrase naming no one ("by the roadside")
    assert _reduced_passive_doers(_word(doc, "closed"), _Named("union", "border")) == []  # a clause's own verb
    # no object of its own: the parser's passive, read by is_passive
    doc = pipeline.nlp("Freedonia announced a policy condemned by the union.")
    assert _reduced_passive_doers(_word(doc, "condemned"), _Named("union")) == []


def test_an_object_outside_the_phrases_subtree_is_the_prepositions_own():
    # _stranded_object's noun ("about the bomb found in the van" read as a clause) is not under the preposition:
    # it is the preposition's own object, so one party with the first phrase's, not a phrase of its own
    raids = _Tok(3, "raids", "pobj")
    about = _Tok(1, "about", "prep", [raids])
    stranded = _Tok(6, "bomb", "nsubj")
    assert first_of_each_phrase([stranded, raids], about) == [stranded]


def _branded(dep="acl", tag="VBD", verb_kids=(), by_dep="prep", head_after=False):
    """A hand-built 'a move branded a gamble by the union' (the by-phrase on the object); the noun after the
    verb when head_after."""
    union = _Tok(11, "union", "pobj")
    gamble = _Tok(7, "gamble", "dobj", [_Tok(9, "by", by_dep, [union], "IN", "ADP"),
                                        _Tok(12, "with", "prep", [_Tok(13, "rebels", "pobj")], "IN", "ADP")])
    v = _Tok(5, "branded", dep, [gamble, *verb_kids], tag, "VERB")
    _Tok(15 if head_after else 3, "move", "pobj", [v])
    return v, union


def test_reduced_passive_doers_guards_on_hand_built_parses():
    from newsgraph.events.coder import _reduced_passive_doers

    named = _Named("union", "rebels")
    v, union = _branded()
    assert _reduced_passive_doers(v, named) == [union]  # (and not "with the rebels": only a by-phrase)
    for kw in ({"tag": "VBN"}, {"dep": "advcl"}, {"by_dep": "agent"}):
        v, union = _branded(**kw)
        assert _reduced_passive_doers(v, named) == [union], kw
    for kw in ({"tag": "VBZ"}, {"dep": "relcl"}, {"head_after": True}):
        assert _reduced_passive_doers(_branded(**kw)[0], named) == [], kw
    for label in ("nsubj", "csubj", "aux", "auxpass", "mark"):  # a clause of its own, or a passive with "be"
        assert _reduced_passive_doers(_branded(verb_kids=[_Tok(4, "x", label)])[0], named) == [], label
