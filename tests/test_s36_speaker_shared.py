"""Session 36 (s36-polspk): the speaker of a verb of saying that has no subject of its own.

Two general constructions, own wordings (written before their first run): a verb coordinated with
earlier verbs of the same clause ("X toured the town, met owners and warned that ...") shares their
subject; a free participial adjunct set off by a comma ("X spoke in Akron, warning that ...") is the
act of the clause's subject, not of a noun nearer to it (an object, a place, a time)."""

import pytest


def speaker_at(doc, cue):
    """(source text, speaker entity name or None) of the attribution whose cue is `cue`."""
    found = [a for a in doc.attributions if a.cue and a.cue.text == cue]
    assert found, [(a.cue.text if a.cue else None, a.source.text if a.source else None) for a in doc.attributions]
    a = found[-1]
    ent = doc.entity(a.speaker) if a.speaker else None
    return (a.source.text if a.source else None, ent.name if ent else None)


COORDINATED = [
    ("Laura Pike visited the clinic on Tuesday, thanked the nurses and warned that the budget would be cut.",
     "warned", "Laura Pike"),
    ("Senator Mark Ellison left the hearing early and later insisted that he had done nothing wrong.",
     "insisted", "Mark Ellison"),
    ("The union leaders rejected the offer, walked out of the talks and accused the company of bad faith.",
     "accused", "The union leaders"),
    ("Anna Kessler spoke for twenty minutes, listed her achievements and claimed that crime had fallen.",
     "claimed", "Anna Kessler"),
    ("Robert Lind, who chairs the committee, read a short statement and denied that he had met the lobbyists.",
     "denied", "Robert Lind"),
    ("The board of governors met on Friday, approved the budget and announced that fees would rise.",
     "announced", "The board of governors"),
    ("Helen Ross shrugged off the question, smiled at the cameras and said the campaign was going well.",
     "said", "Helen Ross"),
    ("Jorge Alvarez, the finance minister, returned from Brussels on Sunday but argued that a deal was still far off.",
     "argued", "Jorge Alvarez"),
]

PARTICIPLE = [
    ("Laura Pike spoke at a rally in Akron on Saturday, warning that the plant could close.", "warning", "Laura Pike"),
    ("Mark Ellison signed the order on Monday, arguing that the state could not wait any longer.", "arguing",
     "Mark Ellison"),
    ("The protesters marched to city hall, accusing the mayor of ignoring them.", "accusing", "The protesters"),
    ("Anna Kessler answered questions for an hour, insisting that her plan would cut taxes.", "insisting",
     "Anna Kessler"),
    ("Robert Lind met the families of the victims, telling them that the inquiry would be fair.", "telling",
     "Robert Lind"),
    ("Helen Ross criticized the ruling in a short interview, saying it would hurt small farmers.", "saying",
     "Helen Ross"),
    ("Tom Brandt ended the meeting abruptly, claiming that the vote had been rigged.", "claiming", "Tom Brandt"),
    ("Jorge Alvarez pushed back against his critics on Thursday, describing their charges as baseless.",
     "describing", "Jorge Alvarez"),
]


def _right(got, want):
    source, name = got
    return name == want or (source is not None and source == want)


@pytest.mark.parametrize("text, cue, want", COORDINATED)
def test_a_coordinated_verb_shares_the_clause_subject(pipeline, text, cue, want):
    got = speaker_at(pipeline.extract(text), cue)
    assert _right(got, want), got


@pytest.mark.parametrize("text, cue, want", PARTICIPLE)
def test_a_participle_after_a_comma_is_the_subject_s_act(pipeline, text, cue, want):
    got = speaker_at(pipeline.extract(text), cue)
    assert _right(got, want), got


