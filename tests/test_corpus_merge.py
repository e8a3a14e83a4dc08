import datetime as dt

import pytest

from corpus_docs import AFP, AP, LATER, REUTERS, make_doc
from newsgraph.corpus import Store
from newsgraph.corpus.merge import Candidate, Report, score, similarity, tokens


@pytest.fixture
def store():
    with Store.open(":memory:") as s:
        yield s


def consult(store):
    evs = store.events(type="CONSULT", include_flagged=True).to_pylist()
    return [e for e in evs if e["date"] == dt.date(2026, 1, 25)]


def test_one_event_told_in_different_words_by_three_outlets_merges(store):
    store.add_documents([AFP])
    store.add_documents([REUTERS, AP])
    (ev,) = consult(store)
    assert ev["num_articles"] == 3
    assert ev["num_sources"] == 3  # AFP, Reuters, AP
    assert ev["num_mentions"] == 3
    assert ev["source_name"] == "Marco Rubio" and ev["target_name"] == "Mohammed Shia al-Sudani"
    ev_rows = store.event_evidence(ev["event_id"]).to_pylist()
    assert {r["outlet"] for r in ev_rows} == {"AFP", "Reuters", "AP"}
    # every evidence link points at the exact span in its article
    for r in ev_rows:
        doc = store.article(r["article_id"])
        assert doc.text[r["start"]:r["end"]] == r["text"]


def test_merge_does_not_depend_on_batching(store):
    store.add_documents([AFP, REUTERS, AP])  # all in one transaction
    assert len(consult(store)) == 1


def test_other_happenings_stay_apart(store):
    store.add_documents([AFP, REUTERS, AP, LATER])
    types = sorted((e["type"], str(e["date"])) for e in store.events().to_pylist())
    # the accusation (other type) and the February meeting (outside the window) are their own events
    assert types == [("ACCUSE", "2026-01-25"), ("CONSULT", "2026-01-25"), ("CONSULT", "2026-02-15")]
    assert store.count("events") == 5 and store.count("corpus_events") == 3


def test_restatements_count_as_mentions_not_articles(store):
    text = "Rubio met al-Sudani in Baghdad. The meeting between Rubio and al-Sudani lasted two hours."
    doc = make_doc(text, published="2026-01-25", agency="AFP",
                   entities=[("e1", "Marco Rubio", "PERSON", "USAGOV", None, ["Rubio"]),
                             ("e2", "Mohammed Shia al-Sudani", "PERSON", "IRQGOV", None, ["al-Sudani"])],
                   events=[{"type": "CONSULT", "source": ["e1"], "target": ["e2"], "evidence": "Rubio met al-Sudani in Baghdad.",
                            "restatements": ["The meeting between Rubio and al-Sudani lasted two hours."]}])
    store.add_documents([doc, AFP])
    (ev,) = consult(store)
    assert (ev["num_mentions"], ev["num_articles"], ev["num_sources"]) == (3, 2, 1)  # both AFP


def test_a_denial_never_merges_with_the_deed(store):
    denial = make_doc("Rubio denied that he met al-Sudani in Baghdad.", published="2026-01-25", agency="AP",
                      entities=[("e1", "Marco Rubio", "PERSON", "USAGOV", None, ["Rubio"]),
                                ("e2", "Mohammed Shia al-Sudani", "PERSON", "IRQGOV", None, ["al-Sudani"])],
                      events=[{"type": "CONSULT", "source": ["e1"], "target": ["e2"], "flags": ["negated"],
                               "evidence": "Rubio denied that he met al-Sudani in Baghdad."}])
    store.add_documents([AFP, denial])
    assert len(consult(store)) == 2


def R(type="CONSULT", date=dt.date(2026, 1, 25), src=("A",), tgt=("B",), words="rubio met sudani baghdad", neg=False):
    return Report(type, date, neg, frozenset(src), frozenset(tgt), tokens(words))


def C(rep: Report, id=1):
    return Candidate(id, rep.type, rep.date, rep.negated, set(rep.sources), set(rep.targets), rep.words)


