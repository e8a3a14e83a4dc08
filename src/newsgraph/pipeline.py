"""The pipeline: read -> structure -> parse -> stages, for one article or a stream of many.

The stages are components (stage.py): each declares the Document fields it reads and writes, and
the pipeline runs them in the order those declarations imply, refusing a set whose needs are not
met. Before any stage runs, the pipeline settles what it knows itself: the text, its sections and
dateline, its source, the parse, and the publication date given as metadata or with --published
(the times stage completes it from a dated line or from the text when neither gives one).
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import threading
import time
from collections.abc import Iterable, Iterator
from collections import deque

import msgspec

from . import deferred
from .version import __version__
from .dates import parse_date
from .errors import ExtractionError, InputError, NewsgraphError  # ExtractionError re-exported: it used to live here
from .model import Document, Published, Source, content_id
from .nlp import Parse, bound_caches, load, model_info, parse_many
from .read import Article, language_identifier, make_article, require_english
from .stage import Options, PipelineError, Stage, order, registered
from .structure import label_sections

# What the pipeline itself provides before any stage runs. `published` is not among them: a date
# from metadata is set here, but only the times stage can settle a missing one.
BASE_PROVIDES = frozenset({"text", "title", "sections", "dateline", "source", "parse"})
# The stages of a default pipeline; the order they run in is derived from their declarations.
DEFAULT_STAGES = ("entities", "actors", "times", "places", "quotes", "events")
# How much of the body (title and body sections) the language check reads. py3langid walks its byte
# automaton in Python, so its cost grows with the sample: 400 characters (60-70 words) instead of 800
# halves it (about 0.2-0.3 ms an article) and leaves every decision as it was on all 2,225 BBC articles
# (none refused at 200 to 800; English at 0.95 or more at 400) and on the tests' other-language texts,
# which are shorter (docs/benchmarks.md, session 20, s20-speed).
LANGUAGE_SAMPLE = 400


Failure = InputError | ExtractionError

# Lexemes a pipeline adds to the vocabulary for good before every batch runs in spaCy's memory zone
# (Pipeline.memory_zone): the words of its first articles, the commonest, stay, so the tokenizer keeps
# them in its cache (it caches nothing inside a zone) and later batches do not build them again. With
# nothing kept a zone cost 1.6 ms of tokenizing per article (0.58 -> 1.5 s CPU for 600 BBC articles);
# with the first 300 articles' words kept, nothing. About 1,000 news articles' worth, a few MB.
VOCAB_ALLOWANCE = 20_000


def default_stages() -> list[type[Stage]]:
    """The default stage classes (importing their modules registers them)."""
    from . import entities, places, quotes, times  # noqa: F401
    from .actors import stage as _actors  # noqa: F401
    from .events import stage as _events  # noqa: F401

    known = registered()
    return [known[n] for n in DEFAULT_STAGES]


def settle_published(value: str | None) -> str | None:
    """The ISO date of a --published value; PipelineError when it is given but is not a date."""
    if value is None:
        return None
    iso = parse_date(value)
    if iso is None:
        raise PipelineError(f"--published {value!r}: not a date (use e.g. 2023-06-01, '1 June 2023', 'June 1, 2023')")
    return iso


class Pipeline:
    def __init__(self, options: Options | None = None, stages: Iterable[type[Stage]] | None = None):
        self.options = options or Options()
        self.published = settle_published(self.options.published)
        classes = default_stages() if stages is None else list(stages)
        unknown = set(self.options.stages) - {c.name for c in classes}
        if unknown:
            raise PipelineError(f"settings given for stages not in the pipeline: {', '.join(sorted(unknown))}")
        ordered = order(classes, BASE_PROVIDES)
        self.nlp = load(self.options.model)
        with collector_paused():  # after load(): loading a spaCy model switches the collector back on
            self.stages = [cls(self.nlp, self.options.stages.get(cls.name)) for cls in ordered]
            if self.options.check_language:
                language_identifier()  # now, not in the first article: workers forked from here share it
        self.meta = {"generator": f"newsgraph {__version__}", **model_info(self.nlp)}
        self.vocab_allowance = VOCAB_ALLOWANCE
        self._lexemes_at_start = len(self.nlp.vocab)  # a count of lexemes ever added: it never goes down
        self._zoned = False

    def prepare(self, art: Article) -> Document:
        """Structure and metadata: everything before the parse. Raises InputError for bad input."""
        text = art.text
        sections, dateline, facts = label_sections(text, has_title=bool(art.title))
        body = " ".join(s.text for s in sections if s.kind in ("body", "title"))[:LANGUAGE_SAMPLE]
        language = "en"
        if self.options.check_language and len(body) >= 40:
            language = require_english(body, art.name)
        published = Published()
        if self.published:
            published = Published(value=self.published, inferred=False, basis="given with --published")
        elif art.published:
            value = parse_date(art.published)
            if value:
                published = Published(value=value, inferred=False, basis=f"{art.format} metadata: {art.published!r}")
        return Document(
            id=content_id(text),
            text=text,
            language=language,
            source=Source(path=art.path, url=art.url, outlet=art.outlet, agency=facts["agency"],
                          agency_basis=facts["agency_basis"], record_id=art.record_id, format=art.format),
            title=art.title or next((s.text for s in sections if s.kind == "title"), None),
            dateline=dateline and _span(dateline),
            published=published,
            sections=sections,
            meta=dict(self.meta),
        )

    def annotate(self, doc: Document, parse: Parse, name: str) -> Document:
        for st in self.stages:
            try:
                st(doc, parse)
            except Exception as exc:  # a bug must cost one article, not the batch
                raise ExtractionError(name, f"internal error in stage {st.name!r}: {type(exc).__name__}: {exc}") from exc
        return doc

    def run(self, articles: Iterable[Article | InputError]) -> Iterator[Document | Failure]:
        """Documents (or failures) for a stream of articles, in input order."""
        batch: list[Article | InputError] = []
        for art in articles:
            batch.append(art)
            if len(batch) >= self.options.batch_size:
                yield from self._run_batch(batch)
                batch = []
        if batch:
            yield from self._run_batch(batch)

    def _run_batch(self, batch: list[Article | InputError]) -> list[Document | Failure]:
        """One result per input, in order: whatever goes wrong with one input costs only that input."""
        results: list[Document | Failure | None] = [None] * len(batch)
        todo: list[tuple[int, Document]] = []
        for i, art in enumerate(batch):
            if isinstance(art, Exception):
                results[i] = art
                continue
            try:
                todo.append((i, self.prepare(art)))
            except InputError as err:
                results[i] = err
            except Exception as exc:  # a bug in structure/metadata code: name the input, go on
                results[i] = _bug(art.name, "preparing the text", exc)
        with self.memory_zone():
            self._parse_and_annotate(batch, todo, results)
        if self.options.memory_zone:
            bound_caches(self.nlp)
        return results  # type: ignore[return-value]

    def _parse_and_annotate(self, batch: list, todo: list[tuple[int, Document]], results: list) -> None:
        parses = _parse_isolated(self.nlp, [(d.text, d.sections) for _, d in todo], [batch[i].name for i, _ in todo])
        for (i, doc), parse in zip(todo, parses):
            if isinstance(parse, Exception):
                results[i] = parse
                continue
            try:
                results[i] = self.annotate(doc, parse, batch[i].name)
            except ExtractionError as err:
                results[i] = err
            except Exception as exc:
                results[i] = _bug(batch[i].name, "annotating", exc)

    def memory_zone(self):
        """spaCy's memory zone around one batch's parse and stages: the words, lemmas and other strings
        the batch added to the vocabulary (and their lexemes) are freed when it ends. Without it every
        word never seen before stays for the life of the process, and a server's or a long batch's
        workers grow with the vocabulary of everything they ever read. Safe because a Document holds
        only plain Python values: nothing spaCy made (Doc, Span, Token, a string-store id looked up
        later) outlives the batch; the stages' own tables were built at start-up, outside any zone, so
        they stay. The first articles' words are kept, up to `vocab_allowance` lexemes (see
        VOCAB_ALLOWANCE), so the memory levels off there. A zone cannot be nested: inside a caller's
        own zone this is a no-op."""
        if not self.options.memory_zone or self.nlp.vocab.in_memory_zone:
            return contextlib.nullcontext()
        if not self._zoned:  # the first articles' words are kept (VOCAB_ALLOWANCE), then always a zone
            if len(self.nlp.vocab) - self._lexemes_at_start < self.vocab_allowance:
                return contextlib.nullcontext()
            self._zoned = True
        return self.nlp.memory_zone()

    def extract(self, text: str, name: str = "<text>", **metadata) -> Document:
        art = make_article(text, name, metadata.pop("format", "text"), **metadata)
        (result,) = self._run_batch([art])
        if isinstance(result, Exception):
            raise result
        return result


def _bug(name: str, step: str, exc: BaseException) -> ExtractionError:
    """An unexpected exception, reported as the bug it is, with the input that triggered it."""
    return ExtractionError(name, f"internal error while {step}: {type(exc).__name__}: {exc} (a newsgraph bug; please report it)")


def _parse_isolated(nlp, items: list, names: list[str]) -> list:
    """parse_many over all items; if it fails, parse one by one so only the failing input is lost."""
    try:
        return parse_many(nlp, items)
    except Exception as exc:
        if len(items) == 1:
            return [_bug(names[0], "parsing", exc)]
        return [_parse_one(nlp, it, name) for it, name in zip(items, names)]


def _parse_one(nlp, item, name: str):
    try:
        return parse_many(nlp, [item])[0]
    except Exception as exc:
        return _bug(name, "parsing", exc)


@contextlib.contextmanager
def collector_paused():
    """No cyclic garbage collection while the stages build their tables. Building them makes a few
    hundred thousand objects that live as long as the pipeline, and each full collection set off on the
    way walks every object already made (the model's, the tables built before): the stages' build took
    about 0.9 s of CPU with the collector on and 0.5 s with it paused (events 0.45 -> 0.1 s, most of it
    the pickled verb patterns). The collector is switched back on only if it was on before; what the
    build left for it is collected by the next collection (for a batch run, `_settle`'s)."""
    import gc

    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def _span(section):
    from .model import Span

    return Span(start=section.start, end=section.end, text=section.text)


# --- many articles, optionally in worker processes -------------------------------------------------

_WORKER: Pipeline | None = None


def _init_worker(options: Options, parent_pid: int | None = None) -> None:
    """Make this worker's pipeline: a forked worker inherits the one its parent built (the same
    options), a spawned one builds its own."""
    global _WORKER
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    if parent_pid is not None:
        _die_with_parent(parent_pid)
    if _WORKER is None or _WORKER.options != options:
        _WORKER = settled_pipeline(options)


def _settle() -> None:
    """Move everything built so far (model, tables, matchers: millions of objects that live as long as
    the run) out of the cyclic garbage collector's reach. Each full collection would otherwise walk
    them all, and in a forked worker that walk writes to every shared page and copies it. No full
    collection first (as Python's own advice for gc.freeze before a fork has it): the build leaves a few
    hundred objects of garbage (695 for the default pipeline), and finding them walked everything, 0.2 s
    of CPU before any worker could start; `_unsettle` hands them back to the collector. The collector's
    thresholds stay the caller's: a raised young threshold for the run (session 32, s32-speed,
    docs/benchmarks.md) saved 0.19 ms an article of collections and did not win every measured pair."""
    import gc

    gc.freeze()


def settled_pipeline(options: Options) -> Pipeline:
    """A pipeline for a run, built and settled with the collector paused throughout: Pipeline's own
    pause ends when the build does, and the first collection after it walked every object the build
    had made (about 0.1 s of CPU before any article, found nothing to free) just before `_settle`
    put them all out of its reach anyway."""
    with collector_paused():
        pipeline = Pipeline(options)
        _settle()
    return pipeline


def _unsettle() -> None:
    """Give the collector back what `_settle` hid, once the run is over: a long-lived caller (a notebook,
    a server) would otherwise keep every object of every earlier run out of its reach for good."""
    import gc

    gc.unfreeze()


def _start_method() -> str:
    """fork on Linux: every worker shares the pipeline the parent loaded once (copy-on-write) instead of
    re-importing spaCy and rebuilding every stage's tables, which cost each spawned worker seconds of
    start-up on the same cores it then parses with. Elsewhere fork is unsafe (macOS) or absent: spawn.
    NEWSGRAPH_START_METHOD=spawn forces spawn (to compare, or if a platform misbehaves)."""
    import multiprocessing as mp

    wanted = os.environ.get("NEWSGRAPH_START_METHOD")
    if wanted in ("fork", "spawn", "forkserver"):
        return wanted
    return "fork" if sys.platform.startswith("linux") and "fork" in mp.get_all_start_methods() else "spawn"


def _die_with_parent(parent_pid: int) -> None:
    """A worker must not outlive the process that started it (kill -9 of the parent included).

    On Linux the kernel sends SIGKILL when the parent dies (prctl PR_SET_PDEATHSIG; it fires when the
    thread that started the worker ends: for _Pool, the thread that iterates extract_many).
    Everywhere, a watchdog thread exits when the parent pid changes (re-parenting to init or a subreaper).
    """
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            pr_set_pdeathsig = 1
            ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, int(signal.SIGKILL))
        except (OSError, AttributeError):  # no libc symbol: the watchdog below still works
            pass
    if os.getppid() != parent_pid:  # the parent died before prctl took effect
        os._exit(1)
    threading.Thread(target=_watch_parent, args=(parent_pid,), name="newsgraph-parent-watch", daemon=True).start()


def _watch_parent(parent_pid: int, interval: float = 1.0) -> None:
    while os.getppid() == parent_pid:
        time.sleep(interval)
    os._exit(1)


def _work(batch: list[Article | InputError]) -> Packed:
    assert _WORKER is not None
    return _pack(_WORKER._run_batch(batch))


# A worker's results as they cross to the parent: the Documents encoded together as msgpack by their
# schema (msgspec), the failures (exceptions) pickled as they are, by position. Pickling the Documents
# themselves, Struct by Struct, cost ~0.5 ms an article in the worker and as much again in the parent
# (13 KB an article, BBC); msgpack takes a tenth of that on both sides. The decoded Documents equal
# the worker's (a value in an `attrs`/`meta` field comes back as JSON would give it). The worker
# decodes the message once itself: a value the schema cannot carry back (an object msgpack cannot
# encode, a dict key that is not a string) sends that batch pickled, as before, rather than failing it.
Packed = tuple[bytes, dict[int, Failure]] | list
_MSGPACK = msgspec.msgpack.Encoder()
_UNPACK = msgspec.msgpack.Decoder(list[Document])


def _pack(results: list[Document | Failure]) -> Packed:
    docs = [r for r in results if isinstance(r, Document)]
    try:
        data = _MSGPACK.encode(docs)
        _UNPACK.decode(data)
    except (TypeError, ValueError, OverflowError, msgspec.MsgspecError):
        return results
    return data, {i: r for i, r in enumerate(results) if not isinstance(r, Document)}


def _unpack(packed: Packed) -> list[Document | Failure]:
    if isinstance(packed, list):
        return packed
    data, failures = packed
    docs = _UNPACK.decode(data)
    it = iter(docs)
    return [failures[i] if i in failures else next(it) for i in range(len(failures) + len(docs))]


def batched(items: Iterable, size: int) -> Iterator[list]:
    """Lists of up to `size` items, in order (itertools.batched arrives in Python 3.12)."""
    batch = []
    for it in items:
        batch.append(it)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


# Articles a worker is sent at a time. Smaller than a one-process batch (Options.batch_size, 32): at the
# end of a run the other workers wait idle for the last batches, and with 32 BBC articles (~2.5 s of
# work) that wait was a tenth of a 300-article run at two workers. Measured over 300 BBC articles, two
# workers, whole process, batches of 8 against 32 in alternating pairs: wall 0.88x (session 7) and 0.93x
# (session 9), CPU 0.97x and 1.00x, peak per worker 431 / 433 MB against 486 / 485 (docs/benchmarks.md).
WORKER_BATCH = 8

WORKER_DIED = "a worker process died while extracting this input (killed, or out of memory)"


def _serve(conn, options: Options, parent_pid: int, others: list) -> None:
    """A worker's life: batches in, results out, over its own pipe, until told to stop (None) or the
    pipe closes. Ctrl-C is the parent's to handle (it stops the workers): a worker ignores it rather
    than print a traceback of its own."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for other in others:  # the parent's ends of the pipes, inherited through fork: not this worker's to hold
        other.close()
    _init_worker(options, parent_pid)
    while True:
        try:
            batch = conn.recv()
        except EOFError:
            return
        if batch is None:
            return
        try:
            reply = ("ok", _work(batch))
        except Exception as exc:  # not an input's failure (those are results): the run's, raised in the parent
            reply = ("error", exc)
        try:
            _reply(conn, reply)
        except BrokenPipeError:
            return  # the parent is gone (killed or stopping the run): no one to send to, nothing to report


def _reply(conn, reply: tuple) -> None:
    try:
        conn.send(reply)
    except (TypeError, AttributeError, ValueError, RecursionError) as exc:  # an error that does not pickle
        conn.send(("error", NewsgraphError(f"a worker failed and its error could not be sent back: {exc}")))


class _Job:
    """A batch on its way through the pool. A batch whose worker died is split into one job per input
    (`parts`), each tried once more on its own."""

    __slots__ = ("batch", "retry", "result", "parts")

    def __init__(self, batch: list, retry: bool = False):
        self.batch, self.retry = batch, retry
        self.result: list | None = None
        self.parts: list[_Job] = []

    def done(self) -> bool:
        if self.result is None and self.parts and all(p.done() for p in self.parts):
            self.result = [r for p in self.parts for r in p.result]
        return self.result is not None


class _Worker:
    """One worker process with a pipe of its own. A worker killed halfway through sending its results
    leaves a message no one else will finish: the pipe's other end dies with it, so the parent reads
    an end of file, not a wait forever. (ProcessPoolExecutor's workers share one result pipe: the
    parent waited forever for the rest of a dead worker's message, and `extract --workers 2` hung when
    a worker was killed at that moment; CI, session 19.)"""

    def __init__(self, ctx, options: Options, others: list | None):
        """`others`: under fork, the parent's ends of the other workers' pipes, for this worker to close
        (with its copy of the parent's end of its own: then the worker, too, reads an end of file when
        the parent closes the pipe); None under spawn, where a worker inherits no descriptors."""
        self.job: _Job | None = None
        self.conn, child = ctx.Pipe()
        closing = [] if others is None else [*others, self.conn]
        self.proc = ctx.Process(target=_serve, args=(child, options, os.getpid(), closing), daemon=True,
                                name="newsgraph-worker")
        self.proc.start()
        child.close()  # only the worker holds its end now: when it dies, the parent sees the pipe close

    def stop(self, now: bool) -> None:
        if self.proc.is_alive() and (now or self.job is not None):
            self.proc.kill()  # busy with work no one will read: a run given up (an error, Ctrl-C)
        else:
            with contextlib.suppress(OSError):
                self.conn.send(None)

    def reap(self) -> None:
        self.proc.join(timeout=10)
        if self.proc.exitcode is None:
            self.proc.kill()
            self.proc.join()
        self.conn.close()


class _Pool:
    """Worker processes that survive one another's death: a dead worker's batch is retried one input
    at a time by a fresh worker, and the input that kills a worker on its own becomes a named failure.
    Batches are handed to idle workers in the order they were submitted."""

    def __init__(self, options: Options, workers: int):
        import multiprocessing as mp

        global _WORKER
        self.options = options
        self.deaths = 0  # inputs in a row that killed a worker on their own
        self.ctx = mp.get_context(_start_method())
        self.fork = self.ctx.get_start_method() == "fork"
        if self.fork:
            _WORKER = settled_pipeline(options)  # built once here, inherited by every forked worker
            deferred.build_all()  # (and the patterns compiled on first use: once here, not in each worker)
        self.pending: deque[_Job] = deque()
        self.workers: list[_Worker] = []
        try:
            for _ in range(workers):
                self.workers.append(self._new_worker())
        except BaseException:  # no pool, so no close(): stop the workers started, give back what was settled
            self.close(finished=False)
            raise

    def _new_worker(self) -> _Worker:
        return _Worker(self.ctx, self.options, [w.conn for w in self.workers] if self.fork else None)

    def submit(self, batch: list) -> _Job:
        job = _Job(batch)
        self.pending.append(job)
        self._dispatch()
        return job

    def result(self, job: _Job) -> list[Document | Failure]:
        while not job.done():
            self._step()
        return job.result  # type: ignore[return-value]

    def _dispatch(self) -> None:
        for i in range(len(self.workers)):
            while self.workers[i].job is None and self.pending:
                self._send(i, self.pending.popleft())

    def _send(self, i: int, job: _Job) -> None:
        self.workers[i].job = job
        try:
            self.workers[i].conn.send(job.batch)
        except OSError:  # the worker died between two batches
            self._lost(i)

    def _step(self) -> None:
        """Wait for a worker to answer or die, and take what it sent."""
        from multiprocessing.connection import wait

        busy = [i for i, w in enumerate(self.workers) if w.job is not None]
        handles = {}
        for i in busy:
            handles[self.workers[i].conn] = handles[self.workers[i].proc.sentinel] = i
        for i in sorted({handles[h] for h in wait(list(handles))}):
            self._collect(i)
        self._dispatch()

    def _collect(self, i: int) -> None:
        w = self.workers[i]
        try:
            status, value = w.conn.recv()
        except (EOFError, OSError):  # died, with nothing or half a message sent
            self._lost(i)
            return
        if status == "error":
            raise value
        job, w.job = w.job, None
        job.result = _unpack(value)
        self.deaths = 0

    def _lost(self, i: int) -> None:
        """Worker i died on its job: a fresh worker takes its place, and the job's inputs are retried one
        by one (ahead of the rest) or, if this was that retry, the input is a named failure."""
        dead, job = self.workers[i], self.workers[i].job
        dead.job = None
        dead.reap()
        self.workers[i] = self._new_worker()
        if not job.retry:
            job.parts = [_Job([item], retry=True) for item in job.batch]
            for part in job.parts:
                if isinstance(part.batch[0], Exception):  # an input that failed before it was sent
                    part.result = part.batch
            self.pending.extendleft(reversed([p for p in job.parts if p.result is None]))
            return
        item = job.batch[0]
        self.deaths += 1
        if self.deaths >= 3:  # workers that die whatever they are given: stop, do not fail every input
            raise NewsgraphError(f"worker processes keep dying (the last time on {item.name}); stopping")
        job.result = [ExtractionError(item.name, WORKER_DIED)]

    def close(self, finished: bool = True) -> None:
        global _WORKER
        for w in self.workers:
            w.stop(now=not finished)
        for w in self.workers:
            w.reap()
        _WORKER = None  # the parent's copy is not kept past the run
        if self.fork:  # a spawning parent settled nothing
            _unsettle()
        _stop_resource_tracker()


def _stop_resource_tracker() -> None:
    """Wait for multiprocessing's resource-tracker process to end, so that none outlives the command.

    (Left alone it is reparented to init and exits a moment after we do.) It restarts on demand if
    anything in this process uses multiprocessing again. `_stop` is private: skip it if it is gone."""
    from multiprocessing import resource_tracker

    stop = getattr(resource_tracker._resource_tracker, "_stop", None)
    if stop is not None:
        try:
            stop()
        except OSError:
            pass


def extract_many(articles: Iterable[Article | InputError], options: Options | None = None, workers: int = 1
                 ) -> Iterator[Document | Failure]:
    """Documents or failures for many articles, in input order; `workers` > 1 uses processes."""
    options = options or Options()
    if workers <= 1:
        pipeline = settled_pipeline(options)
        try:
            yield from pipeline.run(articles)
        finally:
            _unsettle()
        return
    pool = _Pool(options, workers)
    finished = False
    try:
        window: deque = deque()  # the jobs submitted and not yet yielded, in input order
        for batch in batched(articles, min(options.batch_size, WORKER_BATCH)):
            window.append(pool.submit(batch))
            while len(window) > workers * 2:
                yield from pool.result(window.popleft())
        while window:
            yield from pool.result(window.popleft())
        finished = True
    finally:
        pool.close(finished)
