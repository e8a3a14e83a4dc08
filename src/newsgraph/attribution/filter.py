"""A filter over candidate attributions: a logistic model over a few symbolic features (the cue's lemma,
how the content was found, the kind of source, the content's length…), whose weights live in
data/filter.json. `scripts/train_attribution_filter.py` fits them on PolNeAR's train split (the
weights are statistics of which cues and constructions annotators count as attribution, not text).
Without the file, every candidate is kept.
"""

from __future__ import annotations

import bisect
import itertools
import json
import math
from functools import lru_cache
from pathlib import Path

from ..columns import column, head_list, with_child
from ..errors import InputError
from ..spans import column_sentence_starts, span_root, word_at

DEFAULT = Path(__file__).parent / "data" / "filter.json"
FIRST_PERSON = frozenset({"i", "we", "me", "us"})


def features(doc, sdoc, frame, kind: str, parts: list[tuple[int, int]], quoted: QuotedSentences | None = None) -> list[str]:
    """Symbolic features of one candidate attribution (names are stable: they key the weights; their order
    is the order the score sums them in). `quoted`: QuotedSentences(sdoc), when the caller scores many
    candidates of one document. The cue's label, children and head are read once each: every read of
    `children` or `head` makes new Token objects."""
    path = frame.path
    out = [f"path={path}", f"kind={kind}", f"class={frame.type}"]
    cue = frame.verb
    if cue is None and frame.cue is not None:
        found = span_root(sdoc, frame.cue[0], frame.cue[1])
        cue = found[0] if found is not None else None
    lemma = cue.lemma_.lower() if cue is not None else "none"
    out += [f"lemma={lemma}", f"lemma_path={lemma}|{path}", f"lemma_kind={lemma}|{kind}"]
    if cue is not None:
        dep = cue.dep_
        out += [f"dep={dep}", f"tag={cue.tag_}"]
        if cue.i in with_child(cue.doc, NEG):  # a child labelled neg (the Doc's table: no Token per child)
            out.append("neg")
        first = parts[0][0]
        out.append("order=cue_first" if cue.idx < first else "order=content_first")
    src = _source_feature(doc, sdoc, frame)
    out += [src, f"lemma_src={lemma}|{src}", f"path_src={path}|{src}"]
    if cue is not None:
        out.append(f"lemma_dep={lemma}|{dep}")
    if len(parts) == 1:  # (most contents are one stretch: the count without a generator)
        words = len(doc.text[parts[0][0]:parts[0][1]].split())
    else:
        words = sum(len(doc.text[s:e].split()) for s, e in parts)
    length = "1" if words <= 1 else "2-3" if words <= 3 else "4-7" if words <= 7 else "8-15" if words <= 15 else "16+"
    out += [f"len={length}", f"path_len={path}|{length}", f"class_src={frame.type}|{src}"]
    out.append(f"clause={frame.clause}")
    out.append(f"path_kind={path}|{kind}")
    first = word_at(sdoc, parts[0][0])  # the token of the content's first character, no Span made for it
    if first is not None:
        tok = sdoc[first]
        pos = tok.pos_
        out += [f"content_first={pos}", f"lemma_first={lemma}|{pos}"]
        if tok.ent_type_:  # "endorsed Trump", "supported Clinton": a stance towards a named actor
            out.append(f"content_ent={tok.ent_type_}")
    if cue is not None:
        governor = cue.head
        out.append(f"head_dep={dep}|{governor.pos_}")
        if dep in ("xcomp", "ccomp", "advcl", "conj", "relcl") and governor.i != cue.i:
            out.append(f"governor={governor.lemma_.lower()}")  # "refused to endorse", "decided to back"
    head = frame.subj
    if head is not None and head.pos_ == "NOUN":
        out.append(f"subj={head.lemma_.lower()}")  # "officials", "critics", "the poll", "the report"
    if first is not None:
        croot = _content_root(sdoc, parts)
        if croot is not None:
            out.append(f"croot={path}|{croot}")  # "criticized the deal" vs "faced ridicule", "declared bankruptcy"
    if cue is not None:
        prt = _particle_after(cue)
        if prt is not None:
            out.append(f"lemma_prt={lemma}|{prt}")  # "pointed to", "went after", "bristled at"
        if (QuotedSentences(sdoc) if quoted is None else quoted).holds(cue):
            out.append("sent_quote")  # a quotation mark in the cue's sentence
    return out


