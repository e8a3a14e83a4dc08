"""The fast mutation loop: mutmut 3.8.1's own mutants of chosen functions of one module, run in ONE
pytest process (docs/testing.md, "Session 11, s11-mut-stage").

`mutmut run` forks a process per mutant and picks tests by its stats pass; on two shared cores a
module's test files then take hours. Here the mutated module (mutmut's trampolines, which read
MUTANT_UNDER_TEST at every call) is put into a scratch copy of the project, and this file, loaded as a
pytest plugin, collects the test files once, runs them clean twice, then once per mutant in the same
process:
  - every fixture is torn down between mutants (a session fixture made under one mutant is never
    reused under another), except those named by --keep (default `pipeline`: Pipeline() takes seconds),
    kept only if making them runs none of the mutated functions; the module's lru_caches are emptied
    before each mutant and clean pass;
  - the second clean pass runs in mutmut's "stats" mode, each test after a full teardown, to learn which
    mutated functions each test calls (its fixtures' making included); a mutant then runs only the tests
    that call its function (none: "no tests"), unless --all-tests;
  - a mutant is killed by the first test that fails; tests that killed recent mutants run first;
  - a test (setup, call and teardown) using over --timeout seconds of CPU (default 60) is a timeout (CPU
    time, not wall time: the machine is shared, and a run stopped with SIGSTOP loses nothing);
  - a parse memo: each text is parsed by spaCy once and a `Doc.copy()` handed out, so mutants of the
    stages after the parse cost no parse; the first clean pass fills the memo, the second runs from it,
    and both must pass (else nothing is run); a last clean pass checks no mutant left state behind.

    P=/work/main/.venv/bin/python    # run from the worktree whose src and tests are to be used
    $P scripts/mutloop.py run --module quotes --only _colon_sentence --only '_object_*' --work /tmp/me/mut
    $P scripts/mutloop.py run --module src/newsgraph/attribution/indirect.py --only as_content \\
        --tests tests/test_attribution_mutants_s7.py --work /tmp/me/mut-ind
    $P scripts/mutloop.py run ... --names SURVIVORS.txt --tests tests/test_new.py   # check new kills
    $P scripts/mutloop.py show --work /tmp/me/mut x__colon_sentence__mutmut_33   # a mutant's diff
    $P scripts/mutloop.py survivors --work /tmp/me/mut [--diff]                  # names (and diffs)
    $P scripts/mutloop.py changed 0502979 src/newsgraph/timex.py   # functions changed since a revision

`--module` is a key of scripts/mutate.py's MODULES (its test files are the default --tests) or a path
under src/. Results: WORK/out.tsv (mutant, killed/survived/timeout/no tests, the killing test), WORK/summary.txt.
"""

from __future__ import annotations

import argparse
import ast
import difflib
import fnmatch
import importlib.util
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
COPY = ("src", "tests", "examples", "gold", "scripts", "pyproject.toml")  # (scripts/mutate.py copies through scratch_copy too)
RECENT_KILLERS = 12  # how many recent killing tests run first


# ---------------------------------------------------------------- the mutants


def qualified_functions(module) -> dict:
    """libcst FunctionDef node -> "name" (top level) or "Class.name" (a method)."""
    import libcst as cst

    out = {}
    for stmt in module.body:
        if isinstance(stmt, cst.FunctionDef):
            out[stmt] = stmt.name.value
        elif isinstance(stmt, cst.ClassDef) and isinstance(stmt.body, cst.IndentedBlock):
            for m in stmt.body.body:
                if isinstance(m, cst.FunctionDef):
                    out[m] = f"{stmt.name.value}.{m.name.value}"
    return out


def mutate_functions(filename: str, code: str, only: list[str]) -> tuple[str, list[str]]:
    """The module's code with mutmut's trampolines and mutants for the functions matching `only` (globs on
    "name" or "Class.name"; empty: all), and the mutants' names. A function's mutants are numbered as
    `mutmut run` numbers them (mutmut counts within each function, so leaving others out renumbers none)."""
    from mutmut.mutation.file_mutation import combine_mutations_to_source, create_mutations

    _default_config()
    module, mutations, ignored_classes, ignored_functions = create_mutations(filename, code)
    names = qualified_functions(module)
    chosen = [m for m in mutations
              if not only or any(fnmatch.fnmatchcase(names.get(m.contained_by_top_level_function, ""), o) for o in only)]
    mutated = combine_mutations_to_source(module, chosen, ignored_classes, ignored_functions)
    return mutated.code, list(mutated.mutant_names)


