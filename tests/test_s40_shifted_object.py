"""Session 40 (s40-plovtype): coder.shifted_object, an object placed after the verb's own adjunct (heavy noun
phrase shift) that the parser reads as the subject of a clause hung on the verb. Own sentences."""

import pytest

from newsgraph.evaluate.events import _rank, asserted, plover_events


def _verb(pipeline, text, word):
    sdoc = pipeline.nlp(text)
    return next(t for t in sdoc if t.lower_ == word)


def _top(pipeline, text):
    doc = pipeline.extract(text, published="2024-06-01")
    evs = [e for e in sorted(plover_events(list(doc.events)), key=_rank) if asserted(e)]
    return [(e.type, e.trigger.text.lower()) for e in evs]


@pytest.mark.parametrize("text, verb, noun", [
    # the noun's own modifying clause between it and the verb the parser hung it on
    ("Uganda released after two years the opposition activists arrested when the election results were "
     "announced.", "released", "activists"),
    ("The president relaxed on Monday the restrictions placed on opposition parties after the coup plotters "
     "were arrested.", "relaxed", "restrictions"),
    # the noun's own bare participle taken for the clause
    ("Authorities in Yerevan eased by two hours the night curfew ordered after the clashes spread.", "eased", "curfew"),
])
def test_the_object_after_an_adjunct_is_the_verbs(pipeline, text, verb, noun):
    from newsgraph.events.coder import direct_objects, shifted_object

    v = _verb(pipeline, text, verb)
    assert not any(c.dep_ == "dobj" for c in v.children)  # (the parser's misreading this test is about)
    assert shifted_object(v).lower_ == noun
    assert [o.lower_ for o in direct_objects(v)] == [noun]


@pytest.mark.parametrize("text, verb", [
    ("Police said on Tuesday the rebels killed 17 villagers.", "said"),  # a verb of saying takes a clause
    ("The general insisted on Friday the army arrested the suspects.", "insisted"),  # no clause on the noun
    ("Officials believed last week the troops withdrew from the town.", "believed"),
    ("The minister shortened the curfew imposed after the riots.", "shortened"),  # an object of its own
    ("The army shortened the curfew after the rebels retreated.", "shortened"),
])
def test_a_reported_clause_or_an_own_object_is_no_shifted_object(pipeline, text, verb):
    from newsgraph.events.coder import shifted_object

    assert shifted_object(_verb(pipeline, text, verb)) is None


def test_no_adjunct_means_no_shift(pipeline):
    # the noun right after the verb is stranded_object's case, not this one
    from newsgraph.events.coder import shifted_object

    v = _verb(pipeline, "The rebels freed four aid workers held captive since March.", "freed")
    assert shifted_object(v) is None


@pytest.mark.parametrize("text, type_, trigger", [
    ("The president relaxed on Monday the restrictions placed on opposition parties after the coup plotters "
     "were arrested.", "CONCEDE", "relaxed"),
    ("Authorities in Yerevan eased by two hours the night curfew ordered after the clashes spread.", "CONCEDE", "eased"),
    ("Uganda released after two years the opposition activists arrested when the election results were "
     "announced.", "RETREAT", "released"),
])
def test_the_easing_verb_is_coded_and_its_object_is_no_event(pipeline, text, type_, trigger):
    got = _top(pipeline, text)
    assert got[0] == (type_, trigger)
    assert not any(w == "curfew" for _, w in got)  # the curfew is what is eased, not a second (COERCE) event


# Each guard of shifted_object on a hand-built parse (the parser's misreading written out), so that each is
# tested alone whatever the model does: "Obiku shortened by one hour the curfew imposed after a coup toppled
# the government."  (word, tag, pos, dep, head index, lemma)
BASE = [
    ("Obiku", "NNP", "PROPN", "nsubj", 1, "Obiku"),
    ("shortened", "VBD", "VERB", "ROOT", 1, "shorten"),
    ("by", "IN", "ADP", "prep", 1, "by"),
    ("one", "CD", "NUM", "nummod", 4, "one"),
    ("hour", "NN", "NOUN", "pobj", 2, "hour"),
    ("the", "DT", "DET", "det", 6, "the"),
    ("curfew", "NN", "NOUN", "nsubj", 11, "curfew"),
    ("imposed", "VBN", "VERB", "acl", 6, "impose"),
    ("after", "IN", "ADP", "prep", 7, "after"),
    ("a", "DT", "DET", "det", 10, "a"),
    ("coup", "NN", "NOUN", "pobj", 8, "coup"),
    ("toppled", "VBD", "VERB", "ccomp", 1, "topple"),
    ("the", "DT", "DET", "det", 13, "the"),
    ("government", "NN", "NOUN", "dobj", 11, "government"),
    (".", ".", "PUNCT", "punct", 11, "."),
]


def _built(rows):
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    words, tags, pos, deps, heads, lemmas = zip(*rows)
    return Doc(Vocab(), words=list(words), tags=list(tags), pos=list(pos), deps=list(deps), heads=list(heads),
               lemmas=list(lemmas))


def _edit(rows, i, **kw):
    keys = ("word", "tag", "pos", "dep", "head", "lemma")
    out = list(rows)
    row = dict(zip(keys, out[i]))
    row.update(kw)
    out[i] = tuple(row[k] for k in keys)
    return out


def _shifted(rows, verb=1):
    from newsgraph.events.coder import shifted_object

    got = shifted_object(_built(rows)[verb])
    return got.text if got is not None else None


def test_built_the_misread_object_is_found():
    assert _shifted(BASE) == "curfew"


