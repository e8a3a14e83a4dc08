"""ACLED categories on wire leads and ACLED-style notes (session 9, s9-acled): the rules added to
events/acled.py, events/factuality.py, evaluate/acled.py and data/lexicon_violence.yaml after the first
run on gold/acled_notes_2.jsonl. Sentences written for these tests (none is in a gold file)."""

from pathlib import Path

import pytest

from newsgraph.evaluate import acled as ev_acled

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def coded(pipeline):
    def run(text):
        doc = pipeline.extract(text, name="t", published="2024-03-05")
        return [(e.type, e.mode, e.acled and e.acled["sub_event_type"], tuple(e.flags)) for e in doc.events]
    return run


def subs(coded, text):
    return {c[2] for c in coded(text) if c[2] and not c[3]}


@pytest.mark.parametrize("text,want", [
    ("Youths flung a grenade into a crowded bar in Goma, wounding six.", "Grenade"),
    ("Gang members tossed a grenade at a police post in Uppsala.", "Grenade"),
    ("Army units reclaimed the village of Tabanga from the insurgents after a week of fighting.",
     "Government regains territory"),
    ("The militants abandoned the town of Bardale before the troops arrived.", "Non-violent transfer of territory"),
    ("Peacekeepers left their base in Kidira, handing it to the national army.", "Non-violent transfer of territory"),
    ("Customs officers recovered a cache of assault rifles at the border post.", "Disrupted weapons use"),
    ("The militia announced it was splitting into two rival factions.", "Change to group/activity"),
    ("The army transferred reinforcements to the northern front.", "Change to group/activity"),
    ("The rebels installed a new headquarters in the town hall of Mambasa.", "Headquarters or base established"),
    ("Fighters built a camp in the hills above Dire.", "Headquarters or base established"),
    ("Militiamen subjected three women to sexual violence at a roadblock.", "Sexual violence"),
    ("A boy was sexually abused by a guard in the detention centre.", "Sexual violence"),
    ("Armed men took away an engineer from the quarry at night.", "Abduction/forced disappearance"),
    ("A crowd beat a suspected pickpocket to death in the market.", "Mob violence"),
    ("Ukrainian defenders beat back six assaults near Krynky, the army said.", "Armed clash"),
])
def test_wire_words_for_acled_events(coded, text, want):
    assert want in subs(coded, text)


def test_picked_up_and_not_heard_from_again_is_a_disappearance(coded):
    # the second clause's "not" is not the first's: a semicolon joins two independent clauses
    text = "Plainclothes agents picked up a union leader at his office; his lawyers have not heard from him since."
    assert subs(coded, text) == {"Abduction/forced disappearance"}
    assert subs(coded, "Police picked up the union leader at his office.") == {"Arrests"}


def test_a_semicolons_second_clause_does_not_negate_the_first(coded):
    text = "Soldiers detained two traders at the market; no one was hurt."
    assert ("COERCE", "arrest", "Arrests", ()) in coded(text)


@pytest.mark.parametrize("text", [
    "An earthquake of magnitude 5.8 struck the coast near Padang on Monday.",
    "Investigators are looking into a fire that destroyed a furniture factory on Sunday.",
    "A court sentenced three men to twenty years in prison for the robbery.",
])
def test_nature_accidents_and_courts_are_no_acled_event(coded, text):
    assert not subs(coded, text)


def test_a_fire_opened_by_gunmen_is_still_theirs(coded):
    assert subs(coded, "Gunmen opened fire that killed four passengers on a bus.") == {"Attack"}


def test_the_attacker_killed_by_his_own_explosives_is_a_suicide_attack(coded):
    assert "Suicide bomb" in subs(coded, "A man rammed a car laden with explosives into the gate of the base, "
                                         "killing himself and two guards.")
    assert "Suicide bomb" in subs(coded, "A man detonated explosives strapped to his body outside the mosque.")
    # a shooter who then killed himself is no bomber
    assert "Suicide bomb" not in subs(coded, "A man shot two neighbours and then killed himself.")


