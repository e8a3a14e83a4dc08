"""`ingest --workers N` limits numeric thread pools before numpy is first imported (s47-splitweb found the
limit set after `corpus.ingest` had loaded numpy, so OpenBLAS started its own pool in every forked worker)."""
import os
import subprocess
import sys
import textwrap

PROBE = textwrap.dedent('''
    import os, sys, importlib.abc
    seen = {}
    class Hook(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path, target=None):
            if name == "numpy" and "env" not in seen:
                seen["env"] = os.environ.get("OPENBLAS_NUM_THREADS", "unset")
            return None
    sys.meta_path.insert(0, Hook())
    from typer.testing import CliRunner
    from newsgraph.cli import app
    r = CliRunner().invoke(app, ["ingest", sys.argv[1], "--workers", sys.argv[2], "--db", sys.argv[3]])
    print(seen.get("env", "never"), r.exit_code)
''')


def _numpy_env(tmp_path, workers: str) -> list[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS",
                                                            "MKL_NUM_THREADS")}
    env["PYTHONPATH"] = os.path.join(os.path.dirname(os.path.dirname(__file__)), "src")
    out = subprocess.run([sys.executable, "-c", PROBE, str(tmp_path / "missing.jsonl"), workers,
                          str(tmp_path / "c.duckdb")], capture_output=True, text=True, env=env, timeout=120)
    return out.stdout.split()


def test_thread_limit_is_set_before_numpy_loads(tmp_path):
    assert _numpy_env(tmp_path, "2") == ["1", "1"]  # the limit seen at numpy's import; exit 1 (missing input)


def test_one_worker_leaves_thread_pools_alone(tmp_path):
    assert _numpy_env(tmp_path, "1") == ["unset", "1"]
