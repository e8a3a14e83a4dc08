"""Session 49 (s49-mutsp): the pieces of the split speakers._subject under mutation. Each condition of
_past_modifier, _climb_modifier, _infinitive_on_noun, _participle_on_noun, _climb_clause and _subject_nearby on
hand-made trees (own words; the small model rarely makes most of these parses), each guard alone."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from newsgraph.attribution import speakers
from newsgraph.attribution.speakers import (_climb_clause, _climb_modifier, _infinitive_on_noun, _participle_on_noun,
                                            _past_modifier, _subject_nearby)


def _doc(*specs):
    """Tokens from (text, tag, pos, dep, head index) specs; a head index of None makes a root (its own head)."""
    doc = []
    for i, (text, tag, pos, dep, _) in enumerate(specs):
        doc.append(SimpleNamespace(i=i, text=text, lower_=text.lower(), lemma_=text.lower(), tag_=tag, pos_=pos,
                                   dep_=dep, children=[], is_quote=text in ('"', "”"), ent_type_="", doc=None))
    for tok, spec in zip(doc, specs):
        tok.doc = doc
        tok.head = tok if spec[4] is None else doc[spec[4]]
        if spec[4] is not None:
            tok.head.children.append(tok)
    return doc


# --- _past_modifier: the verb whose act a preposition, a noun holding a gerund or an adverb is ----------------

def _as_saying(verb_pos="VERB"):
    # "Hale was quoted as saying": the preposition's head is the verb
    return _doc(("Hale", "NNP", "PROPN", "nsubjpass", 2), ("was", "VBD", "AUX", "auxpass", 2),
                ("quoted", "VBN", verb_pos, "ROOT", None), ("as", "IN", "ADP", "prep", 2),
                ("saying", "VBG", "VERB", "pcomp", 3))


def test_a_preposition_gives_its_head():
    doc = _as_saying()
    assert _past_modifier(doc[3]) is doc[2]
    assert _past_modifier(doc[2]) is doc[2]  # not a preposition: itself


def _in_addition(noun_pos="NOUN", prep_dep="prep", verb_pos="VERB", noun_dep="pobj"):
    # "In addition to stating it, Hale has vowed": to -> addition (pobj) -> In (prep) -> vowed
    return _doc(("In", "IN", "ADP", prep_dep, 6), ("addition", "NN", noun_pos, noun_dep, 0),
                ("to", "IN", "ADP", "prep", 1), ("stating", "VBG", "VERB", "pcomp", 2),
                ("Hale", "NNP", "PROPN", "nsubj", 6), ("has", "VBZ", "AUX", "aux", 6),
                ("vowed", "VBN", verb_pos, "ROOT", None))


def test_a_prepositions_noun_in_a_phrase_gives_the_clauses_verb():
    doc = _in_addition()
    assert _past_modifier(doc[2]) is doc[6]
    assert _past_modifier(_in_addition(verb_pos="AUX")[2]).i == 6


@pytest.mark.parametrize("changes", [{"noun_pos": "PROPN"}, {"prep_dep": "advmod"}, {"verb_pos": "NOUN"},
                                     {"noun_dep": "npadvmod"}])
def test_each_guard_of_the_phrase_step_alone_stops_at_the_noun(changes):
    doc = _in_addition(**changes)
    assert _past_modifier(doc[2]).i == 1


def _history_of(noun_pos="NOUN", noun_dep="dobj", verb_pos="VERB"):
    # "Hale has a history of blaming others": of -> history (dobj) -> has
    return _doc(("Hale", "NNP", "PROPN", "nsubj", 1), ("has", "VBZ", verb_pos, "ROOT", None),
                ("history", "NN", noun_pos, noun_dep, 1), ("of", "IN", "ADP", "prep", 2),
                ("blaming", "VBG", "VERB", "pcomp", 3))


@pytest.mark.parametrize("changes", [{}, {"noun_pos": "ADJ"}, {"noun_dep": "attr"}, {"noun_dep": "acomp"},
                                     {"verb_pos": "AUX"}])
def test_a_gerund_on_a_verbs_object_or_complement_is_the_verbs_act(changes):
    assert _past_modifier(_history_of(**changes)[3]).i == 1


@pytest.mark.parametrize("changes", [{"noun_pos": "PROPN"}, {"noun_dep": "nsubj"}, {"noun_dep": "pobj"},
                                     {"verb_pos": "NOUN"}])
def test_each_guard_of_the_object_step_alone_stops_at_the_noun(changes):
    assert _past_modifier(_history_of(**changes)[3]).i == 2


def _so_far(adv_pos="ADV", adv_dep="advmod", root=False):
    # "Hale went so far as to say": as -> far (advmod) -> went
    return _doc(("Hale", "NNP", "PROPN", "nsubj", 1), ("went", "VBD", "VERB", "ROOT", None),
                ("far", "RB", adv_pos, adv_dep, None if root else 1), ("as", "IN", "ADP", "prep", 2))


def test_an_adverb_gives_its_head_after_the_preposition_step():
    doc = _so_far()
    assert _past_modifier(doc[3]) is doc[1]
    assert _past_modifier(doc[2]) is doc[1]  # an adverb alone too


@pytest.mark.parametrize("changes", [{"adv_pos": "ADJ"}, {"adv_dep": "npadvmod"}, {"root": True}])
def test_each_guard_of_the_adverb_step_alone_stops_at_it(changes):
    assert _past_modifier(_so_far(**changes)[2]).i == 2


# --- _infinitive_on_noun and _climb_modifier's infinitive -----------------------------------------------------

def _courage(verb_pos="VERB", noun_dep="dobj", to="to", poss=False, dative=False):
    # "Hale had [his] the courage to say": say (acl, VB) on courage (dobj) on had
    specs = [("Hale", "NNP", "PROPN", "nsubj", 1), ("had", "VBD", verb_pos, "ROOT", None),
             ("courage", "NN", "NOUN", noun_dep, 1), (to, "TO", "PART", "aux", 4), ("say", "VB", "VERB", "acl", 2)]
    if poss:
        specs.append(("his", "PRP$", "PRON", "poss", 2))
    if dative:
        specs.append(("us", "PRP", "PRON", "dative", 1))
    return _doc(*specs)


def test_an_infinitive_on_an_object_is_the_verbs_act():
    doc = _courage()
    assert _infinitive_on_noun(doc[4]) == (None, doc[1])
    assert _climb_modifier(doc[4]) == (None, doc[1])


@pytest.mark.parametrize("changes", [{"verb_pos": "AUX"}, {"noun_dep": "attr"}, {"to": "will"}, {"dative": True}])
def test_each_guard_of_the_object_infinitive_alone_leaves_nothing(changes):
    doc = _courage(**changes)
    assert _infinitive_on_noun(doc[4]) == (None, None)


def test_an_owned_noun_gives_its_owner_not_the_verb():
    doc = _courage(poss=True)
    assert _infinitive_on_noun(doc[4]) == (doc[5], None)
    doc[2].pos_ = "PROPN"  # the owner step is for common nouns only
    assert _infinitive_on_noun(doc[4]) == (None, None)
    doc = _courage(poss=True, to="will")
    assert _infinitive_on_noun(doc[4]) == (None, None)


def _effort(noun_pos="NOUN", noun_dep="pobj", prep_dep="prep", verb_pos="VERB"):
    # "In an effort to clarify, Hale spoke": clarify (acl) on effort (pobj) on In (prep) on spoke
    return _doc(("In", "IN", "ADP", prep_dep, 5), ("effort", "NN", noun_pos, noun_dep, 0),
                ("to", "TO", "PART", "aux", 3), ("clarify", "VB", "VERB", "acl", 1),
                ("Hale", "NNP", "PROPN", "nsubj", 5), ("spoke", "VBD", verb_pos, "ROOT", None))


def test_an_infinitive_on_a_prepositions_noun_is_the_clauses_act():
    doc = _effort()
    assert _infinitive_on_noun(doc[3]) == (None, doc[5])
    assert _infinitive_on_noun(_effort(verb_pos="AUX")[3])[1].i == 5


@pytest.mark.parametrize("changes", [{"noun_dep": "dobj"}, {"prep_dep": "advmod"}, {"verb_pos": "NOUN"},
                                     {"noun_pos": "PROPN"}])
def test_each_guard_of_the_phrase_infinitive_alone_leaves_nothing(changes):
    assert _infinitive_on_noun(_effort(**changes)[3]) == (None, None)


# --- _climb_modifier: a tensed verb read as a reduced relative, a participle on a noun -------------------------

def _relative(tag="VBD", noun_pos="NOUN", noun_dep="nsubj", after=True, own_subject=None):
    # "a group called for it": called (acl) after its head group, the subject of another clause
    pair = [("group", "NN", noun_pos, noun_dep, 3), ("called", tag, "VERB", "acl", 0)]
    if not after:  # the verb before the noun
        pair = [("called", tag, "VERB", "acl", 1), ("group", "NN", noun_pos, noun_dep, 3)]
    specs = pair + [("x", "NN", "NOUN", "dobj", 3), ("spoke", "VBD", "VERB", "ROOT", None)]
    doc = _doc(*specs)
    if own_subject:
        verb = doc[1] if after else doc[0]
        verb.children.append(SimpleNamespace(i=2, dep_=own_subject))
    return doc


@pytest.mark.parametrize("changes", [{}, {"tag": "VBZ"}, {"noun_pos": "PROPN"}, {"noun_dep": "nsubjpass"}])
def test_a_tensed_verb_on_a_clauses_subject_is_that_subjects_act(changes):
    doc = _relative(**changes)
    assert _climb_modifier(doc[1]) == (doc[0], None)


@pytest.mark.parametrize("changes", [{"tag": "VBN"}, {"noun_pos": "VERB"}, {"noun_dep": "dobj"}, {"after": False},
                                     {"own_subject": "nsubj"}, {"own_subject": "nsubjpass"}])
def test_each_guard_of_the_reduced_relative_alone_leaves_nothing(changes):
    doc = _relative(**changes)
    verb = doc[1] if changes.get("after", True) else doc[0]
    assert _climb_modifier(verb) == (None, None)


def test_a_verb_not_on_a_noun_climbs_no_modifier():
    doc = _relative()
    doc[1].dep_ = "advcl"
    assert _climb_modifier(doc[1]) == (None, None)
    doc = _courage()
    doc[4].dep_ = "xcomp"
    assert _climb_modifier(doc[4]) == (None, None)


def _voters(noun="voters", noun_dep="nsubj", comma=False, noun_pos="NOUN", verb_pos="VERB", poss=False):
    # "[Hale met] voters[,] saying": saying (acl, VBG) on the noun
    specs = [("Hale", "NNP", "PROPN", "nsubj", 1), ("met", "VBD", verb_pos, "ROOT", None),
             ("with", "IN", "ADP", "prep", 1), (noun, "NN", noun_pos, noun_dep, 1 if noun_dep == "dobj" else 2),
             (",", ",", "PUNCT", "punct", 3) if comma else ("today", "NN", "NOUN", "npadvmod", 1),
             ("saying", "VBG", "VERB", "acl", 3)]
    if poss:
        specs.append(("his", "PRP$", "PRON", "poss", 3))
    return _doc(*specs)


def test_a_participle_on_a_noun_is_the_nouns_act():
    doc = _voters()
    assert _participle_on_noun(doc[5]) == (doc[3], None)
    assert _climb_modifier(doc[5]) == (doc[3], None)
    doc = _voters(noun_pos="PROPN")
    assert _climb_modifier(doc[5]) == (doc[3], None)
    doc = _voters(noun_pos="VERB")
    assert _climb_modifier(doc[5]) == (None, None)


def test_a_participle_set_off_after_an_object_is_the_clauses_act():
    doc = _voters(noun_dep="dobj", comma=True)
    assert _participle_on_noun(doc[5]) == (None, doc[1])
    doc = _voters(noun_dep="pobj", comma=True)
    assert _participle_on_noun(doc[5]) == (None, doc[1])
    doc = _voters(noun_dep="pobj", comma=True, verb_pos="AUX")
    assert _participle_on_noun(doc[5]) == (None, doc[1])


@pytest.mark.parametrize("changes", [{"noun_dep": "nsubj", "comma": True}, {"noun_dep": "dobj"},
                                     {"noun_dep": "pobj", "comma": True, "verb_pos": "NOUN"}])
def test_each_guard_of_the_set_off_participle_alone_gives_the_noun(changes):
    doc = _voters(**changes)
    assert _participle_on_noun(doc[5]) == (doc[3], None)


def test_an_objects_verb_is_taken_whatever_its_own_head():
    # the verb of the object may itself hang on a noun (a reduced relative): the object's verb, not its head
    doc = _voters(noun_dep="dobj", comma=True)
    doc[1].head, doc[1].dep_ = doc[0], "acl"
    assert _participle_on_noun(doc[5]) == (None, doc[1])
    doc = _voters(noun="statement", noun_dep="dobj")
    doc[1].head, doc[1].dep_ = doc[0], "acl"
    assert _participle_on_noun(doc[5]) == (None, doc[1])


def test_a_set_off_participle_on_a_root_noun_gives_the_noun():
    doc = _voters(noun_dep="dobj", comma=True)
    doc[3].head = doc[3]  # the noun its own head (a fragment's root)
    assert _participle_on_noun(doc[5]) == (doc[3], None)


def test_a_statement_gives_its_owner_else_who_issued_it():
    doc = _voters(noun="statement", noun_dep="dobj", poss=True)
    assert _participle_on_noun(doc[5]) == (doc[6], None)
    doc = _voters(noun="statement", noun_dep="dobj")
    assert _participle_on_noun(doc[5]) == (None, doc[1])
    doc = _voters(noun="statement", noun_dep="pobj")
    assert _participle_on_noun(doc[5]) == (None, doc[1])
    doc = _voters(noun="statement", noun_dep="nsubj")
    assert _participle_on_noun(doc[5]) == (None, None)
    doc = _voters(noun="statement", noun_dep="dobj")
    doc[3].head = doc[3]
    assert _participle_on_noun(doc[5]) == (None, None)


def test_a_statement_noun_is_known_by_its_lemma_or_its_form():
    doc = _voters(noun="Tweets", noun_dep="nsubj")
    doc[3].lemma_ = "Tweet"  # a lemma in capitals is lowered ("tweets" itself is no statement noun)
    assert _participle_on_noun(doc[5]) == (None, None)
    doc = _voters(noun="comments", noun_dep="nsubj")
    doc[3].lemma_ = "unknown"  # the form alone
    assert _participle_on_noun(doc[5]) == (None, None)


# --- _climb_clause -------------------------------------------------------------------------------------------

def _first_subject(v):
    return next((c for c in v.children if c.dep_ in ("nsubj", "csubj")), None)


@pytest.fixture
def plain_subjects(monkeypatch):
    """_own_subject as the parse's subject only (the hand-made tokens have no entity or sentence)."""
    monkeypatch.setattr(speakers, "_own_subject", _first_subject)


