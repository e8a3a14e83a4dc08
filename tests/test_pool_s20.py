"""The worker pool of src/newsgraph/pipeline.py (`_serve`, `_reply`, `_Job`, `_Worker`, `_Pool`,
`extract_many`'s `finished`), mutant by mutant (issue 14, item 8; docs/testing.md, session 20,
s20-mutpool).

Real forked workers run a fake `_work` (no spaCy model is loaded), each test under a short wall-clock
alarm: a mutant that makes the pool hang fails the test instead of stalling the run.
"""

import contextlib
import multiprocessing
import os
import signal
import time
import types
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs fork and /proc (Linux)")

ALARM = 15  # seconds of wall clock any one test may take


@contextlib.contextmanager
def pool_with(monkeypatch, work):
    from newsgraph import pipeline

    monkeypatch.setenv("NEWSGRAPH_START_METHOD", "fork")
    monkeypatch.setattr(pipeline, "settled_pipeline", lambda options: types.SimpleNamespace(options=options))
    monkeypatch.setattr(pipeline, "_work", work)

    def hung(*_):
        raise TimeoutError("the worker pool hung")

    old = signal.signal(signal.SIGALRM, hung)
    signal.alarm(ALARM)
    try:
        yield pipeline
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)
        for p in multiprocessing.active_children():  # a failed test leaves no worker to the next one
            p.kill()
            p.join()


def article(name: str):
    from newsgraph.read import make_article

    return make_article(f"Some text about {name}.", name)


def names_of(got) -> list[str]:
    return [g if isinstance(g, str) else f"<{g.name}: {getattr(g, 'reason', g)}>" for g in got]


def logged(path) -> list[list[str]]:
    """The batches the workers were given, as lists of names, in the order they began them."""
    return [line.split(",") for line in Path(path).read_text().splitlines()] if Path(path).exists() else []


def logging_work(path, poison="poison", slow=0.0):
    """A fake `_work`: logs its batch, dies on a batch holding a poisoned name (after `slow` seconds
    when that batch is a one-input retry), else answers the names upper-cased."""

    def work(batch):
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT)
        os.write(fd, (",".join(a.name for a in batch) + "\n").encode())
        os.close(fd)
        if any(poison in a.name for a in batch):
            if len(batch) == 1:
                time.sleep(slow)
            os._exit(1)
        return [a.name.upper() for a in batch]

    return work


def test_results_come_in_input_order_when_the_second_worker_finishes_first(monkeypatch):
    from newsgraph.stage import Options

    def work(batch):
        if batch[0].name == "a0":
            time.sleep(0.5)  # the first batch's worker answers last
        return [a.name.upper() for a in batch]

    names = [f"a{i}" for i in range(6)]
    with pool_with(monkeypatch, work) as pipeline:
        got = list(pipeline.extract_many([article(n) for n in names], Options(batch_size=2), workers=2))
    assert got == [n.upper() for n in names]


def test_a_dead_batch_is_retried_one_input_at_a_time_and_only_once(monkeypatch, tmp_path):
    from newsgraph.stage import Options

    log = tmp_path / "log"
    names = ["a", "poison", "b", "c"]
    with pool_with(monkeypatch, logging_work(log)) as pipeline:
        got = list(pipeline.extract_many([article(n) for n in names], Options(batch_size=4), workers=2))
    assert names_of(got) == ["A", f"<poison: {pipeline.WORKER_DIED}>", "B", "C"]
    batches = logged(log)
    assert batches[0] == names
    assert sorted(batches[1:]) == [[n] for n in sorted(names)]  # each input once more, alone, and no more


def test_input_errors_in_a_dead_batch_are_passed_through_without_being_sent(monkeypatch, tmp_path):
    from newsgraph.errors import InputError
    from newsgraph.stage import Options

    log = tmp_path / "log"
    bad = InputError("unreadable", "not a text")
    with pool_with(monkeypatch, logging_work(log)) as pipeline:
        monkeypatch.setattr(pipeline, "_work", lambda batch: logging_work(log)(
            [a if not isinstance(a, Exception) else article(a.name) for a in batch]))
        got = list(pipeline.extract_many([article("a"), bad, article("poison")], Options(batch_size=4), workers=2))
    assert got[0] == "A" and got[1] is bad and got[2].reason == pipeline.WORKER_DIED
    assert ["unreadable"] not in logged(log)  # a failed input is not retried on its own


