"""Mutation-found gaps in events/petrarch_combine.py (s7-mutate2): the complement search, the
pairing of candidates and the reading of a verb's own phrase, on hand-built tokens."""

from dataclasses import dataclass, field
from types import SimpleNamespace

import pytest

from newsgraph.events import petrarch_combine as pc
from newsgraph.events.lexicon import Sense
from newsgraph.events.petrarch_verbs import Match

COMB = pc.Combination(frozenset({"030", "050", "020", "040", "036", "190", "1384", "0874", "130", "070", "0332",
                                 "072", "0841", "1243", "010"}))


class Tok(SimpleNamespace):
    def __init__(self, i, text, dep="ROOT", tag="VB"):
        super().__init__(i=i, text=text, lower_=text.lower(), dep_=dep, tag_=tag, children=[], head=None)
        self.head = self


def attach(child, head, dep):
    child.head, child.dep_ = head, dep
    head.children.append(child)
    return child


def to_inf(head, i, text, dep="xcomp"):
    """`to <text>` hanging on `head`."""
    v = attach(Tok(i, text), head, dep)
    attach(Tok(i - 1, "to", tag="TO"), v, "aux")
    return v


@dataclass
class Cand:
    token: object
    cameo: str
    source: list = field(default_factory=list)
    target: list = field(default_factory=list)
    dictionary: bool = True
    is_noun: bool = False
    whole: bool = False
    reverse: object = "rev"
    swap: bool = True
    sense: Sense = None

    def __post_init__(self):
        self.sense = Sense(type="X", cameo=self.cameo, origin=f"v:{self.token.text}")


def _agreed_to_meet():
    agreed = Tok(1, "agreed", tag="VBD")
    meet = to_inf(agreed, 3, "meet")
    return agreed, meet


# ---- complement


def test_complement_is_the_dictionary_coded_to_infinitive():
    agreed, meet = _agreed_to_meet()
    c, d = Cand(agreed, "050"), Cand(meet, "040")
    assert pc.complement(c, [c, d]) is d
    assert pc.complement(d, [c, d]) is None  # meet has no complement


@pytest.mark.parametrize("change", ["no dictionary", "noun", "before the verb", "no to", "advcl"])
def test_complement_needs_a_coded_verb_after_it_with_to(change):
    agreed = Tok(5, "agreed", tag="VBD")
    meet = to_inf(agreed, 7 if change != "before the verb" else 2, "meet", "advcl" if change == "advcl" else "xcomp")
    if change == "no to":
        meet.children.clear()
    d = Cand(meet, "040", dictionary=change != "no dictionary", is_noun=change == "noun")
    c = Cand(agreed, "050")
    assert pc.complement(c, [c, d]) is None


def test_complement_passes_through_up_to_two_uncoded_verbs():
    threatened = Tok(1, "threatened", tag="VBD")
    cont = to_inf(threatened, 3, "continue")
    attacking = attach(Tok(4, "attacking", tag="VBG"), cont, "xcomp")
    c, d = Cand(threatened, "130"), Cand(attacking, "190")
    assert pc.complement(c, [c, d]) is d  # one verb between
    deeper = attach(Tok(5, "shelling", tag="VBG"), attacking, "xcomp")
    e = Cand(deeper, "190")
    assert pc.complement(c, [c, e]) is e  # two between
    deepest = attach(Tok(6, "bombing", tag="VBG"), deeper, "xcomp")
    assert pc.complement(c, [c, Cand(deepest, "190")]) is None  # three between: too far
    # a later hop needs an xcomp after the verb, not any child
    other = to_inf(Tok(1, "threatened", tag="VBD"), 3, "continue")
    attach(Tok(4, "attacks", tag="NNS"), other, "dobj")
    cc = Cand(other.head, "130")
    assert pc.complement(cc, [cc, Cand(other.children[-1], "190")]) is None


def test_complement_first_kid_only():
    agreed = Tok(1, "agreed", tag="VBD")
    to_inf(agreed, 3, "try")
    second = to_inf(agreed, 6, "meet")
    c, d = Cand(agreed, "050"), Cand(second, "040")
    assert pc.complement(c, [c, d]) is None  # the first to-infinitive ("try", uncoded) decides


# ---- combine_complements


def test_a_pair_is_one_event_with_the_combined_code_the_lower_dropped():
    threatened = Tok(1, "threatened", tag="VBD")
    attack = to_inf(threatened, 3, "attack")
    c, d = Cand(threatened, "130", source=["a"]), Cand(attack, "190", source=["a"], target=["b"])
    out = pc.combine_complements([c, d], COMB)
    assert out == [c]
    assert (c.sense.cameo, c.sense.type, c.sense.mode, c.sense.origin) == (
        "1384", "THREATEN", "violence", "v:threatened+v:attack")
    assert (c.reverse, c.swap, c.target) == (None, False, ["b"])


def test_an_unchanged_code_keeps_the_reading_but_still_drops_the_lower():
    agreed = Tok(1, "agreed", tag="VBD")
    attack = to_inf(agreed, 3, "attack")
    attach(Tok(2, "not", tag="RB"), attack, "neg")
    c, d = Cand(agreed, "050", source=["a"]), Cand(attack, "190", target=["b"])
    assert pc.combine_complements([c, d], COMB) == [c]
    assert (c.sense.cameo, c.sense.origin, c.reverse, c.swap) == ("050", "v:agreed", "rev", True)
    assert c.target == ["b"]


