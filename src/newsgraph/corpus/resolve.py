"""Corpus-wide actors: every entity that can act resolves to one actor id across all articles.

An actor is found by its names (canonical name and aliases, normalised), within a name class
(person / place-or-people / organisation, so "Jordan" the person and Jordan the country stay apart).
Country-level actors (a code that is only a country, e.g. IRQ) also match by code, so "Iraq",
"Iraqi" and "Baghdad government"-style names coded IRQ meet. A one-word person name ("Rubio")
matches a full-name actor ("Marco Rubio") only when exactly one known person has that surname.

The index lives in memory (loaded from `actor_aliases` once per store) and every new actor, alias,
role and code is queued as rows the store writes in the same transaction as the article.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from dataclasses import dataclass, field

from ..model import Document, Entity

# Entity types that can be actors even when no stage coded them.
ACTOR_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP"})
SKIP_SECTIONS = frozenset({"credit", "byline", "published"})

_CLASS = {"PERSON": "per", "GPE": "geo", "NORP": "geo", "LOC": "geo"}
_APOS = re.compile(r"['’]s$")
_DOTS = re.compile(r"(?<=\w)\.(?=\w|$)")
_PUNCT = re.compile(r"[^\w\s]+")
_SPACE = re.compile(r"\s+")


def name_class(entity_type: str) -> str:
    return _CLASS.get(entity_type, "org")


@lru_cache(maxsize=200_000)  # names recur across articles: normalise each spelling once
def norm(name: str) -> str:
    """Lower-case, accents folded, dots of abbreviations dropped (U.S. -> us), punctuation to spaces."""
    from anyascii import anyascii

    s = (name if name.isascii() else anyascii(name)).lower().strip()
    s = _APOS.sub("", s)
    s = _DOTS.sub("", s)
    s = _SPACE.sub(" ", _PUNCT.sub(" ", s)).strip()
    if s.startswith("the "):
        s = s[4:]
    return s


# Name particles that may stand before a surname ("al-Sudani", "van Gogh"): "al-Sudani" is a surname alone.
PARTICLES = frozenset("al el bin ibn abu van von de da di du del della der den le la ter ten".split())


def surname_only(key: str) -> str | None:
    """The surname when a normalised person name is a surname alone (with particles), else None."""
    toks = [t for t in key.split() if t not in PARTICLES]
    return toks[0] if len(toks) == 1 else None


def is_abbreviation(name: str) -> bool:
    letters = name.replace(".", "").replace(" ", "")
    return len(letters) <= 5 and letters.isalpha() and letters.isupper()


def actor_id(cls: str, key: str, country: str | None = None) -> str:
    """Deterministic id: the same corpus ingested in the same order gets the same ids."""
    return "A" + hashlib.sha1(f"{cls}|{key}|{country or ''}".encode()).hexdigest()[:12]


def country_of(ent: Entity, places: dict[str, str] | None = None) -> str | None:
    """The entity's country: its actor's, else (`places`: entity id -> country, for entities with
    no actor) the country the places stage put the place it names in."""
    if ent.actor and ent.actor.country:
        return ent.actor.country
    return places.get(ent.id) if places else None


def names_of(ent: Entity) -> list[str]:
    kb = ent.attrs.get("kb")
    names = [kb] if isinstance(kb, str) else []
    return [n for n in (*names, ent.name, *ent.aliases) if n]


def is_country_code(code: str | None) -> bool:
    return bool(code) and len(code) == 3 and code.isalpha() and code.isupper()


def stands_for_country(info: "ActorInfo") -> bool:
    """Whether an actor may own its country's `code:` key: only a place or a people coded with the bare
    country code ("Iraq", "Iraqi", "Baghdad": IRQ). A person or a body coded with it (a British MP, a
    Singapore firm: GBR, SGP) is of that country, not the country; owning the key would make every
    later "UK" or "Singapore" that same person or firm."""
    return name_class(info.type) == "geo" and is_country_code(info.code)


def place_in_country(ent: Entity) -> bool:
    """A region, province or city the Phoenix dictionary lists under its state ("Fujian", "Chechnya": CHN,
    RUS): coded as its country, as CAMEO codes an actor by a place, but not the country, so never one of its
    names (country names themselves are coded from the country table, not by the dictionary)."""
    return ent.attrs.get("code_source") == "phoenix" and name_class(ent.type) == "geo"


def resolvable(ent: Entity, referenced: set[str]) -> bool:
    if ent.attrs.get("section") in SKIP_SECTIONS or ent.attrs.get("actor") is False:
        return False
    return ent.id in referenced or ent.actor is not None or ent.type in ACTOR_TYPES


@dataclass
class ActorInfo:
    id: str
    name: str
    type: str
    code: str | None = None
    country: str | None = None
    sector: str | None = None


@dataclass
class Pending:
    """Rows to write for one batch (cleared after each commit)."""

    actors: dict[str, ActorInfo] = field(default_factory=dict)  # new actors
    updates: dict[str, ActorInfo] = field(default_factory=dict)  # existing actors whose name/code changed
    aliases: list[tuple[str, str, str]] = field(default_factory=list)  # (norm_key, actor_id, alias)
    roles: list[tuple[str, str, str, object]] = field(default_factory=list)  # (actor_id, role, article_id, date)


def stamp(con) -> tuple[int, int]:
    """What the index was loaded from: (actors, aliases) row counts. Another writer changes it."""
    return tuple(con.execute("SELECT (SELECT count(*) FROM actors), (SELECT count(*) FROM actor_aliases)").fetchall()[0])


class ActorIndex:
    """The in-memory name index of a store's actors. `load` it from the store; `resolve` documents."""

    def __init__(self):
        self.keys: dict[str, str] = {}  # "cls:norm" or "code:XXX" -> actor id
        self.actors: dict[str, ActorInfo] = {}
        self.surnames: dict[str, set[str]] = {}  # person surname -> ids of multi-word person actors
        self.singles: dict[str, str] = {}  # surname -> id of a person actor known only by that surname
        self.pending = Pending()
        self.stamp: tuple[int, int] = (0, 0)

    @classmethod
    def load(cls, con) -> ActorIndex:
        idx = cls()
        for aid, name, typ, code, country, sector in con.execute(
            "SELECT id, name, type, code, country, sector FROM actors"
        ).fetchall():
            idx.actors[aid] = ActorInfo(aid, name, typ, code, country, sector)
            idx._index_surname(idx.actors[aid])
        for key, aid in con.execute("SELECT norm_key, actor_id FROM actor_aliases").fetchall():
            idx.keys[key] = aid
        idx.stamp = stamp(con)
        return idx

    def _index_surname(self, info: ActorInfo) -> None:
        if name_class(info.type) == "per":
            key = norm(info.name)
            last = surname_only(key) if key else None
            if key and last is None:
                self.surnames.setdefault(key.split()[-1], set()).add(info.id)
            elif last:
                self.singles.setdefault(last, info.id)

    def _add_key(self, key: str, aid: str, alias: str) -> None:
        if key not in self.keys:
            self.keys[key] = aid
            self.pending.aliases.append((key, aid, alias))

    def find(self, ent: Entity, places: dict[str, str] | None = None) -> str | None:
        cls = name_class(ent.type)
        cty = country_of(ent, places)
        kb = ent.attrs.get("kb")
        if isinstance(kb, str) and f"kb:{norm(kb)}" in self.keys:
            return self.keys[f"kb:{norm(kb)}"]
        for name in names_of(ent):
            k = norm(name)
            if not k:
                continue
            if cty and f"{cls}:{k}@{cty}" in self.keys:
                return self.keys[f"{cls}:{k}@{cty}"]
            aid = self.keys.get(f"{cls}:{k}")
            if aid and self._compatible(aid, cty):  # "Parliament" of Iraq is not Parliament of the UK
                return aid
        code = ent.actor.code if ent.actor else None
        if cls == "geo" and is_country_code(code) and f"code:{code}" in self.keys and not place_in_country(ent):
            return self.keys[f"code:{code}"]
        if cls == "per":
            last = surname_only(norm(ent.name))
            if last:
                ids = self.surnames.get(last, set())
                if len(ids) == 1 and self._compatible(next(iter(ids)), cty):
                    return next(iter(ids))
        return None

    def resolve(self, doc: Document, date=None) -> dict[str, str]:
        """entity id -> corpus actor id, for every entity of `doc` that can be an actor."""
        referenced = {x for ev in doc.events for x in (*ev.source, *ev.target)}
        referenced |= {q.speaker for q in doc.quotes if q.speaker}
        # a city an event names stands for its state, as CAMEO codes it ("visited Paris": FRA)
        from ..events.stage import place_countries  # here: the query side never loads the coder

        places = place_countries(doc) if referenced else {}
        out: dict[str, str] = {}
        for ent in doc.entities:
            if not resolvable(ent, referenced) or not norm(ent.name):
                continue
            aid = self.find(ent, places)
            if aid is None:
                aid = self._create(ent, places.get(ent.id))
            else:
                self._enrich(aid, ent)
                if is_abbreviation(self.actors[aid].name) and not is_abbreviation(ent.name):
                    self._rename(aid, ent.name)  # "US" -> "United States", "UN" -> "United Nations"
            out[ent.id] = aid
            cls = name_class(ent.type)
            cty = country_of(ent, places)
            kb = ent.attrs.get("kb")
            if isinstance(kb, str) and norm(kb):
                self._add_key(f"kb:{norm(kb)}", aid, kb)
            for name in names_of(ent):
                # lower-case aliases are descriptions ("the minister"), not names: never index them
                if any(c.isupper() for c in name) and norm(name):
                    self._add_key(f"{cls}:{norm(name)}", aid, name)
                    if cty:
                        self._add_key(f"{cls}:{norm(name)}@{cty}", aid, name)
            if ent.actor and ent.actor.role:
                role = ("former " if ent.actor.former else "") + ent.actor.role
                self.pending.roles.append((aid, role, doc.id, date))
        return out

    def _create(self, ent: Entity, place_country: str | None = None) -> str:
        """A new actor for `ent`; `place_country` the state of the place an actor-less entity names,
        its code as CAMEO codes a city (never a `code:` key: Paris must not stand for France)."""
        cls = name_class(ent.type)
        kb = ent.attrs.get("kb")
        name = kb if isinstance(kb, str) and norm(kb) else ent.name  # the knowledge base's name is canonical
        key = norm(name)
        cty = country_of(ent, {ent.id: place_country} if place_country else None)
        # A one-word person actor ("Rubio") seen before the full name is upgraded by it.
        if cls == "per" and surname_only(key) is None:
            single = self.singles.get(key.split()[-1])
            if single and surname_only(norm(self.actors[single].name)) and self._compatible(single, cty):
                self._rename(single, name)
                self._enrich(single, ent)
                return single
        aid = actor_id(cls, key, cty)
        if aid in self.actors:  # same name and country, reached by another route
            return aid
        a = ent.actor
        if a is not None:
            info = ActorInfo(aid, name, ent.type, a.code, a.country, a.sector)
        else:
            info = ActorInfo(aid, name, ent.type, place_country, place_country, None)
        self.actors[aid] = info
        self.pending.actors[aid] = info
        self._index_surname(info)
        if a is not None and stands_for_country(info) and not place_in_country(ent):
            self._add_key(f"code:{info.code}", aid, info.code)
        return aid

    def _compatible(self, aid: str, country: str | None) -> bool:
        """A match must not join actors of different countries (when both are known)."""
        have = self.actors[aid].country
        return not (country and have and country != have)

    def _rename(self, aid: str, name: str) -> None:
        info = self.actors[aid]
        last = surname_only(norm(info.name))
        if last and self.singles.get(last) == aid:
            del self.singles[last]
        info.name = name
        self._index_surname(info)
        if aid not in self.pending.actors:
            self.pending.updates[aid] = info

    def _enrich(self, aid: str, ent: Entity) -> None:
        """Fill an actor's code/country/sector from the first entity that knows them."""
        info = self.actors[aid]
        a = ent.actor
        if a is None:
            return
        changed = False
        for name in ("code", "country", "sector"):
            if getattr(info, name) is None and getattr(a, name):
                setattr(info, name, getattr(a, name))
                changed = True
        if changed:
            if aid not in self.pending.actors:
                self.pending.updates[aid] = info
            if stands_for_country(info) and not place_in_country(ent):
                self._add_key(f"code:{info.code}", aid, info.code)

    def take_pending(self) -> Pending:
        p, self.pending = self.pending, Pending()
        self.stamp = (self.stamp[0] + len(p.actors), self.stamp[1] + len(p.aliases))
        return p
