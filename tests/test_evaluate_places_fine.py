"""The fine-grained places evaluator: stand-off gold over shared-data texts, labels, metonymy scores, CLI."""

import hashlib
import json

import pytest

from newsgraph.errors import InputError, UsageError
from newsgraph.evaluate import places_fine

TEXT = "Turkey said on Monday that the Syrian town of Kobani was shelled near Aleppo."
TOPONYMS = [
    {"start": 0, "end": 6, "text": "Turkey", "label": "metonymic", "lat": 39.0, "lon": 35.0},
    {"start": 31, "end": 37, "text": "Syrian", "label": "modifier", "lat": 35.0, "lon": 38.0},
    {"start": 46, "end": 52, "text": "Kobani", "label": "literal", "lat": 36.89, "lon": 38.35},
    {"start": 70, "end": 76, "text": "Aleppo", "label": "literal", "lat": 36.2, "lon": 37.16},
]


def _setup(tmp_path, toponyms=TOPONYMS, sha1=None, doc_id="world/001", extra=""):
    data = tmp_path / "shared" / "data" / "news"
    data.mkdir(parents=True)
    (data / "news.jsonl").write_text(json.dumps({"id": doc_id, "text": TEXT}) + "\n", encoding="utf-8")
    gold_dir = tmp_path / "repo" / "gold"
    gold_dir.mkdir(parents=True)
    rec = {"id": doc_id, "source": "news/news.jsonl",
           "sha1": sha1 or hashlib.sha1(TEXT.encode()).hexdigest()[:12], "toponyms": toponyms}
    path = gold_dir / "fine.jsonl"
    path.write_text(json.dumps(rec) + "\n" + extra, encoding="utf-8")
    return str(path)


def _sys(start, end, kind, lat=None, lon=None):
    return {"start": start, "end": end, "text": TEXT[start:end], "kind": kind, "name": TEXT[start:end],
            "feature": "city", "country": "SYR", "lat": lat, "lon": lon, "geonameid": None}


def test_load_reads_the_text_from_shared_data(tmp_path, monkeypatch):
    monkeypatch.delenv("NEWSGRAPH_DATA", raising=False)
    gold = places_fine.load_gold(_setup(tmp_path))
    assert gold[0]["text"] == TEXT and [t["label"] for t in gold[0]["toponyms"]] == [
        "metonymic", "modifier", "literal", "literal"]


def test_split_is_the_projects_third(tmp_path, monkeypatch):
    monkeypatch.delenv("NEWSGRAPH_DATA", raising=False)
    doc_id = next(f"d{i}" for i in range(50) if places_fine.heldout_split(f"d{i}") == "heldout")
    path = _setup(tmp_path, doc_id=doc_id)
    assert len(places_fine.load_gold(path, "heldout")) == 1
    with pytest.raises(UsageError, match=r"no gold articles in split 'dev' \(it has heldout\)"):
        places_fine.load_gold(path, "dev")


def test_score_toponyms_points_and_metonymy(tmp_path, monkeypatch):
    monkeypatch.delenv("NEWSGRAPH_DATA", raising=False)
    gold = places_fine.load_gold(_setup(tmp_path))
    pred = [_sys(0, 6, "metonym", 39.0, 35.0),        # right, metonym
            _sys(31, 37, "modifier", 35.0, 38.0),     # right
            _sys(46, 52, "name"),                     # found, no coordinates: counts as far
            _sys(62, 66, "metonym")]                  # "near": spurious metonym
    r = places_fine.score(gold, [pred])
    assert r["toponyms"]["tp"] == 3 and r["toponyms"]["precision"] == 0.75 and r["toponyms"]["recall"] == 0.75
    assert r["recall_by_label"] == {"literal": 0.5, "modifier": 1.0, "metonymic": 1.0}
    assert r["resolved"] == 3 and r["within_161km"] == pytest.approx(2 / 3, abs=1e-3)
    assert r["metonymy"]["tp"] == 1 and r["metonymy"]["precision"] == 0.5 and r["metonymy"]["recall"] == 1.0
    assert r["label_confusion"]["metonymic -> metonym"] == 1
    assert r["error_groups"] == {"resolution: no coordinates": 1, "missed: literal": 1, "spurious: metonym": 1}
    text = places_fine.render(r)
    assert "metonymy (1 gold, 2 system): P 0.500  R 1.000  F1 0.667" in text
    # a metonym output as a literal place is a kind error and no metonymy hit
    r2 = places_fine.score(gold, [[_sys(0, 6, "name", 39.0, 35.0)]])
    assert r2["metonymy"]["tp"] == 0 and r2["error_groups"]["kind: metonymic -> name"] == 1


