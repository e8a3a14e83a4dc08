"""Who is the subject of a verb, on the spaCy parse: shared by the event coder and the PETRARCH
verb patterns (a leaf module, so neither imports the other for it)."""

from __future__ import annotations

from ..columns import PASSIVE_LABELS, with_child
from ..words import ANY_SPEECH

SUBJ = frozenset({"nsubj", "csubj"})
RELATIVIZERS = frozenset({"which", "who", "that", "whom"})
# adverbs of sequence that open the second verb phrase of an asyndetic coordination ("X did A, then did B")
SEQUENCE_ADVERBS = frozenset({"then", "later", "afterwards", "subsequently"})
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


# documents an actor issues; a participle on one is the issuer's act ("a statement condemning X")
STATEMENT_NOUNS = frozenset({"statement", "declaration", "communique", "communiqué", "report", "letter",
                             "resolution", "message", "note", "memorandum", "appeal", "decree"})
# "accused X of", "prevented X from", "condemned X for": a gerund after these is the object's act
OBJECT_CONTROL_PREPS = frozenset({"of", "from", "for", "into", "against"})  # "warned X against sending"
# verbs whose object does the act of their "with" phrase ("charged X with supporting", "credited X with
# brokering"); with other verbs the subject does ("threatened X with imposing sanctions")
WITH_CONTROL_VERBS = frozenset({"charge", "credit", "task", "entrust"})
# verbs with no passive in news use ("Thousands protested", "Hundreds marched"), which the parser
# still reads as reduced relatives when it finds no main verb; "Three soldiers killed" stays passive
INTRANSITIVE = frozenset({"protest", "march", "rally", "demonstrate", "riot", "strike", "clash", "gather", "flee",
                          "walk", "mutiny", "rebel", "retreat"})
# nouns whose infinitive names what someone else is asked to do ("a call to disarm")
REQUEST_NOUNS = frozenset({"appeal", "call", "demand", "request", "plea", "invitation", "order", "ultimatum", "summons"})
# participles that state the subject's stance, not an act done to it: "Japan is opposed to the
# plan", "Vietnam is committed to reform", "Iraq is prepared to lift the ban"
STANCE_PARTICIPLES = frozenset({"opposed", "committed", "prepared", "determined", "resolved", "dedicated",
                                "devoted", "inclined", "disposed"})


# verbs of command whose small clause names the act ordered ("ordered two diplomats held"): the
# participle is that act, done by the one who orders it, to the clause's subject
ORDER_VERBS = frozenset({"order", "command"})


def to_marked(v) -> bool:
    """The verb has its own "to" (an aux tagged TO): an infinitive, whatever the parser labels its clause."""
    return any(a.dep_ == "aux" and a.tag_ == "TO" for a in v.children)


def small_clause(k) -> bool:
    """`k` is a verbless small clause's participle on the verb it hangs on ("ordered [Mordor
    diplomats held]", "wanted [the prisoners freed]"): a past participle with its subject before it
    and no auxiliary or conjunction of its own, so no clause of its own for PETRARCH's patterns
    (ORDER's `$ * + HELD`) or for who does what."""
    if k.dep_ not in ("ccomp", "oprd") or k.head.i > k.i or any(c.dep_ in ("aux", "auxpass", "mark") for c in k.children):
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.i < k.i for c in k.children):
        return False
    # (the parser tags the participle as a past tense after a verb of command, "ordered X held";
    # a command takes no finite clause without "that", so one with no object of its own is it)
    return k.tag_ == "VBN" or k.tag_ == "VBD" and k.head.lemma_.lower() in ORDER_VERBS and not any(
        c.dep_ in ("dobj", "dative", "attr", "ccomp", "xcomp") for c in k.children)


# the labels that make a word a clause of its own: a subject, an auxiliary, a conjunction, an object
OWN_CLAUSE_CHILDREN = frozenset({"nsubj", "nsubjpass", "csubj", "expl", "aux", "auxpass", "mark", "neg", "dobj",
                                 "dative", "ccomp", "xcomp"})


