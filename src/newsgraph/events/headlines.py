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
    words = [t for t in sent if t.is_alpha]
    content = [t for t in words[1:] if t.lower_ not in STOP_WORDS]
    if len(content) < MIN_CONTENT_WORDS or not all(t.text[0].isupper() for t in content):
        return False
    return any(not t.ent_type_ or t.ent_type_ in ("ORG", "WORK_OF_ART") for t in content)


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


def reparsed_headlines(nlp, parse, kinds) -> list[Reparsed]:
    """A Reparsed for every headline-case sentence of the sections of `kinds`."""
    out = []
    text = parse.doc.text
    for sent in parse.doc.sents:
        if len(sent) > MAX_TOKENS or not headline_case(sent):
            continue
        first = next((t for t in sent if not t.is_space), None)
        if first is None or parse.kind_at(first.idx) not in kinds:
            continue
        start, end = sent.start_char, sent.end_char
        out.append(Reparsed(nlp(" " * start + sentence_cased(text[start:end])), parse, start, end))
    return out
