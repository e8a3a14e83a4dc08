"""Session 31 (s31-mut3): mutation testing of session 31's changed lines of events/factuality.py (s31-triple: acts
someone is kept from, another party's act in a purpose clause, "in case") and scripts/train_attribution_filter.py
(s31-attr: `--cv K --threshold T ...`). Each test kills survivors of scripts/mutloop.py (docs/testing.md, "Session 31,
s31-mut3"). Own sentences, as hand-built spaCy parses (no model needed) or through the pipeline."""

import spacy
from spacy.tokens import Doc

from newsgraph.events.factuality import _prevents, clause_flags

_VOCAB = spacy.blank("en").vocab


def _doc(rows):
    """A parse from rows of (word, head index, dep, lemma, tag, pos)."""
    words, heads, deps, lemmas, tags, pos = zip(*rows)
    return Doc(_VOCAB, words=list(words), heads=list(heads), deps=list(deps), lemmas=list(lemmas), tags=list(tags),
               pos=list(pos))


def _kept_from(governor, lemma, dep):
    """"Troops <governor> they stopped rebels from attacking": the prevention a clausal complement (`dep`)."""
    return _doc([("Troops", 1, "nsubj", "troop", "NNS", "NOUN"), (governor, 1, "ROOT", lemma, "VBD", "VERB"),
                 ("they", 3, "nsubj", "they", "PRP", "PRON"), ("stopped", 1, dep, "stop", "VBD", "VERB"),
                 ("rebels", 3, "dobj", "rebel", "NNS", "NOUN"), ("from", 3, "prep", "from", "IN", "ADP"),
                 ("attacking", 5, "pcomp", "attack", "VBG", "VERB")])


def test_a_prevention_denied_in_a_clause_is_not_told_as_done():
    # "Troops denied they stopped rebels from attacking": the prevention is denied, so the attack is not negated
    # (kills _prevents 14, 15: the ccomp of a NEGATING verb); said, the prevention is told as done
    d = _kept_from("denied", "deny", "ccomp")
    assert not _prevents(d[3])
    assert "negated" not in clause_flags(d[6], False, {})[0]
    d = _kept_from("said", "say", "ccomp")
    assert _prevents(d[3])
    assert "negated" in clause_flags(d[6], False, {})[0]


def test_a_subject_of_no_one_negates_only_its_own_clause():
    # "No country attacked Iraq": the first clause's subject says no one acted (kills clause_flags 178, the climb
    # counted from 1: the first clause is then no longer step 1)
    d = _doc([("No", 1, "det", "no", "DT", "DET"), ("country", 2, "nsubj", "country", "NN", "NOUN"),
              ("attacked", 2, "ROOT", "attack", "VBD", "VERB"), ("Iraq", 2, "dobj", "Iraq", "NNP", "PROPN")])
    assert clause_flags(d[2], False, {})[0] == {"negated"}


def test_older_hypothetical_lines_whose_text_session_31_repeats():
    # scripts/mutchanged.py counts a mutant when its line's text is that of a changed line: three older
    # `flags.add("hypothetical")` lines had survivors of their flag's spelling (clause_flags 27-29, 503, 504, 564-566)
    d = _doc([("a", 2, "det", "a", "DT", "DET"), ("possible", 2, "amod", "possible", "JJ", "ADJ"),
              ("attack", 2, "ROOT", "attack", "NN", "NOUN")])
    assert clause_flags(d[2], True, {})[0] == {"hypothetical"}  # "a possible attack": a modifier of chance
    d = _doc([("Rebels", 1, "nsubj", "rebel", "NNS", "NOUN"), ("urged", 1, "ROOT", "urge", "VBD", "VERB"),
              ("troops", 1, "dobj", "troop", "NNS", "NOUN"), ("to", 4, "aux", "to", "TO", "PART"),
              ("attack", 1, "xcomp", "attack", "VB", "VERB")])
    assert "hypothetical" in clause_flags(d[4], False, {})[0]  # "urged troops to attack": asked for, not done
    d = _doc([("Rebels", 1, "nsubj", "rebel", "NNS", "NOUN"), ("are", 1, "ROOT", "be", "VBP", "AUX"),
              ("likely", 1, "acomp", "likely", "JJ", "ADJ"), ("to", 4, "aux", "to", "TO", "PART"),
              ("attack", 2, "xcomp", "attack", "VB", "VERB")])
    assert "hypothetical" in clause_flags(d[4], False, {})[0]  # "are likely to attack": a chance, not an act
