"""PETRARCH/TABARI verb dictionaries, read and matched on the spaCy dependency parse.

Supported (docs/events.md lists it for users):
- comments: `#` to the end of a line, `<!-- ... -->` (may span lines);
- synsets: a `&NAME` line, then `+word` / `+two_words` lines (a synset may name another synset);
- verb blocks: `--- NAME [CODE] ---`, then verb lines `VERB {IRREGULAR FORMS} [CODE]`, phrasal
  verbs `A_+B {FORMS}` / `+A_B` (the `+` marks the verb word, the other words must stand next
  to it), an optional own code; `[---]` is the null code (the verb alone codes nothing);
- patterns: `- PRE * POST [CODE]` with words (`_` = next word, space = words may come between),
  `&SYNSET`, `A/B` (either word: `(BY/WITH PROTESTS)`), `{A | B C}` (either phrase, each a run of
  consecutive words, as a synset's members: `{WARSHIPS | WAR PLANES}`), `$` (source), `+` (target), `%` (compound
  actor: the coordinated actors act on each other), `^` (skip a phrase), PETRARCH 2 groupings `(PREP NOUN)` and `{ADJ NOUN}` (read as the
  words they hold), and codes `[CODE]`, `[CODE:CODE]` (the second code for target -> source,
  as CAMEO codes visits 042 one way and 043 the other), `[---]` (a negative pattern: nothing is
  coded when it matches).
- transformations: `~ a (b c VERB) VERB2 = x y CODE` lines (petrarch_transform.py applies them).
A pattern naming a synset the file never defines is a warning naming file and line, and the pattern
never matches (PETRARCH2 reads CAMEO.2.0.txt's `(IN &WEATHER)` the same way); anything else the
format does not hold is an error at load time naming file and line.

Matching: for a verb token whose form or lemma a block lists, each pattern is tried on the words
of the verb's own clause (its subtree, without clauses that hang on it; in PETRARCH mode also
without its to-infinitive complements, whose code petrarch_combine.py combines), POST words in order after
the verb, PRE words in order before it (for a passive verb: in its by-phrase); the pattern with the
most words that matches wins (among equally long ones: the one naming the verb's object as
written, then the one with more words as written), else the verb line's or the block's code. Words match a token's lower-case form or lemma (plurals of
dictionary nouns included). `$`/`+` take the actor a following (or preceding) token names.
"""

from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from ..columns import column_list
from ..dictionary_files import dictionary_text, no_entries, without_block_comments
from ..errors import InputError
from .syntax import bare_complement, small_clause, to_marked

NULL = "---"
_CODE = re.compile(r"\[([^\]]*)\]")
_CODE_OK = re.compile(r"^[A-Za-z0-9+?!#-]{0,8}$")
NEGATION_WORDS = frozenset({"not", "n't", "no", "never", "neither", "nor"})
# a pattern naming one of these spells out the clause's negation ("FAILED_TO_* [111]"): its code stands
NEGATING_WORDS = NEGATION_WORDS | {"fail", "failed", "fails", "refuse", "refused", "refuses", "refusal"}
CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "acl", "conj", "parataxis", "csubj"})
NESTED_CLAUSE_DEPS = frozenset({"relcl", "advcl", "acl"})  # clauses on a noun or adjective of the verb phrase


@dataclass(frozen=True)
class Item:
    kind: str  # word | syn | src | tgt | comp | skip
    words: tuple[tuple[str, ...], ...] = ()  # alternatives, each a word sequence
    glued: bool = False  # must follow the previous item directly (`_`)
    to_verb: bool = False  # the last pre-verb item of `X_*`: must stand directly before the verb (not glued to
    # the item before it: `SAID WILL_*` is "said it will begin", SAID need not touch WILL)


@dataclass
class Pattern:
    pre: list[Item]
    post: list[Item]
    code: str
    reverse: str | None
    line: int
    weight: int = 0
    needs: frozenset[str] = frozenset()  # literal words the clause must hold (a cheap first test)
    negates: bool = False  # the pattern spells out a negation ("&NEGATVAUXVRB * OVER EFFORTS"): its code is the negated act's


@dataclass
class VerbForm:
    word: str  # the verb word, lower case
    before: tuple[str, ...] = ()  # phrasal words directly before it
    after: tuple[str, ...] = ()  # ... and directly after it
    code: str | None = None
    reverse: str | None = None


@dataclass
class Block:
    name: str
    code: str
    reverse: str | None
    forms: list[VerbForm] = field(default_factory=list)
    patterns: list[Pattern] = field(default_factory=list)
    origin: str = ""


