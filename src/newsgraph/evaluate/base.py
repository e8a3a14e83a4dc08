"""One interface for every `newsgraph evaluate` command, and the registry the CLI builds them from.

An evaluator scores one kind of output (time, events, quotes, places, actors) against gold data in
four steps; `source` names the gold format (see `Source`):

    gold = ev.load_gold(path, split, source)        # InputError naming the file (and line) at fault
    predictions = ev.predict(gold, options, source)  # runs newsgraph's Pipeline over the gold texts
    report = ev.score(gold, predictions, source)     # a JSON-able dict (`--format json` prints it)
    text = ev.render(report, source)                 # the same as a readable table (`--format text`)

`ev.run(path, split, source, model, **extra)` does the first three. Every `newsgraph evaluate NAME`
command is built from the registry by the CLI in one loop, so all take the same `--split`,
`--format text|json` and `--model`, plus one way to give gold data per entry of `sources`: the
positional GOLD (newsgraph's own JSONL, `gold/*.jsonl`) and named corpus options such as
`--polnear DIR`. Exactly one must be given. `options` adds an evaluator's own options (`--verbs`).

How to add an evaluator (or a new gold source to an existing one)
-----------------------------------------------------------------
1. Write a module under newsgraph/evaluate/ with four plain functions:
       load_gold(path, split=None) -> gold         # split: None = all, else "dev" | "heldout" | "train"
       predict(gold, options) -> predictions        # options: newsgraph.stage.Options (--model etc.)
       score(gold, predictions) -> dict
       render(report) -> str
   and, optionally, a fifth that makes the Options `predict` gets, when the evaluator has options
   of its own (`Option`, e.g. --verbs: they arrive as keywords, None when not given) or the run
   needs other defaults (e.g. check_language=False); without it predict gets Options(model=model):
       pipeline_options(model, **options) -> newsgraph.stage.Options
   Use `heldout_split(doc_id)` for corpora without their own split, raise
   newsgraph.errors.InputError for bad gold data (`read_gold_text` reads a file with those errors),
   and `empty_gold(...)` when nothing is kept: no items at all is an InputError, none in the split
   asked for a UsageError naming the splits the corpus has.
2. Register it in newsgraph/evaluate/__init__.py, one entry:
       register(ModuleEvaluator("newsgraph.evaluate.mykind", name="mykind", help="What it scores.",
                                sources=[gold_file("Gold JSONL (docs/accuracy.md).")]))
   To let an existing evaluator read another corpus, add a source that names your module instead:
       corpus("polnear", "DIR", "newsgraph.evaluate.polnear", "PolNeAR annotation directory.")
   in that evaluator's `sources` (giving `--polnear DIR` to its command; its four functions are used
   when the option is given).
3. Add a test; `newsgraph evaluate mykind --help` shows the command.
An evaluator needing more than four functions can subclass `Evaluator` instead (see actors.py).
"""

from __future__ import annotations

import hashlib
import importlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from ..errors import InputError, NewsgraphError, UsageError

GOLD = "gold"  # the source name of the positional GOLD argument
SPLITS = ("dev", "heldout", "train")  # the names --split takes; each corpus has some of them


@dataclass(frozen=True)
class Source:
    """One way to give an evaluator gold data: the positional GOLD file or a named corpus option."""

    name: str  # GOLD, or the option's name: "polnear" -> --polnear
    help: str
    metavar: str = "FILE"  # FILE or DIR, shown in --help
    module: str | None = None  # module with load_gold/predict/score/render for this source; None: the evaluator's own

    @property
    def flag(self) -> str:
        return "GOLD" if self.name == GOLD else "--" + self.name.replace("_", "-")


def gold_file(help: str) -> Source:
    """The positional GOLD argument: newsgraph's own JSONL gold format."""
    return Source(GOLD, help, "GOLD")


def corpus(name: str, metavar: str, module: str | None, help: str) -> Source:
    """A named corpus option (`--NAME METAVAR`) read by `module`'s four functions."""
    return Source(name, help, metavar, module)


