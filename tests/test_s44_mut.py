"""Session 44 (s44-mut): tests for mutants earlier sessions left open (docs/testing.md, "Session 44, s44-mut").
Own sentences; hand-built parses where the parser's reading is the point."""

import pytest
import spacy
from spacy.tokens import Doc

from newsgraph.evaluate.events import pipeline_options
from newsgraph.events import stage
from petrarch_util import agent_lines, codings, country_actors, write_dictionaries

_VOCAB = spacy.blank("en").vocab


def _doc(rows):
    """rows: (word, lemma, pos, tag, dep, head index)."""
    words, lemmas, pos, tags, deps, heads = zip(*rows)
    return Doc(_VOCAB, words=list(words), lemmas=list(lemmas), pos=list(pos), tags=list(tags), deps=list(deps),
               heads=list(heads))


# ---- events.stage._kept_commitment: only an adverbial of the keeping verb is read as the kept act (mutant 17,
# `advcl and VERB` -> `advcl or VERB`, open since session 43)

_BROKEN_AFTER = [  # "The president kept his promise, only to break it": the parser's xcomp of "kept"
    ("The", "the", "DET", "DT", "det", 1), ("president", "president", "NOUN", "NN", "nsubj", 2),
    ("kept", "keep", "VERB", "VBD", "ROOT", 2), ("his", "his", "PRON", "PRP$", "poss", 4),
    ("promise", "promise", "NOUN", "NN", "dobj", 2), (",", ",", "PUNCT", ",", "punct", 2),
    ("only", "only", "ADV", "RB", "advmod", 8), ("to", "to", "PART", "TO", "aux", 8),
    ("break", "break", "VERB", "VB", "xcomp", 2), ("it", "it", "PRON", "PRP", "dobj", 8),
]


def test_an_infinitive_complement_of_the_keeping_verb_is_no_kept_act():
    """"kept his promise, only to break it": what came after the keeping (the parser's xcomp of "kept"), not
    what was promised; only the noun's own infinitive (acl) or the keeping verb's adverbial is the kept act."""
    doc = _doc(_BROKEN_AFTER)
    assert stage._kept_commitment(doc[8]) is None
    rows = list(_BROKEN_AFTER)
    rows[8] = ("break", "break", "VERB", "VB", "advcl", 2)  # (the same words as an adverbial: read, as s43 decided)
    kept = stage._kept_commitment(_doc(rows)[8])
    assert kept is not None and (kept[0].i, kept[1].i) == (2, 4)


def test_the_parser_hangs_the_later_act_as_a_complement_and_it_is_not_read():
    from newsgraph.nlp import load

    doc = load()("The president kept his promise, only to break it a week later.")
    act = next(t for t in doc if t.lower_ == "break")
    assert (act.dep_, act.head.lower_) == ("xcomp", "kept"), [(t.text, t.dep_, t.head.i) for t in doc]
    assert stage._kept_commitment(act) is None


def test_an_adverbial_of_a_keeping_word_the_tagger_made_no_verb_is_not_read():
    """The adverbial branch asks for a verb head: a keeping word tagged otherwise (here "keep" as a noun, its
    "promise" hung as an object by a broken parse) keeps nothing."""
    rows = list(_BROKEN_AFTER)
    rows[2] = ("kept", "keep", "NOUN", "NN", "ROOT", 2)
    rows[8] = ("break", "break", "VERB", "VB", "advcl", 2)
    assert stage._kept_commitment(_doc(rows)[8]) is None


# ---- events.coder._petrarch_phrase_target (session 42's two open survivors): the venue flag and the guard for an
# event noun no verb governs. Own invented countries; the user's actor dictionary makes them PETRARCH's actors.

ACTORS = country_actors({"TAMBRIA": "TMB", "VOLKARA": "VLK", "ESSOVIA": "ESV"})
AGENTS = agent_lines("MINISTER", "GOVERNMENT")


@pytest.fixture(scope="module")
def user_dicts(tmp_path_factory):
    return write_dictionaries(tmp_path_factory.mktemp("s44"), actors=ACTORS, agents=AGENTS)


def test_a_place_inside_a_cooperative_acts_phrase_leaves_the_search_going(user_dicts):
    """A cooperative act's name after in/at inside one of its phrases is where ("a meeting about the drought in
    Volkara"): it is passed over and a later phrase names the one met ("with the Essovian government"). Read as a
    candidate (no venue flag), the place would end the search with no target."""
    (got,) = codings(["Tambria held a meeting about the drought in Volkara with the Essovian government."],
                     pipeline_options(None, **user_dicts))
    assert got == {("TMB", "ESVGOV", "046")}


@pytest.fixture(scope="module")
def user_pipeline(user_dicts):
    from newsgraph.pipeline import Pipeline

    return Pipeline(pipeline_options(None, **user_dicts))


def _targets(pipe, text, trigger):
    doc = pipe.extract(text, published="2015-06-01")
    return [e.target for e in doc.events if e.trigger is not None and e.trigger.text == trigger]


@pytest.mark.parametrize("text, trigger", [
    ("The Tambrian offensive alongside Volkaran troops began at dawn.", "offensive"),  # an ally, not the attacked
    ("Tambrian aid via Volkara reached the camps.", "aid"),  # the way the aid went, not who got it
])
def test_an_event_noun_no_verb_governs_keeps_its_own_rules(user_pipeline, text, trigger):
    """An event noun with no verb over it (here its clause's subject) is read by the noun's own rules, which take
    no target from "alongside" or "via"; the phrase target (PETRARCH's first actor of a verb's phrases) is a
    verb's. (PETRARCH's own output drops such nouns, so `newsgraph extract` is where it shows.)"""
    assert _targets(user_pipeline, text, trigger) == [[]]


def test_a_conflict_act_takes_no_later_phrase_past_a_place_inside_a_phrase(user_dicts):
    """A material conflict act is no cooperative one: a name after in/at inside its phrase ("at villages in
    Volkara") is whom it touches, not where, so the search for a target ends there (the place-or-topic check then
    gives none) and does not go on to a later phrase: the shells came "from Essovia", which is not attacked."""
    (got,) = codings(["Tambrian troops fired shells at villages in Volkara from Essovia."],
                     pipeline_options(None, **user_dicts))
    assert not any(t.startswith("ESV") for s, t, c in got), got


# ---- events.stage._contents and code_events: session 43's changed lines (docs/testing.md, "Session 44, s44-mut")

def test_an_appeal_takes_what_it_asks_not_the_first_event_of_its_sentence(user_dicts):
    """The adverbial reading of "called on X [to free ...]" is for an appeal's own to-infinitive only: an earlier
    event of the sentence ("shelled the port") is no content of the appeal, which keeps its sub-code (0253)."""
    (got,) = codings(["After rebels shelled the port, the Tambrian president called on Essovia to free the journalists."],
                     pipeline_options(None, **user_dicts))
    assert ("TMB", "ESV", "0253") in got, got  # (no PRESIDENT agent here)

