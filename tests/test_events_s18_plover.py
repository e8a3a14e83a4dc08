"""Session 18 (s18-plover): two argument rules left by session 17 (docs/accuracy.md, s17c-events):
a recipient "its/their X" in a reported clause is the speaker's own (coder._possessing_speaker), and
a tensed clause the parser hung on the first as an adverbial clause with no subordinator, after
"and NP", is a coordinated clause whose subject is that NP (syntax.split_subject)."""

import pytest


@pytest.fixture(scope="module")
def coded(pipeline):
    def run(text):
        doc = pipeline.extract(text, name="t", published="2005-06-02")
        return [(e.type, e.trigger.text, [doc.entity(i).name for i in e.source],
                 [doc.entity(i).name for i in e.target]) for e in doc.events]
    return run


def test_a_possessed_passive_subject_of_a_report_is_the_speakers(coded):
    evs = coded("Kenya said its convoy was ambushed near the border.")
    assert [(t, tgt) for t, _, _, tgt in evs] == [("ASSAULT", ["Kenya"])], evs


def test_the_speaker_who_acts_is_not_also_the_recipient(coded):
    evs = coded("Kenya said it had withdrawn its troops from the border.")
    assert all("Kenya" not in tgt for _, _, _, tgt in evs), evs


def test_a_coordinated_clause_read_as_an_adverbial_one_keeps_its_subject(coded):
    evs = coded("Militants fired mortars at Mogadishu and the army bombed Kismayo.")
    bombed = [(src, tgt) for t, trig, src, tgt in evs if trig == "bombed"]
    assert bombed and bombed[0][0] == ["army"], evs
    fired = [tgt for t, trig, src, tgt in evs if trig.startswith("fired")]
    assert fired and "army" not in fired[0], evs
    evs = coded("Protesters blocked roads in Nairobi and police arrested dozens of students.")
    assert [src for t, trig, src, tgt in evs if trig == "arrested"] == [["police"]], evs


def test_a_clause_with_a_subordinator_is_left_alone(coded):
    evs = coded("Rebels fled the town when the army bombed Eldoret.")
    assert [src for t, trig, src, tgt in evs if trig == "bombed"] == [["army"]], evs