def test_a_crowd_as_the_passives_agent_is_a_mob(coded):
    assert subs(coded, "Several shops were torched by an angry crowd in the town centre.") == {"Mob violence"}


def test_force_against_a_violent_crowd_is_part_of_the_riot(coded):
    assert "Violent demonstration" in subs(coded, "Police dispersed rioters who had set cars alight.")
    assert "Protest with intervention" in subs(coded, "Police dispersed a crowd that had gathered outside parliament.")


def test_a_protests_own_blocking_is_no_intervention(coded):
    text = "Truck drivers blocked the highway in protest against police extortion."
    assert subs(coded, text) == {"Peaceful protest"}


def test_people_kept_from_marching_is_a_protest_with_intervention(coded):
    text = "Soldiers prevented opposition supporters from marching in the capital, blocking the route with trucks."
    assert "Protest with intervention" in subs(coded, text)


def test_what_an_agreement_is_meant_to_end_is_its_background():
    from newsgraph.events.acled import AIMED_AT, background
    from newsgraph.model import Event, Span

    s = "Elders signed a pact to end cattle raiding in the county."
    at = s.index("raiding")
    e = Event(id="e", type="COERCE", mode="seize", flags=[], confidence=0.9,
              trigger=Span(start=at, end=at + 7, text="raiding"), evidence=Span(start=0, end=len(s), text=s))
    assert background(e) and AIMED_AT.search(s[:at])
    assert not AIMED_AT.search("Bandits carried out cattle ")


def test_bombed_by_a_group_with_no_aircraft_is_an_explosive_attack(coded):
    assert "Remote explosive/landmine/IED" in subs(coded, "Militants bombed a bus station in Kano.")
    assert "Air/drone strike" in subs(coded, "Government forces bombed the town of Kafr Nabl.")


def test_the_acled_evaluator_scores_the_discard_lists_a_user_gets():
    default = ev_acled.pipeline_options().stages.get("events")
    assert default is None or default.discards == ()  # the built-in list, as extract
    assert ev_acled.pipeline_options(discards=["none"]).stages["events"].discards == ("none",)


def test_a_disease_named_in_an_acled_note_is_kept_without_the_phoenix_discards():
    snip = ev_acled.Snippet("x", "Gunmen attacked an Ebola treatment centre in Butembo, killing a guard.",
                            "2024-03-05", "Violence against civilians", "Attack")
    kept = ev_acled.predict([snip], ev_acled.pipeline_options(discards=["none"]))
    assert ev_acled.predicted(kept[0]) != "none"
    # the built-in Phoenix list drops the sentence ("EBOLA" is one of its entries): a known limitation
    assert ev_acled.predicted(ev_acled.predict([snip], ev_acled.pipeline_options())[0]) == "none"


# gold/acled_notes_2.jsonl (205 snippets written in session 9 and committed before the first run):
# the score at the end of the session, pinned so that a regression shows (first run: 0.788; all 205 snippets)
NOTES_2_MACRO_F1 = 0.91  # 0.917 at 69ab5b6 (0.902 at 1458fd3: dev 0.978, held-aside third 0.705)


@pytest.mark.slow
def test_the_notes_2_batch_keeps_its_score():
    gold = ev_acled.load_gold(str(ROOT / "gold" / "acled_notes_2.jsonl"))
    assert len(gold) == 205 and {i.sub_event_type for i in gold} == set(ev_acled.SUB_EVENT_TYPES) | {"none"}
    report = ev_acled.score(gold, ev_acled.predict(gold, ev_acled.pipeline_options()))
    assert report["macro_f1"] >= NOTES_2_MACRO_F1


# --- found on the dev part of gold/acled_notes_3.jsonl (a third batch, first run at 44014a4)

