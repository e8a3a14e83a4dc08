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


# --- the search oracle of which candidates' contents hold which cues (attribution.stage._holders) ------------------
# The stage builds the table once per group by bisecting the sorted cue starts (_holders); these search every other
# candidate's content instead, as the stage itself did until session 56 moved the search here. A candidate is
# (frame, quote indexes, content parts), as group makes them.

def held_by_search(cands) -> dict:
    """_holders' table made by searching: frame id -> (the frames of the other candidates whose content holds its cue
    start, whether each other cue its own content holds is a generic proposal)."""
    held: dict = {}
    for f, _, _ in cands:
        if f.cue is None:
            continue
        at = f.cue[0]
        for g, _, ps in cands:
            if g is not f and any(a <= at < b for a, b in ps):
                held.setdefault(id(f), ([], []))[0].append(g)
                held.setdefault(id(g), ([], []))[1].append(f.path.startswith("generic"))
    return held


def outer_kinds(f, cands):
    """Whether another candidate's content holds f's cue: "known" when one of them is a lexicon cue's, else
    "generic", else None (what _holder_kind reads from the table), by searching every other candidate."""
    from newsgraph.attribution.stage import _GENERIC_ONLY, _KNOWN

    at = f.cue[0]
    holders = [g for g, _, ps in cands if g is not f and any(a <= at < b for a, b in ps)]
    if not holders:
        return None
    return _KNOWN if any(not g.path.startswith("generic") for g in holders) else _GENERIC_ONLY


def nesting(f, parts, cands):
    """The stage's _nesting features of frame `f` with content `parts` among `cands` (f's own content there replaced
    by `parts`, or f added with it when it is not among them), its table made as group makes it."""
    from newsgraph.attribution.stage import _holders, _nesting, cue_starts

    cands = [(g, idx, parts if g is f else ps) for g, idx, ps in cands]
    if not any(g is f for g, _, _ in cands):
        cands.append((f, [len(cands)], parts))
    return _nesting(f, _holders(cands, cue_starts(cands)))
