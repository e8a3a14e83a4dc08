"""Session 20, s20-mut: syntax.py's `subjects` / `split_subject` survivors s19-mut left open (docs/testing.md).

The rules read only a token's dependency label, tag, part of speech, text, head and children, so each test
builds the parse a rule is written for by hand (`parse`): the shapes spaCy gives only now and then (two
subjects on one verb, a chain of five subjectless links, a fronted phrase's misattached apposition) are
written out, and each test changes one edge of the rule. Our own words throughout."""

from __future__ import annotations

from newsgraph.events.syntax import split_subject, subjects


class Tok:
    """Just enough of a spaCy token for syntax.py."""

    def __init__(self, doc, i, text, pos, tag, dep, head, lemma):
        self.doc, self.i, self.text, self.pos_, self.tag_, self.dep_ = doc, i, text, pos, tag, dep
        self._head, self.lemma_ = head, lemma or text.lower()
        self.lower_ = text.lower()
        self.is_punct = pos == "PUNCT"
        self.ent_type_ = ""

    @property
    def head(self):
        return self.doc[self._head]

    @property
    def children(self):
        return [t for t in self.doc if t._head == self.i and t.i != self.i]

    @property
    def lefts(self):
        return [t for t in self.children if t.i < self.i]

    @property
    def rights(self):
        return [t for t in self.children if t.i > self.i]

    @property
    def subtree(self):
        out = [self]
        for c in self.children:
            out += c.subtree
        return sorted(out, key=lambda t: t.i)

    @property
    def left_edge(self):
        return self.subtree[0]

    @property
    def right_edge(self):
        return self.subtree[-1]

    def is_ancestor(self, t) -> bool:
        while t.head.i != t.i:
            t = t.head
            if t.i == self.i:
                return True
        return False


class Doc(list):
    pass


def parse(spec: str) -> Doc:
    """One token a line: `text POS TAG dep head [lemma]` (head a 0-based index; the root is its own head)."""
    doc = Doc()
    for i, line in enumerate(ln for ln in spec.strip().splitlines() if ln.strip()):
        text, pos, tag, dep, head, *lemma = line.split()
        doc.append(Tok(doc, i, text, pos, tag, dep, int(head), lemma[0] if lemma else None))
    return doc


def texts(toks) -> list:
    return [t.text for t in toks]


def test_the_builder_reads_a_plain_clause():
    d = parse("""
        Rebels PROPN NNS nsubj 1
        shelled VERB VBD ROOT 1
        Dale PROPN NNP dobj 1
    """)
    assert texts(subjects(d[1])) == ["Rebels"]
    assert split_subject(d[1]) is None


def build(rows) -> Doc:
    """`rows`: (text, pos, tag, dep, head[, lemma]) tuples, head a 0-based index."""
    doc = Doc()
    for i, (text, pos, tag, dep, head, *lemma) in enumerate(rows):
        doc.append(Tok(doc, i, text, pos, tag, dep, head, lemma[0] if lemma else None))
    return doc


# ---- the depth guard: a walk through links with no subject of their own gives up past five links

def _chain(n: int, last=("went", "VERB", "VB")) -> list:
    """"Rebels met, talked, ... and went": a root with a subject and n subjectless conjuncts, each on the one
    before; the last conjunct (the link's target) is the last row."""
    rows = [("Rebels", "PROPN", "NNS", "nsubj", 1), ("met", "VERB", "VBD", "ROOT", 1)]
    for k in range(n):
        text, pos, tag = last if k == n - 1 else ("talked", "VERB", "VB")
        rows.append((text, pos, tag, "conj", len(rows) - 1, "be" if text == "be" else None))
    return rows


