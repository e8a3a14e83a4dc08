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


# --- events/coder.py: _objects' pieces (the verb's target tokens; test_events_coder_mutants' `_target`) ------

from newsgraph.events.coder import WARNING_SENSE  # noqa: E402
from test_events_coder_mutants import _target  # noqa: E402

_KILLING = ("Iraq:PROPN:nsubj:1 condemned:VERB:ROOT:1:condemn the:DET:det:3 killing:NOUN:dobj:1:killing "
            "of:ADP:prep:3 Kurds:PROPN:pobj:4:kurd {by}")
_KURDS = (E("irq", 0), E("kur", 5, country="KUR"))


def test_a_by_phrase_naming_no_actor_is_no_target_of_the_reaction():
    # "Iraq condemned the killing of Kurds by gunmen": the gunmen name no actor, so the reaction is not
    # aimed at them
    spec = _KILLING.format(by="by:ADP:prep:3 gunmen:NOUN:pobj:6:gunman")
    assert "gunmen" not in _target(spec, sense("ACCUSE", "122"), *_KURDS, event_nouns={"killing"})


def test_a_by_phrase_hung_on_the_victim_names_the_doer():
    # "Iraq condemned the arrest of its envoy by Syria": the parser hung "by" on the envoy; Syria arrested
    spec = ("Iraq:PROPN:nsubj:1 condemned:VERB:ROOT:1:condemn the:DET:det:3 arrest:NOUN:dobj:1 of:ADP:prep:3 "
            "its:PRON:poss:6 envoy:NOUN:pobj:4 by:ADP:prep:6 Syria:PROPN:pobj:7")
    got = _target(spec, sense("ACCUSE", "122"), E("irq", 0, 5), E("syr", 8, country="SYR"), event_nouns={"arrest"})
    assert got == ["Syria"]


def test_a_by_phrase_on_the_victim_naming_no_actor_is_no_doer():
    # "Iraq condemned the arrest of its envoy by gunmen" ("by" hung on the envoy): the gunmen name no actor
    spec = ("Iraq:PROPN:nsubj:1 condemned:VERB:ROOT:1:condemn the:DET:det:3 arrest:NOUN:dobj:1 of:ADP:prep:3 "
            "its:PRON:poss:6 envoy:NOUN:pobj:4 by:ADP:prep:6 gunmen:NOUN:pobj:7:gunman")
    got = _target(spec, sense("ACCUSE", "122"), E("irq", 0, 5), event_nouns={"arrest"})
    assert "gunmen" not in got


@pytest.mark.parametrize("by_at, want", [(1, ["Syria"]), (3, ["Syria"])])
def test_a_by_phrase_on_the_verb_after_the_object_is_the_acts_doer(by_at, want):
    # "Iraq condemned the killing of Kurds by Syria", "by" hung on the verb (1) or on the noun (3)
    spec = _KILLING.format(by=f"by:ADP:prep:{by_at} Syria:PROPN:pobj:6")
    assert _target(spec, sense("ACCUSE", "122"), *_KURDS, E("syr", 7, country="SYR"), event_nouns={"killing"}) == want


def test_a_by_phrase_on_the_verb_before_the_object_is_not_the_acts():
    # "Iraq by Syria condemned ..." is no doer of the killing (only a "by" after the object is the noun's)
    spec = ("Iraq:PROPN:nsubj:3 by:ADP:prep:3 Syria:PROPN:pobj:1 condemned:VERB:ROOT:3:condemn "
            "the:DET:det:5 killing:NOUN:dobj:3:killing of:ADP:prep:5 Kurds:PROPN:pobj:6:kurd")
    got = _target(spec, sense("ACCUSE", "122"), E("irq", 0), E("syr", 2, country="SYR"), E("kur", 7, country="KUR"),
                  event_nouns={"killing"})
    assert "Syria" not in got


@pytest.mark.parametrize("label", ["advmod", "npadvmod"])
def test_a_by_phrase_with_another_label_is_not_the_acts_doer(label):
    spec = _KILLING.format(by=f"by:ADP:{label}:1 Syria:PROPN:pobj:6")
    got = _target(spec, sense("ACCUSE", "122"), *_KURDS, E("syr", 7, country="SYR"), event_nouns={"killing"})
    assert "Syria" not in got


def test_an_object_inside_a_bare_complement_is_the_target():
    # "Rebels took Montrevian engineers hostage", the parser reading "[Montrevian engineers hostage]" as a clause
    spec = ("Rebels:NOUN:nsubj:1:rebel took:VERB:ROOT:1:take Montrevian:ADJ:amod:3 engineers:NOUN:ccomp:1:engineer "
            "hostage:NOUN:npadvmod:3")
    got = _target(spec, sense("COERCE", "181"), E("reb", 0, country=None), E("mon", (2, 4), country="MON"),
                  own=("reb",))
    assert got == ["engineers"]


def test_a_rejection_defies_the_pressure_from_a_party():
    # "Iraq declined to resign despite pressure from Syria" / "despite calls of Syria": the defied
    for prep in ("from", "of", "by"):
        spec = (f"Iraq:PROPN:nsubj:1 declined:VERB:ROOT:1:decline despite:ADP:prep:1 pressure:NOUN:pobj:2 "
                f"{prep}:ADP:prep:3 Syria:PROPN:pobj:4")
        assert _target(spec, sense("REJECT", "120"), E("irq", 0), E("syr", 5, country="SYR")) == ["Syria"], prep


