"""Session 32 (s32-mut3): mutation tests of `nlp.hyphenated_verbs` (s32-acled's parse repair), on hand-built parses
of our own sentences, so that every condition of the repair is seen to matter: each case either is repaired (the
compound's second part becomes the clause's verb, its subject and object re-hung) or keeps the parser's reading."""
import pytest
import spacy
from spacy.tokens import Doc

from newsgraph.nlp import hyphenated_verbs

_VOCAB = spacy.blank("en").vocab


def _row(spec):
    word, tag, pos, dep, head, lemma = spec.split("/")
    return word, tag, pos, dep, int(head), lemma


def _doc(rows, shift=0):
    """rows: "word/TAG/POS/dep/head/lemma" (head: absolute index, before `shift` further tokens are put in front)."""
    rows = [_row(r) for r in rows]
    return Doc(_VOCAB, words=[r[0] for r in rows], tags=[r[1] for r in rows], pos=[r[2] for r in rows],
               deps=[r[3] for r in rows], heads=[r[4] for r in rows], lemmas=[r[5] for r in rows])


def _shift(rows, k):
    out = []
    for r in rows:
        w, tag, pos, dep, head, lemma = r.split("/")
        out.append(f"{w}/{tag}/{pos}/{dep}/{int(head) + k}/{lemma}")
    return out


# "Police pepper-sprayed students outside campus." misread: the object noun as the root
ROOT = ["Police/NNS/NOUN/compound/4/police", "pepper/NN/NOUN/npadvmod/3/pepper", "-/HYPH/PUNCT/punct/3/-",
        "sprayed/VBN/VERB/amod/4/spray", "students/NNS/NOUN/ROOT/4/student", "outside/IN/ADP/prep/4/outside",
        "campus/NN/NOUN/pobj/5/campus", "././PUNCT/punct/4/."]
# "Riot officers water-cannoned thousands of marchers on the avenue." misread: the subject as the root, the object
# its apposition, "on the avenue" hung on the subject
APPOS = ["Riot/NN/NOUN/compound/1/riot", "officers/NNS/NOUN/ROOT/1/officer", "water/NN/NOUN/npadvmod/4/water",
         "-/HYPH/PUNCT/punct/4/-", "cannoned/VBN/VERB/amod/5/cannon", "thousands/NNS/NOUN/appos/1/thousand",
         "of/IN/ADP/prep/5/of", "marchers/NNS/NOUN/pobj/6/marcher", "on/IN/ADP/prep/1/on",
         "avenue/NN/NOUN/pobj/8/avenue", "././PUNCT/punct/1/."]
# "Riot police tear-gassed hundreds of workers marching on the palace." misread: the object the subject of "marching"
SUBJECT = ["Riot/NN/NOUN/compound/1/riot", "police/NNS/NOUN/compound/5/police", "tear/NN/NOUN/npadvmod/4/tear",
           "-/HYPH/PUNCT/punct/4/-", "gassed/VBN/VERB/amod/5/gas", "hundreds/NNS/NOUN/nsubj/8/hundred",
           "of/IN/ADP/prep/5/of", "workers/NNS/NOUN/pobj/6/worker", "marching/VBG/VERB/ROOT/8/march",
           "on/IN/ADP/prep/8/on", "palace/NN/NOUN/pobj/9/palace", "././PUNCT/punct/8/."]


def _edit(rows, i, **kw):
    """rows with token i's fields replaced (tag, pos, dep, head, lemma)."""
    w, tag, pos, dep, head, lemma = rows[i].split("/")
    f = dict(tag=tag, pos=pos, dep=dep, head=head, lemma=lemma)
    f.update({k: str(v) for k, v in kw.items()})
    out = list(rows)
    out[i] = f"{w}/{f['tag']}/{f['pos']}/{f['dep']}/{f['head']}/{f['lemma']}"
    return out


def _tree(doc):
    return [(t.dep_, t.head.i, t.tag_, t.pos_) for t in doc]


def _repaired(doc, subj, verb, obj):
    v = doc[verb]
    assert (v.dep_, v.head.i, v.tag_, v.pos_) == ("ROOT", verb, "VBD", "VERB")
    assert (doc[subj].dep_, doc[subj].head.i) == ("nsubj", verb)
    assert (doc[obj].dep_, doc[obj].head.i) == ("dobj", verb)


def _kept(rows):
    doc, before = _doc(rows), _tree(_doc(rows))
    hyphenated_verbs(doc)
    assert _tree(doc) == before


@pytest.mark.parametrize("rows", [
    ROOT,
    _edit(ROOT, 3, tag="VBD"),  # a past-tense reading of the second part too
    _edit(ROOT, 4, pos="PROPN"),  # a proper noun as object
])
def test_root_shape_repaired(rows):
    doc = _doc(rows)
    hyphenated_verbs(doc)
    _repaired(doc, 0, 3, 4)


