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


# ============================================================================ coder: choose_sense and its parts

from newsgraph.events import coder  # noqa: E402
from newsgraph.events.lexicon import Sense  # noqa: E402


def _tok(lemma="x", dep="", children=(), pos="NOUN", lower=None):
    return NS(lemma_=lemma, lower_=lower if lower is not None else lemma.lower(), dep_=dep,
              children=list(children), pos_=pos, tag_="")


def _sense(**kw):
    kw.setdefault("type", "ASSAULT")
    return Sense(cameo="190", **kw)


@pytest.fixture
def senses(monkeypatch):
    """choose_sense with each condition read from the sense's mode: 'f' fails the frame, 'd' the doer, 'u' the
    undergoer; a governor fits only the governor word "gov"."""
    made = []
    monkeypatch.setattr(coder, "_VerbFacts", lambda tok, parts: made.append((tok, parts)) or "FACTS")
    monkeypatch.setattr(coder, "_frame_fits", lambda s, f: f == "FACTS" and "f" not in s.mode)
    monkeypatch.setattr(coder, "governed_by", lambda tok, gov: tok == "TOK" and "gov" in gov)
    monkeypatch.setattr(coder, "_doer_fits", lambda s, f: f == "FACTS" and "d" not in s.mode)
    monkeypatch.setattr(coder, "_undergoer_fits", lambda s, tok, parts: tok == "TOK" and parts == "P"
                        and "u" not in s.mode)
    return made


@pytest.mark.parametrize("modes, want", [
    (["-"], 0), (["f", "-"], 1), (["d", "-"], 1), (["u", "-"], 1), (["f", "d", "u"], None), ([], None),
    (["-", "-"], 0),
])
def test_choose_sense_first_sense_meeting_every_condition(senses, modes, want):
    ss = [_sense(mode=m) for m in modes]
    got = coder.choose_sense(ss, "TOK", "P")
    assert got is (None if want is None else ss[want])
    assert senses == [("TOK", "P")]


@pytest.mark.parametrize("governor, want", [(frozenset({"gov"}), True), (frozenset({"other"}), False)])
def test_choose_sense_asks_its_governor(senses, governor, want):
    s = _sense(mode="-", governor=governor)
    assert (coder.choose_sense([s], "TOK", "P") is s) is want


@pytest.fixture
def doers(monkeypatch):
    def set_(passive, agents_of=None, subjects=()):
        monkeypatch.setattr(coder, "is_passive", lambda tok: passive and tok is not None)
        monkeypatch.setattr(coder, "pobjs", lambda a: (agents_of or {}).get(id(a), []))
        monkeypatch.setattr(coder, "subjects", lambda tok: list(subjects) if tok is not None else [])
    return set_


def test_doer_lemmas_a_passive_s_agent(doers):
    police = _tok("Police")
    agent = _tok("by", dep="agent")
    doers(True, {id(agent): [police]}, subjects=[_tok("suspect")])
    verb = _tok("capture", children=[_tok("it", dep="dobj"), agent])
    assert coder._doer_lemmas(verb) == {"police"}


def test_doer_lemmas_a_passive_with_no_agent_or_an_active_verb_read_the_subject(doers):
    agent = _tok("by", dep="prep")
    doers(True, {id(agent): [_tok("police")]}, subjects=[_tok("Troops")])
    verb = _tok("capture", children=[agent])
    assert coder._doer_lemmas(verb) == {"troops", "troop"}
    agent = _tok("by", dep="agent")  # (an active verb's agent-like child is no doer)
    doers(False, {id(agent): [_tok("police")]}, subjects=[_tok("Troops")])
    assert coder._doer_lemmas(_tok("capture", children=[agent])) == {"troops", "troop"}


def test_doer_lemmas_compounds_and_who_a_group_is_of(doers):
    kind = _tok("peacekeeping", dep="compound")
    troops = _tok("troops", dep="pobj", children=[kind, _tok("Fresh", dep="amod")])
    of = _tok("of", dep="prep", children=[troops, _tok("the", dep="det")])
    at = _tok("at", dep="prep", children=[_tok("dawn", dep="pobj")])
    into = _tok("OF", dep="pcomp", lower="of", children=[_tok("men", dep="pobj")])
    batch = _tok("batch", children=[_tok("Army", dep="compound"), _tok("first", dep="amod"), of, at, into])
    doers(False, subjects=[batch])
    assert coder._doer_lemmas(_tok("arrive")) == {"batch", "army", "troops", "troop", "peacekeeping"}


