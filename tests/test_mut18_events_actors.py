"""Session 18 (s18-mut, issue 14 item 8): tests that kill the surviving mutants of session 17's changed
functions in events/acled.py, events/stage.py, events/coder.py and actors/ (docs/testing.md, "Session 18,
s18-mut"). Our own sentences; hand-made events where the function reads only the event."""

from types import SimpleNamespace

import pytest

from newsgraph.events.acled import _own_clause, acled_for
from test_events_acled_notes import Doc, ev, sub


# ---------------------------------------------------------------- events/acled.py


class DocWithEvents(Doc):
    def __init__(self, events, **ents):
        super().__init__(**ents)
        self.events = events


def test_acled_for_reads_the_documents_events_when_none_are_given():
    s = "Rebels fired rockets at the town and troops attacked the villages."
    fired = ev("ASSAULT", None, "fired rockets", s, source=["r"])
    attacked = ev("ASSAULT", None, "attacked", s, source=["t"])
    doc = DocWithEvents([fired, attacked], r=("Rebels", "ORG", "REB", ""), t=("troops", "ORG", "MIL", ""))
    # the attack's own clause ("troops attacked the villages") names no rockets: doc.events bound it
    assert acled_for(attacked, doc)["sub_event_type"] != "Shelling/artillery/missile attack"
    assert acled_for(attacked, doc) == acled_for(attacked, doc, [fired, attacked])


def test_force_used_on_a_crowd_reads_no_weapon_from_its_words():
    # crowd control is a protest's response whatever it was done with: its grenades are no grenade attack
    s = "Police threw grenades at protesters in the square."
    assert sub(ev("ASSAULT", "crowd-control", "threw grenades", s)) == "Protest with intervention"


@pytest.mark.parametrize("sentence, expected", [
    ("Two families clashed with machetes at a barricade on the highway.", "Violent demonstration"),
    ("Two families clashed with machetes on the highway.", "Mob violence"),
])
def test_an_unarmed_clash_is_a_demonstration_only_when_one_is_named(sentence, expected):
    assert sub(ev("ASSAULT", "primitive", "clashed", sentence)) == expected


POLICE_AND_CROWD = Doc(p=("police", "ORG", "COP", "KEN"), o=("opposition supporters", "PER", "OPP", "KEN"))


@pytest.mark.parametrize("sentence, source, target, expected", [
    ("Police clashed with opposition supporters at barricades in the capital.", "p", "o", "Violent demonstration"),
    ("Opposition supporters clashed with police at barricades in the capital.", "o", "p", "Violent demonstration"),
    ("Opposition supporters clashed with police in the capital.", "o", "p", "Mob violence"),
    ("Police clashed with opposition supporters in the capital.", "p", "o", "Mob violence"),
])
def test_forces_clashing_with_a_crowd_are_its_riot_told_from_either_side(sentence, source, target, expected):
    assert sub(ev("ASSAULT", None, "clashed", sentence, [source], [target]), POLICE_AND_CROWD) == expected


def _clause(sentence, trigger, *other_triggers):
    others = [(sentence.index(t), sentence.index(t) + len(t)) for t in other_triggers]
    return _own_clause(ev("ASSAULT", None, trigger, sentence), sentence, others).strip()


def test_own_clause_ends_at_the_last_coordinator_before_a_later_event():
    s = "Rebels fired rockets and mortars at the town and troops attacked the villages."
    assert _clause(s, "fired", "attacked") == "Rebels fired rockets and mortars at the town"
    # a coordinator after the later event's trigger is that clause's own
    s = "Rebels fired rockets at the town and troops attacked the villages and farms."
    assert _clause(s, "fired", "attacked") == "Rebels fired rockets at the town"


def test_own_clause_starts_after_the_last_coordinator_before_its_own_trigger():
    s = "Troops attacked the villages and rebels fired rockets and mortars at the town."
    assert _clause(s, "fired", "attacked") == "rebels fired rockets and mortars at the town."


# ---------------------------------------------------------------- events/stage.py


