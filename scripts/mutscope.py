"""Count, by function and status, the mutants of a scripts/mutloop.py run whose diff touches a changed line: a mutant
counts when one of its diff's changed lines holds one of the '|'-separated fragments (docs/testing.md, "Session 30,
s30-mut2"). Run from the worktree root:

    $P scripts/mutscope.py WORK 'FRAGMENT|FRAGMENT|...'
"""

import collections
import re
import subprocess
import sys
from pathlib import Path

MUTLOOP = Path(__file__).resolve().parent / "mutloop.py"


def main(work: str, fragments: list[str]) -> None:
    statuses = [a for s in ("killed", "survived", "timeout", "no tests") for a in ("--status", s)]
    out = subprocess.run([sys.executable, str(MUTLOOP), "survivors", "--work", work, "--diff", *statuses],
                         capture_output=True, text=True, check=True).stdout
    counts = collections.Counter()
    for block in re.split(r"(?m)^# ", out)[1:]:
        name, status = block.split()[0], block.split("(", 1)[1].split(")", 1)[0]
        changed = [ln for ln in block.splitlines() if ln.startswith(("-", "+")) and not ln.startswith(("---", "+++"))]
        if any(f in ln for ln in changed for f in fragments):
            counts[(name.partition("__mutmut_")[0], status)] += 1
    for (fn, status), n in sorted(counts.items()):
        print(fn, status, n)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2].split("|"))
