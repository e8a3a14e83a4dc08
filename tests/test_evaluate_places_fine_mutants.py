"""Mutation-found gaps in evaluate/places_fine.py (s7-mutate2): where the texts are found, the
gold's checks, the error records and the text report."""

import hashlib
import json

import pytest

from newsgraph.errors import InputError
from newsgraph.evaluate import places_fine

TEXT = "Turkey said on Monday that the Syrian town of Kobani was shelled near Aleppo."
NEAR = TEXT.index("near")


def _data(tmp_path, name="news.jsonl", content=None):
    data = tmp_path / "shared" / "data" / "news"
    data.mkdir(parents=True, exist_ok=True)
    (data / name).write_text(content if content is not None else json.dumps({"id": "w/1", "text": TEXT}) + "\n",
                             encoding="utf-8")
    return data.parent


def _gold(tmp_path, *records, raw=""):
    d = tmp_path / "repo" / "gold"
    d.mkdir(parents=True, exist_ok=True)
    path = d / "fine.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records) + raw, encoding="utf-8")
    return str(path)


def _rec(toponyms=(), source="news/news.jsonl", doc_id="w/1", **more):
    return {"id": doc_id, "source": source, "toponyms": list(toponyms), **more}


@pytest.fixture(autouse=True)
def _no_env(monkeypatch):
    monkeypatch.delenv("NEWSGRAPH_DATA", raising=False)


# ---- where the texts are


def test_data_dir_env_first_then_the_nearest_shared_data(tmp_path, monkeypatch):
    root = _data(tmp_path)
    gold = _gold(tmp_path, _rec())
    assert places_fine.data_dir(gold) == root
    monkeypatch.setenv("NEWSGRAPH_DATA", str(tmp_path / "x"))
    assert places_fine.data_dir(gold) == tmp_path / "x"


def test_no_shared_data_anywhere(tmp_path, monkeypatch):
    import pathlib

    # every parent of the gold file, the real / included, is told to have no shared/data
    monkeypatch.setattr(pathlib.Path, "is_dir", lambda self: False)
    with pytest.raises(InputError) as err:
        places_fine.data_dir(str(tmp_path / "g.jsonl"))
    assert str(err.value) == f"{tmp_path / 'g.jsonl'}: no shared data folder for its sources (set NEWSGRAPH_DATA)"


def test_a_plain_text_source_and_a_record_without_text(tmp_path):
    _data(tmp_path, "a.txt", TEXT)
    _data(tmp_path, "n.jsonl", json.dumps({"id": 7}) + "\n\n" + json.dumps({"id": "w/1", "text": TEXT}) + "\n")
    gold = places_fine.load_gold(_gold(tmp_path, _rec(source="news/a.txt", doc_id="a"),
                                       _rec(source="news/n.jsonl", doc_id=7),
                                       _rec(source="news/n.jsonl", doc_id="w/1")))
    assert [(g["id"], g["text"]) for g in gold] == [("a", TEXT), ("7", ""), ("w/1", TEXT)]


def test_each_source_file_is_read_once(tmp_path, monkeypatch):
    _data(tmp_path)
    texts = places_fine._Texts(_gold(tmp_path, _rec()))
    reads = []
    real = places_fine._Texts._read
    monkeypatch.setattr(places_fine._Texts, "_read", lambda self, p, w: reads.append(p) or real(self, p, w))
    assert texts.get("news/news.jsonl", "w/1", "line 1") == TEXT
    assert texts.get("news/news.jsonl", "w/1", "line 2") == TEXT
    assert len(reads) == 1


# ---- the gold's checks


def test_blank_lines_are_skipped_and_lines_counted(tmp_path):
    _data(tmp_path)
    path = _gold(tmp_path, _rec(), raw="\n   \n" + json.dumps({"id": "w/2"}) + "\n")
    with pytest.raises(InputError) as err:
        places_fine.load_gold(path)
    assert "line 4: a record needs an `id` and a `source`" in str(err.value) and "fine.jsonl" in str(err.value)


