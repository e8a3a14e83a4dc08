"""PETRARCH verb dictionaries: what the reader accepts and rejects, and what patterns code on the parse."""

import pytest
from petrarch_util import verb_coder

from newsgraph.errors import InputError
from newsgraph.events import petrarch_verbs as pv

VERBS = """<!-- a test dictionary -->
&TIES
+RELATIONS
+DIPLOMATIC_TIES

&MONEY  # nested synset
+&TIES
+CASH

--- CONDEMN  [122] ---
CONDEMN
DECRY
- * &TIES [161]
- HEAVILY * [123]
- * CARD [---]

--- VISIT [042:043] ---
VISIT
- * (BY/WITH PLANE) [044]
+CALL_ON {+CALLS_ON +CALLED_ON}

--- RECEIVE [070] ---
RECEIVE
- + * MONEY FROM $ [071]

&NEGAUX
+DID N'T
+DID NOT

--- LIFT [---] ---
LIFT
- * SANCTION [0351]
- * SANCTIONS [085]
- * (WITH) [130]
- * OFF [131]
- * RELATIONS [161]

--- ARREST [173] ---
ARREST
- SOLDIERS * [192]
- POLICE * [1731]
- &NEGAUX * [1739]
"""


@pytest.fixture(scope="module")
def vd(tmp_path_factory):
    f = tmp_path_factory.mktemp("v") / "verbs.txt"
    f.write_text(VERBS)
    return pv.load(f)


@pytest.fixture(scope="module")
def nlp():
    from newsgraph.nlp import load

    return load(None)


def test_reader(vd):
    assert {"condemn", "condemns", "condemned", "condemning", "decry", "decried"} <= set(vd.by_word)
    assert vd.synsets["MONEY"] == [("relations",), ("diplomatic", "ties"), ("cash",)]
    block, form = vd.by_word["called"][0]
    assert block.code == "042" and block.reverse == "043" and form.after == ("on",)


@pytest.mark.parametrize("body,line,reason", [
    ("&TIES\n+&NOPE\n", 2, "undefined synset &NOPE"),  # (in a pattern: a warning, test_events_petrarch_transform)
    ("--- X [010] ---\nX\n- SAY * [011]\n~ a (a b ATTACK) SAY = a b 138\n", 4, "no verb block lists"),
    ("--- X [010] ---\nX\n- * [01 1]\n", 3, "bad event code"),
    ("--- X [010] ---\nX\n- * LEFT * [011]\n", 3, "exactly one *"),
    ("STRAY\n", 1, "outside a verb block"),
])
def test_unsupported_constructs_name_file_and_line(tmp_path, body, line, reason):
    f = tmp_path / "bad.txt"
    f.write_text(body)
    with pytest.raises(InputError) as err:
        pv.load(f)
    assert f"{f}:{line}" in str(err.value) and reason in str(err.value)


def _match(vd, nlp, text, verb):
    doc = nlp(text)
    tok = next(t for t in doc if t.lower_ == verb)
    return pv.match_verb(vd, tok, lambda t: t.pos_ == "PROPN")


@pytest.mark.parametrize("text,verb,code", [
    ("Gondor condemned Mordor.", "condemned", "122"),
    ("Gondor heavily condemned Mordor.", "condemned", "123"),  # a word before the verb
    ("Gondor condemned diplomatic ties with Mordor.", "condemned", "161"),  # synset phrase
    ("Gondor decried the card from Mordor.", "decried", "---"),  # negative pattern: null code
])
def test_pattern_codes(vd, nlp, text, verb, code):
    assert _match(vd, nlp, text, verb).code == code


def test_slash_alternatives(vd, nlp):
    """CAMEO.2.0 writes alternative words with a slash: "(BY/WITH PROTESTS)"."""
    assert _match(vd, nlp, "The king visited Gondor with a plane.", "visited").code == "044"
    assert _match(vd, nlp, "The king visited Gondor by plane.", "visited").code == "044"
    assert _match(vd, nlp, "The king visited Gondor.", "visited").code == "042"


def test_slots_and_reverse_code(vd, nlp):
    m = _match(vd, nlp, "Rohan received money from Gondor.", "received")
    assert m.code == "071" and [t.text for t in m.target] == ["Rohan"] and [t.text for t in m.source] == ["Gondor"]
    m = _match(vd, nlp, "The king called on Gondor.", "called")
    assert (m.code, m.reverse) == ("042", "043")
    assert _match(vd, nlp, "The king called Gondor.", "called") is None  # the phrasal verb needs its particle


