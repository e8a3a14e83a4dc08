"""ACLED sub-event types, session 21 (s21-acled): ACLED acts told in local-news wordings that coded no event
or the wrong one. Every sentence is our own, labelled from the ACLED codebook's sub-event definitions
before it was run (none is in a gold file)."""

import pytest

from test_events_acled_classes import snippet  # noqa: F401  (the fixture: one sub-event type per snippet)


@pytest.mark.parametrize("text,want", [
    # a headline's toll with the act as subject: "X leaves N dead/injured" tells the act X (its class by its words)
    ("Shooting leaves one man dead in Dayton.", "Attack"),
    ("Car bomb leaves five dead in market.", "Remote explosive/landmine/IED"),
    ("Knife attack leaves two wounded at festival.", "Attack"),
    ("Clashes between rival militias leave 12 dead in Tripoli.", "Armed clash"),
    # ... a storm, a crash, an illness or a decision is no one's violence
    ("Storm leaves thousands without power.", "none"),
    ("Crash on the motorway leaves two dead.", "none"),
    ("The flu outbreak has left 30 dead this winter.", "none"),
    ("The decision leaves the company in a difficult position.", "none"),
])
def test_headline_toll_left_by_an_act(snippet, text, want):
    assert snippet(text) == want


def test_a_feud_that_leaves_dead_is_an_event(snippet):
    # (who the feuding sides are decides between ACLED's classes; that an event happened does not depend on it)
    assert snippet("Feud between neighbours leaves one man dead.") != "none"


@pytest.mark.parametrize("text,want", [
    # a protest broken up by force: ACLED's protest with intervention (no lethal force)
    ("Riot police broke up a rally by opposition supporters.", "Protest with intervention"),
    ("Police broke up a student protest outside the ministry.", "Protest with intervention"),
    ("Security forces broke up the demonstration in the capital on Sunday.", "Protest with intervention"),
    ("Officers broke up a sit-in by farmers near parliament.", "Protest with intervention"),
    ("The band broke up after their last tour.", "none"),
    ("The couple broke up in March.", "none"),
])
def test_protest_broken_up(snippet, text, want):
    assert snippet(text) == want


@pytest.mark.parametrize("text,want", [
    # projectiles slamming into a place: their fire (a drone's is an air strike)
    ("Two rockets slammed into a residential area of the capital.", "Shelling/artillery/missile attack"),
    ("A mortar round slammed into the market, killing three.", "Shelling/artillery/missile attack"),
    ("Several shells slammed into the hospital compound.", "Shelling/artillery/missile attack"),
    ("A drone slammed into an apartment block in the city.", "Air/drone strike"),
    ("The truck slammed into a wall on the highway.", "none"),
    ("The senator slammed the decision.", "none"),
])
def test_projectiles_slammed_into(snippet, text, want):
    assert snippet(text) == want


@pytest.mark.parametrize("text,want", [
    # property damaged or wrecked by people: property destruction (rioters' damage is their riot)
    ("Vandals damaged dozens of graves at the cemetery overnight.", "Looting/property destruction"),
    ("Gunmen damaged a telecom mast in the village.", "Looting/property destruction"),
    ("Vandals wrecked the memorial in the park.", "Looting/property destruction"),
    ("Rioters damaged shops and cars in the town centre.", "Violent demonstration"),
    ("The storm damaged dozens of homes.", "none"),
    ("Heavy rains damaged crops in the region.", "none"),
])
def test_property_damaged_by_people(snippet, text, want):
    assert snippet(text) == want


@pytest.mark.parametrize("text,want", [
    # a person beaten, whoever the victim is named as (a passive relative acts on the noun it hangs on)
    ("A teenager who was beaten outside a bar on Friday remains in critical condition.", "Attack"),
    ("A woman who was beaten by her neighbour died in hospital.", "Attack"),
    ("A shopkeeper who was beaten by robbers is recovering at home.", "Attack"),
])
def test_people_beaten(snippet, text, want):
    assert snippet(text) == want


@pytest.mark.parametrize("text,want", [
    # violence named after "over" is the grievance an appeal answers: it happened (not the appeal's content)
    ("Council seeks help over cemetery vandalism.", "Looting/property destruction"),
    ("Parish council appeals for help over grave vandalism.", "Looting/property destruction"),
    ("Family appeals for help over the stabbing of their son.", "Attack"),
    ("Police seek witnesses over the shooting of a taxi driver.", "Attack"),
    # ... talks over a ceasefire are still about one to come
    ("The rebels asked for talks over a ceasefire.", "none"),
])
def test_violence_an_appeal_is_over(snippet, text, want):
    assert snippet(text) == want


@pytest.mark.parametrize("text,want", [
    # sexual assault by its verbs: ACLED's sexual violence (people touched, not a switch groped for)
    ("A man allegedly groped a woman on the subway Tuesday, police said.", "Sexual violence"),
    ("A guard fondled a female inmate at the detention centre, the report said.", "Sexual violence"),
    ("Two soldiers groped schoolgirls at a checkpoint, residents said.", "Sexual violence"),
    ("He groped for the light switch in the dark.", "none"),
])
def test_groped_and_fondled(snippet, text, want):
    assert snippet(text) == want


@pytest.mark.parametrize("text,want", [
    # "booked into the county jail": the arrested taken in (a tour or a flight booked is no arrest)
    ("Deputies booked the suspect into the county jail.", "Arrests"),
    ("The man was booked into the Franklin County jail on Friday.", "Arrests"),
    ("Police booked two teenagers into juvenile detention.", "Arrests"),
    ("The band booked a tour of Europe.", "none"),
    ("She booked a flight to Chicago.", "none"),
])
def test_booked_into_jail(snippet, text, want):
    assert snippet(text) == want


