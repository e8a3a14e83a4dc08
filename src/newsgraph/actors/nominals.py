"""Role phrases that refer on their own: "the secretary", "the Iraqi premier", "the rebels", "his government".

A person noun joins the latest person holding that role ("The president" after "President William
Ruto"), else the office holder the knowledge base names for the country and date, else it is a new
person of its own. A group noun joins the one named organisation it describes ("the rebels" after
"the Houthis"), the country's government ("the government"), or one group per country and sector.
"His government" waits for the pronoun phase to say whose (ArticleContext.pending_gov).
"""

from __future__ import annotations

from dataclasses import replace

from . import normalize as nz
from .article import ActorCluster, ActorMention, ArticleContext, strip_the
from .clusters import in_country, residence, where_they_act
from .countries import office_country
from ..spans import sentence_of, token_span
from ..words import coordinated
from .context import ent_at, left_modifiers, of_complement, role_is_head
from .mentions import PERSON_CLASSES
from .roles import (MEMBER_CLASSES, MEMBER_PREPS, OPPOSING_SECTORS, RELATION_PREPS, UPROOTED, composed_role,
                    speaks_for_no_one, spoken_for)
from .tables import Role

GOVERNMENT_WORDS = frozenset({"government", "administration", "regime", "authorities", "cabinet", "leadership"})
GROUP_SECTORS = frozenset({"REB", "UAF", "MIL", "COP", "SPY", "PTY", "OPP", "IMG"})


def resolve_nominals(ctx: ArticleContext) -> None:
    named = ctx.token_owner()  # tokens of the names clustered so far: a role inside one is no nominal
    for s, e in ctx.role_spans:
        if (s, e) in ctx.used_roles or any(k in named for k in range(s, e)):
            continue
        sect = ctx.kind_at(ctx.sd[s].idx)
        if sect not in ("body", "title", "caption"):
            continue
        role = ctx.role_of(s, e)  # (find_roles gives every span of role_spans its Role)
        if not role_is_head(ctx.sd, s, e):
            e = _classified_head(ctx, s, e, named) if ctx.res.user_agents else None
            if e is None:
                continue
        _nominal(ctx, s, e, role, sect, named)


def _classified_head(ctx: ArticleContext, s: int, e: int, named) -> int | None:
    """With the user's agent dictionaries (PETRARCH mode): an agent noun that classifies a common
    noun no dictionary lists ("student activists", "a police unit", "army units"; or only our table does,
    "rebel leaders", the agent an adjective the tagger made of it) gives that noun's phrase its agent, as
    PETRARCH reads every word of a noun phrase for actors and agents; the end of the phrase (after its
    head), or None. The words between must be nouns of the same compound,
    and the head no name, no role and no one's token."""
    sd = ctx.sd
    head = sd[e - 1].head
    if sd[e - 1].dep_ not in ("compound", "amod") or head.i < e or head.tag_ not in ("NN", "NNS", "NNP") or head.ent_type_:
        return None  # (a proper noun no NER name covers: a title before a name the NER missed, "Gondor's
        # Attorney General Hurin Emeldir", which PETRARCH codes by its title as any noun phrase)
    if head.i in named or any(sd[k].dep_ != "compound" or sd[k].head.i != head.i for k in range(e, head.i)):
        return None
    inner = ctx.roles_within(e, head.i + 1)
    if inner and (sd[e - 1].tag_ != "JJ" or any(ctx.role_of(a, b).code is not None for a, b in inner)):
        return None  # a head that is a role of its own stays so ("police officer", "student union leaders")
    # but an agent word the tagger made an adjective ("rebel leaders", "rebel commanders"), never read before as a
    # role, classifies a head only our table knows, as PETRARCH reads it; the head's span makes no second actor
    if inner:
        ctx.used_roles.update(inner)
    return head.i + 1


def _nominal(ctx: ArticleContext, s: int, e: int, role: Role, sect: str, named: dict | None = None) -> None:
    sd = ctx.sd
    sent_start, sent_end = ctx.sent_bounds(s)
    mods = _shared_modifiers(ctx, e, left_modifiers(sd, s, ctx.tables, floor=sent_start, user_agents=ctx.res.user_agents),
                             sent_start)
    if mods.org is None and mods.country is None and mods.person is None and named:
        mods.org = _named_org_modifier(sd, mods.start, s, e, named)
    origin = _origin(ctx, e, sent_end) or based_in(ctx, sd[e - 1])
    # whose a relational role is may follow it: "a spokesman for the foreign ministry", "an adviser
    # to the president" (for an office, "envoy to X" is sent to X: only "of" says whose)
    iso2, org_i, _ = of_complement(sd, e, ctx.tables, sent_end, RELATION_PREPS if role.cls == "rel" else ("of",))
    if iso2 is None and org_i is None and (role.cls in MEMBER_CLASSES or role.cls == "grp" and sd[e - 1].tag_ == "NNS"):
        org_i = _named_org_after(ctx, e, sent_end, MEMBER_PREPS + ("to",) if role.cls == "rel" else MEMBER_PREPS)
    role = spoken_for(ctx, composed_role(ctx, role, mods.start, s, e), mods, iso2, org_i, e)
    # (one person speaks for a body; a plural stays the table's: "a group of deputies" are a parliament's)
    alone = not (sd[e - 1].tag_ in ("NNS", "NNPS") or role.plural) and speaks_for_no_one(ctx, role, mods, iso2, org_i,
                                                                                          s, e)
    if alone:
        role = replace(role, sector="-")  # "the spokesman": whose, the body the text links them to, if any
    # "a rebel leader", "an opposition spokesman" are qualified by their group, as "a French minister"
    # is by its country: a member of that side, not anyone at all
    own_side = role.cls in MEMBER_CLASSES and role.sector in OPPOSING_SECTORS
    if mods.not_yet or (mods.indefinite and not (mods.country or origin or iso2 or org_i is not None or own_side
                                                 or (mods.org is not None and role.cls in MEMBER_CLASSES))):
        return  # "a minister" is no one in particular; "a French minister", "a delegation from Japan" are
    country = mods.country or iso2 or origin or _its_country(ctx, mods, sd[e - 1])
    if mods.country_word is not None:
        country = country or ctx.country_before(mods.country_word)
    plural = sd[e - 1].tag_ in ("NNS", "NNPS") or role.plural  # ("golden geese" the tagger may call NNP)
    start_tok = mods.start
    if mods.pronoun is not None and mods.pronoun == start_tok:
        start_tok = mods.pronoun + 1  # "his spokesperson": the pronoun is its own mention
    span = token_span(sd, start_tok, e)
    # (the words sliced from the article's text, as every mention's are: Span.text makes a Token for each word)
    mention = ActorMention(start_tok, e, span.start_char, span.end_char, ctx.text[span.start_char:span.end_char],
                           "NOMINAL", kind="nominal", sect=sect)
    if role.cls in PERSON_CLASSES and not plural:
        of_org = _of_group(ctx, e, sent_end) or org_i if role.cls in MEMBER_CLASSES else None
        _person_nominal(ctx, mention, role, mods, country, s, of_org, own_side, alone)
    elif role.cls in ("grp", "org", "lead") or plural:
        if role.sector == "PTY" and any(sd[k].lower_ == "opposition" for k in range(mods.start, s)):
            # "opposition parties" are the opposition (OPP), not one group with "the ruling party"
            role = ctx.tables.roles.get("opposition", role)
        if plural and country is None and mods.org is None and org_i is not None:
            mods.org = org_i  # "foreign ministers of the Arab League": the body's people, not the focus country's
        _group_nominal(ctx, mention, role, mods, country, iso2, plural, s)


