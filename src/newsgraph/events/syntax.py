"""Who is the subject of a verb, on the spaCy parse: shared by the event coder and the PETRARCH
verb patterns (a leaf module, so neither imports the other for it)."""

from __future__ import annotations

SUBJ = frozenset({"nsubj", "csubj"})
RELATIVIZERS = frozenset({"which", "who", "that", "whom"})
NOUN_POS = frozenset({"NOUN", "PROPN"})


def _misattached_subject(tok) -> bool:
    """spaCy often hangs a sentence's subject as an apposition of a fronted phrase:
    "During a call with the minister, Marco Rubio said..." -> Rubio appos of minister."""
    doc = tok.doc
    nxt = tok.right_edge.i + 1
    if nxt >= len(doc):
        return False
    v = doc[nxt]
    while v.pos_ == "ADV" and v.i + 1 < len(doc):
        v = doc[v.i + 1]
    return v.pos_ in ("VERB", "AUX") and v.i > tok.i and not any(c.dep_ in SUBJ or c.dep_ == "nsubjpass" for c in v.children) \
        and tok.head.i < tok.i and v.is_ancestor(tok)


def is_passive(v) -> bool:
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in v.children):
        return True
    if v.dep_ == "conj" and v.tag_ == "VBN" and v.head.i != v.i and not any(
            c.dep_ in ("nsubj", "aux") for c in v.children):
        return is_passive(v.head)  # "was shot and stabbed"
    if v.tag_ == "VBN" and v.dep_ in ("acl", "acomp") :
        return True
    return False


def subjects(v, depth: int = 0) -> list:
    """The subject tokens of verb v, inherited through coordination, complements and relative clauses."""
    subs = [c for c in v.children if c.dep_ in SUBJ or c.dep_ == "nsubjpass"]
    if subs:
        s = subs[0]
        if s.lower_ in RELATIVIZERS and v.dep_ == "relcl":
            return [v.head]
        return [s]
    if depth > 4:
        return []
    if v.dep_ == "conj" and v.head.pos_ in ("VERB", "AUX"):
        return subjects(v.head, depth + 1)
    if v.dep_ in ("xcomp", "ccomp") and v.head.pos_ in ("VERB", "AUX"):
        if v.dep_ == "xcomp":
            objs = [c for c in v.head.children if c.dep_ in ("dobj",)]
            if objs:
                return objs
            return subjects(v.head, depth + 1)
        return []
    if v.dep_ in ("relcl", "acl") and v.head.pos_ in NOUN_POS | {"PRON"}:
        return [v.head]
    if v.dep_ == "acomp" and v.head.lemma_ == "be":
        return subjects(v.head, depth + 1)
    if v.dep_ == "xcomp" and v.head.pos_ == "ADJ" and v.head.dep_ in ("acomp", "xcomp"):
        return subjects(v.head.head, depth + 1)  # "France is ready to contribute"
    if v.dep_ == "advcl" and v.tag_ in ("VBG", "VBN"):
        return subjects(v.head, depth + 1)
    # "During X, Rubio said": the subject was parsed as an apposition just before the verb
    i = v.i - 1
    while i >= 0 and v.doc[i].pos_ in ("ADV", "PUNCT") and v.doc[i].text not in (".", ";"):
        i -= 1
    if i >= 0 and v.doc[i].dep_ == "appos" and _misattached_subject(v.doc[i]):
        return [v.doc[i]]
    if i >= 0 and v.doc[i].dep_ == "conj" and v.doc[i].pos_ in NOUN_POS:
        # "After talks in Minas Tirith, Gondor and Rohan signed": the subject was parsed as more
        # conjuncts of the fronted phrase's noun; it starts after the comma
        node = v.doc[i]
        while node.dep_ == "conj" and node.i > 0 and v.doc[node.i - 1].text != ",":
            node = node.head
        if node.dep_ == "conj" and node.i > 0 and v.doc[node.i - 1].text == "," and _misattached_subject(node):
            return [node]
    return []
