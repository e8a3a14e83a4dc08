"""Session 26, the lead's review: `Mentions.starting` (the mentions that start in a range, however long), which
`_credit_line` asks instead of every mention from the credit's dash to the text's end."""

from types import SimpleNamespace

from newsgraph.attribution.speakers import Mentions
from newsgraph.attribution.stage import _credit_line


def _entity(name, *mentions, etype="PERSON"):
    return SimpleNamespace(id=name, name=name, type=etype, attrs={},
                           mentions=[SimpleNamespace(start=s, end=e, kind="name") for s, e in mentions])


def test_starting_gives_the_mentions_that_start_in_the_range_however_far_they_run():
    a, b, c = _entity("A", (0, 4), (10, 200)), _entity("B", (10, 12)), _entity("C", (11, 13), (15, 16))
    m = Mentions(SimpleNamespace(entities=[a, b, c]))
    # the start is in, the end is out; a mention running far past the range is in, as its start is
    assert [(s, e, ent.id) for s, e, _, ent in m.starting(10, 15)] == [(10, 200, "A"), (10, 12, "B"), (11, 13, "C")]
    assert [(s, ent.id) for s, _, _, ent in m.starting(11, 16)] == [(11, "C"), (15, "C")]
    assert m.starting(5, 10) == [] and m.starting(16, 1000) == []
    assert [ent.id for *_, ent in m.starting(0, 1)] == ["A"]


def test_a_credit_line_reads_the_real_mentions_of_the_name_and_no_later_one():
    org = "Harbour Pilots and Dock Workers of the Northern Ports"
    text = f"“We will not load another ship.”\n\n—{org}\n\nJane Hale of the pilots spoke later."
    start = text.index(org)
    later = text.index("Jane Hale")
    ents = [_entity("org1", (start, start + len(org)), etype="ORG"), _entity("p1", (later, later + 9))]
    f = _credit_line(text, text.index("”") + 1, Mentions(SimpleNamespace(entities=ents)))
    assert f is not None and f.speaker == "org1" and f.speaker_text == org
    # no mention at the name: none, though a person is named further on
    f = _credit_line(text, text.index("”") + 1, Mentions(SimpleNamespace(entities=ents[1:])))
    assert f is None


def test_a_credit_line_whose_name_is_a_place_names_no_speaker():
    # "—Dover, Delaware": a place on the credit line is where the words came from, not who said them
    text = "“We will not load another ship.”\n\n—Dover, Delaware\n\nThe strike began at dawn."
    start = text.index("Dover")
    place = _entity("gpe1", (start, start + 5), etype="GPE")
    assert _credit_line(text, text.index("”") + 1, Mentions(SimpleNamespace(entities=[place]))) is None