def test_the_third_death_in_a_row_stops_the_run_and_not_an_earlier_one(monkeypatch, tmp_path):
    from newsgraph.errors import NewsgraphError
    from newsgraph.stage import Options

    with pool_with(monkeypatch, logging_work(tmp_path / "log1")) as pipeline:
        got = list(pipeline.extract_many([article(n) for n in ["poison0", "poison1", "a"]], Options(batch_size=4),
                                         workers=2))
        assert [getattr(g, "reason", g) for g in got] == [pipeline.WORKER_DIED] * 2 + ["A"]
    with pool_with(monkeypatch, logging_work(tmp_path / "log2")) as pipeline:
        with pytest.raises(NewsgraphError, match=r"keep dying \(the last time on poison\d\); stopping"):
            list(pipeline.extract_many([article(f"poison{i}") for i in range(3)], Options(batch_size=4), workers=2))
    assert not multiprocessing.active_children()


def test_a_job_that_succeeds_resets_the_count_of_deaths(monkeypatch, tmp_path):
    """Two deaths, an answer, two deaths: never three in a row. The order is forced through files: the
    answer waits until both first deaths are counted (the retry of poison2, queued behind it, has
    begun), poison2 dies only a while after the answer is sent, and poison3 is only sent once a worker
    is free again."""
    from newsgraph.stage import Options

    def wait_for(path):
        while not path.exists():
            time.sleep(0.01)

    def work(batch):
        if len(batch) > 1:
            os._exit(1)  # the batch dies: each input is retried alone
        name = batch[0].name
        (tmp_path / f"began-{name}").touch()
        if name == "a":
            wait_for(tmp_path / "began-poison2")
            (tmp_path / "answered").touch()
            return ["A"]
        if name == "poison2":
            wait_for(tmp_path / "answered")
            time.sleep(0.5)
        os._exit(1)

    names = ["poison0", "poison1", "a", "poison2", "poison3"]
    with pool_with(monkeypatch, work) as pipeline:
        got = list(pipeline.extract_many([article(n) for n in names], Options(batch_size=8), workers=2))
    assert [getattr(g, "reason", g) for g in got] == [pipeline.WORKER_DIED] * 2 + ["A"] + [pipeline.WORKER_DIED] * 2


def test_an_exception_raised_in_a_worker_is_raised_in_the_parent_and_no_worker_is_left(monkeypatch):
    from newsgraph.stage import Options

    def work(batch):
        if batch[0].name == "boom":
            raise ValueError("a bug in a stage")
        time.sleep(60)  # the other worker is busy with work no one will read

    t0 = time.monotonic()
    with pool_with(monkeypatch, work) as pipeline:
        with pytest.raises(ValueError, match="a bug in a stage"):
            list(pipeline.extract_many([article(n) for n in ["boom", "slow"]], Options(batch_size=1), workers=2))
        assert not multiprocessing.active_children()  # before the cleanup of pool_with
    assert time.monotonic() - t0 < 5  # the busy worker was killed, not waited for


def test_an_error_that_does_not_pickle_is_sent_back_named(monkeypatch):
    from newsgraph.errors import NewsgraphError
    from newsgraph.stage import Options

    def work(batch):
        exc = ValueError("unpicklable")
        exc.hook = lambda: None  # a lambda does not pickle
        raise exc

    with pool_with(monkeypatch, work) as pipeline:
        with pytest.raises(NewsgraphError, match="a worker failed and its error could not be sent back"):
            list(pipeline.extract_many([article("a")], Options(batch_size=1), workers=2))
        assert not multiprocessing.active_children()



def exit_codes_of_reaped(monkeypatch, pipeline) -> list:
    """The exit code of each worker the pool reaps, in order (a list the caller reads after the run)."""
    codes = []
    reap = pipeline._Worker.reap

    def reap_and_note(self):
        reap(self)
        codes.append(self.proc.exitcode)

    monkeypatch.setattr(pipeline._Worker, "reap", reap_and_note)
    return codes

def test_a_finished_run_lets_its_workers_end_by_themselves(monkeypatch, tmp_path):
    """At the end of a run the idle workers are told to stop (None), not killed: they return from
    `_serve` and exit 0."""
    from newsgraph.stage import Options

    with pool_with(monkeypatch, lambda batch: [a.name for a in batch]) as pipeline:
        codes = exit_codes_of_reaped(monkeypatch, pipeline)
        t0 = time.monotonic()
        assert list(pipeline.extract_many([article("a"), article("b")], Options(batch_size=1), workers=2)) == ["a", "b"]
    assert codes == [0, 0] and time.monotonic() - t0 < 5


def test_a_worker_whose_parent_is_gone_ends_quietly(monkeypatch, capfd):
    """A worker that finishes a batch after its parent went away (killed, or stopping the run) finds the
    pipe broken: it ends with exit code 0 and prints nothing, not multiprocessing's "Process ...:" header
    and a traceback."""
    from newsgraph.stage import Options

    with pool_with(monkeypatch, lambda batch: [a.name for a in batch]) as pipeline:
        ctx = multiprocessing.get_context("fork")
        mine, parents = ctx.Pipe()
        parents.send([article("a")])
        parents.close()  # the parent's end gone before the worker answers
        worker = ctx.Process(target=pipeline._serve, args=(mine, Options(), None, []))
        worker.start()
        worker.join(10)
    assert worker.exitcode == 0
    assert "Process" not in capfd.readouterr().err


