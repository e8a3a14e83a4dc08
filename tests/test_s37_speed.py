"""Session 37, s37-speed: start-up tables kept on disk (cache.py) instead of rebuilt in every process,
with the same contents as when built: the Phoenix acronym index and the built-in lexicons' parsed YAML."""

from __future__ import annotations

import os

import pytest

from newsgraph.actors import phoenix, phoenix_table
from newsgraph.events import lexicon


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


def _senses(lex: lexicon.Lexicon) -> tuple:
    return ({k: list(v) for k, v in lex.verbs.items()}, {k: list(v) for k, v in lex.nouns.items()}, lex.mode_cues)


def test_the_built_in_lexicons_are_read_from_disk_and_give_the_same_senses(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSGRAPH_CACHE", str(tmp_path))
    plain = lexicon.Lexicon()
    for path in (lexicon.BUILTIN, lexicon.BUILTIN_VIOLENCE):
        lexicon.load_yaml(plain, path)
    first = lexicon.get_lexicon()
    assert {f.split("-")[0] + "-" + f.split("-")[1] for f in os.listdir(tmp_path) if f.startswith("lexicon-")} == {
        "lexicon-lexicon", "lexicon-lexicon_violence"}
    monkeypatch.setattr(lexicon.yaml, "load", _never)
    second = lexicon.get_lexicon()
    plain.finish()
    assert _senses(first) == _senses(second) == _senses(plain)
    assert len(second.verbs) > 500


def test_a_users_yaml_file_is_parsed_each_time(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSGRAPH_CACHE", str(tmp_path / "c"))
    mine = tmp_path / "mine.yaml"
    mine.write_text("verbs:\n  frobnicate:\n    type: ASSAULT\n    cameo: '190'\n")
    lex = lexicon.get_lexicon([str(mine)])
    assert lex.verbs["frobnicate"][0].cameo == "190"
    assert not any(f.startswith("lexicon-mine") for f in os.listdir(tmp_path / "c"))  # (the built-ins are there)
    mine.write_text("verbs:\n  frobnicate:\n    type: ASSAULT\n    cameo: '193'\n")
    assert lexicon.get_lexicon([str(mine)]).verbs["frobnicate"][0].cameo == "193"


def test_a_bad_built_in_lexicon_is_still_reported_as_bad_input(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSGRAPH_CACHE", str(tmp_path / "c"))
    bad = tmp_path / "lexicon.yaml"
    bad.write_text("- just\n- a list\n")
    monkeypatch.setattr(lexicon, "BUILTIN", bad)
    with pytest.raises(lexicon.InputError, match="a lexicon is a mapping") as err:
        lexicon.get_lexicon()
    assert str(err.value) == f"{bad}: a lexicon is a mapping with `verbs`, `nouns`, `mode_cues`"
    assert not os.path.exists(tmp_path / "c") or not os.listdir(tmp_path / "c")  # nothing kept of it


def test_another_pyyaml_version_parses_the_built_in_lexicons_again(tmp_path, monkeypatch):
    """PyYAML's version is part of the key: another release may read the same file otherwise."""
    from newsgraph import cache

    monkeypatch.setenv("NEWSGRAPH_CACHE", str(tmp_path))
    lexicon.get_lexicon()
    real, parsed = cache.metadata.version, []
    monkeypatch.setattr(cache.metadata, "version", lambda d: "0.0.test" if d.lower() == "pyyaml" else real(d))
    load = lexicon.yaml.load
    monkeypatch.setattr(lexicon.yaml, "load", lambda *a, **k: parsed.append(1) or load(*a, **k))
    lexicon.get_lexicon()
    assert len(parsed) == 2


def test_an_unreadable_built_in_lexicon_names_the_file_and_the_reason(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSGRAPH_CACHE", str(tmp_path / "c"))
    bad = tmp_path / "lexicon.yaml"
    bad.write_text("verbs: [unclosed\n")
    monkeypatch.setattr(lexicon, "BUILTIN", bad)
    with pytest.raises(lexicon.InputError) as err:
        lexicon.get_lexicon()
    assert str(bad) in str(err.value) and "cannot read lexicon:" in str(err.value)
