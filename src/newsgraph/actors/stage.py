"""The `actors` stage: one Entity per real-world actor, with its mentions and its actor code.

Steps, all over the one shared parse:
 1. mentions: NER names (+ "Mr."), names the NER missed from the knowledge base and seats of
    power (phrase matcher), role phrases (phrase matcher over the role table);
 2. context: titles, appositions and modifiers give persons and organisations a role, a country,
    a sector, `former`, and the person a relational role belongs to ("his spokesperson");
 3. coreference: names by token matching with transliteration variants (normalize.py), surnames
    to full names, acronyms to organisation names, role nominals ("the secretary") to the latest
    person holding that role, unambiguous pronouns to persons;
 4. metonymy: capitals and seats of power acting as agents join their country's government;
 5. codes: context first, then the knowledge base (kb.py), then user dictionaries (cameo_dict.py)
    which override; CAMEO-style code = country + sector (IGO/NGO codes from the table).
Mentions in credits, bylines and publication lines become marked non-actor entities.
"""

from __future__ import annotations

import bisect
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from ..model import Actor, Document, Entity, Mention
from ..stage import Stage, register
from . import cameo_dict, kb as kbmod, metonymy
from . import normalize as nz
from .context import ent_at, left_modifiers, of_complement, role_is_head
from .tables import IDENTITY_CODES, Role, WithoutNames, tables

LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART"})
NON_ACTOR_SECTIONS = frozenset({"credit", "byline", "published"})
PRONOUNS = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f"}
GENDER_HONORIFICS = {"mr": "m", "mr.": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f", "sir": "m",
                     "dame": "f", "lord": "m", "lady": "f"}
TITLE_HONORIFICS = frozenset(GENDER_HONORIFICS) | {"dr", "dr."}
PERSON_CLASSES = frozenset({"hos", "hog", "fm", "dm", "min", "off", "rel", "lead"})
AMBIGUOUS_CAPITALS = frozenset({"Male", "Hamilton", "Kingston", "Stanley", "Victoria", "Plymouth", "Sofia", "Lima",
                                "Road Town", "The Valley", "Alofi", "Avarua", "Yaren", "Basseterre", "Castries", "Apia",
                                "Praia", "Sucre", "Dili", "Nuuk", "Vaduz", "Georgetown", "Kingstown", "Saint John's",
                                "Victoria", "Washington"})
NOUN_TAGS: frozenset[int] = frozenset()  # hashes of NN, NNS, NNP, NNPS (filled on first use)
GOVERNMENT_WORDS = frozenset({"government", "administration", "regime", "authorities", "cabinet", "leadership"})


@dataclass
class M:
    i: int
    j: int
    start: int
    end: int
    text: str
    label: str
    kind: str = "name"
    sect: str = "body"


@dataclass
class C:
    type: str
    mentions: list[M] = field(default_factory=list)
    tokens: list[str] = field(default_factory=list)  # fullest person name, folded
    name: str | None = None
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    cls: str | None = None
    former: bool = False
    code: str | None = None
    kb: kbmod.KBRow | None = None
    anchor: C | None = None
    anchor_pron: int | None = None
    gender: str | None = None
    attrs: dict = field(default_factory=dict)
    ctx: set = field(default_factory=set)  # fields set from article context

    def first(self) -> int:
        return min(m.start for m in self.mentions)

    def set(self, **kw) -> None:
        """Context facts: the first one found for a field wins."""
        for k, v in kw.items():
            if v is not None and v is not False and k not in self.ctx:
                setattr(self, k, v)
                self.ctx.add(k)


# --- matchers, built once per (vocab, user dictionaries) ------------------------------------------

_MATCHERS: dict = {}


def _matchers(nlp_vocab, agents: tuple[str, ...], actors: tuple[str, ...], make_doc):
    key = (id(nlp_vocab), agents, actors)
    if key in _MATCHERS:
        return _MATCHERS[key]
    from spacy.matcher import PhraseMatcher

    t = tables()
    kb = kbmod.load()
    roles = dict(t.roles)
    actor_entries, agent_entries = cameo_dict.load(actors, agents)
    for a in agent_entries:  # user agents add or override role nouns
        roles[a.phrase] = Role(a.phrase, a.code[:3], a.phrase, "grp" if a.phrase.endswith("s") else "off",
                               code=a.code, prefix=a.prefix)
    role_m = PhraseMatcher(nlp_vocab, attr="LOWER")
    by_id: dict[int, Role] = {}
    for p, r in roles.items():  # one key per phrase: a match says which role it is, no text to compare
        rkey = "R:" + p
        role_m.add(rkey, [make_doc(p)])
        by_id[nlp_vocab.strings[rkey]] = r
    role_m.add("PRON", [make_doc(p) for p in PRONOUNS])
    name_m = PhraseMatcher(nlp_vocab, attr="ORTH")
    name_m.add("KB", [make_doc(p) for p in kb.phrases()])
    name_m.add("SEAT", [make_doc(p) for p in t.seats] + [make_doc("the " + p) for p in t.seats])
    # capitals the NER may miss ("Kyiv"), except those that are also common names or words
    name_m.add("CAPITAL", [make_doc(c) for c in t.capitals if c not in AMBIGUOUS_CAPITALS])
    user_m = None
    user_phrases: dict[str, cameo_dict.ActorEntry] = {}
    if actor_entries:
        user_m = PhraseMatcher(nlp_vocab, attr="LOWER")
        for e in actor_entries:
            for p in e.phrases:
                user_phrases[p] = e
        user_m.add("USER", [make_doc(p) for p in user_phrases])
    out = (role_m, name_m, roles, user_m, user_phrases, by_id)
    _MATCHERS[key] = out
    return out


