"""Write gold/probe_countries_8.jsonl (run from the repository root): session 31 s31-triple probes of the
subordinate acts a sentence names but does not assert, labelled before the first run; scored by
scripts/probe_countries.py (the evaluator's own triple matching: every asserted event is a predicted triple).

Each item's `events` are the records the sentence asserts; the subordinate act it names (the family's point) is
left out because the PLOVER manual ("Auxiliary modes": hypothetical, future, negation; "Negated events can be
excluded from the final event dataset") or the events stage's own factuality rules (events/factuality.py: the
content of a request, threat or offer; what a noun proposes; what is denied) do not make it an asserted event.
Main events follow the manual's type definitions (ACCUSE: criticise, condemn, protest diplomatically; REQUEST: ask,
urge, demand; REJECT: reject, refuse, dismiss; THREATEN; AID: give material or humanitarian aid; SANCTION;
COERCE: arrest; ASSAULT; SUPPORT: praise, welcome), IGOs as IGO, Hamas as PSE."""
from probe_build import ProbeSet, ev  # (scripts/ is this script's own directory on sys.path)

probes = ProbeSet("p8")
add = probes.add

# PURPOSE: what an act is done for (a to-infinitive, "in order to", "so that") is an aim, not done
add("purpose", "Japan gave Vietnam six patrol boats to help it resist Chinese incursions.", ev("AID", ["JPN"], ["VNM"]))
add("purpose", "Germany sent medical supplies to Ukraine in order to support its hospitals.", ev("AID", ["DEU"], ["UKR"]))
add("purpose", "Kenyan police arrested four Somali men to stop them from bombing a Nairobi mall.", ev("COERCE", ["KEN"], ["SOM"]))
add("purpose", "Britain imposed sanctions on Russian banks to force Moscow to withdraw its troops from Ukraine.",
    ev("SANCTION", ["GBR"], ["RUS"]))
add("purpose", "Egypt urged Hamas to release the hostages so that Israel would halt its offensive.", ev("REQUEST", ["EGY"], ["PSE"]))
add("purpose", "Israeli aircraft struck Hamas positions in Gaza to stop rocket fire on Israeli towns.", ev("ASSAULT", ["ISR"], ["PSE"]))
add("purpose", "Britain accused Russia of spying in order to justify new sanctions on Moscow.", ev("ACCUSE", ["GBR"], ["RUS"]))

# CONDITION: an act under "if", "unless", "in case" is hypothetical (manual's example of `hypothetical`)
add("condition", "Iran warned that it would strike Israel if Israeli jets attacked its nuclear sites.", ev("THREATEN", ["IRN"], ["ISR"]))
add("condition", "China threatened to impose tariffs on Australia unless Canberra dropped its inquiry.", ev("THREATEN", ["CHN"], ["AUS"]))
add("condition", "Ecuador asked Colombia for troops in case rebels attacked its border towns.", ev("REQUEST", ["ECU"], ["COL"]))
add("condition", "Pakistan condemned India on Monday and said it would retaliate if Indian troops crossed the border.",
    ev("ACCUSE", ["PAK"], ["IND"]), ev("THREATEN", ["PAK"], ["IND"]))
add("condition", "Chile criticised Peru, saying that if Peruvian boats entered its waters they would be seized.",
    ev("ACCUSE", ["CHL"], ["PER"]))

# RELATIVE: a relative clause with a modal tells what a plan or law would let happen
add("relative", "Armenia rejected a Russian plan that would let Russian troops patrol the border.", ev("REJECT", ["ARM"], ["RUS"]))
add("relative", "Colombia rejected a Venezuelan offer that would let Venezuelan police arrest smugglers in Colombia.",
    ev("REJECT", ["COL"], ["VEN"]))
add("relative", "Ethiopia criticised a UN resolution that would impose an arms embargo on its army.", ev("ACCUSE", ["ETH"], ["IGO"]))
add("relative", "Seoul condemned a North Korean law that allows its army to strike South Korea first.", ev("ACCUSE", ["KOR"], ["PRK"]))
add("relative", "Morocco welcomed a US proposal which could end the fighting with the Polisario Front.", ev("SUPPORT", ["MAR"], ["USA"]))

