"""newsgraph.lemmas: spaCy's English rule lemmatizer with its repeats memoised gives spaCy's lemmas exactly."""

import warnings

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

spacy = pytest.importorskip("spacy")

from newsgraph import lemmas  # noqa: E402
from newsgraph import nlp as nlpmod  # noqa: E402
from spacy.attrs import LEMMA, POS  # noqa: E402
from spacy.lang.en.lemmatizer import EnglishLemmatizer  # noqa: E402
from spacy.pipeline import Lemmatizer  # noqa: E402
from spacy.tokens import Doc  # noqa: E402


@pytest.fixture(scope="module")
def nlp():
    model = nlpmod.load_stock()
    assert lemmas.install(model)
    return model


@pytest.fixture(scope="module")
def lem(nlp):
    return nlp.get_pipe("lemmatizer")


@pytest.fixture(scope="module")
def stock_lem():
    """spaCy's own component, untouched (its own tables and cache), to compare against."""
    return nlpmod.load_stock().get_pipe("lemmatizer")


def copy(doc, vocab=None):
    return Doc(vocab or doc.vocab).from_bytes(doc.to_bytes())


@pytest.fixture(scope="module")
def both(stock_lem, lem):
    def run(_lem, doc):
        """doc lemmatised by spaCy's own component and by the fast one (each on its own copy)."""
        stock, fast = copy(doc, stock_lem.vocab), copy(doc)
        assert type(stock_lem) is EnglishLemmatizer
        stock_lem(stock)
        lem(fast)
        return stock, fast

    return run


def assert_same(stock, fast):
    assert (stock.to_array([LEMMA]) == fast.to_array([LEMMA])).all()
    assert [t.lemma_ for t in stock] == [t.lemma_ for t in fast]


