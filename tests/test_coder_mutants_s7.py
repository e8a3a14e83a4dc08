"""The event coder's session-6 helpers on hand-built parses (mutation testing, session 7): the object
the parser stranded after a preposition (`_stranded_object`), the direct objects it hung elsewhere
(`direct_objects`) and "warned that ... will" threats (`_warnings`). Each sentence is a spaCy Doc
with fixed heads, labels and tags, so each test pins one condition whatever the parser would do."""

from types import SimpleNamespace

import spacy
from spacy.tokens import Doc

from newsgraph.events import coder
from newsgraph.events.coder import Candidate, Participants
from newsgraph.events.lexicon import Sense

VOCAB = spacy.blank("en").vocab


def parse(spec: str) -> Doc:
    """Tokens separated by spaces, each `word:POS:dep:head[:lemma[:tag]]` (head: the head's index)."""
    words, pos, deps, heads, lemmas, tags = [], [], [], [], [], []
    for item in spec.split():
        f = item.split(":")
        words.append(f[0])
        pos.append(f[1])
        deps.append(f[2])
        heads.append(int(f[3]))
        lemmas.append(f[4] if len(f) > 4 and f[4] else f[0].lower())
        tags.append(f[5] if len(f) > 5 else "")
    return Doc(VOCAB, words=words, pos=pos, deps=deps, heads=heads, lemmas=lemmas, tags=tags)


def texts(tokens) -> list[str]:
    return [t.text for t in tokens]


# --- _stranded_object: "granted asylum to officers holed up in Lima" ------------------------------------

# "officers" read as the subject of "holed" (the misparse of a reduced relative), "to" left with no object
HOLED = ("Chile:PROPN:nsubj:1::NNP granted:VERB:ROOT:1:grant:VBD asylum:NOUN:dobj:1::NN to:ADP:{dep}:1::IN "
         "officers:NOUN:{subj}:5:officer:NNS holed:VERB:advcl:1:hole:{tag} up:ADP:prt:5::RP in:ADP:prep:5::IN "
         "Lima:PROPN:pobj:7::NNP")


def holed(dep="prep", subj="nsubj", tag="VBD"):
    return parse(HOLED.format(dep=dep, subj=subj, tag=tag))


def test_the_noun_right_after_the_preposition_is_the_stranded_object():
    # the noun is itself the participle's subject: no need to climb its ancestors
    d = holed()
    assert texts(coder._stranded_object(d[3])) == ["officers"]
    assert texts(coder.pobjs(d[3])) == ["officers"]


def test_a_dative_preposition_strands_its_object_too():
    assert texts(coder._stranded_object(holed(dep="dative")[3])) == ["officers"]


def test_a_passive_subject_of_the_participle_is_stranded_too():
    # "granted asylum to officers held in Lima" with "officers" as the passive subject of "held"
    assert texts(coder._stranded_object(holed(subj="nsubjpass", tag="VBN")[3])) == ["officers"]


def test_a_participle_tagged_past_participle_or_gerund_is_bare():
    for tag in ("VBN", "VBG", "VBD"):  # "officers held in", "officers living in", "officers holed up in"
        assert texts(coder._stranded_object(holed(tag=tag)[3])) == ["officers"], tag
    assert coder._stranded_object(holed(tag="VBZ")[3]) == []  # "officers lives in": a finite clause


def test_a_particle_is_no_preposition_with_a_stranded_object():
    # "rounded up protesters gathered in the square": "up" is the verb's particle
    spec = ("Police:NOUN:nsubj:1::NNS rounded:VERB:ROOT:1:round:VBD up:ADP:{dep}:1::RP protesters:NOUN:nsubj:4::NNS "
            "gathered:VERB:advcl:1:gather:VBN in:ADP:prep:4::IN square:NOUN:pobj:5::NN")
    assert coder._stranded_object(parse(spec.format(dep="prt"))[2]) == []
    assert texts(coder._stranded_object(parse(spec.format(dep="prep"))[2])) == ["protesters"]  # (as a preposition)


