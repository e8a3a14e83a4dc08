"""Gender pronouns to persons, only when unambiguous; then relational roles to whose they are.

"Rubio said he hoped": the subject of a governing clause; else the one person of the sentence so
far, or of an earlier body sentence (its subject when it has several). Inside a quotation only the
governing subject counts. "his spokesperson Tommy Pigott" then belongs to whoever "his" is.
"""

from __future__ import annotations

import bisect

from .article import ActorCluster, ActorMention, ArticleContext
from .resources import PRONOUNS


def resolve_pronouns(ctx: ArticleContext) -> None:
    sd = ctx.sd
    person_by_token: dict[int, ActorCluster] = {}
    for c in ctx.clusters:
        if c.type == "PERSON":
            for m in c.mentions:
                for k in range(m.i, m.j):
                    person_by_token[k] = c
    for pi in ctx.pronoun_tokens:
        tok = sd[pi]
        g = PRONOUNS.get(tok.lower_)
        if g is None or ctx.kind_at(tok.idx) not in ("body", "title"):
            continue
        if tok.lower_ == "her" and tok.dep_ not in ("poss", "dobj", "pobj", "dative"):
            continue
        c = _resolve(ctx, tok, g, person_by_token, _in_quotation(ctx, tok))
        if c is None:
            continue
        c.mentions.append(ActorMention(tok.i, tok.i + 1, tok.idx, tok.idx + len(tok.text), tok.text, "PRON",
                                       kind="pronoun"))
        c.gender = c.gender or g  # a person called "she" once is not "he" later
        ctx.pron_cluster[tok.i] = c
        person_by_token[tok.i] = c
    # relational roles: "his spokesperson Tommy Pigott" belongs to whoever "his" is
    for c in ctx.clusters:
        if c.anchor_pron is not None:
            a = ctx.pron_cluster.get(c.anchor_pron)
            if a is not None and a is not c:
                c.anchor = a


def _in_quotation(ctx: ArticleContext, tok) -> bool:
    """An odd number of quotation marks before the token in its section."""
    sec = ctx.parse.section_at(tok.idx)
    before = ctx.text[sec.start:tok.idx] if sec is not None else ""
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


def _resolve(ctx: ArticleContext, tok, gender: str, person_by_token: dict, quoted: bool) -> ActorCluster | None:
    bound = _clause_subjects(tok, person_by_token)

    def ok(c):
        return c is not None and (c.gender is None or c.gender == gender) and not any(c is b for b in bound)

    # the subject of a governing clause: "Rubio said he hoped", "Rubio said his country..."
    node = tok
    for _ in range(6):
        head = node.head
        if head.i == node.i:  # spaCy makes a new Token on each read: compare positions, never identity
            break
        for ch in head.children:
            if ch.dep_ in ("nsubj", "nsubjpass") and ch.i < tok.i and ch.i != node.i:
                c = person_by_token.get(ch.i)  # the subject itself, not a person inside its phrase
                if ok(c):                      # ("an aide to Milei" is not Milei)
                    return c
        node = head
    if quoted:
        return None  # inside a quotation "he"/"she" is seldom the person nearby (often not the speaker)
    # otherwise one person in the sentence so far, or in the previous body sentence
    first, _ = ctx.sent_bounds(tok.i)
    cands = _persons_in(person_by_token, range(first, tok.i), ok)
    if len(cands) == 1:
        return cands[0]
    if cands:
        return None
    return _from_earlier_sentence(ctx, tok, person_by_token, ok)


# object pronouns: never their own clause's subject ("Sudani welcomed him": not Sudani; that is "himself")
OBJECT_PRONOUNS = frozenset({"him", "her"})


# what makes a clause its own ("because to her, there's nothing ...": the "there" clause is hers to be in)
CLAUSE_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})


# prepositions that bring in a verb's own participant ("spoke with him", "talked to her", "voted against him")
ARGUMENT_PREPS = frozenset({"with", "to", "at", "for", "about", "against", "from", "on", "of", "by"})


def _clause_subjects(tok, person_by_token: dict) -> list[ActorCluster]:
    """The persons that are the subject of the nearest clause above an object pronoun that has one
    ("welcomed him", "spoke with him", "handed him a letter and took him", "After meeting him, X said":
    a clause with no subject of its own is its controller's)."""
    if tok.lower_ not in OBJECT_PRONOUNS or tok.dep_ not in ("dobj", "dative", "pobj"):
        return []
    node = tok.head
    if tok.dep_ == "pobj":  # "spoke with him"; not a phrase of a phrase ("because to her", "near him")
        if node.dep_ != "prep" or node.lower_ not in ARGUMENT_PREPS or node.head.pos_ not in ("VERB", "AUX"):
            return []
        node = node.head
    while not any(ch.dep_ in CLAUSE_SUBJECTS for ch in node.children) and node.head.i != node.i:
        if node.dep_ == "xcomp" and _object_controls(node.head):
            return []  # "called on Liberians to stand by him": the Liberians stand, "him" may be the caller
        node = node.head
    return [person_by_token[ch.i] for ch in node.children if ch.dep_ == "nsubj" and ch.i in person_by_token]


def _object_controls(verb) -> bool:
    """The verb's object is the subject of its infinitive ("urged X to", "called on X to")."""
    return any(ch.dep_ == "dobj" or (ch.dep_ == "prep" and ch.lower_ == "on") for ch in verb.children)


def _persons_in(person_by_token: dict, tokens: range, ok) -> list[ActorCluster]:
    """The distinct persons (passing `ok`) mentioned at these tokens, in order."""
    out: list[ActorCluster] = []
    for k in tokens:
        c = person_by_token.get(k)
        if c is not None and ok(c) and not any(c is o for o in out):
            out.append(c)
    return out


def _from_earlier_sentence(ctx: ArticleContext, tok, person_by_token: dict, ok) -> ActorCluster | None:
    """The one person of one of the three previous body sentences (its subject when it names several)."""
    sd, starts = ctx.sd, ctx.sent_starts
    si = bisect.bisect_right(starts, tok.i) - 1
    for back in range(si - 1, max(si - 4, -1), -1):
        start = starts[back]
        end = starts[back + 1] if back + 1 < len(starts) else len(sd)
        if ctx.kind_at(sd[start].idx) not in ("body", "title"):
            continue
        cands = _persons_in(person_by_token, range(start, end), ok)
        if len(cands) == 1:
            return cands[0]
        if len(cands) > 1:
            root = sd[start:end].root
            for ch in root.children:
                if ch.dep_ == "nsubj":
                    c = person_by_token.get(ch.i)
                    if c is not None and ok(c):
                        return c
            return None
    return None
