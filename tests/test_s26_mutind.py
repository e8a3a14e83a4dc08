"""Session 26, s26-mutind: the last open survivors of attribution/indirect.py's aside and contrast cuts
(`_phrase_end`, `_without_aside`, `_writers_tail`; docs/testing.md, "Session 26, s26-mutind"). Each mutant differs
from the code only on a parse shape the parser makes by mistake (a comma or dash heading a phrase or clause, an
aside hung on the comma that sets it off, a content that opens on its own mark), so each is built by hand here:
own words, a blank English vocab, the functions called directly. Every shape is paired with the ordinary parse of
the same words, where the cut is made, so that each test shows where the rule's line lies."""

from __future__ import annotations

from spacy.lang.en import English
from spacy.tokens import Doc

from newsgraph.attribution.indirect import _phrase_end, _without_aside, _writers_tail

VOCAB = English().vocab


def _doc(*rows):
    """rows: (word, head index, label, part of speech, tag)."""
    words, heads, deps, pos, tags = zip(*rows)
    return Doc(VOCAB, words=list(words), heads=list(heads), deps=list(deps), pos=list(pos), tags=list(tags))


def _text(doc, a, b):
    return doc[a:b + 1].text


# ---------------------------------------------------------------- _phrase_end


def _rejected(relcl_head: int):
    """"She rejected the plan , which the board wrote ." with the relative clause hung on `relcl_head`."""
    return _doc(("She", 1, "nsubj", "PRON", "PRP"), ("rejected", 1, "ROOT", "VERB", "VBD"),
                ("the", 3, "det", "DET", "DT"), ("plan", 1, "dobj", "NOUN", "NN"), (",", 3, "punct", "PUNCT", ","),
                ("which", 8, "dobj", "PRON", "WDT"), ("the", 7, "det", "DET", "DT"),
                ("board", 8, "nsubj", "NOUN", "NN"), ("wrote", relcl_head, "relcl", "VERB", "VBD"),
                (".", 1, "punct", "PUNCT", "."))


def test_a_relative_clause_hung_on_the_comma_that_sets_it_off_is_still_the_writers_aside():
    # (s25-attr's 64, today's 70: `head.i + 2` kept it.) The parser hung "which the board wrote" on the comma
    # after "plan", not on "plan": the first loop (the head's own relcl) does not see it, the second does; the
    # comma right after the head (the aside's left edge two past the head) sets it off, so the object is "the plan"
    on_comma = _rejected(4)
    assert _text(on_comma, on_comma[3].left_edge.i, _phrase_end(on_comma[3])) == "the plan"
    # the ordinary parse (the clause on "plan") is cut by the first loop, to the same end
    on_noun = _rejected(3)
    assert _text(on_noun, on_noun[3].left_edge.i, _phrase_end(on_noun[3])) == "the plan"


def test_a_mark_that_heads_the_phrase_sets_nothing_off_inside_it():
    # (s25-attr's 62, 63, today's 68, 69: `>= head.i + 1`, `> head.i - 1` read the head itself as the aside's
    # mark.) The cut is at a mark after the phrase's head, and the phrase never ends before its head; a comma the
    # parser made the head (here of ", which the board wrote", the comma token read as the phrase) has nothing
    # after it to cut at, so the phrase runs to its right edge (the mutants ended it on the comma alone)
    doc = _rejected(4)
    comma = doc[4]
    assert [c.i for c in comma.children] == [8] and comma.left_edge.i == 4
    assert _phrase_end(comma) == 8
    assert _text(doc, comma.left_edge.i, _phrase_end(comma)) == ", which the board wrote"


def test_a_dash_that_heads_the_phrase_keeps_its_apposition():
    # the same line read for an apposition (the second loop's _tail_apposition) on a dash the parser made the head
    doc = _doc(("They", 1, "nsubj", "PRON", "PRP"), ("named", 1, "ROOT", "VERB", "VBD"),
               ("—", 1, "dobj", "PUNCT", ":"), ("a", 4, "det", "DET", "DT"), ("lawyer", 2, "appos", "NOUN", "NN"),
               (".", 1, "punct", "PUNCT", "."))
    assert _phrase_end(doc[2]) == 4


# ---------------------------------------------------------------- _without_aside