# --- found on TRAIN-STUDY errors (written before the fix's first run) -------------------------------------------
# American punctuation puts the comma inside the closing mark ('… "a disaster," adding …'): the participle
# after it is still set off by that comma, so it is the reporter's next act, not the reported clause's subject's.
COMMA_INSIDE_QUOTE = [
    ('Cruz said that the plan was "a disaster," adding that it would never pass the Senate.', "adding", "Cruz"),
    ('Laura Pike said the bill was "dead on arrival," warning that the governor would veto it.', "warning",
     "Laura Pike"),
    ('Mark Ellison argued that the tax was "a gift to the rich," saying it should be repealed.', "saying",
     "Mark Ellison"),
    ('The senator told reporters the deal was "the best we could get," insisting that the votes were there.',
     "insisting", "The senator"),
    ('Anna Kessler wrote that the report was "deeply flawed," accusing its authors of bias.', "accusing",
     "Anna Kessler"),
    ('Robert Lind claimed that turnout had been "historic," noting that the lines were long.', "noting",
     "Robert Lind"),
    ('Helen Ross said the ruling was "a victory for farmers," predicting that prices would fall.', "predicting",
     "Helen Ross"),
    ('Tom Brandt replied that the city was "not for sale," arguing that the offer was too low.', "arguing",
     "Tom Brandt"),
]

# Two participles joined by "and"/"but", the first with a complement clause ("conceding that X had slowed but
# insisting that …"): the parser hangs the second on the first's clause; the second is parallel to the first.
PARALLEL_PARTICIPLES = [
    ("Laura Pike spoke for an hour, conceding that the economy had slowed but insisting that her plan would work.",
     "insisting", "Laura Pike"),
    ("Mark Ellison answered briefly, admitting that mistakes were made but denying that anyone had lied.",
     "denying", "Mark Ellison"),
    ("The minister defended the budget, acknowledging that taxes would rise but arguing that services would improve.",
     "arguing", "The minister"),
    ("Anna Kessler took the stage, noting that the polls had tightened and predicting that she would win.",
     "predicting", "Anna Kessler"),
    ("Robert Lind closed the session, saying that the talks had failed and warning that a strike was likely.",
     "warning", "Robert Lind"),
    ("Helen Ross wrote to the board, explaining that funds were short and asking that the project be delayed.",
     "asking", "Helen Ross"),
    ("Tom Brandt addressed the crowd, admitting that the city had been slow but promising that help was coming.",
     "promising", "Tom Brandt"),
    ("Jorge Alvarez held a press conference, claiming that the deficit had shrunk and accusing his rivals of lying.",
     "accusing", "Jorge Alvarez"),
]


@pytest.mark.parametrize("text, cue, want", COMMA_INSIDE_QUOTE)
def test_a_participle_after_a_comma_inside_the_closing_mark_is_the_reporter_s(pipeline, text, cue, want):
    got = speaker_at(pipeline.extract(text), cue)
    assert _right(got, want), got


@pytest.mark.parametrize("text, cue, want", PARALLEL_PARTICIPLES)
def test_a_participle_coordinated_with_an_earlier_one_shares_its_subject(pipeline, text, cue, want):
    got = speaker_at(pipeline.extract(text), cue)
    assert _right(got, want), got


# --- second set, written after the fix and before its first run: does it generalise? -----------------------------
# the second participle hung on the complement's adjective ("was unjust and announcing …") is not found as a
# cue at all (the first attribution's content runs on over it): a cue-detection gap, not a speaker's; left open
UNFOUND = "the second participle is not found as a cue (hung on the complement's adjective)"

SECOND_SET = [
    ("The mayor said the new stadium would be “a money pit,” urging the council to vote it down.", "urging",
     "The mayor"),
    ('Governor Ada Moreno told voters the budget was "balanced at last," promising that no new taxes would come.',
     "promising", "Ada Moreno"),
    ('Paul Okafor insisted the story was "pure fiction," demanding a correction from the paper.', "demanding",
     "Paul Okafor"),
    ('The coach said his team had played "like champions," praising the defence in particular.', "praising",
     "The coach"),
    ("Ada Moreno ended the debate, admitting that her rival had scored points and vowing that she would fight on.",
     "vowing", "Ada Moreno"),
    pytest.param("Paul Okafor left the court, saying that the verdict was unjust and announcing that he would appeal.",
                 "announcing", "Paul Okafor", marks=pytest.mark.xfail(strict=True, reason=UNFOUND)),
    ("The company issued new figures, noting that sales had dropped and warning that jobs could go.", "warning",
     "The company"),
    pytest.param("Lena Varga stood by her record, conceding that the rollout had been slow and blaming the contractors.",
                 "blaming", "Lena Varga", marks=pytest.mark.xfail(strict=True, reason=UNFOUND)),
]


