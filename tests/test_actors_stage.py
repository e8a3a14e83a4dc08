"""The actors stage on the bundled sample (the issue's done-when) and on general sentences."""

import pytest

from newsgraph.model import check_offsets


def ent_with(doc, text):
    """The entity that has a mention with exactly this text (first occurrence)."""
    for e in doc.entities:
        for m in e.mentions:
            if m.text == text:
                return e
    return None


def mentions_in(doc, needle):
    """(entity, mention) for every mention whose text is `needle`."""
    return [(e, m) for e in doc.entities for m in e.mentions if m.text == needle]


def test_offsets(sample_doc):
    assert check_offsets(sample_doc) == []


def test_rubio_one_entity_usa_gov(sample_doc):
    rubios = [e for e in sample_doc.entities if "Rubio" in e.name]
    assert len(rubios) == 1
    rubio = rubios[0]
    assert len(rubio.mentions) >= 3
    assert rubio.actor.code == "USAGOV" and rubio.actor.country == "USA" and rubio.actor.sector == "GOV"
    assert rubio.actor.role == "Secretary of State"
    kinds = {m.kind for m in rubio.mentions}
    assert "nominal" in kinds  # "The secretary"
    assert any(m.text == "The secretary" for m in rubio.mentions)


def test_maliki_one_former_pm(sample_doc):
    e = ent_with(sample_doc, "Nouri al-Maliki")
    assert e is not None and e.name == "Nouri al-Maliki"
    texts = {m.text for m in e.mentions}
    assert {"Mr. Maliki", "Maliki"} <= texts
    assert e.actor.country == "IRQ" and e.actor.former is True
    assert e.actor.role == "Prime Minister"
    assert sum(1 for x in sample_doc.entities if "Maliki" in x.name) == 1


def test_soudani_one_entity(sample_doc):
    e = ent_with(sample_doc, "Mohamed Chia al-Soudani")
    assert e is not None
    assert "Soudani" in {m.text for m in e.mentions}
    assert e.actor.code == "IRQGOV" and e.actor.former is False


def test_pigott_spokesperson_of_rubio(sample_doc):
    e = ent_with(sample_doc, "Tommy Pigott")
    rubio = ent_with(sample_doc, "Marco Rubio")
    assert e.actor.code == "USAGOV" and e.actor.role == "spokesperson"
    assert e.attrs["of"] == rubio.id
    # "his" in "his spokesperson" is a pronoun mention of Rubio
    his = [m for m in rubio.mentions if m.kind == "pronoun"]
    assert his and all(m.text == "his" for m in his)


def test_coordination_framework_party_alliance(sample_doc):
    e = ent_with(sample_doc, "the Coordination Framework")
    assert e.actor.country == "IRQ" and e.actor.sector == "PTY" and e.actor.code == "IRQPTY"
    assert "alliance" in e.actor.role


def test_metonyms(sample_doc):
    text = sample_doc.text
    washington = text.index("Washington would make")
    e = sample_doc.entity_for_span(washington, washington + len("Washington"))
    m = next(m for m in e.mentions if m.start == washington)
    assert m.kind == "metonym" and e.actor.country == "USA" and e.actor.sector == "GOV"
    links = text.index("links with Tehran") + len("links with ")
    e = sample_doc.entity_for_span(links, links + len("Tehran"))
    m = next(m for m in e.mentions if m.start == links)
    assert m.kind == "metonym" and e.actor.country == "IRN"
    # literal uses stay places
    protests = text.index("protests in Tehran") + len("protests in ")
    e = sample_doc.entity_for_span(protests, protests + 6)
    m = next(m for m in e.mentions if m.start == protests)
    assert m.kind == "name" and e.actor is None
    dateline = [(e, m) for e, m in mentions_in(sample_doc, "Washington") if m.start < 20]
    assert dateline and dateline[0][1].kind == "name" and dateline[0][0].actor is None


def test_photographers_not_actors(sample_doc):
    for name in ("MARKUS SCHREIBER", "ATTA KENARE"):
        for e in sample_doc.entities:
            if any(name in m.text for m in e.mentions):
                assert e.actor is None and e.attrs.get("actor") is False
    for e in sample_doc.entities:
        if e.actor is not None:
            assert all(sample_doc.section_at(m.start).kind not in ("credit", "byline") for m in e.mentions)


def test_afp_is_media(sample_doc):
    e = ent_with(sample_doc, "AFP")
    assert e.actor.sector == "MED" and e.attrs.get("media") is True


def test_shiite_armed_groups_iraqi(sample_doc):
    e = ent_with(sample_doc, "Shiite armed groups")
    assert e.actor.code == "IRQUAF" and e.attrs.get("identity") == "SHI"


def test_one_entity_per_mention(sample_doc):
    seen = {}
    for e in sample_doc.entities:
        for m in e.mentions:
            assert (m.start, m.end) not in seen, (m, seen.get((m.start, m.end)))
            seen[(m.start, m.end)] = e.id
