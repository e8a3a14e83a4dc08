"""Session 57 (s57-attr): a content cut at its first coordinator because the parser hung the second verb on the cue
(issue 12). Sentences and parses of our own.

en_core_web_sm reads "the coach declined to blame the referees or even openly call them biased" and "the mayor said
the tax would cost shops money at first, but would eventually pay for …" with the second verb ("call", "pay") a
conjunct of the cue, so the content ended at the first infinitive or clause. A bare verb with no subject cannot be the cue's
coordinate when the cue is in another form: it continues the content that can govern it (indirect.shared_conjunct).
"""

import pytest
from spacy.tokens import Doc

from newsgraph.attribution.indirect import shared_conjunct
from newsgraph.attribution.lexicon import Lexicon
from newsgraph.nlp import load

LEX = Lexicon()


def _built(spec: str):
    """word/dep/head/tag[/pos[/lemma]] per token; pos VERB for a verb tag, else NOUN, unless given."""
    toks = [t.split("/") for t in spec.split()]
    tags = [t[3] for t in toks]
    pos = [t[4] if len(t) > 4 else "VERB" if tg.startswith("VB") else "PART" if tg == "TO" else
           "AUX" if tg == "MD" else "CCONJ" if tg == "CC" else "PUNCT" if tg == "," else "NOUN" for t, tg in zip(toks, tags)]
    return Doc(load().vocab, words=[t[0] for t in toks], deps=[t[1] for t in toks], heads=[int(t[2]) for t in toks],
               tags=tags, pos=pos, lemmas=[t[5] if len(t) > 5 else t[0].lower() for t in toks])


# "Kim <cue> to cut fees <cc> raise wages": the second infinitive "raise" hung on the cue (token 1)
INFINITIVE = "Kim/nsubj/1/NNP {cue}/ROOT/1/{ctag} to/aux/3/TO cut/xcomp/1/VB fees/dobj/3/NNS {cc}/cc/1/CC " \
             "raise/conj/1/{xtag} wages/dobj/6/NNS"


@pytest.mark.parametrize("ctag, cc, xtag, end", [
    ("VBD", "and", "VB", 7),  # "agreed to cut fees and raise wages": the second infinitive is content
    ("VBD", "or", "VBP", 7),  # the tagger's present for a bare verb after "or"
    ("VBZ", "and", "VB", 7),
    ("VBN", "and", "VB", 7),
    ("VBG", "and", "VB", 7),
    ("VBD", "and", "VBD", 4),  # "agreed to cut fees and raised wages": the cue's form, the speaker's next act
    ("VB", "and", "VB", 4),  # "will agree to cut fees and raise wages": the cue is bare too, either may govern
    ("VBP", "and", "VBP", 4),
    ("VBD", "and", "VBZ", 4),  # a finite present is no bare verb
])
def test_a_bare_second_infinitive_on_the_cue_is_content(ctag, cc, xtag, end):
    doc = _built(INFINITIVE.format(cue="agreed", ctag=ctag, cc=cc, xtag=xtag))
    assert shared_conjunct(doc[1], doc[3], 4, LEX) == end


@pytest.mark.parametrize("comma", ["", ",/punct/1/,"])
def test_the_second_infinitive_may_repeat_the_to_after_a_comma_too(comma):
    # "Kim agreed to cut fees(,) and to raise wages": the repeated "to" makes the two parallel
    words = ("Kim/nsubj/1/NNP agreed/ROOT/1/VBD to/aux/3/TO cut/xcomp/1/VB fees/dobj/3/NNS " + comma +
             " and/cc/1/CC to/aux/{x}/TO raise/conj/1/VB wages/dobj/{x}/NNS")
    x = 8 if comma else 7
    doc = _built(words.format(x=x))
    assert shared_conjunct(doc[1], doc[3], 4, LEX) == x + 1


def test_a_repeated_to_after_a_modal_clause_is_no_parallel():
    # "Kim said fees would rise and to fall": the clause has no "to" for the second verb to repeat
    doc = _built("Kim/nsubj/1/NNP said/ROOT/1/VBD fees/nsubj/4/NNS would/aux/4/MD rise/ccomp/1/VB and/cc/1/CC "
                 "to/aux/7/TO fall/conj/1/VB")
    assert shared_conjunct(doc[1], doc[4], 4, LEX) == 4


