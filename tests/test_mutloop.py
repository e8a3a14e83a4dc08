"""scripts/mutloop.py, the fast mutation loop, on a project of two files made here."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "mutloop.py"
sys.path.insert(0, str(SCRIPT.parent))
import mutloop  # noqa: E402

MODULE = '''\
def count_up(n):
    i = 0
    while i < n:
        i += 1
    return i


def double(x):
    return x * 2


def unused(x):
    return x - 1
'''
TESTS = '''\
from pkg.mod import count_up, double


def test_double(pipeline, calls_mutated):
    assert double(3) == 6


def test_count_up(pipeline, calls_mutated):
    assert count_up(3) == 3
'''
# a session fixture named `pipeline` is kept for all mutants (made once); one whose making runs mutated code
# is not, even when asked to be (--keep calls_mutated): it is made again for every pass
CONFTEST = '''\
import os

import pytest

from pkg.mod import double


@pytest.fixture(scope="session")
def pipeline():
    with open(os.environ["MADE_LOG"], "a") as fh:
        fh.write("pipeline\\n")
    return object()


@pytest.fixture(scope="session")
def calls_mutated():
    value = double(1)
    with open(os.environ["MADE_LOG"], "a") as fh:
        fh.write("calls\\n")
    return value
'''


def test_only_the_chosen_functions_are_mutated_and_numbered_as_mutmut_does():
    code, names = mutloop.mutate_functions("src/pkg/mod.py", MODULE, ["double"])
    assert names == ["x_double__mutmut_1", "x_double__mutmut_2"]  # x * 2 -> x / 2, x * 3
    assert "x_count_up__mutmut" not in code and "def count_up(n):" in code
    _, all_names = mutloop.mutate_functions("src/pkg/mod.py", MODULE, [])
    assert [n for n in all_names if n.startswith("x_double")] == names


def test_a_mutant_diff_shows_the_changed_line_under_the_original_name():
    code, _ = mutloop.mutate_functions("src/pkg/mod.py", MODULE, ["double"])
    diff = mutloop.mutant_diff(code, "x_double__mutmut_1")
    assert "-    return x * 2\n+    return x / 2\n" in diff
    assert "def double(x):" in diff and "mutmut" not in diff.split("\n", 2)[2]


def test_changed_functions_ignore_docstrings_and_comments():
    before = mutloop._function_sources("def f(x):\n    return x\n\nclass C:\n    def m(self):\n        return 1\n")
    after = mutloop._function_sources('def f(x):\n    """Doc."""\n    return x  # why\n\nclass C:\n'
                                      '    def m(self):\n        return 2\n')
    assert [k for k in after if after[k] != before.get(k)] == ["C.m"]


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    root = tmp_path_factory.mktemp("proj")
    (root / "src" / "pkg").mkdir(parents=True)
    (root / "src" / "pkg" / "__init__.py").write_text("")
    (root / "src" / "pkg" / "mod.py").write_text(MODULE)
    (root / "tests").mkdir()
    (root / "tests" / "test_mod.py").write_text(TESTS)
    (root / "tests" / "conftest.py").write_text(CONFTEST)
    work = root / "work"
    log = root / "made.log"
    proc = subprocess.run([sys.executable, str(SCRIPT), "run", "--module", "src/pkg/mod.py", "--only", "count_up",
                           "--only", "double", "--only", "unused", "--tests", "tests/test_mod.py", "--work", str(work),
                           "--timeout", "2", "--no-memo", "--keep", "pipeline", "--keep", "calls_mutated", "--project", str(root)],
                          capture_output=True, text=True, timeout=300, env={**os.environ, "MADE_LOG": str(log)})
    rows = {r[0]: r[1:] for r in mutloop.read_out(work)}
    return proc, rows, work


def test_every_mutant_gets_killed_survived_or_timeout_with_the_killing_test(run):
    proc, rows, _ = run
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert rows["x_double__mutmut_1"] == ["killed", "tests/test_mod.py::test_double"]
    assert rows["x_double__mutmut_2"] == ["killed", "tests/test_mod.py::test_double"]
    # `while i < n` -> `while i <= n` counts to 4
    assert rows["x_count_up__mutmut_3"] == ["killed", "tests/test_mod.py::test_count_up"]
    # `i += 1` -> `i -= 1` (and `i = 1`) never end: the time limit stops them
    assert rows["x_count_up__mutmut_5"] == ["timeout", "tests/test_mod.py::test_count_up"]
    assert rows["x_count_up__mutmut_4"] == ["timeout", "tests/test_mod.py::test_count_up"]
    # no test calls `unused`: its mutants are not run
    assert {n: r for n, r in rows.items() if n.startswith("x_unused")} == {
        "x_unused__mutmut_1": ["no tests", ""], "x_unused__mutmut_2": ["no tests", ""]}
    assert len(rows) == 10
    assert "clean twice" in proc.stdout


def test_fixtures_are_made_afresh_for_every_mutant_except_kept_ones(run):
    proc, rows, work = run
    made = (work.parent / "made.log").read_text().split()
    assert made.count("pipeline") == 1
    # the first clean pass, the second (each test alone, to see what it calls), each mutant that has tests,
    # the last clean pass
    assert made.count("calls") == 1 + 2 + (len(rows) - 2) + 1
    assert "fixture calls_mutated not kept (MutmutProgrammaticFailException)" in proc.stdout


def test_the_original_source_is_untouched_and_survivors_are_listed(run, tmp_path):
    proc, rows, work = run
    assert (work / "original.py").read_text() == MODULE
    assert (work.parent / "src" / "pkg" / "mod.py").read_text() == MODULE
    summary = (work / "summary.txt").read_text()
    assert summary.startswith(f"{len(rows)} mutants: ")
    survived = [n for n, (s, _) in rows.items() if s == "survived"]
    assert all(f"survived: {n}" in summary for n in survived)


def test_every_test_runs_against_every_mutant_with_all_tests(tmp_path):
    (tmp_path / "src" / "pkg").mkdir(parents=True)
    (tmp_path / "src" / "pkg" / "__init__.py").write_text("")
    (tmp_path / "src" / "pkg" / "mod.py").write_text(MODULE)
    (tmp_path / "tests").mkdir()
    (tmp_path / "tests" / "test_mod.py").write_text(TESTS.replace("pipeline, calls_mutated", ""))
    proc = subprocess.run([sys.executable, str(SCRIPT), "run", "--module", "src/pkg/mod.py", "--only", "double",
                           "--only", "unused", "--tests", "tests/test_mod.py", "--work", str(tmp_path / "w"),
                           "--no-memo", "--all-tests", "--project", str(tmp_path)], capture_output=True, text=True,
                          timeout=300)
    assert proc.returncode == 0, proc.stdout
    rows = {r[0]: r[1] for r in mutloop.read_out(tmp_path / "w")}
    assert rows == {"x_double__mutmut_1": "killed", "x_double__mutmut_2": "killed",
                    "x_unused__mutmut_1": "survived", "x_unused__mutmut_2": "survived"}


def test_a_failing_test_stops_the_run_before_any_mutant(tmp_path):
    (tmp_path / "src" / "pkg").mkdir(parents=True)
    (tmp_path / "src" / "pkg" / "__init__.py").write_text("")
    (tmp_path / "src" / "pkg" / "mod.py").write_text(MODULE)
    (tmp_path / "tests").mkdir()
    (tmp_path / "tests" / "test_mod.py").write_text(TESTS.replace("== 6", "== 7").replace("pipeline, calls_mutated", ""))
    proc = subprocess.run([sys.executable, str(SCRIPT), "run", "--module", "src/pkg/mod.py", "--only", "double",
                           "--tests", "tests/test_mod.py", "--work", str(tmp_path / "w"), "--no-memo",
                           "--project", str(tmp_path)], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 1
    assert "first clean pass: tests/test_mod.py::test_double killed" in proc.stdout
    assert mutloop.read_out(tmp_path / "w") == []


def test_the_parse_memo_parses_a_text_once_and_hands_out_copies(monkeypatch):
    import spacy
    from spacy.language import Language

    monkeypatch.setattr(Language, "__call__", Language.__call__)  # restored after the test
    monkeypatch.setattr(Language, "pipe", Language.pipe)
    nlp = spacy.blank("en")
    calls = []
    monkeypatch.setattr(type(nlp), "make_doc", lambda self, text: calls.append(text) or spacy.tokens.Doc(
        self.vocab, words=text.split()))
    mutloop.install_parse_memo()
    a, b = nlp("one two"), nlp("one two")
    assert a is not b and [t.text for t in a] == [t.text for t in b] == ["one", "two"]
    a[0].lemma_ = "changed"  # a stage writing to its Doc does not reach the next caller's
    assert nlp("one two")[0].lemma_ == ""
    docs = list(nlp.pipe(["three", "one two", "three"]))
    assert [[t.text for t in d] for d in docs] == [["three"], ["one", "two"], ["three"]] and docs[0] is not docs[2]
    assert calls == ["one two", "three", "one two"]  # __call__ and pipe keep separate memos