@pytest.mark.parametrize("lemma, want", [
    ("forces", {"forces", "force"}), ("Arms", {"arms", "arm"}), ("boss", {"boss"}), ("rebels", {"rebels", "rebel"}),
    ("bus", {"bus"}),
])
def test_doer_lemmas_a_plural_name_keeps_its_singular_too(doers, lemma, want):
    doers(False, subjects=[_tok(lemma)])
    assert coder._doer_lemmas(_tok("fight")) == want


class _Parts:
    def __init__(self, actors=()):
        self.actors = list(actors)

    def is_actor(self, tok):
        return any(tok is a for a in self.actors)


@pytest.fixture
def undergoer(monkeypatch):
    for name, value in (("undergoers", []), ("_controlled", []), ("_prep_object", [])):
        monkeypatch.setattr(coder, name, (lambda v: lambda *a: list(v))(value))
    monkeypatch.setattr(coder, "_on_a_person", lambda s: False)
    monkeypatch.setattr(coder, "_person_pronoun", lambda t: False)
    monkeypatch.setattr(coder, "people_object", lambda tok, parts: False)
    monkeypatch.setattr(coder, "_meets_someone", lambda tok, parts: False)
    return monkeypatch


@pytest.mark.parametrize("dep, want", [(d, False) for d in ("dobj", "xcomp", "ccomp", "attr", "dative", "oprd")]
                         + [("prep", True), ("advmod", True)])
def test_undergoer_fits_an_intransitive_sense_takes_no_complement(undergoer, dep, want):
    verb = _tok("quit", children=[_tok("y", dep=dep)], pos="VERB")
    assert coder._undergoer_fits(_sense(intransitive=True), verb, _Parts()) is want
    assert coder._undergoer_fits(_sense(), verb, _Parts()) is True


def test_undergoer_fits_an_entity_object_from_each_source(undergoer):
    who = _tok("rebel")
    s = _sense(entity_object=True, prep=frozenset({"on"}))
    verb = _tok("fire", children=[_tok("it", dep="advmod")])
    assert coder._undergoer_fits(s, verb, _Parts([who])) is False  # no object at all
    for dep in ("dobj", "nsubjpass"):
        obj = _tok("rebel", dep=dep)
        assert coder._undergoer_fits(s, _tok("fire", children=[_tok("z", dep="advmod"), obj]), _Parts()) is False
    obj = _tok("rebel", dep="dobj")
    assert coder._undergoer_fits(s, _tok("fire", children=[_tok("z", dep="advmod"), obj]), _Parts([obj])) is True
    obj = _tok("rebel", dep="nsubjpass")
    assert coder._undergoer_fits(s, _tok("fire", children=[_tok("z", dep="advmod"), obj]), _Parts([obj])) is True
    seen = []
    undergoer.setattr(coder, "undergoers", lambda tok: seen.append(("u", tok)) or [who])
    assert coder._undergoer_fits(s, verb, _Parts([who])) is True
    undergoer.setattr(coder, "undergoers", lambda tok: [])
    undergoer.setattr(coder, "_controlled", lambda tok: seen.append(("c", tok)) or [who])
    assert coder._undergoer_fits(s, verb, _Parts([who])) is True
    undergoer.setattr(coder, "_controlled", lambda tok: [])
    undergoer.setattr(coder, "_prep_object", lambda tok, prep: seen.append(("p", tok, prep)) or [who, _tok("b")])
    assert coder._undergoer_fits(s, verb, _Parts([who])) is True
    assert seen == [("u", verb), ("c", verb), ("p", verb, frozenset({"on"}))]


@pytest.mark.parametrize("on_person, pronoun, want", [(True, True, True), (True, False, False), (False, True, False)])
def test_undergoer_fits_a_pronoun_is_the_victim_only_of_an_act_on_a_person(undergoer, on_person, pronoun, want):
    her = _tok("she")
    s = _sense(entity_object=True)
    undergoer.setattr(coder, "undergoers", lambda tok: [her])
    undergoer.setattr(coder, "_on_a_person", lambda sense: on_person and sense is s)
    undergoer.setattr(coder, "_person_pronoun", lambda t: pronoun and t is her)
    assert coder._undergoer_fits(s, _tok("shoot"), _Parts()) is want


@pytest.mark.parametrize("person_object, people, want", [(True, True, True), (True, False, False), (False, False, True)])
def test_undergoer_fits_a_person_object(undergoer, person_object, people, want):
    verb, parts = _tok("hold"), _Parts()
    undergoer.setattr(coder, "people_object", lambda tok, p: people and tok is verb and p is parts)
    assert coder._undergoer_fits(_sense(person_object=person_object), verb, parts) is want


