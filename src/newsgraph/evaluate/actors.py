"""Score the actors stage against a gold file (`newsgraph evaluate actors gold/actors.jsonl`).

Gold format (one JSON object per line; docs/accuracy.md):
    {"id": "a01", "published": "2025-03-10", "text": "...",
     "entities": [{"mentions": ["Sergei Lavrov", "his", "Lavrov#2"], "code": "RUSGOV"},
                  {"mentions": ["Moscow@metonym"], "code": "RUSGOV"},
                  {"mentions": ["Ankara@name"], "code": null}]}
A mention is a string found in the text: "X" = every whole-word occurrence of X, "X#2" = only
the second occurrence; "@metonym" / "@name" says how that mention must be marked. `code` is the
expected actor code of the entity (null: not an actor, e.g. a city named literally).

Scores:
  - mention recall: gold mentions that overlap some system mention;
  - B-cubed precision/recall/F1 over the gold mentions: a gold mention's system cluster is the set
    of gold mentions aligned to the same system entity (unaligned mentions are singletons);
  - code / country / sector accuracy over gold entities with a code (the system entity is the one
    most of the entity's mentions align to; a missing entity counts as wrong);
  - non-actor accuracy over gold entities with code null (no actor code on the system side);
  - metonymy accuracy over mentions marked @metonym or @name.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field

from ..errors import InputError
from .base import GOLD, Evaluator, Option, empty_gold, gold_file, is_pipeline, pipeline_for, read_gold_text


@dataclass
class GoldMention:
    start: int
    end: int
    text: str
    entity: int
    kind: str | None = None  # metonym | name | None


@dataclass
class Scores:
    docs: int = 0
    gold_mentions: int = 0
    aligned: int = 0
    b3_p: float = 0.0
    b3_r: float = 0.0
    code_total: int = 0
    code_ok: int = 0
    country_ok: int = 0
    sector_ok: int = 0
    nonactor_total: int = 0
    nonactor_ok: int = 0
    meto_total: int = 0
    meto_ok: int = 0
    missing: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        n = max(self.gold_mentions, 1)
        p, r = self.b3_p / n, self.b3_r / n
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {
            "documents": self.docs,
            "gold_mentions": self.gold_mentions,
            "mention_recall": round(self.aligned / n, 4),
            "b3_precision": round(p, 4),
            "b3_recall": round(r, 4),
            "b3_f1": round(f, 4),
            "code_accuracy": round(self.code_ok / max(self.code_total, 1), 4),
            "country_accuracy": round(self.country_ok / max(self.code_total, 1), 4),
            "sector_accuracy": round(self.sector_ok / max(self.code_total, 1), 4),
            "coded_entities": self.code_total,
            "non_actor_accuracy": round(self.nonactor_ok / max(self.nonactor_total, 1), 4),
            "non_actor_entities": self.nonactor_total,
            "metonymy_accuracy": round(self.meto_ok / max(self.meto_total, 1), 4),
            "metonymy_mentions": self.meto_total,
        }


def load_gold(path: str, split: str | None = None) -> list[dict]:
    """The gold paragraphs (only those whose "split" is `split`, if given); InputError names the line at fault."""
    out, splits = [], []
    for n, line in enumerate(read_gold_text(path, "gold file", "actors gold JSONL").split("\n"), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}:{n}", f"not JSON: {exc.msg}") from None
        if not isinstance(rec, dict) or not isinstance(rec.get("text"), str) or not isinstance(rec.get("entities"), list):
            raise InputError(f"{path}:{n}", "each line needs \"text\" (string) and \"entities\" (list)")
        rec["_line"] = n
        splits.append(rec.get("split"))
        if split is None or rec.get("split") == split:
            out.append(rec)
    if not out:
        raise empty_gold(path, "gold items", split, splits)
    return out


_SPEC = re.compile(r"^(?P<text>.+?)(?:#(?P<nth>\d+))?(?:@(?P<kind>metonym|name))?$")


def gold_mentions(text: str, rec: dict) -> tuple[list[GoldMention], list[str]]:
    """Locate each gold mention string in the text; returns mentions and the specs not found."""
    out: list[GoldMention] = []
    missing = []
    taken: set[tuple[int, int]] = set()
    for ei, ent in enumerate(rec["entities"]):
        for spec in ent.get("mentions", []):
            m = _SPEC.match(spec)
            if not m:
                missing.append(spec)
                continue
            needle, nth, kind = m.group("text"), m.group("nth"), m.group("kind")
            hits = [h.start() for h in re.finditer(r"(?<!\w)" + re.escape(needle) + r"(?!\w)", text)]
            if nth:
                hits = hits[int(nth) - 1:int(nth)]
            if not hits:
                missing.append(spec)
                continue
            for h in hits:
                key = (h, h + len(needle))
                if key in taken:
                    continue
                taken.add(key)
                out.append(GoldMention(h, h + len(needle), needle, ei, kind))
    return out, missing


def align(doc, gms: list[GoldMention]) -> list[tuple[str | None, object]]:
    """For each gold mention, (system entity id, system mention) with the largest overlap, or (None, None)."""
    sys_mentions = [(e, m) for e in doc.entities for m in e.mentions]
    out = []
    for g in gms:
        best, best_ov = (None, None), 0
        for e, m in sys_mentions:
            ov = min(g.end, m.end) - max(g.start, m.start)
            if ov > best_ov or (ov == best_ov and ov > 0 and best[1] is not None
                                and abs((m.end - m.start) - (g.end - g.start)) < abs((best[1].end - best[1].start) - (g.end - g.start))):
                best, best_ov = (e.id, m), ov
        out.append(best)
    return out


def predict(records: list[dict], options=None) -> list:
    """One Document per gold paragraph, given its `published` date (`options`: stage Options, None
    for the defaults, or a Pipeline)."""
    pipe = pipeline_for(options)
    docs = []
    for rec in records:
        meta = {"published": rec["published"]} if rec.get("published") else {}
        docs.append(pipe.extract(rec["text"], name=str(rec.get("id", rec["_line"])), **meta))
    return docs


def score(records: list[dict], predictions=None) -> Scores:
    """Scores for the gold paragraphs and their Documents (`predictions` may also be a Pipeline, or
    None for the default one: then the paragraphs are run through it first)."""
    docs = predict(records, predictions) if is_pipeline(predictions) else predictions
    s = Scores()
    for rec, doc in zip(records, docs):
        s.docs += 1
        gms, missing = gold_mentions(doc.text, rec)
        s.missing += [f"{rec.get('id')}: {m!r} not found in text" for m in missing]
        al = align(doc, gms)
        _score_mentions(s, rec, gms, al)
        ents = {e.id: e for e in doc.entities}
        for ei, ent in enumerate(rec["entities"]):
            _score_code(s, rec, ent, _system_entity(s, rec, ei, gms, al, ents))
    return s


def _score_mentions(s: Scores, rec: dict, gms: list[GoldMention], al: list) -> None:
    """B-cubed and metonymy per gold mention: both judge a mention, not an entity, so they share one pass."""
    sys_cluster: dict[str, set[int]] = {}
    for idx, (eid, _) in enumerate(al):
        if eid is not None:
            sys_cluster.setdefault(eid, set()).add(idx)
    for idx, g in enumerate(gms):
        gold = {k for k, h in enumerate(gms) if h.entity == g.entity}
        eid = al[idx][0]
        # an unaligned mention is its own singleton cluster, so a missed mention costs recall, not precision
        system = sys_cluster.get(eid, {idx}) if eid is not None else {idx}
        inter = len(gold & system)
        s.b3_p += inter / len(system)
        s.b3_r += inter / len(gold)
        s.gold_mentions += 1
        s.aligned += eid is not None
        if g.kind:
            _score_kind(s, rec, g, al[idx][1])


def _score_kind(s: Scores, rec: dict, g: GoldMention, sm) -> None:
    """Whether the system marked a gold @metonym/@name mention the same way: a missing system mention
    reads as "name", as the stage marks only the metonyms it finds."""
    s.meto_total += 1
    got = "metonym" if sm is not None and sm.kind == "metonym" else "name"
    if got == g.kind:
        s.meto_ok += 1
    else:
        s.errors.append(f"{rec.get('id')}: {g.text!r} marked {got}, gold {g.kind}")


def _system_entity(s: Scores, rec: dict, ei: int, gms: list[GoldMention], al: list, ents: dict):
    """The system entity most of gold entity `ei`'s mentions align to (None if none align); a gold
    entity the system splits or partly misses is listed as an error, since its code is judged on one part."""
    idxs = [k for k, g in enumerate(gms) if g.entity == ei]
    votes = Counter(al[k][0] for k in idxs if al[k][0] is not None)
    if len(votes) > 1 or any(al[k][0] is None for k in idxs):
        parts = [f"{gms[k].text}->{al[k][0]}" for k in idxs]
        s.errors.append(f"{rec.get('id')}: split entity: {', '.join(parts)}")
    return ents.get(votes.most_common(1)[0][0]) if votes else None


def _score_code(s: Scores, rec: dict, ent: dict, sys_ent) -> None:
    """The gold entity's code against the system entity's: a null gold code asks for no actor at all,
    so it is counted apart from the coded entities' accuracy."""
    code = ent.get("code")
    got = sys_ent.actor.code if sys_ent is not None and sys_ent.actor is not None else None
    label = ent["mentions"][0] if ent.get("mentions") else "?"
    if code is None:
        s.nonactor_total += 1
        if got is None:
            s.nonactor_ok += 1
        else:
            s.errors.append(f"{rec.get('id')}: {label!r} coded {got}, gold: not an actor")
        return
    s.code_total += 1
    if got == code:
        s.code_ok += 1
    else:
        s.errors.append(f"{rec.get('id')}: {label!r} coded {got}, gold {code}")
    _score_code_parts(s, code, sys_ent.actor if sys_ent is not None else None)


