"""The reporting-cue lexicon (data/cues.tsv): which words introduce an attribution, of what class, and
which of their dependents carry the content. Loaded once by whoever runs the stage."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from ..errors import InputError

DEFAULT = Path(__file__).parent / "data" / "cues.tsv"
CLASSES = ("speech", "writing", "thought", "intention")
POS = {"v": "verb", "n": "noun", "a": "adjective", "h": "holder", "i": "idiom", "x": "other"}


# Adverbs that mark the clause they modify as someone else's claim, with no source: "The FBI is reportedly
# making arrangements to …".
HEARSAY = ("reportedly", "allegedly", "reputedly", "purportedly", "supposedly", "seemingly", "apparently")


class Cue(NamedTuple):
    lemma: str
    cls: str
    frames: frozenset[str]
    pos: str  # verb | noun | adjective | holder | other


class Lexicon:
    def __init__(self, path: str | Path = DEFAULT):
        self.verbs: dict[str, Cue] = {}
        # phrasal cues, "speak out", "lash out", "go after": verb lemma -> particle -> cue
        self.phrasal: dict[str, dict[str, Cue]] = {}
        self.nouns: dict[str, Cue] = {}
        self.adjectives: dict[str, Cue] = {}
        # nouns for who holds a stance ("a critic of the deal"): the noun names the source, not the stance
        self.holders: dict[str, Cue] = {}
        # light-verb idioms, "take aim at", "poke fun at": object noun lemma -> verb lemma -> cue (the noun is
        # what makes the verb a stance, so it is the candidate token; see stage._idiom_attribution)
        self.idioms: dict[str, dict[str, Cue]] = {}
        for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != 4 or cols[1] not in CLASSES or cols[3] not in POS:
                raise InputError(str(path), f"line {n}: expected lemma, class ({'|'.join(CLASSES)}), frames, pos (v|n|a|h|i|x)")
            cue = Cue(cols[0], cols[1], frozenset(f for f in cols[2].split(",") if f), POS[cols[3]])
            if cue.pos == "idiom":
                verb, _, noun = cue.lemma.partition(" ")
                if not noun or " " in noun or not cue.frames:
                    raise InputError(str(path), f"line {n}: an idiom is 'verb noun' with the prepositions of its content")
                self.idioms.setdefault(noun, {})[verb] = cue
                continue
            if cue.pos == "verb" and " " in cue.lemma:
                base, particle = cue.lemma.split(" ", 1)
                self.phrasal.setdefault(base, {})[particle] = cue
                continue
            {"noun": self.nouns, "adjective": self.adjectives, "holder": self.holders}.get(cue.pos, self.verbs)[cue.lemma] = cue
        from spacy.strings import hash_string

        # inflected forms too: the lemmatizer makes "hop" of "hoped" and "sery" of "seried"
        self.forms: dict[str, Cue] = {}
        for lemma, cue in self.verbs.items():
            for form in inflections(lemma):
                self.forms.setdefault(form, cue)
        # lemma hashes are the same in every vocab: candidates are found from the token array alone
        self.verb_hashes = frozenset(hash_string(w) for w in list(self.verbs) + list(self.phrasal))
        self.form_hashes = frozenset(hash_string(w) for w in self.forms)
        self.noun_hashes = frozenset(hash_string(w) for w in list(self.nouns) + list(self.adjectives) + list(self.holders) + list(self.idioms))
        # what a token's lemma or lower-case form is looked up in ("according" and "in", as in "in a poll
        # released Sunday, …", are the cues of their kind)
        self.lemma_set = self.verb_hashes | self.noun_hashes
        self.form_set = self.form_hashes | {hash_string(w) for w in ("according", "in") + HEARSAY}

    def verb(self, tok) -> Cue | None:
        """The cue a verb token is, by its lemma or, when the lemmatizer went wrong, its form; a phrasal
        cue ("lashed out at", "went after") when the verb has its particle."""
        if tok.lemma_ in self.phrasal:
            cue = phrasal_cue(tok, self.phrasal[tok.lemma_])
            if cue is not None:
                return cue
        return self.verbs.get(tok.lemma_) or self.forms.get(tok.lower_)

    def __bool__(self) -> bool:
        """`len(self) > 0` without counting every table's entries (`lex or lexicon.default()` asks it of every
        article): some table is not empty."""
        return bool(self.verbs or self.nouns or self.adjectives or self.holders or any(self.phrasal.values())
                    or any(self.idioms.values()))

    def __len__(self) -> int:
        return len(self.verbs) + len(self.nouns) + len(self.adjectives) + len(self.holders) + sum(map(len, self.phrasal.values())) \
            + sum(map(len, self.idioms.values()))


def phrasal_cue(tok, particles: dict[str, Cue]) -> Cue | None:
    """The phrasal cue of verb `tok` whose particle it governs: a particle anywhere after it ("called him
    out"), an adverb or preposition right after it ("pushed back", "went after X"; not "went home after
    the rally"), or "it" as its object right after it ("put it")."""
    for c in tok.children:
        if c.i > tok.i and c.lower_ in particles and (c.dep_ == "prt" or (c.dep_ in ("advmod", "prep") and c.i == tok.i + 1)):
            return particles[c.lower_]
        if c.dep_ == "dobj" and c.lower_ == "it" and c.i == tok.i + 1 and "it" in particles:
            return particles["it"]  # "as one expert put it, …": the idiom quotes someone's words
    return None


def inflections(lemma: str) -> list[str]:
    """Regular inflected forms of a verb (irregular ones are lemmatised correctly by spaCy)."""
    if lemma.endswith("e"):
        return [lemma + "s", lemma + "d", lemma[:-1] + "ing"]
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return [lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"]
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        return [lemma + "es", lemma + "ed", lemma + "ing"]
    return [lemma + "s", lemma + "ed", lemma + "ing"]


@lru_cache(maxsize=1)
def default() -> Lexicon:
    return Lexicon(DEFAULT)
