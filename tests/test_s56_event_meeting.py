"""A meeting needs someone on both sides (issue 11, session 56; our own sentences): "met with" a reaction or a thing
("the film met with scathing reviews", "the plan met with resistance") is how something was received, no CONSULT;
"met with" people is still a meeting, whether an entity names them or not."""

import pytest

from newsgraph.events import coder
from test_events_coder_mutants import ent, parse, parts_for


@pytest.fixture(scope="module")
def events(pipeline):
    def run(text):
        doc = pipeline.extract(text, name="t", published="2025-06-02")
        names = lambda ids: [doc.entity(i).name for i in ids]  # noqa: E731
        return [(e.type, names(e.source), names(e.target)) for e in doc.events]
    return run


@pytest.mark.parametrize("text", [
    "The film met with scathing reviews.",
    "The new novel met with a hostile reception from critics in Athens.",
    "The tax plan met with fierce resistance from farmers.",
    "The reform met with little success.",
    "The minister met with criticism at home.",  # (an act is answered, whoever the subject is)
])
def test_met_with_a_reaction_or_a_thing_is_no_meeting(events, text):
    assert not [e for e in events(text) if e[0] == "CONSULT"]


@pytest.mark.parametrize("text,source", [
    ("The minister met with reporters in Kabul.", "minister"),
    ("Kerry met with officials in Cairo.", "Kerry"),
    ("The senator met with relatives of the victims.", "senator"),  # (people no entity names)
    ("Officials from both countries met with the mediators.", "Officials"),
    ("The governor met with them on Friday.", "governor"),
])
def test_met_with_people_is_still_a_meeting(events, text, source):
    consults = [e for e in events(text) if e[0] == "CONSULT"]
    assert consults and any(source in " ".join(s) for _, s, _ in consults)


# --- the rule on hand-built parses (whatever the parser makes of a sentence) ---

def _met_with(obj: str, subj: str = "Iraq:PROPN", obj_lemma: str = "") -> tuple:
    s_word, s_pos = subj.split(":")
    o_word, o_pos = obj.split(":")
    d = parse(f"{s_word}:{s_pos}:nsubj:1 met:VERB:ROOT:1:meet with:ADP:prep:1 {o_word}:{o_pos}:pobj:2:{obj_lemma}")
    return d


def test_a_with_object_that_is_an_actor_or_pronoun_or_people_noun_is_met():
    d = _met_with("Syria:PROPN")
    assert coder._meets_someone(d[1], parts_for(d, ent("irq", d, 0), ent("syr", d, 3)))
    d = _met_with("them:PRON", subj="film:NOUN")
    assert coder._meets_someone(d[1], parts_for(d))
    d = _met_with("officials:NOUN", subj="film:NOUN", obj_lemma="official")
    assert coder._meets_someone(d[1], parts_for(d))  # an actor noun, no entity needed


def test_a_with_object_that_is_an_act_is_never_met():
    d = _met_with("criticism:NOUN")
    assert not coder._meets_someone(d[1], parts_for(d, ent("irq", d, 0), event_nouns=frozenset({"criticism"})))
    d = _met_with("protests:NOUN", obj_lemma="protest")  # (an event head, not in the lexicon's nouns)
    assert not coder._meets_someone(d[1], parts_for(d, ent("irq", d, 0)))


def test_an_unknown_with_object_is_met_only_by_someone():
    d = _met_with("reviews:NOUN", subj="film:NOUN", obj_lemma="review")
    assert not coder._meets_someone(d[1], parts_for(d))
    d = _met_with("relatives:NOUN", obj_lemma="relative")
    assert coder._meets_someone(d[1], parts_for(d, ent("irq", d, 0)))
    # no subject at all: no evidence against a meeting ("met with relatives" in a title)
    d = parse("met:VERB:ROOT:0:meet with:ADP:prep:0 relatives:NOUN:pobj:1:relative")
    assert coder._meets_someone(d[0], parts_for(d))


def test_no_with_phrase_and_no_object_is_a_meeting_and_an_object_must_be_someone():
    d = parse("leaders:NOUN:nsubj:1:leader met:VERB:ROOT:1:meet")
    assert coder._meets_someone(d[1], parts_for(d))
    d = parse("Iraq:PROPN:nsubj:1 met:VERB:ROOT:1:meet target:NOUN:dobj:1")
    assert not coder._meets_someone(d[1], parts_for(d, ent("irq", d, 0)))
    # a with-phrase other than "with" says nothing
    d = parse("film:NOUN:nsubj:1 met:VERB:ROOT:1:meet at:ADP:prep:1 noon:NOUN:pobj:2")
    assert coder._meets_someone(d[1], parts_for(d))


def test_an_object_of_the_verb_decides_before_any_with_phrase():
    # "their demands are met": a passive subject that is no one is no meeting (the with-phrase rule never asked)
    d = parse("demands:NOUN:nsubjpass:2:demand are:AUX:auxpass:2 met:VERB:ROOT:2:meet")
    assert not coder._meets_someone(d[2], parts_for(d))
    # a direct object that is a pronoun of people, or an actor, is met
    d = parse("Iraq:PROPN:nsubj:1 met:VERB:ROOT:1:meet him:PRON:dobj:1")
    assert coder._meets_someone(d[1], parts_for(d, ent("irq", d, 0)))
    d = parse("Iraq:PROPN:nsubj:1 met:VERB:ROOT:1:meet Syria:PROPN:dobj:1 with:ADP:prep:1 reviews:NOUN:pobj:3:review")
    assert coder._meets_someone(d[1], parts_for(d, ent("irq", d, 0), ent("syr", d, 2)))
