"""One event for a verb and its to-infinitive complement ("agreed to meet Sylvania", "threatened
to impose sanctions", "urged Mordor to stop the fighting"), for the events a user's PETRARCH verb
dictionary (`--verbs`) codes, its code the CAMEO codebook's parallel sub-code for what the
complement does.

PETRARCH2's dictionaries.rst ("Combinations") is where the idea comes from: a verb phrase holding a
verb phrase is coded as one event whose code says both what the upper verb does and what its
complement does. The combination itself is ours, written from the CAMEO codebook
(/work/shared/data/cameo-codebook/verb-codebook.md), which names such codes family by family: an
appeal (02), an intent (03), a demand (10), a rejection (12) and a threat (13) are sub-coded by
their content ("Express intent to meet or negotiate" 036, "Threaten to boycott, embargo, or
sanction" 1312, "Express intent to mediate" 039, "Threaten with military force ... conventional
attack" 1384, "Express intent to provide military aid" 0332). Those sub-codes are the table
ontology.PARALLEL, which the built-in verbs use too; ontology.HEADS says which upper codes speak in
which family. The rule (combined_code):
- an upper verb outside those families (a statement, 01x: "considered", 014 "Consider policy
  option", is the codebook's own code for considering an act; a consultation 04x; a concession
  08x) keeps its own code;
- a complement of the upper verb's own family is the more specific code and wins ("offered to
  host talks", HOST's `* TALKS (BETWEEN) [039]`: 039);
- otherwise the family's sub-code for the complement's code ("agreed to meet": 036; "urged X to
  provide economic aid": 0231; "threatened to impose sanctions": 1312);
- an intent to do a conflictual act is a threat (codebook, 132 and 136: "the future tense used in
  the lead implies a threat"): "agreed to attack" 1384;
- a negated complement of an intent is its rejection ("promised not to release the prisoners":
  1243 "Decline to release persons or property"); the complement's act is never coded;
- where the codebook has no parallel code ("urged X not to attack", "agreed to sign"), the upper
  verb's own code.
Codes outside CAMEO (the WEIS codes of old KEDS dictionaries such as PETRARCH's validation verbs,
`[095]`, `[212]`) combine with nothing: reading one as the CAMEO code of the same digits would be
a guess, so each verb stands as coded.

The pair becomes the upper verb's event, its source the upper verb's and its target the lower
verb's own source when it has one ("urged Mordor to stop": Mordor, the one asked to act), else the
lower verb's target (or the upper one's when the lower has none).
An upper verb the dictionary codes with the null code (REFUSE [---]) makes no candidate and combines
with nothing; an uncoded verb between the two passes its complement up ("threatened to continue
attacking": 1384).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from .ontology import cameo_table, head_of, mode_for_cameo, parallel_code, plover_for_cameo
from .petrarch_verbs import infinitive, match_verb, token_forms

def combined_code(upper: str, lower: str, negated: bool = False) -> str:
    """The CAMEO code of `upper` (the verb) combined with `lower` (its complement's code; `negated`:
    "not to attack"), by the codebook's parallel sub-codes (module doc); `upper` when the codebook
    has none."""
    head = head_of(upper)
    if head is None:
        return upper
    if negated:  # an intent not to act cooperatively is a rejection of the act (12); nothing else has a code
        return (parallel_code("120", lower) if head == "03" else None) or upper
    if lower[:2] == head:
        return lower
    code = parallel_code(head + "0", lower)
    if code is None and head == "03":
        code = parallel_code("130", lower)  # an intent to do a conflictual act is a threat
    return code or upper


@dataclass(frozen=True)
class Combination:
    """What combine_complements needs: the CAMEO codes (PLOVER's table, ontology.cameo_table), so
    that codes outside CAMEO combine with nothing."""
    cameo: frozenset[str] = frozenset()

    def combines(self, code: str | None) -> bool:
        return bool(code) and code in self.cameo


def load_combination() -> Combination:
    return Combination(frozenset(cameo_table()))


def own_phrase_match(vd, tok, is_actor, m):
    """The verb's reading from its own phrase. As PETRARCH2 does, a verb's patterns match on the noun
    and prepositional phrases of its own verb phrase and a to-infinitive complement is coded apart
    (combined after: "promised to provide economic aid" is PROMISE 030 + the aid's 071 -> 0331, not
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
    CAMEO.2.0's CONTINUE `[---]`) passes its complement's code up."""
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


def combine_complements(cands: list, comb: Combination) -> list:
    """One event for each dictionary-coded verb and its dictionary-coded complement (module doc)."""
    drop: set[int] = set()
    for c in cands:
        if not c.dictionary or c.is_noun or c.whole or id(c) in drop:
            continue
        d = complement(c, cands)
        if d is None or not comb.combines(c.sense.cameo) or not comb.combines(d.sense.cameo):
            continue  # (codes outside CAMEO: each verb stands as it was coded)
        if head_of(c.sense.cameo or "") == "03" and d.source and not set(d.source) & set(c.source):
            continue  # "wants Belarus to attack": an intent is to do something oneself; another's act is no pair
        negated = any(k.dep_ == "neg" for k in d.token.children)
        code = combined_code(c.sense.cameo or "", d.sense.cameo or "", negated)
        drop.add(id(d))
        if code != c.sense.cameo:
            type_ = plover_for_cameo(code) or c.sense.type
            c.sense = dataclasses.replace(c.sense, type=type_, cameo=code, mode=mode_for_cameo(code, type_),
                                          origin=f"{c.sense.origin}+{d.sense.origin}")
            c.reverse, c.swap = None, False
        if d.source and not set(d.source) & set(c.source):
            c.target = list(d.source)  # "urged Mordor to stop": the one asked to act
        elif d.target:
            c.target = list(d.target)
    return [c for c in cands if id(c) not in drop]
