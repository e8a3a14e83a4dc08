"""Session 28 (s28-attrprobe): attribution families found missing by our own probe set
(scripts/attr_probes/probes1.txt), with sentences of our own; plus the probe scorer's markup reader."""

import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
from stageutil import annotated, candidates

from newsgraph.attribution.stage import extract_all

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
import attr_probes  # noqa: E402


def _attributions(pipeline, text):
    doc, parse = annotated(pipeline, text)
    _, atts = extract_all(doc, parse)
    return [(a.cue.text if a.cue else None, a.source.text if a.source else None, tuple(p.text for p in a.content))
            for a in atts]


# --- "It was reported that …": the extraposed clause of a passive cue --------------------------------------

@pytest.mark.parametrize("text, cue, content", [
    ("It was announced on Monday that the port would reopen in June.", "announced", "that the port would reopen in June"),
    ("It has been suggested that the hearing be postponed.", "suggested", "that the hearing be postponed"),
    ("It was alleged that the mayor had taken bribes from developers.", "alleged",
     "that the mayor had taken bribes from developers"),
    ("It is widely believed that the minister will resign before the summer.", "believed",
     "that the minister will resign before the summer"),
    ("It was reported that the envoy had left the capital.", "reported", "that the envoy had left the capital"),
])
def test_an_extraposed_clause_is_the_content_without_the_reporting_words(pipeline, text, cue, content):
    atts = [a for a in _attributions(pipeline, text) if a[0] == cue]
    assert atts == [(cue, None, (content,))], atts


def test_an_extraposed_clause_takes_the_passive_agent_as_its_source(pipeline):
    atts = [a for a in candidates(pipeline, "It was announced by the ministry that fuel prices would rise.")
            if a[2] == "announced"]
    assert atts and atts[0][4] == "the ministry" and any("fuel prices would rise" in p for p in atts[0][3])


def test_a_raising_passive_with_a_real_subject_keeps_the_subject_and_infinitive(pipeline):
    # no empty "it": "the envoy … to have left" is what is said (passive_content), as before; the cue between
    # them is no content (PolNeAR is univocal, s36-polspan)
    atts = [a for a in _attributions(pipeline, "The envoy is said to have left the capital.") if a[0] == "said"]
    assert atts == [("said", None, ("The envoy", "to have left the capital"))], atts


def test_it_as_a_real_subject_of_a_passive_cue_is_no_extraposition(pipeline):
    # "it" refers to the plan; no clause follows the cue, so nothing is reported as an extraposed clause
    atts = [a for a in candidates(pipeline, "The plan was drafted in May. It was announced on Friday.")
            if a[2] == "announced"]
    assert all(a[0] != "passive" for a in atts), atts


# --- "As X told Y, …": the hearer object of an "as" clause of saying --------------------------------------

@pytest.mark.parametrize("text, cue, source, content", [
    ("As she told reporters, the bill is dead.", "told", "she", "the bill is dead"),
    ("As the treasurer told the council, the city has run out of reserves.", "told", "the treasurer",
     "the city has run out of reserves"),
    ("As the governor warned voters in March, the state faces a deficit.", "warned", "the governor",
     "the state faces a deficit"),
    ("As Mr. Lind informed the board, the factory will close in May.", "informed", "Mr. Lind",
     "the factory will close in May"),
])
def test_an_as_clause_with_a_hearer_object_reports_the_clause_it_modifies(pipeline, text, cue, source, content):
    atts = [a for a in _attributions(pipeline, text) if a[0] == cue]
    assert atts == [(cue, source, (content,))], atts


def test_an_as_clause_whose_object_is_what_is_told_reports_nothing(pipeline):
    # "the story" is what was told, not a hearer: the clause is one of time, the main clause no one's words
    atts = candidates(pipeline, "As he told the story, the crowd laughed.")
    assert not any(a[2] == "told" for a in atts), atts


def test_an_as_clause_of_a_verb_without_a_hearer_object_keeps_its_own_object(pipeline):
    # "announce" takes what is announced as its object: the clause it modifies is not what was announced
    atts = candidates(pipeline, "As the mayor announced the budget, protesters gathered outside.")
    assert not any(a[2] == "announced" and any("protesters" in p for p in a[3]) for a in atts), atts


