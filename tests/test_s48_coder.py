"""Session 48, s48-coder: find_candidates split into short functions and the events stage's repeated work cut
(docs/benchmarks.md and docs/testing.md, "Session 48, s48-coder"). Hand-built parses (test_events_coder_mutants'
`parse`: word:POS:dep:head[:lemma[:tag]], our own words), so each test pins one function whatever the parser does."""

from __future__ import annotations

from test_events_coder_mutants import ent, lexicon, parse, parts_for, sense

from newsgraph.events import coder
from newsgraph.events import petrarch_verbs as pv

TWO_BLOCKS = """--- RETREAT [080] ---
PULL_OUT
- * TROOPS [0874]

--- MOVE [040] ---
PULL_OUT
- * OF + [042]
"""


def _vd(tmp_path, text=TWO_BLOCKS):
    f = tmp_path / "verbs.txt"
    f.write_text(text)
    return pv.load(f)


# --- match_verb: the clause is made once a call, whatever number of entries is tried -------------------------

def test_match_verb_reads_the_clause_once_for_two_blocks(tmp_path, monkeypatch):
    vd = _vd(tmp_path)
    d = parse("Gondor:PROPN:nsubj:1 pulled:VERB:ROOT:1:pull out:ADP:prt:1 of:ADP:prep:1 Rohan:PROPN:pobj:3")
    made = []
    real = pv._pattern_clause
    monkeypatch.setattr(pv, "_pattern_clause", lambda tok, c: made.append(tok.i) or real(tok, c))
    m = pv.match_verb(vd, d[1], lambda t: t.pos_ == "PROPN")
    assert (m.code, m.line) == ("042", 7)  # the second block's pattern: the first block's found no troops
    assert [t.text for t in m.target] == ["Rohan"]
    assert made == [1]


def test_match_verb_falls_back_to_the_first_blocks_code(tmp_path):
    vd = _vd(tmp_path)
    d = parse("Gondor:PROPN:nsubj:1 pulled:VERB:ROOT:1:pull out:ADP:prt:1 quickly:ADV:advmod:1")
    m = pv.match_verb(vd, d[1], lambda t: t.pos_ == "PROPN")
    assert (m.code, m.line, m.origin == vd.by_word["pulled"][0][0].origin) == ("080", 0, True)


def test_form_fits_reads_the_phrasal_words_in_place():
    d = parse("they:PRON:nsubj:1 pulled:VERB:ROOT:1:pull out:ADP:prt:1")
    after = pv.VerbForm("pulled", after=("out",))
    assert pv._form_fits(d[1], after)
    assert not pv._form_fits(d[2], after)  # (nothing after the last word)
    before = pv.VerbForm("out", before=("pulled",))
    assert pv._form_fits(d[2], before)
    assert not pv._form_fits(d[1], before)  # ("they" stands before "pulled")
    assert not pv._form_fits(d[0], before)  # (nothing before the first word)
    assert pv._form_fits(d[0], pv.VerbForm("they"))
    assert not pv._form_fits(d[1], pv.VerbForm("pulled", after=("out", "of")))


def test_pattern_clause_blanks_a_passive_subject_and_keeps_objects():
    d = parse("troops:NOUN:nsubjpass:2:troop were:AUX:auxpass:2:be arrested:VERB:ROOT:2:arrest "
              "by:ADP:agent:2 police:NOUN:pobj:3")
    cl = pv._pattern_clause(d[2], True)
    # the subject first (a slot only), the agent's words before the verb, as PETRARCH reads a passive
    assert [t.text for t in cl.toks] == ["troops", "were", "police", "arrested"]
    assert cl.forms[0] == set() and "police" in cl.present and "troops" not in cl.present
    assert cl.vi == 3 and cl.lower == {"troops", "were", "arrested", "police"}
    assert cl.objects == {"troops", "troop", "troop"} and cl.obj_lower == {"troops"}


# --- choose_sense: which prepositions are circumstantial is asked once, and only when one stands there -------

def test_choose_sense_asks_circumstantial_on_once(monkeypatch):
    d = parse("film:NOUN:nsubjpass:2 was:AUX:auxpass:2:be shot:VERB:ROOT:2:shoot on:ADP:prep:2 location:NOUN:pobj:3")
    asked = []
    real = coder._circumstantial_on
    monkeypatch.setattr(coder, "_circumstantial_on", lambda tok, parts: asked.append(tok.i) or real(tok, parts))
    on1 = sense("ASSAULT", "190", prep=frozenset({"on"}))
    on2 = sense("ASSAULT", "193", prep=frozenset({"on", "at"}))
    plain = sense("ASSAULT", "180")
    assert coder.choose_sense([on1, on2, plain], d[2], parts_for(d)) is plain
    assert asked == [2]
    asked.clear()
    at = sense("ASSAULT", "193", prep=frozenset({"at"}))
    assert coder.choose_sense([at, plain], d[2], parts_for(d)) is plain
    assert asked == []  # (no "at" there: nothing to ask)