@pytest.mark.parametrize("kw, pos, meets, want", [
    (dict(type="CONSULT", reverse="same"), "VERB", False, False),
    (dict(type="CONSULT", reverse="same"), "VERB", True, True),
    (dict(type="CONSULT", reverse="same"), "NOUN", False, True),
    (dict(type="CONSULT", reverse="same", object=frozenset({"talk"})), "VERB", False, True),
    (dict(type="CONSULT", reverse="042"), "VERB", False, True),
    (dict(type="ASSAULT", reverse="same"), "VERB", False, True),
])
def test_undergoer_fits_a_meeting_verb_meets_someone(undergoer, kw, pos, meets, want):
    verb, parts = _tok("meet", pos=pos), _Parts()
    undergoer.setattr(coder, "_meets_someone", lambda tok, p: meets and tok is verb and p is parts)
    assert coder._undergoer_fits(_sense(**kw), verb, parts) is want


# ============================================================================ nominals: _group_nominal and its parts

from newsgraph.actors import nominals  # noqa: E402


class _Cluster:
    def __init__(self, sector=None, kb=None):
        self.mentions, self.sector, self.kb, self.attrs, self.sets = [], sector, kb, {}, []

    def set(self, **kw):
        self.sets.append(kw)


class _Ctx:
    def __init__(self, **kw):
        self.made = {}
        self.__dict__.update(kw)

    def cluster_for(self, key, label):
        return self.made.setdefault((key, label), _Cluster())


def _nrole(cls="org", sector="GOV", phrase="government", code=None, role="government"):
    return NS(cls=cls, sector=sector, phrase=phrase, code=code, role=role)


def _nmods(**kw):
    base = dict(former=False, org=None, definite=True, pronoun=None, person=None, country=None, identity=None,
                foreign=None)
    base.update(kw)
    return NS(**base)


@pytest.fixture
def group(monkeypatch):
    """_group_nominal with its parts stubbed: each says what it was handed in `log`."""
    log = []

    def whole(*parts):  # (a part handed None where the caller had it is a fault, not an answer)
        assert all(p is not None for p in parts)

    monkeypatch.setattr(nominals, "_no_one_group", lambda role, mods, country, plural:
                        whole(role, mods) or log.append(("no", country, plural)) or role.phrase == "none")
    monkeypatch.setattr(nominals, "_owner_asked_later", lambda ctx, m, role, mods, country, plural:
                        whole(ctx, role, mods) or log.append(("later", m, country, plural)) or role.phrase == "later")
    monkeypatch.setattr(nominals, "_group_country", lambda ctx, m, role, mods, country, plural:
                        whole(ctx, role, mods) or log.append(("country", m, country, plural))
                        or (mods.resolved, "B", "AB"))
    monkeypatch.setattr(nominals, "_joins_named_group", lambda ctx, m, role, mods, iso2, plural, s:
                        whole(ctx, role, mods) or log.append(("joins", m, iso2, plural, s)) or role.role == "joins")
    monkeypatch.setattr(nominals, "_new_group", lambda ctx, m, role, mods, country, basis, abroad, s:
                        whole(ctx, role, mods) or log.append(("new", m, country, basis, abroad, s)))
    return log


@pytest.mark.parametrize("phrase", ["none", "later"])
def test_group_nominal_no_one_group_or_an_owner_asked_later_stops(group, phrase):
    ctx = _Ctx()
    nominals._group_nominal(ctx, "M", _nrole(phrase=phrase), _nmods(resolved="IRQ"), "C0", "IQ", False, 7)
    assert not any(e[0] in ("country", "new", "joins") for e in group) and ctx.made == {}
    assert group[0] == ("no", "C0", False)


def test_group_nominal_a_government_of_a_known_country(group):
    ctx, m = _Ctx(), "M"
    nominals._group_nominal(ctx, m, _nrole(), _nmods(resolved="IRQ"), "C0", "IQ", False, 7)
    c = ctx.made[(("GOVT", "IRQ", "GOV"), "ORG")]
    assert c.mentions == [m] and c.sets == [dict(country="IRQ", sector="GOV", role="government")]
    assert group == [("no", "C0", False), ("later", m, "C0", False), ("country", m, "C0", False)]