@dataclass
class VerbDictionary:
    by_word: dict[str, list[tuple[Block, VerbForm]]] = field(default_factory=dict)
    synsets: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)
    transforms: list = field(default_factory=list)  # petrarch_transform.Transform, in file order
    warnings: list[str] = field(default_factory=list)  # "file:line: reason", for the user
    _needs: dict = field(default_factory=dict, repr=False, compare=False)  # pattern_needs' cache, by word

    def words(self) -> set[str]:
        return set(self.by_word)

    def pattern_needs(self, tok) -> dict[str, set[frozenset[str]]]:
        """{code: the literal words (`needs`) of each pattern giving it} over the patterns match_verb
        tries for verb token `tok` (the blocks listing its form as written, else its lemma; bare verb
        lines, which match no words, left out): a verb's patterns at a glance, made once per word."""
        word = tok.lower_ if self.by_word.get(tok.lower_) else tok.lemma_.lower()
        out = self._needs.get(word)
        if out is None:
            out = {}
            for block, _ in self.by_word.get(word, ()):
                for p in block.patterns:
                    if p.line:
                        out.setdefault(p.code, set()).add(p.needs)
            self._needs[word] = out
        return out

    def word_code(self, *words: str) -> str | None:
        """The code the dictionary gives the first of `words` (lower case) that a block lists, patterns
        aside (its verb line's code, else its block's), or None when no block lists any."""
        for w in words:
            entries = self.by_word.get(w)
            if entries:
                block, form = entries[0]
                return form.code or block.code
        return None

    def base_code(self, tok) -> str | None:
        """word_code of verb token `tok`: its form as written, else its lemma."""
        return self.word_code(tok.lower_, tok.lemma_.lower())


def _err(path, n, reason):
    return InputError(f"{path}:{n}", reason)


def _lines(path: Path):
    for n, s in without_block_comments(dictionary_text(str(path), "verb dictionary").splitlines()):
        s = re.sub(r"\[[^\]]*\]", lambda m: m.group(0).replace("#", "\0"), s)  # [###] is a code
        s = s.split("#", 1)[0].split(";", 1)[0].replace("\0", "#").strip()
        if s:
            yield n, s


def _codes(path, n, text: str) -> tuple[str | None, str | None]:
    blocks = _CODE.findall(text)
    if not blocks:
        return None, None
    parts = [p.strip().upper() for p in blocks[0].split(":")]
    for p in parts:
        if not _CODE_OK.match(p):
            raise _err(path, n, f"bad event code [{blocks[0]}]")
    code = parts[0].rstrip("?!") or NULL  # "[:173]": coded only from target to source
    rev = parts[1].rstrip("?!") if len(parts) > 1 and parts[1] else None
    return code, rev


def _inflections(word: str) -> set[str]:
    """Regular forms of a dictionary verb (PETRARCH generates them the same way)."""
    w = word
    out = {w}
    if w.endswith("e"):
        out |= {w + "s", w + "d", w[:-1] + "ing"}
    elif w.endswith("y") and len(w) > 2 and w[-2] not in "aeiou":
        out |= {w[:-1] + "ies", w[:-1] + "ied", w + "ing"}
    elif w.endswith(("s", "x", "z", "ch", "sh")):
        out |= {w + "es", w + "ed", w + "ing"}
    else:
        out |= {w + "s", w + "ed", w + "ing"}
    return out


def _verb_form(path, n, text: str, code, rev) -> list[VerbForm]:
    body = _CODE.sub("", text)
    irregular = re.findall(r"\{([^}]*)\}", body)
    head = "_".join(re.sub(r"\{[^}]*\}", "", body).split())  # "LASH OUT" = LASH_OUT
    if not head:
        raise _err(path, n, f"bad verb line {text!r} (expected VERB {{FORMS}} [CODE])")
    forms = [head] + (irregular[0].replace(",", " ").split() if irregular else [])
    out = []
    for i, f in enumerate(forms):
        words = [w for w in f.lower().split("_") if w]
        marked = [k for k, w in enumerate(words) if w.startswith("+")]
        k = marked[0] if marked else 0
        verb = words[k].lstrip("+")
        if not re.fullmatch(r"[a-z][a-z'-]*", verb):
            raise _err(path, n, f"bad verb {f!r}")
        before, after = tuple(w.lstrip("+") for w in words[:k]), tuple(w.lstrip("+") for w in words[k + 1:])
        variants = _inflections(verb) if i == 0 and not irregular else {verb}
        for v in sorted(variants):
            out.append(VerbForm(v, before, after, code, rev))
    return out


