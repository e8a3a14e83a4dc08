"""Session 38 (s38-polend): a cue's object that opens a list of noun phrases takes the whole list as its content
("praised the nurses, the ambulance crews and the firefighters"), however the parser hangs the later items
(`indirect.list_tail`). Sentences of our own (scripts/attr_probes/probes_s38polend_list*.txt hold the probe sets)."""

import pytest

from newsgraph.attribution.indirect import list_tail
from newsgraph.nlp import load
from newsgraph.pipeline import Pipeline
from newsgraph.stage import Options


@pytest.fixture(scope="module")
def nlp():
    return load(None)


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline(Options(check_language=False))


def _tail(nlp, text, content):
    """The text list_tail gives for the content `content` (its first occurrence) of `text`."""
    doc = nlp(text)
    s = text.index(content)
    span = doc.char_span(s, s + len(content))
    end = list_tail(doc, span.start, span.end - 1)
    return text[s:doc[end].idx + len(doc[end])]


@pytest.mark.parametrize("text, content, whole", [
    ("The governor praised the nurses, the ambulance crews and the volunteer firefighters.", "the nurses",
     "the nurses, the ambulance crews and the volunteer firefighters"),
    ("The minister spoke about the drought, the price of grain and the future of the rural schools.", "the drought",
     "the drought, the price of grain and the future of the rural schools"),
    ("Protesters denounced the police chief, the city council, and the private security firm.", "the police chief",
     "the police chief, the city council, and the private security firm"),
])
def test_the_rest_of_a_plain_list_joins_the_content(nlp, text, content, whole):
    assert _tail(nlp, text, content) == whole


@pytest.mark.parametrize("text, content", [
    ("The governor praised the nurses.", "the nurses"),  # nothing after it
    ("The governor praised them, the ambulance crews and the volunteer firefighters.", "them"),  # no noun ends it
    ("The senator praised Maria Lopez, the sheriff and the county clerk.", "Maria Lopez"),  # a name: a comma describes it
    ("The council rejected the proposal, and the mayor left the chamber.", "the proposal"),  # a verb: a clause
    ("The coach criticized the referees, including the linesman and the umpire.", "the referees"),  # the writer's addition
    ("The governor praised the nurses, the crews — and the volunteer firefighters.", "the nurses"),  # a dash breaks it
    ("The governor praised the nurses, the ambulance crews, the volunteer firefighters.", "the nurses"),  # no and/or
    ("The governor praised the nurses, often the crews and the firefighters.", "the nurses"),  # a piece opens with no noun phrase
    ("The governor praised the nurses, the crews, often the medics and the firefighters.", "the nurses"),  # a later piece
    ("Farmers welcomed the rain, a relief after two dry summers and a poor harvest.", "the rain"),  # an apposition of it
])
def test_what_is_no_plain_list_stays_out(nlp, text, content):
    assert _tail(nlp, text, content) == content


def test_the_stage_gives_the_whole_list_as_the_content(pipeline):
    from newsgraph.evaluate.polnear import from_document
    text = "The minister spoke about the drought, the price of grain and the future of the rural schools."
    contents = [text[a:b] for att in from_document(pipeline.extract(text, name="list")) for a, b in att["content"]]
    assert contents == ["the drought, the price of grain and the future of the rural schools"]


# Hand-built parses: each test below turns one condition of list_tail, whatever the parser does with the words.
def _doc(spec, person=()):
    """A Doc from "word/POS/TAG/dep/head" items (head: a token index), one sentence; `person`: (start, end) token
    spans tagged PERSON."""
    import spacy
    from spacy.tokens import Doc, Span
    items = [x.split("/") for x in spec.split()]
    words = [w for w, *_ in items]
    spaces = [k + 1 < len(words) and words[k + 1] not in (",", ".", ";") for k in range(len(words))]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces, pos=[p for _, p, *_ in items], tags=[t for _, _, t, *_ in items],
              deps=[d for *_, d, _ in items], heads=[int(h) for *_, h in items],
              sent_starts=[i == 0 for i in range(len(items))])
    doc.ents = [Span(doc, a, b, label="PERSON") for a, b in person]
    return doc


HEAD = "The/DET/DT/det/1 governor/NOUN/NN/nsubj/2 praised/VERB/VBD/ROOT/2 the/DET/DT/det/4 "


def _words(doc, a, b):
    return doc[a:list_tail(doc, a, b) + 1].text


def test_a_plain_list_is_taken_past_the_first_comma():
    doc = _doc(HEAD + "nurses/NOUN/NNS/dobj/2 ,/PUNCT/,/punct/2 the/DET/DT/det/7 crews/NOUN/NNS/appos/1 and/CCONJ/CC/cc/7 "
               "the/DET/DT/det/10 medics/NOUN/NNS/conj/7 ./PUNCT/./punct/2")
    assert _words(doc, 3, 4) == "the nurses, the crews and the medics"


