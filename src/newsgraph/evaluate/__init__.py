"""Evaluators: score a stage's output against gold data (`newsgraph evaluate NAME ...`).

The registry below is what the CLI builds its `evaluate` commands from; base.py says how to add
an evaluator or another gold source (one `register(...)` entry, or one `corpus(...)` source).
"""

from .actors import ActorsEvaluator
from .base import (GOLD, REGISTRY, Evaluator, Gold, ModuleEvaluator, Option, Source, corpus, evaluators, get,
                   gold_file, heldout_split, register)

__all__ = ["GOLD", "REGISTRY", "Evaluator", "Gold", "ModuleEvaluator", "Option", "Source", "corpus", "evaluators",
           "get", "gold_file", "heldout_split", "register"]

register(ActorsEvaluator())
register(ModuleEvaluator(
    "newsgraph.evaluate.events", name="events",
    help="Score the event coder: type accuracy, (source, type, target) triples, PETRARCH-style counts.",
    sources=[gold_file("PLOVER gold-standard records (JSON array) or newsgraph events JSONL (e.g. gold/events.jsonl)."),
             corpus("petrarch", "FILE", "newsgraph.evaluate.petrarch",
                    "PETRARCH record XML (<Sentence><EventCoding .../><Text>): correct/uncoded/extra per CAMEO category."),
             corpus("codebook", "FILE", "newsgraph.evaluate.codebook",
                    "The CAMEO 1.1b3 verb codebook in Markdown (verb-codebook.md): its example sentences, "
                    "type accuracy and CAMEO code accuracy (no actors)."),
             corpus("acled", "FILE", "newsgraph.evaluate.acled",
                    "News snippets labelled with ACLED sub-event types (CSV or JSONL with ACLED's columns notes, "
                    "event_type, sub_event_type; or stand-off JSONL into the shared data with 'none' labels, "
                    "e.g. gold/acled_real.jsonl): per-class P/R/F1, macro-F1, accuracy, confusions.")],
    options=[Option("verbs", "Extra verb dictionary or YAML lexicon (repeatable).", kind="list"),
             Option("actors", "CAMEO/PETRARCH actor dictionary (repeatable).", kind="list"),
             Option("agents", "CAMEO/PETRARCH agent dictionary (repeatable).", kind="list"),
             Option("discards", "PETRARCH discard list (repeatable; replaces the built-in one; `none`: no list).",
                    kind="list"),
             Option("issues", "PETRARCH issue dictionary (repeatable; `builtin`: the Phoenix one).", kind="list"),
             Option("errors", "Also write one JSON line per gold item (gold and predicted events, missed and extra "
                    "triples; a --codebook example's or an --acled snippet's codes) to this file, for error analysis. "
                    "With GOLD, --codebook or --acled; not with --petrarch.")]))
register(ModuleEvaluator(
    "newsgraph.evaluate.places", name="places",
    help="Places: toponym P/R/F1, country and feature accuracy, coordinates within 100 km.",
    sources=[gold_file("Gold JSONL (format: docs/accuracy.md, e.g. gold/places.jsonl)."),
             corpus("lgl", "FILE", "newsgraph.evaluate.lgl",
                    "The LGL corpus (lgl.xml): toponym P/R/F1, within 161 km, median error, GeoNames id accuracy."),
             corpus("fine", "FILE", "newsgraph.evaluate.places_fine",
                    "Fine-grained toponym gold, stand-off over shared-data texts (literal / modifier / metonymic, "
                    "e.g. gold/places_bbc_fine.jsonl): toponym P/R/F1, within 161 km, metonymy P/R/F1.")],
    options=[Option("errors", "Write every error (missed, spurious, resolved too far) as a JSON line to this file, "
                              "grouped by category, for error analysis. With --lgl or --fine; not with GOLD.")]))
register(ModuleEvaluator(
    "newsgraph.evaluate.quotes", name="quotes",
    help="Quotes: span P/R/F1 (overlap), recall by kind, speaker and kind accuracy.",
    sources=[gold_file("Gold JSONL (format: docs/accuracy.md, e.g. gold/quotes.jsonl)."),
             corpus("polnear", "DIR", "newsgraph.evaluate.polnear",
                    "PolNeAR brat files under DIR (train/, dev/): attribution P/R/F1 at >0.3 and >0.8 overlap, "
                    "speaker accuracy, recall by kind.")]))
register(ModuleEvaluator(
    "newsgraph.evaluate.time", name="time",
    help="Time expressions: span P/R/F1 (overlap and exact), value accuracy, inferred publication dates.",
    sources=[gold_file("Gold JSONL (format: docs/accuracy.md, e.g. gold/time.jsonl)."),
             corpus("timeml", "DIR", "newsgraph.evaluate.timeml",
                    "TimeML .tml files under DIR (TimeBank, AQUAINT): TempEval-3 span and value scores.")],
    options=[Option("errors", "Write every miss, extra, wrong value, type or span as a JSON line to this file, "
                              "with document, creation date, values and context. With --timeml; not with GOLD.")]))
