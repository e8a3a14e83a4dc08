"""Session 49, s49-mutsyn: the open mutants of the pieces s49-splitev split `events/syntax.py: subjects`
into, killed on hand-built parses of our own sentences (test_events_coder_mutants' `parse`: word:POS:dep:head
[:lemma[:tag]]). Each test pins one case of a piece: what it answers and where it stops answering.
"""

import pytest

from newsgraph.events import syntax

from test_events_coder_mutants import parse


def _words(toks) -> list:
    return [t.text for t in toks]


# --- subjects: a passive subject is the verb's own ------------------------------------------------

def test_a_passive_subject_is_the_verbs_own_subject():
    d = parse("Troops:NOUN:nsubjpass:2 were:AUX:auxpass:2:be:VBD attacked:VERB:ROOT:2:attack:VBN")
    assert _words(syntax.subjects(d[2])) == ["Troops"]


# --- _conjunct_subjects: a second clause read as an advcl -----------------------------------------

def test_an_advcl_whose_subject_was_hung_on_the_first_verbs_phrase_gets_it():
    # "Rebels fired rockets at Goma and the army bombed Bukavu", "bombed" read as an advcl
    d = parse("Rebels:NOUN:nsubj:1 fired:VERB:ROOT:1:fire:VBD rockets:NOUN:dobj:1 at:ADP:prep:1 "
              "Goma:PROPN:pobj:3 and:CCONJ:cc:4 the:DET:det:7 army:NOUN:conj:4 "
              "bombed:VERB:advcl:1:bomb:VBD Bukavu:PROPN:dobj:8")
    assert _words(syntax.subjects(d[8])) == ["army"]


# --- _conjunct_subjects: "X did A, then did B" ------------------------------------------------------

@pytest.mark.parametrize("label", ["dep", "parataxis"])
@pytest.mark.parametrize("tag", ["VBD", "VBZ", "VBP"])
def test_a_finite_verb_after_then_shares_the_first_verbs_subject(label, tag):
    d = parse(f"Troops:NOUN:nsubj:1 shelled:VERB:ROOT:1:shell:VBD Goma:PROPN:dobj:1 ,:PUNCT:punct:1 "
              f"then:ADV:advmod:5 seized:VERB:{label}:1:seize:{tag} Bukavu:PROPN:dobj:5")
    assert _words(syntax.subjects(d[5])) == ["Troops"]


def test_a_then_conjunct_of_an_auxiliary_verb_shares_its_subject():
    d = parse("Troops:NOUN:nsubj:1 were:AUX:ROOT:1:be:VBD there:ADV:advmod:1 ,:PUNCT:punct:1 "
              "then:ADV:advmod:5 left:VERB:parataxis:1:leave:VBD")
    assert _words(syntax.subjects(d[5])) == ["Troops"]


def test_another_adverb_than_one_of_sequence_makes_no_conjunct():
    # "quickly" is an advmod but says nothing of sequence: no asyndetic coordination is read
    d = parse("Troops:NOUN:nsubj:1 shelled:VERB:ROOT:1:shell:VBD Goma:PROPN:dobj:1 ,:PUNCT:punct:1 "
              "quickly:ADV:advmod:5 seized:VERB:dep:1:seize:VBD Bukavu:PROPN:dobj:5")
    assert syntax.subjects(d[5]) == []


def test_a_participle_after_then_is_no_finite_conjunct():
    d = parse("Troops:NOUN:nsubj:1 shelled:VERB:ROOT:1:shell:VBD Goma:PROPN:dobj:1 ,:PUNCT:punct:1 "
              "then:ADV:advmod:5 seized:VERB:dep:1:seize:VBN Bukavu:PROPN:dobj:5")
    assert syntax.subjects(d[5]) == []