# Own sentences, one kind of rule each: plural nouns by suffix rule and by exception, verb tenses by rule and by
# exception, comparatives and superlatives, proper nouns (case kept), base forms, contractions, numbers and
# punctuation, and words no table knows.
SENTENCES = [
    "The wolves and the foxes chased three mice past the geese.",
    "She ran, he went, they had swum and we were swimming.",
    "The bigger boats sailed faster than the biggest ships did.",
    "Kerrinbrook's councillors voted; the Marlowes abstained.",
    "I ain't going, y'all gon na see, let's wait and there is time.",
    "Prices rose 4.5% to $1,200 on 12 March -- (really?)",
    "Glorbs splindled the frazzlest wibbets quickly.",
    "Running is better than walking, worse than cycling.",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_own_sentences_get_spacys_lemmas(nlp, lem, both, text):
    with nlp.select_pipes(disable=["lemmatizer", "ner"]):
        doc = nlp(text)
    assert_same(*both(lem, doc))
    assert_same(*both(lem, doc))  # again, now from the memo


def test_the_loaded_pipeline_is_switched_and_keeps_its_name(nlp, lem):
    assert type(lem) is lemmas.FastLemmatizer and isinstance(lem, EnglishLemmatizer)
    assert nlp.pipe_names[-2:] == ["lemmatizer", "ner"] and lem.name == "lemmatizer"


def test_newsgraph_load_installs_it():
    model = nlpmod.load()
    assert type(model.get_pipe("lemmatizer")) is lemmas.FastLemmatizer


def test_pipe_runs_the_fast_call(nlp, lem):
    with nlp.select_pipes(disable=["lemmatizer", "ner"]):
        docs = [nlp("The cats sat."), nlp("Dogs barked.")]
    lem._lemma_memo.clear()
    out = list(lem.pipe(docs))
    assert [t.lemma_ for t in out[0]] == ["the", "cat", "sit", "."]
    cats = out[0][1]
    assert lem._lemma_memo[(cats.orth, cats.pos, cats.morph.key)] == "cat"


def test_a_word_seen_before_is_answered_from_the_memo(nlp, lem):
    with nlp.select_pipes(disable=["lemmatizer", "ner"]):
        doc = nlp("The cats sat.")
    cats = doc[1]
    lem._lemma_memo[(cats.orth, cats.pos, cats.morph.key)] = "memoised"  # not spaCy's: shows where it came from
    lem._memo_lookups = lem.lookups
    lem(doc)
    assert [t.lemma_ for t in doc] == ["the", "memoised", "sit", "."]
    lem._lemma_memo.clear()


def test_a_lemma_already_set_is_kept(nlp, lem, both):
    with nlp.select_pipes(disable=["lemmatizer", "ner"]):
        doc = nlp("The cats sat.")
    doc[1].lemma_ = "feline"
    stock, fast = both(lem, doc)
    assert fast[1].lemma_ == "feline" and fast[2].lemma_ == "sit"
    assert_same(stock, fast)


def test_overwrite_goes_to_spacys_own_call(nlp, lem, monkeypatch):
    with nlp.select_pipes(disable=["lemmatizer", "ner"]):
        doc = nlp("The cats sat.")
    doc[1].lemma_ = "feline"
    monkeypatch.setattr(lem, "overwrite", True)
    lem._lemma_memo.clear()
    lem(doc)
    assert doc[1].lemma_ == "cat" and not lem._lemma_memo


def test_a_token_with_no_pos_warns_every_time_and_is_not_memoised(nlp, lem, both):
    doc = Doc(nlp.vocab, words=["Xylofrands", "Xylofrands"])  # no POS: spaCy warns W108 and lowercases
    lem._lemma_memo.clear()
    for _ in range(2):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            stock, fast = both(lem, doc)
        assert_same(stock, fast)
        assert sum("W108" in str(w.message) for w in caught) == 4  # two tokens, spaCy's call and the fast one
    assert fast[0].lemma_ == "xylofrands" and not lem._lemma_memo


def test_a_memo_hit_in_a_later_memory_zone_still_has_its_string(nlp, lem):
    """A lemma string first made inside a memory zone is freed when the zone ends; the memo keeps the string and
    adds it again, as spaCy's `token.lemma_ = ...` does, so the lemma can be read in the next zone."""
    lem._lemma_memo.clear()
    words = ["zorbliwicks"]
    for _ in range(2):
        with nlp.memory_zone():
            doc = Doc(nlp.vocab, words=words, pos=["NOUN"], morphs=["Number=Plur"])
            lem(doc)
            assert doc[0].lemma_ == "zorbliwick"
    assert "zorbliwick" not in nlp.vocab.strings


def test_the_memo_is_bounded(nlp, lem, monkeypatch):
    with nlp.select_pipes(disable=["lemmatizer", "ner"]):
        doc = nlp("Cats and dogs and birds sang loudly.")
    monkeypatch.setattr(lemmas, "LEMMA_MEMO_MAX", 3)
    lem._lemma_memo.update({(k, 1, 1): "x" for k in range(4)})
    lem(copy(doc))
    assert (0, 1, 1) not in lem._lemma_memo and len(lem._lemma_memo) == len({(t.orth, t.pos, t.morph.key) for t in doc})


def test_a_memo_at_its_bound_is_kept(nlp, lem, monkeypatch):
    monkeypatch.setattr(lemmas, "LEMMA_MEMO_MAX", 3)
    lem._lemma_memo.clear()
    lem._lemma_memo.update({(k, 1, 1): "x" for k in range(3)})
    lem(Doc(nlp.vocab, words=["a"], pos=["DET"]))
    assert (0, 1, 1) in lem._lemma_memo and len(lem._lemma_memo) == 4
    lem._lemma_memo.clear()


def test_new_tables_empty_the_memo(nlp, lem, monkeypatch):
    lem._lemma_memo[(1, 2, 3)] = "x"
    monkeypatch.setattr(lem, "lookups", lem.lookups)
    lem(Doc(nlp.vocab, words=["a"], pos=["DET"]))
    assert (1, 2, 3) in lem._lemma_memo  # the same tables: kept
    from spacy.lookups import Lookups

    other = Lookups()
    for name in lem.lookups.tables:
        other.set_table(name, lem.lookups.get_table(name))
    monkeypatch.setattr(lem, "lookups", other)
    lem(Doc(nlp.vocab, words=["a"], pos=["DET"]))
    assert (1, 2, 3) not in lem._lemma_memo


def test_bound_caches_empties_the_memo_and_spacys_cache(nlp, lem):
    lem._lemma_memo.update({(k, 1, 1): "x" for k in range(60)})
    lem.cache[(0, 1, 1)] = ["x"]
    nlpmod.bound_caches(nlp, limit=50)
    assert not lem._lemma_memo and not lem.cache
    lem._lemma_memo[(0, 1, 1)] = "x"
    lem.cache.update({(k, 1, 1): ["x"] for k in range(60)})
    nlpmod.bound_caches(nlp, limit=50)
    assert not lem._lemma_memo and not lem.cache
    lem._lemma_memo.update({(k, 1, 1): "x" for k in range(50)})
    nlpmod.bound_caches(nlp, limit=50)  # both at or under the limit: kept
    assert len(lem._lemma_memo) == 50
    lem._lemma_memo.clear()


def test_missing_tables_raise_as_spacy_does(nlp, lem, monkeypatch):
    from spacy.lookups import Lookups

    monkeypatch.setattr(lem, "lookups", Lookups())
    monkeypatch.setattr(lem, "_validated", False)
    with pytest.raises(ValueError, match="E1004"):
        lem(Doc(nlp.vocab, words=["a"], pos=["DET"]))


def test_an_error_goes_to_the_error_handler(nlp, lem, monkeypatch):
    seen = []
    lem._lemma_memo.clear()
    monkeypatch.setattr(lem, "lemmatize", lambda token: 1 / 0)
    monkeypatch.setattr(lem, "get_error_handler", lambda: lambda *args: seen.append(args))
    doc = Doc(nlp.vocab, words=["cats"], pos=["NOUN"])
    assert lem(doc) is None
    [(name, pipe, docs, e)] = seen
    assert (name, pipe, docs, type(e)) == ("lemmatizer", lem, [doc], ZeroDivisionError)


def test_the_index_lists_answer_in_from_a_set_and_are_otherwise_the_same(lem, stock_lem):
    import pickle

    index, stock_index = (x.lookups.get_table("lemma_index") for x in (lem, stock_lem))
    verbs = index.get("verb")
    assert type(verbs) is lemmas.IndexList and verbs == stock_index.get("verb")
    assert "run" in verbs and "xylofrand" not in verbs and verbs._words == frozenset(stock_index.get("verb"))
    assert lem.lookups.to_bytes() == stock_lem.lookups.to_bytes()
    again = pickle.loads(pickle.dumps(verbs))
    assert again == verbs and "run" in again and "xylofrand" not in again


def test_only_lists_of_strings_get_a_set():
    from spacy.lookups import Lookups

    looks = Lookups()
    looks.add_table("lemma_index", {"noun": ["cat", "dog"], "verb": ["go", 1], "adj": ("big",)})
    lemmas._index_with_sets(looks)
    table = looks.get_table("lemma_index")
    assert type(table.get("noun")) is lemmas.IndexList and table.get("noun") == ["cat", "dog"]
    assert type(table.get("verb")) is list and type(table.get("adj")) is tuple
    lemmas._index_with_sets(Lookups())  # no index table: nothing to do


def test_install_leaves_other_lemmatizers_alone():
    assert not lemmas.install(spacy.blank("en"))  # no lemmatizer
    blank = spacy.blank("en")
    blank.add_pipe("lemmatizer", config={"mode": "lookup"})
    assert not lemmas.install(blank) and type(blank.get_pipe("lemmatizer")) is EnglishLemmatizer
    blank = spacy.blank("en")
    pipe = blank.add_pipe("lemmatizer", config={"mode": "rule"})
    pipe.lemmatize = pipe.lookup_lemmatize  # a component that no longer lemmatises by rule
    assert not lemmas.install(blank)
    pipe = Lemmatizer(blank.vocab, None, mode="rule")  # spaCy's base class: no English base forms
    assert not lemmas.covered(pipe)
    assert not lemmas.covered(object())  # not a component at all
    pipe = EnglishLemmatizer(blank.vocab, None, mode="rule")
    assert lemmas.covered(pipe)
    pipe.is_base_form = lambda token: False  # its own base-form rule
    assert not lemmas.covered(pipe)
    pipe = EnglishLemmatizer(blank.vocab, None, mode="rule")
    pipe.rule_lemmatize = lambda token: ["x"]
    assert not lemmas.covered(pipe)
    pipe = EnglishLemmatizer(blank.vocab, None, mode="rule")
    pipe.lemmatize = lambda token: ["x"]  # a plain function: no bound method of spaCy's
    assert not lemmas.covered(pipe)


def test_install_switches_exactly_spacys_english_rule_lemmatizer():
    blank = spacy.blank("en")
    blank.add_pipe("lemmatizer", config={"mode": "rule"})
    assert lemmas.install(blank)
    pipe = blank.get_pipe("lemmatizer")
    assert type(pipe) is lemmas.FastLemmatizer and pipe._lemma_memo == {} and pipe._memo_lookups is pipe.lookups
    assert lemmas.install(blank)  # again: still covered
    assert lemmas.memo_of(pipe) is pipe._lemma_memo and lemmas.memo_of(object()) is None


def _rule_words(lem):
    exc = lem.lookups.get_table("lemma_exc")
    words = []
    for pos in ("noun", "verb", "adj", "adv"):
        table = exc.get(pos, {})
        some = sorted(table)[:: max(1, len(table) // 40)]
        words += some + [f for w in some for f in table[w]]
    return words + ["cats", "boxes", "wolves", "running", "ran", "bigger", "happiest", "Kerrinbrook", "IBM",
                    "U.S.", "4.5", "--", "ain't", "n't", "'s", "y'", "xylofrands", "Éclairs", "", "ss"]


UPOS = ["NOUN", "VERB", "ADJ", "ADV", "PROPN", "AUX", "PRON", "DET", "ADP", "NUM", "PUNCT", "X", "SPACE", "SYM"]
MORPHS = ["", "Number=Sing", "Number=Plur", "VerbForm=Inf", "VerbForm=Fin|Tense=Pres", "Tense=Past|VerbForm=Fin",
          "Aspect=Prog|Tense=Pres|VerbForm=Part", "Degree=Pos", "Degree=Cmp", "Degree=Sup", "VerbForm=None",
          "Number=Sing|Person=3|Tense=Pres|VerbForm=Fin", "Degree=Pos|Number=Plur"]


@st.composite
def random_docs(draw, words, tags, deps):
    n = draw(st.integers(1, 12))
    toks = [draw(st.sampled_from(words)) or "a" for _ in range(n)]
    return dict(
        words=toks,
        pos=[draw(st.sampled_from(UPOS)) for _ in range(n)],
        morphs=[draw(st.sampled_from(MORPHS)) for _ in range(n)],
        tags=[draw(st.sampled_from(tags)) for _ in range(n)],
        deps=["ROOT"] + [draw(st.sampled_from(deps)) for _ in range(n - 1)],
        heads=[0] * n,
        no_pos=[draw(st.booleans()) and draw(st.booleans()) and draw(st.booleans()) for _ in range(n)],
    )


@pytest.fixture(scope="module")
def vocab_draws(nlp, lem):
    return _rule_words(lem), list(nlp.get_pipe("tagger").labels), list(nlp.get_pipe("parser").labels)


def test_random_docs_get_spacys_lemmas(nlp, lem, both, vocab_draws):
    words, tags, deps = vocab_draws

    @settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
    @given(random_docs(words, tags, deps))
    def check(spec):
        no_pos = spec.pop("no_pos")
        doc = Doc(nlp.vocab, **spec)
        cols = doc.to_array([POS])
        cols[no_pos] = 0
        doc.from_array([POS], cols)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            stock, fast = both(lem, doc)
        assert_same(stock, fast)
        assert [str(t.morph) for t in stock] == [str(t.morph) for t in fast]

    check()


def test_bound_caches_leaves_other_components_caches_alone():
    from types import SimpleNamespace

    other = SimpleNamespace(cache={k: k for k in range(60)})
    nlpmod.bound_caches(SimpleNamespace(pipeline=[("other", other)]), limit=50)
    assert len(other.cache) == 60
