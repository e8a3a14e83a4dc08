"""The quotes stage (attribution/stage.py) on small texts of my own, each pinning the exact output of the
real pipeline where a mutant of the session-12 run over the functions changed since their last run changed
it (docs/testing.md, "Session 12, s12-mut-attr")."""

from __future__ import annotations

import pytest


def quotes(doc):
    """(kind, text, cue, speaker text) of every quote, in text order."""
    return [(q.kind, q.text, q.cue.text if q.cue else None, q.speaker_text) for q in doc.quotes]


def attributions(doc):
    """(kind, content pieces, cue, source) of every attribution, in text order."""
    return [(a.kind, [c.text for c in a.content], a.cue.text if a.cue else None, a.source.text if a.source else None)
            for a in doc.attributions]


# --- which cues a content holds (cue_starts, _nesting) ------------------------------------------------------


def test_a_verb_outside_the_lexicon_inside_a_content_is_no_known_cue(pipeline):
    # "raise" is only a generic proposal: "require"'s clause holds no lexicon cue, so it gains no weight from
    # holding one, and the filter leaves the weak generic "require" out
    doc = pipeline.extract("The new rules require that banks raise more cash.")
    assert quotes(doc) == [] and attributions(doc) == []


# --- "according to X" closing a sentence vouches for all of it (_according_content, _last_word) -----------


def test_according_to_closing_a_sentence_of_two_coordinated_clauses_takes_both(pipeline):
    doc = pipeline.extract("Prices rose sharply and wages fell, according to the central bank.")
    assert quotes(doc) == [("indirect", "Prices rose sharply and wages fell", "according to", "the central bank")]
    assert attributions(doc) == [("indirect", ["Prices rose sharply and wages fell"], "according to",
                                  "the central bank")]


# --- a direct quote governed by a lexicon verb outside SAY_VERBS (_quote_cue) ------------------------------


def test_a_direct_quote_governed_by_a_lexicon_speech_verb_is_its_speakers(pipeline):
    doc = pipeline.extract("The old farmer later lamented, “The orchard is gone for good.”")
    assert quotes(doc) == [("direct", "The orchard is gone for good.", "lamented", "The old farmer")]
    assert attributions(doc) == [("direct", ["“The orchard is gone for good.”"], "lamented", "The old farmer")]
    assert doc.attributions[0].type == "speech"


def test_a_direct_quote_governed_by_a_thought_verb_quotes_no_one(pipeline):
    doc = pipeline.extract("The coach believed, “We can still win the cup.”")
    assert quotes(doc) == [("direct", "We can still win the cup.", None, None)] and attributions(doc) == []


# --- "X said:" is no "Name: claim" headline (_says, _headlines) --------------------------------------------


def test_a_first_paragraph_name_said_colon_quote_is_one_direct_quote_not_a_headline(pipeline):
    doc = pipeline.extract("Mayor John Smith said: “The bridge will close in May for repairs.”")
    assert quotes(doc) == [("direct", "The bridge will close in May for repairs.", "said", "Mayor John Smith")]
    assert attributions(doc) == [("direct", ["“The bridge will close in May for repairs.”"], "said",
                                  "Mayor John Smith")]


def test_a_headline_whose_prefix_has_a_verb_other_than_saying_is_still_a_headline(pipeline):
    doc = pipeline.extract("Voters Speak: The Bridge Must Stay Open For Good\n\nThe council met on Monday.")
    assert quotes(doc) == [("indirect", "The Bridge Must Stay Open For Good", ":", "Voters Speak")]


# --- "according to X" pieces lose the punctuation that set the phrase off (_strip_punct) --------------------


def test_according_to_in_brackets_leaves_no_bracket_on_either_piece(pipeline):
    doc = pipeline.extract("The bridge will close (according to the city engineer) in May.")
    assert attributions(doc) == [("indirect", ["The bridge will close", "in May"], "according to",
                                  "the city engineer")]


