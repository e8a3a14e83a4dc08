"""Session 6 rules (our own sentences; docs/events.md "Session 6"): a meeting in a country neither
side belongs to is CAMEO 044, a protest at a building aims at whom the building stands for, an
accusation's sub-code from an of-phrase the parser hangs on the accused or the passive's agent,
hosting a delegation, travelling to a country, thanking."""

import pytest


@pytest.fixture(scope="module")
def events(pipeline):
    def run(text):
        doc = pipeline.extract(text, name="t", published="2025-06-02")
        return [(e.cameo, sorted(doc.entity(i).actor.code for i in e.source if doc.entity(i).actor),
                 sorted(doc.entity(i).actor.code for i in e.target if doc.entity(i).actor)) for e in doc.events]
    return run


def test_a_meeting_in_a_third_country_is_044(events):
    evs = events("The German chancellor met the French president in Rome on Monday.")
    assert ("044", ["DEUGOV"], ["FRAGOV"]) in evs


def test_a_meeting_in_one_sides_country_stays_040(events):
    evs = events("The German chancellor met the French president in Paris on Monday.")
    assert ("040", ["DEUGOV"], ["FRAGOV"]) in evs and not any(c == "044" for c, _, _ in evs)


def test_coordinated_officials_meeting_in_a_third_country(events):
    evs = events("Peruvian and Chilean officials met in Brazil on Monday.")
    assert {c for c, s, t in evs if s and t} == {"044"}


def test_a_protest_outside_an_embassy_aims_at_its_country(events):
    evs = events("Kenyan students protested outside the Ugandan embassy on Monday.")
    assert ("141", ["KENEDU"], ["UGA"]) in evs


def test_accusation_subcode_through_the_accused_and_the_agent(events):
    evs = events("Venezuelan opposition leaders accused Nicolas Maduro of corruption on Monday.")
    assert any(c == "1121" for c, _, _ in evs), evs
    evs = events("Syria was accused by the United Nations of war crimes on Monday.")
    assert any(c == "1124" and t == ["SYR"] for c, _, t in evs)


def test_hosting_a_delegation_from_a_country(events):
    evs = events("Polish officials hosted a delegation from Ukraine on Wednesday.")
    assert any(c == "043" and s == ["POLGOV"] and t == ["UKR"] for c, s, t in evs)


def test_travelling_to_a_country_is_a_visit(events):
    assert any(c == "042" and t == ["ITA"] for c, _, t in events("Spain's foreign minister travelled to Italy on Monday."))
    assert any(c == "036" and t == ["ITA"] for c, _, t in events("Spain's foreign minister will travel to Italy next week."))


def test_thanking_is_praise(events):
    assert any(c == "051" and t == ["JPN"] for c, _, t in events("South Korea's president thanked Japan for its support."))


def test_a_dictionary_country_is_no_town_of_that_name(tmp_path):
    """"in Sylvania": the user's country SYL (a side of the meeting), not Sylvania, Ohio: 040."""
    from newsgraph.evaluate import petrarch as ep

    f = tmp_path / "a.txt"
    f.write_text("FREEDONIA [FRE]\nSYLVANIA [SYL]\n+SYLVANIAN\n")
    opts = ep.pipeline_options(None, actors=[str(f)])
    r = ep.Record(id="x", text="Sylvania's defence minister met his Freedonian counterpart in Sylvania.", date="2015-06-01")
    (codings,) = ep.predict([r], opts)
    assert [c.code for c in codings] == ["040"]


def test_approving_a_treaty_is_signing_it(events):
    assert any(c == "057" for c, _, _ in events("Peru's parliament approved a treaty with Chile on Monday."))


def test_ending_the_fighting_is_de_escalation_and_its_appeal_0256(events):
    assert any(c == "087" for c, _, _ in events("Russia halted its offensive against Ukraine on Monday."))
    evs = events("The United Nations urged Armenia and Azerbaijan to end the fighting.")
    assert {c for c, _, t in evs if t} == {"0256"}


def test_an_official_arriving_in_a_country_visits_it_troops_do_not(events):
    assert ("042", ["FRAGOV"], ["DEU"]) in events("The French president arrived in Germany on Monday.")
    assert not any(c.startswith("04") for c, _, _ in events("Russian troops arrived in Belarus on Monday."))


def test_a_name_the_parser_reads_as_a_modifier_is_the_object(tmp_path):
    """spaCy reads "Rufus Firefly" after "met" as a noun-phrase adverbial, not the object."""
    from newsgraph.evaluate import petrarch as ep

    f = tmp_path / "a.txt"
    f.write_text("FREEDONIA [FRE]\nSYLVANIA [SYL]\n+SYLVANIAN\nRUFUS_FIREFLY_ [FREGOV]\n")
    opts = ep.pipeline_options(None, actors=[str(f)])
    r = ep.Record(id="x", text="The Sylvanian foreign minister met Rufus Firefly on Monday.", date="2015-06-01")
    (codings,) = ep.predict([r], opts)
    assert [(c.target, c.code) for c in codings] == [("FREGOV", "040")]
