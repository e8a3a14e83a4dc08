"""Query results on the terminal: a Rich table, or CSV / JSON for scripts."""

from __future__ import annotations

import datetime as dt
import json
import sys

import pyarrow as pa

OUTPUT_FORMATS = ("table", "csv", "json")


def _cell(v) -> str:
    if v is None:
        return ""
    if isinstance(v, float):
        return f"{v:.2f}"
    if isinstance(v, list):
        return ", ".join(_cell(x) for x in v)
    return str(v)


def _default(v):
    if isinstance(v, (dt.date, dt.datetime)):
        return v.isoformat()
    raise TypeError(type(v).__name__)


def show(data: pa.Table | dict | list, fmt: str = "table", title: str | None = None, file=None) -> None:
    file = file or sys.stdout
    if fmt == "json":
        obj = data.to_pylist() if isinstance(data, pa.Table) else data
        file.write(json.dumps(obj, ensure_ascii=False, indent=2, default=_default) + "\n")
        return
    if isinstance(data, pa.Table):
        rows, cols = data.to_pylist(), data.column_names
    else:
        rows = data if isinstance(data, list) else [data]
        cols = list(rows[0]) if rows else []
    if fmt == "csv":
        import csv

        w = csv.writer(file)
        w.writerow(cols)
        for r in rows:
            w.writerow([_cell(r[c]) for c in cols])
        return
    from rich.console import Console
    from rich.table import Table

    t = Table(title=title, show_lines=False)
    for c in cols:
        t.add_column(c, overflow="fold")
    for r in rows:
        t.add_row(*(_cell(r[c]) for c in cols))
    Console(file=file).print(t)