def bare_complement(k) -> bool:
    """(session 42) `k` is a word the parser made a clause of right after its verb's object ("took three
    journalists [hostage]", "held the crew [captive]", "hostage" read as a verb): with no subject, auxiliary,
    conjunction or object of its own it is no clause but a word of the verb phrase, the object's predicate,
    which PETRARCH's patterns read there (`TAKE * HOSTAGE`). With no object the parser put the object
    inside it ("took [Montrevian engineers hostage]"): a noun or adjective whose phrase follows the verb."""
    if k.dep_ != "ccomp" or k.head.i > k.i or any(c.dep_ in OWN_CLAUSE_CHILDREN for c in k.children):
        return False
    obj = next((c for c in k.head.children if c.dep_ == "dobj"), None)
    if obj is None:
        return k.pos_ in ("NOUN", "ADJ") and k.left_edge.i == k.head.i + 1
    return obj.right_edge.i + 1 == k.i


def ordered_participle(v):
    """The verb of command whose small clause `v` is ("ordered Mordor diplomats held", or as the
    parser also reads it, "ordered [two soldiers] [held]" with the participle on the object), else
    None."""
    if small_clause(v) and v.head.lemma_.lower() in ORDER_VERBS:
        return v.head
    if v.dep_ == "acl" and v.tag_ == "VBN" and v.head.dep_ == "dobj" and v.head.head.lemma_.lower() in ORDER_VERBS \
            and v.i == v.head.i + 1 and not any(c.dep_ in ("aux", "auxpass", "mark") for c in v.children):
        return v.head.head
    return None


def found_state(v) -> bool:
    """"was found fatally shot", "police found the man stabbed", "Man found shot in car" (a
    headline the parser reads with "found" as an auxiliary): a participle telling the state someone
    was found in is a passive whose undergoer is the one found (undergoers)."""
    if v.tag_ != "VBN":
        return False
    if v.dep_ in ("ccomp", "xcomp", "oprd") and v.head.lemma_.lower() == "find" and v.head.i < v.i:
        return True
    return any(c.dep_ == "aux" and c.lower_ == "found" for c in v.children)


def bare_participle(v) -> bool:
    """(session 34) "said the bomb discovered in the Irish Republic was destined for ...", "believe the grenades found
    in the flat were stolen": the parser may read a reduced passive relative after a verb of saying or thinking as a
    clause of its own, the noun its subject. A past participle (VBN) with a subject but no auxiliary, no passive
    subject and no object is no finite verb (that would be VBD): it is a passive, its "subject" what it acted on."""
    return v.tag_ == "VBN" and v.dep_ in ("ccomp", "csubj", "csubjpass") and \
        any(c.dep_ == "nsubj" for c in v.children) and \
        not any(c.dep_ in ("aux", "auxpass", "nsubjpass", "dobj") for c in v.children)


def antecedent(v):
    """The noun a relative clause `v` hangs on, which its relative pronoun stands for; "who" names a
    person, so "the driver of a silver Pontiac, who was shot" (the clause hung on the car, a name of
    no person) is the driver's."""
    n = v.head
    rel = next((c for c in v.children if c.lower_ in ("who", "whom")), None)
    if rel is not None and n.dep_ == "pobj" and n.head.lower_ == "of" and n.ent_type_ not in ("", "PERSON", "NORP") \
            and n.head.head.pos_ in NOUN_POS:
        return n.head.head
    return n


