"""The event coder's helpers on hand-built parses (mutation testing, session 4).

No parser and no pipeline: each sentence is a spaCy Doc built with fixed heads, labels, parts of
speech and lemmas, and the entities are plain objects with the fields the coder reads, so each test
pins one rule of events/coder.py whatever the statistical parser would do with the sentence.
"""

from types import SimpleNamespace

import pytest
import spacy
from spacy.tokens import Doc

from newsgraph.events import coder
from newsgraph.events.coder import Candidate, Participants
from newsgraph.events.lexicon import Lexicon, Sense
from newsgraph.events.petrarch_verbs import NULL, Match

VOCAB = spacy.blank("en").vocab


def parse(spec: str) -> Doc:
    """Tokens separated by spaces, each `word:POS:dep:head[:lemma[:tag]]` (head: the head's index;
    the root is its own head). The lemma defaults to the word in lower case."""
    words, pos, deps, heads, lemmas, tags = [], [], [], [], [], []
    for i, item in enumerate(spec.split()):
        f = item.split(":")
        words.append(f[0])
        pos.append(f[1])
        deps.append(f[2])
        heads.append(int(f[3]))
        lemmas.append(f[4] if len(f) > 4 and f[4] else f[0].lower())
        tags.append(f[5] if len(f) > 5 else "")
    return Doc(VOCAB, words=words, pos=pos, deps=deps, heads=heads, lemmas=lemmas, tags=tags)


def ent(eid, sdoc, *spans, country="IRQ", type_="GPE", coded=True, kind="name", **attrs):
    """An entity whose mentions are token spans (i or (i, j)) of sdoc."""
    mentions = []
    for sp in spans:
        i, j, k = (sp, sp + 1, kind) if isinstance(sp, int) else (sp + (kind,))[:3]
        mentions.append(SimpleNamespace(kind=k, start=sdoc[i:j].start_char, end=sdoc[i:j].end_char))
    actor = SimpleNamespace(country=country, sector=None) if coded else None
    return SimpleNamespace(id=eid, type=type_, actor=actor, attrs=attrs, mentions=mentions)


def parts_for(sdoc, *ents, event_nouns=frozenset()):
    return Participants(SimpleNamespace(entities=list(ents)), sdoc, event_nouns)


def sense(type_="ASSAULT", cameo="190", **kw):
    return Sense(type=type_, cameo=cameo, **kw)


# --- token offsets -------------------------------------------------------------------------------

def test_token_range_expands_to_whole_tokens():
    d = parse("Russia:PROPN:nsubj:1 attacked:VERB:ROOT:1 Ukraine:PROPN:dobj:1 .:PUNCT:punct:1")
    starts = coder.token_starts(d)
    assert starts == [0, 7, 16, 24]
    assert coder.token_range(starts, 0, 6) == (0, 1)
    assert coder.token_range(starts, 7, 15) == (1, 2)  # a span starting exactly at a token
    assert coder.token_range(starts, 7, 16) == (1, 2)  # ... and ending exactly where the next starts
    assert coder.token_range(starts, 9, 18) == (1, 3)  # inside tokens: the whole tokens
    assert coder.token_range(starts, 0, 25) == (0, 4)
    assert coder.token_range(starts, 16, 10) == (2, 2)  # an empty range, never a negative one
    assert coder.token_range(starts, 0, 0) == (0, 0)


def test_unique_keeps_first_occurrences_in_order():
    assert coder.unique(["b", "a", "b", "c", "a"]) == ["b", "a", "c"]
    assert coder.unique([]) == []


@pytest.mark.parametrize("section", ["credit", "byline", "published", "caption"])
def test_entities_of_credit_lines_take_no_part(section):
    d = parse("Reuters:PROPN:ROOT:0")
    assert not coder._can_participate(ent("x", d, 0, section=section))
    assert coder._can_participate(ent("x", d, 0, section="body"))


def test_who_can_take_part_in_an_event():
    d = parse("Reuters:PROPN:ROOT:0")
    assert not coder._can_participate(ent("x", d, 0, media=True))
    assert not coder._can_participate(ent("x", d, 0, agency=True))
    assert not coder._can_participate(ent("x", d, 0, actor=False))
    assert coder._can_participate(ent("x", d, 0, actor=None))  # only an explicit False refuses
    assert coder._can_participate(ent("x", d, 0, type_="DATE"))  # coded as an actor: any type
    for t in ("PERSON", "ORG", "GPE", "NORP"):
        assert coder._can_participate(ent("x", d, 0, type_=t, coded=False))
    assert not coder._can_participate(ent("x", d, 0, type_="LOC", coded=False))
    assert not coder._can_participate(ent("x", d, 0, type_="DATE", coded=False))


def test_pobjs_are_objects_and_clausal_objects_of_a_preposition():
    d = parse("talks:NOUN:ROOT:0 with:ADP:prep:0 Iraq:PROPN:pobj:1 and:CCONJ:cc:2 about:ADP:prep:0 "
              "leaving:VERB:pcomp:4 now:ADV:advmod:1")
    assert [t.text for t in coder.pobjs(d[1])] == ["Iraq"]
    assert [t.text for t in coder.pobjs(d[4])] == ["leaving"]


# --- participants: which tokens name which entity --------------------------------------------------

def test_a_name_outranks_a_pronoun_or_nominal_over_the_same_tokens_and_punctuation_is_nobody():
    d = parse("Iraq:PROPN:nsubj:2 ,:PUNCT:punct:0 it:PRON:appos:0 said:VERB:ROOT:3")
    p = parts_for(d, ent("pron", d, (0, 3), kind="pronoun"), ent("irq", d, 0), ent("nom", d, 2, kind="nominal"))
    assert p.tok2ent == {0: "irq", 2: "nom"}  # the comma inside the pronoun's span maps to no one


def test_unknown_mention_kinds_rank_with_nominals():
    d = parse("the:DET:det:1 army:NOUN:ROOT:1")
    p = parts_for(d, ent("z_odd", d, (0, 2), kind="other"), ent("a_pron", d, (0, 2), kind="pronoun"))
    assert p.tok2ent == {0: "z_odd", 1: "z_odd"}
    p = parts_for(d, ent("pron", d, (0, 2), kind="pronoun"), ent("name", d, 1))
    assert p.tok2ent == {0: "pron", 1: "name"}
    p = parts_for(d, ent("nom", d, (0, 2), kind="nominal"), ent("met", d, 1, kind="metonym"))
    assert p.tok2ent == {0: "nom", 1: "nom"}  # same rank: the earlier mention first
    p = parts_for(d, ent("met", d, 1, kind="metonym"), ent("pron", d, (0, 2), kind="pronoun"))
    assert p.tok2ent == {0: "pron", 1: "met"}


def test_participants_tables():
    d = parse("Iraq:PROPN:nsubj:1 met:VERB:ROOT:1 rebels:NOUN:dobj:1 and:CCONJ:cc:2 Reuters:PROPN:conj:2")
    p = parts_for(d, ent("irq", d, 0), ent("reb", d, 2, country="GBR", country_basis="article focus"),
                  ent("nob", d, 4, country=None), ent("med", d, 4, country=None, media=True),
                  ent("who", d, 1, coded=False, type_="PERSON"))
    assert p.country == {"irq": "IRQ", "reb": "GBR"}
    assert p.actor_ids == frozenset({"irq", "reb", "nob", "med"})
    assert p.guessed == frozenset({"reb"})
    assert p.tok2ent == {0: "irq", 1: "who", 2: "reb", 4: "nob"}
    assert p.triggers == {} and p.event_nouns == frozenset()
    assert parts_for(d, event_nouns=frozenset({"visit"})).event_nouns == frozenset({"visit"})


def test_names_actor_and_is_actor():
    d = parse("the:DET:det:1 support:NOUN:nsubj:5 of:ADP:prep:1 Iraq:PROPN:pobj:2 and:CCONJ:cc:5 "
              "helped:VERB:ROOT:5 him:PRON:dobj:5 and:CCONJ:cc:6 Syria:PROPN:conj:6 officials:NOUN:npadvmod:5:official "
              "Kurds:PROPN:conj:9:kurd .:PUNCT:punct:5")
    p = parts_for(d, ent("irq", d, 3), ent("syr", d, 8))
    assert p.names_actor(d[3]) and p.is_actor(d[3])
    assert not p.names_actor(d[1]) and not p.is_actor(d[1])  # "the support of Iraq": an event, not an actor
    assert p.resolve(d[1]) == ["irq"]
    # an unresolved pronoun whose conjunct names an actor
    assert p.names_actor(d[6]) and p.is_actor(d[6])
    assert p.resolve(d[9]) == [] and not p.is_actor(d[9])  # an actor noun that resolves to no one
    d2 = parse("officials:NOUN:ROOT:0:official of:ADP:prep:0 Iraq:PROPN:pobj:1")
    p2 = parts_for(d2, ent("irq", d2, 2))
    assert p2.is_actor(d2[0]) and not p2.names_actor(d2[0])
    d3 = parse("Kurds:PROPN:ROOT:0:kurd and:CCONJ:cc:0 Iraq:PROPN:conj:0")
    p3 = parts_for(d3, ent("irq", d3, 2))
    assert p3.is_actor(d3[0])  # a proper noun that resolves through its conjunct
    assert not p3.names_actor(d3[0])  # ... but not itself a mention


def test_resolve_an_uncoded_name_takes_its_coded_apposition():
    d = parse("Oshima:PROPN:ROOT:0 ,:PUNCT:punct:0 UN:PROPN:compound:3 envoy:NOUN:appos:0 ,:PUNCT:punct:0 "
              "and:CCONJ:cc:0 Annan:PROPN:conj:0")
    un = ent("un", d, (2, 4), country="IGO", type_="ORG")
    p = parts_for(d, ent("osh", d, 0, coded=False, type_="PERSON"), un, ent("ann", d, 6, coded=False, type_="PERSON"))
    assert p.resolve(d[0]) == ["un", "ann"]
    # at depth > 0 the uncoded name stands
    assert p.resolve(d[0], depth=1) == ["osh", "ann"]
    # a coded name keeps itself
    p = parts_for(d, ent("osh", d, 0, type_="PERSON"), un)
    assert p.resolve(d[0]) == ["osh"]


def test_resolve_coordinated_modifiers_name_several_actors_once_per_country():
    d = parse("Hungarian:ADJ:amod:3 and:CCONJ:cc:0 Romanian:ADJ:conj:0 officials:NOUN:ROOT:3:official")
    hun = ent("hun", d, 0, country="HUN", type_="NORP")
    p = parts_for(d, hun, ent("rom", d, 2, country="ROU", type_="NORP"), ent("off", d, 3, kind="nominal", country="HUN"))
    assert p.resolve(d[3]) == ["off", "rom"]  # the Hungarian ones are already in
    p = parts_for(d, hun, ent("rom", d, 2, country="ROU", type_="NORP"), ent("off", d, 3, kind="nominal", country=None))
    assert p.resolve(d[3]) == ["off", "hun", "rom"]
    p = parts_for(d, hun, ent("rom", d, 2, country=None, type_="NORP"), ent("off", d, 3, kind="nominal", country=None))
    assert p.resolve(d[3]) == ["off", "hun", "rom"]  # no country: nothing to compare
    for dep in ("compound", "nmod"):
        d2 = parse(f"Hungarian:ADJ:{dep}:3 and:CCONJ:cc:0 Romanian:ADJ:conj:0 officials:NOUN:ROOT:3:official")
        p = parts_for(d2, ent("hun", d2, 0, country="HUN"), ent("rom", d2, 2, country="ROU"), ent("off", d2, 3))
        assert p.resolve(d2[3]) == ["off", "hun", "rom"]
    # a modifier without a conjunct adds nothing; a determiner never does
    d3 = parse("Hungarian:ADJ:amod:1 officials:NOUN:ROOT:1:official")
    p = parts_for(d3, ent("hun", d3, 0, country="HUN"), ent("off", d3, 1, country="ROU"))
    assert p.resolve(d3[1]) == ["off"]
    d4 = parse("Hungarian:ADJ:det:3 and:CCONJ:cc:0 Romanian:ADJ:conj:0 officials:NOUN:ROOT:3:official")
    p = parts_for(d4, ent("hun", d4, 0, country="HUN"), ent("rom", d4, 2, country="ROU"), ent("off", d4, 3))
    assert p.resolve(d4[3]) == ["off"]
    # the conjunct's own entity is found even when the first modifier has none
    p = parts_for(d, ent("rom", d, 2, country="ROU"), ent("off", d, 3, country="HUN"))
    assert p.resolve(d[3]) == ["off", "rom"]


def test_resolve_an_uncoded_member_of_a_coded_body():
    d = parse("member:NOUN:ROOT:0 of:ADP:prep:0 parliament:NOUN:pobj:1 ,:PUNCT:punct:0 Mamoun:PROPN:appos:0")
    par = ent("par", d, 2, type_="ORG")
    p = parts_for(d, ent("mam", d, 4, coded=False, type_="PERSON"), par)
    assert p.resolve(d[0]) == ["par"]
    assert p.resolve(d[0], depth=1) == ["mam"]  # only at the top
    p = parts_for(d, ent("mam", d, 4, type_="PERSON"), par)
    assert p.resolve(d[0]) == ["mam"]  # a coded apposition stands
    p = parts_for(d, ent("mam", d, 4, coded=False, type_="PERSON"), ent("par", d, 2, coded=False, type_="ORG"))
    assert p.resolve(d[0]) == ["mam"]  # nothing coded to prefer
    d2 = parse("member:NOUN:ROOT:0 for:ADP:prep:0 parliament:NOUN:pobj:1 ,:PUNCT:punct:0 Mamoun:PROPN:appos:0")
    p = parts_for(d2, ent("mam", d2, 4, coded=False, type_="PERSON"), ent("par", d2, 2, type_="ORG"))
    assert p.resolve(d2[0]) == ["mam"]  # only an "of" phrase names the body
    d3 = parse("member:NOUN:ROOT:0 of:ADP:prep:0 parliament:NOUN:pobj:1 and:CCONJ:cc:2 cabinet:NOUN:conj:2 "
               ",:PUNCT:punct:0 Mamoun:PROPN:appos:0")
    p = parts_for(d3, ent("mam", d3, 6, coded=False, type_="PERSON"), ent("par", d3, 2), ent("cab", d3, 4))
    assert p.resolve(d3[0]) == ["par"]  # one body


def test_resolve_skips_a_misattached_subject_apposition():
    # "During a call with the minister, Rubio said": Rubio is the verb's subject, not the minister
    d = parse("minister:NOUN:pobj:3:minister ,:PUNCT:punct:0 Rubio:PROPN:appos:0 said:VERB:ROOT:3:say")
    p = parts_for(d, ent("rub", d, 2, country="USA", type_="PERSON"))
    assert p.resolve(d[0]) == []
    d = parse("minister:NOUN:ROOT:0:minister ,:PUNCT:punct:0 Rubio:PROPN:appos:0")
    p = parts_for(d, ent("rub", d, 2, country="USA", type_="PERSON"))
    assert p.resolve(d[0]) == ["rub"]


def test_resolve_modifiers_naming_an_actor():
    for dep in ("compound", "amod", "nmod", "poss", "npadvmod"):
        d = parse(f"Iraqi:ADJ:{dep}:1 government:NOUN:ROOT:1")
        assert parts_for(d, ent("irq", d, 0)).resolve(d[1]) == ["irq"], dep
    d = parse("Iraqi:ADJ:det:1 government:NOUN:ROOT:1")
    assert parts_for(d, ent("irq", d, 0)).resolve(d[1]) == []
    d = parse("Russian:ADJ:amod:1 language:NOUN:ROOT:1")
    assert parts_for(d, ent("rus", d, 0)).resolve(d[1]) == []  # names no actor
    # "US Army spokesman": a compound without an entity lends its own modifier's
    d = parse("US:PROPN:compound:1 Army:PROPN:compound:2 spokesman:NOUN:ROOT:2")
    assert parts_for(d, ent("usa", d, 0, country="USA")).resolve(d[2]) == ["usa"]
    d = parse("US:PROPN:amod:1 Army:PROPN:amod:2 spokesman:NOUN:ROOT:2")
    assert parts_for(d, ent("usa", d, 0, country="USA")).resolve(d[2]) == []
    # the first named left modifier of the compound
    d = parse("the:DET:det:3 US:PROPN:compound:3 UK:PROPN:compound:3 Army:PROPN:compound:4 spokesman:NOUN:ROOT:4")
    assert parts_for(d, ent("usa", d, 1, country="USA"), ent("gbr", d, 2, country="GBR")).resolve(d[4]) == ["usa"]
    # right-hand children are no modifiers
    d = parse("government:NOUN:ROOT:0 Iraqi:ADJ:amod:0")
    assert parts_for(d, ent("irq", d, 1)).resolve(d[0]) == []


def test_resolve_of_phrases_and_agents_of_a_participle():
    d = parse("government:NOUN:ROOT:0 of:ADP:prep:0 Iraq:PROPN:pobj:1")
    p = parts_for(d, ent("irq", d, 2))
    assert p.resolve(d[0]) == ["irq"]
    assert p.resolve(d[0], depth=2) == ["irq"]  # a few links deep ("a member of the government of Iraq")
    assert p.resolve(d[0], depth=3) == []  # and no deeper
    d = parse("government:NOUN:ROOT:0 in:ADP:prep:0 Iraq:PROPN:pobj:1")
    assert parts_for(d, ent("irq", d, 2)).resolve(d[0]) == []
    d = parse("government:NOUN:ROOT:0 of:ADP:prep:0 leaving:VERB:pcomp:1")
    assert parts_for(d, ent("irq", d, 2)).resolve(d[0]) == []  # only noun objects
    d = parse("troops:NOUN:ROOT:0:troop led:VERB:acl:0:lead by:ADP:agent:1 Iraq:PROPN:pobj:2")
    p = parts_for(d, ent("irq", d, 3))
    assert p.resolve(d[0]) == ["irq"]
    assert p.resolve(d[0], depth=3) == []
    d = parse("troops:NOUN:ROOT:0:troop led:VERB:relcl:0:lead by:ADP:agent:1 Iraq:PROPN:pobj:2")
    assert parts_for(d, ent("irq", d, 3)).resolve(d[0]) == []
    d = parse("troops:NOUN:ROOT:0:troop led:VERB:acl:0:lead by:ADP:prep:1 Iraq:PROPN:pobj:2")
    assert parts_for(d, ent("irq", d, 3)).resolve(d[0]) == []
    d = parse("troops:NOUN:ROOT:0:troop led:VERB:acl:0:lead by:ADP:agent:1 Iraq:PROPN:dobj:2")
    assert parts_for(d, ent("irq", d, 3)).resolve(d[0]) == []


def test_resolve_follows_a_chain_of_conjuncts_to_its_end():
    # (session 15: no longer cut four links deep; a list of seven is seven actors, at any depth)
    d = parse(" ".join([f"C{i}:PROPN:{'ROOT' if i == 0 else 'conj'}:{max(i - 1, 0)}" for i in range(7)]))
    p = parts_for(d, *[ent(f"c{i}", d, i, country=f"C{i}") for i in range(7)])
    assert p.resolve(d[0]) == [f"c{i}" for i in range(7)]
    assert p.resolve(d[0], depth=3) == [f"c{i}" for i in range(7)]
    d = parse("Iraq:PROPN:ROOT:0 and:CCONJ:cc:0 Iraq:PROPN:conj:0")
    assert parts_for(d, ent("irq", d, 0, 2)).resolve(d[0]) == ["irq"]  # once


# --- the words a sense's conditions are checked against --------------------------------------------

def test_condition_words_of_objects_and_their_parts():
    for dep in ("dobj", "nsubjpass", "attr", "oprd", "dative"):
        d = parse(f"sent:VERB:ROOT:0:send Troops:NOUN:{dep}:0:troop")
        assert coder._condition_words(d[0]) == ({"troop"}, set(), set(), set()), dep
    d = parse("sent:VERB:ROOT:0:send Troops:NOUN:dobj:0:troop and:CCONJ:cc:1 Tanks:NOUN:conj:1:tank "
              "Army:NOUN:compound:1 of:ADP:prep:1 Peace:NOUN:compound:7 Keepers:NOUN:pobj:5:keeper "
              "with:ADP:prep:1 Guns:NOUN:pobj:8:gun")
    objs, preps, xcomps, mods = coder._condition_words(d[0])
    assert objs == {"troop", "tank", "army", "keeper", "peace"}  # not the gun: only "of" phrases of the object
    assert preps == xcomps == mods == set()
    d = parse("sent:VERB:ROOT:0:send Troops:NOUN:dobj:0:troop Elite:ADJ:amod:1 for:ADP:prep:1 "
              "Peace:NOUN:compound:4 Keepers:NOUN:pobj:3:keeper")
    assert coder._condition_words(d[0])[0] == {"troop"}


def test_condition_words_of_prepositions_complements_and_modifiers():
    d = parse("Backed:VERB:ROOT:0:back Down:ADP:prt:0 On:ADP:prep:0 Peace:NOUN:compound:4 Talks:NOUN:pobj:2:talk "
              "Of:ADP:prep:0 Armed:ADJ:amod:7 Troops:NOUN:pobj:5:troop By:ADP:agent:0 Iraq:PROPN:pobj:8 "
              "Meeting:VERB:pcomp:2:meet")
    objs, preps, xcomps, mods = coder._condition_words(d[0])
    assert preps == {"down", "on", "of", "by"}
    assert objs == {"talk", "troop", "armed", "iraq", "meet"}  # modifiers only of an "of" object
    assert xcomps == mods == set()
    d = parse("Agreed:VERB:ROOT:0:agree To:PART:aux:2 Meet:VERB:xcomp:0:meet Back:ADV:advmod:0 Nuclear:ADJ:amod:0 "
              "Arms:NOUN:compound:0:arm Iraq:PROPN:nmod:0 Friday:PROPN:npadvmod:0:fri")
    objs, preps, xcomps, mods = coder._condition_words(d[0])
    assert xcomps == {"meet"} and preps == {"back"} and objs == set()
    assert mods == {"nuclear", "arm", "arms", "iraq", "fri", "friday"}  # lemma and lower-case form
    d = parse("Hunger:NOUN:compound:1 Strike:NOUN:ROOT:1:strike")
    assert coder._condition_words(d[0]) == (set(), set(), set(), {"strike"})  # the compound's head
    assert coder._condition_words(d[1]) == (set(), set(), set(), {"hunger"})


