"""Session 52, s52-qa2: a user's malformed dictionaries are refused at load time naming file and line;
well-formed but unusual ones (a `;` comment, a byte-order mark, CRLF) are read, not dropped.

Every dictionary here is written by the test (fictional names), never copied from a shared file."""

import subprocess
import sys
from pathlib import Path

import pytest

from newsgraph.actors import cameo_dict as cd
from newsgraph.errors import DictionaryError, InputError
from newsgraph.events import lexicon
from newsgraph.events import petrarch_verbs as pv

ROOT = Path(__file__).resolve().parent.parent


def _write(tmp_path, name: str, data) -> str:
    p = tmp_path / name
    p.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return str(p)


# --- actors: `;` comments (PETRARCH's actor reader ignores what follows ';', its KEDS/TABARI form) ---

def test_semicolon_comment_is_not_part_of_the_name(tmp_path):
    path = _write(tmp_path, "a.actors.txt", "VARNISH_  ; from my notes\n\t[VAR 19900101-19991231]\n"
                                             "TOLLAN_  [TOLGOV]; added by hand\n+OSKAR_BRANDT_  ; alias\n")
    varnish, tollan = cd.parse_actors(path)
    assert varnish.phrases == ["varnish"] and varnish.stems == set()  # `_` ends the phrase: no stem
    assert varnish.code_at("1995-06-01") == "VAR"
    assert tollan.phrases == ["tollan", "oskar brandt"] and tollan.code_at(None) == "TOLGOV"


def test_semicolon_inside_a_comment_block_changes_nothing(tmp_path):
    path = _write(tmp_path, "a.actors.txt", "<!-- one; two\n three; four -->\nVARNISH_ [VAR]\n")
    (entry,) = cd.parse_actors(path)
    assert entry.phrases == ["varnish"] and entry.line == 3


# --- actors: a date the calendar has not (PETRARCH's reader refuses it: DateError) ---------------

@pytest.mark.parametrize("block, bad", [
    ("[VAR >20191399]", "20191399"),  # month 13
    ("[VAR <20190229]", "20190229"),  # no 29 February in 2019
    ("[VAR 19900101-19900431]", "19900431"),  # April has 30 days
    ("[VAR 900000-910101]", "19900000"),  # day 0, month 0, in TABARI's YYMMDD
])
def test_impossible_date_is_an_error_naming_file_and_line(tmp_path, block, bad):
    path = _write(tmp_path, "a.actors.txt", f"# mine\nVARNISH_ {block}\n")
    with pytest.raises(DictionaryError) as err:
        cd.parse_actors(path)
    assert err.value.path == path and err.value.line == 2
    assert bad in err.value.reason and "no such day" in err.value.reason


def test_real_days_still_read(tmp_path):
    path = _write(tmp_path, "a.actors.txt", "VARNISH_ [VAR <000229]\n\t[VARGOV 20001231-20011231]\n")
    (entry,) = cd.parse_actors(path)
    assert entry.codes == [cd.DatedCode("VAR", before="20000230"),
                           cd.DatedCode("VARGOV", after="20001231", before="20011232")]


# --- agents: an unclosed plural brace (PETRARCH: "Missing '}'") --------------------------------------

@pytest.mark.parametrize("line", ["WARDEN {WARDENS [~COP]", "WARDEN }WARDENS{ [~COP]", "WARDEN WARDENS} [~COP]"])
def test_unbalanced_plural_braces_are_an_error(tmp_path, line):
    path = _write(tmp_path, "g.agents.txt", f"SOLDIER [~MIL]\n{line}\n")
    with pytest.raises(DictionaryError) as err:
        cd.parse_agents(path)
    assert err.value.line == 2 and "{ }" in err.value.reason


def test_plural_braces_well_formed_still_read(tmp_path):
    path = _write(tmp_path, "g.agents.txt", "WARDEN {WARDENFOLK} [~COP]\nPOLICE {} [~COP]\n")
    assert [(a.phrase, a.plural) for a in cd.parse_agents(path)] == [
        ("warden", False), ("wardenfolk", True), ("police", False)]


