"""Session 15 precision rules found reading real news (our own sentences): a deal struck is signed,
not a blow; a strike on a country is an attack, not a walkout; the modality of "would be happy to" and
"is to" (docs/accuracy.md, "Session 15, s15-events")."""

import pytest


@pytest.fixture(scope="module")
def events(pipeline):
    def run(text):
        doc = pipeline.extract(text, name="t", published="2025-06-02")
        return [(e.type, e.cameo, sorted(doc.entity(i).name for i in e.source),
                 sorted(doc.entity(i).name for i in e.target), set(e.flags)) for e in doc.events]
    return run


def test_a_deal_struck_is_an_agreement_signed_both_ways(events):
    evs = events("Armenia and Azerbaijan struck a deal.")
    assert [t for t, *_ in evs] == ["SUPPORT", "SUPPORT"]
    assert {(tuple(s), tuple(t)) for _, c, s, t, _ in evs if c == "057"} == {
        (("Armenia",), ("Azerbaijan",)), (("Azerbaijan",), ("Armenia",))}


def test_a_deal_struck_in_the_passive_is_no_assault(events):
    evs = events("The accord was struck in Geneva by Armenia and Azerbaijan on Monday.")
    assert "ASSAULT" not in [t for t, *_ in evs]
    assert ("057", ["Armenia"], ["Azerbaijan"]) in [(c, s, t) for _, c, s, t, _ in evs]


def test_a_strike_on_a_country_is_an_attack_whatever_verb_governs_it(events):
    # "went ahead with" hangs the noun on "go", which also governs a walkout ("went on strike")
    evs = events("Turkey went ahead with the strike on Armenia despite Russian objections.")
    assert [(t, s, tg) for t, _, s, tg, _ in evs] == [("ASSAULT", ["Turkey"], ["Armenia"])]


def test_a_strike_on_a_day_stays_a_walkout(events):
    evs = events("French dockers went ahead with the strike on Monday despite the government's offer.")
    assert ("PROTEST", "143") in [(t, c) for t, c, *_ in evs]


def test_would_be_happy_to_meet_is_no_meeting(events):
    # the modal sits on the copula above the adjective: the meeting has not taken place
    evs = events("Mr Costa would be happy to meet the Spanish prime minister.")
    assert evs and all("hypothetical" in f for *_, f in evs)


def test_not_ready_to_sign_is_no_agreement(events):
    evs = events("The Greek foreign minister is not ready to sign the agreement with Turkey.")
    assert "AGREE" not in [t for t, *_ in evs]


def test_is_to_visit_is_a_scheduled_visit(events):
    evs = events("The Greek foreign minister is to visit Turkey next week.")
    assert evs and all("future" in f for *_, f in evs)


def test_a_visit_made_is_still_factual(events):
    evs = events("The Greek foreign minister visited Turkey last week.")
    assert evs and not any(f for *_, f in evs)


def test_hoped_to_sign_is_no_signing(events):
    # the lemmatizer makes "hop" of "hoped": the governor is still "hope"
    evs = events("Lithuania hoped to sign a deal with Poland.")
    assert evs and all("future" in f for *_, f in evs)


def test_a_pseudo_cleft_with_be_to_tells_what_was_done(events):
    evs = events("What Chile did was to invite Peru to talks.")
    assert [(t, tg, f) for t, _, _, tg, f in evs] == [("REQUEST", ["Peru"], set())]


def test_held_captive_for_a_time_is_a_hostage_taking(events):
    # the parser hangs "for three months" on the adjective completing "held"
    evs = events("Yemeni gunmen held the Danish engineers captive for three months.")
    assert ("ASSAULT", "181") in [(t, c) for t, c, *_ in evs]


def test_seizing_power_is_a_coup_not_territory_taken(pipeline):
    doc = pipeline.extract("The army seized power in Niger on Wednesday.", name="t", published="2025-06-02")
    assert [(e.type, e.cameo) for e in doc.events] == [("ASSAULT", "180")]
    assert doc.events[0].acled == {"event_type": "Strategic developments", "sub_event_type": "Other"}


def test_an_expected_lifting_has_not_happened(events):
    evs = events("He expected the embargo on Cuba to be lifted within six months.")
    assert evs and all("future" in f for *_, f in evs)


def test_working_towards_an_act_is_not_the_act(events):
    evs = events("The EU pledged to work towards lifting the ban on Cuba.")
    assert [f for t, *_, f in evs if t == "CONCEDE"] == [{"future"}]


def test_a_gerund_subject_takes_its_clause_modality(events):
    assert all("hypothetical" in f for *_, f in events("Lifting the embargo on Cuba would be irresponsible."))
    assert [f for *_, f in events("Lifting the embargo on Cuba was a mistake.")] == [set()]
    # a speaker's judgement of it is no promise (no AGREE from "would" in a reported clause)
    evs = events("The Swedish minister said lifting the embargo on Cuba would be irresponsible.")
    assert [(t, f) for t, *_, f in evs] == [("RETREAT", {"hypothetical"})]


def test_a_judgement_with_should_is_no_demand(events):
    # "should be smaller" asks nothing of anyone; "should withdraw" does
    assert events("The Swedish minister said the budget of the agency should be smaller.") == []
    assert ("REQUEST", ["Swedish minister"], ["Norway"]) in [
        (t, s, tg) for t, _, s, tg, _ in events("The Swedish minister said Norway should withdraw its ambassador.")]


def test_must_be_ready_to_act_is_still_a_demand(events):
    evs = events("The Swedish minister said Norway must be ready to withdraw its ambassador.")
    assert "REQUEST" in [t for t, *_ in evs]


def test_what_a_move_or_a_deal_is_for_has_not_happened(events):
    moves = events("Moves to lift the Swiss ban on arms exports to Belarus have been condemned.")
    assert [f for t, *_, f in moves if t == "CONCEDE"] == [{"future"}]
    deal = events("The deal to open formal talks with Serbia was welcomed in Brussels.")
    assert [f for t, *_, f in deal if t == "CONSULT"] == [{"future"}]


def test_the_first_to_act_did_act(events):
    evs = events("Estonia was the first country to recognise Kosovo.")
    assert [(t, f) for t, *_, f in evs] == [("SUPPORT", set())]


def test_a_yes_no_question_asks_and_tells_nothing(events):
    assert [f for *_, f in events("So did Latvia expel the Russian ambassador?")] == [{"hypothetical"}]
    # a wh-question takes its event as given
    assert [f for *_, f in events("Why did Latvia expel the Russian ambassador?")] == [set()]


def test_a_fronted_for_phrase_is_on_whose_behalf_not_to_whom(events):
    evs = events("For the Dutch opposition, Mr Rutte said Belgium should not ignore the need to reform the port.")
    assert [(t, tg) for t, _, _, tg, _ in evs if t == "REQUEST"] == [("REQUEST", ["Belgium"])]
