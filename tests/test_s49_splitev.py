"""Session 49, s49-splitev: the cheap necessary conditions put before the costly walks of the events
coder (outputs identical), on hand-built parses.

`_condition_words` asks `displaced_object` only of a trigger with a ccomp, advcl or acomp child and
`_shared_object` only of one with a conj child (the Doc's `with_child` tables); `_passive_undergoers`
asks `undergoers` only of a relcl, pcomp, advcl or VBN trigger and `_participle_head` only of an acl or
amod one; `Participants` reads IS_PUNCT and LOWER from the Doc's columns. Each test pins that a walk is
skipped where it could find nothing and made where it could, and that the columns give what the Tokens
gave.
"""

from types import SimpleNamespace

import pytest

from newsgraph.events import coder

from test_events_coder_mutants import ent, parse, parts_for


def _spy(monkeypatch, name: str, result):
    """Replace coder.NAME by a recorder of the tokens it is asked about, answering `result`."""
    asked = []

    def spy(tok):
        asked.append(tok.i)
        return result() if callable(result) else result
    monkeypatch.setattr(coder, name, spy)
    return asked


# --- _condition_words: displaced_object only where a displacing child stands ---------------------

def test_no_clause_child_no_displaced_object_walk(monkeypatch):
    asked = _spy(monkeypatch, "displaced_object", None)
    d = parse("Troops:NOUN:nsubj:1 freed:VERB:ROOT:1 hostages:NOUN:dobj:1")
    assert coder._condition_words(d[1]) == ({"hostages"}, set(), set(), set())
    assert asked == []


@pytest.mark.parametrize("label", ["ccomp", "advcl", "acomp"])
def test_each_displacing_label_asks_for_the_displaced_object(monkeypatch, label):
    asked = _spy(monkeypatch, "displaced_object", None)
    d = parse(f"Troops:NOUN:nsubj:1 freed:VERB:ROOT:1 held:VERB:{label}:1:hold:VBN")
    coder._condition_words(d[1])
    assert asked == [1]


def test_a_displaced_object_found_behind_the_gate_is_the_object(monkeypatch):
    # ("freed four aid workers held captive": stranded_object's reading, here given by the spy)
    d = parse("Troops:NOUN:nsubj:1 freed:VERB:ROOT:1 workers:NOUN:nsubj:3 held:VERB:ccomp:1:hold:VBN")
    monkeypatch.setattr(coder, "displaced_object", lambda tok: d[2])
    assert "workers" in coder._condition_words(d[1])[0]


# --- _condition_words: _shared_object only where a conjunct stands -------------------------------

def test_shared_object_asked_only_of_a_trigger_with_a_conjunct(monkeypatch):
    asked = _spy(monkeypatch, "_shared_object", lambda: {"person"})
    d = parse("He:PRON:nsubj:1 shot:VERB:ROOT:1 and:CCONJ:cc:1 wounded:VERB:conj:1:wound:VBD "
              "classmates:NOUN:dobj:3")
    assert "person" in coder._condition_words(d[1])[0]
    assert asked == [1]
    asked.clear()
    d = parse("He:PRON:nsubj:1 shot:VERB:ROOT:1 classmates:NOUN:dobj:1")
    assert coder._condition_words(d[1])[0] == {"classmates"}
    assert asked == []


def test_shared_object_still_found_for_a_coordinated_harm():
    d = parse("He:PRON:nsubj:1 shot:VERB:ROOT:1:shoot:VBD and:CCONJ:cc:1 wounded:VERB:conj:1:wound:VBD "
              "classmates:NOUN:dobj:3:classmate")
    assert {"classmate", "person"} <= coder._condition_words(d[1])[0]


# --- _passive_undergoers: undergoers and _participle_head only where they can name anyone ---------

@pytest.mark.parametrize("dep,tag,asked_under,asked_head", [
    ("relcl", "VBD", True, False), ("pcomp", "VBG", True, False), ("advcl", "VBD", True, False),
    ("ccomp", "VBN", True, False),  # a past participle: bare_participle, found_state
    ("acl", "VBN", True, True), ("amod", "VBD", False, True),
    ("ccomp", "VBD", False, False), ("dobj", "NN", False, False)])
