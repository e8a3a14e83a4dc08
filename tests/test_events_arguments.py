"""Session 4 argument rules (our own sentences): who acts on whom in threats with a condition,
stances stated with a participle, mediation, complaints about someone made to someone else."""

import pytest


@pytest.fixture(scope="module")
def events(pipeline):
    def run(text):
        doc = pipeline.extract(text, name="t", published="2025-06-02")
        return [(e.type, e.cameo, sorted(doc.entity(i).name for i in e.source),
                 sorted(doc.entity(i).name for i in e.target)) for e in doc.events]
    return run


def _of(evs, type_):
    return [(s, t) for typ, _, s, t in evs if typ == type_]


@pytest.mark.parametrize("text, target", [
    ("Moscow threatened to cut gas supplies if Ukraine joins the alliance.", "Ukraine"),
    ("The rebels threatened to resume fighting unless the government frees their leaders.", "government"),
])
def test_a_threat_is_aimed_at_whom_its_condition_names(events, text, target):
    (threat,) = _of(events(text), "THREATEN")
    assert threat[1] == [target]


def test_a_threat_with_its_own_recipient_keeps_it(events):
    (threat,) = _of(events("Iran threatened Israel with retaliation if the strikes continue."), "THREATEN")
    assert threat[1] == ["Israel"]


def test_a_stance_participle_is_not_passive(events):
    (rej,) = _of(events("Japan is opposed to Chinese mediation in the dispute."), "REJECT")
    assert rej == (["Japan"], ["Chinese"])
    (agree,) = _of(events("Peru said it is committed to free trade with Chile."), "AGREE")
    assert agree[0] == ["Peru"]


def test_a_real_passive_still_swaps(events):
    (rej,) = _of(events("The Chilean proposal was rejected by Peru on Monday."), "REJECT")
    assert rej[0] == ["Peru"]


def test_mediation_acts_on_the_parties_between(events):
    assert _of(events("The Egyptian envoy began mediation between Sudan and Ethiopia."), "CONSULT") == \
        [(["Egyptian envoy"], ["Ethiopia", "Sudan"])]
    assert _of(events("Norway mediated between Colombia and the FARC rebels."), "CONSULT") == \
        [(["Norway"], ["Colombia", "FARC rebels"])]
    # no mediator named: the parties are the actors, as in talks between them
    ((src, tgt),) = _of(events("Mediation between Sudan and Ethiopia resumed on Monday."), "CONSULT")
    assert src == ["Ethiopia", "Sudan"] and tgt == []


def test_clashes_between_parties_are_not_the_reporters(events):
    clashes = _of(events("Police reported clashes between Kurdish and Turkish students."), "ASSAULT")
    assert clashes and all("Police" not in s for s, _ in clashes)


def test_a_complaint_targets_whom_it_is_about(events):
    (acc,) = _of(events("Kenya complained to the United Nations about Somali raids."), "ACCUSE")
    assert acc == (["Kenya"], ["Somali"])
    (acc,) = _of(events("Chile complained to Peru on Tuesday."), "ACCUSE")
    assert acc == (["Chile"], ["Peru"])


def test_a_rejected_appeal_targets_its_author(events):
    (rej,) = _of(events("The rebels dismissed an appeal from President Museveni to disarm."), "REJECT")
    assert rej == (["rebels"], ["Museveni"])
    (rej,) = _of(events("Hamas refused to respond to a demand from Egypt."), "REJECT")
    assert rej[1] == ["Egypt"]


def test_what_an_appeal_asks_is_not_done_by_its_author(events):
    disarm = _of(events("The rebels dismissed an appeal from President Museveni to disarm."), "RETREAT")
    assert all("Museveni" not in s for s, _ in disarm)


def test_an_event_on_a_thing_shared_with_someone_targets_them(events):
    (sanction,) = _of(events("Italy announced a suspension of flights with Libya."), "SANCTION")
    assert sanction == (["Italy"], ["Libya"])
