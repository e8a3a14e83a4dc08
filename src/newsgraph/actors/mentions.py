"""Name mentions: the `entities` stage's NER names, fitted to actors, and names the NER missed.

The NER groups come from doc.entities (the `entities` stage runs first); each mention is trimmed of
a title or possessive the NER took in ("Crown Prince Mohammed bin Salman", "Saudi Arabia's"), given
an honorific it left out ("Mr. Maliki"), and dropped when it is only a word of a title ("State" in
"Secretary of State"). Then the name matcher adds knowledge-base names, seats of power and capitals
the NER missed; a longer known name replaces the NER's partial one ("Maria Corina Machado").
"""

from __future__ import annotations

import numpy as np
from spacy.attrs import TAG
from spacy.strings import get_string_id

from ..columns import column
from ..spans import expand_bounds_each
from ..words import COURTESY_TITLES
from .article import ActorMention, ArticleContext

# NER labels that can name an actor or a place an actor is named by (the `entities` stage's labels)
LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART"})
PERSON_CLASSES = frozenset({"hos", "hog", "fm", "dm", "min", "off", "rel", "lead"})
GENDER_HONORIFICS = {"mr": "m", "mr.": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f", "sir": "m",
                     "dame": "f", "lord": "m", "lady": "f"}
# a title before a person's name is the mention's first word ("Mr Smith", "Dr. Jones", "Mx Lee")
TITLE_HONORIFICS = frozenset(GENDER_HONORIFICS) | COURTESY_TITLES | {t + "." for t in COURTESY_TITLES - {"miss"}}
# the tags of a plural noun or a proper noun: a people's name the NER missed ("two Britons", "two Thais"), as ids
_PEOPLES_TAGS = frozenset(get_string_id(t) for t in ("NNS", "NNPS", "NNP"))


def find_mentions(ctx: ArticleContext) -> None:
    ctx.taken = bytearray(len(ctx.sd) + 1)
    found = _ner_mentions(ctx)
    # each mention's tokens, all found at once (an entity's characters are always on tokens: never None)
    bounds = expand_bounds_each(ctx.sd, [(start, end) for start, end, _, _ in found])
    for (start, end, label, section), (i, j) in zip(found, bounds):
        m = _fit_ner_mention(ctx, i, j, start, end, label, section)
        for part in _split_bracket(ctx, m) if m is not None else ():
            ctx.mentions.append(part)
            _take(ctx, part)
    for mid, s, e in ctx.res.name_matcher(ctx.sd):
        m = _matched_name(ctx, mid, s, e)
        if m is not None:
            ctx.mentions.append(m)
            _take(ctx, m)
    for m in _missed_peoples(ctx) + _missed_nationality_modifiers(ctx):
        ctx.mentions.append(m)
        _take(ctx, m)
    ctx.mentions.sort(key=lambda m: m.start)


def _missed_peoples(ctx: ArticleContext) -> list[ActorMention]:
    """"Police arrested two Britons", "freed three Pakistanis": a plural noun that is a people's name
    (a demonym of the country tables) which the NER left untagged (the small model misses about one
    in six of them, and tags some as singular proper nouns, "two Thais") is a NORP mention, as the
    tagged "Germans" is; else the act has no undergoer. Not a noun's modifier, not a country's name
    ("the Philippines")."""
    return [_norp_word(ctx, tok) for tok in _untaken_tagged(ctx, _PEOPLES_TAGS)
            if tok.is_title and tok.text.endswith("s") and tok.dep_ not in ("compound", "amod")
            and tok.text not in ctx.tables.country_names and ctx.tables.country_of(tok.text)]


def _untaken_tagged(ctx: ArticleContext, tag_ids) -> list:
    """The tokens no mention has taken whose tag is one of `tag_ids`, in text order: the tags are read first from the
    column, all tokens at once (a turn of a Python loop per token cost more than the rest), and a Token made only
    for the ones they let by."""
    tags = column(ctx.sd, TAG)
    hit = np.zeros(len(tags), dtype=bool)
    for tag in tag_ids:
        hit |= tags == tags.dtype.type(tag)
    taken = ctx.taken
    return [ctx.sd[k] for k in np.flatnonzero(hit).tolist() if not taken[k]]