def test_according_to_after_a_one_word_subject_keeps_that_word(pipeline):
    doc = pipeline.extract("Prices, according to the central bank, rose sharply.")
    assert attributions(doc) == [("indirect", ["Prices", "rose sharply"], "according to", "the central bank")]


# --- a speaker phrase holding its own cue ends before it (Frame.resolve) -----------------------------------


def test_a_participle_cues_source_phrase_ends_before_the_participle(pipeline):
    doc = pipeline.extract("A poll showing that Clinton leads in Ohio was released on Monday.")
    assert quotes(doc) == [("indirect", "Clinton leads in Ohio", "showing", "A poll")]
    assert attributions(doc) == [("indirect", ["that Clinton leads in Ohio"], "showing", "A poll")]
    assert doc.attributions[0].speaker is None


# --- a verb of manner before the colon: the clause's last seven words (_manner_verb) -----------------------


def test_a_manner_verb_more_than_seven_words_before_the_colon_frames_nothing(pipeline):
    doc = pipeline.extract("Hartley boomed to the huge crowd in the hall: “This is fantastic!”")
    assert quotes(doc) == [("direct", "This is fantastic!", None, None)] and attributions(doc) == []
    doc = pipeline.extract("Hartley boomed to the crowd in the hall: “This is fantastic!”")
    assert quotes(doc) == [("direct", "This is fantastic!", "boomed", "Hartley")]


# --- candidates dropped as nested, judged again when no container was kept (_unnested) ----------------------


def _table(cands):
    """Which candidates' contents hold each cue, as group builds it for _unnested."""
    from newsgraph.attribution.stage import _holders, cue_starts

    return _holders(cands, cue_starts(cands))


def _filter(tmp_path, threshold=0.4):
    import json

    from newsgraph.attribution.filter import Filter

    path = tmp_path / "filter.json"
    path.write_text(json.dumps({"bias": 0.0, "threshold": threshold, "weights": {"nested": -5.0, "nested_known": -1.0}}))
    return Filter(path)


def test_unnested_rescues_a_candidate_whose_container_was_not_kept_whatever_else_was(tmp_path):
    from newsgraph.attribution.stage import Frame, _unnested

    flt = _filter(tmp_path)
    outer, inner, other = Frame(cue=(0, 3)), Frame(cue=(10, 17)), Frame(cue=(70, 75))
    cands = [(outer, [0], [(4, 60)]), (inner, [1], [(18, 60)]), (other, [2], [(76, 90)])]
    dropped = [(inner, [1], [(18, 60)], "indirect", ["nested", "kind=indirect", "nested_known"])]
    kept_elsewhere = [(0.9, other, [2], [(76, 90)], "indirect", [])]  # kept, but its content holds no dropped cue
    (rescued,) = _unnested(dropped, kept_elsewhere, flt, _table(cands))
    assert rescued == (0.5, inner, [1], [(18, 60)], "indirect", ["kind=indirect"])


def test_unnested_edges_a_kept_content_starting_at_the_cue_holds_it_one_ending_there_does_not(tmp_path):
    from newsgraph.attribution.stage import Frame, _unnested

    flt = _filter(tmp_path)
    inner = Frame(cue=(10, 17))
    dropped = [(inner, [1], [(18, 60)], "indirect", ["nested"])]
    starts_at_cue = Frame(cue=(0, 3))
    cands = [(starts_at_cue, [0], [(10, 60)]), (inner, [1], [(18, 60)])]
    assert _unnested(dropped, [(0.9, starts_at_cue, [0], [(10, 60)], "indirect", [])], flt, _table(cands)) == []
    ends_at_cue = Frame(cue=(0, 3))
    cands = [(ends_at_cue, [0], [(4, 10)]), (inner, [1], [(18, 60)])]
    assert [x[1] for x in _unnested(dropped, [(0.9, ends_at_cue, [0], [(4, 10)], "indirect", [])], flt, _table(cands))] == [inner]


