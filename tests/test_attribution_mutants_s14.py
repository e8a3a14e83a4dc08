"""Session 14 (s14-mut): the attribution stage's mutants that session 12 left open and those of the
functions changed since (docs/testing.md, "Session 14, s14-mut"). Own sentences through the pipeline
where a user sees the difference; hand-built parses where only a parse the tagger seldom gives reaches
the rule (each says which construction it stands for)."""

from __future__ import annotations

import pytest

from newsgraph.attribution.stage import Frame, _clashes, _cut_out, _region, _univocal, according_to, extract_all
from stageutil import annotated, candidates


def hand_parse(words, heads, deps, pos=None):
    """A spaCy Doc with the given words, heads (absolute indices), labels and tags."""
    import spacy
    from spacy.tokens import Doc

    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos)


def attributions(atts):
    """(kind, content pieces, cue, source) of every attribution, in text order."""
    return [(a.kind, [c.text for c in a.content], a.cue.text if a.cue else None, a.source.text if a.source else None)
            for a in atts]


# --- extract_all's default filter (extract_all 1, 117) ---------------------------------------------------


def test_extract_all_judges_candidates_with_the_packaged_filter_by_default(pipeline):
    # the packaged filter leaves out "wants", nested in what the mayor said; without a filter it is kept
    doc, parse = annotated(pipeline, "The mayor said he wants to close the bridge.")
    said = [("indirect", ["he wants to close the bridge"], "said", "The mayor")]
    assert attributions(extract_all(doc, parse)[1]) == said
    assert attributions(extract_all(doc, parse, flt=None)[1]) == said + [("indirect", ["to close the bridge"], "wants", "he")]


# --- how much two contents clash (_clashes) ---------------------------------------------------------------


def test_clashes_measures_every_stretch_of_two_part_contents():
    none = Frame()  # no cue: only the overlap counts
    # one stretch against two: the second stretch overlaps it whole
    assert _clashes(none, [(40, 50)], none, [(0, 10), (40, 50)])
    assert _clashes(none, [(0, 10), (40, 50)], none, [(40, 50)])
    assert not _clashes(none, [(0, 10), (40, 50)], none, [(100, 110)])
    # two two-part contents: 4 characters of the 4-character one overlap
    assert _clashes(none, [(0, 2), (4, 6)], none, [(0, 10), (20, 30)])
    # the shorter content decides: 10 of its 10 characters lie in the long one
    assert _clashes(none, [(0, 100)], none, [(10, 20)])
    # disjoint contents do not clash, however short
    assert not _clashes(none, [(0, 2)], none, [(10, 20)])


# --- what is left of a content after a cut (_cut_out) ----------------------------------------------------


def test_cut_out_keeps_a_two_character_piece_and_the_piece_after_an_empty_one():
    assert _cut_out("we said so", [(0, 10)], (2, 10)) == [(0, 2)]  # "we": two characters stay
    text = "the plan and the budget"
    # nothing before the cut: the piece after it is still looked at (and keeps its opening "and")
    assert [text[a:b] for a, b in _cut_out(text, [(0, len(text))], (0, 8))] == ["and the budget"]
    # a piece trimmed down to one character goes
    assert _cut_out("the plan, X", [(0, 11)], (0, 8)) == []


# --- the words a coordinated cue takes inside another content (_region, _univocal) -----------------------

# "The spokesman confirmed that the president met the governors and offered details of the agenda." as the
# parser gives it: "offered" coordinated with "met", inside the content of "confirmed"
MET = ("The spokesman confirmed that the president met the governors and offered details of the agenda .".split(),
       [1, 2, 2, 6, 5, 6, 2, 8, 6, 6, 6, 10, 11, 14, 12, 2],
       ["det", "nsubj", "ROOT", "mark", "det", "nsubj", "ccomp", "det", "dobj", "cc", "conj", "dobj", "prep", "det",
        "pobj", "punct"],
       ["DET", "NOUN", "VERB", "SCONJ", "DET", "NOUN", "VERB", "DET", "NOUN", "CCONJ", "VERB", "NOUN", "ADP", "DET",
        "NOUN", "PUNCT"])


@pytest.fixture(scope="module")
def met():
    sdoc = hand_parse(*MET)
    text = sdoc.text
    return sdoc, text, lambda s: (text.index(s), text.index(s) + len(s))


def test_region_of_a_cue_with_its_content_after_it_starts_at_the_cue(met):
    sdoc, text, span = met
    f = Frame(cue=span("offered"))
    assert _region(sdoc, f, [span("details of the agenda")], [(span("offered")[0], len(text))]) == \
        (span("offered")[0], span("agenda")[1])


def test_region_of_a_cue_with_its_content_before_it_starts_at_the_content(met):
    sdoc, text, span = met
    f = Frame(cue=span("offered"))
    assert _region(sdoc, f, [span("the president met the governors")], [(0, len(text))]) == \
        (span("the president")[0], span("offered")[1])


def test_region_takes_the_source_only_inside_the_other_content(met):
    sdoc, text, span = met
    f = Frame(cue=span("offered"))
    f.source = span("the president")
    parts = [span("details of the agenda")]
    # the source lies inside the container, after its start: the region starts at the source
    assert _region(sdoc, f, parts, [(span("that")[0], len(text))]) == (span("the president")[0], span("agenda")[1])
    # the source opens the container: it is not "inside" it, the region starts at the cue
    assert _region(sdoc, f, parts, [(span("the president")[0], len(text))]) == (span("offered")[0], span("agenda")[1])


def scored(score, cue, parts):
    return (score, Frame(cue=cue), [0], parts, "indirect", [])


def test_univocal_compares_a_candidate_with_every_kept_one():
    a, b = scored(0.9, (0, 4), [(10, 20)]), scored(0.8, (30, 34), [(40, 50)])
    c = scored(0.7, (60, 64), [(40, 48)])  # clear of the first kept one, clashes with the second
    assert [x[0] for x in _univocal([a, b, c])] == [0.9, 0.8]


def test_univocal_drops_a_candidate_still_clashing_after_the_cut(met):
    sdoc, text, span = met
    outer = scored(0.9, span("confirmed"), [span("the president met the governors and offered details of the agenda")])
    # a content (as a wrong parse may give it) that holds the kept cue "confirmed": cutting the coordinated
    # "offered" out of the kept content does not end the clash, so the new candidate goes, the kept one stays whole
    inner = scored(0.5, span("offered"), [span("confirmed that the president")])
    kept = _univocal([outer, inner], text, sdoc)
    assert [(x[1].cue, x[3]) for x in kept] == [(outer[1].cue, outer[3])]


