"""An institution named with no country of its own belongs to the place the sentence puts it in ("the
government in Kabul", "stormed the parliament in Baghdad"), before the article's focus country
(session 12, lead). Sentences written for these tests; each article's focus is another country."""

from eventsutil import actor_codes


def _codes(pipeline, text):
    return actor_codes(pipeline, text, "2026-03-04")


def test_the_government_in_a_capital_is_that_countrys(pipeline):
    codes = _codes(pipeline, "Pakistan accused the government in Kabul of sheltering militants on Monday. "
                             "Pakistani officials said talks would resume.")
    assert "AFGGOV" in codes.values()
    assert "PAKGOV" not in [c for n, c in codes.items() if "government" in n.lower()]


def test_an_institution_stormed_in_a_city_is_that_countrys(pipeline):
    codes = _codes(pipeline, "Turkish troops shelled positions in northern Syria on Friday, the Turkish "
                             "defence ministry said.\n\nIn Iraq, protesters stormed the parliament in Baghdad "
                             "on Saturday.")
    assert codes["parliament"] == "IRQLEG"


def test_an_institution_with_its_own_in_phrase(pipeline):
    codes = _codes(pipeline, "Pakistani officials said the army in Afghanistan had shelled border villages. "
                             "Pakistan's foreign ministry protested.")
    assert codes["army"] == "AFGMIL"


def test_without_a_place_the_focus_country_still_serves(pipeline):
    codes = _codes(pipeline, "Pakistan's prime minister met army chiefs on Monday. "
                             "Protesters later stormed the parliament.")
    assert codes["parliament"] == "PAKLEG"


def test_its_troops_as_an_object_are_the_subjects(pipeline):
    """"refused to withdraw its troops": the refuser's troops, not the country they are in (which, named
    as a place, may be the article's focus)."""
    codes = _codes(pipeline, "Fighting continued in Ukraine. Ukraine's army held its lines. "
                             "Russia refused to withdraw its troops from Ukraine.")
    assert codes["troops"] == "RUSMIL"


def test_its_troops_under_a_reported_clause_are_the_inner_subjects(pipeline):
    codes = _codes(pipeline, "Ukrainian officials said Russia refused to withdraw its troops.")
    assert codes["troops"] == "RUSMIL"


def test_its_fighters_are_the_named_groups(pipeline):
    doc = pipeline.extract("Israel struck southern Lebanon on Monday. Hezbollah refused to withdraw its "
                           "fighters from the border.", published="2026-03-04")
    owner = next(e for e in doc.entities if any(m.text == "fighters" for m in e.mentions))
    assert owner.actor.country == "LBN"


def test_its_fighters_of_a_group_of_no_country_stay_without_one(pipeline):
    doc = pipeline.extract("The militia refused to withdraw its fighters from the town.", published="2026-03-04")
    assert all(e.actor is None or e.actor.country is None for e in doc.entities)
