"""Session 10: a fuller cue lexicon (verbs, nouns and adjectives of saying, thinking and wanting from general
descriptions of English reporting verbs), with sentences of our own."""

import pytest

from newsgraph.attribution import lexicon
from test_attribution import candidates


def cue_att(doc, cue_text):
    found = [a for a in doc.attributions if a.cue and a.cue.text == cue_text]
    assert found, f"no attribution cued by {cue_text!r}: {[(a.cue and a.cue.text, [p.text for p in a.content]) for a in doc.attributions]}"
    return found[0]


@pytest.mark.parametrize("text, cue, cls, content", [
    ("The governor confessed that he had misled the committee.", "confessed", "speech", "he had misled the committee"),
    ("Several aides grumbled that the schedule was far too tight.", "grumbled", "speech", "the schedule was far too tight"),
    ("Two economists theorized that the slowdown would end by spring.", "theorized", "thought",
     "the slowdown would end by spring"),
    ("Critics castigated the mayor for the delays at the port.", "castigated", "speech", "the mayor for the delays"),
    ("Many farmers despise the new water rules.", "despise", "thought", "the new water rules"),
    ("Young voters yearn for a fresh start.", "yearn", "intention", "a fresh start"),
])
def test_verbs_of_communication_thought_and_desire_are_cues(pipeline, text, cue, cls, content):
    a = cue_att(candidates(pipeline, text), cue)
    assert a.type == cls
    assert content in " ".join(p.text for p in a.content)


def test_nouns_of_saying_and_attitude_are_cues(pipeline):
    doc = candidates(pipeline, "The union's objection to the plan surprised nobody. "
                               "The mayor's apology for the outage came late.")
    assert "the plan" in cue_att(doc, "objection").content[0].text
    assert cue_att(doc, "apology").source.text == "The mayor's"


@pytest.mark.parametrize("text, cue, content", [
    ("Local officials are doubtful that the bridge will open on time.", "doubtful", "the bridge will open on time"),
    ("Union leaders are furious about the new contract.", "furious", "the new contract"),
    ("Some donors are hesitant to give again.", "hesitant", "to give again"),
])
def test_adjectives_of_attitude_on_a_copula_are_cues(pipeline, text, cue, content):
    a = cue_att(candidates(pipeline, text), cue)
    assert a.type in ("thought", "intention") and content in a.content[0].text


def test_ambiguous_and_factive_words_stay_out_of_the_lexicon():
    lex = lexicon.default()
    assert "command" not in lex.verbs and "contest" not in lex.verbs  # "commanded the fleet", "contest the seat"
    assert "revelation" not in lex.nouns  # "the revelation that …" is the writer's fact, not someone's claim
    assert len(lex) >= 700


@pytest.mark.parametrize("text, cue, content", [
    ("The senator lashed out at the new tariffs on Monday.", "lashed", "the new tariffs"),
    ("The governor later downplayed the risk of flooding.", "downplayed", "the risk of flooding"),
    ("Party leaders ruled out a second vote.", "ruled", "a second vote"),
    ("The challenger went after the incumbent's record on schools.", "went", "the incumbent's record on schools"),
])
def test_phrasal_cues_take_the_content_of_their_particle_or_object(pipeline, text, cue, content):
    a = cue_att(candidates(pipeline, text), cue)
    assert content in a.content[0].text


def test_a_phrasal_cue_needs_its_particle_next_to_the_verb(pipeline):
    doc = candidates(pipeline, "The volunteers went home after the long rally.")
    assert not [a for a in doc.attributions if a.cue and a.cue.text == "went"]


def test_phrasal_lines_key_the_verb_by_its_particle(tmp_path):
    path = tmp_path / "cues.tsv"
    path.write_text("say\tspeech\tobj\tv\nspeak out\tspeech\tagainst\tv\n", encoding="utf-8")
    lex = lexicon.Lexicon(path)
    assert lex.phrasal["speak"]["out"].frames == frozenset({"against"}) and "speak" not in lex.verbs
    assert len(lex) == 2


