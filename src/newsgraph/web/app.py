"""The REST API and the single-page app: `create_app()` builds the FastAPI application.

A thin layer: extraction is the pipeline's, storage and queries are the corpus store's. What this
module owns is the HTTP contract: request size limits, JSON errors without stack traces, a token for
writes compared in constant time, security headers, and an OpenAPI document precise enough for
property-based tests (schemathesis) to check every response against it.
"""

import asyncio
import contextlib
import datetime as dt
import hmac
import logging
import re
import threading
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, Literal

import msgspec
from fastapi import Depends, FastAPI, Path as PathParam, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, ConfigDict, Field
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..version import __version__
from ..errors import (ExtractionError, InputError, ModelError, NewsgraphError, NotFoundError, PipelineError, QueryError,
                      StoreError, UsageError)
from ..model import SCHEMA, Document, check_offsets
from .workers import Busy, InlinePool, OverBudget, StageBug, Unavailable, WorkerPool

log = logging.getLogger("newsgraph.web")

STATIC = Path(__file__).resolve().parent / "static"
DEFAULT_MAX_BODY = 2 * 1024 * 1024  # the same limit the CLI applies to one input file
MAX_LIMIT = 1000
MAX_OFFSET = 10_000_000
BODY_METHODS = frozenset({b"POST", b"PUT", b"PATCH"})
MIN_TOKEN = 16  # characters: a short token can be guessed
LOOPBACK_HOSTS = ("localhost", "127.0.0.1", "::1")
MAX_BATCH = 1000  # articles in one /v1/ingest/batch request

# The app is same-origin only: scripts, styles and fetches come from the server itself. Even if a
# bug ever put article text into markup, the browser would refuse to run inline script.
SECURITY_HEADERS = [
    (b"content-security-policy", b"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                                 b"connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
                                 b"frame-ancestors 'none'"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
]


# --- responses -----------------------------------------------------------------------------------

def _encode(obj: Any) -> bytes:
    return msgspec.json.encode(obj, enc_hook=_enc_hook)


def _enc_hook(obj: Any) -> Any:
    if hasattr(obj, "to_pylist"):  # a pyarrow Table or Array inside a dict
        return obj.to_pylist()
    if isinstance(obj, (set, frozenset, tuple)):
        return list(obj)
    if hasattr(obj, "isoformat"):
        return obj.isoformat()
    if hasattr(obj, "item"):  # numpy scalars
        return obj.item()
    raise NotImplementedError(f"cannot encode {type(obj).__name__}")


class JSON(JSONResponse):
    """JSON by msgspec: fast, and encodes dates and Structs without help."""

    media_type = "application/json"

    def render(self, content: Any) -> bytes:
        return _encode(content)


def error(status: int, code: str, message: str, details: list | None = None, headers: dict | None = None) -> JSON:
    body: dict[str, Any] = {"error": code, "message": message}
    if details:
        body["details"] = details
    return JSON(body, status_code=status, headers=headers)


class ApiError(Exception):
    """A client-facing error: becomes a JSON body {error, message} with this status."""

    def __init__(self, status: int, code: str, message: str, headers: dict | None = None,
                 details: list | None = None):
        super().__init__(message)
        self.status, self.code, self.message, self.headers, self.details = status, code, message, headers, details


# newsgraph's errors -> (status, code, message shown); the first matching class wins. Errors of the
# server's own set-up, and a stage's failure, may carry paths or internals: those are logged, and
# the client gets a fixed message. InputError shows its reason (the input is the client's own).
HTTP_ERRORS: tuple[tuple[type[NewsgraphError], int, str, str | None], ...] = (
    (StageBug, 500, "internal", "internal error (the server log has the details)"),
    (QueryError, 422, "invalid", None),
    (NotFoundError, 404, "not_found", None),
    (UsageError, 422, "invalid", None),
    (InputError, 422, "unreadable", None),
    (ExtractionError, 422, "extraction_failed", "the pipeline could not process this article"),
    (StoreError, 503, "store_unavailable", "the corpus store is unavailable (the server log has the details)"),
    (ModelError, 503, "model_unavailable", "the spaCy pipeline is unavailable (the server log has the details)"),
    (PipelineError, 503, "pipeline_unavailable", "the extraction pipeline cannot be built (the server log has the details)"),
    (NewsgraphError, 422, "invalid", None),
)


def error_response(exc: NewsgraphError) -> "JSON":
    """The JSON error for one of newsgraph's errors (see HTTP_ERRORS)."""
    status, code, fixed = next((s, c, m) for cls, s, c, m in HTTP_ERRORS if isinstance(exc, cls))
    if fixed is not None:
        log.error("%s: %s", type(exc).__name__, exc)
    message = fixed or (exc.reason if isinstance(exc, InputError) else str(exc))
    return error(status, code, message)


_STATUS_CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found",
                 405: "method_not_allowed", 406: "not_acceptable", 413: "too_large", 415: "unsupported_media_type",
                 422: "invalid", 429: "too_many_requests", 503: "unavailable"}


# --- OpenAPI models (documentation and request validation) ---------------------------------------

class ErrorBody(BaseModel):
    error: str = Field(description="A short machine-readable code, e.g. not_found, invalid, too_large.")
    message: str = Field(description="One line saying what was wrong and how to fix it.")
    details: list[dict[str, Any]] | None = None


class _ArticleFields(BaseModel):
    model_config = ConfigDict(extra="forbid")
    title: str | None = Field(None, description="The headline, when the text does not start with it.")
    published: str | None = Field(None, description="Publication date (ISO 8601 preferred).")
    url: str | None = None


class TextArticle(_ArticleFields):
    text: str = Field(min_length=1, description="The article as plain text.")


class HtmlArticle(_ArticleFields):
    html: str = Field(min_length=1, description="The article page as HTML; the main text is extracted.")


class Status(BaseModel):
    version: str
    schema_: str = Field(alias="schema")
    corpus: bool = Field(description="Whether the server has a corpus store (--db).")
    writable: bool = Field(description="Whether write endpoints are enabled (started with a token).")
    max_body: int = Field(description="Largest request body accepted, in bytes.")
    stats: dict[str, Any] | None = Field(None, description="Corpus counts (articles, events, actors...), when there is a corpus.")
    extraction: dict[str, Any] | None = Field(None, description="The extraction workers: how many, busy, queued, restarts, timeouts.")


class ArticleRow(BaseModel):
    model_config = ConfigDict(extra="allow")
    id: str
    title: str | None = None
    published: dt.date | str | None = None
    source: str | None = None
    num_events: int | None = None


class Page(BaseModel):
    limit: int
    offset: int
    next_offset: int | None = Field(description="The offset of the next page, or null on the last page.")


