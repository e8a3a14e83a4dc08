"""Who each actor is, in codes: the article first, then the knowledge base, then the user's dictionaries.

Context facts (roles.py) win over the knowledge base (kb.py), which fills what the article leaves out
and says whether an office was held at the publication date (else `former`). Then officers take
their organisation's country and sector ("Hezbollah leader X"), "his government" the government of
whoever "his" is, unqualified officials the article's focus country, relational roles their
anchor's ("his spokesperson"), armed group nouns the one named armed body of their country. User
dictionaries (cameo_dict.py) override all of it, with codes in force at the publication date; the
Phoenix dictionaries (phoenix.py) code what is still uncoded, or coded only from the article's focus.
"""

from __future__ import annotations

from . import cameo_dict, phoenix
from . import kb as kbmod
from . import normalize as nz
from .article import ActorCluster, ActorMention, ArticleContext, longest
from .clusters import placed_in, where_they_act
from .countries import has_office, office_country
from .roles import MEMBER_CLASSES, OPPOSING_SECTORS, STATE_GROUP_SECTORS, UPROOTED

ARMED_SECTORS = frozenset({"MIL", "REB", "UAF", "COP"})


def fill_persons_from_kb(ctx: ArticleContext) -> None:
    """The knowledge base tells who holds which office before nominals look for them ("the secretary")."""
    for c in ctx.persons:
        fill_person(ctx, c)


def assign_codes(ctx: ArticleContext) -> None:
    for c in ctx.clusters:
        if c.type == "PERSON":
            if c.kb is None:
                fill_person(ctx, c)
            elif c.country is None and c.code is None:  # "the French president": the office holder
                fill_from_row(ctx, c, c.kb)
        elif c.kb is not None:
            fill_from_row(ctx, c, c.kb)
    _named_after_country(ctx)
    _placed_organisations(ctx)
    owner = ctx.token_owner(first_wins=True)
    _affiliations(ctx, owner)
    _pending_governments(ctx, owner)
    _focus_country_default(ctx)
    _anchors(ctx)
    merge_groups_into_named(ctx.clusters)
    apply_user_dicts(ctx)
    phoenix.fill(ctx.res.phoenix, ctx.sd, ctx.clusters, ctx.date, ctx.text)  # the last source of codes
    _open_offices(ctx)
    _dictionary_affiliations(ctx)
    _armed_dissidents(ctx)
    _uncoded_affiliations(ctx)
    _unplaced_insurgents(ctx)
    _placed_identities(ctx)


def _placed_identities(ctx: ArticleContext) -> None:
    """"Hindu nationalists attacked a church in the state of Orissa", "ethnic Russians rallied near
    Riga": a people named by a creed or an ethnicity alone, that no place named with it
    gives a country, is coded by the one state the places of the clause it is the subject of lie in
    (clusters.where_they_act), as a group of the identity with its country ("Iraqi Kurds"). CAMEO
    codebook 3.1.9: identity codes stand first only when the group is linked to no location or
    country; the PLOVER GSR infers primary codes from locations (one of its 650 codes is an identity's)."""
    for c in ctx.clusters:
        identity = c.attrs.get("identity")
        if c.type != "NORP" or c.country is not None or not (
                "ethnicity" in c.attrs or (identity is not None and c.code == identity)):
            continue
        iso = next((w for w in (where_they_act(ctx, m) for m in c.mentions) if w), None)
        if iso:
            c.country, c.attrs["country_basis"] = iso, "where they act"
            if identity is not None:  # the identity is beside the country, as for "Iraqi Kurds"
                c.code = c.sector = None


def _uncoded_affiliations(ctx: ArticleContext) -> None:
    """"The Philippine government accused communist rebels", "Karen guerrillas": a group named by a
    people or a creed that no table, knowledge base or dictionary places (a NORP word with no country
    and no code) is no organisation to take a country from: like an unqualified "rebels", it is the
    article's focus country's (run last, so a dictionary's code for the word wins)."""
    focus = ctx.focus_country or _sole_country(ctx.clusters)
    for c in ctx.clusters:
        o = c.attrs.get("org")
        if focus and o is not None and o.type == "NORP" and o.country is None and o.code is None \
                and c.type == "ORG" and c.sector is not None and c.country is None and c.code is None:
            c.country = focus
            c.attrs["country_basis"] = "article focus"