def test_governor_lemma():
    d = parse("workers:NOUN:nsubj:1 Went:VERB:ROOT:1:Go on:ADP:prep:1 hunger:NOUN:compound:4 strike:NOUN:pobj:2")
    assert coder.governor_lemma(d[4]) == "go"
    assert coder.governor_lemma(d[3]) == "go"  # through the compound
    d = parse("workers:NOUN:nsubj:1 Held:AUX:ROOT:1:Hold talks:NOUN:dobj:1")
    assert coder.governor_lemma(d[2]) == "hold"
    d = parse("talks:NOUN:ROOT:0 on:ADP:prep:0 strike:NOUN:pobj:1")
    assert coder.governor_lemma(d[2]) == ""  # a noun governs nothing here
    d = parse("went:VERB:ROOT:0:go on:ADP:prep:0 strike:NOUN:dobj:1")
    assert coder.governor_lemma(d[2]) == ""  # an object of the preposition only when labelled so
    d = parse("went:VERB:ROOT:0:go on:ADP:advmod:0 strike:NOUN:pobj:1")
    assert coder.governor_lemma(d[2]) == ""
    d = parse("strike:NOUN:compound:0")  # a compound that is its own head does not loop
    assert coder.governor_lemma(d[0]) == ""


# --- choosing a sense ------------------------------------------------------------------------------

def test_choose_sense_checks_each_condition():
    d = parse("Iraq:PROPN:nsubj:1 sent:VERB:ROOT:1:send troops:NOUN:dobj:1:troop to:ADP:prep:1 Syria:PROPN:pobj:3")
    p = parts_for(d, ent("irq", d, 0), ent("syr", d, 4))
    plain = sense("AID", "070")
    s_obj = sense("MOBILIZE", "150", object=frozenset({"troop"}))
    s_prep = sense("AID", "071", prep=frozenset({"to"}))
    no = frozenset({"nothing"})
    assert coder.choose_sense([s_obj, plain], d[1], p) is s_obj
    assert coder.choose_sense([sense(object=no), s_prep], d[1], p) is s_prep
    assert coder.choose_sense([sense(prep=no), plain], d[1], p) is plain
    assert coder.choose_sense([sense(mod=no), sense(xcomp=no), sense(governor=no), sense(subject=no)], d[1], p) is None
    assert coder.choose_sense([], d[1], p) is None
    s_subj = sense(subject=frozenset({"iraq"}))
    assert coder.choose_sense([s_subj], d[1], p) is s_subj


def test_choose_sense_complements_modifiers_governors_subjects():
    d = parse("Iraq:PROPN:compound:1 Rebels:NOUN:nsubj:2:rebel agreed:VERB:ROOT:2:agree meet:VERB:xcomp:2")
    p = parts_for(d)
    star = sense(xcomp=frozenset({"*"}))
    assert coder.choose_sense([star], d[2], p) is star
    meet = sense(xcomp=frozenset({"meet"}))
    assert coder.choose_sense([sense(xcomp=frozenset({"talk"})), meet], d[2], p) is meet
    assert coder.choose_sense([star], d[3], p) is None  # "*" needs some complement
    by_sub = sense(subject=frozenset({"rebel"}))
    by_cmp = sense(subject=frozenset({"iraq"}))  # a compound of the subject counts
    assert coder.choose_sense([by_sub], d[2], p) is by_sub
    assert coder.choose_sense([by_cmp], d[2], p) is by_cmp
    assert coder.choose_sense([sense(subject=frozenset({"agree"}))], d[2], p) is None
    # subjects inherited by the complement ("Rebels agreed to meet")
    assert coder.choose_sense([sense(subject=frozenset({"nothing"})), by_sub], d[3], p) is by_sub
    d = parse("Hunger:NOUN:compound:1 strike:NOUN:pobj:2 on:ADP:prep:3 went:VERB:ROOT:3:go")
    mod = sense(mod=frozenset({"hunger"}))
    gov = sense(governor=frozenset({"go"}))
    assert coder.choose_sense([mod], d[1], p) is mod
    assert coder.choose_sense([sense(mod=frozenset({"food"})), gov], d[1], p) is gov
    assert coder.choose_sense([sense(governor=frozenset({"stay"}))], d[1], p) is None


def test_choose_sense_entity_object_needs_an_actor_object():
    d = parse("Iraq:PROPN:nsubj:1 backed:VERB:ROOT:1:back Syria:PROPN:dobj:1")
    p = parts_for(d, ent("irq", d, 0), ent("syr", d, 2))
    s = sense("SUPPORT", "051", entity_object=True)
    assert coder.choose_sense([s], d[1], p) is s
    d = parse("Syria:PROPN:nsubjpass:2 was:AUX:auxpass:2:be backed:VERB:ROOT:2:back")
    assert coder.choose_sense([s], d[2], parts_for(d, ent("syr", d, 0))) is s
    d = parse("Iraq:PROPN:nsubj:1 received:VERB:ROOT:1:receive support:NOUN:dobj:1 of:ADP:prep:2 Syria:PROPN:pobj:3")
    assert coder.choose_sense([s], d[1], parts_for(d, ent("irq", d, 0), ent("syr", d, 4))) is None
    d = parse("Iraq:PROPN:nsubj:1 backed:VERB:ROOT:1:back")
    assert coder.choose_sense([s], d[1], parts_for(d, ent("irq", d, 0))) is None
    d = parse("Iraq:PROPN:nsubj:1 backed:VERB:ROOT:1:back down:ADP:prt:1 Syria:PROPN:dative:1")
    assert coder.choose_sense([s], d[1], parts_for(d, ent("irq", d, 0), ent("syr", d, 3))) is None


# --- CAMEO patterns and users' PETRARCH dictionaries ------------------------------------------------

def test_refine_takes_a_matched_patterns_finer_code_of_the_same_type():
    s = sense("ASSAULT", "190")
    finer = coder._refine(s, Match(code="193", reverse=None, line=12))
    assert (finer.type, finer.cameo, finer.origin) == ("ASSAULT", "193", "cameo:12")
    assert finer.mode == s.mode
    assert coder._refine(s, None) is s
    assert coder._refine(s, Match(code="193", reverse=None, line=0)) is s  # the verb alone matched
    assert coder._refine(s, Match(code="", reverse=None, line=12)) is s
    assert coder._refine(s, Match(code=NULL, reverse=None, line=12)) is s
    assert coder._refine(s, Match(code="[193]", reverse=None, line=12)) is s
    assert coder._refine(s, Match(code="154", reverse=None, line=12)) is s  # another type: ours decides
    assert coder._refine(s, Match(code="190", reverse=None, line=12)) is s  # the same code: no new origin
    assert coder._refine(s, Match(code="0211", reverse=None, line=12)) is s


def test_dictionary_sense_types_a_code_by_ploVer_or_by_our_lexicon():
    m = Match(code="042", reverse="043", origin="my.verbs", line=7)
    got = coder._dictionary_sense("042", m, lambda: pytest.fail("not asked"))
    assert got == Sense(type="CONSULT", cameo="042", mode="visit", origin="my.verbs:7")
    got = coder._dictionary_sense("190", m, lambda: None)
    assert (got.type, got.cameo, got.mode) == ("ASSAULT", "190", None)
    assert coder._dictionary_sense("", m, lambda: pytest.fail("not asked")) is None
    assert coder._dictionary_sense(None, m, lambda: pytest.fail("not asked")) is None
    assert coder._dictionary_sense(NULL, m, lambda: pytest.fail("not asked")) is None
    ours = sense("SUPPORT", "051", mode="verbal")
    for code in ("[abc]", "010", "1x"):  # no PLOVER type: the user's code with our type and mode
        got = coder._dictionary_sense(code, m, lambda: ours)
        assert got == Sense(type="SUPPORT", cameo=code, mode="verbal", origin="my.verbs:7"), code
        # without our sense the user's code stands untyped (session 8; it used to code nothing)
        assert coder._dictionary_sense(code, m, lambda: None) == Sense(type=None, cameo=code, origin="my.verbs:7")
    # WEIS seize/force codes our lexicon does not know: COERCE, ASSAULT
    assert coder._dictionary_sense("212", m, lambda: None).type == "COERCE"
    assert coder._dictionary_sense("223", m, lambda: None).type == "ASSAULT"


def test_dictionary_candidate_slots_swap_and_reverse():
    d = parse("Freedonia:PROPN:poss:2 's:PART:case:0 minister:NOUN:nsubj:3 visited:VERB:ROOT:3:visit "
              "Sylvania:PROPN:dobj:3 and:CCONJ:cc:4 Ruritania:PROPN:conj:4")
    v = d[3]
    m = Match(code="042", reverse="043", source=[d[0]], target=[d[4]], compound=[d[1]], origin="v", line=3)
    c = coder._dictionary_candidate(m, v, "SENT", lambda: None)
    assert (c.sense.cameo, c.reverse.cameo, c.swap, c.dictionary) == ("042", "043", False, True)
    assert (c.start, c.end, c.sent, c.anchor, c.predicate, c.token) == (22, 29, "SENT", v, v, v)
    assert [t.i for t in c.slot_source] == [2] and [t.i for t in c.slot_target] == [4]
    assert [t.i for t in c.compound] == [2]
    assert not c.is_noun
    # a pattern that codes only the other direction: swapped, with no reverse left
    c = coder._dictionary_candidate(Match(code=NULL, reverse="043", line=3), v, "SENT", lambda: None)
    assert (c.sense.cameo, c.reverse, c.swap) == ("043", None, True)
    assert coder._dictionary_candidate(Match(code=NULL, reverse=NULL, line=3), v, "SENT", lambda: None) is None
    assert coder._dictionary_candidate(Match(code=NULL, reverse=None, line=3), v, "SENT", lambda: None) is None
    c = coder._dictionary_candidate(Match(code="042", reverse=None, line=3), v, "SENT", lambda: None)
    assert (c.sense.cameo, c.reverse, c.swap) == ("042", None, False)


def test_np_head_climbs_modifiers_of_nouns():
    d = parse("the:DET:det:4 Freedonia:PROPN:compound:2 Army:PROPN:poss:4 's:PART:case:2 chief:NOUN:ROOT:4")
    assert coder._np_head(d[1]).i == 4
    assert coder._np_head(d[0]).i == 4
    assert coder._np_head(d[3]).i == 4
    assert coder._np_head(d[4]).i == 4  # the head itself
    for dep in ("amod", "nmod"):
        d2 = parse(f"Iraqi:ADJ:{dep}:1 they:PRON:ROOT:1")
        assert coder._np_head(d2[0]).i == 1
    d = parse("Iraqi:ADJ:amod:1 went:VERB:ROOT:1")
    assert coder._np_head(d[0]).i == 0  # not into a verb
    d = parse("Iraqi:ADJ:nsubj:1 chief:NOUN:ROOT:1")
    assert coder._np_head(d[0]).i == 0  # a subject is its own phrase
    d = parse("a:PROPN:compound:0")
    assert coder._np_head(d[0]).i == 0
    chain = " ".join(f"w{i}:PROPN:compound:{i + 1}" for i in range(8)) + " end:NOUN:ROOT:8"
    d = parse(chain)
    assert coder._np_head(d[0]).i == 6  # at most six steps up
    assert coder._np_head(d[2]).i == 8


# --- participants of a candidate -------------------------------------------------------------------

def cand(tok, s=None, **kw):
    anchor = kw.pop("anchor", tok)
    return Candidate(sense=s or sense(), token=tok, start=tok.idx, end=tok.idx + len(tok), sent=tok.sent,
                     anchor=anchor, predicate=tok, **kw)


ATTACK = "Iraq:PROPN:nsubj:1 attacked:VERB:ROOT:1:attack Syria:PROPN:dobj:1 .:PUNCT:punct:1"


def attached(d, p, i, **kw):
    c = cand(d[i], **kw)
    coder.attach_participants(c, p)
    return c.source, c.target


def test_attach_participants_of_a_verb_and_pattern_slots():
    d = parse(ATTACK)
    p = parts_for(d, ent("irq", d, 0), ent("syr", d, 2, country="SYR"))
    assert attached(d, p, 1) == (["irq"], ["syr"])
    assert attached(d, p, 1, swap=True) == (["syr"], ["irq"])
    assert attached(d, p, 1, slot_source=[d[2]]) == (["syr"], [])  # the target is the source's own
    assert attached(d, p, 1, slot_target=[d[0]]) == (["irq"], [])
    assert attached(d, p, 1, slot_source=[d[2]], slot_target=[d[0]]) == (["syr"], ["irq"])
    assert attached(d, p, 1, slot_source=[d[2]], swap=True) == (["syr"], [])
    # "%": two actors act on each other; one actor there is the other side
    assert attached(d, p, 1, compound=[d[0], d[2]]) == (["irq", "syr"], ["irq", "syr"])
    assert attached(d, p, 1, compound=[d[2]]) == (["irq"], ["syr"])
    assert attached(d, p, 1, compound=[d[0]]) == (["irq"], ["irq"])  # not filtered: they act on each other
    assert attached(d, p, 1, compound=[d[0], d[0]]) == (["irq"], ["irq"])  # one actor twice is one actor
    assert attached(d, p, 1, compound=[d[0], d[2]], slot_source=[d[2]]) == (["syr"], ["irq", "syr"])


def test_attach_participants_of_a_noun():
    d = parse("Iraq:PROPN:poss:2 's:PART:case:0 attack:NOUN:ROOT:2 on:ADP:prep:2 Syria:PROPN:pobj:3")
    p = parts_for(d, ent("irq", d, 0), ent("syr", d, 4, country="SYR"))
    assert attached(d, p, 2, is_noun=True) == (["irq"], ["syr"])
    assert attached(d, p, 2) == ([], ["syr"])  # read as a verb: no subject, a target preposition


def test_an_unresolved_pronoun_source_is_the_speaker():
    d = parse("Iraq:PROPN:nsubj:1 said:VERB:ROOT:1:say it:PRON:nsubj:4 would:AUX:aux:4 attack:VERB:ccomp:1 "
              "Syria:PROPN:dobj:4")
    p = parts_for(d, ent("irq", d, 0), ent("syr", d, 5, country="SYR"))
    assert attached(d, p, 4) == (["irq"], ["syr"])
    assert attached(d, p, 4, slot_source=[d[2], d[5]]) == (["syr"], [])  # only when every source is a pronoun
    for pron in ("they", "we", "It"):
        d2 = parse(f"Iraq:PROPN:nsubj:1 said:VERB:ROOT:1:say {pron}:PRON:nsubj:4 would:AUX:aux:4 "
                   "attack:VERB:ccomp:1 Syria:PROPN:dobj:4")
        p2 = parts_for(d2, ent("irq", d2, 0), ent("syr", d2, 5, country="SYR"))
        assert coder._speaker_of(d2[2], p2) == ["irq"], pron
    for pron in ("he", "she"):  # "the minister said he would attack" (a person speaking of himself)
        d2 = parse(f"Maliki:PROPN:nsubj:1 said:VERB:ROOT:1:say {pron}:PRON:nsubj:4 would:AUX:aux:4 attack:VERB:ccomp:1")
        assert coder._speaker_of(d2[2], parts_for(d2, ent("mal", d2, 0, type_="PERSON"))) == ["mal"], pron
        # (s22) ... but a state or a body is no "he" or "she": "Police said she had been strangled"
        assert coder._speaker_of(d2[2], parts_for(d2, ent("irq", d2, 0))) == [], pron
    d2 = parse("Iraq:PROPN:nsubj:1 said:VERB:ROOT:1:say you:PRON:nsubj:4 would:AUX:aux:4 attack:VERB:ccomp:1")
    assert coder._speaker_of(d2[2], parts_for(d2, ent("irq", d2, 0))) == []
    # up to four clauses up; a speaker that is no actor gives nothing
    d3 = parse("Iraq:PROPN:nsubj:1 said:VERB:ROOT:1:say it:PRON:nsubj:3 attack:VERB:advcl:4 "
               "hoping:VERB:xcomp:5 plans:VERB:ccomp:1:plan")
    assert coder._speaker_of(d3[2], parts_for(d3, ent("irq", d3, 0))) == ["irq"]
    assert coder._speaker_of(d3[2], parts_for(d3)) == []
    d4 = parse("it:PRON:nsubj:1 attack:VERB:ROOT:1")
    assert coder._speaker_of(d4[0], parts_for(d4)) == []
    d5 = parse("Iraq:PROPN:nsubj:1 said:NOUN:ROOT:1:say it:PRON:nsubj:3 attack:VERB:ccomp:1")
    assert coder._speaker_of(d5[2], parts_for(d5, ent("irq", d5, 0))) == []  # the clause hangs on no verb
    d6 = parse("Iraq:PROPN:nsubj:1 said:VERB:ROOT:1:say it:PRON:nsubj:3 attack:VERB:ccomp:1 "
               "Iran:PROPN:nsubj:1")
    assert coder._speaker_of(d6[2], parts_for(d6, ent("irn", d6, 4))) == []  # the first subject only
    # five levels up is too far
    d7 = parse("Iraq:PROPN:nsubj:1 said:VERB:ROOT:1:say it:PRON:nsubj:3 a:VERB:advcl:4 b:VERB:advcl:5 "
               "c:VERB:advcl:6 d:VERB:advcl:7 e:VERB:ccomp:1")
    assert coder._speaker_of(d7[2], parts_for(d7, ent("irq", d7, 0))) == []
    d7 = parse("Iraq:PROPN:nsubj:1 said:VERB:ROOT:1:say it:PRON:nsubj:3 a:VERB:advcl:4 b:VERB:advcl:5 "
               "c:VERB:advcl:6 d:VERB:ccomp:1")
    assert coder._speaker_of(d7[2], parts_for(d7, ent("irq", d7, 0))) == ["irq"]
    d8 = parse("Iraq:PROPN:nsubj:1 said:VERB:ROOT:1:say it:PRON:nsubj:3 a:VERB:advcl:4 b:VERB:advcl:5 "
               "d:VERB:ccomp:1")
    assert coder._speaker_of(d8[2], parts_for(d8, ent("irq", d8, 0))) == ["irq"]


WITHDRAW = sense("RETREAT", "0874")  # (session 8: the troops an attack acts on are its victims)


def test_the_sources_own_troops_are_its_means_not_its_target():
    d = parse("Iraq:PROPN:nsubj:1 withdrew:VERB:ROOT:1:withdraw Iraqi:ADJ:amod:3 troops:NOUN:dobj:1:troop "
              "from:ADP:prep:1 Syria:PROPN:pobj:4")
    irq = ent("irq", d, 0, 2)
    syr = ent("syr", d, 5, country="SYR")
    p = parts_for(d, irq, syr)
    assert attached(d, p, 1, s=WITHDRAW, slot_target=[d[3], d[5]]) == (["irq"], ["syr"])
    # the source's country only guessed from the article: no own means known
    p = parts_for(d, ent("irq", d, 0, 2, country_basis="article focus"), syr)
    assert attached(d, p, 1, s=WITHDRAW, slot_target=[d[3], d[5]]) == (["irq"], ["syr"])  # (its own still left out)
    p = parts_for(d, ent("irq", d, 0), ent("irt", d, 2, country="IRQ"), syr)
    assert attached(d, p, 1, s=WITHDRAW, slot_target=[d[3], d[5]]) == (["irq"], ["syr"])
    # the troops an attack (the default sense) or a request acts on are its recipients
    assert attached(d, p, 1, slot_target=[d[3], d[5]]) == (["irq"], ["irt", "syr"])
    assert attached(d, p, 1, s=sense("REQUEST", "100"), slot_target=[d[3], d[5]]) == (["irq"], ["irt", "syr"])
    p = parts_for(d, ent("irq", d, 0), ent("irt", d, 2, country="IRQ", country_basis="article focus"), syr)
    assert attached(d, p, 1, s=WITHDRAW, slot_target=[d[3], d[5]]) == (["irq"], ["syr"])
    # the guessed country of the source is no proof the troops are its own
    p = parts_for(d, ent("irq", d, 0, country_basis="article focus"), ent("irt", d, 2, country="IRQ"), syr)
    assert attached(d, p, 1, s=WITHDRAW, slot_target=[d[3], d[5]]) == (["irq"], ["irt", "syr"])
    # another country's troops are a target
    p = parts_for(d, ent("irq", d, 0), ent("syt", d, 2, country="SYR"), syr)
    assert attached(d, p, 1, s=WITHDRAW, slot_target=[d[3], d[5]]) == (["irq"], ["syt", "syr"])
    # a plain noun is no means
    d2 = parse("Iraq:PROPN:nsubj:1 attacked:VERB:ROOT:1:attack Iraqi:ADJ:amod:3 rebels:NOUN:dobj:1:rebel")
    p = parts_for(d2, ent("irq", d2, 0), ent("reb", d2, 2, country="IRQ"))
    assert attached(d2, p, 1, slot_target=[d2[3]]) == (["irq"], ["reb"])


