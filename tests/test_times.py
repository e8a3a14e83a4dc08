"""The times stage: expressions found in running text, clause tense, publication date, time_for_span."""

import random
import re

import pytest

from newsgraph.model import Document, Published, TimeExpr, check_offsets
from newsgraph.times import infer_published, time_for_span
from newsgraph.timex import normalize


def by_text(doc):
    return {t.text: t for t in doc.times}


class TestSample:
    def test_published_is_inferred(self, sample_doc):
        pub = sample_doc.published
        assert (pub.value, pub.inferred) == ("2026-01-25", True)
        assert "January 19, 2026" in pub.basis and "Sunday" in pub.basis

    def test_values(self, sample_doc):
        got = by_text(sample_doc)
        assert got["January 19, 2026"].value == "2026-01-19"
        assert got["October 7, 2023"].value == "2023-10-07"
        assert got["Saturday"].value == "2026-01-24"
        assert got["Sunday"].value == "2026-01-25"
        end = got["the end of December"]
        assert (end.value, end.mod, end.granularity) == ("2025-12", "END", "month")
        assert got["2003"].value == "2003"
        # "in office since 2022": a start point, not the event date; TimeML leaves the signal "since"
        # out of the span, its meaning stays in mod
        since = got["2022"]
        assert (since.value, since.mod) == ("2022", "ON_OR_AFTER")
        assert sample_doc.text[since.start - 6:since.start] == "since "

    def test_offsets_and_ids(self, sample_doc):
        assert check_offsets(sample_doc) == []
        assert [t.id for t in sample_doc.times] == [f"t{i}" for i in range(1, len(sample_doc.times) + 1)]
        assert all(t.text == sample_doc.text[t.start:t.end] for t in sample_doc.times)
        # nothing from the photo credits
        credits = [s for s in sample_doc.sections if s.kind == "credit"]
        assert not any(c.start <= t.start < c.end for c in credits for t in sample_doc.times)

    def test_time_for_span(self, sample_doc):
        text = sample_doc.text
        s = text.index("American Secretary")
        e = text.index("\n", s)
        t = time_for_span(sample_doc, s, e, near=text.index("warned"))
        assert t is not None and t.text == "Sunday"
        s = text.index("Current Prime Minister Soudani")
        got = time_for_span(sample_doc, s, len(text))  # only a boundary: still returned
        assert (got.text, got.mod) == ("2022", "ON_OR_AFTER")
        s = text.index("A possible pro-Iran")
        assert time_for_span(sample_doc, s, text.index("\n", s)) is None


@pytest.fixture(scope="module")
def extract(pipeline):
    def run(text, **meta):
        doc = pipeline.extract(text, **meta)
        assert check_offsets(doc) == []
        return doc
    return run


class TestClauseTense:
    def test_future_forms_take_the_next_weekday(self, extract):
        doc = extract("The minister will visit Paris on Friday. Talks are to resume on Monday. The summit "
                      "opens on Tuesday. He plans to travel on Thursday and is going to vote on Saturday.",
                      published="2026-01-21")  # a Wednesday
        got = by_text(doc)
        assert got["Friday"].value == "2026-01-23"
        assert got["Monday"].value == "2026-01-26"
        assert got["Tuesday"].value == "2026-01-27"  # present tense in the body: scheduled
        assert got["Thursday"].value == "2026-01-22"
        assert got["Saturday"].value == "2026-01-24"

    def test_past_forms_take_the_last_weekday(self, extract):
        doc = extract("The minister visited Paris on Friday. He has met officials on Monday, and talks were "
                      "held on Wednesday.", published="2026-01-21")
        got = by_text(doc)
        assert got["Friday"].value == "2026-01-16"
        assert got["Monday"].value == "2026-01-19"
        assert got["Wednesday"].value == "2026-01-21"  # on or before: the same day

    def test_headline_present_is_past(self, extract):
        doc = extract("Rubio warns Iraq on Sunday\n\nThe secretary of state said he will travel to Baghdad on "
                      "Friday.", published="2026-01-21")
        got = by_text(doc)
        assert got["Sunday"].value == "2026-01-18"
        assert got["Friday"].value == "2026-01-23"


