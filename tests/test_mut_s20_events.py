"""Session 20, s20-mutev: mutants of this session's events and actors changes (s20-triple, s20-acled) that
the branches' own tests left alive (docs/testing.md, "Session 20, s20-mutev"). Own sentences; the helpers
asked directly on their parse, with a context of the fields they read, or on stand-in tokens."""

from __future__ import annotations

from types import SimpleNamespace

from newsgraph.actors.clusters import _in_country, _named_in_full_later, _site_country
from newsgraph.actors.tables import tables
from stageutil import parsed


def _ctx_and_doc(pipeline, text):
    _, parse = parsed(pipeline, text)
    doc = parse.doc
    return SimpleNamespace(tables=tables(), ents=list(doc.ents)), doc


def _tok(doc, word):
    return next(t for t in doc if t.text == word)


def test_only_a_site_phrase_places_the_crowd(pipeline):
    # _site_country 1 (`or`): protesting against a bank in Accra puts no one in Accra; outside it does
    ctx, doc = _ctx_and_doc(pipeline, "Students protested against a bank in Accra.")
    assert _tok(doc, "against").head.text == "protested"
    assert _site_country(ctx, _tok(doc, "protested")) is None
    ctx, doc = _ctx_and_doc(pipeline, "Students protested outside a bank in Accra.")
    assert _site_country(ctx, _tok(doc, "protested")) == "GHA"


def test_a_country_name_wins_over_a_place_of_the_same_name(pipeline):
    # _in_phrase_country 19 (`iso is None or ent ...`): "Georgia" is first the state, not the US state
    ctx, doc = _ctx_and_doc(pipeline, "Farmers in Georgia blocked a highway on Monday.")
    assert any(e.text == "Georgia" for e in doc.ents)
    assert _in_country(ctx, _tok(doc, "Farmers")) == "GEO"


def _m(i):
    return SimpleNamespace(i=i)


def test_named_in_full_later_needs_every_name_after_and_in_the_sentence():
    first = {i: (0 if i < 10 else 10) for i in range(20)}.get
    later = SimpleNamespace(mentions=[_m(5), _m(8)])
    assert _named_in_full_later(_m(2), later, first)
    assert not _named_in_full_later(_m(2), later, None)
    assert not _named_in_full_later(_m(6), later, first)  # one name before it
    assert not _named_in_full_later(_m(2), SimpleNamespace(mentions=[_m(5), _m(12)]), first)  # one in another sentence


def _word(i, text, dep):
    return SimpleNamespace(i=i, lower_=text.lower(), dep_=dep, children=[])


def _subject_of(dep, *others, subj_i=1, verb_i=3):
    """A subject token `dep` at subj_i of a verb at verb_i whose other children are `others`."""
    verb = _word(verb_i, "expelled", "ROOT")
    subj = _word(subj_i, "refugees", dep)
    subj.head = verb
    verb.children = [subj, *others]
    return subj


def test_left_on_verb_wants_a_passive_subject_before_a_from_phrase_of_the_verb():
    from newsgraph.actors.nominals import _left_on_verb

    assert _left_on_verb(_subject_of("nsubjpass", _word(5, "from", "prep")))
    assert _left_on_verb(_subject_of("nsubjpass", _word(5, "out", "prep")))  # "deported out of Haiti"
    # 3 (`or`): an object of the verb ("expelled refugees from X") is where they leave, as before
    assert not _left_on_verb(_subject_of("dobj", _word(5, "from", "prep"), subj_i=4))
    assert not _left_on_verb(_subject_of("dobj", _word(5, "from", "prep")))
    # 10 (`prep or ...`): a phrase of another preposition says nothing of the place left
    assert not _left_on_verb(_subject_of("nsubjpass", _word(5, "in", "prep")))
    # 9 (`... or k.i > v.i`): nor does any other word after the verb
    assert not _left_on_verb(_subject_of("nsubjpass", _word(5, "yesterday", "npadvmod")))
    # a fronted "from" phrase ("From Tanzania, refugees were expelled") is no phrase after the verb
    assert not _left_on_verb(_subject_of("nsubjpass", _word(0, "from", "prep")))


def _insurgents(**over):
    """A context with one cluster of fighters of a named group nothing places, changed by `over`
    (org_type, org_country, org_code, code)."""
    org = SimpleNamespace(type=over.get("org_type", "ORG"), country=over.get("org_country"),
                          code=over.get("org_code"))
    c = SimpleNamespace(type="ORG", sector="REB", country=None, code=over.get("code"), attrs={"org": org},
                        mentions=[SimpleNamespace(kind="nominal")])
    return SimpleNamespace(clusters=[c]), c


def test_unplaced_insurgents_are_placed_only_when_nothing_codes_their_group(monkeypatch):
    from newsgraph.actors import codes

    monkeypatch.setattr(codes, "where_they_act", lambda ctx, m: "MOZ")
    ctx, c = _insurgents()
    codes._unplaced_insurgents(ctx)
    assert (c.country, c.attrs["country_basis"]) == ("MOZ", "where they act")  # 37-41: the basis said
    for over in ({"code": "XYZREB"},  # 5: the cluster has a code of its own
                 {"org_code": "XYZ"},  # 8: the group has a code
                 {"org_country": "USA"},  # 9: the group has a country
                 {"org_type": "PERSON"}):  # 10: a person's followers, not a group's fighters
        ctx, c = _insurgents(**over)
        codes._unplaced_insurgents(ctx)
        assert c.country is None and "country_basis" not in c.attrs, over


