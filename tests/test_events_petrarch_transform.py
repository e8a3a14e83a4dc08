"""PETRARCH verb transformations (`~` lines) and undefined synsets in a user's verb dictionary."""

import pytest

from newsgraph.errors import InputError
from newsgraph.events import petrarch_transform as pt
from newsgraph.events import petrarch_verbs as pv

VERBS = """--- SAY [010] ---
SAY {SAYS SAID SAYING}
--- ALLEGE [110] ---
CLAIM
--- ATTACK [190] ---
ATTACK
SHELL
--- DEMAND [100] ---
WANT [030]
--- ATTEMPT [---] ---
ATTEMPT
TRY {TRIES TRIED TRYING}
--- ASSASSINATE [186] ---
ASSASSINATE
--- CRITICIZE [111] ---
CRITICIZE
~ a (a b ATTACK) SAY = a b 015
~ a (b . ATTACK) SAY = a b 112
~ a (a b Q) SAY = a b Q
~ a (_ b ATTACK) WANT = a b 138
~ a (b . ATTACK ) WANT = a b 021
~ a (_ b ASSASSINATE) ATTEMPT = a b 185
"""


def _load(tmp_path, text, name="v.txt"):
    f = tmp_path / name
    f.write_text(text)
    return pv.load(f)


def test_transformations_are_read_with_their_verbs_as_codes(tmp_path):
    vd = _load(tmp_path, VERBS)
    first = vd.transforms[0]
    assert (first.upper_source, first.lower_source, first.lower_target) == ("a", "a", "b")
    assert (first.lower_verb, first.upper_verb, first.source, first.target, first.code) == ("190", "010", "a", "b", "015")
    assert first.line == 17
    assert [t.code for t in vd.transforms] == ["015", "112", "Q", "138", "021", "185"]
    assert vd.transforms[2].lower_verb == "Q"
    assert vd.transforms[5].upper_verb == "---"  # ATTEMPT codes nothing by itself


@pytest.mark.parametrize("line, reason", [
    ("~ a (a b ATTACK SAY = a b 015", "bad transformation"),
    ("~ A (a b ATTACK) SAY = a b 015", "bad actor term"),
    ("~ a (a b ATTACK) SAY = a c 015", "not named before"),
    ("~ a (a b ATTACK) SAY = a b 01x5", "bad code"),
    ("~ a (a b ATT@CK) SAY = a b 015", "bad verb"),
    ("~ a (a b BOMB) SAY = a b 015", "no verb block lists"),
])
def test_malformed_transformations_name_file_and_line(tmp_path, line, reason):
    with pytest.raises(InputError) as exc:
        _load(tmp_path, VERBS.split("~")[0] + line + "\n")
    assert "v.txt:17" in str(exc.value) and reason in str(exc.value)


def test_undefined_synset_in_a_pattern_is_a_warning_and_never_matches(tmp_path):
    vd = _load(tmp_path, "--- ATTACK [190] ---\nATTACK\n- * (IN &WEATHER) [---]\n- * TOWNS [195]\n")
    assert vd.warnings == [f"{tmp_path / 'v.txt'}:3: pattern names undefined synset &WEATHER; it never matches"]
    block = vd.by_word["attack"][0][0]
    assert [p.line for p in block.patterns] == [4]


def test_undefined_synset_in_a_synset_stays_an_error(tmp_path):
    with pytest.raises(InputError, match=r"v.txt:2: undefined synset &NOPE"):
        _load(tmp_path, "&TIES\n+&NOPE\n")


def test_check_verb_dicts_returns_the_warnings(tmp_path):
    from newsgraph.events.lexicon import check_verb_dicts

    f = tmp_path / "w.txt"
    f.write_text("--- ATTACK [190] ---\nATTACK\n- * (IN &WEATHER) [---]\n")
    assert check_verb_dicts([str(f)]) == [f"{f}:3: pattern names undefined synset &WEATHER; it never matches"]


