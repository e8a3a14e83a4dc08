"""Session 49, s49-mut: kills of open mutants (docs/testing.md, "Session 49, s49-mut"). Tests only; sentences of our
own words, never text of /work/shared.

The `times._Resolution` methods are called one at a time on a hand-built state (the text, the items before, what
the topic holds), as the pipeline calls them in text order: each case says what the topic or a value must be after
one item, which a whole-pipeline sentence shows only when a later expression happens to read it."""

from __future__ import annotations

import datetime as dt

import pytest
from test_events_coder_mutants import ent, lexicon, parse, parts_for, sense

from newsgraph.events import coder
from newsgraph.events import petrarch_verbs as pv
from newsgraph.events.lexicon import Sense
from newsgraph.times import _Resolution, _ReportLinks
from newsgraph.timex import Norm

ANCHOR = dt.date(2026, 12, 6)  # a Sunday


def _resolution(text: str, items=()) -> _Resolution:
    return _Resolution(text, None, list(items), _ReportLinks(), ANCHOR, set())


def _span(text: str, words: str) -> tuple[int, int]:
    a = text.index(words)
    return a, a + len(words)


def _item(text: str, words: str) -> tuple:
    """An item as `_Resolution` holds it: (start, end, norm, tense, kind, strict); only the offsets are read here."""
    return (*_span(text, words), None, None, None, False)


# ---------------------------------------------------------------- _follow_topic


def test_a_quarter_made_the_topic_ends_the_stretch_of_the_year_a_report_was_about():
    # "for the nine months ... in the third quarter": after the quarter, "the year-earlier period" is that quarter a
    # year before, no longer the nine months (`part_year` dropped; mutants 23, 25, 26 kept it)
    text = "Sales rose in the third quarter of 2026."
    r = _resolution(text)
    r.part_year = "P9M"
    r._follow_topic(*_span(text, "the third quarter of 2026"), Norm("2026-Q3", "quarter", "DATE"))
    assert (r.part_year, r.quarter, r.ref) == (None, "2026-Q3", "2026-Q3")


def test_a_year_made_the_topic_keeps_the_stretch_of_the_year_a_report_is_about():
    text = "Sales rose in 2026."
    r = _resolution(text)
    r.part_year = "P9M"
    r._follow_topic(*_span(text, "2026"), Norm("2026", "year", "DATE"))
    assert (r.part_year, r.ref) == ("P9M", "2026")


def test_a_date_that_is_no_week_leaves_the_week_named_before():
    # "Last weekend ... recently ... that weekend": a vague past (no new topic, no week) does not replace the week
    # (mutant 28: `type == "DATE" or` made any date the week)
    text = "Shares fell recently."
    r = _resolution(text)
    r.week = "2026-W48-WE"
    r._follow_topic(*_span(text, "recently"), Norm("PAST_REF", "past", "DATE"))
    assert r.week == "2026-W48-WE"


def test_a_part_of_a_named_day_makes_that_day_the_topic():
    # "Tuesday morning": the day under discussion is the day itself, ten characters (mutant 53 kept the "T")
    text = "Talks resumed Tuesday morning."
    r = _resolution(text)
    r._follow_topic(*_span(text, "Tuesday morning"), Norm("2026-12-01TMO", "part_of_day", "TIME"))
    assert r.ref == "2026-12-01"


# ---------------------------------------------------------------- _new_topic


def test_the_day_after_a_date_is_a_new_topic_though_it_reads_after():
    # "after" is a comparison word, but "the day after Nov. 3" names a day of its own (mutant 30 looked for "the day
    # after" at the expression's end, not at its start)
    text = "They left the day after Nov. 3 and stayed."
    r = _resolution(text)
    assert r._new_topic(*_span(text, "the day after Nov. 3"), Norm("2026-11-04", "day", "DATE"))


def test_a_comparison_is_no_new_topic():
    text = "Profit doubled from a year earlier."
    r = _resolution(text)
    assert not r._new_topic(*_span(text, "a year earlier"), Norm("2025", "year", "DATE"))


# ---------------------------------------------------------------- _close_quarter


def test_a_month_closes_the_quarter_named_before_it():
    # "the quarter to June": April to June, the second quarter, and the topic with it (mutant 8 read no month)
    text = "Profit fell in the quarter to June."
    r = _resolution(text, [_item(text, "the quarter")])
    r.resolved = [Norm("2026-Q3", "quarter", "DATE", relative=True)]
    r.quarter = r.ref = "2026-Q3"
    r._close_quarter(_span(text, "June")[0], Norm("2026-06", "month", "DATE", relative=True))
    assert [n.value for n in r.resolved] == ["2026-Q2"]
    assert (r.quarter, r.ref) == ("2026-Q2", "2026-Q2")


