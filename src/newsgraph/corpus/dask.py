"""Extraction on a Dask distributed cluster: `newsgraph ingest PATH... --dask ADDRESS|local`.

The client reads the inputs and skips articles already stored (by content hash); partitions of
articles go to the workers, where each worker process loads the pipeline ONCE (a worker plugin warms
a per-process cache) and writes its results as Parquet partitions:

    OUT/articles/part-<run>-<n>.parquet   columns id, title, published, outlet, agency, name (input), document
    OUT/failures/part-<run>-<n>.parquet   columns name, kind, reason

The client loads each partition into the store as it completes (one transaction per batch), so the
store is the same as after a local ingest, and `ingest --from-parquet OUT` can load the partitions
again anywhere. On a real cluster OUT must be storage every worker and the client can see.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path

from ..pipeline import batched
from ..read import read_paths
from ..stage import Options
from .ingest import load_article_part, new_articles, new_stats, read_failure_part
from .store import Store

PARTITION_SIZE = 64  # articles per task
_PIPELINES: dict = {}


def worker_pipeline(options: Options):
    """The pipeline of this process for these options, loaded on first use and kept."""
    key = repr(options)
    if key not in _PIPELINES:
        from ..pipeline import Pipeline

        _PIPELINES[key] = Pipeline(options)
    return _PIPELINES[key]


try:
    from distributed.diagnostics.plugin import WorkerPlugin
except ImportError:  # pragma: no cover - distributed is a pinned dependency
    WorkerPlugin = object


class PipelinePlugin(WorkerPlugin):
    """Loads the pipeline when a worker starts, so the first task does not pay for it."""

    name = "newsgraph-pipeline"

    def __init__(self, options: Options):
        self.options = options

    def setup(self, worker):
        worker_pipeline(self.options)


def _write(table, path: Path) -> None:
    import pyarrow.parquet as pq

    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name("." + path.name + ".tmp")  # loaders skip dot-files: never read half a partition
    pq.write_table(table, tmp)
    os.replace(tmp, path)


def extract_partition(articles: list, out_dir: str, name: str, options: Options) -> dict:
    """Worker task: extract a partition of articles and write it as Parquet. Returns the paths written."""
    import pyarrow as pa

    results = list(worker_pipeline(options).run(articles))
    names = [a.name for a, r in zip(articles, results) if not isinstance(r, Exception)]
    docs = [r for r in results if not isinstance(r, Exception)]
    fails = [r for r in results if isinstance(r, Exception)]
    out = {"articles": None, "failures": None, "docs": len(docs), "failed": len(fails)}
    if docs:
        table = pa.table({
            "id": [d.id for d in docs], "title": [d.title for d in docs],
            "published": [d.published.value for d in docs], "outlet": [d.source.outlet for d in docs],
            "agency": [d.source.agency for d in docs], "name": names, "document": [d.to_json() for d in docs]})
        path = Path(out_dir) / "articles" / f"{name}.parquet"
        _write(table, path)
        out["articles"] = str(path)
    if fails:
        table = pa.table({"name": [getattr(f, "name", "?") for f in fails], "kind": [type(f).__name__ for f in fails],
                          "reason": [getattr(f, "reason", str(f)) for f in fails]})
        path = Path(out_dir) / "failures" / f"{name}.parquet"
        _write(table, path)
        out["failures"] = str(path)
    return out


def connect(address, workers: int = 1):
    """A Client for an address, `local` (a LocalCluster of `workers` processes), or a Client/cluster given."""
    from distributed import Client, LocalCluster

    if isinstance(address, Client):
        return address, False
    if address == "local":
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
        return Client(cluster), True
    if not isinstance(address, str):  # a cluster object
        return Client(address), True
    return Client(address), True


def ingest_dask(paths: list[str], store: Store, address, out_dir: str, *, options: Options | None = None,
                max_bytes: int | None = None, fmt: str | None = None, workers: int = 1,
                partition_size: int = PARTITION_SIZE,
                advance: Callable[[int], None] = lambda n: None, log: Callable[[str], None] | None = None) -> dict:
    """Extract new articles of `paths` on a Dask cluster into Parquet partitions under `out_dir`, and load them."""
    from distributed import as_completed

    options = options or Options()
    stats = new_stats()
    client, owned = connect(address, workers)
    try:
        client.register_plugin(PipelinePlugin(options))
        run = f"{int(time.time()):x}{os.getpid():x}"
        kw = {"fmt": fmt} | ({"max_bytes": max_bytes} if max_bytes else {})
        todo = new_articles(store, read_paths(paths, **kw), stats, advance)
        n_workers = max(1, len(client.scheduler_info().get("workers", {})))
        pending = as_completed()
        in_flight = 0
        local_fails = []

        def collect(fut):
            res = fut.result()
            if res["articles"]:
                load_article_part(res["articles"], store, stats, options.batch_size, advance, log)
            if res["failures"]:
                fails = read_failure_part(res["failures"])
                stats["failed"] += store.add_failures(fails)
                advance(len(fails))

        for i, part in enumerate(batched(todo, partition_size)):
            arts = [a for a in part if not isinstance(a, Exception)]
            local_fails += [a for a in part if isinstance(a, Exception)]
            if arts:
                pending.add(client.submit(extract_partition, arts, out_dir, f"part-{run}-{i:06d}", options, pure=False))
                in_flight += 1
            while in_flight > 2 * n_workers:  # bounded: never hold the whole corpus in memory
                collect(next(pending))
                in_flight -= 1
        for fut in pending:
            collect(fut)
        if local_fails:
            stats["failed"] += store.add_failures(local_fails)
            advance(len(local_fails))
    finally:
        if owned:
            cluster = getattr(client, "cluster", None)
            client.close()
            if cluster is not None:
                cluster.close()
    return stats
