"""ACLED sub-event types, session 34 (s34-acled, issue 11: held-aside macro-F1 0.5865 [0.60]). Own sentences labelled
from the ACLED codebook before their first run (docs/accuracy.md, "Session 34, s34-acled"): tests/data/s34_acled_probes1.tsv
(the four families session 33 left alone), s34_acled_probes2.tsv (new wordings, written after the fixes),
s34_acled_probes3.tsv (Disrupted weapons use told by a reduced passive relative after a verb of saying). The families
fixed: an armed group's dissidents coded as the group (`actors.codes._armed_dissidents`); workers on strike named by
their trade as demonstrators (`acled.PROTEST_WORDS`, `acled.STRIKING_TRADE`); tear gas, water cannon and baton charges
as crowd control whoever they are used on (lexicon); bombs and bomb workshops dismantled (lexicon "dismantle", and the
"X-making" adjective's X read as the object's, `coder._condition_words`); a compound participle of crowd control before
a noun ("tear-gassed protesters": `coder.means_participle`); a bare past participle with a subject read as the
parser's misreading of a reduced passive relative ("said the bomb discovered in X was ...": `syntax.bare_participle`).
Known misses are strict xfails, so a fix of one shows."""
from types import SimpleNamespace

import pytest

from eventsutil import probe_rows, acled_predicted
from newsgraph.events import acled, coder, syntax

KNOWN_MISSES = {  # each wrong on base 210b9b62 too; the cause in docs/accuracy.md, Session 34, s34-acled
    # the parser reads "laboratories" as the subject of "run by the militants", so "dismantled" has no object
    "The army said its forces had dismantled two explosives laboratories run by the militants.",
    # the bombs are named in a relative clause beyond the destroy window's 30 characters: the factory is read as the
    # place of an IED attack
    "The military destroyed a factory where the rebels assembled roadside bombs.",
    # the parser makes "-cannoned demonstrators" one name, no participle
    "Water-cannoned demonstrators refused to leave the square.",
    # the means of crowd control bought or ordered are read as used (the nouns' senses know no verb of acquiring)
    "The police department bought new pepper spray for its officers.",
    "The police ordered more tear gas ahead of the summit.",
    # "seized at the port": the preposition's object is read among the seizure's, and "port" is territory's (CAMEO 192)
    "He said the weapons seized at the port had come from abroad.",
    # "device" is left out of discover's objects (session 33: "found a fault in the device")
    "Investigators said the device discovered under the car was ready to explode.",
}


def _rows():
    return probe_rows(("s34_acled_probes1.tsv", "s34_acled_probes2.tsv", "s34_acled_probes3.tsv"), KNOWN_MISSES, 3)


@pytest.mark.parametrize("want, text", list(_rows()))
def test_probe(pipeline, want, text):
    assert acled_predicted(pipeline, text) == want


@pytest.mark.parametrize("text, strikers", [
    ("striking nurses", True), ("Striking textile workers", True), ("striking bus drivers", True),
    ("striking civil servants", True), ("a strike by coal miners", True), ("dockworkers on strike", True),
    ("striking workers' union", True),
    ("a missile striking a school", False), ("a striking resemblance", False), ("the strike by government forces", False),
    ("striking a deal with employers", False),  # no trade right after "striking" (at most two words between)
    ("strikes by drones", False),
])
def test_strikers_by_trade_are_protest_words(text, strikers):
    assert bool(acled.PROTEST_WORDS.search(text)) is strikers


def test_protest_words_keep_their_words():
    assert acled.PROTEST_WORDS.search("a sit-in") and acled.PROTEST_WORDS.search("the strikers")
    assert not acled.PROTEST_WORDS.search("striking")  # alone, no trade


def _tok(dep, tag, children=(), head_pos="NOUN"):
    return SimpleNamespace(dep_=dep, tag_=tag, children=list(children), head=SimpleNamespace(pos_=head_pos))


def _child(dep, lemma):
    return SimpleNamespace(dep_=dep, lemma_=lemma)


@pytest.mark.parametrize("tok, yes", [
    (_tok("amod", "VBN", [_child("npadvmod", "tear")]), True),
    (_tok("amod", "VBN", [_child("npadvmod", "Baton")]), True),          # (the parser's proper noun "Baton")
    (_tok("amod", "VBN", [_child("compound", "tear")]), False),          # the parser hangs the means as npadvmod
    (_tok("amod", "VBN", [_child("npadvmod", "pepper")]), True),
    (_tok("amod", "VBN", [_child("npadvmod", "car")]), False),           # "car-bombed" is no crowd's policing
    (_tok("amod", "VBN"), False),                                        # "wounded soldiers": a description
    (_tok("amod", "JJ", [_child("npadvmod", "tear")]), False),
    (_tok("acl", "VBN", [_child("npadvmod", "tear")]), False),
    (_tok("amod", "VBN", [_child("nsubj", "tear")]), False),
    (_tok("amod", "VBN", [_child("npadvmod", "tear")], head_pos="VERB"), False),
])
def test_means_participle(tok, yes):
    assert coder.means_participle(tok) is yes