@pytest.fixture(scope="module")
def events(pipeline):
    def run(text):
        doc = pipeline.extract(text, name="t", published="2025-06-02")
        return [dict(type=e.type, trigger=e.trigger.text, cameo=e.cameo,
                     source=sorted(doc.entity(i).name for i in e.source),
                     target=sorted(doc.entity(i).name for i in e.target)) for e in doc.events]
    return run


def test_a_joint_mobilisation_recast_as_cooperation_is_not_aimed_at_its_place(events):
    # two countries' single mobilisation is their cooperation (PLOVER manual): they act with each other,
    # not on the people of the place (a mobilisation's own place target is read only when it stays one)
    (ev,) = events("Kenya and Uganda mobilized troops in Kampala.")
    assert ev["type"] == "COOPERATE" and ev["source"] == ["Kenya", "Uganda"] and ev["target"] == []


# ---------------------------------------------------------------- events/coder.py


def _reported_possessive(dep):
    """'Police said their officers arrested men .' with "their" hung on "officers" as `dep`."""
    from test_mut17d_events_attr import doc_of
    return doc_of([("Police", 1, "nsubj", "NOUN", "NNS"), ("said", None, "ROOT", "VERB", "VBD"),
                   ("their", 3, dep, "PRON", "PRP$"), ("officers", 4, "nsubj", "NOUN", "NNS"),
                   ("arrested", 1, "ccomp", "VERB", "VBD"), ("men", 4, "dobj", "NOUN", "NNS"),
                   (".", 1, "punct", "PUNCT", ".")])


@pytest.mark.parametrize("dep, speaker", [("poss", ["police"]), ("det", [])])
def test_only_a_possessive_its_or_their_makes_the_subject_the_speakers_own(dep, speaker):
    from newsgraph.events.coder import _possessing_speaker
    d = _reported_possessive(dep)
    parts = SimpleNamespace(resolve=lambda t: ["police"] if t.text == "Police" else [])
    assert _possessing_speaker(d[3], parts) == speaker


# ---------------------------------------------------------------- actors/roles.py


def _role(phrase, sector, cls, code=None):
    from newsgraph.actors.tables import Role
    return Role(phrase=phrase, sector=sector, role=phrase, cls=cls, code=code)


def test_a_role_with_a_users_own_code_is_not_recomposed_by_a_group_noun():
    from newsgraph.actors.roles import composed_role
    rebel = _role("rebel", "REB", "grp")
    spans = [(0, 1), (1, 2)]
    ctx = SimpleNamespace(role_spans=spans, role_of=lambda a, b: rebel if (a, b) == (0, 1) else None,
                          roles_within=lambda a, b: [(x, y) for x, y in spans if a <= x and y <= b])
    commander = _role("commander", "MIL", "off", code="MILCMD")
    assert composed_role(ctx, commander, 0, 1, 2) is commander  # "rebel commander": the user's code stands
    plain = _role("commander", "MIL", "off")
    assert composed_role(ctx, plain, 0, 1, 2).sector == "REB"


def _adjective_ctx(rows):
    from test_mut17d_events_attr import doc_of
    roles = {"separatist": _role("separatist", "REB", "grp"), "leaders": _role("leader", "-", "lead")}
    return SimpleNamespace(sd=doc_of(rows), tables=SimpleNamespace(roles=roles))


@pytest.mark.parametrize("dep, group", [("amod", "separatist"), ("compound", None), ("nmod", None)])
def test_only_an_adjective_before_the_role_lends_it_a_group(dep, group):
    from newsgraph.actors.roles import _adjective_group
    ctx = _adjective_ctx([("Separatist", 1, dep, "ADJ", "JJ"), ("leaders", 2, "nsubj", "NOUN", "NNS"),
                          ("met", None, "ROOT", "VERB", "VBD"), (".", 2, "punct", "PUNCT", ".")])
    got = _adjective_group(ctx, ctx.tables.roles["leaders"], 1, 2)
    assert (got.phrase if got else None) == group
    # an adjective inside the role's own phrase (s = 0) is the role's, not a group modifying it
    assert _adjective_group(ctx, ctx.tables.roles["leaders"], 0, 2) is None


# ---------------------------------------------------------------- actors/nominals.py


