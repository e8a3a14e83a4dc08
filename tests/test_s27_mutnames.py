"""Session 27, s27-mutnames: the survivors of recover_short_names and recover_surnames (actors/clusters.py),
killed on hand-built spaCy parses of our own sentences (docs/testing.md, "Session 27, s27-mutnames")."""

from types import SimpleNamespace

from spacy.lang.en import English
from spacy.tokens import Doc

from newsgraph.actors.article import ActorCluster, ActorMention
from newsgraph.actors.clusters import recover_short_names, recover_surnames


VOCAB = English().vocab  # its lexical attributes (is_title) are set; a bare Vocab's are not


def _doc(words, pos=None):
    return Doc(VOCAB, words=words, pos=pos or ["PROPN" if w[:1].isupper() else "X" for w in words])


def _mention(sd, i, j, label, kind="name"):
    span = sd[i:j]
    return ActorMention(i, j, span.start_char, span.end_char, span.text, label, kind=kind)


def _ctx(sd, clusters=(), persons=(), taken=()):
    """The few fields the two phases read: the parse, the clusters, the taken tokens and the sections."""
    t = bytearray(len(sd))
    for c in list(clusters) + list(persons):
        for m in c.mentions:
            t[m.i:m.j] = b"\x01" * (m.j - m.i)
    for k in taken:
        t[k] = 1
    return SimpleNamespace(sd=sd, clusters=list(clusters), persons=list(persons), taken=t,
                           kind_at=lambda char: None)


def _added(c, before):
    return [(m.i, m.j, m.text, m.label, m.sect) for m in c.mentions[before:]]


# ---------------------------------------------------------------- recover_short_names


def test_a_short_name_the_ner_found_once_names_its_organisation_at_every_repeat():
    # "The ELN freed two soldiers . Later the ELN said ..." with only the first ELN found, as an ORG of its own
    sd = _doc(["The", "ELN", "freed", "two", "soldiers", ".", "Later", "the", "ELN", "spoke", "."])
    c = ActorCluster(type="ORG", mentions=[_mention(sd, 1, 2, "ORG")])
    ctx = _ctx(sd, [c])
    recover_short_names(ctx)
    assert _added(c, 1) == [(8, 9, "ELN", "ORG", "body")]
    assert ctx.taken[8] == 1


def test_a_short_name_in_brackets_at_the_very_end_of_the_text_still_counts():
    # "ELN fighters left . It is the Liberation Army ( ELN )": nothing follows the closing bracket
    sd = _doc(["ELN", "fighters", "left", ".", "It", "is", "the", "Liberation", "Army", "(", "ELN", ")"])
    c = ActorCluster(type="ORG", mentions=[_mention(sd, 7, 9, "ORG")])
    ctx = _ctx(sd, [c])
    recover_short_names(ctx)
    assert _added(c, 1) == [(0, 1, "ELN", "ORG", "body"), (10, 11, "ELN", "ORG", "body")]


def test_a_bracketed_short_name_already_taken_is_not_the_organisations():
    # the capitals in brackets belong to another mention already: their repeats are left alone, whatever
    # is taken after them
    words = ["the", "Liberation", "Army", "(", "ELN", ")", "met", ".", "ELN", "left", "."]
    sd = _doc(words)
    c = ActorCluster(type="ORG", mentions=[_mention(sd, 1, 3, "ORG")])
    ctx = _ctx(sd, [c], taken=[4])
    recover_short_names(ctx)
    assert _added(c, 1) == []
    # and the closing bracket being taken does not stop them
    c2 = ActorCluster(type="ORG", mentions=[_mention(sd, 1, 3, "ORG")])
    ctx2 = _ctx(sd, [c2], taken=[5])
    recover_short_names(ctx2)
    assert _added(c2, 1) == [(4, 5, "ELN", "ORG", "body"), (8, 9, "ELN", "ORG", "body")]


# ---------------------------------------------------------------- recover_surnames


def _person(sd, *spans):
    return ActorCluster(type="PERSON", mentions=[_mention(sd, i, j, "PERSON") for i, j in spans])


def test_a_surname_is_the_last_word_of_a_name_even_after_a_lower_case_particle():
    # "Hugo van Berg spoke . Berg left ."
    sd = _doc(["Hugo", "van", "Berg", "spoke", ".", "Berg", "left", "."])
    p = _person(sd, (0, 3))
    ctx = _ctx(sd, persons=[p])
    recover_surnames(ctx)
    assert _added(p, 1) == [(5, 6, "Berg", "PERSON", "body")]
    assert ctx.taken[5] == 1


