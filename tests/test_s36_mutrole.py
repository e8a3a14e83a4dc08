"""s36-mutrole: tests for the older lines of `roles.take_role` that s36-mutaff's mutation run left
unreached (docs/testing.md, "Session 36, s36-mutrole").

Each test calls take_role directly on a hand-built cluster and context. The helpers take_role calls
(left_modifiers, composed_role, of_complement, _matched_org_before) have their own tests; here they are
replaced by stand-ins that return what a parse of the sentence in each docstring would give them, so that
each test pins one line of take_role itself. The sentences are own wordings about invented people.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from newsgraph.actors import roles
from newsgraph.actors.article import ActorCluster
from newsgraph.actors.context import Modifiers
from newsgraph.actors.tables import Role

SPOKESMAN = Role("spokesman", "-", "spokesman", "off")  # a title that names no sector
POLICE_CHIEF = Role("police chief", "COP", "police chief", "off")
MINISTER = Role("minister", "GOV", "minister", "min")
OFFICIALS = Role("officials", "GOV", "officials", "grp")
SPOKESMEN_ORG = Role("agency", "GOV", "agency", "org")
LEADER = Role("leader", "-", "leader", "lead")
FIELD_OFFICER = Role("field officer", "NGO", "field officer", "off", code="LAB")


class _Ctx(SimpleNamespace):
    """The parts of ArticleContext take_role reads, with a recorder for country_before."""

    # no name our tables found ends anywhere (roles._org_stopping_modifiers reads these two)
    taken = property(lambda self: [False] * len(self.sd))
    mentions = ()

    def country_before(self, i):
        self.asked.append(i)
        return self.before


def _run(monkeypatch, cluster, role, mods=None, *, r=(5, 6), floor=2, before=None, org_i=None, iso2=None):
    seen = {}

    def fake_left(sd, s, t, limit=7, floor=0):
        seen["left"] = (s, floor)
        return mods if mods is not None else Modifiers(start=s)

    monkeypatch.setattr(roles, "left_modifiers", fake_left)
    monkeypatch.setattr(roles, "composed_role", lambda ctx, rl, start, s, e: rl)
    monkeypatch.setattr(roles, "of_complement", lambda sd, e, t, end, preps: (iso2, org_i, None))
    monkeypatch.setattr(roles, "_matched_org_before", lambda ctx, start, s: None)
    # (s57-actor: the whole title's end and whether it names no one read the parse, not faked here)
    monkeypatch.setattr(roles, "title_end", lambda sd, rl, e: e)
    monkeypatch.setattr(roles, "speaks_for_no_one", lambda ctx, rl, mods_, iso, org, s, e: False)
    ctx = _Ctx(sd=list(range(12)), tables=object(), used_roles=set(), asked=[], before=before,
               role_found={r: role})
    ctx.role_of = lambda s, e: ctx.role_found.get((s, e))
    roles.take_role(ctx, cluster, r, floor)
    return ctx, seen


# -- the second title (72-80): "Spokesman Tomas Orlov, a former police chief," --------------------------

def _titled(role):
    """A cluster that already took its first title."""
    c = ActorCluster("PERSON")
    c.set(role=role.role, cls=role.cls)
    if role.sector != "-":
        c.set(sector=role.sector)
    return c


def test_second_title_gives_the_sector_the_first_left_out(monkeypatch):
    """'Spokesman Tomas Orlov, a former police chief, said ...': spokesman names no sector, the police
    chief does, and a second title adds what is missing."""
    c = _titled(SPOKESMAN)
    _run(monkeypatch, c, POLICE_CHIEF)
    assert (c.role, c.sector) == ("spokesman", "COP")
    assert "sector" in c.ctx


def test_second_title_without_a_sector_sets_none(monkeypatch):
    """'Spokesman Tomas Orlov, the leader of the delegation,': neither title names a sector; the
    placeholder '-' is never a sector."""
    c = _titled(SPOKESMAN)
    _run(monkeypatch, c, LEADER)
    assert c.sector is None
    assert "sector" not in c.ctx


def test_second_title_keeps_a_sector_given_otherwise(monkeypatch):
    """A sector the cluster already has (from its knowledge-base row, say, so not marked as context) is not
    overwritten by the second title's: 'Minister Ilse Varga, a police chief before,'."""
    c = _titled(SPOKESMAN)
    c.sector = "GOV"  # set by the knowledge base: not in c.ctx
    _run(monkeypatch, c, POLICE_CHIEF)
    assert c.sector == "GOV"


def test_second_title_keeps_the_first_titles_sector(monkeypatch):
    """'Minister Ilse Varga, a former police chief,': the first title's sector stands."""
    c = _titled(MINISTER)
    _run(monkeypatch, c, POLICE_CHIEF)
    assert (c.role, c.sector) == ("minister", "GOV")


