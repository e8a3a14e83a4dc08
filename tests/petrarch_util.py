"""Helpers for the PETRARCH dictionary tests: small dictionaries of our own written to a temporary
folder, and sentences coded as `evaluate --petrarch` codes them."""

from __future__ import annotations

import pytest

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


def verb_coder(folder, verbs: str):
    """text -> its sorted (source, target, code) codings, as `evaluate --petrarch` codes it with the verb
    dictionary `verbs` (written in `folder`) and the built-in actors."""
    opts = pipeline_options(None, **write_dictionaries(folder, verbs=verbs))

    def run(text):
        (got,) = ep.predict([ep.Record(id="x", text=text, date="2025-01-01")], opts)
        return sorted((c.source, c.target, c.code) for c in got)
    return run


def case_fixtures(cases=None, builtin=None, **bodies: str):
    """The module fixtures of a file of PETRARCH cases (text -> its codings): `dicts` (`bodies` written, as
    write_dictionaries gives them), `coded` (`cases` coded with them) and `builtin` (`builtin` coded with the
    built-in verbs and the file's actors and agents). A file binds the three names: `dicts, coded, builtin = ...`."""

    @pytest.fixture(scope="module", name="dicts")
    def dicts_(tmp_path_factory):
        return write_dictionaries(tmp_path_factory.mktemp("d"), **bodies)

    @pytest.fixture(scope="module", name="coded")
    def coded_(dicts):
        return coded_cases(cases, dicts)

    @pytest.fixture(scope="module", name="builtin")
    def builtin_(dicts):
        return coded_cases(builtin, {k: dicts[k] for k in ("actors", "agents")})

    return dicts_, coded_, builtin_


def country_actors(codes: dict[str, str], end: str = "") -> str:
    """An actor dictionary's entries for invented countries: each `NAME [CODE]` and its adjective `+NAMEN`
    (the names end in -a: Tambria, Tambrian), every phrase closed by `end` ("_": PETRARCH's phrase end)."""
    return "".join(f"{name}{end} [{code}]\n+{name}N{end}\n" for name, code in codes.items())


def agent_lines(*words: str, code: str = "GOV") -> str:
    """An agent dictionary's entries, each word (with its `{PLURAL}` where it has one) the agent `~code`."""
    return "".join(f"{w} [~{code}]\n" for w in words)


def own_record_figures(records: str, dictionaries: str) -> dict:
    """PETRARCH-style figures of gold/`records` coded with an own record set's three dictionaries
    (gold/`dictionaries`.verbs.txt, .actors.txt, .agents.txt): the regression tests of the own verb-dictionary sets."""
    from pathlib import Path

    d = Path(__file__).resolve().parent.parent / "gold"
    opts = ep.pipeline_options(None, **{k: [str(d / f"{dictionaries}.{k}.txt")] for k in ("verbs", "actors", "agents")})
    return ep.evaluate(str(d / records), opts)
