"""The pipeline: read -> structure -> parse -> stages, for one article or a stream of many.

The stages are components (stage.py): each declares the Document fields it reads and writes, and
the pipeline runs them in the order those declarations imply, refusing a set whose needs are not
met. Before any stage runs, the pipeline settles what it knows itself: the text, its sections and
dateline, its source, the parse, and the publication date given as metadata or with --published
(the times stage completes it from a dated line or from the text when neither gives one).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from . import __version__
from .dates import parse_date
from .errors import InputError, NewsgraphError
from .model import Document, Published, Source, content_id
from .nlp import Parse, load, model_info, parse_many
from .read import Article, detect_language, language_name, make_article
from .stage import Options, PipelineError, Stage, order, registered
from .structure import label_sections

# What the pipeline itself provides before any stage runs. `published` is not among them: a date
# from metadata is set here, but only the times stage can settle a missing one.
BASE_PROVIDES = frozenset({"text", "title", "sections", "dateline", "source", "parse"})
# The stages of a default pipeline; the order they run in is derived from their declarations.
DEFAULT_STAGES = ("entities", "actors", "times", "places", "quotes", "events")


class ExtractionError(NewsgraphError):
    """A stage failed on one article: reported for that article, the batch goes on."""

    def __init__(self, name: str, reason: str):
        super().__init__(f"{name}: {reason}")
        self.name = name
        self.reason = reason

    def __reduce__(self):
        return type(self), (self.name, self.reason)


Failure = InputError | ExtractionError


def default_stages() -> list[type[Stage]]:
    """The default stage classes (importing their modules registers them)."""
    from . import entities, places, quotes, times  # noqa: F401
    from .actors import stage as _actors  # noqa: F401
    from .events import stage as _events  # noqa: F401

    known = registered()
    return [known[n] for n in DEFAULT_STAGES]


def settle_published(value: str | None) -> str | None:
    """The ISO date of a --published value; PipelineError when it is given but is not a date."""
    if value is None:
        return None
    iso = parse_date(value)
    if iso is None:
        raise PipelineError(f"--published {value!r}: not a date (use e.g. 2023-06-01, '1 June 2023', 'June 1, 2023')")
    return iso


class Pipeline:
    def __init__(self, options: Options | None = None, stages: Iterable[type[Stage]] | None = None):
        self.options = options or Options()
        self.published = settle_published(self.options.published)
        classes = default_stages() if stages is None else list(stages)
        unknown = set(self.options.stages) - {c.name for c in classes}
        if unknown:
            raise PipelineError(f"settings given for stages not in the pipeline: {', '.join(sorted(unknown))}")
        ordered = order(classes, BASE_PROVIDES)
        self.nlp = load(self.options.model)
        self.stages = [cls(self.nlp, self.options.stages.get(cls.name)) for cls in ordered]
        self.meta = {"generator": f"newsgraph {__version__}", **model_info(self.nlp)}

    def prepare(self, art: Article) -> Document:
        """Structure and metadata: everything before the parse. Raises InputError for bad input."""
        text = art.text
        sections, dateline, facts = label_sections(text, has_title=bool(art.title))
        body = " ".join(s.text for s in sections if s.kind in ("body", "title"))[:800]
        language = "en"
        if self.options.check_language and len(body) >= 40:
            lang, prob = detect_language(body)
            if lang != "en" and prob >= 0.95:
                raise InputError(art.name, f"text is in {language_name(lang)} ({lang}); newsgraph handles English for now")
            language = "en" if lang == "en" or prob < 0.95 else lang
        published = Published()
        if self.published:
            published = Published(value=self.published, inferred=False, basis="given with --published")
        elif art.published:
            value = parse_date(art.published)
            if value:
                published = Published(value=value, inferred=False, basis=f"{art.format} metadata: {art.published!r}")
        return Document(
            id=content_id(text),
            text=text,
            language=language,
            source=Source(path=art.path, url=art.url, outlet=art.outlet, agency=facts["agency"],
                          agency_basis=facts["agency_basis"], record_id=art.record_id, format=art.format),
            title=art.title or next((s.text for s in sections if s.kind == "title"), None),
            dateline=dateline and _span(dateline),
            published=published,
            sections=sections,
            meta=dict(self.meta),
        )

    def annotate(self, doc: Document, parse: Parse, name: str) -> Document:
        for st in self.stages:
            try:
                st(doc, parse)
            except Exception as exc:  # a bug must cost one article, not the batch
                raise ExtractionError(name, f"internal error in stage {st.name!r}: {type(exc).__name__}: {exc}") from exc
        return doc

    def run(self, articles: Iterable[Article | InputError]) -> Iterator[Document | Failure]:
        """Documents (or failures) for a stream of articles, in input order."""
        batch: list[Article | InputError] = []
        for art in articles:
            batch.append(art)
            if len(batch) >= self.options.batch_size:
                yield from self._run_batch(batch)
                batch = []
        if batch:
            yield from self._run_batch(batch)

    def _run_batch(self, batch: list[Article | InputError]) -> list[Document | Failure]:
        results: list[Document | Failure | None] = [None] * len(batch)
        todo: list[tuple[int, Document]] = []
        for i, art in enumerate(batch):
            if isinstance(art, Exception):
                results[i] = art
                continue
            try:
                todo.append((i, self.prepare(art)))
            except InputError as err:
                results[i] = err
        parses = parse_many(self.nlp, [(d.text, d.sections) for _, d in todo])
        for (i, doc), parse in zip(todo, parses):
            try:
                results[i] = self.annotate(doc, parse, batch[i].name)
            except ExtractionError as err:
                results[i] = err
        return results  # type: ignore[return-value]

    def extract(self, text: str, name: str = "<text>", **metadata) -> Document:
        art = make_article(text, name, metadata.pop("format", "text"), **metadata)
        (result,) = self._run_batch([art])
        if isinstance(result, Exception):
            raise result
        return result


def _span(section):
    from .model import Span

    return Span(start=section.start, end=section.end, text=section.text)


# --- many articles, optionally in worker processes -------------------------------------------------

_WORKER: Pipeline | None = None


def _init_worker(options: Options) -> None:
    global _WORKER
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    _WORKER = Pipeline(options)


def _work(batch: list[Article | InputError]) -> list[Document | Failure]:
    assert _WORKER is not None
    return _WORKER._run_batch(batch)


def batched(items: Iterable, size: int) -> Iterator[list]:
    """Lists of up to `size` items, in order (itertools.batched arrives in Python 3.12)."""
    batch = []
    for it in items:
        batch.append(it)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def extract_many(articles: Iterable[Article | InputError], options: Options | None = None, workers: int = 1
                 ) -> Iterator[Document | Failure]:
    """Documents or failures for many articles, in input order; `workers` > 1 uses processes."""
    options = options or Options()
    if workers <= 1:
        yield from Pipeline(options).run(articles)
        return
    import multiprocessing as mp
    from collections import deque

    ctx = mp.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_init_worker, initargs=(options,)) as pool:
        window: deque = deque()
        for batch in batched(articles, options.batch_size):
            window.append(pool.submit(_work, batch))
            while len(window) > workers * 2:
                yield from window.popleft().result()
        while window:
            yield from window.popleft().result()
