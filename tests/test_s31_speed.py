"""Session 31, s31-speed: the children tests that now read `columns.with_child`'s per-Doc sets must find what the
walk over `Token.children` found. Each test fails if a label went missing from a set's label tuple (or a wrong one
came in), or if a rule stopped reading it. Our own words, hand-built parses."""

from types import SimpleNamespace

import pytest
from spacy.lang.en import English
from spacy.tokens import Doc

from newsgraph.attribution import speakers
from newsgraph.attribution import stage as attribution_stage
from newsgraph.columns import PASSIVE_LABELS, with_child
from newsgraph.events import coder
from newsgraph.events.syntax import is_passive

VOCAB = English().vocab


def _doc(rows):
    """`rows`: (word, tag, pos, dep, head index) tuples."""
    words, tags, pos, deps, heads = zip(*rows)
    return Doc(VOCAB, words=list(words), tags=list(tags), pos=list(pos), deps=list(deps), heads=list(heads))


# "The bridge was closed by police": a passive with both labels
BOTH = _doc([("The", "DT", "DET", "det", 1), ("bridge", "NN", "NOUN", "nsubjpass", 3), ("was", "VBD", "AUX", "auxpass", 3),
             ("closed", "VBN", "VERB", "ROOT", 3), ("by", "IN", "ADP", "agent", 3), ("police", "NNS", "NOUN", "pobj", 4)])
# "Bridge closed after floods": the parser's subject label alone (no auxiliary)
SUBJ_ONLY = _doc([("Bridge", "NN", "NOUN", "nsubjpass", 1), ("closed", "VBN", "VERB", "ROOT", 1),
                  ("after", "IN", "ADP", "prep", 1), ("floods", "NNS", "NOUN", "pobj", 2)])
# "It was closed": the auxiliary's label alone (the subject read as plain nsubj)
AUX_ONLY = _doc([("It", "PRP", "PRON", "nsubj", 2), ("was", "VBD", "AUX", "auxpass", 2), ("closed", "VBN", "VERB", "ROOT", 2)])
# "Police closed the bridge": active
ACTIVE = _doc([("Police", "NNS", "NOUN", "nsubj", 1), ("closed", "VBD", "VERB", "ROOT", 1), ("the", "DT", "DET", "det", 3),
               ("bridge", "NN", "NOUN", "dobj", 1)])
# "Rohan agreed to talk and said Gondor lied": an xcomp and a ccomp on one verb, each alone on another
CLAUSES = _doc([("Rohan", "NNP", "PROPN", "nsubj", 1), ("agreed", "VBD", "VERB", "ROOT", 1), ("to", "TO", "PART", "aux", 3),
                ("talk", "VB", "VERB", "xcomp", 1), ("and", "CC", "CCONJ", "cc", 1), ("said", "VBD", "VERB", "conj", 1),
                ("Gondor", "NNP", "PROPN", "nsubj", 7), ("lied", "VBD", "VERB", "ccomp", 5)])
DOCS = [BOTH, SUBJ_ONLY, AUX_ONLY, ACTIVE, CLAUSES]


def _walk(t, labels):
    return any(c.dep_ in labels for c in t.children)


@pytest.mark.parametrize("doc", DOCS)
def test_the_passive_set_is_the_walk_over_the_children(doc):
    """speakers._is_passive and attribution's _passive (the one set, PASSIVE_LABELS) answer for every token as the
    walk over its children did."""
    for t in doc:
        want = _walk(t, ("auxpass", "nsubjpass"))
        assert speakers._is_passive(t) is want, t.text
        assert attribution_stage._passive(t) is want, t.text


def test_each_passive_label_alone_makes_a_passive():
    assert PASSIVE_LABELS == ("auxpass", "nsubjpass")
    closed = [BOTH[3], SUBJ_ONLY[1], AUX_ONLY[2]]
    assert [speakers._is_passive(t) for t in closed] == [True, True, True]
    assert [is_passive(t) for t in closed] == [True, True, True]  # (events' test: the same set)
    assert not speakers._is_passive(ACTIVE[1]) and not is_passive(ACTIVE[1])
    assert not speakers._is_passive(BOTH[1])  # (the subject itself has no such child)


@pytest.mark.parametrize("doc", DOCS)
def test_the_complement_set_is_the_walk_over_the_children(doc):
    """cameo_sense's test for a clause of the verb's own (an xcomp or a ccomp child), for every token."""
    for t in doc:
        assert (t.i in with_child(doc, coder._OWN_CLAUSE)) is _walk(t, ("xcomp", "ccomp")), t.text
    assert {t.text for t in CLAUSES if t.i in with_child(CLAUSES, coder._OWN_CLAUSE)} == {"agreed", "said"}


