"""PETRARCH2's combination of a verb's code with its to-infinitive complement's (session 7,
events/petrarch_combine.py; dictionaries.rst, "Combinations")."""

import pytest

from newsgraph.events import petrarch_combine as pc


@pytest.fixture(scope="module")
def ont():
    return pc.load_ontology()


@pytest.mark.parametrize("upper,lower,code", [
    ("030", "070", "033"),    # the documented example: "A will help B" (0x3000 + 0x0040)
    ("130", "190", "138"),    # threaten + attack: 0x6000 + 0x00A0
    ("130", "161", "1313"),   # threaten + break off relations
    ("130", "162", "1311"),   # threaten + cut aid
    ("130", "163", "132"),    # threaten + sanctions: PETRARCH2's 0x600B (the codebook says 1312)
    ("050", "040", "040"),    # agree + meet: the lower code is the larger, it wins
    ("030", "046", "046"),    # intend + negotiate: both top-level acts, the lower wins (as written, not 044)
    ("010", "138", "138"),    # say + threaten: both top-level
    ("050", "190", "190"),    # agree + attack: 0x00A0 > 0x0080, the lower wins
    ("050", "070", None),     # agree + provide aid: 0x00C0 has no CAMEO code, PETRARCH2 codes nothing
    ("030", "071", "0331"),   # promise + economic aid
    ("020", "0874", None),    # appeal + withdraw: 0x22C2 has no code
])
def test_combined_codes(ont, upper, lower, code):
    assert pc.combined_code(ont, upper, lower) == code


def test_rejection_below_is_added(ont):
    assert pc.combine(0x3000, -0xFFFF) == 0x3000 - 0xFFFF
    assert pc.combine(0x0080, 0x0040) == 0x00C0


def test_codes_outside_cameo_do_not_combine(ont):
    """WEIS codes of old KEDS dictionaries (`[095]`, `[212]`) are not read as CAMEO's; a CAMEO code
    with no row of its own converts through its root, as PETRARCH2 converts it (141 -> 140)."""
    assert ont.internal("095") is None and ont.internal("212") is None and ont.internal("---") is None
    assert ont.internal("141") == ont.internal("140") == 0x5000
    assert pc.combined_code(ont, "095", "190") == "095"


VERBS = """--- AGREE [050] ---
AGREE
--- MEET [040] ---
MEET {MEETS MET MEETING}
--- THREATEN [130] ---
THREATEN
--- ATTACK [190] ---
ATTACK
--- REDUCE [160] ---
+BREAK_OFF {+BREAKS_OFF +BROKE_OFF +BREAKING_OFF +BROKEN_OFF}
- * RELATIONS [161]
--- PROMISE [030] ---
PROMISE
- * AID [033]
--- PROVIDE [070] ---
PROVIDE
- * {ECONOMIC AID} [071]
--- ORDER [---] ---
ORDER
- * + TO WITHDRAW [201]
--- WITHDRAW [0874] ---
WITHDRAW {WITHDRAWS WITHDREW WITHDRAWN WITHDRAWING}
"""


@pytest.fixture(scope="module")
def code(tmp_path_factory):
    from newsgraph.evaluate import petrarch as ep

    f = tmp_path_factory.mktemp("vc") / "verbs.txt"
    f.write_text(VERBS)
    opts = ep.pipeline_options(None, verbs=[str(f)])

    def run(text):
        r = ep.Record(id="x", text=text, date="2025-01-01")
        (codings,) = ep.predict([r], opts)
        return sorted((c.source, c.target, c.code) for c in codings)
    return run


def test_agreed_to_meet_is_one_event_with_the_combined_code(code):
    assert code("Russia agreed to meet Ukraine.") == [("RUS", "UKR", "040")]


def test_threats_take_the_code_of_what_is_threatened(code):
    assert code("Russia threatened to attack Ukraine.") == [("RUS", "UKR", "138")]
    assert code("Russia threatened to break off relations with Ukraine.") == [("RUS", "UKR", "1313")]


def test_upper_verb_patterns_do_not_read_the_complement(code):
    """"promised to provide economic aid": PROMISE's `* AID [033]` does not match the complement's
    AID (PETRARCH2 matches a verb's own phrases); 030 + 071 -> 0331."""
    assert code("Russia promised to provide economic aid to Ukraine.") == [("RUS", "UKR", "0331")]


def test_a_combination_with_no_cameo_code_codes_nothing(code):
    assert code("Russia agreed to provide economic aid to Ukraine.") == []


def test_a_pattern_naming_the_complement_verb_codes_the_pair(code):
    """TABARI-style `* + TO WITHDRAW [201]`: the pattern's code stands; WITHDRAW's 0874 is not
    combined with it (it would win: 0x02C2 > 201's 0x00B0)."""
    assert code("Russia ordered Ukrainian officials to withdraw.") == [("RUS", "UKRGOV", "201")]


MORE = """--- ACCORD [060] ---
ACCORD
--- KILL [190] ---
KILL
--- SIGN [057:057] ---
SIGN
"""