def test_own_means_needs_every_entity_of_the_token_to_be_the_sources():
    d = parse("Iraqi:ADJ:amod:3 and:CCONJ:cc:0 Syrian:ADJ:conj:0 troops:NOUN:ROOT:3:troop")
    p = parts_for(d, ent("irt", d, 0, country="IRQ"), ent("syt", d, 2, country="SYR"), ent("tro", d, 3))
    assert coder._own_means(d[3], p, {"IRQ", "SYR"})
    assert not coder._own_means(d[3], p, {"IRQ"})
    assert not coder._own_means(d[3], p, set())


def test_state_prep():
    for verb, prep in (("remained:VERB:ROOT:1:remain", "on"), ("went:VERB:ROOT:1:go", "in"), ("are:AUX:ROOT:1:be", "on"),
                       ("staged:VERB:ROOT:1:stage", "on")):
        d = parse(f"workers:NOUN:nsubj:1 {verb} {prep}:ADP:prep:1 strike:NOUN:pobj:2")
        assert coder._state_prep(d[3]), verb
    d = parse("workers:NOUN:nsubj:1 voted:VERB:ROOT:1:vote on:ADP:prep:1 strike:NOUN:pobj:2")
    assert not coder._state_prep(d[3])
    d = parse("workers:NOUN:nsubj:1 went:VERB:ROOT:1:go for:ADP:prep:1 strike:NOUN:pobj:2")
    assert not coder._state_prep(d[3])
    d = parse("workers:NOUN:nsubj:1 went:VERB:ROOT:1:go on:ADP:prep:1 strike:NOUN:dobj:2")
    assert not coder._state_prep(d[3])
    d = parse("workers:NOUN:nsubj:1 went:VERB:ROOT:1:go On:ADP:prep:1 strike:NOUN:pobj:2")
    assert coder._state_prep(d[3])


def test_resolve_conjunct_chains_below_arguments_count_from_one_level_down():
    # "the government of X, C1, C2 ...": X and all its conjuncts (session 15: no longer cut at depth 4)
    d = parse("government:NOUN:ROOT:0 of:ADP:prep:0 with:ADP:prep:0 ,:PUNCT:punct:0 X:PROPN:pobj:1 "
              + " ".join(f"C{i}:PROPN:conj:{4 if i == 1 else 3 + i}" for i in range(1, 7)))
    p = parts_for(d, ent("x", d, 4, country="X"), *[ent(f"c{i}", d, 4 + i, country=f"C{i}") for i in range(1, 7)])
    assert p.resolve(d[0]) == ["x", "c1", "c2", "c3", "c4", "c5", "c6"]
    # the same below an apposition and below a participle's agent
    d = parse("member:NOUN:ROOT:0 ,:PUNCT:punct:0 X:PROPN:appos:0 "
              + " ".join(f"C{i}:PROPN:conj:{2 if i == 1 else 1 + i}" for i in range(1, 7)))
    p = parts_for(d, ent("x", d, 2, country="X"), *[ent(f"c{i}", d, 2 + i, country=f"C{i}") for i in range(1, 7)])
    assert p.resolve(d[0]) == ["x", "c1", "c2", "c3", "c4", "c5", "c6"]
    d = parse("troops:NOUN:ROOT:0:troop led:VERB:acl:0:lead by:ADP:agent:1 X:PROPN:pobj:2 "
              + " ".join(f"C{i}:PROPN:conj:{3 if i == 1 else 2 + i}" for i in range(1, 7)))
    p = parts_for(d, ent("x", d, 3, country="X"), *[ent(f"c{i}", d, 3 + i, country=f"C{i}") for i in range(1, 7)])
    assert p.resolve(d[0]) == ["x", "c1", "c2", "c3", "c4", "c5", "c6"]
    # a coded apposition of an uncoded name stands for it alone, without its conjuncts
    d = parse("Oshima:PROPN:ROOT:0 ,:PUNCT:punct:0 X:PROPN:appos:0 "
              + " ".join(f"C{i}:PROPN:conj:{2 if i == 1 else 1 + i}" for i in range(1, 7)))
    p = parts_for(d, ent("osh", d, 0, coded=False, type_="PERSON"), ent("x", d, 2, country="X"),
                  *[ent(f"c{i}", d, 2 + i, country=f"C{i}") for i in range(1, 7)])
    assert p.resolve(d[0]) == ["x"]


def test_resolve_keeps_every_apposition_and_every_phrase():
    d = parse("member:NOUN:ROOT:0 ,:PUNCT:punct:0 Mamoun:PROPN:appos:0 ,:PUNCT:punct:0 Haddad:PROPN:appos:0")
    p = parts_for(d, ent("mam", d, 2, type_="PERSON"), ent("had", d, 4, type_="PERSON"))
    assert p.resolve(d[0]) == ["mam", "had"]
    d = parse("troops:NOUN:ROOT:0:troop led:VERB:acl:0:lead by:ADP:agent:1 Syria:PROPN:pobj:2 of:ADP:prep:0 "
              "Iraq:PROPN:pobj:4")
    assert parts_for(d, ent("irq", d, 5), ent("syr", d, 3, country="SYR")).resolve(d[0]) == ["syr", "irq"]
    d = parse("troops:NOUN:ROOT:0:troop of:ADP:prep:0 Iraq:PROPN:pobj:1 led:VERB:acl:0:lead by:ADP:agent:3 "
              "Syria:PROPN:pobj:4")
    assert parts_for(d, ent("irq", d, 2), ent("syr", d, 5, country="SYR")).resolve(d[0]) == ["irq", "syr"]


def test_resolve_a_compound_that_names_no_one():
    d = parse("Army:PROPN:compound:1 spokesman:NOUN:ROOT:1")
    assert parts_for(d).resolve(d[1]) == []
    d = parse("the:DET:det:1 Army:PROPN:compound:2 spokesman:NOUN:ROOT:2")
    assert parts_for(d).resolve(d[2]) == []


def test_a_modifier_without_a_conjunct_adds_no_second_actor():
    d = parse("very:ADV:advmod:1 Hungarian:ADJ:amod:2 officials:NOUN:ROOT:2:official")
    p = parts_for(d, ent("hun", d, 1, country="HUN"), ent("off", d, 2, country="ROU"))
    assert p.resolve(d[2]) == ["off"]


# --- a verb's source and target --------------------------------------------------------------------

def verb_roles(spec, *ents, i=1, s=None, event_nouns=frozenset()):
    d = parse(spec)
    p = parts_for(d, *[e(d) for e in ents], event_nouns=event_nouns)
    c = cand(d[i], s)
    coder._verb_participants(c, p)
    return [t.text for t in c.source_tokens], [t.text for t in c.target_tokens]


def E(eid, *spans, **kw):
    return lambda d: ent(eid, d, *spans, **kw)


def test_passive_voice_agents_are_sources_subjects_targets():
    assert verb_roles("Syria:PROPN:nsubjpass:2 was:AUX:auxpass:2:be attacked:VERB:ROOT:2:attack:VBN by:ADP:agent:2 "
                      "Iraq:PROPN:pobj:3", E("irq", 4), E("syr", 0), i=2) == (["Iraq"], ["Syria"])
    assert verb_roles("Syria:PROPN:nsubjpass:1 attacked:VERB:ROOT:1:attack:VBN", E("syr", 0)) == ([], ["Syria"])
    # "Maliki, supported by Iran": the participle's noun is the target
    assert verb_roles("Maliki:PROPN:ROOT:0 supported:VERB:acl:0:support:VBN by:ADP:agent:1 Iran:PROPN:pobj:2",
                      E("mal", 0), E("irn", 3)) == (["Iran"], ["Maliki"])
    assert verb_roles("Maliki:PROPN:ROOT:0 supported:VERB:acomp:0:support:VBN by:ADP:agent:1 Iran:PROPN:pobj:2",
                      E("mal", 0), E("irn", 3)) == (["Iran"], [])
    # several agents
    assert verb_roles("Syria:PROPN:nsubjpass:1 attacked:VERB:ROOT:1:attack:VBN by:ADP:agent:1 Iraq:PROPN:pobj:2 "
                      "and:ADP:agent:1 Iran:PROPN:pobj:4", E("syr", 0)) == (["Iraq", "Iran"], ["Syria"])


def test_a_cancelled_event_nouns_own_sides():
    nouns = frozenset({"visit"})
    spec = ("visit:NOUN:nsubjpass:7 {by}:ADP:{dep}:0 France:PROPN:pobj:1 to:ADP:prep:0 Poland:PROPN:pobj:3 "
            "was:AUX:auxpass:7:be very:ADV:advmod:7 cancelled:VERB:ROOT:7:cancel:VBN")
    ents = (E("fra", 2, country="FRA"), E("pol", 4, country="POL"))
    for by, dep in (("by", "prep"), ("by", "agent"), ("of", "prep"), ("BY", "agent")):
        assert verb_roles(spec.format(by=by, dep=dep), *ents, i=7, event_nouns=nouns) == (["France"], ["Poland"]), by
    assert verb_roles(spec.format(by="by", dep="prep").replace("to:ADP", "with:ADP"), *ents, i=7,
                      event_nouns=nouns) == (["France"], ["Poland"])
    assert verb_roles(spec.format(by="by", dep="prep").replace("to:ADP:prep", "to:ADP:agent"), *ents, i=7,
                      event_nouns=nouns) == (["France"], [])
    assert verb_roles(spec.format(by="for", dep="prep"), *ents, i=7, event_nouns=nouns) == ([], ["visit"])
    assert verb_roles(spec.format(by="by", dep="prep"), *ents, i=7) == ([], ["visit"])  # not an event noun
    assert verb_roles(spec.format(by="by", dep="pobj"), *ents, i=7, event_nouns=nouns) == ([], ["visit"])
    # with an agent of its own, or two subjects, the verb's roles stand
    two = ("visit:NOUN:nsubjpass:7 by:ADP:prep:0 France:PROPN:pobj:1 to:ADP:prep:0 Poland:PROPN:pobj:3 "
           "trip:NOUN:nsubjpass:7 was:AUX:auxpass:7:be cancelled:VERB:ROOT:7:cancel:VBN")
    assert verb_roles(two, *ents, i=7, event_nouns=nouns) == (["France"], ["Poland"])  # (subjects(): the first)
    agent = spec.format(by="by", dep="prep") + " by:ADP:agent:7 Iraq:PROPN:pobj:8"
    assert verb_roles(agent, *ents, E("irq", 9), i=7, event_nouns=nouns) == (["Iraq"], ["visit"])


def test_active_voice_subject_and_objects():
    assert verb_roles(ATTACK, E("irq", 0), E("syr", 2, country="SYR")) == (["Iraq"], ["Syria"])
    # "threatened to break relations with Russia": the embedded act's recipient
    spec = ("Iraq:PROPN:nsubj:1 threatened:VERB:ROOT:1:threaten to:PART:aux:3 {verb} relations:NOUN:dobj:3:relation "
            "with:ADP:prep:3 Russia:PROPN:pobj:5")
    ents = (E("irq", 0), E("rus", 6, country="RUS"))
    assert verb_roles(spec.format(verb="break:VERB:xcomp:1"), *ents) == (["Iraq"], ["Russia"])
    assert verb_roles(spec.format(verb="break:NOUN:xcomp:1"), *ents) == (["Iraq"], [])
    assert verb_roles(spec.format(verb="break:VERB:ccomp:1"), *ents) == (["Iraq"], [])
    # the first complement with a target
    spec = ("Iraq:PROPN:nsubj:1 vowed:VERB:ROOT:1:vow sleep:VERB:xcomp:1 and:CCONJ:cc:1 attack:VERB:xcomp:1 "
            "Syria:PROPN:dobj:4 fight:VERB:xcomp:1 Iran:PROPN:dobj:6")
    assert verb_roles(spec, E("irq", 0), E("syr", 5, country="SYR"), E("irn", 7, country="IRN")) == (["Iraq"], ["Syria"])


def objects(spec, *ents, i=1, s=None, own=frozenset()):
    d = parse(spec)
    p = parts_for(d, *[e(d) for e in ents])
    return [t.text for t in coder._objects(d[i], s or sense(), p, set(own))]


def test_objects_dative_direct_object_and_prepositions():
    ents = (E("irq", 0), E("syr", 2, country="SYR"), E("irn", 4, country="IRN"))
    assert objects("Iraq:PROPN:nsubj:1 gave:VERB:ROOT:1:give Syria:PROPN:dative:1 aid:NOUN:dobj:1 Iran:PROPN:npadvmod:1",
                   *ents, own={"irq"}) == ["Syria"]
    assert objects("Iraq:PROPN:nsubj:1 gave:VERB:ROOT:1:give Syria:PROPN:iobj:1 aid:NOUN:dobj:1 Iran:PROPN:iobj:1",
                   *ents, own={"irq"}) == ["Syria", "Iran"]
    assert objects("Iraq:PROPN:nsubj:1 gave:VERB:ROOT:1:give aid:NOUN:dobj:1 to:ADP:dative:1 Iran:PROPN:pobj:3",
                   E("irq", 0), E("irn", 4, country="IRN"), own={"irq"}) == ["Iran"]
    # a dative that is the source itself gives way to the direct object
    assert objects("Iraq:PROPN:nsubj:1 gave:VERB:ROOT:1:give itself:PRON:dative:1 Syria:PROPN:dobj:1",
                   E("irq", 0, 2), E("syr", 3, country="SYR"), own={"irq"}) == ["Syria"]
    assert objects("Iraq:PROPN:nsubj:1 met:VERB:ROOT:1:meet Syria:PROPN:dobj:1 Iran:PROPN:dobj:1", *ents,
                   own={"irq"}) == ["Syria"]
    assert objects("Iraq:PROPN:nsubj:1 met:VERB:ROOT:1:meet talks:NOUN:dobj:1 Iran:PROPN:dobj:1", E("irq", 0),
                   E("irn", 3, country="IRN"), own={"irq"}) == []  # only the first object
    ents3 = (E("irq", 0), E("syr", 3, country="SYR"), E("irn", 5, country="IRN"))
    for prep in ("with", "against", "on", "upon", "to", "toward", "towards", "at", "into", "for", "from", "With"):
        got = objects(f"Iraq:PROPN:nsubj:1 sided:VERB:ROOT:1:side {prep}:ADP:prep:1 Syria:PROPN:pobj:2 "
                      "and:CCONJ:cc:3 Iran:PROPN:pobj:2", *ents3, own={"irq"})
        assert got == ["Syria"], prep  # the first one
    assert objects("Iraq:PROPN:nsubj:1 sided:VERB:ROOT:1:side about:ADP:prep:1 Syria:PROPN:pobj:2", *ents3) == []
    assert objects("Iraq:PROPN:nsubj:1 sided:VERB:ROOT:1:side about:ADP:prep:1 Syria:PROPN:pobj:2", *ents3,
                   s=sense(prep=frozenset({"about"}))) == ["Syria"]
    assert objects("Iraq:PROPN:nsubj:1 sided:VERB:ROOT:1:side with:ADP:advmod:1 Syria:PROPN:pobj:2", *ents3) == []
    # a preposition whose object is the source's own goes on to the next
    assert objects("Iraq:PROPN:nsubj:1 sided:VERB:ROOT:1:side with:ADP:prep:1 itself:PRON:pobj:2 "
                   "against:ADP:prep:1 Iran:PROPN:pobj:4", E("irq", 0, 3), E("irn", 5, country="IRN"),
                   own={"irq"}) == ["Iran"]


def test_objects_complement_subjects():
    ents = (E("usa", 0, country="USA"), E("irn", 2, 5, country="IRN"))
    for dep in ("ccomp", "xcomp"):
        assert objects(f"US:PROPN:nsubj:1 urged:VERB:ROOT:1:urge Iran:PROPN:nsubj:4 to:PART:aux:4 release:VERB:{dep}:1 "
                       "Syria:PROPN:nsubj:4", *ents) == ["Iran"]
    assert objects("US:PROPN:nsubj:1 urged:VERB:ROOT:1:urge Iran:PROPN:nsubj:4 to:PART:aux:4 release:VERB:advcl:1",
                   *ents) == []
    assert objects("US:PROPN:nsubj:1 urged:VERB:ROOT:1:urge it:PRON:nsubj:4 to:PART:aux:4 release:VERB:ccomp:1 "
                   "Iran:PROPN:csubj:4", E("usa", 0), E("irn", 5)) == ["Iran"]  # the first that resolves


def test_objects_instruments_and_the_sources_own():
    # "deployed additional troops": the source's own means
    assert objects("Iraq:PROPN:nsubj:1 deployed:VERB:ROOT:1:deploy troops:NOUN:dobj:1:troop",
                   E("irq", 0, 2), own={"irq"}) == []
    # "sent troops to Syria"
    assert objects("Iraq:PROPN:nsubj:1 sent:VERB:ROOT:1:send troops:NOUN:dobj:1:troop to:ADP:prep:1 "
                   "Syria:PROPN:pobj:3", E("irq", 0, 2), E("syr", 4, country="SYR"), own={"irq"}) == ["Syria"]
    # "attacked Syrian troops": another's troops are a target
    # (a MOBILIZE sense: since session 8 the troops an attack acts on are its victims, whoever's)
    mob = sense("MOBILIZE", "154")
    for dep in ("amod", "compound", "poss"):
        assert objects(f"Iraq:PROPN:nsubj:1 attacked:VERB:ROOT:1:attack Syrian:ADJ:{dep}:3 troops:NOUN:dobj:1:troop",
                       E("irq", 0), E("syr", 2, 4, country="SYR"), s=mob, own={"irq"}) == ["troops"], dep
    assert objects("Iraq:PROPN:nsubj:1 attacked:VERB:ROOT:1:attack Syrian:ADJ:det:3 troops:NOUN:dobj:1:troop",
                   E("irq", 0), E("syr", 2, 4, country="SYR"), s=mob, own={"irq"}) == []
    assert objects("Iraq:PROPN:nsubj:1 attacked:VERB:ROOT:1:attack Iraqi:ADJ:amod:3 troops:NOUN:dobj:1:troop",
                   E("irq", 0, 2, 3), s=mob, own={"irq"}) == []
    assert objects("Iraq:PROPN:nsubj:1 attacked:VERB:ROOT:1:attack Syrian:ADJ:det:3 troops:NOUN:dobj:1:troop",
                   E("irq", 0), E("syr", 2, 4, country="SYR"), own={"irq"}) == ["troops"]  # ASSAULT: victims
    # "recalled its ambassador from Minsk"
    spec = ("Iraq:PROPN:nsubj:1 recalled:VERB:ROOT:1:recall {poss}:PRON:poss:3 envoy:NOUN:{dep}:1 "
            "from:ADP:prep:1 Minsk:PROPN:pobj:4")
    ents = (E("irq", 0), E("env", 3, kind="nominal"), E("blr", 5, country="BLR"))
    for poss in ("its", "their", "his", "her", "Its"):
        assert objects(spec.format(poss=poss, dep="dobj"), *ents, own={"irq"}) == ["Minsk"], poss
    assert objects(spec.format(poss="your", dep="dobj"), *ents, own={"irq"}) == ["envoy"]
    assert objects(spec.format(poss="its", dep="dobj"), E("irq", 0), E("env", 3, country="SYR"), E("blr", 5),
                   own={"irq"}) == ["envoy"]  # another country's envoy
    assert objects(spec.format(poss="its", dep="dobj"), E("irq", 0, country=None), E("env", 3), E("blr", 5),
                   own={"irq"}) == ["envoy"]  # no country to compare
    assert objects(spec.format(poss="its", dep="dobj").replace(":poss:3", ":det:3"), *ents, own={"irq"}) == ["envoy"]


def test_objects_the_objects_own_prepositions():
    talk = ("Iraq:PROPN:nsubj:1 held:VERB:ROOT:1:hold talks:NOUN:dobj:1:talk {prep}:ADP:prep:2 Syria:PROPN:pobj:3")
    ents = (E("irq", 0), E("syr", 4, country="SYR"))
    for prep in ("with", "on", "against", "to", "toward", "towards", "for", "in"):
        assert objects(talk.format(prep=prep), *ents, own={"irq"}) == ["Syria"], prep
    # "talks by Syria": the event noun stands for its author, so the object itself resolves to Syria
    d = parse(talk.format(prep="by"))
    p = parts_for(d, *[e(d) for e in ents])
    (got,) = coder._objects(d[1], sense(), p, {"irq"})
    assert p.resolve(got) == ["syr"]
    assert objects(talk.format(prep="of"), *ents, own={"irq"}) == ["talks"]  # "talks of Syria" stand for Syria
    assert objects(talk.format(prep="about"), *ents, own={"irq"}) == []
    assert objects(talk.format(prep="with").replace(":prep:2", ":advmod:2"), *ents, own={"irq"}) == []
    # "signed an agreement in Nairobi": a venue for cooperation; "held talks on X": the topic
    assert objects(talk.format(prep="in"), *ents, s=sense("AGREE", "057"), own={"irq"}) == []
    assert objects(talk.format(prep="in"), *ents, s=sense("AID", "070"), own={"irq"}) == []
    assert objects(talk.format(prep="in"), *ents, s=sense("ACCUSE", "112"), own={"irq"}) == ["Syria"]
    for t in ("CONSULT", "AGREE", "COOPERATE"):
        assert objects(talk.format(prep="on"), *ents, s=sense(t, "040"), own={"irq"}) == [], t
    assert objects(talk.format(prep="on"), *ents, s=sense("AID", "070"), own={"irq"}) == ["Syria"]
    # "blocked roads in Brussels": a place is where, not whom
    assert objects(talk.format(prep="in"), E("irq", 0), E("syr", 4, coded=False, type_="GPE"), own={"irq"}) == []
    # the earlier preposition of the list first, whatever the order in the sentence
    both = ("Iraq:PROPN:nsubj:1 held:VERB:ROOT:1:hold talks:NOUN:dobj:1:talk for:ADP:prep:2 Iran:PROPN:pobj:3 "
            "with:ADP:prep:2 Syria:PROPN:pobj:5")
    assert objects(both, E("irq", 0), E("irn", 4, country="IRN"), E("syr", 6, country="SYR"), own={"irq"}) == ["Syria"]
    # a preposition with nobody behind it gives way to the next
    none = ("Iraq:PROPN:nsubj:1 held:VERB:ROOT:1:hold talks:NOUN:dobj:1:talk with:ADP:prep:2 it:PRON:pobj:3 "
            "in:ADP:prep:2 Syria:PROPN:pobj:5")
    assert objects(none, E("irq", 0), E("syr", 6, country="SYR"), own={"irq"}) == ["Syria"]
    assert objects(none.replace("held:VERB", "held:VERB").replace("talks:NOUN:dobj", "talks:NOUN:attr"),
                   E("irq", 0), E("syr", 6, country="SYR"), own={"irq"}) == []  # only a direct object's


