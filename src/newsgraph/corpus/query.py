"""Queries over a corpus store. Every function takes a DuckDB connection and returns Arrow (or plain
dicts for nested answers). SQL is fixed text with parameters: user strings are only ever values.

An actor argument (`source`, `target`, dyad sides, `actor`) may be a corpus actor id ("A1b2..."), a
name or alias in any spelling the store has seen ("U.S.", "Rubio"), or a CAMEO code or code prefix
("USA" matches USA, USAGOV, USAMIL...).
"""

from __future__ import annotations

import datetime as dt
import re

import pyarrow as pa

from ..dates import calendar_date
from ..errors import NotFoundError, QueryError
from ..events.ontology import TYPES
from .resolve import norm, surname_only

TABLES = frozenset({"articles", "entities", "mentions", "events", "event_sources", "quotes", "times", "places",
                    "actors", "actor_aliases", "actor_roles", "corpus_events", "failures", "schema_version", "discards"})

_CODE = re.compile(r"^[A-Z]{3}(?:[A-Z]{3})*$")
_ORDER = {  # order name -> fixed SQL (never user text)
    "date": "ce.date NULLS LAST, ce.id",
    "-date": "ce.date DESC NULLS LAST, ce.id DESC",
    "mentions": "ce.num_mentions DESC, ce.id",
    "sources": "ce.num_sources DESC, ce.id",
    "id": "ce.id",
}
PERIODS = ("day", "week", "month", "year")


def arrow_table(con, sql: str, params) -> pa.Table:
    return con.sql(sql, params=params).to_arrow_table()


def actor_ids(con, term: str | None) -> list[str] | None:
    """Corpus actor ids a user's actor term stands for (None when no term was given)."""
    if term is None:
        return None
    term = term.strip()
    ids = {r[0] for r in con.execute("SELECT id FROM actors WHERE id = ?", [term]).fetchall()}
    if ids:
        return sorted(ids)
    key = norm(term)
    if key:
        keys = [f"{c}:{key}" for c in ("per", "geo", "org")]
        ids |= {r[0] for r in con.execute(
            "SELECT DISTINCT actor_id FROM actor_aliases WHERE norm_key IN (SELECT unnest(?::VARCHAR[]))", [keys]).fetchall()}
        last = surname_only(key)
        if not ids and last:  # "Blair" finds Tony Blair (and any other person of that surname)
            ids |= {r[0] for r in con.execute(
                "SELECT DISTINCT actor_id FROM actor_aliases WHERE starts_with(norm_key, 'per:') AND ends_with(norm_key, ?)",
                [" " + last]).fetchall()}
    if _CODE.match(term):
        ids |= {r[0] for r in con.execute("SELECT id FROM actors WHERE starts_with(code, ?)", [term]).fetchall()}
    return sorted(ids)


def known_actor_ids(con, term: str) -> list[str]:
    """actor_ids of a term that must name an actor (a dyad's side); NotFoundError when none answers to it."""
    ids = actor_ids(con, term)
    if not ids:
        raise NotFoundError(f"no actor matches {term!r}")
    return ids


def known_or_none(con, term: str | None) -> list[str] | None:
    """known_actor_ids of a term, or None (no filter) when none was given."""
    return None if term is None else known_actor_ids(con, term)


def _date(value, name: str, last: bool = False) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    d = calendar_date(str(value), last)
    if d is None:
        raise QueryError(f"{name}: {value!r} is not a date (use YYYY-MM-DD, YYYY-MM or YYYY)")
    return d


def date_range(since, until) -> dict:
    """The `since` and `until` bounds as days: a month or year `until` ends with its last day; a `since`
    after the `until` is the user's slip, said as one, not an empty answer that reads as "no events"."""
    first, last = _date(since, "since"), _date(until, "until", last=True)
    if first is not None and last is not None and first > last:
        raise QueryError(f"since: {since!s} is after until: {until!s}")
    return {"since": first, "until": last}


def _type(value: str | None) -> str | None:
    """A type filter in the store's spelling; a word that is no PLOVER type is the user's slip, said as one, not an
    empty answer that reads as "no such events"."""
    if not value:
        return None
    if value.upper() not in TYPES:
        raise QueryError(f"type: {value!r} is not a PLOVER event type (one of {', '.join(TYPES)})")
    return value.upper()


def articles(con, limit: int = 50, offset: int = 0) -> pa.Table:
    return arrow_table(con, """SELECT id, title, published, coalesce(outlet, agency) AS source, agency, num_events
                          FROM articles ORDER BY published DESC NULLS LAST, id LIMIT ? OFFSET ?""",
                  [int(limit), int(offset)])


# A corpus event's issue codes: those of any of its reports, once each, sorted.
ISSUES_SQL = """(SELECT coalesce(list_sort(list_distinct(flatten(list(coalesce(e.issues, []))))), [])
       FROM events e WHERE e.corpus_event_id = ce.id) AS issues"""

