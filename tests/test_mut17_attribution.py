"""Session 17 (s17-mut): attribution/stage.py's survivors that session 16 recorded as bugs (docs/testing.md,
"Session 17, s17-mut"). Each bug is fixed in the stage; these tests fail on the code before the fix. Our own
sentences through the pipeline where the parser gives the construction; else `_according_content` on a
hand-built parse, each test naming the construction it stands for."""

from __future__ import annotations

from spacy.tokens import Doc

from newsgraph.attribution.speakers import Mentions
from newsgraph.attribution.stage import _according_content
from stageutil import parsed

# --- a name before the colon opening a quote, across a hard-wrapped line (_named_colon 53, 55) -------------

WRAPPED = ("Bridge plan approved\n\n"
           "The council voted on Monday to rebuild the old bridge over the river, and\n"
           "the loudest voice in the chamber belonged to the mayor of the city, Anna\n"
           "Lopez: “We will rebuild the old bridge this year and open it by the autumn.”\n\n"
           "The vote was unanimous.")


def test_a_name_broken_over_a_hard_wrapped_line_before_the_colon_is_the_speaker(pipeline):
    # the three lines are one hard-wrapped paragraph: "Anna\nLopez" is one name (the old "\n" test refused it
    # and the quote had no speaker)
    doc = pipeline.extract(WRAPPED)
    (q,) = [q for q in doc.quotes if q.kind == "direct"]
    assert " ".join(q.speaker_text.split()) == "Anna Lopez" and q.cue.text == ":"
    ent = next(e for e in doc.entities if e.id == q.speaker)
    assert ent.name == "Anna Lopez" and ent.type == "PERSON"


def test_a_name_is_not_joined_across_a_paragraph_break_before_the_colon(pipeline):
    # "Anna" ends a paragraph, "Lopez:" opens the next: sections are parsed apart, no mention crosses them
    doc = pipeline.extract("The mayor thanked everyone at the meeting in the old hall on the river, Anna\n\n"
                           "Lopez: “We will rebuild the old bridge this year and open it by the autumn.”")
    assert all(" ".join((q.speaker_text or "").split()) != "Anna Lopez" for q in doc.quotes)


# --- a "so-called" phrase at any length (extract_all 76) ------------------------------------------------


def _partials(doc):
    return [(q.text, q.cue.text if q.cue else None) for q in doc.quotes if q.kind == "partial"]


def test_a_so_called_phrase_of_four_words_or_more_is_no_attribution(pipeline):
    # the marks set off a name others use; nobody is reported saying anything (before: an attribution of
    # "called" with no source once the phrase had four words)
    for text in ("The so-called “plan for the poor” failed badly.",
                 "The so called “plan for the poor” failed badly.",
                 "The so-called “plan for the poor and the sick of the city” failed badly.",
                 # at the very start of the text ("So-" is the text's first three characters: _so_called 8)
                 "So-called “plans for the poor” failed badly."):
        doc = pipeline.extract(text)
        assert doc.attributions == [], text
        assert [c for _, c in _partials(doc)] == [None], text


def test_a_four_word_phrase_after_another_speakerless_cue_keeps_its_cue(pipeline):
    # "described as" with no one named: the short-phrase rule stops at three words (extract_all 76 moved it to
    # four); only "so-called" drops a cue at any length
    doc = pipeline.extract("The plan, described as “a gift for landlords”, failed.")
    assert _partials(doc) == [("a gift for landlords", "described")]
    assert [a.cue.text for a in doc.attributions] == ["described"]
    # ... and at three words the phrase is scare quotes, dropped (the limit itself: a mutant of `<= 3`)
    doc = pipeline.extract("The plan, described as “a landlord gift”, failed.")
    assert _partials(doc) == [] and doc.attributions == []


# --- "according to" hung on a fronted word, or with "to" hung elsewhere (_according_content 13, 15, 16, 44) --


def _tok(word, space, head, dep, pos, lemma=None):
    return (word, space, head, dep, pos, lemma or word.lower())


