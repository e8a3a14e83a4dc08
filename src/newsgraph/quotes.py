"""The quotes stage, kept importable as `newsgraph.quotes`: the code lives in `newsgraph.attribution`."""

from .attribution.marks import find_marked  # noqa: F401
from .attribution.speakers import Mentions, resolve_speaker  # noqa: F401
from .attribution.stage import QUOTE_SECTIONS, QuotesStage, extract, extract_all, quote_at  # noqa: F401
