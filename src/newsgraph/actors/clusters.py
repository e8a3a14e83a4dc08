"""Name mentions into clusters, one per real-world actor or place.

Countries, demonyms, governments (seats of power and capitals acting as agents: metonymy.py),
places, organisations (one per knowledge-base row, else per folded name) and persons (names by
token matching with transliteration variants, surnames to full names: normalize.py). Then acronyms
join the organisation whose initials they spell, surnames the NER labelled ORG join their person,
and repeats of a known surname the NER missed become mentions.
"""

from __future__ import annotations

from .. import metonymy
from . import normalize as nz
from .article import NON_ACTOR_SECTIONS, ActorCluster, ActorMention, ArticleContext, strip_the
from ..columns import column_list
from ..spans import token_span
from ..words import MEETING_NOUNS, STATE_SECTORS
from .context import left_modifiers
from .countries import country_name_as_org
from .mentions import FACILITY_NOUNS, GENDER_HONORIFICS
from .phoenix import ORGANISATION_NOUNS
from .tables import IDENTITY_CODES


def cluster_mentions(ctx: ArticleContext) -> None:
    for m in ctx.mentions:
        if m.sect in NON_ACTOR_SECTIONS:
            ctx.debris.append(m)
            continue
        bare = strip_the(m.text)
        t = ctx.tables
        if m.label in ("PERSON", "NORP", "GPE", "FAC", "LOC") and not t.country_of(bare) and bare not in t.capitals:
            row = ctx.res.kb.org(bare, ctx.date)  # the NER's label is often wrong for groups ("Houthis" as PERSON)
            if row is not None:
                m.label = row.type
        if m.label == "SEAT" or bare in t.seats:
            _seat(ctx, m, bare)
        elif m.label in ("GPE", "LOC", "NORP", "FAC"):
            _place_or_people(ctx, m, bare)
        elif m.label == "PERSON":
            ctx.person_mentions.append(m)
        elif m.label == "ORG":
            _organisation(ctx, m, bare)
        else:
            ctx.cluster_for((m.label, nz.key(bare)), m.label).mentions.append(m)
    merge_acronyms(ctx.clusters, ctx.tables.country_of)
    merge_bracketed(ctx)
    ctx.persons = cluster_persons(ctx.person_mentions, ctx.clusters, lambda i: ctx.sent_bounds(i)[0])
    relabel_surnames(ctx.clusters, ctx.persons)
    recover_surnames(ctx)
    recover_short_names(ctx)


def _seat(ctx: ArticleContext, m: ActorMention, bare: str) -> None:
    """ "the Kremlin said": the government; "outside the Kremlin": a place."""
    sd = ctx.sd
    iso, sector, _ = ctx.tables.seats[bare]
    if metonymy.is_agent(sd[m.j - 1] if m.j - m.i > 0 else sd[m.i], default=True) and m.sect != "dateline":
        m.kind = "metonym"
        c = ctx.cluster_for(("GOVT", iso, sector), "ORG")
        c.mentions.append(m)
        c.set(country=iso, sector=sector, role=_gov_role(sector))
    else:
        ctx.cluster_for(("PLACE", bare), "FAC").mentions.append(m)


def _place_or_people(ctx: ArticleContext, m: ActorMention, bare: str) -> None:
    """GPE, LOC, NORP, FAC: a country, its people, a territory, a capital (place or government), an identity."""
    # a country's word first, then a territory or a capital, then an identity: each in a function
    iso = ctx.tables.country_of(m.text)
    if iso:
        _country_or_its_people(ctx, m, iso)
    elif not _territory_or_capital(ctx, m, bare):
        _identity_or_name(ctx, m, bare)