def _norp_word(ctx: ArticleContext, tok) -> ActorMention:
    """The one-word NORP mention of a people's word the NER left untagged, in the kind of section it stands in."""
    return ActorMention(tok.i, tok.i + 1, tok.idx, tok.idx + len(tok.text), tok.text, "NORP",
                        sect=ctx.kind_at(tok.idx) or "body")


# the tag of a nationality adjective before a group noun ("Somali/JJ pirates"), as an id (a proper noun there,
# "Mordor/NNP troops", is a country's name used as a modifier, which the name matchers and roles read)
_ADJECTIVE_TAG = get_string_id("JJ")


def _missed_nationality_modifiers(ctx: ArticleContext) -> list[ActorMention]:
    """"Somali pirates hijacked a ship", "Bangladeshi border guards detained ...": a demonym of the country
    tables modifying a common noun, which the NER left untagged, is a NORP mention, as the tagged
    "Burmese fishermen" is (the group's role and country are then read as for it); else the act has no
    doer. Only for a noun in a doer's slot (`_doer_head`), not half of a hyphenated pair, not a country's name used
    as a modifier ("Russia policy"), not a modifier of a name."""
    taken, tables = ctx.taken, ctx.tables
    return [_norp_word(ctx, tok) for tok in _untaken_tagged(ctx, (_ADJECTIVE_TAG,))
            if tok.is_title and tok.dep_ == "amod" and _doer_head(tok.head) and tok.head.i > tok.i
            and not taken[tok.head.i] and not _hyphenated(tok) and tok.text not in tables.country_names
            and tables.country_of(tok.text) and not _plural_people(tok.text, tables)]


def _plural_people(word: str, tables) -> bool:
    """"Thais police": a people's plural ("Thais", of "Thai") before a noun is no adjective of nationality ("Swiss"
    and "Congolese" are), and is left alone, as `_missed_peoples` leaves a modifier."""
    return word.endswith("s") and bool(tables.country_of(word[:-1]))


def _doer_head(noun) -> bool:
    """A common noun that does a clause's act: its subject, or a passive's by-agent ("were detained by
    Bangladeshi border guards"). (In other slots the untagged adjective is mostly no actor's: "30 Canadian
    dollars", "the Armenian quarter".)"""
    if noun.pos_ != "NOUN" or noun.is_title:
        return False  # ("M. Dane Waters": a capitalised "noun" after the demonym is a name's)
    return noun.dep_ in ("nsubj", "nsubjpass") or (noun.dep_ == "pobj" and noun.head.dep_ == "agent")


def _hyphenated(tok) -> bool:
    """One half of a hyphenated pair ("Mexican-American voters", "the Israeli-Palestinian conflict"): the pair
    names one people or two sides, not this country alone."""
    doc = tok.doc
    return (tok.i > 0 and doc[tok.i - 1].text == "-") or (tok.i + 1 < len(doc) and doc[tok.i + 1].text == "-")


def _ner_mentions(ctx: ArticleContext) -> list[tuple[int, int, str, str | None]]:
    """(start char, end char, label, section if a non-actor one) of every NER mention, in text order."""
    out = []
    for ent in ctx.doc.entities:
        if ent.type not in LABELS:
            continue
        section = ent.attrs.get("section")
        out.extend((m.start, m.end, ent.type, section) for m in ent.mentions if m.kind == "name")
    out.sort()
    return out


def _split_bracket(ctx: ArticleContext, m: ActorMention) -> list[ActorMention]:
    """ "The International Labour Organization (ILO": a name the NER ran on into the short name in
    brackets after it is two mentions, the name and its short name, as when the NER stops at the
    bracket; the clusters then join them (merge_bracketed) and find the short name's repeats."""
    sd = ctx.sd
    k = m.j - 2
    if m.label != "ORG" or m.j - m.i < 3 or sd[k].text != "(" or not _short_capitals(sd[k + 1].text):
        return [m]
    name_end = sd[k - 1].idx + len(sd[k - 1].text)
    short = sd[k + 1]
    return [ActorMention(m.i, k, m.start, name_end, ctx.text[m.start:name_end], m.label, sect=m.sect),
            ActorMention(k + 1, m.j, short.idx, short.idx + len(short.text), short.text, m.label, sect=m.sect)]


def _short_capitals(word: str) -> bool:
    name = word.replace(".", "")
    return name.isupper() and name.isalpha() and 2 <= len(name) <= 6


