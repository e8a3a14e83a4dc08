"""Mutation-found gaps in evaluate/acled.py (s7-mutate2): reading ACLED's files, the choice of a
snippet's one sub-event type, the report and its text and error forms."""

import json
from functools import partial

import pytest
from eventsutil import event

from newsgraph.errors import InputError, UsageError
from newsgraph.evaluate import acled
from newsgraph.evaluate.base import Gold
from newsgraph.model import Document


def _write(tmp_path, name, text, encoding="utf-8"):
    f = tmp_path / name
    f.write_bytes(text.encode(encoding) if isinstance(text, str) else text)
    return str(f)


# ---- dates


@pytest.mark.parametrize("value, iso", [
    ("2024-03-03", "2024-03-03"), ("2024-03-03T10:00:00", "2024-03-03"), (" 2024-03-03 ", "2024-03-03"),
    ("03 March 2024", "2024-03-03"), ("3-March-2024", "2024-03-03"), ("3 Mar 2024", "2024-03-03"),
    ("March 3, 2024", "2024-03-03"), ("03/04/2024", "2024-04-03"),
    ("", None), (None, None), ("sometime", None),
])
def test_date_forms(value, iso):
    assert acled._date(value) == iso


def test_opening_dateline_needs_the_notes_to_begin_with_it(tmp_path):
    path = _write(tmp_path, "d.csv", "notes,sub_event_type\n"
                  "\"Around 2 June 2023, police arrested a man.\",Arrests\n"
                  "\"By 5 May 2021, police arrested a man.\",Arrests\n"
                  "\"Police arrested a man. On 14 July 2022, he was freed.\",Arrests\n"
                  "\"On 14 July 2022x police arrested a man.\",Arrests\n")
    assert [i.date for i in acled.load_gold(path)] == ["2023-06-02", "2021-05-05", None, None]


def test_event_date_beats_the_notes_opening(tmp_path):
    path = _write(tmp_path, "d.csv", "event_date,notes,sub_event_type\n"
                  "2020-01-02,\"On 14 July 2022, police arrested a man.\",Arrests\n")
    assert acled.load_gold(path)[0].date == "2020-01-02"


# ---- rows and snippets


def test_jsonl_skips_blank_lines_and_numbers_lines_from_one(tmp_path):
    rows = ['{"notes": "Police arrested a man.", "sub_event_type": "Arrests"}', "", "  ",
            '{"text": "Rioters burned a car.", "sub_event_type": "Violent demonstration", "event_type": "riots"}']
    items = acled.load_gold(_write(tmp_path, "s.jsonl", "\n".join(rows) + "\n"))
    assert [(i.id, i.text, i.event_type) for i in items] == [
        ("line1", "Police arrested a man.", "Strategic developments"), ("line4", "Rioters burned a car.", "Riots")]


def test_jsonl_line_that_is_not_an_object(tmp_path):
    path = _write(tmp_path, "s.jsonl", '{"notes": "x", "sub_event_type": "Arrests"}\n[1, 2]\n')
    with pytest.raises(InputError) as err:
        acled.load_gold(path)
    assert str(err.value).endswith("s.jsonl:2: not a JSON object")
    broken = _write(tmp_path, "b.jsonl", '{"notes": "x", "sub_event_type": "Arrests"}\n{"notes": \n')
    with pytest.raises(InputError) as err:
        acled.load_gold(broken)
    assert str(err.value).endswith("b.jsonl:2: not a JSON object: Expecting value")


def test_jsonl_after_a_blank_first_line(tmp_path):
    path = _write(tmp_path, "s.jsonl", '\n  {"notes": "Police arrested a man.", "sub_event_type": "Arrests"}\n')
    assert [(i.id, i.text) for i in acled.load_gold(path)] == [("line2", "Police arrested a man.")]