@pytest.mark.parametrize("spec, whole", [
    # a name that is no person's ends the content as a noun does
    ("Ohio/PROPN/NNP/dobj/2 ,/PUNCT/,/punct/2 the/DET/DT/det/7 crews/NOUN/NNS/appos/1 and/CCONJ/CC/cc/7 the/DET/DT/det/10 "
     "medics/NOUN/NNS/conj/7 ./PUNCT/./punct/2", "the Ohio, the crews and the medics"),
    # "or", after a comma too; a closing mark is no part of the tail; the sentence may end without a stop
    ("nurses/NOUN/NNS/dobj/2 ,/PUNCT/,/punct/2 the/DET/DT/det/7 crews/NOUN/NNS/appos/1 ,/PUNCT/,/punct/7 or/CCONJ/CC/cc/7 "
     "the/DET/DT/det/11 medics/NOUN/NNS/conj/7 ;/PUNCT/:/punct/2", "the nurses, the crews, or the medics"),
    ("nurses/NOUN/NNS/dobj/2 ,/PUNCT/,/punct/2 the/DET/DT/det/7 crews/NOUN/NNS/appos/1 or/CCONJ/CC/cc/7 the/DET/DT/det/10 "
     "medics/NOUN/NNS/appos/4 ./PUNCT/./punct/2", "the nurses, the crews or the medics"),  # the first piece ends at "or"
    ("nurses/NOUN/NNS/dobj/2 ,/PUNCT/,/punct/2 their/PRON/PRP$/poss/7 crews/NOUN/NNS/appos/1 and/CCONJ/CC/cc/7 "
     "their/PRON/PRP$/poss/10 medics/NOUN/NNS/conj/7", "the nurses, their crews and their medics"),
    # "and" right after the comma, hung on the content: a coordination, not an apposition
    ("nurses/NOUN/NNS/dobj/2 ,/PUNCT/,/punct/2 and/CCONJ/CC/cc/4 the/DET/DT/det/8 medics/NOUN/NNS/appos/1 ./PUNCT/./punct/2",
     "the nurses, and the medics"),
])
def test_lists_of_every_shape_are_taken(spec, whole):
    doc = _doc(HEAD + spec)
    assert _words(doc, 3, 4) == whole


@pytest.mark.parametrize("spec", [
    # the third item hung on the content: only the first piece is asked where it hangs
    "nurses/NOUN/NNS/dobj/2 ,/PUNCT/,/punct/2 the/DET/DT/det/7 crews/NOUN/NNS/appos/1 and/CCONJ/CC/cc/7 the/DET/DT/det/10 "
    "medics/NOUN/NNS/appos/4 ./PUNCT/./punct/2",
    # the second item hung on the content after the first comma
    "nurses/NOUN/NNS/dobj/2 ,/PUNCT/,/punct/2 the/DET/DT/det/7 crews/NOUN/NNS/appos/1 ,/PUNCT/,/punct/7 the/DET/DT/det/10 "
    "vets/NOUN/NNS/appos/4 and/CCONJ/CC/cc/10 the/DET/DT/det/13 medics/NOUN/NNS/conj/10 ./PUNCT/./punct/2",
])
def test_only_the_first_piece_decides_whether_the_parser_hung_it_on_the_content(spec):
    doc = _doc(HEAD + spec)
    assert _words(doc, 3, 4).endswith("the medics")


@pytest.mark.parametrize("spec, person", [
    ("Lopez/PROPN/NNP/dobj/2 ,/PUNCT/,/punct/2 the/DET/DT/det/7 crews/NOUN/NNS/appos/1 and/CCONJ/CC/cc/7 the/DET/DT/det/10 "
     "medics/NOUN/NNS/conj/7 ./PUNCT/./punct/2", [(4, 5)]),  # a person's name
    ("nurses/NOUN/NNS/dobj/2", []),  # the text ends with the content
    ("nurses/NOUN/NNS/dobj/2 ,/PUNCT/,/punct/2 the/DET/DT/det/7 crews/NOUN/NNS/appos/1 and/CCONJ/CC/cc/7 the/DET/DT/det/10 "
     "medics/NOUN/NNS/conj/7 left/VERB/VBD/relcl/10", []),  # a verb as the last word
    ("nurses/NOUN/NNS/dobj/2 ,/PUNCT/,/punct/2 the/DET/DT/det/7 crews/NOUN/NNS/appos/1 and/CCONJ/CC/cc/7 medics/NOUN/NNS/conj/7 "
     ",/PUNCT/,/punct/7 too/ADV/RB/advmod/7 ./PUNCT/./punct/2", []),  # a last piece of one word that opens no noun phrase
    ("nurses/NOUN/NNS/dobj/2 ,/PUNCT/,/punct/2 the/DET/DT/det/7 crews/NOUN/NNS/appos/1 ,/PUNCT/,/punct/7 and/CCONJ/CC/cc/7 "
     "often/ADV/RB/advmod/12 the/DET/DT/det/12 medics/NOUN/NNS/conj/7 ./PUNCT/./punct/2", []),  # no noun phrase after "and"
])
def test_no_plain_list_of_noun_phrases_no_tail(spec, person):
    doc = _doc(HEAD + spec, person)
    assert _words(doc, 3, 4) == "the nurses" if "nurses" in spec else _words(doc, 3, 4) == "the Lopez"


def test_a_one_word_content_with_its_apposition_right_after_the_comma():
    doc = _doc("Farmers/NOUN/NNS/nsubj/1 welcomed/VERB/VBD/ROOT/1 rain/NOUN/NN/dobj/1 ,/PUNCT/,/punct/2 relief/NOUN/NN/appos/2 "
               "and/CCONJ/CC/cc/4 joy/NOUN/NN/conj/4 ./PUNCT/./punct/1")
    assert _words(doc, 2, 2) == "rain"