def _named_org_modifier(sd, start: int, s: int, e: int, named: dict) -> int | None:
    """"Houthi commanders", "Houthi gunmen", "Boko Haram militants": a group's name before the role noun
    that the NER left untagged in this sentence or tagged as a person (left_modifiers passes the first as
    a capitalised word of a title, and stops at an adjective or a person's name) but the names stage
    clustered as a named organisation of the knowledge base ("Houthis", "Boko Haram"): the role's people
    are that group's, as "Hezbollah officials" (tagged ORG) already are. A name the NER did not tag here
    is trusted as a group only when the knowledge base knows it as one (an untagged "RT" clustered from
    other mentions may carry a guessed country). Its first token, or None."""
    first = start - 1 if start > 0 and sd[start - 1].dep_ in ("compound", "amod") and s <= sd[start - 1].head.i < e \
        else start
    for k in range(first, s):
        c = named.get(k)
        # (`named` is made before any nominal or pronoun joins a cluster: a knowledge-base group's mentions
        # are its names then, so the token is inside one of its names)
        if c is not None and c.type == "ORG" and c.kb is not None:
            return k
    return None


def _named_org_after(ctx: ArticleContext, e: int, limit: int, preps) -> int | None:
    """"a spokesman for the Houthis", "a commander of the Houthis": the named organisation right after
    the post's preposition, as the names clustered it, when the parser's NER label did not say
    organisation (it reads "Houthis" as a PERSON; the knowledge base names a group)."""
    sd = ctx.sd
    if e + 1 >= limit or sd[e].lower_ not in preps:
        return None
    k = e + 2 if sd[e + 1].lower_ == "the" else e + 1
    if k >= limit or not sd[k].ent_type_:  # (a name the NER found; only then the owners are looked up)
        return None
    c = ctx.token_owner().get(k)
    # a named organisation: a name mention over k ("the State Department" holds its "the"); a group the
    # nominals made has none
    if c is None or c.type != "ORG" or not any(m.kind == "name" and m.i <= k < m.j for m in c.mentions):
        return None
    return k


# verbs whose object with "its" is the doer's own envoy or officer ("recalled its ambassador"), where
# "expelled its ambassador" or "summoned its ambassador" may be the other side's
SENDS_ITS_OWN = frozenset({"send", "dispatch", "carry", "recall", "withdraw", "appoint", "name", "nominate"})


def _its_country(ctx: ArticleContext, mods, head) -> str | None:
    """"Gondor said its troops had attacked Mordor", "Turkish officials said their forces had shelled":
    "its" or "their" on the subject of a reported or coordinated clause is the governing clause's
    subject's country, when that names one; on a role coordinated with an earlier one, that one's
    country; on an object, the doer's when the object is plural ("withdrew its troops") or sent
    (SENDS_ITS_OWN), else left alone ("expelled its ambassador" may be anyone's)."""
    sd = ctx.sd
    if mods.pronoun is None or sd[mods.pronoun].lower_ not in ("its", "their"):
        return None
    first = ctx.role_at_end.get(head.head.i + 1) if head.dep_ == "conj" else None
    if first is not None:  # "Gondor's defence minister and its army chief": the first conjunct's country
        return left_modifiers(sd, first[0], ctx.tables, floor=ctx.sent_bounds(first[0])[0]).country
    if head.dep_ == "dobj" and (head.tag_ == "NNS" or head.head.lemma_.lower() in SENDS_ITS_OWN):
        # "Mordor refused to withdraw its troops", "Gondor sent its envoy to Mordor"
        return subject_country(ctx, head.head, mods.pronoun)
    if head.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = head.head
    if verb.dep_ not in ("ccomp", "conj") or verb.head.i == verb.i:
        return None
    owner = ctx.token_owner()
    for subj in (k for k in verb.head.children if k.dep_ in ("nsubj", "nsubjpass") and k.i < mods.pronoun):
        if _several(subj):
            return None  # "the US and Britain said their diplomats": not one country's
        iso = _named_country(ctx, owner, subj) or _modifier_country(ctx, subj)
        if iso:
            return iso
    return None


