"""Role phrases: finding them ("Secretary of State", "spokesperson", "militiamen"), and giving the
persons and organisations they qualify a role, a country, a sector and `former`.

A title before a name ("US Secretary of State Marco Rubio"), an apposition before it ("Pakistan's
army chief, Field Marshal Asim Munir") or after it ("Mr. Maliki, a central figure"), and a role
noun inside an organisation's own name ("Iraqi Army") all count; the first fact found for a field
wins (ActorCluster.set), a second title only adds what is missing.
"""

from __future__ import annotations

import bisect
import re

from dataclasses import replace

from ..columns import column_list
from .article import NON_ACTOR_SECTIONS, ActorCluster, ActorMention, ArticleContext, longest
from .context import left_modifiers, of_complement, postposed_adjective
from .mentions import PERSON_CLASSES, facility_noun
from .tables import Role


def find_roles(ctx: ArticleContext) -> None:
    """Role phrases that end on a noun (longest first, no overlaps), and the gender pronouns."""
    from spacy.attrs import TAG

    res = ctx.res
    tags = column_list(ctx.sd, TAG)
    spans = []
    for mid, s, e in res.role_matcher(ctx.sd):
        if mid == res.ids["PRON"]:
            ctx.pronoun_tokens.append(s)
        elif tags[e - 1] in res.noun_tags or res.user_agents and res.role_by_id[mid].code is not None and \
                (postposed_adjective(ctx.sd, s, e) or ctx.sd[e - 1].dep_ in ("compound", "amod")):
            # (PETRARCH mode, a user's agent: "attorneys general"; a compound the tagger calls an
            # adjective, "rebel leaders", which PETRARCH reads as the agent word it is)
            spans.append((s, e))
            ctx.role_found[(s, e)] = res.role_by_id[mid]
    ctx.role_spans = longest(spans)
    ctx.role_at_end = {e: (s, e) for s, e in ctx.role_spans}
    ctx.role_starts = [s for s, _ in ctx.role_spans]
    for rs, re_ in ctx.role_spans:
        ctx.role_start_len[rs] = re_ - rs
        ctx.role_cls[rs] = ctx.role_of(rs, re_).cls  # every span of role_spans was found with its Role above
        for k in range(rs, re_):
            ctx.in_role[k] = re_ - rs


def attach_roles(ctx: ArticleContext) -> None:
    """Titles and appositions of every name mention of a person or organisation."""
    for c in list(ctx.clusters):
        if c.type not in ("PERSON", "ORG"):
            continue
        for m in c.mentions:
            if m.kind != "name" or m.sect in NON_ACTOR_SECTIONS:
                continue
            sent_start, sent_end = ctx.sent_bounds(m.i)
            _title_before(ctx, c, m, sent_start)
            _apposition_after(ctx, c, m, sent_end)
            if c.type == "PERSON" and _party_tagged(ctx, m):
                c.set(country="USA", sector="LEG")
            if c.type == "ORG" and "sector" not in c.ctx and c.kb is None:
                _role_in_name(ctx, c, m)


# "Sen. Bernie Sanders (I-Vt.)", "Rep. Jane Doe (D-N.Y.)": the US press's tag of a member of Congress, a party's
# initial and a state's name, postal code or abbreviation in brackets right after the name
PARTY_TAG = re.compile(r"\s*\((?:D|R|I)-\s?([A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?)\)")


def _party_tagged(ctx: ArticleContext, m: ActorMention) -> bool:
    """The name mention is followed by a US legislator's party-and-state tag (a tag is under 40 characters)."""
    end = ctx.sd[m.j - 1].idx + len(ctx.sd[m.j - 1])
    return party_tag_state(ctx.sd.text[end:end + 40], ctx.tables.us_states)


