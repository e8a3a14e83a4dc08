"""Session 39 (s39-acled): the ACLED mapping rules added after the first run on gold/acled_unfitted.jsonl, read
function by function on events built by hand (sentences written for these tests; none is in any gold file)."""

from test_events_acled_notes import Doc, ev, sub

from newsgraph.events import acled
from newsgraph.evaluate import acled as ev_acled
from newsgraph.model import Document

GRIEF = "Hundreds marched on Sunday following the death of a teenager, who was shot by a police officer."


def test_an_act_inside_a_protests_grievance():
    assert acled.in_grievance(ev("ASSAULT", "firearms", "shot", GRIEF))
    # the relative clause is what the protest answers only when a protest is named
    assert not acled.in_grievance(ev("ASSAULT", "firearms", "shot", GRIEF.replace("marched", "gathered")))
    # a grievance phrase ("over the killing of")
    s = "Students protested over the killing of a driver by soldiers."
    assert acled.in_grievance(ev("ASSAULT", None, "killing", s))
    # the grievance's act at the sentence's end, and the protest told by the grievance's lead word
    s = "Students protested over the killing."
    assert acled.in_grievance(ev("ASSAULT", None, "killing", s))
    s = "Hundreds marched, protesting the killing of a driver."
    assert not acled.in_grievance(ev("PROTEST", "demo", "protesting", s))
    assert acled.in_grievance(ev("ASSAULT", None, "killing", s))
    # the protest itself, and an act before the clause the protest answers, are not inside it
    assert not acled.in_grievance(ev("PROTEST", "demo", "marched", GRIEF))
    assert not acled.in_grievance(ev("ASSAULT", "firearms", "shot", "Police shot three protesters after the march."))
    # protesters as the people who died, with no protest act before "after": the shooting is force on them
    s = "Two protesters died after security forces shot at a march."
    assert not acled.in_grievance(ev("ASSAULT", "firearms", "shot", s))
    assert sub(ev("ASSAULT", "firearms", "shot", s)) == "Excessive force against protesters"
    s = "Protesters marched after a teenager was shot by a guard."
    assert acled.in_grievance(ev("ASSAULT", "firearms", "shot", s))
    # forces' own act after a protest is their force on it (as `_drop_answered` keeps it)
    s = "Police dispersed the protest after officers shot three of its leaders."
    assert not acled.in_grievance(ev("ASSAULT", "firearms", "shot", s))
    # a clause the protest answers runs to the next comma or semicolon, then only through relative clauses
    s = "They marched after the arrest of a teacher, and officers shot two of the marchers."
    assert not acled.in_grievance(ev("ASSAULT", "firearms", "shot", s))


def test_an_act_without_a_trigger_is_in_no_grievance():
    e = ev("ASSAULT", "firearms", "shot", GRIEF)
    e.trigger = None
    assert not acled.in_grievance(e) and not acled.background(e)


def test_the_grievances_act_is_background_and_no_force_on_the_protest():
    shot = ev("ASSAULT", "firearms", "shot", GRIEF)
    assert acled.background(shot)
    assert sub(shot) == "Attack"  # a police officer shooting a teenager: violence against a civilian
    assert sub(ev("PROTEST", "demo", "marched", GRIEF)) == "Peaceful protest"
    doc = Document(text=GRIEF, events=[])
    march = ev("PROTEST", "demo", "marched", GRIEF)
    march.acled, shot.acled = {"event_type": "Protests", "sub_event_type": "Peaceful protest"}, \
        {"event_type": "Violence against civilians", "sub_event_type": "Attack"}
    doc.events = [shot, march]
    assert ev_acled.predicted(doc) == "Peaceful protest"  # (Attack outranks it, but is the protest's background)
    # force told as the protest's own, not its grievance, stays excessive force
    s = "Police shot dead two marchers during the protest."
    assert sub(ev("ASSAULT", "firearms", "shot dead two marchers", s)) == "Excessive force against protesters"


def test_a_restrictions_own_words_end_at_the_clause_it_answers():
    s = "The governor imposed a ban on alcohol sales after students protested outside the legislature."
    e = ev("COERCE", "restrict", "imposed a ban", s)
    assert acled._restricted(e, s) == "imposed a ban on alcohol sales "
    assert acled._without_answered(e, s) == "The governor imposed a ban on alcohol sales "
    for word in ("following", "because", "since", "when", "amid", "amidst", "in response to", "in the wake of",
                 "in the aftermath of"):
        t = s.replace("after", word)
        assert acled._restricted(ev("COERCE", "restrict", "imposed a ban", t), t) == "imposed a ban on alcohol sales "
    assert sub(e) is None  # a ban on alcohol sales is no development of disorder
    e.trigger = None
    assert acled._restricted(e, s) == s and acled._without_answered(e, s) == s