def test_unnested_goes_on_past_a_candidate_that_stays_out_and_skips_one_without_a_cue(tmp_path):
    from newsgraph.attribution.stage import Frame, _unnested

    flt = _filter(tmp_path)
    outer, held, free, cueless = Frame(cue=(0, 3)), Frame(cue=(10, 17)), Frame(cue=(70, 75)), Frame()
    cands = [(outer, [0], [(4, 60)]), (held, [1], [(18, 60)]), (free, [2], [(76, 90)]), (cueless, [3], [(91, 99)])]
    dropped = [(cueless, [3], [(91, 99)], "direct", ["nested"]), (held, [1], [(18, 60)], "indirect", ["nested"]),
               (free, [2], [(76, 90)], "indirect", ["nested"])]
    kept = [(0.9, outer, [0], [(4, 60)], "indirect", [])]
    assert [x[1] for x in _unnested(dropped, kept, flt, _table(cands))] == [free]


def test_unnested_keeps_a_candidate_scoring_exactly_the_threshold(tmp_path):
    from newsgraph.attribution.stage import Frame, _unnested

    flt = _filter(tmp_path, threshold=0.5)  # no weight: the score is exactly 0.5
    inner = Frame(cue=(10, 17))
    cands = [(Frame(cue=(0, 3)), [0], [(4, 60)]), (inner, [1], [(18, 60)])]
    assert [x[0] for x in _unnested([(inner, [1], [(18, 60)], "indirect", ["nested"])], [], flt, _table(cands))] == [0.5]


# --- a Title Case title's cue read as a name (_title_cue) -------------------------------------------------


def test_a_bare_lexicon_verb_after_a_common_plural_in_a_title_is_the_cue(pipeline):
    doc = pipeline.extract("Young Doctors Slam Pay Deal\n\nThe council met on Monday.")  # "Doctors": NNS
    assert quotes(doc) == [("indirect", "Pay Deal", "Slam", "Young Doctors")]
    assert attributions(doc) == [("indirect", ["Pay Deal"], "Slam", "Young Doctors")]


def test_a_word_after_a_plural_in_a_title_is_a_cue_only_if_it_is_a_lexicon_verb(pipeline):
    doc = pipeline.extract("Senate Democrats Budget Plan Draws Fire\n\nThe council met on Monday.")
    assert quotes(doc) == [] and attributions(doc) == []


# --- the nearest lexicon verb of speaking or writing before a direct quote (_nearest_speech_verb) ----------


def test_a_writing_verb_just_before_a_direct_quote_that_governs_nothing_is_its_cue(pipeline):
    doc = pipeline.extract("At the bottom of the letter it reads, “We will not give up the harbour.”")
    assert quotes(doc) == [("direct", "We will not give up the harbour.", "reads", "it")]
    assert attributions(doc) == [("direct", ["“We will not give up the harbour.”"], "reads", "it")]
    assert doc.attributions[0].type == "writing"


def test_according_as_the_texts_last_word_is_no_cue_and_no_crash(pipeline):
    doc = pipeline.extract("Everything went according")
    assert quotes(doc) == [] and attributions(doc) == []


def test_according_to_closing_a_sentence_vouches_for_the_main_clause_over_its_complement(pipeline):
    doc = pipeline.extract("The mayor said the bridge will close, according to two aides.")
    assert quotes(doc) == [("indirect", "The mayor said the bridge will close", "according to", "two aides"),
                           ("indirect", "the bridge will close", "said", "The mayor")]
    assert attributions(doc) == [("indirect", ["The mayor said the bridge will close"], "according to", "two aides")]


# --- a name alone before the colon opening a quote (_named_colon) -------------------------------------------