class ArticlesPage(Page):
    items: list[ArticleRow]


class EventRow(BaseModel):
    model_config = ConfigDict(extra="allow")
    event_id: int
    date: dt.date | str | None = None
    type: str | None = None
    mode: str | None = None
    cameo: str | None = None
    quad_class: int | None = None
    goldstein: float | None = None
    source_actor_id: str | None = None
    source_name: str | None = None
    source_code: str | None = None
    target_actor_id: str | None = None
    target_name: str | None = None
    target_code: str | None = None
    num_mentions: int | None = None
    num_sources: int | None = None
    num_articles: int | None = None
    evidence: str | None = None
    article_id: str | None = None
    flags: list[str] = Field([], description="Flags all reports of the event share (negated, hypothetical, future, historical, reported); [] is factual.")
    acled_event_type: str | None = None
    acled_sub_event_type: str | None = None


class EventsPage(Page):
    items: list[EventRow]


class EvidenceRow(BaseModel):
    model_config = ConfigDict(extra="allow")
    article_id: str
    start: int | None = None
    end: int | None = None
    text: str | None = None
    outlet: str | None = None


class Evidence(BaseModel):
    event_id: int
    items: list[EvidenceRow]


class DyadRow(BaseModel):
    model_config = ConfigDict(extra="allow")
    period: dt.date | str | None = None
    direction: str | None = None
    quad1: int = 0
    quad2: int = 0
    quad3: int = 0
    quad4: int = 0
    goldstein_sum: float | None = None
    events: int = 0


class Dyad(BaseModel):
    a: str
    b: str
    by: str
    items: list[DyadRow]


class NetworkNode(BaseModel):
    model_config = ConfigDict(extra="allow")
    id: str
    name: str | None = None
    code: str | None = None
    events: int | None = Field(None, description="Events on this actor's edges.")


class NetworkEdge(BaseModel):
    model_config = ConfigDict(extra="allow")
    source: str
    target: str
    weight: int = Field(description="Number of corpus events from source to target.")
    goldstein: float | None = Field(None, description="Mean Goldstein score of those events.")
    quad_class: int | None = Field(None, description="Their commonest QuadClass.")


class Network(BaseModel):
    nodes: list[NetworkNode]
    edges: list[NetworkEdge]


class ActorRow(BaseModel):
    model_config = ConfigDict(extra="allow")
    id: str
    name: str | None = None
    type: str | None = None
    code: str | None = None
    num_events: int = 0
    num_articles: int = 0


class ActorsPage(Page):
    items: list[ActorRow]


class ActorProfile(BaseModel):
    model_config = ConfigDict(extra="allow")
    id: str
    name: str | None = None
    type: str | None = None
    code: str | None = None
    country: str | None = None
    sector: str | None = None
    aliases: list[str] = []
    roles: list[dict[str, Any]] = Field([], description="{role, count, first, last}: roles over time.")
    timeline: list[dict[str, Any]] = Field([], description="The actor's events, oldest first.")
    quotes: list[dict[str, Any]] = Field([], description="What the actor was quoted saying.")


class QuoteRow(BaseModel):
    model_config = ConfigDict(extra="allow")
    article_id: str
    quote_id: str
    published: dt.date | str | None = Field(None, description="The article's date (a quote's own date).")
    title: str | None = None
    source: str | None = None
    speaker_actor_id: str | None = Field(None, description="The corpus actor who said it, when the speaker is one.")
    speaker_name: str | None = None
    speaker_text: str | None = Field(None, description="The words the article names the speaker by.")
    cue: str | None = Field(None, description="The verb or phrase that reports it (said, told, according to).")
    kind: str | None = Field(None, description="direct, partial or indirect.")
    text: str | None = None
    start: int | None = Field(None, description="Where the quote starts in its article's text (characters).")
    end: int | None = None


class QuotesPage(Page):
    items: list[QuoteRow]


class PlaceRow(BaseModel):
    model_config = ConfigDict(extra="allow")
    place: str = Field(description="The place's key: its GeoNames id, or the name of a place without one.")
    geonameid: int | None = None
    name: str | None = None
    country: str | None = Field(None, description="ISO 3166 alpha-3.")
    feature: str | None = None
    lat: float | None = None
    lon: float | None = None
    num_mentions: int = 0
    num_articles: int = 0
    first_published: dt.date | str | None = None
    last_published: dt.date | str | None = None


class PlacesPage(Page):
    items: list[PlaceRow]


class PlaceArticleRow(ArticleRow):
    num_mentions: int = Field(0, description="How often the article names the place.")


class PlaceArticlesPage(Page):
    place: str
    items: list[PlaceArticleRow]


class IngestResult(BaseModel):
    ids: list[str] = Field(description="Ids of the stored documents, in input order.")
    failed: list[dict[str, str]] = Field(description="Inputs that could not be extracted: {name, reason}.")
    stored: dict[str, Any] = Field(description="What the store reported (counts).")


class BatchArticle(BaseModel):
    """One article as `newsgraph ingest --server` read it: text already extracted, the input's name kept."""

    model_config = ConfigDict(extra="forbid")
    name: str = Field(min_length=1, max_length=4096, description="The input's name (path, path:line), for failures.")
    text: str = Field(min_length=1)
    format: Literal["text", "html", "json", "jsonl"] = "text"
    title: str | None = None
    url: str | None = None
    published: str | None = None
    outlet: str | None = None
    author: str | None = None
    record_id: str | None = None
    path: str | None = Field(None, max_length=4096)


class BatchFailure(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str = Field(min_length=1, max_length=4096)
    reason: str = Field(min_length=1, max_length=4096)


class IngestBatch(BaseModel):
    model_config = ConfigDict(extra="forbid")
    articles: list[BatchArticle] = Field([], max_length=MAX_BATCH)
    failures: list[BatchFailure] = Field([], max_length=MAX_BATCH,
                                         description="Inputs the client could not read: recorded in the store's failures.")
    retry_failed: bool = Field(False, strict=True, description="Try again inputs the store's failures list (by default they are "
                                                  "skipped and counted in `failed_before`, as `ingest` does).")


class IngestBatchResult(BaseModel):
    added: int
    skipped: int = Field(description="Articles already in the store (not extracted again).")
    duplicates: int = Field(description="Articles whose text repeats an earlier one in this batch.")
    failed: int
    failed_before: int = Field(0, description="Inputs skipped because an earlier run recorded them as failed.")
    events: int
    ids: list[str] = Field(description="Ids of the batch's extracted documents.")
    failures: list[BatchFailure] = Field(description="Inputs that could not be extracted, with the reason.")


class By(str, Enum):
    day = "day"
    week = "week"
    month = "month"
    year = "year"


class Order(str, Enum):
    date = "date"
    date_desc = "-date"
    mentions = "mentions"
    sources = "sources"
    id = "id"


# ISO dates, as `query events` takes them: YYYY-MM-DD, YYYY-MM or YYYY (the first day of the period).
# Nothing else: pydantic's date would also take "0" as 1970-01-01. `iso_date` checks the form, so that
# "yesterday" gets the same plain message as "2005-13-01" (a Query pattern answered with pydantic's regex);
# the schema still shows the pattern.
DATE_FORM = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
DateParam = Annotated[str | None, Query(json_schema_extra={"pattern": f"^{DATE_FORM.pattern}$"},
                                        description="A date (inclusive): YYYY-MM-DD, YYYY-MM or YYYY.",
                                        examples=["2026-01-25"])]
# the paging parameters of the corpus lists
LimitParam = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Rows per page.")]
OffsetParam = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="Rows to skip.")]


