"""Session 42 (s42-petr): a CAMEO.2.0 pattern of a verb's own words that codes a 01x statement ("rejected the
accusations" REJECT `* ACCUSATIONS` [016], "declined to comment" DECLINE `* COMMENT` [011]) wins over our
lexicon's typed sense of the bare verb, between the actors of the user's actor dictionaries only (PETRARCH2's
reading; statements have no PLOVER type, so ordinary news keeps our sense). Own sentences and dictionaries,
in other words than gold/petrarch_records_42.xml; docs/accuracy.md "Session 42, s42-petr" gives the counts."""

from newsgraph.evaluate.events import pipeline_options
from petrarch_util import agent_lines, codings, country_actors, write_dictionaries

ACTORS = country_actors({"TAMBRIA": "TMB", "VOLKARA": "VLK"})
AGENTS = agent_lines("MINISTER", "GOVERNMENT", "SPOKESMAN")

CASES = {
    # the statement pattern of the verb's words, target the actor its phrase names
    "The Tambrian government rejected accusations from Volkara on Friday.": {("TMBGOV", "VLK", "016")},
    "Volkara denied the allegations made by Tambria.": {("VLK", "TMB", "016")},
    # the pattern spells the verb's complement; the target is named in the complement's phrases
    "A Volkaran spokesman declined to comment on the claims by Tambria.": {("VLKGOV", "TMB", "011")},
    # the verb's bare block code (ACKNOWLEDGE [015]) is no pattern of its words; a verb CAMEO.2.0 lacks codes nothing
    "Tambria acknowledged responsibility for the downing of a Volkaran airliner.": set(),
    "Tambria outmanoeuvred Volkara.": set(),
    # no statement pattern of the verb's words: our lexicon's sense (with CAMEO.2.0's detail) as before
    "Tambria rejected a proposal from Volkara for joint patrols.": {("TMB", "VLK", "1212")},
}


def test_statement_patterns_between_the_users_actors(tmp_path):
    opts = pipeline_options(None, **write_dictionaries(tmp_path, actors=ACTORS, agents=AGENTS))
    got = codings(list(CASES), opts)
    assert dict(zip(CASES, got)) == CASES


def test_no_statement_without_the_users_actors():
    """Outside a PETRARCH user's workflow (no actor dictionary) the rejection stays our REJECT: a 01x
    statement has no PLOVER type and would flood ordinary news."""
    (got,) = codings(["Russia rejected accusations from Ukraine on Friday."], pipeline_options(None))
    assert {c for s, t, c in got} == {"120"}


PHRASE_CASES = {
    # an event noun under its light verb: the target is the first actor the verb's phrases name
    "A Tambrian court opened an inquiry into abuses by Volkaran soldiers.": {("TMBJUD", "VLKMIL", "090")},
    # a verb of ours with no object actor: the actor named inside its phrase
    "Tambria placed its navy on alert along its border with Volkara.": {("TMB", "VLK", "152")},
    # a place inside a cooperative act's phrase names where it happens, not whom it is with
    "The Tambrian minister held talks on trade in Volkara.": set(),
    # a name after a preposition of place says where, not whom (as "launched an offensive in X" is read)
    "Tambria placed its navy on alert near the coast of Volkara.": set(),
}
PHRASE_AGENTS = AGENTS + "COURT [~JUD]\nSOLDIER [~MIL]\nNAVY {NAVIES} [~MIL]\n"


def test_a_target_in_the_verbs_phrases_between_the_users_actors(tmp_path):
    opts = pipeline_options(None, **write_dictionaries(tmp_path, actors=ACTORS, agents=PHRASE_AGENTS))
    got = codings(list(PHRASE_CASES), opts)
    assert dict(zip(PHRASE_CASES, got)) == PHRASE_CASES


def test_no_phrase_target_without_the_users_actors():
    """Ordinary news keeps our argument rules (whatever they miss): the rule is PETRARCH's reading for a
    PETRARCH user's actors, not a change to the built-in coding that the PLOVER and codebook figures measure."""
    (got,) = codings(["A French court opened an inquiry into abuses by Russian soldiers."],
                     pipeline_options(None))
    assert not any(t for s, t, c in got if t.startswith("RUS"))


def test_coordinated_doers_take_no_phrase_target(tmp_path):
    """Coordinated doers of a meeting with no object meet each other (CAMEO 044 at a third place), whatever
    country the verb's phrase names: the phrase target is a single doer's."""
    opts = pipeline_options(None, **write_dictionaries(tmp_path, actors=ACTORS + "ORVANIA_ [ORV]\n", agents=AGENTS))
    (got,) = codings(["Tambrian and Volkaran ministers met in Orvania on Monday."], opts)
    assert got == {("TMBGOV", "VLKGOV", "044"), ("VLKGOV", "TMBGOV", "044")}



def test_a_verb_of_saying_with_an_object_and_no_clause_is_read_by_its_own_words(tmp_path):
    """DECLARE `* EMERGENCY` [012]: a verb of saying's own words are the statement, as PETRARCH2 reads them (the
    lead, session 42: a first guard refused every verb of saying, which left this uncoded); the words of a clause
    of what was said are not the verb's own, so no pattern of the verb matches them."""
    opts = pipeline_options(None, **write_dictionaries(tmp_path, actors=ACTORS, agents=AGENTS))
    cases = {"Tambria declared an emergency over the Volkaran troops.": {("TMB", "VLK", "012")},
             "Tambria said it expects Volkara to withdraw its troops.": set()}
    assert dict(zip(cases, codings(list(cases), opts))) == cases
