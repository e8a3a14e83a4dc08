"""Session 32 (s32-mut): tests that kill the surviving mutants of session 32's changed source lines
(docs/testing.md "Session 32, s32-mut"): `{A | B}` alternatives in a PETRARCH verb pattern
(events/petrarch_verbs.py `_items`, `_alternatives`). Our own dictionary lines."""

from pathlib import Path

import pytest

from newsgraph.errors import InputError
from newsgraph.events import petrarch_verbs as pv


def _load(tmp_path: Path, body: str) -> pv.VerbDictionary:
    path = tmp_path / "v.txt"
    path.write_text(body)
    return pv.load(path)


def _post(vd, verb):
    block, _ = vd.by_word[verb][0]
    return block.patterns[0].post


def test_a_word_glued_to_the_verb_before_alternatives_keeps_its_first_letter(tmp_path):
    # "*_FLEET_{...}": the text before the group starts at its first character (no space before it)
    vd = _load(tmp_path, "--- MUSTER [---] ---\nMUSTER\n- *_FLEET_{CARRIERS | GUN BOATS} (AGAINST +) [150]\n")
    items = _post(vd, "muster")
    assert [it.kind for it in items] == ["word", "syn", "word", "tgt"]
    assert items[0].words == (("fleet",),) and items[0].glued
    assert items[1].words == (("carriers",), ("gun", "boats")) and items[1].glued


def test_two_alternative_groups_keep_every_item(tmp_path):
    vd = _load(tmp_path, "--- OFFER [---] ---\nOFFER\n"
                         "- * {FOOD AID | MEDICINE} TO {FLOOD VICTIMS | REFUGEES} [073]\n")
    items = _post(vd, "offer")
    assert [it.kind for it in items] == ["syn", "word", "syn"]
    assert items[0].words == (("food", "aid"), ("medicine",))
    assert items[1].words == (("to",),)
    assert items[2].words == (("flood", "victims"), ("refugees",))


@pytest.mark.parametrize("pattern, reason", [
    ("- * BAD@WORD {LOAN | GRANT} (TO +) [071]", "unsupported pattern element"),  # before the group
    ("- * {LOAN | GRANT} TO BAD@WORD [071]", "unsupported pattern element"),  # after the group
])
def test_an_error_beside_alternatives_names_file_and_line(tmp_path, pattern, reason):
    with pytest.raises(InputError) as err:
        _load(tmp_path, f"--- EXTEND [---] ---\nEXTEND\n{pattern}\n")
    assert "v.txt:3" in str(err.value) and reason in str(err.value)


def test_synsets_beside_alternatives_are_read_as_their_members(tmp_path):
    vd = _load(tmp_path, "&SUPPLIES\n+FUEL\n+SPARE_PARTS\n\n&CARRIERS\n+TRUCKS\n+BARGES\n\n--- SHIP [---] ---\nSHIP\n"
                         "- * &SUPPLIES TO {BORDER TOWNS | PORTS} BY &CARRIERS [070]\n")
    items = _post(vd, "ship")
    assert [it.kind for it in items] == ["syn", "word", "syn", "word", "syn"]
    assert set(items[0].words) == {("fuel",), ("spare", "parts")}
    assert items[2].words == (("border", "towns"), ("ports",))
    assert set(items[4].words) == {("trucks",), ("barges",)}
