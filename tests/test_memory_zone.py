"""The pipeline frees each batch's new vocabulary (spaCy's memory zone), without changing any output.

Without the zone, every word, lemma and label string spaCy meets for the first time stays in the
vocabulary's string store (and its lexeme in the vocabulary) for the life of the process: a server
worker or a long batch grows with everything it has ever read. These tests count the strings, which
is what grows, so they need no timing and no memory measurement.
"""

from __future__ import annotations

import msgspec
import pytest

from newsgraph.nlp import load
from newsgraph.pipeline import Pipeline
from newsgraph.read import make_article
from newsgraph.stage import Options
from newsgraph.web.workers import run_job

# Made-up words: no spaCy vocabulary or newsgraph table has seen them, so each one adds strings.
NAMES = ["Quorvendal Tazmirek", "Blenkothar Vusquine", "Oskrivant Pellumbrow", "Zentharic Moldavesk"]


def novel_texts(n: int = 4, tag: str = "") -> list[str]:
    """n texts of made-up words; a `tag` makes words no other call has made."""
    out = []
    for k in range(n):
        a, b = NAMES[k % len(NAMES)], NAMES[(k + 1) % len(NAMES)]
        w = f"{tag}{k}"
        out.append(
            f"WASHINGTON - {a}, the finance minister of Grelvania{w}, met {b} in Paris on Monday to discuss "
            f"the xylofrandic{w} accords. \"We will never accept the brumshaw{w} tariffs,\" {a.split()[1]} "
            f"said, according to officials. Protesters in Orlimbek{w} marched against the plovenarian{w} "
            f"plan last week, and police arrested dozens of them.\n\n"
            f"{b.split()[1]} warned that the dispute over Tarquibel{w} could escalate within weeks.")
    return out


def spacy_objects(value, path: str = "doc") -> list[str]:
    """Where a Document holds anything but plain values (a Doc, Span, Token, numpy scalar...)."""
    if value is None or type(value) in (str, int, float, bool):
        return []
    if isinstance(value, msgspec.Struct):
        return [p for f in value.__struct_fields__ for p in spacy_objects(getattr(value, f), f"{path}.{f}")]
    if type(value) in (list, tuple):
        return [p for i, v in enumerate(value) for p in spacy_objects(v, f"{path}[{i}]")]
    if type(value) is dict:
        return [p for k, v in value.items() for p in spacy_objects(k, f"{path} key") + spacy_objects(v, f"{path}[{k!r}]")]
    return [f"{path}: {type(value).__module__}.{type(value).__name__}"]


@pytest.fixture(scope="module")
def zoned():
    pipe = Pipeline(Options(check_language=False))
    pipe.vocab_allowance = 0  # every batch in a zone from the first
    return pipe


def test_new_words_do_not_stay_in_the_vocabulary(zoned):
    strings = zoned.nlp.vocab.strings
    texts = novel_texts()
    zoned.extract(texts[0], name="<warm-up>")  # first-use set-up, if any, is not the growth measured
    before = len(strings)
    docs = list(zoned.run([make_article(t, f"<novel {k}>") for k, t in enumerate(texts)]))
    assert len(strings) == before
    assert "Quorvendal" not in strings and "xylofrandic2" not in strings and "Grelvania3" not in strings
    # the outputs were built inside the zone and are whole after it
    for k, (doc, text) in enumerate(zip(docs, texts)):
        assert not isinstance(doc, Exception), doc
        assert doc.text == text
        assert spacy_objects(doc) == []
        assert NAMES[k] in {e.name for e in doc.entities if e.type == "PERSON"}
        assert doc.quotes and all(doc.text[q.start:q.end] == q.text for q in doc.quotes)


def test_the_server_worker_does_not_grow_its_vocabulary(zoned):
    strings = zoned.nlp.vocab.strings
    run_job(zoned, make_article(novel_texts(1)[0], "<warm-up>"))
    before = len(strings)
    for k, text in enumerate(novel_texts(6)):
        kind, doc = run_job(zoned, make_article(text + f" Extra word snorvelbly{k}.", f"<job {k}>"))
        assert kind == "doc" and doc.quotes
        msgspec.json.encode(doc)  # what goes back to the server
    assert len(strings) == before


