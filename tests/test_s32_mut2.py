"""Session 32, s32-mut2: tests that kill the surviving mutants of s32-triple's and s32-speed's changed lines
(docs/testing.md, "Session 32, s32-mut2"). Own sentences only."""

import gc
import types
from pathlib import Path

import pytest


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs fork (Linux)")
def test_a_pool_that_cannot_start_its_workers_stops_the_started_ones_at_once(monkeypatch):
    """A failed start is no finished run: each worker already started is stopped now (not asked to finish its work)
    and reaped, and the error reaches the caller (`_Pool.__init__`, s32-speed)."""
    from newsgraph import pipeline as module

    class Stand:
        def __init__(self, options):
            self.options = options

    monkeypatch.setattr(module, "Pipeline", Stand)
    monkeypatch.setenv("NEWSGRAPH_START_METHOD", "fork")
    calls = []

    def worker(*args):
        if len(calls) == 2:
            raise OSError("no more processes")
        n = len(calls)
        calls.append([])
        return types.SimpleNamespace(job=None, conn=None, stop=lambda now: calls[n].append(("stop", now)),
                                     reap=lambda: calls[n].append("reap"))

    monkeypatch.setattr(module, "_Worker", worker)
    try:
        with pytest.raises(OSError, match="no more processes"):
            module._Pool(module.Options(), 3)
    finally:
        gc.unfreeze()
    assert calls == [[("stop", True), "reap"], [("stop", True), "reap"]]
    assert gc.get_freeze_count() == 0