_ALTERNATIVES = re.compile(r"\{([^{}]*\|[^{}]*)\}")  # "{WARSHIPS | WAR PLANES}": one of these phrases


def _alternatives(path, n, body: str, glued: bool) -> Item:
    """A `{A | B C}` group: either phrase, each a run of consecutive words as a synset member is."""
    alts = []
    for part in body.split("|"):
        words = tuple(w for w in re.split(r"[_\s]+", part.lower()) if w)
        if not words or not all(re.fullmatch(r"[a-z0-9][a-z0-9'./\-]*|n't|'s", w) for w in words):
            raise _err(path, n, f"bad alternative {part.strip()!r} in {{{body}}}")
        alts.append(words)
    return Item("syn", tuple(alts), glued)


def _items(path, n, text: str, synsets) -> list[Item]:
    groups = list(_ALTERNATIVES.finditer(text)) if "|" in text else []
    if groups:  # `{A | B}` alternatives first: their words are one item, not a noun phrase's
        out: list[Item] = []
        at = 0
        for m in groups:
            before = text[at:m.start()]
            out += _items(path, n, before, synsets)
            out.append(_alternatives(path, n, m.group(1), before.endswith("_")))
            at = m.end()
        return out + _items(path, n, text[at:], synsets)
    text = text.replace("(", " ").replace(")", " ").replace("{", " ").replace("}", " ")
    out = []
    for chunk in text.split():
        parts = [p for p in re.split(r"(_)", chunk) if p]
        glued = False
        for p in parts:
            if p == "_":
                glued = True
                continue
            out.append(_item(path, n, p, synsets, glued))
            glued = False
    return out


class UndefinedSynset(Exception):
    """A pattern names a synset the file never defines (the pattern is dropped with a warning)."""


def _item(path, n, p: str, synsets, glued: bool) -> Item:
    kinds = {"$": "src", "+": "tgt", "%": "comp", "^": "skip"}
    if p in kinds:
        return Item(kinds[p], glued=glued)
    if p.startswith("&"):
        name = p[1:].upper()
        if name not in synsets:
            raise UndefinedSynset(f"{path}:{n}: pattern names undefined synset &{name}; it never matches")
        return Item("syn", tuple(synsets[name]), glued)
    word = p.lower()
    if not re.fullmatch(r"[a-z0-9][a-z0-9'./\-]*|n't|'s", word):
        raise _err(path, n, f"unsupported pattern element {p!r}")
    alts = word.split("/")
    if len(alts) > 1 and all(re.fullmatch(r"[a-z]{2,}", a) for a in alts):
        return Item("syn", tuple((a,) for a in alts), glued)  # "(BY/WITH PROTESTS)": either word
    return Item("word", ((word,),), glued)


def _pattern(path, n, s: str, synsets, block: Block) -> Pattern:
    code, rev = _codes(path, n, s)
    body = _CODE.sub("", s[1:]).strip()
    if body.count("*") != 1:
        raise _err(path, n, "a pattern needs exactly one * (the verb)")
    pre_s, post_s = body.split("*")
    glue_pre = pre_s.endswith("_")
    glue_post = post_s.startswith("_")
    pre = _items(path, n, pre_s.rstrip("_"), synsets)
    post = _items(path, n, post_s.lstrip("_"), synsets)
    if post and glue_post:
        post[0] = Item(post[0].kind, post[0].words, True)
    if pre and glue_pre:  # "FAILED_TO_*": the last pre word must stand right before the verb
        pre[-1] = Item(pre[-1].kind, pre[-1].words, pre[-1].glued, True)
    weight = sum(len(it.words[0]) if it.words else 0 for it in pre + post)
    needs = frozenset(w for it in pre + post if it.kind == "word" for w in it.words[0])
    negates = any(w in NEGATING_WORDS for it in pre + post for alt in it.words for w in alt)
    return Pattern(pre, post, code or block.code, rev if code else block.reverse, n, weight, needs, negates)


def _synset_entry(path, n, s: str, synsets) -> list[tuple[str, ...]]:
    body = s[1:].strip()
    if body.startswith("&"):
        name = body[1:].upper()
        if name not in synsets:
            raise _err(path, n, f"undefined synset &{name}")
        return list(synsets[name])
    words = tuple(w for w in re.split(r"[_\s]+", body.lower()) if w)
    if not words or not all(re.fullmatch(r"[a-z0-9][a-z0-9'./\-]*|n't|'s", w) for w in words):
        raise _err(path, n, f"bad synset entry {s!r}")
    return [words]


