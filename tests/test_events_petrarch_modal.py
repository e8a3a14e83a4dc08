"""Session 8 (s8-modal): a modal a user's verb dictionary lists as a verb (`--- SHOULD [101] ---`)
codes, on our own sentences (not gold/petrarch_records_8.xml's). spaCy tags "should" AUX (MD), so
before this nothing in its block coded; docs/events.md "Session 8, s8-modal" gives the rules."""

import pytest

from newsgraph.evaluate.events import pipeline_options
from petrarch_util import coded_cases, codings, write_dictionaries

VERBS = """--- SHOULD [101] ---
SHOULD
- SUGGESTED + * RATIFY TREATY [151]
- $ SAY + * TALK [102]
- SAID * DISARM [094]
- * NOT BE BLAMED [112]
- * BE BLAMED [102]
- * APOLOGIZE [095]
- MOVE * CALM [---]
- * SEAL [102]

--- SEAL [---] ---
SEAL
- * FRONTIER [192]

--- SAID [023] ---
SAID

--- SUGGESTED [100] ---
SUGGESTED

--- CONDEMN [122] ---
CONDEMN

--- VISIT [032] ---
VISIT
"""
ACTORS = """GONDOR [GON]
MORDOR [MOR]
ROHAN [ROH]
ARNOR [ARN]
ITHILEN [ITH]
"""

CASES = {
    # the modal's pattern reads the words before it (a `+` slot and the verb of saying) and the verb
    # phrase it governs; without `$` the source is the one who says the clause should happen; the
    # upper verb it spells codes nothing of its own (SUGGESTED [100] would make it a demand's content)
    "Arnor suggested Ithilen should ratify the treaty.": {("ARN", "ITH", "151")},
    # `$` and `+` both given: as matched
    "Rohan has said Gondor should talk with Mordor.": {("ROH", "GON", "102")},
    # no slots: the sayer at the clause's subject (no SAID [023] of its own)
    "Gondor said Mordor should disarm at once.": {("GON", "MOR", "094")},
    # ... and a sayer after the clause
    "Mordor should apologize to Rohan, Gondor said.": {("GON", "MOR", "095")},
    # no sayer: the subject at the first actor after the modal
    "Mordor should apologize to Rohan.": {("MOR", "ROH", "095")},
    # an equally long pattern that spells the clause's negation out wins
    "Gondor said Rohan should not be blamed for the fire.": {("GON", "ROH", "112")},
    "Gondor said Rohan should be blamed for the fire.": {("GON", "ROH", "102")},
    # a negation no pattern spells out codes nothing
    "Gondor said Mordor should not apologize.": set(),
    # a null code: the pattern matches and codes nothing, not the block code nor the saying's
    # (the saying keeps its own dyad, as with any clause that codes nothing)
    "Ithilen's move should calm Mordor.": set(),
    # the governed verb's own longer pattern wins over the modal's shorter one
    "Mordor should seal its frontier with Ithilen.": {("MOR", "ITH", "192")},
    # ... a governed verb whose block codes nothing leaves the modal's pattern
    "Mordor should seal the crossing into Ithilen.": {("MOR", "ITH", "102")},
    # the governed dictionary verb with no pattern over the modal's block code
    "Gondor should condemn Mordor.": {("GON", "MOR", "122")},
    # a governed verb the dictionary does not know: the modal's block code
    "Gondor should reconsider its ties with Rohan.": {("GON", "ROH", "101")},
    # a modal before its subject asks or supposes: no demand (the governed verb codes as it would)
    "Should Mordor apologize to Rohan, Gondor would condemn it.": set(),
    "Should Gondor reconsider its ties with Rohan?": set(),
    # modals the dictionary does not list change nothing
    "Gondor will visit Rohan.": {("GON", "ROH", "032")},
}

# the same dictionary without SHOULD: the governed verbs code as before
NO_MODAL = VERBS[VERBS.index("--- SEAL"):]


@pytest.fixture(scope="module")
def dicts(tmp_path_factory):
    return write_dictionaries(tmp_path_factory.mktemp("dicts"), verbs=VERBS, actors=ACTORS, plain=NO_MODAL)


@pytest.fixture(scope="module")
def coded(dicts):
    return coded_cases(CASES, {k: dicts[k] for k in ("verbs", "actors")})


@pytest.mark.parametrize("text", list(CASES))
def test_modal_dictionary_verb(coded, text):
    assert coded[text] == CASES[text]


def test_without_the_modal_block(dicts):
    """Without SHOULD in the dictionary, "should" is no verb: the saying codes at the clause's subject
    and the modal's patterns code nothing."""
    a, b = codings(["Gondor said Mordor should disarm at once.", "Mordor should seal its frontier with Ithilen."],
                    pipeline_options(None, verbs=dicts["plain"], actors=dicts["actors"]))
    assert a == {("GON", "MOR", "023")}
    assert b == {("MOR", "ITH", "192")}
