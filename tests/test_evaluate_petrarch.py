"""The PETRARCH record evaluator, and newsgraph's own PETRARCH-format records as a regression test."""

from pathlib import Path

import pytest

from newsgraph.errors import InputError
from newsgraph.evaluate import petrarch as ep
from conftest import SHARED

ROOT = Path(__file__).resolve().parent.parent
RECORDS = ROOT / "gold" / "petrarch_records.xml"
DICTS = SHARED / "data/cameo-dict-format"
VALIDATION_VERBS = [str(DICTS / "PETR.Validate.verbs.txt")]

XML = """<Sentences>
<Sentence date="20150601" id="a"><EventCoding sourcecode="GON" targetcode="MOR" eventcode="122"/>
<Text>Gondor condemned Mordor.</Text></Sentence>
<Sentence date="150601" id="b"><Text>Nothing happened.</Text></Sentence>
</Sentences>
"""


def test_load_gold(tmp_path):
    f = tmp_path / "r.xml"
    f.write_text(XML)
    a, b = ep.load_gold(str(f))
    assert a.codings == [ep.Coding("GON", "MOR", "122")] and a.date == "2015-06-01" and a.line == 2
    assert b.codings == [] and b.date == "2015-06-01"
    assert {r.id for r in ep.load_gold(str(f), "dev") + ep.load_gold(str(f), "heldout")} <= {"a", "b"}


@pytest.mark.parametrize("body,where,reason", [
    ("<Sentences><Sentence id='x'><Text>a</Text></Sentence>", ":1", "not PETRARCH record XML"),
    ("<Sentences>\n<Sentence id='x' date='2015'><Text>a</Text></Sentence></Sentences>", ":2", "bad date"),
    ("<Sentences>\n\n<Sentence id='x'><Text> </Text></Sentence></Sentences>", ":3", "non-empty <Text>"),
])
def test_bad_records_name_file_and_line(tmp_path, body, where, reason):
    f = tmp_path / "bad.xml"
    f.write_text(body)
    with pytest.raises(InputError) as err:
        ep.load_gold(str(f))
    assert f"{f}{where}" in str(err.value) and reason in str(err.value)


def test_score_counts_like_petrarch(tmp_path):
    f = tmp_path / "r.xml"
    f.write_text(XML)
    gold = ep.load_gold(str(f))
    preds = [[ep.Coding("GON", "MOR", "122"), ep.Coding("MOR", "GON", "122")], [ep.Coding("GON", "---", "042")]]
    r = ep.score(gold, preds)
    assert (r["correct"], r["uncoded"], r["extra"]) == (1, 0, 2)
    assert r["per_category"]["12"] == {"gold": 1, "correct": 1, "uncoded": 0, "extra": 1}
    assert r["type_accuracy"] == 1.0 and r["triples"]["precision"] == pytest.approx(1 / 3, abs=1e-3)
    assert "correct 1 (100.0%)" in ep.render(r)


def _validation_scores(records, verbs=None, actors=()):
    """`evaluate --petrarch` of our records file with the validation dictionaries' actors (after our own actor
    files `actors`) and agents, and `verbs` (paths; None: the built-in verbs)."""
    opts = ep.pipeline_options(None, verbs=verbs, actors=[*map(str, actors), str(DICTS / "PETR.Validate.actors.txt")],
                               agents=[str(DICTS / "PETR.Validate.agents.txt")])
    return ep.evaluate(str(records), opts)


def _holds(r, gold, correct, extra):
    """The file has `gold` gold events, and at least `correct` of them are found, with at most `extra` extra."""
    assert r["gold_events"] == gold
    assert r["correct"] >= correct and r["extra"] <= extra, r["misses"]


@pytest.mark.skipif(not DICTS.exists(), reason="PETRARCH validation dictionaries not present")
def test_own_records_with_validation_dictionaries():
    """Regression test (our own sentences): every construct in gold/petrarch_records.xml codes as written."""
    r = _validation_scores(RECORDS, VALIDATION_VERBS)
    assert r["gold_events"] == 62  # 29 until session 6 added 29 sentences (33 codings) of validation-dictionary constructs
    assert r["correct"] == 62 and r["extra"] == 0, r["misses"]