def test_making_adjective_names_the_object(pipeline):
    # "a bomb-making factory": the parser hangs "bomb" on "making"; the object's words have it, as "a bomb factory"
    doc = pipeline.nlp("Soldiers dismantled a bomb-making factory.")
    verb = next(t for t in doc if t.lemma_ == "dismantle")
    objs = coder._condition_words(verb)[0]
    assert {"factory", "bomb"} <= objs


@pytest.mark.parametrize("text, name, code", [
    ("FARC dissidents attacked an army patrol.", "FARC dissidents", "COLREB"),
    ("ETA dissidents planted a bomb.", "ETA dissidents", "ESPREB"),
    ("Police arrested three dissidents.", "three dissidents", "OPP"),       # no armed group: the opposition
    ("Communist Party dissidents met in Beijing.", "Communist Party dissidents", None),  # a party's: not armed
])
def test_armed_groups_dissidents(pipeline, text, name, code):
    doc = pipeline.extract(text, name="t", published="2016-05-10")
    actor = next(e for e in doc.entities if e.name == name).actor
    if code is None:
        assert actor.sector not in ("REB", "INS", "SEP", "UAF")
    else:
        assert actor.code == code


@pytest.mark.parametrize("text, verb, bare", [
    ("Police believe the grenades found in the flat were stolen from an army depot.", "found", True),
    ("The army said the rockets intercepted over the city had been fired from the south.", "intercepted", True),
    ("Police said the bomb exploded in a crowded market.", "exploded", False),        # a finite verb (VBD)
    ("Police said the rebels had retreated.", "retreated", False),                   # an auxiliary: finite
])
def test_bare_participle_parses(pipeline, text, verb, bare):
    tok = next(t for t in pipeline.nlp(text) if t.text == verb)
    assert syntax.bare_participle(tok) is bare
    assert (syntax.undergoers(tok) == [c for c in tok.children if c.dep_ == "nsubj"]) is bare
    if bare:
        assert syntax.is_passive(tok)


def _verb(tag, dep, *deps):
    return SimpleNamespace(tag_=tag, dep_=dep, children=[SimpleNamespace(dep_=d) for d in deps])


@pytest.mark.parametrize("v, bare", [
    (_verb("VBN", "ccomp", "nsubj", "prep"), True),
    (_verb("VBN", "csubj", "nsubj"), True),
    (_verb("VBN", "csubjpass", "nsubj"), True),
    (_verb("VBD", "ccomp", "nsubj"), False),
    (_verb("VBN", "acl", "nsubj"), False),
    (_verb("VBN", "ROOT", "nsubj"), False),
    (_verb("VBN", "ccomp", "prep"), False),              # no subject
    (_verb("VBN", "ccomp", "nsubj", "aux"), False),
    (_verb("VBN", "ccomp", "nsubj", "auxpass"), False),
    (_verb("VBN", "ccomp", "nsubj", "nsubjpass"), False),
    (_verb("VBN", "ccomp", "nsubj", "dobj"), False),
])
def test_bare_participle(v, bare):
    assert syntax.bare_participle(v) is bare


def _node(dep, tag, children=(), head_pos="NOUN", head_i=0, i=2):
    head = SimpleNamespace(pos_=head_pos, i=head_i)
    return SimpleNamespace(dep_=dep, tag_=tag, i=i, head=head, children=list(children))


@pytest.mark.parametrize("tok, hangs", [
    (_node("acl", "VBN"), True),                                      # "the bomb discovered in the van"
    (_node("acl", "VBN", [_child("prep", "in")]), True),
    (_node("acl", "VBN", [_child("dobj", "x")]), False),             # an object of its own: active
    (_node("acl", "VBN", [_child("nsubj", "x")]), False),
    (_node("acl", "VBN", [_child("nsubjpass", "x")]), False),
    (_node("acl", "VBN", head_i=3), False),                           # hung on a noun after it
    (_node("acl", "VBN", head_i=2), False),                           # (the token itself)
    (_node("acl", "VBN", head_pos="VERB"), False),
    (_node("acl", "VBD"), False),
    (_node("ROOT", "VBD"), False),
    (_node("amod", "VBN", [_child("npadvmod", "tear")], head_i=3), True),   # "tear-gassed protesters" (session 34)
    (_node("amod", "VBN", [_child("npadvmod", "car")], head_i=3), False),
])
def test_participle_head(tok, hangs):
    assert coder._participle_head(tok) == ([tok.head] if hangs else [])


@pytest.mark.parametrize("role, org_sector, attrs, want", [
    ("dissident", "REB", {}, "REB"),
    ("dissident", "UAF", {}, "UAF"),
    ("dissident", "PTY", {}, "OPP"),                         # a party's dissidents: no armed faction
    ("activist", "REB", {}, "OPP"),                          # only the dissidents split off with arms
    ("dissident", "REB", {"agent": ("DIS", True)}, "OPP"),   # a user agent's code for the word decides, as elsewhere
])
def test_armed_dissidents_rule(role, org_sector, attrs, want):
    from newsgraph.actors import codes
    o = SimpleNamespace(sector=org_sector)
    c = SimpleNamespace(role=role, sector="OPP", attrs={"org": o, **attrs})
    lone = SimpleNamespace(role="dissident", sector="OPP", attrs={})  # no group named
    codes._armed_dissidents(SimpleNamespace(clusters=[c, lone]))
    assert c.sector == want and lone.sector == "OPP"