def _said_and(tag="VBD", ccomp_dep="ccomp", report_tag="VBD", aux=None, ccomp_subject=True):
    # "Hale said Ames was wrong and criticized him": criticized (conj) on was (ccomp) on said
    specs = [("Hale", "NNP", "PROPN", "nsubj", 1), ("said", report_tag, "VERB", "ROOT", None),
             ("Ames", "NNP", "PROPN", "nsubj" if ccomp_subject else "nsubjpass", 3), ("was", "VBD", "AUX", ccomp_dep, 1),
             ("criticized", tag, "VERB", "conj", 3)]
    if aux:
        specs.append((aux, "MD", "AUX", aux == "been" and "auxpass" or "aux", 4))
    return _doc(*specs)


@pytest.mark.parametrize("changes", [{}, {"tag": "VBZ"}, {"tag": "VBN"}, {"report_tag": "VBZ"}])
def test_a_conjunct_of_a_reported_clause_is_the_reporters(plain_subjects, changes):
    doc = _said_and(**changes)
    assert _climb_clause(doc[4]) == (None, doc[1])


@pytest.mark.parametrize("changes", [{"ccomp_dep": "xcomp"}, {"report_tag": "VBN"}, {"aux": "will"},
                                     {"aux": "been"}, {"tag": "VBG"}])
