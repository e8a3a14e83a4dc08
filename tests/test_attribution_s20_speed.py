"""filter.QuotedSentences: whether a token's sentence holds a quotation mark, from sentence starts and mark
positions found once per document, must say what walking `token.sent` says, for every token."""

from stageutil import parsed

from newsgraph.attribution.filter import QuotedSentences

TEXTS = [
    # marks in the second and fourth sentences only; a sentence of one token; a closing mark ending one
    "The mayor spoke first. She said the bridge was \u201ctoo old to save.\u201d Nobody answered. Then the "
    "engineer added: \"It will stand for years.\" Rain.\n\nThe council met again on Monday and voted.",
    # a mark in the very first token's sentence, and none after it
    "\u201cWe will rebuild,\u201d the governor said. The work starts in May. It should take two years.",
    # no mark at all
    "The river rose overnight. Roads near the bank were closed, the police said.",
]


def _by_walk(tok) -> bool:
    sent = tok.sent
    return any(t.is_quote for t in sent)


def test_every_tokens_sentence_is_judged_as_its_walk_judges_it(pipeline):
    answers = set()
    for text in TEXTS:
        _, parse = parsed(pipeline, text)
        sdoc = parse.doc
        quoted = QuotedSentences(sdoc)
        for tok in sdoc:
            assert quoted.holds(tok) == _by_walk(tok), (text, tok.i, tok.text)
            answers.add(quoted.holds(tok))
    assert answers == {True, False}  # both answers reached


def test_sentences_without_marks_next_to_quoted_ones_are_not_quoted(pipeline):
    _, parse = parsed(pipeline, TEXTS[0])
    sdoc = parse.doc
    quoted = QuotedSentences(sdoc)
    by_word = {t.text: quoted.holds(t) for t in sdoc}
    assert by_word["spoke"] is False and by_word["said"] is True and by_word["answered"] is False
    assert by_word["engineer"] is True and by_word["Rain"] is False and by_word["voted"] is False


def test_a_document_without_marks_quotes_nothing(pipeline):
    _, parse = parsed(pipeline, TEXTS[2])
    quoted = QuotedSentences(parse.doc)
    assert quoted.marks == [] and not any(quoted.holds(t) for t in parse.doc)
