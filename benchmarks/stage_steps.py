"""What each stage's top-level steps cost per article, without a profiler's overhead.

    .venv/bin/python benchmarks/stage_steps.py [--n 200] [--data PATH] [--repeat 3]

cProfile charges every Python call about a microsecond, so a stage made of many small rule functions
looks three to five times slower under it than it is, and its shares are bent towards the functions
called most. Here the stages run as `benchmarks/stages.py` runs them (the default pipeline, settled;
N articles parsed once; each stage over all of them, in the pipeline's order, by CPU time, the
fastest of R passes, each pass on a copy of the documents), and the steps named in STEPS are timed
on their own: each is replaced, for the run only, by a wrapper that adds its CPU time and its calls
to a tally. A step's time is inclusive (a step that calls another counts it too: `find_candidates`
runs inside `code_events`), and a wrapper costs about a microsecond a call, so only steps called a
few dozen times an article are listed. A generator step (a step that yields) would be timed only
until it returns its generator: none is listed.

Prints one block per stage: the stage's CPU ms an article, then each step's ms an article, calls an
article and share of the stage.
"""

from __future__ import annotations

import collections
import copy
import importlib
import time

from stages import options, prepared  # the script's own folder is on the path when it is run

# stage name -> (module, function or Class.method) of the steps to time, as the stage's own module reads them
STEPS: dict[str, list[tuple[str, str]]] = {
    "times": [("newsgraph.times", f) for f in ("candidate_spans", "select", "clause_tense")],
    "places": [("newsgraph.places", f) for f in ("collect", "candidates", "name_matches", "mention_kind", "choose")],
    "actors": [("newsgraph.actors.emit", "entities")],  # and every phase of actors.stage.PHASES (instrument)
    "quotes": [("newsgraph.attribution.stage", f) for f in (
        "Mentions", "find_marked", "_attribute_marked", "_indirect", "_verb_attribution", "_headlines",
        "_perspectives", "_title_verbs", "group")],
    "events": [("newsgraph.events.stage", f) for f in (
        "discarded", "_quote_spans", "_sentences", "clause_flags", "absorb")]
    + [("newsgraph.events.coder", f) for f in (
        "Participants.__init__", "find_candidates", "cameo_sense", "choose_sense", "match_verb", "attach_participants")]
    + [("newsgraph.events.headlines", "Recaser.reparsed")],
}


def _wrap(tally: collections.Counter, calls: collections.Counter, label: str, fn):
    def timed(*args, **kwargs):
        t0 = time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            tally[label] += time.process_time() - t0
            calls[label] += 1
    return timed


def instrument(tally: collections.Counter, calls: collections.Counter) -> None:
    """Replace every step of STEPS by its timed wrapper (a function in its module, a method in its class), and each
    of the actors stage's phases."""
    for stage, steps in STEPS.items():
        for mod_name, name in steps:
            owner = importlib.import_module(mod_name)
            attr = name
            if "." in name:
                cls, attr = name.split(".")
                owner = getattr(owner, cls)
            setattr(owner, attr, _wrap(tally, calls, f"{stage}.{name}", getattr(owner, attr)))
    actors = importlib.import_module("newsgraph.actors.stage")  # (its phases are a tuple of the functions themselves)
    actors.PHASES = tuple(_wrap(tally, calls, f"actors.{f.__name__}", f) for f in actors.PHASES)


def main() -> None:
    args = options(__doc__, 3, "time each stage this many times, show the fastest")
    pipe, docs = prepared(args)
    from newsgraph.nlp import parse_many

    t0 = time.process_time()
    parses = parse_many(pipe.nlp, [(d.text, d.sections) for d in docs])
    print(f"{len(docs)} articles from {args.data}; parse {1000 * (time.process_time() - t0) / len(docs):.1f} ms an article")
    tally: collections.Counter = collections.Counter()
    calls: collections.Counter = collections.Counter()
    instrument(tally, calls)
    n = len(docs)
    for st in pipe.stages:
        best = None
        for _ in range(max(1, args.repeat)):
            run = copy.deepcopy(docs)
            tally.clear()
            calls.clear()
            t0 = time.process_time()
            for d, p in zip(run, parses):
                st(d, p)
            total = time.process_time() - t0
            if best is None or total < best[0]:
                best = (total, dict(tally), dict(calls))
        total, spent, count = best
        print(f"\n{st.name}: {1000 * total / n:.3f} ms an article")
        for label, s in sorted(spent.items(), key=lambda kv: -kv[1]):
            print(f"  {label:45s} {1000 * s / n:7.3f} ms {count[label] / n:6.1f} calls {100 * s / total:4.0f}%")
        for d, p in zip(docs, parses):  # the documents as this stage leaves them, for the next
            st(d, p)


if __name__ == "__main__":
    main()