# verbs that move a force or a mission somewhere ("deployed troops in Somalia", "sent peacekeepers to Haiti")
SENDING_VERBS = frozenset({"send", "deploy", "dispatch", "station", "redeploy", "airlift", "withdraw", "pull",
                           "move", "recall"})


def _sent_by(ctx: ArticleContext, mention: ActorMention) -> str | None:
    """For a group noun that a sending verb moves (its object, or its passive subject), the sender's
    country ("" when the sender names none); None when the noun is not sent."""
    head = ctx.sd[mention.j - 1]
    if head.dep_ not in ("dobj", "nsubjpass") or head.head.lemma_.lower() not in SENDING_VERBS:
        return None
    return subject_country(ctx, head.head, mention.i) or ""


def _shares_subject(verb) -> bool:
    """A verb conjoined to another with no subject of its own shares that one's ("Arnor expelled two
    diplomats and recalled its ambassador": Arnor recalls)."""
    return verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and \
        not any(k.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for k in verb.children)


def _doers(verb, before: int) -> list:
    """Who does `verb`: its subject; for a gerund after "of", "for" or "with", the object of the
    verb that governs the preposition ("accused Eritrea of sending its troops": Eritrea, as in
    "blamed X for", "charged X with"), or the noun the preposition hangs on."""
    if verb.dep_ == "pcomp" and verb.head.lower_ in ("of", "for", "with") and verb.tag_ == "VBG":
        gov = verb.head.head
        if gov.pos_ in ("NOUN", "PROPN"):
            return [gov] if gov.i < before else []
        return [k for k in gov.children if k.dep_ == "dobj" and k.i < before]
    return [k for k in verb.children if k.dep_ == "nsubj" and k.i < before]


def _several(subj) -> bool:
    """A coordinated subject ("France and Germany ... their troops"): "their" is no one country's."""
    return any(k.dep_ == "conj" for k in subj.children)


# prepositions whose gerund shares the subject of the verb they modify ("by sending", "after recalling"),
# where "accused X of sending" or "blamed X for" is X's act
ADVERBIAL_PREPS = frozenset({"by", "after", "before", "without", "while", "upon", "since"})


def subject_country(ctx: ArticleContext, verb, before: int) -> str | None:
    """The country that the subject of `verb` names, climbing from an infinitive (or a gerund after a
    preposition, or a conjunct with no subject) to the verb whose subject it shares ("refused to withdraw its troops": the refuser's
    troops; a group of people in the plural is the doer's own, where "expelled its ambassador" may be
    anyone's)."""
    while verb.head.i != verb.i:
        if verb.dep_ == "xcomp" or _shares_subject(verb):
            verb = verb.head
        elif verb.dep_ == "pcomp" and verb.head.lower_ in ADVERBIAL_PREPS and verb.head.head.pos_ in ("VERB", "AUX"):
            verb = verb.head.head  # "marked the day by recalling its ambassador": the marker recalls
        else:
            break
    owner = ctx.token_owner()
    for subj in _doers(verb, before):
        if _several(subj):
            return None
        # (a knowledge-base body's country is filled in later: "Hezbollah ... its fighters")
        iso = _named_country(ctx, owner, subj, with_kb=True)
        if iso:
            return iso
    return None


def _named_country(ctx: ArticleContext, owner, subj, with_kb: bool = False) -> str | None:
    """The country of the cluster that owns subject token `subj` (with_kb: else its knowledge-base row's);
    for a name not clustered yet (a user dictionary's "Mordor"), the country tables' reading of it."""
    c = owner.get(subj.i)
    if c is not None:
        return c.country or (c.kb.country if with_kb and c.kb is not None else None)
    ent = ent_at(ctx.sd, subj.i)
    return ctx.tables.country_of(ent.text if ent is not None else subj.text)


def _modifier_country(ctx: ArticleContext, noun) -> str | None:
    """ "The Israeli army said its troops ...", "Israel's army said its troops ...": the country word
    modifying a subject whose own cluster has no country yet (group nouns get theirs later)."""
    for k in noun.children:
        if k.dep_ in ("amod", "compound", "poss", "nmod") and k.i < noun.i:
            ent = ent_at(ctx.sd, k.i)
            iso = ctx.tables.country_of(ent.text if ent is not None else k.text)
            if iso:
                return iso
    return None


def _shared_modifiers(ctx: ArticleContext, e: int, mods, floor: int):
    """"Klopstokia's defence minister and foreign minister", "the Gondor police and border guards": a
    role coordinated with an earlier one and with no modifiers of its own shares that one's
    (possessor, country, determiner), as the phrase means."""
    head = ctx.sd[e - 1]
    if head.dep_ != "conj" or mods.country or mods.definite or mods.indefinite or mods.org is not None \
            or mods.pronoun is not None or mods.person is not None:
        return mods
    first = ctx.role_at_end.get(head.head.i + 1)
    if first is None:
        return mods
    shared = left_modifiers(ctx.sd, first[0], ctx.tables, floor=floor)
    shared.start = mods.start
    return shared


def _of_group(ctx: ArticleContext, e: int, limit: int) -> int | None:
    """"the leader of the Sylvanian opposition group", "the head of the Freedonian police": the head
    token of the group noun the of-phrase right after the role names (its actor is the group's)."""
    sd = ctx.sd
    if e >= limit or sd[e].lower_ != "of":
        return None
    for p in sd[e].children:
        span = ctx.role_at_end.get(p.i + 1) if p.dep_ == "pobj" else None
        role = ctx.role_of(*span) if span is not None else None
        if role is not None and role.cls != "lead" and (role.code or role.sector != "-"):
            return p.i
    return None


