"""Session 34 (s34-triple): country triples of two families of the PLOVER dev study half (docs/accuracy.md,
"Session 34, s34-triple"): an organisation named after a place of one country, and parties coordinated inside
a modifier or a list. Our own sentences (none from a corpus)."""

import pytest

from newsgraph.actors.codes import _name_country
from newsgraph.actors.tables import tables
from newsgraph.evaluate.events import GoldEvent, GoldItem, records


def _wrong(pipeline, text, *events):
    """The evaluator's missed and extra country triples of `text` against `events` ((type, sources, targets),
    each side a list of countries), scored as `newsgraph evaluate events` scores a PLOVER record."""
    gold = [GoldItem("t", text, "2026-06-01", [GoldEvent(t, [(c, None) for c in s], [(c, None) for c in g])
                                                for t, s, g in events])]
    doc = pipeline.extract(text, name="t", published="2026-06-01")
    row = records(gold, [doc])[0]
    return row["missed"], row["extra"]


# --- an organisation named after a province, region or city of one country is that country's ---

@pytest.mark.parametrize("text, event", [
    ("The Kandahar Shura Council condemned the Afghan government's new tax.", ("AFG", "ACCUSE", "AFG")),
    ("Militants of the Herat Mountain Brigade attacked an Afghan police post.", ("AFG", "ASSAULT", "AFG")),
    ("The Darfur Salvation Front accused the Sudanese army of shelling a market.", ("SDN", "ACCUSE", "SDN")),
    ("The Karachi Traders Association urged Pakistan's government to cut fuel prices.", ("PAK", "REQUEST", "PAK")),
    ("The Zanzibar Liberation Front rejected Tanzania's offer of talks.", ("TZA", "REJECT", "TZA")),
])
def test_an_organisation_named_after_a_place_of_one_country_is_that_countrys(pipeline, text, event):
    src, t, tgt = event
    assert _wrong(pipeline, text, (t, [src], [tgt])) == ([], [])


def test_an_organisation_named_after_no_place_stays_unplaced_and_the_next_one_is_still_placed(pipeline):
    # a group whose name holds no place is skipped (no country), and the clusters after it are still read
    text = "The Popular Resistance Committee praised the Kandahar Shura Council for its stance."
    doc = pipeline.extract(text, name="t", published="2026-06-01")
    countries = {e.name: e.actor.country for e in doc.entities if e.actor is not None}
    assert countries.get("Kandahar Shura Council") == "AFG" and countries.get("Popular Resistance Committee") is None


@pytest.mark.parametrize("name, iso", [
    ("Aceh Referendum Movement", "IDN"),  # a province as its first word
    ("the Mosul Resistance Council", "IRQ"),  # a city, after "the"
    ("Liberian Peace Council", "LBR"),  # a demonym (the rule before this session)
    ("Cabinda Enclave Liberation Front", "AGO"),  # a province as its first word
    ("New York Teachers Union", "USA"),  # a city of two words
    ("Union for the Independence of Cabinda", None),  # (its of-phrase places it, not its name's lead)
    ("Liberation Front", None),  # no place
    ("the Front of the people", None),  # a closing "of" naming no place
    ("Darfur", None),  # the place alone is no organisation named after it
    ("Darfur Front", "SDN"),
    ("the Darfur Front", "SDN"),
    ("The Darfur", None),
    ("Papua New Guinea Workers Union", "PNG"),  # the longest lead first (Papua alone is Indonesia's)
])
def test_the_country_an_organisations_name_places_it_in(name, iso):
    assert _name_country(tables(), name) == iso


# --- every party of a coordination is a party: inside a modifier, after an aside, behind a repeated preposition ---

@pytest.mark.parametrize("text, events", [
    # the parser hangs "Mali" as a modifier of "Burkina Faso" ("[Mali and] Burkina Faso"): both groups are actors
    ("Jihadists from Mali and Burkina Faso attacked a border post in Togo.", [("ASSAULT", ["MLI", "BFA"], ["TGO"])]),
    # a role of no sector ("negotiators"): the other country of its from-phrase is a party too (a meeting:
    # every party an actor, as the GSR writes reciprocal records)
    ("Negotiators from Peru and Ecuador met in Quito.", [("CONSULT", ["PER", "ECU"], [])]),
    # an aside between "and" and the list's last item
    ("Germany criticised Hungary and, in a later statement, Poland.", [("ACCUSE", ["DEU"], ["HUN", "POL"])]),
    ("Egypt criticised Ethiopia and, last month, Sudan over the dam.", [("ACCUSE", ["EGY"], ["ETH", "SDN"])]),  # a date
    ("Brazil signed trade deals with Chile, Peru, and after long talks, Bolivia.",
     [("SUPPORT", ["BRA"], ["CHL", "PER", "BOL"])]),
    # the same preposition repeated: one phrase with two objects
    ("The United Nations sent food aid to Haiti and to Cuba.", [("AID", ["IGO"], ["HTI", "CUB"])]),
])
def test_every_coordinated_party_is_a_party(pipeline, text, events):
    assert _wrong(pipeline, text, *events) == ([], [])


