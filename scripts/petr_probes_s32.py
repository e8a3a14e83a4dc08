"""Session 32 (s32-petr) probes of PETRARCH coding with gold/petrarch_records_14.verbs.txt (our own verb
dictionary) or the built-in verbs, and the validation suite's actors and agents, as
gold/petrarch_records_14.xml is run.

    PYTHONPATH=src python scripts/petr_probes_s32.py own|builtin < scripts/petr_probes/s32_*.txt

Each probe line is `SRC TGT CODE[; SRC TGT CODE] | sentence` (an empty label: no event), labelled from
the dictionary's own patterns before the first run and kept as written (docs/accuracy.md "Session 32,
s32-petr" lists labels found wrong). Prints each sentence's codings against its label and the count
right. (Set SRC=path to run another tree's src.)"""
import sys
from petr_probes import probe  # (scripts/ is this script's own directory on sys.path; petr_probes puts SRC first)
D = "/work/shared/data/cameo-dict-format"
verbs = ["gold/petrarch_records_14.verbs.txt"] if sys.argv[1] == "own" else None
probe(verbs=verbs, actors=[f"{D}/PETR.Validate.actors.txt"], agents=[f"{D}/PETR.Validate.agents.txt"])
