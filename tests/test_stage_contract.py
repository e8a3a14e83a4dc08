"""The stage contract: stages declare what they read and write, the pipeline derives their order
and refuses a set whose needs are not met; one publication date, settled before the stages that read it."""

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from newsgraph.stage import NoSettings, Options, PipelineError, Stage, order

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = "President Joe Biden met Chancellor Olaf Scholz in Washington on Thursday to discuss aid to Ukraine."


def run(*args):
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    return subprocess.run([sys.executable, "-m", "newsgraph", *args], capture_output=True, text=True, env=env,
                          timeout=300)


def _stage(name, requires=(), provides=()):
    return type(name.title(), (Stage,), {"name": name, "requires": frozenset(requires),
                                         "provides": frozenset(provides)})


def test_order_follows_declarations_not_list_position():
    a = _stage("a", {"parse"}, {"x"})
    b = _stage("b", {"x", "y"}, {"z"})
    c = _stage("c", {"parse"}, {"y"})
    assert [s.name for s in order([b, a, c], frozenset({"parse"}))] == ["a", "c", "b"]


def test_order_keeps_the_given_order_among_ready_stages():
    a, b = _stage("a", {"parse"}, {"x"}), _stage("b", {"parse"}, {"y"})
    assert [s.name for s in order([b, a], frozenset({"parse"}))] == ["b", "a"]


def test_a_need_nobody_provides_is_refused_by_name():
    with pytest.raises(PipelineError, match=r"stage 'b' needs 'w', which no stage provides"):
        order([_stage("a", {"parse"}, {"x"}), _stage("b", {"x", "w"}, {"z"})], frozenset({"parse"}))


def test_a_cycle_is_refused_naming_the_field_and_its_writer():
    with pytest.raises(PipelineError, match=r"needs 'y', which comes only from 'b'"):
        order([_stage("a", {"y"}, {"x"}), _stage("b", {"x"}, {"y"})], frozenset())


def test_two_writers_of_one_field_are_refused():
    with pytest.raises(PipelineError, match="both write 'x'"):
        order([_stage("a", {"parse"}, {"x"}), _stage("b", {"parse"}, {"x"})], frozenset({"parse"}))
    with pytest.raises(PipelineError, match="'the pipeline' and 'a' both write 'parse'"):
        order([_stage("a", (), {"parse"})], frozenset({"parse"}))


def test_default_pipeline_settles_the_date_before_the_stages_that_read_it(pipeline):
    names = [s.name for s in pipeline.stages]
    assert names.index("times") < names.index("actors") < names.index("events")
    for st in pipeline.stages:  # every need is met by the pipeline or an earlier stage
        have = {"text", "title", "sections", "dateline", "source", "parse"}
        for earlier in pipeline.stages[:names.index(st.name)]:
            have |= earlier.provides
        assert st.requires <= have, st.name
    assert "published" in next(s for s in pipeline.stages if s.name == "actors").requires


def test_stage_settings_are_typed():
    @dataclass(frozen=True)
    class Mine:
        n: int = 1

    klass = type("S", (Stage,), {"name": "s", "Settings": Mine})
    assert klass(None).settings == Mine()
    assert klass(None, Mine(2)).settings.n == 2
    with pytest.raises(PipelineError, match="takes Mine, not NoSettings"):
        klass(None, NoSettings())


def test_settings_for_an_unknown_stage_are_refused():
    from newsgraph.pipeline import Pipeline

    with pytest.raises(PipelineError, match="not in the pipeline: nosuch"):
        Pipeline(Options(stages={"nosuch": NoSettings()}))


def test_an_unparsable_published_option_is_refused_by_the_api():
    from newsgraph.pipeline import Pipeline

    with pytest.raises(PipelineError, match="'someday': not a date"):
        Pipeline(Options(published="someday"), stages=[])


def _codes(res):
    assert res.returncode == 0, res.stderr
    doc = json.loads(res.stdout)
    return doc["published"]["value"], {e["name"]: (e["actor"] or {}).get("code") for e in doc["entities"]}


def test_actor_codes_do_not_depend_on_how_the_date_is_spelled(tmp_path):
    plain, lined = tmp_path / "a.txt", tmp_path / "b.txt"
    plain.write_text(ARTICLE + "\n", encoding="utf-8")
    lined.write_text("Published June 1, 2023\n\n" + ARTICLE + "\n", encoding="utf-8")
    got = [_codes(run("extract", str(plain), "--published", "2023-06-01")),
           _codes(run("extract", str(plain), "--published", "1 June 2023")),
           _codes(run("extract", str(lined)))]
    assert got[0] == got[1] == got[2]
    date, codes = got[0]
    assert date == "2023-06-01"
    assert codes["Joe Biden"] == "USAGOV" and codes["Olaf Scholz"] == "DEUGOV"


def test_cli_refuses_a_published_value_that_is_not_a_date(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(ARTICLE, encoding="utf-8")
    res = run("extract", str(f), "--published", "notadate")
    assert res.returncode == 2
    assert "--published" in res.stderr and "'notadate' is not a date" in res.stderr
    assert "Traceback" not in res.stderr and res.stdout == ""


def test_register_refuses_a_second_stage_under_a_taken_name(monkeypatch):
    from newsgraph import stage as stage_mod

    monkeypatch.setattr(stage_mod, "_REGISTRY", {})
    first = stage_mod.register(_stage("alpha", (), {"x"}))
    assert stage_mod.register(first) is first  # the same class again is fine
    assert stage_mod.registered() == {"alpha": first}
    with pytest.raises(PipelineError) as exc:
        stage_mod.register(_stage("alpha", (), {"y"}))
    assert str(exc.value) == "two stages are named 'alpha'"
    assert stage_mod.registered() == {"alpha": first}


def test_missing_needs_are_listed_with_their_writers():
    with pytest.raises(PipelineError) as exc:
        order([_stage("a", {"y", "z"}, {"x"}), _stage("b", {"x"}, {"y"}), _stage("c", {"x"}, {"z"})], frozenset())
    assert str(exc.value) == "stage 'a' needs 'y', 'z', which comes only from 'b', 'c', itself waiting"
