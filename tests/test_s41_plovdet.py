"""Session 41 (s41-plovdet): constructions of real news no rule was written for that told an act not done as done,
or a done act as planned (issue 11; gold/plover_unfitted.jsonl's STUDY half, docs/accuracy.md "Session 41,
s41-plovdet"). PLOVER codes what happened (manual, "Auxiliary modes": hypothetical and future acts are no events of
their own); AGREE is agreeing to do something, not sharing a view:
- an event noun in the phrase of an adjective complement shares the copula's modal ("could be subject to house
  arrest"), not its negation ("was not responsible for the bombing" tells of a bombing): factuality._copula_modality;
- a gerund after an adjective of intent is aimed at ("seem intent on approving the delay"): factuality.INTENT_ADJ;
- agreeing that something is or was so is an opinion ("agree that such deals are problematic"): stage._opinion_agreed;
- a to-infinitive of "too" is not done ("too weak to attack"); of "enough", as real as the clause "enough" qualifies
  ("did not go far enough to demand": no demand): factuality._degree;
- what an inquiry looks into happened ("is to look into a complaint"): factuality.INQUIRING_INTO;
- a name a verb of naming gives is no act ("described the tax as an assault on the poor", "a move branded a
  humiliating retreat"): coder._given_name.
Own sentences: tests/data/s41_plovdet_probes.tsv and _3.tsv (labelled before the fixes' first run), _2.tsv and _4.tsv
(new wordings, written after the fixes). Known misses are strict xfails, so a fix of one shows."""
from collections import Counter

import pytest

from eventsutil import probe_rows
from newsgraph.evaluate.events import asserted, plover_events

KNOWN_MISSES = {
    # parse: "exposed" is a passive participle (auxpass "be"), not an adjective complement
    "Aid convoys on the northern road may be exposed to shelling by government forces.",
    # controls the base tree misses too, not of these constructions: an evaluative adjective after "as" codes no
    # accusation; "raided a bank" is the lexicon's seizure (COERCE 171) beside the killing
    "The opposition described the arrests as illegal.",
    "Gunmen raided a bank in Lagos and killed two guards.",
}


def _asserted_types(pipeline, text):
    doc = pipeline.extract(text, name="t", published="2024-06-01")
    return Counter(e.type for e in plover_events(list(doc.events)) if asserted(e))


@pytest.mark.parametrize("want, text", list(probe_rows(
    ("s41_plovdet_probes.tsv", "s41_plovdet_probes_2.tsv", "s41_plovdet_probes_3.tsv", "s41_plovdet_probes_4.tsv"),
    KNOWN_MISSES, 2)))
def test_probe(pipeline, want, text):
    got = _asserted_types(pipeline, text)
    if want.startswith("!"):
        assert got[want[1:]] == 0, got  # no asserted event of that type
    elif want == "NONE":
        assert not got, got
    else:
        assert got == Counter(want.split()), got


@pytest.fixture(scope="module")
def nlp():
    from newsgraph.nlp import load

    return load()


def _tok(doc, word):
    return next(t for t in doc if t.text == word)


def test_copula_modality_takes_the_modal_not_the_negation(nlp):
    from newsgraph.events.factuality import _copula_modality

    assert _copula_modality(_tok(nlp("Dissidents could be liable to arrest."), "be")) == {"hypothetical"}
    assert _copula_modality(_tok(nlp("Migrants will be subject to deportation."), "be")) == {"future"}
    assert _copula_modality(_tok(nlp("The group was not responsible for the bombing."), "was")) == set()
    assert _copula_modality(_tok(nlp("Dissidents have been subject to arrest."), "been")) == set()  # a perfect


def test_degree_word_or_its_adjective(nlp):
    from newsgraph.events.factuality import _degree

    doc = nlp("The army is too weak to attack the rebel strongholds.")
    assert _degree(_tok(doc, "weak")) == "too" and _degree(_tok(doc, "too")) == "too"
    assert _degree(_tok(nlp("The statement was strong enough to shock."), "strong")) == "enough"
    assert _degree(_tok(nlp("The army is ready to attack the rebel strongholds."), "ready")) is None
    assert _degree(_tok(nlp("The army is very ready to attack the rebel strongholds."), "ready")) is None