def _unplaced_insurgents(ctx: ArticleContext) -> None:
    """"Renamo guerrillas attacked a village in Mozambique", "Abu Sayyaf gunmen kidnapped tourists on
    Jolo": fighters or militants of a named group that no table, knowledge base or dictionary places
    are coded, like insurgents with no state of their own, by the one state their clause's places
    lie in (clusters.where_they_act; run last, so any code of the group's wins). Not the article's
    focus: with no place named they stay unplaced, as an unknown group's officers do."""
    for c in ctx.clusters:
        o = c.attrs.get("org")
        if o is None or o.type != "ORG" or o.country is not None or o.code is not None \
                or c.type != "ORG" or c.sector not in OPPOSING_SECTORS or c.country is not None or c.code is not None:
            continue
        iso = next((w for w in (where_they_act(ctx, m) for m in c.mentions if m.kind == "nominal") if w), None)
        if iso:
            c.country = iso
            c.attrs["country_basis"] = "where they act"


def _dictionary_affiliations(ctx: ArticleContext) -> None:
    """ "UNITA rebels", "Hamas fighters", "Rufus Firefly's government": officers of an organisation
    or person only the Phoenix or the user's dictionary codes (after the affiliations above were
    settled) take its country too. An officer of an international body only the Phoenix dictionary
    codes ("Interpol officials", "OAS Secretary-General X") carries the body's code, as _affiliations
    gives an officer of a body the knowledge base codes; a person the dictionary codes by nationality
    ("U.N. mediator Diego Cordovez", ECU) is, by the title the article gives him, the body's officer,
    which the article's context says and so wins over the dictionary, as context wins over the table."""
    for c in ctx.clusters:
        o = c.attrs.get("org")
        if o is not None and _international_officer(c, o):
            c.code, c.sector, c.country = o.code, o.sector, None
            c.attrs["code_source"] = "phoenix"
        elif o is not None and c.code is None and _user_coded_body(ctx, c, o):
            c.code, c.country, c.sector = o.code, o.country, o.sector
            c.attrs["code_source"] = "dictionary"
        elif o is not None and c.country is None and c.code is None \
                and o.attrs.get("code_source") in ("phoenix", "dictionary") and o.country:
            c.country = o.country
            if c.sector is None or (c.cls == "lead" and "sector" not in c.ctx):  # as _affiliations does
                c.sector = o.sector
        elif o is not None and c.country is None and c.code is None and o.attrs.get("code_source") == "dictionary" \
                and o.code and not o.country:  # "Gollum's forces" (GOLLUM [HOBREB]): the possessor's code,
            agent = c.attrs.get("agent")  # and a user agent's after (or before) it, as PETRARCH composes
            c.code = cameo_dict.compose(o.code, agent[0], agent[1]) if agent else o.code
            c.attrs["code_source"] = "dictionary + agent" if agent else "dictionary"


def _international_officer(c: ActorCluster, o: ActorCluster) -> bool:
    """c is an officer of o, an international body coded by the Phoenix dictionary alone, and nothing
    but that dictionary's entry for c's own name ("country" the article says of c stays c's) codes c."""
    if o.attrs.get("code_source") != "phoenix" or not o.code or o.code[:3] not in phoenix.INTERNATIONAL \
            or "country" in c.ctx:
        return False
    return (c.country is None and c.code is None) or (c.type == "PERSON" and c.attrs.get("code_source") == "phoenix")


# non-state armed groups (CAMEO rebels, insurgents, separatists, unidentified armed forces)
ARMED_GROUP_SECTORS = frozenset({"REB", "INS", "SEP", "UAF"})


