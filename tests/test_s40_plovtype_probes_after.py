"""Session 40 (s40-plovtype): second probe set, written after the fix (an object shifted after the verb's
own adjunct: coder.shifted_object) and committed before its first run. Own sentences; labels from the PLOVER
manual (CONCEDE "removing curfews", "easing of ... restrictions", "Formal pardons"; RETREAT "release of
prisoners"; COERCE "Impose curfew", "Arrest, detain", "Expel or deport individuals"; SANCTION `expel`
"expulsion of ambassadors or similar diplomats", `discontinue`). The first group shifts the object after a
phrase of measure or time; the second is the same acts in the ordinary order; the third is reported clauses
after a phrase of time ("said on Tuesday the rebels killed ..."), which must not read the clause's subject
as an object."""

import pytest

from eventsutil import top_type, type_probe_params

PROBES = [
    # the object shifted after the verb's adjunct
    ("The military council on Sunday lifted for the first time in a month the curfew imposed on the capital after the riots began.", "CONCEDE", "shifted"),
    ("Authorities in Yerevan eased by two hours the night curfew ordered after the clashes spread.", "CONCEDE", "shifted"),
    ("The governor reduced by half the curfew imposed on the port city after gangs looted shops.", "CONCEDE", "shifted"),
    ("Police in Kinshasa extended by a week the curfew imposed after protesters burned a bank.", "COERCE", "shifted"),
    ("The army on Friday extended until March the state of emergency declared after the rebels attacked Goma.", "COERCE", "shifted"),
    ("The president relaxed on Monday the restrictions placed on opposition parties after the coup plotters were arrested.", "CONCEDE", "shifted"),
    ("The interior ministry lifted after three weeks the ban imposed on the newspaper when it criticised the army.", "CONCEDE", "shifted"),
    ("Kenya freed on Tuesday the 14 fishermen detained in March after their boat strayed into its waters.", "RETREAT", "shifted"),
    ("Uganda released after two years the opposition activists arrested when the election results were announced.", "RETREAT", "shifted"),
    ("Sudan expelled on Sunday the three diplomats accused of spying after the embassy was raided.", "SANCTION", "shifted"),
    ("Tajikistan deported last week the Afghan refugees who had crossed the border after the Taliban took Kunduz.", "COERCE", "shifted"),
    ("Ethiopia pardoned on Monday the journalists jailed after the paper published the report.", "CONCEDE", "shifted"),
    ("Mali's army arrested on Sunday the officers suspected of plotting after the coup attempt failed.", "COERCE", "shifted"),
    ("The European Union suspended on Monday the aid promised to Niger before the generals seized power.", "SANCTION", "shifted"),
    ("The army shortened by an hour the curfew that soldiers enforce in the northern towns.", "CONCEDE", "shifted"),
    ("Peru lifted on Friday the state of emergency that the previous government declared in the mining region.", "CONCEDE", "shifted"),
    # the same acts in the ordinary order
    ("The military council lifted the curfew imposed on the capital after the riots.", "CONCEDE", "ordinary"),
    ("Police in Kinshasa extended the curfew imposed after protesters burned a bank.", "COERCE", "ordinary"),
    ("Sudan expelled the three diplomats accused of spying.", "SANCTION", "ordinary"),
    ("Ethiopia pardoned the journalists jailed after the paper published the report.", "CONCEDE", "ordinary"),
    ("The European Union suspended the aid promised to Niger.", "SANCTION", "ordinary"),
    ("The junta imposed on Monday a curfew on the capital.", "COERCE", "ordinary"),
    ("Kenya freed the 14 fishermen detained in March.", "RETREAT", "ordinary"),
    ("The governor reduced the curfew imposed on the port city.", "CONCEDE", "ordinary"),
    # reported clauses after a phrase of time: the clause's subject is no object
    ("Police said on Tuesday the rebels killed 17 villagers.", "ASSAULT", "reported"),
    ("Officials said last week the troops withdrew from the town.", "RETREAT", "reported"),
    ("The general insisted on Friday the army arrested the suspects.", "COERCE", "reported"),
    ("Witnesses told reporters on Sunday soldiers beat the prisoners.", "ASSAULT", "reported"),
    ("The spokesman confirmed on Monday the government lifted the curfew.", "CONCEDE", "reported"),
    ("Ghana's police chief warned on Thursday the protesters would be arrested.", "THREATEN", "reported"),
    ("A rebel spokesman claimed on Saturday the militia released the hostages seized in the raid.", "RETREAT", "reported"),
]

# Missed on the base and on our final tree (docs/accuracy.md, Session 40, s40-plovtype, says why): kept as
# strict expected failures, so that a change that codes one of them shows.
KNOWN_MISSES = frozenset({
    'The army on Friday extended until March the state of emergency declared after the rebels attacked Goma.',
    'Kenya freed on Tuesday the 14 fishermen detained in March after their boat strayed into its waters.',
    'The European Union suspended on Monday the aid promised to Niger before the generals seized power.',
    'Kenya freed the 14 fishermen detained in March.',
    'The general insisted on Friday the army arrested the suspects.',
    "Ghana's police chief warned on Thursday the protesters would be arrested.",
})


@pytest.mark.parametrize("text, type_, group", type_probe_params(PROBES, KNOWN_MISSES, "missed on the base too"))
def test_probe_type(pipeline, text, type_, group):
    assert top_type(pipeline, text) == type_
