"""Session 28 (s28-speed): exact shortcuts in the stages' per-article paths. Each helper is compared
with the long way it replaced, on our own sentences parsed by the default model and on hand-built Docs.

- attribution `indirect.candidates`: one set test per token on the shared LEMMA and LOWER lists, against
  the cue sets the lexicon and the stance nouns give (before: four numpy bisections and their union)."""

import pytest
import spacy
from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc

from newsgraph.model import Section
from newsgraph.nlp import load, parse_many

_SENTENCES = [
    "The lighthouse keeper of Dunmarra said on Tuesday that the boats would return in May.",
    "\"We cannot wait any longer,\" a baker told the inspectors, who felt cheated, and the board agreed.",
    "Her plan drew criticism from the guild; according to the mayor, the square will stay closed.",
    "Nobody in the valley answered the letters the clerk had sent.",
]


def _body(text):
    return [Section(kind="body", start=0, end=len(text), text=text)] if text else []


@pytest.fixture(scope="module")
def parses():
    texts = [" ".join(_SENTENCES), _SENTENCES[3], "Rain.", ""]
    return parse_many(load(), [(t, _body(t)) for t in texts])


def _candidates_the_long_way(doc, lex, generic=False):
    """Token by token: its lemma among the cue lemmas or the stance nouns, or its lower-case form among the
    lexicon's forms or the felt participles; with `generic`, the verbs governing a clause as well."""
    from newsgraph.attribution.indirect import _FELT_IDS, STANCE_NOUNS, clause_heads

    strings = doc.vocab.strings
    stance = {strings[w] for w in STANCE_NOUNS}
    out = {t.i for t in doc if strings[t.lemma_] in lex.lemma_set or strings[t.lemma_] in stance
           or strings[t.lower_] in lex.form_set or strings[t.lower_] in _FELT_IDS}
    if generic:
        out |= set(clause_heads(doc))
    return sorted(out)


@pytest.mark.parametrize("generic", [False, True])
def test_cue_candidates_are_the_tokens_the_long_way_finds(parses, generic):
    from newsgraph.attribution.indirect import candidates
    from newsgraph.attribution.lexicon import default

    lex = default()
    for parse in parses:
        assert candidates(parse.doc, lex, generic) == _candidates_the_long_way(parse.doc, lex, generic)
    words = {parses[0].doc[i].lower_ for i in candidates(parses[0].doc, lex)}
    # a cue verb, a stance noun, "according", a felt participle: each set lets its own words by
    assert {"said", "told", "criticism", "according", "felt"} <= words
    assert "lighthouse" not in words


def _hand_doc(words, lemmas):
    vocab = spacy.blank("en").vocab
    return Doc(vocab, words=words, lemmas=lemmas)


def test_each_of_the_four_sets_lets_its_own_tokens_by_and_no_other():
    """A hand-built Doc whose words each stand for one set: a cue lemma ("warn" as "warned"), a stance noun's
    lemma ("backlash" as "backlashes"), a form of the lexicon's own ("in"), a felt participle ("baffled"); and
    words that are in a set only as the other column: a form "warn" (lemma "nothing"), a lemma "in" (of "inn"),
    a form "backlash" and a form "baffled" under other lemmas."""
    from newsgraph.attribution.indirect import candidates
    from newsgraph.attribution.lexicon import default

    lex = default()
    doc = _hand_doc(["They", "warned", "of", "backlashes", "in", "the", "baffled", "warn", "inn", "backlash", "baffled"],
                    ["they", "warn", "of", "backlash", "within", "the", "baffle", "nothing", "in", "reaction", "baffle"])
    assert candidates(doc, lex) == _candidates_the_long_way(doc, lex)
    assert candidates(doc, lex) == [1, 3, 4, 6, 10]
    # a generic candidate (a verb governing a clause) is added in order, and one already a candidate once
    doc = Doc(doc.vocab, words=["Ann", "warned", "Bo", "and", "Cy", "kicked", "Di"],
              lemmas=["ann", "warn", "bo", "and", "cy", "kick", "di"],
              heads=[1, 1, 1, 1, 5, 1, 5], deps=["nsubj", "ROOT", "dobj", "cc", "nsubj", "conj", "dobj"])
    assert candidates(doc, lex) == [1]
    assert candidates(doc, lex, generic=True) == [1, 5]
    assert candidates(Doc(doc.vocab, words=[]), lex, generic=True) == []


def test_the_cue_ids_are_made_once_per_lexicon_and_string_store(parses):
    from newsgraph.attribution.indirect import _FELT_IDS, STANCE_NOUNS, _cue_ids
    from newsgraph.attribution.lexicon import default

    lex, strings = default(), parses[0].doc.vocab.strings
    lemmas, forms = _cue_ids(lex.lemma_set, lex.form_set, strings)
    assert lemmas == lex.lemma_set | {strings[w] for w in STANCE_NOUNS}
    assert forms == lex.form_set | _FELT_IDS
    assert _cue_ids(lex.lemma_set, lex.form_set, strings)[0] is lemmas  # (kept, not made again)
    # another lexicon's sets get their own
    other = _cue_ids(frozenset({1, 2}), frozenset({3}), strings)
    assert other == (frozenset({1, 2}) | {strings[w] for w in STANCE_NOUNS}, frozenset({3}) | _FELT_IDS)
