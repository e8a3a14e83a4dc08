"""ACLED sub-event types, session 31 (s31-acled, issue 11: held-aside macro-F1 0.5865 [0.60]; the rare classes decide
it). Own sentences labelled from the ACLED codebook before any run: tests/data/s31_acled_probes.tsv (the rare
sub-event types, grenade, sexual violence, abduction, looting, territory, protest responses, IED, clash and attack,
each with near misses), s31_acled_probes2.tsv (new wordings of set 1's failing families, committed before the fix and
before their first run), s31_acled_probes3.tsv (new wordings after the fix, committed before their first run),
s31_acled_probes4.tsv (an arrest's crime "on suspicion of" far from the verb, before its fix), s31_acled_probes5.tsv
("raped" with its victim, after the victim list was widened, before its first run), s31_acled_probes6.tsv
(crowd control told by a hyphenated verb, before its first run; not fixed, its misses strict xfails),
s31_acled_probes7.tsv (sport told in violence's words, before its first run; not fixed). The
families fixed: the accident the casualties died or were hurt in (`acled._in_an_accident`, IN_ACCIDENT, and an
accidental blast named where they died, CASUALTY_IN), a crime named as what a law, a penalty or a campaign is about
(`acled.LAW_ABOUT`), a figurative hijacking (`acled.HIJACK`, CRAFT), protesters tasered or maced (lexicon), the
crime an arrest is "on suspicion of" (`acled.LEGAL_BEFORE`), "raped" (lemma "rap") with more victim nouns (lexicon).
Known misses are strict xfails, so a fix of one shows."""

import pytest

from eventsutil import probe_rows, acled_predicted

KNOWN_MISSES = {  # each wrong on base b42c7040 too; the cause in docs/accuracy.md, Session 31, s31-acled
    # a metaphor whose vehicle is a weapon thrown ("a grenade thrown into the debate"): one wording, not traced
    "The senator said the report was a grenade thrown into the budget debate.",
    # "carried off" people: no event coded (no lexicon entry for the phrasal verb)
    "Fighters carried off 40 villagers into the forest after the raid.",
    # a town that "fell" after the army withdrew: the codebook's non-violent transfer reads it so too (label doubtful)
    "The town fell to the rebels on Tuesday after the army withdrew.",
    # protesters removed: "removed" is coded only for protesters named so ("pepper-sprayed", parsed as an adjective,
    # was fixed in session 32: nlp.hyphenated_verbs)
    "Police removed activists who had chained themselves to the gates of the plant.",
    # stone-throwing youths against police: mob vs demonstration, the boundary s21 and s30 left open
    "Stone-throwing youths clashed with police, who fired rubber bullets.",
    # fireworks that exploded as the sentence's subject, with the killing as a participle: no blast noun to read
    "Fireworks exploded at a warehouse, killing two workers.",
    # set 7: a player's "shot" with no victim (a score "8-for-12" is no score of the game's; session 32 fixed "shot
    # twice at goal", the shooting "at a high school football game" and set 6's "pepper-sprayed a group of protesters")
    "The guard shot 8-for-12 from the field as the Wildcats won their third straight game.",
    # "held ... on charges of": "held" is no arrest in the lexicon
    "Police held a suspect on charges of assault and robbery.",
    # reports taken by a hotline: "reports of" tells real events elsewhere, so no rule
    "A new hotline takes reports of domestic abuse and sexual assault.",
    # "maced" with a bare plural object: no event coded
    "Police maced protesters blocking the intersection.",
}


def _rows():
    return probe_rows(("s31_acled_probes.tsv", "s31_acled_probes2.tsv", "s31_acled_probes3.tsv",
                       "s31_acled_probes4.tsv", "s31_acled_probes5.tsv", "s31_acled_probes6.tsv",
                       "s31_acled_probes7.tsv"), KNOWN_MISSES, 3)


@pytest.mark.parametrize("want, text", list(_rows()))
def test_probe(pipeline, want, text):
    assert acled_predicted(pipeline, text) == want


