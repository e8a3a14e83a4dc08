"""Session 34, s34-speed: exact shortcuts, each held equal to the code it replaced.

`Discards.find` now searches for the boundary character before a phrase (a charset the regex engine scans
for in C) instead of testing a lookbehind at every character; `_reference_find` below is the base's
(210b9b62) matching, copied, and every test compares the two on our own lists and texts."""

import random
import re

import pytest

from newsgraph.events.petrarch_lists import EDGE_PUNCT, DiscardEntry, Discards


# --- the base's matching, as it was (a lookbehind at every position, finditer) ------------------------

def _reference_regex(entries, flags=0):
    if not entries:
        return None
    trie: dict = {}
    for e in entries:
        node = trie
        for ch in " ".join(e.words):
            node = node.setdefault(ch, {})
        node[""] = node.get("", True) and e.whole

    def emit(node):
        alts = [(r"\s+" if ch == " " else re.escape(ch)) + emit(node[ch]) for ch in sorted(node) if ch]
        if "" in node:
            alts.append(r"(?!\w)" if node[""] else "")
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    opening = "".join(re.escape(c) for c in EDGE_PUNCT)
    return re.compile(rf"(?<![^\s{opening}])" + emit(trie), flags)


def _reference_find(entries, text):
    by_phrase = {(e.story, " ".join(e.words)): e for e in reversed(entries)}
    up = text.upper()
    blind = len(up) != len(text)
    out = []
    for story in (True, False):
        rx = _reference_regex([e for e in entries if e.story == story], re.IGNORECASE if blind else 0)
        if rx is None:
            continue
        for m in rx.finditer(text if blind else up):
            e = by_phrase.get((story, " ".join(m.group(0).upper().split())))
            if e is not None:
                out.append((e, m.start(), m.end()))
    out.sort(key=lambda h: h[1])
    return out


def _entry(phrase, story=False):
    whole = phrase.endswith("_")
    words = tuple(w.upper() for w in phrase.rstrip("_").split())
    return DiscardEntry(words=words, story=story, whole=whole, written=phrase)


# our own list: stems and whole words, a phrase that is a prefix of another, phrases ending in a mark that is
# itself a boundary ("U.S." then "ARMY" with nothing between), one written as both kinds, one opening with a digit
ENTRIES = [_entry(p, s) for p, s in [
    ("U.S.", False), ("ARMY", False), ("ARMY BAND_", False), ("REGATTA", True), ("CUP FINAL", False),
    ("CUP", False), ("CUP FINAL_", True), ("(DRAFT", False), ("DRAFT", False), ("O'NEIL CUP_", False),
    ("9 BALL", False), ("STRASSE_", False), ("ROW.", False), ("ROW", True), ("A", False), ("A B C", False),
]]