@pytest.mark.parametrize("toponyms, sha1, message", [
    ([{"start": 0, "end": 6, "text": "Turkey", "label": "agent"}], None, "label 'agent' is not one of"),
    ([{"start": 1, "end": 6, "text": "Turkey", "label": "literal"}], None, "'Turkey' is not at 1-6"),
    ([{"start": 0, "end": 6, "label": "literal", "lat": 1.0}], None, "only one of lat/lon"),
    ([{"start": "0", "end": 6, "label": "literal"}], None, "integer `start` and `end`"),
    ([{"start": 70, "end": 900, "label": "literal"}], None, "outside the text"),
    (TOPONYMS, "ffffffffffff", "is not the one annotated"),
])
def test_bad_gold_is_an_input_error(tmp_path, monkeypatch, toponyms, sha1, message):
    monkeypatch.delenv("NEWSGRAPH_DATA", raising=False)
    with pytest.raises(InputError, match=message):
        places_fine.load_gold(_setup(tmp_path, toponyms, sha1))


def test_missing_source_and_record(tmp_path, monkeypatch):
    monkeypatch.delenv("NEWSGRAPH_DATA", raising=False)
    path = _setup(tmp_path, extra=json.dumps({"id": "x/9", "source": "news/news.jsonl", "toponyms": []}) + "\n")
    with pytest.raises(InputError, match="line 2: no record 'x/9'"):
        places_fine.load_gold(path)
    monkeypatch.setenv("NEWSGRAPH_DATA", str(tmp_path / "elsewhere"))
    with pytest.raises(InputError, match="does not exist") as exc:
        places_fine.load_gold(_setup(tmp_path / "b"))
    assert exc.value.name.endswith("fine.jsonl")  # the error names the gold file, not the missing source
    with pytest.raises(InputError, match="not JSON"):
        bad = tmp_path / "bad.jsonl"
        bad.write_text("{oops\n", encoding="utf-8")
        places_fine.load_gold(str(bad))


def test_cli_evaluate_places_fine(tmp_path):
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    env = {k: v for k, v in os.environ.items() if k != "NEWSGRAPH_DATA"}
    env["PYTHONPATH"] = str(root / "src")
    out = subprocess.run([sys.executable, "-m", "newsgraph.cli", "evaluate", "places", "--fine", _setup(tmp_path),
                          "--format", "json"], capture_output=True, text=True, env=env, timeout=300)
    assert out.returncode == 0, out.stderr
    report = json.loads(out.stdout)
    assert report["toponyms"]["gold"] == 4 and "metonymy" in report and "within_161km" in report


def test_the_projects_bbc_gold_loads(monkeypatch):
    from pathlib import Path

    from conftest import SHARED

    if not (SHARED / "data" / "bbc" / "bbc.jsonl").is_file():
        pytest.skip("shared BBC data absent")
    # the loader looks beside the gold file; a clone elsewhere finds the data where conftest did
    monkeypatch.setenv("NEWSGRAPH_DATA", str(SHARED / "data"))
    gold = places_fine.load_gold(str(Path(__file__).resolve().parent.parent / "gold" / "places_bbc_fine.jsonl"))
    assert len(gold) == 28 and sum(len(r["toponyms"]) for r in gold) == 264


def _shared_gold(monkeypatch, folder: str, name: str, **kw):
    """gold/NAME loaded against the shared data folder (skipped when its FOLDER there is absent)."""
    from pathlib import Path

    from conftest import SHARED

    if not (SHARED / "data" / folder).is_dir():
        pytest.skip(f"shared data {folder} absent")
    monkeypatch.setenv("NEWSGRAPH_DATA", str(SHARED / "data"))
    return places_fine.load_gold(str(Path(__file__).resolve().parent.parent / "gold" / name), **kw)


