"""Fuzzing (hypothesis): readers, the section labeller and the whole pipeline never crash on any input.

A short run is part of `make test`; `make fuzz` sets NEWSGRAPH_FUZZ=1 for the long one (over 100,000
generated inputs in all; `--hypothesis-show-statistics` prints how many each test ran). Whatever comes
in, the outcome is an Article/Document or a named InputError, never another exception, and every
offset slices the text it points into.
"""

import json
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsgraph.errors import InputError
from newsgraph.model import check_offsets
from newsgraph.read import Article, decode, normalise, read_bytes, sniff_format
from newsgraph.structure import label_sections

LONG = os.environ.get("NEWSGRAPH_FUZZ") == "1"
# examples per test: (short run, long run); the long run sums to 100,000
EXAMPLES = {"bytes": (150, 35_000), "records": (100, 8_000), "html": (30, 2_000), "sections": (200, 45_000),
            "pipeline": (25, 10_000)}


def fuzz(kind: str):
    return settings(max_examples=EXAMPLES[kind][LONG], deadline=None, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                           HealthCheck.function_scoped_fixture])


COUNTS: dict[str, int] = {}
LOG = os.environ.get("NEWSGRAPH_FUZZ_LOG")


def tick(kind: str) -> None:
    """Count the inputs each test ran; with $NEWSGRAPH_FUZZ_LOG set, the counts are written there every
    500 inputs, so that a long run stopped early still says how far it got."""
    COUNTS[kind] = COUNTS.get(kind, 0) + 1
    if LOG and COUNTS[kind] % 500 == 0:
        with open(LOG, "w") as fh:
            json.dump(COUNTS, fh)


NEWSY = ["Rubio", "warned", "Iraq", "on", "Sunday", "\u201c", "\u201d", '"', "'", "\u00ab", "\u00bb", "PHOTO", "AFP",
         "(Reuters)", "--", "\u2014", "\n", "\n\n", "(Washington)", "WASHINGTON", "said", "told", "the", "minister",
         ".", ",", ":", "Tehran", "Published at", "Updated", "January 19, 2026", "last quarter", "yesterday",
         "\u00e9", "\u00a0", "\r\n", "\t", "\u200b", "\u00ad", "e\u0301", "By", "Jane Doe", "Getty Images", "caption",
         "according to", "President", "Joe Biden", "in", "Baghdad", "2026-03-15", "#", "*", "-", "|"]
newsy_text = st.lists(st.one_of(st.sampled_from(NEWSY), st.text(max_size=10)), max_size=80).map(" ".join)


def check_read(results, data_name: str) -> None:
    for res in results:
        assert isinstance(res, (Article, InputError)), type(res)
        if isinstance(res, InputError):
            assert res.name.startswith(data_name) and res.reason
        else:
            assert res.text.strip() and res.text == normalise(res.text)[0]


@fuzz("bytes")
@given(st.one_of(st.binary(max_size=400), newsy_text.map(lambda t: t.encode("utf-8", "surrogatepass"))),
       st.sampled_from([None, "text", "json", "jsonl"]))
def test_fuzz_read_bytes(data, fmt):
    tick("bytes")
    check_read(list(read_bytes(data, "in.dat", None, 4096, fmt)), "in.dat")


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20) | newsy_text,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
        st.sampled_from(["text", "title", "url", "published", "date", "source", "id", "x"]), inner, max_size=6),
    max_leaves=20)


@fuzz("records")
@given(st.lists(json_values, min_size=1, max_size=4), st.booleans(), st.sampled_from(["json", "jsonl", None]))
def test_fuzz_json_records(values, cut, fmt):
    tick("records")
    raw = "\n".join(json.dumps(v) for v in values) if fmt == "jsonl" else json.dumps(values)
    if cut:  # truncated files are common
        raw = raw[: len(raw) // 2]
    check_read(list(read_bytes(raw.encode(), f"r.{fmt or 'txt'}", None, 1 << 20, fmt)), f"r.{fmt or 'txt'}")


html_parts = st.lists(st.one_of(st.sampled_from(["<html>", "<body>", "<p>", "</p>", "<div>", "</div>", "<title>",
                                                  "</title>", "<script>", "<!--", "-->", "<meta name='date' content='2026-01-01'>",
                                                  "&amp;", "&#0;", "<", ">", "<br/>"]), newsy_text), max_size=30)


@fuzz("html")
@given(html_parts)
def test_fuzz_html(parts):
    tick("html")
    html = "".join(parts)
    check_read(list(read_bytes(html.encode("utf-8", "surrogatepass"), "p.html", None, 1 << 20, "html")), "p.html")


@fuzz("sections")
@given(newsy_text, st.booleans())
def test_fuzz_label_sections(raw, has_title):
    tick("sections")
    text, _ = normalise(raw)
    sniff_format("x", text)
    sections, dateline, facts = label_sections(text, has_title=has_title)
    prev_end = 0
    covered = 0
    for sec in sections:
        assert prev_end <= sec.start < sec.end <= len(text) and text[sec.start:sec.end] == sec.text
        prev_end = sec.end
        covered += sum(1 for ch in sec.text if not ch.isspace())
    assert covered == sum(1 for ch in text if not ch.isspace())  # no visible character is lost
    assert dateline is None or dateline in sections
    assert set(facts) == {"agency", "agency_basis"}


@pytest.fixture(scope="module")
def pipe():
    from newsgraph.pipeline import Pipeline
    from newsgraph.stage import Options

    return Pipeline(Options(check_language=False))  # let every text reach the stages


@fuzz("pipeline")
@given(st.lists(st.one_of(st.sampled_from(NEWSY), st.text(max_size=8)), max_size=25).map(" ".join))
def test_fuzz_pipeline(pipe, text):
    tick("pipeline")
    from newsgraph.pipeline import ExtractionError

    try:
        doc = pipe.extract(text)
    except InputError:
        return
    except ExtractionError as exc:  # a stage crashed: a bug, whatever the input
        raise AssertionError(f"stage bug on {text!r}: {exc}") from exc
    assert check_offsets(doc) == []
    assert doc.text == normalise(text)[0]
