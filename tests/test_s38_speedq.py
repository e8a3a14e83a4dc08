"""Session 38, s38-speedq: work the quotes and places stages did for nothing, left out before it is done, each
held equal to what it replaced.

The texts are our own wordings, written for this file (not from any corpus): clause heads that are verbs
outside the cue lexicon, learnt by the filter or not ("allowed", "won", "visited", "glimpsed"), beside cues of
the lexicon, stance nouns and adjectives."""

import pytest

from newsgraph.attribution import filter as attribution_filter
from newsgraph.attribution import indirect, lexicon
from newsgraph.attribution import stage as qstage
from newsgraph.model import Section
from newsgraph.nlp import load, parse_many

from stageutil import annotated

TEXTS = [
    "The mayor of Kelport allowed the ferries to sail, and the harbour crew won the cup on Sunday.",
    "Marta Velk visited the mill and glimpsed the river, then said that the dam would hold.",
    "The union's plan drew criticism from the council, which was eager to end the strike.",
    "Officials decided to close the bridge; residents took the news badly and built a barricade.",
    "The board released a statement that the accounts were sound, and the auditors endorsed it.",
]


def _body(text):
    return [Section(kind="body", start=0, end=len(text), text=text)]


@pytest.fixture(scope="module")
def docs():
    return [p.doc for p in parse_many(load(), [(t, _body(t)) for t in TEXTS])]


def _proposable(flt):
    return lambda lemma: flt.weights.get(f"lemma={lemma}", 0.0) > qstage.GENERIC_MIN_WEIGHT


def _index(doc, word):
    return next(t.i for t in doc if t.text == word)


def test_a_verb_outside_the_lexicon_the_filter_has_not_learnt_is_no_candidate(docs):
    lex, flt = lexicon.default(), attribution_filter.default()
    weight = lambda lemma: flt.weights.get(f"lemma={lemma}", 0.0)  # noqa: E731
    assert weight("win") <= 0 and weight("visit") <= 0 and weight("glimpse") <= 0 and weight("allow") > 0
    assert "win" not in lex.verbs and "allow" not in lex.verbs
    first, second = docs[0], docs[1]
    every = indirect.candidates(first, lex, flt)
    kept = indirect.candidates(first, lex, flt, _proposable(flt))
    assert _index(first, "won") in every and _index(first, "won") not in kept
    assert _index(first, "allowed") in kept  # learnt by the filter: still proposed
    every = indirect.candidates(second, lex, flt)
    kept = indirect.candidates(second, lex, flt, _proposable(flt))
    for word in ("visited", "glimpsed"):
        assert _index(second, word) in every and _index(second, word) not in kept
    assert _index(second, "said") in kept  # a cue of the lexicon is a candidate whatever `proposable` says
    assert kept == sorted(kept) and len(set(kept)) == len(kept)


def test_without_proposable_every_clause_head_stays(docs):
    lex, flt = lexicon.default(), attribution_filter.default()
    for doc in docs:
        assert indirect.candidates(doc, lex, flt, None) == indirect.candidates(doc, lex, flt)
        assert set(indirect.clause_heads(doc)) <= set(indirect.candidates(doc, lex, True))


def test_nouns_and_adjectives_heading_a_clause_stay_whatever_their_lemma(docs):
    """A noun or an adjective outside the lexicon's sets may still be a stance noun or a cue adjective whose
    lemma the lemmatizer capitalised: the filter's lemma test is the verbs' only."""
    for doc in docs:
        heads = indirect.clause_heads(doc)
        kept = indirect._proposed(doc, heads, [t.lemma for t in doc], lambda lemma: False)
        assert kept == [i for i in heads if doc[i].pos_ in ("NOUN", "ADJ")]
        everything = indirect._proposed(doc, heads, [t.lemma for t in doc], lambda lemma: True)
        assert everything == [i for i in heads if doc[i].pos_ in ("NOUN", "ADJ", "VERB")]


def test_the_lemma_asked_about_is_the_lower_case_lemma(docs):
    asked = []
    doc = docs[0]
    heads = indirect.clause_heads(doc)
    indirect._proposed(doc, heads, [t.lemma for t in doc], lambda lemma: asked.append(lemma) or False)
    assert asked == [doc[i].lemma_.lower() for i in heads if doc[i].pos_ == "VERB"] and "allow" in asked


