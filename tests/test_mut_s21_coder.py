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


def _two(prep, pos=3):
    """A preposition at index `pos` with two actor objects (Sylvania, Freedonia) hung on it directly."""
    return [_w("Sylvania", pos, "pobj", "PROPN"), _w("Freedonia", pos, "pobj", "PROPN")]


def test_each_target_rule_takes_one_object_only():
    # _objects 142, 166, 184, 202, 207, 237, 286: every early return keeps the first party only
    r = _w("Ruritania", 1, "nsubj", "PROPN")
    cases = [  # (sense, rows): the prep at index 3 carries the two objects
        (Sense(type="CONSULT", cameo="040", object=frozenset({"meeting"})),  # "held a meeting with S, F"
         [r, _w("held", 1, "ROOT", "VERB"), _w("meeting", 1, "dobj"), _w("with", 2, "prep", "ADP")]),
        (Sense(type="REQUEST", cameo="020"),  # "sought asylum in S, F"
         [r, _w("sought", 1, "ROOT", "VERB"), _w("asylum", 1, "dobj"), _w("in", 1, "prep", "ADP")]),
        (Sense(type="ACCUSE", cameo="111"),  # "complained loudly about S, F"
         [r, _w("complained", 1, "ROOT", "VERB"), _w("loudly", 1, "advmod", "ADV"), _w("about", 1, "prep", "ADP")]),
        (Sense(type="ACCUSE", cameo="111"),  # "expressed anger at S, F"
         [r, _w("expressed", 1, "ROOT", "VERB"), _w("anger", 1, "dobj"), _w("at", 2, "prep", "ADP")]),
        (Sense(type="REJECT", cameo="120"),  # "resigned despite pressure by S, F" (by: an agent)
         [r, _w("resigned", 1, "ROOT", "VERB"), _w("pressure", 4, "pobj"), _w("by", 2, "agent", "ADP"),
          _w("despite", 1, "prep", "ADP")]),
        (Sense(type="CONSULT", cameo="040"),  # "pulled out of S, F" ("out" a particle)
         [r, _w("pulled", 1, "ROOT", "VERB"), _w("out", 1, "prt", "PART"), _w("of", 2, "prep", "ADP")]),
    ]
    for sense, rows in cases:
        got = _texts(_objects(_parse(*rows, *_two(rows[3][0]))[1], sense, PARTS, {"R"}))
        assert got == ["Sylvania"], (rows[3][0], got)
    # "marched in defiance of S, F": the defied, one only
    rows = [r, _w("marched", 1, "ROOT", "VERB"), _w("in", 1, "prep", "ADP"), _w("defiance", 2, "pobj"),
            _w("of", 3, "prep", "ADP"), *_two("of", 4)]
    assert _texts(_objects(_parse(*rows)[1], Sense(type="PROTEST", cameo="140"), PARTS, {"R"})) == ["Sylvania"]


def test_pressure_by_someone_is_a_refusals_target_only():
    # _objects 208: "met despite pressure by Sylvania" (no refusal): the presser is no target
    rows = [_w("Ruritania", 1, "nsubj", "PROPN"), _w("met", 1, "ROOT", "VERB"), _w("pressure", 4, "pobj"),
            _w("by", 2, "prep", "ADP"), _w("despite", 1, "prep", "ADP"), _w("Sylvania", 3, "pobj", "PROPN")]
    assert _objects(_parse(*rows)[1], Sense(type="CONSULT", cameo="040"), PARTS, {"R"}) == []
    assert _texts(_objects(_parse(*rows)[1], Sense(type="REJECT", cameo="120"), PARTS, {"R"})) == ["Sylvania"]


def test_anger_about_someone_waits_for_the_object_noun_prepositions():
    # _objects 188: the ACCUSE rule on the object's own phrase reads "at"; since session 45 (s45-triple) it
    # reads the object's about/over/against as the verb's ("expressed anger about S" aims at S, PLOVER's
    # ACCUSE target); a preposition in none of these lists ("beyond S") still gives no target
    rows = [_w("Ruritania", 1, "nsubj", "PROPN"), _w("expressed", 1, "ROOT", "VERB"), _w("anger", 1, "dobj"),
            _w("about", 2, "prep", "ADP"), _w("Sylvania", 3, "pobj", "PROPN")]
    assert _texts(_objects(_parse(*rows)[1], Sense(type="ACCUSE", cameo="111"), PARTS, {"R"})) == ["Sylvania"]
    rows[3] = _w("beyond", 2, "prep", "ADP")
    assert _objects(_parse(*rows)[1], Sense(type="ACCUSE", cameo="111"), PARTS, {"R"}) == []


def test_out_of_reads_only_out_or_away_and_only_of_or_from_and_only_actors():
    # _objects 258 ("withdrew because of S": a cause), 272 ("walked out with S": company), 282 ("pulled
    # out of the talks": no actor) give no target
    r, v = _w("Ruritania", 1, "nsubj", "PROPN"), _w("withdrew", 1, "ROOT", "VERB")
    sense = Sense(type="CONSULT", cameo="040")
    for word, dep, prep, obj in (("because", "prep", "of", "Sylvania"), ("out", "prt", "with", "Sylvania"),
                                 ("out", "prt", "of", "talks")):
        rows = [r, v, _w(word, 1, dep, "ADP"), _w(prep, 2, "prep", "ADP"), _w(obj, 3, "pobj", "PROPN")]
        assert _objects(_parse(*rows)[1], sense, PARTS, {"R"}) == [], (word, prep, obj)


def test_a_warnings_clause_object_excludes_the_speakers_own_side_and_none_is_an_empty_list():
    # _objects 302: "Ruritania warned that it will not tolerate Ruritania's ..." (its own): no target;
    # 289: no clause at all gives an empty list (the function's contract; the stage reads it as falsy)
    rows = [_w("Ruritania", 1, "nsubj", "PROPN"), _w("warned", 1, "ROOT", "VERB"), _w("tolerate", 1, "ccomp", "VERB"),
            _w("Ruritania", 2, "dobj", "PROPN")]
    assert _objects(_parse(*rows)[1], WARNING_SENSE, PARTS, {"R"}) == []
    assert _texts(_objects(_parse(*rows)[1], WARNING_SENSE, PARTS, {"S"})) == ["Ruritania"]
    assert _objects(_parse(*rows[:2])[1], WARNING_SENSE, PARTS, {"R"}) == []


def test_the_subject_of_a_denied_clause_is_not_addressed():
    # _objects 304-306: "Ruritania denied that Sylvania attacked": what is denied, no one addressed;
    # "Ruritania urged that Sylvania withdraw" addresses Sylvania
    rows = [_w("Ruritania", 1, "nsubj", "PROPN"), _w("denied", 1, "ROOT", "VERB"), _w("Sylvania", 3, "nsubj", "PROPN"),
            _w("attacked", 1, "ccomp", "VERB")]
    doc = _parse(*rows)
    doc[1].lemma_ = "deny"
    assert _objects(doc[1], Sense(type="REJECT", cameo="120"), PARTS, {"R"}) == []
    doc[1].lemma_ = "urge"
    assert _texts(_objects(doc[1], Sense(type="REQUEST", cameo="020"), PARTS, {"R"})) == ["Sylvania"]