def load(path: Path, vd: VerbDictionary | None = None) -> VerbDictionary:
    """Read one verb dictionary (into `vd`, so later files add to earlier ones)."""
    vd = vd or VerbDictionary()
    synsets = vd.synsets
    block: Block | None = None
    syn: str | None = None
    in_patterns = False
    from .petrarch_transform import parse_transform, resolve_transforms

    pending = []
    forms = 0  # the verbs this file adds: none is worth a warning (an empty --verbs codes no events)
    for n, s in _lines(path):
        if s.startswith("~"):
            pending.append(parse_transform(path, n, s))
            continue
        if s.startswith("---"):
            name = _CODE.sub("", s).strip("- ").strip()
            code, rev = _codes(path, n, s)
            block = Block(name=name, code=code or NULL, reverse=rev, origin=path.name)
            syn, in_patterns = None, False
            continue
        if s.startswith("&"):
            syn = s.split()[0][1:].rstrip("_").upper()
            synsets[syn] = []
            block = None
            continue
        if s.startswith("+") and syn is not None and block is None:
            synsets[syn] += _synset_entry(path, n, s, synsets)
            continue
        if block is None:
            raise _err(path, n, f"line outside a verb block or synset: {s!r}")
        if s.startswith("-"):
            if not block.forms:  # it would hang on no verb and never match
                raise _err(path, n, f"pattern before any verb of its block {block.name!r}: {s!r}")
            in_patterns = True
            try:
                block.patterns.append(_pattern(path, n, s, synsets, block))
            except UndefinedSynset as exc:
                vd.warnings.append(str(exc))
            continue
        if in_patterns and not s.startswith("+") and not re.match(r"^[A-Za-z+]", s):
            raise _err(path, n, f"unsupported line {s!r}")
        code, rev = _codes(path, n, s)
        for f in _verb_form(path, n, s, code, rev):
            block.forms.append(f)
            vd.by_word.setdefault(f.word, []).append((block, f))
            forms += 1
    if not forms:
        vd.warnings.append(no_entries(str(path), "verb dictionary", "verb"))
    for entries in vd.by_word.values():
        for b, _ in entries:
            b.patterns.sort(key=lambda p: -p.weight)
    vd.transforms += resolve_transforms(path, pending, vd)
    return vd


# --- matching on the parse ---------------------------------------------------------------------

@dataclass
class Match:
    code: str
    reverse: str | None
    source: list = field(default_factory=list)  # tokens
    target: list = field(default_factory=list)
    compound: list = field(default_factory=list)
    origin: str = ""
    line: int = 0
    negates: bool = False  # the matched pattern spells out the clause's negation
    words: frozenset[str] = frozenset()  # the matched pattern's literal words
    whole: bool = False  # the pattern names the verb's complement's verb ("* + TO LEAVE"): it codes the pair
    block: str = ""  # the code of the block whose pattern matched (`---  DEMAND   [100]  ---`)


def infinitive(t) -> bool:
    """A to-infinitive complement ("agreed [to meet Sylvania]", "urged Mordor [to stop]")."""
    return t.dep_ in ("xcomp", "ccomp") and to_marked(t)


