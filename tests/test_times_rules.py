"""times.py's helpers one by one, with hand-made inputs and spaCy `Doc`s built with fixed heads and
tags (no parser in the way): written to kill the mutants `scripts/mutate.py times` left alive
(docs/testing.md, session 4)."""
