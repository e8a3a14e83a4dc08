"""Reading span gold files shared by the quotes and places evaluators.

A gold item locates its span either by offsets (`start`, `end`, checked against `text`) or by the
span's `text` alone plus an optional `occurrence` (1-based; an int or a list of ints): without
`occurrence`, every whole-word occurrence of `text` in the article is a gold span.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from ..errors import InputError
from .base import empty_gold, read_gold_text


def records(path: str, field: str):
    """(line number, record) for each gold line, each with a `text` string and a `field` list;
    InputError names the file and the line at fault."""
    if not Path(path).exists():
        raise InputError(path, "no such gold file")
    for n, line in enumerate(read_gold_text(path, "gold file", "gold JSONL").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(path, f"line {n}: not JSON ({exc.msg})") from None
        if not isinstance(rec, dict) or not isinstance(rec.get("text"), str) or not isinstance(rec.get(field), list):
            raise InputError(path, f"line {n}: needs 'text' (string) and '{field}' (list)")
        yield n, rec


def load(path: str, field: str, split: str | None = None) -> list[dict]:
    """Gold articles with their `field` items resolved to offsets; InputError names the line at fault."""
    items, splits = [], []
    for n, rec in records(path, field):
        spans = []
        for g in rec[field]:
            if not isinstance(g, dict) or not isinstance(g.get("text"), str):
                raise InputError(path, f"line {n}: each of '{field}' needs a 'text' string")
            for s, e in locate(rec["text"], g):
                spans.append({**g, "start": s, "end": e})
            if not locate(rec["text"], g):
                raise InputError(path, f"line {n}: {g['text']!r} is not in the text (or its occurrence/offsets are wrong)")
        rec = {**rec, field: sorted(spans, key=lambda g: g["start"])}
        splits.append(rec.get("split"))
        if split is None or rec.get("split") == split:
            items.append(rec)
    if not items:
        raise empty_gold(path, "gold items", split, splits)
    return items


def locate(text: str, g: dict) -> list[tuple[int, int]]:
    if "start" in g and "end" in g:
        s, e = g["start"], g["end"]
        return [(s, e)] if text[s:e] == g["text"] else []
    target = g["text"]
    pat = re.compile(r"(?<!\w)" + re.escape(target) + r"(?!\w)")
    found = [(m.start(), m.end()) for m in pat.finditer(text)]
    occ = g.get("occurrence")
    if occ is None:
        return found
    wanted = [occ] if isinstance(occ, int) else list(occ)
    if any(not (1 <= k <= len(found)) for k in wanted):
        return []
    return [found[k - 1] for k in wanted]


def prf(tp: int, n_sys: int, n_gold: int) -> dict:
    p = tp / n_sys if n_sys else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp, "system": n_sys, "gold": n_gold}


def pair(gold: list[dict], system: list, min_ratio: float) -> list[tuple[dict, object]]:
    """One-to-one (gold, system) pairs, largest overlap first; a pair needs overlap >= min_ratio x the longer span."""
    cands = []
    for gi, g in enumerate(gold):
        for si, s in enumerate(system):
            ov = min(g["end"], s.end) - max(g["start"], s.start)
            if ov > 0 and ov >= min_ratio * max(g["end"] - g["start"], s.end - s.start):
                cands.append((ov, gi, si))
    cands.sort(reverse=True)
    used_g, used_s, out = set(), set(), []
    for _, gi, si in cands:
        if gi in used_g or si in used_s:
            continue
        used_g.add(gi)
        used_s.add(si)
        out.append((gold[gi], system[si]))
    return out
