"""Speakers: mapping the source phrase of an attribution to an entity of doc.entities.

The actors stage's coreference gives pronoun and nominal mentions; when it has none (or points into
a quote), a pronoun takes the nearest fitting antecedent outside quotation marks. Intermediaries
("his spokesperson") give `on_behalf_of`; unnamed sources stay anonymous (speaker null).
"""

from __future__ import annotations

import bisect

from spacy.strings import get_string_id

from ..columns import PASSIVE_LABELS, children_with, with_child
from ..model import Document
from ..spans import expand_span, sentence_of, token_span

NON_ACTOR_SECTIONS = frozenset({"credit", "byline", "published"})
# Speaker nouns that relay someone else's words: their possessor or "for X" is on whose behalf.
INTERMEDIARIES = frozenset("""
spokesperson spokesman spokeswoman spokespeople aide adviser advisor office lawyer attorney representative
secretary envoy deputy press-secretary mouthpiece counsel
""".split())
# Speaker nouns that, without a named organisation or country on them, leave the source anonymous.
ANONYMOUS = frozenset("""
source sources official officials diplomat diplomats person people insider insiders aide aides
member members figure figures analyst analysts observer observers witness witnesses resident residents
""".split())
# Nouns naming the carrier of a statement ("In a letter", "according to a statement by").
MEDIA = {
    "letter": "letter", "statement": "statement", "interview": "interview", "tweet": "post", "post": "post",
    "email": "email", "memo": "memo", "speech": "speech", "address": "speech", "op-ed": "op-ed",
    "article": "article", "video": "video", "conference": "press conference", "briefing": "briefing",
    "communique": "statement", "message": "message", "note": "note", "readout": "statement",
    "transcript": "transcript", "report": "report", "release": "statement", "broadcast": "broadcast",
    "podcast": "podcast", "book": "book", "filing": "filing", "testimony": "testimony", "hearing": "hearing",
}
# the media whose words are written, not spoken: a speech cue delivered in one is writing ("said in a
# statement", "said in a letter"; docs/schema.md); a message, transcript or testimony may be either, so stays speech
WRITTEN_MEDIA = frozenset({"letter", "statement", "post", "email", "memo", "op-ed", "article", "note", "report", "book",
                           "filing", "writing"})
STATEMENT_NOUNS = frozenset(set(MEDIA) | {"comment", "comments", "remark", "remarks", "words", "quote"})
PRONOUNS_PERSON = frozenset({"he", "she", "him", "his", "her", "i", "me", "my"})
PRONOUNS_GROUP = frozenset({"it", "its", "they", "their", "them", "we", "our"})
SPEAKER_TYPES = ("PERSON", "ORG", "GPE", "NORP")


# --- entities ------------------------------------------------------------------------------------------

class Mentions:
    """The mentions of doc.entities, by offset, for mapping speaker phrases to entities."""

    def __init__(self, doc: Document):
        items = []
        for e in doc.entities:
            if e.attrs.get("section") in NON_ACTOR_SECTIONS:
                continue
            for m in e.mentions:
                items.append((m.start, m.end, m.kind, e))
        items.sort(key=lambda t: t[0])
        self.items = items
        self.starts = [t[0] for t in items]
        self.quoted: list[tuple[int, int]] = []  # spans inside quotation marks: no antecedents there

    def within(self, start: int, end: int) -> list[tuple[int, int, str, object]]:
        i = bisect.bisect_left(self.starts, start)
        out = []
        while i < len(self.items) and self.items[i][0] < end:
            if self.items[i][1] <= end:
                out.append(self.items[i])
            i += 1
        return out

    def starting(self, start: int, end: int) -> list[tuple[int, int, str, object]]:
        """The mentions that start in [start, end), however far each runs on (two bisections: no walk over
        the mentions after them, as `within` to the text's end would make)."""
        return self.items[bisect.bisect_left(self.starts, start):bisect.bisect_left(self.starts, end)]

    def covering(self, start: int, end: int):
        """The entity whose mention covers [start, end) most tightly, else None."""
        found = self.covering_all(start, end)
        return found[0] if found else None

    def covering_all(self, start: int, end: int) -> list:
        """Entities with a mention covering [start, end), the tightest mention first."""
        out = []
        i = bisect.bisect_right(self.starts, start) - 1
        while i >= 0:
            s, e, _, ent = self.items[i]
            if s <= start and end <= e:
                out.append((e - s, ent))
            if start - s > 200:
                break
            i -= 1
        out.sort(key=lambda t: t[0])
        return [ent for _, ent in out]

    def antecedent_quoted(self, ent, offset: int) -> bool:
        """True when the last name/nominal mention of `ent` before `offset` is inside quotation marks."""
        last = max((m.start for m in ent.mentions if m.kind != "pronoun" and m.end <= offset), default=None)
        return last is not None and _inside(last, self.quoted)

    def before(self, offset: int, types: tuple[str, ...], exclude: set[str] = frozenset(), sdoc=None):
        """The antecedent of a pronoun at `offset`: among mentions of `types` in its sentence and the one
        before, the subject of a main clause first, then any subject, then the nearest; else the nearest
        earlier mention."""
        i = bisect.bisect_left(self.starts, offset) - 1
        window_start = -1
        if sdoc is not None:
            tok = expand_span(sdoc, offset, offset + 1)
            if tok is not None and len(tok):
                sent = sentence_of(tok[0])
                window_start = sentence_of(sdoc[sent.start - 1]).start_char if sent.start > 0 else sent.start_char
        best, best_rank = None, None
        while i >= 0:
            s, e, kind, ent = self.items[i]
            i -= 1
            if e > offset or kind == "pronoun" or ent.type not in types or ent.id in exclude:
                continue
            if _inside(s, self.quoted):
                continue  # a name inside someone's quote is not who "he" is in the attribution
            if s < window_start or sdoc is None:
                return best or ent
            span = expand_span(sdoc, s, e)
            root = span.root if span is not None else None
            while root is not None and root.dep_ in ("compound", "appos", "flat") and root.head.i != root.i:
                root = root.head
            role = 0
            if root is not None and root.dep_ in ("nsubj", "nsubjpass"):
                role = 2 if root.head.dep_ == "ROOT" else 1
            if best_rank is None or role > best_rank:
                best, best_rank = ent, role
        return best


# --- speaker phrases -------------------------------------------------------------------------------------

