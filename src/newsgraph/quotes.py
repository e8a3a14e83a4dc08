"""Quotes: who said what, in quotation marks or in reported speech.

1. Quotation marks (straight and curly double quotes, « guillemets », ‘single curly quotes’) are paired
   within each body paragraph; a quote left open at the end of a paragraph runs to its end (the
   convention for quotes that go on in the next paragraph, which reopens them).
2. Each quoted passage is `direct` when it stands as a sentence of its own (it opens a paragraph
   or follows a sentence end or "said:"), `partial` when it is embedded in a sentence.
3. Its attribution comes from the parse: the nearest verb of saying governing the passage
   ("said he hoped the government would make the country “a force…”"), else a cue in the text
   around the marks (“…,” he said / “…,” according to X), else the speaker of the quote just before
   (a quote continuing in the next paragraph).
4. Reported speech without marks is an `indirect` quote: the clause a verb of saying governs
   ("X said that…"), a parenthetical attribution ("…, a source told AFP"), or "according to X".
5. The speaker phrase is mapped to an entity of `doc.entities` (any mention kind, so the actors
   stage's pronouns and nominals count); intermediaries ("his spokesperson Tommy Pigott") give
   `on_behalf_of`; unnamed sources ("a source in the Iraqi political sphere") stay anonymous
   (speaker null, `speaker_text` set); "told AFP" gives `reported_to`; "In a letter" gives `medium`.
"""

from __future__ import annotations

import bisect
import re

from .model import Document, Quote, Span
from .nlp import Parse
from .stage import Stage, register

QUOTE_SECTIONS = ("body",)
NON_ACTOR_SECTIONS = frozenset({"credit", "byline", "published"})

# Verbs whose subject is the speaker of what they govern (lemmas).
SAY_VERBS = frozenset("""
say tell add warn insist claim state explain note write argue ask announce declare emphasize emphasise
stress reply respond answer comment report tweet post quip continue conclude acknowledge admit confirm
deny suggest predict promise vow pledge recall allege assert maintain reiterate repeat concede caution
threaten testify inform signal indicate observe remark complain urge describe call dub label express
voice brand hail praise criticize criticise condemn accuse blame demand estimate disclose reveal
""".split())
# Verbs whose governed clause is reported speech ("X said that…"): not "call", "describe", "praise".
INDIRECT_VERBS = frozenset("""
say tell add warn insist claim state explain note write argue announce declare emphasize emphasise
stress reply respond acknowledge admit confirm deny suggest predict promise vow pledge allege assert
maintain reiterate concede caution threaten testify inform report tweet post disclose reveal estimate
""".split())
# Speaker nouns that relay someone else's words: their possessor or "for X" is on whose behalf.
INTERMEDIARIES = frozenset("""
spokesperson spokesman spokeswoman spokespeople aide adviser advisor office lawyer attorney representative
secretary envoy deputy press-secretary mouthpiece counsel
""".split())
# Speaker nouns that, without a named organisation or country on them, leave the source anonymous.
ANONYMOUS = frozenset("""
source sources official officials diplomat diplomats person people insider insiders aide aides
member members figure figures analyst analysts observer observers witness witnesses resident residents
""".split())
# Nouns naming the carrier of a statement ("In a letter", "according to a statement by").
MEDIA = {
    "letter": "letter", "statement": "statement", "interview": "interview", "tweet": "post", "post": "post",
    "email": "email", "memo": "memo", "speech": "speech", "address": "speech", "op-ed": "op-ed",
    "article": "article", "video": "video", "conference": "press conference", "briefing": "briefing",
    "communique": "statement", "message": "message", "note": "note", "readout": "statement",
    "transcript": "transcript", "report": "report", "release": "statement", "broadcast": "broadcast",
    "podcast": "podcast", "book": "book", "filing": "filing", "testimony": "testimony", "hearing": "hearing",
}
STATEMENT_NOUNS = frozenset(set(MEDIA) | {"comment", "comments", "remark", "remarks", "words", "quote"})
PRONOUNS_PERSON = frozenset({"he", "she", "him", "his", "her", "i", "me", "my"})
PRONOUNS_GROUP = frozenset({"it", "its", "they", "their", "them", "we", "our"})
SPEAKER_TYPES = ("PERSON", "ORG", "GPE", "NORP")

