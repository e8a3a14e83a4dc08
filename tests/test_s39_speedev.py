"""Session 39, s39-speedev: a search gated by the words every match holds (regex_start.needed_words, Gated), and
events/acled.py's end-anchored readings of the words before a trigger searched through it.

The gate may only ever spare a search that finds nothing: every test below compares the gated answer with the
pattern's own on the same text (our own phrases, and random strings of the patterns' words)."""

import copy
import pickle
import random
import re

import pytest

from newsgraph import regex_start
from newsgraph.events import acled
from newsgraph.regex_start import FOLDS_TO_ASCII, Gated, _needed, _parser, needed_words

BLIND = re.IGNORECASE


def test_words_of_a_leading_alternation():
    rx = re.compile(r"\b(?:charged|accused)\s+of\s+$", BLIND)
    assert needed_words(rx) == {"charged", "accused"}


def test_words_lowered_when_the_pattern_ignores_case():
    assert needed_words(re.compile(r"\b(?:Charged|ACCUSED)\b", BLIND)) == {"charged", "accused"}
    # (case-sensitive: the words as written)
    assert needed_words(re.compile(r"\b(?:Charged|ACCUSED)\b")) == {"Charged", "ACCUSED"}


def test_a_leading_set_gives_the_literal_run_after_it():
    assert needed_words(re.compile(r"\b[Ss]ince\s+$")) == {"ince"}


def test_an_optional_part_names_no_needed_word():
    # "the" may be absent: the words after it are what every match holds
    assert needed_words(re.compile(r"(?:the\s+)?(?:war|attack)\b", BLIND)) == {"war", "attack"}
    assert needed_words(re.compile(r"(?:the\s+)*(?:war|attack)\b", BLIND)) == {"war", "attack"}


def test_a_capturing_group_gives_its_words():
    # (a group without flags or a name is spliced into the sequence by the parser; a capturing one stays a group)
    assert needed_words(re.compile(r"\b(charged|accused)\s+of\s+$", BLIND)) == {"charged", "accused"}
    assert needed_words(re.compile(r"\b(?P<w>war)\s+$", BLIND)) == {"war"}


def test_an_atomic_group_gives_its_words():
    assert needed_words(re.compile(r"\b(?>war|attack)\s+$", BLIND)) == {"war", "attack"}


def test_a_verbose_pattern_is_read_with_its_flags():
    assert needed_words(re.compile(r"\b (?: war | attack ) \s+ $", re.VERBOSE)) == {"war", "attack"}


def test_an_alternative_without_a_word_leaves_the_branch_unknown():
    assert _needed(_parser.parse(r"(?:war|\d+)\s+$")) is None
    assert _needed(_parser.parse(r"(?:\d+|war)\s+$")) is None


def test_a_repeat_that_must_match_gives_its_words():
    assert needed_words(re.compile(r"(?:war\s+|attack\s+)+$", BLIND)) == {"war", "attack"}


def test_a_word_holding_another_is_left_out():
    # (the parser takes the shared "charg" out of the alternatives: that run is what every match holds)
    assert needed_words(re.compile(r"\b(?:charges|charge|charging)\b", BLIND)) == {"charg"}
    assert needed_words(re.compile(r"\b(?:bills|bill|law)\b", BLIND)) == {"bill", "law"}


def test_the_first_run_of_literals_only():
    # "war" then a set: the run stops at the set, and "war" is what every match holds
    assert needed_words(re.compile(r"war[se]\s+zone")) == {"war"}


def test_unknown_when_no_word_is_needed():
    assert needed_words(re.compile(r"\d+\s+$")) is None
    assert needed_words(re.compile(r"(?:war|\d+)\s+$")) is None  # (one alternative names no word)
    assert needed_words(re.compile(r"(?:war)?\s+$")) is None


def test_unknown_for_a_word_outside_ascii():
    assert needed_words(re.compile(r"\b(?:café|war)\b", BLIND)) is None


