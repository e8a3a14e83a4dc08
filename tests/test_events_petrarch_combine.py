"""A --verbs verb combined with its to-infinitive complement (session 7, events/petrarch_combine.py):
one event, its code the CAMEO codebook's parallel sub-code for what the complement does."""

import pytest
from petrarch_util import verb_coder

from newsgraph.events import petrarch_combine as pc


@pytest.mark.parametrize("upper,lower,code", [
    ("050", "040", "036"),    # agree + meet: "Express intent to meet or negotiate"
    ("030", "046", "036"),    # promise + negotiate
    ("030", "045", "039"),    # offer + mediate: "Express intent to mediate"
    ("030", "070", "033"),    # "A will help B": "Express intent to provide material aid"
    ("050", "072", "0332"),   # agree + military aid
    ("030", "071", "0331"),   # promise + economic aid
    ("020", "046", "026"),    # appeal + negotiate: "Appeal to others to meet or negotiate"
    ("020", "0874", "0256"),  # appeal + retreat: "Appeal for de-escalation of military engagement"
    ("051", "046", "026"),    # encourage (051) X to negotiate is an appeal, not an intent
    ("100", "0841", "1053"),  # demand + release: "Demand release of persons or property"
    ("120", "042", "125"),    # reject + visit: "Reject proposal to meet, discuss, negotiate"
    ("130", "190", "1384"),   # threaten + attack: "Threaten conventional attack"
    ("130", "161", "1313"),   # threaten + break off relations
    ("130", "162", "1311"),   # threaten + cut aid
    ("130", "163", "1312"),   # threaten + sanctions: "Threaten to boycott, embargo, or sanction"
    ("030", "163", "1312"),   # an intent to sanction is a threat (codebook: future tense implies a threat)
    ("030", "039", "039"),    # a complement of the upper verb's own family is the more specific code
    ("010", "190", "010"),    # a statement has no parallel sub-codes: its own code
    ("040", "046", "040"),    # nor has a consultation
    ("130", "057", "130"),    # threaten + sign: no codebook code, the upper verb's own
])
def test_combined_codes(upper, lower, code):
    assert pc.combined_code(upper, lower) == code


@pytest.mark.parametrize("upper,lower,code", [
    ("030", "0841", "1243"),  # promised not to release: "Decline to release persons or property"
    ("050", "040", "125"),    # agreed not to meet: "Reject proposal to meet, discuss, negotiate"
    ("050", "190", "050"),    # agreed not to attack: no rejection code, the agreement's own
    ("020", "190", "020"),    # urged X not to attack: the appeal's own code, never 1384 or 190
])
def test_a_negated_complement_is_rejected_or_left_out(upper, lower, code):
    assert pc.combined_code(upper, lower, negated=True) == code


def test_codes_outside_cameo_do_not_combine():
    """WEIS codes of old KEDS dictionaries (`[095]`, `[212]`) are not read as CAMEO's."""
    comb = pc.load_combination()
    assert not comb.combines("095") and not comb.combines("212") and not comb.combines("---")
    assert comb.combines("190") and comb.combines("0874")


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
    return verb_coder(tmp_path_factory.mktemp("vc"), VERBS)


def test_agreed_to_meet_is_one_event_with_the_combined_code(code):
    assert code("Russia agreed to meet Ukraine.") == [("RUS", "UKR", "036")]


def test_threats_take_the_code_of_what_is_threatened(code):
    assert code("Russia threatened to attack Ukraine.") == [("RUS", "UKR", "1384")]
    assert code("Russia threatened to break off relations with Ukraine.") == [("RUS", "UKR", "1313")]


def test_upper_verb_patterns_do_not_read_the_complement(code):
    """"promised to provide economic aid": PROMISE's `* AID [033]` does not match the complement's
    AID (a verb's patterns match its own phrases); 030 + 071 -> 0331."""
    assert code("Russia promised to provide economic aid to Ukraine.") == [("RUS", "UKR", "0331")]


def test_an_agreement_to_give_aid_is_an_intent_to_give_it(code):
    """050 + 071 -> 0331: agreeing to give aid is the codebook's intent to give it."""
    assert code("Russia agreed to provide economic aid to Ukraine.") == [("RUS", "UKR", "0331")]


def test_a_pattern_naming_the_complement_verb_codes_the_pair(code):
    """TABARI-style `* + TO WITHDRAW [201]`: the pattern's code stands; WITHDRAW's 0874 is not
    combined with it."""
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
    """"demanded that X withdraw": the combination reaches only to-infinitives; the demand
    (a dictionary's 100) takes CAMEO's parallel sub-code of what it demands (1056), as built-in
    demands do."""
    code = verb_coder(tmp_path, "--- DEMAND [100] ---\nDEMAND\n"
                                "--- WITHDRAW [0874] ---\nWITHDRAW {WITHDRAWS WITHDREW WITHDRAWN WITHDRAWING}\n")
    assert code("Russia demanded that Ukraine withdraw its troops.") == [("RUS", "UKR", "1056")]



def test_an_appeal_to_someone_to_act_aims_at_who_is_to_act(tmp_path):
    """"urged Poland to provide economic aid to Moldova": the combined event's target is the
    complement's own subject (Poland, the one asked to act), not the complement's target; appeal
    + economic aid: 0231 "Appeal for economic aid"."""
    code = verb_coder(tmp_path, "--- URGE [020] ---\nURGE\n--- PROVIDE [070] ---\nPROVIDE\n- * {ECONOMIC AID} [071]\n")
    assert code("Ukraine urged Poland to provide economic aid to Moldova.") == [("UKR", "POL", "0231")]


def test_a_to_infinitive_the_tagger_calls_a_noun_is_a_verb(tmp_path):
    """"offered to host talks": spaCy tags "host" NOUN though it heads a to-infinitive; PETRARCH
    mode codes it as the verb it is, and combines it (030 + 039 -> 039: an intent already)."""
    code = verb_coder(tmp_path, "--- OFFER [030] ---\nOFFER\n--- HOST [043:042] ---\nHOST\n- * TALKS (BETWEEN) [039]\n")
    assert code("Egypt offered to host talks between Israel and Jordan.") == [("EGY", "ISR", "039"),
                                                                             ("EGY", "JOR", "039")]


def test_an_uncoded_verb_between_passes_the_complement_up(tmp_path):
    """"threatened to continue attacking": CONTINUE codes nothing (`[---]`), so the attack is the
    threat's complement (130 + 190 -> 1384), one event; with no threat, the attack stands alone."""
    from newsgraph.evaluate import petrarch as ep

    f = tmp_path / "v.txt"
    f.write_text("--- THREATEN [130] ---\nTHREATEN\n--- CONTINUE [---] ---\nCONTINUE\n--- ATTACK [190] ---\nATTACK\n")
    opts = ep.pipeline_options(None, verbs=[str(f)])
    texts = ["Russia threatened to continue attacking Ukraine.", "Russia continued to attack Ukraine."]
    got = ep.predict([ep.Record(id=str(i), text=t, date="2025-01-01") for i, t in enumerate(texts)], opts)
    assert [[(c.source, c.target, c.code) for c in cs] for cs in got] == [[("RUS", "UKR", "1384")],
                                                                        [("RUS", "UKR", "190")]]


def test_a_negated_complement_is_not_the_act(code):
    """"agreed not to attack": the attack is not coded (unnegated it would be 1384); the agreement
    has no rejection code for it and stands with its own code."""
    assert code("Russia agreed not to attack Ukraine.") == [("RUS", "UKR", "050")]
    assert code("Russia agreed to attack Ukraine.") == [("RUS", "UKR", "1384")]