class TestPublished:
    def test_metadata_is_never_overridden(self, extract):
        doc = extract("The vote took place on March 3, 2025. The minister resigned yesterday.", published="2024-05-01")
        assert (doc.published.value, doc.published.inferred) == ("2024-05-01", False)
        assert by_text(doc)["yesterday"].value == "2024-04-30"

    def test_dated_published_line(self, extract):
        doc = extract("Published: March 4, 2025\n\nThe minister resigned yesterday after talks failed on Monday.")
        assert (doc.published.value, doc.published.inferred) == ("2025-03-04", False)
        assert "Published: March 4, 2025" in doc.published.basis
        got = by_text(doc)
        assert got["yesterday"].value == "2025-03-03" and got["Monday"].value == "2025-03-03"

    def test_inferred_from_date_and_past_weekday(self, extract):
        doc = extract("The vote took place on March 3, 2025, officials said. Counting resumed on Wednesday "
                      "and results will be announced on Friday.")
        assert (doc.published.value, doc.published.inferred) == ("2025-03-05", True)  # 3 March 2025 is a Monday
        assert by_text(doc)["Friday"].value == "2025-03-07"

    def test_future_absolute_dates_do_not_bound_it(self, extract):
        doc = extract("Elections will be held on June 1, 2026. The president spoke on Monday after the "
                      "January 5, 2026 meeting.")
        assert doc.published.value == "2026-01-05"

    def test_nothing_to_infer_from(self, extract):
        doc = extract("The minister resigned yesterday after talks failed last week.")
        assert doc.published.value is None and doc.published.inferred
        assert "no" in doc.published.basis
        got = by_text(doc)
        assert got["yesterday"].value is None and got["yesterday"].granularity == "day"
        assert got["last week"].value is None


def _items(*specs):
    return [(text, normalize(text), tense, kind) for text, tense, kind in specs]


class TestInferPublished:
    def test_latest_date_only(self):
        got = infer_published(_items(("May 2, 2024", "past", "body"), ("April 30, 2024", None, "body")))
        assert (got.value, got.inferred) == ("2024-05-02", True)

    def test_two_past_weekdays(self):
        # 19 Jan 2026 is a Monday; Saturday and Sunday after it -> Sunday 25th
        got = infer_published(_items(("January 19, 2026", None, "caption"), ("Sunday", "past", "body"),
                                     ("Saturday", "past", "body")))
        assert got.value == "2026-01-25"

    def test_weekday_same_as_date(self):
        got = infer_published(_items(("January 19, 2026", "past", "body"), ("Monday", "past", "body")))
        assert got.value == "2026-01-19"

    def test_future_weekday_does_not_push_it(self):
        got = infer_published(_items(("January 19, 2026", "past", "body"), ("Friday", "future", "body")))
        assert got.value == "2026-01-19"

    def test_future_tense_date_in_body_ignored_but_caption_counts(self):
        assert infer_published(_items(("June 1, 2026", "future", "body"))).value is None
        assert infer_published(_items(("June 1, 2026", "present", "caption"))).value == "2026-06-01"

    def test_month_or_year_alone_is_not_enough(self):
        got = infer_published(_items(("December 2025", "past", "body"), ("2003", None, "body")))
        assert got.value is None


def test_time_for_span_prefers_points_and_nearness():
    text = "Since 2022 he has led; on Monday he met them, and on Friday he left."
    doc = Document(text=text, published=Published(value="2026-01-25"))

    def t(i, s, value, mod=None):
        return TimeExpr(id=f"t{i}", start=text.index(s), end=text.index(s) + len(s), text=s, value=value, mod=mod)

    doc.times = [t(1, "Since 2022", "2022", "ON_OR_AFTER"), t(2, "Monday", "2026-01-19"), t(3, "Friday", "2026-01-23"),
                 TimeExpr(id="t4", start=0, end=0, text="", value="P3Y", type="DURATION")]
    assert time_for_span(doc, 0, len(text)).text == "Monday"
    assert time_for_span(doc, 0, len(text), near=text.index("left")).text == "Friday"
    assert time_for_span(doc, 0, 11).text == "Since 2022"
    assert time_for_span(doc, 12, 20) is None


