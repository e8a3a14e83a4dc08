"""`newsgraph ingest`: read, skip what is stored, extract, and store batch by batch.

Resumable by construction: each batch of results is one transaction, and an article is looked up
by its content hash (`content_id` of the normalised text, which is `Document.id`) BEFORE it is
extracted, so a re-run after a crash only extracts what is missing, and a duplicate text in the
input (the BBC set has ~100) is extracted once.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from itertools import chain
from pathlib import Path

from ..errors import InputError
from ..model import Document, content_id
from ..pipeline import batched
from ..read import Article, read_paths
from ..stage import Options
from .store import Store

CHECK_CHUNK = 256  # articles looked up in the store per query


def failed_names(store: Store) -> set[str]:
    """Names of the inputs recorded in `failures` (a re-run skips them unless --retry-failed)."""
    return set(store.failures().column("name").to_pylist())


def new_articles(store: Store, articles: Iterable[Article | InputError], stats: dict,
                 advance: Callable[[int], None] = lambda n: None, skip_names: set[str] = frozenset()
                 ) -> Iterator[Article | InputError]:
    """The articles not yet stored and not seen earlier in this run (failures pass through).

    `skip_names`: inputs that failed in an earlier run; they are counted, not read again."""
    seen: set[str] = set()
    for chunk in batched(articles, CHECK_CHUNK):
        if skip_names:
            known = [a for a in chunk if a.name in skip_names]
            stats["failed_before"] += len(known)
            advance(len(known))
            chunk = [a for a in chunk if a.name not in skip_names]
        ids = [None if isinstance(a, Exception) else content_id(a.text) for a in chunk]
        have = store.existing_ids(i for i in ids if i)
        for art, aid in zip(chunk, ids):
            if aid is not None and (aid in have or aid in seen):
                stats["skipped" if aid in have else "duplicates"] += 1
                advance(1)
                continue
            if aid is not None:
                seen.add(aid)
            yield art


def store_results(store: Store, results: Iterable, stats: dict, batch_size: int,
                  advance: Callable[[int], None] = lambda n: None, log: Callable[[str], None] | None = None,
                  names: deque | None = None, on_failure: Callable[[Exception], None] | None = None) -> None:
    """Write Documents and failures in transactions of `batch_size` results.

    `names`: the input names of the results, in order (results come in input order); an input that
    failed before and is stored now has its failure row removed in the same transaction.
    `on_failure`: told of each failure as it comes (the CLI names it on stderr)."""
    docs: list[Document] = []
    fails: list[Exception] = []
    recovered: list[str] = []

    def flush():
        if not docs and not fails:
            return
        got = store.add_documents(docs, fails, recovered=recovered)
        stats["added"] += got["added"]
        stats["skipped"] += got["skipped"]
        stats["failed"] += got["failed"]
        stats["events"] += got["events"]
        stats["batches"] += 1
        if log:
            log(f"committed batch {stats['batches']}: {got['added']} added, {got['failed']} failed "
                f"({stats['added']} added so far)")
        advance(len(docs) + len(fails))
        docs.clear()
        fails.clear()
        recovered.clear()

    for res in results:
        name = names.popleft() if names else None
        if isinstance(res, Exception):
            fails.append(res)
            if on_failure:
                on_failure(res)
        else:
            docs.append(res)
            if name:
                recovered.append(name)
        if len(docs) + len(fails) >= batch_size:
            flush()
    flush()


def new_stats() -> dict:
    return {"added": 0, "skipped": 0, "duplicates": 0, "failed": 0, "failed_before": 0, "events": 0, "batches": 0}


def ingest(paths: list[str], store: Store, *, workers: int = 1, options: Options | None = None,
           batch_size: int | None = None, max_bytes: int | None = None, fmt: str | None = None,
           advance: Callable[[int], None] = lambda n: None, log: Callable[[str], None] | None = None,
           retry_failed: bool = False, on_failure: Callable[[Exception], None] | None = None,
           warn: Callable[[str], None] | None = None) -> dict:
    """Extract and store every new article in `paths`. Returns counts (added, skipped, duplicates, failed,
    failed_before: inputs recorded as failed by an earlier run and skipped, unless `retry_failed`)."""
    from ..pipeline import extract_many

    options = options or Options()
    stats = new_stats()
    kw = {"fmt": fmt} | ({"max_bytes": max_bytes} if max_bytes else {})
    skip = set() if retry_failed else failed_names(store)
    todo = new_articles(store, read_paths(paths, **kw, warn=warn), stats, advance, skip)
    names: deque = deque()

    def named(items):
        for it in items:
            names.append(it.name)
            yield it

    first = next(todo, None)
    if first is None:  # all stored (a re-run): no pipeline to build, which took seconds to extract nothing
        return stats
    results = extract_many(named(chain([first], todo)), options, workers)
    store_results(store, results, stats, batch_size or options.batch_size, advance, log, names, on_failure)
    return stats


# --- Parquet in ---------------------------------------------------------------------------------


def parquet_parts(directory: str | Path, table: str = "articles") -> list[str]:
    """Parquet files of one table under DIR (DIR/table/**.parquet, or DIR/**.parquet for a bare set)."""
    root = Path(directory)
    base = root / table if (root / table).is_dir() else root
    if table != "articles" and base == root:
        return []
    return sorted(str(p) for p in base.rglob("*.parquet") if not p.name.startswith((".", "_")))


def load_article_part(part: str, store: Store, stats: dict, batch_size: int = 256,
                      advance: Callable[[int], None] = lambda n: None, log: Callable[[str], None] | None = None) -> None:
    """Load one article partition (column `document`: newsgraph/1 JSON), skipping stored articles."""
    import pyarrow.parquet as pq

    from ..errors import NewsgraphError

    pf = pq.ParquetFile(part)
    if "document" not in pf.schema_arrow.names:
        raise NewsgraphError(f"{part}: no `document` column (not a newsgraph article partition)")
    has_names = "name" in pf.schema_arrow.names  # partitions from `ingest --dask` carry input names
    for rb in pf.iter_batches(batch_size=batch_size, columns=["document", "name"] if has_names else ["document"]):
        docs = [Document.from_json(s) for s in rb.column(0).to_pylist()]
        names = rb.column(1).to_pylist() if has_names else [None] * len(docs)
        have = store.existing_ids(d.id for d in docs)
        stats["skipped"] += sum(d.id in have for d in docs)
        keep = [(d, n) for d, n in zip(docs, names) if d.id not in have]
        store_results(store, (d for d, _ in keep), stats, batch_size, advance, log, deque(n for _, n in keep))


def read_failure_part(part: str) -> list[InputError]:
    import pyarrow.parquet as pq

    return [InputError(r["name"], r["reason"]) for r in pq.read_table(part, columns=["name", "reason"]).to_pylist()]


def load_parquet(directory: str | Path, store: Store, batch_size: int = 256,
                 advance: Callable[[int], None] = lambda n: None, log: Callable[[str], None] | None = None) -> dict:
    """Load article partitions and failures from DIR into the store.

    Reads what `newsgraph export --format parquet` and `ingest --dask` write; articles already
    stored are skipped, so loading the same directory twice changes nothing.
    """
    from ..errors import NewsgraphError

    stats = new_stats()
    parts = parquet_parts(directory)
    if not parts:
        raise NewsgraphError(f"{directory}: no Parquet article partitions found (expected {directory}/articles/*.parquet)")
    for part in parts:
        load_article_part(part, store, stats, batch_size, advance, log)
    fails = [f for p in parquet_parts(directory, "failures") for f in read_failure_part(p)]
    if fails:
        stats["failed"] += store.add_failures(fails)
    return stats
