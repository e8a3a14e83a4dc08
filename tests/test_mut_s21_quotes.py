"""Session 21, s21-mut: survivors of attribution/stage.py's `_verb_attribution` run whole against the quotes
list and every attribution test file (docs/testing.md, "Session 21, s21-mut"). Own sentences, through the
stage's candidates (path, type, cue, content, source)."""

from __future__ import annotations

from stageutil import candidates


def _by_cue(pipeline, text, cue):
    return [c for c in candidates(pipeline, text) if c[2] == cue]


def test_a_request_to_the_reader_is_no_one_s_statement(pipeline):
    # _verb_attribution 30 (`or` -> `and` before _imperative): an imperative verb of saying made a request
    # by "Please" is the writer's, not a cue
    assert _by_cue(pipeline, "Please note that the bridge will close on Friday.", "note") == []


def test_an_agent_hung_on_the_label_keeps_the_verbs_type(pipeline):
    # _verb_attribution 109 (the type dropped): "by the council" hangs on "liar", the label
    assert _by_cue(pipeline, "The mayor was called a liar by the council.", "called") == [
        ("passive-agent", "speech", "called", ("The mayor", "a liar"), "the council")]


def test_a_state_of_mind_passive_takes_the_adjectives_type(pipeline):
    # _verb_attribution 139: "was convinced" is the adjective "convinced" (a thought), not the verb
    # "convince" (speech); a passive the adjectives do not list keeps the verb's type
    (c,) = _by_cue(pipeline, "Tarn was convinced that the plan would fail.", "convinced")
    assert c[:2] == ("adjective", "thought")
    (c,) = _by_cue(pipeline, "Tarn was persuaded that the plan would fail.", "persuaded")
    assert c[:2] == ("adjective", "speech")


def test_a_reduced_relatives_holder_is_the_noun_without_its_clause(pipeline):
    # _verb_attribution 155, 158 (phrase_span without the cue): the holder's phrase stops before the cue
    (c,) = _by_cue(pipeline, "There were voters convinced that the count was wrong.", "convinced")
    assert c[3:] == (("that the count was wrong",), "voters")


def test_a_clause_after_a_passive_agent_keeps_a_mark_other_than_that(pipeline):
    # _verb_attribution 209 (`or` for `and`: any mark dropped): "whether" is part of what was asked
    (c,) = _by_cue(pipeline, "Hale was asked by reporters whether he would run again.", "asked")
    assert c[3:] == (("whether he would run again",), "reporters")


def test_a_reduced_relatives_holder_on_an_object_ends_before_its_participle():
    # _verb_attribution 155, 158 (phrase_span without cue=t): "Officials questioned voters convinced that the
    # count was wrong." with "convinced" a reduced relative on the object "voters" (a parse built by hand: spaCy
    # gave our sentences other shapes): the holder is "voters", not the noun with its relative and content
    from spacy.lang.en import English
    from spacy.tokens import Doc

    from newsgraph.attribution import lexicon
    from newsgraph.attribution.stage import _verb_attribution

    rows = [("Officials", 1, "nsubj", "NOUN", "NNS", "official"), ("questioned", 1, "ROOT", "VERB", "VBD", "question"),
            ("voters", 1, "dobj", "NOUN", "NNS", "voter"), ("convinced", 2, "acl", "VERB", "VBN", "convince"),
            ("that", 7, "mark", "SCONJ", "IN", "that"), ("the", 6, "det", "DET", "DT", "the"),
            ("count", 7, "nsubj", "NOUN", "NN", "count"), ("was", 3, "ccomp", "AUX", "VBD", "be"),
            ("wrong", 7, "acomp", "ADJ", "JJ", "wrong"), (".", 1, "punct", "PUNCT", ".", ".")]
    words, heads, deps, pos, tags, lemmas = zip(*rows)
    doc = Doc(English().vocab, words=list(words), heads=list(heads), deps=list(deps), pos=list(pos), tags=list(tags),
              lemmas=list(lemmas))
    spans, att = _verb_attribution(doc[3], lexicon.default(), None, doc.text)
    assert (att.path, att.type) == ("adjective", "thought")
    assert [doc[a:b + 1].text for a, b in spans] == ["the count was wrong"]
    assert doc.text[att.source[0]:att.source[1]] == "voters"
