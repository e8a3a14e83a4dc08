"""Session 31 (s31-mut5): tests that kill s31-mut's open survivors of actors/nominals.py (docs/testing.md, "Session
31, s31-mut5"). Hand-built spaCy parses of our own phrases, stand-in contexts and our own sentences; "Zorvan" and
"Tom Vekker" are made up."""

from types import SimpleNamespace

import pytest
import spacy
from spacy.tokens import Doc, Span

from newsgraph.actors import nominals
from newsgraph.actors.article import ActorMention, ArticleContext
from newsgraph.actors.tables import Role

_VOCAB = spacy.blank("en").vocab


def _doc(words, heads, deps, tags, ents=()):
    """A hand-built parse: heads as absolute indices; ents as (start, end, label) token spans."""
    doc = Doc(_VOCAB, words=words, heads=heads, deps=deps, tags=tags)
    doc.ents = [Span(doc, a, b, label=lab) for a, b, lab in ents]
    return doc


def _ctx(doc, role_spans):
    """A stand-in for the article context: its parse and its role phrases, with ArticleContext's own bisect."""
    ctx = SimpleNamespace(sd=doc, role_spans=role_spans, role_starts=[a for a, _ in role_spans])
    ctx.roles_within = lambda a, b: ArticleContext.roles_within(ctx, a, b)
    return ctx


_KB_GROUP = SimpleNamespace(type="ORG", kb="zorvan-front")


# ---- _classified_head: the agent noun (tokens [s, e)) must be a compound of a common-noun head after it, no name,
# no one's token, with only compounds of the same head between, and no role in the head's phrase

def test_s31_mut5_an_agent_compound_classifies_its_head():
    # "The army units shelled": the phrase ends after "units"
    doc = _doc(["The", "army", "units", "shelled"], [2, 2, 3, 3], ["det", "compound", "nsubj", "ROOT"],
               ["DT", "NN", "NNS", "VBD"])
    assert nominals._classified_head(_ctx(doc, [(1, 2)]), 1, 2, {}) == 3


@pytest.mark.parametrize("words, heads, deps, tags, ents, named, roles, s, e", [
    # a head the NER tagged (mutant 5: `and head.ent_type_`): "army Units" read as an organisation's name
    (["The", "army", "Units", "shelled"], [2, 2, 3, 3], ["det", "compound", "nsubj", "ROOT"],
     ["DT", "NN", "NNS", "VBD"], [(2, 3, "ORG")], {}, [(1, 2)], 1, 2),
    # a compound whose head stands before it (mutant 6: `head.i < e and ...`): no head after the agent noun
    (["units", "army", "shelled"], [2, 0, 2], ["nsubj", "compound", "ROOT"], ["NNS", "NN", "VBD"], [], {}, [(1, 2)],
     1, 2),
    # the agent noun no compound or adjective of the head (mutant 7: `!= "compound" and head.i < e`); s43-petr: an
    # amod agent word now classifies its head as a compound does ("a Zentaran official hostage", PETRARCH's reading)
    (["The", "military", "units", "shelled"], [2, 2, 3, 3], ["det", "nmod", "nsubj", "ROOT"],
     ["DT", "NN", "NNS", "VBD"], [], {}, [(1, 2)], 1, 2),
    # the head is a token of a name already clustered (mutant 19: `in named and any(...)`)
    (["The", "army", "units", "shelled"], [2, 2, 3, 3], ["det", "compound", "nsubj", "ROOT"],
     ["DT", "NN", "NNS", "VBD"], [], {2: _KB_GROUP}, [(1, 2)], 1, 2),
    # an adjective of the same head between (mutant 22: `!= "compound" and head != head`): "army elite units"
    (["The", "army", "elite", "units", "shelled"], [3, 3, 3, 4, 4], ["det", "compound", "amod", "nsubj", "ROOT"],
     ["DT", "NN", "JJ", "NNS", "VBD"], [], {}, [(1, 2)], 1, 2),
])
def test_s31_mut5_no_classified_head(words, heads, deps, tags, ents, named, roles, s, e):
    doc = _doc(words, heads, deps, tags, ents)
    assert nominals._classified_head(_ctx(doc, roles), s, e, named) is None


def test_s31_mut5_a_role_right_after_the_head_is_outside_its_phrase():
    # mutant 36 (`roles_within(e, head.i + 2)`): "army units commanders": the role after the head is no role within
    # the phrase "army units"
    doc = _doc(["The", "army", "units", "commanders", "met"], [2, 2, 3, 4, 4],
               ["det", "compound", "compound", "nsubj", "ROOT"], ["DT", "NN", "NNS", "NNS", "VBD"])
    assert nominals._classified_head(_ctx(doc, [(1, 2), (3, 4)]), 1, 2, {}) == 3


# ---- _named_org_modifier(sd, start, s, e, named): the token before the modifiers counts only when it is a compound
# or adjective of the role phrase [s, e)

def _org_doc(words, heads, deps):
    return Doc(_VOCAB, words=words, heads=heads, deps=deps)


def test_s31_mut5_a_named_group_before_the_modifiers_by_any_other_relation_is_not_read():
    # mutants 3 (`... or True`) and 6 (`... or s <= head < e`): "Zorvan" is a modifier of "fighters" but no compound
    # or adjective
    doc = _org_doc(["Zorvan", "fighters", "fled"], [1, 2, 2], ["nmod", "nsubj", "ROOT"])
    assert nominals._named_org_modifier(doc, 1, 1, 2, {0: _KB_GROUP}) is None


