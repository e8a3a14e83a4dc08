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
        if iso and m.label == "NORP" and m.i > 0 and ctx.sd[m.i - 1].lower_ == "ethnic":
            continue  # "ethnic Albanian guerrillas": an ethnicity, not the story's country (context._ethnic)
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
            focus[iso] += 2 if (m.label != "NORP" and root.dep_ not in ("compound", "amod", "nmod", "poss")) \
                or _doer_of_main_act(root) else 1
            if m.label == "GPE":
                ctx.country_mentions.append((m.i, iso))
    counts = focus or weak
    ctx.focus_country = counts.most_common(1)[0][0] if counts else None


# verbs that report what others did: their subject's country is the source's, not the story's
REPORTING = frozenset({"say", "tell", "report", "announce", "state", "claim", "add", "note", "confirm", "write"})


def _doer_of_main_act(word) -> bool:
    """"Turkish police prevented a demonstration": a country word on the subject of the sentence's
    own act (not of a verb of saying, "US officials said") tells whose story it is as much as the
    country named as a subject or object does."""
    if word.dep_ not in ("amod", "compound", "nmod", "poss") or word.head.dep_ != "nsubj":
        return False
    verb = word.head.head
    return verb.dep_ == "ROOT" and verb.pos_ == "VERB" and verb.lemma_.lower() not in REPORTING


def _states_are_states(ctx: ArticleContext) -> None:
    t = ctx.tables
    ambiguous = {m.text for m in ctx.mentions if m.label == "GPE" and m.text in t.us_states and t.country_of(m.text)}
    if not ambiguous:
        return
    if any(t.country_of(m.text) == "USA" or (m.text in t.us_states and m.text not in ambiguous) for m in ctx.mentions):
        ctx.tables = WithoutNames(t, ambiguous)
