"""Session 49, s49-mutsplit: tests that kill the mutants of the functions s49-splitmisc split out of
acled._category (docs/testing.md, "Session 49, s49-mutsplit"). Hand-built inputs and own words only; the
helpers each function calls are stubbed so that each test asks one decision of the function itself."""

from types import SimpleNamespace as NS

import pytest

from newsgraph.events import acled

S = acled.STRATEGIC


def _span(text, start=0):
    return NS(text=text, start=start, end=start + len(text))


def _ev(type_="ASSAULT", mode=None, trigger="attacked", evidence="Rebels attacked the town.", cameo=None):
    ev_span = _span(evidence) if evidence is not None else None
    trig = None
    if trigger is not None:
        at = evidence.find(trigger) if evidence else 0
        trig = _span(trigger, max(at, 0))
    return NS(type=type_, mode=mode, trigger=trig, evidence=ev_span, cameo=cameo)


class _FakeSides:
    def __init__(self, src_armed=False, tgt_armed=False, protesters=False):
        self._src, self._tgt, self._prot = src_armed, tgt_armed, protesters

    def src_armed(self):
        return self._src

    def tgt_armed(self):
        return self._tgt

    def src(self, sectors, words):
        self.asked = (sectors, words)
        return self._prot


# ------------------------------------------------------------------------------------------- _category


@pytest.fixture
def dispatch(monkeypatch):
    """_category with every gate off and each type's function replaced by one that says who was asked with what."""
    calls = {}
    for gate in ("not_physical", "_natural_doer", "_court_step", "_figurative_taking"):
        monkeypatch.setattr(acled, gate, lambda ev: ev is None)  # (each stub answers wrongly if not handed the event)
    monkeypatch.setattr(acled, "_demonstration_told_by_its_act", lambda ev, doc: ev is None)
    monkeypatch.setattr(acled, "_without_times", lambda evidence, doc: "<" + evidence.text + ">" if doc == "DOC" else "?")
    monkeypatch.setattr(acled, "_Sides", lambda ev, doc: "SIDES" if ev is not None and doc == "DOC" else "?")

    def record(name):
        def f(*args):
            calls[name] = args
            return (name, "x")
        return f

    for name in ("_assault_category", "_protest_category", "_coerce", "_mobilize_category",
                 "_agreement_category", "_protest"):
        monkeypatch.setattr(acled, name, record(name))
    monkeypatch.setattr(acled, "_retreat_category", lambda *a: calls.setdefault("_retreat_category", a) and None)
    return calls


@pytest.mark.parametrize("gate", ["not_physical", "_natural_doer", "_court_step", "_figurative_taking"])
def test_category_each_gate_alone_says_none(dispatch, monkeypatch, gate):
    monkeypatch.setattr(acled, gate, lambda ev: True)
    assert acled._category(_ev(), "DOC") is None
    assert dispatch == {}


def test_category_a_demonstration_told_by_its_act_is_coded_as_a_protest(dispatch, monkeypatch):
    monkeypatch.setattr(acled, "_demonstration_told_by_its_act", lambda ev, doc: ev is not None and doc == "DOC")
    ev = _ev(type_="REQUEST", trigger="demand", evidence="Crowds gathered to demand bread.")
    assert acled._category(ev, "DOC") == ("_protest", "x")
    assert dispatch["_protest"] == (ev, "<Crowds gathered to demand bread.>", "SIDES")


def test_category_a_type_acled_does_not_code_is_none(dispatch):
    assert acled._category(_ev(type_="PRAISE"), "DOC") is None
    assert dispatch == {}


def test_category_assault_gets_sentence_trigger_sides_and_both_trigger_lists(dispatch):
    ev = _ev()
    got = acled._category(ev, "DOC", [(1, 2)], [(3, 4)])
    assert got == ("_assault_category", "x")
    assert dispatch["_assault_category"] == (ev, "DOC", "<Rebels attacked the town.>", "attacked", "SIDES",
                                             [(1, 2)], [(3, 4)])


def test_category_protest(dispatch):
    ev = _ev(type_="PROTEST", trigger="marched", evidence="Students marched.")
    assert acled._category(ev, "DOC", [(1, 2)], [(3, 4)]) == ("_protest_category", "x")
    assert dispatch["_protest_category"] == (ev, "<Students marched.>", "marched", "SIDES", [(1, 2)], [(3, 4)])


