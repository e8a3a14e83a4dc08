"""What the story's place names say together about where each of them is.

A local story names towns and counties that many states share ("Watertown", "Delano", "Scott
County", "Rochester"); no one of them is sure, but the state in which most of them have a reading is
the story's ("Minnesota"), and a town whose county the story also names lies in that county
("Huntsville" with "Walker County": Huntsville, Texas). Two kinds of evidence, each name weighed by
the story's other names only (never by its own repetitions):

- **Coverage.** Each name spreads its belief over the first-level divisions of its readings, by a
  tempered prior (a reading's share of 10^(ALPHA * score) over all the name's readings, so that
  "London" says England far more than Ontario, and "Watertown" says each of its states a little).
  A division's log-likelihood is the sum over the other names of log(1 + P(division) / EPSILON): a
  division in which many names have a reading gains much, one in which a single name has a likely
  reading gains a little. A reading's bonus is its division's log-likelihood less the best one among
  the name's own readings in the same country, in log10 units (the prior's scale), times
  COVER_WEIGHT: coverage says which state, not which country ("Texas, Ohio and Florida" do not make
  "Paris" a Texan town; the story's country votes decide that), except in a local story, where one
  division holds at least half of the other names and 1.5 of them ("of Paris ... in a Tyler hospital
  ... between Sulphur Springs and Mount Pleasant": Paris, Texas). A state is judged only against a
  big city of its name ("Washington"), and loses at most STATE_FLOOR.
- **Containment.** A town reading whose county is a reading of another name in the story, or a
  county reading containing a town reading of another name, gets CONTAIN_BONUS.
"""

from __future__ import annotations

import math
from collections import Counter

from .geonames import Entry

ALPHA = 0.5  # tempering of the prior: a town 100 times smaller than its namesake gets a tenth of its weight
EPSILON = 0.02  # a name without a reading in a division: its probability there is not zero
COVER_WEIGHT = 1.0
COVER_FLOOR = -3.0  # the most a reading can lose by lying where the story's other names do not
STATE_FLOOR = -1.5  # ...and a first-level division itself
BIG_CITY = 5.5  # log10 population: a city of 300,000+ people, a state's rival for its name
CONTAIN_BONUS = 2.0
CONCENTRATED = 0.5  # the share of the other names one division must hold for a story to be local to it...
LOCAL_NAMES = 1.5  # ...and at least this many of them ("He flew from Dallas to Paris" is not a Texan story)
_LN10 = math.log(10)
_TEMPER = ALPHA * _LN10  # 10 ** (ALPHA * score) as exp(_TEMPER * score)


def _admin1(e: Entry) -> int:
    return e.id if e.level == 1 else e.admin1


class Coverage:
    """Built once per story from its names (keys) and their candidate readings."""

    def __init__(self, names: dict[str, list[Entry]]):
        self.gain: dict[str, dict[int, float]] = {}
        self.total: Counter = Counter()
        self.share: dict[str, Counter] = {}
        self.support: Counter = Counter()  # division -> the expected number of names lying in it
        self.counties: Counter = Counter()  # county entry -> names with it as a reading
        self.towns_in: Counter = Counter()  # county entry -> names with a town reading lying in it
        self.own_counties: dict[str, set[int]] = {}
        self.own_towns_in: dict[str, set[int]] = {}
        for k, entries in names.items():
            readings = [e for e in entries if e.primary and e.lat is not None]
            if not any(_admin1(e) >= 0 and e.level != 1 for e in readings):
                continue  # countries, regions and states named outright say nothing here
            weights = [math.exp(_TEMPER * e.score) for e in readings]
            total = sum(weights)
            share: Counter = Counter()
            for e, w in zip(readings, weights):
                if _admin1(e) >= 0 and e.level != 1:  # a state named outright counts in Votes (sure_admins)
                    share[_admin1(e)] += w / total
            gain = {a: math.log1p(p / EPSILON) for a, p in share.items()}
            self.gain[k], self.share[k] = gain, share
            self.total.update(gain)
            self.support.update(share)
            counties = {e.id for e in readings if e.level == 2}
            towns_in = {e.admin2 for e in readings if e.feature == "city" and e.admin2 >= 0}
            self.own_counties[k], self.own_towns_in[k] = counties, towns_in
            self.counties.update(counties)
            self.towns_in.update(towns_in)

    def _likelihood(self, k: str, a: int) -> float:
        return self.total.get(a, 0.0) - self.gain.get(k, {}).get(a, 0.0)

    def _concentrated(self, k: str) -> bool:
        """Whether most of the story's other names lie in one division (a local story), not spread
        over several ("Texas, Ohio and Florida": a national one)."""
        others = len(self.share) - (k in self.share)
        if others < 1:
            return False
        mine = self.share.get(k, {})
        top = max((v - mine.get(a, 0.0) for a, v in self.support.items()), default=0.0)
        return top >= max(CONCENTRATED * others, LOCAL_NAMES)

    def scorer(self, k: str, entries: list[Entry]):
        """A function giving each of name k's readings its bonus (0 for the best-placed one of its
        country), or None where the story's other names say nothing."""
        likely = {a: self._likelihood(k, a) for a in {_admin1(e) for e in entries} - {-1}}
        best: dict[str | None, float] = {}  # country -> the best likelihood of the name's readings there
        for e in entries:
            a = _admin1(e)
            if a >= 0:
                best[e.country] = max(best.get(e.country, 0.0), likely[a])
        if best and self._concentrated(k):  # the story keeps to one division: it speaks across countries too
            top = max(best.values())
            best = dict.fromkeys(best, top)
        if not any(best.values()) and not self.counties and not self.towns_in:
            return None
        counties = self.own_counties.get(k, ())
        towns_in = self.own_towns_in.get(k, ())
        big_city = any(e.feature == "city" and e.score >= BIG_CITY for e in entries)

        def bonus(e: Entry) -> float:
            a = _admin1(e)
            score = 0.0
            top = best.get(e.country, 0.0)
            if a >= 0 and top > 0.0:
                here = likely[a] if a in likely else self._likelihood(k, a)
                # a state is itself the division: it loses less, and nothing beside villages of its name ("Wales"
                # in a story of English towns is still Wales; "Washington" may yet be the capital, not the state)
                if e.level != 1 or big_city:
                    score += COVER_WEIGHT * max(STATE_FLOOR if e.level == 1 else COVER_FLOOR, (here - top) / _LN10)
            # a town in a county another name may be, a county another name's town may lie in
            if e.feature == "city" and self.counties.get(e.admin2, 0) > (e.admin2 in counties) \
                    or e.level == 2 and self.towns_in.get(e.id, 0) > (e.id in towns_in):
                score += CONTAIN_BONUS
            return score
        return bonus
