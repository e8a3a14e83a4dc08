"""Session 37 (s37-march): `nlp.collective_participles`, a participle of collective action between "by"/"of" and a
plural noun after an event noun ("a march by striking teachers") read as the noun's modifier, not a gerund with an
object; our own probes (tests/data/s37_march_probes*.tsv, labelled from the ACLED codebook before their first run)
and hand-built parses, so that every condition of the repair is seen to matter; and a victim told by a relative
"who" after appositions that end on a thing ("the owner of a bakery, who was shot"): the events coder reads "who" as
a person (`coder._condition_words`)."""
import pytest
import spacy
from spacy.tokens import Doc

from eventsutil import acled_predicted, probe_rows
from newsgraph.nlp import collective_participles, past_verbs_read_as_nouns

KNOWN_MISSES = {  # (each wrong on base 5aeb5866 too, for a cause outside the repair)
    # "wound" tagged a noun and made the root: the clause has no verb ("A march by nurses wound ..." is none too)
    "A march by striking nurses wound through the centre of Lyon on Tuesday.",
    # "picket" is no event noun of the events lexicon ("A picket by postal workers closed ..." has no event either)
    "A picket by striking postal workers closed the sorting office in Leeds for a day.",
    # an arrest named as the object of "announced" is a report's content, which the stage leaves uncoded
    "Police announced the arrest of 12 striking workers after the factory occupation ended.",
}


WHO_MISSES = {  # (wrong on base 5aeb5866 too)
    # "whom a masked robber shot": "shot" tagged a noun, the clause has no verb
    "Police said Dale Ruiz, the manager of a pawn shop, whom a masked robber shot on Monday, remains in hospital.",
    # the shooting's clause hangs on "Fifth Street", a place; the stage leaves it uncoded (not the mapping's)
    "Jim Ortega, 19, a cook at a diner on Fifth Street, who was shot in the leg, was released from hospital.",
}


SECOND_MISSES = {  # (the second set's misses, after the fixes)
    # the march is the subject of "reached ... without incident", which tells no protest act the stage codes
    "The march by protesting pensioners reached the finance ministry without incident.",
    # "rioting" read as the relatives' riot: a violent demonstration (the dispersal loses to it)
    "Soldiers dispersed a demonstration of rioting prisoners' relatives outside the jail.",
    # "the gunman" named later in the sentence, no civilian word: read as forces on both sides (a clash)
    "A guest of the motel, who was shot in the arm, told police he did not see the gunman.",
}


SHARED_MISSES = {
    # the mapping's `_only_forces_named` takes an armed doer ("Assailants") and no civilian word for forces alone; the
    # object after "and wounded" is not read there (reading it made "A gunman shot and killed a sheriff's deputy",
    # s29's armed clash, an attack: "deputy" is no force word of the mapping's; tried and dropped)
    "Assailants shot and wounded a local radio presenter as he left the studio.",
    # (the second set's miss, after the fixes)
    # "[Gunmen] [on a motorbike shot]": "shot" a noun inside the prepositional phrase, not the root
    "Gunmen on a motorbike shot and wounded a schoolteacher in Quetta on Wednesday.",
}


def _rows():
    yield from probe_rows(("s37_march_probes1.tsv",), KNOWN_MISSES, 3)
    yield from probe_rows(("s37_march_who1.tsv",), WHO_MISSES, 3)
    yield from probe_rows(("s37_march_probes2.tsv",), SECOND_MISSES, 3)
    yield from probe_rows(("s37_march_shared1.tsv", "s37_march_shared2.tsv"), SHARED_MISSES, 3)


@pytest.mark.parametrize("want, text", list(_rows()))
def test_probe(pipeline, want, text):
    assert acled_predicted(pipeline, text) == want


_VOCAB = spacy.blank("en").vocab


def _doc(spec, spaces=None):
    """spec: "word/TAG/dep/head/lemma ..." (head an absolute index)."""
    rows = [r.split("/") for r in spec.split()]
    return Doc(_VOCAB, words=[r[0] for r in rows], tags=[r[1] for r in rows], deps=[r[2] for r in rows],
               heads=[int(r[3]) for r in rows], lemmas=[r[4] for r in rows], spaces=spaces)


