"""The version stamped on output (newsgraph.version) is the one the package is built with (pyproject.toml)."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import newsgraph
from newsgraph.version import __version__

ROOT = Path(__file__).resolve().parent.parent


def test_version_module_matches_pyproject():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert __version__ == project["version"]


def test_package_exports_the_same_version():
    assert newsgraph.__version__ is __version__


def test_pipeline_stamps_the_version():
    doc = newsgraph.extract("Officials met in Paris on Monday.", title="t", published="2026-01-05")
    assert json.loads(doc.to_json())["meta"]["generator"] == f"newsgraph {__version__}"