def test_workers_ignore_ctrl_c(monkeypatch):
    """Ctrl-C reaches the whole process group: the parent stops the run, a worker carries on."""
    from newsgraph.stage import Options

    def work(batch):
        os.kill(os.getpid(), signal.SIGINT)
        time.sleep(0.05)
        return [a.name.upper() for a in batch]

    with pool_with(monkeypatch, work) as pipeline:
        got = list(pipeline.extract_many([article(n) for n in "abcd"], Options(batch_size=2), workers=2))
    assert got == ["A", "B", "C", "D"]


def test_a_worker_dead_between_batches_costs_nothing(monkeypatch):
    """The send to a worker that died idle fails: a fresh worker takes its place and the batch is
    done in full."""
    from newsgraph.stage import Options

    with pool_with(monkeypatch, lambda batch: [a.name.upper() for a in batch]) as pipeline:
        pool = pipeline._Pool(Options(), 2)
        try:
            dead = pool.workers[0].proc
            dead.kill()
            dead.join()
            batch = [article(n) for n in "abc"]
            job = pool.submit(batch)
            assert pool.result(job) == ["A", "B", "C"]
            assert pool.workers[0].proc is not dead and pool.workers[0].proc.is_alive()
            job2 = pool.submit(batch)
            assert pool.result(job2) == ["A", "B", "C"] and pool.deaths == 0
        finally:
            pool.close()
        assert not multiprocessing.active_children()


def test_a_job_is_done_when_its_result_or_all_its_parts_are():
    from newsgraph.pipeline import _Job

    job = _Job([1, 2])
    assert not job.done()
    job.parts = [_Job([1], retry=True), _Job([2], retry=True)]
    job.parts[0].result = ["one"]
    assert not job.done() and job.result is None
    job.parts[1].result = ["two"]
    assert job.done() and job.result == ["one", "two"]
    assert _Job([3]).retry is False and _Job([3]).parts == []


def test_a_worker_uses_the_pipeline_it_inherited_and_watches_its_parent(monkeypatch):
    """A forked worker builds no pipeline of its own (the parent's, made for these options, is
    inherited) and starts the watchdog that ends it with its parent."""
    import threading

    from newsgraph.stage import Options

    def work(batch):
        from newsgraph import pipeline

        watch = any(t.name == "newsgraph-parent-watch" for t in threading.enumerate())
        return [f"{pipeline._WORKER.options.batch_size} {watch}" for _ in batch]

    with pool_with(monkeypatch, work) as pipeline:
        built = []
        monkeypatch.setattr(pipeline, "settled_pipeline",
                            lambda options: built.append(options) or types.SimpleNamespace(options=options))
        got = list(pipeline.extract_many([article("a")], Options(batch_size=3), workers=2))
    assert got == ["3 True"] and built == [Options(batch_size=3)]


def test_workers_are_named_daemons(monkeypatch):
    """Daemons: multiprocessing ends them when the parent exits without closing the pool (a run
    abandoned halfway) instead of joining them forever; named so that `ps` says what they are."""
    from newsgraph.stage import Options

    with pool_with(monkeypatch, lambda batch: []) as pipeline:
        pool = pipeline._Pool(Options(), 2)
        try:
            assert [(w.proc.daemon, w.proc.name) for w in pool.workers] == [(True, "newsgraph-worker")] * 2
        finally:
            pool.close()


def test_a_run_given_up_kills_its_idle_workers_too_and_a_finished_one_tolerates_a_dead_worker(monkeypatch):
    from newsgraph.stage import Options

    with pool_with(monkeypatch, lambda batch: [a.name for a in batch]) as pipeline:
        codes = exit_codes_of_reaped(monkeypatch, pipeline)
        pool = pipeline._Pool(Options(), 2)
        pool.close(finished=False)  # both idle: killed all the same (a given-up run waits for nothing)
        assert codes == [-signal.SIGKILL] * 2
        pool = pipeline._Pool(Options(), 2)
        pool.workers[1].proc.kill()
        pool.workers[1].proc.join()
        pool.close()  # telling a dead worker to stop fails, quietly; by default the run is finished
        assert not multiprocessing.active_children()
        assert codes[2:] == [0, -signal.SIGKILL]  # the live worker was told to stop, not killed


