"""The corpus store: newsgraph Documents in an embedded DuckDB database (schema in docs/corpus.md).

Every article is written in one transaction with all its rows (entities, mentions, events, quotes,
times, places, the corpus-wide actors it resolves to and the corpus events its reports merge into),
so a crash (even `kill -9`) never leaves half an article, and an article already stored (same
content hash, `Document.id`) is never stored twice.

The schema is versioned: `MIGRATIONS` are applied in order by `Store.open`, each in a transaction,
and `schema_version` records which ran. Never edit a released migration; append a new one.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import pyarrow as pa

from ..dates import calendar_date
from ..events.ontology import event_kind
from ..model import Document, content_id
from .merge import EventMerger, Report, tokens
from .resolve import ActorIndex, stamp

# --- schema -------------------------------------------------------------------------------------

V1 = """
CREATE TABLE schema_version (version INTEGER NOT NULL, applied_at TIMESTAMP DEFAULT current_timestamp);
CREATE TABLE articles (
    id VARCHAR PRIMARY KEY, title VARCHAR, published DATE, published_inferred BOOLEAN,
    outlet VARCHAR, agency VARCHAR, url VARCHAR, path VARCHAR, record_id VARCHAR, format VARCHAR,
    language VARCHAR, num_chars INTEGER, num_entities INTEGER, num_events INTEGER, num_quotes INTEGER,
    document VARCHAR NOT NULL, ingested_at TIMESTAMP DEFAULT current_timestamp);
CREATE TABLE entities (
    article_id VARCHAR NOT NULL, entity_id VARCHAR NOT NULL, name VARCHAR, type VARCHAR,
    code VARCHAR, country VARCHAR, sector VARCHAR, role VARCHAR, num_mentions INTEGER);
CREATE TABLE mentions (
    article_id VARCHAR NOT NULL, entity_id VARCHAR NOT NULL, start_char INTEGER, end_char INTEGER,
    text VARCHAR, kind VARCHAR);
CREATE TABLE events (
    article_id VARCHAR NOT NULL, event_id VARCHAR NOT NULL, type VARCHAR, mode VARCHAR, cameo VARCHAR,
    quad_class INTEGER, goldstein DOUBLE, date DATE, date_granularity VARCHAR,
    source_ids VARCHAR[], target_ids VARCHAR[], location VARCHAR,
    evidence_start INTEGER, evidence_end INTEGER, evidence_text VARCHAR,
    trigger_start INTEGER, trigger_end INTEGER, trigger_text VARCHAR,
    flags VARCHAR[], context VARCHAR[], confidence DOUBLE);
CREATE TABLE quotes (
    article_id VARCHAR NOT NULL, quote_id VARCHAR NOT NULL, start_char INTEGER, end_char INTEGER,
    text VARCHAR, kind VARCHAR, speaker VARCHAR, speaker_text VARCHAR, on_behalf_of VARCHAR,
    medium VARCHAR, reported_to VARCHAR, cue_text VARCHAR);
CREATE TABLE times (
    article_id VARCHAR NOT NULL, time_id VARCHAR NOT NULL, start_char INTEGER, end_char INTEGER,
    text VARCHAR, value VARCHAR, granularity VARCHAR, type VARCHAR, mod VARCHAR);
CREATE TABLE places (
    article_id VARCHAR NOT NULL, place_id VARCHAR NOT NULL, name VARCHAR, country VARCHAR,
    lat DOUBLE, lon DOUBLE, feature VARCHAR, num_mentions INTEGER);
CREATE TABLE failures (name VARCHAR NOT NULL, kind VARCHAR, reason VARCHAR, failed_at TIMESTAMP DEFAULT current_timestamp);
"""

# v2: the corpus-wide layer. Existing v1 stores are back-filled from the stored Documents.
V2 = """
CREATE TABLE actors (id VARCHAR NOT NULL, name VARCHAR, type VARCHAR, code VARCHAR, country VARCHAR, sector VARCHAR);
CREATE TABLE actor_aliases (norm_key VARCHAR NOT NULL, actor_id VARCHAR NOT NULL, alias VARCHAR);
CREATE TABLE actor_roles (actor_id VARCHAR NOT NULL, role VARCHAR, article_id VARCHAR, date DATE);
CREATE TABLE corpus_events (
    id BIGINT NOT NULL, type VARCHAR, mode VARCHAR, cameo VARCHAR, quad_class INTEGER, goldstein DOUBLE,
    date DATE, negated BOOLEAN, location VARCHAR,
    source_actor_id VARCHAR, target_actor_id VARCHAR, source_actor_ids VARCHAR[], target_actor_ids VARCHAR[],
    words VARCHAR[], evidence VARCHAR, article_id VARCHAR,
    num_mentions INTEGER DEFAULT 0, num_sources INTEGER DEFAULT 0, num_articles INTEGER DEFAULT 0,
    first_seen DATE, last_seen DATE);
