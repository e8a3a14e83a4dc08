"""Session 32, the lead: a lexicon key given twice is an error naming the file, the key and its line (YAML itself
keeps the later value without a word, which silently dropped a built-in verb's senses during session 32)."""
from pathlib import Path

import pytest

from newsgraph.errors import InputError
from newsgraph.events import lexicon as lx

ONE = """verbs:
  charge:
    - {type: ACCUSE, prep: [with]}
  whip:
    - {type: ASSAULT}
"""


def _load(tmp_path: Path, text: str) -> lx.Lexicon:
    path = tmp_path / "mine.yaml"
    path.write_text(text, encoding="utf-8")
    lex = lx.Lexicon()
    lx.load_yaml(lex, path)
    return lex


def test_distinct_keys_load(tmp_path):
    lex = _load(tmp_path, ONE)
    assert [s.type for s in lex.verbs["charge"]] == ["ACCUSE"]
    assert [s.type for s in lex.verbs["whip"]] == ["ASSAULT"]


def test_a_verb_given_twice_is_an_error_naming_file_key_and_line(tmp_path):
    with pytest.raises(InputError) as err:
        _load(tmp_path, ONE + "  charge:\n    - {type: ASSAULT}\n")
    msg = str(err.value)
    assert "mine.yaml" in msg and "duplicate key 'charge'" in msg and "line 6" in msg


def test_a_sense_key_given_twice_is_an_error(tmp_path):
    with pytest.raises(InputError, match="duplicate key 'type'"):
        _load(tmp_path, "verbs:\n  raid:\n    - {type: ASSAULT, type: COERCE}\n")


def test_the_built_in_lexicons_have_no_key_twice():
    for path in sorted((Path(lx.__file__).parent / "data").glob("*.yaml")):
        lx.load_yaml(lx.Lexicon(), path)