# --- "according to" and its aside (according_to) ---------------------------------------------------------


def test_according_to_ending_the_text_is_still_the_cue_phrase():
    doc = hand_parse(["It", "went", "according", "to"], [1, 1, 1, 2], ["nsubj", "ROOT", "advmod", "prep"])
    assert according_to(doc[2]).i == 3


def test_according_to_with_an_aside_needs_the_comma_after_according_not_before():
    # "close according, of course, to X": no comma before "according"
    words = ["close", "according", ",", "of", "course", ",", "to", "X"]
    doc = hand_parse(words, [0, 0, 1, 1, 3, 1, 1, 6], ["ROOT", "prep", "punct", "prep", "pobj", "punct", "prep", "pobj"])
    assert according_to(doc[1]).i == 6
    # the aside must end with a comma before "to": "according, of course to X" is not the phrase
    words = ["according", ",", "of", "course", "to", "X"]
    doc = hand_parse(words, [0, 0, 0, 2, 0, 4], ["ROOT", "punct", "prep", "pobj", "prep", "pobj"])
    assert according_to(doc[0]) is None


# --- a nominal cue's content is no quote (_indirect 106) and the bare passive's path (_verb_attribution) -------


def test_criticism_drawn_from_a_holder_is_an_attribution_but_no_quote(pipeline):
    doc = pipeline.extract("The plan drew criticism from Democrats.")
    assert doc.quotes == []
    assert attributions(doc.attributions) == [("indirect", ["The plan"], "drew criticism", "Democrats")]


def test_a_bare_passive_speech_verb_is_found_by_its_own_path(pipeline):
    # the path is one of the filter's features: the bare passive is scored as such
    assert candidates(pipeline, "The mayor was told about the bridge.") == \
        [("passive-bare", "speech", "told", ("the bridge",), None)]


# --- verbs the tagger marks AUX (_says, _next_act) --------------------------------------------------------


def test_a_verb_of_saying_tagged_aux_still_says():
    from newsgraph.attribution.stage import _says

    doc = hand_parse(["He", "said", "so"], [1, 1, 1], ["nsubj", "ROOT", "advmod"], ["PRON", "AUX", "ADV"])
    doc[1].lemma_ = "say"
    assert _says(doc, 0, len(doc.text))
    assert _says(doc, 0, 5)  # a range ending inside the verb takes the whole word
    assert not _says(doc, 0, 2)


def test_a_coordinated_cue_tagged_aux_is_the_speakers_next_act():
    from newsgraph.attribution.stage import _next_act

    # "He confirmed the deal and said no more": "said" (tagged AUX here) coordinated with "confirmed"
    words = ["He", "confirmed", "the", "deal", "and", "said", "no", "more"]
    doc = hand_parse(words, [1, 1, 3, 1, 1, 1, 7, 5], ["nsubj", "ROOT", "det", "dobj", "cc", "conj", "det", "dobj"],
                     ["PRON", "VERB", "DET", "NOUN", "CCONJ", "AUX", "DET", "ADJ"])
    said = doc.text.index("said")
    assert _next_act(doc, Frame(cue=(said, said + 4)))
    assert not _next_act(doc, Frame(cue=(3, 12)))  # "confirmed", the root


# --- "according to X" inside or after the clause it vouches for (_according_content) ------------------------


def test_according_to_between_a_verb_and_its_that_clause_vouches_for_the_clause(pipeline):
    # the clause after the phrase has a subject of its own (a passive one): it is the content
    doc = pipeline.extract("The mayor reported, according to aides, that the bridge had been closed.")
    assert attributions(doc.attributions) == [("indirect", ["that the bridge had been closed"], "according to",
                                               "aides")]


def test_according_to_without_a_comma_leaves_the_whole_clause_before_it(pipeline):
    doc = pipeline.extract("Sales fell in May according to the company.")
    assert attributions(doc.attributions) == [("indirect", ["Sales fell in May"], "according to", "the company")]


def test_according_to_set_off_after_the_subject_of_a_copula_vouches_for_the_clause(pipeline):
    # the phrase hangs on the subject; its head "is" is tagged AUX, and the content is the whole clause
    doc = pipeline.extract("The bridge, according to the engineer, is old.")
    assert attributions(doc.attributions) == [("indirect", ["The bridge", "is old"], "according to", "the engineer")]


# --- what the filter is told about each candidate (group 30) -----------------------------------------------


def test_the_filter_is_told_of_a_quotation_mark_in_the_cues_sentence(pipeline):
    from newsgraph.attribution import filter as attribution_filter

    doc, parse = annotated(pipeline, "The mayor said the bridge was “too old to save.” The council agreed.")
    collected = []
    extract_all(doc, parse, flt=attribution_filter.default(), collect=collected)
    feats = {a.cue.text: f for a, f in collected}
    assert "sent_quote" in feats["said"]


def test_a_stance_received_inside_a_lexicon_cues_content_is_left_to_the_filter(pipeline):
    # "drew praise from business" is nested in what the aides said: not kept whatever the filter says
    doc = pipeline.extract("Aides said the plan faced criticism from unions and drew praise from business.")
    assert attributions(doc.attributions) == [
        ("indirect", ["the plan faced criticism from unions and drew praise from business"], "said", "Aides")]


# --- speakers.py helpers (never run before session 14) ------------------------------------------------------


def test_inside_is_half_open():
    from newsgraph.attribution.speakers import _inside

    assert _inside(5, [(0, 2), (5, 10)]) and _inside(9, [(5, 10)])
    assert not _inside(10, [(5, 10)]) and not _inside(4, [(5, 10)])


def test_a_speaker_phrase_ends_before_its_relative_clause():
    from newsgraph.attribution.speakers import _phrase_last

    # "officials there who spoke": the relative clause (no comma before it) is not part of the phrase
    words = ["officials", "there", "who", "spoke", "said"]
    doc = hand_parse(words, [4, 0, 3, 0, 4], ["nsubj", "advmod", "nsubj", "relcl", "ROOT"])
    assert _phrase_last(doc[0]) == 1
    # without one the phrase is the head's whole subtree
    doc = hand_parse(["officials", "there", "said"], [2, 0, 2], ["nsubj", "advmod", "ROOT"])
    assert _phrase_last(doc[0]) == 1