def test_the_stage_finds_what_it_found_with_every_clause_head(pipeline, monkeypatch):
    """The left-out heads were never attributions: extract_all with the filter finds the same quotes and
    attributions as when every clause head is a candidate (the code before this session)."""
    found = []
    for text in TEXTS + [" ".join(TEXTS)]:
        doc, parse = annotated(pipeline, text)
        found.append(qstage.extract_all(doc, parse))
    everything = indirect.candidates
    monkeypatch.setattr(qstage, "candidates", lambda sdoc, lex, generic=False, proposable=None:
                        everything(sdoc, lex, generic))
    for text, (quotes, atts) in zip(TEXTS + [" ".join(TEXTS)], found):
        doc, parse = annotated(pipeline, text)
        q2, a2 = qstage.extract_all(doc, parse)
        assert [repr(q) for q in quotes] == [repr(q) for q in q2]
        assert [repr(a) for a in atts] == [repr(a) for a in a2]
    assert any(atts for _, atts in found)


# --- places: a sentence judged title case only when a name in it is asked about --------------------------------

PLACE_TEXTS = [
    "Freemason Bogdanov Joins Kelport Mayor Race After Long Delay\nThe harbour master of Kelport said the ferries "
    "would sail again in April, and Ripley Town council agreed.",
    "Marta Velk drove from Vellmoor to Paris on Monday. THE BRIDGE WAS CLOSED AGAIN TODAY. She met the "
    "McAllen delegation and DeKalb Police in Texas.",
    "Rain. It fell on Dublin and Cork. Storm Warning Issued For West Coast Towns Tonight. The council met.",
]


def _reference_headline_tokens(length, caps, starts):
    """The base's (db57289e) _headline_tokens, copied: a flag for every token."""
    out = [False] * len(length)
    bounds = [k for k, v in enumerate(starts) if v == 1] + [len(length)]
    for s0, s1 in zip(bounds, bounds[1:]):
        words = [caps[k] for k in range(s0, s1) if length[k] >= 4]
        if len(words) >= 3 and sum(words) >= 0.7 * len(words):
            out[s0:s1] = [True] * (s1 - s0)
    return out


def _headline_answers(doc):
    from spacy.attrs import IDX, LENGTH, SENT_START

    from newsgraph.columns import column, column_list
    from newsgraph.places import _Headlines

    text = doc.text
    idx, length, starts = (column_list(doc, a) for a in (IDX, LENGTH, SENT_START))
    ref = _reference_headline_tokens(length, [text[k].isupper() for k in idx], starts)
    lazy = _Headlines(text, idx, length, column(doc, SENT_START))
    order = list(range(len(doc)))[::-1]  # asked out of order, and twice: a sentence's answer is kept
    return ref, [lazy.holds(i) for i in order][::-1], [lazy.holds(i) for i in range(len(doc))]


def test_a_token_is_in_a_headline_as_the_flags_said():
    docs = [p.doc for p in parse_many(load(), [(t, _body(t)) for t in PLACE_TEXTS])]
    for doc in docs:
        ref, backwards, forwards = _headline_answers(doc)
        assert backwards == ref and forwards == ref
    assert any(any(_headline_answers(d)[0]) for d in docs) and not all(all(_headline_answers(d)[0]) for d in docs)