@pytest.mark.parametrize("phrase, sector, resolved, plural, want", [
    ("government", "GOV", "IRQ", True, "none"),        # "previous governments"
    ("authorities", "GOV", "IRQ", True, "group"),
    ("government", "GOV", None, False, "group"),
    ("government", "MIL", "IRQ", False, "group"),
    ("army", "GOV", "IRQ", False, "group"),
])
def test_group_nominal_which_government_words_make_one_actor(group, phrase, sector, resolved, plural, want):
    ctx = _Ctx()
    nominals._group_nominal(ctx, "M", _nrole(phrase=phrase, sector=sector), _nmods(resolved=resolved), "C0", "IQ",
                            plural, 7)
    assert ctx.made == {}
    asked = [e for e in group if e[0] in ("joins", "new")]
    assert asked == ([] if want == "none" else [("joins", "M", "IQ", plural, 7), ("new", "M", resolved, "B", "AB", 7)])


def test_group_nominal_joins_a_named_group_or_makes_its_own(group):
    nominals._group_nominal(_Ctx(), "M", _nrole(phrase="army", role="joins"), _nmods(resolved="X"), None, "IQ",
                            True, 7)
    assert [e[0] for e in group] == ["no", "later", "country", "joins"]


@pytest.mark.parametrize("definite, pronoun, plural, cls, asks", [
    (True, None, True, "group", True), (True, None, False, "org", True), (True, None, False, "group", False),
    (False, None, True, "group", False), (True, 3, True, "group", False),
])
def test_joins_named_group_only_a_definite_group_noun(monkeypatch, definite, pronoun, plural, cls, asks):
    named = _Cluster()
    seen = []
    monkeypatch.setattr(nominals, "named_group", lambda clusters, role, country, s, latest:
                        seen.append((clusters, country, s, latest)) or (named if role is not None else None))
    ctx = _Ctx(clusters="CL")
    got = nominals._joins_named_group(ctx, "M", _nrole(cls=cls, sector="-"), _nmods(definite=definite,
                                      pronoun=pronoun), "IQ", plural, 9)
    assert got is asks
    assert seen == ([("CL", "IQ", 9, not plural)] if asks else [])
    assert named.mentions == (["M"] if asks else [])


def test_joins_named_group_prefers_the_word_s_country_and_may_find_none(monkeypatch):
    seen = []
    monkeypatch.setattr(nominals, "named_group", lambda clusters, role, country, s, latest: seen.append(country))
    assert nominals._joins_named_group(_Ctx(clusters=[]), "M", _nrole(cls="group"), _nmods(country="YE"), "IQ",
                                       True, 1) is False
    assert seen == ["YE"]


@pytest.mark.parametrize("sector, named_sector, kb, sets", [
    ("BUS", None, None, [dict(sector="BUS")]), ("-", None, None, []), ("BUS", "GOV", None, []),
    ("BUS", None, "Q1", []),
])
def test_joins_named_group_gives_a_sectorless_group_its_sector(monkeypatch, sector, named_sector, kb, sets):
    named = _Cluster(sector=named_sector, kb=kb)
    monkeypatch.setattr(nominals, "named_group", lambda *a, **k: named)
    assert nominals._joins_named_group(_Ctx(clusters=[]), "M", _nrole(cls="group", sector=sector), _nmods(),
                                       None, True, 1) is True
    assert named.sets == sets


@pytest.fixture
def owner(monkeypatch):
    """_group_country with its signs stubbed; `signs` says which answer and what each was handed."""
    signs = dict(sent=None, abroad=False, named_people=False, fled="FLED", residence="RES", partner=None,
                 acts="ACTS")
    asked = []

    def stub(name, value_key, check):
        def f(*args):
            assert check(*args)
            asked.append(name)
            return signs[value_key]
        monkeypatch.setattr(nominals, name, f)

    stub("_sent_by", "sent", lambda ctx, m: ctx.ok and m == "M")
    stub("from_abroad", "abroad", lambda sd, foreign, j: sd == "SD" and foreign == "F" and j == 3)
    stub("_named_people", "named_people", lambda head: head == "HEAD")
    stub("fled_from", "fled", lambda ctx, head: ctx.ok and head == "HEAD")
    stub("residence", "residence", lambda ctx, m: ctx.ok and m == "M")
    stub("government_partner", "partner", lambda ctx, head: ctx.ok and head == "HEAD")
    stub("where_they_act", "acts", lambda ctx, m: ctx.ok and m == "M")
    return signs, asked


def _country_of(sector="MIL", cls="group", plural=True, country=None, org=None):
    ctx = NS(ok=True, sd=SDList(), focus_country="FOCUS")
    return nominals._group_country(ctx, _M, _nrole(cls=cls, sector=sector),
                                   _nmods(org=org, foreign="F"), country, plural)


class SDList:
    def __getitem__(self, i):
        assert i == 2
        return "HEAD"

    def __eq__(self, other):
        return other == "SD"


