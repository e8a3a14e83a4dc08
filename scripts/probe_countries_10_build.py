"""Write gold/probe_countries_10.jsonl (run from the repository root): session 32 s32-triple, labelled before its
first run; scored by scripts/probe_countries.py.

Families (issue 11's argument families session 31 named and did not touch):

OFOBJ / POSSOBJ -- a reaction, stance or acceptance (REJECT, SUPPORT, ACCUSE, AGREE) whose object is a speech-act,
decision, effort or event noun: the noun's of-phrase or possessor is the other party, so the event's target ("Iran
rejected the demands of the Arab League" -> IRN REJECT IGO; "X condemned Y's arrest of Z's fishermen" -> X ACCUSE
Y). PETRARCH codes the first actor of the object phrase; CAMEO's 051 (praise, welcome), 111 (criticize), 12x
(reject) and 08x/03x (accept) name whom the act is about. Types from the PLOVER manual: welcome/praise SUPPORT,
condemn/criticise/denounce ACCUSE, reject/dismiss REJECT, accept AGREE. An owner's own act named inside the object
("Pakistan's arrest of Indian fishermen", "the visit of X's president to Y") happened and is a record of its own
(the manual's multiple records for a compound sentence); the content of a decision, offer or pledge (what it says
will be done) is not an asserted act and is not labelled.

GROUP -- the same with group names: the EU, the African Union, the Arab League, NATO and their members are IGO (the
PLOVER GSR's coding, as in the earlier probe sets); a regional construct ("the Gulf states", "Western powers") gets
no country, and the manual says an event involving only such an entity as its other party is not coded ("Country
Names and Sector Codes": "The West", "Latin America"), so those items have no record.

OFNEAR -- an of-phrase that names no party (a thing, a report, results): the target is none or the place named.

PURPOSE -- a motion or dispatch with a purpose infinitive ("sent troops to help X", "travelled to Y to meet its
leaders", "flew to Y to sign the accord"): the main event is the clause's own verb (sending forces or arms to a side
is AID, military aid, as in set 9; travelling to meet is CONSULT, CAMEO 042); its target is the party the purpose
names when the motion names none, else the destination's country. The purpose infinitive is an aim (not told as
done): it is not labelled as a record of its own unless its triple is the main event's."""
from probe_build import ProbeSet, ev  # (scripts/ is this script's own directory on sys.path)

probes = ProbeSet("p10")
add = probes.add

add("ofobj", "Syria rejected the demands of the Arab League.", ev("REJECT", ["SYR"], ["IGO"]))
add("ofobj", "Turkey welcomed the decision of the European Union to resume membership talks.", ev("SUPPORT", ["TUR"], ["IGO"]))
add("ofobj", "Ukraine accepted the offer of Turkey to host the talks.", ev("AGREE", ["UKR"], ["TUR"]))
add("ofobj", "Kenya praised the efforts of Ethiopia to end the fighting.", ev("SUPPORT", ["KEN"], ["ETH"]))
add("ofobj", "Japan rejected the claims of China over the disputed islands.", ev("REJECT", ["JPN"], ["CHN"]))
add("ofobj", "Venezuela denounced the sanctions of the United States.", ev("ACCUSE", ["VEN"], ["USA"]))
add("ofobj", "Israel dismissed the proposal of Egypt for a ceasefire.", ev("REJECT", ["ISR"], ["EGY"]))
add("ofobj", "Poland welcomed the pledge of Germany to deliver more tanks.", ev("SUPPORT", ["POL"], ["DEU"]))
add("ofobj", "Pakistan condemned the arrest of India's opposition leader.", ev("ACCUSE", ["PAK"], ["IND"]))
add("ofobj", "Morocco criticised the statement of the Algerian foreign ministry.", ev("ACCUSE", ["MAR"], ["DZA"]))
add("ofobj", "China criticised the visit of the Philippine president to Japan.",
    ev("ACCUSE", ["CHN"], ["PHL"]), ev("CONSULT", ["PHL"], ["JPN"]))
