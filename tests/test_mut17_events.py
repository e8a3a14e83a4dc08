"""Session 17 (s17-mut): the coder's `_modal_candidate` survivors left open by s16-mut (docs/testing.md, "Session 17,
s17-mut"). PETRARCH mode with a dictionary of our own (as tests/test_events_petrarch_modal.py); one test changes the
tagger's part of speech of one word by hand, naming the tagging error it stands for."""

from dataclasses import replace

import pytest

from newsgraph.evaluate.events import pipeline_options
from newsgraph.nlp import parse_many
from newsgraph.pipeline import Pipeline
from newsgraph.read import make_article
from petrarch_util import codings, write_dictionaries

VERBS = """--- SHOULD [101] ---
SHOULD
- * CONDEMN [111]
- * SEAL [102]

--- SEAL [---] ---
SEAL
- * FRONTIER [192]

--- CONDEMN [122] ---
CONDEMN
"""
ACTORS = """GONDOR [GON]
MORDOR [MOR]
ROHAN [ROH]
ITHILEN [ITH]
"""


@pytest.fixture(scope="module")
def options(tmp_path_factory):
    return pipeline_options(None, **write_dictionaries(tmp_path_factory.mktemp("dicts"), verbs=VERBS, actors=ACTORS))


def test_a_modal_clause_coordinated_with_a_verb_of_the_same_word_leaves_that_verb_its_own_event(options):
    # "Gondor condemned Mordor, and Rohan should condemn Ithilen.": the second "condemn" is a conjunct of the
    # first, not a clause the first reports (no ccomp); the modal's pattern spells "condemn", but only a verb
    # of saying whose clause it is becomes one match with the modal's (_modal_candidate 42: the head of any
    # governed verb, and Gondor's condemnation was dropped)
    (got,) = codings(["Gondor condemned Mordor, and Rohan should condemn Ithilen."], options)
    assert got == {("GON", "MOR", "122"), ("ROH", "ITH", "111")}


def _events_with_pos(text, options, word, pos):
    """The events (CAMEO code, trigger) of `text` with the tagger's part of speech of `word` set to `pos`
    after the parse."""
    pipe = Pipeline(replace(options, check_language=False))
    doc = pipe.prepare(make_article(text, "petrarch#pos", published="2015-06-01"))
    (parse,) = parse_many(pipe.nlp, [(doc.text, doc.sections)])
    for t in parse.doc:
        if t.lower_ == word:
            t.pos_ = pos
    return [(ev.cameo, ev.trigger.text) for ev in pipe.annotate(doc, parse, "petrarch#pos").events]


def test_a_governed_word_the_tagger_did_not_call_a_verb_leaves_the_modal_s_match(options):
    # "Mordor should seal its frontier with Ithilen." with "seal" tagged NOUN (as a headline's "Seal" may be):
    # the governed word codes nothing of its own (PETRARCH codes the verbs its dictionary lists), so its
    # longer pattern (* FRONTIER [192]) does not outbid the modal's; the modal's * SEAL codes, an event the
    # pipeline reports (flagged hypothetical) (_modal_candidate 13: its own pattern read anyway, the modal gave
    # way, and no event at all)
    text = "Mordor should seal its frontier with Ithilen."
    assert _events_with_pos(text, options, "seal", "VERB") == [("192", "seal")]
    assert _events_with_pos(text, options, "seal", "NOUN") == [("102", "seal")]