class _Mention(str):
    j = 3


_M = _Mention("M")


def test_group_country_from_abroad_is_no_one_s(owner):
    signs, asked = owner
    signs["abroad"] = True
    assert _country_of(sector="REB") == (None, "context", True)


def test_group_country_refugees_are_of_the_country_they_fled(owner):
    signs, _ = owner
    assert _country_of(sector="REF") == ("FLED", "context", False)
    signs["fled"] = None
    assert _country_of(sector="REF") == (None, "context", False)  # (no country, and no focus either)
    signs["named_people"] = True
    assert _country_of(sector="REF") == ("RES", "context", False)


def test_group_country_troops_sent_are_the_sender_s(owner):
    signs, _ = owner
    signs["sent"] = "KEN"
    assert _country_of() == ("KEN", "context", False)
    signs["sent"] = ""
    assert _country_of() == ("FOCUS", "article focus", False)


@pytest.mark.parametrize("cls, plural, want", [("group", True, "RES"), ("org", False, "RES"),
                                               ("group", False, "FOCUS")])
def test_group_country_where_a_group_is(owner, cls, plural, want):
    assert _country_of(cls=cls, plural=plural)[0] == want


@pytest.mark.parametrize("sector, partner, want", [("REB", "GP", "GP"), ("REB", None, "ACTS"), ("OPP", None, "ACTS"),
                                                   ("MIL", "GP", "FOCUS")])
def test_group_country_an_opposing_group_by_its_partner_or_where_it_acts(owner, sector, partner, want):
    signs, _ = owner
    signs["residence"] = None
    signs["partner"] = partner
    assert _country_of(sector=sector, plural=False)[0] == want


@pytest.mark.parametrize("sector, want", [("IGO", None), ("NGO", None), ("GOV", "FOCUS")])
def test_group_country_the_article_focus_but_not_for_an_international_body(owner, sector, want):
    signs, _ = owner
    signs["residence"] = None
    assert _country_of(sector=sector, plural=False) == (want, "article focus", False)


def test_group_country_a_word_of_its_own_or_an_org_asks_no_sign(owner):
    _, asked = owner
    assert _country_of(sector="REB", country="IRQ") == ("IRQ", "context", False)
    assert _country_of(sector="REB", org=5) == (None, "context", False)
    assert asked == ["_sent_by", "_sent_by"]


@pytest.fixture
def new_group(monkeypatch):
    log = []
    monkeypatch.setattr(nominals, "group_key", lambda country, role, identity, org:
                        ("K", country, role.role, identity, org))
    monkeypatch.setattr(nominals, "_set_agents", lambda ctx, c, i, s, role:
                        log.append(("agents", ctx.tag, c, i, s, role.role)))
    monkeypatch.setattr(nominals, "_coordinated_groups", lambda ctx, m, role, mods, c:
                        log.append(("groups", ctx.tag, m, role.role, mods.country, c)))
    monkeypatch.setattr(nominals, "_coordinated_of", lambda ctx, m, role, mods, c:
                        log.append(("of", ctx.tag, m, role.role, mods.country, c)))
    return log


def _new(role=None, mods=None, country="IRQ", basis="context", abroad=False, user_agents=(), s=4):
    ctx = _Ctx(tag="CTX", res=NS(user_agents=list(user_agents)))
    m = NS(i=11, tag="M")
    role = role or _nrole(cls="group", sector="MIL", role="army", code=None)
    nominals._new_group(ctx, m, role, mods or _nmods(), country, basis, abroad, s)
    (key, c), = ctx.made.items()
    return key, c, m


def test_new_group_its_own_cluster(new_group):
    key, c, m = _new(mods=_nmods(identity="SUN", former=True))
    assert key == (("K", "IRQ", "army", "SUN", None), "ORG")
    assert c.mentions == [m]
    assert c.sets == [dict(country="IRQ", sector="MIL", role="army", cls="group", former=True)]
    assert c.attrs == {"nominal": True, "identity": "SUN"}
    assert new_group == [("of", "CTX", m, "army", None, c)]


def test_new_group_from_abroad_is_a_group_of_its_own(new_group):
    key, c, _ = _new(country=None, abroad=True, basis="article focus")
    assert key == (("K", None, "army", None, None, "abroad"), "ORG")
    assert c.attrs == {"abroad": True, "nominal": True, "country_basis": "article focus"}