_PAIRS = {"“": "”", "«": "»", "„": "“", "‘": "’"}
_OPEN = re.compile(r"[“«„\"]|(?:(?<=^)|(?<=[\s(\[—–-]))‘")
_WORD = re.compile(r"[\w’'-]+")


# --- quotation marks ---------------------------------------------------------------------------------

def find_marked(text: str, start: int, end: int) -> list[tuple[int, int, int, int]]:
    """(open_mark, content_start, content_end, close_mark_end) for every quoted passage in text[start:end].

    A passage left open runs to the end of the stretch (the paragraph).
    """
    out = []
    i = start
    while True:
        m = _OPEN.search(text, i, end)
        if not m:
            break
        o = m.start()
        ch = text[o]
        if ch == '"':
            c = text.find('"', o + 1, end)
        elif ch == "‘":
            if o + 1 < end and text[o + 1].isdigit():  # ‘90s: an apostrophe, not a quote
                i = o + 1
                continue
            c = _close_single(text, o + 1, min(end, o + 400))
            if c == -1:  # single quotes are short and closed; an unclosed ‘ is a stray mark
                i = o + 1
                continue
        else:
            c = text.find(_PAIRS[ch], o + 1, end)
        close_end = end if c == -1 else c + 1
        if o > start and text[o - 1] == "=":  # href="…", onerror="…": markup or code, not speech
            i = close_end
            continue
        cs, ce = o + 1, end if c == -1 else c
        while cs < ce and text[cs].isspace():
            cs += 1
        while ce > cs and (text[ce - 1].isspace() or text[ce - 1] in ",;"):
            ce -= 1
        if ce > cs and _WORD.search(text, cs, ce):
            out.append((o, cs, ce, close_end))
        i = close_end
    return out


def _close_single(text: str, i: int, end: int) -> int:
    """The ’ closing a ‘ quote: one not followed by a letter (so not the apostrophe of don’t, it’s)."""
    while True:
        c = text.find("’", i, end)
        if c == -1:
            return -1
        if c + 1 >= end or not text[c + 1].isalnum():
            return c
        i = c + 1


# --- entities ------------------------------------------------------------------------------------------

class Mentions:
    """The mentions of doc.entities, by offset, for mapping speaker phrases to entities."""

    def __init__(self, doc: Document):
        items = []
        for e in doc.entities:
            if e.attrs.get("section") in NON_ACTOR_SECTIONS:
                continue
            for m in e.mentions:
                items.append((m.start, m.end, m.kind, e))
        items.sort(key=lambda t: t[0])
        self.items = items
        self.starts = [t[0] for t in items]
        self.quoted: list[tuple[int, int]] = []  # spans inside quotation marks: no antecedents there

    def within(self, start: int, end: int) -> list[tuple[int, int, str, object]]:
        i = bisect.bisect_left(self.starts, start)
        out = []
        while i < len(self.items) and self.items[i][0] < end:
            if self.items[i][1] <= end:
                out.append(self.items[i])
            i += 1
        return out

    def covering(self, start: int, end: int):
        """The entity whose mention covers [start, end) most tightly, else None."""
        found = self.covering_all(start, end)
        return found[0] if found else None

    def covering_all(self, start: int, end: int) -> list:
        """Entities with a mention covering [start, end), the tightest mention first."""
        out = []
        i = bisect.bisect_right(self.starts, start) - 1
        while i >= 0:
            s, e, _, ent = self.items[i]
            if s <= start and end <= e:
                out.append((e - s, ent))
            if start - s > 200:
                break
            i -= 1
        out.sort(key=lambda t: t[0])
        return [ent for _, ent in out]

    def antecedent_quoted(self, ent, offset: int) -> bool:
        """True when the last name/nominal mention of `ent` before `offset` is inside quotation marks."""
        last = max((m.start for m in ent.mentions if m.kind != "pronoun" and m.end <= offset), default=None)
        return last is not None and any(a <= last < b for a, b in self.quoted)

    def before(self, offset: int, types: tuple[str, ...], exclude: set[str] = frozenset(), sdoc=None):
        """The antecedent of a pronoun at `offset`: among mentions of `types` in its sentence and the one
        before, the subject of a main clause first, then any subject, then the nearest; else the nearest
        earlier mention."""
        i = bisect.bisect_left(self.starts, offset) - 1
        window_start = -1
        if sdoc is not None:
            tok = sdoc.char_span(offset, offset + 1, alignment_mode="expand")
            if tok is not None and len(tok):
                sent = tok[0].sent
                window_start = sdoc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
        best, best_rank = None, None
        while i >= 0:
            s, e, kind, ent = self.items[i]
            i -= 1
            if e > offset or kind == "pronoun" or ent.type not in types or ent.id in exclude:
                continue
            if any(a <= s < b for a, b in self.quoted):
                continue  # a name inside someone's quote is not who "he" is in the attribution
            if s < window_start or sdoc is None:
                return best or ent
            span = sdoc.char_span(s, e, alignment_mode="expand")
            root = span.root if span is not None else None
            while root is not None and root.dep_ in ("compound", "appos", "flat") and root.head.i != root.i:
                root = root.head
            role = 0
            if root is not None and root.dep_ in ("nsubj", "nsubjpass"):
                role = 2 if root.head.dep_ == "ROOT" else 1
            if best_rank is None or role > best_rank:
                best, best_rank = ent, role
        return best