TEXTS = [
    "", "U.S.ARMY", "the U.S.army band", "U.S. ARMY BAND.", "(draft)", "((draft", "cup finalists cup final",
    "Cup\tfinal\ncup  FINAL_", "regatta,regatta", "o'neil cup", "x o'neil cup", "9 ball,9 balls", "row.row",
    "row.\nrow", "Straße strasse", "STRASSE", "a b c a b", "ab c", "“cup final”", "«army»", "xarmy army",
    "army\u00a0band", "a\u2028b c", "row.army", "U.S.U.S.", "cup finalcup", "Grand (draft) cup final.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_find_equals_the_base_matching_on_our_texts(text):
    assert Discards(ENTRIES).find(text) == _reference_find(ENTRIES, text)


def test_a_phrase_right_after_one_ending_in_a_boundary_mark_is_found():
    # "U.S." ends with a full stop, a boundary for the next phrase: ARMY starts where U.S. ends
    hits = Discards(ENTRIES).find("U.S.ARMY")
    assert [(e.written, a, b) for e, a, b in hits] == [("U.S.", 0, 4), ("ARMY", 4, 8)]
    # a story phrase and a sentence phrase at one place: both, each the longest of its kind
    assert [(e.written, a, b) for e, a, b in Discards(ENTRIES).find("row.row")] == [
        ("ROW", 0, 3), ("ROW.", 0, 4), ("ROW", 4, 7), ("ROW.", 4, 7)][:2] + [("ROW", 4, 7)]


def test_phrases_at_the_text_start_and_after_every_boundary_kind():
    d = Discards([_entry("CUP")])
    for before in [""] + list(" \t\n\u00a0\u2028") + list(EDGE_PUNCT):
        assert [(a, b) for _, a, b in d.find(before + "cup")] == [(len(before), len(before) + 3)], repr(before)
    assert d.find("xcup") == [] and d.find("-cup") == [] and d.find("9cup") == []


def test_the_case_blind_path_keeps_offsets():
    # "ß" upper-cases to "SS": the text is matched case-blind, and offsets are the text's own
    d = Discards(ENTRIES)
    text = "Straße: cup final, U.S.army"
    assert d.find(text) == _reference_find(ENTRIES, text)
    assert [(e.written, text[a:b]) for e, a, b in d.find(text)] == [
        ("CUP FINAL_", "cup final"), ("CUP FINAL", "cup final"), ("U.S.", "U.S."), ("ARMY", "army")]


def test_find_equals_the_base_matching_on_random_texts():
    rng = random.Random(34)
    pieces = ["u.s.", "army", "band", "cup", "final", "finals", "(", ")", "draft", "o'neil", "9", "ball", "row",
              "row.", "a", "b", "c", "regatta", "strasse", "straße", "x", ".", ",", "“", "”", "«", "»"]
    gaps = ["", " ", "  ", "\n", "\t", "\u00a0", ",", ".", "-"]
    lists = [ENTRIES, ENTRIES[:5], [e for e in ENTRIES if not e.story], [e for e in ENTRIES if e.story]]
    for k in range(3000):
        text = "".join(rng.choice(pieces) + rng.choice(gaps) for _ in range(rng.randint(0, 9)))
        text = text.upper() if k % 3 == 0 else text
        entries = lists[k % len(lists)]
        assert Discards(entries).find(text) == _reference_find(entries, text), repr(text)


def test_the_builtin_list_matches_as_before():
    from newsgraph.events.petrarch_lists import load_discards

    d = load_discards()
    text = ("Bobby Fischer won the Australian Open at the 16 kilometre run.\n(Academy Award) winners: "
            "celebrity big brother; the amateur boxing tournament, the world cup final.")
    assert d.find(text) == _reference_find(d.entries, text) and d.find(text)


# --- places._LIST: a list of capitalised names, searched from its first capital -------------------------------

_BASE_LIST = re.compile(r"(?<![\w.])((?:[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,2},\s+){2,}(?:and\s+|or\s+)?"
                        r"[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,2})")  # the base's pattern (210b9b62)

LIST_TEXTS = [
    "Cleveland, Columbus, Dayton and Cincinnati", "in Dodge City, Great Bend, Hutchinson, Kingman.",
    "xCleveland, Columbus, Dayton", ".Cleveland, Columbus, Dayton", "A.Cleveland, Columbus, Dayton",
    "(Cleveland, Columbus, Dayton)", "Cleveland,Columbus, Dayton, Akron", "St. Paul, Duluth, Fargo or Minot",
    "O'Neill, D'Arcy-Smith, Ann Marie Lee Jones, Bo", "Kent, Surrey, and Essex", "É, Ab, Cd, Ef",
    "Paris, London, Rome, Berlin, and Madrid, Lisbon", "one, Two, Three, Four", "A, B, C", "A,\nB,\tC and D",
    "Ohio’s, Iowa’s, Utah’s towns", "9Ohio, Iowa, Utah", "_Ohio, Iowa, Utah", "-Ohio, Iowa, Utah",
]


def _list_matches(rx, text):
    return [(m.span(), m.span(1), m.group(1)) for m in rx.finditer(text)]


@pytest.mark.parametrize("text", LIST_TEXTS)
def test_list_pattern_equals_the_base_pattern(text):
    from newsgraph.places import _LIST

    assert _list_matches(_LIST, text) == _list_matches(_BASE_LIST, text)


def test_list_pattern_equals_the_base_pattern_on_random_texts():
    from newsgraph.places import _LIST

    rng = random.Random(341)
    words = ["Ohio", "Iowa", "St.", "Paul", "O'Neill", "and", "or", "x", "A", "B", "É", "9", "D-Day", "the"]
    gaps = [", ", ",", " ", ".", "-", "\n", ", and ", "'", "’"]
    for _ in range(3000):
        text = "".join(rng.choice(words) + rng.choice(gaps) for _ in range(rng.randint(0, 8)))
        assert _list_matches(_LIST, text) == _list_matches(_BASE_LIST, text), repr(text)


def test_story_and_sentence_hits_are_in_order_of_their_starts():
    # a story phrase and a shorter sentence phrase at one place: by start, the story's first (the stable sort)
    d = Discards([_entry("CUP FINAL", True), _entry("CUP")])
    assert [(e.written, a, b) for e, a, b in d.find("the cup final")] == [("CUP FINAL", 4, 13), ("CUP", 4, 7)]


def test_a_stem_entry_subsumes_a_whole_one_of_the_same_phrase():
    # "CUP" (a stem) then "CUP_" (whole): the phrase stays a stem, "cupboard" is found
    assert [(a, b) for _, a, b in Discards([_entry("CUP"), _entry("CUP_")]).find("a cupboard")] == [(2, 5)]
    assert Discards([_entry("CUP_")]).find("a cupboard") == []