def _armed_dissidents(ctx: ArticleContext) -> None:
    """ "FARC dissidents", "ETA dissidents": an armed group's dissidents are a faction that split from it and kept its
    arms, coded as the group (the Phoenix dictionary's "manuel rodriguez patriotic front - dissidents" is CHLREB), not
    as the unarmed opposition that dissidents alone are (run after every source of the group's own sector)."""
    for c in ctx.clusters:
        o = c.attrs.get("org")
        if c.role == "dissident" and o is not None and o.sector in ARMED_GROUP_SECTORS and "agent" not in c.attrs:
            c.sector = o.sector


def _named_after_country(ctx: ArticleContext) -> None:
    """An organisation nothing else codes, named after a country ("the Liberian Peace Council",
    "Montenegro Municipality Association") or after a province, region or city of one country ("the
    Balochistan Liberation Army", "the Tripoli Revolutionary Brigade", "the Front for the Liberation of
    Cabinda"), belongs to that country (its officers too), as the manual's "Country Names" code a
    province or city as its state; the Phoenix dictionaries may still code it."""
    for c in ctx.clusters:
        if c.type != "ORG" or c.code or c.country or c.kb is not None or c.attrs.get("actor") is False \
                or c.attrs.get("nominal") or "ethnicity" in c.attrs:
            continue
        iso = next((i for i in (_name_country(ctx.tables, m.text) for m in c.mentions if m.kind == "name") if i),
                   None)
        if iso:
            c.country = iso
            c.attrs["country_basis"] = "name"


def _name_country(t, name: str) -> str | None:
    """The country an organisation's own name places it in: its first one to three words as a
    country, a demonym, or, for a political or armed group (GROUP_HEADS), a province, region or city the
    tables place in one state (Tables.place_country).
    The place must not be the whole name (a place's name alone is the place). A name that ends in
    "of X" ("the Front for the Liberation of Cabinda") is placed by the of-phrase already."""
    words = name.split()  # (country_of and place_country read a leading "the" themselves)
    grouped = words[-1].lower() in GROUP_HEADS if words else False
    for n in (3, 2, 1):  # the longest first: "Papua New Guinea ..." is PNG, not Papua's IDN
        if len(words) > n:
            lead = " ".join(words[:n])
            iso = t.country_of(lead) or (t.place_country(lead) if grouped else None)
            if iso:
                return iso
    return None


# A city's name leads many organisations that are not of that city's one state in the tables ("Victoria
# Police" is Australian, "Kingston University" English, "the Cordoba Foundation" British), so a place
# below country level places only an organisation whose name's head is a political or armed group's.
GROUP_HEADS = frozenset({
    "army", "front", "movement", "council", "brigade", "brigades", "union", "party", "militia", "militias",
    "committee", "league", "alliance", "forces", "force", "guard", "congress", "federation", "battalion",
    "battalions", "tigers", "shura", "resistance", "group", "organisation", "organization", "association",
})


def _placed_organisations(ctx: ArticleContext) -> None:
    """An organisation or site nothing else codes, named with where it is ("the Karak Water Facility
    in central Jordan", "the Workers' Union in Colombia"), is that country's, as a reader takes it
    and as CAMEO codes a body by its state; the Phoenix dictionaries may still code it."""
    for c in ctx.clusters:
        if c.type not in ("ORG", "FAC") or c.code or c.country or c.kb is not None \
                or c.attrs.get("actor") is False or c.attrs.get("nominal") or "ethnicity" in c.attrs:
            continue
        iso = next((iso for m in c.mentions if m.kind == "name" for iso in [placed_in(ctx, m)] if iso), None)
        if iso:
            c.country = iso
            c.attrs["country_basis"] = "place"


def fill_person(ctx: ArticleContext, c: ActorCluster) -> None:
    """The knowledge-base row of a person cluster, by its fullest name first."""
    names = sorted({m.text for m in c.mentions if m.kind == "name"}, key=lambda n: len(nz.name_tokens(n)), reverse=True)
    row = None
    longest_name = len(nz.name_tokens(names[0])) if names else 0
    for n in names:
        if longest_name >= 2 and len(nz.name_tokens(n)) < 2:
            break  # "Feroz Abbasi" is not in the table: his surname alone must not find another Abbasi
        # a country's name the NER took for a person ("Mali said") is no spelling of a surname ("Milei")
        row = ctx.res.kb.person(n, ctx.date, fuzzy=not ctx.tables.country_of(n))
        if row is not None:
            break
    if row is None:
        return
    if "country" in c.ctx and row.country and c.country != row.country:
        return  # the article says otherwise: a different person of that name
    c.kb = row
    fill_from_row(ctx, c, row)