def test_a_speakers_core_is_the_head_with_its_name_parts_and_modifiers():
    from newsgraph.attribution.speakers import _core

    # one child of each kind the core takes, each with a name part below it, and two it leaves out
    words = ["X", "comp", "c2", "app", "a2", "fl", "f2", "am", "m2", "nm", "n2", "np", "p2", "det", "said"]
    heads = [14, 0, 1, 0, 3, 0, 5, 0, 7, 0, 9, 0, 11, 0, 14]
    deps = ["nsubj", "compound", "compound", "appos", "flat", "flat", "compound", "amod", "det", "nmod", "flat",
            "npadvmod", "compound", "det", "ROOT"]
    doc = hand_parse(words, heads, deps)
    assert sorted(t.i for t in _core(doc[0])) == [0, 1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12]


def test_resolve_speaker_gives_the_entity_the_phrase_and_no_intermediary(pipeline):
    from newsgraph.attribution.speakers import Mentions
    from newsgraph.quotes import resolve_speaker

    doc, parse = annotated(pipeline, "Senator Anna Lopez said the bridge would close.")
    lopez = next(t for t in parse.doc if t.text == "Lopez")
    ent, text, behalf = resolve_speaker(lopez, Mentions(doc), doc.text)
    assert (text, behalf) == ("Senator Anna Lopez", None)
    assert ent is not None and ent == doc.attributions[0].speaker


# --- a name before the colon opening a quote (_named_colon) -------------------------------------------------

LEAD = "Bakery News\n\nThe bakery opened in 1990.\n\n"  # a title and a first paragraph: no headline below


def quotes(doc):
    """(kind, text, cue, speaker text) of every quote, in text order."""
    return [(q.kind, q.text, q.cue.text if q.cue else None, q.speaker_text) for q in doc.quotes]


def test_an_organisation_named_before_the_colon_is_the_quotes_speaker(pipeline):
    doc = pipeline.extract(LEAD + "More from the Red Cross: “We need more blood donors this winter.”")
    assert ("direct", "We need more blood donors this winter.", ":", "the Red Cross") in quotes(doc)
    assert [a.kind for a in doc.attributions] == ["mixed"]


def test_a_name_after_a_participle_set_off_by_a_comma_is_the_quotes_speaker(pipeline):
    # the phrase before the colon stops at the comma: "Speaking" is no verb of the name's phrase
    text = LEAD + "Speaking on Monday, Anna Lopez: “The bakery will stay open.”"
    assert quotes(pipeline.extract(text)) == [("direct", "The bakery will stay open.", ":", "Anna Lopez")]
    # found by the name-before-the-colon rule (its path is one of the filter's features)
    assert candidates(pipeline, text) == [("colon", "speech", ":", ("“The bakery will stay open.”",), "Anna Lopez")]


def test_a_clause_ending_in_the_name_before_the_colon_names_no_speaker(pipeline):
    # "This is Anna Lopez:" has a verb (the copula, tagged AUX): a clause, not a name
    doc = pipeline.extract(LEAD + "This is Anna Lopez: “I have run this bakery for thirty years.”")
    assert [q for q in quotes(doc) if q[0] == "direct"] == \
        [("direct", "I have run this bakery for thirty years.", None, None)]


def _quote_then_noun(dep):
    """'“ We will win , ” the coach said .' parsed with the quote's "We" as the verb's subject and "coach"
    hung on the verb as `dep`."""
    words = ["“", "We", "will", "win", ",", "”", "the", "coach", "said", "."]
    heads = [3, 8, 3, 8, 3, 3, 7, 8, 8, 8]
    deps = ["punct", "nsubj", "aux", "ccomp", "punct", "punct", "det", dep, "ROOT", "punct"]
    pos = ["PUNCT", "PRON", "AUX", "VERB", "PUNCT", "PUNCT", "DET", "NOUN", "VERB", "PUNCT"]
    doc = hand_parse(words, heads, deps, pos)
    return doc, [(0, doc.text.index("”") + 1)]


def test_a_subject_inside_the_quote_gives_way_to_the_noun_before_the_verb():
    from newsgraph.attribution.speakers import subject_outside

    doc, quoted = _quote_then_noun("npadvmod")
    assert subject_outside(doc[8], quoted).i == 7  # "coach", not the quote's "We"
    # a noun the parser made the verb's object or dative is no speaker: none at all then
    for dep in ("dobj", "dative"):
        doc, quoted = _quote_then_noun(dep)
        assert subject_outside(doc[8], quoted) is None


def test_before_aside_finds_the_noun_before_a_parenthesis_or_apposition():
    from newsgraph.attribution.speakers import _before_aside

    def parse(words, heads=None, deps=None):
        n = len(words)
        return hand_parse(words, heads or [n - 1] * n, deps or ["dep"] * (n - 1) + ["ROOT"])

    doc = parse(["Graham", "(", "Republican", "senator", ")", "said"])
    assert _before_aside(doc, 4) == 0
    doc = parse(["(", "Republican", "senator", ")", "said"])
    assert _before_aside(doc, 3) == -1  # the parenthesis opens the text: nothing before it
    doc = parse(["Graham", "said", ")", "again"])
    assert _before_aside(doc, 2) == 2  # no opening bracket: the closing one stays
    # the opening bracket at most eight tokens back
    doc = parse(["Graham", "(", "a", "b", "c", "d", "e", "f", "g", ")", "said"])
    assert _before_aside(doc, 9) == 0
    doc = parse(["Graham", "(", "a", "b", "c", "d", "e", "f", "g", "h", ")", "said"])
    assert _before_aside(doc, 10) == 10
    doc = parse(["Smith", ",", "said"])
    assert _before_aside(doc, 1) == 0
    # an apposition or a conjunct ending at the comma: the noun it hangs on
    words = ["Jay", "Smith", ",", "the", "club", "president", ",", "said"]
    doc = hand_parse(words, [1, 7, 1, 5, 5, 1, 1, 7], ["compound", "nsubj", "punct", "det", "compound", "appos", "punct",
                                                       "ROOT"])
    assert _before_aside(doc, 6) == 1
    doc = hand_parse(["Smith", "and", "Jones", ",", "said"], [4, 0, 0, 0, 4], ["nsubj", "cc", "conj", "punct", "ROOT"])
    assert _before_aside(doc, 3) == 0
    # not up to a noun the apposition was hung on as an object ("met Smith, the club president, …")
    words = ["met", "Smith", ",", "the", "club", "president", ",", "said"]
    doc = hand_parse(words, [7, 0, 1, 5, 5, 1, 1, 7], ["advcl", "dobj", "punct", "det", "compound", "appos", "punct",
                                                       "ROOT"])
    assert _before_aside(doc, 6) == 5