def _vowed():
    """"She vowed to repeal the law , which the court upheld ." with the relative clause on "law"."""
    return _doc(("She", 1, "nsubj", "PRON", "PRP"), ("vowed", 1, "ROOT", "VERB", "VBD"),
                ("to", 3, "aux", "PART", "TO"), ("repeal", 1, "xcomp", "VERB", "VB"), ("the", 5, "det", "DET", "DT"),
                ("law", 3, "dobj", "NOUN", "NN"), (",", 5, "punct", "PUNCT", ","),
                ("which", 10, "dobj", "PRON", "WDT"), ("the", 9, "det", "DET", "DT"),
                ("court", 10, "nsubj", "NOUN", "NN"), ("upheld", 5, "relcl", "VERB", "VBD"),
                (".", 1, "punct", "PUNCT", "."))


def test_an_aside_is_cut_only_at_a_mark_after_the_contents_first_token():
    # (s25-attr's 24, 26: `x.left_edge.i + 1 > a`, `>= a`.) The aside is cut only when its mark lies after the
    # content's first token, so that something is left before it. The ordinary parse: "to repeal the law"
    doc = _vowed()
    assert _text(doc, 2, _without_aside(doc, 2, 10)) == "to repeal the law"
    # (s25-attr's 25: `x.left_edge.i - 2 > a`.) one word before the mark is enough: "law , which the court
    # upheld" (tokens 5-10) ends at "law" (the mutant kept the aside)
    assert _without_aside(doc, 5, 10) == 5
    # a content the parser let open on the comma (", which the court upheld", tokens 6-10): the mark is its first
    # token, nothing of the content lies before it, and the end stays where it was (the mutants gave 5, before
    # the content's start)
    assert _without_aside(doc, 6, 10) == 10


def test_a_content_at_the_start_of_the_text_loses_its_aside_too():
    # (1: `doc[a - 1:b + 1]`: at a = 0 the slice doc[-1:…] starts at the text's last token, here past b, and
    # nothing was cut.) A text that opens with the content (a headline's "To repeal the law , which the court
    # upheld ."): the aside goes as anywhere else
    doc = _doc(("To", 1, "aux", "PART", "TO"), ("repeal", 1, "ROOT", "VERB", "VB"), ("the", 3, "det", "DET", "DT"),
               ("law", 1, "dobj", "NOUN", "NN"), (",", 3, "punct", "PUNCT", ","), ("which", 8, "dobj", "PRON", "WDT"),
               ("the", 7, "det", "DET", "DT"), ("court", 8, "nsubj", "NOUN", "NN"),
               ("upheld", 3, "relcl", "VERB", "VBD"), (".", 1, "punct", "PUNCT", "."))
    assert _text(doc, 0, _without_aside(doc, 0, 8)) == "To repeal the law"


def test_a_relative_clause_opened_by_who_leaves_an_infinitive_content():
    # (14, 15: "who" misspelt; no test had a "who" aside closing an infinitive content.) "She vowed to honour her
    # father , who founded the mill ." : the vow is "to honour her father"
    doc = _doc(("She", 1, "nsubj", "PRON", "PRP"), ("vowed", 1, "ROOT", "VERB", "VBD"), ("to", 3, "aux", "PART", "TO"),
               ("honour", 1, "xcomp", "VERB", "VB"), ("her", 5, "poss", "PRON", "PRP$"),
               ("father", 3, "dobj", "NOUN", "NN"), (",", 5, "punct", "PUNCT", ","), ("who", 8, "nsubj", "PRON", "WP"),
               ("founded", 5, "relcl", "VERB", "VBD"), ("the", 10, "det", "DET", "DT"),
               ("mill", 8, "dobj", "NOUN", "NN"), (".", 1, "punct", "PUNCT", "."))
    assert _text(doc, 2, _without_aside(doc, 2, 10)) == "to honour her father"