@pytest.fixture(scope="module")
def lex():
    from newsgraph.events.lexicon import get_lexicon

    return get_lexicon()


def _actor(eid, sdoc, i, country):
    mention = SimpleNamespace(kind="name", start=sdoc[i].idx, end=sdoc[i].idx + len(sdoc[i]))
    return SimpleNamespace(id=eid, type="GPE", actor=SimpleNamespace(country=country, sector=None), attrs={},
                           mentions=[mention])


def _lashed(tail_dep):
    """"Brazil lashed out at Argentina, saying it cheated": the last verb hung on "lashed" as `tail_dep`."""
    d = _doc([("Brazil", "NNP", "PROPN", "nsubj", 1), ("lashed", "VBD", "VERB", "ROOT", 1), ("out", "RP", "ADP", "prt", 1),
              ("at", "IN", "ADP", "prep", 1), ("Argentina", "NNP", "PROPN", "pobj", 3), (",", ",", "PUNCT", "punct", 1),
              ("saying", "VBG", "VERB", tail_dep, 1), ("it", "PRP", "PRON", "nsubj", 8), ("cheated", "VBD", "VERB", "ccomp", 6)])
    parts = coder.Participants(SimpleNamespace(entities=[_actor("bra", d, 0, "BRA"), _actor("arg", d, 4, "ARG")]), d,
                               frozenset())
    return d, parts


def test_cameo_sense_leaves_a_verb_with_a_clause_of_its_own(lex):
    """The CAMEO.2.0 pattern `LASH * OUT AT` codes "lashed" with an adverbial clause after it, and not with a
    complement clause or an infinitive: the early return reads the set, which fails if a label is lost."""
    d, parts = _lashed("advcl")
    sense = coder.cameo_sense(d[1], lex, parts)
    assert sense is not None and sense.cameo == "111"
    for dep in ("ccomp", "xcomp"):
        d, parts = _lashed(dep)
        assert coder.cameo_sense(d[1], lex, parts) is None, dep


# --- spans.sentence_of: Token.sent from the SENT_START column ----------------------------------------------------

from newsgraph.spans import sentence_of  # noqa: E402


def _bounds(span):
    return span.start, span.end


@pytest.mark.parametrize("sent_starts", [
    [True, False, False, True, False, True],  # three sentences
    [False, False, True, False, False, False],  # the first token unmarked: its sentence still starts at 0
    [None, None, True, None, False, None],  # unknown (0) between starts: only a 1 starts a sentence
    [True, True, True, True, True, True],  # one token each
    [False, False, False, False, False, True],  # the last token alone
])
def test_sentence_of_is_token_sent(sent_starts):
    doc = Doc(VOCAB, words=["Rain", "fell", ".", "Roads", "shut", "."], sent_starts=sent_starts)
    for t in doc:
        assert _bounds(sentence_of(t)) == _bounds(t.sent), (t.i, sent_starts)
        assert sentence_of(t).doc is doc


def test_sentence_of_over_parses_and_their_roots():
    """A parse's sentences come from its roots' edges (each root's subtree a sentence)."""
    for doc in DOCS:
        for t in doc:
            assert _bounds(sentence_of(t)) == _bounds(t.sent)
    two = _doc([("Rain", "NN", "NOUN", "nsubj", 1), ("fell", "VBD", "VERB", "ROOT", 1), (".", ".", "PUNCT", "punct", 1),
                ("Roads", "NNS", "NOUN", "nsubj", 4), ("shut", "VBD", "VERB", "ROOT", 4)])
    assert [_bounds(sentence_of(t)) for t in two] == [(0, 3)] * 3 + [(3, 5)] * 2
    assert [sentence_of(t).text for t in (two[0], two[4])] == ["Rain fell .", "Roads shut"]


def test_sentence_of_without_sentences_or_with_a_hook_is_spacys_own():
    bare = Doc(VOCAB, words=["no", "parse", "here"])
    with pytest.raises(ValueError):
        bare[1].sent
    with pytest.raises(ValueError):
        sentence_of(bare[1])  # (spaCy's E030, as before)
    hooked = Doc(VOCAB, words=["a", "b", "c", "d"], sent_starts=[True, False, True, False])
    hooked.user_token_hooks["sent"] = lambda t: t.doc[0:4]
    assert _bounds(sentence_of(hooked[0])) == _bounds(hooked[0].sent) == (0, 4)
