"""s51-ruler: the fast attribute ruler (src/newsgraph/attribute_rules.py) gives spaCy's AttributeRuler's output
exactly, on own sentences that hit each kind of rule and on random Docs; install falls back where not covered."""

import numpy
import pytest
import spacy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.attrs import DEP, LEMMA, MORPH, POS, TAG
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from newsgraph import attribute_rules
from newsgraph.attribute_rules import FastAttributeRuler, install, make_fast
from newsgraph.nlp import load_stock

SET = [TAG, POS, MORPH, LEMMA, DEP]


@pytest.fixture(scope="module")
def nlp():
    return load_stock()


@pytest.fixture(scope="module")
def stock(nlp):
    ruler = nlp.get_pipe("attribute_ruler")
    assert type(ruler) is AttributeRuler  # load_stock, not newsgraph.nlp.load: the stock class
    return ruler


def fast_copy(vocab, patterns):
    ruler = AttributeRuler(vocab)
    ruler.add_patterns(patterns)
    assert make_fast(ruler)
    return ruler


@pytest.fixture(scope="module")
def fast(nlp, stock):
    return fast_copy(nlp.vocab, stock.patterns)


def both(vocab, doc, stock, fast):
    a = stock(Doc(vocab).from_bytes(doc.to_bytes()))
    b = fast(Doc(vocab).from_bytes(doc.to_bytes()))
    return a, b


