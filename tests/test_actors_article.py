"""The context the actors phases share, and helpers the phase tests use to run phases one by one."""

from functools import lru_cache

from newsgraph.actors.article import ActorCluster, longest, strip_the


@lru_cache(maxsize=4)
def actors_stage(nlp, actor_dicts=(), agent_dicts=()):
    """One ActorsStage per nlp and dictionaries for the whole test session (building matchers takes a while)."""
    from newsgraph.actors.stage import ActorSettings, ActorsStage

    return ActorsStage(nlp, ActorSettings(actor_dicts=actor_dicts, agent_dicts=agent_dicts))


def prepared(pipeline, text, published="2025-06-01"):
    """(doc, parse) of a text with the stages before `actors` run (the `entities` stage's NER groups)."""
    from newsgraph import entities
    from newsgraph.nlp import parse_many
    from newsgraph.read import make_article

    meta = {"published": published} if published else {}
    doc = pipeline.prepare(make_article(text, "<test>", "text", **meta))
    (parse,) = parse_many(pipeline.nlp, [(doc.text, doc.sections)])
    doc.entities = entities.ner_entities(doc, parse)
    return doc, parse


def context_after(pipeline, text, last, published="2025-06-01", doc_hook=None, stage=None):
    """The ArticleContext once the phases up to and including `last` (a phase function) have run."""
    from newsgraph.actors.stage import PHASES

    doc, parse = prepared(pipeline, text, published)
    if doc_hook is not None:
        doc_hook(doc, parse)
    stage = stage or actors_stage(pipeline.nlp)
    ctx = stage.context(doc, parse)
    for phase in PHASES:
        phase(ctx)
        if phase is last:
            return ctx
    raise AssertionError(f"{last} is not a phase")


def cluster_with(ctx, text):
    """The cluster with a mention of exactly this text."""
    for c in ctx.clusters:
        if any(m.text == text for m in c.mentions):
            return c
    return None


def tok(ctx, word, nth=0):
    """Index of the nth token with this text."""
    return [t.i for t in ctx.sd if t.text == word][nth]


# --- the context itself ---------------------------------------------------------------------------

def test_context_dates_sentences_and_clusters(pipeline):
    from newsgraph.actors.roles import find_roles

    ctx = context_after(pipeline, "Olaf Scholz met Joe Biden. They talked.", find_roles, published="2023-06-01")
    assert ctx.date == "2023-06-01"  # the document's settled date
    assert ctx.sent_starts[0] == 0 and len(ctx.sent_starts) == 2
    second = ctx.sent_starts[1]
    assert ctx.sent_bounds(0) == (0, second) and ctx.sent_bounds(second) == (second, len(ctx.sd))
    a = ctx.cluster_for(("GPE", "DEU"), "GPE")
    assert ctx.cluster_for(("GPE", "DEU"), "GPE") is a and ctx.clusters == [a]


def test_cluster_context_facts_first_wins():
    c = ActorCluster(type="PERSON")
    c.set(country="IRQ", former=False, role=None)
    c.set(country="IRN", role="Prime Minister")
    assert c.country == "IRQ" and c.role == "Prime Minister" and c.ctx == {"country", "role"}


def test_country_before_falls_back_to_focus(pipeline):
    from newsgraph.actors.countries import find_countries

    ctx = context_after(pipeline, "Iraq's parliament met. France said the country's army would help.", find_countries)
    assert ctx.country_before(tok(ctx, "parliament")) == "IRQ"
    assert ctx.country_before(tok(ctx, "country")) == "FRA"  # the country named last before it
    assert ctx.country_before(0) == ctx.focus_country


def test_longest_and_strip_the():
    assert longest([(0, 2), (1, 4), (5, 6)]) == [(1, 4), (5, 6)]
    assert strip_the("The  United Nations") == "United Nations" and strip_the("Theresa May") == "Theresa May"
