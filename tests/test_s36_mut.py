"""Session 36, s36-mut: the mutants session 35 left alive in `attribution.indirect.fronted_content`, and the two
Token identity checks of events/coder.py that the lead turned into position checks (dd735b47). Own sentences, as
hand parses where the small model never produces the construction (docs/testing.md, "Session 36, s36-mut")."""

import spacy
from spacy.tokens import Doc

from newsgraph.attribution.indirect import fronted_content
from newsgraph.events import coder
from newsgraph.events.lexicon import Sense

VOCAB = spacy.blank("en").vocab


def parse(words, heads, deps, pos=None):
    return Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos)


# --- fronted_content: the content after the cue must be a clause (its top token a verb) -------------------------

# "Wages, the union said, far too low.": the words after the second comma make no clause, only an adjective
# phrase, so the fronted "Wages" is not the subject of anything said (fronted_content 37: `head is None and …`,
# which drops the part-of-speech test, since a span always has a top token)
WAGES = ["Wages", ",", "the", "union", "said", ",", "far", "too", "low", "."]
WAGES_HEADS = [4, 4, 3, 4, 4, 4, 7, 8, 4, 4]
WAGES_DEPS = ["npadvmod", "punct", "det", "nsubj", "ROOT", "punct", "advmod", "advmod", "ccomp", "punct"]
WAGES_POS = ["NOUN", "PUNCT", "DET", "NOUN", "VERB", "PUNCT", "ADV", "ADV", "ADJ", "PUNCT"]


def test_no_fronted_subject_for_a_content_with_no_verb():
    doc = parse(WAGES, WAGES_HEADS, WAGES_DEPS, WAGES_POS)
    assert fronted_content(doc[4], (6, 8)) is None


def test_the_same_parse_with_a_verb_takes_the_fronted_subject():
    # (the control: "Wages, the union said, fell far too low." with "fell" the content's verb)
    words = WAGES[:6] + ["fell"] + WAGES[6:]
    heads = WAGES_HEADS[:6] + [4, 8, 9, 6, 4]
    deps = WAGES_DEPS[:6] + ["ccomp", "advmod", "advmod", "acomp", "punct"]
    pos = WAGES_POS[:6] + ["VERB", "ADV", "ADV", "ADJ", "PUNCT"]
    doc = parse(words, heads, deps, pos)
    assert fronted_content(doc[4], (6, 9)) == (0, 0)


def test_a_noun_phrase_after_the_cue_is_no_clause_either():
    # "Prices, the minister said, a disgrace.": a noun heading the content
    words = ["Prices", ",", "the", "minister", "said", ",", "a", "disgrace", "."]
    doc = parse(words, [4, 4, 3, 4, 4, 4, 7, 4, 4],
                ["npadvmod", "punct", "det", "nsubj", "ROOT", "punct", "det", "ccomp", "punct"],
                ["NOUN", "PUNCT", "DET", "NOUN", "VERB", "PUNCT", "DET", "NOUN", "PUNCT"])
    assert fronted_content(doc[4], (6, 7)) is None


# --- coder._doer_slot: the of-chain climb stops at the sentence's root -------------------------------------------
# Before dd735b47 the climb's guard was `tok.head.head is not tok.head`, always true (spaCy makes a new Token on
# every `.head` read), so the climb went on to the root "of" itself and judged the root's label. The parser labels
# every root ROOT, which is neither a subject nor a pobj, so on its parses both guards answer alike (False). Only a
# root carrying another label tells them apart; these hand parses pin that the climb stops at the root and judges
# the phrase's noun ("delegates", a pobj of no agent), never the root's own label.

def test_the_of_climb_stops_at_a_root_of_whatever_its_label():
    for label in ("nsubj", "nsubjpass"):
        doc = parse(["Of", "delegates", "from", "Iran"], [0, 0, 1, 2], [label, "pobj", "prep", "pobj"])
        assert coder._doer_slot(doc[1]) is False, label