def test_the_delimiter_is_chosen_by_the_header_line_alone(tmp_path):
    rows = "".join(f"A{n}\tPolice, army, militia, and rebels, clashed, again, {n}\tArmed clash\n" for n in range(3))
    path = _write(tmp_path, "t.tsv", "id\tnotes\tsub_event_type\n" + rows)
    items = acled.load_gold(path)
    assert [i.id for i in items] == ["A0", "A1", "A2"] and items[0].text.startswith("Police, army")
    # as many tabs (inside a quoted name) as commas in the header: a comma file
    tie = _write(tmp_path, "c.csv", '"a\tb\tc",notes,sub_event_type\nx,Police arrested a man.,Arrests\n')
    assert acled.load_gold(tie)[0].text == "Police arrested a man."


def test_csv_ids_lines_and_the_event_id_before_the_id(tmp_path):
    path = _write(tmp_path, "s.csv", "event_id_cnty,id,notes,sub_event_type\n"
                  "K1,x,Police arrested a man.,Arrests\n,y,Police arrested a man.,Arrests\n"
                  ",,Police arrested a man.,Arrests\n")
    assert [i.id for i in acled.load_gold(path)] == ["K1", "y", "line4"]


def test_a_comma_file_with_tabs_in_its_text_stays_comma_separated(tmp_path):
    path = _write(tmp_path, "s.csv", "notes,sub_event_type,event_type\n\"a\tb, c\",Arrests,Strategic developments\n")
    assert acled.load_gold(path)[0].text == "a\tb, c"


@pytest.mark.parametrize("header, why", [
    ("text,sub_event_type", None), ("notes,label", "no sub_event_type column"),
    ("body,label", "no notes or sub_event_type column"), ("body,sub_event_type", "no notes column"),
])
def test_required_columns(tmp_path, header, why):
    path = _write(tmp_path, "h.csv", header + "\nPolice arrested a man.,Arrests\n")
    if why is None:
        assert acled.load_gold(path)[0].sub_event_type == "Arrests"
        return
    with pytest.raises(InputError) as err:
        acled.load_gold(path)
    assert f"h.csv:1: {why} in the header" in str(err.value)


def test_event_type_is_checked_whatever_its_case_and_spacing(tmp_path):
    path = _write(tmp_path, "e.csv", "notes,event_type,sub_event_type\nx, violence  against CIVILIANS ,Attack\n")
    assert acled.load_gold(path)[0].event_type == "Violence against civilians"
    bad = _write(tmp_path, "f.csv", "notes,event_type,sub_event_type\nx,Riots,Attack\n")
    with pytest.raises(InputError) as err:
        acled.load_gold(bad)
    assert str(err.value).endswith("event_type 'Riots' does not match sub_event_type 'Attack' "
                                   "(ACLED: 'Violence against civilians')")


def test_notes_are_stripped_and_a_blank_note_is_empty(tmp_path):
    path = _write(tmp_path, "n.csv", "notes,sub_event_type\n\"  Police arrested a man.  \",Arrests\n")
    assert acled.load_gold(path)[0].text == "Police arrested a man."
    blank = _write(tmp_path, "b.csv", "notes,sub_event_type\n\"   \",Arrests\n")
    with pytest.raises(InputError, match="b.csv:2"):
        acled.load_gold(blank)


def test_unreadable_empty_and_empty_split(tmp_path):
    with pytest.raises(InputError) as err:
        acled.load_gold(_write(tmp_path, "latin.csv", "notes,sub_event_type\nCaf\xe9,Arrests\n", "latin-1"))
    assert "latin.csv" in str(err.value) and "not a UTF-8 text file" in str(err.value)
    with pytest.raises(InputError) as err:
        acled.load_gold(_write(tmp_path, "empty.csv", "notes,sub_event_type\n"))
    assert "empty.csv" in str(err.value) and "no snippets" in str(err.value)
    # one item whose id is in the dev third: no heldout snippets
    dev_id = next(f"d{n}" for n in range(20) if acled.heldout_split(f"d{n}") == "dev")
    one = _write(tmp_path, "one.csv", f"id,notes,sub_event_type\n{dev_id},x,Arrests\n")
    with pytest.raises(UsageError) as err:  # the split asked for, not the file, is at fault (exit 2)
        acled.load_gold(one, "heldout")
    assert "no snippets in split 'heldout'" in str(err.value)
    assert acled.load_gold(one, "dev").split == "dev"


