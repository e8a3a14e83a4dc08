"""Actor countries from the words around a name (session 16): a title fronted before a comma belongs
to the name only when it is the name's own ("As prime minister, Blair ..."), and a country's name the
NER calls an organisation still tells which country the story is about."""

from eventsutil import actor_codes


def _codes(pipeline, text, published="2005-03-01"):
    return actor_codes(pipeline, text, published)


def test_a_title_in_another_verbs_as_phrase_is_not_the_name_after_it(pipeline):
    codes = _codes(pipeline, "George W Bush will take a softer line as he begins his second term as US President, "
                             "Tony Blair has said.")
    assert codes["Tony Blair"] == "GBRGOV"  # was USAGOV: "US President" read as his title


def test_a_title_in_a_with_phrase_is_someone_elses(pipeline):
    codes = _codes(pipeline, "After talks with the French president, Angela Merkel said the plan was dead.")
    assert not codes["Angela Merkel"].startswith("FRA")
    assert codes["French president"] == "FRAGOV"


def test_a_fronted_as_title_of_the_names_own_verb_stays(pipeline):
    codes = _codes(pipeline, "As prime minister, Tony Blair promised to cut taxes.")
    assert codes["Tony Blair"] == "GBRGOV"


def test_country_named_as_an_organisation_counts_for_the_story(pipeline):
    # the NER reads "Morocco" as an organisation: still the story's country, so the ambassador is Morocco's
    doc = pipeline.extract("Morocco recalled its ambassador from Algeria.", published="2010-03-01")
    (ev,) = [e for e in doc.events if e.type == "SANCTION"]
    ents = {e.id: e for e in doc.entities}
    assert [ents[i].actor.code for i in ev.source] == ["MAR"]
    assert [ents[i].actor.country for i in ev.target] == ["DZA"]
    assert [e.actor.code for e in doc.entities if e.name == "ambassador"] == ["MARGOV"]


def test_their_on_a_reported_subject_is_the_speakers(pipeline):
    codes = _codes(pipeline, "Turkish officials said their forces had shelled Kurdish positions in Syria.", "2010-03-01")
    assert codes["forces"] == "TURMIL"  # was SYRMIL, the story's other country



def test_its_envoy_sent_is_the_senders(pipeline):
    codes = _codes(pipeline, "Uganda sent its envoy to South Sudan after South Sudan closed the border.", "2012-03-01")
    assert codes["envoy"] == "UGAGOV"  # was SSDGOV, the story's most named country


def test_its_envoy_sent_in_a_gerund_after_a_preposition_is_the_main_verbs_subjects(pipeline):
    # "by recalling": the gerund shares the subject of the verb its preposition hangs on ("accused X of
    # sending its troops" stays X's: test_its_in_a_gerund_after_accused_of_is_the_accused)
    codes = _codes(pipeline, "Uganda marked the day by recalling its ambassador from South Sudan, which "
                             "South Sudan had asked for.", "2012-03-01")
    assert codes["ambassador"] == "UGAGOV"  # was SSDGOV, the story's most named country


def test_a_lone_country_name_read_as_a_person_is_the_storys_country(pipeline):
    codes = _codes(pipeline, "Jordan said its army had shot down a drone near the Syrian border.", "2012-03-01")
    assert codes["army"] == "JORMIL"  # was SYRMIL
    codes = _codes(pipeline, "Mali said its army had killed 30 militants.", "2012-03-01")
    assert codes["army"] == "MLIMIL" and codes["militants"] == "MLIUAF"  # had no country


def test_its_in_a_gerund_after_accused_of_is_the_accused(pipeline):
    codes = _codes(pipeline, "Ethiopia accused Eritrea of sending its troops across the border.", "2012-03-01")
    assert codes["troops"] == "ERIMIL"  # was ETHMIL, the accuser's
    codes = _codes(pipeline, "Kenya blamed Somalia for withdrawing its forces from the border town.", "2012-03-01")
    assert codes["forces"] == "SOMMIL"  # was KENMIL