# Verbs whose object leaves the place a "from" phrase names (that place is not the object's origin).
MOVED_FROM = frozenset({"withdraw", "pull", "evacuate", "remove", "expel", "move", "bring", "ship", "fly", "airlift",
                        "transfer", "return", "recall", "redeploy", "release", "rescue", "free", "drive", "force"})


def _left_on_verb(head) -> bool:
    """The moving verb names the place left in a phrase of its own, away from its subject ("refugees
    from Burundi were expelled from Tanzania", "a priest from Boston was deported out of Haiti"):
    then the subject's own "from" phrase says whose they are, not where they leave."""
    v = head.head
    return head.dep_ == "nsubjpass" and head.i < v.i and any(
        k.dep_ == "prep" and k.lower_ in ("from", "out") and k.i > v.i for k in v.children)


def _origin(ctx: ArticleContext, j: int, limit: int) -> str | None:
    """"refugees from Syria", "a delegation from Japan", "activists from Kampala": the country a
    "from" phrase right after the role names (a country, or a capital), which says whose they are."""
    sd = ctx.sd
    if not (j + 1 < limit and sd[j].lower_ == "from"):
        return None
    head = sd[j - 1]
    if (head.dep_ == "pobj" and head.head.lower_ == "of") or \
            (head.dep_ in ("dobj", "nsubjpass") and head.head.lemma_.lower() in MOVED_FROM
             and not _left_on_verb(head)):
        return None  # "the withdrawal of forces from Panama", "pulled troops from X": where they leave
    k = j + 2 if sd[j + 1].lower_ == "the" and j + 2 < limit else j + 1
    ent = ent_at(sd, k)
    text = ent.text if ent is not None else sd[k].text
    # (or a region or city of a state: "activists from Darfur")
    return ctx.tables.country_of(text) or ctx.tables.capitals.get(text) or \
        (ctx.tables.place_country(text) if ent is not None else None)


def _named_people(head) -> bool:
    """The noun is modified by a name ("Chenchen refugees", "Karen refugees"): some people in particular."""
    return any(k.dep_ in ("compound", "amod", "nmod") and (k.ent_type_ or k.pos_ == "PROPN") for k in head.children)


# verbs whose object or "from" phrase is the place people were uprooted from
FLEE_VERBS = frozenset({"flee", "escape", "leave"})


def fled_from(ctx: ArticleContext, head) -> str | None:
    """"refugees fleeing the civil war in Liberia", "refugees who fled Burundi", "migrants escaping
    from Eritrea": the country a participle or relative clause of flight names as left behind."""
    for verb in head.children:
        if verb.dep_ not in ("acl", "relcl") or verb.lemma_.lower() not in FLEE_VERBS:
            continue
        for arg in verb.children:
            if arg.dep_ == "prep" and arg.lower_ == "from":
                arg = next((k for k in arg.children if k.dep_ == "pobj"), None)
            elif arg.dep_ != "dobj":
                continue
            if arg is None:
                continue
            ent = ent_at(ctx.sd, arg.i)
            # ("the war in Liberia": the parser hangs the "in" on the verb as often as on the war)
            iso = ctx.tables.country_of(ent.text if ent is not None else arg.text) or in_country(ctx, arg) \
                or (in_country(ctx, verb) if arg.dep_ == "dobj" else None)
            if iso:
                return iso
    return None


# participles that say where an organisation sits: "a group based in Trinidad", "a Paris-based watchdog"
SEAT_PARTICIPLES = frozenset({"based", "headquartered"})


def based_in(ctx: ArticleContext, head) -> str | None:
    """The country of the place an organisation is based in ("a newspaper based in Beirut", "a
    London-based group"): a country, or a capital, city or region of one (Tables.place_country)."""
    for k in head.children:
        if k.lower_ not in SEAT_PARTICIPLES or k.dep_ not in ("acl", "amod"):
            continue
        places = [p for prep in k.children if prep.dep_ == "prep" and prep.lower_ in ("in", "at")
                  for p in prep.children if p.dep_ == "pobj"]
        places += [p for p in k.children if p.dep_ in ("npadvmod", "compound") and p.i < k.i]
        for p in places:
            ent = ent_at(ctx.sd, p.i)
            text = ent.text if ent is not None else p.text
            iso = ctx.tables.country_of(text) or ctx.tables.place_country(text)
            if iso:
                return iso
    return affiliated_with(ctx, head)


AFFILIATION_PARTICIPLES = frozenset({"affiliated", "allied", "linked", "loyal", "belonging"})


def affiliated_with(ctx: ArticleContext, head) -> str | None:
    """ "workers affiliated with the Serbian Workers' Union", "militias loyal to the Iraqi government":
    the country the organisation they belong to is named after ("thousands of workers affiliated
    with X": the participle may hang on the quantity)."""
    nodes = [head] + ([head.head.head] if head.dep_ == "pobj" and head.head.lower_ == "of" else [])
    for k in (k for n in nodes for k in n.children):
        if k.lower_ not in AFFILIATION_PARTICIPLES or k.dep_ not in ("acl", "amod"):
            continue
        for prep in k.children:
            if prep.dep_ == "prep" and prep.lower_ in ("with", "to"):
                for p in prep.children:
                    ent = ent_at(ctx.sd, p.i) if p.dep_ == "pobj" else None
                    words = strip_the(ent.text).split() if ent is not None else []
                    iso = next((ctx.tables.country_of(" ".join(words[:n])) for n in (3, 2, 1)
                                if len(words) > n and ctx.tables.country_of(" ".join(words[:n]))), None)
                    if iso:
                        return iso
    return None


