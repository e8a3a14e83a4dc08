"""Quotes: the colon cue and the innermost-quote lookup, pinned (mutation testing, session 3)."""

from types import SimpleNamespace

from newsgraph.attribution.stage import quote_at

LEAD = "Party leader Pat Caddell spoke at the rally on Monday.\n\n"
PLAN = "The plan is to win the vote in every state next year."


def test_a_cue_ending_its_paragraph_with_a_colon_attributes_the_next_paragraph(pipeline):
    doc = pipeline.extract(LEAD + "Caddell explained:\n\n" + PLAN)
    assert [(q.text, q.kind, q.speaker_text) for q in doc.quotes] == [(PLAN[:-1], "indirect", "Caddell")]  # without its full stop
    assert [(a.speaker_text, a.cue.text) for a in doc.attributions] == [("Caddell", "explained")]


def test_a_cue_without_content_or_colon_attributes_nothing(pipeline):
    doc = pipeline.extract(LEAD + "Caddell agreed.\n\n" + PLAN)
    # "agreed" takes nothing; the only attribution is PLAN's own ("the plan is to …", a cue noun equated
    # with its content by "be", session 19b), with no speaker - the next paragraph is not Caddell's
    assert doc.quotes == [] and [(a.cue.text, a.speaker_text) for a in doc.attributions] == [("plan", None)]


def test_quote_at_finds_the_innermost_quote_holding_the_span():
    outer, inner, other = (SimpleNamespace(id=i, start=s, end=e) for i, s, e in
                           (("outer", 0, 100), ("inner", 10, 50), ("other", 60, 90)))
    doc = SimpleNamespace(quotes=[outer, inner, other])
    assert quote_at(doc, 20, 30).id == "inner"
    assert quote_at(doc, 10, 50).id == "inner"  # the bounds count as inside
    assert quote_at(doc, 5, 20).id == "outer"  # starts before the inner quote
    assert quote_at(doc, 40, 55).id == "outer"  # ends after it
    assert quote_at(doc, 95, 101) is None
    doc.quotes = [inner, outer]  # the order of the list does not matter
    assert quote_at(doc, 20, 30).id == "inner"


# --- choosing among candidate attributions (used with the candidate filter) -----------------------

from attrutil import nesting as _nesting  # noqa: E402  (the stage's _nesting, its table made as group makes it)
from newsgraph.attribution.stage import Frame, _trim, _union, _univocal  # noqa: E402


def _cand(score, parts, cue=None):
    return (score, Frame(cue=cue), [0], parts, "indirect", [])


def _kept(scored):
    return [(s, parts) for s, _, _, parts, _, _ in _univocal(scored)]


def test_univocal_keeps_the_likelier_of_two_that_overlap_by_half_the_shorter():
    assert _kept([_cand(0.5, [(5, 25)]), _cand(0.9, [(0, 10)])]) == [(0.9, [(0, 10)])]  # 5 of 10
    assert _kept([_cand(0.5, [(6, 25)]), _cand(0.9, [(0, 10)])]) == [(0.9, [(0, 10)]), (0.5, [(6, 25)])]  # 4 of 10
    # pieces count together: 2 + 2 of the 8 characters in two pieces
    assert len(_kept([_cand(0.9, [(0, 4), (10, 14)]), _cand(0.5, [(2, 12)])])) == 1
    assert len(_kept([_cand(0.9, [(0, 4), (10, 14)]), _cand(0.5, [(3, 11)])])) == 2