def test_each_guard_of_the_reported_conjunct_alone_climbs_to_the_conjuncts_head(plain_subjects, changes):
    doc = _said_and(**changes)
    assert _climb_clause(doc[4]) == (None, doc[3])


def test_a_conjunct_of_a_passive_shares_its_subject(plain_subjects):
    # "Hale was pressed and said": said (conj, VBD) on pressed, whose subject is passive
    doc = _doc(("Hale", "NNP", "PROPN", "nsubjpass", 2), ("was", "VBD", "AUX", "auxpass", 2),
               ("pressed", "VBN", "VERB", "ROOT", None), ("and", "CC", "CCONJ", "cc", 2),
               ("said", "VBD", "VERB", "conj", 2))
    assert _climb_clause(doc[4]) == (doc[0], None)
    doc[4].tag_ = "VBZ"
    assert _climb_clause(doc[4]) == (doc[0], None)
    for tag in ("VBN", "VBG"):
        doc[4].tag_ = tag
        assert _climb_clause(doc[4]) == (None, doc[2])
    doc[4].tag_ = "VBD"
    doc[0].i = 3  # the passive subject after its verb is not shared
    assert _climb_clause(doc[4]) == (None, doc[2])
    doc[0].i = 0
    doc[0].dep_ = "nsubj"  # the head has a subject of its own: the climb goes on to it
    assert _climb_clause(doc[4]) == (None, doc[2])
    doc[0].dep_ = "dobj"  # nor an object
    assert _climb_clause(doc[4]) == (None, doc[2])
    doc[0].dep_, doc[4].dep_ = "nsubjpass", "xcomp"  # only a conjunct shares it
    assert _climb_clause(doc[4]) == (None, doc[2])


