"""Session 33 (s33-attr): an attribution's content opens with the complementiser "that" of the clause it is
("said [that the ferry would resume]"), as PolNeAR's content does and as "whether S" / "if S" already did;
quotes[] keeps the bare clause. A bare clause, a relative "that" inside the content and a clause no cue reports
are left as they were. Our own sentences, as in scripts/attr_probes/probes10.txt."""

import sys
from pathlib import Path

import pytest
from spacy.tokens import Doc
from stageutil import annotated

from newsgraph.attribution.stage import _light_verb_noun, _with_complementiser, extract_all

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
import attr_probes  # noqa: E402

PROBES = Path(__file__).resolve().parents[1] / "scripts" / "attr_probes" / "probes10.txt"


def _out(pipeline, text):
    doc, parse = annotated(pipeline, text)
    quotes, atts = extract_all(doc, parse)
    return ({(a.cue.text if a.cue else None, " | ".join(p.text for p in a.content)) for a in atts},
            {q.text for q in quotes})


@pytest.mark.parametrize("text, cue, content", [
    ("The harbour master said that the ferry service would resume in April.", "said",
     "that the ferry service would resume in April"),
    ("Ms. Varga told reporters on Friday that the bridge repairs were finished.", "told",
     "that the bridge repairs were finished"),
    ("The coach admitted after the match that his players had looked tired.", "admitted",
     "that his players had looked tired"),
])
def test_a_that_clause_content_starts_at_its_complementiser(pipeline, text, cue, content):
    atts, quotes = _out(pipeline, text)
    assert (cue, content) in atts
    assert content.removeprefix("that ") in quotes  # quotes[] keeps the bare clause


@pytest.mark.parametrize("text, cue, content", [
    ("The harbour master said the ferry service would resume in April.", "said",
     "the ferry service would resume in April"),
    ("Residents complained about the plan that the council approved in March.", "complained",
     "the plan that the council approved in March"),
])
def test_a_content_without_a_complementiser_before_it_starts_where_it_did(pipeline, text, cue, content):
    atts, _ = _out(pipeline, text)
    assert (cue, content) in atts


def test_only_a_mark_whose_clause_the_fragment_holds_is_taken(pipeline):
    """Hand-built parses of "Jo said that rain fell": "that" the mark of "fell", inside the fragment (taken);
    "that" a determiner (left); "that" a mark whose head lies outside the fragment (left)."""
    words = ["Jo", "said", "that", "rain", "fell"]

    def doc(heads, deps):
        return Doc(pipeline.nlp.vocab, words=words, heads=heads, deps=deps)

    d = doc([1, 1, 4, 4, 1], ["nsubj", "ROOT", "mark", "nsubj", "ccomp"])
    rain, end = d[3].idx, len(d.text)
    assert _with_complementiser(d, [(rain, end)]) == [(d[2].idx, end)]
    assert _with_complementiser(d, [(0, 2), (rain, end)]) == [(0, 2), (d[2].idx, end)]  # each fragment
    assert _with_complementiser(d, [(rain, d[3].idx + 4)]) == [(rain, d[3].idx + 4)]  # "fell" outside it
    d = doc([1, 1, 3, 4, 1], ["nsubj", "ROOT", "det", "nsubj", "ccomp"])
    assert _with_complementiser(d, [(rain, end)]) == [(rain, end)]
    d = doc([1, 1, 1, 4, 1], ["nsubj", "ROOT", "mark", "nsubj", "ccomp"])
    assert _with_complementiser(d, [(rain, end)]) == [(rain, end)]


def test_probes10_every_labelled_content_is_found_with_its_boundaries(pipeline):
    from newsgraph.evaluate.polnear import from_document, match

    for art in attr_probes.read_probes(str(PROBES)):
        text = art["text"]
        system = from_document(pipeline.extract(text, name="probe"))
        gold = [g for g in art["gold"] if not g["optional"]]
        pairs = dict(match(gold, system, text, 0.3))
        for gi, g in enumerate(gold):
            assert gi in pairs, text
            got = [text[a:b].strip(" .") for a, b in system[pairs[gi]]["content"]]
            assert got == [text[a:b] for a, b in g["content"]], text


