"""Shared helper of the attribution probe tests: reads a probe file of scripts/attr_probes/ with the harness's own
reader (scripts/attr_probes.py), so the tests and the harness never parse the file format two ways."""

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def read_attr_probes(name):
    """The articles of scripts/attr_probes/NAME, as scripts/attr_probes.read_probes gives them."""
    spec = importlib.util.spec_from_file_location("attr_probes_harness", ROOT / "scripts" / "attr_probes.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.read_probes(str(ROOT / "scripts" / "attr_probes" / name))