def test_category_coerce(dispatch):
    ev = _ev(type_="COERCE", trigger="arrested", evidence="Police arrested him.")
    assert acled._category(ev, "DOC") == ("_coerce", "x")
    assert dispatch["_coerce"] == (ev, "<Police arrested him.>", "arrested", "SIDES", "DOC")


def test_category_mobilize(dispatch):
    ev = _ev(type_="MOBILIZE", trigger="deployed", evidence="The army deployed troops.")
    assert acled._category(ev, "DOC") == ("_mobilize_category", "x")
    assert dispatch["_mobilize_category"] == ("<The army deployed troops.>", "deployed", "SIDES")


def test_category_retreat_found_is_returned(dispatch, monkeypatch):
    monkeypatch.setattr(acled, "_retreat_category", lambda *a: (S, "Agreement"))
    assert acled._category(_ev(type_="RETREAT"), "DOC") == (S, "Agreement")
    assert "_agreement_category" not in dispatch


def test_category_retreat_not_found_asks_the_agreement_words(dispatch):
    ev = _ev(type_="RETREAT", trigger="pulled", evidence="They pulled out.")
    assert acled._category(ev, "DOC") == ("_agreement_category", "x")
    assert dispatch["_retreat_category"] == (ev, "<They pulled out.>", "pulled", "SIDES")
    assert dispatch["_agreement_category"] == (ev, "<They pulled out.>", "pulled", "SIDES")


def test_category_other_acled_type_asks_the_agreement_words_only(dispatch):
    ev = _ev(type_="AGREE", trigger="agreed", evidence="They agreed.")
    assert acled._category(ev, "DOC") == ("_agreement_category", "x")
    assert "_retreat_category" not in dispatch


def test_category_no_evidence_and_no_trigger_give_empty_strings(dispatch):
    ev = NS(type="AGREE", mode=None, trigger=None, evidence=None, cameo=None)
    acled._category(ev, "DOC")
    assert dispatch["_agreement_category"] == (ev, "", "", "SIDES")


# -------------------------------------------------------------------------- _demonstration_told_by_its_act


@pytest.mark.parametrize("type_, voiced, want", [
    ("REQUEST", True, True), ("ACCUSE", True, True), ("REQUEST", False, False), ("ACCUSE", False, False),
    ("THREATEN", True, False),
])
def test_demonstration_told_by_a_gathering_s_demand(monkeypatch, type_, voiced, want):
    monkeypatch.setattr(acled, "_voiced_by_a_gathering", lambda ev: voiced and ev is not None)
    monkeypatch.setattr(acled, "_Sides", lambda ev, doc: _FakeSides())
    assert acled._demonstration_told_by_its_act(_ev(type_=type_), None) is want


@pytest.mark.parametrize("type_, mode, protesters, want", [
    ("CONSULT", "visit", True, True), ("CONSULT", "visit", False, False), ("CONSULT", "meet", True, False),
    ("AID", "visit", True, False),
])
def test_demonstration_told_by_protesters_visiting(monkeypatch, type_, mode, protesters, want):
    monkeypatch.setattr(acled, "_voiced_by_a_gathering", lambda ev: True)
    sides = _FakeSides(protesters=protesters)
    monkeypatch.setattr(acled, "_Sides", lambda ev, doc: sides if ev is not None and doc == "DOC" else _FakeSides())
    got = acled._demonstration_told_by_its_act(_ev(type_=type_, mode=mode), "DOC")
    assert got is want
    if type_ == "CONSULT" and mode == "visit":
        assert sides.asked == (frozenset(), acled.PROTESTERS)


# ------------------------------------------------------------------------------------------ _assault_category


@pytest.fixture
def assault(monkeypatch):
    monkeypatch.setattr(acled, "_before", lambda ev: "" if ev is not None else "a test-")
    monkeypatch.setattr(acled, "_on_computers", lambda ev, s: False)
    monkeypatch.setattr(acled, "_animals_harmed", lambda ev, s, sides: False)
    monkeypatch.setattr(acled, "_quarrel_of_persons", lambda ev, doc, s, t, sides: False)
    monkeypatch.setattr(acled, "_assault", lambda *a: ("ASSAULT", a))


def test_assault_category_a_coup_is_a_strategic_development(assault):
    assert acled._assault_category(_ev(), None, "s", "staged a coup", None, (), ()) == (S, "Other")


