"""Name normalisation: when are two written names the same name?

Names of one person reach English news in several transliterations (Soudani/Sudani, Nouri/Nuri,
Mohamed/Mohammed/Muhammad, Chia/Shia) and with or without particles, hyphens and diacritics
(al-Maliki, Al Maliki, el-Sisi). We never list pairs: a name token is reduced to
  - `fold`: ASCII (anyascii), lower case, letters only;
  - `skeleton`: the fold with the spelling conventions of French/English/German transliteration
    of Arabic and Persian unified (ou->u, ch->sh, dj->j, kh->h, ph->f, ...) and then vowels and
    doubled letters dropped (the consonant frame is what survives transliteration),
and two tokens match when their folds are equal, their skeletons are equal (and long enough to
mean something), or rapidfuzz says the folds are near-identical.
"""

from __future__ import annotations

import re
from functools import lru_cache

from anyascii import anyascii
from rapidfuzz.distance import JaroWinkler

from ..words import COURTESY_TITLES

# Arabic/Persian articles and connectors that come and go between spellings of one name.
PARTICLES = frozenset({"al", "el", "ul", "ad", "ed", "as", "ash", "an", "ar", "at", "az", "bin", "ibn", "ben", "abu", "bint"})
# Only these are dropped when comparing names (bin/abu carry meaning: "Abu Bakr" is not "Bakr").
DROPPED_PARTICLES = frozenset({"al", "el", "ul", "ad", "ed", "as", "ash", "an", "ar", "at", "az"})
HONORIFICS = COURTESY_TITLES | {"sir", "dame", "sheikh", "shaikh", "sayyid", "sayed", "mister", "madam", "lord", "lady"}

# Transliteration conventions, applied in order to a folded token (French "ou"/"ch"/"dj", German "sch",
# English "kh"/"gh"/"ph"/"th", and "q" for "k" as in Qatar/Katar, Qadhafi/Kadhafi).
_CONVENTIONS = [("sch", "sh"), ("tch", "ch"), ("ch", "sh"), ("dj", "j"), ("dh", "d"), ("kh", "h"), ("gh", "g"),
                ("ph", "f"), ("g", "k"), ("th", "t"), ("ou", "u"), ("oo", "u"), ("ee", "i"), ("q", "k"), ("ck", "k"),
                ("c", "k"), ("w", "u"), ("y", "i"), ("z", "s")]
# "y" opening a syllable, before a vowel at a word's start or between vowels, is the consonant of "yes" (Arabic
# and Persian ya: Haniyeh, Iyad, Yasser), written "y" in every transliteration, never "i": it stays a consonant
# ("Y", which no convention touches; doubled, one: Sayyid/Sayed), so "Leyen" (le-y-en) keeps three consonants where "Lyon" has two
_GLIDE = re.compile(r"(?:(?<=[aeiou])|^)y+(?=[aeiou])")
_DOUBLE = re.compile(r"(.)\1+")
_NON_LETTER = re.compile(r"[^a-z]+")
_VOWELS = re.compile(r"[aeiou]")
_SPLIT = re.compile(r"[\s\-‐‑–—_/]+|(?<=\w)'(?=\w{3,})")


@lru_cache(maxsize=50_000)
def fold(token: str) -> str:
    """ASCII, lower case, letters only: 'Al-Sudaní' -> 'alsudani'."""
    return _NON_LETTER.sub("", anyascii(token).lower())


def _conventional(token: str) -> str:
    """A folded token with the transliteration conventions applied (a syllable-opening "y" kept a consonant)."""
    s = _GLIDE.sub("Y", token)
    for a, b in _CONVENTIONS:
        s = s.replace(a, b)
    return s


@lru_cache(maxsize=50_000)
def skeleton(token: str) -> str:
    """The consonant frame of a token after unifying transliteration conventions."""
    s = fold(token)
    if not s:
        return s
    first = s[0]
    s = _conventional(s)
    if len(s) > 3 and s[-1] == "h" and s[-2] in "aeiou":  # final ta marbuta: Haniyeh/Haniya
        s = s[:-1]
    if s[:1] in "aeiou":
        first = s[0]
    s = _VOWELS.sub("", s)
    s = _DOUBLE.sub(r"\1", s)
    # a leading vowel is informative (Ali vs Li, Omar vs Mar): keep it
    return first + s if first in "aeiou" else s