# "A march by striking teachers ended ." as en_core_web_sm reads it: "striking" a gerund, "teachers" its object
OBJECT = ("A/DT/det/1/a march/NN/nsubj/5/march by/IN/prep/1/by striking/VBG/pcomp/2/strike "
          "teachers/NNS/dobj/3/teacher ended/VBD/ROOT/5/end ./././5/.")
# "A rally by protesting farmers filled it ." read with "farmers" a second subject of "filled"
SUBJECT = ("A/DT/det/1/a rally/NN/nsubj/5/rally by/IN/prep/1/by protesting/VBG/pcomp/2/protest "
           "farmers/NNS/nsubj/5/farmer filled/VBD/ROOT/5/fill it/PRP/dobj/5/it ./././5/.")
# "The strike of striking postal workers ended ." the object with its own adjective
MODIFIED = ("The/DT/det/1/the strike/NN/nsubj/6/strike of/IN/prep/1/of striking/VBG/pcomp/2/strike "
            "postal/JJ/amod/5/postal workers/NNS/dobj/3/worker ended/VBD/ROOT/6/end ./././6/.")


def _tree(doc):
    return [(t.dep_, t.head.i) for t in doc]


def _edit(spec, i, field, value):
    rows = [r.split("/") for r in spec.split()]
    rows[i][("word", "tag", "dep", "head", "lemma").index(field)] = str(value)
    return " ".join("/".join(r) for r in rows)


@pytest.mark.parametrize("spec, prep, part, people", [
    (OBJECT, 2, 3, 4), (SUBJECT, 2, 3, 4), (MODIFIED, 2, 3, 5),
    (_edit(OBJECT, 4, "dep", "dative"), 2, 3, 4),  # "by striking workers" read with a dative object
    (_edit(OBJECT, 2, "word", "of"), 2, 3, 4),
])
def test_participle_made_modifier(spec, prep, part, people):
    doc = _doc(spec)
    collective_participles(doc)
    assert (doc[people].dep_, doc[people].head.i) == ("pobj", prep)
    assert (doc[part].dep_, doc[part].head.i) == ("amod", people)


def test_compound_modifier_and_second_candidate():
    """A compound before the noun ("bus drivers") is passed over; a first participle that fails ("a decision by
    striking workers") does not stop the search of the next ("a strike by striking bus drivers")."""
    spec = ("decision/NN/nsubj/4/decision by/IN/prep/0/by striking/VBG/pcomp/1/strike workers/NNS/dobj/2/worker "
            "ended/VBD/ROOT/4/end and/CC/cc/4/and a/DT/det/7/a strike/NN/nsubj/12/strike by/IN/prep/7/by "
            "striking/VBG/pcomp/8/strike bus/NN/compound/11/bus drivers/NNS/dobj/9/driver began/VBD/conj/4/begin")
    doc = _doc(spec)
    collective_participles(doc)
    assert (doc[3].dep_, doc[3].head.i) == ("dobj", 2)
    assert (doc[11].dep_, doc[11].head.i, doc[9].dep_, doc[9].head.i) == ("pobj", 8, "amod", 11)


@pytest.mark.parametrize("spaces", [None, [True, True, True, True, False]])
def test_event_noun_first_in_text(spaces):
    """The event noun at the very start: the word before the preposition is that one token, whatever the text's
    last token is followed by."""
    doc = _doc("march/NN/nsubj/4/march by/IN/prep/0/by striking/VBG/pcomp/1/strike teachers/NNS/dobj/2/teacher "
               "ended/VBD/ROOT/4/end", spaces=spaces)
    collective_participles(doc)
    assert (doc[3].dep_, doc[3].head.i) == ("pobj", 1)


def test_participle_last_in_text():
    """ "a march by striking" cut off: no noun after the participle, nothing to re-hang."""
    doc = _doc("A/DT/det/1/a march/NN/ROOT/1/march by/IN/prep/1/by striking/VBG/pcomp/2/strike")
    collective_participles(doc)
    assert doc[3].dep_ == "pcomp"


def test_hyphenated_event_noun_first_in_text():
    doc = _doc("sit/NN/compound/2/sit -/HYPH/punct/2/- in/NN/nsubj/6/in by/IN/prep/2/by "
               "striking/VBG/pcomp/3/strike nurses/NNS/dobj/4/nurse ended/VBD/ROOT/6/end",
               spaces=[False, False, True, True, True, True, False])
    collective_participles(doc)
    assert (doc[5].dep_, doc[5].head.i) == ("pobj", 3)


