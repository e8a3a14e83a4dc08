"""Session 34, s34-acled: every window of characters that acled.py reads after a trigger keeps the word its edge cuts
whole (`acled._first_chars`), as session 33 made `_object_not_forces`'s do. Before, a slice like `[:40]` cut
"civilians" to "civ" and the word named nothing. Each test puts a word across one window's edge: "the " repeated
moves the word so that it starts a few characters before the edge (1 + 4 * k characters after the trigger) and
ends after it. Each of these tests fails on the old slice."""
from types import SimpleNamespace

import pytest

from newsgraph.events import acled


def _ev(sentence: str, trigger: str, mode=None, cameo=None, target=()):
    at = sentence.index(trigger)
    return SimpleNamespace(trigger=SimpleNamespace(start=at, end=at + len(trigger), text=trigger),
                           evidence=SimpleNamespace(start=0, text=sentence), mode=mode, cameo=cameo,
                           source=["s"], target=list(target))


class _FakeSides:
    """A source side named by the given word lists only (an identity test on acled's regexes), no target side."""

    def __init__(self, *words, armed=False):
        self.words, self.armed, self.src_names = words, armed, ""

    def src(self, sectors, words):
        return any(words is w for w in self.words)

    def tgt(self, sectors, words):
        return False

    def src_armed(self):
        return self.armed


def _across(trigger_sentence: str, k: int, word: str, lead: str = "") -> str:
    """`trigger_sentence` + `lead` + " the" * k + " " + word: the word starts 1 + 4k (+ len(lead)) characters after
    the trigger."""
    return trigger_sentence + lead + " the" * k + " " + word + "."


def test_sentence_layout():
    s = _across("Gunmen killed", 9, "civilians")
    after = s[len("Gunmen killed"):]
    assert after.index("civilians") == 37 and after[:40].endswith("civ")  # the old window cut it


def test_assault_weapon_cache_window_of_30():
    s = _across("Troops destroyed", 7, "weapons")  # "w|eapons" at the 30th character
    got = acled._assault(_ev(s, "destroyed", mode="destroy"), s, "destroyed", _FakeSides(acled.STATE_WORDS))
    assert got == (acled.STRATEGIC, "Disrupted weapons use")


def test_unarmed_object_window_of_40():
    s = _across("Gunmen killed", 9, "civilians")  # "civ|ilians"
    assert acled._unarmed_object(_ev(s, "killed"), s) is True


def test_protest_response_window_of_80():
    s = _across("Police fired", 19, "protesters")  # "pro|testers", the target named (not read from the sentence)
    got = acled._protest_response(_ev(s, "fired", target=["t"]), s, _FakeSides(acled.STATE_WORDS, armed=True))
    assert got is not None and got[0] == acled.PROTESTS


def test_protest_response_crowd_window_of_40():
    s = _across("Police dispersed", 9, "rioters")  # "rio|ters": force against a violent crowd is the riot's
    got = acled._protest_response(_ev(s, "dispersed", mode="crowd-control"), s, _FakeSides(acled.STATE_WORDS))
    assert got == (acled.RIOTS, "Violent demonstration")


def test_coerce_crackdown_on_a_protest_window_of_60():
    s = _across("Police cracked down on", 14, "demonstrators")  # "dem|onstrators"
    got = acled._coerce(_ev(s, "cracked down on", cameo="175"), s, "cracked down on", _FakeSides(), None)
    assert got is not None and got[0] == acled.PROTESTS


def test_coerce_people_taken_in_a_raid_window_of_60():
    s = _across("Gunmen raided", 14, "villagers")  # "vil|lagers": people taken, not goods looted
    got = acled._coerce(_ev(s, "raided", mode="seize", cameo="191"), s, "raided", _FakeSides(armed=True), None)
    assert got == (acled.CIVILIANS, "Abduction/forced disappearance")


def test_law_enforcement_seizure_window_of_80():
    s = _across("Police seized", 19, "cocaine")  # "coc|aine"
    assert acled._law_enforcement_seizure(_ev(s, "seized", mode="seize"), s, _FakeSides(acled.LAW_ENFORCEMENT))


