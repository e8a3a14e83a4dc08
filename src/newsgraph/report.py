"""The readable `--format text` report: sections, then entities, events, quotes, times, places."""

from __future__ import annotations

from .model import Document, Event


def _short(s: str, n: int = 90) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


def entity_label(doc: Document, entity_id: str) -> str:
    ent = doc.entity(entity_id)
    if ent is None:
        return entity_id
    code = ent.actor.country if ent.actor and ent.actor.country else None
    if ent.actor and ent.actor.code and ent.type in ("PERSON", "ORG"):
        return f"{code or ent.actor.code} ({ent.name})" if code else f"{ent.actor.code} ({ent.name})"
    if code:
        return code if ent.type in ("GPE", "NORP") else f"{code} ({ent.name})"
    return ent.name


def event_line(doc: Document, ev: Event) -> str:
    """`2026-01-25  USA (Marco Rubio) —THREATEN→ IRQ  "warned Iraq on Sunday against…"`"""
    date = (ev.date.value if ev.date and ev.date.value else "----------").ljust(10)
    src = " + ".join(entity_label(doc, s) for s in ev.source) or "?"
    tgt = " + ".join(entity_label(doc, t) for t in ev.target) or "?"
    # an event a user verb dictionary codes with a code PLOVER does not type is shown by its code
    kind = (ev.type or f"CAMEO {ev.cameo or '?'}") + (f"/{ev.mode}" if ev.mode else "")
    flags = f"  [{', '.join(ev.flags)}]" if ev.flags else ""
    # the evidence from the trigger on: what a reader checks ("warned Iraq on Sunday against…")
    if ev.trigger and ev.evidence and ev.evidence.start <= ev.trigger.start < ev.evidence.end:
        quote = doc.text[ev.trigger.start : ev.evidence.end]
    else:
        quote = ev.evidence.text if ev.evidence else (ev.trigger.text if ev.trigger else "")
    more = f"  (+{len(ev.restatements)} restatement{'s' if len(ev.restatements) > 1 else ''})" if ev.restatements else ""
    place = (p := doc.place(ev.location)) and p.name
    where = f" @{place}" if place else ""
    return f'{date}  {src} —{kind}→ {tgt}{where}  "{_short(quote, 60)}"{flags}{more}'


def render(doc: Document) -> str:
    out: list[str] = []
    title = doc.title or (doc.source.path or doc.id)
    out.append(f"# {title}")
    pub = doc.published
    out.append(f"id {doc.id}   language {doc.language}   published {pub.value or 'unknown'}"
               f"{' (inferred: ' + pub.basis + ')' if pub.inferred else ''}")
    if doc.source.agency:
        out.append(f"agency {doc.source.agency} ({doc.source.agency_basis})")
    out.append("")
    out.append("## Sections")
    for s in doc.sections:
        extra = ""
        if s.kind == "credit":
            extra = f"  [{s.attrs.get('medium')}: {s.attrs.get('person') or '?'}, {s.attrs.get('agency') or '?'}]"
        elif s.kind == "dateline" and s.attrs.get("place"):
            extra = f"  [place: {s.attrs['place']}]"
        out.append(f"  {s.kind:<9} {s.start:>6}-{s.end:<6} {_short(s.text, 70)}{extra}")
    out.append("")
    out.append(f"## Entities ({len(doc.entities)})")
    for e in doc.entities:
        actor = ""
        if e.actor:
            bits = [b for b in (e.actor.code, e.actor.role, "former" if e.actor.former else None) if b]
            actor = "  " + " · ".join(bits)
        note = f"  [{e.attrs['section']}]" if e.attrs.get("section") else ""
        mentions = ", ".join(sorted({m.text for m in e.mentions if m.text != e.name}))
        out.append(f"  {e.id:<5} {e.type:<7} {e.name}{actor}  ×{len(e.mentions)}{note}"
                   + (f"  ({_short(mentions, 60)})" if mentions else ""))
    out.append("")
    out.append(f"## Events ({len(doc.events)})")
    for ev in doc.events:
        out.append("  " + event_line(doc, ev))
    out.append("")
    out.append(f"## Quotes ({len(doc.quotes)})")
    for q in doc.quotes:
        who = q.speaker_text or (doc.entity(q.speaker).name if q.speaker and doc.entity(q.speaker) else "?")
        behalf = ""
        if q.on_behalf_of and doc.entity(q.on_behalf_of):
            behalf = f" for {doc.entity(q.on_behalf_of).name}"
        out.append(f'  {q.kind:<8} {who}{behalf}: "{_short(q.text, 80)}"')
    out.append("")
    out.append(f"## Times ({len(doc.times)})")
    for t in doc.times:
        mod = f" ({t.mod})" if t.mod else ""
        out.append(f"  {t.text!r:<28} → {t.value}{mod}  [{t.granularity}]")
    if doc.places:
        out.append("")
        out.append(f"## Places ({len(doc.places)})")
        for p in doc.places:
            coords = f"{p.lat:.2f},{p.lon:.2f}" if p.lat is not None and p.lon is not None else "-"
            out.append(f"  {p.name:<24} {p.country or '-':<4} {p.feature or '-':<8} {coords}  ×{len(p.mentions)}")
    return "\n".join(out) + "\n"
