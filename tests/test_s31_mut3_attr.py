"""Session 31 (s31-mut3): survivors of scripts/train_attribution_filter.py's `--cv K --threshold T ...` (s31-attr)
under scripts/mutloop.py, killed (docs/testing.md, "Session 31, s31-mut3"). The fit, the stage and the scorer are
stand-ins here: what is tested is the script's own wiring (which filter scores which article, at which threshold,
and how the reports are printed)."""

import json

import pytest

from test_attribution_s14 import _script


def test_cross_validate_passes_its_settings_to_the_threshold_sweep(monkeypatch):
    mod = _script()
    calls = []

    def sweep(items, thresholds, folds, steps, tolerance):
        calls.append((items, thresholds, folds, steps, tolerance))
        return {None: "the fold's own report"}

    monkeypatch.setattr(mod, "cross_validate_thresholds", sweep)
    assert mod.cross_validate(["x"], 4, 9, 0.25) == "the fold's own report"
    assert calls == [(["x"], (None,), 4, 9, 0.25)]


@pytest.fixture
def stand_ins(monkeypatch):
    """The script with the fit, the stage and the scorer replaced: each article has one candidate, its feature
    naming the article; a fold's filter knows the features it was fitted on and has its own threshold 0.3; the
    stage returns, per article, (article, the filter's threshold when run, whether the filter saw the article)."""
    mod = _script()
    from newsgraph.attribution import stage
    from newsgraph.evaluate import polnear

    fits = []

    class Fitted:
        def __init__(self, seen):
            self.seen, self.threshold = seen, 0.3

    def fitted(feats, labels, n_gold, path, steps, tolerance):
        fits.append((len(labels), n_gold, steps, tolerance))
        return Fitted({f[0] for f in feats}), 0.0

    monkeypatch.setattr(mod, "labelled", lambda its: ([[its[0][1]]], [1], 1))
    monkeypatch.setattr(mod, "fitted", fitted)
    monkeypatch.setattr(stage, "extract_all", lambda doc, parse, flt: (None, [(doc, flt.threshold, doc in flt.seen)]))
    monkeypatch.setattr(polnear, "scorable", lambda doc, a: a)
    monkeypatch.setattr(polnear, "score", lambda gold, preds: (gold, preds))
    return mod, fits


def test_the_sweep_scores_each_article_by_filters_fitted_without_it_at_each_threshold(stand_ins):
    mod, fits = stand_ins
    items = [(f"gold{i}", f"doc{i}", f"parse{i}") for i in range(7)]
    reports = mod.cross_validate_thresholds(items, (0.8, None, 0.2))  # the default: five folds, STEPS, F1_TOLERANCE
    # five fits, each on the articles of the other four folds (7 articles: folds of 2, 2, 1, 1, 1)
    assert fits == [(n, n, mod.STEPS, mod.F1_TOLERANCE) for n in (5, 5, 6, 6, 6)]
    assert list(reports) == [0.8, None, 0.2]
    for t, want in ((0.8, 0.8), (None, 0.3), (0.2, 0.2)):  # None: the fold's own threshold, after another was set
        gold, preds = reports[t]
        assert gold == [g for g, _, _ in items]
        assert preds == [[(f"doc{i}", want, False)] for i in range(7)]


def test_the_sweep_passes_steps_and_tolerance_to_every_fit(stand_ins):
    mod, fits = stand_ins
    mod.cross_validate_thresholds([(f"gold{i}", f"doc{i}", f"parse{i}") for i in range(3)], (None,), 3, 11, 0.125)
    assert fits == [(2, 2, 11, 0.125)] * 3


def _report(base):
    """A report of the evaluator's shape with scores not round at four places."""
    return {"overlap>0.3": {"f1": base + 0.111111, "precision": base + 0.222222, "recall": base + 0.333333},
            "speaker_accuracy": base + 0.444444, "recall_by_kind": {"indirect": {"recall": base + 0.555555}}}


def test_threshold_option_prints_each_score_rounded_to_four_places(monkeypatch, capsys):
    mod = _script()
    from newsgraph.evaluate import polnear

    monkeypatch.setattr(polnear, "load_gold", lambda path, split: ["g1", "g2"])
    monkeypatch.setattr(mod, "parsed", lambda gold: iter([(g, "doc", "parse") for g in gold]))
    calls = []

    def sweep(items, thresholds, folds, steps, tolerance):
        calls.append((items, thresholds, folds, steps, tolerance))
        return {t: _report(0.1 * i) for i, t in enumerate(thresholds)}

    monkeypatch.setattr(mod, "cross_validate_thresholds", sweep)
    mod.main(["polnear-dir", "--cv", "3", "--steps", "7", "--tolerance", "0.002", "--threshold", "fold", "0.25"])
    assert calls == [([("g1", "doc", "parse"), ("g2", "doc", "parse")], [None, 0.25], 3, 7, 0.002)]
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert lines == [
        {"threshold": "fold", "f1": 0.1111, "precision": 0.2222, "recall": 0.3333, "speaker_accuracy": 0.4444,
         "indirect_recall": 0.5556},
        {"threshold": 0.25, "f1": 0.2111, "precision": 0.3222, "recall": 0.4333, "speaker_accuracy": 0.5444,
         "indirect_recall": 0.6556}]


def test_threshold_without_cv_trains_and_cv_without_threshold_prints_one_report(monkeypatch, capsys, tmp_path):
    mod = _script()
    from newsgraph.evaluate import polnear

    monkeypatch.setattr(polnear, "load_gold", lambda path, split: ["g1"])
    monkeypatch.setattr(mod, "parsed", lambda gold: iter([("g1", "doc", "parse")]))
    monkeypatch.setattr(mod, "cross_validate_thresholds", lambda *a: pytest.fail("no sweep without --cv"))
    trained = []
    monkeypatch.setattr(mod, "train", lambda items, out, steps, tolerance: trained.append(out) or {
        "candidates": 1, "positives": 1, "train_f1": 1.0, "threshold": 0.5, "weights": {}})
    mod.main(["polnear-dir", "--threshold", "0.5", "--out", str(tmp_path / "f.json")])
    assert trained == [tmp_path / "f.json"]
    monkeypatch.setattr(mod, "cross_validate", lambda items, folds, steps, tolerance: {"errors": [], "folds": folds})
    mod.main(["polnear-dir", "--cv", "4"])
    assert json.loads(capsys.readouterr().out) == {"folds": 4}


def test_help_names_the_threshold_option(monkeypatch, capsys):
    monkeypatch.setenv("COLUMNS", "200")
    with pytest.raises(SystemExit):
        _script().main(["--help"])
    out = " ".join(capsys.readouterr().out.split())
    # the option's usage, then its help, which ends the help (the last option): nothing may wrap the text
    assert out.endswith("--threshold T [T ...] with --cv: score each fold's filter at these thresholds ('fold': the "
                        "fold's own)")