def test_cli_prints_the_warning_once_and_goes_on(tmp_path):
    import os
    import subprocess
    import sys

    from conftest import ROOT

    f = tmp_path / "w.txt"
    f.write_text("--- ATTACK [190] ---\nATTACK\n- * (IN &WEATHER) [---]\n")
    art = tmp_path / "a.txt"
    art.write_text("Russia attacked Ukraine on Monday.\n")
    out = tmp_path / "o.jsonl"
    r = subprocess.run([sys.executable, "-m", "newsgraph", "extract", str(art), "--verbs", str(f), "-f", "jsonl",
                        "-o", str(out), "-q", "--published", "2025-01-01"], capture_output=True, text=True, timeout=600,
                       env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
    assert r.returncode == 0, r.stderr
    assert r.stderr.count("undefined synset &WEATHER") == 1 and f"{f}:3" in r.stderr
    assert '"cameo":"190"' in out.read_text().replace(" ", "")


@pytest.mark.parametrize("rule, code, ok", [
    ("190", "190", True), ("190", "193", True), ("190", "1951", True), ("190", "200", False),
    ("186", "185", False), ("Q", "040", True), ("Q", None, False), ("---", "---", True), ("042", "043", False),
])
def test_covers(rule, code, ok):
    assert pt.covers(rule, code) is ok


@pytest.fixture(scope="module")
def pipe(tmp_path_factory, pipeline):
    from newsgraph.evaluate.events import pipeline_options
    from newsgraph.pipeline import Pipeline

    f = tmp_path_factory.mktemp("tr") / "v.txt"
    f.write_text(VERBS)
    return Pipeline(pipeline_options(None, verbs=[str(f)]))


def _events(pipe, text):
    doc = pipe.extract(text, name="t", published="2025-01-01")
    names = lambda ids: tuple(doc.entity(x).name for x in ids)  # noqa: E731
    return {(e.cameo, names(e.source), names(e.target), e.trigger.text, tuple(e.flags)) for e in doc.events}


def test_saying_another_attacked_is_an_accusation_beside_the_reported_attack(pipe):
    assert _events(pipe, "Russia said Ukraine attacked its border posts on Monday.") == {
        ("190", ("Ukraine",), ("Russia",), "attacked", ("reported",)),
        ("112", ("Russia",), ("Ukraine",), "said", ()),
    }


def test_saying_another_did_not_attack_accuses_no_one(pipe):
    got = _events(pipe, "Russia said Ukraine did not attack its border posts.")
    assert {(e[0], e[4]) for e in got} == {("190", ("negated", "reported"))}


def test_wanting_to_attack_is_one_threat(pipe):
    """The verb + complement combination (petrarch_combine.py) makes the pair one threat first, so the
    `~ a (_ b ATTACK) WANT = a b 138` rule, which would say the same less precisely, adds nothing."""
    assert _events(pipe, "Russia wants to attack Ukraine.") == {("1384", ("Russia",), ("Ukraine",), "wants", ())}


def test_wanting_another_to_attack_is_an_appeal_to_it(pipe):
    got = _events(pipe, "Russia wants Belarus to attack Ukraine.")
    assert ("021", ("Russia",), ("Belarus",), "wants", ()) in got
    assert ("190", ("Belarus",), ("Ukraine",), "attack", ("future",)) in got  # no intent pair (petrarch_combine)
    assert not any(e[0] == "138" for e in got)  # b is the lower source: the `_` rule does not fit


def test_attempt_with_a_null_code_and_any_verb_rule_adds_nothing_twice(pipe):
    got = _events(pipe, "Rebels tried to assassinate the president of Ukraine.")
    assert [e[0] for e in got] == ["185"]
    # `~ a (a b ATTACK) SAY = a b 015`: 015 has no PLOVER type, an untyped event since session 8
    assert _events(pipe, "Russia said it attacked Ukraine on Monday.") == {
        ("190", ("Russia",), ("Ukraine",), "attacked", ()), ("015", ("Russia",), ("Ukraine",), "said", ())}


def test_a_verb_outside_the_rules_transforms_nothing(pipe):
    got = _events(pipe, "Russia criticized Ukraine.")
    assert {e[0] for e in got} == {"111"}


def test_raw_cameo_2_loads_with_its_transformations_and_one_warning_per_undefined_synset():
    from conftest import SHARED

    raw = SHARED / "data" / "petrarch2-dicts" / "CAMEO.2.0.txt"
    if not raw.exists():
        pytest.skip(f"shared data absent: {raw}")
    vd = pv.load(raw)
    assert len(vd.transforms) == 8
    assert [w.split(": ", 1)[1] for w in vd.warnings] == [
        "pattern names undefined synset &WEATHER; it never matches",
        "pattern names undefined synset &DEMONSTRATION; it never matches"]


def test_a_compound_verb_in_a_transformation_is_found_by_any_of_its_words(tmp_path):
    vd = _load(tmp_path, "--- BREAK [161] ---\nBREAK_OFF\n" + VERBS + "~ a (b . BREAK_OFF) SAY = a b 112\n")
    assert (vd.transforms[-1].lower_verb, vd.transforms[-1].upper_verb) == ("161", "010")