def test_a_day_named_before_the_quarter_does_not_stop_the_closing():
    # only a quarter named earlier stops it (mutant 19: any earlier item with a value did)
    text = "On Nov. 20 the firm said profit fell in the quarter ended July 31."
    r = _resolution(text, [_item(text, "Nov. 20"), _item(text, "the quarter")])
    r.resolved = [Norm("2026-11-20", "day", "DATE", relative=True), Norm("2026-Q3", "quarter", "DATE", relative=True)]
    r._close_quarter(_span(text, "July 31")[0], Norm("2026-07-31", "day", "DATE", relative=True))
    assert [n.value for n in r.resolved] == ["2026-11-20", "2026-Q2"]


# ---------------------------------------------------------------- _dated_day


def test_a_day_dated_by_an_earlier_mention_stays_relative():
    # "Sept. 11" after "Sept. 11, 2001": that year's day, a value still read from context, not from its own words, so
    # it is no written date a later narrative may take its year from (mutants 20, 25, 29 marked it not relative)
    text = "Flags flew on Sept. 11."
    r = _resolution(text)
    r.dated = {"09-11": "2001"}
    got = r._dated_day(*_span(text, "Sept. 11"), Norm("2026-09-11", "day", "DATE", relative=True))
    assert got == Norm("2001-09-11", "day", "DATE", relative=True)
    assert got.relative is True


def test_a_written_day_is_remembered_with_its_year():
    text = "Flags flew on Sept. 11, 2001."
    r = _resolution(text)
    norm = Norm("2001-09-11", "day", "DATE")
    assert r._dated_day(*_span(text, "Sept. 11, 2001"), norm) is norm
    assert r.dated == {"09-11": "2001"}


# ---------------------------------------------------------------- events/coder.py: cameo_sense
# A verb our lexicon lacks, read from a CAMEO dictionary of our own (petrarch_verbs' format) on hand-built parses
# (test_events_coder_mutants' `parse`: word:POS:dep:head[:lemma]), Gondor and Mordor actors of invented countries;
# the whole Sense is compared, so each field cameo_sense sets (type, code, mode, reverse, the two sides, the object
# nouns, the origin) is pinned.

CAMEO_VERBS = """--- SEIZE [1711] ---
GRAB
- * WEAPONS [1711:173]
- * PISTOLS [1711:010]
- * RIFLES [18X:17X]

--- NOTE [010] ---
NOTE
- * WEAPONS [010:173]

--- GET [---] ---
GET
- * SUPPORT FROM [:051]
- * HELP FROM [:05X]

--- HUMBLE [111] ---
HUMBLE

--- CLEAVE [160] ---
CLEAVE
- * AID [163]

--- WORD [ABC] ---
WORD
"""
GRAB_FROM = "Gondor:PROPN:nsubj:1 {verb}:VERB:ROOT:1:{lemma} {obj}:NOUN:dobj:1 from:ADP:prep:1 Mordor:PROPN:pobj:3"
ON_ACTOR = "Gondor:PROPN:nsubj:1 {verb}:VERB:ROOT:1:{lemma} Mordor:PROPN:dobj:1"


@pytest.fixture(scope="module")
def cameo_verbs(tmp_path_factory):
    f = tmp_path_factory.mktemp("s49mut") / "verbs.txt"
    f.write_text(CAMEO_VERBS)
    return pv.load(f)


def _cameo(vd, spec, users=False, nouns=None, **kw):
    """cameo_sense of the parse's second token (the verb), Gondor the first token, Mordor the last; `users`: both
    coded by the user's own actor dictionaries (a PETRARCH user's workflow)."""
    d = parse(spec)
    mark = {"code_source": "dictionary"} if users else {}
    parts = parts_for(d, ent("E1", d, 0, country="GON", **mark), ent("E2", d, len(d) - 1, country="MOR", **mark))
    return coder.cameo_sense(d[1], lexicon(cameo=vd, nouns=nouns), parts, **kw)


def _cameo_sense(type_, code, origin, mode=None, reverse=None, object_=None) -> Sense:
    return Sense(type=type_, cameo=code, mode=mode, reverse=reverse, needs_source=True, needs_target=True,
                 object=object_, origin=origin)


