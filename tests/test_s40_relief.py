"""Session 40 (s40-plovtype): coder.relief_purpose, forces sent for disaster relief are AID (PLOVER MOBILIZE,
"Potential ambiguities": "Mobilizing police or military forces for disaster relief should be coded as AID").
Hand-built parses test each part alone; own sentences test the coded type."""

import pytest

from newsgraph.evaluate.events import _rank, asserted, plover_events


def _built(rows):
    import spacy
    from spacy.tokens import Doc

    words, deps, heads, lemmas = zip(*rows)  # (a blank English vocabulary: its words' lower case is read)
    return Doc(spacy.blank("en").vocab, words=list(words), deps=list(deps), heads=list(heads), lemmas=list(lemmas))


# "India sent soldiers to help flood victims ."  (word, dep, head, lemma)
PURPOSE = [("India", "nsubj", 1, "India"), ("sent", "ROOT", 1, "send"), ("soldiers", "dobj", 1, "soldier"),
           ("to", "aux", 4, "to"), ("help", "advcl", 1, "help"), ("flood", "compound", 6, "flood"),
           ("victims", "dobj", 4, "victim"), (".", "punct", 1, ".")]


def _with(rows, i, **kw):
    out = list(rows)
    w, d, h, le = out[i]
    out[i] = (kw.get("word", w), kw.get("dep", d), kw.get("head", h), kw.get("lemma", le))
    return out


def _relief(rows, verb=1):
    from newsgraph.events.coder import relief_purpose

    return relief_purpose(_built(rows)[verb])


@pytest.mark.parametrize("rows", [
    PURPOSE,
    _with(PURPOSE, 4, dep="xcomp"),
    _with(PURPOSE, 4, dep="ccomp"),
    _with(_with(PURPOSE, 5, lemma="storm"), 6, lemma="resident"),  # the disaster alone
    _with(_with(PURPOSE, 5, lemma="poor"), 6, lemma="survivor"),  # its survivors alone
])
def test_built_a_purpose_naming_a_disaster_or_its_victims_is_relief(rows):
    assert _relief(rows)


@pytest.mark.parametrize("rows", [
    _with(_with(PURPOSE, 5, lemma="border"), 6, lemma="town"),  # a purpose with no disaster
    _with(PURPOSE, 3, dep="prep"),  # no infinitive
    _with(PURPOSE, 3, word="will", lemma="will"),  # an auxiliary, not the infinitive's "to"
    _with(PURPOSE, 4, dep="conj"),  # no purpose phrase
])
def test_built_no_disaster_or_no_purpose_is_no_relief(rows):
    assert not _relief(rows)


def test_built_a_clause_before_the_verb_is_no_purpose():
    # "To help flood victims , India sent soldiers ." is a purpose too, but a fronted clause may belong to the
    # sentence's other verbs; only what follows the verb is read
    rows = [("To", "aux", 1, "to"), ("help", "advcl", 5, "help"), ("flood", "compound", 3, "flood"),
            ("victims", "dobj", 1, "victim"), (",", "punct", 5, ","), ("sent", "ROOT", 5, "send"),
            ("soldiers", "dobj", 5, "soldier"), (".", "punct", 5, ".")]
    assert not _relief(rows, verb=5)


def test_built_a_for_phrase_hung_on_the_forces_sent():
    # "Vietnam mobilised units for flood relief ." with "for" on "units"
    rows = [("Vietnam", "nsubj", 1, "Vietnam"), ("mobilised", "ROOT", 1, "mobilise"), ("units", "dobj", 1, "unit"),
            ("for", "prep", 2, "for"), ("flood", "compound", 5, "flood"), ("relief", "pobj", 3, "relief"),
            (".", "punct", 1, ".")]
    assert _relief(rows)
    assert not _relief(_with(rows, 3, word="near", lemma="near"))
    assert not _relief(_with(rows, 2, dep="npadvmod"))  # no object: the phrase is no deployment's
    assert _relief(_with(rows, 3, word="after", lemma="after"))  # "units after the flood": what it follows


@pytest.mark.parametrize("prep, expected", [("for", True), ("after", True), ("following", True), ("near", False)])
def test_built_a_for_or_after_phrase(prep, expected):
    # "Turkey mobilised troops for/after/following/near the earthquake ."
    rows = [("Turkey", "nsubj", 1, "Turkey"), ("mobilised", "ROOT", 1, "mobilise"), ("troops", "dobj", 1, "troop"),
            (prep, "prep", 1, prep), ("the", "det", 5, "the"), ("earthquake", "pobj", 3, "earthquake"),
            (".", "punct", 1, ".")]
    assert _relief(rows) is expected


def _top(pipeline, text):
    doc = pipeline.extract(text, published="2024-06-01")
    evs = [e for e in sorted(plover_events(list(doc.events)), key=_rank) if asserted(e)]
    return (evs[0].type, evs[0].cameo) if evs else None


@pytest.mark.parametrize("text, expected", [
    ("Chile sent 500 soldiers to help survivors of the earthquake in Valdivia.", ("AID", "073")),
    ("Vietnam mobilised army units for flood relief in Hue.", ("AID", "073")),
    ("Chile sent 500 soldiers to the border with Bolivia.", ("MOBILIZE", "154")),
])
def test_the_deployment_is_typed_by_its_purpose(pipeline, text, expected):
    assert _top(pipeline, text) == expected
