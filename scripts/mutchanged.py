"""Session 30 (s30-mut): the mutants of the functions changed since a revision that touch a changed line.

For each FILE: mutloop.py changed REV FILE gives the changed functions; a mutant counts when a line it alters
(stripped) is a line of the new function that difflib marks inserted or replaced against the old one. Writes
/tmp/s30-mut/names/<module>_all.txt and <module>_changed.txt (mutloop --names files) and prints the counts.
    PYTHONPATH=src $P scripts/mutchanged.py $(git diff REV HEAD --name-only -- src/ | grep "\.py$")   (REV: BASE below)
    MUTCHANGED_BASE=REV MUTCHANGED_OUT=DIR PYTHONPATH=src $P scripts/mutchanged.py FILE...   (session 31: another
    revision, names written to DIR)
Session 31 (s31-mut): `--base REV` and `--out DIR` (before the files) set the revision and the names directory;
they override the environment variables.
"""
import os, sys, subprocess, ast, difflib, re
sys.path.insert(0, "scripts")
import mutloop
from pathlib import Path
BASE = os.environ.get("MUTCHANGED_BASE", "36b68e32")
OUT = os.environ.get("MUTCHANGED_OUT", "/tmp/s30-mut/names")
args = sys.argv[1:]
while args and args[0] in ("--base", "--out"):
    if args[0] == "--base":
        BASE = args[1]
    else:
        OUT = args[1]
    args = args[2:]
def funcs_src(code):
    out = {}
    lines = code.splitlines(True)
    for node in ast.parse(code).body:
        pairs = [(node.name, node)] if isinstance(node, ast.FunctionDef) else (
            [(f"{node.name}.{m.name}", m) for m in node.body if isinstance(m, ast.FunctionDef)] if isinstance(node, ast.ClassDef) else [])
        for n, fn in pairs:
            out[n] = lines[fn.lineno - 1:fn.end_lineno]
    return out
outdir = Path(OUT); outdir.mkdir(parents=True, exist_ok=True)
for f in args:
    now_code = Path(f).read_text()
    then_code = subprocess.run(["git", "show", f"{BASE}:{f}"], capture_output=True, text=True).stdout
    ch = subprocess.run([sys.executable, "scripts/mutloop.py", "changed", BASE, f], capture_output=True, text=True).stdout
    changed = [l.split("\t")[0] for l in ch.splitlines() if l.strip()]
    now_f, then_f = funcs_src(now_code), funcs_src(then_code)
    newlines = {}
    for name in changed:
        a = [l.strip() for l in then_f.get(name, [])]
        b = [l.strip() for l in now_f[name]]
        s = set()
        for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
            if tag in ("replace", "insert"):
                s.update(b[j1:j2])
        newlines[name] = {x for x in s if x and not x.startswith("#")}
    code, names = mutloop.mutate_functions(f, now_code, changed)
    fs = mutloop._functions_by_name(code, set(names) | {n.partition("__mutmut_")[0] + "__mutmut_orig" for n in names})
    key = Path(f).stem if Path(f).stem != "__init__" else Path(f).parent.name
    allf = open(outdir / f"{key}_all.txt", "w"); chf = open(outdir / f"{key}_changed.txt", "w")
    counts = {}
    for n in names:
        mangled = n.partition("__mutmut_")[0]
        q = mangled.removeprefix("x_").replace("xǁ", "").replace("ǁ", ".")
        d = mutloop.mutant_diff(code, n, fs)
        minus = [l[1:].strip() for l in d.splitlines()[2:] if l.startswith("-")]
        hit = any(m in newlines.get(q, ()) for m in minus)
        allf.write(n + "\n")
        c = counts.setdefault(q, [0, 0]); c[0] += 1
        if hit:
            chf.write(n + "\n"); c[1] += 1
    print("==", f, key)
    for q, (a, b) in counts.items():
        print(f"  {q}\t{a}\t{b}")