def clause_tokens(v, complements: bool = True) -> list:
    """The verb's clause: its subtree without the clauses that hang on it, plus (for a verb that
    shares its subject or object with the clause it hangs on) that clause's subject. Without
    `complements`, also without its to-infinitive complements: PETRARCH2 matches a verb's patterns
    on the noun and prepositional phrases of its own verb phrase, and codes a complement's verb
    phrase apart, then combines the two codes (petrarch_combine.py): "promised to provide economic
    aid" is PROMISE's block code 030 combined with the aid's 0331, not PROMISE's `* AID [033]`."""
    skip = set()
    for c in v.children:
        if (c.dep_ in CLAUSE_DEPS and not small_clause(c) and not bare_complement(c)) or \
                (not complements and infinitive(c)):
            skip.update(t.i for t in c.subtree)  # ("ordered Mordor diplomats held" is one verb phrase)
    sub = list(v.subtree)  # (walked once: each walk makes a Token object per word)
    for t in sub:  # a relative, adverbial or noun-complement clause inside a noun phrase is a clause of
        # its own: "condemned Mordor, [which had launched an attack on Ithilen]" is not BLAME's `* ATTACK ON +`,
        # "demanded an admission [that its security forces poisoned X]" not DEMAND's `* &SECURITY` [0212]
        # (one with a subject or conjunction of its own: "nothing [to do with]" is the phrase's own);
        # the label first: it rules out most words without making the head's Token
        if t.dep_ in NESTED_CLAUSE_DEPS and t.i not in skip and t.i != v.i and t.head.i != v.i and any(
                c.dep_ in ("nsubj", "nsubjpass", "mark") for c in t.children):
            skip.update(x.i for x in t.subtree)
    toks = [t for t in sub if t.i not in skip]
    node = v  # "failed to agree", "said it would boycott": the verbs it complements (`FAILED_TO_*`, `SAID *`)
    while node.head.i < node.i:
        head = node.head
        if node.dep_ == "xcomp" and head.pos_ == "ADJ" and head.dep_ == "acomp" and head.head.i < head.i:
            toks.append(head)  # "were able [to leave]", "were ready [to halt]": the adjective and its copula
            head = head.head
        elif not (node.dep_ in ("xcomp", "ccomp") and head.pos_ in ("VERB", "AUX")):
            break
        node = head
        toks.append(node)  # with its auxiliaries and negation ("does not intend to withdraw": `DO NOT INTEND
        # TO *`; "were poised to strike": `WERE POISED TO *`), words of the same verb phrase in TABARI's reading
        toks += [a for a in node.children if a.dep_ in ("aux", "auxpass", "neg") and a.i < node.i]
    prep = v.head if v.dep_ == "pcomp" else None  # "Rohan joined Gondor [in condemning] Mordor" (`JOIN IN *`),
    if prep is not None and prep.dep_ == "prep" and prep.head.pos_ in ("VERB", "AUX", "ADJ") and prep.head.i < v.i:
        gov = prep.head  # "Gondor backed Rohan [in opposing] ..." (`$ BACK + IN *`), "is close [to signing]"
        # (`CLOSE TO *`): the words before it
        toks += [prep, gov] + [t for c in gov.children if c.i < prep.i and c.dep_ in ("nsubj", "dobj", "dative")
                               for t in c.subtree]
    if not any(t.dep_ in ("nsubj", "nsubjpass") for t in v.children):
        from .syntax import subjects

        for s in subjects(v):
            toks += [t for t in s.subtree if t.i < v.i]
    return sorted(set(toks), key=lambda t: t.i)


def _forms(toks) -> set[str]:
    """Every dictionary word a token of the clause (or sentence) can match (see _word_ok)."""
    return set().union(*(_word_forms(t.lower_, t.lemma_) for t in toks))


ES_PLURAL = ("s", "x", "z", "ch", "sh")  # the endings whose plural is -es


@lru_cache(maxsize=1 << 16)
def _word_forms(low: str, lemma: str) -> set[str]:
    """_forms of one token, by its lowercase form and lemma: the same words recur in every clause.
    Its words come out in the order these adds give (it decides which pattern alternative wins); never
    changed by a caller."""
    out: set[str] = set()
    out.add(low)
    out.add(lemma.lower())
    if low.endswith("s"):
        out.add(low[:-1])
        if low.endswith("es") and low[:-2].endswith(ES_PLURAL):
            # -es makes the plural of a word in s, x, z, ch or sh only (taxes, churches; PETRARCH's own
            # rule: ACCESS, ACCESSES): "refugees" is no plural of REFUGE, nor "planes" of PLAN
            out.add(low[:-2])
        if low.endswith("ies"):
            out.add(low[:-3] + "y")
    return out


token_forms = _forms  # (public name for petrarch_combine.py and coder.py)

# (lowercase id, lemma id) -> _word_forms of the two strings; cleared when it grows past a vocabulary's worth
_FORMS_BY_ID: dict[tuple[int, int], set[str]] = {}


def span_forms(span) -> set[str]:
    """token_forms of a span's tokens (a sentence), read from its token array: a Token object per
    word, and the two strings read from each, cost more than the words' look-up."""
    from spacy.attrs import LEMMA, LOWER

    doc = span.doc
    a, b = (0, len(doc)) if span is doc else (span.start, span.end)  # (a Doc is its own whole span)
    strings = doc.vocab.strings
    if len(_FORMS_BY_ID) > 1 << 16:
        _FORMS_BY_ID.clear()
    out: set[str] = set()
    # the Doc's shared columns, sliced: a Span's own to_array costs more than the whole Doc's
    for ids in zip(column_list(doc, LOWER)[a:b], column_list(doc, LEMMA)[a:b]):
        forms = _FORMS_BY_ID.get(ids)
        if forms is None:
            forms = _FORMS_BY_ID[ids] = _word_forms(strings[ids[0]], strings[ids[1]])
        out |= forms
    return out


