"""Session 36 (s36-aquaint): the publication date inferred from a text's own dates, written in AP style.

The AP Stylebook writes a month and day of the current year without the year, and gives the year only for a
past or future year ("The hearing is scheduled for June 26"; "Feb. 14, 2025, is the target date"). A text that
names a month-day without its year follows that rule, so a day it dates with a year lies in another year than the
story's: it bounds nothing near the publication day, and a weekday counted from it gives a wrong date (dev
TimeML with the creation time withheld: 1 of 9 inferred dates right). Own sentences, labelled and committed
before the rule's first run. Family: no date is inferred. Controls: the inference as before.
"""
import pytest

from newsgraph.model import check_offsets


@pytest.fixture(scope="module")
def extract(pipeline):
    def run(text):
        doc = pipeline.extract(text)
        assert check_offsets(doc) == []
        return doc
    return run


FAMILY = [
    "The company bought the shares between Aug. 26 and Oct. 20, it said in a filing. It had first disclosed a "
    "stake on Aug. 10, 2024.",
    "Police said on Monday that the suspect, arrested on March 4, had also been charged on Nov. 2, 2023 with fraud.",
    "The ministers will meet again on June 12. Their last summit, on Feb. 3, 2025, ended without a deal, and "
    "talks resumed on Tuesday.",
    "The election is due on 14 May. The previous one, held on 2 May 2024, was won narrowly, and campaigning "
    "began on Friday.",
    "The museum reopened on Sept. 8 after repairs that followed the storm of Aug. 29, 2021. Visitors queued on "
    "Sunday.",
    "Trading was halted on Jan. 6, the exchange said. The last halt came on March 16, 2020, at the start of the "
    "pandemic. Shares fell on Thursday.",
    "The law takes effect on July 1. It replaces a rule passed on Dec. 15, 2022, which the court struck down on "
    "Wednesday.",
    "Farmers protested outside parliament on Oct. 3. They first marched on Oct. 5, 2019, and returned on Monday.",
]


@pytest.mark.parametrize("text", FAMILY)
def test_a_yearless_month_day_means_the_dated_days_are_other_years(extract, text):
    pub = extract(text).published
    assert (pub.value, pub.inferred) == (None, True)


CONTROLS = [
    # no month-day without a year: the inference as before (3 March 2025 a Monday, 2 May 2024 a Thursday)
    ("The vote took place on March 3, 2025, officials said. Counting resumed on Wednesday and results will be "
     "announced on Friday.", "2025-03-05", True),
    ("The deal was signed on May 2, 2024, and shares rose on Friday.", "2024-05-03", True),
    # a month alone is no month-day: AP's rule is about a month with its day
    ("The factory closed in April. Its owner had bought it on May 2, 2024, and sold it on Thursday.",
     "2024-05-02", True),
    # the dated day named again without its year is that day, not one of the current year
    ("On Sept. 11, 2001, hijackers struck New York. Survivors of the Sept. 11 attacks gathered on Monday.",
     "2001-09-17", True),
    # a dated line gives the date, whatever the text says
    ("Published: March 4, 2025\n\nThe suspect, arrested on Feb. 26, was charged on Monday over a theft on "
     "Jan. 3, 2024.", "2025-03-04", False),
]


@pytest.mark.parametrize("text, value, inferred", CONTROLS)
def test_controls(extract, text, value, inferred):
    pub = extract(text).published
    assert (pub.value, pub.inferred) == (value, inferred)