def test_hearer_is_judged_by_the_verb_and_the_object():
    from newsgraph.attribution.indirect import HEARER_VERBS, _hearer

    def Tok(**kw):
        return SimpleNamespace(**{"dep_": "dobj", "ent_type_": "", "lower_": "x", "tag_": "NN", "lemma_": "x", **kw})

    tell, say = Tok(lemma_="tell"), Tok(lemma_="announce")
    assert "tell" in HEARER_VERBS
    assert _hearer(tell, Tok(tag_="NNS", lower_="reporters", lemma_="reporter"))
    assert _hearer(tell, Tok(lower_="them", tag_="PRP", lemma_="they"))
    assert _hearer(tell, Tok(lower_="committee", lemma_="committee"))
    assert _hearer(tell, Tok(lower_="kerr", tag_="NNP", lemma_="Kerr", ent_type_="PERSON"))
    assert not _hearer(tell, Tok(lower_="story", lemma_="story"))
    assert not _hearer(tell, Tok(dep_="dative", tag_="NNS", lower_="reporters", lemma_="reporter"))
    assert not _hearer(say, Tok(tag_="NNS", lower_="reporters", lemma_="reporter"))


# --- the probe scorer's markup ------------------------------------------------------------------------------

def test_the_probe_markup_gives_text_and_spans_with_nested_optional_attributions():
    text, atts = attr_probes.parse_article(["[S1 Ann] [C1 said] [T1 [s2 Bo] [c2 thinks] [t2 so]].", "Next."])
    assert text == "Ann said Bo thinks so.\n\nNext."
    gold = [a for a in atts if not a["optional"]]
    inner = [a for a in atts if a["optional"]]
    assert len(gold) == 1 and len(inner) == 1
    assert [text[s:e] for s, e in gold[0]["content"]] == ["Bo thinks so"]
    assert [text[s:e] for s, e in gold[0]["source"]] == ["Ann"]
    assert [text[s:e] for s, e in inner[0]["cue"]] == ["thinks"]


def test_the_probe_markup_refuses_an_unclosed_span():
    with pytest.raises(ValueError):
        attr_probes.parse_article(["[S1 Ann said"])


def test_the_probe_files_label_every_attribution_with_a_cue_and_content():
    for path in sorted((Path(__file__).resolve().parents[1] / "scripts" / "attr_probes").glob("*.txt")):
        arts = attr_probes.read_probes(str(path))
        assert arts, path
        for art in arts:
            for g in art["gold"]:
                assert g["cue"] and (g["content"] or g["optional"]), (path, art["text"])


# --- "Such a move, warned the minister, would …": quotative inversion inside the reported clause ----------

@pytest.mark.parametrize("text, cue, source, content", [
    ("Such a move, warned the finance minister, would spook the markets.", "warned", "the finance minister",
     ("Such a move", "would spook the markets")),
    ("The cuts, argued the mayor, would hurt the poor most.", "argued", "the mayor",
     ("The cuts", "would hurt the poor most")),
    ("Such a vote, cautioned Senator Hale, could split the party.", "cautioned", "Senator Hale",
     ("Such a vote", "could split the party")),
    ("The tax, insisted Ms. Ruiz, was never meant to be permanent.", "insisted", "Ms. Ruiz",
     ("The tax", "was never meant to be permanent")),
    # the parser's other reading: the verb the root, the rest a predicate coordinated with it by the comma
    ("Any delay, cautioned the ambassador, would be read as weakness.", "cautioned", "the ambassador",
     ("Any delay", "would be read as weakness")),
    ("The money, insisted the treasurer, had been spent as the law required.", "insisted", "the treasurer",
     ("The money", "had been spent as the law required")),
])
def test_an_inverted_verb_of_saying_inside_the_clause_names_the_speaker_after_it(pipeline, text, cue, source, content):
    atts = [a for a in _attributions(pipeline, text) if a[0] == cue]
    assert atts == [(cue, source, content)], atts


def test_a_subject_before_the_parenthetical_verb_stays_the_speaker(pipeline):
    atts = [a for a in _attributions(pipeline, "The plan, he warned, would fail.") if a[0] == "warned"]
    assert atts == [("warned", "he", ("The plan", "would fail"))], atts


def _tok(i, text, dep="", pos="NOUN", children=(), head=None, left=None, right=None):
    t = SimpleNamespace(i=i, text=text, dep_=dep, pos_=pos, children=list(children), head=head)
    t.left_edge, t.right_edge = left or t, right or t
    return t