def _country_or_its_people(ctx: ArticleContext, m: ActorMention, iso: str) -> None:
    # a word the tables give a country: an ethnicity, a nation's
    # (or a region's) people, or the country itself
    t, sd = ctx.tables, ctx.sd
    if m.label == "NORP" and m.i > 0 and sd[m.i - 1].lower_ == "ethnic":
        # "ethnic Albanians in Serbia": an ethnicity, not the nation's people; PLOVER and CAMEO code
        # the country they live in (with the ethnicity beside it), so only a place named with them gives one
        home = residence(ctx, m)
        c = ctx.cluster_for(("ETHNIC", iso, home), "NORP")
        c.mentions.append(m)
        c.attrs["ethnicity"] = iso
        if home:
            c.set(country=home)
        return
    if m.label == "NORP":
        # a region's people are not the state's ("Georgian and South Ossetian officials": two sides)
        c = ctx.cluster_for(("NORP", iso, m.text if m.text in t.regional else None), "NORP")
        c.mentions.append(m)
        c.set(country=iso)
        return
    c = ctx.cluster_for(("GPE", iso), "GPE")
    c.mentions.append(m)
    c.set(country=iso)
    c.name = t.display.get(iso)


def _territory_or_capital(ctx: ArticleContext, m: ActorMention, bare: str) -> bool:
    # a territory is a place of its own; a capital is its government
    # where it acts, else a place; a first name before it makes a person the NER missed
    t, sd = ctx.tables, ctx.sd
    terr = t.territory_of(bare)
    if terr and m.label in ("GPE", "LOC"):
        c = ctx.cluster_for(("PLACE", nz.key(bare)), "GPE")
        c.mentions.append(m)
        c.attrs["territory_of"] = terr
        return True
    cap = t.capitals.get(bare)
    if not (cap and m.label == "GPE"):
        return False
    if m.i > 0 and sd[m.i - 1].is_title and sd[m.i - 1].pos_ == "PROPN" and not sd[m.i - 1].ent_type_ \
            and sd[m.i - 1].head.i == m.i:
        # "Ana Lima": a first name glued to a capital's name is a person the NER missed
        first = sd[m.i - 1]
        m.i, m.start, m.label = m.i - 1, first.idx, "PERSON"
        m.text = ctx.text[m.start:m.end]
        ctx.person_mentions.append(m)
    elif m.sect != "dateline" and metonymy.is_agent(sd[m.i:m.j].root, default=False):
        if _first_name_of(ctx, m, bare):
            return True
        m.kind = "metonym"
        c = ctx.cluster_for(("GOVT", cap, "GOV"), "ORG")
        c.mentions.append(m)
        c.set(country=cap, sector="GOV", role="government")
    else:
        ctx.cluster_for(("PLACE", nz.key(bare)), "GPE").mentions.append(m)
    return True


# the last word of a two-word organisation's name that says it is one ("Cairo University", "Paris Club"): a
# capital's name before it names a place's body, never a person the NER took for an organisation; nor before a
# meeting's noun ("Paris Agreement", "Geneva Summit": the meeting, words.MEETING_NOUNS)
BODY_WORDS = ORGANISATION_NOUNS | FACILITY_NOUNS.keys() | MEETING_NOUNS | {
    "club", "post", "times", "herald", "tribune", "journal", "review", "daily", "news", "press", "radio", "united",
    "city", "airlines", "airways", "exchange", "bourse", "group", "zoo"}


def _first_name_of(ctx: ArticleContext, m: ActorMention, bare: str) -> bool:
    """ "Paris Hilton launched a perfume ... Paris said": a capital's name acting (where it would be a metonym) that
    repeats the first word of a person's full name named before it is that person, not the capital's government
    (the NER often tags such a person ORG: a two-word organisation whose second word names no kind of body counts
    as a person's name). A literal use stays the city's ("London Brent crude ... In London, shares rose"). The
    mention joins the person (a PERSON mention, clustered with the full name), marked `given`, and True; else False.
    The decision is the actors stage's, and the person's entity carries it (attrs.given_name, emit.entity): the
    places stage then makes no place of the short name nor of the full name's first word (places.first_name_spans)."""
    sd = ctx.sd
    if any(p.start < m.start and p.j - p.i >= 2 and sd[p.i].text == bare for p in ctx.person_mentions):
        m.label, m.given = "PERSON", True
        ctx.person_mentions.append(m)
        return True
    for c in ctx.clusters:
        if c.type == "ORG" and c.kb is None and any(x.start < m.start and _personal_name(ctx, x, bare)
                                                    for x in c.mentions):
            m.label, m.given = "ORG", True
            c.mentions.append(m)
            return True
    return False


