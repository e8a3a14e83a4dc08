"""Token spans made without spaCy's slice handling, for the stages' busiest look-ups.

`doc[a:b]` goes through spaCy's `Doc.__getitem__`, which normalises the slice in Python
(`spacy.util.normalize_slice`: negative indices counted from the end, bounds clamped, a stop before the
start taken as the start) before it makes `Span(doc, start, stop)`: about half of the slice's cost.
When the bounds are already in order and inside the Doc, normalising changes nothing, so the Span is
made directly; any other pair goes to the slice itself, so the result is always the slice's.

`sentence_of(tok)` is `tok.sent` the same way: the sentence's bounds from the Doc's SENT_START column, found once.
`expand_bounds(doc, a, b)` and `word_at(doc, char)` answer what `doc.char_span(a, b, alignment_mode="expand")` is
asked for when its caller wants no Span (where it starts and ends; the token a one-character span holds): the tokens
at the characters found by bisecting the Doc's token offsets, found once.
"""

from __future__ import annotations

from bisect import bisect_right
from weakref import WeakKeyDictionary

from spacy.attrs import IDX, LENGTH, SENT_START
from spacy.tokens import Span

from .columns import column, column_list


def token_span(doc, start: int, end: int) -> Span:
    """Exactly `doc[start:end]` (a Span of tokens [start, end)), cheaper when 0 <= start <= end <= len(doc)."""
    if 0 <= start <= end <= len(doc):
        return Span(doc, start, end)
    return doc[start:end]


# Doc -> the indices its sentences start at (0 first), or None when `Token.sent` must answer itself (no sentence
# annotation, or a user hook); ints only (a Token would keep its Doc, and the weak dictionary's entry would then
# never go)
_SENT_STARTS: WeakKeyDictionary = WeakKeyDictionary()
_UNSET = object()


def _sentence_starts(doc) -> list[int] | None:
    if doc.user_hooks or doc.user_token_hooks or doc.user_span_hooks or not doc.has_annotation("SENT_START"):
        return None
    return _column_starts(doc)


def _column_starts(doc) -> list[int]:
    # a sentence starts at token 0 and wherever SENT_START is 1 (not -1, none; 0, unknown), as Span.sent reads it
    return [0] + [i for i in (column(doc, SENT_START) == 1).nonzero()[0].tolist() if i > 0]


def sentence_starts(doc) -> list[int] | None:
    """The token indices the sentences of `doc` start at (0 first: token 0 and wherever SENT_START is 1), made once per
    Doc and shared (a caller must not change the list); None when `Token.sent` must answer itself (no sentence
    annotation, or a user hook). Several rules of one stage ask it of the same Doc (`sentence_of`, the attribution
    filter's quoted sentences, the sentences a word opens): each made the list from the column again."""
    starts = _SENT_STARTS.get(doc, _UNSET)
    if starts is _UNSET:
        starts = _SENT_STARTS[doc] = _sentence_starts(doc)
    return starts


def column_sentence_starts(doc) -> list[int]:
    """The sentence starts the SENT_START column gives (token 0 and wherever it is 1), whatever hooks the Doc has:
    `sentence_starts(doc)` where that table is kept (the same list, not made again), else read from the column."""
    starts = sentence_starts(doc)
    return _column_starts(doc) if starts is None else starts


def sentence_of(tok) -> Span:
    """Exactly `tok.sent`: the tokens from the last sentence start at or before `tok` (or the Doc's first) up to
    the next start after it (or the Doc's end). spaCy's property slices the Doc for the token, asks whether the Doc
    has sentence annotation (a walk over its tokens), walks to both ends and slices again: about 2 µs a call;
    here a bisection of the starts, found once per Doc from the SENT_START column."""
    doc = tok.doc
    starts = sentence_starts(doc)
    if starts is None:
        return tok.sent
    k = bisect_right(starts, tok.i)
    return Span(doc, starts[k - 1], starts[k] if k < len(starts) else len(doc))


# Doc -> (token starts, token lengths, the end of its text: the last token's end, its trailing space included). The
# IDX and LENGTH column lists (made once per Doc, and by the actors and places stages anyway) and the end bound every
# token: spaCy sets each token's idx to the end of the one before it, trailing space included, so a token ends where
# the next starts; and it refuses an empty token (E031), so the starts rise strictly and a bisection finds the one
# token its own search finds. The three are kept together because expand_bounds and word_at ask for them on every
# call (the attribution stage some 75 times an article): one look-up stands for three.
_CHAR_BOUNDS: WeakKeyDictionary = WeakKeyDictionary()


