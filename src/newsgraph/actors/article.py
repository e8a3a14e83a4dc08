"""What the actors phases share for one article: its mentions, its clusters, and the facts found so far.

`ActorMention` is one stretch of text that may name an actor (a name, a role noun, a pronoun, a
metonym), with token and character offsets; `ActorCluster` is the mentions of one actor with what is
known about it; `ArticleContext` is the one object every phase reads and adds to, in order.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import lru_cache

from ..columns import column
from . import kb as kbmod
from .tables import Role

# the sections whose names are credits, not actors: kept as marked non-actor entities
NON_ACTOR_SECTIONS = frozenset({"credit", "byline", "published"})


@dataclass
class ActorMention:
    i: int  # first token
    j: int  # token after the last
    start: int  # character offsets in the document text
    end: int
    text: str
    label: str  # NER label, or SEAT / NOMINAL / PRON / USER for mentions the NER did not give
    kind: str = "name"  # name | nominal | pronoun | metonym (model.Mention.kind)
    sect: str = "body"  # the kind of section it is in
    # a capital's name read as the given name of a person named in full ("Paris Hilton ... Paris said":
    # clusters._first_name_of); its entity says so (attrs.given_name), and the places stage makes no place of it
    given: bool = False


@dataclass(eq=False)  # one cluster is one actor: compared and hashed by identity
class ActorCluster:
    type: str
    mentions: list[ActorMention] = field(default_factory=list)
    tokens: list[str] = field(default_factory=list)  # fullest person name, folded
    name: str | None = None
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    cls: str | None = None
    former: bool = False
    code: str | None = None
    kb: kbmod.KBRow | None = None
    anchor: ActorCluster | None = None  # the person a relational role belongs to ("his spokesperson")
    anchor_pron: int | None = None  # token of the possessive pronoun that says whose
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


@dataclass
class ArticleContext:
    """One article on its way through the phases (see stage.py for their order)."""

    doc: object  # model.Document
    parse: object  # nlp.Parse
    res: object  # resources.Resources: the stage's matchers and tables
    tables: object  # tables.Tables (or WithoutNames once the article says "Georgia" is a state)
    date: str | None  # ISO publication date: tenures and dated dictionary codes are checked against it
    sent_starts: list[int] = field(default_factory=list)
    # role phrases (roles.find_roles)
    role_found: dict[tuple[int, int], Role] = field(default_factory=dict)
    role_spans: list[tuple[int, int]] = field(default_factory=list)  # longest, in text order
    role_at_end: dict[int, tuple[int, int]] = field(default_factory=dict)
    role_starts: list[int] = field(default_factory=list)
    in_role: dict[int, int] = field(default_factory=dict)  # token -> length of the role phrase covering it
    role_start_len: dict[int, int] = field(default_factory=dict)  # first token of a role phrase -> its length
    role_cls: dict[int, str | None] = field(default_factory=dict)  # first token of a role phrase -> its class
    pronoun_tokens: list[int] = field(default_factory=list)
    # mentions (mentions.find_mentions)
    mentions: list[ActorMention] = field(default_factory=list)
    taken: bytearray = field(default_factory=bytearray)  # tokens inside a name mention
    # countries (countries.find_countries)
    country_mentions: list[tuple[int, str]] = field(default_factory=list)  # (token, iso) of literal country names
    focus_country: str | None = None
    country_ranking: list[str] = field(default_factory=list)  # every country pointed to, focus first
    # clusters (clusters.cluster_mentions and later phases)
    clusters: list[ActorCluster] = field(default_factory=list)
    keyed: dict[tuple, ActorCluster] = field(default_factory=dict)
    person_mentions: list[ActorMention] = field(default_factory=list)
    persons: list[ActorCluster] = field(default_factory=list)
    debris: list[ActorMention] = field(default_factory=list)  # mentions in credits and bylines
    used_roles: set[tuple[int, int]] = field(default_factory=set)
    pending_gov: list[tuple[ActorMention, tuple[str, int]]] = field(default_factory=list)  # "his government"
    pron_cluster: dict[int, ActorCluster] = field(default_factory=dict)  # pronoun token -> person

    @property
    def sd(self):
        """The spaCy Doc of the whole article."""
        return self.parse.doc

    @property
    def ents(self) -> tuple:
        """The parser's entities (made once per article, shared with the other stages)."""
        return self.parse.ents

    @property
    def text(self) -> str:
        return self.doc.text

    def kind_at(self, char: int) -> str | None:
        return self.parse.kind_at(char)

    def role_of(self, s: int, e: int) -> Role | None:
        return self.role_found.get((s, e))

    def roles_within(self, start: int, end: int) -> list[tuple[int, int]]:
        """The role phrases inside tokens [start, end), in text order (role_spans are sorted and do not
        overlap, so a bisect finds them: a scan of every phrase per modifier grew with the article)."""
        lo = bisect.bisect_left(self.role_starts, start)
        hi = bisect.bisect_left(self.role_starts, end, lo)
        return [(a, b) for a, b in self.role_spans[lo:hi] if b <= end]

    def sent_bounds(self, i: int) -> tuple[int, int]:
        """[first token, token after the last) of the sentence holding token i."""
        starts = self.sent_starts
        k = bisect.bisect_right(starts, i) - 1
        return starts[k], (starts[k + 1] if k + 1 < len(starts) else len(self.parse.doc))

    def country_before(self, i: int) -> str | None:
        """The country named last before token i ("the country's"), else the article's focus country."""
        best = None
        for k, iso in self.country_mentions:
            if k < i:
                best = iso
            else:
                break
        return best or self.focus_country

    def cluster_for(self, key: tuple, typ: str) -> ActorCluster:
        """The one cluster of this key (a country, a government, a group), made on first use."""
        c = self.keyed.get(key)
        if c is None:
            c = ActorCluster(type=typ)
            self.keyed[key] = c
            self.clusters.append(c)
        return c

    def token_owner(self, first_wins: bool = False) -> dict[int, ActorCluster]:
        """token -> the cluster with a mention covering it (the last cluster listed wins, or the first)."""
        owner: dict[int, ActorCluster] = {}
        for c in self.clusters:
            for m in c.mentions:
                for k in range(m.i, m.j):
                    if first_wins:
                        owner.setdefault(k, c)
                    else:
                        owner[k] = c
        return owner


def sentence_starts(sd) -> list[int]:
    """First token of every sentence (0 always first)."""
    from spacy.attrs import SENT_START

    flags = column(sd, SENT_START)
    starts = (flags == 1).nonzero()[0].tolist() or [0]  # Python ints in one call, not one int() per sentence
    if starts[0] != 0:
        starts.insert(0, 0)
    return starts


def longest(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Non-overlapping spans, longer first, in text order."""
    spans = sorted(spans, key=lambda x: (-(x[1] - x[0]), x[0]))
    seen = set()
    out = []
    for s, e in spans:
        if any(k in seen for k in range(s, e)):
            continue
        out.append((s, e))
        seen.update(range(s, e))
    return sorted(out)


@lru_cache(maxsize=20_000)  # called for every mention by several phases
def strip_the(s: str) -> str:
    s = " ".join(s.split())
    return s[4:] if s[:4].lower() == "the " else s
