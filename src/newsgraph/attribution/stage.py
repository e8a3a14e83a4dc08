"""The attribution stage: quotes and attributions, who is reported as saying, writing, believing or
intending what.

1. Quotation marks (straight, curly, '' pairs, « guillemets », ‘single curly quotes’) are paired
   within each paragraph; a quote left open at the end of a paragraph runs to its end (the
   convention for quotes that go on in the next paragraph, which reopens them).
2. Each quoted passage is `direct` when it stands as a sentence of its own (it opens a paragraph
   or follows a sentence end or "said:"), `partial` when it is embedded in a sentence. Its cue
   comes from the parse: the nearest verb of saying governing the passage, else a cue around the
   marks (“…,” he said / “…,” according to X), else a paragraph-ending "X added:" before it, else the
   speaker of the quote just before (a quote continuing in the next paragraph).
3. Unmarked content comes from the cue lexicon (data/cues.tsv, module `indirect`): clauses,
   to-infinitives, objects, prepositional objects, inverted and parenthetical order, "according to",
   "in a poll/statement/book …", hearsay adverbs ("reportedly"), passives, nominal cues (with or
   without an owner) and adjective cues, headlines "Name: claim" and transcript lines "NAME: …",
   and a sentence opened by "To X," (X's view).
4. The passages of one cue make one attribution (`kind` direct/partial/mixed/indirect, `type` the
   cue's class); candidates pass the learned filter (module `filter`) and, of overlapping ones, the
   likelier stays. Only then is the source mapped to an entity (module `speakers`): pronouns and
   nominals through the actors stage's mentions; intermediaries give `on_behalf_of`; unnamed sources
   stay anonymous (speaker null, phrase kept); "told AFP" gives `reported_to`; "In a letter" `medium`.
5. `quotes[]` keeps today's sense: marked passages, and reported speech or writing given as a clause.
"""

from __future__ import annotations

import bisect
import copy
import functools
import itertools
import re

from spacy.attrs import IDX, LOWER

from ..columns import PASSIVE_LABELS, column_list, head_list, with_child, with_child_word
from ..model import Attribution, Document, Quote, Span
from ..nlp import Parse
from ..spans import column_sentence_starts, expand_bounds, expand_span, sentence_of, span_root, token_span
from ..stage import Stage, register
from . import filter as attribution_filter
from . import lexicon
from .filter import Filter, QuotedSentences, features
from .indirect import ADDRESSEE_PASSIVES, GENERIC, GENERIC_OBJ, PASSIVE_RAISING, adjective_content, as_content, agent_of, candidates, conjoined_inversion, extraposed_clause, quotative_inversion, felt_content, FELT_PARTICIPLES, passive_label, passive_subject, reduced_passive, fronted_content, hoisted_clause, document_frame, holder_content, idiom_content, noun_content, perspective, raising_content, received_stance, inverted_content, passive_content, relative_front, verb_content, list_tail, NOUN_PREPS, other_form, yielding
from .lexicon import Lexicon
from .marks import _WORD, CLOSING_MARKS, OPENING_MARKS, _is_direct, find_marked
from .speakers import (MEDIA, STATEMENT_NOUNS, WRITTEN_MEDIA, Mentions, _medium_and_outlet, _pronoun_entity, _subject, label_agent, passive_speaker,
                       phrase_span, speaker_of, subject_outside)

QUOTE_SECTIONS = ("body", "title")
QUOTE_CLASSES = ("speech", "writing")
# a verb outside the lexicon is proposed when the filter's weight for its lemma is above this: the
# lemmas annotators count as cues often enough to be kept (lower ones cost time and are dropped anyway)
GENERIC_MIN_WEIGHT = 0.0
SPEECH_PATHS = frozenset({"clause", "inverted", "colon", "according", "marked"})  # content that is reported speech  # attribution classes whose unmarked content is also a quote

# Paths whose candidates the filter does not judge when they have a source (group).
SURE_PATHS = frozenset({"stance", "holder"})
# Verbs whose subject is the speaker of what they govern (lemmas).
SAY_VERBS = frozenset("""
say tell add warn insist claim state explain note write argue ask announce declare emphasize emphasise
stress reply respond answer comment report tweet post quip continue conclude acknowledge admit confirm
deny suggest predict promise vow pledge recall allege assert maintain reiterate repeat concede caution
threaten testify inform signal indicate observe remark complain urge describe call dub label express
voice brand hail praise criticize criticise condemn accuse blame demand estimate disclose reveal
""".split())


# --- attribution ----------------------------------------------------------------------------------------

class Frame:
    """What a cue says about who is speaking: shared by every passage it attributes (one attribution)."""

    __slots__ = ("cue", "speaker", "speaker_text", "on_behalf_of", "medium", "reported_to", "source", "type", "clause", "finite",
                 "path", "verb", "subj", "unnamed", "phrased")

    def __init__(self, cue=None, speaker=None, speaker_text=None, on_behalf_of=None, medium=None, reported_to=None,
                 source=None, type="speech"):
        self.cue, self.speaker, self.speaker_text = cue, speaker, speaker_text
        self.on_behalf_of, self.medium, self.reported_to = on_behalf_of, medium, reported_to
        self.source, self.type = source, type
        self.clause = True  # its unmarked content is a clause (reported speech), not a noun phrase
        self.finite = True  # ... and that clause has a subject of its own (not "not to be named")
        self.path = "marked"  # how the content was found (the filter's features)
        self.verb = self.subj = None  # set while the speaker is still to be resolved (see resolve)
        self.unnamed = False  # a passive cue with no agent: said by someone the text does not name
        self.phrased = None  # (subj, verb) when `source` is phrase_span(subj, text, verb): resolve's own phrase

    def resolve(self, mentions: Mentions, text: str) -> Frame:
        """Map the source phrase to an entity, and find medium and outlet: done only for the candidates
        the filter keeps, as it is the costly part."""
        if self.verb is not None:
            if self.subj is not None:
                self.speaker, self.speaker_text, self.on_behalf_of, self.source = speaker_of(
                    self.subj, mentions, text, self.verb, self._phrase_known())
            self.medium, self.reported_to = _medium_and_outlet(self.verb, mentions)
            self.verb = self.subj = None
        return self

    def _phrase_known(self) -> tuple[int, int] | None:
        """`source` when from_verb found it as speaker_of would (phrase_span of this very subject Token, ending
        before this very verb), else None. Every later change of the subject puts a new Token there (an agent,
        a reporter), so the test is one of identity."""
        known = self.phrased
        return self.source if known is not None and known[0] is self.subj and known[1] is self.verb else None


def from_verb(verb, mentions: Mentions, text: str, lazy: bool = False) -> Frame:
    att = Frame(cue=(verb.idx, verb.idx + len(verb)))
    if _passive(verb) and verb.lemma_ != "quote":  # "X was quoted …" is X's own
        att.verb, att.subj = verb, passive_speaker(verb)
        att.unnamed = att.subj is None
        if att.unnamed:  # judged as the agentless passive it is, not as a quote whose speaker was missed
            att.path = "passive-bare"
    else:
        att.verb, att.subj = verb, subject_outside(verb, mentions.quoted)
    if att.subj is not None:
        att.source = phrase_span(att.subj, text, verb)
        att.phrased = (att.subj, verb)  # (resolve asks the same phrase again: see _phrase_known)
    return att if lazy else att.resolve(mentions, text)


def according_to(acc):
    """The "to" of "according to", right after it or after an aside set off by commas ("according, of
    course, to X", "according, at least, to X"); None when "according" is not this cue phrase."""
    doc = acc.doc
    if acc.lower_ != "according" or acc.i + 1 >= len(doc):
        return None
    if doc[acc.i + 1].lower_ == "to":
        return doc[acc.i + 1]
    if doc[acc.i + 1].text != ",":
        return None
    to = next((c for c in acc.rights if c.lower_ == "to"), None)
    return to if to is not None and doc[to.i - 1].text == "," else None


def from_according(acc, mentions: Mentions, text: str) -> Frame | None:
    """'according to X' / 'according to comments reported by X' / 'according to a statement from X'."""
    to = according_to(acc)
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    if pobj is None:
        return None
    att = Frame(cue=(acc.idx, to.idx + len(to)))
    head, medium = pobj, None
    if pobj.lemma_.lower() in STATEMENT_NOUNS or pobj.lower_ in STATEMENT_NOUNS:
        medium = MEDIA.get(pobj.lemma_.lower())
        inner = _by_whom(pobj)
        if inner is not None:
            head = inner
        else:
            poss = next((c for c in pobj.children if c.dep_ == "poss"), None)
            if poss is not None:
                head = poss
    att.speaker, att.speaker_text, att.on_behalf_of, att.source = speaker_of(head, mentions, text)
    if head.pos_ == "PRON":
        ent = _pronoun_entity(head, mentions)
        att.speaker = ent.id if ent else None
    att.medium = medium
    return att


