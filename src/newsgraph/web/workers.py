"""Extraction for the server: a bounded pool of worker processes, or one in-process pipeline.

Why processes: one article can take a parser minutes and gigabytes (a long text without sentence
breaks), and a thread cannot be stopped. A worker process can: each job runs under a time budget
and a memory ceiling, and a worker that exceeds either is killed and replaced while the others go
on serving. The server process itself never loads spaCy in this mode, so its own memory stays small.

The pool is driven from the server's event loop: requests wait (FIFO) for an idle worker, the job
goes down a pipe, and the loop watches the pipe's file descriptor, so waiting costs no thread.
Admission is bounded (`workers + queue` requests at once); beyond that a request is refused at
once with `Busy`, which the app turns into 503 with Retry-After.

Workers die with the server: each asks the kernel for SIGKILL when its parent dies (Linux
PR_SET_PDEATHSIG), and `close()` kills them on shutdown. (The kernel ties that signal to the
thread that started the worker, so workers are only ever started from the event loop's thread,
which lives as long as the server.)
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
import multiprocessing as mp
import os
import re
import signal
import time
from collections import deque
from dataclasses import dataclass

from ..errors import InputError, ModelError, PipelineError
from ..pipeline import ExtractionError
from ..read import Article
from ..stage import Options

log = logging.getLogger("newsgraph.web")

BOOT_SECONDS = 300.0  # a worker that has not loaded the pipeline by then is treated as broken
POLL_SECONDS = 0.25  # how often a running job's memory is checked
RESPAWN_SECONDS = 5.0  # before another try when a replacement worker failed to start
WARM_UP = ("WASHINGTON - The United States warned Iraq on Monday against closer ties with Iran, "
           "officials said. \"We will respond,\" the minister said in Baghdad last week.")


class Busy(Exception):
    """No room: every worker is busy and the queue is full (or the wait for a worker ran out)."""

    def __init__(self, message: str, retry_after: int):
        super().__init__(message)
        self.retry_after = retry_after


class OverBudget(Exception):
    """A job ran over its time or memory budget; its worker was killed and is being replaced."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code


class Unavailable(Exception):
    """The server is shutting down, or its workers cannot load the pipeline."""


# --- the worker process -------------------------------------------------------------------------

def _die_with_parent(parent: int) -> None:
    """Ask Linux to SIGKILL this process when its parent dies, so no worker outlives the server."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # 1 = PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # not Linux: the closed pipe still ends an idle worker
        pass
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(0)


def _one_line(exc: BaseException, limit: int = 240) -> str:
    text = f"{type(exc).__name__}: {exc}".split("\n", 1)[0]
    return text if len(text) <= limit else text[: limit - 3] + "..."


class StageBug(ExtractionError):
    """An unexpected exception while extracting: a bug, not the input's fault (500 on /v1/extract)."""


_E088 = re.compile(r"length (\d+) exceeds maximum of (\d+)")


def input_fault(exc: BaseException) -> str | None:
    """Why an exception escaping the pipeline is the input's fault (a reason to tell the client), or None."""
    if isinstance(exc, RecursionError):
        return "the text is nested too deeply to process"
    if isinstance(exc, MemoryError):
        return "extracting it ran out of memory (send a shorter article)"
    found = _E088.search(str(exc)) if "E088" in str(exc) else None
    if found:
        return (f"the text is {int(found[1]):,} characters, over the parser's limit of {int(found[2]):,} "
                "(split it into shorter articles)")
    return None


def run_job(pipeline, article: Article) -> tuple:
    """Extract one article; the answer is picklable whatever happens (errors as plain tuples)."""
    try:
        (result,) = list(pipeline.run([article]))
    except Exception as exc:
        reason = input_fault(exc)
        if reason is None:
            import traceback

            traceback.print_exc()  # to the server's stderr: "the server log has the details"
            return ("bug", article.name, _one_line(exc))
        return ("fail", "input", article.name, reason)
    if isinstance(result, InputError):
        return ("fail", "input", result.name, result.reason)
    if isinstance(result, Exception):
        return ("fail", "extraction", getattr(result, "name", article.name),
                getattr(result, "reason", None) or _one_line(result))
    return ("doc", result)