CREATE TABLE event_sources (
    corpus_event_id BIGINT NOT NULL, article_id VARCHAR NOT NULL, event_id VARCHAR NOT NULL, kind VARCHAR,
    start_char INTEGER, end_char INTEGER, text VARCHAR, outlet VARCHAR, published DATE);
ALTER TABLE entities ADD COLUMN actor_id VARCHAR;
ALTER TABLE events ADD COLUMN corpus_event_id BIGINT;
ALTER TABLE events ADD COLUMN source_actor_ids VARCHAR[];
ALTER TABLE events ADD COLUMN target_actor_ids VARCHAR[];
ALTER TABLE quotes ADD COLUMN speaker_actor_id VARCHAR;
"""

# v3: corpus views a user can trust. A corpus event keeps the flags all its reports share (none:
# factual), and the ACLED category of its first report; an event with no actor on either side stays
# in its article but is no corpus event unless its type means something without them (see CORPUS_ALONE).
V3 = """
ALTER TABLE events ADD COLUMN acled_event_type VARCHAR;
ALTER TABLE events ADD COLUMN acled_sub_event_type VARCHAR;
ALTER TABLE corpus_events ADD COLUMN flags VARCHAR[];
ALTER TABLE corpus_events ADD COLUMN acled_event_type VARCHAR;
ALTER TABLE corpus_events ADD COLUMN acled_sub_event_type VARCHAR;
"""

# v4: what a PETRARCH issue dictionary found in each event's sentences (the codes, in the Document's
# order; their counts stay in the Document), and the sentences the discard list kept from coding.
V4 = """
ALTER TABLE events ADD COLUMN issues VARCHAR[];
CREATE TABLE discards (
    article_id VARCHAR NOT NULL, scope VARCHAR, phrase VARCHAR, start_char INTEGER, end_char INTEGER,
    text VARCHAR, sentence_start INTEGER, sentence_end INTEGER, sentence_text VARCHAR);
"""

# v5: each place's GeoNames entry, so that `query places` and /v1/places can count one place across articles
# (a name alone is several places: London, England and London, Ontario).
V5 = """
ALTER TABLE places ADD COLUMN geonameid BIGINT;
"""

CHILD_TABLES = ("entities", "mentions", "events", "quotes", "times", "places", "discards")
# Types that are news with no actor named, when they have a place: a protest in Nairobi, an attack in Kabul.
CORPUS_ALONE = frozenset({"PROTEST", "ASSAULT"})


def corpus_worthy(type_: str, sources, targets, location) -> bool:
    """Whether an article's event becomes (or joins) a corpus event: an actor on either side, or a type
    meaningful without actors at a place ("protests in Nairobi"). Others stay in their article only."""
    return bool(sources or targets) or (type_ in CORPUS_ALONE and location is not None)


def _relink_all(store: Store) -> None:
    """v2 back-fill: rebuild the per-article rows with actor and corpus event links."""
    ids = [r[0] for r in store.con.execute("SELECT id FROM articles ORDER BY published NULLS LAST, ingested_at, id").fetchall()]
    for i in range(0, len(ids), 200):
        chunk = ids[i : i + 200]
        docs = [Document.from_json(r[0]) for r in store.con.execute(
            "SELECT document FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[])) ORDER BY published NULLS LAST, ingested_at, id",
            [chunk]).fetchall()]
        for table in CHILD_TABLES:
            if store._columns(table):  # a table a later migration creates is not there yet
                store.con.execute(f"DELETE FROM {table} WHERE article_id IN (SELECT unnest(?::VARCHAR[]))", [chunk])
        store._write(docs, articles=False)


def _v3_backfill(store: Store) -> None:
    """v3 back-fill: ACLED categories of every stored event (from its Document, computed when it was
    stored without one), actorless reports unlinked from the corpus layer, and each corpus event's
    shared flags and ACLED category."""
    from ..events.acled import acled_for

    con = store.con
    rows = []
    for (doc_json,) in con.execute("SELECT document FROM articles").fetchall():
        doc = Document.from_json(doc_json)
        for ev in doc.events:
            acled = ev.acled if ev.acled is not None else acled_for(ev, doc)
            if acled:
                rows.append({"article_id": doc.id, "event_id": ev.id, "acled_event_type": acled["event_type"],
                             "acled_sub_event_type": acled["sub_event_type"]})
    store._update("events", ("acled_event_type", "acled_sub_event_type"), rows, key=("article_id", "event_id"))
    alone = sorted(CORPUS_ALONE)
    con.execute("""CREATE TEMP TABLE _ng_unlink AS SELECT article_id, event_id FROM events
                   WHERE corpus_event_id IS NOT NULL AND len(coalesce(source_actor_ids, [])) = 0
                     AND len(coalesce(target_actor_ids, [])) = 0
                     AND NOT (list_contains(?::VARCHAR[], type) AND location IS NOT NULL)""", [alone])
    con.execute("""DELETE FROM event_sources WHERE (article_id, event_id) IN (SELECT article_id, event_id FROM _ng_unlink)""")
    con.execute("""UPDATE events SET corpus_event_id = NULL
                   WHERE (article_id, event_id) IN (SELECT article_id, event_id FROM _ng_unlink)""")
    con.execute("DROP TABLE _ng_unlink")
    con.execute("DELETE FROM corpus_events WHERE id NOT IN (SELECT corpus_event_id FROM event_sources)")
    ids = [r[0] for r in con.execute("SELECT id FROM corpus_events").fetchall()]
    if ids:
        store._recount(ids)
    con.execute("""UPDATE corpus_events SET flags = s.flags, acled_event_type = s.et, acled_sub_event_type = s.st
        FROM (SELECT corpus_event_id AS id,
                     list_reduce(list(list_sort(coalesce(flags, []))), lambda a, b: list_intersect(a, b)) AS flags,
                     first(acled_event_type ORDER BY article_id <> ce_article, evidence_start) AS et,
                     first(acled_sub_event_type ORDER BY article_id <> ce_article, evidence_start) AS st
              FROM (SELECT e.*, c.article_id AS ce_article FROM events e JOIN corpus_events c ON c.id = e.corpus_event_id)
              GROUP BY corpus_event_id) s
        WHERE corpus_events.id = s.id""")
    con.execute("UPDATE corpus_events SET flags = list_sort(flags) WHERE flags IS NOT NULL")
    con.execute("UPDATE corpus_events SET flags = [] WHERE flags IS NULL")


# a back-fill reads the stored Documents this many at a time: a large store's JSON is never all in memory at once
BACKFILL_BATCH = 200


def _stored_documents(con) -> Iterator[list[Document]]:
    """Every stored article's Document, each exactly once, in batches of BACKFILL_BATCH (by article id): what a
    migration's back-fill reads."""
    ids = [r[0] for r in con.execute("SELECT id FROM articles ORDER BY id").fetchall()]
    for i in range(0, len(ids), BACKFILL_BATCH):
        batch = con.execute("SELECT document FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[])) ORDER BY id",
                            [ids[i : i + BACKFILL_BATCH]]).fetchall()
        yield [Document.from_json(doc_json) for (doc_json,) in batch]