def party_tag_state(after: str, states) -> bool:
    """The text right after a name opens with a party-and-state tag whose place is a US state: its letters
    (dots and spaces dropped) run, in order, through a state's name from its first letter ("Vt." Vermont,
    "S.C." South Carolina, "CA" California, "Texas"). A legislator so tagged is American, whatever country
    the sentence talks about ("Sen. X (R-S.C.) criticized Iran" is no Iranian senator)."""
    m = PARTY_TAG.match(after)
    if m is None:
        return False
    abbr = re.sub(r"[. ]", "", m.group(1)).lower()
    return len(abbr) > 1 and any(_runs_through(abbr, s.lower()) for s in states)  # (a space is no letter of abbr)


def _runs_through(abbr: str, name: str) -> bool:
    """`abbr` is `name`'s first letter and then others of its letters in order."""
    if not name.startswith(abbr[0]):
        return False
    rest = iter(name[1:])
    return all(ch in rest for ch in abbr[1:])


def _title_before(ctx: ArticleContext, c: ActorCluster, m: ActorMention, sent_start: int) -> None:
    """ "US Secretary of State Marco Rubio", "the current Prime Minister, Mohamed Chia al-Soudani"."""
    sd = ctx.sd
    r = ctx.role_at_end.get(m.i)
    comma = False
    if r is None and m.i >= 2 and sd[m.i - 1].text == "," and (m.i - 1) in ctx.role_at_end:
        r = ctx.role_at_end.get(m.i - 1)
        comma = True
        if not _own_fronted_title(sd, r, m) or (m.j < len(sd) and sd[m.j].tag_ == "POS"):
            return  # ("Sylvania's foreign minister, Gondor's former ally,": a name with "'s" after the
            # comma is the possessor of the apposition's noun, not the apposition, so not the title's holder)
    if r is None or r[0] < sent_start:
        return
    take_role(ctx, c, r, sent_start)
    if not comma and c.type == "PERSON":
        c.set(country=_name_of_country(ctx, m, ctx.sent_bounds(m.i)[1]))
    # and an apposition before the title: "Pakistan's army chief, Field Marshal Asim Munir"
    if not comma and r[0] >= 2 and sd[r[0] - 1].text == "," and (r[0] - 1) in ctx.role_at_end:
        r2 = ctx.role_at_end[r[0] - 1]
        if r2[0] >= sent_start:
            take_role(ctx, c, r2, sent_start)


def _name_of_country(ctx: ArticleContext, m: ActorMention, sent_end: int) -> str | None:
    """ "Foreign Minister Halbarad Turgon of Gondor": the country of an of-phrase on the titled name's head
    (the noun its words compound into, which may run past a name the NER cut short), when the title's own
    words named none."""
    head = ctx.sd[m.j - 1]
    while head.dep_ == "compound" and head.head.i > head.i and head.head.pos_ == "PROPN" and head.head.i < sent_end:
        head = head.head
    of = next((k for k in head.children if k.dep_ == "prep" and k.lower_ == "of" and k.i > head.i), None)
    return None if of is None else of_complement(ctx.sd, of.i, ctx.tables, sent_end)[0]


def _own_fronted_title(sd, r: tuple[int, int], m: ActorMention) -> bool:
    """A title before the comma ahead of a name is the name's unless it closes a prepositional phrase
    of another verb: "As prime minister, Blair promised" is his, "as he begins his second term as US
    President, Tony Blair has said" and "after talks with the French president, Merkel said" are not."""
    head = sd[r[1] - 1]
    if head.dep_ != "pobj":
        return True
    name = sd[m.j - 1]
    if name.dep_ not in ("nsubj", "nsubjpass"):
        return True  # "an interview with the current Prime Minister, Mohamed al-Soudani, ...": an apposition
    return head.head.lower_ == "as" and head.head.head.i == name.head.i