def test_a_preposition_ending_the_text_has_no_stranded_object():
    d = parse("Chile:PROPN:nsubj:1::NNP talked:VERB:ROOT:1:talk:VBD to:ADP:prep:1::IN")
    assert coder._stranded_object(d[2]) == []
    assert coder.pobjs(d[2]) == []


def test_a_pronoun_after_the_preposition_is_no_stranded_object():
    # "granted asylum to those holed up in Lima": only a noun is taken
    d = parse(HOLED.format(dep="prep", subj="nsubj", tag="VBD").replace("officers:NOUN", "those:PRON"))
    assert coder._stranded_object(d[3]) == []


def test_an_object_of_the_participle_is_not_stranded():
    # only the participle's subject is the preposition's lost object, not a noun it governs otherwise
    d = parse("Chile:PROPN:nsubj:1::NNP talked:VERB:ROOT:1:talk:VBD to:ADP:prep:1::IN the:DET:det:4::DT "
              "crowd:NOUN:dobj:5::NN gathered:VERB:advcl:1:gather:VBN outside:ADV:advmod:5::RB")
    assert coder._stranded_object(d[2]) == []
    d = parse("Chile:PROPN:nsubj:1::NNP talked:VERB:ROOT:1:talk:VBD to:ADP:prep:1::IN the:DET:det:4::DT "
              "crowd:NOUN:nsubj:5::NN gathered:VERB:advcl:1:gather:VBN outside:ADV:advmod:5::RB")
    assert texts(coder._stranded_object(d[2])) == ["crowd"]  # the same with the subject reading


def test_a_passive_auxiliary_makes_a_clause_not_a_reduced_relative():
    d = parse("Chile:PROPN:nsubj:1::NNP talked:VERB:ROOT:1:talk:VBD to:ADP:prep:1::IN reporters:NOUN:nsubjpass:5::NNS "
              "were:AUX:auxpass:5:be:VBD told:VERB:ccomp:1:tell:VBN")
    assert coder._stranded_object(d[2]) == []
    d = parse("Chile:PROPN:nsubj:1::NNP talked:VERB:ROOT:1:talk:VBD to:ADP:prep:1::IN reporters:NOUN:nsubjpass:5::NNS "
              "then:ADV:advmod:5::RB told:VERB:ccomp:1:tell:VBN")
    assert texts(coder._stranded_object(d[2])) == ["reporters"]


def _long_subject(n_mods: int):
    """"granted asylum to the ... officers' families holed up": `n_mods` modifiers between "the" and
    "officers'", so the first ancestor of "the" is "officers'" at to + n_mods + 2."""
    mods = " ".join(f"m{k}:ADJ:amod:{5 + n_mods}::JJ" for k in range(n_mods))
    o = 5 + n_mods
    spec = (f"Chile:PROPN:nsubj:1::NNP granted:VERB:ROOT:1:grant:VBD asylum:NOUN:dobj:1::NN to:ADP:prep:1::IN "
            f"the:DET:det:{o}::DT {mods} officers':NOUN:poss:{o + 1}::NNS families:NOUN:nsubj:{o + 2}::NNS "
            f"holed:VERB:advcl:1:hole:VBD up:ADP:prt:{o + 2}::RP")
    return parse(spec)


def test_the_search_for_a_stranded_subject_climbs_eight_words_past_the_preposition():
    d = _long_subject(6)  # "officers'" is 8 words after "to": looked past; "families" found
    assert d[11].text == "officers'" and d[11].i == d[3].i + 8
    assert texts(coder._stranded_object(d[3])) == ["families"]
    d = _long_subject(7)  # "officers'" 9 words after: the search stops there
    assert coder._stranded_object(d[3]) == []


# --- direct_objects ---------------------------------------------------------------------------------

