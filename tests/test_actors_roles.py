"""Role phrases (roles.find_roles) and the titles and appositions they give names (roles.attach_roles)."""

from newsgraph.actors.roles import attach_roles, find_roles
from test_actors_article import cluster_with, context_after, tok


def test_find_roles_longest_noun_phrases_and_pronouns(pipeline):
    ctx = context_after(pipeline, "US Secretary of State Marco Rubio said he would visit Baghdad.", find_roles)
    spans = {ctx.sd[s:e].text: (s, e) for s, e in ctx.role_spans}
    assert "Secretary of State" in spans and "State" not in spans  # the longest phrase, not its parts
    s, e = spans["Secretary of State"]
    assert ctx.role_of(s, e).cls == "fm" and ctx.role_at_end[e] == (s, e) and ctx.role_cls[s] == "fm"
    assert all(ctx.in_role[k] == 3 for k in range(s, e)) and ctx.role_start_len[s] == 3
    assert ctx.pronoun_tokens == [tok(ctx, "he")]


def test_find_roles_user_agents_add_role_nouns(pipeline, tmp_path):
    from test_actors_article import actors_stage

    agents = tmp_path / "my.agents"
    agents.write_text("MILITIAMAN {MILITIAMEN} [~UAF]\n")
    stage = actors_stage(pipeline.nlp, agent_dicts=(str(agents),))
    ctx = context_after(pipeline, "Militiamen attacked a convoy on Sunday.", find_roles, stage=stage)
    (s, e), = ctx.role_spans
    role = ctx.role_of(s, e)
    assert ctx.sd[s:e].text == "Militiamen" and (role.code, role.prefix, role.sector) == ("UAF", False, "UAF")


def test_attach_roles_apposition_title_and_name(pipeline):
    ctx = context_after(pipeline, "Ahmed Karimi, the Iraqi interior minister, said former Prime Minister Nouri "
                                  "al-Maliki and the Iraqi Army agreed.", attach_roles)
    karimi = cluster_with(ctx, "Ahmed Karimi")  # apposition after the name
    assert (karimi.role, karimi.country, karimi.sector, karimi.former) == ("Interior Minister", "IRQ", "GOV", False)
    maliki = cluster_with(ctx, "Nouri al-Maliki")  # title before the name, with "former"
    assert maliki.role == "Prime Minister" and maliki.former is True and {"role", "former"} <= maliki.ctx
    army = cluster_with(ctx, "the Iraqi Army")  # a role noun inside an organisation's name
    assert (army.sector, army.country) == ("MIL", "IRQ")
    assert maliki.kb is None  # the knowledge base comes later (codes.fill_persons_from_kb)


def test_attach_roles_ignores_other_sentences(pipeline):
    ctx = context_after(pipeline, "He met the prime minister. Ahmed Karimi spoke later.", attach_roles)
    assert cluster_with(ctx, "Ahmed Karimi").role is None


def test_roles_within_are_the_role_phrases_inside_a_stretch(pipeline):
    """Session 18 (s18-speed): composed_role and the agent codes of a nominal ask for the role phrases
    between a noun phrase's start and its head; ArticleContext.roles_within finds them by bisection
    (what a scan of every phrase of the article gave), none that only starts or only ends inside."""
    ctx = context_after(pipeline, "Government troops and rebel commanders met the opposition party "
                                  "leader and the police spokesman.", find_roles)
    spans = ctx.role_spans
    assert len(spans) >= 4
    for start in range(len(ctx.sd) + 1):
        for end in range(start, len(ctx.sd) + 1):
            assert ctx.roles_within(start, end) == [(a, b) for a, b in spans if start <= a and b <= end]
