"""Mutation-found gaps in events/petrarch_transform.py (s7-mutate2): the rule matcher's pieces
(_bind, fits, upper_verb, transformed, _event) on hand-built tokens, without a parser."""

from functools import partial
from types import SimpleNamespace

import pytest
from eventsutil import event

from newsgraph.errors import InputError
from newsgraph.events import petrarch_transform as pt
from newsgraph.events import petrarch_verbs as pv
from newsgraph.model import Span


class Tok(SimpleNamespace):
    """Just what petrarch_transform and syntax.subjects read of a spaCy token."""

    def __init__(self, i, text, dep="ROOT", pos="VERB", idx=0, tag="VBD"):
        super().__init__(i=i, text=text, lower_=text.lower(), dep_=dep, pos_=pos, idx=idx, tag_=tag,
                         children=[], head=None)
        self.head = self


def attach(child, head, dep):
    child.head, child.dep_ = head, dep
    head.children.append(child)
    return child


# ---- _bind: one actor term against the actors of one slot


def test_bind_dot_takes_anything_and_binds_nothing():
    env = {}
    assert pt._bind(".", [], False, env) is True and pt._bind(".", ["e1"], True, env) is True
    assert env == {}


@pytest.mark.parametrize("actors, own_subject, ok", [
    ([], True, False), (["e1"], True, False),   # the clause has a subject of its own: `_` cannot hold
    ([], False, True), (["e1"], False, True),   # no subject of its own (an inherited source is fine)
    ([], None, True), (["e1"], None, False),    # no clause subject given: `_` means no actor at all
])
def test_bind_underscore(actors, own_subject, ok):
    env = {}
    assert pt._bind("_", actors, own_subject, env) is ok
    assert env == {}


def test_bind_letter_needs_an_actor_and_binds_a_copy():
    env = {}
    assert pt._bind("a", [], None, env) is False and env == {}
    actors = ["e1", "e2"]
    assert pt._bind("a", actors, None, env) is True
    assert env == {"a": ["e1", "e2"]}
    actors.append("e3")
    assert env["a"] == ["e1", "e2"]  # not the caller's list


def test_bind_same_letter_is_the_same_actor_and_another_letter_another():
    env = {"a": ["e1", "e2"]}
    assert pt._bind("a", ["e2"], None, env) is True   # overlaps: the same actor
    assert pt._bind("a", ["e3"], None, env) is False  # another actor
    assert pt._bind("b", ["e1"], None, env) is False  # another letter cannot be a's actor
    assert "b" not in env
    assert pt._bind("b", ["e3"], None, env) is True and env["b"] == ["e3"]


# ---- fits


# the event the transformations read: u attacked r (CAMEO 190), its trigger at 20 of TEXT, no evidence sentence
_attack = partial(event, None, "attacked", at=20, id="e1", cameo="190", source=["u"], target=["r"], confidence=0.8)


ACCUSE = pt.Transform("a", "b", ".", "190", "010", "a", "b", "112", 3)


def test_fits_binds_the_variables():
    assert pt.fits(ACCUSE, "010", ["r"], _attack(cameo="193"), True) == {"a": ["r"], "b": ["u"]}


@pytest.mark.parametrize("upper_code, speakers, ev, why", [
    ("040", ["r"], _attack(), "upper verb not covered"),
    ("010", ["r"], _attack(cameo="040"), "lower verb not covered"),
    ("010", [], _attack(), "no speaker for a"),
    ("010", ["u"], _attack(), "b is another letter than a, yet the same actor"),
    ("010", ["r"], _attack(source=()), "no lower source for b"),
])
def test_fits_fails(upper_code, speakers, ev, why):
    assert pt.fits(ACCUSE, upper_code, speakers, ev, True) is None, why


def test_fits_binds_the_lower_target_last():
    t = pt.Transform("a", "a", "b", "190", "010", "a", "b", "015", 1)
    assert pt.fits(t, "010", ["r"], _attack(source=("r",), target=("u",)), True) == {"a": ["r"], "b": ["u"]}
    assert pt.fits(t, "010", ["r"], _attack(source=("r",), target=("r",)), True) is None  # b may not be a
    assert pt.fits(t, "010", ["r"], _attack(source=("r",), target=()), True) is None


