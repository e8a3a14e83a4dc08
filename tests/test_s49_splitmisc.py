"""Session 49, s49-splitmisc: the functions split out of acled._category, coder.choose_sense,
nominals._group_nominal and clusters._place_or_people, each asked directly (no parse: fakes stand for
the event, the sides, the sense facts, the role and the modifiers)."""

from types import SimpleNamespace as NS

import pytest

from newsgraph.actors import nominals
from newsgraph.events import acled, coder
from newsgraph.events.lexicon import Sense


class _Sides:
    def __init__(self, armed=False, countries=(), sectors=()):
        self.armed, self.src_countries, self.src_sectors = armed, set(countries), set(sectors)

    def src_armed(self):
        return self.armed


# --- acled._mobilize_category -------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, trigger, armed, want", [
    ("The rebels set up a base near the border.", "set up", False, (acled.STRATEGIC, "Headquarters or base established")),
    ("The army deployed reservists to the north.", "deployed", False, (acled.STRATEGIC, "Change to group/activity")),
    ("The charity deployed volunteers to the town.", "deployed", False, None),
    ("The firm opened its company headquarters in the capital.", "opened", False, None),
    ("The militia opened its company headquarters in the capital.", "opened", True,
     (acled.STRATEGIC, "Headquarters or base established")),
    ("The firm opened a camp for its workers.", "opened", False, None),
    ("The guerrillas moved to the hills.", "moved", True, (acled.STRATEGIC, "Change to group/activity")),
    ("Russia set up a camp near the border.", "set up", False, None),
])
def test_mobilize_category(sentence, trigger, armed, want):
    assert acled._mobilize_category(sentence, trigger, _Sides(armed)) == want


def test_mobilize_category_a_state_doer_is_armed_enough():
    got = acled._mobilize_category("Russia set up a camp near the border.", "set up", _Sides(countries={"RUS"}))
    assert got == (acled.STRATEGIC, "Headquarters or base established")


@pytest.mark.parametrize("sentence, trigger, sides, want", [
    # the trigger and the sentence are read as one text, a phrase across them included
    ("headquarters opened", "campaign", _Sides(countries={"RUS"}), None),
    ("", "recruits", _Sides(), (acled.STRATEGIC, "Change to group/activity")),
    ("up a base", "set", _Sides(True), (acled.STRATEGIC, "Headquarters or base established")),
    # a trigger of setting up with no base word is no base established
    ("The army set up checkpoints.", "set up", _Sides(True), (acled.STRATEGIC, "Change to group/activity")),
])
def test_mobilize_category_reads_trigger_and_sentence_together(sentence, trigger, sides, want):
    assert acled._mobilize_category(sentence, trigger, sides) == want


def test_acled_types_are_those_acled_codes():
    assert acled._ACLED_TYPES == {"ASSAULT", "PROTEST", "COERCE", "RETREAT", "MOBILIZE", "AGREE", "SUPPORT",
                                  "COOPERATE", "CONCEDE"}


# --- coder._frame_fits, _doer_fits, _VerbFacts ----------------------------------------------------------------

class _Facts:
    def __init__(self, objs=(), preps=(), xcomps=(), mods=(), circumstantial=(), doers=()):
        self._w = (set(objs), set(preps), set(xcomps), set(mods))
        self._c, self._d = set(circumstantial), set(doers)
        self.asked = []

    def words(self):
        self.asked.append("words")
        return self._w

    def circumstantial(self):
        self.asked.append("circumstantial")
        return self._c

    def doers(self):
        self.asked.append("doers")
        return self._d


def _sense(**kw):
    return Sense(type="ASSAULT", cameo="190", **kw)


def test_frame_fits_a_sense_with_no_frame_asks_nothing():
    f = _Facts()
    assert coder._frame_fits(_sense(), f) is True and f.asked == []


@pytest.mark.parametrize("kw, facts, want", [
    (dict(object=frozenset({"fire"})), dict(objs={"fire"}), True),
    (dict(object=frozenset({"fire"})), dict(objs={"talk"}), False),
    (dict(prep=frozenset({"on"})), dict(preps={"on"}), True),
    (dict(prep=frozenset({"on"})), dict(preps={"at"}), False),
    (dict(prep=frozenset({"on"})), dict(preps={"on", "at"}, circumstantial={"on"}), False),
    (dict(prep=frozenset({"on", "at"})), dict(preps={"on", "at"}, circumstantial={"on"}), True),
    (dict(xcomp=frozenset({"*"})), dict(xcomps={"leave"}), True),
    (dict(xcomp=frozenset({"*"})), dict(), False),
    (dict(xcomp=frozenset({"leave"})), dict(xcomps={"leave"}), True),
    (dict(xcomp=frozenset({"leave"})), dict(xcomps={"stay"}), False),
    (dict(mod=frozenset({"up"})), dict(mods={"up"}), True),
    (dict(mod=frozenset({"up"})), dict(mods={"down"}), False),
    (dict(object=frozenset({"fire"}), mod=frozenset({"up"})), dict(objs={"fire"}, mods={"up"}), True),
    (dict(object=frozenset({"fire"}), mod=frozenset({"up"})), dict(objs={"fire"}), False),
])
def test_frame_fits(kw, facts, want):
    assert coder._frame_fits(_sense(**kw), _Facts(**facts)) is want