def _person_nominal(ctx: ArticleContext, mention: ActorMention, role: Role, mods, country: str | None, s: int,
                    of_org: int | None = None, own_side: bool = False, alone: bool = False) -> None:
    if not (mods.definite or country or mods.org is not None or of_org is not None or own_side):
        return
    # the person this noun repeats: a named one, or for a definite noun one an earlier role phrase introduced
    # ("A CRE spokesman said ... the spokesman added": one spokesman, the body's; "an M&S spokesman" after "the
    # M&S spokesman" brings in someone new, as "a lawmaker" does)
    # (an unnamed one only under the same title: "Mordor's defence minister and its foreign minister" are two)
    earlier = ctx.persons + [c for c in ctx.clusters if c.type == "PERSON" and c.attrs.get("nominal")
                             and (c.role or "").lower() == role.role.lower()] if mods.definite else ctx.persons
    ante = antecedent(earlier, role, country, s, kin=mods.definite)
    if ante is not None:
        ante.mentions.append(mention)
        if country and ante.country is None:
            ante.set(country=country)  # "the South African archbishop" says where he is from
        return
    # "Putin's spokesman", "Erdogan's foreign minister": the possessor's man, so the possessor's country
    # (known once names are clustered and coded), never the story's focus or its office holder; a place
    # no table places ("Quebec's premier") is left to the focus, as before
    whose = mods.person if country is None and mods.org is None and of_org is None else None
    if whose is not None and ctx.sd[whose].ent_type_ in ("GPE", "LOC", "FAC"):
        whose = None
    where = country or office_country(ctx, role.role)  # (the focus, unless it has no such office)
    if role.cls in ("hos", "hog", "fm", "dm") and where and mods.definite and ctx.date and whose is None:
        row = ctx.res.kb.holder(where, role.role, ctx.date)
        if row is not None and not mods.former:
            kb_person_cluster(ctx, row).mentions.append(mention)
            return
    c = ActorCluster(type="PERSON")
    c.mentions.append(mention)
    if country is None and mods.org is not None:
        c.attrs["org_token"] = mods.org  # "the U.N. envoy": an officer of the body
    elif of_org is not None:
        c.attrs["org_token"] = of_org  # "the leader of the Sylvanian guerrillas": the group's
    elif whose is not None:
        c.attrs["org_token"] = whose  # "Putin's spokesman": the possessor's
        c.attrs["whose"] = True
    elif alone:
        c.attrs["org_token"] = ("story", s)  # "the spokesman": the body just named (codes.story_body)
    c.set(role=role.role, cls=role.cls, country=country, former=mods.former,
          sector=None if role.sector == "-" else role.sector)
    if role.code or ctx.res.user_agents:
        _set_agents(ctx, c, mention.i, s, role)
    if mods.pronoun is not None:
        c.anchor_pron = mods.pronoun
    c.attrs["nominal"] = True
    ctx.clusters.append(c)


def _agents(ctx: ArticleContext, start: int, s: int, role) -> tuple[str, bool]:
    """The mention's agent code: its head agent's, after those of the agents that modify it, as
    PETRARCH mixes them ("Rohan government troops": GOV then MIL, ROHGOVMIL; an agent code the
    code already holds is not added again)."""
    code = ""
    for a, b in ctx.roles_within(start, s):
        mod = ctx.role_of(a, b)
        if mod is not None and mod.code and not mod.prefix and mod.code not in code:
            code += mod.code
    if not code or role.prefix:
        return role.code, role.prefix
    own = role.code or ""
    return (code + own if own not in code else code), False


def _set_agents(ctx: ArticleContext, c: ActorCluster, start: int, s: int, role) -> None:
    """The cluster's agent code, when its role or a role before it has one (with the user's agent
    dictionaries a head no dictionary lists takes the agents that modify it: "student activists"
    EDU, as PETRARCH reads every word of the noun phrase)."""
    agent = _agents(ctx, start, s, role)
    if agent[0]:
        c.attrs["agent"] = agent


def _group_nominal(ctx: ArticleContext, mention: ActorMention, role: Role, mods, country: str | None,
                   iso2: str | None, plural: bool, s: int) -> None:
    # a group or body noun: whether it is one actor, whose it is, and which cluster it joins, each
    # asked in a function of its own
    if _no_one_group(role, mods, country, plural) or _owner_asked_later(ctx, mention, role, mods, country, plural):
        return
    country, basis, abroad = _group_country(ctx, mention, role, mods, country, plural)
    if role.phrase in GOVERNMENT_WORDS and plural and role.phrase != "authorities":
        return  # "previous governments": not one actor
    if role.sector == "GOV" and role.phrase in GOVERNMENT_WORDS and country and not plural:
        c = ctx.cluster_for(("GOVT", country, "GOV"), "ORG")
        c.mentions.append(mention)
        c.set(country=country, sector="GOV", role="government")
        return
    if not _joins_named_group(ctx, mention, role, mods, iso2, plural, s):
        _new_group(ctx, mention, role, mods, country, basis, abroad, s)


def _no_one_group(role: Role, mods, country: str | None, plural: bool) -> bool:
    # a former body, a bare leader word, or a bare singular body noun
    # ("Opposition grew") is no one actor, nor is one whose possessor is a country word no earlier country
    # resolves and no "the" makes definite ("each country's parliament", "every nation's army": many bodies);
    # a possessive pronoun makes the phrase definite (left_modifiers)
    if mods.former or (role.cls == "lead" and role.sector == "-" and not (country or mods.org is not None)):
        return True
    return role.cls == "org" and not plural and not (mods.definite or country)


def _owner_asked_later(ctx: ArticleContext, mention: ActorMention, role: Role, mods, country: str | None,
                       plural: bool) -> bool:
    # "his government", "Sudani's government": whose is known only once
    # pronouns and persons are resolved, so the mention waits in ctx.pending_gov
    if country is not None or role.phrase not in GOVERNMENT_WORDS or plural:
        return False
    if mods.pronoun is not None:  # "his government": whose, once pronouns are resolved
        ctx.pending_gov.append((mention, ("pron", mods.pronoun)))
        return True
    if mods.person is not None:  # "Sudani's government"
        ctx.pending_gov.append((mention, ("tok", mods.person)))
        return True
    return False


