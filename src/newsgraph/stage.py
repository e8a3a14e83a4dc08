"""The stage contract, and the options of a run.

A stage is a component in the manner of a spaCy component made by a factory, or a stanza processor
with REQUIRES/PROVIDES: a class registered under its name, built ONCE per pipeline from the spaCy
pipeline and its own typed settings, then called on each article:

    @register
    class TimesStage(Stage):
        name = "times"
        requires = frozenset({"parse", "sections"})     # Document fields it reads
        provides = frozenset({"times", "published"})    # Document fields it writes
        amends = frozenset()                            # fields an earlier stage wrote that it rewrites
        def __init__(self, nlp, settings=None): ...     # build matchers, load tables: owned here
        def __call__(self, doc, parse): ...

The pipeline orders the stages from these declarations (`order`), and refuses a pipeline whose
needs are not met or in which two stages write one field, naming the field. A stage that rewrites a field
another stage wrote (the places stage retypes the actors stage's entities and drops a town's actor) says so in
`amends`: it runs after the field's writer, and every stage that reads the field (and does not amend it too)
runs after it, so that no reader sees the field half made. A stage owns its
matchers, lexicons and tables; its options (dictionary paths, ...) are its `Settings`, a frozen
dataclass, handed to it through `Options.stages[name]`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, ClassVar

from .errors import PipelineError  # re-exported: it used to be defined here


@dataclass(frozen=True)
class NoSettings:
    """The settings of a stage that has none."""


class Stage:
    """Base of every stage; see the module docstring for the contract."""

    name: ClassVar[str]
    requires: ClassVar[frozenset[str]] = frozenset()
    provides: ClassVar[frozenset[str]] = frozenset()
    amends: ClassVar[frozenset[str]] = frozenset()
    Settings: ClassVar[type] = NoSettings

    def __init__(self, nlp, settings: Any = None):
        if settings is None:
            settings = self.Settings()
        elif not isinstance(settings, self.Settings):
            raise PipelineError(f"stage {self.name!r} takes {self.Settings.__name__}, not {type(settings).__name__}")
        self.settings = settings

    def __call__(self, doc, parse) -> None:  # pragma: no cover - every stage overrides it
        raise NotImplementedError

    def __repr__(self) -> str:
        amends = f", amends {sorted(self.amends)}" if self.amends else ""
        return f"<stage {self.name}: {sorted(self.requires)} -> {sorted(self.provides)}{amends}>"


_REGISTRY: dict[str, type[Stage]] = {}


def register(cls: type[Stage]) -> type[Stage]:
    """Class decorator: make a stage class known to the pipeline under its `name`."""
    if cls.name in _REGISTRY and _REGISTRY[cls.name] is not cls:
        raise PipelineError(f"two stages are named {cls.name!r}")
    _REGISTRY[cls.name] = cls
    return cls


def registered() -> dict[str, type[Stage]]:
    return dict(_REGISTRY)


def order(stages: Iterable[type[Stage]], given: frozenset[str]) -> list[type[Stage]]:
    """The stages in an order in which every stage's needs are provided before it runs, and a field's
    amenders (`amends`) run after its writer and before the stages that read it.

    Among the stages that can run, the earliest in `stages` goes first, so the order is stable.
    Raises PipelineError naming the missing field, or a field that two stages claim to write.
    """
    todo = list(stages)
    writer: dict[str, str] = {f: "the pipeline" for f in given}
    amenders: dict[str, list[str]] = {}
    for st in todo:
        for f in st.provides:
            if f in writer:
                raise PipelineError(f"stages {writer[f]!r} and {st.name!r} both write {f!r}")
            writer[f] = st.name
        for f in st.amends:
            amenders.setdefault(f, []).append(st.name)
    have, done, ran = set(given), [], set()
    while todo:
        ready = next((st for st in todo if st.requires | st.amends <= have
                      and not _amenders_to_wait_for(st, amenders, ran)), None)
        if ready is None:
            raise PipelineError(_why_waiting(todo[0], have, writer, amenders, ran))
        todo.remove(ready)
        done.append(ready)
        ran.add(ready.name)
        have |= ready.provides
    return done


def _amenders_to_wait_for(st: type[Stage], amenders: dict[str, list[str]], ran: set[str]) -> list[str]:
    """The fields `st` reads that a stage yet to run will rewrite (a field it amends itself excepted)."""
    return sorted(f for f in st.requires - st.amends if any(a not in ran for a in amenders.get(f, ())))


def _why_waiting(st: type[Stage], have: set[str], writer: dict[str, str], amenders: dict[str, list[str]],
                 ran: set[str]) -> str:
    """Why the first stage left cannot run: a need no stage provides, or one whose writer or amender waits."""
    missing = sorted((st.requires | st.amends) - have)
    if not missing:
        fields = _amenders_to_wait_for(st, amenders, ran)
        by = sorted({a for f in fields for a in amenders[f] if a not in ran})
        return (f"stage {st.name!r} reads {', '.join(map(repr, fields))} only after {', '.join(map(repr, by))} "
                f"{'amends' if len(by) == 1 else 'amend'} {'it' if len(fields) == 1 else 'them'}, itself waiting")
    known = [f for f in missing if f in writer]
    why = (f"which comes only from {', '.join(repr(writer[f]) for f in known)}, itself waiting"
           if known else "which no stage provides")
    return f"stage {st.name!r} needs {', '.join(map(repr, missing))}, {why}"


@dataclass
class Options:
    """What a run hands to the pipeline (and to worker processes): run-wide choices only.

    `stages` maps a stage name to that stage's own Settings (e.g. `{"actors": ActorSettings(...)}`);
    a stage not named gets its defaults.
    """

    model: str | None = None
    published: str | None = None  # ISO date from --published (dates.parse_date): overrides metadata and inference
    check_language: bool = True
    batch_size: int = 32  # articles per nlp.pipe stream
    memory_zone: bool = True  # free each batch's new vocabulary strings after it (Pipeline.memory_zone)
    stages: dict[str, Any] = field(default_factory=dict)