def iso_date(value: str | None, name: str, last: bool = False) -> dt.date | None:
    """A date bound of a query: the first day of a month or year, or with `last` (an `until`) its last."""
    from ..dates import calendar_date

    if value is None:
        return None
    day = calendar_date(value, last) if DATE_FORM.fullmatch(value) else None
    if day is None:
        raise ApiError(422, "invalid", f"{name}: {value!r} is not a calendar date (YYYY-MM-DD, YYYY-MM or YYYY)",
                       details=[{"loc": ["query", name], "msg": "not a calendar date"}])
    return day


def _err(*codes: int) -> dict:
    return {c: {"model": ErrorBody, "description": _STATUS_CODES.get(c, "error")} for c in codes}


COMMON = _err(422)
NEEDS_CORPUS = _err(422, 503)

_ARTICLE_CONTENT = {
    "application/json": {"schema": {"anyOf": [{"$ref": "#/components/schemas/TextArticle"},
                                              {"$ref": "#/components/schemas/HtmlArticle"}]}},
    "text/plain": {"schema": {"type": "string", "minLength": 1}},
    "text/html": {"schema": {"type": "string", "minLength": 1}},
    "multipart/form-data": {"schema": {
        "type": "object", "required": ["file"],
        "properties": {"file": {"type": "string", "format": "binary",
                                "description": "A .txt, .html, .json or .jsonl file (the name picks the reader)."},
                       "title": {"type": "string"}, "published": {"type": "string"}, "url": {"type": "string"}}}},
}


# --- middleware (plain ASGI: cheaper than BaseHTTPMiddleware, and it can refuse before the app runs) --

class BodyLimit:
    """Refuse request bodies over `max_body` bytes with 413, by Content-Length or by counting."""

    def __init__(self, app, max_body: int):
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"].encode() not in BODY_METHODS:
            return await self.app(scope, receive, send)
        for name, value in scope["headers"]:
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    return await _send_error(scope, send, 400, "bad_request", "Content-Length is not a number")
                if declared > self.max_body:
                    return await _send_error(scope, send, 413, "too_large", self._message())
        chunks: list[bytes] = []
        size = 0
        while True:  # buffer the body (it is small by construction), then replay it to the app
            msg = await receive()
            if msg["type"] == "http.disconnect":
                return None
            body = msg.get("body", b"")
            size += len(body)
            if size > self.max_body:
                return await _send_error(scope, send, 413, "too_large", self._message())
            chunks.append(body)
            if not msg.get("more_body", False):
                break
        data = b"".join(chunks)
        sent = False

        async def replay():
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": data, "more_body": False}
            return await receive()

        return await self.app(scope, replay, send)

    def _message(self) -> str:
        return f"request body is over the {self.max_body} byte limit"


async def _send_error(scope, send, status: int, code: str, message: str) -> None:
    body = _encode({"error": code, "message": message})
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                            (b"connection", b"close"), *SECURITY_HEADERS]})
    await send({"type": "http.response.body", "body": body})


class SecurityHeaders:
    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def send_with_headers(msg):
            if msg["type"] == "http.response.start":
                have = {k for k, _ in msg.get("headers", [])}
                msg = dict(msg)
                msg["headers"] = [*msg.get("headers", []), *(h for h in SECURITY_HEADERS if h[0] not in have)]
            await send(msg)

        return await self.app(scope, receive, send_with_headers)


def host_name(value: str) -> str:
    """The name in a Host header, without the port: "[::1]:8000" -> "::1", "Example.org:80" -> "example.org"."""
    value = value.strip().lower()
    if value.startswith("["):
        return value[1:value.find("]")] if "]" in value else value
    if value.count(":") == 1:
        value = value.split(":", 1)[0]
    return value.rstrip(".")


class HostCheck:
    """Answer only requests whose Host header names this server (defeats DNS rebinding).

    A page on evil.example whose name is re-pointed at 127.0.0.1 can make the browser send requests
    to a loopback server, but they still carry `Host: evil.example`, which is refused here."""

    def __init__(self, app, allowed: frozenset[str]):
        self.app = app
        self.allowed = allowed

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        raw = next((v for k, v in scope["headers"] if k == b"host"), b"").decode("latin-1")
        if host_name(raw) not in self.allowed:
            shown = raw[:100] or "(none)"
            return await _send_error(scope, send, 400, "bad_host",
                                     f"Host header {shown!r} is not a name of this server (start it with "
                                     f"--allowed-host NAME to answer to another name)")
        return await self.app(scope, receive, send)


# --- the pipeline, loaded once per process on first use ------------------------------------------

class Extractor:
    """The spaCy pipeline is loaded lazily (the server starts fast) and used by one thread at a time."""

    def __init__(self, model: str | None = None):
        self.model = model
        self._pipeline = None
        self._lock = threading.Lock()

    @property
    def loaded(self) -> bool:
        return self._pipeline is not None

    def run(self, articles: list) -> list:
        from ..pipeline import Pipeline
        from ..stage import Options

        with self._lock:
            if self._pipeline is None:
                self._pipeline = Pipeline(Options(model=self.model))
            return list(self._pipeline.run(articles))


# --- the corpus store, shared by request threads -----------------------------------------------------

