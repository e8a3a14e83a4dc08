"""Helpers for the PETRARCH dictionary tests: small dictionaries of our own written to a temporary
folder, and sentences coded as `evaluate --petrarch` codes them."""

from __future__ import annotations

from newsgraph.evaluate import petrarch as ep
from newsgraph.evaluate.events import pipeline_options


def write_dictionaries(folder, **bodies: str) -> dict[str, list[str]]:
    """Write each body as `<name>.txt` in `folder`; returns {name: [path]}, the shape
    `pipeline_options(verbs=..., actors=..., agents=...)` takes."""
    out = {}
    for name, body in bodies.items():
        (folder / f"{name}.txt").write_text(body)
        out[name] = [str(folder / f"{name}.txt")]
    return out


def codings(texts, options) -> list[set[tuple[str, str, str]]]:
    """Each text's (source, target, code) codings, one record per text."""
    recs = [ep.Record(id=f"t-{i}", text=t, date="2015-06-01") for i, t in enumerate(texts)]
    return [{(c.source, c.target, c.code) for c in cs} for cs in ep.predict(recs, options)]


def coded_cases(cases, dicts: dict[str, list[str]]) -> dict[str, set[tuple[str, str, str]]]:
    """Each case text -> its codings with the dictionaries `dicts` (write_dictionaries' shape:
    verbs, actors, agents)."""
    texts = list(cases)
    return dict(zip(texts, codings(texts, pipeline_options(None, **dicts))))
