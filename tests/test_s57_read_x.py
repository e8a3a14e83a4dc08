"""Session 57, s57-read: the read-again mends (docs/testing.md, "Session 57, s57-read").

Each mend moves code or names without changing an output; these tests hold the shape a mend gave, so that it cannot
quietly come undone."""

import ast
import re
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src" / "newsgraph"

# The pipeline's stages, each a module or a package of its own (docs/architecture.md, "Stages").
STAGES = ("actors", "attribution", "entities", "events", "places", "times")


def _module_of(path: Path) -> str:
    parts = list(path.relative_to(SRC.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported_modules(path: Path) -> set[str]:
    """Every module a file imports, by its absolute name (relative imports resolved; `from X import Y` counts X and
    X.Y, since Y may be a module)."""
    here = _module_of(path).split(".")
    package = here if path.name == "__init__.py" else here[:-1]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package[:len(package) - node.level + 1] if node.level else []
            stem = ".".join(base + ([node.module] if node.module else []))
            found.add(stem)
            found.update(f"{stem}.{a.name}" for a in node.names)
    return found


def stage_of(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[0] == "newsgraph" and parts[1] in STAGES else None


def test_imported_modules_resolves_relative_imports(tmp_path):
    pkg = SRC / "actors" / "clusters.py"
    mods = imported_modules(pkg)
    assert "newsgraph.metonymy" in mods and "newsgraph.actors.normalize" in mods
    assert stage_of("newsgraph.places.geonames") == "places" and stage_of("newsgraph.words") is None
    assert stage_of("newsgraph.times") == "times" and stage_of("spacy.tokens") is None


def _stage_files():
    for name in STAGES:
        single = SRC / f"{name}.py"
        yield from ([single] if single.exists() else sorted((SRC / name).rglob("*.py")))


@pytest.mark.parametrize("path", list(_stage_files()), ids=lambda p: str(p.relative_to(SRC)))
def test_no_stage_imports_another_stages_module(path):
    """A stage reads another's output from the Document, and what two stages share lives in a neutral module
    (words, metonymy, columns ...): never one stage's module imported by another."""
    own = stage_of(_module_of(path))
    others = sorted(m for m in imported_modules(path) if stage_of(m) not in (None, own))
    assert others == [], f"{path.relative_to(SRC)} imports {others}"


def private_imports(path: Path) -> list[str]:
    """Names starting with an underscore that a file takes from another module (`from X import _y`): a sibling's
    private helper, which its owner may change at will."""
    return sorted(f"{node.module}.{a.name}" for node in ast.walk(ast.parse(path.read_text()))
                  if isinstance(node, ast.ImportFrom) and node.module != "__future__"
                  for a in node.names if a.name.startswith("_") and not a.name.endswith("__"))


def test_private_imports_finds_a_private_name():
    assert private_imports(SRC / "places" / "__init__.py")  # (geonames._LEAD: one package's own module)
    assert private_imports(SRC / "web" / "serve.py") == []
    assert private_imports(SRC / "corpus" / "export.py") == []  # __version__ is no private name


@pytest.mark.parametrize("path", sorted((SRC / "corpus").glob("*.py")), ids=lambda p: p.name)
def test_corpus_modules_share_public_helpers_only(path):
    """The query modules share their filters (known_or_none, date_range, arrow_table) and the ingesters their
    batching by public names (session 57: query_said took query's _range, _table and _known_or_none)."""
    assert private_imports(path) == []


# --- places: the full names the story gives, read from their first word (given_name_spans) and their last (surnames)

def _ents(text, *labelled):
    """A blank parse of `text` with the entities (first word, word count, label) set by hand."""
    import spacy
    from spacy.tokens import Span

    doc = spacy.blank("en")(text)
    doc.ents = [Span(doc, i, i + n, label=label) for i, n, label in labelled]
    return list(doc.ents)


def test_surnames_are_the_last_words_of_two_or_three_word_persons():
    from newsgraph.places import surnames

    ents = _ents("Ada Quill met Bo Rask Vell and Cy Dun Mor Tace and Wren with Oona Fisk", (0, 2, "PERSON"),
                 (3, 3, "PERSON"), (7, 4, "PERSON"), (12, 1, "PERSON"), (14, 2, "ORG"))
    assert surnames(ents) == {"Quill", "Vell"}  # not one word, nor four, nor an organisation's


def test_surnames_count_words_and_tokens_as_the_parser_split_them():
    from newsgraph.places import surnames

    # "Jean-Paul Roux": four tokens, two words; "Ida Webb-Lawton": four tokens, two words, the last one hyphenated
    # and read whole; "Max-Ulf": three tokens, one word, counted too (the filter counts tokens past one, words up to
    # three), unlike "Wren" above
    ents = _ents("Jean-Paul Roux spoke . Ida Webb-Lawton spoke . Max-Ulf spoke", (0, 4, "PERSON"), (6, 4, "PERSON"),
                 (12, 3, "PERSON"))
    assert [len(e) for e in ents] == [4, 4, 3]
    assert surnames(ents) == {"Roux", "Webb-Lawton", "Max-Ulf"}


# --- cli._evaluate_command: the command built from an evaluator's declaration, each part of it reaching the user --

class _Recorder:
    """An evaluator as `_evaluate_command` reads one: its sources and options declared, `run` recording its call."""

    name, help = "rec", "Score the recorder's gold."

    def __init__(self):
        from newsgraph.evaluate import Option, corpus, gold_file

        self.sources = [gold_file("Gold lines of the recorder."), corpus("other_corpus", "DIR", None, "Another one.")]
        self.options = [Option("published", "A date for every text."), Option("max_items", "Stop after so many."),
                        Option("tags", "A tag to keep (repeatable).", kind="list"),
                        Option("loud", "Say more.", kind="flag"), Option("errors", "Write the misses to FILE.")]
        self.options += [Option(k, f"A {k} file.", kind="list") for k in ("actors", "agents", "verbs", "discards",
                                                                          "issues")]
        self.calls = []

    def run(self, path, **kw):
        self.calls.append((path, kw))
        return {"path": path, "source": kw["source"], "city": "Zürich"}

    def render(self, report, source):
        return f"{source}: {report['path']}\n"


@pytest.fixture
def recorder():
    from typer.testing import CliRunner

    from test_evaluate_base import _runner_app  # (builds the commands afresh, as a mutant needs)

    ev = _Recorder()
    return ev, _runner_app(ev), CliRunner()


def test_the_json_report_is_indented_and_keeps_its_letters(recorder):
    ev, app, runner = recorder
    r = runner.invoke(app, ["evaluate", "rec", "g.jsonl", "--format", "json"])
    assert r.exit_code == 0, r.output
    assert r.stdout == '{\n  "path": "g.jsonl",\n  "source": "gold",\n  "city": "Zürich"\n}\n'
    assert runner.invoke(app, ["evaluate", "rec", "g.jsonl", "-f", "json"]).stdout == r.stdout  # the short name
    r = runner.invoke(app, ["evaluate", "rec", "--other-corpus", "d/"])
    assert r.exit_code == 0 and r.stdout == "other_corpus: d/\n"  # text: the evaluator's rendering, for its source


def test_each_option_reaches_run_by_its_name_with_its_kinds_default(recorder):
    ev, app, runner = recorder
    r = runner.invoke(app, ["evaluate", "rec", "g.jsonl"])
    assert r.exit_code == 0, r.output
    assert ev.calls[-1] == ("g.jsonl", {"source": "gold", "split": None, "model": None, "published": None,
                                        "max_items": None, "tags": None, "loud": False, "errors": None,
                                        "actors": None, "agents": None, "verbs": None, "discards": None,
                                        "issues": None})
    r = runner.invoke(app, ["evaluate", "rec", "g.jsonl", "--split", "dev", "--model", "m", "--published", "2026",
                            "--max-items", "3", "--tags", "a", "--tags", "b", "--loud"])
    assert r.exit_code == 0, r.output
    assert ev.calls[-1] == ("g.jsonl", {"source": "gold", "split": "dev", "model": "m", "published": "2026",
                                        "max_items": "3", "tags": ["a", "b"], "loud": True, "errors": None,
                                        "actors": None, "agents": None, "verbs": None, "discards": None,
                                        "issues": None})


def test_the_help_shows_what_each_part_declares(recorder):
    ev, app, runner = recorder
    shown = runner.invoke(app, ["evaluate", "rec", "--help"], env={"COLUMNS": "240"}).stdout
    for text in ("Score the recorder's gold.", "Gold lines of the recorder.", "Another one.", "A date for every text.",
                 "Stop after so many.", "A tag to keep", "Say more.", "Score only this split (default: all items).",
                 "text or json.", "spaCy pipeline (as for extract).", "--max-items", "[GOLD]"):
        assert re.search(rf"(?<=\s){re.escape(text)}(?=\s)", shown), text  # whole, nothing glued to either end
    assert re.search(r"--other-corpus +DIR +Another one", shown) and re.search(r"--format +-f ", shown)
    assert re.search(r"│ +GOLD +<str> +Gold lines", shown)
    # no default shown for a gold source: only --format's
    assert re.findall(r"\[default: [^]]*\]", shown) == ["[default: text]"]


def test_a_bad_errors_file_or_dictionary_is_refused_before_the_run(recorder, tmp_path):
    ev, app, runner = recorder
    r = runner.invoke(app, ["evaluate", "rec", "g.jsonl", "--errors", str(tmp_path / "no" / "x.jsonl")])
    assert r.exit_code == 2 and "does not exist" in r.stderr and ev.calls == []
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\xfa not text\n")
    for option in ("--actors", "--agents", "--verbs", "--discards", "--issues"):  # each dictionary checked first
        r = runner.invoke(app, ["evaluate", "rec", "g.jsonl", option, str(tmp_path / "bad.txt")])
        assert r.exit_code == 1 and "bad.txt" in r.stderr and "UTF-8" in r.stderr and ev.calls == [], option


def test_a_gold_option_given_twice_is_named_with_the_command(recorder):
    ev, app, runner = recorder
    r = runner.invoke(app, ["evaluate", "rec", "--other-corpus", "a/", "--other-corpus", "b/"])
    assert r.exit_code == 2 and ev.calls == []
    assert "evaluate rec: --other-corpus given 2 times (a/, b/); score one gold file at a time" in r.stderr


# --- dictionary_files.without_block_comments: the one reader of `<!-- -->` comments for actor, agent and verb files

def test_block_comments_are_cut_within_and_across_lines():
    from newsgraph.dictionary_files import without_block_comments

    lines = ["KEEP <!-- one --> ME <!--two-->", "A <!-- opens", "inside", "closes --> B <! -- spaced -->C",
             "<!-- x --><!-- y -->D", "E <!-- open again", "--> F"]
    assert list(without_block_comments(lines)) == [
        (1, "KEEP  ME "), (2, "A "), (4, " B C"), (5, "D"), (6, "E "), (7, " F")]
    assert list(without_block_comments(["<!-- never closed", "gone", "gone too"])) == [(1, "")]
    assert list(without_block_comments(iter(["x # y"]))) == [(1, "x # y")]  # line comments are each reader's own
    # a stray "-->" before a comment opens is text: the comment's end is looked for after its opening
    assert list(without_block_comments(["a --> b <!-- c --> d"])) == [(1, "a --> b  d")]