def _according(pipeline, toks):
    """The content pieces _according_content gives the hand-built parse's "according"."""
    words, spaces, heads, deps, pos, lemmas = (list(x) for x in zip(*toks))
    sdoc = Doc(pipeline.nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    doc, _ = parsed(pipeline, sdoc.text)
    t = next(x for x in sdoc if x.lower_ == "according")
    found = _according_content(t, Mentions(doc), sdoc.text)
    return None if found is None else [sdoc[a:b + 1].text for a, b in found[0]]


def _tomorrow(front_dep, front_pos):
    """ "Tomorrow, according to officials, the bridge will reopen." with the phrase hung on the fronted word."""
    return [_tok("Tomorrow", False, 9, front_dep, front_pos), _tok(",", True, 9, "punct", "PUNCT"),
            _tok("according", True, 0, "prep", "VERB"), _tok("to", True, 2, "prep", "ADP"),
            _tok("officials", False, 3, "pobj", "NOUN", "official"), _tok(",", True, 9, "punct", "PUNCT"),
            _tok("the", True, 7, "det", "DET"), _tok("bridge", True, 9, "nsubj", "NOUN"),
            _tok("will", True, 9, "aux", "AUX"), _tok("reopen", False, 9, "ROOT", "VERB"),
            _tok(".", False, 9, "punct", "PUNCT")]


def test_according_to_hung_on_a_fronted_word_vouches_for_the_whole_clause(pipeline):
    # before: the content was "Tomorrow" alone (the climb to the verb was for a subject only); mutant 44's
    # reading. The parser hangs it on the verb and gives these pieces; a noun or an adverb in front the same
    assert _according(pipeline, _tomorrow("npadvmod", "NOUN")) == ["Tomorrow", "the bridge will reopen"]
    assert _according(pipeline, _tomorrow("advmod", "ADV")) == ["Tomorrow", "the bridge will reopen"]


def _reopen_said(dep):
    """The bridge will reopen, according to officials, the mayor said. – "reopen" hung on "said" by `dep`."""
    return [_tok("The", True, 1, "det", "DET"), _tok("bridge", True, 3, "nsubj", "NOUN"),
            _tok("will", True, 3, "aux", "AUX"), _tok("reopen", False, 11, dep, "VERB"),
            _tok(",", True, 3, "punct", "PUNCT"), _tok("according", True, 3, "prep", "VERB"),
            _tok("to", True, 5, "prep", "ADP"), _tok("officials", False, 6, "pobj", "NOUN", "official"),
            _tok(",", True, 11, "punct", "PUNCT"), _tok("the", True, 10, "det", "DET"),
            _tok("mayor", True, 11, "nsubj", "NOUN"), _tok("said", False, 11, "ROOT", "VERB", "say"),
            _tok(".", False, 11, "punct", "PUNCT")]


def test_according_to_hung_on_a_fronted_clause_vouches_for_that_clause_only(pipeline):
    # hung on "reopen", the ccomp of "said" before it: the clause is what the officials vouch for, not "the
    # mayor said"
    assert _according(pipeline, _reopen_said("ccomp")) == ["The bridge will reopen"]


def test_according_to_with_to_hung_on_another_word_leaves_the_source_out_of_the_content(pipeline):
    # The bridge, according to officials, will close. – "according" on the subject, "to" on "close" (neither
    # "according" nor its head): before, "officials" stayed in the content ("officials, will close");
    # mutant 13's reading. (15, 16 moved the end of the phrase by one word either way on that branch.)
    toks = [_tok("The", True, 1, "det", "DET"), _tok("bridge", False, 8, "nsubj", "NOUN"),
            _tok(",", True, 1, "punct", "PUNCT"), _tok("according", True, 1, "prep", "VERB"),
            _tok("to", True, 8, "prep", "ADP"), _tok("officials", False, 4, "pobj", "NOUN", "official"),
            _tok(",", True, 8, "punct", "PUNCT"), _tok("will", True, 8, "aux", "AUX"),
            _tok("close", False, 8, "ROOT", "VERB"), _tok(".", False, 8, "punct", "PUNCT")]
    assert _according(pipeline, toks) == ["The bridge", "will close"]