def test_a_restriction_of_a_protest_or_of_disorder_is_still_read():
    s = "Police blocked the march after the organisers refused to change its route."
    assert sub(ev("COERCE", "restrict", "blocked", s)) == "Protest with intervention"
    s = "The army imposed a curfew on the city after the riots."
    assert sub(ev("COERCE", "restrict", "imposed a curfew", s)) == "Other"
    s = "The council banned rallies in the square after the violence."
    assert sub(ev("COERCE", "restrict", "banned", s)) == "Other"
    s = "The council banned smoking in the square after residents protested."
    assert sub(ev("COERCE", "restrict", "banned", s)) is None


def test_forces_blocking_a_protest_intervene_in_it():
    s = "Officers blocked the march at the bridge."
    assert sub(ev("PROTEST", "obstruct", "blocked", s)) == "Protest with intervention"
    # the forces named as the side (no word before the trigger)
    s = "They blocked the marchers near the palace."
    police = Doc(p=("the police", "ORG", "COP", None))
    assert sub(ev("PROTEST", "obstruct", "blocked", s, source=["p"]), police) == "Protest with intervention"
    # protesters blocking a road: their own obstruction
    s = "Protesters blocked the road to the police station."
    assert sub(ev("PROTEST", "obstruct", "blocked", s)) == "Peaceful protest"
    # forces named only in an earlier clause; a road, not a protest, as the object
    s = "Police said that, angry at the decision, farmers blocked the march route."
    assert sub(ev("PROTEST", "obstruct", "blocked", s)) != "Protest with intervention"
    s = "Soldiers blocked the road near the market."
    assert sub(ev("PROTEST", "obstruct", "blocked", s)) != "Protest with intervention"
    # the object ends at its clause's edge ("the road, where marchers were")
    s = "Soldiers blocked the road, where marchers had gathered."
    assert sub(ev("PROTEST", "obstruct", "blocked", s)) != "Protest with intervention"
    # another mode of protest is not an obstruction
    s = "Officers marched with the protesters."
    assert not acled._forces_stop_protest(ev("PROTEST", "demo", "marched", s), s, acled._Sides(ev("PROTEST", "demo", "marched", s), Doc()))


def test_a_capture_ending_in_custody_is_an_arrest():
    s = "The three men were captured Thursday and taken to the county jail."
    assert sub(ev("ASSAULT", "abduct", "captured", s)) == "Arrests"
    for end in ("booked into custody", "taken to the police station", "sent to prison", "charged with theft"):
        t = f"The man was captured on Monday and {end}."
        assert sub(ev("ASSAULT", "abduct", "captured", t)) == "Arrests", end
    # custody named before the capture only: what was captured is not said to be held by the state
    s = "Inmates from the county jail captured two guards."
    assert sub(ev("ASSAULT", "abduct", "captured", s)) == "Abduction/forced disappearance"
    # an armed group's captives, a ransom, hostages, or people not seen again: abducted
    rebels = Doc(r=("rebels", "ORG", "REB", None))
    s = "They captured two traders and took them to a prison in the forest."
    assert sub(ev("ASSAULT", "abduct", "captured", s, source=["r"]), rebels) == "Abduction/forced disappearance"
    s = "Militiamen captured two traders and took them to a prison in the forest."
    assert sub(ev("ASSAULT", "abduct", "captured", s)) == "Abduction/forced disappearance"
    s = "The gunman was captured after a manhunt and taken to the county jail."
    assert sub(ev("ASSAULT", "abduct", "captured", s)) == "Arrests"  # (the gunman is the one captured)
    for tail in ("held him in a jail for ransom", "held him in a jail as a hostage", "took him to a jail; his "
                 "whereabouts are unknown"):
        t = f"Men captured a trader and {tail}."
        assert sub(ev("ASSAULT", "abduct", "captured", t)) == "Abduction/forced disappearance", tail
    # a kidnapping word is an abduction by its own name
    s = "The men were kidnapped and taken to a jail."
    assert sub(ev("ASSAULT", "abduct", "kidnapped", s)) == "Abduction/forced disappearance"
    e = ev("ASSAULT", "abduct", "captured", "The men were captured and taken to jail.")
    e.trigger = None
    assert not acled._taken_into_custody(e, "The men were captured and taken to jail.", None)