def test_a_byte_order_mark_is_not_part_of_the_first_column(tmp_path):
    path = _write(tmp_path, "bom.csv", "\ufeffnotes,sub_event_type\nx,Arrests\n")
    assert acled.load_gold(path)[0].text == "x"


# ---- predicted


# an event of an 80-character sentence whose trigger ("struck" unless given) is placed by offset
_struck = partial(event, "x" * 80, trigger="struck", at=0)


def _doc(*events):
    return Document(text="x", events=list(events))


def test_reported_events_are_asserted():
    doc = _doc(_struck(sub="Arrests", flags=["future"]), _struck(sub="Attack", at=5, flags=["reported"]))
    assert acled.predicted(doc) == "Attack"


def test_ties_go_to_the_earlier_trigger_and_a_missing_trigger_counts_as_first():
    assert acled.predicted(_doc(_struck(sub="Attack", at=30), _struck(sub="Attack", at=10))) == "Attack"
    later, earlier = _struck(sub="Other", at=30), _struck(sub="Other", at=10)
    later.acled = {"event_type": "Strategic developments", "sub_event_type": "Other"}
    doc = _doc(_struck(sub="Armed clash", at=30), _struck(sub="Armed clash", at=10))
    assert acled.predicted(doc) == "Armed clash"
    no_trigger = _struck(sub="Arrests", at=50)
    no_trigger.trigger = None
    assert acled.predicted(_doc(_struck(sub="Arrests", at=5), no_trigger)) == "Arrests"


def test_an_unknown_sub_event_type_comes_after_every_known_one():
    odd = _struck(sub="Other")
    odd.acled = {"event_type": "Strategic developments", "sub_event_type": "Something new"}
    assert acled.predicted(_doc(odd, _struck(sub="Other", at=40))) == "Other"
    assert acled.predicted(_doc(odd)) == "Something new"


@pytest.mark.parametrize("trigger, source, target, last", [
    ("killed", (), (), True), ("Died", (), (), True), ("wounded", (), (), True), ("hurt", (), (), True),
    ("killed", ("e1",), (), False), ("killed", (), ("e1",), False), ("killings", (), (), False),
    ("shot", (), (), False),
])
def test_bare_tolls(trigger, source, target, last):
    toll = _struck(sub="Attack", trigger=trigger, source=source, target=target)
    assert acled._casualty_count(toll) is last
    # a toll of no one, beside an event of lower precedence, still comes after it
    assert acled.predicted(_doc(toll, _struck(sub="Arrests", at=40))) == ("Arrests" if last else "Attack")


def test_no_trigger_is_no_toll():
    ev = _struck(sub="Attack")
    ev.trigger = None
    assert acled._casualty_count(ev) is False


def test_crowd_control_beside_a_protest_is_an_intervention_but_not_a_protest_beside_itself():
    protest = _struck(sub="Peaceful protest")
    gas = _struck(sub="Other", at=40, mode="crowd-control")
    assert acled._intervenes(gas) and not acled._intervenes(_struck(sub="Other", at=40))
    assert acled.predicted(_doc(protest, gas)) == "Protest with intervention"
    assert acled.predicted(_doc(protest, _struck(sub="Other", at=40))) == "Peaceful protest"
    # an intervention only counts among the events chosen from (asserted ones)
    assert acled.predicted(_doc(protest, _struck(sub="Arrests", at=40, flags=["future"]))) == "Peaceful protest"


# ---- score, render, errors


def _items(*subs, path=None, split=None):
    return Gold([acled.Snippet(str(n), "t", None, acled.SUB_EVENT_TYPES[s], s) for n, s in enumerate(subs)],
                path=path, split=split)