def _word_ok(tok, word: str) -> bool:
    low = tok.lower_
    if low == word or tok.lemma_.lower() == word:
        return True
    return low in (word + "s", word + "es" if word.endswith(ES_PLURAL) else word,
                   word[:-1] + "ies" if word.endswith("y") else word)


def _seq_at(toks: list, k: int, words: tuple[str, ...], step: int) -> int | None:
    """Index after matching `words` at toks[k] going in `step` direction (consecutive)."""
    seq = words if step > 0 else tuple(reversed(words))
    for w in seq:
        if not (0 <= k < len(toks)) or not _word_ok(toks[k], w):
            return None
        k += step
    return k


# (item id, step) -> (the item, its index): keyed by identity, not by the frozen Item's hash, which
# hashes every alternative's words again on each look-up (a few hundred thousand per run of articles);
# the entry holds the item, so its id is never reused while the entry lives
_EDGE_INDEX: dict[tuple[int, int], tuple[Item, dict[str, list[tuple[str, ...]]]]] = {}


def _by_edge_word(it: Item, step: int) -> dict[str, list[tuple[str, ...]]]:
    """An item's alternatives by the word met first going `step` (their first word, or last going back)."""
    hit = _EDGE_INDEX.get((id(it), step))
    if hit is not None:
        return hit[1]
    out: dict[str, list[tuple[str, ...]]] = {}
    for alt in it.words:
        out.setdefault(alt[0] if step > 0 else alt[-1], []).append(alt)
    _EDGE_INDEX[(id(it), step)] = (it, out)
    return out


def _match_side(items: list[Item], toks: list, start: int, step: int, is_actor, forms) -> dict | None:
    """Match items in order from toks[start] going `step` (`forms[j]`: the words toks[j] can match);
    returns slot tokens or None."""
    slots: dict[str, list] = {"src": [], "tgt": [], "comp": []}
    k = start
    seq = items if step > 0 else list(reversed(items))
    for idx, it in enumerate(seq):
        # going back, an item is glued to the one after it (`A_B`), the last pre item to the verb (`A_*`)
        glued = it.glued if step > 0 else (seq[idx - 1].glued if idx > 0 else it.to_verb)
        if it.kind == "skip":
            continue
        if it.kind in ("src", "tgt", "comp"):
            j = k
            while 0 <= j < len(toks) and not is_actor(toks[j]):
                if glued:
                    return None
                j += step
            if not (0 <= j < len(toks)):
                return None
            slots[it.kind].append(toks[j])
            k = j + step
            continue
        found = None
        j = k
        index = _by_edge_word(it, step)
        while 0 <= j < len(toks):
            for w in forms[j]:
                for alt in index.get(w, ()):
                    nxt = _seq_at(toks, j, alt, step)
                    if nxt is not None:
                        found = nxt
                        break
                if found is not None:
                    break
            if found is not None or glued:
                break
            j += step
        if found is None:
            return None
        k = found
    return slots


def _coordinated(tok) -> bool:
    """A token in a coordination ("Gondor" and "Rohan" in "Gondor and Rohan"), as attach_participants
    reads a `%` slot's actors."""
    return bool(tok.conjuncts)


def _rank(p: Pattern, objects: set[str], obj_lower: set[str], lower: set[str]) -> tuple[bool, bool, int]:
    """How closely an equally long pattern fits: it names the verb's object as written, or in
    another form; how many of its words (a synset's: any alternative) stand in the clause as written."""
    items = [it for it in p.pre + p.post if it.kind in ("word", "syn")]
    return (any(alt[-1] in obj_lower for it in items for alt in it.words),
            any(alt[-1] in objects for it in items for alt in it.words),
            sum(any(set(alt) <= lower for alt in it.words) for it in items))


def _voice_order(v, toks: list) -> list:
    """The clause's words as the patterns read them. In the passive the words before the verb are
    its agent's ("arrested by Ithilen police": POLICE * [173]), not its subject's, which is the
    one acted on ("three soldiers were arrested" does not match &MILITARY * [192]), as PETRARCH
    matches a passive verb's pre-verb nouns in its by-phrase."""
    if not any(c.dep_ in ("nsubjpass", "csubjpass", "auxpass") for c in v.children):
        return toks
    subj = {t.i for c in v.children if c.dep_ in ("nsubjpass", "csubjpass") for t in c.subtree}
    agent = {t.i for c in v.children if c.dep_ == "agent" for t in c.subtree}
    before = [t for t in toks if t.i < v.i and t.i not in subj]
    by = [t for t in toks if t.i in agent and t.dep_ != "agent"]
    after = [t for t in toks if t.i > v.i and t.i not in agent]
    # the subject stays first, for a slot only (`+ WAS_ * [174]`: "Gollum was extradited"): its
    # words match no pattern word (match_verb blanks them)
    return [t for t in toks if t.i in subj] + before + by + [v] + after


