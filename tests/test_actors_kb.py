"""The actor knowledge base: well-formed rows, lookups by name and spelling variant, tenures."""

import datetime as dt

import pycountry

from newsgraph.actors import kb as kbmod

SECTORS = {"GOV", "MIL", "LEG", "JUD", "COP", "PTY", "REB", "SPY", "UAF", "CVL", "BUS", "MED", "REL", "EDU", "LAB",
           "REF", "OPP", "ELI", "IGO", "NGO", "IMG"}


def test_rows_are_well_formed():
    kb = kbmod.load()
    assert len(kb.rows) >= 250
    for r in kb.rows:
        assert r.type in ("PERSON", "ORG"), r
        assert r.sector in SECTORS, r
        if r.country:
            assert pycountry.countries.get(alpha_3=r.country), r
        else:
            assert r.code and r.code[:3] in ("IGO", "NGO", "IMG"), r
        for d in (r.start, r.end):
            if d:
                dt.date.fromisoformat(d)
        if r.start and r.end:
            assert r.start < r.end, r


def test_person_by_surname_and_variant():
    kb = kbmod.load()
    assert kb.person("Rubio", "2026-01-10").role == "Secretary of State"
    # spellings the table does not hold: found by transliteration-variant matching, not by an alias
    assert not {"mohamed chia al-soudani", "muhammad shiaa al-soudani"} & {
        a.lower() for r in kb.rows for a in (r.name, *r.aliases)}
    for variant in ("Mohamed Chia al-Soudani", "Muhammad Shiaa al-Soudani"):
        row = kb.person(variant, "2026-01-10")
        assert row is not None and row.name == "Mohammed Shia al-Sudani" and row.country == "IRQ"
    assert kb.person("Soudani", "2026-01-10").name == "Mohammed Shia al-Sudani"
    assert kb.person("Nobody Inparticular", None) is None


def test_tenure_and_former():
    kb = kbmod.load()
    maliki = kb.person("Nouri al-Maliki", "2026-01-10")
    assert maliki.role == "Prime Minister" and kbmod.is_former(maliki, "2026-01-10")
    assert not kbmod.is_former(maliki, "2010-01-01")
    trump_then = kb.person("Donald Trump", "2019-06-01")
    assert trump_then.start == "2017-01-20" and not kbmod.is_former(trump_then, "2019-06-01")
    assert kb.holder("IRQ", "Prime Minister", "2026-01-10").name == "Mohammed Shia al-Sudani"
    assert kb.holder("IRQ", "Prime Minister", "2010-01-01").name == "Nouri al-Maliki"


def test_orgs_and_codes():
    kb = kbmod.load()
    assert kb.org("the United Nations", None).code == "IGOUNO"
    assert kb.org("NATO", None).code == "IGOWSTNAT"
    afp = kb.org("AFP", None)
    assert afp.sector == "MED" and afp.media and afp.country == "FRA"
    assert kb.org("the Coordination Framework", None).sector == "PTY"