# --- speaker phrases -------------------------------------------------------------------------------------

def _pronoun_entity(tok, mentions: Mentions, exclude: set[str] = frozenset()):
    sdoc = tok.doc
    ent = mentions.covering(tok.idx, tok.idx + len(tok))
    if ent is not None and not mentions.antecedent_quoted(ent, tok.idx):
        return ent
    # no coreference from the actors stage, or one that points into a quote: the "he" of
    # '"Tony Blair seems to have disappeared," he said' is not Tony Blair
    low = tok.lower_
    if low in PRONOUNS_PERSON:
        return mentions.before(tok.idx, ("PERSON",), exclude, sdoc)
    if low in PRONOUNS_GROUP:
        return mentions.before(tok.idx, ("ORG", "GPE"), exclude, sdoc)
    return None


def _core(head) -> list:
    """The head of a speaker phrase with its name parts: compounds, appositions, flat names, modifiers."""
    out = [head]
    for c in head.children:
        if c.dep_ in ("compound", "appos", "flat", "amod", "nmod", "npadvmod"):
            out.append(c)
            out.extend(x for x in c.children if x.dep_ in ("compound", "flat"))
    return out


def resolve_speaker(head, mentions: Mentions, text: str) -> tuple[str | None, str, str | None]:
    """(speaker entity id, speaker text, on_behalf_of entity id) for a speaker phrase's head token."""
    doc = head.doc
    left, right = head.left_edge, head.right_edge
    s = left.idx
    # the phrase ends before a relative clause or a comma after the head ("officials, who spoke…")
    last = right.i
    for c in head.children:
        if c.i > head.i and (c.dep_ == "relcl" or c.text == ","):
            last = c.left_edge.i - 1
            break
    last = max(last, head.i)
    e = doc[last].idx + len(doc[last])
    sub = doc[left.i:last + 1]
    while e > s and text[e - 1] in " ,.;:":
        e -= 1
    speaker_text = text[s:e]
    lemma = head.lemma_.lower()
    if head.pos_ == "PRON":
        ent = _pronoun_entity(head, mentions)
        return (ent.id if ent else None), speaker_text, None
    core = _core(head)
    nouns = {t.lower_ for t in core} | {t.lemma_.lower() for t in core}
    intermediary = next((t for t in core if t.lower_ in INTERMEDIARIES or t.lemma_.lower() in INTERMEDIARIES), None)
    on_behalf = None
    if intermediary is not None:
        for c in list(intermediary.children) + ([] if intermediary.i == head.i else list(head.children)):
            if c.dep_ == "poss":
                ent = _pronoun_entity(c, mentions) if c.pos_ == "PRON" else _entity_in(c.subtree, mentions, c)
                on_behalf = ent.id if ent else None
            elif c.dep_ == "prep" and c.lower_ in ("for", "of", "to"):
                pobj = next((x for x in c.children if x.dep_ == "pobj"), None)
                if pobj is not None:
                    ent = _entity_in(pobj.subtree, mentions, pobj)
                    on_behalf = ent.id if ent else on_behalf
    # the speaker: an entity mention on the head or its name parts (not inside "in the Iraqi political sphere");
    # a role noun with a name in apposition is that person ("The head of the agency, Rafael Grossi, said")
    ent = None
    if head.pos_ == "NOUN":
        for c in head.children:
            if c.dep_ == "appos":
                named = mentions.covering(c.idx, c.idx + len(c))
                if named is not None and named.type == "PERSON":
                    ent = named
                    break
    if ent is not None:
        return ent.id, speaker_text, (on_behalf if on_behalf != ent.id else None)
    ent = mentions.covering(head.idx, head.idx + len(head))
    if ent is not None and lemma in ANONYMOUS and not any(m.kind == "name" for m in ent.mentions) \
            and not any(o.id != ent.id for t in core if t.i != head.i for o in mentions.covering_all(t.idx, t.idx + len(t))):
        return None, speaker_text, on_behalf  # "two senior officials": no country or body named, anonymous
    if ent is None:
        ent = _entity_in(core, mentions, head, skip=intermediary)
    if ent is not None and on_behalf == ent.id:
        on_behalf = None
    if ent is None and (lemma in ANONYMOUS or nouns & ANONYMOUS):
        return None, speaker_text, on_behalf
    if ent is None and intermediary is None:
        ent = _entity_in(sub, mentions, head)
    return (ent.id if ent else None), speaker_text, on_behalf


