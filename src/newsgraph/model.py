"""The document model `newsgraph/1`: the one object every stage adds to.

Plain data (msgspec Structs) so a Document encodes to JSON fast and decodes with validation.
Every span-bearing item carries `start`, `end` and `text`, with `text == doc.text[start:end]`.
Field names are part of the public schema (docs/schema.md): extend, never rename.
"""

from __future__ import annotations

import hashlib
from typing import Any

import msgspec

SCHEMA = "newsgraph/1"


class Span(msgspec.Struct, kw_only=True):
    start: int
    end: int
    text: str


def trimmed_span(text: str, start: int, end: int) -> Span:
    """The Span of text[start:end] without the white space at its edges (a sentence from the parser
    keeps its trailing space and line breaks; evidence should not)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start=start, end=end, text=text[start:end])


class Section(msgspec.Struct, kw_only=True):
    """A labelled stretch of the article: title, dateline, byline, published, credit, caption, body."""

    kind: str
    start: int
    end: int
    text: str
    attrs: dict[str, Any] = {}


class Published(msgspec.Struct, kw_only=True):
    value: str | None = None  # ISO date (YYYY-MM-DD) or null
    inferred: bool = False
    basis: str = "unknown"  # one line saying where the value came from


class Source(msgspec.Struct, kw_only=True):
    path: str | None = None
    url: str | None = None
    outlet: str | None = None  # publisher/site from metadata
    agency: str | None = None  # wire agency the text names (AFP, AP, Reuters...)
    agency_basis: str | None = None
    record_id: str | None = None  # id given in a JSON record
    format: str = "text"  # text | html | json | jsonl


class Mention(msgspec.Struct, kw_only=True):
    start: int
    end: int
    text: str
    kind: str = "name"  # name | nominal | pronoun | metonym | modifier (places: "the Syrian town of")


class Actor(msgspec.Struct, kw_only=True):
    code: str | None = None  # CAMEO style: country alpha-3 + sector, e.g. USAGOV
    country: str | None = None  # ISO 3166 alpha-3
    sector: str | None = None  # PLOVER sector: GOV, MIL, PTY, REB, MED, IGO...
    role: str | None = None
    former: bool = False

    def codes(self) -> list[str]:
        """The actors this one stands for, in codes: a compound actor of a user dictionary
        (`THE_SHIRE [FRO/BIL/SAM]`) has `code` "FRO/BIL/SAM" and three; any other actor its one code."""
        return self.code.split("/") if self.code else []


class Entity(msgspec.Struct, kw_only=True):
    id: str
    name: str
    type: str  # PERSON | ORG | GPE | NORP | LOC | ...
    aliases: list[str] = []
    mentions: list[Mention] = []
    actor: Actor | None = None
    attrs: dict[str, Any] = {}  # e.g. {"section": "credit"} or stage-specific extras


class DateRef(msgspec.Struct, kw_only=True):
    value: str | None = None
    granularity: str | None = None
    text: str | None = None  # the time expression it came from, or "document date"


class Issue(msgspec.Struct, kw_only=True):
    """An issue code of an event's sentence, from a PETRARCH issue dictionary (--issues)."""

    code: str
    count: int = 1  # how many of the dictionary's phrases the sentence holds for it


class Event(msgspec.Struct, kw_only=True):
    id: str
    type: str | None  # PLOVER event type; None: coded by a user verb dictionary (--verbs) with a code PLOVER does not type
    mode: str | None = None
    context: list[str] = []
    cameo: str | None = None
    quad_class: int | None = None
    goldstein: float | None = None
    source: list[str] = []  # entity ids
    target: list[str] = []  # entity ids
    date: DateRef | None = None
    location: str | None = None  # place id
    evidence: Span | None = None  # the sentence
    trigger: Span | None = None
    restatements: list[Span] = []  # further evidence spans of the same event in this document
    flags: list[str] = []  # negated | hypothetical | future | historical | reported
    confidence: float = 0.0
    acled: dict | None = None  # {"event_type", "sub_event_type"} (ACLED names) for violent, protest, strategic events
    issues: list[Issue] = []  # the issue codes of its sentences (only with an issue dictionary: --issues)


class Discard(msgspec.Struct, kw_only=True):
    """Why a sentence (or the whole document) coded no event: a phrase of the discard list (--discards)."""

    scope: str  # sentence | story (the whole document codes no event)
    phrase: str  # the discard list's entry, as written ("+WORLD CUP")
    start: int  # the matched text
    end: int
    text: str
    sentence: Span  # the sentence that holds it


class Quote(msgspec.Struct, kw_only=True):
    id: str
    start: int
    end: int
    text: str
    kind: str  # direct | partial | indirect
    cue: Span | None = None
    speaker: str | None = None  # entity id
    speaker_text: str | None = None
    on_behalf_of: str | None = None  # entity id
    medium: str | None = None  # letter | statement | interview | ...
    reported_to: str | None = None  # outlet, e.g. AFP


class Attribution(msgspec.Struct, kw_only=True):
    """Who is reported as saying, writing, believing or intending what (docs/schema.md)."""

    id: str
    kind: str  # direct | partial | mixed | indirect
    type: str = "speech"  # speech | writing | thought | intention
    content: list[Span] = []  # what is attributed, in text order (several fragments when a cue interrupts it)
    cue: Span | None = None
    source: Span | None = None  # the source phrase as the text gives it ("he", "a person familiar with ...")
    speaker: str | None = None  # entity id; null for anonymous sources
    speaker_text: str | None = None
    on_behalf_of: str | None = None  # entity id
    medium: str | None = None
    reported_to: str | None = None
    quotes: list[str] = []  # ids of the quotes[] it is made of