def test_unknown_for_a_bytes_pattern():
    rx = re.compile(rb"\b(?:war|attack)\s+$", BLIND)
    assert needed_words(rx) is None
    assert Gated(rx).search(b"the attack ").span() == (4, 11)


def test_a_gated_pattern_copies_and_pickles():
    # (the class as the module holds it now: tests/test_s28_speed.py reloads regex_start, and pickle finds a class
    # by its module's name, so an instance of the class this file imported before that reload cannot be pickled)
    g = regex_start.Gated(re.compile(r"\b(?:war|attack)\s+$", BLIND))
    for other in (copy.deepcopy(g), copy.copy(g), pickle.loads(pickle.dumps(g))):
        assert other.rx.pattern == g.rx.pattern and other.words.pattern == g.words.pattern
        assert other.search("the Attack ").span() == (4, 11) and other.search("the peace ") is None
    with pytest.raises(AttributeError, match="__no_such_name__"):
        g.__no_such_name__


def test_unknown_when_a_group_sets_its_own_case():
    assert needed_words(re.compile(r"\b(?i:war|attack)\b")) is None
    assert needed_words(re.compile(r"(?-i:War)\b", BLIND)) is None


def test_folds_to_ascii_is_what_the_engine_folds():
    """Every character outside ASCII that case-blind matching takes for an ASCII letter or digit, whose own
    lower case does not hold that letter (so a lowered text would hide the match), is in FOLDS_TO_ASCII."""
    ascii_blind = re.compile(r"[A-Za-z0-9]", BLIND)
    found = set()
    for code in range(0x80, 0x110000):
        c = chr(code)
        if ascii_blind.fullmatch(c) and not re.fullmatch(r"[a-z0-9]", c.lower()):
            found.add(c)
    assert found == FOLDS_TO_ASCII


@pytest.mark.parametrize("text", ["ſince the ", "SİNCE THE ", "sınce the "])
def test_a_folding_character_is_searched_not_gated(text):
    rx = re.compile(r"\bsince\s+the\s+$", BLIND)
    assert bool(Gated(rx).search(text)) == bool(rx.search(text))
    assert Gated(rx).search(text) is not None or text == "sınce the "


def test_gated_search_refuses_a_text_without_the_words():
    rx = re.compile(r"\b(?:charged|accused)\s+(?:\w+\s+){0,3}of\s+$", BLIND)
    g = Gated(rx)
    assert g.search("The minister spoke of ") is None
    m = g.search("The man was CHARGED with theft and accused of ")
    assert m is not None and m.span() == rx.search("The man was CHARGED with theft and accused of ").span()


def test_gated_case_sensitive_pattern():
    rx = re.compile(r"\bSince\s+$")
    g = Gated(rx)
    assert g.search("ever since ") is None and rx.search("ever since ") is None
    assert g.search("Ever Since ").span() == rx.search("Ever Since ").span()


def test_gated_without_words_searches():
    rx = re.compile(r"\d+\s+$")
    g = Gated(rx)
    assert g.words is None
    assert g.search("in 1990 ").span() == rx.search("in 1990 ").span()


class _Counted:
    """A pattern stand-in that counts the searches asked of it."""

    def __init__(self, rx):
        self.rx, self.calls = rx, 0

    def search(self, *args):
        self.calls += 1
        return self.rx.search(*args)


@pytest.mark.parametrize("text, searched", [
    ("The minister spoke of ", False),  # no needed word: answered without the pattern
    ("The minister spoke — of “it” ", False),  # outside ASCII, but nothing that folds to ASCII: still gated
    ("The man was charged with ", True),
    ("The man was CHARGED with ", True),
    ("The ſpoke of ", True),  # a folding character: searched
])
def test_the_gate_spares_only_texts_without_the_words(text, searched):
    rx = re.compile(r"\b(?:charged|accused)\s+(?:\w+\s+){0,3}of\s+$", BLIND)
    g = Gated(rx)
    spy = g.rx = _Counted(rx)
    assert g.search(text) is None
    assert spy.calls == int(searched)


