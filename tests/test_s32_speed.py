"""A batch run's collector thresholds (pipeline.RUN_GC_THRESHOLD, session 32, s32-speed): set where the run starts
(`_settle`), inherited by forked workers, and the caller's given back when the run ends however it ends, so that a
notebook or a server that ran a batch does not keep the run's setting. No spaCy model is loaded: the pipeline is a
stand-in that reports the thresholds it ran under."""

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
        module._SETTLED_RUNS.update(count=0, caller=None)


def test_a_run_has_the_run_thresholds_and_the_caller_gets_its_own_back(pipeline):
    got = list(pipeline.extract_many(["a", "b", "c"], workers=1))
    assert got == [(name, pipeline.RUN_GC_THRESHOLD) for name in "abc"]
    assert gc.get_threshold() == CALLER and gc.get_freeze_count() == 0


def test_the_run_setting_is_not_pythons_default():
    from newsgraph import pipeline as module

    assert module.RUN_GC_THRESHOLD[0] > 700 and module.RUN_GC_THRESHOLD[1:] == (10, 10)


def test_a_run_that_fails_or_is_left_halfway_gives_the_thresholds_back(pipeline):
    with pytest.raises(RuntimeError):
        list(pipeline.extract_many(["a", "boom", "c"], workers=1))
    assert gc.get_threshold() == CALLER
    run = pipeline.extract_many(["a", "b", "c"], workers=1)
    assert next(run) == ("a", pipeline.RUN_GC_THRESHOLD) and gc.get_threshold() == pipeline.RUN_GC_THRESHOLD
    run.close()  # a caller that stops reading
    assert gc.get_threshold() == CALLER and gc.get_freeze_count() == 0


def test_two_runs_at_once_keep_the_setting_until_the_last_ends(pipeline):
    first = pipeline.extract_many(["a", "b"], workers=1)
    second = pipeline.extract_many(["x", "y"], workers=1)
    assert next(first)[1] == pipeline.RUN_GC_THRESHOLD
    assert next(second)[1] == pipeline.RUN_GC_THRESHOLD
    assert list(first) == [("b", pipeline.RUN_GC_THRESHOLD)]
    assert gc.get_threshold() == pipeline.RUN_GC_THRESHOLD  # the second run is still on
    assert list(second) == [("y", pipeline.RUN_GC_THRESHOLD)]
    assert gc.get_threshold() == CALLER


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs fork (Linux)")
def test_forked_workers_run_with_the_run_thresholds_and_the_parent_gets_its_own_back(pipeline):
    run = pipeline.extract_many([f"t{i}" for i in range(20)], workers=2)
    first = next(run)
    assert gc.get_threshold() == pipeline.RUN_GC_THRESHOLD
    got = [first, *run]
    assert [name for name, _ in got] == [f"t{i}" for i in range(20)]
    assert {tuple(t) for _, t in got} == {pipeline.RUN_GC_THRESHOLD}
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
    assert pool.workers and gc.get_freeze_count() == frozen and gc.get_threshold() == CALLER


def test_an_unsettle_without_a_run_does_not_upset_the_next_run(pipeline):
    pipeline._unsettle()  # as a pool's close does whatever happened before it
    assert gc.get_threshold() == CALLER
    assert list(pipeline.extract_many(["a"], workers=1)) == [("a", pipeline.RUN_GC_THRESHOLD)]
    assert gc.get_threshold() == CALLER
