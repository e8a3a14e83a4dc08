"""Session 32, s32-mut2: tests that kill the surviving mutants of s32-triple's and s32-speed's changed lines
(docs/testing.md, "Session 32, s32-mut2"). Own sentences only."""

import gc
import types
from pathlib import Path

import pytest


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs fork (Linux)")
def test_a_pool_that_cannot_start_its_workers_stops_the_started_ones_at_once(monkeypatch):
    """A failed start is no finished run: each worker already started is stopped now (not asked to finish its work)
    and reaped, and the error reaches the caller (`_Pool.__init__`, s32-speed)."""
    from newsgraph import pipeline as module

    class Stand:
        def __init__(self, options):
            self.options = options

    monkeypatch.setattr(module, "Pipeline", Stand)
    monkeypatch.setenv("NEWSGRAPH_START_METHOD", "fork")
    calls = []

    def worker(*args):
        if len(calls) == 2:
            raise OSError("no more processes")
        n = len(calls)
        calls.append([])
        return types.SimpleNamespace(job=None, conn=None, stop=lambda now: calls[n].append(("stop", now)),
                                     reap=lambda: calls[n].append("reap"))

    monkeypatch.setattr(module, "_Worker", worker)
    try:
        with pytest.raises(OSError, match="no more processes"):
            module._Pool(module.Options(), 3)
    finally:
        gc.unfreeze()
    assert calls == [[("stop", True), "reap"], [("stop", True), "reap"]]
    assert gc.get_freeze_count() == 0


def _parse(words, heads, deps, tags=None):
    import spacy
    from spacy.tokens import Doc
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags)


def _pair(tok, *, noun, source=(), target=(), flags=(), dictionary=None):
    """An (event, candidate) pair as the events stage hands them to its filters: the event's arguments and flags,
    the candidate's trigger token (its anchor) and kind."""
    e = types.SimpleNamespace(source=list(source), target=list(target), flags=list(flags))
    c = types.SimpleNamespace(token=tok, anchor=tok, is_noun=noun, dictionary=dictionary)
    return e, c


# "Chile condemned the arrest of Peru's senator." / "Chile condemned the arrest ..." with what the verb names varied
COND = (["Chile", "condemned", "the", "arrest", "of", "Peru", "'s", "senator", "."],
        [1, 1, 3, 1, 3, 7, 5, 4, 1], ["nsubj", "ROOT", "det", "dobj", "prep", "poss", "case", "pobj", "punct"])


def test_an_actorless_object_noun_is_dropped_only_under_a_verb_naming_both_sides():
    from newsgraph.events.stage import _without_actorless_objects as keep
    d = _parse(*COND)
    verb, noun = d[1], d[3]
    both = _pair(verb, noun=False, source=["CHL"], target=["PER"])
    arrest = _pair(noun, noun=True)
    assert keep([both, arrest]) == [both]
    # the verb names no recipient ("Chile condemned the arrest", none found): the noun is kept
    for v in (_pair(verb, noun=False, source=["CHL"]), _pair(verb, noun=False, target=["PER"])):
        assert keep([v, arrest]) == [v, arrest]
    # a noun event naming both sides is no verb: a noun under it keeps its own record
    assert len(keep([_pair(verb, noun=True, source=["CHL"], target=["PER"]), arrest])) == 2


def test_an_object_noun_is_kept_when_flagged_from_a_dictionary_or_named():
    from newsgraph.events.stage import _without_actorless_objects as keep
    d = _parse(*COND)
    both = _pair(d[1], noun=False, source=["CHL"], target=["PER"])
    for pair in (_pair(d[3], noun=True, flags=["hypothetical"]), _pair(d[3], noun=True, dictionary="mine"),
                 _pair(d[3], noun=True, source=["PER"])):
        assert keep([both, pair]) == [both, pair]