def test_s31_mut5_only_one_token_before_the_modifiers_is_read():
    # mutant 5 (`start - 2`): "Zorvan Front fighters" with the modifiers starting at the role: one token back is
    # "Front" (no name), two back would be "Zorvan"
    doc = _org_doc(["Zorvan", "Front", "fighters", "fled"], [1, 2, 3, 3], ["compound", "compound", "nsubj", "ROOT"])
    assert nominals._named_org_modifier(doc, 2, 2, 3, {0: _KB_GROUP}) is None


def test_s31_mut5_an_adjective_of_the_role_before_the_modifiers_is_read():
    # mutants 15, 16 (`"amod"` misspelt): the NER's untagged group name parsed as an adjective of the role noun
    doc = _org_doc(["Zorvan", "fighters", "fled"], [1, 2, 2], ["amod", "nsubj", "ROOT"])
    assert nominals._named_org_modifier(doc, 1, 1, 2, {0: _KB_GROUP}) == 0


def test_s31_mut5_a_compound_of_a_word_after_the_role_is_not_read():
    # mutant 20 (`head.i <= e`): "Zorvan" is a compound of "units", the word after the role "commander"
    doc = _org_doc(["Zorvan", "commander", "units", "fled"], [2, 2, 3, 3], ["compound", "compound", "nsubj", "ROOT"])
    assert nominals._named_org_modifier(doc, 1, 1, 2, {0: _KB_GROUP}) is None


# ---- _agents, _person_nominal: the agent codes of a nominal

def test_s31_mut5_an_agent_code_the_modifiers_already_hold_is_not_added_again():
    # mutant 26 (`own not in code` made always true): "government officials" with both words coded GOV gives GOV,
    # never GOVGOV
    gov = Role("government", "GOV", "government", "org", code="GOV")
    ctx = SimpleNamespace(roles_within=lambda a, b: [(0, 1)], role_of=lambda a, b: gov)
    head = Role("officials", "GOV", "official", "off", code="GOV")
    assert nominals._agents(ctx, 0, 1, head) == ("GOV", False)
    # (a code it does not hold is added after: the same call with the head's code MIL)
    assert nominals._agents(ctx, 0, 1, Role("officers", "MIL", "officer", "off", code="MIL")) == ("GOVMIL", False)


def _person_ctx(user_agents):
    doc = Doc(_VOCAB, words=["the", "Freedonian", "commander", "said"])
    return SimpleNamespace(sd=doc, persons=[], clusters=[], date=None, res=SimpleNamespace(user_agents=user_agents),
                           roles_within=lambda a, b: [], role_of=lambda a, b: None)


@pytest.mark.parametrize("user_agents", [None, {"COMMANDER": "MIL"}])
def test_s31_mut5_a_person_nominal_with_a_coded_role_takes_its_agent(user_agents):
    # mutant 115 (`role.code and ctx.res.user_agents`): a role with an agent code gives its person the code whether
    # or not the user gave agent dictionaries
    ctx = _person_ctx(user_agents)
    mods = SimpleNamespace(definite=True, org=None, person=None, former=False, pronoun=None)
    mention = ActorMention(0, 3, 0, 25, "the Freedonian commander", "NOMINAL", kind="nominal", sect="body")
    role = Role("commander", "MIL", "commander", "mil", code="MIL")
    nominals._person_nominal(ctx, mention, role, mods, "FR", 2)
    assert [c.attrs.get("agent") for c in ctx.clusters] == [("MIL", False)]


# ---- resolve_nominals and _nominal through the pipeline (the shared default `pipeline` fixture, no user dictionaries)

def _names(pipe, text):
    doc = pipe.extract(text, name="t", published="2020-06-01")
    return {e.name: (e.actor.code if e.actor else None) for e in doc.entities}


def test_s31_mut5_a_title_of_a_name_ends_no_nominals(pipeline):
    # (a companion of the credit case below, for the loop's first `continue`, a role inside a name or used as a
    # name's title): "President" is Macron's title, and the role phrases after it are still read
    names = _names(pipeline, "President Emmanuel Macron met the German foreign minister in Paris on Monday.")
    assert names.get("German foreign minister") == "DEUGOV"


def test_s31_mut5_a_role_in_a_photo_credit_does_not_end_the_nominals(pipeline):
    # mutant 20 (`continue` -> `break` after a role outside body, title and caption): the credit's "army spokesman" is
    # no actor of the story, and the roles after it are still read
    text = ("Talks in Paris\n\nPhoto: the army spokesman / Reuters\n\n"
            "The German foreign minister met rebel commanders in Paris on Monday.")
    assert _names(pipeline, text).get("German foreign minister") == "DEUGOV"


def test_s31_mut5_without_user_agents_an_agent_noun_classifies_nothing(pipeline):
    # mutant 37 (`ctx.res.user_agents or True`): the PETRARCH-mode reading of "army units" is for the user's agent
    # dictionaries only; by default the phrase's agent noun heads nothing
    names = _names(pipeline, "French army units shelled the town on Monday.")
    assert "French" in names
    assert not any(n.endswith("units") for n in names)


def test_s31_mut5_the_named_group_lookup_only_for_a_role_without_modifiers(pipeline, monkeypatch):
    # mutants 21-23 of `_nominal` (the `and`s of "no org, no country, no person, and names" made `or`s): the lookup of a
    # group name among the modifiers runs only when no modifier said whose the role is ("French officials" is
    # France's); "The officials" has none, and the lookup runs
    calls = []
    real = nominals._named_org_modifier

    def spy(sd, start, s, e, named):
        calls.append(sd[s:e].text)
        return real(sd, start, s, e, named)

    monkeypatch.setattr(nominals, "_named_org_modifier", spy)
    _names(pipeline, "French officials met Tom Vekker in Paris on Monday.")
    assert calls == []
    _names(pipeline, "The officials met Tom Vekker in Paris on Monday.")
    assert calls == ["officials"]
