"""Session 47 (s47-mutacled): tests for mutants of the short functions `events/acled.py: _assault` and `_coerce`
were split into (s47-splitpl) that the older acled test files did not kill. Sentences written for these tests;
none is in any gold file. Tests only: no behaviour changed."""

from test_events_acled_notes import NONE, ev, sub

from newsgraph.events import acled

OTHER = ("Strategic developments", "Other")


def other_measure(s, trig, mode):
    e = ev("COERCE", mode, trig, s)
    return acled._other_measure(e, s, acled._Sides(e, NONE))


def test_a_restriction_is_judged_without_the_clause_it_answers():
    # the riot is why the rules were made, not what they restrict: a parking rule is no development of disorder
    s = "The council imposed new parking rules after a riot in the square."
    assert other_measure(s, "imposed", "restrict") == acled._NO_EVENT
    assert sub(ev("COERCE", "restrict", "imposed", s)) is None
    # a measure of another mode is read on its whole sentence, the riot included
    assert other_measure(s, "imposed", None) == OTHER
    assert sub(ev("COERCE", None, "imposed", s)) == "Other"


def test_a_raid_is_told_by_its_first_word_in_any_case():
    assert acled._is_raid("Raided") and acled._is_raid("raids") and acled._is_raid("RAID")
    assert not acled._is_raid("stormed") and not acled._is_raid("a raid")


def test_a_crackdown_reads_a_protest_within_sixty_characters_of_its_trigger():
    # `_first_chars(..., 60)`: the protest named right after the crackdown makes it the response to a protest;
    # named further on (the 61st character on), it is the background, and the crackdown ACLED's other development
    near = "Police cracked down on protesters and the families of the detained miners."
    e = ev("COERCE", None, "cracked down", near, cameo="175")
    assert acled._restriction(e, near, "cracked down", acled._Sides(e, NONE)) is not None
    after = " on the families of the detained miners of the north towns, protesters among them."
    assert after[59:61] == " p"
    far = "Police cracked down" + after
    e = ev("COERCE", None, "cracked down", far, cameo="175")
    assert acled._restriction(e, far, "cracked down", acled._Sides(e, NONE)) is None
    assert sub(e) == "Other"


def test_a_seizure_takes_people_only_when_named_within_sixty_characters():
    # the workers here own the tools taken; people named that far from "seized" are no longer what was seized
    after = " the trucks and the goats and the grain and the tools of 10 workers."
    assert after[59:61] == " w"
    s = "Gunmen seized" + after
    e = ev("COERCE", "seize", "seized", s)
    assert acled._raid_or_looting(e, s, "seized", acled._Sides(e, NONE)) == (
        "Strategic developments", "Looting/property destruction")
    s = "Gunmen seized two workers and the trucks."
    e = ev("COERCE", "seize", "seized", s)
    assert acled._raid_or_looting(e, s, "seized", acled._Sides(e, NONE)) == (
        "Violence against civilians", "Abduction/forced disappearance")


def test_crowd_control_names_no_weapon_whatever_its_words():
    # tear gas fired in grenades or shells is crowd control (the codebook's intervention in a protest), not a
    # grenade or a shelling: `_assault_weapon` reads no weapon for a crowd-control event
    for s, t in (("Riot police fired tear gas grenades at the crowd of protesters.", "fired tear gas grenades"),
                 ("Police fired tear gas shells to disperse the protesters.", "fired tear gas shells")):
        e = ev("ASSAULT", "crowd-control", t, s)
        assert acled._assault_weapon(e, s, t, ()) is None, s
        assert sub(e) == "Protest with intervention", s
        assert acled._assault_weapon(ev("ASSAULT", None, t, s), s, t, ()) is not None, s


def test_a_crowds_clash_is_a_riot_of_a_demonstration_when_one_is_named():
    # `_clash_or_attack`'s first reading, called directly: through acled_for these sentences are decided earlier
    # (the unarmed fight and crowd readings), so no pipeline sentence reaches it
    for s, want in (("Supporters of two parties clashed with stones in the market.", "Mob violence"),
                    ("Supporters of the two candidates clashed in the town centre during a rally.",
                     "Violent demonstration")):
        e = ev("ASSAULT", None, "clashed", s)
        assert acled._clash_or_attack(e, s, "clashed", acled._Sides(e, NONE)) == ("Riots", want), s


def test_a_deportation_is_read_as_a_detention_not_as_another_measure():
    # ACLED's arrests detain; a deportation holds no one, so it is no event even when forces carry it out (read
    # as another measure, the police would make it a strategic development); at a protest it is the intervention
    s = "Police deported 50 migrants to the border."
    e = ev("COERCE", "deport", "deported", s)
    assert acled._detention(e, s, acled._Sides(e, NONE)) == acled._NO_EVENT
    assert sub(e) is None
    s = "Police deported three foreign students who had joined the protest."
    assert sub(ev("COERCE", "deport", "deported", s)) == "Protest with intervention"


def test_people_seized_by_any_one_sign():
    # each sign alone makes the seizure's object people: taken from a home even where CAMEO reads the verb as
    # taking ground (192), and people named within the words after the trigger though not first
    s = "Gunmen seized Ade Bello from his home."
    assert acled._seized_people(ev("COERCE", "seize", "seized", s, cameo="192"), s)
    s = "Gunmen seized the trucks and three drivers."
    assert acled._seized_people(ev("COERCE", "seize", "seized", s), s)
    assert not acled._seized_people(ev("COERCE", "seize", "seized", s, cameo="192"), s)