@pytest.mark.parametrize("rows", [
    _edit(ROOT, 3, dep="compound"),  # the second part not an adjective of the noun
    _edit(ROOT, 3, lemma="run"),  # not a verb of force ("Hamas-run")
    _edit(ROOT, 3, tag="VBG"),  # not a participle or past form
    _edit(ROOT, 1, head=4),  # the first part not the compound's
    _edit(ROOT, 0, tag="JJ", pos="ADJ"),  # no noun before it ("Masked pepper-sprayed ...")
    _edit(ROOT, 0, head=3),  # the noun before it already the participle's
    _edit(ROOT, 4, pos="ADJ"),  # the participle's head not a noun
])
def test_root_shape_guards(rows):
    _kept(rows)


def test_head_before_the_participle_kept():
    # "Students pepper-sprayed.": the participle hangs on the noun before it (the noun the root): no object after it
    _kept(["Students/NNS/NOUN/ROOT/0/student", "pepper/NN/NOUN/npadvmod/3/pepper", "-/HYPH/PUNCT/punct/3/-",
           "sprayed/VBN/VERB/amod/0/spray", "././PUNCT/punct/0/."])


@pytest.mark.parametrize("word, pos", [("Yesterday", "VERB"), ("Yesterday", "AUX")])
def test_a_verb_or_auxiliary_before_the_subject_keeps_the_reading(word, pos):
    rows = [f"{word}/VB/{pos}/dep/5/x"] + _shift(ROOT, 1)
    _kept(rows)


def test_a_verb_in_an_earlier_sentence_does_not_stop_the_repair():
    first = ["Crowds/NNS/NOUN/nsubj/1/crowd", "gathered/VBD/VERB/ROOT/1/gather", "././PUNCT/punct/1/."]
    doc = _doc(first + _shift(ROOT, 3))
    hyphenated_verbs(doc)
    _repaired(doc, 3, 6, 7)


@pytest.mark.parametrize("first", [
    # a hyphen at the text's second token ("Pro-government rallies ended.")
    ["Pro/JJ/ADJ/amod/2/pro", "-/HYPH/PUNCT/punct/2/-", "government/NN/NOUN/compound/3/government",
     "rallies/NNS/NOUN/nsubj/4/rally", "ended/VBD/VERB/ROOT/4/end", "././PUNCT/punct/4/."],
    # a hyphenated participle not of force ("Local Hamas-run clinics closed.")
    ["Local/JJ/ADJ/amod/5/local", "Hamas/NNP/PROPN/npadvmod/3/Hamas", "-/HYPH/PUNCT/punct/3/-",
     "run/VBN/VERB/amod/5/run", "x/NN/NOUN/compound/5/x", "clinics/NNS/NOUN/nsubj/6/clinic",
     "closed/VBD/VERB/ROOT/6/close", "././PUNCT/punct/6/."],
    # a verb before the noun phrase ("Then came masked officers pepper-sprayed ...": kept)
    ["came/VBD/VERB/ROOT/0/come"] + _shift(_edit(ROOT, 4, dep="dobj", head=-1), 1)[:-1] + ["././PUNCT/punct/0/."],
    # no shape of the misreading: the root a verb of saying
    _edit(_edit(SUBJECT, 8, lemma="say", tag="VBD"), 9, head=8),
])
def test_a_hyphen_left_alone_does_not_end_the_loop(first):
    doc = _doc(first + _shift(ROOT, len(first)))
    hyphenated_verbs(doc)
    k = len(first)
    _repaired(doc, k, k + 3, k + 4)


def test_a_hyphen_as_the_last_token():
    _kept(["Police/NNS/NOUN/ROOT/0/police", "pepper/NN/NOUN/compound/0/pepper", "-/HYPH/PUNCT/punct/0/-"])


# "Marchers were pepper-sprayed" (no full stop): the first part unlabelled, the compound the last tokens
PASSIVE = ["Marchers/NNS/NOUN/nsubjpass/4/marcher", "were/VBD/AUX/auxpass/4/be", "pepper/NN/NOUN/dep/4/pepper",
           "-/HYPH/PUNCT/punct/4/-", "sprayed/VBN/VERB/ROOT/4/spray"]


@pytest.mark.parametrize("rows", [PASSIVE, _edit(PASSIVE, 4, tag="VBD")])
def test_unlabelled_first_part_becomes_the_modifier(rows):
    doc = _doc(rows)
    hyphenated_verbs(doc)
    assert (doc[2].dep_, doc[2].head.i) == ("npadvmod", 4)


