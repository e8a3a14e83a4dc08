"""ACLED categories on sentences told the way ACLED's notes tell them (session 7, s7-acled): the
rules added to events/acled.py and the lexicon senses added to data/lexicon_violence.yaml.
Sentences written for these tests (none is in gold/acled_snippets.csv)."""

from pathlib import Path

import pytest
import yaml

from newsgraph.events.acled import acled_for, background, without_grievance
from newsgraph.model import Actor, Entity, Event, Span

DATA = Path(__file__).resolve().parent.parent / "src" / "newsgraph" / "events" / "data"


class Doc:
    """Entities by id: (name, entity type, sector, country)."""
    places = ()

    def __init__(self, **ents):
        self.ents = ents

    def entity(self, eid):
        name, type_, sector, country = self.ents[eid]
        return Entity(id=eid, name=name, type=type_, actor=Actor(code=(country or "") + sector, country=country,
                                                                 sector=sector))


def ev(type_, mode, trigger, sentence, source=(), target=(), cameo=None):
    at = sentence.index(trigger)
    return Event(id="e", type=type_, mode=mode, cameo=cameo, source=list(source), target=list(target),
                 trigger=Span(start=at, end=at + len(trigger), text=trigger),
                 evidence=Span(start=0, end=len(sentence), text=sentence))


NONE = Doc()


def sub(event, doc=NONE):
    got = acled_for(event, doc)
    return got and got["sub_event_type"]


def test_a_protests_grievance_is_no_force_used_on_it():
    s = "Students protested outside the police headquarters over the death of a classmate."
    assert sub(ev("PROTEST", "demo", "protested", s)) == "Peaceful protest"
    s = "Police fired tear gas at traders demanding justice for the killing of a vendor."
    assert sub(ev("ASSAULT", "crowd-control", "fired tear gas", s)) == "Protest with intervention"
    # a death caused by the response still is excessive force
    s = "Police opened fire on protesters marching over the arrest of a cleric, killing two."
    assert sub(ev("ASSAULT", "crowd-control", "opened fire", s)) == "Excessive force against protesters"
    assert "arrest" not in without_grievance("rallied against the arrest of the mayor, police said")


def test_background_events_are_the_cause_or_occasion_of_another():
    s = "Women marched in Bauchi to protest against the killings of farmers."
    assert background(ev("ASSAULT", None, "killings", s)) and not background(ev("PROTEST", "demo", "marched", s))
    s = "Authorities imposed a curfew in Kaduna following unrest."
    assert background(ev("PROTEST", None, "unrest", s)) and not background(ev("COERCE", "curfew", "imposed", s))
    s = "Gunmen attacked the village after the harvest."
    assert not background(ev("ASSAULT", None, "attacked", s))


def test_background_after_a_verb_of_protest():
    s = "Lawyers boycotted the courts in Quetta to protest the killing of a colleague."
    assert background(ev("ASSAULT", None, "killing", s))
    s = "Crowds marched in Lahore, condemning the assassination of the mayor."
    assert background(ev("ASSAULT", "targeted", "assassination", s))


def test_unarmed_sides_fighting_with_stones_or_machetes():
    doc = Doc(p=("two rival parties", "ORG", "PTY", None))
    s = "Supporters of two rival parties clashed with stones and sticks in Bo."
    assert sub(ev("ASSAULT", None, "clashed", s, ["p"]), doc) == "Mob violence"
    s = "Supporters of two rival parties clashed with stones and sticks at a rally in Bo."
    assert sub(ev("ASSAULT", None, "clashed", s, ["p"]), doc) == "Violent demonstration"
    doc = Doc(p=("Mai-Mai militiamen", "NORP", "UAF", None))
    s = "Mai-Mai militiamen clashed with machetes and spears in Beni."
    assert sub(ev("ASSAULT", None, "clashed", s, ["p"]), doc) == "Armed clash"


def test_forces_attacked_by_a_named_group_is_a_battle():
    doc = Doc(j=("JNIM", "ORG", "", None), s=("soldiers", "NORP", "MIL", "MLI"), v=("villagers", "NORP", "CVL", "MLI"))
    s = "About 30 soldiers were killed in an ambush by JNIM near Boulkessi."
    assert sub(ev("ASSAULT", None, "killed", s, ["j"], ["s"]), doc) == "Armed clash"
    s = "Villagers attacked soldiers at a checkpoint near Boulkessi."
    assert sub(ev("ASSAULT", None, "attacked", s, ["v"], ["s"]), doc) != "Armed clash"