def test_words_as_written_win_among_equal_patterns(vd, nlp):
    """"lifted sanctions": SANCTIONS as written beats SANCTION matched through the plural."""
    assert _match(vd, nlp, "Gondor lifted sanctions on Mordor.", "lifted").code == "085"
    assert _match(vd, nlp, "Gondor lifted a sanction on Mordor.", "lifted").code == "0351"
    # the pattern naming the verb's object beats a preposition or particle of the same length
    assert _match(vd, nlp, "Gondor lifted off relations with Mordor.", "lifted").code == "161"


def test_passive_reads_pre_verb_words_in_the_agent(vd, nlp):
    """In the passive the subject is acted on: its words are not the pre-verb words, the by-phrase's are."""
    assert _match(vd, nlp, "Three soldiers were arrested by Gondor.", "arrested").code == "173"
    assert _match(vd, nlp, "Three men were arrested by the police.", "arrested").code == "1731"
    assert _match(vd, nlp, "Gondor soldiers arrested Mordor.", "arrested").code == "192"


def test_pattern_words_in_a_relative_clause_of_the_verb_phrase_do_not_match(vd, nlp):
    """Session 7 (s7-petr3): a relative or adverbial clause on a noun of the verb phrase is a clause
    of its own; its words match none of the verb's patterns (CAMEO.2.0's BLAME `* ATTACK ON +`
    coded "condemned Mordor, which had launched an attack on Ithilen" as an accusation of Ithilen)."""
    assert _match(vd, nlp, "Gondor condemned Mordor, which had cut diplomatic ties with Rohan.", "condemned").code == "122"
    assert _match(vd, nlp, "The king, who heavily criticized Rohan, condemned Gondor.", "condemned").code == "122"
    # the clause's own words still match
    assert _match(vd, nlp, "Gondor condemned diplomatic ties with Mordor.", "condemned").code == "161"


def test_pattern_spelling_out_negation(vd, nlp):
    m = _match(vd, nlp, "Gondor did not arrest Mordor.", "arrest")
    assert (m.code, m.negates) == ("1739", True)
    assert not _match(vd, nlp, "Police arrested Mordor.", "arrested").negates


def test_petrarch_mode_codes_only_dictionary_verbs(tmp_path, pipeline):
    """With a PETRARCH verb dictionary, verbs it does not list and event nouns code nothing."""
    from newsgraph.evaluate.events import pipeline_options
    from newsgraph.pipeline import Pipeline

    f = tmp_path / "v.txt"
    f.write_text(VERBS)
    pipe = Pipeline(pipeline_options(None, verbs=[str(f)]))
    doc = pipe.extract("Russia condemned Ukraine. Russia accused Ukraine of the attack on its border.", name="t",
                       published="2025-01-01")
    assert [(e.cameo, e.trigger.text) for e in doc.events] == [("122", "condemned")]


def test_symmetric_dictionary_code_with_a_compound_subject(tmp_path, pipeline):
    """[057:057] and a coordinated subject with no object: each signs with the other (PETRARCH2
    codes the cooperation of compound actors both ways); [042:043] with one target codes once."""
    from newsgraph.evaluate.events import pipeline_options
    from newsgraph.pipeline import Pipeline

    f = tmp_path / "v.txt"
    f.write_text("--- SIGN [057:057] ---\nSIGN\n")
    pipe = Pipeline(pipeline_options(None, verbs=[str(f)]))
    doc = pipe.extract("Russia and Ukraine signed a treaty on Monday.", name="t", published="2025-01-01")
    pairs = {(doc.entity(e.source[0]).name, doc.entity(e.target[0]).name, e.cameo) for e in doc.events}
    assert pairs == {("Russia", "Ukraine", "057"), ("Ukraine", "Russia", "057")}


SESSION6 = """--- AGREE [081] ---
AGREE
- FAILED_TO_* [111]
- * WITH % [031]
--- HELD [210] ---
HELD
- % * TALKS [031]
--- RAISE [---] ---
RAISE
- *_HOPE [024]
--- PLACE [---] ---
PLACE
- * + IN DETENTION [212]
"""


@pytest.fixture(scope="module")
def session6(tmp_path_factory):
    return verb_coder(tmp_path_factory.mktemp("v6"), SESSION6)


