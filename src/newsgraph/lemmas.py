"""spaCy's English rule lemmatizer, exactly, with its repeats memoised (session 51).

spaCy's `Lemmatizer.__call__` makes a Token for every word and calls `rule_lemmatize`, whose own cache skips
base forms (singular nouns, infinitives, positive adjectives: most words), so those are worked out afresh each
time: a Token, its morphology turned into a dict, three table look-ups. `FastLemmatizer` keeps spaCy's component
object (name, tables, `cache`) and only changes how the column is filled: the words that still need a lemma are
read as whole columns, each (orth, pos, morph) is looked up in a memo, and only a key not yet seen goes to spaCy's
own `lemmatize`. The result is written back as one column. Every lemma is spaCy's.

Why (orth, pos, morph) is a complete key: `rule_lemmatize` reads `token.text` (the orth string), `token.pos_`,
`token.morph` (for its cache key and, via `is_base_form`, its features) and the component's lookup tables, and
nothing else (no neighbours, no tag, no dependency). The tables are fixed once loaded; the memo is emptied if the
component's `lookups` object is replaced. A token with no POS makes spaCy warn (W108) each time, so it always goes
to spaCy. `install` only switches a component that is exactly spaCy's `EnglishLemmatizer` in "rule" mode with its
own `rule_lemmatize` and `is_base_form`; `overwrite=True` and any other mode go to spaCy's own `__call__`.
"""

from __future__ import annotations

from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.errors import Errors
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.pipeline import Lemmatizer

# The memo holds one entry per (word, POS, morphology) seen: a few new ones per article. Past this many (a few
# MB) it is emptied and starts again; emptying a memo changes no lemma.
LEMMA_MEMO_MAX = 50_000


class FastLemmatizer(EnglishLemmatizer):
    """spaCy's EnglishLemmatizer with `__call__` filling the lemma column from a memo (see the module docstring).

    Never made directly: `install` switches a loaded component's class, keeping its tables and cache, and adds
    `_lemma_memo` (key -> lemma string) and `_memo_lookups` (the tables the memo was made from). `pipe` is
    spaCy's own Pipe.pipe, which calls `self(doc)` for each Doc, so it runs this `__call__`."""

    def __call__(self, doc):
        """Fill every empty lemma of doc as spaCy's Lemmatizer.__call__ does (same checks, same error handling)."""
        if self.overwrite or self.mode != "rule":
            return EnglishLemmatizer.__call__(self, doc)
        if not self._validated:
            self._validate_tables(Errors.E1004)
        try:
            _fill(self, doc)
            return doc
        except Exception as e:
            self.get_error_handler()(self.name, self, [doc], e)


def covered(pipe) -> bool:
    """Whether `pipe` is exactly the component the fast path reproduces (see the module docstring)."""
    if type(pipe) not in (EnglishLemmatizer, FastLemmatizer):
        return False
    own = vars(pipe)  # a method set on the instance replaces spaCy's own
    return (
        pipe.mode == "rule"
        and getattr(pipe.lemmatize, "__func__", None) is Lemmatizer.rule_lemmatize
        and "is_base_form" not in own
        and "rule_lemmatize" not in own
    )


def install(nlp) -> bool:
    """Switch nlp's "lemmatizer" to FastLemmatizer when it is exactly spaCy's English rule lemmatizer."""
    if "lemmatizer" not in nlp.pipe_names:
        return False
    pipe = nlp.get_pipe("lemmatizer")
    if not covered(pipe):
        return False
    pipe.__class__ = FastLemmatizer
    pipe._lemma_memo = {}
    pipe._memo_lookups = pipe.lookups
    _index_with_sets(pipe.lookups)
    return True


class IndexList(list):
    """One part of speech's word list from the "lemma_index" table, the same list with a set beside it.

    `rule_lemmatize` asks `form in index` for every candidate form of every word it has not cached, and the
    index is a list (57,528 verbs, 20,993 nouns): a scan of up to half a millisecond, most of what a new word
    costs. The same words in a frozenset answer `in` alike (they are all strings) at once; every other use
    (truth value, iteration, equality, serialisation) is the list's own."""

    __slots__ = ("_words",)

    def __init__(self, words=()):
        super().__init__(words)
        self._words = frozenset(self)

    def __contains__(self, word) -> bool:
        return word in self._words


def _index_with_sets(lookups) -> None:
    """Give each word list of the "lemma_index" table a set beside it (IndexList), where all are strings."""
    if "lemma_index" not in lookups:
        return
    table = lookups.get_table("lemma_index")
    for key, words in list(table.items()):
        if type(words) is list and all(type(w) is str for w in words):
            table[key] = IndexList(words)


def memo_of(pipe) -> dict | None:
    """The component's lemma memo, or None when it has none (not installed)."""
    return getattr(pipe, "_lemma_memo", None)


def _memo(self) -> dict:
    """The memo, emptied when it is full or the tables it was made from were replaced."""
    memo = self._lemma_memo
    if len(memo) > LEMMA_MEMO_MAX or self._memo_lookups is not self.lookups:
        memo.clear()
        self._memo_lookups = self.lookups
    return memo


def _fill(self, doc) -> None:
    cols = doc.to_array([ORTH, POS, MORPH, LEMMA])
    todo = (cols[:, 3] == 0).nonzero()[0].tolist()
    if not todo:
        return
    memo = _memo(self)
    orth, pos, morph = cols[todo, :3].T.tolist()
    keys = list(zip(orth, pos, morph))
    get = memo.get
    found = [get(k) for k in keys]
    strings = doc.vocab.strings
    for j, lemma in enumerate(found):
        if lemma is None:
            token = doc[todo[j]]
            lemma = self.lemmatize(token)[0]
            if pos[j]:  # a token with no POS is never memoised: spaCy warns for it every time
                memo[keys[j]] = lemma
            found[j] = lemma
    # Each lemma string is added to the StringStore as spaCy's `token.lemma_ = ...` does: inside a memory zone a
    # new string is transient, so a memo of hashes alone could point at a string a past zone has freed.
    add = strings.add
    hashes = {s: add(s) for s in set(found)}
    out = cols[:, 3]
    out[todo] = [hashes[s] for s in found]
    doc.from_array([LEMMA], out)
