"""Session 32 (s32-petr): `{A | B}` alternatives in a PETRARCH verb pattern (gold/petrarch_records_14.xml's
first run stopped at load time on them: "unsupported pattern element '|'"). Our own dictionary and sentences,
in other words than the record file's; docs/accuracy.md "Session 32, s32-petr" gives the counts."""

from pathlib import Path

import pytest

from newsgraph.errors import InputError
from newsgraph.events import petrarch_verbs as pv
from petrarch_util import coded_cases, write_dictionaries

VERBS = """--- EXTEND [---] ---
EXTEND
- * {SOFT LOAN | GRANT | CREDIT LINE} (TO +) [071]

--- LODGE [---] ---
LODGE
- * {FORMAL PROTEST | COMPLAINT} (WITH +) [111]
"""
ACTORS = """GONDOR_ [GON]
MORDOR_ [MOR]
ROHAN_ [ROH]
ARNOR_ [ARN]
ERIADOR_ [ERI]
"""
AGENTS = """MINISTER [~GOV]
GOVERNMENT [~GOV]
"""


def _load(tmp_path: Path, body: str) -> pv.VerbDictionary:
    path = tmp_path / "v.txt"
    path.write_text(body)
    return pv.load(path)


def test_alternatives_are_one_item_of_word_runs(tmp_path):
    vd = _load(tmp_path, VERBS)
    block, _ = vd.by_word["extend"][0]
    items = [p.post for p in block.patterns if p.code == "071"][0]
    assert [it.kind for it in items] == ["syn", "word", "tgt"]
    assert items[0].words == (("soft", "loan"), ("grant",), ("credit", "line"))
    assert items[1].words == (("to",),)


def test_alternatives_after_a_glue_mark_are_glued(tmp_path):
    vd = _load(tmp_path, "--- SEND [---] ---\nSEND\n- * WAR_{SHIPS | PLANES} (TO +) [150]\n")
    block, _ = vd.by_word["send"][0]
    items = block.patterns[0].post
    assert [it.kind for it in items] == ["word", "syn", "word", "tgt"]
    assert items[1].glued and items[1].words == (("ships",), ("planes",))


@pytest.mark.parametrize("pattern", ["- * {LOAN | } (TO +) [071]", "- * {LOAN | GR@NT} (TO +) [071]"])
def test_a_bad_alternative_names_file_and_line(tmp_path, pattern):
    with pytest.raises(InputError) as err:
        _load(tmp_path, f"--- EXTEND [---] ---\nEXTEND\n{pattern}\n")
    assert "v.txt:3" in str(err.value) and "bad alternative" in str(err.value)


def test_a_bar_outside_braces_stays_an_error(tmp_path):
    with pytest.raises(InputError) as err:
        _load(tmp_path, "--- EXTEND [---] ---\nEXTEND\n- * LOAN | GRANT (TO +) [071]\n")
    assert "v.txt:3" in str(err.value) and "'|'" in str(err.value)


CASES = {
    # either alternative, a one-word or a two-word one
    "Arnor extended a soft loan to Eriador on Monday.": {("ARN", "ERI", "071")},
    "Gondor extended a grant to Rohan.": {("GON", "ROH", "071")},
    "Mordor's government extended a credit line to Eriador.": {("MORGOV", "ERI", "071")},
    "Rohan lodged a formal protest with Mordor.": {("ROH", "MOR", "111")},
    "Eriador lodged a complaint with Gondor's minister.": {("ERI", "GONGOV", "111")},
    # near misses: a two-word alternative's words must stand together; no alternative at all
    "Arnor extended a line of credit to Eriador.": set(),
    "Gondor extended a warm welcome to Rohan.": set(),
}


@pytest.fixture(scope="module")
def coded(tmp_path_factory):
    dicts = write_dictionaries(tmp_path_factory.mktemp("d"), verbs=VERBS, actors=ACTORS, agents=AGENTS)
    return coded_cases(CASES, dicts)


@pytest.mark.parametrize("text", list(CASES))
def test_alternatives_code_as_the_pattern_says(coded, text):
    assert coded[text] == CASES[text]