def test_an_apposition_after_another_preposition_is_no_shifted_object():
    # "denounced as an ugly crime Serbia's repression": the object shifted after "as" is an apposition
    shifted = ("Albania:PROPN:nsubj:1 denounced:VERB:ROOT:1:denounce {p}:ADP:prep:1 crime:NOUN:pobj:2 "
               "repression:NOUN:appos:3 ,:PUNCT:punct:3 violence:NOUN:appos:3")
    assert texts(coder.direct_objects(parse(shifted.format(p="as"))[1])) == ["repression"]  # the first only
    # "met with Putin, the president": an apposition under "with" is no object
    assert coder.direct_objects(parse(shifted.format(p="with"))[1]) == []


def test_a_counted_object_needs_the_particle_up_and_the_preposition_to():
    # "kidnapped up to 16 advisers": the count's noun is the object
    spec = "Rebels:NOUN:nsubj:1 kidnapped:VERB:ROOT:1:kidnap {prt}:ADP:prt:1 {prep}:ADP:prep:2 16:NUM:nummod:5 advisers:NOUN:pobj:3"
    assert texts(coder.direct_objects(parse(spec.format(prt="up", prep="to"))[1])) == ["advisers"]
    # "scaled back to 300 troops": where it ends, not whom; "rounded up in 16 villages": where
    assert coder.direct_objects(parse(spec.format(prt="back", prep="to"))[1]) == []
    assert coder.direct_objects(parse(spec.format(prt="up", prep="in"))[1]) == []
    # "up" as an adverb is no particle
    adv = "Rebels:NOUN:nsubj:1 kidnapped:VERB:ROOT:1:kidnap up:ADV:advmod:1 to:ADP:prep:2 16:NUM:nummod:5 advisers:NOUN:pobj:3"
    assert coder.direct_objects(parse(adv)[1]) == []


def test_a_counted_object_needs_a_number():
    # "moved up to the border": "up to" names where they went
    spec = "Troops:NOUN:nsubj:1 moved:VERB:ROOT:1:move up:ADP:prt:1 to:ADP:prep:2 the:DET:det:5 border:NOUN:pobj:3"
    assert coder.direct_objects(parse(spec)[1]) == []
    # the count's noun must be the preposition's object, not another of its words
    spec = "Rebels:NOUN:nsubj:1 kidnapped:VERB:ROOT:1:kidnap up:ADP:prt:1 to:ADP:prep:2 16:NUM:nummod:5 advisers:NOUN:npadvmod:3"
    assert coder.direct_objects(parse(spec)[1]) == []


# --- _warnings: "Israel warned it will strike" ------------------------------------------------------

WARNED = ("Israel:PROPN:nsubj:1 warned:VERB:ROOT:1:warn it:PRON:nsubj:4 {aux}:AUX:aux:4 strike:VERB:{dep}:1 "
          "Hamas:PROPN:dobj:4")


def warnings(spec, have=None):
    d = parse(spec)
    sent = d[:]
    have = set() if have is None else have
    return d, sent, coder._warnings(list(d), have, sent)


def test_a_warning_candidate_carries_its_sentence():
    d, sent, out = warnings(WARNED.format(aux="will", dep="ccomp"))
    assert [(c.token.text, c.sense.cameo) for c in out] == [("warned", "130")]
    assert out[0].sent is sent and out[0].sent is not None


def test_only_will_and_would_make_a_warning_a_threat():
    for aux in ("could", "may", "might"):  # "warned it could strike": a possibility, not a threat
        assert warnings(WARNED.format(aux=aux, dep="ccomp"))[2] == [], aux


def test_only_a_complement_clause_of_the_warning_is_threatened():
    # "Israel warned Hamas and it will keep its troops there": a clause beside the warning, not its content
    assert warnings(WARNED.format(aux="will", dep="conj"))[2] == []
    assert warnings(WARNED.format(aux="will", dep="advcl"))[2] == []