def fill_from_row(ctx: ArticleContext, c: ActorCluster, row: kbmod.KBRow) -> None:
    """What the article did not say, from the knowledge-base row."""
    if "country" not in c.ctx:
        c.country = row.country
    if "sector" not in c.ctx:
        c.sector = row.sector
    if "role" not in c.ctx:
        c.role = row.role
        r = ctx.res.tables.roles.get((row.role or "").lower())
        c.cls = r.cls if r else c.cls
        if "former" not in c.ctx:
            c.former = kbmod.is_former(row, ctx.date)
    if row.code and "sector" not in c.ctx:
        c.code = row.code
    if row.media:
        c.attrs["media"] = True


def _affiliations(ctx: ArticleContext, owner: dict[int, ActorCluster]) -> None:
    """ "Hezbollah leader X", "the group's leader X": the organisation gives the affiliation."""
    for c in ctx.clusters:
        tok = c.attrs.pop("org_token", None)
        whose = c.attrs.pop("whose", False)
        if tok is None:
            continue
        o = owner.get(tok) if not isinstance(tok, tuple) else \
            story_body(ctx, tok[1]) if tok[0] == "story" else latest_org(ctx.clusters, tok[1])
        if o is None or o is c or whose and o.country is None:
            continue  # (a possessor of no known country, "Gary Hart's doctor": the story's focus, as before)
        c.attrs["org"] = o
        if c.country is None and o.code and o.sector in ("IGO", "NGO", "IMG"):
            c.code, c.sector = o.code, o.sector  # an officer of an international body carries its code
            continue
        if c.country is None:
            c.country = o.country
        # a leader, spokesman or adviser of a body is of the body's kind: the role table's sector
        # (a spokesperson's GOV) is only a guess for when no body is named ("a spokesman for Hamas": REB;
        # "a spokesman for the Fano group", a body of no known kind: no sector, not GOV)
        if c.sector is None or (c.cls == "lead" and "sector" not in c.ctx) or c.cls == "rel":
            c.sector = o.sector
        elif c.cls == "off" and c.sector in STATE_GROUP_SECTORS and o.sector is not None and "agent" not in c.attrs:
            # the table's state sector of a post ("official" GOV, "commander" MIL, "envoy" GOV) is a guess
            # for a state's officer; a named body's officer holds its post in that body ("a Hamas
            # commander", "an official of the Hezbollah movement" are of the group, as REBEL_COMMANDER is)
            c.sector = o.sector
        elif c.cls == "grp" and c.sector in STATE_GROUP_SECTORS | {"UAF"} and o.sector in OPPOSING_SECTORS \
                and "agent" not in c.attrs:
            # a group noun's sector is a guess too: "officials", "commanders", "troops" are a state's, and
            # "militants", "gunmen" unidentified (CAMEO UAF), until a non-state group is named as theirs:
            # "Hezbollah officials", "PKK militants", "Hamas gunmen" are the group's people, of its sector
            # (as composed_role makes "rebel soldiers" rebels)
            c.sector = o.sector
        if c.cls == "lead" and "agent" not in c.attrs and "agent" in o.attrs:
            c.attrs["agent"] = o.attrs["agent"]  # a user agent's code: "the leader of the X opposition group" XOPP


def _user_coded_body(ctx: ArticleContext, c: ActorCluster, o: ActorCluster) -> bool:
    """With the user's agent dictionaries, a member noun no agent entry names ("Red Dawn Front militants",
    "a Red Dawn Front commander") of a body the user's actor dictionary codes takes the body's code whole:
    PETRARCH codes the noun phrase by the actor it holds plus the agents it finds, and finds none (not the
    body's country alone, with our table's guess of the noun's sector dropped as every built-in role's is)."""
    return bool(ctx.res.user_agents) and "agent" not in c.attrs and o.attrs.get("code_source") == "dictionary" \
        and bool(o.code) and o.sector is not None