def _link(kind: str, t: int) -> list:
    """The rows of one link of `kind` hung on the verb at index t; the verb asked about is the last row."""
    v = t + 1  # (the first added row)
    return {
        "conj": [("went", "VERB", "VB", "conj", t)],
        "xcomp": [("to", "PART", "TO", "aux", v + 1), ("fight", "VERB", "VB", "xcomp", t)],
        "statement": [("statement", "NOUN", "NN", "dobj", t), ("condemning", "VERB", "VBG", "acl", v)],
        "pcomp": [("to", "ADP", "IN", "prep", t), ("throwing", "VERB", "VBG", "pcomp", v)],
        "guilty": [("guilty", "ADJ", "JJ", "acomp", t), ("of", "ADP", "IN", "prep", v),
                   ("violating", "VERB", "VBG", "pcomp", v + 1)],
        "purpose": [("to", "PART", "TO", "aux", v + 1), ("allow", "VERB", "VB", "advcl", t)],
        "angry": [("angry", "ADJ", "JJ", "acomp", t)],
        "ready": [("ready", "ADJ", "JJ", "acomp", t), ("contribute", "VERB", "VB", "xcomp", v)],
        "accused": [("of", "ADP", "IN", "prep", t), ("robbing", "VERB", "VBG", "pcomp", v),
                    ("wounding", "VERB", "VBG", "advcl", t)],
        "fleeing": [("fleeing", "VERB", "VBG", "advcl", t)],
    }[kind]


# the target each link needs, and how many links deep the target sits (the accused act goes through its gerund)
LINKS = {"conj": (None, 1), "xcomp": (None, 1), "statement": (None, 1), "pcomp": (None, 1), "guilty": (None, 1),
         "purpose": (None, 1), "angry": (("be", "AUX", "VB"), 1), "ready": (None, 1),
         "accused": (("accused", "VERB", "VB"), 2), "fleeing": (None, 1)}


def _walk(kind: str, top_depth: int) -> list:
    target, steps = LINKS[kind]
    rows = _chain(top_depth - steps, target or ("went", "VERB", "VB"))
    if target and target[0] == "accused":
        rows[-1] = rows[-1][:5] + ("accuse",)
    rows += _link(kind, len(rows) - 1)
    d = build(rows)
    return texts(subjects(d[-1]))


def test_each_link_passes_the_subject_down():
    for kind in LINKS:
        assert _walk(kind, 2) == ["Rebels"], kind


def test_the_subject_five_links_up_is_found():
    # (`depth + 2` on any link's call, or `()` / `depth - 1` ..., change nothing here; + 2 gives up)
    for kind in LINKS:
        assert _walk(kind, 5) == ["Rebels"], kind


def test_the_walk_gives_up_past_five_links():
    # (`depth > 5`, or a call that passes `()` or `depth - 1`, would reach the subject six links up)
    for kind in LINKS:
        assert _walk(kind, 6) == [], kind


# ---- two or three subjects on one verb, two under a participle subject, two objects

def _said_by(*subs) -> Doc:
    """A verb "said" (last row) with the given (text, dep, head) rows before it, heads as indices."""
    rows = [(t, "PROPN", tag, dep, head) for t, tag, dep, head in subs]
    rows.append(("said", "VERB", "VBD", "ROOT", len(rows)))
    return build(rows)


def test_a_participle_subject_gives_its_first_inner_subject():
    # "Aid agencies, Red Cross operating in Dale said": a participle parsed as the subject, two nsubj on it
    d = build([("Oxfam", "PROPN", "NNP", "nsubj", 2), ("Care", "PROPN", "NNP", "nsubj", 2),
               ("operating", "VERB", "VBG", "nsubj", 3), ("said", "VERB", "VBD", "ROOT", 3)])
    assert texts(subjects(d[3])) == ["Oxfam"]


def test_a_first_subject_with_its_own_conjunct_is_the_whole_list():
    # "Arnor and Rohan, Gondor said": the "and" and the conjunct both on the first subject; the second is one more
    d = _said_by(("Arnor", "NNP", "nsubj", 4), ("and", "CC", "cc", 0), ("Rohan", "NNP", "conj", 0),
                 ("Gondor", "NNP", "nsubj", 4))
    assert texts(subjects(d[4])) == ["Arnor"]


def test_a_second_subject_holding_the_and_joins_the_first():
    d = _said_by(("Arnor", "NNP", "nsubj", 3), ("and", "CC", "cc", 2), ("Rohan", "NNP", "nsubj", 3))
    assert texts(subjects(d[3])) == ["Arnor", "Rohan"]


