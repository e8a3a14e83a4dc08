"""Session 44 (s44-petrv): gold/petrarch_records_48.xml's first run with its own verb, actor and agent dictionaries
(docs/accuracy.md "Session 44, s44-petrv"). One general cause read on its STUDY half and fixed: a user's agent noun
after "former" ("a former Irvessan interior minister") lost its agent code (IRV, not IRVGOV), where PETRARCH reads
the agent word whatever modifies it. Our own dictionaries and sentences below, in other words than the record
file's."""

from types import SimpleNamespace

import pytest

from newsgraph.actors import emit
from newsgraph.actors.article import ActorCluster, ActorMention
from newsgraph.actors.tables import tables
from petrarch_util import coded_cases, write_dictionaries

VERBS = """--- CRITICIZE [111] ---
CRITICIZE {CRITICIZES CRITICIZED CRITICIZING}

--- MEET [040] ---
MEET {MEETS MET MEETING}
- * (WITH +) [040]

--- ATTACK [190] ---
ATTACK

--- EXPEL [174] ---
EXPEL {EXPELS EXPELLED EXPELLING}
"""
ACTORS = """VARKESH_ [VKS]
+VARKESHI_
LUMIRA_ [LMR]
+LUMIRAN_
TOMAS_BRELL_ [VKSGOV]
MIRA_OLSEN_ [LMRGOV]
"""
AGENTS = """MINISTER [~GOV]
PRESIDENT [~GOV]
GENERAL [~MIL]
ARMY {ARMIES} [~MIL]
"""

CASES = {
    # "former" before the agent noun, the country before or after it, as source and as target
    "Lumira criticized a former Varkeshi minister.": {("LMR", "VKSGOV", "111")},
    "The former Varkeshi president met Lumira.": {("VKSGOV", "LMR", "040")},
    "A former Lumiran general met with Varkesh.": {("LMRMIL", "VKS", "040")},
    "Lumira criticized the former president of Varkesh.": {("LMR", "VKSGOV", "111")},
    "Lumira criticized former Varkeshi President Tomas Brell.": {("LMR", "VKSGOV", "111")},
    # unchanged: no "former", and a noun the agents file does not list
    "Lumira criticized the Varkeshi minister.": {("LMR", "VKSGOV", "111")},
    "Lumira criticized a former Varkeshi diplomat.": {("LMR", "VKS", "111")},
    # a pronoun in a clause told before its saying verb: no speaker, as source or as target
    "They attacked Lumira, the Varkeshi army said.": set(),
    "It expelled two Lumiran ministers, Varkesh said on Monday.": set(),
    "It was attacked by Lumira, Varkesh said.": set(),
    # told after it: the speaker, as before
    "Varkesh said it had expelled the Lumiran minister.": {("VKS", "LMRGOV", "174")},
    "Varkesh said it was attacked by Lumira.": {("LMR", "VKS", "190")},
    "The Varkeshi army said they attacked Lumira.": {("VKSMIL", "LMR", "190")},
    # the speaker's other pronouns told after it (we, he, she, its, their), and "he"/"she" that cannot be a body
    "Varkesh said we attacked Lumira.": {("VKS", "LMR", "190")},
    "Tomas Brell said he had met with Lumira.": {("VKSGOV", "LMR", "040")},
    "Mira Olsen said she had met with Varkesh.": {("LMRGOV", "VKS", "040")},
    "Varkesh said its troops attacked Lumira.": {("VKS", "LMR", "190")},
    "Varkesh said their troops attacked Lumira.": {("VKS", "LMR", "190")},
    "Varkesh said he attacked Lumira.": set(),
    "Varkesh said she had met with Tomas Brell.": set(),
}

# the built-in verbs (no user verb dictionary) keep reading a pronoun before its sayer as the sayer
BUILTIN = {
    "It attacked Lumira, Varkesh said.": {("VKS", "LMR", "190")},
    "Varkesh said it attacked Lumira.": {("VKS", "LMR", "190")},
}


@pytest.fixture(scope="module")
def coded(tmp_path_factory):
    folder = tmp_path_factory.mktemp("s44v")
    return coded_cases(CASES, write_dictionaries(folder, verbs=VERBS, actors=ACTORS, agents=AGENTS))


@pytest.mark.parametrize("text", list(CASES))
def test_own_dictionary_cases(coded, text):
    assert coded[text] == CASES[text]


@pytest.fixture(scope="module")
def builtin(tmp_path_factory):
    folder = tmp_path_factory.mktemp("s44vb")
    return coded_cases(BUILTIN, write_dictionaries(folder, actors=ACTORS, agents=AGENTS))


@pytest.mark.parametrize("text", list(BUILTIN))
def test_builtin_verbs_keep_the_speaker(builtin, text):
    assert builtin[text] == BUILTIN[text]


TEXT = "Ahmed Karimi met the minister."


def _code(**kw):
    attrs = kw.pop("attrs", {})
    c = ActorCluster(type="PERSON", mentions=[ActorMention(0, 1, 0, 12, "Ahmed Karimi", "PERSON", kind="name")],
                     attrs=attrs, **kw)
    ctx = SimpleNamespace(text=TEXT, clusters=[], debris=[], res=SimpleNamespace(tables=tables()))
    return emit.entity(ctx, c, {c: "e1"}).actor


def test_former_keeps_the_user_agent_code():
    """emit._actor: a user agent's code composes after "former" as without it (its sector stays ELI, CAMEO's
    former official); without a user agent, a former official's code is the country's ELI, as before."""
    got = _code(country="IRQ", sector="GOV", former=True, attrs={"agent": ("GOV", False)})
    assert (got.code, got.sector) == ("IRQGOV", "ELI")
    assert _code(country="IRQ", sector="GOV", former=True, attrs={"agent": ("NGO", True)}).code == "NGOIRQ"
    assert _code(country="IRQ", sector="GOV", former=True).code == "IRQELI"
    assert _code(country="IRQ", sector="MIL", attrs={"agent": ("MIL", False)}).code == "IRQMIL"
