"""Session 48, s48-splitmisc: the pieces `evaluate/actors.py: score` and `actors/tables.py: tables` were
split into, each checked on its own job (own made-up names throughout)."""

import pytest

from newsgraph.evaluate import actors as ev
from newsgraph.model import Actor, Document, Entity, Mention


def _entity(eid, text, spans, actor=None):
    ms = [Mention(start=a, end=b, text=text[a:b], kind=k) for a, b, k in spans]
    return Entity(id=eid, name=ms[0].text, type="PERSON", mentions=ms, actor=actor)


# "Mara met Olek. Mara said Quito agreed, and the UN was told."
#  0    5   9    15   20   25    31      39  43  47
_TEXT = "Mara met Olek. Mara said Quito agreed, and the UN was told."


def _rec(entities):
    return {"id": "r1", "_line": 1, "text": _TEXT, "entities": entities}


def test_score_counts_every_part_by_hand():
    rec = _rec([{"mentions": ["Mara"], "code": "ECUGOV"},
                {"mentions": ["Olek"], "code": None},
                {"mentions": ["Quito@metonym"], "code": "ECUMIL"},
                {"mentions": ["UN@name"], "code": "IGOUNO"},
                {"mentions": ["Nowhere"], "code": None}])
    doc = Document(text=_TEXT, entities=[
        # both "Mara"s but the second in a cluster of its own: a split entity, coded by the majority (a tie:
        # the first aligned wins)
        _entity("e1", _TEXT, [(0, 4, "name")], Actor(code="ECUGOV", country="ECU", sector="GOV")),
        _entity("e2", _TEXT, [(15, 19, "name")], Actor(code="ECUREB", country="ECU", sector="REB")),
        # Olek: coded, gold says not an actor
        _entity("e3", _TEXT, [(9, 13, "name")], Actor(code="ECUCVL", country="ECU", sector="CVL")),
        # Quito: found as a metonym, right country, wrong sector
        _entity("e4", _TEXT, [(25, 30, "metonym")], Actor(code="ECUGOV", country="ECU", sector="GOV")),
        # the UN: an IGO has no country; a metonym where the gold says name
        _entity("e5", _TEXT, [(47, 49, "metonym")], Actor(code="IGOUNO", country=None, sector="IGO")),
    ])
    s = ev.score([rec], [doc])
    assert s.missing == ["r1: 'Nowhere' not found in text"]
    assert s.errors == ["r1: 'UN' marked metonym, gold name",
                        "r1: split entity: Mara->e1, Mara->e2",
                        "r1: 'Olek' coded ECUCVL, gold: not an actor",
                        "r1: 'Quito@metonym' coded ECUGOV, gold ECUMIL"]
    assert (s.docs, s.gold_mentions, s.aligned) == (1, 5, 5)
    # Mara's two mentions sit in two system clusters: recall 1/2 each, precision 1 each
    assert s.b3_p == pytest.approx(5.0) and s.b3_r == pytest.approx(4.0)
    assert (s.code_total, s.code_ok, s.country_ok, s.sector_ok) == (3, 2, 3, 2)
    assert (s.nonactor_total, s.nonactor_ok) == (2, 1)  # "Nowhere" is an entity with no mention: no actor
    assert (s.meto_total, s.meto_ok) == (2, 1)