def test_anaphoric_that_year(extract):
    doc = extract("The company was founded in 1998. That year it hired 20 people.", published="2026-01-21")
    assert by_text(doc)["That year"].value == "1998"


def test_no_name_may(extract):
    doc = extract("Theresa May met the president. Talks resumed in May.", published="2026-01-21")
    assert [t.text for t in doc.times] == ["May"]
    assert doc.times[0].start == doc.text.rindex("May")


def test_overlaps_and_pieces(extract):
    doc = extract("Output fell between 2001 and 2003 and rose in the three months to December.",
                  published="2005-03-01")
    texts = [t.text for t in doc.times]
    assert "2001" in texts and "2003" in texts and "December" in texts
    spans = sorted((t.start, t.end) for t in doc.times)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))  # no overlaps



def test_counts_are_not_years_and_rates_are_sets(extract):
    doc = extract("A total of 1500 troops arrived. The firm earns $10m a year and meets twice a month; "
                  "the project took a year.", published="2026-01-21")
    got = by_text(doc)
    assert "1500" not in got
    rate, took = [t for t in doc.times if t.text == "a year"]
    assert (rate.type, rate.value) == ("SET", "P1Y")
    assert (got["twice a month"].type, got["twice a month"].value) == ("SET", "P1M")
    assert took.type == "DURATION"


def test_published_line_without_year_is_not_read_against_the_clock(extract):
    doc = extract("Updated 2 hours ago\n\nThe minister resigned on Friday.")
    assert doc.published.value is None


def test_later_year_in_the_past_blocks_inference():
    got = infer_published(_items(("5 April 1920", "past", "body"), ("1947", "past", "body"),
                                 ("Wednesday", "past", "body")))
    assert got.value is None and "1947" in got.basis
    # a later year in the future, or as a boundary, does not
    got = infer_published(_items(("5 April 1920", "past", "body"), ("1947", "future", "body"),
                                 ("until 1950", "past", "body")))
    assert got.value == "1920-04-05"


@pytest.mark.parametrize("sentence,expected", [
    ("The president said on Monday he would resign on Friday.", {"Monday": "2026-01-19", "Friday": "2026-01-23"}),
    ("Police said the man, who was arrested on Friday, had been released.", {"Friday": "2026-01-16"}),
    ("The result is expected to be announced on Friday.", {"Friday": "2026-01-23"}),
    ("The ship had docked on Saturday before the storm.", {"Saturday": "2026-01-17"}),
    ("Ministers are meeting on Thursday to discuss the budget.", {"Thursday": "2026-01-22"}),
    ("He has been missing since Tuesday.", {"Tuesday": "2026-01-20"}),
    ("The deal, signed on Tuesday, takes effect on Thursday.", {"Tuesday": "2026-01-20", "Thursday": "2026-01-22"}),
    ("The company reported its results on Thursday and will hold a call on Friday.",
     {"Thursday": "2026-01-15", "Friday": "2026-01-23"}),
    # a plan's object is dated ahead, whatever the tense of planning; "planned to" keeps its own tense
    ("Protesters planned a large demonstration on Saturday.", {"Saturday": "2026-01-24"}),
    ("The prosecutor has scheduled a news conference Thursday.", {"Thursday": "2026-01-22"}),
    ("On Friday, the government planned to pay the families.", {"Friday": "2026-01-16"}),
    # a present tag on a verb spelt alike in the past is no evidence of a schedule; a pluperfect plan is past
    ("Other stocks hurt the composite as well as the index, which fell 1.4%, on Friday.", {"Friday": "2026-01-16"}),
    ("The offer previously had been scheduled to expire on Friday.", {"Friday": "2026-01-16"}),
    # the pluperfect may carry the plan one infinitive up; without it the plan is still ahead
    ("The two sides had been expected to agree to sign the deal on Friday.", {"Friday": "2026-01-16"}),
    ("Kenya had planned to start to withdraw its troops on Friday.", {"Friday": "2026-01-16"}),
    ("The two sides are expected to agree to sign the deal on Friday.", {"Friday": "2026-01-23"}),
    ("The two sides were expected to agree to sign the deal on Friday.", {"Friday": "2026-01-23"}),
])
def test_weekday_tense_battery(extract, sentence, expected):
    doc = extract(sentence, published="2026-01-21")  # a Wednesday
    assert {t.text: t.value for t in doc.times} == expected


