"""Session 5 precision rules (our own sentences): one sentence telling one event twice, the
contents of demands, offers and proposals, subjects that only speak of an event, the dates and
places of events, actors placed by "in X" and "from X" phrases (docs/events.md, "Session 5")."""

import pytest


@pytest.fixture(scope="module")
def events(pipeline):
    def run(text):
        doc = pipeline.extract(text, name="t", published="2025-06-02")
        return [(e.type, sorted(doc.entity(i).name for i in e.source),
                 sorted(doc.entity(i).name for i in e.target), e.flags) for e in doc.events]
    return run


def _of(evs, type_):
    return [(s, t) for typ, s, t, _ in evs if typ == type_]


def _factual(evs, type_):
    return [(s, t) for typ, s, t, flags in evs if typ == type_ and not flags]


def test_a_detail_of_an_event_in_its_sentence_is_not_a_second_event(events):
    # the stone throwing names no one the demonstrations do not: one protest against the army
    evs = events("Kenyan students resorted to throwing stones during demonstrations against the Ugandan army.")
    assert _factual(evs, "PROTEST") == [(["Kenyan students"], ["Ugandan army"])]


def test_two_events_with_different_targets_both_stay(events):
    evs = events("Chilean troops shelled Bolivian positions and attacked Peruvian border posts.")
    assert len(_factual(evs, "ASSAULT")) == 2


def test_what_a_demand_is_for_has_not_happened(events):
    evs = events("Ghana demanded a meeting of the African Union to discuss Togo's border closure.")
    assert ["Ghana"] in [s for s, _ in _of(evs, "REQUEST")]
    assert _factual(evs, "CONSULT") == []


def test_what_waits_on_a_demand_has_not_happened(events):
    evs = events("Malian rebels said the government must release their leaders before they disarm.")
    assert _factual(evs, "RETREAT") == []


def test_a_factual_event_before_another_stays_factual(events):
    evs = events("Chilean troops shelled the Bolivian border town before they withdrew.")
    assert _factual(evs, "ASSAULT")


def test_a_group_in_a_country_gets_its_code(pipeline):
    # the article is about the United States: the militants are still Syria's
    doc = pipeline.extract("The United States said Turkish troops fired on militants in Syria, a United States "
                           "official told reporters in the United States.", name="t", published="2025-06-02")
    (ev,) = [e for e in doc.events if e.type == "ASSAULT"]
    (tgt,) = ev.target
    assert doc.entity(tgt).actor.country == "SYR"


def test_a_subject_that_insists_on_an_event_is_not_its_actor(events):
    evs = events("The United States insisted unrest there reflected ethnic tensions in Georgia.")
    assert all(["United States"] != s for s, _ in _of(evs, "PROTEST"))


def test_a_noun_event_in_a_phrase_is_located_by_the_phrase_head(pipeline):
    # "on alert" hangs on "remained": the verb's "in" phrase locates the mobilisation
    doc = pipeline.extract("Moroccan troops remained on alert in Algeria today.", name="t", published="2025-06-02")
    (ev,) = [e for e in doc.events if e.type == "MOBILIZE"]
    assert [doc.entity(t).name for t in ev.target] == ["Algeria"]


def test_a_demonym_the_ner_glued_to_an_adjective_still_gives_the_country(pipeline):
    doc = pipeline.extract("Radical French farmers said on Friday they would blockade Paris.", name="t",
                           published="2025-06-02")
    (ev,) = [e for e in doc.events if e.type == "THREATEN"]
    (src,) = ev.source
    assert doc.entity(src).actor.country == "FRA"


@pytest.mark.parametrize("text, type_", [
    ("Tuareg rebels dismissed an appeal from the Malian president to lay down their arms.", "RETREAT"),
    ("Chile rejected a Peruvian proposal for signing a fishing treaty with Bolivia.", "SUPPORT"),
    ("Ghana rejected a Togolese invitation to attend talks with Benin.", "CONSULT"),
])
def test_what_a_proposal_proposes_has_not_happened(events, text, type_):
    assert _factual(events(text), type_) == []


@pytest.mark.parametrize("text", [
    "Chad is preparing a major offensive against the rebels.",
    "Niger is considering sanctions against Mali.",
])
def test_an_event_being_prepared_is_not_done(events, text):
    evs = events(text)
    assert evs and all("future" in flags for _, _, _, flags in evs)


