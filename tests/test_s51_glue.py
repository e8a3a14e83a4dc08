"""benchmarks/glue.py (session 51, s51-glue): the CPU breakdown of `newsgraph extract` around the parse and the
stages. It times functions by wrapping them where the run looks them up, so a wrapper must hand back what the
function returns (or raises) unchanged, a wrapped generator must yield the same items, and every function it names
must still exist under that name (a rename would make the benchmark fail, or time nothing). The end-to-end test runs
it on the demo and checks the output is byte-for-byte what a plain `extract` writes."""

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def glue():
    spec = importlib.util.spec_from_file_location("glue_bench", ROOT / "benchmarks" / "glue.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_timed_returns_and_raises_as_the_function_does_and_counts_each_call(glue):
    class Owner:
        @staticmethod
        def twice(x):
            if x is None:
                raise ValueError("none")
            return 2 * x

    glue.timed(Owner, "twice", "row")
    assert Owner.twice(4) == 8
    with pytest.raises(ValueError, match="none"):
        Owner.twice(None)
    assert glue.N["row"] == 2 and glue.T["row"] >= 0


def test_timed_generator_yields_the_same_items_and_counts_each(glue):
    class Owner:
        @staticmethod
        def count(n):
            yield from range(n)

    glue.timed_generator(Owner, "count", "gen")
    assert list(Owner.count(3)) == [0, 1, 2]
    assert glue.N["gen"] == 3


def test_every_function_the_benchmark_wraps_exists_under_that_name():
    import newsgraph.cli as cli
    import newsgraph.model as model
    import newsgraph.nlp as nlp
    import newsgraph.pipeline as pipeline
    import newsgraph.read as read

    named = {cli: ["run_options", "_DocWriter"], nlp: ["load", "chunk_bounds", "_pipe", "join_docs"],
             pipeline: ["label_sections", "require_english", "content_id", "Pipeline"], read: ["read_paths"],
             model: ["Document"]}
    for module, names in named.items():
        for name in names:
            assert hasattr(module, name), f"{module.__name__}.{name}"
    spec = importlib.util.spec_from_file_location("glue_names", ROOT / "benchmarks" / "glue.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    for name in module.REPAIRS:
        assert callable(getattr(nlp, name)), name


@pytest.mark.slow
def test_the_breakdown_runs_extract_and_writes_what_extract_writes(tmp_path):
    demo = str(ROOT / "examples" / "rubio-iraq-maliki.txt")
    env_py = sys.executable
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}  # this checkout's newsgraph, not an installed one
    plain, timed = tmp_path / "plain.jsonl", tmp_path / "timed.jsonl"
    subprocess.run([env_py, "-m", "newsgraph", "extract", demo, "-f", "jsonl", "-q", "-o", str(plain)], check=True,
                   cwd=ROOT, env=env)
    command = [env_py, "benchmarks/glue.py", "--handover", "--", demo, "-f", "jsonl", "-q", "-o", str(timed)]
    out = subprocess.run(command, check=True, cwd=ROOT, env=env, capture_output=True, text=True).stdout
    assert timed.read_bytes() == plain.read_bytes()
    assert "parse: spaCy nlp.pipe, every component" in out and "total CPU of the process, 1 articles" in out
    assert "hand-over, 1 Documents" in out
