"""Session 30, s30-speed: shortcuts that must find what the slower code found. Each test would fail if its shortcut
skipped a case the old code read: the Phoenix look-up's span text sliced from the document's text, events' candidate
tokens by set tests, the pre-tests of times' coordinated periods, places' town cues, currency signs and street
words. Our own words throughout (hand-built parses where a parse is needed)."""

import re

import numpy as np
import pytest
from spacy.lang.en import English
from spacy.tokens import Doc

from newsgraph import places, times
from newsgraph.actors import phoenix
from newsgraph.regex_start import start_chars

VOCAB = English().vocab


# --- actors: PhoenixActors.code_for with the document's text ---------------------------------------------------

def _doc(words, spaces):
    return Doc(VOCAB, words=words, spaces=spaces)


@pytest.fixture(scope="module")
def matcher():
    return phoenix.PhoenixActors()


@pytest.mark.parametrize("words, spaces", [
    # a name the dictionary knows, ending the span, with a title and a line break before it
    (["Yesterday", "the", "\n", "U.N.", "Security", "Council", "met", "Tony", "Blair", "."],
     [True, True, False, True, True, True, True, True, False, False]),
    # two spaces (a whitespace token), a hyphen glued to its words, a possessive
    (["Hamas", " ", "leaders", "met", "pro", "-", "Hamas", "members", "of", "the", "United", "Nations", "'s", "staff"],
     [True, False, True, True, False, False, True, True, True, True, True, False, True, False]),
])
def test_code_for_from_the_text_is_code_for_from_the_span(matcher, words, spaces):
    """Every span [i, j) of the Doc gets the same code with the Doc's text as without it (Span.text): the span's
    words are the text from its first token's start to its last token's end, each suffix from its token's start."""
    sd = _doc(words, spaces)
    found = []
    for i in range(len(sd)):
        for j in range(i + 1, len(sd) + 1):
            code = matcher.code_for(sd, i, j, "2005-06-01", sd.text)
            assert code == matcher.code_for(sd, i, j, "2005-06-01"), (i, j)
            found.append(code)
    assert {"IGOUNO", "GBRGOV"} <= set(found) or {"PSEREBHMS", "IGOUNO"} <= set(found)


def test_code_for_reads_the_longest_name_ending_at_the_span_end_from_the_text(matcher):
    sd = _doc(["the", "U.N.", "Security", "Council", "said"], [True, True, True, True, False])
    assert matcher.code_for(sd, 0, 4, None, sd.text) == "IGOUNO"  # "u.n. security council" (the suffixes tried)
    assert matcher.code_for(sd, 0, 5, None, sd.text) is None  # (the name must end the span)
    assert matcher.code_for(sd, 2, 2, None, sd.text) is None  # (an empty span)
    # out of the Doc's range: the span's own slice handling, as before
    assert matcher.code_for(sd, -4, 4, None, sd.text) == matcher.code_for(sd, -4, 4, None) == "IGOUNO"


def test_the_nominal_mentions_text_is_the_documents_text(pipeline):
    """actors' nominal mentions take their words from the article's text (not Span.text): the same characters."""
    doc = pipeline.extract("A spokesman for the Kenyan foreign ministry said on Friday that talks would resume.\n",
                           name="t")
    nominal = [m for e in doc.entities for m in e.mentions if m.kind == "nominal"]
    assert nominal
    assert all(m.text == doc.text[m.start:m.end] for e in doc.entities for m in e.mentions)


# --- events: candidate_sentences with a set of the trigger hashes ------------------------------------------------