@pytest.mark.parametrize("text,want", [
    ("Gunmen snatched three schoolchildren on their way home.", "Abduction/forced disappearance"),
    ("Bandits snatched two schoolgirls from a bus.", "Abduction/forced disappearance"),
    ("Armed men snatched a schoolboy near the market.", "Abduction/forced disappearance"),
])
def test_schoolchildren_snatched(snippet, text, want):
    assert snippet(text) == want


@pytest.mark.parametrize("text,want", [
    # fans, hooligans and youths fighting belong to no armed group: a riot, mob violence with no demonstration
    ("Fans of the two clubs fought in the streets after the match.", "Mob violence"),
    ("Rival hooligans fought outside the stadium.", "Mob violence"),
    ("Youths from the two villages fought with machetes.", "Mob violence"),
    ("Rebels fought government troops near the border.", "Armed clash"),
    # ... fans fighting for tickets fight no one
    ("Fans fought for tickets at the box office.", "none"),
])
def test_fans_and_hooligans_fighting(snippet, text, want):
    assert snippet(text) == want


@pytest.mark.parametrize("text,want", [
    # prisoners to be exchanged, agreed on: ACLED's agreement (the agreement is made, the exchange to come)
    ("The two sides agreed to exchange prisoners.", "Agreement"),
    ("The government and the rebels agreed to swap prisoners next week.", "Agreement"),
])
def test_prisoner_exchange_agreed(snippet, text, want):
    assert snippet(text) == want


@pytest.mark.parametrize("text,want", [
    # people beaten by those who beat people, whoever is beaten (a team beating another is no such doer)
    ("A crowd dragged the suspect from his car and beat him.", "Mob violence"),
    ("Angry villagers caught the thief and beat him.", "Mob violence"),
    ("Guards beat them with batons in the prison yard.", "Attack"),
    ("Robbers beat her and took her jewellery.", "Attack"),
    ("Arsenal beat them 3-1 on Saturday.", "none"),
    ("The Lakers beat Boston in overtime.", "none"),
    ("The guards beat the heat with cold drinks.", "none"),
])
def test_people_beaten_by_those_who_beat_people(snippet, text, want):
    assert snippet(text) == want


@pytest.mark.parametrize("text,want", [
    # a fugitive, escapee or suspect captured is arrested, the captor unnamed
    ("The fugitive was captured in Mexico and extradited to Texas.", "Arrests"),
    ("An escapee from the county jail was captured Tuesday in a motel.", "Arrests"),
    ("The suspect was captured after a two-day manhunt.", "Arrests"),
    ("The photographer captured the moment on film.", "none"),
])
def test_fugitives_captured(snippet, text, want):
    assert snippet(text) == want


@pytest.mark.parametrize("text,want", [
    ("Two bombs ripped through the U.S. embassies in Nairobi and Dar es Salaam.", "Remote explosive/landmine/IED"),
    ("A bomb ripped through a crowded bus in Jerusalem.", "Remote explosive/landmine/IED"),
    ("A powerful blast ripped through the market on Friday.", "Remote explosive/landmine/IED"),
    ("A storm ripped through the town overnight.", "none"),
])
def test_bombs_ripped_through(snippet, text, want):
    assert snippet(text) == want


@pytest.mark.parametrize("text,want", [
    # pepper spray on protesters: crowd control, ACLED's intervention
    ("Police used pepper spray on protesters who refused to leave the plaza.", "Protest with intervention"),
    ("Officers sprayed demonstrators with pepper spray outside the courthouse.", "Protest with intervention"),
    ("Police used pepper spray to disperse marchers.", "Protest with intervention"),
])
def test_pepper_spray_on_protesters(snippet, text, want):
    assert snippet(text) == want


@pytest.mark.parametrize("text,want", [
    # a weapons find told by a reduced relative on the weapons, the sentence telling no other act: the find is the
    # news (ACLED's disrupted weapons use), not a backdrop
    ("The bomb discovered in the van was destined for the capital.", "Disrupted weapons use"),
    ("Police said the explosives found in the shed were enough to destroy a building.", "Disrupted weapons use"),
    ("The weapons found in the farmhouse belonged to a militant cell, police said.", "Disrupted weapons use"),
    ("A cache of rifles discovered under the floor was handed to the army.", "Disrupted weapons use"),
    # ... coins or a body found are no weapons
    ("The coins discovered in the field date from Roman times.", "none"),
    ("The body found in the river was that of a fisherman.", "none"),
])
def test_weapons_found_told_by_a_reduced_relative(snippet, text, want):
    assert snippet(text) == want


@pytest.mark.parametrize("text,code", [
    ("Gondor ripped Mordor.", "180"),
    ("Gondor damaged Mordor.", "180"),
])
def test_lemmas_for_particular_doers_keep_cameo_block_codes_between_actors(tmp_path, text, code):
    # "rip" and "damage" are listed for bombs and vandals only: between a PETRARCH user's actors the verb keeps
    # CAMEO.2.0's block code (RIP, HURT [180]) as if we listed no such lemma
    from newsgraph.evaluate import petrarch as ep

    actors = tmp_path / "actors.txt"
    actors.write_text("GONDOR [GON]\nMORDOR [MOR]\n", encoding="utf-8")
    opts = ep.pipeline_options(None, verbs=None, actors=[str(actors)], agents=None)
    (pred,) = ep.predict([ep.Record(id="p1", text=text, date="2015-06-01")], opts)
    assert ("GON", "MOR", code) in {(p.source, p.target, p.code) for p in pred}


def test_no_cameo_block_code_without_a_users_actors(pipeline):
    # ... and in ordinary news a figurative "damaged" codes nothing
    doc = pipeline.extract("The scandal damaged Obama.", name="t", published="2024-03-05")
    assert not doc.events
