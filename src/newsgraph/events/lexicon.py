"""The event lexicon: verb and noun senses -> (PLOVER type, mode, CAMEO), loaded once per process.

Sources, in the order they are tried: CAMEO/PETRARCH verb dictionaries given with --verbs (their
patterns, matched by petrarch_verbs.py, decide a verb they list), files in our YAML format given
with --verbs, then the built-in `data/lexicon.yaml` and `data/lexicon_violence.yaml`. The YAML format is documented at the top of
that file. The built-in CAMEO.2.0 patterns (`data/cameo_verbs.txt`) refine the codes of verbs those list and,
under the conditions of coder.cameo_sense, code verbs they do not list at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from ..errors import InputError
from .ontology import MODES, QUAD, cameo_for
from .petrarch_verbs import VerbDictionary, load as load_verb_dictionary

BUILTIN = Path(__file__).with_name("data") / "lexicon.yaml"
# How news writes the events ACLED codes (explosions, territory, looting, bases ...): read after BUILTIN.
BUILTIN_VIOLENCE = Path(__file__).with_name("data") / "lexicon_violence.yaml"
BUILTIN_CAMEO = Path(__file__).with_name("data") / "cameo_verbs.txt"  # scripts/convert_petrarch.py writes it
CONDITION_KEYS = ("object", "prep", "xcomp", "mod", "subject", "governor", "entity_object", "person_object",
                  "intransitive")
SENSE_KEYS = {"type", "mode", "cameo", "context", "of", "poss", "needs_target", "needs_source", "reverse", "phrase",
              *CONDITION_KEYS}


@dataclass(frozen=True)
class Sense:
    type: str | None  # PLOVER type; None: a user verb dictionary's code PLOVER does not type
    cameo: str
    mode: str | None = None
    context: tuple[str, ...] = ()
    object: frozenset[str] | None = None
    prep: frozenset[str] | None = None
    xcomp: frozenset[str] | None = None
    mod: frozenset[str] | None = None
    subject: frozenset[str] | None = None
    governor: frozenset[str] | None = None
    entity_object: bool = False
    # the direct object names people (a person, a group, their organisation), not a place nor a thing: "held three
    # aid workers" (custody), not "held the town" nor "held talks"
    person_object: bool = False
    intransitive: bool = False  # the verb takes no object or complement ("the minister quit", not "quit smoking")
    of: str = "target"  # role of "X" in "<noun> of X": source | target | none
    poss: str = "source"  # role of "X" in "X's <noun>"
    needs_target: bool = False
    needs_source: bool = False
    reverse: str | None = None  # the target -> source event's CAMEO code ("same": a symmetric event)
    origin: str = "builtin"
    # a phrase of the verb ("rolled back a tax", "settled on a deal"), not a reading of the verb: where none of
    # a lemma's senses fires and all are phrases, the verb is coded as one the lexicon does not list (cameo_sense)
    phrase: bool = False

    @property
    def specificity(self) -> int:
        return sum(1 for k in CONDITION_KEYS if getattr(self, k))


@dataclass
class Lexicon:
    verbs: dict[str, list[Sense]] = field(default_factory=dict)
    nouns: dict[str, list[Sense]] = field(default_factory=dict)
    mode_cues: dict[str, dict[str, str]] = field(default_factory=dict)  # type -> word -> mode

    noun_set: frozenset[str] = frozenset()  # lemmas with noun senses (set by finish)
    petr: VerbDictionary | None = None  # PETRARCH verb dictionaries (--verbs), tried before the senses
    cameo: VerbDictionary | None = None  # the built-in CAMEO verb patterns (PETRARCH2's CAMEO.2.0)
    combination: object | None = None  # petrarch_combine.Combination: a --verbs verb with its complement

    def add(self, table: str, lemma: str, sense: Sense, first: bool = False) -> None:
        senses = getattr(self, table).setdefault(lemma, [])
        if first:
            senses.insert(0, sense)
        else:
            senses.append(sense)

    def finish(self) -> None:
        # Most specific first; stable, so among equals the earlier source (a user's file) wins.
        for table in (self.verbs, self.nouns):
            for lemma, senses in table.items():
                senses.sort(key=lambda s: -s.specificity)
        self.noun_set = frozenset(self.nouns)


class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # libyaml's parser: 10x faster start-up
    """YAML 1.1 reads on/off/yes/no as booleans; in a lexicon they are words (call on, break off).

    A key given twice in one mapping is an error: YAML keeps the later value without a word, so a second
    `charge:` entry written lower in a file silently dropped every sense of the first (session 32)."""

    def construct_mapping(self, node, deep=False):
        seen = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"duplicate key {key!r} (a second entry would replace the first)", key_node.start_mark)
            seen.add(key)
        return super().construct_mapping(node, deep)


_Loader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:bool"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
                              list("tTfF"))


def _words(value, where: str) -> frozenset[str] | None:
    if value is None:
        return None
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"{where}: expected a list of words")
    return frozenset(v.lower() for v in value)


def make_sense(raw: dict, where: str, origin: str) -> Sense:
    if not isinstance(raw, dict):
        raise ValueError(f"{where}: a sense must be a mapping")
    unknown = set(raw) - SENSE_KEYS
    if unknown:
        raise ValueError(f"{where}: unknown keys {sorted(unknown)}")
    type_ = str(raw.get("type", "")).upper()
    if type_ not in QUAD:
        raise ValueError(f"{where}: unknown PLOVER type {raw.get('type')!r}")
    mode = raw.get("mode")
    if mode is not None and mode not in MODES.get(type_, ()):
        raise ValueError(f"{where}: {type_} has no mode {mode!r}")
    cameo = raw.get("cameo")
    if cameo is not None and not re.fullmatch(r"\d{2,4}", str(cameo)):
        raise ValueError(f"{where}: CAMEO code must be 2-4 digits, got {cameo!r}")
    reverse = raw.get("reverse")
    if reverse is not None and not (reverse == "same" or re.fullmatch(r"\d{2,4}", str(reverse))):
        raise ValueError(f"{where}: reverse must be `same` or a CAMEO code, got {reverse!r}")
    for role in ("of", "poss"):
        if raw.get(role, "source" if role == "poss" else "target") not in ("source", "target", "none"):
            raise ValueError(f"{where}: {role} must be source, target or none")
    return Sense(
        type=type_, mode=mode, cameo=cameo_for(type_, mode, str(cameo) if cameo else None),
        context=tuple(raw.get("context") or ()),
        object=_words(raw.get("object"), where), prep=_words(raw.get("prep"), where),
        xcomp=_words(raw.get("xcomp"), where), mod=_words(raw.get("mod"), where),
        subject=_words(raw.get("subject"), where), governor=_words(raw.get("governor"), where),
        entity_object=bool(raw.get("entity_object")), person_object=bool(raw.get("person_object")),
        intransitive=bool(raw.get("intransitive")),
        of=raw.get("of", "target"), poss=raw.get("poss", "source"),
        needs_target=bool(raw.get("needs_target")), needs_source=bool(raw.get("needs_source")),
        reverse=str(reverse) if reverse is not None else None, origin=origin, phrase=bool(raw.get("phrase")),
    )


def load_yaml(lex: Lexicon, path: Path, first: bool = False, kept: bool = False) -> None:
    """Add a YAML lexicon's senses to `lex` (at the front with `first`). `kept`: the file's parsed mapping
    is kept on disk (cache.py), for the built-in files every process reads: parsing their YAML cost
    about 50 ms a process, reading it back 2 ms. A user's --verbs file is parsed each time."""
    if kept:
        from .. import cache

        data = cache.cached(f"lexicon-{path.stem}", [path, __file__], lambda: _parsed(path), packages=("PyYAML",))
    else:
        data = _parsed(path)
    try:
        for table in ("verbs", "nouns"):
            entries = _mapping(data.get(table) or {}, table)
            items = list(entries.items())
            if first:
                items.reverse()  # inserted at the front one by one: keep the file's order
            for lemma, senses in items:
                senses = senses if isinstance(senses, list) else [senses]
                made = [make_sense(s, f"{table}.{lemma}", path.name) for s in senses]
                for s in (reversed(made) if first else made):
                    lex.add(table, str(lemma).lower(), s, first=first)
        for written, modes in _mapping(data.get("mode_cues") or {}, "mode_cues").items():
            type_ = str(written).upper()  # ("consult:" as senses' types are read: any case)
            if type_ not in QUAD:
                raise ValueError(f"mode_cues: unknown type {written!r}")
            own: dict[str, str] = {}  # word -> mode, the first mode a word is listed under in this file
            for mode, words in _mapping(modes, f"mode_cues.{written}").items():
                if mode not in MODES.get(type_, ()):
                    raise ValueError(f"mode_cues.{written}: no mode {mode!r}")
                if not isinstance(words, list):  # (a bare word would be read letter by letter)
                    raise ValueError(f"mode_cues.{written}.{mode}: a list of words is expected, not {words!r}")
                for w in words:
                    own.setdefault(str(w).lower(), mode)
            cues = lex.mode_cues.setdefault(type_, {})
            if first:
                cues.update(own)  # a --verbs file's cue wins over a built-in one, as its senses are tried first
            else:
                for w, mode in own.items():
                    cues.setdefault(w, mode)
    except ValueError as exc:
        raise InputError(str(path), f"bad lexicon entry: {exc}") from None