RECORDS_2 = ROOT / "gold" / "petrarch_records_2.xml"
CAMEO_VERBS = ROOT / "src" / "newsgraph" / "events" / "data" / "cameo_verbs.txt"


@pytest.mark.skipif(not DICTS.exists(), reason="PETRARCH validation dictionaries not present")
@pytest.mark.parametrize("verbs,correct,extra", [
    (None, 92, 0),  # the built-in verbs (our lexicon refined by CAMEO.2.0 patterns)
    # PETRARCH mode with CAMEO.2.0 (82 / 10 before NG2-86 became 044, session 6; 11 extra until its `~`
    # transformations were applied, session 7: "X said Y attacked Z" also accuses Y (112), which our
    # records, following the issue, do not code; 83 / 11 once verb + complement pairs combined, session 7)
    ([str(CAMEO_VERBS)], 83, 11),
])
def test_own_records_2(verbs, correct, extra):
    """Regression test (our own sentences, session 4): gold/petrarch_records_2.xml, 92 codings in 93
    sentences, keeps at least these correct and at most these extra (docs/accuracy.md)."""
    r = _validation_scores(RECORDS_2, verbs)
    assert r["gold_events"] == 92 and r["sentences"] == 93
    assert r["correct"] >= correct and r["extra"] <= extra, r["misses"]


RECORDS_3 = ROOT / "gold" / "petrarch_records_3.xml"
ACTORS_3 = ROOT / "gold" / "petrarch_records_3.actors.txt"


@pytest.mark.skipif(not DICTS.exists(), reason="PETRARCH validation dictionaries not present")
@pytest.mark.parametrize("verbs,correct,extra", [
    (None, 103, 7),  # built-in verbs (first runs of its three batches: 52/70 with 14 extra, 17/21 with 4, 13/21 with 6;
    # 103 / 8 on main at 0668f4d, 7 on s10-petr: NG3-46's civilians are no agent of the user's, no ---CVL)
    # PETRARCH mode with CAMEO.2.0 (first runs: 41/70 with 25, 14/21 with 7, 8/21 with 10; 39 extra before
    # the `~` transformations, session 7: two reported attacks also code the sayer's accusation; 75 / 32
    # once verb + complement pairs combined, session 7; 76 / 30 on s8-petr-codes: NG3-91's "..., Gondor
    # claimed" no longer aims the claim at the reported clause's subject)
    ([str(CAMEO_VERBS)], 77, 29),  # s32-petr2: CAMEO.2.0's repeated patterns take their last code, as PETRARCH2 keeps (NG3-85 057)
])
def test_own_records_3(verbs, correct, extra):
    """Regression test (our own sentences, session 6): gold/petrarch_records_3.xml, 112 codings in 104
    sentences in the validation suite's style, keeps at least these correct and at most these extra."""
    r = _validation_scores(RECORDS_3, verbs, [ACTORS_3])
    assert r["gold_events"] == 112 and r["sentences"] == 104
    assert r["correct"] >= correct and r["extra"] <= extra, r["misses"]


RECORDS_4 = ROOT / "gold" / "petrarch_records_4.xml"