def test_three_subjects_give_the_first_two():
    d = _said_by(("Arnor", "NNP", "nsubj", 4), ("and", "CC", "cc", 0), ("Rohan", "NNP", "nsubj", 4),
                 ("Gondor", "NNP", "nsubj", 4))
    assert texts(subjects(d[4])) == ["Arnor", "Rohan"]


def test_object_control_takes_the_first_of_two_objects():
    # "accused Arnor (and) Rohan of shelling", the parser giving the verb two objects
    d = build([("Gondor", "PROPN", "NNP", "nsubj", 1), ("accused", "VERB", "VBD", "ROOT", 1),
               ("Arnor", "PROPN", "NNP", "dobj", 1), ("Rohan", "PROPN", "NNP", "dobj", 1),
               ("of", "ADP", "IN", "prep", 1), ("shelling", "VERB", "VBG", "pcomp", 4)])
    assert texts(subjects(d[5])) == ["Arnor"]


# ---- each branch's own shape, one condition changed

def test_a_gerund_read_as_prepositional_object_has_no_subject():
    # "resorted to [throwing]" with the gerund a pobj, not a pcomp: no branch for it
    d = build([("Rebels", "PROPN", "NNS", "nsubj", 1), ("resorted", "VERB", "VBD", "ROOT", 1),
               ("to", "ADP", "IN", "prep", 1), ("throwing", "VERB", "VBG", "pobj", 2)])
    assert subjects(d[3]) == []


def test_a_pcomp_that_is_no_gerund_has_no_subject():
    d = build([("Gondor", "PROPN", "NNP", "nsubj", 1), ("accused", "VERB", "VBD", "ROOT", 1),
               ("Arnor", "PROPN", "NNP", "dobj", 1), ("of", "ADP", "IN", "prep", 1),
               ("shelled", "VERB", "VBN", "pcomp", 3)])
    assert subjects(d[4]) == []


def test_a_gerund_object_of_an_adjective_is_not_the_pcomp_branch():
    # "Arnor is guilty of [violating]" with the gerund a pobj
    d = build([("Arnor", "PROPN", "NNP", "nsubj", 1), ("is", "AUX", "VBZ", "ROOT", 1, "be"),
               ("guilty", "ADJ", "JJ", "acomp", 1), ("of", "ADP", "IN", "prep", 2),
               ("violating", "VERB", "VBG", "pobj", 3)])
    assert subjects(d[4]) == []


def test_guilty_of_after_a_full_verb():
    # "Arnor seemed guilty of violating the truce": the adjective on a VERB, not only on "be"
    d = build([("Arnor", "PROPN", "NNP", "nsubj", 1), ("seemed", "VERB", "VBD", "ROOT", 1, "seem"),
               ("guilty", "ADJ", "JJ", "acomp", 1), ("of", "ADP", "IN", "prep", 2),
               ("violating", "VERB", "VBG", "pcomp", 3)])
    assert texts(subjects(d[4])) == ["Arnor"]


def test_an_advcl_with_another_auxiliary_is_no_purpose_clause():
    # ("could" is an aux but not the infinitive's "to")
    d = build([("Rebels", "PROPN", "NNS", "nsubj", 1), ("opened", "VERB", "VBD", "ROOT", 1),
               ("could", "AUX", "MD", "aux", 3), ("pass", "VERB", "VB", "advcl", 1)])
    assert subjects(d[3]) == []


def test_a_request_noun_needs_the_infinitive_to():
    # "a call that went to ...": "to" as a preposition, not the infinitive's aux: the noun is the clause's
    d = build([("a", "DET", "DT", "det", 1), ("call", "NOUN", "NN", "ROOT", 1), ("went", "VERB", "VBD", "acl", 1),
               ("to", "ADP", "IN", "prep", 2), ("Dale", "PROPN", "NNP", "pobj", 3)])
    assert texts(subjects(d[2])) == ["call"]


