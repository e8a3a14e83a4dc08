"""Session 55, s55-tidy: one list of courtesy titles (words.COURTESY_TITLES) serves the actors stage's name
comparison and mention bounds and the places stage's street test, which may not import the actors stage. Each
module adds its own on top. Sentences invented for the tests."""

from __future__ import annotations

import pytest

from newsgraph import places
from newsgraph.actors import mentions, normalize
from newsgraph.words import COURTESY_TITLES


def test_the_three_lists_share_the_courtesy_titles():
    assert COURTESY_TITLES == {"mr", "mrs", "ms", "miss", "mx", "dr"}
    assert COURTESY_TITLES <= normalize.HONORIFICS and COURTESY_TITLES <= mentions.TITLE_HONORIFICS
    # the name comparison's list as it was before it was shared
    assert normalize.HONORIFICS == {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "mx", "sheikh", "shaikh", "sayyid",
                                    "sayed", "mister", "madam", "lord", "lady"}
    assert mentions.TITLE_HONORIFICS == {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "mx", "mx.", "dr", "dr.",
                                         "sir", "dame", "lord", "lady"}


@pytest.mark.parametrize("title", ["Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Rev", "Sgt", "Gov", "Sen", "Rep",
                                   "Cllr", "Mr.", "Dr.", "Cllr."])
def test_a_title_opens_a_persons_name_not_a_streets(title):
    assert places._TITLE.match(f"{title} Pike Road") and places._TITLE.match(f"x {title} Pike", 2)


@pytest.mark.parametrize("text", ["Lord Street", "Lady Lane", "Sir Thomas Street", "Mister Road", "Mrx Lane",
                                  "Drake Street", "Mrs", "MR Pike", "Mr-Pike Lane"])
def test_a_word_that_opens_a_streets_name_is_no_title(text):
    assert not places._TITLE.match(text)


def test_a_persons_mention_starts_at_mx_as_at_mr(pipeline):
    # before, "Mx" was dropped from the mention where "Mr" was kept: "Mx Lee" then "Lee"
    for title in ("Mr", "Mx"):
        doc = pipeline.extract(f"The charity's director, {title} Lee, said the shelter would close. "
                               f"{title} Lee said staff had been told.")
        (lee,) = [e for e in doc.entities if e.name == "Lee"]
        assert [m.text for m in lee.mentions] == [f"{title} Lee"] * 2