class Corpus:
    """The DuckDB-backed store shared by request threads.

    Reads run side by side (the store gives each one its own cursor); a write (ingest) waits for
    them and runs alone. Opened when the app is created (so a bad path fails at start-up), closed at
    shutdown, and reopened on demand if the app serves again after a shutdown (test clients run
    the lifespan once per client).

    Every `reopen_after` uses the store is closed and opened again, once no request is using it:
    a DuckDB connection keeps memory from every query it has run (glibc in-use memory +17 MB over
    its first 5,000 small queries, still +1 KB a query at 20,000, 7 KB a query for the server's event
    pages; all of it freed by closing the connection: docs/benchmarks.md, "Soak", session 9), so a
    long-running server's memory would otherwise follow its query count. Reopening costs one open
    and a schema check (a read with a reopen before it took 215-390 ms against 86-116 ms at load 15),
    and new requests wait for the ones in flight, once per quota."""

    REOPEN_AFTER = 1_000

    def __init__(self, path: str, writable: bool, reopen_after: int = REOPEN_AFTER):
        self.path = path
        self.writable = writable
        self.reopen_after = reopen_after
        self.reopened = 0
        self._uses = 0
        self._cond = threading.Condition()
        self._readers = 0
        self.store = self._open()

    def _open(self):
        from ..corpus import Store

        return Store.open(self.path, read_only=not self.writable)

    def _ready(self):
        """The open store, for a use beginning now (the condition's lock is held)."""
        if self._uses >= self.reopen_after:
            self._cond.wait_for(lambda: self._readers == 0)  # new uses wait here: the reopen is brief
            if self._uses >= self.reopen_after and self.store is not None:  # not done by another thread meanwhile
                self.store.close()
                self.store = None
                self.reopened += 1
                self._uses = 0
                _trim_heap()
        if self.store is None:
            self.store = self._open()
        self._uses += 1
        return self.store

    def read(self, fn: Callable):
        with self._cond:
            store = self._ready()
            self._readers += 1
        try:
            return fn(store)
        finally:
            with self._cond:
                self._readers -= 1
                self._cond.notify_all()

    def write(self, fn: Callable):
        with self._cond:
            self._cond.wait_for(lambda: self._readers == 0)
            return fn(self._ready())  # holding the condition's lock keeps new readers out

    def close(self) -> None:
        with self._cond:
            self._cond.wait_for(lambda: self._readers == 0)
            if self.store is not None:
                self.store.close()
                self.store = None


def _trim_heap() -> None:
    """Hand the heap's free memory back to the system (glibc's malloc_trim; nothing elsewhere): what
    a closed connection freed stays resident otherwise, scattered over the request threads' arenas."""
    import ctypes

    try:
        ctypes.CDLL(None).malloc_trim(0)
    except (OSError, AttributeError):  # not glibc
        pass


def _rows(table) -> list[dict]:
    return table.to_pylist() if hasattr(table, "to_pylist") else list(table)


def _page(items: list, limit: int, offset: int) -> dict:
    return {"items": items, "limit": limit, "offset": offset,
            "next_offset": offset + limit if len(items) >= limit else None}


# --- reading request bodies into Articles ------------------------------------------------------------

_JSON_TYPES = {"application/json"}
_TEXT_TYPES = {"text/plain": "text", "text/markdown": "text", "text/html": "html", "application/xhtml+xml": "html"}


async def articles_from_request(request: Request, max_body: int, documents: bool = False) -> list:
    """The Articles a request body holds, or ApiError/InputError saying why there are none."""
    from ..read import make_article

    ctype = request.headers.get("content-type", "")
    media = ctype.split(";", 1)[0].strip().lower()
    overrides: dict[str, str] = {}
    if media in _JSON_TYPES:
        raw = await request.body()
        try:
            data = msgspec.json.decode(raw)
        except msgspec.DecodeError:
            raise ApiError(400, "bad_request", "body is not valid JSON") from None
        except RecursionError:
            raise ApiError(400, "bad_request", "body is JSON nested too deeply (an article is an object of strings)") from None
        if documents and isinstance(data, dict) and data.get("schema") == SCHEMA:
            return [_document_from_json(data)]
        model = _validate_article_json(data)
        meta = {k: v for k, v in (("title", model.title), ("url", model.url), ("published", model.published)) if v}
        if isinstance(model, TextArticle):
            return [make_article(model.text, "<request>", "text", **meta)]
        arts = await read_body(model.html.encode("utf-8"), "<request>", max_body, "html")
        overrides = meta
    elif media == "multipart/form-data":
        form = await request.form(max_files=1, max_fields=8)
        upload = form.get("file")
        if upload is None or isinstance(upload, str):
            raise ApiError(422, "invalid", "multipart body needs a 'file' part holding the article")
        data = await upload.read()
        name = Path(upload.filename or "upload.txt").name or "upload.txt"
        arts = await read_body(data, name, max_body)
        overrides = {k: v for k in ("title", "url", "published") if isinstance(v := form.get(k), str) and v}
    elif media in _TEXT_TYPES or media == "":
        data = await request.body()
        arts = await read_body(data, "<request>", max_body, _TEXT_TYPES.get(media))
    else:
        raise ApiError(415, "unsupported_media_type",
                       f"content type {media!r} is not accepted: send application/json ({{\"text\": ...}}), "
                       "text/plain, text/html or multipart/form-data")
    if not arts:
        raise ApiError(422, "invalid", "the body holds no article")
    if len(arts) == 1 and not isinstance(arts[0], InputError):  # a title given for a file of many fits none
        for key, value in overrides.items():
            setattr(arts[0], key, value)
    return arts


async def read_body(data: bytes, name: str, max_body: int, fmt: str | None = None) -> list:
    """The articles in a body, read in a thread (HTML extraction can take a while) so other requests go on."""
    from ..read import read_bytes

    def read() -> list:
        try:
            return list(read_bytes(data, name, None, max_body, fmt))
        except RecursionError:  # deeply nested JSON or markup: the input's fault, named as such
            return [InputError(name, "nested too deeply to read (JSON or markup thousands of levels deep)")]

    return await run_in_threadpool(read)


def _validate_article_json(data: Any) -> TextArticle | HtmlArticle:
    from pydantic import ValidationError

    if not isinstance(data, dict):
        raise ApiError(422, "invalid", "JSON body must be an object with 'text' or 'html'")
    cls = HtmlArticle if "html" in data and "text" not in data else TextArticle
    try:
        return cls.model_validate(data)
    except ValidationError as exc:
        details = [{"loc": ["body", *map(str, e["loc"])], "msg": e["msg"]} for e in exc.errors()]
        raise ApiError(422, "invalid", "JSON body must be {\"text\": ...} or {\"html\": ...} with optional "
                       "title, published, url", details=details) from None


def _document_from_json(data: dict) -> Document:
    try:
        doc = Document.from_dict(data)
    except (msgspec.ValidationError, TypeError) as exc:
        raise ApiError(422, "invalid", f"not a valid {SCHEMA} document: {exc}") from None
    bad = check_offsets(doc)
    if bad:
        raise ApiError(422, "invalid", f"{SCHEMA} document has {len(bad)} span(s) whose text does not match "
                       f"its offsets, e.g. {bad[0][:120]}")
    return doc


