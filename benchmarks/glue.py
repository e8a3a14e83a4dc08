"""What `newsgraph extract` spends around the spaCy parse and the six stages, by CPU time.

    .venv/bin/python benchmarks/glue.py [--handover] -- FILE [extract options]

Runs `newsgraph extract FILE ...` in this process (pass `-f jsonl -q --workers 1 -o OUT`: with more
workers the wrapped functions run in the workers and their times are lost) with a process_time
counter around each piece of the run that is neither a spaCy component nor a stage: start-up (imports,
model load, building the pipeline), reading the input, cleaning and sectioning, the language check,
the content id, cutting the text into pieces, the spaCy parse itself (every component, one figure),
joining the pieces into one Doc, the parse repairs, the stages (one figure), encoding and writing each
Document. Prints one row each: seconds, calls, ms per article. The counters cost a little themselves
(a few microseconds a call), so the small rows are upper bounds.

--handover (with -o OUT): also times what the Documents cost on their way from a worker to the parent
at --workers 2 (pipeline._pack: msgpack encoding and the worker's check decode; _unpack's decode in
the parent), over the Documents the run wrote, in worker-sized batches.
"""

from __future__ import annotations

import collections
import functools
import sys
import time

T: collections.Counter = collections.Counter()
N: collections.Counter = collections.Counter()
START = time.process_time()

# the parse repairs pipeline.parse_many runs on each article's Doc, timed as one row
REPAIRS = ("_trim_entities", "coordinate_finite_verbs", "speakers_next_acts", "title_subjects",
           "clauses_after_occasions", "dangling_coordinators", "interrupted_conjuncts", "fragment_lists",
           "detached_list_heads", "answers_own_phrases", "perfect_contractions", "hyphenated_verbs",
           "collective_participles", "past_verbs_read_as_nouns")


def timed(owner, name: str, row: str) -> None:
    """Replace owner.name by a wrapper that adds its CPU time to `row`."""
    f = getattr(owner, name)

    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        t = time.process_time()
        try:
            return f(*args, **kwargs)
        finally:
            T[row] += time.process_time() - t
            N[row] += 1

    setattr(owner, name, wrapper)


def timed_generator(owner, name: str, row: str) -> None:
    """Replace the generator function owner.name by one that adds the CPU time of each step to `row`
    (what the caller does with each item between steps is not counted)."""
    f = getattr(owner, name)

    def wrapper(*args, **kwargs):
        it = f(*args, **kwargs)
        while True:
            t = time.process_time()
            try:
                item = next(it)
            except StopIteration:
                T[row] += time.process_time() - t
                return
            T[row] += time.process_time() - t
            N[row] += 1
            yield item

    setattr(owner, name, wrapper)


def instrument() -> None:
    import newsgraph.cli as cli
    import newsgraph.model as model
    import newsgraph.nlp as nlp
    import newsgraph.pipeline as pipeline
    import newsgraph.read as read  # extract imports read_paths from here when it runs

    T["start-up: importing newsgraph's command line"] = time.process_time() - START
    timed(cli, "run_options", "start-up: run_options (imports the stages' modules)")
    timed(nlp, "load", "start-up: nlp.load (spaCy and the model)")
    timed(pipeline.Pipeline, "__init__", "start-up: Pipeline() (the stages' tables)")
    timed_generator(read, "read_paths", "reading the input (read_paths)")
    timed(pipeline, "label_sections", "prepare: cleaning and sectioning (label_sections)")
    timed(pipeline, "require_english", "prepare: language check (require_english)")
    timed(pipeline, "content_id", "prepare: content id (sha256)")
    timed(pipeline.Pipeline, "prepare", "prepare: all of it")
    timed(nlp, "chunk_bounds", "parse: cutting into pieces (chunk_bounds)")
    timed_generator(nlp, "_pipe", "parse: spaCy nlp.pipe, every component")
    timed(nlp, "join_docs", "parse: joining the pieces (join_docs)")
    for name in REPAIRS:
        timed(nlp, name, "parse: the 14 parse repairs")
    timed(pipeline.Pipeline, "annotate", "the six stages (annotate)")
    timed(model.Document, "to_json", "output: Document.to_json")
    timed(cli._DocWriter, "write", "output: writing (to_json included)")


def handover(path: str, batch: int = 8) -> None:
    """The msgpack hand-over of --workers 2, timed over the Documents in the JSONL file at path."""
    from newsgraph.model import Document
    from newsgraph.pipeline import _MSGPACK, _UNPACK

    with open(path, encoding="utf-8") as fh:
        docs = [Document.from_json(line) for line in fh]
    batches = [docs[i:i + batch] for i in range(0, len(docs), batch)]
    t0 = time.process_time()
    packed = [_MSGPACK.encode(b) for b in batches]
    t1 = time.process_time()
    for data in packed:
        _UNPACK.decode(data)
    t2 = time.process_time()
    n = len(docs) or 1
    print(f"hand-over, {len(docs)} Documents, {sum(map(len, packed)) / n / 1000:.1f} KB each as msgpack:")
    print(f"  encode (worker) {(t1 - t0) / n * 1000:.3f} ms/article; decode (the worker's check, and again "
          f"in the parent) {(t2 - t1) / n * 1000:.3f} ms/article each")


def main(argv: list[str]) -> None:
    with_handover = "--handover" in argv
    args = [a for a in argv if a not in ("--handover", "--")]
    instrument()
    import newsgraph.cli as cli

    sys.argv = ["newsgraph", "extract", *args]
    try:
        cli.main()
    except SystemExit as exc:
        if exc.code:
            raise
    total = time.process_time() - START
    articles = N["the six stages (annotate)"] or 1
    for row, secs in sorted(T.items(), key=lambda kv: -kv[1]):
        print(f"{secs:8.3f} s {N[row]:6d} calls {secs / articles * 1000:8.3f} ms/article  {row}")
    print(f"{total:8.3f} s total CPU of the process, {articles} articles")
    if with_handover and "-o" in args:
        handover(args[args.index("-o") + 1])


if __name__ == "__main__":
    main(sys.argv[1:])
