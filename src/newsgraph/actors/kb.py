"""The actor knowledge base: a small table of who holds which office, written by us from facts.

`newsgraph/data/actors/actors.tsv` has one row per (actor, office, tenure):
    name  aliases  type  country  sector  role  start  end  code
Context in the article always wins; the table only fills what the article leaves out ("Rubio said"
with no title) and tells whether an office was held at the article's date (else `former`).
Persons are found by full name (spelling variants allowed) or by a surname that only one person in
the table has. See docs/actors.md for how to add rows.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from functools import lru_cache

from . import normalize as nz
from .tables import read_tsv


@dataclass(frozen=True)
class KBRow:
    id: int
    name: str
    aliases: tuple[str, ...]
    type: str  # PERSON | ORG
    country: str | None
    sector: str | None
    role: str | None
    start: str  # ISO date prefix ('' = unknown)
    end: str  # '' = still in office
    code: str | None  # explicit code (IGOs, special codes); else country + sector
    media: bool = False
    default: bool = False  # the undated default of a person named before his first office (before_office)


class KB:
    def __init__(self, rows: list[KBRow]):
        self.rows = rows
        self.by_key: dict[str, list[KBRow]] = defaultdict(list)  # folded full name/alias -> rows
        self.by_surname: dict[str, set[str]] = defaultdict(set)  # folded last token -> person names
        self.persons: dict[str, list[KBRow]] = defaultdict(list)  # name -> rows (tenures)
        self.offices: dict[tuple[str, str], list[KBRow]] = defaultdict(list)  # (country, role lower) -> rows
        self.by_skeleton: dict[str, set[str]] = defaultdict(set)  # skeleton of a surname -> surnames
        self.by_prefix: dict[str, set[str]] = defaultdict(set)  # first 3 letters of a surname -> surnames
        for r in rows:
            for n in (r.name, *r.aliases):
                self.by_key[nz.key(n)].append(r)
            if r.type == "PERSON":
                self.persons[r.name].append(r)
                toks = nz.name_tokens(r.name)
                if toks:
                    self.by_surname[toks[-1]].add(r.name)
                    self.by_skeleton[nz.skeleton(toks[-1])].add(toks[-1])
                    self.by_prefix[toks[-1][:3]].add(toks[-1])
                if r.country and r.role:
                    self.offices[(r.country, r.role.lower())].append(r)

    def phrases(self) -> list[str]:
        """Every name and alias (for the phrase matcher that finds names the NER missed)."""
        return sorted({n for r in self.rows for n in (r.name, *r.aliases)})

    def person(self, name: str, date: str | None, fuzzy: bool = True) -> KBRow | None:
        """The table row for a person name ('Marco Rubio', 'Rubio', 'Mohammed Shia al-Sudani'); with
        fuzzy=False a lone surname must be spelt as the table spells it."""
        rows = self.by_key.get(nz.key(name))
        if not rows:
            toks = nz.name_tokens(name)
            if not toks:
                return None
            names = set()
            if len(toks) == 1:
                names = self.by_surname.get(toks[0]) or (set(self._fuzzy_surnames(toks[0])) if fuzzy else set())
                if len(names) != 1:
                    return None
            else:
                for cand in self.by_surname.get(toks[-1], ()) or self._fuzzy_surnames(toks[-1]):
                    full = nz.name_tokens(cand)
                    if nz.same_name(toks, full) or nz.is_part_of(toks, full):
                        names.add(cand)
                if len(names) != 1:
                    return None
            rows = self.persons[next(iter(names))]
        rows = [r for r in rows if r.type == "PERSON"]
        return pick(rows, date) or before_office(rows)

    def _fuzzy_surnames(self, tok: str) -> list[str]:
        """Persons whose surname is a spelling variant of `tok` (candidates by skeleton or prefix)."""
        cands = self.by_skeleton.get(nz.skeleton(tok), set()) | self.by_prefix.get(tok[:3], set())
        return [n for s in cands if nz.tokens_match(tok, s) for n in self.by_surname[s]]

    def org(self, name: str, date: str | None) -> KBRow | None:
        rows = self.by_key.get(nz.key(name)) or self.by_key.get(nz.key(_strip_the(name)))
        if not rows:
            return None
        # (a person the NER took for an organisation is found here too: the same default applies)
        return pick(rows, date) or before_office([r for r in rows if r.type == "PERSON"])

    def holder(self, country: str, role: str, date: str | None) -> KBRow | None:
        """Who held `role` in `country` at `date` ('the Iraqi prime minister' with no name)."""
        rows = [r for r in self.offices.get((country, role.lower()), ()) if active(r, date)]
        return rows[0] if len(rows) == 1 else None


def _strip_the(s: str) -> str:
    return s[4:] if s[:4].lower() == "the " else s


def active(r: KBRow, date: str | None) -> bool:
    if not date:
        return not r.end
    return (not r.start or r.start <= date) and (not r.end or date < r.end)


def pick(rows: list[KBRow], date: str | None) -> KBRow | None:
    """The row in force at `date`; else the latest that ended before it (a former office)."""
    if not rows:
        return None
    live = [r for r in rows if active(r, date)]
    if live:
        return live[0]
    past = [r for r in rows if r.end and (not date or r.end <= date)]
    if past:
        return max(past, key=lambda r: r.end)
    return None  # every tenure starts after the date


def before_office(rows: list[KBRow]) -> KBRow | None:
    """A person named before his first office (every tenure starts after the date) is still of his
    country, an elite with no office: the CAMEO actor dictionaries' undated default ("GBRELI||" beside
    the dated GOV ranges). A post in an international body (a row with no country) is the office's code,
    not the person's, so it gives none. The Phoenix dictionary's dated entry, where it has one, still
    codes the person (phoenix.fill): it knows offices this table, written from today's, leaves out."""
    own = [r for r in rows if r.country]
    if not own:
        return None
    first = min(own, key=lambda r: r.start)
    return replace(first, sector="ELI", role=None, code=None, start="", end="", default=True)


def is_former(r: KBRow, date: str | None) -> bool:
    return bool(r.end) and (date is None or r.end <= date)


@lru_cache(maxsize=1)
def load() -> KB:
    rows = []
    for i, cols in enumerate(read_tsv("actors.tsv")):
        cols = (cols + [""] * 9)[:9]
        name, aliases, typ, country, sector, role, start, end, code = (c.strip() for c in cols)
        media = sector == "MED"
        rows.append(KBRow(id=i, name=name, aliases=tuple(a.strip() for a in aliases.split("|") if a.strip()),
                          type=typ or "PERSON", country=country or None, sector=sector or None, role=role or None,
                          start=start, end=end, code=code or None, media=media))
    return KB(rows)