def test_date_entities_match_the_parser(pipeline, sample_text):
    from newsgraph.nlp import parse_many
    from newsgraph.times import date_entities, token_columns

    text = sample_text + "\nTalks ran from Monday to Wednesday last week, and prices rose 5% in the year to March."
    (parse,) = parse_many(pipeline.nlp, [(text, [])])
    want = [(e.start_char, e.end_char) for e in parse.doc.ents if e.label_ in ("DATE", "TIME")]
    assert want and date_entities(token_columns(parse.doc)) == want


def test_clock_times_found_and_dated(extract):
    doc = extract("The vote is set for 2 p.m. ET Tuesday, Jan. 27. Officials had until midnight Friday to respond. "
                  "Shelling resumed in the early hours of Sunday.", published="2026-01-21")
    got = by_text(doc)
    # TimeML: a clock time and the day it names are one TIME expression (with the date after the weekday:
    # every candidate after a joiner is tried, session 5, not only the next one in text order)
    t = got["2 p.m. ET Tuesday, Jan. 27"]
    assert t.value == "2026-01-27T14:00" and t.type == "TIME"
    assert got["midnight Friday"].value == "2026-01-16T24:00"
    assert "the early hours" not in got and got["Sunday"].value == "2026-01-18"


def test_clock_time_without_a_day_takes_the_last_day_named_else_the_document_date(extract):
    doc = extract("Talks ended at 6 p.m. The mayor spoke on Monday. Voting closed around 7:15 p.m.",
                  published="2026-01-21")
    got = by_text(doc)
    assert got["6 p.m."].value == "2026-01-21T18:00"
    assert got["around 7:15 p.m."].value == "2026-01-19T19:15"


def test_timeml_spans_leave_signals_out(extract):
    doc = extract("Prices have risen since March. Three days later the bank acted, and it will report by Friday.",
                  published="2026-01-21")
    got = by_text(doc)
    assert got["March"].mod == "ON_OR_AFTER" and got["March"].value == "2025-03"
    assert (got["Three days"].value, got["Three days"].type) == ("P3D", "DURATION")
    assert got["Friday"].value == "2026-01-23"


def test_frequency_adjectives_are_not_sets_but_adverbs_are(extract):
    doc = extract("The firm cut its quarterly dividend at the annual meeting. The reserve will be adjusted "
                  "quarterly, and the fair is held here annually.", published="2026-01-21")
    got = [(t.text, t.type, t.value) for t in doc.times]
    assert got == [("quarterly", "SET", "P3M"), ("annually", "SET", "P1Y")]
    assert doc.text.index("quarterly,") == doc.times[0].start


def test_a_period_ended_on_a_date_lies_in_the_past(extract):
    # a past clause may name a coming date ("payable Dec. 1"), but a period that "ended" on it has ended
    doc = extract("In the fiscal year ended Jan. 31, the company reported sales of $59.5 million. It declared "
                  "a dividend payable Dec. 1.", published="2025-10-31")
    got = by_text(doc)
    assert got["Jan. 31"].value == "2025-01-31"
    assert got["Dec. 1"].value == "2025-12-01"


def test_a_time_the_past_verb_itself_happened_at_is_the_last_one(extract):
    # session 4: a past clause looks ahead only for a time it reports as coming (a plan, a non-finite
    # verb, "through"); a time a finite past verb happened at is the last one, however near the next
    doc = extract("In January, the company hired a new chief executive. It agreed to sell the unit in January. "
                  "The bank extended its loans through January. Talks collapsed in December.", published="2026-10-28")
    assert [(t.text, t.value) for t in doc.times] == [("January", "2026-01"), ("January", "2027-01"),
                                                      ("January", "2027-01"), ("December", "2025-12")]
    doc = extract("Violence broke out in the old city at Easter. The rebels agreed to observe a ceasefire over "
                  "Easter.", published="2026-03-15")
    assert [(t.text, t.value) for t in doc.times] == [("Easter", "2025-04-20"), ("Easter", "2026-04-05")]


