"""Reported speech, thought and intention without quotation marks: a cue of the lexicon and the
dependents that carry what it attributes.

- a clause: "said (that) …", "asked whether …", and the inverted order ("…, the senator said.");
- a to-infinitive: "wants to run", "urged voters to turn out" (the object comes along);
- an object, for cues whose object is the content: "criticized the deal", "called the plan a disaster";
- a preposition's object: "talked about taxes", "called for a ban";
- "according to X" (the rest of the clause) and passive "X is expected to …" (no source).
"""

from __future__ import annotations

import functools

from spacy.attrs import DEP, LOWER
from spacy.strings import get_string_id, hash_string

from ..columns import column, column_list, head_list, with_child_word
from ..spans import sentence_of, token_span
from .lexicon import HEARSAY, Cue, Lexicon
from .speakers import NOT_AGENTS, RELATIVE_TAGS, _aside_on_report, root_noun_subject

CLAUSE_MARKS = frozenset({"that", "whether", "if", "how", "why", "what", "who"})
# prepositions after an object that complete what the cue attributes (not time, place or manner)
OBJECT_PREPS = frozenset({"as", "for", "to", "with", "against", "into"})
OBJECT_TAIL_PREPS = frozenset({"in", "of", "from", "before", "on", "about", "over"})  # adjacent to the object only
ASIDE_MARKS = frozenset({",", "—", "–", "--", "("})  # what sets off a non-restrictive tail
CLOSING_MARKS = ASIDE_MARKS - {"("}  # what sets off an aside that runs to the end of the phrase


def _sets_off(tok, marks: frozenset[str] = ASIDE_MARKS) -> bool:
    """True when `tok` is one of `marks`, or a hyphen typed with a space on each side (" - "), which is a
    dash, as typewriter copy and wire text write it ("won the vote - a first for the party"); a hyphen
    inside a word ("well-known", "pre-war") is no mark."""
    return tok.text in marks or (tok.text == "-" and bool(tok.whitespace_) and tok.i > 0
                                 and bool(tok.doc[tok.i - 1].whitespace_))
# an object saying that nothing was said: no content ("said nothing", "would say none")
NEGATIVE_OBJECTS = frozenset({"nothing", "none"})
REFLEXIVE = frozenset({"himself", "herself", "themselves", "itself", "myself", "ourselves", "yourself"})
PASSIVE_RAISING = frozenset({"expect", "say", "believe", "think", "report", "consider", "know", "rumor", "rumour"})


def candidates(sdoc, lex: Lexicon, generic: bool = False, proposable=None) -> list[int]:
    """Indices of tokens whose lemma is a cue, or "according", found from the token columns alone; with
    `generic`, also every verb governing a clause. `proposable` (with `generic`; None: every clause head):
    whether a verb outside the lexicon with this lower-case lemma is proposed, as the stage asks it."""
    from spacy.attrs import LEMMA

    lemmas, forms = _cue_ids(lex.lemma_set, lex.form_set, sdoc.vocab.strings)
    lemma_col = column_list(sdoc, LEMMA)
    # one set test per token on the columns' lists (four bisections of the numpy columns, one per set, and the
    # masks' union cost about twice as much for an article of a few hundred tokens); ascending, each index once
    out = [i for i, (m, w) in enumerate(zip(lemma_col, column_list(sdoc, LOWER))) if m in lemmas or w in forms]
    if generic:
        heads = clause_heads(sdoc)
        if proposable is not None:
            heads = _proposed(sdoc, heads, lemma_col, proposable)
        return sorted(set(out).union(heads))
    return out


def _proposed(sdoc, heads: list[int], lemma_col: list[int], proposable) -> list[int]:
    """The clause heads that may yet be attributions when their lemma and form are no cue: a verb whose
    lemma is `proposable`, and any noun or adjective (a stance noun or a cue adjective the lemmatizer
    capitalised: "Criticism"). Any other head outside the lexicon is no cue at all (the stage's verb path
    needs a lexicon cue or a proposable verb), so it is left out before a Token is made for it (about a
    third of an article's clause heads: "took", "won", "is")."""
    from spacy.attrs import POS

    strings = sdoc.vocab.strings
    pos = column_list(sdoc, POS)
    verb, others = strings["VERB"], (strings["NOUN"], strings["ADJ"])
    return [i for i in heads if pos[i] in others or pos[i] == verb and proposable(strings[lemma_col[i]].lower())]


def yielding(sdoc, cands: list[int], lex: Lexicon) -> list[int]:
    """The candidates (token indices, ascending) that the stage's cue paths (stage._indirect) can make an attribution
    of, told from the POS, LOWER, LEMMA, DEP and HEAD columns before a Token is made for any; the rest are certain to
    give nothing, so leaving them out changes no output. What each kept one may yet give:
    - a verb or auxiliary: _verb_attribution (its cue test, _verb_cue, refuses every other part of speech);
    - "according", a hearsay adverb, a felt participle: their own paths, whatever the tag;
    - "in": _document_attribution, only with a document noun as its pobj child (document_frame: "in a poll");
    - a noun: an idiom's, a stance's, a lexicon noun's or a holder's lemma (else it reaches the verb path: nothing);
    - an adjective: a lexicon adjective's lemma (lower-cased, as _indirect asks it).
    About a third of an article's candidates are none of these: "in" as a place or time, a verb cue's lemma as a noun
    ("the answer", "the post office"), "back" and "like" as adverb or preposition."""
    from spacy.attrs import LEMMA, POS

    strings = sdoc.vocab.strings
    pos, lower, lemma = column_list(sdoc, POS), column_list(sdoc, LOWER), column_list(sdoc, LEMMA)
    verbs, noun, adj = (strings["VERB"], strings["AUX"]), strings["NOUN"], strings["ADJ"]
    documents = None  # the "in" tokens with a document object, found on the first "in" met
    out = []
    for i in cands:
        p, w = pos[i], lower[i]
        if w == _IN_ID:
            if documents is None:
                documents = _document_preps(sdoc)
            keep = i in documents
        elif p in verbs or w in _OWN_PATH_IDS:
            keep = True
        elif p == noun:
            keep = _noun_cue(strings[lemma[i]], lex)
        else:
            keep = p == adj and strings[lemma[i]].lower() in lex.adjectives
        if keep:
            out.append(i)
    return out


def _noun_cue(lem: str, lex: Lexicon) -> bool:
    """Whether a noun with lemma `lem` may be a cue in _indirect: an idiom's object, a stance received ("drew
    criticism", received_stance: its lemma lower-cased), a lexicon noun or a holder ("a critic of")."""
    return lem in lex.idioms or lem.lower() in STANCE_NOUNS or lem in lex.nouns or lem in lex.holders


def _document_preps(sdoc) -> frozenset[int]:
    """The indices of the tokens with a child labelled pobj whose lower-case form is a document noun: the only
    "in" tokens document_frame can accept (it asks the first pobj child, so this is a superset)."""
    strings = sdoc.vocab.strings
    pobj = strings["pobj"]
    heads = head_list(sdoc)
    dep = column_list(sdoc, DEP)
    # (the form first: a document noun is rare, a pobj one token in ten)
    return frozenset(heads[j] for j, w in enumerate(column_list(sdoc, LOWER)) if w in _DOCUMENT_IDS and dep[j] == pobj)


@functools.lru_cache(maxsize=16)
def _cue_ids(lemma_set: frozenset[int], form_set: frozenset[int], strings) -> tuple[frozenset[int], frozenset[int]]:
    """The ids a candidate's lemma may have (a lexicon's cue lemmas and the stance nouns: "drew fire from", see
    received_stance) and those its lower-case form may have (the lexicon's forms and the felt participles), made
    once per lexicon and string store (as the store gives them: a symbol's is a small id, not a hash)."""
    stance = frozenset(strings[w] for w in STANCE_NOUNS)
    return lemma_set | stance, form_set | _FELT_IDS


def clause_heads(sdoc, objects: bool = True) -> list[int]:
    """Indices of the verbs that govern a clausal complement (ccomp), and with `objects` an object or an
    infinitive too: any of them may report speech, thought or a stance ("endorsed Trump", "opposed the
    deal" are attributions to PolNeAR's annotators)."""
    from spacy.attrs import DEP, HEAD

    import numpy as np

    col = column(sdoc, DEP)
    # the labels' ids as the vocab stores them (symbols such as "dobj" are small ids, not string hashes)
    strings = sdoc.vocab.strings
    hit = col != col
    for d in GENERIC_DEPS if objects else GENERIC_DEPS[:1]:  # three labels: np.isin's sorting costs more
        hit |= col == col.dtype.type(strings[d])
    idx = np.flatnonzero(hit)
    return (idx + column(sdoc, HEAD)[idx].astype(np.int64)).tolist()  # HEAD is relative to the token


GENERIC_DEPS = ("ccomp", "dobj", "xcomp")


# a verb outside the lexicon that governs a clause: a candidate the filter judges by its lemma
GENERIC = Cue("(generic)", "speech", frozenset(), "verb")
# ... a verb outside the lexicon with an object or an infinitive ("endorsed Trump", "refused to …")
GENERIC_OBJ = Cue("(generic)", "speech", frozenset({"obj", "to"}), "verb")



NOUN_PREPS = ("of", "for", "about", "on", "against", "to")


# What carries a finding or a statement: "In a poll released Sunday, Clinton leads by 5 points", "in his
# book, the war was a mistake".
DOCUMENT_NOUNS = frozenset("""
poll polls survey surveys study report statement letter interview book memoir op-ed column editorial essay
speech post tweet email memo filing analysis ad video release briefing testimony complaint lawsuit message
remarks comments article piece transcript
""".split())


POLL_NOUNS = frozenset({"poll", "polls", "survey", "surveys", "average"})
_DOCUMENT_IDS = frozenset(hash_string(w) for w in DOCUMENT_NOUNS)  # as the LOWER column stores them, for yielding


def document_frame(t):
    """"In a poll released Sunday, Clinton leads": (content tokens, the document noun, the clause's verb)
    when `t` is "in" with a document as its object, on a clause's verb; else None. A poll closing the
    clause may hang on a noun or adverb ("Trump has a big lead in the latest poll", "stays well ahead in
    the polls"): the finding is the whole clause."""
    if t.dep_ != "prep":
        return None
    obj = next((c for c in t.children if c.dep_ == "pobj"), None)
    if obj is None or obj.lower_ not in DOCUMENT_NOUNS:
        return None
    h = t.head
    if h.pos_ not in ("VERB", "AUX") and obj.lower_ in POLL_NOUNS:
        for _ in range(3):
            if h.pos_ in ("VERB", "AUX") or h.head.i == h.i:
                break
            h = h.head
        if h.i > t.i or t.right_edge.i + 1 < len(t.doc) and not t.doc[t.right_edge.i + 1].is_punct:
            return None  # only a phrase closing the clause, after its verb
    if h.pos_ not in ("VERB", "AUX"):
        return None
    sub = [x.i for x in h.subtree if not (t.left_edge.i <= x.i <= t.right_edge.i) and not x.is_punct]
    if not sub:
        return None
    return (min(sub), max(sub)), obj, h


