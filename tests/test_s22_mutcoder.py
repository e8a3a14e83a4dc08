"""Session 22, s22-mutcoder: the coder's survivors of the whole runs of `_answered_by`, `_noun_participants`,
the rest of `_objects` and the PETRARCH-mode `_from_phrase`, `_any_prep_actor`, `_inner` (docs/testing.md,
"Session 22, s22-mutcoder"). These rules read only a token's label, part of speech, lemma and children, so each
test hands them the parse it is written for (a spaCy `Doc` with its heads and labels, our own words) and a
stand-in that resolves the named words to actors."""

from __future__ import annotations

from types import SimpleNamespace

from spacy.lang.en import English
from spacy.tokens import Doc

from newsgraph.events.coder import _any_prep_actor, _from_phrase, _inner

VOCAB = English().vocab  # (a bare Vocab has no lower-case forms)


def _w(word, head, dep, pos="NOUN", lemma=None):
    tag = {"NOUN": "NN", "PROPN": "NNP", "VERB": "VBD", "ADP": "IN", "PART": "RP", "ADJ": "JJ", "PRON": "WDT",
           "AUX": "VBD"}.get(pos, "XX")
    return (word, head, dep, pos, tag, lemma or word.lower())


def _parse(*rows):
    words, heads, deps, pos, tags, lemmas = zip(*rows)
    return Doc(VOCAB, words=list(words), heads=list(heads), deps=list(deps), pos=list(pos), tags=list(tags),
               lemmas=list(lemmas))


def _resolving(**ids):
    """Participants stand-in: each named word resolves to its own entity id (all actors)."""
    return SimpleNamespace(resolve=lambda t: [ids[t.text]] if t.text in ids else [], tok2ent={}, country={},
                           actor_ids=frozenset(ids.values()), event_nouns=frozenset(), triggers={})


PARTS = _resolving(Ruritania="R", Sylvania="S", Freedonia="F", Arnor="A")
R = _w("Ruritania", 1, "nsubj", "PROPN")


# ---------------------------------------------------------------- PETRARCH mode: _from_phrase


def test_from_phrase_wants_some_tokens_each_the_object_of_the_verbs_own_preposition_or_agent():
    # _from_phrase 1 (`bool(toks) or ...`): no target tokens are no phrase
    doc = _parse(R, _w("arrived", 1, "ROOT", "VERB"), _w("in", 1, "prep", "ADP"), _w("Sylvania", 2, "pobj", "PROPN"))
    assert not _from_phrase([], doc[1])
    assert _from_phrase([doc[3]], doc[1])
    # 12, 13: "was welcomed by Sylvania": the agent's object is the verb's own phrase too
    doc = _parse(_w("Ruritania", 2, "nsubjpass", "PROPN"), _w("was", 2, "auxpass", "AUX"),
                 _w("welcomed", 2, "ROOT", "VERB"), _w("by", 2, "agent", "ADP"), _w("Sylvania", 3, "pobj", "PROPN"))
    assert _from_phrase([doc[4]], doc[2])


def test_from_phrase_refuses_a_modifier_of_the_object_and_a_phrase_hung_on_the_object():
    # _from_phrase 4: "sent Sylvanian troops": a modifier two steps below the verb is no prepositional object
    doc = _parse(R, _w("sent", 1, "ROOT", "VERB"), _w("Sylvanian", 3, "amod", "ADJ"), _w("troops", 1, "dobj"))
    assert not _from_phrase([doc[2]], doc[1])
    # 5: "sent troops to Sylvania" with "to" hung on the object: a pobj, but not of the verb's own phrase
    doc = _parse(R, _w("sent", 1, "ROOT", "VERB"), _w("troops", 1, "dobj"), _w("to", 2, "prep", "ADP"),
                 _w("Sylvania", 3, "pobj", "PROPN"))
    assert not _from_phrase([doc[4]], doc[1])


# ---------------------------------------------------------------- PETRARCH mode: _inner


