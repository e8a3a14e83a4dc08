"""The reporting-cue lexicon (data/cues.tsv): which words introduce an attribution, of what class, and
which of their dependents carry the content. Loaded once by whoever runs the stage."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from ..errors import InputError

DEFAULT = Path(__file__).parent / "data" / "cues.tsv"
CLASSES = ("speech", "writing", "thought", "intention")
POS = {"v": "verb", "n": "noun", "x": "other"}


class Cue(NamedTuple):
    lemma: str
    cls: str
    frames: frozenset[str]
    pos: str  # verb | noun | other


class Lexicon:
    def __init__(self, path: str | Path = DEFAULT):
        self.verbs: dict[str, Cue] = {}
        self.nouns: dict[str, Cue] = {}
        for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != 4 or cols[1] not in CLASSES or cols[3] not in POS:
                raise InputError(str(path), f"line {n}: expected lemma, class ({'|'.join(CLASSES)}), frames, pos (v|n|x)")
            cue = Cue(cols[0], cols[1], frozenset(f for f in cols[2].split(",") if f), POS[cols[3]])
            (self.nouns if cue.pos == "noun" else self.verbs)[cue.lemma] = cue
        from spacy.strings import hash_string

        # lemma hashes are the same in every vocab: candidates are found from the token array alone
        self.verb_hashes = frozenset(hash_string(w) for w in self.verbs)
        self.noun_hashes = frozenset(hash_string(w) for w in self.nouns)

    def __len__(self) -> int:
        return len(self.verbs) + len(self.nouns)


@lru_cache(maxsize=1)
def default() -> Lexicon:
    return Lexicon(DEFAULT)
