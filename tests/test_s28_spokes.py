"""Session 28 (s28-spokes): people who speak and act for a named group ("a spokesman for the Houthis",
"a Hamas commander", "spokesmen for Hamas", "negotiators from Hamas") are actors of their own, carry the
group's code, speak as themselves on the group's behalf and are the sources of what they do
(docs/accuracy.md, "Session 28, s28-spokes"; issues 11 and 12). Before, the family came out four ways: a
person, a mention of the group itself, a group coded as a government, or no actor at all.
Sentences written for these tests (not the probe's, tests/data/s28_spokes_probe.tsv)."""

import pytest


def _holder(doc, word):
    """The entity with a mention over the first occurrence of `word` (the post noun)."""
    at = doc.text.index(word)
    found = [e for e in doc.entities if any(m.start <= at and at + len(word) <= m.end for m in e.mentions)]
    assert len(found) == 1, (word, [(e.name, [m.text for m in e.mentions]) for e in doc.entities])
    return found[0]


def _named(doc, name):
    found = [e for e in doc.entities if any(m.kind == "name" and m.text == name for m in e.mentions)]
    assert len(found) == 1, (name, [(e.name, [m.text for m in e.mentions]) for e in doc.entities])
    return found[0]


def _code(e):
    return e.actor.code if e.actor else None


# ---- the post holder is an actor of its own, with the group's code

@pytest.mark.parametrize("text, post, group", [
    # the NER reads "Houthis" as a person: the names' own cluster says it is the organisation
    ("A spokeswoman for the Houthis denied that the port had been damaged.", "spokeswoman", "Houthis"),
    ("An aide to the Houthis was wounded in the blast.", "aide", "Houthis"),
    # an indefinite post with the organisation before it is as particular as "a spokesman for Hamas"
    ("A Hamas negotiator arrived in Doha on Sunday.", "negotiator", "Hamas"),
    # plural posts: people of the group, not the group itself
    ("Spokesmen for Hezbollah denied any role in the explosion.", "Spokesmen", "Hezbollah"),
    ("Hamas advisers travelled to Doha for the talks.", "advisers", "Hamas"),
    ("Members of the Taliban stormed a village near Herat.", "Members", "Taliban"),
    # "from" names the body a post is held in
    ("Negotiators from Hamas arrived in Cairo.", "Negotiators", "Hamas"),
])
def test_post_holder_is_own_actor_with_the_groups_code(pipeline, text, post, group):
    doc = pipeline.extract(text)
    person, org = _holder(doc, post), _named(doc, group)
    assert person.id != org.id
    assert _code(person) == _code(org) and _code(org) is not None


@pytest.mark.parametrize("text, post, group", [
    # the name's mention holds its "the" ("the African Union"): the body is still found after "from"
    ("A negotiator from the African Union arrived in Juba.", "negotiator", "the African Union"),
    # a plural group noun of people ("officials") from a named body: the body's people
    ("Officials from the Arab League arrived in Beirut.", "Officials", "the Arab League"),
])
def test_from_a_named_body(pipeline, text, post, group):
    doc = pipeline.extract(text)
    person, org = _holder(doc, post), _named(doc, group)
    assert person.id != org.id
    assert _code(person) == _code(org) and _code(org) is not None


@pytest.mark.parametrize("text, post, group, code", [
    # the role table's MIL for "commander" is a state's guess: a commander of an armed movement is of it
    ("Hamas commanders warned that the truce would collapse.", "commanders", "Hamas", "PSEREB"),
    ("A commander of the Houthis was killed near Marib.", "commander", "Houthis", "YEMREB"),
    ("A senior Hamas official arrived in Cairo.", "official", "Hamas", "PSEREB"),
])
def test_an_officer_of_an_armed_movement_is_of_the_movement(pipeline, text, post, group, code):
    doc = pipeline.extract(text)
    person, org = _holder(doc, post), _named(doc, group)
    assert person.id != org.id and _code(org) == code
    assert _code(person) == code


# ---- as speakers: the person speaks, on the group's behalf

@pytest.mark.parametrize("text, post, group", [
    ("A spokesman for the Houthis said the ships had been warned.", "spokesman", "Houthis"),
    ("A Hamas spokeswoman said the delegation would return on Monday.", "spokeswoman", "Hamas"),
    ("Spokesmen for Hezbollah said the group had not been consulted.", "Spokesmen", "Hezbollah"),
])
def test_spokesperson_speaks_for_the_group(pipeline, text, post, group):
    doc = pipeline.extract(text)
    person, org = _holder(doc, post), _named(doc, group)
    (a,) = [a for a in doc.attributions if a.source and post in a.source.text]
    assert a.speaker == person.id
    assert a.on_behalf_of == org.id


def test_an_officer_who_is_no_intermediary_speaks_for_himself(pipeline):
    # a commander is not a relay of someone else's words: no on_behalf_of, but he is the speaker
    doc = pipeline.extract("A commander of the Houthis said the attacks would go on.")
    person = _holder(doc, "commander")
    (a,) = doc.attributions
    assert a.speaker == person.id and a.on_behalf_of is None


# ---- as event sources

def test_post_holder_is_the_events_source(pipeline):
    doc = pipeline.extract("Hamas negotiators rejected the Egyptian proposal.")
    person, org = _holder(doc, "negotiators"), _named(doc, "Hamas")
    (ev,) = [e for e in doc.events if e.trigger.text == "rejected"]
    assert ev.source == [person.id] and person.id != org.id


# ---- edges of the body's lookup (mutation: scripts/mutloop.py on actors/nominals.py _named_org_after)

def test_a_post_at_the_very_end_of_the_text(pipeline):
    # nothing after the post: no preposition to read (and no token past the text's end)
    doc = pipeline.extract("Israeli troops killed a Hamas commander")
    assert _code(_holder(doc, "commander")) == "PSEREB"


def test_a_person_is_no_body_a_post_is_held_in(pipeline):
    # "an adviser to Donald Trump": the name after "to" is a person, not an organisation the adviser
    # is an officer of
    doc = pipeline.extract("An adviser to Donald Trump said the talks had failed.")
    for e in doc.entities:
        if e.attrs.get("org"):
            assert doc.entity(e.attrs["org"]).type == "ORG", (e.name, e.attrs)


# ---- left as they were

def test_unnamed_body_leaves_the_spokesman_anonymous(pipeline):
    # no named body: the actors make no person of "a spokesman for the ministry", the speaker stays null
    doc = pipeline.extract("A spokesman for the ministry said the talks would continue.")
    (a,) = doc.attributions
    assert a.speaker is None


def test_anonymous_officials_stay_anonymous(pipeline):
    doc = pipeline.extract("Two senior officials said the talks would continue.")
    (a,) = doc.attributions
    assert a.speaker is None


def test_a_state_officer_keeps_the_tables_sector(pipeline):
    # the sector a post takes from its body only replaces a state guess; an officer of a state's
    # ministry stays a government officer
    doc = pipeline.extract("An official of the Kenyan foreign ministry arrived in Kampala.")
    assert _code(_holder(doc, "official")) == "KENGOV"


def test_fighters_still_join_the_named_armed_body(pipeline):
    # a group noun of a force (not a post) still joins the one named armed body of its country and
    # sector (codes.merge_groups_into_named): "Hezbollah fighters" act as Hezbollah
    doc = pipeline.extract("Hezbollah fighters fired rockets across the border.")
    assert _holder(doc, "fighters").id == _named(doc, "Hezbollah").id