def test_a_participle_set_off_after_a_reported_clause_is_the_reporters_aside():
    from newsgraph.attribution.speakers import _aside_on_report

    def parse(dep="advcl", verb_pos="VERB"):
        # "Trump argued that it would help , saying it is fine"
        words = ["Trump", "argued", "that", "it", "would", "help", ",", "saying", "it", "is", "fine"]
        heads = [1, 1, 5, 5, 5, 1, 5, 5, 9, 7, 9]
        deps = ["nsubj", "ROOT", "mark", "nsubj", "aux", "ccomp", "punct", dep, "nsubj", "ccomp", "acomp"]
        pos = ["PROPN", verb_pos, "SCONJ", "PRON", "AUX", "VERB", "PUNCT", "VERB", "PRON", "AUX", "ADJ"]
        doc = hand_parse(words, heads, deps, pos)
        doc[7].tag_ = "VBG"
        return doc

    assert _aside_on_report(parse()[7])
    assert _aside_on_report(parse(verb_pos="AUX")[7])  # the reporting verb tagged AUX ("was sure that …")
    assert not _aside_on_report(parse(dep="conj")[7])  # a participle coordinated, not set off


def test_own_subject_of_a_clause_subject_a_quoted_speaker_and_of_two_subjects():
    from spacy.tokens import Span

    from newsgraph.attribution.speakers import _own_subject

    doc = hand_parse(["What", "he", "said", "matters"], [2, 2, 3, 3], ["dobj", "nsubj", "csubj", "ROOT"])
    assert _own_subject(doc[3]).i == 2  # a clause as the subject
    # "Smith was quoted as saying": the passive subject of "quote" only
    words = ["Smith", "was", "quoted", "as", "saying"]
    for lemma, want in (("quote", 0), ("report", None)):
        doc = hand_parse(words, [2, 2, 2, 2, 3], ["nsubjpass", "auxpass", "ROOT", "prep", "pcomp"])
        doc[2].lemma_ = lemma
        got = _own_subject(doc[2])
        assert (got.i if got is not None else None) == want
    # of two subjects before the verb, the person ("Trump, the official, went"): not merely the nearest
    doc = hand_parse(["Trump", "official", "went"], [2, 2, 2], ["nsubj", "nsubj", "ROOT"])
    doc.ents = [Span(doc, 0, 1, label="PERSON")]
    assert _own_subject(doc[2]).i == 0
    # two subjects after the verb: the first
    doc = hand_parse(["went", "official", "Trump"], [0, 0, 0], ["ROOT", "nsubj", "nsubj"])
    assert _own_subject(doc[0]).i == 1


def test_fronted_subject_needs_a_reported_clause_after_the_verb():
    from newsgraph.attribution.speakers import _fronted_subject

    # "Kasich offered a job , then says he will": the clause before, a ccomp after the subjectless verb
    words = ["Kasich", "offered", "a", "job", ",", "then", "says", "he", "will"]
    heads = [1, 6, 3, 1, 6, 6, 6, 8, 6]
    deps = ["nsubj", "ccomp", "det", "dobj", "punct", "advmod", "ROOT", "nsubj", "ccomp"]
    pos = ["PROPN", "VERB", "DET", "NOUN", "PUNCT", "ADV", "VERB", "PRON", "AUX"]
    assert _fronted_subject(hand_parse(words, heads, deps, pos)[6]).i == 0
    # the same with a pronoun subject ("He offered …"): a pronoun is a speaker too
    assert _fronted_subject(hand_parse(["He"] + words[1:], heads, deps, ["PRON"] + pos[1:])[6]).i == 0
    # a subject that is no noun or pronoun ("This offered …" tagged DET) is none
    assert _fronted_subject(hand_parse(["This"] + words[1:], heads, deps, ["DET"] + pos[1:])[6]) is None
    # a clause before without a subject of its own: none
    words2 = ["Offering", "a", "job", ",", "then", "says", "he", "will"]
    doc = hand_parse(words2, [5, 2, 0, 5, 5, 5, 7, 5], ["ccomp", "det", "dobj", "punct", "advmod", "ROOT", "nsubj", "ccomp"],
                     ["VERB", "DET", "NOUN", "PUNCT", "ADV", "VERB", "PRON", "AUX"])
    assert _fronted_subject(doc[5]) is None
    # inverted order, "It is wrong , said Smith": no clause after the verb, so nothing fronted
    doc = hand_parse(["It", "is", "wrong", ",", "said", "Smith"], [1, 4, 1, 4, 4, 4],
                     ["nsubj", "ccomp", "acomp", "punct", "ROOT", "nsubj"], ["PRON", "AUX", "ADJ", "PUNCT", "VERB", "PROPN"])
    assert _fronted_subject(doc[4]) is None


@pytest.mark.parametrize("text, medium, reported_to", [
    ("The senator said in an interview with CNN that the bill would pass.", "interview", "CNN"),
    ("The senator said in an interview on Fox News that the bill would pass.", "interview", "Fox News"),
    ("The senator said in an interview to Reuters that the bill would pass.", "interview", "Reuters"),
    ("The senator said in a letter to Reuters that the bill would pass.", "letter", "Reuters"),
    ("The senator told Reuters that the bill would pass.", None, "Reuters"),
    ("The senator said to Reuters that the bill would pass.", None, "Reuters"),
    ("The senator wrote that the bill would pass.", "writing", None),
    ("The senator tweeted that the bill would pass.", "post", None),
    ("In a statement, the senator said the bill would pass.", "statement", None),
    ("The senator said at a rally that the bill would pass.", None, None),
])
def test_the_medium_and_the_outlet_a_speaker_used(pipeline, text, medium, reported_to):
    (a,) = pipeline.extract(text).attributions
    assert (a.cue.text in ("said", "told", "wrote", "tweeted"), a.speaker_text.lower()) == (True, "the senator")
    assert (a.medium, a.reported_to) == (medium, reported_to)