def test_one_warning_verb_is_one_candidate_and_is_taken():
    # "Israel warned it will strike Hamas and it will not stop"
    spec = ("Israel:PROPN:nsubj:1 warned:VERB:ROOT:1:warn it:PRON:nsubj:4 will:AUX:aux:4 strike:VERB:ccomp:1 "
            "Hamas:PROPN:dobj:4 and:CCONJ:cc:1 it:PRON:nsubj:10 will:AUX:aux:10 not:PART:neg:10 stop:VERB:ccomp:1")
    have = set()
    d, _, out = warnings(spec, have)
    assert [c.token.i for c in out] == [1]
    assert have == {1}  # the caller learns the verb is coded
    assert warnings(spec, {1})[2] == []  # a verb coded already is left alone


def test_a_refused_future_clause_does_not_end_the_search():
    # "Police warned they would have to act, and the army warned it will strike": the first clause is
    # an obligation (no threat), the second a threat
    spec = ("Police:NOUN:nsubj:1 warned:VERB:ROOT:1:warn they:PRON:nsubj:4 would:AUX:aux:4 have:VERB:ccomp:1 "
            "to:PART:aux:6 act:VERB:xcomp:4 and:CCONJ:cc:1 army:NOUN:nsubj:9 warned:VERB:conj:1:warn "
            "it:PRON:nsubj:12 will:AUX:aux:12 strike:VERB:ccomp:9")
    _, _, out = warnings(spec)
    assert [(c.token.i, c.token.text) for c in out] == [(9, "warned")]


# --- _noun_participants: an event noun's parties ----------------------------------------------------

def ent(eid, sdoc, *spans, country="IRQ"):
    """An entity (the fields the coder reads) mentioned at token indices `spans` of sdoc."""
    mentions = [SimpleNamespace(kind="name", start=sdoc[i].idx, end=sdoc[i].idx + len(sdoc[i])) for i in spans]
    return SimpleNamespace(id=eid, type="GPE", actor=SimpleNamespace(country=country, sector=None), attrs={},
                           mentions=mentions)


def noun_roles(spec, ents, i, s):
    """(source tokens, target tokens) of the event noun at token i; `ents`: {token index: (id, country)}."""
    d = parse(spec)
    p = Participants(SimpleNamespace(entities=[ent(eid, d, k, country=c) for k, (eid, c) in ents.items()]), d,
                     frozenset())
    p.triggers = {}
    c = Candidate(sense=s, token=d[i], start=d[i].idx, end=d[i].idx + len(d[i]), sent=d[:], anchor=d[i],
                  predicate=d[i], is_noun=True)
    coder._noun_participants(c, p)
    return texts(c.source_tokens), texts(c.target_tokens)


TALKS = Sense(type="CONSULT", cameo="043")
CANCEL = Sense(type="SANCTION", cameo="161")  # an "of" object is the target (the default)
ATTACK = Sense(type="ASSAULT", cameo="190")
IRQ, SYR, IRN = ("irq", "IRQ"), ("syr", "SYR"), ("irn", "IRN")


def test_every_between_phrase_of_talks_names_a_party():
    # "talks between Iraq and Syria and between Iran and Turkey", read as two phrases on "talks"
    spec = ("talks:NOUN:ROOT:0:talk between:ADP:prep:0 Iraq:PROPN:pobj:1 between:ADP:prep:0 Syria:PROPN:pobj:3")
    assert noun_roles(spec, {2: IRQ, 4: SYR}, 0, TALKS) == (["Iraq", "Syria"], [])


def test_the_party_of_a_cancelled_thing_is_met_with_to_or_against_only():
    spec = ("the:DET:det:1 cancellation:NOUN:ROOT:1 of:ADP:prep:1 talks:NOUN:pobj:2:talk {w}:ADP:{dep}:3 "
            "Iran:PROPN:pobj:4")
    assert noun_roles(spec.format(w="with", dep="prep"), {5: IRN}, 1, CANCEL) == ([], ["Iran"])
    # "the cancellation of talks in Iran": where the talks were, not with whom
    assert noun_roles(spec.format(w="in", dep="prep"), {5: IRN}, 1, CANCEL) == ([], [])


