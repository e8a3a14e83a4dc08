"""Session 22 (s22-indirect): content boundaries of indirect attributions, with sentences of our own."""

from stageutil import candidates


def _content(pipeline, text, cue):
    return [c[3] for c in candidates(pipeline, text) if c[2] == cue]


def test_an_infinitive_content_leaves_out_a_closing_relative_clause(pipeline):
    # ", which …" after the infinitive's last noun is the writer's gloss on the tax, not what was promised
    found = _content(pipeline, "The governor promised to cut the sales tax, which voters approved in 2009.", "promised")
    assert found and all(c == ("to cut the sales tax",) for c in found)


def test_an_infinitive_content_leaves_out_a_closing_apposition(pipeline):
    found = _content(pipeline, "The senator vowed to repeal the tax, a law that farmers hate.", "vowed")
    assert found and all(c == ("to repeal the tax",) for c in found)


def test_an_infinitive_content_keeps_a_restrictive_relative_clause(pipeline):
    # no comma: the clause says which plan, so it is part of what she wants
    found = _content(pipeline, "She wants to stop the plan that the council approved last week.", "wants")
    assert found and all(c == ("to stop the plan that the council approved last week",) for c in found)


def test_an_infinitive_content_keeps_an_aside_that_does_not_close_it(pipeline):
    found = _content(pipeline, "He urged voters to back the levy, which funds schools, in the May election.", "urged")
    assert found and all("in the May election" in c[-1] for c in found)


def test_an_infinitive_content_leaves_out_a_past_clause_telling_the_occasion(pipeline):
    found = _content(pipeline, "The mayor refused to talk to reporters as she left the hall on Monday.", "refused")
    assert found and all(c == ("to talk to reporters",) for c in found)
    found = _content(pipeline, "The union voted to end the strike after the company raised its offer.", "voted")
    assert found and all(c == ("to end the strike",) for c in found)


def test_an_infinitive_content_keeps_a_present_clause_of_the_intention(pipeline):
    found = _content(pipeline, "He hopes to finish the bridge before the winter comes.", "hopes")
    assert found and all(c == ("to finish the bridge before the winter comes",) for c in found)


def test_an_object_goes_on_past_a_bracketed_party_label(pipeline):
    # "(D-Ohio)" is closed before the phrase goes on: the object does not end at the bracket
    found = _content(pipeline, "The senator thanked Gov. Jane Smith (D-Ohio) of the border state.", "thanked")
    assert found and all(c == ("Gov. Jane Smith (D-Ohio) of the border state",) for c in found)


def test_an_object_keeps_a_closing_bracket_and_ends_before_a_comma_aside(pipeline):
    found = _content(pipeline, "The governor criticized Sen. Tom Brown (R-Texas), who leads the committee.", "criticized")
    assert found and all(c == ("Sen. Tom Brown (R-Texas)",) for c in found)


def test_a_singular_object_followed_by_two_names_is_a_list(pipeline):
    # one deputy cannot be renamed by two people: "Jane Ping and Tom Shreve" go on the list, not into an aside
    found = _content(pipeline, "The mayor thanked her deputy, Jane Ping and Tom Shreve.", "thanked")
    assert found and all(c == ("her deputy, Jane Ping and Tom Shreve",) for c in found)


def test_a_plural_object_renamed_by_two_names_still_ends_before_them(pipeline):
    found = [c for c in candidates(pipeline, "The mayor visited the two towns, Dover and Salem.") if c[2] == "visited"]
    assert found and all(c[3] == ("the two towns",) for c in found)


def test_a_second_that_clause_of_the_cue_is_content_too(pipeline):
    # the parser hangs "but that …" on the cue: it is the cue's second complement, both were predicted
    found = _content(pipeline, "The economist predicted that wages would fall over time, but that bonuses would more "
                               "than offset the loss.", "predicted")
    assert found and all(c == ("that wages would fall over time, but that bonuses would more than offset the loss",) for c in found)


def test_a_clause_of_its_own_after_the_content_stays_out(pipeline):
    found = _content(pipeline, "The economist predicted that wages would fall, but bonuses rose anyway.", "predicted")
    assert found and all(c == ("that wages would fall",) for c in found)


def test_a_prepositional_content_leaves_out_the_writers_aside(pipeline):
    found = _content(pipeline, "The senator called for a new audit, which the board rejected last year.", "called")
    assert found and all(c == ("a new audit",) for c in found)
    found = _content(pipeline, "The governor talked about the new standards, a plan the state adopted in 2014.", "talked")
    assert found and all(c == ("the new standards",) for c in found)


def test_a_prepositional_content_keeps_a_restrictive_clause(pipeline):
    found = _content(pipeline, "The senator called for a review of the rules that govern mining.", "called")
    assert found and all(c == ("a review of the rules that govern mining",) for c in found)


def test_an_infinitive_content_leaves_out_a_contrast_the_writer_adds(pipeline):
    found = _content(pipeline, "The senator is pledging to take his campaign to the convention floor -- even as his rival "
                               "closed in on the delegates she needs.", "pledging")
    assert found and all(c == ("to take his campaign to the convention floor",) for c in found)
