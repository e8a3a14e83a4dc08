"""Session 17 (s17-mut): attribution/indirect.py survivors left open by s16b-mutind (docs/testing.md, "Session 17,
s17-mut"). Our own sentences through the pipeline; received_stance on hand-built parses naming the construction."""

import spacy
from spacy.tokens import Doc

from newsgraph.attribution.indirect import received_stance

VOCAB = spacy.blank("en").vocab


def _said(pipeline, text):
    """The contents of the indirect quotes whose cue is "said"."""
    return [q.text for q in pipeline.extract(text).quotes if q.kind == "indirect" and q.cue is not None
            and q.cue.text == "said"]


# --- _clause_tokens: an "according to" phrase inside the reported clause is not its content -----------------

def test_according_to_after_the_reported_clause_ends_it(pipeline):
    # the phrase hangs on "close" after it: the content stops right before it (_clause_tokens 29 cut "close")
    assert _said(pipeline, "The mayor said the bridge will close according to engineers.") == ["the bridge will close"]


def test_according_to_opening_the_reported_clause_is_left_out(pipeline):
    # the phrase hangs on "close" before it: the content starts right after it (_clause_tokens 36 cut "the")
    assert _said(pipeline, "The mayor said that according to engineers the bridge will close.") == \
        ["the bridge will close"]


# --- received_stance: a poll's share before the stance noun, without a number -------------------------------

def _stance(words, heads, deps, pos, lemmas, noun):
    doc = Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    got = received_stance(doc[noun])
    return None if got is None else doc[got[0][0]:got[0][1] + 1].text


def test_a_share_in_percent_before_a_fronted_stance_noun_is_a_poll_s_finding():
    # "What percent support did the plan draw from voters?": the stance noun is fronted (dobj before its verb),
    # so "percent" is among its own left words but in none of the verb's right ones (received_stance 44, 45;
    # 46 the same with "%"): a poll's share asked about, no stance voiced. After the verb, the second test of
    # the verb's right words sees the same words, so a noun after its verb cannot tell the two apart.
    words = ["What", "percent", "support", "did", "the", "plan", "draw", "from", "voters", "?"]
    heads = [1, 2, 6, 6, 5, 6, 6, 6, 7, 6]
    deps = ["det", "compound", "dobj", "aux", "det", "nsubj", "ROOT", "prep", "pobj", "punct"]
    pos = ["PRON", "NOUN", "NOUN", "AUX", "DET", "NOUN", "VERB", "ADP", "NOUN", "PUNCT"]
    lemmas = ["what", "percent", "support", "do", "the", "plan", "draw", "from", "voter", "?"]
    assert _stance(words, heads, deps, pos, lemmas, 2) is None
    words[1] = lemmas[1] = "%"
    assert _stance(words, heads, deps, pos, lemmas, 2) is None
    # and without either, the support is the voters' stance on the plan (the guards are what refuses it)
    words[1], lemmas[1], deps[1], pos[1] = "strong", "strong", "amod", "ADJ"
    assert _stance(words, heads, deps, pos, lemmas, 2) == "the plan"


def test_a_share_in_percent_without_a_number_is_a_poll_s_finding():
    # "The plan drew a few percent support from voters.": "few" is no number (like_num), the word "percent"
    # still makes the support a poll's share, no stance voiced (after the verb: either guard refuses it)
    words = ["The", "plan", "drew", "a", "few", "percent", "support", "from", "voters", "."]
    heads = [1, 2, 2, 5, 5, 6, 2, 6, 7, 2]
    deps = ["det", "nsubj", "ROOT", "det", "amod", "compound", "dobj", "prep", "pobj", "punct"]
    pos = ["DET", "NOUN", "VERB", "DET", "ADJ", "NOUN", "NOUN", "ADP", "NOUN", "PUNCT"]
    lemmas = ["the", "plan", "draw", "a", "few", "percent", "support", "from", "voter", "."]
    assert _stance(words, heads, deps, pos, lemmas, 6) is None
    # the same with the sign: "a few % support" (46)
    words[5] = lemmas[5] = "%"
    assert _stance(words, heads, deps, pos, lemmas, 6) is None
    # and without either, the support is the voters' stance on the plan
    words[5], lemmas[5] = "strong", "strong"
    deps[5], pos[5] = "amod", "ADJ"
    assert _stance(words, heads, deps, pos, lemmas, 6) == "The plan"


