"""Session 39, s39-speedq: two readings of the quotes stage moved from Token walks to the parse's columns, each held
equal to the walk it replaced.

- `attribution.stage._perspectives` finds the sentences opened by "To", "But" or "And" from the LOWER and SENT_START
  columns (`_sentences_opened_by`) instead of a Span and a first Token for every sentence of `doc.sents`.
- `attribution.filter.features` reads the cue's negation from the Doc's table of heads with a `neg` child
  (`columns.with_child`) and the particle right after it from the HEAD column (`_particle_after`), instead of a
  Token for every child of the cue.

The texts are our own wordings, written for this file (not from any corpus)."""

import pytest

from newsgraph.attribution import filter as attribution_filter
from newsgraph.attribution import lexicon
from newsgraph.attribution import stage as qstage
from newsgraph.nlp import Parse, load

from stageutil import annotated

TEXTS = [
    # sentences opened by "To", "But", "And" (any case) and by other words; a "to" that opens no sentence
    "To many farmers, the new levy is a heavy burden. The council met on Monday. But the levy stays. "
    "and the mayor said nothing. Nobody wanted to wait. AND the ferry left early.",
    # cues with a negation, with a particle or preposition right after them, and without either
    "The minister did not say when the bridge would open. The mayor pointed to the flooded road as proof. "
    "Critics went after the plan in the press. The engineers never claimed that the dam was safe. "
    "The clerk said nothing about the fees. Residents complained about the noise, and the owner denied it. "
    "The builder admitted that “the roof leaked.”",
    # a one-sentence text opened by "But", and a cue as the last token
    "But to the growers of Varnley, the harvest was a disaster, the co-op later admitted.",
    # an opener that is no perspective before one that is
    "But the rain stopped at noon. To the growers of Varnley, the late harvest looks like a gift.",
]
WORDS = ("to", "but", "and")


@pytest.fixture(scope="module")
def annotated_texts(pipeline):
    return [annotated(pipeline, t) for t in TEXTS]


@pytest.fixture(scope="module")
def parses(annotated_texts):
    return [p for _, p in annotated_texts]


# --- _sentences_opened_by and _perspectives ---------------------------------------------------------------


def test_the_sentences_opened_by_the_words_are_those_doc_sents_gives(parses):
    found_any = 0
    for p in parses:
        doc = p.doc
        expected = [(s.start, s.end) for s in doc.sents if s[0].lower_ in WORDS]
        assert qstage._sentences_opened_by(doc, WORDS) == expected
        found_any += len(expected)
        # every sentence, asked with every first word: the bounds are doc.sents' own
        every = tuple({s[0].lower_ for s in doc.sents})
        assert qstage._sentences_opened_by(doc, every) == [(s.start, s.end) for s in doc.sents]
    assert found_any >= 4  # "To", "But", "and", "AND" open sentences of the first text; "But" the third


def test_a_one_token_first_sentence_is_a_sentence_of_its_own():
    from spacy.tokens import Doc

    words = ["Stop", "But", "we", "go", "to", "And", "then"]
    doc = Doc(load().vocab, words=words, sent_starts=[True, True, False, False, False, True, False])
    assert [(s.start, s.end) for s in doc.sents] == [(0, 1), (1, 5), (5, 7)]
    assert qstage._sentences_opened_by(doc, WORDS) == [(1, 5), (5, 7)]


def test_a_word_no_token_has_opens_no_sentence(parses):
    assert qstage._sentences_opened_by(parses[0].doc, ("zzqxvword",)) == []


def test_an_empty_doc_has_no_sentence():
    doc = load()("")
    assert qstage._sentences_opened_by(doc, WORDS) == []


class _NoSents:
    """A Doc stand-in whose `sents` may not be read (every other attribute is the Doc's own)."""

    def __init__(self, doc):
        self._doc = doc

    @property
    def sents(self):
        raise AssertionError("doc.sents read: a Span made for every sentence")

    def __len__(self):
        return len(self._doc)

    def __getitem__(self, i):
        return self._doc[i]

    def __getattr__(self, name):
        return getattr(self._doc, name)


def _perspectives_by_walk(parse, text, masked, mentions, lex):
    """_perspectives as session 38 wrote it: a Span and a first Token for every sentence."""
    out = []
    for sent in parse.doc.sents:
        first = sent[0]
        if first.lower_ not in WORDS or masked(first.idx) or parse.kind_at(first.idx) not in qstage.QUOTE_SECTIONS:
            continue
        found = qstage.perspective(sent, lex)
        if found is None:
            continue
        spans, holder = found
        prep = holder.head
        att = qstage.Frame(cue=(prep.idx, prep.idx + len(prep)), type="thought")
        att.path, att.finite = "perspective", True
        att.speaker, att.speaker_text, att.on_behalf_of, att.source = qstage.speaker_of(holder, mentions, text)
        for a, b in spans:
            s, e = qstage._trim(text, parse.doc[a].idx, parse.doc[b].idx + len(parse.doc[b]))
            if e - s >= 2:
                out.append((s, e, "indirect", att))
    return out