# --- a light verb's lexicon noun with its preposition (probes11.txt) -----------------------------------------

PROBES11 = Path(__file__).resolve().parents[1] / "scripts" / "attr_probes" / "probes11.txt"


@pytest.mark.parametrize("text, cue, content", [
    ("The inspectors raised questions about the safety record of the old dam.", "raised questions about",
     "the safety record of the old dam"),
    ("The minister made comments about the shortage of rural doctors.", "made comments about",
     "the shortage of rural doctors"),
])
def test_a_light_verbs_noun_takes_the_cue_and_its_prepositions_object_is_the_content(pipeline, text, cue, content):
    atts, _ = _out(pipeline, text)
    assert (cue, content) in atts


def test_a_lexicon_verb_keeps_its_whole_object(pipeline):
    atts, _ = _out(pipeline, "The governor criticized the demands of the striking teachers.")
    assert ("criticized", "the demands of the striking teachers") in atts


def test_light_verb_noun_on_hand_built_parses(pipeline):
    """ "Jo raised questions about taxes": a lexicon noun ("questions") whose "about" has an object: the cue runs
    to "about", the content is "taxes"; a noun outside the lexicon ("changes"), a
    preposition outside NOUN_PREPS ("in"), content not starting at the object, or no object: unchanged."""
    from newsgraph.attribution.lexicon import default

    lex = default()

    def doc(obj, prep):
        words = ["Jo", "raised", obj, prep, "taxes"]
        return Doc(pipeline.nlp.vocab, words=words, heads=[1, 1, 1, 2, 3],
                   deps=["nsubj", "ROOT", "dobj", "prep", "pobj"], lemmas=["Jo", "raise", obj.rstrip("s"), prep, "tax"])

    d = doc("questions", "about")
    cue, obj_start, end = (d[1].idx, d[1].idx + len(d[1])), d[2].idx, len(d.text)
    assert _light_verb_noun(d, cue, [(obj_start, end)], lex) == ((cue[0], d[3].idx + len(d[3])), [(d[4].idx, end)])
    assert _light_verb_noun(d, cue, [(obj_start, end), (0, 2)], lex)[1] == [(d[4].idx, end), (0, 2)]
    assert _light_verb_noun(d, cue, [(d[3].idx, end)], lex) == (cue, [(d[3].idx, end)])  # starts elsewhere
    assert _light_verb_noun(d, cue, [(obj_start, d[2].idx + 9)], lex) == (cue, [(obj_start, d[2].idx + 9)])
    d = doc("changes", "about")
    assert _light_verb_noun(d, cue, [(obj_start, end)], lex) == (cue, [(obj_start, end)])
    d = doc("questions", "in")
    assert _light_verb_noun(d, cue, [(obj_start, end)], lex) == (cue, [(obj_start, end)])
    d = Doc(pipeline.nlp.vocab, words=["Jo", "raised", "questions"], heads=[1, 1, 1], deps=["nsubj", "ROOT", "npadvmod"])
    assert _light_verb_noun(d, cue, [(obj_start, len(d.text))], lex) == (cue, [(obj_start, len(d.text))])


def test_probes11_every_found_content_has_its_boundaries_but_a_dates_phrase(pipeline):
    """probes11 on this branch: 4 of 6 light-verb contents exact (main: 0 of 6), the two near misses exact; left
    over: a date phrase the parser hung on the verb ("losses in the last two years") and "made the case for",
    never proposed."""
    from newsgraph.evaluate.polnear import from_document, match

    exact = total = 0
    for art in attr_probes.read_probes(str(PROBES11)):
        text = art["text"]
        system = from_document(pipeline.extract(text, name="probe"))
        gold = [g for g in art["gold"] if not g["optional"]]
        pairs = dict(match(gold, system, text, 0.3))
        for gi, g in enumerate(gold):
            total += 1
            if gi in pairs:
                got = [text[a:b].strip(" .") for a, b in system[pairs[gi]]["content"]]
                exact += got == [text[a:b] for a, b in g["content"]]
    assert (exact, total) == (6, 8)