def test_the_gate_of_a_case_sensitive_pattern():
    rx = re.compile(r"\bSince\s+$")
    g = Gated(rx)
    spy = g.rx = _Counted(rx)
    assert g.search("ever since ") is None and spy.calls == 0
    assert g.search("Since the war, ") is None and spy.calls == 1


def test_bounds_are_always_searched():
    rx = re.compile(r"\b(?:war|attack)\b", BLIND)
    g = Gated(rx)
    spy = g.rx = _Counted(rx)
    assert g.search("peace and calm", 2) is None and spy.calls == 1


def test_bounds_and_other_methods_are_the_patterns_own():
    rx = re.compile(r"\b(?:war|attack)\b", BLIND)
    g = Gated(rx)
    text = "war and peace, then an attack"
    assert g.search(text, 5).span() == rx.search(text, 5).span()
    assert g.search("peace", 0, 5) is None
    assert g.match(text).span() == (0, 3)
    assert g.pattern == rx.pattern and g.flags == rx.flags
    assert g.sub("X", text) == rx.sub("X", text)


ACLED_GATED = ["ANCHORED", "REACTED_TO", "ORDERED", "LAW_NOUN", "LAW_ABOUT", "SUMMED_UP", "WHEN_ANCHOR", "COUNT_OF",
               "LEGAL_BEFORE", "SENTENCED_FOR"]


@pytest.mark.parametrize("name", ACLED_GATED)
def test_acled_patterns_gated_with_words(name):
    g = getattr(acled, name)
    assert isinstance(g, Gated) and g.words is not None


# our own words before a trigger: some each pattern matches, and some it does not
OWN_BEFORES = [
    "The man was charged with the ", "Police arrested two men on suspicion of ", "She was jailed for ",
    "He was sentenced to four years in prison for the ", "The court gave him ten years for ",
    "Since the ", "Residents marked the anniversary of the ", "Ministers will debate the proposed ",
    "The council condemned the ", "Leaders deplored what they called ", "The judge ordered the immediate ",
    "Parliament passed a bill banning ", "They voted on the bill ", "tougher penalties for ", "After months of ", "a spate of recent ",
    "Ten years ago, when ", "The number of ", "The rebels ", "Troops ", "", "   ", "— ’", "In 1990 the ",
    "CHARGED WITH THE ", "Accused Of ", "ſince the ", "warrants for ",
]


@pytest.mark.parametrize("name", ACLED_GATED)
def test_acled_gated_answers_equal_own_phrases(name):
    g = getattr(acled, name)
    hits = 0
    for text in OWN_BEFORES:
        a, b = g.search(text), g.rx.search(text)
        assert (a and a.span()) == (b and b.span()), text
        hits += b is not None
    assert hits  # (each matches one of our phrases at least)


@pytest.mark.parametrize("name", ACLED_GATED)
def test_acled_gated_answers_equal_random_texts(name):
    """Random strings of the pattern's own needed words, their case changed, and filler words: the gated and
    the plain search agree on every one."""
    g = getattr(acled, name)
    rng = random.Random(39)
    words = sorted(g.words.pattern.split("|")) if g.words is not None else []
    words = [re.sub(r"\\(.)", r"\1", w) for w in words]
    filler = ["the", "of", "a", "with", "for", "to", "in", "on", "1990", "that", "which", "police", "rebels", ",",
              "recent", "his", "immediate", "years", "prison", "when", "--", "'s", "Sylvania", "ſ"]
    for _ in range(400):
        toks = [rng.choice(words + filler) for _ in range(rng.randint(0, 7))]
        toks = [t.upper() if rng.random() < 0.2 else t.title() if rng.random() < 0.2 else t for t in toks]
        text = " ".join(toks) + rng.choice(["", " ", "  "])
        a, b = g.search(text), g.rx.search(text)
        assert (a and a.span()) == (b and b.span()), text
