"""Every `newsgraph evaluate` gold source, given what it cannot use: one line on stderr naming the input and
the reason, no traceback, and the exit code of the rule in README.md ("Evaluators"):

- 2, a usage error: the split asked for is not one of dev|heldout|train, or the corpus has no item in it
  (`evaluate time --timeml DIR --split train`: TimeML's files are all dev or held-aside); the line names
  the splits the corpus has;
- 1, an input error (as `extract` for its inputs): the gold path is missing, a folder where a file is
  wanted (or the other way round), not UTF-8, empty, or not in the format its option names.

The gold files are our own, written here; no model is loaded (every case fails before predicting).
"""

import hashlib
import json
import re

import pytest
from typer.testing import CliRunner

from newsgraph import cli
from newsgraph.errors import InputError, UsageError
from newsgraph.evaluate import GOLD, evaluators, get

SENTENCE = "Freedonian troops shelled the border town of Sylvania on Monday."


def _third(prefix: str, want: str) -> str:
    """An id of the project's `want` third (sha1 % 3 == 0 is held-aside)."""
    return next(f"{prefix}{i}" for i in range(100)
                if (int(hashlib.sha1(f"{prefix}{i}".encode()).hexdigest(), 16) % 3 == 0) == (want == "heldout"))


def _write(path, content):
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return str(path)


def _jsonl(field, **extra):
    return json.dumps({"text": SENTENCE, field: [], "split": "dev", **extra}) + "\n"


def _valid(tmp, evaluator: str, source: str) -> tuple[str, str]:
    """A good gold corpus of one source, all in the dev third, and a split it lacks."""
    dev = _third("s", "dev")
    builders = {
        ("actors", GOLD): lambda: _write(tmp / "actors.jsonl", _jsonl("entities")),
        ("events", GOLD): lambda: _write(tmp / "events.jsonl", json.dumps(
            {"id": "a", "text": SENTENCE, "events": [{"type": "ASSAULT"}], "split": "dev"}) + "\n"),
        ("events", "petrarch"): lambda: _write(tmp / "records.xml", (
            f'<Sentences><Sentence id="{dev}" date="20200101"><Text>{SENTENCE}</Text>'
            '<EventCoding sourcecode="FRE" targetcode="SYL" eventcode="195"/></Sentence></Sentences>\n')),
        ("events", "codebook"): lambda: _write(tmp / "codebook.md", f"## 19\n| CAMEO | 195 |\n| Example | {SENTENCE} |\n"),
        ("events", "acled"): lambda: _write(tmp / "acled.csv", (
            f'id,notes,event_type,sub_event_type\n{dev},"{SENTENCE}",Explosions/Remote violence,'
            'Shelling/artillery/missile attack\n')),
        ("places", GOLD): lambda: _write(tmp / "places.jsonl", json.dumps(
            {"text": SENTENCE, "places": [{"text": "Sylvania"}], "split": "dev"}) + "\n"),
        ("places", "lgl"): lambda: _write(tmp / "lgl.xml", (
            f'<articles><article docid="{dev}"><text>{SENTENCE}</text><toponyms/></article></articles>\n')),
        ("places", "fine"): lambda: (_write(tmp / "shared" / "data" / "texts.jsonl",
                                            json.dumps({"id": dev, "text": SENTENCE}) + "\n"),
                                     _write(tmp / "fine.jsonl", json.dumps(
                                         {"id": dev, "source": "texts.jsonl", "toponyms": []}) + "\n"))[1],
        ("quotes", GOLD): lambda: _write(tmp / "quotes.jsonl", _jsonl("quotes")),
        ("quotes", "polnear"): lambda: (_write(tmp / "polnear" / "dev" / "text" / f"{dev}.txt", SENTENCE),
                                        _write(tmp / "polnear" / "dev" / "attributions" / f"{dev}_a1.ann", ""),
                                        str(tmp / "polnear"))[2],
        ("time", GOLD): lambda: _write(tmp / "time.jsonl", _jsonl("times")),
        ("time", "timeml"): lambda: (_write(tmp / "timeml" / f"{dev}.tml", (
            '<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2020-01-06" functionInDocument="CREATION_TIME">'
            f'2020-01-06</TIMEX3></DCT><TEXT>{SENTENCE}</TEXT></TimeML>\n')), str(tmp / "timeml"))[1],
    }
    lacking = "heldout" if (evaluator, source) in (("events", GOLD), ("actors", GOLD), ("places", GOLD),
                                                     ("quotes", GOLD), ("time", GOLD)) else "train"
    return builders[(evaluator, source)](), lacking


FOLDERS = {"polnear", "timeml"}  # the sources that take a folder; every other takes one file
SOURCES = [(ev.name, src.name) for ev in evaluators() for src in ev.sources]

# files that are no source's format (each is some other kind of file a user could pass by mistake)
WRONG = {
    "empty.txt": "",
    "binary.dat": b"\xff\xfe\x00\x81\x92 not text \x00" * 8,
    "words.txt": "A few words of prose, not a corpus.\n",
    "numbers.json": "[1, 2, 3]\n",
    "other.jsonl": '{"headline": "Rain", "body": "It rained."}\n',
    "other.xml": "<feed><entry/></feed>\n",
}


@pytest.fixture(autouse=True)
def _no_data_env(monkeypatch, tmp_path):
    monkeypatch.setenv("NEWSGRAPH_DATA", str(tmp_path / "shared" / "data"))
    monkeypatch.delenv("NEWSGRAPH_DEBUG", raising=False)


