"""Tests for the survivors of session 8's mutation run over the events modules it added or changed
(docs/testing.md, "Session 8, s8-mutate"): the Title Case headline re-parse (events/headlines.py),
the quad class of untyped events (ontology.py). Our own sentences."""

import spacy
from spacy.tokens import Doc, Span

from newsgraph.events.headlines import MAX_TOKENS, Recaser, headline_case, sentence_cased
from stageutil import parsed

HEAD = "Georgia Arrests Opposition Members on Arms Charges"


def _words(words, label=None):
    doc = Doc(spacy.blank("en").vocab, words=words)
    if label:
        doc.ents = [Span(doc, 0, len(words), label=label)]
    return doc


def test_a_headline_may_have_up_to_max_tokens_and_no_more():
    words = ["Police", "Arrest"] + ["Rebels"] * (MAX_TOKENS - 2)
    assert len(_words(words)) == MAX_TOKENS and headline_case(_words(words))
    assert not headline_case(_words(words + ["Again"]))


def test_headline_case_counts_content_words_after_the_first():
    assert headline_case(_words(["Police", "Arrest", "Rebel", "Leaders"]))  # three content words after the first
    assert not headline_case(_words(["Police", "Arrest", "Men"]))  # two: too few, even with no names
    assert not headline_case(_words(["police", "Arrest", "Men"]))  # the first word's case is not read
    # a number or a mark between the words is skipped, not the end of the headline
    assert headline_case(_words(["Georgia", "Arrests", "8", "Opposition", "Members", "-", "Officials"]))


def test_a_headline_of_an_organisation_or_a_title_is_one_but_a_sentence_of_names_is_not():
    words = ["Georgia", "Arrests", "Opposition", "Members"]
    assert headline_case(_words(words, "ORG"))
    assert headline_case(_words(words, "WORK_OF_ART"))
    assert not headline_case(_words(words, "PERSON"))


def test_sentence_casing_starts_at_the_first_word_and_keeps_short_texts():
    assert sentence_cased("A Man Held In Capital") == "A man held in capital"
    assert sentence_cased(" A Man Held") == " A man held"
    assert sentence_cased("   ...  ") == "   ...  "
    assert sentence_cased("Arrests") == "Arrests"


def test_a_word_may_be_a_trigger_through_each_ending(pipeline):
    rc = Recaser(pipeline.nlp, frozenset({"clash", "attack", "seize", "shoot"}))
    rc.irregular = []  # regular endings only here
    for word in ("Clashes", "Attacking", "Seizing", "Shootings"):
        assert rc.may_code(_words(["Rebels", word, "Near", "Capital"])), word
    assert not rc.may_code(_words(["Local", "Bakery", "Wins", "Award"]))


def test_irregular_forms_count_only_when_their_lemma_is_a_trigger(pipeline):
    nlp = pipeline.nlp
    assert not Recaser(nlp, frozenset({"arrest"})).may_code(nlp("Local Team Won Regional Award"))
    assert Recaser(nlp, frozenset({"mouse"})).may_code(nlp("Police Free Trapped Mice"))  # the noun table


def test_a_pipeline_without_lemma_tables_reads_regular_endings_only():
    nlp = spacy.blank("en")
    rc = Recaser(nlp, frozenset({"arrest"}))
    assert rc.may_code(nlp("Georgia Arrests Opposition Members"))
    assert not rc.may_code(nlp("Local Bakery Wins Regional Award"))


def test_only_headlines_that_may_code_in_the_sections_asked_for_are_parsed_again(pipeline):
    text = ("By John Smith, Reuters\n\nThe interior ministry said on Monday that police had detained eight men.\n\n"
            "Local Bakery Wins Regional Award\n\n" + HEAD + "\n\nPolice arrested two more men on Tuesday.")
    doc, parse = parsed(pipeline, text)
    rc = Recaser(pipeline.nlp, frozenset({"arrest"}))
    got = rc.reparsed(parse, ("body", "title"))
    start = doc.text.index(HEAD)
    assert [(r.start, doc.text[r.start:r.end].strip()) for r in got] == [(start, HEAD)]
    assert got[0].doc.text == " " * start + sentence_cased(doc.text[start:got[0].end])  # every token keeps its document offset
    assert rc.reparsed(parse, ()) == []


def test_a_headline_of_max_tokens_is_parsed_again(pipeline):
    words = "Rebel Leaders Arrested After Border Clashes Near Northern Towns Leave Dozens Wounded".split()
    rc = Recaser(pipeline.nlp, frozenset({"arrest"}))
    for n, again in ((38, True), (39, False)):  # with the full stop and the line break: 40 and 41 tokens
        head = " ".join((words * 4)[:n]) + "."
        doc, parse = parsed(pipeline, "By John Smith, Reuters\n\n" + head + "\n\nOfficials gave no details.")
        (sent,) = [s for s in parse.doc.sents if s.text.startswith("Rebel")]
        assert len(sent) == n + 2
        assert [r.start for r in rc.reparsed(parse, ("body",))] == ([sent.start_char] if again else [])


def test_a_headline_after_a_byline_is_coded_at_its_own_offsets(pipeline):
    text = "By John Smith, Reuters\n\n" + HEAD + "\n\nTBILISI (Reuters) - Police detained eight men on Monday."
    got = [(e.trigger.text, e.trigger.start) for e in pipeline.extract(text).events if e.type == "COERCE"]
    # the body's events are kept beside the headline's, all in document order (events/stage.py _sentences)
    assert got == [("Arrests", text.index("Arrests")), ("detained", text.index("detained"))]


def test_own_people_an_arrest_acts_on_are_its_target_not_the_source_s_means(pipeline):
    # coder._means_word: officers a COERCE event acts on are its recipients even when they are the
    # source's own country's (mutants 10, 11 dropped "COERCE" from the acted-on types)
    doc = pipeline.extract("Russian police detained three Russian officers at a checkpoint.")
    (ev,) = [e for e in doc.events if e.type == "COERCE"]
    assert [doc.entity(t).actor.country for t in ev.target] == ["RUS"]


def test_a_deployment_aimed_at_a_country_is_aimed_at_it(pipeline):
    # coder._aimed_against: "aimed at X" in the object's own phrase names the recipient (mutants 12, 13
    # misspelt "at")
    doc = pipeline.extract("China deployed missiles aimed at Taiwan.")
    (ev,) = [e for e in doc.events if e.type == "MOBILIZE"]
    assert [doc.entity(t).name for t in ev.target] == ["Taiwan"]


def test_a_headline_past_the_parsers_limit_is_not_parsed_again():
    """The re-parse pads the headline with spaces up to its document offset; past the parser's
    max_length (a long article in pieces) that text would be refused (spaCy E088) and the whole
    article lost, so such a headline keeps the document parse."""
    from types import SimpleNamespace

    nlp = spacy.blank("en")
    rc = Recaser(nlp, frozenset({"arrest"}))
    head = "Georgia Arrests Opposition Members"

    whole = spacy.blank("en")  # (the document parse is made in pieces, so it may pass the limit)
    whole.max_length = 2 * nlp.max_length

    def parse_at(offset):
        doc = whole.make_doc(" " * offset + head)
        for i, t in enumerate(doc):
            t.is_sent_start = i in (0, 1)
        return SimpleNamespace(doc=doc, kind_at=lambda char: "body")

    assert [r.start for r in rc.reparsed(parse_at(100), ("body",))] == [100]
    assert rc.reparsed(parse_at(nlp.max_length), ("body",)) == []