def _v4_backfill(store: Store) -> None:
    """v4 back-fill: the issue codes of every stored event and the discard rows, from the Documents."""
    for docs in _stored_documents(store.con):
        rows = Rows()
        for doc in docs:
            _discard_rows(doc, rows)
            for ev in doc.events:
                if ev.issues:
                    rows.add("events", article_id=doc.id, event_id=ev.id, issues=[x.code for x in ev.issues])
        store._update("events", ("issues",), rows.tables.get("events", []), key=("article_id", "event_id"))
        store._insert("discards", rows.tables.get("discards", []))


def _v5_backfill(store: Store) -> None:
    """v5 back-fill: the GeoNames id of every stored place, from the Documents."""
    for docs in _stored_documents(store.con):
        rows = [{"article_id": doc.id, "place_id": p.id, "geonameid": p.geonameid}
                for doc in docs for p in doc.places if p.geonameid is not None]
        store._update("places", ("geonameid",), rows, key=("article_id", "place_id"))


# (version, SQL, optional Python step run after the SQL in the same transaction)
MIGRATIONS: list[tuple[int, str, Callable | None]] = [
    (1, V1, None),
    (2, V2, _relink_all),
    (3, V3, _v3_backfill),
    (4, V4, _v4_backfill),
    (5, V5, _v5_backfill),
]
SCHEMA_VERSION = MIGRATIONS[-1][0]


# --- rows -----------------------------------------------------------------------------------------


def event_date(ev, published: dt.date | None) -> dt.date | None:
    d = calendar_date(ev.date.value) if ev.date is not None else None
    return d or published


class Rows:
    """Column lists per table for one write (turned into Arrow tables and inserted BY NAME)."""

    def __init__(self):
        self.tables: dict[str, list[dict]] = {}

    def add(self, table: str, **row) -> None:
        self.tables.setdefault(table, []).append(row)


def outlet_of(doc: Document) -> str | None:
    """The source a report counts as: the wire agency it names, else the publishing outlet."""
    return doc.source.agency or doc.source.outlet