def test_the_reporting_verb_of_an_aside(monkeypatch, plain_subjects):
    doc = _said_and()
    monkeypatch.setattr(speakers, "_aside_on_report", lambda v: doc[1] if v is doc[4] else None)
    doc[4].tag_ = "VBG"  # the conjunct step is not for a participle, the aside step is
    assert _climb_clause(doc[4]) == (None, doc[1])
    doc[4].tag_ = "VBD"
    doc[0].dep_ = "dobj"  # the reported conjunct step comes first and answers the same; the aside too
    assert _climb_clause(doc[4]) == (None, doc[1])


def test_the_first_of_two_parallel_participles():
    # "noting that X had slowed and predicting": predicting (conj) on slowed (ccomp) on noting
    doc = _doc(("noting", "VBG", "VERB", "advcl", 5), ("X", "NNP", "PROPN", "nsubj", 2),
               ("slowed", "VBD", "VERB", "ccomp", 0), ("and", "CC", "CCONJ", "cc", 2),
               ("predicting", "VBG", "VERB", "conj", 2), ("spoke", "VBD", "VERB", "ROOT", None))
    assert _climb_clause(doc[4]) == (None, doc[0])


def test_a_clause_on_a_preposition_climbs_past_it(plain_subjects):
    doc = _as_saying()
    assert _climb_clause(doc[4]) == (None, doc[2])


# --- _subject_nearby ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("near, fronted, apposition, expected", [
    ("near", "fronted", "apposition", "near"),
    (None, "fronted", "apposition", "fronted"),
    (None, None, "apposition", "apposition"),
    (None, None, None, None),
    ("near", None, None, "near"),
])
def test_subject_nearby_takes_the_first_of_near_fronted_apposition(monkeypatch, near, fronted, apposition, expected):
    verb, last = object(), object()
    monkeypatch.setattr(speakers, "_near_verb", lambda v: near if v is verb else "wrong")
    monkeypatch.setattr(speakers, "_fronted_subject", lambda v: fronted if v is verb else "wrong")
    monkeypatch.setattr(speakers, "_fronted_apposition", lambda v: apposition if v is last else "wrong")
    assert _subject_nearby(verb, last) == expected