def name_tokens(name: str) -> list[str]:
    return list(_name_tokens(name))


@lru_cache(maxsize=50_000)
def _name_tokens(name: str) -> tuple[str, ...]:
    """Folded tokens of a name without honorifics and droppable particles ('al-Maliki' -> ['maliki'])."""
    out = []
    for raw in _SPLIT.split(name):
        f = fold(raw)
        if not f or f in HONORIFICS or f in DROPPED_PARTICLES:
            continue
        out.append(f)
    return tuple(out)


@lru_cache(maxsize=50_000)
def key(name: str) -> str:
    """A comparison key for whole names: folded tokens joined by spaces ('The  U.N.' -> 'the un')."""
    return " ".join(fold(t) for t in _SPLIT.split(name) if fold(t))


@lru_cache(maxsize=200_000)
def tokens_match(a: str, b: str) -> bool:
    """Same name token, allowing transliteration variants (folded tokens in, e.g. 'soudani', 'sudani')."""
    if a == b:
        return True
    if len(a) <= 2 or len(b) <= 2:  # initials: 'j' matches 'john'
        return (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b))
    if _DOUBLE.sub(r"\1", a) == _DOUBLE.sub(r"\1", b):  # Sisi/Sissi
        return True
    if _kh_against_h(a, b) or _kh_against_h(b, a):
        return False  # "kh" spells kha, never ha: a name opening with a bare "h" is another (Hain/Khan)
    sa, sb = skeleton(a), skeleton(b)
    if sa == sb and len(sa) >= 2 and JaroWinkler.similarity(a, b) >= (0.75 if len(sa) >= 3 else 0.8) \
            and vowels_agree(a, b):
        return True  # Soudani/Sudani, Nouri/Nuri, Chia/Shia, Mohamed/Muhammad
    # near-identical spellings that the conventions do not cover (Pezeshkian/Pezeshkiyan)
    return min(len(a), len(b)) >= 5 and JaroWinkler.similarity(a, b) >= 0.93


def _kh_against_h(a: str, b: str) -> bool:
    """`a` opens with "kh" where `b` opens with a bare "h": the conventions fold both to "h" (for a "kh"
    inside a name: Mikhail/Mihail), but at a name's start English writes the letter kha "kh" or "ch", never "h"."""
    return a.startswith("kh") and b.startswith("h")


# The vowel letters one short vowel is written with: "a"/"e" for a (Mohamed/Muhammad), "e"/"i"/"y" for i
# (Hezbollah/Hizbollah), "o"/"u"/"w" for u (Nouri/Nuri). "o" for "a" is no spelling of one vowel.
_VOWEL_SOUNDS = {"a": "A", "e": "AI", "i": "I", "o": "U", "u": "U"}
_CONSONANTS = re.compile(r"[^aeiou]+")


def _vowel_slots(token: str) -> list[str]:
    """The sounds each vowel group between consonants may spell, after the transliteration conventions."""
    s = _conventional(token)
    return ["".join(_VOWEL_SOUNDS[c] for c in group) for group in _CONSONANTS.split(s)]


def vowels_agree(a: str, b: str) -> bool:
    """The first vowel of one spelling can spell the same vowel as the other's: one consonant frame with
    another first vowel is another name (Khomeini/Khamenei, o against a). Only the first: later vowels of one
    name vary in an article or a suffix (Abdel/Abdul, Hezbollah/Hizballah, Nasrallah/Nasrullah)."""
    va = next((g for g in _vowel_slots(a) if g), "")
    vb = next((g for g in _vowel_slots(b) if g), "")
    return not va or not vb or bool(set(va) & set(vb))


def is_part_of(short: list[str], full: list[str]) -> bool:
    """Every token of `short` matches a distinct token of `full`, in order ('maliki' in 'nouri maliki')."""
    if not short or len(short) > len(full):
        return False
    j = 0
    for tok in short:
        while j < len(full) and not tokens_match(tok, full[j]):
            j += 1
        if j == len(full):
            return False
        j += 1
    return True


def same_name(a: list[str], b: list[str]) -> bool:
    """Two full names are spellings of one name (equal length, every token matches)."""
    return len(a) == len(b) and all(tokens_match(x, y) for x, y in zip(a, b))
