"""CAMEO/PETRARCH dictionaries: the format examples parse, dates select codes, bad files say where."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from newsgraph.actors import cameo_dict as cd
from conftest import SHARED

FORMAT = SHARED / "data/cameo-dict-format"
ROOT = Path(__file__).resolve().parent.parent
needs_examples = pytest.mark.skipif(not FORMAT.exists(), reason="format examples not present")


@needs_examples
def test_validation_actors_parse_with_dates():
    entries = {e.phrases[0]: e for e in cd.parse_actors(str(FORMAT / "PETR.Validate.actors.txt"))}
    gollum = entries["gollum"]
    assert "smeagol" in gollum.phrases
    assert gollum.code_at("1990-01-01") == "HOB"
    assert gollum.code_at("1997-01-01") == "HOBGOV"
    assert gollum.code_at("2001-01-01") == "HOBREB"
    assert entries["united states"].code_at(None) == "USA" and "u.s." in entries["united states"].phrases
    sam = entries["sam gamgee"]
    assert sam.code_at("2010-01-10") == "ORCHOB"  # the first matching restriction wins
    assert sam.code_at("2014-01-01") == "HOBELI"


@needs_examples
def test_validation_agents_substitution_and_plurals():
    agents = {a.phrase: a for a in cd.parse_agents(str(FORMAT / "PETR.Validate.agents.txt"))}
    assert agents["foreign minister"].code == "GOVFRM" and not agents["foreign minister"].prefix
    assert agents["congresswoman"].code == "LEG"  # CONGRESS!PERSON!
    assert agents["minister of silly walks"].code == "GOV"  # !MINST!_OF_SILLY_WALKS
    assert agents["human rights body"].prefix  # [NGO~]
    assert "soldiers" in agents and "media" in agents and "medias" not in agents  # {} = no plural


def test_date_restricted_code(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("NOURI_AL-MALIKI\n+NURI_AL-MALIKI\n\t[IRQGOV 20060520-20140908]\n\t[IRQELI >20140908]\n")
    (e,) = cd.parse_actors(str(f))
    assert e.code_at("2010-01-01") == "IRQGOV" and e.code_at("2020-01-01") == "IRQELI"
    assert e.phrases == ["nouri al-maliki", "nuri al-maliki"]


@pytest.mark.parametrize("body,line,reason", [
    ("IRAQ [IRQ]\nIRAN [IR!N]\n", 2, "bad actor code"),
    ("IRAQ [IRQ]\n\nSYRIA [SYR <2011x]\n", 3, "bad date restriction"),
    ("IRAQ [IRQ\n", 1, "unbalanced"),
    ("<!-- comment -->\nLEBANON\n", 2, "has no [CODE]"),
])
def test_bad_actor_file_names_file_and_line(tmp_path, body, line, reason):
    f = tmp_path / "bad.txt"
    f.write_text(body)
    with pytest.raises(cd.DictionaryError) as err:
        cd.parse_actors(str(f))
    assert str(err.value).startswith(f"{f}:{line}: ") and reason in str(err.value)


def test_bad_agent_line(tmp_path):
    f = tmp_path / "agents.txt"
    f.write_text("SOLDIER [~MIL]\nPOLICE {} [COP]\n")
    with pytest.raises(cd.DictionaryError, match=r":2: agent code 'COP' must start or end with ~"):
        cd.parse_agents(str(f))


def _cli(*args, stdin=None):
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    return subprocess.run([sys.executable, "-m", "newsgraph.cli", *args], input=stdin, capture_output=True,
                          text=True, env=env, timeout=300)


def test_cli_bad_dictionary_is_one_line(tmp_path):
    bad = tmp_path / "bad.actors"
    bad.write_text("IRAQ [IRQ]\nIRAN [IRN >2020-01-01]\n")
    art = tmp_path / "a.txt"
    art.write_text("Iraq and Iran signed a deal on Monday in Baghdad, officials said.\n")
    r = _cli("extract", str(art), "--actors", str(bad), "-q")
    assert r.returncode != 0
    lines = [ln for ln in r.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and f"{bad}:2:" in lines[0] and "Traceback" not in r.stderr


def test_cli_dictionary_overrides_code(tmp_path):
    actors = tmp_path / "my.actors"
    actors.write_text("COORDINATION_FRAMEWORK [IRQGOVPTY]\nKATAIB_HEZBOLLAH\n\t[IRQREB <20200101]\n\t[IRQUAF]\n")
    agents = tmp_path / "my.agents"
    agents.write_text("MILITIAMAN {MILITIAMEN} [~UAF]\nFOREIGN_MINISTER [~GOVFRM]\n")
    art = tmp_path / "a.txt"
    art.write_text("The Coordination Framework met in Baghdad on Sunday. Militiamen from Kataib Hezbollah "
                   "attacked a convoy, Iraqi officials said. Iraqi Foreign Minister Fuad Hussein condemned it.\n")
    r = _cli("extract", str(art), "--actors", str(actors), "--agents", str(agents), "-q", "--published", "2025-03-01")
    assert r.returncode == 0, r.stderr
    import json

    doc = json.loads(r.stdout)
    codes = {e["name"]: (e["actor"] or {}).get("code") for e in doc["entities"]}
    assert codes["Coordination Framework"] == "IRQGOVPTY"
    assert codes["Kataib Hezbollah"] == "IRQUAF"
    assert any(c == "IRQUAF" and n.lower().startswith("militiamen") for n, c in codes.items())
    assert codes["Fuad Hussein"] == "IRQGOVFRM"  # the agent's full code follows the country


def test_date_limits_include_the_day(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("ONODOHER\n\t[ONO <911226]\n\t[ONOGOV]\n")
    (e,) = cd.parse_actors(str(f))
    assert e.code_at("1991-12-26") == "ONO" and e.code_at("1991-12-27") == "ONOGOV"
