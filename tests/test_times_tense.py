"""times.verb_tense on hand-built parses: the tense a clause's auxiliaries and tags give, without a
parser in the way (mutation testing, session 3: the tense rules were unpinned)."""

import pytest

from newsgraph.times import verb_tense

_VOCAB = []


def _doc(tokens):
    """tokens: (word, head index, dep, tag, lemma); the verb under test is the one marked ROOT unless
    the test picks another."""
    import spacy
    from spacy.tokens import Doc

    if not _VOCAB:
        _VOCAB.append(spacy.blank("en").vocab)
    words, heads, deps, tags, lemmas = zip(*tokens)
    return Doc(_VOCAB[0], words=list(words), heads=list(heads), deps=list(deps), tags=list(tags), lemmas=list(lemmas))


def _root(tokens):
    return next(t for t in _doc(tokens) if t.dep_ == "ROOT")


@pytest.mark.parametrize("tokens, tense", [
    # auxiliaries of the future
    ([("he", 2, "nsubj", "PRP", "he"), ("will", 2, "aux", "MD", "will"), ("meet", 2, "ROOT", "VB", "meet")], "future"),
    ([("he", 2, "nsubj", "PRP", "he"), ("'ll", 2, "aux", "MD", "will"), ("meet", 2, "ROOT", "VB", "meet")], "future"),
    ([("he", 2, "nsubj", "PRP", "he"), ("shall", 2, "aux", "MD", "shall"), ("go", 2, "ROOT", "VB", "go")], "future"),
    ([("will", 0, "ROOT", "MD", "will")], "future"),
    # other modals: future, unless perfect ("would have met")
    ([("he", 2, "nsubj", "PRP", "he"), ("would", 2, "aux", "MD", "would"), ("meet", 2, "ROOT", "VB", "meet")], "future"),
    ([("he", 3, "nsubj", "PRP", "he"), ("would", 3, "aux", "MD", "would"), ("have", 3, "aux", "VB", "have"),
      ("met", 3, "ROOT", "VBN", "meet")], "past"),
    ([("he", 3, "nsubj", "PRP", "he"), ("could", 3, "aux", "MD", "could"), ("be", 3, "auxpass", "VB", "be"),
      ("met", 3, "ROOT", "VBN", "meet")], "future"),
    ([("may", 0, "ROOT", "MD", "may")], "future"),
    # perfect and simple past
    ([("he", 2, "nsubj", "PRP", "he"), ("has", 2, "aux", "VBZ", "have"), ("met", 2, "ROOT", "VBN", "meet")], "past"),
    ([("they", 2, "nsubj", "PRP", "they"), ("had", 2, "aux", "VBD", "have"), ("met", 2, "ROOT", "VBN", "meet")], "past"),
    ([("it", 2, "nsubjpass", "PRP", "it"), ("was", 2, "auxpass", "VBD", "be"), ("built", 2, "ROOT", "VBN", "build")], "past"),
    ([("he", 2, "nsubj", "PRP", "he"), ("was", 2, "aux", "VBD", "be"), ("meeting", 2, "ROOT", "VBG", "meet")], "past"),
    ([("he", 1, "nsubj", "PRP", "he"), ("met", 1, "ROOT", "VBD", "meet")], "past"),
    # present passive of a verb of planning: ahead; of another verb: present
    ([("it", 2, "nsubjpass", "PRP", "it"), ("is", 2, "auxpass", "VBZ", "be"), ("scheduled", 2, "ROOT", "VBN", "schedule")], "future"),
    ([("it", 2, "nsubjpass", "PRP", "it"), ("are", 2, "auxpass", "VBP", "be"), ("built", 2, "ROOT", "VBN", "build")], "present"),
    ([("built", 0, "ROOT", "VBN", "build")], "past"),  # a reduced relative
    # progressive
    ([("he", 2, "nsubj", "PRP", "he"), ("has", 3, "aux", "VBZ", "have"), ("been", 3, "aux", "VBN", "be"),
      ("missing", 3, "ROOT", "VBG", "miss")], "past"),
    ([("he", 2, "nsubj", "PRP", "he"), ("is", 2, "aux", "VBZ", "be"), ("meeting", 2, "ROOT", "VBG", "meet")], "present"),
    ([("they", 2, "nsubj", "PRP", "they"), ("are", 2, "aux", "VBP", "be"), ("meeting", 2, "ROOT", "VBG", "meet")], "present"),
    ([("meeting", 0, "ROOT", "VBG", "meet")], None),
    # simple present, bare forms
    ([("he", 1, "nsubj", "PRP", "he"), ("meets", 1, "ROOT", "VBZ", "meet")], "present"),
    ([("they", 1, "nsubj", "PRP", "they"), ("meet", 1, "ROOT", "VBP", "meet")], "present"),
    ([("meet", 0, "ROOT", "VB", "meet")], None),
    ([("due", 0, "ROOT", "JJ", "due")], "future"),
    ([("ready", 0, "ROOT", "JJ", "ready")], None),
])
def test_tense_of_a_clause(tokens, tense):
    assert verb_tense(_root(tokens)) == tense


