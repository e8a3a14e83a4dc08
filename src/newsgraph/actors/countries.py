"""The countries an article names: which one it is about (the focus), and where each is named.

"the country's", an unqualified "President X" or "police" take the country named last before them,
else the focus country. A country name that is also a US state ("Georgia"), in an article about the
United States, is the state.
"""

from __future__ import annotations

from collections import Counter

from .article import ArticleContext, strip_the
from .context import country_words
from .tables import WithoutNames


def find_countries(ctx: ArticleContext) -> None:
    _states_are_states(ctx)
    t = ctx.tables
    focus: Counter = Counter()
    weak: Counter = Counter()
    for m in ctx.mentions:
        if m.sect not in ("body", "title"):
            continue
        label = "GPE" if country_name_as_org(ctx, m) or _lone_country_person(ctx, m) else m.label
        iso = t.country_of(m.text) if label in ("GPE", "NORP", "LOC") else None
        wide = country_words(ctx.sd, m.j - 1, t) if label in ("GPE", "NORP", "LOC", "PERSON", "ORG") else None
        if wide is not None and wide[0] < m.i:
            iso, label = wide[1], "NORP"  # "Equatorial Guinean", the NER's name only "Guinean": GNQ, not GIN
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
            focus[iso] += 2 if (label != "NORP" and root.dep_ not in ("compound", "amod", "nmod", "poss")) \
                or _doer_of_main_act(root) else 1
            if label == "GPE":
                ctx.country_mentions.append((m.i, iso))
    place = _dateline_country(ctx)
    if place:
        focus[place] += DATELINE_WEIGHT
    counts = focus or weak
    ctx.focus_country = counts.most_common(1)[0][0] if counts else None
    ctx.country_ranking = _ranking(ctx, focus, weak)


# A wire story's dateline ("ANKARA (Reuters) -") names where it is told from, so an unqualified "the foreign
# ministry" in it is that country's: the dateline's country weighs as a little more than one country named as
# a doer or an object (2), less than two of them (a story about another country keeps that focus).
DATELINE_WEIGHT = 3


def _dateline_country(ctx: ArticleContext) -> str | None:
    """The country of the dateline's place (a country, a capital, a city the tables place), or None."""
    place = next((s.attrs.get("place") for s in ctx.doc.sections if s.kind == "dateline"), None)
    return place and (ctx.tables.country_of(place) or ctx.tables.place_country(place))


def _ranking(ctx: ArticleContext, focus: Counter, weak: Counter) -> list[str]:
    """Every country the article points to, most talked-about first: named countries, then capitals
    and territories, then the dateline's place (for an office the first ones do not have)."""
    out = [iso for iso, _ in focus.most_common()] + [iso for iso, _ in weak.most_common()]
    iso = _dateline_country(ctx)
    return list(dict.fromkeys(out + ([iso] if iso else [])))


# Offices a country does not have, so an unqualified title never takes it from the article's focus:
# "the prime minister" in a story about Washington is not American, "the president" in one about
# London not British. Presidential republics with no prime minister:
NO_PRIME_MINISTER = frozenset({"USA", "MEX", "BRA", "ARG", "CHL", "COL", "VEN", "ECU", "BOL", "PRY", "URY", "CRI",
                               "PAN", "GTM", "HND", "SLV", "NIC", "DOM", "IDN", "PHL", "NGA", "GHA", "ZAF", "CYP"})
# ... and those that had none only for a time ([start, end) ISO dates, "" open): archives reach back
NO_PRIME_MINISTER_DURING = {"IRN": (("1989-08-03", ""),), "AFG": (("2004-01-26", "2021-09-07"),),
                            "KEN": (("1964-12-12", "2008-04-17"), ("2013-04-09", ""))}
# monarchies (a king, queen or emir heads the state, no president)
NO_PRESIDENT = frozenset({"GBR", "JPN", "ESP", "NLD", "BEL", "LUX", "SWE", "NOR", "DNK", "CAN", "AUS", "NZL",
                          "THA", "SAU", "JOR", "MAR", "KWT", "QAT", "BHR", "OMN", "MYS", "KHM", "BTN", "BRN",
                          "LSO", "SWZ", "TON", "LIE", "MCO", "AND"})
LACKED_BY = {"prime minister": NO_PRIME_MINISTER, "premier": NO_PRIME_MINISTER, "president": NO_PRESIDENT}
# a chancellor heads the government in Germany and Austria; Britain's runs its Treasury
CHANCELLORS = frozenset({"DEU", "AUT", "GBR"})


def has_office(iso: str | None, role: str | None, date: str | None = None) -> bool:
    """Whether country `iso` may have an officer of `role` ("Prime Minister", "Chancellor", ...) at
    `date` (None: today): False only for the head-of-state and head-of-government titles a country
    is known not to use."""
    office = (role or "").lower()
    if office == "chancellor":
        return iso in CHANCELLORS
    if office in ("prime minister", "premier") and _during(NO_PRIME_MINISTER_DURING.get(iso, ()), date or "9999"):
        return False
    return iso not in LACKED_BY.get(office, ())


def _during(spans, date: str) -> bool:
    return any(a <= date and (not b or date < b) for a, b in spans)


def office_country(ctx: ArticleContext, role: str | None) -> str | None:
    """The country an unqualified office ("the prime minister") most likely belongs to: the article's
    focus, or the most talked-about country after it that has such an office; None when none has."""
    ranked = [ctx.focus_country, *ctx.country_ranking] if ctx.focus_country else ctx.country_ranking
    return next((iso for iso in ranked if has_office(iso, role, ctx.date)), None)


def country_name_as_org(ctx: ArticleContext, m) -> bool:
    """A country's name the NER took for an organisation ("Morocco recalled its ambassador", "the
    Democratic People's Republic of Korea"), when no organisation of the knowledge base has it."""
    return m.label == "ORG" and ctx.tables.country_of(strip_the(m.text)) is not None \
        and ctx.res.kb.org(m.text, ctx.date) is None


def _lone_country_person(ctx: ArticleContext, m) -> bool:
    """"Mali said its army had killed 30 militants": a lone country name the NER took for a person
    (and the dictionaries code as the country) is the story's country, unless it is the surname of
    a person the article names in full ("Michael Jordan ... Jordan said")."""
    if m.label != "PERSON" or m.j - m.i != 1 or ctx.tables.country_of(m.text) is None:
        return False
    return not any(p.label == "PERSON" and p.j - p.i > 1 and ctx.sd[p.j - 1].text == m.text for p in ctx.mentions)


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
