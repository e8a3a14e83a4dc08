"""Hand-made Documents with quotes (cue, speaker) and places (GeoNames ids) for the quotes and places
queries (tests/test_s56_web_query.py, tests/test_s56_web_api.py). Texts written for these tests."""

from __future__ import annotations

from corpus_docs import make_doc
from newsgraph.model import Mention, Place, Quote, Span

LISBON, PORTO, LONDON_GB, LONDON_CA = 2267057, 2735943, 2643743, 6058560


def _span(text: str, needle: str, nth: int = 0) -> Span:
    at = -1
    for _ in range(nth + 1):
        at = text.index(needle, at + 1)
    return Span(start=at, end=at + len(needle), text=needle)


def quote(doc, qid: str, words: str, cue: str, speaker: str | None, speaker_text: str, kind: str = "direct") -> None:
    sp = _span(doc.text, words)
    doc.quotes.append(Quote(id=qid, start=sp.start, end=sp.end, text=words, kind=kind, cue=_span(doc.text, cue),
                            speaker=speaker, speaker_text=speaker_text))


def place(doc, pid: str, name: str, country: str | None, feature: str, geonameid: int | None, times: int = 1) -> None:
    mentions = [Mention(start=s.start, end=s.end, text=s.text, kind="name")
                for s in (_span(doc.text, name, n) for n in range(times))]
    doc.places.append(Place(id=pid, name=name, country=country, feature=feature, geonameid=geonameid,
                            lat=1.5, lon=2.5, mentions=mentions))


def said_docs() -> list:
    """Four articles: a minister quoted twice in one (March) and once in another (April), an unnamed farmer,
    an official in London; Lisbon in two articles, Porto named twice in one, two Londons, and Europe
    (a region with no GeoNames entry) in two."""
    minister = ("e1", "Ana Ruiz", "PERSON", "PRTGOV", "finance minister", ["Ruiz"])
    a = make_doc('The finance minister Ana Ruiz spoke in Lisbon on Monday. "Prices will fall by summer," Ruiz said. '
                 'She added that wages would rise.', title="Minister on prices", published="2026-03-04",
                 outlet="Daily Post", entities=[minister])
    quote(a, "q1", "Prices will fall by summer,", "said", "e1", "Ruiz")
    quote(a, "q2", "wages would rise", "added", "e1", "She", kind="indirect")
    place(a, "p1", "Lisbon", "PRT", "city", LISBON)
    b = make_doc('Farmers in Porto blocked a road into Porto. "We cannot wait," a farmer told reporters. '
                 'Officials in Lisbon did not answer.', title="Farmers block road", published="2026-04-10",
                 outlet="Coast Times")
    quote(b, "q1", "We cannot wait,", "told", None, "a farmer")
    place(b, "p1", "Porto", "PRT", "city", PORTO, times=2)
    place(b, "p2", "Lisbon", "PRT", "city", LISBON)
    c = make_doc('Ana Ruiz travelled to London in Canada and then across Europe. "Trade is growing," Ruiz said.',
                 title="Minister abroad", published="2026-04-20", outlet="Daily Post", entities=[minister])
    quote(c, "q1", "Trade is growing,", "said", "e1", "Ruiz")
    place(c, "p1", "London", "CAN", "city", LONDON_CA)
    place(c, "p2", "Europe", None, "region", None)
    d = make_doc('Officials met in London to talk about Europe. "Talks went well," said Tom Hale.',
                 title="London talks", published="2025-12-01", outlet="Coast Times",
                 entities=[("e1", "Tom Hale", "PERSON", "GBRGOV", None)])
    quote(d, "q1", "Talks went well,", "said", "e1", "Tom Hale")
    place(d, "p1", "London", "GBR", "city", LONDON_GB)
    place(d, "p2", "Europe", None, "region", None)
    return [a, b, c, d]


def build_said_store(path) -> list:
    """A corpus store at `path` holding said_docs(); returns the Documents."""
    from newsgraph.corpus import Store

    docs = said_docs()
    with Store.open(str(path)) as store:
        store.add_documents(docs)
    return docs