def _entity_in(tokens, mentions: Mentions, head, skip=None):
    """The best entity with a mention among `tokens`: people first, then organisations and countries."""
    best, rank = None, None
    for t in tokens:
        if skip is not None and t.i == skip.i:
            continue
        ent = mentions.covering(t.idx, t.idx + len(t))
        if ent is None and t.pos_ == "PRON" and t.dep_ == "poss":
            continue
        if ent is None or ent.type not in SPEAKER_TYPES:
            continue
        r = (SPEAKER_TYPES.index(ent.type), abs(t.i - head.i))
        if rank is None or r < rank:
            best, rank = ent, r
    return best


def _subject(verb):
    """The speaker phrase head of a verb of saying: its subject, or the subject of the verb it hangs on."""
    v = verb
    for _ in range(4):
        for c in v.children:
            if c.dep_ in ("nsubj", "csubj"):
                return c
            if c.dep_ == "nsubjpass" and v.lemma_ == "quote":  # "X was quoted as saying"
                return c
        if v.dep_ in ("xcomp", "advcl", "conj", "pcomp") and v.head.i != v.i:
            v = v.head
            if v.dep_ == "prep":  # "as saying"
                v = v.head
            continue
        break
    doc = verb.doc
    # a name the parser hung elsewhere right before the verb ("…, Marco Rubio said")
    j = verb.i - 1
    while j >= 0 and doc[j].pos_ in ("ADV", "AUX", "PART") and verb.i - j < 3:
        j -= 1
    if j >= 0 and doc[j].pos_ in ("PROPN", "NOUN", "PRON") and doc[j].dep_ not in ("pobj", "dobj", "poss"):
        return doc[j]
    # inverted "said Smith", "said he.": the name or pronoun right after the verb
    if verb.i + 1 < len(doc):
        nxt = doc[verb.i + 1]
        if nxt.pos_ == "PROPN" or (nxt.pos_ == "PRON" and (verb.i + 2 >= len(doc) or doc[verb.i + 2].is_punct)):
            return nxt.head if nxt.dep_ == "compound" else nxt
    return None


def _medium_and_outlet(verb, mentions: Mentions) -> tuple[str | None, str | None]:
    medium = outlet = None
    for c in list(verb.children) + ([c for c in verb.head.children if c.dep_ == "prep"] if verb.dep_ == "ccomp" else []):
        if c.dep_ == "prep" and c.lower_ in ("in", "on", "during", "via", "through", "at"):
            pobj = next((x for x in c.children if x.dep_ == "pobj"), None)
            if pobj is not None and pobj.lemma_.lower() in MEDIA and medium is None:
                medium = MEDIA[pobj.lemma_.lower()]
                outlet = outlet or _outlet_in(pobj, mentions)
        elif c.dep_ in ("dobj", "dative", "iobj") and verb.lemma_ == "tell":
            outlet = outlet or _outlet(c, mentions)
        elif c.dep_ == "prep" and c.lower_ in ("to", "with") and verb.lemma_ in ("say", "speak", "talk"):
            pobj = next((x for x in c.children if x.dep_ == "pobj"), None)
            if pobj is not None:
                outlet = outlet or _outlet(pobj, mentions)
    if verb.lemma_ in ("tweet", "post"):
        medium = medium or "post"
    elif verb.lemma_ == "write":
        medium = medium or "writing"
    return medium, outlet


