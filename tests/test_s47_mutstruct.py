"""s47-mutstruct: tests for survivors left by session 47's splits of `structure.label_sections` and places'
`candidates`/`collect`/`mention_kind` (docs/testing.md, "Session 47, s47-mutstruct"). Own sentences and articles."""

import pytest

from newsgraph.structure import label_sections


# (`_label_unit`) a date line alone near the head is the story's published line, its text the value
def test_a_lone_date_line_near_the_head_is_the_published_line():
    text = "Harbour reopens after the storm\n\n12 March 2026\n\nThe harbour at Portree reopened on Thursday after a week."
    sections, _, _ = label_sections(text)
    assert [(s.kind, s.text, s.attrs) for s in sections[:2]] == [
        ("title", "Harbour reopens after the storm", {}),
        ("published", "12 March 2026", {"value_text": "12 March 2026"})]


def test_two_date_lines_are_a_timeline_not_a_published_line():
    text = "12 March 2026\n\nThe harbour closed.\n\n14 March 2026\n\nThe harbour reopened on Thursday after a week."
    sections, _, _ = label_sections(text)
    assert "published" not in [s.kind for s in sections]


def _places(pipeline, text):
    return {m.text: (m.kind, p.country) for p in pipeline.extract(text).places for m in p.mentions}


# (`_unlisted_entries`: EMBEDDED) a place a facility's name begins with, the gazetteer lacking the facility, is the
# facility's modifier, not the place itself
def test_a_place_opening_a_facilitys_name_is_its_modifier(pipeline):
    assert _places(pipeline, "Inmates at the Henderson County Jail were moved on Tuesday after a fire.") == {
        "Henderson County": ("modifier", "USA")}
    assert _places(pipeline, "Flights resumed at Long Beach Airport on Friday after a storm.") == {
        "Long Beach": ("modifier", "USA")}


# (`_team_spans`: TEAM) a city's name that wins a game is its team
def test_a_city_that_wins_a_game_is_its_team(pipeline):
    assert _places(pipeline, "Liverpool won 3-1 at home on Saturday, and the manager praised the defence.") == {
        "Liverpool": ("metonym", "GBR")}


# (`_mislabelled_spans`: MISLABELLED) a place the parser took for a person counts as a known place of a list, so a
# list of towns mostly found already adds its last member ("Sennar", which the parser also tags PERSON and
# `_mislabelled` does not take); without Khartoum's count only two of the five names are known
def test_a_mislabelled_place_counts_toward_a_list_of_places(pipeline):
    got = _places(pipeline, "Floods cut roads between Omdurman, Khartoum, Wad Madani, Sennar and Kassala, aid workers said.")
    assert got.get("Sennar") == ("name", "SDN") and got.get("Khartoum") == ("name", "SDN")


# (`_team_spans`: TEAM) a small town's team (Brentford: under 100,000 people) is kept though the story names only
# another country: the label exempts it from the drop of a small town found by a mislabel
@pytest.mark.parametrize("team", ["Brentford", "Crewe"])
def test_a_small_towns_team_is_kept_in_a_story_about_another_country(pipeline, team):
    text = f"{team} won 2-0 on Sunday after a training camp in Spain. Madrid and Seville hosted the players."
    assert _places(pipeline, text).get(team) == ("metonym", "GBR")


# (`_surname`: `e.level == 2`) a country's name stays a place though someone in the story bears it as a surname:
# only a town's or a county's name, or an old or alternate name, is taken for the person ("Ripley said")
def test_a_country_stays_a_place_though_a_person_bears_its_name(pipeline):
    text = "Congressman Steve Israel said on Monday that aid to Israel should continue."
    assert _starts(pipeline, text, "Israel") == [text.index("to Israel") + 3]


def _starts(pipeline, text, name):
    return sorted(m.start for p in pipeline.extract(text).places for m in p.mentions if m.text == name)


# (`_team_acted_on`: nsubjpass) a city's side relegated, the passive's subject, is its team, not the city
def test_a_city_relegated_in_a_game_report_is_its_team(pipeline):
    assert _places(pipeline, "Leeds were relegated on Saturday after a 2-0 defeat at home.") == {"Leeds": ("metonym", "GBR")}


# (`_unlisted_entries` -> `_locative` with the gazetteer) a name the gazetteer lacks is a place when a country
# follows it ("Qabun, Syria"), no locative preposition before it ("hit")
def test_an_unknown_name_followed_by_its_country_is_a_place(pipeline):
    got = _places(pipeline, "Shelling hit Qabun, Syria, on Tuesday, residents said.")
    assert got.get("Qabun", ("?",))[0] == "name" and got.get("Syria") == ("name", "SYR")
