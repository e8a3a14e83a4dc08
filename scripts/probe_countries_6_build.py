"""Write gold/probe_countries_6.jsonl and _7.jsonl (run from the repository root): session 30 s30-triple probes of the PLOVER
triple families of the dev study half (regional constructs, peacekeeping missions, second acts, backdrops), labelled
from the PLOVER manual before the first run; scored by scripts/probe_countries.py."""
from probe_build import ProbeSet, ev  # (scripts/ is this script's own directory on sys.path)

probes = ProbeSet("p6")
add = probes.add

# REGIONAL: manual, "Country Names": actors or recipients a report only implies to be a regional or global
# construct ("The West", "Latin America", "The Developing World") get no country name and the events
# involving them are not coded. Regional IGOs (EU, AU, Arab League, ECOWAS) are IGOs (Table of non-state codes).
add("regional", "The West condemned Russia on Monday.")
add("regional", "Western governments criticised Iran's nuclear programme.")
add("regional", "Latin American leaders urged the United States to talk to Cuba.")
add("regional", "Pakistan accused the West of hypocrisy.")
add("regional", "Gulf states pledged billions of dollars to Egypt.")
add("regional", "Brazil rejected criticism from Western countries over deforestation.")
add("regional", "African leaders called on the United Nations to reform the Security Council.")
add("regional", "Nordic governments offered to mediate between Ethiopia and Eritrea.")
add("regional", "Arab foreign ministers condemned Israel on Sunday.")
add("regional", "West African leaders threatened Niger's military rulers with sanctions.")
add("regional", "European governments criticised Hungary's media law.")
add("regionear", "The European Union criticised Hungary's media law.", ev("ACCUSE", ["IGO"], ["HUN"]))
add("regionear", "The African Union urged Sudan's army to end the fighting.", ev("REQUEST", ["IGO"], ["SDNMIL"]))
add("regionear", "The Arab League condemned Israel on Sunday.", ev("ACCUSE", ["IGO"], ["ISR"]))
add("regionear", "ECOWAS leaders threatened Niger's junta with sanctions.", ev("THREATEN", ["IGO"], ["NERGOV"]))
add("regionear", "Germany and France criticised Hungary's media law.", ev("ACCUSE", ["DEUGOV", "FRAGOV"], ["HUN"]))

# MISSION: UN and AU peacekeeping forces and missions, named by acronym or description, are intergovernmental
# (manual's non-state table: IGO; the GSR codes the UN and its bodies IGO).
add("mission", "Rebels attacked a MINUSMA base near Kidal.", ev("ASSAULT", ["MLIREB"], ["IGO"]))
add("mission", "Congo's government criticised MONUSCO for failing to protect civilians.", ev("ACCUSE", ["CODGOV"], ["IGO"]))
add("mission", "UNIFIL accused Hezbollah of blocking its patrols.", ev("ACCUSE", ["IGO"], ["LBNREB"]))
add("mission", "AMISOM troops killed 20 al-Shabab fighters near Mogadishu.", ev("ASSAULT", ["IGO"], ["SOMREB"]))
add("mission", "Sudan's foreign ministry criticised the UN peacekeeping force in Darfur.", ev("ACCUSE", ["SDNGOV"], ["IGO"]))
add("mission", "Mali's junta expelled the head of the UN mission.", ev("COERCE", ["MLIGOV"], ["IGO"]))
add("mission", "The UN peacekeeping mission in South Sudan accused the army of killing civilians.", ev("ACCUSE", ["IGO"], ["SSDMIL"]))
add("mission", "Lebanon's army criticised UNIFIL on Tuesday.", ev("ACCUSE", ["LBNMIL"], ["IGO"]))
add("mission", "Haiti's president asked the UN stabilisation mission to stay another year.", ev("REQUEST", ["HTIGOV"], ["IGO"]))
add("mission", "The peacekeeping force in Lebanon (UNIFIL) criticised Israel.", ev("ACCUSE", ["IGO"], ["ISR"]))

# SECOND: a second act of the sentence's actor in a coordinated or participial clause is a record of its own
# (manual, data format: events "resolve to multiple records if the source and recipient actors are different, as
# might occur in a compound sentence"); "its citizens" are the actor's country's civilians (sector CVL).
add("second", "Bangladesh rejected the Indian proposal, urging New Delhi to sign the regional pact instead.",
    ev("REJECT", ["BGD"], ["IND"]), ev("REQUEST", ["BGD"], ["IND"]))
add("second", "Pakistan rejected the Saudi request for troops and urged Riyadh to seek a political solution.",
    ev("REJECT", ["PAK"], ["SAU"]), ev("REQUEST", ["PAK"], ["SAU"]))