@pytest.mark.parametrize("line", ['["w/1"]', '{"id": "", "source": "news/news.jsonl"}', '{"id": "w/1", "source": ""}'])
def test_a_record_needs_id_and_source(tmp_path, line):
    _data(tmp_path)
    with pytest.raises(InputError, match="line 1: a record needs"):
        places_fine.load_gold(_gold(tmp_path, raw=line + "\n"))


def test_not_json_names_the_line(tmp_path):
    _data(tmp_path)
    with pytest.raises(InputError) as err:
        places_fine.load_gold(_gold(tmp_path, _rec(), raw="{oops\n"))
    assert str(err.value).startswith(f"{tmp_path / 'repo' / 'gold' / 'fine.jsonl'}: line 2: not JSON (")


def test_no_gold_file_and_an_empty_one(tmp_path):
    with pytest.raises(InputError) as err:
        places_fine.load_gold(str(tmp_path / "none.jsonl"))
    assert str(err.value) == f"{tmp_path / 'none.jsonl'}: no such gold file"
    with pytest.raises(InputError) as err:
        places_fine.load_gold(_gold(tmp_path, raw="\n"))
    assert str(err.value) == f"{tmp_path / 'repo' / 'gold' / 'fine.jsonl'}: no gold articles"


def test_sha1_prefix_checked_only_when_given(tmp_path):
    _data(tmp_path)
    sha = hashlib.sha1(TEXT.encode()).hexdigest()
    assert places_fine.load_gold(_gold(tmp_path, _rec(sha1=sha[:6])))[0]["text"] == TEXT
    assert places_fine.load_gold(_gold(tmp_path, _rec(sha1="")))[0]["text"] == TEXT
    path = _gold(tmp_path, _rec(sha1=sha[1:7]))
    with pytest.raises(InputError) as err:
        places_fine.load_gold(path)
    assert str(err.value) == f"{path}: line 1: the text of w/1 in news/news.jsonl is not the one annotated (sha1)"


def test_no_record_in_the_source(tmp_path):
    _data(tmp_path)
    with pytest.raises(InputError) as err:
        places_fine.load_gold(_gold(tmp_path, _rec(doc_id="w/9")))
    assert str(err.value) == f"{tmp_path / 'repo' / 'gold' / 'fine.jsonl'}: line 1: no record 'w/9' in news/news.jsonl"


def test_a_missing_source_names_the_gold_file_and_line(tmp_path):
    _data(tmp_path)
    path = _gold(tmp_path, _rec(), _rec(source="news/gone.jsonl"))
    with pytest.raises(InputError) as err:
        places_fine.load_gold(path)
    gone = tmp_path / "shared" / "data" / "news" / "gone.jsonl"
    assert str(err.value) == f"{path}: line 2: source {gone} does not exist"


@pytest.mark.parametrize("start, end, ok", [
    (0, 6, True), (70, 77, True), (0, 0, False), (-1, 6, False), (70, 78, False), (6, 5, False),
])
def test_toponym_offsets(tmp_path, start, end, ok):
    _data(tmp_path)
    path = _gold(tmp_path, _rec([{"start": start, "end": end, "label": "literal"}]))
    if ok:
        (t,) = places_fine.load_gold(path)[0]["toponyms"]
        assert t == {"start": start, "end": end, "label": "literal", "text": TEXT[start:end]}  # text filled in
        return
    with pytest.raises(InputError) as err:
        places_fine.load_gold(path)
    assert str(err.value) == f"{path}: line 1: toponym offsets {start}-{end} are outside the text (77 characters)"


@pytest.mark.parametrize("t", ["Turkey", {"start": 0, "label": "literal"}, {"end": 6, "label": "literal"},
                               {"start": 0, "end": 6.0, "label": "literal"}])
def test_a_toponym_needs_integer_offsets(tmp_path, t):
    _data(tmp_path)
    path = _gold(tmp_path, _rec([t]))
    with pytest.raises(InputError) as err:
        places_fine.load_gold(path)
    assert str(err.value) == f"{path}: line 1: a toponym needs integer `start` and `end`"