def test_pre_verb_words_reach_the_verb_an_infinitive_complements(session6):
    """Session 6: "failed to agree" matches FAILED_TO_* on "agree"; the pattern spells out the
    failure, so the event is coded, not dropped as negated."""
    assert session6("Russia failed to agree with Ukraine on Monday.") == [("RUS", "UKR", "111")]


def test_compound_slot_takes_the_coordinated_actors_both_ways(session6):
    assert session6("Russia and Ukraine held talks on Monday.") == [("RUS", "UKR", "031"), ("UKR", "RUS", "031")]


def test_target_inside_the_object_phrase_not_its_place(session6):
    assert session6("Russia raised hope for peace with Ukraine.") == [("RUS", "UKR", "024")]


def test_weis_seize_code_outside_cameo_still_codes(session6):
    """[212] is WEIS "seize" (no CAMEO code, no lexicon sense of "place"): kept verbatim, typed COERCE."""
    assert session6("Russia placed three Ukrainian officials in detention.") == [("RUS", "UKRGOV", "212")]


SLOTS6 = """--- EXTRADITE [174] ---
EXTRADITE
- + WAS_ * TO_ ^ FROM $ [1741]
--- BOYCOTT [191] ---
BOYCOTT
- SAID * [172]
"""


def test_passive_subject_fills_a_pre_verb_slot_and_said_reaches_its_complement(tmp_path, nlp):
    """Session 6: "Gollum was extradited ... from Mordor" fills `+` with the passive subject (its words
    still match no pattern word); "said it would boycott" matches `SAID *` on the complement."""
    f = tmp_path / "v.txt"
    f.write_text(SLOTS6)
    vd = pv.load(f)
    m = _match(vd, nlp, "Gollum was extradited to Rohan from Mordor.", "extradited")
    assert (m.code, [t.text for t in m.target], [t.text for t in m.source]) == ("1741", ["Gollum"], ["Mordor"])
    assert _match(vd, nlp, "Rohan said it would boycott Gondor.", "boycott").code == "172"
    assert _match(vd, nlp, "Rohan will boycott Gondor.", "boycott").code == "191"


PHRASAL7 = """--- PULL [171] ---
PULL
--- MEET_PEOPLE [040] ---
+PULL_OUT
--- RETREAT [080] ---
+PULL_OUT
- TROOPS * [0874]
"""


def test_phrasal_form_first_and_a_form_two_blocks_list_offers_both_blocks_patterns(tmp_path, nlp):
    """Session 7 (s7-petr3): "pulled out" is the phrasal +PULL_OUT, not the bare PULL listed before
    it, and CAMEO.2.0 lists +PULL_OUT under 040 and RETREAT 080: the patterns of both apply, the
    first block's code only when none fits; the place pulled out of is the target."""
    f = tmp_path / "v.txt"
    f.write_text(PHRASAL7)
    vd = pv.load(f)
    assert _match(vd, nlp, "Gondor troops pulled out of Rohan.", "pulled").code == "0874"
    assert _match(vd, nlp, "Gondor pulled out of the talks.", "pulled").code == "040"
    assert _match(vd, nlp, "Gondor pulled the rope.", "pulled").code == "171"
    from newsgraph.evaluate import petrarch as ep

    r = ep.Record(id="x", text="Russian troops pulled out of Ukraine on Monday.", date="2025-01-01")
    (codings,) = ep.predict([r], ep.pipeline_options(None, verbs=[str(f)]))
    assert [(c.source, c.target, c.code) for c in codings] == [("RUSMIL", "UKR", "0874")]


GLUE12 = """--- OPEN [060] ---
OPEN
- ANNOUNCED SOON_* TALKS [0361]
- * TALKS [031]
--- HALT [190] ---
HALT
- REALLY_NOT_* [---]
- DOES NOT PLAN TO * [1244]
- WERE READY TO * [1305]
"""


def test_pre_word_glued_to_the_verb_need_not_touch_the_word_before_it(tmp_path, nlp):
    """Session 12 (s12-petr, scripts/petrarch_patterns.py): in `A B_*` only B must stand right before the
    verb; the reader used to glue B to A as well, so "announced it would soon open talks" missed
    `ANNOUNCED SOON_* TALKS`. The glue to the verb holds: "soon" away from the verb does not match."""
    f = tmp_path / "v.txt"
    f.write_text(GLUE12)
    vd = pv.load(f)
    assert _match(vd, nlp, "Freedonia announced it would soon open talks with Sylvania.", "open").code == "0361"
    assert _match(vd, nlp, "Freedonia announced it would open talks soon.", "open").code == "031"
    assert _match(vd, nlp, "Freedonia really did not halt the convoy.", "halt").code == "190"  # REALLY_NOT_: glued


