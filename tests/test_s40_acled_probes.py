"""Session 40 (s40-acled): own probe sentences (own wordings, in no gold file), written and labelled by the ACLED
codebook before their first run, for two families found in the STUDY halves of gold/acled_unfitted.jsonl and
gold/acled_unfitted_2.jsonl:

- a taking told in a figurative sense: "seized on a remark" (the phrasal verb "seize on/upon" is to make use of
  something, no one takes anything), "captured 40 percent of the vote", "captured the nomination", "seized the top
  spot" (what is taken is a share, a rank or a prize, which no one can hold by force). ACLED codes none of them; a
  taking of ground, goods, arms or people stays what it is.
- a capture told in the passive with no captor named, whose captured are fugitives or suspects taken into custody
  ("were captured ... and taken to the county jail"): an arrest (the codebook's Arrests), as the active one is.
"""

import pytest

from newsgraph.evaluate import acled as ev_acled

PROBES = [
    # figurative takings: none
    ("The senator quickly seized on the governor's remark about pensions.", "none"),
    ("Critics seized upon the leaked memo to demand an inquiry.", "none"),
    ("Opposition leaders have seized on the figures as proof that the plan failed.", "none"),
    ("The mayor captured 58 percent of the vote in the runoff.", "none"),
    ("She captured the party's nomination after a long primary fight.", "none"),
    ("The film captured the attention of critics at the festival.", "none"),
    ("The company seized the top spot in the smartphone market last year.", "none"),
    ("The young striker seized the initiative in the second round of talks with the club.", "none"),
    # real takings keep their category
    ("Rebels seized the town of Kalemie after two days of fighting.", "Non-state actor overtakes territory"),
    ("Gunmen seized three engineers from a construction site.", "Abduction/forced disappearance"),
    ("Soldiers seized a large cache of rifles and grenades in the forest.", "Disrupted weapons use"),
    # passive captures into custody: arrests
    ("Three men who escaped from a prison farm were captured on Sunday and taken to the county jail.", "Arrests"),
    ("The robbery suspect was captured near a gas station and booked into the county jail.", "Arrests"),
    # (left failing, strict: "in the hills" reads as the ground a capture takes, a territorial sense before the
    # capture of people)
    pytest.param("Two fugitives captured in the hills overnight have been returned to custody.", "Arrests",
                 marks=pytest.mark.xfail(strict=True, reason="hills read as ground taken")),
]

# (written after the first run, before a rule, for the people a capture takes when they name no actor: prisoners,
# inmates, fugitives, suspects; the codebook: taken into custody by the police an arrest, by armed men an abduction.
# The rule tried, `coder._held_or_wanted` (such people as the victim of any act on a person), made the general
# abduction sense pre-empt the session-21 arrest sense of "the suspect was captured" and was dropped: the four left
# failing are strict xfails, a detection gap for the events stage)
CAPTURES = [
    pytest.param("Two escaped prisoners were captured near the river and returned to the county jail.", "Arrests",
                 marks=pytest.mark.xfail(strict=True, reason="no event: the captured name no actor")),
    pytest.param("Three inmates who fled a work detail were captured on Friday and taken back to prison.", "Arrests",
                 marks=pytest.mark.xfail(strict=True, reason="no event: the captured name no actor")),
    ("Deputies captured two escaped inmates at a farmhouse and booked them into the county jail.", "Arrests"),
    ("The fugitive convict was captured in a motel and returned to custody.", "Arrests"),
    ("State troopers captured a robbery suspect after a chase and took him to the county jail.", "Arrests"),
    pytest.param("Militiamen captured four detainees who had escaped and held them for ransom.",
                 "Abduction/forced disappearance",
                 marks=pytest.mark.xfail(strict=True, reason="no event: the captured name no actor")),
    # (left failing, strict: the parser reads "escaped" as the verb whose object is "prisoners")
    pytest.param("Gunmen captured two escaped prisoners on the road and have not released them.",
                 "Abduction/forced disappearance", marks=pytest.mark.xfail(strict=True, reason="misparse")),
    ("The escapee was captured by police two days later and charged with escape.", "Arrests"),
]
PROBES += CAPTURES


@pytest.mark.parametrize("text,label", PROBES)
def test_probe(pipeline, text, label):
    doc = pipeline.extract(text, name="probe", published="2024-05-06")
    assert ev_acled.predicted(doc) == label


# A second set, written after `acled._figurative_taking` was, to see whether it holds on wordings it was not made from
# (labelled by the codebook before their first run; failures here are reported, not fitted).
PROBES_2 = [
    ("Union leaders seized on the minister's comments to call a ballot.", "none"),
    ("The newspaper seized upon a typo in the governor's budget.", "none"),
    ("Her rival captured nearly a third of the votes cast.", "none"),
    ("The striker's late goal seized the lead for the visitors.", "none"),
    ("The campaign has captured the imagination of young voters.", "none"),
    ("The opposition alliance captured a majority in the regional assembly.", "none"),
    ("Militants seized on Monday a police station in the north of the province.",
     "Non-state actor overtakes territory"),
    ("Armed men seized a bus driver and two passengers on the highway.", "Abduction/forced disappearance"),
    ("Army units captured the rebel-held town after heavy fighting.", "Government regains territory"),
    ("Customs officers seized a lorry carrying assault rifles at the border.", "Disrupted weapons use"),
]


@pytest.mark.parametrize("text,label", PROBES_2)
def test_probe_2(pipeline, text, label):
    doc = pipeline.extract(text, name="probe", published="2024-05-06")
    assert ev_acled.predicted(doc) == label


def test_the_second_unfitted_set_loads_and_holds_its_floor(monkeypatch):
    """gold/acled_unfitted_2.jsonl (124 passages of documents in neither older ACLED gold file, labelled before any
    run; 100 tell no ACLED event): its whole-file score on this session's final tree, as a floor (docs/accuracy.md,
    "Session 40, s40-acled")."""
    from conftest import ROOT, SHARED

    data = SHARED / "data"
    if not all((data / p).is_file() for p in ("lgl/lgl.xml", "bbc/bbc.jsonl")) or not (data / "timebank").is_dir():
        pytest.skip("shared data absent")
    monkeypatch.setenv("NEWSGRAPH_DATA", str(data))
    items = ev_acled.load_gold(str(ROOT / "gold" / "acled_unfitted_2.jsonl"))
    assert len(items) == 124 and sum(i.sub_event_type == ev_acled.NONE for i in items) == 100
    report = ev_acled.score(items, ev_acled.predict(items, ev_acled.pipeline_options()))
    assert report["macro_f1"] >= 0.577 and report["accuracy"] >= 0.725