def test_a_name_whose_last_word_is_lower_case_gives_no_surname():
    # "Ana Maria berg": the last word is not a name's, so "Maria" is no surname either
    sd = _doc(["Ana", "Maria", "berg", "spoke", ".", "Maria", "left", "."],
              ["PROPN", "PROPN", "PROPN", "VERB", "PUNCT", "PROPN", "VERB", "PUNCT"])
    p = _person(sd, (0, 3))
    ctx = _ctx(sd, persons=[p])
    recover_surnames(ctx)
    assert _added(p, 1) == []


def test_a_person_named_twice_in_full_still_owns_the_surname():
    sd = _doc(["Ana", "Berg", "came", ".", "Ana", "Berg", "spoke", ".", "Berg", "left", "."])
    p = _person(sd, (0, 2), (4, 6))
    recover_surnames(_ctx(sd, persons=[p]))
    assert _added(p, 2) == [(8, 9, "Berg", "PERSON", "body")]


def test_a_surname_two_people_share_is_nobodys():
    sd = _doc(["Ana", "Berg", "met", "Tom", "Berg", ".", "Berg", "left", "."])
    a, t = _person(sd, (0, 2)), _person(sd, (3, 5))
    recover_surnames(_ctx(sd, persons=[a, t]))
    assert _added(a, 1) == [] and _added(t, 1) == []


def test_a_taken_repeat_of_the_surname_is_left_alone():
    # "Berg Holdings" at the start is another mention already
    sd = _doc(["Berg", "Holdings", "hired", "Ana", "Berg", "."])
    p = _person(sd, (3, 5))
    ctx = _ctx(sd, persons=[p], taken=[0, 1])
    recover_surnames(ctx)
    assert _added(p, 1) == []


def test_the_surname_after_a_capitalised_word_that_is_no_name():
    # "Then Berg left": "Then" is title-case at the sentence's start, but an adverb
    words = ["Ana", "Berg", "came", ".", "Then", "Berg", "left", "."]
    pos = ["PROPN", "PROPN", "VERB", "PUNCT", "ADV", "PROPN", "VERB", "PUNCT"]
    sd = _doc(words, pos)
    p = _person(sd, (0, 2))
    recover_surnames(_ctx(sd, persons=[p]))
    assert _added(p, 1) == [(5, 6, "Berg", "PERSON", "body")]


def test_the_surname_as_the_texts_first_word_whatever_its_last_word_is():
    # k == 0: the word "before" it is no word (not the text's last, "Berg", a title-case proper noun)
    sd = _doc(["Berg", "thanked", "Ana", "Berg"], ["PROPN", "VERB", "PROPN", "PROPN"])
    p = _person(sd, (2, 4))
    recover_surnames(_ctx(sd, persons=[p]))
    assert _added(p, 1) == [(0, 1, "Berg", "PERSON", "body")]


def test_a_surname_after_another_name_word_is_part_of_another_name():
    # "Lord Berg spoke", "the Lord Berg came": a title-case proper noun before it makes it someone else's
    # name, whatever comes two words before or after
    words = ["Lord", "Berg", "spoke", "to", "Ana", "Berg", ".", "the", "Lord", "Berg", "came", "."]
    pos = ["PROPN", "PROPN", "VERB", "ADP", "PROPN", "PROPN", "PUNCT", "DET", "PROPN", "PROPN", "VERB", "PUNCT"]
    sd = _doc(words, pos)
    p = _person(sd, (4, 6))
    recover_surnames(_ctx(sd, persons=[p]))
    assert _added(p, 1) == []


def test_an_unclosed_bracket_ending_the_text_is_read_without_error():
    # "... the Liberation Army ( ELN": the text ends before any closing bracket
    sd = _doc(["ELN", "left", ".", "the", "Liberation", "Army", "(", "ELN"])
    c = ActorCluster(type="ORG", mentions=[_mention(sd, 4, 6, "ORG")])
    ctx = _ctx(sd, [c])
    recover_short_names(ctx)
    assert _added(c, 1) == []


def test_a_one_word_name_gives_no_surname():
    # "Then Berg came . Berg left": a name of one word may be a first name or a nickname
    words = ["Then", "Berg", "came", ".", "Berg", "left", "."]
    sd = _doc(words, ["ADV", "PROPN", "VERB", "PUNCT", "PROPN", "VERB", "PUNCT"])
    p = _person(sd, (1, 2))
    recover_surnames(_ctx(sd, persons=[p]))
    assert _added(p, 1) == []


# ---------------------------------------------------------------- places name_matches


def _matches(words, pos, blocked=(), heads=None, deps=None):
    """name_matches on a hand-built parse: one sentence, `blocked` as (first token, token after, label)."""
    from newsgraph.places import name_matches
    from newsgraph.places.spans import SpanIndex

    kw = dict(heads=heads, deps=deps) if deps else dict(sent_starts=[True] + [False] * (len(words) - 1))
    d = Doc(VOCAB, words=words, pos=pos, **kw)
    spans = [(d[i].idx, d[j - 1].idx + len(d[j - 1]), lab) for i, j, lab in blocked]
    return [(d.text[a:b], label) for a, b, label in name_matches(d, d.text, _gazetteer(), SpanIndex(spans))]