# --- an event noun's source and target -------------------------------------------------------------

def noun_roles(spec, *ents, i, s=None, anchor=None, triggers=None):
    d = parse(spec)
    p = parts_for(d, *[e(d) for e in ents])
    p.triggers = triggers or {}
    c = cand(d[i], s, anchor=d[anchor if anchor is not None else i], is_noun=True)
    coder._noun_participants(c, p)
    return [t.text for t in c.source_tokens], [t.text for t in c.target_tokens]


IRQ, SYR, IRN = (lambda *sp: E("irq", *sp)), (lambda *sp: E("syr", *sp, country="SYR")), \
    (lambda *sp: E("irn", *sp, country="IRN"))


def test_noun_possessor_and_modifiers():
    spec = "Iraq:PROPN:poss:2 's:PART:case:0 attack:NOUN:ROOT:2"
    assert noun_roles(spec, IRQ(0), i=2) == (["Iraq"], [])
    assert noun_roles(spec, IRQ(0), i=2, s=sense(poss="target")) == ([], ["Iraq"])  # "Iraq's invasion"
    assert noun_roles(spec, i=2) == ([], [])  # nobody
    for dep in ("amod", "compound", "nmod"):
        assert noun_roles(f"Israeli:ADJ:{dep}:1 strikes:NOUN:ROOT:1:strike", IRQ(0), i=1) == (["Israeli"], []), dep
    assert noun_roles("strikes:NOUN:ROOT:0:strike Israeli:ADJ:amod:0", IRQ(1), i=0) == ([], [])  # on the right
    assert noun_roles("Israeli:ADJ:det:1 strikes:NOUN:ROOT:1:strike", IRQ(0), i=1) == ([], [])
    # "US Army strikes": the compound's own modifier
    assert noun_roles("US:PROPN:compound:1 Army:PROPN:compound:2 strikes:NOUN:ROOT:2:strike", IRQ(0), i=2) == (["US"], [])
    assert noun_roles("strikes:NOUN:ROOT:0:strike Army:PROPN:compound:0", i=0) == ([], [])
    # the anchor's children count too ("the Iraqi air strikes": strike -> anchor "strikes")
    assert noun_roles("Iraqi:ADJ:amod:2 air:NOUN:compound:2 strikes:NOUN:ROOT:2:strike", IRQ(0), i=1, anchor=2) \
        == (["Iraqi"], [])


def test_noun_prepositions():
    spec = "attack:NOUN:ROOT:0 {p}:ADP:{dep}:0 Syria:PROPN:pobj:1"
    for p in ("on", "upon", "against", "for", "to", "with", "at", "into", "toward", "towards", "regarding",
              "concerning", "about", "over", "On"):
        assert noun_roles(spec.format(p=p, dep="prep"), SYR(2), i=0) == ([], ["Syria"]), p
    for p in ("in", "under", "from"):
        assert noun_roles(spec.format(p=p, dep="prep"), SYR(2), i=0) == ([], []), p
    assert noun_roles(spec.format(p="by", dep="agent"), SYR(2), i=0) == (["Syria"], [])
    assert noun_roles(spec.format(p="by", dep="prep"), SYR(2), i=0) == (["Syria"], [])
    assert noun_roles(spec.format(p="between", dep="prep"), SYR(2), i=0) == (["Syria"], [])
    assert noun_roles(spec.format(p="with", dep="advmod"), SYR(2), i=0) == ([], [])
    assert noun_roles(spec.format(p="of", dep="prep"), SYR(2), i=0) == ([], ["Syria"])
    assert noun_roles(spec.format(p="of", dep="prep"), SYR(2), i=0, s=sense(of="source")) == (["Syria"], [])
    assert noun_roles(spec.format(p="of", dep="prep"), SYR(2), i=0, s=sense(of="none")) == ([], [])
    assert noun_roles(spec.format(p="from", dep="prep"), SYR(2), i=0, s=sense(of="source")) == (["Syria"], [])
    # "talks on X": the topic, for consultations, agreements and cooperation
    for t in ("CONSULT", "AGREE", "COOPERATE"):
        assert noun_roles(spec.format(p="on", dep="prep"), SYR(2), i=0, s=sense(t, "040")) == ([], []), t
    assert noun_roles(spec.format(p="on", dep="prep"), SYR(2), i=0, s=sense("AID", "070")) == ([], ["Syria"])
    # several objects of one preposition; a preposition whose object names no one
    assert noun_roles("attack:NOUN:ROOT:0 on:ADP:prep:0 Syria:PROPN:pobj:1 Iran:PROPN:pobj:1 rain:NOUN:pobj:1",
                      SYR(2), IRN(3), i=0) == ([], ["Syria", "Iran"])


def test_noun_withdrawal_from_a_place():
    withdraw = sense("RETREAT", "087", mode="withdraw", of="source")  # as the lexicon has "withdrawal"
    spec = "withdrawal:NOUN:ROOT:0 of:ADP:prep:0 forces:NOUN:pobj:1:force from:ADP:prep:{h} Panama:PROPN:pobj:3"
    assert noun_roles(spec.format(h=0), SYR(4), i=0, s=withdraw) == ([], ["Panama"])
    assert noun_roles(spec.format(h=2), SYR(4), i=0, s=withdraw) == ([], ["Panama"])  # wherever "from" hangs
    assert noun_roles(spec.format(h=0), SYR(4), i=0, s=sense("RETREAT", "084", mode="release")) == ([], [])
    # any other non-violent noun: "from" names who it comes from (session 8: "aid from Japan")
    assert noun_roles(spec.format(h=0), SYR(4), i=0, s=sense("AID", "070", mode="withdraw")) == (["Panama"], [])
    assert noun_roles(spec.format(h=0), SYR(4), i=0, s=sense("ASSAULT", "190", mode="withdraw")) == ([], [])
    assert noun_roles(spec.format(h=0), SYR(4), i=0, s=sense("AID", "070", mode="withdraw", of="source")) \
        == (["Panama"], [])  # "from X" is where the source comes from
    assert noun_roles(spec.format(h=2), SYR(4), i=0, s=sense("RETREAT", "084", mode="release", of="source")) == ([], [])
    assert noun_roles(spec.format(h=2), SYR(4), i=0, s=sense("AID", "070", mode="withdraw", of="source")) == ([], [])
    # the first "from" after the noun, and only one
    two = ("from:ADP:prep:3 withdrawal:NOUN:ROOT:1 of:ADP:prep:1 forces:NOUN:pobj:2:force from:ADP:prep:3 "
           "Panama:PROPN:pobj:4 Iran:PROPN:pobj:4 and:CCONJ:cc:1 from:ADP:prep:3 Iraq:PROPN:pobj:8 Oman:PROPN:pobj:0")
    assert noun_roles(two, SYR(5), IRN(6), IRQ(9), E("omn", 10), i=1, s=withdraw) == ([], ["Panama"])
    # a target already found stands
    assert noun_roles("withdrawal:NOUN:ROOT:0 to:ADP:prep:0 Iran:PROPN:pobj:1 forces:NOUN:dobj:0:force "
                      "from:ADP:prep:3 Panama:PROPN:pobj:4", IRN(2), SYR(5), i=0, s=withdraw) == ([], ["Iran"])
    # "from" at the noun itself
    assert noun_roles("withdrawal:NOUN:ROOT:0 from:ADP:prep:0 Panama:PROPN:pobj:1", SYR(2), i=0, s=withdraw) \
        == ([], ["Panama"])


def test_noun_misattached_apposition():
    spec = "support:NOUN:ROOT:0 of:ADP:prep:0 alliance:NOUN:pobj:1 ,:PUNCT:punct:0 Framework:PROPN:appos:0"
    assert noun_roles(spec, SYR(4), i=0, s=sense(of="none")) == (["Framework"], [])
    assert noun_roles(spec, SYR(4), E("sup", 0), i=0, s=sense(of="none")) == ([], [])  # the noun itself names one


def test_noun_object_of_a_light_verb():
    spec = "Iraq:PROPN:nsubj:1 launched:{pos}:ROOT:1:launch attack:NOUN:{dep}:1 on:ADP:prep:1 Syria:PROPN:pobj:3"
    for pos in ("VERB", "AUX"):
        for dep in ("dobj", "attr"):
            assert noun_roles(spec.format(pos=pos, dep=dep), IRQ(0), SYR(4), i=2) == (["Iraq"], ["Syria"]), (pos, dep)
    assert noun_roles(spec.format(pos="NOUN", dep="dobj"), IRQ(0), SYR(4), i=2) == ([], [])
    assert noun_roles(spec.format(pos="VERB", dep="nmod"), IRQ(0), SYR(4), i=2) == ([], [])
    for prep in ("on", "against", "with", "to", "toward", "towards", "for", "upon"):
        got = noun_roles(spec.format(pos="VERB", dep="dobj").replace("on:ADP", f"{prep}:ADP"), IRQ(0), SYR(4), i=2)
        assert got == (["Iraq"], ["Syria"]), prep
    assert noun_roles(spec.format(pos="VERB", dep="dobj").replace("on:ADP", "in:ADP"), IRQ(0), SYR(4), i=2) \
        == (["Iraq"], [])
    assert noun_roles(spec.format(pos="VERB", dep="dobj").replace("on:ADP:prep", "on:ADP:advmod"), IRQ(0), SYR(4),
                      i=2) == (["Iraq"], [])
    assert noun_roles(spec.format(pos="VERB", dep="dobj"), IRQ(0), i=2) == (["Iraq"], [])  # "on" nobody
    # "held talks on X": the topic
    assert noun_roles(spec.format(pos="VERB", dep="dobj"), IRQ(0), SYR(4), i=2, s=sense("CONSULT", "040")) \
        == (["Iraq"], [])
    # the light verb's dative: "gave Syria support"
    assert noun_roles("Iraq:PROPN:nsubj:1 gave:VERB:ROOT:1:give Syria:PROPN:dative:1 support:NOUN:dobj:1 "
                      "Iran:PROPN:iobj:1", IRQ(0), SYR(2), IRN(4), i=3) == (["Iraq"], ["Syria", "Iran"])
    assert noun_roles("Iraq:PROPN:nsubj:1 gave:VERB:ROOT:1:give support:NOUN:dobj:1 to:ADP:dative:1 "
                      "Syria:PROPN:pobj:3", IRQ(0), SYR(4), i=2) == (["Iraq"], ["Syria"])
    # the noun's own sides stand
    assert noun_roles("Iraq:PROPN:nsubj:1 backed:VERB:ROOT:1:back Iranian:ADJ:amod:3 attack:NOUN:dobj:1 "
                      "on:ADP:prep:3 Syria:PROPN:pobj:4 against:ADP:prep:1 Oman:PROPN:pobj:6", IRQ(0), IRN(2), SYR(5),
                      E("omn", 7), i=3) == (["Iranian"], ["Syria"])


def test_noun_object_of_a_passive_or_reacting_verb():
    spec = ("attack:NOUN:nsubjpass:2 was:AUX:auxpass:2:be launched:VERB:ROOT:2:launch:VBN by:ADP:agent:2 "
            "Iraq:PROPN:pobj:3")
    # "the attack was launched by Iraq" (the noun as passive subject)
    assert noun_roles(spec, IRQ(4), i=0) == (["Iraq"], [])
    spec = "Iran:PROPN:nsubj:1 condemned:VERB:ROOT:1:condemn attack:NOUN:dobj:1"
    assert noun_roles(spec, IRN(0), i=2) == (["Iran"], [])
    for t in ("ACCUSE", "COERCE", "SUPPORT", "REJECT", "REQUEST"):
        assert noun_roles(spec, IRN(0), i=2, triggers={1: f"{t}-x"}) == ([], []), t  # another's event
        assert noun_roles(spec, IRN(0), i=2, triggers={1: t}) == ([], []), t
    # a verb of the noun's own type ("launched rocket fire": the assault noun under an assault verb)
    # is one act with it: the subject is the noun's source
    assert noun_roles(spec, IRN(0), i=2, triggers={1: "ASSAULT-x"}) == (["Iran"], [])
    assert noun_roles(spec, IRN(0), i=2, s=sense("PROTEST", "140"), triggers={1: "ASSAULT-x"}) == ([], [])
    assert noun_roles(spec, IRN(0), i=2, triggers={1: "CONSULT"}) == (["Iran"], [])
    assert noun_roles(spec, IRN(0), i=2, triggers={0: "ACCUSE"}) == (["Iran"], [])
    # a passive light verb with its agent: "talks were held by Iraq with Syria"
    spec = ("Syria:PROPN:nsubjpass:2 was:AUX:auxpass:2:be given:VERB:ROOT:2:give:VBN support:NOUN:dobj:2 "
            "by:ADP:agent:2 Iraq:PROPN:pobj:4")
    assert noun_roles(spec, SYR(0), IRQ(5), i=3) == (["Iraq"], [])
    assert noun_roles(spec.replace(":agent:", ":prep:"), SYR(0), IRQ(5), i=3) == ([], [])


def test_noun_object_of_a_receiving_verb():
    for verb in ("received", "suffered", "faced", "welcomed"):
        spec = (f"Iran:PROPN:nsubj:1 {verb}:VERB:ROOT:1:{verb[:-1] if verb.endswith('ed') else verb} "
                "strikes:NOUN:dobj:1:strike")
        lemma = {"received": "receive", "suffered": "suffer", "faced": "face", "welcomed": "welcome"}[verb]
        spec = spec.replace(f":{verb[:-1] if verb.endswith('ed') else verb} ", f":{lemma} ")
        assert noun_roles(spec, IRN(0), i=2) == ([], ["Iran"]), verb
    base = "Iran:PROPN:nsubj:1 received:VERB:ROOT:1:receive support:NOUN:dobj:1 {p}:ADP:{dep}:{h} Iraq:PROPN:pobj:3"
    for p in ("of", "from", "by"):
        assert noun_roles(base.format(p=p, dep="prep", h=1), IRN(0), IRQ(4), i=2) == (["Iraq"], ["Iran"]), p
        assert noun_roles(base.format(p=p, dep="agent", h=1), IRN(0), IRQ(4), i=2) == (["Iraq"], ["Iran"]), p
    assert noun_roles(base.format(p="for", dep="prep", h=1), IRN(0), IRQ(4), i=2) == ([], ["Iran"])
    assert noun_roles(base.format(p="from", dep="advmod", h=1), IRN(0), IRQ(4), i=2) == ([], ["Iran"])
    # "received support in a letter from Iraq": one preposition further
    spec = ("Iran:PROPN:nsubj:1 received:VERB:ROOT:1:receive support:NOUN:dobj:1 in:ADP:prep:1 letter:NOUN:pobj:3 "
            "from:ADP:prep:4 Iraq:PROPN:pobj:5")
    assert noun_roles(spec, IRN(0), IRQ(6), i=2) == (["Iraq"], ["Iran"])
    assert noun_roles(spec.replace("in:ADP:prep", "in:ADP:advmod"), IRN(0), IRQ(6), i=2) == ([], ["Iran"])
    # sides the noun names itself stand ("received Iraq's support for Syria")
    spec = ("Iran:PROPN:nsubj:1 received:VERB:ROOT:1:receive Iraq:PROPN:poss:3 support:NOUN:dobj:1 for:ADP:prep:3 "
            "Syria:PROPN:pobj:4 from:ADP:prep:1 Oman:PROPN:pobj:6")
    assert noun_roles(spec, IRN(0), IRQ(2), SYR(5), E("omn", 7), i=3) == (["Iraq"], ["Syria"])


def test_noun_as_a_subject():
    spec = "strikes:NOUN:nsubj:1:strike hit:VERB:ROOT:1 Syria:PROPN:dobj:1 rain:NOUN:dobj:1"
    assert noun_roles(spec, SYR(2), i=0) == ([], ["Syria"])
    assert noun_roles(spec.replace("hit:VERB", "hit:AUX"), SYR(2), i=0) == ([], [])
    assert noun_roles(spec, i=0) == ([], [])
    # "the attack on Syria was condemned by Iraq": the agent is the attacker? no: its own sides stand
    spec = ("attack:NOUN:nsubjpass:4 on:ADP:prep:0 Syria:PROPN:pobj:1 was:AUX:auxpass:4:be launched:VERB:ROOT:4:launch "
            "by:ADP:agent:4 Iraq:PROPN:pobj:5 against:ADP:prep:4 Oman:PROPN:pobj:7")
    assert noun_roles(spec, SYR(2), IRQ(6), E("omn", 8), i=0) == (["Iraq"], ["Syria"])
    spec = ("attack:NOUN:nsubjpass:2 was:AUX:auxpass:2:be launched:VERB:ROOT:2:launch {p}:ADP:prep:2 Syria:PROPN:pobj:3")
    for p in ("on", "against", "with", "to", "upon"):
        assert noun_roles(spec.format(p=p), SYR(4), i=0) == ([], ["Syria"]), p
    assert noun_roles(spec.format(p="at"), SYR(4), i=0) == ([], [])
    assert noun_roles(spec.format(p="on"), i=0) == ([], [])
    assert noun_roles(spec.format(p="on").replace(":prep:2", ":advmod:2"), SYR(4), i=0) == ([], [])
    assert noun_roles(spec.format(p="on").replace("launched:VERB", "launched:AUX"), SYR(4), i=0) == ([], [])


def test_noun_in_a_state_phrase_or_a_passive_agent():
    spec = "workers:NOUN:nsubj:1:worker went:VERB:ROOT:1:go on:ADP:prep:1 strike:NOUN:pobj:2"
    assert noun_roles(spec, E("wrk", 0), i=3) == (["workers"], [])
    # "Syria was hit by Iraqi strikes"
    spec = ("Syria:PROPN:nsubjpass:2 was:AUX:auxpass:2:be hit:VERB:ROOT:2:hit:VBN by:ADP:agent:2 "
            "Iraqi:ADJ:amod:5 strikes:NOUN:pobj:3:strike")
    assert noun_roles(spec, SYR(0), IRQ(4), i=5) == (["Iraqi"], ["Syria"])
    assert noun_roles(spec.replace("was:AUX:auxpass", "was:AUX:aux").replace(":VBN", ":VBD")
                      .replace(":nsubjpass:", ":nsubj:"), SYR(0), IRQ(4),
                      i=5) == (["Iraqi"], [])
    assert noun_roles(spec.replace(":agent:", ":prep:"), SYR(0), IRQ(4), i=5) == (["Iraqi"], [])


def test_noun_framing_a_clause():
    # "During a telephone call with X, Rubio said": a reciprocal event takes the clause's subject
    spec = ("during:ADP:prep:6 call:NOUN:pobj:0 with:ADP:prep:1 Iraq:PROPN:pobj:2 ,:PUNCT:punct:6 Rubio:PROPN:nsubj:6 "
            "said:VERB:ROOT:6:say")
    for t in ("CONSULT", "AGREE", "COOPERATE"):
        assert noun_roles(spec, IRQ(3), E("rub", 5, country="USA"), i=1, s=sense(t, "040")) == (["Rubio"], ["Iraq"]), t
    assert noun_roles(spec, IRQ(3), E("rub", 5, country="USA"), i=1, s=sense("ACCUSE", "112")) == ([], ["Iraq"])
    assert noun_roles(spec.replace("said:VERB", "said:NOUN"), IRQ(3), E("rub", 5, country="USA"), i=1,
                      s=sense("CONSULT", "040")) == ([], ["Iraq"])
    assert noun_roles(spec.replace("said:VERB", "said:AUX"), IRQ(3), E("rub", 5, country="USA"), i=1,
                      s=sense("CONSULT", "040")) == (["Rubio"], ["Iraq"])
    # "arrived in Amman on a visit": the subject visits the place
    visit = sense("CONSULT", "042", reverse="043")
    spec = ("Rubio:PROPN:nsubj:1 arrived:VERB:ROOT:1:arrive {p}:ADP:prep:1 Amman:PROPN:pobj:2 on:ADP:prep:1 "
            "visit:NOUN:pobj:4")
    for p in ("to", "in", "at", "into"):
        assert noun_roles(spec.format(p=p), E("rub", 0, country="USA"), E("jor", 3, country="JOR"), i=5, s=visit) \
            == (["Rubio"], ["Amman"]), p
    assert noun_roles(spec.format(p="from"), E("rub", 0, country="USA"), E("jor", 3, country="JOR"), i=5, s=visit) \
        == (["Rubio"], [])
    assert noun_roles(spec.format(p="in"), E("jor", 3, country="JOR"), i=5, s=visit) == ([], [])  # nobody arrives
    assert noun_roles(spec.format(p="in"), E("rub", 0, country="USA"), i=5, s=visit) == (["Rubio"], [])
    assert noun_roles(spec.format(p="in").replace(":prep:1 Amman", ":advmod:1 Amman"), E("rub", 0, country="USA"),
                      E("jor", 3, country="JOR"), i=5, s=visit) == (["Rubio"], [])
    # the visit's own preposition is not its destination
    spec = "Rubio:PROPN:nsubj:1 came:VERB:ROOT:1:come on:ADP:prep:1 visit:NOUN:pobj:2"
    assert noun_roles(spec, E("rub", 0, country="USA"), i=3, s=sense("CONSULT", "042", reverse="043")) \
        == (["Rubio"], [])
    # "guerrillas wounded two soldiers in a bomb attack": an attack's object is its victim
    spec = ("rebels:NOUN:nsubj:1:rebel wounded:VERB:ROOT:1:wound soldiers:NOUN:dobj:1:soldier {p}:ADP:prep:1 "
            "attack:NOUN:pobj:3 Iraq:PROPN:dobj:1")
    ents = (E("reb", 0, country="SYR"), E("sol", 2), IRQ(5))
    for p in ("on", "for", "in", "during", "at"):
        assert noun_roles(spec.format(p=p), *ents, i=4) == (["rebels"], ["soldiers", "Iraq"]), p
    assert noun_roles(spec.format(p="after"), *ents, i=4) == ([], [])
    assert noun_roles(spec.format(p="in"), *ents, i=4, triggers={1: "ASSAULT"}) == ([], [])  # the verb codes itself
    assert noun_roles(spec.format(p="in"), *ents, i=4, s=sense("CONSULT", "040")) == (["rebels"], [])
    assert noun_roles(spec.format(p="in"), E("sol", 2), IRQ(5), i=4) == ([], [])
    passive = ("soldiers:NOUN:nsubjpass:2:soldier were:AUX:auxpass:2:be wounded:VERB:ROOT:2:wound:VBN "
               "in:ADP:prep:2 attack:NOUN:pobj:3")
    assert noun_roles(passive, E("sol", 0), i=4) == ([], [])
    # a target of its own and no reciprocal type: nothing added
    spec = ("rebels:NOUN:nsubj:1:rebel wounded:VERB:ROOT:1:wound soldiers:NOUN:dobj:1:soldier in:ADP:prep:1 "
            "attack:NOUN:pobj:3 on:ADP:prep:4 Iraq:PROPN:pobj:5")
    assert noun_roles(spec, E("reb", 0, country="SYR"), E("sol", 2), IRQ(6), i=4) == ([], ["Iraq"])


