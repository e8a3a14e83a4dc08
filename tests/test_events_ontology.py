from newsgraph.events import ontology as o


def test_sixteen_types_with_quads():
    assert len(o.TYPES) == 16
    assert {o.QUAD[t] for t in o.TYPES} == {1, 2, 3, 4}
    assert o.QUAD["CONSULT"] == 1 and o.QUAD["AID"] == 2 and o.QUAD["THREATEN"] == 3 and o.QUAD["ASSAULT"] == 4


def test_modes_and_default_codes_are_consistent():
    for (type_, mode), code in o.MODE_CAMEO.items():
        assert mode in o.MODES[type_], (type_, mode)
        assert o.goldstein(code) is not None
    for type_, code in o.DEFAULT_CAMEO.items():
        assert o.goldstein(code) is not None
    assert "phone" in o.MODES["CONSULT"] and "aerial" in o.MODES["ASSAULT"] and "arrest" in o.MODES["COERCE"]


def test_cameo_for_prefers_explicit_then_mode_then_type():
    assert o.cameo_for("CONSULT", "phone") == "041"
    assert o.cameo_for("CONSULT", None) == "040"
    assert o.cameo_for("ASSAULT", "aerial", "183") == "183"


def test_goldstein_falls_back_to_parent_codes():
    assert o.goldstein("041") == 1.0
    assert o.goldstein("1384") == o.goldstein("138") == -7.0
    assert o.goldstein("19") == -10.0
    assert o.goldstein("99") is None


def test_legacy_names_and_cameo_to_plover():
    assert o.normalise_type("DEMAND") == "REQUEST"
    assert o.normalise_type("disapprove") == "ACCUSE"
    assert o.normalise_type("FIGHT") == "ASSAULT"
    assert o.normalise_type("INVESTIGATE") == "ACCUSE"
    assert o.normalise_type("NONSENSE") is None
    assert o.plover_for_cameo("0841") == "RETREAT"
    assert o.plover_for_cameo("163") == "COERCE"
    assert o.plover_for_cameo("112") == "ACCUSE"
    assert o.plover_for_cameo("010") is None
def test_cameo_table_types_and_modes():
    from newsgraph.events.ontology import mode_for_cameo, plover_for_cameo

    assert plover_for_cameo("175") == "ASSAULT"  # PLOVER: violent repression is an assault
    assert (plover_for_cameo("0874"), mode_for_cameo("0874", "RETREAT")) == ("RETREAT", "disarm")
    assert mode_for_cameo("042", "CONSULT") == "visit" and mode_for_cameo("042", "AGREE") is None


def test_parallel_codes_follow_the_content():
    from newsgraph.events.ontology import parallel_code

    assert parallel_code("030", "071") == "0331"  # intent to provide economic aid
    assert parallel_code("100", "0841") == "1053"  # demand release of persons
    assert parallel_code("130", "161") == "1313"  # threaten to break relations
    assert parallel_code("120", "0871") == "1246"  # decline to de-escalate
    assert parallel_code("110", "071") is None and parallel_code("030", None) is None


def test_heads_take_their_contents_code(pipeline):
    doc = pipeline.extract("Angola asked Portugal for military aid. Pakistan threatened to break off diplomatic "
                           "relations with Zaire.", name="t", published="2000-01-01")
    codes = {e.trigger.text: e.cameo for e in doc.events}
    # asking is an appeal (02), not a demand (10): the CAMEO codebook codes this lead 0232
    assert codes["asked"] == "0232" and codes["threatened"] == "1313"


def test_lexicon_codes_territory_destruction_and_mass_killing(pipeline):
    doc = pipeline.extract("Burmese troops captured a rebel stronghold. Guerillas blew up three power lines. "
                           "Militias carried out mass killings in Darfur.", name="t", published="2000-01-01")
    assert {(e.type, e.cameo) for e in doc.events} >= {("COERCE", "192"), ("ASSAULT", "1712"), ("ASSAULT", "202")}


def test_announced_acts_take_parallel_codes(pipeline):
    doc = pipeline.extract("The EU said it would impose sanctions on Iran. Finland will provide economic aid to "
                           "Tanzania.", name="t", published="2000-01-01")
    assert {(e.type, e.cameo) for e in doc.events} >= {("THREATEN", "1312"), ("AGREE", "0331")}


def test_lexicon_codes_abuse_and_violations(pipeline):
    doc = pipeline.extract("Border agents sexually abused Mexican immigrants. The rebels violated the ceasefire. "
                           "A newspaper violated a ban by the general.", name="t", published="2000-01-01")
    got = {(e.type, e.mode, e.cameo) for e in doc.events}
    assert {("ASSAULT", "sexual", "182"), ("ASSAULT", None, "196")} <= got and ("REJECT", None, "128") in got


def test_peacekeepers_are_aid_and_stopping_work_a_strike(pipeline):
    doc = pipeline.extract("The first deployment of NATO peacekeeping troops arrived in Bosnia. Thousands of "
                           "workers stopped work on Monday.", name="t", published="2000-01-01")
    got = {(e.type, e.cameo) for e in doc.events}
    assert ("AID", "074") in got and ("PROTEST", "143") in got
    (aid,) = [e for e in doc.events if e.type == "AID"]
    # the troops deployed are the deployer's, not the recipient; where they arrive is (session 4)
    assert aid.source and [doc.entity(t).name for t in aid.target] == ["Bosnia"]


def test_defacing_websites_is_a_cyber_attack(pipeline):
    doc = pipeline.extract("Hackers defaced 3,000 Danish web sites. Protesters defaced the statue.", name="t",
                           published="2000-01-01")
    assert [(e.type, e.cameo) for e in doc.events] == [("COERCE", "176"), ("PROTEST", "145")]
