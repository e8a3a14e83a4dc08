"""Session 29 (s29-argcountry): the country and sector of people named by a group noun after a named non-state
group ("Houthi commanders", "Boko Haram fighters", "PKK militants", "Hezbollah officials"; docs/accuracy.md,
"Session 29, s29-argcountry"; issue 11).

1. A group's name the NER leaves untagged in the sentence, tags as a person, or the parser reads as an adjective,
   but which the names stage clusters as a named organisation (the knowledge base's "Houthis", "Boko Haram"),
   makes the role's people that group's (nominals._named_org_modifier): before, they took the story's focus
   country ("Houthi spokesmen blamed the United States" was USAGOV).
2. A group noun's state sector ("officials" GOV, "troops" MIL) or unidentified one ("militants", "gunmen" UAF,
   CAMEO's Unidentified Armed Forces) gives way to the named non-state group's sector (codes._affiliations).

Sentences written for these tests (not the probes' in gold/probe_countries_3.jsonl and _4.jsonl)."""

import pytest


def _holder(doc, word):
    """The entity with a mention over the first occurrence of `word` (the group noun)."""
    at = doc.text.index(word)
    found = [e for e in doc.entities if any(m.start <= at and at + len(word) <= m.end for m in e.mentions)]
    assert len(found) == 1, (word, [(e.name, [m.text for m in e.mentions]) for e in doc.entities])
    return found[0]


def _code(e):
    return e.actor.code if e.actor else None


# ---- 1. the group's name before the noun, whatever the NER made of it

@pytest.mark.parametrize("text, word, code", [
    # "Houthi" untagged by the NER, a proper noun the modifiers pass as a word of a title
    ("Houthi negotiators rejected the plan in Muscat.", "negotiators", "YEMREB"),
    # ... in a story whose only country is the one blamed: not the focus's
    ("Houthi spokesmen blamed the United States for the blast.", "spokesmen", "YEMREB"),
    # "Houthi" untagged, a proper noun compound
    ("Houthi gunmen boarded a tanker.", "gunmen", "YEMREB"),
    # "Houthi" read as an adjective (the modifiers stop at it: the token left of them is read)
    ("Houthi gunmen stormed a cargo ship off Hodeidah.", "gunmen", "YEMREB"),
    # "Boko Haram", "Al-Shabab" tagged PERSON by the NER
    ("Boko Haram fighters burned a market in Borno.", "fighters", "NGAREB"),
    ("Al-Shabab gunmen ambushed Kenyan police near Garissa.", "gunmen", "SOMREB"),
])
def test_untagged_group_name_before_group_noun(pipeline, text, word, code):
    assert _code(_holder(pipeline.extract(text), word)) == code


def test_untagged_group_is_the_events_source(pipeline):
    doc = pipeline.extract("Al-Shabab gunmen ambushed Kenyan police near Garissa.")
    (ev,) = [e for e in doc.events if e.type == "ASSAULT"]
    assert [_code(doc.entity(s)) for s in ev.source] == ["SOMREB"]
    assert [_code(doc.entity(t)) for t in ev.target] == ["KENCOP"]


@pytest.mark.parametrize("text, word, code", [
    # a person's name before the noun is no organisation (unchanged)
    ("Trump supporters rallied in Ohio.", "Trump", "USAGOV"),
    # a place's name before it: the place's people (unchanged)
    ("Gaza residents fled south.", "residents", "PSECVL"),
    # a country's adjective (unchanged)
    ("Turkish officials criticised the ruling.", "officials", "TURGOV"),
    # a group named earlier in the text, not before the noun: unknown gunmen are not its
    ("Hamas condemned the killing. Gunmen shot a policeman in Cairo.", "Gunmen", "EGYUAF"),
])
def test_other_words_before_group_noun_unchanged(pipeline, text, word, code):
    assert _code(_holder(pipeline.extract(text), word)) == code


# ---- 2. the named non-state group's sector wins over the group noun's guess

@pytest.mark.parametrize("text, word, code", [
    ("PKK militants attacked a police station in Diyarbakir.", "militants", "TURREB"),  # UAF -> REB
    ("Hamas gunmen fired at an Israeli patrol.", "gunmen", "PSEREB"),  # UAF -> REB
    ("Houthi officials detained aid workers.", "officials", "YEMREB"),  # GOV -> REB
    # the knowledge base's Hezbollah is UAF: its officials are of its sector, not GOV
    ("Hezbollah officials criticised the Lebanese government.", "officials", "LBNUAF"),
])
def test_group_noun_takes_non_state_groups_sector(pipeline, text, word, code):
    assert _code(_holder(pipeline.extract(text), word)) == code


@pytest.mark.parametrize("text, word, code", [
    # a governing group (the knowledge base's Taliban, AFGGOV since 2021): the noun keeps its own sector
    ("Taliban fighters stormed a village in Helmand.", "fighters", "AFGUAF"),
    # international bodies carry their code, as before
    ("NATO troops arrived in Estonia.", "troops", "IGOWSTNAT"),
    ("Red Cross officials visited the prison.", "officials", "NGOHLHIRC"),
])
def test_group_noun_of_state_or_international_body_unchanged(pipeline, text, word, code):
    assert _code(_holder(pipeline.extract(text), word)) == code


def test_probe_files_load_as_gold():
    from newsgraph.evaluate.events import load_gold

    for name, n in (("gold/probe_countries_3.jsonl", 83), ("gold/probe_countries_4.jsonl", 37)):
        items = load_gold(name)
        assert len(items) == n
        assert all(it.events and it.events[0].type for it in items)
