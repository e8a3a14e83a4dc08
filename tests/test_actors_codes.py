"""Codes (codes.py): the article first, then the knowledge base at the document's date, then user dictionaries."""

from newsgraph.actors import codes
from test_actors_article import actors_stage, cluster_with, context_after


def test_knowledge_base_at_the_date(pipeline):
    ctx = context_after(pipeline, "Lavrov said the talks had been useful.", codes.fill_persons_from_kb)
    lavrov = cluster_with(ctx, "Lavrov")
    assert lavrov.kb.name == "Sergei Lavrov" and (lavrov.country, lavrov.sector, lavrov.role) == ("RUS", "GOV", "Foreign Minister")
    ctx = context_after(pipeline, "Lavrov said the talks had been useful.", codes.fill_persons_from_kb,
                        published="2003-01-01")
    lavrov = cluster_with(ctx, "Lavrov")
    assert lavrov.kb is None or lavrov.role != "Foreign Minister"


def test_the_article_beats_the_table(pipeline):
    ctx = context_after(pipeline, "Brazilian businessman Marco Rubio opened a factory in Recife.", codes.assign_codes)
    rubio = cluster_with(ctx, "Marco Rubio")
    assert (rubio.country, rubio.sector) == ("BRA", "BUS")


def test_affiliation_possessor_and_focus(pipeline):
    ctx = context_after(pipeline, "Hezbollah leader Naim Qassem said his government would act. Iraq held elections, "
                                  "and President Ahmed Karimi said turnout was high.", codes.assign_codes)
    qassem, hezbollah = cluster_with(ctx, "Naim Qassem"), cluster_with(ctx, "Hezbollah")
    assert qassem.attrs["org"] is hezbollah and "org_token" not in qassem.attrs
    gov = cluster_with(ctx, "government")  # "his government": the government of whoever "his" is
    assert ctx.keyed[("GOVT", "LBN", "GOV")] is gov
    karimi = cluster_with(ctx, "Ahmed Karimi")  # an unqualified "President X": the country in focus
    assert karimi.country == ctx.focus_country and karimi.attrs["country_basis"] == "article focus"


def test_relational_role_takes_its_anchors_country(pipeline):
    ctx = context_after(pipeline, "Secretary of State Marco Rubio spoke on Monday, and his spokesperson Tommy "
                                  "Pigott said talks would go on.", codes.assign_codes)
    pigott, rubio = cluster_with(ctx, "Tommy Pigott"), cluster_with(ctx, "Marco Rubio")
    assert pigott.attrs["of"] is rubio and (pigott.country, pigott.sector) == ("USA", "GOV")


def test_user_dictionaries_override_at_the_date(pipeline, tmp_path):
    actors = tmp_path / "my.actors"
    actors.write_text("KATAIB_HEZBOLLAH\n\t[IRQREB <20200101]\n\t[IRQUAF]\nLAVROV [---]\nNEW_DAWN_FRONT [SYRREB]\n")
    stage = actors_stage(pipeline.nlp, actor_dicts=(str(actors),))
    text = "Kataib Hezbollah attacked a convoy, Lavrov said, and the New Dawn Front denied it."
    for date, code in (("2019-06-01", "IRQREB"), ("2025-06-01", "IRQUAF")):
        ctx = context_after(pipeline, text, codes.assign_codes, published=date, stage=stage)
        kh = cluster_with(ctx, "Kataib Hezbollah")
        assert (kh.code, kh.country, kh.sector, kh.attrs["code_source"]) == (code, "IRQ", code[3:], "dictionary")
    lavrov = cluster_with(ctx, "Lavrov")
    assert lavrov.attrs["actor"] is False and lavrov.code is None and lavrov.country is None
    front = [c for c in ctx.clusters if any(m.text.endswith("New Dawn Front") for m in c.mentions)]
    assert len(front) == 1 and front[0].code == "SYRREB"
