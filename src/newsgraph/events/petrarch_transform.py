"""PETRARCH verb transformations (`~` lines of a verb dictionary, dictionaries.rst "Transformations").

    ~ a (a b ATTACK) SAY = a b 015      "Mordor said it attacked Gondor": Mordor claims (015) Gondor
    ~ a (b . ATTACK) SAY = a b 112      "Mordor said Gondor attacked": Mordor accuses (112) Gondor
    ~ a (_ b ATTACK) WANT = a b 138     "Mordor wants to attack Gondor": a threat (138)

The form is postfix: the upper verb's source, then in parentheses the lower event (source, target,
verb), then the upper verb; after `=` the new event's source, target and code. A letter is an actor
variable (the same letter: the same actor; different letters: different actors), `.` any actor or
none, `_` no actor present in that clause; a verb `Q` is any verb, and a code `Q` the lower event's.
Verbs are compared by code ("the verbs in the patterns are converted to codes, so synonyms also
match"): the rule's verb word is looked up in the same dictionary, and a root code (`190`) covers its
sub-codes (`193`).

Here the lower event is one the dictionary coded in a clause that complements an upper verb ("said
[Gondor attacked]", "wants [to attack]"); the first rule, in file order, whose terms fit gives a new
event, added beside the lower one: the issue asks that a reported attack stays an attack (flagged
`reported`), and the user's dictionary asks for the accusation as well. A new event equal to the lower
one (same code, source and target) is not added twice, and a negated lower event transforms into
nothing ("Sylvania did not attack Freedonia, its minister said" accuses no one).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import msgspec

from ..errors import InputError
from ..model import Event, trimmed_span
from .ontology import goldstein, head_of, mode_for_cameo, plover_for_cameo, quad_class
from .syntax import subjects

_RULE = re.compile(r"^~\s*(\S+)\s*\(\s*(\S+)\s+(\S+)\s+(\S+)\s*\)\s*(\S+)\s*=\s*(\S+)\s+(\S+)\s+(\S+)\s*$")
_ACTOR = re.compile(r"^[a-z._]$")
_VERB = re.compile(r"^[A-Za-z][A-Za-z_'-]*$")
_CODE = re.compile(r"^(Q|[0-9]{2,4}[A-Za-z]?|---)$")
COMPLEMENT_DEPS = ("ccomp", "xcomp")
SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj", "csubjpass")
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})  # a tensed verb or modal: the clause is finite


@dataclass(frozen=True)
class Transform:
    upper_source: str
    lower_source: str
    lower_target: str
    lower_verb: str  # a code, or Q
    upper_verb: str  # a code, or Q
    source: str
    target: str
    code: str  # a code, or Q (the lower event's)
    line: int


def parse_transform(path, n: int, s: str) -> tuple[int, tuple[str, ...]]:
    """A `~` line's terms, checked (verbs still as words: they are resolved once the file is read)."""
    m = _RULE.match(s)
    if not m:
        raise InputError(f"{path}:{n}", f"bad transformation {s!r} (expected ~ a (b c VERB) VERB = a b CODE)")
    us, ls, lt, lv, uv, os_, ot, code = m.groups()
    for term in (us, ls, lt, os_, ot):
        if not _ACTOR.match(term):
            raise InputError(f"{path}:{n}", f"bad actor term {term!r} in transformation (a letter, . or _)")
    for term in (lv, uv):
        if not _VERB.match(term):
            raise InputError(f"{path}:{n}", f"bad verb {term!r} in transformation")
    if not _CODE.match(code):
        raise InputError(f"{path}:{n}", f"bad code {code!r} in transformation")
    bound = {t for t in (us, ls, lt) if t.isalpha()}
    for term in (os_, ot):
        if term.isalpha() and term not in bound:
            raise InputError(f"{path}:{n}", f"actor {term!r} after = is not named before it")
    return n, (us, ls, lt, lv, uv, os_, ot, code)


def _verb_code(path, n: int, word: str, vd) -> str:
    if word == "Q":
        return "Q"
    # a compound names its verb by one of its words: the last first ("WILL_ATTACK"), else an earlier
    # one ("BREAK_OFF", which the verb block lists under "break")
    code = vd.word_code(word.lower(), *reversed(word.lower().split("_")))
    if code is not None:
        return code
    raise InputError(f"{path}:{n}", f"transformation names verb {word!r}, which no verb block lists")


