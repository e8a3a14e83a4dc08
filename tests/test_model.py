"""The document model: the offset invariant checker must see every kind of span, and catch a wrong text."""

import pytest

from newsgraph.model import (Attribution, Document, Entity, Event, Mention, Place, Quote, Section, Span, TimeExpr,
                             check_offsets, content_id, iter_spans)

TEXT = "BAGHDAD (AP) -- Iraq's prime minister met the US envoy on Monday. \"We agreed,\" he said."


def sp(cls, a: int, b: int, **kw):
    return cls(start=a, end=b, text=TEXT[a:b], **kw)


def at(word: str) -> tuple[int, int]:
    a = TEXT.index(word)
    return a, a + len(word)


def sound_doc() -> Document:
    """One span of every kind, all consistent with TEXT."""
    body = TEXT.index("Iraq")
    return Document(
        id=content_id(TEXT), text=TEXT,
        dateline=sp(Span, *at("BAGHDAD (AP)")),
        sections=[sp(Section, 0, body, kind="dateline"), sp(Section, body, len(TEXT), kind="body")],
        entities=[Entity(id="e1", name="Iraq", type="GPE", mentions=[sp(Mention, *at("Iraq")), sp(Mention, *at("he"))])],
        events=[Event(id="v1", type="CONSULT", evidence=sp(Span, body, TEXT.index('"')), trigger=sp(Span, *at("met")),
                      restatements=[sp(Span, *at("agreed"))])],
        quotes=[sp(Quote, *at('"We agreed,"'), id="q1", kind="direct", cue=sp(Span, *at("said")))],
        attributions=[Attribution(id="a1", kind="direct", content=[sp(Span, *at("We agreed"))],
                                  cue=sp(Span, *at("said")), source=sp(Span, *at("he")))],
        times=[sp(TimeExpr, *at("Monday"), id="t1", value="2026-03-16")],
        places=[Place(id="p1", name="Baghdad", mentions=[sp(Mention, *at("BAGHDAD"))])],
    )


PATHS = ["dateline", "sections[0]", "sections[1]", "entities[e1].mentions[0]", "entities[e1].mentions[1]",
         "events[v1].evidence", "events[v1].trigger", "events[v1].restatements[0]", "quotes[q1]",
         "quotes[q1].cue", "attributions[a1].content[0]", "attributions[a1].cue", "attributions[a1].source",
         "times[t1]", "places[p1].mentions[0]"]


def test_iter_spans_yields_every_span_bearing_item_in_order():
    assert [path for path, _ in iter_spans(sound_doc())] == PATHS
    assert check_offsets(sound_doc()) == []


def _corrupt(doc: Document, path: str, **change) -> None:
    item = dict(iter_spans(doc))[path]
    for k, v in change.items():
        setattr(item, k, v)


@pytest.mark.parametrize("path", PATHS)
def test_a_wrong_text_at_valid_offsets_is_reported(path):
    doc = sound_doc()
    item = dict(iter_spans(doc))[path]
    wrong = "X" * (item.end - item.start)  # same length, in range: only the text comparison catches it
    _corrupt(doc, path, text=wrong)
    assert check_offsets(doc) == [f"{path}: [{item.start}:{item.end}] {wrong!r}"]


@pytest.mark.parametrize("start, end", [(-1, 3), (5, 4), (0, len(TEXT) + 1)])
def test_offsets_out_of_range_or_reversed_are_reported(start, end):
    doc = sound_doc()
    _corrupt(doc, "times[t1]", start=start, end=end, text=TEXT[max(start, 0):end])
    assert check_offsets(doc) == [f"times[t1]: [{start}:{end}] {TEXT[max(start, 0):end]!r}"]


def test_span_at_the_very_end_is_sound():
    doc = Document(text="ab", times=[TimeExpr(id="t1", start=0, end=2, text="ab", value=None)])
    assert check_offsets(doc) == []
    empty = Document(text="ab", times=[TimeExpr(id="t1", start=2, end=2, text="", value=None)])
    assert check_offsets(empty) == []


def test_missing_optional_spans_are_skipped():
    doc = Document(text=TEXT, events=[Event(id="v1", type="CONSULT")],
                   quotes=[sp(Quote, *at('"We agreed,"'), id="q1", kind="direct")],
                   attributions=[Attribution(id="a1", kind="indirect")])
    assert [p for p, _ in iter_spans(doc)] == ["quotes[q1]"]


def test_content_id_is_a_hash_of_the_text():
    assert content_id("abc") == "sha256:ba7816bf8f01cfea414140de5dae2223"
    assert content_id("abc") != content_id("abd")


