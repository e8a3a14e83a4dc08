"""Property tests: whatever text comes in, every emitted offset slices the emitted text exactly."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsgraph.errors import InputError
from newsgraph.model import check_offsets

WORDS = ["Rubio", "warned", "Iraq", "on", "Sunday", "“", "”", '"', "PHOTO", "AFP", "\n", "\n\n", "(Washington)",
         "said", "the", "minister", ".", ",", "Tehran", "—", "Published at", "January 19, 2026", "é", "\u00a0", "\r\n"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=12)), max_size=60))
def test_offsets_always_slice_text(pipeline, parts):
    text = " ".join(parts)
    try:
        doc = pipeline.extract(text)
    except InputError:
        return
    assert check_offsets(doc) == []
    for a, b in zip(doc.sections, doc.sections[1:]):
        assert a.end <= b.start  # in order, never overlapping
    # the sections cover the text: no visible character is left outside them
    covered = set()
    for sec in doc.sections:
        covered.update(range(sec.start, sec.end))
    assert [i for i, ch in enumerate(doc.text) if not ch.isspace() and i not in covered] == []