def test_choose_sense_keeps_an_on_phrase_naming_an_actor():
    d = parse("shots:NOUN:nsubjpass:2:shot were:AUX:auxpass:2:be fired:VERB:ROOT:2:fire on:ADP:prep:2 "
              "Gondor:PROPN:pobj:3")
    on = sense("ASSAULT", "190", prep=frozenset({"on"}))
    assert coder.choose_sense([on], d[2], parts_for(d, ent("E1", d, 4))) is on
    assert coder.choose_sense([on], d[2], parts_for(d)) is None


# --- cameo_sense: a listed verb with no user's actor is refused before any walk of the parse -----------------

def test_cameo_sense_refuses_a_listed_verb_before_reading_clauses(monkeypatch):
    d = parse("Gondor:PROPN:nsubj:1 ripped:VERB:ROOT:1:rip Mordor:PROPN:dobj:1")
    monkeypatch.setattr(coder, "with_child", lambda doc, labels: (_ for _ in ()).throw(AssertionError("walked")))
    assert coder.cameo_sense(d[1], lexicon(cameo=object()), parts_for(d), listed=True) is None
    assert coder.cameo_sense(d[1], lexicon(cameo=None), parts_for(d)) is None


# --- find_candidates: the rules after the verbs read (and fill) the set of verbs that code already ------------

def _found(spec, lex):
    d = parse(spec)
    return [(c.token.text, c.sense.cameo, c.sense.origin) for c in coder.find_candidates(next(iter(d.sents)), lex,
                                                                                         parts_for(d))]


def test_a_warning_rule_codes_a_verb_once():
    spec = "Gondor:PROPN:nsubj:1 warned:VERB:ROOT:1:warn it:PRON:nsubj:4 would:AUX:aux:4 respond:VERB:ccomp:1"
    assert _found(spec, lexicon()) == [("warned", coder.WARNING_SENSE.cameo, coder.WARNING_SENSE.origin)]
    # a verb our lexicon codes already is not coded again by the rule
    warn = sense("THREATEN", "130")
    assert _found(spec, lexicon(verbs={"warn": [warn]})) == [("warned", "130", warn.origin)]


def test_arms_to_use_against_code_the_speakers_verb_once():
    spec = ("Rebels:NOUN:nsubj:1 said:VERB:ROOT:1:say they:PRON:nsubj:3 built:VERB:ccomp:1:build bombs:NOUN:dobj:3:bomb "
            "to:PART:aux:6:to:TO use:VERB:advcl:3:use against:ADP:prep:6 Gondor:PROPN:pobj:7")
    assert _found(spec, lexicon()) == [("said", "138", coder.ARMED_SENSE.origin)]
    say = sense("ACCUSE", "111")
    assert _found(spec, lexicon(verbs={"say": [say]})) == [("said", "111", say.origin)]


# --- _verb_sense and _verb_candidates: where a sense came from, and what cameo_sense is told ------------------

def test_verb_sense_says_whether_cameo_alone_coded_it(monkeypatch):
    d = parse("Gondor:PROPN:nsubj:1 ripped:VERB:ROOT:1:rip Mordor:PROPN:dobj:1")
    told = []
    fall = sense("ASSAULT", "180", origin="cameo:12" + coder.TARGET_TO_SOURCE)
    monkeypatch.setattr(coder, "cameo_sense", lambda tok, lex, parts, listed=False, doers_only=frozenset():
                        told.append((tok.i, listed, doers_only)) or fall)
    monkeypatch.setattr(coder, "statement_pattern", lambda tok, lex, parts: told.append(("stated", tok.i)) or None)
    own = sense("ASSAULT", "190", origin="lexicon")
    assert coder._verb_sense(d[1], lexicon(verbs={"rip": [own]}), parts_for(d)) == (own, False)
    assert told == [("stated", 1)]
    told.clear()
    # a lemma listed only by phrases is no listed verb; one with a plain sense that did not fit is, with its doers
    phrase = sense("ASSAULT", "190", phrase=True, subject=frozenset({"bomb"}))
    assert coder._verb_sense(d[1], lexicon(verbs={"rip": [phrase]}), parts_for(d)) == (fall, True)
    doers = sense("ASSAULT", "190", subject=frozenset({"bomb"}))
    assert coder._verb_sense(d[1], lexicon(verbs={"rip": [doers]}), parts_for(d)) == (fall, True)
    assert [t for t in told if t[0] != "stated"] == [(1, False, frozenset()), (1, True, frozenset({"ASSAULT"}))]
    # the candidate keeps both marks: coded from CAMEO.2.0 alone, and only target -> source
    cands = coder.find_candidates(next(iter(d.sents)), lexicon(), parts_for(d))
    assert [(c.token.text, c.fallback, c.swap) for c in cands] == [("ripped", True, True)]
    monkeypatch.setattr(coder, "cameo_sense", lambda tok, lex, parts, listed=False, doers_only=frozenset():
                        sense("ASSAULT", "180", origin="cameo:12"))
    cands = coder.find_candidates(next(iter(d.sents)), lexicon(), parts_for(d))
    assert [(c.fallback, c.swap) for c in cands] == [(True, False)]
    cands = coder.find_candidates(next(iter(d.sents)), lexicon(verbs={"rip": [fall]}), parts_for(d))
    assert [(c.fallback, c.swap) for c in cands] == [(False, False)]


