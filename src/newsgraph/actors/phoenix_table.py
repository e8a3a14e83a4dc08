"""The Phoenix actor dictionary file (events/data/phoenix_actors.tsv, converted from PETRARCH2's by
scripts/convert_petrarch.py), read into phrase -> entry. Kept apart from phoenix.py, which codes
mentions with it, because the place tables read it too (a place the dictionary lists under one
state): both import this module, and neither needs the other to read the file.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from . import cameo_dict

DATA = Path(__file__).resolve().parent.parent / "events" / "data" / "phoenix_actors.tsv"


@lru_cache(maxsize=1)
def entries() -> dict[str, cameo_dict.ActorEntry]:
    """lower-case phrase -> entry (read once per process; the parsed table is kept on disk, cache.py)."""
    from .. import cache, dictionary_files

    return cache.cached("phoenix-actors", [DATA, __file__, cameo_dict.__file__, dictionary_files.__file__], _read)


def _read() -> dict[str, cameo_dict.ActorEntry]:
    out: dict[str, cameo_dict.ActorEntry] = {}
    if not DATA.exists():
        return out
    with open(DATA, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if line.startswith("#") or not line.strip():
                continue
            codes, *phrases = line.rstrip("\n").split("\t")
            e = cameo_dict.ActorEntry(phrases=phrases, codes=[_dated(c) for c in codes.split(";")], line=n)
            for p in phrases:
                out.setdefault(p, e)
                bare = _without_acronym(p)
                if bare:  # like any name listed twice, the first entry listing it (bare or not) keeps it
                    out.setdefault(bare, e)
    return out


def _without_acronym(phrase: str) -> str | None:
    """ "ku klux klan" for the dictionary's "ku klux klan (kkk)": MilNonState and International list
    many groups only with their acronym in brackets, a phrase news never writes (PETRARCH2 never
    matches it either). The bracket is dropped only when it is the initials of the name ("(ltte)",
    "(jem)" of "jaish-e-mohammad"), not a qualifier that tells two groups apart ("national liberation
    army (colombia)", "korea (north)") or a translation."""
    if not phrase.endswith(")") or " (" not in phrase:
        return None
    name, _, bracket = phrase[:-1].rpartition(" (")
    letters = bracket.replace("-", "")
    initials = [w[0] for w in name.replace("-", " ").split()]
    if not (letters.isalpha() and len(letters) >= 2 and initials and letters[0] == initials[0]):
        return None
    rest = iter(initials[1:])  # the remaining letters are initials of later words, in order
    return name if all(ch in rest for ch in letters[1:]) else None


# country prefixes of the Phoenix dictionaries that stand for a state ISO codes otherwise ("UNITA"
# is ANGREB there, Angola is AGO everywhere else, the CAMEO actor codebook included)
ISO_PREFIX = {"ANG": "AGO"}


def _dated(field: str) -> cameo_dict.DatedCode:
    code, after, before = field.split("|")
    if code[:3] in ISO_PREFIX:
        code = ISO_PREFIX[code[:3]] + code[3:]
    return cameo_dict.DatedCode(code, after or None, before or None)
