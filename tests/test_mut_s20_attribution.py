"""Session 20 (s20-mutattr): tests for the mutmut 3.8.1 survivors of the attribution functions session 20
changed (docs/testing.md, "Session 20, s20-mutattr"). Each rule is called directly on hand-made tokens (only
the attributes the function reads), one edge changed per test, so a test names the condition it guards."""

from newsgraph.attribution.filter import QuotedSentences
from newsgraph.attribution.speakers import _main_verb_on, _phrase_last, root_noun_subject, surname_subject


class Tok:
    """A token stand-in: attributes as given; `children` a list; `left_edge` / `right_edge` the token itself
    unless given."""

    def __init__(self, i, text="w", dep="dep", tag="NN", pos="NOUN", head=None, children=(), ent_type="", **kw):
        self.i, self.text, self.dep_, self.tag_, self.pos_ = i, text, dep, tag, pos
        self.head = head if head is not None else self
        self.children = list(children)
        self.ent_type_ = ent_type
        self.is_title = text[:1].isupper() and text[1:].islower()
        self.left_edge = self.right_edge = self
        self.__dict__.update(kw)


class Ent(list):
    def __init__(self, toks, label):
        super().__init__(toks)
        self.label_ = label


def _acl(tag="VBD", kids=("ccomp",), noun_dep="ROOT", noun_pos="NOUN", dep="acl", appos=False, after=True):
    """A verb (index 5) hung as `dep` on a noun (index 1, or 8 when not `after`), its children's labels `kids`;
    with `appos` the verb hangs on an apposition (index 3) of the noun."""
    noun = Tok(1 if after else 8, "analysts", dep=noun_dep, pos=noun_pos)
    head = Tok(3, "Ruiz", dep="appos", pos="PROPN", head=noun) if appos else noun
    v = Tok(5, "found", dep=dep, tag=tag, pos="VERB", head=head)
    v.children = [Tok(6 + k, "x", dep=d, head=v) for k, d in enumerate(kids)]
    return v, noun, head


# ------------------------------------------------------------ root_noun_subject


def test_root_noun_subject_active_past_with_a_clause_or_object():
    for tag in ("VBD", "VBN"):
        for kids in (("ccomp",), ("dobj",)):
            v, noun, _ = _acl(tag=tag, kids=kids)
            assert root_noun_subject(v) is noun, (tag, kids)


def test_root_noun_subject_only_past_tags():
    # a present participle or 3rd-person present hung on the noun is no past main verb
    for tag in ("VBG", "VBZ"):
        assert root_noun_subject(_acl(tag=tag)[0]) is None, tag


def test_root_noun_subject_only_acl():
    # a relative clause proper (relcl) has its own relative subject: not this misparse
    assert root_noun_subject(_acl(dep="relcl")[0]) is None


def test_root_noun_subject_head_after_the_verb():
    assert root_noun_subject(_acl(after=False)[0]) is None


def test_root_noun_subject_through_an_apposition():
    # "Two analysts, Ruiz and Berg, found …": the verb hangs on the apposition; the subject is the noun it renames
    v, noun, head = _acl(appos=True)
    assert root_noun_subject(v) is noun
    # the same head not an apposition (a ROOT proper noun itself): that head
    v2, _, _ = _acl(noun_pos="PROPN")
    assert root_noun_subject(v2) is v2.head


def test_root_noun_subject_only_an_apposition_leads_to_the_noun_above():
    # the verb hung on a noun joined to the root noun otherwise (a conjunct "Ruiz and Berg found …") is not read
    # through to that root noun
    v, noun, head = _acl(appos=True, noun_pos="PROPN")
    head.dep_ = "conj"
    assert root_noun_subject(v) is None


def test_root_noun_subject_noun_must_be_the_root_and_a_noun():
    assert root_noun_subject(_acl(noun_dep="nsubj")[0]) is None
    assert root_noun_subject(_acl(noun_pos="PRON")[0]) is None
    assert root_noun_subject(_acl(noun_pos="PROPN")[0]) is not None