def test_hyphenated_event_noun():
    """ "sit-in" is three tokens; the word before "by" is the whole of it."""
    spec = ("A/DT/det/3/a sit/NN/compound/3/sit -/HYPH/punct/3/- in/NN/nsubj/7/in by/IN/prep/3/by "
            "striking/VBG/pcomp/4/strike nurses/NNS/dobj/5/nurse ended/VBD/ROOT/7/end")
    doc = _doc(spec, spaces=[True, False, False, True, True, True, True, False])
    collective_participles(doc)
    assert (doc[6].dep_, doc[6].head.i, doc[5].dep_) == ("pobj", 4, "amod")


@pytest.mark.parametrize("spec", [
    _edit(OBJECT, 3, "tag", "NN"),  # no participle
    _edit(OBJECT, 3, "dep", "amod"),  # already a modifier
    _edit(OBJECT, 2, "word", "with"),  # neither "by" nor "of"
    _edit(OBJECT, 3, "lemma", "kill"),  # "a campaign of killing civilians": no verb of collective action
    _edit(OBJECT, 1, "word", "decision"),  # no event noun before the preposition
    _edit(OBJECT, 4, "tag", "NN"),  # a singular object
    _edit(OBJECT, 4, "dep", "nsubj"),  # a subject, but of the participle's own clause only (no second subject)
    _edit(SUBJECT, 1, "dep", "dobj"),  # a subject, but the event noun is not the verb's other subject
    _edit(OBJECT, 4, "head", 5),  # the noun hangs elsewhere
    # "striking the teachers": a determiner between participle and noun (head the noun, a det)
    ("A/DT/det/1/a march/NN/nsubj/6/march by/IN/prep/1/by striking/VBG/pcomp/2/strike the/DT/det/5/the "
     "teachers/NNS/dobj/3/teacher ended/VBD/ROOT/6/end"),
    # "by striking teachers with batons": something else hung on the participle
    ("A/DT/det/1/a march/NN/nsubj/7/march by/IN/prep/1/by striking/VBG/pcomp/2/strike "
     "teachers/NNS/dobj/3/teacher with/IN/prep/3/with batons/NNS/pobj/5/baton ended/VBD/ROOT/7/end"),
    # a word between participle and noun that is the noun's modifier but hangs on the participle
    ("The/DT/det/1/the strike/NN/nsubj/6/strike of/IN/prep/1/of striking/VBG/pcomp/2/strike "
     "postal/JJ/amod/3/postal workers/NNS/dobj/3/worker ended/VBD/ROOT/6/end"),
    # the participle first in the text, its preposition elsewhere
    "striking/VBG/ROOT/0/strike teachers/NNS/dobj/0/teacher",
])
def test_reading_kept(spec):
    doc = _doc(spec)
    before = _tree(doc)
    collective_participles(doc)
    assert _tree(doc) == before


@pytest.mark.parametrize("spec, verb, person", [
    # "a shop, who was shot": the relative "who" as the passive's subject
    ("a/DT/det/1/a shop/NN/ROOT/1/shop ,/,/punct/1/, who/WP/nsubjpass/5/who was/VBD/auxpass/5/be "
     "shot/VBN/relcl/1/shoot", 5, True),
    # "a shop, whom gunmen shot": "whom" as the object
    ("a/DT/det/1/a shop/NN/ROOT/1/shop ,/,/punct/1/, whom/WP/dobj/5/whom gunmen/NNS/nsubj/5/gunman "
     "shot/VBD/relcl/1/shoot", 5, True),
    # "a shop, which was shot": "which" names no person
    ("a/DT/det/1/a shop/NN/ROOT/1/shop ,/,/punct/1/, which/WDT/nsubjpass/5/which was/VBD/auxpass/5/be "
     "shot/VBN/relcl/1/shoot", 5, False),
    # "who" as the subject of an active verb is the doer, not the undergoer
    ("a/DT/det/1/a shop/NN/ROOT/1/shop ,/,/punct/1/, who/WP/nsubj/4/who shot/VBD/relcl/1/shoot "
     "it/PRP/dobj/4/it", 4, False),
])
def test_relative_who_is_a_person(spec, verb, person):
    from newsgraph.events.coder import _condition_words

    objs = _condition_words(_doc(spec)[verb])[0]
    assert ("person" in objs) is person