def test_score_unaligned_mentions_are_singletons_and_missing_actors_are_wrong():
    rec = _rec([{"mentions": ["Mara", "Olek"], "code": "ECUGOV"},
                {"mentions": ["Quito@name"], "code": "ECUGOV"},
                {"mentions": ["UN"], "code": "IGOUNO"}])
    doc = Document(text=_TEXT, entities=[
        _entity("e1", _TEXT, [(0, 4, "name"), (15, 19, "name")], Actor(code="ECUGOV", country="ECU", sector="GOV")),
        _entity("e2", _TEXT, [(47, 49, "name")], None),
    ])
    s = ev.score([rec], [doc])
    # Olek and Quito align to nothing; Quito unmarked reads as "name", which is right
    assert (s.gold_mentions, s.aligned) == (5, 3)
    assert (s.meto_total, s.meto_ok) == (1, 1)
    assert s.errors == ["r1: split entity: Mara->e1, Mara->e1, Olek->None",
                        "r1: split entity: Quito->None",
                        "r1: 'Quito@name' coded None, gold ECUGOV",
                        "r1: 'UN' coded None, gold IGOUNO"]
    # gold clusters {Mara, Mara, Olek}, {Quito}, {UN}; system {Mara, Mara}, {Olek}, {Quito}, {UN}
    assert s.b3_p == pytest.approx(5.0)
    assert s.b3_r == pytest.approx(2 / 3 + 2 / 3 + 1 / 3 + 1 + 1)
    assert (s.code_total, s.code_ok, s.country_ok, s.sector_ok) == (3, 1, 1, 1)


def test_score_sums_over_paragraphs_and_reads_code_parts():
    # three paragraphs over one text: counts add up across them, none is reset by the next
    one = _rec([{"mentions": ["Mara"], "code": "NGOHRI"}, {"mentions": ["Olek"], "code": None},
                {"mentions": ["Quito@metonym", "Nowhere"], "code": "ECU"}])
    two = _rec([{"mentions": ["Mara"], "code": "IMGMUS"}, {"mentions": ["Olek"], "code": None},
                {"mentions": ["Quito@metonym", "Elsewhere"], "code": "ECUGOVLEG"}])
    three = _rec([{"mentions": [], "code": "ECUGOV"}])
    doc = Document(text=_TEXT, entities=[
        _entity("e1", _TEXT, [(0, 4, "name")], Actor(code="NGOHRI", country=None, sector="NGO")),
        _entity("e2", _TEXT, [(25, 30, "metonym")], Actor(code="ECU", country="ECU", sector=None)),
    ])
    doc2 = Document(text=_TEXT, entities=[
        _entity("e1", _TEXT, [(0, 4, "name")], Actor(code="IMGMUS", country=None, sector="IMG")),
        _entity("e2", _TEXT, [(25, 30, "metonym")], Actor(code="ECUGOVLEG", country="ECU", sector="GOV")),
    ])
    s = ev.score([one, two, three], [doc, doc2, doc])
    assert s.docs == 3
    assert s.missing == ["r1: 'Nowhere' not found in text", "r1: 'Elsewhere' not found in text"]
    assert (s.meto_total, s.meto_ok) == (2, 2)
    assert (s.nonactor_total, s.nonactor_ok) == (2, 2)
    # an IGO/NGO/IMG code has no country: none on the actor is right; "ECU" alone has no sector: none is right;
    # the sector is the three letters after the country, not what follows them ("GOVLEG" -> GOV)
    assert (s.code_total, s.code_ok, s.country_ok, s.sector_ok) == (5, 4, 4, 4)
    # an entity listed with no mention is named "?" in the errors
    assert [e for e in s.errors if "split entity" not in e] == ["r1: '?' coded None, gold ECUGOV"]


# ---- actors/tables.py: the parts tables() is built from


from newsgraph.actors import tables as tb  # noqa: E402


def test_display_names_news_uses_and_the_us_adjective():
    t = tb.tables()
    assert {k: t.display[k] for k in ("USA", "GBR", "RUS", "IRN", "SYR", "KOR", "PRK", "VNM", "TWN", "PSE", "TUR",
                                      "COD")} == {
        "USA": "United States", "GBR": "United Kingdom", "RUS": "Russia", "IRN": "Iran", "SYR": "Syria",
        "KOR": "South Korea", "PRK": "North Korea", "VNM": "Vietnam", "TWN": "Taiwan", "PSE": "Palestine",
        "TUR": "Turkey", "COD": "DR Congo"}
    assert t.adjective["USA"] == "US"


def test_iso_names_official_and_common_but_never_with_a_comma():
    t = tb.tables()
    assert t.country_names["Plurinational State of Bolivia"] == "BOL"  # pycountry's official name
    assert "Bolivia, Plurinational State of" not in t.country_names
    assert t.display["BOL"] == "Bolivia"  # the common name, not the formal one