def test_a_crime_an_arrest_names_stays_its_reason_when_hedged():
    s = "Deputies arrested a man for allegedly stabbing his roommate."
    assert acled.charged(ev("ASSAULT", "primitive", "stabbing", s))
    s = "Police charged two teenagers with allegedly setting fire to a bus."
    assert acled.charged(ev("ASSAULT", "destroy", "setting fire", s))
    s = "Gunmen allegedly attacked a village."
    assert not acled.charged(ev("ASSAULT", None, "attacked", s))


def _shifted(event, by):
    """The same event as the evidence sentence would carry it at `by` characters into its document."""
    from newsgraph.model import Span

    t, e = event.trigger, event.evidence
    event.trigger = Span(start=t.start + by, end=t.end + by, text=t.text)
    event.evidence = Span(start=e.start + by, end=e.end + by, text=e.text)
    return event


def test_the_new_rules_read_a_sentence_inside_its_document():
    s = "The governor imposed a ban on alcohol sales after students protested outside the legislature."
    e = _shifted(ev("COERCE", "restrict", "imposed a ban", s), 57)
    assert acled._restricted(e, s) == "imposed a ban on alcohol sales "
    assert acled._without_answered(e, s) == "The governor imposed a ban on alcohol sales "


def test_the_sides_named_by_their_words_alone():
    # an actor with no sector of its own, named by the words of armed men or of forces
    armed = Doc(a=("armed men", "ORG", "", None))
    s = "They captured a trader and took him to a jail."
    assert sub(ev("ASSAULT", "abduct", "captured", s, source=["a"]), armed) == "Abduction/forced disappearance"
    forces = Doc(f=("security forces", "ORG", "", None))
    s = "They blocked the march near the palace."
    assert sub(ev("PROTEST", "obstruct", "blocked", s, source=["f"]), forces) == "Protest with intervention"


def test_a_blockings_object_is_read_within_its_first_forty_characters():
    # (the window `_first_chars` cuts: "marchers" beginning at the 41st character is past it)
    s = "Officers blocked the slow slow slow slow slow slow slow marchers."
    assert sub(ev("PROTEST", "obstruct", "blocked", s)) != "Protest with intervention"
    s = "Officers blocked the slow slow slow slow slow slow marchers."
    assert sub(ev("PROTEST", "obstruct", "blocked", s)) == "Protest with intervention"


def test_the_halves_script_scores_study_and_check(tmp_path):
    import importlib.util
    import json
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "scripts" / "acled_halves.py"
    spec = importlib.util.spec_from_file_location("acled_halves", path)
    halves = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(halves)
    ids = {i: halves.half(i) for i in "abcdefg"}
    assert set(ids.values()) == {"STUDY", "CHECK"}
    rows = [{"id": i, "gold": "Attack", "predicted": "Attack" if ids[i] == "STUDY" else "none"} for i in "abcdefg"]
    f = tmp_path / "e.jsonl"
    f.write_text("\n".join(json.dumps(r) for r in rows) + "\n\n", encoding="utf-8")
    got = halves.main(str(f))
    study = sum(v == "STUDY" for v in ids.values())
    assert got["STUDY"] == {"n": study, "macro_f1": 1.0, "accuracy": 1.0}
    assert got["CHECK"] == {"n": 7 - study, "macro_f1": 0.0, "accuracy": 0.0}
    assert got["whole"]["n"] == 7 and got["whole"]["accuracy"] == round(study / 7, 4)
    assert halves.figures([]) == {"n": 0, "macro_f1": 0.0, "accuracy": 0.0}
    # macro-F1 averages over the gold classes: one right of two classes, each with one item
    assert halves.figures([("A", "A"), ("B", "A")])["macro_f1"] == round((2 / 3 + 0) / 2, 4)


def test_background_reads_an_occasion_an_aim_or_a_grievance():
    s = "A curfew was imposed following clashes in the market."
    assert acled.background(ev("ASSAULT", None, "clashes", s))  # an occasion (BACKGROUND)
    s = "Elders signed an accord to end cattle raiding."
    assert acled.background(ev("ASSAULT", None, "raiding", s))  # an aim (AIMED_AT)
    assert acled.background(ev("ASSAULT", "firearms", "shot", GRIEF))  # a protest's grievance (in_grievance)
    s = "Gunmen killed two farmers near the river."
    assert not acled.background(ev("ASSAULT", None, "killed", s))