def _pending_governments(ctx: ArticleContext, owner: dict[int, ActorCluster]) -> None:
    """ "his government", "Sudani's government": the government of the person's country."""
    for mention, (how, p) in ctx.pending_gov:
        a = ctx.pron_cluster.get(p) if how == "pron" else owner.get(p)
        if a is not None and a.country:
            g = ctx.cluster_for(("GOVT", a.country, "GOV"), "ORG")
            g.mentions.append(mention)
            g.set(country=a.country, sector="GOV", role="government")


def _focus_country_default(ctx: ArticleContext) -> None:
    """An unqualified "President X" or "police": the country the article is about; when no country
    is named on its own, the one country the coded actors share ("demands from the National Union
    for the Total Independence of Angola": Angola's president)."""
    focus = ctx.focus_country or _sole_country(ctx.clusters)
    placed = _places_by_sentence(ctx) if focus is None else {}
    for c in ctx.clusters:
        if c.country is not None or "country" in c.ctx or c.anchor is not None or c.sector in ("IGO", "NGO", "IMG") \
                or c.sector in UPROOTED \
                or "org" in c.attrs \
                or c.attrs.get("abroad"):  # an organisation's officer belongs where the organisation does;
            continue  # "foreign troops" belong to another country than the story's (nominals.from_abroad)
        here = focus or (_sentence_place(ctx, c, placed) if placed else None)
        if c.type == "PERSON" and c.role and c.kb is None and not has_office(here, c.role, ctx.date):
            c.attrs["office_open"] = True  # "the prime minister" in a story about the USA: _open_offices
        elif (c.type == "ORG" and c.sector is not None) or (c.type == "PERSON" and c.role and c.kb is None):
            c.country = here
            c.attrs["country_basis"] = "article focus"
            if here and not focus:
                c.attrs["country_from"] = "sentence place"  # told apart from a named country in the output


def _open_offices(ctx: ArticleContext) -> None:
    """An unqualified office the focus country does not have ("the prime minister" after Blair's
    visit to Bush) is the office of the government person named last before it whose country has
    it (the dictionaries have coded them by now), else of the most talked-about country that has
    it; else its country stays unknown rather than wrong."""
    for c in ctx.clusters:
        if c.attrs.pop("office_open", False) and c.country is None and c.code is None:
            c.country = _office_holder_country(ctx, c) or office_country(ctx, c.role)
            if c.country:
                c.attrs["country_basis"] = "context office"


def _office_holder_country(ctx: ArticleContext, c: ActorCluster) -> str | None:
    """The country of the government person (or government) named last before c whose country has c's office."""
    best, pos = None, -1
    first = min(m.i for m in c.mentions)
    for o in ctx.clusters:
        if o is c or o.type not in ("PERSON", "ORG") or not o.country or o.sector not in ("GOV", "ELI") \
                or not has_office(o.country, c.role, ctx.date):
            continue
        last = max((m.i for m in o.mentions if m.i < first), default=-1)
        if last > pos:
            best, pos = o.country, last
    return best


def _sole_country(clusters: list[ActorCluster]) -> str | None:
    """The country of the named organisations, when they share one and no place is coded: a named
    place the country tables do not know (a dictionary's "Rohan") leaves the focus open."""
    if any(c.type in ("GPE", "LOC", "NORP") and c.country for c in clusters):
        return None
    countries = {c.country for c in clusters if c.country and c.type == "ORG"}
    return countries.pop() if len(countries) == 1 else None


# the NER's types of a place's name: it tags a city ORG or FAC too ("Police in Karachi", _in_phrase_country)
PLACE_TYPES = frozenset({"GPE", "LOC", "ORG", "FAC"})


def _sentence_place(ctx: ArticleContext, c: ActorCluster, placed: dict[int, set[str]]) -> str | None:
    """With no country named in the article, the one country of the places named in the sentences
    that name c ("The army shelled rebel positions near Goma": Congo's army), as PLOVER's gold gives a
    domestic agent the country the sentence places it in (`placed`: _places_by_sentence). Places of two
    countries: no guess. Only c's own sentences: a place named elsewhere in a story is often no more than
    a club's name."""
    countries = set().union(*(placed.get(ctx.sent_bounds(m.i)[0], ()) for m in c.mentions))
    return countries.pop() if len(countries) == 1 else None


