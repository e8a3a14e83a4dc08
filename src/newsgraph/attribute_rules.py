"""spaCy's attribute ruler, with exactly spaCy's output, at a fraction of its cost.

spaCy's `AttributeRuler` runs a Matcher with all its patterns over every token of every Doc (the IN, NOT_IN and
REGEX predicates of en_core_web_sm's 179 rules are Python callbacks, run per token), then sets each matched rule's
attributes in rule order, so that for each token and attribute the highest-numbered matching rule wins; all
matching sees the Doc as it was before any rule applied.

`install(nlp)` switches the loaded component's class to `FastAttributeRuler`, which keeps spaCy's object, name and
patterns (its own Matcher stays, unused), and only memoises and vectorises:

- a one-token spec's match depends only on the token's lexeme (fixed by its ORTH) and the token fields the
  patterns name (TAG and DEP in en_core_web_sm): that row of `Doc.to_array(plan.columns)` is the token's
  signature, and the rules matching a signature are decided once, by spaCy's own Matcher over a proxy Doc of one
  token per signature not seen before, and remembered (`RULE_MEMO_MAX`);
- each token spec of a two-token pattern is decided the same way, and the pattern matches tokens i, i+1 when its
  first spec matches i and its second i+1 (without OP, exactly how the Matcher matches it); a token it sets gets
  its one-token and two-token rules applied together in rule order;
- the result is written back with `Doc.from_array`, which sets exactly the token fields `set_token_attrs` sets
  (TAG, POS, MORPH, LEMMA, DEP: none of them is a lexeme field, so `set_token_attrs` changes no lexeme either).

A ruler with anything the fast path does not cover (a pattern with OP, more than two tokens, a key outside
`_LEXICAL_KEYS`/`_TOKEN_KEYS`, an extension attribute, an attribute set outside `_SET_ATTRS`, an index outside its
pattern, an on_match callback) is left as spaCy's: `install` returns False.
"""

from __future__ import annotations

import numpy
from spacy.attrs import DEP, LEMMA, MORPH, ORTH, POS, TAG
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

# Rule sets remembered per signature; emptied when full, so a long run's memory stays flat.
RULE_MEMO_MAX = 100_000

# Pattern keys the Matcher reads from the token's lexeme: one ORTH fixes them all (a token's lexeme is its
# vocabulary entry for its text, and no pipeline component writes these lexeme fields).
_LEXICAL_KEYS = {"ORTH": ORTH, "TEXT": ORTH, "LOWER": ORTH, "IS_SPACE": ORTH}
# Pattern keys the Matcher reads from the token itself (token.c.tag and the like), each its own column.
_TOKEN_KEYS = {"TAG": TAG, "DEP": DEP, "POS": POS, "LEMMA": LEMMA, "MORPH": MORPH}
# The attributes a rule may set: plain token fields, written back by from_array exactly as set_token_attrs does.
_SET_ATTRS = (TAG, POS, MORPH, LEMMA, DEP)


def install(nlp) -> bool:
    """Switch the pipeline's attribute_ruler to the fast path if it is spaCy's own class and every rule is
    covered; return whether it did. Idempotent."""
    if "attribute_ruler" not in nlp.pipe_names:
        return False
    return make_fast(nlp.get_pipe("attribute_ruler"))


def make_fast(ruler) -> bool:
    """Switch this ruler object's class to FastAttributeRuler if it is exactly spaCy's AttributeRuler and every
    rule is covered; return whether it is now fast."""
    if type(ruler) is FastAttributeRuler:
        return True
    if type(ruler) is not AttributeRuler:
        return False
    plan = _plan(ruler)
    if plan is None:
        return False
    ruler.__class__ = FastAttributeRuler
    ruler._fast = plan
    return True


class _Plan:
    """What the fast path needs, built once from the ruler's own patterns: the signature columns; one Matcher
    holding every one-token pattern and, as one-token patterns of their own, each token spec of each two-token
    pattern; and per rule its attrs."""

    def __init__(self, columns, matcher, targets, pairs, attrs):
        self.columns = columns
        self.matcher = matcher
        self.targets = targets  # matcher key -> ("rule", rule) or ("spec", pair, position)
        self.pairs = pairs  # two-token pattern number -> (rule, token position its attrs go to)
        self.attrs = attrs
        self.memo: dict = {}
        # One object per distinct rule set (300 BBC articles: 21,289 signatures, 180 rule sets), so the memo
        # holds ~90 bytes a signature, ~9 MB when full, not ~45 MB with a new tuple and frozenset each.
        self.shared: dict = {}


def _plan(ruler) -> _Plan | None:
    """The fast path's plan for this ruler, or None if a rule uses a feature it does not cover."""
    vocab = ruler.vocab
    matcher = Matcher(vocab)
    targets, pairs, attrs = {}, [], []
    columns = {ORTH}
    set_cols = {attr: col for col, attr in enumerate(_SET_ATTRS)}
    for rule, rule_attrs in enumerate(ruler.attrs):
        on_match, patterns = ruler.matcher.get(str(rule))
        if on_match is not None or not _covered_attrs(rule_attrs):
            return None
        index = ruler.indices[rule]
        for pattern in patterns:
            keys = _pattern_columns(pattern, index)
            if keys is None:
                return None
            columns |= keys
            if len(pattern) == 1:
                _add(matcher, targets, f"rule {rule}", [pattern], ("rule", rule))
                continue
            pair = len(pairs)
            pairs.append((rule, index % 2))
            for position, spec in enumerate(pattern):
                _add(matcher, targets, f"pair {pair} {position}", [[spec]], ("spec", pair, position))
        attrs.append(tuple((set_cols[attr], value) for attr, value in rule_attrs.items()))
    return _Plan(sorted(columns), matcher, targets, pairs, attrs)


