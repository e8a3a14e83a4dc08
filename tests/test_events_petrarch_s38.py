"""Session 38 (s38-suite): two families of the agents dictionary's own language that gold/petrarch_records_29.xml
found, with the PETRARCH validation dictionaries (docs/accuracy.md "Session 38, s38-suite"):
- a name the NER ran over the words of a user's agent phrase after a dictionary country ("Rohan golden geese" as one
  name, "Dagolath golden" as one name before "geese"): PETRARCH reads the noun phrase's words, so the country and
  the agent compose (ROHGGS), as they do when the NER leaves the words alone ("Rohan state-owned newspapers");
- a plural agent the file spells in braces whose last word the tagger reads as an adjective after the noun
  (ATTORNEY_GENERAL {ATTORNEYS_GENERAL}: "attorneys general") is still the agent;
and a plural form of the agents file ({GOLDEN_GEESE}, or the regular one PETRARCH makes) is many (a group), as a
plural noun does, whatever its last letter (cameo_dict.AgentEntry.plural)."""

import pytest
import spacy
from spacy.tokens import Doc

from conftest import SHARED
from newsgraph.actors import cameo_dict
from newsgraph.actors.context import postposed_adjective, role_is_head
from newsgraph.evaluate import petrarch as ep

DICTS = SHARED / "data/cameo-dict-format"
needs_dicts = pytest.mark.skipif(not DICTS.exists(), reason="PETRARCH validation dictionaries not present")


def _codings(text, verbs=True) -> set[str]:
    opts = ep.pipeline_options(None, verbs=[str(DICTS / "PETR.Validate.verbs.txt")] if verbs else None,
                               actors=[str(DICTS / "PETR.Validate.actors.txt")],
                               agents=[str(DICTS / "PETR.Validate.agents.txt")])
    (got,) = ep.predict([ep.Record("t", text, "2015-06-01")], opts)
    return {f"{c.source} {c.target} {c.code}" for c in got}


@needs_dicts
@pytest.mark.parametrize("text, codings", [
    # the NER's one name (a person's, here) over country and agent (main: ITH, the agent lost)
    ("Ithilen golden geese attacked Arnor.", {"ITHGGS ARN 223"}),
    # the postposed "general" of an object (main: GON, DAG, the agent lost)
    ("Eriador detained the Gondor attorneys general on Sunday.", {"ERI GONGOV 212"}),
    ("Rohan expelled three Dagolath attorneys general.", {"ROH DAGGOV 200"}),
    # the same constructions the NER and tagger read right (the same on main)
    ("Arnor golden geese criticized Dagolath on Friday.", {"ARNGGS DAG 121"}),
    ("Two Ithilen golden geese were seized by Rohan.", {"ROH ITHGGS 210"}),
    ("The Mordor attorneys general condemned Rohan.", {"MORGOV ROH 122"}),
    # a title inside a person's name is capitalised: the name stays whole (the same on main)
    ("Gondor Foreign Minister Halbarad Turgon criticized Mordor.", {"GONGOVFRM MOR 121"}),
    # controls, the same on main: the singular agent, a noun no dictionary lists, a plural the file refuses ({})
    ("The Calenardhon golden goose criticized Eriador.", {"CALGGS ERI 121"}),
    ("Mordor seized Gondor gold.", {"MOR GON 210"}),
    ("Rohan arrested Gondor coptic christians.", {"ROH GON 212"}),
    ("Mordor criticized the Gondor attorney general.", {"MOR GONGOV 121"}),
])
def test_agent_phrases_read_whatever_the_ner_and_tagger_make_of_them(text, codings):
    assert _codings(text) == codings


@needs_dicts
def test_agent_phrase_in_a_name_with_the_builtin_verbs():
    """The actors are the same whatever verbs code the act: the built-in verbs' source is ROHGGS too."""
    assert {c.split()[0] for c in _codings("Rohan golden geese attacked Mordor.", verbs=False)} == {"ROHGGS"}


def test_agent_plural_forms_are_marked(tmp_path):
    f = tmp_path / "agents.txt"
    f.write_text("!PERSON! = MAN, MEN\nGOLDEN_GOOSE {GOLDEN_GEESE} [~GGS]\nARMED_FORCES {} [~MIL]\n"
                 "SOLDIER [~MIL]\nCONGRESS!PERSON! [~LEG]\n")
    got = {a.phrase: a.plural for a in cameo_dict.parse_agents(str(f))}
    assert got == {"golden goose": False, "golden geese": True, "armed forces": False, "soldier": False,
                   "soldiers": True, "congressman": False, "congressmen": False}


def _doc(words, tags, heads, deps):
    return Doc(spacy.blank("en").vocab, words=words, tags=tags, heads=heads, deps=deps)


