"""The corpus layer: many articles in one embedded store, actors and events linked across reports.

    >>> from newsgraph.corpus import Store
    >>> with Store.open("corpus.duckdb") as store:
    ...     store.add_documents(docs)
    ...     store.dyad("USA", "IRQ", by="month")   # a pyarrow.Table

Modules: store (schema, migrations, writes), resolve (corpus-wide actors), merge (cross-report event
merging), query (events, dyads, actors), query_said (quotes, places), export, ingest (the `newsgraph ingest`
loop), dask (extraction on a Dask cluster).
"""

from __future__ import annotations

from .store import SCHEMA_VERSION, Store

__all__ = ["SCHEMA_VERSION", "Store"]
