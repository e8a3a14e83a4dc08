"""Event coding a reader finds wrong (issue 11, session 55; our own sentences): a city naming a meeting is no
party to it, and a warning that is a forecast or a notice is no threat."""

import pytest


@pytest.fixture(scope="module")
def events(pipeline):
    def run(text):
        doc = pipeline.extract(text, name="t", published="2025-06-02")
        names = lambda ids: [doc.entity(i).name for i in ids]  # noqa: E731
        return doc, [(e.type, e.cameo, names(e.source), names(e.target)) for e in doc.events]
    return run


@pytest.mark.parametrize("text,city,kind", [
    ("Iran walked out of the Geneva talks on Tuesday.", "Geneva", "SANCTION"),
    ("Kabul officials condemned the Doha agreement on Monday.", "Doha", "ACCUSE"),
    ("Ukraine and Russia agreed to return to the Istanbul talks on Monday.", "Istanbul", "AGREE"),
    ("Germany praised the Vienna talks on Monday.", "Vienna", "SUPPORT"),
])
def test_a_city_naming_a_meeting_is_no_party_to_it(events, text, city, kind):
    doc, evs = events(text)
    assert [typ for typ, *_ in evs] == [kind]  # the event is still coded, with its doer
    assert all(city not in s + t for _, _, s, t in evs)
    assert any(p.name == city for p in doc.places)  # the places stage still reads the city


def test_a_city_before_another_noun_still_names_its_actor(events):
    # not a meeting noun: the city's police act, and an attacked city is the target
    _, evs = events("Paris police arrested two men on Monday.")
    assert [s for typ, _, s, _ in evs if typ == "COERCE"] == [["Paris police"]]
    _, evs = events("Gunmen attacked Moscow on Monday.")
    assert [t for typ, _, _, t in evs if typ == "ASSAULT"] == [["Moscow"]]


def test_a_meeting_held_in_a_city_keeps_the_city_as_its_place(events):
    doc, evs = events("Iran and the US held talks in Geneva on Monday.")
    talks = [e for e in doc.events if e.type == "CONSULT"]
    assert len(talks) == 2 and all(doc.place(e.location).name == "Geneva" for e in talks)
