from pathlib import Path

import pytest

from newsgraph.errors import InputError
from newsgraph.events.lexicon import get_lexicon, Lexicon
from conftest import SHARED

PETR = SHARED / "data/cameo-dict-format/PETR.Validate.verbs.txt"


def test_builtin_lexicon_covers_every_type():
    lex = get_lexicon()
    types = {s.type for table in (lex.verbs, lex.nouns) for senses in table.values() for s in senses}
    from newsgraph.events.ontology import TYPES
    assert types == set(TYPES)
    # YAML 1.1 would read "on"/"off" as booleans: they must stay words
    assert any(s.prep and "on" in s.prep for s in lex.verbs["call"])
    assert any(s.prep and "off" in s.prep for s in lex.verbs["call"])


def test_senses_sorted_most_specific_first():
    for senses in get_lexicon().verbs.values():
        specs = [s.specificity for s in senses]
        assert specs == sorted(specs, reverse=True)


def test_user_yaml_extends_and_overrides(tmp_path):
    f = tmp_path / "mine.yaml"
    f.write_text("verbs:\n  snub: [{type: ACCUSE, mode: disapprove}]\n  frobnicate: [{type: ASSAULT}]\n"
                 "nouns:\n  skirmish: [{type: ASSAULT, cameo: '190'}]\n", encoding="utf-8")
    lex = get_lexicon([str(f)])
    assert lex.verbs["frobnicate"][0].type == "ASSAULT"
    assert lex.verbs["snub"][0].type == "ACCUSE"  # the user's sense is tried first
    assert lex.nouns["skirmish"][0].cameo == "190"
    assert "frobnicate" not in get_lexicon().verbs  # the built-in lexicon is untouched


def test_bad_user_yaml_is_a_one_line_error(tmp_path):
    f = tmp_path / "bad.yaml"
    f.write_text("verbs:\n  zap: [{type: EXPLODE}]\n", encoding="utf-8")
    with pytest.raises(InputError, match="unknown PLOVER type"):
        get_lexicon([str(f)])
    f2 = tmp_path / "bad2.yaml"
    f2.write_text("verbs:\n  zap: [{type: CONSULT, mode: riot}]\n", encoding="utf-8")
    with pytest.raises(InputError, match="no mode"):
        get_lexicon([str(f2)])
    with pytest.raises(InputError, match="not found"):
        get_lexicon([str(tmp_path / "missing.txt")])


@pytest.mark.skipif(not PETR.exists(), reason="shared PETRARCH sample not present")
def test_petrarch_sample_file_loads():
    lex = get_lexicon([str(PETR)])
    assert lex.petr is not None and "condemn" in lex.petr.by_word and "condemned" in lex.petr.by_word
    assert get_lexicon().petr is None  # the built-in lexicon is untouched


def test_cli_rejects_a_bad_verb_lexicon_in_one_line(tmp_path):
    import os
    import subprocess
    import sys

    root = Path(__file__).resolve().parent.parent
    bad = tmp_path / "bad.yaml"
    bad.write_text("verbs:\n  zap: [{type: EXPLODE}]\n", encoding="utf-8")
    art = tmp_path / "a.txt"
    art.write_text("Russia attacked Ukraine on Monday.", encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(root / "src"))
    r = subprocess.run([sys.executable, "-m", "newsgraph.cli", "extract", str(art), "--verbs", str(bad), "-q"],
                       capture_output=True, text=True, env=env)
    assert r.returncode == 1 and r.stdout == ""
    assert "bad.yaml" in r.stderr and "EXPLODE" in r.stderr and "Traceback" not in r.stderr


def test_run_options_checks_user_verbs_without_building_the_builtin_lexicon(tmp_path, monkeypatch):
    """The events stage builds the whole lexicon; the CLI's early check loads only the user's files."""
    import typer  # noqa: F401  (cli needs it)
    from newsgraph import cli
    from newsgraph.events import lexicon
    # the events stage binds get_lexicon by name when first imported: import it before the patch, or a
    # pipeline built later in the same process (a session fixture) would keep the patched function
    from newsgraph.events import stage  # noqa: F401

    def built(*a, **k):
        raise AssertionError("built-in lexicon built by the option check")

    monkeypatch.setattr(lexicon, "get_lexicon", built)
    monkeypatch.setattr(lexicon, "builtin_cameo", built)
    good = tmp_path / "mine.yaml"
    good.write_text("verbs:\n  zap: [{type: ASSAULT}]\n", encoding="utf-8")
    opts = cli.run_options(None, None, None, None, [str(good)])
    assert opts.stages["events"].verb_dicts == (str(good),)
    bad = tmp_path / "bad.yaml"
    bad.write_text("verbs:\n  zap: [{type: EXPLODE}]\n", encoding="utf-8")
    with pytest.raises(InputError, match="EXPLODE"):
        cli.run_options(None, None, None, None, [str(good), str(bad)])
    with pytest.raises(InputError, match="not found"):
        lexicon.check_verb_dicts([str(tmp_path / "missing.txt")])