class TimeExpr(msgspec.Struct, kw_only=True):
    id: str
    start: int
    end: int
    text: str
    value: str | None
    granularity: str | None = None  # day | week | month | year | decade | duration | present | ...
    type: str = "DATE"  # DATE | DURATION | TIME | SET (TIMEX3)
    mod: str | None = None  # START | MID | END | BEFORE | AFTER | APPROX


class Place(msgspec.Struct, kw_only=True):
    id: str
    name: str
    country: str | None = None  # ISO alpha-3
    lat: float | None = None
    lon: float | None = None
    feature: str | None = None  # country | admin | city | region | water | landform | street | building
    geonameid: int | None = None  # the GeoNames entry, when the gazetteer has one
    mentions: list[Mention] = []  # kind: name (literal) | modifier ("Syrian", "U.S. officials") | metonym


class Document(msgspec.Struct, kw_only=True):
    schema: str = SCHEMA
    id: str = ""
    text: str = ""
    language: str = "en"
    source: Source = msgspec.field(default_factory=Source)
    title: str | None = None
    dateline: Span | None = None
    published: Published = msgspec.field(default_factory=Published)
    sections: list[Section] = []
    entities: list[Entity] = []
    events: list[Event] = []
    discards: list[Discard] = []  # sentences the discard list kept from coding events, and why
    quotes: list[Quote] = []
    attributions: list[Attribution] = []
    times: list[TimeExpr] = []
    places: list[Place] = []
    meta: dict[str, Any] = {}  # generator, model name/version

    def span(self, start: int, end: int) -> Span:
        return Span(start=start, end=end, text=self.text[start:end])

    def to_dict(self) -> dict[str, Any]:
        return msgspec.to_builtins(self)

    def to_json(self, indent: int | None = None) -> str:
        raw = msgspec.json.encode(self)
        if indent:
            return msgspec.json.format(raw, indent=indent).decode()
        return raw.decode()

    @classmethod
    def from_json(cls, data: str | bytes) -> Document:
        return msgspec.json.decode(data, type=cls)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        return msgspec.convert(data, type=cls)

    def entity(self, entity_id: str) -> Entity | None:
        for ent in self.entities:
            if ent.id == entity_id:
                return ent
        return None

    def place(self, place_id: str | None) -> Place | None:
        """The place with this id (an event's `location`), or None."""
        return next((p for p in self.places if p.id == place_id), None) if place_id else None

    def entity_for_span(self, start: int, end: int) -> Entity | None:
        """The entity one of whose mentions overlaps [start, end): the mention covering the span most
        tightly wins (a span inside "US Secretary of State Marco Rubio" maps to Rubio). Pure function
        of `entities`; entities marked attrs.actor == False (credits, bylines) are skipped."""
        best = None
        best_key = None
        for ent in self.entities:
            if ent.attrs.get("actor") is False:
                continue
            for m in ent.mentions:
                if m.start < end and start < m.end:
                    overlap = min(end, m.end) - max(start, m.start)
                    key = (overlap, -(m.end - m.start))
                    if best_key is None or key > best_key:
                        best, best_key = ent, key
        return best

    def section_at(self, offset: int) -> Section | None:
        for sec in self.sections:
            if sec.start <= offset < sec.end:
                return sec
        return None


def content_id(text: str) -> str:
    """Stable id of a document: a hash of its emitted text (same text, same id)."""
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def iter_spans(doc: Document):
    """Yield (path, span-like) for every span-bearing item: the invariant checker and tests use it."""
    if doc.dateline is not None:
        yield "dateline", doc.dateline
    for i, s in enumerate(doc.sections):
        yield f"sections[{i}]", s
    for e in doc.entities:
        for j, m in enumerate(e.mentions):
            yield f"entities[{e.id}].mentions[{j}]", m
    for ev in doc.events:
        for name in ("evidence", "trigger"):
            sp = getattr(ev, name)
            if sp is not None:
                yield f"events[{ev.id}].{name}", sp
        for j, sp in enumerate(ev.restatements):
            yield f"events[{ev.id}].restatements[{j}]", sp
    for j, d in enumerate(doc.discards):
        yield f"discards[{j}]", d
        yield f"discards[{j}].sentence", d.sentence
    for q in doc.quotes:
        yield f"quotes[{q.id}]", q
        if q.cue is not None:
            yield f"quotes[{q.id}].cue", q.cue
    for a in doc.attributions:
        for j, sp in enumerate(a.content):
            yield f"attributions[{a.id}].content[{j}]", sp
        for name in ("cue", "source"):
            sp = getattr(a, name)
            if sp is not None:
                yield f"attributions[{a.id}].{name}", sp
    for t in doc.times:
        yield f"times[{t.id}]", t
    for p in doc.places:
        for j, m in enumerate(p.mentions):
            yield f"places[{p.id}].mentions[{j}]", m


def check_offsets(doc: Document) -> list[str]:
    """Return a description of every span whose text is not doc.text[start:end] (empty when sound)."""
    bad = []
    n = len(doc.text)
    for path, sp in iter_spans(doc):
        if not (0 <= sp.start <= sp.end <= n) or doc.text[sp.start : sp.end] != sp.text:
            bad.append(f"{path}: [{sp.start}:{sp.end}] {sp.text!r}")
    return bad