@pytest.fixture(scope="module")
def codes(pipeline):
    def run(text):
        doc = pipeline.extract(text, name="t", published="2005-01-01")
        return {e.name: e.actor.code for e in doc.entities if e.actor is not None and e.attrs.get("actor") is not False}
    return run


@pytest.mark.parametrize("text, name", [
    ("A police spokesman said the road was closed.", "A police spokesman"),  # a post of a state side: anyone's
    ("A militia attacked a village in Kenya.", "A militia"),
    ("Police spokesman said the road was closed.", "Police spokesman"),  # no article, country nor body
    ("Former rebels protested in Nairobi.", "Former rebels"),  # a former group is no actor
    ("Kenya held elections on Monday. Leaders met in Nairobi.", "Leaders"),  # leaders of no side nor country
])
def test_no_one_in_particular_is_no_actor(codes, text, name):
    got = codes(text)
    assert name not in got and name.lower() not in {n.lower() for n in got}


@pytest.mark.parametrize("text, name, code", [
    ("A minister of Chad met the envoy.", "A minister", "TCDGOV"),  # an "of" country qualifies "a minister"
    ("An official from Japan met the envoy in Nairobi.", "An official", "JPNGOV"),  # so does where from
    ("UN envoy said the talks would resume.", "UN envoy", "IGOUNO"),  # a body's officer, no article
    ("Kenyan leaders met in Nairobi.", "Kenyan leaders", "KEN"),  # leaders of a country
    ("The leader of the Sudanese rebels met the envoy.", "leader", "SDNREB"),
    # a singular institution placed by an "in" phrase is that place's, before the story's focus
    ("Kenyan police said protesters stormed the parliament in Kampala.", "parliament", "UGALEG"),
])
def test_a_qualified_nominal_is_coded_by_what_qualifies_it(codes, text, name, code):
    assert codes(text).get(name) == code


def test_a_title_read_with_an_adjective_group_makes_the_named_person_that_sides(codes):
    # roles.take_role hands composed_role the title's end (the parser reads "separatist" as an adjective)
    assert codes("Indonesia said separatist leader Hasan Tiro rejected the offer.")["Hasan Tiro"] == "IDNREB"


@pytest.mark.parametrize("text, name", [
    # troops sent somewhere are not the place's: a passive subject of a sending verb is sent too
    ("Kenya's parliament approved the mission on Monday. Troops were deployed in Somalia on Tuesday.", "Troops"),
    # a sender naming no country of its own leaves the troops to the story's country, not to a placeholder
    ("Kenya's parliament approved the mission. The minister deployed troops in Somalia.", "troops"),
])
def test_troops_sent_to_a_place_are_not_that_places(codes, text, name):
    assert codes(text)[name] == "KENMIL"


# ---------------------------------------------------------------- actors/clusters.py, codes.py


def test_an_in_phrase_after_a_bracketed_aside_still_places_the_site(codes):
    # clusters.placed_in: the aside is longer than a short name, so the "in" is found on the name's own noun
    got = codes("Inspectors visited the Karak Water Facility (a state plant) in central Jordan.")
    assert got["Karak Water Facility"] == "JOR"


def test_a_name_before_an_unclosed_bracket_ending_the_text_is_read_without_error(pipeline):
    # clusters.placed_in's bracket guard: "(" and one more token end the text
    doc = pipeline.extract("The agency sent inspectors to the Karak Water Facility (KWF", name="t", published="2005-01-01")
    assert not any(e.actor is not None and e.actor.country for e in doc.entities)  # no place named: none placed


def _site(type_="FAC", **kw):
    from newsgraph.actors.article import ActorCluster, ActorMention
    attrs = kw.pop("attrs", {})
    c = ActorCluster(type=type_, attrs=dict(attrs), **kw)
    c.mentions.append(ActorMention(0, 3, 0, 20, "Karak Water Facility", type_, kind="name"))
    return c