def _group_country(ctx: ArticleContext, mention: ActorMention, role: Role, mods, country: str | None,
                   plural: bool) -> tuple[str | None, str, bool]:
    # whose group it is when no word of its own says (country, the basis
    # of that country, and whether the group is from abroad), most telling sign first
    sent, uprooted = _sent_by(ctx, mention), False
    abroad = country is None and mods.org is None and from_abroad(ctx.sd, mods.foreign, mention.j)
    if abroad:
        pass  # "foreign troops in Iraq", "foreign firms": another country's, neither the place's nor the story's
    elif country is None and mods.org is None and role.sector in UPROOTED and not _named_people(ctx.sd[mention.j - 1]):
        # "refugees": CAMEO codes them by the country they come from, so unnamed, by none ("Chenchen
        # refugees", a people no table places, are the story's like "Karen guerrillas")
        country = fled_from(ctx, ctx.sd[mention.j - 1])
        uprooted = True
    elif sent is not None and country is None and mods.org is None:
        # "Kenya deployed troops in Somalia": troops sent somewhere are the sender's; the place is
        # where they go, not whose they are (no sender named: not the place's either)
        country = sent or None
    elif country is None and mods.org is None and (plural or role.cls == "org"):
        # "militants in Azerbaijan", "the government in Kabul", "stormed the parliament in Baghdad":
        # where a group or an institution is says whose it is, before the article's focus does
        country = residence(ctx, mention)
    if country is None and mods.org is None and role.sector in OPPOSING_SECTORS and not abroad:
        country = government_partner(ctx, ctx.sd[mention.j - 1]) or where_they_act(ctx, mention)
    if country is None and mods.org is None and not uprooted and not abroad:
        return (ctx.focus_country if role.sector not in ("IGO", "NGO") else None), "article focus", abroad
    return country, "context", abroad


def _joins_named_group(ctx: ArticleContext, mention: ActorMention, role: Role, mods, iso2: str | None,
                       plural: bool, s: int) -> bool:
    # "the Yemeni rebels" after "the Houthis": a definite group noun
    # names a group the article already named
    if not (mods.definite and mods.pronoun is None and (plural or role.cls == "org")):
        return False
    named = named_group(ctx.clusters, role, mods.country or iso2, s, latest=not plural)
    if named is not None and _governs(ctx, named, mention):
        # "The SEC said the firm had misled investors": the firm is another body, the most talked-about after
        # it; "the firms" of "the Commission alleged the firms ..." are no one named once the Commission is not
        # (one of several bodies named is not they)
        free = [c for c in ctx.clusters if not _governs(ctx, c, mention)]
        named = None if plural else named_group(free, role, mods.country or iso2, s, latest=True)
    if named is None:
        return False
    named.mentions.append(mention)
    if role.sector not in ("-",) and named.sector is None and named.kb is None:
        named.set(sector=role.sector)  # "the firm": a business
    return True


# the attachments across which an argument no longer governs what lies below: a conjoined, paratactic,
# relative or appositive clause is no part of the clause the argument belongs to ("Merck stopped sales, a move
# which cut the firm's earnings"; "X collapsed and prosecutors say the firm hid losses"), and a predicate
# nominal says what its subject is ("NTPC ... The firm is the largest utility company")
_OUT_OF_REACH = frozenset({"conj", "parataxis", "relcl", "appos", "attr"})


def _commands(sd, m: ActorMention, k: int) -> bool:
    """Whether mention m is an argument of a clause that holds token k below it ("The SEC said the firm had
    misled investors": "SEC" is the subject of "said", whose complement holds "firm"). A description a name so
    governs names someone else (binding theory's principle C: "the firm" there is never the SEC), where one
    in a sentence of its own, or in apposition to the name ("Tesco, the grocer,"), may be the name's. An
    adverbial clause with a subject of its own is out of reach ("Tesco rose after the firm reported profits"),
    one its verb's subject controls is not ("Sumitomo tabled an offer, valuing the company at $35bn")."""
    head = next((t for t in sd[m.i:m.j] if not (m.i <= t.head.i < m.j) or t.head.i == t.i), None)
    if head is None or head.head.i == head.i or not head.dep_.startswith(("nsubj", "dobj")):
        return False
    t = sd[k]
    while t.head.i != t.i and not _beyond_reach(t):
        if t.head.i == head.head.i:
            return t.i != head.i  # (k under the name itself: its apposition or its own modifiers)
        t = t.head
    return False


def _governs(ctx: ArticleContext, c: ActorCluster, mention: ActorMention) -> bool:
    """Whether a name of cluster c governs the description `mention` (_commands). Only a name: a description
    under another description is likely the same group ("The rebels said the group would go on")."""
    return any(_commands(ctx.sd, m, mention.j - 1) for m in c.mentions if m.kind == "name")


def _beyond_reach(t) -> bool:
    """Whether token t's attachment to its head ends an argument's reach downwards (_OUT_OF_REACH; an adverbial
    clause with its own subject)."""
    return t.dep_ in _OUT_OF_REACH or t.dep_ == "advcl" and any(c.dep_.startswith("nsubj") for c in t.children)


