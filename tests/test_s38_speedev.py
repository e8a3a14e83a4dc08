"""Session 38 (s38-speedev): the events stage's `_names_region` reads the actor's words by token index, making a
Token only for them (docs/benchmarks.md, "Session 38, s38-speedev"). Hand-built spaCy parses of our own sentences;
none from an evaluation corpus."""

import pytest
import spacy
from spacy.tokens import Doc

from newsgraph.events.stage import _names_region

_VOCAB = spacy.blank("en").vocab


def _doc(words, heads, deps):
    return Doc(_VOCAB, words=words, heads=heads, deps=deps)


class _Parts:
    def __init__(self, tok2ent):
        self.tok2ent = tok2ent


class _Unwalkable:
    """A sentence whose Tokens may not be walked: the rule must read it by its bounds and its Doc."""

    def __init__(self, span):
        self.doc, self.start, self.end = span.doc, span.start, span.end

    def __iter__(self):
        raise AssertionError("the sentence's Tokens were walked")


# "Spain said. Western governments and Gulf states urged restraint, Spain said."
_WORDS = ["Spain", "said", ".", "Western", "governments", "and", "Gulf", "states", "urged", "restraint", ",",
          "Spain", "said", "."]
_HEADS = [1, 1, 1, 4, 8, 4, 7, 4, 12, 8, 12, 12, 12, 12]
_DEPS = ["nsubj", "ROOT", "punct", "amod", "nsubj", "cc", "compound", "conj", "ccomp", "dobj", "punct", "nsubj",
         "ROOT", "punct"]


def _reference(eid, sent, parts):
    """The rule as session 31 wrote it: every Token of the sentence walked."""
    heads = []
    for t in sent:
        if parts.tok2ent.get(t.i) == eid:
            while t.dep_ in ("amod", "compound") and t.head.i != t.i:
                t = t.head
            heads.append(t)
    from newsgraph.events.syntax import regional_construct
    return bool(heads) and all(regional_construct(t) for t in heads)


@pytest.mark.parametrize("tok2ent, eid, expected", [
    ({3: "e1"}, "e1", True),  # "Western" of "Western governments"
    ({6: "e2"}, "e2", True),  # "Gulf" of "Gulf states"
    ({3: "e1", 6: "e1"}, "e1", True),  # both modifiers name one actor
    ({3: "e1", 11: "e1"}, "e1", False),  # also named as "Spain", the later subject: no construct
    ({0: "e1"}, "e1", False),  # named only in the first sentence: no word of this one
    ({3: "e2"}, "e1", False),  # the sentence's words name another actor
    ({}, "e1", False),
])
def test_s38_names_region_by_index(tok2ent, eid, expected):
    doc = _doc(_WORDS, _HEADS, _DEPS)
    sent = doc[3:14]
    parts = _Parts(tok2ent)
    assert _reference(eid, sent, parts) is expected  # (the hand-built parse reads as intended)
    assert _names_region(eid, _Unwalkable(sent), parts) is expected


def test_s38_names_region_reads_only_the_sentence():
    # an actor word just outside the sentence's bounds, on either side, is not read
    doc = _doc(_WORDS, _HEADS, _DEPS)
    parts = _Parts({2: "e1", 3: "e1", 11: "e1"})
    assert _names_region("e1", _Unwalkable(doc[3:11]), parts) is True
    assert _names_region("e1", _Unwalkable(doc[3:12]), parts) is False
    assert _names_region("e1", _Unwalkable(doc[2:11]), parts) is False  # ("." heads itself on "said": no construct)
