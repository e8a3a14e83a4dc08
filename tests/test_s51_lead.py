"""Session 51, lead: the yardstick stays spaCy's own parse while newsgraph's load switches two components."""

import pytest
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.pipeline import AttributeRuler

from newsgraph import nlp
from newsgraph.attribute_rules import FastAttributeRuler
from newsgraph.lemmas import FastLemmatizer


def test_load_switches_the_ruler_and_the_lemmatizer_and_load_stock_does_not():
    ours, stock = nlp.load(), nlp.load_stock()
    assert type(ours.get_pipe("attribute_ruler")) is FastAttributeRuler
    assert type(ours.get_pipe("lemmatizer")) is FastLemmatizer
    assert type(stock.get_pipe("attribute_ruler")) is AttributeRuler
    assert type(stock.get_pipe("lemmatizer")) is EnglishLemmatizer
    assert stock is not nlp.load_stock()  # never the cached, switched pipeline
    assert stock.pipe_names == ours.pipe_names
    assert "senter" not in stock.component_names  # excluded as load excludes it, not merely disabled


def test_load_stock_loads_the_model_it_is_given():
    with pytest.raises(OSError):
        nlp.load_stock("no-such-pipeline")


def test_stock_and_switched_pipelines_parse_alike():
    text = "There is a cat, y' all. Let 's go: they were gon na say the talks had failed."
    ours, stock = nlp.load()(text), nlp.load_stock()(text)
    assert [(t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in ours] == [
        (t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in stock
    ]
