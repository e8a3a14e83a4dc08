"""Session 53 (s53-qa): a user's dictionary file that loads but holds nothing is named in a warning before
any work (an empty --verbs file used to code no events without a word), and the production PETRARCH2
dictionaries, and PETRARCH's validation verbs with their odd codes, still load with no warning."""

from __future__ import annotations

import re

import pytest

from conftest import SHARED
from newsgraph import cli
from newsgraph.actors import cameo_dict
from newsgraph.errors import InputError
from newsgraph.events.lexicon import check_verb_dicts
from newsgraph.events.petrarch_lists import check_lists

PROD = SHARED / "data/petrarch2-dicts"
VALIDATION = SHARED / "data/cameo-dict-format"
needs_prod = pytest.mark.skipif(not PROD.exists(), reason="shared PETRARCH2 dictionaries not present")

COMMENTS_ONLY = "# nothing here yet\n\n   # an indented note\n"


def _write(tmp_path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


@pytest.mark.parametrize("text", ["", COMMENTS_ONLY, "<!-- a block comment\n over two lines -->\n"])
def test_a_verb_dictionary_with_no_verb_is_named_and_said_to_code_nothing(tmp_path, text):
    empty = _write(tmp_path, "empty.verbs.txt", text)
    assert check_verb_dicts([empty]) == [f"{empty}: no verb in this verb dictionary (empty, or comments only)",
                                         "the --verbs dictionaries hold no verb: no events will be coded"]


def test_an_empty_verb_dictionary_beside_a_real_one_is_named_alone(tmp_path):
    empty = _write(tmp_path, "empty.verbs.txt", COMMENTS_ONLY)
    real = _write(tmp_path, "real.verbs.txt", "--- MEET [040] ---\nMEET\n- * WITH $ [040]\n")
    assert check_verb_dicts([empty, real]) == [f"{empty}: no verb in this verb dictionary (empty, or comments only)"]
    assert check_verb_dicts([real]) == []
    # synsets alone give the coder no verb either
    synsets = _write(tmp_path, "syn.verbs.txt", "&WEATHER\n+RAIN\n+SNOW\n")
    assert check_verb_dicts([synsets])[0].startswith(f"{synsets}: no verb")


def test_empty_actor_and_agent_dictionaries_are_named(tmp_path):
    actors = _write(tmp_path, "a.actors.txt", COMMENTS_ONLY)
    agents = _write(tmp_path, "a.agents.txt", "")
    full = _write(tmp_path, "b.actors.txt", "FREEDONIA_ [FRE]\n")
    assert cameo_dict.check((actors, full), (agents,)) == [
        f"{actors}: no actor in this actor dictionary (empty, or comments only)",
        f"{agents}: no agent in this agent dictionary (empty, or comments only)"]
    assert cameo_dict.check((full,), ()) == []
    assert cameo_dict.load((actors, full), (agents,))[0][0].phrases == ["freedonia"]


def test_empty_discard_and_issue_files_are_named(tmp_path):
    discards = _write(tmp_path, "d.txt", COMMENTS_ONLY)
    issues = _write(tmp_path, "i.txt", "")
    real = _write(tmp_path, "d2.txt", "FOOTBALL\n")
    nothing = "the --discards lists hold no phrase: nothing is discarded (`--discards none` says so)"
    assert check_lists((discards,), (issues,)) == [
        f"{discards}: no phrase in this discard list (empty, or comments only)", nothing,
        f"{issues}: no phrase in this issue dictionary (empty, or comments only)"]
    # beside a list that discards something, or the built-in one, nothing is left undiscarded
    assert check_lists((discards, real)) == [f"{discards}: no phrase in this discard list (empty, or comments only)"]
    assert check_lists((discards, "builtin")) == [f"{discards}: no phrase in this discard list (empty, or comments only)"]
    assert check_lists(("none",), ("builtin",)) == [] and check_lists((real,), ()) == []


def test_a_bad_line_is_still_an_error_naming_the_file(tmp_path):
    bad = _write(tmp_path, "bad.discards.txt", "FOOTBALL\n")
    missing = str(tmp_path / "nowhere.txt")
    with pytest.raises(InputError, match="nowhere.txt"):
        check_lists((bad, missing))
    with pytest.raises(InputError, match="nowhere.txt"):
        check_lists((), (missing,))


def test_run_options_prints_each_warning_once_before_any_work(tmp_path, capsys):
    verbs = _write(tmp_path, "v.txt", COMMENTS_ONLY)
    actors = _write(tmp_path, "a.txt", COMMENTS_ONLY)
    issues = _write(tmp_path, "i.txt", COMMENTS_ONLY)
    agents = _write(tmp_path, "g.txt", "")
    cli.run_options(None, None, [actors], [agents], [verbs], issues=[issues])
    assert capsys.readouterr().err.splitlines() == [
        f"newsgraph: warning: {actors}: no actor in this actor dictionary (empty, or comments only)",
        f"newsgraph: warning: {agents}: no agent in this agent dictionary (empty, or comments only)",
        f"newsgraph: warning: {verbs}: no verb in this verb dictionary (empty, or comments only)",
        "newsgraph: warning: the --verbs dictionaries hold no verb: no events will be coded",
        f"newsgraph: warning: {issues}: no phrase in this issue dictionary (empty, or comments only)"]


@needs_prod
def test_the_production_dictionaries_load_naming_what_petrarch_reads_its_own_way():
    """The Phoenix actor and agent files used to stop at their first typo; now each is read as PETRARCH2's
    reader reads it, with a warning naming file and line (the issue file likewise since session 54:
    tests/test_s54_tidy_dicts.py)."""
    actors = tuple(str(PROD / f"Phoenix.{n}.actors.txt") for n in ("Countries", "International", "MilNonState"))
    agents = (str(PROD / "Phoenix.agents.txt"),)
    notes = cameo_dict.check(actors, agents)
    assert len(notes) == 13 and all(re.match(rf"{PROD}/Phoenix\.(\w+\.)?(actors|agents)\.txt:\d+: ", n) for n in notes)
    entries, agent_entries = cameo_dict.load(actors, agents)
    assert len(entries) > 10000 and len(agent_entries) > 1000
    by_name = {p: e for e in entries for p in e.phrases}
    # "IVO_JOSIPOVIC_" with no code of its own takes the codes below "JOSIPOVIC_", as in PETRARCH
    assert by_name["ivo josipovic"] is by_name["josipovic"]
    assert by_name["ivo josipovic"].code_at("2013-01-01") == "HRVGOV"
    assert by_name["levon ter petrosyan"].code_at("1995-01-01") == "ARMGOV"
    assert [a.code for a in agent_entries if a.phrase == "deparment of environment"] == ["ENV"]
    assert not [a for a in agent_entries if a.phrase == "islamic extremist"]
    assert [w for w in check_verb_dicts([str(PROD / "CAMEO.2.0.txt")]) if "undefined synset" not in w] == []
    assert check_lists((str(PROD / "Phoenix.discards.txt"),)) == []


def test_an_actor_date_is_read_as_petrarch_reads_it(tmp_path):
    path = _write(tmp_path, "x.actors.txt", "ARNOR_ [ARN]\n\t[ARNGOV 9008223-911221]\n\t[ARNELI 19900101]\n"
                                              "GONDOR_\nGONDOR_CITY_\n\t[GON >201005011]\n")
    (arnor, gondor), notes = cameo_dict.read_actors(path)
    assert cameo_dict.parse_actors(path) == [arnor, gondor]
    assert arnor.codes[1] == cameo_dict.DatedCode("ARNGOV", after="19900822", before="19911222")
    assert arnor.codes[2] == cameo_dict.DatedCode("ARNELI")
    assert gondor.phrases == ["gondor", "gondor city"] and gondor.codes == [cameo_dict.DatedCode("GON", after="20100501")]
    assert notes == [
        f"{path}:2: date '9008223' read as '900822', as PETRARCH reads it (up to 7 digits: YYMMDD, else YYYYMMDD)",
        f"{path}:3: date '19900101' with no <, > or range: read as ARNELI with no date, as PETRARCH reads it",
        f"{path}:6: date '201005011' read as '20100501', as PETRARCH reads it (up to 7 digits: YYMMDD, else YYYYMMDD)"]


def test_an_agent_line_is_read_as_petrarch_reads_it(tmp_path):
    path = _write(tmp_path, "x.agents.txt", "ELF_WARDEN [~MIL}\nORC_BAND\nWIZARD [~ELI]\n")
    got, notes = cameo_dict.read_agents(path)
    assert cameo_dict.parse_agents(path) == got
    assert {(a.phrase, a.code) for a in got} == {("elf warden", "MIL"), ("elf wardens", "MIL"), ("wizard", "ELI"),
                                                 ("wizards", "ELI")}
    assert notes == [f"{path}:1: code block closed by '}}': read as '[~MIL]'",
                                          f"{path}:2: agent 'ORC_BAND' has no [CODE]: skipped, as PETRARCH skips it"]


@pytest.mark.skipif(not VALIDATION.exists(), reason="shared PETRARCH validation dictionaries not present")
def test_the_validation_verbs_with_their_odd_codes_still_load():
    """PETRARCH's validation verbs use codes such as [075A], [def], [+++] and [###]: the format allows any
    short code of letters, digits and + ? ! # -, so these load (a code PLOVER does not type codes an untyped
    event); a code outside that shape stays a load-time error naming file and line (test_events_petrarch_verbs)."""
    assert check_verb_dicts([str(VALIDATION / "PETR.Validate.verbs.txt")]) == []


@pytest.mark.parametrize("kind", ["discards", "issues"])
def test_a_discard_or_issue_file_is_read_as_the_other_dictionaries_are(tmp_path, kind):
    """A folder was "not found", and a byte that is not UTF-8 the codec's own message with no line; a
    byte-order mark stayed glued to the first phrase."""
    what = "discard list" if kind == "discards" else "issue dictionary"
    args = (lambda p: ((p,), ())) if kind == "discards" else (lambda p: ((), (p,)))
    with pytest.raises(InputError) as err:
        check_lists(*args(str(tmp_path)))
    assert str(err.value) == f"{tmp_path}: cannot read the {what}: Is a directory"
    latin = tmp_path / "latin.txt"
    latin.write_bytes(b"# notes\nCAF\xc9 [ECONOMY]\n")
    with pytest.raises(InputError) as err:
        check_lists(*args(str(latin)))
    assert str(err.value) == f"{latin}:2: byte 0xC9 is not UTF-8 (save the {what} as UTF-8)"
    with pytest.raises(InputError, match=f"nowhere.txt: {what} not found"):
        check_lists(*args(str(tmp_path / "nowhere.txt")))


def test_a_byte_order_mark_is_not_part_of_the_first_discard_phrase(tmp_path):
    from newsgraph.events.petrarch_lists import load_discards

    bom = tmp_path / "bom.txt"
    bom.write_bytes(b"\xef\xbb\xbfFOOTBALL\n")
    (entry,) = load_discards((str(bom),)).entries
    assert entry.words == ("FOOTBALL",)


# --- the survivors of the mutation run on cameo_dict (docs/testing.md, session 53, s53-qa) ------------------

def test_a_code_glued_to_its_bound_may_be_lower_case():
    assert cameo_dict._parse_code("a.txt", 3, "ono<911226") == cameo_dict.DatedCode("ONO", before="19911227")
    assert cameo_dict._parse_code("a.txt", 3, "ono/gov>911226") == cameo_dict.DatedCode("ONO/GOV", after="19911226")


def test_a_bad_compound_code_names_file_and_line():
    with pytest.raises(cameo_dict.DictionaryError) as err:
        cameo_dict._parse_code("a.txt", 3, "ABC/")
    assert (err.value.path, err.value.line) == ("a.txt", 3)


def test_the_notes_say_what_was_read(tmp_path):
    path = _write(tmp_path, "n.actors.txt", "ARNOR_ [ARN]\n+ARNOR]_\n\t[--- 19900101]\nGONDOR_ [GON] [GONGOV >20100101]\n")
    (arnor, gondor), notes = cameo_dict.read_actors(path)
    assert arnor.phrases == ["arnor"] and arnor.codes == [cameo_dict.DatedCode("ARN"), cameo_dict.DatedCode("")]
    assert gondor.codes == [cameo_dict.DatedCode("GON"), cameo_dict.DatedCode("GONGOV", after="20100101")]
    assert notes == [
        f"{path}:2: synonym '+ARNOR]_' holds a stray ']': it could match no text; skipped",
        f"{path}:3: date '19900101' with no <, > or range: read as --- with no date, as PETRARCH reads it"]