@pytest.mark.parametrize("text,want", [
    ("Russian forces fired shells containing phosgene at positions near Vuhledar.", "Chemical weapon"),
    ("Militants fired rockets loaded with a mustard agent at the airbase.", "Chemical weapon"),
    ("A bomber detonated his vest at the entrance of the market, killing four shoppers.", "Suicide bomb"),
    ("Gunmen seized two aid workers from a clinic in Ituri province.", "Abduction/forced disappearance"),
    ("The two militias signed a deal in Kismayo to halt hostilities.", "Agreement"),
    ("A woman was sexually assaulted by members of a vigilante group near the market.", "Sexual violence"),
    ("Residents of a Goma suburb beat to death a suspected thief on Sunday.", "Mob violence"),
    ("A mob burned alive a man accused of sorcery in the village square.", "Mob violence"),
    ("The junta began conscripting students into the army last month.", "Change to group/activity"),
])
def test_fresh_batch_shapes(coded, text, want):
    assert want in subs(coded, text)


def test_soldiers_who_took_someone_never_seen_again_made_him_disappear(coded):
    text = "The editor has not been seen since soldiers took him from his office, his colleagues said."
    assert "Abduction/forced disappearance" in subs(coded, text)


@pytest.mark.parametrize("text", [
    "A lorry collided with a bus on the highway near Kericho on Friday, killing nine passengers.",
    "A fire broke out in a warehouse in the port overnight, destroying tonnes of maize.",
])
def test_accidents_told_with_a_participle_are_no_acled_event(coded, text):
    assert not subs(coded, text)


def test_a_drone_that_crashed_into_a_building_is_still_a_strike(coded):
    assert "Air/drone strike" in subs(coded, "A drone crashed into an apartment block in Odesa, killing two people.")


def test_people_killed_by_others_are_not_a_mob(coded):
    text = "Hundreds of residents of the town were killed when aircraft dropped sarin on it."
    assert subs(coded, text) == {"Chemical weapon"}


# --- probe sentences of ACLED's shapes (written for the purpose, not gold)

@pytest.mark.parametrize("text,want", [
    ("Dock workers downed tools over unpaid wages.", "Peaceful protest"),
    ("Demonstrators set up roadblocks with burning tyres on the main avenue.", "Violent demonstration"),
    ("Riot police charged at a crowd of marchers near the stadium.", "Protest with intervention"),
    ("Air defences downed eight drones over the capital overnight.", "Disrupted weapons use"),
    ("A glide bomb hit an apartment block in Zaporizhzhia.", "Air/drone strike"),
    ("Shopkeepers shut their shops in protest against new taxes.", "Peaceful protest"),
])
def test_probe_shapes(coded, text, want):
    assert want in subs(coded, text)


def test_a_government_closing_something_is_no_protest(pipeline):
    # (the protests it means to stop are its aim, background: the snippet's event is the shutdown)
    doc = pipeline.extract("The government shut down the internet to stop protests.", name="t", published="2024-03-05")
    assert ev_acled.predicted(doc) == "Other"


@pytest.mark.parametrize("text,want", [
    ("Police teargassed students outside the ministry.", "Protest with intervention"),
    ("Security forces cracked down on a sit-in by nurses, arresting ten.", "Protest with intervention"),
    ("Supporters of the two candidates clashed with police in Zomba.", "Mob violence"),
    ("Opposition supporters clashed with police during a march in Lilongwe.", "Violent demonstration"),
    ("Clashes broke out between supporters of rival parties in Ibadan, leaving three dead.", "Mob violence"),
])
def test_crowd_control_and_partisans(coded, text, want):
    assert want in subs(coded, text)


def test_armed_sides_clashing_stay_a_battle(coded):
    assert "Armed clash" in subs(coded, "Soldiers clashed with militants near Menaka.")
    assert "Other" in subs(coded, "The government cracked down on the opposition.")