def _pronoun_entity(tok, mentions: Mentions, exclude: set[str] = frozenset()):
    sdoc = tok.doc
    ent = mentions.covering(tok.idx, tok.idx + len(tok))
    if ent is not None and not mentions.antecedent_quoted(ent, tok.idx):
        return ent
    # no coreference from the actors stage, or one that points into a quote: the "he" of
    # '"Tony Blair seems to have disappeared," he said' is not Tony Blair
    low = tok.lower_
    if low in PRONOUNS_PERSON:
        return mentions.before(tok.idx, ("PERSON",), exclude, sdoc)
    if low in PRONOUNS_GROUP:
        return mentions.before(tok.idx, ("ORG", "GPE"), exclude, sdoc)
    return None


def _core(head) -> list:
    """The head of a speaker phrase with its name parts: compounds, appositions, flat names, modifiers."""
    out = [head]
    for c in head.children:
        if c.dep_ in ("compound", "appos", "flat", "amod", "nmod", "npadvmod"):
            out.append(c)
            out.extend(x for x in c.children if x.dep_ in ("compound", "flat"))
    return out


def _phrase_last(head) -> int:
    """Index of the last token of a speaker phrase: the head's subtree, ending before a relative clause
    or a comma after the head ("officials, who spoke…"), or before the main verb the parser hung on it as a
    relative (root_noun_subject: "Two analysts found that …")."""
    last = head.right_edge.i
    for c in head.children:
        if c.i > head.i and (c.dep_ == "relcl" or c.text == "," or _main_verb_on(c, head)):
            last = c.left_edge.i - 1
            break
    return max(last, head.i)


def phrase_span(head, text: str, cue=None) -> tuple[int, int]:
    """Offsets of a speaker phrase (without trailing punctuation); a relative pronoun's phrase runs from
    the noun it stands for ("a group that", "Cruz, who"): annotators mark either as the source. A
    phrase holding its own cue token `cue` ends before it ("voters saying …", "a poll showing …")."""
    doc = head.doc
    ante = _antecedent(head)
    if ante is not head:
        return ante.left_edge.idx, head.idx + len(head)
    last = _phrase_last(head)
    s, e = head.left_edge.idx, doc[last].idx + len(doc[last])
    if cue is not None and s < cue.idx < e:
        e = cue.idx
    while e > s and text[e - 1] in " ,.;:":
        e -= 1
    while s < e and text[s] in LEADING_PUNCT:  # '…,” Smith said': marks the parser hung on the name
        s += 1
    return s, e


LEADING_PUNCT = frozenset(" ,;:\"“”'’‘«»-—–")


def resolve_speaker(head, mentions: Mentions, text: str) -> tuple[str | None, str, str | None]:
    """(speaker entity id, speaker text, on_behalf_of entity id) for a speaker phrase's head token."""
    return speaker_of(head, mentions, text)[:3]


def speaker_of(head, mentions: Mentions, text: str, cue=None,
               span: tuple[int, int] | None = None) -> tuple[str | None, str, str | None, tuple[int, int]]:
    """resolve_speaker's answer and the offsets of the speaker phrase (ending before `cue`, see phrase_span);
    `span`: that phrase, when the caller found it already (phrase_span(head, text, cue))."""
    if span is None:
        span = phrase_span(head, text, cue)
    return _resolve(head, mentions, text, span) + (span,)


def _resolve(head, mentions: Mentions, text: str, span: tuple[int, int]) -> tuple[str | None, str, str | None]:
    s, e = span
    speaker_text = text[s:e]
    lemma = head.lemma_.lower()
    ante = _antecedent(head)
    if ante is not head:  # the relative pronoun stays the source phrase (as annotators mark it)
        return _resolve(ante, mentions, text, phrase_span(ante, text))[0], speaker_text, None
    if head.pos_ == "PRON":
        ent = _pronoun_entity(head, mentions)
        return (ent.id if ent else None), speaker_text, None
    core = _core(head)
    nouns = {t.lower_ for t in core} | {t.lemma_.lower() for t in core}
    intermediary = next((t for t in core if t.lower_ in INTERMEDIARIES or t.lemma_.lower() in INTERMEDIARIES), None)
    on_behalf = None
    if intermediary is not None:
        for c in list(intermediary.children) + ([] if intermediary.i == head.i else list(head.children)):
            if c.dep_ == "poss":
                ent = _pronoun_entity(c, mentions) if c.pos_ == "PRON" else _entity_in(c.subtree, mentions, c)
                on_behalf = ent.id if ent else None
            elif c.dep_ == "prep" and c.lower_ in ("for", "of", "to"):
                pobj = next((x for x in c.children if x.dep_ == "pobj"), None)
                if pobj is not None:
                    ent = _entity_in(pobj.subtree, mentions, pobj)
                    on_behalf = ent.id if ent else on_behalf
    # the speaker: an entity mention on the head or its name parts (not inside "in the Iraqi political sphere");
    # a role noun with a name in apposition is that person ("The head of the agency, Rafael Grossi, said")
    ent = None
    if head.pos_ == "NOUN":
        for c in head.children:
            if c.dep_ == "appos":
                named = mentions.covering(c.idx, c.idx + len(c))
                if named is not None and named.type == "PERSON":
                    ent = named
                    break
    if ent is not None:
        return ent.id, speaker_text, (on_behalf if on_behalf != ent.id else None)
    ent = mentions.covering(head.idx, head.idx + len(head))
    body = ent.attrs.get("org") if ent is not None and not any(m.kind == "name" for m in ent.mentions) else None
    if body is not None and body != ent.id:
        # "a spokesman for the Houthis", "a Hamas commander", "officials of the foreign ministry": the
        # actors made the post holder a person (or people) of the named body; that one speaks, for the body
        return ent.id, speaker_text, (on_behalf or body) if intermediary is not None else on_behalf
    if ent is not None and intermediary is not None and intermediary.i == head.i \
            and not any(m.kind == "name" for m in ent.mentions):
        ent = None  # "a spokesman for the ministry": the actors' nominal names no one; the body speaks through it
    if ent is not None and lemma in ANONYMOUS and not any(m.kind == "name" for m in ent.mentions) \
            and not any(o.id != ent.id for t in core if t.i != head.i for o in mentions.covering_all(t.idx, t.idx + len(t))):
        return None, speaker_text, on_behalf  # "two senior officials": no country or body named, anonymous
    if ent is None:
        ent = _entity_in(core, mentions, head, skip=intermediary)
    if ent is not None and on_behalf == ent.id:
        on_behalf = None
    if ent is None and (lemma in ANONYMOUS or nouns & ANONYMOUS):
        return None, speaker_text, on_behalf
    if ent is None and intermediary is None:  # the phrase's words up to its end, not past its own cue (made only here)
        sub = [t for t in token_span(head.doc, head.left_edge.i, _phrase_last(head) + 1) if t.idx < e]
        ent = _entity_in(sub, mentions, head)
    return (ent.id if ent else None), speaker_text, on_behalf