@dataclass(frozen=True)
class Option:
    """An evaluator's own command-line option. Its value reaches `pipeline_options` (and `run`) as a
    keyword argument named `name`."""

    name: str  # --name (underscores become dashes)
    help: str
    kind: str = "value"  # value | list (repeatable) | flag


class Gold(list):
    """Gold items that remember where they came from (a report can name the file and split)."""

    def __init__(self, items: Iterable = (), path: str | None = None, split: str | None = None):
        super().__init__(items)
        self.path = path
        self.split = split


def heldout_split(doc_id: str) -> str:
    """The project's held-aside third for corpora without their own split: "heldout" or "dev"."""
    return "heldout" if int(hashlib.sha1(doc_id.encode()).hexdigest(), 16) % 3 == 0 else "dev"


def pipeline_for(options):
    """A Pipeline from stage Options (or None for the defaults); a ready Pipeline is used as it is."""
    if hasattr(options, "extract"):
        return options
    from ..pipeline import Pipeline

    return Pipeline(options)


def documents(items: list[dict], options=None) -> list:
    """One Document per gold article (`options`: stage Options, None for the defaults, or a Pipeline):
    the `predict` of the span evaluators whose gold is plain article text."""
    pipe = pipeline_for(options)
    return [pipe.extract(rec["text"], name=rec.get("id", "<gold>")) for rec in items]


def is_pipeline(predictions) -> bool:
    """True when a `score` caller passed a pipeline (or nothing) instead of predictions: the
    modules' older `score(gold, pipeline)` form, kept for callers written before `predict`."""
    return predictions is None or hasattr(predictions, "extract")


class Evaluator:
    """Base for evaluators. Subclasses set name/help/sources (and options) and the four methods."""

    name: str = ""
    help: str = ""
    sources: tuple[Source, ...] = ()
    options: tuple[Option, ...] = ()

    def load_gold(self, path: str, split: str | None = None, source: str = GOLD):
        raise NotImplementedError

    def predict(self, gold, options, source: str = GOLD):
        raise NotImplementedError

    def score(self, gold, predictions, source: str = GOLD) -> dict:
        raise NotImplementedError

    def render(self, report: dict, source: str = GOLD) -> str:
        raise NotImplementedError

    def source(self, name: str) -> Source:
        for s in self.sources:
            if s.name == name:
                return s
        raise UsageError(f"evaluate {self.name}: no gold source {name!r} (have {', '.join(s.flag for s in self.sources)})")

    def pipeline_options(self, model: str | None = None, source: str = GOLD, **extra):
        """The stage Options `predict` gets: --model (evaluators with options of their own turn
        those into settings here)."""
        from ..stage import Options

        return Options(model=model)

    def gold(self, path: str, split: str | None = None, source: str = GOLD):
        """`load_gold` after checking the split's name: one that is not in SPLITS is a UsageError (the
        CLI's --split takes only those; a caller of the Python API gets the same one line)."""
        if split is not None and split not in SPLITS:
            raise UsageError(f"--split {split}: no such split (use {', '.join(SPLITS)})")
        return self.load_gold(path, split, source)

    def run(self, path: str, split: str | None = None, source: str = GOLD, model: str | None = None, **extra) -> dict:
        """Load the gold, run the pipeline over it and score it: the report."""
        self.source(source)
        gold = self.gold(path, split, source)
        predictions = self.predict(gold, self.pipeline_options(model, source, **extra), source)
        return self.score(gold, predictions, source)