def _outlet_in(noun, mentions: Mentions) -> str | None:
    for c in noun.children:  # "an interview with CNN"
        if c.dep_ == "prep" and c.lower_ in ("with", "to", "on"):
            pobj = next((x for x in c.children if x.dep_ == "pobj"), None)
            if pobj is not None:
                return _outlet(pobj, mentions)
    return None


def _outlet(tok, mentions: Mentions) -> str | None:
    """The outlet a statement was made to ("told AFP"): an organisation or proper name, not "reporters"."""
    ent = mentions.covering(tok.idx, tok.idx + len(tok))
    if ent is not None and ent.type == "ORG":
        return ent.name
    return None


# --- attribution ----------------------------------------------------------------------------------------

class Attribution:
    __slots__ = ("cue", "speaker", "speaker_text", "on_behalf_of", "medium", "reported_to")

    def __init__(self, cue=None, speaker=None, speaker_text=None, on_behalf_of=None, medium=None, reported_to=None):
        self.cue, self.speaker, self.speaker_text = cue, speaker, speaker_text
        self.on_behalf_of, self.medium, self.reported_to = on_behalf_of, medium, reported_to


def from_verb(verb, mentions: Mentions, text: str) -> Attribution:
    subj = _subject(verb)
    att = Attribution(cue=(verb.idx, verb.idx + len(verb)))
    if subj is not None:
        att.speaker, att.speaker_text, att.on_behalf_of = resolve_speaker(subj, mentions, text)
    att.medium, att.reported_to = _medium_and_outlet(verb, mentions)
    return att


def from_according(acc, mentions: Mentions, text: str) -> Attribution | None:
    """'according to X' / 'according to comments reported by X' / 'according to a statement from X'."""
    to = next((c for c in acc.children if c.lower_ == "to"), None)
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    if pobj is None:
        return None
    att = Attribution(cue=(acc.idx, to.idx + len(to)))
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
    att.speaker, att.speaker_text, att.on_behalf_of = resolve_speaker(head, mentions, text)
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

def _is_direct(text: str, para_start: int, open_mark: int, cs: int) -> bool:
    if not (text[cs].isupper() or text[cs].isdigit() or text[cs] in "…."):
        return False
    j = open_mark - 1
    while j >= para_start and text[j].isspace():
        j -= 1
    return j < para_start or text[j] in ".!?:,;—–-”\"»)"


