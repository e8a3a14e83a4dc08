"""Session 15 (s15-attr): attribution rules found on PolNeAR train, with sentences of our own."""

from test_attribution_mutants_s14 import attributions


def test_according_to_without_commas_on_the_subject_vouches_for_its_clause(pipeline):
    # no noun is "according to" anyone: the phrase hung on the subject vouches for the whole clause
    doc = pipeline.extract("The bridge according to the engineer will reopen in May.")
    assert attributions(doc.attributions) == [("indirect", ["The bridge", "will reopen in May"], "according to",
                                               "the engineer")]


def test_relative_pronoun_before_the_cue_leaves_source_and_cue_out_of_the_content(pipeline):
    # the parser makes "which" the subject of "hurts", so the clause's words ran over "he said"; the
    # pronoun stays a piece of its own (as annotators mark it)
    doc = pipeline.extract("Gas prices went up, which he said hurts drivers in rural areas.")
    assert attributions(doc.attributions) == [("indirect", ["which", "hurts drivers in rural areas"], "said", "he")]


def test_speaking_on_a_show_names_where_not_what(pipeline):
    doc = pipeline.extract("Speaking on the radio show Morning Hour, the singer said she would tour again.")
    assert attributions(doc.attributions) == [("indirect", ["she would tour again"], "said", "the singer")]
    doc = pipeline.extract("The minister spoke on condition of anonymity.")
    assert attributions(doc.attributions) == []


def test_raising_cue_holder_is_whom_it_seems_so_to(pipeline):
    doc = pipeline.extract("To voters, Smith's approach sounds reasonable.")
    # the content is the clause but its own cue (PolNeAR is univocal, s36-polspan)
    assert attributions(doc.attributions) == [("indirect", ["Smith's approach", "reasonable"], "sounds", "voters")]
    # a "to" on the predicate is the predicate's, not whom it seems so to
    doc = pipeline.extract("The mayor seemed close to tears.")
    assert [a.source.text if a.source else None for a in doc.attributions] == ["The mayor"]


def test_a_title_before_the_speakers_name_ends_no_sentence_after_a_quote(pipeline):
    # the parser ran the quote's clause on into "said": the cue comes from the words after the closing
    # mark, which used to stop at "Mr."
    doc = pipeline.extract("''If the mayor had gone with Kemp, I would have been stuck in Ohio for a long time,'' "
                           "Mr. Dale, now 81 and retired in Dayton, Ohio, said by telephone this week.")
    (a,) = doc.attributions
    assert (a.cue.text, a.source.text, doc.entity(a.speaker).name) == ("said", "Mr. Dale", "Dale")


def test_name_with_an_apposition_hung_on_a_date_before_the_verb_is_the_speaker(pipeline):
    doc = pipeline.extract("But in a call with reporters on Dec. 2, Col. John Smith, a military spokesman in Kabul, "
                           "said, ''I mean, a raid is a combat operation.''")
    (a,) = doc.attributions
    assert (a.cue.text, a.source.text, doc.entity(a.speaker).name) == ("said", "Col. John Smith", "John Smith")


def test_source_phrase_starts_at_the_name_not_at_the_closing_mark(pipeline):
    doc = pipeline.extract("“Very good plan, very good plan this one,” Smith, the party's candidate nationally and the "
                           "polling leader in Ohio, said on Monday.")
    (a,) = doc.attributions
    assert a.source.text == "Smith"


def test_participle_after_a_comma_inside_closing_marks_is_the_subjects_act(pipeline):
    doc = pipeline.extract("The mayor talked up her “green city” plan, promising to plant trees across the city.")
    a = next(a for a in doc.attributions if a.cue.text == "promising")
    assert a.source.text == "The mayor"
    doc = pipeline.extract("Hale talked up her “every-county plan,” promising to campaign in every town of the state.")
    a = next(a for a in doc.attributions if a.cue.text == "promising")
    assert a.source.text == "Hale"


def test_object_of_a_causative_verb_is_the_speaker_of_its_complement(pipeline):
    doc = pipeline.extract("Aides are pressuring Senator Hale to attack the governor's record.")
    a = next(a for a in doc.attributions if a.cue.text == "attack")
    assert a.source.text == "Senator Hale"
    doc = pipeline.extract("The defeat led some donors to question whether the campaign could recover.")
    a = next(a for a in doc.attributions if a.cue.text == "question")
    assert a.source.text == "some donors"


def test_passive_of_a_state_of_mind_has_its_subject_as_holder(pipeline):
    doc = pipeline.extract("The mayor is now assured of winning at least half of the seats.")
    assert attributions(doc.attributions) == [("indirect", ["winning at least half of the seats"], "assured", "The mayor")]
    doc = pipeline.extract("The governor is convinced that the bridge will open.")
    assert attributions(doc.attributions) == [("indirect", ["that the bridge will open"], "convinced", "The governor")]


def test_agent_of_a_passive_hung_on_its_label_is_the_source(pipeline):
    doc = pipeline.extract("The plan has been called a fraud by Jim Hale, a professor at Ohio State.")
    assert attributions(doc.attributions) == [("indirect", ["The plan", "a fraud"], "called", "Jim Hale")]
    doc = pipeline.extract("The mayor was declared the winner in the three races by news outlets early Tuesday night.")
    assert attributions(doc.attributions) == [("indirect", ["The mayor", "the winner in the three races"], "declared",
                                               "news outlets")]
