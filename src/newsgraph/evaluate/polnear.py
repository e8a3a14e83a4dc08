"""Score attributions against PolNeAR: `newsgraph evaluate quotes --polnear DIR [--split dev]`.

PolNeAR 1.0 (Newell, Margolin & Ruths, LREC 2018) is US political news (2015-16) annotated in brat
standoff: `text/NAME.txt` is the article, `attributions/NAME_ANNOTATOR.ann` one annotator's work.
`T` lines are labelled spans (Source, Cue, Content; a discontinuous span is `s e;s e`), `E` lines tie
one attribution's Source (absent for `Attribution-no-source`), Cue and Content (plus `Content2`,
taken as more content) together. Direct quotes, partial quotes and paraphrases all count.

DIR is either one split's folder (holding `text/` and `attributions/`) or the corpus folder holding
`train/` and `dev/`. Splits: `train` is PolNeAR's train folder; PolNeAR's dev folder is divided by
the project's held-aside rule (docs/accuracy.md): an article is `heldout` when
sha1(file stem) % 3 == 0, else `dev`.

Scoring (per annotation file; an article with k annotation files weighs 1/k in every count, so its
annotators are averaged): a system attribution matches a gold one when their contents overlap by more
than 30% (and, reported separately, 80%) of the longer of the two (characters, whitespace not
counted; the contents may have several fragments), one to one, largest overlap first. Over the
pairs matched at 30% whose gold has a Source: the speaker is right when the system's source span, or
a mention of the entity it resolved the source to, overlaps the gold Source.

Kind of a gold attribution, from the double quotation marks (" “ ” « », and '' as one mark) inside its content:
`direct` every word inside marks; `indirect` no marks; `mixed` some words outside, at least half
inside; `partial` quoted words, fewer than half of them (a quoted phrase in a paraphrase).
"""

from __future__ import annotations

import bisect
import hashlib
import re
from pathlib import Path

from ..errors import InputError
from .base import empty_gold, read_gold_text

THRESHOLDS = (0.3, 0.8)
KINDS = ("direct", "mixed", "partial", "indirect")
_WORDS = re.compile(r"\w+")


def split_of(stem: str, folder: str) -> str:
    if folder == "train":
        return "train"
    return "heldout" if int(hashlib.sha1(stem.encode()).hexdigest(), 16) % 3 == 0 else "dev"


# --- reading -------------------------------------------------------------------------------------------

def load_gold(path: str, split: str | None = None) -> list[dict]:
    """Articles: {id, split, text (normalised as newsgraph reads it), annotations: [[attribution]]}."""
    root = Path(path)
    if not root.is_dir():
        raise InputError(path, "not a folder (PolNeAR is a folder of brat files)" if root.exists() else "no such PolNeAR folder")
    if (root / "text").is_dir():
        folders = [root]
    else:
        folders = [root / f for f in ("train", "dev") if (root / f / "text").is_dir()]
    if not folders:
        raise InputError(path, "not a PolNeAR folder (needs text/ and attributions/, or train/ and dev/)")
    items, splits = [], []
    for folder in folders:
        anns: dict[str, list[Path]] = {}
        for ann in sorted((folder / "attributions").glob("*.ann")):
            anns.setdefault(ann.stem.rsplit("_", 1)[0], []).append(ann)
        for txt in sorted((folder / "text").glob("*.txt")):
            splits.append(split_of(txt.stem, folder.name))
            if split is not None and splits[-1] != split:
                continue
            items.append(_article(txt, anns.get(txt.stem, []), splits[-1]))
    if not items:
        raise empty_gold(path, "PolNeAR articles", split, splits)
    return items


def _article(txt: Path, anns: list[Path], sp: str) -> dict:
    from ..read import normalise

    raw = read_gold_text(str(txt), "the PolNeAR article", "a PolNeAR article")
    text, tmap = normalise(raw)
    to_norm = _raw_to_norm(text, tmap)
    annotations = [[_to_norm(a, to_norm) for a in read_ann(ann, raw)] for ann in anns]
    return {"id": txt.stem, "split": sp, "text": text, "annotations": annotations}


def _raw_to_norm(text: str, tmap):
    if not tmap.points:
        return lambda o: o
    raws = [tmap.to_raw(i) for i in range(len(text) + 1)]
    return lambda o: bisect.bisect_left(raws, o)


def _to_norm(att: dict, f) -> dict:
    conv = {k: [(f(s), f(e)) for s, e in att[k]] for k in ("content", "cue", "source")}
    return {**att, **conv}