@pytest.mark.skipif(not DICTS.exists(), reason="PETRARCH validation dictionaries not present")
@pytest.mark.parametrize("verbs,correct,extra", [
    (None, 68, 7),  # built-in verbs (67 with 7 extra on main 3e907065; 68 on s31-petr: NG4-55's agreement
    # "signed by Freedonia and Sylvania" codes each on the other; 66 with 8 extra on main cf731cf9, pin raised by s28-petrprobe;
    # the first run, before any session-7 change: 59 with 9 extra; 60 on
    # s7-petr3: "pulled out of Sylvania" has its target; s14-petr, a listed verb coded by a CAMEO.2.0
    # pattern of its words between the user's actors: 61 with 10, NG4-11 "expressed condolences" 018
    # now coded, NG4-37 "used chemical weapons" CAMEO.2.0's 204 where the record has 2041)
    # PETRARCH mode with CAMEO.2.0 (first run: 33 with 32 extra; 19 extra on s7-petr-verbs, 20 after
    # merging s7-petr-actors: NG4-06 "urged Freedonia to release ..." now codes the release FRE -> SYL)
    # (s7-petr3: 47, "pulled out of Sylvania" is RETREAT's `&MILITARY *` with the place as target; the
    # release of NG4-06 is FRE -> ---MED, the journalists' article-focus country no longer coded)
    # (s8-petr-records: 21 extra; NG4-29 "deployed troops on its border with Sylvania" now has its target,
    # the actor inside the on-phrase, but CAMEO.2.0 codes it 062 where the gold has 154)
    # (s8-petr-codes: 48 with 22 extra. Untyped codes: NG4-11's 018 is now coded (correct); NG4-69 "Mordor
    # said it would attack Gondor" adds CAMEO.2.0's own `~ a (a b ATTACK) SAY = a b 015`, which PETRARCH2
    # codes too (our record follows the codebook's 1384); NG4-29's deployment "on its border with
    # Sylvania" now finds its target, coded 062 where the record has 154)
    # (s10-petr: 21 extra, NG4-06's journalists ---MED, a built-in role, are no agent of the user's)
    ([str(CAMEO_VERBS)], 50, 19),  # s32-petr2: CAMEO.2.0's repeated patterns take their last code, as PETRARCH2 keeps (NG4-12 057, NG4-29 154)
])
def test_own_records_4(verbs, correct, extra):
    """Regression test (our own sentences, session 7): gold/petrarch_records_4.xml, 75 codings in the
    validation suite's style (verb + infinitive complements, every CAMEO root), keeps at least these
    correct and at most these extra."""
    r = _validation_scores(RECORDS_4, verbs, [ACTORS_3])
    _holds(r, 75, correct, extra)


RECORDS_5 = ROOT / "gold" / "petrarch_records_5.xml"
ACTORS_5 = ROOT / "gold" / "petrarch_records_5.actors.txt"


@pytest.mark.skipif(not DICTS.exists(), reason="PETRARCH validation dictionaries not present")
@pytest.mark.parametrize("verbs,correct,extra", [
    (None, 120, 8),  # built-in verbs (first runs of its two batches: 79/94 with 12 extra, 27/34 with 4)
    # PETRARCH mode with CAMEO.2.0 (first runs: 63/94 with 28, 19/34 with 10; 35 extra until s10-petr:
    # NG5-54's ---MED, a built-in role the user's agents do not list)
    # (session 12, lead: 35 extra. NG5-51 "Gondor's defence ministry said Mordor troops attacked ...": the
    # ministry, one ORG name after the possessive, now has its country, so CAMEO.2.0's own transformation
    # of a reported attack, the speaker accusing the attacker (GON MORMIL 112), codes as PETRARCH2 would;
    # our record lists the attack only)
    # (92 with 35 extra on main cf731cf9, pin raised by s28-petrprobe)
    ([str(CAMEO_VERBS)], 92, 35),
])
def test_own_records_5(verbs, correct, extra):
    """Regression test (our own sentences, session 7): gold/petrarch_records_5.xml, 128 codings on
    compound actors, agents and arguments, keeps at least these correct and at most these extra."""
    r = _validation_scores(RECORDS_5, verbs, [ACTORS_5])
    _holds(r, 128, correct, extra)


RECORDS_6 = ROOT / "gold" / "petrarch_records_6.xml"


@pytest.mark.skipif(not DICTS.exists(), reason="PETRARCH validation dictionaries not present")
def test_own_records_6():
    """Regression test (our own sentences, session 8): gold/petrarch_records_6.xml, 87 codings on
    PETR.Validate.verbs.txt's patterns, most with codes PLOVER does not type (untyped events). First
    run 81 correct, 0 extra (64 on main before untyped events); 85 after s8-petr-codes' fixes, 86 on
    merged main (s8-petr-records' argument rules); 87 on s9-petr (NG6-75 "ordered Mordor diplomats
    held", ORDER's `$ * + HELD`: the order's small clause is its verb phrase)."""
    r = _validation_scores(RECORDS_6, VALIDATION_VERBS)
    assert r["gold_events"] == 87 and r["sentences"] == 89
    assert r["correct"] == 87 and r["extra"] == 0, r["misses"]


