"""Session 42 (s42-wrongact): an event noun's parties named on the verb that governs it.

1. "Negotiations began with Senegal": an event noun that is the subject of a verb of beginning or going
   on takes the verb's "with" phrase as its party, as "talks with Senegal began" does (the unfitted PLOVER
   set's "Discussions have begun with Indonesia" had no target).
2. "Kenya's new law provoked condemnation from Uganda": the subject of a verb of provoking is what the
   reaction answers. It was read as the reaction's doer ("Togo's decision sparked criticism from Benin":
   TGO accused) or left out; now it is the target and the "from" phrase the source, as "drew criticism
   from X" already read (PLOVER ACCUSE: the target is who is criticised).
Sentences written for these tests; countries real (docs/accuracy.md, "Session 42, s42-wrongact")."""

import pytest


def _codes(pipeline, text, type_):
    doc = pipeline.extract(text, name="t", published="2026-06-01")
    code = {e.id: e.actor.country if e.actor else None for e in doc.entities}
    (ev,) = [e for e in doc.events if e.type == type_]
    return sorted(code[i] for i in ev.source), sorted(code[i] for i in ev.target)


@pytest.mark.parametrize("text, target", [
    ("Negotiations started with Tanzania on Wednesday.", ["TZA"]),
    ("Talks have begun with Honduras about the border crossing.", ["HND"]),
    ("Consultations resumed with Nepal after the elections.", ["NPL"]),
    ("Negotiations have begun with Oman and Yemen over the shipping lanes.", ["OMN", "YEM"]),
])
def test_a_verb_of_beginning_hands_its_with_party_to_the_event(pipeline, text, target):
    assert _codes(pipeline, text, "CONSULT") == ([], target)


def test_a_venue_of_the_beginning_is_no_party(pipeline):
    # "began at the ministry": where, not with whom
    assert _codes(pipeline, "Talks began at the ministry on Friday.", "CONSULT") == ([], [])


@pytest.mark.parametrize("text, source, target", [
    ("Togo's new visa rules sparked criticism from Benin.", ["BEN"], ["TGO"]),
    ("Bolivia's gas tax provoked condemnation from Brazil.", ["BRA"], ["BOL"]),
    ("Latvia's decision prompted complaints from Russia.", ["RUS"], ["LVA"]),
    ("Armenia's vote triggered criticism from Azerbaijan.", ["AZE"], ["ARM"]),
])
def test_a_provoked_reaction_answers_the_provoker(pipeline, text, source, target):
    assert _codes(pipeline, text, "ACCUSE") == (source, target)


def test_drew_still_reads_the_same(pipeline):
    # the older verb of receiving ("drew criticism from X") and the new verbs agree
    assert _codes(pipeline, "Chad's budget drew criticism from Niger.", "ACCUSE") == (["NER"], ["TCD"])


def test_a_provoked_act_that_answers_no_one_keeps_its_doer():
    # "sparked clashes", "triggered a strike": no reaction aimed at the subject, so no target from it
    from types import SimpleNamespace as NS
    from newsgraph.events.coder import _provoked_reaction
    verb = NS(lemma_="spark")
    assert _provoked_reaction(verb, NS(type="ACCUSE"))
    assert _provoked_reaction(NS(lemma_="trigger"), NS(type="REJECT"))
    assert not _provoked_reaction(verb, NS(type="ASSAULT"))
    assert not _provoked_reaction(verb, NS(type="PROTEST"))
    assert not _provoked_reaction(NS(lemma_="announce"), NS(type="ACCUSE"))


def _assault(pipeline, text):
    return _codes(pipeline, text, "ASSAULT")


@pytest.mark.parametrize("text, source, target", [
    ("Sudanese jets launched strikes against rebel bases in South Sudan.", ["SDN"], ["SSD"]),
    ("Ugandan troops mounted an assault against militia hideouts in northern Mozambique.", ["UGA"], ["MOZ"]),
    ("Iranian forces launched an offensive against guerrilla camps in Iraq.", ["IRN"], ["IRQ"]),
])
def test_an_attack_nouns_struck_thing_is_located_by_its_place(pipeline, text, source, target):
    # "launched raids against rebel camps in Sudan" reads as "bombed rebel camps in Sudan" does
    assert _assault(pipeline, text) == (source, target)


def test_the_struck_things_place_is_read_through_a_coordination():
    from newsgraph import nlp
    from newsgraph.events.stage import _struck_sites
    sd = nlp.load()("Jets launched strikes against camps in Yemen and a factory in Oman.")
    strikes = sd[2]
    assert [p.text + " " + p.children.__next__().text for p in _struck_sites(strikes, "ASSAULT")] \
        == ["in Yemen", "in Oman"]
    assert _struck_sites(strikes, "CONSULT") == []  # ("talks on the war in Yemen" are not held in Yemen)
    sd = nlp.load()("Jets launched strikes from bases in Oman.")
    assert sd[3].head.i == 2  # ("from" hangs on the noun) where they were launched from is no struck site
    assert _struck_sites(sd[2], "ASSAULT") == []