def test_outputs_are_the_same_without_the_zone(zoned, sample_text):
    texts = [sample_text] + novel_texts()
    with_zone = [d.to_json() for d in zoned.run([make_article(t, f"<t{k}>") for k, t in enumerate(texts)])]
    plain = Pipeline(Options(check_language=False, memory_zone=False))
    strings = plain.nlp.vocab.strings
    before = len(strings)
    without = [d.to_json() for d in plain.run([make_article(t, f"<t{k}>") for k, t in enumerate(texts)])]
    assert len(strings) > before  # the comparison is real: without the zone the words stay
    assert with_zone == without


def test_a_callers_own_zone_is_not_nested(zoned):
    nlp = load()
    with nlp.memory_zone():
        doc = zoned.extract(novel_texts(1)[0], name="<inside>")
        assert nlp.vocab.in_memory_zone  # the pipeline did not close the caller's zone
    assert doc.quotes and spacy_objects(doc) == []


def test_the_lemmatizer_memo_is_bounded(zoned, monkeypatch):
    from newsgraph import nlp as nlpmod

    text = novel_texts(1)[0]
    before = zoned.extract(text, name="<a>").to_json()
    lemmatizer = zoned.nlp.get_pipe("lemmatizer")
    monkeypatch.setattr(nlpmod.bound_caches, "__defaults__", (50,))  # the bound, read at call time
    lemmatizer.cache.update({(k, 0, 0): ["x"] for k in range(100)})
    after = zoned.extract(text, name="<a>").to_json()
    assert len(lemmatizer.cache) <= 50 and (0, 0, 0) not in lemmatizer.cache
    assert after == before  # a memo: emptying it changes no lemma


def test_the_first_words_are_kept_up_to_the_allowance(zoned):
    pipe = Pipeline(Options(check_language=False))
    pipe.vocab_allowance = 1  # lexemes kept for good before every batch runs in a zone (the first batch)
    strings = pipe.nlp.vocab.strings
    texts = novel_texts(3, tag="kept")
    pipe.extract(texts[0], name="<first>")
    assert "xylofrandickept0" in strings  # the first article's words stay
    kept = len(strings)
    for k, text in enumerate(texts[1:], 1):
        assert pipe.extract(text, name=f"<{k}>").quotes
    assert len(strings) == kept and "xylofrandickept1" not in strings  # past the allowance, freed


class _Recorder:
    """Stands in for the spaCy pipeline: records what each nlp.pipe call is given."""

    def __init__(self):
        self.calls: list[list[str]] = []

    def pipe(self, texts, batch_size):
        self.calls.append(list(texts))
        return iter(texts)


def test_the_parse_is_fed_in_bounded_minibatches():
    """A worker's peak is the model plus what one nlp.pipe call parses at once, which grows with its
    characters (100,000 a call took a two-worker run over the BBC set past 700 MB a worker): the
    pieces go in calls of at most BATCH_CHARS characters, in order, a longer piece on its own."""
    import inspect

    from newsgraph import nlp as nlpmod

    assert inspect.signature(nlpmod.parse_many).parameters["batch_chars"].default == nlpmod.BATCH_CHARS
    # and no piece is longer than a call: a whole 100,000-character piece took a worker to 758 MB
    assert nlpmod.BATCH_CHARS <= 50_000 and nlpmod.PIECE_CHARS <= nlpmod.BATCH_CHARS
    pieces = [f"{k} " + "x" * 9_000 for k in range(12)] + ["long " + "y" * 60_000, "tail"]
    rec = _Recorder()
    out = list(nlpmod._pipe(rec, pieces, 256, 40_000))
    assert out == pieces  # every piece, once, in order
    assert [len(c) for c in rec.calls] == [4, 4, 4, 1, 1]
    assert all(sum(map(len, c)) <= 40_000 for c in rec.calls if len(c) > 1)
    rec = _Recorder()
    list(nlpmod._pipe(rec, pieces[:6], 5, 1_000_000))
    assert [len(c) for c in rec.calls] == [5, 1]  # and at most batch_size pieces a call