@pytest.mark.parametrize("aux, end", [
    ("", 3),  # "Kim said fees rose and raise wages": a bare verb nothing in the clause governs
    ("have/aux/4/VBP", 4),  # "said fees have risen and fall": a perfect's auxiliary governs no bare verb
    ("would/aux/4/MD", 6),  # "said fees would rise and fall": the clause's modal governs both
])
def test_a_bare_verb_with_no_auxiliary_needs_a_to_or_a_modal_in_the_content(aux, end):
    words = "Kim/nsubj/1/NNP said/ROOT/1/VBD fees/nsubj/{h}/NNS " + aux + " rose/ccomp/1/VBD and/cc/1/CC fall/conj/1/VB"
    h = 4 if aux else 3
    doc = _built(words.format(h=h))
    assert shared_conjunct(doc[1], doc[h], h, LEX) == end


def test_a_bare_auxiliary_is_a_second_infinitive_too():
    # "Kim agreed to cut fees and be patient": "be" is tagged an auxiliary
    doc = _built("Kim/nsubj/1/NNP agreed/ROOT/1/VBD to/aux/3/TO cut/xcomp/1/VB fees/dobj/3/NNS and/cc/1/CC "
                 "be/conj/1/VB/AUX patient/acomp/6/JJ/ADJ")
    assert shared_conjunct(doc[1], doc[3], 4, LEX) == 7


def test_a_to_or_a_modal_governs_only_as_an_auxiliary():
    # "Kim said fees rose to 5 and fall": a "to" that is a preposition of the clause governs no bare verb
    doc = _built("Kim/nsubj/1/NNP said/ROOT/1/VBD fees/nsubj/3/NNS rose/ccomp/1/VBD to/prep/3/TO 5/pobj/4/CD "
                 "and/cc/1/CC fall/conj/1/VB")
    assert shared_conjunct(doc[1], doc[3], 5, LEX) == 5


def test_a_second_infinitive_set_off_by_a_comma_stays_out():
    # "Kim hoped to win the race, and not merely take part": the writer's afterthought
    doc = _built("Kim/nsubj/1/NNP hoped/ROOT/1/VBD to/aux/3/TO win/xcomp/1/VB the/det/5/DT race/dobj/3/NN ,/punct/1/, "
                 "and/cc/1/CC not/neg/10/RB merely/advmod/10/RB take/conj/1/VB part/dobj/10/NN")
    assert shared_conjunct(doc[1], doc[3], 5, LEX) == 5


# "The panel says it would cut costs, but <aux> save money": the second verb hung on the cue "says" (token 2)
MODAL = "The/det/1/DT panel/nsubj/2/NN says/ROOT/2/VBZ it/nsubj/5/PRP would/aux/5/MD cut/ccomp/2/VB costs/dobj/5/NNS " \
        ",/punct/2/, but/cc/2/CC {aux}/aux/{x}/MD save/conj/2/{xtag} money/dobj/{x}/NN"


@pytest.mark.parametrize("aux, xtag, end", [
    ("would", "VB", 11),  # the clause's modal: the clause's second predicate, after a comma too
    ("will", "VB", 6),  # another modal: the cue's next act may be what it will do
    ("would", "VBP", 6),  # a modal takes a bare verb: a present tag is no reading of one
])
def test_a_bare_verb_under_the_clause_modal_is_content(aux, xtag, end):
    doc = _built(MODAL.format(aux=aux, xtag=xtag, x=10))
    assert shared_conjunct(doc[2], doc[5], 6, LEX) == end


def test_a_conjunct_with_a_subject_of_its_own_stays_out():
    # "The panel says it would cut costs, but it would save money": a clause of its own
    doc = _built("The/det/1/DT panel/nsubj/2/NN says/ROOT/2/VBZ it/nsubj/5/PRP would/aux/5/MD cut/ccomp/2/VB "
                 "costs/dobj/5/NNS ,/punct/2/, but/cc/2/CC it/nsubj/11/PRP would/aux/11/MD save/conj/2/VB money/dobj/11/NN")
    assert shared_conjunct(doc[2], doc[5], 6, LEX) == 6


