"""Session 34 (s34-type): exact CAMEO sub-codes the codebook defines by what a demand asks for, what is let in,
who is killed and what is alleged, on our own sentences labelled from the codebook's definitions before their first
run (tests/data/s34_type_codes.tsv; "!CODE": a near miss, any code but CODE). docs/accuracy.md, Session 34, s34-type."""

import pytest

from eventsutil import DATA, top_event

KNOWN_MISSES: set[str] = set()


def _rows(*names):
    for name in names:
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                family, code, text = line.split("\t")
                marks = [pytest.mark.xfail(strict=True, reason="known miss")] if text in KNOWN_MISSES else []
                yield pytest.param(code, text, marks=marks, id=f"{family}-{text[:50]}")


@pytest.mark.parametrize("code, text", list(_rows("s34_type_codes.tsv")))
def test_probe_code(pipeline, code, text):
    top = top_event(pipeline, text)
    assert top is not None, text
    if code.startswith("!"):
        assert top.cameo != code[1:], (text, top.type, top.cameo)
    else:
        assert top.cameo == code, (text, top.type, top.cameo)


@pytest.mark.parametrize("code, text", list(_rows("s34_type_codes2.tsv")))
def test_probe_code_second_set(pipeline, code, text):
    test_probe_code(pipeline, code, text)


@pytest.mark.parametrize("code, text", list(_rows("s34_type_codes3.tsv")))
def test_probe_code_other_wordings(pipeline, code, text):
    test_probe_code(pipeline, code, text)