def adjective_content(a) -> tuple[tuple[int, int] | None, object]:
    """"X is confident that …", "worried about Y", "eager to run": (content, source head or None). Besides
    the predicate of a copula, an adjective phrase predicates its stance of a noun in two other places:
    after the noun it modifies ("Democrats wary of the plan", "the only ones worried about it": an
    adjective follows its noun only with a complement, as a reduced relative "who are wary of …"), and as
    an aside on a clause ("…, confident that the bill would pass", "many of them skeptical about it"),
    which holds of the clause's subject (or of the aside's own, in an absolute phrase)."""
    predicate = a.dep_ in ("acomp", "oprd")
    clausal = (predicate or a.dep_ == "advcl") and a.head.pos_ in ("AUX", "VERB")
    if not clausal and (a.dep_ != "amod" or a.head.i > a.i):
        return None, None
    content = None
    for c in a.children:
        if c.dep_ in ("ccomp", "xcomp", "advcl") and c.i > a.i:
            content = _clause_tokens(c)
            break
        if c.dep_ == "prep" and c.lower_ in ("about", "of", "on", "with", "over", "in") and c.i > a.i:  # "confident in X"
            obj = next((x for x in c.children if x.dep_ in ("pobj", "pcomp")), None)
            if obj is not None:
                content = (obj.left_edge.i, _phrase_end(obj))
                break
    if content is None and predicate:  # the parser hangs "clear that …" on the copula, which takes no clause of its own
        content = next((_clause_tokens(c) for c in a.head.children
                        if c.dep_ == "ccomp" and c.i > a.i and _marked_clause(c)), None)
    if a.dep_ == "amod":
        return content, a.head
    subj = next((c for c in a.children if c.dep_ == "nsubj"), None) if not predicate else None
    subj = subj or next((c for c in a.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.lower_ == "it" and content is not None:
        subj = None  # "it is clear that …": the extraposed clause is the subject; "it" holds nothing (no cue then)
    return content, subj


def noun_content(n) -> tuple[tuple[int, int] | None, object]:
    """"X's claim that …", "criticism of the deal by Y", "a call for calm": (content, source head or None)."""
    content = obj = None
    # a noun with a subject is a verb the tagger misread ("The campaign plans to …", "Trump claims the …")
    subj = next((c for c in n.children if c.dep_ == "nsubj" and c.i < n.i), None)
    for c in n.children:
        if c.dep_ in ("acl", "ccomp", "relcl") and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children):
            content = _clause_tokens(c)
            break
        if subj is not None and c.dep_ == "ccomp" and c.i > n.i:
            content = _clause_tokens(c)
            break
        if c.dep_ in ("acl", "xcomp") and c.i > n.i and any(m.dep_ == "aux" and m.lower_ == "to" for m in c.children):
            content = (c.left_edge.i, c.right_edge.i)  # "plans to employ …", "a pledge to cut taxes"
            break
    if content is None:
        content = copular_clause(n)
    holder = None
    if content is None:
        for c in n.children:
            if c.dep_ == "prep" and c.lower_ in NOUN_PREPS and c.i > n.i:
                obj = next((x for x in c.children if x.dep_ in ("pobj", "pcomp")), None)
                if obj is not None and holder is None and _of_holder(n, c, obj):
                    holder, obj = obj, None  # "the support of farmers [for the dam]": who holds it, not what
                    continue
                if obj is not None:
                    content = (obj.left_edge.i, _phrase_end(obj))
                    break
    source = next((c for c in n.children if c.dep_ == "poss"), None) or subj or holder
    agent = _nominal_agent(obj, content) if source is None else None  # "the mayor's praise of the book by Smith": Smith wrote it
    if agent is not None:  # "criticism of the plan by senior officers": the plan, not the plan by them
        content, source = (content[0], agent.head.i - 1), agent
    if source is None:
        for c in n.children:
            if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from", "among") and c.i > n.i:
                source = next((x for x in c.children if x.dep_ == "pobj" and x.ent_type_ not in NOT_AGENTS), None)
                break
    if source is None:  # "Trump claims that …" parsed as a noun phrase: the name before it is the owner
        source = next((c for c in n.children if c.dep_ == "compound" and c.i < n.i and
                       (c.pos_ == "PROPN" or c.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"))), None)
    if source is None:  # "Republican opposition to …", "Democratic support for …": whose stance it is
        source = next((c for c in n.children if c.dep_ in ("amod", "compound") and c.i < n.i
                       and c.ent_type_ in ("NORP", "ORG", "GPE", "PERSON")), None)
    return content, source


def _of_holder(n, prep, obj) -> bool:
    """True when the of-phrase `prep` (object `obj`) of the stance noun `n` names who holds the stance, not
    what it is about: "the support of Latino voters", "the backing of the union's members for the bill" (a
    noun of HOLDER_OF_NOUNS, as received_stance reads "won the support of X"), the of-object a person or
    group (a name, a plural, "many", "them"). The of-phrase is the object again when someone else holds
    the stance: an owner before the noun ("her support of the pipeline", "the Palin endorsement of …"), the
    subject of a verb that voices it ("voiced support of the senators"; not one that receives it, "won the
    support of"), or the idiom "in support of X"."""
    if prep.lower_ != "of" or obj.dep_ != "pobj" or n.lemma_.lower() not in HOLDER_OF_NOUNS:
        return False
    if any(c.dep_ == "poss" or (c.dep_ in ("compound", "amod") and c.ent_type_ in HOLDER_ENTS) for c in n.children):
        return False
    if n.dep_ == "pobj" and n.head.lower_ == "in":
        return False
    if n.dep_ == "dobj" and n.head.lemma_.lower() not in RECEIVING_VERBS:
        return False
    return obj.ent_type_ in HOLDER_ENTS or obj.tag_ in ("NNS", "NNPS") or obj.lower_ in HOLDER_PRONOUNS


HOLDER_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def holder_content(n, preps) -> tuple[tuple[int, int], object] | None:
    """"X is a critic of Y", "as a backer of Y, X …": (Y, X) for a stance-holder noun `n` whose of/for phrase
    (`preps`) names what the stance is about. The holder is whom the noun is said of: the subject of its
    copula or whoever an "as" phrase gives the role to. As a plain noun phrase ("supporters of the mayor
    filled the hall") it names no one's stance that the text reports, and gives nothing; nor in apposition
    ("Jan Brewer, an early supporter of Trump, calls …") or a relative clause ("Brewer, who is a critic of …"),
    the writer's label of someone, which PolNeAR train's annotators marked 3 times in 13 where it was found."""
    p = next((c for c in n.children if c.dep_ == "prep" and c.lower_ in preps and c.i > n.i), None)
    obj = next((x for x in p.children if x.dep_ == "pobj"), None) if p is not None else None
    if obj is None:
        return None
    first = n
    while first.dep_ == "conj" and first.head.pos_ in ("NOUN", "PROPN"):  # "a supporter of X and a critic of Y"
        first = first.head
    head = first.head
    if first.dep_ == "attr":
        holder = _holder_subject(head)
    elif first.dep_ == "pobj" and head.lower_ == "as":
        # the role of the name it hangs on ("a reputation as …" names no one), or of the verb's subject unless
        # an object of the verb comes before it, whose role it then is ("praised Okoro as a backer of …")
        role = head.head
        if role.pos_ in ("NOUN", "PROPN"):
            holder = role if role.ent_type_ in HOLDER_ENTS else None
        else:
            holder = None if any(c.dep_ == "dobj" and c.i < head.i for c in role.children) else _holder_subject(role)
    else:
        return None
    if holder is None or holder.tag_ in RELATIVE_TAGS:  # "Castro, who is a critic of …": an aside, as apposition
        return None
    return (obj.left_edge.i, _phrase_end(obj)), holder


def _holder_subject(v):
    """The subject of the verb a holder noun is said of by, or of the verb before it in a coordination ("has
    not endorsed Trump and has been a critic of …"); none through a control verb ("claims to be an advocate
    of …" says what she claims, not what she is)."""
    for x in (v, v.head) if v.dep_ == "conj" else (v,):
        subj = next((c for c in x.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            return subj
    return None


# Past participles of verbs of emotion (Levin's "amuse" verbs, 31.1: the stimulus is the subject, the one who
# feels it the object): in the passive, or as an adjective, the one who feels it is the subject and the stimulus
# the object of "by" (or "at", "with", "about", "over"): "residents were alarmed by the report" says what the
# residents feel about the report, as "residents fear the report" would (PolNeAR marks feelings towards
# something as attributions of thought). The form, as typed: "upset" and "worried" are adjectives as often as participles.
def idiom_content(n, preps) -> tuple[tuple[int, int], object] | None:
    """(content token span, preposition) of a light-verb idiom whose object is `n` ("took aim at X", "made no
    secret of X", "took a swipe at X"): the object of the first of the idiom's prepositions after the noun,
    hung on the noun or on the verb, as the parser does either. None when `n` is not the verb's object or no
    such phrase follows ("took aim" with no target says nothing about anyone) or its object is "nothing"."""
    if n.dep_ != "dobj":
        return None
    for p in sorted(c for x in (n, n.head) for c in x.children):  # tokens sort by position
        if p.dep_ == "prep" and p.i > n.i and p.lower_ in preps:
            x = next((x for x in p.children if x.dep_ in ("pobj", "pcomp")), None)
            if x is None or x.lower_ in NEGATIVE_OBJECTS:
                return None  # "made a secret of nothing": as "said nothing", no stance towards anything
            return (x.left_edge.i, _phrase_end(x)), p
    return None


FELT_PARTICIPLES = frozenset("""
alarmed angered annoyed appalled baffled bothered delighted disappointed disgusted dismayed disturbed embarrassed
enraged excited frightened frustrated heartened horrified impressed incensed infuriated intrigued irked irritated
offended outraged perturbed pleased puzzled rattled saddened scared shocked stunned surprised terrified thrilled
troubled unnerved unsettled upset worried concerned dissatisfied amused
""".split())
# "alarmed by the report", "horrified at the prospect", "frustrated with the delay", "excited about the plan"
FELT_PREPS = ("by", "at", "with", "about", "over")
_FELT_IDS = frozenset(hash_string(w) for w in FELT_PARTICIPLES)  # their forms' ids (as LOWER stores them), for `candidates`
_IN_ID = hash_string("in")
# the forms _indirect sends down a path of their own whatever their tag (see yielding)
_OWN_PATH_IDS = frozenset({hash_string("according")} | {hash_string(w) for w in HEARSAY}) | _FELT_IDS


def felt_content(t) -> tuple[tuple[int, int], object, str] | None:
    """(content, the one who feels, the preposition) when `t` is an emotion participle of FELT_PARTICIPLES with its
    stimulus after it: "were alarmed by the report", "Horrified at the prospect, Ramos …", "residents alarmed by
    the report"; else None. Not an active verb ("the report alarmed residents by its tone", "has disappointed by")."""
    if t.tag_ not in ("VBN", "JJ") or any(c.dep_ == "dobj" for c in t.children):
        return None
    if any(c.dep_ == "aux" and c.lemma_ == "have" for c in t.children) and not any(c.dep_ == "auxpass" for c in t.children):
        return None  # "has alarmed": the active perfect
    prep = next((c for c in t.children if c.dep_ in ("agent", "prep") and c.lower_ in FELT_PREPS and c.i > t.i), None)
    obj = next((x for x in prep.children if x.dep_ in ("pobj", "pcomp")), None) if prep is not None else None
    if obj is None:
        return None
    h = t.head
    if t.dep_ == "oprd":  # "the ruling left the mayor upset over …": the object feels it
        who = next((c for c in h.children if c.dep_ == "dobj"), None)
    elif t.dep_ == "acl":  # "residents alarmed by …", "Smith, alarmed by the report, …": the noun it modifies
        who = h
    elif t.dep_ == "acomp" or t.dep_ == "advcl" and t.i < h.i:
        # "looked shocked by", "remained troubled by"; "Alarmed by the report, the mayor closed …": the subject
        # of the verb it completes, or of the clause a fronted participle opens
        who = next((c for c in h.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    else:  # "were alarmed by": its own (passive) subject
        who = next((c for c in t.children if c.dep_ in ("nsubjpass", "nsubj")), None)
    if who is None:
        return None
    return (obj.left_edge.i, _phrase_end(obj)), who, prep.lower_


def copular_clause(n) -> tuple[int, int] | None:
    """"The idea is that …", "his goal is to win", "the question is whether …": a cue noun as the subject of
    "be" whose complement is a clause - the copula equates the noun with its content (a specificational
    sentence), so the clause is the content as it is in "the idea that …"."""
    v = n.head
    if n.dep_ != "nsubj" or v.lemma_ != "be" or v.i < n.i:
        return None
    for c in v.children:
        if c.i > v.i and c.dep_ == "ccomp" and _marked_clause(c):
            return _clause_tokens(c)
        if c.i > v.i and c.dep_ == "xcomp" and any(m.dep_ == "aux" and m.lower_ == "to" for m in c.children):
            return c.left_edge.i, c.right_edge.i
    return None


def _nominal_agent(obj, content):
    """The object of a "by" closing the content of a nominal cue that the parser hung on the content's head
    noun `obj` ("criticism of the plan by senior officers", "the rejection of the offer by the union"): the
    agent of the nominalised verb, as "by" is of a passive; not a date, number or gerund ("by 2020", "by voting")."""
    if obj is None or content is None:
        return None
    by = next((x for x in obj.children if x.dep_ == "prep" and x.lower_ == "by" and x.i > obj.i), None)
    if by is None or by.right_edge.i != content[1] or obj.doc[by.i - 1].is_punct:
        return None
    agent = next((x for x in by.children if x.dep_ == "pobj"), None)
    if agent is None or agent.ent_type_ in NOT_AGENTS or agent.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    return agent


# Verbs whose object is a stance someone else takes towards the subject: "the plan drew criticism from
# Democrats", "Clinton enjoys support among women", "won praise from", "came under fire from". The subject
# is what the stance is about (the content), the "from/among/of/by" phrase whose it is (the source).
RECEIVING_VERBS = frozenset("""
draw win enjoy receive get face earn garner attract gain snag pick consolidate collect secure have
""".split())
STANCE_NOUNS = frozenset("""
criticism support praise backing endorsement opposition approval rebuke condemnation scrutiny fire
backlash pushback applause ire flak blessing acclaim
""".split())
STANCE_SOURCE_PREPS = ("from", "among", "by")
# "the support of X" is X's; "criticism of X" is about X
POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their", "its", "my", "our", "your"})  # "has his support": often the subject's own
HOLDER_OF_NOUNS = frozenset({"support", "backing", "endorsement", "approval", "blessing"})


def received_stance(n):
    """"X drew criticism from Y": (content tokens: X's phrase, the source head Y or None, the verb) when
    noun `n` is a stance received by the subject of its verb; else None."""
    if n.lemma_.lower() not in STANCE_NOUNS:
        return None
    v = n.head
    if n.dep_ == "pobj" and v.lower_ == "under" and v.head.lemma_.lower() == "come":
        v = v.head  # "came under fire from"
    elif n.dep_ != "dobj" or v.lemma_.lower() not in RECEIVING_VERBS:
        return None
    if v.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ == "aux" and (c.lower_ == "to" or c.tag_ == "MD") for c in v.children):
        return None  # "hopes to win the support of", "could draw criticism": a stance not (yet) taken
    if any(x.like_num or x.lower_ in ("percent", "%") for c in n.lefts for x in c.subtree) or \
            any(x.lower_ in ("percent", "%") for c in v.rights for x in c.subtree):
        return None  # "gets 5 percent support", "has support from 52 percent of …": a poll's finding, not a stance voiced
    source = None
    for holder in (n, v):  # "criticism from Y", or the parser's "drew criticism | from Y"
        for c in holder.children:
            if c.dep_ in ("prep", "agent") and c.i > n.i and (c.lower_ in STANCE_SOURCE_PREPS or
                                                              c.lower_ == "of" and n.lemma_.lower() in HOLDER_OF_NOUNS):
                source = next((x for x in c.children if x.dep_ == "pobj"), None)
                break
        if source is not None:
            break
    if source is None:  # "drew Trump's ire", "won Obama's endorsement"
        source = next((c for c in n.children if c.dep_ == "poss" and c.lower_ not in POSSESSIVE_PRONOUNS), None)
    if v.lemma_.lower() == "have" and source is None:
        return None  # "I have criticism of …": the subject holds the stance
    subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None and v.dep_ == "conj":
        subj = next((c for c in v.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.i > v.i:
        return None
    return (subj.left_edge.i, _phrase_end(subj)), source, v


# the labels verb_content and the contents it tries (_OTHER_CONTENTS) read of each child of a cue, as the ids
# `Token.dep` gives: `c.dep_` is a look-up in the string store for each read, `c.dep` the id the token holds
# (get_string_id gives the id the store keeps for a label: a symbol's own small id, else the string's hash)
_DOBJ = get_string_id("dobj")
_OBJECT_DEPS = frozenset({_DOBJ, get_string_id("obj")})
_CCOMP = get_string_id("ccomp")
_ADVCL, _XCOMP, _PREP, _CONJ, _INTJ = (get_string_id(label) for label in ("advcl", "xcomp", "prep", "conj", "intj"))
_OPEN_CLAUSE_DEPS = frozenset({_ADVCL, _XCOMP})
_OBJECT_PHRASE_DEPS = frozenset({_DOBJ, get_string_id("dative"), _PREP})  # (_clause_in_object)
_PREDICATE_DEPS = frozenset({get_string_id("oprd"), _XCOMP, _CCOMP})  # (_object_end)
_PARTICLE_DEPS = frozenset({_PREP, get_string_id("prt")})  # (_prep_content)
_AS = get_string_id("as")  # (_as_label: the LOWER column's id of the word)


def verb_content(v, cue: Cue, lex: Lexicon) -> tuple[int, int, str] | None:
    """(first, last) token indices of what verb `v` attributes and how it was found (clause, to, obj, prep), or None.
    A clause the verb governs wins; else the cue's other frames are tried in the order of _OTHER_CONTENTS."""
    kids = list(v.children)  # (read once: each read of `children` makes a Token per child)
    dobj = next((c for c in kids if c.dep in _OBJECT_DEPS), None)
    clauses = _content_clauses(v, cue, lex, kids, dobj)
    if clauses:
        return _clause_content(v, clauses[0], dobj, cue, lex)
    if dobj is not None and dobj.lower_ in NEGATIVE_OBJECTS and not list(dobj.children):
        return None  # "the mayor said nothing", "admitted nothing": no statement, so nothing was said
    for content in _OTHER_CONTENTS:
        found = content(v, kids, dobj, cue, lex)
        if found is not None:
            return found
    return stance_phrase(v) or pro_clause(v)


def _content_clauses(v, cue: Cue, lex: Lexicon, kids: list, dobj) -> list:
    """The clauses of `v` that may be what it attributes (a complement clause, or a marked adverbial or open one
    after it), those after the cue first; none when the cue's object or complement after it is the content."""
    clauses = [c for c in kids if c.dep == _CCOMP or (c.dep in _OPEN_CLAUSE_DEPS and c.i > v.i and _marked_clause(c))]
    clauses = [c for c in clauses if not _reports_back(c, v, lex)]
    after = [c for c in clauses if c.i > v.i]
    if after:
        return after  # "Because X was behind it, he suspected that X …": the clause after the cue is its content
    if dobj is not None and dobj.i > v.i and "obj" in cue.frames and not _addressee(v, dobj):
        # "Whites were split, and preferred Clinton": a clause before the cue, its object after it; an object
        # the cue addresses leaves the clause its content ("Fares will not rise, the mayor assured commuters")
        return []
    if clauses and _complement_after(v, cue, kids):
        return []  # "Morale has suffered; staff complain of X": the same with a preposition or infinitive
    return clauses


def _clause_content(v, c, dobj, cue: Cue, lex: Lexicon) -> tuple[int, int, str]:
    """The bounds of clause `c` as `v`'s content: without a relative's antecedent or a nested attribution's own
    words, with a second that-clause, and led by the object when the clause has no subject of its own."""
    a, b = _clause_tokens(c)
    a = _past_relative(v, c, a)
    a = _past_cues_time(v, c, a)
    b = trim_nested(c, a, b, lex)
    if dobj is not None and dobj.i < a and "obj" in cue.frames and not _has_subject(c):
        a = dobj.left_edge.i  # "called both Trump and Clinton crazy": object and predicate
    return a, shared_conjunct(v, c, _second_that_clause(v, c, b, lex), lex), "clause"


def _interjection_content(v, kids: list, dobj, cue: Cue, lex: Lexicon):
    """"46 percent said yes", "Sorry, Sanders said.": an interjection is what an object-taking cue says when it
    has no object; with an object it is the writer's discourse marker ("Well, the mayor said nothing")."""
    if "obj" in cue.frames and dobj is None:
        for c in kids:
            if c.dep == _INTJ and c.pos_ == "INTJ":
                return c.left_edge.i, c.right_edge.i, "obj"
    return None


def _marked_advcl_content(v, kids: list, dobj, cue: Cue, lex: Lexicon):
    """"called for the US to step up …": the parser makes the cue's preposition ("for") the mark of a clause
    after it; the clause without it is the content."""
    for c in kids:
        if c.dep == _ADVCL and c.i > v.i and c.left_edge.lower_ in cue.frames and c.left_edge.dep_ == "mark" \
                and not (c.left_edge.lower_ == "as" and dobj is not None and dobj.i < c.i):
            # "regarded the ruling as settled": the object's label, taken with the object below (_as_label)
            return c.left_edge.i + 1, c.right_edge.i, "clause"
    return None


def _infinitive_content(v, kids: list, dobj, cue: Cue, lex: Lexicon):
    """A cue taking an infinitive ("urged him to resign", "plans to run"): the infinitive, led by the object
    before it, without an aside at its end or a nested attribution's own words."""
    if "to" in cue.frames:
        x = next((c for c in kids if c.dep == _XCOMP and c.i > v.i), None)
        if x is not None:
            a = dobj.left_edge.i if dobj is not None and dobj.i < x.i else x.left_edge.i
            return a, _without_aside(x.doc, a, shared_conjunct(v, x, trim_nested(x, a, x.right_edge.i, lex), lex)), "to"
    return None


def _clause_in_object(v, kids: list, dobj, cue: Cue, lex: Lexicon):
    """"told reporters in an interview that …": a that-clause the parser hung inside the object or a phrase after
    the cue (not a noun cue's own: "rejected Trump's claim that …" is the claim's)."""
    thats = with_child_word(v.doc, "mark", "that")  # (the only tokens the walk below can return)
    if not thats:
        return None
    for c in kids:
        if c.i > v.i and c.dep in _OBJECT_PHRASE_DEPS and _holds_any(c, thats):
            for x in c.subtree:
                if x.dep_ in ("acl", "relcl", "advcl") and any(m.dep_ == "mark" and m.lower_ == "that" for m in x.children) \
                        and x.head.lemma_ not in lex.nouns:
                    return _clause_tokens(x) + ("clause",)
    return None


def _holds_any(c, indices: frozenset[int]) -> bool:
    """Whether any of `indices` lies within the edges of `c`'s subtree (every token of the subtree does): two
    Tokens read, where a walk of the subtree makes one a word."""
    a, b = c.left_edge.i, c.right_edge.i
    return any(a <= i <= b for i in indices)


def _gerund_content(v, kids: list, dobj, cue: Cue, lex: Lexicon):
    """"reported spending $1 million", "denied taking money": a gerund the parser made an open complement is the
    object of an object-taking cue that has none."""
    if dobj is None and "obj" in cue.frames:
        x = next((c for c in kids if c.dep == _XCOMP and c.tag_ == "VBG" and c.i > v.i), None)
        if x is not None:
            return x.left_edge.i, trim_nested(x, x.left_edge.i, x.right_edge.i, lex), "obj"
    return None


def _object_content(v, kids: list, dobj, cue: Cue, lex: Lexicon):
    """The object of an object-taking cue (not a bare reflexive, unless labelled: "described himself as …") with
    what the cue says of it (_object_end), up to a label after "as"."""
    if dobj is not None and "obj" in cue.frames and (dobj.pos_ != "PRON" or dobj.lower_ not in REFLEXIVE or _labelled(v, dobj)):
        return dobj.left_edge.i, _as_label(v, _object_end(kids, dobj, cue)), "obj"
    return None


def _object_end(kids: list, dobj, cue: Cue) -> int:
    """The last token of an object content: the object phrase, and the cue's children after it that go on
    describing it (a predicate, a preposition of the cue's frames, a phrase hung right after it, a second object)."""
    last = _phrase_end(dobj)
    for c in kids:  # "called the deal a disaster", "described X as Y", "congratulated Trump for his victory"
        if c.i > dobj.i and c.dep in _PREDICATE_DEPS:
            last = max(last, c.right_edge.i)
        elif c.i > dobj.i and c.dep == _PREP and (c.lower_ in cue.frames or c.lower_ in OBJECT_PREPS):
            # "disclosed them to the AP, which first reported it": the preposition's object loses its aside too
            pobj = next((x for x in c.children if x.dep_ == "pobj"), None)
            last = max(last, _phrase_end(pobj) if pobj is not None and pobj.right_edge.i == c.right_edge.i else c.right_edge.i)
        elif c.dep == _PREP and c.i == last + 1 and c.lower_ in OBJECT_TAIL_PREPS:
            # "questioned Clinton's judgment in supporting the war": a phrase the parser hung on the verb
            # right after the object (no comma) goes on describing it; a date says when, and a venue or a
            # name's setting the circumstances of the act (_circumstance)
            pobj = next((x for x in c.children if x.dep_ in ("pobj", "pcomp")), None)
            if pobj is not None and pobj.ent_type_ not in ("DATE", "TIME") and not _circumstance(dobj, c, pobj):
                last = _phrase_end(pobj) if pobj.dep_ == "pobj" and pobj.right_edge.i == c.right_edge.i else c.right_edge.i
        elif c.i > dobj.i and c.dep == _CONJ and c.pos_ not in ("VERB", "AUX"):
            # "called the citation and the demand a ploy": a second object the parser hung on the verb
            last = max(last, c.right_edge.i)
    return last


def _prep_content(v, kids: list, dobj, cue: Cue, lex: Lexicon):
    """The object of a preposition or particle of the cue's frames after it ("called for an audit", "pointed to
    X"), without the writer's aside after it ("…, which the board rejected") or a venue; "commented on Twitter"
    says where, not what (a topic may be any name: "commented on Obamacare")."""
    for c in kids + _hung_on_addressee(v, dobj):
        if c.dep in _PARTICLE_DEPS and c.lower_ in cue.frames and c.i > v.i:
            obj = next((x for x in c.children if x.dep_ in ("pobj", "pcomp")), None)
            if obj is not None and not (c.lower_ == "on" and obj.lemma_.lower() in PLATFORM_NOUNS):
                return obj.left_edge.i, _as_label(v, _then_infinitive(v, min(_before_venue(obj), _phrase_end(obj)))), "prep"
    return None


def _topic_content(v, kids: list, dobj, cue: Cue, lex: Lexicon):
    """"talked about whether …", "asked about X": the topic of a cue that takes one, not a date ("spoke on
    Monday": when, not what) or the place it was said."""
    if "about" not in cue.frames:
        return None
    for c in kids:
        if c.dep == _PREP and c.lower_ in ("about", "on", "of") and c.i > v.i:
            obj = next((x for x in c.children if x.dep_ in ("pobj", "pcomp")), None)
            if obj is not None and obj.ent_type_ not in ("DATE", "TIME") and not _where_said(c, obj):
                return obj.left_edge.i, obj.right_edge.i, "prep"
    return None


# a verb's contents other than its clause, in the order they win (each: (v, kids, dobj, cue, lex) -> bounds or None)
_OTHER_CONTENTS = (_interjection_content, _marked_advcl_content, _infinitive_content, _clause_in_object,
                   _gerund_content, _object_content, _prep_content, _topic_content)


def _hung_on_addressee(v, dobj) -> list:
    """The dependents of the addressee object of `v` after the verb, among them the prepositions the parser hung
    there ("reminded voters [of the closures]", "warned residents [about the storm]"): those are the verb's own
    (its frames say which carry the content), as when hung on the verb. PolNeAR train, study half: the object
    of such a frame preposition is gold content in 6 of 7 weighted occurrences, and no rule found one of them
    (issue 12, session 36)."""
    if dobj is None or dobj.i < v.i or not _addressee(v, dobj):
        return []
    return list(dobj.children)


# what a phrase after a named object tells when the parser hangs it on the cue verb: the setting, vantage or time of
# the act ("endorsed Sanders in the primary", "criticizes Obama from the left", "endorsed Graham before backing Rubio")
SETTING_PREPS = frozenset({"in", "from", "before"})
NAME_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def _circumstance(obj, prep, pobj) -> bool:
    """Whether the phrase `prep` (object `pobj`) that the parser hung on a cue verb right after its object `obj`
    tells the circumstances of the act rather than what the cue attributes: where the words were said ("trashed
    Comey on MSNBC", "shared the news on social media", as _where_said reads a cue's own "on" phrase), or, after a
    name, the setting, vantage or time ("endorsed Sanders in the primary", "criticized Obama from the left"). A
    name takes no complement of its own, so its phrase is the act's; a common noun's may describe it
    ("questioned Clinton's judgment in supporting the war"). PolNeAR's content is what is said or held, not
    where, when or from where it was said (train, study half: each such phrase made the content too long)."""
    return _where_said(prep, pobj) or (prep.lower_ in SETTING_PREPS and obj.pos_ == "PROPN" and obj.ent_type_ in NAME_ENTS)


# "in favor of X", "in support of X", "in opposition to X": a phrase that names the side a cue verb takes
STANCE_PHRASE_NOUNS = {"favor": "of", "favour": "of", "support": "of", "opposition": "to", "defense": "of", "defence": "of"}


def stance_phrase(v) -> tuple[int, int, str] | None:
    """(first, last, "prep") of X when cue verb `v` takes a side by a phrase "in favor of X" ("voted in favor of
    the bill", "spoke out in opposition to the plan", "ruled in favor of the city"): what the vote, speech or
    ruling was for or against, as PolNeAR marks it (train, lexicon verbs with such a phrase: the object of
    "of"/"to" is gold content in 16 of 17 weighted occurrences)."""
    for c in v.children:
        if c.dep_ == "prep" and c.lower_ == "in" and c.i > v.i:
            n = next((x for x in c.children if x.dep_ == "pobj"), None)
            want = STANCE_PHRASE_NOUNS.get(n.lower_) if n is not None else None
            if want is None:
                continue
            # (the parser hangs "of" on the noun or, right after it, on the verb: "argued in favour of keeping …")
            p = next((x for x in list(n.children) + list(v.children) if x.dep_ == "prep" and x.lower_ == want
                      and (x.head.i == n.i or x.i == n.i + 1)), None)
            obj = next((x for x in p.children if x.dep_ in ("pobj", "pcomp")), None) if p is not None else None
            if obj is not None and obj.lower_ not in NEGATIVE_OBJECTS:
                return obj.left_edge.i, _phrase_end(obj), "prep"
    return None


# what "on" names when it says where or how something was said, not what about: "spoke on the radio show",
# "said on CNN", "talked on the phone", "spoke on condition of anonymity"
VENUE_NOUNS = frozenset("""
show program programme radio television tv air airwaves network channel podcast broadcast phone telephone call
stage floor trail panel camera video livestream episode segment interview line website blog page condition
record background
""".split())
# where a statement is posted, whatever the cue: social platforms and one's account on them ("wrote on
# Facebook", "commented on Twitter", "posted on social media"); the tagger gives their names no steady
# entity type (Facebook none, Twitter PRODUCT, YouTube ORG), so they are listed as the class they are
PLATFORM_NOUNS = frozenset("""
facebook twitter instagram youtube tiktok telegram whatsapp linkedin reddit snapchat substack weibo wechat
media medium account feed timeline platform
""".split())


WHERE_NOUNS = VENUE_NOUNS | PLATFORM_NOUNS


def _complement_after(v, cue: Cue, kids: list) -> bool:
    """Whether cue verb `v` has its own complement after it of a frame its lexicon entry names: a to-infinitive
    ("Prices kept rising; the bank aims to …") or a preposition with an object ("Morale has suffered; staff
    complain of …", "… tenants are calling for a freeze"). A verb fills its complement once, so a clause before
    it is then no content of its (the fronted content of "X, she said" fills an empty slot). A phrase that
    says when or where the words were said fills no slot ("commented on the radio", "spoke about it on Monday")."""
    for c in kids:
        if c.i < v.i:
            continue
        if c.dep == _XCOMP and "to" in cue.frames and c.left_edge.lower_ == "to":
            return True
        if c.dep == _PREP and c.lower_ in cue.frames:
            obj = next((x for x in c.children if x.dep_ in ("pobj", "pcomp")), None)
            if obj is not None and obj.ent_type_ not in ("DATE", "TIME") and not _where_said(c, obj) \
                    and not _occasion_count(obj):
                return True
    return False


def _occasion_count(n) -> bool:
    """"for the third time", "for the last time": how often something was said, not what for."""
    return n.lemma_ == "time" and any(c.ent_type_ == "ORDINAL" or c.lower_ in ("last", "next", "same") for c in n.children)


# verbs whose direct object may be the one addressed ("told reporters", "assured residents")
ADDRESSEE_VERBS = frozenset({"tell", "inform", "warn", "assure", "reassure", "remind", "promise", "advise", "caution",
                             "notify", "brief", "ask"})


def _addressee(v, c) -> bool:
    """Whether the direct object `c` of `v` is the one `v` addresses (as _hearer, for more verbs): "…, she told
    reporters", "…, the mayor assured residents"."""
    return v.lemma_ in ADDRESSEE_VERBS and (c.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or c.lower_ in HEARER_PRONOUNS
                                            or c.tag_ in ("NNS", "NNPS") or c.lemma_.lower() in HEARER_BODIES)


def _where_said(prep, obj) -> bool:
    """True for an "on" phrase naming the venue, channel or terms of a statement (VENUE_NOUNS, or a
    broadcaster's or programme's name) rather than its topic."""
    return prep.lower_ == "on" and (obj.lemma_.lower() in VENUE_NOUNS or obj.lemma_.lower() in PLATFORM_NOUNS
                                    or obj.ent_type_ in ("ORG", "WORK_OF_ART", "PRODUCT"))


def _before_venue(obj) -> int:
    """Last token of the object `obj` of a cue's preposition without an "on" phrase closing it that names where
    the words were said ("commented on the plan on Facebook", "spoke about the budget on the radio"): the parser
    hangs it on the object, but it says where, not what about."""
    end = obj.right_edge.i
    for c in obj.children:
        if c.i > obj.i and c.dep_ == "prep" and c.right_edge.i == end:
            pobj = next((x for x in c.children if x.dep_ == "pobj"), None)
            if pobj is not None and c.lower_ == "on" and pobj.lemma_.lower() in WHERE_NOUNS:
                end = c.i - 1  # (not a name: "the vote on NAFTA" is about NAFTA; "on CNN" stays)
    return end


PRO_CLAUSE = frozenset({"so", "when", "why", "how", "whether"})


def pro_clause(v) -> tuple[int, int, str] | None:
    """"half said so", "never thought so", "did not say when": a word standing for the clause, right after
    the verb (or its particle "not"), is the content (annotators mark it so); not "said so far"."""
    doc = v.doc
    j = v.i + 1
    if j < len(doc) and doc[j].dep_ == "neg":
        j += 1
    if j >= len(doc) or doc[j].lower_ not in PRO_CLAUSE or doc[j].head.i != v.i or list(doc[j].children):
        return None
    nxt = doc[j + 1] if j + 1 < len(doc) else None
    if nxt is not None and (nxt.pos_ not in ("PUNCT", "CCONJ", "ADP", "SPACE") or nxt.lower_ in ("that", "as")):
        return None  # "said so many times", "so that …", "asked why …" with a clause the parser missed
    return j, j, "clause"


def _labelled(v, obj) -> bool:
    """A label after the object ("calls himself a democratic socialist", "cast herself as an outsider"): with
    one, a reflexive object is content (annotators keep "himself a girl" in 45 of 55 such cues on train)."""
    return any(c.i > obj.i and (c.dep_ in ("oprd", "xcomp") or (c.dep_ == "prep" and c.lower_ == "as")) for c in v.children)


def _as_label(v, end: int) -> int:
    """"pointed to China as the enforcer", "see Trump as most likely to win": the label the parser hung
    on the verb after its object belongs to the content."""
    doc = v.doc
    if end + 1 >= len(doc) or column_list(doc, LOWER)[end + 1] != _AS:
        return end  # (both labels below open with "as" right after the end: no child is read without one)
    for c in v.children:
        if c.i == end + 1 and c.lower_ == "as" and c.dep_ == "prep":
            return c.right_edge.i
        if c.left_edge.i == end + 1 and c.left_edge.lower_ == "as" and c.dep_ == "advcl" and not _has_subject(c):
            # "condemned the launch as Pyongyang fired missiles": a clause with a subject says when, not what
            return c.right_edge.i
    return end


def _then_infinitive(v, end: int) -> int:
    """"called on Obama to retaliate", "called for contestants to wear …": the infinitive the parser hung
    on the verb after a prepositional object belongs to the content, also past an aside between dashes
    ("calls on all nations - rich and poor - to limit …") or an adverb after "to" ("to quickly act")."""
    start = _past_dashed_aside(v.doc, end + 1)
    x = next((c for c in v.children if c.dep_ == "xcomp" and c.left_edge.i == start and v.doc[start].lower_ == "to"),
             None)
    return x.right_edge.i if x is not None else end


DASHES = frozenset({"-", "—", "–", "--"})


def _past_dashed_aside(doc, i: int) -> int:
    """The token after an aside of a few words set off by a pair of dashes opening at token i, else i."""
    if i < len(doc) and doc[i].text in DASHES:
        j = next((j for j in range(i + 1, min(i + 8, len(doc))) if doc[j].text == doc[i].text), None)
        if j is not None:
            return j + 1
    return i


def _after_comma_or_closing_mark(doc, j: int) -> bool:
    """Token j is a comma or a closing quotation mark (a straight '"' closes when an odd number of them
    come before it in the sentence): told her supporters, "I still …" opens one."""
    t = doc[j]
    if t.text in (",", "”", "’"):
        return True
    return t.text == '"' and sum(1 for x in doc[sentence_of(t).start:j] if x.text == '"') % 2 == 1


def _reports_back(c, v, lex: Lexicon) -> bool:
    """"X expressed its 'concern,' a source told AFP": the parser hung the inverted reporting clause on the
    cue before it; that clause attributes the cue's sentence (inverted_content), it is not its content."""
    if not _object_between(v, c):
        return False  # the cue's content is its object, the clause after it no complement of it
    a = c.left_edge.i
    while a < c.i and c.doc[a].is_punct:
        a += 1  # an opening mark the parser hung on the clause: what precedes the clause's first word
    if a == 0 or not _after_comma_or_closing_mark(c.doc, a - 1) or any(x.dep_ == "mark" for x in c.children):
        return False  # "told MSNBC that nobody would question …": a clause of its own, not a trailing report
    return c.lemma_ in lex.verbs and not any(x.dep_ in ("ccomp", "xcomp") for x in c.children) \
        and bool(inverted_content(c, lex))


def _object_between(v, c) -> bool:
    """Whether `v` has a child labelled dobj between it and `c`: read from the head and DEP columns (a child of v is
    a token whose head is v), so that no Token is made for v's children."""
    doc = v.doc
    heads, deps = head_list(doc), column_list(doc, DEP)
    return any(heads[i] == v.i and deps[i] == _DOBJ for i in range(v.i + 1, c.i))


def _past_relative(v, c, a: int) -> int:
    """Start of clause `c`'s content when it opens with a relative pronoun before the cue ("…, which he
    said hurts drivers"): the parser gave the clause that pronoun, so its words ran over the source and
    the cue; the content goes on after the cue (the pronoun is a piece of its own, see relative_piece)."""
    if relative_piece(v, c, a) is not None:
        return v.i + 1 if v.doc[v.i + 1].lower_ != "that" else v.i + 2
    return a


TIME_ENTS = frozenset({"DATE", "TIME"})
TIME_ADJUNCT_DEPS = frozenset({"prep", "npadvmod", "advmod"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl"})


def _past_cues_time(v, c, a: int) -> int:
    """Start of clause `c`'s content past a time adjunct standing between cue `v` and the clause's subject
    ("said on Monday she would run", "told reporters Tuesday the plan failed"): the parser may hang it on the
    clause's verb, but the time is when the words were said, and PolNeAR's contents leave it out (train: 106
    contents after such an adjunct, 4 holding it). Only when nothing of the clause comes before it (a
    complementiser keeps it: "said that on Monday she would run")."""
    if a <= v.i or c.left_edge.i != a:
        return a
    x = next(iter(c.lefts), None)  # the clause's first piece
    if x is None or x.dep_ not in TIME_ADJUNCT_DEPS or not _names_a_time(x):
        return a
    end = x.right_edge.i + 1
    if c.doc[end].text == ",":
        end += 1
    return end if any(y.dep_ in SUBJECT_DEPS and y.i >= end for y in c.lefts) else a


def _names_a_time(x) -> bool:
    """Whether adjunct `x` is a time: a date or time noun itself ("Tuesday", "last week") or as its preposition's
    object ("on Monday", "on Tuesday night")."""
    if x.dep_ == "prep":
        x = next((y for y in x.children if y.dep_ == "pobj"), None)
    return x is not None and x.ent_type_ in TIME_ENTS


def relative_piece(v, c, a: int) -> tuple[int, int] | None:
    """(i, i) for the relative pronoun opening clause `c` (first token `a`) before cue `v`, else None:
    annotators keep it as a piece of the content ("which | will go into effect")."""
    t = v.doc[a]
    return (a, a) if a < v.i < c.i and t.tag_ in RELATIVE_TAGS and t.head.i == c.i else None


def relative_front(v, span: tuple[int, int]) -> tuple[int, int] | None:
    """The relative pronoun piece (relative_piece) of the clause content `span` of cue `v`, else None."""
    c = next((c for c in v.children if c.dep_ == "ccomp" and span[0] <= c.i <= span[1]), None)
    return relative_piece(v, c, c.left_edge.i) if c is not None else None


def inverted_content(v, lex: Lexicon) -> list[tuple[int, int]]:
    """"…, a source told AFP" / "…, the senator said." / "This campaign, he says, is different": the
    clause the cue hangs on, around it (one or two fragments)."""
    h = v.head
    if v.dep_ not in ("ccomp", "parataxis", "advcl") or h.i == v.i:
        return []
    while h.pos_ not in ("VERB", "AUX") and h.head.i != h.i and h.dep_ != "ROOT":
        h = h.head  # "The difference now, he told me, is …": the parser hung the cue on the subject
    while h.dep_ in ("aux", "auxpass") and h.head.i != h.i:
        h = h.head  # "These employees, X explained, were well paid": hung on the auxiliary, the clause is its verb's
    if h.lemma_ in lex.verbs and not any(c.dep_ == "dobj" for c in h.children) and not frames_report(v, h):
        return []  # "He said it would rain, she added": the head reports speech of its own
    if v.dep_ == "advcl" and h.i > v.i and not bare_parenthetical(v, h):
        return []  # "As he said, …" is a different frame
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children) or all_told(v):
        return []  # a participle (", adding ten days") reports nothing: an inverted cue names its speaker
    return _without_occasion(h, v, _around(h, v))


def all_told(v) -> bool:
    """True for the idiom "all told" ("in all": "All told, the campaign spent $90 million"), which the parser reads
    as a clause with "All" its subject, set off like a reporting parenthetical: it reports nothing."""
    return v.lower_ == "told" and [c.lower_ for c in v.children if c.dep_ not in ("punct",)] == ["all"]


def frames_report(v, h) -> bool:
    """True when the cue `v` is a reporting clause closed by a comma before the verb `h` of the clause it hangs
    on ("At the time, she said, she was considering a run", "His wife, he says, plans to leave"): it frames the
    whole clause, a report of that clause's own subject included, and PolNeAR marks that outer level (train: the
    gold source of such a clause is the parenthetical's speaker; the clause's own report, nested in that content,
    is left unmarked). After the clause ("He said it would rain, she added") the cue adds to a report already
    made, and the head keeps its own (the guard in inverted_content)."""
    doc = v.doc
    end = v.right_edge.i if v.right_edge.text == "," else v.right_edge.i + 1  # the comma, often the cue's own child
    return end < h.i and doc[end].text == ","  # (end >= v.i: the cue comes before its head)


def bare_parenthetical(v, h) -> bool:
    """True when the adverbial clause `v` before its head `h` has no conjunction or adverb of its own to open it
    ("As he said, …", "When she asked, …", "Just as they warned, …" have one) and is a reporting clause closed by a
    comma (frames_report): the parser read a parenthetical as adverbial, hanging a fronted phrase on it ("In
    the spring, the principal recalled, parents demanded …")."""
    return not any(c.dep_ in ("mark", "advmod") and c.i < v.i for c in v.children) and frames_report(v, h)


def _fronted_clause(c, h) -> bool:
    """An adverbial clause of `h`, or a participle read as its clausal subject though `h` has a subject of its
    own ('Looking at the crowd, she said, "It is …"': "It" is the subject, "Looking" no second one)."""
    return c.dep_ == "advcl" or c.dep_ == "csubj" and any(x.dep_ in ("nsubj", "nsubjpass", "expl") for x in h.children)


def _without_occasion(h, v, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The pieces of an inverted content without a reduced clause opening the sentence before the source
    when a quotation follows the cue ('Asked about the tax, he said, "It is wrong."', 'Pressed on the
    vote, she said: "…"'): the parser hangs that clause on the quotation's verb, but it says when or why
    the words were said (the writer's framing; "Asked" is an attribution of its own), not what was said.
    (A past tense with no subject or auxiliary is the tagger's misreading of the participle.)"""
    if len(pieces) != 2 or pieces[0][1] >= v.i:
        return pieces
    doc = v.doc
    after = v.i + 1  # (the cue's subtree may hold the opening mark: look at the words after it)
    while after < len(doc) and doc[after].is_punct and not doc[after].is_quote:
        after += 1
    if after >= len(doc) or not doc[after].is_quote:
        return pieces
    c = next((c for c in h.children if _fronted_clause(c, h) and c.i < v.i and c.left_edge.i == pieces[0][0]), None)
    if c is None or c.right_edge.i < pieces[0][1] or c.tag_ not in ("VBN", "VBG", "VBD") or \
            any(x.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for x in c.children):
        return pieces
    return pieces[1:]


def as_content(v) -> list[tuple[int, int]]:
    """"As Clyburn noted, those voters will …", "Clinton, as the Post reported, raised …": the clause an
    "as" clause of saying with a subject of its own modifies (one or two fragments; a conjunction or
    adverb opening the sentence, "But", "And,", is not content). Annotators mark that clause in 50 of the
    55 such cues on PolNeAR train. The passive "as reported by the Post" says the same, its agent the
    speaker (the stage takes a participle's agent as source)."""
    h = v.head
    if v.dep_ != "advcl" or h.i <= v.i or h.pos_ not in ("VERB", "AUX") or v.left_edge.lower_ != "as" \
            or v.left_edge.dep_ != "mark" \
            or not any(c.dep_ == "nsubj" or (c.dep_ == "agent" and v.tag_ == "VBN") for c in v.children) \
            or any(c.dep_ in ("dobj", "ccomp", "xcomp") and not _idiom_it(v, c) and not _hearer(v, c) for c in v.children):
        return []  # "as he told reporters that …", "as she spoke" (no gap) are other frames
    return _around(h, v, lead=("cc", "advmod"))


# verbs of saying whose direct object is who hears it, not what is said ("told reporters", "warned voters")
HEARER_VERBS = frozenset({"tell", "inform", "warn"})
HEARER_PRONOUNS = frozenset("me us him her them you".split())
# bodies that are told things ("told the committee"): hearers though singular and unnamed
HEARER_BODIES = frozenset("""
committee panel court jury crowd audience senate house chamber council board commission conference convention
assembly parliament congress caucus delegation
""".split())


def _hearer(v, c) -> bool:
    """Whether the object `c` of the "as" clause `v` is the hearer of a verb that takes one ("As she told
    reporters, …", "as he warned the committee"): a person or group, a personal pronoun, a plural noun or a
    body; the clause then still leaves its content to the clause it modifies. "As he told the story" has none."""
    if c.dep_ != "dobj" or v.lemma_ not in HEARER_VERBS:
        return False
    return c.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or c.lower_ in HEARER_PRONOUNS \
        or c.tag_ in ("NNS", "NNPS") or c.lemma_.lower() in HEARER_BODIES


def _idiom_it(v, c) -> bool:
    """The "it" of "as X put it": the idiom's own object, not the content (lexicon.phrasal_cue)."""
    return c.dep_ == "dobj" and c.lower_ == "it" and c.i == v.i + 1 and v.lemma_ == "put"


# "To Smith, the vote marked a turning point": a sentence opened by one of these and a person or group set
# off by a comma gives that holder's view ("For X, …" too, but annotators mark it in under half the cases:
# "For Obama, it was a day of celebration" is often the writer's framing)
PERSPECTIVE_PREPS = frozenset({"to"})
HOLDER_PRONOUNS = frozenset("him her them us me many some most others anyone everyone those few".split())
# plural nouns that open such a sentence without holding a view: "To this day", "To reasons of …"
NOT_HOLDERS = frozenset("""
year month week day decade hour minute century generation time reason example instance purpose moment now
starter
""".split())


def perspective(sent, lex: Lexicon) -> tuple[list[tuple[int, int]], object] | None:
    """(token ranges of the clause, the holder) when sentence `sent` opens (after "But", "And") with
    "To X," whose X is a person or group and the clause has a subject of its own; else None. Not when the
    clause's verb (or its predicate) is a cue: "To Biden, the speech hinted at …", "To Trump, voters are
    alarmed …" say whose view it is themselves."""
    doc = sent.doc
    i = sent.start
    while i < sent.end - 1 and (doc[i].dep_ == "cc" or doc[i].is_punct or doc[i].is_space):
        i += 1
    p = doc[i]
    if p.lower_ not in PERSPECTIVE_PREPS or p.dep_ != "prep" or p.head.i <= p.i or p.head.pos_ not in ("VERB", "AUX"):
        return None
    h, end = p.head, p.right_edge.i
    obj = next((c for c in p.children if c.dep_ == "pobj"), None)
    if obj is None or end + 1 >= h.i or doc[end + 1].text != "," or not _holder(obj) \
            or not any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") and c.i > end for c in h.children):
        return None
    if lex.verb(h) is not None or any(c.dep_ in ("acomp", "attr") and (c.lemma_.lower() in lex.adjectives or
                                                                        c.lemma_ in lex.nouns) for c in h.children):
        return None
    return _around(h, p, lead=("cc", "advmod")), obj


def _holder(obj) -> bool:
    """Whether the object of "to" opening a sentence can hold a view: a person, group or place named,
    a personal or quantifying pronoun, or a plural noun that is no span of time."""
    if obj.ent_type_ in ("PERSON", "NORP", "ORG", "GPE"):
        return True
    if obj.ent_type_:
        return False  # "To 2020", "To this day"
    if obj.lower_ in HOLDER_PRONOUNS:
        return True
    return obj.tag_ in ("NNS", "NNPS") and obj.lemma_.lower() not in NOT_HOLDERS


def _around(h, v, lead: tuple[str, ...] = ()) -> list[tuple[int, int]]:
    """The token ranges of clause `h` before and after the clause `v` inside it, without the
    punctuation at their edges (nor, before `v`, an opening word whose dependency is in `lead`)."""
    doc = v.doc
    out = []
    for a, b in ((h.left_edge.i, v.left_edge.i - 1), (v.right_edge.i + 1, h.right_edge.i)):
        while a <= b and (doc[a].is_punct or doc[a].is_space or doc[a].dep_ in lead and a < v.i):
            a += 1
        while b >= a and (doc[b].is_punct or doc[b].is_space):
            b -= 1
        if b >= a:
            out.append((a, b))
    return out


def hoisted_clause(v) -> tuple[int, int] | None:
    """"X continues to insist, in an interview, that he wants …": the parser made the that-clause the
    main clause and hung the cue on it; the clause after "that" is the content."""
    u = v
    while u.dep_ == "xcomp" and u.head.i != u.i:
        u = u.head
    h = u.head
    if u.dep_ != "ccomp" or h.i <= u.i or not any(c.dep_ in ("nsubj", "nsubjpass") for c in u.children):
        return None
    mark = next((c for c in h.children if c.dep_ == "mark" and c.lower_ == "that" and u.right_edge.i < c.i < h.i), None)
    return (mark.i + 1, h.right_edge.i) if mark is not None else None


def quotative_inversion(v):
    """((content pieces), speaker) of "Such a move, warned the minister, would spook the markets": a verb of
    saying set off by commas inside the clause it reports, with its subject after it (quotative inversion,
    which English allows only there). The parser reads that subject as the verb's object or modifier (or
    as the clause's subject), and the words before the verb as its subject: they open what is said, and
    the clause goes on after the second comma, as the clause the verb hangs on or as a predicate with no
    subject the parser coordinated with the verb ("The money, insisted the treasurer, had been spent": a
    predicate joined by a bare comma, with no subject, is no second act of the speaker). None otherwise
    (the verb has a clause of its own, or the noun phrase after it is not closed by a comma: "…, warned
    voters that …")."""
    doc = v.doc
    if v.i == 0 or doc[v.i - 1].text != ",":
        return None
    subj = obj = rest = None
    for c in v.children:
        if c.dep_ == "nsubj" and c.i < v.i:
            subj = c
        elif c.dep_ in ("dobj", "npadvmod", "attr") and c.left_edge.i == v.i + 1 and c.pos_ in ("NOUN", "PROPN", "PRON"):
            obj = c  # the noun phrase right after the verb, however the parser labelled it
        elif c.dep_ in ("ccomp", "xcomp", "advcl"):
            return None
        elif c.dep_ == "conj" and c.i > v.i and not any(x.dep_ in ("nsubj", "nsubjpass", "expl") for x in c.children):
            rest = c
    if v.dep_ == "parataxis" and v.head.i > v.i:
        rest = v.head
        if obj is None:  # "…, cautioned Senator Hale, could …": the parser made the name the clause's subject
            obj = next((c for c in rest.children if c.dep_ == "nsubj" and c.left_edge.i == v.i + 1), None)
    elif rest is None or any(c.dep_ == "cc" and c.i > v.i for c in v.children):
        return None  # "…, and …": a second act of the speaker's
    if subj is None or obj is None or obj.right_edge.i + 1 >= rest.i or doc[obj.right_edge.i + 1].text != ",":
        return None
    after = (obj.right_edge.i + 2, rest.right_edge.i)
    while after[1] > after[0] and doc[after[1]].is_punct:
        after = (after[0], after[1] - 1)
    return [(subj.left_edge.i, v.i - 2), after], obj


def conjoined_inversion(v):
    """((content piece), speaker) of "The mill is still running, but it is losing money, said its owner": a verb
    of saying after a comma that closes its sentence with its speaker after it (quotative inversion), which the
    parser joined to the clause before it as one more conjunct. The words from the start of that (coordinated)
    clause to the comma are what is said (PolNeAR: the reporting clause's content is the clause it reports,
    whatever comes first). None when a conjunction comes before the verb ("…, and warned the board"), the verb has a
    word of its own before it (its subject), any word but its speaker (a noun phrase right after it) follows it,
    or the clause before it has no subject of its own."""
    doc = v.doc
    if v.dep_ != "conj" or doc[v.i - 1].text != ",":  # (a conjunct comes after its head: v.i > 0)
        return None
    if any(c.i < v.i and c.dep_ != "punct" for c in v.children):
        return None  # its own subject before it ("…, and the mayor, a Democrat, told reporters"): the noun after is its object
    speaker = next((c for c in v.children if c.dep_ in ("nsubj", "dobj") and c.left_edge.i == v.i + 1
                    and c.pos_ in ("NOUN", "PROPN")), None)
    if speaker is None or any(not (t.is_punct or t.is_space) for t in doc[speaker.right_edge.i + 1:v.sent.end]):
        return None
    top = v.head
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in top.children):
        return None  # "…, ran out of time, said …": a list of acts, not a reported clause
    return (top.left_edge.i, v.i - 2), speaker  # up to the comma (a closing quote mark included)




def _span_head(doc, a: int, b: int):
    """The first token of tokens [a, b] whose head lies outside them or that is its own head (a root), or None:
    read from the head indices, so that a Token is made only for the one found (the walk made one a word)."""
    heads = head_list(doc)
    for i in range(max(a, 0), min(b + 1, len(doc))):
        h = heads[i]
        if not a <= h <= b or h == i:
            return doc[i]
    return None


def fronted_content(v, span: tuple[int, int]) -> tuple[int, int] | None:
    """"These employees, Stumpf explained, were well paid": the words before the source that the parser
    hung on the cue belong to the content after it."""
    if span[0] < v.i:  # (first: it needs no Token; a sixth of the calls end here)
        return None
    subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return None
    doc = v.doc
    head = _span_head(doc, span[0], span[1])
    if head is None or head.pos_ not in ("VERB", "AUX") or head.dep_ == "xcomp" or _has_subject(head):
        return None  # "Last month, the government said it had …", "… agreed to buy": the content is whole
    # (no "nsubj" among the labels: `subj` is the cue's first subject child, so no subject comes before it; a
    # parse with the fronted words and the speaker both nsubj of the cue is not taken)
    front = [c for c in v.children if c.i < subj.i and c.dep_ in ("npadvmod", "dep", "attr")]
    if not front or front[0].left_edge.i != sentence_of(v).start or doc[subj.left_edge.i - 1].text != ",":
        return None  # only a fronted piece opening the sentence and set off by a comma
    if front[0].ent_type_ in ("DATE", "TIME"):
        return None  # "Last week, …": when the cue was said, not what
    a, b = front[0].left_edge.i, subj.left_edge.i - 1
    while b >= a and (doc[b].is_punct or doc[b].is_space):
        b -= 1
    return (a, b) if b >= a else None  # a front of punctuation alone ("—, the manager said, …") is no content


def raising_content(v) -> tuple[int, int] | None:
    """"Trump seemed rattled", "she appears ready to run", "this seems like a fair idea": the subject and
    its predicate, with no source; "it seems (like) no one is safe": the clause alone."""
    subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
    pred = next((c for c in v.children if c.i > v.i and (c.dep_ in ("xcomp", "acomp", "oprd", "ccomp")
                                                          or (c.dep_ == "prep" and c.lower_ in ("like", "as")))), None)
    if subj is not None and subj.pos_ == "PRON" and subj.lower_ == "it":
        clause = next((c for c in v.children if c.i > v.i and c.dep_ in ("ccomp", "advcl") and _has_subject(c)), None)
        if clause is not None:  # "It seems like …", "it appears that …"
            a = clause.left_edge.i
            while a < clause.i and v.doc[a].dep_ == "mark":
                a += 1
            return a, clause.right_edge.i
        return None
    if subj is None or pred is None or subj.pos_ == "PRON" and subj.lower_ == "there":
        return None
    return subj.left_edge.i, pred.right_edge.i


def agent_of(v):
    """X in "… are supported by X": the source of a passive cue."""
    for c in v.children:
        if c.dep_ == "agent":
            return next((x for x in c.children if x.dep_ == "pobj"), None)
    return None


def passive_subject(v) -> tuple[int, int] | None:
    """The subject of a passive cue with an agent ("The plan was criticized by Democrats"): its content; for a
    reduced relative (reduced_passive), the noun phrase it modifies."""
    if reduced_passive(v):
        return _modified_phrase(v)
    subj = next((c for c in v.children if c.dep_ == "nsubjpass"), None)
    if subj is None or subj.lower_ in ("it", "there", "which", "that", "who"):
        return None
    return subj.left_edge.i, _phrase_end(subj)


def reduced_passive(v) -> bool:
    """A past participle modifying a noun with no subject or object of its own, the reduced relative of a
    passive ("the program known as X" = which is known as X, "a plan criticized by X", "a state seen as
    critical"): the noun is the passive's subject (what was said, thought or named), not its speaker."""
    return v.dep_ == "acl" and v.tag_ == "VBN" and v.head.i < v.i and v.head.pos_ in ("NOUN", "PROPN") \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "auxpass", "aux") for c in v.children) \
        and root_noun_subject(v) is None  # the parser's relative on the sentence's own subject: an active verb


def _modified_phrase(v) -> tuple[int, int] | None:
    """The noun phrase a reduced relative `v` modifies, up to the participle (and the comma or dash before
    it: "Tsege, known to all as Andy"); None for a pronoun-like head ("those", "one")."""
    head = v.head
    a, b = head.left_edge.i, v.left_edge.i - 1
    while b > head.i and (v.doc[b].is_punct or v.doc[b].is_space):
        b -= 1
    return (a, b) if b >= a and head.lower_ not in ("it", "that", "this", "those", "one", "ones") else None


# what completes an agentless passive cue: "was criticized for …", "is accused of …", "was challenged over …"
PASSIVE_PREPS = frozenset({"as", "for", "of", "over", "about", "to", "with", "like", "against", "on", "into"})
# passives whose subject is the one addressed, not what is said: "he was asked about the deal"
ADDRESSEE_PASSIVES = frozenset({"ask", "question", "press", "quiz", "tell"})


def passive_label(v) -> tuple[int, int] | None:
    """What completes an agentless passive cue, else None: its label ("was described as a fraud", "was
    declared the winner", "is considered an effective technique"), its second object ("were issued
    citations"), its infinitive or clause ("was invited to speak", "was asked what happened") or its
    complement ("is accused of a massacre", "was criticized for …"); a noun's or a verb's, without the writer's
    ", which …" aside ("was urged to sign the bill, which the council passed": not what was urged)."""
    for c in v.children:
        if c.i < v.i:
            continue
        if c.dep_ in ("oprd", "attr", "dobj", "dative", "xcomp", "ccomp"):
            return c.left_edge.i, _phrase_end(c)
        if c.dep_ == "prep" and c.lower_ in PASSIVE_PREPS:
            obj = next((x for x in c.children if x.dep_ in ("pobj", "pcomp")), None)
            if obj is not None and obj.ent_type_ not in ("DATE", "TIME"):
                return obj.left_edge.i, _phrase_end(obj)
    return None


def extraposed_clause(v) -> tuple[int, int] | None:
    """"It was reported that the minister had resigned", "It has been suggested that the vote be delayed": a
    passive cue whose subject is the empty "it" standing for a clause after it says that clause, without the
    words "that" or "whether" opening it (as verb_content gives an active cue's clause); None when the subject is
    no "it" before the cue or no clause follows ("It was said to be the largest": passive_content)."""
    if not any(c.dep_ == "nsubjpass" and c.lower_ == "it" and c.i < v.i for c in v.children):
        return None
    c = next((c for c in v.children if c.dep_ == "ccomp" and c.i > v.i), None)
    if c is None:
        return None
    a = c.left_edge.i
    if v.doc[a].dep_ == "mark" and v.doc[a].lower_ in ("that", "whether", "if") and a < c.i:
        a += 1
    return a, c.right_edge.i


def passive_content(v) -> tuple[int, int] | None:
    """"Trump is expected to win": the subject and the infinitive, with no source."""
    subj = next((c for c in v.children if c.dep_ == "nsubjpass"), None)
    x = next((c for c in v.children if c.dep_ in ("xcomp", "ccomp") and c.i > v.i), None)
    if subj is None or x is None:
        return None
    return subj.left_edge.i, x.right_edge.i


def _has_subject(c) -> bool:
    return any(x.dep_ in ("nsubj", "nsubjpass", "expl") for x in c.children)


def _phrase_end(head) -> int:
    """Last token of a noun phrase without a non-restrictive tail (", who …", ", the …" apposition)."""
    doc = head.doc
    end = head.right_edge.i
    for c in head.children:
        mark = _aside_mark(doc, c.left_edge.i) if c.i > head.i and c.dep_ in ("relcl", "appos", "acl") and not _list_item(c) else -1
        if mark > head.i and not _bracketed_inside(doc, mark, c, end):
            end = min(end, mark - 1)
    # ... nor one on a noun further in ("a review of the visa program, which allows …")
    for x in token_span(doc, head.i + 1, end + 1):
        # (or a participle that is the reporter's next act: "denied the notion that X, explaining …")
        aside = x.dep_ == "relcl" or _tail_apposition(x, end) or (x.left_edge.i == x.i and _aside_on_report(x) is not None)
        if aside and x.left_edge.i > head.i + 1 and _sets_off(doc[x.left_edge.i - 1], CLOSING_MARKS):
            end = min(end, x.left_edge.i - 2)
            break
    return max(end, head.i)


# what opens a clause telling the occasion of an act ("refused to comment as she left the hall")
OCCASION_MARKS = frozenset({"as", "when", "while", "after", "before"})


def _second_that_clause(v, c, b: int, lex: Lexicon) -> int:
    """End of a clause content taken on over a second that-clause the parser hung on the cue as its conjunct:
    "predicted that wages would fall, but that bonuses would offset the loss" (the cue's two complements)."""
    doc = v.doc
    if not any(i > b for i in with_child_word(doc, "mark", "that")):
        return b  # (the second clause after b has a child "that" marking it: without one no child is read)
    for x in v.children:
        if x.dep_ == "conj" and x.i > b and x.left_edge.lower_ == "that" and x.left_edge.dep_ == "mark" \
                and x.left_edge.head.i == x.i and _has_subject(x) \
                and all(t.is_punct or t.dep_ == "cc" for t in doc[b + 1:x.left_edge.i]):
            return trim_nested(x, x.left_edge.i, x.right_edge.i, lex)
    return b


# the cue forms a bare verb cannot be coordinated with: "agreed … and rely" is no second act of the speaker's
FINITE_CUE_TAGS = frozenset({"VBD", "VBZ", "VBN", "VBG"})


def shared_conjunct(v, c, b: int, lex: Lexicon) -> int:
    """End of a content (clause or infinitive `c`, ending at token `b`) taken on over a verb the parser hung on the
    cue `v` as its conjunct when only `c` can govern its form: a bare verb with no subject after a cue in another
    form is a second infinitive ("agreed to cut fees and raise wages", "declined to blame X or even call Y biased")
    or stands under the clause's modal ("said the tax would cost X, but would pay for Y", "said fares would rise
    and stay high"). A conjunct in the cue's own form ("said X and warned Y") is the speaker's next act and stays
    out. PolNeAR: dev 3 of 3 such conjuncts gold content; the first 305 train articles, the one second infinitive
    set off by a comma ("hoped to X, and not Y") is not (issue 12, session 57)."""
    if v.tag_ not in FINITE_CUE_TAGS:
        return b
    doc = v.doc
    for x in v.children:
        if x.dep_ == "conj" and x.i > b and x.pos_ in ("VERB", "AUX") and not _has_subject(x):
            between = doc[b + 1:x.left_edge.i]
            if all(t.is_punct or t.dep_ == "cc" for t in between) \
                    and _bare_continuation(x, c, any(t.is_punct for t in between)):
                return trim_nested(x, x.left_edge.i, x.right_edge.i, lex)
    return b


def _bare_continuation(x, c, set_off: bool) -> bool:
    """Whether verb `x` is in the bare form that content head `c` licenses: `c` has a "to" or a modal, and `x` has
    no auxiliary and is not set off by a comma (an afterthought of the writer's: "hoped to win, and not merely
    take part"; the tagger reads a bare verb after "or" as a present one too), or `x` repeats `c`'s own "to" or modal
    ("to X, and to Y", "would … but would …": the repetition says it is parallel, a comma or not)."""
    if x.tag_ not in ("VB", "VBP"):
        return False
    aux = {m.lower_ for m in x.children if m.dep_ == "aux"}
    governors = {m.lower_ for m in c.children if m.dep_ == "aux" and m.tag_ in ("TO", "MD")}
    if not aux:
        return not set_off and bool(governors)
    return x.tag_ == "VB" and aux <= governors


def _without_aside(doc, a: int, b: int) -> int:
    """End of an infinitive content (tokens a..b) before the writer's aside that closes it: a relative
    clause set off by a comma (", which …", ", who …") or a closing apposition (", a longstanding …"),
    as an object loses them (_phrase_end): "vowed to repeal the law, a measure passed in 1976" reports
    the vow, not the writer's gloss on the law. Nor does it take a closing clause in the past tense that tells
    the occasion ("refused to talk to reporters as she left the hall", "voted to end the strike after the
    company raised its offer"): the narrative's time, not what was intended; a present tense stays ("hopes to
    finish the bridge before the winter comes"). A contrast the writer adds after a comma or dash (", while …",
    "— even as …") goes too, as after a clause content (_writers_tail)."""
    for x in doc[a + 1:b + 1]:
        aside = (x.dep_ == "relcl" and x.left_edge.lower_ in ("which", "who")) or _tail_apposition(x, b)
        if aside and x.right_edge.i >= b and x.left_edge.i - 1 > a and _sets_off(doc[x.left_edge.i - 1], CLOSING_MARKS):
            return x.left_edge.i - 2
        if x.dep_ == "advcl" and x.right_edge.i >= b and x.left_edge.i - 1 > a and _has_subject(x) \
                and _sets_off(doc[x.left_edge.i - 1]) and (x.left_edge.lower_ in CONTRAST_MARKS or (
                    x.left_edge.lower_ == "even" and doc[x.left_edge.i + 1].lower_ == "as")):
            return x.left_edge.i - 2
        if x.dep_ == "advcl" and x.right_edge.i >= b and x.left_edge.i - 1 > a and x.left_edge.dep_ == "mark" \
                and x.left_edge.lower_ in OCCASION_MARKS and _has_subject(x) and x.tag_ == "VBD":
            return x.left_edge.i - 1 - (doc[x.left_edge.i - 1].text == ",")
    return b


def _bracketed_inside(doc, mark: int, c, end: int) -> bool:
    """True when the aside `c` is a bracket closed before the phrase goes on: "Sen. Jane Smith (D-Ohio) leading
    the field" does not end at the bracket, as a comma aside would ("Smith, who …")."""
    close = c.right_edge.i + 1
    return doc[mark].text == "(" and close < end and doc[close].text == ")"


def _list_item(c) -> bool:
    """True when an "apposition" is the next item of a list ("thanked his parents, his siblings, his wife and his
    children"): a conjunct of its own follows a comma, as in a series, or the head is a singular noun, which one
    phrase naming two cannot rename ("discussed the economy, public health and the courts"). Not "the two towns,
    Dover and Salem", an apposition that names two."""
    doc = c.doc
    return c.dep_ == "appos" and any(w.dep_ == "cc" for w in c.children) \
        and any(w.dep_ == "conj" and (doc[w.left_edge.i - 1].text == "," or c.head.tag_ in ("NN", "NNP")) for w in c.children)


def _tail_apposition(x, end: int) -> bool:
    """True when `x` is a noun in apposition that closes the phrase (up to token `end`) and is no list
    ("Florida, Ohio and elsewhere" is parsed as one too)."""
    return x.dep_ == "appos" and x.pos_ in ("NOUN", "PROPN") and x.right_edge.i >= end \
        and not any(w.dep_ in ("cc", "conj") for w in x.subtree)


QUOTE_CLOSERS = frozenset({"”", "’", "\"", "'", "''"})


def _aside_mark(doc, i: int) -> int:
    """Index of the mark setting off an aside that starts at token i, or -1; the mark may sit behind a
    closing quote ('the “War On Drugs,” which …': the comma is inside the quotation marks)."""
    j = i - 1
    while j > 0 and doc[j].text in QUOTE_CLOSERS:
        j -= 1
    return j if j >= 0 and _sets_off(doc[j]) else -1


def trim_nested(c, a: int, b: int, lex: Lexicon) -> int:
    """End of a content before a further cue in a participle the parser hung on it or on a verb
    coordinated with it (", claiming that …", "and questioning …", "… and would do the same, saying
    …"), or before a second cue verb with no subject ("said he heard gunfire and suspected that …");
    "… and that B" or "because they asked …" stay content."""
    heads = [c] + [x for x in c.children if x.dep_ == "conj" and x.pos_ in ("VERB", "AUX") and x.i > c.i]
    for h in heads:
        for x in h.children:
            if x.i > h.i and a <= x.i <= b and x.dep_ in ("advcl", "conj") and x.lemma_ in lex.verbs and _next_act(x) \
                    and not (x.dep_ == "conj" and other_form(x, c.head)):
                j = x.left_edge.i - 1
                doc = c.doc
                while j > a and (doc[j].is_punct or doc[j].lower_ in ("and", "but", "while")):
                    j -= 1
                b = min(b, j)
    return b


# a finite verb's or participle's form, which verbs coordinated with one another share (tense, or a progressive's
# auxiliary); a bare form ("did say", "to insist") takes its tense from elsewhere and is left out
VERB_FORMS = {"VBD": "past", "VBN": "past", "VBZ": "present", "VBP": "present", "VBG": "ing"}


def other_form(x, cue) -> bool:
    """True when verb `x`, coordinated with a verb of the reported clause, has that verb's form and not the
    cue's ("says the sheriff is ignoring … and claiming …", "said the group is … and supports …"): it is the
    clause's second predicate, not the speaker's next act. Where `x` differs from both ("says the goal is …,
    but conceded …": the writer's tenses drift) or the two verbs share the cue's form ("said … and warned …"),
    the reading stays ambiguous and nothing changes."""
    mine, clause, cues = VERB_FORMS.get(x.tag_), VERB_FORMS.get(x.head.tag_), VERB_FORMS.get(cue.tag_)
    return mine is not None and cues is not None and cue.pos_ in ("VERB", "AUX") and mine == clause != cues


def _next_act(x) -> bool:
    """A participle (", saying …"), or a verb in the past or present tense with no subject of its own
    ("and criticized him", "and suspected …": the tagger reads a bare past as a participle too)."""
    if x.tag_ == "VBG":
        return True
    if x.dep_ != "conj" or x.pos_ != "VERB" or _has_subject(x):
        return False
    return x.tag_ in ("VBD", "VBZ") or (x.tag_ == "VBN" and not any(m.dep_ in ("aux", "auxpass") for m in x.children))


def _marked_clause(c) -> bool:
    """The clause's first word is a marker ("that", "whether", "how" …) hanging in it. The left edge is the
    first token of the subtree, so it is the one subtree token the base's walk could accept: read it alone
    (the walk made a Token for every word of the clause)."""
    m = c.left_edge
    return m.dep_ in ("mark", "advmod") and m.lower_ in CLAUSE_MARKS


def _clause_tokens(c) -> tuple[int, int]:
    doc = c.doc
    a, b = c.left_edge.i, c.right_edge.i
    if doc[a].dep_ == "mark" and doc[a].lower_ == "that" and a < b:
        a += 1
    for x in c.children:  # "…, according to X" inside the clause is not content
        if x.dep_ == "prep" and x.lower_ == "according":
            if x.i > c.i:
                b = min(b, x.left_edge.i - 1)
            else:
                a = max(a, x.right_edge.i + 1)
    b = _writers_tail(c, b)
    for x in _relatives_in(doc, c.i + 1, b + 1):  # "… in his comments, which raised concerns …": the writer's aside
        if x.right_edge.i >= b and x.left_edge.lower_ in ("which", "who") \
                and _sets_off(doc[x.left_edge.i - 1], CLOSING_MARKS):
            b = x.left_edge.i - 2
            break
    return a, max(a, b)


def _relatives_in(doc, start: int, end: int):
    """The tokens labelled relcl among tokens [start, end), in order: found in the DEP column, so that a Token is
    made only for them (a clause's walk made one for each of its words, nearly none a relative)."""
    relcl, dep = doc.vocab.strings["relcl"], column_list(doc, DEP)  # (a symbol: its small id, as the column holds it)
    for i in range(max(start, 0), min(end, len(doc))):
        if dep[i] == relcl:
            yield doc[i]



CONTRAST_MARKS = frozenset({"while", "whereas", "although", "though"})


def _writers_tail(c, b: int) -> int:
    """End of a reported clause before a contrast the writer adds after a comma or dash (", while her
    rival has soared in the polls …", ", whereas X acknowledged …"). Coordinated clauses (", and he
    railed against …") stay: cutting them lost on train."""
    doc = c.doc
    for x in c.children:
        if x.i > c.i and x.dep_ == "advcl" and x.left_edge.i <= b and x.left_edge.lower_ in CONTRAST_MARKS \
                and _has_subject(x) and x.left_edge.i - 1 > c.i and _sets_off(doc[x.left_edge.i - 1]):
            b = min(b, x.left_edge.i - 2)
    return b


# words that open a phrase after a comma which is no further item of a list: what the writer adds about the items
# ("including …", "like …", "despite …", "especially …", "according to …", "whether …", "from X to Y", "as well as")
NOT_LIST_ITEMS = frozenset({"according", "despite", "including", "like", "from", "whether", "as", "especially", "even"})
# what a list item of noun phrases opens with: a determiner, an adjective, a noun, a number or a possessive pronoun
ITEM_OPENERS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM"})
LIST_BREAKS = frozenset({";", ":", "—", "–", "--", "(", '"', "“", "”"})


def list_tail(doc, a: int, b: int) -> int:
    """Last token of a content (tokens a..b) with the rest of a list of noun phrases it opens: "criticized the
    tariffs, the farm subsidies and the port fees", "railed against the lenders, the collectors and the bureaus". A
    cue's complement is the whole coordination (PolNeAR's content is the whole attributed object), but the parser
    often hangs the later items elsewhere (on the cue, or as an apposition of the first), so the content stopped at
    the first comma. Taken only when the list is plain: from the comma to the end of the sentence every piece opens
    a noun phrase (ITEM_OPENERS), the last after "and"/"or", with no verb form, no mark that opens something else
    (LIST_BREAKS) and no word that opens the writer's addition (NOT_LIST_ITEMS); never after a person's name, which
    a comma phrase describes ("endorsed Maria Lopez, a former judge and prosecutor"), nor when the parser hung the
    first piece on the content itself ("welcomed the rain, a relief after …": an apposition, the writer's gloss on
    the object, which _phrase_end cut; a list it keeps whole, _list_item). PolNeAR train, study half: of the 9
    contents such a tail would lengthen, 8 came nearer gold and none moved away (issue 12, session 38)."""
    last = doc[b]
    j = b + 1
    if last.pos_ not in ("NOUN", "PROPN") or last.ent_type_ == "PERSON" or j >= len(doc) or doc[j].text != ",":
        return b
    sent = sentence_of(last)
    if j >= sent.end:
        return b
    end = sent.end - 1
    while end > j and (doc[end].is_punct or doc[end].is_space):
        end -= 1
    tail = doc[j:end + 1]
    if not any(t.lower_ in ("and", "or") for t in tail) or any(
            t.tag_.startswith("VB") or t.text in LIST_BREAKS or t.lower_ in NOT_LIST_ITEMS for t in tail):
        return b
    first = next(m for m in range(j + 1, end + 1) if doc[m].text == "," or doc[m].lower_ in ("and", "or"))  # (the tail has one)
    if any(a <= t.head.i <= b and t.dep_ != "conj" for t in doc[j + 1:first] if not j < t.head.i < first):
        return b  # the parser hung the first piece on the content as no conjunct: an apposition or a modifier of it
    k = j + 1
    while k <= end:  # each piece after a comma (past "and"/"or") opens a noun phrase
        if doc[k].lower_ in ("and", "or"):
            k += 1
            continue
        if doc[k].pos_ not in ITEM_OPENERS and doc[k].tag_ != "PRP$":
            return b
        k = next((m + 1 for m in range(k, end + 1) if doc[m].text == ","), end + 1)
    return end