def undergoers(v) -> list:
    """Who a passive participle acts on when the parser does not make it the participle's own
    subject: the antecedent of a relative pronoun ("the clerk, who was stabbed"), the one found in a
    state (found_state). Empty for any other verb."""
    if v.dep_ == "relcl" and any(c.dep_ in ("nsubjpass", "dobj") and c.lower_ in RELATIVIZERS for c in v.children):
        return [antecedent(v)]
    if v.dep_ in ("pcomp", "advcl") and any(c.dep_ == "auxpass" for c in v.children) and \
            not any(c.dep_ == "nsubjpass" for c in v.children):
        # (session 27) "a man died after being beaten by police", "was hospitalised after being stabbed", "collapsed
        # while being beaten", "after having been beaten": an adverbial passive with no subject of its own
        # undergoes it as its main clause's subject (a passive's own subject is nsubjpass: "after he was beaten")
        return subjects(v.head.head if v.dep_ == "pcomp" else v.head)
    if bare_participle(v):
        return [c for c in v.children if c.dep_ == "nsubj"][:1]
    if not found_state(v):
        return []
    if v.dep_ in ("ccomp", "xcomp", "oprd") and v.head.lemma_.lower() == "find":
        objs = [c for c in v.head.children if c.dep_ == "dobj"]
        return objs or [c for c in v.head.children if c.dep_ in ("nsubj", "nsubjpass")][:1]
    # (the parser may hang the subject on the "found" it took for an auxiliary)
    return [c for a in [v] + [k for k in v.children if k.dep_ == "aux"] for c in a.children
            if c.dep_ in ("nsubj", "nsubjpass")][:1]


def is_passive(v) -> bool:
    if found_state(v) or bare_participle(v) or ordered_participle(v) is not None:
        return True
    if v.lower_ in STANCE_PARTICIPLES and not any(c.dep_ == "agent" for c in v.children):
        return False
    if v.i in with_child(v.doc, PASSIVE_LABELS):  # (any child so labelled: the set made once per Doc)
        return True
    if v.dep_ == "conj" and v.tag_ == "VBN" and v.head.i != v.i and not any(
            c.dep_ in ("nsubj", "aux") for c in v.children):
        return is_passive(v.head)  # "was shot and stabbed"
    if v.tag_ == "VBN" and v.dep_ == "acl" and v.head.dep_ == "ROOT" and v.head.pos_ in NOUN_POS and \
            v.lemma_.lower() in INTRANSITIVE:
        return False  # "Thousands of students protested in Seoul": the parser's verbless sentence
    if v.tag_ == "VBN" and v.dep_ in ("acl", "acomp") :
        # (a participle "modifying" a noun with a direct object of its own is the parser's reduced relative on a
        # main verb, active: "Suspected herders killed at least 17 people, a leader said")
        return not (v.dep_ == "acl" and active_acl(v))
    return False


def active_acl(v) -> bool:
    """A past-tense verb hung as a modifier on the noun before it, with its own direct object: passives take
    no direct object, so the noun is its subject ("herders killed 17 people")."""
    return v.dep_ == "acl" and v.tag_ in ("VBD", "VBN") and any(c.dep_ == "dobj" for c in v.children) and \
        not any(c.dep_ in ("nsubj", "nsubjpass", "mark", "aux", "auxpass") for c in v.children)


def _called_on(verb, comp) -> list:
    """"called on Belgrade to withdraw", "prevailed upon the rebels to free them": the one an
    "on"/"upon" phrase before the to-infinitive names does what it says (object control, as
    with a direct object)."""
    return [p for prep in verb.children if prep.dep_ == "prep" and prep.lower_ in ("on", "upon") and prep.i < comp.i
            for p in prep.children if p.dep_ == "pobj"][:1]


def _parenthetical(p):
    """"Mordor, a Gondor official said, attacked Ithilen": spaCy reads the clause's subject as the
    subject of the parenthetical verb of saying (`p`, a parataxis of the clause's verb, which is
    left with no subject) and the speaker as that subject's apposition. Returns (the clause's
    subject, the speaker), or None when the parse is not that one (session 10, s10-petr)."""
    if p.dep_ != "parataxis" or p.head.i < p.i or p.i + 1 >= len(p.doc) or p.doc[p.i + 1].text != ",":
        return None
    subs = [c for c in p.children if c.dep_ == "nsubj"]
    apps = [a for s in subs[:1] for a in s.children if a.dep_ == "appos" and a.right_edge.i + 1 == p.i]
    if not apps or any(c.dep_ in SUBJ or c.dep_ == "nsubjpass" for c in p.head.children):
        return None
    return subs[0], apps[0]


