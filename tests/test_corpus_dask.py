"""The Dask path: extraction on a (small, in-process) LocalCluster, partitions loaded into the store."""

from pathlib import Path

import pytest

from newsgraph.corpus import Store
from newsgraph.corpus.dask import ingest_dask
from newsgraph.corpus.ingest import ingest, load_parquet
from conftest import SHARED

BBC = SHARED / "data/bbc/bbc.jsonl"
pytestmark = pytest.mark.skipif(not BBC.exists(), reason="BBC sample not available")


def test_dask_local_cluster_ingest(tmp_path):
    from distributed import Client, LocalCluster

    lines = BBC.read_text(encoding="utf-8").splitlines()[:8]
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(lines + [lines[1], "{broken"]) + "\n", encoding="utf-8")
    parts = tmp_path / "parts"
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        with Store.open(tmp_path / "dask.duckdb") as store:
            stats = ingest_dask([str(src)], store, client, str(parts), partition_size=3)
            assert (stats["added"], stats["duplicates"], stats["failed"]) == (8, 1, 1)
            assert store.count("articles") == 8
            assert len(store.failures()) == 1
            again = ingest_dask([str(src)], store, client, str(parts))
            assert again["added"] == 0 and again["skipped"] == 9
            dask_ids = set(store.articles(limit=100).column("id").to_pylist())
            dask_entities = store.count("entities")
    # the workers wrote article partitions (3 per task) that --from-parquet loads anywhere
    written = sorted((parts / "articles").glob("*.parquet"))
    assert len(written) == 3
    with Store.open(tmp_path / "copy.duckdb") as copy:
        assert load_parquet(parts, copy)["added"] == 8
        assert set(copy.articles(limit=100).column("id").to_pylist()) == dask_ids
    # and the result is the store a local ingest makes
    with Store.open(tmp_path / "local.duckdb") as local:
        ingest([str(src)], local)
        assert set(local.articles(limit=100).column("id").to_pylist()) == dask_ids
        assert local.count("entities") == dask_entities
