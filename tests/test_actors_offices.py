"""An unqualified head-of-state or head-of-government title ("the prime minister", "the president",
"the chancellor") takes the article's country only when that country has such an office; else the
government person named last before it whose country has it, else the most talked-about country that
has it, else no country (never the focus country by default)."""

from eventsutil import actor_codes


def _codes(pipeline, text, published="2005-03-01"):
    return actor_codes(pipeline, text, published)


def test_prime_minister_is_not_the_presidential_republics(pipeline):
    codes = _codes(pipeline, "Tony Blair flew to Washington to meet George W Bush at the White House. "
                             "The prime minister praised the president for his leadership.")
    assert codes["prime minister"] == "GBRGOV"


def test_prime_minister_after_a_dateline_in_washington(pipeline):
    codes = _codes(pipeline, "WASHINGTON - The United States and Israel discussed the hostage talks on Monday. "
                             "The prime minister thanked the president for his support.")
    assert codes["prime minister"] == "ISRGOV"


def test_president_in_a_story_about_a_monarchy(pipeline):
    codes = _codes(pipeline, "Britain's relations with the United States were strained on Tuesday. "
                             "The president criticised the British government over the trade deal.")
    assert "president" not in codes  # joined the US president the knowledge base names for the date
    assert codes["George W. Bush"] == "USAGOV"


def test_no_country_rather_than_a_wrong_one(pipeline):
    codes = _codes(pipeline, "The White House said on Monday that the talks had failed. "
                             "The prime minister called the decision a mistake.")
    assert not (codes["prime minister"] or "").startswith("USA")


def test_focus_country_with_the_office_still_decides(pipeline):
    codes = _codes(pipeline, "Canada and the United States agreed on new tariffs. Canada will pay more. "
                             "The prime minister said the deal was fair.")
    assert codes["prime minister"] == "CANGOV"


def test_offices_table():
    from newsgraph.actors.countries import has_office

    assert not has_office("USA", "Prime Minister") and has_office("GBR", "Prime Minister")
    assert not has_office("GBR", "President") and has_office("USA", "President")
    assert has_office("DEU", "Chancellor") and not has_office("FRA", "Chancellor")
    assert has_office("FRA", "Foreign Minister") and has_office(None, "Prime Minister")


def test_offices_a_country_lacked_for_a_time():
    from newsgraph.actors.countries import has_office

    assert not has_office("IRN", "Prime Minister", "2005-01-15") and has_office("IRN", "Prime Minister", "1985-06-01")
    assert has_office("KEN", "Prime Minister", "2010-01-01") and not has_office("KEN", "Prime Minister", "2020-01-01")
    assert not has_office("AFG", "Prime Minister", "2010-01-01") and has_office("AFG", "Prime Minister", "2022-01-01")


def test_prime_minister_in_a_story_about_iran_after_1989(pipeline):
    codes = _codes(pipeline, "The United States has not ruled out strikes against Iran, and Iran has refused to "
                             "stop enrichment. The prime minister said Britain would not join an attack on Iran.")
    assert codes["prime minister"] == "GBRGOV"  # was IRNGOV, then the focus
