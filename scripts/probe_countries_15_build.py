"""Write gold/probe_countries_15.jsonl (run from the repository root): session 34 s34-triple's second probe set,
written after the fixes of set 14 and before its own first run, to tell whether they generalise: new wordings of
the same two families (and near misses the fixes must leave alone). The rules are set 14's
(scripts/probe_countries_14_build.py): every coordinated party is a party, also inside a modifier, after an
aside, or behind a repeated preposition; an organisation nothing codes is the country of the province, region or
city its name starts with. A near miss: a new clause after "and, <aside>," is no list item.
"""
from probe_build import ProbeSet, ev  # (scripts/ is this script's own directory on sys.path)

probes = ProbeSet("p15")
add = probes.add

add("coord2", "Observers from Ghana and Burkina Faso condemned the coup in Niger.",
    ev("ACCUSE", ["GHA", "BFA"], ["NER"]))
add("coord2", "Mediators from Norway and Switzerland held talks with the rebels in Oslo.",
    ev("CONSULT", ["NOR", "CHE"]))
add("coord2", "Coast guards of Greece and Italy rescued migrants off Crete.",
    ev("AID", ["GRC", "ITA"]))
add("coord2", "Turkey denounced Sweden and, a day later, Denmark over the Koran burnings.",
    ev("ACCUSE", ["TUR"], ["SWE", "DNK"]))
add("coord2", "Australia expelled diplomats from Iran and, after a separate inquiry, Russia.",
    ev("SANCTION", ["AUS"], ["IRN", "RUS"]))
add("coord2", "The World Bank approved loans for Kenya, Uganda and, under stricter terms, Zambia.",
    ev("AID", ["IGO"], ["KEN", "UGA", "ZMB"]))
add("coord2", "Japan sent emergency aid to Nepal and to Bangladesh after the floods.",
    ev("AID", ["JPN"], ["NPL", "BGD"]))
add("coord2", "China lodged protests with Japan and with the Philippines over the patrols.",
    ev("ACCUSE", ["CHN"], ["JPN", "PHL"]))
add("coord2near", "Russia bombed Kharkiv and, in a separate attack, Ukrainian drones struck a refinery in Ryazan.",
    ev("ASSAULT", ["RUS"], ["UKR"]), ev("ASSAULT", ["UKR"], ["RUS"]))
add("coord2near", "Officials from Mexico met American envoys in Washington.", ev("CONSULT", ["MEX", "USA"]))

add("orgname2", "Gunmen of the Kashmir Freedom Brigade attacked an Indian army camp.", ev("ASSAULT", ["IND"], ["IND"]))
add("orgname2", "The Kandahar Elders Council urged the Afghan authorities to reopen girls' schools.",
    ev("REQUEST", ["AFG"], ["AFG"]))
add("orgname2", "The Benghazi Defence Brigades clashed with forces loyal to Libya's eastern government.",
    ev("ASSAULT", ["LBY", "LBY"]))
add("orgname2", "The Aleppo Merchants Union criticised the Syrian government's new tariffs.",
    ev("ACCUSE", ["SYR"], ["SYR"]))
add("orgname2", "The Mindanao Peace Movement welcomed the Philippine government's amnesty.",
    ev("SUPPORT", ["PHL"], ["PHL"]))
add("orgname2", "Fighters of the Zanzibar Liberation Army attacked a Tanzanian police station.",
    ev("ASSAULT", ["TZA"], ["TZA"]))
add("orgname2", "The Lagos Traders Association accused Nigerian customs officers of extortion.",
    ev("ACCUSE", ["NGA"], ["NGA"]))
add("orgname2", "The Quetta Shura rejected Pakistan's call for talks.", ev("REJECT", ["PAK"], ["PAK"]))

probes.write("gold/probe_countries_15.jsonl")