# --- the application ---------------------------------------------------------------------------------

def check_settings(token: str | None, cors_origins: list[str] | None) -> None:
    """Refuse settings that would make the server unsafe (ValueError naming the setting)."""
    if token is not None and len(token) < MIN_TOKEN:
        raise ValueError(f"the token is {len(token)} characters; use at least {MIN_TOKEN} (e.g. from "
                         "`python -c 'import secrets; print(secrets.token_urlsafe(24))'`)")
    if token is not None and cors_origins and "*" in cors_origins:
        raise ValueError("--cors-origin '*' would let any web page use this server's token-protected API through "
                         "a visitor's browser; name the origins that may call it")


def create_app(store_path: str | None = None, token: str | None = None, *, max_body: int = DEFAULT_MAX_BODY,
               cors_origins: list[str] | None = None, model: str | None = None,
               pool: WorkerPool | InlinePool | None = None, allowed_hosts: list[str] | None = None) -> FastAPI:
    """The API and pages. Read-only unless `token` is given; corpus endpoints need `store_path`.

    `pool`: where extraction runs (`newsgraph serve` passes a WorkerPool); by default the pipeline
    runs in this process. `allowed_hosts`: the names the Host header may carry (`serve` passes
    the loopback names and its --allowed-host values); None answers any Host (for in-process tests)."""
    token = token or None
    check_settings(token, cors_origins)
    corpus = Corpus(store_path, writable=token is not None) if store_path else None
    extractor = Extractor(model)
    pool = pool if pool is not None else InlinePool(extractor)
    app = _new_app(_lifespan(pool, corpus))
    app.state.corpus = corpus
    app.state.extractor = extractor
    app.state.pool = pool
    _add_error_handlers(app)
    need_corpus = _corpus_dependency(corpus)
    _add_extraction(app, pool, max_body, _token_dependency(token), need_corpus)
    _add_corpus_routes(app, need_corpus)
    _add_status_route(app, corpus, token, max_body, pool)
    _add_pages(app)
    _add_components(app)
    _add_middleware(app, max_body, cors_origins, allowed_hosts)
    return app


def _lifespan(pool, corpus: "Corpus | None") -> Callable:
    """The app's lifespan: the pool starts with the app; on shutdown the pool and the store are closed."""

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI):
        await pool.start()
        try:
            yield
        finally:
            pool.close()
            if corpus is not None:
                corpus.close()

    return lifespan


def _query_names(dependant) -> set[str]:
    """The query parameters an endpoint takes, its dependencies' included (as the URL spells them)."""
    names = {field.alias for field in dependant.query_params}
    for sub in dependant.dependencies:
        names |= _query_names(sub)
    return names


async def known_query_params(request: Request) -> None:
    """Refuse a /v1 query parameter the endpoint does not take: `country=GBR` or a misspelt `sourc=USA`
    was ignored, and the unfiltered answer read as a filtered one. The pages send only known ones."""
    route = request.scope.get("route")
    if route is None or not request.url.path.startswith("/v1/"):
        return
    unknown = sorted(set(request.query_params) - _query_names(route.dependant))
    if unknown:
        raise ApiError(422, "invalid", f"unknown query parameter {unknown[0]!r}" + (
            f" (and {', '.join(map(repr, unknown[1:]))})" if unknown[1:] else ""),
            details=[{"loc": ["query", name], "msg": "unknown parameter"} for name in unknown])


def _new_app(lifespan: Callable) -> FastAPI:
    return FastAPI(
        lifespan=lifespan,
        dependencies=[Depends(known_query_params)],
        title="newsgraph",
        version=__version__,
        summary="Extract actors, events, quotes, times and places from news articles; explore a corpus.",
        docs_url=None, redoc_url=None,  # their pages load scripts from a CDN: the app works offline
        openapi_url="/openapi.json",
        default_response_class=JSON,
    )


# -- errors: JSON, one line, never a traceback ----------------------------------------------------------

def _add_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(ApiError, _api_error)
    app.add_exception_handler(NewsgraphError, _newsgraph_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(Exception, _internal_error)


async def _api_error(request: Request, exc: ApiError):
    return error(exc.status, exc.code, exc.message, exc.details, exc.headers)


async def _newsgraph_error(request: Request, exc: NewsgraphError):
    return error_response(exc)


async def _validation_error(request: Request, exc: RequestValidationError):
    """FastAPI's validation errors as one message naming the first three fields and what is wrong with each."""
    details = [{"loc": [str(x) for x in e.get("loc", ())], "msg": e.get("msg", "")} for e in exc.errors()]
    where = ", ".join(".".join(d["loc"]) + ": " + d["msg"] for d in details[:3])
    return error(422, "invalid", f"invalid request ({where})", details)


async def _http_error(request: Request, exc: StarletteHTTPException):
    """Starlette's HTTP errors (404, 405, ...) in the API's error body; an unknown path is named."""
    code = _STATUS_CODES.get(exc.status_code, "error")
    message = exc.detail if isinstance(exc.detail, str) else code
    if exc.status_code == 404 and message == "Not Found":
        message = f"no such path: {request.url.path}"
    return error(exc.status_code, code, message, headers=getattr(exc, "headers", None))


async def _internal_error(request: Request, exc: Exception):
    """A bug: the traceback goes to the server log, never to the client."""
    log.exception("internal error on %s %s", request.method, request.url.path)
    return error(500, "internal", "internal server error (the server log has the details)")


# -- the dependencies: the write token and the corpus ---------------------------------------------------

def _token_dependency(token: str | None) -> Callable:
    """The dependency of every write route: the server's token, as a Bearer credential."""
    bearer = HTTPBearer(auto_error=False, description="The token the server was started with (--token).")

    def require_token(cred: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]) -> None:
        _check_token(token, cred.credentials if cred is not None else "")

    return require_token


def _check_token(token: str | None, given: str) -> None:
    """Refuse a write to a read-only server (403) or one without the server's token (401)."""
    if token is None:
        raise ApiError(403, "read_only", "this server is read-only: start it with --token (or NEWSGRAPH_TOKEN) "
                       "to enable writes")
    # constant time, so response timing does not reveal how much of a guess was right
    if not hmac.compare_digest(given.encode("utf-8"), token.encode("utf-8")):
        raise ApiError(401, "unauthorized", "a valid token is required: send 'Authorization: Bearer <token>'",
                       headers={"WWW-Authenticate": "Bearer"})


