"""The LGL places evaluator: reading the XML, the held-aside split, scoring and the CLI option."""

import pytest

from newsgraph.errors import InputError, UsageError
from newsgraph.evaluate import lgl

XML = """<?xml version="1.0" encoding="utf-8"?>
<articles>
  <article docid="{docid}">
    <dltime>2009-03-20 12:24:52</dltime>
    <text><![CDATA[Flooding closed roads in Paris and across Texas on Monday.]]></text>
    <toponyms>
      <toponym><start>25</start><end>30</end><phrase>Paris</phrase>
        <gaztag geonameid="4717560"><name>Paris</name><fclass>P</fclass><fcode>PPL</fcode>
          <lat>33.66094</lat><lon>-95.55551</lon><country geonameid="6252001">United States</country></gaztag>
      </toponym>
      <toponym><start>42</start><end>47</end><phrase>Texas</phrase>
        <gaztag geonameid="4736286"><name>Texas</name><fclass>A</fclass><fcode>ADM1</fcode>
          <lat>31.25044</lat><lon>-99.25061</lon><country geonameid="6252001">United States</country></gaztag>
      </toponym>
      <toponym><start>0</start><end>8</end><phrase>Flooding</phrase></toponym>
    </toponyms>
  </article>
</articles>
"""


def _write(tmp_path, docid="1", text=None):
    p = tmp_path / "lgl.xml"
    body = XML.replace("{docid}", docid)
    if text is not None:
        body = body.replace("Paris</phrase>", text + "</phrase>")
    p.write_text(body, encoding="utf-8")
    return str(p)


def test_split_is_a_third_by_hash():
    splits = [lgl.split_of(str(i)) for i in range(300)]
    assert 70 < splits.count("heldout") < 130 and set(splits) == {"dev", "heldout"}


def test_load_and_score(tmp_path):
    gold = lgl.load_gold(_write(tmp_path))
    assert [t["text"] for t in gold[0]["toponyms"]] == ["Paris", "Texas", "Flooding"]
    assert gold[0]["published"] == "2009-03-20"
    near = {"start": 25, "end": 30, "text": "Paris", "kind": "name", "name": "Paris", "feature": "city",
            "country": "USA", "lat": 33.66, "lon": -95.56, "geonameid": 4717560}
    far = {**near, "start": 42, "end": 47, "text": "Texas", "lat": 48.85, "lon": 2.35, "geonameid": 1}
    extra = {**near, "start": 16, "end": 21, "text": "roads"}
    r = lgl.score(gold, [[near, far, extra]])
    assert r["toponyms"]["tp"] == 2 and r["toponyms"]["precision"] == pytest.approx(2 / 3, abs=1e-3)
    assert r["toponyms"]["recall"] == pytest.approx(2 / 3, abs=1e-3)
    assert r["resolved"] == 2 and r["within_161km"] == 0.5 and r["geonameid_accuracy"] == 0.5
    assert "within 161 km: 0.500" in lgl.render(r)
    groups = {(e["error"], e["category"]): e for e in r["errors"]}
    assert set(groups) == {("resolution", "wrong entry"), ("missed", "no span"), ("spurious", "spurious")}
    assert groups[("resolution", "wrong entry")]["context"].endswith("across [[Texas]] on Monday.")
    assert r["error_groups"] == {"resolution: wrong entry": 1, "missed: no span": 1, "spurious: spurious": 1}


def test_error_categories(tmp_path):
    """A partly overlapping mention is a wrong span (both as a miss and as a spurious mention); the gold's
    own entry at a far point and a mention without coordinates are told apart from a wrong entry."""
    gold = lgl.load_gold(_write(tmp_path))
    paris = {"start": 25, "end": 30, "text": "Paris", "kind": "name", "name": "Paris", "feature": "city",
             "country": "USA", "lat": None, "lon": None, "geonameid": None}
    texas = {**paris, "start": 42, "end": 47, "text": "Texas", "lat": 48.85, "lon": 2.35, "geonameid": 4736286}
    long_span = {**paris, "start": 0, "end": 30, "text": "Flooding closed roads in Paris"}
    r = lgl.score(gold, [[paris, texas, long_span]])
    cats = sorted((e["error"], e["category"]) for e in r["errors"])
    assert cats == [("missed", "wrong span"), ("resolution", "far point"), ("resolution", "no coordinates"),
                    ("spurious", "wrong span")]


def test_bad_files_are_input_errors(tmp_path):
    with pytest.raises(InputError, match="no such LGL file"):
        lgl.load_gold(str(tmp_path / "missing.xml"))
    with pytest.raises(InputError, match="is not at 25-30"):
        lgl.load_gold(_write(tmp_path, text="Lyon"))
    with pytest.raises(UsageError, match="no LGL articles in split"):
        lgl.load_gold(_write(tmp_path, docid="1"), "heldout" if lgl.split_of("1") == "dev" else "dev")


def test_predict_finds_the_places(tmp_path, pipeline):
    gold = lgl.load_gold(_write(tmp_path))
    (pred,) = lgl.predict(gold, pipeline)
    assert {p["text"] for p in pred} >= {"Paris", "Texas"}
    r = lgl.score(gold, [pred])
    assert r["toponyms"]["recall"] == pytest.approx(2 / 3, abs=1e-3)


def test_cli_evaluate_places_lgl(tmp_path):
    import json
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    env = {**os.environ, "PYTHONPATH": str(root / "src")}

    def run(*args):
        return subprocess.run([sys.executable, "-m", "newsgraph.cli", "evaluate", "places", *args],
                              capture_output=True, text=True, env=env, timeout=300)

    path = _write(tmp_path)
    dump = tmp_path / "errors.jsonl"
    out = run("--lgl", path, "--format", "json", "--errors", str(dump))
    assert out.returncode == 0, out.stderr
    report = json.loads(out.stdout)
    assert report["toponyms"]["gold"] == 3 and "within_161km" in report
    rows = [json.loads(line) for line in dump.read_text(encoding="utf-8").splitlines()]
    assert rows and sorted(map(json.dumps, rows)) == sorted(map(json.dumps, report["errors"]))
    assert {"id", "error", "category", "text", "context"} <= set(rows[0])
    unwritable = run("--lgl", path, "--errors", str(tmp_path / "no" / "dir" / "e.jsonl"))
    # (refused before scoring since session 55: one usage line naming the option and the missing folder)
    assert unwritable.returncode == 2 and "--errors" in unwritable.stderr and "does not exist" in unwritable.stderr
    missing = run()
    assert missing.returncode != 0 and "--lgl" in missing.stderr and "Traceback" not in missing.stderr
    bad = run("--lgl", str(tmp_path / "nope.xml"))
    assert bad.returncode != 0 and "no such LGL file" in bad.stderr and len(bad.stderr.strip().splitlines()) == 1


def test_write_errors_groups_biggest_first(tmp_path):
    from newsgraph.evaluate.places import write_error_groups as write_errors

    errors = [{"id": "1", "error": "missed", "category": "no span", "text": "Zebulon"},
              {"id": "2", "error": "resolution", "category": "wrong entry", "text": "Paris"},
              {"id": "3", "error": "missed", "category": "no span", "text": "alma"}]
    out = tmp_path / "e.jsonl"
    write_errors(errors, str(out))
    import json
    assert [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()] == ["3", "1", "2"]