def test_days_told_from_the_day_last_named_in_running_text(extract):
    doc = extract("The plant was seized on March 3. Later in the day, police arrested two men. The site was closed "
                  "that same day. He appeared in court the next morning. The previous Friday, he had been released.",
                  published="2026-03-20")
    assert [(t.text, t.value, t.type) for t in doc.times] == [
        ("March 3", "2026-03-03", "DATE"), ("Later in the day", "2026-03-03", "DATE"),
        ("that same day", "2026-03-03", "DATE"), ("the next morning", "2026-03-04TMO", "TIME"),
        ("The previous Friday", "2026-02-27", "DATE")]


def test_weekdays_with_an_anaphoric_determiner_in_running_text(extract):
    # session 38: "that Friday" is the weekday of the time under discussion (TimeML's anchor), not the document date's
    doc = extract("The envoy arrived on Aug. 14, 2022. That Friday, both sides signed a truce. The prisoners were "
                  "freed the next Monday.", published="2026-03-12")
    assert [(t.text, t.value) for t in doc.times] == [
        ("Aug. 14, 2022", "2022-08-14"), ("That Friday", "2022-08-19"), ("the next Monday", "2022-08-22")]
    doc = extract("The week of March 2 was calm. That Tuesday, however, a bomb exploded.", published="2026-03-12")
    assert [(t.text, t.value) for t in doc.times] == [("The week of March 2", "2026-W10"), ("That Tuesday", "2026-03-03")]


@pytest.mark.parametrize("text, value", [
    ("The talks opened in Oslo on May 5, 2024. On June 9, they collapsed.", "2024-06-09"),
    ("The talks opened in Oslo in May 2024. On June 9, they collapsed.", "2024-06-09"),
    ("The talks opened in Oslo on June 12, 2024. On June 9, they had collapsed.", "2025-06-09"),  # an earlier day
    ("The plant opened on May 5, 2025. On Feb. 3, it closed.", "2026-02-03"),  # an earlier month: no narrative
    ("The talks opened in Oslo on May 5, 2024.\n\nOn June 9, they collapsed.", "2025-06-09"),  # another paragraph
    ("The talks opened in Oslo on May 5, 2024. On June 9, they collapsed.\n\nMore talks are planned.", "2024-06-09"),
    ("Sales have doubled since the launch on May 5, 2024. On June 9, they fell.", "2025-06-09"),  # a "since" bound
    ("Output rose from May 5, 2024. On June 9, it fell.", "2025-06-09"),  # a comparison's base
    ("The strike began on Nov. 14, 2024. By Dec. 1, most mines had closed.", "2024-12-01"),  # a signal in the span
    ("The talks opened on Jan. 5, 2024. On Friday, they collapsed.", "2026-03-06"),  # a bare weekday: the DCT's
])
def test_a_day_without_its_year_continues_the_narrative_before_it(extract, text, value):
    # session 38: the TIMEX3 reference time of a past narrative, as for a bare month (`_narrative_month`)
    doc = extract(text, published="2026-03-12")
    assert [t.value for t in doc.times if t.text.endswith(("June 9", "Feb. 3", "Dec. 1", "Friday"))] == [value]


@pytest.mark.parametrize("text, values", [
    ("The minister said in October 2025 that the plant would close in February.", ["2025-10", "2026-02"]),
    ("The minister said in October 2025 that the plant would close in October.", ["2025-10", "2026-10"]),
    ("The minister said in October 2025 that the plant would close in November.", ["2025-10", "2025-11"]),
    ("The minister said on Oct. 3, 2025, that the plant would close in February.", ["2025-10-03", "2026-02"]),
    ("The minister said in March 2024 that the plant had closed in June.", ["2024-03", "2023-06"]),
    ("The minister said in March 2024 that the plant had closed in March.", ["2024-03", "2024-03"]),
    ("The plant would close in February, the minister said in October 2025.", ["2026-02", "2025-10"]),
    ("The plant had closed in June, the minister said in March 2024.", ["2023-06", "2024-03"]),
    ("The minister said in 2024 that the plant would close in May.", ["2024", "2026-05"]),  # a year: no month to count from
    ("The minister spoke in October 2025 and the plant will close in February.", ["2025-10", "2027-02"]),  # no report
])
def test_a_month_a_report_tells_counts_from_the_report(extract, text, values):
    # session 38: TimeML anchors what a report tells to the report's time, not the document date
    doc = extract(text, published="2026-03-12")
    assert [t.value for t in doc.times] == values