def test_event_candidates_from_a_set_are_those_from_the_sorted_array():
    from newsgraph.events.stage import candidate_sentences
    from newsgraph.model import Section
    from newsgraph.nlp import Parse

    words = ["Troops", "attacked", "the", "town", ".", "Talks", "were", "held", ".", "Rain", "fell", "."]
    starts = [True, False, False, False, False, True, False, False, False, True, False, False]
    d = Doc(VOCAB, words=words, spaces=[True] * 3 + [False] + [True] * 3 + [False, True, True, False, False],
            sent_starts=starts, lemmas=["troop", "attack", "the", "town", ".", "talk", "be", "hold", ".", "rain",
                                        "fall", "."])
    parse = Parse(d, [Section(kind="body", start=0, end=len(d.text), text=d.text)])
    for trig in (["attack", "hold"], ["troops", "rain"], ["fall"], ["nothing"]):
        hashes = np.array(sorted(VOCAB.strings.add(w) for w in trig), dtype=np.uint64)
        want = [(s.start, s.end, idxs) for s, idxs in candidate_sentences(parse, hashes)]
        got = [(s.start, s.end, idxs) for s, idxs in candidate_sentences(parse, frozenset(hashes.tolist()))]
        assert got == want
    # lemma and lower-case form alike (the norm of "Troops" is "troops")
    assert got == [] and want == []
    hashes = np.array(sorted(VOCAB.strings.add(w) for w in ["attack", "troops", "rain"]), dtype=np.uint64)
    assert [(s.start, s.end, idxs) for s, idxs in candidate_sentences(parse, frozenset(hashes.tolist()))] == \
        [(0, 5, [0, 1]), (9, 12, [9])]


# --- times: the pre-test of the coordinated periods ------------------------------------------------------------

def test_the_characters_ignorecase_relates_to_ascii_letters_are_all_known():
    rx = re.compile("[a-z]", re.IGNORECASE)
    found = {chr(c) for c in range(0x80, 0x110000) if rx.fullmatch(chr(c))}
    assert found == set(times.ASCII_CASE_PARTNERS)


@pytest.mark.parametrize("text", [
    "Profits rose in the second and fourth quarters of 1997.",
    "THE FIRST AND SECOND HALVES OF 2001 were weak",
    "Its Third And Fourth Quarters were better, “she said”.",  # (not ASCII: curly quotes)
    "fiscal 1998's first and second halfs",
    "in the ſecond and fourth quarterſ",   # the long s: IGNORECASE reads it as "s"
    "the fırst and second quarters",       # the dotless i: read as "i"
    "the FİRST and second halves",         # the dotted capital I
])
def test_every_text_the_period_pattern_reads_passes_the_pre_test(text):
    assert times._COORD_PERIODS.search(text)
    assert times._names_a_period(text)


@pytest.mark.parametrize("text", [
    "The headquarters moved on behalf of the board.",
    "Sales fell by half in the first quarter.",
    "the second quarter and the fourth quarter",
])
def test_texts_without_an_ordinal_before_a_plural_unit_are_passed_over(text):
    assert not times._COORD_PERIODS.search(text) and not times._names_a_period(text)


# --- places: town cues, currency signs, street words -----------------------------------------------------------

TEXTS = [
    "A Meadow Grove man and the DeKalb Police said the Chiefland mayor, a policeman and Townsville residents met "
    "the Town Council, the City Hall staff, Springfield high schools and the Board of Education.",
    "He paid $5, £ 6, A$7, HK$ 8, $$9 and C$10; (£3) and x£2.",
    "$1 at the start and £ at the end £",
    "They drove down Orchard Street, Dublin Road and Main St. past the Highway Patrol and Rd. 5.",
    "Fire and Sheriff's deputies, firefighters and the teen couple from Elm Lane.",
    "nothing here",
]


def test_the_town_cues_first_letters_are_the_letters_its_words_start_with():
    assert start_chars(re.compile(places._TOWN_HEAD_WORDS)) == set(places._TOWN_HEAD_FIRST)
    old = re.compile(places._TOWN_HEAD_WORDS)
    for t in TEXTS:
        assert [m.span() for m in places._TOWN_HEAD.finditer(t)] == [m.span() for m in old.finditer(t)]
    assert len(list(places._TOWN_HEAD.finditer(TEXTS[0]))) == 7  # (the comparisons are not of empty lists)