def test_an_ethnic_group_is_placed_by_the_verb_it_acts_in(pipeline):
    doc = pipeline.extract("Hundreds of ethnic Hungarians demonstrated on Sunday in Slovakia.", name="t",
                           published="2025-06-02")
    (ev,) = [e for e in doc.events if e.type == "PROTEST"]
    (src,) = ev.source
    assert doc.entity(src).actor.country == "SVK"


def test_an_organisation_named_after_a_country_belongs_to_it(pipeline):
    doc = pipeline.extract("The Liberian Peace Council accused the rebels of attacking civilians.", name="t",
                           published="2025-06-02")
    (ev,) = [e for e in doc.events if e.type == "ACCUSE"]
    (src,) = ev.source
    assert doc.entity(src).actor.country == "LBR"


def test_what_an_offer_names_is_its_content_not_a_second_event(events):
    evs = events("Japan offered concessions to South Korea on Monday.")
    assert [t for t, _, _, flags in evs if not flags] == ["AGREE"]


def test_an_arrest_with_no_one_named_is_by_the_place_it_happens_in(pipeline):
    doc = pipeline.extract("Two French journalists were detained in Iran on Monday.", name="t", published="2025-06-02")
    (ev,) = [e for e in doc.events if e.type == "COERCE"]
    assert [doc.entity(s).name for s in ev.source] == ["Iran"]


def test_a_killing_with_no_one_named_gets_no_source_from_its_place(pipeline):
    doc = pipeline.extract("Two French journalists were killed in Iran on Monday.", name="t", published="2025-06-02")
    assert all(not e.source for e in doc.events if e.type == "ASSAULT")


def test_a_from_phrase_says_whose_people_they_are(pipeline):
    doc = pipeline.extract("Police in Kenya arrested two activists from Uganda.", name="t", published="2025-06-02")
    (ev,) = [e for e in doc.events if e.type == "COERCE"]
    (tgt,) = ev.target
    assert doc.entity(tgt).actor.country == "UGA"


def test_troops_withdrawn_from_a_country_are_not_its_troops(pipeline):
    doc = pipeline.extract("The United States speeded up the withdrawal of some forces from Panama.", name="t",
                           published="2025-06-02")
    forces = [e for e in doc.entities if e.name.endswith("forces")]
    assert forces and all(e.actor is None or e.actor.country != "PAN" for e in forces)


def test_the_clause_of_a_demanded_admission_is_the_demand_s_content(events):
    evs = events("Armenia demanded an admission by Ankara that Turkish forces killed thousands of civilians.")
    assert ["Armenia"] in [s for s, _ in _of(evs, "REQUEST")]
    assert _factual(evs, "ASSAULT") == []


def test_an_announced_curfew_aims_at_its_place(pipeline):
    doc = pipeline.extract("President Ruto announced on Sunday that he will extend the curfew in Mombasa.",
                           name="t", published="2025-06-02")
    (ev,) = [e for e in doc.events if e.type == "THREATEN"]
    assert [doc.entity(t).name for t in ev.target] == ["Mombasa"]


def test_an_event_dated_by_a_decade_long_past_is_history(pipeline):
    doc = pipeline.extract("Farmers demanded the return of land seized by the army in the 1970s.", name="t",
                           published="2025-06-02")
    (ev,) = [e for e in doc.events if e.trigger.text == "seized"]
    assert "historical" in ev.flags and ev.date.granularity == "decade"


def test_a_reaction_to_a_past_event_is_not_itself_history(pipeline):
    doc = pipeline.extract("Iran condemned the 1980 invasion of its territory by Iraq.", name="t",
                           published="2025-06-02")
    (condemn,) = [e for e in doc.events if e.type == "ACCUSE"]
    assert condemn.flags == [] and condemn.date.text == "document date"
    (invasion,) = [e for e in doc.events if e.type == "ASSAULT"]
    assert "historical" in invasion.flags


def test_a_lodged_protest_is_diplomatic(events):
    assert [t for t, _, _, _ in events("China lodged a protest over the Japanese visit.")][0] == "ACCUSE"
    assert "PROTEST" in [t for t, _, _, _ in events("Thousands staged a protest in Nairobi.")]


def test_protesting_that_something_is_so_is_a_statement(events):
    assert [t for t, _, _, _ in events("The Kenyan opposition protested that the election was rigged.")][0] == "ACCUSE"