def test_an_actorless_noun_that_is_no_direct_object_is_kept():
    from newsgraph.events.stage import _without_actorless_objects as keep
    # "The arrest of Peru's senator angered Chile.": the noun is the subject of a verb naming both sides
    d = _parse(["The", "arrest", "of", "Peru", "'s", "senator", "angered", "Chile", "."],
               [1, 6, 1, 5, 3, 2, 6, 6, 6], ["det", "nsubj", "prep", "poss", "case", "pobj", "ROOT", "dobj", "punct"])
    both = _pair(d[6], noun=False, source=["PER"], target=["CHL"])
    arrest = _pair(d[1], noun=True)
    assert keep([both, arrest]) == [both, arrest]
    # a verb event with no actor whose trigger is a direct object is kept too (only nouns are dropped)
    d2 = _parse(*COND)
    verb_obj = _pair(d2[3], noun=False)
    both2 = _pair(d2[1], noun=False, source=["CHL"], target=["PER"])
    assert keep([both2, verb_obj]) == [both2, verb_obj]


@pytest.mark.parametrize("prep, regional", [("from", True), ("by", True), ("of", True), ("in", False)])
def test_a_region_in_the_from_by_or_of_phrase_of_a_noun(prep, regional):
    from newsgraph.events.stage import _regional_token
    # "Kenya rejected criticism from the West." (and "by", "of"); "criticism in the West" is where, not whose
    d = _parse(["Kenya", "rejected", "criticism", prep, "the", "West", "."], [1, 1, 1, 2, 5, 3, 1],
               ["nsubj", "ROOT", "dobj", "prep", "det", "pobj", "punct"], ["NNP", "VBD", "NN", "IN", "DT", "NNP", "."])
    d[2].pos_ = "NOUN"
    assert _regional_token(d[2]) is regional


def _cand(tok, *, noun=False, source=(), target=()):
    return types.SimpleNamespace(token=tok, is_noun=noun, source=list(source), target=list(target))


def _purpose(words, heads, deps, tags, verb, clauses):
    """`_purpose_target` of the verb at `verb` among candidates at the indices of `clauses` (index -> target)."""
    from newsgraph.events.stage import _purpose_target
    d = _parse(words, heads, deps, tags)
    c = _cand(d[verb], source=["CAN"])
    cands = [c] + [_cand(d[i], target=t) if not isinstance(t, dict) else _cand(d[i], **t) for i, t in clauses.items()]
    return _purpose_target(c, cands)


# "Canada imposed tariffs to punish Brazil ." (advcl) and "Canada sent troops to help Brazil ." (xcomp)
PUNISH = (["Canada", "imposed", "tariffs", "to", "punish", "Brazil", "."], [1, 1, 1, 4, 1, 4, 1],
          ["nsubj", "ROOT", "dobj", "aux", "advcl", "dobj", "punct"], ["NNP", "VBD", "NNS", "TO", "VB", "NNP", "."])


@pytest.mark.parametrize("dep", ["advcl", "xcomp"])
def test_a_purpose_infinitive_of_either_dependency_names_the_target(dep):
    words, heads, deps, tags = PUNISH
    assert _purpose(words, heads, deps[:4] + [dep] + deps[5:], tags, 1, {4: ["BRA"]}) == ["BRA"]
    # a to-clause of any other dependency ("ccomp") is no purpose
    assert _purpose(words, heads, deps[:4] + ["ccomp"] + deps[5:], tags, 1, {4: ["BRA"]}) == []
    # the clause coded as a noun (a tagger's "sanction" as NN) lends nothing
    assert _purpose(words, heads, deps[:4] + [dep] + deps[5:], tags, 1, {4: {"noun": True, "target": ["BRA"]}}) == []


def test_a_purpose_with_no_target_is_passed_over_for_the_next():
    # "Canada imposed tariffs to shield farmers , to punish Brazil .": the first purpose names no one
    words = ["Canada", "imposed", "tariffs", "to", "shield", "farmers", ",", "to", "punish", "Brazil", "."]
    tags = ["NNP", "VBD", "NNS", "TO", "VB", "NNS", ",", "TO", "VB", "NNP", "."]
    heads = [1, 1, 1, 4, 1, 4, 1, 8, 1, 8, 1]
    deps = ["nsubj", "ROOT", "dobj", "aux", "advcl", "dobj", "punct", "aux", "advcl", "dobj", "punct"]
    assert _purpose(words, heads, deps, tags, 1, {4: [], 8: ["BRA"]}) == ["BRA"]


