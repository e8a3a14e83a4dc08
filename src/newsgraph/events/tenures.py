"""An actor's office at the date of the act it does (session 49, s49-fixes; session 50, s50-tenure).

A dated actor code is read at the date of the event it codes: PETRARCH's actor dictionaries write
`[CODE start-end]` so that a person is coded by the office held when acting, and the knowledge base writes
tenures for the same reason. The actors stage gives a person's dated offices on the entity (`attrs.tenures`,
docs/schema.md); the events stage knows an act's date (`events[].date`). Every events-stage reading of a
sector for an act whose date is known goes through `act_sector`: the visit rule (stage._source_sectors) and
the ACLED sides (acled._Sides). Readings made before the act's candidate exists (the coder's sense choice:
coder._political_actor, verbal._political; Participants.groups) have no act date to read and keep the
article-date sector.
"""
from __future__ import annotations

import datetime as dt

from ..dates import period_bounds
from ..model import DateRef
from ..words import STATE_SECTORS


def act_bounds(date: DateRef | None) -> tuple[dt.date, dt.date] | None:
    """The first and last day of an act the text dates itself (its own time expression); None for an undated
    act or one dated only by the article (`text: "document date"`), which reads the article-date sector."""
    if date is None or date.text == "document date":
        return None
    return period_bounds(date.value)


def act_sector(ent, bounds: tuple[dt.date, dt.date] | None, article_sector: str | None) -> str | None:
    """The sector of an actor (`ent`, an Entity or None) when its act happened: over the act's own period
    (`bounds`, act_bounds) the office its dated offices give (tenure_sector); with no such period, or no dated
    offices, `article_sector`, the sector the actors stage gave at the article's date."""
    tenures = ent.attrs.get("tenures") if bounds is not None and ent is not None else None
    return tenure_sector(tenures, bounds) if tenures else article_sector


def tenure_sector(tenures: list[dict], bounds: tuple[dt.date, dt.date]) -> str:
    """The sector of a person's dated offices (`tenures`: start inclusive, end exclusive, "" open) over a period
    (`bounds`: its first and last day): a state sector of an office held during it, else the sector of any
    office then, else ELI, the elite a person out of office is (CAMEO codebook 3.2.4; kb.before_office)."""
    first, last = bounds[0].isoformat(), bounds[1].isoformat()
    held = [t.get("sector") for t in tenures
            if (not t.get("start") or t["start"] <= last) and (not t.get("end") or first < t["end"])]
    return next((s for s in held if s in STATE_SECTORS), None) or next((s for s in held if s), "ELI")