def _default_config() -> None:
    """mutmut's default configuration (no do-not-mutate patterns), whatever the working directory: mutmut
    reads it from the directory it runs in and fails where it finds no source directory."""
    import tempfile

    from mutmut import configuration

    if configuration._config is None:
        old = os.getcwd()
        with tempfile.TemporaryDirectory() as tmp:
            os.mkdir(os.path.join(tmp, "src"))
            os.chdir(tmp)
            try:
                configuration.config()
            finally:
                os.chdir(old)


def _functions_by_name(code: str, names: set[str]) -> dict[str, str]:
    """The source of the functions (and methods) of `code` with these names."""
    lines = code.splitlines(True)
    return {n.name: "".join(lines[n.lineno - 1:n.end_lineno]) for n in ast.walk(ast.parse(code))
            if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)) and n.name in names}


def mutant_diff(mutated_code: str, name: str, funcs: dict[str, str] | None = None) -> str:
    """The unified diff of mutant `name` (x_f__mutmut_3, xǁClassǁm__mutmut_3) against its original (`funcs`:
    _functions_by_name's answer for several mutants at once, parsing the big file once)."""
    mangled = name.partition("__mutmut_")[0]
    funcs = funcs or _functions_by_name(mutated_code, {name, mangled + "__mutmut_orig"})
    plain = mangled.rpartition("ǁ")[2] if "ǁ" in mangled else mangled.removeprefix("x_")
    orig = funcs[mangled + "__mutmut_orig"].replace(mangled + "__mutmut_orig", plain, 1)
    mut = funcs[name].replace(name, plain, 1)
    return "".join(difflib.unified_diff(orig.splitlines(True), mut.splitlines(True), "original", name, n=2))


# ---------------------------------------------------------------- the driver


