"""Session 27 (s27-speed): the parse's shared token columns (newsgraph/columns.py) are what each stage
read from its own `to_array` before, made once per Doc, and the stages that read them give what the
long way gives.

Our own sentences, parsed by the default model."""

import gc

import numpy as np
import pytest
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, IDX, IS_QUOTE, LEMMA, LENGTH, LOWER, NORM, ORTH, POS, SENT_START, TAG

from newsgraph import columns
from newsgraph.columns import column, column_list
from newsgraph.model import Section
from newsgraph.nlp import load, parse_many

_SENTENCES = [
    "The harbour master of Kelport said on Monday that the ferries would sail again in April.",
    "\"We have waited long enough,\" a fisherman told reporters, and the council agreed to meet.",
    "Two inspectors, who arrived from Vellmoor, examined the pier; nobody objected.",
]
ATTRS = (IDX, LENGTH, LOWER, LEMMA, NORM, ORTH, POS, TAG, DEP, HEAD, ENT_TYPE, ENT_IOB, SENT_START, IS_QUOTE)


def _body(text):
    return [Section(kind="body", start=0, end=len(text), text=text)] if text else []


@pytest.fixture(scope="module")
def docs():
    texts = [" ".join(_SENTENCES), _SENTENCES[2], "Rain.", ""]
    return [p.doc for p in parse_many(load(), [(t, _body(t)) for t in texts])]


class _Counting:
    """A Doc stand-in that counts its to_array calls (a Doc's own method cannot be patched)."""

    def __init__(self, doc):
        self.doc, self.calls = doc, []

    def to_array(self, attr):
        self.calls.append(attr)
        return self.doc.to_array(attr)


def test_a_column_is_the_docs_own_to_array_of_that_attribute(docs):
    for doc in docs:
        for attr in ATTRS:
            got, want = column(doc, attr), doc.to_array(attr)
            assert got.dtype == want.dtype == np.uint64 and got.shape == (len(doc),)
            assert np.array_equal(got, want)
            assert column_list(doc, attr) == want.tolist()
            assert all(type(v) is int for v in column_list(doc, attr))


def test_columns_are_made_once_per_doc_and_attribute_and_kept_apart(docs):
    one, two = _Counting(docs[0]), _Counting(docs[1])
    first = column(one, LOWER)
    assert column(one, LOWER) is first and column_list(one, LOWER) is column_list(one, LOWER)
    assert one.calls == [LOWER]  # the list is made from the kept column, not a second to_array
    assert not np.array_equal(column(one, LEMMA), first)  # another attribute, another column
    assert len(column(two, LOWER)) == len(docs[1]) != len(first)  # another Doc, its own column
    assert column_list(two, LOWER) == docs[1].to_array(LOWER).tolist()
    assert one.calls == [LOWER, LEMMA] and two.calls == [LOWER]


def test_a_column_is_read_only(docs):
    col = column(docs[0], IDX)
    with pytest.raises(ValueError):
        col[0] = 7
    assert column(docs[0], IDX)[0] == docs[0].to_array(IDX)[0]


class _Gone(_Counting):
    """A Doc stand-in of its own class: whether the caches still hold one is asked by class."""


def test_a_docs_columns_go_with_it(docs):
    doc = _Gone(docs[2])
    column_list(doc, ORTH)
    assert doc in columns._ARRAYS and doc in columns._LISTS
    del doc
    gc.collect()
    assert not any(isinstance(k, _Gone) for cache in (columns._ARRAYS, columns._LISTS) for k in list(cache.keys()))


def test_the_times_columns_are_the_docs_arrays(docs):
    from newsgraph.times import token_columns

    for doc in docs:
        want = tuple(doc.to_array([IDX, LENGTH, LOWER, ENT_TYPE, ENT_IOB]).T.tolist()) if len(doc) else ([],) * 5
        assert token_columns(doc) == want


def test_a_sentences_forms_are_its_tokens_forms(docs):
    from newsgraph.events.petrarch_verbs import span_forms, token_forms

    for doc in docs:
        for sent in doc.sents:  # (each sentence a slice of the Doc's columns: its own words only)
            assert span_forms(sent) == token_forms(sent)
        assert span_forms(doc) == token_forms(doc)
        assert span_forms(doc[1:3] if len(doc) > 2 else doc) == token_forms(doc[1:3] if len(doc) > 2 else doc)