def test_the_of_climb_below_the_root_still_reaches_the_subject():
    # "A team of negotiators from Iran arrived": "negotiators" is of the subject "team" (the climb itself)
    doc = parse(["A", "team", "of", "negotiators", "from", "Iran", "arrived"], [1, 6, 1, 2, 3, 4, 6],
                ["det", "nsubj", "prep", "pobj", "prep", "pobj", "ROOT"])
    assert coder._doer_slot(doc[3]) is True
    # and the root's own label is read where the root is no "of": "Negotiators from Iran" as a headline
    doc = parse(["Negotiators", "from", "Iran"], [0, 0, 1], ["ROOT", "prep", "pobj"])
    assert coder._doer_slot(doc[0]) is False


# --- coder._framing_verb: the event noun's own preposition is not where the visit went ----------------------------
# "The minister was in a visit and in Canada" as the parser would hang it: "in Canada" a conjunct of the noun's own
# "in", which `pobjs` reads as that preposition's second object. Before dd735b47 `k is not noun.head` never held,
# so the noun's own preposition was read for the destination too and Canada came in through the conjunct.

class _Parts:
    """A stand-in for coder.Participants: the tokens whose indices are given name an actor each."""

    def __init__(self, actors):
        self.actors = set(actors)

    def resolve(self, tok, depth=0):
        return [f"a{tok.i}"] if tok.i in self.actors else []


VISIT = Sense(type="CONSULT", mode="visit", cameo="042", reverse="043")


def test_the_nouns_own_preposition_gives_no_destination():
    words = ["The", "minister", "was", "in", "a", "visit", "and", "in", "Canada", "."]
    doc = parse(words, [1, 2, 2, 2, 5, 3, 3, 3, 7, 2],
                ["det", "nsubj", "ROOT", "prep", "det", "pobj", "cc", "conj", "pobj", "punct"],
                ["DET", "NOUN", "AUX", "ADP", "DET", "NOUN", "CCONJ", "ADP", "PROPN", "PUNCT"])
    assert [t.i for t in coder.pobjs(doc[3])] == [5, 8]  # (the conjunct's object is the noun's preposition's)
    src, tgt = coder._framing_verb(doc[2], doc[5], VISIT, _Parts({1, 8}))
    assert [t.i for t in src] == [1] and tgt == []


def test_another_preposition_of_the_verb_gives_the_destination():
    # "The minister was in Canada in a visit": the verb's other "in" is where the visit went
    words = ["The", "minister", "was", "in", "Canada", "in", "a", "visit", "."]
    doc = parse(words, [1, 2, 2, 2, 3, 2, 7, 5, 2],
                ["det", "nsubj", "ROOT", "prep", "pobj", "prep", "det", "pobj", "punct"],
                ["DET", "NOUN", "AUX", "ADP", "PROPN", "ADP", "DET", "NOUN", "PUNCT"])
    src, tgt = coder._framing_verb(doc[2], doc[7], VISIT, _Parts({1, 4}))
    assert [t.i for t in src] == [1] and [t.i for t in tgt] == [4]


def _at_on_a_visit(prep):
    # "The envoy was <prep> Ottawa on a visit": the verb's own preposition names the destination
    words = ["The", "envoy", "was", prep, "Ottawa", "on", "a", "visit", "."]
    return parse(words, [1, 2, 2, 2, 3, 2, 7, 5, 2],
                 ["det", "nsubj", "ROOT", "prep", "pobj", "prep", "det", "pobj", "punct"],
                 ["DET", "NOUN", "AUX", "ADP", "PROPN", "ADP", "DET", "NOUN", "PUNCT"])


def test_every_destination_preposition_of_the_verb_gives_the_destination():
    # (_framing_verb 14, 15, 18-21: "to", "at", "into" misspelt; "in" is above; "near" is no destination)
    got = {}
    for prep in ("to", "at", "into", "near"):
        doc = _at_on_a_visit(prep)
        got[prep] = [t.text for t in coder._framing_verb(doc[2], doc[7], VISIT, _Parts({1, 4}))[1]]
    assert got == {"to": ["Ottawa"], "at": ["Ottawa"], "into": ["Ottawa"], "near": []}