# ---- upper_verb


def _said_that_attacked(dep="ccomp", head_pos="VERB"):
    said = Tok(1, "said", pos=head_pos, idx=7)
    attacked = attach(Tok(3, "attacked", idx=20), said, dep)
    return said, attacked


@pytest.mark.parametrize("dep, pos, found", [
    ("ccomp", "VERB", True), ("xcomp", "VERB", True), ("ccomp", "AUX", True),
    ("advcl", "VERB", False), ("ccomp", "NOUN", False),
])
def test_upper_verb(dep, pos, found):
    said, attacked = _said_that_attacked(dep, pos)
    assert pt.upper_verb(attacked) is (said if found else None)


def test_upper_verb_climbs_coordination_and_stops_at_the_root():
    said, attacked = _said_that_attacked()
    shelled = attach(Tok(5, "shelled"), attacked, "conj")
    assert pt.upper_verb(shelled) is said  # "said Ukraine attacked and shelled ..."
    assert pt.upper_verb(said) is None  # a root verb (its head is itself)
    loop = Tok(0, "x", dep="conj")  # a conj that is its own head ends the climb
    assert pt.upper_verb(loop) is None


# ---- transformed and _event


class VD:
    def __init__(self, transforms, code="010"):
        self.transforms, self.code = transforms, code

    def base_code(self, tok):
        return self.code


class Parts:
    def resolve(self, tok):
        return {"Russia": ["r"], "Ukraine": ["u"]}.get(tok.text, [])


TEXT = "Russia said Ukraine attacked its border posts."


def _clause(neg_upper=False, own_subject=True):
    said, attacked = _said_that_attacked()
    attach(Tok(0, "Russia", pos="PROPN", tag="NNP"), said, "nsubj")
    if own_subject:
        attach(Tok(2, "Ukraine", pos="PROPN", tag="NNP", idx=12), attacked, "nsubj")
    if neg_upper:
        attach(Tok(9, "not", pos="PART", tag="RB"), said, "neg")
    return said, SimpleNamespace(predicate=attacked)


def test_transformed_makes_the_accusation_from_the_upper_verb():
    _, c = _clause()
    (made,) = pt.transformed(_attack(flags=("reported", "historical")), c, VD([ACCUSE]), Parts(), TEXT)
    assert (made.cameo, made.type, made.mode, made.quad_class, made.goldstein) == ("112", "ACCUSE", "disapprove", 3, -2.0)
    assert (made.source, made.target) == (["r"], ["u"])
    assert made.flags == ["historical"]  # `reported` belongs to the lower event
    assert made.trigger == Span(start=7, end=11, text="said") and made.id == "e1"


def test_transformed_negated_upper_verb_is_a_negated_event():
    _, c = _clause(neg_upper=True)
    (made,) = pt.transformed(_attack(), c, VD([ACCUSE]), Parts(), TEXT)
    assert made.flags == ["negated"]


def test_transformed_nothing_for_a_negated_lower_event_no_rules_or_no_upper_verb():
    _, c = _clause()
    assert pt.transformed(_attack(flags=("negated",)), c, VD([ACCUSE]), Parts(), TEXT) == []
    assert pt.transformed(_attack(), c, VD([]), Parts(), TEXT) == []
    root = SimpleNamespace(predicate=Tok(0, "attacked"))
    assert pt.transformed(_attack(), root, VD([ACCUSE]), Parts(), TEXT) == []


def test_transformed_first_fitting_rule_wins_and_q_keeps_the_lower_code():
    _, c = _clause()
    keep = pt.Transform("a", "b", ".", "Q", "010", "a", "b", "Q", 1)
    (made,) = pt.transformed(_attack(cameo="193"), c, VD([pt.Transform("a", "b", ".", "040", "010", "a", "b", "112", 0), keep,
                                                  ACCUSE]), Parts(), TEXT)
    assert (made.cameo, made.source, made.target) == ("193", ["r"], ["u"])