def test_second_title_adds_the_country(monkeypatch):
    """'Spokesman Tomas Orlov, a Chilean diplomat,': the second title's country is added."""
    c = _titled(SPOKESMAN)
    _run(monkeypatch, c, POLICE_CHIEF, Modifiers(start=4, country="CHL"))
    assert c.country == "CHL"


def test_second_title_adds_nothing_else(monkeypatch):
    """The second title's agent code, identity, whose-pronoun and former are not taken (68-69: the guard
    that sends a titled cluster down this branch)."""
    c = _titled(SPOKESMAN)
    mods = Modifiers(start=3, former=True, pronoun=3, identity="SHI", org_word=4)
    _run(monkeypatch, c, FIELD_OFFICER, mods)
    assert c.role == "spokesman"
    assert "agent" not in c.attrs and "identity" not in c.attrs and "org_token" not in c.attrs
    assert c.anchor_pron is None and c.former is False


# -- the first title: used_roles, the floor, the country word -----------------------------------------

def test_the_role_phrase_is_marked_used(monkeypatch):
    c = ActorCluster("PERSON")
    ctx, _ = _run(monkeypatch, c, MINISTER, r=(5, 6))
    assert ctx.used_roles == {(5, 6)}


def test_the_modifiers_are_read_down_to_the_floor(monkeypatch):
    """'Taken in Harwick, minister Ilse Varga ...': modifiers are not read past the floor the caller gives
    (the start of the clause), so the floor is passed on."""
    c = ActorCluster("PERSON")
    _, seen = _run(monkeypatch, c, MINISTER, r=(5, 6), floor=3)
    assert seen["left"] == (5, 3)


def test_the_countrys_minister_takes_the_country_in_focus(monkeypatch):
    """'The country's minister Ilse Varga': "the country's" is the country named last before it."""
    c = ActorCluster("PERSON")
    ctx, _ = _run(monkeypatch, c, MINISTER, Modifiers(start=2, country_word=2), before="MDA")
    assert ctx.asked == [2]
    assert c.country == "MDA"


def test_a_named_country_wins_over_the_country_word(monkeypatch):
    """'The country's Moldovan minister': the named country stands, the focus is not asked."""
    c = ActorCluster("PERSON")
    ctx, _ = _run(monkeypatch, c, MINISTER, Modifiers(start=2, country="MDA", country_word=2), before="ROU")
    assert c.country == "MDA"


# -- the guards: a group noun is no person's title; an organisation takes only a body's noun ----------------

@pytest.mark.parametrize("role", [OFFICIALS, SPOKESMEN_ORG])
def test_a_person_takes_no_group_noun(monkeypatch, role):
    """'Iraqi officials Ahmed Karimi and ...': a group noun (grp) or a body's noun (org) is no title."""
    c = ActorCluster("PERSON")
    _run(monkeypatch, c, role, Modifiers(start=4, country="IRQ"))
    assert c.role is None and c.country is None


@pytest.mark.parametrize("role", [OFFICIALS, SPOKESMEN_ORG, LEADER])
def test_an_organisation_takes_a_bodys_noun(monkeypatch, role):
    """'the Harwick Rail Union leadership', 'the Sudovian officials of Varga Holdings': group, body and
    leader nouns qualify an organisation."""
    c = ActorCluster("ORG")
    _run(monkeypatch, c, role, Modifiers(start=4, country="SDV"))
    assert (c.role, c.country) == (role.role, "SDV")


def test_an_organisation_takes_no_persons_title(monkeypatch):
    """'Minister Varga Holdings' is a misparse: a person's title (min, off) says nothing of a body."""
    c = ActorCluster("ORG")
    _run(monkeypatch, c, MINISTER, Modifiers(start=4, country="SDV"))
    assert c.role is None and c.country is None


def test_a_person_takes_a_persons_title(monkeypatch):
    c = ActorCluster("PERSON")
    _run(monkeypatch, c, MINISTER)
    assert (c.role, c.cls, c.sector) == ("minister", "min", "GOV")


# -- former, the sector placeholder, identity, the org word ------------------------------------------------

def test_former_is_settled_by_the_title(monkeypatch):
    """'Minister Ilse Varga ... Varga, a former minister,': the title before the name (no 'former') settles
    it; a later 'former' elsewhere does not make a sitting minister a former one."""
    c = ActorCluster("PERSON")
    _run(monkeypatch, c, MINISTER)
    assert c.former is False and "former" in c.ctx
    c.set(former=True)
    assert c.former is False


def test_a_former_title_is_former(monkeypatch):
    c = ActorCluster("PERSON")
    _run(monkeypatch, c, MINISTER, Modifiers(start=4, former=True))
    assert c.former is True