def flatten(doc: Document, rows: Rows, articles: bool = True) -> None:
    pub = calendar_date(doc.published.value)
    aid = doc.id
    if articles:
        rows.add("articles", id=aid, title=doc.title, published=pub, published_inferred=doc.published.inferred,
                 outlet=doc.source.outlet, agency=doc.source.agency, url=doc.source.url, path=doc.source.path,
                 record_id=doc.source.record_id, format=doc.source.format, language=doc.language,
                 num_chars=len(doc.text), num_entities=len(doc.entities), num_events=len(doc.events),
                 num_quotes=len(doc.quotes), document=doc.to_json())
    for e in doc.entities:
        a = e.actor
        rows.add("entities", article_id=aid, entity_id=e.id, name=e.name, type=e.type, code=a and a.code,
                 country=a and a.country, sector=a and a.sector, role=a and a.role, num_mentions=len(e.mentions),
                 actor_id=None)
        for m in e.mentions:
            rows.add("mentions", article_id=aid, entity_id=e.id, start_char=m.start, end_char=m.end, text=m.text, kind=m.kind)
    for ev in doc.events:
        d = calendar_date(ev.date.value) if ev.date is not None else None
        rows.add("events", article_id=aid, event_id=ev.id, type=ev.type, mode=ev.mode, cameo=ev.cameo,
                 quad_class=ev.quad_class, goldstein=ev.goldstein, date=d,
                 date_granularity=ev.date.granularity if ev.date else None, source_ids=list(ev.source),
                 target_ids=list(ev.target), location=ev.location,
                 evidence_start=ev.evidence and ev.evidence.start, evidence_end=ev.evidence and ev.evidence.end,
                 evidence_text=ev.evidence and ev.evidence.text, trigger_start=ev.trigger and ev.trigger.start,
                 trigger_end=ev.trigger and ev.trigger.end, trigger_text=ev.trigger and ev.trigger.text,
                 flags=list(ev.flags), context=list(ev.context), confidence=ev.confidence,
                 acled_event_type=ev.acled["event_type"] if ev.acled else None,
                 acled_sub_event_type=ev.acled["sub_event_type"] if ev.acled else None,
                 issues=[x.code for x in ev.issues], corpus_event_id=None, source_actor_ids=[], target_actor_ids=[])
    for q in doc.quotes:
        rows.add("quotes", article_id=aid, quote_id=q.id, start_char=q.start, end_char=q.end, text=q.text, kind=q.kind,
                 speaker=q.speaker, speaker_text=q.speaker_text, on_behalf_of=q.on_behalf_of, medium=q.medium,
                 reported_to=q.reported_to, cue_text=q.cue and q.cue.text, speaker_actor_id=None)
    for t in doc.times:
        rows.add("times", article_id=aid, time_id=t.id, start_char=t.start, end_char=t.end, text=t.text, value=t.value,
                 granularity=t.granularity, type=t.type, mod=t.mod)
    _discard_rows(doc, rows)
    for p in doc.places:
        rows.add("places", article_id=aid, place_id=p.id, name=p.name, country=p.country, lat=p.lat, lon=p.lon,
                 feature=p.feature, num_mentions=len(p.mentions), geonameid=p.geonameid)


def _discard_rows(doc: Document, rows: Rows) -> None:
    for d in doc.discards:
        rows.add("discards", article_id=doc.id, scope=d.scope, phrase=d.phrase, start_char=d.start, end_char=d.end,
                 text=d.text, sentence_start=d.sentence.start, sentence_end=d.sentence.end,
                 sentence_text=d.sentence.text)


# Arrow types for columns whose values may all be None in a batch (so inference cannot tell).
_LIST = pa.list_(pa.string())
_TYPES = {
    "published": pa.date32(), "date": pa.date32(), "published_inferred": pa.bool_(), "negated": pa.bool_(),
    "goldstein": pa.float64(), "confidence": pa.float64(), "lat": pa.float64(), "lon": pa.float64(),
    "quad_class": pa.int32(), "corpus_event_id": pa.int64(), "geonameid": pa.int64(),
    "source_ids": _LIST, "target_ids": _LIST, "flags": _LIST, "context": _LIST, "words": _LIST,
    "source_actor_ids": _LIST, "target_actor_ids": _LIST, "issues": _LIST,
}


def _arrow(rows: list[dict]) -> pa.Table:
    cols = {}
    for name in rows[0]:
        values = [r.get(name) for r in rows]
        typ = _TYPES.get(name)
        if typ is None:
            if name.endswith(("_start", "_end", "_char")) or name.startswith("num_"):
                typ = pa.int64()
            elif all(v is None or isinstance(v, str) for v in values):
                typ = pa.string()
        cols[name] = pa.array(values, type=typ)
    return pa.table(cols)


# --- the store ------------------------------------------------------------------------------------