def test_root_noun_subject_needs_an_object_and_no_passive_or_subject_child():
    assert root_noun_subject(_acl(kids=("prep",))[0]) is None  # no object: a reduced passive may be
    for d in ("agent", "aux", "auxpass", "nsubj", "nsubjpass"):
        assert root_noun_subject(_acl(kids=("dobj", d))[0]) is None, d
        assert root_noun_subject(_acl(kids=(d,))[0]) is None, d


# ------------------------------------------------------------ _main_verb_on and _phrase_last


def test_main_verb_on_its_own_subject_only():
    v, noun, _ = _acl()
    assert _main_verb_on(v, noun) is True
    assert _main_verb_on(v, Tok(0, "Other")) is False  # another head: not its subject
    other, noun2, _ = _acl(kids=("prep",))
    assert _main_verb_on(other, noun2) is False


def _phrase(child):
    """A noun at 1 whose subtree runs to 9, with `child` (index 5, its left edge at 4)."""
    head = Tok(1, "analysts", dep="ROOT")
    head.right_edge = Tok(9, "end")
    child.head = head
    child.left_edge = Tok(4, "who")
    head.children = [Tok(0, "Two", dep="nummod", head=head), child]
    return head


def test_phrase_last_stops_before_a_relative_clause():
    assert _phrase_last(_phrase(Tok(5, "spoke", dep="relcl", tag="VBD"))) == 3


def test_phrase_last_stops_before_the_main_verb_hung_on_it():
    v, _, _ = _acl()
    head = _phrase(v)
    v.head = head  # root_noun_subject(v) is the phrase's head
    assert _phrase_last(head) == 3


def test_phrase_last_runs_on_over_other_children():
    assert _phrase_last(_phrase(Tok(5, "of", dep="prep", tag="IN"))) == 9


# ------------------------------------------------------------ surname_subject


class Doc(list):
    def __init__(self, toks, ents):
        super().__init__(toks)
        self.ents = ents


def _surname(tag="VBZ", prev_pos="ADV", prev_text="Early", prev_head_is_v=True, prev_ent="", ents=None, at=3, start=0):
    """"… Early describes …": the verb at `at`, the word before it `prev_text`; the text names `ents`
    (default: the person "Mark Early")."""
    toks = [Tok(k, "t") for k in range(at + 2)]
    v = Tok(at, "describes", dep="ROOT", tag=tag, pos="VERB")
    prev = Tok(at - 1, prev_text, dep="advmod", pos=prev_pos, head=v if prev_head_is_v else toks[0], ent_type=prev_ent)
    toks[at - 1], toks[at] = prev, v
    person = ents if ents is not None else [Ent([Tok(20, "Mark"), Tok(21, prev_text)], "PERSON")]
    doc = Doc(toks, person)
    v.doc = doc
    v.sent = type("S", (), {"start": start})()
    return v, prev


def test_surname_subject_reads_the_finite_verbs():
    for tag in ("VBD", "VBZ", "VBP"):
        v, prev = _surname(tag=tag)
        assert surname_subject(v) is prev, tag
    assert surname_subject(_surname(tag="VB")[0]) is None  # "to describe": not finite
    assert surname_subject(_surname(tag="VB", start=3)[0]) is None


def test_surname_subject_not_at_a_sentence_start():
    assert surname_subject(_surname(start=3)[0]) is None


def test_surname_subject_word_tags():
    for pos in ("ADV", "AUX", "ADJ"):
        v, prev = _surname(prev_pos=pos)
        assert surname_subject(v) is prev, pos
    assert surname_subject(_surname(prev_pos="NOUN")[0]) is None  # a noun would be the parser's own subject


def test_surname_subject_word_must_hang_on_the_verb_be_title_case_and_no_entity():
    assert surname_subject(_surname(prev_head_is_v=False)[0]) is None
    assert surname_subject(_surname(prev_text="early")[0]) is None
    assert surname_subject(_surname(prev_ent="PERSON")[0]) is None  # (the entity reading is the subjects' own)


