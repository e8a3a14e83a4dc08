"""newsgraph: news articles in, verifiable event data out (actors, events, quotes, times, places).

    >>> import newsgraph
    >>> doc = newsgraph.extract("WASHINGTON (AP) — ...", title="...", published="2026-01-25")
    >>> doc.to_json()

`extract` handles one text; `extract_many` streams many (paths, Articles, or texts) in order.
"""

from __future__ import annotations

from .version import __version__

from collections.abc import Iterable, Iterator

from .model import SCHEMA, Document

__all__ = ["SCHEMA", "Document", "extract", "extract_many", "read_paths", "Options", "__version__"]

_PIPELINES: dict = {}


def _pipeline(options=None):
    from .pipeline import Pipeline
    from .stage import Options

    options = options or Options()
    key = repr(options)
    if key not in _PIPELINES:
        _PIPELINES[key] = Pipeline(options)
    return _PIPELINES[key]


def extract(text: str, *, model: str | None = None, **metadata) -> Document:
    """One article's text (and optional title, url, published, outlet) -> Document.

    Raises newsgraph.errors.InputError for input newsgraph cannot handle (empty, not English).
    """
    from .stage import Options

    return _pipeline(Options(model=model)).extract(text, **metadata)


def extract_many(inputs: Iterable, *, workers: int = 1, options=None) -> Iterator:
    """Yield a Document, or a failure (InputError/ExtractionError), for each input, in order.

    Inputs are Articles (from read_paths) or plain strings.
    """
    from .pipeline import extract_many as _many
    from .read import make_article

    def articles():
        for i, item in enumerate(inputs):
            yield make_article(item, f"<text {i}>") if isinstance(item, str) else item

    return _many(articles(), options, workers)


def read_paths(paths, **kw):
    from .read import read_paths as _read

    return _read(paths, **kw)


def __getattr__(name):
    if name == "Options":
        from .stage import Options

        return Options
    raise AttributeError(name)