def test_a_contrast_is_cut_from_an_infinitive_content_only_at_a_mark_after_its_first_token():
    # (44, 45, 46: the contrast branch's `x.left_edge.i - 1 > a` as `+ 1`, `- 2`, `>=`.) "She vowed to stay ,
    # while her rival soars ." (a present tense, so that the occasion branch below does not take "while" too)
    doc = _doc(("She", 1, "nsubj", "PRON", "PRP"), ("vowed", 1, "ROOT", "VERB", "VBD"), ("to", 3, "aux", "PART", "TO"),
               ("stay", 1, "xcomp", "VERB", "VB"), (",", 3, "punct", "PUNCT", ","), ("while", 8, "mark", "SCONJ", "IN"),
               ("her", 7, "poss", "PRON", "PRP$"), ("rival", 8, "nsubj", "NOUN", "NN"),
               ("soars", 3, "advcl", "VERB", "VBZ"), (".", 1, "punct", "PUNCT", "."))
    assert _text(doc, 2, _without_aside(doc, 2, 8)) == "to stay"
    assert _without_aside(doc, 3, 8) == 3  # one word before the mark is enough (45 kept the contrast)
    assert _without_aside(doc, 4, 8) == 8  # a content opening on the mark is not cut to before it (44, 46: 3)


def _refused():
    """"She refused to comment , as she left the hall ." with the past clause telling the occasion on "comment"."""
    return _doc(("She", 1, "nsubj", "PRON", "PRP"), ("refused", 1, "ROOT", "VERB", "VBD"),
                ("to", 3, "aux", "PART", "TO"), ("comment", 1, "xcomp", "VERB", "VB"), (",", 3, "punct", "PUNCT", ","),
                ("as", 7, "mark", "SCONJ", "IN"), ("she", 7, "nsubj", "PRON", "PRP"),
                ("left", 3, "advcl", "VERB", "VBD"), ("the", 9, "det", "DET", "DT"), ("hall", 7, "dobj", "NOUN", "NN"),
                (".", 1, "punct", "PUNCT", "."))


def test_an_occasion_after_a_comma_leaves_the_content_without_the_comma():
    # (85, 88, 89, 91: the comma before the occasion's mark read at the wrong place, or added back; no test had a
    # comma there.) The content ends on the word before the comma: "to comment", neither "to comment ," nor
    # "to comment , as"
    doc = _refused()
    assert _text(doc, 2, _without_aside(doc, 2, 9)) == "to comment"


def test_an_occasion_is_cut_from_an_infinitive_content_only_at_a_mark_after_its_first_token():
    # (74, 75, 76: the occasion branch's `x.left_edge.i - 1 > a` as `+ 1`, `- 2`, `>=`.)
    doc = _refused()
    assert _without_aside(doc, 3, 9) == 3  # one word before the comma is enough (75 kept the occasion)
    assert _without_aside(doc, 4, 9) == 9  # a content opening on the comma is not cut to before it (74, 76: 3)


# ---------------------------------------------------------------- _writers_tail


def _said(clause_head: int):
    """"He said the plan failed , while critics cheered ." with "failed" (the ordinary parse) or the comma as
    the reported clause's head; the contrast hangs on that head."""
    rows = [("He", 1, "nsubj", "PRON", "PRP"), ("said", 1, "ROOT", "VERB", "VBD"), ("the", 3, "det", "DET", "DT"),
            ("plan", 4, "nsubj", "NOUN", "NN"), ("failed", 1, "ccomp", "VERB", "VBD"),
            (",", 4, "punct", "PUNCT", ","), ("while", 8, "mark", "SCONJ", "IN"),
            ("critics", 8, "nsubj", "NOUN", "NNS"), ("cheered", clause_head, "advcl", "VERB", "VBD"),
            (".", 1, "punct", "PUNCT", ".")]
    if clause_head == 5:  # the comma heads the clause, alone (nothing before it hung on it)
        rows[4] = ("failed", 1, "ccomp", "VERB", "VBD")
        rows[5] = (",", 1, "ccomp", "PUNCT", ",")
    return _doc(*rows)


def test_a_contrast_is_cut_only_at_a_mark_after_the_clauses_head():
    # (s25-attr's 15, 17: `x.left_edge.i + 1 > c.i`, `>= c.i`.) The ordinary parse: the writer's contrast after
    # the comma leaves "the plan failed"
    doc = _said(4)
    assert _text(doc, doc[4].left_edge.i, _writers_tail(doc[4], doc[4].right_edge.i)) == "the plan failed"
    # a comma the parser made a clause's head, with the contrast hung on it: the mark is the head itself, no
    # clause lies before it, and the end stays (the mutants ended it at 4, before the clause's first token, 5)
    doc = _said(5)
    comma = doc[5]
    assert comma.left_edge.i == 5 and comma.right_edge.i == 8
    assert _writers_tail(comma, 8) == 8
