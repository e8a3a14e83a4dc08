"""Session 37 (s37-fict): two people adjectives in a row before an agent noun ("Veldorian Braskistani troops",
"Tulmistani Porvelan police"), given through a PETRARCH actors file. The small model's NER often reads the pair
as one name (a PERSON or an ORG), or one of the two as a name of its own, and the tagger calls unknown adjectives
proper nouns; the group is still the people of the adjective next to its noun, as the built-in tables read
"Bosnian Serb forces" (SRB). Found by the renaming harness (docs/accuracy.md "Session 37, s37-fict")."""

from pathlib import Path

import pytest

from newsgraph.actors import context
from newsgraph.actors.cameo_dict import WithUserCountries
from newsgraph.actors.tables import tables
from newsgraph.evaluate import petrarch as ep

ROOT = Path(__file__).resolve().parents[1]
AGENTS = str(ROOT / "gold" / "petrarch_records_23.agents.txt")


def _codings(text, n="25") -> set[str]:
    opts = ep.pipeline_options(None, actors=[str(ROOT / "gold" / f"petrarch_records_{n}.actors.txt")], agents=[AGENTS])
    (got,) = ep.predict([ep.Record("t", text, "2015-06-01")], opts)
    return {f"{c.source} {c.target} {c.code}" for c in got}


@pytest.mark.parametrize("text, coding", [
    # the NER reads the pair as one PERSON name: the troops had no country at all (---MIL)
    ("Veldorian Braskistani troops attacked Miranthia on Monday.", "BSKMIL MRT 190"),
    ("Miranthian Kolvarian troops attacked New Tambera on Sunday.", "KLVMIL NTB 190"),
    # ... or as one ORG name: the first adjective's code, where the tables take the second's
    ("Veldorian Braskistani journalists criticized the Oscavan government.", "BSKMED OSCGOV 111"),
])
def test_a_pair_read_as_one_name_is_the_nearer_peoples(text, coding):
    assert coding in _codings(text)


@pytest.mark.parametrize("text, coding", [
    # the NER makes only the second adjective a (PERSON) name: the dictionary's first match composed the agent
    ("Tulmistani Porvelan police arrested a Garvenian diplomat on Thursday.", "PVLCOP GRVGOV 173"),
    ("Porvelan Tulmistani police arrested a Garvenian diplomat on Thursday.", "TLMCOP GRVGOV 173"),
])
def test_the_dictionary_composes_the_agent_with_the_adjective_next_to_it(text, coding):
    assert coding in _codings(text, "26")


def test_one_adjective_is_unchanged():
    assert "BSKMIL MRT 190" in _codings("Braskistani troops attacked Miranthia on Monday.")


class _Tok:
    def __init__(self, text, title=True):
        self.text, self.is_title, self.pos_, self.is_sent_start = text, title, "PROPN", False
        self.text_with_ws = text + " "


def _user_tables():
    return WithUserCountries(tables(), {"veldorian": "VDR", "braskistani": "BSK", "new tamberan": "NTB"})


@pytest.mark.parametrize("words, start, expected", [
    (["Veldorian", "Braskistani"], 0, True),
    (["New", "Tamberan", "Braskistani"], 0, True),  # a two-word adjective counts as one word of the list
    (["Braskistani", "New", "Tamberan"], 0, True),
    (["Veldorian", "Braskistani", "Kessler"], 0, False),  # a word that names no country
    (["Bank", "Veldorian"], 0, False),
    (["Braskistani"], 0, False),  # one adjective is no list
    (["Kessler", "Veldorian", "Braskistani"], 1, True),  # only [start, end) is read
])
def test_country_list(words, start, expected):
    doc = [_Tok(w) for w in words]
    assert context.country_list(doc, start, len(doc), _user_tables()) is expected


def test_country_list_wants_capitalised_words():
    doc = [_Tok("veldorian", title=False), _Tok("Braskistani")]
    assert context.country_list(doc, 0, 2, _user_tables()) is False


@pytest.mark.parametrize("name, gold, correct, extra", [
    # first run on main 5aeb5866: 5 correct, 5 extra (---MIL, ---GOV, ---MED: the pair's country lost). NG25-004 is
    # labelled 112 where "accused ... of spying" is 1125 (Accuse of espionage) in the codebook: a label error of
    # mine, kept as written
    ("25", 10, 9, 1),
    # the second set, written after the first fix (context.country_list): 9 of 10; its miss (NG26-004, the NER
    # naming only the second adjective) made the second fix (codes._next_to_head), so this set no longer tests it
    # unseen
    ("26", 10, 10, 0),
    # the third set, written after both fixes: main 6 of 8 (NG27-001 ---COP, NG27-002 the first adjective's KSHMIL)
    ("27", 8, 8, 0),
])
def test_own_records_25_26(name, gold, correct, extra):
    """Regression test (our own sentences about invented countries, session 37)."""
    opts = ep.pipeline_options(None, actors=[str(ROOT / "gold" / f"petrarch_records_{name}.actors.txt")],
                               agents=[AGENTS])
    report = ep.evaluate(str(ROOT / "gold" / f"petrarch_records_{name}.xml"), opts)
    assert (report["gold_events"], report["correct"], report["extra"]) == (gold, correct, extra)


class _M:
    def __init__(self, i, j):
        self.i, self.j = i, j


class _C:
    def __init__(self, *spans):
        self.mentions = [_M(i, j) for i, j in spans]


@pytest.mark.parametrize("mentions, s, e, found, expected", [
    ([(0, 4)], 0, 1, [(0, 1), (1, 2)], (1, 2)),  # "Tulmistani Porvelan police ..." -> "Porvelan"
    ([(0, 4)], 0, 1, [(0, 1), (1, 2), (2, 3)], (2, 3)),  # three in a row: the last before the head
    ([(0, 4)], 1, 2, [(0, 1), (1, 2)], None),  # [s, e) is itself the last
    ([(0, 4)], 0, 1, [(0, 1), (2, 3)], None),  # a word between: no run
    ([(0, 3)], 0, 1, [(0, 1), (1, 3)], None),  # the next phrase reaches the head: it is no modifier
    ([(0, 1), (3, 6)], 3, 4, [(3, 4), (4, 5)], (4, 5)),  # another mention of the cluster, elsewhere
    ([(3, 4), (3, 6)], 3, 4, [(3, 4), (4, 5)], (4, 5)),  # a mention the phrase ends is not the one it modifies
    ([(5, 8)], 0, 1, [(0, 1), (1, 2)], None),  # no mention holds the phrase
])
def test_next_to_head(mentions, s, e, found, expected):
    from newsgraph.actors.codes import _next_to_head
    assert _next_to_head(_C(*mentions), s, e, dict.fromkeys(found, "entry")) == expected
