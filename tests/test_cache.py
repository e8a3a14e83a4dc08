"""The on-disk cache of tables built from the package's data (cache.py) and the worker start-up that
relies on it (pipeline: workers forked from a parent that built the pipeline once)."""

from __future__ import annotations

import os
import pickle
import re

import pytest

from newsgraph import cache


def _counting(value):
    calls = []

    def build():
        calls.append(1)
        return value

    return build, calls


def test_built_once_then_read_from_disk(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSGRAPH_CACHE", str(tmp_path / "c"))
    src = tmp_path / "table.txt"
    src.write_text("a\tb\n")
    build, calls = _counting({"a": ("b", 1)})
    assert cache.cached("t", [src], build) == {"a": ("b", 1)}
    assert cache.cached("t", [src], build) == {"a": ("b", 1)}
    assert len(calls) == 1
    (written,) = os.listdir(tmp_path / "c")
    assert re.fullmatch(r"t-[0-9a-f]{16}\.pickle", written), written
    with open(tmp_path / "c" / written, "rb") as fh:
        assert pickle.load(fh) == {"a": ("b", 1)}


def test_a_changed_input_builds_afresh(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSGRAPH_CACHE", str(tmp_path / "c"))
    src = tmp_path / "table.txt"
    src.write_text("one")
    assert cache.cached("t", [src], lambda: 1) == 1
    src.write_text("two")
    assert cache.cached("t", [src], lambda: 2) == 2
    assert len(os.listdir(tmp_path / "c")) == 2


def test_a_table_built_with_other_packages_is_kept_apart(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSGRAPH_CACHE", str(tmp_path / "c"))
    assert cache.cached("t", [], lambda: "plain") == "plain"
    assert cache.cached("t", [], lambda: "with yaml", packages=("pyyaml",)) == "with yaml"
    assert len(os.listdir(tmp_path / "c")) == 2


def test_the_key_covers_names_contents_and_package_versions(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("x")
    b.write_text("x")
    assert cache.fingerprint([a]) != cache.fingerprint([b])  # same bytes, another file
    assert cache.fingerprint([a]) == cache.fingerprint([a])
    assert cache.fingerprint([a]) != cache.fingerprint([a], packages=("pyyaml",))
    assert cache.fingerprint([tmp_path / "gone"]) != cache.fingerprint([])


def test_a_damaged_copy_is_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSGRAPH_CACHE", str(tmp_path))
    src = tmp_path / "src"
    src.write_text("s")
    path = tmp_path / f"t-{cache.fingerprint([src])}.pickle"
    path.write_bytes(b"not a pickle")
    build, calls = _counting([1, 2])
    assert cache.cached("t", [src], build) == [1, 2]
    assert calls == [1]
    with open(path, "rb") as fh:
        assert pickle.load(fh) == [1, 2]


def test_no_writable_directory_only_means_building_each_time(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv("NEWSGRAPH_CACHE", str(blocker / "sub"))  # a directory under a file cannot exist
    build, calls = _counting("v")
    assert cache.cached("t", [], build) == "v"
    assert cache.cached("t", [], build) == "v"
    assert len(calls) == 2


def test_directory_follows_the_environment(monkeypatch):
    monkeypatch.delenv("NEWSGRAPH_CACHE", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", "/x/cache")
    assert cache.directory() == "/x/cache/newsgraph"
    monkeypatch.setenv("NEWSGRAPH_CACHE", "/y")
    assert cache.directory() == "/y"
    monkeypatch.delenv("NEWSGRAPH_CACHE")
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", "/home/u")
    assert cache.directory() == "/home/u/.cache/newsgraph"


def test_cached_tables_equal_freshly_built_ones(tmp_path, monkeypatch):
    """The real users: what comes back from the cache is what the parser builds."""
    from newsgraph.actors import phoenix, phoenix_table, tables
    from newsgraph.events import lexicon, petrarch_verbs

    monkeypatch.setenv("NEWSGRAPH_CACHE", str(tmp_path))
    for fn in (phoenix.entries, tables.big_cities, lexicon.builtin_cameo):
        fn.cache_clear()
    try:
        first = (phoenix.entries(), tables.big_cities())
        assert len(os.listdir(tmp_path)) == 2
        phoenix.entries.cache_clear()
        tables.big_cities.cache_clear()
        again = (phoenix.entries(), tables.big_cities())
        assert again == first and again[0] is not first[0]
        assert first[0] == phoenix_table._read() and first[1] == tables._big_cities()
        verbs = lexicon.builtin_cameo()
        fresh = petrarch_verbs.load(lexicon.BUILTIN_CAMEO)
        assert len(os.listdir(tmp_path)) == 3
        assert pickle.dumps(verbs) == pickle.dumps(fresh)
    finally:
        for fn in (phoenix.entries, tables.big_cities, lexicon.builtin_cameo):
            fn.cache_clear()


# --- workers ---------------------------------------------------------------------------------------


def test_a_forked_worker_keeps_the_pipeline_its_parent_built(monkeypatch):
    from newsgraph import pipeline
    from newsgraph.stage import Options

    class Built:
        options = Options(batch_size=7)

    parent = Built()
    monkeypatch.setattr(pipeline, "_WORKER", parent)
    pipeline._init_worker(Options(batch_size=7))
    assert pipeline._WORKER is parent  # same options: nothing rebuilt


def test_a_worker_with_other_options_builds_its_own(monkeypatch):
    from newsgraph import pipeline
    from newsgraph.stage import Options

    class Built:
        options = Options(batch_size=7)

    made = []
    monkeypatch.setattr(pipeline, "_WORKER", Built())
    monkeypatch.setattr(pipeline, "Pipeline", lambda options: made.append(options) or "new")
    monkeypatch.setattr(pipeline, "_settle", lambda: None)
    pipeline._init_worker(Options(batch_size=8))
    assert made == [Options(batch_size=8)] and pipeline._WORKER == "new"


@pytest.mark.parametrize("wanted", ["fork", "spawn", "forkserver"])
def test_the_start_method_can_be_forced(monkeypatch, wanted):
    from newsgraph import pipeline

    monkeypatch.setenv("NEWSGRAPH_START_METHOD", wanted)
    assert pipeline._start_method() == wanted


def test_the_start_method_is_fork_on_linux_only(monkeypatch):
    from newsgraph import pipeline

    monkeypatch.delenv("NEWSGRAPH_START_METHOD", raising=False)
    monkeypatch.setenv("NEWSGRAPH_START_METHOD", "bogus")  # not a method: ignored
    monkeypatch.setattr(pipeline.sys, "platform", "linux")
    assert pipeline._start_method() == "fork"
    monkeypatch.setattr(pipeline.sys, "platform", "darwin")
    assert pipeline._start_method() == "spawn"


def test_several_workers_keep_numeric_libraries_to_one_thread_each(monkeypatch):
    from newsgraph.cli import one_core_each

    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        monkeypatch.delenv(var, raising=False)
    one_core_each(1)
    assert "OPENBLAS_NUM_THREADS" not in os.environ and "OMP_NUM_THREADS" not in os.environ
    monkeypatch.setenv("MKL_NUM_THREADS", "3")  # a user's own choice stays
    one_core_each(2)
    assert [os.environ.get(v) for v in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")] == ["1", "1", "3"]


def test_a_pipeline_loads_the_language_model_when_built(monkeypatch):
    """So that forked workers inherit it rather than each reading it on their first article."""
    from newsgraph import read
    from newsgraph.pipeline import Pipeline
    from newsgraph.stage import Options

    monkeypatch.setattr(read, "_IDENTIFIER", None)
    Pipeline(Options(check_language=False), stages=[])
    assert read._IDENTIFIER is None
    Pipeline(Options(), stages=[])
    assert read._IDENTIFIER is not None


def test_the_language_model_is_read_from_the_cache(tmp_path, monkeypatch):
    """The identifier is built from py3langid's compressed model once, then read from the cache, and
    the cached one ranks languages exactly as the freshly built one does."""
    from newsgraph import read

    monkeypatch.setenv("NEWSGRAPH_CACHE", str(tmp_path))
    monkeypatch.setattr(read, "_IDENTIFIER", None)
    fresh = read.language_identifier()
    assert [p.name.split("-")[0] for p in tmp_path.iterdir()] == ["langid"]
    monkeypatch.setattr(read, "_IDENTIFIER", None)
    monkeypatch.setattr(read, "_read_identifier", lambda: pytest.fail("built again instead of read from the cache"))
    cached = read.language_identifier()
    assert cached is not fresh
    for text in ("The minister said on Monday that the talks would go on.", "Die Bundesregierung hat am Montag beschlossen."):
        assert cached.rank(text) == fresh.rank(text)


@pytest.mark.parametrize("workers", [1, 2])
def test_a_run_gives_the_garbage_collector_back_what_it_froze(monkeypatch, workers):
    """extract_many freezes what it built (so forked workers share its pages); once the run is over the
    caller's objects must be collectable again, or a long-lived caller leaks every run's garbage."""
    import gc
    from newsgraph import pipeline
    from newsgraph.stage import Options

    class Fake:
        def __init__(self, options):
            self.options = options

        def run(self, articles):
            assert gc.get_freeze_count() > 0  # the run itself happens frozen
            yield from articles

    monkeypatch.setattr(pipeline, "Pipeline", Fake)
    gc.unfreeze()
    if workers == 1:
        assert list(pipeline.extract_many([], Options(), workers=1)) == []
    else:
        monkeypatch.setenv("NEWSGRAPH_START_METHOD", "fork")
        pool = pipeline._Pool(Options(), workers)
        assert gc.get_freeze_count() > 0
        pool.close()
    assert gc.get_freeze_count() == 0


def test_builtin_verbs_are_keyed_by_every_module_whose_objects_the_pickle_holds(monkeypatch):
    """The pickled CAMEO.2.0 dictionary holds petrarch_verbs' patterns and petrarch_transform's `~`
    rules: a change to either module's code must miss the old pickle."""
    from newsgraph import cache
    from newsgraph import dictionary_files
    from newsgraph.events import lexicon, petrarch_transform, petrarch_verbs

    seen = {}
    monkeypatch.setattr(cache, "cached", lambda name, files, build, packages=(): seen.setdefault(name, list(files)))
    lexicon.builtin_cameo.cache_clear()
    try:
        lexicon.builtin_cameo()
    finally:
        lexicon.builtin_cameo.cache_clear()
    assert {petrarch_verbs.__file__, petrarch_transform.__file__, str(lexicon.BUILTIN_CAMEO)} <= set(map(str, seen["cameo-verbs"]))
    assert dictionary_files.__file__ in map(str, seen["cameo-verbs"])  # (its comment reader: session 57)


def test_the_phoenix_tables_are_keyed_by_the_shared_dictionary_reader(monkeypatch):
    """phoenix_table reads the file through cameo_dict, whose comment reader lives in dictionary_files: a change
    there must miss the old pickles of the table and of its acronym index."""
    from newsgraph import cache, dictionary_files
    from newsgraph.actors import phoenix, phoenix_table

    seen = {}
    monkeypatch.setattr(cache, "cached", 
                        lambda name, files, build, packages=(): (seen.setdefault(name, list(files)), build())[1])
    phoenix_table.entries.cache_clear()
    try:
        phoenix._cached_acronyms(phoenix_table.entries())  # (the index is kept only for the table's own entries)
    finally:
        phoenix_table.entries.cache_clear()
    for name in ("phoenix-actors", "phoenix-acronyms"):
        assert dictionary_files.__file__ in map(str, seen[name]), name


def test_the_stages_are_built_with_the_collector_paused_and_it_is_switched_back_on(monkeypatch):
    """Each full collection during the build walked every object already made (0.6 s of CPU before any
    worker could start); the collector must be off while the stages build, and on again after, as it was."""
    import gc
    from newsgraph import pipeline
    from newsgraph.stage import Stage

    seen = []

    class Probe(Stage):
        name = "probe"

        def __init__(self, nlp, settings=None):
            super().__init__(nlp, settings)
            seen.append(gc.isenabled())

        def __call__(self, doc, parse):
            pass

    assert gc.isenabled()
    pipeline.Pipeline(stages=[Probe])
    assert seen == [False] and gc.isenabled()
    gc.disable()  # a caller that switched it off keeps it off
    try:
        pipeline.Pipeline(stages=[Probe])
        assert not gc.isenabled()
    finally:
        gc.enable()
    with pytest.raises(RuntimeError):  # and a failing build leaves it as it was too
        with pipeline.collector_paused():
            raise RuntimeError
    assert gc.isenabled()


def test_settling_freezes_without_a_full_collection():
    """A full collection before freezing walked everything the build made (0.2 s) to find a few hundred
    objects of garbage: _settle only freezes."""
    import gc
    from newsgraph import pipeline

    collections = []

    def note(phase, info):
        if phase == "start":
            collections.append(info["generation"])

    gc.callbacks.append(note)
    try:
        pipeline._settle()
        assert gc.get_freeze_count() > 0 and collections == []
    finally:
        gc.callbacks.remove(note)
        pipeline._unsettle()