# --- _recoded_verb_sense and _verb_formula: each rule on its own, its reading given (monkeypatched) -----------

def _only(monkeypatch, true_one, names=("in_words", "_on_trade", "relief_purpose", "_hands_over_accused",
                                        "_anonymity", "_court_plea", "_danger_warned", "_asks")):
    for n in names:
        monkeypatch.setattr(coder, n, (lambda *a, **k: True) if n == true_one else (lambda *a, **k: False))


def test_recoded_verb_sense_each_rule(monkeypatch):
    d = parse("Gondor:PROPN:nsubj:1 acted:VERB:ROOT:1:act")
    v, parts = d[1], parts_for(d)
    _only(monkeypatch, "in_words")
    assert coder._recoded_verb_sense(v, sense("ASSAULT", "190"), parts) is coder.VERBAL_ATTACK_SENSE
    assert coder._recoded_verb_sense(v, sense("COERCE", "172"), parts) == sense("COERCE", "172")
    _only(monkeypatch, "_on_trade")
    got = coder._recoded_verb_sense(v, sense("COERCE", "1721", mode="restrict", origin="o"), parts)
    assert got == sense("SANCTION", "163", mode="discontinue", origin="o:trade")
    assert coder._recoded_verb_sense(v, sense("COERCE", "175", origin="o"), parts) == sense("COERCE", "175", origin="o")
    _only(monkeypatch, "relief_purpose")
    got = coder._recoded_verb_sense(v, sense("MOBILIZE", "154", mode="military", origin="o"), parts)
    assert got == sense("AID", "073", mode=None, context=("humanitarian",), origin="o:relief")
    _only(monkeypatch, "_hands_over_accused")
    got = coder._recoded_verb_sense(v, sense("RETREAT", "0841", mode="release", origin="o"), parts)
    assert got == sense("COOPERATE", "063", mode=None, context=("legal",), origin="o:judicial")
    assert coder._recoded_verb_sense(v, sense("RETREAT", "081", origin="o"), parts) == sense("RETREAT", "081", origin="o")
    _only(monkeypatch, None)
    for s in (sense("ASSAULT", "190"), sense("COERCE", "172"), sense("MOBILIZE", "154"), sense("RETREAT", "084")):
        assert coder._recoded_verb_sense(v, s, parts) is s


def test_verb_formula_each_phrase(monkeypatch):
    d = parse("he:PRON:nsubj:1 declined:VERB:ROOT:1:decline to:PART:aux:3 comment:VERB:xcomp:1")
    lex = lexicon()
    _only(monkeypatch, None)
    assert coder._verb_formula(d[1], sense("REJECT", "120"), lex)  # "declined to comment"
    assert not coder._verb_formula(d[1], sense("REQUEST", "100"), lex)
    d2 = parse("he:PRON:nsubj:1 declined:VERB:ROOT:1:decline to:PART:aux:3 act:VERB:xcomp:1")
    assert not coder._verb_formula(d2[1], sense("REJECT", "120"), lex)
    d3 = parse("he:PRON:nsubj:1 declined:VERB:ROOT:1:decline to:PART:aux:3 comment:NOUN:dobj:1")
    assert not coder._verb_formula(d3[1], sense("REJECT", "120"), lex)  # (a noun object, no complement verb)
    for rule, type_ in (("_anonymity", "REQUEST"), ("_court_plea", "REQUEST"), ("_danger_warned", "THREATEN")):
        _only(monkeypatch, rule)
        assert coder._verb_formula(d2[1], sense(type_, "100"), lex)
        assert not coder._verb_formula(d2[1], sense("REJECT", "120"), lex)
    d4 = parse("policies:NOUN:nsubj:1 appeal:VERB:ROOT:1:appeal")
    _only(monkeypatch, None)
    assert coder._verb_formula(d4[1], sense("REQUEST", "100"), lex)  # they attract, no one asks
    assert not coder._verb_formula(d4[1], sense("REJECT", "120"), lex)
    _only(monkeypatch, "_asks")
    assert not coder._verb_formula(d4[1], sense("REQUEST", "100"), lex)
