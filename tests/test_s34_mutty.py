"""Session 34 (s34-mutty): the mutants of events/stage.py's `_accusation_kind`, `_presence_kind`, `_institutional` and
`_prominent_killed` that s34-type's test files left alive, each pinned on a hand-built parse (the statistical parser
gives none of our own sentences these shapes). docs/testing.md, Session 34, s34-mutty."""

import pytest
import spacy
from spacy.tokens import Doc

from eventsutil import DATA, top_event
from newsgraph.events import stage

VOCAB = spacy.blank("en").vocab


def parse(spec: str) -> Doc:
    """Tokens separated by spaces, each `word:POS:dep:head[:lemma]` (head: the head's index; the root is its own
    head). The lemma defaults to the word in lower case."""
    words, pos, deps, heads, lemmas = [], [], [], [], []
    for item in spec.split():
        f = item.split(":")
        words.append(f[0])
        pos.append(f[1])
        deps.append(f[2])
        heads.append(int(f[3]))
        lemmas.append(f[4] if len(f) > 4 else f[0].lower())
    return Doc(VOCAB, words=words, pos=pos, deps=deps, heads=heads, lemmas=lemmas)


# ------------------------------------------------------------------ _prominent_killed


def test_member_of_an_assembly_needs_the_of_phrase():
    """A member "of" parliament is an MP (186); a member "at" parliament is anyone killed there (mutant 32 took any
    preposition of "member")."""
    of = parse("The:DET:det:1 gunman:NOUN:nsubj:2 killed:VERB:ROOT:2:kill a:DET:det:4 member:NOUN:dobj:2 "
               "of:ADP:prep:4 parliament:NOUN:pobj:5 .:PUNCT:punct:2")
    at = parse("The:DET:det:1 gunman:NOUN:nsubj:2 killed:VERB:ROOT:2:kill a:DET:det:4 member:NOUN:dobj:2 "
               "at:ADP:prep:4 parliament:NOUN:pobj:5 .:PUNCT:punct:2")
    assert stage._prominent_killed(of[2]) is True
    assert stage._prominent_killed(at[2]) is False


# ------------------------------------------------------------------ _presence_kind


@pytest.mark.parametrize("word, lemma", [("monitors", "monitor"), ("observers", "observer")])
def test_observers_count_unless_switched_off(word, lemma):
    """Observers and monitors are 1662's presence by default; 086 passes observers=False (0862 names inspectors
    only): mutants 1 (default False), 38 (upper()), 40-43 (the two words renamed)."""
    d = parse(f"The:DET:det:1 junta:NOUN:nsubj:2 expelled:VERB:ROOT:2:expel the:DET:det:4 {word}:NOUN:dobj:2:{lemma} "
              ".:PUNCT:punct:2")
    assert stage._presence_kind(d[2]) == "2"
    assert stage._presence_kind(d[2], observers=False) is None
    assert stage._presence_kind(d[2], observers=True) == "2"


def test_inspectors_as_passive_subject():
    """"The inspectors were expelled": the passive subject is what is expelled (mutants 6, 7)."""
    d = parse("The:DET:det:1 inspectors:NOUN:nsubjpass:3:inspector were:AUX:auxpass:3:be "
              "expelled:VERB:ROOT:3:expel .:PUNCT:punct:3")
    assert stage._presence_kind(d[3]) == "2"


def test_presence_named_by_a_compound():
    """"withdrew its NGO staff": the compound names the presence, the head noun does not (mutants 29, 30)."""
    d = parse("Mordor:PROPN:nsubj:1 withdrew:VERB:ROOT:1:withdraw its:PRON:poss:4 NGO:PROPN:compound:4:ngo "
              "staff:NOUN:dobj:1 .:PUNCT:punct:1")
    assert stage._presence_kind(d[1]) == "3"


def test_presence_word_by_its_form_when_the_lemma_is_clipped():
    """The lemmatiser may give "peacekeeping" the lemma "peacekeep": the word's own form still names 1 (mutant 35)."""
    d = parse("Mordor:PROPN:nsubj:1 withdrew:VERB:ROOT:1:withdraw its:PRON:poss:4 "
              "peacekeeping:NOUN:amod:4:peacekeep force:NOUN:dobj:1 .:PUNCT:punct:1")
    assert stage._presence_kind(d[1]) == "1"


def test_only_the_object_of_of_is_taken():
    """"expelled the advocates of monitoring": the gerund of the of-phrase (pcomp) is an activity, not the monitors
    (mutant 19 took every child of "of")."""
    d = parse("The:DET:det:1 junta:NOUN:nsubj:2 expelled:VERB:ROOT:2:expel the:DET:det:4 "
              "advocates:NOUN:dobj:2:advocate of:ADP:prep:4 monitoring:VERB:pcomp:5:monitor .:PUNCT:punct:2")
    assert stage._presence_kind(d[2]) is None


