"""`newsgraph evaluate events`: gold loading (PLOVER GSR and our JSONL), scores, CLI."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from eventsutil import coded

from newsgraph.errors import InputError
from newsgraph.evaluate.events import GoldEvent, GoldItem, load_gold, score
from newsgraph.model import Actor, Document, Entity
from conftest import SHARED

ROOT = Path(__file__).resolve().parent.parent
GSR = SHARED / "data/plover-gsr/PLOVER_GSR_CAMEO.txt"


def test_gsr_records_map_legacy_names(tmp_path):
    f = tmp_path / "gsr.json"
    f.write_text(json.dumps([
        {"id": "DOC", "event": "DOCUMENT", "eventText": "x"},
        {"id": "a", "event": "DEMAND", "text": "X demanded Y.", "source": [{"code": "USA", "sector": "GOV"}], "target": ""},
        {"id": "b", "event": "FIGHT", "text": "X fought Y.", "source": {"code": "RUS"}, "target": [{"code": "UKR"}]},
    ]), encoding="utf-8")
    items = load_gold(str(f))
    assert [i.events[0].type for i in items] == ["REQUEST", "ASSAULT"]
    assert items[0].events[0].source == [("USA", "GOV")] and items[0].events[0].target == []
    assert items[1].events[0].source == [("RUS", None)] and items[0].date == "2000-01-01"


def test_jsonl_gold_and_errors(tmp_path):
    f = tmp_path / "g.jsonl"
    f.write_text('{"id": "1", "text": "A hit B.", "date": "2026-01-02", "events": [{"type": "ASSAULT", "source": ["RUSMIL"], "target": ["UKR"]}]}\n', encoding="utf-8")
    (item,) = load_gold(str(f))
    assert item.events[0].source == [("RUS", "MIL")] and item.date == "2026-01-02"
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "x", "events": [{"type": "DANCE"}]}\n', encoding="utf-8")
    with pytest.raises(InputError, match="bad.jsonl:1"):
        load_gold(str(bad))
    with pytest.raises(InputError, match="cannot read"):
        load_gold(str(tmp_path / "none.jsonl"))


def _doc(events):
    ents = [Entity(id="e1", name="Russia", type="GPE", actor=Actor(code="RUS", country="RUS")),
            Entity(id="e2", name="Ukraine", type="GPE", actor=Actor(code="UKRGOV", country="UKR", sector="GOV"))]
    return Document(text="x", entities=ents, events=events)


def test_score_counts():
    items = [GoldItem("1", "x", "2026-01-01", [GoldEvent("ASSAULT", [("RUS", None)], [("UKR", "GOV")])]),
             GoldItem("2", "x", "2026-01-01", [GoldEvent("CONSULT", [("RUS", None), ("UKR", None)], [])]),
             GoldItem("3", "x", "2026-01-01", [GoldEvent("REJECT", [("RUS", None)], [])])]
    docs = [_doc([coded("ASSAULT", ["e1"], ["e2"]), coded("ACCUSE", ["e2"], ["e1"], confidence=0.5)]),
            _doc([coded("CONSULT", ["e1"], ["e2"])]),  # reciprocal: pooled as actors
            _doc([coded("REJECT", ["e1"], [], flags=["negated"])])]
    r = score(items, docs)
    assert r["type_accuracy"] == 1.0  # flagged events still count for the type when nothing else is coded
    c = r["triples"]["country"]
    assert (c["tp"], c["pred"], c["gold"]) == (3, 4, 4)
    cs = r["triples"]["country_sector"]
    assert cs["tp"] == 2  # RUS->UKRGOV; of the pooled CONSULT actors RUS matches, UKRGOV is not gold's UKR
    assert r["per_type"]["ASSAULT"] == {"gold": 1, "correct": 1, "wrong_actors": 0, "uncoded": 0, "extra": 0}
    assert r["per_type"]["ACCUSE"]["extra"] == 1
    assert r["per_type"]["REJECT"]["uncoded"] == 1  # only factual predictions count as coded
    top = r["triples_top"]  # the k best events only: the second (ACCUSE) event of item 1 is not counted
    assert (top["tp"], top["pred"], top["gold"]) == (3, 3, 4)


def test_city_argument_scores_as_its_country():
    from newsgraph.evaluate.events import _actor_code
    from newsgraph.model import Mention, Place

    paris = Entity(id="e3", name="Paris", type="GPE", mentions=[Mention(start=10, end=15, text="Paris")])
    doc = Document(text="x" * 20, entities=[paris],
                   places=[Place(id="p1", name="Paris", country="FRA", feature="city",
                                 mentions=[Mention(start=10, end=15, text="Paris")])])
    from newsgraph.events.stage import place_countries
    assert _actor_code(doc, "e3", place_countries(doc)) == ("FRA", None)
    assert _actor_code(doc, "e3") is None


def test_cli_json(tmp_path):
    f = tmp_path / "g.jsonl"
    f.write_text('{"id": "1", "text": "Russia attacked Ukraine on Monday.", "date": "2026-03-10", '
                 '"events": [{"type": "ASSAULT", "source": ["RUS"], "target": ["UKR"]}]}\n', encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    out = subprocess.run([sys.executable, "-m", "newsgraph.cli", "evaluate", "events", str(f), "--format", "json"],
                         capture_output=True, text=True, env=env, check=True)
    r = json.loads(out.stdout)
    assert r["type_accuracy"] == 1.0 and r["triples"]["country"]["f1"] == 1.0
    bad = subprocess.run([sys.executable, "-m", "newsgraph.cli", "evaluate", "events", str(tmp_path / "nope.jsonl")],
                         capture_output=True, text=True, env=env)
    assert bad.returncode == 1 and "nope.jsonl" in bad.stderr and "Traceback" not in bad.stderr


@pytest.mark.skipif(not GSR.exists(), reason="PLOVER gold-standard records not present")
def test_gsr_loads_completely():
    items = load_gold(str(GSR))
    # 322 records; 4 sentences are two records each (two events), read as one gold sentence (s22-triple)
    assert sum(len(i.events) for i in items) == 322 and len(items) == 318


def test_verbs_option_reaches_the_events_stage(tmp_path):
    from newsgraph.evaluate import events as eve

    lex = tmp_path / "mine.yaml"
    lex.write_text("verbs:\n  frobnicate: [{type: ASSAULT}]\n", encoding="utf-8")
    items = [GoldItem("1", "Russian troops frobnicated Ukrainian soldiers near Kharkiv on Monday.", "2026-03-10",
                      [GoldEvent("ASSAULT", [("RUS", "MIL")], [("UKR", "MIL")])])]
    plain = eve.predict(items, eve.pipeline_options())
    mine = eve.predict(items, eve.pipeline_options(verbs=[str(lex)]))
    assert "ASSAULT" not in {e.type for e in plain[0].events}
    assert "ASSAULT" in {e.type for e in mine[0].events}


def test_records_name_missed_and_extra_triples(tmp_path):
    from newsgraph.evaluate.events import records, write_errors

    items = [GoldItem("1", "x", "2026-01-01", [GoldEvent("ASSAULT", [("RUS", None)], [("UKR", "GOV")])]),
             GoldItem("2", "x", "2026-01-01", [GoldEvent("REJECT", [("UKR", None)], [("RUS", None)])])]
    docs = [_doc([coded("ASSAULT", ["e1"], ["e2"])]), _doc([coded("ACCUSE", ["e1"], ["e2"])])]
    rows = records(items, docs)
    assert rows[0]["type_ok"] and rows[0]["missed"] == [] and rows[0]["extra"] == []
    assert rows[0]["predicted"][0]["source"] == ["Russia"] and rows[0]["predicted"][0]["target_codes"] == ["UKRGOV"]
    assert rows[0]["gold"][0]["target"] == ["UKRGOV"]
    assert not rows[1]["type_ok"]
    assert rows[1]["missed"] == [["UKR", "REJECT", "RUS"]] and rows[1]["extra"] == [["RUS", "ACCUSE", "UKR"]]
    out = tmp_path / "e.jsonl"
    write_errors(items, docs, str(out))
    assert [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()] == ["1", "2"]
    with pytest.raises(InputError, match="cannot write"):
        write_errors(items, docs, str(tmp_path / "no-such-dir" / "e.jsonl"))


def test_cli_errors_option_writes_the_dump(tmp_path):
    f = tmp_path / "g.jsonl"
    f.write_text('{"id": "1", "text": "Russia attacked Ukraine on Monday.", "date": "2026-03-10", '
                 '"events": [{"type": "ASSAULT", "source": ["RUS"], "target": ["UKR"]}]}\n', encoding="utf-8")
    dump = tmp_path / "errors.jsonl"
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    subprocess.run([sys.executable, "-m", "newsgraph.cli", "evaluate", "events", str(f), "--errors", str(dump)],
                   capture_output=True, text=True, env=env, check=True)
    (row,) = [json.loads(line) for line in dump.read_text(encoding="utf-8").splitlines()]
    assert row["id"] == "1" and row["type_ok"] and row["predicted"][0]["source_codes"] == ["RUS"]


def test_a_visit_and_its_hosting_count_as_one_plover_event():
    # the stage codes "visited" 042 from the visitor and 043 from the host on one trigger; PLOVER
    # records one event, visitor -> host
    visit = coded("CONSULT", ["e1"], ["e2"])
    host = coded("CONSULT", ["e2"], ["e1"])
    other = coded("CONSULT", ["e2"], ["e1"], id="ev3", trigger="talks", at=5)
    items = [GoldItem("1", "x", "2026-01-01", [GoldEvent("CONSULT", [("RUS", None)], [("UKR", None)])])]
    r = score(items, [_doc([visit, host, other])])
    c = r["triples"]["country"]
    assert (c["tp"], c["pred"]) == (1, 2)  # the mirror is not counted; a second trigger is