def test_a_subjectless_relative_clause_is_its_nouns():
    d = build([("Police", "PROPN", "NNS", "nsubj", 1), ("found", "VERB", "VBD", "ROOT", 1),
               ("the", "DET", "DT", "det", 3), ("car", "NOUN", "NN", "dobj", 1),
               ("burned", "VERB", "VBD", "relcl", 3), ("yesterday", "NOUN", "NN", "npadvmod", 4)])
    assert texts(subjects(d[4])) == ["car"]


def test_only_an_acomp_of_be_takes_be_s_subject():
    d = build([("Arnor", "PROPN", "NNP", "nsubj", 1), ("was", "AUX", "VBD", "ROOT", 1, "be"),
               ("angry", "ADJ", "JJ", "dep", 1)])
    assert subjects(d[2]) == []


def test_only_an_xcomp_of_ready_takes_the_subject():
    # a word of another label under "ready" (the acomp of "is") gets no subject
    d = build([("Arnor", "PROPN", "NNP", "nsubj", 1), ("is", "AUX", "VBZ", "ROOT", 1, "be"),
               ("ready", "ADJ", "JJ", "acomp", 1), ("now", "ADV", "RB", "advmod", 2)])
    assert subjects(d[3]) == []


def test_ready_as_an_xcomp_itself():
    # "Arnor stood ready to help": the adjective is the verb's xcomp
    d = build([("Arnor", "PROPN", "NNP", "nsubj", 1), ("stood", "VERB", "VBD", "ROOT", 1),
               ("ready", "ADJ", "JJ", "xcomp", 1), ("to", "PART", "TO", "aux", 4), ("help", "VERB", "VB", "xcomp", 2)])
    assert texts(subjects(d[4])) == ["Arnor"]


def test_a_participle_right_after_the_object_only_as_an_advcl():
    # the reduced relative ("fired at protesters chanting slogans") is read for an advcl; another label is not
    d = build([("Police", "PROPN", "NNS", "nsubj", 1), ("fired", "VERB", "VBD", "ROOT", 1),
               ("protesters", "NOUN", "NNS", "dobj", 1), ("chanting", "VERB", "VBG", "dep", 1)])
    assert subjects(d[3]) == []
    d = build([("Police", "PROPN", "NNS", "nsubj", 1), ("fired", "VERB", "VBD", "ROOT", 1),
               ("protesters", "NOUN", "NNS", "dobj", 1), ("chanting", "VERB", "VBG", "advcl", 1)])
    assert texts(subjects(d[3])) == ["protesters"]


def test_an_accused_act_only_for_an_advcl():
    rows = [("Police", "PROPN", "NNS", "nsubj", 1), ("accused", "VERB", "VBD", "ROOT", 1, "accuse"),
            ("gangs", "NOUN", "NNS", "dobj", 1), ("of", "ADP", "IN", "prep", 1),
            ("robbing", "VERB", "VBG", "pcomp", 3), (",", "PUNCT", ",", "punct", 1)]
    d = build(rows + [("wounding", "VERB", "VBG", "dep", 1)])
    assert subjects(d[6]) == []
    d = build(rows + [("wounded", "VERB", "VBN", "advcl", 1, "wound")])
    assert texts(subjects(d[6])) == ["Police"]  # (a past participle: the accuser's own act)
    d = build(rows + [("wounding", "VERB", "VBG", "advcl", 1, "wound")])
    assert texts(subjects(d[6])) == ["gangs"]


def test_a_participle_of_another_label_has_no_subject():
    d = build([("Police", "PROPN", "NNS", "nsubj", 1), ("left", "VERB", "VBD", "ROOT", 1),
               ("in", "ADP", "IN", "prep", 1), ("haste", "NOUN", "NN", "pobj", 2), ("shaken", "VERB", "VBN", "dep", 1)])
    assert subjects(d[4]) == []


# ---- the fronted phrase's misattached subject ("During a call with the minister, Rubio said")