def test_petrarch_view_codes_one_direction_and_dyads_only(pipeline):
    """PETRARCH2 codes a [042:043] verb one way, needs both sides, and codes no subordinate clause,
    negated verb or event noun that is another event's topic."""
    from newsgraph.nlp import parse_many

    def codings(text):
        doc = pipeline.prepare(ep_article(text))
        (parse,) = parse_many(pipeline.nlp, [(doc.text, doc.sections)])
        return sorted((c.source, c.target, c.code[:2]) for c in ep._codings(pipeline.annotate(doc, parse, "t"), parse))

    assert codings("France's president visited Germany on Monday.") == [("FRAGOV", "DEU", "04")]
    assert codings("France and Germany signed a trade agreement on Monday.") == [("DEU", "FRA", "05"), ("FRA", "DEU", "05")]
    assert codings("France did not attack Germany on Monday.") == []
    assert codings("France condemned the German attack on Poland.") == [("FRA", "DEU", "11")]
    assert codings("France, which has long opposed Germany, praised Poland.") == [("FRA", "POL", "05")]
    # what a threat or intent is about is part of it: one event ("threatened to attack")
    assert codings("France threatened to attack Germany on Monday.") == [("FRA", "DEU", "13")]
    assert codings("France pledged economic aid to Poland on Monday.") == [("FRA", "POL", "03")]
    # coordinated subjects of a cooperative event with no object: each with the other
    assert codings("Armenia and Azerbaijan agreed to a ceasefire on Monday.") == [("ARM", "AZE", "03"), ("AZE", "ARM", "03")]
    # PETRARCH2 keeps a sentence's codings as a set: two verbs with the same dyad and code code once
    assert codings("France condemned Germany and denounced Germany again.") == [("FRA", "DEU", "11")]


def ep_article(text):
    from newsgraph.read import make_article

    return make_article(text, "t", published="2015-06-01")


def test_a_reported_event_stands_on_its_own_whatever_the_speech_verb_codes(tmp_path):
    """Session 6: with a dictionary that codes SAID ([023], as the validation verbs do), "X said Y
    attacked Z" still counts Y's attack on Z."""
    f = tmp_path / "v.txt"
    f.write_text("--- SAID [023] ---\nSAID\n--- ATTACK [190] ---\nATTACK\n")
    opts = ep.pipeline_options(None, verbs=[str(f)])
    r = ep.Record(id="x", text="France said Germany attacked Poland on Monday.", date="2015-06-01")
    (codings,) = ep.predict([r], opts)
    assert ep.Coding("DEU", "POL", "190") in codings


RECORDS_7 = ROOT / "gold" / "petrarch_records_7.xml"
RECORDS_7_CAMEO = ROOT / "gold" / "petrarch_records_7_cameo.xml"


@pytest.mark.skipif(not DICTS.exists(), reason="PETRARCH validation dictionaries not present")
@pytest.mark.parametrize("records,verbs,gold,correct,extra", [
    # the validation verbs' own codes (first runs of its four batches, each coded before it was run:
    # 126/135 with 9 extra, 44/50 with 3, 38/41 with 2, 26/26 with 1; docs/accuracy.md "Session 8,
    # s8-petr-records")
    (RECORDS_7, VALIDATION_VERBS, 252, 251, 1),
    # the same sentences coded with CAMEO codes, built-in verbs (first runs: 88/120 with 18, 25/31
    # with 3, 27/33 with 4, 17/21 with 2)
    # (26 extra until s10-petr: 24; s13-lex's CAMEO.2.0 reading of verbs our lexicon lacks: 173 with
    # 25, the extra NG7-110, "celebrated Gondor's decision", ACCLAIM's own `* DECISION [052]` where
    # this file says 051; s14-petr's untyped CAMEO.2.0 statements between the user's actors: 26, NG7-139
    # "paid tribute to Rohan's soldiers", FINANCE's `* TRIBUTE [017]` where this file says 051; then
    # 174 with 28: NG7-34 "closed its embassy in Mordor" 161 now coded, NG7-18 "exchanged views with
    # Rohan and Arnor" EXCHANGE's `* VIEWS` 046 where this file says 040, two extra)
    # (175 with 27 extra on main cf731cf9, pin raised by s28-petrprobe)
    (RECORDS_7_CAMEO, None, 205, 180, 22),  # s32-petr2: CAMEO.2.0's repeated patterns take their last code (NG7-35, -48, -177, -209: 051)
    # (s33-petr: 182 with 20, NG7-36 and -109 "support for Rohan" 051, the noun's CAMEO code)
])
def test_own_records_7(records, verbs, gold, correct, extra):
    """Regression test (our own sentences, session 8): gold/petrarch_records_7.xml, wire-story
    sentences on the validation dictionaries' actors, agents and PLOVER-typed verbs, keeps at least
    these correct and at most these extra."""
    r = _validation_scores(records, verbs, [ACTORS_5])
    _holds(r, gold, correct, extra)


