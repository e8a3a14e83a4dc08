"""Interval look-ups for the places stage in O(log n) each, so that a very long article (thousands of
entities and toponyms) costs n log n rather than n squared: which entity spans contain a name, whether
a span overlaps one already taken, and how many of the story's other places lie near a reading."""

from __future__ import annotations

import bisect
import math
from collections import Counter
from itertools import accumulate

NEAR_KM = 150.0
_LAT_WINDOW = 1.5  # degrees of latitude: 167 km, just over NEAR_KM, so no place within NEAR_KM is missed


class SpanIndex:
    """Fixed spans (start, end, label): the labels of those containing a span, whether any overlaps one."""

    def __init__(self, spans):
        rows = sorted(spans, key=lambda t: (t[0], t[1]))
        self.starts = [r[0] for r in rows]
        self.ends = [r[1] for r in rows]
        self.labels = [r[2] if len(r) > 2 else None for r in rows]
        self.reach = list(accumulate(self.ends, max))  # the furthest end among the spans up to each one
        self.exact = {(r[0], r[1]) for r in rows}

    def __len__(self) -> int:
        return len(self.starts)

    def containing(self, a: int, b: int) -> list[str | None]:
        """Labels of the spans with start <= a and b <= end, in start order."""
        out = []
        j = bisect.bisect_right(self.starts, a) - 1
        while j >= 0 and self.reach[j] >= b:  # walking back stops at once where spans do not nest
            if self.ends[j] >= b:
                out.append(self.labels[j])
            j -= 1
        out.reverse()
        return out

    def overlaps(self, a: int, b: int) -> bool:
        """Whether any span shares a character with [a, b)."""
        i = bisect.bisect_left(self.starts, b)
        return i > 0 and self.reach[i - 1] > a


class Taken:
    """Spans added one by one that never overlap each other (the toponyms kept so far)."""

    def __init__(self):
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlaps(self, a: int, b: int) -> bool:
        i = bisect.bisect_left(self.starts, b)  # the spans starting before b; being disjoint, only the last can reach a
        return i > 0 and self.ends[i - 1] > a

    def add(self, a: int, b: int) -> None:
        i = bisect.bisect_left(self.starts, a)
        self.starts.insert(i, a)
        self.ends.insert(i, b)


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, a)))


class Near:
    """The story's other places, for the second look: the share of them within NEAR_KM of a reading,
    where "other" leaves out the mentions spelt like the one being resolved. Each distinct place is
    kept once with its count, sorted by latitude; a reading's neighbours are found by bisection."""

    def __init__(self, names: list[str], chosen: list):
        self.count: Counter = Counter()  # entry id -> mentions resolved to it
        self.by_name: dict[str, Counter] = {}
        self.entry: dict[int, object] = {}
        for name, e in zip(names, chosen):
            if e.lat is None or e.feature not in ("city", "admin"):
                continue
            self.count[e.id] += 1
            self.by_name.setdefault(name, Counter())[e.id] += 1
            self.entry[e.id] = e
        rows = sorted(((self.entry[i].lat, i) for i in self.count))
        self.lats = [r[0] for r in rows]
        self.ids = [r[1] for r in rows]
        self.total = sum(self.count.values())
        self.name_total = {name: sum(c.values()) for name, c in self.by_name.items()}
        self._close: dict[int, list[int]] = {}

    def others(self, name: str) -> int:
        """How many mentions of other names the story has."""
        return self.total - self.name_total.get(name, 0)

    def _near_ids(self, e) -> list[int]:
        got = self._close.get(e.id)
        if got is None:
            lo = bisect.bisect_left(self.lats, e.lat - _LAT_WINDOW - 0.01)  # a little wider, then the exact test
            hi = bisect.bisect_right(self.lats, e.lat + _LAT_WINDOW + 0.01)
            got = [i for i in self.ids[lo:hi] if abs(self.entry[i].lat - e.lat) < _LAT_WINDOW
                   and km(self.entry[i].lat, self.entry[i].lon, e.lat, e.lon) <= NEAR_KM]
            self._close[e.id] = got
        return got

    def close(self, name: str, e, divisions: bool = True) -> tuple[int, int]:
        """How many of the other names' mentions lie within NEAR_KM of reading e, and out of how many; without
        `divisions`, a first-level division's point is no neighbour (it is still counted in the "out of")."""
        n = self.others(name)
        if not n or e.lat is None:
            return 0, n
        mine = self.by_name.get(name) or Counter()
        return sum(self.count[i] - mine[i] for i in self._near_ids(e)
                   if divisions or self.entry[i].level != 1), n
