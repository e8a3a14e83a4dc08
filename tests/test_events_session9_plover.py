"""Session 9 (branch s9-plover): general argument and actor rules, on our own sentences
(docs/events.md "Session 9, s9-plover")."""

from test_events_session8_plover import events, factual  # noqa: F401 (the same fixture: sides' countries)


def test_an_actorless_event_in_a_clause_of_time_is_the_backdrop_not_a_record(events):
    evs = events("Gondor's aid workers suspended food deliveries in Minas Tirith on Monday "
                 "after two of their trucks were hit by gunfire.")
    assert all(trig != "gunfire" for *_, trig, _ in evs)
    assert any(e[0] == "SANCTION" for e in evs)


def test_an_actorless_event_in_a_clause_of_concession_is_the_backdrop(events):
    evs = events("The government expelled the aid agency from the country, although it still held "
                 "millions of dollars of donations.")
    assert all(trig != "donations" for *_, trig, _ in evs)


def test_a_clause_of_time_naming_its_doer_is_still_coded(events):
    evs = events("The Egyptian government agreed to talks after Israeli troops attacked Gaza.")
    assert any(e[0] == "ASSAULT" and e[1] == ["ISR"] for e in evs)


def test_rebels_coordinated_with_a_countrys_government_are_that_countrys(events):
    evs = factual(events("British Foreign Secretary Jack Straw said on Friday that the Sudanese government "
                         "and the rebels must reach an agreement."))
    demand = next(e for e in evs if e[0] == "REQUEST")
    assert demand[1] == ["GBR"] and demand[2] == ["SDN", "SDN"]


def test_rebels_named_first_share_the_government_named_after(events):
    evs = factual(events("Britain urged the rebels and the Colombian government to resume talks."))
    demand = next(e for e in evs if e[0] == "REQUEST")
    assert demand[2] == ["COL", "COL"]


def test_an_in_protest_phrase_is_the_aim_of_the_protest_it_hangs_on(events):
    evs = factual(events("Hundreds of Kurdish refugees began a hunger strike in protest of the German "
                         "government's decision to deport them."))
    protests = [e for e in evs if e[0] == "PROTEST"]
    assert len(protests) == 1
    assert protests[0][2] == ["DEU"]


def test_an_arrest_naming_no_one_is_aimed_at_the_arresting_countrys_people(events):
    evs = factual(events("Kenyan police fired tear gas at the crowd in the evening and arrested dozens."))
    arrest = next(e for e in evs if e[0] == "COERCE" and e[3] == "arrested")
    assert arrest[1] == ["KEN"] and arrest[2] == ["KEN"]


def test_a_concession_naming_no_one_is_aimed_at_the_countrys_people(events):
    evs = factual(events("Sudanese President Omar al-Bashir lifted the state of emergency on Monday."))
    concede = next(e for e in evs if e[0] == "CONCEDE")
    assert concede[1:3] == (["SDN"], ["SDN"])


def test_a_domestic_target_needs_the_country_named_on_its_own(events):
    evs = factual(events("Police arrested dozens of people on Monday."))
    assert all(e[2] == [] for e in evs if e[0] == "COERCE")


def test_the_country_of_the_main_acts_doer_is_the_storys_focus(events):
    evs = factual(events("Kenyan police prevented a rally staged by students on Monday to protest the "
                         "decision of sending troops to Somalia."))
    coerce = next(e for e in evs if e[0] == "COERCE")
    assert coerce[1:3] == (["KEN"], ["KEN"])


def test_its_troops_are_those_of_the_speaking_army_named_by_its_nationality(events):
    evs = factual(events("The Israeli army said its troops had arrested 15 Palestinians in the West Bank."))
    arrest = next(e for e in evs if e[0] == "COERCE")
    assert arrest[1:3] == (["ISR"], ["PSE"])


def test_rebels_named_by_a_creed_no_table_places_are_the_focus_countrys(events):
    evs = factual(events("The Philippine government accused communist rebels of violating the ceasefire."))
    accuse = next(e for e in evs if e[0] == "ACCUSE")
    assert accuse[1:3] == (["PHL"], ["PHL"])


def test_a_group_of_a_dictionary_organisation_keeps_the_organisations_country(events):
    evs = events("The Indian army said Hamas fighters fired rockets at Israeli towns.")
    attack = next(e for e in evs if e[0] == "ASSAULT")
    assert attack[1] == ["PSE"]


def test_guerrillas_are_a_group_of_rebels(events):
    evs = factual(events("Kurdish guerrillas ambushed a Turkish army patrol in southeast Turkey."))
    attack = next(e for e in evs if e[0] == "ASSAULT")
    assert attack[1:3] == (["TUR"], ["TUR"])


def test_zaire_is_the_democratic_republic_of_the_congo(events):
    evs = factual(events("Zairean rebels said they had captured the town of Kisangani from government troops."))
    assert evs and evs[0][1] == ["COD"]


def test_an_ethnic_demonym_does_not_make_its_nation_the_storys_focus(events):
    evs = factual(events("Ethnic Albanian rebels attacked a police station."))
    attack = next(e for e in evs if e[0] == "ASSAULT")
    assert attack[1] != ["ALB"]


def test_a_backdrop_naming_its_recipient_ranks_below_the_sentences_own_act(pipeline):
    doc = pipeline.extract("A border post was seized late last month after fierce fighting with guerrillas, "
                           "Thai military sources said.", name="t", published="2025-06-02")
    top = max(doc.events, key=lambda e: e.confidence)
    assert doc.text[top.trigger.start:top.trigger.end] == "seized"
    assert any(e.type == "ASSAULT" for e in doc.events)  # still coded: it names whom it befell


def test_the_one_called_on_to_act_is_the_acts_doer(events):
    evs = events("The European Union called on Belgrade to withdraw its forces from Kosovo.")
    withdraw = next(e for e in evs if e[3] == "withdraw")
    assert withdraw[1] == ["SRB"]
    demand = next(e for e in evs if e[0] == "REQUEST")
    assert demand[2] == ["SRB"]


def test_a_translated_names_bracketed_gloss_does_not_hide_the_group(events):
    evs = factual(events("Leaders of the Musavat (Equality) opposition party agreed on Monday to hold "
                         "talks with the Azerbaijani government."))
    agree = next(e for e in evs if e[0] == "AGREE")
    assert agree[1] == ["AZE"]


def test_an_in_phrase_inside_a_hyphenated_word_states_no_aim(pipeline):
    from types import SimpleNamespace

    from newsgraph.events.stage import _aim_of

    def cand(tok, type_):
        return SimpleNamespace(is_noun=True, anchor=tok, sense=SimpleNamespace(type=type_))

    doc = pipeline.nlp("The ministry received grants-in-aid from donors.")
    grants, aid = next(t for t in doc if t.lower_ == "grants"), next(t for t in doc if t.lower_ == "aid")
    outer = cand(grants, "AID")
    assert _aim_of(cand(aid, "AID"), {grants.i: outer}, {}) is None
    doc = pipeline.nlp("The refugees began a hunger strike in protest of the ruling.")
    strike, protest = next(t for t in doc if t.lower_ == "strike"), next(t for t in doc if t.lower_ == "protest")
    outer = cand(strike, "PROTEST")
    assert _aim_of(cand(protest, "PROTEST"), {strike.i: outer}, {}) is outer