def _fronted(between: list, comma_on_name=False) -> Doc:
    """"During a call with the envoy , Tarn <between> said": Tarn an apposition of "envoy", "said" with no subject;
    the rows in `between` hang on Tarn when `comma_on_name` (so they end its phrase), else on "said"."""
    rows = [("During", "ADP", "IN", "prep", None), ("a", "DET", "DT", "det", 2), ("call", "NOUN", "NN", "pobj", 0),
            ("with", "ADP", "IN", "prep", 2), ("the", "DET", "DT", "det", 5), ("envoy", "NOUN", "NN", "pobj", 3),
            (",", "PUNCT", ",", "punct", 5), ("Tarn", "PROPN", "NNP", "appos", 5)]
    for text, pos in between:
        rows.append((text, pos, text, "punct" if pos == "PUNCT" else "advmod", 7 if comma_on_name else None))
    verb = len(rows)
    rows.append(("said", "VERB", "VBD", "ROOT", verb))
    return build([r if r[4] is not None else r[:4] + (verb,) for r in rows])


def test_the_misattached_apposition_is_the_subject():
    assert texts(subjects(_fronted([])[-1])) == ["Tarn"]


def test_the_walk_back_passes_an_adverb():
    assert texts(subjects(_fronted([("however", "ADV")])[-1])) == ["Tarn"]


def test_the_walk_back_passes_a_comma():
    assert texts(subjects(_fronted([(",", "PUNCT")], comma_on_name=True)[-1])) == ["Tarn"]


def test_the_walk_back_stops_at_a_full_stop_or_semicolon():
    for mark in (".", ";"):
        assert subjects(_fronted([(mark, "PUNCT")], comma_on_name=True)[-1]) == [], mark


def _fronted_list(rows) -> Doc:
    """"After talks ... signed": `rows` before the verb "signed" (the last row, the root), heads as indices."""
    return build(rows + [("signed", "VERB", "VBD", "ROOT", len(rows))])


def test_a_fronted_list_s_last_conjunct_must_be_a_noun():
    # "After talks , Tarn and Eastern signed": the list's last word is no noun, so no subject from the list
    d = _fronted_list([("After", "ADP", "IN", "prep", 6), ("talks", "NOUN", "NNS", "pobj", 0),
                       (",", "PUNCT", ",", "punct", 1), ("Tarn", "PROPN", "NNP", "conj", 1),
                       ("and", "CCONJ", "CC", "cc", 3), ("Eastern", "ADJ", "JJ", "conj", 3)])
    assert subjects(d[6]) == []
    d = _fronted_list([("After", "ADP", "IN", "prep", 6), ("talks", "NOUN", "NNS", "pobj", 0),
                       (",", "PUNCT", ",", "punct", 1), ("Tarn", "PROPN", "NNP", "conj", 1),
                       ("and", "CCONJ", "CC", "cc", 3), ("Dale", "PROPN", "NNP", "conj", 3)])
    assert texts(subjects(d[6])) == ["Tarn"]


def test_a_fronted_list_with_no_comma_gives_no_subject():
    # "After talks and Dale signed": the walk ends on the phrase's own noun, which is no conjunct
    d = _fronted_list([("After", "ADP", "IN", "prep", 4), ("talks", "NOUN", "NNS", "pobj", 0),
                       ("and", "CCONJ", "CC", "cc", 1), ("Dale", "PROPN", "NNP", "conj", 1)])
    assert subjects(d[4]) == []


def test_a_fronted_apposition_list_gives_no_subject():
    # "During the summit , talks and Dale signed": the walk ends on an apposition after a comma, no conjunct
    d = _fronted_list([("During", "ADP", "IN", "prep", 7), ("the", "DET", "DT", "det", 2),
                       ("summit", "NOUN", "NN", "pobj", 0), (",", "PUNCT", ",", "punct", 2),
                       ("talks", "NOUN", "NNS", "appos", 2), ("and", "CCONJ", "CC", "cc", 4),
                       ("Dale", "PROPN", "NNP", "conj", 4)])
    assert subjects(d[7]) == []


