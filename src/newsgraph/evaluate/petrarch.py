"""Score the event coder on PETRARCH record files, as PETRARCH's validation suite does.

A record file is PETRARCH's XML:

    <Sentences>
      <Sentence date="20150105" id="FRE-001" source="..." sentence="true">
        <EventCoding sourcecode="FREGOV" targetcode="SYL" eventcode="042"/>
        <Text>Freedonia's foreign minister visited Sylvania.</Text>
      </Sentence>
    </Sentences>

A sentence with no <EventCoding> (or one with noevents="true") expects no event. Other children
(<Parse>, comments) are ignored.

Scores (PETRARCH-style, per CAMEO root category of the gold code):
- correct: a predicted (source code, target code, event code) equal to a gold coding;
- uncoded: a gold coding no prediction equals;
- extra: a prediction that equals no gold coding;
plus type accuracy (the PLOVER types of the gold codings against the predicted ones, per sentence)
and (source country, PLOVER type, target country) triple F1. Predictions are the events PETRARCH2
would output (`petrarch_events`): one coding per source x target pair, both sides coded (PETRARCH's
events are dyads), in the direction the sentence tells (a `[042:043]` verb codes its first code;
coordinated subjects of a cooperative verb with no object act on each other), from the verbs of the
sentence's own clauses and reported speech (not adverbial or relative clauses, not an event noun
that is another event's topic), never a negated verb whose negation no pattern spells out.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass, field

from ..errors import InputError
from .base import Gold, empty_gold, heldout_split, read_gold_text
from ..events.ontology import plover_for_cameo
from ..events.syntax import ordered_participle, small_clause
from ..model import code_dyads

NONE = "---"


@dataclass
class Coding:
    source: str
    target: str
    code: str


@dataclass
class Record:
    id: str
    text: str
    date: str | None  # ISO
    codings: list[Coding] = field(default_factory=list)
    line: int = 0


split_of = heldout_split  # the project's held-aside third, by sentence id


def _iso(date: str | None, where: str) -> str | None:
    if not date:
        return None
    d = date.strip().replace("-", "")
    if re.fullmatch(r"\d{6}", d):  # TABARI YYMMDD
        d = ("19" if int(d[:2]) >= 30 else "20") + d
    if not re.fullmatch(r"\d{8}", d):
        raise InputError(where, f"bad date {date!r} (expected YYYYMMDD)")
    return f"{d[:4]}-{d[4:6]}-{d[6:]}"


def _code(value: str | None) -> str:
    v = (value or "").strip().upper()
    return v if v and v not in ("---", "NONE") else NONE


def load_gold(path: str, split: str | None = None) -> list[Record]:
    raw = read_gold_text(path, "record file", "PETRARCH record XML")
    try:
        root = ET.fromstring(raw)
    except ET.ParseError as exc:
        raise InputError(f"{path}:{exc.position[0]}", f"not PETRARCH record XML: {exc.msg}") from None
    if root.tag != "Sentences":
        raise InputError(path, f"expected <Sentences> at the top, found <{root.tag}>")
    starts = [m.start() for m in re.finditer(r"<Sentence\b", raw)]
    out: list[Record] = []
    for n, s in enumerate(root.iter("Sentence")):
        line = raw.count("\n", 0, starts[n]) + 1 if n < len(starts) else 0
        where = f"{path}:{line}"
        sid = s.get("id")
        text_el = s.find("Text")
        if not sid or text_el is None or not (text_el.text or "").strip():
            raise InputError(where, "a <Sentence> needs an id and a non-empty <Text>")
        rec = Record(id=sid, text=" ".join(text_el.text.split()), date=_iso(s.get("date"), where), line=line)
        for ec in s.iter("EventCoding"):
            if (ec.get("noevents") or "").lower() == "true":
                continue
            code = (ec.get("eventcode") or "").strip()
            if not code:
                raise InputError(where, "<EventCoding> without eventcode")
            rec.codings.append(Coding(_code(ec.get("sourcecode")), _code(ec.get("targetcode")), code.upper()))
        out.append(rec)
    chosen = [rec for rec in out if not split or split_of(rec.id) == split]
    if not chosen:
        raise empty_gold(path, "sentences", split, [split_of(rec.id) for rec in out])
    return Gold(chosen, path=path, split=split)


SPEECH_LEMMAS = frozenset({"say", "tell", "report", "announce", "claim", "state", "add", "confirm", "allege",
                           "insist", "note", "declare", "write"})
COOPERATIVE_ROOTS = ("03", "04", "05", "06")  # PETRARCH codes coordinated subjects of these on each other


def _token_at(sdoc, start: int, end: int):
    """The trigger's head token ("economic aid": aid)."""
    span = sdoc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