def test_label_lat_lon_checks_name_the_toponym(tmp_path):
    _data(tmp_path)
    path = _gold(tmp_path, _rec([{"start": 0, "end": 6}]))
    with pytest.raises(InputError) as err:
        places_fine.load_gold(path)
    assert str(err.value) == f"{path}: line 1: toponym label None is not one of literal, modifier, metonymic"
    path = _gold(tmp_path, _rec([{"start": 0, "end": 6, "text": "Turkey", "label": "literal", "lon": 1.0}]))
    with pytest.raises(InputError) as err:
        places_fine.load_gold(path)
    assert str(err.value) == f"{path}: line 1: toponym 'Turkey' has only one of lat/lon"
    path = _gold(tmp_path, _rec([{"start": 0, "end": 6, "text": "Syria", "label": "literal"}]))
    with pytest.raises(InputError) as err:
        places_fine.load_gold(path)
    assert str(err.value) == f"{path}: line 1: toponym 'Syria' is not at 0-6"
    ok = places_fine.load_gold(_gold(tmp_path, _rec([{"start": 0, "end": 6, "label": "literal", "lat": 0.0,
                                                      "lon": 0.0}])))
    assert ok[0]["toponyms"][0]["lat"] == 0.0


# ---- score, errors, render


def _g(start, end, label, lat=None, lon=None):
    t = {"start": start, "end": end, "text": TEXT[start:end], "label": label}
    if lat is not None:
        t.update(lat=lat, lon=lon)
    return t


def _sys(start, end, kind, lat=None, lon=None):
    return {"start": start, "end": end, "text": TEXT[start:end], "kind": kind, "name": TEXT[start:end].upper(),
            "feature": "city", "country": "SYR", "lat": lat, "lon": lon}


def _one(toponyms, pred):
    return places_fine.score([{"id": "w/1", "text": TEXT, "toponyms": toponyms}], [pred])


def test_error_records_name_the_system_reading_and_the_distance():
    r = _one([_g(46, 52, "literal", 36.89, 38.35), _g(70, 76, "literal", 36.2, 37.16)],
             [_sys(46, 52, "name", 36.89, 38.35), _sys(70, 76, "name", 30.0, 31.0)])
    assert r["resolved"] == 2 and r["within_161km"] == 0.5
    (far,) = r["errors"]
    assert far["error"] == "resolution" and far["category"] == "far" and far["label"] == "literal"
    assert far["system"] == "ALEPPO (SYR, city, name)" and far["text"] == "Aleppo" and far["id"] == "w/1"
    assert 850 < far["km"] < 950 and isinstance(far["km"], int)
    assert far["context"] == "d on Monday that the Syrian town of Kobani was shelled near [[Aleppo]]."
    assert abs(r["median_error_km"] - far["km"] / 2) <= 0.5  # the median of 0 km and the far one


def test_a_toponym_without_a_gold_point_has_no_distance():
    r = _one([_g(46, 52, "literal")], [_sys(46, 52, "name")])
    assert r["resolved"] == 0 and r["within_161km"] == 0.0 and r["median_error_km"] is None and r["errors"] == []


def test_within_is_at_most_161_km_and_no_coordinates_is_far():
    r = _one([_g(46, 52, "literal", 0.0, 0.0)], [_sys(46, 52, "name", 0.0, 1.4)])  # about 156 km
    assert r["within_161km"] == 1.0
    r = _one([_g(46, 52, "literal", 0.0, 0.0)], [_sys(46, 52, "name", 0.0, 1.5)])  # about 167 km
    assert r["within_161km"] == 0.0 and r["errors"][0]["km"] == 167
    r = _one([_g(46, 52, "literal", 0.0, 0.0)], [_sys(46, 52, "name")])
    assert r["median_error_km"] == 20039.0 and r["errors"][0]["km"] == 20039
    assert r["errors"][0]["category"] == "no coordinates"