def test_reaping_gives_a_worker_a_while_to_end_then_kills_it():
    from newsgraph.pipeline import _Worker

    def worker(exitcode):
        calls = []
        w = object.__new__(_Worker)
        w.proc = types.SimpleNamespace(exitcode=exitcode, join=lambda timeout=None: calls.append(("join", timeout)),
                                       kill=lambda: calls.append("kill"))
        w.conn = types.SimpleNamespace(close=lambda: calls.append("close"))
        w.reap()
        return calls

    hung = worker(None)
    assert hung[0][0] == "join" and 0 < hung[0][1] <= 30 and hung[1:] == ["kill", ("join", None), "close"]
    ended = worker(0)
    assert ended[0][0] == "join" and ended[0][1] is not None and ended[1:] == ["close"]


def test_a_worker_holds_no_other_workers_pipe(monkeypatch):
    """A forked worker inherits the parent's ends of the pipes of the workers made before it and
    closes them: they are not its to hold."""
    from newsgraph.stage import Options

    def work(batch):
        links = []
        for fd in os.listdir("/proc/self/fd"):
            with contextlib.suppress(OSError):  # the listing's own descriptor is gone by now
                links.append(os.readlink(f"/proc/self/fd/{fd}"))
        return links

    with pool_with(monkeypatch, work) as pipeline:
        pool = pipeline._Pool(Options(), 2)
        try:
            first = os.readlink(f"/proc/self/fd/{pool.workers[0].conn.fileno()}")
            jobs = [pool.submit([article("a")]), pool.submit([article("b")])]
            assert pool.workers[1].job is jobs[1]
            second_holds = pool.result(jobs[1])
            pool.result(jobs[0])
        finally:
            pool.close()
    assert first.startswith("socket:") and first not in second_holds


def test_a_worker_holds_not_even_the_parents_end_of_its_own_pipe(monkeypatch):
    """So when the parent closes its end, the worker reads an end of file and ends by itself."""
    from newsgraph.stage import Options

    with pool_with(monkeypatch, lambda batch: []) as pipeline:
        pool = pipeline._Pool(Options(), 2)
        try:
            pool.workers[1].conn.close()
            pool.workers[1].proc.join(timeout=10)
            assert pool.workers[1].proc.exitcode == 0 and pool.workers[0].proc.is_alive()
        finally:
            pool.close()


def test_one_worker_or_none_given_runs_in_this_process(monkeypatch):
    """The default (and workers=1) runs the pipeline here, on the options given, starting no process."""
    from newsgraph.stage import Options

    with pool_with(monkeypatch, lambda batch: ["in a worker"] * len(batch)) as pipeline:
        def here(options):
            return types.SimpleNamespace(options=options, run=lambda arts: [f"{a.name} {options.batch_size}" for a in arts])

        monkeypatch.setattr(pipeline, "settled_pipeline", here)
        arts = [article("a"), article("b")]
        assert list(pipeline.extract_many(arts, Options(batch_size=5))) == ["a 5", "b 5"]
        assert list(pipeline.extract_many(arts, Options(batch_size=5), workers=1)) == ["a 5", "b 5"]
        assert not multiprocessing.active_children()


def test_input_is_read_lazily_at_most_twice_the_workers_batches_ahead(monkeypatch):
    """Before the first result is handed on, the pool has been given the workers' batches and as many
    again to keep them busy, and one more: no more of the input is read (a long input is not all held)."""
    from newsgraph.stage import Options

    read = []

    def articles():
        for i in range(20):
            read.append(i)
            yield article(f"a{i}")

    with pool_with(monkeypatch, lambda batch: [a.name for a in batch]) as pipeline:
        it = pipeline.extract_many(articles(), Options(batch_size=1), workers=2)
        assert next(it) == "a0" and len(read) == 2 * 2 + 1
        assert list(it) == [f"a{i}" for i in range(1, 20)]
        assert pipeline._WORKER is None  # the parent's copy of the pipeline is not kept past the run


def test_a_run_given_up_through_extract_many_kills_its_idle_worker(monkeypatch):
    from newsgraph.stage import Options


    def work(batch):
        raise ValueError("a bug in a stage")

    with pool_with(monkeypatch, work) as pipeline:
        codes = exit_codes_of_reaped(monkeypatch, pipeline)
        with pytest.raises(ValueError, match="a bug in a stage"):
            list(pipeline.extract_many([article("a")], Options(batch_size=1), workers=2))
    assert codes == [-signal.SIGKILL] * 2  # the busy one and the idle one


def test_the_pool_uses_the_start_method_asked_for(monkeypatch):
    """NEWSGRAPH_START_METHOD=spawn is honoured (no worker is started here: none is asked for)."""
    from newsgraph import pipeline
    from newsgraph.stage import Options

    monkeypatch.setenv("NEWSGRAPH_START_METHOD", "spawn")
    monkeypatch.setattr(pipeline, "settled_pipeline", lambda options: pytest.fail("spawned workers build their own"))
    pool = pipeline._Pool(Options(), 0)
    assert pool.ctx.get_start_method() == "spawn" and pool.fork is False
    pool.close()
