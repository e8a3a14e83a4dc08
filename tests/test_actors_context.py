"""Titles, appositions and modifiers give role, country, sector and affiliation (general sentences)."""


def extract(pipeline, text, published="2025-06-01"):
    return pipeline.extract(text, published=published)


def ent(doc, text):
    return next(e for e in doc.entities for m in e.mentions if m.text == text)


def test_title_with_demonym_and_former(pipeline):
    doc = extract(pipeline, "Former Peruvian President Alberto Vizcarra met supporters in Lima on Sunday.")
    e = ent(doc, "Alberto Vizcarra")
    assert e.actor.country == "PER" and e.actor.former and e.actor.code == "PERELI"
    assert e.actor.role == "President"


def test_possessive_country_and_apposition(pipeline):
    doc = extract(pipeline, "Kenya's interior minister, Joseph Omondi, said police would be deployed. "
                            "Joseph Omondi, a former police chief, spoke in Nairobi.")
    e = ent(doc, "Joseph Omondi")
    assert e.actor.code == "KENGOV" and e.actor.role == "Interior Minister" and not e.actor.former


def test_apposition_after_name(pipeline):
    doc = extract(pipeline, "Ana Lima, the Brazilian foreign minister, arrived in Geneva on Monday.")
    e = ent(doc, "Ana Lima")
    assert e.actor.country == "BRA" and e.actor.sector == "GOV" and e.actor.role == "Foreign Minister"


def test_relational_role_follows_its_owner(pipeline):
    doc = extract(pipeline, "Chilean President Gabriel Boric will travel to Madrid. "
                            "His spokeswoman Camila Vega said the trip would last three days.")
    boric = ent(doc, "Gabriel Boric")
    vega = ent(doc, "Camila Vega")
    assert vega.attrs["of"] == boric.id and vega.actor.code == "CHLGOV"
    assert any(m.kind == "pronoun" and m.text == "His" for m in boric.mentions)


def test_organisation_affiliation(pipeline):
    doc = extract(pipeline, "Hezbollah leader Naim Qassem said the group would not disarm.")
    e = ent(doc, "Naim Qassem")
    hez = ent(doc, "Hezbollah")
    assert e.actor.country == "LBN" and e.attrs.get("org") == hez.id


def test_group_nominal_with_country(pipeline):
    doc = extract(pipeline, "Colombian troops clashed with rebels near the border, the army said.")
    troops = ent(doc, "Colombian troops")
    assert troops.actor.code == "COLMIL"


def test_the_countrys_resolves_to_last_country(pipeline):
    doc = extract(pipeline, "Elections were held in Chile. The country's main opposition alliance, the Broad Front, "
                            "won a majority.")
    e = ent(doc, "the Broad Front")
    assert e.actor.country == "CHL" and e.actor.sector == "PTY"


def test_future_government_is_no_actor(pipeline):
    doc = extract(pipeline, "Analysts said a future Iraqi government would face pressure from militias.")
    assert all(e.actor is None or e.actor.role != "government" for e in doc.entities)


def test_us_state_named_like_a_country(pipeline):
    doc = extract(pipeline, "Voters in Atlanta, Georgia, queued for hours. The governor of Georgia said turnout in "
                            "the United States had never been higher.")
    assert all(e.actor is None or e.actor.country != "GEO" for e in doc.entities)
    doc = extract(pipeline, "Georgia's government said it would not join the European Union this year.")
    assert any(e.actor is not None and e.actor.code == "GEOGOV" for e in doc.entities)
