"""Session 42 (s42-petrv) probes of PETRARCH coding with our own dictionaries
(gold/petrarch_records_44.actors.txt, .agents.txt, .verbs.txt), as gold/petrarch_records_44.xml is run.

    PYTHONPATH=src python scripts/petr_probes_s42.py < scripts/petr_probes/s42_*.txt

Each probe line is `SRC TGT CODE[; SRC TGT CODE] | sentence` (an empty label: no event), labelled from
the dictionary's own patterns before the first run and kept as written (docs/accuracy.md "Session 42,
s42-petrv" lists labels found wrong). Prints each sentence's codings against its label and the count
right. (Set SRC=path to run another tree's src.)"""
from petr_probes import probe  # (scripts/ is this script's own directory on sys.path; petr_probes puts SRC first)
G = "gold/petrarch_records_44"
probe(verbs=[f"{G}.verbs.txt"], actors=[f"{G}.actors.txt"], agents=[f"{G}.agents.txt"])