def test_quoted_sentences_and_clause_heads_read_as_from_their_own_arrays(docs):
    from newsgraph.attribution.filter import QuotedSentences
    from newsgraph.attribution.indirect import clause_heads

    for doc in docs:
        q = QuotedSentences(doc)
        marks = [t.i for t in doc if t.is_quote]
        assert q.marks == marks
        assert q.starts == ([0] + [t.i for t in doc if t.i > 0 and t.is_sent_start] if marks else [0])
        for objects in (True, False):
            deps = ("ccomp", "dobj", "xcomp") if objects else ("ccomp",)
            assert clause_heads(doc, objects) == [t.head.i for t in doc if t.dep_ in deps]
    assert q.marks == [] and clause_heads(docs[3]) == []  # (the empty Doc)
    assert QuotedSentences(docs[0]).marks  # (the sentences quote: the mark test is not empty)


def _missed_the_long_way(ctx):
    """mentions._missed_peoples as it read every token before the tag column (session 26's loop)."""
    return [(t.i, t.text) for t in ctx.sd if not ctx.taken[t.i] and t.tag_ in ("NNS", "NNPS", "NNP") and t.is_title
            and t.text.endswith("s") and t.dep_ not in ("compound", "amod") and t.text not in ctx.tables.country_names
            and ctx.tables.country_of(t.text)]


@pytest.mark.parametrize("taken", [(), (0,), (2, 5), (1, 3, 4, 6)])
def test_missed_peoples_from_the_tag_column_are_the_tokens_reading(taken):
    """Every tag next to every other on people's names, some already taken: the column's pass lets by
    exactly the tokens the Token loop took."""
    from types import SimpleNamespace

    import spacy
    from spacy.tokens import Doc

    from newsgraph.actors.mentions import _missed_peoples
    from newsgraph.actors.tables import tables

    words = ["Britons", "Thais", "britons", "Germans", "Pakistanis", "Philippines", "Filipinos", "Smiths"]
    tag_list = ["NNS", "NNPS", "NNP", "NN", "JJ", "VBZ", "NNS", "NNPS"]
    deps = ["nsubj", "dobj", "compound", "amod", "conj", "pobj", "appos", "dobj"]
    vocab = spacy.blank("en").vocab
    for shift in range(len(tag_list)):  # each word under each tag and label in turn
        tags = tag_list[shift:] + tag_list[:shift]
        sd = Doc(vocab, words=words, tags=tags, deps=deps[shift:] + deps[:shift], heads=[0] * len(words))
        flags = bytearray(len(words) + 1)
        for k in taken:
            flags[k] = 1
        ctx = SimpleNamespace(sd=sd, taken=flags, tables=tables(), kind_at=lambda i: None)
        got = [(m.i, m.text) for m in _missed_peoples(ctx)]
        assert got == _missed_the_long_way(ctx)
    assert got  # (some people are found: the comparison is not between two empty lists)


@pytest.fixture(scope="module")
def parses():
    texts = [" ".join(_SENTENCES), "Rain fell. " + _SENTENCES[1], ""]
    return parse_many(load(), [(t, _body(t)) for t in texts])


def test_event_sentences_from_the_columns_are_those_of_the_docs_array(parses):
    """events' candidate_sentences: the tokens whose lemma or norm the lexicon knows, grouped by sentence,
    as the Doc's own [LEMMA, NORM, SENT_START] array gives them."""
    from newsgraph.events.stage import candidate_sentences

    strings, found = parses[0].doc.vocab.strings, []
    for words in (["say", "meet", "agree", "examine"], ["rain", "wait"], ["told"], ["fall", "harbour"]):
        hashes = np.array(sorted(strings.add(w) for w in words), dtype=np.uint64)
        for parse in parses:
            doc = parse.doc
            arr = doc.to_array([LEMMA, NORM, SENT_START])
            hit = [i for i in range(len(doc)) if arr[i, 0] in hashes or arr[i, 1] in hashes]
            want = [(s.start, s.end, [i for i in hit if s.start <= i < s.end]) for s in doc.sents]
            got = [(s.start, s.end, idxs) for s, idxs in candidate_sentences(parse, hashes)]
            assert got == [w for w in want if w[2]]
            found += got
    assert len(found) >= 4  # (the comparisons are not between empty lists)


