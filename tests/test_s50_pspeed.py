"""Session 50 (s50-pspeed): the gazetteer's answers kept by name (`Gazetteer.lookup_core`), checked by
behaviour: the same answers as the look-up itself, for names as written, the memo bounded and never pickled."""

from newsgraph import places
from newsgraph.places import geonames


# --- the gazetteer's answers kept by name ------------------------------------------------------------------------

def test_a_kept_answer_is_the_gazetteers_answer():
    gaz = places.gazetteer()
    for name in ("Paris", "northern Gaza", "Kandahar province", "Nowhere Such Placename", "South St. Paul"):
        assert gaz.lookup_core(name) == gaz._lookup_core(name)
        assert gaz.lookup_core(name) == gaz._lookup_core(name)  # (asked again: from the memo)
        assert gaz.lookup(name) == gaz._lookup_core(name)[0]


def test_a_name_asked_again_is_answered_from_the_memo(monkeypatch):
    gaz = places.gazetteer()
    gaz._lookups.clear()
    asked = []
    real = gaz._lookup_core
    monkeypatch.setattr(gaz, "_lookup_core", lambda name: asked.append(name) or real(name))
    first = gaz.lookup_core("Paris")
    assert gaz.lookup_core("Paris") is first and gaz.lookup("Paris") is first[0]
    gaz.lookup("Lyon")
    assert asked == ["Paris", "Lyon"]


def test_names_are_kept_as_written():
    gaz = places.gazetteer()
    gaz._lookups.clear()
    gaz.lookup("Paris")
    gaz.lookup("PARIS")
    assert set(gaz._lookups) == {"Paris", "PARIS"}
    assert gaz._lookups["Paris"] == gaz._lookups["PARIS"] == gaz._lookup_core("paris")


def test_the_memo_starts_again_past_its_size(monkeypatch):
    gaz = places.gazetteer()
    gaz._lookups.clear()
    gaz.lookup("Paris")
    monkeypatch.setattr(geonames, "LOOKUP_MEMO", 1)
    assert gaz.lookup("Lyon") == gaz._lookup_core("Lyon")[0]
    assert list(gaz._lookups) == ["Lyon"]
    monkeypatch.setattr(geonames, "LOOKUP_MEMO", 3)
    gaz.lookup("Nice")
    assert list(gaz._lookups) == ["Lyon", "Nice"]


def test_a_built_gazetteer_keeps_no_answers(monkeypatch, tmp_path):
    class Built:
        def __init__(self):
            self._memo, self._lookups = {1: "x"}, {"Paris": ([], None)}

    monkeypatch.setattr(geonames, "Gazetteer", Built)
    saved = []
    monkeypatch.setattr(geonames.pickle, "dump", lambda g, f, protocol: saved.append((g, protocol)) or f.write(b"g"))
    geonames.build(str(tmp_path / "g.pickle"))
    built, protocol = saved[0]
    assert built._memo == {} and built._lookups == {}
    assert protocol == geonames.pickle.HIGHEST_PROTOCOL and (tmp_path / "g.pickle").read_bytes() == b"g"


def test_a_name_is_looked_up_whole_then_by_its_core():
    """What the memo keeps (the look-up itself, unchanged): the whole name first, then the name without its
    compass or size word, with that core named; nothing for a name the gazetteer lacks."""
    gaz = places.gazetteer()
    whole, core = gaz._lookup_core("Gaza")
    assert whole and core is None and whole[0].name == "Gaza"
    assert gaz._lookup_core("northern Gaza") == (whole, "gaza")
    assert gaz._lookup_core("central Paris") == (gaz._lookup_core("Paris")[0], "paris")
    assert gaz._lookup_core("eastern Nowhereland") == ([], None)
    assert gaz._lookup_core("Nowhere Such Placename") == ([], None)
    assert gaz._lookup_core("South St. Paul")[0][0].name == "South Saint Paul"
