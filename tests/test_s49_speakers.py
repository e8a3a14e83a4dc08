"""Session 49 (s49-speakers): a fronted participle's speaker when a reporting clause is set in between it and the
clause the parser hung it on (speakers._inserted_reporter), and the split of speakers._subject. Own sentences."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from newsgraph.attribution.speakers import _inserted_reporter, _subject
from newsgraph.nlp import load
from newsgraph.pipeline import Pipeline
from stageutil import candidates


@pytest.fixture(scope="module")
def nlp():
    return load()


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def _tok(nlp, text: str, word: str):
    return next(t for t in nlp(text) if t.text == word)


def _source(pipeline, text: str, cue: str):
    return next(c[4] for c in candidates(pipeline, text) if c[2] == cue)


# --- the class: a reporting clause set in after a fronted participle ------------------------------------------

@pytest.mark.parametrize("text, cue, speaker", [
    # a noun phrase set off by commas between the participle and the reporting clause: the reported clause's subject
    ("Stressing the cost, the bridge, Hale said, would have to wait.", "Stressing", "Hale"),
    ("Noting the delays, the council, the mayor said, had failed.", "Noting", "the mayor"),
    ("Noting the delays, the council, the mayor argued, had failed voters.", "Noting", "the mayor"),
    # the reporting clause right after the participle, the reported clause's subject after it
    ("Noting the delays, the mayor said, the council had failed.", "Noting", "the mayor"),
    ("Stressing the cost, Hale said, the bridge would have to wait.", "Stressing", "Hale"),
    # an adverbial phrase with a preposition, and a passive participle
    ("After citing the floods, the road, the engineer said, would stay closed.", "citing", "the engineer"),
    ("Asked about the budget, the school, Hale said, needs more money.", "Asked", "Hale"),
])
def test_a_fronted_participle_is_said_by_the_reporting_clause_set_in_after_it(pipeline, text, cue, speaker):
    assert _source(pipeline, text, cue) == speaker


@pytest.mark.parametrize("text, cue, speaker", [
    # the appositive belongs to the reporting verb's own subject: unchanged
    ("Stressing the cost, the minister, Hale, said the bridge would have to wait.", "Stressing", "the minister"),
    ("Stressing the cost, Hale said the bridge would have to wait.", "Stressing", "Hale"),
    # the reporting clause comes after the reported clause, not between: the participle is part of what is said
    ("Noting the delays, the council has failed, the mayor said.", "Noting", "the council"),
    ("Stressing the cost, the bridge would have to wait, Hale said.", "Stressing", "the bridge"),
])
def test_forms_with_no_reporting_clause_set_in_keep_their_speaker(pipeline, text, cue, speaker):
    assert _source(pipeline, text, cue) == speaker


def test_the_inserted_reporter_is_what_subject_gives_for_the_participle(nlp):
    text = "Stressing the cost, the bridge, Hale said, would have to wait."
    assert _subject(_tok(nlp, text, "Stressing")).text == "Hale"
    assert _inserted_reporter(_tok(nlp, text, "said")) is None  # the reporting verb itself is no participle


def test_a_raising_aside_has_no_reporter(nlp):
    # "it seems" is set in like "Hale said", but its "it" is no one
    text = "Citing the floods, the road, it seems, will stay closed."
    citing = _tok(nlp, text, "Citing")
    seems = _tok(nlp, text, "seems")
    assert seems.dep_ == "parataxis" and seems.head.i == citing.head.i  # the construction, so the guard is what acts
    assert _inserted_reporter(citing) is None


# --- the guards, on hand-made trees (what the small model rarely makes, each condition alone) ------------------

def _tree(participle_tag="VBG", participle_dep="advcl", participle_kids=(), prep=False, head_pos="VERB",
          reporter_dep="parataxis", reporter_pos="VERB", reporter_lemma="say", reporter_kids=("nsubj",),
          subject_before=True, order=None):
    """Tokens for '[After] Noting the delays, the council, the mayor said, had failed.': participle (or a
    preposition and its pcomp), reporting verb and head at the positions of `order` (participle, reporter, head)."""
    p_i, r_i, h_i = order or (1, 9, 12)
    head = SimpleNamespace(i=h_i, pos_=head_pos, children=[], dep_="ROOT")
    head.head = head
    verb = SimpleNamespace(i=p_i, tag_=participle_tag, dep_="pcomp" if prep else participle_dep,
                           children=[SimpleNamespace(dep_=d, i=p_i + 1) for d in participle_kids])
    if prep:
        clause = SimpleNamespace(i=p_i - 1, dep_="prep", head=head)
        verb.head = clause
    else:
        clause = verb
        verb.head = head
    subj = SimpleNamespace(dep_="nsubj", i=r_i - 1 if subject_before else r_i + 1, text="mayor")
    reporter = SimpleNamespace(i=r_i, dep_=reporter_dep, pos_=reporter_pos, lemma_=reporter_lemma,
                               children=[subj if d == "nsubj" else SimpleNamespace(dep_=d, i=r_i + 2) for d in reporter_kids])
    head.children = [clause, reporter] if prep else [verb, reporter]
    return verb


def test_the_hand_made_construction_gives_the_reporters_subject():
    assert _inserted_reporter(_tree()).text == "mayor"
    assert _inserted_reporter(_tree(participle_tag="VBN")).text == "mayor"
    assert _inserted_reporter(_tree(prep=True)).text == "mayor"
    assert _inserted_reporter(_tree(reporter_kids=("advmod", "nsubj", "prep"))).text == "mayor"  # no complement


@pytest.mark.parametrize("changes", [
    {"participle_tag": "VB"},  # an infinitive
    {"participle_tag": "VBD"},
    {"participle_kids": ("nsubj",)},  # a participle with a subject of its own
    {"participle_kids": ("nsubjpass",)},
    {"participle_kids": ("expl",)},
    {"participle_dep": "xcomp"},  # not an adverbial
    {"participle_dep": "pcomp"},  # a pcomp not on a preposition
    {"head_pos": "NOUN"},
    {"order": (12, 9, 5)},  # the participle after its head
    {"order": (5, 9, 5)},
    {"order": (10, 9, 12)},  # the reporting clause before the participle
    {"order": (1, 12, 12)},  # ... or not before the head
    {"order": (1, 13, 12)},
    {"order": (9, 9, 12)},
    {"reporter_dep": "conj"},
    {"reporter_pos": "NOUN"},
    {"reporter_lemma": "seem"},
    {"reporter_lemma": "appear"},
    {"reporter_kids": ("nsubj", "ccomp")},  # a reporting verb with a complement of its own
    {"reporter_kids": ("nsubj", "xcomp")},
    {"reporter_kids": ("nsubj", "dobj")},
    {"reporter_kids": ("nsubj", "attr")},
    {"reporter_kids": ("nsubj", "acomp")},
    {"reporter_kids": ("nsubj", "oprd")},
    {"reporter_kids": ("nsubjpass",)},  # no active subject
    {"subject_before": False},  # a subject after the verb is no set-in clause's
])
def test_each_guard_alone_leaves_no_inserted_reporter(changes):
    assert _inserted_reporter(_tree(**changes)) is None


def test_the_first_reporting_clause_with_a_subject_is_taken():
    verb = _tree()
    head = verb.head
    bare = SimpleNamespace(i=5, dep_="parataxis", pos_="VERB", lemma_="say", children=[])  # no subject: passed over
    head.children = [verb, bare] + head.children[1:]
    assert _inserted_reporter(verb).text == "mayor"


def test_an_auxiliary_head_and_a_head_labelled_prep_keep_the_construction():
    # the clause the parser hung the participle on may be headed by an auxiliary ("the council, the mayor said, is
    # …"); and only a pcomp goes up to its preposition: an adverbial participle whose head is labelled prep stays
    assert _inserted_reporter(_tree(head_pos="AUX")).text == "mayor"
    verb = _tree()
    verb.head.dep_ = "prep"
    assert _inserted_reporter(verb).text == "mayor"


# --- the split _subject: what _subject_at answers at the verb it climbed to (pinned for the split's mutants) ------

@pytest.mark.parametrize("text, word, speaker", [
    ("The floods drove thousands of residents to demand a new bridge.", "demand", "thousands"),  # a causative's object
    ("The mayor was pressed to explain the delay.", "explain", "mayor"),  # an infinitive a passive governs
    ("Stressing the cost, the plan was rejected by the council.", "Stressing", "plan"),  # a participle on a passive
    ("In addition to worrying that the bridge would fail, the mayor was hemmed in by the council.", "worrying", "mayor"),
    ("The council released a video that said the bridge would close.", "said", "council"),  # who issued the video
    ("The council published its statement, which said the bridge would close.", "said", "its"),  # the statement's owner
])
def test_subject_at_the_verb_climbed_to(nlp, text, word, speaker):
    assert _subject(_tok(nlp, text, word)).text == speaker


def test_the_climb_stops_after_four_steps(nlp):
    # _subject climbs at most four verbs: three infinitives up reach the subject, four do not (the limit keeps a long
    # chain of complements from handing a verb the subject of a clause far above it)
    assert _subject(_tok(nlp, "Hale wanted to try to begin to say sorry.", "say")).text == "Hale"
    assert _subject(_tok(nlp, "Hale wanted to try to begin to plan to say sorry.", "say")) is None


@pytest.mark.parametrize("text, word", [
    # only a present participle (or an infinitive a passive governs) takes the passive's surface subject: a fronted
    # passive participle or an infinitive of purpose does not, and a passive verb's own subject is what it is about
    ("Asked about the cost, the plan was rejected by the council.", "Asked"),
    ("To stress the cost, the plan was rejected by the council.", "stress"),
    ("The plan, which Hale wrote, was criticized as unfair.", "criticized"),
])
def test_no_passive_surface_subject_for_other_verbs(nlp, text, word):
    assert _subject(_tok(nlp, text, word)) is None
