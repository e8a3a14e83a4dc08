"""No module of the package binds one top-level name twice.

Session 31: a speed change added `_COMPLEMENTS = ("xcomp", "ccomp")` near the end of events/coder.py, which already
had a `_COMPLEMENTS` (with "dobj") hundreds of lines up; the later binding silently replaced the earlier one for every
function reading it, and "The minister quit smoking" became a RETREAT. A top-level name bound twice is never what a
reader of either line expects."""

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src" / "newsgraph"


def rebound(source: str) -> dict[str, list[int]]:
    """Top-level names bound more than once (assignments, defs, classes), with their lines."""
    seen: dict[str, list[int]] = {}
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names = [node.target.id]
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names = [node.name]
        else:
            names = []
        for name in names:
            seen.setdefault(name, []).append(node.lineno)
    return {k: v for k, v in seen.items() if len(v) > 1}


def test_the_check_finds_a_rebinding():
    assert rebound("A = 1\ndef f():\n    return A\nA = (2,)\nclass B: pass\ndef B(): pass\n") == {"A": [1, 4], "B": [5, 6]}
    assert rebound("A = 1\ndef f():\n    A = 2\n") == {}


@pytest.mark.parametrize("path", sorted(SRC.rglob("*.py")), ids=lambda p: str(p.relative_to(SRC)))
def test_no_top_level_name_is_bound_twice(path):
    assert rebound(path.read_text()) == {}