def test_the_polnear_gold_loads_by_reference(monkeypatch):
    """gold/places_polnear_fine.jsonl names PolNeAR's plain text files, not JSONL records: each offset
    must give its toponym's text in the file the sha1 names."""
    gold = _shared_gold(monkeypatch, "polnear/train/text", "places_polnear_fine.jsonl")
    labels = [t["label"] for r in gold for t in r["toponyms"]]
    assert len(gold) == 30 and len(labels) == 252
    assert (labels.count("literal"), labels.count("modifier"), labels.count("metonymic")) == (100, 121, 31)
    first = gold[0]
    assert all(first["text"][t["start"]:t["end"]] == t["text"] for t in first["toponyms"])


TML = ('<?xml version="1.0" ?>\n<TimeML><DOCID>wire_001</DOCID><TEXT>\n'
       'LIMA, <TIMEX3 tid="t1" type="DATE" value="1999-03-02">March 2</TIMEX3> -- Chile '
       '<EVENT eid="e1" class="I_ACTION">warned</EVENT> Peru about the Andean border.\n</TEXT></TimeML>\n')


def test_a_tml_source_gives_the_text_the_timeml_reader_gives(tmp_path, monkeypatch):
    """A `.tml` source resolves to its text with the markup removed (as `evaluate time --timeml` reads it):
    offsets after a tag count the tag's words, not its markup, and the sha1 is that text's."""
    from newsgraph.evaluate.timeml import read_tml

    folder = tmp_path / "shared" / "data" / "timebank" / "AQUAINT"
    folder.mkdir(parents=True)
    (folder / "wire_001.tml").write_text(TML, encoding="utf-8")
    text = read_tml(folder / "wire_001.tml")["text"]
    assert text.startswith("\nLIMA, March 2 -- Chile warned Peru")
    spans = [(text.index(w), text.index(w) + len(w), w) for w in ("LIMA", "Chile", "Peru", "Andean")]
    labels = ["literal", "metonymic", "literal", "modifier"]
    rec = {"id": "wire_001", "source": "timebank/AQUAINT/wire_001.tml",
           "sha1": hashlib.sha1(text.encode()).hexdigest()[:12],
           "toponyms": [{"start": s, "end": e, "text": w, "label": lab} for (s, e, w), lab in zip(spans, labels)]}
    gold_path = tmp_path / "fine.jsonl"
    gold_path.write_text(json.dumps(rec) + "\n", encoding="utf-8")
    monkeypatch.setenv("NEWSGRAPH_DATA", str(tmp_path / "shared" / "data"))
    gold = places_fine.load_gold(str(gold_path))
    assert gold[0]["text"] == text
    assert [t["text"] for t in gold[0]["toponyms"]] == ["LIMA", "Chile", "Peru", "Andean"]


def test_the_wire_gold_loads_from_timeml(monkeypatch):
    """gold/places_wire_fine.jsonl points into TimeML dev documents: each offset must give its toponym's text in
    the markup-free text whose sha1 the record names, and the counts are those its .md reports."""
    gold = _shared_gold(monkeypatch, "timebank/AQUAINT", "places_wire_fine.jsonl")
    labels = [t["label"] for r in gold for t in r["toponyms"]]
    assert len(gold) == 27 and len(labels) == 470
    assert (labels.count("literal"), labels.count("modifier"), labels.count("metonymic")) == (209, 170, 91)
    assert all(r["text"][t["start"]:t["end"]] == t["text"] for r in gold for t in r["toponyms"])
    assert _shared_gold(monkeypatch, "timebank/AQUAINT", "places_wire_fine.jsonl", split="dev") == gold


def test_a_record_with_no_text_is_an_empty_text(tmp_path, monkeypatch):
    """A source record whose `text` is null reads as the empty text (whose sha1 the gold may name), never as
    invented text."""
    from pathlib import Path

    monkeypatch.delenv("NEWSGRAPH_DATA", raising=False)
    path = _setup(tmp_path, toponyms=[])
    data = tmp_path / "shared" / "data" / "news" / "news.jsonl"
    data.write_text(json.dumps({"id": "world/001", "text": None}) + "\n", encoding="utf-8")
    empty_sha1 = hashlib.sha1(b"").hexdigest()[:12]
    Path(path).write_text(json.dumps({"id": "world/001", "source": "news/news.jsonl", "sha1": empty_sha1,
                                     "toponyms": []}) + "\n", encoding="utf-8")
    assert places_fine.load_gold(path)[0]["text"] == ""
