"""Session 42 (s42-petrv): two parses that kept a user's verb dictionary from coding (gold/petrarch_records_44.xml's
first run, docs/accuracy.md "Session 42, s42-petrv"): a name opening the sentence that the parser hung on the
finite verb as a noun-phrase adverbial (no subject, so no source), and a bare word after the verb's object
read as a clause of its own ("took X hostage": the pattern's word left out of the verb phrase, and its
object with it). Our own dictionary and sentences, in other words than the record file's and the probes'."""

import pytest

from newsgraph import nlp
from newsgraph.events import syntax
from petrarch_util import coded_cases, own_record_figures, write_dictionaries

VERBS = """--- TAKE [---] ---
TAKE {TAKES TOOK TAKEN TAKING}
- * HOSTAGE [181]
- * PRISONER [173]

--- HOLD [---] ---
HOLD {HOLDS HELD HOLDING}
- * HOSTAGE [181]

--- SHARE [---] ---
SHARE
- * INTELLIGENCE (WITH +) [064]

--- MASS [---] ---
MASS
- * TROOPS (NEAR +) [154]
"""
ACTORS = """VORLANDIA_ [VRL]
+VORLANDIAN_
QUESSARA_ [QSS]
+QUESSARAN_
TREMBOVIA_ [TRB]
+TREMBOVIAN_
ZENTARA_ [ZNT]
"""
AGENTS = """SOLDIER [~MIL]
REBEL [~REB]
JOURNALIST [~MED]
"""

CASES = {
    # a bare initial name as the subject (the parse the record file met: npadvmod on the verb)
    "Quessara shared intelligence with Trembovia in May.": {("QSS", "TRB", "064")},
    "Zentara shared intelligence with Vorlandia in May.": {("ZNT", "VRL", "064")},
    "Vorlandia massed troops near Quessara.": {("VRL", "QSS", "154")},
    # "took X hostage" with the object inside the bare word's phrase, and after an object of its own
    "Trembovian rebels took Vorlandian journalists hostage.": {("TRBREB", "VRLMED", "181")},
    "Quessaran soldiers took three Trembovian journalists hostage.": {("QSSMIL", "TRBMED", "181")},
    # near misses: no pattern word, so nothing
    "Quessaran soldiers took three Trembovian journalists home.": set(),
    "Vorlandia shared the cost.": set(),
}


@pytest.fixture(scope="module")
def coded(tmp_path_factory):
    folder = tmp_path_factory.mktemp("s42v")
    return coded_cases(CASES, write_dictionaries(folder, verbs=VERBS, actors=ACTORS, agents=AGENTS))


@pytest.mark.parametrize("text", list(CASES))
def test_own_dictionary_codes(coded, text):
    assert coded[text] == CASES[text]