def _mapping(value, where: str) -> dict:
    """`value` when it is a mapping; a ValueError naming the entry when a list or a word stands there."""
    if not isinstance(value, dict):
        raise ValueError(f"{where}: a mapping is expected, not {type(value).__name__} {value!r}"[:160])
    return value


def _parsed(path: Path) -> dict:
    """The YAML lexicon's mapping; InputError when it cannot be read or is not a mapping."""
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise InputError(str(path), f"cannot read lexicon: {exc}") from None
    except UnicodeDecodeError as exc:
        raise InputError(str(path), f"cannot read lexicon: not UTF-8 text (byte {exc.start})") from None
    if not isinstance(data, dict):
        raise InputError(str(path), "a lexicon is a mapping with `verbs`, `nouns`, `mode_cues`")
    return data


@lru_cache(maxsize=1)
def builtin_cameo() -> VerbDictionary:
    """The converted PETRARCH2 CAMEO verb dictionary (read once per process, shared by lexicons; the
    parsed patterns are kept on disk, see cache.py, since parsing 15,000 of them takes most of a second)."""
    from .. import cache, dictionary_files
    from . import petrarch_transform, petrarch_verbs

    # (the pickle holds the file's `~` transformations too: their module's code is part of the key, as is the
    # reader of the file's lines that petrarch_verbs shares with the actors stage)
    return cache.cached("cameo-verbs", [BUILTIN_CAMEO, petrarch_verbs.__file__, petrarch_transform.__file__,
                                        dictionary_files.__file__], lambda: load_verb_dictionary(BUILTIN_CAMEO))


