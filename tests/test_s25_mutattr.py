"""Session 25, s25-mutattr: the open mutation survivors of attribution/speakers.py `_inverted_subject`,
attribution/stage.py `_credit_line` and structure.py `_dateline` (docs/testing.md, "Session 25, s25-mutattr").
Four of their lines were simplified (a bar the parser's errors alone met, a part-of-speech list, two arbitrary
character bounds); these tests pin what the simpler lines read. Own sentences; hand-built spaCy parses where a
rule reads only labels, tags and heads; a stand-in for the mentions where the rule reads only offsets."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from eventsutil import event
from spacy.lang.en import English
from spacy.tokens import Doc

from newsgraph.attribution.speakers import _inverted_subject, _own_subject
from newsgraph.attribution.stage import _credit_line
from newsgraph.structure import _dateline

VOCAB = English().vocab


def _doc(*rows):
    """rows: (word, head index, label, part of speech, tag)."""
    words, heads, deps, pos, tags = zip(*rows)
    return Doc(VOCAB, words=list(words), heads=list(heads), deps=list(deps), pos=list(pos), tags=list(tags))


# ---------------------------------------------------------------- speakers: _inverted_subject

@pytest.mark.parametrize("aux, verb, vtag", [("will", "held", "VBN"), ("was", "delayed", "VBN")])
def test_an_auxiliary_the_parser_hung_on_the_inverted_verb_does_not_hide_its_speaker(aux, verb, vtag):
    # (s22b-mutnew 23-26: "aux"/"auxpass" barred the rule.) "The vote , say officials , will be held ." with the
    # content's auxiliary and subject both hung on "say": right after the comma the verb can have no auxiliary
    # of its own before it, so the name after it is still the speaker (the fall-back took "vote")
    rows = [("The", 1, "det", "DET", "DT"), ("vote", 3, "nsubj", "NOUN", "NN"), (",", 3, "punct", "PUNCT", ","),
            ("say", 3, "ROOT", "VERB", "VBP"), ("officials", 3, "nsubj", "NOUN", "NNS"), (",", 3, "punct", "PUNCT", ",")]
    if aux == "will":
        rows += [("will", 3, "aux", "AUX", "MD"), ("be", 8, "auxpass", "AUX", "VB"), (verb, 3, "ccomp", "VERB", vtag),
                 (".", 3, "punct", "PUNCT", ".")]
    else:
        rows += [("was", 3, "auxpass", "AUX", "VBD"), (verb, 3, "ccomp", "VERB", vtag), (".", 3, "punct", "PUNCT", ".")]
    doc = _doc(*rows)
    assert _own_subject(doc[3]).text == "officials"


def test_a_negated_verb_after_a_comma_stays_no_inverted_reporting_verb():
    # (the bar kept: "neg") "The talks failed , did they not ?": a tag question
    doc = _doc(("The", 1, "det", "DET", "DT"), ("talks", 2, "nsubj", "NOUN", "NNS"), ("failed", 2, "ROOT", "VERB", "VBD"),
               (",", 2, "punct", "PUNCT", ","), ("did", 2, "conj", "VERB", "VBD"), ("they", 4, "nsubj", "PRON", "PRP"),
               ("not", 4, "neg", "PART", "RB"), ("?", 2, "punct", "PUNCT", "."))
    assert _inverted_subject(doc[4]) is None
    assert _inverted_subject(_doc(*[(w, h, "punct" if d == "neg" else d, p, t) for w, h, d, p, t in [
        ("The", 1, "det", "DET", "DT"), ("talks", 2, "nsubj", "NOUN", "NNS"), ("failed", 2, "ROOT", "VERB", "VBD"),
        (",", 2, "punct", "PUNCT", ","), ("said", 2, "conj", "VERB", "VBD"), ("Hale", 4, "nsubj", "PROPN", "NNP"),
        (".", 2, "neg", "PUNCT", ".")]])[4]).text == "Hale"  # (the same shape, not negated: inverted)


def test_a_speaker_after_the_inverted_verb_need_not_be_a_noun():
    # (s22b-mutnew 46 was `or` -> `and` between the part-of-speech list and the left edge; the list is gone)
    # "The deal , said one , is dead ." with "one" (a number) hung on the content's verb as its subject, set off
    # by commas: "one" (of them) says it; the list of nouns left the verb with no speaker
    doc = _doc(("The", 1, "det", "DET", "DT"), ("deal", 6, "nsubj", "NOUN", "NN"), (",", 3, "punct", "PUNCT", ","),
               ("said", 3, "ROOT", "VERB", "VBD"), ("one", 6, "nsubj", "NUM", "CD"), (",", 6, "punct", "PUNCT", ","),
               ("is", 3, "ccomp", "AUX", "VBZ"), ("dead", 6, "acomp", "ADJ", "JJ"), (".", 3, "punct", "PUNCT", "."))
    assert _own_subject(doc[3]).text == "one"


def test_a_name_phrase_reaching_back_before_the_verb_is_no_inverted_subject():
    # the left-edge bar kept: "Aides , said to Hale , ..." is no phrase after the verb when the parser hangs a word
    # before the verb on the name (a crossing arc): "Aides" hung on "Hale" makes its phrase start before "said"
    doc = _doc(("Aides", 3, "compound", "NOUN", "NNS"), (",", 2, "punct", "PUNCT", ","), ("said", 2, "ROOT", "VERB", "VBD"),
               ("Hale", 2, "nsubj", "PROPN", "NNP"), (".", 2, "punct", "PUNCT", "."))
    assert _inverted_subject(doc[2]) is None


def test_a_comma_that_ends_the_text_right_after_the_name_sets_it_off():
    # (s22b-mutnew 69: `last + 2 < len(doc)`) "“ It is dead , ” said Hale ," cut off after the comma, with
    # "Hale" hung on the content's verb: the comma after the name is there, whatever follows (nothing does)
    doc = _doc(("“", 6, "punct", "PUNCT", "``"), ("It", 2, "nsubj", "PRON", "PRP"), ("is", 6, "ccomp", "AUX", "VBZ"),
               ("dead", 2, "acomp", "ADJ", "JJ"), (",", 2, "punct", "PUNCT", ","), ("”", 6, "punct", "PUNCT", "''"),
               ("said", 6, "ROOT", "VERB", "VBD"), ("Hale", 2, "nsubj", "PROPN", "NNP"), (",", 6, "punct", "PUNCT", ","))
    assert _own_subject(doc[6]).text == "Hale"
    # (with no comma after the name the phrase is not set off: no aside, and "said" has no subject of its own)
    assert _inverted_subject(_doc(*[(w, h, "punct", "PUNCT", ".") if k == 8 else (w, h, d, p, t) for k, (w, h, d, p, t)
                                    in enumerate([("“", 6, "punct", "PUNCT", "``"), ("It", 2, "nsubj", "PRON", "PRP"),
                                                  ("is", 6, "ccomp", "AUX", "VBZ"), ("dead", 2, "acomp", "ADJ", "JJ"),
                                                  (",", 2, "punct", "PUNCT", ","), ("”", 6, "punct", "PUNCT", "''"),
                                                  ("said", 6, "ROOT", "VERB", "VBD"), ("Hale", 2, "nsubj", "PROPN", "NNP"),
                                                  (".", 6, "punct", "PUNCT", ".")])])[6]) is None


# ---------------------------------------------------------------- stage: _credit_line (s22b-mutnew 16, the `+ 80` window)
# A stand-in for the mentions (the rule reads only their offsets and the entity's type).

class _Mentions:
    def __init__(self, *items):
        self.items = list(items)

    def within(self, start, end):
        return [x for x in self.items if start <= x[0] and x[1] <= end]

    def starting(self, start, end):
        return [x for x in self.items if start <= x[0] < end]


def test_a_credit_line_names_its_speaker_however_long_the_name():
    # a mention starting at the credit's name is the name, whatever its length: here 95 characters
    org = "Joint Committee of Harbour Pilots, Tug Crews and Dock Workers of the Northern Atlantic Ports"
    text = f"“We will not load another ship.”\n\n—{org}\n\nThe strike began at dawn."
    start = text.index(org)
    entity = SimpleNamespace(id="org1", type="ORG")
    f = _credit_line(text, text.index("”") + 1, _Mentions((start, start + len(org), "name", entity)))
    assert f is not None and f.speaker == "org1" and f.speaker_text == org and len(org) > 81


# ---------------------------------------------------------------- structure: _dateline (s12-mut-struct 3, a head of 121)

def test_a_dateline_alone_on_its_line_is_one_however_far_below_the_lede_starts():
    # the lede must go on after the dateline: on the next line or after blank lines; how far below is no matter
    for gap in ("\n", "\n" * 3 + " " * 130 + "\n"):
        text = f"SALEM, Ore. (AP) —{gap}Dock workers walked out on Monday over pay."
        d = _dateline(text, 0, text.index("—") + 1)
        assert d is not None and d[1]["agency"] == "AP" and d[1]["place"] == "Salem", (gap, d)
    text = "SALEM, Ore. (AP) —" + "\n" * 3 + " " * 130
    assert _dateline(text, 0, len(text)) is None  # (nothing below: no lede, no dateline)



# ---------------------------------------------------------------- events/acled.py: _crowd_before (s23b-mut's 4, 23)

from newsgraph.events.acled import _crowd_before  # noqa: E402


def test_an_event_with_no_trigger_names_no_crowd_before_it():
    # 4 (`return True` when there is no trigger): nothing is "before" a trigger that is not there
    sentence = "Protesters stoned a police post."
    assert _crowd_before(event(sentence, "stoned", cameo="180"), sentence)  # (with its trigger: the crowd acts)
    assert not _crowd_before(event(sentence, None, cameo="180"), sentence)


@pytest.mark.parametrize("sentence", [
    "Police and protesters clashed near the square.",       # a state force named beside the crowd
    "A mob of protesters stoned a bus near the square.",    # a mob named: not a demonstration's crowd
])
def test_a_crowd_named_with_a_state_force_or_as_a_mob_is_not_the_crowd_acting(sentence):
    # 23 (`STATE_WORDS ... and MOB_WORDS`): either one alone already says it is not the protesters' own act
    trigger = "clashed" if "clashed" in sentence else "stoned"
    assert not _crowd_before(event(sentence, trigger, cameo="180"), sentence)