def test_a_name_inside_an_adverbial_clause_on_the_phrase_is_not_inner():
    # _inner 13, 14: "imposed sanctions punishing attacks on Sylvania": the advcl is another act
    doc = _parse(R, _w("imposed", 1, "ROOT", "VERB"), _w("sanctions", 1, "dobj"), _w("punishing", 2, "advcl", "VERB"),
                 _w("attacks", 3, "dobj"), _w("on", 4, "prep", "ADP"), _w("Sylvania", 5, "pobj", "PROPN"))
    assert not _inner(doc[6], doc[2])
    assert _inner(doc[6], doc[4])


def test_only_a_clause_with_its_own_subject_cuts_a_name_off():
    # _inner 15: "talks about Sylvania joining the pact with Freedonia": a gerund with a subject of its own
    # (pcomp) is no relative or complement clause: Freedonia stays inside the talks' phrase
    doc = _parse(R, _w("held", 1, "ROOT", "VERB"), _w("talks", 1, "dobj"), _w("about", 2, "prep", "ADP"),
                 _w("Sylvania", 5, "nsubj", "PROPN"), _w("joining", 3, "pcomp", "VERB"), _w("the", 7, "det", "DET"),
                 _w("pact", 5, "dobj"), _w("with", 7, "prep", "ADP"), _w("Freedonia", 8, "pobj", "PROPN"))
    assert _inner(doc[9], doc[2])
    # 24: "troops stationed in Sylvania": a reduced relative with no subject of its own keeps the name
    doc = _parse(R, _w("withdrew", 1, "ROOT", "VERB"), _w("troops", 1, "dobj"), _w("stationed", 2, "acl", "VERB"),
                 _w("in", 3, "prep", "ADP"), _w("Sylvania", 4, "pobj", "PROPN"))
    assert _inner(doc[5], doc[2])


def _clause_on(label, subj_label="nsubj"):
    """"condemned reports that Sylvania fired on Freedonia": the clause on "reports" under `label`."""
    return _parse(R, _w("condemned", 1, "ROOT", "VERB"), _w("reports", 1, "dobj"), _w("that", 5, "mark", "SCONJ"),
                  _w("Sylvania", 5, subj_label, "PROPN"), _w("fired", 2, label, "VERB"), _w("on", 5, "prep", "ADP"),
                  _w("Freedonia", 6, "pobj", "PROPN"))


def test_a_name_inside_a_clause_with_its_own_subject_is_not_inner():
    # _inner 19-22 (acl, ccomp), 27, 28 (a passive subject counts as the clause's own subject)
    for label in ("acl", "ccomp", "relcl"):
        for subj in ("nsubj", "nsubjpass"):
            doc = _clause_on(label, subj)
            assert not _inner(doc[7], doc[2]), (label, subj)
    # without a subject of its own the clause does not cut it off
    doc = _clause_on("acl", "dep")
    assert _inner(doc[7], doc[2])


# ---------------------------------------------------------------- PETRARCH mode: _any_prep_actor


def test_a_name_in_the_verbs_own_phrase_or_agent_is_its_target():
    # _any_prep_actor 5, 23, 26: "arrived in Sylvania"
    doc = _parse(R, _w("arrived", 1, "ROOT", "VERB"), _w("in", 1, "prep", "ADP"), _w("Sylvania", 2, "pobj", "PROPN"))
    assert _any_prep_actor(doc[1], PARTS, {"R"}) == (["S"], 3)
    # 6: "was welcomed by Sylvania"
    doc = _parse(_w("Ruritania", 2, "nsubjpass", "PROPN"), _w("was", 2, "auxpass", "AUX"),
                 _w("welcomed", 2, "ROOT", "VERB"), _w("by", 2, "agent", "ADP"), _w("Sylvania", 3, "pobj", "PROPN"))
    assert _any_prep_actor(doc[2], PARTS, {"R"}) == (["S"], 4)


def test_an_actor_object_is_not_read_again_as_a_phrases_actor():
    # _any_prep_actor 27: "visited Sylvania": an object naming an actor was the target already
    doc = _parse(R, _w("visited", 1, "ROOT", "VERB"), _w("Sylvania", 1, "dobj", "PROPN"))
    assert _any_prep_actor(doc[1], PARTS, {"R"}) == ([], -1)


