"""Session 55, s55-tidy: the stage contract declares a stage that rewrites a field another stage wrote (`amends`):
the places stage retypes the actors stage's entities, drops a town's actor and marks metonymic mentions. The order
puts every reader of the field after its amender, and each stage of the default pipeline writes only what it
declares. Sentences invented for the tests."""

from __future__ import annotations

import copy

import pytest

from newsgraph.pipeline import default_stages
from newsgraph.stage import PipelineError, Stage, order


def _stage(name, requires=(), provides=(), amends=()):
    return type(name.title(), (Stage,), {"name": name, "requires": frozenset(requires),
                                         "provides": frozenset(provides), "amends": frozenset(amends)})


def _names(stages, given=("parse",)):
    return [s.name for s in order(stages, frozenset(given))]


def test_a_reader_of_an_amended_field_runs_after_the_amender():
    ner = _stage("ner", {"parse"}, {"ents"})
    reader = _stage("reader", {"ents"}, {"quotes"})
    fixer = _stage("fixer", {"ents"}, {"places"}, amends={"ents"})
    assert _names([ner, reader, fixer]) == ["ner", "fixer", "reader"]
    assert _names([ner, _stage("reader", {"ents"}, {"quotes"}), _stage("fixer", {"ents"}, {"places"})]) == \
        ["ner", "reader", "fixer"]  # (undeclared, the reader would see the entities before they are mended)


def test_an_amender_runs_after_the_writer_even_if_it_does_not_list_the_field_as_a_need():
    ner = _stage("ner", {"parse"}, {"ents"})
    fixer = _stage("fixer", {"parse"}, {"places"}, amends={"ents"})
    assert _names([fixer, ner]) == ["ner", "fixer"]
    with pytest.raises(PipelineError, match=r"stage 'fixer' needs 'ents', which no stage provides"):
        order([fixer], frozenset({"parse"}))


def test_two_amenders_of_one_field_do_not_wait_for_each_other():
    # each reads the field it amends: the one that needs the other's output goes second
    ner = _stage("ner", {"parse"}, {"ents"})
    coder = _stage("coder", {"ents"}, {"codes"}, amends={"ents"})
    fixer = _stage("fixer", {"ents", "codes"}, {"places"}, amends={"ents", "codes"})
    reader = _stage("reader", {"ents", "codes"}, {"events"})
    assert _names([reader, fixer, coder, ner]) == ["ner", "coder", "fixer", "reader"]


def test_a_reader_the_amender_itself_waits_for_is_a_cycle_named_by_its_fields():
    ner = _stage("ner", {"parse"}, {"ents"})
    reader = _stage("reader", {"ents"}, {"quotes"})
    fixer = _stage("fixer", {"ents", "quotes"}, {"places"}, amends={"ents"})
    with pytest.raises(PipelineError) as exc:
        order([ner, reader, fixer], frozenset({"parse"}))
    assert str(exc.value) == "stage 'reader' reads 'ents' only after 'fixer' amends it, itself waiting"
    two = _stage("reader", {"ents", "codes"}, {"quotes"})
    fixer = _stage("fixer", {"ents", "quotes"}, {"places"}, amends={"ents"})
    coder = _stage("coder", {"ents", "quotes"}, {"codes"}, amends={"codes"})
    with pytest.raises(PipelineError) as exc:
        order([ner, two, coder, fixer], frozenset({"parse"}))
    assert str(exc.value) == "stage 'reader' needs 'codes', which comes only from 'coder', itself waiting"
    three = _stage("reader", {"ents", "codes"}, {"quotes"})
    coder = _stage("coder", {"parse"}, {"codes"})
    with pytest.raises(PipelineError) as exc:
        order([ner, coder, three, _stage("fixer", {"ents", "codes", "quotes"}, {"places"}, amends={"ents", "codes"})],
              frozenset({"parse"}))
    assert str(exc.value) == "stage 'reader' reads 'codes', 'ents' only after 'fixer' amends them, itself waiting"
    fixers = [_stage(n, {"ents", "quotes"}, {n + "s"}, amends={"ents"}) for n in ("fix1", "fix2")]
    with pytest.raises(PipelineError) as exc:
        order([ner, reader, *fixers], frozenset({"parse"}))
    assert str(exc.value) == "stage 'reader' reads 'ents' only after 'fix1', 'fix2' amend it, itself waiting"


def test_a_stage_says_what_it_amends():
    assert repr(_stage("fixer", {"ents"}, {"places"}, amends={"ents"})(None)) == \
        "<stage fixer: ['ents'] -> ['places'], amends ['ents']>"
    assert repr(_stage("ner", {"parse"}, {"ents"})(None)) == "<stage ner: ['parse'] -> ['ents']>"


# --- the default pipeline writes only what it declares --------------------------------------------------------------

TEXT = ("Turkey said on Monday that fighting near Goma had displaced thousands of people. "
        "\"We will send aid,\" the foreign minister told reporters in Ankara.")


def _written(before: dict, after: dict) -> set[str]:
    """The contract's fields a stage changed: the entities' actor parts are `actors` (a new entity's only if it has an
    actor: the entities stage makes them without), the rest of them `entities`."""
    old = {e["id"] for e in before["entities"]}

    def split(doc):
        ents = doc.pop("entities")
        doc["actors"] = {e["id"]: (e["actor"], e["attrs"]) for e in ents if e["id"] in old or e["actor"] is not None}
        doc["entities"] = [{k: v for k, v in e.items() if k not in ("actor", "attrs")} for e in ents]
        return doc

    before, after = split(copy.deepcopy(before)), split(copy.deepcopy(after))
    return {k for k in set(before) | set(after) if before.get(k) != after.get(k)}


def test_each_default_stage_writes_only_what_it_provides_or_amends(pipeline, monkeypatch):
    writes: dict[str, set[str]] = {}

    def watched(st):
        def call(doc, parse):
            before = doc.to_dict()
            st(doc, parse)
            writes[st.name] = _written(before, doc.to_dict())
        return type("Watched", (), {"name": st.name, "__call__": staticmethod(call)})()

    monkeypatch.setattr(pipeline, "stages", [watched(st) for st in pipeline.stages])
    doc = pipeline.extract(TEXT)
    goma = next(e for e in doc.entities if e.name == "Goma")
    assert goma.type == "GPE" and goma.actor is None  # retyped: the parser took the town for a person
    assert any(m.kind == "metonym" for e in doc.entities if e.name == "Turkey" for m in e.mentions)
    assert {"entities", "actors"} <= writes["places"]  # what the places stage amends is written here
    for st in default_stages():  # the classes' declarations
        assert writes[st.name] <= st.provides | st.amends, (st.name, writes[st.name])


def test_the_default_order_is_unchanged_by_the_declarations(pipeline):
    assert [s.name for s in pipeline.stages] == ["entities", "times", "actors", "places", "quotes", "events"]
    places = next(s for s in pipeline.stages if s.name == "places")
    assert places.amends == {"entities", "actors"}
