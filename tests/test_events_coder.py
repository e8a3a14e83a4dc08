"""The coder's rules on single sentences, through the whole pipeline (actors, times, places, quotes)."""

import pytest

from newsgraph.model import check_offsets


@pytest.fixture(scope="module")
def code(pipeline):
    def run(text, published="2026-03-10"):
        doc = pipeline.extract(text, name="t", published=published)
        assert check_offsets(doc) == []
        return doc
    return run


def names(doc, ids):
    return " + ".join(doc.entity(i).name for i in ids)


def only(doc, type_):
    """The one event of a type (its mirror, the same trigger coded from the other side, aside)."""
    evs = []
    for e in doc.events:
        if e.type == type_ and not any(f.trigger == e.trigger and (f.source, f.target) == (e.target, e.source)
                                       for f in evs):
            evs.append(e)
    assert len(evs) == 1, [(e.type, e.trigger.text) for e in doc.events]
    return evs[0]


def test_active_voice_subject_and_object(code):
    doc = code("Russia attacked Ukraine on Monday.")
    ev = only(doc, "ASSAULT")
    assert "Russia" in names(doc, ev.source) and "Ukraine" in names(doc, ev.target)
    assert ev.date.value == "2026-03-09" and ev.date.text == "Monday"
    assert ev.trigger.text == "attacked" and ev.evidence.text.startswith("Russia attacked")


def test_passive_voice_swaps_roles(code):
    doc = code("Ukraine was attacked by Russia on Monday.")
    ev = only(doc, "ASSAULT")
    assert "Russia" in names(doc, ev.source) and "Ukraine" in names(doc, ev.target)


def test_coordinated_actors_stay_in_one_event(code):
    doc = code("Hungary and Romania agreed to cooperate on refugees.")
    ev = only(doc, "AGREE")
    assert "Hungary" in names(doc, ev.source) and "Romania" in names(doc, ev.source)


def test_relative_clause_subject(code):
    doc = code("Egypt condemned Hamas, which attacked Israel on Saturday.")
    ev = only(doc, "ASSAULT")
    assert "Hamas" in names(doc, ev.source) and "Israel" in names(doc, ev.target)
    acc = only(doc, "ACCUSE")
    assert "Egypt" in names(doc, acc.source) and "Hamas" in names(doc, acc.target)


def test_possessive_support_for(code):
    doc = code("Turkey's support for Sweden surprised many diplomats.")
    ev = only(doc, "SUPPORT")
    assert "Turkey" in names(doc, ev.source) and "Sweden" in names(doc, ev.target)


def test_light_verb_with_prepositional_target(code):
    doc = code("Germany imposed new sanctions on Iran.")
    ev = only(doc, "SANCTION")
    assert "Germany" in names(doc, ev.source) and "Iran" in names(doc, ev.target)
    assert ev.cameo == "163" and ev.quad_class == 3 and ev.goldstein == -8.0


def test_call_on_is_a_request_and_its_content_is_not_factual(code):
    doc = code("The United Nations called on Israel to release the prisoners.")
    ev = only(doc, "REQUEST")
    assert "Israel" in names(doc, ev.target) and ev.flags == []
    released = only(doc, "RETREAT")
    assert "hypothetical" in released.flags


def test_phone_mode(code):
    doc = code("The French president spoke by phone with Chancellor Olaf Scholz on Tuesday.")
    ev = only(doc, "CONSULT")
    assert ev.mode == "phone" and ev.cameo == "041" and "Scholz" in names(doc, ev.target)


def test_negated(code):
    ev = only(code("Israel did not attack Iran on Friday."), "ASSAULT")
    assert "negated" in ev.flags


def test_hypothetical(code):
    ev = only(code("Iran could strike American bases in the region."), "ASSAULT")
    assert "hypothetical" in ev.flags


def test_future_plan(code):
    doc = code("The Japanese prime minister plans to visit China next month.")
    visit, host = sorted((e for e in doc.events if e.type == "CONSULT"), key=lambda e: e.cameo)
    assert "future" in visit.flags and "future" in host.flags  # the visit (042) and the hosting (043)
    assert (visit.cameo, host.cameo) == ("042", "043") and visit.source == host.target


def test_reported_inside_quote(code):
    doc = code('A spokesman said: "Russia attacked our positions overnight."')
    ev = only(doc, "ASSAULT")
    assert "reported" in ev.flags


def test_historical_from_event_date(code):
    doc = code("Iraq was invaded by the United States in 2003.", published="2026-01-25")
    ev = only(doc, "ASSAULT")
    assert ev.date.value == "2003" and ev.date.granularity == "year"
    assert "historical" in ev.flags