def test_a_phrase_of_time_names_when_and_any_other_phrase_whom():
    # _any_prep_actor 21, 22: "imposed an embargo after the siege of Sylvania": when, not whom
    doc = _parse(R, _w("imposed", 1, "ROOT", "VERB"), _w("embargo", 1, "dobj"), _w("after", 1, "prep", "ADP"),
                 _w("siege", 3, "pobj"), _w("of", 4, "prep", "ADP"), _w("Sylvania", 5, "pobj", "PROPN"))
    assert _any_prep_actor(doc[1], PARTS, {"R"}) == ([], -1)
    # "arrived for talks with Sylvania": the talks' party
    doc = _parse(R, _w("arrived", 1, "ROOT", "VERB"), _w("for", 1, "prep", "ADP"), _w("talks", 2, "pobj"),
                 _w("with", 3, "prep", "ADP"), _w("Sylvania", 4, "pobj", "PROPN"))
    assert _any_prep_actor(doc[1], PARTS, {"R"}) == (["S"], 5)


def test_a_place_inside_a_phrase_is_a_venue_unless_told_otherwise():
    # _any_prep_actor 1 (`venue` False by default): "held talks on trade in Arnor": where, by default
    doc = _parse(R, _w("held", 1, "ROOT", "VERB"), _w("talks", 1, "dobj"), _w("on", 2, "prep", "ADP"),
                 _w("trade", 3, "pobj"), _w("in", 4, "prep", "ADP"), _w("Arnor", 5, "pobj", "PROPN"))
    assert _any_prep_actor(doc[1], PARTS, {"R"}) == ([], -1)
    assert _any_prep_actor(doc[1], PARTS, {"R"}, venue=False) == (["A"], 6)


def test_a_particle_after_the_verb_with_an_object_is_a_phrase():
    # _any_prep_actor 10, 11: "cordoned off Sylvania" with the parser's object hung on the particle
    doc = _parse(R, _w("cordoned", 1, "ROOT", "VERB"), _w("off", 1, "prt", "PART"), _w("Sylvania", 2, "pobj", "PROPN"))
    assert _any_prep_actor(doc[1], PARTS, {"R"}) == (["S"], 3)


def test_a_name_right_after_a_preposition_of_time_is_a_place_and_a_common_noun_elsewhere_a_party():
    # _any_prep_actor 29, 31-33: "massed troops before Sylvania": a name after "before" is where they stand
    doc = _parse(R, _w("massed", 1, "ROOT", "VERB"), _w("troops", 1, "dobj"), _w("before", 1, "prep", "ADP"),
                 _w("Sylvania", 3, "pobj", "PROPN"))
    assert _any_prep_actor(doc[1], PARTS, {"R"}) == (["S"], 4)
    # 30: "fired on police": a common noun naming an actor, in a phrase that is no time, is the target
    doc = _parse(R, _w("fired", 1, "ROOT", "VERB"), _w("on", 1, "prep", "ADP"), _w("police", 2, "pobj"))
    assert _any_prep_actor(doc[1], _resolving(police="P"), {"R"}) == (["P"], 3)


def test_a_name_inside_an_objects_clause_with_its_own_subject_is_not_read():
    # _any_prep_actor 38 (`t.dep_ == "pobj" or ...`): "condemned reports that Sylvania fired on Freedonia"
    doc = _clause_on("acl")
    assert _any_prep_actor(doc[1], PARTS, {"R"}) == ([], -1)


def test_a_countrys_post_in_a_place_stands_for_that_country():
    # _any_prep_actor 62 (`.upper()`): "reopened its embassy in Sylvania" is about Sylvania, not a venue
    doc = _parse(R, _w("reopened", 1, "ROOT", "VERB"), _w("its", 3, "poss", "PRON"), _w("embassy", 1, "dobj"),
                 _w("in", 3, "prep", "ADP"), _w("Sylvania", 4, "pobj", "PROPN"))
    assert _any_prep_actor(doc[1], PARTS, {"R"}) == (["S"], 5)


