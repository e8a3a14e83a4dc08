"""Session 34 (s34-idiom): a light-verb idiom (lexicon pos `i`: "take aim", "poke fun", "make secret", with the
prepositions of its content) is a stance or speech act of the verb's subject towards the object of the idiom's
preposition ("The mayor took aim at the rules"; path `idiom`, the cue running from the verb to the preposition).
The same noun with another verb, not as the object, or with no such phrase gives nothing. Our own sentences, as
in scripts/attr_probes/probes_s34idiom.txt."""

import sys
from pathlib import Path

import pytest
from stageutil import annotated

from newsgraph.attribution import lexicon
from newsgraph.attribution.stage import extract_all
from newsgraph.errors import InputError

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
import attr_probes  # noqa: E402

PROBES = Path(__file__).resolve().parents[1] / "scripts" / "attr_probes" / "probes_s34idiom.txt"


def _atts(pipeline, text):
    """Every candidate (no filter: the filter judges the idiom path as any other, measured on PolNeAR)."""
    doc, parse = annotated(pipeline, text)
    _, atts = extract_all(doc, parse, flt=None)
    return {(a.cue.text if a.cue else None, " | ".join(p.text for p in a.content), a.source.text if a.source else None, a.type)
            for a in atts}


@pytest.mark.parametrize("text, cue, content, source, cls", [
    ("The senator took aim at the airport expansion on Monday.", "took aim at", "the airport expansion", "The senator", "speech"),
    ("The chef has made no secret of her dislike for food critics.", "made no secret of", "her dislike for food critics",
     "The chef", "thought"),
    ("Councillor Brandt took a swipe at the transit authority.", "took a swipe at", "the transit authority",
     "Councillor Brandt", "speech"),
    ("The teachers' union took issue with the new testing schedule.", "took issue with", "the new testing schedule",
     "The teachers' union", "speech"),
    ("The columnist poked fun at the council's parking plan.", "poked fun at", "the council's parking plan",
     "The columnist", "speech"),
    ("Two auditors cast doubt on the agency's savings figures.", "cast doubt on", "the agency's savings figures",
     "Two auditors", "speech"),
    ("The minister took credit for the drop in unemployment.", "took credit for", "the drop in unemployment",
     "The minister", "speech"),
])
def test_a_light_verb_idiom_is_its_subjects_act_towards_the_prepositions_object(pipeline, text, cue, content, source, cls):
    assert (cue, content, source, cls) in _atts(pipeline, text)


def test_a_clause_as_the_prepositions_object_is_the_content(pipeline):
    atts = _atts(pipeline, "The mayor took issue with how the ballots were counted.")
    assert ("took issue with", "how the ballots were counted", "The mayor", "speech") in atts


def test_the_idiom_content_stops_before_an_aside(pipeline):
    atts = _atts(pipeline, "Ms. Ortiz took a swipe at Mr. Lund, who chairs the board, during the hearing.")
    assert ("took a swipe at", "Mr. Lund", "Ms. Ortiz", "speech") in atts


def test_the_idiom_path_is_what_the_filter_sees(pipeline):
    doc, parse = annotated(pipeline, "The mayor took aim at the state's new housing rules in her budget address.")
    col = []
    extract_all(doc, parse, collect=col)
    feats = next(f for a, f in col if a.cue.text == "took aim at")
    assert "path=idiom" in feats


def test_a_stranded_preposition_gives_no_idiom(pipeline):
    # "at" with no object of its own (its object fronted): nothing found, and no error
    assert not [a for a in _atts(pipeline, "Which plan did the senator take aim at?") if a[0] and "aim" in a[0]]


@pytest.mark.parametrize("text", [
    "The children had fun at the fair on Saturday.",  # the noun with another verb
    "The senator took aim before the vote.",  # no phrase with the idiom's preposition
    "The aim of the senator at the hearing was clear.",  # the noun not a verb's object
    "The senator took aim with her new report.",  # a preposition the idiom does not take
    "The senator took aim at nothing in her speech.",  # no target
])
def test_no_idiom_without_its_verb_object_and_preposition(pipeline, text):
    assert not [a for a in _atts(pipeline, text) if a[0] and ("aim" in a[0] or "fun" in a[0])]


def test_the_idiom_lexicon_entries_load_as_their_own_pos(tmp_path):
    lex = lexicon.default()
    assert lex.idioms["aim"]["take"].frames == frozenset({"at"})
    assert lex.idioms["secret"]["make"].cls == "thought"
    assert "aim" not in lex.nouns and "take" not in lex.verbs
    f = tmp_path / "cues.tsv"
    f.write_text("take aim\tspeech\tat\ti\npoke fun\tspeech\tat\ti\n", encoding="utf-8")
    own = lexicon.Lexicon(f)
    assert own.idioms == {"aim": {"take": own.idioms["aim"]["take"]}, "fun": {"poke": own.idioms["fun"]["poke"]}}
    assert len(own) == 2
    from spacy.strings import hash_string
    assert hash_string("aim") in own.lemma_set  # the noun is the candidate token
    for bad in ("take\tspeech\tat\ti\n", "take aim\tspeech\t\ti\n", "take a shot\tspeech\tat\ti\n"):
        f.write_text(bad, encoding="utf-8")
        with pytest.raises(InputError, match=r"line 1: an idiom is 'verb noun'") as e:
            lexicon.Lexicon(f)
        assert e.value.name == str(f)  # the error names the file
    f.write_text("take aim\tspeech\tat\tq\n", encoding="utf-8")  # no such part of speech
    with pytest.raises(InputError, match=r"line 1: .*\(speech\|writing\|thought\|intention\).*\(v\|n\|a\|h\|i\|x\)") as e:
        lexicon.Lexicon(f)
    assert e.value.name == str(f)


