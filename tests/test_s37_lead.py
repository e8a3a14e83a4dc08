"""Session 37, the lead: a --verbs YAML file of the wrong shape is one line naming the file and the entry, never
an internal error, and its mode cues are read as its senses are (s37-mutlex's five defects)."""

from pathlib import Path

import pytest

from newsgraph.errors import InputError
from newsgraph.events.lexicon import get_lexicon


def _file(tmp_path, text: str, raw: bytes | None = None) -> Path:
    f = tmp_path / "mine.yaml"
    if raw is not None:
        f.write_bytes(raw)
    else:
        f.write_text(text, encoding="utf-8")
    return f


@pytest.mark.parametrize("text, reason", [
    ("mode_cues:\n  CONSULT: [phone]\n", "bad lexicon entry: mode_cues.CONSULT: a mapping is expected, not list ['phone']"),
    ("verbs: [zap]\n", "bad lexicon entry: verbs: a mapping is expected, not list ['zap']"),
    ("nouns: zap\n", "bad lexicon entry: nouns: a mapping is expected, not str 'zap'"),
    ("mode_cues: [CONSULT]\n", "bad lexicon entry: mode_cues: a mapping is expected, not list ['CONSULT']"),
    ("mode_cues:\n  CONSULT:\n    phone: telephone\n",
     "bad lexicon entry: mode_cues.CONSULT.phone: a list of words is expected, not 'telephone'"),
])
def test_a_table_of_the_wrong_shape_is_one_line(tmp_path, text, reason):
    f = _file(tmp_path, text)
    with pytest.raises(InputError) as err:
        get_lexicon([str(f)])
    assert str(err.value) == f"{f}: {reason}"


def test_a_file_not_in_utf8_is_one_line(tmp_path):
    f = _file(tmp_path, "", raw="verbs:\n  dénoncer: [{type: ACCUSE}]\n".encode("latin-1"))
    with pytest.raises(InputError) as err:
        get_lexicon([str(f)])
    assert str(err.value) == f"{f}: cannot read lexicon: not UTF-8 text (byte 10)"


def test_a_users_mode_cue_replaces_the_built_in_one_and_its_type_is_read_in_any_case(tmp_path):
    builtin = get_lexicon().mode_cues["ASSAULT"]
    word, mode = next((w, m) for w, m in builtin.items() if m != "drone")
    f = _file(tmp_path, f"mode_cues:\n  assault:\n    drone: [{word}, quadcopter]\n    {mode}: [quadcopter]\n")
    cues = get_lexicon([str(f)]).mode_cues["ASSAULT"]
    # the file's cue wins over the built-in one; inside the file a word takes the first mode it is listed under
    assert (cues[word], cues["quadcopter"]) == ("drone", "drone")
    assert get_lexicon().mode_cues["ASSAULT"][word] == mode  # the built-in lexicon is untouched


def test_a_long_wrong_table_is_cut_to_one_short_line(tmp_path):
    words = [f"word{k}" for k in range(60)]
    f = _file(tmp_path, "verbs: [" + ", ".join(words) + "]\n")
    with pytest.raises(InputError) as err:
        get_lexicon([str(f)])
    whole = f"verbs: a mapping is expected, not list {words!r}"
    assert str(err.value) == f"{f}: bad lexicon entry: {whole[:160]}"
