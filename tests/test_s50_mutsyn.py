"""Session 50, s50-mutsyn: the mutants session 49 left open in `events/syntax.py: subjects`' pieces and in
`events/coder.py`'s `_noun_participants` and `_objects` pieces, killed on hand-built parses of our own
sentences (test_events_coder_mutants' `parse`: word:POS:dep:head[:lemma[:tag]]). Each test asserts what a
function answers on its input, never how it finds it, so a faster rewrite with the same outputs passes.
"""

import pytest

from newsgraph.events import syntax

from test_events_coder_mutants import parse


def _words(toks) -> list:
    return [t.text for t in toks]


# --- syntax._complement_subjects: a statement's participle when the statement is a passive subject ---

def test_a_participle_on_a_passive_subject_list_of_statements_is_the_lists():
    # "A statement and a letter were issued condemning the raid": the parser split the list into two
    # passive subjects; the participle on the first is the issued documents' (the verb's subjects), both
    d = parse("A:DET:det:1 statement:NOUN:nsubjpass:6 and:CCONJ:cc:1 a:DET:det:4 letter:NOUN:nsubjpass:6 "
              "were:AUX:auxpass:6:be:VBD issued:VERB:ROOT:6:issue:VBN condemning:VERB:acl:1:condemn:VBG "
              "the:DET:det:9 raid:NOUN:dobj:7")
    assert _words(syntax.subjects(d[7])) == ["statement", "letter"]


def test_a_participle_on_an_object_list_of_statements_is_the_issuers():
    # the same with the statement an object: "Kenya issued a statement condemning the raid"
    d = parse("Kenya:PROPN:nsubj:1 issued:VERB:ROOT:1:issue:VBD a:DET:det:3 statement:NOUN:dobj:1 "
              "condemning:VERB:acl:3:condemn:VBG the:DET:det:6 raid:NOUN:dobj:4")
    assert _words(syntax.subjects(d[4])) == ["Kenya"]


# --- syntax._gerund_subjects: an adjective's gerund is its subject's only where the adjective is predicated of it ---

@pytest.mark.parametrize("label", ["oprd", "xcomp", "ccomp"])
def test_an_object_predicate_adjectives_gerund_is_not_the_finders(label):
    # "Police found the men guilty of looting shops": the men looted, not the police; "guilty" is no
    # complement of a copula here, so the clause's subject is not the gerund's
    d = parse(f"Police:NOUN:nsubj:1 found:VERB:ROOT:1:find:VBD the:DET:det:3 men:NOUN:dobj:1:man "
              f"guilty:ADJ:{label}:1 of:ADP:prep:4 looting:VERB:pcomp:5:loot:VBG shops:NOUN:dobj:6:shop")
    assert "Police" not in _words(syntax.subjects(d[6]))


def test_a_copulas_adjective_lends_its_subject_to_the_gerund():
    # "The men were guilty of looting shops": the complement of "be" is said of its subject
    d = parse("The:DET:det:1 men:NOUN:nsubj:2:man were:AUX:ROOT:2:be:VBD guilty:ADJ:acomp:2 of:ADP:prep:3 "
              "looting:VERB:pcomp:4:loot:VBG shops:NOUN:dobj:5:shop")
    assert _words(syntax.subjects(d[5])) == ["men"]


# --- syntax._subject_hung_before: the climb up a fronted list's conjuncts, where conj arcs cross -----
# (parses no grammar decides; they pin where the climb may go: through token 1, never past token 0)

def test_the_climb_to_a_subject_after_a_comma_goes_through_token_one():
    # After(0) Rohan(1) ,(2) Gondor(3) and(4) Arnor(5) signed(6): Arnor -> Rohan (token 1, no comma
    # before it) -> Gondor, right after the comma and hung before "signed": the subject
    d = parse("After:ADP:prep:6 Rohan:PROPN:conj:3 ,:PUNCT:punct:3 Gondor:PROPN:conj:0 and:CCONJ:cc:1 "
              "Arnor:PROPN:conj:1 signed:VERB:ROOT:6:sign:VBD")
    assert _words(syntax.subjects(d[6])) == ["Gondor"]


def test_the_climb_stops_at_the_first_token():
    # Rohan(0) After(1) ,(2) Gondor(3) and(4) Arnor(5) signed(6): Arnor -> Rohan at token 0, where the
    # climb ends with no comma before it: no subject (it never wraps round to the sentence's end)
    d = parse("Rohan:PROPN:conj:3 After:ADP:prep:6 ,:PUNCT:punct:3 Gondor:PROPN:conj:1 and:CCONJ:cc:0 "
              "Arnor:PROPN:conj:0 signed:VERB:ROOT:6:sign:VBD")
    assert syntax.subjects(d[6]) == []


# --- events/coder.py: _noun_participants' pieces (test_events_coder_mutants' `noun_roles`: the sources and
# targets the event noun at token i gets) ---------------------------------------------------------------

from test_events_coder_mutants import E, IRN, IRQ, SYR, noun_roles, sense  # noqa: E402

KEN = (lambda *sp: E("ken", *sp, country="KEN"))
UGA = (lambda *sp: E("uga", *sp, country="UGA"))


def test_a_complaint_about_how_a_party_acts_is_aimed_at_that_party():
    # "Iraq's complaint about how Syria treats farmers": what is complained of is Syria's conduct (ACCUSE's target)
    spec = ("Iraq:PROPN:poss:2 's:PART:case:0 complaint:NOUN:ROOT:2 about:ADP:prep:2 how:SCONJ:advmod:6 "
            "Syria:PROPN:nsubj:6 treats:VERB:pcomp:3:treat:VBZ farmers:NOUN:dobj:6:farmer")
    assert noun_roles(spec, IRQ(0), SYR(5), i=2, s=sense("ACCUSE", "111")) == (["Iraq"], ["Syria"])