def test_prepositional_according_is_no_verb_and_nobody_acts_in_neither_nor(tmp_path):
    """Session 7: "according to" (spaCy: a VERB heading a prep) is no dictionary verb (PETRARCH sees
    no verb phrase there: ACCORD's 060 coded nothing true); a subject "neither X nor Y" or
    "no country" negates its verb (the coordinated signing was coded both ways)."""
    from newsgraph.evaluate import petrarch as ep
    from newsgraph.pipeline import Pipeline

    f = tmp_path / "v.txt"
    f.write_text(MORE)
    opts = ep.pipeline_options(None, verbs=[str(f)])
    doc = Pipeline(opts).extract("Russian troops killed five civilians, according to Ukrainian officials.",
                                 name="t", published="2025-01-01")
    assert [e.trigger.text for e in doc.events] == ["killed"]
    for text in ("Neither Russia nor Ukraine signed the treaty.", "No country signed the treaty with Ukraine."):
        (codings,) = ep.predict([ep.Record(id="x", text=text, date="2025-01-01")], opts)
        assert codings == [], text


def test_nobody_as_subject_flags_the_built_in_event_negated(pipeline):
    doc = pipeline.extract("Neither Russia nor Ukraine signed the treaty.", name="t", published="2025-01-01")
    assert doc.events and all("negated" in e.flags for e in doc.events)


def test_a_demand_of_a_finite_clause_takes_the_codebook_sub_code(tmp_path):
    """"demanded that X withdraw": PETRARCH2's combination reaches only to-infinitives; the demand
    (a dictionary's 100) takes CAMEO's parallel sub-code of what it demands (1056), as built-in
    demands do."""
    from newsgraph.evaluate import petrarch as ep

    f = tmp_path / "v.txt"
    f.write_text("--- DEMAND [100] ---\nDEMAND\n"
                 "--- WITHDRAW [0874] ---\nWITHDRAW {WITHDRAWS WITHDREW WITHDRAWN WITHDRAWING}\n")
    opts = ep.pipeline_options(None, verbs=[str(f)])
    (codings,) = ep.predict([ep.Record(id="x", text="Russia demanded that Ukraine withdraw its troops.",
                                       date="2025-01-01")], opts)
    assert [(c.source, c.target, c.code) for c in codings] == [("RUS", "UKR", "1056")]



def test_an_appeal_to_someone_to_act_aims_at_who_is_to_act(tmp_path):
    """"urged Poland to provide economic aid to Moldova": the combined event's target is the
    complement's own subject (Poland), not the complement's target (PETRARCH2's `a (b . Q) P` ->
    `a b P+Q`); appeal 0x2000 + economic aid 0x0045 = 0231."""
    from newsgraph.evaluate import petrarch as ep

    f = tmp_path / "v.txt"
    f.write_text("--- URGE [020] ---\nURGE\n--- PROVIDE [070] ---\nPROVIDE\n- * {ECONOMIC AID} [071]\n")
    opts = ep.pipeline_options(None, verbs=[str(f)])
    text = "Ukraine urged Poland to provide economic aid to Moldova."
    (codings,) = ep.predict([ep.Record(id="x", text=text, date="2025-01-01")], opts)
    assert [(c.source, c.target, c.code) for c in codings] == [("UKR", "POL", "0231")]


def test_a_to_infinitive_the_tagger_calls_a_noun_is_a_verb(tmp_path):
    """"offered to host talks": spaCy tags "host" NOUN though it heads a to-infinitive; PETRARCH
    mode codes it as the verb it is, and combines it (030 + 039 -> 039, both top-level acts)."""
    from newsgraph.evaluate import petrarch as ep

    f = tmp_path / "v.txt"
    f.write_text("--- OFFER [030] ---\nOFFER\n--- HOST [043:042] ---\nHOST\n- * TALKS (BETWEEN) [039]\n")
    opts = ep.pipeline_options(None, verbs=[str(f)])
    text = "Egypt offered to host talks between Israel and Jordan."
    (codings,) = ep.predict([ep.Record(id="x", text=text, date="2025-01-01")], opts)
    assert sorted((c.source, c.target, c.code) for c in codings) == [("EGY", "ISR", "039"), ("EGY", "JOR", "039")]


def test_an_uncoded_verb_between_passes_the_complement_up(tmp_path):
    """"threatened to continue attacking": CONTINUE codes nothing (`[---]`), so the attack is the
    threat's complement (130 + 190 -> 138), one event; with no threat, the attack stands alone."""
    from newsgraph.evaluate import petrarch as ep

    f = tmp_path / "v.txt"
    f.write_text("--- THREATEN [130] ---\nTHREATEN\n--- CONTINUE [---] ---\nCONTINUE\n--- ATTACK [190] ---\nATTACK\n")
    opts = ep.pipeline_options(None, verbs=[str(f)])
    texts = ["Russia threatened to continue attacking Ukraine.", "Russia continued to attack Ukraine."]
    got = ep.predict([ep.Record(id=str(i), text=t, date="2025-01-01") for i, t in enumerate(texts)], opts)
    assert [[(c.source, c.target, c.code) for c in cs] for cs in got] == [[("RUS", "UKR", "138")],
                                                                        [("RUS", "UKR", "190")]]


def test_a_negated_complement_is_not_the_act(code, ont):
    """"agreed not to attack": PETRARCH2 subtracts 0xFFFF from a negated lower code, and 050 plus
    a rejected attack has no CAMEO code: nothing (the attack's 190 would win unnegated)."""
    assert pc.combined_code(ont, "050", "190", negated=True) is None
    assert code("Russia agreed not to attack Ukraine.") == []