@pytest.mark.parametrize("type_, kw", [("FAC", {}), ("ORG", {})])
def test_an_uncoded_site_or_body_takes_the_country_it_is_placed_in(monkeypatch, type_, kw):
    from newsgraph.actors import codes as codes_mod
    monkeypatch.setattr(codes_mod, "placed_in", lambda ctx, m: "JOR")
    c = _site(type_, **kw)
    codes_mod._placed_organisations(SimpleNamespace(clusters=[c]))
    assert c.country == "JOR" and c.attrs["country_basis"] == "place"


@pytest.mark.parametrize("type_, kw", [
    ("PERSON", {}), ("GPE", {}),  # only organisations and sites
    ("FAC", {"code": "XXXMED"}), ("FAC", {"country": "KEN"}), ("FAC", {"kb": object()}),  # something else codes it
    ("ORG", {"attrs": {"actor": False}}), ("ORG", {"attrs": {"nominal": True}}),  # no actor; a group noun
    ("ORG", {"attrs": {"ethnicity": "ARB"}}),  # a people, not a body
])
def test_a_site_something_else_codes_or_no_body_is_not_placed(monkeypatch, type_, kw):
    from newsgraph.actors import codes as codes_mod
    monkeypatch.setattr(codes_mod, "placed_in", lambda ctx, m: "JOR")
    c = _site(type_, **kw)
    before = c.country
    codes_mod._placed_organisations(SimpleNamespace(clusters=[c]))
    assert c.country == before and "country_basis" not in c.attrs


def test_a_placed_sites_entity_says_its_country_came_from_its_place(pipeline):
    doc = pipeline.extract("The agency sent inspectors to the Karak Water Facility in central Jordan.", name="t",
                           published="2005-01-01")
    (site,) = [e for e in doc.entities if e.name == "Karak Water Facility"]
    assert site.actor.country == "JOR" and site.attrs.get("country_basis") == "place"


@pytest.mark.parametrize("sentence, clause", [
    ("Rebels fired rockets at the town but troops attacked the villages.", "Rebels fired rockets at the town"),
    ("Rebels fired rockets at the town while troops attacked the villages.", "Rebels fired rockets at the town"),
    ("Rebels fired rockets at the town whereas troops attacked the villages.", "Rebels fired rockets at the town"),
    # a capitals headline's coordinator is one too
    ("REBELS FIRED ROCKETS AT THE TOWN AND TROOPS ATTACKED THE VILLAGES", "REBELS FIRED ROCKETS AT THE TOWN"),
    # words only holding a coordinator's letters ("command", "Andes") open no clause
    ("Rebels fired rockets at the town and troops under army command attacked the villages.",
     "Rebels fired rockets at the town"),
    ("Rebels fired rockets at the town and troops from the Andes attacked the villages.",
     "Rebels fired rockets at the town"),
])
def test_own_clause_ends_at_each_coordinator_word(sentence, clause):
    fired, attacked = ("FIRED", "ATTACKED") if sentence.isupper() else ("fired", "attacked")
    assert _clause(sentence, fired, attacked) == clause


def test_people_in_a_place_in_a_country_are_that_countrys(codes):
    # clusters._in_country: one "in" deeper ("in a village in northern Iraq") from where the people are
    # ("farmers" are no armed side, so no other rule reads the clause's places)
    got = codes("Kenya closed the border. Kenya said farmers in a village in northern Uganda blocked a road to Kenya.")
    assert got["farmers"] == "UGAAGR"


@pytest.mark.parametrize("place, code", [
    ("the Bekaa Valley", "LBNAGR"),  # a region the NER calls LOC: the state it lies in
    ("Georgia", "GEOAGR"),  # a country's name is the country, whatever else the name may be a place of
])
def test_people_in_a_region_or_country_are_its_states(codes, place, code):
    got = codes(f"Kenya closed the border. Kenya said farmers in {place} blocked a road to Kenya.")
    assert got["farmers"] == code


def test_a_threat_to_cut_aid_in_a_place_aims_at_its_place(events):
    # stage._content_place_target reads the content's CAMEO code: aid suspended there (162) goes to the people
    # of the place, so the threat is aimed at them
    evs = events("The United Nations threatened to suspend aid deliveries in Kabul.")
    (threat,) = [e for e in evs if e["type"] == "THREATEN"]
    assert threat["target"] == ["Kabul"]