def _places_by_sentence(ctx: ArticleContext) -> dict[int, set[str]]:
    """The countries of the places each sentence names, by the sentence's first token. A place is the
    tables' (a big city, a US state, a province the Phoenix dictionary lists under one state), whatever
    the NER tagged it but a person; built once an article, and only when no country is named."""
    placed: dict[int, set[str]] = {}
    for p in ctx.clusters:
        if p.type in PLACE_TYPES:
            for m in p.mentions:
                iso = ctx.tables.place_country(m.text) if m.kind == "name" else None
                if iso:
                    placed.setdefault(ctx.sent_bounds(m.i)[0], set()).add(iso)
    return placed


def _anchors(ctx: ArticleContext) -> None:
    """A relational role ("his spokesperson") takes its anchor's country and sector."""
    for c in ctx.clusters:
        a = c.anchor
        if a is not None:
            c.attrs["of"] = a
            if c.country is None:
                c.country = a.country
            if c.sector is None or (c.cls == "rel" and "sector" not in c.ctx):
                c.sector = a.sector if a.sector not in ("ELI",) else "GOV"


def latest_org(clusters: list[ActorCluster], before: int) -> ActorCluster | None:
    """The organisation (by name) mentioned last before token `before` ("the group's leader")."""
    return _last_mentioned(clusters, before, lambda c: c.type == "ORG" and not c.attrs.get("nominal"),
                           lambda m: m.kind == "name")


def story_body(ctx: ArticleContext, before: int) -> ActorCluster | None:
    """The body a spokesperson whose phrase names none speaks for ("The Home Office said ... The spokesman
    said"): the organisation mentioned last before token `before`, in its sentence or the one before. Further
    back the text no longer links them (the role table's GOV was a guess that made every such spokesperson the
    government's); a news medium the story quotes ("the BBC reported") employs no one it quotes."""
    first = ctx.sent_bounds(before)[0]
    first = ctx.sent_bounds(first - 1)[0] if first > 0 else first
    return _last_mentioned(ctx.clusters, before,
                           lambda c: c.type == "ORG" and not (c.sector == "MED" or c.kb is not None and c.kb.media),
                           lambda m: m.i >= first)


def _last_mentioned(clusters: list[ActorCluster], before: int, cluster_ok, mention_ok) -> ActorCluster | None:
    """The cluster cluster_ok accepts whose mention (one mention_ok accepts) comes last before token `before`."""
    best, pos = None, -1
    for c in clusters:
        if cluster_ok(c):
            for m in c.mentions:
                if pos < m.i < before and mention_ok(m):
                    best, pos = c, m.i
    return best


def merge_groups_into_named(clusters: list[ActorCluster]) -> None:
    """"Israeli troops" and the IDF (named later as "the Israeli military"): an armed group noun joins
    the one named armed body of the same country and sector."""
    named: dict[tuple, list[ActorCluster]] = {}
    for c in clusters:
        if c.type == "ORG" and not c.attrs.get("nominal") and c.mentions and c.sector in ARMED_SECTORS and c.country:
            named.setdefault((c.country, c.sector), []).append(c)
    for c in clusters:
        if c.attrs.get("nominal") and c.type == "ORG" and c.sector in ARMED_SECTORS and c.mentions \
                and c.cls not in MEMBER_CLASSES:  # "Hamas commanders", "spokesmen for the Houthis": people
            # who hold a post in the body, not the body (as "his spokesperson" is not he; s27-nominal)
            target = named.get((c.country, c.sector), [])
            if len(target) == 1 and "country_basis" not in c.attrs:
                target[0].mentions.extend(c.mentions)
                c.mentions = []