def test_surname_subject_needs_a_full_person_name_ending_in_it():
    assert surname_subject(_surname(ents=[Ent([Tok(20, "Early")], "PERSON")])[0]) is None  # one word: no full name
    assert surname_subject(_surname(ents=[Ent([Tok(20, "Early"), Tok(21, "Bird")], "ORG")])[0]) is None
    assert surname_subject(_surname(ents=[Ent([Tok(20, "Mark"), Tok(21, "Twain")], "PERSON")])[0]) is None
    assert surname_subject(_surname(ents=[Ent([Tok(20, "Hotel"), Tok(21, "Early")], "ORG")])[0]) is None  # no person
    v, prev = _surname(ents=[Ent([Tok(20, "Mary"), Tok(21, "Ann"), Tok(22, "Early")], "PERSON")])
    assert surname_subject(v) is prev  # the last word of the name, not its second
    v, _ = _surname(ents=[Ent([Tok(20, "Mary"), Tok(21, "Early"), Tok(22, "Ross")], "PERSON")])
    assert surname_subject(v) is None


# ------------------------------------------------------------ indirect: reduced_passive, as_content


def test_reduced_passive_each_active_or_finite_child_rules_it_out():
    from newsgraph.attribution.indirect import reduced_passive

    # "a plan criticized by X" (the noun no sentence root, so the root_noun_subject reading is out of play)
    assert reduced_passive(_acl(tag="VBN", kids=("agent",), noun_dep="nsubj")[0]) is True
    for d in ("nsubj", "nsubjpass", "dobj", "auxpass", "aux"):
        assert reduced_passive(_acl(tag="VBN", kids=("agent", d), noun_dep="nsubj")[0]) is False, d


def test_reduced_passive_not_the_main_verb_hung_on_its_own_subject():
    from newsgraph.attribution.indirect import reduced_passive

    # the same participle with a clause after it on the sentence's root noun: active (root_noun_subject)
    assert reduced_passive(_acl(tag="VBN", kids=("ccomp",))[0]) is False
    assert reduced_passive(_acl(tag="VBN", kids=("ccomp",), noun_dep="nsubj")[0]) is True


def _as_content(pipeline, text, word):
    from newsgraph.attribution.indirect import as_content
    from stageutil import parsed

    _, parse = parsed(pipeline, text)
    return as_content(next(t for t in parse.doc if t.text == word))


def test_as_content_needs_a_subject_or_a_by_agent(pipeline):
    assert _as_content(pipeline, "As she said, the plan will fail.", "said") == [(4, 7)]
    assert _as_content(pipeline, "As reported by the Tribune, the mayor plans to resign in June.", "reported") == [(6, 12)]
    # "As noted earlier": a participle with neither, no speaker to credit
    assert _as_content(pipeline, "As noted earlier, the plan failed in May.", "noted") == []


def test_as_content_not_with_an_object_even_with_a_subject(pipeline):
    # (s28-attrprobe: was "As she told reporters, …"; a hearer object of tell/inform/warn now leaves the gap,
    # tests/test_s28_attrprobe.py; an object that is what was said still fills it)
    assert _as_content(pipeline, "As she announced the cuts, the unions walked out.", "announced") == []
    assert _as_content(pipeline, "As he told the story, the crowd laughed.", "told") == []


def test_as_content_only_an_as_clause(pipeline):
    assert _as_content(pipeline, "Because she warned, the town prepared for the storm.", "warned") == []


# ------------------------------------------------------------ filter.QuotedSentences and its callers


def _hand_doc(words, starts):
    """A spaCy Doc of `words` whose sentences start at the indices `starts` (no parse)."""
    import spacy
    from spacy.tokens import Doc

    return Doc(spacy.blank("en").vocab, words=words, sent_starts=[i in starts for i in range(len(words))])