@pytest.mark.parametrize("text, want", [
    # the accident the casualties died in, each kind alone
    ("A jogger was killed in a traffic accident near the park.", "none"),
    ("Two climbers died in an avalanche on the north face.", "none"),
    ("A firefighter was injured in a warehouse fire on Sunday.", "none"),
    ("Nine passengers were hurt in a train derailment outside the station.", "none"),
    ("Four people were killed in a fire at their apartment.", "none"),
    # ... but fighting, an ambush, a set fire or a weapon in the same frame stay violence
    ("Two soldiers were killed in heavy fire from the rebels' positions.", "Armed clash"),
    ("Three guards were killed in an exchange of fire with gunmen.", "Armed clash"),
    ("Two villagers were killed in a fire set by militiamen.", "Attack"),
    ("Four people were killed in a car bomb attack outside the ministry.", "Remote explosive/landmine/IED"),
    # an accidental blast where the victims died, and a bomb where they died
    ("Three workers were killed in an explosion at a chemical plant.", "none"),
    ("Three workers were killed in a bomb explosion at the plant.", "Remote explosive/landmine/IED"),
])
def test_accidents(pipeline, text, want):
    assert acled_predicted(pipeline, text) == want


def test_crash_caused_by_rebels(pipeline):
    # a crash someone caused: the act that caused it keeps its category, whichever weapon row then takes it
    text = "Five soldiers were killed in a helicopter crash after rebels fired a missile at it."
    assert acled_predicted(pipeline, text) != "none"


@pytest.mark.parametrize("text, want", [
    # a weapon named in the accident's own phrase: a mine's blast, not an accident
    ("A shepherd was killed in a landmine accident near the border.", "Remote explosive/landmine/IED"),
    # armed men as the casualties of a crash fought no one
    ("Two rebels were killed in a car crash near the border.", "none"),
])
def test_accident_limits(pipeline, text, want):
    assert acled_predicted(pipeline, text) == want


@pytest.mark.parametrize("text, want", [
    # a crime named as what a law, a penalty or a campaign is about, each noun alone
    ("The bill sets penalties for looting after a disaster.", "none"),
    ("Lawmakers passed a law against kidnapping on Tuesday.", "none"),
    ("The court upheld the punishment for armed robbery.", "none"),
    ("Students organised a week of awareness of sexual assault.", "none"),
    ("The senator wants prison terms for rioting doubled.", "none"),
    # ... but the act told with its own doer in the sentence stays ("raped a woman" after "for" is no law's content)
    ("Soldiers raped a woman at a checkpoint, days after the army announced penalties for such crimes.",
     "Sexual violence"),
    # a hijacking: a craft or its passengers named keeps it an abduction; a meeting or a debate does not
    ("Armed men hijacked a ferry on the lake.", "Abduction/forced disappearance"),
    ("Gunmen hijacked a minibus and held its passengers for two days.", "Abduction/forced disappearance"),
    ("The opposition hijacked the session to demand the minister's resignation.", "none"),
    # tasered: protesters (crowd control) vs a suspect (no protest)
    ("Police tasered demonstrators outside the embassy.", "Protest with intervention"),
    ("Police tasered a suspect who ran from a traffic stop.", "none"),
])
def test_law_hijack_taser(pipeline, text, want):
    assert acled_predicted(pipeline, text) == want


@pytest.mark.parametrize("text, want", [
    # the crime an arrest is "on suspicion of", six or more words after the arrest's verb (the gap alone)
    ("Police arrested two brothers from the village early on Monday on suspicion of killing a shopkeeper.", "Arrests"),
    # ... the same crime told by its doer stays
    ("Two brothers from the village killed a shopkeeper early on Monday, police said.", "Attack"),
    # "raped" (lemma "rap") with a victim named by kin or standing; "rapped" with other objects is none
    ("Soldiers raped a widow in the village.", "Sexual violence"),
    ("The men raped the captives over several weeks, survivors said.", "Sexual violence"),
    ("The chairman rapped the committee for its report.", "none"),
])
def test_suspicion_and_raped(pipeline, text, want):
    assert acled_predicted(pipeline, text) == want