@pytest.mark.parametrize("rows", [
    _edit(PASSIVE, 2, dep="compound"),  # labelled already
    _edit(PASSIVE, 4, lemma="run"),  # not a verb of force
    _edit(PASSIVE, 4, tag="VBG"),
    _edit(PASSIVE, 2, head=0),  # not the compound's first part
])
def test_unlabelled_first_part_guards(rows):
    _kept(rows)


def test_appos_shape_repaired_with_the_subjects_later_modifiers():
    doc = _doc(APPOS)
    hyphenated_verbs(doc)
    _repaired(doc, 1, 4, 5)
    assert doc[8].head.i == 4  # "on the avenue" goes to the verb
    assert doc[0].head.i == 1  # "Riot" stays the subject's


@pytest.mark.parametrize("rows", [
    _edit(APPOS, 5, dep="dobj"),  # the object read as the subject's object
])
def test_appos_shape_dobj(rows):
    doc = _doc(rows)
    hyphenated_verbs(doc)
    _repaired(doc, 1, 4, 5)


@pytest.mark.parametrize("rows", [
    # the subject not the root: "Riot officers water-cannoned thousands left" with "left" the root
    _edit(_edit(_edit(_edit(APPOS, 1, dep="nsubj", head=8), 8, tag="VBD", pos="VERB", dep="ROOT", head=8,
                      lemma="leave"), 9, head=8), 10, head=8),
    _edit(APPOS, 5, dep="npadvmod"),  # the object neither apposition nor object
])
def test_appos_shape_guards(rows):
    _kept(rows)


def test_subject_shape_repaired():
    doc = _doc(SUBJECT)
    hyphenated_verbs(doc)
    _repaired(doc, 1, 4, 5)
    assert (doc[8].dep_, doc[8].head.i) == ("acl", 5)  # "marching on the palace" describes the object


@pytest.mark.parametrize("rows", [_edit(SUBJECT, 8, tag="VBN"), _edit(SUBJECT, 8, tag="VBD")])
def test_subject_shape_other_forms(rows):
    doc = _doc(rows)
    hyphenated_verbs(doc)
    _repaired(doc, 1, 4, 5)


@pytest.mark.parametrize("rows", [
    _edit(SUBJECT, 8, lemma="say", tag="VBD"),  # a verb of saying: "... hundreds said"
    _edit(SUBJECT, 8, tag="VBZ"),  # a present verb: "hundreds march" is a clause
    _edit(SUBJECT, 5, dep="npadvmod"),  # the object not the later verb's subject
    # the later verb has a subject of its own besides
    _edit(SUBJECT, 9, dep="nsubj"),
])
def test_subject_shape_guards(rows):
    _kept(rows)


# --- petrarch_lists._in_setting (s32-acled's discard change) ---------------------------------------------------


def test_a_discard_under_in_stays_the_game_itself_even_with_harm(pipeline):
    # "in a football match" tells the game itself, not a setting: a player's injury there is sport news
    doc = pipeline.extract("A striker was injured in a football match on Sunday.", published="2016-05-10")
    assert [d.phrase for d in doc.discards] == ["FOOTBALL"] and doc.events == []


def test_the_setting_read_from_the_token_the_phrase_starts():
    # 'Gunmen killed two at the (football) match': the bracket just before the phrase, hung on the verb, is not
    # the phrase's token; "football" is under "match", the object of "at"
    from newsgraph.events.petrarch_lists import _in_setting

    words = ["Gunmen", "killed", "two", "at", "the", "(", "football", ")", "match"]
    spaces = [True, True, True, True, True, False, False, True, False]
    doc = Doc(_VOCAB, words=words, spaces=spaces, heads=[1, 1, 1, 1, 8, 1, 8, 1, 3],
              deps=["nsubj", "ROOT", "dobj", "prep", "det", "punct", "compound", "punct", "pobj"])
    assert _in_setting(doc[:], doc[6].idx)
    assert not _in_setting(doc[:], doc[5].idx)  # the bracket's own chain reaches no setting


# --- acled.not_physical: the sport reading's guards, each alone (session 32's new lines) ---------------------------


@pytest.mark.parametrize("text, want", [
    # fans: off the field (session 33: a sport's crowd's violence is ACLED's mob violence, `acled._fans_fighting`; the
    # guard's mutant still gives "none")
    ("Supporters attacked the referee after the match.", "Mob violence"),
    ("A man killed a referee after the match.", "Attack"),  # a death
    ("A man assaulted a referee after the match, leaving him injured.", "Attack"),  # a wound
    ("A grenade attack hit the team bus after the match.", "Grenade"),  # a weapon just before the trigger
    ("A man attacked a referee with a grenade after the match.", "Grenade"),  # a weapon after it
])
def test_sport_words_with_real_violence_stay_violence(pipeline, text, want):
    from eventsutil import acled_predicted

    assert acled_predicted(pipeline, text) == want