def _infinitive_under(head_word, head_tag, head_lemma, aux="aux"):
    # "<he> <head> to visit": the infinitive's tense comes from what governs it
    return _doc([("he", 1, "nsubj", "PRP", "he"), (head_word, 1, "ROOT", head_tag, head_lemma),
                 ("to", 3, aux, "TO", "to"), ("visit", 1, "xcomp", "VB", "visit")])[3]


@pytest.mark.parametrize("head, tag, lemma, tense", [
    ("is", "VBZ", "be", "future"),  # "is to visit"
    ("are", "VBP", "be", "future"),
    ("was", "VBD", "be", "past"),
    ("plans", "VBZ", "plan", "future"),
    ("planned", "VBD", "plan", "future"),  # a schedule still ahead
    ("scheduled", "VBD", "schedule", "future"),
    ("hoped", "VBD", "hope", "past"),  # a hope in the past is past
    ("hopes", "VBZ", "hope", "future"),
    ("tried", "VBD", "try", "past"),
    ("tries", "VBZ", "try", "present"),
])
def test_tense_of_an_infinitive_comes_from_its_head(head, tag, lemma, tense):
    assert verb_tense(_infinitive_under(head, tag, lemma)) == tense


def test_conjoined_and_complement_verbs_take_their_heads_tense():
    # "he met and talked": talked (VBD) is past of its own; "agreed and signed" (VBN conj) follows the head
    doc = _doc([("he", 1, "nsubj", "PRP", "he"), ("will", 2, "aux", "MD", "will"), ("meet", 2, "ROOT", "VB", "meet"),
                ("and", 2, "cc", "CC", "and"), ("talk", 2, "conj", "VB", "talk")])
    assert verb_tense(doc[4]) == "future"
    doc = _doc([("he", 1, "nsubj", "PRP", "he"), ("has", 2, "aux", "VBZ", "have"), ("met", 2, "ROOT", "VBN", "meet"),
                ("and", 2, "cc", "CC", "and"), ("signed", 2, "conj", "VBN", "sign")])
    assert verb_tense(doc[4]) == "past"
    doc = _doc([("they", 1, "nsubj", "PRP", "they"), ("meet", 1, "ROOT", "VBP", "meet"), ("talking", 1, "advcl", "VBG", "talk")])
    assert verb_tense(doc[2]) == "present"  # a bare gerund takes its head's tense
    doc = _doc([("he", 2, "nsubj", "PRP", "he"), ("will", 2, "aux", "MD", "will"), ("be", 2, "ROOT", "VB", "be"),
                ("signed", 2, "ccomp", "VBN", "sign")])
    assert verb_tense(doc[3]) == "future"