@pytest.mark.xfail(strict=True, reason="known miss: two rounds of of-phrases are read, the goods here are a third")
def test_relief_goods_three_of_phrases_deep():
    """"allowed the delivery of two shipments of 500 tons of wheat": the wheat is the third of-phrase below the
    object, beyond the two rounds `_presence_kind` reads (mutant 9, three rounds, makes this pass)."""
    d = parse("Mordor:PROPN:nsubj:1 allowed:VERB:ROOT:1:allow the:DET:det:3 delivery:NOUN:dobj:1 of:ADP:prep:3 "
              "two:NUM:nummod:6 shipments:NOUN:pobj:4:shipment of:ADP:prep:6 500:NUM:nummod:9 tons:NOUN:pobj:7:ton "
              "of:ADP:prep:9 wheat:NOUN:pobj:10 .:PUNCT:punct:1")
    assert stage._presence_kind(d[1], observers=False) == "3"


# ------------------------------------------------------------------ _institutional


def test_own_object_kept_beside_a_complement():
    """"demanded democratic reforms to end the crisis" (the to-clause taken as a complement): the verb's own object
    still names the change (mutant 19 replaced it by the complement's objects)."""
    d = parse("The:DET:det:1 students:NOUN:nsubj:2:student demanded:VERB:ROOT:2:demand democratic:ADJ:amod:4 "
              "reforms:NOUN:dobj:2:reform to:PART:aux:6 end:VERB:xcomp:2 the:DET:det:8 crisis:NOUN:dobj:6 "
              ".:PUNCT:punct:2")
    assert stage._institutional(d[2]) == "0834"


# ------------------------------------------------------------------ _accusation_kind


def test_charge_hung_on_the_agent():
    """"was accused by the United Nations of war crimes", the of-phrase hung on the agent's object (mutants 11-16)."""
    d = parse("Mordor:PROPN:nsubjpass:2 was:AUX:auxpass:2:be accused:VERB:ROOT:2:accuse by:ADP:agent:2 "
              "the:DET:det:6 United:PROPN:compound:6 Nations:PROPN:pobj:3 of:ADP:prep:6 war:NOUN:compound:9 "
              "crimes:NOUN:pobj:7:crime .:PUNCT:punct:2")
    assert stage._accusation_kind(d[2]) == "1124"


def test_charge_hung_on_the_passive_subject():
    """"Two officers were charged with espionage", the with-phrase hung on the passive subject (mutants 5, 6)."""
    d = parse("Two:NUM:nummod:1 officers:NOUN:nsubjpass:3:officer were:AUX:auxpass:3:be charged:VERB:ROOT:3:charge "
              "with:ADP:prep:1 espionage:NOUN:pobj:4")
    assert stage._accusation_kind(d[3]) == "1125"


def test_charge_before_the_verb():
    """"Of war crimes the general was accused": the verb's own phrase counts wherever it stands (mutant 18 kept only
    the verb's phrases after it)."""
    d = parse("Of:ADP:prep:6 war:NOUN:compound:2 crimes:NOUN:pobj:0:crime the:DET:det:4 general:NOUN:nsubjpass:6 "
              "was:AUX:auxpass:6:be accused:VERB:ROOT:6:accuse .:PUNCT:punct:6")
    assert stage._accusation_kind(d[6]) == "1124"


# ------------------------------------------------------------------ own sentences (tests/data/s34_mutty_codes.tsv)


# "taking bribes": ACCUSATIONS lists "bribery", not "bribe" (a lexicon gap, not the passive subject; left for a
# session on the accusation lexicon)
KNOWN_MISSES = {"The head of the war crimes unit was accused of taking bribes."}


def _rows(name):
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            family, code, text = line.split("\t")
            marks = [pytest.mark.xfail(strict=True, reason="known miss")] if text in KNOWN_MISSES else []
            yield pytest.param(code, text, marks=marks, id=f"{family}-{text[:50]}")


@pytest.mark.parametrize("code, text", list(_rows("s34_mutty_codes.tsv")))
def test_probe_accusation_code(pipeline, code, text):
    top = top_event(pipeline, text)
    assert top is not None, text
    assert (top.type, top.cameo) == ("ACCUSE", code), (text, top.type, top.cameo)


@pytest.mark.parametrize("code, text", list(_rows("s34_mutty_codes2.tsv")))
def test_probe_accusation_code_second_set(pipeline, code, text):
    test_probe_accusation_code(pipeline, code, text)