def _slot_only(v, toks: list) -> set[int]:
    """Token positions (in `toks`) a pattern word may not match: a passive verb's subject."""
    if not any(c.dep_ in ("nsubjpass", "csubjpass", "auxpass") for c in v.children):
        return set()
    subj = {t.i for c in v.children if c.dep_ in ("nsubjpass", "csubjpass") for t in c.subtree}
    return {k for k, t in enumerate(toks) if t.i in subj}


def match_verb(vd: VerbDictionary, tok, is_actor, complements: bool = True) -> Match | None:
    """The dictionary's reading of verb token `tok` (None: the dictionary does not know it);
    `complements`: whether its patterns may match words of its to-infinitive complement
    (clause_tokens)."""
    entries = vd.by_word.get(tok.lower_) or vd.by_word.get(tok.lemma_.lower())
    if not entries:
        return None
    clause = None  # the verb's clause as the patterns read it: the same for every entry, made at the first need
    fallback, width = None, None
    # a phrasal form before the bare verb ("went by" is not GO's bare "went"), else in file order
    for block, form in sorted(entries, key=lambda e: -len(e[1].before) - len(e[1].after)):
        if width is not None and len(form.before) + len(form.after) != width:
            continue
        if not _form_fits(tok, form):
            continue
        if clause is None:
            clause = _pattern_clause(tok, complements)
        best = _best_pattern(block, form, clause, is_actor)
        if best is not None:
            _, p, pre, post = best
            return Match(p.code, p.reverse, pre["src"] + post["src"], pre["tgt"] + post["tgt"],
                         pre["comp"] + post["comp"], block.origin, p.line, p.negates, p.needs, block=block.code)
        if fallback is None:
            # the first block listing this form gives the code if no block's pattern fits; a form
            # two blocks list (CAMEO.2.0's +PULL_OUT under 040 and RETREAT 080) offers the patterns
            # of both, as PETRARCH keeps one entry per verb ("pulled out" is `&MILITARY * [0874]`)
            code = form.code or block.code
            rev = form.reverse if form.code else block.reverse
            fallback, width = Match(code, rev, origin=block.origin), len(form.before) + len(form.after)
    return fallback


def _form_fits(tok, form: VerbForm) -> bool:
    """The phrasal words of a verb form stand right before and after the verb ("went by", "pulled out")."""
    doc, n = tok.doc, len(form.before)
    if form.before and not all(0 <= tok.i - n + k < len(doc) and doc[tok.i - n + k].lower_ == w
                               for k, w in enumerate(form.before)):
        return False
    return not form.after or all(tok.i + 1 + k < len(doc) and doc[tok.i + 1 + k].lower_ == w
                                 for k, w in enumerate(form.after))


class _Clause(NamedTuple):
    """A verb's clause as its patterns read it, made once per match_verb call (it depends on the verb alone,
    not on which of its dictionary entries is tried)."""
    toks: list  # the clause's tokens in the patterns' order (_voice_order)
    forms: list  # the words each token may match (none for a passive's subject: _slot_only)
    present: set  # every word any token may match (a pattern needing another cannot match)
    vi: int  # the verb's position in toks
    lower: set  # the clause's words as written
    objects: set  # the forms of the verb's objects
    obj_lower: set  # ... and the objects as written


def _pattern_clause(tok, complements: bool) -> _Clause:
    toks = _voice_order(tok, clause_tokens(tok, complements))
    blank = _slot_only(tok, toks)
    forms = [set() if k in blank else _word_forms(t.lower_, t.lemma_) for k, t in enumerate(toks)]
    obj_toks = [c for c in tok.children if c.dep_ in ("dobj", "obj", "attr", "oprd", "nsubjpass")]
    return _Clause(toks, forms, set().union(*forms), next(k for k, t in enumerate(toks) if t.i == tok.i),
                   {t.lower_ for t in toks}, _forms(obj_toks), {t.lower_ for t in obj_toks})