def test_univocal_drops_a_candidate_holding_a_kept_cue_or_whose_cue_lies_in_kept_content():
    assert len(_kept([_cand(0.9, [(0, 10)], cue=(50, 55)), _cand(0.5, [(40, 60)], cue=(100, 104))])) == 1
    assert len(_kept([_cand(0.9, [(0, 10)], cue=(50, 55)), _cand(0.5, [(50, 60)], cue=(100, 104))])) == 1
    assert len(_kept([_cand(0.9, [(0, 10)], cue=(50, 55)), _cand(0.5, [(40, 50)], cue=(100, 104))])) == 2
    assert len(_kept([_cand(0.9, [(40, 60)], cue=(0, 3)), _cand(0.5, [(100, 120)], cue=(45, 50))])) == 1
    assert len(_kept([_cand(0.9, [(40, 60)], cue=(0, 3)), _cand(0.5, [(100, 120)], cue=(60, 65))])) == 2
    assert len(_kept([_cand(0.9, [(40, 60)]), _cand(0.5, [(100, 120)])])) == 2  # no cues at all


def _confirmed_parse():
    """A hand-built parse of "The spokesman confirmed that the president would meet the governors but would
    not offer details of the agenda." as the parser gives it ("offer" coordinated with "meet")."""
    import spacy
    from spacy.tokens import Doc

    words = "The spokesman confirmed that the president would meet the governors but would not offer details of the agenda .".split()
    heads = [1, 2, 2, 7, 5, 7, 7, 2, 9, 7, 7, 13, 13, 7, 13, 14, 17, 15, 2]
    deps = ["det", "nsubj", "ROOT", "mark", "det", "nsubj", "aux", "ccomp", "det", "dobj", "cc", "aux", "neg", "conj",
            "dobj", "prep", "det", "pobj", "punct"]
    pos = ["DET", "NOUN", "VERB", "SCONJ", "DET", "NOUN", "AUX", "VERB", "DET", "NOUN", "CCONJ", "AUX", "PART", "VERB",
           "NOUN", "ADP", "DET", "NOUN", "PUNCT"]
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos)


def test_univocal_ends_a_content_where_the_speakers_next_act_begins():
    sdoc = _confirmed_parse()
    text = sdoc.text
    span = lambda s: (text.index(s), text.index(s) + len(s))  # noqa: E731
    outer = (0.9, Frame(cue=span("confirmed")), [0], [span("the president would meet the governors but would not offer "
                                                          "details of the agenda")], "indirect", [])
    inner = (0.5, Frame(cue=span("offer")), [1], [span("details of the agenda")], "indirect", [])
    kept = {f.cue: parts for _, f, _, parts, _, _ in _univocal([outer, inner], text, sdoc)}
    # both stay: the outer content ends before "but would not offer …" (its joining words go too)
    assert kept == {span("confirmed"): [span("the president would meet the governors")],
                    span("offer"): [span("details of the agenda")]}
    # the same when the inner one is the likelier (the outer content gives up the words all the same)
    swapped = [(0.4, *outer[1:]), (0.8, *inner[1:])]
    assert {f.cue: parts for _, f, _, parts, _, _ in _univocal(swapped, text, sdoc)} == kept
    # without the parse (or the text) the likelier stays alone, as before
    assert [f.cue for _, f, _, _, _, _ in _univocal([outer, inner])] == [span("confirmed")]
    # a cue that is not a coordinated verb ("meet", the clause's own verb) splits nothing
    meet = (0.5, Frame(cue=span("meet")), [1], [span("the governors")], "indirect", [])
    assert [f.cue for _, f, _, _, _, _ in _univocal([outer, meet], text, sdoc)] == [span("confirmed")]


def test_nesting_says_which_candidate_holds_which_cue():
    outer, inner, apart = Frame(cue=(0, 4)), Frame(cue=(20, 24)), Frame(cue=(200, 204))
    cands = [(outer, [0], [(10, 60)]), (inner, [1], [(30, 50)]), (apart, [2], [(300, 320)])]
    # frames made here are of lexicon cues (path "marked"): each finding also says "_known"
    assert _nesting(outer, [(10, 60)], cands) == ["nests", "nests_known"]
    assert _nesting(inner, [(30, 50)], cands) == ["nested", "nested_known"]
    assert _nesting(apart, [(300, 320)], cands) == []
    both = Frame(cue=(15, 18))
    assert _nesting(both, [(0, 5)], cands + [(both, [3], [(0, 5)])]) == ["nested", "nested_known", "nests", "nests_known"]
    assert _nesting(Frame(), [(100, 110)], cands) == []  # no cue: nested in nothing
    assert _nesting(outer, [(60, 70)], [(outer, [0], [(60, 70)]), (Frame(cue=(10, 12)), [1], [(10, 20)])]) == []