# --- encodings: UTF-8 only, a byte-order mark allowed --------------------------------------------------

def test_byte_order_mark_is_not_part_of_the_first_name(tmp_path):
    bom = b"\xef\xbb\xbf"
    assert cd.parse_actors(_write(tmp_path, "a.txt", bom + b"VARNISH_ [VAR]\n"))[0].phrases == ["varnish"]
    assert cd.parse_agents(_write(tmp_path, "g.txt", bom + b"WARDEN {} [~COP]\n"))[0].phrase == "warden"


def test_byte_order_mark_verb_dictionary_reads(tmp_path):
    path = _write(tmp_path, "v.txt", b"\xef\xbb\xbf--- RAID [190] ---\nRAID\n")
    assert "raid" in pv.load(Path(path)).by_word


@pytest.mark.parametrize("parse", [cd.parse_actors, cd.parse_agents, lambda p: pv.load(Path(p))])
def test_a_byte_that_is_not_utf8_is_an_error_naming_its_line(tmp_path, parse):
    path = _write(tmp_path, "d.txt", b"# notes\n# caf\xe9 owner\n")
    with pytest.raises(InputError) as err:
        parse(path)
    assert err.value.name == f"{path}:2" and "0xE9 is not UTF-8" in err.value.reason


def test_utf16_file_is_refused_as_not_utf8(tmp_path):
    path = _write(tmp_path, "v.txt", "--- RAID [190] ---\nRAID\n".encode("utf-16"))
    with pytest.raises(InputError, match=r":1: byte 0xFF is not UTF-8"):
        pv.load(Path(path))


def test_crlf_dictionaries_read_as_lf(tmp_path):
    lf = "VARNISH_ [VAR]\n+VARNISHI\n\t[VARGOV >20200101]\n"
    a = cd.parse_actors(_write(tmp_path, "lf.txt", lf))
    b = cd.parse_actors(_write(tmp_path, "crlf.txt", lf.replace("\n", "\r\n")))
    assert [(e.phrases, e.codes, e.stems) for e in a] == [(e.phrases, e.codes, e.stems) for e in b]


def test_a_directory_is_named_as_one(tmp_path):
    with pytest.raises(InputError) as err:
        cd.parse_actors(str(tmp_path))
    assert str(err.value) == f"{tmp_path}: cannot read the actor dictionary: Is a directory"
    with pytest.raises(InputError) as err:
        lexicon.check_verb_dicts((str(tmp_path),))
    assert err.value.name == str(tmp_path) and "is a directory" in err.value.reason


def test_a_missing_verb_dictionary_is_still_not_found(tmp_path):
    with pytest.raises(InputError, match="verb dictionary not found"):
        lexicon.check_verb_dicts((str(tmp_path / "nowhere.txt"),))


# --- verbs: a pattern with no verb in its block would never match ---------------------------------------

def test_pattern_before_any_verb_is_an_error(tmp_path):
    path = _write(tmp_path, "v.txt", "--- RAID [190] ---\n- * VILLAGE [193]\nRAID\n")
    with pytest.raises(InputError) as err:
        pv.load(Path(path))
    assert err.value.name == f"{path}:2" and "pattern before any verb of its block 'RAID'" in err.value.reason


def test_pattern_after_a_verb_then_a_second_verb_still_read(tmp_path):
    path = _write(tmp_path, "v.txt", "--- RAID [190] ---\nRAID\n- * VILLAGE [193]\nSTORM\n- * FORT [194]\n")
    vd = pv.load(Path(path))
    block = vd.by_word["raid"][0][0]
    assert vd.by_word["storm"][0][0] is block and len(block.patterns) == 2


# --- the command line: one line naming file and line, exit 1 (the file is at fault), no work done -------