def read_ann(path: Path, text: str) -> list[dict]:
    """Attributions of one brat file: {content, cue, source: [(start, end)], kind}; InputError names the line."""
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    events = []
    for n, line in enumerate(read_gold_text(str(path), "the brat file", "brat standoff").splitlines(), 1):
        if re.match(r"T\d+\t", line):
            try:
                tid, label_offsets, _ = line.split("\t", 2)
                label, offsets = label_offsets.split(" ", 1)
                frags = [tuple(int(x) for x in part.split()) for part in offsets.split(";")]
            except ValueError:
                raise InputError(str(path), f"line {n}: not a brat text-bound annotation") from None
            if any(len(f) != 2 or not 0 <= f[0] <= f[1] <= len(text) for f in frags):
                raise InputError(str(path), f"line {n}: offsets outside the article text")
            spans[tid] = (label, frags)
        elif re.match(r"E\d+\t", line):
            events.append((n, line.split("\t")[1].split()))
    out = []
    for n, args in events:
        att = {"content": [], "cue": [], "source": []}
        for arg in args:
            role, _, tid = arg.partition(":")
            if tid not in spans:
                raise InputError(str(path), f"line {n}: refers to {tid!r}, which is not defined")
            key = {"Content": "content", "Content2": "content", "Cue": "cue", "Source": "source"}.get(role)
            if key:
                att[key].extend(spans[tid][1])
        if not att["content"]:
            continue  # a cue with nothing attributed: not scorable
        att["content"].sort()
        att["kind"] = kind_of(" ".join(text[s:e] for s, e in att["content"]))
        out.append(att)
    return out


_MARKS = re.compile(r"[\"“”«»]")


def kind_of(content: str) -> str:
    """direct / mixed / partial / indirect from the double quotation marks in a content (module doc)."""
    content = content.replace("''", '"')  # ''…'': two apostrophes as a double mark (NYT archive texts)
    if not _MARKS.search(content):
        return "indirect"
    inside = []
    curly = straight = 0  # curly marks nest (“ … ‘ … ’ … ”), straight ones alternate
    for ch in content:
        if ch in "“«":
            curly += 1
        elif ch in "”»":
            curly = max(0, curly - 1)
        elif ch == '"':
            straight ^= 1
        inside.append(curly > 0 or straight > 0 or ch in "”»\"")
    words = [(m.start(), m.end()) for m in _WORDS.finditer(content)]
    n_in = sum(1 for s, _ in words if inside[s])
    if n_in == len(words):
        return "direct"
    if n_in == 0:
        return "indirect"
    return "mixed" if 2 * n_in >= len(words) else "partial"


# --- predicting ----------------------------------------------------------------------------------------

def pipeline_options(model: str | None = None, **_):
    """PolNeAR articles are scored whatever the language check would say of them."""
    from ..stage import Options

    return Options(model=model, check_language=False)


def predict(gold: list[dict], options=None, pipeline=None) -> list[list[dict]]:
    """The system's attributions for each gold article (offsets into the same normalised text)."""
    from ..pipeline import Pipeline
    from ..stage import Options

    pipe = pipeline or Pipeline(options or Options(check_language=False))
    return [from_document(pipe.extract(g["text"], name=g["id"])) for g in gold]


def from_document(doc) -> list[dict]:
    """Scorable attributions of a Document: content fragments, source span, the source entity's mentions."""
    return [scorable(doc, a) for a in doc.attributions]


def scorable(doc, a) -> dict:
    ent = doc.entity(a.speaker) if a.speaker else None
    return {
        "content": [(p.start, p.end) for p in a.content],
        "source": [(a.source.start, a.source.end)] if a.source else [],
        "cue": [(a.cue.start, a.cue.end)] if a.cue else [],
        "entity": [(m.start, m.end) for m in ent.mentions] if ent else [],
        "kind": a.kind, "class": a.type,
    }


# --- scoring -------------------------------------------------------------------------------------------

def _length(frags, text) -> int:
    return sum(len(text[s:e]) - sum(ch.isspace() for ch in text[s:e]) for s, e in frags)


def _overlap(a, b, text) -> int:
    tot = 0
    for s1, e1 in a:
        for s2, e2 in b:
            s, e = max(s1, s2), min(e1, e2)
            if s < e:
                tot += _length([(s, e)], text)
    return tot