def test_a_phrase_of_time_on_the_way_up_cuts_a_name_off():
    # _inner 6-8, 10: "an embargo after the siege of Sylvania": the name is in a phrase of time
    doc = _parse(R, _w("imposed", 1, "ROOT", "VERB"), _w("embargo", 1, "dobj"), _w("after", 2, "prep", "ADP"),
                 _w("siege", 3, "pobj"), _w("of", 4, "prep", "ADP"), _w("Sylvania", 5, "pobj", "PROPN"))
    assert not _inner(doc[6], doc[2])
    assert _inner(doc[6], doc[4])


# ---------------------------------------------------------------- _objects (mutants 307-435)

from newsgraph.events.coder import _objects  # noqa: E402
from newsgraph.events.lexicon import Sense  # noqa: E402


def test_a_demands_that_clause_names_its_addressee_as_a_complement_or_a_clause_on_the_noun():
    # _objects 379: "Ruritania insisted on its demands that Freedonia withdraw": the parser hangs the
    # that-clause on the noun as an acl or a ccomp; either way Freedonia is asked
    for label in ("acl", "ccomp"):
        rows = [R, _w("insisted", 1, "ROOT", "VERB"), _w("on", 1, "prep", "ADP"), _w("demands", 2, "pobj", "NOUN", "demand"),
                _w("that", 6, "mark", "SCONJ"), _w("Freedonia", 6, "nsubj", "PROPN"), _w("withdraw", 3, label, "VERB")]
        got = _objects(_parse(*rows)[1], Sense(type="REQUEST", cameo="020"), PARTS, {"R"})
        assert [t.text for t in got] == ["Freedonia"], label


def test_a_demands_clause_names_no_addressee_when_its_subject_is_no_other_actor():
    # _objects 382 (`SUBJ or resolves`): "insisted on its demands that the troops leave" (no actor) and
    # "... that Ruritania leave" (the source itself) address no one
    for subj in ("troops", "Ruritania"):
        rows = [R, _w("insisted", 1, "ROOT", "VERB"), _w("on", 1, "prep", "ADP"), _w("demands", 2, "pobj", "NOUN", "demand"),
                _w("that", 6, "mark", "SCONJ"), _w(subj, 6, "nsubj"), _w("leave", 3, "acl", "VERB")]
        assert _objects(_parse(*rows)[1], Sense(type="REQUEST", cameo="020"), PARTS, {"R"}) == [], subj


def test_a_demands_clause_gives_one_addressee():
    # _objects 388 (`< own`) is the "Ruritania" case above; 389 (`subs[:2]`): with two subjects hung on the
    # clause (the parser's reading of "that Freedonia, Sylvania leave") the first one only, as every rule here
    rows = [R, _w("insisted", 1, "ROOT", "VERB"), _w("on", 1, "prep", "ADP"), _w("demands", 2, "pobj", "NOUN", "demand"),
            _w("that", 7, "mark", "SCONJ"), _w("Freedonia", 7, "nsubj", "PROPN"), _w("Sylvania", 7, "nsubj", "PROPN"),
            _w("leave", 3, "acl", "VERB")]
    got = _objects(_parse(*rows)[1], Sense(type="REQUEST", cameo="020"), PARTS, {"R"})
    assert [t.text for t in got] == ["Freedonia"]


def test_whether_in_names_a_venue_is_asked_of_the_events_type_not_its_code():
    # _objects 400 (`quad_class(None, cameo)`): a REQUEST is verbal conflict by its PLOVER type though CAMEO's 02x
    # codes are verbal cooperation: "demanded an inquiry in Sylvania" names whom it presses, while a
    # cooperative act's "held talks in Sylvania" names where
    def obj(verb, noun, sense):
        rows = [R, _w(verb, 1, "ROOT", "VERB"), _w(noun, 1, "dobj"), _w("in", 2, "prep", "ADP"),
                _w("Sylvania", 3, "pobj", "PROPN")]
        return [t.text for t in _objects(_parse(*rows)[1], sense, PARTS, {"R"})]

    assert obj("demanded", "inquiry", Sense(type="REQUEST", cameo="020")) == ["Sylvania"]
    assert obj("held", "talks", Sense(type="CONSULT", cameo="040")) == []
    # 401, 403 (the code dropped): an act a user's dictionary codes with a code PLOVER does not type is
    # asked of its code, so an untyped 04x meeting's "in" is where too
    assert obj("held", "talks", Sense(type=None, cameo="040")) == []