def test_union_and_trim():
    assert _union([(10, 20), (0, 5), (5, 8), (15, 30), (40, 41)]) == [(0, 8), (10, 30), (40, 41)]
    assert _union([]) == []
    text = " ,; \u2014 the plan, -. "
    s, e = _trim(text, 0, len(text))
    assert text[s:e] == "the plan"
    assert _trim("...", 0, 3) == (0, 0) and _trim("x.", 0, 2) == (0, 1) and _trim(".x", 0, 2) == (0, 2)


# --- a finite clause, on hand-built parses (no parser in the way) ----------------------------------


_VOCAB = []


def _root(child_dep=None, root_tag="VBG", child_tag="PRP"):
    import spacy
    from spacy.tokens import Doc

    if not _VOCAB:
        _VOCAB.append(spacy.blank("en").vocab)
    vocab = _VOCAB[0]
    if child_dep is None:
        return Doc(vocab, words=["leaving"], heads=[0], deps=["ROOT"], tags=[root_tag])[0]
    doc = Doc(vocab, words=["x", "leaving"], heads=[1, 1], deps=[child_dep, "ROOT"], tags=[child_tag, root_tag])
    return doc[1]


def test_has_subject_on_hand_built_clauses():
    from newsgraph.attribution.stage import _has_subject

    for dep in ("nsubj", "nsubjpass", "expl", "csubj", "csubjpass"):
        assert _has_subject(_root(dep)), dep  # a subject of its own, whatever the verb form
    for dep in ("dobj", "advmod", "npadvmod"):
        assert not _has_subject(_root(dep)), dep
    for tag in ("VBD", "VBZ", "VBP", "MD"):
        assert _has_subject(_root(root_tag=tag)), tag  # a tensed verb: the parser missed the subject
    for tag in ("VB", "VBG", "VBN"):
        assert not _has_subject(_root(root_tag=tag)), tag
    for dep in ("aux", "auxpass"):
        for tag in ("VBD", "VBZ", "VBP", "MD"):
            assert _has_subject(_root(dep, child_tag=tag)), (dep, tag)
        assert not _has_subject(_root(dep, child_tag="TO")) and not _has_subject(_root(dep, child_tag="VBG"))
    assert not _has_subject(_root("advmod", child_tag="VBZ"))  # a tensed word that is not an auxiliary


def test_passive_on_hand_built_clauses():
    from newsgraph.attribution.stage import _passive

    assert _passive(_root("auxpass", child_tag="VBD")) and _passive(_root("nsubjpass", child_tag="NN"))
    assert not _passive(_root("nsubj", child_tag="NN")) and not _passive(_root("aux", child_tag="VBD"))
    assert not _passive(_root())