def test_new_group_with_no_country_keeps_the_body_or_the_leader_it_belongs_to(new_group):
    key, c, _ = _new(country=None, mods=_nmods(org="EU", person="HAFTAR"))
    assert key[0][-1] == "EU" and c.attrs["org_token"] == "EU"
    _, c, _ = _new(country=None, mods=_nmods(person="HAFTAR"))
    assert c.attrs["org_token"] == "HAFTAR"
    key, c, _ = _new(country="LBY", mods=_nmods(org="EU", person="HAFTAR"))
    assert key[0][-1] is None and "org_token" not in c.attrs


def test_new_group_sector_dash_is_none_and_agents_set_where_a_code_or_user_agents(new_group):
    role = _nrole(cls="group", sector="-", role="crowd", code="CVL")
    _, c, m = _new(role=role, s=6)
    assert c.sets[0]["sector"] is None
    assert new_group[0] == ("agents", "CTX", c, 11, 6, "crowd")
    new_group.clear()
    _new(user_agents=["x"], s=6)
    assert new_group[0][0] == "agents"
    new_group.clear()
    _new()
    assert [e[0] for e in new_group] == ["of"]


def test_new_group_a_country_word_asks_the_coordinated_groups(new_group):
    _, c, m = _new(mods=_nmods(country="IQ"))
    assert new_group == [("groups", "CTX", m, "army", "IQ", c)]


def test_new_group_nominal_is_set_only_if_unset(new_group, monkeypatch):
    monkeypatch.setattr(nominals, "_coordinated_of", lambda ctx, m, role, mods, c: None)
    ctx = _Ctx(tag="CTX", res=NS(user_agents=[]))
    c = ctx.cluster_for((("K", "IRQ", "army", None, None)), "ORG")
    c.attrs["nominal"] = False
    nominals._new_group(ctx, NS(i=1), _nrole(cls="group", sector="MIL", role="army"), _nmods(), "IRQ", "context",
                        False, 1)
    assert c.attrs["nominal"] is False


# ============================================================================ clusters: _place_or_people's parts

from newsgraph import metonymy  # noqa: E402
from newsgraph.actors import clusters  # noqa: E402
from newsgraph.actors import normalize as nz  # noqa: E402


class _Tables:
    def __init__(self, countries=None, regional=(), display=None, territories=None, capitals=None):
        self.countries, self.regional = countries or {}, set(regional)
        self.display, self.territories, self.capitals = display or {}, territories or {}, capitals or {}

    def country_of(self, text):
        return self.countries.get(text)

    def territory_of(self, bare):
        return self.territories.get(bare)


class _Sd(list):
    def __getitem__(self, k):
        if isinstance(k, slice):
            return NS(root=("ROOT", k.start, k.stop))
        return list.__getitem__(self, k)


def _word(text="the", lower=None, is_title=False, pos="DET", ent="", head_i=None, idx=0):
    return NS(text=text, lower_=lower if lower is not None else text.lower(), is_title=is_title, pos_=pos,
              ent_type_=ent, head=NS(i=head_i), idx=idx)


def _cctx(tables, words=(), text=""):
    ctx = _Ctx(tables=tables, sd=_Sd(words), text=text, person_mentions=[], clusters=[])
    return ctx


def _cm(text, label, i=1, sect="body", start=10):
    return NS(text=text, label=label, i=i, j=i + 1, sect=sect, start=start, end=start + len(text), kind="name")


@pytest.mark.parametrize("iso, terr, called", [("IQ", None, "country"), (None, "T", "territory"), (None, None, "identity")])
def test_place_or_people_asks_in_order(monkeypatch, iso, terr, called):
    seen = []
    monkeypatch.setattr(clusters, "_country_or_its_people", lambda ctx, m, i: ctx and seen.append(("country", m, i)))
    monkeypatch.setattr(clusters, "_territory_or_capital", lambda ctx, m, bare: ctx and (seen.append(("territory", m, bare))
                        or terr is not None))
    monkeypatch.setattr(clusters, "_identity_or_name", lambda ctx, m, bare: ctx and seen.append(("identity", m, bare)))
    m = _cm("the Place", "GPE")
    clusters._place_or_people(_cctx(_Tables(countries={"the Place": iso})), m, "Place")
    assert seen[-1][0] == called and seen[-1][1] is m
    assert seen[-1][2] == ("IQ" if called == "country" else "Place")


