"""Write gold/probe_countries_13.jsonl (run from the repository root): session 33 s33-triple, who is the actor and
who the recipient when an event is reciprocal, hosted, reported or passive; labelled before its first run and
scored by scripts/probe_countries.py (the evaluator's own triple matching, which pools a predicted event's source
and target as actors when the gold codes all parties as actors and no recipient).

The rules, from the sources:
- RECIP: the PLOVER manual, "Compound and Reciprocal Actors": a meeting that CAMEO coded both ways (042/043) is one
  PLOVER event in which "all of the entities are considered as the actor and no recipient is included"; CONSULT:
  "In CONSULT events where there is no clear distinction between whether an entity is hosting or visiting, all
  participants are coded in the actor field"; ASSAULT: "In ASSAULT events where the violence is two-sided, all
  participants are coded in the actor field". The GSR writes such records with every party as source and no
  target (its readme: "SRC/TAR: Reciprocal source/target in the CAMEO system"; a signing is SUPPORT, CAMEO 057).
- HOST: the manual's CONSULT: "In events where one side is hosting and one is visiting, the visitor will always be
  coded as the actor and the host will be the recipient" (so a sentence whose subject is the host is coded with
  its object, the visitor, as actor).
- REPORTED: an event told through someone's statement ("X said Y attacked Z", "according to X") is Y's act on Z
  (the GSR codes "..., police said" records as the reported act; PLOVER has no category for making a statement).
- PASSIVE: the by-phrase of a passive names the actor, the subject the recipient.
- NEAR: near misses of RECIP: a one-way act between two parties, and a compound actor with a recipient of its own
  (the manual's "The United States and France accused Russia": actor list, recipient RUS).
Countries of places follow the manual's "Country Names" (a city stands for its country)."""
from probe_build import ProbeSet, ev  # (scripts/ is this script's own directory on sys.path)

probes = ProbeSet("p13")
add = probes.add

add("recip", "Kenya and Tanzania signed a border treaty on Tuesday.", ev("SUPPORT", ["KEN", "TZA"]))
add("recip", "Japan and Australia signed a defence pact.", ev("SUPPORT", ["JPN", "AUS"]))
add("recip", "The presidents of Chile and Peru held talks on Friday.", ev("CONSULT", ["CHL", "PER"]))
add("recip", "India's foreign minister met his Chinese counterpart on Monday.", ev("CONSULT", ["IND", "CHN"]))
add("recip", "Egypt held talks with Sudan over the dam.", ev("CONSULT", ["EGY", "SDN"]))
add("recip", "The Polish president spoke by telephone with the Ukrainian president.", ev("CONSULT", ["POL", "UKR"]))
add("recip", "Negotiators from Colombia and Venezuela met in Havana.", ev("CONSULT", ["COL", "VEN"]))
add("recip", "Vietnam and the Philippines agreed to hold joint naval patrols.", ev("AGREE", ["VNM", "PHL"]))
add("recip", "Greek and Turkish troops clashed near the border.", ev("ASSAULT", ["GRC", "TUR"]))
add("recip", "Armenian forces clashed with Azerbaijani troops overnight.", ev("ASSAULT", ["ARM", "AZE"]))

add("host", "Ghana hosted the Nigerian president on Thursday.", ev("CONSULT", ["NGA"], ["GHA"]))
add("host", "The Moroccan king received Spain's prime minister in Rabat.", ev("CONSULT", ["ESP"], ["MAR"]))
add("host", "Hungary's prime minister was received by the Serbian president in Belgrade.",
    ev("CONSULT", ["HUN"], ["SRB"]))
add("host", "Qatar's emir hosted a delegation from Iran.", ev("CONSULT", ["IRN"], ["QAT"]))

add("reported", "Syria said Israeli jets struck a base near Damascus.", ev("ASSAULT", ["ISR"], ["SYR"]))
add("reported", "Ukraine's military said Russian forces shelled Kharkiv overnight.", ev("ASSAULT", ["RUS"], ["UKR"]))
add("reported", "According to Pakistan, Indian troops fired on Pakistani border posts.",
    ev("ASSAULT", ["IND"], ["PAK"]))
add("reported", "Somalia's government said Kenyan troops had withdrawn from Mogadishu.",
    ev("RETREAT", ["KEN"], ["SOM"]))
add("reported", "Iraqi officials said Turkish warplanes bombed Erbil.", ev("ASSAULT", ["TUR"], ["IRQ"]))

add("passive", "Saudi oil facilities were attacked by Yemeni rebels.", ev("ASSAULT", ["YEM"], ["SAU"]))
add("passive", "Two Indian soldiers were killed by Pakistani troops.", ev("ASSAULT", ["PAK"], ["IND"]))
add("passive", "A Russian tanker was seized by Ukrainian forces.", ev("COERCE", ["UKR"], ["RUS"]))
add("passive", "The Venezuelan ambassador was expelled by Panama.", ev("SANCTION", ["PAN"], ["VEN"]))

add("near", "Kenya accused Tanzania of closing the border.", ev("ACCUSE", ["KEN"], ["TZA"]))
add("near", "Chile and Peru accused Bolivia of smuggling.", ev("ACCUSE", ["CHL", "PER"], ["BOL"]))
add("near", "Greek troops fired on Turkish soldiers.", ev("ASSAULT", ["GRC"], ["TUR"]))

probes.write("gold/probe_countries_13.jsonl")