NEG = ("neg",)
PARTICLE_LABELS = ("prt", "prep")


def _particle_after(cue) -> str | None:
    """The lower-case form of the token right after `cue` when it is the cue's child labelled prt or prep
    ("pointed to", "went after"); else None. The child `next(c for c in cue.children if c.i == cue.i + 1 ...)`
    found from the Doc's head indices (a list of ints: indexing the uint64 HEAD column makes a numpy scalar per
    read): a Token is made only for the particle itself."""
    doc, k = cue.doc, cue.i + 1
    if k >= len(doc) or head_list(doc)[k] != cue.i:
        return None
    after = doc[k]
    return after.lower_ if after.dep_ in PARTICLE_LABELS else None


class QuotedSentences:
    """Which sentences of a parse hold a quotation mark, found once per document: `holds(token)` is
    whether the token's sentence (`token.sent`, spaCy's walk to both ends of it, 3-4 microseconds a
    candidate) has a quotation-mark token."""

    def __init__(self, sdoc):
        from spacy.attrs import IS_QUOTE

        self.sdoc = sdoc
        self.marks = column(sdoc, IS_QUOTE).nonzero()[0].tolist()  # the marks' token indices
        self.starts = column_sentence_starts(sdoc) if self.marks else [0]  # (the Doc's table, made by now)
        self.quoted = {bisect.bisect_right(self.starts, m) - 1 for m in self.marks}  # their sentences' numbers

    def holds(self, tok) -> bool:
        if not self.marks:
            return False  # (no mark in the document: no need of the token's sentence)
        if tok.doc is not self.sdoc:  # (not met: every cue is a token of the article's parse) as before
            sent = tok.sent
            k = bisect.bisect_left(self.marks, sent.start)
            return k < len(self.marks) and self.marks[k] < sent.end
        return bisect.bisect_right(self.starts, tok.i) - 1 in self.quoted


def _content_root(sdoc, parts) -> str | None:
    """Lemma of the syntactic head of the (first) content fragment, for object and noun contents."""
    found = span_root(sdoc, parts[0][0], parts[0][1], 60)
    if found is None:
        return None
    root = found[0]
    return root.lemma_.lower() if root.pos_ in ("NOUN", "PROPN", "PRON") else root.pos_


def _source_feature(doc, sdoc, frame) -> str:
    """The kind of source, from the source phrase alone (the entity is resolved after filtering)."""
    if frame.source is None:
        return "src=none"
    text = doc.text[frame.source[0]:frame.source[1]].lower()
    if text in FIRST_PERSON:
        return "src=first_person"
    if text in ("he", "she", "they", "it", "you"):
        return "src=pronoun"
    head = frame.subj
    if head is None:
        found = span_root(sdoc, frame.source[0], frame.source[1])
        if found is None:
            return "src=other"
        head = found[0]
    if head.ent_type_:
        return f"src={head.ent_type_}"
    return f"src={head.pos_}"


class Filter:
    def __init__(self, path: str | Path = DEFAULT):
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
            self.bias = float(data["bias"])
            self.threshold = float(data["threshold"])
            self.weights = {str(k): float(v) for k, v in data["weights"].items()}
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            raise InputError(str(path), f"not an attribution filter ({type(exc).__name__}: {exc})") from None

    def score(self, feats: list[str]) -> float:
        z = self.bias + sum(map(self.weights.get, feats, itertools.repeat(0.0)))  # the same sum, in order, without a generator
        return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))

    def keep(self, feats: list[str]) -> bool:
        return self.score(feats) >= self.threshold


@lru_cache(maxsize=1)
def default() -> Filter | None:
    return Filter(DEFAULT) if DEFAULT.exists() else None
