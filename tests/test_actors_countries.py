"""The article's countries (countries.find_countries): focus country, where each is named, US states."""

from newsgraph.actors.countries import find_countries
from test_actors_article import context_after, tok


def test_focus_is_the_country_talked_about(pipeline):
    ctx = context_after(pipeline, "US officials said Iraq would hold elections. Iraq's parliament agreed.", find_countries)
    assert ctx.focus_country == "IRQ"  # a subject or object counts more than a modifier ("US officials")
    assert [iso for _, iso in ctx.country_mentions] == ["USA", "IRQ", "IRQ"]
    assert ctx.country_before(tok(ctx, "parliament")) == "IRQ"


def test_capitals_decide_only_without_countries(pipeline):
    ctx = context_after(pipeline, "Officials in Baghdad said talks would go on.", find_countries)
    assert ctx.focus_country == "IRQ" and ctx.country_mentions == []
    ctx = context_after(pipeline, "Officials in Baghdad said Iran would help.", find_countries)
    assert ctx.focus_country == "IRN"


def test_a_us_state_is_no_country_in_a_us_article(pipeline):
    ctx = context_after(pipeline, "Governor Brian Kemp of Georgia spoke in Atlanta, United States, on Monday.",
                        find_countries)
    assert ctx.tables.country_of("Georgia") is None and ctx.tables.country_of("Iraq") == "IRQ"
    assert ctx.focus_country == "USA"
    ctx = context_after(pipeline, "Georgia and Armenia signed a deal in Tbilisi.", find_countries)
    assert ctx.tables.country_of("Georgia") == "GEO"
