"""Session 35 (s35-polind): a phrase the parser hangs on a cue verb right after its object, telling the
circumstances of the act, is no part of the content: where the words were said ("trashed Comey on MSNBC",
`indirect._where_said`, as a cue's own "on" phrase is read), and after a name the setting, vantage or time
("endorsed Sanders in the primary", "criticizes Obama from the left"). A topic phrase ("pressed X on
immigration"), a frame preposition and a common noun's phrase stay. Our own sentences, as in
scripts/attr_probes/probes_s35polind.txt."""

import sys
from pathlib import Path

import pytest
from stageutil import annotated

from newsgraph.attribution.indirect import SETTING_PREPS, _circumstance
from newsgraph.attribution.stage import extract_all

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
import attr_probes  # noqa: E402

PROBES = Path(__file__).resolve().parents[1] / "scripts" / "attr_probes" / "probes_s35polind.txt"


def _contents(pipeline, text):
    doc, parse = annotated(pipeline, text)
    _, atts = extract_all(doc, parse)
    return {(a.cue.text if a.cue else None, " | ".join(p.text for p in a.content)) for a in atts}


@pytest.mark.parametrize("text, cue, content", [
    ("The governor trashed Comey on MSNBC.", "trashed", "Comey"),
    ("Ms. Albright criticized the new tariffs on Twitter late Sunday.", "criticized", "the new tariffs"),
    ("Mayor Voss praised the firefighters on Facebook after the blaze was contained.", "praised", "the firefighters"),
    ("Councilman Reyes blasted the parking plan on a local radio show.", "blasted", "the parking plan"),
    ("Labor activists criticized Governor Halvorsen from the left.", "criticized", "Governor Halvorsen"),
    ("The newspaper backed Mayor Osei in the 2014 race.", "backed", "Mayor Osei"),
    ("Progressive groups opposed Senator Crane in the runoff.", "opposed", "Senator Crane"),
    ("The teachers' union attacked Governor Marsh in a series of television ads.", "attacked", "Governor Marsh"),
    ("Senator Voss criticized Exxon in a floor speech.", "criticized", "Exxon"),  # an organisation
    ("The senator criticized China in a speech to farmers.", "criticized", "China"),  # a country
    ("Ms. Hale criticized Republicans from the left.", "criticized", "Republicans"),  # a group
])
def test_the_circumstances_after_an_object_are_not_content(pipeline, text, cue, content):
    assert (cue, content) in _contents(pipeline, text)


@pytest.mark.parametrize("text, cue, content", [
    ("Critics questioned the board's judgment in approving the loan.", "questioned",
     "the board's judgment in approving the loan"),  # a common noun's phrase describes it
    ("The prosecutor accused Mr. Hale of lying to investigators.", "accused", "Mr. Hale of lying to investigators"),
    ("The council praised Chief Ramos for his handling of the protests.", "praised",
     "Chief Ramos for his handling of the protests"),
    ("Ranchers criticized Governor Tate over the water rules.", "criticized", "Governor Tate over the water rules"),
])
def test_a_topic_a_frame_preposition_and_a_common_nouns_phrase_stay(pipeline, text, cue, content):
    assert (cue, content) in _contents(pipeline, text)


def _tokens(pipeline, text, obj, prep):
    doc, parse = annotated(pipeline, text)
    toks = {t.text: t for t in parse.doc}
    p = toks[prep]
    return toks[obj], p, next(c for c in p.children if c.dep_ == "pobj")


def test_circumstance_reads_venues_and_a_names_setting_only(pipeline):
    assert _circumstance(*_tokens(pipeline, "The governor trashed Comey on MSNBC.", "Comey", "on"))
    assert _circumstance(*_tokens(pipeline, "Labor activists criticized Governor Halvorsen from the left.", "Halvorsen", "from"))
    # a topic "on" after a name, a setting phrase after a common noun: what the cue attributes
    assert not _circumstance(*_tokens(pipeline, "The moderator challenged Senator Okoye on immigration.", "Okoye", "on"))
    assert not _circumstance(*_tokens(pipeline, "Critics questioned the board's record in the state.", "record", "in"))
    assert SETTING_PREPS == frozenset({"in", "from", "before"})


def test_a_date_or_time_after_the_object_still_says_when(pipeline):
    assert ("endorsed", "Mayor Lin") in _contents(pipeline, "The union endorsed Mayor Lin on Monday.")
    assert ("questioned", "the plan") in _contents(pipeline, "Critics questioned the plan in the morning.")


def test_probes_s35polind_figures(pipeline):
    r = attr_probes.run(str(PROBES))
    t = r["total"]
    # at the evaluator's 30% overlap the long contents already matched; what moves is the content's extent
    assert (t["gold"], t["found"], t["speaker"], t["spurious"]) == (22, 19, 19, 1)
    exact = {}
    for art in attr_probes.read_probes(str(PROBES)):
        doc, parse = annotated(pipeline, art["text"])
        _, atts = extract_all(doc, parse)
        got = {" | ".join(p.text for p in a.content) for a in atts}
        for g in art["gold"]:
            content = " | ".join(art["text"][a:b] for a, b in g["content"])
            exact[art["family"]] = exact.get(art["family"], 0) + (content in got)
    assert exact == {"venue-after-object": 3, "setting-after-name": 5, "guards": 5}  # base: 0, 0, 5