@pytest.mark.parametrize("option, text", [
    ("--actors", "VARNISH_ [VAR >20191399]\n"),
    ("--agents", "WARDEN {WARDENS [~COP]\n"),
    ("--verbs", "--- RAID [190] ---\n- * VILLAGE [193]\n"),
])
def test_cli_one_line_per_bad_dictionary(tmp_path, option, text):
    path = _write(tmp_path, "d.txt", text)
    article = _write(tmp_path, "in.txt", "Varnish raided the village on Monday, officials said.\n")
    run = subprocess.run([sys.executable, "-m", "newsgraph", "extract", option, path, "-q", article],
                         capture_output=True, text=True, cwd=ROOT, timeout=120,
                         env={"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"})
    assert run.returncode == 1 and run.stdout == ""
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"newsgraph: error: {path}:")
    assert "Traceback" not in run.stderr


# --- mutation: the readers' errors name exactly the file, the line and the reason --------------------

@pytest.mark.parametrize("text, line, reason", [
    ("# mine\nVARNISH_ [VAR\n", 2, "unbalanced [ ] in code block"),
    ("# mine\n+OSKAR_\n", 2, "synonym line (+NAME) before any actor entry"),
    ("# mine\n\t[VAR]\n", 2, "code line before any actor entry"),
    ("# mine\n__ [VAR]\n", 2, "entry has no name"),
    ("# mine\nVAR]NISH [ [VAR]\n", 2, "stray bracket in actor name"),
    ("# mine\nVARNISH_\n", 2, "actor 'VARNISH' has no [CODE]"),
    ("VARNISH_ [VAR]\n+OSKAR_ [V-R]\n", 2, "bad actor code 'V-R' (expected 2-15 letters or digits, or ---)"),
])
def test_actor_errors_exactly(tmp_path, text, line, reason):
    path = _write(tmp_path, "a.txt", text)
    with pytest.raises(DictionaryError) as err:
        cd.parse_actors(path)
    assert str(err.value) == f"{path}:{line}: {reason}"


@pytest.mark.parametrize("text, line, reason", [
    ("# mine\nWAR[DEN [~COP]\n", 2, "agent line needs exactly one [CODE] block"),
    ("# mine\nWARDEN [~COP] [~MIL]\n", 2, "agent line needs exactly one [CODE] block"),
    ("# mine\nWARDEN [COP]\n", 2, "agent code 'COP' must start or end with ~"),
    ("# mine\nWARDEN [~C-P]\n", 2, "bad agent code 'C-P'"),
    ("# mine\nWARDEN {WARDENS [~COP]\n", 2, "unbalanced { } around the plural forms"),
    ("# mine\nCHIEF_!RANK! [~MIL]\n", 2, "unknown substitution set !RANK!"),
])
def test_agent_errors_exactly(tmp_path, text, line, reason):
    path = _write(tmp_path, "g.txt", text)
    with pytest.raises(DictionaryError) as err:
        cd.parse_agents(path)
    assert str(err.value) == f"{path}:{line}: {reason}"


def test_synonym_with_its_own_code_keeps_name_and_code(tmp_path):
    (entry,) = cd.parse_actors(_write(tmp_path, "a.txt", "VARNISH_ [VAR]\n+OSKAR_ [VARGOV >20200101]\n"))
    assert entry.phrases == ["varnish", "oskar"]
    assert entry.codes == [cd.DatedCode("VAR"), cd.DatedCode("VARGOV", after="20200101")]


def test_several_semicolons_cut_at_the_first(tmp_path):
    (entry,) = cd.parse_actors(_write(tmp_path, "a.txt", "VARNISH_ [VAR] ; one ; two [X\n"))
    assert entry.phrases == ["varnish"] and entry.codes == [cd.DatedCode("VAR")]


def test_agent_plurals_substitutions_codes_and_lines(tmp_path):
    path = _write(tmp_path, "g.txt", "# mine\n!RANK! = MAJOR, MAJORS\nWARDEN {WARDENS, WARDENFOLK} [~XEN]\n"
                                     "CHIEF_!RANK! [~MIL]\n")
    got = [(a.phrase, a.code, a.plural, a.line) for a in cd.parse_agents(path)]
    assert got == [("warden", "XEN", False, 3), ("wardens", "XEN", True, 3), ("wardenfolk", "XEN", True, 3),
                   ("chief major", "MIL", False, 4), ("chief majors", "MIL", False, 4)]