def test_postposed_adjective_either_link():
    # "the Gondor attorneys general": the noun a compound of the adjective the parser made the head
    head = _doc(["the", "Gondor", "attorneys", "general"], ["DT", "NNP", "NNS", "JJ"], [3, 2, 3, 3],
                ["det", "compound", "compound", "ROOT"])
    assert postposed_adjective(head, 2, 4) and role_is_head(head, 2, 4)
    # "the attorneys general of Arnor": the adjective hangs on the noun, which heads the phrase
    amod = _doc(["the", "attorneys", "general", "of", "Arnor"], ["DT", "NNS", "JJ", "IN", "NNP"], [1, 1, 1, 2, 3],
                ["det", "ROOT", "amod", "prep", "pobj"])
    assert postposed_adjective(amod, 1, 3) and role_is_head(amod, 1, 3)
    # ... but not when that noun is itself a modifier of a later noun
    inner = _doc(["attorneys", "general", "offices"], ["NNS", "JJ", "NNS"], [2, 0, 2], ["compound", "amod", "ROOT"])
    assert postposed_adjective(inner, 0, 2) and not role_is_head(inner, 0, 2)
    # a singular noun before it ("attorney general" read so)
    one = _doc(["the", "attorney", "general"], ["DT", "NN", "JJ"], [1, 1, 1], ["det", "ROOT", "amod"])
    assert postposed_adjective(one, 1, 3)


@pytest.mark.parametrize("words, tags, heads, deps, span", [
    (["attorneys", "general"], ["NNS", "NN"], [1, 1], ["compound", "ROOT"], (0, 2)),  # a noun: no adjective
    (["general"], ["JJ"], [0], ["ROOT"], (0, 1)),  # one word
    (["attorneys", "general", "left"], ["NNS", "JJ", "VBD"], [2, 2, 2], ["nsubj", "advmod", "ROOT"], (0, 2)),  # unlinked
    (["the", "general", "attorneys"], ["DT", "JJ", "NNS"], [2, 2, 2], ["det", "amod", "ROOT"], (0, 2)),  # no noun before
    (["attorneys", "general"], ["NNS", "JJ"], [0, 0], ["ROOT", "appos"], (0, 2)),  # linked, but not as a modifier
    # both hang on a third word: no link between them
    (["attorneys", "general", "office"], ["NNS", "JJ", "NN"], [2, 2, 2], ["compound", "amod", "ROOT"], (0, 2)),
    (["attorneys", "general"], ["NNS", "JJ"], [1, 1], ["compound", "ROOT"], (1, 2)),  # the adjective alone
])
def test_postposed_adjective_refuses(words, tags, heads, deps, span):
    assert not postposed_adjective(_doc(words, tags, heads, deps), *span)


class _Ctx:
    """What mentions._agent_tail reads of an ArticleContext: the words, the role phrases (start -> length, with
    the user's agent code or None) and the user's actor phrases (token spans the matcher gives)."""

    def __init__(self, words, roles, phrases=(), user_agents=True):
        from types import SimpleNamespace

        self.sd = spacy.blank("en").make_doc(" ".join(words))
        self.role_start_len = {s: n for s, (n, _) in roles.items()}
        self._codes = {s: code for s, (_, code) in roles.items()}
        self.res = SimpleNamespace(user_agents=user_agents, user_matcher=self._matcher)
        self._phrases = phrases

    def _matcher(self, doc):
        assert doc is self.sd  # (the PhraseMatcher runs over the article's words)
        return [(0, s, e) for s, e in self._phrases]

    def role_of(self, s, e):
        from types import SimpleNamespace

        return SimpleNamespace(code=self._codes[s])


@pytest.mark.parametrize("words, roles, phrases, label, span, cut", [
    # the NER's name over a country and an agent's lower-case words: cut where the agent starts
    (["Rohan", "golden", "geese"], {1: (2, "GGS")}, (), "FAC", (0, 3), 1),
    (["Dagolath", "golden", "geese"], {1: (2, "GGS")}, (), "LOC", (0, 2), 1),  # the name ends inside the agent
    (["Minas", "Tirith", "golden", "geese"], {2: (2, "GGS")}, (), "PERSON", (0, 4), 2),  # a word before the agent
    (["Mordor", "golden", "geese"], {1: (2, "GGS")}, (), "ORG", (0, 2), 1),  # an ORG name ending inside the agent
    # kept: an ORG name ending on its agent, a capitalised tail, an agent at the name's start, a role that is
    # no user agent, a user actor phrase across the cut (one from the name's first word, one ending with it),
    # no user agents at all
    (["Mordor", "golden", "geese"], {1: (2, "GGS")}, (), "ORG", (0, 3), None),
    (["Gondor", "President", "Aldor"], {1: (1, "GOV")}, (), "PERSON", (0, 3), None),
    (["Rohan", "Golden", "geese"], {1: (2, "GGS")}, (), "FAC", (0, 3), None),
    (["golden", "geese", "Rohan"], {0: (2, "GGS")}, (), "FAC", (0, 3), None),
    (["the", "golden", "geese"], {1: (2, "GGS")}, (), "FAC", (1, 3), None),  # (a name starting at its agent)
    (["Rohan", "golden", "geese"], {1: (2, None)}, (), "FAC", (0, 3), None),
    (["Ithilen", "government", "radio"], {1: (1, "GOV")}, ((0, 3),), "FAC", (0, 3), None),
    (["Ithilen", "government", "radio"], {1: (1, "GOV")}, ((0, 1), (1, 3)), "FAC", (0, 3), 1),
])
def test_agent_tail(words, roles, phrases, label, span, cut):
    from newsgraph.actors.mentions import _agent_tail

    assert _agent_tail(_Ctx(words, roles, phrases), *span, label) == cut


def test_agent_tail_needs_user_agents():
    from newsgraph.actors.mentions import _agent_tail

    assert _agent_tail(_Ctx(["Rohan", "golden", "geese"], {1: (2, "GGS")}, user_agents=False), 0, 3, "FAC") is None