def _entity_in(tokens, mentions: Mentions, head, skip=None):
    """The best entity with a mention among `tokens`: people first, then organisations and countries."""
    best, rank = None, None
    for t in tokens:
        if skip is not None and t.i == skip.i:
            continue
        ent = mentions.covering(t.idx, t.idx + len(t))
        if ent is None and t.pos_ == "PRON" and t.dep_ == "poss":
            continue
        if ent is None or ent.type not in SPEAKER_TYPES:
            continue
        r = (SPEAKER_TYPES.index(ent.type), abs(t.i - head.i))
        if rank is None or r < rank:
            best, rank = ent, r
    return best


WHEN = frozenset({"DATE", "TIME"})
RELATIVE_TAGS = frozenset({"WDT", "WP"})


def _antecedent(subj):
    """The noun a relative pronoun stands for ("nations that oppose …", "Smith, who said …"): the speaker
    is who the relative clause is about (else `subj` itself)."""
    if subj.tag_ in RELATIVE_TAGS and subj.head.dep_ == "relcl" and subj.head.head.i != subj.head.i:
        return subj.head.head
    return subj


def _statement_issuer(subj):
    """Who issued the statement a relative pronoun stands for ("Hale released a video that said …", "his
    statement, which said …"): the statement's owner, else the subject of the verb whose object it is, as
    for "issued a statement saying …" (_subject); None when `subj` is no such pronoun."""
    ante = _antecedent(subj)
    if ante is subj or (ante.lemma_.lower() not in STATEMENT_NOUNS and ante.lower_ not in STATEMENT_NOUNS):
        return None
    poss = next((c for c in ante.children if c.dep_ == "poss"), None)
    if poss is not None:
        return poss
    return _own_subject(ante.head) if ante.dep_ == "dobj" else None


def subject_outside(verb, quoted: list[tuple[int, int]]):
    """_subject, unless what it finds lies inside quotation marks the verb is outside of ('“Toil or go to
    prison,” Frank writes', parsed with the quote's subject as the verb's): then a name or pronoun right
    before or after the verb ("Frank writes", "added Mr. Obama"), else None. Words inside someone's quote
    do not speak it."""
    up = _head_past_quote(verb, quoted)
    if up is not None:
        return subject_outside(up, quoted)
    subj = _subject(verb)
    if subj is None or not _inside(subj.idx, quoted) or _inside(verb.idx, quoted):
        return subj
    # 'Washington, star of “Scandal,” thanked …': of two subjects the parser gave the verb, the one outside
    other = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i and not _inside(c.idx, quoted)]
    if other:
        return other[-1]
    near = _near_verb(verb)
    return near if near is not None and not _inside(near.idx, quoted) and near.dep_ not in ("dobj", "dative") else None


def _head_past_quote(verb, quoted: list[tuple[int, int]]):
    """The verb outside quotation marks that a free participle outside them belongs to, when the parser hung
    the participle on a verb inside a quotation ('Hale said the plan “will fail,” adding …', 'Hale spoke
    in Ohio, telling the crowd, “We won”'): a participle the writer adds after or before someone's quoted
    words is no part of them, so it is the act of the clause that frames the quote. None when the rule
    does not apply (the participle is quoted itself, or hangs on a verb outside quotation marks, or
    follows a tensed verb of its own: _after_finite_verb)."""
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or _inside(verb.idx, quoted) or not _inside(verb.head.idx, quoted) \
            or _after_finite_verb(verb) is not None:
        return None
    v = verb.head
    while _inside(v.idx, quoted) and v.head.i != v.i:
        v = v.head
    return v if not _inside(v.idx, quoted) and v.pos_ in ("VERB", "AUX") else None


def _inside(offset: int, spans: list[tuple[int, int]]) -> bool:
    for a, b in spans:  # (a plain loop: `any` over a generator costs a frame for each span)
        if a <= offset < b:
            return True
    return False


def _subject(verb):
    """The speaker phrase head of a verb of saying: its subject, or the subject of the verb it hangs on (climbing
    at most four steps: _subject_at, then _climb_clause or _climb_modifier), else a name or clause next to it."""
    after = _after_finite_verb(verb)
    if after is not None:
        return after
    reporter = _inserted_reporter(verb)
    if reporter is not None:
        return reporter
    v = verb
    came_from = verb
    for _ in range(4):
        found = _subject_at(verb, v, came_from)
        if found is not None:
            return found
        if v.dep_ in ("xcomp", "advcl", "conj", "pcomp", "acomp") and v.head.i != v.i:  # acomp: "likely to say"
            found, up = _climb_clause(v)
            came_from = v
        else:
            found, up = _climb_modifier(v)
        if found is not None:
            return found
        if up is None:
            break
        v = up
    return _subject_nearby(verb, v)


# what a verb takes as its complement: a reporting clause set in ("Hale said") has none, the clause it
# interrupts stands for it
COMPLEMENTS = frozenset({"ccomp", "xcomp", "dobj", "attr", "acomp", "oprd"})
# verbs set in with a dummy subject ("the bridge, it seems, …"): no one reports the clause
RAISING_ASIDES = frozenset({"seem", "appear"})


def _inserted_reporter(verb):
    """The subject of a reporting clause set in after a fronted participle and before the clause the parser hung the
    participle on ("Stressing the cost, the bridge, Hale said, would have to wait", "Noting the delays, the mayor
    said, the council had failed", "After citing the floods, …"): the participle opens the sentence the reporting
    clause frames, so the one stressing or noting is the one who says it, not the subject of the reported clause.
    A reporting clause set in (parataxis) is a subject and verb with no complement of its own (COMPLEMENTS).
    None when the participle has a subject of its own, follows its head, or no such clause comes between."""
    if verb.tag_ not in ("VBG", "VBN") or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
        clause = verb.head  # "After citing …": the preposition's phrase is the adverbial
    elif verb.dep_ == "advcl":
        clause = verb
    else:
        return None
    head = clause.head
    if head.i <= clause.i or head.pos_ not in ("VERB", "AUX"):
        return None
    for r in head.children:
        if r.dep_ == "parataxis" and verb.i < r.i < head.i and r.pos_ == "VERB" and r.lemma_ not in RAISING_ASIDES \
                and not any(c.dep_ in COMPLEMENTS for c in r.children):
            subj = next((c for c in r.children if c.dep_ == "nsubj" and c.i < r.i), None)
            if subj is not None:
                return subj
    return None