def test_entity_in_prefers_people_then_the_nearest_then_the_first():
    from types import SimpleNamespace

    from newsgraph.attribution.speakers import _entity_in

    def run(spec, head=5, skip=None):
        """spec: (index, entity type or None, pos, dep) per token; the entity's name is its index."""
        n = max(max(i for i, *_ in spec), head) + 1
        words = [f"w{i}" for i in range(n)]
        doc = hand_parse(words, [n - 1] * n, ["dep"] * (n - 1) + ["ROOT"])
        ents = {}
        for i, typ, pos, dep in spec:
            doc[i].pos_, doc[i].dep_ = pos, dep
            if typ:
                ents[doc[i].idx] = SimpleNamespace(type=typ, name=str(i))
        mentions = SimpleNamespace(covering=lambda s, e: ents.get(s))
        got = _entity_in([doc[i] for i, *_ in spec], mentions, doc[head], doc[skip] if skip is not None else None)
        return got.name if got is not None else None

    P, O = "PERSON", "ORG"
    assert run([(1, P, "PROPN", "nsubj"), (2, O, "PROPN", "nsubj")]) == "1"  # people before organisations
    assert run([(1, P, "PROPN", "nsubj"), (6, P, "PROPN", "nsubj")]) == "6"  # the nearest to the head
    assert run([(4, P, "PROPN", "nsubj"), (6, P, "PROPN", "nsubj")]) == "4"  # as near: the first
    assert run([(1, P, "PROPN", "nsubj"), (2, O, "PROPN", "nsubj")], skip=1) == "2"  # the skipped token is none
    # tokens without an entity (a possessive pronoun, a plain word) are passed over, not an end
    assert run([(1, None, "PRON", "poss"), (2, O, "PROPN", "nsubj")]) == "2"
    assert run([(1, None, "NOUN", "nsubj"), (2, O, "PROPN", "nsubj")]) == "2"
    # a possessive with an entity counts, a pronoun one too ("his", resolved)
    assert run([(1, P, "PROPN", "poss")]) == "1"
    assert run([(1, P, "PRON", "poss")]) == "1"


def test_named_after_quote_finds_the_name_right_after_the_closing_mark():
    from spacy.tokens import Span

    from newsgraph.attribution.speakers import _named_after_quote

    def run(words, names, verb, deps=None, org=()):
        """The index _named_after_quote gives for the verb at `verb` (None: no name); `names` are PERSON
        tokens, `org` ORG ones, every other token hangs on the verb unless `deps` says {i: (dep, head)}."""
        deps = deps or {}
        heads = [deps.get(i, ("dep", verb))[1] if i != verb else verb for i in range(len(words))]
        labels = [deps.get(i, ("dep", verb))[0] if i != verb else "ROOT" for i in range(len(words))]
        doc = hand_parse(words, heads, labels)
        doc.ents = [Span(doc, i, i + 1, label="PERSON") for i in names] + [Span(doc, i, i + 1, label="ORG") for i in org]
        got = _named_after_quote(doc, doc[verb])
        return got.i if got is not None else None

    assert run(["“", "Hi", "”", "Smith", "said", "“"], [3], 4) == 3  # not the mark after the verb
    assert run(["“", "Hi", "”", "CNN", "said"], [], 4, org=[3]) == 3  # an organisation too
    assert run(["”", "Smith", "said"], [1], 2) == 1  # right after the mark
    assert run(["“", "Smith", "said"], [1], 2) == 1  # a mark opening the sentence
    assert run(["”", "Smith", "”", "said"], [1], 3) is None  # the nearest mark is right before the verb
    assert run(["Jones", "”", "said"], [0], 2) is None  # a name before the mark is not after it
    assert run(["Smith", "said", "”"], [0], 1) is None  # a mark after the verb is none
    assert run(["”", "a", "b", "c", "d", "e", "f", "Smith", "said"], [7], 8) is None  # at most six words after
    words = ["“"] + [f"w{i}" for i in range(16)] + ["said"]
    assert run(words[:1] + ["Smith"] + words[2:], [1], 17) is None  # the mark at most 16 tokens back
    # a first name hung on the surname before the verb: the surname
    assert run(["”", "Bill", "Eastland", "said"], [1, 2], 3, {1: ("compound", 2)}) == 2
    assert run(["”", "Bill", "Eastland", "said"], [1, 2], 3, {1: ("flat", 2)}) == 2
    # not up to the verb, nor from a word that is no name part
    assert run(["”", "Smith", "said"], [1], 2, {1: ("compound", 2)}) == 1
    assert run(["”", "Smith", "aide", "said"], [1], 3, {1: ("nsubj", 2)}) == 1


def test_a_partial_quote_governed_by_a_lexicon_cue_is_that_cues(pipeline):
    # "hopes" is no verb of saying: a partial quote inside the sentence takes any lexicon cue above it
    doc = pipeline.extract("The mayor hopes to “fix the bridge once and for all.”")
    assert quotes(doc) == [("partial", "fix the bridge once and for all.", "hopes", "The mayor")]
    assert [(a.kind, a.type, a.cue.text, a.source.text) for a in doc.attributions] == \
        [("partial", "intention", "hopes", "The mayor")]


def _near(spec, verb):
    """_near_verb's answer (its index, or None) on a hand-built parse: spec is one 'word/POS/dep/head[/ENT[/TAG]]'
    per token (head an index; the verb's own head is itself)."""
    from spacy.tokens import Span

    from newsgraph.attribution.speakers import _near_verb

    toks = [s.split("/") for s in spec.split()]
    doc = hand_parse([t[0] for t in toks], [int(t[3]) for t in toks], [t[2] for t in toks], [t[1] for t in toks])
    doc.ents = [Span(doc, i, i + 1, label=t[4]) for i, t in enumerate(toks) if len(t) > 4 and t[4]]
    for i, t in enumerate(toks):
        doc[i].tag_ = t[5] if len(t) > 5 else ("VBD" if t[1] == "VERB" else "")
    got = _near_verb(doc[verb])
    return got.i if got is not None else None


