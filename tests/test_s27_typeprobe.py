"""Session 27 (s27-typeprobe): event TYPE on varied news wordings, own sentences (real countries, written for
these tests, none from an evaluation corpus). Each case is the type the evaluation counts: the best-ranked
asserted event (`evaluate.events._rank`, `asserted`). The lexicon families and the promise rule are read from
the PLOVER manual's category definitions and the CAMEO codebook (docs/accuracy.md, Session 27, s27-typeprobe)."""

import pytest

from newsgraph.evaluate.events import _rank, asserted, plover_events


def _top(pipeline, text):
    doc = pipeline.extract(text, published="2024-06-01")
    evs = [e for e in sorted(plover_events(list(doc.events)), key=_rank) if asserted(e)]
    return (evs[0].type, evs[0].cameo) if evs else (None, None)


# 1. Lexicon families each sentence's verb or noun belongs to, which the lexicon lacked (nothing or another type
#    was coded before).
@pytest.mark.parametrize("text, type_, cameo", [
    # AID: delivering what aid is, by what is delivered (CAMEO 071 economic, 072 military, 073 humanitarian)
    ("The United States delivered air defence systems to Ukraine.", "AID", "072"),
    ("Poland delivered ammunition and howitzers to Kyiv.", "AID", "072"),
    ("France airlifted medical supplies to Lebanon.", "AID", "073"),
    ("Qatar shipped fuel to Gaza.", "AID", "073"),
    ("India dispatched relief supplies to quake-hit Nepal.", "AID", "073"),
    ("The IMF disbursed $1 billion to Egypt.", "AID", "071"),
    ("The World Bank disbursed a new loan tranche to Pakistan.", "AID", "071"),
    # CONCEDE: acquittals and commuted sentences (PLOVER: "Formal pardons, acquittals, and amnesties"),
    # withdrawn charges or demands (PLOVER REQUEST: "Withdrawing a demand should be coded as CONCEDE"),
    # martial law or a curfew ended (CAMEO 0814, 0813)
    ("A court in Tehran acquitted the British-Iranian aid worker.", "CONCEDE", "081"),
    ("Egypt's president commuted the death sentences of seven men.", "CONCEDE", "081"),
    ("Charges against the Ugandan opposition leader were withdrawn.", "CONCEDE", "080"),
    ("The Burmese junta ended martial law in Yangon.", "CONCEDE", "0814"),
    ("The Nepali government ended the curfew in Kathmandu.", "CONCEDE", "0813"),
    # RETREAT: positions evacuated (withdraw from territory)
    ("The Armenian army evacuated its positions in the disputed area.", "RETREAT", "0874"),
    # ACCUSE: criticism of a decision, resolution, ruling (CAMEO 111)
    ("The Moroccan government slammed the European Parliament's resolution.", "ACCUSE", "111"),
    ("Beijing assailed the Philippine court's ruling.", "ACCUSE", "111"),
    # MOBILIZE: reserves called up (154), forces put on readiness (152), warships sent (154), a parade (150)
    ("Ukraine called up 50,000 reservists.", "MOBILIZE", "154"),
    ("Armenia placed its troops on combat readiness.", "MOBILIZE", "152"),
    ("The Pentagon sent an aircraft carrier to the eastern Mediterranean.", "MOBILIZE", "154"),
    ("North Korea held a large military parade in Pyongyang.", "MOBILIZE", "150"),
    # COERCE cyber: attacks on websites and servers (PLOVER COERCE `cyber`: "hacking, ... website attacks")
    ("Russian hackers attacked the Estonian government's websites.", "COERCE", "170"),
    ("Chinese hackers attacked the servers of the Indian power utility.", "COERCE", "170"),
    # AGREE: stated willingness or readiness to act (CAMEO 03, PLOVER "indicate willingness")
    ("Seoul signalled its willingness to hold talks with Pyongyang.", "AGREE", "030"),
])
def test_a_lexicon_family(pipeline, text, type_, cameo):
    assert _top(pipeline, text) == (type_, cameo)