def test_json_round_trip_and_span_helper():
    doc = sound_doc()
    assert Document.from_json(doc.to_json()) == doc
    assert Document.from_dict(doc.to_dict()) == doc
    assert doc.to_json(indent=2).startswith('{\n  "schema": "newsgraph/1"')
    assert doc.span(0, 7) == Span(start=0, end=7, text="BAGHDAD")


def test_entity_lookup_and_section_at():
    doc = sound_doc()
    doc.entities.append(Entity(id="e2", name="US envoy", type="PERSON", mentions=[sp(Mention, *at("the US envoy"))]))
    doc.entities.append(Entity(id="e3", name="US", type="GPE", mentions=[sp(Mention, *at("US"))]))
    doc.entities.append(Entity(id="e4", name="AP", type="ORG", attrs={"actor": False}, mentions=[sp(Mention, *at("AP"))]))
    assert doc.entity("e2").name == "US envoy" and doc.entity("nope") is None
    assert doc.entity_for_span(*at("US")).id == "e3"  # the tightest mention covering the span
    assert doc.entity_for_span(*at("envoy")).id == "e2"
    assert doc.entity_for_span(*at("AP")) is None  # not an actor
    assert doc.entity_for_span(*at("met")) is None
    assert doc.section_at(0).kind == "dateline"
    assert doc.section_at(TEXT.index("Iraq")).kind == "body"
    assert doc.section_at(TEXT.index("Iraq") - 1).kind == "dateline"
    assert doc.section_at(len(TEXT)) is None


def _ents(doc, *specs):
    doc.entities = [Entity(id=i, name=w, type="GPE", attrs=attrs, mentions=[sp(Mention, *at(w))]) for i, w, attrs in specs]
    return doc


def test_entity_for_span_prefers_the_largest_overlap_then_the_tightest_mention():
    doc = _ents(sound_doc(), ("big", "the US envoy", {}), ("us", "US", {}))
    a, b = at("US envoy")
    assert doc.entity_for_span(a, b).id == "big"  # overlaps 8 characters, not 2
    doc = _ents(sound_doc(), ("wide", "the US", {}), ("env", "US envoy", {}))
    assert doc.entity_for_span(*at("the US")).id == "wide"  # 6 characters of overlap against 2, later or not
    doc = _ents(sound_doc(), ("wide", "the US", {}), ("us", "US", {}))
    assert doc.entity_for_span(*at("US")).id == "us"  # same overlap: the shorter mention, wherever it starts
    doc = _ents(sound_doc(), ("first", "Iraq", {}), ("second", "Iraq", {}))
    assert doc.entity_for_span(*at("Iraq")).id == "first"  # a tie keeps the first


def test_entity_for_span_skips_non_actors_and_mere_neighbours():
    doc = _ents(sound_doc(), ("ap", "AP", {"actor": False}), ("iraq", "Iraq", {}))
    assert doc.entity_for_span(*at("Iraq")).id == "iraq"  # a skipped entity before it does not end the search
    a, b = at("met")
    doc = _ents(sound_doc(), ("before", "minister", {}), ("after", "the US envoy", {}))
    assert doc.entity_for_span(a - 1, b + 1) is None  # "minister" ends at a - 1, "the" starts at b + 1
    assert doc.entity_for_span(a - 2, b).id == "before"


def test_to_json_indent_is_honoured():
    assert Document(text="x").to_json(indent=4).startswith('{\n    "schema"')


@pytest.mark.parametrize("start, end, span", [
    (0, 14, (2, 11, "Sentence.")),  # leading spaces, trailing newline and tab
    (2, 11, (2, 11, "Sentence.")),  # already trimmed
    (1, 12, (2, 11, "Sentence.")),  # one space before, one line break after (one step at a time)
    (0, 2, (2, 2, "")),  # white space only: empty at its end
    (11, 11, (11, 11, "")),
])
def test_trimmed_span_drops_white_space_at_both_edges(start, end, span):
    from newsgraph.model import trimmed_span

    got = trimmed_span("  Sentence.\n\t next", start, end)
    assert (got.start, got.end, got.text) == span


def test_place_lookup_by_id():
    doc = sound_doc()
    doc.places.append(Place(id="p1", name="Baghdad", country="IRQ"))
    doc.places.append(Place(id="p2", name="Basra", country="IRQ"))
    assert doc.place("p2").name == "Basra" and doc.place("p1").name == "Baghdad"
    assert doc.place("nope") is None and doc.place(None) is None and doc.place("") is None