def test_cue_candidates_from_the_columns_are_those_of_the_docs_array(parses):
    """attribution's indirect.candidates: the tokens whose lemma is a cue or a stance noun, or whose
    lowercase form the lexicon or the feeling words know, as the Doc's [LEMMA, LOWER] array gives them."""
    from newsgraph.attribution.indirect import STANCE_NOUNS, _FELT_IDS, candidates
    from newsgraph.attribution.lexicon import default

    lex = default()
    for parse in parses:
        doc = parse.doc
        stance = {doc.vocab.strings[w] for w in STANCE_NOUNS}
        arr = doc.to_array([LEMMA, LOWER])
        want = [i for i in range(len(doc)) if arr[i, 0] in lex.lemma_set | stance or arr[i, 1] in lex.form_set | _FELT_IDS]
        assert candidates(doc, lex) == want
    assert candidates(parses[0].doc, lex)  # ("said", "told", "agreed")


def test_actor_sentence_starts_are_the_docs_sentences(parses):
    from newsgraph.actors.article import sentence_starts

    for parse in parses:
        assert sentence_starts(parse.doc) == ([s.start for s in parse.doc.sents] or [0])


def test_token_starts_are_the_tokens_offsets(parses):
    from newsgraph.events.coder import token_starts

    for parse in parses:
        assert token_starts(parse.doc) == [t.idx for t in parse.doc]


def test_a_sentences_forms_are_made_when_the_memo_has_none(docs, monkeypatch):
    """span_forms' memo (ids -> forms) emptied: each pair's forms made from its two strings, lowercase
    form and lemma in that order ("carried": "carry"; "ferries": "ferry")."""
    from newsgraph.events import petrarch_verbs as pv

    for doc in docs:
        for sent in doc.sents:
            monkeypatch.setattr(pv, "_FORMS_BY_ID", {})
            assert pv.span_forms(sent) == pv.token_forms(sent)
            assert pv.span_forms(sent) == pv.token_forms(sent)  # (and again from the memo it filled)
    assert {"ferry", "sail", "say"} <= pv.span_forms(docs[0])


@pytest.mark.parametrize("size, kept", [((1 << 16) - 1, True), (1 << 16, True), ((1 << 16) + 1, False)])
def test_the_forms_memo_is_emptied_past_a_vocabularys_worth(docs, monkeypatch, size, kept):
    from newsgraph.events import petrarch_verbs as pv

    memo = {(-k, -k): {"x"} for k in range(1, size + 1)}  # (ids no string has)
    monkeypatch.setattr(pv, "_FORMS_BY_ID", memo)
    assert pv.span_forms(docs[2]) == pv.token_forms(docs[2])
    assert ((-1, -1) in memo) is kept and len(memo) == (size if kept else 0) + len({(t.lower, t.lemma) for t in docs[2]})


def _hand_parse(words, spaces, starts, kinds):
    """A Parse of a hand-built Doc: `starts` its SENT_START values (1, -1 or 0 for unset), `kinds` the
    section kind of each token (consecutive tokens of one kind make one section)."""
    import spacy
    from spacy.tokens import Doc

    from newsgraph.nlp import Parse

    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces,
              sent_starts=[{1: True, -1: False, 0: None}[v] for v in starts])
    sections, k = [], 0
    while k < len(words):
        j = k
        while j < len(words) and kinds[j] == kinds[k]:
            j += 1
        a, b = doc[k].idx, doc[j - 1].idx + len(doc[j - 1])
        sections.append(Section(kind=kinds[k], start=a, end=b, text=doc.text[a:b]))
        k = j
    return Parse(doc, sections)


def _sentences_found(parse, words):
    """candidate_sentences of the parse for these words (a blank Doc's norms: lowercase)."""
    from newsgraph.events.stage import candidate_sentences

    strings = parse.doc.vocab.strings
    hashes = np.array(sorted(strings.add(w) for w in words), dtype=np.uint64)
    return [(s.start, s.end, idxs) for s, idxs in candidate_sentences(parse, hashes)]


def test_event_sentences_of_a_one_word_text_and_an_unmarked_first_sentence():
    assert _sentences_found(_hand_parse(["Rain"], [False], [1], ["body"]), ["rain"]) == [(0, 1, [0])]
    # no token marked as a sentence's start: one sentence from token 0
    unmarked = _hand_parse(["Rain", "fell", "and", "hail", "fell"], [True] * 4 + [False], [0] * 5, ["body"] * 5)
    assert _sentences_found(unmarked, ["hail"]) == [(0, 5, [3])]
    # the first sentence unmarked, a second marked: the first still runs from token 0
    later = _hand_parse(["Rain", "fell", "Hail", "fell"], [True] * 3 + [False], [0, 0, 1, -1], ["body"] * 4)
    assert _sentences_found(later, ["rain", "hail"]) == [(0, 2, [0]), (2, 4, [2])]