def test_passive_undergoers_asks_only_where_a_label_or_tag_allows(monkeypatch, dep, tag, asked_under, asked_head):
    d = parse(f"They:PRON:nsubj:1 saw:VERB:ROOT:1 it:PRON:{dep}:1:it:{tag}")
    under = _spy(monkeypatch, "undergoers", lambda: [d[0]])
    head = _spy(monkeypatch, "_participle_head", lambda: [d[1]])
    got = coder._passive_undergoers(d[2])
    assert (under == [2]) is asked_under and (head == [2]) is asked_head
    assert got == [d[0]] * asked_under + [d[1]] * asked_head


def test_passive_undergoers_is_undergoers_then_participle_head():
    # "the clerk, who was stabbed": the antecedent; "the bomb discovered in the van": the noun
    d = parse("the:DET:det:1 clerk:NOUN:ROOT:1 who:PRON:nsubjpass:4 was:AUX:auxpass:4 "
              "stabbed:VERB:relcl:1:stab:VBN")
    assert [t.i for t in coder._passive_undergoers(d[4])] == [1]
    d = parse("the:DET:det:1 bomb:NOUN:ROOT:1 discovered:VERB:acl:1:discover:VBN in:ADP:prep:2 "
              "vans:NOUN:pobj:3:van")
    assert [t.i for t in coder._passive_undergoers(d[2])] == [1]
    assert "bomb" in coder._condition_words(d[2])[0]


# --- Participants: the Doc's columns give what the Tokens gave ------------------------------------

def test_a_mention_maps_its_words_not_its_punctuation():
    d = parse("Gondor:PROPN:nsubj:3 ,:PUNCT:punct:0 Rohan:PROPN:conj:0 met:VERB:ROOT:3")
    p = parts_for(d, ent("g", d, (0, 3)))
    assert p.tok2ent == {0: "g", 2: "g"}


def test_first_person_words_of_a_direct_quotation_are_its_speaker():
    d = parse('":PUNCT:punct:2 We:PRON:nsubj:2 agree:VERB:ROOT:2 with:ADP:prep:2 me:PRON:pobj:3 ,:PUNCT:punct:2 '
              '":PUNCT:punct:2 Iraq:PROPN:nsubj:8 said:VERB:ROOT:8 ;:PUNCT:punct:8 we:PRON:nsubj:8')
    quote = SimpleNamespace(kind="direct", speaker="irq", start=d[0].idx, end=d[6].idx + 1)
    doc = SimpleNamespace(entities=[ent("irq", d, 7)], quotes=[quote])
    p = coder.Participants(doc, d, frozenset())
    assert p.quoted_self == {1: "irq", 4: "irq"}  # ("with" is no first person; the last "we" is outside)
    quote.kind = "indirect"
    assert coder.Participants(doc, d, frozenset()).quoted_self == {}


def test_a_partial_quotation_too_and_every_quotation_after_an_unfit_one():
    # "We" before the quotation, a first-person word of an indirect one, then a partial one's "our"
    d = parse('We:PRON:nsubj:1 said:VERB:ROOT:1 our:PRON:poss:3 plan:NOUN:dobj:1 ":PUNCT:punct:1 our:PRON:poss:6 '
              'talks:NOUN:dobj:1 ":PUNCT:punct:1 Iraq:PROPN:nsubj:1')
    unfit = SimpleNamespace(kind="indirect", speaker="irq", start=d[2].idx, end=d[3].idx + 4)
    partial = SimpleNamespace(kind="partial", speaker="irq", start=d[4].idx, end=d[7].idx + 1)
    doc = SimpleNamespace(entities=[ent("irq", d, 8)], quotes=[unfit, partial])
    assert coder.Participants(doc, d, frozenset()).quoted_self == {5: "irq"}


