"""scripts/timeml_conventions.py: the wording classes, value shapes, clause tense, tables and header dates it counts
the annotators' conventions with (issue 13, session 31). Own wordings and hand-built parses only."""

import importlib.util
from pathlib import Path

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

ROOT = Path(__file__).resolve().parents[1]


def _load(name: str):
    spec = importlib.util.spec_from_file_location(f"scripts.{name}", ROOT / "scripts" / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


conv = _load("timeml_conventions")
halves = _load("timeml_halves")


@pytest.mark.parametrize("text, cls", [
    ("now", "now"), ("Right now", "now"), ("currently", "currently/current"), ("today's", "today's"),
    ("Today", "today"), ("These days", "nowadays/these days"), ("More recently", "recent(ly)"),
    ("recent weeks", "recent(ly)"), ("the past three years", "past/last N units"),
    ("the next 12 months", "past/last N units"), ("Last week", "last/past week"), ("the past month", "last/past month"),
    ("last year", "last/past year"), ("This year", "this year"), ("this week", "this week"),
    ("this month", "this month"), ("next week", "next year|week|month"), ("later this month", "earlier/later this unit"),
    ("a year earlier", "a year ago/earlier"), ("One month ago", "a year ago/earlier"),
    ("about three years ago", "N units ago/earlier"), ("20 years earlier", "N units ago/earlier"),
    ("the third quarter", "the quarter"), ("fourth-quarter", "the quarter"), ("Sunday", "bare weekday"),
    ("Sunday  evening", "weekday+part"), ("yesterday", "yesterday"), ("tomorrow", "tomorrow"),
    ("the 1970s", "decade"), ("the past decade", "decade"), ("the '80s", "decade"), ("last summer", "season"),
    ("fiscal 2026", "fiscal"), ("more than two years", "length with more than/about"),
    ("about a week", "length with more than/about"),
    ("March 3", None), ("2026", None), ("the weekend", None), ("three years", None), ("nowhere", None),
])
def test_each_wording_falls_in_its_class(text, cls):
    assert conv.class_of(text) == cls


@pytest.mark.parametrize("value, shape", [
    (None, "none"), ("", "none"), ("PRESENT_REF", "PRESENT_REF"), ("PAST_REF", "PAST_REF"),
    ("2026-03-11", "day+0"), ("2026-03-10", "day-1"), ("2026-03-14", "day+3"), ("2025-03-11", "day-365"),
    ("2026-03-11TNI", "day+0 TNI"), ("2026-03-10T14:30", "day-1 T99:99"),
    ("2026-02", "month-1"), ("2025-03", "month-12"), ("2026-03", "month+0"),
    ("2026-W11", "week+0"), ("2026-W10", "week-1"), ("2026-W9", "week-2"), ("2027-W01", "week+42"),
    ("2026-Q1", "quarter+0"), ("2025-Q4", "quarter-1"), ("2025-Q1", "quarter-4"),
    ("2026-H1", "half+0"), ("2025-H2", "half-1"), ("2025-FA", "season(FA)-1y"), ("2026-SU", "season(SU)+0y"),
    ("2026", "year+0"), ("2024", "year-2"), ("202", "decade"), ("19", "century"),
    ("P3Y", "PnY"), ("P10D", "PnD"), ("PXM", "PXM"), ("PT2H", "PTnH"), ("P1.5Y", "PnY"),
    ("2026-WXX", "placeholder:9999-WXX"), ("2026-XX-XX", "placeholder:9999-XX-XX"), ("199X", "placeholder:999X"),
    ("XXXX-WXX-1", "undated:XXXX-WXX-9"), ("XXXX-Q3", "undated:XXXX-Q9"), ("2026-03-11T", "other:9999-99-99T"),
])
def test_a_value_is_written_relative_to_the_document_date(value, shape):
    # 2026-03-11 is a Wednesday of ISO week 11, in the first quarter and half
    assert conv.shape(value, "2026-03-11") == shape


def _parse(words, heads, deps, tags, pos, lemmas):
    return Doc(Vocab(), words=words, heads=heads, deps=deps, tags=tags, pos=pos, lemmas=lemmas)


def _clause(verb_words, verb_tags, verb_lemmas):
    """'The mill <verbs> steel this week': the auxiliaries and the verb given, the rest fixed."""
    n = len(verb_words)
    words = ["The", "mill", *verb_words, "steel", "this", "week"]
    v = 2 + n - 1  # the main verb's index
    heads = [1, v, *([v] * (n - 1)), v, v, 4 + n, v]
    deps = ["det", "nsubj", *(["aux"] * (n - 1)), "ROOT", "dobj", "det", "npadvmod"]
    tags = ["DT", "NN", *verb_tags, "NN", "DT", "NN"]
    pos = ["DET", "NOUN", *(["AUX"] * (n - 1)), "VERB", "NOUN", "DET", "NOUN"]
    lemmas = ["the", "mill", *verb_lemmas, "steel", "this", "week"]
    doc = _parse(words, heads, deps, tags, pos, lemmas)
    start = doc[4 + n - 1].idx
    return doc, start, start + len("this week")


@pytest.mark.parametrize("verb, tags, lemmas, tense", [
    (["sold"], ["VBD"], ["sell"], "past"),
    (["sells"], ["VBZ"], ["sell"], "present"),
    (["will", "sell"], ["MD", "VB"], ["will", "sell"], "future"),
    (["has", "sold"], ["VBZ", "VBN"], ["have", "sell"], "perfect"),
    (["had", "sold"], ["VBD", "VBN"], ["have", "sell"], "past"),
    (["is", "selling"], ["VBZ", "VBG"], ["be", "sell"], "present"),
    (["was", "selling"], ["VBD", "VBG"], ["be", "sell"], "past"),
])
def test_the_tense_of_the_clause_a_timex_sits_in(verb, tags, lemmas, tense):
    doc, start, end = _clause(verb, tags, lemmas)
    assert doc.text[start:end] == "this week"
    assert conv.tense_at(doc, start, end) == tense


def test_a_timex_no_verb_governs_and_a_span_on_no_token():
    # a headline with no verb: "Steel output this week"
    doc = _parse(["Steel", "output", "this", "week"], [1, 1, 3, 1], ["compound", "ROOT", "det", "npadvmod"],
                 ["NN", "NN", "DT", "NN"], ["NOUN", "NOUN", "DET", "NOUN"], ["steel", "output", "this", "week"])
    assert conv.tense_at(doc, doc[2].idx, len(doc.text)) == "noverb"
    assert conv.tense_at(doc, len(doc.text) + 5, len(doc.text) + 9) == "?"


def test_a_bare_participle_is_counted_past():
    # "Steel sold this week" as a reduced relative: the participle with no auxiliary
    doc = _parse(["Steel", "sold", "this", "week"], [0, 0, 3, 1], ["ROOT", "acl", "det", "npadvmod"],
                 ["NN", "VBN", "DT", "NN"], ["NOUN", "VERB", "DET", "NOUN"], ["steel", "sell", "this", "week"])
    assert conv.tense_at(doc, doc[2].idx, len(doc.text)) == "past"


def test_the_table_gives_the_majority_its_share_and_whether_it_is_clear():
    seven_of_ten = [("k", "past", "year+0", "year+0")] * 6 + [("k", "present", "year+0", "day+0")] + \
        [("k", "past", "day+0", "day+0")] * 2 + [("k", "past", "PnY", "MISSED")]
    t = conv.tabulate(seven_of_ten + [("j", "", "PAST_REF", "PAST_REF")] * 2 + [("j", "", "PXY", "PAST_REF")] * 2)
    k = t["k"]
    assert (k["n"], k["majority"], k["majority_n"], k["clear"]) == (10, "year+0", 7, True)
    assert k["share"] == pytest.approx(0.7)
    assert (k["same"], k["ours_on_majority"], k["ours_majority"]) == (8, 6, "year+0")
    assert k["subs"]["past"][0] == {"year+0": 6, "day+0": 2, "PnY": 1}
    assert k["subs"]["past"][1] == {"year+0": 6, "day+0": 2, "MISSED": 1}
    assert k["subs"]["present"] == ({"year+0": 1}, {"day+0": 1})
    j = t["j"]  # a tie: half is no clear majority
    assert (j["n"], j["majority_n"], j["clear"], j["same"], j["ours_majority"]) == (4, 2, False, 2, "PAST_REF")
    six_of_ten = [("m", "", "year+0", "year+0")] * 6 + [("m", "", "day+0", "year+0")] * 4
    m = conv.tabulate(six_of_ten)["m"]
    assert (m["clear"], m["same"], m["ours_on_majority"]) == (False, 6, 6)


def _at(text: str, word: str, value: str, nth: int = 0) -> dict:
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return {"start": start, "end": start + len(word), "value": value, "text": word, "type": "DATE"}


_TEXT = ("Prices are now higher than a year ago. The board met on Monday, and it now expects a vote. "
         "Right now, nobody knows.")


def test_uses_counts_marked_and_unmarked_wordings_and_ours_on_the_unmarked():
    doc = {"id": "own1", "dct": "2026-03-11", "text": _TEXT,
           "times": [_at(_TEXT, "now", "PRESENT_REF"), _at(_TEXT, "on Monday", "2026-03-09")]}
    pred = {"own1": [_at(_TEXT, "now", "PRESENT_REF"), _at(_TEXT, "now", "PRESENT_REF", 1),
                     _at(_TEXT, "a year ago", "2025")]}
    import re

    rx = re.compile(conv.USES["now"], re.IGNORECASE)
    assert conv.uses([doc], pred, rx) == {"text": 3, "marked": 1, "unmarked_ours": 1}
    assert conv.uses([doc], {}, rx) == {"text": 3, "marked": 1, "unmarked_ours": 0}
    year = re.compile(conv.USES["a year ago/earlier"], re.IGNORECASE)
    assert conv.uses([doc], pred, year) == {"text": 1, "marked": 0, "unmarked_ours": 1}


def test_collect_pairs_gold_with_ours_and_splits_tensed_and_deictic_classes():
    text = "LONDON, March 11 - The mill sold steel this week. It closed yesterday. Output rose 5%."
    gold = [_at(text, "March 11", "2026-03-11"), _at(text, "this week", "2026-W11"),
            _at(text, "yesterday", "2026-03-10")]
    doc = {"id": "own2", "dct": "2026-03-11", "text": text, "times": gold}
    pred = {"own2": [_at(text, "this week", "2026-03"), _at(text, "Output", "P1D")]}

    def nlp(t):  # a stand-in parse: every word a past verb at the root, so each span's clause is past
        words = t.split(" ")
        return Doc(Vocab(), words=words, heads=list(range(len(words))), deps=["ROOT"] * len(words),
                   tags=["VBD"] * len(words), pos=["VERB"] * len(words))

    items, rows = conv.collect([doc], pred, nlp)
    assert items == [("this week", "past", "week+0", "month+0"), ("yesterday", "dated", "day-1", "MISSED")]
    assert rows[0][:9] == ("this week", "past", "own2", "2026-03-11", "this week", "DATE", "2026-W11", "2026-03",
                           "this week")
    assert "sold steel this week. It closed" in rows[0][9]
    undated = dict(doc, text="x" * 300 + text, times=[dict(t, start=t["start"] + 300, end=t["end"] + 300) for t in gold])
    assert conv.collect([undated], {}, nlp)[0][-1] == ("yesterday", "undated", "day-1", "MISSED")


def test_header_dates_read_from_docid_date_time_and_extrainfo():
    raw = ("<DOCID>XYZ20260312.0042</DOCID>\n<DATE_TIME> 03/11/26 14:02 </DATE_TIME>\n"
           "<EXTRAINFO>\nXYZ20260312.0042 NEWS STORY 03/12/2026 06:18:00\n</EXTRAINFO>")
    assert conv.dates_given(raw) == {"docid": "2026-03-12", "date_time": "2026-03-11", "extrainfo": "2026-03-12"}
    iso = "<DOCID>XIE19990313.0229</DOCID><EXTRAINFO>\nXIE19990313.0229  1999-03-13\nA title\n</EXTRAINFO>"
    assert conv.dates_given(iso) == {"docid": "1999-03-13", "extrainfo": "1999-03-13"}
    old = "<DOCID>wsj_0042</DOCID><DATE_TIME>11/02/89</DATE_TIME><EXTRAINFO>wsj_0042 NEWS STORY</EXTRAINFO>"
    assert conv.dates_given(old) == {"date_time": "1989-11-02"}
    assert conv.dates_given("<DOCID>ABC19980108.1830.0711</DOCID>") == {"docid": "1998-01-08"}
    iso_dt = "<DOCID>XYZ20260312.0042</DOCID><DATE_TIME> 2026-03-11 18:41 </DATE_TIME>"
    assert conv.dates_given(iso_dt) == {"docid": "2026-03-12", "date_time": "2026-03-11"}


@pytest.mark.parametrize("text, date", [
    ("10/26/89", "1989-10-26"), ("19980108", "1998-01-08"), ("891102", "1989-11-02"), ("1998-08-07", "1998-08-07"),
    (" 1999-03-12 18:41 ", "1999-03-12"), ("12/05/1998 09:42:00", "1998-12-05"), ("02-25-98 1512EDT", "1998-02-25"),
    ("01/02/03", "2003-01-02"), ("August 11", None), ("", None),
])
def test_the_date_a_dct_element_writes(text, date):
    assert conv.written_date(text) == date


def test_the_halves_are_timeml_halves():
    for doc_id in ("wsj_0136", "XIE19990313.0229", "APW20000107.0318", "ea980120.1830.0071", "own"):
        assert conv.half_of(doc_id) == halves.half_of(doc_id)


def test_rows_are_refused_for_the_check_half(monkeypatch, capsys):
    monkeypatch.setattr("sys.argv", ["timeml_conventions.py", "/nonexistent", "--half", "B", "--rows", "now"])
    with pytest.raises(SystemExit) as exc:
        conv.main()
    assert exc.value.code == 2 and "study half only" in capsys.readouterr().err


# ---- tests added for the survivors of the mutation run (docs/accuracy.md, Session 31, s31-time)


def test_a_length_of_two_units_has_no_one_shape():
    assert conv.shape("P2Y6M", "2026-03-11") == "P?"
    assert conv.shape("PT1H30M", "2026-03-11") == "P?"


@pytest.mark.parametrize("dct, value, shape", [
    ("2026-11-20", "2026-Q4", "quarter+0"), ("2026-11-20", "2026-Q3", "quarter-1"),
    ("2026-04-01", "2026-Q2", "quarter+0"), ("2026-01-05", "2025-Q4", "quarter-1"),
    ("2026-07-01", "2026-H2", "half+0"), ("2026-05-15", "2026-H1", "half+0"), ("2026-11-20", "2026-H1", "half-1"),
])
def test_quarters_and_halves_are_counted_from_the_dct_quarter_and_half(dct, value, shape):
    assert conv.shape(value, dct) == shape


def _sentence(words, heads, deps, tags, pos, lemmas=None):
    return _parse(words, heads, deps, tags, pos, lemmas or [w.lower() for w in words])


def test_a_one_word_timex_takes_the_tense_of_its_clause():
    doc = _sentence(["The", "mill", "closed", "yesterday"], [1, 2, 2, 2], ["det", "nsubj", "ROOT", "npadvmod"],
                    ["DT", "NN", "VBD", "NN"], ["DET", "NOUN", "VERB", "NOUN"])
    assert conv.tense_at(doc, doc[3].idx, len(doc.text)) == "past"


def test_a_copula_governs_as_a_verb_does():
    # "The mill was idle this week": the copula is the root, an AUX
    doc = _sentence(["The", "mill", "was", "idle", "this", "week"], [1, 2, 2, 2, 5, 2],
                    ["det", "nsubj", "ROOT", "acomp", "det", "npadvmod"], ["DT", "NN", "VBD", "JJ", "DT", "NN"],
                    ["DET", "NOUN", "AUX", "ADJ", "DET", "NOUN"])
    assert conv.tense_at(doc, doc[4].idx, len(doc.text)) == "past"
    # "The firm says the mill was idle this week": the nearest governor is the embedded copula, not "says"
    doc = _sentence(["The", "firm", "says", "the", "mill", "was", "idle", "this", "week"], [1, 2, 2, 4, 5, 2, 5, 8, 5],
                    ["det", "nsubj", "ROOT", "det", "nsubj", "ccomp", "acomp", "det", "npadvmod"],
                    ["DT", "NN", "VBZ", "DT", "NN", "VBD", "JJ", "DT", "NN"],
                    ["DET", "NOUN", "VERB", "DET", "NOUN", "AUX", "ADJ", "DET", "NOUN"])
    assert conv.tense_at(doc, doc[7].idx, len(doc.text)) == "past"


@pytest.mark.parametrize("verb, tags, deps, lemmas, tense", [
    (["is", "sold"], ["VBZ", "VBN"], ["auxpass"], ["be", "sell"], "present"),
    (["'ll", "sell"], ["MD", "VB"], ["aux"], ["will", "sell"], "future"),
    (["wo", "sell"], ["MD", "VB"], ["aux"], ["will", "sell"], "future"),
    (["shall", "sell"], ["MD", "VB"], ["aux"], ["shall", "sell"], "future"),
    (["have", "sold"], ["VBP", "VBN"], ["aux"], ["have", "sell"], "perfect"),
])
def test_passive_contracted_and_plural_auxiliaries(verb, tags, deps, lemmas, tense):
    words = ["Mills", *verb, "steel", "this", "week"]
    heads = [2, 2, 2, 2, 5, 2]
    doc = _sentence(words, heads, ["nsubj", deps[0], "ROOT", "dobj", "det", "npadvmod"],
                    ["NNS", *tags, "NN", "DT", "NN"], ["NOUN", "AUX", "VERB", "NOUN", "DET", "NOUN"],
                    ["mill", *lemmas, "steel", "this", "week"])
    assert conv.tense_at(doc, doc[4].idx, len(doc.text)) == tense


def _stand_in_nlp(t):  # every word a past verb at the root: each span's clause is past
    words = t.split(" ")
    return Doc(Vocab(), words=words, heads=list(range(len(words))), deps=["ROOT"] * len(words),
               tags=["VBD"] * len(words), pos=["VERB"] * len(words))


def test_collect_keeps_an_empty_sub_class_and_joins_tense_and_date_and_the_context_window():
    pad = "a " * 147  # 294 characters: "March 11" starts at 294, so only "March 1" lies in the first 300
    text = pad + "March 11 - Steel sold today. " + "b" * 99 + " Last year output rose. " + "c " * 40 + "end."
    gold = [_at(text, "today", "2026-03-11"), _at(text, "Last year", "2025")]
    doc = {"id": "own3", "dct": "2026-03-11", "text": text, "times": gold}
    items, rows = conv.collect([doc], {}, _stand_in_nlp)
    assert items == [("today", "past|undated", "day+0", "MISSED"), ("last/past year", "", "year-1", "MISSED")]
    g = gold[1]
    assert rows[1][9] == " ".join(text[g["start"] - 90:g["end"] + 60].split())
    assert rows[1][9].startswith("b" * 89 + " Last year") and rows[1][9].endswith("c c")
    assert len(rows[1][9]) == len(" ".join(text[g["start"] - 90:g["end"] + 60].split()))
    early = {"id": "own4", "dct": "2026-03-11", "text": "Today steel sold well, " + "d " * 60 + "end.", "times": []}
    early["times"] = [_at(early["text"], "Today", "2026-03-11")]
    assert conv.collect([early], {}, _stand_in_nlp)[1][0][9].startswith("Today steel")


def test_uses_counts_every_use_and_no_span_that_only_touches_it():
    text = "It is now here and now there, now everywhere."
    n1, n2, n3 = (_at(text, "now", "PRESENT_REF", i) for i in range(3))
    touching = [{"start": 0, "end": n1["start"]}, {"start": n1["end"], "end": n1["end"] + 5}]
    doc = {"id": "own5", "text": text, "times": touching + [n2, n3]}
    import re

    rx = re.compile(conv.USES["now"], re.IGNORECASE)
    assert conv.uses([doc], {}, rx) == {"text": 3, "marked": 2, "unmarked_ours": 0}
    doc2 = {"id": "own6", "text": text, "times": []}
    pred = {"own6": touching + [n1, n2]}
    assert conv.uses([doc2], pred, rx) == {"text": 3, "marked": 0, "unmarked_ours": 2}
    assert conv.uses([doc2], {"own6": touching}, rx) == {"text": 3, "marked": 0, "unmarked_ours": 0}


@pytest.mark.parametrize("raw, given", [
    ("<DOCID>abc20260312.1</DOCID>", {"docid": "2026-03-12"}),
    ("<DATE_TIME> 12/05/1998 09:42:00 </DATE_TIME>", {"date_time": "1998-12-05"}),
    ("<DATE_TIME>03/11/50</DATE_TIME>", {"date_time": "2050-03-11"}),
    ("<DATE_TIME>03/11/51</DATE_TIME>", {"date_time": "1951-03-11"}),
])
def test_header_dates_lowercase_ids_four_digit_years_and_the_century_pivot(raw, given):
    assert conv.dates_given(raw) == given


@pytest.mark.parametrize("text, date", [
    ("03/11/50", "2050-03-11"), ("03/11/51", "1951-03-11"), ("030415", "2003-04-15"), ("500101", "2050-01-01"),
    ("510101", "1951-01-01"),
])
def test_the_century_pivot_of_a_written_dct(text, date):
    assert conv.written_date(text) == date