def test_enough_shares_the_clause_it_qualifies(pipeline):
    # told as done, the act "enough" reaches is done (an implicative); negated, it is not
    assert _asserted_types(pipeline, "The new accord went far enough to demand a withdrawal from Ukraine.")["REQUEST"] == 1
    assert _asserted_types(pipeline, "The new accord did not go far enough to demand a withdrawal from Ukraine.")[
        "REQUEST"] == 0


def test_agreeing_to_a_course_stays_agree(pipeline):
    # a modal, an "is to", a subjunctive, an object and a to-phrase all name a course agreed, not a view
    for text in ("Israel and Egypt agreed that the crossing would reopen next week.",
                 "The ministers agreed that the envoy is to return to Kabul.",
                 "Both sides agreed that the troops be withdrawn from the border.",
                 "Serbia agreed to talks with Kosovo in Brussels.",
                 # a clause the parser hangs on "agreed" from before it is no content of the agreeing
                 "The deadline marks the point at which Fiat may sell its car division, part of an alliance agreed "
                 "in May."):
        assert _asserted_types(pipeline, text)["AGREE"] == 1, text


def test_states_reads_tense_and_modals(nlp):
    from newsgraph.events.stage import _states

    assert _states(_tok(nlp("They agreed that the treaty was flawed."), "was"))
    assert _states(_tok(nlp("They agree that the sanctions have failed."), "failed"))
    assert not _states(_tok(nlp("They agreed that talks should resume."), "resume"))
    assert not _states(_tok(nlp("They agreed that the envoy is to return."), "is"))
    assert not _states(_tok(nlp("They agreed that the troops be withdrawn."), "withdrawn"))


def test_given_name_shapes(nlp):
    from newsgraph.events.coder import _given_name

    assert _given_name(_tok(nlp("Moscow labelled the sanctions an act of war."), "act"))  # object predicate
    assert _given_name(_tok(nlp("The opposition described the tax as an assault on the poor."), "assault"))
    assert _given_name(_tok(nlp("The government branded the report a boycott in disguise."), "boycott"))
    assert not _given_name(_tok(nlp("The government branded the report a boycott in disguise."), "report"))
    # the object of a reduced passive of naming, with its agent: the name given
    assert _given_name(_tok(nlp('Ministers announced new rules, in a move branded a "retreat" by the opposition.'),
                            "retreat"))
    # a free relative's name is what the outer verb acts on ("condemned what it called aggression")
    assert not _given_name(_tok(nlp("Gondor condemned what it called an invasion of its land."), "invasion"))
    # the name of a pronoun is the sentence's only telling of the act ("this", "it")
    assert not _given_name(_tok(nlp("Washington describes this as the biggest agreement between Chile and Peru."),
                                "agreement"))
    assert not _given_name(_tok(nlp("Kiev called it an invasion."), "invasion"))
    # an as-phrase of a verb that names nothing
    assert not _given_name(_tok(nlp("The army used the stadium as a base for its assault."), "base"))
    assert not _given_name(_tok(nlp("The army launched an assault on the town."), "assault"))


def test_passive_participle(nlp):
    from newsgraph.events.coder import _passive_participle

    assert _passive_participle(_tok(nlp("The move, called a betrayal by critics, angered Kiev."), "called"))
    assert not _passive_participle(_tok(nlp("Unions, having called a general strike, marched through Paris."),
                                        "called"))  # a perfect auxiliary: active
    assert not _passive_participle(_tok(nlp("Critics called the move a betrayal."), "called"))


def _t(dep, lower, tag="", i=0, children=(), lemma=None):
    """A token stand-in: what _opinion_agreed and _states read of a parse."""
    from types import SimpleNamespace

    return SimpleNamespace(dep_=dep, lower_=lower, tag_=tag, i=i, children=list(children), lemma_=lemma or lower)