def get_lexicon(extra: list[str] | tuple[str, ...] = ()) -> Lexicon:
    """The built-in lexicon plus --verbs files (earlier files first); the events stage builds it once."""
    lex = Lexicon()
    load_yaml(lex, BUILTIN, kept=True)
    load_yaml(lex, BUILTIN_VIOLENCE, kept=True)
    lex.cameo = builtin_cameo()
    _add_user_dicts(lex, tuple(extra))
    lex.finish()
    return lex


def check_verb_dicts(paths: list[str] | tuple[str, ...]) -> list[str]:
    """Load only the user's --verbs files, so a bad one is reported before any work starts without
    building the built-in lexicon a second time (the events stage builds the real one). Returns the
    files' warnings ("file:line: reason") for the user."""
    lex = Lexicon()
    _add_user_dicts(lex, tuple(paths))
    if lex.petr is None:
        return []
    if not lex.petr.by_word and not lex.verbs:  # PETRARCH codes from the verbs it is given: here none
        return [*lex.petr.warnings, "the --verbs dictionaries hold no verb: no events will be coded"]
    return list(lex.petr.warnings)


def _add_user_dicts(lex: Lexicon, paths: tuple[str, ...]) -> None:
    for p in reversed(paths):  # earlier files end up first
        path = Path(p)
        if path.is_dir():
            raise InputError(p, "is a directory, not a verb dictionary file")
        if not path.is_file():
            raise InputError(p, "verb dictionary not found")
        if path.suffix.lower() in (".yaml", ".yml"):
            load_yaml(lex, path, first=True)
    for p in paths:  # PETRARCH dictionaries: patterns, matched in the coder (petrarch_verbs.py)
        if Path(p).suffix.lower() not in (".yaml", ".yml"):
            lex.petr = load_verb_dictionary(Path(p), lex.petr)
    if lex.petr is not None:
        from .petrarch_combine import load_combination

        lex.combination = load_combination()
