"""Session 31 (s31-ptype): WHICH event of a sentence that tells several is the record's event, and acts announced by
their own doer (PLOVER manual, "Auxiliary modes": THREATEN for ASSAULT + hypothetical, AGREE for SUPPORT + future).
Own probe sentences, labelled with a PLOVER type before their first run (tests/data/s31_ptype_choice.tsv, 36
multi-event leads; s31_ptype_choice2.tsv, 18 leads whose fronted clause names both sides as fully as the main
clause, written after reading `evaluate.events._rank` and `stage._confidence`; s31_ptype_announced.tsv, 18
announced acts and near misses; s31_ptype_armed.tsv, 8 more of arms held for use against a named enemy, written after
coder._armed_against and labelled before its first run). Each case is the event the evaluation counts (`evaluate.events._rank`,
`asserted`), or no event for NONE. docs/accuracy.md, Session 31, s31-ptype."""

import pytest

from eventsutil import probe_rows, top_event

KNOWN_MISSES = {
    # no actor on either side of the meeting (an unnamed president, "tribal elders"): no CONSULT to choose, so the
    # shelling in the "while" clause is the only event (not a wrong choice: the main clause codes nothing)
    "While troops shelled the rebel-held town, the president met tribal elders in the capital.",
    # a plan ("preparing to") stays the planned act flagged future (factuality's rule), so no asserted record;
    # a purpose infinitive ("training fighters to attack") is not flagged at all, so a factual ASSAULT
    "Iran's army said it is preparing to attack Israeli positions in Syria.",
    "Al-Shabaab said it was training fighters to attack Kenyan troops in Somalia.",
    # "target" (attack) is no verb sense of ours
    "Russia's defence minister said Moscow would target Western arms shipments in Ukraine.",
    # another's forecast is recast as the doer's threat: the reported "would" commits whoever the clause names
    "Analysts said Russia would attack Ukraine within weeks.",
    # "send rescue teams" is no aid sense of ours (AGREE needs the announced act coded first)
    "Japan said it would send rescue teams to Turkey.",
}


def _rows():
    return probe_rows(("s31_ptype_choice.tsv", "s31_ptype_choice2.tsv", "s31_ptype_announced.tsv",
                       "s31_ptype_armed.tsv"), KNOWN_MISSES, 2)


@pytest.mark.parametrize("label, text", list(_rows()))
def test_probe_type(pipeline, label, text):
    top = top_event(pipeline, text)
    if label == "NONE":
        assert top is None, (text, top.type, top.cameo)
        return
    assert top is not None, text
    assert top.type == label, (text, top.type, top.cameo)


def _armed(pipeline, text):
    """The events of `text` that coder._armed_against made (THREATEN 138 on the verb of saying)."""
    doc = pipeline.extract(text, published="2024-06-01")
    return [e for e in doc.events if e.cameo == "138" and e.trigger and e.trigger.text in ("said", "says", "claims")]


@pytest.mark.parametrize("text, source, target", [
    ("Hezbollah says it has missiles to use against Israeli cities.", "Hezbollah", "Israeli"),
    # through a coordinated clause of the speaker's; the arms named again by a pronoun after "use"
    ("Hezbollah says it is rebuilding its forces and has missiles to use against Israeli cities.", "Hezbollah", "Israeli"),
    ("The militia said it had bought drones to use them against Turkish troops.", "militia", "Turkish troops"),
    # a first "to use against" held by a named other does not stop the look at the next
    ("Israeli officials say Hamas has rockets to use against Israel, and Hezbollah says it has missiles to use "
     "against Israeli cities.", "Hezbollah", "Israeli"),
])
def test_arms_to_use_against_in_own_words(pipeline, text, source, target):
    doc = pipeline.extract(text, published="2024-06-01")
    [ev] = _armed(pipeline, text)
    assert ev.type == "THREATEN" and ev.mode == "violence" and not ev.flags
    assert [doc.entity(i).name for i in ev.source] == [source] and [doc.entity(i).name for i in ev.target] == [target]


@pytest.mark.parametrize("text", [
    "Hamas has stockpiled rockets to use against Israel, Israeli officials said.",  # no one speaks of their own arms
    "Israeli officials said Hamas had stockpiled rockets to use against Israel.",  # a named other holds them
    "Hezbollah says these are missiles to use against Israeli cities.",  # no one holds them
    "Israeli officials say Hamas has rockets to use against Israel.",  # a named other holds them, in the present
    "The central bank said it had reserves to use against inflation.",  # reserves are no arms
    "The ministry said it had drones to use in the search for survivors.",  # no one to use them against
    "Hezbollah says it has missiles to fire against Israeli cities.",  # only "use", which names no act of its own
    "The army said it seized weapons after rebels used them against civilians.",  # no infinitive: another's act
    "The army said it plans to use drones against the rebels.",  # the plan names what is used itself: no gap
])
def test_no_armed_threat(pipeline, text):
    assert not _armed(pipeline, text), text


def _parse(rows):
    """A hand-built spaCy parse: rows of (word, head index, dep, pos, tag, lemma)."""
    import spacy
    from spacy.tokens import Doc
    words, heads, deps, pos, tags, lemmas = map(list, zip(*rows))
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas)


SAYS_HAS = [("It", 1, "nsubj", "PRON", "PRP", "it"), ("says", 1, "ROOT", "VERB", "VBZ", "say"),
            ("it", 3, "nsubj", "PRON", "PRP", "it"), ("has", 1, "ccomp", "VERB", "VBZ", "have"),
            ("weapons", 3, "dobj", "NOUN", "NNS", "weapon")]


def _use(at, head, dep, against=None):
    """ "to use" (and "against X") hung on `head` as `dep`, its first token at index `at`."""
    rows = [("to", at + 1, "aux", "PART", "TO", "to"), ("use", head, dep, "VERB", "VB", "use")]
    if against:
        rows += [("against", at + 1, "prep", "ADP", "IN", "against"), (against, at + 2, "pobj", "PROPN", "NNP", against)]
    return rows


def _armed_on(rows):
    from newsgraph.events.coder import _armed_against
    doc = _parse(rows)
    return [(c.token.text, [t.text for t in c.slot_target]) for c in _armed_against(list(doc), set(), doc[:])]


def test_armed_infinitival_relative_as_acl_or_relcl():
    # the parser labels "weapons to use against" acl or relcl: the noun is what is used, either way
    assert _armed_on(SAYS_HAS + _use(5, 4, "acl", "Israel")) == [("says", ["Israel"])]
    assert _armed_on(SAYS_HAS + _use(5, 4, "relcl", "Israel")) == [("says", ["Israel"])]
    assert _armed_on(SAYS_HAS + _use(5, 4, "conj", "Israel")) == []  # no infinitive that qualifies the noun


def test_armed_one_threat_per_verb_of_saying_and_every_use_looked_at():
    # two uses on the one noun, both against someone: one threat on "says"
    assert _armed_on(SAYS_HAS + _use(5, 4, "relcl", "Israel") + _use(9, 4, "relcl", "Iran")) == [("says", ["Israel"])]
    # a first use against no one does not stop the look at the next
    assert _armed_on(SAYS_HAS + _use(5, 4, "relcl") + _use(7, 4, "relcl", "Iran")) == [("says", ["Iran"])]