def test_a_cancelled_things_first_party_only():
    # "the cancellation of talks with Iran and with Syria": one target
    spec = ("the:DET:det:1 cancellation:NOUN:ROOT:1 of:ADP:prep:1 talks:NOUN:pobj:2:talk with:ADP:prep:3 "
            "Iran:PROPN:pobj:4 and:CCONJ:cc:3 with:ADP:prep:3 Syria:PROPN:pobj:7")
    assert noun_roles(spec, {5: IRN, 8: SYR}, 1, CANCEL) == ([], ["Iran"])


def test_a_list_headed_by_a_name_stands_where_the_name_stands():
    # "Iraq launched Operation Fox and air strikes": "strikes" is a conjunct of the operation's name
    spec = ("Iraq:PROPN:nsubj:1 launched:VERB:ROOT:1:launch Fox:PROPN:dobj:1 and:CCONJ:cc:2 "
            "strikes:NOUN:conj:2:strike")
    assert noun_roles(spec, {0: IRQ}, 4, ATTACK) == (["Iraq"], [])


def test_only_a_conjunct_climbs_to_its_head():
    # "Iraq approved the attack plan": the attack's noun modifies "plan"; Iraq approved, not attacked
    spec = "Iraq:PROPN:nsubj:1 approved:VERB:ROOT:1:approve the:DET:det:4 attack:NOUN:compound:4 plan:NOUN:dobj:1"
    assert noun_roles(spec, {0: IRQ}, 3, ATTACK) == ([], [])


def test_an_arriving_event_noun_targets_no_place_it_came_from():
    # "the deployment arrived from Bosnia": only where it arrives
    spec = "deployment:NOUN:nsubj:1 arrived:VERB:ROOT:1:arrive {p}:ADP:prep:1 Bosnia:PROPN:pobj:2"
    deploy = Sense(type="MOBILIZE", cameo="")
    assert noun_roles(spec.format(p="in"), {3: ("bih", "BIH")}, 0, deploy) == ([], ["Bosnia"])
    assert noun_roles(spec.format(p="from"), {3: ("bih", "BIH")}, 0, deploy) == ([], [])


# --- _objects: a name the parser read as the verb's modifier --------------------------------------------

def objects(spec, ents, s=ATTACK, date=None):
    d = parse(spec)
    if date is not None:
        d.ents = [d.char_span(d[date].idx, d[date].idx + len(d[date]), label="DATE")]
    p = Participants(SimpleNamespace(entities=[ent(eid, d, k, country=c) for k, (eid, c) in ents.items()]), d,
                     frozenset())
    return texts(coder._objects(d[1], s, p, {"irq"}))


MEET = Sense(type="CONSULT", cameo="036")


def test_a_name_after_the_verb_read_as_a_modifier_is_its_object():
    # "Iraq met Rufus Firefly on Monday" with "Firefly" an npadvmod of "met"
    spec = "Iraq:PROPN:nsubj:1 met:VERB:ROOT:1:meet Firefly:{pos}:npadvmod:1 on:ADP:prep:1 Monday:PROPN:pobj:3"
    assert objects(spec.format(pos="PROPN"), {0: IRQ, 2: SYR}, MEET) == ["Firefly"]
    assert objects(spec.format(pos="NOUN"), {0: IRQ, 2: SYR}, MEET) == []  # a common noun: a measure, a time
    assert objects(spec.format(pos="PROPN"), {0: IRQ, 2: SYR}, MEET, date=2) == []  # a date is when
    # a name before the verb is no object
    spec = "Firefly:PROPN:npadvmod:2 Iraq:PROPN:nsubj:2 met:VERB:ROOT:2:meet"
    d = parse(spec)
    p = Participants(SimpleNamespace(entities=[ent("irq", d, 1), ent("syr", d, 0, country="SYR")]), d, frozenset())
    assert coder._objects(d[2], MEET, p, {"irq"}) == []
