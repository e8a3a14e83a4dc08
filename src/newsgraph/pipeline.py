"""The pipeline: read -> structure -> parse -> stages, for one article or a stream of many.

Stages are small functions that add to the Document. Each declares what it requires and what it
provides (as stanza's processors do), and the order is checked when the pipeline is built.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from . import __version__
from .errors import ExtractionError, InputError  # ExtractionError re-exported: it used to live here
from .model import Document, Published, Source, content_id
from .nlp import Parse, load, model_info, parse_many
from .read import Article, detect_language, language_name, make_article
from .stage import Options, Stage
from .structure import label_sections

# What the pipeline itself provides before any stage runs.
BASE_PROVIDES = frozenset({"text", "sections", "dateline", "source", "published.metadata", "parse"})


Failure = InputError | ExtractionError


def default_stages() -> list[Stage]:
    from . import entities, places, quotes, times
    from .actors.stage import STAGE as actors
    from .events.stage import STAGE as events

    return [entities.STAGE, actors, times.STAGE, places.STAGE, quotes.STAGE, events]


def check_stages(stages: list[Stage]) -> None:
    have = set(BASE_PROVIDES)
    for st in stages:
        missing = st.requires - have
        if missing:
            raise ValueError(f"stage {st.name!r} requires {sorted(missing)}, which no earlier stage provides")
        have |= st.provides


def parse_date(value: str | None) -> str | None:
    """An ISO date (YYYY-MM-DD) from a metadata date string, or None."""
    if not value:
        return None
    value = str(value).strip()
    try:
        return dt.date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        pass
    try:
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        pass
    import dateparser

    parsed = dateparser.parse(value, languages=["en"], settings={"PREFER_DAY_OF_MONTH": "first"})
    return parsed.date().isoformat() if parsed else None


class Pipeline:
    def __init__(self, options: Options | None = None, stages: list[Stage] | None = None):
        self.options = options or Options()
        self.nlp = load(self.options.model)
        self.stages = default_stages() if stages is None else stages
        check_stages(self.stages)
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
        override = parse_date(self.options.published) if self.options.published else None
        if override:
            published = Published(value=override, inferred=False, basis="given with --published")
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
                st.run(doc, parse, self.options)
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