CONTENT_HEADS = frozenset({"AGREE", "REQUEST", "REJECT", "THREATEN", "ACCUSE"})


def _content_of(tok, heads: dict[int, str]) -> bool:
    """The trigger is what another event intends, asks, refuses, threatens or accuses ("threatened
    to attack Gondor", "agreed to provide aid", "accused Mordor of attacking"): PETRARCH codes the
    pair as one event, the upper verb's (its code already says what it is about)."""
    node = tok
    for _ in range(4):
        if node.dep_ not in ("xcomp", "ccomp", "pcomp", "prep", "pobj", "dobj") or node.head.i == node.i:
            return False
        dep, node = node.dep_, node.head
        if dep == "ccomp" and node.lemma_.lower() in SPEECH_LEMMAS and not any(
                a.dep_ == "aux" and a.lower_ in ("must", "should") for a in tok.children):
            return False  # "Gondor said Mordor attacked Rohan": a reported event stands on its own,
            # whatever code a dictionary gives the verb of saying (the validation verbs' SAID [023]);
            # "said Y must withdraw" stays one demand
        if heads.get(node.i) in CONTENT_HEADS or dep == "xcomp" and node.i in heads:
            return True  # ("agreed to provide aid", "began to withdraw": one verb phrase, one event)
    return False


def _subordinate(tok, trigger_tokens=frozenset()) -> bool:
    """The trigger sits in a clause PETRARCH does not code: an adverbial or relative clause, or a
    clause modifying a noun ("a day after Mordor shelled X", "Rohan, which has long opposed Mordor").
    Reported speech ("said Y attacked Z") and complements ("agreed to provide") are coded, and so is
    an adverbial clause of its own on a verb that codes nothing (_passed_up)."""
    node = tok
    for _ in range(12):
        if node.head.i == node.i:
            # "X attacked Y on Monday, Z said, days after A and B signed a pact": the parser may make the
            # trailing adverbial clause the root and the main clause before it its complement; a clause
            # opened by "after" or "since" is never the main one
            return node.i == tok.i and any(k.dep_ == "mark" and k.lower_ in ADVERBIAL_MARKS and k.i < node.i
                                           for k in node.children) \
                and any(k.dep_ in ("ccomp", "parataxis") and k.i < node.i for k in node.children)
        if _embedded_question(node):
            return True
        adverbial = node.dep_ == "advcl" or node.dep_ == "ccomp" and any(
            k.dep_ == "mark" and k.lower_ in ADVERBIAL_MARKS for k in node.children)
        if adverbial and _passed_up(node, trigger_tokens) or ordered_participle(node) is not None:
            node = node.head  # ("ordered two soldiers held": the small clause is the order's phrase)
            continue
        if adverbial or node.dep_ in ("relcl", "acl"):
            return True
        if node.dep_ == "ccomp" and node.head.pos_ in ("NOUN", "PROPN"):
            return True
        if node.dep_ == "pcomp" and node.head.dep_ == "prep" and node.head.head.i in trigger_tokens \
                and node.head.head.i != tok.i:
            return True  # "warned Mordor against attacking Ithilen": a gerund in the phrase of a verb that
            # codes is part of that verb phrase (PETRARCH2 reads a phrase's clauses only when it codes
            # nothing; session 10)
        if node.dep_ == "pcomp" and node.head.dep_ == "prep" and node.head.lower_ in TIME_PREPS \
                and node.head.head.pos_ in ("VERB", "AUX"):
            return True  # "After meeting Rohan's president, the minister said ...": an adverbial phrase
            # with a gerund clause (PETRARCH2's PP over an S), coded as an adverbial clause is: not at all
            # on a verb that codes (session 10; the gerund has no subject of its own to pass up)
        node = node.head
    return False


def _embedded_question(clause) -> bool:
    """A clause introduced by "whether", or by "if" as the complement of a verb of asking or
    wondering ("asked whether Mordor had attacked Ithilen", "wondered if Mordor would attack"): an
    embedded question asserts no event (session 10, s10-petr; an "if" clause elsewhere is a
    condition, passed up or not as adverbial clauses are)."""
    if clause.dep_ not in ("ccomp", "advcl") or clause.head.i == clause.i:
        return False
    marks = {k.lower_ for k in clause.children if k.dep_ == "mark"}
    return "whether" in marks or "if" in marks and clause.head.lemma_.lower() in QUESTION_VERBS