def _apposition_after(ctx: ArticleContext, c: ActorCluster, m: ActorMention, sent_end: int) -> None:
    """ "X, the Iraqi prime minister," / "X, a central figure": a role within a few words after the comma."""
    sd = ctx.sd
    if not (m.j + 1 < sent_end and sd[m.j].text == ","):
        return
    lo = bisect.bisect_left(ctx.role_starts, m.j + 1)
    for s, e in ctx.role_spans[lo:lo + 3]:
        if m.j + 1 <= s <= m.j + 7 and e <= sent_end:
            between = sd[m.j + 1:s]
            if any(tok.text in (",", ";") or tok.pos_ in ("VERB", "AUX") for tok in between):
                break
            take_role(ctx, c, (s, e), m.j + 1)
            break


# Words that make an armed force's own name a non-state group's: a state's army is named after the state
# ("Iraqi Army", "Royal Thai Army"), an insurgency after its cause ("Kosovo Liberation Army", "Free Syrian
# Army", "Lord's Resistance Army"). Not "Revolutionary" or "Republican": Iran's Revolutionary Guards and
# Iraq's Republican Guard are state forces. Names the Phoenix dictionary codes keep their own codes.
INSURGENT_WORDS = frozenset({"Liberation", "Independence", "Resistance", "Free", "Guerrilla", "Guerrillas", "Rebel",
                             "Rebels", "Insurgent", "Insurgents", "Mujahideen", "Separatist", "Separatists"})


def _role_in_name(ctx: ArticleContext, c: ActorCluster, m: ActorMention) -> None:
    """A name of an organisation that says what it is: "Iraqi Army", "Ministry of Defence"."""
    lo = bisect.bisect_left(ctx.role_starts, m.i)
    # a facility named after a titled person ("King Abdulaziz University"): the title is the person's, not its
    named_after = facility_noun(ctx.sd[m.j - 1])
    for s, e in ctx.role_spans[lo:lo + 4]:
        if m.i <= s and e <= m.j:
            role = ctx.role_of(s, e)
            if named_after and role is not None and role.cls in PERSON_CLASSES:
                continue
            if role is not None and role.sector != "-":
                iso = None
                for k in range(m.i, m.j):
                    iso = iso or ctx.tables.country_of(ctx.sd[k].text)
                if iso is None and s == m.i:  # "Japan's defence ministry", the NER's name starting at the role
                    iso = left_modifiers(ctx.sd, m.i, ctx.tables, floor=ctx.sent_bounds(m.i)[0]).country
                if iso is None and e == m.j:  # "The Army of Iran", the NER's name ending at the role
                    iso = of_complement(ctx.sd, e, ctx.tables, ctx.sent_bounds(e - 1)[1])[0]
                sector = role.sector
                if sector == "MIL" and any(ctx.sd[k].text in INSURGENT_WORDS for k in range(m.i, m.j)):
                    sector = "REB"  # "Free Syrian Army", "Kachin Independence Army": no state's army
                c.set(sector=sector, role=role.role, cls=role.cls, country=iso)
                if role.code:  # a user agent ("Arnor border police"): its code composes with the name's
                    c.attrs["agent"] = (role.code, role.prefix)
                ctx.used_roles.add((s, e))


# non-state sides of a country's own conflicts
OPPOSING_SECTORS = frozenset({"REB", "OPP", "UAF", "IMG"})
# people uprooted from a country (CAMEO REF, coded by the country they come from): neither the place
# they are in nor the story's country says which that is ("refugees fled into Thailand")
UPROOTED = frozenset({"REF"})
# person nouns that name a member's post in a group ("commander", "leader", "spokesman"), and the
# state sectors a group noun's own default gives way to before a non-state modifier
MEMBER_CLASSES = frozenset({"off", "lead", "rel"})
# the prepositions that name whose a post is: a relational role's "a spokesman for", "an adviser to"; a
# post's "a commander of", "a spokesman for", "an official from" (for an office, "envoy to X" is sent to X)
RELATION_PREPS = ("of", "for", "to")
MEMBER_PREPS = ("of", "for", "from")
STATE_GROUP_SECTORS = frozenset({"MIL", "GOV", "COP", "SPY"})
# the classes of a state's offices, one holder at a time (an office holder is looked up for them)
OFFICE_CLASSES = frozenset({"hos", "hog", "fm", "dm", "min"})