def test_commitment_to_cooperate_is_agree(code):
    doc = code("Germany will send tanks to Ukraine.")
    ev = only(doc, "AGREE")
    assert ev.flags == [] and "Ukraine" in names(doc, ev.target)


def test_announced_coercion_is_a_threat(code):
    ev = only(code("Nigeria said it would impose a curfew in Lagos."), "THREATEN")
    assert ev.flags == []


def test_refused_cooperation_is_reject(code):
    ev = only(code("Syria will not accept more refugees."), "REJECT")
    assert ev.flags == []


def test_restatement_merged(code):
    doc = code("Russia attacked Ukraine on Monday. Officials said the attack by Russia on Ukraine killed ten people.")
    ev = only(doc, "ASSAULT")
    assert len(ev.restatements) == 1 and ev.restatements[0].text.startswith("Officials said")


def test_media_are_not_participants(code):
    doc = code("Reuters criticized Iran.")
    assert not any("Reuters" in names(doc, e.source) for e in doc.events)


def test_custom_verb_dictionary(pipeline, tmp_path):
    from newsgraph.events.stage import EventSettings
    from newsgraph.pipeline import Pipeline
    from newsgraph.stage import Options

    f = tmp_path / "extra.yaml"
    # (a verb neither our lexicon nor CAMEO.2.0 lists: "shun", the verb here until session 13, is
    # CAMEO.2.0's and now coded built in, coder.cameo_sense)
    f.write_text("verbs:\n  stonewall: [{type: REJECT, cameo: '125'}]\n", encoding="utf-8")
    text = "Poland stonewalled Hungary at the summit."
    assert not [e for e in pipeline.extract(text, published="2026-03-10").events if e.type == "REJECT"]
    doc = Pipeline(Options(stages={"events": EventSettings(verb_dicts=(str(f),))})).extract(text, published="2026-03-10")
    ev = only(doc, "REJECT")
    assert ev.cameo == "125" and "Hungary" in names(doc, ev.target)


def test_apposition_names_the_target(code):
    doc = code("The French president met his German counterpart, Olaf Scholz, in Berlin on Monday.")
    ev = only(doc, "CONSULT")
    assert "Scholz" in names(doc, ev.target)


def test_held_talks_with(code):
    doc = code("Japan held talks with South Korea on Friday.")
    ev = only(doc, "CONSULT")
    assert ev.trigger.text == "held talks"
    assert "Japan" in names(doc, ev.source) and "Korea" in names(doc, ev.target)


def test_received_the_support_of(code):
    doc = code("The opposition leader received the backing of the Labour Party on Sunday.")
    ev = only(doc, "SUPPORT")
    assert "Labour" in names(doc, ev.source) and ev.date.text == "Sunday"


def test_declined_to_comment_is_no_event(code):
    assert not code("The ministry declined to comment on the report.").events


def test_rejected_proposal_takes_the_proposed_acts_sub_code(code):
    """"rejected a proposal for talks": the rejection is about meeting (CAMEO 125), not 120."""
    doc = code("Iran rejected Germany's proposal for talks on Monday.")
    ev = only(doc, "REJECT")
    assert ev.cameo == "125" and "Germany" in names(doc, ev.target)


def test_expelled_diplomats_reduce_relations(code):
    ev = only(code("Russia expelled two Polish diplomats on Monday."), "SANCTION")
    assert ev.cameo == "161"


@pytest.mark.parametrize("text,type_,cameo", [
    ("Kenya lifted the curfew in Mombasa on Monday.", "CONCEDE", "0813"),
    ("Peru lifted the state of emergency on Monday.", "CONCEDE", "0814"),
    ("Turkey released twelve Greek fishermen on Monday.", "RETREAT", "0841"),
    ("Ethiopia withdrew its troops from Somalia on Monday.", "RETREAT", "0874"),
    ("Two hundred rebels surrendered to the Ugandan army on Monday.", "RETREAT", "0874"),
    ("Colombia demobilized two thousand fighters on Monday.", "RETREAT", "0873"),
    ("Egypt imposed a curfew on Suez on Monday.", "COERCE", "1723"),
    ("Thailand declared a state of emergency on Monday.", "COERCE", "1724"),
    ("Israeli police confiscated weapons from settlers on Monday.", "COERCE", "1711"),
])
def test_cameo_sub_codes_from_the_codebook(code, text, type_, cameo):
    """CAMEO's four-digit categories where the verb and its object say which (codebook names)."""
    assert only(code(text), type_).cameo == cameo


