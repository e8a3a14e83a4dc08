"""Write gold/probe_countries_11.jsonl (run from the repository root): session 32 s32-triple, a second probe set,
written after the four changes set 10 led to and labelled before its first run, in other wordings of the same
families and their near misses; scored by scripts/probe_countries.py. The rules are set 10's
(scripts/probe_countries_10_build.py): a purpose infinitive names the recipient of an act with none (PURPOSE; an
act naming its own recipient keeps it, PURPOSENEAR); what a decision, plan, effort or commitment of X's names is
not done (the reaction to it is the record, DECIDED); a regional construct in the of-phrase of the object is no
party and the manual codes no such event (REGION; a state there is, REGIONNEAR); an event noun with no named actor
that a reaction takes as its object is no record of its own (ACTORLESS; one whose actor is named is,
ACTORNEAR, a domestic detention coded within its country)."""
from probe_build import ProbeSet, ev  # (scripts/ is this script's own directory on sys.path)

probes = ProbeSet("p11")
add = probes.add

add("purpose", "The Philippines deployed warships to confront China.", ev("MOBILIZE", ["PHL"], ["CHN"]))
add("purpose", "Washington froze state assets to pressure Venezuela.", ev("SANCTION", ["USA"], ["VEN"]))
add("purpose", "Turkey closed its airspace to punish Israel.", ev("SANCTION", ["TUR"], ["ISR"]))
add("purpose", "Britain sent troops to protect Kuwait.", ev("AID", ["GBR"], ["KWT"]))
add("purpose", "Egypt cut gas exports to punish Jordan.", ev("SANCTION", ["EGY"], ["JOR"]))
add("purposenear", "Russia expelled Polish diplomats to punish Warsaw.", ev("SANCTION", ["RUS"], ["POL"]))

add("decided", "Tehran condemned the decision of Canada to list the Revolutionary Guards as a terrorist group.",
    ev("ACCUSE", ["IRN"], ["CAN"]))
add("decided", "Beijing praised the efforts of Pakistan to protect Chinese workers.", ev("SUPPORT", ["CHN"], ["PAK"]))
add("decided", "Kyiv welcomed the decision of Berlin to send more air defence systems.", ev("SUPPORT", ["UKR"], ["DEU"]))
add("decided", "Athens criticised the plan of Ankara to drill near Crete.", ev("ACCUSE", ["GRC"], ["TUR"]))
add("decided", "Ghana applauded the commitment of Nigeria to reopen the border.", ev("SUPPORT", ["GHA"], ["NGA"]))

add("region", "Syria dismissed the concerns of Arab governments.")
add("region", "Cuba rejected the criticism of Latin American countries.")
add("regionnear", "Belarus rejected the criticism of Lithuania.", ev("REJECT", ["BLR"], ["LTU"]))

add("actorless", "Poland condemned the shelling of Ukrainian cities.", ev("ACCUSE", ["POL"], ["UKR"]))
add("actorless", "Senegal condemned the detention of Gambia's opposition leader.", ev("ACCUSE", ["SEN"], ["GMB"]))
add("actorless", "Indonesia welcomed the lifting of Australia's travel ban.", ev("SUPPORT", ["IDN"], ["AUS"]))
add("actornear", "Senegal condemned Gambia's detention of the opposition leader.",
    ev("ACCUSE", ["SEN"], ["GMB"]), ev("COERCE", ["GMB"], ["GMB"]))

probes.write("gold/probe_countries_11.jsonl")
