"""PETRARCH2's combination of a verb's code with the code of its complement (dictionaries.rst,
"Combinations"), for the events a user's PETRARCH verb dictionary (`--verbs`) codes.

PETRARCH2 codes "A agreed to meet B" as one event: the lower verb ("to meet B", MEET 040) is coded
first, then its code is combined with the upper verb's (AGREE 050) through PETRARCH2's internal
ontology, in which each CAMEO code is a hexadecimal number whose digits say what kind of act it is
(data/petrarch2_ontology.tsv). The rule, as PETRARCH2 applies it (utilities.combine_code):
- a rejection below (a negative code) is added to the upper code;
- when both codes are top-level acts (say, appeal, intend, demand, protest, threaten, disapprove,
  posture, coerce, investigate, consult: 0x1000 or more), the lower code wins ("promised to hold
  talks": 046);
- when the lower code is the larger, it wins ("agreed to meet": 050 + 040 -> 040);
- otherwise the two are added ("threatened to attack": 0x6000 + 0x00A0 = 0x60A0 -> 138;
  "will help": 0x3000 + 0x0040 -> 033, the documented example).
The sum converts back to CAMEO through the same table; a sum with no CAMEO code ("agreed to provide
aid": 0x0080 + 0x0040) has no code, and PETRARCH2 then outputs no event for the pair.

Here the lower verb is a to-infinitive complement of the upper one ("agreed to meet Sylvania",
"urged Mordor to stop the fighting"), both coded by the user's dictionary: PETRARCH2's verb phrase
holding a verb phrase. The pair becomes one event, the upper verb's, with the combined code, its
source the upper verb's and its target the lower verb's own source when it has one ("urged Mordor to
stop": Mordor, PETRARCH2's `a (b . Q) P` -> `a b P+Q`), else the lower verb's target (or the upper
one's when the lower has none).
An upper verb the dictionary codes with the null code (REFUSE [---]) makes no candidate and combines
with nothing, as in PETRARCH2 (where adding 0 leaves the lower code).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError
from .ontology import cameo_table, mode_for_cameo, plover_for_cameo
from .petrarch_verbs import infinitive, match_verb, token_forms

ONTOLOGY = Path(__file__).parent / "data" / "petrarch2_ontology.tsv"
TOP_LEVEL = 0x1000  # a say/appeal/intend/... act: PETRARCH2's first hexadecimal digit set


@dataclass(frozen=True)
class Ontology:
    forward: dict[str, int] = field(default_factory=dict)  # CAMEO code -> PETRARCH2 internal code
    back: dict[int, str] = field(default_factory=dict)  # internal code -> CAMEO code
    cameo: frozenset[str] = frozenset()  # the CAMEO codes PLOVER's table lists (ontology.cameo_table)

    def internal(self, code: str | None) -> int | None:
        """A CAMEO code's internal value (a CAMEO code with no row: its root's, as PETRARCH2 converts
        it). None for the null code and for codes that are not CAMEO's (the WEIS codes of old KEDS
        dictionaries such as PETRARCH's validation verbs, `[095]`, `[212]`): PETRARCH2's ontology
        is CAMEO's, and reading a WEIS code as the CAMEO code of the same digits would be a guess."""
        if not code or code not in self.forward and code not in self.cameo:
            return None
        if code in self.forward:
            return self.forward[code]
        return self.forward.get(code[:2] + "0")


def load_ontology(path: Path = ONTOLOGY) -> Ontology:
    forward: dict[str, int] = {}
    back: dict[int, str] = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        try:
            value = -int(cols[1][1:], 16) if cols[1].startswith("-") else int(cols[1], 16)
        except (IndexError, ValueError):
            raise InputError(f"{path}:{n}", f"bad ontology row {line!r}") from None
        if len(cols) < 3 or cols[2] != "back":
            forward[cols[0]] = value
        back.setdefault(value, cols[0])  # (shared values: the first row converts back)
    return Ontology(forward, back, frozenset(cameo_table()))


