"""End to end on the bundled sample: structure, offsets, and no debris inside body entities."""

from newsgraph.model import SCHEMA, Document, check_offsets


def test_schema_and_offsets(sample_doc):
    assert sample_doc.schema == SCHEMA
    assert sample_doc.id.startswith("sha256:")
    assert check_offsets(sample_doc) == []


def test_sections(sample_doc):
    kinds = [s.kind for s in sample_doc.sections]
    assert kinds.count("credit") == 2
    assert kinds.count("caption") == 2
    assert kinds.count("published") == 1
    assert kinds.count("body") >= 10
    assert sample_doc.dateline is not None and sample_doc.dateline.text == "(Washington)"
    credits = [s for s in sample_doc.sections if s.kind == "credit"]
    assert [(c.attrs["person"], c.attrs["agency"]) for c in credits] == [
        ("MARKUS SCHREIBER", "AP"),
        ("ATTA KENARE", "AFP"),
    ]
    # each caption directly follows its credit
    for i, s in enumerate(sample_doc.sections):
        if s.kind == "credit":
            assert sample_doc.sections[i + 1].kind == "caption"


def test_no_debris_in_body_entities(sample_doc):
    debris = [(s.start, s.end) for s in sample_doc.sections if s.kind in ("credit", "caption", "published")]
    for ent in sample_doc.entities:
        for m in ent.mentions:
            sec = sample_doc.section_at(m.start)
            assert sec is not None and sec.start <= m.start and m.end <= sec.end, (m, sec)
            inside_debris = any(a <= m.start < b for a, b in debris)
            if sec.kind == "body":
                assert not inside_debris
    names = {e.name for e in sample_doc.entities if not e.attrs.get("section")}
    assert "MARKUS SCHREIBER" not in names and "ATTA KENARE" not in names
    assert not any("\n" in m.text for e in sample_doc.entities for m in e.mentions)


def test_round_trip(sample_doc):
    again = Document.from_json(sample_doc.to_json())
    assert again == sample_doc
