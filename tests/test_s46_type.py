"""Session 46 (s46-type): the CAMEO.2.0 verbs coded 111 ("Criticize or denounce") and 112 ("Accuse") that our
lexicon lacked are ACCUSE senses of it, so they code without cameo_sense's two-political-actors condition.
docs/accuracy.md, Session 46, s46-type."""

import pytest

from eventsutil import type_codes
from newsgraph.events.lexicon import builtin_cameo, get_lexicon
from newsgraph.events.petrarch_verbs import _inflections

CRITICISM = ("111", "112")


def _lemma_in_lexicon(word, verbs):
    """The lexicon verb `word` (a dictionary form, maybe inflected) is a form of, else None."""
    if word in verbs:
        return word
    # (a doubled consonant, "abhorred", is an irregular form the dictionary lists, no regular inflection)
    return next((v for v in verbs if v[:3] == word[:3] and (word in _inflections(v) or word[:len(v)] == v)), None)


def test_every_cameo_criticism_verb_is_an_accuse_sense():
    """The whole class, read from the built-in dictionary: every single-word verb CAMEO.2.0 codes 111 or 112 (its
    own code, else its block's) is in our lexicon, as ACCUSE unless our lexicon gives it the codebook's other
    reading (snub: REJECT, the codebook's 12 "Reject" for a rebuff)."""
    lex = get_lexicon()
    missing = []
    for word, entries in builtin_cameo().by_word.items():
        for block, form in entries:
            code = form.code or block.code
            if form.before or form.after or code not in CRITICISM:
                continue
            lemma = _lemma_in_lexicon(word, lex.verbs)
            if lemma is None or not {"ACCUSE", "REJECT"} & {s.type for s in lex.verbs[lemma]}:
                missing.append((block.name, word, code))
    assert not missing


@pytest.mark.parametrize("text, code", [
    # a journalist is no political actor: cameo_sense's condition kept these uncoded
    ("The senator savaged the reporter in a speech on Tuesday.", "111"),
    ("The union disparaged the company's offer as an insult.", "111"),
    ("Opposition leaders ridiculed the budget on Monday.", "111"),
    ("The mayor belittled the protesters' demands.", "111"),
    # a passive participle on a noun, its doer in a by-phrase
    ("The minister announced new rules, in a move branded a disgrace by the opposition.", "111"),
    ("The regulator faulted the police for the delays.", "112"),
    ("The report implicated two senior officers in the abuse.", "112"),
])
def test_criticism_verbs_code_accuse(pipeline, text, code):
    assert ("ACCUSE", code) in type_codes(pipeline, text)
