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


# ---- session 37, s37-mutlex: the --verbs YAML file's mode cues, sense order and error lines (load_yaml) ----

def _yaml(tmp_path, name: str, text: str) -> Path:
    f = tmp_path / name
    f.write_text(text, encoding="utf-8")
    return f


def test_a_users_mode_cues_are_loaded_lowercased_beside_the_built_in_ones(tmp_path):
    """docs/events.md's example: `mode_cues: ASSAULT: drone: [quadcopter]` in a --verbs file."""
    f = _yaml(tmp_path, "mine.yaml", "mode_cues:\n  ASSAULT:\n    drone: [Quadcopter, FPV]\n"
                                     "  RETREAT:\n    resign: [stepped]\n")
    lex = get_lexicon([str(f)])
    assert lex.mode_cues["ASSAULT"]["quadcopter"] == "drone" and lex.mode_cues["ASSAULT"]["fpv"] == "drone"
    assert lex.mode_cues["ASSAULT"]["drones"] == "drone"  # the built-in cues are kept
    assert lex.mode_cues["RETREAT"] == {"stepped": "resign"}  # a type the built-in files give no cues
    assert "RETREAT" not in get_lexicon().mode_cues  # the built-in lexicon is untouched


def test_a_bad_mode_cue_is_one_line_naming_the_file_and_the_entry(tmp_path):
    cases = {
        "mode_cues:\n  CONSUL:\n    phone: [ring]\n": "mode_cues: unknown type 'CONSUL'",
        "mode_cues:\n  CONSULT:\n    ring: [ring]\n": "mode_cues.CONSULT: no mode 'ring'",
        # AGREE has no modes in the PLOVER manual: any mode named for it is an error, not a crash
        "mode_cues:\n  AGREE:\n    visit: [trip]\n": "mode_cues.AGREE: no mode 'visit'",
    }
    for text, reason in cases.items():
        f = _yaml(tmp_path, "cues.yaml", text)
        with pytest.raises(InputError) as err:
            get_lexicon([str(f)])
        assert str(err.value) == f"{f}: bad lexicon entry: {reason}"
        assert err.value.name == str(f)


def test_a_bad_sense_is_one_line_naming_the_file_the_table_and_the_lemma(tmp_path):
    f = _yaml(tmp_path, "bad.yaml", "verbs:\n  frobnicate: [{type: ASSAULT}]\nnouns:\n  zap: [{type: EXPLODE}]\n")
    with pytest.raises(InputError) as err:
        get_lexicon([str(f)])
    assert str(err.value) == f"{f}: bad lexicon entry: nouns.zap: unknown PLOVER type 'EXPLODE'"


def test_a_users_senses_name_their_file(tmp_path):
    """The coder reads a sense's origin (a `cameo:` pattern's or a file's); a user's sense names its file."""
    f = _yaml(tmp_path, "mine.yaml", "verbs:\n  frobnicate: [{type: ASSAULT}]\nnouns:\n  zapping: [{type: ASSAULT}]\n")
    lex = get_lexicon([str(f)])
    assert lex.verbs["frobnicate"][0].origin == "mine.yaml" and lex.nouns["zapping"][0].origin == "mine.yaml"
    assert [s.origin for s in lex.verbs["rebuke"]] == ["lexicon.yaml"]  # (a built-in sense names its own)


def test_a_users_senses_come_first_in_the_files_order(tmp_path):
    """--verbs senses are tried before the built-in ones (docs/events.md); among a file's senses of one lemma with
    as many conditions, and between two --verbs files, the order written is the order tried."""
    a = _yaml(tmp_path, "a.yaml", 'verbs:\n  rebuke: [{type: ACCUSE, cameo: "112"}, {type: ACCUSE, cameo: "113"}]\n')
    b = _yaml(tmp_path, "b.yaml", 'verbs:\n  rebuke: [{type: ACCUSE, cameo: "114"}]\n')
    assert [s.cameo for s in get_lexicon([str(a), str(b)]).verbs["rebuke"]] == ["112", "113", "114", "111"]


def test_load_yaml_appends_by_default_in_the_files_order(tmp_path):
    """Without `first` (the built-in files, read in turn) a later file's senses come after an earlier one's."""
    from newsgraph.events.lexicon import load_yaml

    a = _yaml(tmp_path, "a.yaml", 'verbs:\n  rebuke: [{type: ACCUSE, cameo: "112"}, {type: ACCUSE, cameo: "113"}]\n')
    b = _yaml(tmp_path, "b.yaml", 'verbs:\n  rebuke: [{type: ACCUSE, cameo: "114"}]\n')
    lex = Lexicon()
    load_yaml(lex, a)
    load_yaml(lex, b)
    assert [s.cameo for s in lex.verbs["rebuke"]] == ["112", "113", "114"]


def test_a_utf8_lexicon_reads_the_same_under_an_ascii_locale(tmp_path):
    """A --verbs file is UTF-8 whatever the machine's locale (an ASCII one would fail on the first accent)."""
    import os
    import subprocess
    import sys

    f = _yaml(tmp_path, "fr.yaml", "verbs:\n  dénoncer: [{type: ACCUSE}]\n")
    root = Path(__file__).resolve().parent.parent
    env = dict(os.environ, PYTHONPATH=str(root / "src"), LC_ALL="C", LANG="C", PYTHONCOERCECLOCALE="0", PYTHONUTF8="0")
    code = ("import codecs, sys, locale, pathlib; from newsgraph.events import lexicon as lx; lex = lx.Lexicon(); "
            "lx.load_yaml(lex, pathlib.Path(sys.argv[1])); "
            "print(codecs.lookup(locale.getpreferredencoding(False)).name, ascii(sorted(lex.verbs)))")
    r = subprocess.run([sys.executable, "-c", code, str(f)], capture_output=True, text=True, env=env)
    assert r.returncode == 0, r.stderr
    assert r.stdout.split() == ["ascii", "['d\\xe9noncer']"]  # (the locale is ASCII)
