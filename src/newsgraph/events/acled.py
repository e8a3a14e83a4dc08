"""ACLED categories for PLOVER events: {event_type, sub_event_type} with the ACLED codebook's names.

Only violent, protest and strategic events get one (ACLED codes nothing else); the table is in
docs/events.md. Decided from the PLOVER type and mode, the CAMEO code, the trigger words and the
actors' sectors (armed on both sides makes an armed clash; a ruling side retaking ground is the
government regaining territory).
"""

from __future__ import annotations

ARMED = frozenset({"MIL", "REB", "UAF", "COP", "SPY", "INS"})
STATE = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG"})
BATTLES, EXPLOSIONS, CIVILIANS = "Battles", "Explosions/Remote violence", "Violence against civilians"
PROTESTS, RIOTS, STRATEGIC = "Protests", "Riots", "Strategic developments"

ASSAULT_MODES = {
    "aerial": (EXPLOSIONS, "Air/drone strike"), "drone": (EXPLOSIONS, "Air/drone strike"),
    "heavy-weapons": (EXPLOSIONS, "Shelling/artillery/missile attack"),
    "explosives": (EXPLOSIONS, "Remote explosive/landmine/IED"),
    "suicide-attack": (EXPLOSIONS, "Suicide bomb"), "unconventional": (EXPLOSIONS, "Chemical weapon"),
    "sexual": (CIVILIANS, "Sexual violence"), "abduct": (CIVILIANS, "Abduction/forced disappearance"),
    "crowd-control": (PROTESTS, "Protest with intervention"),
    "destroy": (STRATEGIC, "Looting/property destruction"),
}
CONFLICT_WORDS = ("ceasefire", "cease-fire", "truce", "armistice", "peace")
AGREEMENT_WORDS = frozenset({"ceasefire", "cease-fire", "truce", "agreement", "accord", "deal", "treaty", "pact",
                             "armistice", "peace"})


def _sectors(doc, ids) -> set[str]:
    out = set()
    for i in ids:
        e = doc.entity(i)
        if e is not None and e.actor is not None and e.actor.sector:
            out.add(e.actor.sector[:3])
    return out


def acled_for(ev, doc) -> dict | None:
    """The ACLED {event_type, sub_event_type} of a PLOVER event, or None when ACLED codes no such event."""
    got = _category(ev, doc)
    return {"event_type": got[0], "sub_event_type": got[1]} if got else None


def _category(ev, doc) -> tuple[str, str] | None:
    t, mode = ev.type, ev.mode
    words = (ev.trigger.text.lower() if ev.trigger else "") + " " + (ev.evidence.text.lower() if ev.evidence else "")
    if t == "ASSAULT":
        if "grenade" in words and mode in (None, "explosives", "primitive"):
            return EXPLOSIONS, "Grenade"
        if mode in ASSAULT_MODES:
            return ASSAULT_MODES[mode]
        src, tgt = _sectors(doc, ev.source), _sectors(doc, ev.target)
        if src & ARMED and tgt & ARMED:
            return BATTLES, "Armed clash"
        return CIVILIANS, "Attack"
    if t == "PROTEST":
        if mode in ("riot", "vandalize"):
            return (RIOTS, "Mob violence") if ev.target and not ev.source else (RIOTS, "Violent demonstration")
        return PROTESTS, "Peaceful protest"
    if t == "COERCE":
        if mode in ("arrest", "deport"):
            return STRATEGIC, "Arrests"
        if mode == "seize" or (ev.cameo or "").startswith("192"):
            if _sectors(doc, ev.source) & STATE:
                return BATTLES, "Government regains territory"
            return BATTLES, "Non-state actor overtakes territory"
        return STRATEGIC, "Other"
    if t == "RETREAT":
        if mode == "disarm":
            return STRATEGIC, "Disrupted weapons use"
        if mode == "ceasefire":
            return STRATEGIC, "Agreement"
        if mode == "withdraw":
            return STRATEGIC, "Non-violent transfer of territory"
        return None
    trigger = ev.trigger.text.lower() if ev.trigger else ""
    if t in ("AGREE", "SUPPORT", "COOPERATE") and any(w in trigger for w in AGREEMENT_WORDS) and (
            any(w in words for w in CONFLICT_WORDS) or (_sectors(doc, ev.source) | _sectors(doc, ev.target)) & ARMED):
        return STRATEGIC, "Agreement"  # "signed a ceasefire", "the rebels agreed a truce"; not a trade deal
    if t == "MOBILIZE":
        if "base" in words or "headquarters" in words:
            return STRATEGIC, "Headquarters or base established"
        return STRATEGIC, "Change to group/activity"
    return None