def test_forces_named_as_the_passives_subject_are_in_a_battle():
    s = "A police officer was shot and wounded by unknown gunmen while on patrol in Owerri."
    assert sub(ev("ASSAULT", "firearms", "shot", s)) == "Armed clash"
    s = "A trader was shot and wounded by unknown gunmen near the police station in Owerri."
    assert sub(ev("ASSAULT", "firearms", "shot", s)) == "Attack"


def test_an_angry_crowd_by_any_name_is_a_mob():
    s = "Angry traders burned the offices of the municipal council in Gitega."
    assert sub(ev("ASSAULT", "destroy", "burned", s)) == "Mob violence"
    doc = Doc(a=("angry soldiers", "NORP", "MIL", "BDI"))
    s = "Angry soldiers looted shops in Gitega."
    assert sub(ev("ASSAULT", "destroy", "looted", s, ["a"]), doc) == "Looting/property destruction"


def test_weapons_found_and_destroyed_are_disrupted_weapons_use():
    s = "Security forces discovered and destroyed a bomb-making factory in Maiduguri."
    assert sub(ev("ASSAULT", "destroy", "destroyed", s)) == "Disrupted weapons use"
    s = "Police discovered the bodies of 5 people killed in a bomb blast in Maiduguri."
    assert sub(ev("ASSAULT", "explosives", "killed", s)) == "Remote explosive/landmine/IED"


def test_ground_taken_without_a_fight_is_a_non_violent_transfer():
    doc = Doc(j=("JNIM militants", "NORP", "UAF", None))
    s = "JNIM militants seized the town of Boni after the army withdrew."
    assert sub(ev("COERCE", "seize", "seized the town", s, ["j"], cameo="192"), doc) \
        == "Non-violent transfer of territory"
    s = "JNIM militants seized the town of Boni after clashes with the army."
    assert sub(ev("COERCE", "seize", "seized the town", s, ["j"], cameo="192"), doc) \
        == "Non-state actor overtakes territory"
    doc = Doc(a=("Malian troops", "NORP", "MIL", "MLI"))
    s = "Malian troops recaptured the town of Boni after the militants withdrew."
    assert sub(ev("COERCE", "seize", "recaptured", s, ["a"], cameo="192"), doc) == "Government regains territory"


def test_a_states_forces_against_another_states_forces_is_a_battle():
    doc = Doc(a=("Azerbaijani forces", "NORP", "MIL", "AZE"), b=("Armenian", "NORP", "", "ARM"),
              c=("Armenian", "NORP", "", "AZE"))
    s = "Azerbaijani forces fired small arms at Armenian positions near Jermuk."
    assert sub(ev("ASSAULT", "firearms", "fired", s, ["a"], ["b"]), doc) == "Armed clash"
    assert sub(ev("ASSAULT", "firearms", "fired", s, ["a"], ["c"]), doc) == "Attack"  # no foreign side named


def test_force_on_a_target_that_is_protesting_is_a_response_to_a_protest():
    doc = Doc(f=("Security forces", "NORP", "MIL", "BGD"), s=("students", "NORP", "EDU", "BGD"))
    s = "Security forces fired rubber bullets and tear gas at students protesting job quotas, injuring dozens."
    assert sub(ev("ASSAULT", "firearms", "fired", s, ["f"], ["s"]), doc) == "Protest with intervention"
    s = "Security forces fired at students protesting job quotas, killing six."
    assert sub(ev("ASSAULT", "firearms", "fired", s, ["f"], ["s"]), doc) == "Excessive force against protesters"


def test_a_mine_is_a_landmine_only_when_told_as_a_weapon():
    doc = Doc(r=("M23 rebels", "NORP", "REB", None), a=("army", "ORG", "MIL", "COD"))
    s = "M23 rebels fought the army near Rubaya, home to a major coltan mine."
    assert sub(ev("ASSAULT", None, "fought", s, ["r"], ["a"]), doc) == "Armed clash"
    for s in ("A vehicle hit a mine near Gao, killing 4.", "An anti-tank mine exploded under a truck near Gao."):
        assert sub(ev("ASSAULT", None, s.split()[2], s)) == "Remote explosive/landmine/IED", s


def test_rocket_launchers_by_name_are_shelling():
    for s in ("Russian forces fired on Kupiansk with MLRS.", "The army fired Grad rockets at the town.",
              "Ukrainian forces struck a depot with HIMARS."):
        assert sub(ev("ASSAULT", "firearms", s.split()[2], s)) == "Shelling/artillery/missile attack", s