@pytest.mark.parametrize("text, events", [
    # after "and, <aside>," a subject starts a clause of its own: no list item
    ("Iran condemned Israel and, on Tuesday, Hezbollah fired rockets at Haifa.",
     [("ACCUSE", ["IRN"], ["ISR"]), ("ASSAULT", ["LBN"], ["ISR"])]),
    # another preposition after "and" is another phrase
    ("Turkey sent troops to Libya and from there to Syria.", [("MOBILIZE", ["TUR"], ["LBY"])]),
    # a from-phrase's other conjunct that names no actor adds none, with a sector or without
    ("Negotiators from Peru and the Andes region met in Lima.", [("CONSULT", ["PER"], [])]),
    ("Officials from Peru and other countries met in Lima.", [("CONSULT", ["PER"], [])]),
])
def test_a_near_miss_of_a_coordination_adds_no_party(pipeline, text, events):
    assert _wrong(pipeline, text, *events) == ([], [])


def _built(spec: str):
    """A hand-built parse: each token word/dep/head[/pos] (head as an index; pos PROPN unless given)."""
    from spacy.tokens import Doc

    from newsgraph.nlp import load

    toks = [t.split("/") for t in spec.split()]
    return Doc(load().vocab, words=[t[0] for t in toks], deps=[t[1] for t in toks], heads=[int(t[2]) for t in toks],
               pos=[t[3] if len(t) > 3 else "PROPN" for t in toks])


# "EU hit Iran and , in May , Syria": the last item hung on the verb
LIST = "EU/nsubj/1 hit/ROOT/1/VERB Iran/dobj/1 {cc}/cc/1/CCONJ ,/punct/1/PUNCT {op}/prep/1/{pos} May/pobj/5 " \
       ",/punct/1/PUNCT Syria/{dep}/1/{lpos}"


@pytest.mark.parametrize("cc, op, pos, lpos, dep, joined", [
    ("and", "in", "ADP", "PROPN", "npadvmod", True),
    ("or", "in", "ADP", "PROPN", "appos", True),
    ("and", "later", "ADV", "PROPN", "dep", True),
    ("and", "in", "ADP", "PROPN", "nmod", True),
    ("but", "in", "ADP", "PROPN", "npadvmod", False),  # only "and" and "or" make a list
    ("and", "in", "ADP", "PROPN", "nsubj", False),  # a subject opens a clause of its own
    ("and", "in", "ADP", "PROPN", "dobj", False),
    ("and", "the", "DET", "PROPN", "npadvmod", False),  # an aside opens with a preposition or an adverb
    ("and", "in", "ADP", "NOUN", "npadvmod", False),  # the later one must be a name
])
def test_an_aside_between_and_and_the_last_item(cc, op, pos, lpos, dep, joined):
    from newsgraph.nlp import interrupted_conjuncts

    doc = _built(LIST.format(cc=cc, op=op, pos=pos, lpos=lpos, dep=dep))
    interrupted_conjuncts(doc)
    assert (doc[8].head.i == 2 and doc[8].dep_ == "conj" and doc[3].head.i == 2) == joined
    if not joined:
        assert doc[8].head.i == 1 and doc[8].dep_ == dep