@pytest.mark.parametrize("spec, verb, want", [
    # a name, noun or pronoun right before the verb, over up to two adverbs, auxiliaries or particles
    ("Smith/PROPN/npadvmod/1 said/VERB/ROOT/1", 1, 0),
    ("he/PRON/dep/1 said/VERB/ROOT/1", 1, 0),
    ("Smith/PROPN/npadvmod/2 also/ADV/advmod/2 said/VERB/ROOT/2", 2, 0),
    ("Smith/PROPN/npadvmod/2 has/AUX/aux/2 said/VERB/ROOT/2", 2, 0),
    ("Smith/PROPN/npadvmod/2 to/PART/aux/2 say/VERB/ROOT/2", 2, 0),
    ("Smith/PROPN/npadvmod/4 also/ADV/advmod/4 not/PART/neg/4 has/AUX/aux/4 said/VERB/ROOT/4", 4, None),
    # not an object, a preposition's object or a possessive
    ("Smith/PROPN/dobj/1 said/VERB/ROOT/1", 1, None),
    ("Smith/PROPN/poss/1 said/VERB/ROOT/1", 1, None),
    ("Smith/PROPN/pobj/1 said/VERB/ROOT/1", 1, None),
    # ... unless a person the parser ran an opening phrase into, before a tensed verb it hangs under
    ("Brenda/PROPN/pobj/1/PERSON railed/VERB/ROOT/1//VBD", 1, 0),
    ("Brenda/PROPN/pobj/1/PERSON rails/VERB/ROOT/1//VBZ", 1, 0),
    ("Brenda/PROPN/pobj/1/PERSON rail/VERB/ROOT/1//VBP", 1, 0),
    ("Brenda/PROPN/pobj/1/PERSON railing/VERB/ROOT/1//VBG", 1, None),
    ("Ohio/PROPN/pobj/1 railed/VERB/ROOT/1//VBD", 1, None),
    ("In/ADP/ROOT/0 Brenda/PROPN/pobj/0/PERSON railed/VERB/dep/0//VBD", 2, None),
    # a share of those asked ("4 in 10 say")
    ("4/NUM/nsubj/1 say/VERB/ROOT/1", 1, 0),
    # a name before a parenthesis or an apposition
    ("Graham/PROPN/nsubj/4/PERSON (/PUNCT/punct/0 R/PROPN/appos/0 )/PUNCT/punct/0 called/VERB/ROOT/4", 4, 0),
    ("Graham/PROPN/nsubj/4 (/PUNCT/punct/0 R/PROPN/appos/0 )/PUNCT/punct/0 called/VERB/ROOT/4", 4, None),
    ("Graham/PROPN/pobj/4/PERSON (/PUNCT/punct/0 R/PROPN/appos/0 )/PUNCT/punct/0 called/VERB/ROOT/4", 4, None),
    ("aide/NOUN/nsubj/4 (/PUNCT/punct/0 Jo/PROPN/nmod/0/PERSON )/PUNCT/punct/0 called/VERB/ROOT/4", 4, None),
    # after a comma or a closing mark, the noun phrase the parser made the verb's object or else
    (",/PUNCT/punct/1 added/VERB/ROOT/1 another/DET/det/3 Republican/NOUN/dobj/1", 1, 3),
    (",/PUNCT/punct/1 added/VERB/ROOT/1 another/DET/det/3 Republican/NOUN/attr/1", 1, 3),
    (",/PUNCT/punct/1 added/VERB/ROOT/1 another/DET/det/3 Republican/NOUN/npadvmod/1", 1, 3),
    (",/PUNCT/punct/1 added/VERB/ROOT/1 another/DET/det/3 Republican/NOUN/dep/1", 1, 3),
    (",/PUNCT/punct/1 added/VERB/ROOT/1 another/DET/det/3 Republican/NOUN/nsubj/1", 1, 3),
    (",/PUNCT/punct/1 added/VERB/ROOT/1 another/DET/det/3 Republican/NOUN/appos/1", 1, None),
    ("”/PUNCT/punct/1 added/VERB/ROOT/1 another/DET/det/3 Republican/NOUN/dobj/1", 1, 3),
    ("Jo/PROPN/dobj/1 added/VERB/ROOT/1 another/DET/det/3 Republican/NOUN/dobj/1", 1, None),
    # inverted: a name, or a pronoun ending the clause, right after the verb (a first name: the surname)
    ("said/VERB/ROOT/0 Smith/PROPN/nsubj/0", 0, 1),
    ("said/VERB/ROOT/0 John/PROPN/compound/2 Smith/PROPN/nsubj/0", 0, 2),
    ("said/VERB/ROOT/0 he/PRON/nsubj/0", 0, 1),
    ("said/VERB/ROOT/0 he/PRON/nsubj/0 ./PUNCT/punct/0", 0, 1),
    ("said/VERB/ROOT/0 he/PRON/nsubj/0 would/AUX/aux/0", 0, None),
    ("said/VERB/ROOT/0 so/ADV/advmod/0 ./PUNCT/punct/0", 0, None),
    ("said/VERB/ROOT/0 Friday/PROPN/npadvmod/0/DATE", 0, None),
])
def test_near_verb_finds_the_speaker_the_parse_did_not_make_the_subject(spec, verb, want):
    assert _near(spec, verb) == want


# --- "In a speech, X …" (_document_attribution) and a passive addressee (_verb_attribution 80) ---------------


def test_in_a_speech_a_subjectless_passive_clause_is_the_documents(pipeline):
    doc = pipeline.extract("In a speech on Tuesday, the bridge was opened.")
    assert attributions(doc.attributions) == [("indirect", ["the bridge was opened"], "In", "a speech on Tuesday")]


def test_in_a_speech_a_group_subject_is_the_speaker(pipeline):
    # "Republicans" (NORP) says what it says in its own speech
    doc = pipeline.extract("In a speech on Tuesday, Republicans cut the budget.")
    assert attributions(doc.attributions) == [("indirect", ["Republicans cut the budget"], "In", "Republicans")]


def test_a_passive_addressee_is_told_only_the_infinitive(pipeline):
    doc = pipeline.extract("The mayor was told to close the bridge.")
    assert attributions(doc.attributions) == [("indirect", ["to close the bridge"], "told", None)]


def _medium(spec, verb, lemmas=None):
    """_medium_and_outlet on a hand-built parse (spec as for _near; `lemmas` {index: lemma}); every PROPN is an
    organisation mention named by its word."""
    from types import SimpleNamespace

    from newsgraph.attribution.speakers import _medium_and_outlet

    toks = [s.split("/") for s in spec.split()]
    doc = hand_parse([t[0] for t in toks], [int(t[3]) for t in toks], [t[2] for t in toks], [t[1] for t in toks])
    for i, t in enumerate(doc):
        t.lemma_ = (lemmas or {}).get(i, t.text.lower())
    orgs = {t.idx: SimpleNamespace(type="ORG", name=t.text) for t in doc if t.pos_ == "PROPN"}
    return _medium_and_outlet(doc[verb], SimpleNamespace(covering=lambda s, e: orgs.get(s)))


