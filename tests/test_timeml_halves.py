"""scripts/timeml_halves.py: the groups it scores (issue 13's two-half check), here AQUAINT's news services."""

import importlib.util
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "timeml_halves.py"
_spec = importlib.util.spec_from_file_location("timeml_halves", SCRIPT)
halves = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(halves)


def _doc(doc_id: str, corpus: str) -> dict:
    return {"id": doc_id, "corpus": corpus, "dct": "1999-03-13", "text": "", "times": []}


def test_an_aquaint_file_names_its_news_service():
    assert halves.source_of(_doc("XIE19990313.0229", "AQUAINT")) == "XIE"
    assert halves.source_of(_doc("APW20000107.0318", "AQUAINT")) == "APW"
    # TimeBank has AP wire files too, annotated in another batch: they stay in TimeBank
    assert halves.source_of(_doc("APW19980213.1380", "TimeBank")) is None


def test_groups_split_each_news_service_by_half():
    gold = [_doc("XIE19990313.0229", "AQUAINT"), _doc("APW20000107.0318", "AQUAINT"),
            _doc("XIE19990210.0079", "AQUAINT"), _doc("wsj_0136", "TimeBank")]
    g = halves.groups_of(gold, parity=True)
    ids = {name: [d["id"] for d in docs] for name, docs in g.items()}
    assert ids["AQUAINT-XIE"] == ["XIE19990313.0229", "XIE19990210.0079"]
    assert ids["AQUAINT-XIE-A"] == ["XIE19990313.0229", "XIE19990210.0079"]  # indices 0 and 2: even
    assert ids["AQUAINT-XIE-B"] == []
    assert ids["AQUAINT-APW-B"] == ["APW20000107.0318"]
    assert ids["TimeBank-B"] == ["wsj_0136"] and ids["AQUAINT"] == ids["dev"][:3]
    assert "TimeBank-wsj" not in ids and not any(k.startswith("AQUAINT-None") for k in ids)
