"""Convert the PETRARCH2 production dictionaries (MIT) and PLOVER's CAMEO->PLOVER table into
newsgraph's package data.

    python scripts/convert_petrarch.py [--petrarch DIR] [--plover FILE] [--out DIR]

Defaults: ../shared/data/petrarch2-dicts/, ../shared/data/plover-gsr/CAMEO2PLOVER-2021.txt,
src/newsgraph/events/data/. Writes:
- cameo_verbs.txt: CAMEO.2.0.txt in the same PETRARCH format (its `~` transformations kept),
  comments and blank lines dropped, and the patterns naming a synset the file never defines dropped
  and listed on stderr (they never match, in PETRARCH2 too; the reader would warn of them);
- phoenix_actors.tsv: the Phoenix country, international and non-state actor dictionaries, comments
  dropped, name variants listed without their `+` joined to the coded record below them
  (join_uncoded_runs), code blocks with malformed dates dropped (kept undated when they are the
  entry's only codes: undated_when_alone) (read by actors/cameo_dict.py);
- phoenix_discards.txt: Phoenix.discards.txt, comments dropped, and the sentence discards that
  name a bare year (1914-2013) or a time ago or later dropped (see HISTORY_DISCARDS);
- phoenix_issues.txt: Phoenix.IssueCoding.txt, comments dropped, the phrases with no code
  dropped (PETRARCH skips them), two entries run together on one line split, and junk after a
  code dropped, each listed on stderr (read by events/petrarch_lists.py);
- cameo2plover.tsv: CAMEO code -> PLOVER type, mode, contexts, category name (from CAMEO2PLOVER-2021.txt);
- LICENSE-PETRARCH2.txt (the MIT notice) and NOTICE-CAMEO2PLOVER.txt (its credit and licence).
The converted verb file is read back with newsgraph's reader before the script ends.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from newsgraph.actors import cameo_dict  # noqa: E402
from newsgraph.errors import InputError  # noqa: E402
from newsgraph.events import petrarch_lists, petrarch_verbs  # noqa: E402

# the shared data beside the checkout (as CI lays it out), else the workplace's copy
SHARED = next((c for c in (ROOT.parent / "shared", Path("/work/shared")) if (c / "data").exists()), ROOT.parent / "shared")
ACTOR_FILES = ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt")


def strip_comments(text: str) -> list[str]:
    out = []
    for line in text.splitlines():
        body = re.sub(r"\[[^\]]*\]", lambda m: m.group(0).replace("#", "\0"), line)
        body = body.split("#", 1)[0].replace("\0", "#").rstrip()
        if body.strip():
            out.append(body)
    return out


_PATTERN = re.compile(r"-\s*(.*?)\s*(\[[^\]]*\])?\s*$")


def last_code_wins(lines: list[str]) -> list[str]:
    """A pattern a block lists more than once keeps its first place and takes its LAST code, its later
    lines dropped: PETRARCH2's reader (PETRreader.read_verb_dictionary) stores a block's patterns in a
    tree keyed by the block's name and the pattern's words and assigns the code to the pattern's leaf,
    so a repeat overwrites the code written before it (CAMEO.2.0's RECEIVE lines `* ENVOY [042:043]`
    then `* ENVOY [043:042]`: "X received an envoy from Y" is Y's visit to X). Each pattern whose code
    changes is named on stderr."""
    out, where, block = [], {}, None
    for ln in lines:
        if ln.startswith("---"):
            block = ln.split()[1] if len(ln.split()) > 1 else ""
        elif ln.startswith("&"):
            block = None
        m = _PATTERN.fullmatch(ln.strip()) if block is not None and ln.startswith("-") and not ln.startswith("---") else None
        if m is None:
            out.append(ln)
            continue
        key = (block, " ".join(m.group(1).upper().split()))
        if key not in where:
            where[key] = len(out)
            out.append(ln)
            continue
        first = out[where[key]]
        new = _PATTERN.fullmatch(first.strip()).group(2) or ""
        if m.group(2) and m.group(2) != new:
            print(f"repeated pattern, its last code kept: {key[0]} {key[1]} {new} -> {m.group(2)}", file=sys.stderr)
            out[where[key]] = first.replace(new, m.group(2), 1) if new else f"{first} {m.group(2)}"
    return out


def convert_verbs(src: Path, dst: Path) -> int:
    lines = last_code_wins(strip_comments(src.read_text(encoding="utf-8", errors="replace")))
    dst.write_text("\n".join(lines) + "\n", encoding="utf-8")
    # a pattern naming a synset the file never defines never matches (in PETRARCH2 too): dropped here
    # so the built-in file loads without warnings
    bad = [int(re.match(r".*:(\d+): ", w).group(1)) for w in petrarch_verbs.load(dst).warnings]
    for n in bad:
        print(f"dropped (never matches, in PETRARCH2 too): {lines[n - 1].strip()}", file=sys.stderr)
    lines = [ln for k, ln in enumerate(lines, 1) if k not in set(bad)]
    dst.write_text("\n".join(lines) + "\n", encoding="utf-8")
    if petrarch_verbs.load(dst).warnings:
        raise SystemExit(f"{dst}: still warns after conversion")
    return len(bad)


_BLOCK = re.compile(r"\[([^\]]*)\]")


def _bad_block(block: str, where: str) -> str | None:
    """Why a code block's body is not in the documented form (bad dates such as 9008223, which newsgraph's
    reader, as PETRARCH's, reads its own way with a warning), or None."""
    return cameo_dict.irregular_block(block, where)


def _good_codes(line: str, where: str, undated: bool = False) -> str:
    """The line without the code blocks newsgraph's reader rejects. With `undated`, the first bad
    block keeps its code without the date restriction instead (see undated_when_alone)."""
    def check(m):
        nonlocal undated
        reason = _bad_block(m.group(1), where)
        if reason is None:
            return m.group(0)
        if undated and m.group(1).split():
            undated = False
            code = m.group(1).split()[0]
            print(f"kept {code} undated from {m.group(0)} ({where}): {reason}", file=sys.stderr)
            return f"[{code}]"
        print(f"dropped code block {m.group(0)} ({where}): {reason}", file=sys.stderr)
        return ""
    return _BLOCK.sub(check, line)


def undated_when_alone(lines: list[str], where: str) -> list[str]:
    """The entries' lines with bad code blocks dropped, except that an entry whose only codes are bad
    keeps its first one undated: a typo in a date (David Cameron's "[GBRGOV >201005011]") would
    otherwise leave the name with no code at all, while its country is right at any date and only the
    sector's window is lost. An entry with a good code of its own drops its bad ones."""
    out, start = [], 0
    for k in range(len(lines) + 1):
        if k == len(lines) or (k > start and not lines[k].lstrip().startswith(("+", "["))):
            entry = lines[start:k]
            blocks = [b for ln in entry for b in _BLOCK.findall(ln)]
            alone = bool(blocks) and all(_bad_block(b, where) for b in blocks)
            for n, ln in enumerate(entry, start + 1):
                kept = _good_codes(ln, f"{where}, entry line {n}", undated=alone)
                alone = alone and not _BLOCK.search(kept)  # every block was bad: one kept is the undated one
                out.append(kept)
            start = k
    return [ln for ln in out if ln.strip()]


def join_uncoded_runs(text: str) -> str:
    """The text with a name that has no code of its own joined, as a `+` synonym, to the record right
    below it. The Countries file lists some people's variants as primary lines without the `+`
    ("LEONID_BREZHNEV_", "LEONID_ILYICH_BREZHNEV", ..., then the dated codes; likewise Yeltsin,
    Gorbachev, Gerald Ford, David Cameron): PETRARCH2 stores each such line with no code, so it names
    no one, and newsgraph's parser refuses them. A blank or comment-only line ends a run, so a code-less
    name standing alone ("U.N._" before a blank line) stays dropped."""
    out, uncoded = [], False  # uncoded: the record being read has shown no code yet
    for line in text.splitlines():
        body = line.split("#", 1)[0].strip()
        if not body:
            uncoded = False
            out.append(line)
            continue
        if body.startswith("["):
            uncoded = False
        elif ":" in body:  # no name: a stray header ("Source: MNC.MLH.actors"), left to the parser
            uncoded = False
        elif not body.startswith("+"):  # a primary phrase
            if uncoded:
                line = "+" + line.lstrip()
            uncoded = "[" not in body
        out.append(line)
    return "\n".join(out) + "\n"


def drop_uncoded(lines: list[str], where: str) -> list[str]:
    """The entries' lines without the entries (a primary line with its `+` and `[` lines) that hold no code
    block. A user's dictionary is read as PETRARCH2 reads it, a code-less name taking the codes of the entry
    below (cameo_dict.parse_actors); the shipped table keeps this script's reading, in which a code-less name
    left standing by join_uncoded_runs ("U.N._" before a blank line, a stray "Source: ..." header) names no one."""
    out, start = [], 0
    for k in range(len(lines) + 1):
        if k == len(lines) or (k > start and not lines[k].lstrip().startswith(("+", "["))):
            entry = lines[start:k]
            if any("[" in ln for ln in entry):
                out.extend(entry)
            elif entry:
                print(f"dropped {entry[0].strip()!r} ({where}): no [CODE]", file=sys.stderr)
            start = k
    return out


def convert_actors(src_dir: Path, dst: Path) -> int:
    """The Phoenix actor dictionaries, checked by newsgraph's dictionary parser, written as a table
    (phoenix.py reads it at start-up: a table loads in a fraction of the time the dictionary format
    takes to parse). Entries the parser refuses are dropped and printed."""
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        entries = _parsed_actors(src_dir, Path(tmp) / "phoenix_actors.txt")
    rows = ["# codes (CODE|after|before;...)\tphrases...  (Phoenix actor dictionaries, PETRARCH2, MIT: "
            "LICENSE-PETRARCH2.txt)"]
    for e in entries:
        codes = ";".join(f"{c.code}|{c.after or ''}|{c.before or ''}" for c in e.codes)
        rows.append("\t".join([codes, *e.phrases]))
    dst.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return len(entries)


def _parsed_actors(src_dir: Path, dst: Path) -> list:
    out = []
    for name in ACTOR_FILES:
        text = join_uncoded_runs((src_dir / name).read_text(encoding="utf-8", errors="replace"))
        out.extend(drop_uncoded(undated_when_alone(strip_comments(text), name), name))
    while True:  # an entry whose every code was bad goes too
        dst.write_text("\n".join(out) + "\n", encoding="utf-8")
        try:
            return cameo_dict.parse_actors(str(dst))
        except cameo_dict.DictionaryError as exc:
            m = re.match(r".*:(\d+): (.*)$", str(exc))
            if not m:
                raise
            k = int(m.group(1)) - 1
            print(f"dropped {out[k].strip()!r}: {m.group(2)}", file=sys.stderr)
            primary = not out[k].lstrip().startswith(("+", "["))
            del out[k]
            while primary and k < len(out) and out[k].lstrip().startswith(("+", "[")):
                del out[k]  # a dropped entry's synonyms and codes go with it


# Phoenix's sentence discards for chronologies: a bare year from 1914 to 2013, "YEARS AGO", "MONTHS
# LATER" ... Phoenix coded news from 2014 on, where such a sentence looks back. newsgraph dates every
# event from the text and flags it `historical` when it ended over a year before the article, which
# also holds for older news (a 1998 story's "in 1998" is its present).
HISTORY_DISCARDS = re.compile(r"(19[1-9]\d|200\d|201[0-3]|(?:WEEKS|MONTHS|YEARS) (?:AGO|LATER))")


def convert_discards(src: Path, dst: Path) -> int:
    rows = ["# Phoenix.discards.txt (PETRARCH2, MIT: LICENSE-PETRARCH2.txt), converted by "
            "scripts/convert_petrarch.py. '+' story discard, else sentence discard."]
    for line in strip_comments(src.read_text(encoding="utf-8", errors="replace")):
        body = line.strip()
        if HISTORY_DISCARDS.fullmatch(body):
            print(f"dropped discard {body!r}: a chronology newsgraph dates itself", file=sys.stderr)
            continue
        rows.append(body)
    dst.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return len(petrarch_lists.load_discards((str(dst),)))


ISSUE_ENTRY = re.compile(r"([^\[\]]*?)\s*\[([^\[\]\s]+)\]")


def convert_issues(src: Path, dst: Path) -> int:
    rows = ["# Phoenix.IssueCoding.txt (PETRARCH2, MIT: LICENSE-PETRARCH2.txt), converted by "
            "scripts/convert_petrarch.py"]
    section = False
    for line in strip_comments(src.read_text(encoding="utf-8", errors="replace")):
        body = line.strip()
        if body.upper() == "</ISSUE>" and not section:
            print("dropped a second </ISSUE> closing the same section", file=sys.stderr)
            continue
        section = body.upper().startswith("<ISSUE") or (section and body.upper() != "</ISSUE>")
        if body.startswith(("<", "~")) or "[" not in body:
            if not body.startswith(("<", "~")):
                print(f"dropped issue phrase {body!r}: no code (PETRARCH skips it)", file=sys.stderr)
                continue
            rows.append(body)
            continue
        entries = [(ph.strip(), code) for ph, code in ISSUE_ENTRY.findall(body)]
        kept = [f"{' '.join(ph.split())} [{code}]" for ph, code in entries if ph]
        if kept != [re.sub(r"\s*\[", " [", " ".join(body.split()))]:
            print(f"issue line {body!r} -> {kept} (entries run together or junk after the code)", file=sys.stderr)
        rows += kept
    dst.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return len(petrarch_lists.load_issues((str(dst),)))


def convert_plover(src: Path, dst: Path) -> int:
    rows = ["# CAMEO code\tPLOVER type\tmode\tcontexts\tCAMEO name  (from CAMEO2PLOVER-2021.txt; see NOTICE-CAMEO2PLOVER.txt)"]
    for line in src.read_text(encoding="utf-8").splitlines():
        body, _, name = (x.strip() for x in line.partition("#"))
        if not body or ":" not in body:
            continue
        code, rest = (x.strip() for x in body.split(":", 1))
        parts = [p.strip() for p in rest.split(",")]
        type_ = parts[0].upper()
        mode = parts[1] if len(parts) > 1 else ""
        contexts = ";".join(c.strip() for c in ",".join(parts[2:]).split(";") if c.strip())
        if re.fullmatch(r"\d{2,4}", code) and type_:
            # the CAMEO category's name: the codebook reader (evaluate/codebook.py) finds by it the
            # codes its PDF-to-Markdown conversion lost
            rows.append(f"{code}\t{type_}\t{mode}\t{contexts}\t{name}")
    dst.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return len(rows) - 1


NOTICE = """CAMEO to PLOVER conversion table (cameo2plover.tsv) converted from CAMEO2PLOVER-2021.txt,
PLOVER manual Draft 0.8, 17 September 2021, edited by Philip Schrodt, Open Event Data Alliance
(https://github.com/openeventdata/PLOVER, commit 5e0c24fba623f2d8df5ae3c7de7a94dba90d5b6f).
Licensed under the Creative Commons Attribution-ShareAlike 4.0 International License
(https://creativecommons.org/licenses/by-sa/4.0/); the converted table is shared under the same licence.
"""


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--petrarch", type=Path, default=SHARED / "data/petrarch2-dicts")
    ap.add_argument("--plover", type=Path, default=SHARED / "data/plover-gsr/CAMEO2PLOVER-2021.txt")
    ap.add_argument("--out", type=Path, default=ROOT / "src/newsgraph/events/data")
    a = ap.parse_args(argv)
    for p in (a.petrarch, a.plover):
        if not p.exists():
            print(f"not found: {p} (give --petrarch / --plover)", file=sys.stderr)
            return 1
    dropped = convert_verbs(a.petrarch / "CAMEO.2.0.txt", a.out / "cameo_verbs.txt")
    n_actors = convert_actors(a.petrarch, a.out / "phoenix_actors.tsv")
    n_map = convert_plover(a.plover, a.out / "cameo2plover.tsv")
    n_discards = convert_discards(a.petrarch / "Phoenix.discards.txt", a.out / "phoenix_discards.txt")
    n_issues = convert_issues(a.petrarch / "Phoenix.IssueCoding.txt", a.out / "phoenix_issues.txt")
    (a.out / "LICENSE-PETRARCH2.txt").write_text(
        "cameo_verbs.txt, phoenix_actors.tsv, phoenix_discards.txt and phoenix_issues.txt are converted\n"
        "from the PETRARCH2 dictionaries\n"
        "(https://github.com/openeventdata/petrarch2, commit 676801cd9cb2924bbbad09f86d15c9323e7097bf).\n\n"
        + (a.petrarch / "LICENSE").read_text(encoding="utf-8"), encoding="utf-8")
    (a.out / "NOTICE-CAMEO2PLOVER.txt").write_text(NOTICE, encoding="utf-8")
    print(f"cameo_verbs.txt ({dropped} lines dropped), phoenix_actors.tsv ({n_actors} entries), "
          f"cameo2plover.tsv ({n_map} codes), phoenix_discards.txt ({n_discards} phrases), "
          f"phoenix_issues.txt ({n_issues} phrase forms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