def test_score_orders_classes_by_gold_count_then_name_and_lists_predicted_only():
    items = _items("Attack", "Armed clash", "Armed clash", "Arrests")
    docs = [_doc(_struck(sub="Attack")), _doc(_struck(sub="Armed clash")), _doc(_struck(sub="Grenade")), None]
    r = acled.score(items, docs)
    assert list(r["per_class"]) == ["Armed clash", "Arrests", "Attack"]
    assert r["predicted_only"] == {"Grenade": 1, "none": 1}
    assert r["per_class"]["Armed clash"] == {"precision": 1.0, "recall": 0.5, "f1": 0.6667, "gold": 2,
                                             "predicted": 1, "correct": 1}
    assert r["per_class"]["Arrests"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "gold": 1,
                                         "predicted": 0, "correct": 0}
    assert r["macro_f1"] == round((2 / 3 + 0 + 1) / 3, 4) and r["accuracy"] == 0.5
    # the grenade is a remote-violence type, not a battle: only the attack's type is right... and the clash
    assert r["event_type_accuracy"] == 0.5
    assert (r["gold"], r["split"], r["failed"]) == (None, None, 1)


def test_confusions_most_frequent_first_then_by_name():
    items = _items("Attack", "Attack", "Arrests", "Armed clash")
    docs = [_doc(_struck(sub="Grenade")) for _ in range(4)]
    r = acled.score(items, docs)
    assert [(c["gold"], c["n"]) for c in r["confusion"]] == [("Attack", 2), ("Armed clash", 1), ("Arrests", 1)]
    assert r["event_type_accuracy"] == 0.0


def test_empty_score_is_zeros_and_plain_lists_have_no_file():
    r = acled.score([], [])
    assert (r["items"], r["macro_f1"], r["accuracy"], r["event_type_accuracy"], r["uncoded"]) == (0, 0.0, 0.0, 0.0, 0)
    assert "gold" not in r and "failed" not in r


def test_render_names_file_split_failures_and_predicted_only():
    items = _items("Attack", "Attack", path="g.csv", split="dev")
    r = acled.score(items, [_doc(_struck(sub="Attack")), None])
    text = acled.render(r)
    lines = text.splitlines()
    assert lines[0] == "ACLED snippets g.csv (dev): 2 snippets, 1 with no category, 1 failed"
    assert lines[1] == "macro_f1 0.667  accuracy 0.500  event_type_accuracy 0.500"
    assert lines[3].split() == ["sub_event_type", "gold", "pred", "P", "R", "F1"]
    assert lines[4].split() == ["Attack", "2", "1", "1.000", "0.500", "0.667"]
    assert lines[5].split() == ["none", "0", "1", "(predicted", "only)"]
    assert lines[-2:] == ["confusions (gold -> predicted: n)", "  Attack -> none: 1"]
    assert text.endswith("\n")
    clean = acled.render(acled.score(list(_items("Attack")), [_doc(_struck(sub="Attack"))]))
    assert clean.splitlines()[0] == "ACLED snippets : 1 snippets, 0 with no category"
    assert "confusions" not in clean and "predicted only" not in clean


def test_write_errors_one_line_per_snippet(tmp_path):
    items = _items("Attack", "Arrests")
    ev = _struck(sub="Attack", at=3, flags=["reported"], trigger="shot", mode="beat")
    plain = _struck(at=9)
    plain.trigger = None
    out = tmp_path / "e.jsonl"
    acled.write_errors(items, [_doc(ev, plain), None], str(out))
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert rows[0] == {"id": "0", "text": "t", "gold": "Attack", "predicted": "Attack", "events": [
        {"type": "ASSAULT", "mode": "beat", "cameo": None, "flags": ["reported"], "trigger": "shot", "acled": "Attack"},
        {"type": "ASSAULT", "mode": None, "cameo": None, "flags": [], "trigger": None, "acled": None}]}
    assert rows[1] == {"id": "1", "text": "t", "gold": "Arrests", "predicted": "none", "events": []}


def test_a_quoted_note_may_span_lines(tmp_path):
    path = _write(tmp_path, "m.csv", 'notes,sub_event_type\n"Police arrested\na man.",Arrests\nx,Arrests\n')
    items = acled.load_gold(path)
    assert items[0].text == "Police arrested\na man." and items[1].id == "line4"  # ids count the file's lines


