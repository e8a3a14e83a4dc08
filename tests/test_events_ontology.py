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