def resolve_transforms(path, pending, vd) -> list[Transform]:
    """The parsed `~` lines with their verbs as the dictionary's codes."""
    out = []
    for n, (us, ls, lt, lv, uv, os_, ot, code) in pending:
        out.append(Transform(us, ls, lt, _verb_code(path, n, lv, vd), _verb_code(path, n, uv, vd), os_, ot, code, n))
    return out


def covers(rule: str, code: str | None) -> bool:
    """Does a rule's verb code take in `code`? `Q` any; a root (`190`) its sub-codes (`193`, `1951`)."""
    if rule == "Q":
        return code is not None
    if code is None:
        return False
    if rule == code:
        return True
    return len(rule) == 3 and rule.isdigit() and rule.endswith("0") and code.isdigit() and code[:2] == rule[:2]


def upper_verb(pred):
    """The verb whose complement clause holds `pred` ("said [Gondor attacked]"), or None."""
    node = pred
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if node.dep_ in COMPLEMENT_DEPS and node.head.pos_ in ("VERB", "AUX") and node.head.i != node.i:
        return node.head
    return None


def _bind(term: str, actors: list[str], own_subject: bool, env: dict[str, list[str]]) -> bool:
    """Bind one actor term to `actors` (entity ids) in `env`; False when it cannot hold."""
    if term == ".":
        return True
    if term == "_":
        return not own_subject if own_subject is not None else not actors
    if not actors:
        return False
    if term in env:
        return bool(set(env[term]) & set(actors))
    if any(set(v) & set(actors) for v in env.values()):
        return False  # another letter: another actor
    env[term] = list(actors)
    return True


def fits(t: Transform, upper_code: str | None, speakers: list[str], ev: Event, own_subject: bool) -> dict | None:
    """The variables' actors when rule `t` fits (the lower event `ev`), else None."""
    if not covers(t.upper_verb, upper_code) or not covers(t.lower_verb, ev.cameo):
        return None
    env: dict[str, list[str]] = {}
    if not _bind(t.upper_source, speakers, None, env):
        return None
    if not _bind(t.lower_source, list(ev.source), own_subject, env):
        return None
    if not _bind(t.lower_target, list(ev.target), None, env):
        return None
    return env


def transformed(ev: Event, c, vd, parts, text: str) -> list[Event]:
    """The event the first fitting transformation makes of lower event `ev` (candidate `c`), or []."""
    if not vd.transforms or "negated" in ev.flags:
        return []  # ("Sylvania did not attack, its minister said": no accusation)
    upper = upper_verb(c.predicate)
    if upper is None:
        return []
    upper_code = vd.base_code(upper)
    speakers = list(dict.fromkeys(e for s in subjects(upper) for e in parts.resolve(s)))
    own_subject = any(k.dep_ in SUBJECT_DEPS for k in c.predicate.children)
    for t in vd.transforms:
        env = fits(t, upper_code, speakers, ev, own_subject)
        if env is None:
            continue
        code = ev.cameo if t.code == "Q" else t.code
        made = _event(ev, code, env.get(t.source, []), env.get(t.target, []), upper, text)
        same = made is not None and made.cameo == ev.cameo and made.source == ev.source and made.target == ev.target
        return [] if made is None or same else [made]
    return []


def _event(ev: Event, code: str, source: list[str], target: list[str], upper, text: str) -> Event | None:
    type_ = plover_for_cameo(code)  # (None: a CAMEO 01x statement, untyped as the user's dictionary codes it)
    negated = any(k.dep_ == "neg" for k in upper.children)
    flags = sorted({f for f in ev.flags if f == "historical"} | ({"negated"} if negated else set()))
    return msgspec.structs.replace(
        ev, type=type_, mode=mode_for_cameo(code, type_) if type_ else None, cameo=code, quad_class=quad_class(type_, code),
        goldstein=goldstein(code), source=source, target=target, flags=flags,
        trigger=trimmed_span(text, upper.idx, upper.idx + len(upper.text)))


SAYING = frozenset({"say", "tell", "report", "announce", "state", "add", "claim", "note", "write", "declare",
                    "confirm", "acknowledge", "believe", "allege", "insist", "stress", "reiterate", "indicate",
                    "repeat", "assert", "quote", "explain"})  # verbs whose complement is what was said