def composed_role(ctx: ArticleContext, role: Role, start: int, s: int, e: int) -> Role:
    """A role noun modified by a group noun takes that group's sector, as the Phoenix agents dictionary
    codes the compounds (REBEL_COMMANDER, INSURGENT_LEADER, SEPARATIST_LEADER [~REB]; OPPOSITION_LEADER
    [~OPP]; REBEL_SOLDIER, REBEL_ARMY [~REB]): a rebel's commander is a rebel, a police commander is
    police. A post ("commander", "leader", "spokesman") takes any group's sector; a state force's noun
    ("soldiers", "army", "forces") only a non-state side's ("rebel soldiers"), since "government
    troops" are the military."""
    if _shadowed(ctx, role, start, s):
        return shadow_role(role)
    if role.code or role.cls not in MEMBER_CLASSES | {"grp", "org"}:
        return role
    group = None
    for a, b in ctx.roles_within(start, s):
        mod = ctx.role_of(a, b)
        if mod is not None and mod.cls in ("grp", "org") and mod.sector not in ("-", role.sector):
            group = mod  # the one nearest the head wins ("opposition party leader": the party's)
    if group is None:
        group = _adjective_group(ctx, role, s, e)
    if group is None or group.code:
        return role
    if role.cls in MEMBER_CLASSES or (role.sector in STATE_GROUP_SECTORS and group.sector in OPPOSING_SECTORS):
        return replace(role, sector=group.sector)
    return role


def _shadowed(ctx: ArticleContext, role: Role, start: int, s: int) -> bool:
    """A government post under "shadow" among its modifiers ("the shadow foreign secretary", "Shadow
    Chancellor X"): the opposition's spokesman for that brief in a Westminster system, not the office."""
    return role.sector == "GOV" and not role.code and any(ctx.sd[k].lower_ == "shadow" for k in range(start, s))


def shadow_role(role: Role) -> Role:
    """The opposition's counterpart of a government post (CAMEO OPP): an officer of the opposition, holding
    no office, so no office holder is looked up for it and it names no head of state or government."""
    name = f"Shadow {role.role}" if role.role[:1].isupper() else f"shadow {role.role}"
    return replace(role, sector="OPP", role=name, cls="off" if role.cls in OFFICE_CLASSES else role.cls)


def spoken_for(ctx: ArticleContext, role: Role, mods, iso: str | None, org_i: int | None, e: int) -> Role:
    """A relational role's table sector ("spokesman" GOV) is a guess for when its phrase names no body. A body
    of a known entity decides it later (codes._affiliations); one named otherwise is no reason to call the
    speaker the government's: a common noun after the role ("a spokeswoman for the bank") gives its own sector
    when the role table knows it ("for the company": BUS, "for the ministry": GOV), else none; a name of no
    organisation label ("a spokesman for Crossrail" tagged a person), a possessor no table places ("Swiss Re's
    spokesman", "Senator Brown's spokeswoman"), a firm named by a number ("3 spokesperson X") or a thing's pronoun
    ("its spokeswoman") give none. A phrase that names no body keeps the guess here (speaks_for_no_one)."""
    if role.cls != "rel" or role.code or role.sector == "-" or iso is not None or org_i is not None \
            or mods.org is not None or mods.country is not None:
        return role  # no body, or one the codes stage reads (a country's, an organisation's)
    body = _body_after(ctx.sd, e)
    if body is not None and body.pos_ == "NOUN":
        named = ctx.tables.roles.get(body.lemma_.lower())
        return replace(role, sector=named.sector if named is not None and named.cls in ("org", "grp") else "-")
    if body is not None and body.pos_ == "PROPN" or mods.person is not None or _numbered_body(ctx.sd, mods.start, e) \
            or mods.pronoun is not None and ctx.sd[mods.pronoun].lower_ in ("its", "their"):
        return replace(role, sector="-")
    return role