def test_a_predicate_coordinated_with_and_is_the_speakers_own_act():
    from newsgraph.attribution.indirect import quotative_inversion

    verb, _ = _conjoined(cc=True)  # "Cuts , warned Hale , and hurt": two acts, no inversion
    assert quotative_inversion(verb) is None
    verb, name = _conjoined()
    assert quotative_inversion(verb) == ([(0, 0), (5, 5)], name)
    verb, _ = _conjoined(rest_subject=True)  # the predicate has a subject of its own: a clause, not the rest
    assert quotative_inversion(verb) is None


def _conjoined(cc=False, rest_subject=None):
    """A hand-built "Cuts , warned Hale , hurt ." read with "warned" as the root and "hurt" its conjunct
    (`rest_subject`: the dependency of a subject "hurt" has of its own)."""
    words = ["Cuts", ",", "warned", "Hale", ",", "hurt", "."]
    subj = _tok(0, "Cuts", "nsubj")
    name = _tok(3, "Hale", "dobj", pos="PROPN")
    dep = "nsubj" if rest_subject is True else rest_subject
    rest = _tok(5, "hurt", "conj", pos="VERB", children=[_tok(5, "it", dep)] if dep else [])
    kids = [subj, name, rest] + ([_tok(4, "and", "cc", pos="CCONJ")] if cc else [])
    verb = _tok(2, "warned", "ROOT", pos="VERB", children=kids)
    verb.head = verb
    doc = [SimpleNamespace(text=w, is_punct=w in ",.") for w in words]
    for t in (subj, name, rest, verb):
        t.doc = doc
    return verb, name


def _inverted(words_after_name=",", label="dobj", verb_dep="parataxis", extra=None, name_pos="PROPN", before=",",
              name_on_rest=False, far_subject=False):
    """A hand-built parse of "Cuts <before> warned Hale <words_after_name> hurt ." (indices: 0 Cuts, 1 ",",
    2 warned, 3 Hale, 4 words_after_name, 5 hurt, 6 "."); with `name_on_rest` the parser's other reading,
    "Hale" the subject of "hurt" (and with `far_subject` a second subject of it, at 6, listed first)."""
    words = ["Cuts", before, "warned", "Hale", words_after_name, "hurt", "."]
    subj = _tok(0, "Cuts", "nsubj")
    name = _tok(3, "Hale", "nsubj" if name_on_rest else label, pos=name_pos)
    verb = _tok(2, "warned", verb_dep, pos="VERB", children=[subj] + ([] if name_on_rest else [name])
                + ([extra] if extra else []))
    rest_kids = ([_tok(6, "x", "nsubj")] if far_subject else []) + ([name] if name_on_rest else [])
    head = _tok(5, "hurt", "ROOT", pos="VERB", children=[verb] + rest_kids)
    head.right_edge = _tok(6, ".")
    verb.head = head
    doc = [SimpleNamespace(text=w, is_punct=w in ",.;") for w in words]
    for t in (subj, name, verb, head):
        t.doc = doc
    return verb, name


def test_quotative_inversion_on_hand_built_parses():
    from newsgraph.attribution.indirect import quotative_inversion

    verb, name = _inverted()
    assert quotative_inversion(verb) == ([(0, 0), (5, 5)], name)
    verb, _ = _inverted(words_after_name="that")  # "…, warned Hale that …": Hale is who was warned
    assert quotative_inversion(verb) is None
    verb, _ = _inverted(verb_dep="ccomp")
    assert quotative_inversion(verb) is None
    verb, _ = _inverted(extra=_tok(4, "to", "xcomp", pos="VERB"))  # a clause of its own
    assert quotative_inversion(verb) is None
    verb, _ = _inverted(label="prep")  # no noun phrase after the verb
    assert quotative_inversion(verb) is None


# --- cases added for mutation survivors (scripts/mutloop.py on the three new functions) -------------------