def _best_pattern(block: Block, form: VerbForm, clause: _Clause, is_actor) -> tuple | None:
    """(rank, pattern, pre slots, post slots) of the block's best pattern matching the clause around the verb
    form, or None."""
    after_start = clause.vi + 1 + len(form.after)
    before_start = clause.vi - 1 - len(form.before)
    best = None
    for p in block.patterns:
        if best is not None and p.weight < best[1].weight:
            break  # patterns are sorted by weight: only equally long ones compete with the first match
        if not p.needs <= clause.present:
            continue
        post = _match_side(p.post, clause.toks, after_start, 1, is_actor, clause.forms)
        if post is None:
            continue
        pre = _match_side(p.pre, clause.toks, before_start, -1, is_actor, clause.forms)
        if pre is None:
            continue
        # Among equally long patterns, one naming the verb's object wins (PETRARCH tries the
        # object's head before prepositions and particles: "broke off relations with X" is
        # "* RELATIONS [161]", not "* (WITH) [130]"), then the words as written over a derived
        # plural or lemma ("lifted sanctions": "* SANCTIONS [085]", not "* SANCTION [0351]")
        # and one whose `%` (a compound actor) holds coordinated actors over one whose `%` holds a
        # single actor ("Gondor held talks with Rohan": `* TALKS [032:032]`, not `% * TALKS [031]`)
        comp = pre["comp"] + post["comp"]
        rank = (not comp or any(_coordinated(t) for t in comp),) + _rank(p, clause.objects, clause.obj_lower,
                                                                        clause.lower)
        if best is None or rank > best[0]:
            best = (rank, p, pre, post)
    return best


def _first_actor(toks, is_actor) -> list:
    return next(([t] for t in toks if is_actor(t)), [])


def match_modal(vd: VerbDictionary, aux, is_actor) -> tuple[Match, int] | None:
    """The dictionary's reading of a modal it lists as a verb ("Gondor said Mordor [should] lay down
    arms": `--- SHOULD [101] ---`), with the number of literal words its pattern matched (-1: only
    the block code). spaCy tags a modal AUX, aux of the verb it governs, so it has no phrase of its
    own: its pre-verb words read the words before it (the verb of saying its clause hangs on, and
    that verb's subject), its post-verb words the verb phrase it governs. Without `$` the source is
    the one who says the clause should happen (the subject of the verb of saying), else the clause's
    subject; without `+` the target is the clause's subject when there is a sayer, else the first
    actor after the modal (TABARI's first actor before and after the verb, read on the clause)."""
    entries = vd.by_word.get(aux.lower_)
    if not entries or aux.dep_ != "aux" or aux.tag_ != "MD":
        return None
    v = aux.head
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i > aux.i for c in v.children):
        return None  # before its subject: a question or a condition ("should they be traced"), no demand
    say = v.head if v.dep_ == "ccomp" and v.head.pos_ in ("VERB", "AUX") and v.head.i != v.i else None
    toks = clause_tokens(v)
    if say is not None and say.i < v.i:
        toks += [t for c in say.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree]
    toks = sorted(set(toks), key=lambda t: t.i)
    forms = [_word_forms(t.lower_, t.lemma_) for t in toks]
    present = set().union(*forms)
    vi = next(k for k, t in enumerate(toks) if t.i == aux.i)
    negated = any(c.dep_ == "neg" for c in v.children)
    found = None
    for block, form in entries:
        for p in block.patterns:
            if found is not None and p.weight < found[0].weight:
                break
            if not p.needs <= present:
                continue
            post = _match_side(p.post, toks, vi + 1, 1, is_actor, forms)
            pre = _match_side(p.pre, toks, vi - 1, -1, is_actor, forms) if post is not None else None
            if pre is None:
                continue
            # an equally long pattern spelling out the clause's negation wins ("* NOT BE HELD")
            if found is None or (negated and p.negates and not found[0].negates):
                found = (p, pre, post)
        if found is not None:
            break
    subj = [t for c in v.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree]
    after = [t for t in toks if t.i > aux.i and t.i not in {s.i for s in subj}]
    sayer = [t for c in say.children if c.dep_ == "nsubj" for t in c.subtree] if say is not None else []
    if found is None:
        block, form = entries[0]
        code, rev, words, src, tgt, comp, line, neg = form.code or block.code, block.reverse, -1, [], [], [], 0, False
        origin = block.origin
    else:
        p, pre, post = found
        code, rev, words, line, neg = p.code, p.reverse, len(p.needs), p.line, p.negates
        src, tgt, comp, origin = pre["src"] + post["src"], pre["tgt"] + post["tgt"], pre["comp"] + post["comp"], block.origin
    if not src:
        src = _first_actor(sayer, is_actor) or _first_actor(subj, is_actor)
    if not tgt:
        tgt = (_first_actor(subj, is_actor) if sayer and _first_actor(sayer, is_actor) else []) or _first_actor(after, is_actor)
    return Match(code, rev, src, tgt, comp, origin, line, neg, frozenset(found[0].needs) if found else frozenset()), words
