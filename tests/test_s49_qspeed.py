"""Session 49 (s49-qspeed): the attribution stage passes over the candidates that can give nothing.

`indirect.yielding` keeps, of `candidates`' token indices, only those a path of `stage._indirect` can make an
attribution of (read from the token columns, before a Token is made); `_noun_cue` and `_document_preps` are its
noun and "in a statement" tests. Every skip must leave the stage's output as it was: the texts below (own words)
hold a candidate for each path, and each is still found. Own sentences throughout."""

from __future__ import annotations

import pytest

from newsgraph.attribution import indirect, lexicon
from newsgraph.attribution import stage as attribution_stage
from newsgraph.attribution.indirect import _document_preps, _noun_cue, candidates, yielding
from newsgraph.attribution.stage import extract_all
from stageutil import annotated

# a candidate of every path _indirect has, and candidates that can give nothing ("in the rain", nouns and a proper
# noun whose lemma or form is a verb cue's, "in a continued dispute": no document)
TEXT = ("In a new survey, the harbour is the busiest in the region. The crew waited in the rain. "
        "According to the captain, the engine is fine. The pilot was reportedly alarmed by the fog. "
        "Locals were alarmed that the pier might close. The plan drew criticism from fishermen. "
        "Her criticism of the timetable was sharp. Fishermen are critics of the board, which called it a mess. "
        "The mayor took aim at the board over the delays. Traders are confident that trade will recover. "
        "The answer came late, and the post office stayed shut in a continued dispute about the note. "
        "The Island Post reported that the quay had flooded. The boats came back like birds.")

KEPT = {"In", "critics", "According", "reportedly", "alarmed", "criticism", "called", "took", "aim",
        "confident", "came", "continued", "note", "reported", "plan"}
SKIPPED = {"answer", "post", "dispute", "back", "like"}


@pytest.fixture(scope="module")
def parsed(pipeline):
    return annotated(pipeline, TEXT)


def _by_text(sdoc, idx):
    return {sdoc[i].text for i in idx}


def test_yielding_keeps_each_paths_candidates_and_drops_those_that_give_nothing(parsed):
    sdoc = parsed[1].doc
    lex = lexicon.default()
    cands = candidates(sdoc, lex, False)
    kept = yielding(sdoc, cands, lex)
    assert kept == sorted(kept) and set(kept) <= set(cands)
    assert _by_text(sdoc, kept) == KEPT
    dropped = set(cands) - set(kept)
    assert _by_text(sdoc, dropped) == SKIPPED | {"in"}
    ins = [i for i in cands if sdoc[i].lower_ == "in"]
    assert [i in kept for i in ins] == [True, False, False, False]  # "In a … survey", not "in the region", "in the
    # rain", "in a … dispute"


def test_yielding_keeps_a_verb_and_drops_a_noun_of_the_same_lemma(parsed):
    sdoc = parsed[1].doc
    lex = lexicon.default()
    other = [t.i for t in sdoc if t.lower_ in ("post", "back", "like")]  # a noun, an adverb, a preposition
    reported = [t.i for t in sdoc if t.lower_ == "reported"]
    assert [sdoc[i].pos_ for i in other] == ["NOUN", "PROPN", "ADV", "ADP"]
    assert yielding(sdoc, other + reported, lex) == reported
    assert yielding(sdoc, [], lex) == []


def test_noun_cue_asks_the_idioms_the_stance_nouns_the_lexicon_nouns_and_the_holders():
    lex = lexicon.default()
    assert _noun_cue("aim", lex) and "aim" not in lex.nouns  # an idiom's object ("took aim at")
    assert _noun_cue("Backlash", lex) and "backlash" not in lex.nouns  # a stance noun, its lemma lower-cased
    assert _noun_cue("claim", lex)  # a lexicon noun
    assert _noun_cue("opponent", lex) and "opponent" not in lex.nouns  # a holder
    assert not _noun_cue("answer", lex) and not _noun_cue("Claim", lex)  # a lexicon noun's lemma as the tagger gave it


