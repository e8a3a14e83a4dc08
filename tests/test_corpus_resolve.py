from corpus_docs import make_doc
from newsgraph.corpus import Store
from newsgraph.corpus.resolve import ActorIndex, norm, surname_only


def test_norm_folds_spelling():
    assert norm("U.S.") == norm("US") == "us"
    assert norm("The White House") == "white house"
    assert norm("Iraq's") == "iraq"
    assert norm("Erdoğan") == "erdogan"
    assert surname_only("al sudani") == "sudani" and surname_only("marco rubio") is None


def _doc(text, ents, date="2026-01-25"):
    return make_doc(text, published=date, entities=ents)


def _actor_of(store, doc, entity_id):
    return store.con.execute("SELECT actor_id FROM entities WHERE article_id = ? AND entity_id = ?",
                             [doc.id, entity_id]).fetchall()[0][0]


def test_one_actor_across_documents_with_aliases_and_roles():
    with Store.open(":memory:") as s:
        d1 = _doc("Secretary of State Marco Rubio spoke.", [("e1", "Marco Rubio", "PERSON", "USAGOV", "Secretary of State")])
        d2 = _doc("Rubio spoke again.", [("e1", "Rubio", "PERSON", None, None)])
        d3 = _doc("Marco Rubio, the senator, spoke in 2020.", [("e1", "Marco Rubio", "PERSON", "USALEG", "senator")])
        s.add_documents([d1, d2, d3])
        ids = {_actor_of(s, d, "e1") for d in (d1, d2, d3)}
        assert len(ids) == 1
        info = s.actor("rubio")
        assert info["id"] in ids and info["name"] == "Marco Rubio" and info["code"] == "USAGOV"
        assert set(info["aliases"]) >= {"Marco Rubio", "Rubio"}
        assert len(info["aliases"]) == len(set(info["aliases"]))
        assert {r["role"] for r in info["roles"]} == {"Secretary of State", "senator"}
        assert info["num_articles"] == 3


def test_surname_first_is_upgraded_by_the_full_name():
    with Store.open(":memory:") as s:
        d1 = _doc("Al-Sudani spoke.", [("e1", "al-Sudani", "PERSON", "IRQGOV", None)])
        d2 = _doc("Mohammed Shia al-Sudani spoke.", [("e1", "Mohammed Shia al-Sudani", "PERSON", "IRQGOV", None)])
        s.add_documents([d1])
        s.add_documents([d2])
        assert _actor_of(s, d1, "e1") == _actor_of(s, d2, "e1")
        assert s.actor("al-Sudani")["name"] == "Mohammed Shia al-Sudani"


def test_same_name_different_kind_or_country_stays_apart():
    with Store.open(":memory:") as s:
        d1 = _doc("Jordan closed its border.", [("e1", "Jordan", "GPE", "JOR", None)])
        d2 = _doc("Michael Jordan retired.", [("e1", "Michael Jordan", "PERSON", None, None)])
        d3 = _doc("Jordan scored.", [("e1", "Jordan", "PERSON", None, None)])
        d4 = _doc("Johnson (UK) spoke.", [("e1", "Boris Johnson", "PERSON", "GBRGOV", None)])
        d5 = _doc("Johnson (US) spoke.", [("e1", "Johnson", "PERSON", "USAGOV", None)])
        s.add_documents([d1, d2, d3, d4, d5])
        assert _actor_of(s, d1, "e1") != _actor_of(s, d2, "e1")
        assert _actor_of(s, d3, "e1") == _actor_of(s, d2, "e1")  # the only person called Jordan
        assert _actor_of(s, d4, "e1") != _actor_of(s, d5, "e1")  # surname alone, other country


def test_country_actors_meet_by_code():
    with Store.open(":memory:") as s:
        d1 = _doc("The United States warned.", [("e1", "United States", "GPE", "USA", None)])
        d2 = _doc("The U.S. warned.", [("e1", "U.S.", "GPE", "USA", None)])
        d3 = _doc("Washington warned.", [("e1", "Washington", "GPE", "USA", None)])
        s.add_documents([d1, d2, d3])
        assert len({_actor_of(s, d, "e1") for d in (d1, d2, d3)}) == 1
        assert s.actor("US")["name"] == "United States"


def test_index_reloads_from_the_store(tmp_path):
    path = tmp_path / "c.duckdb"
    d1 = _doc("Marco Rubio spoke.", [("e1", "Marco Rubio", "PERSON", "USAGOV", None)])
    d2 = _doc("Rubio spoke.", [("e1", "Rubio", "PERSON", None, None)])
    with Store.open(path) as s:
        s.add_documents([d1])
        a1 = _actor_of(s, d1, "e1")
    with Store.open(path) as s:  # a new process: the index comes from actor_aliases
        idx = ActorIndex.load(s.con)
        assert idx.keys["per:marco rubio"] == a1
        s.add_documents([d2])
        assert _actor_of(s, d2, "e1") == a1


def test_credit_entities_are_not_actors():
    with Store.open(":memory:") as s:
        doc = _doc("Photo: Jane Smith. Rubio spoke.", [("e1", "Jane Smith", "PERSON", None, None)])
        doc.entities[0].attrs = {"section": "credit"}
        s.add_documents([doc])
        assert s.count("actors") == 0


def test_generic_names_of_different_countries_stay_apart():
    with Store.open(":memory:") as s:
        d1 = _doc("Parliament voted.", [("e1", "Parliament", "ORG", "IRQLEG", None)])
        d2 = _doc("Parliament voted too.", [("e1", "Parliament", "ORG", "GBRLEG", None)])
        d3 = _doc("Parliament voted again.", [("e1", "Parliament", "ORG", "GBRLEG", None)])
        s.add_documents([d1, d2])
        s.add_documents([d3])
        a1, a2, a3 = (_actor_of(s, d, "e1") for d in (d1, d2, d3))
        assert a1 != a2 and a2 == a3
        assert s.count("actors") == 2


def test_knowledge_base_name_joins_spelling_variants():
    with Store.open(":memory:") as s:
        d1 = _doc("Mohamed Chia al-Soudani spoke.", [("e1", "Mohamed Chia al-Soudani", "PERSON", "IRQGOV", None)])
        d1.entities[0].attrs = {"kb": "Mohammed Shia al-Sudani"}
        d2 = _doc("Mohammed Shia al-Sudani spoke.", [("e1", "Mohammed Shia al-Sudani", "PERSON", "IRQGOV", None)])
        s.add_documents([d1, d2])
        assert _actor_of(s, d1, "e1") == _actor_of(s, d2, "e1")
        info = s.actor("Soudani")
        assert info["name"] == "Mohammed Shia al-Sudani" and "Mohamed Chia al-Soudani" in info["aliases"]


def test_entities_marked_not_actors_are_skipped():
    with Store.open(":memory:") as s:
        doc = _doc("By Jane Smith. Rubio spoke.", [("e1", "Jane Smith", "PERSON", None, None)])
        doc.entities[0].attrs = {"actor": False}
        s.add_documents([doc])
        assert s.count("actors") == 0
