"""The filter's fitting script: cross-validation at fixed thresholds (scripts/train_attribution_filter.py --cv K
--threshold T ...), session 31. Own three-article corpus, as tests/test_attribution_s14.py."""

import json

from test_attribution_s14 import ARTICLES, _item, _script


def test_threshold_sweep_fits_each_fold_once_and_scores_every_threshold(pipeline, monkeypatch):
    mod = _script()
    items = [_item(pipeline, *a) for a in ARTICLES]
    fits = []
    real = mod.fitted

    def spy(feats, labels, n_gold, path, steps, tolerance):
        fits.append(len(labels))
        return real(feats, labels, n_gold, path, steps, tolerance)

    monkeypatch.setattr(mod, "fitted", spy)
    reports = mod.cross_validate_thresholds(items, (None, 0.0, 1.0), folds=3, steps=50)
    assert len(fits) == 3  # one fit per fold, whatever the number of thresholds
    assert list(reports) == [None, 0.0, 1.0]
    own, low, high = (reports[t]["overlap>0.3"] for t in (None, 0.0, 1.0))
    # the fold's own threshold finds the three plain "said" clauses, as cross_validate does
    assert own["recall"] == 1.0
    assert mod.cross_validate(items, folds=3, steps=50)["overlap>0.3"] == own
    # threshold 0 keeps every candidate (recall 1, at least as many attributions), 1 keeps none (scores are < 1)
    assert low["recall"] == 1.0 and low["system"] >= own["system"]
    assert high["system"] == 0 and high["recall"] == 0.0


def test_threshold_option_prints_one_line_per_threshold(pipeline, monkeypatch, capsys):
    mod = _script()
    items = [_item(pipeline, *a) for a in ARTICLES]
    from newsgraph.evaluate import polnear

    monkeypatch.setattr(polnear, "load_gold", lambda path, split: [g for g, _, _ in items])
    monkeypatch.setattr(mod, "parsed", lambda gold: iter(items))
    mod.main(["polnear-dir", "--cv", "3", "--steps", "50", "--threshold", "fold", "1.0"])
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [x["threshold"] for x in lines] == ["fold", 1.0]
    assert lines[0]["recall"] == 1.0 and lines[0]["indirect_recall"] == 1.0
    assert lines[1]["recall"] == 0.0 and lines[1]["f1"] == 0.0
