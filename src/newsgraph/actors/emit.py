"""Clusters into the document's entities: names, aliases, mentions, the Actor code, attrs.

Entities come in order of first mention (ids e1, e2, ...); references between clusters ("of",
"org") become entity ids. Mentions in credits, bylines and publication lines follow as marked
non-actor entities (attrs.actor = false), grouped by label and folded name.
"""

from __future__ import annotations

from ..model import Actor, Entity, Mention
from . import normalize as nz
from .article import ActorCluster, ArticleContext, strip_the
from .mentions import LABELS


def entities(ctx: ArticleContext) -> list[Entity]:
    ordered = sorted((c for c in ctx.clusters if c.mentions), key=ActorCluster.first)
    ids = {c: f"e{n + 1}" for n, c in enumerate(ordered)}
    out = [entity(ctx, c, ids) for c in ordered]
    return out + _non_actors(ctx, len(out))


def _non_actors(ctx: ArticleContext, n: int) -> list[Entity]:
    groups: dict[tuple, Entity] = {}
    out = []
    for m in ctx.debris:
        key = (m.label, nz.key(m.text))
        e = groups.get(key)
        if e is None:
            n += 1
            e = Entity(id=f"e{n}", name=" ".join(m.text.split()), type=m.label if m.label in LABELS else "ORG",
                       attrs={"section": m.sect, "actor": False})
            groups[key] = e
            out.append(e)
        e.mentions.append(Mention(start=m.start, end=m.end, text=m.text, kind="name"))
    return out


def entity(ctx: ArticleContext, c: ActorCluster, ids: dict[ActorCluster, str]) -> Entity:
    text = ctx.text
    seen = set()
    mentions = []
    for m in sorted(c.mentions, key=lambda m: (m.start, -m.end)):
        if (m.start, m.end) in seen:
            continue
        seen.add((m.start, m.end))
        mentions.append(Mention(start=m.start, end=m.end, text=text[m.start:m.end], kind=m.kind))
    name = _name(ctx, c)
    aliases = sorted({" ".join(strip_the(m.text).split()) for m in c.mentions if m.kind in ("name", "metonym")} - {name})
    attrs = dict(c.attrs)
    for k in ("of", "org"):
        if k in attrs:
            attrs[k] = ids.get(attrs[k])
    attrs.pop("org_token", None)
    agent = attrs.pop("agent", None)
    actor = _actor(c, attrs, agent, getattr(ctx.res, "user_agents", False))
    if c.kb is not None:
        attrs.setdefault("kb", c.kb.name)
    tenures = _tenures(ctx, c)
    if tenures:
        attrs["tenures"] = tenures
    if not attrs.get("media") and c.sector == "MED" and c.type == "ORG":
        attrs["media"] = True
    given = next((m.text for m in c.mentions if m.given), None)
    if given is not None:
        attrs["given_name"] = given  # "Paris" of "Paris Hilton ... Paris said": the person, no capital (places read it)
    return Entity(id=ids[c], name=name, type=c.type, aliases=aliases, mentions=mentions, actor=actor, attrs=attrs)


def _tenures(ctx: ArticleContext, c: ActorCluster) -> list[dict]:
    """A person's dated offices in the knowledge base, `{code, sector, start, end}` (ISO, "" open), when the
    person is the table's (not its undated default) and one of the rows is dated: the actor's code is read at
    the article's date, an act the text dates elsewhere is read at its own (events: a former minister's trip
    while in office was an official's). Out of every dated row the one in force, if any, is the office then;
    none in force: an elite (kb.pick, kb.before_office)."""
    if c.type != "PERSON" or c.kb is None or c.kb.default or c.attrs.get("code_source") == "dictionary":
        return []  # (a user's dictionary codes the person: its codes, not the table's, are the record)
    rows = [r for r in ctx.res.kb.persons.get(c.kb.name, ()) if r.country or r.code]
    if not any(r.start or r.end for r in rows):
        return []
    return [{"code": r.code or f"{r.country}{r.sector or ''}", "sector": r.sector, "start": r.start, "end": r.end}
            for r in rows]


def _name(ctx: ArticleContext, c: ActorCluster) -> str:
    """The fullest name the article uses (a person's without honorific), else what the cluster knows."""
    names = [m for m in c.mentions if m.kind == "name"]
    if c.type == "GPE" and c.name:
        name = c.name
    elif c.type == "PERSON" and names:
        best = max(names, key=lambda m: (len(nz.name_tokens(m.text)), len(m.text)))
        name = _drop_honorific(best.text)
    elif names:
        name = strip_the(max(names, key=lambda m: len(strip_the(m.text))).text)
    elif c.name:
        name = c.name
    elif c.kb is not None:
        name = c.kb.name
    elif c.mentions and c.mentions[0].kind == "metonym" or c.role == "government" and c.country:
        adjective = ctx.res.tables.adjective
        name = f"{adjective.get(c.country, c.country)} {c.role or 'government'}" if c.country else "government"
    else:
        name = strip_the(c.mentions[0].text)
    if c.kb is not None and c.type == "PERSON" and len(name.split()) < len(c.kb.name.split()) and not names:
        name = c.kb.name
    return " ".join(name.split())


def _actor(c: ActorCluster, attrs: dict, agent: tuple[str, bool] | None, user_agents: bool) -> Actor | None:
    """The Actor of a cluster with a country, sector or code (none for places and non-actors). With
    the user's agent dictionaries given, a group or official our own role table names ("Mordor
    forces", "dissidents") adds no agent code to its country, as PETRARCH codes it with those
    dictionaries alone; its sector stays known."""
    if attrs.get("actor") is False or not (c.country or c.sector or c.code):
        return None
    if c.former and c.sector in ("GOV", "MIL", "LEG", "JUD", None) and "code_source" not in attrs:
        sector = "ELI"  # CAMEO: former officials are elites (codebook 3.2.4)
    else:
        sector = c.sector
    code = c.code if c.code and (c.kb is None or "sector" not in c.ctx or "code_source" in attrs) else None
    if code is None:
        if agent:  # a user agent's code: ~CODE after the country, CODE~ before it; after "former" too, as
            # PETRARCH reads the agent word whatever modifies it ("a former Arnor minister" ARNGOV with
            # MINISTER [~GOV]): CAMEO's former-official ELI is the dictionaries' to give, not ours
            code = (agent[0] + (c.country or "")) if agent[1] else ((c.country or "") + agent[0])
        else:
            own_role = user_agents and c.role and c.kb is None and "code_source" not in attrs
            code = ((c.country or "") + ("" if own_role else sector or "")) or None
    return Actor(code=code, country=c.country, sector=sector, role=c.role, former=c.former)


def _drop_honorific(s: str) -> str:
    parts = s.split()
    while len(parts) > 1 and parts[0].lower().rstrip(".") in nz.HONORIFICS:
        parts = parts[1:]
    return " ".join(parts)