def test_hearer_named_groups_places_and_plural_names():
    from newsgraph.attribution.indirect import _hearer

    tell = SimpleNamespace(lemma_="tell")

    def obj(**kw):
        return SimpleNamespace(**{"dep_": "dobj", "ent_type_": "", "lower_": "x", "tag_": "NN", "lemma_": "x", **kw})

    for ent in ("ORG", "NORP", "GPE"):  # "told the Senate", "told Democrats", "told Ohio"
        assert _hearer(tell, obj(ent_type_=ent, tag_="NNP")), ent
    assert _hearer(tell, obj(tag_="NNPS", lower_="democrats", lemma_="Democrats"))
    assert not _hearer(tell, obj(ent_type_="DATE", lower_="monday", lemma_="Monday"))


def _clause_parse(mark=None, subject="it", dep="nsubjpass"):
    """A hand-built "<subject> was reported [<mark>] the envoy left ." (0 subject, 1 was, 2 reported, then the
    clause: its mark, if any, then "the envoy left"), its cue token and the clause's (first, last) word."""
    words = [subject, "was", "reported"] + ([mark] if mark else []) + ["the", "envoy", "left", "."]
    doc = [SimpleNamespace(text=w, lower_=w.lower(), dep_="mark" if w == mark else "") for w in words]
    first = 3
    head_i = len(words) - 2
    clause = SimpleNamespace(i=head_i, dep_="ccomp", left_edge=SimpleNamespace(i=first),
                             right_edge=SimpleNamespace(i=head_i))
    subj = SimpleNamespace(i=0, dep_=dep, lower_=subject.lower())
    verb = SimpleNamespace(i=2, doc=doc, children=[subj, SimpleNamespace(i=1, dep_="auxpass", lower_="was"), clause])
    return verb, head_i


@pytest.mark.parametrize("mark", ["that", "whether", "if"])
def test_extraposed_clause_leaves_out_its_mark(mark):
    from newsgraph.attribution.indirect import extraposed_clause

    verb, last = _clause_parse(mark)
    assert extraposed_clause(verb) == (4, last)


def test_extraposed_clause_keeps_a_first_word_that_is_no_mark():
    from newsgraph.attribution.indirect import extraposed_clause

    verb, last = _clause_parse()  # "It was reported the envoy left": a bare clause, "the" is content
    assert extraposed_clause(verb) == (3, last)
    verb, last = _clause_parse("because")  # a mark that is no complementizer stays (not extraposed speech)
    assert extraposed_clause(verb) == (3, last)


def test_extraposed_clause_needs_the_empty_it_as_passive_subject():
    from newsgraph.attribution.indirect import extraposed_clause

    assert extraposed_clause(_clause_parse("that", subject="plan")[0]) is None  # "plan was reported that …"
    assert extraposed_clause(_clause_parse("that", dep="nsubj")[0]) is None  # an active subject "it"


def test_quotative_inversion_more_hand_built_parses():
    from newsgraph.attribution.indirect import quotative_inversion

    for label in ("attr", "npadvmod"):
        verb, name = _inverted(label=label)
        assert quotative_inversion(verb) == ([(0, 0), (5, 5)], name), label
    verb, name = _inverted(name_pos="PRON")  # "The bill, said he, is dead"
    assert quotative_inversion(verb) == ([(0, 0), (5, 5)], name)
    verb, _ = _inverted(name_pos="VERB")
    assert quotative_inversion(verb) is None
    for dep in ("ccomp", "advcl"):  # the verb has a clause of its own
        verb, _ = _inverted(extra=_tok(4, "x", dep, pos="VERB"))
        assert quotative_inversion(verb) is None, dep
    verb, _ = _inverted(before=";")  # no comma before the verb: not set off as a parenthetical
    assert quotative_inversion(verb) is None


def test_quotative_inversion_speaker_read_as_the_clause_subject():
    from newsgraph.attribution.indirect import quotative_inversion

    verb, name = _inverted(name_on_rest=True)
    assert quotative_inversion(verb) == ([(0, 0), (5, 5)], name)
    # a subject of the clause further on is no speaker after the verb (it is checked before the adjacent one)
    verb, name = _inverted(name_on_rest=True, far_subject=True)
    assert quotative_inversion(verb) == ([(0, 0), (5, 5)], name)


@pytest.mark.parametrize("dep", ["nsubjpass", "expl"])
def test_a_coordinated_predicate_with_a_subject_of_its_own_is_no_rest(dep):
    from newsgraph.attribution.indirect import quotative_inversion

    verb, _ = _conjoined(rest_subject=dep)
    assert quotative_inversion(verb) is None
