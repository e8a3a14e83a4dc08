"""Session 19 (s19c-mutattr): tests that kill the open mutants of the reduced-passive-relative rule
(attribution/indirect.py `reduced_passive`, `_modified_phrase`) and of the stage's adjective branch for it
(`_verb_attribution`). Our own sentences; hand-made tokens where only the rule's edges are under test."""

from types import SimpleNamespace

import pytest
from stageutil import candidates

from newsgraph.attribution.indirect import _modified_phrase, reduced_passive


def _tok(i, text, dep="", tag="", pos="", punct=False):
    return SimpleNamespace(i=i, text=text, lower_=text.lower(), dep_=dep, tag_=tag, pos_=pos, is_punct=punct,
                           is_space=False, children=[], left_edge=None, head=None)


def _doc(words, heads, deps, pos=None):
    """Hand-made tokens: words, each head index, each dep (the participle tagged VBN); left edges from heads."""
    doc = [_tok(i, w, d, "VBN" if d == "acl" else "", (pos or {}).get(i, "NOUN"), punct=w in ",—")
           for i, (w, d) in enumerate(zip(words, deps))]
    for t, h in zip(doc, heads):
        t.head = doc[h]
        t.doc = doc
        if h != t.i:
            doc[h].children.append(t)
    for t in doc:
        sub = [t.i]
        stack = list(t.children)
        while stack:
            c = stack.pop()
            sub.append(c.i)
            stack.extend(c.children)
        t.left_edge = doc[min(sub)]
    return doc


# "the big plan , criticized by rivals": head "plan" (left edge "the"), a comma, the participle
def _plan(comma=True, head="plan", pos="NOUN"):
    words = ["the", "big", head] + ([","] if comma else []) + ["criticized", "by", "rivals"]
    v = 4 if comma else 3
    heads = [2, 2, 2] + ([2] if comma else []) + [2, v, v + 1]
    deps = ["det", "amod", "ROOT"] + (["punct"] if comma else []) + ["acl", "agent", "pobj"]
    doc = _doc(words, heads, deps, {2: pos})
    return doc, doc[v]


def test_a_reduced_relative_on_a_proper_noun_is_a_passive():
    # "Tsege, known to all as Andy": a PROPN head is as good as a common noun (mutants 15, 16)
    doc, v = _plan(head="Tsege", pos="PROPN")
    assert reduced_passive(v)
    doc, v = _plan(head="plan", pos="PRON")
    assert not reduced_passive(v)


@pytest.mark.parametrize("dep", ["nsubj", "nsubjpass", "dobj", "auxpass", "aux"])
def test_a_participle_with_its_own_subject_object_or_aux_is_no_reduced_relative(dep):
    # "the plan, criticized it …" / "the plan has criticized …": a full clause, not a reduced passive (20-29)
    doc, v = _plan()
    assert reduced_passive(v)
    v.children.append(_tok(9, "x", dep))
    assert not reduced_passive(v)


def test_the_modified_phrase_stops_before_the_comma():
    # "the big plan, criticized by rivals": the phrase is "the big plan" (mutants 7-10: the comma kept, the
    # walk back reset, reversed or doubled)
    doc, v = _plan()
    assert _modified_phrase(v) == (0, 2)
    doc, v = _plan(comma=False)
    assert _modified_phrase(v) == (0, 2)


def test_the_walk_back_passes_only_punctuation():
    # words between the head and the participle (its own, not the participle's) stay in the phrase (mutant 5)
    words = ["the", "plan", "of", "mayors", "criticized", "by", "rivals"]
    doc = _doc(words, [1, 1, 1, 2, 1, 4, 5], ["det", "ROOT", "prep", "pobj", "acl", "agent", "pobj"])
    assert _modified_phrase(doc[4]) == (0, 3)


def test_a_one_word_head_is_a_phrase():
    # "Hale, known as Andy": a one-word phrase (a == b) is kept (mutant 14)
    doc = _doc(["Hale", ",", "known", "as", "Andy"], [0, 0, 0, 2, 3], ["ROOT", "punct", "acl", "prep", "pobj"],
               {0: "PROPN"})
    assert _modified_phrase(doc[2]) == (0, 0)


@pytest.mark.parametrize("word", ["it", "that", "this", "those", "one", "ones"])
def test_a_pronoun_like_head_has_no_phrase(word):
    # "those convinced by the report", "one known as …": the head stands for someone not named (12, 13, 16-27)
    doc, v = _plan(head=word.upper() if word == "it" else word.capitalize())
    assert _modified_phrase(v) is None


def test_a_state_of_mind_reduced_relative_is_held_by_the_noun_it_modifies(pipeline):
    # "investors concerned about the deficit": the investors hold the concern, and the source ends before the
    # participle (stage `_verb_attribution` 146, 148: no default holder; 155, 158: the cue not cut off)
    found = candidates(pipeline, "Many investors concerned about the deficit sold their bonds in May.")
    assert ("adjective", "thought", "concerned", ("the deficit",), "Many investors") in found


def test_the_walk_back_never_passes_the_head():
    # the phrase always keeps its head, even a head the tokenizer counts as punctuation (a dash the tagger
    # read as a noun): the walk back stops at the head (mutant 6, `b >= head.i`)
    doc = _doc(["the", "—", "—", "seen", "as", "critical"], [1, 1, 1, 1, 3, 4],
               ["det", "ROOT", "punct", "acl", "prep", "pobj"])
    assert _modified_phrase(doc[3]) == (0, 1)