def _personal_name(ctx: ArticleContext, x: ActorMention, first: str) -> bool:
    """An organisation's name of two words that reads as a person's: `first` then a capitalised word that names no
    kind of body (BODY_WORDS, no role phrase), with no "the" before it ("The Washington Post" is a paper's)."""
    sd = ctx.sd
    if x.j - x.i != 2 or sd[x.i].text != first or (x.i > 0 and sd[x.i - 1].lower_ == "the"):
        return False
    last = sd[x.i + 1]
    return last.is_title and last.is_alpha and last.lower_ not in BODY_WORDS and last.i not in ctx.in_role


def _identity_or_name(ctx: ArticleContext, m: ActorMention, bare: str) -> None:
    # an identity word ("Kurds", "Shiites"), with the country named
    # before it if any; any other name is a cluster of its own label
    sd, low = ctx.sd, bare.lower()
    home = ctx.tables.country_of(sd[m.i - 1].text) if m.label == "NORP" and low in IDENTITY_CODES and m.i > 0 else None
    if home:
        # "Iraqi Kurds": an identity group of a country, coded with the country (its identity beside it)
        c = ctx.cluster_for(("NORP", home, IDENTITY_CODES[low]), "NORP")
        c.mentions.append(m)
        c.attrs["identity"] = IDENTITY_CODES[low]
        c.set(country=home)
        return
    if m.label == "NORP" and low in IDENTITY_CODES:
        c = ctx.cluster_for(("NORP", IDENTITY_CODES[low]), "NORP")
        c.mentions.append(m)
        c.attrs["identity"] = IDENTITY_CODES[low]
        c.code, c.sector = IDENTITY_CODES[low], "REL"  # CAMEO identity codes stand alone
        return
    ctx.cluster_for((m.label, nz.key(bare)), m.label).mentions.append(m)


def residence(ctx: ArticleContext, m: ActorMention) -> str | None:
    """The country of an "in X" phrase on the noun phrase a mention heads or modifies ("ethnic
    Albanians in south Serbia", "ethnic Russian voters in Latvia"), else on the verb it is the
    subject or object of ("ethnic Albanians demonstrated in Serbia": where they are)."""
    sd = ctx.sd
    head = token_span(sd, m.i, m.j).root
    while head.dep_ in ("amod", "compound", "nmod") and head.head.i != head.i:
        head = head.head
    iso = _in_country(ctx, head)
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.i != head.i:
        head = head.head.head  # "hundreds of ethnic Hungarians": the quantity is the verb's subject
    if iso is None and head.dep_ in ("nsubj", "nsubjpass", "dobj") and head.head.pos_ == "VERB":
        iso = _in_country(ctx, head.head)
    if iso is None and head.dep_ == "nsubj" and head.head.pos_ == "VERB":
        iso = _site_country(ctx, head.head)
    return iso


# prepositions that put a crowd at a site ("demonstrated outside the embassy in Manila")
SITE_PREPS = frozenset({"outside", "at", "near", "inside", "around"})