# --- finding triggers ------------------------------------------------------------------------------

def lexicon(verbs=None, nouns=None, petr=None, cameo=None):
    lex = Lexicon(verbs=verbs or {}, nouns=nouns or {})
    lex.finish()
    lex.petr, lex.cameo = petr, cameo
    return lex


def found(spec, lex, *ents, tokens=None):
    d = parse(spec)
    p = parts_for(d, *[e(d) for e in ents])
    sent = next(iter(d.sents))
    toks = None if tokens is None else [d[i] for i in tokens]
    return [(c.token.text, c.sense.cameo, d.text[c.start:c.end], c.anchor.text, c.predicate.text, c.is_noun)
            for c in coder.find_candidates(sent, lex, p, toks)]


ASSAULT = sense("ASSAULT", "190")


def test_verb_triggers():
    lex = lexicon(verbs={"attack": [ASSAULT]})
    assert found(ATTACK, lex) == [("attacked", "190", "attacked", "attacked", "attacked", False)]
    assert found(ATTACK, lex, tokens=[0, 2]) == []  # only the tokens given
    assert found(ATTACK.replace("attacked:VERB", "attacked:AUX"), lex) == []
    # "the attacking side": a participle modifier is no event
    assert found("attacking:VERB:amod:1:attack side:NOUN:ROOT:1", lex) == []
    assert found(ATTACK, lexicon(verbs={"attack": [sense(object=frozenset({"town"}))]})) == []
    assert found(ATTACK, lexicon(verbs={"hit": [ASSAULT]})) == []


def test_a_verb_sense_naming_its_object_consumes_the_noun():
    lex = lexicon(verbs={"impose": [sense("SANCTION", "163", object=frozenset({"sanction"}))]},
                  nouns={"sanction": [sense("SANCTION", "160")]})
    spec = "Iraq:PROPN:nsubj:1 imposed:VERB:ROOT:1:impose {mid}sanctions:NOUN:{dep}:1:sanction on:ADP:prep:1 Iran:PROPN:pobj:{p}"
    got = found(spec.format(mid="", dep="dobj", p=3), lex)
    assert got == [("imposed", "163", "imposed sanctions", "imposed", "imposed", False)]
    got = found(spec.format(mid="", dep="nsubjpass", p=3), lex)
    assert got == [("imposed", "163", "imposed sanctions", "imposed", "imposed", False)]
    assert len(found(spec.format(mid="", dep="attr", p=3), lex)) == 2  # not an object: the noun stays
    # the span reaches the object up to four tokens on
    mid = "new:ADJ:amod:5 tough:ADJ:amod:5 economic:ADJ:amod:5 "
    got = found(spec.format(mid=mid, dep="dobj", p=6), lex)
    assert got == [("imposed", "163", "imposed new tough economic sanctions", "imposed", "imposed", False)]
    mid = "new:ADJ:amod:6 tough:ADJ:amod:6 hard:ADJ:amod:6 economic:ADJ:amod:6 "
    got = found(spec.format(mid=mid, dep="dobj", p=7), lex)
    assert got == [("imposed", "163", "imposed", "imposed", "imposed", False)]
    # an object before the verb is consumed but not spanned
    got = found("sanctions:NOUN:nsubjpass:2:sanction were:AUX:auxpass:2:be imposed:VERB:ROOT:2:impose", lex)
    assert got == [("imposed", "163", "imposed", "imposed", "imposed", False)]


def test_declined_to_comment_is_no_rejection():
    reject = sense("REJECT", "120")
    lex = lexicon(verbs={"decline": [reject]}, nouns={"demand": [sense("REQUEST", "100")]})
    spec = "Iraq:PROPN:nsubj:1 declined:VERB:ROOT:1:decline to:PART:aux:3 {verb}:VERB:{dep}:1"
    for verb in ("comment", "elaborate", "speculate", "say", "confirm", "disclose", "reveal", "name", "identify",
                 "answer", "respond", "specify", "detail"):
        assert found(spec.format(verb=verb, dep="xcomp"), lex) == [], verb
    assert len(found(spec.format(verb="Comment", dep="xcomp"), lex)) == 0  # by lemma
    assert len(found(spec.format(verb="pay", dep="xcomp"), lex)) == 1
    assert len(found(spec.format(verb="comment", dep="ccomp"), lex)) == 1
    assert len(found(spec.format(verb="comment", dep="xcomp"), lexicon(verbs={"decline": [ASSAULT]}))) == 1
    # "refused to respond to the demand": the refusal answers an appeal
    ans = spec.format(verb="respond", dep="xcomp") + " to:ADP:prep:3 demand:NOUN:pobj:4"
    assert [c[0] for c in found(ans, lex)] == ["declined", "demand"]
    assert [c[0] for c in found(ans.replace(":prep:3", ":dative:3"), lex)] == ["demand"]  # only "prep" phrases
    assert coder._answers_event(parse(ans)[3], lex)
    assert not coder._answers_event(parse(ans.replace("demand:NOUN", "rain:NOUN").replace(
        "demand", "rain")).__getitem__(3), lex)


def test_cameo_patterns_refine_a_verb_sense(monkeypatch):
    calls = []

    def fake(vd, tok, is_actor):
        calls.append((vd, tok.text, is_actor.__self__ is not None))
        return Match(code="193", reverse=None, line=9)
    monkeypatch.setattr(coder, "match_verb", fake)
    # (a stand-in dictionary has no patterns for _refinable to look at: say one could fit, as the
    # real patterns' test in test_speed_s19b.py shows for "closed the border")
    monkeypatch.setattr(coder, "_refinable", lambda vd, tok, sense, words: vd == "CAMEO")
    lex = lexicon(verbs={"attack": [ASSAULT]}, cameo="CAMEO")
    assert [c[1] for c in found(ATTACK, lex)] == ["193"]
    assert calls == [("CAMEO", "attacked", True)]
    assert [c[1] for c in found(ATTACK, lexicon(verbs={"attack": [ASSAULT]}))] == ["190"]


def test_a_users_petrarch_dictionary_alone_decides(monkeypatch):
    d = parse(ATTACK + " in:ADP:prep:1 attack:NOUN:pobj:4")
    p = parts_for(d, ent("irq", d, 0), ent("syr", d, 2, country="SYR"))
    got = {}

    def fake(vd, tok, is_actor):
        got["args"] = (vd, tok.text, is_actor(d[0]), is_actor(d[1]))
        return Match(code="[abc]", reverse=None, line=4, origin="my.verbs") if tok.lemma_ == "attack" else None
    monkeypatch.setattr(coder, "match_verb", fake)
    lex = lexicon(verbs={"attack": [sense("ASSAULT", "190", mode="x")]}, nouns={"attack": [ASSAULT]}, petr="PETR")
    sent = next(iter(d.sents))
    cands = coder.find_candidates(sent, lex, p)
    assert got["args"] == ("PETR", "attacked", True, False)
    assert [c.sent for c in cands] == [sent]
    assert [(c.token.text, c.sense.type, c.sense.cameo, c.sense.mode, c.dictionary) for c in cands] == \
        [("attacked", "ASSAULT", "[abc]", "x", True)]  # our sense's type for a code without one; no nouns
    lex = lexicon(nouns={"attack": [ASSAULT]}, petr="PETR")
    # no type anywhere: the user's code stands untyped (session 8; it used to code nothing), no nouns
    assert [(c.token.text, c.sense.type, c.sense.cameo, c.dictionary) for c in
            coder.find_candidates(next(iter(d.sents)), lex, p)] == [("attacked", None, "[abc]", True)]
    monkeypatch.setattr(coder, "match_verb", lambda vd, tok, is_actor: None)
    lex = lexicon(verbs={"attack": [ASSAULT]}, petr="PETR")
    assert coder.find_candidates(next(iter(d.sents)), lex, p) == []  # a verb the dictionary lacks


def test_said_must_is_a_demand():
    spec = ("Iraq:PROPN:nsubj:1 {say}:VERB:ROOT:1:{lemma} Iran:PROPN:nsubj:4 {must}:AUX:aux:4 leave:VERB:ccomp:1 "
            "and:CCONJ:cc:4")
    lex = lexicon()
    for lemma in ("say", "declare", "conclude", "insist", "reiterate", "state", "tell", "announce", "stress",
                  "emphasize", "emphasise", "write", "argue", "add", "repeat", "remind"):
        got = found(spec.format(say="said", lemma=lemma, must="must"), lex)
        assert got == [("said", "100", "said", "said", "said", False)], lemma
    assert len(found(spec.format(say="said", lemma="say", must="should"), lex)) == 1
    assert len(found(spec.format(say="said", lemma="say", must="Must"), lex)) == 1
    assert found(spec.format(say="said", lemma="say", must="could"), lex) == []
    assert found(spec.format(say="said", lemma="hope", must="must"), lex) == []
    assert found(spec.format(say="said", lemma="say", must="must").replace(":ccomp:", ":xcomp:"), lex) == []
    assert found(spec.format(say="said", lemma="say", must="must").replace("Iran:PROPN:nsubj", "Iran:PROPN:dobj"),
                 lex) == []  # the demand's addressee must be there
    assert found(spec.format(say="said", lemma="say", must="must").replace(":aux:4", ":advmod:4"), lex) == []
    # coded once, also when the verb of saying is a trigger itself, or two demands share it
    two = ("Iraq:PROPN:nsubj:1 said:VERB:ROOT:1:say Iran:PROPN:nsubj:4 must:AUX:aux:4 leave:VERB:ccomp:1 "
           "Oman:PROPN:nsubj:7 should:AUX:aux:7 stay:VERB:ccomp:1")
    assert len(found(two, lex)) == 1
    assert [c[1] for c in found(two, lexicon(verbs={"say": [sense("ACCUSE", "112")]}))] == ["112"]
    assert coder.DEONTIC_SENSE == Sense(type="REQUEST", cameo="100", origin="rule: said ... must")


def test_noun_triggers():
    lex = lexicon(nouns={"strike": [ASSAULT]})
    spec = "Israeli:ADJ:amod:1 strikes:NOUN:ROOT:1:strike"
    assert found(spec, lex) == [("strikes", "190", "strikes", "strikes", "strikes", True)]
    assert found(spec.replace("strikes:NOUN", "strikes:PROPN"), lex) == [("strikes", "190", "strikes", "strikes",
                                                                            "strikes", True)]
    assert found(spec.replace("strikes:NOUN", "strikes:VERB"), lex) == []
    assert found(spec, lexicon(nouns={"strikes": [ASSAULT]})) == [("strikes", "190", "strikes", "strikes", "strikes",
                                                                   True)]  # by the word when the lemma has none
    assert found(spec, lexicon(nouns={"strike": [sense(object=frozenset({"x"}))]})) == []
    # a named entity is no event ("Operation Protective Edge" aside)
    d = parse("Strike:PROPN:ROOT:0:strike")
    d.ents = [spacy.tokens.Span(d, 0, 1, label="ORG")]
    assert coder.find_candidates(next(iter(d.sents)), lex, parts_for(d)) == []
    d = parse("Strike:NOUN:ROOT:0:strike")
    d.ents = [spacy.tokens.Span(d, 0, 1, label="ORG")]
    assert len(coder.find_candidates(next(iter(d.sents)), lex, parts_for(d))) == 1


def test_a_compound_event_noun_is_an_event_only_before_an_event_head():
    lex = lexicon(nouns={"riot": [sense("PROTEST", "145")], "attack": [ASSAULT]})
    assert found("riot:NOUN:compound:1 police:NOUN:ROOT:1", lex) == []  # "riot police"
    got = found("riot:NOUN:compound:1 campaign:NOUN:ROOT:1", lex)
    assert got == [("riot", "145", "riot campaign", "campaign", "campaign", True)]
    got = found("riot:NOUN:compound:1 attack:NOUN:ROOT:1", lex)  # a head with senses of its own
    assert [c[0] for c in got] == ["riot", "attack"]
    assert got[0][2:5] == ("riot attack", "attack", "attack")
    # the span reaches the anchor up to two tokens on
    got = found("riot:NOUN:compound:3 police:NOUN:compound:3 tear:NOUN:compound:3 campaign:NOUN:ROOT:3", lex)
    assert got == [("riot", "145", "riot", "campaign", "campaign", True)]
    got = found("riot:NOUN:compound:2 police:NOUN:compound:2 campaign:NOUN:ROOT:2", lex)
    assert got == [("riot", "145", "riot police campaign", "campaign", "campaign", True)]
    # the anchor climbs only through nouns to the right
    got = found("campaign:NOUN:ROOT:0 riot:NOUN:compound:0", lex)
    assert got == [("riot", "145", "riot", "riot", "riot", True)]


def test_a_noun_whose_anchor_a_verb_consumed_is_no_second_event():
    lex = lexicon(verbs={"launch": [sense("ASSAULT", "190", object=frozenset({"campaign"}))]},
                  nouns={"riot": [sense("PROTEST", "145")]})
    got = found("Iraq:PROPN:nsubj:1 launched:VERB:ROOT:1:launch riot:NOUN:compound:3 campaign:NOUN:dobj:1", lex)
    assert [c[0] for c in got] == ["launched"]


def test_a_noun_sense_with_a_modifier_spans_it():
    lex = lexicon(nouns={"strike": [sense("PROTEST", "1411", mod=frozenset({"hunger"}))]})
    got = found("hunger:NOUN:compound:1 strike:NOUN:ROOT:1", lex)
    assert got == [("strike", "1411", "hunger strike", "strike", "strike", True)]
    got = found("Hunger:NOUN:amod:1:hungry strike:NOUN:ROOT:1", lex)
    assert got[0][2] == "Hunger strike"  # by the word as well as the lemma
    got = found("hunger:NOUN:compound:4 long:ADJ:amod:4 new:ADJ:amod:4 indefinite:ADJ:amod:4 strike:NOUN:ROOT:4", lex)
    assert got == [("strike", "1411", "strike", "strike", "strike", True)]  # the sense holds; the span stays short


def test_the_predicate_of_a_noun():
    lex = lexicon(verbs={"condemn": [sense("ACCUSE", "112")]}, nouns={"attack": [ASSAULT]})
    spec = "Iraq:PROPN:nsubj:1 {verb}:VERB:ROOT:1:{lemma} attack:NOUN:{dep}:1"
    assert found(spec.format(verb="launched", lemma="launch", dep="dobj"), lex)[-1][4] == "launched"  # light verb
    assert found(spec.format(verb="planned", lemma="plan", dep="dobj"), lex)[-1][4] == "planned"  # light verb
    assert found(spec.format(verb="feared", lemma="fear", dep="dobj"), lex)[-1][4] == "feared"  # uncoded
    assert found(spec.format(verb="condemned", lemma="condemn", dep="dobj"), lex)[-1][4] == "attack"  # coded itself
    assert found(spec.format(verb="launched", lemma="launch", dep="attr"), lex)[-1][4] == "attack"
    assert found(spec.format(verb="launched", lemma="launch", dep="dobj").replace("launched:VERB", "launched:AUX"),
                 lex)[-1][4] == "attack"
    lex = lexicon(verbs={"launch": [sense("ASSAULT", "190", object=frozenset({"missile"}))]}, nouns={"attack": [ASSAULT]})
    assert found(spec.format(verb="launched", lemma="launch", dep="dobj"), lex)[-1][4] == "launched"  # light, coded
    lex = lexicon(nouns={"strike": [ASSAULT]})
    got = found("workers:NOUN:nsubj:1 went:VERB:ROOT:1:go on:ADP:prep:1 strike:NOUN:pobj:2", lex)
    assert got[0][4] == "went"


# --- second round: what the first mutation run let through ----------------------------------------

def test_a_failed_condition_moves_on_to_the_next_sense():
    d = parse("Iraq:PROPN:nsubj:1 backed:VERB:ROOT:1:back talks:NOUN:dobj:1:talk")
    p = parts_for(d, ent("irq", d, 0))
    plain = sense("SUPPORT", "051")
    for failing in (sense(object=frozenset({"x"})), sense(prep=frozenset({"x"})), sense(xcomp=frozenset({"x"})),
                    sense(mod=frozenset({"x"})), sense(governor=frozenset({"x"})), sense(subject=frozenset({"x"})),
                    sense(entity_object=True)):
        assert coder.choose_sense([failing, plain], d[1], p) is plain, failing


def test_candidates_keep_their_sentence_and_parts():
    d = parse("Iraq:PROPN:nsubj:1 backed:VERB:ROOT:1:back Syria:PROPN:dobj:1 support:NOUN:npadvmod:1 of:ADP:prep:3 "
              "Iran:PROPN:pobj:4 Iraq:PROPN:nsubj:8 must:AUX:aux:8 leave:VERB:ccomp:9 said:VERB:ROOT:9:say")
    p = parts_for(d, ent("irq", d, 0, 6), ent("syr", d, 2, country="SYR"), ent("irn", d, 5, country="IRN"))
    entity = sense("SUPPORT", "051", entity_object=True)
    lex = lexicon(verbs={"back": [entity]}, nouns={"support": [sense("SUPPORT", "051")]})
    s1, s2 = list(d.sents)
    got = coder.find_candidates(s1, lex, p)
    assert [(c.token.text, c.sent) for c in got] == [("backed", s1), ("support", s1)]
    got = coder.find_candidates(s2, lex, p)
    assert [(c.token.text, c.sent) for c in got] == [("said", s2)]
    # a noun sense that wants an actor object asks the participants
    d = parse("support:NOUN:ROOT:0 Syria:PROPN:dobj:0")
    lex = lexicon(nouns={"support": [entity]})
    assert len(coder.find_candidates(next(iter(d.sents)), lex, parts_for(d, ent("syr", d, 1)))) == 1
    assert coder.find_candidates(next(iter(d.sents)), lex, parts_for(d)) == []


def test_petrarch_our_sense_asks_the_participants(monkeypatch):
    d = parse(ATTACK + " and:CCONJ:cc:1 bombed:VERB:conj:1:bomb Iran:PROPN:dobj:5")
    p = parts_for(d, ent("irq", d, 0), ent("syr", d, 2, country="SYR"), ent("irn", d, 6, country="IRN"))
    monkeypatch.setattr(coder, "match_verb", lambda vd, tok, is_actor: Match(code="[abc]", reverse="[def]", line=1))
    lex = lexicon(verbs={"attack": [sense("ASSAULT", "190", entity_object=True)],
                         "bomb": [sense("ASSAULT", "195", entity_object=True)]}, petr="PETR")
    cands = coder.find_candidates(next(iter(d.sents)), lex, p)
    assert [(c.token.text, c.sense.cameo, c.reverse.cameo, c.reverse.type) for c in cands] == [
        ("attacked", "[abc]", "[def]", "ASSAULT"), ("bombed", "[abc]", "[def]", "ASSAULT")]  # every verb