RECORDS_8 = ROOT / "gold" / "petrarch_records_8.xml"


@pytest.mark.skipif(not DICTS.exists(), reason="PETRARCH validation dictionaries not present")
def test_own_records_8():
    """Regression test (our own sentences, session 8, s8-modal): gold/petrarch_records_8.xml, the
    validation verbs' SHOULD [101] block (a modal listed as a verb) and modals no dictionary lists,
    keeps at least 29 of 30 correct and at most 3 extra (first run, coded before it: 3 correct, 27
    uncoded, 19 extra; docs/accuracy.md "Session 8, s8-modal")."""
    r = _validation_scores(RECORDS_8, VALIDATION_VERBS)
    _holds(r, 30, 29, 3)


RECORDS_9 = ROOT / "gold" / "petrarch_records_9.xml"
RECORDS_9_CAMEO = ROOT / "gold" / "petrarch_records_9_cameo.xml"


@pytest.mark.skipif(not DICTS.exists(), reason="PETRARCH validation dictionaries not present")
@pytest.mark.parametrize("records,verbs,gold,correct,extra", [
    # the validation verbs' codes (first run, coded and committed before it: 64/74 with 12 extra;
    # docs/accuracy.md "Session 9, s9-petr")
    (RECORDS_9, VALIDATION_VERBS, 74, 73, 1),  # s35-petr: NG9-31 (a clause the NER glued into one name, cut)
    # the same sentences with CAMEO codes, built-in verbs (first run: 62/75 with 6 extra, one of
    # them a gold error corrected after it, NG9-42's 138 for the codebook's 1384; s13-lex: one more
    # extra, NG9-49 "branded Dagolath a terrorist state", CAMEO.2.0's `* TERRORIST [1123]` where this
    # file says 111, the verb our lexicon lacks now read as PETRARCH2 reads it)
    (RECORDS_9_CAMEO, None, 75, 73, 2),  # s35-petr: NG9-31 as above
])
def test_own_records_9(records, verbs, gold, correct, extra):
    """Regression test (our own sentences, session 9): gold/petrarch_records_9.xml, clause structure
    (coordinated clauses, nested reported speech, adverbial and relative clauses, passives,
    appositions, infinitives, small clauses, negation), keeps at least these correct and at most
    these extra."""
    r = _validation_scores(records, verbs, [ACTORS_5])
    _holds(r, gold, correct, extra)


RECORDS_10 = ROOT / "gold" / "petrarch_records_10.xml"
RECORDS_10_CAMEO = ROOT / "gold" / "petrarch_records_10_cameo.xml"


@pytest.mark.skipif(not DICTS.exists(), reason="PETRARCH validation dictionaries not present")
@pytest.mark.parametrize("records,verbs,gold,correct,extra", [
    # the validation verbs' codes (first runs, each batch coded and committed before it: 47/49 with
    # 2 extra, 30/31 with 6, 18/20 with 2; two gold errors corrected after them, NG10-124 and
    # NG10-214; docs/accuracy.md "Session 10, s10-petr")
    (RECORDS_10, VALIDATION_VERBS, 102, 100, 0),  # s35-petr: NG10-122 (a title before a name the NER missed)
    # the same sentences with CAMEO codes, built-in verbs (first runs: 32/36 with 8 extra, 22/24 with
    # 7, 17/18 with 1)
    (RECORDS_10_CAMEO, None, 78, 73, 6),  # s35-petr: NG10-122 as above; s32-petr2: CAMEO.2.0's repeated patterns take their last code, as PETRARCH2 keeps (NG10-39 112)
])
def test_own_records_10(records, verbs, gold, correct, extra):
    """Regression test (our own sentences, session 10): gold/petrarch_records_10.xml, what makes
    extra events (conditionals, modals, questions, negations and denials, reported opinions, event
    nouns, repeated events, non-actor sources, long wire leads), keeps at least these correct and at
    most these extra."""
    r = _validation_scores(records, verbs, [ACTORS_5])
    _holds(r, gold, correct, extra)


