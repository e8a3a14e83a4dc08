"""Session 17 (s17c-mutap): mutants of session 17's changes to attribution (stage, speakers, indirect) and to
places and actors/metonymy that the covering tests let live (docs/testing.md, "Session 17, s17c-mutap").
Our own sentences. Most tests read one helper on a hand-built parse, the construction named in each test:
the parser's own reading of a sentence varies, a hand-built one pins the case the mutant changes."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
import spacy
from spacy.tokens import Doc

from newsgraph import metonymy
from newsgraph.attribution.indirect import _list_item, _tail_apposition
from newsgraph.attribution.speakers import Mentions, _aside_on_report
from newsgraph.attribution.stage import _according_to_whom, _prepositional_label, _word_end, according_to
from newsgraph.places import _dateline, passive_addressee, plural_agreement
from stageutil import parsed
from test_places_metonymy import _kinds

_VOCAB = spacy.blank("en").vocab
_NO_SPACE_BEFORE = {",", ".", ":", "-", "'s"}


def hand(spec: str) -> Doc:
    """A parse from "word/POS/dep/head[/lemma[/tag]]" items (head: the index of the token's head; a word ending
    in "~" has no space after it, nor has one before ",", ".", ":", "-")."""
    items = [x.split("/") for x in spec.split()]
    words = [x[0].rstrip("~") for x in items]
    spaces = [not (x[0].endswith("~") or (i + 1 < len(words) and words[i + 1] in _NO_SPACE_BEFORE))
              for i, x in enumerate(items)]
    spaces[-1] = False
    return Doc(_VOCAB, words=words, spaces=spaces, pos=[x[1] for x in items], deps=[x[2] for x in items],
               heads=[int(x[3]) for x in items], tags=[x[5] if len(x) > 5 else "" for x in items],
               lemmas=[x[4] if len(x) > 4 else x[0].rstrip("~").lower() for x in items])


# ------------------------------------------------------------------------------------------- places


def test_plural_agreement_reads_an_active_subject_and_its_auxiliary():
    # "Kenya are through": an active subject (plural_agreement 5, 6 kept "nsubjpass" only)
    doc = hand("Kenya/PROPN/nsubj/1 are/AUX/ROOT/1/be through/ADV/advmod/1 ./PUNCT/punct/1")
    assert plural_agreement(doc[0], doc[0:1])
    # "Kenya have won": the plural form is the auxiliary (26, 27 dropped "aux")
    doc = hand("Kenya/PROPN/nsubj/2 have/AUX/aux/2 won/VERB/ROOT/2/win ./PUNCT/punct/2")
    assert plural_agreement(doc[0], doc[0:1])


def test_plural_agreement_reads_no_aside_between_subject_and_verb():
    # "Kenya – we are sure – won the cup.": "are" is the aside's verb, hung on "won" before it; only
    # auxiliaries count (24: any child before the verb)
    doc = hand("Kenya/PROPN/nsubj/6 –/PUNCT/punct/6 we/PRON/nsubj/3 are/AUX/parataxis/6/be sure/ADJ/acomp/3 "
               "–/PUNCT/punct/6 won/VERB/ROOT/6/win the/DET/det/8 cup/NOUN/dobj/6 ./PUNCT/punct/6")
    assert not plural_agreement(doc[0], doc[0:1])


def test_a_name_that_ends_the_text_is_read_without_looking_past_it():
    # "Through are Kenya" (a subject last): plural_agreement 17 and _dateline 2 read the token after the text
    doc = hand("Through/ADV/advmod/1 are/AUX/ROOT/1/be Kenya/PROPN/nsubj/1")
    assert not plural_agreement(doc[2], doc[2:3])
    assert not _dateline(doc[2:3])


_CHAIN = ("Greece/PROPN/nsubjpass/2 was/AUX/auxpass/2/be expected/VERB/ROOT/2/expect to/PART/aux/5 be/AUX/auxpass/5 "
          "said/VERB/xcomp/2/say to/PART/aux/8 be/AUX/auxpass/8 thought/VERB/xcomp/5/think to/PART/aux/10 "
          "announce/VERB/xcomp/8 cuts/NOUN/dobj/10/cut ./PUNCT/punct/2")


def test_passive_addressee_hands_the_subject_down_three_passives():
    # "Greece was expected to be said to be thought to announce cuts": two passives handed on, the third
    # verb's complement acts (1: default depth 1; 34: depth >= 2; 49: depth + 2; 42: befalls not negated;
    # 44-46: the recursion's arguments)
    doc = hand(_CHAIN)
    assert passive_addressee(doc[2])


def test_passive_addressee_stops_after_three_passives():
    # one passive more: the depth limit (35: > 3; 47, 48: the depth never grows)
    doc = hand(_CHAIN.split(" to/PART/aux/10")[0] + " to/PART/aux/11 be/AUX/auxpass/11 believed/VERB/xcomp/8/believe "
               "to/PART/aux/13 announce/VERB/xcomp/11 cuts/NOUN/dobj/13/cut ./PUNCT/punct/2")
    assert [t.text for t in doc][9:15] == ["to", "be", "believed", "to", "announce", "cuts"]
    assert not passive_addressee(doc[2])


def test_passive_addressee_with_an_agent_that_is_no_weather():
    # "Greece is expected by analysts to announce cuts" (3: any agent read as the weather)
    doc = hand("Greece/PROPN/nsubjpass/2 is/AUX/auxpass/2/be expected/VERB/ROOT/2/expect by/ADP/agent/2 "
               "analysts/NOUN/pobj/3/analyst to/PART/aux/6 announce/VERB/xcomp/2 cuts/NOUN/dobj/6/cut ./PUNCT/punct/2")
    assert passive_addressee(doc[2])


def test_passive_addressee_takes_an_auxiliary_as_complement():
    # "Greece is expected to do so", "do" tagged AUX (24, 25)
    doc = hand("Greece/PROPN/nsubjpass/2 is/AUX/auxpass/2/be expected/VERB/ROOT/2/expect to/PART/aux/4 "
               "do/AUX/xcomp/2 so/ADV/advmod/4 ./PUNCT/punct/2")
    assert passive_addressee(doc[2])


def test_passive_addressee_to_be_a_state_is_no_act():
    # "Kyiv is expected to be calm": a state, not an act (31, 32)
    doc = hand("Kyiv/PROPN/nsubjpass/2 is/AUX/auxpass/2/be expected/VERB/ROOT/2/expect to/PART/aux/4 "
               "be/AUX/xcomp/2 calm/ADJ/acomp/4 ./PUNCT/punct/2")
    assert not passive_addressee(doc[2])


def test_passive_addressee_a_place_moved_against_stays_a_place():
    # "Mosul was expected to be stormed to end the siege": stormed is what befalls the city, whatever the
    # purpose clause after it (41: `or`)
    doc = hand("Mosul/PROPN/nsubjpass/2 was/AUX/auxpass/2/be expected/VERB/ROOT/2/expect to/PART/aux/5 "
               "be/AUX/auxpass/5 stormed/VERB/xcomp/2/storm to/PART/aux/7 end/VERB/xcomp/5 the/DET/det/9 "
               "siege/NOUN/dobj/7 ./PUNCT/punct/2")
    assert not passive_addressee(doc[2])


# ------------------------------------------------------------------------------------------- metonymy


def test_befalls_reads_the_participle_where_the_lemmatizer_erred():
    # "flooded" left as its own lemma: the participle minus "ed" (9: [:+2], 10: [:-3])
    doc = hand("Gaza/PROPN/nsubjpass/2 was/AUX/auxpass/2/be flooded/VERB/ROOT/2/flooded")
    assert metonymy.befalls(doc[2])
    # a verb of neither list (5, 11: a negated test)
    doc = hand("Iran/PROPN/nsubjpass/2 was/AUX/auxpass/2/be criticized/VERB/ROOT/2/criticize")
    assert not metonymy.befalls(doc[2])


@pytest.mark.parametrize("noun", ["city", "capital", "home", "hub"])
def test_a_place_said_to_be_a_city_does_not_act(noun):
    # "Dubai is a hub" (subject_acts 12-14 and the tuple's strings)
    doc = hand(f"Dubai/PROPN/nsubj/1 is/AUX/ROOT/1/be a/DET/det/3 {noun}/NOUN/attr/1")
    assert not metonymy.subject_acts(doc[1])


def test_a_place_said_to_be_home_as_a_complement_does_not_act():
    doc = hand("Dubai/PROPN/nsubj/1 is/AUX/ROOT/1/be home/ADV/acomp/1 to/ADP/prep/2 bankers/NOUN/pobj/3/banker")
    assert not metonymy.subject_acts(doc[1])


def test_be_with_another_complement_or_a_hub_as_subject_acts():
    # "Dubai is calm" (11: any "be"); "The hub is busy": the subject is no complement (16)
    doc = hand("Dubai/PROPN/nsubj/1 is/AUX/ROOT/1/be calm/ADJ/acomp/1")
    assert metonymy.subject_acts(doc[1])
    doc = hand("The/DET/det/1 hub/NOUN/nsubj/2 is/AUX/ROOT/2/be busy/ADJ/acomp/2")
    assert metonymy.subject_acts(doc[2])


# ------------------------------------------------------------------------------------------- attribution


def test_word_end_crosses_a_hyphenated_word_to_its_last_part():
    # "the re-election." with "election" governing nothing: the content ends on "election", not on the
    # period (24-26) nor on "re" (16, 17: the part after the hyphen must be a word, and is "election")
    doc = hand("the/DET/det/1 re~/NOUN/ROOT/1 -~/PUNCT/punct/3 election~/NOUN/dobj/1 ./PUNCT/punct/1")
    assert doc.text == "the re-election."
    assert _word_end(doc, 1) == 3
    # the word closing the text (6: b + 3)
    doc = hand("the/DET/det/1 re~/NOUN/ROOT/1 -~/PUNCT/punct/3 election/NOUN/dobj/1")
    assert _word_end(doc, 1) == 3
    # a hyphen closing the text (7: reads past it)
    doc = hand("the/DET/det/1 re~/NOUN/ROOT/1 -/PUNCT/punct/1")
    assert _word_end(doc, 1) == 1


def test_word_end_needs_a_word_after_the_hyphen():
    # "pages 4-5": the part after the hyphen is no word (16: the token two before is)
    doc = hand("pages/NOUN/ROOT/0/page 4~/NUM/nummod/0 -~/PUNCT/punct/0 5/NUM/nummod/0")
    assert _word_end(doc, 1) == 1


def _label(subject, label, *children):
    t = SimpleNamespace(children=[SimpleNamespace(dep_=d, i=i, right_edge=SimpleNamespace(i=r)) for d, i, r in children])
    return _prepositional_label(t, label, subject)


def test_prepositional_label_is_a_preposition_s_object_after_the_subject():
    # "Hale(0) was criticized by rivals for(4) skipping the vote(6-8)"
    assert _label((0, 0), (5, 7), ("prep", 4, 7))
    assert not _label((0, 2), (1, 7), ("prep", 0, 7))   # 4: a label that starts inside the subject
    assert not _label((0, 2), (2, 7), ("prep", 1, 7))   # 5: one that starts on its last token
    assert not _label((0, 0), (5, 7), ("dobj", 8, 9))   # 8: a child that is no preposition
    assert not _label((0, 0), (5, 7), ("prep", 9, 12))  # 9: a preposition after the label
    assert not _label((0, 0), (5, 7), ("prep", 5, 7))   # 13: the label is no object of its own first token
    assert not _label((0, 0), (5, 7), ("prep", 6, 7))   # 14: nor of a token inside it


def _whom(pipeline, spec):
    doc = hand(spec)
    mentions = Mentions(parsed(pipeline, doc.text)[0])
    t = next(x for x in doc if x.lower_ == "according")
    found = _according_to_whom(t, according_to(t), mentions, doc.text)
    return None if found is None else ([doc[a:b + 1].text for a, b in found[0]], found[1])


_LOPEZ = ("Lopez/PROPN/npadvmod/9 ,/PUNCT/punct/9 according/VERB/prep/9/accord to/ADP/prep/2 whom/PRON/pobj/3 "
          "the/DET/det/6 tax/NOUN/nsubjpass/9 would/AUX/aux/9 be/AUX/auxpass/9 cut/VERB/ROOT/9 ./PUNCT/punct/9")


def test_according_to_whom_at_the_start_of_the_text(pipeline):
    # "Lopez, according to whom the tax would be cut.": "according" is token 2 (16, 17); the path (53, 54)
    spans, att = _whom(pipeline, _LOPEZ)
    assert spans == ["the tax would be cut"] and att.path == "according" and att.speaker_text == "Lopez"


def test_according_to_whom_without_a_period_keeps_the_last_word(pipeline):
    # a headline without a period (40: the clause ended a token early)
    spans, _ = _whom(pipeline, _LOPEZ.replace(" ./PUNCT/punct/9", ""))
    assert spans == ["the tax would be cut"]
    # one word after the pronoun closing the text (9: needed two)
    spans, _ = _whom(pipeline, "Lopez/PROPN/ROOT/0 ,/PUNCT/punct/0 according/VERB/prep/0/accord to/ADP/prep/2 "
                               "whom/PRON/pobj/3 everything/PRON/appos/4")
    assert spans == ["everything"]


def test_according_to_closing_the_text_is_no_relative(pipeline):
    # "The tax was cut, according to" (8: read the token after the text)
    assert _whom(pipeline, "The/DET/det/1 tax/NOUN/nsubjpass/3 was/AUX/auxpass/3 cut/VERB/ROOT/3 ,/PUNCT/punct/3 "
                           "according/VERB/prep/3/accord to/ADP/prep/5") is None


def test_according_to_which_after_a_common_noun(pipeline):
    # "The figure came from the census, according to which the town had grown." (14, 15: "which"; 28, 29: NOUN)
    spans, att = _whom(pipeline, "The/DET/det/1 figure/NOUN/nsubj/2 came/VERB/ROOT/2/come from/ADP/prep/2 "
                                 "the/DET/det/5 census/NOUN/pobj/3 ,/PUNCT/punct/2 according/VERB/prep/13/accord "
                                 "to/ADP/prep/7 which/PRON/pobj/8 the/DET/det/11 town/NOUN/nsubj/13 had/AUX/aux/13/have "
                                 "grown/VERB/advcl/2/grow ./PUNCT/punct/2")
    assert spans == ["the town had grown"] and att.path == "according"


def test_according_to_whom_needs_the_comma(pipeline):
    # "The plan came from Anna Lopez according to whom the tax would be cut.": no comma, no relative (5: `and`;
    # the word two before "according" is a name, as the comma's antecedent would be)
    assert _whom(pipeline, "The/DET/det/1 plan/NOUN/nsubj/2 came/VERB/ROOT/2/come from/ADP/prep/2 "
                           "Anna/PROPN/compound/5 Lopez/PROPN/pobj/3 according/VERB/prep/2/accord to/ADP/prep/6 "
                           "whom/PRON/pobj/7 the/DET/det/10 tax/NOUN/nsubjpass/13 would/AUX/aux/13 be/AUX/auxpass/13 "
                           "cut/VERB/advcl/2 ./PUNCT/punct/2") is None


# --- speakers._aside_on_report: whose next act ", saying …" is ---------------------------------------------

_ARGUED = ("Trump/PROPN/nsubj/1 argued/VERB/ROOT/1/argue/VBD that/SCONJ/mark/6 a/DET/det/4 database/NOUN/nsubj/6 "
           "would/AUX/aux/6 help/VERB/ccomp/1 ,/PUNCT/punct/6 saying/VERB/advcl/6/say/VBG it/PRON/nsubj/10 "
           "works/VERB/ccomp/8/work/VBZ ./PUNCT/punct/1")


def _reporter(spec, i=8):
    rep = _aside_on_report(hand(spec)[i])
    return None if rep is None else rep.text


def test_aside_on_report_is_a_participle_after_a_comma():
    assert _reporter(_ARGUED) == "argued"
    # ", said Ortiz" hung on the clause as an advcl: no participle, no aside (3-5: the test's `and`s)
    assert _reporter(_ARGUED.replace("saying/VERB/advcl/6/say/VBG it/PRON/nsubj/10 works/VERB/ccomp/8/work/VBZ",
                                     "said/VERB/advcl/6/say/VBD Ortiz/PROPN/nsubj/8 aloud/ADV/advmod/8")) is None


def test_aside_on_report_needs_the_reporter_before_the_clause_with_a_subject():
    # "The database would help, saying it works, Trump argued.": the reporter after the clause (32, 34)
    spec = ("The/DET/det/1 database/NOUN/nsubj/3 would/AUX/aux/3 help/VERB/ccomp/11 ,/PUNCT/punct/3 "
            "saying/VERB/advcl/3/say/VBG it/PRON/nsubj/7 works/VERB/ccomp/5/work/VBZ ,/PUNCT/punct/11 "
            "Trump/PROPN/nsubj/11 argued/VERB/ROOT/11/argue/VBD ./PUNCT/punct/11")
    assert _reporter(spec, 5) is None
    # "Argued that a database would help, saying it works.": a reporter with no subject (33)
    spec = ("Argued/VERB/ROOT/0/argue/VBD that/SCONJ/mark/5 a/DET/det/3 database/NOUN/nsubj/5 would/AUX/aux/5 "
            "help/VERB/ccomp/0 ,/PUNCT/punct/5 saying/VERB/advcl/5/say/VBG it/PRON/nsubj/9 works/VERB/ccomp/7/work/VBZ")
    assert _reporter(spec, 7) is None


def test_aside_on_report_after_a_reporter_tagged_aux():
    # "Trump was clear that a database would help, saying it works." with the clause on "was" (39, 40)
    spec = ("Trump/PROPN/nsubj/1 was/AUX/ROOT/1/be/VBD clear/ADJ/acomp/1 that/SCONJ/mark/7 a/DET/det/5 "
            "database/NOUN/nsubj/7 would/AUX/aux/7 help/VERB/ccomp/1 ,/PUNCT/punct/7 saying/VERB/advcl/7/say/VBG "
            "it/PRON/nsubj/11 works/VERB/ccomp/9/work/VBZ ./PUNCT/punct/1")
    assert _reporter(spec, 9) == "was"


def test_aside_on_report_after_the_relative_clause_of_the_object():
    # "Hale denied the report the paper ran, explaining it was false." (25, 26: "relcl")
    spec = ("Hale/PROPN/nsubj/1 denied/VERB/ROOT/1/deny/VBD the/DET/det/3 report/NOUN/dobj/1 the/DET/det/5 "
            "paper/NOUN/nsubj/6 ran/VERB/relcl/3/run/VBD ,/PUNCT/punct/6 explaining/VERB/advcl/6/explain/VBG "
            "it/PRON/nsubj/10 was/AUX/ccomp/8/be/VBD false/ADJ/acomp/10 ./PUNCT/punct/1")
    assert _reporter(spec) == "denied"
    # ... but not after an apposition to the object: "Hale denied the claim, a rumor, explaining …" (21: `or`)
    spec = ("Hale/PROPN/nsubj/1 denied/VERB/ROOT/1/deny/VBD the/DET/det/3 claim/NOUN/dobj/1 ,/PUNCT/punct/3 "
            "a/DET/det/6 rumor/NOUN/appos/3 ,/PUNCT/punct/6 explaining/VERB/advcl/6/explain/VBG "
            "it/PRON/nsubj/10 was/AUX/ccomp/8/be/VBD false/ADJ/acomp/10 ./PUNCT/punct/1")
    assert _reporter(spec) is None


# --- indirect._list_item and _tail_apposition -------------------------------------------------------------


def test_list_item_needs_a_conjunction_and_a_comma_before_a_conjunct():
    # "thanked his parents, siblings, friends and staff": "siblings" read as an apposition to "parents"
    spec = ("Hale/PROPN/nsubj/1 thanked/VERB/ROOT/1/thank his/PRON/poss/3 parents/NOUN/dobj/1/parent ,/PUNCT/punct/3 "
            "siblings/NOUN/appos/3/sibling ,/PUNCT/punct/5 friends/NOUN/conj/5/friend and/CCONJ/cc/5 "
            "staff/NOUN/conj/5")
    assert _list_item(hand(spec)[5])  # (13: no other child sets off a comma)
    # "his parents, siblings, friends": no conjunction, no list read (2, 8)
    spec2 = ("Hale/PROPN/nsubj/1 thanked/VERB/ROOT/1/thank his/PRON/poss/3 parents/NOUN/dobj/1/parent ,/PUNCT/punct/3 "
             "siblings/NOUN/appos/3/sibling ,/PUNCT/punct/5 friends/NOUN/conj/5/friend")
    assert not _list_item(hand(spec2)[5])
    # "his parents, siblings, friends and others" with "others" hung on "friends": the conjunct after a
    # comma is what counts (18)
    spec3 = ("Hale/PROPN/nsubj/1 thanked/VERB/ROOT/1/thank his/PRON/poss/3 parents/NOUN/dobj/1/parent ,/PUNCT/punct/3 "
             "siblings/NOUN/appos/3/sibling ,/PUNCT/punct/5 friends/NOUN/conj/5/friend and/CCONJ/cc/5 "
             "others/NOUN/conj/7/other")
    assert _list_item(hand(spec3)[5])


def test_two_names_in_apposition_are_no_list():
    # "the two towns, Dover and Salem, which …": a conjunct after "and", and a relative after a comma (12)
    spec = ("He/PRON/nsubj/1 left/VERB/ROOT/1/leave the/DET/det/4 two/NUM/nummod/4 towns/NOUN/dobj/1/town "
            ",/PUNCT/punct/4 Dover/PROPN/appos/4 and/CCONJ/cc/6 Salem/PROPN/conj/6 ,/PUNCT/punct/6 "
            "which/PRON/nsubj/11 flooded/VERB/relcl/6/flood")
    assert not _list_item(hand(spec)[6])


def test_tail_apposition_takes_a_name_and_no_coordination():
    # "cheered the attacks on the mayor, Hale" (10, 11: PROPN)
    spec = ("Voters/NOUN/nsubj/1/voter cheered/VERB/ROOT/1/cheer the/DET/det/3 attacks/NOUN/dobj/1/attack "
            "on/ADP/prep/3 the/DET/det/6 mayor/NOUN/pobj/4 ,/PUNCT/punct/6 Hale/PROPN/appos/6")
    assert _tail_apposition(hand(spec)[8], 8)
    # ", or rather a sailor": a conjunction in it (16, 17)
    spec = ("Voters/NOUN/nsubj/1/voter cheered/VERB/ROOT/1/cheer the/DET/det/3 director/NOUN/dobj/1 "
            ",/PUNCT/punct/3 or/CCONJ/cc/8 rather/ADV/advmod/8 a/DET/det/8 sailor/NOUN/appos/3")
    assert not _tail_apposition(hand(spec)[8], 8)
    # ", a sailor, a pilot": a conjunct in it (18, 19)
    spec = ("Voters/NOUN/nsubj/1/voter cheered/VERB/ROOT/1/cheer the/DET/det/3 director/NOUN/dobj/1 "
            ",/PUNCT/punct/3 a/DET/det/6 sailor/NOUN/appos/3 ,/PUNCT/punct/6 a/DET/det/9 pilot/NOUN/conj/6")
    assert not _tail_apposition(hand(spec)[6], 9)


# --- places.mention_kind's session 17 lines, through the pipeline (hand mutants p5, p8, p10, p11, p13) ------


def test_a_place_played_in_is_no_side(pipeline):
    # only the side one plays *for* is a team (p5: any preposition after a verb of playing)
    assert _kinds(pipeline, "The band played in Ghana in May.") == {"Ghana": "name"}


def test_a_loss_to_a_side(pipeline):
    # "loss to" as "defeat to" (p10)
    assert _kinds(pipeline, "England's loss to Iceland was a shock.")["Iceland"] == "metonym"


def test_have_agrees_as_a_plural_verb(pipeline):
    # "have" among the plural forms (p11 kept "are" and "were" only)
    assert _kinds(pipeline, "Kenya have won the cup.") == {"Kenya": "metonym"}


def test_a_continent_handed_on_to_a_complement_stays_a_place(pipeline):
    # only a country, city or state is an addressee by the passive rule (p8: any place)
    assert _kinds(pipeline, "Europe is expected to warm faster than other continents.")["Europe"] == "name"


@pytest.mark.parametrize("dash", ["–", "--"])
def test_a_dateline_ends_with_any_dash(pipeline, dash):
    # an en dash or a double hyphen ends a dateline as an em dash does (p13)
    got = _kinds(pipeline, f"Roads to reopen. MARION COUNTY {dash} Marion County road crews are expected to reopen "
                           "the roads.")
    assert got["MARION COUNTY"] == "name"


# --- hand mutants of the stage's and speakers' session 17 lines (a11-a14, s2) ------------------------------


@pytest.mark.parametrize("dep", ["xcomp", "advcl", "conj", "parataxis"])
def test_according_to_hung_on_a_clause_of_its_own_before_its_head(pipeline, dep):
    # "The bridge will reopen, according to officials, the mayor said." with "reopen" hung on "said" by any
    # clause relation: the phrase vouches for that clause only (a11-a14: one relation out of _CLAUSE_DEPS)
    from test_mut17_attribution import _according, _reopen_said

    assert _according(pipeline, _reopen_said(dep)) == ["The bridge will reopen"]


def test_the_aside_of_a_reporter_in_a_reported_clause_is_that_reporter_s(pipeline):
    # "Aides said Trump argued that a database would help, saying it works.": who says is Trump, the one who
    # argued, not the aides (s2: after the reporter, the climb went on to its head)
    from newsgraph.attribution.speakers import _subject

    spec = ("Aides/NOUN/nsubj/1/aide said/VERB/ROOT/1/say/VBD Trump/PROPN/nsubj/3 argued/VERB/ccomp/1/argue/VBD "
            "that/SCONJ/mark/8 a/DET/det/6 database/NOUN/nsubj/8 would/AUX/aux/8 help/VERB/ccomp/3 "
            ",/PUNCT/punct/8 saying/VERB/advcl/8/say/VBG it/PRON/nsubj/12 works/VERB/ccomp/10/work/VBZ "
            "./PUNCT/punct/1")
    assert _subject(hand(spec)[10]).text == "Trump"
