"""Session 21, s21-mut: the coder's open survivors (s20-mutev's unclassified `_condition_words` ones) that the
coder's full test list still leaves alive (docs/testing.md, "Session 21, s21-mut"). The rule reads only a
token's label, tag, part of speech, lemma and children, so each test gives it the parse it is written for by
hand (a spaCy `Doc` with its heads and labels, our own words), one edge changed a test."""

from __future__ import annotations

from types import SimpleNamespace

from spacy.lang.en import English
from spacy.tokens import Doc

from newsgraph.events.coder import _condition_words, choose_sense
from newsgraph.events.lexicon import Sense


VOCAB = English().vocab  # (a bare Vocab has no lower-case forms)


def _doc(*rows):
    """rows: (word, head index, label, part of speech, tag, lemma)."""
    words, heads, deps, pos, tags, lemmas = zip(*rows)
    return Doc(VOCAB, words=list(words), heads=list(heads), deps=list(deps), pos=list(pos), tags=list(tags),
               lemmas=list(lemmas))


def _shot(result_word, result_pos, result_tag):
    """"The reporter was shot <result>.": the result hung on the passive as its oprd."""
    return _doc(("The", 1, "det", "DET", "DT", "the"), ("reporter", 3, "nsubjpass", "NOUN", "NN", "reporter"),
                ("was", 3, "auxpass", "AUX", "VBD", "be"), ("shot", 3, "ROOT", "VERB", "VBN", "shoot"),
                (result_word, 3, "oprd", result_pos, result_tag, result_word.lower()), (".", 3, "punct", "PUNCT", ".", "."))


def test_a_passives_resultative_adjective_is_read_as_its_actives_word():
    # _condition_words 29-31, 33-35: "was shot dead" reads "dead" as "shot dead" does (a sense's prep word)
    objs, preps, _, _ = _condition_words(_shot("dead", "ADJ", "JJ")[3])
    assert "dead" in preps
    assert None not in preps
    assert "reporter" in objs and "reporter" not in preps
    # a noun in that place (as in "was named chairman") is an object only
    objs, preps, _, _ = _condition_words(_shot("chairman", "NOUN", "NN")[3])
    assert "chairman" in objs and "chairman" not in preps


def test_a_bare_adjective_with_its_own_subject_completes_the_verb():
    # _condition_words 116, 117: "They held the sailors captive." with "sailors" parsed as the subject of
    # "captive" (a ccomp): the adjective still completes "held" ("hold captive")
    doc = _doc(("They", 1, "nsubj", "PRON", "PRP", "they"), ("held", 1, "ROOT", "VERB", "VBD", "hold"),
               ("the", 3, "det", "DET", "DT", "the"), ("sailors", 4, "nsubj", "NOUN", "NNS", "sailor"),
               ("captive", 1, "ccomp", "ADJ", "JJ", "captive"), (".", 1, "punct", "PUNCT", ".", "."))
    _, preps, _, _ = _condition_words(doc[1])
    assert "captive" in preps
    # with a child of another label (a determiner of its own) it is no bare adjective
    doc = _doc(("They", 1, "nsubj", "PRON", "PRP", "they"), ("held", 1, "ROOT", "VERB", "VBD", "hold"),
               ("the", 3, "det", "DET", "DT", "the"), ("sailors", 4, "dobj", "NOUN", "NNS", "sailor"),
               ("captive", 1, "ccomp", "ADJ", "JJ", "captive"), (".", 1, "punct", "PUNCT", ".", "."))
    _, preps, _, _ = _condition_words(doc[1])
    assert "captive" not in preps


def _actors(*names):
    """A stand-in for Participants: the named words are actors."""
    return SimpleNamespace(is_actor=lambda t: t.text in names)


def test_an_object_made_the_subject_of_a_to_infinitive_is_the_verbs_actor_object():
    # choose_sense 94 (`_controlled(tok) and _prep_object(...)`): "Kenya warned Uganda to withdraw." with
    # "Uganda" parsed as the infinitive's subject is still what an entity-object sense asks for
    doc = _doc(("Kenya", 1, "nsubj", "PROPN", "NNP", "Kenya"), ("warned", 1, "ROOT", "VERB", "VBD", "warn"),
               ("Uganda", 4, "nsubj", "PROPN", "NNP", "Uganda"), ("to", 4, "aux", "PART", "TO", "to"),
               ("withdraw", 1, "ccomp", "VERB", "VB", "withdraw"), (".", 1, "punct", "PUNCT", ".", "."))
    sense = Sense(type="THREATEN", cameo="130", entity_object=True)
    assert choose_sense([sense], doc[1], _actors("Uganda")) is sense
    assert choose_sense([sense], doc[1], _actors()) is None


def test_a_names_plural_lemma_also_counts_as_its_singular_from_four_letters():
    # choose_sense 82 (`len(w) > 4`): "Mobs looted the shops." with the name's plural kept as its lemma
    # ("mobs") meets a sense whose subject is "mob"
    doc = _doc(("Mobs", 1, "nsubj", "PROPN", "NNPS", "mobs"), ("looted", 1, "ROOT", "VERB", "VBD", "loot"),
               ("the", 3, "det", "DET", "DT", "the"), ("shops", 1, "dobj", "NOUN", "NNS", "shop"),
               (".", 1, "punct", "PUNCT", ".", "."))
    sense = Sense(type="ASSAULT", cameo="190", subject=frozenset({"mob"}))
    assert choose_sense([sense], doc[1], _actors()) is sense


