"""Session 50 (s50-mutment): `actors.mentions._fit_ner_mention`'s outputs on hand-built articles of our own words.

Each test hands the function an ArticleContext (the real class) over a hand-built Doc, with the role phrases,
country names and user agents a test needs, and asserts the ActorMention it returns (or None): the title-word
drop ("State" of "Secretary of State"), the possessive trim ("Gondor's", "the Rangers'"), the title the NER took
in ("President Aldor"), the user agent's tail ("Rohan golden geese"), the lone country after a preposition
the NER called a person, the honorific before a person, and the section. All words are our own.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest
import spacy
from spacy.tokens import Doc

from newsgraph.actors.article import ActorMention, ArticleContext
from newsgraph.actors.mentions import _fit_ner_mention
from newsgraph.actors.tables import Role

VOCAB = spacy.blank("en").vocab
COUNTRIES = {"Mali": "MLI", "Gondor": "GON"}


def _ctx(words, spaces=None, tags=None, deps=None, heads=None, roles=(), agents=False, kinds=None):
    """An ArticleContext over these words. roles: (start, length, class, user agent code) of each role phrase;
    kinds: the section kind at each character (None: no section known)."""
    spaces = spaces if spaces is not None else [True] * len(words)
    sd = Doc(VOCAB, words=words, spaces=spaces, tags=tags, deps=deps, heads=heads)
    parse = SimpleNamespace(doc=sd, kind_at=lambda char: (kinds or {}).get(char))
    res = SimpleNamespace(user_agents=agents, user_matcher=lambda doc: [])
    tables = SimpleNamespace(country_of=COUNTRIES.get)
    ctx = ArticleContext(doc=SimpleNamespace(text=sd.text), parse=parse, res=res, tables=tables, date=None)
    for s, n, cls, code in roles:
        ctx.role_found[(s, s + n)] = Role(" ".join(words[s:s + n]).lower(), "GOV", "x", cls, code=code)
        ctx.role_start_len[s] = n
        ctx.role_cls[s] = cls
        for k in range(s, s + n):
            ctx.in_role[k] = n
    return ctx


def _fit(ctx, i, j, label, section=None):
    """The mention of tokens [i, j) under this NER label (the characters the NER gives: the tokens')."""
    return _fit_ner_mention(ctx, i, j, ctx.sd[i].idx, ctx.sd[j - 1].idx + len(ctx.sd[j - 1].text), label, section)


def _m(ctx, i, j, label, sect="body"):
    """The mention of tokens [i, j) as it should come out."""
    s, e = ctx.sd[i].idx, ctx.sd[j - 1].idx + len(ctx.sd[j - 1].text)
    return ActorMention(i, j, s, e, ctx.text[s:e], label, sect=sect)


# --- a word of a title ------------------------------------------------------------------------------------

def test_a_name_inside_a_longer_role_phrase_is_a_title_word():
    ctx = _ctx(["the", "Keeper", "of", "Seals", "spoke"], roles=[(1, 3, "min", None)])
    assert _fit(ctx, 3, 4, "ORG") is None  # "Seals" in "Keeper of Seals"
    assert _fit(ctx, 1, 4, "ORG") == _m(ctx, 1, 4, "ORG")  # the NER's name is the whole phrase: kept


def test_a_name_that_is_the_whole_one_word_role_phrase_is_kept():
    ctx = _ctx(["the", "Chancellery", "said"], roles=[(1, 1, "org", None)])
    assert _fit(ctx, 1, 2, "ORG") == _m(ctx, 1, 2, "ORG")


def test_a_name_running_past_the_role_phrase_is_kept():
    # the name starts on the role phrase's last word and runs on past it: not a word of the title
    ctx = _ctx(["the", "Keeper", "of", "Seals", "Vell", "spoke"], roles=[(1, 3, "min", None)])
    assert _fit(ctx, 3, 5, "ORG") == _m(ctx, 3, 5, "ORG")


def test_a_country_name_inside_a_role_phrase_is_kept():
    ctx = _ctx(["the", "Gondor", "Minister", "said"], roles=[(1, 2, "min", None)])
    assert _fit(ctx, 1, 2, "GPE") == _m(ctx, 1, 2, "GPE")


# --- the possessive ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("words, spaces", [
    (["Gondor", "'s", "army"], [False, True, False]),
    (["Gondor", "\u2019s", "army"], [False, True, False]),
    (["the", "Rangers", "'", "camp"], [True, False, True, False]),
    (["the", "Dravoz", "'", "camp"], [True, False, True, False]),  # (a name ending in z: "Dravoz' camp")
])
def test_the_possessive_the_ner_took_in_is_trimmed(words, spaces):
    ctx = _ctx(words, spaces)
    j = len(words) - 1
    assert _fit(ctx, j - 2, j, "ORG") == _m(ctx, j - 2, j - 1, "ORG")


def test_a_one_token_name_is_never_trimmed_to_nothing():
    ctx = _ctx(["Rangers", "'"], [True, False])
    assert _fit(ctx, 1, 2, "ORG") == _m(ctx, 1, 2, "ORG")