def assert_same(a, b):
    assert (a.to_array(SET) == b.to_array(SET)).all()
    assert [(t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in a] == [
        (t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in b
    ]


OWN = [
    "They ain't coming back and we aint either.",  # ai + n't (two-token rule, index 0)
    "We're gon na win, Gon na lose, I gotta go.",  # gon na / got ta (index 0 and 1)
    "Let 's see, let's go, y' all and y'all, c'm on.",  # let 's, y' all, c'm on
    "There is a cat, there were dogs and there's one.",  # expl + be (DEP on the first token)
    "It gets worse; she got it; he has gotten none.",  # one rule with two one-token patterns
    "The  cat\n\nsat \t on it ; me , myself and I ?",  # whitespace tokens (IS_SPACE rules), pronouns, punctuation
    "She was n't sure whether he 'd have done it, did you?",  # LOWER+TAG rules with lemmas
    "so let 's",  # a two-token rule on the last two tokens
]


@pytest.mark.parametrize("text", OWN)
def test_own_sentences_equal_stock(nlp, stock, fast, text):
    with nlp.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        doc = nlp(text)
    a, b = both(nlp.vocab, doc, stock, fast)
    assert_same(a, b)


def test_rules_change_something(nlp, stock, fast):
    # The comparison above is not vacuous: the rules set POS, lemmas and morphology on these sentences.
    with nlp.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        doc = nlp(OWN[1])
    _, b = both(nlp.vocab, doc, stock, fast)
    assert [t.lemma_ for t in b if t.lower_ in ("gon", "na")] == ["go", "to", "go", "to"]
    assert all(t.pos_ for t in b)


def test_warm_memo_gives_the_same(nlp, stock, fast):
    with nlp.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        docs = [nlp(t) for t in OWN]
    for _ in range(2):  # the second round reads the memo only
        for doc in docs:
            assert_same(*both(nlp.vocab, doc, stock, fast))
    assert fast._fast.memo


def test_memo_is_bounded(nlp, stock, monkeypatch):
    ruler = fast_copy(nlp.vocab, stock.patterns)
    monkeypatch.setattr(attribute_rules, "RULE_MEMO_MAX", 5)
    with nlp.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        docs = [nlp(t) for t in OWN]
    for doc in docs + docs:
        assert_same(*both(nlp.vocab, doc, stock, ruler))
        # Emptied before a Doc that could overflow it, so it holds at most this Doc's signatures.
        assert len(ruler._fast.memo) == len(_signatures(ruler, doc))
        assert set(ruler._fast.shared) == set(ruler._fast.memo.values())  # the shared rule sets emptied with it


def _signatures(ruler, doc):
    return set(attribute_rules._row_keys(doc.to_array(ruler._fast.columns)))


def _ruled(nlp, stock, texts):
    """A fresh fast ruler run over copies of `texts` parsed up to the ruler; the ruler and the parses."""
    ruler = fast_copy(nlp.vocab, stock.patterns)
    with nlp.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        docs = [nlp(t) for t in texts]
    for doc in docs:
        ruler(Doc(nlp.vocab).from_bytes(doc.to_bytes()))
    return ruler, docs


def test_memo_kept_below_bound(nlp, stock):
    ruler, docs = _ruled(nlp, stock, OWN)
    assert len(ruler._fast.memo) == len(set().union(*(_signatures(ruler, d) for d in docs)))


def test_memo_kept_up_to_its_bound(nlp, stock, monkeypatch):
    ruler = fast_copy(nlp.vocab, stock.patterns)
    with nlp.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        first, second = nlp(OWN[0]), nlp(OWN[1])
    kept = _signatures(ruler, first)
    monkeypatch.setattr(attribute_rules, "RULE_MEMO_MAX", len(kept) + len(second))  # exactly full: not emptied
    for doc in (first, second):
        ruler(Doc(nlp.vocab).from_bytes(doc.to_bytes()))
    assert len(ruler._fast.memo) == len(kept | _signatures(ruler, second))


def test_warm_doc_runs_no_matcher(nlp, stock, monkeypatch):
    ruler = fast_copy(nlp.vocab, stock.patterns)
    with nlp.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        doc = nlp(OWN[2])
    ruler(Doc(nlp.vocab).from_bytes(doc.to_bytes()))
    decided = []
    real = attribute_rules._decide
    monkeypatch.setattr(attribute_rules, "_decide", lambda plan, d, unseen: decided.append(len(unseen)) or real(plan, d, unseen))
    ruler(Doc(nlp.vocab).from_bytes(doc.to_bytes()))  # every signature seen before
    assert decided == []


def test_signatures_share_one_object_per_rule_set(nlp, stock):
    ruler, _docs = _ruled(nlp, stock, OWN)
    values = list(ruler._fast.memo.values())
    assert len({id(v) for v in values}) == len(set(values)) < len(values)


def test_empty_doc(nlp, stock, fast):
    a, b = both(nlp.vocab, Doc(nlp.vocab, words=[]), stock, fast)
    assert len(b) == 0


# Random Docs: words from the rules' own words plus a few others, random tags and deps from the model's labels.
def _rule_words(patterns):
    words = set()
    for rule in patterns:
        for pattern in rule["patterns"]:
            for spec in pattern:
                value = spec.get("LOWER")
                if isinstance(value, str):
                    words.add(value)
                elif isinstance(value, dict):
                    words.update(v for v in value.get("IN", []) if isinstance(v, str))
    return sorted(words)


_MODEL = load_stock()
_STOCK = _MODEL.get_pipe("attribute_ruler")
_FAST = fast_copy(_MODEL.vocab, _STOCK.patterns)
_WORDS = _rule_words(_STOCK.patterns) + ["Gon", "NA", "y", "y'", "ai", "n't", "nt", "The", "house", " ", "\n", "'S"]
_TAGS = sorted(_MODEL.get_pipe("tagger").labels) + ["", "_SP"]
_DEPS = sorted(_MODEL.get_pipe("parser").labels) + ["", "dep"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_TAGS), st.sampled_from(_DEPS)), min_size=1, max_size=12))
def test_random_docs_equal_stock(rows):
    words = [w for w, _, _ in rows]
    doc = Doc(_MODEL.vocab, words=words, tags=[t for _, t, _ in rows])
    doc.from_array([DEP], numpy.array([_MODEL.vocab.strings.add(d) for _, _, d in rows], dtype="uint64"))
    a, b = both(_MODEL.vocab, doc, _STOCK, _FAST)
    assert_same(a, b)


