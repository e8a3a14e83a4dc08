"""Session 13 (s13-attr): attribution rules found on PolNeAR train, with sentences of our own."""

from test_attribution import candidates, speaker


def cue_att(doc, cue_text):
    found = [a for a in doc.attributions if a.cue and a.cue.text == cue_text]
    assert found, f"no attribution cued by {cue_text!r}: {[(a.cue and a.cue.text, [p.text for p in a.content]) for a in doc.attributions]}"
    return found[0]


def test_according_to_with_an_aside_between_its_words(pipeline):
    # "according, of course, to X": the aside between the two words used to hide the cue phrase
    doc = candidates(pipeline, "The plan will cost billions, according, of course, to the mayor's critics.")
    a = cue_att(doc, "according, of course, to")
    assert [p.text for p in a.content] == ["The plan will cost billions"]
    assert a.source.text == "the mayor's critics"
    doc = candidates(pipeline, "Taxes will rise next year, according, at least, to Governor Ann Lee.")
    a = cue_att(doc, "according, at least, to")
    assert speaker(doc, a) == "Ann Lee"


def test_according_to_hung_on_the_subject_vouches_for_its_clause():
    from types import SimpleNamespace

    from newsgraph.attribution.speakers import Mentions
    from newsgraph.attribution.stage import _according_content
    from test_attribution import _given_parse

    # the parser hung the aside on the subject noun: the content is the clause around it, not the noun
    d = _given_parse(["The", "bridge", ",", "according", "to", "officials", ",", "will", "reopen", "."],
                     [1, 8, 1, 1, 3, 4, 1, 8, 8, 8],
                     ["det", "nsubj", "punct", "prep", "prep", "pobj", "punct", "aux", "ROOT", "punct"],
                     ["DT", "NN", ",", "VBG", "IN", "NNS", ",", "MD", "VB", "."],
                     ["DET", "NOUN", "PUNCT", "VERB", "ADP", "NOUN", "PUNCT", "AUX", "VERB", "PUNCT"])
    spans, att = _according_content(d[3], Mentions(SimpleNamespace(entities=[])), d.text)
    assert [d[a:b + 1].text for a, b in spans] == ["The bridge", "will reopen"]
    # "according to" inside a noun phrase that is no subject stays with the noun ("the budget, according to X,")
    d = _given_parse(["They", "cut", "the", "budget", ",", "according", "to", "officials", "."],
                     [1, 1, 3, 1, 3, 3, 5, 6, 1],
                     ["nsubj", "ROOT", "det", "dobj", "punct", "prep", "prep", "pobj", "punct"],
                     ["PRP", "VBD", "DT", "NN", ",", "VBG", "IN", "NNS", "."],
                     ["PRON", "VERB", "DET", "NOUN", "PUNCT", "VERB", "ADP", "NOUN", "PUNCT"])
    spans, att = _according_content(d[5], Mentions(SimpleNamespace(entities=[])), d.text)
    assert [d[a:b + 1].text for a, b in spans] == ["the budget"]


def test_according_without_to_is_no_cue(pipeline):
    doc = candidates(pipeline, "The teams were sorted according, roughly, with their budgets.")
    assert not [a for a in doc.attributions if a.cue and a.cue.text.startswith("according")]


def test_according_to_opening_a_clause_about_the_source_vouches_for_the_clause_before():
    from types import SimpleNamespace

    from newsgraph.attribution.speakers import Mentions
    from newsgraph.attribution.stage import _according_content
    from test_attribution import _given_parse

    none = Mentions(SimpleNamespace(entities=[]))
    # the parser made "according to sources who spoke but were not authorized" a clause coordinated with the
    # claim's: what follows the phrase is about the sources, the content is the clause before it
    d = _given_parse(["Police", "are", "searching", "the", "house", ",", "according", "to", "sources", "who", "spoke",
                      "but", "were", "not", "authorized", "."],
                     [2, 2, 2, 4, 2, 2, 14, 6, 7, 10, 8, 10, 14, 14, 2, 14],
                     ["nsubj", "aux", "ROOT", "det", "dobj", "punct", "prep", "prep", "pobj", "nsubj", "relcl", "cc",
                      "auxpass", "neg", "conj", "punct"],
                     ["NNS", "VBP", "VBG", "DT", "NN", ",", "VBG", "IN", "NNS", "WP", "VBD", "CC", "VBD", "RB", "VBN", "."],
                     ["NOUN", "AUX", "VERB", "DET", "NOUN", "PUNCT", "VERB", "ADP", "NOUN", "PRON", "VERB", "CCONJ", "AUX",
                      "PART", "VERB", "PUNCT"])
    spans, att = _according_content(d[6], none, d.text)
    assert [d[a:b + 1].text for a, b in spans] == ["Police are searching the house"]
    # a clause with a subject of its own after the phrase is what the source says
    d = _given_parse(["Police", "reported", ",", "according", "to", "sources", ",", "officers", "searched", "the", "house", "."],
                     [1, 1, 1, 8, 3, 4, 8, 8, 1, 10, 8, 1],
                     ["nsubj", "ROOT", "punct", "prep", "prep", "pobj", "punct", "nsubj", "conj", "det", "dobj", "punct"],
                     ["NNS", "VBD", ",", "VBG", "IN", "NNS", ",", "NNS", "VBD", "DT", "NN", "."],
                     ["NOUN", "VERB", "PUNCT", "VERB", "ADP", "NOUN", "PUNCT", "NOUN", "VERB", "DET", "NOUN", "PUNCT"])
    spans, att = _according_content(d[3], none, d.text)
    assert [d[a:b + 1].text for a, b in spans] == ["officers searched the house"]