def test_every_verb_and_noun_is_looked_at():
    lex = lexicon(verbs={"attack": [ASSAULT], "decline": [sense("REJECT", "120")]},
                  nouns={"strike": [ASSAULT], "bombing": [sense("ASSAULT", "195")], "riot": [sense("PROTEST", "145")]})
    spec = ("Iraq:PROPN:nsubj:1 slept:VERB:ROOT:1:sleep and:CCONJ:cc:1 declined:VERB:conj:1:decline to:PART:aux:5 "
            "comment:VERB:xcomp:3 attacked:VERB:conj:1:attack Syria:PROPN:dobj:6 riot:NOUN:compound:9 "
            "police:NOUN:npadvmod:6 Strike:PROPN:npadvmod:6:strike rain:NOUN:npadvmod:6 strikes:NOUN:npadvmod:6:strike")
    d = parse(spec)
    d.ents = [spacy.tokens.Span(d, 10, 11, label="ORG")]
    p = parts_for(d, ent("irq", d, 0), ent("syr", d, 7, country="SYR"))
    got = [c.token.text for c in coder.find_candidates(next(iter(d.sents)), lex, p)]
    assert got == ["attacked", "strikes"]
    # a compound before a head with noun senses of its own ("riot bombing")
    d = parse("riot:NOUN:compound:1 bombing:NOUN:ROOT:1")
    got = [c.token.text for c in coder.find_candidates(next(iter(d.sents)), lex, parts_for(d))]
    assert got == ["riot", "bombing"]
    # a noun whose sense fails, then one whose anchor is consumed, then a good one
    lex = lexicon(verbs={"launch": [sense("ASSAULT", "190", object=frozenset({"campaign"}))]},
                  nouns={"riot": [sense("PROTEST", "145")], "strike": [sense(mod=frozenset({"hunger"}))],
                         "attack": [ASSAULT]})
    d = parse("Iraq:PROPN:nsubj:1 launched:VERB:ROOT:1:launch strike:NOUN:npadvmod:1 riot:NOUN:compound:4 "
              "campaign:NOUN:dobj:1 attack:NOUN:npadvmod:1")
    got = [c.token.text for c in coder.find_candidates(next(iter(d.sents)), lex, parts_for(d, ent("irq", d, 0)))]
    assert got == ["launched", "attack"]


def test_a_compound_that_is_its_own_head_stops_the_anchor():
    lex = lexicon(nouns={"riot": [sense("PROTEST", "145")]})
    d = parse("riot:NOUN:compound:0")
    got = coder.find_candidates(next(iter(d.sents)), lex, parts_for(d))
    assert [(c.token.text, c.anchor.text) for c in got] == [("riot", "riot")]


def test_noun_spans_reach_modifiers_and_anchors_anywhere_in_the_sentence():
    lex = lexicon(nouns={"strike": [sense("PROTEST", "1411", mod=frozenset({"hunger"}))],
                         "riot": [sense("PROTEST", "145")]})
    def pad(h):
        return f"the:DET:det:{h} big:ADJ:amod:{h} old:ADJ:amod:{h} "
    got = found(pad(4) + "hunger:NOUN:compound:4 strike:NOUN:ROOT:4", lex)
    assert got == [("strike", "1411", "hunger strike", "strike", "strike", True)]
    got = found(pad(4) + "Hungers:NOUN:compound:4:hunger strike:NOUN:ROOT:4", lex)
    assert got[0][2] == "Hungers strike"  # by the lemma
    got = found(pad(6) + "hunger:NOUN:compound:6 long:ADJ:amod:6 new:ADJ:amod:6 strike:NOUN:ROOT:6", lex)
    assert got[0][2] == "hunger long new strike"  # three tokens off
    got = found(pad(5) + "riot:NOUN:compound:5 police:NOUN:compound:5 campaign:NOUN:ROOT:5", lex)
    assert got[0][2:4] == ("riot police campaign", "campaign")
    d = parse(pad(4) + "hunger:NOUN:compound:4 strike:NOUN:ROOT:4")
    c = coder.find_candidates(next(iter(d.sents)), lex, parts_for(d))[0]
    assert (c.start, c.end) == (d[3].idx, d[4].idx + len(d[4]))


def test_an_adjectival_participle_takes_its_noun_as_target():
    # "dozens, killed by Iran": the participle hangs on a word that is no noun, so no inherited subject
    assert verb_roles("dozens:NUM:ROOT:0 killed:VERB:acl:0:kill:VBN by:ADP:agent:1 Iran:PROPN:pobj:2",
                      E("irn", 3), E("doz", 0)) == (["Iran"], ["dozens"])
    assert verb_roles("dozens:NUM:ROOT:0 killed:VERB:advcl:0:kill:VBN by:ADP:agent:1 Iran:PROPN:pobj:2",
                      E("irn", 3), E("doz", 0)) == ([], [])  # no auxiliary, no acl: not read as passive


def test_the_source_is_not_its_own_target():
    assert verb_roles("Iraq:PROPN:nsubj:1 defended:VERB:ROOT:1:defend itself:PRON:dobj:1", E("irq", 0, 2)) \
        == (["Iraq"], [])
    assert verb_roles("Iraq:PROPN:nsubj:1 vowed:VERB:ROOT:1:vow defend:VERB:xcomp:1 itself:PRON:dobj:2",
                      E("irq", 0, 3)) == (["Iraq"], [])


def test_a_topic_or_venue_does_not_end_the_search_for_a_party():
    talk = ("Iraq:PROPN:nsubj:1 held:VERB:ROOT:1:hold talks:NOUN:dobj:1:talk on:ADP:prep:2 Syria:PROPN:pobj:3 "
            "toward:ADP:prep:2 Iran:PROPN:pobj:5")
    assert objects(talk, E("irq", 0), E("syr", 4, country="SYR"), E("irn", 6, country="IRN"),
                   s=sense("CONSULT", "040"), own={"irq"}) == ["Iran"]
    # one party per preposition
    two = "Iraq:PROPN:nsubj:1 held:VERB:ROOT:1:hold talks:NOUN:dobj:1:talk with:ADP:prep:2 Syria:PROPN:pobj:3 Iran:PROPN:pobj:3"
    assert objects(two, E("irq", 0), E("syr", 4, country="SYR"), E("irn", 5, country="IRN"), own={"irq"}) == ["Syria"]


def test_a_visit_to_several_places():
    visit = sense("CONSULT", "042", reverse="043")
    spec = ("Rubio:PROPN:nsubj:1 arrived:VERB:ROOT:1:arrive in:ADP:prep:1 Amman:PROPN:pobj:2 on:ADP:prep:1 "
            "visit:NOUN:pobj:4 to:ADP:prep:1 Baghdad:PROPN:pobj:6")
    assert noun_roles(spec, E("rub", 0, country="USA"), E("jor", 3, country="JOR"), IRQ(7), i=5, s=visit) \
        == (["Rubio"], ["Amman", "Baghdad"])


def test_a_dictionary_reverse_code_without_a_type_takes_ours():
    d = parse(ATTACK)
    ours = sense("ASSAULT", "190")
    c = coder._dictionary_candidate(Match(code="190", reverse="[x]", line=2), d[1], None, lambda: ours)
    assert (c.reverse.type, c.reverse.cameo) == ("ASSAULT", "[x]")


def test_noun_sides_add_up_over_the_nouns_children():
    # each phrase adds to what the possessor or a modifier gave, never replaces it
    spec = "Iraq:PROPN:poss:2 's:PART:case:0 attack:NOUN:ROOT:2 {p}:ADP:prep:2 Iran:PROPN:pobj:3"
    assert noun_roles(spec.format(p="by"), IRQ(0), IRN(4), i=2) == (["Iraq", "Iran"], [])
    assert noun_roles(spec.format(p="between"), IRQ(0), IRN(4), i=2) == (["Iraq", "Iran"], [])
    assert noun_roles(spec.format(p="of"), IRQ(0), IRN(4), i=2, s=sense(of="source")) == (["Iraq", "Iran"], [])
    assert noun_roles(spec.format(p="from"), IRQ(0), IRN(4), i=2, s=sense(of="source")) == (["Iraq", "Iran"], [])
    target = sense(poss="target")
    # (s22-triple: an of-phrase naming who undergoes it makes the possessive the doer, "Iraq's arrest
    # of Iranians"; both sides are still kept)
    assert noun_roles(spec.format(p="of"), IRQ(0), IRN(4), i=2, s=target) == (["Iraq"], ["Iran"])
    assert noun_roles(spec.format(p="on"), IRQ(0), IRN(4), i=2, s=target) == ([], ["Iraq", "Iran"])
    withdraw = sense("RETREAT", "087", mode="withdraw", of="source", poss="target")
    assert noun_roles(spec.format(p="from"), IRQ(0), IRN(4), i=2, s=withdraw) == ([], ["Iraq", "Iran"])
    # a topic does not end the search: "talks on X with Y"
    spec = "talks:NOUN:ROOT:0:talk on:ADP:prep:0 Syria:PROPN:pobj:1 with:ADP:prep:0 Iran:PROPN:pobj:3"
    assert noun_roles(spec, SYR(2), IRN(4), i=0, s=sense("CONSULT", "040")) == ([], ["Iran"])
    # a preposition before its noun is still a preposition
    spec = "on:ADP:prep:2 Syria:PROPN:pobj:0 attack:NOUN:ROOT:2"
    assert noun_roles(spec, SYR(1), i=2) == ([], ["Syria"])


def test_light_and_receiving_verbs_add_every_phrase():
    # "received support from Iraq and from Iran"
    spec = ("Oman:PROPN:nsubj:1 received:VERB:ROOT:1:receive support:NOUN:dobj:1 from:ADP:prep:1 Iraq:PROPN:pobj:3 "
            "from:ADP:prep:1 Iran:PROPN:pobj:5")
    assert noun_roles(spec, E("omn", 0), IRQ(4), IRN(6), i=2) == (["Iraq", "Iran"], ["Oman"])
    # "launched an attack on Syria and on Iran"
    spec = ("Iraq:PROPN:nsubj:1 launched:VERB:ROOT:1:launch attack:NOUN:dobj:1 on:ADP:prep:1 Syria:PROPN:pobj:3 "
            "against:ADP:prep:1 Iran:PROPN:pobj:5")
    assert noun_roles(spec, IRQ(0), SYR(4), IRN(6), i=2) == (["Iraq"], ["Syria", "Iran"])
    # "the attack was launched on Syria and against Iran"
    spec = ("attack:NOUN:nsubjpass:2 was:AUX:auxpass:2:be launched:VERB:ROOT:2:launch on:ADP:prep:2 Syria:PROPN:pobj:3 "
            "against:ADP:prep:2 Iran:PROPN:pobj:5")
    assert noun_roles(spec, SYR(4), IRN(6), i=0) == ([], ["Syria", "Iran"])


def test_condition_words_take_compounds_of_an_of_object():
    d = parse("deployment:NOUN:ROOT:0 of:ADP:prep:0 peacekeeping:NOUN:compound:3 troops:NOUN:pobj:1:troop")
    assert coder._condition_words(d[0])[0] == {"troop", "peacekeeping"}


# --- Participants.resolve: the parts session 4's tests did not reach (session 6) ---------------------

def _chain(head_spec, n_first):
    """`head_spec` then X and its conjuncts C1..C6, X being token n_first's object: a conjunct chain
    below an argument (until session 15 it read at which depth the argument was resolved, through the
    cap of four links on conjuncts; now the chain is read to its end at any depth)."""
    x = len(head_spec.split())
    spec = head_spec + f" X:PROPN:pobj:{n_first} " + " ".join(
        f"C{i}:PROPN:conj:{x if i == 1 else x + i - 1}" for i in range(1, 7))
    d = parse(spec)
    ents = [ent("x", d, x, country="X")] + [ent(f"c{i}", d, x + i, country=f"C{i}") for i in range(1, 7)]
    return d, ents


def test_resolve_a_shelter_stands_for_those_it_houses():
    # "a camp for Congolese refugees was attacked": the refugees
    d = parse("camp:NOUN:ROOT:0 for:ADP:prep:0 Congolese:ADJ:amod:3 refugees:NOUN:pobj:1:refugee")
    assert parts_for(d, ent("cod", d, 2, country="COD", type_="NORP")).resolve(d[0]) == ["cod"]
    # not any noun's "for" phrase, and only a prepositional one
    d = parse("fund:NOUN:ROOT:0 for:ADP:prep:0 Congolese:ADJ:amod:3 refugees:NOUN:pobj:1:refugee")
    assert parts_for(d, ent("cod", d, 2, country="COD", type_="NORP")).resolve(d[0]) == []
    d = parse("camp:NOUN:ROOT:0 for:ADP:dative:0 Congolese:ADJ:amod:3 refugees:NOUN:pobj:1:refugee")
    assert parts_for(d, ent("cod", d, 2, country="COD", type_="NORP")).resolve(d[0]) == []


def test_resolve_a_shelter_keeps_every_for_phrase():
    # "a school for Iraqi and for Syrian children": both phrases hung on the noun
    d = parse("school:NOUN:ROOT:0 for:ADP:prep:0 Iraqi:ADJ:amod:3 children:NOUN:pobj:1:child and:CCONJ:cc:0 "
              "for:ADP:prep:0 Syrian:ADJ:amod:7 children:NOUN:pobj:5:child")
    p = parts_for(d, ent("irq", d, 2), ent("syr", d, 6, country="SYR"))
    assert p.resolve(d[0]) == ["irq", "syr"]


def test_resolve_a_shelters_for_phrase_counts_from_one_level_down():
    d, ents = _chain("camp:NOUN:ROOT:0 for:ADP:prep:0", 1)
    assert parts_for(d, *ents).resolve(d[0]) == ["x", "c1", "c2", "c3", "c4", "c5", "c6"]


@pytest.mark.parametrize("noun, prep, dep, event_nouns", [
    ("appeal", "from", "prep", {"appeal"}),  # an event noun of the lexicon
    ("demand", "by", "prep", set()),  # an event head
    ("demand", "by", "agent", set()),  # "by" hung as an agent
])
def test_resolve_an_event_noun_stands_for_its_author(noun, prep, dep, event_nouns):
    # "an appeal from Iraq", "a demand by Iraq"
    d = parse(f"{noun}:NOUN:ROOT:0 {prep}:ADP:{dep}:0 Iraq:PROPN:pobj:1")
    assert parts_for(d, ent("irq", d, 2), event_nouns=frozenset(event_nouns)).resolve(d[0]) == ["irq"]


def test_resolve_a_thing_from_someone_names_no_author():
    # "a letter from Iraq" is no act of Iraq's (neither an event noun nor an event head)
    d = parse("letter:NOUN:ROOT:0 from:ADP:prep:0 Iraq:PROPN:pobj:1")
    assert parts_for(d, ent("irq", d, 2), event_nouns=frozenset({"appeal"})).resolve(d[0]) == []


def test_resolve_an_event_noun_keeps_every_author_phrase():
    # "an appeal from Iraq and from Syria", both phrases hung on the noun
    d = parse("appeal:NOUN:ROOT:0 from:ADP:prep:0 Iraq:PROPN:pobj:1 and:CCONJ:cc:0 from:ADP:prep:0 Syria:PROPN:pobj:4")
    p = parts_for(d, ent("irq", d, 2), ent("syr", d, 5, country="SYR"), event_nouns=frozenset({"appeal"}))
    assert p.resolve(d[0]) == ["irq", "syr"]


def test_resolve_an_event_nouns_author_counts_from_one_level_down():
    d, ents = _chain("demand:NOUN:ROOT:0 by:ADP:prep:0", 1)
    assert parts_for(d, *ents).resolve(d[0]) == ["x", "c1", "c2", "c3", "c4", "c5", "c6"]


def test_resolve_an_uncoded_name_takes_a_body_two_of_links_down_its_apposition():
    # "Mamoun, a member of the government of Iraq": coded Iraq, as "A member of the government of Iraq, Mamoun" is
    d = parse("Mamoun:PROPN:ROOT:0 ,:PUNCT:punct:0 member:NOUN:appos:0 of:ADP:prep:2 government:NOUN:pobj:3 "
              "of:ADP:prep:4 Iraq:PROPN:pobj:5")
    p = parts_for(d, ent("mam", d, 0, coded=False, type_="PERSON"), ent("irq", d, 6))
    assert p.resolve(d[0]) == ["irq"]


def test_resolve_a_name_after_an_of_chain_reaches_as_far_as_the_chain_alone():
    # "A member of the staff of the government of Iraq(, Mamoun)": three links reach Iraq with or
    # without the name; four links ("... the staff of the office of the government of Iraq") reach it
    # in neither (the bound pinned in test_resolve_of_phrases_and_agents_of_a_participle)
    for links, coded in ((["staff", "government"], True), (["staff", "office", "government"], False)):
        words = ["member:NOUN:ROOT:0"]
        for w in links:
            n = len(words)
            words += [f"of:ADP:prep:{n - 1}", f"{w}:NOUN:pobj:{n}"]
        n = len(words)
        words += [f"of:ADP:prep:{n - 1}", f"Iraq:PROPN:pobj:{n}"]
        plain = parse(" ".join(words))
        named = parse(" ".join(words + [",:PUNCT:punct:0", "Mamoun:PROPN:appos:0"]))
        got_plain = parts_for(plain, ent("irq", plain, n + 1)).resolve(plain[0])
        got_named = parts_for(named, ent("irq", named, n + 1),
                              ent("mam", named, n + 3, coded=False, type_="PERSON")).resolve(named[0])
        assert got_plain == (["irq"] if coded else []), links
        assert got_named == (["irq"] if coded else ["mam"]), links


def test_resolve_a_misparsed_conjunct_inside_the_arguments_phrase():
    # "President Firefly and Ambassador Trentino met": the parser hangs Firefly inside Trentino's title
    d = parse("President:PROPN:compound:1 Firefly:PROPN:compound:4 and:CCONJ:cc:4 Ambassador:PROPN:compound:4 "
              "Trentino:PROPN:nsubj:5 met:VERB:ROOT:5:meet")
    fir, tre = ent("fir", d, 1, country="FRE", type_="PERSON"), ent("tre", d, (3, 5), country="SYL", type_="PERSON")
    fir.actor.sector, tre.actor.sector = "GOV", "GOV"
    assert parts_for(d, fir, tre).resolve(d[4]) == ["tre", "fir"]  # (the title "President" names no one)


def test_resolve_no_misparsed_conjunct_after_or():
    # "President Firefly or Ambassador Trentino will attend": one of them, not both
    d = parse("President:PROPN:compound:1 Firefly:PROPN:compound:4 or:CCONJ:cc:4 Ambassador:PROPN:compound:4 "
              "Trentino:PROPN:nsubj:5 attend:VERB:ROOT:5")
    fir, tre = ent("fir", d, 1, country="FRE", type_="PERSON"), ent("tre", d, (3, 5), country="SYL", type_="PERSON")
    fir.actor.sector, tre.actor.sector = "GOV", "GOV"
    assert parts_for(d, fir, tre).resolve(d[4]) == ["tre"]


def test_a_person_is_no_countrys_group():
    # groups stand for "Romanian officials"; a Romanian minister named in the story is no such group
    d = parse("Romanian:ADJ:amod:1 minister:NOUN:ROOT:1 Bucharest:PROPN:appos:1")
    per = ent("per", d, 1, country="ROU", type_="PERSON")
    org = ent("org", d, 2, country="ROU", type_="ORG")
    per.actor.sector = org.actor.sector = "GOV"
    assert parts_for(d, org, per).groups == {("ROU", "GOV"): "org"}


def test_resolve_coordinated_modifiers_name_their_countrys_group():
    # "Hungarian and Romanian officials" in a story that knows the Romanian government: the Romanian
    # officials are that government, not the country
    d = parse("Hungarian:ADJ:amod:3 and:CCONJ:cc:0 Romanian:ADJ:conj:0 officials:NOUN:nsubj:4:official "
              "met:VERB:ROOT:4:meet Bucharest:PROPN:dobj:4")
    off = ent("off", d, 3, kind="nominal", country="HUN", type_="ORG")
    rgov = ent("rgov", d, 5, country="ROU", type_="ORG")
    off.actor.sector = rgov.actor.sector = "GOV"
    hun, rom = ent("hun", d, 0, country="HUN", type_="NORP"), ent("rom", d, 2, country="ROU", type_="NORP")
    assert parts_for(d, hun, rom, off, rgov).resolve(d[3]) == ["off", "rgov"]


def test_resolve_a_coordinated_modifier_with_its_own_sector_stands():
    # the Romanian modifier already names a body of its own sector (the army): it is not swapped for
    # the Romanian group of the head's sector
    d = parse("Hungarian:ADJ:amod:3 and:CCONJ:cc:0 Romanian:ADJ:conj:0 officials:NOUN:nsubj:4:official "
              "met:VERB:ROOT:4:meet Bucharest:PROPN:dobj:4")
    off = ent("off", d, 3, kind="nominal", country="HUN", type_="ORG")
    rgov = ent("rgov", d, 5, country="ROU", type_="ORG")
    rmil = ent("rmil", d, 2, country="ROU", type_="ORG")
    off.actor.sector, rgov.actor.sector, rmil.actor.sector = "GOV", "GOV", "MIL"
    assert parts_for(d, ent("hun", d, 0, country="HUN", type_="NORP"), rmil, off, rgov).resolve(d[3]) == ["off", "rmil"]


def test_resolve_coordinated_modifiers_of_an_unnamed_head():
    # "the Turkish and Greek sides": every coordinated modifier names one
    d = parse("the:DET:det:4 Turkish:ADJ:amod:4 and:CCONJ:cc:1 Greek:ADJ:conj:1 sides:NOUN:ROOT:4:side")
    p = parts_for(d, ent("tur", d, 1, country="TUR", type_="NORP"), ent("grc", d, 3, country="GRC", type_="NORP"))
    assert p.resolve(d[4]) == ["tur", "grc"]


# --- hyphenated event nouns and controlled objects (session 6) ----------------------------------------------

def _spaced(*pieces):
    """A Doc from (word, followed by a space) pairs."""
    return Doc(VOCAB, words=[w for w, _ in pieces], spaces=[s for _, s in pieces])


def _sit_in():
    lex = Lexicon(nouns={"sit-in": [sense("PROTEST", "141")]})
    lex.finish()
    return lex


SIT_IN = _sit_in()


@pytest.mark.parametrize("end", [False, True])
def test_a_hyphenated_noun_the_lexicon_lists_whole_is_read_whole(end):
    # spaCy splits "sit-in" into three tokens headed on "in"
    pieces = [("a", True), ("sit", False), ("-", False), ("in", not end)] + ([] if end else [("began", False)])
    d = _spaced(*pieces)
    tok, whole = coder._hyphenated(d[1], SIT_IN)
    assert (tok.i, whole) == (3, "sit-in")