@pytest.mark.parametrize("spec, verb, lemmas, want", [
    # the medium named by a preposition's object
    *[(f"said/VERB/ROOT/0 {p}/ADP/prep/0 interview/NOUN/pobj/1", 0, {0: "say"}, ("interview", None))
      for p in ("in", "on", "during", "via", "through", "at")],
    ("said/VERB/ROOT/0 for/ADP/prep/0 interview/NOUN/pobj/1", 0, {0: "say"}, (None, None)),
    ("said/VERB/ROOT/0 in/ADP/prep/0", 0, {0: "say"}, (None, None)),  # a preposition without its object
    # the outlet told, or spoken or talked to or with
    *[(f"told/VERB/ROOT/0 CNN/PROPN/{d}/0", 0, {0: "tell"}, (None, "CNN")) for d in ("dobj", "dative", "iobj")],
    ("said/VERB/ROOT/0 CNN/PROPN/dobj/0", 0, {0: "say"}, (None, None)),
    *[(f"{v}/VERB/ROOT/0 {p}/ADP/prep/0 CNN/PROPN/pobj/1", 0, {0: v}, (None, "CNN"))
      for v in ("say", "speak", "talk") for p in ("to", "with")],
    ("said/VERB/ROOT/0 to/ADP/prep/0", 0, {0: "say"}, (None, None)),  # "to" without its object
    ("wrote/VERB/ROOT/0 to/ADP/prep/0 CNN/PROPN/pobj/1", 0, {0: "write"}, ("writing", None)),
    ("posted/VERB/ROOT/0 for/ADP/prep/0 CNN/PROPN/pobj/1", 0, {0: "post"}, ("post", None)),
    # a reported clause's verb takes the prepositions of the verb reporting it, not a coordinated verb's
    ("said/VERB/ROOT/0 in/ADP/prep/0 interview/NOUN/pobj/1 prices/NOUN/nsubj/4 rose/VERB/ccomp/0", 4, {0: "say"},
     ("interview", None)),
    ("said/VERB/ROOT/0 in/ADP/prep/0 interview/NOUN/pobj/1 and/CCONJ/cc/0 left/VERB/conj/0", 4, {0: "say"},
     (None, None)),
])
def test_medium_and_outlet_on_hand_built_parses(spec, verb, lemmas, want):
    assert _medium(spec, verb, lemmas) == want


def _before(words, heads, deps, mentions, pronoun, types=("PERSON",), with_parse=True):
    """Mentions.before for the pronoun at token `pronoun` of a hand-built parse; `mentions` are (token index,
    kind, type) of one-token mentions; the answer is the antecedent's word (None: none)."""
    from types import SimpleNamespace

    from newsgraph.attribution.speakers import Mentions

    doc = hand_parse(words, heads, deps)
    m = object.__new__(Mentions)
    m.items = [(doc[i].idx, doc[i].idx + len(doc[i]), kind, SimpleNamespace(id=doc[i].text, type=typ))
               for i, kind, typ in sorted(mentions)]
    m.starts, m.quoted = [t[0] for t in m.items], []
    got = m.before(doc[pronoun].idx, types, frozenset(), doc if with_parse else None)
    return got.id if got is not None else None


# "Smith met Jones . Brown left when Green saw Black . He spoke ."
BROWN = ("Smith met Jones . Brown left when Green saw Black . He spoke .".split(),
         [1, 1, 1, 1, 5, 5, 8, 8, 5, 8, 5, 12, 12, 12],
         ["nsubj", "ROOT", "dobj", "punct", "nsubj", "ROOT", "advmod", "nsubj", "advcl", "dobj", "punct", "nsubj", "ROOT",
          "punct"])


@pytest.mark.parametrize("mentions, want", [
    # in the pronoun's sentence and the one before: a main clause's subject, then any subject, then the nearest
    ([(0, "name", "PERSON"), (4, "name", "PERSON"), (7, "name", "PERSON"), (9, "name", "PERSON")], "Brown"),
    ([(0, "name", "PERSON"), (7, "name", "PERSON"), (9, "name", "PERSON")], "Green"),
    ([(0, "name", "PERSON"), (9, "name", "PERSON")], "Black"),
    # nothing there: the nearest earlier mention, however far back (the first one too)
    ([(0, "name", "PERSON")], "Smith"),
    # a pronoun is no antecedent, nor a mention of another type
    ([(0, "name", "PERSON"), (4, "pronoun", "PERSON")], "Smith"),
    ([(0, "name", "PERSON"), (4, "name", "ORG"), (9, "name", "PERSON")], "Black"),
])
def test_a_pronouns_antecedent_without_coreference(mentions, want):
    assert _before(*BROWN, mentions, 11) == want


def test_a_pronouns_antecedent_without_a_parse_is_the_nearest():
    assert _before(*BROWN, [(4, "name", "PERSON"), (9, "name", "PERSON")], 11, with_parse=False) == "Black"


@pytest.mark.parametrize("dep", ["compound", "flat", "appos"])
def test_a_name_part_of_a_main_clauses_subject_ranks_as_that_subject(dep):
    # "Jo Brown left Black . He spoke .": the mention "Jo" hangs on the subject "Brown"
    words = "Jo Brown left Black . He spoke .".split()
    heads, deps = [1, 2, 2, 2, 2, 6, 6, 6], [dep, "nsubj", "ROOT", "dobj", "punct", "nsubj", "ROOT", "punct"]
    assert _before(words, heads, deps, [(0, "name", "PERSON"), (3, "name", "PERSON")], 5) == "Jo"
    deps[1] = "nsubjpass"  # a passive subject too ("Jo Brown was seen")
    assert _before(words, heads, deps, [(1, "name", "PERSON"), (3, "name", "PERSON")], 5) == "Brown"


def test_a_pronoun_in_the_first_sentence_looks_only_there():
    # "Smith met Jones and he left . It rained .": the window is the first sentence, where Smith is the subject
    words = "Smith met Jones and he left . It rained .".split()
    heads = [1, 1, 1, 1, 5, 1, 1, 8, 8, 8]
    deps = ["nsubj", "ROOT", "dobj", "cc", "nsubj", "conj", "punct", "nsubj", "ROOT", "punct"]
    assert _before(words, heads, deps, [(0, "name", "PERSON"), (2, "name", "PERSON")], 4) == "Smith"


def _entity(name, *mentions, section=None):
    from types import SimpleNamespace

    return SimpleNamespace(id=name, name=name, attrs={"section": section} if section else {},
                           mentions=[SimpleNamespace(start=s, end=e, kind=k) for s, e, k in mentions])