# 2. A promise to do a conflictual act is a threat (PLOVER AGREE is a "commitment to cooperate"; THREATEN
#    "coercive or forceful warnings"), the content's own threat code, as "said it would impose" already was.
@pytest.mark.parametrize("text, cameo, mode", [
    ("Trump vowed to impose tariffs on Mexican imports.", "1312", "relations"),
    ("The government pledged to expel the foreign diplomats.", "1313", "relations"),
    ("The junta promised to crack down on the protesters.", "137", "restrict"),
    ("The president vowed to arrest the coup plotters.", "137", "arrest"),  # the content's mode (arrest)
    ("Erdogan vowed to send more troops to Syria.", "138", "violence"),
])
def test_a_promise_of_a_conflictual_act_is_a_threat(pipeline, text, cameo, mode):
    doc = pipeline.extract(text, published="2024-06-01")
    top = sorted((e for e in plover_events(list(doc.events)) if asserted(e)), key=_rank)[0]
    assert (top.type, top.cameo, top.mode) == ("THREATEN", cameo, mode)


@pytest.mark.parametrize("text, cameo", [
    # help to rebuild is relief (AID 073, s29-typemiss), so the promise is CAMEO 0333, "Express intent to provide
    # humanitarian aid" (was 030 while "help rebuild" coded nothing)
    ("Egypt vowed to help rebuild Gaza's hospitals.", "0333"),
    ("Japan pledged to provide aid to the Philippines.", "033"),
    ("China promised to lift the sanctions on Lithuania.", "0354"),  # easing sanctions is a concession
    ("Russia vowed to respect the ceasefire.", "0356"),
    ("The Kenyan president promised to meet the opposition leader.", "036"),
])
def test_a_promise_of_a_cooperative_act_stays_agree(pipeline, text, cameo):
    assert _top(pipeline, text) == ("AGREE", cameo)


@pytest.mark.parametrize("text, code", [
    # a promise verb's own THREATEN sense keeps its code (1384 retaliation), not the content's 138
    ("Rebels swore to attack the capital.", ("THREATEN", "1384")),
    ("The rebels vowed to retaliate against the army.", ("THREATEN", "1384")),
    # agreeing is no promise to someone: the rule is for verbs of promising only
    ("European Union ministers agreed to impose sanctions on Belarus.", ("AGREE", "030")),
])
def test_the_rule_is_for_a_promise_coded_agree(pipeline, text, code):
    assert _top(pipeline, text) == code


def test_a_promise_not_made_is_no_threat(pipeline):
    # the negated promise is recast to a refusal first (`recast`); only a promise still AGREE is read
    assert _top(pipeline, "Russia did not pledge to impose sanctions on Iran.")[0] not in ("THREATEN", "AGREE")


# 3. Guards: the families' other senses code nothing of theirs.
@pytest.mark.parametrize("text, not_type", [
    ("The president delivered a speech to parliament.", "AID"),
    ("The company shipped its cars to Europe.", "AID"),
    ("The minister quit smoking last year.", None),
    ("The readiness of the army was questioned by analysts.", "MOBILIZE"),
    ("Thousands watched the carnival parade in Rio.", "MOBILIZE"),
    ("Rescuers evacuated residents from the flooded villages.", "RETREAT"),
    ("The prosecutor withdrew from the case.", "CONCEDE"),  # recusal, no charge dropped
    ("Turkish jets attacked a militant network in northern Iraq.", "COERCE"),
    ("Russian forces attacked a military site near Kyiv.", "COERCE"),
    ("Rebels attacked a military computer centre in Donetsk.", "COERCE"),
])
def test_other_senses_are_not_coded(pipeline, text, not_type):
    top = _top(pipeline, text)[0]
    assert top != not_type if not_type else top is None