def _gazetteer():
    from newsgraph import places

    return places.gazetteer()


PN = "PROPN"


def test_a_place_name_ending_the_text():
    # the run of capitals and the names tried stop at the text's end
    assert _matches(["in", "Paris"], ["ADP", PN]) == [("Paris", "MATCH")]
    assert _matches(["in", "New", "York"], ["ADP", PN, PN]) == [("New York", "MATCH")]


def test_a_long_name_after_the_fifth_word_is_read_whole():
    words = ["They", "said", "it", "was", "in", "New", "York", "."]
    assert _matches(words, ["PRON", "VERB", "PRON", "AUX", "ADP", PN, PN, "PUNCT"]) == [("New York", "MATCH")]


def test_connectors_join_a_name_and_its_first_word_may_be_tagged_a_noun():
    assert _matches(["the", "Isle", "of", "Man", "voted"], ["DET", PN, "ADP", PN, "VERB"]) == [("Isle of Man", "MATCH")]
    assert _matches(["the", "Isle", "of", "Man", "voted"], ["DET", "NOUN", "ADP", PN, "VERB"]) \
        == [("Isle of Man", "MATCH")]


def test_a_name_is_at_most_five_words():
    # "Principality of the Valleys of Andorra" is one of the gazetteer's names, six words long: too long a
    # run to be read whole, so only its last word is found
    words = ["Principality", "of", "the", "Valleys", "of", "Andorra", "voted"]
    assert _matches(words, [PN, "ADP", "DET", PN, "ADP", PN, "VERB"]) == [("Andorra", "MATCH")]


def test_a_name_starts_only_at_a_capitalised_noun_adjective_or_proper_noun_of_two_letters_or_more():
    # "New" tagged a verb starts nothing, and "York" after a capital is the tail of a longer name
    assert _matches(["in", "New", "York"], ["ADP", "VERB", PN]) == []
    # a lower-case word starts nothing either, even before a capital
    assert _matches(["the", "new", "York", "."], ["DET", "ADJ", PN, "PUNCT"]) == [("York", "MATCH")]
    # two letters are enough
    assert _matches(["the", "UK", "voted"], ["DET", PN, "VERB"]) == [("UK", "MATCH")]


def test_the_word_after_a_demonym_or_an_unknown_capital_is_read():
    assert _matches(["Syrian", "Aleppo", "fell"], ["ADJ", PN, "VERB"]) == [("Syrian", "DEMONYM"), ("Aleppo", "MATCH")]
    assert _matches(["Officials", "Paris", "met"], [PN, PN, "VERB"]) == [("Paris", "MATCH")]


def test_a_generic_word_alone_is_no_place_and_a_plausible_one_is_needed():
    assert _matches(["in", "March", "."], ["ADP", PN, "PUNCT"]) == []  # March, a town: but a month here
    # a small town with nothing saying it is a place ...
    assert _matches(["Cottonport", "officials", "said"], [PN, "NOUN", "VERB"]) == []
    # ... and with it
    assert _matches(["in", "Cottonport", "."], ["ADP", PN, "PUNCT"]) == [("Cottonport", "MATCH")]


def test_a_title_case_headline_lets_a_town_follow_a_capital():
    assert _matches(["Storms", "Batter", "Rochester", "Homes", "Again"], [PN] * 5) == [("Rochester", "MATCH")]


def test_a_town_the_ner_took_for_an_organisation_before_a_common_noun_is_a_place():
    words, pos = ["The", "Rochester", "man", "left", "."], ["DET", PN, "NOUN", "VERB", "PUNCT"]
    heads, deps = [2, 2, 3, 3, 3], ["det", "compound", "nsubj", "ROOT", "punct"]
    assert _matches(words, pos, [(1, 2, "ORG")], heads, deps) == [("Rochester", "MATCH")]
    # not at the text's end (a parse cut off after a compound: nothing follows to be the common noun), nor
    # inside a person's name before a common noun
    assert _matches(["Fans", "cheered", "Rochester"], ["NOUN", "VERB", PN], [(2, 3, "ORG")],
                    [1, 1, 1], ["nsubj", "ROOT", "compound"]) == []
    assert _matches(["Tom", "Rochester", "fans", "cheered"], [PN, PN, "NOUN", "VERB"], [(0, 2, "PERSON")],
                    [1, 2, 3, 3], ["compound", "compound", "nsubj", "ROOT"]) == []
