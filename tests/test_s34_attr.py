"""Session 34 (s34-attr): a stance-holder noun with an of/for phrase ("critic of", "supporter of", "advocate
for"; lexicon pos `h`) said of someone, by a copula ("X has long been a critic of Y") or an "as" role ("As an
early supporter of Y, X …"), is X's stance towards Y (path `holder`, kept whatever the filter says, as the
`stance` path is). A plain noun phrase, an apposition, a relative clause, a control verb and an "as" phrase
on a noun that names no one give nothing. Our own sentences, as in scripts/attr_probes/probes_s34attr.txt."""

import sys
from pathlib import Path

import pytest
from stageutil import annotated

from newsgraph.attribution import lexicon
from newsgraph.attribution.stage import SURE_PATHS, extract_all
from newsgraph.errors import InputError

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
import attr_probes  # noqa: E402

PROBES = Path(__file__).resolve().parents[1] / "scripts" / "attr_probes" / "probes_s34attr.txt"


def _atts(pipeline, text):
    doc, parse = annotated(pipeline, text)
    _, atts = extract_all(doc, parse)
    return {(a.cue.text if a.cue else None, " | ".join(p.text for p in a.content), a.source.text if a.source else None, a.type)
            for a in atts}


@pytest.mark.parametrize("text, cue, content, source", [
    ("The harbour commissioner has long been a vocal critic of the ferry contract.", "critic", "the ferry contract",
     "The harbour commissioner"),
    ("The archbishop remains a staunch opponent of the casino plan.", "opponent", "the casino plan", "The archbishop"),
    ("Professor Lena Quist became a leading proponent of congestion pricing after the study.", "proponent",
     "congestion pricing", "Professor Lena Quist"),
    ("The nurses' union is a longtime advocate for safe staffing ratios.", "advocate", "safe staffing ratios",
     "The nurses' union"),
    ("As an early backer of the canal scheme, the minister now faces angry fishermen.", "backer", "the canal scheme",
     "the minister"),
    ("Graham, as a backer of the amnesty plan, is a target of the group.", "backer", "the amnesty plan", "Graham"),
])
def test_a_holder_noun_said_of_someone_is_their_stance(pipeline, text, cue, content, source):
    assert (cue, content, source, "thought") in _atts(pipeline, text)


def test_a_coordinated_holder_noun_takes_the_first_ones_holder(pipeline):
    atts = _atts(pipeline, "He is a firm supporter of the wind farm and a harsh critic of the new quarry.")
    assert ("supporter", "the wind farm", "He", "thought") in atts
    assert ("critic", "the new quarry", "He", "thought") in atts


def test_a_coordinated_verb_lends_its_subject(pipeline):
    atts = _atts(pipeline, "Mr. Adeyemi has not endorsed the mayor and has been a pointed critic of her budget.")
    assert ("critic", "her budget", "Mr. Adeyemi", "thought") in atts


@pytest.mark.parametrize("text", [
    "Supporters of the mayor filled the hall on Friday.",  # a plain noun phrase
    "The police kept critics of the plan away from the stage.",
    "Rosa Lind, an early supporter of the tram line, arrived late to the hearing.",  # apposition
    "The panel heard from Rosa Lind, who is a fierce opponent of the tram line.",  # relative clause
    "The vote gave the agency a reputation as an advocate for tenants.",  # "as" on a noun naming no one
    "The governor praised Ms. Ruiz as a tireless advocate for tenants.",  # "as" the object's role
    "The charity cannot square its claim to be an advocate for tenants with its rents.",  # control verb
    "The senator's supporters cheered when the results came in.",  # no of/for phrase
])
def test_a_holder_noun_not_said_of_anyone_gives_nothing(pipeline, text):
    assert not [a for a in _atts(pipeline, text) if a[0] in ("supporter", "supporters", "critics", "opponent", "advocate")]


def test_the_holder_lexicon_entries_load_as_their_own_pos(tmp_path):
    lex = lexicon.default()
    assert {"supporter", "critic", "opponent", "proponent", "advocate", "backer"} <= set(lex.holders)
    assert lex.holders["advocate"].frames == frozenset({"of", "for"})
    assert "supporter" not in lex.nouns
    f = tmp_path / "cues.tsv"
    f.write_text("critic\tthought\tof\th\n", encoding="utf-8")
    own = lexicon.Lexicon(f)
    assert set(own.holders) == {"critic"} and len(own) == 1
    f.write_text("critic\tthought\tof\tq\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"line 1: .*\(v\|n\|a\|h\|x\)"):
        lexicon.Lexicon(f)


def test_the_holder_path_is_not_judged_by_the_filter():
    assert SURE_PATHS == frozenset({"stance", "holder"})


def test_probes_s34attr_figures(pipeline):
    r = attr_probes.run(str(PROBES))
    t = r["total"]
    assert (t["gold"], t["found"], t["speaker"], t["spurious"]) == (12, 8, 8, 0)
    assert r["families"]["holder-predicate"]["found"] == 5
