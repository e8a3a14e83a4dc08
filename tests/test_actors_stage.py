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


# --- general sentences (not the sample) -------------------------------------------------------------

def _doc(pipeline, text, published="2025-06-01"):
    doc = pipeline.extract(text, published=published)
    assert check_offsets(doc) == []
    return doc


def test_transliteration_variants_one_entity(pipeline):
    doc = _doc(pipeline, "Mohammed Shia al-Sudani met the Turkish ambassador. Later, Muhammad al-Soudani told "
                         "reporters that Sudani's government would not take sides.")
    sudani = [e for e in doc.entities if e.type == "PERSON" and "udani" in e.name]
    assert len(sudani) == 1 and len(sudani[0].mentions) >= 3
    assert sudani[0].name == "Mohammed Shia al-Sudani"  # the fullest form
    gov = ent_with(doc, "Sudani's government")  # the Iraqi government
    assert gov.actor.code == "IRQGOV"


def test_pronoun_subject_of_speech_clause(pipeline):
    doc = _doc(pipeline, "During a call with Emmanuel Macron, Olaf Scholz said he would visit Paris soon.")
    scholz = ent_with(doc, "Olaf Scholz")
    he = [m for m in scholz.mentions if m.kind == "pronoun"]
    assert [m.text for m in he] == ["he"]
    assert not any(m.kind == "pronoun" for m in ent_with(doc, "Emmanuel Macron").mentions)


def test_ambiguous_pronoun_left_alone(pipeline):
    doc = _doc(pipeline, "An aide to Javier Milei told an envoy of Gustavo Petro that he would call on Monday.")
    assert not any(m.kind == "pronoun" for e in doc.entities for m in e.mentions)


def test_pronoun_prefers_previous_subject(pipeline):
    doc = _doc(pipeline, "Javier Milei met Gustavo Petro in Bogota. Later he flew home.")
    assert [m.text for m in ent_with(doc, "Javier Milei").mentions if m.kind == "pronoun"] == ["he"]


def test_nominal_joins_latest_holder(pipeline):
    doc = _doc(pipeline, "Kenyan President William Ruto arrived in Addis Ababa. The president met the African Union "
                         "chairperson and the AU said talks would continue.")
    ruto = ent_with(doc, "William Ruto")
    assert any(m.text == "The president" and m.kind == "nominal" for m in ruto.mentions)
    au = ent_with(doc, "the African Union") or ent_with(doc, "African Union")
    assert au.actor.code == "IGOAFR" and ent_with(doc, "AU") is au


def test_kb_fills_missing_title(pipeline):
    doc = _doc(pipeline, "Lavrov said the talks had been useful.")
    e = ent_with(doc, "Lavrov")
    assert e.actor.code == "RUSGOV" and e.actor.role == "Foreign Minister"
    doc = _doc(pipeline, "Lavrov said the talks had been useful.", published="2003-01-01")
    e = ent_with(doc, "Lavrov")  # not yet foreign minister then: the table says nothing
    assert e.actor is None or e.actor.role != "Foreign Minister"


def test_context_beats_table(pipeline):
    # an article calling a (fictional) namesake something else: the article wins
    doc = _doc(pipeline, "Brazilian businessman Marco Rubio opened a factory in Recife.")
    e = ent_with(doc, "Marco Rubio")
    assert e.actor.country == "BRA" and e.actor.sector == "BUS"


def test_news_agency_is_media_not_party(pipeline):
    doc = _doc(pipeline, "Syria's army shelled the town, a monitor told Reuters.")
    e = ent_with(doc, "Reuters")
    assert e.actor.sector == "MED" and e.attrs["media"] is True
    assert ent_with(doc, "Syria's army").actor.code == "SYRMIL"


def test_byline_is_not_an_actor(pipeline):
    # (structure.py recognises a lower-case "by" line as a byline)
    doc = pipeline.extract("Zelensky in Kyiv\n\nby John Smith\n\nUkrainian President Volodymyr Zelensky spoke in Kyiv on Monday.\n",
                           published="2025-06-01")
    for e in doc.entities:
        if any(m.text == "John Smith" for m in e.mentions):
            assert e.actor is None and e.attrs.get("actor") is False