@pytest.mark.parametrize("text, span, value", [
    ("The envoy arrived on Aug. 14, 2022. There was no deal, and no report that Friday.", "that Friday", "2022-08-19"),
    ("The envoy arrived on Aug. 14, 2022. Officials said that day the talks were over.", "that day", "2022-08-14"),
    ("that Friday, the talks ended, officials said", "that Friday", "2026-03-06"),  # no verb before "that"
    ("Insist that Friday is the deadline.", "Friday", "2026-03-13"),  # the verb is the text's first word
])
def test_that_after_no_clause_verb_stays_with_the_weekday(extract, text, span, value):
    # a noun ("report"), the text's own start or another word than a weekday after "that": no that-clause to open
    doc = extract(text, published="2026-03-12")
    assert (span, value) in [(t.text, t.value) for t in doc.times]


@pytest.mark.parametrize("text, value", [
    ("The envoy arrived on Aug. 14, 2022. The minister said that Friday would be a holiday.", "2026-03-13"),
    ("The envoy arrived on Aug. 14, 2022. He insisted that Sunday was the only day available.", "2026-03-08"),
    ("The envoy arrived on Aug. 14, 2022. Aides expect that Monday the border will reopen.", "2026-03-16"),
])
def test_that_opening_a_clause_leaves_the_bare_weekday(extract, text, value):
    # after a verb taking a that-clause, "that" is its conjunction: the weekday is the bare one, told from the DCT
    doc = extract(text, published="2026-03-12")
    assert [(t.text, t.value) for t in doc.times][1:] == [(text[text.index("that ") + 5:].split()[0], value)]


@pytest.mark.parametrize("text, phrase, name", [
    ("He told CBS's 60 Minutes that he would stay.", "60 Minutes", True),
    ("The poster showed a still from the film High Noon.", "Noon", True),
    ("This is VOA Today.", "Today", True),
    ("He appeared on This Week with the senator.", "This Week", True),
    ("The boy was found on Thanksgiving Day.", "Thanksgiving Day", False),
    ("Crowds gathered on New Year's Eve.", "New Year's Eve", False),
    ("Shops reopen after New Year’s Day.", "New Year’s Day", False),
    ("Voters go to the polls on Election Day.", "Election Day", False),
    ("Prices fell. Today, the market rose.", "Today", False),
    ("The U.S. Today announced a plan.", "Today", False),  # "U.S." ends in a stop: no name across it
    ("He left at noon today.", "noon today", False),
    ("Sales rose in the Third Quarter.", "Third Quarter", True),
    ("Thousands joined the annual March for Life on Thursday.", "March", True),
    ("She led the ``March of the Combatant Mothers'' through the city.", "March", True),
    ("He spoke at the March on Washington.", "March", True),
    ("Prices rose in March for the first time.", "March", False),
    ("The plant closed last March for repairs.", "March", False),
    ("They met on March 3 for talks.", "March", False),
    ("She told the network's Today programme on Friday.", "Today", False),  # a lowercase owner: no name
    ("She told the BBC's Today programme on Friday.", "Today", True),  # a name owns the capitalised word
    ("She told Radio 4’s Today programme on Friday.", "Today", True),
    ("He told the BBC's Today he would stay.", "Today", True),
    ("He told the BBC's today he would stay.", "today", False),  # (lowercase: a time, however odd)
    ("BBC's Today programme ran the interview.", "Today", True),  # an owner opening the text
    ("In March for the first time, prices rose.", "March", False),  # the month's preposition opening the text
    ("Today, prices fell on This Week's show.", "Today", False),  # a later name is no part of the expression
])
def test_time_words_capitalised_inside_a_name(text, phrase, name):
    from newsgraph.times import in_a_name

    a = text.index(phrase)
    assert in_a_name(text, a, a + len(phrase)) is name


