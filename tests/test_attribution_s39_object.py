"""Session 39 (s39-poltrain): when the parser misses a cue verb's subject, the noun right after the verb was read
as an inverted speaker ("said Smith") even when it is the verb's object with a predicate still to come
("accused Sanders of …", "doesn't see the board's role … as outdated"). Object and predicate are the content,
and PolNeAR's annotation is univocal (no word is both source and content), so the object is never the speaker;
after a closing quotation mark the inverted reading stands. Sentences of our own; the stand-in token tests call
`speakers._object_then_predicate` one condition at a time (scripts/attr_probes/probes_s39poltrain_obj*.txt hold
the probe sets)."""

import pytest

from newsgraph.attribution.speakers import OBJECT_PREDICATES, _fronted_apposition, _object_then_predicate


def _sources(doc, cue):
    return [a.source.text if a.source else None for a in doc.attributions if a.cue and a.cue.text == cue]


@pytest.mark.parametrize("text, cue, obj", [
    ("Speaking in Toledo, Reyes, without naming her, also accused Patel of dodging the debate.", "accused", "Patel"),
    ("Campaigning in Elko on Friday, Varga, without mentioning the senator by name, described the incumbent as a "
     "puppet of lobbyists.", "described", "the incumbent"),
    ("Asked about the vote, Delgado, visibly tired after the session, thanked Senator Brooks for her support.",
     "thanked", "Senator Brooks"),
])
def test_the_object_of_a_cue_is_not_its_speaker(pipeline, text, cue, obj):
    sources = _sources(pipeline.extract(text, name="t"), cue)
    assert sources and obj not in sources


@pytest.mark.parametrize("text, cue, want", [
    ("Speaking in Trenton, Governor Alma Reyes, without naming him, accused Senator Patel of ducking the debate.",
     "accused", "Governor Alma Reyes"),
])
def test_a_name_the_parser_hung_in_the_fronted_phrase_is_the_speaker(pipeline, text, cue, want):
    assert _sources(pipeline.extract(text, name="t"), cue) == [want]


@pytest.mark.parametrize("text, cue, want", [
    ("“It is over,” told Marsh to the crowd.", "told", "Marsh"),
    ("“The vote is rigged,” tweeted Kline on Sunday to his followers.", "tweeted", "Kline"),
])
def test_after_a_quotation_the_noun_after_the_cue_still_speaks(pipeline, text, cue, want):
    assert _sources(pipeline.extract(text, name="t"), cue) == [want]


# --- the rule on stand-in tokens ------------------------------------------------------------------------------

class Tok:
    def __init__(self, i, text="w", dep="dep"):
        self.i, self.text, self.dep_ = i, text, dep
        self.is_quote = text in ("“", "”", '"', "''")
        self.children = []


def _clause(before=(",",), obj_dep="dobj", pred_dep="prep", obj_after=True, pred_after_obj=True):
    """ "X(0) <before…> accused(v) Sanders(v+1) of(v+2) …": `before` the tokens right before the verb, the last of
    them token j; the object's and the predicate's dependency labels and order."""
    toks = [Tok(0, "Reyes")] + [Tok(k + 1, w) for k, w in enumerate(before)]
    v = Tok(len(toks), "accused", dep="ROOT")
    obj = Tok(v.i + 1, "Sanders", dep=obj_dep)
    pred = Tok(v.i + 2, "of", dep=pred_dep)
    toks += [v, obj, pred]
    if not obj_after:
        obj.i = 0
    if not pred_after_obj:
        pred.i = obj.i
    v.children = [obj, pred]
    for t in toks:
        t.doc = toks
    return v, v.i - 1


def test_an_object_with_a_predicate_after_it_is_no_speaker():
    for dep in OBJECT_PREDICATES:
        v, j = _clause(pred_dep=dep)
        assert _object_then_predicate(v, j), dep
    v, j = _clause(before=("also",))
    assert _object_then_predicate(v, j)
    assert OBJECT_PREDICATES == {"prep", "ccomp", "xcomp", "oprd", "acomp"}


def test_without_an_object_or_a_predicate_after_it_the_noun_may_speak():
    assert not _object_then_predicate(*_clause(obj_dep="nsubj"))  # no object: "said Smith of the plan"
    assert not _object_then_predicate(*_clause(obj_after=False))  # the object before the verb
    assert not _object_then_predicate(*_clause(pred_dep="advcl"))  # "asked Smith, referring to …": his aside
    assert not _object_then_predicate(*_clause(pred_dep="npadvmod"))
    assert not _object_then_predicate(*_clause(pred_after_obj=False))  # nothing said of the object after it


def test_after_a_closing_mark_the_order_is_inverted():
    assert not _object_then_predicate(*_clause(before=("”",)))
    assert not _object_then_predicate(*_clause(before=("''",)))
    assert not _object_then_predicate(*_clause(before=("”", ",")))  # '"…", asked Smith of them'
    assert _object_then_predicate(*_clause(before=("x", ",")))  # a plain comma: an aside, no quotation
    v, _ = _clause(before=("”",))
    assert _object_then_predicate(v, -1)  # (no token before the verb: nothing closes there)