@pytest.mark.parametrize("text, cue", [
    ("Mayor Jane Ortiz was criticized by the council after saying that the budget was balanced.", "saying"),
    ("Besides warning that the bridge was unsafe, Governor Tom Reyes was accused of ignoring the engineers.", "warning"),
])
def test_a_participles_speaker_is_the_passive_main_clauses_subject(pipeline, text, cue):
    doc = candidates(pipeline, text)
    a = cue_att(doc, cue)
    assert a.source is not None and a.source.text.startswith(("Mayor", "Governor")), a.source


@pytest.mark.parametrize("text, cue, source", [
    ("Senator Ann Blake has a long history of blaming the press for her troubles.", "blaming", "Senator Ann Blake"),
    ("The union took the unusual step of criticizing the mayor in public.", "criticizing", "The union"),
])
def test_a_gerund_on_a_verbs_object_takes_the_verbs_subject(pipeline, text, cue, source):
    a = cue_att(candidates(pipeline, text), cue)
    assert a.source is not None and a.source.text == source


def test_an_infinitive_under_a_passive_takes_the_passive_subject(pipeline):
    a = cue_att(candidates(pipeline, "Governor Tom Reyes was pressed to explain the new budget."), "explain")
    assert a.source is not None and a.source.text == "Governor Tom Reyes"


@pytest.mark.parametrize("text, cue, source", [
    ("The senator's failure to condemn the attack angered voters.", "condemn", "The senator"),
    ("In an effort to clarify her remarks, Senator Ann Blake spoke to reporters on Monday.", "clarify", "Senator Ann Blake"),
])
def test_an_infinitive_on_a_noun_takes_its_owner_or_the_clauses_subject(pipeline, text, cue, source):
    a = cue_att(candidates(pipeline, text), cue)
    assert a.source is not None and a.source.text.startswith(source)


def test_in_an_authored_document_the_clauses_subject_speaks_but_a_poll_stays_the_source(pipeline):
    doc = candidates(pipeline, "In a speech on Tuesday, Senator Ann Blake warmed to the idea of a new tax. "
                               "In a poll released Sunday, Senator Ann Blake leads by five points.")
    speech, poll = [a for a in doc.attributions if a.cue and a.cue.text == "In"]
    assert speech.source.text == "Senator Ann Blake"
    assert "poll" in poll.source.text


def _table(cands):
    """Which candidates' contents hold each cue, as group builds it for _unnested."""
    from newsgraph.attribution.stage import _holders, cue_starts

    return _holders(cands, cue_starts(cands))


def test_a_cue_inside_a_rejected_container_is_judged_without_its_nesting(tmp_path):
    import json

    from newsgraph.attribution.filter import Filter
    from newsgraph.attribution.stage import Frame, _unnested

    path = tmp_path / "filter.json"
    path.write_text(json.dumps({"bias": 0.0, "threshold": 0.4, "weights": {"nested": -5.0, "nested_known": -1.0}}))
    flt = Filter(path)
    outer, inner = Frame(cue=(0, 3)), Frame(cue=(10, 17))  # "won … when he claimed that …"
    cands = [(outer, [0], [(4, 60)]), (inner, [1], [(18, 60)])]
    dropped = [(inner, [1], [(18, 60)], "indirect", ["nested", "nested_known", "kind=indirect"])]
    (rescued,) = _unnested(dropped, [], flt, _table(cands))  # the container was rejected: the inner cue stands
    assert rescued[1] is inner and "nested" not in rescued[5]
    kept_outer = [(0.9, outer, [0], [(4, 60)], "indirect", [])]
    assert _unnested(dropped, kept_outer, flt, _table(cands)) == []  # inside a kept attribution it stays out


@pytest.mark.parametrize("text, cue, content", [
    ("The governor walked back his comments about the strike.", "walked", "his comments about the strike"),
    ("Several senators bristled at the new rules.", "bristled", "the new rules"),
    ("The report overstated the cost of the program.", "overstated", "the cost of the program"),
])
def test_retracting_idioms_marvel_and_overstate_verbs_are_cues(pipeline, text, cue, content):
    a = cue_att(candidates(pipeline, text), cue)
    assert content in a.content[0].text


def test_appeal_is_no_verb_cue():
    assert "appeal" not in lexicon.default().verbs  # "appeals to voters": attracts them, says nothing