def _yes_no_question(tok) -> bool:
    """The trigger's clause is a direct yes/no question ("Will Rohan attack Gondor?", "Did Dagolath
    attack Eriador?"): the auxiliary before the subject and a question mark; it asks, it asserts no
    event (session 10, s10-petr). A wh-question ("Why did Mordor attack Ithilen?") takes its event
    as given and stays coded, as does a declarative clause quoted before a question."""
    node = tok
    while node.dep_ in ("conj", "xcomp") and node.head.i != node.i:
        node = node.head
    sent = tok.sent
    if sent[-1].text != "?" or any(t.tag_ in ("WDT", "WP", "WP$", "WRB") for t in sent):
        return False
    subj = [k.i for k in node.children if k.dep_ in ("nsubj", "nsubjpass", "expl")]
    aux = [k.i for k in node.children if k.dep_ in ("aux", "auxpass")]
    return bool(subj and aux) and min(aux) < min(subj)


QUESTION_VERBS = frozenset({"ask", "wonder", "question", "inquire", "enquire", "query", "doubt"})


def _passed_up(clause, trigger_tokens) -> bool:
    """An adverbial clause with a conjunction and a subject of its own ("after Arnor condemned
    Ithilen", an SBAR) hanging on a verb that codes no event ("Mordor was angry after ...", "Tension
    rose after ..."): PETRARCH2 reads the clauses inside a verb phrase only when the phrase itself
    codes nothing, and then passes their events up as the phrase's own, so they are coded. On a verb
    that codes an event ("condemned Ithilen after Rohan attacked Mordor") the clause stays uncoded."""
    verb = clause.head
    if verb.dep_ == "parataxis" and verb.lemma_.lower() in SPEECH_LEMMAS and verb.head.i != verb.i:
        verb = verb.head  # "X attacked Y, Z said, in the worst fighting since ...": a parenthetical
        # attribution is no verb phrase of its own; what hangs on it hangs on the clause it interrupts
    while (verb.dep_ == "xcomp" or small_clause(verb) or ordered_participle(verb) is not None) \
            and verb.i not in trigger_tokens and verb.head.i != verb.i:
        verb = verb.head  # "urged Gondor [to act] after ...", "ordered X [held] after ...": a
        # complement or small clause codes through the verb it completes
    marks = [k.lower_ for k in clause.children if k.dep_ == "mark"]
    if set(marks) & CONDITIONS:
        return False  # "... if Mordor attacked Ithilen": a condition tells no event (session 10)
    own = bool(marks) and any(k.dep_ in ("nsubj", "nsubjpass") for k in clause.children) or _infinitive(clause, marks)
    # (only a trailing clause is inside the verb phrase: a fronted one, "Two days after Freedonia expelled
    # its ambassador, Sylvania recalled its envoy", is the sentence's, never the phrase's, so never passed up)
    return own and clause.i > clause.head.i and verb.pos_ in ("VERB", "AUX") and verb.i not in trigger_tokens \
        and not any(k.dep_ == "ccomp" and k.i != clause.i and any(t.i in trigger_tokens for t in k.subtree)
                    for k in verb.children)  # ("X attacked Y, Z said, in the worst fighting since ...", read
    # as Z's report: the phrase of "said" codes the reported attack, so a clause after it stays uncoded)


def _infinitive(clause, marks) -> bool:
    """A "to" infinitive the parser hung on a verb as an adverbial clause ("moved on Monday to restore
    ties with X", "went to Edoras to meet Y"): PETRARCH2's tree has it as an S inside the verb phrase,
    read (and passed up) when the phrase codes nothing, as a complement is."""
    return not marks and clause.dep_ == "advcl" and clause.tag_ == "VB" and \
        any(k.dep_ == "aux" and k.lower_ == "to" and k.i < clause.i for k in clause.children)


CONDITIONS = frozenset({"if", "unless", "lest", "whether"})
# conjunctions that make a clause adverbial (an SBAR of time, cause or concession), wherever the parser
# hangs it: "Z said, in the worst fighting since the two countries signed ...", read as what Z said
ADVERBIAL_MARKS = frozenset({"since", "after", "before", "because", "while", "when", "until", "although",
                             "though", "once", "whereas", "unless"})
