"""The readable text report's event line (`extract --format text`)."""

from newsgraph.model import Document, Event, Place, Published, Source, Span
from newsgraph.report import event_line

TEXT = "Thousands of people protested in Harare on Saturday."


def _doc(location):
    ev = Event(id="ev1", type="PROTEST", location=location, evidence=Span(start=0, end=len(TEXT), text=TEXT),
               trigger=Span(start=20, end=29, text="protested"))
    return Document(id="d", text=TEXT, source=Source(format="text"), published=Published(value=None, basis="test"),
                    places=[Place(id="p1", name="Harare", country="ZWE")], events=[ev])


def test_an_event_line_names_its_place():
    doc = _doc("p1")
    assert event_line(doc, doc.events[0]).endswith('@Harare  "protested in Harare on Saturday."')


def test_an_event_line_without_a_known_place_names_none():
    for loc in (None, "p9"):
        doc = _doc(loc)
        assert "@" not in event_line(doc, doc.events[0])
