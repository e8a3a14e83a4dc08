"""Evaluators: score a stage's output against a gold file (`newsgraph evaluate ...`)."""