@pytest.mark.parametrize("text, cue, want", SECOND_SET)
def test_second_set_of_shared_subjects(pipeline, text, cue, want):
    got = speaker_at(pipeline.extract(text), cue)
    assert _right(got, want), got


# --- the two helpers on hand-built parses (each condition on its own) -------------------------------------------

from spacy.tokens import Doc  # noqa: E402
from spacy.vocab import Vocab  # noqa: E402

from newsgraph.attribution.speakers import _parallel_participle, _set_off  # noqa: E402


def _doc(rows):
    """rows: (word, tag, dep, head index); a head equal to the row's own index is the root."""
    words, tags, deps, heads = zip(*rows)
    return Doc(Vocab(), words=list(words), tags=list(tags), deps=list(deps), heads=list(heads))


@pytest.mark.parametrize("rows, i, want", [
    ([("adding", "VBG", "ROOT", 0), (",", ",", "punct", 0)], 0, False),           # nothing before
    ([(",", ",", "punct", 1), ("adding", "VBG", "ROOT", 1)], 1, True),            # a comma right before
    ([("a", "DT", "det", 2), (",", ",", "punct", 2), ("saying", "VBG", "ROOT", 2)], 2, True),
    ([(",", ",", "punct", 2), ("x", "NN", "dep", 2), ("saying", "VBG", "ROOT", 2)], 2, False),  # comma two back, no mark
    ([("fine", "JJ", "dep", 2), ("\u201d", "''", "punct", 2), ("adding", "VBG", "ROOT", 2)], 2, False),  # mark, no comma
    ([(",", ",", "punct", 2), ("\u201d", "''", "punct", 2), ("adding", "VBG", "ROOT", 2)], 2, True),  # ,” adding
    ([(",", ",", "punct", 2), ("\u201c", "``", "punct", 2), ("adding", "VBG", "ROOT", 2)], 2, False),  # an opening mark
    ([("\u201d", "''", "punct", 1), ("adding", "VBG", "ROOT", 1), (",", ",", "punct", 1)], 1, False),  # no wrap-around
])
def test_set_off(rows, i, want):
    assert _set_off(_doc(rows)[i]) is want


def _participles(v_dep="conj", v_tag="VBG", h_tag="VBN", h_dep="ccomp", first_tag="VBG", first_after=False):
    """Kessler took it, noting (that) polls tightened and predicting win; the first participle at 4 (or at 10)."""
    f = 10 if first_after else 4
    rows = [("Kessler", "NNP", "nsubj", 1), ("took", "VBD", "ROOT", 1), ("it", "PRP", "dobj", 1), (",", ",", "punct", 1),
            ("noting", first_tag, "advcl", 1), ("that", "IN", "mark", 7), ("polls", "NNS", "nsubj", 7),
            ("tightened", h_tag, h_dep, f), ("and", "CC", "cc", 7), ("predicting", v_tag, v_dep, 7),
            ("win", "VB", "ccomp" if first_after else "dobj", 9)]
    if first_after:
        rows[4] = ("now", "RB", "advmod", 1)
        rows[10] = ("noting", first_tag, "advcl", 1)
    return _doc(rows)


def test_parallel_participle_pairs_with_the_first():
    assert _parallel_participle(_participles()[9]).i == 4


@pytest.mark.parametrize("kw", [
    {"v_dep": "advcl"},        # not a conjunct
    {"v_tag": "VBD"},          # a tensed conjunct is the clause's own
    {"h_tag": "VBG"},          # already a participle's conjunct
    {"h_dep": "advcl"},        # the head is no complement clause
    {"first_tag": "VBD"},      # the complement is no participle's
    {"first_after": True},     # the "first" participle comes after the clause
])
def test_parallel_participle_needs_every_condition(kw):
    assert _parallel_participle(_participles(**kw)[9]) is None
