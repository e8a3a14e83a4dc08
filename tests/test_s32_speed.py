"""A batch run leaves the caller's cyclic collector as it found it (session 32, s32-speed): its thresholds, and no
object left frozen by `_settle`, however the run ends (finished, failed, left halfway, a pool that could not start
its workers), so that a notebook or a server that ran a batch does not inherit the run's collector state. A process
setting for the run (session 32 measured a raised young threshold, docs/benchmarks.md) must keep these passing. No
spaCy model is loaded: the pipeline is a stand-in that reports the thresholds it ran under."""

import contextlib
import gc
import signal
import types
from pathlib import Path

import pytest

CALLER = (555, 7, 3)  # not Python's defaults: the test must see the caller's own values come back


@pytest.fixture
def pipeline(monkeypatch):
    from newsgraph import pipeline as module

    class Stand:
        def __init__(self, options):
            self.options = options

        def run(self, articles):
            for art in articles:
                if art == "boom":
                    raise RuntimeError("a stage failed")
                yield (art, gc.get_threshold())

        def _run_batch(self, batch):  # what a worker runs: the thresholds it has, one per input
            return [(art, gc.get_threshold()) for art in batch]

    monkeypatch.setattr(module, "Pipeline", Stand)
    monkeypatch.setenv("NEWSGRAPH_START_METHOD", "fork")
    before = gc.get_threshold()
    gc.set_threshold(*CALLER)
    old = signal.signal(signal.SIGALRM, lambda *_: (_ for _ in ()).throw(TimeoutError("the run hung")))
    signal.alarm(20)
    try:
        yield module
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)
        gc.set_threshold(*before)
        gc.unfreeze()


def run_setting(module):
    """The thresholds a run has: what `_settle` leaves (undone at once)."""
    module._settle()
    try:
        return gc.get_threshold()
    finally:
        module._unsettle()
        gc.set_threshold(*CALLER)


def test_a_run_freezes_the_build_and_the_caller_gets_its_collector_back(pipeline):
    frozen = []
    pipeline.Pipeline.run, run = (lambda self, arts: (frozen.append(gc.get_freeze_count()) or a for a in arts)), \
        pipeline.Pipeline.run
    try:
        assert [a for a in pipeline.extract_many(["a", "b", "c"], workers=1)] == ["a", "b", "c"]
    finally:
        pipeline.Pipeline.run = run
    assert min(frozen) > 0  # the build was out of the collector's reach during the run
    assert gc.get_threshold() == CALLER and gc.get_freeze_count() == 0


def test_a_run_that_fails_or_is_left_halfway_gives_the_thresholds_back(pipeline):
    setting = run_setting(pipeline)
    with pytest.raises(RuntimeError):
        list(pipeline.extract_many(["a", "boom", "c"], workers=1))
    assert gc.get_threshold() == CALLER
    run = pipeline.extract_many(["a", "b", "c"], workers=1)
    assert next(run) == ("a", setting) and gc.get_threshold() == setting
    run.close()  # a caller that stops reading
    assert gc.get_threshold() == CALLER and gc.get_freeze_count() == 0


def test_two_runs_at_once_keep_the_setting_until_the_last_ends(pipeline):
    setting = run_setting(pipeline)
    first = pipeline.extract_many(["a", "b"], workers=1)
    second = pipeline.extract_many(["x", "y"], workers=1)
    assert next(first)[1] == setting
    assert next(second)[1] == setting
    assert list(first) == [("b", setting)]
    assert gc.get_threshold() == setting  # the second run is still on
    assert list(second) == [("y", setting)]
    assert gc.get_threshold() == CALLER


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs fork (Linux)")
def test_forked_workers_run_with_the_run_thresholds_and_the_parent_gets_its_own_back(pipeline):
    setting = run_setting(pipeline)
    run = pipeline.extract_many([f"t{i}" for i in range(20)], workers=2)
    first = next(run)
    assert gc.get_threshold() == setting
    got = [first, *run]
    assert [name for name, _ in got] == [f"t{i}" for i in range(20)]
    assert {tuple(t) for _, t in got} == {setting}
    assert gc.get_threshold() == CALLER and gc.get_freeze_count() == 0


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs fork (Linux)")
def test_a_pool_that_cannot_start_its_workers_gives_the_thresholds_back(pipeline, monkeypatch):
    started = []

    def worker(*args):
        if started:
            raise OSError("no more processes")
        started.append(types.SimpleNamespace(job=None, conn=None, stop=lambda now: None, reap=lambda: None))
        return started[-1]

    monkeypatch.setattr(pipeline, "_Worker", worker)
    with pytest.raises(OSError):
        list(pipeline.extract_many(["a", "b"], workers=2))
    assert gc.get_threshold() == CALLER and gc.get_freeze_count() == 0


def test_a_spawning_pool_leaves_the_callers_freeze_alone(pipeline, monkeypatch):
    """Under spawn the parent settles nothing, so closing the pool must not undo what someone else did."""
    monkeypatch.setenv("NEWSGRAPH_START_METHOD", "spawn")
    monkeypatch.setattr(pipeline, "_Worker", lambda *args: types.SimpleNamespace(job=None, stop=lambda now: None,
                                                                                 reap=lambda: None))
    gc.freeze()
    frozen = gc.get_freeze_count()
    with contextlib.closing(pipeline._Pool(pipeline.Options(), 2)) as pool:
        assert gc.get_threshold() == CALLER
    # An unfreeze would empty the permanent generation; a frozen object that dies meanwhile leaves it, so the count
    # may fall by a few (a mutation run's long-lived process saw 2), never to nothing.
    assert frozen > 1000 and pool.workers and frozen - 100 <= gc.get_freeze_count() <= frozen
    assert gc.get_threshold() == CALLER


def test_an_unsettle_without_a_run_does_not_upset_the_next_run(pipeline):
    setting = run_setting(pipeline)
    pipeline._unsettle()  # as a pool's close does whatever happened before it
    assert gc.get_threshold() == CALLER
    assert list(pipeline.extract_many(["a"], workers=1)) == [("a", setting)]
    assert gc.get_threshold() == CALLER