def _name_as_adverbial(v):
    """(session 42) The name that opens a finite verb's sentence, which the parser hung on the verb as a
    noun-phrase adverbial for want of a subject ("Zentara shared intelligence with X": a name it does not
    know read as "Tuesday" would be): a finite verb has a subject, and the name right before it is the only
    one there is. A name of a date or time stays an adverbial."""
    if v.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    first = next(iter(v.lefts), None)
    if first is None or first.dep_ != "npadvmod" or first.pos_ != "PROPN" or first.ent_type_ in ("DATE", "TIME"):
        return None
    if first.left_edge.i != v.sent.start or first.right_edge.i + 1 != v.i:
        return None
    return first


def subjects(v, depth: int = 0) -> list:
    """The subject tokens of verb v, inherited through coordination, complements and relative clauses."""
    subs = [c for c in v.children if c.dep_ in SUBJ or c.dep_ == "nsubjpass"]
    split = _parenthetical(v) if subs else next((r for r in map(_parenthetical, v.children) if r), None)
    if split is not None:
        return [split[1]] if subs else [split[0]]  # (the speaker says; the clause's subject acts)
    if subs:
        return _own_subjects(v, subs)
    if (named := _name_as_adverbial(v)) is not None:
        return [named]
    if depth > 4:
        return []
    # each of these says None when its construction is not v's (an empty list is an answer: no subject)
    found = _conjunct_subjects(v, depth)
    if found is None:
        found = _complement_subjects(v, depth)
    if found is None:
        found = _modifier_clause_subjects(v, depth)
    return _subject_hung_before(v) if found is None else found


def _own_subjects(v, subs: list) -> list:
    """The verb's own subject children (subs, not empty): the first, unless a relative pronoun stands
    for its antecedent, a participle carries the real subject, or the parser split a list in two."""
    s = subs[0]
    if s.lower_ in RELATIVIZERS and v.dep_ == "relcl":
        return [antecedent(v)]
    if s.tag_ == "VBG":
        # "The Red Cross operating in Iraq said": a participle parsed as the subject, with the
        # real subject hanging on it
        inner = [c for c in s.children if c.dep_ == "nsubj"]
        if inner:
            return inner[:1]
    if len(subs) > 1 and (any(c.dep_ == "cc" for c in s.children) and not any(c.dep_ == "conj" for c in s.children)
                          or any(c.dep_ == "cc" for c in subs[1].children)):
        # "Rufus Firefly and his Sylvanian counterpart held talks", "The Peruvian government,
        # Bolivia's parliament and Chile criticized": the parser may make a later conjunct a
        # second subject, leaving the "and" on the first or giving the rest of the list to it
        return subs[:2]
    return [s]


def _conjunct_subjects(v, depth: int) -> list | None:
    """A verb with no subject of its own that is the next conjunct of a clause: the first verb's
    subject, or the subject the parser hung on the first verb's objects (split_subject)."""
    if v.dep_ == "conj" and v.head.pos_ in ("VERB", "AUX"):
        split = split_subject(v)
        return [split] if split is not None else subjects(v.head, depth + 1)
    if v.dep_ == "advcl" and (split := split_subject(v)) is not None:
        return [split]  # ("fired rockets at Goma and the army bombed Bukavu", read as an advcl)
    if v.dep_ in ("dep", "parataxis") and v.i > v.head.i and v.tag_ in ("VBD", "VBZ", "VBP") and \
            v.head.pos_ in ("VERB", "AUX") and any(c.dep_ == "advmod" and c.lower_ in SEQUENCE_ADVERBS for c in v.lefts):
        return subjects(v.head, depth + 1)  # "criticized Freedonia, then hailed Sylvania": a finite verb
        # phrase after a comma and "then" is the next conjunct of an asyndetic coordination (no subject of its own)
    return None