def combine(upper: int, lower: int) -> int:
    """PETRARCH2's combination of an upper verb's internal code with its complement's."""
    if lower < 0:
        return upper + lower
    if upper >= TOP_LEVEL and lower >= TOP_LEVEL:
        return lower
    if lower >= upper:
        return lower
    return upper + lower


def combined_code(ont: Ontology, upper: str, lower: str, negated: bool = False) -> str | None:
    """The CAMEO code of `upper` (the verb) combined with `lower` (its complement; `negated`: "not
    to attack", which PETRARCH2 turns into a rejection, lower - 0xFFFF); None when the combination
    has no CAMEO code (PETRARCH2 outputs no event); `upper` itself when either code is outside the
    ontology (Ontology.internal)."""
    up, low = ont.internal(upper), ont.internal(lower)
    if up is None or low is None:
        return upper
    if negated:
        low -= 0xFFFF
    value = combine(up, low)
    if value == up:
        return upper
    if value == low and not negated:
        return lower  # (the lower code as written, not its first equal in the table: 046 stays 046)
    return ont.back.get(value)


def own_phrase_match(vd, tok, is_actor, m):
    """The verb's reading from its own phrase. PETRARCH2 matches a verb's patterns on the noun and
    prepositional phrases of its own verb phrase and codes a to-infinitive complement apart
    (combined after: "promised to provide economic aid" is PROMISE 030 + the aid's 0331, not
    PROMISE's `* AID [033]`, whose AID stands in the complement). A pattern naming the complement's
    verb itself, as TABARI-style dictionaries write them (`* + TO LEAVE [201]`), codes the pair as
    a whole: that match stands and nothing is combined."""
    comps = [c for c in tok.children if infinitive(c)]
    if not comps:
        return m
    if m.line and m.words & token_forms(comps):
        return dataclasses.replace(m, whole=True)
    return match_verb(vd, tok, is_actor, complements=False)


def complement(c, cands):
    """The dictionary candidate that is `c`'s to-infinitive complement ("agreed to meet", "urged X
    to stop"), or None. A verb in between that codes nothing ("threatened to continue attacking",
    CAMEO.2.0's CONTINUE `[---]`) passes its complement's code up, as PETRARCH2 adds its 0."""
    coded = {d.token.i: d for d in cands if d is not c and d.dictionary and not d.is_noun}
    node = c.token
    for hop in range(3):
        kids = [k for k in node.children if k.i > node.i and (infinitive(k) if hop == 0 else k.dep_ == "xcomp")]
        if not kids:
            return None
        if kids[0].i in coded:
            return coded[kids[0].i]
        node = kids[0]
    return None


def combine_complements(cands: list, ont: Ontology) -> list:
    """One event for each dictionary-coded verb and its dictionary-coded complement (module doc);
    both dropped when the combined code is no CAMEO code."""
    drop: set[int] = set()
    for c in cands:
        if not c.dictionary or c.is_noun or c.whole or id(c) in drop:
            continue
        d = complement(c, cands)
        if d is None or ont.internal(c.sense.cameo) is None or ont.internal(d.sense.cameo) is None:
            continue  # (codes outside the ontology: each verb stands as it was coded)
        negated = any(k.dep_ == "neg" for k in d.token.children)
        code = combined_code(ont, c.sense.cameo or "", d.sense.cameo or "", negated)
        drop.add(id(d))
        if code is None:
            drop.add(id(c))
            continue
        if code != c.sense.cameo:
            type_ = plover_for_cameo(code) or c.sense.type
            c.sense = dataclasses.replace(c.sense, type=type_, cameo=code, mode=mode_for_cameo(code, type_),
                                          origin=f"{c.sense.origin}+{d.sense.origin}")
            c.reverse, c.swap = None, False
        if d.source and not set(d.source) & set(c.source):
            c.target = list(d.source)  # "urged Mordor to stop": PETRARCH2's `a (b . Q) P` -> a b P+Q
        elif d.target:
            c.target = list(d.target)
    return [c for c in cands if id(c) not in drop]
