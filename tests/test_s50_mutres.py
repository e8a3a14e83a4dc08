"""Session 50 (s50-mutres): the places stage's `resolve` and `_story` under mutation for the first time, and the
times stage's `_told` mutants 1 and 32 (since left unread). Our own sentences; where a story's items are
hand-built, the text and its parse are still the pipeline's (docs/testing.md, "Session 50, s50-mutres")."""

from newsgraph import places
from newsgraph.model import Span
from newsgraph.places.geonames import Entry
from test_s49_pspeed import _before_places  # the Document and Parse as the places stage gets them

# --- times: "since" read from the text where the parse does not say it ----------------------------------------


def test_a_season_after_ever_since_has_begun(pipeline):
    # "Ever since this fall" at the start, no comma: the parse does not put "since" above the season on the way
    # to the verb (`_under_since` says no), so only the text's "since" before the expression tells that the fall
    # meant has already begun: the last one (TIMEX3: "since" marks a begun time), not the coming one nearer a June
    # telling
    doc = pipeline.extract("Ever since this fall sales have doubled.", published="2026-06-15")
    assert [(t.text, t.value) for t in doc.times] == [("this fall", "2025-FA")]


# --- places: the story's evidence (`_story`) -------------------------------------------------------------------

def _story_of(pipeline, text, dateline=None):
    doc, parse, stage = _before_places(pipeline, text)
    if dateline is not None:  # (as the reader marks a wire story's opening place)
        doc.dateline = Span(start=0, end=len(dateline), text=dateline)
    items = places.collect(doc, parse, stage.gazetteer, stage.matcher)
    keys = [places.key(doc.text[it.a:it.b]) for it in items]
    return places._story(doc, items, keys, stage.gazetteer)


def test_the_story_knows_its_datelines_country(pipeline):
    story = _story_of(pipeline, "MOSCOW - Officials said on Monday the talks would go on.", "MOSCOW")
    assert story.dateline_country == "RUS"


def test_the_story_knows_where_the_actors_stage_read_an_institution(pipeline):
    text = "The Kremlin said on Monday it would act."  # the building for the government in it
    story = _story_of(pipeline, text)
    assert story.actor_metonyms.overlaps(text.index("Kremlin"), text.index("Kremlin") + 7)
    assert not story.actor_metonyms.overlaps(text.index("Monday"), text.index("Monday") + 6)


def test_the_storys_home_is_its_sure_countries_and_its_money(pipeline):
    story = _story_of(pipeline, "Officials in Lyon said the new bridge would cost £40 million.")
    assert story.home == frozenset({"FRA", "GBR"})  # Lyon (one reading), and the pound's country
    story = _story_of(pipeline, "Officials in Lyon said the new bridge would open in May.")
    assert story.home == frozenset({"FRA"})  # no money named: no country of it


def test_a_town_cue_marks_a_name_of_two_readings(pipeline):
    # Tyler has two readings (two Texan towns): the police and the man make it a town's name
    story = _story_of(pipeline, "Tyler police said on Monday a Tyler man was hurt in the crash.")
    assert "tyler" in story.towns


def test_a_municipal_body_counts_only_for_a_name_with_a_town_cue(pipeline):
    # "Junior College" is a town's own body only once the story speaks of the name as a town's: alone it
    # does not make the name a town (it is no town cue), so the name is in neither set
    story = _story_of(pipeline, "Students at Paris Junior College said on Monday the fees would rise.")
    assert "paris" not in story.towns and "paris" not in story.municipal


# --- places: `resolve` ------------------------------------------------------------------------------------------

def test_the_second_look_reads_a_name_by_the_storys_other_places(pipeline):
    # every other place of the story lies in Georgia (USA): Athens is the Georgian town, not the Greek capital
    doc = pipeline.extract("Floods reached Athens and Rome, Georgia, on Monday, after rain in Macon and Augusta.")
    athens = next(p for p in doc.places if p.name == "Athens")
    assert athens.country == "USA"


def test_a_listed_run_of_places_modifies_the_noun_after_it(pipeline):
    doc = pipeline.extract("The Berlin, Vienna and Prague police forces met on Monday.")
    assert {p.name: [m.kind for m in p.mentions] for p in doc.places} == {
        "Berlin": ["modifier"], "Vienna": ["modifier"], "Prague": ["modifier"]}


def _entry(name, feature, country, score, id, lat=1.0, lon=1.0):
    return Entry(name, feature, country, lat, None if lat is None else lon, score, id=id)


def _resolve_items(pipeline, monkeypatch, text, spans):
    """resolve() on the text's own parse, with the toponyms found (`collect`) given by hand: (name, label,
    entries) in text order."""
    doc, parse, stage = _before_places(pipeline, text)
    items = [places.Item(text.index(n), text.index(n) + len(n), label, es) for n, label, es in spans]
    monkeypatch.setattr(places, "collect", lambda *a: items)
    return places.resolve(doc, parse, stage.gazetteer, stage.matcher)


def test_a_weak_town_outside_the_storys_countries_is_dropped_and_the_rest_kept(pipeline, monkeypatch):
    text = "Officials in France said the ballots went to Hadsel and then to Lyon."
    got = _resolve_items(pipeline, monkeypatch, text, [
        ("France", "GPE", [_entry("France", "country", "FRA", 7.0, 1)]),
        ("Hadsel", "MATCH", [_entry("Hadsel", "city", "NOR", 4.0, 2)]),  # found only by the matcher, a village
        ("Lyon", "GPE", [_entry("Lyon", "city", "FRA", 5.7, 3)]),
    ])
    assert [(p.name, p.country) for p in got] == [("France", "FRA"), ("Lyon", "FRA")]


def test_an_unlisted_place_takes_the_country_its_demonym_names(pipeline, monkeypatch):
    text = "Gunmen attacked the Malian village of Tindoubaka on Monday."
    got = _resolve_items(pipeline, monkeypatch, text, [
        ("Tindoubaka", "GPE", [_entry("Tindoubaka", "city", None, 0.0, -1, lat=None)]),
    ])
    assert [(p.name, p.country) for p in got] == [("Tindoubaka", "MLI")]


def test_the_second_look_also_weighs_a_name_of_two_readings(pipeline, monkeypatch):
    # two namesakes in one country, the larger far from the story's other place: the nearer one is meant
    text = "Storms hit Alton and Benton on Monday."
    got = _resolve_items(pipeline, monkeypatch, text, [
        ("Alton", "GPE", [_entry("Alton", "city", "USA", 4.6, 10, lat=30.0, lon=-90.0),
                          _entry("Alton", "city", "USA", 4.5, 11, lat=40.0, lon=-100.0)]),
        ("Benton", "GPE", [_entry("Benton", "city", "USA", 4.0, 12, lat=40.1, lon=-100.0)]),
    ])
    assert [(p.name, p.lat) for p in got] == [("Alton", 40.0), ("Benton", 40.1)]
