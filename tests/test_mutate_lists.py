"""scripts/mutate.py (`make mutate`) names each core module's source and its test files; a renamed or removed
file there would make the mutation run test a module against nothing, or fail only hours into the run."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _modules() -> dict:
    spec = importlib.util.spec_from_file_location("mutate_script", ROOT / "scripts" / "mutate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.MODULES


def test_every_listed_source_and_test_file_exists():
    missing = [(name, path) for name, (source, tests) in _modules().items()
               for path in [source, *tests] if not (ROOT / path).is_file()]
    assert missing == []


def test_the_core_modules_are_all_listed():
    assert {"model", "timex", "times", "quotes", "structure", "read", "coder"} <= set(_modules())


def test_times_is_tested_by_the_later_sessions_files_too():
    tests = _modules()["times"][1]
    assert len(tests) == len(set(tests))
    assert "tests/test_s23_mutcore.py" in tests and "tests/test_times_s21b.py" in tests
