"""Write gold/probe_countries_14.jsonl (run from the repository root): session 34 s34-triple, the two families of
country-triple errors found in the dev study half that follow a general rule; labelled before its first run and
scored by scripts/probe_countries.py (the evaluator's own triple matching).

The rules, from the sources:
- COORD: every conjunct of a coordination is a party (the PLOVER manual, "Compound and Reciprocal Actors": "all of
  the entities are considered as the actor"; the GSR lists every coordinated country, e.g. five targets in one
  record). This holds when the coordination sits inside a modifier of the actor's head ("officials from X and Y",
  "the ministers of X and Y", "Senior X and Y officials") and when an aside interrupts a list ("X, Y and, in a
  separate decision, Z"). A meeting of the parties is reciprocal: all are actors, no recipient.
- ORGNAME: an organisation the knowledge base does not know is coded by the country it belongs to (the manual's
  "Country Names and Sector Codes"); when its own name holds a country, a province, a region or a city of one
  country ("the Balochistan Liberation Army"), that is its country (the GSR codes such groups by the place they
  name: MASSOB, a Biafran movement, NGAREB; the Karen guerrillas MMRREB). Cities and provinces stand for their
  country (the manual's "Country Names").
"""
from probe_build import ProbeSet, ev  # (scripts/ is this script's own directory on sys.path)

probes = ProbeSet("p14")
add = probes.add

add("coord", "Diplomats from Ethiopia and Eritrea met in Algiers on Tuesday to discuss the disputed border.",
    ev("CONSULT", ["ETH", "ERI"]))
add("coord", "Fighter jets from Saudi Arabia and the United Arab Emirates bombed rebel positions in Yemen.",
    ev("ASSAULT", ["SAU", "ARE"], ["YEM"]))
add("coord", "The foreign ministers of India and Pakistan held talks in New York on Friday.",
    ev("CONSULT", ["IND", "PAK"]))
add("coord", "Lawmakers from Germany and France criticised Hungary's new media law.",
    ev("ACCUSE", ["DEU", "FRA"], ["HUN"]))
add("coord", "The European Union imposed sanctions on Belarus, Iran and, in a separate decision, Myanmar.",
    ev("SANCTION", ["IGO"], ["BLR", "IRN", "MMR"]))
add("coord", "Washington accused Moscow and, to a lesser degree, Beijing of supplying weapons to the junta.",
    ev("ACCUSE", ["USA"], ["RUS", "CHN"]))
add("coord", "Senior Kenyan and Somali officials agreed on Wednesday to reopen the border crossing.",
    ev("AGREE", ["KEN", "SOM"]))
add("coord", "Envoys of Sudan and South Sudan held talks in Addis Ababa.", ev("CONSULT", ["SDN", "SSD"]))
add("coord", "Canada criticised the governments of Iran and Syria over human rights abuses.",
    ev("ACCUSE", ["CAN"], ["IRN", "SYR"]))
add("coord", "Army chiefs of Thailand and Cambodia met on Monday to ease tensions along the frontier.",
    ev("CONSULT", ["THA", "KHM"]))
add("coord", "Rebels from Mali and Burkina Faso attacked an army post in Niger.",
    ev("ASSAULT", ["MLI", "BFA"], ["NER"]))
add("coord", "Qatar sent food aid to Gaza and to Sudan's Darfur region.", ev("AID", ["QAT"], ["PSE", "SDN"]))

add("orgname", "Fighters of the Balochistan Liberation Army ambushed a Pakistani army patrol on Tuesday.",
    ev("ASSAULT", ["PAK"], ["PAK"]))
add("orgname", "The Ogaden Freedom Front accused Ethiopia of burning villages in the region.",
    ev("ACCUSE", ["ETH"], ["ETH"]))
add("orgname", "Militants of the Casamance Democratic Movement attacked a Senegalese army post.",
    ev("ASSAULT", ["SEN"], ["SEN"]))
add("orgname", "The Darfur Justice Alliance rejected the peace plan offered by Sudan's government.",
    ev("REJECT", ["SDN"], ["SDN"]))
add("orgname", "The Mindanao Islamic Liberation Front accused the Philippine army of breaking the truce.",
    ev("ACCUSE", ["PHL"], ["PHL"]))
add("orgname", "Gunmen of the Cabinda Independence Front attacked a convoy carrying Angolan oil workers.",
    ev("ASSAULT", ["AGO"], ["AGO"]))
add("orgname", "The Aceh Referendum Movement urged Indonesia to hold a vote on independence.",
    ev("REQUEST", ["IDN"], ["IDN"]))
add("orgname", "The Anatolian Revolutionary Front threatened Turkey with new bombings.",
    ev("THREATEN", ["TUR"], ["TUR"]))
add("orgname", "The Tripoli Revolutionary Brigade shelled the positions of a rival Libyan militia.",
    ev("ASSAULT", ["LBY"], ["LBY"]))
add("orgname", "The Mosul Resistance Council condemned the Iraqi government over the airstrikes.",
    ev("ACCUSE", ["IRQ"], ["IRQ"]))
add("orgname", "The Nigerian army arrested 30 members of the Movement for the Sovereign State of Biafra.",
    ev("COERCE", ["NGA"], ["NGA"]))

probes.write("gold/probe_countries_14.jsonl")