def extract(doc: Document, parse: Parse) -> list[Quote]:
    text = doc.text
    sdoc = parse.doc
    mentions = Mentions(doc)
    marked: list[tuple[int, int, int, int, int]] = []  # (open, cs, ce, close_end, para_start)
    for sec in doc.sections:
        if sec.kind in QUOTE_SECTIONS:
            marked.extend((o, cs, ce, c, sec.start) for o, cs, ce, c in find_marked(text, sec.start, sec.end))
    masks = [(o, c) for o, _, _, c, _ in marked]
    mentions.quoted = masks

    def masked(i: int) -> bool:
        return any(a <= i < b for a, b in masks)

    quotes: list[tuple[int, int, str, Attribution | None]] = []
    for o, cs, ce, c, para in marked:
        direct = _is_direct(text, para, o, cs)
        att = _attribute_marked(sdoc, text, o, cs, ce, c, para, masked, mentions)
        nwords = len(_WORD.findall(text, cs, ce))
        if att is not None and not direct and nwords <= 3 and att.speaker is None and att.speaker_text is None:
            att = None  # "the so-called “peace plan”": a cue without a speaker is no attribution
        if att is None and not direct and nwords <= 3:
            continue  # scare quotes or a title, not speech
        quotes.append((cs, ce, "direct" if direct else "partial", att))
    quotes.extend(_indirect(parse, text, masked, marked, mentions))
    quotes.sort(key=lambda q: (q[0], -q[1]))
    # A quote with no cue of its own goes on from the speech just before it (same or next paragraph):
    # 'X said members would strike. “We have been patient…”'
    filled = []
    prev: tuple[Attribution, int] | None = None
    for s, e, kind, att in quotes:
        para = parse.section_at(s).start if parse.section_at(s) else -1
        if att is None:
            if kind == "direct" and prev is not None and _near_paragraph(doc, prev[1], para):
                att = prev[0]
            else:
                att = Attribution()
        elif att.speaker is not None or att.speaker_text:
            prev = (att, para)
        filled.append((s, e, kind, att))
    quotes = filled
    out = []
    seen = set()
    for s, e, kind, att in quotes:
        if (s, e) in seen:
            continue
        seen.add((s, e))
        out.append(Quote(id=f"q{len(out) + 1}", start=s, end=e, text=text[s:e], kind=kind,
                         cue=Span(start=att.cue[0], end=att.cue[1], text=text[att.cue[0]:att.cue[1]]) if att.cue else None,
                         speaker=att.speaker, speaker_text=att.speaker_text, on_behalf_of=att.on_behalf_of,
                         medium=att.medium, reported_to=att.reported_to))
    return out


def _near_paragraph(doc: Document, prev_para: int, para: int) -> bool:
    """True when `para` is the paragraph of the previous quote or the body paragraph right after it."""
    if prev_para == para:
        return True
    bodies = [s.start for s in doc.sections if s.kind == "body"]
    try:
        return bodies.index(para) - bodies.index(prev_para) == 1
    except ValueError:
        return False


