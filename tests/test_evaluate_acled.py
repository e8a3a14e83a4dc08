"""`newsgraph evaluate events --acled`: snippets labelled with ACLED sub-event types (evaluate/acled.py)."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from newsgraph.errors import InputError
from newsgraph.evaluate import acled
from eventsutil import event

from newsgraph.model import Document

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "gold" / "acled_snippets.csv"

CSV = """event_id_cnty,event_date,event_type,sub_event_type,notes
KEN1,03 March 2024,Protests,Peaceful protest,"On 3 March 2024, teachers marched in Nairobi (Nairobi), demanding pay."
SOM2,2023-04-11,Battles,Armed clash,Al Shabaab militants attacked an army base. 4 soldiers killed.
UKR3,,Explosions/Remote violence,air/drone  strike,Drones struck Kyiv.
"""


def _write(tmp_path, name, text):
    f = tmp_path / name
    f.write_text(text, encoding="utf-8")
    return str(f)


def test_load_csv_with_acled_columns(tmp_path):
    items = acled.load_gold(_write(tmp_path, "s.csv", CSV))
    assert [i.id for i in items] == ["KEN1", "SOM2", "UKR3"]
    assert [i.date for i in items] == ["2024-03-03", "2023-04-11", None]  # ACLED's own date form read
    assert items[2].sub_event_type == "Air/drone strike"  # case and spacing as ACLED's name
    assert items[0].text.startswith("On 3 March 2024") and items.path.endswith("s.csv")
    assert {i.split for i in items} <= {"dev", "heldout"}


def test_date_from_the_notes_opening_when_no_event_date(tmp_path):
    path = _write(tmp_path, "d.csv", "notes,sub_event_type\n"
                  "\"On 14 July 2022, police fired tear gas at marchers.\",Protest with intervention\n"
                  "Police fired tear gas at marchers.,Protest with intervention\n")
    assert [i.date for i in acled.load_gold(path)] == ["2022-07-14", None]


def test_tab_separated_and_a_text_column(tmp_path):
    path = _write(tmp_path, "t.tsv", "id\ttext\tsub_event_type\nA\tPolice arrested a journalist, then left.\tArrests\n")
    (item,) = acled.load_gold(path)
    assert (item.id, item.text, item.sub_event_type) == ("A", "Police arrested a journalist, then left.", "Arrests")


def test_load_jsonl_and_split(tmp_path):
    rows = [{"id": f"x{n}", "notes": "Police arrested a journalist.", "sub_event_type": "Arrests"} for n in range(9)]
    path = _write(tmp_path, "s.jsonl", "".join(json.dumps(r) + "\n" for r in rows))
    everything = acled.load_gold(path)
    dev, held = acled.load_gold(path, "dev"), acled.load_gold(path, "heldout")
    assert len(dev) + len(held) == len(everything) == 9 and held.split == "heldout"
    assert {i.id for i in held} == {i.id for i in everything if acled.heldout_split(i.id) == "heldout"}


@pytest.mark.parametrize("text,where,why", [
    ("notes,event_type\nx,Protests\n", "b.csv:1", "no sub_event_type column"),
    ("notes,sub_event_type\nPolice fired.,Riot\n", "b.csv:2", "unknown ACLED sub_event_type 'Riot'"),
    ("notes,event_type,sub_event_type\nx,Battles,Grenade\n", "b.csv:2", "does not match"),
    ("notes,sub_event_type\n,Arrests\n", "b.csv:2", "empty `notes`"),
    ("notes,sub_event_type\n\"a\",Arrests,extra\n", "b.csv:2", "more fields than the header"),
])
def test_bad_rows_are_one_error_naming_file_and_line(tmp_path, text, where, why):
    path = _write(tmp_path, "b.csv", text)
    with pytest.raises(InputError) as err:
        acled.load_gold(path)
    assert where in str(err.value) and why in str(err.value) and "\n" not in str(err.value)


def test_bad_jsonl_line_and_missing_file(tmp_path):
    path = _write(tmp_path, "b.jsonl", '{"notes": "x", "sub_event_type": "Arrests"}\n{"notes": \n')
    with pytest.raises(InputError, match="b.jsonl:2"):
        acled.load_gold(path)
    with pytest.raises(InputError, match="nope.csv"):
        acled.load_gold(str(tmp_path / "nope.csv"))


LINE = "x" * 80  # the sentence of an event whose trigger "x" is placed by offset


def test_predicted_takes_the_precedence_of_acled_types():
    doc = Document(text="x", events=[event(LINE, sub="Armed clash"), event(LINE, at=30, sub="Air/drone strike"),
                                     event(LINE, at=10)])
    assert acled.predicted(doc) == "Air/drone strike"  # an air strike during a clash
    protests = [event(LINE, sub="Peaceful protest"), event(LINE, at=5, sub="Protest with intervention")]
    assert acled.predicted(Document(text="x", events=protests)) == "Protest with intervention"
    assert acled.predicted(Document(text="x", events=[event(LINE)])) == acled.NONE
    assert acled.predicted(None) == acled.NONE


def test_predicted_takes_only_events_told_as_fact():
    doc = Document(text="x", events=[event(LINE, sub="Attack", flags=["future"]), event(LINE, at=5, sub="Arrests")])
    assert acled.predicted(doc) == "Arrests"
    # session 8: a snippet telling only a future, negated or hypothetical event tells no ACLED event
    assert acled.predicted(Document(text="x", events=[event(LINE, sub="Attack", flags=["future"])])) == acled.NONE
    told = event(LINE, sub="Attack", flags=["reported", "historical"])
    assert acled.predicted(Document(text="x", events=[told])) == "Attack"


def test_predicted_puts_background_events_last():
    s = "Farmers marched in Jos to protest against the killings of villagers."
    killings = event(s, "killings", sub="Attack")
    marched = event(s, "marched", sub="Peaceful protest")
    assert acled.predicted(Document(text=s, events=[killings, marched])) == "Peaceful protest"


def test_predicted_puts_bare_tolls_last():
    s = "Youths from two villages clashed with machetes. 2 people killed."
    clash = event(s, "clashed", sub="Mob violence")
    toll = event(s, "killed", sub="Attack")
    assert acled.predicted(Document(text=s, events=[clash, toll])) == "Mob violence"
    named = event(s, "killed", sub="Attack")
    named.source = ["e1"]
    assert acled.predicted(Document(text=s, events=[clash, named])) == "Attack"


def test_a_protest_with_an_arrest_beside_it_is_a_protest_with_intervention():
    s = "Students protested at the university. Police arrested 10 students."
    protest = event(s, "protested", sub="Peaceful protest")
    arrest = event(s, "arrested", sub="Arrests")
    assert acled.predicted(Document(text=s, events=[protest, arrest])) == "Protest with intervention"
    assert acled.predicted(Document(text=s, events=[protest])) == "Peaceful protest"
    assert acled.predicted(Document(text=s, events=[arrest])) == "Arrests"


def test_score_macro_f1_over_gold_classes_and_confusions():
    items = [acled.Snippet(str(n), "t", "2024-01-01", "", sub) for n, sub in
             enumerate(["Peaceful protest", "Peaceful protest", "Armed clash", "Attack"])]
    docs = [Document(text="x", events=[event(LINE, sub=s)]) if s else None
            for s in ["Peaceful protest", "Armed clash", "Armed clash", None]]
    r = acled.score(items, docs)
    pp, ac, at = r["per_class"]["Peaceful protest"], r["per_class"]["Armed clash"], r["per_class"]["Attack"]
    assert (pp["precision"], pp["recall"], round(pp["f1"], 3)) == (1.0, 0.5, 0.667)
    assert (ac["precision"], ac["recall"], round(ac["f1"], 3)) == (0.5, 1.0, 0.667)
    assert at["f1"] == 0.0 and r["uncoded"] == 1
    assert r["macro_f1"] == pytest.approx((2 / 3 + 2 / 3 + 0) / 3, abs=1e-4)
    assert r["accuracy"] == 0.5 and r["event_type_accuracy"] == 0.5
    assert {(c["gold"], c["predicted"], c["n"]) for c in r["confusion"]} == {
        ("Peaceful protest", "Armed clash", 1), ("Attack", "none", 1)}
    text = acled.render(r)
    assert "macro_f1 0.444" in text and "Peaceful protest -> Armed clash: 1" in text and "Attack" in text


def test_own_regression_set_covers_every_sub_event_type():
    items = acled.load_gold(str(GOLD))
    assert {i.sub_event_type for i in items} == set(acled.SUB_EVENT_TYPES)
    assert len(items) >= 150 and len({i.id for i in items}) == len(items)


def test_cli_acled_source(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    bad = subprocess.run([sys.executable, "-m", "newsgraph.cli", "evaluate", "events", "--acled",
                          _write(tmp_path, "bad.csv", "text,label\nx,y\n")], capture_output=True, text=True, env=env)
    assert bad.returncode == 1 and "bad.csv:1" in bad.stderr and "Traceback" not in bad.stderr
    good = _write(tmp_path, "good.csv", "event_id_cnty,event_type,sub_event_type,notes\n"
                  "A1,Explosions/Remote violence,Air/drone strike,"
                  "\"On 2 May 2024, Israeli warplanes carried out air strikes on Rafah, killing 5 people.\"\n")
    out = subprocess.run([sys.executable, "-m", "newsgraph.cli", "evaluate", "events", "--acled", good,
                          "--format", "json"], capture_output=True, text=True, env=env)
    assert out.returncode == 0, out.stderr
    report = json.loads(out.stdout)
    assert report["items"] == 1 and report["per_class"]["Air/drone strike"]["recall"] == 1.0
    assert report["macro_f1"] == 1.0