def test_the_aside_must_close_with_a_comma_within_reach():
    from newsgraph.nlp import ASIDE_MAX, interrupted_conjuncts

    # no comma after the aside: nothing is joined
    doc = _built("EU/nsubj/1 hit/ROOT/1/VERB Iran/dobj/1 and/cc/1/CCONJ ,/punct/1/PUNCT in/prep/1/ADP May/pobj/5 "
                 "Syria/npadvmod/1")
    interrupted_conjuncts(doc)
    assert doc[7].head.i == 1
    # an aside longer than ASIDE_MAX words is not read as one
    words = " ".join(f"w{n}/pobj/5/NOUN" for n in range(ASIDE_MAX))
    doc = _built(f"EU/nsubj/1 hit/ROOT/1/VERB Iran/dobj/1 and/cc/1/CCONJ ,/punct/1/PUNCT in/prep/1/ADP {words} "
                 f",/punct/1/PUNCT Syria/npadvmod/1")
    interrupted_conjuncts(doc)
    assert doc[len(doc) - 1].head.i == 1
    # one shorter is
    words = " ".join(f"w{n}/pobj/5/NOUN" for n in range(ASIDE_MAX - 1))
    doc = _built(f"EU/nsubj/1 hit/ROOT/1/VERB Iran/dobj/1 and/cc/1/CCONJ ,/punct/1/PUNCT in/prep/1/ADP {words} "
                 f",/punct/1/PUNCT Syria/npadvmod/1")
    interrupted_conjuncts(doc)
    assert doc[len(doc) - 1].head.i == 2


@pytest.mark.parametrize("before", [
    "Oil/nsubj/1/NOUN rose/ROOT/1/VERB but/cc/1/CCONJ ,/punct/1/PUNCT in/prep/1/ADP May/pobj/4 ,/punct/1/PUNCT "
    "Gas/npadvmod/1 ./punct/1/PUNCT",  # "but": no list
    "Oil/nsubj/1/NOUN rose/ROOT/1/VERB and/cc/1/CCONJ ,/punct/1/PUNCT in/prep/1/ADP May/pobj/4 "
    + " ".join(f"w{n}/pobj/4/NOUN" for n in range(8)) + " Gas/npadvmod/1 ./punct/1/PUNCT",  # no comma closing the aside
    "Oil/nsubj/1/NOUN rose/ROOT/1/VERB and/cc/1/CCONJ ,/punct/1/PUNCT the/det/5/DET May/npadvmod/1 ,/punct/1/PUNCT "
    "Gas/npadvmod/1 ./punct/1/PUNCT",  # an aside opened by a determiner
    "Oil/nsubj/1/NOUN rose/ROOT/1/VERB and/cc/1/CCONJ ,/punct/1/PUNCT in/prep/1/ADP May/pobj/4 ,/punct/1/PUNCT "
    "Gas/nsubj/1 ./punct/1/PUNCT",  # a subject
])
def test_a_list_after_a_construction_that_is_none_is_still_repaired(before):
    from newsgraph.nlp import interrupted_conjuncts

    doc = _built(before + " " + " ".join(f"{w}/{d}/{int(h) + len(before.split())}/{p}" for w, d, h, p in (
        t.split("/") for t in "EU/nsubj/1/PROPN hit/ROOT/1/VERB Iran/dobj/1/PROPN and/cc/1/CCONJ ,/punct/1/PUNCT "
                              "later/advmod/1/ADV ,/punct/1/PUNCT Syria/npadvmod/1/PROPN".split())))
    n = len(before.split())
    interrupted_conjuncts(doc)
    assert doc[n + 7].head.i == n + 2 and doc[n + 7].dep_ == "conj"  # (a one-word aside: "later")


def test_a_list_at_the_edges_of_the_parse():
    from newsgraph.nlp import interrupted_conjuncts

    # the first name opens the parse, the last one ends it (no period): joined
    doc = _built("Iran/ROOT/0 and/cc/0/CCONJ ,/punct/0/PUNCT later/advmod/0/ADV ,/punct/0/PUNCT Syria/appos/0")
    interrupted_conjuncts(doc)
    assert doc[5].head.i == 0 and doc[5].dep_ == "conj"
    doc = _built("EU/nsubj/1 hit/ROOT/1/VERB Iran/dobj/1 and/cc/1/CCONJ later/advmod/1/ADV ,/punct/1/PUNCT "
                 "Syria/npadvmod/1")
    interrupted_conjuncts(doc)
    assert doc[6].head.i == 2 and doc[6].dep_ == "conj"
    # an "and" too near the end for an aside and a name: nothing to read, no error
    for spec in ("EU/nsubj/1 hit/ROOT/1/VERB Iran/dobj/1 and/cc/2/CCONJ",
                 "EU/nsubj/1 hit/ROOT/1/VERB Iran/dobj/1 and/cc/2/CCONJ ,/punct/1/PUNCT"):
        doc = _built(spec)
        interrupted_conjuncts(doc)
        assert [t.head.i for t in doc] == [int(t.split("/")[2]) for t in spec.split()]