def _complement_subjects(v, depth: int) -> list | None:
    """A state found, an active participle on its noun, or a verb completing another verb (an xcomp
    or ccomp, a statement's participle, a preposition's gerund): whom the construction makes its doer."""
    if found_state(v):
        return undergoers(v)  # "was found shot": the one found
    if active_acl(v):
        return [v.head]  # "Suspected herders killed at least 17 people": the noun is the doer
    if v.dep_ in ("xcomp", "ccomp") and v.head.pos_ in ("VERB", "AUX"):
        if v.dep_ == "xcomp":
            objs = [c for c in v.head.children if c.dep_ in ("dobj",)] or _called_on(v.head, v)
            if objs:
                return objs
            return subjects(v.head, depth + 1)
        return []
    if v.dep_ == "acl" and v.tag_ == "VBG" and v.head.lemma_.lower() in STATEMENT_NOUNS and \
            v.head.dep_ in ("dobj", "nsubjpass") and v.head.head.pos_ == "VERB":
        return subjects(v.head.head, depth + 1)  # "X issued a statement condemning Y": X condemns
    if v.dep_ == "pcomp" and v.tag_ == "VBG" and v.head.dep_ == "prep":
        return _gerund_subjects(v, depth)
    return None


def _gerund_subjects(v, depth: int) -> list | None:
    """A gerund after a preposition ("accused Iran of attacking", "resorted to throwing stones", "is
    guilty of violating"): the object a verb of control names, else the governing clause's subject."""
    if v.head.head.pos_ == "VERB":
        verb, prep = v.head.head, v.head.lower_
        objs = [c for c in verb.children if c.dep_ == "dobj"]
        if objs and (prep in OBJECT_CONTROL_PREPS or prep == "with" and verb.lemma_.lower() in WITH_CONTROL_VERBS):
            return objs[:1]  # "accused Iran of attacking", "prevented them from leaving": the object
        return subjects(verb, depth + 1)  # "resorted to throwing stones", "responded by shelling"
    if v.head.lower_ in OBJECT_CONTROL_PREPS and v.head.head.dep_ == "dobj" and v.head.head.head.pos_ == "VERB":
        return [v.head.head]  # the parser hung the phrase on the object: "accused [the army of bombing]"
    if v.head.head.pos_ == "ADJ" and v.head.head.dep_ == "acomp" and v.head.head.head.pos_ in ("VERB", "AUX"):
        return subjects(v.head.head.head, depth + 1)  # "X is guilty of violating", "capable of launching"
    return None


def _modifier_clause_subjects(v, depth: int) -> list | None:
    """A verb heading a clause that modifies a noun, an adjective or another clause (a purpose
    infinitive, a relative or participle clause, an adjective's complement): whom it is about."""
    if v.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children) and \
            v.head.pos_ == "VERB":
        noun = noun_of_infinitive(v)
        if noun is not None:
            return [noun]  # "praised the efforts of Ethiopia to end the fighting": the noun's clause, as an acl's
        return subjects(v.head, depth + 1)  # purpose: "opened the bridge to allow deliveries"
    if v.dep_ == "acl" and v.head.lemma_.lower() in REQUEST_NOUNS and any(c.dep_ == "aux" and c.lower_ == "to"
                                                                         for c in v.children):
        return []  # "an appeal from X to disarm": the ones appealed to would disarm, not the appeal
    if v.dep_ in ("relcl", "acl") and v.head.pos_ in NOUN_POS | {"PRON"}:
        return [v.head]
    if v.dep_ == "acomp" and v.head.lemma_ == "be":
        return subjects(v.head, depth + 1)
    if v.dep_ == "xcomp" and v.head.pos_ == "ADJ" and v.head.dep_ in ("acomp", "xcomp"):
        return subjects(v.head.head, depth + 1)  # "France is ready to contribute"
    if v.dep_ == "advcl" and v.tag_ in ("VBG", "VBN"):
        return _participle_clause_subjects(v, depth)
    return None


def _participle_clause_subjects(v, depth: int) -> list:
    """An adverbial participle ("..., killing 12", "accused of ..."): a group it reduces, the doer of
    the act it accuses of, else the clause's subject."""
    if v.tag_ == "VBG":
        group = _reduced_relative(v)
        if group is not None:
            return [group]
        act = _accused_act(v)
        if act is not None:
            return subjects(act, depth + 1)
    return subjects(v.head, depth + 1)


def _subject_hung_before(v) -> list:
    """A subject the parser hung before the verb as something else: an apposition ("During X, Rubio
    said") or more conjuncts of a fronted phrase's noun."""
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