add("second", "Ghana criticised Togo's election and called on the African Union to send observers.",
    ev("ACCUSE", ["GHA"], ["TGO"]), ev("REQUEST", ["GHA"], ["IGO"]))
add("second", "Chile rejected Bolivia's maritime claim, accusing La Paz of distorting history.",
    ev("REJECT", ["CHL"], ["BOL"]), ev("ACCUSE", ["CHL"], ["BOL"]))
add("second", "Vietnam protested to China over the oil rig and demanded its immediate withdrawal.",
    ev("ACCUSE", ["VNM"], ["CHN"]), ev("REQUEST", ["VNM"], ["CHN"]))
add("second", "Israel's prime minister met Egypt's president in Cairo and thanked him for mediating the truce.",
    ev("CONSULT", ["ISRGOV", "EGYGOV"], []), ev("SUPPORT", ["ISRGOV"], ["EGYGOV"]))
add("second", "Canada condemned the coup in Niger and urged its citizens to leave the country.",
    ev("ACCUSE", ["CAN"], ["NER"]), ev("REQUEST", ["CAN"], ["CANCVL"]))

# BACKDROP: an act with a named doer told in a phrase or clause of time or cause is still an act the sentence
# reports (manual: multiple records per sentence; the "historical" auxiliary mode marks a past act, it does not
# remove it).
add("backdrop", "Serbia protested to Croatia after Croatian police arrested two Serb veterans.",
    ev("ACCUSE", ["SRB"], ["HRV"]), ev("COERCE", ["HRVCOP"], ["SRB"]))
add("backdrop", "Tanzania criticised Kenya following the arrest of Tanzanian traders by Kenyan police.",
    ev("ACCUSE", ["TZA"], ["KEN"]), ev("COERCE", ["KENCOP"], ["TZA"]))
add("backdrop", "Japan lodged a protest with China after Chinese coast guard ships rammed a Japanese fishing boat.",
    ev("ACCUSE", ["JPN"], ["CHN"]), ev("ASSAULT", ["CHN"], ["JPN"]))
add("backdrop", "Germany condemned Iran after Iranian police detained a German journalist.",
    ev("ACCUSE", ["DEU"], ["IRN"]), ev("COERCE", ["IRNCOP"], ["DEU"]))
add("backdrop", "Qatar condemned Israel amid Israeli air strikes on Gaza.",
    ev("ACCUSE", ["QAT"], ["ISR"]), ev("ASSAULT", ["ISR"], ["PSE"]))

probes.write("gold/probe_countries_6.jsonl")

# Second set (gold/probe_countries_7.jsonl), written after the regional and mission fixes, labelled before its first
# run by the same rules.
probes = ProbeSet("p6")
add = probes.add

add("regional2", "The international community condemned the coup in Guinea.")
add("regional2", "Western allies pledged more weapons to Ukraine.")
add("regional2", "Iran warned the West against reviving sanctions.")
add("regional2", "Baltic states accused Belarus of using migrants as a weapon.")
add("regional2", "Several Arab governments criticised Israel on Wednesday.")
add("regional2", "Senior European officials urged Serbia to recognise Kosovo.")
add("regional2", "Venezuela rejected demands from Latin American governments for new elections.")
add("regional2", "Caribbean leaders called on Britain to pay reparations for slavery.")
add("regional2", "Southeast Asian nations urged Myanmar's junta to release political prisoners.")
add("regional2", "China rejected criticism from the West over Xinjiang.")
add("regionear2", "The Gulf Cooperation Council condemned Iran on Monday.", ev("ACCUSE", ["IGO"], ["IRN"]))
add("regionear2", "South African officials criticised Zambia's election.", ev("ACCUSE", ["ZAFGOV"], ["ZMB"]))
add("regionear2", "Saudi Arabia and other Gulf states condemned Iran on Monday.", ev("ACCUSE", ["SAU"], ["IRN"]))
add("regionear2", "Mauritania's president criticised the West African bloc ECOWAS.", ev("ACCUSE", ["MRTGOV"], ["IGO"]))
add("mission2", "Malian soldiers escorted a MINUSMA convoy to Gao.", )
add("mission2", "Kosovo's government criticised UNMIK on Thursday.", ev("ACCUSE", ["SRBGOV"], ["IGO"]))
add("mission2", "UNDOF accused Israeli troops of crossing the ceasefire line.", ev("ACCUSE", ["IGO"], ["ISRMIL"]))
add("mission2", "Protesters in Beni attacked a MONUSCO base.", ev("ASSAULT", ["COD"], ["IGO"]))

probes.write("gold/probe_countries_7.jsonl")
