"""Session 7 (s7-mutate3): tests for the mutation survivors of the attribution helpers left open by
s7-mutate (docs/testing.md): the Title Case headline cue (`stage._title_verbs`), the source phrase's
cut (`speakers.phrase_span`) and the stance a subject receives (`indirect.received_stance`). Small
texts through the pipeline's stages, every candidate collected with the path that found it (no filter)."""

from newsgraph.attribution.stage import extract_all
from stageutil import annotated

BODY = "\n\nThe vote was on Monday."


def collected(pipeline, text):
    doc, parse = annotated(pipeline, text)
    found = []
    extract_all(doc, parse, flt=None, collect=found)
    return doc, [(next(f for f in feats if f.startswith("path="))[5:], a) for a, feats in found]


def title_verbs(pipeline, text):
    """(kind, type, cue, content texts, source, speaker_text, speaker's name and type) of every
    candidate the title-verb path found."""
    doc, found = collected(pipeline, text)
    out = []
    for path, a in found:
        if path != "title-verb":
            continue
        e = doc.entity(a.speaker) if a.speaker else None
        out.append((a.kind, a.type, a.cue.text, [p.text for p in a.content], a.source.text, a.speaker_text,
                    (e.name, e.type) if e else None))
    return out


# --- _title_verbs -------------------------------------------------------------------------------


def test_a_bare_lemma_after_a_plural_gives_the_whole_title_after_it_as_content(pipeline):
    # "Slam" (a lemma, not a form: its type comes from the verbs table) after the plural "Democrats";
    # the content runs to the title's last word, the source is the phrase before the cue, an ORG speaker
    assert title_verbs(pipeline, "Senate Democrats Slam Trump Budget Plan" + BODY) == [
        ("indirect", "speech", "Slam", ["Trump Budget Plan"], "Senate Democrats", "Senate Democrats",
         ("Democrats", "ORG"))]
    # a one-word content is content
    assert title_verbs(pipeline, "Senate Democrats Slam Trump" + BODY) == [
        ("indirect", "speech", "Slam", ["Trump"], "Senate Democrats", "Senate Democrats", ("Democrats", "ORG"))]


def test_a_title_cue_is_typed_by_the_lexicon(pipeline):
    # "Fear" is a lemma of thought: the cue's class, not the default "speech"
    assert title_verbs(pipeline, "Senate Democrats Fear Trump Budget Plan" + BODY) == [
        ("indirect", "thought", "Fear", ["Trump Budget Plan"], "Senate Democrats", "Senate Democrats",
         ("Democrats", "ORG"))]


def test_the_speaker_is_a_person_org_place_or_group_in_the_source_phrase_or_none(pipeline):
    assert title_verbs(pipeline, "China Slams Trump Trade Plan" + BODY) == [
        ("indirect", "speech", "Slams", ["Trump Trade Plan"], "China", "China", ("China", "GPE"))]
    assert title_verbs(pipeline, "Iranian Clerics Slam American Sanctions Plan" + BODY) == [
        ("indirect", "speech", "Slam", ["American Sanctions Plan"], "Iranian Clerics", "Iranian Clerics",
         ("Iranian", "NORP"))]
    # no name in the phrase: the phrase is the source, with no speaker
    assert title_verbs(pipeline, "Local Teachers Slam New School Budget Plan" + BODY) == [
        ("indirect", "speech", "Slam", ["New School Budget Plan"], "Local Teachers", "Local Teachers", None)]


def test_only_the_title_or_the_first_paragraph_is_read(pipeline):
    # a Title Case paragraph after the title, or after a first paragraph, is not a headline
    found = title_verbs(pipeline, "Senate Democrats Slam Trump Budget Plan\n\n"
                                  "Senate Democrats Slam Trump Budget Plan" + BODY)
    assert [(c[2], c[3]) for c in found] == [("Slam", ["Trump Budget Plan"])]
    assert title_verbs(pipeline, "The vote was on Monday.\n\nConservative Icon Morton Blackwell Endorses Ted Cruz.") == []
    # a title that runs over two lines is not read; a text without a title or a paragraph has none
    assert title_verbs(pipeline, "The Conservative Icon Morton Blackwell Endorses Ted Cruz\nFor President" + BODY) == []
    assert title_verbs(pipeline, "By Jane Smith") == []


def test_the_title_case_test_counts_words_of_four_letters_or_more(pipeline):
    # three words of four letters or more ("Tax" is not counted): enough
    assert [c[3] for c in title_verbs(pipeline, "Democrats Slam Bush Tax" + BODY)] == [["Bush Tax"]]
    # short lowercase words ("for", "the", "and") do not count against Title Case
    assert [c[3] for c in title_verbs(pipeline, "Democrats Slam Bush Plan for the Old and the Sick" + BODY)] == [
        ["Bush Plan for the Old and the Sick"]]
    # exactly seven in ten long words capitalised is Title Case
    assert [c[3] for c in title_verbs(pipeline, "Senate Democrats Slam Trump Budget Plan Cutting money from schools"
                                      + BODY)] == [["Trump Budget Plan Cutting money from schools"]]
    # five in eleven is a sentence: the parse reads it, not this path
    assert title_verbs(pipeline, "Conservative Icon Morton Blackwell Endorses the senator from texas in the "
                                 "primary race for president" + BODY) == []


def test_the_cue_is_among_the_first_nine_words_and_not_tagged_a_verb(pipeline):
    # the tenth word is past the headline's source phrase
    assert title_verbs(pipeline, "Former Conservative Party Icon Morton Blackwell Of Virginia Strongly Endorses "
                                 "Ted Cruz" + BODY) == []
    # "Warn" tagged a verb: the title goes the usual way, not this path
    assert title_verbs(pipeline, "French Unions Warn Macron Over Pension Reform" + BODY) == []