# Verbs of thought and feeling whose finite complement is a proposition, not a request: PETRARCH2
# reads "Rohan fears [Mordor will attack Ithilen]" as it reads a saying (the clause is the verb's
# target, the clause's own event is output), whatever the verb's code (the validation verbs' FEARS
# [022] reads as CAMEO's appeal family, which would otherwise keep Mordor as the appeal's target and
# swallow the attack as its content). Session 10, s10-petr.
ATTITUDE = frozenset({"fear", "think", "expect", "suspect", "hope", "worry", "feel", "know", "predict",
                      "assume", "estimate", "reckon", "conclude"})


def reported_clauses(cands: list, parts) -> set[int]:
    """PETRARCH2's one rule for a verb whose complement is a clause with a subject of its own
    ("Gondor said [Mordor attacked Osgiliath]", "Rohan said [Mordor was angry]"): the clause is the
    verb's target, not an actor in it, and PETRARCH2 outputs no event whose target is an event, so
    the verb takes no actor named only in that clause. The clause's own event stands on its own
    (reported, or what a `~` transformation makes of it); a clause that codes nothing gives the
    verb no target at all (SAID [023] is not aimed at Mordor). Kept: an actor a pattern's `+` slot
    took, one the verb names outside the clause ("told Rohan that ..."), the one a demand, appeal,
    intent, rejection or threat is aimed at (a HEADS family: "demanded that Mordor withdraw", 1056,
    as the codebook codes it; a verb of saying is none, whatever its code), and what must be done
    ("said Mordor must withdraw": the saying's content, unless the dictionary codes the modal
    itself, match_modal). Returns the verbs of saying (SAYING) left with no target whose clause
    holds an event the dictionary codes: those code nothing of their own, nor lend that event their
    content flags. (Session 9: this replaces petrarch_combine.clause_targets and
    reports_coded_event, two readings of the same rule with different reaches.)"""
    reports: set[int] = set()
    for c in cands:
        if not c.dictionary or c.is_noun or c.slot_target:
            continue
        saying = c.token.lemma_.lower() in SAYING | ATTITUDE  # (whatever its code: the validation verbs' SAID [023]
        if not saying and head_of(c.sense.cameo or ""):  # reads as CAMEO's appeal family)
            continue
        clauses = [k for k in c.token.children if _report_clause(k, cands)]
        if not clauses:
            continue
        inside = {t.i for k in clauses for t in k.subtree}
        named = {e for i in inside for e in parts.resolve(c.token.doc[i])}
        kept = {e for t in c.target_tokens if t.i not in inside for e in parts.resolve(t)}
        c.target = [e for e in c.target if e not in named or e in kept]
        if not c.target and saying and any(
                d is not c and d.dictionary and not d.is_noun and _said_by(d.predicate, c.token) for d in cands):
            reports.add(id(c))
    return reports


def _report_clause(k, cands) -> bool:
    """`k` heads a finite complement clause with a subject of its own that is reported, not
    ordered: no "must" or "should" on it unless a dictionary modal codes that clause. (An
    infinitive with its subject, "allowed Rohan to export", "let Mordor use", "ordered X held",
    is the verb's object acting: not a report.)"""
    if k.dep_ not in ("ccomp", "parataxis") or not any(s.dep_ in SUBJECT_DEPS + ("expl",) for s in k.children):
        return False  # ("said there should be more funding for parties": "there" is its subject)
    if not any(t.tag_ in FINITE_TAGS for t in [k] + [a for a in k.children if a.dep_ in ("aux", "auxpass")]):
        return False
    modal = any(a.dep_ == "aux" and a.lower_ in ("must", "should") for a in k.children)
    return not modal or any(d.modal and d.predicate.i == k.i for d in cands)


def _said_by(pred, say) -> bool:
    """`pred` is in the complement clause of `say`, directly or through verbs and phrases that code
    nothing ("said Gondor plans to expel", "said Gondor is close to signing")."""
    node = pred
    for _ in range(6):
        if node.head.i == node.i:
            return False
        if node.dep_ in COMPLEMENT_DEPS + ("parataxis",) and node.head.i == say.i:
            return node.dep_ != "xcomp"  # ("told X to ..." is the telling's content, not a report)
        if node.dep_ not in COMPLEMENT_DEPS + ("conj", "pcomp", "prep", "acomp"):
            return False
        node = node.head
    return False