def _words(pipeline, text):
    _, parse = parsed(pipeline, text)
    return {t.text: t for t in parse.doc}


def test_the_subject_undergoes_only_what_its_clause_is_under(pipeline):
    from newsgraph.events.coder import _condition_words, governor_lemma

    w = _words(pipeline, "The convoy came under fire near the border.")
    assert w["fire"].head.text == "under" and w["border"].head.head.text == "came"
    assert "convoy" in _condition_words(w["fire"])[0]
    # 175 / 176: another phrase of the same verb ("near the border") is not what the convoy came under
    assert "convoy" not in _condition_words(w["border"])[0]
    # 186 / 187: "was under siege" hangs the phrase on the copula (AUX)
    w = _words(pipeline, "The town was under siege for a month.")
    assert w["was"].pos_ == "AUX"
    assert "town" in _condition_words(w["siege"])[0]
    assert governor_lemma(w["siege"]) == "be"  # governor_lemma 33 / 34


def test_a_light_verbs_phrases_are_its_objects_only(pipeline):
    from newsgraph.events.coder import _condition_words

    # "staged" (lemmatized "stag") is the light verb of "a strike": its "against" phrase is the strike's
    w = _words(pipeline, "Workers staged a strike on Friday against the new tax.")
    assert "against" in _condition_words(w["strike"])[1]  # 211-216
    assert "against" not in _condition_words(w["Workers"])[1]  # 209 / 210: not its subject's


def test_a_noun_governed_by_a_noun_has_no_governing_verb(pipeline):
    from newsgraph.events.coder import governor_lemma

    w = _words(pipeline, "The leader of the strike resigned.")
    assert governor_lemma(w["strike"]) == ""  # 28 / 35


def test_verb_lemma_mends_only_verbs():
    from newsgraph.events.coder import verb_lemma

    assert verb_lemma(SimpleNamespace(lemma_="stag", pos_="VERB")) == "stage"
    assert verb_lemma(SimpleNamespace(lemma_="stag", pos_="AUX")) == "stage"  # 12 / 13
    assert verb_lemma(SimpleNamespace(lemma_="stag", pos_="NOUN")) == "stag"  # 4: the animal stays
    assert verb_lemma(SimpleNamespace(lemma_="Hold", pos_="VERB")) == "hold"


def _cand(type_, *children):
    return SimpleNamespace(sense=SimpleNamespace(type=type_), token=SimpleNamespace(children=list(children)))


def test_told_by_subject_is_the_noun_subjects_event_of_the_same_type():
    from newsgraph.events.stage import _told_by_subject

    attack, killed_by = _cand("ASSAULT"), SimpleNamespace(i=1, dep_="nsubj", pos_="NOUN")
    c = _cand("ASSAULT", killed_by)
    assert _told_by_subject(c, {1: attack}) is attack  # 9, 10, 13-16, 18
    passive = SimpleNamespace(i=1, dep_="nsubjpass", pos_="NOUN")
    assert _told_by_subject(_cand("ASSAULT", passive), {1: attack}) is attack  # 11 / 12
    assert _told_by_subject(_cand("ASSAULT", SimpleNamespace(i=1, dep_="dobj", pos_="NOUN")), {1: attack}) is None  # 8
    assert _told_by_subject(_cand("ASSAULT", SimpleNamespace(i=1, dep_="nsubj", pos_="PROPN")), {1: attack}) is None
    assert _told_by_subject(c, {1: _cand("PROTEST")}) is None  # 19: another event, not restated
    assert _told_by_subject(c, {1: c}) is None  # its own token
    assert _told_by_subject(c, {}) is None


def test_the_subjects_compound_undergoes_the_fire_too(pipeline):
    from newsgraph.events.coder import _condition_words

    # 192-195: "an army convoy came under fire": the army's convoy, as an object's compound is
    w = _words(pipeline, "An army convoy came under fire on Monday.")
    objs = _condition_words(w["fire"])[0]
    assert {"army", "convoy"} <= objs and "an" not in objs, objs


def test_a_passive_subjects_from_phrase_with_no_place_left_named_is_the_place_left(pipeline):
    from newsgraph.actors.nominals import _origin

    # _origin 26 / 27 (the nsubjpass of a removal verb): "troops from Panama were withdrawn" leave Panama
    _, parse = parsed(pipeline, "Troops from Panama were withdrawn on Monday.")
    d = parse.doc
    assert d[0].dep_ == "nsubjpass" and d[1].lower_ == "from"
    assert _origin(SimpleNamespace(sd=d, tables=tables()), 1, len(d)) is None
    _, parse = parsed(pipeline, "Refugees from Burundi were expelled from Tanzania on Monday.")
    d = parse.doc
    assert _origin(SimpleNamespace(sd=d, tables=tables()), 1, len(d)) == "BDI"