def test_pressure_on_a_party_or_under_pressure_is_not_defiance_of_it():
    # "declined despite pressure on Syria": Syria is pressed, not pressing; "refused under pressure from
    # Syria": yielding, not defying (and "under" is no target phrase)
    on = ("Iraq:PROPN:nsubj:1 declined:VERB:ROOT:1:decline despite:ADP:prep:1 pressure:NOUN:pobj:2 "
          "on:ADP:prep:3 Syria:PROPN:pobj:4")
    under = on.replace("despite:ADP", "under:ADP").replace("on:ADP:prep:3", "from:ADP:prep:3")
    ents = (E("irq", 0), E("syr", 5, country="SYR"))
    assert _target(on, sense("REJECT", "120"), *ents) == []
    assert _target(under, sense("REJECT", "120"), *ents) == []


_WAY = ("Kenya:PROPN:nsubj:1 condemned:VERB:ROOT:1:condemn the:DET:det:3 way:NOUN:dobj:1 "
        "Uganda:PROPN:nsubj:5 treats:VERB:relcl:3:treat:VBZ farmers:NOUN:dobj:5:farmer")


def test_a_complaint_about_the_way_a_party_acts_is_aimed_at_it():
    # "Kenya condemned the way Uganda treats farmers": Uganda's conduct is condemned
    assert _target(_WAY, sense("ACCUSE", "111"), KEN(0), UGA(4), own=("ken",)) == ["Uganda"]


def test_a_conducts_first_doer_only_is_the_target():
    # "the way Uganda and Sudan treat farmers", the parser splitting the list into two subjects: the first
    spec = ("Kenya:PROPN:nsubj:1 condemned:VERB:ROOT:1:condemn the:DET:det:3 way:NOUN:dobj:1 "
            "Uganda:PROPN:nsubj:7 and:CCONJ:cc:4 Sudan:PROPN:nsubj:7 treat:VERB:relcl:3:treat:VBP farmers:NOUN:dobj:7")
    assert _target(spec, sense("ACCUSE", "111"), KEN(0), UGA(4), E("sdn", 6, country="SDN"), own=("ken",)) == ["Uganda"]


def test_an_accusation_with_no_object_and_no_phrase_has_no_target():
    assert _target("Kenya:PROPN:nsubj:1 complained:VERB:ROOT:1:complain", sense("ACCUSE", "111"), KEN(0),
                   own=("ken",)) == []


def test_anger_at_a_thing_is_aimed_at_no_one():
    # "Kenya expressed anger at the decision": no actor is named "at"
    spec = ("Kenya:PROPN:nsubj:1 expressed:VERB:ROOT:1:express anger:NOUN:dobj:1 at:ADP:prep:2 "
            "the:DET:det:5 decision:NOUN:pobj:3")
    assert _target(spec, sense("ACCUSE", "111"), KEN(0), own=("ken",)) == []


@pytest.mark.parametrize("word, label, prep", [("out", "prep", "of"), ("out", "advmod", "of"), ("out", "prt", "of"),
                                               ("away", "advmod", "from"), ("away", "prep", "from")])
def test_what_pulling_out_of_or_away_from_leaves_is_the_target(word, label, prep):
    # "Iraq pulled out of Syria", "Iraq moved away from Syria"
    spec = (f"Iraq:PROPN:nsubj:1 pulled:VERB:ROOT:1:pull {word}:ADP:{label}:1 {prep}:ADP:prep:2 "
            f"Syria:PROPN:pobj:3")
    assert _target(spec, sense("RETREAT", "080"), E("irq", 0), E("syr", 4, country="SYR")) == ["Syria"]


def test_a_warning_whose_clause_names_no_one_stops_the_search():
    # "Kenya warned of a war with Uganda that police will act" read as the warning rule: its own clause names
    # no one, so the noun under its "of" is not asked
    spec = ("Kenya:PROPN:nsubj:1 warned:VERB:ROOT:1:warn of:ADP:prep:1 a:DET:det:4 war:NOUN:pobj:2 "
            "with:ADP:prep:4 Uganda:PROPN:pobj:5 that:SCONJ:mark:10 police:NOUN:nsubj:10 will:AUX:aux:10 "
            "act:VERB:ccomp:1")
    assert _target(spec, WARNING_SENSE, KEN(0), UGA(6), own=("ken",)) == []


def test_a_visit_from_a_party_names_it_past_a_venue():
    # "Iraq welcomed the visit from Syria": a cooperative act's "in" phrase is skipped as a venue, and the
    # phrases after it in the reading order ("from") are still asked
    spec = ("Iraq:PROPN:nsubj:1 welcomed:VERB:ROOT:1:welcome the:DET:det:3 visit:NOUN:dobj:1 from:ADP:prep:3 "
            "Syria:PROPN:pobj:4")
    assert _target(spec, sense("CONSULT", "042"), E("irq", 0), E("syr", 5, country="SYR")) == ["Syria"]


_ENVOYS = ("Iraq:PROPN:nsubj:1 sent:VERB:ROOT:1:send envoys:NOUN:dobj:1:envoy {prep}:ADP:prep:1 "
           "Syria:PROPN:pobj:3")
_ENVOY_ENTS = (E("irq", 0), E("env", 2, country=None), E("syr", 4, country="SYR"))


@pytest.mark.parametrize("prep, want", [("to", ["Syria"]), ("in", ["envoys"]), ("from", ["envoys"])])
def test_a_role_of_no_country_is_sent_to_the_country_a_target_phrase_names(prep, want):
    # "Iraq sent envoys to Syria": Syria receives them; "posted envoys in Syria", "recalled envoys from
    # Syria": where they are or leave, not whom the act is aimed at
    assert _target(_ENVOYS.format(prep=prep), sense("AID", "070"), *_ENVOY_ENTS) == want
