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