def test_titles_are_not_times_but_holidays_are(extract):
    doc = extract("He told CBS's 60 Minutes on Sunday that the film High Noon was his favourite. This is VOA Today. "
                  "The boy was found on Thanksgiving Day.", published="2026-01-21")
    assert [t.text for t in doc.times] == ["Sunday", "Thanksgiving Day"]


def test_a_headline_in_title_case_keeps_its_times(extract):
    """Every word of a title-case headline is capitalised, so "Next Week" there is a time, not a name."""
    doc = extract("Talks Between Rivals To Resume Next Week, Officials Say\n\nNegotiators from both sides will "
                  "meet again in Geneva, officials said on Tuesday.", published="2026-01-21")
    assert doc.sections[0].kind == "title"
    assert [(t.text, t.value) for t in doc.times] == [("Next Week", "2026-W05"), ("Tuesday", "2026-01-20")]


def test_as_soon_as_a_weekday_looks_ahead(extract):
    doc = extract("The group would be ready to leave as soon as Tuesday, Castro said. A vote could come as early as "
                  "Monday. Police knew as early as Monday that he had fled.", published="2026-01-21")  # a Wednesday
    assert [(t.text, t.value) for t in doc.times] == [("Tuesday", "2026-01-27"), ("Monday", "2026-01-26"),
                                                      ("Monday", "2026-01-19")]


def test_the_quarter_is_the_quarter_the_report_named(extract):
    # after "its fiscal first quarter", "the quarter" is that quarter, though a later day ("Sept. 29") was named
    doc = extract("Sun Microsystems posted a loss for its fiscal first quarter. It reported sales of $538 million for "
                  "the period ended Sept. 29. Workstations made up half of the systems it shipped in the quarter. "
                  "In the third quarter of 1988 it had earned $20 million.", published="1989-10-26")
    got = [(t.text, t.value) for t in doc.times]
    assert ("fiscal first quarter", "1989-Q1") in got and ("the quarter", "1989-Q1") in got  # "its" is the phrase's
    assert ("the third quarter of 1988", "1988-Q3") in got


def _select_by_scan(text, spans, kind_at):
    """The plain quadratic form of times.select: each candidate checked against every span taken."""
    taken = []
    for a, b in sorted(spans, key=lambda s: (s[0] - s[1], s[0])):
        if any(a < d and c < b for c, d, _ in taken) or kind_at(a) in ("credit", "byline"):
            continue
        if re.fullmatch(r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)", text[a:b]):
            continue
        norm = normalize(text[a:b])
        if norm is not None:
            taken.append((a, b, norm))
    return sorted(taken, key=lambda t: t[0])


def test_fast_overlap_checks_give_what_the_pairwise_scans_gave():
    from newsgraph.times import overlapping_pairs, select

    rng = random.Random(13)
    words = ["on", "Monday", "5", "May", "2020", "since", "2021", "the", "end", "of", "December", "last",
             "week", "three", "years", "ago", "Jan", "and", "now", "quarterly", "in", "March", "1999", "."]
    text = " ".join(rng.choice(words) for _ in range(3000))
    bounds = [m.span() for m in re.finditer(r"\S+", text)]
    for trial in range(5):
        spans = set()
        for _ in range(1500):
            i = rng.randrange(len(bounds))
            j = min(len(bounds) - 1, i + rng.randrange(6))
            spans.add((bounds[i][0], bounds[j][1]))
        spans = list(spans)
        kind_at = (lambda c: "credit" if c % 97 == 0 else "body")
        assert select(text, spans, kind_at) == _select_by_scan(text, spans, kind_at)
        xs, ys = spans[:700], spans[700:]
        brute = {(x, y) for x in xs for y in ys if x[0] < y[1] and y[0] < x[1]}
        assert set(overlapping_pairs(xs, ys)) == brute


