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
    with pytest.raises(InputError, match=r"line 1: .*\(v\|n\|a\|h\|i\|x\)"):
        lexicon.Lexicon(f)


def test_the_holder_path_is_not_judged_by_the_filter():
    assert SURE_PATHS == frozenset({"stance", "holder"})


def test_probes_s34attr_figures(pipeline):
    r = attr_probes.run(str(PROBES))
    t = r["total"]
    assert (t["gold"], t["found"], t["speaker"], t["spurious"]) == (12, 8, 8, 0)
    assert r["families"]["holder-predicate"]["found"] == 5


# --- holder_content on hand-built parses (the parser's choices fixed, so each branch is reached) -------------

def _doc(pipeline, rows, ents=()):
    """rows: (word, head index, dep, pos); ents: (start, end, label) token spans."""
    from spacy.tokens import Doc, Span

    words, heads, deps, pos = zip(*rows)
    d = Doc(pipeline.nlp.vocab, words=list(words), heads=list(heads), deps=list(deps), pos=list(pos))
    d.ents = [Span(d, s, e, label=lab) for s, e, lab in ents]
    return d


def _holder(d, i):
    from newsgraph.attribution.indirect import holder_content

    found = holder_content(d[i], frozenset({"of", "for"}))
    return None if found is None else (d[found[0][0]:found[0][1] + 1].text, found[1].text)


def test_as_on_a_name_gives_the_name_and_on_another_noun_nothing(pipeline):
    # "Lee as a critic of taxes spoke": "as" hangs on the name
    rows = [("Lee", 6, "nsubj", "PROPN"), ("as", 0, "prep", "ADP"), ("a", 3, "det", "DET"), ("critic", 1, "pobj", "NOUN"),
            ("of", 3, "prep", "ADP"), ("taxes", 4, "pobj", "NOUN"), ("spoke", 6, "ROOT", "VERB")]
    assert _holder(_doc(pipeline, rows, [(0, 1, "PERSON")]), 3) == ("taxes", "Lee")
    assert _holder(_doc(pipeline, rows), 3) is None  # the same noun naming no one ("a reputation as …")
    common = [("fame", 6, "nsubj", "NOUN")] + rows[1:]
    assert _holder(_doc(pipeline, common), 3) is None


def test_as_after_a_verbs_object_is_the_objects_role(pipeline):
    # "Jo praised Lee as a critic of taxes" / "As a critic of taxes, Jo praised Lee"
    after = [("Jo", 1, "nsubj", "PROPN"), ("praised", 1, "ROOT", "VERB"), ("Lee", 1, "dobj", "PROPN"), ("as", 1, "prep", "ADP"),
             ("a", 5, "det", "DET"), ("critic", 3, "pobj", "NOUN"), ("of", 5, "prep", "ADP"), ("taxes", 6, "pobj", "NOUN")]
    assert _holder(_doc(pipeline, after), 5) is None
    before = [("As", 7, "prep", "ADP"), ("a", 2, "det", "DET"), ("critic", 0, "pobj", "NOUN"), ("of", 2, "prep", "ADP"),
              ("taxes", 3, "pobj", "NOUN"), (",", 7, "punct", "PUNCT"), ("Jo", 7, "nsubj", "PROPN"), ("praised", 7, "ROOT", "VERB"),
              ("Lee", 7, "dobj", "PROPN")]
    assert _holder(_doc(pipeline, before), 2) == ("taxes", "Jo")


def test_a_pobj_not_under_as_and_an_as_not_over_the_noun_give_nothing(pipeline):
    # "Jo spoke to a critic of taxes": the noun is an object of "to"
    rows = [("Jo", 1, "nsubj", "PROPN"), ("spoke", 1, "ROOT", "VERB"), ("to", 1, "prep", "ADP"), ("a", 4, "det", "DET"),
            ("critic", 2, "pobj", "NOUN"), ("of", 4, "prep", "ADP"), ("taxes", 5, "pobj", "NOUN")]
    assert _holder(_doc(pipeline, rows), 4) is None
    # "As Jo spoke, a critic of taxes left": "as" is no head of the noun
    rows = [("As", 2, "mark", "SCONJ"), ("Jo", 2, "nsubj", "PROPN"), ("spoke", 9, "advcl", "VERB"), (",", 9, "punct", "PUNCT"),
            ("a", 5, "det", "DET"), ("critic", 9, "nsubj", "NOUN"), ("of", 5, "prep", "ADP"), ("taxes", 6, "pobj", "NOUN"),
            ("soon", 9, "advmod", "ADV"), ("left", 9, "ROOT", "VERB")]
    assert _holder(_doc(pipeline, rows), 5) is None


