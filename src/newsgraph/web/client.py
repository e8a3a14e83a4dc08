"""`newsgraph ingest --server URL`: read articles here, extract and store them in a running server.

A server holds its DuckDB store open, and DuckDB lets one process write a file; so while `serve`
runs, `ingest` sends it the articles instead (POST /v1/ingest/batch with the server's token). The
reading is done here, as a local ingest does it (same readers, same input names), so failures are
named by the client's paths and recorded in the server's store. Only the standard library is used.
"""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable, Iterator

from ..errors import InputError, NewsgraphError
from ..read import Article

BATCH_ARTICLES = 16  # per request: small enough that one slow article does not hold many
BATCH_FAILURES = 500  # read failures per request (the server takes up to 1,000)
MAX_RETRIES = 20  # 503 busy answers in a row before giving up
REQUEST_SECONDS = 3600.0  # one batch may wait for busy workers; the server bounds each article


class Server:
    """A newsgraph server, addressed by its base URL and spoken to with its token."""

    def __init__(self, url: str, token: str | None):
        parts = urllib.parse.urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise NewsgraphError(f"--server {url!r}: not an http(s) URL (e.g. http://127.0.0.1:8000)")
        if not token:
            raise NewsgraphError("--server needs the server's token: pass --token or set NEWSGRAPH_TOKEN")
        self.url = url.rstrip("/")
        self.token = token

    def call(self, method: str, path: str, body: dict | None = None) -> dict:
        """The JSON answer; a 503 with Retry-After is retried, other errors end the run in one line."""
        data = json.dumps(body).encode("utf-8") if body is not None else None
        for _ in range(MAX_RETRIES):
            req = urllib.request.Request(self.url + path, data=data, method=method, headers={
                "Authorization": f"Bearer {self.token}", "Content-Type": "application/json",
                "Accept": "application/json"})
            try:
                with urllib.request.urlopen(req, timeout=REQUEST_SECONDS) as resp:
                    return json.loads(resp.read())
            except urllib.error.HTTPError as exc:
                answer = _error_body(exc)
                if exc.code == 503 and exc.headers.get("Retry-After") and answer.get("error") == "busy":
                    time.sleep(min(30.0, float(exc.headers["Retry-After"])))
                    continue
                raise NewsgraphError(f"{self.url}{path}: HTTP {exc.code} {answer.get('error', '')}: "
                                     f"{answer.get('message', exc.reason)}") from None
            except (urllib.error.URLError, OSError) as exc:
                reason = getattr(exc, "reason", exc)
                raise NewsgraphError(f"{self.url}: cannot reach the server ({reason})") from None
        raise NewsgraphError(f"{self.url}{path}: the server stayed busy through {MAX_RETRIES} retries")

    def check_writable(self) -> dict:
        status = self.call("GET", "/v1/status")
        if not status.get("corpus"):
            raise NewsgraphError(f"{self.url}: the server has no corpus store (start it with --db)")
        if not status.get("writable"):
            raise NewsgraphError(f"{self.url}: the server is read-only (start it with --token)")
        return status


def _error_body(exc: urllib.error.HTTPError) -> dict:
    try:
        body = json.loads(exc.read())
        return body if isinstance(body, dict) else {}
    except (ValueError, OSError):
        return {}


def _dated(item, day: str):
    if isinstance(item, Article):
        item.published = day
    return item


def _record(art: Article) -> dict:
    rec = {"name": art.name, "text": art.text, "format": art.format}
    for key in ("title", "url", "published", "outlet", "author", "record_id", "path"):
        value = getattr(art, key)
        if value is not None:
            rec[key] = value
    return rec


def batches(items: Iterable[Article | InputError], max_bytes: int) -> Iterator[tuple[list[dict], list[dict]]]:
    """(articles, failures) request bodies of at most BATCH_ARTICLES articles and about `max_bytes` bytes."""
    arts: list[dict] = []
    fails: list[dict] = []
    size = 0
    for it in items:
        failed = isinstance(it, Exception)
        if failed:
            rec = {"name": getattr(it, "name", "<input>")[:4096], "reason": getattr(it, "reason", str(it))[:4096]}
        else:
            rec = _record(it)
        n = len(json.dumps(rec).encode("utf-8")) + 2
        if not failed and n > max_bytes:
            rec, failed = {"name": it.name, "reason": f"too large for the server's request limit of {max_bytes} bytes"}, True
            n = len(json.dumps(rec).encode("utf-8")) + 2
        if (arts or fails) and (len(arts) >= BATCH_ARTICLES or len(fails) >= BATCH_FAILURES or size + n > max_bytes):
            yield arts, fails
            arts, fails, size = [], [], 0
        (fails if failed else arts).append(rec)
        size += n
    if arts or fails:
        yield arts, fails


def ingest_remote(items: Iterable[Article | InputError], server: Server, *,
                  advance: Callable[[int], None] = lambda n: None, report: Callable[[str], None] = lambda m: None,
                  published: str | None = None, retry_failed: bool = False) -> dict:
    """Send every article to the server; counts as a local ingest gives them. Failures go to `report`.

    `published` (an ISO date, `--published`): the publication date of every article.
    `retry_failed`: the server tries again inputs its store lists as failed (by default it skips them
    and counts them in `failed_before`, as a local re-run does)."""
    status = server.check_writable()
    if published:
        items = (_dated(it, published) for it in items)
    limit = int(status.get("max_body") or 2 * 1024 * 1024) - 4096  # room for the envelope
    stats = {"added": 0, "skipped": 0, "duplicates": 0, "failed": 0, "failed_before": 0, "events": 0, "batches": 0}
    for arts, fails in batches(items, limit):
        body = {"articles": arts, "failures": fails} | ({"retry_failed": True} if retry_failed else {})
        got = server.call("POST", "/v1/ingest/batch", body)
        for key in ("added", "skipped", "duplicates", "failed", "failed_before", "events"):
            stats[key] += int(got.get(key, 0))
        stats["batches"] += 1
        for f in got.get("failures", []):
            report(f"error: {f['name']}: {f['reason']}")
        advance(len(arts) + len(fails))
    stats["total"] = int((server.call("GET", "/v1/status").get("stats") or {}).get("articles", 0))
    return stats