def test_the_currency_sign_read_first_finds_the_sums_the_look_behind_first_found():
    old = re.compile(r"(?<![A-Za-z$£])([$£])\s?\d")
    for t in TEXTS:
        assert [(m.span(), m.group(1)) for m in places._CURRENCY.finditer(t)] == \
            [(m.span(), m.group(1)) for m in old.finditer(t)]
    assert [m.group(0) for m in places._CURRENCY.finditer(TEXTS[1])] == ["$5", "£ 6", "£3"]
    assert [m.start() for m in places._CURRENCY.finditer(TEXTS[2])] == [0]


def test_one_search_for_the_street_words_is_the_substring_tests():
    for t in TEXTS + [w for w in places._STREET_WORDS] + ["street", "St", "Rd"]:
        assert bool(places._ANY_STREET_WORD.search(t)) == any(w in t for w in places._STREET_WORDS)


# --- actors: the plural nouns and proper nouns read from the TAG column at once ----------------------------------

def test_missed_peoples_reads_every_plural_and_proper_noun_the_tags_let_by():
    """"Britons" (NNPS), "Thais" (NNP, as the small model tags it), "Pakistanis" (NNS): each tag lets its word by,
    a word inside a name found already ("taken") is passed over, other tags are not read."""
    from types import SimpleNamespace

    from newsgraph.actors.mentions import _missed_peoples
    from newsgraph.actors.tables import tables

    words = ["Police", "arrested", "two", "Britons", ",", "three", "Thais", ",", "Danes", "and", "Pakistanis", "."]
    tags = ["NNS", "VBD", "CD", "NNPS", ",", "CD", "NNP", ",", "NNPS", "CC", "NNS", "."]
    heads = [1, 1, 3, 1, 3, 6, 3, 3, 3, 3, 3, 1]
    deps = ["nsubj", "ROOT", "nummod", "dobj", "punct", "nummod", "conj", "punct", "conj", "cc", "conj", "punct"]
    sd = Doc(VOCAB, words=words, spaces=[True] * 3 + [False] + [True, True, False, True, True, True, False, False],
             tags=tags, heads=heads, deps=deps)
    taken = bytearray(len(sd))
    taken[8] = 1  # "Danes": inside a name mention already
    ctx = SimpleNamespace(sd=sd, taken=taken, tables=tables(), kind_at=lambda char: "body")
    found = [(m.text, m.label) for m in _missed_peoples(ctx)]
    assert found == [("Britons", "NORP"), ("Thais", "NORP"), ("Pakistanis", "NORP")]


# --- nlp: Parse.kind_at written out ------------------------------------------------------------------------------

def test_kind_at_is_the_kind_of_section_at_everywhere():
    from newsgraph.model import Section
    from newsgraph.nlp import Parse

    text = "Title here\n\nBy A. Writer\n\nThe body starts here. It ends."
    secs = [Section(kind="title", start=0, end=10, text=text[0:10]),
            Section(kind="byline", start=12, end=24, text=text[12:24]),
            Section(kind="body", start=26, end=len(text), text=text[26:])]
    parse = Parse(Doc(VOCAB, words=["x"]), secs)
    kinds = [parse.kind_at(c) for c in range(-2, len(text) + 3)]
    assert kinds == [(s.kind if (s := parse.section_at(c)) else None) for c in range(-2, len(text) + 3)]
    assert {None, "title", "byline", "body"} == set(kinds)  # (the gaps between sections, and outside the text)
    assert Parse(Doc(VOCAB, words=["x"]), []).kind_at(0) is None



# --- attribution: the speaker phrase's words, made only when they decide ---------------------------------------------

@pytest.mark.parametrize("text", [
    "The family of Jo Hale said on Monday that the plan would fail.",
    "Supporters of Jo Hale said on Monday that the plan would fail.",
    "Allies of President Jo Hale told reporters that the plan would fail.",
])
def test_a_speaker_named_only_inside_its_phrase_is_found_there(pipeline, text):
    """No entity on the phrase's head or its name parts: the phrase's own words name the speaker (speakers._resolve,
    whose word list is now made only on this last path)."""
    doc = pipeline.extract(text, name="t")
    names = {e.id: e.name for e in doc.entities}
    assert [(a.source.text, names.get(a.speaker)) for a in doc.attributions] == [(text.split(" said")[0].split(" told")[0],
                                                                                  "Jo Hale")]