def test_assault_category_a_weapons_test_strikes_no_one(assault, monkeypatch):
    monkeypatch.setattr(acled, "_before", lambda ev: "The navy test-")
    assert acled._assault_category(_ev(), None, "s", "fired", None, (), ()) is None


@pytest.mark.parametrize("helper", ["_on_computers", "_animals_harmed", "_quarrel_of_persons"])
def test_assault_category_no_one_acled_counts_is_struck(assault, monkeypatch, helper):
    monkeypatch.setattr(acled, helper, lambda *a: True)
    assert acled._assault_category(_ev(), None, "s", "attacked", None, (), ()) is None


def test_assault_category_passes_its_arguments_on(assault, monkeypatch):
    seen = {}
    monkeypatch.setattr(acled, "_on_computers", lambda ev, s: seen.setdefault("c", (ev, s)) and False)
    monkeypatch.setattr(acled, "_animals_harmed", lambda ev, s, sides: seen.setdefault("a", (ev, s, sides)) and False)
    monkeypatch.setattr(acled, "_quarrel_of_persons",
                        lambda ev, doc, s, t, sides: seen.setdefault("q", (ev, doc, s, t, sides)) and False)
    ev = _ev()
    got = acled._assault_category(ev, "DOC", "SENT", "attacked", "SIDES", "O", "R")
    assert got == ("ASSAULT", (ev, "SENT", "attacked", "SIDES", "O", "R"))
    assert seen == {"c": (ev, "SENT"), "a": (ev, "SENT", "SIDES"), "q": (ev, "DOC", "SENT", "attacked", "SIDES")}


# ----------------------------------------------------------------------------------------- _protest_category


@pytest.fixture
def protest(monkeypatch):
    monkeypatch.setattr(acled, "_assault", lambda *a: ("ASSAULT", a))
    monkeypatch.setattr(acled, "_protest", lambda *a: ("PROTEST", a))
    monkeypatch.setattr(acled, "_own_clause", lambda ev, s, others: "CLAUSE:" + s if ev and others == "O" else "?")
    monkeypatch.setattr(acled, "_weapon", lambda mode, s: None)


@pytest.mark.parametrize("mode, trigger, armed, want", [
    ("strike", "struck", True, "ASSAULT"), ("strike", "struck", False, "PROTEST"),
    ("strike", "walked out", True, "PROTEST"), ("march", "struck", True, "PROTEST"),
])
def test_protest_category_armed_men_striking_attack(protest, mode, trigger, armed, want):
    ev = _ev(type_="PROTEST", mode=mode, trigger=trigger, evidence="x " + trigger + " y")
    got = acled._protest_category(ev, "SENT", trigger, _FakeSides(src_armed=armed), "O", "R")
    assert got[0] == want


def test_protest_category_a_weapon_in_its_clause_makes_a_strike_an_attack(protest, monkeypatch):
    seen = []
    monkeypatch.setattr(acled, "_weapon", lambda mode, s: seen.append((mode, s)) or "missile")
    ev = _ev(type_="PROTEST", mode="strike", trigger="struck", evidence="Missiles struck the port.")
    sides = _FakeSides()
    got = acled._protest_category(ev, "SENT", "struck", sides, "O", "R")
    assert got == ("ASSAULT", (ev, "SENT", "struck", sides, "O", "R"))
    assert seen == [(None, "CLAUSE:SENT")]


@pytest.mark.parametrize("mode, after, want", [
    ("obstruct", " himself in a barn.", None), ("obstruct", " the road.", "PROTEST"),
    ("occupy", " himself in a barn.", "PROTEST"),
])
def test_protest_category_one_who_barricaded_himself_in_blocks_no_one(protest, mode, after, want):
    sentence = "A man barricaded" + after
    ev = _ev(type_="PROTEST", mode=mode, trigger="barricaded", evidence=sentence)
    got = acled._protest_category(ev, sentence, "barricaded", _FakeSides(), (), ())
    assert (got and got[0]) == want


def test_protest_category_otherwise_a_demonstration(protest):
    ev = _ev(type_="PROTEST", mode="march", trigger="marched", evidence="They marched.")
    sides = _FakeSides()
    assert acled._protest_category(ev, "SENT", "marched", sides, (), ()) == ("PROTEST", (ev, "SENT", sides))