@pytest.mark.parametrize("rows", [
    _edit(BASE, 1, lemma="say", word="said"),  # a verb of saying takes a clause
    _edit(BASE, 1, pos="AUX"),  # no verb
    _edit(BASE, 13, head=1),  # the verb has an object of its own ("government" as its dobj)
    _edit(BASE, 0, dep="nsubjpass"),  # a passive
    _edit(_edit(BASE, 0, dep="auxpass", lemma="be"), 0, word="was"),  # a passive's auxiliary
    _edit(BASE, 11, dep="conj"),  # no clause hung on the verb
    _edit(BASE, 6, pos="PRON"),  # the subject is no noun
    _edit(BASE, 6, dep="dobj"),  # the clause has no subject
    _edit(BASE, 2, dep="dative"),  # what lies between is no adjunct of the verb
    _edit(BASE, 7, dep="amod"),  # no clause of the noun's own between it and the clause's verb
])
def test_built_each_guard_refuses(rows):
    assert _shifted(rows) is None


@pytest.mark.parametrize("rows", [
    _edit(BASE, 11, dep="advcl"),  # the clause hung as an adverbial
    _edit(BASE, 6, dep="nsubjpass"),  # a passive clause's subject
    _edit(BASE, 7, dep="relcl"),  # the noun's own relative
    _edit(BASE, 2, dep="agent"),  # a passive-looking "by" on an active verb
])
def test_built_the_allowed_variants_are_found(rows):
    assert _shifted(rows) == "curfew"


# "Obiku shortened by one hour , the curfew ...": a comma the adjuncts do not cover
COMMA = BASE[:5] + [(",", ",", "PUNCT", "punct", 1, ",")] + [
    (w, t, p, d, h + 1 if h >= 5 else h, le) for w, t, p, d, h, le in BASE[5:]]


def test_built_a_word_between_adjunct_and_noun_refuses():
    assert _shifted(COMMA) is None


# "Obiku shortened by one hour on Monday the curfew ...": two adjuncts side by side, and with a gap
TWO = BASE[:5] + [("on", "IN", "ADP", "prep", 1, "on"), ("Monday", "NNP", "PROPN", "pobj", 5, "Monday")] + [
    (w, t, p, d, h + 2 if h >= 5 else h, le) for w, t, p, d, h, le in BASE[5:]]
GAP = BASE[:5] + [("then", "RB", "ADV", "cc", 1, "then"), ("on", "IN", "ADP", "prep", 1, "on"),
                  ("Monday", "NNP", "PROPN", "pobj", 6, "Monday")] + [
    (w, t, p, d, h + 3 if h >= 5 else h, le) for w, t, p, d, h, le in BASE[5:]]


def test_built_two_adjuncts_side_by_side_are_found_and_a_gap_refuses():
    assert _shifted(TWO) == "curfew"
    assert _shifted(GAP) is None


# "Obiku eased by two hours the curfew ordered ...": the noun's own bare participle taken for the clause
PART = [
    ("Obiku", "NNP", "PROPN", "nsubj", 1, "Obiku"),
    ("eased", "VBD", "VERB", "ROOT", 1, "ease"),
    ("by", "IN", "ADP", "prep", 1, "by"),
    ("two", "CD", "NUM", "nummod", 4, "two"),
    ("hours", "NNS", "NOUN", "pobj", 2, "hour"),
    ("the", "DT", "DET", "det", 6, "the"),
    ("curfew", "NN", "NOUN", "nsubj", 7, "curfew"),
    ("ordered", "VBN", "VERB", "advcl", 1, "order"),
    ("at", "IN", "ADP", "prep", 7, "at"),
    ("dawn", "NN", "NOUN", "pobj", 8, "dawn"),
    (".", ".", "PUNCT", "punct", 1, "."),
]


def test_built_the_nouns_own_participle_is_found():
    assert _shifted(PART) == "curfew"


@pytest.mark.parametrize("rows", [
    _edit(PART, 7, tag="VBD"),  # a finite verb: a reported clause ("eased ... the rebels ordered")
    # a word of the participle's own clause (written on "at", after it, so that the noun phrase stays whole)
    _edit(PART, 8, dep="aux"),
    _edit(PART, 8, dep="auxpass"),
    _edit(PART, 8, dep="neg"),
    _edit(PART, 8, dep="mark"),
])
def test_built_a_participle_with_its_own_clause_words_refuses(rows):
    assert _shifted(rows) is None


# a clause hung on the verb before it ("Fearing riots, Obiku shortened ..."): skipped, the later one read
FRONT = [("Fearing", "VBG", "VERB", "advcl", 4, "fear"), ("riots", "NNS", "NOUN", "dobj", 0, "riot"),
         (",", ",", "PUNCT", "punct", 4, ",")] + [(w, t, p, d, h + 3, le) for w, t, p, d, h, le in BASE]
# a clause after the verb whose subject stands before the verb (the parser hung "Obiku" on a word inside
# the object): no adjunct leads to that subject, so it is skipped and the misread object is still read
_MOVED = [(w, t, p, d, h + 1 if h >= 7 else h, le) for w, t, p, d, h, le in BASE]
BEHIND = _MOVED[:7] + [("reportedly", "RB", "ADV", "advcl", 1, "reportedly")] + _MOVED[7:]
NOSUBJ = BEHIND  # the same clause with no subject of its own
BEHIND = _edit(BEHIND, 0, head=7)


def test_built_a_clause_that_fails_does_not_stop_the_search():
    assert _shifted(FRONT, verb=4) == "curfew"
    assert _shifted(BEHIND) == "curfew"
    assert _shifted(NOSUBJ) == "curfew"