def _site_country(ctx: ArticleContext, verb) -> str | None:
    """"students demonstrated outside the US embassy in Manila": the "in X" phrase of the site where
    the subject acts says where they are (the embassy's owner does not: it is the site's)."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in SITE_PREPS:
            for site in (p for p in prep.children if p.dep_ == "pobj"):
                iso = _in_country(ctx, site)
                if iso:
                    return iso
    return None


def placed_in(ctx: ArticleContext, m: ActorMention) -> str | None:
    """The country of an "in X" phrase on the noun phrase the name `m` heads ("the Karak Water
    Facility in central Jordan"), not on the verb it is the subject or object of; or right after the
    name and its bracketed short name, wherever the parser hangs it ("inspectors to the Tarfaya
    Chemical Works (TCW) in southern Morocco": the works are in Morocco either way)."""
    sd, k = ctx.sd, m.j
    if k + 2 < len(sd) and sd[k].text == "(" and sd[k + 2].text == ")":
        k += 3
    if k < len(sd) and sd[k].lower_ == "in" and sd[k].dep_ == "prep":
        return _in_phrase_country(ctx, sd[k])
    return _in_country(ctx, token_span(sd, m.i, m.j).root)


# prepositions that say where an act takes place ("bombed a police station in Bilbao", "attacked a
# boat off Jaffna", "killed 30 villagers near Algiers") and nouns that name a place by its kind
# ("on the southern island of Mindanao", "in the town of X")
LOCATIVE_PREPS = frozenset({"in", "at", "near", "off", "outside", "inside", "around", "across", "on"})
PLACE_NOUNS = frozenset({"island", "city", "town", "village", "province", "region", "state", "district",
                         "port", "capital", "enclave", "border", "area", "territory"})
# phrases the walk does not enter: another clause, or the words of someone else's act
CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "acl", "xcomp", "conj", "parataxis", "csubj"})


def where_they_act(ctx: ArticleContext, m: ActorMention) -> str | None:
    """The one state that the places of the clause a group is the subject of lie in ("Basque
    separatists bombed a police station in Bilbao", "Moslem rebels on the island of Mindanao
    freed three hostages", "Tamil rebels attacked a navy boat off Jaffna"): CAMEO and PLOVER code
    insurgents, militants and opposition groups with no state of their own by the state they act
    in. None when the clause names no place, or places in two states."""
    sd = ctx.sd
    head = token_span(sd, m.i, m.j).root
    while head.dep_ in ("amod", "compound", "nmod") and head.head.i != head.i:
        head = head.head
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.i != head.i:
        head = head.head.head  # "hundreds of rebels"
    if head.dep_ not in ("nsubj", "nsubjpass") or head.head.pos_ not in ("VERB", "AUX"):
        return None
    found: set[str] = set()
    todo = [head] + [k for k in head.head.children if k.i != head.i and k.dep_ not in CLAUSE_DEPS]
    while todo:
        node = todo.pop()
        if node.dep_ == "pobj" and (node.head.lower_ in LOCATIVE_PREPS or (
                node.head.lower_ == "of" and node.head.head.lemma_.lower() in PLACE_NOUNS)):
            for name in [node] + [k for k in node.children if k.dep_ == "compound"]:  # "Chennai harbour"
                iso = _place_named(ctx, name)
                if iso:
                    found.add(iso)
                    break
        # (a coordinated phrase is followed, "off Jaffna and in Chennai"; a coordinated verb is another clause)
        todo += [k for k in node.children if k.dep_ not in CLAUSE_DEPS or (k.dep_ == "conj" and k.pos_ != "VERB")]
    return found.pop() if len(found) == 1 else None


def _place_named(ctx: ArticleContext, tok) -> str | None:
    """The state of the place a locative phrase's name names (whatever the NER took the name for:
    it tags places it does not know as persons or organisations, "off Jaffna", "of Mindanao")."""
    ent = next((e for e in ctx.ents if e.start <= tok.i < e.end), None)
    if ent is None and tok.pos_ != "PROPN":
        return None
    text = strip_the(ent.text) if ent is not None else tok.text
    return ctx.tables.country_of(text) or ctx.tables.place_country(text)


