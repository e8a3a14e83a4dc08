"""Score the attribution stage on our own labelled probe sets (scripts/attr_probes/*.txt).

Usage: PYTHONPATH=src python scripts/attr_probes.py scripts/attr_probes/probes1.txt [--json OUT] [--show] [--overlap 0.8]

The probe files are written and labelled by hand (markup in the file's header) before the system is run on
them. Matching is `newsgraph evaluate quotes --polnear`'s: a system attribution matches a gold one when
their contents overlap by more than 30% (or --overlap) of the longer (non-space characters), one to one, largest overlap
first (newsgraph.evaluate.polnear.match); the speaker is right when the system's source span or a mention
of its entity overlaps the gold source (polnear.speaker_right). An attribution marked optional (nested
inside another's content, which PolNeAR leaves unmarked) is neither gold nor, when found, spurious.
Counts are given per family (the "## family" headings).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

_OPEN = re.compile(r"\[([SCTsct])(\d+) ")


def parse_article(lines: list[str]) -> tuple[str, list[dict]]:
    """The article's text (paragraphs joined by blank lines) and its labelled attributions."""
    src = "\n\n".join(lines)
    out, atts, stack, i = [], {}, [], 0
    pos = 0
    while i < len(src):
        m = _OPEN.match(src, i)
        if m:
            stack.append((m.group(1), int(m.group(2)), pos))
            i = m.end()
            continue
        if src[i] == "]" and stack:
            role, n, start = stack.pop()
            key = (n, role.islower())
            a = atts.setdefault(key, {"content": [], "source": [], "cue": [], "optional": role.islower()})
            a[{"s": "source", "c": "cue", "t": "content"}[role.lower()]].append((start, pos))
            i += 1
            continue
        out.append(src[i])
        pos += 1
        i += 1
    if stack:
        raise ValueError(f"unclosed span in {src[:60]!r}")
    return "".join(out), [atts[k] for k in sorted(atts)]


def read_probes(path: str) -> list[dict]:
    arts, family, block = [], None, []

    def flush():
        if block:
            text, atts = parse_article(block)
            for a in atts:
                a["family"] = family
            arts.append({"family": family, "text": text, "gold": atts})
            block.clear()

    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            flush()
            family = line[3:].strip()
        elif line.startswith("#"):
            continue
        elif not line.strip():
            flush()
        else:
            block.append(line.strip())
    flush()
    return arts


def run(path: str, show: bool = False, overlap: float = 0.3) -> dict:
    from newsgraph.evaluate.polnear import from_document, match, speaker_right
    from newsgraph.pipeline import Pipeline
    from newsgraph.stage import Options

    pipe = Pipeline(Options(check_language=False))
    fam: dict[str, dict] = {}
    lines = []
    for k, art in enumerate(read_probes(path)):
        text = art["text"]
        doc = pipe.extract(text, name=f"probe-{k}")
        system = from_document(doc)
        gold = [g for g in art["gold"] if not g["optional"]]
        optional = [g for g in art["gold"] if g["optional"]]
        pairs = dict(match(gold, system, text, overlap))
        taken = set(pairs.values())
        extra = [s for si, s in enumerate(system) if si not in taken]
        opt_pairs = match(optional, extra, text, overlap)
        excused = {si for _, si in opt_pairs}
        spurious = [s for si, s in enumerate(extra) if si not in excused]
        f = fam.setdefault(art["family"], {"gold": 0, "found": 0, "speaker": 0, "sourced": 0, "spurious": 0})
        f["gold"] += len(gold)
        f["spurious"] += len(spurious)

        def show_frags(fr):
            return " | ".join(text[a:b] for a, b in fr)

        for gi, g in enumerate(gold):
            if gi in pairs:
                f["found"] += 1
                s = system[pairs[gi]]
                if g["source"]:
                    f["sourced"] += 1
                    ok = speaker_right(g, s)
                    f["speaker"] += ok
                    if not ok:
                        lines.append(f"SPEAKER [{art['family']}] gold {show_frags(g['source'])!r} system "
                                     f"{show_frags(s['source'])!r}: {show_frags(g['content'])[:70]!r}")
            else:
                lines.append(f"MISSED  [{art['family']}] cue {show_frags(g['cue'])!r} content "
                             f"{show_frags(g['content'])[:80]!r}")
        for s in spurious:
            lines.append(f"SPURIOUS [{art['family']}] cue {show_frags(s['cue'])!r} content "
                         f"{show_frags(s['content'])[:80]!r}")
    tot = {k: sum(f[k] for f in fam.values()) for k in ("gold", "found", "speaker", "sourced", "spurious")}
    sys_n = tot["found"] + tot["spurious"]
    p = tot["found"] / sys_n if sys_n else 0.0
    r = tot["found"] / tot["gold"] if tot["gold"] else 0.0
    tot["precision"], tot["recall"] = round(p, 4), round(r, 4)
    tot["f1"] = round(2 * p * r / (p + r), 4) if p + r else 0.0
    tot["speaker_accuracy"] = round(tot["speaker"] / tot["sourced"], 4) if tot["sourced"] else 0.0
    return {"families": fam, "total": tot, "lines": lines if show else []}


def main(argv: list[str]) -> int:
    path = argv[0]
    overlap = float(argv[argv.index("--overlap") + 1]) if "--overlap" in argv else 0.3
    r = run(path, show="--show" in argv, overlap=overlap)
    for name, f in r["families"].items():
        print(f"{name:20s} gold {f['gold']:3d} found {f['found']:3d} speaker {f['speaker']}/{f['sourced']} "
              f"spurious {f['spurious']}")
    t = r["total"]
    print(f"{'TOTAL':20s} gold {t['gold']:3d} found {t['found']:3d} speaker {t['speaker']}/{t['sourced']} "
          f"spurious {t['spurious']}  P {t['precision']} R {t['recall']} F1 {t['f1']} "
          f"speaker {t['speaker_accuracy']}")
    for line in r["lines"]:
        print(line)
    if "--json" in argv:
        Path(argv[argv.index("--json") + 1]).write_text(json.dumps(r, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
