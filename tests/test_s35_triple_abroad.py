"""Session 35 (s35-triple): a group that "foreign" modifies is from another country than the one it is
in or the story is about ("foreign troops", "foreign firms"), so neither the article's focus nor the
place it is in gives its country (nominals.from_abroad); "foreign" in a state office's name ("the
foreign minister", "the foreign ministry") is that state's as before. Found on the CAMEO codebook's
examples ("called for the withdrawal of Syrian and other foreign forces": the callers' own forces);
docs/accuracy.md, "Session 35, s35-triple". Sentences written for these tests."""

import pytest
import spacy

from newsgraph.actors.nominals import FOREIGN_OFFICES, from_abroad


def _events(pipeline, text):
    doc = pipeline.extract(text, name="t", published="2026-06-01")
    ent = {e.id: e for e in doc.entities}
    return [(e.type, e.trigger.text if e.trigger else None, [ent[i] for i in e.source], [ent[i] for i in e.target])
            for e in doc.events]


def _one(pipeline, text, verb):
    (ev,) = [e for e in _events(pipeline, text) if e[1] and verb in e[1].lower()]
    return ev


def _country(ent):
    return ent.actor.country if ent.actor else None


@pytest.mark.parametrize("text, verb, source, group", [
    ("Chad called for the withdrawal of foreign troops by March.", "called", "TCD", "foreign troops"),
    ("Libyan officials accused foreign fighters of attacking the oil port.", "accused", "LBY", "foreign fighters"),
    ("Gabon's president criticised foreign oil companies on Monday.", "criticised", "GAB", "foreign oil companies"),
])
def test_a_foreign_group_takes_no_country_of_the_story(pipeline, text, verb, source, group):
    _, _, src, tgt = _one(pipeline, text, verb)
    assert [_country(e) for e in src] == [source]
    assert [e.name for e in tgt] == [group]
    assert _country(tgt[0]) is None
    assert tgt[0].attrs.get("abroad") is True


def test_a_foreign_group_takes_no_country_of_its_place(pipeline):
    # (without "foreign", "militants in Somalia" are Somalia's: clusters.residence, where_they_act)
    _, _, src, tgt = _one(pipeline, "Kenya accused foreign militants in Somalia of planning attacks.", "accused")
    assert [_country(e) for e in src] == ["KEN"]
    assert [_country(e) for e in tgt] == [None]


def test_the_same_group_without_foreign_keeps_the_story_country(pipeline):
    _, _, src, tgt = _one(pipeline, "Chad called for the withdrawal of troops by March.", "called")
    assert [_country(e) for e in tgt] == ["TCD"]


def test_a_foreign_group_and_an_unplaced_one_are_two_groups(pipeline):
    doc = pipeline.extract("Mali said troops had clashed with foreign troops near Gao.", name="t",
                           published="2026-06-01")
    troops = {e.name: e for e in doc.entities if e.name in ("troops", "foreign troops")}
    assert set(troops) == {"troops", "foreign troops"}
    assert _country(troops["troops"]) == "MLI" and _country(troops["foreign troops"]) is None


@pytest.mark.parametrize("text, verb, source", [
    ("Ghana closed its embassy on Monday. The foreign ministry condemned Togo.", "condemned", "GHA"),
    ("Ghana closed its embassy on Monday. The foreign minister condemned Togo.", "condemned", "GHA"),
])
def test_foreign_in_an_office_name_is_the_states_own(pipeline, text, verb, source):
    _, _, src, tgt = _one(pipeline, text, verb)
    assert [_country(e) for e in src] == [source]
    assert [_country(e) for e in tgt] == ["TGO"]


def _toks(words):
    return spacy.blank("en").make_doc(" ".join(words))


@pytest.mark.parametrize("words, foreign, end, expected", [
    (["foreign", "troops"], 0, 2, True),
    (["foreign", "oil", "firms"], 0, 3, True),
    (["foreign", "affairs", "committee"], 0, 3, False),
    (["the", "foreign", "ministers"], 1, 3, False),
    (["the", "troops"], None, 2, False),
    # only the words after "foreign" and within the group's phrase count: "the ministry's foreign troops"
    (["ministry", "foreign", "troops"], 1, 3, True),
    (["foreign", "troops", "office"], 0, 2, True),
])
def test_from_abroad(words, foreign, end, expected):
    assert from_abroad(_toks(words), foreign, end) is expected


def test_the_office_words():
    assert {"minister", "ministry", "office", "secretary", "affairs", "policy"} <= FOREIGN_OFFICES
    assert not {"troops", "firms", "journalists", "fighters"} & FOREIGN_OFFICES
