"""Session 40 (s40-cbexact): the detailed CAMEO code from the built-in CAMEO.2.0 verbs.

- coder._sub_code / coder._refine / coder._refinable: the dictionary's code for the verb alone (TORTURE [1822],
  RAPE [1821], CENSOR [1721]) refines our lexicon's category code (182, 172) when it is a sub-code of it;
- events.stage._investigation_kind: an investigation sub-coded 091-094 by what it is into.
Sentences are our own."""

import pytest

from newsgraph.events import coder
from newsgraph.events.lexicon import Sense
from newsgraph.events.petrarch_verbs import Match, load


def _sense(type_="ASSAULT", cameo="182"):
    return Sense(type=type_, cameo=cameo)


@pytest.mark.parametrize("ours,verb,expected", [
    ("182", "1822", True),   # TORTURE: "Torture" under "Physically assault"
    ("172", "1721", True),   # CENSOR
    ("190", "193", False),   # a root's other sub-code: the verb alone does not say which
    ("182", "182", False),   # the same code: nothing finer
    ("1822", "182", False),  # coarser
    ("182", "1832", False),  # another category
    ("182", "---", False),   # the null code
    ("182", None, False),
    (None, "1822", False),
    ("", "1822", False),
])
def test_sub_code(ours, verb, expected):
    assert coder._sub_code(ours, verb) is expected


def test_refine_takes_the_verbs_own_finer_code():
    s = _sense()
    finer = coder._refine(s, Match(code="1822", reverse=None, line=0))
    assert (finer.type, finer.cameo, finer.origin) == ("ASSAULT", "1822", "cameo:verb")
    assert coder._refine(s, Match(code="1832", reverse=None, line=0)) is s
    assert coder._refine(_sense(cameo="190"), Match(code="193", reverse=None, line=0)).cameo == "190"


def _dictionary(tmp_path):
    path = tmp_path / "verbs.txt"
    path.write_text("&PROBE_\n+INQUIRY\n+PROBE\n"
                    "---  TORTURE   [1822]  ---\nTORTURE\n"
                    "---  OPEN   [---]  ---\nOPEN\n- * &PROBE_  [091]\n", encoding="utf-8")
    return load(path)


class _Tok:
    def __init__(self, text):
        self.lower_ = self.lemma_ = text


def test_refinable_by_the_verbs_own_code(tmp_path):
    vd = _dictionary(tmp_path)
    assert coder._refinable(vd, _Tok("torture"), _sense(), set())  # no pattern at all: its block code
    assert not coder._refinable(vd, _Tok("torture"), _sense(cameo="1822"), set())
    assert not coder._refinable(vd, _Tok("torture"), _sense(cameo="183"), set())


@pytest.mark.parametrize("text,trigger,code", [
    ("Syrian police tortured a Turkish journalist in Damascus.", "tortured", "1822"),
])
def test_detailed_code_in_news(pipeline, text, trigger, code):
    doc = pipeline.extract(text, name="t", published="2026-06-01")
    got = [(e.trigger.text.lower(), e.cameo) for e in doc.events if e.trigger is not None]
    assert (trigger, code) in got, got


@pytest.mark.parametrize("text,trigger,code", [
    # the noun's into-phrase, wherever the parser hangs it (on the noun or on its light verb)
    ("Spain opened an inquiry into war crimes committed by Russian soldiers.", "inquiry", "094"),
    ("Chile launched an investigation into human rights abuses by Bolivian police.", "investigation", "092"),
    ("Ghana started an inquiry into the shelling of its border posts by Togolese troops.", "inquiry", "093"),
    ("Italian prosecutors opened an investigation into bribery at a Greek shipping firm.", "investigation", "091"),
    # the verb's object
    ("Thai officials are investigating an air strike by Myanmar forces.", "investigating", "093"),
    ("Kenyan police are investigating the genocide claims against Ugandan commanders.", "investigating", "094"),
    ("Dutch prosecutors are investigating alleged war crimes.", "investigating", "094"),  # the object's last words
    ("Thai officials began investigating an air strike by Myanmar forces.", "investigating", "093"),  # (its own object,
    # not that of the verb it complements)
])
def test_investigation_kind_in_news(pipeline, text, trigger, code):
    doc = pipeline.extract(text, name="t", published="2026-06-01")
    got = [(e.trigger.text.lower(), e.cameo) for e in doc.events if e.trigger is not None]
    assert (trigger, code) in got, got


def test_an_investigation_naming_no_kind_keeps_its_code(pipeline):
    doc = pipeline.extract("Police in Peru opened an investigation into the Chilean shipping firm.",
                           name="t", published="2026-06-01")
    got = [(e.trigger.text.lower(), e.cameo) for e in doc.events if e.trigger is not None]
    assert ("investigation", "090") in got, got  # (not CAMEO.2.0's OPEN `* &INVESTIGATION` [091])
    doc = pipeline.extract("Peru investigated the Chilean shipping firm.", name="t", published="2026-06-01")
    got = [(e.trigger.text.lower(), e.cameo) for e in doc.events if e.trigger is not None]
    assert ("investigated", "090") in got, got


def test_investigations_follow_the_codebook_accusations():
    from newsgraph.events import stage

    assert (("war", "crime"), "094") in stage.INVESTIGATIONS
    assert (("human", "right"), "092") in stage.INVESTIGATIONS
    assert (("shelling",), "093") in stage.INVESTIGATIONS
    assert (("bribery",), "091") in stage.INVESTIGATIONS
    assert not [p for p, c in stage.INVESTIGATIONS if p == ("espionage",)]
    assert {c for _, c in stage.INVESTIGATIONS} == {"091", "092", "093", "094"}
    # the kinds are tried in the accusations' order: the more specific war crime before a crime
    codes = [c for p, c in stage.INVESTIGATIONS]
    assert codes.index("094") < codes.index("091")
