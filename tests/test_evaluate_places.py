"""The places evaluator: distances, scoring, and the shipped gold file's shape."""

import json
from pathlib import Path

from newsgraph.evaluate import places as evp

ROOT = Path(__file__).resolve().parent.parent


def test_km():
    assert evp.km(48.86, 2.35, 48.86, 2.35) == 0
    assert 330 < evp.km(48.86, 2.35, 51.51, -0.13) < 350  # Paris-London


def test_score_counts_country_and_distance(tmp_path, pipeline):
    rec = {"id": "p", "text": "Talks were held in Cairo and later in Egypt's second city.",
           "places": [{"text": "Cairo", "country": "EGY", "feature": "city", "lat": 30.04, "lon": 31.24},
                      {"text": "Egypt", "country": "EGY", "feature": "country"}]}
    p = tmp_path / "g.jsonl"
    p.write_text(json.dumps(rec) + "\n")
    r = evp.score(evp.load_gold(str(p)), pipeline)
    assert r["mentions"]["f1"] == 1.0 and r["country_accuracy"] == 1.0 and r["within_100km"] == 1.0
    far = {**rec, "places": [{**rec["places"][0], "lat": 0.0, "lon": 0.0}]}
    p.write_text(json.dumps(far) + "\n")
    r = evp.score(evp.load_gold(str(p)), pipeline)
    assert r["within_100km"] == 0.0 and r["mentions"]["precision"] == 0.5


def test_shipped_gold_files_are_big_enough():
    places = evp.load_gold(str(ROOT / "gold" / "places.jsonl"))
    assert sum(len(r["places"]) for r in places) >= 30
    from newsgraph.evaluate import quotes as evq

    quotes = evq.load_gold(str(ROOT / "gold" / "quotes.jsonl"))
    assert sum(len(r["quotes"]) for r in quotes) >= 30