def test_a_paragraph_naming_a_person_before_a_colon_gives_the_next_quote_its_speaker(pipeline):
    doc = pipeline.extract("More from Senator Anna Lopez:\n\n“We will build the bridge before winter.”")
    assert quotes(doc) == [("direct", "We will build the bridge before winter.", ":", "Anna Lopez")]
    assert attributions(doc) == [("direct", ["“We will build the bridge before winter.”"], ":", "Anna Lopez")]
    assert doc.attributions[0].speaker == doc.quotes[0].speaker is not None


# --- a verb of saying after a quote that ends its sentence introduces the next quote (_introduces_next) ----


def test_a_verb_of_saying_between_two_quotes_is_the_second_ones_cue(pipeline):
    doc = pipeline.extract("The mayor smiled. “I was just kidding.” To which his wife said, “Thank God for that.”")
    assert quotes(doc) == [("direct", "I was just kidding.", None, None),
                           ("direct", "Thank God for that.", "said", "his wife")]
    assert attributions(doc) == [("direct", ["“Thank God for that.”"], "said", "his wife")]
    doc = pipeline.extract("Tom Reed laughed. “We won!” Then his wife said, “Thank God for that.”")
    assert quotes(doc) == [("direct", "We won!", None, None), ("direct", "Thank God for that.", "said", "his wife")]
    doc = pipeline.extract("Tom Reed frowned. “Are you serious?” Then his wife replied: “Of course I am.”")
    assert quotes(doc) == [("direct", "Are you serious?", None, None),
                           ("direct", "Of course I am.", "replied", "his wife")]


def test_a_verb_of_saying_after_a_quote_with_no_next_quote_is_that_quotes_cue(pipeline):
    doc = pipeline.extract("Tom Reed frowned. “Are you serious?” his wife asked.")
    assert quotes(doc) == [("direct", "Are you serious?", "asked", "his wife")]
    assert attributions(doc) == [("direct", ["“Are you serious?”"], "asked", "his wife")]


# --- what someone says in their own speech or letter is theirs (_document_attribution) ---------------------


@pytest.mark.parametrize("who", ["Anna Lopez", "he", "she", "they", "we", "I"])
def test_a_clause_after_in_a_speech_is_its_subjects_when_a_person_or_pronoun(pipeline, who):
    doc = pipeline.extract(f"In a speech on Tuesday, {who} opened the new bridge.")
    assert attributions(doc) == [("indirect", [f"{who} opened the new bridge"], "In", who)]
    assert doc.attributions[0].medium == "speech"


def test_a_clause_after_in_a_letter_is_its_organisation_subjects(pipeline):
    doc = pipeline.extract("In a letter to parents, Greenfield School closed its gym.")
    assert attributions(doc) == [("indirect", ["Greenfield School closed its gym"], "In", "Greenfield School")]
    assert doc.attributions[0].speaker is not None and doc.attributions[0].medium == "letter"


def test_a_polls_finding_stays_the_polls(pipeline):
    doc = pipeline.extract("In a poll released Sunday, Clinton leads by five points.")
    assert attributions(doc) == [("indirect", ["Clinton leads by five points"], "In", "a poll released Sunday")]


# --- "Name: claim" headlines and transcript lines (_headlines) ---------------------------------------------


def colon_lines(doc):
    """(content, source) of the attributions a colon cues (headlines and transcript lines)."""
    return [(a.content[0].text, a.source.text if a.source else None) for a in doc.attributions if a.cue and a.cue.text == ":"]


BODY = "The council met on Monday."