def _corpus_dependency(corpus: "Corpus | None") -> Callable:
    """The dependency of every corpus route: the store, or 503 when the server was started without one."""

    def need_corpus() -> Corpus:
        if corpus is None:
            raise ApiError(503, "no_corpus", "this server has no corpus: start it with --db corpus.duckdb")
        return corpus

    return need_corpus


# -- status, pages and middleware ---------------------------------------------------------------------

def _add_status_route(app: FastAPI, corpus: "Corpus | None", token: str | None, max_body: int, pool) -> None:
    @app.get("/v1/status", tags=["meta"], response_model=Status)
    def status():
        """What this server offers: version, schema, whether it has a corpus and accepts writes."""
        return JSON(_server_status(corpus, token, max_body, pool))


def _server_status(corpus: "Corpus | None", token: str | None, max_body: int, pool) -> dict:
    return {"version": __version__, "schema": SCHEMA, "corpus": corpus is not None,
            "writable": token is not None and corpus is not None, "max_body": max_body,
            "stats": corpus.read(lambda s: s.stats()) if corpus is not None else None,
            "extraction": pool.stats()}


def _add_pages(app: FastAPI) -> None:
    """The single-page app: its page at / and its scripts and styles under /static."""

    @app.get("/", include_in_schema=False)
    def index():
        return FileResponse(STATIC / "index.html", media_type="text/html; charset=utf-8")

    app.mount("/static", StaticFiles(directory=STATIC), name="static")


def _add_middleware(app: FastAPI, max_body: int, cors_origins: list[str] | None,
                    allowed_hosts: list[str] | None) -> None:
    # Added innermost first: security headers on every response (413s and Host refusals included), then
    # the Host check, CORS, and the size limit.
    app.add_middleware(BodyLimit, max_body=max_body)
    if cors_origins:
        from fastapi.middleware.cors import CORSMiddleware

        app.add_middleware(CORSMiddleware, allow_origins=cors_origins, allow_methods=["GET", "POST"],
                           allow_headers=["Authorization", "Content-Type"])
    if allowed_hosts is not None and "*" not in allowed_hosts:
        app.add_middleware(HostCheck, allowed=frozenset(host_name(h) for h in allowed_hosts))
    app.add_middleware(SecurityHeaders)


# -- corpus queries -----------------------------------------------------------------------------------

def _add_corpus_routes(app: FastAPI, need_corpus: Callable) -> None:
    """The read-only corpus queries: articles, events, evidence, dyads, actors, network, quotes, places."""
    store_dep = Annotated[Corpus, Depends(need_corpus)]
    _add_article_routes(app, store_dep)
    _add_event_routes(app, store_dep)
    _add_actor_routes(app, store_dep)
    _add_said_routes(app, store_dep)


def _add_article_routes(app: FastAPI, StoreDep) -> None:
    @app.get("/v1/articles", tags=["corpus"], response_model=ArticlesPage, responses=NEEDS_CORPUS)
    def articles(store: StoreDep, limit: LimitParam = 50, offset: OffsetParam = 0):
        """Stored articles, newest first as the store orders them."""
        return JSON(_page(_rows(store.read(lambda s: s.articles(limit=limit, offset=offset))), limit, offset))

    @app.get("/v1/articles/{article_id}", tags=["corpus"], response_model=None, responses={
        200: {"description": f"The stored {SCHEMA} document.",
              "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Document"}}}},
        **_err(404, 422, 503)})
    def article(article_id: str, store: StoreDep):
        """One stored article with everything extracted from it."""
        doc = store.read(lambda s: s.article(article_id))
        if doc is None:
            raise ApiError(404, "not_found", f"no article with id {article_id!r}")
        return JSON(doc)


def _add_event_routes(app: FastAPI, StoreDep) -> None:
    @app.get("/v1/events", tags=["corpus"], response_model=EventsPage, responses=_err(404, 422, 503))
    def events(
        store: StoreDep,
        source: Annotated[str | None, Query(max_length=200, description="Source actor: id, name or code.")] = None,
        target: Annotated[str | None, Query(max_length=200, description="Target actor: id, name or code.")] = None,
        type: Annotated[str | None, Query(max_length=40, description="PLOVER event type, e.g. THREATEN.")] = None,
        since: DateParam = None,
        until: DateParam = None,
        order: Annotated[Order, Query(description="Sort order (default: newest first).")] = Order.date_desc,
        include_flagged: Annotated[bool, Query(description=(
            "Also events told as negated, hypothetical, future, historical or reported by another party "
            "(their `flags`); by default only factual events."))] = False,
        limit: LimitParam = 100,
        offset: OffsetParam = 0,
    ):
        """Corpus events (one row per deduplicated event), with the same filters as `newsgraph query events`:
        factual events, newest first, unless asked otherwise. A `source` or `target` no actor answers to is a
        404 naming it, as in /v1/dyad."""
        since, until = iso_date(since, "since"), iso_date(until, "until", last=True)
        rows = store.read(lambda s: s.events(source=source, target=target, type=type, since=since, until=until,
                                             limit=limit, offset=offset, order=order.value,
                                             include_flagged=include_flagged))
        return JSON(_page(_rows(rows), limit, offset))

    @app.get("/v1/events/{event_id}/evidence", tags=["corpus"], response_model=Evidence,
             responses=_err(404, 422, 503))
    def event_evidence(event_id: Annotated[int, PathParam(ge=0, le=2**62)], store: StoreDep):
        """Every evidence span of one event, in every article that reports it."""
        rows = _rows(store.read(lambda s: s.event_evidence(event_id)))
        if not rows:
            raise ApiError(404, "not_found", f"no event with id {event_id!r}")
        return JSON({"event_id": event_id, "items": rows})

    @app.get("/v1/dyad", tags=["corpus"], response_model=Dyad, responses=_err(404, 422, 503))
    def dyad(
        store: StoreDep,
        a: Annotated[str, Query(min_length=1, max_length=200, description="First actor: id, name or code.")],
        b: Annotated[str, Query(min_length=1, max_length=200, description="Second actor: id, name or code.")],
        by: Annotated[By, Query(description="Period length.")] = By.day,
        include_flagged: Annotated[bool, Query(description="Also count events that are not told as facts (flagged).")] = False,
    ):
        """Events between two actors per period, in both directions: counts by QuadClass and the Goldstein sum
        (factual events unless include_flagged)."""
        rows = store.read(lambda s: s.dyad(a, b, by=by.value, include_flagged=include_flagged))
        return JSON({"a": a, "b": b, "by": by.value, "items": _rows(rows)})