# "An unknown assailant shot and critically injured a driver ." as en_core_web_sm reads it: "shot" a noun and the root
ASSAILANT = ("An/DT/det/3/an unknown/JJ/amod/2/unknown assailant/NN/compound/3/assailant shot/NN/ROOT/3/shot "
             "and/CC/cc/3/and critically/RB/advmod/6/critically injured/VBD/conj/3/injure a/DT/det/8/a "
             "driver/NN/dobj/6/driver ./././3/.")


def _verb_read(doc, noun, verb):
    return (doc[verb].tag_, doc[verb].pos_, doc[verb].lemma_, doc[noun].dep_, doc[noun].head.i)


@pytest.mark.parametrize("spec, noun", [
    (ASSAILANT, 2),
    (_edit(ASSAILANT, 2, "tag", "JJ"), 2),  # "A motorcyclist shot": the noun tagged an adjective (made NN)
    (_edit(ASSAILANT, 2, "tag", "NNS"), 2),
    (_edit(ASSAILANT, 2, "tag", "NNP"), 2),
])
def test_past_verb_read_as_noun(spec, noun):
    doc = _doc(spec)
    past_verbs_read_as_nouns(doc)
    assert _verb_read(doc, noun, 3) == ("VBD", "VERB", "shoot", "nsubj", 3)
    assert doc[noun].tag_ in ("NN", "NNS", "NNP")  # (an adjective reading made a noun)
    assert [c.i for c in doc[noun].children] == [0, 1]  # the phrase's words before the noun now its own
    if spec is not ASSAILANT and "JJ/amod/3/assailant" in spec:
        assert doc[noun].tag_ == "NN" and doc[noun].pos_ == "NOUN"


@pytest.mark.parametrize("spec", [
    _edit(ASSAILANT, 3, "word", "shots"),  # no past form of a verb of harm
    _edit(ASSAILANT, 3, "tag", "NNS"),
    _edit(ASSAILANT, 4, "word", "or"),  # not "and"
    _edit(ASSAILANT, 4, "dep", "punct"),  # no coordinator at all
    _edit(ASSAILANT, 4, "head", 6),  # the "and" not the noun's
    _edit(ASSAILANT, 5, "dep", "neg"),  # something else between
    _edit(ASSAILANT, 5, "head", 3),  # an adverb of the noun, not of the verb after it
    _edit(ASSAILANT, 6, "tag", "VBN"),  # the conjunct no past verb
    _edit(ASSAILANT, 6, "dep", "appos"),  # no conjunct
    _edit(ASSAILANT, 2, "dep", "nmod"),  # the word before neither a compound nor an adjective of it
    _edit(ASSAILANT, 2, "tag", "VBG"),  # nor a noun or adjective
    _edit(_edit(ASSAILANT, 2, "head", 0), 0, "dep", "ROOT"),  # nor hung on it
    # "shot" first in the text: no noun before it (the text's last word, an adjective hung on it, is no subject)
    ("shot/NN/ROOT/0/shot and/CC/cc/0/and injured/VBD/conj/0/injure people/NNS/dobj/2/people cold/JJ/amod/0/cold"),
    # the conjunct right after "shot", no "and" between
    ("A/DT/det/1/a man/NN/compound/2/man shot/NN/ROOT/2/shot injured/VBD/conj/2/injure people/NNS/dobj/3/people"),
    # "shot" not the root: "the assailant's shot and ..."
    ("An/DT/det/2/an unknown/JJ/amod/2/unknown assailant/NN/compound/3/assailant shot/NN/nsubj/6/shot "
     "and/CC/cc/3/and hurt/VBD/conj/3/hurt missed/VBD/ROOT/6/miss"),
])
def test_noun_reading_kept(spec):
    doc = _doc(spec)
    before = [(t.tag_, t.dep_, t.head.i) for t in doc]
    past_verbs_read_as_nouns(doc)
    assert [(t.tag_, t.dep_, t.head.i) for t in doc] == before


def _shifted(spec, k):
    """spec's rows with every head moved k tokens on (to follow k tokens of another sentence)."""
    rows = [r.split("/") for r in spec.split()]
    return " ".join("/".join(r[:3] + [str(int(r[3]) + k)] + r[4:]) for r in rows)