# How exact a corpus event's date is (day, week, month, year...: its first report's), so that "in 1947" is not
# read as 1 January 1947, the day the DATE column must hold for it.
GRANULARITY_SQL = """(SELECT first(e.date_granularity ORDER BY e.evidence_start) FROM events e
          WHERE e.corpus_event_id = ce.id AND e.article_id = ce.article_id) AS date_granularity"""

EVENT_COLUMNS = """ce.id AS event_id, ce.date, """ + GRANULARITY_SQL + """, ce.type, ce.mode, ce.cameo, ce.quad_class, ce.goldstein,
    ce.source_actor_id, sa.name AS source_name, sa.code AS source_code,
    ce.target_actor_id, ta.name AS target_name, ta.code AS target_code,
    ce.num_mentions, ce.num_sources, ce.num_articles, ce.evidence, ce.article_id,
    coalesce(ce.flags, []) AS flags, ce.acled_event_type, ce.acled_sub_event_type,
    """ + ISSUES_SQL


def events(con, source=None, target=None, type=None, since=None, until=None, limit: int | None = 100,
           offset: int = 0, order: str = "-date", include_flagged: bool = False) -> pa.Table:
    """Corpus events, newest first by default. Only factual ones (no report tells it as negated,
    hypothetical, future, historical or reported by another party) unless `include_flagged`. A `source` or
    `target` no actor answers to is a NotFoundError naming it (as a dyad's side), not an empty answer that reads
    as "no events"."""
    if order not in _ORDER:
        raise QueryError(f"order must be one of {sorted(_ORDER)}")
    params = {"src": known_or_none(con, source), "tgt": known_or_none(con, target),
              "type": _type(type), **date_range(since, until),
              "limit": None if limit is None else int(limit), "offset": int(offset), "all": bool(include_flagged)}
    sql = f"""SELECT {EVENT_COLUMNS}
        FROM corpus_events ce
        LEFT JOIN actors sa ON sa.id = ce.source_actor_id
        LEFT JOIN actors ta ON ta.id = ce.target_actor_id
        WHERE ($src::VARCHAR[] IS NULL OR list_has_any(ce.source_actor_ids, $src::VARCHAR[]))
          AND ($tgt::VARCHAR[] IS NULL OR list_has_any(ce.target_actor_ids, $tgt::VARCHAR[]))
          AND ($type::VARCHAR IS NULL OR ce.type = $type)
          AND ($since::DATE IS NULL OR ce.date >= $since::DATE)
          AND ($until::DATE IS NULL OR ce.date <= $until::DATE)
          AND ($all OR len(coalesce(ce.flags, [])) = 0)
        ORDER BY {_ORDER[order]} LIMIT $limit OFFSET $offset"""
    return arrow_table(con, sql, params)


def event(con, event_id: int) -> dict | None:
    """One corpus event: the `events` row, all its source and target actors, and every evidence span."""
    rows = arrow_table(con, f"""SELECT {EVENT_COLUMNS}, ce.negated, ce.first_seen, ce.last_seen,
                                  ce.source_actor_ids, ce.target_actor_ids
                           FROM corpus_events ce
                           LEFT JOIN actors sa ON sa.id = ce.source_actor_id
                           LEFT JOIN actors ta ON ta.id = ce.target_actor_id
                           WHERE ce.id = ?""", [int(event_id)]).to_pylist()
    if not rows:
        return None
    out = rows[0]
    cols = ("id", "name", "type", "code", "country", "sector")
    for side in ("source", "target"):
        ids = out.pop(f"{side}_actor_ids") or []
        found = {r[0]: dict(zip(cols, r)) for r in con.execute(
            "SELECT id, name, type, code, country, sector FROM actors WHERE id IN (SELECT unnest(?::VARCHAR[]))", [ids]).fetchall()}
        out[f"{side}_actors"] = [found[i] for i in ids if i in found]
    out["evidence_spans"] = event_evidence(con, event_id).to_pylist()
    return out


def event_evidence(con, event_id: int) -> pa.Table:
    return arrow_table(con, """SELECT article_id, start_char AS start, end_char AS "end", text, outlet, kind, event_id AS article_event_id
                          FROM event_sources WHERE corpus_event_id = ? ORDER BY published NULLS LAST, article_id, start_char""",
                  [int(event_id)])


_DYAD_AGG = """SELECT CAST(date_trunc($by, date) AS DATE) AS period, direction,
               count(*) FILTER (WHERE quad_class = 1) AS quad1, count(*) FILTER (WHERE quad_class = 2) AS quad2,
               count(*) FILTER (WHERE quad_class = 3) AS quad3, count(*) FILTER (WHERE quad_class = 4) AS quad4,
               coalesce(sum(goldstein), 0) AS goldstein_sum, count(*) AS events
        FROM e GROUP BY ALL ORDER BY period NULLS LAST, direction"""