class ModuleEvaluator(Evaluator):
    """An evaluator whose steps are a module's four plain functions (one module per gold source).

    `module` is a module or its dotted name (imported on first use, so building the CLI stays cheap).
    """

    def __init__(self, module: str | ModuleType, name: str, help: str, sources: Iterable[Source] = (),
                 options: Iterable[Option] = ()):
        self.module = module
        self.name = name
        self.help = help
        self.sources = tuple(sources) or (gold_file("Gold JSONL (format: docs/accuracy.md)."),)
        self.options = tuple(options)

    def _module(self, source: str) -> ModuleType:
        mod = self.source(source).module or self.module
        return importlib.import_module(mod) if isinstance(mod, str) else mod

    def pipeline_options(self, model: str | None = None, source: str = GOLD, **extra):
        """The module's own `pipeline_options(model, **extra)` when it has one (e.g. to turn --verbs
        into stage settings), else the default."""
        hook = getattr(self._module(source), "pipeline_options", None)
        return hook(model, **extra) if hook else super().pipeline_options(model, source, **extra)

    def load_gold(self, path: str, split: str | None = None, source: str = GOLD):
        return self._module(source).load_gold(path, split)

    def predict(self, gold, options, source: str = GOLD):
        return self._module(source).predict(gold, options)

    def score(self, gold, predictions, source: str = GOLD) -> dict:
        return self._module(source).score(gold, predictions)

    def render(self, report: dict, source: str = GOLD) -> str:
        return self._module(source).render(report)

    def run(self, path: str, split: str | None = None, source: str = GOLD, model: str | None = None, **extra) -> dict:
        """As Evaluator.run; an `errors` option (a file name) also writes the module's per-item
        dump there (`write_errors(gold, predictions, path)`) for error analysis."""
        dump = extra.pop("errors", None)
        if dump is None:
            return super().run(path, split, source, model, **extra)
        mod = self._module(source)
        if not hasattr(mod, "write_errors"):
            raise UsageError(f"evaluate {self.name}: --errors is not available for {self.source(source).flag}")
        gold = self.gold(path, split, source)
        predictions = self.predict(gold, self.pipeline_options(model, source, **extra), source)
        mod.write_errors(gold, predictions, dump)
        return self.score(gold, predictions, source)


def read_gold_text(path: str, what: str, expected: str, encoding: str = "utf-8") -> str:
    """A gold file's text; a file that cannot be read, or is not UTF-8, is a one-line InputError
    naming it ("cannot read {what}: ...", "not a UTF-8 text file (expected {expected})")."""
    try:
        return Path(path).read_text(encoding=encoding)
    except OSError as exc:
        raise InputError(path, f"cannot read {what}: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise InputError(path, f"not a UTF-8 text file (expected {expected})") from None


def empty_gold(path: str, what: str, split: str | None, splits: Iterable[str | None]) -> NewsgraphError:
    """The error for a gold load that kept no item, `what` naming the items ("sentences").

    `splits` gives the split of every item the corpus has (None for one that names none). A corpus
    with no items is an InputError: the file is at fault (exit 1). One that has items, none in the
    split asked for, is a UsageError naming the splits it has: the option is at fault (exit 2), e.g.
    `evaluate time --timeml DIR --split train`, whose files are all dev or held-aside."""
    splits = list(splits)
    if split is None or not splits:
        return InputError(path, f"no {what}")
    named = sorted({s for s in splits if s})
    return UsageError(f"{path}: no {what} in split {split!r} "
                      f"({'it has ' + ', '.join(named) if named else 'its items name no split'})")


def write_jsonl(rows: Iterable[dict], path: str) -> None:
    """An `--errors` dump: one JSON object a line (InputError naming the file when it cannot be written)."""
    try:
        with open(path, "w", encoding="utf-8") as out:
            for row in rows:
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
    except OSError as exc:
        raise InputError(path, f"cannot write the errors file ({exc.strerror or exc})") from None


REGISTRY: dict[str, Evaluator] = {}


def register(evaluator: Evaluator) -> Evaluator:
    """Add an evaluator (its `name` becomes `newsgraph evaluate NAME`); a second one of a name replaces the first."""
    if not evaluator.name or not evaluator.sources:
        raise ValueError("an evaluator needs a name and at least one gold source")
    REGISTRY[evaluator.name] = evaluator
    return evaluator


def get(name: str) -> Evaluator:
    try:
        return REGISTRY[name]
    except KeyError:
        raise UsageError(f"no evaluator {name!r} (have {', '.join(REGISTRY)})") from None


def evaluators() -> list[Evaluator]:
    return list(REGISTRY.values())

