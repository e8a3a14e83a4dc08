"""Shared vocabulary (words.py): a word list two stages must agree on is defined once, there."""

import ast
from pathlib import Path

from newsgraph import words
from newsgraph.actors import context
from newsgraph.events import coder

SRC = Path(__file__).resolve().parent.parent / "src" / "newsgraph"


def test_both_stages_read_the_one_list():
    assert context.OTHERS_OF is words.OTHERS_OF
    assert coder.OTHERS_OF is words.OTHERS_OF
    assert {"ally", "neighbour", "counterpart"} <= words.OTHERS_OF


def test_no_module_defines_its_own_copy():
    owners = []
    for path in SRC.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "OTHERS_OF" for t in node.targets):
                owners.append(path.relative_to(SRC).as_posix())
    assert owners == ["words.py"]
