"""Session 31 (s31-petr) probes of PETRARCH coding with the BUILT-IN verbs, the validation suite's
actors (plus gold/petrarch_records_5.actors.txt) and agents, as gold/petrarch_records_13.xml is run.

    PYTHONPATH=src python scripts/petr_probes_s31.py < scripts/petr_probes/s31_*.txt

Each probe line is `SRC TGT CODE[; SRC TGT CODE] | sentence` (an empty label: no event), labelled
before the first run and kept as written (docs/accuracy.md "Session 31, s31-petr" lists labels found
wrong). Prints each sentence's codings against its label and the count right. (Set SRC=path to run
another tree's src.)"""
from petr_probes import probe  # (scripts/ is this script's own directory on sys.path; petr_probes puts SRC first)
D = "/work/shared/data/cameo-dict-format"
probe(verbs=None, actors=["gold/petrarch_records_5.actors.txt", f"{D}/PETR.Validate.actors.txt"],
      agents=[f"{D}/PETR.Validate.agents.txt"])