RECORDS_13 = ROOT / "gold" / "petrarch_records_13.xml"


@pytest.mark.skipif(not DICTS.exists(), reason="PETRARCH validation dictionaries not present")
def test_own_records_13():
    """Regression test (our own sentences, session 31): gold/petrarch_records_13.xml with the BUILT-IN
    verbs, light verbs' event nouns, phrasal verbs, passives with by, infinitival complements,
    datelined leads, compound subjects and country + agent compounds over CAMEO roots 01-20, keeps at
    least 76 of 81 correct and at most 4 extra (first run, coded and committed before it, on main
    3e907065: 71 with 6 extra; docs/accuracy.md "Session 31, s31-petr")."""
    r = _validation_scores(RECORDS_13, actors=[ACTORS_5])
    _holds(r, 81, 77, 3)  # (s33-petr: NG13-074's support 051)


RECORDS_11 = ROOT / "gold" / "petrarch_records_11.xml"
RECORDS_11_CAMEO = ROOT / "gold" / "petrarch_records_11_cameo.xml"


@pytest.mark.skipif(not DICTS.exists(), reason="PETRARCH validation dictionaries not present")
@pytest.mark.parametrize("records,verbs,gold,correct,extra", [
    # the validation verbs' codes (first run, coded and committed before it, on main cf731cf9: 121/125
    # with 7 extra; docs/accuracy.md "Session 28, s28-petrprobe")
    (RECORDS_11, VALIDATION_VERBS, 125, 124, 3),
    # the same sentences with CAMEO codes, built-in verbs (first run: 103/113 with 12 extra)
    (RECORDS_11_CAMEO, None, 113, 107, 8),
])
def test_own_records_11(records, verbs, gold, correct, extra):
    """Regression test (our own sentences, session 28): gold/petrarch_records_11.xml, compound actors,
    coordinated sources and targets, passives, relative clauses, appositions, nominal and reported
    events, two-event sentences, datelined leads and near misses, keeps at least these correct and at
    most these extra."""
    r = _validation_scores(records, verbs, [ACTORS_5])
    _holds(r, gold, correct, extra)



@pytest.mark.parametrize("records,verbs,gold,correct,extra", [
    # our own verb dictionary (first run, coded and committed before it, on main 36b68e32: 81/83 with
    # 1 extra; docs/accuracy.md "Session 29, s29-petr")
    ("petrarch_records_12.xml", "petrarch_records_12.verbs.txt", 83, 83, 0),
    # the same sentences less four, built-in verbs (first run: 72/82 with 9 extra)
    ("petrarch_records_12_cameo.xml", None, 82, 79, 3),
])
def test_own_records_12(records, verbs, gold, correct, extra):
    """Regression test (our own sentences and our own actor, agent, verb, discard and issue
    dictionaries, session 29): gold/petrarch_records_12.xml, compound actors (country + agent +
    agent, agents before the country, prefix agents), actors in prepositional phrases and
    appositions, coordination, passives with by, relative clauses, phrasal verbs and prepositions in
    patterns, noun-phrase slots, synsets, negative patterns, dated actor codes and discards, keeps at
    least these correct and at most these extra."""
    d = ROOT / "gold"
    opts = ep.pipeline_options(None, verbs=[str(d / verbs)] if verbs else None,
                               actors=[str(d / "petrarch_records_12.actors.txt")],
                               agents=[str(d / "petrarch_records_12.agents.txt")],
                               discards=[str(d / "petrarch_records_12.discards.txt")],
                               issues=[str(d / "petrarch_records_12.issues.txt")])
    r = ep.evaluate(str(d / records), opts)
    _holds(r, gold, correct, extra)


RECORDS_14 = ROOT / "gold" / "petrarch_records_14.xml"