def test_boundaries_of_the_candidate_choice():
    # half of the shorter, with content far from the start of the text
    assert len(_kept([_cand(0.9, [(100, 120)]), _cand(0.5, [(115, 125)])])) == 1
    # pieces that do not overlap add nothing
    assert len(_kept([_cand(0.9, [(0, 4), (10, 14)]), _cand(0.5, [(100, 102)])])) == 2
    # a cue counts where it starts: inside from its first character, whatever its end
    assert len(_kept([_cand(0.9, [(0, 10)], cue=(50, 55)), _cand(0.5, [(40, 52)], cue=(100, 104))])) == 1
    assert len(_kept([_cand(0.9, [(40, 52)], cue=(0, 3)), _cand(0.5, [(100, 120)], cue=(50, 55))])) == 1
    assert len(_kept([_cand(0.9, [(45, 60)], cue=(0, 3)), _cand(0.5, [(100, 120)], cue=(45, 50))])) == 1
    f, g = Frame(cue=(10, 30)), Frame(cue=(20, 22))
    assert _nesting(f, [(40, 50)], [(f, [0], [(40, 50)]), (g, [1], [(10, 20)])]) == ["nested", "nested_known"]  # starts at its start
    assert _nesting(f, [(40, 50)], [(f, [0], [(40, 50)]), (g, [1], [(5, 20)])]) == ["nested", "nested_known"]  # ends past its end
    assert _nesting(g, [(40, 50)], [(g, [0], [(40, 50)]), (f, [1], [(5, 20)])]) == []  # starts at its end
    assert _nesting(f, [(20, 21)], [(f, [0], [(20, 21)]), (g, [1], [(60, 70)])]) == ["nests", "nests_known"]
    assert _nesting(f, [(5, 20)], [(f, [0], [(5, 20)]), (g, [1], [(60, 70)])]) == []
    assert _trim(", ", 0, 2) == (2, 2) and _trim(",the plan", 0, 9) == (1, 9)
    assert _trim("X-ray for Malcolm X", 0, 19) == (0, 19)


def test_quote_at_ties_and_order():
    a, b = SimpleNamespace(id="a", start=10, end=60), SimpleNamespace(id="b", start=0, end=50)
    assert quote_at(SimpleNamespace(quotes=[a, b]), 20, 30).id == "a"  # equally short: the first
    i, o = SimpleNamespace(id="i", start=40, end=50), SimpleNamespace(id="o", start=30, end=100)
    assert quote_at(SimpleNamespace(quotes=[i, o]), 42, 48).id == "i"


def test_a_colon_cue_at_the_very_end_of_the_text_attributes_nothing(pipeline):
    for end in ("", "\n"):
        doc = pipeline.extract(LEAD + "Caddell explained:" + end)
        assert doc.quotes == [] and doc.attributions == []


def test_the_next_opening_mark_is_what_the_full_search_finds():
    """_next_open scans for a mark and matches the opening-mark pattern only there (the search is
    slow with its look-behind): it must find exactly what _OPEN.search finds, from any start, with
    any end, at a text's first character, after spaces, brackets and dashes, and not inside words."""
    import random

    from newsgraph.attribution import marks

    texts = ["''x'' ‘a’ (‘b’) —‘c’ x‘d’ \"e\" «f» „g“", "‘", "a'b '' c", "‘90s and ‘x’", "\n‘q’", "no marks here", ""]
    rng = random.Random(7)
    texts += ["".join(rng.choice("ab ‘’'\"“”«»„(-—[\n") for _ in range(30)) for _ in range(3000)]
    for t in texts:
        for i in range(len(t) + 1):
            for end in (len(t), max(i, len(t) - 2)):
                want, got = marks._OPEN.search(t, i, end), marks._next_open(t, i, end)
                assert (want and want.span()) == (got and got.span()), (t, i, end)


def test_cut_out_trims_the_words_joining_what_was_cut():
    from newsgraph.attribution.stage import _cut_out

    text = "the plan, which he later called a disaster, and the budget"
    called = text.index("he later")
    # the region cut out ("he later called a disaster"): the piece before loses ", which", the one after "and"
    # only at its end (a joining word opening the second piece is left to the caller's region)
    assert [text[a:b] for a, b in _cut_out(text, [(0, len(text))], (called, text.index(", and")))] == \
        ["the plan", "and the budget"]
    # a piece that is nothing but joining words goes
    assert _cut_out("and which X", [(0, 11)], (10, 11)) == []
    assert _cut_out(text, [(0, len(text))], (0, len(text))) == []