def test_a_verb_that_is_its_own_head_is_no_conjunct_of_itself():
    # the root labelled "dep" (a parser's slip) with "then": no earlier verb to share a subject with,
    # so the subject hung before it as a conjunct of the fronted phrase ("After talks in Minas, Gondor ...") is found
    d = parse("After:ADP:prep:7 talks:NOUN:pobj:0 in:ADP:prep:1 Minas:PROPN:pobj:2 ,:PUNCT:punct:7 "
              "Gondor:PROPN:conj:3 then:ADV:advmod:7 signed:VERB:dep:7:sign:VBD")
    assert _words(syntax.subjects(d[7])) == ["Gondor"]


_THEN_ON_A_PARTICIPLE = ("Troops:NOUN:ROOT:0 stationed:VERB:acl:0:station:VBN there:ADV:advmod:1 "
                         ",:PUNCT:punct:1 then:ADV:advmod:5 left:VERB:dep:1:leave:VBD")


def test_the_then_conjunct_counts_one_level_of_depth():
    # at depth 3 the first verb is looked at on depth 4 (still allowed): its noun is the subject
    d = parse(_THEN_ON_A_PARTICIPLE)
    assert _words(syntax.subjects(d[5], 3)) == ["Troops"]


def test_the_then_conjunct_stops_at_the_depth_limit():
    d = parse(_THEN_ON_A_PARTICIPLE)
    assert syntax.subjects(d[5], 4) == []


# --- _complement_subjects: a ccomp gets no subject from its verb ----------------------------------

def test_a_clausal_complement_takes_no_subject_from_before_it():
    # "He said after talks, Gondor left": the ccomp is answered (no subject inherited), so no
    # subject hung before it is looked for
    d = parse("He:PRON:nsubj:1 said:VERB:ROOT:1:say:VBD after:ADP:prep:6 talks:NOUN:pobj:2 "
              ",:PUNCT:punct:6 Gondor:PROPN:conj:3 left:VERB:ccomp:1:leave:VBD")
    assert syntax.subjects(d[6]) == []


# --- _gerund_subjects: "with" and the verbs whose object does the act --------------------------

def test_a_with_gerund_of_a_control_verb_is_its_objects_act():
    # "Prosecutors charged Hale with supporting rebels": Hale supported
    d = parse("Prosecutors:NOUN:nsubj:1 charged:VERB:ROOT:1:charge:VBD Hale:PROPN:dobj:1 with:ADP:prep:1 "
              "supporting:VERB:pcomp:3:support:VBG rebels:NOUN:dobj:4")
    assert _words(syntax.subjects(d[4])) == ["Hale"]


def test_a_with_gerund_of_another_verb_is_the_subjects_act():
    # "Gondor threatened Rohan with imposing tariffs": Gondor would impose
    d = parse("Gondor:PROPN:nsubj:1 threatened:VERB:ROOT:1:threaten:VBD Rohan:PROPN:dobj:1 with:ADP:prep:1 "
              "imposing:VERB:pcomp:3:impose:VBG tariffs:NOUN:dobj:4")
    assert _words(syntax.subjects(d[4])) == ["Gondor"]


def test_a_gerund_on_a_nouns_phrase_takes_no_subject_from_the_nouns_verb():
    # "Troops faced charges over looting shops": not an adjective's complement, not a control
    # preposition: the gerund's doer is not read
    d = parse("Troops:NOUN:nsubj:1 faced:VERB:ROOT:1:face:VBD charges:NOUN:dobj:1 over:ADP:prep:2 "
              "looting:VERB:pcomp:3:loot:VBG shops:NOUN:dobj:4")
    assert syntax.subjects(d[4]) == []


# --- _modifier_clause_subjects --------------------------------------------------------------------

def test_an_infinitive_completing_the_object_noun_is_the_nouns():
    # "Kenya praised the efforts of Ethiopia to end the fighting"
    d = parse("Kenya:PROPN:nsubj:1 praised:VERB:ROOT:1:praise:VBD the:DET:det:3 efforts:NOUN:dobj:1:effort "
              "of:ADP:prep:3 Ethiopia:PROPN:pobj:4 to:PART:aux:7:to:TO end:VERB:advcl:1:end:VB "
              "the:DET:det:9 fighting:NOUN:dobj:7")
    assert _words(syntax.subjects(d[7])) == ["efforts"]


