"""The filter's fitting script: cross-validation by article (scripts/train_attribution_filter.py --cv)."""

import importlib.util
from pathlib import Path

from stageutil import annotated

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "train_attribution_filter.py"


def _script():
    # named as its path ("scripts.<stem>") so that scripts/mutloop.py's trampolines, which match a mutant by its
    # module's name, run the script's mutants (session 31, s31-mut3)
    spec = importlib.util.spec_from_file_location("scripts.train_attribution_filter", SCRIPT)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _item(pipeline, name, text, content, source):
    """(gold article, Document, Parse), the gold one attribution whose content and source are the given words."""
    doc, parse = annotated(pipeline, text, name)
    at = lambda w: [(doc.text.index(w), doc.text.index(w) + len(w))]  # noqa: E731
    gold = {"id": name, "text": doc.text,
            "annotations": [[{"content": at(content), "source": at(source), "cue": at("said"), "kind": "indirect"}]]}
    return gold, doc, parse


ARTICLES = [
    ("a", "Mayor Ana Ruiz said the bridge would reopen in May.", "the bridge would reopen in May", "Mayor Ana Ruiz"),
    ("b", "The union said its members would strike on Friday.", "its members would strike on Friday", "The union"),
    ("c", "Governor Tom Hale said the budget was balanced.", "the budget was balanced", "Governor Tom Hale"),
]


def test_cross_validation_fits_each_fold_without_its_own_articles(pipeline, monkeypatch):
    mod = _script()
    items = [_item(pipeline, *a) for a in ARTICLES]
    seen = []
    real = mod.fitted

    def spy(feats, labels, n_gold, path, steps, tolerance):
        seen.append((len(labels), n_gold))
        return real(feats, labels, n_gold, path, steps, tolerance)

    monkeypatch.setattr(mod, "fitted", spy)
    per = [len(mod.labelled([it])[1]) for it in items]  # each article's candidates
    report = mod.cross_validate(items, folds=3, steps=50)
    # fold k is fitted on the candidates and gold of the other two articles only
    assert seen == [(sum(per) - per[k], 2.0) for k in range(3)]
    # every article is scored, each by the filter of its own fold: the three plain "said" clauses are found
    assert report["gold_attributions"] == 3.0 and report["overlap>0.3"]["recall"] == 1.0

