"""Session 52, the lead: a type filter that is no PLOVER type is the user's slip, said as one; the attribution
filter's features pinned family by family (the mutants s52-qfeat's run left)."""

import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
from fastapi.testclient import TestClient

from corpus_docs import AFP, AP, LATER, REUTERS
from newsgraph.attribution.filter import QuotedSentences, features
from newsgraph.corpus import Store
from newsgraph.corpus.query import _type
from newsgraph.errors import QueryError
from newsgraph.events.ontology import TYPES
from newsgraph.nlp import load
from newsgraph.web import create_app

SRC = str(Path(__file__).resolve().parent.parent / "src")


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("s52") / "c.duckdb"
    with Store.open(path) as s:
        s.add_documents([AFP, REUTERS, AP, LATER])
    return str(path)


@pytest.mark.parametrize("given, stored", [(None, None), ("", None), ("consult", "CONSULT"), ("Assault", "ASSAULT"),
                                           ("AGREE", "AGREE")])
def test_a_plover_type_in_any_case_is_the_stores_spelling(given, stored):
    assert _type(given) == stored


@pytest.mark.parametrize("given", ["FOO", "consults", "CAMEO 042", "042", " CONSULT"])
def test_a_word_that_is_no_plover_type_is_refused_by_name(given):
    with pytest.raises(QueryError) as err:
        _type(given)
    assert str(err.value) == f"type: {given!r} is not a PLOVER event type (one of {', '.join(TYPES)})"


def test_every_plover_type_is_accepted():
    assert [_type(t.lower()) for t in TYPES] == list(TYPES)


def test_the_store_filters_by_a_type_and_refuses_an_unknown_one(db):
    with Store.open(db, read_only=True) as store:
        assert store.events(type="consult").num_rows == 2
        assert store.events(type="ACCUSE").column("type").to_pylist() == ["ACCUSE"]
        assert store.network(type="consult")["nodes"]
        with pytest.raises(QueryError, match="'CONSULTS' is not a PLOVER event type"):
            store.events(type="CONSULTS")
        with pytest.raises(QueryError, match="'war' is not a PLOVER event type"):
            store.network(type="war")


def test_cli_and_web_say_so_in_one_line(db):
    r = subprocess.run([sys.executable, "-m", "newsgraph", "query", "events", "--db", db, "--type", "FOO"],
                       capture_output=True, text=True, env={"PYTHONPATH": SRC, "PATH": "/usr/bin:/bin"})
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1 and "'FOO' is not a PLOVER event type" in r.stderr
    with TestClient(create_app(db), raise_server_exceptions=False) as client:
        resp = client.get("/v1/events", params={"type": "FOO"})
        assert resp.status_code == 422 and "is not a PLOVER event type" in resp.text
        assert client.get("/v1/events", params={"type": "consult"}).status_code == 200


# --- the learned attribution filter's features, family by family (filter.features; its weights are keyed by these
# names, so a changed name or bucket is a changed score). Sentences of our own. ---------------------------------------


FT = ('Officials did not say that the plan failed. The minister refused to comment on the plan. '
      'Critics pointed to the deficit. "We will win," the coach said.')


@pytest.fixture(scope="module")
def fdoc():
    return load(None)(FT)


def _frame(verb=None, subj=None, cue=None, path="clause"):
    return SimpleNamespace(path=path, type="speech", clause="main", verb=verb, cue=cue, source=None, subj=subj)


def _at(text):
    a = FT.index(text)
    return [(a, a + len(text))]


def _feats(fdoc, frame, parts, quoted=None):
    return features(SimpleNamespace(text=FT), fdoc, frame, "indirect", parts, quoted)


def test_a_negated_cue_before_its_content_with_a_noun_subject(fdoc):
    say, officials = fdoc[3], fdoc[0]
    assert (say.text, officials.text) == ("say", "Officials")
    assert _feats(fdoc, _frame(say, officials), _at("the plan failed")) == [
        "path=clause", "kind=indirect", "class=speech", "lemma=say", "lemma_path=say|clause",
        "lemma_kind=say|indirect", "dep=ROOT", "tag=VB", "neg", "order=cue_first", "src=none",
        "lemma_src=say|src=none", "path_src=clause|src=none", "lemma_dep=say|ROOT", "len=2-3",
        "path_len=clause|2-3", "class_src=speech|src=none", "clause=main", "path_kind=clause|indirect",
        "content_first=DET", "lemma_first=say|DET", "head_dep=ROOT|VERB", "subj=official", "croot=clause|VERB"]


def test_no_cue_gives_the_lemma_none_and_no_cue_features(fdoc):
    feats = _feats(fdoc, _frame(), _at("the plan failed"))
    assert "lemma=none" in feats and "lemma_kind=none|indirect" in feats
    assert not [f for f in feats if f.split("=")[0] in ("dep", "tag", "neg", "order", "head_dep", "sent_quote")]