# --- candidates: a stance noun found by its lemma, so in the plural too -----------------------------------

def test_a_plural_stance_noun_outside_the_lexicon_is_a_candidate(pipeline):
    # "blessings": the stance nouns are looked up by lemma ("blessing" is no cue of the lexicon, so only the
    # stance look-up proposes it; candidates 18 looked the plural form up and missed it)
    doc = pipeline.extract("The plan won the blessings of church leaders.")
    assert [([c.text for c in a.content], a.cue.text, a.source.text) for a in doc.attributions] == [
        (["The plan"], "won the blessings", "church leaders")]


# --- verb_content: the to-infinitive and gerund branches, an object's tail (the candidates, path included) ----

def _cands(pipeline, text, cue):
    from stageutil import candidates

    return [(path, content) for path, _, c, content, _ in candidates(pipeline, text) if c == cue]


def test_a_to_infinitive_after_the_object_is_the_content_with_its_path(pipeline):
    # the path names the branch for the filter's features (verb_content 140, 141 renamed it); a conjunct
    # inside the infinitive is looked up in the lexicon (135 passed no lexicon: a crash), and a cue
    # participle after a comma ends the content
    assert _cands(pipeline, "The mayor urged residents to leave the town and stay away.", "urged") == [
        ("to", ("residents to leave the town and stay away",))]
    assert _cands(pipeline, "The mayor urged residents to leave, saying the town was unsafe.", "urged") == [
        ("to", ("residents to leave",))]


def test_a_gerund_object_is_the_content(pipeline):
    # "denied taking money": a gerund the parser made an xcomp (verb_content 193, 194 passed no start or end
    # to trim_nested: a crash)
    assert _cands(pipeline, "The mayor denied taking money from the firm.", "denied") == [
        ("obj", ("taking money from the firm",))]


def test_a_phrase_after_the_object_loses_the_aside_on_its_own_object(pipeline):
    # "in the matter, which had dragged on …": the relative clause set off by a comma is no part of what was
    # questioned (verb_content 287 kept the preposition's whole phrase)
    assert _cands(pipeline, "Critics questioned the mayor's judgment in the matter, which had dragged on for years.",
                  "questioned") == [("obj", ("the mayor's judgment in the matter",))]


# --- document_frame: a poll phrase on the clause's verb, and at the text's very end -------------------------

def _poll_frame(pipeline, text):
    from newsgraph.attribution.indirect import document_frame

    d = pipeline.nlp(text)
    found = document_frame(next(t for t in d if t.lower_ == "in"))
    return None if found is None else (d[found[0][0]:found[0][1] + 1].text, found[1].text, found[2].text)


def test_a_poll_phrase_hung_on_an_auxiliary_frames_the_clause_wherever_it_stands(pipeline):
    # "is ahead in the latest poll today": the phrase hangs on the copula (AUX), the clause's verb, so it
    # need not close the clause (document_frame 19, 20 sent an AUX through the noun-or-adverb climb, which
    # wants the phrase last)
    assert _poll_frame(pipeline, "Clinton is ahead in the latest poll today.") == (
        "Clinton is ahead in the latest poll today", "poll", "is")


def test_a_poll_phrase_on_a_noun_followed_by_a_word_is_no_frame_at_the_text_s_end_either(pipeline):
    # "a lead in the latest poll again": on the noun "lead", the phrase must close the clause; "again" follows,
    # with or without a full stop ending the text (document_frame 37 let the last word of a text go)
    assert _poll_frame(pipeline, "Trump has a lead in the latest poll again.") is None
    assert _poll_frame(pipeline, "Trump has a lead in the latest poll again") is None
    assert _poll_frame(pipeline, "Trump has a lead in the latest poll") == ("Trump has a lead", "poll", "has")


# --- verb_content: an interjection as the content needs both the label and the tag ---------------------------

