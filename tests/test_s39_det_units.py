"""Session 39 (s39-det): a personal pronoun as the victim of an act on a person (coder._on_a_person,
coder._person_pronoun, and choose_sense's entity_object condition), on hand-built parses so that each test pins the
rule whatever the statistical parser does."""

from test_events_coder_mutants import parse, parts_for, sense

from newsgraph.events import coder


def test_on_a_person_by_cameo_and_mode():
    for cameo in ("180", "181", "186", "193", "1823"):
        assert coder._on_a_person(sense("ASSAULT", cameo))
    # a force's fighting or taking of ground is no act on a person's body; an injury need be no one's act
    for cameo in ("190", "192", "1921", "182"):
        assert not coder._on_a_person(sense("ASSAULT", cameo))
    # an arrest is on a person's liberty, whatever its type; a seizure of ground is not
    assert coder._on_a_person(sense("COERCE", "173", mode="arrest"))
    assert not coder._on_a_person(sense("COERCE", "192", mode="seize"))
    # only ASSAULT's codes: a THANK or a REQUEST sense with a harm-like code stays out
    assert not coder._on_a_person(sense("CONSULT", "180"))


def test_person_pronoun_needs_the_undergoer_slot():
    d = parse("She:PRON:nsubjpass:2:she was:AUX:auxpass:2:be shot:VERB:ROOT:2:shoot")
    assert coder._person_pronoun(d[0])
    d = parse("gunman:NOUN:nsubj:1 shot:VERB:ROOT:1:shoot him:PRON:dobj:1:he")
    assert coder._person_pronoun(d[2])
    d = parse("He:PRON:nsubj:1:he shot:VERB:ROOT:1:shoot film:NOUN:dobj:1")
    assert not coder._person_pronoun(d[0])  # the doer, not the undergoer
    d = parse("they:PRON:nsubj:1 executed:VERB:ROOT:1:execute it:PRON:dobj:1:it")
    assert not coder._person_pronoun(d[2])  # "it" names no person
    d = parse("shot:VERB:ROOT:0:shoot them:PRON:dative:0:they message:NOUN:dobj:0")
    assert not coder._person_pronoun(d[1])  # a recipient


def test_entity_object_sense_takes_a_pronoun_victim_only_on_a_person():
    d = parse("He:PRON:nsubjpass:2:he was:AUX:auxpass:2:be shot:VERB:ROOT:2:shoot")
    p = parts_for(d)
    shoot = sense("ASSAULT", "193", mode="firearms", entity_object=True)
    assert coder.choose_sense([shoot], d[2], p) is shoot
    fight = sense("ASSAULT", "190", entity_object=True)
    assert coder.choose_sense([fight], d[2], p) is None
    thank = sense("REWARD", "051", entity_object=True)
    assert coder.choose_sense([thank], d[2], p) is None
    d = parse("It:PRON:nsubjpass:2:it was:AUX:auxpass:2:be shot:VERB:ROOT:2:shoot")
    assert coder.choose_sense([shoot], d[2], parts_for(d)) is None