def _new_group(ctx: ArticleContext, mention: ActorMention, role: Role, mods, country: str | None, basis: str,
               abroad: bool, s: int) -> None:
    # the group's own cluster, keyed by its country, role and identity
    key = group_key(country, role, mods.identity, mods.org if country is None else None)
    c = ctx.cluster_for(key + ("abroad",) if abroad else key, "ORG")  # "troops ... foreign troops": two groups
    c.mentions.append(mention)
    if abroad:
        c.attrs["abroad"] = True  # no country of the story's either (codes._focus_country_default)
    if country is None and mods.org is not None:
        c.attrs["org_token"] = mods.org  # "EU foreign ministers", "NATO commanders": the body's people
    elif country is None and mods.person is not None:
        c.attrs["org_token"] = mods.person  # "Gollum's forces", "Haftar's fighters": whoever leads them
    if role.code or ctx.res.user_agents:
        _set_agents(ctx, c, mention.i, s, role)
    c.set(country=country, sector=None if role.sector == "-" else role.sector, role=role.role, cls=role.cls,
          former=mods.former)
    c.attrs.setdefault("nominal", True)
    if basis != "context":
        c.attrs["country_basis"] = basis
    if mods.identity:
        c.attrs["identity"] = mods.identity
    if mods.country:  # (its country is the word's: `country` is mods.country first, and only a None one is replaced)
        _coordinated_groups(ctx, mention, role, mods, c)
    else:  # no country word: the countries of its own of- or from-phrase, whatever gave the group its country
        _coordinated_of(ctx, mention, role, mods, c)


# What "foreign" names a state's own office in ("the foreign minister", "the Foreign Office", "foreign
# policy"), not people or bodies from abroad ("foreign troops", "foreign firms", "foreign journalists")
FOREIGN_OFFICES = frozenset({"minister", "ministers", "ministry", "ministries", "office", "secretary", "secretaries",
                             "affairs", "service", "services", "intelligence", "policy", "relations", "trade"})


def from_abroad(sd, foreign: int | None, end: int) -> bool:
    """"foreign troops", "foreign oil firms": a group that "foreign" modifies is from another country
    than the one it is in or the story is about, so neither gives its country (was: the story's focus,
    so "Iraq called for the withdrawal of foreign troops" had Iraq ask its own troops to leave);
    "foreign" in an office's name ("foreign ministers", "the foreign affairs committee") is not."""
    return foreign is not None and not any(sd[k].lower_ in FOREIGN_OFFICES for k in range(foreign + 1, end))


def group_key(country: str | None, role: Role, identity, org) -> tuple:
    """The one unnamed group of a country and sector, kept apart by what sort of noun names it: a
    body ("the opposition", "the union", "the university", "the army") and a plural of people
    ("protesters", "workers", "students", "soldiers") name different referents even in one sector, as
    "The union said workers would strike" has the union speak about the workers, not about itself;
    a people noun repeats its group only with a noun of its own sort ("protesters ... the
    demonstrators", "rebels ... the insurgents"), a body with a body ("the army ... the military")."""
    sort = "body" if role.cls == "org" else "people"
    return ("GROUP", country, role.sector if role.sector != "-" else role.role, sort, identity, org)


def government_partner(ctx: ArticleContext, head) -> str | None:
    """"the Sudanese government and the rebels must reach an agreement", "talks between the
    rebels and the Colombian government": rebels or an opposition coordinated with a country's
    government are that country's (the two sides of its conflict), not the article's focus."""
    for other in head.conjuncts:
        span = ctx.role_at_end.get(other.i + 1)
        role = ctx.role_of(*span) if span is not None else None
        if role is not None and role.phrase in GOVERNMENT_WORDS:
            iso = left_modifiers(ctx.sd, span[0], ctx.tables, floor=ctx.sent_bounds(span[0])[0]).country
            if iso:
                return iso
    return None


def _coordinated_groups(ctx: ArticleContext, mention: ActorMention, role: Role, mods, c: ActorCluster) -> None:
    """"Freedonian and Sylvanian officials": each coordinated country has the group, as PETRARCH
    codes FREGOV and SYLGOV (the events stage finds them by country and sector)."""
    sd = ctx.sd
    k = mods.start - 1
    while k >= 1 and sd[k].lower_ in ("and", ",", "or"):
        iso = ctx.tables.country_of(sd[k - 1].text)
        if not iso or iso == c.country:
            return
        _country_group(ctx, sd[k - 1], iso, role, mods, c, mention.sect)
        k -= 2


def _coordinated_of(ctx: ArticleContext, mention: ActorMention, role: Role, mods, c: ActorCluster) -> None:
    """"the presidents of Gondor and Rohan", "the foreign ministers of X and Y", "officials from X
    and Y": each country coordinated in the of- or from-phrase that gave the group its country has
    the group too ("the withdrawal of troops from Iraq and Syria" names where they leave)."""
    sd = ctx.sd
    if mention.j >= len(sd) or sd[mention.j].lower_ not in ("of", "from"):
        return
    for p in (p for p in sd[mention.j].children if p.dep_ == "pobj"):
        if sd[mention.j].lower_ == "from" and _origin(ctx, mention.j, sentence_of(sd[mention.j]).end) != c.country:
            return  # the phrase did not give the group its country: it says where they leave, or it is a place
        for x in coordinated(p):
            iso = _country_word(ctx, x)
            if iso and iso != c.country:
                _country_group(ctx, x, iso, role, mods, c, mention.sect)


def _country_word(ctx: ArticleContext, tok) -> str | None:
    """The country the word names."""
    ent = ent_at(ctx.sd, tok.i)  # (a list the NER glued into one name: the word itself)
    return (ent is not None and ctx.tables.country_of(ent.text)) or ctx.tables.country_of(tok.text)


def _country_group(ctx: ArticleContext, tok, iso: str, role: Role, mods, c: ActorCluster, sect: str) -> None:
    """The group c's counterpart of country iso, mentioned by the country's word `tok`."""
    m = ActorMention(tok.i, tok.i + 1, tok.idx, tok.idx + len(tok.text), tok.text, "NOMINAL", kind="nominal", sect=sect)
    g = ctx.cluster_for(group_key(iso, role, mods.identity, None), "ORG")
    g.mentions.append(m)
    g.set(country=iso, sector=c.sector, role=c.role, cls=c.cls)
    if "agent" in c.attrs:
        g.attrs["agent"] = c.attrs["agent"]
    g.attrs.setdefault("nominal", True)
    g.attrs["coordinated"] = True  # its one word is the country's: a dictionary code composes with the agent