# Install: the stock class, covered rules only; otherwise left as spaCy's.
def test_install_on_loaded_model():
    nlp = load_stock()
    ruler = nlp.get_pipe("attribute_ruler")
    assert install(nlp) is True and type(ruler) is FastAttributeRuler
    assert install(nlp) is True and nlp.get_pipe("attribute_ruler") is ruler  # idempotent, same object
    assert "attribute_ruler" in nlp.pipe_names


def test_newsgraph_load_installs():
    from newsgraph import nlp as ng

    assert type(ng.load().get_pipe("attribute_ruler")) is FastAttributeRuler


def test_no_ruler_no_install(nlp):
    blank = spacy.blank("en")
    assert install(blank) is False


def test_subclass_left_alone(nlp):
    class Mine(AttributeRuler):
        pass

    ruler = Mine(nlp.vocab)
    ruler.add([[{"LOWER": "a"}]], {"POS": "DET"})
    assert make_fast(ruler) is False and type(ruler) is Mine


@pytest.mark.parametrize(
    "patterns,attrs,index",
    [
        ([[{"LOWER": "a", "OP": "?"}]], {"POS": "DET"}, 0),
        ([[{"LOWER": "a"}, {"LOWER": "b"}, {"LOWER": "c"}]], {"POS": "DET"}, 0),
        ([[{"NORM": "a"}]], {"POS": "DET"}, 0),
        ([[{"_": {"x": 1}}]], {"POS": "DET"}, 0),
        ([[{"LOWER": "a"}]], {"NORM": "b"}, 0),
        ([[{"LOWER": "a"}, {"LOWER": "b"}]], {"POS": "DET"}, 2),
        ([[{"LOWER": "a"}]], {"POS": "DET"}, -2),
    ],
)
def test_uncovered_rules_fall_back(nlp, patterns, attrs, index):
    ruler = AttributeRuler(nlp.vocab)
    ruler.add([[{"LOWER": "z"}]], {"POS": "X"})
    ruler.add(patterns, attrs, index=index)
    assert make_fast(ruler) is False and type(ruler) is AttributeRuler


def test_covered_keys_and_negative_index(nlp):
    patterns = [
        {"patterns": [[{"TEXT": "Ab"}]], "attrs": {"LEMMA": "x1", "MORPH": "Number=Sing"}},
        {"patterns": [[{"ORTH": "Ab", "POS": ""}]], "attrs": {"TAG": "NN"}},
        {"patterns": [[{"LOWER": "ab"}, {"IS_SPACE": True}]], "attrs": {"LEMMA": "x2"}, "index": -2},
        {"patterns": [[{"LOWER": "ab"}, {"LEMMA": ""}]], "attrs": {"DEP": "nsubj"}, "index": -1},
        {"patterns": [[{"MORPH": ""}]], "attrs": {"POS": "NOUN"}},
        {"patterns": [[{"LOWER": "cd"}]], "attrs": {"LEMMA": "x3"}},
    ]
    stock = AttributeRuler(nlp.vocab)
    stock.add_patterns(patterns)
    fast = fast_copy(nlp.vocab, patterns)
    doc = Doc(nlp.vocab, words=["Ab", " ", "ab", "cd", "Ab"], spaces=[False] * 5)
    a, b = both(nlp.vocab, doc, stock, fast)
    assert_same(a, b)
    assert b[3].dep_ == "nsubj" and b[0].lemma_ == "x2" and b[4].lemma_ == "x1" and b[3].lemma_ == "x3"


def test_errors_go_to_the_error_handler(nlp, stock, monkeypatch):
    ruler = fast_copy(nlp.vocab, stock.patterns)

    def boom(plan, doc):
        raise RuntimeError("x")

    seen = []
    monkeypatch.setattr(attribute_rules, "_apply", boom)
    ruler.set_error_handler(lambda name, proc, docs, e: seen.append((name, proc, docs, type(e))) or docs[0])
    doc = Doc(nlp.vocab, words=["a"])
    assert ruler(doc) is doc and seen == [(ruler.name, ruler, [doc], RuntimeError)]