def test_a_word_between_the_content_and_the_conjunct_breaks_the_list():
    # "Kim agreed to cut fees today and raise wages": "today" is the cue's, not a coordinator or a mark
    doc = _built("Kim/nsubj/1/NNP agreed/ROOT/1/VBD to/aux/3/TO cut/xcomp/1/VB fees/dobj/3/NNS today/npadvmod/1/NN "
                 "and/cc/1/CC raise/conj/1/VB wages/dobj/7/NNS")
    assert shared_conjunct(doc[1], doc[3], 4, LEX) == 4


def test_only_a_verb_conjunct_after_the_content_is_read():
    # a noun conjunct ("and wages"), and a verb conjunct hung before the content's end, are no second predicate
    doc = _built("Kim/nsubj/1/NNP agreed/ROOT/1/VBD to/aux/3/TO cut/xcomp/1/VB fees/dobj/3/NNS and/cc/1/CC "
                 "wages/conj/1/NNS")
    assert shared_conjunct(doc[1], doc[3], 4, LEX) == 4
    doc = _built(INFINITIVE.format(cue="agreed", ctag="VBD", cc="and", xtag="VB"))
    assert shared_conjunct(doc[1], doc[3], 7, LEX) == 7  # (a content already past the conjunct)
    assert shared_conjunct(doc[1], doc[3], 6, LEX) == 6


def test_the_conjunct_ends_before_a_further_cue_in_it():
    # "Kim agreed to cut fees and raise wages, saying that ...": "saying" a next act hung on "raise"
    lemmas = "kim agree to cut fee and raise wage , say that rent fall".split()
    doc = Doc(load().vocab, words="Kim agreed to cut fees and raise wages , saying that rents fell".split(),
              heads=[1, 1, 3, 1, 3, 1, 1, 6, 6, 6, 12, 12, 9],
              deps=["nsubj", "ROOT", "aux", "xcomp", "dobj", "cc", "conj", "dobj", "punct", "advcl", "mark", "nsubj",
                    "ccomp"],
              tags=["NNP", "VBD", "TO", "VB", "NNS", "CC", "VB", "NNS", ",", "VBG", "IN", "NNS", "VBD"],
              pos=["PROPN", "VERB", "PART", "VERB", "NOUN", "CCONJ", "VERB", "NOUN", "PUNCT", "VERB", "SCONJ", "NOUN",
                   "VERB"], lemmas=lemmas)
    assert shared_conjunct(doc[1], doc[3], 4, LEX) == 7


# --- end to end: the parser hangs the second verb on the cue in these sentences (checked on en_core_web_sm) ---

def _contents(pipeline, text, cue):
    doc = pipeline.extract(text)
    return [[text[p.start:p.end] for p in a.content] for a in doc.attributions if text[a.cue.start:a.cue.end] == cue]


def test_a_second_infinitive_after_or_is_part_of_the_refusal(pipeline):
    text = "On Friday, the coach declined to blame the referees or even openly call them biased."
    assert _contents(pipeline, text, "declined") == [["to blame the referees or even openly call them biased"]]
    assert _contents(pipeline, text, "call") == []  # no report of its own inside the refusal


@pytest.mark.parametrize("speaker, cue", [("A local official", "says"), ("The mayor", "said")])
def test_a_second_predicate_under_the_clause_modal_is_part_of_the_claim(pipeline, speaker, cue):
    text = f"{speaker} {cue} the tax would cost shops money at first, but would eventually pay for the new bridge."
    assert _contents(pipeline, text, cue) == [
        ["the tax would cost shops money at first, but would eventually pay for the new bridge"]]


def test_the_speakers_next_act_and_another_modal_stay_out(pipeline):
    text = "The panel said it would cut costs in the early months, but will hold hearings on Monday."
    assert _contents(pipeline, text, "said") == [["it would cut costs in the early months"]]
    text = "The coach declined to criticize Boston and praised its players."
    assert _contents(pipeline, text, "declined") == [["to criticize Boston"]]