def test_report_periods(extract):
    doc = extract("Elco expects net income in the year ending June 30 to fall. Its stock hit a high for the year "
                  "in June. In the third quarter net rose 5% from a year earlier. For the nine months, net fell "
                  "from $4 million a year earlier. The flight took 5 1/2 hours.", published="2025-10-30")
    got = [(t.text, t.value, t.type) for t in doc.times]
    assert ("the year", "P1Y", "DURATION") == got[0]  # a stretch "ending" on a date
    assert ("the year", "2025", "DATE") == got[2]
    quarter_ago, year_ago = [v for t, v, _ in got if t == "a year earlier"]
    assert (quarter_ago, year_ago) == ("2024-Q3", "2024")  # after "the nine months", the year to date
    assert ("5 1/2 hours", "PT5H30M", "DURATION") in got


def test_nine_months_compare_with_the_year_of_the_quarter_reported(extract):
    # a comparison named in between ("a loss last year") does not move the year the nine months belong to
    doc = extract("Travelers posted third-quarter net of $80 million, compared with a loss of $3 million last year. "
                  "For the first nine months, net was $306 million. The year-ago results included a charge.",
                  published="1989-11-02")
    got = {t.text: t.value for t in doc.times}
    assert (got["third-quarter"], got["last year"], got["year-ago"]) == ("1989-Q3", "1988", "1988")


def test_small_forms(extract):
    doc = extract("Shares were up at mid-afternoon yesterday. He stays for at least two more weeks. Stocks fell for "
                  "eight trading days this past spring, a low for the 20th century. Unisys pays interest every "
                  "quarter.", published="1989-11-02")
    got = {t.text: (t.value, t.type) for t in doc.times}
    assert got["mid-afternoon yesterday"] == ("1989-11-01TAF", "TIME")
    assert got["at least two more weeks"] == ("P2W", "DURATION")
    assert got["eight trading days"] == ("P8D", "DURATION")
    assert got["this past spring"][0] == "1989-SP"
    assert got["the 20th century"][0] == "19"
    assert got["every quarter"] == ("P1Q", "SET")


def test_periods_of_a_report(extract):
    doc = extract("Net rose in the third quarter ended Sept. 30. There were no one-time gains in the latest "
                  "period; revenue fell from the year-ago period. Executives fear the challenges of the near term.",
                  published="1989-11-02")
    got = {t.text: t.value for t in doc.times}
    assert got["the latest period"] == "1989-Q3" and got["the year-ago period"] == "1988-Q3"
    assert got["the near term"] == "FUTURE_REF"
    # a text not about a quarter: "the latest period" names no time, "the 1988 period" its year
    doc = extract("Sales rose in the latest period, above the 1988 period.", published="1989-11-02")
    assert [(t.text, t.value) for t in doc.times] == [("the 1988 period", "1988")]


def test_a_deadline_of_a_present_perfect_lies_ahead(extract):
    # 2000-04-05 is a Wednesday: "has given ... until Tuesday" is the coming one; a pluperfect or a simple
    # past bound ("had filed the reports by Monday", "stayed until Monday") the last one
    doc = extract("The agency has given the family until 9 a.m. Tuesday to sign. They have postponed the vote "
                  "until Monday. He had filed the reports by Monday. He stayed until Monday.", published="2000-04-05")
    got = [(t.text, t.value) for t in doc.times]
    assert got == [("9 a.m. Tuesday", "2000-04-11T09:00"), ("Monday", "2000-04-10"), ("Monday", "2000-04-03"),
                   ("Monday", "2000-04-03")]


def test_one_day_before_a_verb_is_someday(extract):
    doc = extract("Islam will one day be the second largest religion. She hopes to one day lead the party. "
                  "The trip took one day.", published="2000-04-05")
    got = [(t.text, t.value, t.type) for t in doc.times]
    assert got == [("one day", "FUTURE_REF", "DATE"), ("one day", "FUTURE_REF", "DATE"), ("one day", "P1D", "DURATION")]


def test_a_frequency_word_as_a_noun_is_no_set(extract):
    doc = extract("The board declared its initial quarterly of five cents. Dividends are paid quarterly.",
                  published="2000-04-05")
    assert [(t.text, t.type) for t in doc.times] == [("quarterly", "SET")]
    assert doc.times[0].start == doc.text.index("quarterly.")