def _args(evaluator, source, path):
    return ["evaluate", evaluator] + ([path] if source == GOLD else ["--" + source, path])


def _one_line(result, code: int, *names: str) -> str:
    assert "Traceback" not in result.stderr + result.stdout
    lines = [ln for ln in result.stderr.splitlines() if ln.strip()]
    assert result.exit_code == code and len(lines) == 1, (result.exit_code, result.stderr)
    assert lines[0].startswith("newsgraph: error: ") and "internal error" not in lines[0], lines[0]
    for name in names:
        assert name in lines[0], (name, lines[0])
    return lines[0]


def test_every_source_of_every_evaluator_is_covered(tmp_path):
    for evaluator, source in SOURCES:
        path, _ = _valid(tmp_path, evaluator, source)  # a KeyError here: a new source needs a case above
        assert get(evaluator).load_gold(path, "dev", source)  # the good corpus loads (its dev third)


@pytest.mark.parametrize("evaluator,source", SOURCES)
def test_a_split_the_corpus_lacks_is_a_usage_error(tmp_path, evaluator, source):
    path, lacking = _valid(tmp_path, evaluator, source)
    result = CliRunner().invoke(cli.app, _args(evaluator, source, path) + ["--split", lacking])
    line = _one_line(result, 2, path, f"in split '{lacking}'", "(it has dev)")
    with pytest.raises(UsageError) as err:  # the Python API says the same
        get(evaluator).run(path, split=lacking, source=source)
    assert line == f"newsgraph: error: {err.value}"


@pytest.mark.parametrize("evaluator,source", SOURCES)
def test_an_unknown_split_name_is_a_usage_error(tmp_path, evaluator, source):
    path, _ = _valid(tmp_path, evaluator, source)
    result = CliRunner().invoke(cli.app, _args(evaluator, source, path) + ["--split", "test"])
    _one_line(result, 2, "'--split'", "'test'", "'dev', 'heldout', 'train'", f"evaluate {evaluator} --help")
    with pytest.raises(UsageError, match=r"^--split test: no such split \(use dev, heldout, train\)$"):
        get(evaluator).run(path, split="test", source=source)


@pytest.mark.parametrize("evaluator,source", SOURCES)
def test_a_missing_path_is_an_input_error(tmp_path, evaluator, source):
    missing = str(tmp_path / "no-such-gold")
    line = _one_line(CliRunner().invoke(cli.app, _args(evaluator, source, missing)), 1, missing)
    assert re.search(r"no such|No such file", line), line


@pytest.mark.parametrize("evaluator,source", SOURCES)
def test_a_folder_for_a_file_or_a_file_for_a_folder_is_an_input_error(tmp_path, evaluator, source):
    if source in FOLDERS:
        wrong = _write(tmp_path / "prose.txt", WRONG["words.txt"])
        reason = r"not a folder|not well-formed"  # PolNeAR needs a folder; TimeML reads one .tml file too
    else:
        (tmp_path / "a-folder").mkdir()
        wrong, reason = str(tmp_path / "a-folder"), r"Is a directory|not a file"
    line = _one_line(CliRunner().invoke(cli.app, _args(evaluator, source, wrong)), 1, wrong)
    assert re.search(reason, line), line


@pytest.mark.parametrize("evaluator,source", [s for s in SOURCES if s[1] not in FOLDERS])
@pytest.mark.parametrize("name", list(WRONG))
def test_a_file_of_another_format_is_an_input_error(tmp_path, evaluator, source, name):
    path = _write(tmp_path / name, WRONG[name])
    _one_line(CliRunner().invoke(cli.app, _args(evaluator, source, path)), 1, path)
    with pytest.raises(InputError):
        get(evaluator).load_gold(path, None, source)


@pytest.mark.parametrize("evaluator,source", [s for s in SOURCES if s[1] in FOLDERS])
def test_a_folder_without_the_corpus_or_with_a_file_not_utf8_is_an_input_error(tmp_path, evaluator, source):
    (tmp_path / "empty").mkdir()
    _one_line(CliRunner().invoke(cli.app, _args(evaluator, source, str(tmp_path / "empty"))), 1, str(tmp_path / "empty"))
    path, _ = _valid(tmp_path, evaluator, source)
    bad = next(p for p in (tmp_path / source).rglob("*") if p.suffix in (".txt", ".tml"))
    bad.write_bytes(b"\xff\xfe\x81 \x00<")
    line = _one_line(CliRunner().invoke(cli.app, _args(evaluator, source, path)), 1, str(bad))
    assert re.search(r"UTF-8|not well-formed", line), line


@pytest.mark.parametrize("args,names", [
    (["extract", "--no-such-option"], ["No such option: --no-such-option", "extract --help"]),
    (["no-such-command"], ["No such command 'no-such-command'"]),
    (["evaluate", "no-such-evaluator"], ["No such command 'no-such-evaluator'", "evaluate --help"]),
    (["query", "dyad", "USA"], ["Missing argument"]),
])
def test_clicks_own_usage_errors_are_one_line_too(args, names):
    _one_line(CliRunner().invoke(cli.app, args), 2, *names)


def test_a_bare_command_group_still_shows_its_help():
    result = CliRunner().invoke(cli.app, ["evaluate"])
    assert "Usage:" in result.stdout + result.stderr and "time" in result.stdout + result.stderr
