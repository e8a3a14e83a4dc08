"""The places stage's interval look-ups (n log n) give exactly what the former pairwise scans gave."""

import random

from newsgraph.places.geonames import Entry
from newsgraph.places.spans import NEAR_KM, Near, SpanIndex, Taken, km


def _disjoint_spans(rng, n, labels=("PERSON", "ORG", "NORP")):
    """Non-overlapping spans, as spaCy's entities are."""
    out, pos = [], 0
    for _ in range(n):
        pos += rng.randint(0, 6)
        length = rng.randint(1, 12)
        out.append((pos, pos + length, rng.choice(labels)))
        pos += length
    rng.shuffle(out)
    return out


def test_span_index_matches_a_pairwise_scan():
    rng = random.Random(7)
    for trial in range(40):
        spans = _disjoint_spans(rng, rng.randint(0, 60))
        if trial % 4 == 0:  # overlapping and nested spans too (metonym mentions may nest)
            spans += [(a, a + rng.randint(1, 30), "X") for a in (rng.randint(0, 300) for _ in range(10))]
        index = SpanIndex(spans)
        for _ in range(200):
            a = rng.randint(0, 400)
            b = a + rng.randint(1, 15)
            # the former code: [lab for x, y, lab in blocked if x <= a and b <= y], any(x < b and a < y ...)
            inside = [lab for x, y, lab in sorted(spans, key=lambda t: (t[0], t[1])) if x <= a and b <= y]
            assert index.containing(a, b) == inside
            assert index.overlaps(a, b) == any(x < b and a < y for x, y, _ in spans)
            assert ((a, b) in index.exact) == any((x, y) == (a, b) for x, y, _ in spans)


def test_taken_matches_a_pairwise_scan():
    rng = random.Random(11)
    for _ in range(30):
        taken, plain = Taken(), []
        for _ in range(150):
            a = rng.randint(0, 500)
            b = a + rng.randint(1, 20)
            hit = any(x < b and a < y for x, y in plain)
            assert taken.overlaps(a, b) == hit
            if not hit:  # only spans that overlap nothing are kept, as in collect()
                taken.add(a, b)
                plain.append((a, b))


def _entry(i, lat, lon, feature="city"):
    return Entry(f"e{i}", feature, "USA", lat, lon, 4.0, id=i)


def test_near_counts_the_other_names_places_as_the_pairwise_scan_did():
    rng = random.Random(3)
    pool = [_entry(i, 30 + rng.uniform(-3, 3), -90 + rng.uniform(-3, 3)) for i in range(40)]
    pool.append(_entry(99, None, None))  # no coordinates: never a neighbour
    pool.append(_entry(98, 31.0, -90.0, feature="water"))  # not a city or division: never a neighbour
    names = [rng.choice("ABCDEFG") for _ in range(300)]
    chosen = [rng.choice(pool) for _ in names]
    near = Near(names, chosen)
    for name in "ABCDEFGH":
        others = [e for n, e in zip(names, chosen)
                  if e.lat is not None and e.feature in ("city", "admin") and n != name]
        assert near.others(name) == len(others)
        for e in pool[:40]:
            close = sum(1 for o in others if abs(o.lat - e.lat) < 1.5 and km(o.lat, o.lon, e.lat, e.lon) <= NEAR_KM)
            assert near.close(name, e) == (close, len(others))


def test_near_without_other_names():
    e = _entry(1, 10.0, 10.0)
    near = Near(["A", "A"], [e, e])
    assert near.others("A") == 0 and near.close("A", e) == (0, 0)
    assert near.others("B") == 2 and near.close("B", e) == (2, 2)
