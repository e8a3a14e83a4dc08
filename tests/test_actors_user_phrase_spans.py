"""A user dictionary phrase and the NER's mentions of the same words make one entity: the phrase
longer than the NER's span absorbs it ("The Shire" over "Shire"), a shorter one codes the mention
holding it, an equal one codes that mention; two NER mentions inside one phrase join it. Mention
offsets stay exact. Fictional names, written for these tests; real names keep the knowledge base's
codes with a dictionary loaded."""

from types import SimpleNamespace

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from newsgraph.actors.article import ActorCluster, ActorMention
from newsgraph.actors.codes import _phrase_cluster
from newsgraph.evaluate import petrarch as ep

ACTORS = """MORDOR [MOR]
GONDOR [GON]
VELMORA [VEL]
THE_SHIRE [FRO/BIL/SAM]
ITHILEN_MILITARY [ITHMIL]
"""


def _mention(sd, i, j, label="ORG"):
    span = sd[i:j]
    return ActorMention(i, j, span.start_char, span.end_char, span.text, label)


def _ctx(words, pos, spans):
    sd = Doc(Vocab(), words=words, pos=pos)
    clusters = []
    for group in spans:
        c = ActorCluster(type="PERSON")
        c.mentions = [_mention(sd, i, j) for i, j in group]
        clusters.append(c)
    return SimpleNamespace(sd=sd, clusters=clusters)


def test_phrase_over_two_mentions_absorbs_both():
    # "the Velmora Karsk Commission" with the NER's "Velmora" and "Karsk" as two entities
    ctx = _ctx(["the", "Velmora", "Karsk", "Commission", "met"], ["DET", "PROPN", "PROPN", "PROPN", "VERB"],
               [[(1, 2)], [(2, 3)]])
    c = _phrase_cluster(ctx, 0, 4, None)
    assert [[(m.i, m.j) for m in o.mentions] for o in ctx.clusters] == [[], [], [(0, 4)]]
    assert c.type == "ORG" and c.mentions[0].text == "the Velmora Karsk Commission"


def test_phrase_with_other_words_moves_only_the_inner_mention():
    # "Ithilen military ... Ithilen": the country named on its own stays the country
    ctx = _ctx(["Ithilen", "military", "left", "Ithilen"], ["PROPN", "NOUN", "VERB", "PROPN"], [[(0, 1), (3, 4)]])
    c = _phrase_cluster(ctx, 0, 2, None)
    assert [(m.i, m.j) for m in ctx.clusters[0].mentions] == [(3, 4)]
    assert [(m.i, m.j) for m in c.mentions] == [(0, 2)]


def test_phrase_adding_a_determiner_takes_the_whole_cluster():
    # "The Shire left. Shire ...": the NER's name is the dictionary's actor everywhere
    ctx = _ctx(["The", "Shire", "left", "Shire", "stayed"], ["DET", "PROPN", "VERB", "PROPN", "VERB"],
               [[(1, 2), (3, 4)]])
    c = _phrase_cluster(ctx, 0, 2, None)
    assert ctx.clusters[0].mentions == [] and sorted((m.i, m.j) for m in c.mentions) == [(0, 2), (3, 4)]
    assert [(m.start, m.end) for m in c.mentions] == [(0, 9), (15, 20)]


@pytest.fixture(scope="module")
def pipe(tmp_path_factory):
    from newsgraph.pipeline import Pipeline

    d = tmp_path_factory.mktemp("dicts")
    (d / "a.txt").write_text(ACTORS)
    return Pipeline(ep.pipeline_options(None, actors=[str(d / "a.txt")]))


def _entities(doc):
    return [(e.type if e.actor and e.actor.code else None, [doc.text[m.start:m.end] for m in e.mentions],
             e.actor.code if e.actor else None) for e in doc.entities]


def _exact(doc):
    for e in doc.entities:
        for m in e.mentions:
            assert doc.text[m.start:m.end] == m.text
    for ev in doc.events:
        assert ev.evidence is None or 0 <= ev.evidence.start < ev.evidence.end <= len(doc.text)


def test_phrase_longer_than_the_ner_span_is_one_entity(pipe):
    doc = pipe.extract("The Shire attacked Mordor on Monday. Later the Shire held talks.", name="t",
                       published="2020-01-06")
    _exact(doc)
    shire = [e for e in doc.entities if "Shire" in e.name]
    assert len(shire) == 1, _entities(doc)
    assert shire[0].actor.code == "FRO/BIL/SAM"
    assert [m.text for m in shire[0].mentions] == ["The Shire", "the Shire"]
    (ev,) = [ev for ev in doc.events if ev.type == "ASSAULT"]
    assert ev.source == [shire[0].id]


def test_phrase_shorter_than_the_ner_span_codes_that_mention(pipe):
    doc = pipe.extract("The Velmora Defence Council attacked Mordor on Monday.", name="t", published="2020-01-06")
    _exact(doc)
    assert [(m, c) for _, m, c in _entities(doc)] == [(["The Velmora Defence Council"], "VEL"), (["Mordor"], "MOR")]


def test_phrase_equal_to_the_ner_span(pipe):
    doc = pipe.extract("Gondor attacked Mordor on Monday.", name="t", published="2020-01-06")
    _exact(doc)
    assert [(m, c) for _, m, c in _entities(doc)] == [(["Gondor"], "GON"), (["Mordor"], "MOR")]
    assert ep._codings(doc) == [ep.Coding("GON", "MOR", "190")]


def test_real_names_keep_the_knowledge_base_with_a_dictionary_loaded(pipe):
    from newsgraph.pipeline import Pipeline

    text = "French President Emmanuel Macron met Chancellor Olaf Scholz in Berlin on 3 May 2023."
    plain = Pipeline(ep.pipeline_options(None)).extract(text, name="t", published="2023-05-04")
    doc = pipe.extract(text, name="t", published="2023-05-04")
    assert _entities(doc) == _entities(plain)
    assert any(e.actor and e.actor.code == "FRAGOV" for e in doc.entities), _entities(doc)