def _in_country(ctx: ArticleContext, node, depth: int = 0) -> str | None:
    """The country an "in X" phrase on `node` names, or one "in" deeper ("in a gunbattle in southern
    Serbia", "in a village in northern Iraq"). X may be a country, a capital, a territory or a big
    city ("protesters in Tehran", "students in Lahore"): where people are says whose they are, more
    than a country named elsewhere in the sentence ("... to protest the sending of troops to Iraq")."""
    for prep in node.children:
        if prep.dep_ == "prep" and prep.lower_ == "in":
            iso = _in_phrase_country(ctx, prep, depth)
            if iso:
                return iso
    return None


def in_country(ctx: ArticleContext, node) -> str | None:
    """The country an "in X" phrase on `node` names (for the other modules of the stage)."""
    return _in_country(ctx, node)


def _shared_objects(prep) -> list:
    """The objects of `prep`; with none of its own, those of a preposition coordinated with it, which share them
    ("officials in and around Miami", "in or near Kabul": the parser hangs the one object on the last)."""
    return [p for p in prep.children if p.dep_ == "pobj"] or [
        p for k in prep.children if k.dep_ == "conj" and k.pos_ == "ADP" for p in k.children if p.dep_ == "pobj"]


def _in_phrase_country(ctx: ArticleContext, prep, depth: int = 0) -> str | None:
    t = ctx.tables
    for p in _shared_objects(prep):
        ent = next((e for e in ctx.ents if e.start <= p.i < e.end), None)
        text = strip_the(ent.text) if ent is not None else p.text
        iso = t.country_of(text)
        if iso is None and ent is not None:
            # (a region or city of a state: "separatists in Chechnya", "farmers in Aceh", whatever
            # the NER took the name for: "Police in Karachi said" tags the city ORG, as _place_named says)
            iso = t.place_country(text)
        if iso is None and depth == 0 and ent is None:
            iso = _in_country(ctx, p, depth + 1)
        if iso is None and ent is None and p.lemma_.lower() in PLACE_NOUNS:
            # "in the southern city of Karachi", "in the state of Gujarat": the of-phrase names the place
            # (as deep as the in-phrase: "in the city of the same name in Pakistan")
            iso = next((c for c in (_in_phrase_country(ctx, k, depth) for k in p.children
                                    if k.dep_ == "prep" and k.lower_ == "of") if c), None)
        if iso:
            return iso
    return None


def _organisation(ctx: ArticleContext, m: ActorMention, bare: str) -> None:
    """One cluster per knowledge-base organisation, else per folded name; a KB person the NER called ORG is a person."""
    kb = ctx.res.kb
    row = kb.org(m.text, ctx.date)
    if row is not None and row.type == "PERSON":
        ctx.person_mentions.append(m)
        return
    if country_name_as_org(ctx, m):
        m.label = "GPE"  # a country's formal name the NER took for an organisation ("the Democratic People's Republic of Korea")
        _place_or_people(ctx, m, bare)
        return
    owner = _possessive_country(ctx, m)
    national = None
    if row is not None and (qualifier := _other_party_qualifier(ctx, m, row)) is not None:
        # "the Sweden Democrats", "the Free Democrats": the NER cut the qualifier off and the head word alone
        # matched another country's party; the qualifier's country, if it names one, is the party's
        row, national, owner = None, (row if qualifier else None), qualifier or owner
    if row is not None and owner and row.country and owner != row.country and row.sector in STATE_SECTORS:
        row, national = None, row  # "Iraq's Ministry of Defence" is Iraq's, not the knowledge base's British one
    key = ("KB", row.name) if row is not None else ("ORG", owner, nz.key(bare)) if national else ("ORG", nz.key(bare))
    c = ctx.cluster_for(key, "ORG")
    c.mentions.append(m)
    if national is not None:
        c.set(country=owner, sector=national.sector)
    elif row is None and owner:
        c.set(country=owner)  # "Iraq's national security council": no other country's body of that name
    if row is not None:
        c.kb = row
    elif " " in bare:
        # a body of a known organisation: "AU Commission", "Hamas politburo", "NATO summit",
        # "United Nations Emergency Relief Coordinator" (the longest known name it starts with)
        words = bare.split()
        for n in range(min(len(words) - 1, 4), 0, -1):
            head = kb.org(" ".join(words[:n]), ctx.date)
            if head is not None and head.type == "ORG" and c.kb is None:
                c.kb = head
                c.attrs["part_of"] = head.name
                break


