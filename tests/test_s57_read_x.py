"""Session 57, s57-read: the read-again mends (docs/testing.md, "Session 57, s57-read").

Each mend moves code or names without changing an output; these tests hold the shape a mend gave, so that it cannot
quietly come undone."""

import ast
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