def test_entity_for_span(sample_doc):
    text = sample_doc.text
    i = text.index("US Secretary of State Marco Rubio")
    e = sample_doc.entity_for_span(i, i + len("US Secretary of State Marco Rubio"))
    assert e is not None and e.name == "Marco Rubio"  # the mention covering the span most tightly
    from newsgraph.actors import entity_for_span

    assert entity_for_span(sample_doc, i + 22, i + 27) is e
    assert sample_doc.entity_for_span(0, 0) is None
    credit = text.index("MARKUS SCHREIBER")
    assert sample_doc.entity_for_span(credit, credit + 5) is None  # credits are no actors


def test_armed_group_noun_joins_named_army(pipeline):
    doc = _doc(pipeline, "Israeli troops opened fire near Rafah, witnesses said. The Israeli military said it was "
                         "reviewing the reports.")
    e = ent_with(doc, "Israeli troops")
    assert e.actor.code == "ISRMIL" and any(m.kind == "name" for m in e.mentions)


# --- the stage object (ActorsStage) ------------------------------------------------------------------

BIDEN_SCHOLZ = "President Joe Biden met Chancellor Olaf Scholz in Washington on Thursday to discuss aid to Ukraine."


def _stage_run(pipeline, text, published, **settings):
    from test_actors_article import actors_stage, prepared

    doc, parse = prepared(pipeline, text, published=None)
    doc.published.value = published  # the date the pipeline settled: the only one the stage reads
    actors_stage(pipeline.nlp, **settings)(doc, parse)
    return doc


def test_stage_codes_at_the_documents_date(pipeline):
    doc = _stage_run(pipeline, BIDEN_SCHOLZ, "2023-06-01")
    assert ent_with(doc, "Joe Biden").actor.code == "USAGOV"
    assert ent_with(doc, "Olaf Scholz").actor.code == "DEUGOV"
    assert check_offsets(doc) == []


def test_stage_reads_the_settled_date_not_the_option(pipeline):
    """--published in any spelling reaches the stage as doc.published.value (ISO): same codes."""
    from newsgraph.pipeline import Pipeline
    from newsgraph.stage import Options

    for spelling in ("2023-06-01", "1 June 2023", "June 1, 2023"):
        doc = Pipeline(Options(published=spelling)).extract(BIDEN_SCHOLZ)
        assert doc.published.value == "2023-06-01"
        biden = ent_with(doc, "Joe Biden")
        assert (biden.actor.code, biden.actor.former) == ("USAGOV", False), spelling


def test_stage_contract():
    from newsgraph.actors.stage import ActorSettings, ActorsStage

    assert ActorsStage.name == "actors" and ActorsStage.provides == frozenset({"actors"})
    assert ActorsStage.requires == frozenset({"parse", "sections", "entities", "published"})
    assert ActorsStage.Settings is ActorSettings and ActorSettings() == ActorSettings((), ())
    with pytest.raises(Exception):
        ActorSettings().actor_dicts = ("x",)  # frozen


def test_bad_dictionary_fails_at_construction(pipeline, tmp_path):
    from newsgraph.actors.cameo_dict import DictionaryError
    from newsgraph.actors.stage import ActorSettings, ActorsStage

    bad = tmp_path / "bad.actors"
    bad.write_text("IRAQ [IRQ]\nIRAN [IRN >2020-01-01]\n")
    with pytest.raises(DictionaryError, match=rf"^{bad}:2: "):
        ActorsStage(pipeline.nlp, ActorSettings(actor_dicts=(str(bad),)))


def test_each_stage_owns_its_dictionaries(pipeline, tmp_path):
    """Two stages in one process, one with a dictionary: each codes by its own (no shared matcher cache)."""
    actors = tmp_path / "my.actors"
    actors.write_text("OLAF_SCHOLZ [DEUELI]\n")
    plain = _stage_run(pipeline, BIDEN_SCHOLZ, "2023-06-01")
    custom = _stage_run(pipeline, BIDEN_SCHOLZ, "2023-06-01", actor_dicts=(str(actors),))
    again = _stage_run(pipeline, BIDEN_SCHOLZ, "2023-06-01")
    assert ent_with(custom, "Olaf Scholz").actor.code == "DEUELI"
    assert ent_with(plain, "Olaf Scholz").actor.code == ent_with(again, "Olaf Scholz").actor.code == "DEUGOV"
