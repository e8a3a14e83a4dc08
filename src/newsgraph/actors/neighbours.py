""""its neighbour" with no name beside it: the other country the article named last.

"Morocco and Algeria have long been at odds. Rabat accused its neighbour of backing the rebels": a
definite description needs an antecedent in the discourse, and "its neighbour" is a country other than
"its" owner, so it is the country named last before it that is not the owner's own. When the article
named no such country ("Seoul accused its northern neighbour"), it stays unresolved: knowing which
country borders which is not this stage's knowledge. A name beside it ("its neighbour Eritrea") is
that name's mention already and is left alone.

Cheap: an article whose text holds no "neighbo" costs one substring scan; otherwise it looks at tokens
spelled "neighbour"/"neighbor", once the clusters are coded (the owner's country is known then).
"""

from __future__ import annotations

from .article import ActorMention, ArticleContext
from .nominals import subject_country

NEIGHBOUR_WORDS = frozenset({"neighbour", "neighbor"})


def resolve_neighbours(ctx: ArticleContext) -> None:
    if "neighbo" not in ctx.text:
        return  # (one substring scan of the text: most articles name no neighbour)
    sd = ctx.sd
    owner = None
    for tok in sd:
        if tok.lower_ not in NEIGHBOUR_WORDS:
            continue
        its = next((k for k in tok.children if k.dep_ == "poss" and k.lower_ == "its"), None)
        if its is None or any(k.dep_ == "appos" and k.pos_ == "PROPN" for k in tok.children):
            continue  # "its neighbour Eritrea", "its neighbour, the Central African Republic,": the name says who
        if ctx.kind_at(tok.idx) not in ("body", "title"):
            continue
        owner = owner if owner is not None else ctx.token_owner()
        if tok.i in owner:
            continue
        own = subject_country(ctx, tok.head, its.i) if tok.dep_ == "dobj" else None  # "accused its neighbour"
        if own is None:
            continue
        other = next((k for k, iso in reversed(ctx.country_mentions) if k < tok.i and iso != own), None)
        cluster = owner.get(other) if other is not None else None
        if cluster is None or cluster.country == own:
            continue
        span = sd[its.i:tok.i + 1]
        cluster.mentions.append(ActorMention(its.i, tok.i + 1, span.start_char, span.end_char, span.text, "NOMINAL",
                                             kind="nominal", sect=ctx.kind_at(tok.idx)))