@pytest.mark.skipif(not DICTS.exists(), reason="PETRARCH validation dictionaries not present")
@pytest.mark.parametrize("verbs,correct,extra", [
    # its own verb dictionary (first run, coded and committed before it, on main e7752cf7: a load-time
    # error at its `{WARSHIPS | GUNBOATS | WAR PLANES}` line; with `{A | B}` read, 68/69 with 1 extra)
    ([str(ROOT / "gold" / "petrarch_records_14.verbs.txt")], 68, 1),
    # the built-in verbs, which code by the CAMEO codebook and CAMEO.2.0, not by that dictionary's choices
    # (s33-petr: 34 with 36; exchanged prisoners and ambassadors both ways, "handed a protest note" 114 where
    # the file's own dictionary says 111, and its near miss "exchanged accusations", which its dictionary
    # leaves uncoded, CAMEO.2.0's TRADE `* ACCUSATIONS` [112:112] both ways)
    (None, 34, 36),
])
def test_own_records_14(verbs, correct, extra):
    """Regression test (our own sentences and verb dictionary, session 32): gold/petrarch_records_14.xml,
    $ and + slots on both sides of the verb, [:CODE], % compounds, pre-verb nouns, _ glued words,
    noun phrases in prepositional groups, A/B and {A | B} alternatives, nested synsets, negative
    patterns, verb lines' own codes and combinations, keeps at least these correct and at most these
    extra (docs/accuracy.md "Session 32, s32-petr")."""
    _holds(_validation_scores(RECORDS_14, verbs), 69, correct, extra)


RECORDS_15 = ROOT / "gold" / "petrarch_records_15.xml"


@pytest.mark.skipif(not DICTS.exists(), reason="PETRARCH validation dictionaries not present")
def test_own_records_15():
    """Regression test (our own sentences, session 33): gold/petrarch_records_15.xml with the BUILT-IN verbs,
    receive/get/win + an event noun + "from Y", exchange + a plural noun, noun compounds whose head fixes the
    sense and common CAMEO phrasings, keeps at least 76 of 85 correct and at most 8 extra (first run, coded and
    committed before it, on main 8f652d78: 49 with 16 extra; docs/accuracy.md "Session 33, s33-petr")."""
    _holds(_validation_scores(RECORDS_15), 85, 76, 8)


@pytest.mark.skipif(not DICTS.exists(), reason="PETRARCH validation dictionaries not present")
@pytest.mark.parametrize("name,gold,correct,extra", [
    # first runs (each file coded and committed before it) on main ffc45b70: 76 with 0, 33 with 1, 34 with 0,
    # 256 with 0, 27 with 1; records_18-20 gained by s34-petr's list repairs (docs/accuracy.md "Session 34, s34-petr")
    ("16", 76, 76, 0),
    ("17", 34, 34, 0),  # "Gondor attorneys general", the postpositive adjective of a {PLURAL} agent: mended in
    # session 38 (context.postposed_adjective)
    ("18", 35, 35, 0),
    ("19", 259, 257, 0),  # "Radagast the Brown, Rohan and Gondor": the parser's "Brown" an object (open)
    ("20", 30, 29, 1),  # NG20-014 labelled ERI CAL where DIPLOMAT [~GOV] gives CALGOV: a label error, kept
])
def test_own_records_16_to_20(name, gold, correct, extra):
    """Regression test (our own sentences, session 34): gold/petrarch_records_16.xml to _20.xml with the three
    validation dictionaries (and records_16's own discards): compound actors, passives, coordination, relative
    clauses and appositions, prepositional verb patterns, negation, dated codes, discards, reported and nominal
    events (16); the dictionaries' own constructs (17); the same in wire-style sentences (18); every fictional
    name in five frames (19); lists and acts "in protest at" in new wordings (20)."""
    records = ROOT / "gold" / f"petrarch_records_{name}.xml"
    discards = ROOT / "gold" / f"petrarch_records_{name}.discards.txt"
    opts = ep.pipeline_options(None, verbs=VALIDATION_VERBS, actors=[str(DICTS / "PETR.Validate.actors.txt")],
                               agents=[str(DICTS / "PETR.Validate.agents.txt")],
                               discards=[str(discards)] if discards.exists() else None)
    _holds(ep.evaluate(str(records), opts), gold, correct, extra)