def test_pre_words_read_the_auxiliaries_and_negation_of_the_verb_it_complements(tmp_path, nlp):
    """Session 12 (s12-petr): a complement verb's pre-verb words reach the auxiliaries and negation of
    the verb it complements, words of one verb phrase in TABARI's reading: "does not plan to halt"
    (`DOES NOT PLAN TO *`), "were ready to halt" (`WERE READY TO *`), as "failed to" always did."""
    f = tmp_path / "v.txt"
    f.write_text(GLUE12)
    vd = pv.load(f)
    assert _match(vd, nlp, "Freedonia does not plan to halt the shipments.", "halt").code == "1244"
    assert _match(vd, nlp, "Sylvanian forces were ready to halt the convoy.", "halt").code == "1305"
    assert _match(vd, nlp, "Freedonia plans to halt the shipments.", "halt").code == "190"


UPPER12 = """--- SAID [023] ---
SAID
--- WITHDRAW [192] ---
WITHDRAW {WITHDREW WITHDRAWN WITHDRAWS WITHDRAWING}
- SAID MUST * [150]
"""


def test_a_pattern_spelling_the_upper_verb_codes_the_pair_once(tmp_path):
    """Session 12 (s12-petr): "Freedonia said it must withdraw from Sylvania" matches WITHDRAW's
    `SAID MUST * [150]`, a pattern spelling the verb of saying: one match on both verbs, whose code
    is the pattern's. The saying used to keep "what must be done" as its own content (SAID [023]
    FRE -> SYL) and the withdrawal, the content, was dropped."""
    from newsgraph.evaluate import petrarch as ep

    verbs, actors = tmp_path / "v.txt", tmp_path / "a.txt"
    verbs.write_text(UPPER12)
    actors.write_text("FREEDONIA [FRE]\nSYLVANIA [SYL]\n")
    recs = [ep.Record(id="a", text="Freedonia said it must withdraw from Sylvania.", date="2015-06-01"),
            ep.Record(id="b", text="Freedonia said it would withdraw from Sylvania.", date="2015-06-01")]
    got = ep.predict(recs, ep.pipeline_options(None, verbs=[str(verbs)], actors=[str(actors)]))
    assert [(c.source, c.target, c.code) for c in got[0]] == [("FRE", "SYL", "150")]
    assert [(c.source, c.target, c.code) for c in got[1]] == [("FRE", "SYL", "192")]  # no `MUST`: the verb's own code


def test_the_object_of_a_phrasal_verbs_particle_is_its_target(tmp_path):
    """Session 12 (s12-petr): the parser may give a phrasal verb's particle the object ("Gondor
    cordoned off Mordor": `off` a particle with Mordor its object; "Freedonia cordoned off Sylvania" is
    parsed with Sylvania the verb's object and always coded); in PETRARCH mode that object
    is the verb's target as a preposition's would be (was: no target, no dyad)."""
    from newsgraph.evaluate import petrarch as ep

    verbs, actors = tmp_path / "v.txt", tmp_path / "a.txt"
    verbs.write_text("--- EXCLUDE [1721] ---\nEXCLUDE\n+CORDON_OFF {+CORDONED_OFF +CORDONS_OFF +CORDONING_OFF}\n")
    actors.write_text("GONDOR [GON]\nMORDOR [MOR]\n")
    recs = [ep.Record(id="a", text="Gondor cordoned off Mordor.", date="2015-06-01")]
    (got,) = ep.predict(recs, ep.pipeline_options(None, verbs=[str(verbs)], actors=[str(actors)]))
    assert [(c.source, c.target, c.code) for c in got] == [("GON", "MOR", "1721")]


REACH12 = """--- HALT [190] ---
HALT
- SAID * [1999]
- DID NOT WANT TO * [1998]
- WAS * [1997]
- AIM WAS TO * [1996]
- RELUCTANTLY * [1995]
- WERE ORDERED TO * [1994]
--- OPEN [060] ---
OPEN
- * NEW_TALKS [0362]
- SOON_* TALKS [0363]
- * TALKS [031]
"""