def test_country_or_its_people_an_ethnicity_is_coded_where_they_live(monkeypatch):
    monkeypatch.setattr(clusters, "residence", lambda ctx, m: "RS" if ctx and m.text == "Albanians" else None)
    ctx = _cctx(_Tables(), [_word("ethnic", lower="ethnic"), _word("Albanians")])
    m = _cm("Albanians", "NORP", i=1)
    clusters._country_or_its_people(ctx, m, "AL")
    (key, c), = ctx.made.items()
    assert key == (("ETHNIC", "AL", "RS"), "NORP") and c.mentions == [m] and c.attrs == {"ethnicity": "AL"}
    assert c.sets == [dict(country="RS")]
    monkeypatch.setattr(clusters, "residence", lambda ctx, m: None)
    ctx = _cctx(_Tables(), [_word("ethnic"), _word("Albanians")])
    clusters._country_or_its_people(ctx, m, "AL")
    (key, c), = ctx.made.items()
    assert key == (("ETHNIC", "AL", None), "NORP") and c.sets == []


@pytest.mark.parametrize("i, before, label, ethnic", [(0, "ethnic", "NORP", False), (1, "ETHNIC", "NORP", True),
                                                      (1, "the", "NORP", False), (1, "ethnic", "GPE", False)])
def test_country_or_its_people_ethnic_only_just_before_a_people_word(monkeypatch, i, before, label, ethnic):
    monkeypatch.setattr(clusters, "residence", lambda ctx, m: None)
    words = [_word(before), _word("Albanians")] if i else [_word("Albanians"), _word(before)]
    words[-1 if not i else 0] = _word(before, lower=before.lower())
    ctx = _cctx(_Tables(display={"AL": "Albania"}), words)
    clusters._country_or_its_people(ctx, _cm("Albanians", label, i=i), "AL")
    (key, _), = ctx.made.items()
    assert (key[0][0] == "ETHNIC") is ethnic


def test_country_or_its_people_a_nation_s_people_and_a_region_s(monkeypatch):
    ctx = _cctx(_Tables(regional={"South Ossetian"}), [_word("the"), _word("x")])
    m = _cm("Georgian", "NORP")
    clusters._country_or_its_people(ctx, m, "GE")
    m2 = _cm("South Ossetian", "NORP")
    clusters._country_or_its_people(ctx, m2, "GE")
    assert ctx.made[(("NORP", "GE", None), "NORP")].mentions == [m]
    assert ctx.made[(("NORP", "GE", "South Ossetian"), "NORP")].mentions == [m2]
    assert all(c.sets == [dict(country="GE")] for c in ctx.made.values())


def test_country_or_its_people_the_country_itself(monkeypatch):
    ctx = _cctx(_Tables(display={"IQ": "Iraq"}), [_word("in"), _word("Iraq")])
    m = _cm("Iraq", "GPE")
    clusters._country_or_its_people(ctx, m, "IQ")
    c = ctx.made[(("GPE", "IQ"), "GPE")]
    assert c.mentions == [m] and c.sets == [dict(country="IQ")] and c.name == "Iraq"


def test_territory_or_capital_a_territory(monkeypatch):
    for label, want in (("GPE", True), ("LOC", True), ("NORP", False)):
        ctx = _cctx(_Tables(territories={"Gaza": "PS"}))
        m = _cm("Gaza", label)
        assert clusters._territory_or_capital(ctx, m, "Gaza") is want
        if want:
            c = ctx.made[(("PLACE", nz.key("Gaza")), "GPE")]
            assert c.mentions == [m] and c.attrs == {"territory_of": "PS"}
        else:
            assert ctx.made == {}


def test_territory_or_capital_not_a_capital_or_not_a_gpe(monkeypatch):
    assert clusters._territory_or_capital(_cctx(_Tables()), _cm("Nowhere", "GPE"), "Nowhere") is False
    assert clusters._territory_or_capital(_cctx(_Tables(capitals={"Kabul": "AF"})), _cm("Kabul", "LOC"),
                                          "Kabul") is False


@pytest.fixture
def capital(monkeypatch):
    asked = []
    monkeypatch.setattr(metonymy, "is_agent", lambda tok, default: asked.append((tok, default)) or tok[0] == "ROOT"
                        and tok[1] == 2 and tok[2] == 3)
    return asked


def test_territory_or_capital_a_capital_that_acts_is_its_government(capital):
    ctx = _cctx(_Tables(capitals={"Kabul": "AF"}), [_word("x"), _word("the"), _word("Kabul")])
    m = _cm("Kabul", "GPE", i=2)
    assert clusters._territory_or_capital(ctx, m, "Kabul") is True
    c = ctx.made[(("GOVT", "AF", "GOV"), "ORG")]
    assert m.kind == "metonym" and c.mentions == [m] and c.sets == [dict(country="AF", sector="GOV", role="government")]
    assert capital == [(("ROOT", 2, 3), False)]


