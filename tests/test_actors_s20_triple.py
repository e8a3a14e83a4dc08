"""Session 20 (s20-triple): general causes of wrong PLOVER country triples, on our own sentences.

A state's adjective or name that our country table lacked: historical states and their demonyms
are coded as the ISO 3166 state that succeeded them (as the table already did for Yugoslavia,
Zaire and East Germany, and as the PLOVER gold-standard readme states its codes), and the
adjectives of El Salvador, East Timor, Madagascar and Puerto Rico (newsgraph/data/actors/countries.tsv).
"""

import pytest


@pytest.fixture
def codes(pipeline):
    """Mention text -> the actor code of its entity."""
    def run(text):
        doc = pipeline.extract(text, name="t", published="2005-01-01")
        return {m.text.removeprefix("the ").removeprefix("The "): e.actor.code
                for e in doc.entities if e.actor is not None for m in e.mentions}
    return run


@pytest.mark.parametrize("text, name, code", [
    ("Soviet troops attacked guerrilla bases near the border on Monday.", "Soviet troops", "RUSMIL"),
    ("The Soviet Union accused the United States of violating the treaty.", "Soviet Union", "RUS"),
    ("Czechoslovak police detained 20 dissidents on Sunday.", "Czechoslovak police", "CZECOP"),
    ("Rhodesian troops raided guerrilla camps across the border.", "Rhodesian troops", "ZWEMIL"),
    ("East German border guards arrested two students.", "East German", "DEU"),
    ("Salvadoran troops killed 12 leftist guerrillas on Sunday.", "Salvadoran troops", "SLVMIL"),
    ("East Timorese students protested outside the parliament.", "East Timorese students", "TLSEDU"),
    ("Malagasy police dispersed the crowd with tear gas.", "Malagasy police", "MDGCOP"),
])
def test_a_state_adjective_the_table_lacked_names_its_iso_state(codes, text, name, code):
    got = codes(text)
    assert got.get(name, "").startswith(code), got


def test_a_place_in_east_timor_is_timor_leste(codes):
    assert codes("The United Nations sent peacekeepers to East Timor.")["East Timor"] == "TLS"


def target_countries(pipeline, text, type_):
    doc = pipeline.extract(text, name="t", published="2005-01-01")
    return [doc.entity(t).actor.country if doc.entity(t).actor else None
            for e in doc.events if e.type == type_ for t in e.target]


@pytest.mark.parametrize("text, country", [
    ("Refugees from Burundi were expelled from Tanzania on Monday.", "BDI"),
    ("A priest from Boston was expelled from Haiti on Friday.", "USA"),
])
def test_a_from_phrase_in_the_subject_of_a_removal_says_whose_they_are(pipeline, text, country):
    # the verb names the place they leave in its own "from" phrase, so the subject's is their origin
    assert target_countries(pipeline, text, "COERCE" if "Burundi" in text else "SANCTION") == [country]


def test_troops_withdrawn_from_a_country_are_still_not_its_troops(pipeline):
    doc = pipeline.extract("The United States pulled some forces from Panama on Monday.", name="t",
                           published="2005-01-01")
    forces = [e for e in doc.entities if e.name.endswith("forces")]
    assert forces and all(e.actor is None or e.actor.country != "PAN" for e in forces)


def names_of(pipeline, text):
    doc = pipeline.extract(text, name="t", published="1995-01-01")
    return {m.text: (e.name, e.actor.country if e.actor else None) for e in doc.entities for m in e.mentions}


def test_a_shorter_name_before_a_full_one_in_its_sentence_is_someone_else(pipeline):
    # news names a person in full first: "King Tarun" before "President Vikram Tarun" is another Tarun
    got = names_of(pipeline, "Freedonia's King Tarun met Sylvanian President Vikram Tarun in the capital.")
    assert got["Tarun"][0] != got["Vikram Tarun"][0], got


def test_a_surname_after_the_full_name_is_still_that_person(pipeline):
    got = names_of(pipeline, "Sylvanian President Vikram Tarun said on Monday that Tarun would not resign.")
    assert got["Tarun"][0] == got["Vikram Tarun"][0], got


def test_fighters_of_an_unknown_group_are_of_the_state_they_act_in(pipeline):
    # CAMEO/PLOVER code insurgents with no state of their own by the state they act in
    got = names_of(pipeline, "Zorbaki guerrillas attacked a village in Mozambique on Sunday.")
    assert got["Zorbaki guerrillas"][1] == "MOZ", got


def test_fighters_of_an_unknown_group_with_no_place_named_stay_unplaced(pipeline):
    got = names_of(pipeline, "Zorbaki guerrillas attacked a village on Sunday, the Mozambican army said.")
    assert got["Zorbaki guerrillas"][1] is None, got


def test_officers_of_an_unknown_foundation_take_no_country_from_the_place(pipeline):
    got = names_of(pipeline, "Officials of the Zorbaki Foundation accused the police in Mozambique of torture.")
    assert all(v[1] is None for k, v in got.items() if "Officials" in k), got


def test_a_city_the_ner_took_for_an_organisation_still_places_who_is_in_it(pipeline):
    # spaCy tags "Karachi" ORG in "Police in Karachi said ..."; where the police are says whose they are
    got = names_of(pipeline, "Police in Karachi said they arrested 50 people.")
    assert got["Police"][1] == "PAK", got


def test_a_crowd_at_a_foreign_embassy_is_of_the_city_the_embassy_is_in(pipeline):
    # the embassy's owner names the site, not the crowd: they are where the site is
    got = names_of(pipeline, "Hundreds of students demonstrated outside the American embassy in Manila.")
    assert got["students"][1] == "PHL", got