def _score_code_parts(s: Scores, code: str, actor) -> None:
    """Country and sector credit apart from the whole code, so a right country with a wrong role still
    shows; IGO/NGO/IMG codes have no country, their first three letters are the sector."""
    gold_country = code[:3] if not code.startswith(("IGO", "NGO", "IMG")) else None
    gold_sector = code[3:6] if gold_country else code[:3]
    if actor is not None and (actor.country or None) == gold_country:
        s.country_ok += 1
    if actor is not None and (actor.sector or "") == gold_sector:
        s.sector_ok += 1


def evaluate(path: str, model: str | None = None) -> Scores:
    from ..stage import Options

    records = load_gold(path)
    return score(records, predict(records, Options(model=model)))


def render(report: dict) -> str:
    """The report as text: one score a line, then (with --errors) every miss."""
    width = max(len(k) for k in report if k != "errors")
    lines = [f"{k:<{width}}  {v:.4f}" if isinstance(v, float) else f"{k:<{width}}  {v}"
             for k, v in report.items() if k != "errors"]
    if report.get("errors"):
        lines += ["errors:"] + ["  " + e for e in report["errors"]]
    return "\n".join(lines) + "\n"


class ActorsEvaluator(Evaluator):
    """`newsgraph evaluate actors`: a class-based evaluator (its report is Scores.as_dict(), and
    `--errors` adds every miss to it)."""

    name = "actors"
    help = "Mention clustering (B-cubed), actor-code and metonymy accuracy of the actors stage."
    sources = (gold_file("Gold JSONL (format: docs/accuracy.md, Actors; e.g. gold/actors.jsonl)."),)
    options = (Option("errors", "Also list every wrong code, metonym and missing mention.", kind="flag"),)

    def load_gold(self, path, split=None, source=GOLD):
        return load_gold(path, split)

    def predict(self, gold, options, source=GOLD):
        return predict(gold, options)

    def score(self, gold, predictions, source=GOLD) -> dict:
        s = score(gold, predictions)
        return {**s.as_dict(), "errors": s.missing + s.errors}

    def render(self, report, source=GOLD) -> str:
        return render(report)

    def run(self, path, split=None, source=GOLD, model=None, errors: bool = False, **extra) -> dict:
        report = super().run(path, split, source, model, **extra)
        if not errors:
            del report["errors"]
        return report