def _subject_at(verb, v, came_from):
    """The speaker found at `v`, the verb `_subject` has climbed to from `verb` by way of `came_from`: a causative's
    object, `v`'s own subject (or the issuer of a statement it names), a name before an aside on `verb`, or the
    surface subject of a passive a participle or infinitive hangs on; else None."""
    controller = _object_controller(v, came_from)
    if controller is not None:
        return controller
    own = _own_subject(v)
    if own is not None:
        issuer = _statement_issuer(own)
        return issuer if issuer is not None else own
    if v is verb and (named := _name_before_aside(v)) is not None:
        return named  # before climbing: the clause the parser hung the verb on is not its speaker's
    if v is not verb and (verb.dep_ in ("advcl", "pcomp") and verb.tag_ == "VBG" or came_from.dep_ == "xcomp"):
        # the understood subject of an adverbial participle or gerund, or of an infinitive a passive
        # governs, is the main clause's surface subject ("In addition to worrying that …, Mrs. Clinton
        # is hemmed in by …", "Mr. Smith was pressed to explain …")
        return next((c for c in v.children if c.dep_ == "nsubjpass"), None)
    return None


def _climb_clause(v):
    """(speaker, None) or (None, the verb to look at next) from a clause `v` hung on another (xcomp, advcl, conj,
    pcomp, acomp): the first of two parallel participles, the reporting verb of an aside, the subject a passive
    head shares with its conjunct, else the head (past a preposition or adverb it hangs on: _past_modifier)."""
    if (first := _parallel_participle(v)) is not None:
        return None, first  # "conceding that X had slowed and insisting …": the first participle's subject
    if v.dep_ == "conj" and v.tag_ in ("VBD", "VBZ", "VBN") and v.head.dep_ == "ccomp" \
            and v.head.head.tag_ in ("VBD", "VBZ") and not any(m.dep_ in ("aux", "auxpass") for m in v.children):
        v = v.head  # "X said Y was wrong and criticized him": the conjunct is X's (see indirect.trim_nested)
    elif (reporter := _aside_on_report(v)) is not None:
        return None, reporter  # "Trump argued that a database would help, saying …": the reporter's aside
    elif v.dep_ == "conj" and v.tag_ in ("VBD", "VBZ") and not _own_subject(v.head):
        # "Mr. Trump was forced into damage control and said …": a passive head shares its subject
        shared = next((c for c in v.head.children if c.dep_ == "nsubjpass" and c.i < v.head.i), None)
        if shared is not None:
            return shared, None
    return None, _past_modifier(v.head)


def _past_modifier(v):
    """The verb whose act `v` is when `v` is a preposition ("as saying"), a noun of a preposition or a verb's
    object or complement holding a gerund, or an adverb ("went so far as to say"); else `v`."""
    if v.dep_ == "prep":  # "as saying"
        v = v.head
        if v.dep_ == "pobj" and v.pos_ == "NOUN" and v.head.dep_ == "prep" and v.head.head.pos_ in ("VERB", "AUX"):
            v = v.head.head  # "In addition to stating that …, Clinton has vowed": the clause's verb
        elif v.pos_ in ("NOUN", "ADJ") and v.dep_ in ("dobj", "attr", "acomp") and v.head.pos_ in ("VERB", "AUX"):
            # a gerund on the object or complement of a verb is the subject's act: "Trump has a history
            # of blaming others", "the campaign took the step of criticizing …", "was quick in denying …"
            v = v.head
    if v.pos_ == "ADV" and v.dep_ == "advmod" and v.head.i != v.i:
        v = v.head  # "went so far as to say"
    return v


def _climb_modifier(v):
    """(speaker, None), (None, the verb to look at next) or (None, None) to stop, for a verb `v` the parser hung on
    a noun (acl): an infinitive on an object or on a noun ("had the courage to say", "Trump's failure to
    denounce"), a tensed verb read as a reduced relative on another clause's subject, a participle on a noun."""
    if v.dep_ != "acl":
        return None, None
    if v.tag_ == "VB":
        return _infinitive_on_noun(v)
    if v.tag_ in ("VBD", "VBZ") and v.head.pos_ in ("NOUN", "PROPN") and v.head.i < v.i \
            and v.head.dep_ in ("nsubj", "nsubjpass") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
        return v.head, None  # "a group of rabbis called for a boycott …, and the League denounced …": a tensed verb the
        # parser hung on the subject of another clause as a reduced relative is that subject's own act
    if v.tag_ == "VBG" and v.head.pos_ in ("NOUN", "PROPN"):
        return _participle_on_noun(v)
    return None, None


def _infinitive_on_noun(v):
    """_climb_modifier for an infinitive `v` on a noun."""
    to = any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children)
    if v.head.dep_ == "dobj" and v.head.head.pos_ == "VERB" and to \
            and not any(c.dep_ in ("poss", "dative") for c in list(v.head.children) + list(v.head.head.children)):
        return None, v.head.head  # "companies are taking pains to say …", "he had the courage to say …"
    if v.head.pos_ == "NOUN" and to:
        # an infinitive on a noun is done by the noun's owner ("Trump's failure to denounce …", "the
        # party's attempts to pitch …"), or by the subject of the clause the noun's phrase modifies
        # ("In an effort to clarify her statements, Clinton …", "they were under pressure to pledge …")
        poss = next((c for c in v.head.children if c.dep_ == "poss"), None)
        if poss is not None:
            return poss, None
        if v.head.dep_ == "pobj" and v.head.head.dep_ == "prep" and v.head.head.head.pos_ in ("VERB", "AUX"):
            return None, v.head.head.head
    return None, None


def _participle_on_noun(v):
    """_climb_modifier for a participle `v` on a noun: the noun itself ("voters saying …"), unless the participle is
    set off after an object (the clause's act) or the noun names a statement (its owner, else who issued it)."""
    noun = v.head
    if noun.dep_ in ("dobj", "pobj") and _after_comma(v) and noun.head.i != noun.i \
            and (noun.dep_ == "dobj" or noun.head.head.pos_ in ("VERB", "AUX")):
        # "Sanders spoke at a Rochester rally, blasting …": a participle set off after an object
        # is the act of the clause's subject, not of the object
        return None, noun.head if noun.dep_ == "dobj" else noun.head.head
    if noun.lemma_.lower() not in STATEMENT_NOUNS and noun.lower_ not in STATEMENT_NOUNS:
        return noun, None  # "voters saying …", "a poll showing …", "Christie, …, calling him …"
    # "His office issued a statement saying …": the statement's owner, else who issued it
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is not None:
        return poss, None
    if noun.dep_ in ("dobj", "pobj") and noun.head.i != noun.i:
        return None, noun.head if noun.dep_ == "dobj" else noun.head.head
    return None, None


