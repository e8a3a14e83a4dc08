"""The event lexicon: verb and noun senses -> (PLOVER type, mode, CAMEO), loaded once per process.

Sources, in the order they are tried: files given with --verbs (our YAML format, or CAMEO/PETRARCH
verb dictionaries), then the built-in `data/lexicon.yaml`. The YAML format is documented at the top of
that file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from ..errors import InputError
from .ontology import MODES, QUAD, cameo_for, plover_for_cameo

BUILTIN = Path(__file__).with_name("data") / "lexicon.yaml"
CONDITION_KEYS = ("object", "prep", "xcomp", "mod", "subject", "governor", "entity_object")
SENSE_KEYS = {"type", "mode", "cameo", "context", "of", "poss", "needs_target", "needs_source", *CONDITION_KEYS}


@dataclass(frozen=True)
class Sense:
    type: str
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
    of: str = "target"  # role of "X" in "<noun> of X": source | target | none
    poss: str = "source"  # role of "X" in "X's <noun>"
    needs_target: bool = False
    needs_source: bool = False
    origin: str = "builtin"

    @property
    def specificity(self) -> int:
        return sum(1 for k in CONDITION_KEYS if getattr(self, k))


@dataclass
class Lexicon:
    verbs: dict[str, list[Sense]] = field(default_factory=dict)
    nouns: dict[str, list[Sense]] = field(default_factory=dict)
    mode_cues: dict[str, dict[str, str]] = field(default_factory=dict)  # type -> word -> mode

    noun_set: frozenset[str] = frozenset()  # lemmas with noun senses (set by finish)

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


class _Loader(yaml.SafeLoader):
    """YAML 1.1 reads on/off/yes/no as booleans; in a lexicon they are words (call on, break off)."""


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
    for role in ("of", "poss"):
        if raw.get(role, "source" if role == "poss" else "target") not in ("source", "target", "none"):
            raise ValueError(f"{where}: {role} must be source, target or none")
    return Sense(
        type=type_, mode=mode, cameo=cameo_for(type_, mode, str(cameo) if cameo else None),
        context=tuple(raw.get("context") or ()),
        object=_words(raw.get("object"), where), prep=_words(raw.get("prep"), where),
        xcomp=_words(raw.get("xcomp"), where), mod=_words(raw.get("mod"), where),
        subject=_words(raw.get("subject"), where), governor=_words(raw.get("governor"), where),
        entity_object=bool(raw.get("entity_object")),
        of=raw.get("of", "target"), poss=raw.get("poss", "source"),
        needs_target=bool(raw.get("needs_target")), needs_source=bool(raw.get("needs_source")), origin=origin,
    )


def load_yaml(lex: Lexicon, path: Path, first: bool = False) -> None:
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise InputError(str(path), f"cannot read lexicon: {exc}") from None
    if not isinstance(data, dict):
        raise InputError(str(path), "a lexicon is a mapping with `verbs`, `nouns`, `mode_cues`")
    try:
        for table in ("verbs", "nouns"):
            entries = data.get(table) or {}
            items = list(entries.items())
            if first:
                items.reverse()  # inserted at the front one by one: keep the file's order
            for lemma, senses in items:
                senses = senses if isinstance(senses, list) else [senses]
                made = [make_sense(s, f"{table}.{lemma}", path.name) for s in senses]
                for s in (reversed(made) if first else made):
                    lex.add(table, str(lemma).lower(), s, first=first)
        for type_, modes in (data.get("mode_cues") or {}).items():
            if type_ not in QUAD:
                raise ValueError(f"mode_cues: unknown type {type_!r}")
            cues = lex.mode_cues.setdefault(type_, {})
            for mode, words in modes.items():
                if mode not in MODES.get(type_, ()):
                    raise ValueError(f"mode_cues.{type_}: no mode {mode!r}")
                for w in words:
                    cues.setdefault(str(w).lower(), mode)
    except ValueError as exc:
        raise InputError(str(path), f"bad lexicon entry: {exc}") from None


# --- CAMEO / PETRARCH verb dictionaries ----------------------------------------------------------
# Blocks `--- VERB [code] ---`, then verb forms (one a line; `A_+B` phrasal with head B), then
# patterns `- words * words [code]` where `*` is the verb, `$` the source, `+` the target, `&SET`
# a synset. We take from each pattern the first word after the verb as an object/preposition
# condition, which covers the common "verb + particle/object" patterns.
_PREPS = frozenset("against at by for from in into of off on onto out over to toward towards up upon with down back".split())
_CODE = re.compile(r"\[([^\]]*)\]")


def _petr_code(text: str) -> str | None:
    m = _CODE.search(text)
    if not m:
        return None
    code = m.group(1).strip().split(":")[0].strip()
    return code if re.fullmatch(r"\d{2,4}", code) else None


def load_petrarch(lex: Lexicon, path: Path) -> int:
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError as exc:
        raise InputError(str(path), f"cannot read verb dictionary: {exc}") from None
    synsets: dict[str, list[str]] = {}
    current = None
    added = 0
    block_code = None
    block_verbs: list[str] = []
    in_comment = False
    for raw in lines:
        line = raw.split("#", 1)[0].rstrip()
        if "<!--" in line:
            in_comment = "-->" not in line
            continue
        if in_comment:
            in_comment = "-->" not in raw
            continue
        s = line.strip()
        if not s:
            continue
        if s.startswith("&"):
            current = s.split()[0][1:].rstrip("_")
            synsets[current] = []
            continue
        if s.startswith("+") and current is not None and not block_verbs:
            synsets[current].append(s[1:].split("[")[0].strip().replace("_", " ").lower())
            continue
        if s.startswith("---"):
            current = None
            name = s.strip("- ").split("[")[0].strip()
            block_code = _petr_code(s)
            block_verbs = [name.lower()]
            if block_code and plover_for_cameo(block_code):
                added += _add_petr(lex, name.lower(), block_code, None, path.name)
            continue
        if s.startswith("-") and block_verbs:
            code = _petr_code(s) or block_code
            pat = _CODE.sub("", s[1:]).strip()
            if not code or "*" not in pat or not plover_for_cameo(code):
                continue
            after = [w for w in pat.split("*", 1)[1].replace("_", " ").split() if w not in ("$", "+", "%", "^")]
            if not after:
                continue  # conditions before the verb only: not expressible here
            word = after[0].lower()
            words = synsets.get(word[1:].rstrip("_").upper(), []) if word.startswith("&") else [word]
            if not words:
                continue
            for verb in block_verbs:
                added += _add_petr(lex, verb, code, words, path.name)
            continue
        if block_verbs and not s.startswith(("-", "+", "&")):
            # further verb forms of the block (first word of a phrasal form, or its +HEAD)
            form = s.split("[")[0].strip()
            head = next((w[1:] for w in form.split("_") if w.startswith("+")), form.split("_")[0])
            if head and head.lower() not in block_verbs and re.fullmatch(r"[A-Za-z'-]+", head):
                block_verbs.append(head.lower())
                code = _petr_code(s) or block_code
                if code and plover_for_cameo(code):
                    added += _add_petr(lex, head.lower(), code, None, path.name)
    return added


def _add_petr(lex: Lexicon, verb: str, code: str, words: list[str] | None, origin: str) -> int:
    type_ = plover_for_cameo(code)
    if not type_ or not re.fullmatch(r"[a-z'-]+", verb):
        return 0
    lemma = _verb_lemma(verb)
    if words:
        preps = frozenset(w for w in words if w in _PREPS)
        objs = frozenset(w for w in words if w not in _PREPS and " " not in w)
        if not preps and not objs:
            return 0
        sense = Sense(type=type_, cameo=code, prep=preps or None, object=None if preps else objs, origin=origin)
    else:
        sense = Sense(type=type_, cameo=code, origin=origin)
    lex.add("verbs", lemma, sense, first=True)
    return 1


def _verb_lemma(word: str) -> str:
    """Dictionary verbs are often inflected (ACCUSED); reduce the regular endings."""
    for suf, rep in (("ies", "y"), ("ied", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if word.endswith(suf) and len(word) - len(suf) >= 3:
            return word[: -len(suf)] + rep
    return word


def get_lexicon(extra: list[str] | tuple[str, ...] = ()) -> Lexicon:
    """The built-in lexicon plus --verbs files (earlier files first); the events stage builds it once."""
    lex = Lexicon()
    load_yaml(lex, BUILTIN)
    for p in reversed(tuple(extra)):  # earlier files end up first
        path = Path(p)
        if not path.is_file():
            raise InputError(p, "verb dictionary not found")
        if path.suffix.lower() in (".yaml", ".yml"):
            load_yaml(lex, path, first=True)
        else:
            load_petrarch(lex, path)
    lex.finish()
    return lex