def split_subject(v):
    """"Arnor condemned Ithilen and Rohan said ...": spaCy often reads the second clause's subject
    as one more object of the first verb (Rohan conj of Ithilen) and its verb as a conjunct of the
    first with no subject. The last conjunct of a noun list on the first verb's phrase, right after
    "and"/"but" and right before a tensed verb conjoined to that first verb which has no subject of
    its own, is that verb's subject (coordinated clauses); None when the parse is not that one.
    The second verb may also come as an adverbial clause of the first with no subordinator ("Rebels
    fired rockets at Goma and the army bombed Bukavu": "bombed" an advcl): a tensed clause with no
    "when", "after" ... hung on another is a coordinated one the parser misread."""
    if v.dep_ not in ("conj", "advcl") or v.tag_ not in ("VBD", "VBZ", "VBP") or any(
            c.dep_ in SUBJ or c.dep_ in ("nsubjpass", "mark") for c in v.children):
        return None
    if not any(c.i > v.i and not c.is_punct and c.dep_ != "cc" for c in v.children):
        return None  # ("boost childcare and maternity leave": a noun the tagger took for a verb, nothing after it)
    i = v.i - 1
    while i >= 0 and v.doc[i].pos_ == "ADV":
        i -= 1
    n = v.doc[i] if i >= 0 else None
    if n is None or n.pos_ not in NOUN_POS or n.dep_ != "conj" or n.left_edge.i == 0:
        return None
    n = n if n.head.pos_ in NOUN_POS else None
    if n is None or v.doc[n.left_edge.i - 1].lower_ not in ("and", "but"):
        return None
    first = n
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    node = first  # the list hangs on the first verb's phrase (its object, or a prepositional object)
    while node.dep_ in ("pobj", "prep", "dobj", "dative", "attr") and node.head.i != node.i:
        node = node.head
        if node.i == v.head.i:
            return n
    return None


def is_split_subject(n) -> bool:
    """`n` is the subject split_subject finds for the verb right after it (no conjunct of a list)."""
    i = n.right_edge.i + 1
    while i < len(n.doc) and n.doc[i].pos_ == "ADV":
        i += 1
    return n.dep_ == "conj" and i < len(n.doc) and n.doc[i].pos_ in ("VERB", "AUX") and _same(split_subject(n.doc[i]), n)


def _same(a, b) -> bool:
    return a is not None and a.i == b.i


# verbs whose object is said to have done the act of their of/for phrase
ACCUSING = frozenset({"accuse", "blame", "charge", "suspect", "convict", "condemn", "criticize", "criticise"})


def _accused_act(v):
    """"accused the group of attacking a base, wounding four soldiers": the parser hangs the participle
    on "accused", but it goes on the act the object is accused of (the gerund of an of/for/from phrase
    of the verb or of its object before the participle); None when there is none."""
    main = v.head
    if main.lemma_ not in ACCUSING or v.lemma_ in ANY_SPEECH:
        return None  # (", saying ...", ", calling it ...": the accuser's words)
    heads = [main] + [d for d in main.children if d.dep_ == "dobj"]
    for p in (p for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in OBJECT_CONTROL_PREPS):
        for g in p.children:
            if g.dep_ == "pcomp" and g.tag_ == "VBG" and g.i < v.i:
                return g
    return None


def _reduced_relative(v):
    """"fired tear gas at demonstrators in Nairobi protesting against the results": a participle
    right after the verb's object, with no comma, describes those people (the parser often hangs
    it on the main verb instead); the plural noun heading that object phrase, else None."""
    doc, main = v.doc, v.head
    prev = doc[v.i - 1] if v.i > 0 else None
    if prev is None or prev.is_punct or prev.i <= main.i:
        return None
    node, group = prev, None
    for _ in range(6):
        if node.pos_ in NOUN_POS and node.dep_ in ("dobj", "pobj"):
            group = node
        if node.head.i == main.i or node.head.i == node.i:
            break
        node = node.head
    if node.head.i != main.i or group is None or group.tag_ != "NNS":
        return None
    return group


# the nouns a participle of holding or taking predicates of its object ("held the crew hostage")
PREDICATIVE_NOUNS = frozenset({"hostage", "captive", "prisoner"})