@pytest.mark.parametrize("name, text, reason", [
    ("x.csv", "notes,sub_event_type\n\"a\",Arrests,extra\n", "x.csv:2: more fields than the header has (unquoted comma?)"),
    ("x.csv", "notes,sub_event_type\n,Arrests\n", "x.csv:2: empty `notes` (the snippet's text)"),
    ("x.csv", "notes,sub_event_type\n", "x.csv: no snippets (expected a CSV header with notes, event_type, sub_event_type)"),
    ("x.csv", b"notes,sub_event_type\nCaf\xe9,Arrests\n",
     "x.csv: not a UTF-8 text file (expected ACLED snippets as CSV or JSONL)"),
])
def test_error_messages_in_full(tmp_path, name, text, reason):
    path = _write(tmp_path, name, text)
    with pytest.raises(InputError) as err:
        acled.load_gold(path)
    assert str(err.value) == str(tmp_path / reason)


def test_missing_file_and_empty_split_messages_in_full(tmp_path):
    with pytest.raises(InputError) as err:
        acled.load_gold(str(tmp_path / "nope.csv"))
    assert str(err.value) == f"{tmp_path / 'nope.csv'}: cannot read the ACLED snippets: No such file or directory"
    dev_id = next(f"d{n}" for n in range(20) if acled.heldout_split(f"d{n}") == "dev")
    one = _write(tmp_path, "one.csv", f"id,notes,sub_event_type\n{dev_id},x,Arrests\n")
    with pytest.raises(UsageError) as err:
        acled.load_gold(one, "heldout")
    assert str(err.value) == f"{one}: no snippets in split 'heldout' (it has dev)"


def test_unknown_types_tie_on_rank_and_go_by_trigger_a_missing_trigger_first():
    def odd(name, at):
        ev = _struck(sub="Other", at=at or 0)
        ev.acled = {"event_type": "?", "sub_event_type": name}
        if at is None:
            ev.trigger = None
        return ev
    assert acled.predicted(_doc(odd("Beta", 10), odd("Alpha", 5))) == "Alpha"
    assert acled.predicted(_doc(odd("Alpha", None), odd("Beta", 0))) == "Alpha"


def test_per_class_scores_to_four_places_and_equal_p_and_r():
    items = _items("Attack", "Attack", "Arrests", "Grenade", "Grenade", "Grenade")
    docs = [_doc(_struck(sub="Attack")), _doc(_struck(sub="Arrests")), _doc(_struck(sub="Attack")),
            _doc(_struck(sub="Grenade")), _doc(_struck(sub="Arrests")), _doc(_struck(sub="Attack"))]
    r = acled.score(items, docs)
    assert list(r["per_class"]) == ["Grenade", "Attack", "Arrests"]  # by gold count, not by name
    assert r["per_class"]["Attack"] == {"precision": 0.3333, "recall": 0.5, "f1": 0.4, "gold": 2, "predicted": 3,
                                        "correct": 1}
    assert r["per_class"]["Grenade"]["recall"] == 0.3333
    assert r["per_class"]["Arrests"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "gold": 1, "predicted": 2,
                                         "correct": 0}
    assert r["accuracy"] == 0.3333 and r["event_type_accuracy"] == 0.3333
    half = acled.score(_items("Attack", "Attack", "Arrests"),
                       [_doc(_struck(sub="Attack")), _doc(_struck(sub="Arrests")), _doc(_struck(sub="Attack"))])
    assert half["per_class"]["Attack"]["f1"] == 0.5  # precision = recall = 0.5


def test_render_blank_lines_and_a_report_without_predicted_only():
    r = acled.score(list(_items("Attack", "Attack")), [_doc(_struck(sub="Attack")), None])
    lines = acled.render(r).splitlines()
    assert lines[2] == "" and lines[-3] == ""
    del r["predicted_only"]
    assert "(predicted only)" not in acled.render(r)