def test_law_enforcement_seizure_window_of_80_after_a_clause_end():
    s = _across("Police seized", 19, "cocaine", lead=",")  # the object phrase empty: the whole window is read
    assert acled._law_enforcement_seizure(_ev(s, "seized", mode="seize"), s, _FakeSides(acled.LAW_ENFORCEMENT))


def test_people_taken_window_of_40():
    s = _across("Gunmen seized", 9, "villagers")  # "vil|lagers"
    assert acled._people_taken(_ev(s, "seized", mode="seize"), s) is True


@pytest.mark.parametrize("k", [10, 11])
def test_people_taken_window_still_ends(k):
    # a word starting at or after the 40th character stays outside the window: the window is kept, not dropped
    s = _across("Gunmen seized", k, "villagers")
    assert acled._people_taken(_ev(s, "seized", mode="seize"), s) is False


def test_unarmed_object_window_ends_at_40():
    # a word starting at the 41st character (index 40) stays outside the window
    s = _across("Gunmen killed", 9, "civilians", lead=" an")
    assert s[len("Gunmen killed"):].index("civilians") == 40
    assert acled._unarmed_object(_ev(s, "killed"), s) is False


def test_people_taken_window_ends_at_40():
    s = _across("Gunmen seized", 9, "villagers", lead=" an")
    assert s[len("Gunmen seized"):].index("villagers") == 40
    assert acled._people_taken(_ev(s, "seized", mode="seize"), s) is False


@pytest.mark.parametrize("read", ["unarmed", "taken"])
def test_windows_read_from_the_sentence_where_it_stands(read):
    # the sentence starts at document offset 100 (a later sentence): the trigger's offsets are the document's, the
    # window is read from the trigger's end within the sentence
    s = "Gunmen killed two civilians." if read == "unarmed" else "Gunmen seized two villagers."
    trigger = s.split()[1]
    at = 100 + s.index(trigger)
    ev = SimpleNamespace(trigger=SimpleNamespace(start=at, end=at + len(trigger), text=trigger),
                         evidence=SimpleNamespace(start=100, text=s), mode="seize", cameo=None, source=["s"], target=[])
    assert (acled._unarmed_object(ev, s) if read == "unarmed" else acled._people_taken(ev, s)) is True


# --- the rest of _unarmed_object and _people_taken (mutants that survived every ACLED test file, session 34) ---

def _multi(sentence: str, trigger: str):
    """An event whose trigger text is several words ("shot two civilians"), as the events stage may give it."""
    return _ev(sentence, trigger)


@pytest.mark.parametrize("sentence, trigger, unarmed", [
    ("Troops shot civilians at the checkpoint.", "shot civilians", True),                  # the trigger's own object
    ("Troops shot two civilians at the checkpoint.", "shot two civilians", True),
    ("Troops shot civilians yesterday at the checkpoint.", "shot civilians yesterday", True),
    ("Gunmen shot troops and civilians.", "shot troops", False),                            # a force among them
    ("Troops shot gunmen and civilians.", "shot gunmen", False),                            # (whole words, no stem)
    ("Gunmen killed civilians and soldiers.", "killed", False),
    ("Gunmen killed civilians.", "killed", True),
    ("The junta executed two soldiers.", "executed", True),                                 # captives cannot fight
])
def test_unarmed_object_reads_the_trigger_and_the_words_after(sentence, trigger, unarmed):
    assert acled._unarmed_object(_multi(sentence, trigger), sentence) is unarmed


@pytest.mark.parametrize("read", [acled._unarmed_object, acled._people_taken])
def test_no_trigger_no_object(read):
    s = "Gunmen seized two villagers."
    ev = SimpleNamespace(trigger=None, evidence=SimpleNamespace(start=0, text=s), mode="seize", cameo=None,
                         source=["s"], target=[])
    assert read(ev, s) is False


def test_people_taken_from_their_home():
    # whoever is taken "from his home" is a person, named or not
    s = "Gunmen seized Ahmed from his home."
    assert acled._people_taken(_ev(s, "seized", mode="seize"), s) is True