# DENIED: what a denial or a dismissed claim is about is not asserted (the manual's `negation`)
add("denied", "Ankara rejected claims that Turkish troops shelled Kurdish villages in Syria.")
add("denied", "Beijing dismissed reports that Chinese ships rammed a Philippine vessel.")
add("denied", "Israel denied that its soldiers had fired on Palestinian protesters.")
add("denied", "Iran denied that it had sent drones to Russia.")
add("denied", "Moscow denied reports that Russian jets bombed a hospital in Idlib.")

# DEMANDED: the act a demand, call or pressure asks for is not done (factuality: the content of a REQUEST)
add("demanded", "Poland demanded that Germany pay reparations for the war.", ev("REQUEST", ["POL"], ["DEU"]))
add("demanded", "Ukraine called for NATO to supply more air defence systems.", ev("REQUEST", ["UKR"], ["IGO"]))
add("demanded", "The Arab League insisted that Israel withdraw from all occupied land.", ev("REQUEST", ["IGO"], ["ISR"]))
add("demanded", "Washington pressed Riyadh to restore ties with Tehran.", ev("REQUEST", ["USA"], ["SAU"]))
add("demanded", "Nigeria asked Niger's junta to free the ousted president.", ev("REQUEST", ["NGA"], ["NER"]))
add("demanded", "Kenya demanded that Somalia stop arresting Kenyan fishermen.", ev("REQUEST", ["KEN"], ["SOM"]))

# PLANNED/THREATENED: a threatened, vowed or prepared act is not done (the manual: THREATEN, not ASSAULT + hypothetical)
add("planned", "China threatened to cut off trade with Lithuania.", ev("THREATEN", ["CHN"], ["LTU"]))
add("planned", "Britain condemned Iran's plan to enrich uranium to weapons grade.", ev("ACCUSE", ["GBR"], ["IRN"]))
add("planned", "Hungary threatened to veto new EU aid to Ukraine.", ev("THREATEN", ["HUN"], ["IGO"]))
add("planned", "Ethiopia is preparing an offensive against Eritrea, Sudan's foreign minister said.")
add("planned", "Turkey vowed to punish Sweden for allowing Koran burnings.", ev("THREATEN", ["TUR"], ["SWE"]))

# NEGATED second verb: "but did not", "ruled out", "never" (the manual's `negation`)
add("negated", "Egypt criticised Ethiopia's dam but ruled out military action against Addis Ababa.", ev("ACCUSE", ["EGY"], ["ETH"]))
add("negated", "Greece condemned Turkey's drilling but did not threaten military action.", ev("ACCUSE", ["GRC"], ["TUR"]))
add("negated", "Argentina protested to Britain over the Falklands but did not expel British diplomats.", ev("ACCUSE", ["ARG"], ["GBR"]))
add("negated", "Mexico criticised the United States and refused to deploy troops to the border.", ev("ACCUSE", ["MEX"], ["USA"]))

# NOUN: a noun that proposes or threatens an act (offer, plan, call, threat of) does not make its act happen
add("noun", "Japan condemned China's threat of force against Taiwan.", ev("ACCUSE", ["JPN"], ["CHN"]))
add("noun", "Vietnam protested China's plans for new military bases in the Paracels.", ev("ACCUSE", ["VNM"], ["CHN"]))
add("noun", "Lebanon welcomed a French offer to mediate between Beirut and Israel.", ev("SUPPORT", ["LBN"], ["FRA"]))
add("noun", "Ukraine dismissed Russian calls for a Christmas ceasefire.", ev("REJECT", ["UKR"], ["RUS"]))

# CONTROL: real second events, coordinated (the manual's multiple records of a compound sentence): all asserted
add("control", "Jordan condemned Israel and urged the United Nations to intervene.",
    ev("ACCUSE", ["JOR"], ["ISR"]), ev("REQUEST", ["JOR"], ["IGO"]))
add("control", "Spain criticised Morocco, while Algeria condemned Spain.", ev("ACCUSE", ["ESP"], ["MAR"]), ev("ACCUSE", ["DZA"], ["ESP"]))
add("control", "Peru arrested two Chilean smugglers and deported a Bolivian trafficker.",
    ev("COERCE", ["PER"], ["CHL"]), ev("COERCE", ["PER"], ["BOL"]))

probes.write("gold/probe_countries_8.jsonl")