TIME_PREPS = frozenset({"after", "before", "following", "since", "amid", "during", "until", "despite"})


def _noun_not_coded(tok, trigger_tokens: set[int]) -> bool:
    """An event noun is PETRARCH's event only through the verb of its clause ("launched an attack
    on X", "held talks with Y", "arrived for a visit"): as the object or topic of another event
    ("condemned the attack", "rejected a proposal for talks"), as a time ("after the attack") or
    as a subject ("the talks ended") it codes nothing of its own."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    node = tok
    for _ in range(6):
        if node.dep_ in ("nsubj", "nsubjpass") and node.head.i not in trigger_tokens and node.dep_ == "nsubj":
            return True
        if node.dep_ == "prep" and node.lower_ in TIME_PREPS:
            return True
        head = node.head
        if head.i == node.i:
            return True
        if head.pos_ in ("VERB", "AUX"):
            return head.i in trigger_tokens
        if head.pos_ in ("NOUN", "PROPN") and head.i in trigger_tokens and head.i != tok.i:
            return True  # "a proposal for talks": the talks are the proposal's content
        node = head
    return True


def _coordinated(doc, sdoc, eids, start: int, sent_start: int) -> bool:
    """The entities are a coordinated phrase before char `start` ("Gondor and Rohan signed",
    "President X and Ambassador Y met"): each mentioned there, with no verb between the mentions."""
    spans = []
    for eid in eids:
        ent = doc.entity(eid)
        ms = [m for m in (ent.mentions if ent is not None else []) if sent_start <= m.start < start]
        if not ms:
            return False
        spans.append((ms[-1].start, ms[-1].end))
    spans.sort()
    if sdoc is None:
        gaps = (doc.text[x[1]:y[0]] for x, y in zip(spans, spans[1:]))
        return all(re.fullmatch(r"(\s|,|and\b|the\b)*", g, flags=re.I) for g in gaps)
    between = sdoc.char_span(spans[0][1], spans[-1][0], alignment_mode="expand") if spans[-1][0] > spans[0][1] else None
    return between is None or not any(t.pos_ in ("VERB", "AUX") for t in between)


def _coordinated_agents(doc, eids, tok) -> bool:
    """The entities are all named in one coordinated by-phrase of the passive verb `tok` ("an
    agreement was signed by Gondor and Rohan"): the passive's doers, as a coordinated subject is the
    active verb's, with no verb inside the phrase."""
    for by in (tok.children if tok is not None else ()):
        if by.dep_ != "agent":
            continue
        for obj in by.children:
            if obj.dep_ != "pobj":
                continue
            phrase = list(obj.subtree)
            if any(t.pos_ in ("VERB", "AUX") for t in phrase):
                return False
            lo, hi = phrase[0].idx, phrase[-1].idx + len(phrase[-1])
            ents = [doc.entity(e) for e in eids]
            return all(ent is not None and any(lo <= m.start and m.end <= hi for m in ent.mentions) for ent in ents)
    return False


def _reciprocal(orig, ev) -> bool:
    """`ev` is `orig` seen from the other side with the same code: a reciprocal act (CAMEO.2.0's `[A:A]`,
    "exchanged prisoners [0841:0841]", "fire [193:193]"; our lexicon's `reverse: same`), which a
    coordinated subject does to each other whatever its root, as it does a cooperative one."""
    return ev.cameo == orig.cameo and set(ev.source) == set(orig.target) and set(ev.target) == set(orig.source)


def petrarch_events(doc, parse=None) -> list:
    """The document's events as PETRARCH outputs them: one event per verb phrase of the sentence's
    own clauses, in the direction the sentence tells it (PETRARCH2 codes a `[042:043]` verb's first
    code only, and coordinated subjects of a cooperative verb with no object on each other), never
    an event its negation turns into something else, nor one from an adverbial or relative clause
    or an event noun that is not a light verb's object."""
    sdoc = parse.doc if parse is not None else None
    toks = {}
    if sdoc is not None:
        for ev in doc.events:
            if ev.trigger is not None:
                toks[id(ev)] = _token_at(sdoc, ev.trigger.start, ev.trigger.end)
    trigger_tokens = {t.i for t in toks.values() if t is not None}
    heads = {toks[id(ev)].i: ev.type for ev in doc.events if toks.get(id(ev)) is not None}
    first: dict[tuple, object] = {}
    out = []
    for ev in doc.events:
        tok = toks.get(id(ev))
        if "negated" in ev.flags:
            continue  # PETRARCH turns a negated verb's code into another; ours would be a false event
        if tok is not None and (_subordinate(tok, trigger_tokens) or _noun_not_coded(tok, trigger_tokens)
                                or _content_of(tok, heads) or _yes_no_question(tok)):
            continue
        key = (ev.trigger.start, ev.trigger.end) if ev.trigger is not None else None
        orig = first.get(key) if key else None
        if orig is not None and not orig.target and ev.target and len(orig.source) < 2:
            # the verb's own event had no target (PETRARCH outputs dyads only) and a `~` rule made one
            # of it ("Gondor said Mordor attacked X": GON -> MOR 112 in place of the statement)
            out[out.index(orig)] = first[key] = ev
            continue
        if orig is None:
            if key:
                first[key] = ev
            out.append(ev)
            continue
        sent_start = ev.evidence.start if ev.evidence is not None else 0
        actors = list(orig.source) + list(orig.target)
        if ((orig.cameo or "")[:2] in COOPERATIVE_ROOTS or _reciprocal(orig, ev)) and (
                _coordinated(doc, sdoc, actors, ev.trigger.start, sent_start) or _coordinated_agents(doc, actors, tok)):
            out.append(ev)  # "Gondor and Rohan signed an agreement", "... was signed by Gondor and Rohan",
            # "Gondor and Mordor exchanged prisoners / fire": each on the other
    return out


def _codings(doc, parse=None) -> list[Coding]:
    """One coding per source x target pair of every event PETRARCH would output (petrarch_events):
    both sides coded by the dictionaries (PETRARCH's events are dyads), flags aside otherwise."""
    from ..events.stage import place_countries

    places = place_countries(doc)  # a city argument codes as its country ("visited Paris": FRA)

    def codes(eid) -> list[str]:
        """The entity's codes: one, or each code of a compound actor (PETRARCH expands `XXX/YYY`)."""
        ent = doc.entity(eid)
        if ent is not None and ent.actor is None and eid in places:
            return [places[eid]]
        if ent is None or ent.actor is None or not ent.actor.code:
            return []
        a = ent.actor
        if ent.attrs.get("country_basis") == "article focus" and ent.attrs.get("code_source") != "dictionary":
            # a country guessed from what the article is about ("urged Freedonia to release the
            # journalists": Sylvania's?) is no PETRARCH code: the dictionaries code the words only
            # (only a sector the dictionaries put into the code: with the user's agents, a role only
            # the built-in table knows, "protesters", is no PETRARCH agent; session 10)
            return [NONE + a.sector] if a.sector and (a.code == a.sector or a.sector in (a.code or "")[3:]) else []
        if a.country is None and a.code == a.sector and ent.attrs.get("code_source") != "dictionary":
            return [NONE + a.code]  # an agent with no actor: PETRARCH writes "soldiers" as ---MIL
            # (an actor the dictionary codes NGO or NGM, "the Red Cross", is written as coded)
        return a.codes()

    out = []
    for ev in petrarch_events(doc, parse):
        srcs = [(e, c) for e in ev.source for c in codes(e)]
        tgts = [(e, c) for e in ev.target for c in codes(e)]
        if not tgts and len(srcs) > 1 and (ev.cameo or "")[:2] in COOPERATIVE_ROOTS:
            tgts = srcs  # "Freedonia and Sylvania agreed to a ceasefire": each with the other (PETRARCH2)
        # an actor does not act on itself
        for s, t in code_dyads(srcs, tgts):
            c = Coding(s, t, (ev.cameo or "").upper())
            if c not in out:  # PETRARCH2 keeps a sentence's events as a set
                out.append(c)
    return out


def pipeline_options(model: str | None = None, verbs: list[str] | None = None, actors: list[str] | None = None,
                     agents: list[str] | None = None, discards: list[str] | None = None,
                     issues: list[str] | None = None):
    """The pipeline's Options: --model and the PETRARCH dictionaries (--verbs, --actors, --agents,
    --discards, --issues)."""
    from .events import pipeline_options as events_options

    return events_options(model, verbs, actors, agents, discards, issues)


def predict(gold: list[Record], options=None) -> list[list[Coding]]:
    """Code every record's text with the full pipeline (published on the record's date)."""
    from dataclasses import replace

    from ..nlp import parse_many
    from ..pipeline import Pipeline
    from ..read import make_article
    from ..stage import Options

    pipe = Pipeline(replace(options or Options(), check_language=False))
    out: list[list[Coding]] = []
    for r in gold:  # the parse is kept: PETRARCH codes a sentence's clauses, not all of its events
        name = f"petrarch#{r.id}"
        try:
            doc = pipe.prepare(make_article(r.text, name, published=r.date))
            (parse,) = parse_many(pipe.nlp, [(doc.text, doc.sections)])
            out.append(_codings(pipe.annotate(doc, parse, name), parse))
        except InputError:
            out.append([])
    return out


def _root(code: str) -> str:
    return code[:2] if code[:2].isdigit() else code


def _plover(code: str) -> str | None:
    return plover_for_cameo(code) if code[:3].isdigit() else None


def score(gold: list[Record], predictions: list[list[Coding]]) -> dict:
    cats: dict[str, Counter] = {}
    type_hits = type_total = 0
    tri = Counter()
    misses = []
    for rec, preds in zip(gold, predictions):
        g_set = sorted(f"{g.source} {g.target} {g.code}" for g in rec.codings)
        p_set = sorted(f"{p.source} {p.target} {p.code}" for p in preds)
        if g_set != p_set:
            misses.append({"id": rec.id, "gold": g_set, "predicted": p_set})
        left = Counter((p.source, p.target, p.code) for p in preds)
        for g in rec.codings:
            c = cats.setdefault(_root(g.code), Counter())
            c["gold"] += 1
            key = (g.source, g.target, g.code)
            if left[key] > 0:
                left[key] -= 1
                c["correct"] += 1
            else:
                c["uncoded"] += 1
        for (s, t, code), n in left.items():
            if n > 0:
                cats.setdefault(_root(code), Counter())["extra"] += n
        gtypes = Counter(t for t in (_plover(g.code) for g in rec.codings) if t)
        ptypes = Counter(t for t in (_plover(p.code) for p in preds) if t)
        type_hits += sum((gtypes & ptypes).values())
        type_total += sum(gtypes.values())
        gt = Counter((g.source[:3], _plover(g.code), g.target[:3]) for g in rec.codings if _plover(g.code))
        pt = Counter((p.source[:3], _plover(p.code), p.target[:3]) for p in preds if _plover(p.code))
        tri["tp"] += sum((gt & pt).values())
        tri["gold"] += sum(gt.values())
        tri["pred"] += sum(pt.values())
    totals = Counter()
    for c in cats.values():
        totals.update(c)
    p = tri["tp"] / tri["pred"] if tri["pred"] else 0.0
    r = tri["tp"] / tri["gold"] if tri["gold"] else 0.0
    n_gold = totals["gold"]
    return {
        "sentences": len(gold),
        "gold_events": n_gold,
        "correct": totals["correct"], "uncoded": totals["uncoded"], "extra": totals["extra"],
        "correct_pct": round(100 * totals["correct"] / n_gold, 1) if n_gold else 0.0,
        "extra_pct": round(100 * totals["extra"] / n_gold, 1) if n_gold else 0.0,
        "type_accuracy": round(type_hits / type_total, 4) if type_total else 0.0,
        "triples": {"precision": round(p, 4), "recall": round(r, 4),
                    "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0},
        "per_category": {k: {m: c[m] for m in ("gold", "correct", "uncoded", "extra")} for k, c in sorted(cats.items())},
        "misses": misses,
        "gold": getattr(gold, "path", None), "split": getattr(gold, "split", None),
    }


def render(report: dict) -> str:
    out = [f"{report.get('gold', 'records')}{' (' + report['split'] + ')' if report.get('split') else ''}: "
           f"{report['sentences']} sentences, {report['gold_events']} gold events",
           f"correct {report['correct']} ({report['correct_pct']}%)  uncoded {report['uncoded']}  "
           f"extra {report['extra']} ({report['extra_pct']}% of gold)",
           f"type_accuracy {report['type_accuracy']:.3f}   country triples F1 {report['triples']['f1']:.3f} "
           f"(P {report['triples']['precision']:.3f} R {report['triples']['recall']:.3f})", "",
           f"{'category':<9} {'gold':>5} {'correct':>8} {'uncoded':>8} {'extra':>6}"]
    for k, c in report["per_category"].items():
        out.append(f"{k:<9} {c['gold']:>5} {c['correct']:>8} {c['uncoded']:>8} {c['extra']:>6}")
    return "\n".join(out) + "\n"


def evaluate(path: str, options=None, split: str | None = None) -> dict:
    gold = load_gold(path, split)
    return score(gold, predict(gold, options))
