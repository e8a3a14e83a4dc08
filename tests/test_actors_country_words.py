"""Session 17 (s17-plover): a country's adjective of two or three words the NER cuts or splits
("Equatorial Guinean" with only "Guinean" tagged) names that country, not the one its last word names."""

import pytest


@pytest.fixture(scope="module")
def codes(pipeline):
    def run(text):
        doc = pipeline.extract(text, name="t", published="2005-01-01")
        return {e.name: e.actor.code for e in doc.entities if e.actor is not None}
    return run


def test_a_two_word_adjective_is_not_its_last_word(codes):
    got = codes("Equatorial Guinean police arrested two opposition activists on Monday.")
    assert got["Equatorial Guinean police"] == "GNQCOP"
    assert got["two opposition activists"] == "GNQOPP"  # the story's country too, not Guinea


def test_an_adjective_the_ner_split_in_two(codes):
    assert codes("Sierra Leonean police arrested two opposition activists.")["Sierra Leonean police"] == "SLECOP"
    assert codes("Guinea Bissauan soldiers attacked the rebel camp.")["Guinea Bissauan soldiers"] == "GNBMIL"


def test_three_words_and_ordinary_two_word_adjectives(codes):
    assert codes("Papua New Guinean officials criticised Australia.")["Papua New Guinean officials"] == "PNGGOV"
    assert codes("North Korean troops fired on the border guards.")["North Korean troops"] == "PRKMIL"
    # a capitalised word before a one-word adjective that makes no country leaves it alone
    assert codes("Radical Guinean students protested in Conakry.")["Radical Guinean students"][:3] == "GIN"


def test_an_uncoded_organisation_or_site_is_the_country_it_is_in(codes):
    got = codes("The agency sent inspectors to the Karak Water Facility in central Jordan.")
    assert got["Karak Water Facility"] == "JOR"
    # the parser hangs "in southern Morocco" on the verb past the bracketed short name: still the works'
    got = codes("The agency has dispatched inspectors to the Tarfaya Chemical Works (TCW) in southern Morocco "
                "to monitor the plant.")
    assert got["Tarfaya Chemical Works"] == "MAR"


def test_a_coded_organisation_keeps_its_own_code_where_it_is(codes):
    got = codes("The United Nations Children's Fund in Nepal criticised the Maoist rebels.")
    assert got["United Nations Children's Fund"][:3] == "IGO"


def test_a_region_code_does_not_replace_the_state_the_name_says(codes):
    # the Phoenix dictionary codes these MEAREB (the Middle East): their names say which state
    got = codes("Arab League officials urged the European Union to support the Palestinian Liberation Organization.")
    assert got["Palestinian Liberation Organization"] == "PSEREB"
    got = codes("The Jordanian National Liberation Movement accused the government of torture.")
    assert got["Jordanian National Liberation Movement"] == "JORREB"
    # a name that says no state keeps the dictionary's region
    got = codes("The Popular Front for the Liberation of Palestine rejected the peace plan.")
    assert got["Popular Front for the Liberation of Palestine"] == "MEAREB"


def _country_words_by_scan(doc, k, t):
    """context.country_words as session 17 wrote it (every reading tried in turn, a Span per lookup):
    the reference the tests below hold the quicker one to."""
    for n in (2, 1):
        s = k - n
        if s >= 0 and all(doc[m].is_title and not doc[m].is_sent_start for m in range(s + 1, k + 1)) \
                and doc[s].is_title and doc[s].pos_ in ("PROPN", "ADJ"):
            iso = t.country_of(doc[s:k + 1].text)
            if iso:
                return s, iso
    return None


@pytest.mark.parametrize("text", [
    "Papua New Guinean officials met Sierra Leonean police and  Equatorial Guinean ministers.",
    "Guinean troops crossed. Sierra Leonean farmers fled. New Zealand said so.",
    "The Central African Republic and the Dominican Republic's United States envoy spoke.",
])
def test_country_words_reads_what_a_scan_of_every_reading_reads(pipeline, text):
    """Session 18 (s18-speed): country_words is asked at every modifier and mention, so it tests first
    what all its readings share and joins the words' text from the tokens; at every token it returns
    what trying each reading in turn returned (a sentence's first word, a double space, three words)."""
    from newsgraph.actors.context import country_words
    from newsgraph.actors.tables import tables

    doc = pipeline.nlp(text)
    t = tables()
    got = [country_words(doc, k, t) for k in range(len(doc))]
    assert got == [_country_words_by_scan(doc, k, t) for k in range(len(doc))]
    assert any(g is not None for g in got)
