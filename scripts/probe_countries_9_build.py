"""Write gold/probe_countries_9.jsonl (run from the repository root): session 31 s31-triple, a second probe set,
written after the three factuality fixes of set 8 and labelled before its first run, in other wordings of the
fixed families and their near misses; scored by scripts/probe_countries.py.

Families: PREVENT -- "prevent/stop/bar/keep/block X from doing": the act did not take place (a negative
implicative; the manual's `negation`), unless the prevention itself failed or was not done ("could not stop",
"failed to prevent": the act happened, PREVENTNEAR); AIM -- the complement of a purpose clause ("to help its army
fight", "to pressure Minsk to free") is an aim, not done (hypothetical), while the purpose's own verb after a
motion ("flew to Ankara to meet") is left as the coder reads it (AIMNEAR); INCASE -- "in case X happens" is a
condition (the manual's `hypothetical`), "in the case of" is not. Types from the manual as in set 8; sending
troops or arms to a government or group is AID (military aid), a restriction of movement COERCE."""
from probe_build import ProbeSet, ev  # (scripts/ is this script's own directory on sys.path)

probes = ProbeSet("p9")
add = probes.add

add("prevent", "Egyptian troops stopped Hamas fighters from crossing into Sinai.", ev("COERCE", ["EGY"], ["PSE"]))
add("prevent", "Israel barred UN investigators from visiting Gaza.", ev("COERCE", ["ISR"], ["IGO"]))
add("prevent", "Greek coast guards prevented Turkish fishing boats from entering Greek waters.", ev("COERCE", ["GRC"], ["TUR"]))
add("prevent", "Kenya kept Somali refugees from leaving the Dadaab camps.", ev("COERCE", ["KEN"], ["SOM"]))
add("prevent", "The United States blocked Russia from using its dollar reserves.", ev("SANCTION", ["USA"], ["RUS"]))
add("prevent", "Saudi Arabia's air defences kept Houthi drones from striking the oil terminal.")
add("preventnear", "Ukraine could not stop Russian forces from shelling Kharkiv.", ev("ASSAULT", ["RUS"], ["UKR"]))
add("preventnear", "Lebanon's army failed to prevent Hezbollah from firing rockets at Israel.", ev("ASSAULT", ["LBN"], ["ISR"]))
add("preventnear", "The Congolese army did not prevent M23 rebels from attacking Goma.", ev("ASSAULT", ["COD"], ["COD"]))

add("aim", "France sent troops to Mali to help its army fight jihadists.", ev("AID", ["FRA"], ["MLI"]))
add("aim", "The EU imposed new sanctions on Belarus to pressure Minsk to free political prisoners.", ev("SANCTION", ["IGO"], ["BLR"]))
add("aim", "Qatar paid the salaries of Hamas officials to persuade the group to accept a truce.", ev("AID", ["QAT"], ["PSE"]))
add("aim", "Iran armed Houthi rebels to enable them to attack Saudi oil fields.", ev("AID", ["IRN"], ["YEM"]))
add("aim", "Turkey shelled Syrian Kurdish positions to compel the militia to withdraw from the border.", ev("ASSAULT", ["TUR"], ["SYR"]))
add("aim", "China gave Pakistan fighter jets to help it deter India.", ev("AID", ["CHN"], ["PAK"]))
add("aimnear", "Egypt's foreign minister flew to Ankara to meet Turkey's president.", ev("CONSULT", ["EGY"], ["TUR"]))

add("incase", "Estonia asked NATO for more troops in case Russia invaded the Baltic states.", ev("REQUEST", ["EST"], ["IGO"]))
add("incase", "Japan urged China to keep its embassy open in case North Korea attacked Seoul.", ev("REQUEST", ["JPN"], ["CHN"]))
add("incase", "Canada asked Britain for help in case Russian bombers entered Canadian airspace.", ev("REQUEST", ["CAN"], ["GBR"]))
add("incasenear", "In the case of Syria, Russia accused Turkey of supporting terrorists.", ev("ACCUSE", ["RUS"], ["TUR"]))

probes.write("gold/probe_countries_9.jsonl")