def _subject_nearby(verb, v):
    """When the climb found none: a name or pronoun next to `verb`, a clause before it, else an apposition
    fronted on `v`, the last verb climbed to."""
    near = _near_verb(verb)
    if near is None:
        near = _fronted_subject(verb)
    return near if near is not None else _fronted_apposition(v)


# verbs that bring their object to do what their complement says ("drove thousands to demand …", "left
# the party to wonder …", "watched Smith argue …"); not verbs of saying ("urged voters to reject …": annotators
# give the whole to the one urging) nor "use X to", "spend hours -ing"
CAUSATIVES = frozenset("""
lead prompt drive force leave cause pressure prod spur compel inspire move get make watch see hear
""".split())


def _object_controller(v, came_from):
    """The object of a causative `v` that is the understood subject of its complement `came_from`
    ("drove thousands of Armenians to demand …", "pressured Sanders to attack …", "watched Smith argue
    …"): who demands, attacks or argues is the object, not the subject of `v`. The parser labels the
    complement xcomp or, when the object is long, an adverbial infinitive ("drove thousands of voters to
    demand …"); the object may be a quantifier standing alone ("left many to wonder …")."""
    if came_from.i == v.i or came_from.head.i != v.i or _is_passive(v) or v.lemma_.lower() not in CAUSATIVES:
        return None
    if came_from.dep_ != "xcomp" and not (came_from.dep_ == "advcl" and _to_infinitive(came_from)):
        return None
    obj = next((c for c in v.children if c.dep_ == "dobj" and c.i < came_from.i), None)
    return obj if obj is not None and obj.pos_ in ("NOUN", "PROPN", "PRON", "ADJ", "NUM", "DET") else None


def _to_infinitive(v) -> bool:
    """True for a bare verb with its "to" ("to demand")."""
    return v.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children)


def passive_speaker(verb):
    """Who speaks with passive cue `verb` ("The plan was described as “a gift” by critics"): its agent, or no
    one; the passive subject is what was said about, never who said it."""
    by = label_agent(verb)
    return by[1] if by is not None else next(
        (x for c in verb.children if c.dep_ == "agent" for x in c.children if x.dep_ == "pobj"), None)


NOT_AGENTS = frozenset({"DATE", "TIME", "CARDINAL", "PERCENT", "MONEY", "QUANTITY"})


def label_agent(v):
    """("by" token, its object) when the parser hung the agent of passive cue `v` on the end of the cue's
    label instead of on `v` ("was declared the winner by news outlets", "was described as “a gift” by
    critics"): a "by" on the label's head (its object, or the object of its "as"), right after the label's
    words or its closing quotation mark (not after a comma). A date, number or gerund after "by" is no
    agent ("by 2020", "by voting")."""
    doc = v.doc
    for c in v.children:
        head = c if c.dep_ in ("oprd", "attr", "dobj") else next(
            (x for x in c.children if x.dep_ == "pobj"), None) if c.dep_ == "prep" and c.lower_ == "as" else None
        if head is None or c.i < v.i:
            continue
        by = next((x for x in head.children if x.dep_ == "prep" and x.lower_ == "by" and x.i > head.i), None)
        obj = next((x for x in by.children if x.dep_ == "pobj"), None) if by is not None else None
        before = doc[by.i - 1] if by is not None else None
        if obj is not None and obj.ent_type_ not in NOT_AGENTS and obj.pos_ in ("NOUN", "PROPN", "PRON") \
                and before.i >= head.left_edge.i and (not before.is_punct or (before.is_quote and before.tag_ == "''")):
            return by, obj
    return None


def _is_passive(v) -> bool:
    return v.i in with_child(v.doc, PASSIVE_LABELS)  # (a child labelled auxpass or nsubjpass)


def _after_comma(tok) -> bool:
    """True when a comma comes right before `tok`, or before the closing marks right before it
    ('talked up her “plan,” promising …': the comma inside the marks sets the participle off)."""
    j = tok.i - 1
    while j > 0 and tok.doc[j].is_quote and tok.doc[j].text in ("”", "’", "''", '"'):
        j -= 1
    return j >= 0 and tok.doc[j].text == ","


def _after_finite_verb(verb):
    """A participle set off by a comma right after a finite verb with no subject of its own is that verb's
    subject's act (a free adjunct shares the subject of the clause it follows): '“Too much hate,” she said,
    blaming …', where the parser hung the participle on the quote's words. None when the rule does not apply."""
    doc = verb.doc
    if verb.tag_ != "VBG" or verb.i < 2 or doc[verb.i - 1].text != "," or _own_subject(verb) is not None:
        return None
    prev = doc[verb.i - 2]
    if prev.pos_ != "VERB" or prev.tag_ not in ("VBD", "VBZ", "VBP") or sentence_of(prev).start != sentence_of(verb).start \
            or prev.head.i == verb.i:
        return None
    subj = _own_subject(prev)
    return subj if subj is not None else _near_verb(prev)


SUBJECT_LABELS = ("nsubj", "csubj")  # (_own_subject: the labels of a verb's own subject, as children_with reads them)
_QUOTE = get_string_id("quote")  # (the id `Token.lemma` holds for the lemma "quote")


def _own_subject(v):
    """The subject of `v` itself: of two the parser gave it, the person nearest before it ("Speaking in
    Salem, New Hampshire, Trump went …"; "Ryan, despite admitting …, the victims need …": Ryan)."""
    inverted = _inverted_subject(v)
    if inverted is not None:
        return inverted
    if v.lemma == _QUOTE:  # ("X was quoted as saying": the passive subject)
        subj = [c for c in v.children if c.dep_ in ("nsubj", "csubj", "nsubjpass")]
    else:  # (the subjects by index: a read of `v.children` makes a Token of every child)
        doc = v.doc
        subj = [doc[k] for k in children_with(doc, SUBJECT_LABELS).get(v.i, ())]
    if len(subj) < 2:
        return subj[0] if subj else (root_noun_subject(v) or surname_subject(v) or series_subject(v))
    people = [c for c in subj if c.ent_type_ == "PERSON" or c.lower_ in PRONOUNS_PERSON]
    before = [c for c in people or subj if c.i < v.i]
    return before[-1] if before else subj[0]