def test_a_title_without_a_sector_leaves_it_open(monkeypatch):
    """'Spokesman Tomas Orlov': no sector, and the placeholder is not one, so a later fact can give it."""
    c = ActorCluster("PERSON")
    _run(monkeypatch, c, SPOKESMAN)
    assert c.sector is None and "sector" not in c.ctx
    c.set(sector="GOV")
    assert c.sector == "GOV"


def test_an_identity_modifier_is_kept(monkeypatch):
    """'Shiite cleric Hadi Mourad': the identity code goes to attrs['identity']."""
    c = ActorCluster("PERSON")
    _run(monkeypatch, c, SPOKESMAN, Modifiers(start=4, identity="SHI"))
    assert c.attrs["identity"] == "SHI"


def test_an_identity_already_known_stands(monkeypatch):
    c = ActorCluster("PERSON")
    c.attrs["identity"] = "SUN"
    _run(monkeypatch, c, SPOKESMAN, Modifiers(start=4, identity="SHI"))
    assert c.attrs == {"identity": "SUN"}


def test_the_groups_spokesman_names_the_group_by_its_word(monkeypatch):
    """'the group's spokesman Tomas Orlov': whose spokesman is the organisation named last before the word
    'group', which is resolved later from the token."""
    c = ActorCluster("PERSON")
    _run(monkeypatch, c, SPOKESMAN, Modifiers(start=2, org_word=3))
    assert c.attrs["org_token"] == ("word", 3)


def test_a_named_body_wins_over_the_word(monkeypatch):
    """'X, a spokesman for the Harwick Rail Union': the body the complement names is the token."""
    c = ActorCluster("PERSON")
    _run(monkeypatch, c, SPOKESMAN, Modifiers(start=2, org_word=3), org_i=8)
    assert c.attrs["org_token"] == 8


# -- what take_role hands its helpers, and the agent, pronoun and org lines --------------------------------

def test_the_helpers_get_the_parse_the_tables_and_the_span(monkeypatch):
    """'Sudovian deputy minister Ilse Varga of the Harwick Council': the modifiers are read from the parse
    with the tables; the role composed over [modifiers' start, s, e); the complement read after e to the
    document's end, with the prepositions of the (composed) role; an org among the modifiers looked for in
    [start, s)."""
    calls = {}
    composed = Role("deputy minister", "GOV", "deputy minister", "rel")  # a relational role: "of", "to" ...
    mods = Modifiers(start=3)

    def left(sd, s, t, limit=7, floor=0):
        calls["left"] = (sd, s, t, floor)
        return mods

    def compose(ctx, role, start, s, e):
        calls["compose"] = (ctx, role, start, s, e)
        return composed

    def complement(sd, e, t, end, preps):
        calls["complement"] = (sd, e, t, end, preps)
        return None, None, None

    def org_before(ctx, start, s):
        calls["org_before"] = (ctx, start, s)
        return None

    monkeypatch.setattr(roles, "left_modifiers", left)
    monkeypatch.setattr(roles, "composed_role", compose)
    monkeypatch.setattr(roles, "of_complement", complement)
    def spoken(ctx, role, mods_, iso, org_i, e):
        calls["spoken_for"] = (ctx, role, mods_, iso, org_i, e)
        return role

    monkeypatch.setattr(roles, "_matched_org_before", org_before)
    monkeypatch.setattr(roles, "spoken_for", spoken)  # (s56-actor: reads the words after the role, not faked here)
    monkeypatch.setattr(roles, "title_end", lambda sd, rl, e: e)  # (s57-actor: so do these two)
    monkeypatch.setattr(roles, "speaks_for_no_one", lambda ctx, rl, mods_, iso, org, s, e: False)
    sd, t = list(range(12)), object()
    ctx = _Ctx(sd=sd, tables=t, used_roles=set(), asked=[], before=None)
    ctx.role_of = lambda s, e: MINISTER if (s, e) == (5, 7) else None
    c = ActorCluster("PERSON")
    roles.take_role(ctx, c, (5, 7), 1)
    assert calls["left"] == (sd, 5, t, 1)
    assert calls["compose"] == (ctx, MINISTER, 3, 5, 7)
    assert calls["complement"] == (sd, 7, t, 12, roles.post_preps(composed))
    assert calls["org_before"] == (ctx, 3, 5)
    assert calls["spoken_for"] == (ctx, composed, mods, None, None, 7)
    assert c.role == "deputy minister"


def test_a_user_agents_code_goes_to_attrs(monkeypatch):
    """'Field officer Ana Brel of the Oxbridge Relief Fund': a user dictionary's agent code and where it
    goes (after the country here)."""
    c = ActorCluster("PERSON")
    _run(monkeypatch, c, FIELD_OFFICER)
    assert c.attrs["agent"] == ("LAB", False)


