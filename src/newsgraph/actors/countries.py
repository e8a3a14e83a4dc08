"""The countries an article names: which one it is about (the focus), and where each is named.

"the country's", an unqualified "President X" or "police" take the country named last before them,
else the focus country. A country name that is also a US state ("Georgia"), in an article about the
United States, is the state.
"""

from __future__ import annotations

from collections import Counter

from .article import ArticleContext, strip_the
from .tables import WithoutNames


def find_countries(ctx: ArticleContext) -> None:
    _states_are_states(ctx)
    t = ctx.tables
    focus: Counter = Counter()
    weak: Counter = Counter()
    for m in ctx.mentions:
        if m.sect not in ("body", "title"):
            continue
        iso = t.country_of(m.text) if m.label in ("GPE", "NORP", "LOC") else None
        if not iso and m.label in ("GPE", "LOC"):
            # capitals and territories only decide when no country is named (they are often metonyms)
            iso = t.capitals.get(strip_the(m.text)) or t.territory_of(m.text)
            if iso:
                weak[iso] += 1
                if t.territory_of(m.text):
                    ctx.country_mentions.append((m.i, iso))
            continue
        if iso:
            # a country that is talked about (subject, object) counts more than a modifier ("US officials")
            root = ctx.sd[m.j - 1]  # the last token of a name is its head
            focus[iso] += 2 if m.label != "NORP" and root.dep_ not in ("compound", "amod", "nmod", "poss") else 1
            if m.label == "GPE":
                ctx.country_mentions.append((m.i, iso))
    counts = focus or weak
    ctx.focus_country = counts.most_common(1)[0][0] if counts else None


def _states_are_states(ctx: ArticleContext) -> None:
    t = ctx.tables
    ambiguous = {m.text for m in ctx.mentions if m.label == "GPE" and m.text in t.us_states and t.country_of(m.text)}
    if not ambiguous:
        return
    if any(t.country_of(m.text) == "USA" or (m.text in t.us_states and m.text not in ambiguous) for m in ctx.mentions):
        ctx.tables = WithoutNames(t, ambiguous)
