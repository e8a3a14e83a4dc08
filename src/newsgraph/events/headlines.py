"""Headlines in Title Case or capitals ("Georgia Arrests Opposition Members on Arms Charges",
"TALIBAN CLOSING RANKS AROUND NEW LEADER"): the tagger reads every capitalised word as a proper
noun, so the sentence has no verb and codes nothing. The events stage codes such a sentence from a
parse of a sentence-cased copy ("Georgia arrests opposition members on arms charges"), padded with
spaces in front so that every token keeps its character offsets in the document (entities, times
and places are read by offset). Only headline-case sentences are parsed again: a title, a few
tokens, per article."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.lang.en.stop_words import STOP_WORDS

MIN_CONTENT_WORDS = 3  # "Obama Visits Ghana" and longer; fewer is a name or a dateline
MAX_TOKENS = 40  # a headline, not a paragraph of names


def headline_case(sent) -> bool:
    """Every content word after the first is capitalised, and there are at least
    MIN_CONTENT_WORDS of them, one of which is no name the parser found (a sentence of names, "Ban
    Ki-moon met Hillary Clinton", has its verb in lower case and is not a headline)."""
    if len(sent) > MAX_TOKENS:
        return False
    content, first = [], True
    for t in sent:  # (prose fails at its first lower-case content word: a few tokens in)
        if not t.is_alpha:
            continue
        if first:
            first = False
        elif t.lower_ not in STOP_WORDS:
            if not t.text[0].isupper():
                return False
            content.append(t)
    return len(content) >= MIN_CONTENT_WORDS and any(not t.ent_type_ or t.ent_type_ in ("ORG", "WORK_OF_ART")
                                                     for t in content)


def sentence_cased(text: str) -> str:
    """The text with every word after the first in lower case (same length, same offsets)."""
    i = 0
    while i < len(text) and not text[i].isalpha():
        i += 1
    j = i
    while j < len(text) and not text[j].isspace():
        j += 1
    return text[:j] + text[j:].lower()


@dataclass
class Reparsed:
    """A parse of one recased headline, in place: `doc` spans the document's text up to the
    headline's end, spaces before it; `kind_at` is the document parse's (sections by offset)."""

    doc: object
    parse: object
    start: int
    end: int

    def kind_at(self, char: int):
        return self.parse.kind_at(char)


def _forms(w: str) -> tuple[str, ...]:
    """The word and what it may be with an ending taken off ("arrests", "clashes", "rallies",
    "detained", "seized", "stabbed", "seizing")."""
    return (w, w[:-1], w[:-2], w[:-3], w[:-3] + "y", w[:-3] + "e", w[:-4])


class Recaser:
    """Parses a document's Title Case headlines again, sentence-cased, when one of their words may be
    a trigger: the lexicon's words, matched through a few endings and the lemmatizer's irregular
    forms ("Shot" -> shoot). Built once by the events stage."""

    def __init__(self, nlp, words: frozenset[str]):
        self.nlp = nlp
        self.words = words
        self.irregular = []
        try:
            table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_exc")
            self.irregular = [table[pos] for pos in ("verb", "noun") if pos in table]
        except (KeyError, AttributeError, ValueError):
            pass  # (a pipeline without a lookup lemmatizer: regular endings only)

    def may_code(self, sent) -> bool:
        for t in sent:
            if t.is_alpha and (any(f in self.words for f in _forms(t.lower_))
                               or any(f in self.words for exc in self.irregular for f in exc.get(t.lower_, ()))):
                return True
        return False

    def reparsed(self, parse, kinds) -> list[Reparsed]:
        """A Reparsed for every headline-case sentence of the sections of `kinds` that may code an
        event (the parser's named entities are not needed: the document's are read by offset)."""
        out = []
        for sent in parse.doc.sents:
            if len(sent) > MAX_TOKENS or not headline_case(sent):
                continue
            first = next((t for t in sent if not t.is_space), None)
            if first is None or parse.kind_at(first.idx) not in kinds or not self.may_code(sent):
                continue
            start, end = sent.start_char, sent.end_char
            if end > self.nlp.max_length:
                continue  # (the padded text would be refused, E088: a long article keeps its parse)
            # (the sentence's own text, not a slice of parse.doc.text: a Doc rebuilds its whole text,
            # token by token, each time it is asked for it, 1 ms an article profiled)
            doc = self.nlp(" " * start + sentence_cased(sent.text), disable=["ner"])
            out.append(Reparsed(doc, parse, start, end))
        return out