def stranded_object(v):
    """"freed four aid workers held captive since March": the parser reads the reduced relative as the
    verb's complement clause with the noun as its subject, leaving the verb with no object. A bare
    participle clause (no auxiliary, marker or negation) whose only complement is a predicative
    "captive", "hostage", "prisoner" or adjective and whose subject starts right after the verb is
    that: the noun is the verb's object. A clause with a real object of its own ("said the rebels
    killed 17 people"), none ("said the rebels retreated"), or the verb's own small clause ("wanted
    the prisoners freed", "found a man shot dead") is not."""
    if any(c.dep_ == "dobj" for c in v.children):
        return None
    # (with "let free", "set free" the clause may hang on the adjective completing the verb)
    heads = [v, *(a for a in v.children if a.dep_ in ("acomp", "ccomp") and a.tag_ == "JJ" and a.i == v.i + 1)]
    for k in (k for h in heads for k in h.children):
        if k.dep_ != "ccomp" or k.i < v.i or k.tag_ not in ("VBN", "VBD") or \
                any(c.dep_ in ("aux", "auxpass", "mark", "neg") for c in k.children):
            continue
        n = next((c for c in k.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if n is None or n.pos_ not in NOUN_POS or n.left_edge.i != k.head.i + 1 or k.i != n.i + 1:
            continue
        if small_clause(k) or found_state(k):
            continue  # "wanted the prisoners freed", "found a man shot dead": the verb's own small clause
        own = [c for c in k.children if c.dep_ in ("dobj", "oprd", "acomp")]
        if own and all(c.tag_ == "JJ" or c.lemma_.lower() in PREDICATIVE_NOUNS for c in own):
            return n
    return None


def reduced_relative(k) -> bool:
    """`k` is the participle clause stranded_object reads as a reduced relative on its verb's object."""
    if k.dep_ != "ccomp":
        return False
    v = k.head.head if k.head.tag_ == "JJ" else k.head
    n = stranded_object(v)
    return n is not None and n.head.i == k.i


# Regional and global constructs as actors (PLOVER manual, "Country Names": actors or recipients that a report
# "only implies to be a regional or global construct (e.g., 'The West,' 'Latin America,' or 'The Developing
# World') do not receive a country name and any corresponding event(s) involving such entities are not coded").
# The capitalised words before a plural noun of states or their officials that name a region, not a state
# ("West African leaders", "Gulf states"; "South African leaders" is one state's, "African Union leaders" an IGO's)
REGION_WORDS = frozenset({"western", "european", "african", "asian", "arab", "latin american", "west african",
                          "east african", "north african", "southern african", "gulf", "gulf arab", "nordic",
                          "scandinavian", "baltic", "balkan", "caribbean", "middle eastern", "central asian",
                          "south american", "central american", "southeast asian", "western european",
                          "eastern european", "sub-saharan african", "pacific"})
STATE_GROUP_NOUNS = frozenset({"countries", "states", "nations", "governments", "leaders", "powers", "ministers",
                               "officials", "diplomats", "allies", "donors", "capitals", "neighbours", "neighbors",
                               "lenders", "creditors", "envoys", "presidents", "monarchies", "heads"})
# words that make a state's name of a region's ("South African", "Central African", "New Zealand")
DIRECTION_WORDS = frozenset({"north", "south", "east", "west", "central", "northern", "southern", "eastern",
                             "western", "new", "upper", "lower"})
# nouns before a group noun that keep it a state's ("Arab finance ministers"); any other ("European business
# leaders", "African union leaders") names another sector's people
STATE_COMPOUNDS = frozenset({"foreign", "finance", "defence", "defense", "trade", "interior", "justice", "health",
                             "energy", "economy", "government", "state", "army", "military", "agriculture",
                             "education", "environment", "security", "intelligence", "transport"})
# "the international community", "the developing world": the world or a part of it as an actor
GLOBAL_MODIFIERS = frozenset({"international", "developing", "western", "free", "arab", "muslim", "islamic",
                              "rich", "industrialised", "industrialized"})


# nouns that take a to-infinitive of their own ("a decision to withdraw", "efforts to end the fighting", "an offer
# to mediate"): a to-clause right after such an object is the noun's, not a purpose of the verb (noun_of_infinitive)
TO_COMPLEMENT_NOUNS = frozenset({"decision", "effort", "plan", "offer", "call", "appeal", "request", "demand",
                                 "proposal", "promise", "pledge", "commitment", "attempt", "bid", "move", "threat",
                                 "intention", "readiness", "willingness", "refusal", "invitation", "push", "drive",
                                 "campaign", "initiative", "right", "permission", "ability", "chance", "opportunity",
                                 # (s35-generic) "replace current powers to detain suspects", "stressed the need to arrest"
                                 "power", "authority", "capability", "capacity", "need"})
# Verbs that put a power or a chance to work: the infinitive after their object is their purpose, done ("used their
# powers to detain three men", "took the opportunity to attack"), not the noun's content
EXERCISING = frozenset({"use", "exercise", "invoke", "wield", "employ", "take", "seize", "grab"})


def noun_of_infinitive(v):
    """The direct object a to-infinitive `v` completes when the parser hung it on the object's verb as an advcl
    ("Kenya praised the efforts of Ethiopia to end the fighting", "criticised the decision of Norway to expel
    diplomats": en_core_web_sm attaches the clause after an of-phrase to the verb, though it reads the same words
    as the noun's acl after a possessive): an object noun that takes a to-infinitive (TO_COMPLEMENT_NOUNS) whose
    phrase ends right before the clause's "to". None otherwise (a true purpose: "imposed tariffs to punish X", "used
    their powers to detain X": EXERCISING)."""
    if v.dep_ != "advcl" or v.left_edge.tag_ != "TO" or v.left_edge.head.i != v.i or v.head.lemma_.lower() in EXERCISING:
        return None
    for o in v.head.children:
        if o.dep_ == "dobj" and o.right_edge.i == v.left_edge.i - 1 and o.lemma_.lower() in TO_COMPLEMENT_NOUNS:
            return o
    return None


def regional_construct(tok) -> bool:
    """`tok` (an argument's head) names a regional or global construct of states, not a state: "the West",
    "Western governments", "Arab foreign ministers", "Gulf states", "the international community". Not a region's
    people ("West Africans ordered out of Nigeria", "Europeans living in Kenya"): people, whose country the report
    may give where they are, not the manual's constructs (The West, Latin America, The Developing World).
    A region word must be the whole capitalised run before the noun ("South African leaders", "European Union
    ministers", "Gulf Cooperation Council states" are a state's and an IGO's), and "the West" must stand alone
    ("the West Bank", "Kanye West" are a place and a person)."""
    low = tok.lower_
    if low not in STATE_GROUP_NOUNS and low not in ("west", "world", "community"):
        return False  # (the cheap test first: most heads are none of these)
    mods = [t for t in tok.doc[tok.left_edge.i:tok.i] if t.dep_ not in ("det", "punct", "nummod", "predet")]
    caps = [t for t in mods if t.text[:1].isupper()]
    if any(t.dep_ == "poss" for t in mods) or (caps and caps[-1].i - caps[0].i + 1 != len(caps)):
        return False  # "Russia's Western allies", capitalised words apart
    if any(t.dep_ == "compound" and t.text.islower() and t.lower_ not in STATE_COMPOUNDS for t in mods):
        return False  # "European business leaders", "Arab church leaders": a sector's people, not states'"
    if caps and caps[0].is_sent_start and len(caps) > 1 and caps[0].lower_ not in DIRECTION_WORDS \
            and " ".join(t.lower_ for t in caps) not in REGION_WORDS:
        caps = caps[1:]  # "Senior Arab officials": the first word of a sentence is capitalised anyway
    prev = tok.doc[tok.i - 1].lower_ if tok.i else ""
    if low == "west":
        return not mods and tok.ent_type_ != "PERSON" and prev == "the" and tok.dep_ not in ("compound", "amod")
    if low == "community":
        return prev == "international"
    if low == "world":
        return prev in GLOBAL_MODIFIERS
    return " ".join(t.lower_ for t in caps) in REGION_WORDS