def test_a_to_clause_hung_on_another_verb_is_not_this_ones_purpose():
    # "Canada imposed tariffs as Chile sought to punish Brazil .": the clause is "sought"'s
    words = ["Canada", "imposed", "tariffs", "as", "Chile", "sought", "to", "punish", "Brazil", "."]
    tags = ["NNP", "VBD", "NNS", "IN", "NNP", "VBD", "TO", "VB", "NNP", "."]
    heads = [1, 1, 1, 5, 5, 1, 7, 5, 7, 1]
    deps = ["nsubj", "ROOT", "dobj", "mark", "nsubj", "advcl", "aux", "xcomp", "dobj", "punct"]
    assert _purpose(words, heads, deps, tags, 1, {7: ["BRA"]}) == []


def test_the_object_nouns_own_clause_lends_no_target():
    # "Canada praised the efforts of Chile to help Brazil .": the clause is the noun's (noun_of_infinitive)
    words = ["Canada", "praised", "the", "efforts", "of", "Chile", "to", "help", "Brazil", "."]
    tags = ["NNP", "VBD", "DT", "NNS", "IN", "NNP", "TO", "VB", "NNP", "."]
    heads = [1, 1, 3, 1, 3, 4, 7, 1, 7, 1]
    deps = ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "aux", "advcl", "dobj", "punct"]
    from newsgraph.events.stage import _purpose_target
    lemmas = [w.lower().rstrip("s") if t == "NNS" else w.lower() for w, t in zip(words, tags)]
    import spacy
    from spacy.tokens import Doc
    d = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags, lemmas=lemmas)
    c = _cand(d[1], source=["CAN"])
    assert _purpose_target(c, [c, _cand(d[7], target=["BRA"])]) == []


@pytest.mark.parametrize("words, tags, heads, deps, verb, clause", [
    # no "to": a participle clause ("Canada imposed tariffs , having warned Brazil .") is no purpose infinitive
    (["Canada", "imposed", "tariffs", ",", "having", "warned", "Brazil", "."],
     ["NNP", "VBD", "NNS", ",", "VBG", "VBN", "NNP", "."], [1, 1, 1, 1, 5, 1, 5, 1],
     ["nsubj", "ROOT", "dobj", "punct", "aux", "advcl", "dobj", "punct"], 1, 5),
    (["Canada", "imposed", "tariffs", ",", "punishing", "Brazil", "."],
     ["NNP", "VBD", "NNS", ",", "VBG", "NNP", "."], [1, 1, 1, 1, 1, 4, 1],
     ["nsubj", "ROOT", "dobj", "punct", "advcl", "dobj", "punct"], 1, 4),
    # a clause with a subject of its own ("for Chile to punish Brazil"; "for Brazil to be punished")
    (["Canada", "imposed", "tariffs", "for", "Chile", "to", "punish", "Brazil", "."],
     ["NNP", "VBD", "NNS", "IN", "NNP", "TO", "VB", "NNP", "."], [1, 1, 1, 6, 6, 6, 1, 6, 1],
     ["nsubj", "ROOT", "dobj", "mark", "nsubj", "aux", "advcl", "dobj", "punct"], 1, 6),
    (["Canada", "imposed", "tariffs", "for", "Brazil", "to", "be", "punished", "."],
     ["NNP", "VBD", "NNS", "IN", "NNP", "TO", "VB", "VBN", "."], [1, 1, 1, 7, 7, 7, 7, 1, 1],
     ["nsubj", "ROOT", "dobj", "mark", "nsubjpass", "aux", "auxpass", "advcl", "punct"], 1, 7),
])
def test_no_purpose_infinitive_no_target(words, tags, heads, deps, verb, clause):
    assert _purpose(words, heads, deps, tags, verb, {clause: ["BRA"]}) == []


def test_a_purpose_naming_the_actor_itself_lends_nothing():
    # "Canada imposed tariffs to protect Canada .": the purpose's target is the act's own source
    words, heads, deps, tags = PUNISH
    assert _purpose(words, heads, deps, tags, 1, {4: ["CAN"]}) == []


