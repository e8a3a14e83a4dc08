"""Session 23, s23-mutcoder: tests that kill the coder's open mutants (docs/testing.md, "Session 23,
s23-mutcoder"): the lists of s22-mutcoder, s22-mutopen, s21b-mutev and s21-mut. Own sentences: the reversed
CAMEO.2.0 patterns through the whole pipeline with a user's actor file (as tests/test_s22_mutopen.py); the
phrase rules of `_objects`, `_prep_object_party`, `_clause_target` and `_answered_by`, which read only a token's
label, part of speech, lemma and children, on the parse each test is written for (a spaCy `Doc` with heads and
labels, as tests/test_s22_mutcoder.py) and a stand-in that resolves the named words to actors."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from spacy.lang.en import English
from spacy.tokens import Doc

from newsgraph.events.coder import _answered_by, _clause_target, _objects, _prep_object_party
from newsgraph.events.lexicon import Sense

# ---------------------------------------------------------------- the reversed patterns, through the pipeline


@pytest.fixture(scope="module")
def events(tmp_path_factory):
    from dataclasses import replace

    from newsgraph.evaluate import petrarch as ep
    from newsgraph.nlp import parse_many
    from newsgraph.pipeline import Pipeline
    from newsgraph.read import make_article
    f = tmp_path_factory.mktemp("s23-mutcoder") / "actors.txt"
    f.write_text("GONDOR [GON]\nMORDOR [MOR]\nROHAN [ROH]\n")
    pipe = Pipeline(replace(ep.pipeline_options(None, actors=[str(f)]), check_language=False))

    def run(text):
        doc = pipe.prepare(make_article(text, "s23", published="2015-06-01"))
        (parse,) = parse_many(pipe.nlp, [(doc.text, doc.sections)])
        ann = pipe.annotate(doc, parse, "s23")
        names = {e.id: e.name for e in ann.entities}
        return [(e.type, e.cameo, e.mode, [names[i] for i in e.source], [names[i] for i in e.target])
                for e in ann.events]
    return run


def test_a_reversed_pattern_keeps_its_codes_type_and_mode(events):
    # OBTAIN `* SENTENCE` [:173]: the one named after the verb sentenced the subject; the reversed code's
    # PLOVER type and mode (COERCE, arrest) are the event's (_target_to_source 25, 27, 33, 38)
    assert events("Gondor received a prison sentence from Mordor.") == [
        ("COERCE", "173", "arrest", ["Mordor"], ["Gondor"])]


def test_a_reversed_pattern_with_no_giver_codes_nothing(events):
    # "a court in Mordor" is no party the coder attaches: the reversed event needs its source
    # (_target_to_source 28, 34, 41: needs_source None / left out / False)
    assert events("Gondor received a prison sentence from a court in Mordor.") == []


def test_a_reversed_pattern_codes_only_between_the_users_actors(events):
    # France is a country, but not one of the user's actors: PETRARCH2 codes the pattern only between
    # the dictionaries' actors (_target_to_source 23: `named` left to its default, _political)
    assert events("France received a prison sentence from Mordor.") == []


def test_a_reversed_pattern_reads_the_giver_anywhere_in_the_clause_not_only_in_a_phrase(events):
    # the giver is the object's possessor, neither a direct object nor a preposition's object of the verb
    # (_target_to_source 24: `bare=True` asks only those)
    assert events("Gondor received Mordor's prison sentence.") == [
        ("COERCE", "173", "arrest", ["Mordor"], ["Gondor"])]


# ---------------------------------------------------------------- hand-built parses

VOCAB = English().vocab  # (a bare Vocab has no lower-case forms)


def _w(word, head, dep, pos="NOUN", lemma=None):
    tag = {"NOUN": "NN", "PROPN": "NNP", "VERB": "VBD", "ADP": "IN", "AUX": "VBD", "DET": "DT"}.get(pos, "XX")
    return (word, head, dep, pos, tag, lemma or word.lower())


def _parse(*rows):
    words, heads, deps, pos, tags, lemmas = zip(*rows)
    return Doc(VOCAB, words=list(words), heads=list(heads), deps=list(deps), pos=list(pos), tags=list(tags),
               lemmas=list(lemmas))


def _resolving(country=None, **ids):
    """Participants stand-in: each named word resolves to its own entity id; `country`: id -> country."""
    return SimpleNamespace(resolve=lambda t: [ids[t.text]] if t.text in ids else [], tok2ent={},
                           country=country or {}, guessed=frozenset(), event_nouns=frozenset(), triggers={})


PARTS = _resolving(Ruritania="R", Sylvania="S", Freedonia="F", protesters="P")


def _other(q):
    return bool(PARTS.resolve(q))


R = _w("Ruritania", 1, "nsubj", "PROPN")
TALKS = Sense(type="CONSULT", cameo="040")
OFFENSIVE = Sense(type="ASSAULT", cameo="190")
APPEAL = Sense(type="REQUEST", cameo="020")
AGREEMENT = Sense(type="AGREE", cameo="030")


def test_on_a_party_after_talks_is_their_topic_but_with_a_party_names_it():
    # _clause_target 12, 13 ("on" spelt otherwise): "held talks on Sylvania", "on" hung on the verb: a topic
    doc = _parse(R, _w("held", 1, "ROOT", "VERB", "hold"), _w("talks", 1, "dobj", lemma="talk"),
                 _w("on", 1, "prep", "ADP"), _w("Sylvania", 3, "pobj", "PROPN"))
    assert _clause_target(doc[1], TALKS, PARTS) == []
    assert [t.text for t in _clause_target(doc[1], OFFENSIVE, PARTS)] == ["Sylvania"]  # an attack "on" is its target
    # 11 (`!= "on"`): "held talks with Sylvania" names the other side
    doc = _parse(R, _w("held", 1, "ROOT", "VERB", "hold"), _w("talks", 1, "dobj", lemma="talk"),
                 _w("with", 1, "prep", "ADP"), _w("Sylvania", 3, "pobj", "PROPN"))
    assert [t.text for t in _clause_target(doc[1], TALKS, PARTS)] == ["Sylvania"]


def test_a_second_phrase_of_the_verb_does_not_drop_the_first_phrases_noun():
    # _prep_object_party 22 (`nouns =`): "appealed for talks with Sylvania to the council": the party of
    # "talks" is still read after the to-phrase
    doc = _parse(R, _w("appealed", 1, "ROOT", "VERB", "appeal"), _w("for", 1, "prep", "ADP"),
                 _w("talks", 2, "pobj", lemma="talk"), _w("with", 3, "prep", "ADP"), _w("Sylvania", 4, "pobj", "PROPN"),
                 _w("to", 1, "prep", "ADP"), _w("the", 8, "det", "DET"), _w("council", 6, "pobj"))
    assert [t.text for t in _prep_object_party(doc[1], APPEAL, PARTS, _other)] == ["Sylvania"]


def test_a_phrase_of_time_under_out_is_no_of_phrase():
    # _prep_object_party 29 (any prep under the preposition): "stayed out until the talks with Sylvania":
    # only "out of the war with X" reads a noun one preposition down
    doc = _parse(R, _w("stayed", 1, "ROOT", "VERB", "stay"), _w("out", 1, "prep", "ADP"), _w("until", 2, "prep", "ADP"),
                 _w("the", 5, "det", "DET"), _w("talks", 3, "pobj", lemma="talk"), _w("with", 5, "prep", "ADP"),
                 _w("Sylvania", 6, "pobj", "PROPN"))
    assert _prep_object_party(doc[1], APPEAL, PARTS, _other) == []


def test_a_topic_before_the_party_is_skipped_not_the_end_of_the_search():
    # _prep_object_party 50 (`break`): "agreed to talks on trade with Sylvania", both phrases on "talks"
    doc = _parse(R, _w("agreed", 1, "ROOT", "VERB", "agree"), _w("to", 1, "prep", "ADP"),
                 _w("talks", 2, "pobj", lemma="talk"), _w("on", 3, "prep", "ADP"), _w("trade", 4, "pobj"),
                 _w("with", 3, "prep", "ADP"), _w("Sylvania", 6, "pobj", "PROPN"))
    assert [t.text for t in _prep_object_party(doc[1], AGREEMENT, PARTS, _other)] == ["Sylvania"]


def test_a_phrase_under_the_noun_that_names_no_actor_is_no_party():
    # _prep_object_party 53 (`other(q) or not _help(q)`): "appealed for talks with neighbours"
    doc = _parse(R, _w("appealed", 1, "ROOT", "VERB", "appeal"), _w("for", 1, "prep", "ADP"),
                 _w("talks", 2, "pobj", lemma="talk"), _w("with", 3, "prep", "ADP"), _w("neighbours", 4, "pobj"))
    assert _prep_object_party(doc[1], APPEAL, PARTS, _other) == []


# `_objects` on a role of no country ("sent envoys to Sylvania"): the country a target phrase names is the
# recipient (s21-triple's rule; s21b-mutev's open 128-131, 139, 140, 143, 147, 153)
ENVOYS = _resolving(country={"R": "RUR", "S": "SYL", "F": "FRE"}, Ruritania="R", Sylvania="S", Freedonia="F",
                    envoys="E", protesters="P")
SENT = Sense(type="AID", cameo="070")


def _sent(prep, obj, more=()):
    return _parse(R, _w("sent", 1, "ROOT", "VERB", "send"), _w("envoys", 1, "dobj", lemma="envoy"),
                  _w(prep, 1, "prep", "ADP"), _w(obj, 3, "pobj", "PROPN" if obj[0].isupper() else "NOUN"), *more)


def _texts(toks):
    return [t.text for t in toks]


def test_a_role_of_no_country_gives_way_to_the_country_its_target_phrase_names():
    assert _texts(_objects(_sent("to", "Sylvania")[1], SENT, ENVOYS)) == ["Sylvania"]
    # 143 (`_on_behalf(k, None)`): a for-phrase after the object names the recipient too (the mutant fails on it)
    assert _texts(_objects(_sent("for", "Sylvania")[1], SENT, ENVOYS)) == ["Sylvania"]


def test_a_place_or_origin_phrase_is_no_recipient_of_the_role():
    # 129-131 ("in" let in by the mutated and/or): "posted envoys in Sylvania": where, not to whom
    assert _texts(_objects(_sent("in", "Sylvania")[1], SENT, ENVOYS)) == ["envoys"]
    # 128, 139, 140 ("from" let in): "recalled envoys from Sylvania": where they leave
    assert _texts(_objects(_sent("from", "Sylvania")[1], SENT, ENVOYS)) == ["envoys"]


def test_a_target_phrase_naming_an_actor_of_no_country_leaves_the_role_the_object():
    # 147 (`other(p) or _has_country(p)`): "sent envoys to protesters": no country named
    assert _texts(_objects(_sent("to", "protesters")[1], SENT, ENVOYS)) == ["envoys"]


def test_a_role_goes_to_the_first_country_named():
    # 153 (`named[:2]`): "sent envoys to Sylvania against Freedonia": one recipient, the first phrase's
    doc = _sent("to", "Sylvania", (_w("against", 1, "prep", "ADP"), _w("Freedonia", 5, "pobj", "PROPN")))
    assert _texts(_objects(doc[1], SENT, ENVOYS)) == ["Sylvania"]


def test_a_passive_answer_verb_s_subject_did_not_answer_the_offer():
    # _answered_by 19 (`or` -> `and` before is_passive): "Sylvania was rebuffed over the offer": the passive's
    # subject is the one rebuffed, not the one who answered the offer
    doc = _parse(_w("Sylvania", 2, "nsubjpass", "PROPN"), _w("was", 2, "auxpass", "AUX", "be"),
                 _w("rebuffed", 2, "ROOT", "VERB", "rebuff"), _w("over", 2, "prep", "ADP"), _w("the", 5, "det", "DET"),
                 _w("offer", 3, "pobj"))
    parts = SimpleNamespace(resolve=PARTS.resolve, triggers={2: "REJECT"})
    assert _answered_by(doc[5], AGREEMENT, parts) == []
    # the active: "Sylvania rebuffed the offer" was made to Sylvania
    doc = _parse(_w("Sylvania", 1, "nsubj", "PROPN"), _w("rebuffed", 1, "ROOT", "VERB", "rebuff"),
                 _w("the", 3, "det", "DET"), _w("offer", 1, "dobj"))
    parts = SimpleNamespace(resolve=PARTS.resolve, triggers={1: "REJECT"})
    assert _texts(_answered_by(doc[3], AGREEMENT, parts)) == ["Sylvania"]
