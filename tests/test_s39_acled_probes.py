"""Session 39 (s39-acled): own probe sentences for the ACLED rules added after the first run on
gold/acled_unfitted.jsonl, written and labelled before the rules were (none is in any gold file), and
the score floor of that unfitted set. Labels follow ACLED's codebook: the snippet's one event, the
crime an arrest is for being the arrest's reason, not an event of its own; a protest's grievance
(told after "following", with a relative clause on its victim) being no force used on the protest; a
restriction imposed after a protest being no intervention in it; a fugitive or suspect captured and
taken into custody being an arrest, not an abduction."""

import pytest

from newsgraph.evaluate import acled as ev_acled

PROBES = [
    # the crime an arrest or a charge is for, hedged with "allegedly", is the legal step's reason
    ("Deputies arrested a 30-year-old man on Friday for allegedly stabbing his roommate.", "Arrests"),
    ("A woman was detained for allegedly beating a shop clerk with a bottle.", "Arrests"),
    ("Police charged two teenagers with allegedly setting fire to a school bus.", "none"),
    # (left failing, strict: "convoy" is one of the words naming state forces, so the drivers read as armed)
    pytest.param("Gunmen allegedly attacked a convoy near the border, killing two drivers.", "Attack",
                 marks=pytest.mark.xfail(strict=True, reason="a convoy read as a force's")),
    # a restriction imposed after a protest does not act on it
    ("The governor imposed a ban on alcohol sales after students protested outside the legislature.",
     "Peaceful protest"),
    ("The ministry imposed an import ban on steel after dock workers demonstrated at the port.", "Peaceful protest"),
    ("Officers blocked the march at the bridge.", "Protest with intervention"),
    # a grievance's victim described in a relative clause is not a protester
    ("Hundreds marched through the town on Sunday following the death of a teenager, who was shot by a police "
     "officer last week.", "Peaceful protest"),
    ("The district erupted in protests after the funeral of a taxi driver, who was killed by soldiers at a "
     "checkpoint.", "Peaceful protest"),
    ("Police shot dead three protesters during a march in the capital.", "Excessive force against protesters"),
    # a fugitive or suspect captured into custody is arrested
    # (left failing, strict: the events stage codes no event for this capture at all, a detection gap)
    pytest.param("Two escaped prisoners were captured near the river and returned to the county jail.", "Arrests",
                 marks=pytest.mark.xfail(strict=True, reason="no event coded for the capture")),
    ("The fugitive was captured by deputies at a motel and booked into custody.", "Arrests"),
    ("A suspect in the bank robbery was captured on Tuesday and taken to the police station.", "Arrests"),
    ("Gunmen captured two aid workers on the road to the camp.", "Abduction/forced disappearance"),
    ("Rebels captured a soldier and held him for ransom.", "Abduction/forced disappearance"),
]


@pytest.mark.parametrize("text,label", PROBES)
def test_probe(pipeline, text, label):
    doc = pipeline.extract(text, name="probe", published="2024-05-06")
    assert ev_acled.predicted(doc) == label


# A second set, written after the rules above were, to see whether they hold on wordings they were not made from
# (labelled by the codebook before their first run; failures here are reported, not fitted).
PROBES_2 = [
    ("Sheriff's deputies arrested a man Saturday for allegedly firing a rifle at his neighbour's house.", "Arrests"),
    ("Two brothers were jailed for allegedly assaulting a bus driver.", "Arrests"),
    ("Police detained the men for allegedly looting a pharmacy.", "Arrests"),
    ("Thousands rallied in the capital following the killing of a student, who was beaten to death by police.",
     "Peaceful protest"),
    # (left failing, strict: "gathered" codes no PROTEST event, so the grievance's shooting is the only act)
    pytest.param("Crowds gathered outside the police station after the death of a young mechanic, whom officers had "
                 "shot during a raid.", "Peaceful protest",
                 marks=pytest.mark.xfail(strict=True, reason="a gathering codes no protest")),
    ("Demonstrators marched on parliament after the arrest of an opposition leader, who was detained at the "
     "airport.", "Peaceful protest"),
    ("The mayor announced a ban on street parking after residents protested against the new stadium.",
     "Peaceful protest"),
    ("Riot police blocked the protesters at the entrance to the square.", "Protest with intervention"),
    ("Soldiers blocked a demonstration by teachers outside the ministry.", "Protest with intervention"),
    ("The gunman was captured after a manhunt and taken to the county jail.", "Arrests"),
    ("Militiamen captured three traders and took them to a prison in the forest.", "Abduction/forced disappearance"),
]


@pytest.mark.parametrize("text,label", PROBES_2)
def test_probe_second_set(pipeline, text, label):
    doc = pipeline.extract(text, name="probe", published="2024-05-06")
    assert ev_acled.predicted(doc) == label


def test_the_unfitted_set_loads_and_holds_its_floor(monkeypatch):
    """gold/acled_unfitted.jsonl (187 passages no rule was written from, 75 telling no ACLED event): its
    whole-file score on this session's final tree, as a floor (docs/accuracy.md, "Session 39, s39-acled")."""
    from conftest import ROOT, SHARED

    if not (SHARED / "data" / "lgl" / "lgl.xml").is_file() or not (SHARED / "data" / "bbc" / "bbc.jsonl").is_file():
        pytest.skip("shared data absent")
    monkeypatch.setenv("NEWSGRAPH_DATA", str(SHARED / "data"))
    items = ev_acled.load_gold(str(ROOT / "gold" / "acled_unfitted.jsonl"))
    assert len(items) == 187 and sum(i.sub_event_type == ev_acled.NONE for i in items) == 75
    report = ev_acled.score(items, ev_acled.predict(items, ev_acled.pipeline_options()))
    assert report["macro_f1"] >= 0.38 and report["accuracy"] >= 0.63