def test_a_passive_subject_holds_and_a_preposition_before_the_noun_is_not_its_phrase(pipeline):
    # "Lee was named a critic of taxes": the passive subject
    rows = [("Lee", 2, "nsubjpass", "PROPN"), ("was", 2, "auxpass", "AUX"), ("named", 2, "ROOT", "VERB"), ("a", 4, "det", "DET"),
            ("critic", 2, "attr", "NOUN"), ("of", 4, "prep", "ADP"), ("taxes", 5, "pobj", "NOUN")]
    assert _holder(_doc(pipeline, rows), 4) == ("taxes", "Lee")
    # "Lee is, of all people, a critic": an "of" hung before the noun is not its content; none after it
    rows = [("Lee", 1, "nsubj", "PROPN"), ("is", 1, "ROOT", "AUX"), ("of", 5, "prep", "ADP"), ("people", 2, "pobj", "NOUN"),
            ("a", 5, "det", "DET"), ("critic", 1, "attr", "NOUN")]
    assert _holder(_doc(pipeline, rows), 5) is None
    # "Lee is a critic for taxes and a critic of Jo": the first of/for phrase after the noun
    rows = [("Lee", 1, "nsubj", "PROPN"), ("is", 1, "ROOT", "AUX"), ("a", 3, "det", "DET"), ("critic", 1, "attr", "NOUN"),
            ("on", 3, "prep", "ADP"), ("taxes", 4, "pobj", "NOUN"), ("of", 3, "prep", "ADP"), ("Jo", 6, "pobj", "PROPN")]
    assert _holder(_doc(pipeline, rows), 3) == ("Jo", "Lee")


def test_a_conjunct_climbs_to_its_first_noun_or_name(pipeline):
    # "Lee is a Democrat and a critic of Max": "critic" coordinated with the predicated name
    rows = [("Lee", 1, "nsubj", "PROPN"), ("is", 1, "ROOT", "AUX"), ("a", 3, "det", "DET"), ("Democrat", 1, "attr", "PROPN"),
            ("and", 3, "cc", "CCONJ"), ("a", 6, "det", "DET"), ("critic", 3, "conj", "NOUN"), ("of", 6, "prep", "ADP"),
            ("Max", 7, "pobj", "PROPN")]
    assert _holder(_doc(pipeline, rows), 6) == ("Max", "Lee")
    # "Lee is a fan of Jo and a critic of Max" with "critic" hung on the name "Jo": its first conjunct is a pobj
    rows = [("Lee", 1, "nsubj", "PROPN"), ("is", 1, "ROOT", "AUX"), ("a", 3, "det", "DET"), ("fan", 1, "attr", "NOUN"),
            ("of", 3, "prep", "ADP"), ("Jo", 4, "pobj", "PROPN"), ("and", 5, "cc", "CCONJ"), ("a", 8, "det", "DET"),
            ("critic", 5, "conj", "NOUN"), ("of", 8, "prep", "ADP"), ("Max", 9, "pobj", "PROPN")]
    assert _holder(_doc(pipeline, rows), 8) is None
    # a conjunct of a verb ("Lee spoke and critic …", a misparse) does not climb
    rows = [("Lee", 1, "nsubj", "PROPN"), ("spoke", 1, "ROOT", "VERB"), ("and", 1, "cc", "CCONJ"), ("critic", 1, "conj", "NOUN"),
            ("of", 3, "prep", "ADP"), ("Max", 4, "pobj", "PROPN")]
    assert _holder(_doc(pipeline, rows), 3) is None


def test_no_holder_through_a_control_verb_an_apposition_or_an_of_without_object(pipeline):
    # "Lee wants to be a critic of Max": "be" has no subject of its own, and is no conjunct of "wants"
    rows = [("Lee", 1, "nsubj", "PROPN"), ("wants", 1, "ROOT", "VERB"), ("to", 3, "aux", "PART"), ("be", 1, "xcomp", "AUX"),
            ("a", 5, "det", "DET"), ("critic", 3, "attr", "NOUN"), ("of", 5, "prep", "ADP"), ("Max", 6, "pobj", "PROPN")]
    assert _holder(_doc(pipeline, rows), 5) is None
    # "Lee is a senator, a critic of Max": the apposition does not climb to the predicate it stands beside
    rows = [("Lee", 1, "nsubj", "PROPN"), ("is", 1, "ROOT", "AUX"), ("a", 3, "det", "DET"), ("senator", 1, "attr", "NOUN"),
            (",", 3, "punct", "PUNCT"), ("a", 6, "det", "DET"), ("critic", 3, "appos", "NOUN"), ("of", 6, "prep", "ADP"),
            ("Max", 7, "pobj", "PROPN")]
    assert _holder(_doc(pipeline, rows), 6) is None
    # "Lee is a critic of attacking Max": "of" with a clause, no object
    rows = [("Lee", 1, "nsubj", "PROPN"), ("is", 1, "ROOT", "AUX"), ("a", 3, "det", "DET"), ("critic", 1, "attr", "NOUN"),
            ("of", 3, "prep", "ADP"), ("attacking", 4, "pcomp", "VERB"), ("Max", 5, "dobj", "PROPN")]
    assert _holder(_doc(pipeline, rows), 3) is None


def test_as_on_a_common_noun_naming_a_group_gives_it(pipeline):
    # "the union as a critic of taxes spoke": a common noun the entity recogniser names an organisation
    rows = [("the", 1, "det", "DET"), ("union", 7, "nsubj", "NOUN"), ("as", 1, "prep", "ADP"), ("a", 4, "det", "DET"),
            ("critic", 2, "pobj", "NOUN"), ("of", 4, "prep", "ADP"), ("taxes", 5, "pobj", "NOUN"), ("spoke", 7, "ROOT", "VERB")]
    assert _holder(_doc(pipeline, rows, [(1, 2, "ORG")]), 4) == ("taxes", "union")