def test_military_positions_attacked_are_no_verbal_attack(coded):
    assert "Armed clash" in subs(coded, "Militants attacked an army position near Tessalit.")
    assert "Armed clash" in subs(coded, "Government troops attacked RSF positions in Bahri.")
    assert not subs(coded, "Critics attacked his positions on trade.")
    assert not subs(coded, "The senator attacked the governor's position on abortion.")


def test_an_aircraft_shot_down_is_disrupted_weapons_use(coded):
    assert "Disrupted weapons use" in subs(coded, "Air defence units shot down a fighter jet over the border.")
    assert "Air/drone strike" in subs(coded, "Warplanes carried out raids on rebel-held villages.")


@pytest.mark.parametrize("text,want", [
    ("Militants attacked an army base near Gao, killing 10 soldiers, the army said in a statement.", "Armed clash"),
    ("Gunmen attacked a church in the village, the governor said in an interview.", "Attack"),
    ("Jets hit targets in the south, the military said on Telegram.", "Air/drone strike"),
])
def test_where_an_attack_was_reported_is_no_verbal_frame(coded, text, want):
    assert want in subs(coded, text)


def test_an_attack_made_in_a_speech_stays_verbal(coded):
    assert not subs(coded, "The senator attacked the governor in a speech on Tuesday.")
    assert not subs(coded, "The candidate attacked her rival in an interview, aides said.")


def test_forces_destroying_arms_and_fighters_defecting(coded):
    assert "Disrupted weapons use" in subs(coded, "Troops destroyed a militant weapons cache near Monguno.")
    assert "Looting/property destruction" in subs(coded, "Militants destroyed an army ammunition depot.")
    assert "Change to group/activity" in subs(coded, "Some 200 rebel fighters defected to the army in Sennar.")


def test_fire_the_verb_is_no_natural_doer(coded):
    assert "Protest with intervention" in subs(coded, "Police fire tear gas at protesters in Lusaka.")
    assert not subs(coded, "Floods swept through three villages, destroying homes.")


@pytest.mark.parametrize("text,want", [
    ("Bandits stopped a minibus near Birnin Gwari and took nine passengers hostage.", "Abduction/forced disappearance"),
    ("The aid workers were held hostage by militants for a week.", "Abduction/forced disappearance"),
    ("A girl was snatched by unknown men outside her school.", "Abduction/forced disappearance"),
    ("Soldiers shot at a crowd protesting the arrest of a chief, injuring three.", "Excessive force against protesters"),
])
def test_hostages_and_live_fire_at_protesters(coded, text, want):
    assert want in subs(coded, text)


def test_taking_the_lead_or_holding_talks_is_no_abduction(coded):
    assert not subs(coded, "The team took the lead in the second half.")
    assert not subs(coded, "The leaders held talks in Paris.")


def test_ground_taken_after_the_other_side_fled_is_a_transfer(coded):
    text = "Government troops took control of the town of Bulo Burde after the militants fled."
    assert "Non-violent transfer of territory" in subs(coded, text)
    text = "Rebels captured the town after fierce fighting as residents fled."
    assert "Non-state actor overtakes territory" in subs(coded, text)


def test_places_stormed_and_the_reports_source_is_no_side(coded):
    assert "Attack" in subs(coded, "Militants stormed a hotel in the capital late on Friday, police said.")
    assert "Armed clash" in subs(coded, "Militants stormed a hotel and fought with police for hours.")
    assert "Armed clash" in subs(coded, "Militants attacked a military post near Boni, the army said.")
    assert not subs(coded, "Fans stormed the pitch after the final whistle.")


def test_an_armed_side_driving_another_out_takes_the_ground(coded):
    assert "Government regains territory" in subs(coded, "Government troops drove al-Shabaab out of the town of Galcad.")
    assert "Non-state actor overtakes territory" in subs(coded, "Rebels drove the army out of the town of Walikale.")
    assert not subs(coded, "The storm drove tourists out of the resort.")
