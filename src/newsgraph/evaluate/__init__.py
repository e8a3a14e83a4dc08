"""Scoring newsgraph against gold data: one module per stage (`newsgraph evaluate <stage> GOLD`)."""
