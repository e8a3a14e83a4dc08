"""Session 26, s26-times14 (second task): s25-attr's open survivors of `indirect._without_aside`'s contrast test
(docs/accuracy.md, "Session 25, s25-attr"), killed with our own sentences: a contrast the writer adds after a comma
leaves an infinitive content; one with no comma, or a clause that is no contrast, stays in it."""

import pytest
from stageutil import candidates


def _content(pipeline, text, cue):
    return [c[3] for c in candidates(pipeline, text) if c[2] == cue]


@pytest.mark.parametrize("text, cue, want", [
    # no comma before "while": nothing sets the clause off, so it is part of what was vowed (35: `or` read any token
    # whose subtree opens with a contrast word, "while" itself, as a closing contrast and cut the content to "to")
    ("She vowed to stay while the talks go on.", "vowed", "to stay while the talks go on"),
    ("The union agreed to return to work while the talks go on.", "agreed", "to return to work while the talks go on"),
    # a contrast after a comma is the writer's (52: `not in CONTRAST_MARKS` kept these and cut the others)
    ("She vowed to stay in the race, while her rival has soared in the polls.", "vowed", "to stay in the race"),
    ("He vowed to finish the bridge, although the budget has run dry.", "vowed", "to finish the bridge"),
    ("He vowed to rebuild the mill, though the owners have left.", "vowed", "to rebuild the mill"),
    # a clause after a comma that is no contrast stays: the purpose is part of what was vowed (52 cut it as a
    # contrast and kept the contrasts)
    ("She vowed to keep the clinic open, so that the poor can see a doctor.", "vowed",
     "to keep the clinic open, so that the poor can see a doctor"),
])
def test_a_contrast_leaves_an_infinitive_content_only_after_a_mark(pipeline, text, cue, want):
    found = _content(pipeline, text, cue)
    assert found and all(c == (want,) for c in found), found
