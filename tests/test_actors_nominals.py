"""Role phrases that refer on their own (nominals.resolve_nominals)."""


from newsgraph.actors.nominals import resolve_nominals
from test_actors_article import cluster_with, context_after


def test_person_nominal_joins_latest_holder(pipeline):
    ctx = context_after(pipeline, "Kenyan President William Ruto arrived. The president said talks would go on.",
                        resolve_nominals)
    ruto = cluster_with(ctx, "William Ruto")
    assert [(m.text, m.kind) for m in ruto.mentions] == [("William Ruto", "name"), ("The president", "nominal")]


def test_person_nominal_finds_office_holder_at_the_date(pipeline):
    text = "The German chancellor said talks would go on."
    ctx = context_after(pipeline, text, resolve_nominals, published="2023-06-01")
    c = cluster_with(ctx, "The German chancellor")
    assert c.name == "Olaf Scholz" and c in ctx.persons
    ctx = context_after(pipeline, text, resolve_nominals, published="2012-06-01")
    assert cluster_with(ctx, "The German chancellor").name == "Angela Merkel"


def test_government_and_pending_possessor(pipeline):
    ctx = context_after(pipeline, "Kenyan President William Ruto said the government and his government would act.",
                        resolve_nominals)
    gov = cluster_with(ctx, "the government")
    assert ctx.keyed[("GOVT", "KEN", "GOV")] is gov and gov.mentions[0].kind == "nominal"
    (mention, (how, tok)), = ctx.pending_gov  # "his government": whose, once pronouns are resolved
    assert mention.text == "government" and how == "pron" and ctx.sd[tok].text == "his"


def test_group_noun_joins_the_named_group(pipeline):
    ctx = context_after(pipeline, "The Houthis fired missiles. The rebels said the group would go on.", resolve_nominals)
    houthis = cluster_with(ctx, "Houthis")
    assert [m.text for m in houthis.mentions] == ["Houthis", "The rebels", "the group"]


def test_unnamed_group_takes_the_focus_country(pipeline):
    ctx = context_after(pipeline, "Iraq held elections on Sunday. The police said turnout was high.", resolve_nominals)
    police = cluster_with(ctx, "The police")
    assert (police.country, police.sector) == ("IRQ", "COP") and police.attrs["country_basis"] == "article focus"


def test_indefinite_is_no_nominal(pipeline):
    ctx = context_after(pipeline, "Kenyan President William Ruto arrived. A president said talks would go on.",
                        resolve_nominals)
    assert cluster_with(ctx, "A president") is None and cluster_with(ctx, "president") is None