def test_participants_tables_of_the_entities():
    d = parse("Ann:PROPN:nsubj:5 Bob:PROPN:conj:0 Gondor:PROPN:conj:0 army:NOUN:conj:0 Rohan:PROPN:conj:0 "
              "met:VERB:ROOT:5 Gondorians:PROPN:dobj:5 at:ADP:prep:5 Bridge:PROPN:pobj:7")
    ann = ent("ann", d, 0, country="GON", type_="PERSON")
    bob = ent("bob", d, 1, type_="PERSON", coded=False)
    gondor = ent("gon", d, 2, country="GON", type_="GPE", country_basis="article focus")
    army = ent("army", d, 3, country="GON", type_="ORG")
    army.actor.sector = "MIL"
    rohan = ent("roh", d, 4, country=None, type_="LOC")
    people = ent("gonp", d, 6, country="GON", type_="NORP", coded=False)
    bridge = ent("br", d, 8, country=None, type_="FAC", coded=False)
    p = parts_for(d, ann, bob, gondor, army, rohan, people, bridge)
    assert p.persons == frozenset({"ann"})
    assert p.country == {"ann": "GON", "gon": "GON", "army": "GON"}
    assert p.actor_ids == frozenset({"ann", "gon", "army", "roh"})
    assert p.guessed == frozenset({"gon"})
    assert p.sector == {"army": "MIL"}
    assert p.not_persons == frozenset({"gon", "army", "roh", "gonp", "br"})
    assert p.places == frozenset({"gon", "roh", "br"})
    assert p.groups == {("GON", "MIL"): "army"}
    assert p.tok2ent == {0: "ann", 1: "bob", 2: "gon", 3: "army", 4: "roh", 6: "gonp"}  # (an uncoded FAC acts in nothing)


# --- _condition_words' pieces: what each passes on (mutation survivors) ---------------------------

def test_the_subject_of_a_clause_under_the_event_undergoes_it():
    # "the aid convoy came under fire": the convoy (and its compound) as the fire's objects
    d = parse("the:DET:det:2 aid:NOUN:compound:2 convoy:NOUN:nsubj:3 came:VERB:ROOT:3:come "
              "under:ADP:prep:3 fire:NOUN:pobj:4")
    assert coder._condition_words(d[5])[0] == {"convoy", "aid"}
    d = parse("the:DET:det:2 aid:NOUN:compound:2 convoy:NOUN:nsubj:3 came:NOUN:ROOT:3:come "
              "under:ADP:prep:3 fire:NOUN:pobj:4")  # (no verb to be under: nothing)
    assert coder._condition_words(d[5])[0] == set()
    d = parse("the:DET:det:2 aid:NOUN:compound:2 convoy:NOUN:nsubj:3 came:VERB:ROOT:3:come "
              "near:ADP:prep:3 fire:NOUN:pobj:4")
    assert coder._condition_words(d[5])[0] == set()


def test_a_passive_resultative_is_a_particle():
    d = parse("He:PRON:nsubjpass:2 was:AUX:auxpass:2 shot:VERB:ROOT:2:shoot:VBN dead:ADJ:oprd:2:dead:JJ")
    objs, preps, _, _ = coder._condition_words(d[2])
    assert "dead" in preps and "dead" in objs


def test_a_date_phrase_is_no_preposition_of_the_verb():
    from spacy.tokens import Span
    d = parse("Firms:NOUN:nsubj:1 fired:VERB:ROOT:1:fire:VBD bosses:NOUN:dobj:1 on:ADP:prep:1 Monday:PROPN:pobj:3")
    d.ents = [Span(d, 4, 5, label="DATE")]
    assert "on" not in coder._condition_words(d[1])[1]


def test_an_infinitive_clause_s_subject_is_the_object():
    d = parse("They:PRON:nsubj:1 allowed:VERB:ROOT:1:allow:VBD convoys:NOUN:nsubj:4 to:PART:aux:4 "
              "cross:VERB:ccomp:1")
    assert coder._condition_words(d[1])[0] == {"convoys"}


def test_the_subject_of_a_copula_under_the_event_undergoes_it():
    d = parse("the:DET:det:1 town:NOUN:nsubj:2 was:AUX:ROOT:2:be under:ADP:prep:2 siege:NOUN:pobj:3")
    assert coder._condition_words(d[4])[0] == {"town"}