def match(gold: list[dict], system: list[dict], text: str, threshold: float) -> list[tuple[int, int]]:
    """One-to-one (gold index, system index) pairs overlapping more than `threshold` of the longer content."""
    cands = []
    glen = [_length(g["content"], text) for g in gold]
    slen = [_length(s["content"], text) for s in system]
    for gi, g in enumerate(gold):
        for si, s in enumerate(system):
            ov = _overlap(g["content"], s["content"], text)
            if ov and ov > threshold * max(glen[gi], slen[si]):
                cands.append((ov, gi, si))
    cands.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_g, used_s, out = set(), set(), []
    for _, gi, si in cands:
        if gi not in used_g and si not in used_s:
            used_g.add(gi)
            used_s.add(si)
            out.append((gi, si))
    return out


def speaker_right(g: dict, s: dict) -> bool:
    spans = s["source"] + s["entity"]
    return any(a < e2 and s2 < b for a, b in g["source"] for s2, e2 in spans)


def score(gold: list[dict], predictions: list[list[dict]]) -> dict:
    counts = {t: {"tp": 0.0, "sys": 0.0, "gold": 0.0} for t in THRESHOLDS}
    kinds = {k: [0.0, 0.0] for k in KINDS}
    spk = [0.0, 0.0]
    errors = []
    for art, system in zip(gold, predictions):
        text, anns = art["text"], art["annotations"] or [[]]
        w = 1 / len(anns)
        for gi_ann, ann in enumerate(anns):
            for t in THRESHOLDS:
                pairs = match(ann, system, text, t)
                c = counts[t]
                c["tp"] += w * len(pairs)
                c["sys"] += w * len(system)
                c["gold"] += w * len(ann)
                if t != THRESHOLDS[0]:
                    continue
                found = dict(pairs)
                for gi, g in enumerate(ann):
                    kinds[g["kind"]][1] += w
                    if gi in found:
                        kinds[g["kind"]][0] += w
                        if g["source"]:
                            ok = speaker_right(g, system[found[gi]])
                            spk[0] += w * ok
                            spk[1] += w
                            if not ok and gi_ann == 0:
                                errors.append(_error(art, "speaker", g, system[found[gi]]))
                    elif gi_ann == 0:
                        errors.append(_error(art, "missed", g, None))
                if gi_ann == 0:
                    taken = set(found.values())
                    errors.extend(_error(art, "spurious", None, s) for si, s in enumerate(system) if si not in taken)
    report = {"articles": len(gold), "gold_attributions": round(counts[THRESHOLDS[0]]["gold"], 1)}
    for t in THRESHOLDS:
        c = counts[t]
        p = c["tp"] / c["sys"] if c["sys"] else 0.0
        r = c["tp"] / c["gold"] if c["gold"] else 0.0
        report[f"overlap>{t}"] = {"precision": round(p, 4), "recall": round(r, 4),
                                  "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
                                  "system": round(c["sys"], 1)}
    report["speaker_accuracy"] = round(spk[0] / spk[1], 4) if spk[1] else 0.0
    report["recall_by_kind"] = {k: {"recall": round(v[0] / v[1], 4) if v[1] else 0.0, "gold": round(v[1], 1)}
                                for k, v in kinds.items()}
    report["errors"] = errors
    return report


def _error(art: dict, what: str, g: dict | None, s: dict | None) -> dict:
    text = art["text"]

    def show(frags):
        return " | ".join(text[a:b] for a, b in frags)[:200]

    e = {"id": art["id"], "error": what}
    if g is not None:
        e.update(gold=show(g["content"]), gold_source=show(g["source"]), gold_cue=show(g["cue"]), kind=g["kind"])
    if s is not None:
        e.update(system=show(s["content"]), system_source=show(s["source"]), system_cue=show(s.get("cue", [])),
                 system_kind=s.get("kind"))
    return e


def render(r: dict) -> str:
    lines = [f"attributions (PolNeAR): {r['articles']} articles, {r['gold_attributions']} gold attributions "
             "(averaged over annotators)"]
    for t in THRESHOLDS:
        s = r[f"overlap>{t}"]
        lines.append(f"  content overlap > {t:.0%}: P {s['precision']:.3f}  R {s['recall']:.3f}  F1 {s['f1']:.3f}"
                     f"  ({s['system']} system)")
    lines.append(f"  speaker accuracy (matched at >30%, gold source given): {r['speaker_accuracy']:.3f}")
    lines.append("  recall by gold kind: " + ", ".join(
        f"{k} {v['recall']:.3f} ({v['gold']})" for k, v in r["recall_by_kind"].items()))
    return "\n".join(lines) + "\n"