def test_sexual_violence_comes_before_abduction():
    s = "Gunmen abducted and raped two girls fetching water near Katsina."
    assert sub(ev("ASSAULT", "abduct", "abducted", s)) == "Sexual violence"
    s = "Gunmen abducted two girls fetching water near Katsina."
    assert sub(ev("ASSAULT", "abduct", "abducted", s)) == "Abduction/forced disappearance"


def test_unarmed_victims_named_after_the_trigger_make_an_attack():
    doc = Doc(g=("Gondor Front fighters", "ORG", "REB", None))
    s = "Gondor Front fighters executed 4 civilians accused of spying for the army."
    assert sub(ev("ASSAULT", "targeted", "executed", s, ["g"]), doc) == "Attack"
    s = "Gondor Front fighters attacked soldiers guarding the army depot."
    assert sub(ev("ASSAULT", None, "attacked", s, ["g"]), doc) == "Armed clash"


def test_a_protesting_crowd_that_destroys_is_a_violent_demonstration():
    doc = Doc(s=("students", "NORP", "EDU", None))
    s = "Protesting students vandalised the rector's office in Zaria."
    assert sub(ev("ASSAULT", "destroy", "vandalised", s, ["s"]), doc) == "Violent demonstration"
    s = "Students vandalised the rector's office in Zaria."
    assert sub(ev("ASSAULT", "destroy", "vandalised", s, ["s"]), doc) == "Looting/property destruction"


def test_a_named_non_state_army_is_no_government_force():
    s = "The Kachin Independence Army took control of Bhamo town."
    named = Doc(k=("Kachin Independence Army", "ORG", "MIL", None))
    assert sub(ev("COERCE", "seize", "took control", s, ["k"], cameo="192"), named) \
        == "Non-state actor overtakes territory"
    state = Doc(k=("Myanmar army", "ORG", "MIL", "MMR"))
    assert sub(ev("COERCE", "seize", "took control", s, ["k"], cameo="192"), state) == "Government regains territory"


def test_blocked_marches_and_arrested_gatherings_are_protests_with_intervention():
    s = "Riot police blocked a march by opposition supporters in Lusaka."
    assert sub(ev("COERCE", "restrict", "blocked", s)) == "Protest with intervention"
    s = "Police detained 30 people who gathered outside the court in Minsk."
    assert sub(ev("COERCE", "arrest", "detained", s)) == "Protest with intervention"
    s = "Police detained 30 people suspected of smuggling in Minsk."
    assert sub(ev("COERCE", "arrest", "detained", s)) == "Arrests"
    s = "Authorities blocked access to the border crossing."
    assert sub(ev("COERCE", "restrict", "blocked", s)) == "Other"


def test_a_crowds_own_road_blocks_are_not_an_intervention():
    s = "Rioters burned tyres and blocked roads in Les Cayes to protest against insecurity."
    assert sub(ev("ASSAULT", "destroy", "burned tyres", s)) == "Violent demonstration"
    s = "Police fired tear gas and blocked roads in Les Cayes to stop a protest."
    assert sub(ev("ASSAULT", None, "fired", s)) == "Protest with intervention"


def test_a_crowds_violence_without_a_demonstration_is_mob_violence():
    s = "Youths from two villages clashed with machetes near Bria."
    assert sub(ev("ASSAULT", None, "clashed", s)) == "Mob violence"
    s = "Youths clashed with police during a protest against fuel prices near Bria."
    assert sub(ev("ASSAULT", None, "clashed", s)) == "Violent demonstration"
    s = "Clashes between youths of two villages left 3 dead near Bria."
    assert sub(ev("ASSAULT", None, "Clashes", s)) == "Mob violence"
    s = "Clashes between rioters and police left 3 dead near Bria."
    assert sub(ev("ASSAULT", None, "Clashes", s)) == "Violent demonstration"


def test_a_demand_voiced_by_a_gathering_is_a_protest():
    s = "Dozens of residents gathered outside the district office in Gulu to demand compensation."
    assert sub(ev("REQUEST", None, "demand", s)) == "Peaceful protest"
    s = "Lawyers assembled in front of the high court in Lahore, denouncing the new law."
    assert sub(ev("ACCUSE", "disapprove", "denouncing", s)) == "Peaceful protest"
    s = "The minister gathered his advisers and demanded a report."
    assert sub(ev("REQUEST", None, "demanded", s)) is None
    s = "Residents demanded compensation."
    assert sub(ev("REQUEST", None, "demanded", s)) is None


class _Strict(yaml.SafeLoader):
    pass