INVERSION_MARKS = frozenset({",", "”", "''", '"'})
NEG_LABELS = ("neg",)  # (equal to filter.NEG: with_child keeps one set per Doc for both)


def _inverted_subject(v):
    """The speaker of a verb in inverted order after the content ("The plan will fail, said Smith", "The deal,
    said Smith and others, is dead"): a finite verb not negated (a tag question) right after a comma or closing
    mark, whose next words are a phrase the parser made a subject, of the verb itself or, when the phrase
    is set off by commas, of the content's verb. The parser often makes the fronted content's own subject
    the verb's subject too; in this order English puts the speaker after the verb. (An auxiliary is no bar:
    right after the mark, one of the verb's own cannot come before it, so the parser took it from the content,
    "If it fails, the talks will end,” said Hale, with "will" hung on "said".) None otherwise."""
    doc = v.doc
    if v.tag_ not in ("VBD", "VBZ", "VBP") or v.i == 0 or v.i + 1 >= len(doc) or doc[v.i - 1].text not in INVERSION_MARKS \
            or v.i in with_child(doc, NEG_LABELS):  # (a child labelled neg: the Doc's table, as filter.py reads it)
        return None
    head = doc[v.i + 1]
    while head.dep_ in ("compound", "flat", "det", "amod", "nummod") and head.head.i > head.i:
        head = head.head
    if head.dep_ != "nsubj" or head.left_edge.i != v.i + 1:  # (any word: "…, said one, is dead")
        return None
    if head.head.i == v.i:
        return head
    last = head.right_edge.i  # the comma closing the aside may hang on the phrase or follow it
    set_off = doc[last].text == "," or (last + 1 < len(doc) and doc[last + 1].text == ",")
    if head.head.dep_ == "ccomp" and head.head.head.i == v.i and set_off:
        return head  # "…, said Doyle and others, would be clear": the phrase is set off, an aside
    return None


# what only an active verb takes after it: a participle with one of these is no reduced passive relative
_ACTIVE_OBJECTS = frozenset({"dobj", "ccomp"})


def root_noun_subject(v):
    """The subject of a past-tense main verb the parser hung as a relative on its own subject, making that noun
    the sentence's root ("Two analysts, Ruiz and Berg, found that …": acl on "analysts"). A sentence has
    a finite verb, and a participle with an object after it and no by-agent is active, so the noun (the head an
    appositive renames) is its subject; None for anything else ("a website called X" in a clause of its own)."""
    if v.dep_ != "acl" or v.tag_ not in ("VBD", "VBN") or v.head.i > v.i:
        return None
    noun = v.head.head if v.head.dep_ == "appos" else v.head
    if noun.dep_ != "ROOT" or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    kids = {c.dep_ for c in v.children}
    if not kids & _ACTIVE_OBJECTS or kids & {"agent", "aux", "auxpass", "nsubj", "nsubjpass"}:
        return None
    return noun


def surname_subject(v):
    """The subject of a finite verb that has none, when the word right before it is a surname the tagger read
    as an ordinary word ("Will believes …", "Early described it as …": a modal or adverb), known as a surname
    because the article names the person in full (a PERSON entity ending in it); else None."""
    if v.tag_ not in ("VBD", "VBZ", "VBP") or v.i == v.sent.start:  # (Token.sent, not spans.sentence_of: the mutation tests hand it stand-in tokens)
        return None
    prev = v.doc[v.i - 1]
    if prev.head.i != v.i or not prev.is_title or prev.pos_ not in ("ADV", "AUX", "ADJ") or prev.ent_type_:
        return None
    return prev if any(e.label_ == "PERSON" and len(e) > 1 and e[-1].text == prev.text for e in v.doc.ents) else None