@pytest.mark.parametrize("text,cameo", [
    ("Angola asked Portugal for military aid on Monday.", "0232"),  # an appeal (02), not a demand (10)
    ("Opposition lawmakers called on the Kenyan energy minister to resign.", "0241"),
    ("Kenya demanded that Uganda release the prisoners.", "1053"),
])
def test_appeals_and_demands_are_sub_coded_in_their_own_category(code, text, cameo):
    """CAMEO: requests, proposals and appeals are 02; demands, "more forceful", are 10; both take the
    sub-code of what they ask for."""
    assert only(code(text), "REQUEST").cameo == cameo


def test_subject_after_a_fronted_phrase_parsed_as_its_conjuncts(code):
    """"After talks in Geneva, Iran and Iraq signed ...": the parser hangs the subject on Geneva."""
    doc = code("After two days of talks in Geneva, Iran and Iraq signed a peace treaty on Friday.")
    evs = [e for e in doc.events if e.type == "SUPPORT"]
    assert {names(doc, e.source) for e in evs} == {"Iran", "Iraq"}


def test_threat_mode_from_the_modifier_of_its_with_phrase(code):
    assert only(code("Russia threatened Georgia with military action on Monday."), "THREATEN").cameo == "138"


@pytest.mark.parametrize("text,type_,cameo", [
    ("Egypt provided humanitarian aid to Sudan on Monday.", "AID", "073"),
    ("Iran accused Israel of war crimes on Monday.", "ACCUSE", "1124"),
    ("Russia charged two Estonian men with espionage.", "ACCUSE", "1125"),
])
def test_kind_of_aid_and_accusation(code, text, type_, cameo):
    assert only(code(text), type_).cameo == cameo


def test_agreed_to_provide_military_aid(code):
    assert only(code("Germany agreed to provide military aid to Ukraine."), "AGREE").cameo == "0332"


def test_condemned_act_by_someone_targets_who_did_it(code):
    doc = code("Jordan condemned the killing of three civilians by Israeli soldiers on Monday.")
    ev = only(doc, "ACCUSE")
    assert names(doc, ev.target) == "Israeli soldiers"


def test_mediation_between_two_sides_targets_both(code):
    doc = code("Qatar mediated between Israel and Hamas on Monday.")
    ev = only(doc, "CONSULT")
    assert ev.cameo == "045" and {doc.entity(e).name for e in ev.target} == {"Israel", "Hamas"}


@pytest.mark.parametrize("text,type_,cameo", [
    ("Japan halted economic aid to Myanmar on Monday.", "SANCTION", "1621"),
    ("The army attempted to assassinate the governor of Kandahar.", "ASSAULT", "185"),
    ("Zimbabwe banned opposition candidates from the elections.", "COERCE", "1722"),
    ("The rebels rejected an appeal from Nigeria to lay down their arms.", "REJECT", "1246"),
])
def test_more_codebook_sub_codes(code, text, type_, cameo):
    assert only(code(text), type_).cameo == cameo


def test_coordinated_demonyms_before_a_group_noun(code):
    doc = code("French and German officials held talks in Rome on Monday.")
    codes = {doc.entity(e).actor.code for ev in doc.events if ev.type == "CONSULT" for e in ev.source + ev.target}
    assert codes == {"FRAGOV", "DEUGOV"}


def test_refused_meeting_is_a_rejected_meeting(code):
    """A refused cooperative act keeps its sub-code: "will not attend talks" is 125, not 120."""
    assert only(code("Iran will not attend the talks with the United States."), "REJECT").cameo == "125"


@pytest.mark.parametrize("text,cameo", [
    ("Iran suspended talks with the European Union on Monday.", "164"),
    ("Japan halted economic aid to Myanmar on Monday.", "1621"),
    ("Turkey suspended trade with Israel on Monday.", "163"),
    ("Norway halted its mediation between the two sides on Monday.", "165"),
])
def test_what_is_halted_decides_the_reduction(code, text, cameo):
    """CAMEO 16: halting negotiations 164, mediation 165, aid 162x, trade 163 (embargo)."""
    assert only(code(text), "SANCTION").cameo == cameo


def test_rejected_calls_for_talks(code):
    """The content of a rejected call is what is called for ("calls for talks": 125)."""
    assert only(code("Iran has repeatedly rejected American calls for talks."), "REJECT").cameo == "125"


def test_first_name_hung_in_the_second_ones_title(code):
    """"President X and Ambassador Y met": the parser hangs X inside Y's title; both are sources."""
    doc = code("French President Emmanuel Macron and German Ambassador Hans Schmidt met in Rome on Monday.")
    ev = next(e for e in doc.events if e.type == "CONSULT")
    assert {doc.entity(e).name for e in ev.source + ev.target} >= {"Emmanuel Macron", "Hans Schmidt"}