def _take(ctx: ArticleContext, m: ActorMention) -> None:
    for k in range(m.i, m.j):
        ctx.taken[k] = 1


def _fit_ner_mention(ctx: ArticleContext, i: int, j: int, start_char: int, end_char: int, label: str,
                     section: str | None) -> ActorMention | None:
    """The actor mention of the NER name at characters [start_char, end_char), tokens [i, j) (spans.expand_bounds),
    trimmed and relabelled as below; None for a word of a title."""
    sd, text = ctx.sd, ctx.text
    if i in ctx.in_role and all(ctx.in_role.get(k, 0) > j - i for k in range(i, j)) \
            and not ctx.tables.country_of(text[start_char:end_char]):
        return None  # "State" in "Secretary of State" is part of a title, not an organisation
    # the NER sometimes takes a title or a possessive into the name: "Crown Prince Mohammed bin
    # Salman", "Saudi Arabia's": the title stays a role phrase, the name starts after it
    if j - i > 1 and text[end_char - 1] in "s'’" and sd[j - 1].lower_ in ("'s", "’s", "'"):
        j -= 1
        end_char = sd[j - 1].idx + len(sd[j - 1].text)
    facility = _facility_name(ctx, i, j) if label in ("PERSON", "FAC", "ORG") else None
    if facility is not None:  # its title stays in: "Imam" is part of the airport's name, no imam's
        j, kind = facility
        label = kind if label == "PERSON" else label  # (the NER's FAC or ORG stands)
        end_char = sd[j - 1].idx + len(sd[j - 1].text)
        return ActorMention(i, j, start_char, end_char, text[start_char:end_char], label,
                            sect=section or ctx.kind_at(start_char) or "body")
    lead = ctx.role_start_len.get(i, 0)
    if lead and i + lead < j and sd[i + lead].is_title:
        i += lead
        start_char = sd[i].idx
        if label != "PERSON" and ctx.role_cls.get(i - lead) in PERSON_CLASSES:
            label = "PERSON"
    cut = _agent_tail(ctx, i, j, label)
    if cut is not None:  # (what is left names whose the agent is: an organisation, as "Mordor" modifying "troops")
        j, end_char = cut, sd[cut - 1].idx + len(sd[cut - 1].text)
        label = label if label in ("GPE", "NORP", "ORG") else "ORG"
    if label == "PERSON" and _place_in_phrase(ctx, i, j, text[start_char:end_char]):
        label = "GPE"
    if label == "PERSON" and i > 0 and sd[i - 1].lower_ in TITLE_HONORIFICS:
        i -= 1
        start_char = sd[i].idx
    sect = section or ctx.kind_at(start_char) or "body"
    return ActorMention(i, j, start_char, end_char, text[start_char:end_char], label, sect=sect)


# capitalised nouns that end a facility's or an institution's proper name, never a person's: a person named
# before one ("Imam Khomeini International Airport", "King Abdulaziz University") names the place, not the person
FACILITY_NOUNS = {"airport": "FAC", "stadium": "FAC", "mosque": "FAC", "cathedral": "FAC", "airbase": "FAC",
                  "university": "ORG", "hospital": "ORG", "college": "ORG", "academy": "ORG", "clinic": "ORG"}
# ... and nouns that are also surnames ("Andy Street", "Mr Bridge"): a facility only after a title ("King Fahd
# Bridge", "Prince Albert Square"), which no one's surname follows
TITLED_FACILITY_NOUNS = {"street": "FAC", "square": "FAC", "bridge": "FAC", "avenue": "FAC", "road": "FAC",
                         "boulevard": "FAC", "park": "FAC", "hall": "FAC", "station": "FAC", "dam": "FAC"}


def facility_noun(tok) -> bool:
    """A capitalised facility noun of either table ("Airport", "Square"): a name it ends is a facility's."""
    return tok.is_title and tok.lower_ in FACILITY_NOUNS.keys() | TITLED_FACILITY_NOUNS.keys()