def _doc(words, heads, deps, pos, tags, ents=None):
    """A parse written by hand (the parser's reading of a sentence varies with its version)."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab
    return Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos, tags=tags, ents=ents)


# "Quessara shared intelligence with Trembovia ." with the name hung on the verb as npadvmod
SHARED = dict(words=["Quessara", "shared", "intelligence", "with", "Trembovia", "."], heads=[1, 1, 1, 2, 3, 1],
              deps=["npadvmod", "ROOT", "dobj", "prep", "pobj", "punct"],
              pos=["PROPN", "VERB", "NOUN", "ADP", "PROPN", "PUNCT"], tags=["NNP", "VBD", "NN", "IN", "NNP", "."])


@pytest.mark.parametrize("tag", ["VBD", "VBZ", "VBP"])
def test_a_name_hung_as_adverbial_is_the_finite_verbs_subject(tag):
    doc = _doc(**{**SHARED, "tags": ["NNP", tag, "NN", "IN", "NNP", "."]})
    assert [t.text for t in syntax.subjects(doc[1])] == ["Quessara"]


def test_a_verb_opening_the_sentence_has_no_such_subject():
    doc = _doc(words=["Shared", "intelligence", "."], heads=[0, 0, 0], deps=["ROOT", "dobj", "punct"],
               pos=["VERB", "NOUN", "PUNCT"], tags=["VBD", "NN", "."])
    assert syntax.subjects(doc[0]) == []


@pytest.mark.parametrize("change", [
    dict(tags=["NNP", "VBN", "NN", "IN", "NNP", "."]),  # no finite verb: a participle
    dict(pos=["NOUN", "VERB", "NOUN", "ADP", "PROPN", "PUNCT"]),  # a common noun ("Today shared ...")
    dict(ents=["B-DATE", "O", "O", "O", "O", "O"]),  # a date's name
    dict(ents=["B-TIME", "O", "O", "O", "O", "O"]),  # a time's name
    dict(deps=["nmod", "ROOT", "dobj", "prep", "pobj", "punct"]),  # no adverbial
])
def test_no_subject_from_a_word_that_is_no_such_name(change):
    assert syntax.subjects(_doc(**{**SHARED, **change})[1]) == []


def test_the_name_must_open_the_sentence_and_end_before_the_verb():
    # "So Quessara shared ...": the adverbial is not the verb's first word
    doc = _doc(words=["So", "Quessara", "shared", "intelligence", "."], heads=[2, 2, 2, 2, 2],
               deps=["advmod", "npadvmod", "ROOT", "dobj", "punct"], pos=["ADV", "PROPN", "VERB", "NOUN", "PUNCT"],
               tags=["RB", "NNP", "VBD", "NN", "."])
    assert syntax.subjects(doc[2]) == []
    # "the Quessara shared ...": the name's phrase does not open the sentence (a word on the verb before it)
    doc = _doc(words=["Then", "Quessara", "shared", "intelligence", "."], heads=[1, 2, 2, 2, 2],
               deps=["advmod", "npadvmod", "ROOT", "dobj", "punct"], pos=["ADV", "PROPN", "VERB", "NOUN", "PUNCT"],
               tags=["RB", "NNP", "VBD", "NN", "."])
    assert [t.text for t in syntax.subjects(doc[2])] == ["Quessara"]  # (its phrase opens it: the guard holds)
    # "Quessara , shared ...": a word between the name and the verb
    doc = _doc(words=["Quessara", ",", "shared", "intelligence", "."], heads=[2, 2, 2, 2, 2],
               deps=["npadvmod", "punct", "ROOT", "dobj", "punct"], pos=["PROPN", "PUNCT", "VERB", "NOUN", "PUNCT"],
               tags=["NNP", ",", "VBD", "NN", "."])
    assert syntax.subjects(doc[2]) == []


# "X took three journalists hostage ." with "hostage" read as a clause on the verb
TOOK = dict(words=["Rebels", "took", "three", "journalists", "hostage", "."], heads=[1, 1, 3, 1, 1, 1],
            deps=["nsubj", "ROOT", "nummod", "dobj", "ccomp", "punct"],
            pos=["NOUN", "VERB", "NUM", "NOUN", "VERB", "PUNCT"], tags=["NNS", "VBD", "CD", "NNS", "VB", "."])


def test_a_bare_word_right_after_the_object_is_no_clause():
    assert syntax.bare_complement(_doc(**TOOK)[4])


def test_a_bare_noun_holding_the_object_is_no_clause():
    # "took [journalists hostage]": no object on the verb, the noun's phrase right after it
    doc = _doc(words=["Rebels", "took", "journalists", "hostage", "."], heads=[1, 1, 3, 1, 1],
               deps=["nsubj", "ROOT", "compound", "ccomp", "punct"], pos=["NOUN", "VERB", "NOUN", "NOUN", "PUNCT"],
               tags=["NNS", "VBD", "NNS", "NN", "."])
    assert syntax.bare_complement(doc[3])
    doc = _doc(**{**dict(words=["Rebels", "took", "journalists", "hostage", "."], heads=[1, 1, 3, 1, 1],
                         deps=["nsubj", "ROOT", "compound", "ccomp", "punct"], tags=["NNS", "VBD", "NNS", "VB", "."]),
                  "pos": ["NOUN", "VERB", "NOUN", "VERB", "PUNCT"]})
    assert not syntax.bare_complement(doc[3])  # a verb with its phrase after the verb may be a clause
    # "held [the crew captive]": an adjective holding the object
    doc = _doc(words=["Rebels", "held", "sailors", "captive", "."], heads=[1, 1, 3, 1, 1],
               deps=["nsubj", "ROOT", "nsubj", "ccomp", "punct"][:2] + ["npadvmod", "ccomp", "punct"],
               pos=["NOUN", "VERB", "NOUN", "ADJ", "PUNCT"], tags=["NNS", "VBD", "NNS", "JJ", "."])
    assert syntax.bare_complement(doc[3])


@pytest.mark.parametrize("child", ["nsubj", "aux", "mark", "dobj", "neg"])
def test_a_word_with_a_clause_of_its_own_stays_a_clause(child):
    doc = _doc(words=["Rebels", "took", "three", "journalists", "hostage", "x", "."],
               heads=[1, 1, 3, 1, 1, 4, 1], deps=["nsubj", "ROOT", "nummod", "dobj", "ccomp", child, "punct"],
               pos=["NOUN", "VERB", "NUM", "NOUN", "VERB", "NOUN", "PUNCT"], tags=["NNS", "VBD", "CD", "NNS", "VB", "NN", "."])
    assert not syntax.bare_complement(doc[4])


def test_a_bare_word_away_from_the_object_or_before_the_verb_stays_a_clause():
    doc = _doc(words=["Rebels", "took", "three", "journalists", "quickly", "hostage", "."], heads=[1, 1, 3, 1, 1, 1, 1],
               deps=["nsubj", "ROOT", "nummod", "dobj", "advmod", "ccomp", "punct"],
               pos=["NOUN", "VERB", "NUM", "NOUN", "ADV", "VERB", "PUNCT"], tags=["NNS", "VBD", "CD", "NNS", "RB", "VB", "."])
    assert not syntax.bare_complement(doc[5])
    doc = _doc(**{**TOOK, "deps": ["nsubj", "ROOT", "nummod", "dobj", "xcomp", "punct"]})
    assert not syntax.bare_complement(doc[4])  # only a ccomp is read so


@pytest.fixture(scope="module")
def parse():
    model = nlp.load()
    return lambda text: model(text)


def test_a_clause_with_a_subject_is_no_bare_complement(parse):
    doc = parse("Vorlandia said Quessara attacked Trembovia.")
    k = next(t for t in doc if t.lemma_.lower() == "attack")
    assert k.dep_ == "ccomp" and not syntax.bare_complement(k)


@pytest.mark.parametrize("records,gold,correct,extra", [
    # first run (coded and committed before it, on main a61ecaf3): 105/111 with 2 extra; the two parses above
    # read: 108 (left: a pattern line of ours with `PULL_+BACK`, which names BACK the verb as dictionaries.rst
    # says, so nothing codes; and `(BETWEEN %)` with a subject of its own, coded as the subject on each actor)
    ("petrarch_records_44.xml", 111, 108, 2),
    # written after the fixes, one run: 34/36 with 2 extra (a [:070] pattern refined to 073 by our lexicon;
    # "a Zentaran official hostage", "official" parsed an adjective: ZNT, not ZNTGOV)
    ("petrarch_records_45.xml", 36, 34, 2),
])
def test_own_records_44(records, gold, correct, extra):
    """Regression test (our own sentences and our own actor, agent and verb dictionaries, session 42):
    gold/petrarch_records_44.xml and _45.xml keep at least these correct and at most these extra
    (docs/accuracy.md "Session 42, s42-petrv")."""
    r = own_record_figures(records, "petrarch_records_44")
    assert r["gold_events"] == gold
    assert r["correct"] >= correct and r["extra"] <= extra, r["misses"]