def _said_content(words, heads, deps, pos, tags, lemmas, verb):
    from newsgraph.attribution import lexicon
    from newsgraph.attribution.indirect import verb_content

    lex = lexicon.default()
    doc = Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas)
    found = verb_content(doc[verb], lex.verb(doc[verb]), lex)
    return None if found is None else (doc[found[0]:found[1] + 1].text, found[2])


def test_a_discourse_word_tagged_intj_but_labelled_advmod_is_not_what_was_said():
    # "Well, the mayor said this." with "Well" an adverbial modifier the tagger called INTJ: the object
    # "this" is the content (verb_content 80, `or`: any INTJ-tagged child was taken, "Well"). (s17c-attr:
    # the object was "nothing" until "said nothing" became no content; the mutant is killed the same way)
    words = ["Well", ",", "the", "mayor", "said", "this", "."]
    heads = [4, 4, 3, 4, 4, 4, 4]
    deps = ["advmod", "punct", "det", "nsubj", "ROOT", "dobj", "punct"]
    pos = ["INTJ", "PUNCT", "DET", "NOUN", "VERB", "PRON", "PUNCT"]
    tags = ["UH", ",", "DT", "NN", "VBD", "NN", "."]
    lemmas = ["well", ",", "the", "mayor", "say", "this", "."]
    assert _said_content(words, heads, deps, pos, tags, lemmas, 4) == ("this", "obj")
    # with no object (since s17c-attr an object keeps any interjection out): "Well, the mayor said." with
    # "Well" labelled advmod is still not what was said
    nobj = ([w for k, w in enumerate(x) if k != 5] for x in (words, deps, pos, tags, lemmas))
    w2, d2, p2, t2, l2 = nobj
    assert _said_content(w2, [4, 4, 3, 4, 4, 4], d2, p2, t2, l2, 4) is None
    # the parser's usual reading, "Sorry, the mayor said." (intj, INTJ), is the answer given
    words[0], lemmas[0], deps[0] = "Sorry", "sorry", "intj"
    del words[5], heads[5], deps[5], pos[5], tags[5], lemmas[5]
    heads = [4, 4, 3, 4, 4, 4]
    assert _said_content(words, heads, deps, pos, tags, lemmas, 4) == ("Sorry", "obj")


# --- adjective_content: an infinitive after the adjective; a preposition outside its list --------------------

def test_an_infinitive_after_an_adjective_is_the_intention(pipeline):
    # "eager to run": the xcomp is the content (adjective_content 17, 18 dropped "xcomp")
    assert _cands(pipeline, "She is eager to run for mayor.", "eager") == [("adjective", ("to run for mayor",))]


def test_a_time_phrase_after_an_adjective_is_no_content(pipeline):
    # "confident after the vote": "after" is not among the adjective's prepositions (about, of, on, with,
    # over, in), so nothing is attributed (adjective_content 25, 26: any preposition after it, or any
    # child after it with an object, gave "the vote")
    assert _cands(pipeline, "The mayor was confident after the vote.", "confident") == []


# --- _next_act: a coordinated verb with a subject or a passive auxiliary of its own is no next act -----------

def test_a_coordinated_passive_stays_in_the_content(pipeline):
    # "failed and was criticized by voters": a participle with its own passive auxiliary goes on the reported
    # clause (_next_act 30, 31 looked for "aux" only and cut the content at "and")
    assert _cands(pipeline, "The mayor said the plan failed and was criticized by voters.", "said") == [
        ("clause", ("the plan failed and was criticized by voters",))]