HAND = [
    # a one-token first sentence with the second starting at token 1; a mark opening a sentence right after
    # an unquoted one ("Fine ." then '" Go "'); an unquoted last sentence
    (["Yes", '"', "No", '"', "Fine", ".", '"', "Go", '"', "Stop"], {0, 1, 4, 6, 9}),
    # the first sentence quoted from its second token on; its first token is in it
    (["She", "said", '"', "no", '"', ".", "Then", "she", "left"], {0, 6}),
]


def test_quoted_sentences_on_hand_made_sentence_starts():
    for words, starts in HAND:
        doc = _hand_doc(words, starts)
        quoted = QuotedSentences(doc)
        got = [quoted.holds(t) for t in doc]
        assert got == [any(x.is_quote for x in t.sent) for t in doc], words
        # a token of another document (a copy: same text, another object) is judged by its own sentence walk
        assert [quoted.holds(t) for t in doc.copy()] == got, words
    doc = _hand_doc(*HAND[0])
    quoted = QuotedSentences(doc)
    assert [quoted.holds(t) for t in doc] == [False, True, True, True, False, False, True, True, True, False]


def test_quoted_sentences_of_an_empty_document():
    quoted = QuotedSentences(_hand_doc([], set()))
    assert quoted.marks == [] and quoted.starts == [0]


def test_quoted_sentences_does_not_walk_a_sentence_of_its_own_document():
    # the point of the class: a token of the document it was built on is judged from the starts found once,
    # never by `token.sent` (a walk to both ends of the sentence for every candidate)
    doc = _hand_doc(*HAND[1])
    quoted = QuotedSentences(doc)

    class NoWalk:
        def __init__(self, i):
            self.doc, self.i = doc, i

    assert [quoted.holds(NoWalk(i)) for i in range(len(doc))] == [True] * 6 + [False] * 3


def _collected(pipeline, text):
    from newsgraph.attribution.stage import extract_all
    from stageutil import annotated

    doc, parse = annotated(pipeline, text)
    collected = []
    extract_all(doc, parse, flt=None, collect=collected)
    return {a.cue.text: feats for a, feats in collected if a.cue is not None}


TEXT = ("The mayor warned that the bridge would close. \u201cIt is too old,\u201d the engineer said on Monday. "
        "Residents complained that they would drive around it.")


def test_features_mark_a_cue_whose_sentence_holds_a_quotation_mark(pipeline):
    feats = _collected(pipeline, TEXT)
    assert "sent_quote" in feats["said"] and "kind=direct" in feats["said"]
    assert "sent_quote" not in feats["warned"] and "kind=indirect" in feats["warned"]


def test_features_without_a_quoted_sentences_make_their_own(pipeline, monkeypatch):
    # features() called alone (no QuotedSentences handed in) gives what the stage's call gives
    from newsgraph.attribution import stage
    from newsgraph.attribution.filter import features

    seen = []
    monkeypatch.setattr(stage, "features", lambda *a: (seen.append(features(*a[:5]) == features(*a)), features(*a))[1])
    _collected(pipeline, TEXT)
    assert seen and all(seen)


def test_quoted_sentences_made_once_per_judged_document_and_never_otherwise(pipeline, monkeypatch):
    from newsgraph.attribution import filter as flt_module
    from newsgraph.attribution import stage
    from newsgraph.attribution.stage import extract_all
    from stageutil import annotated

    made = []

    class Counting(QuotedSentences):
        def __init__(self, sdoc):
            made.append(1)
            super().__init__(sdoc)

    doc, parse = annotated(pipeline, TEXT)
    monkeypatch.setattr(stage, "QuotedSentences", Counting)
    monkeypatch.setattr(flt_module, "QuotedSentences", Counting)
    collected = []
    extract_all(doc, parse, flt=None, collect=collected)
    assert len(collected) >= 3 and len(made) == 1
    made.clear()
    extract_all(doc, parse, flt=None, collect=None)  # nothing judged: no features, no sentences
    assert made == []