def test_headline_sentences_counted_from_the_first_sentence_start():
    """A token before the first sentence start (a hand-made parse) is in no headline, as the flags had it."""
    from spacy.tokens import Doc

    vocab = load().vocab
    words = ["x", "Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "hotel", "india", "juliet"]
    doc = Doc(vocab, words=words, sent_starts=[False, True, False, False, False, False, False, True, False, False,
                                               False])
    ref, backwards, forwards = _headline_answers(doc)
    assert ref[0] is False and ref[1] is True and ref[7] is False
    assert backwards == ref and forwards == ref


def test_name_matches_reads_the_same_names():
    """name_matches with the lazy headline test and capitals read where needed finds what it found with a flag
    per token (names checked by hand: a county, towns in a locative context, a state after a comma)."""
    from newsgraph.places import gazetteer, name_matches
    from newsgraph.places.spans import SpanIndex

    text = ("Officials in Walker County and in Huntsville said the storm reached Jackson, Miss. on Monday. "
            "Residents of Cottonport Were Told To Leave Their Homes Before Dawn On Tuesday.")
    (p,) = parse_many(load(), [(text, _body(text))])
    found = [text[a:b] for a, b, _ in name_matches(p.doc, text, gazetteer(), SpanIndex([]))]
    assert "Walker County" in found and "Huntsville" in found


def test_the_lexicon_candidates_stay_without_generic(docs):
    """A cue of the lexicon by its lemma alone ("said": the form is no listed inflection) or by its lemma as a
    noun ("statement"): a candidate with or without clause heads."""
    lex = lexicon.default()
    first, last = docs[1], docs[4]
    assert _index(first, "said") in indirect.candidates(first, lex)
    assert _index(docs[0], "won") not in indirect.candidates(docs[0], lex)  # a clause head only with `generic`
    assert _index(last, "statement") in indirect.candidates(last, lex)
    assert _index(last, "statement") in indirect.candidates(last, lex, attribution_filter.default(), lambda lemma: False)


def test_a_noun_or_an_adjective_heading_an_object_is_kept_by_its_tag():
    """Hand-made parses (the tagger seldom gives a noun or an adjective a clause or an object): the tag alone
    keeps them, whatever the lemma; a verb with the same lemma test refused is left out."""
    from spacy.tokens import Doc

    vocab = load().vocab
    noun = Doc(vocab, words=["Officials", "plan", "bans", "today"], pos=["NOUN", "NOUN", "NOUN", "NOUN"],
               heads=[1, 1, 1, 1], deps=["nsubj", "ROOT", "dobj", "npadvmod"], lemmas=["official", "plan", "ban", "today"])
    adj = Doc(vocab, words=["She", "is", "eager", "to", "go"], pos=["PRON", "AUX", "ADJ", "PART", "VERB"],
              heads=[1, 1, 1, 4, 2], deps=["nsubj", "ROOT", "acomp", "aux", "xcomp"], lemmas=["she", "be", "eager", "to", "go"])
    verb = Doc(vocab, words=["They", "won", "it"], pos=["PRON", "VERB", "PRON"], heads=[1, 1, 1],
               deps=["nsubj", "ROOT", "dobj"], lemmas=["they", "win", "it"])
    never = lambda lemma: False  # noqa: E731
    for doc, head in ((noun, 1), (adj, 2)):
        assert indirect.clause_heads(doc) == [head]
        assert indirect._proposed(doc, [head], [t.lemma for t in doc], never) == [head]
    assert indirect._proposed(verb, [1], [t.lemma for t in verb], never) == []
    assert indirect._proposed(verb, [1], [t.lemma for t in verb], lambda lemma: lemma == "win") == [1]


def test_headline_edges_three_words_of_four_letters_and_seven_in_ten():
    """The title-case test at its edges (hand-made parse): three words of exactly four characters, all
    capitalised, make a headline; so do seven capitalised of ten long words; six of ten, or two long words,
    or words of three characters, do not."""
    from spacy.tokens import Doc

    vocab = load().vocab
    sents = [
        ["Abcd", "Efgh", "Ijkl"],  # three of four characters: a headline
        ["Abcd", "Efgh", "ok", "no"],  # two long words only
        ["Abc", "Def", "Ghi", "Jkl"],  # four words of three characters: none counted
        ["Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "hotel", "india", "juliet"],  # 7 of 10
        ["Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "golf", "hotel", "india", "juliet"],  # 6 of 10
    ]
    words = [w for s in sents for w in s]
    starts = [k == 0 for s in sents for k in range(len(s))]
    doc = Doc(vocab, words=words, sent_starts=starts)
    ref, backwards, forwards = _headline_answers(doc)
    first = [sum(map(len, sents[:k])) for k in range(len(sents))]
    assert [ref[i] for i in first] == [True, False, False, True, False]
    assert backwards == ref and forwards == ref