def test_transformed_same_event_is_nothing_and_an_untyped_code_is_an_untyped_event():
    _, c = _clause()
    same = pt.Transform("a", "b", ".", "Q", "010", "b", ".", "Q", 1)  # target `.`: none bound
    ev = _attack(target=())
    assert pt.transformed(ev, c, VD([same, ACCUSE]), Parts(), TEXT) == []
    claim = pt.Transform("a", "b", ".", "190", "010", "a", "b", "015", 1)  # 015 has no PLOVER type
    (made,) = pt.transformed(_attack(), c, VD([claim, ACCUSE]), Parts(), TEXT)  # (the first fitting rule only)
    assert (made.type, made.mode, made.cameo, made.quad_class, made.goldstein) == (None, None, "015", 1, 0.0)
    assert pt.transformed(_attack(), c, VD([ACCUSE], code="040"), Parts(), TEXT) == []


def test_transformed_underscore_rule_needs_a_clause_without_its_own_subject():
    threat = pt.Transform("a", "_", "b", "190", "010", "a", "b", "138", 1)
    _, c = _clause(own_subject=True)
    assert pt.transformed(_attack(source=("r",), target=("u",)), c, VD([threat]), Parts(), TEXT) == []
    _, c = _clause(own_subject=False)
    (made,) = pt.transformed(_attack(source=("r",), target=("u",)), c, VD([threat]), Parts(), TEXT)
    assert (made.cameo, made.source, made.target) == ("138", ["r"], ["u"])


# ---- parsing


BLOCKS = "--- SAY [010] ---\nSAY\n--- DEMAND [100] ---\nWANT [030]\n--- ATTACK [190] ---\nATTACK\n"


def _load(tmp_path, rule):
    f = tmp_path / "v.txt"
    f.write_text(BLOCKS + rule + "\n")
    return pv.load(f)


def test_parse_accepts_dot_and_underscore_after_the_equals_sign():
    assert pt.parse_transform("f", 4, "~ a (b . ATTACK) SAY = . _ 112") == (4, ("a", "b", ".", "ATTACK", "SAY", ".", "_", "112"))
    assert pt.parse_transform("f", 4, "~a(b c Q)SAY=a c ---")[1][-1] == "---"


def test_parse_rejects_a_letter_bound_only_after_the_equals_sign():
    with pytest.raises(InputError, match="'c' after = is not named"):
        pt.parse_transform("f", 4, "~ a (b . ATTACK) SAY = c b 112")


def test_verb_codes_form_code_before_block_code_and_the_last_word_of_a_compound(tmp_path):
    vd = _load(tmp_path, "~ a (_ b ATTACK) WANT = a b 138\n~ a (b . PLAN_ATTACK) Q = a b 112")
    assert [(t.lower_verb, t.upper_verb) for t in vd.transforms] == [("190", "030"), ("190", "Q")]


def test_covers_no_code_for_a_specific_rule():
    assert pt.covers("190", None) is False and pt.covers("---", None) is False


def test_an_unknown_upper_verb_names_file_and_line(tmp_path):
    with pytest.raises(InputError) as err:
        _load(tmp_path, "~ a (a b ATTACK) BOMB = a b 015")
    assert str(err.value) == f"{tmp_path / 'v.txt'}:7: transformation names verb 'BOMB', which no verb block lists"



def test_an_unbound_source_or_target_is_no_actor():
    _, c = _clause()
    (made,) = pt.transformed(_attack(), c, VD([pt.Transform("a", "b", ".", "190", "010", ".", "b", "112", 1)]), Parts(), TEXT)
    assert (made.source, made.target) == ([], ["u"])
    (made,) = pt.transformed(_attack(), c, VD([pt.Transform("a", "b", ".", "190", "010", "a", "_", "112", 1)]), Parts(), TEXT)
    assert (made.source, made.target) == (["r"], [])
