"""Session 37 (s37-tspan): TIMEX3 extents (docs/accuracy.md "Session 37, s37-tspan"). A length said as a count and
its unit that heads its noun phrase takes the article that opens the phrase, and one word of position between them
("the nine months ended June 30", "the latest three months"); the article of another noun stays out. Sentences are
our own; "edge pinned" cases pass before the change and guard its limits."""

import pytest

from newsgraph.times import _with_article
from newsgraph.timex import normalize
from test_times_timebank import times  # noqa: F401 (the same fixture: (text, value, type) of a text's times)

DAY = "2025-11-14"


@pytest.mark.parametrize("text, extent, value", [
    ("Sales for the nine months ended June 30 were flat.", "the nine months", "P9M"),
    ("Output fell in the latest three months, the agency said.", "the latest three months", "P3M"),
    ("The two years since the merger were difficult.", "The two years", "P2Y"),
    ("Deposits grew 6% in the 18 months to August.", "the 18 months", "P18M"),
    ("Few boats sailed during the eleven days that followed the storm.", "the eleven days", "P11D"),
    ("The mine stayed closed for the remaining five weeks of the season.", "the remaining five weeks", "P5W"),
    ("Imports climbed in the preceding  four quarters.", "the preceding  four quarters", "P4Q"),
])
def test_a_counted_length_takes_its_article(times, text, extent, value):
    assert (extent, value, "DURATION") in times(text, DAY)


@pytest.mark.parametrize("text, extent", [
    # edges pinned: the article of the noun a hyphenated length modifies (or an unhyphenated one: a singular unit after a
    # count above one), no article, a word between them that is no word of position
    ("The firm posted a nine-month loss.", "nine-month"),
    ("That widened the 11 month trade gap to a record.", "11 month"),
    ("The strike pushed the six week backlog higher.", "six week"),
    ("Prices doubled in nine months.", "nine months"),
    ("Rebels held the town for the bloody eight days of the siege.", "eight days"),
])
def test_other_articles_stay_out(times, text, extent):
    assert extent in [t for t, _, _ in times(text, DAY)]


def test_only_a_length_heading_its_phrase_is_widened():
    text = "the March 3 meeting"
    a = text.index("March")
    assert _with_article(text, a, a + len("March 3"), normalize("March 3")) == (a, a + len("March 3"))
    text = "in the nine months"
    a = text.index("nine")
    assert _with_article(text, a, len(text), normalize("nine months")) == (text.index("the"), len(text))
    for owner in ("in the nine months' figures", "in the nine months’ figures"):  # the article is the figures'
        a = owner.index("nine")
        assert _with_article(owner, a, a + len("nine months"), normalize("nine months")) == (a, a + len("nine months"))
    text = "in the weeks ahead"  # no count: session 34's bare plural, left
    a = text.index("weeks")
    assert _with_article(text, a, len(text), normalize("weeks ahead") or normalize("weeks")) == (a, len(text))
    text = "the one year"  # a singular unit after "one" heads its phrase
    assert _with_article(text, 4, len(text), normalize("one year")) == (0, len(text))
    text = "the 10 month gap"  # after a count above one a singular unit modifies the noun after it
    assert _with_article(text, 4, 12, normalize("10 month")) == (4, 12)
    text = "the 1 year"  # a count of one in a figure, as in words
    assert _with_article(text, 4, len(text), normalize("1 year")) == (0, len(text))