def _add_actor_routes(app: FastAPI, StoreDep) -> None:
    @app.get("/v1/actors", tags=["corpus"], response_model=ActorsPage, responses=NEEDS_CORPUS)
    def actors(
        store: StoreDep,
        q: Annotated[str | None, Query(max_length=200, description="Keep actors whose name or an alias contains this.")] = None,
        include_flagged: Annotated[bool, Query(description="Also count events that are not told as facts (flagged).")] = False,
        limit: LimitParam = 50,
        offset: OffsetParam = 0,
    ):
        """Actors, most active first (by factual events, as an actor's timeline lists them, then articles)."""
        return JSON(_page(_rows(store.read(lambda s: s.actors(q, limit=limit, offset=offset,
                                                              include_flagged=include_flagged))), limit, offset))

    @app.get("/v1/actors/{actor_id}", tags=["corpus"], response_model=ActorProfile, responses=_err(404, 422, 503))
    def actor(actor_id: str, store: StoreDep):
        """One actor: names, aliases, roles over time, events and quotes."""
        found = store.read(lambda s: s.actor(actor_id))
        if found is None:
            raise NotFoundError(f"no actor matches {actor_id!r}")  # the words and status of /v1/dyad's
        return JSON(found)

    @app.get("/v1/network", tags=["corpus"], response_model=Network, responses=NEEDS_CORPUS)
    def network(
        store: StoreDep,
        since: DateParam = None,
        until: DateParam = None,
        type: Annotated[str | None, Query(max_length=40, description="PLOVER event type.")] = None,
        min_weight: Annotated[int, Query(ge=1, le=1_000_000, description="Fewest events on an edge.")] = 1,
        include_flagged: Annotated[bool, Query(description="Also count events that are not told as facts (flagged).")] = False,
    ):
        """Actors as nodes, events as weighted directed edges (factual events unless include_flagged)."""
        since, until = iso_date(since, "since"), iso_date(until, "until", last=True)
        return JSON(store.read(lambda s: s.network(since=since, until=until, type=type, min_weight=min_weight,
                                                   include_flagged=include_flagged)))


def _add_said_routes(app: FastAPI, StoreDep) -> None:
    """Who said what, and where: the quotes and places of `newsgraph query quotes|places`."""

    @app.get("/v1/quotes", tags=["corpus"], response_model=QuotesPage, responses=_err(404, 422, 503))
    def quotes(
        store: StoreDep,
        speaker: Annotated[str | None, Query(max_length=200, description="Who said it: actor id, name or code.")] = None,
        since: DateParam = None,
        until: DateParam = None,
        contains: Annotated[str | None, Query(max_length=200, description="Only quotes holding this text (any case).")] = None,
        limit: LimitParam = 100,
        offset: OffsetParam = 0,
    ):
        """Quotes, newest article first: speaker, cue, kind, words, and their place in the article (404 when no
        actor answers to `speaker`)."""
        since, until = iso_date(since, "since"), iso_date(until, "until", last=True)
        rows = store.read(lambda s: s.quotes(speaker, since, until, contains, limit=limit, offset=offset))
        return JSON(_page(_rows(rows), limit, offset))

    @app.get("/v1/places", tags=["corpus"], response_model=PlacesPage, responses=NEEDS_CORPUS)
    def places(
        store: StoreDep,
        country: Annotated[str | None, Query(max_length=40, description="ISO 3166 country code (GBR or GB).")] = None,
        since: DateParam = None,
        until: DateParam = None,
        limit: LimitParam = 100,
        offset: OffsetParam = 0,
    ):
        """Places, most mentioned first, with their GeoNames id and how many mentions and articles name them."""
        since, until = iso_date(since, "since"), iso_date(until, "until", last=True)
        rows = store.read(lambda s: s.places(country, since, until, limit=limit, offset=offset))
        return JSON(_page(_rows(rows), limit, offset))

    @app.get("/v1/places/articles", tags=["corpus"], response_model=PlaceArticlesPage, responses=_err(404, 422, 503))
    def place_articles(
        store: StoreDep,
        place: Annotated[str, Query(min_length=1, max_length=200, description="A place's key from /v1/places.")],
        since: DateParam = None,
        until: DateParam = None,
        limit: LimitParam = 100,
        offset: OffsetParam = 0,
    ):
        """The articles that mention one place, newest first (404 when no stored place has that key)."""
        since, until = iso_date(since, "since"), iso_date(until, "until", last=True)
        rows = store.read(lambda s: s.place_articles(place, since, until, limit=limit, offset=offset))
        return JSON({"place": place, **_page(_rows(rows), limit, offset)})


def _pool_error(exc: Exception) -> ApiError:
    """What the client is told when the extraction pool cannot (or did not) finish a job."""
    if isinstance(exc, Busy):
        return ApiError(503, "busy", str(exc), headers={"Retry-After": str(exc.retry_after)})
    if isinstance(exc, OverBudget):
        return ApiError(503, exc.code, str(exc))
    return ApiError(503, "unavailable", str(exc))


def _failure_message(res: Exception) -> str:
    reason = getattr(res, "reason", None) or str(res)
    if reason.startswith("internal error in stage"):  # a stage's bug: its exception text stays in the log
        reason = reason.split(": ", 1)[0] + " (the server log has the details)"
    return f"the pipeline could not process this article: {reason}"


def _add_extraction(app: FastAPI, pool, max_body: int, require_token: Callable, need_corpus: Callable) -> None:
    """POST /v1/extract, /v1/ingest and /v1/ingest/batch: each article is one job for the pool.

    /v1/extract waits at most the pool's time budget for a worker and gets the whole budget to
    run; an ingest waits its turn, and an article over budget becomes a failure of that article."""
    _add_extract_route(app, pool, max_body)
    _add_ingest_route(app, pool, max_body, require_token, need_corpus)
    _add_batch_route(app, pool, require_token, need_corpus)


@contextlib.contextmanager
def _admitted(pool):
    """A place in the pool's queue for one request; a full queue or an exhausted budget is a 503."""
    try:
        with pool.admit():
            yield
    except (Busy, OverBudget, Unavailable) as exc:
        raise _pool_error(exc) from None


async def _run_jobs(pool, arts: list, one_request: bool) -> list:
    """Each article (a read failure or a ready document passes through) extracted by the pool, in order."""
    return list(await asyncio.gather(*(_run_job(pool, a, one_request) for a in arts)))


async def _run_job(pool, art, one_request: bool):
    """One article's document, or its failure. A single /v1/extract article gets the pool's time
    budget and running over it fails the request; an ingest's article waits its turn, and running
    over the budget is that article's failure."""
    if isinstance(art, (Exception, Document)):
        return art
    try:
        return await pool.extract(art, pool.timeout if one_request else None)
    except OverBudget as exc:
        if one_request:
            raise
        return ExtractionError(art.name, str(exc).split(": ", 1)[-1])


