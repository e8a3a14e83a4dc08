"""Session 48 (s48-sides): a title whose modifiers the NER-bound reader stops at an organisation our name tables
found ("Ex-Labour MP X") is that body's officer, and an "ex-"/"former" before the body's name makes the title a
former one, as "former Labour MP X" already reads."""

from eventsutil import actor_codes


def _codes(pipeline, text, published="2005-03-01"):
    return actor_codes(pipeline, text, published)


def test_ex_party_title_takes_the_partys_country_not_the_sentences_place(pipeline):
    codes = _codes(pipeline, "Ex-Labour minister Jack Rowntree criticised the invasion of Iraq.")
    assert codes["Jack Rowntree"] == "GBRELI"  # was IRQGOV: the only country of the sentence, the party unseen


def test_ex_party_title_reads_as_former_party_title(pipeline):
    ex = _codes(pipeline, "Ex-Labour minister Jack Rowntree criticised the invasion of Iraq.")
    former = _codes(pipeline, "Former Labour minister Jack Rowntree criticised the invasion of Iraq.")
    assert ex["Jack Rowntree"] == former["Jack Rowntree"]


def test_party_title_without_ex_stays_a_sitting_member(pipeline):
    codes = _codes(pipeline, "Labour minister Jack Rowntree criticised the invasion of Iraq.")
    assert codes["Jack Rowntree"] == "GBRGOV"


def test_an_unknown_body_before_the_title_leaves_the_storys_country(pipeline):
    # a magazine no table or knowledge base knows names no country: its president keeps the story's, as before
    codes = _codes(pipeline, "In New York, Zephyr magazine president Carl Mott said the shooting in Chicago "
                             "had shocked the American music industry.")
    assert codes["Carl Mott"].startswith("USA")