def _facility_name(ctx: ArticleContext, i: int, j: int) -> tuple[int, str] | None:
    """(end token, label) of the facility a name of tokens [i, j) names: its last word, or the word right after
    it, is a capitalised facility noun (FACILITY_NOUNS; TITLED_FACILITY_NOUNS only when a role phrase opens the
    name); None for any other name. The NER often tags such a name FAC or ORG, but a title opening it made the
    name a person's (the title is split off a name and makes it a PERSON: "Imam | Khomeini ... Airport")."""
    sd = ctx.sd
    end = j + 1 if j < len(sd) and facility_noun(sd[j]) else j
    last = sd[end - 1]
    if end - i < 2 or not last.is_title:
        return None
    label = FACILITY_NOUNS.get(last.lower_) or (TITLED_FACILITY_NOUNS.get(last.lower_)
                                                if ctx.role_start_len.get(i) else None)
    return (end, label) if label else None


def _agent_tail(ctx: ArticleContext, i: int, j: int, label: str) -> int | None:
    """With the user's agent dictionaries (PETRARCH mode): where a name the NER ran over the words of
    one of the user's agent phrases ends ("Rohan golden geese" or "Dagolath golden" for GOLDEN_GOOSE
    {GOLDEN_GEESE} after a dictionary country): the token the agent phrase starts at, as PETRARCH reads
    the noun phrase's words whatever a name finder makes of them; None to keep the name. Only where
    the name's words from there on are written in lower case, as no name's own words are (a title
    inside a person's name, "Gondor President Aldor", is capitalised and stays the person's); an
    organisation's name that ends on its agent ("the Arnor human rights body") keeps it (roles read
    the agent inside it), and so does a name the user's actor dictionary spells across the agent's
    first word ("Ithilen government radio")."""
    if not ctx.res.user_agents:
        return None
    sd = ctx.sd
    for k in range(i + 1, j):
        e = k + ctx.role_start_len.get(k, 0)
        if e == k or ctx.role_of(k, e).code is None or (label == "ORG" and e <= j):
            continue
        if any(sd[t].text[:1].isupper() for t in range(k, j)):
            return None
        if not _actor_phrase_across(ctx, i, k, max(e, j)):
            return k
    return None


def _actor_phrase_across(ctx: ArticleContext, i: int, k: int, j: int) -> bool:
    """A phrase of the user's actor dictionaries inside tokens [i, j) holds both token k - 1 and k."""
    matcher = ctx.res.user_matcher  # (run only for a name that holds an agent phrase: rare)
    return matcher is not None and any(i <= s < k < e <= j for _, s, e in matcher(ctx.sd))


def _place_in_phrase(ctx: ArticleContext, i: int, j: int, name: str) -> bool:
    """A lone country name the NER took for a person where a place is meant: the object of a
    preposition, over adjectives ("in central Mali", "across northern Chad"), or the possessor of
    that object ("in central Mali's Mopti region")."""
    if j - i != 1 or not ctx.tables.country_of(name):
        return False
    k = i - 1
    while k >= 0 and ctx.sd[k].tag_ == "JJ":
        k -= 1
    tok = ctx.sd[i]
    placed = tok.dep_ == "pobj" or (tok.dep_ == "poss" and tok.head.dep_ == "pobj")
    return k >= 0 and ctx.sd[k].tag_ == "IN" and placed


def _matched_name(ctx: ArticleContext, mid: int, s: int, e: int) -> ActorMention | None:
    """A knowledge-base name, seat of power, capital or country from the name matcher, unless the NER's names cover it."""
    sd, ids = ctx.sd, ctx.res.ids
    if any(ctx.taken[k] for k in range(s, e)):
        inside = [m for m in ctx.mentions if s <= m.i and m.j <= e]
        # a longer known name beats the NER's partial one ("Maria Corina" in "Maria Corina Machado")
        if not inside or any(ctx.taken[k] and not any(m.i <= k < m.j for m in inside) for k in range(s, e)) \
                or (e - s) <= max(m.j - m.i for m in inside) or mid in (ids["SEAT"], ids["CAPITAL"], ids["COUNTRY"]):
            return None
        for m in inside:
            ctx.mentions.remove(m)
    label = {ids["SEAT"]: "SEAT", ids["CAPITAL"]: "GPE", ids["COUNTRY"]: "GPE"}.get(mid)
    span = sd[s:e]
    if label is None:
        row = ctx.res.kb.org(span.text, ctx.date) or ctx.res.kb.person(span.text, ctx.date)
        if row is None:
            return None
        label = row.type
    return ActorMention(s, e, span.start_char, span.end_char, span.text, label,
                        sect=ctx.kind_at(span.start_char) or "body")