def _add(matcher, targets, name, patterns, target) -> None:
    key = matcher.vocab.strings.add(name)
    matcher.add(key, patterns)
    targets[key] = target


def _covered_attrs(rule_attrs) -> bool:
    return all(attr in _SET_ATTRS for attr in rule_attrs)


def _pattern_columns(pattern, index) -> set | None:
    """The Doc columns a covered pattern reads, or None if the pattern is not covered."""
    if not 1 <= len(pattern) <= 2 or not -len(pattern) <= index < len(pattern):
        return None
    columns = set()
    for spec in pattern:
        for key in spec:
            column = _LEXICAL_KEYS.get(key, _TOKEN_KEYS.get(key))
            if column is None:  # OP, "_", and every key not named above
                return None
            columns.add(column)
    return columns


class FastAttributeRuler(AttributeRuler):
    """spaCy's AttributeRuler with memoised matching; same object, same patterns, same output."""

    def __call__(self, doc: Doc) -> Doc:
        error_handler = self.get_error_handler()
        try:
            _apply(self._fast, doc)
            return doc
        except Exception as e:
            return error_handler(self.name, self, [doc], e)

    # pipe: spaCy's Pipe.pipe calls __call__ per Doc with the same error handler, so it is inherited as is.


def _apply(plan: _Plan, doc: Doc) -> None:
    """Set every rule's attrs on `doc`, as AttributeRuler.match + set_annotations would."""
    if len(doc) == 0:
        return
    rules = _token_rules(plan, doc)
    values = doc.to_array(list(_SET_ATTRS)).tolist()
    for row, token_rules in zip(values, rules):
        for rule in token_rules:
            for col, value in plan.attrs[rule]:
                row[col] = value
    doc.from_array(list(_SET_ATTRS), numpy.array(values, dtype=numpy.uint64))


def _token_rules(plan: _Plan, doc: Doc) -> list:
    """For each token, the rules whose patterns match it, in rule order (the order set_annotations applies
    them in, so the highest-numbered rule wins each attribute)."""
    keys = _row_keys(doc.to_array(plan.columns))
    memo = plan.memo
    if len(memo) + len(keys) > RULE_MEMO_MAX:  # emptied before this Doc's look-ups, so none of them is lost
        memo.clear()
        plan.shared.clear()
    unseen = {}
    for i, key in enumerate(keys):
        if key not in memo and key not in unseen:
            unseen[key] = i
    if unseen:
        memo.update(_decide(plan, doc, unseen))
    found = [memo[key] for key in keys]
    rules = [rules for rules, _starts, _ends in found]
    for i, (_rules, starts, _ends) in enumerate(found):
        if starts and i + 1 < len(found):
            _pair_rules(plan, rules, i, starts, found[i + 1][2])
    return rules


def _row_keys(table) -> list:
    """Each row of a Doc.to_array table (uint64) as one bytes object: a dict key with the row's exact values."""
    table = numpy.ascontiguousarray(table)
    return table.view(numpy.dtype((numpy.void, 8 * table.shape[1]))).ravel().tolist()


def _pair_rules(plan: _Plan, rules: list, i: int, starts: tuple, next_ends: frozenset) -> None:
    """Add the two-token rules matching tokens i, i+1 (each pattern's first spec matches token i and its second
    token i+1: a pattern without OP matches exactly so) to the token each sets."""
    for pair in starts:
        if pair in next_ends:
            rule, position = plan.pairs[pair]
            token = i + position
            rules[token] = tuple(sorted(set(rules[token]) | {rule}))


def _decide(plan: _Plan, doc: Doc, unseen: dict) -> dict:
    """Per unseen signature: (one-token rules matching it, two-token patterns whose first spec matches it,
    two-token patterns whose second spec matches it), by spaCy's Matcher over a proxy Doc holding one token per
    signature. The key is complete: a one-token spec reads only the token's lexeme (fixed by its ORTH, a key
    column) and the token fields named in `plan.columns`, so a proxy token with the same ORTH and the same
    values of those fields matches exactly the same specs."""
    positions = list(unseen.values())
    # no mutate: a mutant passing None for the vocab crashes the interpreter (Doc(None) segfaults), not a test
    proxy = Doc(doc.vocab, words=[doc[i].text for i in positions])  # pragma: no mutate
    token_cols = [c for c in plan.columns if c != ORTH]
    if token_cols:
        proxy.from_array(token_cols, doc.to_array(token_cols)[positions])
    rules, starts, ends = ([set() for _ in positions] for _ in range(3))
    for match_id, start, _end in plan.matcher(proxy, allow_missing=True):
        kind, *where = plan.targets[match_id]
        if kind == "rule":
            rules[start].add(where[0])
        elif kind == "spec":
            (starts if where[1] == 0 else ends)[start].add(where[0])
    shared = plan.shared
    decided = {}
    for key, r, s, e in zip(unseen, rules, starts, ends):
        value = (tuple(sorted(r)), tuple(sorted(s)), frozenset(e))
        decided[key] = shared.setdefault(value, value)
    return decided