def test_his_spokesman_keeps_the_pronoun(monkeypatch):
    """'his spokesman Tomas Orlov': whose spokesman is read later from the pronoun's token."""
    c = ActorCluster("PERSON")
    _run(monkeypatch, c, SPOKESMAN, Modifiers(start=3, pronoun=3))
    assert c.anchor_pron == 3


def test_no_pronoun_no_anchor(monkeypatch):
    c = ActorCluster("PERSON")
    c.anchor_pron = 1  # set by an earlier title
    _run(monkeypatch, c, SPOKESMAN, Modifiers(start=3))
    assert c.anchor_pron == 1


def test_an_org_among_the_modifiers_is_the_token(monkeypatch):
    """'Harwick Rail Union spokesman Tomas Orlov': the union's token (from the modifiers) names the body;
    the name tables are not asked."""
    c = ActorCluster("PERSON")
    monkeypatch.setattr(roles, "_matched_org_before", lambda ctx, start, s: pytest.fail("asked"))

    def left(sd, s, t, limit=7, floor=0):
        return Modifiers(start=1, org=1, org_word=4)

    monkeypatch.setattr(roles, "left_modifiers", left)
    monkeypatch.setattr(roles, "composed_role", lambda ctx, rl, start, s, e: rl)
    monkeypatch.setattr(roles, "of_complement", lambda sd, e, t, end, preps: (None, None, None))
    monkeypatch.setattr(roles, "title_end", lambda sd, rl, e: e)  # (s57-actor: these two read the parse)
    monkeypatch.setattr(roles, "speaks_for_no_one", lambda ctx, rl, mods_, iso, org, s, e: False)
    ctx = _Ctx(sd=list(range(12)), tables=object(), used_roles=set(), asked=[], before=None)
    ctx.role_of = lambda s, e: SPOKESMAN
    roles.take_role(ctx, c, (5, 6), 0)
    assert c.attrs["org_token"] == 1


def test_an_org_the_name_tables_found_is_the_token(monkeypatch):
    """'Varga Holdings spokesman Tomas Orlov' where only our tables found Varga Holdings: its token."""
    c = ActorCluster("PERSON")
    monkeypatch.setattr(roles, "left_modifiers", lambda sd, s, t, limit=7, floor=0: Modifiers(start=2, org_word=4))
    monkeypatch.setattr(roles, "composed_role", lambda ctx, rl, start, s, e: rl)
    monkeypatch.setattr(roles, "of_complement", lambda sd, e, t, end, preps: (None, None, None))
    monkeypatch.setattr(roles, "title_end", lambda sd, rl, e: e)  # (s57-actor: these two read the parse)
    monkeypatch.setattr(roles, "speaks_for_no_one", lambda ctx, rl, mods_, iso, org, s, e: False)
    monkeypatch.setattr(roles, "_matched_org_before", lambda ctx, start, s: 2)
    ctx = _Ctx(sd=list(range(12)), tables=object(), used_roles=set(), asked=[], before=None)
    ctx.role_of = lambda s, e: SPOKESMAN
    roles.take_role(ctx, c, (5, 6), 0)
    assert c.attrs["org_token"] == 2


def test_no_org_no_token(monkeypatch):
    c = ActorCluster("PERSON")
    _run(monkeypatch, c, SPOKESMAN, Modifiers(start=3))
    assert "org_token" not in c.attrs


# -- the second title's sector through the pipeline (labels written before the first run) ------------------

@pytest.fixture(scope="module")
def builtin():
    from newsgraph.evaluate.events import pipeline_options
    from newsgraph.pipeline import Pipeline

    pipe = Pipeline(pipeline_options(None))
    return lambda text: pipe.extract(text, name="t", published="2020-06-01")


@pytest.mark.parametrize("text, who, code", [
    # "Director" and "mediator" name no sector (the tables' "-"); the apposition's police chief does. (A first
    # wording used "Spokesman", which the tables give GOV: the first title's sector stands, so CHLGOV is right.)
    ("Director Tomas Orlov, a Chilean police chief, criticised Peru on Monday.", "Tomas Orlov", "CHLCOP"),
    ("Mediator Edda Marlin, an Argentine police chief, accused Chile of lying.", "Edda Marlin", "ARGCOP"),
    # a spokesman naming no body has no sector since s57-actor (the table's GOV was a guess), so the police
    # chief's stands too
    ("Spokesman Tomas Orlov, a Chilean police chief, criticised Peru on Monday.", "Tomas Orlov", "CHLCOP"),
])
def test_a_second_title_gives_the_sector_the_first_left_out(builtin, text, who, code):
    doc = builtin(text)
    (e,) = [e for e in doc.entities if any(m.text == who for m in e.mentions)]
    assert e.actor.code == code