def _attribute_marked(sdoc, text, o, cs, ce, c, para, masked, mentions) -> Attribution | None:
    span = sdoc.char_span(cs, ce, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    # 1. a verb of saying governing the passage, outside the marks
    for tok in span:
        h = tok.head
        if h.i >= span.start and h.i < span.end:
            continue
        steps = 0
        while steps < 6:
            if not masked(h.idx) and h.lemma_ in SAY_VERBS and h.pos_ in ("VERB", "AUX"):
                return from_verb(h, mentions, text)
            if h.head.i == h.i:
                break
            h, steps = h.head, steps + 1
        break
    # 2. a cue in the words after the closing mark, then before the opening one (same sentence)
    after = _frame_after(sdoc, text, c, masked)
    before = _frame_before(sdoc, text, o, para, masked)
    for toks in (after, before):
        for t in toks:
            if t.lower_ == "according" and t.i + 1 < len(sdoc) and sdoc[t.i + 1].lower_ == "to":
                att = from_according(t, mentions, text)
                if att is not None:
                    return att
        for t in toks:
            if t.lemma_ in SAY_VERBS and t.pos_ in ("VERB", "AUX") and not _passive(t):
                return from_verb(t, mentions, text)
    return None


_SENT_END = re.compile(r"[.!?](?=\s|$)")


def _frame_after(sdoc, text, c, masked) -> list:
    """Tokens after a closing mark up to the sentence end or the next quote (same paragraph)."""
    if c >= len(text):
        return []
    para_end = text.find("\n", c)
    para_end = len(text) if para_end == -1 else para_end
    m = _SENT_END.search(text, c, para_end)
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
    for m in _SENT_END.finditer(text, para, o):
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


def _indirect(parse: Parse, text: str, masked, marked, mentions: Mentions) -> list:
    """Reported speech: clauses governed by verbs of saying, parenthetical attributions, 'according to'."""
    out = []
    inside = [(o, c) for o, _, _, c, _ in marked]

    def within_one_quote(s: int, e: int) -> bool:
        return any(a <= s and e <= b for a, b in inside)

    sdoc = parse.doc
    for i in _candidate_tokens(sdoc):
        t = sdoc[i]
        if parse.kind_at(t.idx) not in QUOTE_SECTIONS:
            continue
        if True:
            lemma = t.lemma_
            if lemma in INDIRECT_VERBS and t.pos_ in ("VERB", "AUX") and not masked(t.idx) \
                    and not _passive(t):  # "plans were announced"
                comp = _complement(t)
                if comp is not None:
                    s, e = _clause(comp, skip_mark=True)
                elif t.dep_ in ("ccomp", "parataxis") and t.head.i < t.i and t.head.lemma_ not in INDIRECT_VERBS:
                    # "…, a source told AFP": the clause before the attribution is what was said
                    s = min(x.idx for x in t.head.subtree)
                    e = min(x.idx for x in t.subtree)
                    if s >= e:
                        continue
                else:
                    continue
            elif t.lower_ == "according" and t.i + 1 < len(parse.doc) and parse.doc[t.i + 1].lower_ == "to" \
                    and not masked(t.idx):
                h = t.head
                if h.i == t.i:
                    continue
                sub = [x for x in h.subtree if not (t.left_edge.i <= x.i <= t.right_edge.i)]
                if not sub:
                    continue
                s = min(x.idx for x in sub)
                e = max(x.idx + len(x) for x in sub)
            else:
                continue
            s, e = _trim(text, s, e)
            if e - s < 8 or within_one_quote(s, e):
                continue
            if lemma in INDIRECT_VERBS and t.lower_ != "according":
                att = from_verb(t, mentions, text)
            else:
                att = from_according(t, mentions, text)
                if att is None:
                    continue
            out.append((s, e, "indirect", att))
    return out


def _passive(verb) -> bool:
    """'Details were posted', 'plans were announced': the subject is what was said, not who said it
    ('X was quoted as saying' is handled through the verb 'saying')."""
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _complement(verb):
    """The clause a verb of saying reports: its ccomp, or a that-clause the parser hung on a noun after it
    ("told the BBC in an interview that France would…")."""
    for c in verb.children:
        if c.dep_ == "ccomp":  # before the verb too ("…, Mr Wilson said"); quotes in marks are filtered later
            return c
    for c in verb.children:
        if c.i > verb.i and c.dep_ in ("prep", "dobj", "dative"):
            for x in c.subtree:
                if x.dep_ in ("acl", "relcl", "advcl") and any(m.dep_ == "mark" and m.lower_ == "that" for m in x.children):
                    return x
    return None


_HASHES: dict[int, object] = {}


def _candidate_tokens(sdoc):
    """Indices of tokens that may be speech cues (verbs of saying, "according"), found without Token objects."""
    from spacy.attrs import LEMMA, LOWER

    key = id(sdoc.vocab)
    wanted = _HASHES.get(key)
    if wanted is None:
        strings = sdoc.vocab.strings
        wanted = frozenset(strings.add(w) for w in INDIRECT_VERBS) | {strings.add("according")}
        _HASHES[key] = wanted
    arr = sdoc.to_array([LEMMA, LOWER]).tolist()
    return [i for i, (lemma, low) in enumerate(arr) if lemma in wanted or low in wanted]


def _clause(tok, skip_mark: bool):
    """Offsets of the clause a token heads, without a leading "that" or a trailing "according to X"."""
    doc = tok.doc
    a, b = tok.left_edge.i, tok.right_edge.i
    if skip_mark and doc[a].dep_ == "mark" and doc[a].lower_ == "that" and a < b:
        a += 1
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "according":
            if c.i > tok.i:
                b = min(b, c.left_edge.i - 1)
            else:
                a = max(a, c.right_edge.i + 1)
    b = max(a, b)
    return doc[a].idx, doc[b].idx + len(doc[b])


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and (text[s].isspace() or text[s] in ",;:—–-"):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",;:—–-."):
        e -= 1
    return s, e


@register
class QuotesStage(Stage):
    """Quoted and reported speech with its speaker, resolved through the actors stage's coreference."""

    name = "quotes"
    requires = frozenset({"parse", "sections", "entities", "actors"})
    provides = frozenset({"quotes"})

    def __call__(self, doc: Document, parse: Parse) -> None:
        doc.quotes = extract(doc, parse)


# --- helper for later stages ----------------------------------------------------------------------------

def quote_at(doc: Document, start: int, end: int) -> Quote | None:
    """The innermost quote containing [start, end) (an event reported inside someone's words), or None."""
    best = None
    for q in doc.quotes:
        if q.start <= start and end <= q.end and (best is None or q.end - q.start < best.end - best.start):
            best = q
    return best