def _fronted(tag="VBD", dep="ROOT", subj=None, front_dep="advcl", name_dep="appos", pos="PROPN", ent="PERSON",
             before=",", after=",", aux=False, dobj=True):
    """ "Speaking(0) in(1) Harlem(2) ,(3) Clinton(4) ,(5) accused(6) Sanders(7) …": the name at 4 hung on
    "Harlem" inside the fronted phrase "Speaking …"; the tokens around it `before`/`after`."""
    words = ["Speaking", "in", "Harlem", before, "Clinton", after, "accused", "Sanders"]
    toks = [Tok(k, w) for k, w in enumerate(words)]
    front, name, v = toks[0], toks[4], toks[6]
    front.dep_, name.dep_, v.dep_ = front_dep, name_dep, dep
    v.tag_, name.pos_, name.ent_type_ = tag, pos, ent
    for t in toks:
        t.doc, t.left_edge, t.right_edge = toks, t, t
        t.tag_ = getattr(t, "tag_", "NN")
    front.subtree = toks[:5]
    v.children = [front] + ([toks[7]] if dobj else [])
    toks[7].dep_ = "dobj"
    if aux:
        v.children.append(Tok(5, "has", dep="aux"))
    if subj:
        v.children.append(Tok(5, "he", dep=subj))
    return v, name


def test_fronted_apposition_finds_the_name_set_off_in_the_fronted_phrase():
    for tag in ("VBD", "VBZ", "VBP"):
        v, name = _fronted(tag=tag)
        assert _fronted_apposition(v) is name, tag
    v, name = _fronted(tag="VB", aux=True)  # "has accused", "will accuse"
    assert _fronted_apposition(v) is name
    v, name = _fronted(tag="VBN")  # the tagger's participle at the root, with an object
    assert _fronted_apposition(v) is name
    for front_dep in ("advcl", "prep"):
        v, name = _fronted(front_dep=front_dep)
        assert _fronted_apposition(v) is name, front_dep
    v, name = _fronted(name_dep="npadvmod", ent="")  # "After the hearing ended, Commissioner Obi, …"
    assert _fronted_apposition(v) is name


def test_fronted_apposition_needs_a_tensed_verb_without_a_subject():
    assert _fronted_apposition(_fronted(tag="VBG")[0]) is None
    assert _fronted_apposition(_fronted(tag="VBN", dobj=False)[0]) is None  # "Clinton, …, accused of fraud"
    assert _fronted_apposition(_fronted(tag="VBN", dep="ccomp")[0]) is None
    for subj in ("nsubj", "nsubjpass", "csubj", "expl"):
        assert _fronted_apposition(_fronted(subj=subj)[0]) is None, subj


def test_fronted_apposition_needs_a_name_set_off_by_commas_in_a_fronted_phrase():
    assert _fronted_apposition(_fronted(front_dep="dobj")[0]) is None
    assert _fronted_apposition(_fronted(name_dep="pobj")[0]) is None
    assert _fronted_apposition(_fronted(pos="NOUN")[0]) is None
    for ent in ("GPE", "ORG", "DATE"):
        assert _fronted_apposition(_fronted(ent=ent)[0]) is None, ent
    assert _fronted_apposition(_fronted(before="and")[0]) is None
    assert _fronted_apposition(_fronted(after="and")[0]) is None
    v, name = _fronted()
    v.children[0].subtree = v.doc[:4] + [v.doc[6]]  # the verb itself: after the name no comma before the verb
    name.right_edge = v.doc[5]  # the name's phrase running to the comma: nothing set it off before the verb
    assert _fronted_apposition(v) is None


def test_fronted_apposition_takes_the_last_name():
    v, name = _fronted()
    first = v.doc[2]
    first.dep_, first.pos_, first.ent_type_ = "appos", "PROPN", "PERSON"
    v.doc[1].text = ","
    v.doc[3].text = ","
    assert _fronted_apposition(v) is name


def test_the_closing_mark_may_be_the_first_token():
    v, j = _clause(before=())  # j = 0: the token right before the verb is the document's first
    v.doc[0].text, v.doc[0].is_quote = "”", True
    assert not _object_then_predicate(v, j)
    v, j = _clause(before=(",",))  # '”(0) ,(1) accused(2) …': a comma right after a closing mark at 0
    v.doc[0].text, v.doc[0].is_quote = "”", True
    assert not _object_then_predicate(v, j)
    v, j = _clause(before=())  # a comma first: no token before it, whatever ends the document
    v.doc[0].text = ","
    v.doc[-1].is_quote = True
    assert _object_then_predicate(v, j)


def test_fronted_apposition_never_reads_before_the_first_token():
    v, name = _fronted()
    doc = v.doc
    name.left_edge = doc[0]  # the name's phrase opening the document: no comma before it ...
    doc[-1].text = ","  # ... even when the last token is one
    assert _fronted_apposition(v) is None
    v, name = _fronted()
    v.doc[0].text = ","  # a comma at 0 right before a phrase starting at 1
    name.left_edge = v.doc[1]
    assert _fronted_apposition(v) is name


def test_the_inverted_speaker_at_the_very_end_of_the_text(pipeline):
    # no closing period: the name is the last token, right after the verb
    assert _sources(pipeline.extract("“It is over,” told Marsh", name="t"), "told") == ["Marsh"]


def test_near_verb_with_the_verb_as_the_last_token(pipeline):
    from newsgraph.attribution.speakers import _near_verb

    doc = pipeline.nlp("“It is over,” added")
    assert _near_verb(doc[-1]) is None  # nothing after the verb to read