@pytest.mark.parametrize("pieces", [
    [("a", True), ("walk", False), ("-", False), ("out", True), ("began", False)],  # not in the lexicon
    [("a", True), ("sit", False), ("/", False), ("in", True), ("began", False)],  # no dash
    [("a", True), ("sit", True), ("-", False), ("in", True), ("began", False)],  # a space before the dash
    [("a", True), ("sit", False), ("-", True), ("in", True), ("began", False)],  # ... or after it
    [("a", True), ("sit", False), ("-", False)],  # nothing after the dash
])
def test_other_words_by_a_dash_are_read_alone(pieces):
    d = _spaced(*pieces)
    tok, whole = coder._hyphenated(d[1], SIT_IN)
    assert (tok.i, whole) == (1, None)


@pytest.mark.parametrize("spec, objects", [
    # "warned Iran to stop": the subject of a to-infinitive complement is the verb's object
    ("warned:VERB:ROOT:0:warn Iran:PROPN:nsubj:3 to:PART:aux:3:to:TO stop:VERB:xcomp:0", ["Iran"]),
    ("warned:VERB:ROOT:0:warn Iran:PROPN:nsubj:3 to:PART:aux:3:to:TO stop:VERB:ccomp:0", ["Iran"]),
    # "allowed the ship to be searched"
    ("allowed:VERB:ROOT:0:allow the:DET:det:2 ship:NOUN:nsubjpass:5 to:PART:aux:5:to:TO be:AUX:auxpass:5 "
     "searched:VERB:xcomp:0:search", ["ship"]),
    # "warned Iran stopped": no "to", a clause of its own
    ("warned:VERB:ROOT:0:warn Iran:PROPN:nsubj:2 stopped:VERB:ccomp:0:stop", []),
    # "to stop" as an adverbial clause is no complement
    ("warned:VERB:ROOT:0:warn Iran:PROPN:nsubj:3 to:PART:aux:3:to:TO stop:VERB:advcl:0", []),
])
def test_the_object_of_a_verb_is_its_to_complements_subject(spec, objects):
    d = parse(spec)
    assert [t.text for t in coder._controlled(d[0])] == objects


# --- event slots, observers, mediation (session 6) ---------------------------------------------------------

def test_an_event_counted_out_stands_as_its_measure_noun():
    # "launched ten days of war games": the days are what was launched
    d = parse("ten:NUM:nummod:1 days:NOUN:ROOT:1:day of:ADP:prep:1 war:NOUN:compound:4 games:NOUN:pobj:2:game")
    assert coder.event_slot(d[4]).text == "days"


@pytest.mark.parametrize("spec", [
    "ten:NUM:nummod:1 pictures:NOUN:ROOT:1:picture of:ADP:prep:1 war:NOUN:compound:4 games:NOUN:pobj:2:game",  # no measure
    "ten:NUM:nummod:1 days:NOUN:ROOT:1:day for:ADP:prep:1 war:NOUN:compound:4 games:NOUN:pobj:2:game",  # not "of"
    "ten:NUM:nummod:1 days:VERB:ROOT:1:day of:ADP:prep:1 war:NOUN:compound:4 games:NOUN:pobj:2:game",  # not a noun
    "ten:NUM:nummod:1 days:NOUN:ROOT:1:day of:ADP:prep:1 war:NOUN:compound:4 games:NOUN:dobj:2:game",  # not its object
])
def test_an_event_noun_not_counted_out_stands_for_itself(spec):
    d = parse(spec)
    assert coder.event_slot(d[4]).text == "games"


@pytest.mark.parametrize("lemma, observes", [
    ("Witness", True),  # a verb of observing (any case)
    ("say", True),  # ... or of saying
    ("announce", False),  # a light verb of saying performs the event ("announced a ceasefire")
    ("attack", False),
])
def test_verbs_that_observe_an_event_rather_than_take_part(lemma, observes):
    d = parse(f"x:VERB:ROOT:0:{lemma}")
    assert coder._observes(d[0]) is observes


def test_mediation_is_cameo_045():
    assert coder.mediation(sense("CONSULT", "0451"))
    assert coder.mediation(sense("CONSULT", "045"))
    assert not coder.mediation(sense("CONSULT", "046"))
    assert not coder.mediation(sense("CONSULT", None))


# --- CAMEO category roots and PETRARCH's prepositional targets (session 6) ----------------------------------

def test_refine_keeps_our_detail_over_the_patterns_category_root():
    # "suspended talks": our 164 stands against a pattern's 160 (the category's root)
    s = sense("SANCTION", "164")
    assert coder._refine(s, Match(code="160", reverse=None, line=12)) is s


def test_refine_a_matched_patterns_code_below_the_root_replaces_ours():
    s = sense("SANCTION", "161")
    got = coder._refine(s, Match(code="164", reverse=None, line=12))
    assert (got.cameo, got.origin) == ("164", "cameo:12")
    s = sense("SANCTION", "160")  # our root gives way to the pattern's detail
    assert coder._refine(s, Match(code="164", reverse=None, line=12)).cameo == "164"


ARRIVE = "Iraq:PROPN:nsubj:1 arrived:VERB:ROOT:1:arrive in:ADP:prep:1 Gondor:PROPN:pobj:2"


def test_a_dictionary_verb_without_an_object_targets_its_first_prepositional_actor():
    # PETRARCH's reading: "arrived in Gondor for a visit" -> Gondor
    d = parse(ARRIVE)
    p = parts_for(d, ent("irq", d, 0), ent("gon", d, 3, country="GON"))
    assert attached(d, p, 1, dictionary=True) == (["irq"], ["gon"])
    assert attached(d, p, 1) == (["irq"], [])  # our own reading: "in" names a place, not a target


def test_a_dictionary_verbs_object_stays_its_target():
    d = parse("Iraq:PROPN:nsubj:1 attacked:VERB:ROOT:1:attack Syria:PROPN:dobj:1 in:ADP:prep:1 Gondor:PROPN:pobj:3")
    p = parts_for(d, ent("irq", d, 0), ent("syr", d, 2, country="SYR"), ent("gon", d, 4, country="GON"))
    assert attached(d, p, 1, dictionary=True) == (["irq"], ["syr"])


def test_a_dictionary_noun_takes_no_prepositional_actor():
    d = parse("Iraq:PROPN:poss:2 's:PART:case:0 arrival:NOUN:ROOT:2 in:ADP:prep:2 Gondor:PROPN:pobj:3")
    p = parts_for(d, ent("irq", d, 0), ent("gon", d, 4, country="GON"))
    assert attached(d, p, 2, dictionary=True, is_noun=True) == (["irq"], [])


# --- a reported attack on "its" positions: the speaker is the target (session 6) -----------------------------

def _reported(spec, v, own=("ukr",)):
    d = parse(spec)
    ents = [ent("rus", d, 0, country="RUS")]
    ents += [ent("ukr", d, t.i, country="UKR") for t in d if t.text == "Ukraine" and t.i > 0]
    return [t.text for t in coder._speakers_own(d[v], parts_for(d, *ents), set(own))]


SAID_ITS = ("Russia:PROPN:nsubj:1 said:VERB:ROOT:1:say Ukraine:PROPN:nsubj:3 attacked:VERB:ccomp:1:attack "
            "{poss}:PRON:poss:5 positions:NOUN:dobj:3:position")


@pytest.mark.parametrize("poss", ["its", "their"])
def test_a_reported_attack_on_its_positions_targets_the_speaker(poss):
    # "Russia said Ukraine attacked its positions": an attacker does not hit its own
    assert _reported(SAID_ITS.format(poss=poss), 3) == ["Russia"]


def test_a_reported_attack_on_other_positions_has_no_such_target():
    assert _reported(SAID_ITS.format(poss="his"), 3) == []  # not "its" or "their"
    assert _reported(SAID_ITS.replace("{poss}:PRON:poss:5", "the:DET:det:5"), 3) == []
    # the first object is an adverb: "attacked also its positions" names no object of its own
    spec = ("Russia:PROPN:nsubj:1 said:VERB:ROOT:1:say Ukraine:PROPN:nsubj:3 attacked:VERB:ccomp:1:attack "
            "also:ADV:advmod:3 its:PRON:poss:6 positions:NOUN:dobj:3:position")
    assert _reported(spec, 3) == ["Russia"]


def test_a_reported_attack_on_its_allies_names_its_target():
    # the object names an actor itself: no need to guess
    spec = ("Russia:PROPN:nsubj:1 said:VERB:ROOT:1:say Ukraine:PROPN:nsubj:3 attacked:VERB:ccomp:1:attack "
            "its:PRON:poss:6 Syrian:ADJ:amod:6 allies:NOUN:dobj:3:ally")
    d = parse(spec)
    p = parts_for(d, ent("rus", d, 0, country="RUS"), ent("ukr", d, 2, country="UKR"), ent("syr", d, 5, country="SYR"))
    assert coder._speakers_own(d[3], p, {"ukr"}) == []


def test_a_reported_attack_in_a_second_conjunct_or_after_a_colon():
    # "Russia said Ukraine shelled the town and attacked its positions"
    spec = ("Russia:PROPN:nsubj:1 said:VERB:ROOT:1:say Ukraine:PROPN:nsubj:3 shelled:VERB:ccomp:1:shell "
            "the:DET:det:5 town:NOUN:dobj:3 and:CCONJ:cc:3 attacked:VERB:conj:3:attack its:PRON:poss:9 "
            "positions:NOUN:dobj:7:position")
    assert _reported(spec, 7) == ["Russia"]
    # "Russia said: Ukraine attacked its positions"
    assert _reported(SAID_ITS.format(poss="its").replace("ccomp", "parataxis"), 3) == ["Russia"]


@pytest.mark.parametrize("change", [
    ("say", "hope"),  # not a verb of saying
    ("ccomp", "advcl"),  # "Russia said so after Ukraine attacked its positions"
])
def test_an_attack_not_reported_by_the_speaker_has_no_such_target(change):
    assert _reported(SAID_ITS.format(poss="its").replace(*change), 3) == []


def test_a_speaker_who_is_the_attacker_is_not_its_target():
    # "Ukraine said it attacked its positions": whose positions is not told
    assert _reported(SAID_ITS.format(poss="its"), 3, own=("rus",)) == []


# --- find_candidates: arrivals of an event, hyphenated nouns, newsroom items (session 6) --------------------

ACCESS = sense("CONSULT", "042", mode="access")


def _found_with(spec, lex, event_nouns):
    d = parse(spec)
    sent = next(iter(d.sents))
    return [c.token.text for c in coder.find_candidates(sent, lex, parts_for(d, event_nouns=frozenset(event_nouns)))]


def test_an_arrival_whose_subject_is_an_event_noun_is_no_second_event():
    # "The deployment arrived and troops attacked the town": the deployment is the event, not its arrival
    lex = lexicon(verbs={"arrive": [ACCESS], "attack": [ASSAULT]})
    spec = ("The:DET:det:1 deployment:NOUN:nsubj:2 arrived:VERB:ROOT:2:arrive and:CCONJ:cc:2 troops:NOUN:nsubj:5:troop "
            "attacked:VERB:conj:2:attack the:DET:det:7 town:NOUN:dobj:5")
    assert _found_with(spec, lex, {"deployment"}) == ["attacked"]
    assert _found_with(spec, lex, set()) == ["arrived", "attacked"]  # a deployment that is no event noun


@pytest.mark.parametrize("verbs", [
    {"arrive": [sense("CONSULT", "042")]},  # not an access sense
    {"visit": [ACCESS]},  # not a verb of arriving
])
def test_other_verbs_with_an_event_noun_subject_stay_events(verbs):
    lemma = next(iter(verbs))
    spec = f"The:DET:det:1 deployment:NOUN:nsubj:2 went:VERB:ROOT:2:{lemma}"
    assert _found_with(spec, lexicon(verbs=verbs), {"deployment"}) == ["went"]


def test_an_arrival_of_actors_is_an_event():
    spec = "NATO:PROPN:compound:1 peacekeepers:NOUN:nsubj:2:peacekeeper arrived:VERB:ROOT:2:arrive"
    assert _found_with(spec, lexicon(verbs={"arrive": [ACCESS]}), {"deployment"}) == ["arrived"]


def test_a_hyphenated_event_noun_is_found_whole():
    d = _spaced(("a", True), ("sit", False), ("-", False), ("in", True), ("began", False))
    for t, (pos, dep, head) in zip(d, [("DET", "det", 3), ("NOUN", "compound", 3), ("PUNCT", "punct", 3),
                                       ("NOUN", "nsubj", 4), ("VERB", "ROOT", 4)]):
        t.pos_, t.dep_, t.head = pos, dep, d[head]
    got = coder.find_candidates(next(iter(d.sents)), _sit_in(), parts_for(d))
    assert [(c.token.text, c.sense.cameo, d.text[c.start:c.end]) for c in got] == [("in", "141", "sit-in")]


@pytest.mark.parametrize("spec, events", [
    ("a:DET:det:2 news:NOUN:compound:2 conference:NOUN:ROOT:2", []),  # a newsroom item
    ("a:DET:det:2 press:ADJ:amod:2 conference:NOUN:ROOT:2", []),
    ("a:DET:det:2 peace:NOUN:compound:2 conference:NOUN:ROOT:2", ["conference"]),
    ("the:DET:det:1 press:NOUN:poss:2 conference:NOUN:ROOT:2", ["conference"]),  # the press's own: a modifier only
    ("a:DET:det:2 news:NOUN:compound:2 conference:NOUN:ROOT:2 and:CCONJ:cc:2 an:DET:det:5 attack:NOUN:conj:2",
     ["attack"]),  # the next noun is still read
])
def test_a_press_or_news_conference_is_no_event(spec, events):
    lex = lexicon(nouns={"conference": [sense("CONSULT", "043")], "attack": [ASSAULT]})
    assert _found_with(spec, lex, set()) == events


# --- choose_sense: who the subject is "of", and meeting someone (session 6) --------------------------------

@pytest.mark.parametrize("spec, verb, subject", [
    # "Dozens of students marched": who they are of
    ("Dozens:NOUN:nsubj:3:dozen of:ADP:prep:0 students:NOUN:pobj:1:student marched:VERB:ROOT:3:march", 3, "student"),
    # "a first batch of peacekeeping troops arrived": what kind of troops
    ("batch:NOUN:nsubj:4 of:ADP:prep:0 peacekeeping:NOUN:compound:3 troops:NOUN:pobj:1:troop "
     "arrived:VERB:ROOT:4:arrive", 4, "peacekeeping"),
])
def test_a_sense_for_a_subject_reads_who_the_subject_is_of(spec, verb, subject):
    d = parse(spec)
    s = sense("PROTEST", "141", subject=frozenset({subject}))
    assert coder.choose_sense([s], d[verb], parts_for(d)) is s


@pytest.mark.parametrize("prep, dep, obj_dep", [
    ("from", "prep", "pobj"),  # "Dozens from students": not "of"
    ("of", "advmod", "pobj"),  # not a preposition
    ("of", "prep", "dobj"),  # not its object
])
def test_a_sense_for_a_subject_reads_only_an_of_phrases_object(prep, dep, obj_dep):
    d = parse(f"Dozens:NOUN:nsubj:3:dozen {prep}:ADP:{dep}:0 students:NOUN:{obj_dep}:1:student marched:VERB:ROOT:3:march")
    assert coder.choose_sense([sense("PROTEST", "141", subject=frozenset({"student"}))], d[3], parts_for(d)) is None


MEET = sense("CONSULT", "043", reverse="same")


def test_a_meeting_verb_meets_an_actor_or_no_one():
    d = parse("Iraq:PROPN:nsubj:1 met:VERB:ROOT:1:meet Syria:PROPN:dobj:1")
    assert coder.choose_sense([MEET], d[1], parts_for(d, ent("irq", d, 0), ent("syr", d, 2, country="SYR"))) is MEET
    d = parse("the:DET:det:1 leaders:NOUN:nsubj:2:leader met:VERB:ROOT:2:meet")
    assert coder.choose_sense([MEET], d[2], parts_for(d)) is MEET


def test_meeting_a_target_is_no_meeting_and_the_next_sense_is_tried():
    # "Iraq met the target": met no one
    d = parse("Iraq:PROPN:nsubj:1 met:VERB:ROOT:1:meet the:DET:det:3 target:NOUN:dobj:1")
    p = parts_for(d, ent("irq", d, 0))
    assert coder.choose_sense([MEET], d[1], p) is None
    other = sense("AGREE", "057")
    assert coder.choose_sense([MEET, other], d[1], p) is other
    # only a CONSULT sense with both sides the same asks
    plain = sense("CONSULT", "040")
    assert coder.choose_sense([plain], d[1], p) is plain


def test_demands_that_were_met_are_no_meeting():
    d = parse("their:PRON:poss:1 demands:NOUN:nsubjpass:3:demand were:AUX:auxpass:3:be met:VERB:ROOT:3:meet")
    assert coder.choose_sense([MEET], d[3], parts_for(d)) is None


# --- a threat's target: whose act its condition names (session 6) --------------------------------------------

THREAT_IF = ("Russia:PROPN:nsubj:1 threatened:VERB:ROOT:1:threaten to:PART:aux:3:to:TO cut:VERB:xcomp:1 "
             "supplies:NOUN:dobj:3:supply {mark}:SCONJ:mark:7 Ukraine:PROPN:nsubj:7 joins:VERB:{dep}:3:join")


def _conditioned(spec, own=("rus",)):
    d = parse(spec)
    p = parts_for(d, ent("rus", d, 0, country="RUS"), *[ent("ukr", d, t.i, country="UKR") for t in d if t.text == "Ukraine"])
    return [t.text for t in coder._conditioned(d[1], p, set(own))]


@pytest.mark.parametrize("mark", ["if", "unless"])
def test_a_threat_targets_the_subject_of_its_condition(mark):
    # "Russia threatened to cut supplies if Ukraine joins" (the condition hangs on the threatened act)
    assert _conditioned(THREAT_IF.format(mark=mark, dep="advcl")) == ["Ukraine"]


def test_a_condition_on_the_threat_itself():
    # "Russia threatened sanctions unless Ukraine withdraws"
    spec = ("Russia:PROPN:nsubj:1 threatened:VERB:ROOT:1:threaten sanctions:NOUN:dobj:1:sanction "
            "unless:SCONJ:mark:5 Ukraine:PROPN:nsubj:5 withdraws:VERB:advcl:1:withdraw")
    assert _conditioned(spec) == ["Ukraine"]


@pytest.mark.parametrize("mark, dep", [
    ("when", "advcl"),  # a time, not a condition
    ("if", "ccomp"),  # "asked if Ukraine joins": a question, not a condition
])
def test_other_clauses_name_no_threats_target(mark, dep):
    assert _conditioned(THREAT_IF.format(mark=mark, dep=dep)) == []


def test_a_condition_on_the_threatener_itself_names_no_target():
    # "Russia threatened to strike if Russia is attacked": its own act
    assert _conditioned(THREAT_IF.format(mark="if", dep="advcl"), own=("ukr",)) == []


# --- _verb_participants: hosts of arrivals, conditions of threats, a reported attack (session 6) -----------

@pytest.mark.parametrize("prep", ["in", "at", "into"])
def test_an_arrival_codes_the_host_receiving_the_arrivals(prep):
    # "peacekeepers arrived in Liberia": CAMEO 0861/0862, the host receives them
    got = verb_roles(f"Peacekeepers:NOUN:nsubj:1:peacekeeper arrived:VERB:ROOT:1:arrive {prep}:ADP:prep:1 "
                     "Liberia:PROPN:pobj:2", E("pk", 0, country="GHA"), E("lbr", 3, country="LBR"), s=ACCESS)
    assert got == (["Liberia"], ["Peacekeepers"])


def test_an_arrival_has_one_host():
    got = verb_roles("Peacekeepers:NOUN:nsubj:1:peacekeeper arrived:VERB:ROOT:1:arrive in:ADP:prep:1 "
                     "Liberia:PROPN:pobj:2 at:ADP:prep:1 Monrovia:PROPN:pobj:4",
                     E("pk", 0, country="GHA"), E("lbr", 3, country="LBR"), E("mon", 5, country="LBR"), s=ACCESS)
    assert got == (["Liberia"], ["Peacekeepers"])


@pytest.mark.parametrize("s", [ACCESS, sense("CONSULT", "042")])
def test_an_arrival_from_somewhere_or_not_an_access_sense_keeps_its_arrivals_as_source(s):
    spec = "Peacekeepers:NOUN:nsubj:1:peacekeeper arrived:VERB:ROOT:1:arrive {p}:ADP:prep:1 Liberia:PROPN:pobj:2"
    ents = (E("pk", 0, country="GHA"), E("lbr", 3, country="LBR"))
    if s is ACCESS:  # "arrived from Liberia": no host there
        assert verb_roles(spec.format(p="from"), *ents, s=s) == (["Peacekeepers"], ["Liberia"])
    else:
        assert verb_roles(spec.format(p="in"), *ents, s=s) == (["Peacekeepers"], [])


THREATENS = sense("THREATEN", "138")


def test_a_threat_without_an_object_targets_its_conditions_subject():
    spec = ("Russia:PROPN:nsubj:1 threatened:VERB:ROOT:1:threaten to:PART:aux:3:to:TO act:VERB:xcomp:1 "
            "if:SCONJ:mark:6 Ukraine:PROPN:nsubj:6 joins:VERB:advcl:3:join")
    assert verb_roles(spec, E("rus", 0, country="RUS"), E("ukr", 5, country="UKR"), s=THREATENS) == (["Russia"], ["Ukraine"])
    # an attack is not aimed at the subject of its condition
    spec = ("Russia:PROPN:nsubj:2 will:AUX:aux:2 strike:VERB:ROOT:2 if:SCONJ:mark:5 Ukraine:PROPN:nsubj:5 "
            "joins:VERB:advcl:2:join")
    assert verb_roles(spec, E("rus", 0, country="RUS"), E("ukr", 4, country="UKR"), i=2) == (["Russia"], [])