@pytest.mark.parametrize("text, types_", [
    # a pressing aim of an act that is no act of force: two acts (the deployment, the pressure)
    ("Britain deployed troops to pressure Russia.", ["MOBILIZE", "REQUEST"]),
    # an act of force whose aim is no pressing one: two acts (the sanction, the support)
    ("Canada imposed sanctions to support Ukraine.", ["SANCTION", "SUPPORT"]),
])
def test_only_a_pressing_aim_of_an_act_of_force_is_one_act(pipeline, text, types_):
    doc = pipeline.extract(text, name="t", published="2026-06-01")
    assert sorted(e.type for e in doc.events) == types_


@pytest.mark.parametrize("noun, flag", [("decision", "future"), ("request", "hypothetical"), ("attempt", None)])
def test_the_flag_of_an_object_nouns_clause_hung_on_the_verb(noun, flag):
    """'Chile welcomed the decision of Peru to lift the curbs.': the parser's advcl on "welcomed" is the noun's clause,
    flagged as the noun says (factuality._proposed_by through syntax.noun_of_infinitive)."""
    import spacy
    from spacy.tokens import Doc
    from newsgraph.events.factuality import _proposed_by
    words = ["Chile", "welcomed", "the", noun, "of", "Peru", "to", "lift", "the", "curbs", "."]
    tags = ["NNP", "VBD", "DT", "NN", "IN", "NNP", "TO", "VB", "DT", "NNS", "."]
    heads = [1, 1, 3, 1, 3, 4, 7, 1, 9, 7, 1]
    deps = ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "aux", "advcl", "det", "dobj", "punct"]
    lemmas = [w.lower().rstrip("s") if t == "NNS" else w.lower() for w, t in zip(words, tags)]
    pos = ["PROPN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PART", "VERB", "DET", "NOUN", "PUNCT"]
    d = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags, lemmas=lemmas, pos=pos)
    assert _proposed_by(d[7]) == flag
    # an act the verb does for a purpose is no proposal: "Chile lifted the curbs to help Peru."
    d2 = Doc(spacy.blank("en").vocab, words=["Chile", "lifted", "the", "curbs", "to", "help", "Peru", "."],
             heads=[1, 1, 3, 1, 5, 1, 5, 1], deps=["nsubj", "ROOT", "det", "dobj", "aux", "advcl", "dobj", "punct"],
             tags=["NNP", "VBD", "DT", "NNS", "TO", "VB", "NNP", "."],
             pos=["PROPN", "VERB", "DET", "NOUN", "PART", "VERB", "PROPN", "PUNCT"],
             lemmas=["chile", "lift", "the", "curb", "to", "help", "peru", "."])
    assert _proposed_by(d2[5]) is None


def _lemmatised(words, heads, deps, tags):
    import spacy
    from spacy.tokens import Doc
    lemmas = [w.lower().rstrip("s") if t == "NNS" else w.lower() for w, t in zip(words, tags)]
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags, lemmas=lemmas)


def test_noun_of_infinitive_needs_an_advcl_opened_by_its_own_to():
    from newsgraph.events.syntax import noun_of_infinitive
    # "Kenya wanted the campaign of Uganda to succeed .": an object-control xcomp, the object is the clause's doer
    d = _lemmatised(["Kenya", "wanted", "the", "campaign", "of", "Uganda", "to", "succeed", "."],
                    [1, 1, 3, 1, 3, 4, 7, 1, 1], ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "aux", "xcomp", "punct"],
                    ["NNP", "VBD", "DT", "NN", "IN", "NNP", "TO", "VB", "."])
    assert noun_of_infinitive(d[7]) is None
    d[7].dep_ = "advcl"  # the same words as the parser's advcl: the noun's clause
    assert noun_of_infinitive(d[7]).i == 3
    # "Kenya welcomed the offer of Uganda for its troops to leave .": the clause opens with "for", not "to"
    d2 = _lemmatised(["Kenya", "welcomed", "the", "offer", "of", "Uganda", "for", "its", "troops", "to", "leave", "."],
                     [1, 1, 3, 1, 3, 4, 10, 8, 10, 10, 1, 1],
                     ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "mark", "poss", "nsubj", "aux", "advcl", "punct"],
                     ["NNP", "VBD", "DT", "NN", "IN", "NNP", "IN", "PRP$", "NNS", "TO", "VB", "."])
    assert noun_of_infinitive(d2[10]) is None
