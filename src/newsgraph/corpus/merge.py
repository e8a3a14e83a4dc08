"""Cross-document event merging: one happening, told by many reports, becomes one corpus event.

Two event reports are the same happening when they have
  * the same PLOVER type (an untyped event, coded by a user's verb dictionary with a code PLOVER
    does not type: the same code) and the same polarity (a denial never merges with the deed),
  * dates within `window` days of each other (the event date, else the article's date),
  * overlapping source actors and overlapping target actors (an empty side matches an empty side;
    a report that names no target may join one that does when the wording is similar enough; for
    symmetric types - CONSULT, COOPERATE, FIGHT - the sides may be named the other way round),
  * similar evidence: the overlap coefficient of the content words of the two evidence sentences.
    Undated reports (no event or article date) merge only with undated ones, and need 0.3 of it.
    The actors' own names are left out of the words, and wherever wording decides, at least two
    words must be shared.
    Reports with the same actors on both sides need little word overlap (wire stories of one event
    are rewritten freely); the fewer actors they share, the more of their wording must agree.
The best-scoring candidate wins; otherwise the report starts a new corpus event.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass

WINDOW_DAYS = 2
# Word-overlap needed, by how much of the actor structure the two reports share.
SIM_BOTH_SIDES = 0.0  # same source and target actors
SIM_ONE_SIDE = 0.2  # one side shared, the other empty (in one report or both)
SIM_NO_ACTORS = 0.4  # neither report names actors (Jaccard: short sentences must not match trivially)
SIM_UNDATED = 0.3  # neither report has a date (no event date, no publication date)
SIM_ACTORLESS = 0.6  # one report names actors, the other none (Jaccard: near copies of one sentence)
MIN_COMMON = 2  # shared words needed wherever wording decides
# events.ontology.event_kind in SQL: an untyped corpus event is told apart by its code
KIND_SQL = "coalesce(type, 'CAMEO ' || coalesce(cameo, ''))"
# Types whose two sides act together, so "B met A" is the happening "A met B".
SYMMETRIC = frozenset({"CONSULT", "COOPERATE", "FIGHT"})

_WORD = re.compile(r"[A-Za-z][A-Za-z'-]+")
_STOP = frozenset(
    "the a an and or but of to in on at by for with from as is was were be been are has have had it its "
    "this that these those he she they we you i his her their our said says say told also after before "
    "over into than then there which who whom what when where while would could should will can may not "
    "no yes about against between during more most other some such only own same so too very just".split()
)


def tokens(text: str | None, names: Iterable[str] = ()) -> frozenset[str]:
    """Content words of an evidence sentence (lower-case, no stop words, at least 3 letters), less the
    words of the actors' names: the actors are compared on their own, the words say what happened."""
    if not text:
        return frozenset()
    words = frozenset(w for w in (m.group().lower() for m in _WORD.finditer(text)) if len(w) > 2 and w not in _STOP)
    drop = {m.group().lower() for n in names for m in _WORD.finditer(n)}
    return words - drop if drop else words


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """Overlap coefficient: shared words over the smaller set (a short lead matches a long report)."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


@dataclass
class Report:
    """One event as one article tells it, with its actors resolved to corpus actor ids."""

    type: str  # events.ontology.event_kind: the PLOVER type, or "CAMEO <code>" for an untyped event
    date: dt.date | None
    negated: bool
    sources: frozenset[str]
    targets: frozenset[str]
    words: frozenset[str]
    flags: frozenset[str] = frozenset()  # the report's event flags (negated, future, ...): none is factual


@dataclass
class Candidate:
    id: int
    type: str
    date: dt.date | None
    negated: bool
    sources: set[str]
    targets: set[str]
    words: frozenset[str]
    new: bool = False
    dirty: bool = False


def _side(a: frozenset[str], b: set[str]) -> str:
    if not a and not b:
        return "empty"
    if a & b:
        return "shared"
    if not a or not b:
        return "one-empty"
    return "different"


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    """Shared words over all words: strict, for reports that have no actors to go on."""
    return len(a & b) / len(a | b) if a and b else 0.0


def _fit(rep_src: frozenset[str], rep_tgt: frozenset[str], cand: Candidate, sim: float, strict: float,
         common: int, undated: bool) -> int | None:
    """Shared sides (0-2) when the actors allow a merge at this word overlap, else None.
    Wherever wording counts, at least MIN_COMMON words must be shared (one word is chance)."""
    src, tgt = _side(rep_src, cand.sources), _side(rep_tgt, cand.targets)
    if "different" in (src, tgt):
        return None
    shared = (src == "shared") + (tgt == "shared")
    if shared == 2:
        need = SIM_BOTH_SIDES
    elif shared == 1:  # the other side empty in one or both reports
        need = SIM_ONE_SIDE
    elif src == tgt == "empty":
        return 0 if strict >= SIM_NO_ACTORS and common >= MIN_COMMON else None
    else:  # one report names actors, the other none: only the same sentence, near enough
        return 0 if strict >= SIM_ACTORLESS and common >= MIN_COMMON else None
    if undated:  # no date to bound it: the same actors on another day must not merge by default
        need = max(need, SIM_UNDATED)
    if need > 0 and common < MIN_COMMON:
        return None
    return shared if sim >= need else None


def match(rep: Report, cand: Candidate, window: int = WINDOW_DAYS) -> tuple[float, bool] | None:
    """(score, swapped) when a report fits a corpus event (higher is better), or None when it is another
    happening. `swapped`: the report names the actors the other way round (a symmetric type)."""
    if rep.type != cand.type or rep.negated != cand.negated:
        return None
    if (rep.date is None) != (cand.date is None):
        return None
    if rep.date is not None and abs((rep.date - cand.date).days) > window:
        return None
    if rep.date is None and not (rep.sources or rep.targets) or cand.date is None and not (cand.sources or cand.targets):
        return None  # no date and no actors: nothing bounds it, a merge would be a guess
    sim = similarity(rep.words, cand.words)
    strict = jaccard(rep.words, cand.words)
    common = len(rep.words & cand.words)
    undated = rep.date is None
    options = [(_fit(rep.sources, rep.targets, cand, sim, strict, common, undated), False)]
    if rep.type in SYMMETRIC:  # "Erdogan received Blinken" is the meeting "Blinken met Erdogan"
        options.append((_fit(rep.targets, rep.sources, cand, sim, strict, common, undated), True))
    options = [(sh, sw) for sh, sw in options if sh is not None]
    if not options:
        return None
    shared, swapped = max(options, key=lambda o: (o[0], not o[1]))
    closeness = 0.0 if undated else 1.0 / (1 + abs((rep.date - cand.date).days))
    return shared * 10 + sim * 2 + closeness, swapped


def score(rep: Report, cand: Candidate, window: int = WINDOW_DAYS) -> float | None:
    m = match(rep, cand, window)
    return None if m is None else m[0]


class EventMerger:
    """Assigns reports to corpus events, loading candidates from the store once per batch."""

    def __init__(self, con, window: int = WINDOW_DAYS):
        self.con = con
        self.window = window

    def load_candidates(self, reports: list[Report]) -> list[Candidate]:
        if not reports:
            return []
        types = sorted({r.type for r in reports})
        dates = [r.date for r in reports if r.date is not None]
        actors = sorted({a for r in reports for a in (*r.sources, *r.targets)})
        lo = min(dates) - dt.timedelta(days=self.window) if dates else None
        hi = max(dates) + dt.timedelta(days=self.window) if dates else None
        rows = self.con.execute(
            f"""SELECT id, {KIND_SQL}, date, negated, source_actor_ids, target_actor_ids, words FROM corpus_events
               WHERE {KIND_SQL} IN (SELECT unnest($types::VARCHAR[]))
                 AND ((date IS NULL AND $undated) OR date BETWEEN $lo AND $hi)
                 AND (list_has_any(source_actor_ids, $actors::VARCHAR[])
                      OR list_has_any(target_actor_ids, $actors::VARCHAR[])
                      OR (len(source_actor_ids) = 0 AND len(target_actor_ids) = 0 AND date IS NOT NULL))""",
            {"types": types, "undated": len(dates) < len(reports), "lo": lo, "hi": hi, "actors": actors},
        ).fetchall()
        return [Candidate(i, t, d, bool(n), set(s or ()), set(g or ()), frozenset(w or ())) for i, t, d, n, s, g, w in rows]

    def assign(self, reports: list[Report], next_id: int) -> tuple[list[int], list[Candidate]]:
        """Corpus event id for each report (in order) and the candidates created or changed."""
        cands = self.load_candidates(reports)
        pool = _Pool()
        for c in cands:
            pool.add(c)
        ids: list[int] = []
        for rep in reports:
            best, best_score, swapped = None, None, False
            for c in pool.for_report(rep):
                m = match(rep, c, self.window)
                if m is not None and (best_score is None or m[0] > best_score or (m[0] == best_score and c.id < best.id)):
                    best, (best_score, swapped) = c, m
            if best is None:
                best = Candidate(next_id, rep.type, rep.date, rep.negated, set(rep.sources), set(rep.targets),
                                 rep.words, new=True)
                next_id += 1
                pool.add(best)
                cands.append(best)
            else:
                srcs, tgts = (rep.targets, rep.sources) if swapped else (rep.sources, rep.targets)
                added = (srcs - best.sources) | (tgts - best.targets)
                best.sources |= srcs
                best.targets |= tgts
                if added:
                    best.dirty = True
                    pool.add_actors(best, added)
            ids.append(best.id)
        return ids, [c for c in cands if c.new or c.dirty]


class _Pool:
    """Candidates indexed so a report is compared only with those it could merge with: the ones that
    share an actor, and (for the word-only rules) the ones sharing enough evidence words. Jaccard >= 0.4
    needs at least 0.4 of the report's words to be shared, so that bound prunes safely."""

    def __init__(self):
        self.by_actor: dict[tuple[str, str], list[Candidate]] = {}
        self.by_word: dict[tuple[str, str], list[Candidate]] = {}

    def add(self, c: Candidate) -> None:
        self.add_actors(c, c.sources | c.targets)
        for w in c.words:
            self.by_word.setdefault((c.type, w), []).append(c)

    def add_actors(self, c: Candidate, actors) -> None:
        for a in actors:
            self.by_actor.setdefault((c.type, a), []).append(c)

    def for_report(self, rep: Report) -> list[Candidate]:
        seen: dict[int, Candidate] = {}
        for a in rep.sources | rep.targets:
            for c in self.by_actor.get((rep.type, a), ()):
                seen[id(c)] = c
        if rep.words:
            need = max(1, math.ceil(min(SIM_NO_ACTORS, SIM_ACTORLESS) * len(rep.words)))
            counts: dict[int, int] = {}
            for w in rep.words:
                for c in self.by_word.get((rep.type, w), ()):
                    k = id(c)
                    counts[k] = counts.get(k, 0) + 1
                    if counts[k] == need:
                        seen[k] = c
        return list(seen.values())