def test_two_destination_phrases_are_both_kept():
    # "The envoy was at the UN in New York on a visit": both places the verb names (_framing_verb 23: `=` for `+=`
    # kept only the last)
    words = ["The", "envoy", "was", "at", "the", "UN", "in", "Geneva", "on", "a", "visit", "."]
    doc = parse(words, [1, 2, 2, 2, 5, 3, 2, 6, 2, 10, 8, 2],
                ["det", "nsubj", "ROOT", "prep", "det", "pobj", "prep", "pobj", "prep", "det", "pobj", "punct"])
    assert [t.text for t in coder._framing_verb(doc[2], doc[10], VISIT, _Parts({1, 5, 7}))[1]] == ["UN", "Geneva"]


# "Rebels killed two soldiers in an ambush": a violent act framing a clause makes the clause's object its victim

def _ambush():
    words = ["Rebels", "killed", "two", "soldiers", "in", "an", "ambush", "."]
    return parse(words, [1, 1, 3, 1, 1, 6, 4, 1], ["nsubj", "ROOT", "nummod", "dobj", "prep", "det", "pobj", "punct"],
                 ["NOUN", "VERB", "NUM", "NOUN", "ADP", "DET", "NOUN", "PUNCT"])


def _framed(sense, actors):
    doc = _ambush()
    src, tgt = coder._framing_verb(doc[1], doc[6], sense, _Parts(actors))
    return [t.text for t in src], [t.text for t in tgt]


def test_a_violent_act_framing_a_clause_has_its_object_for_target():
    # (_framing_verb 34: quad class 5; 40: `or`, which took the subject as a target too)
    assert _framed(Sense(type="ASSAULT", cameo="190"), {0, 3}) == (["Rebels"], ["soldiers"])


def test_the_quad_class_is_the_types_and_for_an_untyped_code_the_codes():
    # a WEIS code PLOVER types as coercion (21x, "seize"; no CAMEO root): its type's quad class 4 decides
    # (_framing_verb 29: the code's class read instead, None); an untyped CAMEO 19x code: the code's class 4
    # (30, 32: the code not passed, so no class)
    assert _framed(Sense(type="COERCE", cameo="212"), {0, 3}) == (["Rebels"], ["soldiers"])
    assert _framed(Sense(type=None, cameo="190"), {0, 3}) == (["Rebels"], ["soldiers"])


def test_no_target_from_a_cooperative_frame_or_without_a_doer():
    # a meeting framing the clause: its object is no party of the meeting (_framing_verb 33: `!= 4`); and with no
    # subject naming an actor, nothing at all (27: `src or …`)
    assert _framed(Sense(type="CONSULT", cameo="040"), {0, 3}) == (["Rebels"], [])
    assert _framed(Sense(type="ASSAULT", cameo="190"), {3}) == ([], [])


def test_the_object_of_a_by_agent_is_a_doer_slot():
    # "The convoy was attacked by gunmen from Chad": the agent's noun is the doer, so its "from" names its party
    # (_doer_slot 18-20, 22, 23: the pobj or agent test misspelt or negated); a "with" object is no doer
    words = ["The", "convoy", "was", "attacked", "by", "gunmen", "from", "Chad", "with", "rifles", "from", "Libya"]
    doc = parse(words, [1, 3, 3, 3, 3, 4, 5, 6, 3, 8, 9, 10],
                ["det", "nsubjpass", "auxpass", "ROOT", "agent", "pobj", "prep", "pobj", "prep", "pobj", "prep", "pobj"])
    assert (coder._doer_slot(doc[5]), coder._doer_slot(doc[9])) == (True, False)


# --- actors.pronouns._resolve: the walk up to a governing clause's subject ----------------------------------------
# Inside a quotation the walk is the only reading (no nearest person is taken after it), so `quoted=True` shows what
# the walk itself finds; the persons are stand-ins with a gender, keyed by their token's index.

def _walk(words, heads, deps, pron, persons):
    from types import SimpleNamespace

    from newsgraph.actors.pronouns import _resolve

    doc = parse(words, heads, deps)
    by_token = {i: SimpleNamespace(gender=None, name=name) for i, name in persons.items()}
    found = _resolve(None, doc[pron], "m", by_token, True)
    return found.name if found is not None else None