def test_a_noun_triggers_actor_object_may_be_its_senses_prepositions_object():
    # choose_sense 105 (`_prep_object(tok, None)`): a sense asking for "on" and an actor object (a user
    # lexicon may give both) finds Lebanon in "the strike on Lebanon", and no actor in "the strike on Monday"
    rows = [("Israel", 2, "poss", "PROPN", "NNP", "Israel"), ("'s", 0, "case", "PART", "POS", "'s"),
            ("strike", 2, "ROOT", "NOUN", "NN", "strike"), ("on", 2, "prep", "ADP", "IN", "on"),
            ("Lebanon", 3, "pobj", "PROPN", "NNP", "Lebanon")]
    sense = Sense(type="ASSAULT", cameo="195", prep=frozenset({"on"}), entity_object=True)
    assert choose_sense([sense], _doc(*rows)[2], _actors("Lebanon")) is sense
    rows[4] = ("Monday", 3, "pobj", "PROPN", "NNP", "Monday")
    assert choose_sense([sense], _doc(*rows)[2], _actors("Lebanon")) is None


# --- s21c-mut: the 28 survivors of s21-mut's partial whole run of `_objects` and `_aimed_against` ---
# (hand-built parses again: each gives the rule the edge it reads; a stand-in resolves named words)

from newsgraph.events.coder import WARNING_SENSE, _aimed_against, _objects  # noqa: E402


def _w(word, head, dep, pos="NOUN", ent=""):
    tag = {"NOUN": "NN", "PROPN": "NNP", "VERB": "VBD", "ADP": "IN", "PART": "RP", "ADJ": "JJ"}.get(pos, "XX")
    return (word, head, dep, pos, tag, word.lower(), ent)


def _parse(*rows):
    words, heads, deps, pos, tags, lemmas, ents = zip(*rows)
    return Doc(VOCAB, words=list(words), heads=list(heads), deps=list(deps), pos=list(pos), tags=list(tags),
               lemmas=list(lemmas), ents=[f"B-{e}" if e else "O" for e in ents])


def _resolving(**ids):
    """Participants stand-in: each named word resolves to its own entity id (all actors)."""
    return SimpleNamespace(resolve=lambda t: [ids[t.text]] if t.text in ids else [], tok2ent={}, country={},
                           actor_ids=frozenset(ids.values()), event_nouns=frozenset())


PARTS = _resolving(Ruritania="R", Sylvania="S", Freedonia="F")


def _texts(toks):
    return [t.text for t in toks]


def test_a_threat_aimed_at_the_sources_own_side_has_no_target():
    # _aimed_against 20, 22: "Ruritania deployed missiles against Ruritania" (its own) aims at no one else
    doc = _parse(_w("Ruritania", 1, "nsubj", "PROPN"), _w("deployed", 1, "ROOT", "VERB"), _w("missiles", 1, "dobj"),
                 _w("against", 2, "prep", "ADP"), _w("Ruritania", 3, "pobj", "PROPN"))
    assert _aimed_against(doc[1], PARTS, {"R"}) == []
    assert _texts(_aimed_against(doc[1], PARTS, {"S"})) == ["Ruritania"]


def test_a_preposition_hung_on_at_is_not_what_the_force_is_aimed_at():
    # _aimed_against 15, 16: the rule skips a pobj whose preposition hangs on an "at" (a stacked
    # "at ... against" misparse); hung on the object itself it is taken
    rows = [_w("Ruritania", 1, "nsubj", "PROPN"), _w("deployed", 1, "ROOT", "VERB"), _w("missiles", 1, "dobj"),
            _w("at", 2, "prep", "ADP"), _w("against", 3, "prep", "ADP"), _w("Sylvania", 4, "pobj", "PROPN")]
    assert _aimed_against(_parse(*rows)[1], PARTS, {"R"}) == []
    rows[4] = _w("against", 2, "prep", "ADP")
    assert _texts(_aimed_against(_parse(*rows)[1], PARTS, {"R"})) == ["Sylvania"]


def test_a_name_read_as_a_modifier_is_no_object_when_it_is_a_time():
    # _objects 96, 97: "met Sylvania" with the name an npadvmod is the object; a TIME name is not
    rows = [_w("Ruritania", 1, "nsubj", "PROPN"), _w("met", 1, "ROOT", "VERB"), _w("Sylvania", 1, "npadvmod", "PROPN", "GPE")]
    sense = Sense(type="CONSULT", cameo="040")
    assert _texts(_objects(_parse(*rows)[1], sense, PARTS, {"R"})) == ["Sylvania"]
    rows[2] = _w("Sylvania", 1, "npadvmod", "PROPN", "TIME")
    assert _objects(_parse(*rows)[1], sense, PARTS, {"R"}) == []