def test_the_one_asked_to_act_is_the_target():
    urged = Tok(1, "urged", tag="VBD")
    withdraw = to_inf(urged, 4, "withdraw")
    c, d = Cand(urged, "020", source=["a"], target=["x"]), Cand(withdraw, "0874", source=["m"], target=["z"])
    pc.combine_complements([c, d], COMB)
    assert c.target == ["m"] and c.sense.cameo == "0256"
    # the lower verb's source is the upper one's own: its target is the target
    c2, d2 = Cand(urged, "030", source=["a"], target=["x"]), Cand(withdraw, "0874", source=["a"], target=["z"])
    pc.combine_complements([c2, d2], COMB)
    assert c2.target == ["z"]
    # the lower verb has neither: the upper one's target stays
    c3, d3 = Cand(urged, "020", source=["a"], target=["x"]), Cand(withdraw, "0874")
    pc.combine_complements([c3, d3], COMB)
    assert c3.target == ["x"]


def test_an_intent_for_another_actor_to_act_is_no_pair():
    wants = Tok(1, "wants", tag="VBZ")
    attack = to_inf(wants, 4, "attack")
    c, d = Cand(wants, "030", source=["r"]), Cand(attack, "190", source=["b"], target=["u"])
    assert pc.combine_complements([c, d], COMB) == [c, d]
    assert c.sense.cameo == "030" and c.target == []
    # an appeal (02) to another to act is a pair
    c, d = Cand(wants, "020", source=["r"]), Cand(attack, "190", source=["b"], target=["u"])
    assert pc.combine_complements([c, d], COMB) == [c]


@pytest.mark.parametrize("upper, lower", [("095", "040"), ("050", "212"), ("050", None)])
def test_codes_outside_cameo_combine_with_nothing(upper, lower):
    agreed, meet = _agreed_to_meet()
    c, d = Cand(agreed, upper), Cand(meet, lower)
    assert pc.combine_complements([c, d], COMB) == [c, d] and c.sense.cameo == upper


@pytest.mark.parametrize("flag", ["dictionary", "is_noun", "whole"])
def test_only_dictionary_verbs_that_are_not_whole_pairs_combine(flag):
    agreed, meet = _agreed_to_meet()
    c, d = Cand(agreed, "050"), Cand(meet, "040")
    setattr(c, flag, flag != "dictionary")  # not from the dictionary, a noun, or a pattern naming the pair
    assert pc.combine_complements([c, d], COMB) == [c, d] and c.sense.cameo == "050"


def test_a_dropped_complement_combines_no_further():
    agreed = Tok(1, "agreed", tag="VBD")
    threaten = to_inf(agreed, 3, "threaten")
    attack = to_inf(threaten, 5, "attack")
    c, d, e = Cand(agreed, "050"), Cand(threaten, "130"), Cand(attack, "190")
    out = pc.combine_complements([c, d, e], COMB)
    assert out == [c, e]  # threaten went into agreed; it does not take attack as well
    assert e.sense.cameo == "190"


def test_combination_needs_a_code():
    assert not pc.Combination(frozenset({""})).combines("")
    assert pc.Combination(frozenset({"190"})).combines("190") is True


def test_head_of_prefers_three_digits():
    assert pc.head_of("0501") == "03" and pc.head_of("0511") == "02" and pc.head_of("0521") is None
    assert pc.head_of("1384") == "13" and pc.head_of("14") is None


# ---- own_phrase_match


def test_own_phrase_match(monkeypatch):
    promised = Tok(1, "promised", tag="VBD")
    m = Match(code="033", reverse=None, line=9, words=frozenset({"aid"}))
    calls = []
    monkeypatch.setattr(pc, "match_verb", lambda vd, tok, is_actor, complements=True:
                        calls.append((vd, tok, is_actor, complements)) or "own")
    monkeypatch.setattr(pc, "token_forms", lambda toks: {"provide", "aid"} if toks else set())
    assert pc.own_phrase_match("vd", promised, "isact", m) is m and calls == []  # no complement
    provide = to_inf(promised, 3, "provide")
    got = pc.own_phrase_match("vd", promised, "isact", m)
    assert got.whole is True and got.code == "033" and m.whole is False  # the pattern names the complement's words
    unnamed = Match(code="030", reverse=None, line=9, words=frozenset({"help"}))
    assert pc.own_phrase_match("vd", promised, "isact", unnamed) == "own"
    assert calls == [("vd", promised, "isact", False)]
    block = Match(code="030", reverse=None, line=0, words=frozenset({"aid"}))  # a block code, no pattern
    assert pc.own_phrase_match("vd", promised, "isact", block) == "own"
    assert provide.head is promised


def test_a_negated_appeal_is_never_a_rejection():
    assert pc.combined_code("020", "040", negated=True) == "020"  # "urged X not to meet": no 125
    assert pc.combined_code("130", "040", negated=True) == "130"


@pytest.mark.parametrize("first", ["not from the dictionary", "without a complement", "an intent for another"])
def test_a_candidate_passed_over_does_not_end_the_pairing(first):
    said = Tok(0, "said", tag="VBD")
    if first == "an intent for another":
        skip = Cand(said, "030", source=["r"])
        skip_d = Cand(to_inf(said, 9, "attack"), "190", source=["b"])
    else:
        skip, skip_d = Cand(said, "010", dictionary=first != "not from the dictionary"), None
        if first == "not from the dictionary":
            to_inf(said, 9, "meet")
            skip_d = Cand(said.children[-1], "040")
    threatened = Tok(1, "threatened", tag="VBD")
    c, d = Cand(threatened, "130", source=["a"]), Cand(to_inf(threatened, 3, "attack"), "190")
    cands = [skip] + ([skip_d] if skip_d else []) + [c, d]
    out = pc.combine_complements(cands, COMB)
    assert c.sense.cameo == "1384" and d not in out and skip in out