def _glued_names(c: ActorCluster, s: int, e: int, sd, in_role: dict | None = None):
    """The mention of c around a dictionary name [s, e) that runs over a verb or a coordinator: the
    NER glued a clause ("Rohan arrested Gollum") or a list ("Arnor and Gondor") into one name, so the
    dictionary's names stand on their own. A verb inside a role phrase is the role's own word
    ("Mordor state-owned newspapers", an agent `STATE-OWNED_NEWSPAPER`), no glue."""
    in_role = in_role or {}
    for m in c.mentions:
        if m.i <= s and e <= m.j and (m.i, m.j) != (s, e) and \
                any(_glue(sd[k]) and k not in in_role for k in range(m.i, m.j)):
            return m
    return None


def _glue(tok) -> bool:
    return tok.pos_ in ("VERB", "CCONJ") or tok.lower_ in ("and", "or", "&", "by")  # (context.glued_name)


def apply_user_dicts(ctx: ArticleContext) -> None:
    """Phrases of the user's actor dictionaries: their code (at the publication date) overrides ours;
    '---' says the phrase names no actor; a phrase no cluster covers becomes an organisation."""
    res, sd = ctx.res, ctx.sd
    if res.user_matcher is None:
        return
    span_owner: dict = {}
    made: dict[int, ActorCluster] = {}
    for c in ctx.clusters:
        for m in c.mentions:
            span_owner[(m.i, m.j)] = c
            for k in range(m.i, m.j):
                span_owner.setdefault(k, c)
    found = {}  # dictionary span -> its entry
    for s, e in longest([(s, e) for _, s, e in res.user_matcher(sd)]):
        entry = res.user_phrases.get(sd[s:e].text.lower()) or res.user_phrases.get(" ".join(sd[s:e].text.lower().split()))
        if entry is not None:
            found[(s, e)] = entry
    for (s, e), entry in found.items():
        code = entry.code_at(ctx.date)
        c = span_owner.get((s, e)) or span_owner.get(s) or span_owner.get(e - 1)
        if c is not None and not any(m.i <= s and e <= m.j for m in c.mentions):
            # "Ithilen military leaders" (ITHILEN MILITARY [ITHMIL]): the first word's own cluster
            # ("Ithilen") does not hold the phrase; the noun phrase around it does
            c = _covering(ctx.clusters, s, e)
        if c is not None:
            glued = _glued_names(c, s, e, sd, ctx.in_role)
            if glued is not None:  # "Rohan arrested Gollum" read as one name: each name is its own actor
                c.mentions.remove(glued)
                c = None
        if c is None:  # one organisation per dictionary entry: "The Shire ... the Shire" is one actor
            c = made[id(entry)] = _phrase_cluster(ctx, s, e, made.get(id(entry)))
        if not code and c.type == "PERSON" and {"role", "country"} <= c.ctx:
            continue  # "Gondor's foreign minister, Boromir" (BOROMIR [---]): the name codes nothing, the
            # title the sentence gives him still does, as PETRARCH codes the noun phrase's head
        if not code:  # '---': the dictionary says this is not an actor
            c.attrs["actor"] = False
            c.code = None
            c.country = c.sector = None
            continue
        if _names_a_modifier(c, s, e) or c.attrs.get("coordinated"):  # "the Gondor government": actor + agent
            nearer = _next_to_head(c, s, e, found)
            _compose(c, found[nearer].code_at(ctx.date) or code if nearer else code, res.user_agents)
            continue
        c.code = code
        c.attrs["code_source"] = "dictionary"
        c.country, c.sector = _country_sector(code)