def _char_bounds(doc) -> tuple[list[int], list[int], int]:
    """(token starts, token lengths, the text's end) of `doc`, made once per Doc."""
    found = _CHAR_BOUNDS.get(doc)
    if found is None:
        end = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
        found = _CHAR_BOUNDS[doc] = (column_list(doc, IDX), column_list(doc, LENGTH), end)
    return found


def _token_by_char(starts: list[int], text_end: int, char: int) -> int:
    """spaCy's token_by_char: the token whose characters, its trailing space included, hold `char`; else -1. (The
    bisection puts `char` before the next token's start, so only the last token's end is to be checked.)"""
    i = bisect_right(starts, char) - 1
    return i if i >= 0 and char < text_end else -1


def expand_bounds(doc, start_char: int, end_char: int) -> tuple[int, int] | None:
    """Exactly the (start, end) of `doc.char_span(start_char, end_char, alignment_mode="expand")` for start_char <=
    end_char (spaCy refuses an end before the start; no caller asks one), None where that is None: the tokens the
    characters touch, starting after a token whose trailing space `start_char` is on. spaCy's method makes a Token
    for each offset it reads, and the Span (about 3.5-4.5 µs a call); a caller that wants the bounds, not the Span,
    gets them from two bisections of the Doc's offsets (about 0.5 µs)."""
    starts, lengths, text_end = _char_bounds(doc)
    return _expanded(starts, lengths, text_end, start_char, end_char)


def expand_bounds_each(doc, pairs) -> list[tuple[int, int] | None]:
    """`expand_bounds(doc, a, b)` of each (a, b) of `pairs`, in order: the Doc's offsets are looked up once for them
    all (a caller with every mention of an article at hand pays the per-Doc look-up once, not per mention)."""
    starts, lengths, text_end = _char_bounds(doc)
    return [_expanded(starts, lengths, text_end, a, b) for a, b in pairs]


def _expanded(starts: list[int], lengths: list[int], text_end: int, start_char: int, end_char: int
              ) -> tuple[int, int] | None:
    """expand_bounds over the Doc's token starts, lengths and text end (_char_bounds)."""
    start = _token_by_char(starts, text_end, start_char)
    end = _token_by_char(starts, text_end, end_char - 1)  # end_char is exclusive: the token of the character before it
    if start < 0 or end < 0:
        return None
    return (start + 1 if start_char == starts[start] + lengths[start] else start), end + 1


def word_at(doc, char: int) -> int | None:
    """The index of the token the one-character `doc.char_span(char, char + 1, alignment_mode="expand")` holds, None
    when that span is None or empty (`char` on a trailing space)."""
    starts, lengths, _ = _char_bounds(doc)
    i = bisect_right(starts, char) - 1
    return i if i >= 0 and char < starts[i] + lengths[i] else None


def bounds_root(doc, a: int, b: int):
    """The root token of tokens [a, b) (a < b). A one-token span's root is its token (spaCy's Span.root: the token
    heading the sentence, else the one whose head lies outside the span), read without making the Span: most cues
    and a third of the sources the attribution stage asks about are one token."""
    return doc[a] if b - a == 1 else Span(doc, a, b).root


def span_root(doc, start_char: int, end_char: int, most: int | None = None):
    """(root token, first token's index) of `expand_span(doc, start_char, end_char)`, None where that span is None,
    empty or longer than `most` tokens; a one-token span's root read without making the Span (bounds_root). The
    attribution stage's cue group and its filter's features both ask this."""
    bounds = expand_bounds(doc, start_char, end_char)
    if bounds is None or bounds[1] <= bounds[0] or (most is not None and bounds[1] - bounds[0] > most):
        return None
    return bounds_root(doc, *bounds), bounds[0]


def expand_span(doc, start_char: int, end_char: int) -> Span | None:
    """Exactly `doc.char_span(start_char, end_char, alignment_mode="expand")` for start_char <= end_char: the Span
    of expand_bounds, made directly (spaCy's method makes a Token for each offset it reads: about 3 µs more)."""
    bounds = expand_bounds(doc, start_char, end_char)
    return None if bounds is None else Span(doc, bounds[0], bounds[1])