def test_trailing_punctuation_is_cut_but_not_a_closing_quote(pipeline):
    assert [c[3] for c in title_verbs(pipeline, "Conservative Icon Morton Blackwell Endorses Cruz "
                                      "“Without Reservation”!" + BODY)] == [["Cruz “Without Reservation”"]]
    # a cue with nothing after it gives no candidate (and the rest of the stage still runs)
    doc, found = collected(pipeline, "Conservative Icon Morton Blackwell Endorses." + BODY)
    assert [p for p, _ in found if p == "title-verb"] == []


# --- phrase_span --------------------------------------------------------------------------------


def test_a_source_phrase_keeps_a_trailing_capital_x(pipeline):
    # only spaces and , . ; : are cut from the phrase's end
    doc, found = collected(pipeline, "SpaceX said on Monday that the launch would go ahead.")
    assert [(a.cue.text, a.source.text, a.speaker_text) for p, a in found if p == "clause"] == [
        ("said", "SpaceX", "SpaceX")]


def _hand_parsed(words, spaces, heads, deps):
    import spacy
    from spacy.tokens import Doc

    return Doc(spacy.blank("en").vocab, words=words, spaces=spaces, heads=heads, deps=deps)


def test_a_cue_at_the_start_of_the_phrase_does_not_empty_it():
    from newsgraph.attribution.speakers import phrase_span

    # the parser hung the cue before its noun ("Saying officials spoke"): the phrase is not cut to nothing
    d = _hand_parsed(["Saying", "officials", "spoke", "."], [True, True, False, False], [1, 2, 2, 2],
                     ["acl", "nsubj", "ROOT", "punct"])
    assert phrase_span(d[1], d.text, cue=d[0]) == (0, len("Saying officials"))
    # a cue inside the phrase ends it ("voters saying")
    d = _hand_parsed(["voters", "saying", "yes", "spoke"], [True, True, True, False], [3, 0, 1, 3],
                     ["nsubj", "acl", "dobj", "ROOT"])
    assert phrase_span(d[0], d.text, cue=d[1]) == (0, len("voters"))


def test_a_phrase_of_punctuation_only_is_empty_not_reversed():
    from newsgraph.attribution.speakers import phrase_span

    d = _hand_parsed(["Smith", "said", ":", "yes"], [True, True, True, False], [1, 1, 1, 1],
                     ["nsubj", "ROOT", "punct", "dobj"])
    s, e = phrase_span(d[2], d.text)
    assert (s, e) == (d[2].idx, d[2].idx)


# --- received_stance ----------------------------------------------------------------------------


def stances(pipeline, text):
    _, found = collected(pipeline, text)
    return [(a.type, a.cue.text, [p.text for p in a.content], a.source.text if a.source else None)
            for path, a in found if path == "stance"]


def test_a_stance_from_a_phrase_without_an_object_has_no_source(pipeline):
    # "from within the party": the preposition's object is another preposition's
    assert stances(pipeline, "The plan drew criticism from within the party.") == [
        ("speech", "drew criticism", ["The plan"], None)]


def test_a_stance_not_yet_taken_or_counted_is_not_received(pipeline):
    # an infinitive with a subject of its own: the plan has not won anything yet
    assert stances(pipeline, "Democrats expect the plan to win support from unions.") == []
    # a number before the noun: a count, not a stance voiced
    assert stances(pipeline, "The plan won 12 endorsements from unions.") == []


def test_the_subject_of_a_conjunct_receiving_verb(pipeline):
    # no subject of its own: the subject of the verb it is joined to, active or passive
    assert stances(pipeline, "The plan was announced on Monday and drew criticism from Democrats.") == [
        ("speech", "drew criticism", ["The plan"], "Democrats")]
    assert stances(pipeline, "Officials announced the plan on Monday and drew praise from unions.") == [
        ("speech", "drew praise", ["Officials"], "unions")]
    # a subject of its own wins over the first verb's
    assert stances(pipeline, "Officials announced the plan on Monday and it drew criticism from unions.") == [
        ("speech", "drew criticism", ["it"], "unions")]


def test_a_receiving_verb_without_any_subject_gives_no_stance(pipeline):
    # a participle (and one joined to another participle): whoever faces the criticism is not its subject
    assert stances(pipeline, "Facing criticism from Democrats, the senator withdrew the bill.") == []
    assert stances(pipeline, "After announcing the plan and drawing criticism from unions, the mayor resigned.") == []


# --- _writers_tail ------------------------------------------------------------------------------


def contents(pipeline, text, cue):
    _, found = collected(pipeline, text)
    return [[p.text for p in a.content] for path, a in found if path == "clause" and a.cue.text == cue]


def test_a_contrast_right_after_the_reported_verb_is_the_writers(pipeline):
    # the comma straight after the clause's verb, then "while" and a subject: cut
    assert contents(pipeline, "Officials said exports fell, while imports rose sharply.", "said") == [["exports fell"]]


def test_a_comma_led_phrase_that_is_no_contrast_stays_in_the_content(pipeline):
    # a participle or a noun phrase after a comma is part of what was said
    assert contents(pipeline, "Officials said exports fell, hitting a record low.", "said") == [
        ["exports fell, hitting a record low"]]
    assert contents(pipeline, "Officials said exports fell sharply in May, the third drop in a row.", "said") == [
        ["exports fell sharply in May, the third drop in a row"]]