def test_score_rules():
    base = C(R())
    assert score(R(), base) is not None
    assert score(R(type="ACCUSE"), base) is None
    assert score(R(date=dt.date(2026, 1, 28)), base) is None  # 3 days > window of 2
    assert score(R(date=dt.date(2026, 1, 27)), base) is not None
    assert score(R(tgt=("C",)), base) is None  # different target
    assert score(R(neg=True), base) is None
    # same actors both sides: different words are fine
    assert score(R(words="talks held capital visit"), base) is not None
    # target missing in one report: the wording must agree
    assert score(R(tgt=(), words="talks held capital visit"), base) is None
    assert score(R(tgt=(), words="rubio met sudani"), base) is not None
    # no actors at all: only near-identical wording merges
    bare = C(R(src=(), tgt=(), words="protest thousands marched capital against taxes"))
    assert score(R(src=(), tgt=(), words="thousands marched capital protest taxes"), bare) is not None
    assert score(R(src=(), tgt=(), words="flood waters rose river town"), bare) is None
    # undated reports need similar wording even with the same actors
    undated = C(R(date=None))
    assert score(R(date=None, words="talks held capital visit"), undated) is None
    assert score(R(date=None, words="rubio met sudani capital"), undated) is not None
    assert score(R(date=None), base) is None
    # meetings are mutual: the sides may come the other way round; accusations are not
    assert score(R(src=("B",), tgt=("A",)), base) is not None
    accuse = C(R(type="ACCUSE"))
    assert score(R(type="ACCUSE", src=("B",), tgt=("A",)), accuse) is None
    # a report without actors joins one with actors only when it is nearly the same sentence
    assert score(R(src=(), tgt=(), words="rubio met sudani baghdad"), base) is not None
    assert score(R(src=(), tgt=(), words="they met in baghdad"), base) is None
    # closer dates score higher
    assert score(R(), base) > score(R(date=dt.date(2026, 1, 26)), base)


def test_actor_names_are_not_evidence_words():
    assert tokens("Mr Ebbers rejected the allegations in court", ["Bernie Ebbers", "Mr Ebbers"]) == \
        frozenset({"rejected", "allegations", "court"})


def test_one_shared_word_is_chance():
    base = C(R(tgt=(), words="pleaded guilty fraud witness trial"))
    assert score(R(tgt=(), words="pleads not guilty"), base) is None  # only "guilty" in common
    assert score(R(tgt=(), words="pleaded guilty fraud"), base) is not None


def test_similarity_is_overlap_of_content_words():
    a, b = tokens("The minister met the president in Paris."), tokens("President and minister met")
    assert similarity(a, b) == 1.0
    assert similarity(a, frozenset()) == 0.0
    assert "the" not in a


def test_reversed_sides_of_a_meeting_merge_and_keep_the_first_orientation(store):
    text = "Mohammed Shia al-Sudani received Marco Rubio in Baghdad on Sunday."
    rev = make_doc(text, published="2026-01-25", agency="AP",
                   entities=[("e1", "Mohammed Shia al-Sudani", "PERSON", "IRQGOV", None), ("e2", "Marco Rubio", "PERSON", "USAGOV", None)],
                   events=[{"type": "CONSULT", "source": ["e1"], "target": ["e2"], "evidence": text}])
    store.add_documents([AFP, rev])
    (ev,) = consult(store)
    assert ev["num_articles"] == 2 and ev["source_name"] == "Marco Rubio"
    row = store.con.execute("SELECT source_actor_ids, target_actor_ids FROM corpus_events").fetchall()[0]
    assert len(row[0]) == 1 and len(row[1]) == 1  # the swapped report did not put Rubio on both sides


def test_undated_reports_without_actors_never_merge():
    a = R(date=None, src=(), tgt=(), words="protest thousands marched capital taxes")
    assert score(a, C(a)) is None


def test_candidate_pool_prunes_nothing_that_could_merge(monkeypatch):
    """The indexed pool must give the same assignment as comparing every report with every candidate."""
    import random

    from newsgraph.corpus.merge import EventMerger, _Pool

    rng = random.Random(7)
    vocab = "talks meeting border attack troops aid deal sanctions protest capital minister army rebels".split()
    reports = []
    for _ in range(300):
        d = None if rng.random() < 0.15 else dt.date(2026, 1, 1) + dt.timedelta(days=rng.randrange(10))
        side = lambda: frozenset(rng.sample(["A", "B", "C", "D", "E"], rng.choice([0, 1, 1, 2])))
        reports.append(Report(rng.choice(["CONSULT", "ACCUSE", "FIGHT"]), d, rng.random() < 0.1, side(), side(),
                              frozenset(rng.sample(vocab, rng.randrange(0, 6)))))
    with Store.open(":memory:") as s:
        fast, _ = EventMerger(s.con).assign(reports, 1)

        def everything(self, rep):
            return [c for cs in self.by_word.values() for c in cs] + [c for cs in self.by_actor.values() for c in cs]

        monkeypatch.setattr(_Pool, "for_report", lambda self, rep: list({id(c): c for c in everything(self, rep)}.values()))
        slow, _ = EventMerger(s.con).assign(reports, 1)
    assert fast == slow
    assert len(set(fast)) < len(reports)  # some did merge
