"""Session 37, s37-speed: start-up tables kept on disk (cache.py) instead of rebuilt in every process,
with the same contents as when built: the Phoenix acronym index and the built-in lexicons' parsed YAML."""

from __future__ import annotations

import os

from newsgraph.actors import phoenix, phoenix_table


def _never(*_a, **_k):
    raise AssertionError("built again: the copy on disk was not read")


def test_the_acronym_index_is_read_from_disk_after_the_first_process(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSGRAPH_CACHE", str(tmp_path))
    built = phoenix.PhoenixActors().acronyms
    assert any(f.startswith("phoenix-acronyms-") for f in os.listdir(tmp_path))
    monkeypatch.setattr(phoenix, "_acronyms", _never)
    again = phoenix.PhoenixActors().acronyms
    table = phoenix_table.entries()
    assert again.keys() == built.keys() and len(again) > 100
    assert all(again[k] is built[k] for k in built)  # the table's own entries, not copies
    assert again["osce"] is table["organisation for security and cooperation in europe"]


def test_the_index_read_back_is_the_one_built_here(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSGRAPH_CACHE", str(tmp_path))
    table = phoenix_table.entries()
    want = phoenix._acronyms(table)
    phoenix.PhoenixActors()  # writes it
    got = phoenix.PhoenixActors().acronyms  # reads it
    assert got.keys() == want.keys()
    assert all(got[k] is want[k] for k in want)


def test_an_entry_listed_under_several_phrases_comes_back_as_itself():
    E, D = phoenix.cameo_dict.ActorEntry, phoenix.cameo_dict.DatedCode
    body = E(phrases=["x"], codes=[D("IGOABC", None, None)], line=1)
    table = {"the association of banking centres": body, "association of banking centres": body}
    keys = phoenix._acronym_phrases(table)
    assert keys == {"abc": "the association of banking centres"} or keys == {"abc": "association of banking centres"}
    assert table[keys["abc"]] is body


def test_any_other_table_is_indexed_afresh_not_from_disk(tmp_path, monkeypatch):
    """A table that is not the dictionary file's (a test's, say) must not be given the file's index."""
    monkeypatch.setenv("NEWSGRAPH_CACHE", str(tmp_path))
    phoenix.PhoenixActors()  # the file's index is on disk now
    E, D = phoenix.cameo_dict.ActorEntry, phoenix.cameo_dict.DatedCode
    mine = {"union of made kingdoms": E(phrases=["u"], codes=[D("IGOUMK", None, None)], line=1)}
    monkeypatch.setattr(phoenix, "entries", lambda: mine)
    p = phoenix.PhoenixActors()
    assert set(p.acronyms) == {"umk"} and p.acronyms["umk"] is mine["union of made kingdoms"]
