"""Session 32 (s32-tests): a group's of- or from-phrase names each coordinated country's group of the role, whatever
gave the group its own country ("officials of the World Bank and Uganda": the Bank's officials and Uganda's).
`_group_nominal` 267 (docs/testing.md, "Session 32, s32-tests") asked for it; the probes are our own sentences,
labelled before the first run (tests/data/s32_group_of_probes.tsv)."""

import pytest
from eventsutil import probe_rows

LEAD = "Kenya hosted a regional meeting on Monday. "  # the article's focus: another country than the conjunct's
# (the group of a from-phrase whose country the focus gave, and two role nouns the parse does not coordinate)
KNOWN_MISSES = {"Ministers from the European Union and Norway signed the accord.",
                "Delegates of the United Nations and Somalia discussed the drought.",
                "Envoys of the Arab League and Egypt urged calm."}


def _country_groups(pipeline, text):
    """The countries other than the focus with a group (an actor coded beyond the bare country) in `text`."""
    doc = pipeline.extract(LEAD + text, name="t", published="2026-03-02")
    return {e.actor.country for e in doc.entities
            if e.actor and e.actor.country not in (None, "KEN") and e.actor.code != e.actor.country}


@pytest.mark.parametrize("label, text", probe_rows(["s32_group_of_probes.tsv"], KNOWN_MISSES, 2))
def test_each_country_of_a_groups_phrase_has_the_group(pipeline, label, text):
    groups = _country_groups(pipeline, text)
    assert (label in groups) if label != "-" else not groups, groups