def _phrase_cluster(ctx: ArticleContext, s: int, e: int, into: ActorCluster | None) -> ActorCluster:
    """An organisation (`into`, the entry's, else a new one) for a dictionary phrase [s, e) no mention
    holds. The mentions inside it are its own words, so they join it rather than stand as second entities ("The Shire" over the
    NER's "Shire"; "Ithilen military" over "Ithilen"): when the phrase only adds determiners to one
    cluster's name, that whole cluster is this actor (its other mentions too); else only the mentions
    inside the phrase move (the country "Ithilen" named elsewhere stays the country)."""
    sd = ctx.sd
    span = sd[s:e]
    new = into or ActorCluster(type="ORG")
    new.mentions.append(ActorMention(s, e, span.start_char, span.end_char, span.text, "USER"))
    inner = [(o, m) for o in ctx.clusters if o is not new for m in o.mentions if s <= m.i and m.j <= e]
    owners = {id(o): o for o, _ in inner}
    words = {k for _, m in inner for k in range(m.i, m.j)}
    same_name = len(owners) == 1 and all(sd[k].pos_ in ("DET", "PUNCT") for k in range(s, e) if k not in words)
    for o in owners.values():
        moved = list(o.mentions) if same_name else [m for m in o.mentions if s <= m.i and m.j <= e]
        o.mentions = [m for m in o.mentions if m not in moved]
        new.mentions.extend(m for m in moved if not (s <= m.i and m.j <= e))  # the phrase stands for the inner ones
    if into is None:
        ctx.clusters.append(new)
    return new


def _country_sector(code: str) -> tuple[str | None, str | None]:
    """The country and sector a dictionary code says; a compound actor's (`FRO/BIL/SAM`) only what
    all of its codes share."""
    import pycountry

    if "/" in code:
        sides = {_country_sector(c) for c in cameo_dict.split_codes(code)}
        countries, sectors = {s[0] for s in sides}, {s[1] for s in sides}
        return (countries.pop() if len(countries) == 1 else None), (sectors.pop() if len(sectors) == 1 else None)
    if pycountry.countries.get(alpha_3=code[:3]) or cameo_dict.country_part(code):
        return code[:3], (code[3:6] or None)
    return None, code[:3]


def _covering(clusters: list[ActorCluster], s: int, e: int) -> ActorCluster | None:
    """The cluster whose shortest mention holds tokens [s, e), or None."""
    best, size = None, None
    for c in clusters:
        for m in c.mentions:
            if m.i <= s and e <= m.j and (size is None or m.j - m.i < size):
                best, size = c, m.j - m.i
    return best


def _names_a_modifier(c: ActorCluster, s: int, e: int) -> bool:
    """The dictionary phrase [s, e) stands before the head of a mention whose head is a role or agent
    noun ("three Gondor soldiers", "the Arnor Human Rights Body"): it names whose the role is, not the
    whole actor. A phrase that ends its mention ("the Secretary General") is the actor itself."""
    if not c.role or "agent" not in c.attrs and not c.sector:
        return False
    return any(m.i <= s and e < m.j for m in c.mentions)


def _next_to_head(c: ActorCluster, s: int, e: int, found: dict) -> tuple[int, int] | None:
    """The dictionary phrase that follows [s, e) word for word inside c's mention, and the ones after it, up to
    the last before the head ("Tulmistani Porvelan police"; the NER may give "Porvelan" a name of its own): the
    group is the people of the word next to its noun, as context._modifier reads the tables' names. None when
    [s, e) is itself the last."""
    ends = [m.j for m in c.mentions if m.i <= s and e < m.j]
    if not ends:
        return None
    last, k = None, e
    while True:
        nxt = next((span for span in found if span[0] == k and span[1] < ends[0]), None)
        if nxt is None:
            return last
        last, k = nxt, nxt[1]


def _compose(c: ActorCluster, code: str, user_agents: bool = False) -> None:
    """Actor code + agent code, as PETRARCH composes them: the agent's code after the actor's (`~GOV`),
    or before it for a prefix agent (`NGO~`); a built-in role adds its sector, unless the user gave
    agent dictionaries (then they alone add agent codes, as in PETRARCH)."""
    import pycountry

    agent_code, prefix = c.attrs.get("agent") or ("" if user_agents else c.sector or "", False)
    if code.endswith(agent_code) or code.startswith(agent_code) and prefix:
        agent_code = ""  # the dictionary's code already says it ("GONGOV" before "government")
    c.code = cameo_dict.compose(code, agent_code, prefix)
    c.attrs["code_source"] = "dictionary + agent"
    country = cameo_dict.country_part(code)
    if country is None and "/" not in code and pycountry.countries.get(alpha_3=code[:3]):
        country = code[:3]
    c.country = country
    c.sector = c.sector or (agent_code[:3] or None)