def test_the_walk_goes_six_heads_up_and_no_further():
    # "Brown said a friend of a cousin of his neighbour left.": "his" -> neighbour, of, cousin, of, friend, left
    # (six heads; the subject "friend" is on the walk's own path), and "said" would be the seventh (_resolve 17)
    words = ["Brown", "said", "a", "friend", "of", "a", "cousin", "of", "his", "neighbour", "left", "."]
    heads = [1, 1, 3, 10, 3, 6, 4, 6, 9, 7, 1, 1]
    deps = ["nsubj", "ROOT", "det", "nsubj", "prep", "det", "pobj", "prep", "poss", "pobj", "ccomp", "punct"]
    assert _walk(words, heads, deps, 8, {0: "Brown"}) is None
    # one link fewer ("… a cousin of his left"): "said" is the sixth head, and Brown its subject
    words = ["Brown", "said", "a", "friend", "of", "a", "cousin", "of", "his", "left", "."]
    heads = [1, 1, 3, 9, 3, 6, 4, 6, 7, 1, 1]
    deps = ["nsubj", "ROOT", "det", "nsubj", "prep", "det", "pobj", "prep", "pobj", "ccomp", "punct"]
    assert _walk(words, heads, deps, 8, {0: "Brown"}) == "Brown"


def test_a_passive_subject_governs_the_pronoun_too():
    # "Brown was told his bid had failed.": the passive subject of the governing clause (_resolve 26, 27)
    words = ["Brown", "was", "told", "his", "bid", "had", "failed", "."]
    heads = [2, 2, 2, 4, 6, 6, 2, 2]
    deps = ["nsubjpass", "auxpass", "ROOT", "poss", "nsubj", "aux", "ccomp", "punct"]
    assert _walk(words, heads, deps, 3, {0: "Brown"}) == "Brown"


# --- events.acled._unarmed_object: a relative "of" a fighter is the one attacked ----------------------------------

def test_the_kin_word_before_of_a_fighter_stays_a_whole_word():
    # "Gunmen killed the wife of an army officer": the officer is cut off with the "of" phrase, and the kin word
    # itself ("wife", "sons") must still read as unarmed (_unarmed_object 29: the kin word rewritten inside other
    # letters, no longer a whole word)
    from types import SimpleNamespace

    from newsgraph.events import acled

    for s in ("Gunmen killed the wife of an army officer.", "Militants shot the sons of a police captain."):
        trigger = s.split()[1]
        at = s.index(trigger)
        ev = SimpleNamespace(trigger=SimpleNamespace(start=at, end=at + len(trigger), text=trigger),
                             evidence=SimpleNamespace(start=0, text=s), mode=None, cameo=None, source=["s"], target=[])
        assert acled._unarmed_object(ev, s) is True, s


# --- events.syntax.is_passive: the older rules below session 34's first line ------------------------------------------

def _tagged(spec):
    """A hand parse from "word/TAG/dep/head[/lemma]" items (heads absolute)."""
    items = [s.split("/") for s in spec.split()]
    pos = [next((p for t, p in POS_OF_TAG if i[1].startswith(t)), "X") for i in items]
    return Doc(VOCAB, words=[i[0] for i in items], tags=[i[1] for i in items], deps=[i[2] for i in items],
               heads=[int(i[3]) for i in items], lemmas=[i[4] if len(i) > 4 else i[0].lower() for i in items], pos=pos)


POS_OF_TAG = (("NNP", "PROPN"), ("NN", "NOUN"), ("VB", "VERB"), ("IN", "ADP"), ("DT", "DET"), ("CD", "NUM"),
              ("RB", "ADV"), ("CC", "CCONJ"), (".", "PUNCT"))