def test_spurious_and_missed_records():
    r = _one([_g(0, 6, "metonymic")], [_sys(NEAR, NEAR + 4, "metonym")])
    missed, spurious = r["errors"]
    assert (missed["error"], missed["category"], missed["label"], "system" in missed) == ("missed", "metonymic",
                                                                                           "metonymic", False)
    assert (spurious["error"], spurious["category"], spurious["label"], spurious["text"]) == ("spurious", "metonym",
                                                                                              None, "near")
    assert spurious["context"].endswith("shelled [[near]] Aleppo.") and spurious["system"] == "NEAR (SYR, city, metonym)"
    assert r["metonymy"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "tp": 0, "system": 1, "gold": 1}
    assert r["recall_by_label"] == {"literal": None, "modifier": None, "metonymic": 0.0}
    assert r["gold_by_label"] == {"literal": 0, "modifier": 0, "metonymic": 1}


def test_overlap_must_be_half_the_longer_span():
    # "Kobani was" (46-56) over gold "Kobani" (46-52): 6 of 10 characters
    assert _one([_g(46, 52, "literal")], [_sys(46, 56, "name")])["toponyms"]["tp"] == 1
    # "Kobani was shelled" (46-64): 6 of 18
    assert _one([_g(46, 52, "literal")], [_sys(46, 64, "name")])["toponyms"]["tp"] == 0


def test_error_groups_most_common_first():
    r = _one([_g(0, 6, "metonymic"), _g(46, 52, "literal"), _g(70, 76, "literal")], [_sys(31, 37, "modifier")])
    assert list(r["error_groups"].items()) == [("missed: literal", 2), ("missed: metonymic", 1),
                                               ("spurious: modifier", 1)]
    assert r["articles"] == 1 and r["label_confusion"] == {}


def test_render_lines():
    r = _one([_g(0, 6, "metonymic", 39.0, 35.0), _g(46, 52, "literal")],
             [_sys(0, 6, "metonym", 39.0, 35.0), _sys(NEAR, NEAR + 4, "metonym")])
    lines = places_fine.render(r).splitlines()
    assert lines == [
        "fine-grained places: 1 articles, 2 gold toponyms, 2 system toponyms",
        "  toponyms (overlap >= 50%): P 0.500  R 0.500  F1 0.500",
        "  recall by gold label: literal 0.000 (1)  metonymic 1.000 (1)",
        "  matched toponyms with a point: 1   within 161 km: 1.000   median error: 0.0 km",
        "  metonymy (1 gold, 2 system): P 0.500  R 1.000  F1 0.667",
        "  gold label -> system kind: metonymic -> metonym 1",
        "  errors: missed: literal 1; spurious: metonym 1",
    ]
    clean = _one([_g(0, 6, "metonymic")], [_sys(0, 6, "metonym")])
    assert places_fine.render(clean).endswith("  errors: none\n")


def test_write_errors_groups_the_biggest_first(tmp_path):
    gold = [{"id": "w/1", "text": TEXT, "toponyms": [_g(0, 6, "metonymic"), _g(46, 52, "literal"),
                                                     _g(70, 76, "literal")]}]
    out = tmp_path / "e.jsonl"
    places_fine.write_errors(gold, [[_sys(0, 6, "name")]], str(out))
    rows = [json.loads(x) for x in out.read_text().splitlines()]
    assert [(e["error"], e["category"], e["text"]) for e in rows] == [
        ("missed", "literal", "Aleppo"), ("missed", "literal", "Kobani"), ("kind", "metonymic -> name", "Turkey")]


def test_a_record_of_another_split_is_skipped_not_the_end(tmp_path):
    _data(tmp_path, "a.txt", TEXT)
    held = next(f"h{n}" for n in range(50) if places_fine.heldout_split(f"h{n}") == "heldout")
    dev = next(f"d{n}" for n in range(50) if places_fine.heldout_split(f"d{n}") == "dev")
    path = _gold(tmp_path, _rec(source="news/a.txt", doc_id=held), _rec(source="news/a.txt", doc_id=dev))
    assert [g["id"] for g in places_fine.load_gold(path, "dev")] == [dev]
    assert [g["id"] for g in places_fine.load_gold(path, "heldout")] == [held]