def test_each_sentence_root():
    """The repair looks at every sentence's root, not the first only, past roots that fail either test: one no past
    form of harm ("Rain"), one with no noun before it ("The shot and hurt him")."""
    doc = _doc("Rain/NN/ROOT/0/rain ./././0/. " + _shifted("The/DT/det/1/the shot/NN/ROOT/1/shot and/CC/cc/1/and "
                                                           "hurt/VBD/conj/1/hurt him/PRP/dobj/3/he", 2)
               + " " + _shifted(ASSAILANT, 7))
    past_verbs_read_as_nouns(doc)
    assert (doc[3].tag_, doc[10].tag_) == ("NN", "VBD")


# "A teenager shot and wounded two classmates ." ("shot" a verb with no object of its own)
SHARED = ("A/DT/det/1/a teenager/NN/nsubj/2/teenager shot/VBD/ROOT/2/shoot and/CC/cc/2/and wounded/VBD/conj/2/wound "
          "two/CD/nummod/7/two school/NN/compound/7/school classmates/NNS/dobj/4/classmate ./././2/.")


@pytest.mark.parametrize("spec, person, shared", [
    (SHARED, True, True),
    (_edit(SHARED, 4, "lemma", "rob"), False, True),  # "shot and robbed": the object shared, no person said
    (_edit(SHARED, 4, "lemma", "kill"), True, True),
    (_edit(SHARED, 4, "lemma", "injure"), True, True),
    (_edit(SHARED, 4, "dep", "advcl"), False, False),  # no conjunct
    (_edit(SHARED, 3, "dep", "punct"), False, False),  # no coordinator between
    (_edit(SHARED, 3, "head", 4), False, False),  # the coordinator not the first verb's
    (_edit(SHARED, 7, "dep", "attr"), False, False),  # the second verb has no object
    (_edit(SHARED, 4, "tag", "NNS"), False, False),  # the conjunct no verb
])
def test_shared_object(spec, person, shared):
    from newsgraph.events.coder import _condition_words

    objs = _condition_words(_doc(spec)[2])[0]
    assert ("person" in objs, {"classmate", "school"} <= objs) == (person, shared)


def test_own_object_not_shared():
    """ "shot a dog and wounded two classmates": the first verb has an object of its own."""
    from newsgraph.events.coder import _condition_words

    doc = _doc("A/DT/det/1/a teenager/NN/nsubj/2/teenager shot/VBD/ROOT/2/shoot a/DT/det/4/a dog/NN/dobj/2/dog "
               "and/CC/cc/2/and wounded/VBD/conj/2/wound classmates/NNS/dobj/6/classmate")
    assert not {"person", "classmate"} & _condition_words(doc[2])[0]


def test_own_object_after_the_conjunct():
    """The parser may hang the first verb's own object after the second verb: nothing is shared then."""
    from newsgraph.events.coder import _condition_words

    doc = _doc("He/PRP/nsubj/1/he shot/VBD/ROOT/1/shoot and/CC/cc/1/and wounded/VBD/conj/1/wound "
               "guards/NNS/dobj/3/guard dogs/NNS/dobj/1/dog")
    assert not {"person", "guard"} & _condition_words(doc[1])[0]


def test_conjunct_right_after_the_verb():
    """No "and" between the two verbs ("shot wounded guards"): no coordination to share an object by."""
    from newsgraph.events.coder import _condition_words

    doc = _doc("He/PRP/nsubj/1/he shot/VBD/ROOT/1/shoot wounded/VBD/conj/1/wound guards/NNS/dobj/2/guard")
    assert not {"person", "guard"} & _condition_words(doc[1])[0]


def test_adverb_between_and_second_verb():
    from newsgraph.events.coder import _condition_words

    doc = _doc("He/PRP/nsubj/1/he shot/VBD/ROOT/1/shoot and/CC/cc/1/and badly/RB/advmod/4/badly wounded/VBD/conj/1/wound "
               "guards/NNS/dobj/4/guard")
    assert {"person", "guard"} <= _condition_words(doc[1])[0]
    doc = _doc("He/PRP/nsubj/1/he shot/VBD/ROOT/1/shoot and/CC/cc/1/and badly/RB/advmod/1/badly wounded/VBD/conj/1/wound "
               "guards/NNS/dobj/4/guard")
    assert "person" not in _condition_words(doc[1])[0]  # the adverb the first verb's: something else between