def test_event_sentences_skip_space_and_other_sections_but_go_on():
    words = ["\n", "Rain", "fell", "By", "Ann", "Hail", "fell", "\n", "\n", "Snow", "fell"]
    starts = [1, -1, -1, 1, -1, 1, -1, 1, -1, 1, -1]
    kinds = ["body", "body", "body", "byline", "byline", "body", "body", "body", "body", "body", "body"]
    parse = _hand_parse(words, [False, True, True, True, True, True, False, False, False, True, False], starts, kinds)
    # a sentence opening on a line break is read from its first word; a byline's holds no event; the
    # sentences after it are read; one of line breaks alone holds nothing
    assert _sentences_found(parse, ["rain", "ann", "hail", "snow", "\n"]) == [(0, 3, [0, 1]), (5, 7, [5]), (9, 11, [9])]


def test_generic_cue_candidates_add_the_clause_heads(parses):
    from newsgraph.attribution.indirect import candidates, clause_heads
    from newsgraph.attribution.lexicon import default

    doc = parses[0].doc
    heads = clause_heads(doc)
    assert heads == clause_heads(doc, True) != clause_heads(doc, False)  # (objects by default)
    assert candidates(doc, default(), generic=True) == sorted(set(candidates(doc, default())) | set(heads))
    assert set(heads) - set(candidates(doc, default()))  # (the generic ones add verbs)


def _holds_the_long_way(tok) -> bool:
    return any(t.is_quote for t in tok.sent)


def test_quoted_sentences_hold_what_each_tokens_sentence_holds(docs):
    """QuotedSentences.holds(token) from the shared columns: whether the token's sentence has a quotation
    mark, for every token of our parses and of a hand-built one whose second sentence starts at token 1."""
    from newsgraph.attribution.filter import QuotedSentences

    hand = _hand_parse(["Hi", '"', "Yes", '"', "Go", "on"], [False, False, False, True, True, False],
                       [1, 1, -1, -1, 1, -1], ["body"] * 6).doc
    for doc in [*docs, hand]:
        q = QuotedSentences(doc)
        assert q.sdoc is doc  # (a token of another Doc goes the long way, token.sent)
        assert [q.holds(t) for t in doc] == [_holds_the_long_way(t) for t in doc]
    assert [QuotedSentences(hand).holds(t) for t in hand] == [False, True, True, True, False, False]
    unquoted = _hand_parse(["Rain", "fell", "Hail", "fell"], [True] * 3 + [False], [1, -1, 1, -1], ["body"] * 4).doc
    assert QuotedSentences(unquoted).starts == [0]  # (no mark: the sentences are not needed)


@pytest.mark.parametrize("starts, want", [([0, 0, 1, -1], [0, 2]), ([0, 0, 0, 0], [0]), ([1, -1, 1, -1], [0, 2])])
def test_actor_sentence_starts_begin_at_token_0(starts, want):
    from newsgraph.actors.article import sentence_starts

    assert sentence_starts(_hand_parse(["Rain", "fell", "Hail", "fell"], [True] * 3 + [False], starts,
                                       ["body"] * 4).doc) == want


def test_only_a_role_phrases_own_tokens_are_in_it(pipeline):
    """find_roles (its tags from the shared TAG column): in_role marks the tokens of each role phrase, not
    the words before it ("US" before "Secretary of State")."""
    from newsgraph.actors.roles import find_roles
    from test_actors_article import context_after

    ctx = context_after(pipeline, "US Secretary of State Mara Ellingsen said she would visit Kelport.", find_roles)
    assert ctx.role_spans and ctx.role_spans[0][0] > 0
    assert set(ctx.in_role) == {k for s, e in ctx.role_spans for k in range(s, e)}


def test_event_sentences_at_the_edges():
    # token 0 unmarked, token 1 opens a sentence: token 0 is a sentence of its own
    second = _hand_parse(["Rain", "Hail", "fell"], [True, True, False], [0, 1, -1], ["body"] * 3)
    assert _sentences_found(second, ["rain", "hail"]) == [(0, 1, [0]), (1, 3, [1])]
    # a line break and one word: the word is read; line breaks alone at the text's end: nothing
    edges = _hand_parse(["\n", "Rain", "Hail", "fell", "\n", "\n"], [False, True, True, False, False, False],
                        [1, -1, 1, -1, 1, -1], ["body"] * 6)
    assert _sentences_found(edges, ["rain", "hail", "\n"]) == [(0, 2, [0, 1]), (2, 4, [2])]