def test_a_verb_conjoined_to_a_noun_is_no_clause_on_it():
    # "Parties promised more childcare and leave": "leave" tagged a verb, conjoined to the noun; it
    # is no relative or participle clause, so the noun is not its subject
    d = parse("Parties:NOUN:nsubj:1 promised:VERB:ROOT:1:promise:VBD more:ADJ:amod:3 childcare:NOUN:dobj:1 "
              "and:CCONJ:cc:3 leave:VERB:conj:3:leave:VB")
    assert syntax.subjects(d[5]) == []


# --- _subject_hung_before: at the start of the sentence -------------------------------------------

def test_a_conjunct_subject_right_after_a_leading_comma_is_found():
    # the comma at token 0 opens the fronted phrase; the subject conjunct at token 1 still counts
    d = parse(",:PUNCT:prep:2 Gondor:PROPN:conj:0 signed:VERB:ROOT:2:sign:VBD")
    assert _words(syntax.subjects(d[2])) == ["Gondor"]


# --- events/coder.py: _received_parties (a request received "from" X, hung on the noun's last phrase) ---

from test_events_coder_mutants import IRN, IRQ, SYR, noun_roles  # noqa: E402

_REQUEST = ("Iran:PROPN:nsubj:1 received:VERB:ROOT:1:receive a:DET:det:3 request:NOUN:dobj:1 for:ADP:prep:3 "
            "aid:NOUN:pobj:4 from:ADP:prep:5 Iraq:PROPN:pobj:6")


def test_a_from_phrase_hung_on_the_received_nouns_last_word_is_the_source():
    # "Iran received a request for aid from Iraq": the request comes from Iraq, Iran receives it
    assert noun_roles(_REQUEST, IRN(0), IRQ(7), i=3) == (["Iraq"], ["Iran"])


def test_a_from_phrase_with_another_label_is_no_source():
    assert noun_roles(_REQUEST.replace("from:ADP:prep", "from:ADP:advmod"), IRN(0), IRQ(7), i=3) == ([], ["Iran"])


def test_only_the_first_named_sender_of_a_received_noun_is_taken():
    spec = _REQUEST + " and:CCONJ:cc:7 Syria:PROPN:conj:7"
    assert noun_roles(spec, IRN(0), IRQ(7), SYR(9), i=3)[0] == ["Iraq"]


def test_a_receiver_that_is_the_sender_is_the_verbs_subject_all_the_same():
    # "Iraq received a request for aid from Iraq": the target is still the receiver
    spec = _REQUEST.replace("Iran:PROPN", "Iraq:PROPN")
    assert noun_roles(spec, IRQ(0), IRQ(7), i=3) == (["Iraq"], ["Iraq"])


# --- events/coder.py: _noun_own_parties (a strike "called by" its doer) ------------------------------

from test_events_coder_mutants import sense  # noqa: E402

_CALLED = sense("PROTEST", "143", governor=frozenset({"call"}))


def test_a_strike_called_by_a_party_is_that_partys():
    # "The strike, called by Iraq, ended": the reduced passive's agent is the strike's source
    spec = ("strike:NOUN:nsubj:6 ,:PUNCT:punct:0 called:VERB:acl:0:call:VBN by:ADP:agent:2 Iraq:PROPN:pobj:3 "
            ",:PUNCT:punct:0 ended:VERB:ROOT:6:end")
    assert noun_roles(spec, IRQ(4), i=0, s=_CALLED)[0] == ["Iraq"]


def test_a_strike_whose_own_phrase_names_its_doer_keeps_it():
    # "Iran's strike, called by Iraq, ended": the possessor already names the doer; the agent is not asked
    spec = ("Iran:PROPN:poss:2 's:PART:case:0 strike:NOUN:nsubj:8 ,:PUNCT:punct:2 called:VERB:acl:2:call:VBN "
            "by:ADP:agent:4 Iraq:PROPN:pobj:5 ,:PUNCT:punct:2 ended:VERB:ROOT:8:end")
    assert noun_roles(spec, IRN(0), IRQ(6), i=2, s=_CALLED)[0] == ["Iran"]