def _project_modules(project: Path) -> dict:
    """scripts/mutate.py's MODULES of the project under test (its own test lists)."""
    path = project / "scripts" / "mutate.py"
    if not path.exists():
        return {}
    spec = importlib.util.spec_from_file_location("_project_mutate", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.MODULES


def scratch_copy(project: Path, dest: Path) -> None:
    if dest.exists():
        shutil.rmtree(dest)
    dest.mkdir(parents=True)
    for name in COPY:
        src = project / name
        if src.is_dir():
            shutil.copytree(src, dest / name, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
        elif src.exists():
            shutil.copy2(src, dest / name)


def dotted(source: str) -> str:
    return source.removeprefix("src/").removesuffix(".py").replace("/", ".").removesuffix(".__init__")


def run(args) -> int:
    project = Path(args.project).resolve()
    modules = _project_modules(project)
    if args.module in modules:
        source, default_tests = modules[args.module]
    else:
        source, default_tests = args.module, []
    tests = [str(Path(t).resolve().relative_to(project)) if Path(t).is_absolute() else t
             for t in (args.tests or default_tests)]
    tests = [t for t in tests if (project / t).exists()]
    if not tests:
        sys.exit("no test files (give --tests)")
    work = Path(args.work).resolve()
    work.mkdir(parents=True, exist_ok=True)
    proj = work / "proj"
    scratch_copy(project, proj)
    code = (project / source).read_text(encoding="utf-8")
    mutated, names = mutate_functions(source, code, args.only)
    (proj / source).write_text(mutated, encoding="utf-8")
    (work / "original.py").write_text(code, encoding="utf-8")
    (work / "mutated.py").write_text(mutated, encoding="utf-8")
    (work / "names.txt").write_text("".join(n + "\n" for n in names))
    if args.names:
        wanted = [w.split()[0] for w in Path(args.names).read_text().splitlines() if w.strip()]
        missing = [w for w in wanted if w not in names]
        if missing:
            sys.exit(f"not mutants of the chosen functions: {missing[:5]}")
        names = wanted
    (work / "run-names.txt").write_text("".join(n + "\n" for n in names))
    out = work / "out.tsv"
    if out.exists() and not args.resume:
        out.unlink()
    print(f"{len(names)} mutants of {source} ({', '.join(args.only) or 'all functions'}); tests: {' '.join(tests)}",
          flush=True)
    env = dict(os.environ, MUTLOOP_NAMES=str(work / "run-names.txt"), MUTLOOP_OUT=str(out),
               MUTLOOP_TIMEOUT=str(args.timeout), MUTLOOP_MODULE=dotted(source),
               MUTLOOP_MEMO="0" if args.no_memo else "1", MUTLOOP_ALL_TESTS="1" if args.all_tests else "0", MUTLOOP_KEEP=",".join(args.keep or ["pipeline"]),
               PYTHONPATH=os.pathsep.join([str(proj / "src"), str(HERE)]))
    env.pop("MUTANT_UNDER_TEST", None)
    # --tb native by default: pytest's own styles parse the source around every frame, seconds of CPU per
    # kill when the trampolined module holds a few hundred mutants (structure.label_sections: 348; the 5 MB
    # attribution stage: 20-40 s); the traceback is only ever printed when a clean pass fails
    subprocess.run([sys.executable, "-m", "pytest", "-p", "mutloop", "-p", "no:cacheprovider", "-q", f"--tb={getattr(args, 'tb', 'native')}",
                    *tests], cwd=proj, env=env, check=False)
    print(summarise(work), end="")
    # pytest's own exit code says nothing here (no test is reported): done means every mutant has a row
    return 0 if {r[0] for r in read_out(work)} >= set(names) else 1


def read_out(work: Path) -> list[list[str]]:
    out = work / "out.tsv"
    return [line.split("\t") for line in out.read_text().splitlines()] if out.exists() else []


def summarise(work: Path) -> str:
    rows = read_out(work)
    counts: dict[str, int] = {}
    for r in rows:
        counts[r[1]] = counts.get(r[1], 0) + 1
    lines = [f"{len(rows)} mutants: " + ", ".join(f"{n} {k}" for k, n in sorted(counts.items()))]
    lines += [f"  {r[1]}: {r[0]}" for r in rows if r[1] != "killed"]
    text = "\n".join(lines) + "\n"
    (work / "summary.txt").write_text(text)
    return text


def show(args) -> None:
    mutated = (Path(args.work) / "mutated.py").read_text(encoding="utf-8")
    funcs = _functions_by_name(mutated, {m for n in args.names for m in (n, n.partition("__mutmut_")[0] + "__mutmut_orig")})
    for name in args.names:
        print(mutant_diff(mutated, name, funcs))


def survivors(args) -> None:
    work = Path(args.work)
    rows = [r for r in read_out(work) if r[1] in args.status]
    mutated = (work / "mutated.py").read_text(encoding="utf-8") if args.diff else ""
    funcs = _functions_by_name(mutated, {m for r in rows for m in (r[0], r[0].partition("__mutmut_")[0] + "__mutmut_orig")}) \
        if args.diff else {}
    for r in rows:
        print(r[0] if not args.diff else f"# {r[0]} ({r[1]})\n{mutant_diff(mutated, r[0], funcs)}")


def _function_sources(code: str) -> dict[str, str]:
    """"name" / "Class.name" -> the function's AST dump without its docstring (comments never count)."""
    out = {}
    for node in ast.parse(code).body:
        pairs = [(node.name, node)] if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) else (
            [(f"{node.name}.{m.name}", m) for m in node.body if isinstance(m, (ast.FunctionDef, ast.AsyncFunctionDef))]
            if isinstance(node, ast.ClassDef) else [])
        for name, fn in pairs:
            body = fn.body
            if body and isinstance(body[0], ast.Expr) and isinstance(getattr(body[0], "value", None), ast.Constant) \
                    and isinstance(body[0].value.value, str):
                fn.body = body[1:] or [ast.Pass()]
            out[name] = ast.dump(fn)
    return out


def changed(args) -> None:
    """Functions of FILE whose code (not docstring, not comments) differs between REV and the worktree."""
    project = Path(args.project).resolve()
    now = _function_sources((project / args.file).read_text(encoding="utf-8"))
    then_code = subprocess.run(["git", "show", f"{args.rev}:{args.file}"], cwd=project, capture_output=True,
                               text=True, check=True).stdout
    then = _function_sources(then_code)
    for name in now:
        if name not in then:
            print(f"{name}\tnew")
        elif now[name] != then[name]:
            print(f"{name}\tchanged")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("run", help="mutate functions of a module and run its tests against each mutant")
    r.add_argument("--module", required=True, help="a key of scripts/mutate.py's MODULES, or src/newsgraph/....py")
    r.add_argument("--only", action="append", default=[], help="function glob, 'name' or 'Class.name' (repeatable)")
    r.add_argument("--tests", action="append", default=[], help="test file (repeatable; default: the module's own)")
    r.add_argument("--work", required=True, help="scratch directory (use /tmp/<your-branch>/...)")
    r.add_argument("--project", default=".", help="the worktree whose src and tests are used (default: here)")
    r.add_argument("--names", help="a file of mutant names (first word of each line): run only these")
    r.add_argument("--timeout", type=float, default=60.0, help="CPU seconds one test may take under a mutant")
    r.add_argument("--no-memo", action="store_true", help="parse every text afresh (no parse memo)")
    r.add_argument("--keep", action="append", default=None,
                   help="session fixture made once for all mutants (repeatable; default: pipeline; --keep '' none)")
    r.add_argument("--all-tests", action="store_true",
                   help="run every test against every mutant (default: only the tests that call the mutated function)")
    r.add_argument("--resume", action="store_true", help="keep WORK/out.tsv and skip the mutants it has")
    r.add_argument("--tb", default="native", help="pytest's --tb for failing tests (default native: pytest's own styles"
                   " parse the mutated module's source for every failure, 20-40 s each for a 5 MB module)")
    s = sub.add_parser("show", help="the diff of mutants of the last run in WORK")
    s.add_argument("--work", required=True)
    s.add_argument("names", nargs="+")
    v = sub.add_parser("survivors", help="the survivors (and timeouts) of the last run in WORK")
    v.add_argument("--work", required=True)
    v.add_argument("--diff", action="store_true")
    v.add_argument("--status", action="append", default=None, help="default: survived and timeout")
    c = sub.add_parser("changed", help="functions whose code changed since a revision")
    c.add_argument("rev")
    c.add_argument("file")
    c.add_argument("--project", default=".")
    args = ap.parse_args()
    if args.cmd == "survivors" and not args.status:
        args.status = ["survived", "timeout"]
    return {"run": run, "show": show, "survivors": survivors, "changed": changed}[args.cmd](args) or 0


# ---------------------------------------------------------------- the pytest plugin (-p mutloop)


class MutantTimeout(Exception):
    pass


_LAST_FAILURE: list[str] = []  # the failing reports of the last kill (shown when a clean pass fails)
_ALARMED = []  # set by the alarm: pytest turns the exception into an ordinary failure report


def _on_alarm(signum, frame):
    _ALARMED.append(1)
    raise MutantTimeout("test over the time limit")


_KEPT: dict = {}  # the kept fixtures' values (--keep), made once
_NOT_KEPT: list[str] = []  # said after the clean passes (output made during a fixture's setup is captured)
_DURATION: dict[str, float] = {}  # each test's time in the second clean pass


def pytest_fixture_setup(fixturedef, request):
    """A fixture named by --keep (default: `pipeline`, whose Pipeline() takes seconds) is made once and
    served to every mutant, if it takes no arguments, is no generator, and calling it runs none of the
    mutated module's functions (it is made under mutmut's "fail" mode, in which any such call raises)."""
    import inspect

    from _pytest.fixtures import resolve_fixture_function

    if not _active() or fixturedef.argname not in os.environ.get("MUTLOOP_KEEP", "").split(",") or fixturedef.argnames:
        return None
    func = resolve_fixture_function(fixturedef, request)
    key = (fixturedef.argname, fixturedef.baseid)
    if key not in _KEPT:
        if inspect.isgeneratorfunction(func):
            return None
        before = os.environ.get("MUTANT_UNDER_TEST", "")
        os.environ["MUTANT_UNDER_TEST"] = "fail"
        try:
            _KEPT[key] = func()
        except Exception as exc:  # MutmutProgrammaticFailException: it runs mutated code, so it is made per mutant
            _NOT_KEPT.append(f"mutloop: fixture {fixturedef.argname} not kept ({type(exc).__name__})")
            os.environ["MUTLOOP_KEEP"] = ",".join(k for k in os.environ["MUTLOOP_KEEP"].split(",") if k != key[0])
            return None
        finally:
            os.environ["MUTANT_UNDER_TEST"] = before
    fixturedef.cached_result = (_KEPT[key], fixturedef.cache_key(request), None)
    return _KEPT[key]


def _active() -> bool:
    return bool(os.environ.get("MUTLOOP_OUT"))


def pytest_configure(config):
    if _active() and os.environ.get("MUTLOOP_MEMO", "1") == "1":
        install_parse_memo()


def install_parse_memo() -> None:
    """Each (pipeline, text) is parsed once; every caller gets its own Doc.copy() (stages may write to a
    Doc). Calls with other arguments than these, or with a Doc, go to spaCy as they are."""
    from spacy.language import Language

    orig_call, orig_pipe = Language.__call__, Language.pipe
    memo: dict = {}
    keep: list = []  # the pipelines, kept alive so that their id()s are never reused

    def key(nlp, how, text, disable):
        if nlp not in keep:
            keep.append(nlp)
        return (id(nlp), how, text, tuple(disable or ()))

    def call(self, text, **kw):
        if not isinstance(text, str) or set(kw) - {"disable"}:
            return orig_call(self, text, **kw)
        k = key(self, "call", text, kw.get("disable"))
        if k not in memo:
            memo[k] = orig_call(self, text, **kw)
        return memo[k].copy()

    def pipe(self, texts, **kw):
        if set(kw) - {"disable", "batch_size"}:
            yield from orig_pipe(self, texts, **kw)
            return
        texts = list(texts)
        if not all(isinstance(t, str) for t in texts):
            yield from orig_pipe(self, texts, **kw)
            return
        keys = [key(self, "pipe", t, kw.get("disable")) for t in texts]
        todo = {k: t for k, t in zip(keys, texts) if k not in memo}
        if todo:
            for k, d in zip(todo, orig_pipe(self, list(todo.values()), **kw)):
                memo[k] = d
        for k in keys:
            yield memo[k].copy()

    Language.__call__ = call
    Language.pipe = pipe


def _clear_caches(module_name: str) -> None:
    mod = sys.modules.get(module_name)
    for obj in list(vars(mod).values()) if mod else []:
        if callable(getattr(obj, "cache_clear", None)):
            obj.cache_clear()


def _run_pass(session, items, mutant: str, timeout: float) -> tuple[str, str]:
    """Run items in order under `mutant` ("" = none) until one fails: ("killed", test id), ("timeout",
    test id) or ("survived", ""). Every fixture is torn down after the pass."""
    from _pytest.runner import runtestprotocol

    os.environ["MUTANT_UNDER_TEST"] = mutant
    _clear_caches(os.environ["MUTLOOP_MODULE"])
    state = session._setupstate
    result = ("survived", "")
    timed_out = False
    _ALARMED.clear()
    try:
        for i, item in enumerate(items):
            nextitem = items[i + 1] if i + 1 < len(items) else None
            signal.setitimer(signal.ITIMER_PROF, timeout)
            t0 = time.perf_counter()
            try:
                reports = runtestprotocol(item, nextitem=nextitem, log=False)
            except MutantTimeout:
                timed_out, reports = True, []
            finally:
                signal.setitimer(signal.ITIMER_PROF, 0)
            if not mutant:
                _DURATION[item.nodeid] = time.perf_counter() - t0
            timed_out = timed_out or bool(_ALARMED)
            if timed_out:
                result = ("timeout", item.nodeid)
                break
            if any(r.failed for r in reports):
                result = ("killed", item.nodeid)
                _LAST_FAILURE[:] = [str(r.longrepr) for r in reports if r.failed]
                break
    finally:
        try:
            state.teardown_exact(None)  # a session fixture made under this mutant must not serve the next
        except Exception:
            pass
        os.environ["MUTANT_UNDER_TEST"] = ""
    return result


def _check_clean(session, items, timeout: float, what: str) -> bool:
    status, test = _run_pass(session, items, "", timeout)
    if status != "survived":
        print(f"\nmutloop: {what} clean pass: {test} {status}: not mutation testing with a failing test", flush=True)
        print("\n".join(_LAST_FAILURE)[-3000:], flush=True)
        return False
    return True


def _hits_per_test(session, items, timeout: float) -> dict[str, set[str]] | None:
    """The second clean pass, in mutmut's "stats" mode: which of the mutated functions each test calls, its
    fixtures' making included (every fixture is torn down before each test, so a test's setup makes all it
    uses). None if a test fails."""
    import mutmut.mutation.trampoline as trampoline

    hits: set[str] = set()
    trampoline.record_trampoline_hit = lambda name, caller=None: hits.add(name.rpartition(".")[2])
    out = {}
    for item in items:
        hits.clear()
        status, test = _run_pass(session, [item], "stats", timeout)
        if status != "survived":
            print(f"\nmutloop: second clean pass: {test} {status}", flush=True)
            print("\n".join(_LAST_FAILURE)[-3000:], flush=True)
            return None
        out[item.nodeid] = set(hits)
    return out


def pytest_runtestloop(session):
    if not _active():
        return None
    if session.testsfailed:
        print("\nmutloop: collection errors", flush=True)
        return True
    module = os.environ["MUTLOOP_MODULE"]
    __import__(module)
    if "_mutmut_mutated" not in vars(sys.modules[module]):
        raise RuntimeError(f"{module} imported from {sys.modules[module].__file__} is not the mutated copy")
    signal.signal(signal.SIGPROF, _on_alarm)
    timeout = float(os.environ.get("MUTLOOP_TIMEOUT", "60"))
    items = list(session.items)
    out = Path(os.environ["MUTLOOP_OUT"])
    done = {line.split("\t")[0] for line in out.read_text().splitlines()} if out.exists() else set()
    names = [n for n in Path(os.environ["MUTLOOP_NAMES"]).read_text().split() if n not in done]
    t0 = time.time()
    every = os.environ.get("MUTLOOP_ALL_TESTS") == "1"
    hits = None
    ok = _check_clean(session, items, timeout * 5, "first")
    if ok and every:
        ok = _check_clean(session, items, timeout * 5, "second")
    elif ok:
        hits = _hits_per_test(session, items, timeout * 5)
        ok = hits is not None
    if not ok:
        session.testsfailed = 1
        return True
    print("".join("\n" + m for m in _NOT_KEPT), end="")
    print(f"\nmutloop: {len(items)} tests clean twice ({time.time() - t0:.0f} s); {len(names)} mutants", flush=True)
    killers: list[str] = []
    by_id = {it.nodeid: it for it in items}
    with out.open("a") as fh:
        for k, name in enumerate(names, 1):
            first = sorted((by_id[t] for t in killers), key=lambda it: _DURATION.get(it.nodeid, 0.0))  # cheap first
            order = first + [it for it in items if it.nodeid not in killers]
            if hits is not None:  # only the tests that call the mutated function (directly, or in a fixture)
                order = [it for it in order if name.partition("__mutmut_")[0] in hits[it.nodeid]]
            t1 = time.time()
            status, test = _run_pass(session, order, f"{module}.{name}", timeout) if order else ("no tests", "")
            if status == "killed":
                killers = ([test] + [t for t in killers if t != test])[:RECENT_KILLERS]
            fh.write(f"{name}\t{status}\t{test}\n")
            fh.flush()
            print(f"mutloop: [{k}/{len(names)}] {name} {status} {test} ({time.time() - t1:.1f} s)", flush=True)
    if not _check_clean(session, items, timeout * 5, "last"):
        print("mutloop: a mutant left state behind: the results above are suspect", flush=True)
        session.testsfailed = 1
    return True


if __name__ == "__main__":
    sys.exit(main())