# words before a party's name that name a chamber its members sit in ("Senate Democrats", "House
# Republicans"), no other party: the party is still the table's
CHAMBER_WORDS = frozenset({"senate", "house", "congress", "congressional", "parliament", "parliamentary", "assembly"})


def _other_party_qualifier(ctx: ArticleContext, m: ActorMention, row) -> str | None:
    """A party matched by its one-word name ("Democrats") with a capitalised word right before it that names
    neither the party's country nor a chamber: the word belongs to another party's name ("Christian Democrats",
    "Sweden Democrats", "Norwegian Labour"). Returns that word's country ("" for none: "Free"), or None when
    the table's party stands ("the Democrats", "Texas Democrats", "Senate Democrats", "Many Democrats")."""
    k, floor = m.i - 1, ctx.sent_bounds(m.i)[0]
    if row.sector != "PTY" or len(strip_the(m.text).split()) != 1 or k < floor:
        return None
    tok = ctx.sd[k]
    if not tok.text[:1].isupper() or tok.lower_ in CHAMBER_WORDS:
        return None
    if k == floor and tok.pos_ != "PROPN" and not tok.ent_type_:
        return None  # a sentence's capitalised first word ("Many Democrats", "Some Republicans")
    t = ctx.tables
    country = t.country_of(tok.text) or ("USA" if tok.text in t.us_states else "")
    return None if country == row.country else country


def _possessive_country(ctx: ArticleContext, m: ActorMention) -> str | None:
    """The country of a possessive right before the organisation's name ("Iraq's", "South Korea's")."""
    if m.i < 2 or ctx.sd[m.i - 1].lower_ not in ("'s", "’s"):
        return None
    return left_modifiers(ctx.sd, m.i, ctx.tables, limit=1, floor=ctx.sent_bounds(m.i)[0]).country


def _gov_role(sector: str) -> str:
    return {"GOV": "government", "MIL": "military", "LEG": "legislature"}.get(sector, "government")


def merge_bracketed(ctx: ArticleContext) -> None:
    """"the Montenegro Municipality Association (AKK)", "the Serbian Workers' Union (SSS)": an
    all-capitals name in brackets right after an organisation's name is its short name, whatever
    language its initials come from (merge_acronyms only knows English initials). The short name's
    later repeats ("... (FDPS) held its congress. The FDPS rejected ...") are in its cluster already,
    and go with it: a text defines a short name in order to use it."""
    orgs = [c for c in ctx.clusters if c.type == "ORG" and c.mentions]
    ends = {m.j: c for c in orgs for m in c.mentions if m.kind == "name"}
    for c in orgs:
        if c.kb is not None:
            continue
        full = _bracketed_full_name(ctx, c, ends)
        if full is not None:
            full.mentions.extend(c.mentions)
            c.mentions = []


def _bracketed_full_name(ctx: ArticleContext, c: ActorCluster, ends: dict) -> ActorCluster | None:
    """The organisation whose name ends right before one of c's mentions in brackets, when c is a
    short name in capitals (all its mentions are one name, as clusters are keyed by name)."""
    sd = ctx.sd
    for m in c.mentions:
        name = m.text.replace(".", "")
        if not (name.isupper() and 2 <= len(name) <= 6) or m.i < 2 or sd[m.i - 1].text != "(" or \
                m.j >= len(sd) or sd[m.j].text != ")":
            continue
        full = ends.get(m.i - 1)
        if full is not None and full is not c:
            return full
    return None