def _shape(found):
    return [(s, e, kind, att.cue, att.type, att.path, att.finite, att.speaker_text, att.source) for s, e, kind, att in found]


def test_perspectives_reads_no_sentence_span_and_finds_what_the_walk_found(annotated_texts):
    lex = lexicon.default()
    found_any = 0
    for doc, p in annotated_texts:
        never = lambda i: False  # noqa: E731
        expected = _shape(_perspectives_by_walk(p, doc.text, never, qstage.Mentions(doc), lex))
        bare = Parse(_NoSents(p.doc), p.sections)
        assert _shape(qstage._perspectives(bare, doc.text, never, qstage.Mentions(doc), lex)) == expected
        found_any += len(expected)
    assert found_any >= 2  # "To many farmers, the new levy is a heavy burden": the farmers' view; the growers'
    (doc, p) = annotated_texts[-1]
    found = qstage._perspectives(p, doc.text, lambda i: False, qstage.Mentions(doc), lex)
    assert found and all(att.finite and att.path == "perspective" for *_, att in found)  # after "But the rain stopped"


def test_perspectives_leaves_out_a_sentence_whose_opening_word_is_masked(annotated_texts):
    lex, (doc, p) = lexicon.default(), annotated_texts[0]
    assert qstage._perspectives(p, doc.text, lambda i: False, qstage.Mentions(doc), lex)
    assert qstage._perspectives(p, doc.text, lambda i: i == 0, qstage.Mentions(doc), lex) == []
    (doc, p) = annotated_texts[-1]  # its first opener ("But the rain") masked: the perspective after it still found
    assert qstage._perspectives(p, doc.text, lambda i: i == 0, qstage.Mentions(doc), lex)


# --- features: the cue's negation and particle ------------------------------------------------------------


class _NoChildren:
    """A Token stand-in whose `children` may not be read (every other attribute is the Token's own)."""

    def __init__(self, tok):
        self._tok = tok

    @property
    def children(self):
        raise AssertionError("cue.children read: a Token made for every child")

    def __len__(self):
        return len(self._tok)

    def __getattr__(self, name):
        return getattr(self._tok, name)


def _cues(doc):
    return [t for t in doc if t.pos_ == "VERB" and t.lemma_ in ("say", "point", "go", "claim", "complain", "deny", "admit")]


def _frame(cue):
    f = qstage.Frame(cue=(cue.idx, cue.idx + len(cue)))
    f.verb, f.path = cue, "clause"
    return f


def _by_children(cue):
    kids = list(cue.children)
    neg = any(c.dep_ == "neg" for c in kids)
    prt = next((c.lower_ for c in kids if c.dep_ in ("prt", "prep") and c.i == cue.i + 1), None)
    return neg, prt


def test_features_read_negation_and_particle_as_the_children_say(parses):
    negs, prts, marks = 0, 0, 0
    for p, text in zip(parses, TEXTS):
        doc = p.doc
        quoted = attribution_filter.QuotedSentences(doc)
        for cue in _cues(doc):
            neg, prt = _by_children(cue)
            parts = [(cue.idx + len(cue) + 1, min(len(text), cue.idx + len(cue) + 12))]
            feats = attribution_filter.features(p, doc, _frame(_NoChildren(cue)), "partial", parts, quoted)
            assert ("neg" in feats) == neg
            assert f"dep={cue.dep_}" in feats and f"lemma_dep={cue.lemma_.lower()}|{cue.dep_}" in feats
            assert ("sent_quote" in feats) == quoted.holds(cue)
            marks += "sent_quote" in feats
            lemma = cue.lemma_.lower()
            assert [f for f in feats if f.startswith("lemma_prt=")] == ([f"lemma_prt={lemma}|{prt}"] if prt else [])
            assert attribution_filter._particle_after(cue) == prt
            negs += neg
            prts += prt is not None
    assert negs >= 2 and prts >= 2  # "did not say", "never claimed"; "pointed to", "went after"
    assert marks >= 1  # "admitted that “the roof leaked”"


def test_the_particle_is_the_cues_own_child_right_after_it(parses):
    doc = parses[1].doc
    said = next(t for t in doc if t.lower_ == "said")
    assert doc[said.i + 1].lower_ == "nothing" and doc[said.i + 1].head.i == said.i
    assert attribution_filter._particle_after(said) is None  # its child right after it is an object, no particle
    pointed = next(t for t in doc if t.lower_ == "pointed")
    assert attribution_filter._particle_after(pointed) == "to"
    the = next(t for t in doc if t.lower_ == "the")  # the token after "The" ("minister") is not its child
    assert doc[the.i + 1].head.i != the.i and attribution_filter._particle_after(the) is None
    last = doc[len(doc) - 1]
    assert attribution_filter._particle_after(last) is None  # nothing after the last token