def test_a_reaction_provoked_by_a_party_is_aimed_at_it():
    # "Kenya provoked condemnation from Uganda": Uganda condemns, Kenya is condemned
    spec = ("Kenya:PROPN:nsubj:1 provoked:VERB:ROOT:1:provoke condemnation:NOUN:dobj:1 from:ADP:prep:2 "
            "Uganda:PROPN:pobj:3")
    assert noun_roles(spec, KEN(0), UGA(4), i=2, s=sense("ACCUSE", "111")) == (["Uganda"], ["Kenya"])


@pytest.mark.parametrize("label", ["prep", "dative"])
def test_a_passive_subject_nouns_recipient_hangs_on_the_verb(label):
    # "Aid was given to Syria": the parser's "to" on the verb, as a prep or as a dative, names the recipient
    spec = (f"Aid:NOUN:nsubjpass:2:aid was:AUX:auxpass:2:be given:VERB:ROOT:2:give:VBN to:ADP:{label}:2 "
            f"Syria:PROPN:pobj:3")
    assert noun_roles(spec, SYR(4), i=0, s=sense("AID", "070")) == ([], ["Syria"])


_BEGAN = "Talks:NOUN:nsubj:1:talk {verb}:VERB:ROOT:1:{lemma} with:ADP:prep:1 Syria:PROPN:pobj:2"


@pytest.mark.parametrize("verb,lemma", [("began", "begin"), ("resumed", "resume"), ("continued", "continue")])
def test_talks_that_began_with_a_party_are_with_it(verb, lemma):
    # "Talks began with Syria" says what "talks with Syria began" says
    spec = _BEGAN.format(verb=verb, lemma=lemma)
    assert noun_roles(spec, SYR(3), i=0, s=sense("CONSULT", "040"))[1] == ["Syria"]


def test_an_assault_that_succeeded_with_a_party_is_not_aimed_at_it():
    # "The assault succeeded with Russia": the "with" phrase of a verb that is not of beginning or going
    # on names a helper, not whom the assault is aimed at
    spec = ("The:DET:det:1 assault:NOUN:nsubj:2 succeeded:VERB:ROOT:2:succeed with:ADP:prep:2 "
            "Russia:PROPN:pobj:3")
    assert noun_roles(spec, E("rus", 4, country="RUS"), i=1, s=sense("ASSAULT", "190"))[1] == []


def test_the_first_of_a_repeated_from_phrase_is_the_received_nouns_sender():
    # "Iran received a request for aid from Iraq and from Syria" (the second "from" a conjunct of the first)
    spec = ("Iran:PROPN:nsubj:1 received:VERB:ROOT:1:receive a:DET:det:3 request:NOUN:dobj:1 for:ADP:prep:3 "
            "aid:NOUN:pobj:4 from:ADP:prep:5 Iraq:PROPN:pobj:6 and:CCONJ:cc:6 from:ADP:conj:6 Syria:PROPN:pobj:9")
    assert noun_roles(spec, IRN(0), IRQ(7), SYR(10), i=3, s=sense("REQUEST", "020"))[0] == ["Iraq"]


def test_a_received_complaint_keeps_the_party_its_own_phrase_accuses():
    # "Kenya received a complaint against Uganda from Iraq" ("from" hung on Uganda): Iraq complains of
    # Uganda; Kenya, who receives it, is neither
    spec = ("Kenya:PROPN:nsubj:1 received:VERB:ROOT:1:receive a:DET:det:3 complaint:NOUN:dobj:1 "
            "against:ADP:prep:3 Uganda:PROPN:pobj:4 from:ADP:prep:5 Iraq:PROPN:pobj:6")
    assert noun_roles(spec, KEN(0), UGA(5), IRQ(7), i=3, s=sense("ACCUSE", "111")) == (["Iraq"], ["Uganda"])


def test_a_received_request_for_the_senders_own_good_is_aimed_at_the_receiver():
    # "Kenya received a request for aid to Baghdad from Iraq" (Baghdad and Iraq one actor; "from" hung on
    # Baghdad): what is asked is for the sender itself, so the receiver is the one asked
    spec = ("Kenya:PROPN:nsubj:1 received:VERB:ROOT:1:receive a:DET:det:3 request:NOUN:dobj:1 for:ADP:prep:3 "
            "aid:NOUN:pobj:4 to:ADP:prep:3 Baghdad:PROPN:pobj:6 from:ADP:prep:7 Iraq:PROPN:pobj:8")
    assert noun_roles(spec, KEN(0), IRQ(7, 9), i=3, s=sense("REQUEST", "020")) == (["Iraq"], ["Kenya"])


def test_an_offensive_embarked_on_keeps_its_own_target():
    # "Iran embarked on an offensive against Syria" ("against" on the noun): the verb's later phrases are
    # asked only when the noun's own named no one
    spec = ("Iran:PROPN:nsubj:1 embarked:VERB:ROOT:1:embark on:ADP:prep:1 an:DET:det:4 offensive:NOUN:pobj:2 "
            "against:ADP:prep:4 Syria:PROPN:pobj:5")
    assert noun_roles(spec, IRN(0), SYR(6), i=4, s=sense("ASSAULT", "190")) == (["Iran"], ["Syria"])