def test_the_cue_found_from_its_characters_when_no_verb_is_given(fdoc):
    a = FT.index("refused")
    assert "lemma=refuse" in _feats(fdoc, _frame(cue=(a, a + len("refused"))), _at("the plan"))


def test_an_open_complement_names_its_governor_and_a_pronoun_subject_none(fdoc):
    comment, minister = fdoc[13], fdoc[10]
    feats = _feats(fdoc, _frame(comment, subj=fdoc[25]), _at("the plan"))  # (a PRON subject: no subj= feature)
    assert "governor=refuse" in feats and "dep=xcomp" in feats and "head_dep=xcomp|VERB" in feats
    assert not [f for f in feats if f.startswith("subj=")]
    assert "subj=minister" in _feats(fdoc, _frame(comment, subj=minister), _at("the plan"))
    assert not [f for f in _feats(fdoc, _frame(fdoc[3]), _at("the plan failed")) if f.startswith("governor=")]


def test_a_particle_after_the_cue_and_no_negation_without_one(fdoc):
    feats = _feats(fdoc, _frame(fdoc[19]), _at("the deficit"))
    assert "lemma_prt=point|to" in feats and "neg" not in feats and "croot=clause|deficit" in feats


def test_a_quotation_mark_in_the_cues_sentence_whoever_makes_the_table(fdoc):
    said = fdoc[32]
    own = _feats(fdoc, _frame(said), _at("We will win"))
    given = _feats(fdoc, _frame(said), _at("We will win"), QuotedSentences(fdoc))
    assert own == given and own[-1] == "sent_quote" and "order=content_first" in own
    assert "sent_quote" not in _feats(fdoc, _frame(fdoc[3]), _at("the plan failed"))


def test_the_order_is_the_cues_character_against_the_contents_first(fdoc):
    say = fdoc[3]
    order = lambda parts: [f for f in _feats(fdoc, _frame(say), parts) if f.startswith("order=")]  # noqa: E731
    assert order([(say.idx, say.idx + 20)]) == ["order=content_first"]  # (a content starting at the cue)
    assert order([(say.idx + 1, say.idx + 20)]) == ["order=cue_first"]


@pytest.mark.parametrize("words, bucket", [(1, "1"), (2, "2-3"), (3, "2-3"), (4, "4-7"), (7, "4-7"), (8, "8-15"),
                                           (15, "8-15"), (16, "16+")])
def test_the_length_buckets_at_their_edges(words, bucket):
    text = " ".join(["plan"] * 20)
    sdoc = load(None)(text)
    feats = features(SimpleNamespace(text=text), sdoc, _frame(sdoc[0]), "indirect", [(0, 5 * words - 1)])
    assert [f for f in feats if f.startswith("len=")] == [f"len={bucket}"]


def test_a_given_quoted_table_is_the_one_read(fdoc):
    always = SimpleNamespace(holds=lambda cue: True)  # (a caller's table: features asks it, not a new one)
    assert _feats(fdoc, _frame(fdoc[3]), _at("the plan failed"), always)[-1] == "sent_quote"


def test_a_content_opening_with_a_name_gives_its_entity_type():
    text = "Officials praised France on Monday."
    sdoc = load(None)(text)
    a = text.index("France")
    assert sdoc[2].ent_type_ == "GPE"
    feats = features(SimpleNamespace(text=text), sdoc, _frame(sdoc[1]), "indirect", [(a, a + 6)])
    assert "content_ent=GPE" in feats
    assert not [f for f in features(SimpleNamespace(text=text), sdoc, _frame(sdoc[1]), "indirect", [(0, 9)])
                if f.startswith("content_ent=")]


@pytest.mark.parametrize("dep, governed", [("xcomp", True), ("ccomp", True), ("advcl", True), ("conj", True),
                                           ("relcl", True), ("dobj", False), ("aux", False)])
def test_the_governor_is_named_for_a_clause_hung_on_another_verb(dep, governed):
    from spacy.tokens import Doc

    words = ["Ann", "said", "she", "left"]
    sdoc = Doc(load(None).vocab, words=words, heads=[1, 1, 3, 1], deps=["nsubj", "ROOT", "nsubj", dep],
               lemmas=["ann", "say", "she", "leave"], pos=["PROPN", "VERB", "PRON", "VERB"])
    feats = features(SimpleNamespace(text=sdoc.text), sdoc, _frame(sdoc[3]), "indirect", [(0, 3)])
    assert [f for f in feats if f.startswith("governor=")] == (["governor=say"] if governed else [])
    assert not [f for f in features(SimpleNamespace(text=sdoc.text), sdoc, _frame(sdoc[1]), "indirect", [(0, 3)])
                if f.startswith("governor=")]  # (the root: its own head)