DUCKDB_MAGIC = (8, b"DUCK")  # where every DuckDB database file says what it is


def _duckdb_or_new(path: Path) -> bool:
    """False for an existing file that is no DuckDB database. DuckDB 2 opens an existing .jsonl, .json, .csv or
    .parquet file as data in an in-memory database: an ingest into `--db news.jsonl` reported its articles added
    and stored nothing (session 57). A directory or a missing file is left to DuckDB and its own message."""
    if not path.is_file():
        return True
    at, magic = DUCKDB_MAGIC
    with path.open("rb") as fh:
        fh.seek(at)
        return fh.read(len(magic)) == magic


_LOCK_HOLDER = re.compile(r"Could not set lock on file .*\(PID (\d+)\)")


def _held(path: str, error: str, read_only: bool) -> str | None:
    """DuckDB's lock conflict in newsgraph's words: its own ended "...by using the -readonly parameter in the
    CLI", which is DuckDB's command line, not newsgraph's (session 57). None for any other error."""
    found = _LOCK_HOLDER.search(error)
    if not found:
        return None
    pid = found.group(1)
    if read_only:  # readers share a file: only a writer keeps one out
        return f"{path}: another process is writing the corpus database (PID {pid}); try again when it has finished"
    return (f"{path}: another process has the corpus database open (PID {pid}); stop it, or, if it is a "
            "`newsgraph serve`, ingest through it with `ingest --server URL`")


