"""Session 37 (s37-wrongact): who did it, when the NER misses the doer's nationality adjective.

"Somali pirates hijacked a ship": the small NER model leaves some nationality adjectives before a group
noun untagged, and the act then had no doer at all, though the same phrase with a tagged adjective
("Burmese fishermen") is coded by its country. actors/mentions.py `_missed_nationality_modifiers` reads
such an adjective as the NORP mention the NER would have given. Sentences written for these tests."""

import pytest


def _countries(pipeline, text, verb):
    doc = pipeline.extract(text, name="t", published="2026-06-01")
    country = {e.id: e.actor.country if e.actor else None for e in doc.entities}
    (ev,) = [e for e in doc.events if e.trigger and verb in e.trigger.text.lower()]
    return [country[i] for i in ev.source], [country[i] for i in ev.target]


@pytest.mark.parametrize("text, verb, source, target", [
    ("Somali pirates seized a Turkish tanker in the Gulf of Aden.", "seized", "SOM", "TUR"),
    ("Bangladeshi border guards arrested eleven Indian cattle traders.", "arrested", "BGD", "IND"),
])
def test_an_untagged_nationality_adjective_names_the_doer(pipeline, text, verb, source, target):
    assert _countries(pipeline, text, verb) == ([source], [target])


def test_a_country_name_or_a_tagged_adjective_is_not_read_again(pipeline):
    # "Somali" is the one mention the rule adds; the tagged "Burmese" and the country's name stay single
    doc = pipeline.extract("Somali pirates attacked a Burmese freighter off the coast of Kenya.", name="t",
                           published="2026-06-01")
    names = [m.text for e in doc.entities for m in e.mentions if m.kind == "name"]
    assert names.count("Somali") == 1 and names.count("Burmese") == 1 and names.count("Kenya") == 1