# A role noun that names again a person introduced by another title: its synonyms and the titles it is a
# hypernym of ("Rep. Tom Hale ... the congressman", "Sen. Maria Olsen ... the lawmaker", "Ambassador Ruth
# Kagame ... the diplomat", "Justice Alan Reyes ... the judge"). A kin word must be the head (last word)
# of the earlier role or the whole role; the noun's own word already matches by itself. "The official" is
# left out: news uses it for the unnamed official it quoted before far more than for a named minister or mayor.
LEGISLATORS = ("senator", "representative", "congressman", "congresswoman", "lawmaker", "legislator", "mp",
               "speaker")
ROLE_KIN = {
    "congressman": ("representative", "congresswoman"),  # a member of the House (AP: not a senator)
    "congresswoman": ("representative", "congressman"),
    "representative": ("congressman", "congresswoman"),
    "lawmaker": LEGISLATORS,
    "legislator": LEGISLATORS,
    "diplomat": ("ambassador", "envoy", "foreign minister", "foreign secretary", "secretary of state"),
    "envoy": ("ambassador",),
    "judge": ("justice",),
}
# Ranks before "general" that keep it the head ("Lieutenant General"); after other nouns "general" is a
# postpositive adjective and the title is not a general's ("Attorney General", "Secretary-General").
GENERAL_RANKS = frozenset({"lieutenant", "major", "brigadier", "lt.", "maj.", "brig.", "four-star"})


def _kin(word: str, croles: str) -> bool:
    """Whether role noun `word` names again a person whose role is `croles` (lower case) by synonymy or
    hypernymy (ROLE_KIN): a kin title must be the earlier role's head, its last word ("chief justice", not
    "justice minister") or the whole role ("secretary of state")."""
    kin = ROLE_KIN.get(word)
    return kin is not None and any(croles == k or croles.endswith(" " + k) for k in kin)


def _postpositive(word: str, croles: str) -> bool:
    """Whether `word` is "general" standing after the head noun of `croles` ("attorney general")."""
    if word != "general":
        return False
    parts = croles.replace("-", " ").split()
    return "general" in parts and parts.index("general") > 0 and parts[parts.index("general") - 1] not in GENERAL_RANKS


def antecedent(persons: list[ActorCluster], role: Role, country: str | None, before: int, kin: bool = False
               ) -> ActorCluster | None:
    """The latest person mentioned before token `before` whose role contains this role word; failing
    one, when `kin` (a definite noun: "the lawmaker", never "a lawmaker", which brings in someone new),
    the latest whose role the word is a synonym or hypernym of (ROLE_KIN). The noun's own word wins:
    a writer who repeats "the official" means the official named so, not a minister named later."""
    word = role.phrase.split()[-1]
    best = best_kin = None
    best_pos = best_kin_pos = -1
    for c in persons:
        if not c.role:
            continue
        croles = c.role.lower()
        same = (word in croles and not _postpositive(word, croles)) or role.role.lower() == croles
        related = kin and not same and _kin(word, croles)
        leader = role.phrase == "leader" and country and c.cls in ("hos", "hog")  # "the Chinese leader"
        if not same and not leader and not related and role.cls != c.cls:
            continue
        if role.cls in ("min", "off", "lead") and not same and not leader and not related:
            continue
        if country and c.country and c.country != country:
            continue
        pos = max((m.i for m in c.mentions if m.i < before), default=-1)
        if related:
            if pos > best_kin_pos:
                best_kin, best_kin_pos = c, pos
        elif pos > best_pos:
            best, best_pos = c, pos
    return best if best is not None else best_kin


def named_group(clusters: list[ActorCluster], role: Role, country: str | None, before: int, latest: bool = False
                ) -> ActorCluster | None:
    """The named organisation mentioned earlier whose sector (and country) this group noun names: the
    only one ("the rebels" after "the Houthis"), or for a singular noun the most mentioned ("the party")."""
    if role.sector not in GROUP_SECTORS and role.sector not in ("-", "BUS"):
        return None
    found = []
    for c in clusters:
        if c.type != "ORG" or c.attrs.get("nominal") or not any(m.kind == "name" and m.i < before for m in c.mentions):
            continue
        sector = c.sector or (c.kb.sector if c.kb else None)
        ccountry = c.country or (c.kb.country if c.kb else None)
        loose = role.sector in ("-", "BUS")  # "the group", "the firm": any organisation not known to be otherwise
        if (sector == role.sector or (loose and sector in (None, role.sector if role.sector != "-" else None))
                or (role.sector == "-" and sector not in (None, "MED"))) \
                and (country is None or ccountry == country):
            found.append(c)
    if latest and found:  # the most talked-about so far, then the latest ("the firm" after three "Rank")
        return max(found, key=lambda c: (sum(1 for m in c.mentions if m.i < before and m.kind == "name"),
                                         max(m.i for m in c.mentions if m.i < before)))
    return found[0] if len(found) == 1 else None


def kb_person_cluster(ctx: ArticleContext, row) -> ActorCluster:
    """The person cluster of a knowledge-base person (made, and added to the article's persons, if new)."""
    toks = nz.name_tokens(row.name)
    for c in ctx.persons:
        if nz.same_name(toks, c.tokens) or (c.tokens and nz.is_part_of(c.tokens, toks)):
            return c
    c = ActorCluster(type="PERSON", tokens=toks, name=row.name, kb=row)  # filled from the row in assign_codes
    ctx.persons.append(c)
    ctx.clusters.append(c)
    return c