@pytest.mark.parametrize("text, lines", [
    # a first paragraph of two lines is no headline
    ("Anna Lopez: The bridge must stay open for good\nand so must the road.\n\n" + BODY, []),
    # a transcript line with four colons is no transcript line; three are allowed
    (BODY + "\n\nJAKE TAPPER: Trains leave at 9:00, 10:00 and 11:00 today.", []),
    (BODY + "\n\nJAKE TAPPER: Trains leave at 9:00 and 10:00 today.", [("Trains leave at 9:00 and 10:00 today.", "JAKE TAPPER")]),
    # a first paragraph "X said:" is skipped, and the paragraphs after it are still read
    ("Mayor John Smith said: “The bridge will close in May for repairs.”\n\nJAKE TAPPER: Thank you for joining us today.",
     [("Thank you for joining us today.", "JAKE TAPPER")]),
    # a name taking less than half the prefix does not make it a named headline
    ("Good News For Anna Lopez Today: Voters Back The Bridge\n\n" + BODY,
     [("Voters Back The Bridge", "Good News For Anna Lopez Today")]),
    # an unnamed headline prefix of six capitalised words at most, a capitals transcript name of four words at most
    ("Poll Of Voters In Three Towns: Support Grows For The Bridge\n\n" + BODY,
     [("Support Grows For The Bridge", "Poll Of Voters In Three Towns")]),
    ("Poll Of Voters In Three Small Towns: Support Grows For The Bridge\n\n" + BODY, []),
    (BODY + "\n\nJAKE TAPPER OF CNN: Thank you for joining us today.", [("Thank you for joining us today.", "JAKE TAPPER OF CNN")]),
    (BODY + "\n\nJAKE TAPPER OF CNN NEWS: Thank you for joining us today.", []),
])
def test_headline_and_transcript_prefix_limits(pipeline, text, lines):
    doc = pipeline.extract(text)
    assert colon_lines(doc) == lines
    if "Good News" in text:
        assert doc.attributions[0].speaker is None


# --- the candidate choice: features and the filter (group) -------------------------------------------------


def test_a_coordinated_second_cue_below_the_filters_threshold_is_left_out(pipeline):
    doc = pipeline.extract("The mayor blamed the council and cast the vote as a mistake.")
    assert attributions(doc) == [("indirect", ["the council"], "blamed", "The mayor")]


# --- verb cues: raising verbs, addressee passives, "As X noted" (_verb_attribution) ------------------------


def test_a_raising_verbs_subject_is_the_source_unless_it_is_it(pipeline):
    doc = pipeline.extract("It seems that the plan will fail.")
    assert attributions(doc) == [("indirect", ["that the plan will fail"], "seems", None)]
    assert doc.attributions[0].type == "thought"
    doc = pipeline.extract("The mayor seems to believe that the plan will fail.")
    assert [(a.cue.text, a.source.text if a.source else None) for a in doc.attributions] == [("seems", "The mayor")]
    assert doc.attributions[0].speaker is not None


def test_an_addressee_passive_attributes_only_what_was_asked_about(pipeline):
    doc = pipeline.extract("The mayor was asked about the bridge.")
    assert attributions(doc) == [("indirect", ["the bridge"], "asked", None)]
    assert doc.attributions[0].type == "speech"


def test_as_the_mayor_noted_attributes_the_main_clause(pipeline):
    doc = pipeline.extract("As the mayor noted, the bridge will close in May.")
    assert quotes(doc) == [("indirect", "the bridge will close in May", "noted", "the mayor")]
    assert attributions(doc) == [("indirect", ["the bridge will close in May"], "noted", "the mayor")]


# --- a marked passage's frame: a name before a colon in the same sentence, a manner verb after (_attribute_marked)


def test_a_name_before_the_colon_in_the_quotes_own_paragraph_is_the_direct_quotes_speaker(pipeline):
    doc = pipeline.extract("More from Senator Anna Lopez: “We will build the bridge before winter.”")
    assert [q for q in quotes(doc) if q[0] == "direct"] == [
        ("direct", "We will build the bridge before winter.", ":", "Anna Lopez")]


def test_a_manner_verb_after_the_closing_mark_counts_within_four_words(pipeline):
    doc = pipeline.extract("“This is fantastic!” the old farmer beamed.")
    assert quotes(doc) == [("direct", "This is fantastic!", "beamed", "the old farmer")]
    doc = pipeline.extract("“This is fantastic!” the old Yorkshire farmer beamed.")
    assert quotes(doc) == [("direct", "This is fantastic!", None, None)] and attributions(doc) == []
