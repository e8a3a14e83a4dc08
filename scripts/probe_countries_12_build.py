"""Write gold/probe_countries_12.jsonl (run from the repository root): session 32 s32-visit, a motion verb as a visit,
labelled before its first run; scored by scripts/probe_countries.py.

The rules, from the sources: the CAMEO codebook's 042 "Make a visit" is "travel to another location for a meeting or
other event ... all visits and travels should be coded under this category", its examples a minister who "visited
Russia" and a president who "arrived in Amman on a previously unannounced visit" (042 visitor -> host country, 043
reversed); PETRARCH2's CAMEO.2.0 verb dictionary codes GO/TRAVEL/JOURNEY/TOUR/DEPART (GO_SOMEWHERE) and ARRIVE as
040 consultations, with "(FOR VISIT)", "(ON VISIT)", "(FOR CONSULTATIONS)", "ON TRIP" as 042:043 and "(FOR TALKS)"
as 046, and FLY "(TO)" as 036; the PLOVER manual's CONSULT has a visit mode in which "the visitor will always be
coded as the actor and the host will be the recipient" (one record; the evaluator keeps the sentence's own
direction). So an official who flies, goes, travels, heads, journeys to or arrives in a foreign capital or country
makes a visit to that country (MOTION), also with a purpose ("for talks", "on a state visit", "to sign the accord":
PURPOSE; the destination is the host, not a mere venue). Not a visit (no record): a trip within the traveller's own
country (DOMESTIC: CAMEO codes interactions between actors, and the host is the traveller's own state), a trip to a
place that is no state (NONSTATE: no host to code), and the movement of people who are no officials (NONOFFICIAL:
tourists, students, fans, refugees and migrants fleeing: CAMEO 042 is a political actor's visit; the manual codes
events of political actors, and a migration is no consultation)."""
from probe_build import ProbeSet, ev  # (scripts/ is this script's own directory on sys.path)

probes = ProbeSet("p12")
add = probes.add

add("motion", "The French foreign minister flew to Beijing on Tuesday.", ev("CONSULT", ["FRA"], ["CHN"]))
add("motion", "Germany's chancellor went to Warsaw.", ev("CONSULT", ["DEU"], ["POL"]))
add("motion", "Britain's defence secretary travelled to Kyiv.", ev("CONSULT", ["GBR"], ["UKR"]))
add("motion", "The Indian prime minister arrived in Tokyo on Monday.", ev("CONSULT", ["IND"], ["JPN"]))
add("motion", "A Chinese envoy headed to Pyongyang.", ev("CONSULT", ["CHN"], ["PRK"]))
add("motion", "The Turkish president jetted to Doha.", ev("CONSULT", ["TUR"], ["QAT"]))
add("motion", "Spain's king journeyed to Morocco.", ev("CONSULT", ["ESP"], ["MAR"]))
add("motion", "Kenya's president flew into Addis Ababa.", ev("CONSULT", ["KEN"], ["ETH"]))
add("motion", "Brazil's foreign minister has travelled to Argentina.", ev("CONSULT", ["BRA"], ["ARG"]))
add("motion", "The Saudi crown prince flew to Washington.", ev("CONSULT", ["SAU"], ["USA"]))
add("motion", "Emmanuel Macron flew to Berlin.", ev("CONSULT", ["FRA"], ["DEU"]))
add("motion", "Recep Tayyip Erdogan went to Baghdad.", ev("CONSULT", ["TUR"], ["IRQ"]))

add("purpose", "Egypt's foreign minister flew to Riyadh for talks.", ev("CONSULT", ["EGY"], ["SAU"]))
add("purpose", "The Japanese prime minister went to Seoul for talks with the president.",
    ev("CONSULT", ["JPN"], ["KOR"]))
add("purpose", "The Italian president arrived in Paris on a state visit.", ev("CONSULT", ["ITA"], ["FRA"]))
add("purpose", "Canada's prime minister flew to Mexico City to sign the accord.", ev("CONSULT", ["CAN"], ["MEX"]))
add("purpose", "The Qatari emir travelled to Tehran for consultations.", ev("CONSULT", ["QAT"], ["IRN"]))
add("purpose", "Australia's foreign minister went to Jakarta on an official visit.", ev("CONSULT", ["AUS"], ["IDN"]))
add("purpose", "A Russian delegation flew to Ankara for negotiations.", ev("CONSULT", ["RUS"], ["TUR"]))
add("purpose", "Poland's president travelled to Vilnius to meet Lithuanian leaders.", ev("CONSULT", ["POL"], ["LTU"]))
add("purpose", "The Nigerian president flew to Accra for a summit.", ev("CONSULT", ["NGA"], ["GHA"]))
add("purpose", "Pakistan's army chief went to Beijing on a three-day visit.", ev("CONSULT", ["PAK"], ["CHN"]))

add("domestic", "China's premier flew to Shanghai.")
add("domestic", "The French president travelled to Marseille on Friday.")
add("domestic", "Germany's chancellor went to Munich for talks with business leaders.")
add("domestic", "Japan's prime minister arrived in Osaka.")

add("nonstate", "The British foreign secretary flew to the Red Sea resort.")
add("nonstate", "The Egyptian president went to the hospital.")
add("nonstate", "Spain's foreign minister travelled to the border.")

add("nonofficial", "Thousands of tourists flew to Bangkok.")
add("nonofficial", "Syrian refugees travelled to Germany.")
add("nonofficial", "Migrants fleeing the war went to Poland.")
add("nonofficial", "Chinese students arrived in London.")
add("nonofficial", "A British tourist flew to Cairo.")
add("nonofficial", "Ukrainian football fans travelled to Berlin.")

probes.write("gold/probe_countries_12.jsonl")