def test_a_patterns_code_with_its_plover_type_mode_and_reverse(cameo_verbs):
    # `* WEAPONS [1711:173]`: COERCE (seize) done to Mordor, and the reverse code kept, itself of a PLOVER type
    got = _cameo(cameo_verbs, GRAB_FROM.format(verb="grabbed", lemma="grab", obj="weapons"))
    assert got == _cameo_sense("COERCE", "1711", "cameo:3", mode="seize", reverse="173")


def test_a_reverse_code_of_no_plover_type_is_dropped(cameo_verbs):
    # `* PISTOLS [1711:010]`: 010 is a statement, no PLOVER type: the event has no reverse reading
    got = _cameo(cameo_verbs, GRAB_FROM.format(verb="grabbed", lemma="grab", obj="pistols"))
    assert got == _cameo_sense("COERCE", "1711", "cameo:4", mode="seize")


def test_codes_are_read_by_their_two_digit_root(cameo_verbs):
    # a code whose sub-code is no digit ("18X") is typed by its root (CAMEO's cue category, as plover_for_cameo reads
    # it); so is its reverse ("17X": COERCE); neither has a mode of its own
    got = _cameo(cameo_verbs, GRAB_FROM.format(verb="grabbed", lemma="grab", obj="rifles"))
    assert got == _cameo_sense("ASSAULT", "18X", "cameo:5", reverse="17X")


def test_a_statement_between_the_users_actors_has_no_reverse(cameo_verbs):
    # `* WEAPONS [010:173]`: an untyped 01x statement between the user's actors; no type, so no mode and no reverse
    spec = GRAB_FROM.format(verb="noted", lemma="note", obj="weapons")
    assert _cameo(cameo_verbs, spec, users=True) == _cameo_sense(None, "010", "cameo:9")
    assert _cameo(cameo_verbs, spec) is None  # (not between the user's actors: ordinary news codes no statement)


def test_a_bare_block_code_on_an_actor_object(cameo_verbs):
    # HUMBLE's block code, no pattern: its origin says so, and a verb told of no listing (the default) is coded
    # outside a user's dictionaries too
    got = _cameo(cameo_verbs, ON_ACTOR.format(verb="humbled", lemma="humble"))
    assert got == _cameo_sense("ACCUSE", "111", "cameo:block", mode="disapprove")


def test_a_listed_verbs_bare_code_only_for_its_doers_type(cameo_verbs):
    spec = ON_ACTOR.format(verb="humbled", lemma="humble")
    assert _cameo(cameo_verbs, spec, users=True, listed=True, doers_only=frozenset({"ACCUSE"})) == \
        _cameo_sense("ACCUSE", "111", "cameo:block", mode="disapprove")
    assert _cameo(cameo_verbs, spec, users=True, listed=True, doers_only=frozenset({"ASSAULT"})) is None
    assert _cameo(cameo_verbs, spec, users=True, listed=True) is None


def test_the_event_nouns_a_pattern_spells_are_its_objects(cameo_verbs):
    # "cleaved aid to Mordor": `* AID [163]` gives COERCE where the noun alone says AID; the noun is the verb's object
    spec = "Gondor:PROPN:nsubj:1 cleaved:VERB:ROOT:1:cleave aid:NOUN:dobj:1 to:ADP:prep:1 Mordor:PROPN:pobj:3"
    got = _cameo(cameo_verbs, spec, users=True, nouns={"aid": [sense("AID", "070")]})
    assert got == _cameo_sense("COERCE", "163", "cameo:21", mode="restrict", object_=frozenset({"aid"}))


@pytest.mark.parametrize("obj, code, line", [("support", "051", 13), ("help", "05X", 14)])
def test_a_target_to_source_pattern(cameo_verbs, obj, code, line):
    # `* SUPPORT FROM [:051]`: Mordor gave Gondor support, the pattern's words matched, between the user's actors
    spec = GRAB_FROM.format(verb="got", lemma="get", obj=obj)
    got = _cameo(cameo_verbs, spec, users=True)
    assert got == _cameo_sense("SUPPORT", code, f"cameo:{line}{coder.TARGET_TO_SOURCE}")
    assert _cameo(cameo_verbs, spec) is None


@pytest.mark.parametrize("verb, lemma", [("worded", "word"), ("zapped", "zap")])
def test_no_cameo_root_or_no_entry_codes_nothing(cameo_verbs, verb, lemma):
    # WORD's code has no CAMEO root ("ABC"); ZAP is in no block
    assert _cameo(cameo_verbs, ON_ACTOR.format(verb=verb, lemma=lemma), users=True) is None