def worker_main(conn, options: Options, parent: int) -> None:
    """A worker: load the pipeline once, then answer jobs from the pipe until it closes."""
    _die_with_parent(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole group; the server decides
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    try:
        from ..pipeline import Pipeline
        from ..read import make_article

        pipeline = Pipeline(options)
        # The stages load their tables (gazetteer, actor knowledge base, lexicon) on first use: do it
        # now, so a worker's first article is not charged seconds of set-up against its time budget.
        list(pipeline.run([make_article(WARM_UP, "<warm-up>")]))
    except BaseException as exc:
        conn.send(("fatal", str(exc) or _one_line(exc)))
        return
    conn.send(("ready", os.getpid()))
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        conn.send(run_job(pipeline, job))


def rss_mb(pid: int) -> float:
    """Resident memory of a process in MB, from /proc (0 where there is no /proc)."""
    try:
        with open(f"/proc/{pid}/statm", "rb") as fh:
            pages = int(fh.read().split()[1])
    except (OSError, ValueError, IndexError):
        return 0.0
    return pages * os.sysconf("SC_PAGE_SIZE") / 1e6


def as_result(reply: tuple):
    """A worker's reply as a Document, InputError or ExtractionError."""
    if reply[0] == "doc":
        return reply[1]
    if reply[0] == "bug":
        return StageBug(reply[1], f"internal error: {reply[2]}")
    _, kind, name, reason = reply
    return InputError(name, reason) if kind == "input" else ExtractionError(name, reason)


# --- the server side ----------------------------------------------------------------------------

@dataclass(eq=False)
class Worker:
    proc: mp.process.BaseProcess
    conn: object
    jobs: int = 0
    pid: int | None = None  # set when the worker has loaded the pipeline
    retire_when_free: bool = False  # a replacement is ready: stop instead of going back to idle
    replaces: Worker | None = None  # the tired worker this one takes over from, once it is ready
    dead: bool = False
    listening: bool = False  # the event loop watches its pipe: that code closes the pipe

    def kill(self) -> None:
        self.dead = True
        with contextlib.suppress(Exception):
            self.proc.kill()
        if not self.listening:
            self.close_pipe()

    def stop(self) -> None:
        """Ask an idle worker to exit."""
        self.dead = True
        with contextlib.suppress(Exception):
            self.conn.send(None)
        self.close_pipe()

    def close_pipe(self) -> None:
        with contextlib.suppress(Exception):
            self.conn.close()


class WorkerPool:
    """`size` worker processes, each with the pipeline loaded once; see the module docstring."""

    def __init__(self, size: int, options: Options | None = None, *, timeout: float = 60.0, queue: int = 16,
                 memory_mb: float = 2000.0, max_jobs: int = 2000):
        self.size = size
        self.options = options or Options()
        self.timeout = timeout
        self.queue = queue
        self.memory_mb = memory_mb
        self.max_jobs = max_jobs
        self.workers: set[Worker] = set()
        self.idle: deque[Worker] = deque()
        self.waiters: deque[asyncio.Future] = deque()
        self.active = 0  # admitted requests (running or waiting)
        self.counts = {"jobs": 0, "timeouts": 0, "over_memory": 0, "restarts": 0, "recycled": 0, "refused": 0}
        self.broken: str | None = None
        self.closed = False
        self.loop: asyncio.AbstractEventLoop | None = None
        self._job_seconds = 0.2  # moving average, for Retry-After
        self._ctx = mp.get_context("spawn")
        self._tasks: set[asyncio.Task] = set()
        self._dying: list[mp.process.BaseProcess] = []
        self._booted = False  # some worker has loaded the pipeline

    # -- life cycle --------------------------------------------------------------------------------
    async def start(self) -> None:
        self.loop = asyncio.get_running_loop()
        for _ in range(self.size):
            self._spawn()

    def _spawn(self, replaces: Worker | None = None) -> None:
        if self.closed:
            return
        parent, child = self._ctx.Pipe(duplex=True)
        proc = self._ctx.Process(target=worker_main, args=(child, self.options, os.getpid()),
                                 name="newsgraph-worker", daemon=True)
        proc.start()
        child.close()
        w = Worker(proc, parent, replaces=replaces)
        self.workers.add(w)
        self._background(self._boot(w))

    def _background(self, coro) -> None:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _boot(self, w: Worker) -> None:
        try:
            reply = await self._reply(w, BOOT_SECONDS)
        except (OverBudget, EOFError, OSError):
            reply = ("fatal", "the worker process exited or hung while loading the pipeline")
        if self.closed or w.dead:
            return
        if reply[0] != "ready":
            self._retire(w, kill=True)
            if not self._booted:  # the pipeline cannot load at all (e.g. the model is missing)
                self._fail_all(f"the extraction workers cannot start: {reply[1]}")
            else:  # it loaded before: a passing trouble (memory?); try again shortly
                log.error("an extraction worker failed to start (%s); starting another in %g s", reply[1], RESPAWN_SECONDS)
                self.loop.call_later(RESPAWN_SECONDS, self._spawn, w.replaces)
            return
        self._booted = True
        w.pid = reply[1]
        old, w.replaces = w.replaces, None
        if old is not None:  # the tired worker goes as soon as it is free
            if old in self.idle:
                self._retire(old)
            else:
                old.retire_when_free = True
        self._release(w)

    def _fail_all(self, reason: str) -> None:
        self.broken = reason
        log.error("%s", reason)
        for fut in self.waiters:
            if not fut.done():
                fut.set_exception(Unavailable(reason))
        self.waiters.clear()

    def close_soon(self) -> None:
        """Shut down from a signal handler or another thread: kill every worker now."""
        if self.loop is not None and not self.closed:
            self.loop.call_soon_threadsafe(self.close)

    def close(self) -> None:
        """Kill every worker and reap it; pending and later requests get Unavailable. Idempotent."""
        if self.closed:
            return
        self.closed = True
        for fut in self.waiters:
            if not fut.done():
                fut.set_exception(Unavailable("the server is shutting down"))
        self.waiters.clear()
        procs = [w.proc for w in self.workers] + self._dying
        for w in list(self.workers):
            w.kill()
        for proc in procs:
            with contextlib.suppress(Exception):
                proc.join(timeout=2)
        self.workers.clear()
        self.idle.clear()

    def _retire(self, w: Worker, kill: bool = False) -> None:
        """Take a worker out of service: stop it (idle) or kill it (busy, stuck), and reap it later."""
        self.workers.discard(w)
        with contextlib.suppress(ValueError):
            self.idle.remove(w)
        w.kill() if kill else w.stop()
        self._dying.append(w.proc)
        self._background(self._reap(w.proc))

    async def _reap(self, proc) -> None:
        """Collect an exiting worker's status (no zombie); kill it if it has not gone in 10 s."""
        for i in range(200):
            if not proc.is_alive():  # is_alive() reaps a process that has exited
                break
            if i == 100:  # asked to stop but did not: no process is left behind
                proc.kill()
            await asyncio.sleep(0.1)
        with contextlib.suppress(ValueError):
            self._dying.remove(proc)

    def _replace(self, w: Worker) -> None:
        self._retire(w, kill=True)
        self.counts["restarts"] += 1
        if not any(x.replaces is w for x in self.workers):  # else its successor is already loading
            self._spawn()

    # -- admission and workers ---------------------------------------------------------------------
    def retry_after(self) -> int:
        waiting = max(0, self.active - self.size)
        return max(1, min(int(self.timeout), math.ceil(self._job_seconds * (waiting + 1) / max(1, self.size))))

    @contextlib.contextmanager
    def admit(self):
        """Hold a place for one request; Busy at once when all places are taken."""
        self._check_open()
        if self.active >= self.size + self.queue:
            self.counts["refused"] += 1
            raise Busy(f"the server is busy ({self.size} extraction worker(s) busy and {self.queue} request(s) "
                       "waiting): retry later", self.retry_after())
        self.active += 1
        try:
            yield
        finally:
            self.active -= 1

    def _check_open(self) -> None:
        if self.closed:
            raise Unavailable("the server is shutting down")
        if self.broken:
            raise Unavailable(self.broken)

    async def _acquire(self, wait: float | None) -> Worker:
        while self.idle:
            w = self.idle.popleft()
            if not w.dead:
                return w
        self._check_open()
        fut = self.loop.create_future()
        self.waiters.append(fut)
        try:
            return await asyncio.wait_for(fut, wait)  # wait_for returns a worker handed over at the deadline
        except asyncio.TimeoutError:
            raise Busy(f"no extraction worker became free within {wait:g} s: retry later",
                       self.retry_after()) from None
        finally:
            with contextlib.suppress(ValueError):
                self.waiters.remove(fut)

    def _release(self, w: Worker) -> None:
        if w.dead or self.closed:
            return
        if w.retire_when_free:
            self._retire(w)
            return
        while self.waiters:
            fut = self.waiters.popleft()
            if not fut.done():
                fut.set_result(w)
                return
        self.idle.append(w)

    # -- jobs --------------------------------------------------------------------------------------
    async def extract(self, article: Article, wait: float | None = None):
        """Extract one article in a worker: a Document, InputError or ExtractionError.

        `wait`: longest wait for a free worker (None: as long as it takes). Raises Busy,
        OverBudget (the worker was killed and is being replaced) or Unavailable."""
        w = await self._acquire(wait)
        started = time.monotonic()
        try:
            await asyncio.to_thread(w.conn.send, article)
            reply = await self._reply(w, self.timeout, name=article.name)
        except OverBudget:
            if self.closed:
                raise Unavailable("the server is shutting down") from None
            self._replace(w)
            raise
        except (EOFError, OSError, asyncio.CancelledError) as exc:  # the worker died, or the request was cancelled
            if self.closed:
                raise Unavailable("the server is shutting down") from None
            self._replace(w)  # a worker in an unknown state is replaced, not reused
            if isinstance(exc, asyncio.CancelledError):
                raise
            return ExtractionError(article.name, "the extraction worker died (out of memory?) and was replaced")
        except Exception:
            if self.closed:  # whatever a worker killed by the shutdown left behind (a closed pipe, no process)
                raise Unavailable("the server is shutting down") from None
            raise
        self._job_seconds = 0.8 * self._job_seconds + 0.2 * (time.monotonic() - started)
        self.counts["jobs"] += 1
        w.jobs += 1
        if w.jobs == self.max_jobs:  # a fresh worker takes over once loaded: memory stays level
            self.counts["recycled"] += 1
            self._spawn(replaces=w)
        self._release(w)
        return as_result(reply)

    async def _reply(self, w: Worker, budget: float, name: str | None = None) -> tuple:
        """The worker's next message, within `budget` seconds and (for a job) the memory ceiling."""
        deadline = time.monotonic() + budget
        fd = w.conn.fileno()
        ready = self.loop.create_future()
        w.listening = True
        self.loop.add_reader(fd, lambda: ready.done() or ready.set_result(None))
        try:
            while not ready.done():
                left = deadline - time.monotonic()
                if left <= 0:
                    self.counts["timeouts"] += name is not None
                    raise OverBudget("timeout", f"{name or 'the article'}: extraction took longer than the server's "
                                     f"{budget:g} s budget and was stopped (send a shorter article, or start the "
                                     "server with a larger --timeout)")
                with contextlib.suppress(asyncio.TimeoutError):
                    await asyncio.wait_for(asyncio.shield(ready), min(POLL_SECONDS, left))
                if name is not None and not ready.done() and rss_mb(w.proc.pid) > self.memory_mb:
                    self.counts["over_memory"] += 1
                    raise OverBudget("over_memory", f"{name}: extraction needed more than the server's "
                                     f"{self.memory_mb:g} MB per worker and was stopped (send a shorter article, "
                                     "or start the server with a larger --worker-memory)")
        finally:
            with contextlib.suppress(Exception):
                self.loop.remove_reader(fd)
            w.listening = False
            if not ready.done():
                ready.cancel()
            if w.dead:
                w.close_pipe()
        if w.dead:
            raise EOFError
        return await asyncio.to_thread(w.conn.recv)

    def stats(self) -> dict:
        return {"workers": self.size, "ready": sum(1 for w in self.workers if w.pid and not w.dead),
                "idle": len(self.idle), "active_requests": self.active, "queue": self.queue,
                "timeout": self.timeout, "pids": sorted(w.proc.pid for w in self.workers if w.proc.pid),
                "worker_jobs": self.max_jobs,  # articles a worker extracts before a fresh one replaces it
                "jobs_by_worker": {str(w.pid): w.jobs for w in self.workers if w.pid and not w.dead},
                **self.counts}


class InlinePool:
    """Extraction in the server process itself, one article at a time (`create_app(workers=0)`).

    For tests and embedding: the same interface as WorkerPool and the same bounded admission, but
    no time or memory budget (a thread cannot be stopped)."""

    size = 1
    timeout = None

    def __init__(self, extractor, queue: int = 16):
        self.extractor = extractor
        self.queue = queue
        self.active = 0
        self.counts = {"jobs": 0, "refused": 0}

    async def start(self) -> None:
        pass

    def close(self) -> None:
        pass

    def close_soon(self) -> None:
        pass

    def retry_after(self) -> int:
        return 1

    @contextlib.contextmanager
    def admit(self):
        if self.active >= 1 + self.queue:
            self.counts["refused"] += 1
            raise Busy(f"the server is busy (1 extraction running and {self.queue} waiting): retry later", 1)
        self.active += 1
        try:
            yield
        finally:
            self.active -= 1

    async def extract(self, article: Article, wait: float | None = None):
        from starlette.concurrency import run_in_threadpool

        result = await run_in_threadpool(self._run, article)
        self.counts["jobs"] += 1
        return result

    def _run(self, article: Article):
        try:
            (result,) = self.extractor.run([article])
        except (ModelError, PipelineError):
            raise  # the server's set-up, not this article: answered 503 by HTTP_ERRORS
        except Exception as exc:
            reason = input_fault(exc)
            if reason is not None:
                return InputError(article.name, reason)
            log.exception("internal error extracting %s", article.name)
            return StageBug(article.name, f"internal error: {_one_line(exc)}")
        return result

    def stats(self) -> dict:
        return {"workers": 0, "active_requests": self.active, "queue": self.queue, "timeout": None, **self.counts}