def test_country_row_pads_short_rows_and_reads_every_field():
    t = tb.Tables()
    assert tb._country_row(t, ["ZZZ"]) == ""
    assert tb._country_row(t, ["ZZY", "Zedish"]) == ""
    assert (t.country_names, t.display, t.demonyms, t.adjective) == ({}, {}, {"Zedish": "ZZY"}, {"ZZY": "Zedish"})
    assert tb._country_row(t, ["ZZX", "Zexi|Zexan", "Zexland|Zexia", " Zex City "]) == "Zex City"
    assert t.country_names == {"Zexland": "ZZX", "Zexia": "ZZX"} and t.display == {"ZZX": "Zexland"}
    assert t.adjective["ZZX"] == "Zexi" and t.demonyms["Zexan"] == "ZZX"
    # the display of USA and GBR is fixed apart, never taken from a row
    tb._country_row(t, ["USA", "", "Merica", ""])
    tb._country_row(t, ["GBR", "", "Blighty", ""])
    assert "USA" not in t.display and "GBR" not in t.display


def test_news_names_read_every_row_and_seats_are_cities():
    t = tb.tables()
    for row in tb._rows("countries.tsv"):
        if row[0] != "@territory":
            assert all(n in t.country_names for n in row[2].split("|") if n), row[0]
    assert None not in t.capitals and all(isinstance(k, str) and k for k in t.capitals)


def test_people_plurals_only_for_plain_lower_case_demonyms():
    t = tb.Tables(demonyms={"Zedish": "A", "Zess": "B", "Zutch": "C", "Zese": "D", "Zench": "E", "Zedian": "F",
                            "ZEdian": "G", "Zadi": "H"})
    tb._people_plurals(t)
    added = {d: iso for d, iso in t.demonyms.items() if d.endswith("s") and d[:-1] in t.demonyms}
    assert added == {"Zedians": "F", "Zadis": "H"}


def test_upper_case_names_added_beside_each_name():
    t = tb.Tables(country_names={"Zedland": "ZZZ", "ZEX": "ZZX"}, demonyms={"Zedish": "ZZZ"})
    tb._upper_case_names(t)
    assert t.country_names == {"Zedland": "ZZZ", "ZEX": "ZZX", "ZEDLAND": "ZZZ"}
    assert t.demonyms == {"Zedish": "ZZZ", "ZEDISH": "ZZZ"}


class _FakeGeonames:
    def __init__(self, countries):
        self.countries = countries

    def get_countries(self):
        return self.countries


def test_capitals_skip_country_names_and_let_current_states_win():
    t = tb.Tables(country_names={"Zedland": "ZZZ"})
    gc = _FakeGeonames({"A": {"capital": "", "iso3": "SRB"}, "B": {"capital": "Zedland", "iso3": "SRB"},
                        "C": {"capital": "Oldtown", "iso3": "SCG"}, "D": {"capital": "Oldtown", "iso3": "SRB"},
                        "E": {"capital": "Oldtown", "iso3": "SCG"}, "F": {"capital": "Newtown", "iso3": "SCG"},
                        "G": {"capital": "Belgrade", "iso3": "SRB"}})
    tb._capitals(t, gc, {"MNE": "Seatville"})
    # a dissolved state's capital is taken only while no current state has claimed it
    assert t.capitals == {"Oldtown": "SRB", "Newtown": "SCG", "Belgrade": "SRB", "Seatville": "MNE"}


def test_roles_keep_their_phrase_and_fields():
    t = tb.tables()
    rows = {r[0]: r[:4] for r in tb._rows("roles.tsv")}  # a later row for a phrase wins, as in tables()
    assert rows and all([t.roles[p].phrase, t.roles[p].sector, t.roles[p].role, t.roles[p].cls] == r
                        for p, r in rows.items())


def test_display_keys_are_country_codes_only():
    assert all(len(k) == 3 and k.isupper() for k in tb.tables().display)