def test_a_stance_participle_is_passive_only_with_an_agent():
    from newsgraph.events.syntax import is_passive

    # "The plan was opposed by Democrats" (a by-agent: passive; is_passive 13, 14: the agent label misspelt) against
    # "The union was opposed to the plan" (a stance); the agent's noun is no passive verb
    by = _tagged("The/DT/det/1 plan/NN/nsubjpass/3 was/VBD/auxpass/3 opposed/VBN/ROOT/3/oppose by/IN/agent/3 "
                 "Democrats/NNPS/pobj/4")
    to = _tagged("The/DT/det/1 union/NN/nsubjpass/3 was/VBD/auxpass/3 opposed/VBN/ROOT/3/oppose to/IN/prep/3 "
                 "the/DT/det/6 plan/NN/pobj/4")
    assert (is_passive(by[3]), is_passive(to[3]), is_passive(by[5])) == (True, False, False)


def test_a_bare_participle_coordinated_with_a_passive_is_passive():
    from newsgraph.events.syntax import is_passive

    # "The guard was shot and stabbed twice": the second participle shares the first's passive (is_passive 23-34)
    d = _tagged("The/DT/det/1 guard/NN/nsubjpass/3 was/VBD/auxpass/3 shot/VBN/ROOT/3/shoot and/CC/cc/3 "
                "stabbed/VBN/conj/3/stab twice/RB/advmod/5 ././punct/3")
    assert (is_passive(d[5]), is_passive(d[6])) == (True, False)
    # … but not a past tense ("… and fled"), nor a participle with a subject or an auxiliary of its own
    # ("… and the gunman fled", "… and has recovered") (35-38: the subject or the auxiliary label misspelt)
    fled = _tagged("The/DT/det/1 guard/NN/nsubjpass/3 was/VBD/auxpass/3 shot/VBN/ROOT/3/shoot and/CC/cc/3 "
                   "fled/VBD/conj/3/flee")
    own = _tagged("The/DT/det/1 guard/NN/nsubjpass/3 was/VBD/auxpass/3 shot/VBN/ROOT/3/shoot and/CC/cc/3 "
                  "the/DT/det/6 gunman/NN/nsubj/7 fled/VBN/conj/3/flee")
    aux = _tagged("The/DT/det/1 guard/NN/nsubjpass/3 was/VBD/auxpass/3 shot/VBN/ROOT/3/shoot and/CC/cc/3 "
                  "has/VBZ/aux/6 recovered/VBN/conj/3/recover")
    assert (is_passive(fled[5]), is_passive(own[7]), is_passive(aux[6])) == (False, False, False)


def test_a_participle_on_a_noun_is_passive_unless_the_parse_is_a_verbless_sentence_or_it_has_an_object():
    from newsgraph.events.syntax import is_passive

    # "the soldiers killed in the attack": a reduced passive relative (is_passive 57, 58)
    rel = _tagged("Soldiers/NNS/nsubj/4 killed/VBN/acl/0/kill in/IN/prep/1 attacks/NNS/pobj/2 were/VBD/ROOT/4/be "
                  "named/VBN/acomp/4/name")
    # "Thousands of students protested in Seoul" read as a noun with a modifier: no passive (40-56)
    protest = _tagged("Thousands/NNS/ROOT/0 of/IN/prep/0 students/NNS/pobj/1 protested/VBN/acl/0/protest "
                      "in/IN/prep/3 Seoul/NNP/pobj/4")
    # "Suspected herders killed 17 people": the participle has an object of its own, so it is the main verb
    active = _tagged("Suspected/VBN/amod/1/suspect herders/NNS/ROOT/1 killed/VBN/acl/1/kill 17/CD/nummod/4 "
                     "people/NNS/dobj/2")
    # "Soldiers gathered at the base were attacked": a verb of gathering too is passive as a noun's reduced relative
    # when the noun is not the sentence's verbless root (40, 41: the root test cut off from the list's)
    gathered = _tagged("Soldiers/NNS/nsubjpass/5 gathered/VBN/acl/0/gather at/IN/prep/1 bases/NNS/pobj/2 "
                       "were/VBD/auxpass/5 attacked/VBN/ROOT/5/attack")
    assert (is_passive(rel[1]), is_passive(rel[5]), is_passive(protest[3]), is_passive(active[2]),
            is_passive(gathered[1])) == (True, True, False, False, True)