def series_subject(v):
    """The subject of a finite verb in a series whose earlier conjunct ends in a quoted phrase ("The senator
    called the treaty “worthless,” attacked the negotiators and said …"): the parser reads the comma and the
    closing mark as the end of a fronted quotation ('“…,” said Smith'), hangs the first conjunct on the verb
    as its clausal complement (or as an adverbial clause with no conjunction) and leaves the verb without a
    subject. A quotation that opens after that clause's own subject is a phrase the writer quotes, not the
    words the next verb reports, and a verb with a further conjunct of its own is a series, not an inverted
    "said Smith": the complement's subject is the verb's. None for anything else."""
    if v.tag_ not in ("VBD", "VBZ", "VBP") or not any(c.dep_ == "conj" and c.i > v.i and c.pos_ in ("VERB", "AUX") for c in v.children):
        return None
    # (the conjunct is hung as a complement, or as an adverbial clause with no conjunction of its own: "Trump summed
    # up Clinton as “terrible,” denounced …", where "summed" has no "when" or "because" to make it one)
    comp = next((c for c in v.children if c.i < v.i and (c.dep_ == "ccomp" or c.dep_ == "advcl" and not any(
        m.dep_ == "mark" for m in c.children))), None)
    if comp is None:
        return None
    doc, j, closed = v.doc, v.i - 1, False
    while j > comp.i and (doc[j].text == "," or doc[j].is_quote):  # the comma and closing mark before the verb
        closed = closed or doc[j].is_quote
        j -= 1
    opener = next((k for k in range(j, comp.left_edge.i - 1, -1) if doc[k].is_quote), None) if closed else None
    if opener is None:
        return None
    subj = next((c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj if subj is not None and subj.i < opener else None


def _main_verb_on(c, head) -> bool:
    """True when `c` is the main verb the parser hung on `head`, its subject (root_noun_subject)."""
    subj = root_noun_subject(c) if c.dep_ == "acl" else None
    return subj is not None and subj.i == head.i


def _aside_on_report(v):
    """The reporting verb whose next act a participle set off by a comma is, when the parser hung it on the
    clause the verb reports ("Trump argued that a database would help, saying it's …") or on the clause of
    the verb's object noun ("Hale denied the claim that he had lied, explaining …"); else None."""
    h = v.head
    if not (v.dep_ == "advcl" and v.tag_ == "VBG" and v.i > h.i and _set_off(v)):
        return None
    while h.dep_ == "conj" and h.head.i < h.i and h.pos_ in ("VERB", "AUX"):
        h = h.head  # "… said the plan was late and would cost more, saying …": the report's first clause
    if h.dep_ == "ccomp":
        rep = h.head
    elif h.dep_ in ("acl", "relcl") and h.head.dep_ == "dobj":
        rep = h.head.head
    else:
        return None
    return rep if rep.i < h.i and rep.pos_ in ("VERB", "AUX") and _own_subject(rep) is not None else None


def _set_off(tok) -> bool:
    """A comma right before `tok`, or a comma just inside the closing mark right before it: American style
    puts the comma inside the mark ('… the plan was "a disaster," adding …'), and it still sets off what follows."""
    doc = tok.doc
    if tok.i < 1:
        return False
    prev = doc[tok.i - 1]
    return prev.text == "," or (prev.tag_ == "''" and tok.i >= 2 and doc[tok.i - 2].text == ",")


def _parallel_participle(v):
    """The earlier participle a participle is coordinated with, when the parser hung the second on the first's
    complement clause ("noting that the polls had tightened and predicting …": "predicting" is no act of
    the polls; a participle cannot be a tensed clause's conjunct, so it pairs with "noting"); else None."""
    h = v.head
    if v.dep_ == "conj" and v.tag_ == "VBG" and h.tag_ != "VBG" and h.dep_ == "ccomp" \
            and h.head.tag_ == "VBG" and h.head.i < h.i:
        return h.head
    return None


def _fronted_subject(verb):
    """A verb with no subject whose speaker's clause the parser hung before it: "Kasich offered the man a
    job, then says he'll …", "Sanders, who sits at zero endorsements, said that …" (a clause before the verb
    as its complement, while its content follows), "Majorities of Democrats going to the polls say …" (the
    verb hung on the subject's participle)."""
    if not any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
        return None  # inverted order ("It is wrong, said Smith") keeps its clause before the verb
    front = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
    if front is None and verb.dep_ == "dep" and verb.head.i < verb.i and verb.head.pos_ == "VERB":
        front = verb.head
    if front is None:
        return None
    subj = _own_subject(front)
    return subj if subj is not None and subj.pos_ in ("PROPN", "NOUN", "PRON") else None


def _near_verb(verb):
    """A speaker the parse did not make the verb's subject: a name or pronoun right before or after it."""
    doc = verb.doc
    # a name the parser hung elsewhere right before the verb ("…, Marco Rubio said")
    j = verb.i - 1
    while j >= 0 and doc[j].pos_ in ("ADV", "AUX", "PART") and verb.i - j < 3:
        j -= 1
    k = _before_aside(doc, j)  # "Sen. Lindsey Graham (R-SC) called", "Jay Smith, the club's president, said"
    if k != j and k >= 0 and doc[k].dep_ not in ("pobj", "dobj", "poss") and (
            doc[k].ent_type_ == "PERSON" or any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in doc[k].children)):
        j = k  # ... or a role with a name in apposition ("her senior policy adviser, Jake Sullivan, said")
    if j >= 0 and doc[j].pos_ in ("PROPN", "NOUN", "PRON") and doc[j].dep_ not in ("pobj", "dobj", "poss") \
            and doc[j].ent_type_ not in WHEN:
        return doc[j]
    if j >= 0 and doc[j].dep_ == "pobj" and doc[j].ent_type_ == "PERSON" and verb.tag_ in ("VBD", "VBZ", "VBP") \
            and any(a.i == verb.i for a in doc[j].ancestors):
        # "At an event in Ohio, 62-year-old Brenda Johnson railed against …": the parser ran the opening
        # phrase on into the name; a tensed verb with no subject is the named person's act
        return doc[j]
    if j >= 0 and doc[j].pos_ == "NUM" and doc[j].head.i == verb.i:
        return doc[j]  # "About 4 in 10 say …": a share of those asked, hung on the verb
    named = _named_after_quote(doc, verb)
    if named is not None:
        return named
    # inverted "said Smith", "said he.": the name or pronoun right after the verb (not "called Friday for")
    if verb.i + 1 < len(doc) and not _object_then_predicate(verb, j):
        nxt = doc[verb.i + 1]
        if nxt.ent_type_ in WHEN:
            return None
        if j >= 0 and (doc[j].text in (",", "''") or doc[j].is_quote):
            # '“…,” added another Republican': after the quote, the noun phrase the parser made an object
            after = next((c for c in verb.children if c.i > verb.i and c.dep_ in ("dobj", "attr", "npadvmod", "dep", "nsubj")
                          and c.pos_ in ("NOUN", "PROPN") and c.left_edge.i == verb.i + 1 and c.ent_type_ not in WHEN), None)
            if after is not None:
                return after
        if nxt.pos_ == "PROPN" or (nxt.pos_ == "PRON" and (verb.i + 2 >= len(doc) or doc[verb.i + 2].is_punct)):
            return nxt.head if nxt.dep_ == "compound" else nxt
    return None


def _fronted_apposition(v):
    """The subject the parser hung as an apposition inside the phrase fronted before finite verb `v`
    ("Speaking in Harlem, Clinton, without naming him, accused …": "Clinton" on "Harlem"; "After the hearing
    ended, Commissioner Obi, still holding the report, thanked …"): a name set off by commas inside an
    adverbial phrase or clause before a tensed verb that has no subject of its own; the last such name before
    the verb. A verb with no subject in its clause needs one, and the phrase before it is where it stands.
    Missing its subject, the tagger may read a past verb with an object as a participle ("accused/VBN Sanders
    of …"): as the sentence's root with an object, it is still the tensed verb."""
    tensed = v.tag_ in ("VBD", "VBZ", "VBP") or any(c.dep_ == "aux" for c in v.children) \
        or (v.tag_ == "VBN" and v.dep_ == "ROOT" and any(c.dep_ == "dobj" for c in v.children))
    if not tensed:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in v.children):
        return None
    doc, found = v.doc, None
    for front in (c for c in v.children if c.i < v.i and c.dep_ in ("advcl", "prep")):
        for t in front.subtree:
            if t.dep_ in ("appos", "npadvmod") and t.pos_ == "PROPN" and t.ent_type_ in ("PERSON", "") \
                    and t.left_edge.i > 0 and doc[t.left_edge.i - 1].text == "," \
                    and t.right_edge.i + 1 < v.i and doc[t.right_edge.i + 1].text == ",":
                found = t
    return found