class Store:
    """A corpus in one DuckDB file. Open with `Store.open(path)`; use as a context manager."""

    def __init__(self, con, path: str, read_only: bool):
        self.con = con
        self.path = path
        self.read_only = read_only
        self._actors: ActorIndex | None = None
        self.window = 2

    @classmethod
    def open(cls, path: str | Path, read_only: bool = False, upto: int | None = None) -> Store:
        """Open (creating and migrating unless read_only) the store at `path` (":memory:" works too).

        `upto` stops migrating at that version (tests use it to build old stores).
        """
        import duckdb

        from ..errors import StoreError

        path = str(path)
        if read_only and path != ":memory:" and not Path(path).exists():
            raise StoreError(f"{path}: no such corpus database")
        if path != ":memory:" and not _duckdb_or_new(Path(path)):
            raise StoreError(f"{path}: not a DuckDB database (a corpus store is the file `newsgraph ingest --db` makes; "
                             "name a new file, e.g. corpus.duckdb, to make one)")
        try:
            con = duckdb.connect(path, read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(_held(path, str(exc), read_only) or
                             f"{path}: cannot open the corpus database ({str(exc).splitlines()[0]})") from None
        store = cls(con, path, read_only)
        try:
            found = store.version()
            if found > SCHEMA_VERSION:
                raise StoreError(f"{path}: corpus schema v{found} is newer than this newsgraph's v{SCHEMA_VERSION}; upgrade newsgraph")
            if not read_only:
                store.migrate(upto)
            elif found < SCHEMA_VERSION:
                raise StoreError(f"{path}: corpus schema v{found} is older than v{SCHEMA_VERSION}; open it once for writing to upgrade")
        except duckdb.Error as exc:  # e.g. the file is a DuckDB database the migrations cannot apply to
            con.close()
            raise StoreError(f"{path}: cannot upgrade the corpus database to v{SCHEMA_VERSION} ({str(exc).splitlines()[0]})") from None
        except StoreError:
            con.close()
            raise
        return store

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        if self.con is not None:
            self.con.close()
            self.con = None

    # -- schema
    def version(self) -> int:
        exists = self.con.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version'").fetchall()[0][0]
        if not exists:
            return 0
        return self.con.execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchall()[0][0]

    def migrate(self, upto: int | None = None) -> int:
        current = self.version()
        for version, sql, step in MIGRATIONS:
            if version <= current or (upto is not None and version > upto):
                continue
            self.con.begin()
            try:
                for stmt in filter(str.strip, sql.split(";")):
                    self.con.execute(stmt)
                self.con.execute("INSERT INTO schema_version (version) VALUES (?)", [version])
                if step is not None:
                    step(self)
                self.con.commit()
            except Exception:
                self.con.rollback()
                self._actors = None
                raise
            current = version
        return current

    # -- writing
    def existing_ids(self, ids: Iterable[str]) -> set[str]:
        ids = list(ids)
        if not ids:
            return set()
        return {r[0] for r in self.con.execute(
            "SELECT id FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[]))", [ids]).fetchall()}

    def add_documents(self, docs: Iterable[Document], failures: Iterable = (), recovered: Iterable[str] = ()) -> dict:
        """Store documents (skipping ones already stored) and failures, in ONE transaction.

        `recovered`: input names that failed in an earlier run and are stored now (their failure rows go).
        Returns {"added": n, "skipped": n, "failed": n, "events": n}.
        """
        docs = list(docs)
        failures = list(failures)
        for d in docs:
            if not d.id:  # hand-made Documents: the id is the content hash of the text, as the pipeline sets it
                d.id = content_id(d.text)
        self.con.begin()
        try:
            have = self.existing_ids(d.id for d in docs)
            new, seen = [], set()
            for d in docs:
                if d.id in have or d.id in seen:
                    continue
                seen.add(d.id)
                new.append(d)
            if new:
                self._write(new)
            recovered = list(recovered)
            if recovered:
                self.con.execute("DELETE FROM failures WHERE name IN (SELECT unnest(?::VARCHAR[]))", [recovered])
            if failures:
                self._write_failures(failures)
            self.con.commit()
        except Exception:
            self.con.rollback()
            self._actors = None  # the in-memory index may hold rows that were rolled back
            raise
        return {"added": len(new), "skipped": len(docs) - len(new), "failed": len(failures),
                "events": sum(len(d.events) for d in new)}

    def add_failures(self, failures: Iterable) -> int:
        failures = list(failures)
        if failures:
            self.con.begin()
            try:
                self._write_failures(failures)
                self.con.commit()
            except Exception:
                self.con.rollback()
                raise
        return len(failures)

    def _write_failures(self, failures: list) -> None:
        latest = {}
        for f in failures:
            name = getattr(f, "name", None) or str(f)
            latest[name] = (type(f).__name__, getattr(f, "reason", None) or str(f))
        names = list(latest)
        self.con.execute("DELETE FROM failures WHERE name IN (SELECT unnest(?::VARCHAR[]))", [names])
        self._insert("failures", [{"name": n, "kind": k, "reason": r} for n, (k, r) in latest.items()])

    def _columns(self, table: str) -> set[str]:
        """The table's columns now: a migration's back-fill writes with today's code into an older schema."""
        return {r[0] for r in self.con.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = ?", [table]).fetchall()}

    def _insert(self, table: str, rows: list[dict]) -> None:
        if not rows:
            return
        tmp = f"_ng_{table}"
        have = self._columns(table)
        if not have:  # a migration's back-fill runs before a later migration creates this table
            return
        self.con.register(tmp, _arrow([{k: v for k, v in r.items() if k in have} for r in rows]))
        try:
            self.con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM {tmp}")  # table names are ours
        finally:
            self.con.unregister(tmp)

    @property
    def actor_index(self) -> ActorIndex:
        """The in-memory actor index, reloaded when another writer (another Store) added actors."""
        if self._actors is None or self._actors.stamp != stamp(self.con):
            self._actors = ActorIndex.load(self.con)
        return self._actors

    def _write(self, docs: list[Document], articles: bool = True) -> None:
        """Insert the rows of `docs` and link them to corpus actors and events (inside a transaction)."""
        rows = Rows()
        self._actors = self.actor_index  # checked fresh once per write
        reports: list[tuple[Report, dict, Document, object]] = []  # (report, its events row, doc, event)
        for doc in docs:
            reports += self._link_actors(doc, rows, articles)
        pending = self._actors.take_pending()
        ids = self._merge_events(reports, rows) if reports else []
        self._insert("actors", [vars(a).copy() for a in pending.actors.values()])
        self._update("actors", ("name", "code", "country", "sector"), [vars(a).copy() for a in pending.updates.values()])
        self._insert("actor_aliases", [{"norm_key": k, "actor_id": a, "alias": s} for k, a, s in pending.aliases])
        self._insert("actor_roles", [{"actor_id": a, "role": r, "article_id": d, "date": t} for a, r, d, t in pending.roles])
        for table in ("articles", *CHILD_TABLES, "event_sources"):
            self._insert(table, rows.tables.get(table, []))
        if ids:
            self._recount(sorted(set(ids)))

    def _link_actors(self, doc: Document, rows: Rows, articles: bool) -> list[tuple]:
        """Flatten one document into `rows`, with corpus actor ids; return its event reports."""
        n_ents, n_events, n_quotes = (len(rows.tables.get(t, [])) for t in ("entities", "events", "quotes"))
        flatten(doc, rows, articles=articles)
        pub = calendar_date(doc.published.value)
        amap = self._actors.resolve(doc, pub)
        for r in rows.tables.get("entities", [])[n_ents:]:
            r["actor_id"] = amap.get(r["entity_id"])
        for r in rows.tables.get("quotes", [])[n_quotes:]:
            r["speaker_actor_id"] = amap.get(r["speaker"]) if r["speaker"] else None
        out = []
        ents = {e.id: e for e in doc.entities}
        for r, ev in zip(rows.tables.get("events", [])[n_events:], doc.events):
            # two entities of one article may be one corpus actor: keep each once, in order
            src = list(dict.fromkeys(amap[x] for x in ev.source if x in amap))
            tgt = list(dict.fromkeys(amap[x] for x in ev.target if x in amap))
            r["source_actor_ids"], r["target_actor_ids"] = src, tgt
            if not corpus_worthy(ev.type, src, tgt, ev.location):
                continue  # stays in its article (the events row), no corpus event
            names = [n for x in (*ev.source, *ev.target) if (e := ents.get(x))
                     for n in (e.name, *e.aliases, *(m.text for m in e.mentions))]
            rep = Report(type=event_kind(ev.type, ev.cameo), date=event_date(ev, pub), negated="negated" in ev.flags,
                         sources=frozenset(src), targets=frozenset(tgt),
                         words=tokens(ev.evidence.text if ev.evidence else None, names), flags=frozenset(ev.flags))
            out.append((rep, r, doc, ev))
        return out

    def _merge_events(self, reports: list[tuple], rows: Rows) -> list[int]:
        """Assign each report to a corpus event (new or stored); queue evidence links and new events."""
        next_id = self.con.execute("SELECT coalesce(max(id), 0) + 1 FROM corpus_events").fetchall()[0][0]
        ids, changed = EventMerger(self.con, self.window).assign([rep for rep, *_ in reports], next_id)
        first: dict[int, dict] = {}  # corpus event id -> the events row of its first report
        shared: dict[int, frozenset[str]] = {}  # corpus event id -> the flags all of this batch's reports carry
        for (rep, r, doc, ev), cid in zip(reports, ids):
            r["corpus_event_id"] = cid
            first.setdefault(cid, r)
            shared[cid] = shared[cid] & rep.flags if cid in shared else rep.flags
            spans = [("evidence", ev.evidence)] if ev.evidence else []
            spans += [("restatement", sp) for sp in ev.restatements]
            for kind, sp in spans or [("event", None)]:  # an event with no evidence still counts once
                rows.add("event_sources", corpus_event_id=cid, article_id=doc.id, event_id=ev.id, kind=kind,
                         start_char=sp and sp.start, end_char=sp and sp.end, text=sp and sp.text,
                         outlet=outlet_of(doc), published=calendar_date(doc.published.value))
        new = []
        for c in changed:
            if c.new:
                r = first[c.id]
                new.append(dict(
                    id=c.id, type=r["type"], mode=r["mode"], cameo=r["cameo"], quad_class=r["quad_class"],
                    goldstein=r["goldstein"], date=c.date, negated=c.negated, location=r["location"],
                    source_actor_id=(r["source_actor_ids"] or [None])[0], target_actor_id=(r["target_actor_ids"] or [None])[0],
                    source_actor_ids=sorted(c.sources), target_actor_ids=sorted(c.targets), words=sorted(c.words),
                    evidence=r["evidence_text"], article_id=r["article_id"], flags=sorted(shared[c.id]),
                    acled_event_type=r["acled_event_type"], acled_sub_event_type=r["acled_sub_event_type"]))
        self._insert("corpus_events", new)
        fresh = {c.id for c in changed if c.new}
        self._narrow_flags({cid: f for cid, f in shared.items() if cid not in fresh})
        self._update("corpus_events", ("source_actor_ids", "target_actor_ids"),
                     [{"id": c.id, "source_actor_ids": sorted(c.sources), "target_actor_ids": sorted(c.targets)}
                      for c in changed if not c.new])
        return ids

    def _narrow_flags(self, flags: dict[int, frozenset[str]]) -> None:
        """Stored corpus events that new reports joined keep only the flags those reports share too
        (one factual report makes the event factual)."""
        if not flags or "flags" not in self._columns("corpus_events"):
            return
        tmp = "_ng_flags"
        self.con.register(tmp, _arrow([{"id": k, "flags": sorted(v)} for k, v in flags.items()]))
        try:
            self.con.execute(f"""UPDATE corpus_events SET flags = list_sort(list_intersect(coalesce(corpus_events.flags, []), u.flags))
                                 FROM {tmp} u WHERE corpus_events.id = u.id""")
        finally:
            self.con.unregister(tmp)

    def _update(self, table: str, columns: tuple[str, ...], rows: list[dict], key: tuple[str, ...] = ("id",)) -> None:
        """UPDATE `table` SET columns FROM rows (matched by the key columns). Table and column names are ours."""
        if not rows:
            return
        tmp = f"_ng_upd_{table}"
        self.con.register(tmp, _arrow(rows))
        try:
            sets = ", ".join(f"{c} = u.{c}" for c in columns)
            where = " AND ".join(f"{table}.{k} = u.{k}" for k in key)
            self.con.execute(f"UPDATE {table} SET {sets} FROM {tmp} u WHERE {where}")
        finally:
            self.con.unregister(tmp)

    def _recount(self, event_ids: list[int]) -> None:
        """num_mentions / num_articles / num_sources and first/last seen, from the evidence links."""
        self.con.execute(
            """UPDATE corpus_events SET num_mentions = s.m, num_articles = s.a, num_sources = s.s,
                   first_seen = s.f, last_seen = s.l
               FROM (SELECT corpus_event_id, count(*) AS m, count(DISTINCT article_id) AS a,
                            count(DISTINCT coalesce(outlet, article_id)) AS s, min(published) AS f, max(published) AS l
                     FROM event_sources WHERE corpus_event_id IN (SELECT unnest(?::BIGINT[])) GROUP BY 1) s
               WHERE corpus_events.id = s.corpus_event_id""",
            [event_ids])

    # -- reading (see query.py)
    def reader(self):
        """A cursor for one read: DuckDB connections are not thread-safe, cursors are (one per thread/call)."""
        return self.con.cursor()

    def article(self, article_id: str) -> Document | None:
        with self.reader() as cur:
            rows = cur.execute("SELECT document FROM articles WHERE id = ?", [article_id]).fetchall()
        return Document.from_json(rows[0][0]) if rows else None

    def count(self, table: str) -> int:
        from .query import TABLES

        if table not in TABLES:
            from ..errors import QueryError

            raise QueryError(f"unknown table {table!r}")
        with self.reader() as cur:
            return cur.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0]  # table checked above

    def articles(self, limit: int = 50, offset: int = 0) -> pa.Table:
        from . import query

        with self.reader() as cur:
            return query.articles(cur, limit, offset)

    def events(self, source=None, target=None, type=None, since=None, until=None, limit=100, offset=0,
               order="-date", include_flagged: bool = False) -> pa.Table:
        """Corpus events, newest first; factual ones only unless `include_flagged`; NotFoundError for a `source` or
        `target` no actor answers to."""
        from . import query

        with self.reader() as cur:
            return query.events(cur, source, target, type, since, until, limit, offset, order, include_flagged)

    def event(self, event_id: int) -> dict | None:
        """One corpus event (the `events` row) with source_actors, target_actors and evidence_spans."""
        from . import query

        with self.reader() as cur:
            return query.event(cur, event_id)

    def event_evidence(self, event_id: int) -> pa.Table:
        from . import query

        with self.reader() as cur:
            return query.event_evidence(cur, event_id)

    def dyad(self, a: str, b: str, by: str = "day", include_flagged: bool = False) -> pa.Table:
        from . import query

        with self.reader() as cur:
            return query.dyad(cur, a, b, by, include_flagged)

    def actor(self, name_or_id: str, include_flagged: bool = False) -> dict | None:
        from . import query

        with self.reader() as cur:
            return query.actor(cur, name_or_id, include_flagged)

    def network(self, since=None, until=None, type=None, min_weight: int = 1, include_flagged: bool = False) -> dict:
        from . import query

        with self.reader() as cur:
            return query.network(cur, since, until, type, min_weight, include_flagged)

    def actors(self, q: str | None = None, limit: int = 50, offset: int = 0, include_flagged: bool = False) -> pa.Table:
        """id, name, type, code, country, sector, num_events (factual unless `include_flagged`), num_articles;
        most active first."""
        from . import query

        with self.reader() as cur:
            return query.actors(cur, q, limit, offset, include_flagged)

    def quotes(self, speaker: str | None = None, since=None, until=None, contains: str | None = None,
               limit: int | None = 100, offset: int = 0) -> pa.Table:
        """Quotes, newest article first (query_said.quotes); NotFoundError for a speaker no actor answers to."""
        from . import query_said

        with self.reader() as cur:
            return query_said.quotes(cur, speaker, since, until, contains, limit, offset)

    def places(self, country: str | None = None, since=None, until=None, limit: int | None = 100,
               offset: int = 0) -> pa.Table:
        """Places, most mentioned first, each with its mention and article counts (query_said.places)."""
        from . import query_said

        with self.reader() as cur:
            return query_said.places(cur, country, since, until, limit, offset)

    def place_articles(self, place: str, since=None, until=None, limit: int | None = 100, offset: int = 0) -> pa.Table:
        """The articles that mention one place (its `place` key from `places`); NotFoundError for an unknown key."""
        from . import query_said

        with self.reader() as cur:
            return query_said.place_articles(cur, place, since, until, limit, offset)

    def stats(self) -> dict:
        from . import query

        with self.reader() as cur:
            return query.stats(cur)

    def failures(self) -> pa.Table:
        with self.reader() as cur:
            return cur.sql("SELECT name, kind, reason, failed_at FROM failures ORDER BY failed_at, name").to_arrow_table()
