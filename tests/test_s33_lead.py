"""Session 33, lead: acled._object_not_forces read its object through a window of 60 characters cut anywhere, so a
force word the cut fell inside ("polic") named no force (s33-muta's open mutant 14); the window now keeps the word
the cut falls inside whole (`_first_chars`)."""
from types import SimpleNamespace

import pytest

from newsgraph.events import acled


def _object_not_forces(sentence: str, trigger: str) -> bool:
    at = sentence.index(trigger)
    ev = SimpleNamespace(trigger=SimpleNamespace(start=at, end=at + len(trigger)),
                         evidence=SimpleNamespace(start=0, text=sentence))
    return acled._object_not_forces(ev, sentence)


@pytest.mark.parametrize("text, n, expected", [
    ("ab cd", 3, "ab "),          # the cut after a space: nothing to complete
    ("abc def", 3, "abc"),        # the cut at a word's end
    ("abc def", 2, "abc"),        # the cut inside a word: the word whole
    ("abc def", 4, "abc "),
    ("the police's car", 6, "the police's"),   # apostrophes and hyphens belong to the word
    ("a well-armed unit", 4, "a well-armed"),
    ("ab", 60, "ab"),             # shorter than the window
    ("x" * 59 + " y", 60, "x" * 59 + " "),
])
def test_first_chars_keeps_the_cut_word_whole(text, n, expected):
    assert acled._first_chars(text, n) == expected


@pytest.mark.parametrize("noun, no_force", [("policemen", False), ("soldiers", False), ("shopkeepers", True)])
def test_object_at_the_windows_edge(noun, no_force):
    # fourteen determiners put the object's noun across the 60th character after the trigger ("pol|icemen")
    sentence = "Gunmen killed " + "the " * 14 + noun + "."
    assert _object_not_forces(sentence, "killed") is no_force


def test_the_window_is_sixty_characters():
    # the window's edge itself: a noun starting at the 60th character after the trigger is outside it (no object
    # read, the plain reading); one starting inside it is read whole
    assert _object_not_forces("Gunmen killed " + "the " * 14 + "10 policemen.", "killed") is True
    assert _object_not_forces("Gunmen killed " + "the " * 14 + "9 policemen.", "killed") is False