# ---------------------------------------------------------------- events/petrarch_verbs.py
# the phrasal words of a verb form, the clause a pattern reads and where its two sides start (own dictionary)

PHRASAL_VERBS = """--- MOVE [040] ---
PULL_OUT
- * OUT [042]

--- FIGHT [190] ---
OPEN_+FIRE
- OPEN * [195]

--- DISMISS [172] ---
FIRE
"""


def _is_actor(t) -> bool:
    return t.pos_ == "PROPN"


@pytest.fixture(scope="module")
def phrasal_verbs(tmp_path_factory):
    f = tmp_path_factory.mktemp("s49mutpv") / "verbs.txt"
    f.write_text(PHRASAL_VERBS)
    return pv.load(f)


def test_a_phrasal_word_at_the_first_token_fits():
    d = parse("pulled:VERB:ROOT:0:pull out:ADP:prt:0")
    assert pv._form_fits(d[1], pv.VerbForm("out", before=("pulled",)))


def test_two_phrasal_words_are_read_in_their_order():
    d = parse("they:PRON:nsubj:1 pulled:VERB:ROOT:1:pull out:ADP:prt:1 of:ADP:prep:1 it:PRON:pobj:3")
    assert pv._form_fits(d[1], pv.VerbForm("pulled", after=("out", "of")))
    assert pv._form_fits(d[3], pv.VerbForm("of", before=("pulled", "out")))
    assert not pv._form_fits(d[3], pv.VerbForm("of", before=("out", "pulled")))
    assert not pv._form_fits(d[1], pv.VerbForm("pulled", after=("of", "out")))
    d = parse("pulled:VERB:ROOT:0:pull out:ADP:prt:0 of:ADP:prep:0")  # (the first of two words at the first token)
    assert pv._form_fits(d[2], pv.VerbForm("of", before=("pulled", "out")))


def test_a_pattern_reads_the_words_after_the_phrasal_form(phrasal_verbs):
    # PULL_OUT's "out" is the form's own word: `* OUT` needs another "out" after it, so the block's code stands
    d = parse("Gondor:PROPN:nsubj:1 pulled:VERB:ROOT:1:pull out:ADP:prt:1")
    m = pv.match_verb(phrasal_verbs, d[1], _is_actor)
    assert (m.code, m.line) == ("040", 0)


def test_a_pattern_reads_the_words_before_the_phrasal_form(phrasal_verbs):
    # OPEN_+FIRE's "open" is the form's own word: `OPEN *` needs another "open" before it
    d = parse("Rebels:NOUN:nsubj:2 open:VERB:compound:2:open fire:VERB:ROOT:2:fire on:ADP:prep:2 Mordor:PROPN:pobj:3")
    m = pv.match_verb(phrasal_verbs, d[2], _is_actor)
    assert (m.code, m.line) == ("190", 0)


def test_the_pattern_clause_takes_a_complement_only_when_asked():
    d = parse("Gondor:PROPN:nsubj:1 agreed:VERB:ROOT:1:agree to:PART:aux:3:to:TO leave:VERB:xcomp:1 Rohan:PROPN:dobj:3")
    assert pv._pattern_clause(d[1], True).lower == {"gondor", "agreed", "to", "leave", "rohan"}
    assert pv._pattern_clause(d[1], False).lower == {"gondor", "agreed"}


@pytest.mark.parametrize("label, objects", [("dobj", {"leader"}), ("obj", {"leader"}), ("attr", {"leader"}),
                                            ("oprd", {"leader"}), ("nsubjpass", {"leader"}), ("npadvmod", set())])
def test_the_pattern_clauses_objects_by_label(label, objects):
    d = parse(f"Gondor:PROPN:nsubj:1 became:VERB:ROOT:1:become leader:NOUN:{label}:1")
    clause = pv._pattern_clause(d[1], True)
    assert (clause.obj_lower, clause.objects >= objects, bool(clause.objects)) == (objects, True, bool(objects))


def test_a_phrasal_form_is_tried_before_the_bare_verb(phrasal_verbs):
    # "open fire" is FIGHT's OPEN_+FIRE, not DISMISS's bare FIRE: the longer form first, the bare one only alone
    d = parse("Rebels:NOUN:nsubj:2 open:VERB:compound:2:open fire:VERB:ROOT:2:fire on:ADP:prep:2 Mordor:PROPN:pobj:3")
    assert pv.match_verb(phrasal_verbs, d[2], _is_actor).code == "190"
    d = parse("Rebels:NOUN:nsubj:1 fire:VERB:ROOT:1:fire Mordor:PROPN:dobj:1")
    assert pv.match_verb(phrasal_verbs, d[1], _is_actor).code == "172"