def _body_after(sd, e: int):
    """The object of a relational preposition right after the role ("a spokesman for the bank"), or None."""
    if e < len(sd) and sd[e].lower_ in RELATION_PREPS and sd[e].head.i == e - 1:
        return next((k for k in sd[e].children if k.dep_ == "pobj"), None)
    return None


def _numbered_body(sd, start: int, e: int) -> bool:
    """ "3 spokesperson X", "Network 3 spokesman X": digits right before a singular role count nothing (one
    spokesman is "a spokesman"); they are a name, a firm called by a number that the NER tags a cardinal, so
    the role names a body of no known kind."""
    return start > 0 and sd[start - 1].text.isdigit() and sd[e - 1].tag_ == "NN"


def title_end(sd, role: Role, e: int) -> int:
    """ "X, deputy chairman of Highland Mining": a relational role word that modifies the noun after it is part
    of a longer title, whose complement names whose it is; the token after that noun, else e."""
    head = sd[e - 1].head
    if role.cls == "rel" and sd[e - 1].dep_ in ("compound", "amod", "nmod") and head.i >= e and head.pos_ == "NOUN" \
            and head.left_edge.i <= e - 1:
        return head.i + 1
    return e


def speaks_for_no_one(ctx: ArticleContext, role: Role, mods, iso: str | None, org_i: int | None, s: int,
                      e: int) -> bool:
    """Whether a relational role (after spoken_for) still holds only its table's guess: its phrase names no
    body, no country, no person and no side ("the spokesman", "X, a spokeswoman,"). Such a spokesperson speaks
    for the body the text links them to (codes.story_body), and for no government when it links none."""
    if role.cls != "rel" or role.code or role.sector == "-" or iso is not None or org_i is not None:
        return False
    if any(x is not None for x in (mods.org, mods.country, mods.person, mods.pronoun, mods.country_word,
                                   mods.org_word)):
        return False  # ("his spokesman" is his, codes._anchors)
    # (a group word anywhere in the role's phrase names a side: "government economic advisers", where the
    # walk of the modifiers stops at the adjective)
    return _body_after(ctx.sd, e) is None and not ctx.roles_within(min(mods.start, ctx.sd[e - 1].left_edge.i), s)


def _adjective_group(ctx: ArticleContext, role: Role, s: int, e: int) -> Role | None:
    """A group noun the parser reads as an adjective of the role ("separatist leaders", "Separatist
    leaders" opening a sentence), which the role matcher, ending on nouns, does not find."""
    for k in ctx.sd[e - 1].children:
        mod = ctx.tables.roles.get(k.lower_) if k.i < s and k.dep_ == "amod" else None
        if mod is not None and mod.cls == "grp" and mod.sector not in ("-", role.sector):
            return mod
    return None


def post_preps(role: Role) -> tuple[str, ...]:
    """The prepositions after a role noun that may name whose it is (a title's, as a nominal's)."""
    return RELATION_PREPS if role.cls == "rel" else MEMBER_PREPS if role.cls in MEMBER_CLASSES else ("of",)


def _matched_org_before(ctx: ArticleContext, start: int, s: int) -> int | None:
    """ "Human Rights Watch researcher X": an organisation's name among the title's
    modifiers (tokens [start, s)) that our name tables found where the NER did not (left_modifiers reads
    the NER's entities, so took it for a noun or capitalised words of the title) names the body, as an
    NER-found one does. Its first token, or None."""
    if start >= s or not ctx.taken[s - 1]:  # (no name ends right before the title: nothing to look for)
        return None
    return next((m.i for m in ctx.mentions if start <= m.i and m.j <= s and m.label == "ORG"), None)