def test_agent_directory_is_named_as_an_agent_dictionary(tmp_path):
    with pytest.raises(InputError) as err:
        cd.parse_agents(str(tmp_path))
    assert str(err.value) == f"{tmp_path}: cannot read the agent dictionary: Is a directory"


def test_not_utf8_line_counts_a_leading_blank_line(tmp_path):
    with pytest.raises(InputError) as err:
        cd.parse_actors(_write(tmp_path, "a.txt", b"\n\xe9\n"))
    assert str(err.value) == f"{tmp_path / 'a.txt'}:2: byte 0xE9 is not UTF-8 (save the actor dictionary as UTF-8)"


@pytest.mark.parametrize("block, code", [
    ("[VAR <291231]", cd.DatedCode("VAR", before="20291232")),  # TABARI's YYMMDD: 00-30 are 20xx
    ("[VAR <300101]", cd.DatedCode("VAR", before="20300102")),  # (PETRARCH2's dstr_to_ordate; session 54)
    ("[VAR >310101]", cd.DatedCode("VAR", after="19310101")),  # 31-99 are 19xx
])
def test_two_digit_years_pivot_after_30(tmp_path, block, code):
    (entry,) = cd.parse_actors(_write(tmp_path, "a.txt", f"VARNISH_ {block}\n"))
    assert entry.codes == [code]


# --- evaluate events: a gold file of another kind names the field it lacks ------------------------------

@pytest.mark.parametrize("record, field", [
    ({"id": "x", "text": "Varnish raided the fort."}, "events"),
    ({"id": "x", "events": [{"type": "ASSAULT"}]}, "text"),
    ({"id": "x", "text": "Varnish raided the fort.", "events": [{"source": "VAR"}]}, "type"),
])
def test_gold_record_missing_a_field_is_named(tmp_path, record, field):
    import json
    from newsgraph.evaluate import events as ev_events
    path = _write(tmp_path, "gold.jsonl", "\n" + json.dumps(record) + "\n")
    with pytest.raises(InputError) as err:
        ev_events.load_gold(path, None)
    assert str(err.value) == f"{path}:2: bad gold record: no {field!r} field"


def test_verb_dictionary_not_utf8_message_exactly(tmp_path):
    path = _write(tmp_path, "v.txt", b"--- RAID [190] ---\nRA\xefD\n")
    with pytest.raises(InputError) as err:
        pv.load(Path(path))
    assert str(err.value) == f"{path}:2: byte 0xEF is not UTF-8 (save the verb dictionary as UTF-8)"


def test_verb_dictionary_path_errors_exactly(tmp_path):
    with pytest.raises(InputError) as err:
        lexicon.check_verb_dicts((str(tmp_path),))
    assert str(err.value) == f"{tmp_path}: is a directory, not a verb dictionary file"
    missing = str(tmp_path / "nowhere.txt")
    with pytest.raises(InputError) as err:
        lexicon.check_verb_dicts((missing,))
    assert str(err.value) == f"{missing}: verb dictionary not found"


def test_yml_lexicon_is_read_as_yaml_not_as_a_verb_dictionary(tmp_path):
    assert lexicon.check_verb_dicts((_write(tmp_path, "mine.yml", "{}\n"),)) == []


def test_two_verb_dictionaries_add_up(tmp_path):
    a = _write(tmp_path, "a.txt", "--- RAID [190] ---\nRAID\n- * VILLAGE [193]\n&FORTS\n+FORT\n")
    b = _write(tmp_path, "b.txt", "--- STORM [190] ---\nSTORM\n- * &FORTS [194]\n")
    lex = lexicon.Lexicon()
    lexicon._add_user_dicts(lex, (a, b))
    assert {"raid", "storm"} <= set(lex.petr.by_word) and lex.petr.warnings == []
