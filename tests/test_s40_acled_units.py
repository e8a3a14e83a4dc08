"""Session 40 (s40-acled): `acled._figurative_taking` on events built by hand (sentences written for these tests; none
is in any gold file): "seize on/upon" (to make use of) and a taken share, rank or prize are no ACLED event."""

from test_events_acled_notes import ev, sub

from newsgraph.events import acled


def test_seize_on_is_making_use_of_something():
    for s, trig in (("The senator seized on the remark.", "seized"), ("Critics seized upon the memo.", "seized"),
                    ("Rivals are seizing on his words.", "seizing"), ("They captured on film a rare bird.", "captured"),
                    ("She grabbed on to the idea.", "grabbed")):
        assert acled._figurative_taking(ev("COERCE", "seize", trig, s)), s
        assert sub(ev("COERCE", "seize", trig, s)) is None, s
    # "on" opening a date or a place is when or where a real seizure happened
    for s in ("Rebels seized on Tuesday the border crossing.", "Rebels seized on 3 May the border crossing.",
              "Rebels seized on the outskirts of the city a police post.", "Troops seized on the border a truck.",
              "Rebels seized on March 3 the town.", "Rebels seized on the morning of the vote the town.",
              "The traders the bandits had seized on the highway were freed.", "The men they seized on a "
              "busy street were freed.", "Goods seized on the spot were burned.", "He was seized on his farm."):
        assert not acled._figurative_taking(ev("COERCE", "seize", "seized", s)), s


def test_a_share_rank_or_prize_taken_is_no_taking():
    for s in ("The mayor captured 58 percent of the vote.", "He captured 12 per cent.", "She captured 40% in the poll.",
              "The party captured a majority.", "Rubio captured the nomination.", "The film captured the attention "
              "of critics.", "The firm seized the top spot.", "The team seized the initiative.",
              "They seized the momentum.", "He captured the hearts of voters.", "She captured the votes of many.",
              "It grabbed the headlines.", "He snatched victory from defeat.", "They seized a 10-point lead.",
              "He captured the crown.", "She captured the mood of the country.", "They seized the opportunity.",
              "It captured the imagination of a generation.", "He captured the support of unions."):
        trig = next(w for w in s.split() if acled.TAKING_WORD.match(w))
        assert acled._figurative_taking(ev("COERCE", "seize", trig, s)), s
    # ground, goods, arms and people taken are taken
    for s, trig in (("Rebels seized the town of Kalemie.", "seized"), ("Gunmen seized three engineers.", "seized"),
                    ("Soldiers captured a rebel commander.", "captured"),
                    ("Troops seized a large cache of rifles and grenades in the forest.", "seized"),
                    ("The army captured the hill after a day of fighting.", "captured")):
        assert not acled._figurative_taking(ev("COERCE", "seize", trig, s)), s
    # a word other than a taking, followed by a prize, is not read
    assert not acled._figurative_taking(ev("ASSAULT", None, "attacked", "Gunmen attacked the top spot."))
    # no trigger or evidence: nothing to read
    e = ev("COERCE", "seize", "seized", "The senator seized on the remark.")
    e.trigger = None
    assert not acled._figurative_taking(e)