def _org_stopping_modifiers(ctx: ArticleContext, mods, floor: int):
    """ "Ex-Labour MP X": left_modifiers stops at a name the NER did not tag (it reads the NER's names), so an
    organisation our name tables found right before the modifiers read so far is never reached, nor what
    qualifies it. The title is the body's officer all the same, and a "former"/"ex-" before the body's name
    qualifies the title (a former member of the party), as in "former Labour MP X". The organisation's first
    token and the modifiers left of it, or None when no such name of a body the knowledge base knows ends where
    the modifiers stopped."""
    if mods.start <= floor or not ctx.taken[mods.start - 1]:
        return None
    m = next((m for m in ctx.mentions if m.j == mods.start and m.i >= floor and m.label == "ORG"), None)
    body = ctx.token_owner().get(m.i) if m is not None else None
    if body is None or body.kb is None:  # only a body the knowledge base knows: an unknown magazine or firm
        return None  # would take its officer's country away, where "Vibe magazine president" keeps the story's
    return m.i, left_modifiers(ctx.sd, m.i, ctx.tables, floor=floor)


def _post_country(mods, after: str | None) -> str | None:
    """The country a phrase after the title names (`after`), as whose the post is, unless a body named before
    the title owns it: "the UN special envoy for Yemen", "the EU's representative to Bosnia" are the body's
    officers, sent to that country (CAMEO codes an IGO's officer by the IGO; the place is the posting)."""
    return None if mods.org is not None else after


def take_role(ctx: ArticleContext, c: ActorCluster, r: tuple[int, int], floor: int) -> None:
    """Give cluster `c` the role phrase r = (start, end) and what its modifiers say (country, former, whose)."""
    s, e = r
    role = ctx.role_of(s, e)
    if role is None:
        return
    sd, t = ctx.sd, ctx.tables
    ctx.used_roles.add(r)
    mods = left_modifiers(sd, s, t, floor=floor)
    beyond = _org_stopping_modifiers(ctx, mods, floor)
    if beyond is not None and mods.org is None:
        mods.org, mods.former = beyond[0], mods.former or beyond[1].former
    role = composed_role(ctx, role, mods.start, s, e)  # "rebel leader John Garang": a rebel
    # "X, a spokesman for Interpol," "X, an adviser to Hamas": the body the title names after it
    end = title_end(sd, role, e)
    iso2, org_i, _ = of_complement(sd, end, t, len(sd), post_preps(role))
    role = spoken_for(ctx, role, mods, iso2, org_i, end)
    alone = speaks_for_no_one(ctx, role, mods, iso2, org_i, s, end)
    if alone:
        role = replace(role, sector="-")  # whose: the body the text links them to, if any (below)
    country = mods.country or _post_country(mods, iso2)
    if mods.country_word is not None:
        country = country or ctx.country_before(mods.country_word)
    if c.type == "PERSON" and role.cls in ("grp", "org"):
        return  # "Iraqi officials Ahmed and Ali" is rare; a group noun is no title
    if c.type == "ORG" and role.cls not in ("org", "grp", "lead"):
        return
    if "role" in c.ctx:  # a second title ("X, a former police chief") adds nothing but what is missing
        c.set(country=country)
        if role.sector != "-" and "sector" not in c.ctx and c.sector is None:
            c.set(sector=role.sector)
        return
    c.set(role=role.role, cls=role.cls, country=country, former=mods.former)
    if role.code:
        c.attrs["agent"] = (role.code, role.prefix)
    c.ctx.add("former")
    if role.sector != "-":
        c.set(sector=role.sector)
    if mods.pronoun is not None:
        c.anchor_pron = mods.pronoun
    if mods.identity:
        c.attrs.setdefault("identity", mods.identity)
    org = mods.org if mods.org is not None else _matched_org_before(ctx, mods.start, s)
    if org is not None or org_i is not None:
        c.attrs["org_token"] = org_i if org_i is not None else org
    elif mods.org_word is not None:
        c.attrs["org_token"] = ("word", mods.org_word)
    elif alone:
        c.attrs["org_token"] = ("story", s)  # "X, a spokeswoman,": the body just named (codes.story_body)
