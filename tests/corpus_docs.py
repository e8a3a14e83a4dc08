"""Hand-made Documents for the corpus tests: events, entities and actors filled in, offsets exact."""

from __future__ import annotations

from newsgraph.model import (Actor, DateRef, Document, Entity, Event, Mention, Published, Quote, Source, Span,
                             content_id)


def _span(text: str, needle: str, after: int = 0) -> Span:
    i = text.index(needle, after)
    return Span(start=i, end=i + len(needle), text=needle)


def make_doc(text: str, *, title: str | None = None, published: str | None = None, outlet: str | None = None,
             agency: str | None = None, entities=(), events=(), quotes=()) -> Document:
    """entities: (id, name, type, code|None, role|None, aliases); events: dicts with type, source, target,
    evidence (a substring of text), optional date, quad_class, goldstein, flags; quotes: (id, text, speaker)."""
    ents = []
    for eid, name, typ, code, role, *rest in entities:
        aliases = list(rest[0]) if rest else []
        mentions = []
        for surface in [name, *aliases]:
            start = 0
            while (i := text.find(surface, start)) >= 0:
                mentions.append(Mention(start=i, end=i + len(surface), text=surface))
                start = i + len(surface)
        actor = Actor(code=code, country=code[:3] if code else None, sector=code[3:6] or None if code else None,
                      role=role) if (code or role) else None
        ents.append(Entity(id=eid, name=name, type=typ, aliases=aliases, mentions=mentions, actor=actor))
    evs = []
    for i, e in enumerate(events, 1):
        ev_span = _span(text, e["evidence"])
        evs.append(Event(id=f"ev{i}", type=e["type"], source=list(e.get("source", [])), target=list(e.get("target", [])),
                         evidence=ev_span, quad_class=e.get("quad_class", 1), goldstein=e.get("goldstein", 1.0),
                         cameo=e.get("cameo"), mode=e.get("mode"),
                         date=DateRef(value=e["date"], granularity="day", text="document date") if e.get("date") else None,
                         restatements=[_span(text, r) for r in e.get("restatements", [])],
                         flags=list(e.get("flags", [])), context=list(e.get("context", [])), confidence=0.8))
    qs = [Quote(id=qid, kind="direct", speaker=spk, **vars_of(_span(text, qt))) for qid, qt, spk in quotes]
    return Document(id=content_id(text), text=text, title=title, source=Source(outlet=outlet, agency=agency, format="text"),
                    published=Published(value=published, basis="test"), entities=ents, events=evs, quotes=qs)


def vars_of(span: Span) -> dict:
    return {"start": span.start, "end": span.end, "text": span.text}


# One happening (US and Iraq officials meet in Baghdad), three reports in different words.
AFP = make_doc(
    "BAGHDAD (AFP) - US Secretary of State Marco Rubio met Iraqi Prime Minister Mohammed Shia al-Sudani "
    "in Baghdad on Sunday to discuss security. \"We support Iraq,\" Rubio said.",
    title="Rubio meets Sudani", published="2026-01-25", outlet="France24", agency="AFP",
    entities=[("e1", "Marco Rubio", "PERSON", "USAGOV", "Secretary of State", ["Rubio"]),
              ("e2", "Mohammed Shia al-Sudani", "PERSON", "IRQGOV", "Prime Minister"),
              ("e3", "Iraq", "GPE", "IRQ", None), ("e4", "US", "GPE", "USA", None)],
    events=[{"type": "CONSULT", "source": ["e1"], "target": ["e2"], "quad_class": 1, "goldstein": 1.0,
             "context": ["security"], "evidence": "US Secretary of State Marco Rubio met Iraqi Prime Minister Mohammed Shia al-Sudani in Baghdad on Sunday to discuss security."}],
    quotes=[("q1", "\"We support Iraq,\"", "e1")])
REUTERS = make_doc(
    "Secretary Rubio held talks with Iraq's premier, Mohammed Shia al-Sudani, during a visit to the Iraqi capital, "
    "Reuters reported.",
    title="Talks in Baghdad", published="2026-01-26", outlet="Reuters", agency="Reuters",
    entities=[("e1", "Rubio", "PERSON", "USAGOV", None), ("e2", "Mohammed Shia al-Sudani", "PERSON", "IRQGOV", "premier"),
              ("e3", "Iraq", "GPE", "IRQ", None)],
    events=[{"type": "CONSULT", "source": ["e1"], "target": ["e2"], "quad_class": 1, "goldstein": 1.0,
             "evidence": "Secretary Rubio held talks with Iraq's premier, Mohammed Shia al-Sudani, during a visit to the Iraqi capital, Reuters reported."}])
AP = make_doc(
    "WASHINGTON (AP) - The United States accused Iran of arming militias. Separately, Marco Rubio sat down with "
    "Iraq's prime minister Mohammed Shia al-Sudani on Sunday.",
    title="US accuses Iran", published="2026-01-25", outlet="AP News", agency="AP",
    entities=[("e1", "United States", "GPE", "USA", None), ("e2", "Iran", "GPE", "IRN", None),
              ("e3", "Marco Rubio", "PERSON", "USAGOV", None), ("e4", "Mohammed Shia al-Sudani", "PERSON", "IRQGOV", None)],
    events=[{"type": "ACCUSE", "source": ["e1"], "target": ["e2"], "quad_class": 3, "goldstein": -2.0,
             "evidence": "The United States accused Iran of arming militias."},
            {"type": "CONSULT", "source": ["e3"], "target": ["e4"], "quad_class": 1, "goldstein": 1.0,
             "evidence": "Separately, Marco Rubio sat down with Iraq's prime minister Mohammed Shia al-Sudani on Sunday."}])
# Same type and actors, but three weeks later: another happening.
LATER = make_doc(
    "Rubio met al-Sudani again in Washington in February.",
    title="Second meeting", published="2026-02-15", outlet="Reuters", agency="Reuters",
    entities=[("e1", "Rubio", "PERSON", "USAGOV", None), ("e2", "al-Sudani", "PERSON", "IRQGOV", None)],
    events=[{"type": "CONSULT", "source": ["e1"], "target": ["e2"], "quad_class": 1, "goldstein": 1.0,
             "evidence": "Rubio met al-Sudani again in Washington in February."}])