def test_a_coordinated_verb_with_its_own_subject_is_no_next_act():
    # "… closed and she blamed the council" with "blamed" a conjunct of "closed": a verb with a subject of its
    # own is a clause of its own, not the speaker's next act (_next_act 5, `and`: any VERB conjunct in the past)
    from newsgraph.attribution.indirect import _next_act

    words = ["the", "bridge", "closed", "and", "she", "blamed", "the", "council"]
    doc = Doc(VOCAB, words=words, heads=[1, 2, 2, 2, 5, 2, 7, 5],
              deps=["det", "nsubj", "ROOT", "cc", "nsubj", "conj", "det", "dobj"],
              pos=["DET", "NOUN", "VERB", "CCONJ", "PRON", "VERB", "DET", "NOUN"],
              tags=["DT", "NN", "VBD", "CC", "PRP", "VBD", "DT", "NN"])
    assert _next_act(doc[5]) is False
    # without the subject it is one ("closed and blamed the council")
    words2 = ["the", "bridge", "closed", "and", "blamed", "the", "council"]
    doc2 = Doc(VOCAB, words=words2, heads=[1, 2, 2, 2, 2, 6, 4],
               deps=["det", "nsubj", "ROOT", "cc", "conj", "det", "dobj"],
               pos=["DET", "NOUN", "VERB", "CCONJ", "VERB", "DET", "NOUN"],
               tags=["DT", "NN", "VBD", "CC", "VBD", "DT", "NN"])
    assert _next_act(doc2[4]) is True


# --- inverted_content: the clause an inverted report hangs on ------------------------------------------------

def test_an_inverted_report_inside_a_reported_clause_keeps_its_own_clause(pipeline):
    # "She warned that the bridge, the mayor said, would close.": "said" hangs on "close", a verb that is not
    # the root; the climb to a verb stops there, so the mayor reports the clause (inverted_content 13, 14,
    # 15 climbed on to "warned", a cue of its own, and the mayor reported nothing)
    got = _cands(pipeline, "She warned that the bridge, the mayor said, would close.", "said")
    assert len(got) == 1 and got[0][0] == "inverted" and got[0][1][-1] == "would close"


def test_a_cue_coordinated_after_a_clause_does_not_report_it(pipeline):
    # "The bridge closed and the mayor explained.": a conjunct is no inverted report (inverted_content 2,
    # `and`: any label went on, and the mayor explained "The bridge closed")
    assert _cands(pipeline, "The bridge closed and the mayor explained.", "explained") == []


def test_an_inverted_report_hung_on_the_subject_reports_the_subject_s_clause():
    # "The difference now, the mayor told me, is the money." with "told" hung on the subject "difference" (the
    # construction the climb is for): the clause of "is" around it (inverted_content 18 climbed only from a root)
    from newsgraph.attribution import lexicon
    from newsgraph.attribution.indirect import inverted_content

    words = ["The", "difference", "now", ",", "the", "mayor", "told", "me", ",", "is", "the", "money", "."]
    doc = Doc(VOCAB, words=words, heads=[1, 9, 1, 6, 5, 6, 1, 6, 6, 9, 11, 9, 9],
              deps=["det", "nsubj", "advmod", "punct", "det", "nsubj", "parataxis", "dobj", "punct", "ROOT", "det",
                    "attr", "punct"],
              pos=["DET", "NOUN", "ADV", "PUNCT", "DET", "NOUN", "VERB", "PRON", "PUNCT", "AUX", "DET", "NOUN", "PUNCT"],
              lemmas=["the", "difference", "now", ",", "the", "mayor", "tell", "I", ",", "be", "the", "money", "."])
    pieces = [doc[a:b + 1].text for a, b in inverted_content(doc[6], lexicon.default())]
    assert pieces[0].startswith("The difference") and pieces[-1] == "is the money"


# --- _where_said: "on" a venue says where something was said, not what about ---------------------------------

def test_on_a_venue_is_where_it_was_written_not_what_about(pipeline):
    # "wrote on his blog" (a venue noun), "on Meet the Press" (an ORG), "on The Tonight Hour" (a WORK_OF_ART):
    # no content (_where_said 3-6, 9, 10, 11, 12: "on" or the venue test or a type misspelt); "about his blog"
    # is the topic (2: `!=` took every other preposition's venue for a place), as "on the economy" is
    assert _cands(pipeline, "The governor wrote on his blog.", "wrote") == []
    assert _cands(pipeline, "The governor wrote on Meet the Press.", "wrote") == []
    assert _cands(pipeline, "The governor wrote on The Tonight Hour.", "wrote") == []
    assert _cands(pipeline, "The governor wrote about his blog.", "wrote") == [("prep", ("his blog",))]
    assert _cands(pipeline, "The governor wrote on the economy.", "wrote") == [("prep", ("the economy",))]
