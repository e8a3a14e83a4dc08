"""Session 55 (s55-attr): a time adjunct of the cue standing between the cue and its complement is the cue's, not the
reported words' ("said on Monday she would run": PolNeAR's train contents leave such an adjunct out 106 times and
keep it 4). The parser sometimes hangs the adjunct on the complement's verb; `indirect._past_cues_time` starts the
content after it. Hand-built parses of sentences of our own, and one through the pipeline."""

from spacy.tokens import Doc

from newsgraph.attribution.indirect import _names_a_time, _past_cues_time


def _doc(pipeline, words, heads, deps, ents=None):
    return Doc(pipeline.nlp.vocab, words=words, heads=heads, deps=deps, ents=ents)


def _start(pipeline, words, heads, deps, ents, cue, clause, a=None):
    doc = _doc(pipeline, words, heads, deps, ents)
    c = doc[clause]
    return _past_cues_time(doc[cue], c, c.left_edge.i if a is None else a)


#            0     1       2     3         4      5        6      7
SAID_ON = (["Jo", "said", "on", "Monday", "she", "would", "run", "."],
           [1, 1, 6, 2, 6, 6, 1, 1], ["nsubj", "ROOT", "prep", "pobj", "nsubj", "aux", "ccomp", "punct"],
           ["O", "O", "O", "B-DATE", "O", "O", "O", "O"])


def test_a_time_prepositional_phrase_hung_on_the_clause_before_its_subject_is_left_out(pipeline):
    assert _start(pipeline, *SAID_ON, cue=1, clause=6) == 4  # "she would run"


def test_a_bare_date_and_a_comma_after_the_adjunct_are_left_out(pipeline):
    words = ["Jo", "told", "us", "Monday", ",", "she", "would", "run", "."]
    heads = [1, 1, 1, 7, 7, 7, 7, 1, 1]
    deps = ["nsubj", "ROOT", "dobj", "npadvmod", "punct", "nsubj", "aux", "ccomp", "punct"]
    ents = ["O", "O", "O", "B-DATE", "O", "O", "O", "O", "O"]
    assert _start(pipeline, words, heads, deps, ents, cue=1, clause=7) == 5  # after the cue's object too


def test_a_place_or_manner_phrase_stays_in_the_content(pipeline):
    words, heads, deps, _ = SAID_ON
    assert _start(pipeline, ["Jo", "said", "on", "air", "she", "would", "run", "."], heads, deps,
                  ["O"] * 8, cue=1, clause=6) == 2


def test_a_time_after_a_complementiser_or_after_the_subject_is_the_contents(pipeline):
    words = ["Jo", "said", "that", "on", "Monday", "she", "would", "run", "."]
    heads = [1, 1, 7, 7, 3, 7, 7, 1, 1]
    deps = ["nsubj", "ROOT", "mark", "prep", "pobj", "nsubj", "aux", "ccomp", "punct"]
    ents = ["O", "O", "O", "O", "B-DATE", "O", "O", "O", "O"]
    assert _start(pipeline, words, heads, deps, ents, cue=1, clause=7, a=3) == 3  # (the stage passes "that" + 1)
    words = ["Jo", "said", "she", "on", "Monday", "would", "run", "."]
    heads = [1, 1, 6, 6, 3, 6, 1, 1]
    deps = ["nsubj", "ROOT", "nsubj", "prep", "pobj", "aux", "ccomp", "punct"]
    ents = ["O", "O", "O", "O", "B-DATE", "O", "O", "O"]
    assert _start(pipeline, words, heads, deps, ents, cue=1, clause=6) == 2


def test_no_subject_after_the_adjunct_or_a_clause_before_the_cue_keeps_the_start(pipeline):
    words = ["Jo", "said", "on", "Monday", "would", "run", "."]
    heads = [1, 1, 5, 2, 5, 1, 1]
    deps = ["nsubj", "ROOT", "prep", "pobj", "aux", "ccomp", "punct"]
    ents = ["O", "O", "O", "B-DATE", "O", "O", "O"]
    assert _start(pipeline, words, heads, deps, ents, cue=1, clause=5) == 2
    #        0     1         2      3        4      5     6       7
    words = ["On", "Monday", "she", "would", "run", ",", "Jo", "said"]
    heads = [4, 0, 4, 4, 7, 7, 7, 7]
    deps = ["prep", "pobj", "nsubj", "aux", "ccomp", "punct", "nsubj", "ROOT"]
    ents = ["O", "B-DATE", "O", "O", "O", "O", "O", "O"]
    assert _start(pipeline, words, heads, deps, ents, cue=7, clause=4) == 0  # the inverted order: all the content's


def test_a_start_the_stage_moved_inside_the_clause_is_kept(pipeline):
    # a start past the clause's left edge (a relative's antecedent skipped) is not the clause's first piece
    assert _start(pipeline, *SAID_ON, cue=1, clause=6, a=3) == 3


def test_a_clause_with_nothing_before_its_verb_keeps_its_start(pipeline):
    words = ["Jo", "said", "run", "now", "."]
    doc = _doc(pipeline, words, [1, 1, 1, 2, 1], ["nsubj", "ROOT", "ccomp", "advmod", "punct"], ["O"] * 5)
    assert _past_cues_time(doc[1], doc[2], 2) == 2


def test_names_a_time_reads_a_prepositions_object_or_the_noun_itself(pipeline):
    words, heads, deps, ents = SAID_ON
    doc = _doc(pipeline, words, heads, deps, ents)
    assert _names_a_time(doc[2]) and _names_a_time(doc[3])
    assert not _names_a_time(doc[4])
    bare = _doc(pipeline, ["Jo", "said", "on", "."], [1, 1, 1, 1], ["nsubj", "ROOT", "prep", "punct"], ["O"] * 4)
    assert not _names_a_time(bare[2])  # a preposition with no object
    timed = _doc(pipeline, ["Jo", "left", "at", "noon"], [1, 1, 1, 2], ["nsubj", "ROOT", "prep", "pobj"],
                 ["O", "O", "O", "B-TIME"])
    assert _names_a_time(timed[2])


def test_the_pipeline_leaves_the_cues_day_out_of_a_bare_complement(pipeline):
    doc = pipeline.extract("Clinton said on Monday she would not drop out of the race.")
    assert [[p.text for p in a.content] for a in doc.attributions] == [["she would not drop out of the race"]]
    doc = pipeline.extract("Clinton said that on Monday she would drop out of the race.")
    assert [[p.text for p in a.content] for a in doc.attributions] == [["that on Monday she would drop out of the race"]]