@dataclass(frozen=True)
class ActorSettings:
    actor_dicts: tuple[str, ...] = ()  # --actors: CAMEO/PETRARCH actor dictionaries (override the knowledge base)
    agent_dicts: tuple[str, ...] = ()  # --agents: CAMEO/PETRARCH agent dictionaries


@register
class ActorsStage(Stage):
    """One Entity per real-world actor, coded against the publication date the pipeline settled."""

    name = "actors"
    requires = frozenset({"parse", "sections", "entities", "published"})
    provides = frozenset({"actors"})
    Settings = ActorSettings

    def __init__(self, nlp, settings: ActorSettings | None = None):
        super().__init__(nlp, settings)
        cameo_dict.load(self.settings.actor_dicts, self.settings.agent_dicts)  # a bad dictionary fails here
        self.vocab, self.make_doc = nlp.vocab, nlp.make_doc
        self.tables, self.kb = tables(), kbmod.load()  # loaded now, not on the first article
        _matchers(self.vocab, self.settings.agent_dicts, self.settings.actor_dicts, self.make_doc)

    def __call__(self, doc: Document, parse) -> None:
        run(doc, parse, self)


# --- the stage ------------------------------------------------------------------------------------

def run(doc: Document, parse, stage: ActorsStage) -> None:
    global NOUN_TAGS
    sd = parse.doc
    if not NOUN_TAGS:
        NOUN_TAGS = frozenset(sd.vocab.strings.add(x) for x in ("NN", "NNS", "NNP", "NNPS"))
    t = tables()
    kb = kbmod.load()
    date = doc.published.value
    vocab, make_doc = stage.vocab, stage.make_doc
    if sd.vocab is not vocab:
        vocab, make_doc = sd.vocab, (lambda s, _v=sd.vocab: _tokenize(_v, s))
    role_m, name_m, roles, user_m, user_phrases, role_by_id = _matchers(
        vocab, stage.settings.agent_dicts, stage.settings.actor_dicts, make_doc)
    text = doc.text
    kind_at = parse.kind_at

    # sentence index of every token (for pronoun and "the country" windows)
    from spacy.attrs import SENT_START

    flags = sd.to_array(SENT_START)
    sent_starts = [int(k) for k in (flags == 1).nonzero()[0]] or [0]
    if sent_starts[0] != 0:
        sent_starts.insert(0, 0)

    n_tokens = len(sd)

    def sent_bounds(i: int) -> tuple[int, int]:
        k = bisect.bisect_right(sent_starts, i) - 1
        return sent_starts[k], (sent_starts[k + 1] if k + 1 < len(sent_starts) else n_tokens)

    from spacy.attrs import TAG

    tags = sd.to_array(TAG)
    role_found: dict[tuple[int, int], Role] = {}

    def role_of(s: int, e: int) -> Role | None:
        return role_found.get((s, e))

    role_spans = []
    pronoun_tokens = []
    pron_id = sd.vocab.strings["PRON"]
    for mid, s, e in role_m(sd):
        if mid == pron_id:
            pronoun_tokens.append(s)
        elif int(tags[e - 1]) in NOUN_TAGS:
            role_spans.append((s, e))
            role_found[(s, e)] = role_by_id[mid]
    role_spans = _longest(role_spans)
    role_at_end = {e: (s, e) for s, e in role_spans}
    role_starts = [s for s, _ in role_spans]

    in_role = {}  # token -> length of the role phrase covering it
    role_start_len = {}  # first token of a role phrase -> its length
    roles_cls = {}
    for rs, re_ in role_spans:
        role_start_len[rs] = re_ - rs
        r = role_of(rs, re_)
        roles_cls[rs] = r.cls if r else None
        for k in range(rs, re_):
            in_role[k] = re_ - rs

    # 1. mentions --------------------------------------------------------------------------------
    ments: list[M] = []
    taken = bytearray(len(sd) + 1)
    for ent in sd.ents:
        label = ent.label_
        if label not in LABELS:
            continue
        i, j = ent.start, ent.end
        if i in in_role and all(in_role.get(k, 0) > j - i for k in range(i, j)) and not t.country_of(ent.text):
            continue  # "State" in "Secretary of State" is part of a title, not an organisation
        start_char, end_char = ent.start_char, ent.end_char
        # the NER sometimes takes a title or a possessive into the name: "Crown Prince Mohammed bin
        # Salman", "Saudi Arabia's": the title stays a role phrase, the name starts after it
        if j - i > 1 and text[end_char - 1] in "s'’" and sd[j - 1].lower_ in ("'s", "’s", "'"):
            j -= 1
            end_char = sd[j - 1].idx + len(sd[j - 1].text)
        lead = role_start_len.get(i, 0)
        if lead and i + lead < j and sd[i + lead].is_title:
            i += lead
            start_char = sd[i].idx
            if label != "PERSON" and roles_cls.get(i - lead) in PERSON_CLASSES:
                label = "PERSON"
        if label == "PERSON" and i > 0 and sd[i - 1].lower_ in TITLE_HONORIFICS:
            i -= 1
            start_char = sd[i].idx
        ments.append(M(i, j, start_char, end_char, text[start_char:end_char], label, sect=kind_at(start_char) or "body"))
        for k in range(i, j):
            taken[k] = 1
    for mid, s, e in name_m(sd):
        if any(taken[k] for k in range(s, e)):
            inside = [m for m in ments if s <= m.i and m.j <= e]
            # a longer known name beats the NER's partial one ("Maria Corina" in "Maria Corina Machado")
            if not inside or any(taken[k] and not any(m.i <= k < m.j for m in inside) for k in range(s, e)) \
                    or (e - s) <= max(m.j - m.i for m in inside) or sd.vocab.strings[mid] in ("SEAT", "CAPITAL"):
                continue
            for m in inside:
                ments.remove(m)
        kind_of_match = sd.vocab.strings[mid]
        label = {"SEAT": "SEAT", "CAPITAL": "GPE"}.get(kind_of_match)
        span = sd[s:e]
        if label is None:
            row = kb.org(span.text, date) or kb.person(span.text, date)
            if row is None:
                continue
            label = row.type
        ments.append(M(s, e, span.start_char, span.end_char, span.text, label, sect=kind_at(span.start_char) or "body"))
        for k in range(s, e):
            taken[k] = 1
    ments.sort(key=lambda m: m.start)

    # a country name that is also a US state, in an article about the United States, is the state
    ambiguous = {m.text for m in ments if m.label == "GPE" and m.text in t.us_states and t.country_of(m.text)}
    if ambiguous:
        us = any(t.country_of(m.text) == "USA" or (m.text in t.us_states and m.text not in ambiguous) for m in ments)
        if us:
            t = WithoutNames(t, ambiguous)

    # 2. countries in the text: focus country and "the country" resolution --------------------------
    country_mentions: list[tuple[int, str]] = []  # (token, iso) for literal country names
    focus = Counter()
    weak = Counter()
    for m in ments:
        if m.sect not in ("body", "title"):
            continue
        iso = t.country_of(m.text) if m.label in ("GPE", "NORP", "LOC") else None
        if not iso and m.label in ("GPE", "LOC"):
            # capitals and territories only decide when no country is named (they are often metonyms)
            iso = t.capitals.get(_strip_the(m.text)) or t.territory_of(m.text)
            if iso and m.sect in ("body", "title"):
                weak[iso] += 1
                if t.territory_of(m.text):
                    country_mentions.append((m.i, iso))
            continue
        if iso:
            # a country that is talked about (subject, object) counts more than a modifier ("US officials")
            root = sd[m.j - 1]  # the last token of a name is its head
            focus[iso] += 2 if m.label != "NORP" and root.dep_ not in ("compound", "amod", "nmod", "poss") else 1
            if m.label == "GPE":
                country_mentions.append((m.i, iso))
    focus_country = (focus or weak).most_common(1)[0][0] if (focus or weak) else None

    def country_before(i: int) -> str | None:
        best = None
        for k, iso in country_mentions:
            if k < i:
                best = iso
            else:
                break
        return best or focus_country

    # 3. clusters -----------------------------------------------------------------------------------
    clusters: list[C] = []
    keyed: dict[tuple, C] = {}

    def cluster_for(key: tuple, typ: str) -> C:
        c = keyed.get(key)
        if c is None:
            c = C(type=typ)
            keyed[key] = c
            clusters.append(c)
        return c

    persons: list[M] = []
    debris: list[M] = []
    for m in ments:
        if m.sect in NON_ACTOR_SECTIONS:
            debris.append(m)
            continue
        bare = _strip_the(m.text)
        if m.label in ("PERSON", "NORP", "GPE", "FAC", "LOC") and not t.country_of(bare) and bare not in t.capitals:
            row = kb.org(bare, date)  # the NER's label is often wrong for groups ("Houthis" as PERSON)
            if row is not None:
                m.label = row.type
        if m.label == "SEAT" or bare in t.seats:
            iso, sector, srole = t.seats[bare]
            if metonymy.is_agent(sd[m.j - 1] if m.j - m.i > 0 else sd[m.i], default=True) and m.sect != "dateline":
                m.kind = "metonym"
                c = cluster_for(("GOVT", iso, sector), "ORG")
                c.mentions.append(m)
                c.set(country=iso, sector=sector, role=_gov_role(sector))
            else:
                cluster_for(("PLACE", bare), "FAC").mentions.append(m)
            continue
        if m.label in ("GPE", "LOC", "NORP", "FAC"):
            iso = t.country_of(m.text)
            if m.label == "NORP" and iso:
                c = cluster_for(("NORP", iso), "NORP")
                c.mentions.append(m)
                c.set(country=iso)
                continue
            if iso and m.label != "NORP":
                c = cluster_for(("GPE", iso), "GPE")
                c.mentions.append(m)
                c.set(country=iso)
                c.name = t.display.get(iso)
                continue
            terr = t.territory_of(bare)
            if terr and m.label in ("GPE", "LOC"):
                c = cluster_for(("PLACE", nz.key(bare)), "GPE")
                c.mentions.append(m)
                c.attrs["territory_of"] = terr
                continue
            cap = t.capitals.get(bare)
            if cap and m.label == "GPE" and m.i > 0 and sd[m.i - 1].is_title and sd[m.i - 1].pos_ == "PROPN" \
                    and not sd[m.i - 1].ent_type_ and sd[m.i - 1].head.i == m.i:
                # "Ana Lima": a first name glued to a capital's name is a person the NER missed
                first = sd[m.i - 1]
                m.i, m.start, m.label = m.i - 1, first.idx, "PERSON"
                m.text = text[m.start:m.end]
                persons.append(m)
                continue
            if cap and m.label == "GPE":
                if m.sect != "dateline" and metonymy.is_agent(_head(sd, m.i, m.j), default=False):
                    m.kind = "metonym"
                    c = cluster_for(("GOVT", cap, "GOV"), "ORG")
                    c.mentions.append(m)
                    c.set(country=cap, sector="GOV", role="government")
                else:
                    c = cluster_for(("PLACE", nz.key(bare)), "GPE")
                    c.mentions.append(m)
                continue
            low = bare.lower()
            if m.label == "NORP" and low in IDENTITY_CODES:
                c = cluster_for(("NORP", IDENTITY_CODES[low]), "NORP")
                c.mentions.append(m)
                c.attrs["identity"] = IDENTITY_CODES[low]
                c.code, c.sector = IDENTITY_CODES[low], "REL"  # CAMEO identity codes stand alone
                continue
            cluster_for((m.label, nz.key(bare)), m.label).mentions.append(m)
            continue
        if m.label == "PERSON":
            persons.append(m)
            continue
        if m.label == "ORG":
            row = kb.org(m.text, date)
            if row is not None and row.type == "PERSON":
                persons.append(m)
                continue
            key = ("KB", row.name) if row is not None else ("ORG", nz.key(bare))
            c = cluster_for(key, "ORG")
            c.mentions.append(m)
            if row is not None:
                c.kb = row
            elif " " in bare:
                # a body of a known organisation: "AU Commission", "Hamas politburo", "NATO summit"
                head = kb.org(bare.split()[0], date)
                if head is not None and head.type == "ORG" and c.kb is None:
                    c.kb = head
                    c.attrs["part_of"] = head.name
            continue
        cluster_for((m.label, nz.key(bare)), m.label).mentions.append(m)

    _merge_acronyms(clusters, keyed)
    pclusters = _cluster_persons(persons, clusters, sd)
    _relabel_surnames(clusters, pclusters)
    _recover_surnames(sd, pclusters, taken, kind_at)

    # 4. titles and appositions of persons and organisations ---------------------------------------
    used_roles: set[tuple[int, int]] = set()
    by_token: dict[int, C] = {}
    for c in clusters:
        for m in c.mentions:
            for k in range(m.i, m.j):
                by_token[k] = c

    for c in list(clusters):
        if c.type not in ("PERSON", "ORG"):
            continue
        for m in c.mentions:
            if m.kind != "name" or m.sect in NON_ACTOR_SECTIONS:
                continue
            sent_start, sent_end = sent_bounds(m.i)
            r = role_at_end.get(m.i)
            comma = False
            if r is None and m.i >= 2 and sd[m.i - 1].text == "," and (m.i - 1) in role_at_end:
                r = role_at_end.get(m.i - 1)
                comma = True
            if r is not None and r[0] >= sent_start:
                _take_role(c, r, sd, t, role_of, used_roles, sent_start, country_before, m, comma)
                # and an apposition before the title: "Pakistan's army chief, Field Marshal Asim Munir"
                if not comma and r[0] >= 2 and sd[r[0] - 1].text == "," and (r[0] - 1) in role_at_end:
                    r2 = role_at_end[r[0] - 1]
                    if r2[0] >= sent_start:
                        _take_role(c, r2, sd, t, role_of, used_roles, sent_start, country_before, m, True)
            # apposition after the name: "X, the Iraqi prime minister," / "X, a central figure"
            if m.j + 1 < sent_end and sd[m.j].text == ",":
                lo = bisect.bisect_left(role_starts, m.j + 1)
                for s, e in role_spans[lo:lo + 3]:
                    if m.j + 1 <= s <= m.j + 7 and e <= sent_end:
                        between = sd[m.j + 1:s]
                        if any(tok.text in (",", ";") or tok.pos_ in ("VERB", "AUX") for tok in between):
                            break
                        _take_role(c, (s, e), sd, t, role_of, used_roles, m.j + 1, country_before, m, False)
                        break
            # a name of an organisation that says what it is: "Iraqi Army", "Ministry of Defence"
            if c.type == "ORG" and "sector" not in c.ctx and c.kb is None:
                lo = bisect.bisect_left(role_starts, m.i)
                for s, e in role_spans[lo:lo + 4]:
                    if m.i <= s and e <= m.j:
                        role = role_of(s, e)
                        if role is not None and role.sector != "-":
                            iso = None
                            for k in range(m.i, m.j):
                                iso = iso or t.country_of(sd[k].text)
                            c.set(sector=role.sector, role=role.role, cls=role.cls, country=iso)
                            used_roles.add((s, e))

    for c in pclusters:  # the knowledge base tells who holds which office before nominals look for them
        _fill_person(c, kb, date)

    # 5. nominals: role phrases that refer on their own --------------------------------------------
    pending_gov: list[tuple[M, int]] = []
    for s, e in role_spans:
        if (s, e) in used_roles or any(k in by_token for k in range(s, e)):
            continue
        sect = kind_at(sd[s].idx)
        if sect not in ("body", "title", "caption"):
            continue
        role = role_of(s, e)
        if role is None or not role_is_head(sd, s, e):
            continue
        sent_start, sent_end = sent_bounds(s)
        mods = left_modifiers(sd, s, t, floor=sent_start)
        if mods.not_yet or mods.indefinite:
            continue
        iso2, org_i, _ = of_complement(sd, e, t, sent_end)
        country = mods.country or iso2
        if mods.country_word is not None:
            country = country or country_before(mods.country_word)
        head = sd[e - 1]
        plural = head.tag_ in ("NNS", "NNPS")
        start_tok = mods.start
        if mods.pronoun is not None and mods.pronoun == start_tok:
            start_tok = mods.pronoun + 1  # "his spokesperson": the pronoun is its own mention
        span = sd[start_tok:e]
        mention = M(start_tok, e, span.start_char, span.end_char, span.text, "NOMINAL", kind="nominal", sect=sect)
        if role.cls in PERSON_CLASSES and not plural:
            if not (mods.definite or country or mods.org is not None):
                continue
            ante = _antecedent(pclusters, role, country, s)
            if ante is not None:
                ante.mentions.append(mention)
                if country and ante.country is None:
                    ante.set(country=country)  # "the South African archbishop" says where he is from
                continue
            if role.cls in ("hos", "hog", "fm", "dm") and (country or focus_country) and mods.definite and date:
                row = kb.holder(country or focus_country, role.role, date)
                if row is not None and not mods.former:
                    c = _kb_person_cluster(pclusters, clusters, row)
                    c.mentions.append(mention)
                    continue
            c = C(type="PERSON")
            c.mentions.append(mention)
            c.set(role=role.role, cls=role.cls, country=country, former=mods.former,
                  sector=None if role.sector == "-" else role.sector)
            if mods.pronoun is not None:
                c.anchor_pron = mods.pronoun
            c.attrs["nominal"] = True
            clusters.append(c)
            continue
        # groups and organisations
        if role.cls in ("grp", "org", "lead") or plural:
            if mods.former or (role.cls == "lead" and not (country or mods.org is not None)):
                continue
            if role.cls == "org" and not plural and not (mods.definite or country or mods.pronoun is not None or mods.country_word is not None):
                continue
            basis = "context"
            if country is None and role.phrase in GOVERNMENT_WORDS and not plural:
                if mods.pronoun is not None:  # "his government": whose, once pronouns are resolved
                    pending_gov.append((mention, ("pron", mods.pronoun)))
                    continue
                if mods.person is not None:  # "Sudani's government"
                    pending_gov.append((mention, ("tok", mods.person)))
                    continue
            if country is None and mods.org is None:
                country = focus_country if role.sector not in ("IGO", "NGO") else None
                basis = "article focus"
            if role.phrase in GOVERNMENT_WORDS and plural and role.phrase != "authorities":
                continue  # "previous governments": not one actor
            if role.sector == "GOV" and role.phrase in GOVERNMENT_WORDS and country and not plural:
                c = cluster_for(("GOVT", country, "GOV"), "ORG")
                c.mentions.append(mention)
                c.set(country=country, sector="GOV", role="government")
                continue
            named = None
            if mods.definite and mods.pronoun is None and (plural or role.cls == "org"):
                named = _named_group(clusters, role, mods.country or iso2, s, latest=not plural)
            if named is not None:  # "the Yemeni rebels" after "the Houthis"
                named.mentions.append(mention)
                if role.sector not in ("-",) and named.sector is None and named.kb is None:
                    named.set(sector=role.sector)  # "the firm": a business
                continue
            c = cluster_for(("GROUP", country, role.sector if role.sector != "-" else role.role, mods.identity), "ORG")
            c.mentions.append(mention)
            if role.code:
                c.attrs["agent"] = (role.code, role.prefix)
            c.set(country=country, sector=None if role.sector == "-" else role.sector, role=role.role, cls=role.cls,
                  former=mods.former)
            c.attrs.setdefault("nominal", True)
            if basis != "context":
                c.attrs["country_basis"] = basis
            if mods.identity:
                c.attrs["identity"] = mods.identity

    # 6. pronouns ------------------------------------------------------------------------------------
    pron_cluster: dict[int, C] = {}
    person_by_token: dict[int, C] = {}
    for c in clusters:
        if c.type == "PERSON":
            for m in c.mentions:
                for k in range(m.i, m.j):
                    person_by_token[k] = c
    for pi in pronoun_tokens:
        tok = sd[pi]
        g = PRONOUNS.get(tok.lower_)
        if g is None or kind_at(tok.idx) not in ("body", "title"):
            continue
        if tok.lower_ == "her" and tok.dep_ not in ("poss", "dobj", "pobj", "dative"):
            continue
        sec = parse.section_at(tok.idx)
        before = text[sec.start:tok.idx] if sec is not None else ""
        quoted = before.count('"') % 2 == 1 or before.count("“") > before.count("”")
        c = _resolve_pronoun(sd, tok, g, person_by_token, sent_starts, kind_at, sent_bounds(pi), quoted)
        if c is None:
            continue
        c.mentions.append(M(tok.i, tok.i + 1, tok.idx, tok.idx + len(tok.text), tok.text, "PRON", kind="pronoun"))
        c.gender = c.gender or g  # a person called "she" once is not "he" later
        pron_cluster[tok.i] = c
        person_by_token[tok.i] = c

    # relational roles: "his spokesperson Tommy Pigott" belongs to whoever "his" is
    for c in clusters:
        if c.anchor_pron is not None:
            a = pron_cluster.get(c.anchor_pron)
            if a is not None and a is not c:
                c.anchor = a

    # 7. knowledge base, affiliations, anchors, codes ---------------------------------------------
    for c in clusters:
        if c.type == "PERSON":
            if c.kb is None:
                _fill_person(c, kb, date)
        elif c.kb is not None:
            _fill_from_row(c, c.kb, date)
    owner: dict[int, C] = {}
    for c in clusters:
        for m in c.mentions:
            for k in range(m.i, m.j):
                owner.setdefault(k, c)
    for c in clusters:  # "Hezbollah leader X", "the group's leader X": the organisation gives the affiliation
        tok = c.attrs.pop("org_token", None)
        if tok is None:
            continue
        o = _latest_org(clusters, tok[1]) if isinstance(tok, tuple) else owner.get(tok)
        if o is None or o is c:
            continue
        c.attrs["org"] = o
        if c.country is None and o.code and o.sector in ("IGO", "NGO", "IMG"):
            c.code, c.sector = o.code, o.sector  # an officer of an international body carries its code
            continue
        if c.country is None:
            c.country = o.country
        if c.sector is None or (c.cls == "lead" and "sector" not in c.ctx):
            c.sector = o.sector
    for mention, (how, p) in pending_gov:
        a = pron_cluster.get(p) if how == "pron" else owner.get(p)
        if a is not None and a.country:
            g = cluster_for(("GOVT", a.country, "GOV"), "ORG")
            g.mentions.append(mention)
            g.set(country=a.country, sector="GOV", role="government")
    for c in clusters:
        if c.country is not None or "country" in c.ctx or c.anchor is not None or c.sector in ("IGO", "NGO", "IMG") \
                or "org" in c.attrs:  # an organisation's officer belongs where the organisation does
            continue
        if (c.type == "ORG" and c.sector is not None) or (c.type == "PERSON" and c.role and c.kb is None):
            c.country = focus_country  # an unqualified "President X" or "police": the country the article is about
            c.attrs["country_basis"] = "article focus"
    for c in clusters:
        a = c.anchor
        if a is not None:
            c.attrs["of"] = a
            if c.country is None:
                c.country = a.country
            if c.sector is None or (c.cls == "rel" and "sector" not in c.ctx):
                c.sector = a.sector if a.sector not in ("ELI",) else "GOV"
    _merge_groups_into_named(clusters)
    _apply_user_dicts(sd, clusters, user_m, user_phrases, date)

    # 8. entities ------------------------------------------------------------------------------------
    out: list[Entity] = []
    ordered = sorted((c for c in clusters if c.mentions), key=C.first)
    ids = {id(c): f"e{n + 1}" for n, c in enumerate(ordered)}
    for c in ordered:
        out.append(_entity(c, ids, text, date))
    n = len(out)
    groups: dict[tuple, Entity] = {}
    for m in debris:
        key = (m.label, nz.key(m.text))
        e = groups.get(key)
        if e is None:
            n += 1
            e = Entity(id=f"e{n}", name=" ".join(m.text.split()), type=m.label if m.label in LABELS else "ORG",
                       attrs={"section": m.sect, "actor": False})
            groups[key] = e
            out.append(e)
        e.mentions.append(Mention(start=m.start, end=m.end, text=m.text, kind="name"))
    doc.entities = out