def _no_duplicates(loader, node, deep=False):
    keys = [loader.construct_object(k, deep=deep) for k, _ in node.value]
    dup = {k for k in keys if keys.count(k) > 1}
    assert not dup, f"duplicate keys {dup} at line {node.start_mark.line + 1}"
    return loader.construct_mapping(node, deep)


_Strict.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _no_duplicates)


@pytest.mark.parametrize("name", ["lexicon.yaml", "lexicon_violence.yaml"])
def test_lexicon_files_have_no_duplicate_lemmas(name):
    """YAML keeps only the last of two equal keys: a second `set:` would silently drop the first's senses."""
    yaml.load((DATA / name).read_text(encoding="utf-8"), Loader=_Strict)


@pytest.fixture(scope="module")
def coded(pipeline):
    def run(text):
        doc = pipeline.extract(text, name="t", published="2024-05-02")
        return [(e.type, e.mode, e.cameo, e.acled and e.acled["sub_event_type"]) for e in doc.events]
    return run


@pytest.mark.parametrize("text,type_,sub_event_type", [
    ("On 1 May 2024, trade unions marched through Lusaka to demand higher wages.", "PROTEST", "Peaceful protest"),
    ("On 1 May 2024, families of the victims held a vigil outside the courthouse in Nairobi.", "PROTEST",
     "Peaceful protest"),
    ("On 1 May 2024, a mob set ablaze a suspected thief in Onitsha.", "ASSAULT", "Mob violence"),
    ("On 1 May 2024, members of two rival gangs fought in Port-au-Prince.", "ASSAULT", "Armed clash"),
    ("On 1 May 2024, ruling party youths beat a supporter of the opposition in Harare.", "ASSAULT", None),
    ("On 1 May 2024, army troops retook control of Galhareri from the militants.", "COERCE",
     "Government regains territory"),
    ("On 1 May 2024, riot police blocked a march by students in Kampala.", "COERCE", "Protest with intervention"),
    ("On 1 May 2024, opposition supporters took to the streets of Lome to denounce the new constitution.", "PROTEST",
     "Peaceful protest"),
    ("On 1 May 2024, regime forces used sarin against rebel fighters near Hama.", "ASSAULT", "Chemical weapon"),
    ("On 1 May 2024, the opposition leader led a march to parliament in Pretoria.", "PROTEST", "Peaceful protest"),
    ("On 1 May 2024, 12 suspected gang members were taken into custody in Kingston.", "COERCE", "Arrests"),
    ("On 1 May 2024, a drone dropped an explosive on a car in Kherson.", "ASSAULT", "Air/drone strike"),
    ("On 1 May 2024, an improvised explosive device went off near a church in Beni.", "ASSAULT",
     "Remote explosive/landmine/IED"),
    ("On 1 May 2024, women marched in Kabul. Taliban fighters dispersed them by firing in the air.", "ASSAULT",
     "Protest with intervention"),
    ("On 1 May 2024, the Taliban publicly flogged 9 people in a stadium in Charikar.", "ASSAULT", "Attack"),
    ("On 1 May 2024, the army bulldozed farmland near Qalqilya.", "ASSAULT", "Looting/property destruction"),
    ("On 1 May 2024, a crowd of residents stoned a suspected thief to death in Mombasa.", "ASSAULT", "Mob violence"),
    ("On 1 May 2024, UN peacekeepers handed their base in Aguelhok to the Malian army.", "RETREAT",
     "Non-violent transfer of territory"),
    ("On 1 May 2024, Malian troops took over the camp in Ber vacated by UN peacekeepers.", "COERCE",
     "Non-violent transfer of territory"),
    ("On 1 May 2024, the teachers' union organised a rally in Accra.", "PROTEST", "Peaceful protest"),
    ("On 1 May 2024, two mortar shells landed near the parliament in Mogadishu.", "ASSAULT",
     "Shelling/artillery/missile attack"),
    ("On 1 May 2024, fighting between the army and FDLR rebels took place near Rutshuru.", "ASSAULT", "Armed clash"),
])
def test_lexicon_codes_acled_style_sentences(coded, text, type_, sub_event_type):
    events = coded(text)
    assert any(t == type_ and (sub_event_type is None or s == sub_event_type) for t, _, _, s in events), events


@pytest.mark.parametrize("text", ["The government stepped up the fight against corruption.",
                                  "The economy landed softly and prices fell.",
                                  "The company took over a rival firm in Lagos.",
                                  "The minister handed the report to parliament.",
                                  "The party dropped its demand and the deal went off without a hitch."])
def test_lexicon_senses_need_their_conditions(coded, text):
    assert not [e for e in coded(text) if e[0] in ("ASSAULT", "COERCE", "RETREAT")], text
