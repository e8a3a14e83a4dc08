"""Tests for attribution/indirect.py survivors left open by s15-mutind and s16-mut (docs/testing.md,
"Session 16, s16b-mutind"). Our own sentences; what a user sees: the attribution's kind, content, cue and source."""

from test_attribution_mutants_s14 import attributions


def got(pipeline, text):
    return attributions(pipeline.extract(text).attributions)


def test_a_proper_noun_before_a_noun_cue_is_its_owner(pipeline):
    # "Google criticism of the rules": the firm's name (a compound proper noun the model gives no entity
    # type) is whose criticism it is (noun_content 94-96, 98, 100, 101: the compound test changed)
    assert got(pipeline, "Google criticism of the rules came on Monday.") == [
        ("indirect", ["the rules"], "criticism", "Google")]


def test_a_time_of_day_after_the_object_says_when(pipeline):
    # "in the morning" (a TIME entity) tells when they questioned it, it is no part of what was questioned
    # (verb_content 284, 285: only DATE left out)
    assert got(pipeline, "Critics questioned the mayor's judgment in the morning.") == [
        ("indirect", ["the mayor's judgment"], "questioned", "Critics")]


def test_wrote_on_a_topic(pipeline):
    # "wrote on the economy": the topic after "on" is what was written about (verb_content 350, 351: the
    # about/on/of loop never entered)
    assert got(pipeline, "The governor wrote on the economy.") == [
        ("indirect", ["the economy"], "wrote", "The governor")]


def test_said_no_to(pipeline):
    # "said no to the plan": the interjection object is the answer given (verb_content 81: "no" missed)
    assert got(pipeline, "He said no to the plan.") == [("indirect", ["no"], "said", "He")]


# --- fronted_content on hand-built parses ------------------------------------------------------------------
# en_core_web_sm parses every fronted report of ours ("These workers, the manager explained, were well paid.")
# with the cue as parataxis (inverted_content takes it), so these name the construction fronted_content is for:
# words opening the sentence hung on the cue, the cue's subject set off by commas, the content after it with no
# subject of its own.

def fronted(words, heads, deps, pos, cue, span, time=None):
    from spacy.tokens import Span

    from newsgraph.attribution.indirect import fronted_content
    from test_attribution_mutants_s14 import hand_parse

    doc = hand_parse(words, heads, deps, pos)
    if time is not None:
        doc.ents = [Span(doc, time[0], time[1], label="TIME")]
    got = fronted_content(doc[cue], span)
    return doc[got[0]:got[1] + 1].text if got is not None else None


def test_fronted_subject_of_a_one_word_content():
    # "Workers, the manager said, resigned.": the one-word front and the one-word content (a VERB, not an
    # AUX) are whole (fronted_content 20: the head search misses a last token; 35, 36: only AUX a verb; 82: a
    # one-token front dropped)
    words = ["Workers", ",", "the", "manager", "said", ",", "resigned", "."]
    assert fronted(words, [4, 4, 3, 4, 4, 4, 4, 4], ["npadvmod", "punct", "det", "nsubj", "ROOT", "punct", "ccomp",
                                                     "punct"],
                   ["NOUN", "PUNCT", "DET", "NOUN", "VERB", "PUNCT", "VERB", "PUNCT"], 4, (6, 6)) == "Workers"


def test_fronted_with_a_passive_cue():
    # "These workers, the manager was told, resigned.": the cue's subject may be a passive one
    # (fronted_content 8, 9: only "nsubj" taken); a three-word front is kept whole (77: b = 1)
    words = ["All", "these", "workers", ",", "the", "manager", "was", "told", ",", "resigned", "."]
    heads = [2, 2, 7, 7, 5, 7, 7, 7, 7, 7, 7]
    deps = ["predet", "det", "npadvmod", "punct", "det", "nsubjpass", "auxpass", "ROOT", "punct", "ccomp", "punct"]
    pos = ["DET", "DET", "NOUN", "PUNCT", "DET", "NOUN", "AUX", "VERB", "PUNCT", "VERB", "PUNCT"]
    assert fronted(words, heads, deps, pos, 7, (9, 9)) == "All these workers"


def test_fronted_content_whose_first_word_hangs_inside_it():
    # "Workers, the manager said, often resigned." / "…, in fact resigned.": the content's head is its
    # verb, not an adverb or a phrase's noun before it (fronted_content 25, 26, 27, 29: the top-token test)
    base_w = ["Workers", ",", "the", "manager", "said", ","]
    base_h, base_d = [4, 4, 3, 4, 4, 4], ["npadvmod", "punct", "det", "nsubj", "ROOT", "punct"]
    base_p = ["NOUN", "PUNCT", "DET", "NOUN", "VERB", "PUNCT"]
    often = fronted(base_w + ["often", "resigned", "."], base_h + [7, 4, 4], base_d + ["advmod", "ccomp", "punct"],
                    base_p + ["ADV", "VERB", "PUNCT"], 4, (6, 7))
    late = fronted(base_w + ["often", "worked", "late", "."], base_h + [7, 4, 7, 4],
                   base_d + ["advmod", "ccomp", "advmod", "punct"], base_p + ["ADV", "VERB", "ADV", "PUNCT"], 4, (6, 8))
    fact = fronted(base_w + ["in", "fact", "resigned", "."], base_h + [8, 6, 4, 4],
                   base_d + ["prep", "pobj", "ccomp", "punct"], base_p + ["ADP", "NOUN", "VERB", "PUNCT"], 4, (6, 8))
    assert (often, late, fact) == ("Workers", "Workers", "Workers")


def test_no_fronted_content_after_an_opening_word_or_from_a_time():
    # "And workers, the manager said, resigned.": a front that does not open the sentence is not taken
    # (fronted_content 55); "Last night, the manager said, resigned.": a time says when it was said (68, 69)
    words = ["And", "workers", ",", "the", "manager", "said", ",", "resigned", "."]
    heads, deps = [5, 5, 5, 4, 5, 5, 5, 5, 5], ["cc", "npadvmod", "punct", "det", "nsubj", "ROOT", "punct", "ccomp",
                                                 "punct"]
    pos = ["CCONJ", "NOUN", "PUNCT", "DET", "NOUN", "VERB", "PUNCT", "VERB", "PUNCT"]
    assert fronted(words, heads, deps, pos, 5, (7, 7)) is None
    words = ["Last", "night", ",", "the", "manager", "said", ",", "resigned", "."]
    deps = ["amod", "npadvmod", "punct", "det", "nsubj", "ROOT", "punct", "ccomp", "punct"]
    heads = [1, 5, 5, 4, 5, 5, 5, 5, 5]
    pos = ["ADJ", "NOUN", "PUNCT", "DET", "NOUN", "VERB", "PUNCT", "VERB", "PUNCT"]
    assert fronted(words, heads, deps, pos, 5, (7, 7), time=(0, 2)) is None