# --- helpers ------------------------------------------------------------------------------------

def _tokenize(vocab, s):
    from spacy.tokens import Doc

    return Doc(vocab, words=s.split())


def _longest(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    spans = sorted(spans, key=lambda x: (-(x[1] - x[0]), x[0]))
    seen = set()
    out = []
    for s, e in spans:
        if any(k in seen for k in range(s, e)):
            continue
        out.append((s, e))
        seen.update(range(s, e))
    return sorted(out)


@lru_cache(maxsize=20_000)
def _strip_the(s: str) -> str:
    s = " ".join(s.split())
    return s[4:] if s[:4].lower() == "the " else s


def _head(sd, i: int, j: int):
    span = sd[i:j]
    return span.root


def _gov_role(sector: str) -> str:
    return {"GOV": "government", "MIL": "military", "LEG": "legislature"}.get(sector, "government")


def _merge_acronyms(clusters: list[C], keyed: dict) -> None:
    """'UN' and 'United Nations' in one article: an all-capitals name that spells another's initials."""
    orgs = [c for c in clusters if c.type == "ORG" and c.kb is None]
    longs = {}
    for c in orgs:
        words = [w for w in _strip_the(c.mentions[0].text).split() if w[:1].isupper() and w.lower() not in ("of", "for", "and")]
        if len(words) >= 2:
            longs["".join(w[0] for w in words).upper()] = c
    for c in orgs:
        name = _strip_the(c.mentions[0].text).replace(".", "")
        if name.isupper() and 2 <= len(name) <= 6 and name in longs and longs[name] is not c:
            target = longs[name]
            target.mentions.extend(c.mentions)
            c.mentions = []


def _cluster_persons(persons: list[M], clusters: list[C], sd) -> list[C]:
    """Names of one person into one cluster: full names first, then surnames and partial names."""
    pcs: list[C] = []
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
            if nz.same_name(toks, c.tokens) or nz.is_part_of(toks, c.tokens):
                exact = sum(1 for x in toks if x in c.tokens)
                near = max(abs(mm.start - m.start) for mm in c.mentions)
                score = (exact, -near)
                if best is None or score > best_score:
                    best, best_score = c, score
        if best is None:
            best = C(type="PERSON", tokens=toks)
            pcs.append(best)
            clusters.append(best)
        best.mentions.append(m)
        low = m.text.split()[0].lower()
        if low in GENDER_HONORIFICS:
            best.gender = best.gender or GENDER_HONORIFICS[low]
    return pcs


def _recover_surnames(sd, pcs: list[C], taken, kind_at) -> None:
    """Surnames the NER missed ("Araqchi said"): exact repeats of a known person's last name."""
    from spacy.attrs import ORTH

    want = {}
    for c in pcs:
        for m in c.mentions:
            if m.j - m.i >= 2 and sd[m.j - 1].is_title:
                want.setdefault(sd[m.j - 1].orth, set()).add(id(c))
    if not want:
        return
    by_id = {id(c): c for c in pcs}
    orths = sd.to_array(ORTH).tolist()
    for k in [k for k, o in enumerate(orths) if o in want]:
        owners = want[orths[k]]
        if taken[k] or len(owners) != 1 or (k > 0 and sd[k - 1].is_title and sd[k - 1].pos_ == "PROPN"):
            continue
        tok = sd[k]
        sect = kind_at(tok.idx) or "body"
        if sect in NON_ACTOR_SECTIONS:
            continue
        by_id[next(iter(owners))].mentions.append(M(k, k + 1, tok.idx, tok.idx + len(tok.text), tok.text, "PERSON", sect=sect))
        taken[k] = 1


def _relabel_surnames(clusters: list[C], pcs: list[C]) -> None:
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


def _take_role(c: C, r: tuple[int, int], sd, t, role_of, used: set, floor: int, country_before, m: M, comma: bool) -> None:
    s, e = r
    role = role_of(s, e)
    if role is None:
        return
    used.add(r)
    mods = left_modifiers(sd, s, t, floor=floor)
    iso2, org_i, _ = of_complement(sd, e, t, len(sd))
    country = mods.country or iso2
    if mods.country_word is not None:
        country = country or country_before(mods.country_word)
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
    if mods.org is not None or org_i is not None:
        c.attrs["org_token"] = org_i if org_i is not None else mods.org
    elif mods.org_word is not None:
        c.attrs["org_token"] = ("word", mods.org_word)


def _antecedent(pcs: list[C], role: Role, country: str | None, before: int) -> C | None:
    """The latest person mentioned before token `before` whose role contains this role word."""
    word = role.phrase.split()[-1]
    best = None
    best_pos = -1
    for c in pcs:
        if not c.role:
            continue
        croles = c.role.lower()
        same = word in croles or role.role.lower() == croles
        leader = role.phrase == "leader" and country and c.cls in ("hos", "hog")  # "the Chinese leader"
        if not same and not leader and role.cls != c.cls:
            continue
        if role.cls in ("min", "off", "lead") and not same and not leader:
            continue
        if country and c.country and c.country != country:
            continue
        pos = max((m.i for m in c.mentions if m.i < before), default=-1)
        if pos > best_pos:
            best, best_pos = c, pos
    return best


def _latest_org(clusters: list[C], before: int) -> C | None:
    """The organisation (by name) mentioned last before token `before` ("the group's leader")."""
    best, pos = None, -1
    for c in clusters:
        if c.type != "ORG" or c.attrs.get("nominal"):
            continue
        for m in c.mentions:
            if m.kind == "name" and pos < m.i < before:
                best, pos = c, m.i
    return best


ARMED_SECTORS = frozenset({"MIL", "REB", "UAF", "COP"})


def _merge_groups_into_named(clusters: list[C]) -> None:
    """"Israeli troops" and the IDF (named later as "the Israeli military"): an armed group noun joins
    the one named armed body of the same country and sector."""
    named: dict[tuple, list[C]] = {}
    for c in clusters:
        if c.type == "ORG" and not c.attrs.get("nominal") and c.mentions and c.sector in ARMED_SECTORS and c.country:
            named.setdefault((c.country, c.sector), []).append(c)
    for c in clusters:
        if c.attrs.get("nominal") and c.type == "ORG" and c.sector in ARMED_SECTORS and c.mentions:
            target = named.get((c.country, c.sector), [])
            if len(target) == 1 and "country_basis" not in c.attrs:
                target[0].mentions.extend(c.mentions)
                c.mentions = []


GROUP_SECTORS = frozenset({"REB", "UAF", "MIL", "COP", "SPY", "PTY", "OPP", "IMG"})


def _named_group(clusters: list[C], role: Role, country: str | None, before: int, latest: bool = False) -> C | None:
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


def _kb_person_cluster(pcs: list[C], clusters: list[C], row) -> C:
    toks = nz.name_tokens(row.name)
    for c in pcs:
        if nz.same_name(toks, c.tokens) or (c.tokens and nz.is_part_of(c.tokens, toks)):
            return c
    c = C(type="PERSON", tokens=toks, name=row.name)
    pcs.append(c)
    clusters.append(c)
    return c


def _resolve_pronoun(sd, tok, gender: str, person_by_token: dict, sent_starts: list[int], kind_at, bounds,
                     quoted: bool = False) -> C | None:
    def ok(c):
        return c is not None and (c.gender is None or c.gender == gender)

    # the subject of a governing clause: "Rubio said he hoped", "Rubio said his country..."
    node = tok
    for _ in range(6):
        head = node.head
        if head is node:
            break
        for ch in head.children:
            if ch.dep_ in ("nsubj", "nsubjpass") and ch.i < tok.i and ch is not node:
                c = _person_at(ch, person_by_token)
                if ok(c):
                    return c
        node = head
    if quoted:
        return None  # inside a quotation "he"/"she" is seldom the person nearby (often not the speaker)
    # otherwise one person in the sentence so far, or in the previous body sentence
    cands = {id(c): c for k in range(bounds[0], tok.i) if (c := person_by_token.get(k)) is not None and ok(c)}
    if len(cands) == 1:
        return next(iter(cands.values()))
    if cands:
        return None
    si = bisect.bisect_right(sent_starts, tok.i) - 1
    for back in range(si - 1, max(si - 4, -1), -1):
        start = sent_starts[back]
        end = sent_starts[back + 1] if back + 1 < len(sent_starts) else len(sd)
        if kind_at(sd[start].idx) not in ("body", "title"):
            continue
        cands = {id(c): c for k in range(start, end) if (c := person_by_token.get(k)) is not None and ok(c)}
        if len(cands) == 1:
            return next(iter(cands.values()))
        if len(cands) > 1:
            root = sd[start:end].root
            for ch in root.children:
                if ch.dep_ == "nsubj":
                    c = _person_at(ch, person_by_token)
                    if c is not None and ok(c):
                        return c
            return None
    return None


def _person_at(tok, person_by_token: dict):
    """The person a subject token names (the token itself, not a person inside its phrase:
    "an aide to Milei" is not Milei)."""
    return person_by_token.get(tok.i)


def _fill_person(c: C, kb, date) -> None:
    names = sorted({m.text for m in c.mentions if m.kind == "name"}, key=lambda n: len(nz.name_tokens(n)), reverse=True)
    row = None
    longest = len(nz.name_tokens(names[0])) if names else 0
    for n in names:
        if longest >= 2 and len(nz.name_tokens(n)) < 2:
            break  # "Feroz Abbasi" is not in the table: his surname alone must not find another Abbasi
        row = kb.person(n, date)
        if row is not None:
            break
    if row is None:
        return
    if "country" in c.ctx and row.country and c.country != row.country:
        return  # the article says otherwise: a different person of that name
    c.kb = row
    _fill_from_row(c, row, date)


def _fill_from_row(c: C, row, date) -> None:
    if "country" not in c.ctx:
        c.country = row.country
    if "sector" not in c.ctx:
        c.sector = row.sector
    if "role" not in c.ctx:
        c.role = row.role
        r = tables().roles.get((row.role or "").lower())
        c.cls = r.cls if r else c.cls
        if "former" not in c.ctx:
            c.former = kbmod.is_former(row, date)
    if row.code and "sector" not in c.ctx:
        c.code = row.code
    if row.media:
        c.attrs["media"] = True


def _apply_user_dicts(sd, clusters: list[C], user_m, user_phrases: dict, date) -> None:
    if user_m is None:
        return
    import pycountry

    span_owner = {}
    for c in clusters:
        for m in c.mentions:
            span_owner[(m.i, m.j)] = c
            for k in range(m.i, m.j):
                span_owner.setdefault(k, c)
    for _, s, e in _user_matches(user_m, sd):
        entry = user_phrases.get(sd[s:e].text.lower()) or user_phrases.get(" ".join(sd[s:e].text.lower().split()))
        if entry is None:
            continue
        code = entry.code_at(date)
        c = span_owner.get((s, e)) or span_owner.get(s) or span_owner.get(e - 1)
        if c is None:
            c = C(type="ORG")
            span = sd[s:e]
            c.mentions.append(M(s, e, span.start_char, span.end_char, span.text, "USER"))
            clusters.append(c)
        if not code:  # '---': the dictionary says this is not an actor
            c.attrs["actor"] = False
            c.code = None
            c.country = c.sector = None
            continue
        c.code = code
        c.attrs["code_source"] = "dictionary"
        if pycountry.countries.get(alpha_3=code[:3]):
            c.country, c.sector = code[:3], (code[3:6] or None)
        else:
            c.country, c.sector = None, code[:3]


def _user_matches(user_m, sd):
    return _longest_matches(user_m(sd))


def _longest_matches(matches):
    spans = _longest([(s, e) for _, s, e in matches])
    return [(0, s, e) for s, e in spans]


def _entity(c: C, ids: dict, text: str, date) -> Entity:
    seen = set()
    mentions = []
    for m in sorted(c.mentions, key=lambda m: (m.start, -m.end)):
        if (m.start, m.end) in seen:
            continue
        seen.add((m.start, m.end))
        mentions.append(Mention(start=m.start, end=m.end, text=text[m.start:m.end], kind=m.kind))
    names = [m for m in c.mentions if m.kind == "name"]
    if c.type == "GPE" and c.name:
        name = c.name
    elif c.type == "PERSON" and names:
        best = max(names, key=lambda m: (len(nz.name_tokens(m.text)), len(m.text)))
        name = _drop_honorific(best.text)
    elif names:
        name = _strip_the(max(names, key=lambda m: len(_strip_the(m.text))).text)
    elif c.name:
        name = c.name
    elif c.kb is not None:
        name = c.kb.name
    elif c.mentions and c.mentions[0].kind == "metonym" or c.role == "government" and c.country:
        from .tables import tables as _t

        name = f"{_t().adjective.get(c.country, c.country)} {c.role or 'government'}" if c.country else "government"
    else:
        name = _strip_the(c.mentions[0].text)
    if c.kb is not None and c.type == "PERSON" and len(name.split()) < len(c.kb.name.split()) and not names:
        name = c.kb.name
    name = " ".join(name.split())
    aliases = sorted({" ".join(_strip_the(m.text).split()) for m in c.mentions if m.kind in ("name", "metonym")} - {name})
    attrs = dict(c.attrs)
    for k in ("of", "org"):
        if k in attrs:
            attrs[k] = ids.get(id(attrs[k]))
    attrs.pop("org_token", None)
    agent = attrs.pop("agent", None)
    actor = None
    if attrs.get("actor") is not False and (c.country or c.sector or c.code):
        if c.former and c.sector in ("GOV", "MIL", "LEG", "JUD", None) and "code_source" not in attrs:
            sector = "ELI"  # CAMEO: former officials are elites (codebook 3.2.4)
        else:
            sector = c.sector
        code = c.code if c.code and (c.kb is None or "sector" not in c.ctx or "code_source" in attrs) else None
        if code is None:
            if agent and not c.former:  # a user agent's code: ~CODE after the country, CODE~ before it
                code = (agent[0] + (c.country or "")) if agent[1] else ((c.country or "") + agent[0])
            else:
                code = ((c.country or "") + (sector or "")) or None
        actor = Actor(code=code, country=c.country, sector=sector, role=c.role, former=c.former)
    if c.kb is not None:
        attrs.setdefault("kb", c.kb.name)
    if attrs.get("media"):
        pass
    elif c.sector == "MED" and c.type == "ORG":
        attrs["media"] = True
    typ = c.type
    return Entity(id=ids[id(c)], name=name, type=typ, aliases=aliases, mentions=mentions, actor=actor, attrs=attrs)


def _drop_honorific(s: str) -> str:
    parts = s.split()
    while len(parts) > 1 and parts[0].lower().rstrip(".") in nz.HONORIFICS:
        parts = parts[1:]
    return " ".join(parts)