def test_frame_fits_asks_circumstantial_only_when_a_prep_of_the_sense_stands_there():
    f = _Facts(preps={"at"})
    assert coder._frame_fits(_sense(prep=frozenset({"on"})), f) is False and "circumstantial" not in f.asked
    f = _Facts(objs={"fire"})
    assert coder._frame_fits(_sense(object=frozenset({"fire"})), f) is True and "circumstantial" not in f.asked


@pytest.mark.parametrize("subject, doers, want", [
    (None, set(), True), (frozenset({"troop"}), {"troop", "army"}, True), (frozenset({"troop"}), {"army"}, False)])
def test_doer_fits(subject, doers, want):
    f = _Facts(doers=doers)
    assert coder._doer_fits(_sense(subject=subject), f) is want
    assert ("doers" in f.asked) is (subject is not None)


def test_verb_facts_are_made_once(monkeypatch):
    calls = []
    monkeypatch.setattr(coder, "_condition_words", lambda tok: calls.append(("w", tok)) or ({"a"}, set(), set(), set()))
    monkeypatch.setattr(coder, "_circumstantial_on", lambda tok, parts: calls.append(("c", tok, parts)) or {"b"})
    monkeypatch.setattr(coder, "_doer_lemmas", lambda tok: calls.append(("d", tok)) or {"c"})
    f = coder._VerbFacts("tok", "parts")
    assert calls == []
    for _ in range(2):
        assert f.words() == ({"a"}, set(), set(), set()) and f.circumstantial() == {"b"} and f.doers() == {"c"}
    assert calls == [("w", "tok"), ("c", "tok", "parts"), ("d", "tok")]


def test_verb_facts_keep_an_empty_answer(monkeypatch):
    calls = []
    monkeypatch.setattr(coder, "_circumstantial_on", lambda tok, parts: calls.append("c") or set())
    f = coder._VerbFacts("tok", "parts")
    f.circumstantial(), f.circumstantial()
    assert calls == ["c"]  # an empty answer is kept too (`is None`, as choose_sense's own test was)


# --- nominals._no_one_group, _owner_asked_later --------------------------------------------------------------

def _role(cls="org", sector="GOV", phrase="parliament"):
    return NS(cls=cls, sector=sector, phrase=phrase)


def _mods(**kw):
    base = dict(former=False, org=None, definite=True, pronoun=None, person=None)
    base.update(kw)
    return NS(**base)


@pytest.mark.parametrize("role, mods, country, plural, want", [
    (_role(), _mods(former=True), "IRQ", False, True),
    (_role(cls="lead", sector="-"), _mods(), None, False, True),
    (_role(cls="lead", sector="-"), _mods(), "IRQ", False, False),
    (_role(cls="lead", sector="-"), _mods(org=3), None, False, False),
    (_role(cls="lead", sector="GOV"), _mods(), None, False, False),
    (_role(), _mods(definite=False), None, False, True),
    (_role(), _mods(definite=False), None, True, False),
    (_role(), _mods(definite=False), "IRQ", False, False),
    (_role(), _mods(), None, False, False),
    (_role(cls="group"), _mods(definite=False), None, False, False),
])
def test_no_one_group(role, mods, country, plural, want):
    assert nominals._no_one_group(role, mods, country, plural) is want


@pytest.mark.parametrize("mods, country, plural, phrase, want, pending", [
    (_mods(pronoun=4), None, False, "government", True, [("pron", 4)]),
    (_mods(person=5), None, False, "government", True, [("tok", 5)]),
    (_mods(pronoun=4, person=5), None, False, "government", True, [("pron", 4)]),
    (_mods(), None, False, "government", False, []),
    (_mods(pronoun=4), "IRQ", False, "government", False, []),
    (_mods(pronoun=4), None, True, "government", False, []),
    (_mods(pronoun=4), None, False, "army", False, []),
])
def test_owner_asked_later(mods, country, plural, phrase, want, pending):
    assert "government" in nominals.GOVERNMENT_WORDS and "army" not in nominals.GOVERNMENT_WORDS
    ctx = NS(pending_gov=[])
    assert nominals._owner_asked_later(ctx, "m", _role(phrase=phrase), mods, country, plural) is want
    assert ctx.pending_gov == [("m", p) for p in pending]