MATCHED_VERBS = """--- AGREE [030] ---
CONSENT
- * LEAVE [036]
- * WEAPONS [1711:173]

--- SEEK {SOUGHT} [020:021] ---
SEEK {SOUGHT}

--- MOVE [040:041] ---
PULL_OUT [087:042]
PULL
"""


@pytest.fixture(scope="module")
def matched_verbs(tmp_path_factory):
    f = tmp_path_factory.mktemp("s49mutmv") / "verbs.txt"
    f.write_text(MATCHED_VERBS)
    return pv.load(f)


def _match(vd, spec, i=1, **kw):
    m = pv.match_verb(vd, parse(spec)[i], _is_actor, **kw)
    return None if m is None else (m.code, m.reverse, m.origin, m.line, m.block)


def test_a_pattern_reads_the_to_infinitive_complement_by_default(matched_verbs):
    spec = "Gondor:PROPN:nsubj:1 consented:VERB:ROOT:1:consent to:PART:aux:3:to:TO leave:VERB:xcomp:1 Rohan:PROPN:dobj:3"
    assert _match(matched_verbs, spec) == ("036", None, "verbs.txt", 3, "030")
    assert _match(matched_verbs, spec, complements=False) == ("030", None, "verbs.txt", 0, "")


def test_a_patterns_match_keeps_its_reverse_origin_and_block(matched_verbs):
    spec = "Gondor:PROPN:nsubj:1 consented:VERB:ROOT:1:consent weapons:NOUN:dobj:1"
    assert _match(matched_verbs, spec) == ("1711", "173", "verbs.txt", 4, "030")


def test_a_verb_is_looked_up_by_its_lemma_when_its_form_is_not_listed(matched_verbs):
    # SEEK lists its forms itself ({SOUGHT}: no inflections made), so "seeks" is found by its lemma
    assert _match(matched_verbs, "Gondor:PROPN:nsubj:1 seeks:VERB:ROOT:1:seek aid:NOUN:dobj:1") == \
        ("020", "021", "verbs.txt", 0, "")


def test_a_forms_own_code_comes_with_its_own_reverse(matched_verbs):
    assert _match(matched_verbs, "Gondor:PROPN:nsubj:1 pulled:VERB:ROOT:1:pull out:ADP:prt:1") == \
        ("087", "042", "verbs.txt", 0, "")
    assert _match(matched_verbs, "Gondor:PROPN:nsubj:1 pulled:VERB:ROOT:1:pull back:ADP:prt:1") == \
        ("040", "041", "verbs.txt", 0, "")


def test_among_equal_patterns_a_compound_slot_needs_coordinated_actors(tmp_path):
    # CAMEO.2.0 lists `% * TALKS [031]` and `* TALKS [032:032]`: "Gondor held talks with Rohan" is the second (one
    # actor in the `%` slot), "Gondor and Rohan held talks" the first
    f = tmp_path / "verbs.txt"
    f.write_text("--- HOLD [030] ---\nHOLD {HELD}\n- % * TALKS [031]\n- * TALKS [032:032]\n")
    vd = pv.load(f)
    one = parse("Gondor:PROPN:nsubj:1 held:VERB:ROOT:1:hold talks:NOUN:dobj:1 with:ADP:prep:2 Rohan:PROPN:pobj:3")
    assert pv.match_verb(vd, one[1], _is_actor).code == "032"
    two = parse("Gondor:PROPN:nsubj:3 and:CCONJ:cc:0 Rohan:PROPN:conj:0 held:VERB:ROOT:3:hold talks:NOUN:dobj:3")
    assert pv.match_verb(vd, two[3], _is_actor).code == "031"


def test_a_pattern_may_need_every_word_of_the_clause(tmp_path):
    # the words a pattern needs may be all the clause holds (here the imperative's object repeats the verb's word):
    # it is still tried, and matches
    f = tmp_path / "verbs.txt"
    f.write_text("--- DISMISS [172] ---\nFIRE\n- * FIRE [175]\n")
    d = parse("fire:VERB:ROOT:0:fire fire:NOUN:dobj:0:fire")
    assert pv.match_verb(pv.load(f), d[0], _is_actor).code == "175"