# ----------------------------------------------------------------------------------------- _retreat_category


@pytest.mark.parametrize("cameo, want", [("0871", (S, "Agreement")), ("08711", (S, "Agreement")),
                                         ("0872", None), (None, None), ("10871", None)])
def test_retreat_category_a_truce_by_its_cameo_code(cameo, want):
    ev = _ev(type_="RETREAT", mode="other", trigger="halted", evidence="They halted.", cameo=cameo)
    assert acled._retreat_category(ev, "They halted.", "halted", _FakeSides()) == want


@pytest.mark.parametrize("mode, armed, sentence, want", [
    ("withdraw", True, "They left.", "Non-violent transfer of territory"),
    (None, True, "They left.", "Non-violent transfer of territory"),
    ("withdraw", False, "They left the base.", "Non-violent transfer of territory"),
    ("withdraw", False, "They left the town.", "Non-violent transfer of territory"),
    ("withdraw", False, "They left the talks.", None),
    ("resign", True, "They left.", None),
])
def test_retreat_category_territory_handed_over(mode, armed, sentence, want):
    ev = _ev(type_="RETREAT", mode=mode, trigger="left", evidence=sentence)
    got = acled._retreat_category(ev, sentence, "left", _FakeSides(src_armed=armed))
    assert (got and got[1]) == want
    if want:
        assert got[0] == S


@pytest.mark.parametrize("mode, trigger, sentence, want", [
    ("ceasefire", "halted", "They halted.", "Agreement"),
    ("release", "exchanged", "They exchanged prisoners.", "Agreement"),
    ("release", "SWAPPED", "They SWAPPED prisoners.", "Agreement"),
    ("release", "freed", "They freed ten men in exchange for food.", "Agreement"),
    ("release", "freed", "They freed ten men.", None),
    ("free", "exchanged", "They exchanged prisoners.", None),
    ("disarm", "laid", "They laid down arms.", "Change to group/activity"),
])
def test_retreat_category_truce_exchange_and_disarmament(mode, trigger, sentence, want):
    ev = _ev(type_="RETREAT", mode=mode, trigger=trigger, evidence=sentence)
    got = acled._retreat_category(ev, sentence, trigger, _FakeSides())
    assert (got and got[1]) == want
    if want:
        assert got[0] == S


# --------------------------------------------------------------------------------------- _agreement_category


@pytest.fixture
def agreement(monkeypatch):
    monkeypatch.setattr(acled, "_stretch", lambda ev, s: s if ev is not None else "")


@pytest.mark.parametrize("type_, sentence, trigger, src, tgt, two, want", [
    ("SUPPORT", "They signed a ceasefire.", "signed", False, False, True, True),
    ("SUPPORT", "They signed it.", "truce", False, False, True, True),
    ("SUPPORT", "They signed it.", "deal", True, False, True, True),
    ("SUPPORT", "They signed it.", "deal", False, True, True, True),
    ("SUPPORT", "They signed it.", "deal", False, False, True, False),
    ("SUPPORT", "They signed it.", "signed", True, True, True, False),
    ("AGREE", "They agreed to end the fighting.", "agreed", False, False, True, True),
    ("AGREE", "They agreed to end the fighting.", "agreed", False, False, False, False),
    ("SUPPORT", "They agreed to end the fighting.", "agreed", False, False, True, False),
    ("AGREE", "They agreed to a trade plan.", "agreed", False, False, True, False),
])
def test_agreement_category(agreement, monkeypatch, type_, sentence, trigger, src, tgt, two, want):
    monkeypatch.setattr(acled, "_two_parties", lambda ev, s: two and ev is not None and s == sentence)
    ev = _ev(type_=type_, trigger=trigger, evidence=sentence if trigger in sentence else sentence + " " + trigger)
    got = acled._agreement_category(ev, sentence, trigger, _FakeSides(src_armed=src, tgt_armed=tgt))
    assert got == ((S, "Agreement") if want else None)


def test_agreement_category_reads_the_stretch_not_the_whole_sentence(agreement, monkeypatch):
    monkeypatch.setattr(acled, "_stretch", lambda ev, s: "nothing here")
    ev = _ev(type_="SUPPORT", trigger="signed", evidence="They signed a ceasefire.")
    assert acled._agreement_category(ev, "They signed a ceasefire.", "signed", _FakeSides()) is None