def _add_extract_route(app: FastAPI, pool, max_body: int) -> None:
    @app.post("/v1/extract", tags=["extract"], response_model=None,
              responses={200: {"description": f"The article as a {SCHEMA} document.",
                               "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Document"}}}},
                         **_err(400, 413, 415, 422, 503)},
              openapi_extra={"requestBody": {"required": True, "content": _ARTICLE_CONTENT}})
    async def extract(request: Request):
        """Extract one article: actors, events, quotes, times and places, each with exact offsets.

        503 `busy` (with Retry-After) when the server's workers and queue are full; 503 `timeout`
        or `over_memory` when the article ran over the server's time or memory budget."""
        with _admitted(pool):
            arts = await articles_from_request(request, max_body)
            if len(arts) != 1:
                raise ApiError(422, "invalid", f"the body holds {len(arts)} articles; /v1/extract takes one "
                               "(use /v1/ingest for many)")
            (res,) = await _run_jobs(pool, arts, one_request=True)
        return JSON(_extracted(res))


def _extracted(res):
    """The document /v1/extract answers with, or the error its failure is told as."""
    if isinstance(res, (InputError, StageBug)):
        raise res  # InputError: 422 naming the reason; a bug: 500, details in the log
    if isinstance(res, Exception):
        log.error("extraction failed: %s", res)
        raise ApiError(422, "extraction_failed", _failure_message(res))
    return res


def _add_ingest_route(app: FastAPI, pool, max_body: int, require_token: Callable, need_corpus: Callable) -> None:
    @app.post("/v1/ingest", tags=["corpus"], response_model=IngestResult,
              responses=_err(400, 401, 403, 413, 415, 422, 503), dependencies=[Depends(require_token)],
              openapi_extra={"requestBody": {"required": True, "content": _ARTICLE_CONTENT}})
    async def ingest(request: Request):
        """Extract articles and add them to the corpus (needs the server's token).

        Takes the same bodies as /v1/extract, a file of many articles (JSON array or JSONL) as a
        multipart upload, or a ready `newsgraph/1` document as JSON."""
        store = need_corpus()
        with _admitted(pool):
            results = await _run_jobs(pool, await articles_from_request(request, max_body, documents=True),
                                      one_request=False)
        return JSON(await _store_results(store, results))


async def _store_results(store, results: list) -> dict:
    """Store an ingest's documents; its reply names them and the failures. Nothing extracted is a 422."""
    docs = [r for r in results if isinstance(r, Document)]
    failed = [{"name": getattr(r, "name", "<request>"), "reason": getattr(r, "reason", "extraction failed")}
              for r in results if isinstance(r, Exception)]
    if not docs:
        raise ApiError(422, "unreadable", "; ".join(f["reason"] for f in failed[:3]) or "no article")
    stored = await run_in_threadpool(store.write, lambda s: s.add_documents(docs))
    return {"ids": [d.id for d in docs], "failed": failed, "stored": stored or {}}


def _add_batch_route(app: FastAPI, pool, require_token: Callable, need_corpus: Callable) -> None:
    @app.post("/v1/ingest/batch", tags=["corpus"], response_model=IngestBatchResult,
              responses=_err(400, 401, 403, 413, 422, 503), dependencies=[Depends(require_token)])
    async def ingest_batch(batch: IngestBatch):
        """Store articles a client has already read (`newsgraph ingest --server URL`; needs the token).

        As `newsgraph ingest` does locally: articles already stored are skipped, a text repeated in
        the batch is extracted once, and failures (the client's read failures included) are
        recorded in the store's failures table under the client's input names."""
        store = need_corpus()
        return JSON(await _ingest_batch(pool, store, batch))


async def _ingest_batch(pool, store, batch: IngestBatch) -> dict:
    """Extract the batch's new articles and store them with every failure, as a local ingest would."""
    from ..corpus.ingest import new_stats

    stats = new_stats()
    arts = [_batch_article(a) for a in batch.articles]
    skip: set[str] = set()
    with _admitted(pool):
        todo = await run_in_threadpool(store.write, lambda s: _batch_todo(s, arts, stats, skip, batch.retry_failed))
        results = await _run_jobs(pool, todo, one_request=False)
    docs = [r for r in results if isinstance(r, Document)]
    unread = [f for f in batch.failures if f.name not in skip]  # as a local re-run: known failures skipped
    stats["failed_before"] += len(batch.failures) - len(unread)
    fails = [r for r in results if isinstance(r, Exception)] + [InputError(f.name, f.reason) for f in unread]
    recovered = [a.name for a, r in zip(todo, results) if isinstance(r, Document)]
    got = await run_in_threadpool(store.write, lambda s: s.add_documents(docs, fails, recovered=recovered))
    return _batch_reply(got, stats, docs, fails)


def _batch_todo(store, arts: list, stats: dict, skip: set[str], retry_failed: bool) -> list:
    """The batch's articles not yet stored (counted in `stats`); unless retrying, the names that failed
    before join `skip` and are left out."""
    from ..corpus.ingest import failed_names, new_articles

    skip.update(() if retry_failed else failed_names(store))
    return list(new_articles(store, arts, stats, skip_names=skip))


def _batch_reply(got: dict, stats: dict, docs: list, fails: list) -> dict:
    return {"added": got["added"], "skipped": stats["skipped"] + got["skipped"],
            "duplicates": stats["duplicates"], "failed": got["failed"], "events": got["events"],
            "failed_before": stats["failed_before"],
            "ids": [d.id for d in docs],
            "failures": [{"name": getattr(f, "name", "<request>"), "reason": getattr(f, "reason", str(f))}
                         for f in fails]}


def _batch_article(a: BatchArticle):
    from ..read import make_article

    meta = a.model_dump(exclude={"name", "text", "format"}, exclude_none=True)
    try:
        return make_article(a.text, a.name, a.format, **meta)
    except InputError as err:
        return err


def _add_components(app: FastAPI) -> None:
    """Put the newsgraph/1 schema (from the msgspec model) and the request bodies into the OpenAPI document."""
    from pydantic import TypeAdapter

    base = app.openapi

    def openapi() -> dict:
        if app.openapi_schema:
            return app.openapi_schema
        schema = base()
        comps = schema.setdefault("components", {}).setdefault("schemas", {})
        _, doc_components = msgspec.json.schema_components([Document], ref_template="#/components/schemas/{name}")
        comps.update(doc_components)
        for model in (TextArticle, HtmlArticle):
            comps[model.__name__] = TypeAdapter(model).json_schema(ref_template="#/components/schemas/{model}")
        app.openapi_schema = schema
        return schema

    app.openapi = openapi