def _by_whom(noun):
    """X in 'comments (reported) by X', 'a statement from X', 'remarks of X'."""
    for t in noun.subtree:
        if t.dep_ in ("agent", "prep") and t.lower_ in ("by", "from", "of") and t.head.i in (noun.i,) + tuple(
                c.i for c in noun.children if c.dep_ in ("acl", "relcl")):
            pobj = next((c for c in t.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    return None


# --- the stage ------------------------------------------------------------------------------------------


def extract(doc: Document, parse: Parse) -> list[Quote]:
    return extract_all(doc, parse)[0]


def extract_all(doc: Document, parse: Parse, flt: Filter | None | bool = True,
                collect: list | None = None, lex: Lexicon | None = None) -> tuple[list[Quote], list[Attribution]]:
    """The quotes (today's shape) and the attributions they make up. `flt`: the candidate filter (True:
    the packaged one, None/False: keep every candidate); `collect` receives (attribution, features);
    `lex`: the cue lexicon (default: the packaged one)."""
    text = doc.text
    mentions = Mentions(doc)
    marked = _marked_passages(doc, text)
    masks = [(o, c) for o, _, _, c, _ in marked]
    mentions.quoted = masks
    masked = _masker(masks)
    lex = lex or lexicon.default()
    quotes = _marked_quotes(parse.doc, text, marked, masked, mentions, lex)
    if flt is True:
        flt = attribution_filter.default()
    # without a filter to judge them, verbs outside the lexicon are not proposed
    generic = True if collect is not None else flt or False
    quotes.extend(_indirect(parse, text, masked, marked, mentions, lex, generic))
    quotes.extend(_headlines(doc, parse, mentions))
    quotes.extend(_perspectives(parse, text, masked, mentions, lex))
    quotes.extend(_title_verbs(doc, parse, mentions, lex))
    quotes.sort(key=lambda q: (q[0], -q[1]))
    out, frames = _quote_records(_carried_on(doc, parse, quotes), mentions, text)
    kept = [q for q in out if q.id]
    for n, q in enumerate(kept, 1):
        q.id = f"q{n}"
    return kept, group(doc, parse.doc, out, frames, mentions, flt or None, collect, lex)


def _marked_passages(doc: Document, text: str) -> list[tuple[int, int, int, int, int]]:
    """(open, content start, content end, close end, paragraph start) of every passage in quotation marks of
    the sections quotes are looked for in: found first, since every later step asks whether it is inside one."""
    marked = []
    for sec in doc.sections:
        if sec.kind in QUOTE_SECTIONS:
            marked.extend((o, cs, ce, c, sec.start) for o, cs, ce, c in find_marked(text, sec.start, sec.end))
    return marked


def _masker(masks: list[tuple[int, int]]):
    """Whether a character lies inside a marked passage (`masks`: (open, close end), in text order): asked of
    every cue candidate, so answered by a bisection of the passages' starts."""
    mask_starts = [a for a, _ in masks]

    def masked(i: int) -> bool:  # the marks do not nest: the last passage opened before i is the only one
        k = bisect.bisect_right(mask_starts, i) - 1
        return k >= 0 and i < masks[k][1]
    return masked


def _marked_quotes(sdoc, text: str, marked: list, masked, mentions: Mentions, lex: Lexicon) -> list:
    """(start, end, kind, frame or None) of the marked passages that are speech: a direct quote, or a partial one
    with a cue (scare quotes and titles left out); a partial quote led by its cue's object adds that lead."""
    quotes: list[tuple[int, int, str, Frame | None]] = []
    for o, cs, ce, c, para in marked:
        direct = _is_direct(text, para, o, cs)
        att = _attribute_marked(sdoc, text, o, cs, ce, c, para, masked, mentions, lex if not direct else None, lex)
        nwords = len(_WORD.findall(text, cs, ce))
        if att is not None and not direct and _unsaid_term(text, att, nwords):
            att = None
        if att is None and not direct and nwords <= 3:
            continue  # scare quotes or a title, not speech
        if not direct and _composition_title(text, para, o, cs, ce):
            continue  # NBC's “Meet the Press”: the name of a programme, not words anyone said
        quotes.append((cs, ce, "direct" if direct else "partial", att))
        lead = _object_lead(sdoc, att.cue, cs) if att is not None and att.cue and not direct else None
        if lead is not None:  # not a quote of its own: a copy that is no finite clause (see as_quote)
            piece = copy.copy(att)
            piece.finite = False
            quotes.append((lead, cs, "indirect", piece))
    return quotes


def _unsaid_term(text: str, att: Frame, nwords: int) -> bool:
    """"the so-called “peace plan”": a cue without a speaker is no attribution of a short or so-called partial
    quote; a passive one says someone said it ("what has been called the “Golden Week”")."""
    return (nwords <= 3 or _so_called(text, att.cue)) and att.speaker is None and att.speaker_text is None \
        and not (att.unnamed and not _so_called(text, att.cue))


def _carried_on(doc: Document, parse: Parse, quotes: list) -> list:
    """`quotes` (in text order) with a frame each: a quote with no cue of its own goes on from the speech just
    before it (same or next paragraph): 'X said members would strike. “We have been patient…”'."""
    text = doc.text
    filled = []
    prev: tuple[Frame, int] | None = None
    for s, e, kind, att in quotes:
        sec = parse.section_at(s)  # (asked once: a bisection of the sections)
        para = sec.start if sec else -1
        if att is None:
            if kind == "direct" and prev is not None and _near_paragraph(doc, prev[1], para) and _utterance(text, s, e):
                att = prev[0]
            else:
                att = Frame()
        elif (att.speaker is not None or att.speaker_text or att.subj is not None) and \
                (kind != "indirect" or (att.type in QUOTE_CLASSES and att.path in SPEECH_PATHS)):
            prev = (att, para)  # speech a quote can go on from (not "speaking of X", "wants to …")
        filled.append((s, e, kind, att))
    return filled


def _quote_records(quotes: list, mentions: Mentions, text: str) -> tuple[list[Quote], list[Frame]]:
    """A Quote and its frame for each distinct (start, end, cue): the Quote keeps today's sense (id "q" when it
    is what was said or written, "" for beliefs, intentions and generic cues, which only the attributions
    keep); the frames of those said are resolved to their speakers."""
    out, frames = [], []
    seen = set()
    for s, e, kind, att in quotes:
        if (s, e, att.cue) in seen:
            continue
        seen.add((s, e, att.cue))
        # a clause with a subject of its own ("asked not to be named", "attacked shipping" are not speech)
        as_quote = kind != "indirect" or (att.type in QUOTE_CLASSES and att.finite and not att.path.startswith("generic"))
        if as_quote:
            att.resolve(mentions, text)
        frames.append(att)
        out.append(Quote(id="q" if as_quote else "", start=s, end=e, text=text[s:e], kind=kind,
                         cue=Span(start=att.cue[0], end=att.cue[1], text=text[att.cue[0]:att.cue[1]]) if att.cue else None,
                         speaker=att.speaker, speaker_text=att.speaker_text, on_behalf_of=att.on_behalf_of,
                         medium=att.medium, reported_to=att.reported_to))
    return out, frames


def group(doc: Document, sdoc, quotes: list[Quote], frames: list[Frame], mentions: Mentions,
          flt: Filter | None = None, collect: list | None = None, lex: Lexicon | None = None) -> list[Attribution]:
    """One attribution per cue: the passages a cue (or the cue they continue from) attributes, merged;
    candidates the filter scores below its threshold are left out."""
    text = doc.text
    groups: dict[object, list[int]] = {}
    for i, (q, f) in enumerate(zip(quotes, frames)):
        key = f.cue if f.cue else ("frame", id(f))  # a frame without a cue is shared only by continuations
        groups.setdefault(key, []).append(i)
    out = []
    cands = [(frames[idx[0]], idx, _union([(quotes[i].start, quotes[i].end) for i in idx])) for idx in groups.values()]
    judged = flt is not None or collect is not None
    held = _holders(cands, cue_starts(cands)) if judged else None  # (which contents hold each cue, for _nesting)
    quoted = QuotedSentences(sdoc) if judged else None  # for features
    scored, dropped = [], []
    for f, idx, parts in cands:
        kinds = {quotes[i].kind for i in idx}
        kind = (kinds.pop() if len(kinds) == 1 else "mixed" if "direct" in kinds and "indirect" in kinds
                else "partial" if "indirect" in kinds else "direct")
        feats = features(doc, sdoc, f, kind, parts, quoted) + _nesting(f, held) if judged else []
        # a stance received from a named holder ("drew criticism from Democrats") or said of its holder ("X is
        # a critic of Y") is kept whatever the filter says (fitted before these paths existed, it scores them
        # by features of other constructions), unless it lies in the content of a lexicon cue ("assumed that
        # X had the backing of Y")
        sure = f.path in SURE_PATHS and f.source is not None and "nested_known" not in feats
        score = flt.score(feats) if flt is not None else 1.0  # once: keep() would score again
        if flt is not None and score < flt.threshold and not sure:
            if "nested" in feats:
                dropped.append((f, idx, parts, kind, feats))
            continue
        scored.append((max(score, flt.threshold) if sure and flt is not None else score, f, idx, parts, kind, feats))
    if dropped:
        scored.extend(_unnested(dropped, scored, flt, held))
    if flt is not None:
        scored = _univocal(scored, text, sdoc)
    for _, f, idx, parts, kind, feats in sorted(scored, key=lambda x: x[3][0]):
        f.resolve(mentions, text)
        cue = f.cue
        if f.path == "generic-obj":
            cue, parts = _light_verb_noun(sdoc, cue, parts, lex or lexicon.default())
        parts = [_with_marks(text, a, b) for a, b in _with_complementiser(sdoc, parts)]
        parts = _without_own_words(text, sdoc, parts, cue, f.source)
        parts = _without_participle_tail(text, sdoc, parts, cue)
        sp = lambda a: Span(start=a[0], end=a[1], text=text[a[0]:a[1]]) if a else None  # noqa: E731
        out.append(Attribution(id=f"a{len(out) + 1}", kind=kind, type=_delivered_type(f),
                               content=[sp(p) for p in parts], cue=sp(cue), source=sp(f.source),
                               speaker=f.speaker, speaker_text=f.speaker_text, on_behalf_of=f.on_behalf_of,
                               medium=f.medium, reported_to=f.reported_to,
                               quotes=[quotes[i].id for i in idx if quotes[i].id]))
        if collect is not None:
            collect.append((out[-1], feats))
    return out


def _delivered_type(f: Frame) -> str:
    """The attribution's class: the cue's, except that speech delivered in a written medium is writing ("said in a
    statement", "according to a letter from X"; docs/schema.md). Read after the filter, whose `class=` features
    were fitted on the cue's own class, and after resolve, which finds the medium."""
    return "writing" if f.type == "speech" and f.medium in WRITTEN_MEDIA else f.type


def _with_complementiser(sdoc, parts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Content fragments opened by the complementiser "that" of the clause they are ("said [that the plan
    failed]"): the clause a verb or noun reports is "that S", as it is "whether S" or "if S" (which the
    content finders already start at), and PolNeAR's content starts there (train: 2,183 of 2,212 weighted gold
    contents of such a clause). The finders cut it off for quotes[], whose indirect text stays the bare
    clause; only the attribution's content takes it back, after the filter has judged the candidate."""
    out = []
    for a, b in parts:
        first = expand_bounds(sdoc, a, a + 1)  # where the one-character span at `a` starts, without making it
        m = sdoc[first[0] - 1] if first is not None and first[0] > 0 else None
        if m is not None and m.dep_ == "mark" and m.lower_ == "that" and a <= m.head.idx < b:
            a = m.idx
        out.append((a, b))
    return out


def _with_marks(text: str, a: int, b: int) -> tuple[int, int]:
    """A content fragment with the quotation marks of its quoted words and the punctuation inside the closing
    one: a quoted passage ("[“We lost,”] the coach said") and a content ending in a quoted phrase ("called
    [it “a farce.”]"). PolNeAR's contents take them (train's study half, per annotation file: 2,340 gold contents
    start with a quotation mark, 23 just after one), so a short quote without them misses the 0.8 overlap. The
    passages (quotes[]) keep their words alone; only the attribution's content widens, after the filter has
    judged it, as `_with_complementiser`."""
    widened = True
    if a >= 2 and text.startswith("''", a - 2):
        a -= 2
    elif a > 0 and text[a - 1] in OPENING_MARKS:
        a -= 1
    else:
        widened = False
    if not (widened or _left_open(text[a:b])):
        return a, b
    e = b
    while e < len(text) and e - b < 2 and text[e] in ",.?!":  # "…,”" / "…?”" / "…!,”"
        e += 1
    if text.startswith("''", e):
        return a, e + 2
    if e < len(text) and text[e] in CLOSING_MARKS:
        return a, e + 1
    return a, b


# the cue verb's own group: auxiliaries, negation and adverbs between its subject and it ("was widely expected")
_CUE_GROUP = frozenset({"aux", "auxpass", "neg", "advmod"})


def _without_own_words(text: str, sdoc, parts: list[tuple[int, int]], cue, source) -> list[tuple[int, int]]:
    """Content fragments with their own cue and source cut out: PolNeAR is univocal (a token is source, cue,
    content or none), so where the cue stands among the reported words, as a raising passive ("[the bridge]
    is expected [to open]"), "seems" ("[the witness] seemed [nervous]") or a relative ("[which] he described
    as [“a tribute”]") put it, the content is the words on each side (train's study half: 84 weighted pairs
    under 0.8 ran over their cue). The cut takes the cue's verb group (auxiliaries, "not", adverbs before
    it). A source opening a fragment stays: the subject of "seems" is what seems, which the content keeps.
    A content that would be left empty keeps its words."""
    if not cue:
        return parts
    group = _cue_group(sdoc, cue)
    out = []
    for s, e in parts:
        holes = [group] + ([tuple(source)] if source and s < source[0] < e else [])
        pieces = [(s, e)]
        for a, b in holes:
            pieces = [q for x, y in pieces for q in _outside(text, x, y, a, b)]
        out.extend(pieces)
    return out or parts


# a clause after the cue that is the speaker's next act, not the report: "…,” she said, [referring to] “X”
_TAIL_DEPS = frozenset({"advcl", "xcomp", "conj"})
# a participle clause has no subject or auxiliary of its own ("…, but Obama is giving them “…”" is a clause)
_FINITE_DEPS = frozenset({"aux", "auxpass", "nsubj", "nsubjpass"})


def _without_participle_tail(text: str, sdoc, parts: list[tuple[int, int]], cue) -> list[tuple[int, int]]:
    """Content fragments without a quoted phrase that stands inside a participle clause trailing the cue
    ("“We will not sign,” the minister said, referring to the “rules of origin”"): the phrase is what the
    participle (referring, calling, dismissing …) reports, and PolNeAR gives it that attribution, not the
    main quote's (train's study half: 7 of 11 weighted such fragments; 2 joined, 2 none). A fragment after a
    colon ("…, recalling: “…”") is a quote the participle introduces and stays. Only the attribution's
    content changes; quotes[] keeps its passages. A content left empty keeps its words."""
    if not cue or len(parts) < 2:
        return parts
    found = span_root(sdoc, *cue)  # (root token, first token) of the cue widened to whole tokens
    if found is None:
        return parts
    out = [(a, b) for a, b in parts if not _in_participle(text, sdoc, found[0], cue[1], a)]
    return out or parts


def _in_participle(text: str, sdoc, verb, cue_end: int, a: int) -> bool:
    """Whether the fragment starting at a lies inside an -ing clause that hangs on the cue's verb after it."""
    first = expand_bounds(sdoc, a, a + 1)  # where the one-character span at `a` starts, without making it
    if first is None:
        return False
    for anc in sdoc[first[0]].ancestors:  # the participle itself opens no fragment it reports
        if anc.head.i == verb.i and anc.i != verb.i and anc.tag_ == "VBG" and anc.dep_ in _TAIL_DEPS:
            return cue_end <= anc.idx < a and ":" not in text[anc.idx:a] \
                and not any(c.dep_ in _FINITE_DEPS for c in anc.children)
    return False


def _outside(text: str, s: int, e: int, a: int, b: int) -> list[tuple[int, int]]:
    """The words of text[s:e] on each side of text[a:b], without the spaces and commas at the cut; a side
    with no word goes."""
    if b <= s or e <= a:
        return [(s, e)]
    left, right = text[s:max(s, a)].rstrip(" ,"), text[min(e, b):e].lstrip(" ,")
    return [(x, y) for x, y in ((s, s + len(left)), (e - len(right), e)) if any(ch.isalnum() for ch in text[x:y])]


def _cue_group(sdoc, cue: tuple[int, int]) -> tuple[int, int]:
    """The cue's span widened leftwards over its verb's auxiliaries, negation and adverbs just before it."""
    found = span_root(sdoc, *cue)
    if found is None:
        return cue
    head, i = found
    while i > 0 and sdoc[i - 1].head.i == head.i and sdoc[i - 1].dep_ in _CUE_GROUP:
        i -= 1
    return sdoc[i].idx, cue[1]


def _left_open(frag: str) -> bool:
    """Whether a stretch of text opens a double quotation mark it does not close (single curly marks are
    apostrophes too, so they are not counted)."""
    return frag.count("“") > frag.count("”") or frag.count("«") > frag.count("»") \
        or frag.count('"') % 2 == 1 or frag.count("''") % 2 == 1


def _light_verb_noun(sdoc, cue: tuple[int, int], parts: list[tuple[int, int]], lex: Lexicon):
    """(cue, content) of a verb outside the lexicon whose object content is a noun of the lexicon with its own
    preposition ("raised questions about X", "made comments about X", "launched an attack on X"): a support
    verb, whose noun carries the report as it does standing alone ("questions about X", `noun_content`), so the
    cue runs over the noun to its preposition and the content is the preposition's object, as PolNeAR marks
    them (train, verbs outside the lexicon with such an object: 148.0 weighted gold contents at the
    preposition's object, 26.8 at the whole object). A lexicon verb keeps its object whole ("criticized the
    demands of …"). Settled after the filter judged the candidate, as `_with_complementiser`."""
    v = expand_span(sdoc, cue[0], cue[1])
    obj = next((c for c in v[0].children if c.dep_ in ("dobj", "obj")), None) if v is not None else None
    if obj is None or obj.lemma_ not in lex.nouns or obj.left_edge.idx != parts[0][0]:
        return cue, parts
    for c in obj.children:
        if c.dep_ == "prep" and c.i > obj.i and c.lower_ in NOUN_PREPS:
            x = next((x for x in c.children if x.dep_ in ("pobj", "pcomp")), None)
            if x is not None and x.left_edge.idx < parts[0][1]:
                return (cue[0], c.idx + len(c)), [(x.left_edge.idx, parts[0][1])] + parts[1:]
            break
    return cue, parts


def _unnested(dropped: list, scored: list, flt: Filter, held: dict[int, tuple[list, list]]) -> list:
    """Candidates dropped for lying inside another candidate's content, judged again without that when
    no such container was kept: "…, who won the presidency when he claimed that the era of big government
    was over" (the clause of "won", a verb outside the lexicon, is rejected; "claimed" is not inside a
    kept attribution, so it is no one else's nested words). `held`: group's `_holders(cands, ...)`."""
    kept = {id(x[1]) for x in scored}
    out = []
    for f, idx, parts, kind, feats in dropped:
        if f.cue is None or _kept_holder(f, kept, held):
            continue
        plain = [x for x in feats if x not in ("nested", "nested_known")]
        score = flt.score(plain)
        if score >= flt.threshold:
            out.append((score, f, idx, parts, kind, plain))
    return out


def _kept_holder(f: Frame, kept: set[int], held: dict[int, tuple[list, list]]) -> bool:
    """Whether the content of another candidate that was kept (its frame's id in `kept`) holds `f`'s cue start:
    read from `held` (`_holders`: the frames whose content holds each candidate's cue, the search made once for
    `_nesting`; the tests keep the search over every candidate's content as its oracle)."""
    for g in held.get(id(f), _HOLDS_NOTHING)[0]:  # (a loop: a candidate has few holders)
        if id(g) in kept:
            return True
    return False


def _univocal(scored: list, text: str | None = None, sdoc=None) -> list:
    """Each stretch of text in one attribution at most (as annotators mark them): of two kept candidates
    whose contents overlap by half the shorter, or one of whose cues lies in the other's content, the
    likelier stays. With `text` and the parse, a content holding the cue of another kept candidate that
    is the speaker's next act (a coordinated verb, see _next_act) first gives up that candidate's words
    (its source, cue and content): annotators never nest one attribution in another, they end the first
    where the second begins, and both stay."""
    kept: list[list] = []
    reaches: list[tuple] = []  # each kept one's _reach when kept (a later cut only narrows its content)
    for item in sorted(scored, key=lambda x: -x[0]):
        item = list(item)
        lo, hi = _reach(item[1], item[3])
        changed: dict[int, list] = {}  # kept index -> its content with the new candidate's words cut out
        clash = False
        for k, other in enumerate(kept):
            if reaches[k][1] <= lo or hi <= reaches[k][0]:
                continue  # (apart: they cannot clash, see _reach)
            ps = changed.get(k, other[3])
            if not _clashes(item[1], item[3], other[1], ps):
                continue
            cut = None
            if text is not None:
                if _holds(ps, item[1]) and _next_act(sdoc, item[1], other[1]):  # the kept content holds the new cue
                    cut = ("kept", _cut_out(text, ps, _region(sdoc, item[1], item[3], ps)))
                elif _holds(item[3], other[1]) and _next_act(sdoc, other[1], item[1]):  # the new content holds a kept cue
                    cut = ("new", _cut_out(text, item[3], _region(sdoc, other[1], ps, item[3])))
            if cut is None or not cut[1]:
                clash = True
                break
            if cut[0] == "kept":
                ps = cut[1]
            else:
                item[3] = cut[1]
            if _clashes(item[1], item[3], other[1], ps):
                clash = True
                break
            if cut[0] == "kept":
                changed[k] = ps
        if not clash:
            for k, ps in changed.items():
                kept[k][3] = ps
            kept.append(item)
            reaches.append((lo, hi))
    return [tuple(x) for x in kept]


_EVERYWHERE = (float("-inf"), float("inf"))


def _reach(f: Frame, parts: list) -> tuple:
    """The stretch of text from the first to the last character of a candidate's content and cue start: two
    candidates whose stretches do not meet cannot clash (_clashes asks for an overlap of the contents or a cue
    start inside the other's content), so _univocal passes over them without asking. A content of no length
    clashes with every candidate (half of nothing is always met): its stretch is everywhere."""
    n, lo, hi = 0, _EVERYWHERE[1], _EVERYWHERE[0]
    for a, b in parts:  # (one loop, no generators: asked of every candidate _univocal judges)
        n += b - a
        if a < lo:
            lo = a
        if b > hi:
            hi = b
    if n <= 0:
        return _EVERYWHERE
    if f.cue is not None:
        lo, hi = min(lo, f.cue[0]), max(hi, f.cue[0] + 1)
    return lo, hi


def _next_act(sdoc, f: Frame, outer: Frame | None = None) -> bool:
    """True when `f`'s cue is a verb the parser coordinated with another ("confirmed X but would not offer
    details of Y", "blamed X and cast Y as Z"): the speaker's next act, which ends what the other verb
    attributes. Other cues inside a content (clauses, relatives, infinitives) stay with it: annotators
    keep most of them whole (splitting on those lost on PolNeAR train). Nor is it the next act of the
    `outer` cue's speaker when their forms differ ("says X is hiding it and denying …": indirect.other_form)."""
    if sdoc is None or f.cue is None:
        return False
    span = expand_span(sdoc, f.cue[0], f.cue[1])
    if span is None or len(span) == 0 or span.root.dep_ != "conj" or span.root.pos_ not in ("VERB", "AUX"):
        return False
    cue = expand_span(sdoc, outer.cue[0], outer.cue[1]) if outer and outer.cue else None
    return not (cue is not None and len(cue) > 0 and other_form(span.root, cue.root))


def _clashes(f: Frame, parts: list, g: Frame, ps: list) -> bool:
    if len(parts) == 1 and len(ps) == 1:  # most contents are one stretch: the sums below without generators
        (a, b), (c, d) = parts[0], ps[0]
        n, m, ov = b - a, d - c, max(0, min(b, d) - max(a, c))
    else:
        n, m = sum(b - a for a, b in parts), sum(b - a for a, b in ps)
        ov = sum(max(0, min(b, d) - max(a, c)) for a, b in parts for c, d in ps)
    return ov * 2 >= min(n, m) or _holds(parts, g) or _holds(ps, f)


def _holds(parts: list, f: Frame) -> bool:
    if f.cue is None:
        return False
    at = f.cue[0]
    for a, b in parts:  # (a loop, not any() over a generator: asked of every pair of kept candidates)
        if a <= at < b:
            return True
    return False


def _region(sdoc, f: Frame, parts: list, container: list) -> tuple[int, int]:
    """The characters an attribution takes inside another's content: its cue with the words on its left
    that hang on it ("would not offer"), its content, and its source when that lies inside the other
    content, not before it."""
    start = min(f.cue[0], parts[0][0])
    span = expand_span(sdoc, f.cue[0], f.cue[1])
    first = span.root.left_edge.idx if span is not None and len(span) else start
    for s in (first, f.source[0] if f.source is not None else start):
        if container[0][0] < s < start:
            start = s
    return start, max(f.cue[1], parts[-1][1])


# words that join the attribution cut out to what is left before it ("X and", "X, which", "X before")
JOINERS = frozenset({"and", "but", "or", "while", "whereas", "before", "after", "as", "which", "who", "whom",
                     "that", "because", "then", "also", "with", "even", "though", "although", "since"})


def _cut_out(text: str, parts: list, region: tuple[int, int]) -> list[tuple[int, int]]:
    """`parts` without the characters of `region`, each piece trimmed of punctuation and joining words
    at its edges; pieces shorter than two characters go."""
    out = []
    for a, b in parts:
        for s, e in ((a, min(b, region[0])), (max(a, region[1]), b)):
            if e - s < 2:
                continue
            s, e = _trim(text, s, e)
            while True:
                m = re.search(r"(?:^|\W)(\w+)\W*$", text[s:e])
                if m is None or m.group(1).lower() not in JOINERS:
                    break
                s, e = _trim(text, s, s + m.start(1))  # a piece that is only a joining word goes
            if e - s >= 2:
                out.append((s, e))
    return out


def cue_starts(cands: list) -> list[tuple[int, int, bool]]:
    """Every candidate's cue start with its frame's id and whether it is a generic proposal, sorted
    (what _holders looks cues up in)."""
    return sorted((g.cue[0], id(g), g.path.startswith("generic")) for g, _, _ in cands if g.cue is not None)


def _nesting(f: Frame, held: dict[int, tuple[list, list]]) -> list[str]:
    """Whether the cue lies inside another candidate's content ("said he wants to …": annotators mark
    the outer attribution), and whether this content holds another candidate's cue. Each also as `_known`
    when the other candidate's cue is in the lexicon: a verb outside it is seldom kept, and a clause inside
    its object ("tried to suggest it would …") may still be an attribution. `held`: `_holders(cands, cues)`,
    made once for the group (the tests keep the search of every other candidate's content as its oracle)."""
    holders, inner = held.get(id(f), _HOLDS_NOTHING)
    outer = _holder_kind(holders)
    out = []
    if outer:
        out.append("nested")
        if outer is _KNOWN:
            out.append("nested_known")
    if inner:
        out.append("nests")
        if not all(inner):
            out.append("nests_known")
    return out


_HOLDS_NOTHING: tuple[list, list] = ((), ())


def _cues_in(cues: list[tuple[int, int, bool]], a: int, b: int) -> tuple[int, int]:
    """The index range of the cues (sorted, cue_starts) that start in [a, b): frame ids are positive, so
    (x, -1, False) sorts before every cue starting at x."""
    return bisect.bisect_left(cues, (a, -1, False)), bisect.bisect_left(cues, (b, -1, False))


def _holders(cands: list, cues: list[tuple[int, int, bool]]) -> dict[int, tuple[list, list]]:
    """Every candidate's frame id -> (the frames of the other candidates whose content holds its cue start, whether
    each other cue its own content holds is a generic proposal): each content fragment looks up the cues inside it
    once (a bisection of the sorted starts), instead of each candidate searching every other's content (what the
    tests do, as the oracle: attrutil.held_by_search)."""
    held: dict[int, tuple[list, list]] = {}
    for g, _, ps in cands:
        me = id(g)
        for a, b in ps:
            for k in range(*_cues_in(cues, a, b)):
                _, who, generic = cues[k]
                if who != me:
                    held.setdefault(who, ([], []))[0].append(g)
                    held.setdefault(me, ([], []))[1].append(generic)
    return held


def _holder_kind(holders: list | None) -> str | None:
    """From the frames whose content holds a cue (`_holders`): _KNOWN when one of them is a lexicon cue's, else
    _GENERIC_ONLY, else (none) None."""
    if not holders:
        return None
    return _KNOWN if any(not g.path.startswith("generic") for g in holders) else _GENERIC_ONLY


_KNOWN, _GENERIC_ONLY = "known", "generic"


def _union(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[list[int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return [(s, e) for s, e in out]


# a quoted stretch this short that no sentence end closes is a name, title or term in the writer's sentence
UTTERANCE_MIN_WORDS = 4
UTTERANCE_TAIL = " ,”“\"'’‘»«"  # what may follow a sentence end inside the passage


def _utterance(text: str, s: int, e: int) -> bool:
    """Whether the quoted words text[s:e], standing where a sentence starts, can go on from the speech before
    them: an utterance. PolNeAR's content is what the source said; a further passage of it is a sentence of its
    own ("“Not yet.”", "“So, who?”"). Two or three words in marks with no sentence end inside them are a name,
    title or term the writer's own sentence goes on about ("“Harbor Lights,” the series, …", "“Backsliding” is the
    word …"), not words the speaker went on to say (issue 12, session 44: docs/accuracy.md)."""
    words = _WORD.findall(text, s, e)
    # (a mark after the stop, closing or a mistyped opening one, as a passage left open to the paragraph's end has)
    return len(words) >= UTTERANCE_MIN_WORDS or text[s:e].rstrip(UTTERANCE_TAIL).endswith((".", "?", "!"))


def _near_paragraph(doc: Document, prev_para: int, para: int) -> bool:
    """True when `para` is the paragraph of the previous quote or the body paragraph right after it."""
    if prev_para == para:
        return True
    bodies = [s.start for s in doc.sections if s.kind == "body"]
    try:
        return bodies.index(para) - bodies.index(prev_para) == 1
    except ValueError:
        return False


def _attribute_marked(sdoc, text, o, cs, ce, c, para, masked, mentions, lex: Lexicon | None,
                      cues: Lexicon | None = None) -> Frame | None:
    """The frame of a marked passage; `lex`: the lexicon for cues governing a quote inside a sentence (None
    for a direct quote), `cues`: the lexicon for a paragraph-ending colon before it. The places a cue is looked
    for, in the order they win: (1) a verb governing the passage, (2) the words after and before the marks,
    (3) a paragraph ending in a colon before a quote that opens its own."""
    span = expand_span(sdoc, cs, ce)
    if span is None or len(span) == 0:
        return None
    say, near, near_cue = _governing_cue(span, text, ce, c, masked, lex, cues)
    if say is not None:
        return from_verb(say, mentions, text)
    if near is not None and lex is not None:
        return _near_frame(near, near_cue, mentions, text)
    after, before = _words_around(sdoc, text, o, ce, c, para, masked)
    f = _said_around(after, before, mentions, text)
    if f is None and near is not None:
        # a direct quote's speech verb outside SAY_VERBS, after those: '“…,” the station quoted the mayor as
        # saying' is the mayor's ("saying"), not the station's
        return _near_frame(near, near_cue, mentions, text)
    if f is None:
        f = _framed_around(after, before, cues, mentions, text)
    if f is None and text[para:o].strip() == "":
        return _after_colon_paragraph(sdoc, text, c, para, masked, mentions, cues)
    return f


def _governing_cue(span, text: str, ce: int, c: int, masked, lex: Lexicon | None, cues: Lexicon | None) -> tuple:
    """(a verb of saying governing the passage, else None; the lexicon cue nearest above it, its entry): the walk
    up from the first token whose head lies outside the passage, outside the marks, at most six steps. The cue
    near it counts only for a quote inside a sentence (`lex` given: "attacked “the hateful ideology …”"), or
    after every other cue; a quote standing as a sentence the parser hung on the sentence before goes on
    from the speech before it."""
    near = near_cue = None
    out = _head_outside(span)
    if out is None:
        return None, near, near_cue
    h, steps = span.doc[out], 0
    while steps < 6:
        if not masked(h.idx) and h.pos_ in ("VERB", "AUX"):
            if h.lemma_ in SAY_VERBS and not _introduces_next(text, ce, c, h, masked) \
                    and not _reports_own_after(text, ce, c, h, masked):
                return h, near, near_cue
            cue = _quote_cue(h, lex, cues) if near is None and steps < 2 and not _passive(h) else None
            if cue is not None and (lex is not None or not _introduces_next(text, ce, c, h, masked)) \
                    and not _reports_own_after(text, ce, c, h, masked):
                near, near_cue = h, cue
        if h.head.i == h.i:
            break
        h, steps = h.head, steps + 1
    return None, near, near_cue


def _head_outside(span) -> int | None:
    """The index of the head of the first token of `span` whose head lies outside it (where the walk up from a
    passage starts), None when every head is inside. Read from the Doc's head indices: `tok.head` over the passage
    made two Tokens a word up to that one (16 a passage on BBC articles)."""
    heads, start, end = head_list(span.doc), span.start, span.end
    for i in range(start, end):
        if not start <= heads[i] < end:
            return heads[i]
    return None


def _near_frame(near, near_cue, mentions: Mentions, text: str) -> Frame:
    """The frame of the lexicon cue right above a passage, typed by its lexicon entry."""
    f = from_verb(near, mentions, text)
    f.type = near_cue.cls
    return f


def _words_around(sdoc, text: str, o: int, ce: int, c: int, para: int, masked) -> tuple[list, list]:
    """The tokens of the passage's sentence after the closing mark (up to a verb that introduces the next quote
    or reports the writer's own words after it) and before the opening one, nearest first."""
    after = _frame_after(sdoc, text, c, masked)
    cut = next((k for k, t in enumerate(after) if t.pos_ in ("VERB", "AUX") and (
        _introduces_next(text, ce, c, t, masked) or _reports_own_after(text, ce, c, t, masked))), None)
    after = after[:cut] if cut is not None else after
    return after, _frame_before(sdoc, text, o, para, masked)


def _said_around(after: list, before: list, mentions: Mentions, text: str) -> Frame | None:
    """The frame of an "according to" phrase, else of an active verb of saying, in the words after the passage,
    then before it: the cues that win over a governing cue outside SAY_VERBS."""
    for toks in (after, before):
        for t in toks:
            if according_to(t) is not None:
                att = from_according(t, mentions, text)
                if att is not None:
                    return att
        for t in toks:
            if t.lemma_ in SAY_VERBS and t.pos_ in ("VERB", "AUX") and not _passive(t):
                return from_verb(t, mentions, text)
    return None


def _framed_around(after: list, before: list, cues: Lexicon | None, mentions: Mentions, text: str) -> Frame | None:
    """The weaker frames around the passage, after the verbs of saying: a speech verb of the lexicon, a name
    before the colon opening it ('… - Jeffrey M. Jones: “…”'), or any verb of manner framing it ('“This is
    fantastic!” beamed Hartley', 'Trump boomed: “…”')."""
    for toks in (after, before):
        f = _nearest_speech_verb(toks, cues, mentions, text)
        if f is not None:
            return f
    named = _named_colon(before, mentions)
    if named is not None:
        return named
    verb = _manner_verb(after[:4], before)
    return from_verb(verb, mentions, text) if verb is not None else None


def _after_colon_paragraph(sdoc, text: str, c: int, para: int, masked, mentions: Mentions,
                           cues: Lexicon | None) -> Frame | None:
    """A paragraph opened by the quote, after one ending "…, the governor added:" (its cue, else the name before
    its colon: "More from Senator Lopez:"), else the credit line after the quote."""
    sent = _colon_sentence(sdoc, text, para, masked)
    verb = _colon_cue(sent, masked, cues)
    if verb is not None:
        return from_verb(verb, mentions, text)
    named = _named_colon(sent, mentions)
    if named is not None:
        return named
    return _credit_line(text, c, mentions)


CREDIT_DASHES = "-–—"
_CREDIT = re.compile(rf"[ \t]*\n\s*([{CREDIT_DASHES}])[ \t]*")


def _credit_line(text: str, close: int, mentions: Mentions) -> Frame | None:
    """A quote standing as a paragraph of its own, followed by a line opened by a dash and a name
    ("“…”\n\n-Anna Lopez, Dover."): the credit line of a quotation names its speaker (the dash the cue)."""
    m = _CREDIT.match(text, close)
    if m is None:
        return None
    start = m.end()
    # (the tokenizer may keep the dash on the name: "-Anna Lopez" is then the mention; a mention starting
    # there is the name, whatever its length)
    found = [x for x in mentions.starting(m.start(1), start + 1) if x[0] in (m.start(1), start)
             and x[3].type in ("PERSON", "ORG")]
    if not found:
        return None
    _, e, _, ent = max(found, key=lambda x: x[1])
    f = Frame(cue=(m.start(1), m.end(1)), speaker=ent.id, speaker_text=text[start:e], source=(start, e))
    f.path = "colon"
    return f


def _quote_cue(verb, lex: Lexicon | None, cues: Lexicon | None):
    """The lexicon cue of a verb governing a marked passage: any cue for a quote inside a sentence; for a
    direct quote a verb of speaking or writing only ("He later lamented, “…”", "As Byler pointed out in December,
    “…”", "At the bottom it reads, “…”"): a speech verb outside SAY_VERBS that takes a whole
    quote as its object still names who says it, while a thought or stance verb does not quote anyone."""
    if lex is not None:
        return lex.verb(verb)
    cue = cues.verb(verb) if cues is not None else None
    return cue if cue is not None and cue.cls in QUOTE_CLASSES else None


def _nearest_speech_verb(toks: list, cues: Lexicon | None, mentions: Mentions, text: str) -> Frame | None:
    """The verb nearest a quote's mark, when it is a lexicon verb of speaking or writing with a subject:
    "As Byler pointed out in December, “…”", "At the bottom it reads, “…”" (the parser often makes such a
    verb an aside of the quote's own clause, so nothing governs the passage)."""
    verb = next((t for t in toks if t.pos_ == "VERB"), None)
    cue = _quote_cue(verb, None, cues) if verb is not None and not _passive(verb) else None
    if cue is None or _subject(verb) is None:
        return None
    f = from_verb(verb, mentions, text)
    f.type = cue.cls
    return f


LEAD_DEPS = frozenset({"dobj", "obj", "oprd", "dep", "nmod", "xcomp"})


def _object_lead(sdoc, cue: tuple[int, int], cs: int) -> int | None:
    """Start of the words before a partial quote that the cue's object holds with it ("called
    both Trump and Clinton “crazy”", "described Trump as “a sociopath”"; "said the plan was “a
    disaster”" is the clause path's): annotators make the whole object the content. None when the quote
    opens it."""
    v = expand_span(sdoc, cue[0], cue[1])
    q = expand_span(sdoc, cs, cs + 1)
    if v is None or q is None or len(v) != 1 or len(q) == 0 or v[0].i >= q[0].i:
        return None
    v, q = v[0], q[0]
    top = q
    while top.head.i != top.i and top.head.i != v.i:
        top = top.head
    if top.head.i != v.i or top.i == v.i:
        return None  # the quote is not in the cue's dependents
    starts = [c.left_edge.i for c in v.children if v.i < c.i and c.dep_ in LEAD_DEPS and c.left_edge.i <= top.right_edge.i]
    start = min(starts + [top.left_edge.i]) if top.dep_ in LEAD_DEPS or top.dep_ == "prep" else None
    while start is not None and start < q.i and (sdoc[start].is_punct or sdoc[start].is_space):
        start += 1
    if start is None or start >= q.i or start <= v.i:
        return None
    return sdoc[start].idx


def _introduces_next(text: str, ce: int, c: int, verb, masked) -> bool:
    """'… “I was just kidding.” To which she said, “Thank God …”': a quote ending its own sentence, and a
    verb of saying after it whose words end with a comma or colon before the next quote, is that next
    quote's cue (a split quote, '“A,” she said, “B.”', does not end its sentence inside the marks)."""
    if verb.idx < c or _last_char(text, ce) not in (".", "!", "?"):
        return False
    doc = verb.doc
    k, seen = verb.i + 1, False
    while k < len(doc) and not masked(doc[k].idx) and (doc[k].is_punct or doc[k].is_space) and not doc[k].is_quote:
        seen = seen or doc[k].text in (",", ":")
        k += 1
    return seen and k < len(doc) and (masked(doc[k].idx) or doc[k].is_quote)


# what a verb reports when it has content of its own: a clause, an object or an infinitive after it
OWN_CONTENT_DEPS = frozenset({"ccomp", "dobj", "xcomp"})


def _reports_own_after(text: str, ce: int, c: int, verb, masked) -> bool:
    """'… “We will win in Iowa.” She noted a planned rally in Sioux City': a quote whose words end with a period
    inside the marks is a sentence of its own; a verb of the next sentence with content of its own outside
    marks (a clause, an object, an infinitive) reports that content, not the quote before it ('“…,” she
    said' ends with a comma; '“….” He added.' has no content of its own, so it stays). After a question or an
    exclamation only a clause counts: '“Why now?” she asked reporters' names whom she asked, and frames the
    quote; '“Why now?” Democrats said the timing was suspicious' reports the clause."""
    end = _last_char(text, ce) if verb.idx >= c else ""
    if end not in (".", "?", "!"):
        return False
    deps = OWN_CONTENT_DEPS if end == "." else ("ccomp",)
    return any(x.dep_ in deps and x.i > verb.i and not masked(x.idx) for x in verb.children)


def _last_char(text: str, end: int) -> str:
    """The last character before `end` that is not white space ("" if none): read in place, where
    text[:end].rstrip() would copy the article up to `end` at every call."""
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return text[end - 1] if end else ""


def _manner_verb(after: list, before: list):
    """A verb outside the lexicon right after a closing mark ('…,” he barked.') or ending the words before
    an opening one with a colon ('Trump boomed: “…'), with a subject: that verb frames the quote as speech."""
    for t in after:
        if t.pos_ == "VERB" and not _passive(t) and _subject(t) is not None and not any(c.dep_ == "dobj" for c in t.children):
            return t
    if before and before[0].text == ":":
        # 'Trump boomed: “…”', 'she put it: “…”', 'the crowd had one message: “…”': the clause ending in the
        # colon frames the quote, whatever its verb
        for t in before[1:8]:
            if t.pos_ == "VERB" and not _passive(t) and _subject(t) is not None:
                return t
    return None


# small words a title leaves in lower case ("Meet the Press", "Fox & Friends", "Profiles in Courage")
WORK_NOUNS = frozenset("""book books memoir novel film films movie movies show shows series program programme song album
column op-ed essay article documentary play podcast sitcom episode""".split())  # "his memoir “Hard Choices”"
TITLE_SMALL_WORDS = frozenset("a an the and or nor but of in on at to for with by from as".split())
_POSSESSIVE_END = re.compile(r"(?:['’]s|s['’])\s*$")


def _composition_title(text: str, para: int, o: int, cs: int, ce: int) -> bool:
    """True when a quoted passage is the title of a work named by its owner ("NBC's “Meet the Press”",
    "the network's “Fox & Friends”") or the programme something was said on ("said on “Face the Nation”"):
    news style sets such titles in quotation marks with their main words capitalised, so a passage whose
    every word but the small ones is capitalised, after a possessive or "on", is a name, not quoted words."""
    words = _WORD.findall(text, cs, ce)
    if not words or len(words) > 6 or not all(w[0].isupper() or w[0].isdigit() or w.lower() in TITLE_SMALL_WORDS
                                               for w in words) or not words[0][0].isupper():
        return False
    before = text[para:o].rstrip()
    last = before.rsplit(None, 1)[-1].lower() if before else ""
    return bool(_POSSESSIVE_END.search(before)) or last == "on" or last.rstrip(",") in WORK_NOUNS


def _so_called(text: str, cue) -> bool:
    """"the so-called “plan for the poor”", "so-named", "so called": the marks set off a name others use,
    at any length; nobody is reported saying anything (a short phrase after any speakerless cue is dropped
    anyway, see extract_all)."""
    return cue is not None and text[max(0, cue[0] - 3):cue[0]].lower() in ("so-", "so ")


def _named_colon(before: list, mentions: Mentions) -> Frame | None:
    """'… - Jeffrey M. Jones: “Gallup’s analysis …”', 'More from Jones: “…”': a person or organisation named
    right before the colon that opens the quote, in a phrase without a verb, is its speaker (the colon
    the cue)."""
    if not before or before[0].text not in (":", "):") or len(before) < 2:
        return None
    colon = before[0]
    rest = _past_parenthesis(before, colon.text == "):")
    if not rest:
        return None
    end = rest[0].idx + len(rest[0])
    phrase = list(itertools.takewhile(lambda t: not (t.is_punct and t.text not in (".", "'", "’")), rest[:7]))
    if not phrase or any(t.pos_ in ("VERB", "AUX") for t in phrase):
        return None  # "Trump boomed: “…”" is a verb's (see _manner_verb); a clause is no name
    # (a mention may start before the phrase: "Jeffrey M. Jones", whose "M." ends a sentence to _frame_before;
    # it may run over a hard-wrapped line, "the mayor, Anna\nLopez:": each section is parsed on its own, so no
    # mention crosses a paragraph break)
    found = [m for m in mentions.within(end - 60, end) if m[1] == end and m[3].type in ("PERSON", "ORG")]
    if not found:
        return None
    start, _, _, ent = min(found, key=lambda m: m[0])
    at = colon.idx + colon.text.index(":")  # the colon itself, not the ")" joined to it
    f = Frame(cue=(at, at + 1), speaker=ent.id, speaker_text=colon.doc.text[start:end], source=(start, end))
    f.path = "colon"
    return f


def _past_parenthesis(before: list, closed: bool) -> list:
    """The tokens before a colon (nearest first, the colon left out), past a parenthesis right before it: a
    politician's party and state ("Rep. Ann Lee (R-Ohio):", which the tokenizer may join to the colon as
    "):") stand between the name and the colon. [] when the parenthesis does not open within 8 tokens."""
    rest = before[1:]
    if not closed and rest[0].text != ")":
        return rest
    k = next((k for k, t in enumerate(rest[:9]) if t.text == "("), None)
    return rest[k + 1:] if k is not None else []


def _colon_sentence(sdoc, text, para, masked) -> list:
    """The tokens of the sentence ending a paragraph with a colon just before offset `para`, nearest first
    (the colon first), else []."""
    j = para - 1
    while j >= 0 and text[j].isspace():
        j -= 1
    if j < 0 or text[j] != ":" or masked(j):
        return []
    tok = expand_span(sdoc, j, j + 1)
    if tok is None or not len(tok):
        return []
    return [t for t in reversed(sentence_of(tok[0])) if t.i <= tok[0].i and not t.is_space]


def _colon_cue(sent: list, masked, lex: Lexicon | None = None):
    """The verb of saying of a paragraph-ending "X said:" (`sent`: see _colon_sentence), else None."""
    for t in sent:
        # not one said to or by others: "Told by aides to stop, the senator shouted:", "It was announced:"
        if t.lemma_ in SAY_VERBS and t.pos_ in ("VERB", "AUX") and not masked(t.idx) and not _passive(t) \
                and not any(c.dep_ == "agent" for c in t.children):
            return t
    # "Clinton released the following statement:", "17-year-old Jared Potts echoed:": a cue of the lexicon,
    # or a verb whose object is a statement, with a subject ("The plan has three parts:" frames no quote)
    for t in sent:
        if t.pos_ == "VERB" and not masked(t.idx) and not _passive(t) and _subject(t) is not None and (
                (lex is not None and lex.verb(t) is not None)
                or any(c.dep_ == "dobj" and c.lemma_.lower() in STATEMENT_NOUNS for c in t.children)):
            return t
    return None


_SENT_END = re.compile(r"[.!?](?=\s|$)")
# words whose period ends no sentence: titles before a name ("Mr. Dale, now 81, said"), and initials
TITLES = frozenset("""
mr mrs ms dr sen rep gov gen col lt sgt capt maj adm cmdr prof rev st jr sr pres atty supt gov cpl pvt
""".split())


def _sentence_ends(text: str, start: int, end: int):
    """The sentence-ending marks between `start` and `end` (matches of _SENT_END), not the period of a
    title or an initial."""
    for m in _SENT_END.finditer(text, start, end):
        word = re.search(r"(\w+)$", text[max(start, m.start() - 12):m.start()])
        if word is not None and m.group() == "." and (word.group(1).lower() in TITLES or
                                                      (len(word.group(1)) == 1 and word.group(1).isupper())):
            continue
        yield m


def _frame_after(sdoc, text, c, masked) -> list:
    """Tokens after a closing mark up to the sentence end or the next quote (same paragraph)."""
    if c >= len(text):
        return []
    para_end = text.find("\n", c)
    para_end = len(text) if para_end == -1 else para_end
    m = next(_sentence_ends(text, c, para_end), None)
    stop = m.end() if m else para_end
    span = sdoc.char_span(c, stop, alignment_mode="contract")
    if span is None:
        return []
    out = []
    for t in span:
        if masked(t.idx):
            break
        out.append(t)
    return out


def _frame_before(sdoc, text, o, para, masked) -> list:
    """Tokens before an opening mark back to the sentence start or the previous quote (same paragraph)."""
    start = para
    for m in _sentence_ends(text, para, o):
        start = m.end()
    span = sdoc.char_span(start, o, alignment_mode="contract")
    if span is None:
        return []
    out = []
    for t in reversed(span):
        if masked(t.idx):
            break
        out.append(t)
    return out  # nearest first


def _indirect(parse: Parse, text: str, masked, marked, mentions: Mentions, lex: Lexicon, generic: bool = False) -> list:
    """Reported speech, thought and intention: the content of every cue outside quotation marks."""
    out = []
    inside = [(o, c) for o, _, _, c, _ in marked]
    sdoc = parse.doc
    # a verb outside the lexicon is proposed only when the filter has learnt its lemma (_verb_attribution): the
    # same test, asked of the clause heads before a Token is made for each
    proposable = None if generic is True or not generic else functools.partial(_learnt_lemma, generic)
    starts = column_list(sdoc, IDX)  # (where each candidate starts, read before a Token is made for it)
    for i in yielding(sdoc, candidates(sdoc, lex, generic, proposable), lex):  # (the rest can give nothing)
        if parse.kind_at(starts[i]) not in QUOTE_SECTIONS or masked(starts[i]):
            continue
        t = sdoc[i]
        low, pos = t.lower_, t.pos_  # read once: each read is a look-up in the string store
        if low == "according":
            found = _according_content(t, mentions, text)
        elif low == "in":
            found = _document_attribution(t, lex, mentions, text)
        elif low in lexicon.HEARSAY:
            found = _hearsay_attribution(t)
        elif low in FELT_PARTICIPLES and (felt := _felt_attribution(t, lex, text)) is not None:
            found = felt
        elif pos == "NOUN" and t.lemma_ in lex.idioms and (idiom := _idiom_attribution(t, lex, mentions, text)) is not None:
            found = idiom
        elif pos == "NOUN" and received_stance(t) is not None:
            found = _stance_attribution(t, lex, mentions, text)
        elif pos == "NOUN" and t.lemma_ in lex.nouns:
            found = _noun_attribution(t, lex, mentions, text)
        elif pos == "NOUN" and t.lemma_ in lex.holders:
            found = _holder_attribution(t, lex, mentions, text)
        elif pos == "ADJ" and t.lemma_.lower() in lex.adjectives:
            found = _adjective_attribution(t, lex, text)
        else:
            found = _verb_attribution(t, lex, mentions, text, generic)
        if found is None:
            continue
        spans, att = found
        if not spans:  # "The governor added:" and the paragraph after it
            spans = _next_paragraph(parse, t)
        roots = [token_span(sdoc, a, b + 1).root for a, b in spans]  # each found once (a walk over the span)
        att.clause = all(r.pos_ in ("VERB", "AUX") for r in roots)
        att.finite = att.clause and all(_has_subject(r) for r in roots)
        for n, (a, b) in enumerate(spans):
            b = _word_end(sdoc, b)
            if n == len(spans) - 1:
                b = list_tail(sdoc, a, b)  # "criticized the tariffs, the subsidies and the fees": the whole list
            s, e = _trim(text, sdoc[a].idx, sdoc[b].idx + len(sdoc[b]))
            if e - s < 2 or any(x <= s and e <= y for x, y in inside):
                continue
            out.append((s, e, "indirect", att))
    return out


def _word_end(sdoc, b: int) -> int:
    """The last token of a content ending at token `b`, never inside a hyphenated word: the tokenizer splits
    "re-election" into three tokens and the parser may hang them side by side ("endorsed the re-election of
    X" gave "the re"), so the content goes on over the word and what its last part governs."""
    while b + 2 < len(sdoc) and not sdoc[b].whitespace_ and sdoc[b + 1].text == "-" \
            and not sdoc[b + 1].whitespace_ and sdoc[b + 2].is_alpha:
        b = max(b + 2, sdoc[b + 2].right_edge.i)
    return b


_PERSPECTIVE_OPENERS = ("to", "but", "and")


def _sentences_opened_by(sdoc, words: tuple[str, ...]) -> list[tuple[int, int]]:
    """(start, end) token bounds of the sentences of `sdoc` whose first token's lower-case form is one of
    `words`: the sentences `sdoc.sents` gives (one starts at token 0 and wherever SENT_START is 1), read from
    the LOWER and SENT_START columns, so that no Span and no Token is made for the others (nearly all)."""
    n = len(sdoc)
    if not n:
        return []
    strings = sdoc.vocab.strings
    wanted = {strings[w] for w in words if w in strings}  # (a form no token has is in no column)
    lower = column_list(sdoc, LOWER)
    starts = column_sentence_starts(sdoc)  # (the Doc's table, shared with sentence_of and the filter)
    ends = starts[1:] + [n]
    return [(a, b) for a, b in zip(starts, ends) if lower[a] in wanted]


def _perspectives(parse: Parse, text: str, masked, mentions: Mentions, lex: Lexicon) -> list:
    """"To many Democrats, the Clinton years remain the good old days" (indirect.perspective): the clause is
    the view of the one it holds for (class thought, path `perspective`)."""
    out = []
    sdoc = parse.doc
    for lo, hi in _sentences_opened_by(sdoc, _PERSPECTIVE_OPENERS):
        first = sdoc[lo]
        if masked(first.idx) or parse.kind_at(first.idx) not in QUOTE_SECTIONS:
            continue
        found = perspective(sdoc[lo:hi], lex)
        if found is None:
            continue
        spans, holder = found
        prep = holder.head
        att = Frame(cue=(prep.idx, prep.idx + len(prep)), type="thought")
        att.path, att.finite = "perspective", True
        att.speaker, att.speaker_text, att.on_behalf_of, att.source = speaker_of(holder, mentions, text)
        for a, b in spans:
            s, e = _trim(text, parse.doc[a].idx, parse.doc[b].idx + len(parse.doc[b]))
            if e - s >= 2:
                out.append((s, e, "indirect", att))
    return out


_HEADLINE = re.compile(r"([^:\n.!?]{2,60}?):\s+(\S[^\n]{8,})")
_CAPS_NAME = re.compile(r"[A-Z][A-Z.'’ -]{1,40}")  # "JAKE TAPPER", "Q"


def _headlines(doc: Document, parse: Parse, mentions: Mentions) -> list:
    """"Name: claim" paragraphs. A headline ("Pat Caddell: Democrat Voters Worried …", "Poll: Trump Ties
    Clinton."; the title or the first paragraph, one line) is attributed to what stands before the colon:
    a person or organisation the entities know (path `headline`), else any short capitalised phrase
    (`headline-other`, judged by the filter). Further down, a paragraph opened by a known name or a name
    in capitals ("JAKE TAPPER: …", transcripts) is that speaker's (`transcript`)."""
    out = []
    body_seen = 0
    for sec in doc.sections:
        if sec.kind not in ("title",) + QUOTE_SECTIONS:
            continue
        first = sec.kind == "title" or body_seen == 0
        body_seen += sec.kind == "body"
        if ":" not in sec.text[:80] or "\n" in sec.text.strip():
            continue
        m = _HEADLINE.match(sec.text.strip())
        if m is None or (not first and sec.text.count(":") > 3):
            continue
        s0 = sec.start + (len(sec.text) - len(sec.text.lstrip()))
        a, b = s0 + m.start(1), s0 + m.end(1)
        if _says(parse.doc, a, b):
            continue  # 'Mayor John Smith said: “…”' is a sentence whose verb is the cue, not "Name: claim"
        ent = next((e for e in mentions.covering_all(a, b) if e.type in ("PERSON", "ORG")), None)
        if ent is None:
            found = [x for x in mentions.within(a, b) if x[3].type in ("PERSON", "ORG")]
            ent = found[0][3] if found and found[0][1] - found[0][0] >= (b - a) // 2 else None
        prefix = m.group(1).strip()
        if _desk_label(prefix, expand_span(parse.doc, a, b)):
            continue
        if ent is not None:
            path = "headline" if first else "transcript"
        elif first and prefix[:1].isupper() and len(prefix.split()) <= 6:
            path = "headline-other"
        elif not first and _CAPS_NAME.fullmatch(prefix) and len(prefix.split()) <= 4:
            path = "transcript"
        else:
            continue
        c, e = s0 + m.start(2), s0 + m.end(2)
        if path.startswith("headline"):
            while e > c and doc.text[e - 1] in ". ":  # the period PolNeAR-style texts add to a title
                e -= 1
            if e == c:
                continue  # "Name: ……….": only dots, no claim
        f = Frame(cue=(b, b + 1), speaker=ent.id if ent else None, speaker_text=doc.text[a:b], source=(a, b))
        f.path = path
        out.append((c, e, "indirect", f))
    return out


# the newsroom's own labels before a colon ("Correction: …", "Editor's note: …", "The Latest: …"): the paper
# speaking about its article, not a speaker and their claim
DESK_LABELS = frozenset(("correction", "corrections", "clarification", "update", "updated", "updates", "note",
                         "editor's note", "editors' note", "breaking", "breaking news", "the latest", "related",
                         "read more", "watch", "disclosure"))


def _desk_label(prefix: str, span) -> bool:
    """A "Label: text" prefix that is a desk label (DESK_LABELS) or an exclamation alone ("Wow: …", "Boom:
    …", one interjection): no one is the source of what follows."""
    if prefix.lower().replace("’", "'") in DESK_LABELS:
        return True
    return span is not None and len(span) == 1 and span[0].pos_ == "INTJ"


def _title_verbs(doc: Document, parse: Parse, mentions: Mentions, lex: Lexicon) -> list:
    """A title in Title Case whose cue the tagger read as part of a name ("Conservative Icon Morton
    Blackwell Endorses Ted Cruz", "Senate Democrats Slam …"): the first capitalised word, after a
    capitalised phrase opening the title, that is a present-tense form of a lexicon verb ("Endorses";
    a bare "Slam" after a plural) and not tagged a verb is the cue; the phrase before it is the source,
    the rest of the title the content (path `title-verb`). Titles the tagger reads right go the usual way."""
    out = []
    first = next((s for s in doc.sections if s.kind in ("title", "body")), None)
    for sec in (s for s in doc.sections if s.kind == "title" or s is first):
        if "\n" in sec.text.strip():
            continue
        span = parse.doc.char_span(sec.start, sec.end, alignment_mode="contract")
        toks = [t for t in span if not t.is_space] if span is not None else []
        words = [t.text for t in toks if len(t.text) > 3 and t.is_alpha]
        if len(words) < 3 or sum(w[0].isupper() for w in words) < 0.7 * len(words):
            continue  # not in Title Case: the parse reads it as a sentence
        for k, t in enumerate(toks[1:9], 1):
            if not t.text[:1].isupper():
                break  # the source phrase is capitalised throughout
            if t.pos_ in ("VERB", "AUX") or not _title_cue(t, toks[k - 1], lex):
                continue
            rest = toks[k + 1:]
            while rest and (rest[-1].is_punct and not rest[-1].is_quote):
                rest = rest[:-1]
            if len(rest) < 1:
                break
            a, b = toks[0].idx, toks[k - 1].idx + len(toks[k - 1])
            # a name inside the phrase (not one the tagger ran on into the cue: "Trump Slams Clinton")
            found = [x for x in mentions.within(a, b) if x[3].type in ("PERSON", "ORG", "GPE", "NORP")]
            ent = found[-1][3] if found else None
            f = Frame(cue=(t.idx, t.idx + len(t)), speaker=ent.id if ent else None, speaker_text=doc.text[a:b],
                      source=(a, b), type=lex.forms.get(t.lower_, lex.verbs.get(t.lower_)).cls)
            f.path = "title-verb"
            out.append((rest[0].idx, rest[-1].idx + len(rest[-1]), "indirect", f))
            break
    return out


def _title_cue(t, prev, lex: Lexicon) -> bool:
    """A present-tense form of a lexicon verb: "Endorses", or the bare lemma after a plural ("Democrats Slam")."""
    low = t.lower_
    if low.endswith("s") and low in lex.forms:
        return True
    return low in lex.verbs and prev.tag_ in ("NNS", "NNPS")


def _says(sdoc, a: int, b: int) -> bool:
    """True when a verb of saying stands in the characters [a, b)."""
    span = expand_span(sdoc, a, b)
    return span is not None and any(t.lemma_ in SAY_VERBS and t.pos_ in ("VERB", "AUX") for t in span)


def _learnt_lemma(filt, lemma: str) -> bool:
    """Whether the filter has learnt this lower-case lemma as a cue's: a verb outside the lexicon is proposed then."""
    return filt.weights.get(f"lemma={lemma}", 0.0) > GENERIC_MIN_WEIGHT


def _verb_attribution(t, lex: Lexicon, mentions: Mentions, text: str, generic: bool = False):
    """(content spans, frame) of verb `t` as a cue, or None: a raising verb's, a passive's, an inverted reporting
    clause's, else an active verb's content; `generic`: whether (or for which learnt lemmas) a verb outside the
    lexicon is proposed."""
    cue = _verb_cue(t, lex, generic)
    if cue is None:
        return None
    if "raise" in cue.frames:
        return _raising_attribution(t, cue, text)
    if _passive(t) or (reduced_passive(t) and cue is not GENERIC and cue is not GENERIC_OBJ):
        # "plans were announced": only "X is expected to …" (no source) or "… by X" attribute; the same holds of a
        # lexicon cue's reduced relative ("the contests known as Super Tuesday", "a plan criticized by X")
        return _passive_attribution(t, cue, lex, text)
    if cue is not GENERIC and cue is not GENERIC_OBJ and t.lemma_ in SAY_VERBS:
        found = _inversion(t, cue, mentions, text)
        if found is not None:
            return found
    return _active_attribution(t, cue, lex, mentions, text)


def _verb_cue(t, lex: Lexicon, generic):
    """The lexicon entry of verb `t` (GENERIC or GENERIC_OBJ for a verb outside the lexicon whose lemma the
    filter has learnt, when `generic`), or None when `t` is no cue here: not a word, not a verb, an
    imperative, a question to the addressee, or the verb's other sense."""
    if not t.text[:1].isalpha():
        return None  # "WASHINGTON ― President Obama said …": a dash the tagger read as a verb is no cue
    cue = lex.verb(t)
    if cue is None and generic and t.pos_ == "VERB" \
            and (generic is True or _learnt_lemma(generic, t.lemma_.lower())):
        # a verb outside the lexicon, proposed when the filter has learnt its lemma
        cue = GENERIC if any(c.dep_ == "ccomp" for c in t.children) else GENERIC_OBJ
    if cue is None or t.pos_ not in ("VERB", "AUX") or _imperative(t) or _asks_addressee(t) or _other_sense(t):
        return None
    return cue


def _raising_attribution(t, cue, text: str):
    """A raising verb ("X is expected to win", "seems to"): the raised clause, held by whom the sentence names."""
    span = raising_content(t)
    if span is None:
        return None
    att = _bare(t, cue.cls, "raise")
    holder = _raising_holder(t)
    if holder is not None:
        att.verb, att.subj, att.source = t, holder, phrase_span(holder, text)
    return [span], att


def _passive_attribution(t, cue, lex: Lexicon, text: str):
    """A passive cue: an extraposed clause ("It was announced (by X) that …", its agent the source), a raising
    passive's content, else the subject (and its label) of a passive with or without an agent."""
    span = extraposed_clause(t)
    if span is not None:
        agent = agent_of(t)
        att = _bare(t, cue.cls, "passive")
        if agent is not None:
            att.verb, att.subj, att.source = t, agent, phrase_span(agent, text)
        return [span], att
    span = passive_content(t) if t.lemma_ in PASSIVE_RAISING else None
    if span is not None:
        return [span], _bare(t, cue.cls, "passive")
    agent, span = agent_of(t), passive_subject(t)
    if span is None:
        return None
    if agent is None:
        return _agentless_passive(t, cue, lex, span, text)
    return _agent_passive(t, cue, agent, span, text)


def _agentless_passive(t, cue, lex: Lexicon, span, text: str):
    """"The deal was criticized as a threat": no source, the subject and its label; an addressee passive's label
    only, an agent the parser hung on the label, or a state of the subject's mind read as an adjective."""
    label = passive_label(t)
    if label is not None and t.lemma_ in ADDRESSEE_PASSIVES:  # "he was asked about X": X only
        return [label], _bare(t, cue.cls, "passive-bare")
    by = _label_agent(t, label)
    if by is not None:  # "was called a fraud by Jo Hale": the agent the parser hung on the label
        att = _bare(t, cue.cls, "passive-agent")
        att.verb, att.subj, att.source = t, by[1], phrase_span(by[1], text)
        return [span, (label[0], by[0].i - 1)], att
    if label is not None and (t.lemma_ in STATE_PASSIVES or t.lower_ in lex.adjectives):
        # "she is convinced that …", "he is assured of winning …": a state of the subject's mind,
        # read as the adjective it is (the subject holds it, the label is what is held)
        att = _bare(t, lex.adjectives[t.lower_].cls if t.lower_ in lex.adjectives else cue.cls, "adjective")
        # (a reduced relative's holder is the noun it modifies: "voters worried about the deficit")
        subj = next((c for c in t.children if c.dep_ == "nsubjpass"), t.head)
        att.verb, att.subj, att.source = t, subj, phrase_span(subj, text, cue=t)
        a, b = label
        return [(a + 1 if t.doc[a].dep_ == "mark" and a < b else a, b)], att
    return [span] + ([label] if label else []), _bare(t, cue.cls, "passive-bare")


def _agent_passive(t, cue, agent, span, text: str):
    """"Hale was criticized by rivals for skipping the vote": the agent the source, the subject and what it was
    criticized for the content; a clausal label ("was urged by aides to resign", "was told by X that …") is
    the content of an addressee passive alone."""
    att = _bare(t, cue.cls, "passive-agent")
    att.verb, att.subj, att.source = t, agent, phrase_span(agent, text)
    label = passive_label(t)
    if _clausal_label(t, label, span):
        a, b = label
        label = (a + 1 if t.doc[a].dep_ == "mark" and t.doc[a].lower_ == "that" and a < b else a, b)
        return ([label] if t.lemma_ in ADDRESSEE_PASSIVES else [span, label]), att
    return [span] + ([label] if _prepositional_label(t, label, span) else []), att


def _inversion(t, cue, mentions: Mentions, text: str):
    """A verb of saying in inverted order, the speaker after it: "Such a move, warned the minister, would …" (a
    root or parataxis), "…, but it is losing money, said its owner" (a conjunct: the clause before the comma)."""
    if t.dep_ in ("parataxis", "ROOT") and (inv := quotative_inversion(t)) is not None:
        spans, speaker = inv
        return _inverted(t, cue, spans, speaker, mentions, text)
    if t.dep_ == "conj" and (inv := conjoined_inversion(t)) is not None:
        span, speaker = inv
        return _inverted(t, cue, [span], speaker, mentions, text)
    return None


def _active_attribution(t, cue, lex: Lexicon, mentions: Mentions, text: str):
    """An active verb's content (verb_content, else a clause hoisted above it), with a fronted or relative part
    before it; else the content before the reporting clause ("The deal is risky, it says") or "as X noted", or
    the paragraph after a colon. The frame's source: the subject, a participle's agent, or a reporter after it."""
    found = verb_content(t, cue, lex)
    generic = cue is GENERIC or cue is GENERIC_OBJ
    if found is None and not generic:
        hoisted = hoisted_clause(t)
        found = hoisted + ("clause",) if hoisted is not None else None
    spans = _active_spans(t, cue, lex, found, generic)
    if spans is None:
        return None
    att = from_verb(t, mentions, text, lazy=True)
    agent = agent_of(t) if t.tag_ == "VBN" else None
    if agent is not None:  # "Asked by Matt Lauer whether …": a participle's agent is who did the asking
        att.subj, att.source = agent, phrase_span(agent, text)
    elif att.subj is None and (reporter := _reporter_after(t)) is not None:
        att.subj, att.source = reporter, phrase_span(reporter, text)
    att.type = cue.cls
    att.path = found[2] if found is not None else "inverted" if spans else "colon"
    if generic:
        att.path = "generic-" + att.path
    return spans, att


def _active_spans(t, cue, lex: Lexicon, found, generic: bool) -> list | None:
    """The content spans of an active cue given its content `found` (or None), or None when it has none and no
    colon after it. The reporting clause after its content ("The deal is risky, it says") is a verb of saying or
    thinking (a lexicon cue): a verb outside it there narrates ("…, almost half of which came from donors")."""
    spans = [found[:2]] if found is not None else [] if generic else inverted_content(t, lex)
    if not spans and found is None and (t.lemma_ in SAY_VERBS or cue.lemma == "put it" or _says_object(cue)):
        spans = as_content(t)  # "As Clyburn noted, those voters will …", "as Clyburn put it, …"
    front = (fronted_content(t, found[:2]) or relative_front(t, found[:2])) if found is not None else None
    if front is not None:
        spans.insert(0, front)
    if not spans and not _ends_with_colon(t):
        return None
    return spans


def _inverted(t, cue, spans: list, speaker, mentions: Mentions, text: str):
    """The frame of a reporting clause in inverted order, the speaker after the verb (indirect.quotative_inversion:
    "Such a move, warned the minister, would …"; indirect.conjoined_inversion: "…, but it is losing money, said its
    owner"): `spans` are what is said (path "inverted")."""
    att = from_verb(t, mentions, text, lazy=True)
    att.subj, att.source = speaker, phrase_span(speaker, text)
    att.type, att.path = cue.cls, "inverted"
    return spans, att


# Senses of cue verbs that report no one's words or thoughts, fixed by the construction (issue 12, session 34):
# a particle that makes another verb ("call off" a strike, "call up" reserves), telling things apart, claiming
# a thing won or a life taken, calling an assembly into being; the object nouns are those senses' own.
OTHER_SENSE_PARTICLES = frozenset({("call", "off"), ("call", "up")})
OTHER_SENSE_OBJECTS = {
    "tell": frozenset({"difference"}),  # "could not tell the difference" (telling apart: the adverb, below)
    "claim": frozenset({"life", "prize", "title", "crown", "medal", "trophy", "championship", "seat", "nomination"}),
    # (not "called an election / a referendum": PolNeAR train marks the announcement, 2 of 2)
    "call": frozenset({"meeting", "session", "summit", "recess"}),
}
# still pictures: what they "show" is a scene, not a claim ("The photo shows a crowd outside the court"); a
# video or a recording can show someone saying something, and a chart, poll or study shows findings
STILL_PICTURES = frozenset({"photo", "photograph", "picture", "image", "drawing", "painting", "cartoon", "portrait",
                            "snapshot", "poster", "map"})
# the only lemmas _other_sense can answer True for (a particle pair's verb, an object table's, telling apart, a
# picture showing): any other cue is passed over before its children are made
_OTHER_SENSE_LEMMAS = frozenset({lemma for lemma, _ in OTHER_SENSE_PARTICLES} | set(OTHER_SENSE_OBJECTS) | {"tell", "show"})


def _other_sense(t) -> bool:
    """True when a cue verb is used in a sense that reports nothing (OTHER_SENSE_*, STILL_PICTURES): "called off
    the strike", "could not tell the twins apart", "claimed the prize", "the fire claimed three lives", "called a
    meeting for Friday", "a photo shows a crowd gathered outside" (a picture's scene, unless it "shows that" a
    clause with a tense of its own). Naming ("called the plan a disgrace"), claiming a proposition or a victory,
    and telling someone something keep their reporting sense."""
    lemma = t.lemma_.lower()
    if lemma not in _OTHER_SENSE_LEMMAS:
        return False
    kids = list(t.children)
    if any(c.dep_ == "prt" and (lemma, c.lower_) in OTHER_SENSE_PARTICLES for c in kids):
        return True
    if lemma == "tell" and any(c.dep_ == "advmod" and c.lower_ == "apart" for c in kids):
        return True
    objects = OTHER_SENSE_OBJECTS.get(lemma)
    if objects is not None and not any(c.dep_ in ("oprd", "xcomp", "ccomp", "dative") for c in kids) \
            and any(c.dep_ == "dobj" and c.lemma_.lower() in objects for c in kids):
        return True
    if lemma == "show" and any(c.dep_ == "nsubj" and c.lemma_.lower() in STILL_PICTURES for c in kids):
        clause = next((c for c in kids if c.dep_ == "ccomp"), None)
        return clause is None or not any(c.dep_ in ("mark", "aux", "auxpass") for c in clause.children) \
            and clause.tag_ not in ("VBD", "VBZ", "VBP")
    return False


def _says_object(cue) -> bool:
    """A lexicon verb of speech or writing whose content is its direct object ("point out", "mention",
    "document", "outline"): in "As the auditor pointed out, S" the "as" stands in that object slot, so S is
    what was said, as with the verbs of saying. (Not the generic cues, not verbs of thought: "As you know",
    "As we have seen" address the reader.)"""
    return cue.cls in ("speech", "writing") and "obj" in cue.frames and cue is not GENERIC_OBJ


def _reporter_after(t):
    """The subject of the inverted verb of saying after a fronted participle ('Stressing the cost, Hale said,
    "…"'), when the parser hung both on the quotation's verb (the participle as a clause or as its subject): the participle's understood subject is the
    sentence's, the one who says; else None. (Indirect.inverted_content leaves the participle out of what
    is said.)"""
    if t.tag_ != "VBG" or t.dep_ not in ("advcl", "csubj") or t.head.i <= t.i or any(c.dep_ in ("nsubj", "aux") for c in t.children):
        return None
    v = next((c for c in t.head.children if c.dep_ == "parataxis" and t.i < c.i < t.head.i and c.lemma_ in SAY_VERBS), None)
    return next((c for c in v.children if c.dep_ == "nsubj" and c.i < v.i), None) if v is not None else None


def _imperative(t) -> bool:
    """"Please read the two guides I wrote": a bare verb heading its sentence with no subject or auxiliary,
    made a request by an interjection, is the writer's request to the reader, not what anyone says or thinks
    (a bare imperative alone is not enough: annotators mark "Consider …", "Let's …" as the writer's view)."""
    return t.tag_ == "VB" and t.dep_ == "ROOT" and any(c.dep_ == "intj" for c in t.children) and not any(
        c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl", "aux", "auxpass") for c in t.children)


def _asks_addressee(t) -> bool:
    """"Do you support the bill?", "What do you think of the plan?", "Will you vote for her?": a question put
    to "you" (an auxiliary before the subject, the sentence closed by a question mark) asks for a view and
    reports none: no one is said to support or think anything."""
    if t.i not in with_child_word(t.doc, "nsubj", "you"):
        return False  # (no "you" among its subjects, so none first: most verbs, passed over without their children)
    subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ != "you" or not any(c.dep_ == "aux" and c.i < subj.i for c in t.children):
        return False
    sent = sentence_of(t)
    end = sent[-1]
    while end.i > sent.start and (end.is_space or end.is_quote or end.text in (")", "]")):
        end = t.doc[end.i - 1]
    return end.text == "?"


def _prepositional_label(t, label, subject) -> bool:
    """True when the label of passive cue `t` is the object of one of its prepositions ("was criticized by X for
    skipping the vote", "was described by X as a giveaway") after the subject; not a second object ("was given
    a boost by X": what was given, not said)."""
    return label is not None and label[0] > subject[1] and any(
        c.dep_ == "prep" and c.i < label[0] and label[1] <= c.right_edge.i for c in t.children)


def _clausal_label(t, label, subject) -> bool:
    """True when the label of passive cue `t` is its own infinitive or clause after the subject ("Hale was urged
    by aides to resign", "she was told by aides that …"): what was urged or told, as the agentless passive takes
    it; the one addressed ("told", "asked") is then no part of it."""
    return label is not None and label[0] > subject[1] and any(
        c.dep_ in ("xcomp", "ccomp") and c.left_edge.i == label[0] for c in t.children)


def _raising_holder(t):
    """Whose view a raising cue gives: the one it seems so to ("To voters, the plan sounds fair"), else its
    subject ("he seems to feel …", not "it"). Only a "to" on the verb itself: on the predicate it is the
    predicate's ("seemed closer to X", "appeared deferential to X"); and a subject someone owns stays the
    source ("his words appeared to contradict …": annotators mark it so on PolNeAR train)."""
    to = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "to"), None)
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    if pobj is not None and pobj.pos_ in ("PRON", "PROPN", "NOUN"):
        return pobj
    subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
    return subj if subj is not None and subj.pos_ in ("PRON", "PROPN", "NOUN") and subj.lower_ != "it" else None


def _label_agent(t, label):
    """("by" token, its object) when the parser hung the agent of passive cue `t` on the cue's label and the
    label goes on no further than it (speakers.label_agent); else None."""
    by = label_agent(t) if label is not None else None
    return by if by is not None and label[0] < by[0].i <= label[1] + 1 else None


# passives whose subject is who holds the state ("is convinced that", "is assured of", "is prepared to")
STATE_PASSIVES = frozenset({"assure", "convince", "persuade", "prepare", "commit", "worry", "concern", "determine"})


def _bare(t, cls: str, path: str) -> Frame:
    f = Frame(cue=(t.idx, t.idx + len(t)), type=cls)
    f.path = path
    return f


def _ends_with_colon(t) -> bool:
    """True when the verb's clause ends its paragraph with a colon ("Caddell continued:")."""
    last = sentence_of(t)[-1]
    while last.is_space and last.i > t.i:
        last = last.doc[last.i - 1]
    return last.text == ":" and last.i > t.i and (last.i + 1 >= len(t.doc) or "\n" in t.doc[last.i].whitespace_ + t.doc[last.i + 1].text)


def _next_paragraph(parse: Parse, t) -> list[tuple[int, int]]:
    sec = parse.section_at(t.idx)
    secs = parse.sections
    k = next((n for n, x in enumerate(secs) if x is sec), None)
    if k is None or k + 1 >= len(secs) or secs[k + 1].kind not in QUOTE_SECTIONS:
        return []
    nxt = secs[k + 1]
    span = parse.doc.char_span(nxt.start, nxt.end, alignment_mode="contract")
    toks = [x for x in span if not x.is_space] if span is not None else []
    return [(toks[0].i, toks[-1].i)] if toks else []


def _felt_attribution(t, lex: Lexicon, text: str):
    """"Residents were alarmed by the report", "Horrified at the prospect, Ramos …": what someone feels about
    something (indirect.felt_content), a thought held by the one who feels it. A lexicon verb's state passive
    with "about", "with" or "over" ("voters worried about the deficit") stays the verb path's: here its "by" and
    "at" only (its passive with "by" would make the stimulus the speaker). An adjective's "about" reads as the
    adjective path reads it (the copula's subject holds it; the same content)."""
    found = felt_content(t)
    if found is None:
        return None
    span, who, prep = found
    if prep not in ("by", "at") and lex.verb(t) is not None:
        return None
    att = _bare(t, "thought", "adjective")
    att.verb, att.subj, att.source = t, who, phrase_span(who, text)
    return [span], att


def _adjective_attribution(t, lex: Lexicon, text: str):
    """An adjective cue on a copula: "Republicans are confident that …", "she is eager to run"."""
    span, head = adjective_content(t)
    if span is None or head is None:
        return None
    att = _bare(t, lex.adjectives[t.lemma_.lower()].cls, "adjective")
    att.verb, att.subj, att.source = t, head, phrase_span(head, text)
    return [span], att


def _noun_attribution(t, lex: Lexicon, mentions: Mentions, text: str):
    """A nominal cue with an owner: "Trump's claim that …", "criticism of the deal from Democrats"."""
    span, head = noun_content(t)
    if span is not None and head is None and t.dep_ == "dobj" and t.head.pos_ == "VERB":
        head = _subject(t.head)  # "Democrats expressed concern that …", "she made the case that …"
    elif span is not None and head is None and t.dep_ == "pobj" and t.head.head.pos_ == "VERB" and t.head.head.i < t.i:
        head = _subject(t.head.head)  # "he flirted with the idea of …", "they chimed in with criticism of …"
    if span is None:
        return None
    if head is None:  # "growing support for Trump", "fears of a recession": a stance without a named holder
        return [span], _bare(t, lex.nouns[t.lemma_].cls, "noun-bare")
    att = _bare(t, lex.nouns[t.lemma_].cls, "noun")
    att.speaker, att.speaker_text, att.on_behalf_of, att.source = speaker_of(head, mentions, text)
    return [span], att


def _holder_attribution(t, lex: Lexicon, mentions: Mentions, text: str):
    """"Hale has long been a critic of the deal", "Marsh, a supporter of stricter gun laws": the stance of
    whom the noun is said of (path `holder`)."""
    cue = lex.holders[t.lemma_]
    found = holder_content(t, cue.frames)
    if found is None:
        return None
    span, holder = found
    att = _bare(t, cue.cls, "holder")
    att.speaker, att.speaker_text, att.on_behalf_of, att.source = speaker_of(holder, mentions, text)
    return [span], att


def _idiom_attribution(t, lex: Lexicon, mentions: Mentions, text: str):
    """"The mayor took aim at the rules", "has made no secret of his ambition": a light-verb idiom (lexicon pos
    `i`: its verb and object noun) is a stance or speech act of the verb's subject towards the object of the
    idiom's preposition (path `idiom`; the cue runs from the verb to the preposition). Judged by the filter like
    any candidate: kept whatever it says, the path added 1 matched and 3 unmatched attributions on train."""
    v = t.head  # (the verb whose object the noun is: idiom_content checks the noun is one)
    cue = lex.idioms[t.lemma_].get(v.lemma_.lower())
    found = idiom_content(t, cue.frames) if cue is not None else None
    if found is None:
        return None
    span, prep = found
    att = from_verb(v, mentions, text, lazy=True)
    att.cue, att.type, att.path = (v.idx, prep.idx + len(prep)), cue.cls, "idiom"
    return [span], att


def _stance_attribution(t, lex: Lexicon, mentions: Mentions, text: str):
    """"The plan drew criticism from Democrats": the subject is what the stance is about, the "from"
    phrase whose stance it is, the verb and noun the cue (path `stance`)."""
    span, source, v = received_stance(t)
    cue = lex.nouns.get(t.lemma_)
    att = Frame(cue=(min(v.idx, t.idx), max(v.idx + len(v), t.idx + len(t))), type=cue.cls if cue else "thought")
    att.path = "stance"
    if source is not None:
        att.speaker, att.speaker_text, att.on_behalf_of, att.source = speaker_of(source, mentions, text)
    return [span], att


# documents someone authors (what they say in them is theirs), as against findings (polls, studies, reports)
AUTHORED_NOUNS = frozenset("""
statement letter interview book memoir op-ed column editorial essay speech post tweet email memo ad video
release briefing testimony message remarks comments
""".split())


def _document_attribution(t, lex: Lexicon, mentions: Mentions, text: str):
    """"In a poll released Sunday, Clinton leads by five points": the clause, attributed to the document
    (or to its owner, "in his book"). A clause whose verb is a cue ("In a statement, she said …") is that
    verb's attribution."""
    found = document_frame(t)
    if found is None or lex.verb(found[2]) is not None or found[2].lemma_ in SAY_VERBS:
        return None
    span, obj, verb = found
    att = Frame(cue=(t.idx, t.idx + len(t)), medium=MEDIA.get(obj.lemma_.lower()))
    poss = next((c for c in obj.children if c.dep_ == "poss"), None)
    if poss is None and obj.lower_ in AUTHORED_NOUNS:
        # "In a speech Tuesday, Bill Clinton accused …": what someone says in their own speech, letter or
        # interview is theirs; a poll's or a study's finding stays the document's ("In a poll, Clinton leads")
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is not None and (subj.ent_type_ in ("PERSON", "ORG", "NORP") or subj.lower_ in ("he", "she", "they", "we", "i")):
            poss = subj
    att.speaker, att.speaker_text, att.on_behalf_of, att.source = speaker_of(poss if poss is not None else obj, mentions, text)
    att.path = "document"
    return [span], att


def _hearsay_attribution(t):
    """"The FBI is reportedly making arrangements to …": the clause the adverb modifies, without the
    adverb, attributed to no one (the adverb is the cue)."""
    h = t.head
    if t.dep_ != "advmod" or h.pos_ not in ("VERB", "AUX") or h.i == t.i:
        return None
    a, b = h.left_edge.i, h.right_edge.i
    while b > a and (t.doc[b].is_punct or t.doc[b].is_space):
        b -= 1
    if not a <= t.i <= b:
        return None
    spans = [(x, y) for x, y in ((a, t.i - 1), (t.i + 1, b)) if x <= y]
    return spans, _bare(t, "speech", "hearsay")


def _according_content(t, mentions: Mentions, text: str):
    to = according_to(t)
    if to is None or t.head.i == t.i:
        return None
    relative = _according_to_whom(t, to, mentions, text)
    if relative is not None:
        return relative
    h = t.head
    # the phrase runs to the end of the source, wherever the parser hung "to" (on "according", its head, or
    # another word: "The bridge, according to officials, will close" with "to" on "close")
    last = max(t.right_edge.i, to.right_edge.i)
    doc = t.doc
    # "Clinton is 439 delegates short when superdelegates are included, according to an AP count": a phrase
    # closing the sentence vouches for all of it, not for the clause the parser hung it on
    while h.dep_ in ("advcl", "conj", "ccomp", "xcomp") and h.head.i < h.i and h.head.pos_ in ("VERB", "AUX") \
            and t.i > h.i and _last_word(h.head) == _last_word(h) == last:
        h = h.head
    # "The bridge, according to Y, will reopen": an aside the parser hung on the subject vouches for its clause,
    # set off by commas or not ("The bridge according to Y will reopen": no noun is "according to" anyone); so
    # does one hung on a fronted word ("Tomorrow, according to Y, the bridge will reopen"), but not one hung on a
    # clause of its own before its head ("The bridge will reopen, according to Y, the mayor said": the ccomp's)
    if h.dep_ not in _CLAUSE_DEPS and h.i < t.i < h.head.i and h.head.pos_ in ("VERB", "AUX"):
        h = h.head
    # "X is looking into it, according to sources who spoke to Fox but were not authorized to speak": the parser
    # made the phrase open a clause coordinated with X's; that clause is about the source, the content is X's
    # (a clause with a subject of its own after the phrase is the content: "X reported, according to Y, Z tried …")
    if h.i > t.i and h.dep_ in ("conj", "advcl") and h.head.i < t.i and h.head.pos_ in ("VERB", "AUX") \
            and doc[t.i - 1].text == "," and h.left_edge.i == t.i \
            and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in h.children):
        last, h = max(last, h.right_edge.i), h.head
    # the clause around the cue phrase, in one or two pieces ("X, according to Y, will …"), without the
    # punctuation that set the phrase off or ends the sentence
    spans = [(a, b) for a, b in ((h.left_edge.i, t.left_edge.i - 1), (last + 1, h.right_edge.i)) if a <= b]
    aside = _aside_before(t)
    if aside is not None:
        spans = [aside]
    spans = [s for s in (_strip_punct(doc, a, b) for a, b in spans) if s is not None]
    att = from_according(t, mentions, text)
    if not spans or att is None:
        return None
    att.path = "according"
    return spans, att


_CLAUSE_DEPS = ("ccomp", "xcomp", "advcl", "conj", "parataxis", "csubj", "csubjpass")


def _according_to_whom(t, to, mentions: Mentions, text: str):
    """"… from Anna Lopez, according to whom the tax would be cut": a relative "according to whom/which"
    vouches for the clause after the pronoun, and the one it vouches as is the pronoun's antecedent, the
    noun right before the comma (the parser hangs the pronoun anywhere). None for any other "according to"."""
    doc = t.doc
    rel = to.i + 1
    if rel + 1 >= len(doc) or doc[rel].lower_ not in ("whom", "which") or t.i < 2 or doc[t.i - 1].text != ",":
        return None
    antecedent = doc[t.i - 2]
    if antecedent.pos_ not in ("PROPN", "NOUN"):
        return None
    span = _strip_punct(doc, rel + 1, sentence_of(t).end - 1)
    if span is None:
        return None
    att = Frame(cue=(t.idx, to.idx + len(to)))
    att.speaker, att.speaker_text, att.on_behalf_of, att.source = speaker_of(antecedent, mentions, text)
    att.path = "according"
    return [span], att


def _aside_before(t) -> tuple[int, int] | None:
    """"…, 82 percent of whom view him unfavorably, according to a poll": a phrase right after a relative
    clause set off by commas vouches for that clause (its tokens), not for the sentence it hangs on."""
    doc = t.doc
    if t.i < 3 or doc[t.i - 1].text != ",":
        return None
    x = doc[t.i - 2]
    while x.dep_ != "relcl" and x.head.i != x.i and x.head.right_edge.i == t.i - 2:
        x = x.head
    if x.dep_ != "relcl" or x.right_edge.i != t.i - 2 or x.left_edge.i < 1 or doc[x.left_edge.i - 1].text != "," \
            or not any(w.tag_ in ("WDT", "WP", "WP$") for w in doc[x.left_edge.i:x.i]):
        return None  # ", when he was …", ", where …": the time or place of the fact, not a clause of its own
    return x.left_edge.i, x.right_edge.i


def _last_word(tok) -> int:
    """Index of the last token of `tok`'s subtree that is not punctuation or space."""
    b = tok.right_edge.i
    while b > tok.i and (tok.doc[b].is_punct or tok.doc[b].is_space):
        b -= 1
    return b


def _strip_punct(doc, a: int, b: int) -> tuple[int, int] | None:
    while a <= b and (doc[a].is_punct or doc[a].is_space):
        a += 1
    while b >= a and (doc[b].is_punct or doc[b].is_space):
        b -= 1
    return (a, b) if a <= b else None


_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _has_subject(root) -> bool:
    """A finite clause: a subject of its own, or a tensed verb or auxiliary (the parser sometimes misses
    the subject: "Last year was the hottest"); not an infinitive or a gerund."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj", "csubjpass") for c in root.children):
        return True
    return root.tag_ in _FINITE_TAGS or any(c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE_TAGS for c in root.children)


def _passive(verb) -> bool:
    """'Details were posted', 'plans were announced': the subject is what was said, not who said it
    ('X was quoted as saying' is handled through the verb 'saying'): a child labelled auxpass or nsubjpass
    (columns.with_child: the stage asks of nearly every verb)."""
    return verb.i in with_child(verb.doc, PASSIVE_LABELS)


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and (text[s].isspace() or text[s] in ",;:—–-"):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",;:—–-."):
        e -= 1
    return s, e


@register
class QuotesStage(Stage):
    """Quotes and attributions (speech, writing, thought, intention) with their speakers, resolved
    through the actors stage's coreference. Owns its cue lexicon and candidate filter."""

    name = "quotes"
    requires = frozenset({"parse", "sections", "entities", "actors"})
    provides = frozenset({"quotes", "attributions"})

    def __init__(self, nlp, settings=None):
        super().__init__(nlp, settings)
        self.lexicon = Lexicon(lexicon.DEFAULT)
        self.filter = Filter(attribution_filter.DEFAULT) if attribution_filter.DEFAULT.exists() else None

    def __call__(self, doc: Document, parse: Parse) -> None:
        doc.quotes, doc.attributions = extract_all(doc, parse, flt=self.filter, lex=self.lexicon)


# --- helper for later stages ----------------------------------------------------------------------------

def quote_at(doc: Document, start: int, end: int) -> Quote | None:
    """The innermost quote containing [start, end) (an event reported inside someone's words), or None."""
    best = None
    for q in doc.quotes:
        if q.start <= start and end <= q.end and (best is None or q.end - q.start < best.end - best.start):
            best = q
    return best