# --- the title the NER took in ----------------------------------------------------------------------------

def test_the_title_the_ner_took_in_stays_a_role_and_makes_a_person():
    ctx = _ctx(["Then", "Warden", "Aldor", "spoke"], roles=[(1, 1, "min", None)])
    assert _fit(ctx, 1, 3, "ORG") == _m(ctx, 2, 3, "PERSON")
    assert _fit(ctx, 1, 3, "PERSON") == _m(ctx, 2, 3, "PERSON")


def test_a_title_of_no_person_class_leaves_the_label():
    ctx = _ctx(["Then", "Guild", "Aldor", "spoke"], roles=[(1, 1, "org", None)])
    assert _fit(ctx, 1, 3, "ORG") == _m(ctx, 2, 3, "ORG")


def test_a_title_before_a_lower_case_word_stays_in_the_name():
    # only a capitalised word after the title starts a name; "van" does not ("Warden van Aldor" is kept whole)
    ctx = _ctx(["Then", "Warden", "van", "Aldor", "spoke"], roles=[(1, 1, "min", None)])
    assert _fit(ctx, 1, 4, "PERSON") == _m(ctx, 1, 4, "PERSON")


def test_a_name_that_is_only_its_title_keeps_it():
    # the role phrase is the whole name: no name after it to start at ("Aldor" lies outside the NER's name)
    ctx = _ctx(["Warden", "Aldor", "spoke"], roles=[(0, 1, "min", None)])
    assert _fit(ctx, 0, 1, "ORG") == _m(ctx, 0, 1, "ORG")


# --- a user agent's tail ----------------------------------------------------------------------------------

@pytest.mark.parametrize("label, out", [("FAC", "ORG"), ("PERSON", "ORG"), ("GPE", "GPE"), ("NORP", "NORP"),
                                        ("ORG", "ORG")])
def test_a_user_agents_words_are_cut_off_the_name(label, out):
    ctx = _ctx(["Rohan", "golden", "geese", "flew"], roles=[(1, 2, "grp", "GGS")], agents=True)
    j = 2 if label == "ORG" else 3  # (an organisation's name that ends on its agent keeps it)
    assert _fit(ctx, 0, j, label) == _m(ctx, 0, 1, out)


def test_an_organisation_ending_on_its_agent_keeps_it():
    ctx = _ctx(["Rohan", "golden", "geese", "flew"], roles=[(1, 2, "grp", "GGS")], agents=True)
    assert _fit(ctx, 0, 3, "ORG") == _m(ctx, 0, 3, "ORG")


def test_the_agents_cut_after_two_words_of_name():
    ctx = _ctx(["Minas", "Rohan", "golden", "geese"], roles=[(2, 2, "grp", "GGS")], agents=True)
    assert _fit(ctx, 0, 4, "FAC") == _m(ctx, 0, 2, "ORG")


# --- a lone country after a preposition -------------------------------------------------------------------

PLACE = dict(words=["Troops", "fought", "in", "Mali", "."], tags=["NNS", "VBD", "IN", "NNP", "."],
             deps=["nsubj", "ROOT", "prep", "pobj", "punct"], heads=[1, 1, 1, 2, 1])


@pytest.mark.parametrize("label, out", [("PERSON", "GPE"), ("ORG", "ORG"), ("NORP", "NORP")])
def test_a_lone_country_after_a_preposition_is_a_place_not_a_person(label, out):
    ctx = _ctx(**PLACE)
    assert _fit(ctx, 3, 4, label) == _m(ctx, 3, 4, out)


# --- the honorific ----------------------------------------------------------------------------------------

def test_the_honorific_before_a_person_joins_the_name():
    ctx = _ctx(["Dr", "Aldor", "spoke", "to", "Dr"])
    assert _fit(ctx, 1, 2, "PERSON") == _m(ctx, 0, 2, "PERSON")
    assert _fit(ctx, 1, 2, "ORG") == _m(ctx, 1, 2, "ORG")


def test_an_honorific_two_words_before_is_not_joined():
    ctx = _ctx(["Mr", "Tam", "Vell", "spoke"])  # (the NER's name is "Vell" alone: "Tam" is no honorific)
    assert _fit(ctx, 2, 3, "PERSON") == _m(ctx, 2, 3, "PERSON")


def test_the_first_word_has_no_honorific_before_it():
    ctx = _ctx(["Aldor", "spoke", "to", "Dr"])  # (the last word is no word before the first)
    assert _fit(ctx, 0, 1, "PERSON") == _m(ctx, 0, 1, "PERSON")


# --- the section ------------------------------------------------------------------------------------------

def test_the_section_given_then_the_one_at_the_name_then_body():
    ctx = _ctx(["Aldor", "spoke", "Vell"], kinds={0: "headline"})
    assert _fit(ctx, 0, 1, "PERSON", "caption") == _m(ctx, 0, 1, "PERSON", sect="caption")
    assert _fit(ctx, 0, 1, "PERSON") == _m(ctx, 0, 1, "PERSON", sect="headline")
    assert _fit(ctx, 2, 3, "PERSON") == _m(ctx, 2, 3, "PERSON", sect="body")