@pytest.mark.skipif(not DICTS.exists(), reason="PETRARCH validation dictionaries not present")
@pytest.mark.parametrize("name,gold,correct,extra", [
    ("21", 67, 63, 3),  # first run on main 1ad32c65: 55 with 8 extra; NG21-059 is a label error (PETRARCH2 writes
    # "Arnorian troops", whose ARNOR_ takes no ending, as ---MIL, as records_10's NG10-214 says)
    ("22", 17, 17, 0),  # the second set, written after the fixes; first run on this branch 17 with 0 (main: 11 with 5)
])
def test_own_records_21_22(name, gold, correct, extra):
    """Regression test (our own sentences, session 35): gold/petrarch_records_21.xml, long wire leads of hard
    structure (two events, subordinate, participial and infinitival clauses, targets in nominal objects,
    headlines, datelines, titles, unknown adjectives, sentences with no event), and _22.xml, the second set in
    new wordings, with the three validation dictionaries (docs/accuracy.md "Session 35, s35-petr")."""
    records = ROOT / "gold" / f"petrarch_records_{name}.xml"
    opts = ep.pipeline_options(None, verbs=VALIDATION_VERBS, actors=[str(DICTS / "PETR.Validate.actors.txt")],
                               agents=[str(DICTS / "PETR.Validate.agents.txt")])
    _holds(ep.evaluate(str(records), opts), gold, correct, extra)


@pytest.mark.skipif(not DICTS.exists(), reason="PETRARCH validation dictionaries not present")
@pytest.mark.parametrize("name,gold,correct,extra", [
    # first run on main db57289e: 85 with 2 extra. NG28-044 ("Arnor must withdraw ..., the Rohan foreign minister
    # said") is labelled as the act where the project's reading since session 9 makes "what must be done" the
    # saying's content (test_events_petrarch_args); NG28-068 ("deployed troops along the Rohan border"): a WEIS 182
    # typed as CAMEO's assault makes the own troops the target (records_21's NG21-021): both left open
    ("28", 87, 85, 2),
    # written after records_28's first run: main 49 with 3 extra; NG29-047 ("... met in Osgiliath": the place, not
    # each other, as the PETRARCH reading of a verb's phrases takes it) open
    ("29", 52, 50, 2),
    # own probes of the two agent families records_29 showed, before the fixes: main 10 with 5 extra
    ("30", 15, 15, 0),
    # the second set, written after the fixes and committed before its first run: 31 with 1 extra there (main 29
    # with 3); NG31-015 "Mordor bedouins attacked Rohan", the tagger's verb "bedouins", open
    ("31", 32, 31, 1),
])
def test_own_records_28_to_31(name, gold, correct, extra):
    """Regression test (our own sentences, session 38): gold/petrarch_records_28.xml, the constructions earlier
    files cover least over the CAMEO roots; _29.xml, the dictionaries' own language (compound codes, synonyms,
    dated and null codes, substitution sets, plurals, multiword actors) and pairs of those constructions; _30.xml,
    probes of agent phrases a name ran into and of plural agents ending in an adjective; _31.xml, the second
    set written after the fixes (docs/accuracy.md "Session 38, s38-suite")."""
    records = ROOT / "gold" / f"petrarch_records_{name}.xml"
    opts = ep.pipeline_options(None, verbs=VALIDATION_VERBS, actors=[str(DICTS / "PETR.Validate.actors.txt")],
                               agents=[str(DICTS / "PETR.Validate.agents.txt")])
    _holds(ep.evaluate(str(records), opts), gold, correct, extra)


@pytest.mark.parametrize("name,gold,correct,extra", [
    # first run (coded and committed before it) on main 4d7fc9db: 159 with 42 extra (CAMEO code exact 169 of 221
    # sentences, root 191); most misses are codes CAMEO.2.0 has no pattern for, or targets in deep phrases
    ("32", 224, 163, 38),
    # the second set, written after the first two changes: main 54 with 13 extra
    ("33", 76, 57, 10),
    # the third set, written after the investigation sub-codes: main 1 with 6 extra
    ("34", 12, 7, 0),
])
def test_own_records_32_to_34(name, gold, correct, extra):
    """Regression test (our own sentences, session 40): gold/petrarch_records_32.xml, two to four sentences per
    detailed CAMEO code over the twenty roots about invented countries, labelled by the codebook's definitions;
    _33.xml and _34.xml, the second and third sets (docs/accuracy.md "Session 40, s40-cbexact"). Built-in verbs."""
    d = ROOT / "gold"
    opts = ep.pipeline_options(None, actors=[str(d / "petrarch_records_32.actors.txt")],
                               agents=[str(d / "petrarch_records_32.agents.txt")])
    _holds(ep.evaluate(str(d / f"petrarch_records_{name}.xml"), opts), gold, correct, extra)