def test_mentions_are_indexed_by_start_without_bylines():
    from types import SimpleNamespace

    from newsgraph.attribution.speakers import Mentions

    byline = _entity("Reporter", (0, 8, "name"), section="byline")
    a, b = _entity("A", (0, 10, "name"), (30, 35, "name")), _entity("B", (2, 5, "name"))
    m = Mentions(SimpleNamespace(entities=[byline, a, b]))
    assert [(s, e, ent.id) for s, e, _, ent in m.items] == [(0, 10, "A"), (2, 5, "B"), (30, 35, "A")]
    assert m.starts == [0, 2, 30] and m.quoted == []
    # two mentions of the same span (two entities): kept in the order given
    c, d = _entity("C", (0, 4, "name")), _entity("D", (0, 4, "name"))
    assert [ent.id for *_, ent in Mentions(SimpleNamespace(entities=[c, d])).items] == ["C", "D"]


def test_covering_all_gives_the_tightest_first_and_looks_200_characters_back():
    from newsgraph.attribution.speakers import Mentions

    def covering(*spans, at=(300, 301)):
        m = object.__new__(Mentions)
        m.items = sorted((s, e, "name", _entity(f"{s}-{e}")) for s, e in spans)
        m.starts = [t[0] for t in m.items]
        return [ent.id for ent in m.covering_all(*at)]

    assert covering((0, 400), (280, 302)) == ["280-302", "0-400"]
    assert covering((0, 400), (100, 302)) == ["100-302", "0-400"]  # 200 back: one more is looked at
    assert covering((0, 400), (99, 302)) == ["99-302"]  # 201 back: the last looked at
    assert covering((290, 310), (295, 305), at=(300, 301)) == ["295-305", "290-310"]
    assert covering((290, 310), (291, 311), at=(300, 301)) == ["291-311", "290-310"]  # as tight: nearest start first


def test_antecedent_quoted_reads_the_last_name_before_the_pronoun():
    from newsgraph.attribution.speakers import Mentions

    m = object.__new__(Mentions)
    m.quoted = [(9, 16)]
    assert m.antecedent_quoted(_entity("X", (10, 15, "name")), 15)  # ending right at the pronoun
    assert not m.antecedent_quoted(_entity("X", (0, 5, "name")), 40)  # outside the quote
    assert not m.antecedent_quoted(_entity("X", (10, 15, "pronoun")), 40)  # a pronoun is no name
    assert not m.antecedent_quoted(_entity("X", (0, 5, "name"), (10, 15, "pronoun")), 40)
    assert not m.antecedent_quoted(_entity("X", (0, 5, "name"), (10, 15, "name")), 12)  # after the pronoun


def test_a_group_pronoun_without_coreference_takes_a_country_or_organisation():
    from types import SimpleNamespace

    from newsgraph.attribution.speakers import Mentions, _pronoun_entity

    # "France met Germany . They left ."
    doc = hand_parse("France met Germany . They left .".split(), [1, 1, 1, 1, 5, 5, 5],
                     ["nsubj", "ROOT", "dobj", "punct", "nsubj", "ROOT", "punct"])

    def mentions(*extra):
        m = object.__new__(Mentions)
        m.items = sorted([(doc[0].idx, doc[0].idx + 6, "name", _entity("France")),
                          (doc[2].idx, doc[2].idx + 7, "name", _entity("Germany"))] + list(extra), key=lambda t: t[0])
        for it in m.items:
            it[3].type = "GPE"
        m.starts, m.quoted = [t[0] for t in m.items], []
        return m

    they = doc[4]
    assert _pronoun_entity(they, mentions()).id == "France"  # the main clause's subject, not the nearest
    # the actors stage's coreference (a mention of "They") answers first
    spain = _entity("Spain", (0, 1, "name"))
    assert _pronoun_entity(they, mentions((they.idx, they.idx + 4, "pronoun", spain))).id == "Spain"


def test_a_subject_nearer_the_pronoun_outranks_a_name_before_it():
    # "Black , Brown left . He spoke .": walking back from "He", the subject comes first, then a name that is none
    words = "Black , Brown left . He spoke .".split()
    heads, deps = [3, 3, 3, 3, 3, 6, 6, 6], ["npadvmod", "punct", "nsubj", "ROOT", "punct", "nsubj", "ROOT", "punct"]
    assert _before(words, heads, deps, [(0, "name", "PERSON"), (2, "name", "PERSON")], 5) == "Brown"


def test_outlet_in_reads_a_preposition_with_its_object_only():
    from types import SimpleNamespace

    from newsgraph.attribution.speakers import _outlet_in

    def outlet(spec):
        toks = [s.split("/") for s in spec.split()]
        doc = hand_parse([t[0] for t in toks], [int(t[3]) for t in toks], [t[2] for t in toks], [t[1] for t in toks])
        orgs = {t.idx: SimpleNamespace(type="ORG", name=t.text) for t in doc if t.pos_ == "PROPN"}
        return _outlet_in(doc[0], SimpleNamespace(covering=lambda s, e: orgs.get(s)))

    assert outlet("interview/NOUN/ROOT/0 with/ADP/prep/0 CNN/PROPN/pobj/1") == "CNN"
    assert outlet("interview/NOUN/ROOT/0 with/ADP/prep/0") is None  # "an interview with" and nothing after
    assert outlet("interview/NOUN/ROOT/0 with/ADP/dep/0 CNN/PROPN/pobj/1") is None  # not a preposition of the noun


def test_according_to_without_commas_inside_the_clause_leaves_one_word_after_it(pipeline):
    # no full stop: the word after the phrase is a piece of one token
    doc = pipeline.extract("The bridge will close according to the engineer soon")
    assert attributions(doc.attributions) == [("indirect", ["The bridge will close", "soon"], "according to",
                                               "the engineer")]


def test_according_to_after_an_infinitive_vouches_for_the_main_clause(pipeline):
    # the phrase hangs on "close" (the xcomp): it climbs to "wants", and the aides vouch for the whole clause
    doc = pipeline.extract("The council wants to close the bridge according to aides.")
    assert attributions(doc.attributions) == [("indirect", ["The council wants to close the bridge"], "according to",
                                               "aides")]


def test_a_headline_prefix_half_of_which_is_a_name_is_that_persons(pipeline):
    # "Anna Lopez" is 10 of the prefix's 21 characters: half, rounded down, is enough
    doc = pipeline.extract("Anna Lopez staff vote: The bridge will close for good\n\nThe council met on Monday.")
    (a,) = doc.attributions
    assert (a.cue.text, a.source.text, [c.text for c in a.content]) == \
        (":", "Anna Lopez staff vote", ["The bridge will close for good"])
    assert next(e.name for e in doc.entities if e.id == a.speaker) == "Anna Lopez"