def test_a_threats_object_stays_its_target():
    spec = ("Russia:PROPN:nsubj:1 threatened:VERB:ROOT:1:threaten Ukraine:PROPN:dobj:1 if:SCONJ:mark:5 "
            "Poland:PROPN:nsubj:5 joins:VERB:advcl:1:join")
    got = verb_roles(spec, E("rus", 0, country="RUS"), E("ukr", 2, country="UKR"), E("pol", 4, country="POL"), s=THREATENS)
    assert got == (["Russia"], ["Ukraine"])


def test_a_reported_attack_without_a_named_target_targets_the_speaker():
    spec = SAID_ITS.format(poss="its")
    got = verb_roles(spec, E("rus", 0, country="RUS"), E("ukr", 2, country="UKR"), i=3)
    assert got == (["Ukraine"], ["Russia"])


# --- _condition_words: clauses with "for" and "that", a light verb's phrases (session 6) --------------------

def _preps(spec, i=0, ents=()):
    d = parse(spec)
    if ents:
        d.ents = [spacy.tokens.Span(d, j, j + 1, label=label) for j, label in ents]
    return coder._condition_words(d[i])[1]


@pytest.mark.parametrize("dep", ["ccomp", "advcl"])
def test_a_clause_opened_by_for_counts_as_for(dep):
    # "called for Iran to halt", "pushed for the US to support"
    assert _preps(f"called:VERB:ROOT:0:call for:SCONJ:mark:4 Iran:PROPN:nsubj:4 to:PART:aux:4:to:TO halt:VERB:{dep}:0") == {"for"}


def test_a_clause_opened_by_that_counts_as_that():
    # "protested that the vote was rigged": a statement, not a street protest
    assert _preps("protested:VERB:ROOT:0:protest that:SCONJ:mark:3 vote:NOUN:nsubjpass:3 rigged:VERB:ccomp:0:rig") == {"that"}


@pytest.mark.parametrize("mark, dep", [
    ("for", "dep"),  # not a complement or adverbial clause
    ("that", "advcl"),  # "so that …"
    ("whether", "ccomp"),  # a question
])
def test_other_clauses_add_no_preposition(mark, dep):
    assert _preps(f"called:VERB:ROOT:0:call {mark}:SCONJ:mark:3 Iran:PROPN:nsubj:3 halts:VERB:{dep}:0:halt") == set()


HELD_TALKS = ("Iraq:PROPN:nsubj:1 held:VERB:ROOT:1:hold talks:NOUN:{dep}:1:talk Wednesday:PROPN:npadvmod:1 "
              "on:ADP:prep:1 Monday:PROPN:pobj:4 at:ADP:prep:1 noon:NOUN:pobj:6 with:ADP:prep:1 Syria:PROPN:pobj:8")
TIMES = ((5, "DATE"), (7, "TIME"))


def test_a_light_verbs_phrases_after_its_noun_are_the_nouns():
    # "held talks on Monday at noon with Syria": the talks are with Syria; the times are the verb's
    assert _preps(HELD_TALKS.format(dep="dobj"), i=2, ents=TIMES) == {"with"}


def test_only_a_light_verbs_object_takes_its_phrases():
    assert _preps(HELD_TALKS.format(dep="nsubjpass"), i=2, ents=TIMES) == set()
    assert _preps(HELD_TALKS.format(dep="dobj").replace("held:VERB:ROOT:1:hold", "rejected:VERB:ROOT:1:reject"),
                  i=2, ents=TIMES) == set()


# --- _objects: whom a reaction, a meeting, a request for refuge, a complaint is aimed at (session 6) ------

def _target(spec, s, *ents, v=1, event_nouns=frozenset(), own=("irq",)):
    d = parse(spec)
    p = parts_for(d, *[e(d) for e in ents], event_nouns=frozenset(event_nouns))
    return [t.text for t in coder._objects(d[v], s, p, set(own))]


KILLING_BY = ("Iraq:PROPN:nsubj:1 condemned:VERB:ROOT:1:condemn the:DET:det:3 killing:NOUN:dobj:1:killing "
              "of:ADP:prep:3 Kurds:PROPN:pobj:4:kurd by:ADP:prep:3 Syria:PROPN:pobj:6 by:ADP:prep:3 Iran:PROPN:pobj:8")
KILL_ENTS = (E("irq", 0), E("kur", 5, country="KUR"), E("syr", 7, country="SYR"), E("irn", 9, country="IRN"))


def test_a_condemned_act_is_aimed_at_who_did_it():
    # "condemned the killing of Kurds by Syria (and by Iran)": the first doer, not the victims
    got = _target(KILLING_BY, sense("ACCUSE", "122"), *KILL_ENTS, event_nouns={"killing"})
    assert got == ["Syria"]


def test_an_event_noun_object_looks_for_its_doer_whatever_the_type():
    # an object that is no event noun: the object itself
    assert _target(KILLING_BY, sense("ACCUSE", "122"), *KILL_ENTS) == ["killing"]
    # any type (until session 28 an accusation only): "hailed the release of two soldiers by Eriador"
    # is aimed at Eriador as "condemned the killing of Kurds by Syria" is at Syria
    assert _target(KILLING_BY, ASSAULT, *KILL_ENTS, event_nouns={"killing"}) == ["Syria"]


MEETING = sense("CONSULT", "040", object=frozenset({"meeting"}))


@pytest.mark.parametrize("prep", ["with", "to", "against"])
def test_an_event_object_names_its_own_party_first(prep):
    # "held a meeting at the UN with Syria for Iran": the meeting's party (not its venue), before the verb's
    spec = (f"Iraq:PROPN:nsubj:1 held:VERB:ROOT:1:hold a:DET:det:3 meeting:NOUN:dobj:1 at:ADP:prep:3 UN:PROPN:pobj:4 "
            f"{prep}:ADP:prep:3 Syria:PROPN:pobj:6 for:ADP:prep:1 Iran:PROPN:pobj:8")
    ents = (E("irq", 0), E("un", 5, country="IGO"), E("syr", 7, country="SYR"), E("irn", 9, country="IRN"))
    assert _target(spec, MEETING, *ents) == ["Syria"]
    assert _target(spec.replace("meeting:NOUN", "lunch:NOUN"), MEETING, *ents) == ["Iran"]  # not the sense's object


def test_a_mediator_targets_the_parties_between_which_it_mediates():
    spec = "Qatar:PROPN:nsubj:1 mediated:VERB:ROOT:1:mediate between:ADP:prep:1 Sudan:PROPN:pobj:2"
    assert _target(spec, sense("CONSULT", "045"), E("qat", 0, country="QAT"), E("sdn", 3, country="SDN"),
                   own=("qat",)) == ["Sudan"]


@pytest.mark.parametrize("where", ["verb", "noun"])
def test_refuge_sought_in_a_country_asks_that_country(where):
    # "sought refuge at the UN office in Germany": the country asked to take them in
    head = 1 if where == "verb" else 2
    spec = (f"Kurds:PROPN:nsubj:1:kurd sought:VERB:ROOT:1:seek refuge:NOUN:dobj:1 at:ADP:prep:{head} "
            f"UN:PROPN:pobj:3 in:ADP:prep:{head} Germany:PROPN:pobj:5")
    ents = (E("kur", 0, country="KUR"), E("un", 4, country="IGO"), E("deu", 6, country="DEU"))
    assert _target(spec, sense("REQUEST", "020"), *ents, own=("kur",)) == ["Germany"]


def test_other_requests_or_objects_take_no_country_of_refuge():
    spec = "Kurds:PROPN:nsubj:1:kurd sought:VERB:ROOT:1:seek {obj}:NOUN:dobj:1 in:ADP:prep:1 Germany:PROPN:pobj:3"
    ents = (E("kur", 0, country="KUR"), E("deu", 4, country="DEU"))
    assert _target(spec.format(obj="jobs"), sense("REQUEST", "020"), *ents, own=("kur",)) == []
    assert _target(spec.format(obj="refuge"), sense("CONSULT", "020"), *ents, own=("kur",)) == []


@pytest.mark.parametrize("prep", ["about", "over", "against"])
def test_a_complaint_is_aimed_at_the_one_complained_of(prep):
    # "Kenya complained to the UN about Somalia": Somalia, not the UN
    spec = f"Kenya:PROPN:nsubj:1 complained:VERB:ROOT:1:complain to:ADP:prep:1 UN:PROPN:pobj:2 {prep}:ADP:prep:1 Somalia:PROPN:pobj:4"
    ents = (E("ken", 0, country="KEN"), E("un", 3, country="IGO"), E("som", 5, country="SOM"))
    assert _target(spec, sense("ACCUSE", "111"), *ents, own=("ken",)) == ["Somalia"]
    assert _target(spec, sense("CONSULT", "040"), *ents, own=("ken",)) == ["UN"]  # other types: the first phrase


@pytest.mark.parametrize("mark, target", [("for", ["Iran"]), ("because", [])])
def test_a_call_for_someone_to_act_targets_them(mark, target):
    # "called for Iran to halt" (an adverbial clause opened by "for"), not "because Iran halted"
    spec = (f"Iraq:PROPN:nsubj:1 called:VERB:ROOT:1:call {mark}:SCONJ:mark:5 Iran:PROPN:nsubj:5 to:PART:aux:5:to:TO "
            "halt:VERB:advcl:1")
    assert _target(spec, sense("REQUEST", "100"), E("irq", 0), E("irn", 3, country="IRN")) == target


# --- _noun_participants: a visit's destination, the party of what is cancelled, lists, arrivals (session 6) --

VISIT = sense("CONSULT", "042", reverse="043")


def test_a_visits_destination_wherever_to_hangs():
    # "the visit by the Iraqi premier to Syria": "to" hangs on the premier
    spec = ("the:DET:det:1 visit:NOUN:ROOT:1 by:ADP:prep:1 premier:NOUN:pobj:2 to:ADP:prep:3 Syria:PROPN:pobj:4 "
            "to:ADP:prep:3 Iran:PROPN:pobj:6")
    assert noun_roles(spec, IRQ(3), SYR(5), IRN(7), i=1, s=VISIT) == (["premier"], ["Syria"])  # the first one
    # only a visit reads a "to" below the noun; only after it; only a preposition
    assert noun_roles(spec, IRQ(3), SYR(5), IRN(7), i=1, s=sense("CONSULT", "042")) == (["premier"], [])
    spec = "Syria:PROPN:nsubj:1 to:ADP:prep:2 visit:NOUN:ROOT:2 by:ADP:prep:2 premier:NOUN:pobj:3"
    assert noun_roles(spec, SYR(0), IRQ(4), i=2, s=VISIT) == (["premier"], [])
    spec = "the:DET:det:1 visit:NOUN:ROOT:1 by:ADP:prep:1 premier:NOUN:pobj:2 to:ADP:dep:3 Syria:PROPN:pobj:4"
    assert noun_roles(spec, IRQ(3), SYR(5), i=1, s=VISIT) == (["premier"], [])


def test_a_visits_destination_must_name_an_actor():
    spec = ("the:DET:det:1 visit:NOUN:ROOT:1 by:ADP:prep:1 premier:NOUN:pobj:2 to:ADP:prep:3 capital:NOUN:pobj:4 "
            "to:ADP:prep:3 Syria:PROPN:pobj:6")
    assert noun_roles(spec, IRQ(3), SYR(7), i=1, s=VISIT) == (["premier"], ["Syria"])


CANCEL = sense("SANCTION", "161")  # (an "of" object is the target: the default)


@pytest.mark.parametrize("prep", ["with", "to", "against"])
def test_a_cancellation_acts_on_the_party_of_what_it_cancels(prep):
    # "the cancellation of talks with Iran": Iran
    spec = f"the:DET:det:1 cancellation:NOUN:ROOT:1 of:ADP:prep:1 talks:NOUN:pobj:2:talk {prep}:ADP:prep:3 Iran:PROPN:pobj:4"
    assert noun_roles(spec, IRN(5), i=1, s=CANCEL) == ([], ["Iran"])


def test_the_party_of_what_is_cancelled_needs_an_of_phrase_naming_no_actor():
    spec = "the:DET:det:1 cancellation:NOUN:ROOT:1 {p}:ADP:prep:1 talks:NOUN:pobj:2:talk with:ADP:prep:3 Iran:PROPN:pobj:4"
    assert noun_roles(spec.format(p="for"), IRN(5), i=1, s=CANCEL) == ([], [])
    assert noun_roles(spec.format(p="of"), IRN(5), i=1, s=sense("SANCTION", "161", of="source")) == ([], [])
    spec = ("the:DET:det:1 cancellation:NOUN:ROOT:1 of:ADP:prep:1 Syria:PROPN:pobj:2 with:ADP:prep:3 Iran:PROPN:pobj:4 "
            "at:ADP:prep:3 Iraq:PROPN:pobj:6")
    # an "of" object that names an actor is the target itself; an "at" phrase is no party
    assert noun_roles(spec, SYR(3), IRN(5), IRQ(7), i=1, s=CANCEL) == ([], ["Syria"])


def test_a_list_of_event_nouns_takes_the_clauses_subject():
    # "Iraq launched artillery, mortar and rocket fire": "mortar" stands where the list stands
    spec = ("Iraq:PROPN:nsubj:1 launched:VERB:ROOT:1:launch artillery:NOUN:dobj:1 ,:PUNCT:punct:2 "
            "mortar:NOUN:conj:2 and:CCONJ:cc:4 rocket:NOUN:conj:4 fire:NOUN:conj:6")
    assert noun_roles(spec, IRQ(0), i=4) == (["Iraq"], [])
    # a conjunct of a verb is not climbed
    spec = "Iraq:PROPN:nsubj:1 launched:VERB:ROOT:1:launch and:CCONJ:cc:1 attack:NOUN:conj:1"
    assert noun_roles(spec, IRQ(0), i=3) == ([], [])


@pytest.mark.parametrize("prep", ["in", "at", "into"])
def test_an_arriving_event_noun_targets_where_it_arrives(prep):
    # "the deployment of NATO troops arrived in Bosnia"
    spec = f"deployment:NOUN:nsubj:1 arrived:VERB:ROOT:1:arrive {prep}:ADP:prep:1 Bosnia:PROPN:pobj:2"
    assert noun_roles(spec, E("bih", 3, country="BIH"), i=0) == ([], ["Bosnia"])
    assert noun_roles(spec.replace(":arrive", ":stay"), E("bih", 3, country="BIH"), i=0) == ([], [])


@pytest.mark.parametrize("negates", [True, False])
def test_a_dictionary_candidate_says_whether_its_pattern_spells_out_the_negation(negates):
    # "* NOT (AGREE)": the code is the negated act's already, so the stage must not negate it again
    d = parse("Iraq:PROPN:nsubj:1 refused:VERB:ROOT:1:refuse")
    c = coder._dictionary_candidate(Match(code="042", reverse=None, line=3, negates=negates), d[1], "SENT", lambda: None)
    assert c.negation_coded is negates


def _of_probe(head_spec, n_first, dep, links):
    """`head_spec` then "member" as token n_first's `dep` child, then `links` "of" links ending in Iraq
    ("member of Iraq", "member of government of Iraq", ...): read from depth 1, Iraq is found only if
    "member" is read at a depth the "of" chain (`depth <= 2`) still follows the links from."""
    x = len(head_spec.split())
    tail = f"member:NOUN:{dep}:{n_first} of:ADP:prep:{x}"
    for k in range(1, links):
        tail += f" government:NOUN:pobj:{x + 2 * k - 1} of:ADP:prep:{x + 2 * k}"
    d = parse(f"{head_spec} {tail} Iraq:PROPN:pobj:{len(head_spec.split() + tail.split()) - 1}")
    return d, ent("irq", d, len(d) - 1)


@pytest.mark.parametrize("head_spec, n_first, dep, event_nouns", [
    ("envoy:NOUN:ROOT:0", 0, "appos", set()),  # an uncoded noun's apposition
    ("camp:NOUN:ROOT:0 for:ADP:prep:0", 1, "pobj", set()),  # a shelter's "for" phrase
    ("appeal:NOUN:ROOT:0 from:ADP:prep:0", 1, "pobj", {"appeal"}),  # an event noun's author
    ("troops:NOUN:ROOT:0:troop led:VERB:acl:0:lead by:ADP:agent:1", 2, "pobj", set()),  # a participle's agent
    ("envoy:NOUN:ROOT:0", 0, "conj", set()),  # a conjunct
])
def test_resolve_reads_each_phrase_one_level_down(head_spec, n_first, dep, event_nouns):
    # (session 15: these read the depth through the cap on conjuncts until it was dropped; the "of"
    # chain's `depth <= 2` reads it now.) From depth 1 the phrase is at depth 2: one "of" link is
    # followed, a second is not
    d, irq = _of_probe(head_spec, n_first, dep, 1)
    assert parts_for(d, irq, event_nouns=frozenset(event_nouns)).resolve(d[0], depth=1) == ["irq"]
    d, irq = _of_probe(head_spec, n_first, dep, 2)
    assert parts_for(d, irq, event_nouns=frozenset(event_nouns)).resolve(d[0], depth=1) == []


def test_resolve_reads_an_apposition_after_and_one_level_down():
    # "Kenya and a member of ...": the "apposition" after "and" is the next conjunct, one level down
    head = "Kenya:PROPN:ROOT:0 and:CCONJ:cc:0"
    d, irq = _of_probe(head, 0, "appos", 1)
    assert parts_for(d, ent("ken", d, 0, country="KEN"), irq).resolve(d[0], depth=1) == ["ken", "irq"]
    d, irq = _of_probe(head, 0, "appos", 2)
    assert parts_for(d, ent("ken", d, 0, country="KEN"), irq).resolve(d[0], depth=1) == ["ken"]


def test_resolve_reads_a_list_read_as_an_apposition_one_level_down():
    # "Kenya, Uganda and a member of ...": the list's conjuncts below the apposition, one level further
    head = "Kenya:PROPN:ROOT:0 Uganda:PROPN:appos:0"
    d, irq = _of_probe(head, 1, "conj", 1)
    ents = lambda d: [ent("ken", d, 0, country="KEN"), ent("uga", d, 1, country="UGA")]  # noqa: E731
    assert parts_for(d, *ents(d), irq).resolve(d[0]) == ["ken", "uga", "irq"]
    d, irq = _of_probe(head, 1, "conj", 2)
    assert parts_for(d, *ents(d), irq).resolve(d[0]) == ["ken", "uga"]


def test_resolve_stops_at_appositions_four_levels_down():
    d = parse("Kenya:PROPN:ROOT:0 and:CCONJ:cc:0 Iraq:PROPN:appos:0")
    p = parts_for(d, ent("ken", d, 0, country="KEN"), ent("irq", d, 2))
    assert p.resolve(d[0], depth=3) == ["ken", "irq"]
    assert p.resolve(d[0], depth=4) == ["ken"]
    d = parse("Kenya:PROPN:ROOT:0 Uganda:PROPN:appos:0 Iraq:PROPN:conj:1")
    p = parts_for(d, ent("ken", d, 0, country="KEN"), ent("uga", d, 1, country="UGA"), ent("irq", d, 2))
    assert p.resolve(d[0], depth=3) == ["ken", "uga", "irq"]
    assert p.resolve(d[0], depth=4) == ["ken"]


def test_resolve_reads_an_uncoded_names_apposition_one_level_down():
    # "Oshima, a member of the government of the council of Iraq,": three "of" links from depth 1 are
    # one too many
    head = "Oshima:PROPN:ROOT:0"
    for links, want in ((2, ["irq"]), (3, ["osh"])):
        d, irq = _of_probe(head, 0, "appos", links)
        p = parts_for(d, ent("osh", d, 0, coded=False, type_="PERSON"), irq)
        assert p.resolve(d[0]) == want


@pytest.mark.parametrize("dep", ["advcl", "acomp", "ccomp"])
def test_condition_words_a_bare_adjective_completing_the_verb(dep):
    # "set free three hostages" under each label the parser gives the adjective (_condition_words 80, 81:
    # `ccomp` misspelt; no real sentence found where the parser labels a bare adjective so)
    d = parse(f"set:VERB:ROOT:0 free:ADJ:{dep}:0:free:JJ three:NUM:nummod:3 hostages:NOUN:dobj:0:hostage")
    assert "free" in coder._condition_words(d[0])[1]


def test_condition_words_an_adjective_modifying_the_object_is_no_particle():
    # "let the free press report": "free" before the noun, after its determiner, describes the object; only
    # one right after the verb ("let free six peacekeepers") or after the object completes the verb
    # (_condition_words 17: any amod of the object)
    d = parse("let:VERB:ROOT:0 the:DET:det:3 free:ADJ:amod:3:free:JJ press:NOUN:dobj:0")
    assert "free" not in coder._condition_words(d[0])[1]
    d = parse("let:VERB:ROOT:0 free:ADJ:amod:3:free:JJ six:NUM:nummod:3 peacekeepers:NOUN:dobj:0:peacekeeper")
    assert "free" in coder._condition_words(d[0])[1]


def test_choose_sense_an_active_verbs_by_phrase_is_not_its_doer():
    # "Police detained him by order of the court": a "by" the parser labels `agent` on an active verb names
    # how, not who; the doer a sense names is still the subject (choose_sense 37: agents read for any verb)
    d = parse("Police:NOUN:nsubj:1:police detained:VERB:ROOT:1:detain:VBD him:PRON:dobj:1 by:ADP:agent:1 "
              "order:NOUN:pobj:3")
    s = sense("COERCE", "173", subject=frozenset({"police"}))
    assert coder.choose_sense([s], d[1], parts_for(d)) is s