def _name_before_aside(v):
    """The name right before an aside set off by commas that ends right before tensed verb `v`, which has no
    subject of its own ("Friday, Texas, leading a coalition of states, asked …", "In a memo to Clinton,
    Tanden, head of the Center for American Progress, recounted …", "… as Patti Davis, Reagan's daughter,
    attacked …", "Sanders, who had not endorsed, decided …"). English sets off an apposition, a relative or a
    participle phrase after the noun it tells of, and a tensed verb needs a subject before it: NAME, ASIDE,
    VERB reads NAME as the subject wherever the parser hung the name (on a date, on the fronted phrase's
    noun, on the clause before a dash). The aside is the smallest phrase ending before the comma that opens
    right after a comma."""
    tensed = v.tag_ in ("VBD", "VBZ", "VBP") or any(c.dep_ == "aux" for c in v.children)
    if not tensed or any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in v.children):
        return None
    doc = v.doc
    j = v.i - 1
    while j >= 0 and doc[j].pos_ in ("ADV", "AUX", "PART") and v.i - j < 3:
        j -= 1  # "Jolly, …, doesn't see"
    if j < 3 or doc[j].text != ",":
        return None
    aside = doc[j - 1]
    while aside.left_edge.i > 1 and doc[aside.left_edge.i - 1].text != ",":
        if aside.head.i == aside.i or aside.head.i >= j:
            return None
        aside = aside.head
    start = aside.left_edge.i
    if aside.right_edge.i != j - 1 or start < 2 or doc[start - 1].text != ",":
        return None
    name = doc[start - 2]
    if name.pos_ != "PROPN" or name.ent_type_ in WHEN or name.dep_ in ("compound", "poss"):
        return None
    if name.dep_ == "pobj" and (name.head.head.pos_ in ("NOUN", "PROPN") or name.ent_type_ in PLACES):
        return None  # the name ends a noun's phrase ("the attack in San Bernardino, Calif., showed", "members
        # of Congress from Florida, X and Y, have said") or names where ("retired in Dayton, Ohio, said")
    if aside.dep_ == "appos" and aside.head.i == name.i and aside.ent_type_ in PLACES:
        return None  # "Dayton, Ohio,": a town's state or country set off by commas qualifies a place
    return name


PLACES = frozenset({"GPE", "LOC", "FAC"})


def _object_then_predicate(verb, j: int) -> bool:
    """True when the noun after `verb` is its object with something said of it still to come ("accused
    Sanders of …", "doesn't see the board's role … as outdated", "called the deal a betrayal", "asked a judge
    to block …"): object and predicate are the content, and PolNeAR is univocal (no word is both source and
    content), so the object is no inverted speaker. After a closing quotation mark (token `j`, or a comma
    right after one) the quotation is the content and the order the inverted one ('"It is over," told Smith to
    the crowd'): the noun speaks. (A clause the parser hangs on the verb before it is no such sign: in long
    sentences it is mostly a misparse, "…, more than 250,000 Iowans are expected to …, oppose concessions to …")"""
    doc = verb.doc
    if j >= 0 and (doc[j].is_quote or (doc[j].text == "," and j > 0 and doc[j - 1].is_quote)):
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    return obj is not None and any(c.i > obj.i and c.dep_ in OBJECT_PREDICATES for c in verb.children)


# what a cue's object is still to be told of, after it: "of …"/"as …"/"for …", a clause, an infinitive, a label
OBJECT_PREDICATES = frozenset({"prep", "ccomp", "xcomp", "oprd", "acomp"})


def _named_after_quote(doc, verb):
    """'“…,” Texas delegate Bill Eastland, wearing a hat, said': the person or organisation named right
    after the closing mark before the verb (the parser hung it inside the quote)."""
    q = next((k for k in range(verb.i - 1, max(sentence_of(verb).start, verb.i - 16) - 1, -1) if doc[k].is_quote), None)
    if q is None:
        return None
    for k in range(q + 1, min(verb.i, q + 7)):
        if doc[k].ent_type_ in ("PERSON", "ORG"):
            t = doc[k]
            while t.dep_ in ("compound", "flat") and t.head.i < verb.i and t.head.i > t.i:
                t = t.head
            return t
    return None


def _before_aside(doc, j: int) -> int:
    """The token before a parenthesis or a comma-set apposition ending at `j` (its noun: the head the
    apposition hangs on), else `j`."""
    if j < 1:
        return j
    if doc[j].text == ")":
        k = j
        while k > 0 and doc[k].text != "(" and j - k < 8:
            k -= 1
        return k - 1 if doc[k].text == "(" else j
    if doc[j].text == ",":
        t = doc[j - 1]
        h = doc[j].head
        if h.i < j and h.pos_ == "PROPN" and h.dep_ == "appos" and any(c.dep_ == "appos" and c.i > h.i for c in h.children):
            # "on Dec. 2, Col. Jo Hale, a military spokesman in Kabul, said": the comma closes the apposition on
            # the name (the parser hung the name on the date); its last word is deep in the apposition
            return h.i
        while t.dep_ in ("appos", "conj", "compound") and t.head.i < t.i and t.head.dep_ not in ("pobj", "dobj"):
            t = t.head  # not up to a noun the apposition was wrongly hung on ("In a statement to the Observer, her adviser, …")
        return t.i
    return j


def _medium_and_outlet(verb, mentions: Mentions) -> tuple[str | None, str | None]:
    medium = outlet = None
    for c in list(verb.children) + ([c for c in verb.head.children if c.dep_ == "prep"] if verb.dep_ == "ccomp" else []):
        if c.dep_ == "prep" and c.lower_ in ("in", "on", "during", "via", "through", "at"):
            pobj = next((x for x in c.children if x.dep_ == "pobj"), None)
            if pobj is not None and pobj.lemma_.lower() in MEDIA and medium is None:
                medium = MEDIA[pobj.lemma_.lower()]
                outlet = outlet or _outlet_in(pobj, mentions)
        elif c.dep_ in ("dobj", "dative", "iobj") and verb.lemma_ == "tell":
            outlet = outlet or _outlet(c, mentions)
        elif c.dep_ == "prep" and c.lower_ in ("to", "with") and verb.lemma_ in ("say", "speak", "talk"):
            pobj = next((x for x in c.children if x.dep_ == "pobj"), None)
            if pobj is not None:
                outlet = outlet or _outlet(pobj, mentions)
    if verb.lemma_ in ("tweet", "post"):
        medium = medium or "post"
    elif verb.lemma_ == "write":
        medium = medium or "writing"
    return medium, outlet


def _outlet_in(noun, mentions: Mentions) -> str | None:
    for c in noun.children:  # "an interview with CNN"
        if c.dep_ == "prep" and c.lower_ in ("with", "to", "on"):
            pobj = next((x for x in c.children if x.dep_ == "pobj"), None)
            if pobj is not None:
                return _outlet(pobj, mentions)
    return None


def _outlet(tok, mentions: Mentions) -> str | None:
    """The outlet a statement was made to ("told AFP"): an organisation or proper name, not "reporters"."""
    ent = mentions.covering(tok.idx, tok.idx + len(tok))
    if ent is not None and ent.type == "ORG":
        return ent.name
    return None