@pytest.mark.parametrize("text, cue, content, source", [
    ("The county's delegates voted in favor of the water tax.", "voted", "the water tax", "The county's delegates"),
    ("Three council members spoke in opposition to the stadium subsidy.", "spoke", "the stadium subsidy",
     "Three council members"),
    ("The nurses testified in support of smaller wards.", "testified", "smaller wards", "The nurses"),
    ("Her coach wrote in defense of the sprinter, who withdrew, on Monday.", "wrote", "the sprinter", "Her coach"),
    ("The bishop argued in favour of keeping the chapel open.", "argued", "keeping the chapel open", "The bishop"),
])
def test_a_cue_verb_taking_a_side_in_favor_of_x_reports_x(pipeline, text, cue, content, source):
    assert (cue, content, source) in {a[:3] for a in _atts(pipeline, text)}


@pytest.mark.parametrize("text, what", [
    ("The delegates voted in front of the tax office.", "the tax office"),  # "in" with another noun
    ("The delegates voted in favor on Monday.", "Monday"),  # no "of" phrase
    ("The delegates voted in support at the town hall.", "the town hall"),  # no "of" phrase either
    ("The delegates voted in favor of nothing.", "nothing"),  # nothing to be for
    ("In favor of the tax, the delegates voted.", "the tax"),  # the phrase before the verb is not its complement
    ("The delegates voted in opposition of the tax.", "the tax"),  # "opposition" takes "to", not "of"
])
def test_no_side_taken_without_the_phrase_and_its_object(pipeline, text, what):
    assert not [a for a in _atts(pipeline, text) if a[0] == "voted" and a[1] == what]


def test_stranded_prepositions_give_no_side_and_no_error(pipeline):
    for text in ("Which tax did the delegates vote in favor of?", "What did the delegates vote in?"):
        assert not [a for a in _atts(pipeline, text) if a[0] == "vote" and "tax" not in a[1]]


def test_the_side_taken_is_found_as_a_prepositional_content(pipeline):
    doc, parse = annotated(pipeline, "The county's delegates voted in favor of the water tax.")
    col = []
    extract_all(doc, parse, collect=col)
    assert "path=prep" in next(f for a, f in col if a.cue.text == "voted")


def test_an_of_phrase_on_the_verb_away_from_the_noun_is_not_the_sides(pipeline):
    from spacy.tokens import Doc

    from newsgraph.attribution.indirect import stance_phrase

    # "They voted in favor today of taxes": "of" hung on the verb, not right after "favor"
    words = ["They", "voted", "in", "favor", "today", "of", "taxes"]
    heads = [1, 1, 1, 2, 1, 1, 5]
    deps = ["nsubj", "ROOT", "prep", "pobj", "npadvmod", "prep", "pobj"]
    d = Doc(pipeline.nlp.vocab, words=words, heads=heads, deps=deps)
    assert stance_phrase(d[1]) is None
    d = Doc(pipeline.nlp.vocab, words=["They", "voted", "in", "favor", "of", "taxes"], heads=[1, 1, 1, 2, 1, 4],
            deps=["nsubj", "ROOT", "prep", "pobj", "prep", "pobj"])
    assert stance_phrase(d[1]) == (5, 5, "prep")  # right after the noun, on the verb: the side
    # "They voted in, then in favor of taxes": a first "in" with no object is passed over, not an error
    d = Doc(pipeline.nlp.vocab, words=["They", "voted", "in", "then", "in", "favor", "of", "taxes"],
            heads=[1, 1, 1, 1, 1, 4, 5, 6], deps=["nsubj", "ROOT", "prep", "advmod", "prep", "pobj", "prep", "pobj"])
    assert stance_phrase(d[1]) == (7, 7, "prep")
    # "They voted in person, then in favor of taxes": an "in" with another noun is passed over too
    d = Doc(pipeline.nlp.vocab, words=["They", "voted", "in", "person", "then", "in", "favor", "of", "taxes"],
            heads=[1, 1, 1, 2, 1, 1, 5, 6, 7], deps=["nsubj", "ROOT", "prep", "pobj", "advmod", "prep", "pobj", "prep", "pobj"])
    assert stance_phrase(d[1]) == (8, 8, "prep")


def test_probes_s34idiom_figures(pipeline):
    r = attr_probes.run(str(PROBES))
    t = r["total"]
    assert (t["gold"], t["found"], t["speaker"], t["spurious"]) == (18, 16, 16, 2)
    assert r["families"]["stance-phrase"]["found"] == 8