# Few actor ids: a vectorised membership test per row is fastest. Many (a code prefix): hash semi-joins.
_DYAD_FEW = """WITH e AS (
            SELECT date, quad_class, goldstein,
                   CASE WHEN list_contains($a::VARCHAR[], source_actor_id) THEN 'a->b' ELSE 'b->a' END AS direction
            FROM corpus_events
            WHERE ((list_contains($a::VARCHAR[], source_actor_id) AND list_contains($b::VARCHAR[], target_actor_id))
                   OR (list_contains($b::VARCHAR[], source_actor_id) AND list_contains($a::VARCHAR[], target_actor_id)))
              AND ($all OR len(coalesce(flags, [])) = 0))
        """ + _DYAD_AGG
_DYAD_MANY = """WITH e AS (
            SELECT date, quad_class, goldstein, 'a->b' AS direction FROM corpus_events
            WHERE source_actor_id IN (SELECT unnest($a::VARCHAR[])) AND target_actor_id IN (SELECT unnest($b::VARCHAR[]))
              AND ($all OR len(coalesce(flags, [])) = 0)
            UNION ALL
            SELECT date, quad_class, goldstein, 'b->a' FROM corpus_events
            WHERE source_actor_id IN (SELECT unnest($b::VARCHAR[])) AND target_actor_id IN (SELECT unnest($a::VARCHAR[]))
              AND NOT (source_actor_id IN (SELECT unnest($a::VARCHAR[])) AND target_actor_id IN (SELECT unnest($b::VARCHAR[])))
              AND ($all OR len(coalesce(flags, [])) = 0))
        """ + _DYAD_AGG


def dyad(con, a: str, b: str, by: str = "day", include_flagged: bool = False) -> pa.Table:
    """Counts by QuadClass and the Goldstein sum per period, both directions (primary source/target actors);
    factual events only unless `include_flagged`. A side no actor answers to is a NotFoundError, as for
    `actor`: an empty table would read as "no events between them"."""
    if by not in PERIODS:
        raise QueryError(f"by must be one of {PERIODS}")
    params = {"a": known_actor_ids(con, a), "b": known_actor_ids(con, b), "by": by, "all": bool(include_flagged)}
    sql = _DYAD_FEW if len(params["a"]) + len(params["b"]) <= 16 else _DYAD_MANY
    return arrow_table(con, sql, params)


def actor(con, name_or_id: str, include_flagged: bool = False) -> dict | None:
    """An actor's profile; its timeline holds factual events only unless `include_flagged`."""
    ids = actor_ids(con, name_or_id)
    if not ids:
        return None
    # Several actors may answer to a name: take the one the corpus talks about most.
    aid = con.execute(
        """SELECT a.id FROM actors a LEFT JOIN entities e ON e.actor_id = a.id
           WHERE a.id IN (SELECT unnest(?::VARCHAR[])) GROUP BY a.id ORDER BY count(e.actor_id) DESC, a.id LIMIT 1""",
        [ids]).fetchall()[0][0]
    row = con.execute("SELECT id, name, type, code, country, sector FROM actors WHERE id = ?", [aid]).fetchall()[0]
    out = dict(zip(("id", "name", "type", "code", "country", "sector"), row))
    out["aliases"] = [r[0] for r in con.execute(
        "SELECT DISTINCT alias FROM actor_aliases WHERE actor_id = ? AND NOT starts_with(norm_key, 'code:') ORDER BY alias", [aid]).fetchall()]
    out["roles"] = [{"role": r, "count": n, "first": f, "last": l} for r, n, f, l in con.execute(
        """SELECT role, count(*), min(date), max(date) FROM actor_roles WHERE actor_id = ?
           GROUP BY role ORDER BY count(*) DESC, role""", [aid]).fetchall()]
    out["num_articles"] = con.execute(
        "SELECT count(DISTINCT article_id) FROM entities WHERE actor_id = ?", [aid]).fetchall()[0][0]
    cols = ("event_id", "date", "type", "role", "other_id", "other_name", "quad_class", "goldstein",
            "num_articles", "evidence", "cameo")
    out["timeline"] = [dict(zip(cols, r)) for r in con.execute(
        """SELECT ce.id, ce.date, ce.type,
                  CASE WHEN list_contains(ce.source_actor_ids, $a) THEN 'source' ELSE 'target' END AS role,
                  o.id, o.name, ce.quad_class, ce.goldstein, ce.num_articles, ce.evidence, ce.cameo
           FROM corpus_events ce
           LEFT JOIN actors o ON o.id = CASE WHEN list_contains(ce.source_actor_ids, $a) THEN ce.target_actor_id
                                             ELSE ce.source_actor_id END
           WHERE (list_contains(ce.source_actor_ids, $a) OR list_contains(ce.target_actor_ids, $a))
             AND ($all OR len(coalesce(ce.flags, [])) = 0)
           ORDER BY ce.date NULLS LAST, ce.id LIMIT 1000""", {"a": aid, "all": bool(include_flagged)}).fetchall()]
    out["quotes"] = [dict(zip(("article_id", "published", "kind", "text"), r)) for r in con.execute(
        """SELECT q.article_id, a.published, q.kind, q.text FROM quotes q JOIN articles a ON a.id = q.article_id
           WHERE q.speaker_actor_id = ? ORDER BY a.published NULLS LAST, q.article_id, q.start_char LIMIT 500""",
        [aid]).fetchall()]
    return out


