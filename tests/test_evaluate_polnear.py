"""The PolNeAR evaluator: brat reading, kinds, the held-aside split, matching, scores and the CLI option."""

import json
import os
import subprocess
import sys

import pytest

from conftest import ROOT, SHARED
from newsgraph.errors import InputError
from newsgraph.evaluate import polnear

TEXT = ('Senator Ann Lee said the bridge would reopen. "We are ready," she added. '
        'Lee called the plan "a disaster for everyone."\n')


def brat(tmp_path, name="train", ann_lines=None, text=TEXT, stem="art_2016-01-01_bridge"):
    d = tmp_path / name
    (d / "text").mkdir(parents=True)
    (d / "attributions").mkdir()
    (d / "text" / f"{stem}.txt").write_text(text, encoding="utf-8")
    s = text.index
    q0, q1 = s('"We'), s('ready,"') + 7
    lines = ann_lines or [
        f"T1\tSource {s('Senator')} {s('Senator') + 15}\tSenator Ann Lee",
        f"T2\tCue {s('said')} {s('said') + 4}\tsaid",
        f"T3\tContent {s('the bridge')} {s('reopen') + 6}\tthe bridge would reopen",
        f"T4\tAttribution {s('said')} {s('said') + 4}\tsaid",
        "E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3",
        f"T5\tContent {q0} {q1}\t\"We are ready,\"",
        f"T6\tSource {s('she')} {s('she') + 3}\tshe",
        f"T7\tCue {s('added')} {s('added') + 5}\tadded",
        f"T8\tAttribution {s('added')} {s('added') + 5}\tadded",
        "E2\tAttribution:T8 Source:T6 Cue:T7 Content:T5",
        f"T9\tContent {s('the plan')} {s('everyone') + 10}\tthe plan \"a disaster for everyone.\"",
        f"T10\tCue {s('called')} {s('called') + 6}\tcalled",
        f"T11\tAttribution {s('called')} {s('called') + 6}\tcalled",
        "E3\tAttribution-no-source:T11 Cue:T10 Content:T9",
    ]
    (d / "attributions" / f"{stem}_ab12.ann").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return d


def test_load_gold_reads_events_kinds_and_split(tmp_path):
    (art,) = polnear.load_gold(str(brat(tmp_path)), "train")
    assert art["split"] == "train" and len(art["annotations"]) == 1
    atts = art["annotations"][0]
    assert [a["kind"] for a in atts] == ["indirect", "direct", "mixed"]
    assert atts[2]["source"] == []  # Attribution-no-source
    assert TEXT[slice(*atts[0]["source"][0])] == "Senator Ann Lee"


def test_kind_of():
    assert polnear.kind_of("the bridge would reopen") == "indirect"
    assert polnear.kind_of("“It is a disaster,” | “and nobody is listening.”") == "direct"
    assert polnear.kind_of("the plan was “a disaster” for all of the people who live here") == "partial"
    assert polnear.kind_of('"The issue, “as you know,” is settled." Forty') == "mixed"


def test_held_aside_split_is_deterministic():
    import hashlib

    stem = "nyt_2016-10-01_a"
    expected = "heldout" if int(hashlib.sha1(stem.encode()).hexdigest(), 16) % 3 == 0 else "dev"
    assert polnear.split_of(stem, "dev") == expected
    assert polnear.split_of(stem, "train") == "train"


def test_bad_offsets_name_the_file(tmp_path):
    d = brat(tmp_path, ann_lines=["T1\tContent 5 99999\tx", "E1\tAttribution:T1 Content:T1"])
    with pytest.raises(InputError, match="_ab12.ann.*line 1"):
        polnear.load_gold(str(d))
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match="not a PolNeAR folder"):
        polnear.load_gold(str(tmp_path / "empty"))


def test_score_matches_by_overlap_and_checks_speakers(tmp_path):
    gold = polnear.load_gold(str(brat(tmp_path)))
    atts = gold[0]["annotations"][0]
    perfect = [[{**a, "entity": []} for a in atts]]
    r = polnear.score(gold, perfect)
    assert r["overlap>0.3"]["f1"] == 1.0 and r["speaker_accuracy"] == 1.0
    # half the content matches at >30% but not at >80%; a wrong source is a speaker error
    (s, e), = atts[0]["content"]
    half = [[{"content": [(s, s + (e - s) // 2)], "source": [(len(TEXT) - 4, len(TEXT) - 1)], "entity": [], "cue": []}]]
    r = polnear.score(gold, half)
    assert r["overlap>0.3"]["precision"] == 1.0 and r["overlap>0.8"]["precision"] == 0.0
    assert r["speaker_accuracy"] == 0.0
    assert r["recall_by_kind"]["indirect"]["recall"] == 1.0 and r["recall_by_kind"]["direct"]["recall"] == 0.0
    assert "F1" in polnear.render(r)


def test_cli_polnear_option(tmp_path):
    d = brat(tmp_path)
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}  # this checkout's code, not an installed one
    out = subprocess.run([sys.executable, "-m", "newsgraph", "evaluate", "quotes", "--polnear", str(d), "--format", "json"],
                         capture_output=True, text=True, check=True, env=env)
    report = json.loads(out.stdout)
    assert report["articles"] == 1 and report["overlap>0.3"]["recall"] > 0.6
    bad = subprocess.run([sys.executable, "-m", "newsgraph", "evaluate", "quotes", "--polnear", str(tmp_path / "nope")],
                         capture_output=True, text=True, env=env)
    assert bad.returncode != 0 and "no such PolNeAR folder" in bad.stderr and "Traceback" not in bad.stderr


@pytest.mark.skipif(not (SHARED / "data" / "polnear").exists(), reason="shared PolNeAR data absent")
def test_shared_polnear_dev_split():
    dev = polnear.load_gold(str(SHARED / "data" / "polnear" / "dev"), "dev")
    held = polnear.load_gold(str(SHARED / "data" / "polnear" / "dev"), "heldout")
    assert len(dev) + len(held) == 84 and not {a["id"] for a in dev} & {a["id"] for a in held}
