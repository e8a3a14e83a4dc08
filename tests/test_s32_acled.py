"""ACLED sub-event types, session 32 (s32-acled, issue 11: held-aside macro-F1 0.5886 [0.60]). Own sentences labelled
from the ACLED codebook before any run (docs/accuracy.md, "Session 32, s32-acled"): tests/data/s32_acled_probes1.tsv
(force told by a hyphenated compound verb or adjective), s32_acled_probes2.tsv (sport and games told in violence's
words, and real violence at a game), s32_acled_probes3.tsv (the figurative senses of the violent lexicon), s32_acled_probes4.tsv (new wordings
of the three, written after the fixes, never tuned on). The
families fixed: a game's own words or a score with no casualty, weapon or armed side (`acled.SPORT`, `HARMED`); a
war, battle or fight of a market, a court or politics, a "war of words", a fight against no one who can be hurt, a
show that "bombed" (`acled.FIGURATIVE_KIND`, `WAR_OF_WORDS`, `NO_FOE`, `SHOW_FAILED`); a measure attacked and a
"blistering" attack (`acled.VERBAL_OBJECT`, `VERBAL_FRAME`); a discard phrase in a setting's prepositional phrase of
a sentence naming harm (`petrarch_lists._in_setting`); compound verbs of force split at the hyphen (lexicon: the
first part as the verb's `mod`; `nlp.hyphenated_verbs`: the second part made the clause's verb when the parser read
it as an adjective). Known misses are strict xfails, so a fix of one shows."""

import pytest

from eventsutil import probe_rows, acled_predicted

KNOWN_MISSES = {  # each wrong on base e7752cf7 too; the cause in docs/accuracy.md, Session 32, s32-acled
    # (the passive "were tear-gassed", "knee-capped" and fans' fights were fixed in session 33: tests/test_s33_acled.py;
    # the hyphenated adjective "Tear-gassed protesters" in session 34: tests/test_s34_acled.py)
    # "declared war on potholes": a war on a thing, not read (one wording)
    "The mayor declared war on potholes.",
}


def _rows():
    return probe_rows(("s32_acled_probes1.tsv", "s32_acled_probes2.tsv", "s32_acled_probes3.tsv",
                       "s32_acled_probes4.tsv"), KNOWN_MISSES, 3)


@pytest.mark.parametrize("want, text", list(_rows()))
def test_probe(pipeline, want, text):
    assert acled_predicted(pipeline, text) == want


@pytest.mark.parametrize("text, want", [
    # each mark of a game alone: a score, a game's unit, a player, a part of the play
    ("Leeds thrashed Hull 4-0 on Saturday.", "none"),
    ("The Panthers attacked relentlessly in the opening quarter.", "none"),
    ("The striker hammered the ball against the post.", "none"),
    ("Sharks battered the Bulls' line in extra time.", "none"),
    # ... but a casualty, a weapon or an armed side keeps the violence
    ("Fans attacked a referee after the match, injuring him badly.", "some"),
    ("Soldiers shot at a crowd leaving the stadium after the match.", "some"),
    # words that look like a game's and are not: "the final assault"
    ("Rebels attacked the town in a final assault on Tuesday.", "some"),
])
def test_sport(pipeline, text, want):
    # "some": a violent category (which one is not this test's question), not "none"
    got = acled_predicted(pipeline, text)
    assert (got == "none") if want == "none" else (got != "none")


@pytest.mark.parametrize("text", [
    "The two supermarkets are fighting a price war over milk.",
    "The family lost a long legal battle over the land.",
    "The governor is fighting corruption in the ports.",
    "Firefighters battled the blaze for six hours.",
    "The sequel bombed at the box office.",
    "The minister faced a war of words with the unions.",
    "The opposition launched a scathing attack on the budget.",
])
def test_figurative(pipeline, text):
    assert acled_predicted(pipeline, text) == "none"


@pytest.mark.parametrize("text", [
    "Government troops fought rebels in the hills for a second day.",
    "Warplanes bombed the rebel stronghold on Monday.",
    "Gunmen attacked Bill Mensah's convoy near the border.",
])
def test_figurative_limits(pipeline, text):
    assert acled_predicted(pipeline, text) != "none"


def test_a_discard_in_a_setting_of_harm_keeps_the_sentence(pipeline):
    doc = pipeline.extract("A bomb exploded outside a football stadium, killing four fans.", published="2016-05-10")
    assert doc.discards == [] and any(e.type == "ASSAULT" for e in doc.events)


@pytest.mark.parametrize("text", [
    "Brazil beat Argentina at the football stadium in Rio.",  # a setting but no harm: a sports story
    "Two football teams clashed in a tense match, leaving one player injured.",  # "in": the game itself
])
def test_a_discard_without_a_setting_of_harm_stops_the_sentence(pipeline, text):
    doc = pipeline.extract(text, published="2016-05-10")
    assert [d.phrase for d in doc.discards] == ["FOOTBALL"] and doc.events == []


@pytest.mark.parametrize("text, want", [
    ("Police pepper-sprayed marchers outside the governor's office.", "Protest with intervention"),
    ("Police baton-charged a crowd of strikers at the port.", "Protest with intervention"),
    ("The hiker pepper-sprayed a bear on the trail.", "none"),
])
def test_hyphenated_crowd_control(pipeline, text, want):
    assert acled_predicted(pipeline, text) == want


def _tree(pipeline, text):
    from newsgraph.model import Section
    from newsgraph.nlp import parse_many

    (parse,) = parse_many(pipeline.nlp, [(text, [Section(kind="body", start=0, end=len(text), text=text)])])
    return parse.doc


@pytest.mark.parametrize("text, subject, verb, obj", [
    # the object noun as the root
    ("Police pepper-sprayed students outside the library.", "Police", "sprayed", "students"),
    # the subject as the root, the object its apposition or object
    ("Riot officers water-cannoned thousands of marchers on the avenue.", "officers", "cannoned", "thousands"),
    # the object as the subject of a participle after it, which then describes it
    ("Riot police tear-gassed hundreds of workers marching on the palace.", "police", "gassed", "hundreds"),
])
def test_hyphenated_verb_repaired(pipeline, text, subject, verb, obj):
    doc = _tree(pipeline, text)
    v = next(t for t in doc if t.text == verb)
    assert v.dep_ == "ROOT" and v.pos_ == "VERB" and len(list(doc.sents)) == 1
    assert [c.text for c in v.children if c.dep_ == "nsubj"] == [subject]
    assert [c.text for c in v.children if c.dep_ == "dobj"] == [obj]


@pytest.mark.parametrize("text, word", [
    ("Gaza's Hamas-run health ministry said 20 people died.", "run"),  # not a verb of force
    ("The tear-gassed crowd scattered into side streets.", "gassed"),  # after a determiner: attributive
    ("Iran-backed militias attacked the base.", "backed"),  # no noun phrase before it
])
def test_hyphenated_participle_kept(pipeline, text, word):
    doc = _tree(pipeline, text)
    assert next(t for t in doc if t.text == word).dep_ != "ROOT"


def test_hyphenated_verb_first_part_unlabelled(pipeline):
    # the passive's first part, which the parser leaves as "dep", is the compound's modifier
    doc = _tree(pipeline, "Dozens of pupils were pepper-sprayed by police near the school.")
    first = next(t for t in doc if t.text == "pepper")
    assert first.dep_ == "npadvmod" and first.head.text == "sprayed"
    assert acled_predicted(pipeline, "Scores of marchers were pepper-sprayed by police near the bridge.") == \
        "Protest with intervention"