def test_a_record_without_toponyms_has_none(tmp_path):
    _data(tmp_path)
    rec = _rec()
    del rec["toponyms"]
    assert places_fine.load_gold(_gold(tmp_path, rec))[0]["toponyms"] == []


def test_counts_add_up_over_articles():
    a = {"id": "w/1", "text": TEXT, "toponyms": [_g(0, 6, "metonymic"), _g(46, 52, "literal"), _g(70, 76, "literal")]}
    b = {"id": "w/2", "text": TEXT, "toponyms": [_g(0, 6, "metonymic")]}
    r = places_fine.score([a, b], [[_sys(0, 6, "metonym"), _sys(46, 52, "name"), _sys(70, 76, "name")],
                                   [_sys(0, 6, "name"), _sys(31, 37, "metonym")]])
    assert r["toponyms"] == {"precision": 0.8, "recall": 1.0, "f1": 0.8889, "tp": 4, "system": 5, "gold": 4}
    assert r["recall_by_label"] == {"literal": 1.0, "modifier": None, "metonymic": 1.0}
    assert r["metonymy"] == {"precision": 0.5, "recall": 0.5, "f1": 0.5, "tp": 1, "system": 2, "gold": 2}
    assert r["label_confusion"] == {"literal -> name": 2, "metonymic -> metonym": 1, "metonymic -> name": 1}


def test_kind_errors_name_the_system_reading_and_a_pointless_pair_does_not_end_the_article():
    r = _one([_g(46, 52, "literal", 36.89, 38.35), _g(0, 6, "metonymic")],  # pairs go last gold first
             [_sys(0, 6, "name"), _sys(46, 52, "name", 30.0, 30.0)])
    kinds = [e for e in r["errors"] if e["error"] == "kind"]
    assert [(e["category"], e["system"]) for e in kinds] == [("metonymic -> name", "TURKEY (SYR, city, name)")]
    assert r["resolved"] == 1 and [e["error"] for e in r["errors"]] == ["kind", "resolution"]


def test_shares_to_four_places_and_the_median_to_one():
    gold = [_g(0, 6, "literal", 0.0, 0.0), _g(46, 52, "literal", 0.0, 0.0), _g(70, 76, "literal", 0.0, 0.0)]
    r = _one(gold, [_sys(0, 6, "name", 0.0, 1.5), _sys(46, 52, "name", 0.0, 1.4)])  # 166.79 km, 155.67 km
    assert r["recall_by_label"]["literal"] == 0.6667 and r["within_161km"] == 0.5
    r = _one(gold, [_sys(0, 6, "name", 0.0, 1.5), _sys(46, 52, "name", 0.0, 1.4), _sys(70, 76, "name", 0.0, 1.5)])
    assert r["within_161km"] == 0.3333 and r["median_error_km"] == 166.8


def test_render_joins_the_confusions():
    r = _one([_g(0, 6, "metonymic"), _g(46, 52, "literal")], [_sys(0, 6, "name"), _sys(46, 52, "name")])
    assert "  gold label -> system kind: literal -> name 1; metonymic -> name 1\n" in places_fine.render(r)


def test_render_a_report_without_error_groups():
    r = _one([_g(0, 6, "metonymic")], [_sys(0, 6, "metonym")])
    del r["error_groups"]
    assert places_fine.render(r).endswith("  errors: none\n")


def test_exactly_161_km_is_within(monkeypatch):
    monkeypatch.setattr(places_fine, "km", lambda *a: 161.0)
    r = _one([_g(46, 52, "literal", 0.0, 0.0)], [_sys(46, 52, "name", 0.0, 1.45)])
    assert r["within_161km"] == 1.0 and r["errors"] == []
