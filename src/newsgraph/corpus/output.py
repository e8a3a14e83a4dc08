"""Query results on the terminal: a Rich table, or CSV / JSON for scripts."""

from __future__ import annotations

import datetime as dt
import json
import sys
from dataclasses import dataclass, field

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


_DATE_CUT = {"year": 4, "month": 7}  # the ISO date's first characters that say a year, a month


def date_as_told(day: dt.date | None, granularity: str | None) -> str | None:
    """A date as exactly as the article told it: "1947" for "in 1947" and "2005-04" for "in April 2005", whose
    DATE is the first day (shown as 1947-01-01 a reader took it for a day, session 57); "1990s" for a decade."""
    if day is None:
        return None
    iso = day.isoformat()
    if granularity == "decade":
        return iso[:3] + "0s"
    return iso[:_DATE_CUT.get(granularity)]  # [:None] for a day, a week or no granularity: the whole date


def dates_as_told(table: pa.Table) -> pa.Table:
    """The table's `date` column as `date_as_told` says each (by its `date_granularity`), for a terminal."""
    told = [date_as_told(d, g) for d, g in zip(table.column("date").to_pylist(),
                                                table.column("date_granularity").to_pylist())]
    return table.set_column(table.schema.get_field_index("date"), "date", pa.array(told, pa.string()))


@dataclass(frozen=True)
class Fit:
    """How a wide table fits a terminal: short headers; every cell on one line, `max_width` at most; while
    the row is wider than the terminal, the `drop` columns left out in their order; the `squeeze` column
    (the long text) takes the rest, cut to one line with an ellipsis below `wide` columns of terminal and
    folded above. The whole record is in --format json or csv."""
    headers: dict[str, str] = field(default_factory=dict)
    drop: tuple[str, ...] = ()
    squeeze: str | None = None
    wide: int = 140
    max_width: int = 24
    min_squeeze: int = 24


def fit_columns(rows: list[dict], cols: list[str], fit: Fit, width: int) -> tuple[list[str], dict[str, int]]:
    """The columns kept and each one's width (the squeeze column's: what is left) for a `width`-column terminal."""
    def natural(c: str) -> int:
        return min(fit.max_width, max([len(fit.headers.get(c, c))] + [len(_cell(r[c])) for r in rows]))

    widths = {c: natural(c) for c in cols if c != fit.squeeze}
    kept = list(cols)
    least = fit.min_squeeze  # the squeeze column's floor, lowered (not below 12) while the row does not fit

    def need() -> int:  # a column costs its width, a space of padding each side and a divider (a space)
        return sum(widths[c] + 3 for c in kept if c != fit.squeeze) + (least + 3 if fit.squeeze in kept else 0)

    for c in fit.drop:
        if need() <= width:
            break
        if c in kept:
            kept.remove(c)
    while need() > width:  # still too wide: narrow the widest column (names; a date stays whole), then the text
        widest = max((c for c in kept if c != fit.squeeze), key=lambda c: widths[c], default=None)
        if widest is not None and widths[widest] > 10:
            widths[widest] -= 1
        elif least > 12 and fit.squeeze in kept:
            least -= 1
        else:
            break
    if fit.squeeze in kept:
        widths[fit.squeeze] = max(least, width - sum(widths[c] + 3 for c in kept if c != fit.squeeze) - 3)
    return kept, {c: widths[c] for c in kept}


def show(data: pa.Table | dict | list, fmt: str = "table", title: str | None = None, file=None,
         fit: Fit | None = None) -> None:
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

    console = Console(file=file)
    console.print(_rich_table(rows, cols, title, fit, console.width))


def _rich_table(rows: list[dict], cols: list[str], title: str | None, fit: Fit | None, width: int):
    """A Rich table of the rows; with `fit`, shaped for a terminal `width` columns wide (see Fit)."""
    from rich import box
    from rich.table import Table

    if fit is None:
        t = Table(title=title, show_lines=False)
        for c in cols:
            t.add_column(c, overflow="fold")
    else:
        cols, widths = fit_columns(rows, cols, fit, width)
        narrow = width < fit.wide
        t = Table(title=title, box=box.SIMPLE_HEAD, pad_edge=False, collapse_padding=False)
        for c in cols:
            if c == fit.squeeze:  # the long text takes what is left: one line when narrow, folded when wide
                t.add_column(fit.headers.get(c, c), width=widths[c], no_wrap=narrow,
                             overflow="ellipsis" if narrow else "fold")
            else:
                t.add_column(fit.headers.get(c, c), width=widths[c], no_wrap=True, overflow="ellipsis")
    for r in rows:
        t.add_row(*(_cell(r[c]) for c in cols))
    return t
