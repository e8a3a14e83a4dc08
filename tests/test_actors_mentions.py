"""Name mentions (mentions.find_mentions): built from the entities stage's NER groups, fitted to actors."""

from newsgraph.actors.mentions import find_mentions
from newsgraph.model import Entity, Mention
from test_actors_article import context_after


def _only(label, text, phrase, section=None):
    """A doc hook: doc.entities becomes one NER group with one mention of `phrase`."""
    def hook(doc, parse):
        start = doc.text.index(phrase)
        attrs = {"section": section} if section else {}
        doc.entities = [Entity(id="e1", name=phrase, type=label, attrs=attrs,
                               mentions=[Mention(start=start, end=start + len(phrase), text=phrase)])]
    return hook


def _texts(ctx):
    return [(m.text, m.label) for m in ctx.mentions]


def test_mentions_come_from_doc_entities(pipeline):
    text = "Ahmed Karimi met Laila Nouri in Basra on Monday."
    ctx = context_after(pipeline, text, find_mentions)
    assert ("Ahmed Karimi", "PERSON") in _texts(ctx)
    ctx = context_after(pipeline, text, find_mentions, doc_hook=_only("PERSON", "Laila Nouri", "Laila Nouri"))
    assert _texts(ctx) == [("Laila Nouri", "PERSON")]  # only what the entities stage gave (Basra is no KB name)
    m = ctx.mentions[0]
    assert ctx.sd[m.i:m.j].text == "Laila Nouri" and ctx.text[m.start:m.end] == "Laila Nouri" and m.sect == "body"
    assert all(ctx.taken[k] for k in range(m.i, m.j)) and not ctx.taken[0]


def test_title_and_possessive_stay_out_of_the_name(pipeline):
    text = "Crown Prince Mohammed bin Salman spoke. Saudi Arabia's envoy agreed."
    ctx = context_after(pipeline, text, find_mentions,
                        doc_hook=_only("PERSON", "Crown Prince Mohammed bin Salman", "Crown Prince Mohammed bin Salman"))
    assert ("Mohammed bin Salman", "PERSON") in _texts(ctx)
    ctx = context_after(pipeline, text, find_mentions, doc_hook=_only("GPE", "Saudi Arabia's", "Saudi Arabia's"))
    assert ("Saudi Arabia", "GPE") in _texts(ctx)


def test_honorific_joins_and_title_words_drop(pipeline):
    text = "Mr. Karimi met the Secretary of State on Monday."
    ctx = context_after(pipeline, text, find_mentions, doc_hook=_only("PERSON", "Karimi", "Karimi"))
    assert _texts(ctx) == [("Mr. Karimi", "PERSON")]
    ctx = context_after(pipeline, text, find_mentions, doc_hook=_only("ORG", "State", "State"))
    assert _texts(ctx) == []  # "State" in "Secretary of State" is a title's word


def test_non_actor_section_is_kept(pipeline):
    ctx = context_after(pipeline, "Ahmed Karimi met reporters.", find_mentions,
                        doc_hook=_only("PERSON", "Ahmed Karimi", "Ahmed Karimi", section="credit"))
    assert [m.sect for m in ctx.mentions] == ["credit"]


def test_names_the_ner_missed(pipeline):
    text = "Lavrov said the Kremlin would reply, and Kyiv agreed."
    ctx = context_after(pipeline, text, find_mentions, doc_hook=lambda doc, parse: setattr(doc, "entities", []))
    found = dict(_texts(ctx))
    assert found.get("Lavrov") == "PERSON"  # a knowledge-base name
    assert found.get("the Kremlin") == "SEAT" and found.get("Kyiv") == "GPE"  # a seat of power, a capital
    assert [m.start for m in ctx.mentions] == sorted(m.start for m in ctx.mentions)