@pytest.mark.parametrize("text,verb,code", [
    # the walk up reads complement verbs only: not an adverbial clause on a verb a saying reports
    ("Gondor said Rohan protested when Mordor halted the convoy.", "halted", "190"),
    ("Gondor was angry when Mordor halted the convoy.", "halted", "190"),  # nor one on an adjective
    ("Gondor was afraid that Mordor would halt the convoy.", "halt", "190"),  # nor an adjective's clause
    ("Gondor said Rohan did not want to halt the convoy.", "halt", "1998"),  # each upper verb's own negation
    ("The aim was to halt the convoy.", "halt", "1996"),  # through a copula
    ("Freedonia reluctantly agreed to halt the convoy.", "halt", "190"),  # auxiliaries and negation only
    ("Sylvanian forces were ordered to halt the convoy.", "halt", "1994"),  # a passive upper verb's auxiliary
    ("Freedonia opened new rounds of talks.", "opened", "031"),  # `NEW_TALKS`: TALKS right after NEW
    ("Freedonia soon will open talks with Sylvania.", "open", "031"),  # `SOON_*`: SOON right before the verb
    ("Freedonia will soon open talks with Sylvania.", "open", "0363"),
])
def test_how_far_pre_verb_words_reach(tmp_path, nlp, text, verb, code):
    """Session 12 (s12-petr), mutation guards of clause_tokens and _match_side (docs/testing.md)."""
    f = tmp_path / "v.txt"
    f.write_text(REACH12)
    assert _match(pv.load(f), nlp, text, verb).code == code


CLAIM12 = """--- WITHDRAW [192] ---
WITHDRAW {WITHDREW WITHDRAWN WITHDRAWS WITHDRAWING}
- SAID MUST * [150]
- SAY SHOULD * [151]
- FAILED_TO_* [111]
- WAS * [1991]
- * FROM [193]
"""


@pytest.mark.parametrize("text,verb,claims", [
    ("Freedonia said it must withdraw from Sylvania.", "withdraw", "said"),  # `SAID MUST *`
    ("Freedonia said it should withdraw from Sylvania.", "withdraw", "said"),  # `SAY SHOULD *`: by its lemma
    ("Freedonia failed to withdraw from Sylvania.", "withdraw", "failed"),  # `FAILED_TO_*`, an xcomp
    ("Gondor said Freedonia failed to withdraw.", "withdraw", "failed"),  # the verb it complements, not higher
    ("Freedonia was able to withdraw.", "withdraw", "was"),  # through an adjective: its copula
    ("Freedonia said it would withdraw from Sylvania.", "withdraw", None),  # `* FROM`: SAID not spelled
])
def test_claim_upper(tmp_path, nlp, text, verb, claims):
    """Session 12 (s12-petr), coder._claim_upper: which upper verb a pattern spelling it takes over."""
    from types import SimpleNamespace

    from newsgraph.events import coder

    f = tmp_path / "v.txt"
    f.write_text(CLAIM12)
    vd = pv.load(f)
    doc = nlp(text)
    tok = next(t for t in doc if t.lower_ == verb)
    m = pv.match_verb(vd, tok, lambda t: t.pos_ == "PROPN")
    out = [SimpleNamespace(token=t) for t in doc if t.pos_ in ("VERB", "AUX", "ADJ") and t.i != tok.i]
    claimed: set = set()
    coder._claim_upper(tok, m, out, claimed)
    upper = [t for t in doc if t.lower_ == claims]
    assert claimed == {t.i for t in upper}
    assert [c.token.i for c in out if c.token.i in claimed] == []
    assert len(out) == sum(1 for t in doc if t.pos_ in ("VERB", "AUX", "ADJ") and t.i != tok.i) - len(upper)


def test_claim_upper_only_for_a_complement(nlp):
    """A verb that is no complement of the verb before it ("protested and withdrew") claims nothing,
    whatever its pattern's words."""
    from types import SimpleNamespace

    from newsgraph.events import coder

    doc = nlp("Freedonia protested and withdrew from Sylvania.")
    tok = next(t for t in doc if t.lower_ == "withdrew")
    m = pv.Match("150", None, line=5, words=frozenset({"protested", "protest"}))
    out = [SimpleNamespace(token=doc[1])]
    claimed: set = set()
    coder._claim_upper(tok, m, out, claimed)
    assert (claimed, len(out)) == (set(), 1)