def merge_acronyms(clusters: list[ActorCluster], country_of=None) -> None:
    """'UN' and 'United Nations' in one article: an all-capitals name that spells another's initials.
    With `country_of` (tables.country_of), a name opened by a country's word also gives the initials of
    the rest, as news writes them: "the US Securities and Exchange Commission" is the SEC (the country
    word is where the body is, not part of what it is called); its own initials still count ("KWS")."""
    orgs = [c for c in clusters if c.type == "ORG" and c.kb is None]
    longs = {}
    rests = {}
    for c in orgs:
        words = [w for w in strip_the(c.mentions[0].text).split() if w[:1].isupper() and w.lower() not in ("of", "for", "and")]
        if len(words) >= 2:
            longs["".join(w[0] for w in words).upper()] = c
        if country_of is not None and len(words) >= 4 and country_of(words[0]):
            rests.setdefault("".join(w[0] for w in words[1:]).upper(), c)
    longs = rests | longs  # a name's whole initials win over another's initials without its country word
    for c in orgs:
        name = strip_the(c.mentions[0].text).replace(".", "")
        if name.isupper() and 2 <= len(name) <= 6 and name in longs and longs[name] is not c:
            target = longs[name]
            target.mentions.extend(c.mentions)
            c.mentions = []


def _short_name(text: str) -> bool:
    name = text.replace(".", "")
    return name.isupper() and name.isalpha() and 2 <= len(name) <= 6


def recover_short_names(ctx: ArticleContext) -> None:
    """An organisation's short name the NER missed ("the National Liberation Army (ELN)", then "The
    ELN freed two soldiers"): the capitals in brackets right after its name, and every repeat of
    them, are its mentions, as merge_bracketed makes them when the NER did find them."""
    from spacy.attrs import ORTH

    sd = ctx.sd
    want: dict[int, ActorCluster] = {}
    for c in (c for c in ctx.clusters if c.type == "ORG"):
        for m in c.mentions:
            if _short_name(m.text):
                want.setdefault(sd[m.i].orth, c)  # a short name the NER found once
            elif m.kind == "name" and m.j + 2 < len(sd) and sd[m.j].text == "(" and sd[m.j + 2].text == ")" \
                    and _short_name(sd[m.j + 1].text) and not ctx.taken[m.j + 1]:
                want.setdefault(sd[m.j + 1].orth, c)
    if not want:
        return
    _join_tagged_repeats(ctx, want)
    orths = column_list(sd, ORTH)
    for k in [k for k, o in enumerate(orths) if o in want and not ctx.taken[k]]:
        _recover_word(ctx, want[orths[k]], k, "ORG")


def _join_tagged_repeats(ctx: ArticleContext, want: dict) -> None:
    """A repeat of the short name that the NER did find ("the Islamic Council of Somalia (GIS)", the
    bracket missed, then "The GIS accused ..." tagged) made a cluster of its own before the bracket was
    read; it is the same body's, as merge_bracketed joins it when the NER found the bracket too."""
    sd = ctx.sd
    for d in ctx.clusters:
        if d.type != "ORG" or d.kb is not None or not d.mentions:
            continue
        owners = {want.get(sd[m.i].orth) if m.j - m.i == 1 and _short_name(m.text) else None for m in d.mentions}
        if len(owners) == 1 and None not in owners and d not in owners:
            (owner,) = owners
            owner.mentions.extend(d.mentions)
            d.mentions = []