def test_the_list_item_before_and_is_the_one_joined_to():
    from newsgraph.nlp import interrupted_conjuncts

    # "hit Belarus , Iran and , in May , Syria": Syria is Iran's conjunct, as Iran is Belarus's
    doc = _built("EU/nsubj/1 hit/ROOT/1/VERB Belarus/dobj/1 ,/punct/2/PUNCT Iran/conj/2 and/cc/4/CCONJ "
                 ",/punct/1/PUNCT in/prep/1/ADP May/pobj/7 ,/punct/1/PUNCT Syria/npadvmod/1")
    interrupted_conjuncts(doc)
    assert doc[10].head.i == 4 and doc[5].head.i == 4


def test_names_in_two_sentences_or_one_inside_the_other_are_not_joined():
    from newsgraph.nlp import interrupted_conjuncts

    # the later name heads a sentence of its own ("... and, in May. Syria fell"): two roots, two sentences
    doc = _built("EU/nsubj/1 hit/ROOT/1/VERB Iran/dobj/1 and/cc/1/CCONJ ,/punct/1/PUNCT in/prep/1/ADP May/pobj/5 "
                 ",/punct/1/PUNCT Syria/npadvmod/9 fell/ROOT/9/VERB")
    interrupted_conjuncts(doc)
    assert doc[8].head.i == 9
    # the name before "and" hung below the later one (a compound of it): no loop is made
    doc = _built("EU/nsubj/1 hit/ROOT/1/VERB Iran/compound/8 and/cc/1/CCONJ ,/punct/1/PUNCT in/prep/1/ADP "
                 "May/pobj/5 ,/punct/1/PUNCT Syria/npadvmod/1")
    interrupted_conjuncts(doc)
    assert doc[8].head.i == 1 and doc[2].head.i == 8


def test_a_compound_name_on_either_side_joins_by_its_head():
    from newsgraph.nlp import interrupted_conjuncts

    # "hit North Korea , and in May , South Sudan": the Oxford comma, no comma after "and", two-word names
    doc = _built("EU/nsubj/1 hit/ROOT/1/VERB North/compound/3 Korea/dobj/1 ,/punct/3/PUNCT and/cc/1/CCONJ "
                 "in/prep/1/ADP May/pobj/6 ,/punct/1/PUNCT South/compound/10 Sudan/npadvmod/1")
    interrupted_conjuncts(doc)
    assert doc[10].head.i == 3 and doc[10].dep_ == "conj" and doc[5].head.i == 3


def test_a_misparsed_first_name_is_added_to_the_conjuncts():
    from newsgraph.words import coordinated

    # "from Mali and Burkina Faso , Niger": the conjunct and the misparsed pair
    doc = _built("from/ROOT/0/ADP Mali/nmod/4 and/cc/1/CCONJ Burkina/compound/4 Faso/pobj/0 ,/punct/4/PUNCT "
                 "Niger/conj/4")
    assert [t.text for t in coordinated(doc[4])] == ["Niger", "Mali", "Faso"]


@pytest.mark.parametrize("spec, listed", [
    # "from Mali and Burkina Faso" read as "[Mali and] Burkina Faso": the modifier and the head
    ("from/ROOT/0/ADP Mali/nmod/4 and/cc/1/CCONJ Burkina/compound/4 Faso/pobj/0", ["Mali", "Faso"]),
    ("from/ROOT/0/ADP Mali/compound/4 and/cc/1/CCONJ Burkina/compound/4 Faso/pobj/0", ["Mali", "Faso"]),
    # a modifier with no "and" right after it is a modifier
    ("from/ROOT/0/ADP Mali/nmod/4 ,/punct/1/PUNCT Burkina/compound/4 Faso/pobj/0", []),
    ("from/ROOT/0/ADP the/det/4/DET and/cc/1/CCONJ Burkina/compound/4 Faso/pobj/0", []),  # (no name)
    ("from/ROOT/0/ADP Mali/amod/4 and/cc/1/CCONJ Burkina/compound/4 Faso/pobj/0", []),  # (not a noun's modifier)
    ("from/ROOT/0/ADP Mali/nmod/4 or/cc/1/CCONJ Burkina/compound/4 Faso/pobj/0", []),
    # a proper conjunct
    ("from/ROOT/0/ADP Mali/pobj/0 and/cc/1/CCONJ Burkina/compound/4 Faso/conj/1", []),
])
def test_the_nouns_coordinated_with_a_phrase_head(spec, listed):
    from newsgraph.words import coordinated

    doc = _built(spec)
    head = doc[4] if doc[4].dep_ == "pobj" else doc[1]
    assert [t.text for t in coordinated(head)] == (listed if head.i == 4 else ["Faso"])