def test_a_list_not_under_the_verb_gives_no_subject():
    # "Talks , Tarn and Dale signed" with the list a fragment of its own (no ancestor of "signed")
    d = build([("Talks", "NOUN", "NNS", "ROOT", 0), (",", "PUNCT", ",", "punct", 0), ("Tarn", "PROPN", "NNP", "conj", 0),
               ("and", "CCONJ", "CC", "cc", 2), ("Dale", "PROPN", "NNP", "conj", 2), ("signed", "VERB", "VBD", "ROOT", 5)])
    assert subjects(d[5]) == []


# ---- split_subject: "Arnor condemned Ithilen and Rohan said ..."

def _split(said=("said", "VBD", "conj"), obj_dep="dobj", rohan=("Rohan", "PROPN", "conj"), extra=(), before=()):
    """Rows: Arnor condemned Ithilen and Rohan <before> SAID <extra>; SAID's index is returned with the doc.
    `before` / `extra` rows are (text, pos, dep) hung on SAID."""
    rows = [("Arnor", "PROPN", "NNP", "nsubj", 1), ("condemned", "VERB", "VBD", "ROOT", 1),
            ("Ithilen", "PROPN", "NNP", obj_dep, 1), ("and", "CCONJ", "CC", "cc", 2),
            (rohan[0], rohan[1], "NNP", rohan[2], 2)]
    v = len(rows) + len(before)
    rows += [(t, pos, t, dep, v) for t, pos, dep in before]
    rows.append((said[0], "VERB", said[1], said[2], 1))
    rows += [(t, pos, t, dep, v) for t, pos, dep in extra]
    return build(rows), v


TALKS = (("talks", "NOUN", "dobj"),)


def _split_text(**kw):
    d, v = _split(**kw)
    n = split_subject(d[v])
    return n.text if n is not None else None


def test_split_subject_reads_each_tensed_form():
    for tag in ("VBD", "VBZ", "VBP"):
        assert _split_text(said=("said", tag, "conj"), extra=TALKS) == "Rohan", tag
    assert _split_text(said=("saying", "VBG", "conj"), extra=TALKS) is None


def test_split_subject_needs_a_verb_with_no_subject_or_mark_of_its_own():
    assert _split_text(extra=TALKS) == "Rohan"
    for dep in ("nsubj", "nsubjpass", "mark"):
        assert _split_text(extra=TALKS + (("it", "PRON", dep),)) is None, dep


def test_split_subject_needs_a_word_after_the_verb():
    assert _split_text(extra=((".", "PUNCT", "punct"),)) is None
    assert _split_text(extra=(("and", "CCONJ", "cc"),)) is None
    assert _split_text(before=(("later", "ADV", "advmod"),), extra=((".", "PUNCT", "punct"),)) is None
    assert _split_text(before=(("later", "ADV", "advmod"),), extra=TALKS) == "Rohan"


def test_split_subject_needs_a_noun_conjunct_on_a_noun():
    assert _split_text(rohan=("Rohan", "PROPN", "pobj"), extra=TALKS) is None  # (no conjunct)
    assert _split_text(rohan=("it", "PRON", "conj"), extra=TALKS) is None  # (no noun)
    d, v = _split(extra=TALKS)
    d[2].pos_ = "PRON"  # "condemned them and Rohan said": the list is on a pronoun
    assert split_subject(d[v]) is None


def test_split_subject_walks_only_through_object_phrases():
    assert _split_text(obj_dep="dative", extra=TALKS) == "Rohan"
    assert _split_text(obj_dep="npadvmod", extra=TALKS) is None


def test_split_subject_of_a_clause_before_its_head():
    # "Soon returned home , officials met Ithilen and Rohan": an advcl first, nothing but an adverb before it
    d = build([("Soon", "ADV", "RB", "advmod", 1), ("returned", "VERB", "VBD", "advcl", 5),
               ("home", "ADV", "RB", "advmod", 1), (",", "PUNCT", ",", "punct", 5),
               ("officials", "NOUN", "NNS", "nsubj", 5), ("met", "VERB", "VBD", "ROOT", 5),
               ("Ithilen", "PROPN", "NNP", "dobj", 5), ("and", "CCONJ", "CC", "cc", 6), ("Rohan", "PROPN", "NNP", "conj", 6)])
    assert split_subject(d[1]) is None