@pytest.mark.parametrize("sect, i", [("dateline", 2), ("body", 1)])
def test_territory_or_capital_else_a_place(capital, sect, i):
    ctx = _cctx(_Tables(capitals={"Kabul": "AF"}), [_word("x"), _word("the"), _word("Kabul")])
    m = _cm("Kabul", "GPE", i=i, sect=sect)
    assert clusters._territory_or_capital(ctx, m, "Kabul") is True
    assert ctx.made[(("PLACE", nz.key("Kabul")), "GPE")].mentions == [m] and m.kind == "name"


def test_territory_or_capital_a_first_name_before_a_capital_makes_a_person(capital):
    text = "Yesterday Ana Lima spoke"
    first = _word("Ana", is_title=True, pos="PROPN", head_i=2, idx=10)
    ctx = _cctx(_Tables(capitals={"Lima": "PE"}), [_word("x"), first, _word("Lima")], text=text)
    m = _cm("Lima", "GPE", i=2, start=14)
    assert clusters._territory_or_capital(ctx, m, "Lima") is True
    assert (m.i, m.start, m.label, m.text) == (1, 10, "PERSON", "Ana Lima") and ctx.person_mentions == [m]
    assert ctx.made == {}


@pytest.mark.parametrize("change", [dict(is_title=False), dict(pos="NOUN"), dict(ent="PERSON"), dict(head_i=5)])
def test_territory_or_capital_no_person_unless_every_sign_of_a_first_name(capital, change):
    kw = dict(text="Ana", is_title=True, pos="PROPN", head_i=2, idx=10)
    kw.update(change)
    ctx = _cctx(_Tables(capitals={"Lima": "PE"}), [_word("x"), _word(**kw), _word("Lima")], text="x" * 30)
    m = _cm("Lima", "GPE", i=2, start=14)
    clusters._territory_or_capital(ctx, m, "Lima")
    assert m.label == "GPE" and ctx.person_mentions == []


def test_territory_or_capital_no_word_before_the_first(capital):
    first = _word("Ana", is_title=True, pos="PROPN", head_i=0, idx=0)
    ctx = _cctx(_Tables(capitals={"Lima": "PE"}), [_word("Lima"), first], text="x" * 30)
    m = _cm("Lima", "GPE", i=0, start=0)
    clusters._territory_or_capital(ctx, m, "Lima")
    assert m.label == "GPE"


def test_identity_or_name_a_country_s_identity_group():
    ctx = _cctx(_Tables(countries={"Iraqi": "IQ"}), [_word("Iraqi"), _word("Muslims")])
    m = _cm("Muslims", "NORP", i=1)
    clusters._identity_or_name(ctx, m, "Muslims")
    c = ctx.made[(("NORP", "IQ", "MOS"), "NORP")]
    assert c.mentions == [m] and c.attrs == {"identity": "MOS"} and c.sets == [dict(country="IQ")]


@pytest.mark.parametrize("words, i", [(["Muslims", "Iraqi"], 0), (["the", "Muslims"], 1)])
def test_identity_or_name_an_identity_alone(words, i):
    ctx = _cctx(_Tables(countries={"Iraqi": "IQ"}), [_word(w) for w in words])
    m = _cm("Muslims", "NORP", i=i)
    clusters._identity_or_name(ctx, m, "Muslims")
    (key, c), = ctx.made.items()
    assert key == (("NORP", "MOS"), "NORP") and c.mentions == [m] and c.attrs == {"identity": "MOS"}
    assert (c.code, c.sector) == ("MOS", "REL")


@pytest.mark.parametrize("label, bare", [("GPE", "Muslims"), ("NORP", "Martians")])
def test_identity_or_name_any_other_name(label, bare):
    ctx = _cctx(_Tables(countries={"Iraqi": "IQ"}), [_word("Iraqi"), _word(bare)])
    m = _cm(bare, label, i=1)
    clusters._identity_or_name(ctx, m, bare)
    assert ctx.made[((label, nz.key(bare)), label)].mentions == [m] and len(ctx.made) == 1


def test_territory_or_capital_a_first_name_at_the_text_s_start(capital):
    first = _word("Ana", is_title=True, pos="PROPN", head_i=1, idx=0)
    ctx = _cctx(_Tables(capitals={"Lima": "PE"}), [first, _word("Lima")], text="Ana Lima spoke")
    m = _cm("Lima", "GPE", i=1, start=4)
    clusters._territory_or_capital(ctx, m, "Lima")
    assert (m.label, m.text) == ("PERSON", "Ana Lima")