def _agreeing(*kids, dictionary=False, is_noun=False, type_="AGREE", lemma="agree"):
    from types import SimpleNamespace

    verb = _t("ROOT", "agreed", "VBD", i=1, children=kids, lemma=lemma)
    return SimpleNamespace(dictionary=dictionary, is_noun=is_noun, sense=SimpleNamespace(type=type_), token=verb)


def test_opinion_agreed_guards():
    from newsgraph.events.stage import _opinion_agreed

    view = _t("ccomp", "was", "VBD", i=5)
    assert _opinion_agreed(_agreeing(view))
    assert _opinion_agreed(_agreeing(_t("prep", "with", i=2), view))  # "agreed with Poland that ..."
    assert not _opinion_agreed(_agreeing(view, dictionary=True))  # a user's dictionary codes its own patterns
    assert not _opinion_agreed(_agreeing(view, is_noun=True))
    assert not _opinion_agreed(_agreeing(view, type_="SUPPORT"))
    assert not _opinion_agreed(_agreeing(view, lemma="accept"))
    assert _opinion_agreed(_agreeing(view, lemma="concur"))
    for kid in (_t("xcomp", "meet", "VB", i=3), _t("dobj", "terms", "NNS", i=3), _t("prep", "to", i=2),
                _t("prep", "on", i=2), _t("prep", "upon", i=2)):
        assert not _opinion_agreed(_agreeing(kid, view)), kid.lower_  # a course agreed to, on or upon
    assert not _opinion_agreed(_agreeing())  # no clause: no view
    assert not _opinion_agreed(_agreeing(_t("ccomp", "was", "VBD", i=0)))  # a clause before the verb


def test_states_xcomp_needs_its_to():
    from newsgraph.events.stage import _states

    # "that he seemed tired": an open complement with no "to" is no "is to"
    assert _states(_t("ccomp", "seemed", "VBD", i=5, children=[_t("xcomp", "tired", "JJ", i=6)]))
    assert not _states(_t("ccomp", "is", "VBZ", i=5, children=[
        _t("xcomp", "return", "VB", i=7, children=[_t("aux", "to", "TO", i=6)])]))


def test_passive_participle_shapes():
    from newsgraph.events.coder import _passive_participle

    for tag in ("VBN", "VBD"):  # (the small model tags many a reduced passive VBD)
        for dep in ("acl", "advcl", "relcl"):
            assert _passive_participle(_t(dep, "branded", tag, i=3)), (tag, dep)
    assert not _passive_participle(_t("acl", "branding", "VBG", i=3))
    assert not _passive_participle(_t("ROOT", "branded", "VBD", i=3))
    assert not _passive_participle(_t("relcl", "branded", "VBD", i=3, children=[_t("nsubj", "who", "WP", i=2)]))


def test_given_name_needs_as(nlp):
    from newsgraph.events.coder import _given_name

    # another phrase of a verb of naming names nothing
    assert not _given_name(_tok(nlp("In a speech, the minister described the strike as a betrayal."), "speech"))


def test_given_name_of_a_demonstrative():
    from types import SimpleNamespace

    from newsgraph.events.coder import _given_name

    # "described that as an invasion" with "that" tagged a determiner (DT, pos DET), not a pronoun
    verb = SimpleNamespace(lemma_="describe", dep_="ROOT", tag_="VBD", children=[], i=1)
    obj = SimpleNamespace(dep_="dobj", lower_="that", pos_="DET", tag_="DT", i=2)
    noun = SimpleNamespace(dep_="dobj", lower_="invasion", pos_="NOUN", tag_="NN", i=4, head=verb)
    verb.children = [obj, noun]
    assert not _given_name(noun)
    obj.tag_, obj.lower_ = "NNS", "reforms"
    assert _given_name(noun)  # (the second of two objects, of a noun: a name given)