add("ofobj", "Armenia welcomed the release of Azerbaijan's prisoners of war.", ev("SUPPORT", ["ARM"], ["AZE"]))

add("possobj", "Iran rejected Saudi Arabia's demands.", ev("REJECT", ["IRN"], ["SAU"]))
add("possobj", "Greece welcomed Turkey's decision to recall the survey ship.", ev("SUPPORT", ["GRC"], ["TUR"]))
add("possobj", "India condemned Pakistan's arrest of Indian fishermen.",
    ev("ACCUSE", ["IND"], ["PAK"]), ev("COERCE", ["PAK"], ["IND"]))
add("possobj", "Germany praised Ukraine's efforts to fight corruption.", ev("SUPPORT", ["DEU"], ["UKR"]))
add("possobj", "South Korea accepted Japan's offer of talks.", ev("AGREE", ["KOR"], ["JPN"]))
add("possobj", "Morocco denounced Algeria's decision.", ev("ACCUSE", ["MAR"], ["DZA"]))
add("possobj", "Brazil's president criticised Argentina's new trade barriers.", ev("ACCUSE", ["BRA"], ["ARG"]))
add("possobj", "Egypt dismissed Ethiopia's proposal on the dam.", ev("REJECT", ["EGY"], ["ETH"]))

add("group", "Niger welcomed the decision of the African Union to lift its suspension.", ev("SUPPORT", ["NER"], ["IGO"]))
add("group", "Hungary accepted the offer of EU members to share the cost.", ev("AGREE", ["HUN"], ["IGO"]))
add("group", "Russia condemned the decision of NATO to station troops in Finland.", ev("ACCUSE", ["RUS"], ["IGO"]))
add("group", "Serbia rejected the demands of the European Union.", ev("REJECT", ["SRB"], ["IGO"]))
add("group", "Iran rejected the demands of the Gulf states.")
add("group", "China criticised the statement of Western powers on Hong Kong.")

add("ofnear", "France welcomed the publication of the report.", ev("SUPPORT", ["FRA"], []))
add("ofnear", "Japan welcomed the results of the election in South Korea.", ev("SUPPORT", ["JPN"], ["KOR"]))

add("purpose", "Russia sent troops to help Belarus.", ev("AID", ["RUS"], ["BLR"]))
add("purpose", "The United States sent warships to support Israel.", ev("AID", ["USA"], ["ISR"]))
add("purpose", "France dispatched firefighting aircraft to help Greece fight the wildfires.", ev("AID", ["FRA"], ["GRC"]))
add("purpose", "Iran sent weapons to arm Hezbollah.", ev("AID", ["IRN"], ["LBN"]))
add("purpose", "Turkey sent engineers to help Syria rebuild its power grid.", ev("AID", ["TUR"], ["SYR"]))
add("purpose", "Pakistan's foreign minister travelled to Kabul to meet Taliban leaders.", ev("CONSULT", ["PAK"], ["AFG"]))
add("purpose", "Germany's chancellor travelled to Beijing to meet its leaders.", ev("CONSULT", ["DEU"], ["CHN"]))
add("purpose", "The Egyptian president flew to Riyadh to sign the accord.", ev("CONSULT", ["EGY"], ["SAU"]))
add("purpose", "Qatar's emir visited Tehran to discuss the nuclear deal.", ev("CONSULT", ["QAT"], ["IRN"]))
add("purpose", "Japan sent a delegation to Seoul to negotiate a fishing agreement.", ev("CONSULT", ["JPN"], ["KOR"]))
add("purpose", "A Chinese envoy flew to Moscow to meet Russian officials.", ev("CONSULT", ["CHN"], ["RUS"]))
add("purpose", "The American secretary of state went to Cairo to press Egypt's leaders.", ev("CONSULT", ["USA"], ["EGY"]))
add("purpose", "Israel launched air strikes to destroy Hamas tunnels.", ev("ASSAULT", ["ISR"], ["PSE"]))
add("purpose", "India imposed tariffs to punish China.", ev("SANCTION", ["IND"], ["CHN"]))

probes.write("gold/probe_countries_10.jsonl")