def _recover_word(ctx: ArticleContext, c: ActorCluster, k: int, label: str) -> None:
    """Token k, a name the NER missed, as a mention of cluster c (outside captions, credits and the like)."""
    tok = ctx.sd[k]
    sect = ctx.kind_at(tok.idx) or "body"
    if sect in NON_ACTOR_SECTIONS:
        return
    c.mentions.append(ActorMention(k, k + 1, tok.idx, tok.idx + len(tok.text), tok.text, label, sect=sect))
    ctx.taken[k] = 1


def cluster_persons(persons: list[ActorMention], clusters: list[ActorCluster],
                    sentence_of=None) -> list[ActorCluster]:
    """Names of one person into one cluster: full names first, then surnames and partial names.
    A partial name is not joined to a fuller one that only comes after it in its sentence ("King
    Hussein met Saddam Hussein", "President Bush met Jeb Bush"): news names a person in full first,
    so a shorter name before it is someone else (`sentence_of`: token -> its sentence's first token).
    The new person clusters are also added to `clusters`."""
    pcs: list[ActorCluster] = []
    info = []
    for m in persons:
        toks = nz.name_tokens(m.text)
        if toks:
            info.append((m, toks))
    info.sort(key=lambda x: (-len(x[1]), x[0].start))
    for m, toks in info:
        best = None
        best_score = (-1, 0)
        for c in pcs:
            if nz.same_name(toks, c.tokens) or (nz.is_part_of(toks, c.tokens)
                                                and not _named_in_full_later(m, c, sentence_of)):
                exact = sum(1 for x in toks if x in c.tokens)
                near = max(abs(mm.start - m.start) for mm in c.mentions)
                score = (exact, -near)
                if best is None or score > best_score:
                    best, best_score = c, score
        if best is None:
            best = ActorCluster(type="PERSON", tokens=toks)
            pcs.append(best)
            clusters.append(best)
        best.mentions.append(m)
        low = m.text.split()[0].lower()
        if low in GENDER_HONORIFICS:
            best.gender = best.gender or GENDER_HONORIFICS[low]
    return pcs


def _named_in_full_later(m: ActorMention, c: ActorCluster, sentence_of) -> bool:
    """Every name of `c` comes after the partial name `m`, in m's sentence."""
    return sentence_of is not None and all(
        x.i > m.i and sentence_of(x.i) == sentence_of(m.i) for x in c.mentions)


def relabel_surnames(clusters: list[ActorCluster], pcs: list[ActorCluster]) -> None:
    """The NER sometimes calls a surname an ORG or GPE ('Maliki'): join it to the person it names."""
    lasts = {}
    for c in pcs:
        if len(c.tokens) >= 2:
            lasts.setdefault(c.tokens[-1], []).append(c)
    for c in clusters:
        if c.type not in ("ORG", "GPE", "NORP") or c.kb is not None or c.country:
            continue
        keep = []
        for m in c.mentions:
            toks = nz.name_tokens(m.text)
            if len(toks) == 1 and len(lasts.get(toks[0], ())) == 1 and m.kind == "name":
                lasts[toks[0]][0].mentions.append(m)
            else:
                keep.append(m)
        c.mentions = keep


def recover_surnames(ctx: ArticleContext) -> None:
    """Surnames the NER missed ("Araqchi said"): exact repeats of a known person's last name."""
    from spacy.attrs import ORTH

    sd = ctx.sd
    want: dict[int, list[ActorCluster]] = {}
    for c in ctx.persons:
        for m in c.mentions:
            if m.j - m.i >= 2 and sd[m.j - 1].is_title:
                owners = want.setdefault(sd[m.j - 1].orth, [])
                if not any(o is c for o in owners):
                    owners.append(c)
    if not want:
        return
    orths = column_list(sd, ORTH)
    for k in [k for k, o in enumerate(orths) if o in want]:
        owners = want[orths[k]]
        if ctx.taken[k] or len(owners) != 1 or (k > 0 and sd[k - 1].is_title and sd[k - 1].pos_ == "PROPN"):
            continue
        _recover_word(ctx, owners[0], k, "PERSON")