def test_document_preps_are_the_heads_of_document_objects(parsed):
    sdoc = parsed[1].doc
    heads = _document_preps(sdoc)
    assert _by_text(sdoc, heads) == {"In"}  # "survey" is the pobj of "In"; "note" is no document noun
    assert all(sdoc[i].lower_ in indirect.DOCUMENT_NOUNS for h in heads for i in [c.i for c in sdoc[h].children if c.dep_ == "pobj"])


def test_the_ids_are_those_the_columns_store(parsed):
    strings = parsed[1].doc.vocab.strings
    assert indirect._IN_ID == strings["in"]
    assert indirect._DOCUMENT_IDS == {strings[w] for w in indirect.DOCUMENT_NOUNS}
    assert indirect._OWN_PATH_IDS == {strings[w] for w in ("according",) + lexicon.HEARSAY} | \
        {strings[w] for w in indirect.FELT_PARTICIPLES}


def _dump(doc, parse, **kw):
    collected = [] if kw.pop("collect", False) else None
    quotes, atts = extract_all(doc, parse, collect=collected, **kw)
    return repr((quotes, atts, [f for _, f in collected] if collected is not None else None))


@pytest.mark.parametrize("kw", [{}, {"flt": None}, {"collect": True}])
def test_the_stage_gives_what_it_gave_without_the_skip(parsed, monkeypatch, kw):
    doc, parse = parsed
    got = _dump(doc, parse, **dict(kw))
    monkeypatch.setattr(attribution_stage, "yielding", lambda sdoc, cands, lex: cands)
    assert got == _dump(doc, parse, **dict(kw))


def test_each_path_is_still_found(parsed):
    doc, parse = parsed
    _, atts = extract_all(doc, parse, flt=None)
    cues = {a.cue.text for a in atts if a.cue}
    assert {"In", "According to", "reportedly", "alarmed", "criticism", "critics", "called", "confident",
            "reported"} <= cues
    assert any(a.cue and a.cue.text == "drew criticism" and a.source and a.source.text == "fishermen" for a in atts)
    assert "took aim at" in cues  # the idiom, its noun the candidate


def _tagged(words, pos, lemmas):
    """A Doc with the given tags and lemmas and no parse (yielding reads the columns alone)."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    return Doc(Vocab(), words=words, pos=pos, lemmas=lemmas)


def test_yielding_keeps_an_auxiliary_and_drops_an_adjective_cues_lemma_under_another_tag():
    lex = lexicon.default()
    assert "clear" in lex.adjectives
    doc = _tagged(["It", "has", "said", "clear", "things", ",", "clear", "and", "says", "clear"],
                  ["PRON", "AUX", "VERB", "ADV", "NOUN", "PUNCT", "ADJ", "CCONJ", "VERB", "ADP"],
                  ["it", "have", "say", "clear", "thing", ",", "clear", "and", "say", "clear"])
    # an auxiliary may be a cue (_verb_cue takes VERB and AUX); "clear" is kept only as the adjective it is a cue as
    assert yielding(doc, list(range(len(doc))), lex) == [1, 2, 6, 8]


def _indirect_paths(pipeline, text, generic):
    """(cue word, path) of what stage._indirect finds in `text` with `generic` (False, True, or the filter)."""
    from newsgraph.attribution.speakers import Mentions

    doc, parse = annotated(pipeline, text)
    found = attribution_stage._indirect(parse, doc.text, lambda i: False, [], Mentions(doc), lexicon.default(), generic)
    return sorted({(doc.text[att.cue[0]:att.cue[1]], att.path) for _, _, _, att in found})


def test_indirect_proposes_verbs_outside_the_lexicon_as_its_generic_argument_says(pipeline):
    from newsgraph.attribution import filter as attribution_filter

    flt = attribution_filter.default()
    # "release": a lemma the filter has learnt (weight above GENERIC_MIN_WEIGHT); "sold": not one
    assert flt.weights.get("lemma=release", 0.0) > attribution_stage.GENERIC_MIN_WEIGHT >= flt.weights.get("lemma=sell", 0.0)
    text = "The harbour board will release the new timetable on Friday. The ferry company sold two boats."
    assert _indirect_paths(pipeline, text, False) == []
    assert _indirect_paths(pipeline, text, flt) == [("release", "generic-obj")]
    assert _indirect_paths(pipeline, text, True) == [("release", "generic-obj"), ("sold", "generic-obj")]
