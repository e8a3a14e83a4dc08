"""The kept-commitment reading's adverbial branch (`events.stage._kept_commitment`): the parser hangs "to bomb"
on the keeping verb (advcl) as often as on the commitment noun (acl), but our own sentences for the branch came out
acl (docs/testing.md, Session 43, s43-wire: three mutants open). Hand-built parses give the branch its cases."""

import pytest
import spacy
from spacy.tokens import Doc

from newsgraph.events import stage

_VOCAB = spacy.blank("en").vocab


def _doc(rows):
    """rows: (word, lemma, pos, tag, dep, head index)."""
    words, lemmas, pos, tags, deps, heads = zip(*rows)
    return Doc(_VOCAB, words=list(words), lemmas=list(lemmas), pos=list(pos), tags=list(tags), deps=list(deps),
               heads=list(heads))


def _threat_sentence(verb, lemma, particle, obj_det, obj, obj_lemma):
    """"Rebels VERB [PARTICLE] DET OBJ to bomb the bridge", with "to bomb" an adverbial of the verb."""
    rows = [("Rebels", "rebel", "NOUN", "NNS", "nsubj", 1), (verb, lemma, "VERB", "VBD", "ROOT", 1)]
    if particle:
        rows.append((particle, particle, "ADP", "RP", "prt", 1))
    k = len(rows)
    rows += [(obj_det, obj_det, "PRON", "PRP$", "poss", k + 1), (obj, obj_lemma, "NOUN", "NN", "dobj", 1),
             ("to", "to", "PART", "TO", "aux", k + 3), ("bomb", "bomb", "VERB", "VB", "advcl", 1),
             ("the", "the", "DET", "DT", "det", k + 5), ("bridge", "bridge", "NOUN", "NN", "dobj", k + 3)]
    doc = _doc(rows)
    return doc, doc[k + 3], doc[1], doc[k + 1]


def test_an_adverbial_act_of_a_kept_threat_is_the_act_done():
    doc, act, verb, noun = _threat_sentence("carried", "carry", "out", "their", "threat", "threat")
    kept = stage._kept_commitment(act)
    assert kept is not None and (kept[0].i, kept[1].i) == (verb.i, noun.i)


@pytest.mark.parametrize("verb, lemma, particle, obj", [
    ("carried", "carry", "out", "raid"),      # the object is no commitment: "carried out the raid to free"
    ("issued", "issue", None, "threat"),      # a commitment made, not kept: "issued their threat to bomb"
    ("carried", "carry", None, "threat"),     # "carry" says "kept" only with its particle
])
def test_an_adverbial_act_of_no_kept_commitment_is_not_read_as_done(verb, lemma, particle, obj):
    doc, act, _, _ = _threat_sentence(verb, lemma, particle, "their", obj, obj)
    assert stage._kept_commitment(act) is None


def _on_phrase(verb, lemma, word, prep):
    """"Rebels VERB WORD PREP their threat to bomb the bridge" ("made good on"), "to bomb" an adverbial."""
    rows = [("Rebels", "rebel", "NOUN", "NNS", "nsubj", 1), (verb, lemma, "VERB", "VBD", "ROOT", 1),
            (word, word, "ADJ", "JJ", "acomp", 1), (prep, prep, "ADP", "IN", "prep", 1),
            ("their", "their", "PRON", "PRP$", "poss", 5), ("threat", "threat", "NOUN", "NN", "pobj", 3),
            ("to", "to", "PART", "TO", "aux", 7), ("bomb", "bomb", "VERB", "VB", "advcl", 1)]
    return _doc(rows)


def test_an_adverbial_act_of_a_threat_made_good_on_is_the_act_done():
    doc = _on_phrase("made", "make", "good", "on")
    kept = stage._kept_commitment(doc[7])
    assert kept is not None and (kept[0].i, kept[1].i) == (1, 5)


def test_an_adverbial_act_after_another_preposition_is_not_read_as_done():
    doc = _on_phrase("made", "make", "good", "about")  # "spoke about", "made good about": no keeping
    assert stage._kept_commitment(doc[7]) is None


def test_a_finite_adverbial_is_no_act_of_a_commitment():
    doc, act, _, _ = _threat_sentence("carried", "carry", "out", "their", "threat", "threat")
    words = [t.text for t in doc]
    rows = [(t.text, t.lemma_, t.pos_, t.tag_, t.dep_, t.head.i) for t in doc]
    i = words.index("to")
    rows[i] = ("would", "would", "AUX", "MD", "aux", rows[i][5])  # "... their threat they would bomb": no "to"
    assert stage._kept_commitment(_doc(rows)[act.i]) is None


# ---- roles.find_roles (s43-petr widened it to an agent word the tagger calls an adjective, with the user's agents)

def test_a_role_word_before_its_noun_is_a_role_of_its_own_only_with_the_users_agents(pipeline, tmp_path):
    from newsgraph.actors.roles import find_roles
    from test_actors_article import actors_stage, context_after

    agents = tmp_path / "my.agents"
    agents.write_text("REBEL [~REB]\nMILITIAMAN {MILITIAMEN} [~UAF]\n")
    text = "The rebel commanders met."
    plain = context_after(pipeline, text, find_roles)
    user = context_after(pipeline, text, find_roles, stage=actors_stage(pipeline.nlp, agent_dicts=(str(agents),)))
    assert [plain.sd[s:e].text for s, e in plain.role_spans] == ["commanders"]  # no agents: the built-in reading
    assert [user.sd[s:e].text for s, e in user.role_spans] == ["rebel", "commanders"]  # PETRARCH's agent word
    other = tmp_path / "other.agents"  # the user's agents, none naming the word: our table's role stays unread
    other.write_text("MILITIAMAN {MILITIAMEN} [~UAF]\n")
    theirs = context_after(pipeline, text, find_roles, stage=actors_stage(pipeline.nlp, agent_dicts=(str(other),)))
    assert [theirs.sd[s:e].text for s, e in theirs.role_spans] == ["commanders"]


def test_a_role_marks_its_own_tokens_only(pipeline):
    from newsgraph.actors.roles import find_roles
    from test_actors_article import context_after

    ctx = context_after(pipeline, "He met the interior minister on Sunday.", find_roles)
    assert dict(ctx.in_role) == {3: 2, 4: 2} and ctx.role_start_len == {3: 2}