# ---------------------------------------------------------------- _noun_participants

from newsgraph.events.coder import Candidate, _noun_participants  # noqa: E402


def _noun_roles(rows, i, sense, parts=PARTS):
    """The source and target words _noun_participants finds for the event noun at `i`."""
    doc = _parse(*rows)
    c = Candidate(sense=sense, token=doc[i], start=0, end=0, sent=doc[:], anchor=doc[i], predicate=doc[i])
    _noun_participants(c, parts)
    return [t.text for t in c.source_tokens], [t.text for t in c.target_tokens]


def test_whether_from_names_the_doer_is_asked_of_an_untyped_events_code():
    # _noun_participants 84, 86 (the code dropped): for an act a user's dictionary codes with a code PLOVER does
    # not type, "from" names the doer of a cooperative or verbal act ("praise from Sylvania") but only where
    # a material conflict was launched from ("shelling from Sylvania")
    def roles(noun, code):
        return _noun_roles([_w(noun, 0, "ROOT"), _w("from", 0, "prep", "ADP"), _w("Sylvania", 1, "pobj", "PROPN")], 0,
                           Sense(type=None, cameo=code))

    assert roles("praise", "051") == (["Sylvania"], [])
    assert roles("shelling", "195") == ([], [])


def test_under_arrest_takes_its_doer_from_an_agent_or_a_from_phrase_only():
    # _noun_participants 421 (`agent or is_passive(v)`): "Ruritania was put under investigation in Sylvania": the
    # place phrase on the passive verb names no investigator; "... by Sylvania" does
    def roles(prep, dep):
        rows = [_w("Ruritania", 2, "nsubjpass", "PROPN"), _w("was", 2, "auxpass", "AUX"), _w("put", 2, "ROOT", "VERB"),
                _w("under", 2, "prep", "ADP"), _w("investigation", 3, "pobj"), _w(prep, 2, dep, "ADP"),
                _w("Sylvania", 5, "pobj", "PROPN")]
        return _noun_roles(rows, 4, Sense(type="COERCE", cameo="173"))

    assert roles("in", "prep") == ([], ["Ruritania"])
    assert roles("by", "agent") == (["Sylvania"], ["Ruritania"])


def test_taking_part_in_talks_on_someone_names_a_topic_not_a_party():
    # _noun_participants 477 (`_clause_target(v, None, ...)`): "Ruritania engaged in talks on Sylvania" with
    # "on" hung on the verb after the noun: for talks "on" is a topic, not the other side
    rows = [R, _w("engaged", 1, "ROOT", "VERB", "engage"), _w("in", 1, "prep", "ADP"), _w("talks", 2, "pobj", "NOUN", "talk"),
            _w("on", 1, "prep", "ADP"), _w("Sylvania", 4, "pobj", "PROPN")]
    assert _noun_roles(rows, 3, Sense(type="CONSULT", cameo="040")) == (["Ruritania"], [])
    # an attack's "against" so hung is its target
    rows[4] = _w("against", 1, "prep", "ADP")
    assert _noun_roles(rows, 3, Sense(type="ASSAULT", cameo="190")) == (["Ruritania"], ["Sylvania"])


def test_a_phrase_on_the_verb_before_the_event_noun_is_not_its_target():
    # _noun_participants 483 (`after` dropped): "With Freedonia, Ruritania joined in the attack": the fronted
    # phrase names company, not whom the attack is on
    rows = [_w("With", 3, "prep", "ADP"), _w("Freedonia", 0, "pobj", "PROPN"), _w("Ruritania", 3, "nsubj", "PROPN"),
            _w("joined", 3, "ROOT", "VERB", "join"), _w("in", 3, "prep", "ADP"), _w("attack", 4, "pobj")]
    assert _noun_roles(rows, 5, Sense(type="ASSAULT", cameo="190")) == (["Ruritania"], [])