def network(con, since=None, until=None, type=None, min_weight: int = 1, include_flagged: bool = False) -> dict:
    """Actor graph: an edge per (source, target) pair with its event count, mean Goldstein and commonest QuadClass
    (factual events only unless `include_flagged`)."""
    params = {**date_range(since, until), "type": _type(type),
              "w": int(min_weight), "all": bool(include_flagged)}
    edges = con.execute(
        """SELECT source_actor_id, target_actor_id, count(*) AS weight, avg(goldstein) AS goldstein,
                  mode(quad_class) AS quad_class
           FROM corpus_events
           WHERE source_actor_id IS NOT NULL AND target_actor_id IS NOT NULL AND source_actor_id <> target_actor_id
             AND ($type::VARCHAR IS NULL OR type = $type) AND ($all OR len(coalesce(flags, [])) = 0)
             AND ($since::DATE IS NULL OR date >= $since::DATE) AND ($until::DATE IS NULL OR date <= $until::DATE)
           GROUP BY ALL HAVING count(*) >= $w ORDER BY weight DESC, 1, 2""", params).fetchall()
    ids = sorted({x for s, t, *_ in edges for x in (s, t)})
    weight: dict[str, int] = {}
    for s, t, w, *_ in edges:
        weight[s] = weight.get(s, 0) + w
        weight[t] = weight.get(t, 0) + w
    nodes = [{"id": i, "name": n, "type": ty, "code": c, "country": co, "sector": se, "events": weight[i]}
             for i, n, ty, c, co, se in con.execute(
                 "SELECT id, name, type, code, country, sector FROM actors WHERE id IN (SELECT unnest(?::VARCHAR[])) ORDER BY id",
                 [ids]).fetchall()]
    return {"nodes": nodes,
            "edges": [{"source": s, "target": t, "weight": w, "goldstein": g, "quad_class": q} for s, t, w, g, q in edges]}


def actors(con, q: str | None = None, limit: int = 50, offset: int = 0, include_flagged: bool = False) -> pa.Table:
    """Actors, most active first; `q` keeps those whose name or an alias contains it (any case). `num_events`
    counts the factual events unless `include_flagged`, as an actor's timeline lists them: a list that said
    12 events for an actor whose page shows 4 would read as lost events."""
    return arrow_table(con, """
        WITH ev AS (
            SELECT a AS actor_id, count(*) AS num_events FROM (
                SELECT unnest(list_distinct(list_concat(source_actor_ids, target_actor_ids))) AS a FROM corpus_events
                WHERE $all OR len(coalesce(flags, [])) = 0)
            GROUP BY a),
        art AS (SELECT actor_id, count(DISTINCT article_id) AS num_articles FROM entities
                WHERE actor_id IS NOT NULL GROUP BY actor_id)
        SELECT a.id, a.name, a.type, a.code, a.country, a.sector,
               coalesce(ev.num_events, 0) AS num_events, coalesce(art.num_articles, 0) AS num_articles
        FROM actors a LEFT JOIN ev ON ev.actor_id = a.id LEFT JOIN art ON art.actor_id = a.id
        WHERE $q::VARCHAR IS NULL OR contains(lower(a.name), lower($q))
           OR a.id IN (SELECT actor_id FROM actor_aliases WHERE contains(lower(alias), lower($q)))
        ORDER BY num_events DESC, num_articles DESC, a.name LIMIT $limit OFFSET $offset""",
        {"q": q or None, "limit": int(limit), "offset": int(offset), "all": bool(include_flagged)})


def stats(con) -> dict:
    """Counts for a dashboard: articles, events (reports), corpus events, actors, failures; schema version."""
    out = {t: con.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0]  # fixed table names
           for t in ("articles", "events", "corpus_events", "actors", "failures")}
    out["schema_version"] = con.execute("SELECT max(version) FROM schema_version").fetchall()[0][0]
    first, last = con.execute("SELECT min(published), max(published) FROM articles").fetchall()[0]
    out["first_published"], out["last_published"] = first, last
    return out
