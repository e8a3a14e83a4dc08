"""Who said what, and where: queries over the stored quotes and places (the `quotes` and `places` tables).

A quote's date is its article's publication date (a quote carries no date of its own). A place is one
GeoNames entry across articles (London, England and London, Ontario are two places); a place the gazetteer
has no entry for (a region such as "Europe", a building) is known by its name. Its key, `place`, is the
GeoNames id as text, or that name: `place_articles` takes it back.

As in query.py: SQL is fixed text, user strings are only ever parameter values. The defaults (a page of 100
from the first row) are the Store methods'; limit None is every row.
"""

from __future__ import annotations

import pyarrow as pa

from ..errors import NotFoundError, QueryError
from .query import arrow_table, date_range, known_or_none

# The key that names one place across articles (see the module's docstring).
PLACE_KEY = "coalesce(CAST(p.geonameid AS VARCHAR), p.name)"
_DATES = """($since::DATE IS NULL OR a.published >= $since::DATE)
            AND ($until::DATE IS NULL OR a.published <= $until::DATE)"""


def _paging(limit: int | None, offset: int) -> dict:
    return {"limit": None if limit is None else int(limit), "offset": int(offset)}


def _text(value: str | None) -> str | None:
    """A free-text filter: blank is no filter (a form's empty field), not "quotes containing nothing"."""
    value = (value or "").strip()
    return value or None


def quotes(con, speaker: str | None, since, until, contains: str | None, limit: int | None, offset: int) -> pa.Table:
    """Quotes, newest article first: who (the corpus actor, and the words the article names them by), the
    cue, the kind, the words, and where they are (article id and character offsets). `speaker` is an actor
    term as for events; one no actor answers to is a NotFoundError, not an empty table that reads as "they
    said nothing". `contains` keeps quotes holding that text, in any case."""
    params = {"spk": known_or_none(con, speaker), **date_range(since, until),
              "contains": _text(contains), **_paging(limit, offset)}
    return arrow_table(con, f"""
        SELECT q.article_id, q.quote_id, a.published, a.title, coalesce(a.outlet, a.agency) AS source,
               q.speaker_actor_id, s.name AS speaker_name, q.speaker_text, q.cue_text AS cue, q.kind, q.text,
               q.start_char AS start, q.end_char AS "end"
        FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN actors s ON s.id = q.speaker_actor_id
        WHERE ($spk::VARCHAR[] IS NULL OR list_contains($spk::VARCHAR[], q.speaker_actor_id))
          AND ($contains::VARCHAR IS NULL OR contains(lower(q.text), lower($contains)))
          AND {_DATES}
        ORDER BY a.published DESC NULLS LAST, q.article_id, q.start_char, q.quote_id
        LIMIT $limit OFFSET $offset""", params)


def country_code(value: str | None) -> str | None:
    """A country filter as the store spells it (ISO 3166 alpha-3); alpha-2 ("GB") is taken too. Anything
    else is the user's slip, said as one, not an empty answer that reads as "no places there"."""
    value = _text(value)
    if value is None:
        return None
    code = value.upper()
    if len(code) == 2 and code.isalpha():
        import pycountry

        found = pycountry.countries.get(alpha_2=code)
        if found is not None:
            return found.alpha_3
    elif len(code) == 3 and code.isalpha():
        return code
    raise QueryError(f"country: {value!r} is not an ISO 3166 country code (e.g. GBR or GB)")


def places(con, country: str | None, since, until, limit: int | None, offset: int) -> pa.Table:
    """Places, most mentioned first: key, GeoNames id, name, country, feature, point, the mentions and the
    articles that name it, and the first and last of those articles' dates."""
    params = {"country": country_code(country), **date_range(since, until), **_paging(limit, offset)}
    return arrow_table(con, f"""
        SELECT {PLACE_KEY} AS place, any_value(p.geonameid) AS geonameid, mode(p.name) AS name,
               mode(p.country) AS country, mode(p.feature) AS feature, mode(p.lat) AS lat, mode(p.lon) AS lon,
               CAST(sum(p.num_mentions) AS BIGINT) AS num_mentions, count(DISTINCT p.article_id) AS num_articles,
               min(a.published) AS first_published, max(a.published) AS last_published
        FROM places p JOIN articles a ON a.id = p.article_id
        WHERE ($country::VARCHAR IS NULL OR p.country = $country) AND {_DATES}
        GROUP BY 1
        ORDER BY num_mentions DESC, num_articles DESC, name, place
        LIMIT $limit OFFSET $offset""", params)


def place_articles(con, place: str, since, until, limit: int | None, offset: int) -> pa.Table:
    """The articles that mention one place (its `place` key), newest first, with how often each names it.
    A key no stored place has is a NotFoundError."""
    params = {"place": str(place).strip(), **date_range(since, until), **_paging(limit, offset)}
    if not con.execute(f"SELECT 1 FROM places p WHERE {PLACE_KEY} = ? LIMIT 1", [params["place"]]).fetchall():
        raise NotFoundError(f"no place matches {place!r} (a GeoNames id, or the name of a place without one)")
    return arrow_table(con, f"""
        SELECT a.id, a.title, a.published, coalesce(a.outlet, a.agency) AS source,
               CAST(sum(p.num_mentions) AS BIGINT) AS num_mentions
        FROM places p JOIN articles a ON a.id = p.article_id
        WHERE {PLACE_KEY} = $place AND {_DATES}
        GROUP BY a.id, a.title, a.published, a.outlet, a.agency
        ORDER BY a.published DESC NULLS LAST, a.id
        LIMIT $limit OFFSET $offset""", params)
