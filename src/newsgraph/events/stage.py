"""The `events` stage: code PLOVER events with CAMEO codes, flags, dates, places and evidence.

Reads the Document (entities with their actors and mentions, times, places, quotes, published
date) and the shared parse; adds `doc.events`. Runs last.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

import msgspec
import numpy as np
from spacy.attrs import LEMMA, NORM, SENT_START

from ..columns import column, column_list
from ..model import DateRef, Document, Event, trimmed_span
from ..nlp import verb_lemma
from .located import place_for_span
from ..dates import granularity as _granularity, period_end as _period_end, period_start as _period_start
from ..stage import Stage, register
from ..words import ANY_SPEECH
from . import coder
from .acled import acled_for
from .headlines import Recaser
from .factuality import (CONTENT_FLAGS, FEARED_OBJECT, INTENT_OBJECT, MODAL_AUX, SPEECH, clause_flags, kind_of_act,
                         not_done, quoted_spans, yes_no_question)
from .coder import token_range, token_starts
from ..words import ANSWER_NOUNS, STATE_SECTORS
from .syntax import split_subject
from .tenures import act_bounds, act_sector
from .lexicon import get_lexicon
from .petrarch_combine import combine_complements
from ..spans import sentence_of, token_span
from .petrarch_lists import discarded, load_discards, load_issues, tag_issues
from .petrarch_transform import reported_clauses, transformed
from .syntax import RELATIVIZERS, active_acl, noun_of_infinitive, ordered_participle, reduced_relative, regional_construct, to_marked
from .ontology import DEFAULT_CAMEO, QUAD, cameo_for, event_kind, goldstein, parallel_code, quad_class

EVENT_SECTIONS = ("body", "title")
HISTORICAL_DAYS = 366  # an event whose period ended more than a year before the article is history
AGREE_CAMEO = {"AID": "033", "COOPERATE": "031", "CONSULT": "036", "SUPPORT": "032", "CONCEDE": "035",
               "RETREAT": "035"}
CLAUSE_CHILDREN = frozenset({"ccomp", "advcl", "relcl", "acl", "xcomp", "conj", "parataxis", "csubj"})
RANGE_WORDS = frozenset({"since", "until", "till", "through"})
BOUNDARY_MODS = frozenset({"ON_OR_AFTER", "BEFORE", "AFTER", "ON_OR_BEFORE"})


@dataclass(frozen=True)
class EventSettings:
    verb_dicts: tuple[str, ...] = ()  # --verbs: YAML lexicons or CAMEO/PETRARCH verb dictionaries, first wins
    discards: tuple[str, ...] = ()  # --discards: PETRARCH discard lists, `builtin` or `none` (default: builtin)
    issues: tuple[str, ...] = ()  # --issues: PETRARCH issue dictionaries or `builtin` (default: none)


@register
class EventsStage(Stage):
    """PLOVER events with CAMEO codes, coded over the parse with the lexicon this stage owns (the
    built-in one plus --verbs files, loaded once when the pipeline is built)."""

    name = "events"
    requires = frozenset({"parse", "sections", "entities", "actors", "times", "places", "quotes", "published"})
    provides = frozenset({"events", "discards"})
    Settings = EventSettings

    def __init__(self, nlp, settings: EventSettings | None = None):
        super().__init__(nlp, settings)
        self.lexicon = get_lexicon(self.settings.verb_dicts)
        # the trigger words' string ids as a set: candidate_sentences' set tests
        self.trigger_set = frozenset(trigger_hashes(self.lexicon, nlp.vocab.strings).tolist())
        self.discards = load_discards(self.settings.discards)
        self.issues = load_issues(self.settings.issues)
        words = frozenset(self.lexicon.verbs) | frozenset(self.lexicon.nouns) | \
            (frozenset(self.lexicon.petr.words()) if self.lexicon.petr else frozenset())
        self.recaser = Recaser(nlp, words)  # a Title Case headline is parsed again, sentence-cased

    def __call__(self, doc: Document, parse) -> None:
        # PETRARCH's discard list: a sentence (or, `+`, the whole story) that holds a phrase codes
        # nothing; the document keeps which phrase stopped it (doc.discards)
        doc.discards, skip = discarded(self.discards, doc, parse)
        if any(d.scope == "story" for d in doc.discards):
            doc.events = []
            return
        doc.events = code_events(doc, parse, self.lexicon, self.trigger_set, skip, self.recaser)
        if self.issues is not None:
            tag_issues(self.issues, doc)


def trigger_hashes(lex, strings) -> np.ndarray:
    """Hashes of every lemma/word that can start a trigger."""
    words = set(lex.verbs) | set(lex.nouns) | coder.DEONTIC | {"will", "would"} | (lex.petr.words() if lex.petr else set())
    words |= {w.split("-")[0] for w in lex.nouns if "-" in w}  # "sit-in" is parsed as sit - in
    if lex.petr is None and lex.cameo is not None:
        words |= lex.cameo.words()  # verbs our lexicon lacks, coded from CAMEO.2.0 (coder.cameo_sense)
    return np.array(sorted(strings.add(w) for w in words), dtype=np.uint64)


def candidate_sentences(parse, hashes: np.ndarray | frozenset[int]):
    """(sentence span, candidate token indices) for the event-bearing sentences that hold a token
    whose lemma or lowercase form the lexicon knows (`hashes`: their string ids, as trigger_hashes
    gives them, or a set of them): one pass over the document's columns."""
    sdoc = parse.doc
    if len(sdoc) == 0:
        return
    known = hashes if isinstance(hashes, (set, frozenset)) else frozenset(hashes.tolist())
    # a set test per token on the columns' lists: about half the cost of two bisections of the numpy columns
    # (searchsorted, a gather, a comparison each) for an article of a few hundred tokens
    hits = [i for i, (m, w) in enumerate(zip(column_list(sdoc, LEMMA), column_list(sdoc, NORM)))
            if m in known or w in known]
    if not hits:
        return
    starts = np.nonzero(column(sdoc, SENT_START) == 1)[0].tolist()
    if not starts or starts[0] != 0:
        starts.insert(0, 0)
    groups: dict[int, list[int]] = {}
    for i in hits:
        k = bisect.bisect_right(starts, i) - 1
        groups.setdefault(k, []).append(i)
    n = len(sdoc)
    for k, idxs in groups.items():
        a = starts[k]
        b = starts[k + 1] if k + 1 < len(starts) else n
        first = a
        while first < b and sdoc[first].is_space:
            first += 1
        if first >= b or parse.kind_at(sdoc[first].idx) not in EVENT_SECTIONS:
            continue
        yield token_span(sdoc, a, b), idxs


def _sentences(doc: Document, parse, lex, hashes: np.ndarray | frozenset[int], recaser=None):
    """(sentence, candidate token indices, Participants, time index) of every event-bearing
    sentence in document order; a headline in Title Case from a parse of its sentence-cased copy
    (headlines.py) when a Recaser is given."""
    heads = recaser.reparsed(parse, EVENT_SECTIONS) if recaser is not None else []
    sdoc, cities = parse.doc, coder.city_entities(doc)
    parts, times = coder.Participants(doc, sdoc, lex.noun_set, cities), _time_index(doc, sdoc)
    items = [(sent, idxs, parts, times) for sent, idxs in candidate_sentences(parse, hashes)
             if not any(h.start <= sent.start_char < h.end for h in heads)]
    for h in heads:
        hparts, htimes = coder.Participants(doc, h.doc, lex.noun_set, cities), _time_index(doc, h.doc)
        items += [(sent, idxs, hparts, htimes) for sent, idxs in candidate_sentences(h, hashes)
                  if sent.end_char > h.start]
    items.sort(key=lambda x: x[0].start_char)
    return items


def code_events(doc: Document, parse, lex, hashes: np.ndarray | frozenset[int] | None = None, skip: set[int] = frozenset(),
                recaser=None) -> list[Event]:
    """The document's events: each event-bearing sentence's candidates coded (_sentence_events), then the passes
    over the whole document that link, drop, merge and number them (_finished_events)."""
    quotes = _quote_spans(doc, parse)
    cities = place_countries(doc)  # (read once: the arguments' countries and the visits' destinations)
    swap = country_arguments(doc, cities)
    if hashes is None:
        hashes = trigger_hashes(lex, parse.doc.vocab.strings)
    events: list[tuple[Event, coder.Candidate]] = []
    for sent, idxs, parts, times in _sentences(doc, parse, lex, hashes, recaser):
        if sent.start_char in skip:
            continue  # discarded (petrarch_lists.py)
        cands = coder.find_candidates(sent, lex, parts, [sent.doc[i] for i in idxs])
        if cands:
            scope = _SentenceScope(doc, lex, sent, parts, times, quotes, cities, _trigger_types(cands))
            events += _sentence_events(_with_participants(cands, scope, swap), scope)
    return _finished_events(events, doc)


@dataclass
class _SentenceScope:
    """What each candidate of one sentence is coded against: the document's readings (quotes, the places'
    countries), the sentence's participants and times, its triggers' types, and what its candidates tell of
    each other (an act's content, the commitments kept, the candidates left after the combination)."""
    doc: Document
    lex: object
    sent: object
    parts: object
    times: object
    quotes: list
    cities: dict
    trigger_types: dict[int, str]
    contents: dict = None
    done: set = frozenset()
    kept: set = frozenset()


def _trigger_types(cands) -> dict[int, str]:
    """Each candidate's event type at its trigger and its anchor token (the factuality reading asks whether a
    governing word is a trigger, and of which type)."""
    trigger_types = {}
    for c in cands:
        # an accusation's content is alleged ("accused X of attacking"); a condemned attack happened
        t = c.sense.type if c.sense.type != "ACCUSE" or c.sense.mode == "allege" else "ACCUSE-disapprove"
        trigger_types[c.token.i] = trigger_types[c.anchor.i] = t
    return trigger_types


def _with_participants(cands, scope: _SentenceScope, swap) -> list:
    """The candidates that are acts, each with its source and target (a country's city standing for the
    country); an attacked unit's own trigger is dropped from the types the factuality reading sees."""
    trigger_types = scope.trigger_types
    attacked = [c for c in cands if _attacked_unit(c, trigger_types)]
    if attacked:  # "ambushed a police patrol": the patrol is who was attacked, no MOBILIZE of its own
        for c in attacked:
            trigger_types.pop(c.token.i, None)
            trigger_types.pop(c.anchor.i, None)
        cands = [c for c in cands if c not in attacked]
    scope.parts.triggers = trigger_types
    for c in cands:
        coder.attach_participants(c, scope.parts)
        c.source, c.target = _as_countries(c.source, swap), _as_countries(c.target, swap)
    return cands


def _sentence_events(cands, scope: _SentenceScope) -> list[tuple[Event, coder.Candidate]]:
    """The events of one sentence's candidates, each with the candidate it came from: what the candidates tell
    of each other read first (kept commitments, contents, targets, combinations, reports), then each coded."""
    cands, scope.done = _kept_commitments(cands, scope.parts, scope.trigger_types)
    scope.contents = _contents(cands)
    _targets_from_contents(cands, scope.contents)
    _purpose_targets(cands)
    if scope.lex.combination is not None:  # "agreed to meet" is one event, the codebook's 036
        cands = combine_complements(cands, scope.lex.combination)
    scope.kept = {id(c) for c in cands}  # (a complement combined into its verb is no content of its own)
    says = _reports(cands, scope)
    events = []
    for c in absorb(ordered_acts([c for c in cands if id(c) not in says and not _lacks_actor(c, scope)])):
        events += _candidate_events(c, scope)
    return events


def _targets_from_contents(cands, contents) -> None:
    """"threatened to launch an offensive against Iraq": the act's recipient is the threat's (unless it is
    the threat's own source)."""
    for c in cands:
        d = contents.get(id(c))
        if d is not None and not c.target and d.target and not set(d.target) & set(c.source):
            c.target = list(d.target)


def _purpose_targets(cands) -> None:
    """"imposed tariffs to punish China": a purpose names whom the act is aimed at."""
    for c in cands:
        if not c.target and not c.is_noun and c.sense.type not in PARALLEL_HEADS:
            c.target = _purpose_target(c, cands)


def _reports(cands, scope: _SentenceScope) -> set[int]:
    """The ids of the candidates that only report another ("Gondor said Mordor denounced Rohan": the sayer's
    target is the reported event, no actor in it), with a PETRARCH lexicon; a report codes nothing of its own,
    nor lends the event its content flags, so its trigger type is dropped."""
    says = reported_clauses(cands, scope.parts) if scope.lex.petr is not None else set()
    for c in cands:
        if id(c) in says:
            scope.trigger_types.pop(c.token.i, None)
    return says


def _lacks_actor(c, scope: _SentenceScope) -> bool:
    """A candidate its sense drops for want of an actor (a target, a source, a visit's destination), before
    absorption: such a trigger absorbs nothing ("two people were injured in a grenade blast" keeps the blast)."""
    return (c.sense.needs_target and not c.target and not _mutual(c)) or (c.sense.needs_source and not c.source) \
        or (c.sense.mode == "visit" and c.token.lemma_ in MOTION_VISITS
            and _no_visit(c, scope.parts, scope.cities, _source_sectors(c, scope)))


def _candidate_events(c, scope: _SentenceScope) -> list[tuple[Event, coder.Candidate]]:
    """The event one candidate codes (with its mirrors and a user's transforms), or none: its flags, its code
    (the sense's, made specific, recast as a statement), its date, place and actors."""
    flags, commitment = _event_flags(c, scope)
    type_, cameo, mode, settled = _coded_act(c, scope)
    type_, cameo, mode = _restated(c, scope, (type_, cameo, mode), settled, flags, commitment)
    type_, cameo, mode, rallied = _commitment_recoded(c, scope, (type_, cameo, mode))
    flags.discard("intent")
    date = _event_date(c, scope.times, scope.doc.published.value, scope.trigger_types)
    flags |= _dated_flags(c, type_, date, scope.doc.published.value)
    location = _event_place(c, scope.doc)
    if cameo == "040" and not c.dictionary and _third_place(c, scope.parts, scope.doc, location):
        cameo = "044"  # "met his counterpart in Mordor": CAMEO's meeting at a third location
    source, target = _event_actors(c, scope, (type_, cameo), location, rallied)
    if _no_record(c, scope, type_, source, target):
        return []
    ev = Event(
        id="", type=type_, mode=mode, context=list(c.sense.context), cameo=cameo,
        quad_class=quad_class(type_, cameo), goldstein=goldstein(cameo), source=source, target=target,
        date=date, location=location,
        evidence=trimmed_span(scope.doc.text, scope.sent.start_char, scope.sent.end_char),
        trigger=trimmed_span(scope.doc.text, c.start, c.end), flags=sorted(flags),
        confidence=_confidence(c, scope.trigger_types),
    )
    return _with_mirrors(ev, c, scope)


def _event_flags(c, scope: _SentenceScope) -> tuple[set[str], bool]:
    """The factuality flags of a candidate's event and whether it is a commitment: its clause's
    (clause_flags), then what the stage knows beyond the clause (a kept commitment, the verb governing an event
    noun, a quotation or another's report, a yes/no question, a pattern's own negation)."""
    flags, commitment = clause_flags(c.predicate, c.is_noun and c.predicate.i == c.anchor.i, scope.trigger_types)
    if id(c) in scope.done:  # "kept its promise to withdraw": done, no longer intended (_kept_commitments)
        flags -= UNDONE_FLAGS
        commitment = False
    if c.is_noun and c.predicate.i != c.anchor.i:  # an event noun some other verb governs
        flags |= _governed_noun_flags(c, scope.trigger_types)
    if _inside(scope.quotes, c.predicate.idx) or _reported_by_other(c, scope.parts):
        flags.add("reported")
    if yes_no_question(c.sent):
        flags.add("hypothetical")
    if c.negation_coded:
        flags.discard("negated")  # "didn't clash ... [904]": the pattern's code already says "not"
    return flags, commitment


def _governed_noun_flags(c, trigger_types) -> set[str]:
    """What the verb governing an event noun says of it: not held, a kind of act, planned, feared, or the
    content of an offer or a pledge."""
    flags = set()
    if not_done(c.predicate) or any(d.dep_ == "det" and d.lower_ == "no" for d in c.anchor.children):
        # "postponed the visit", "called off the strike": not held; "made no arrests", "held no
        # talks": the noun's own "no" (a light verb's object) says none took place
        flags.add("negated")
    if c.anchor.head.i == c.predicate.i and kind_of_act(c.anchor, c.predicate):
        flags.add("hypothetical")  # "tried to justify detention without charge": a kind of act, none done
    if c.predicate.lemma_.lower() in INTENT_OBJECT:
        flags |= {"future", "intent"}  # "is preparing a major offensive": not launched yet
    elif c.predicate.lemma_.lower() in FEARED_OBJECT:
        flags.add("hypothetical")  # "residents feared an attack": none yet
    elif CONTENT_FLAGS.get(trigger_types.get(c.predicate.i)):
        # "offered concessions", "pledged support": what an offer or a pledge names is its
        # content, not yet done
        flags.add(CONTENT_FLAGS[trigger_types[c.predicate.i]])
    return flags


def _coded_act(c, scope: _SentenceScope) -> tuple:
    """(type, CAMEO code, mode, the settlement code or None) of a candidate's act: its sense's, the mode read
    from cues, a joint operation or a rallied opposition recoded, then the code made specific (_specific_cameo)."""
    type_, cameo, mode = c.sense.type, c.sense.cameo, c.sense.mode
    if mode is None:
        mode = _mode_from_cues(c, scope.lex)
        if mode and (cameo == DEFAULT_CAMEO[type_] or c.sense.origin.startswith("cameo:") and len(cameo) <= 3):
            cameo = _appeal_or_demand(cameo, cameo_for(type_, mode))  # "spoke by phone": 041, not 040
    if type_ == "MOBILIZE" and not c.dictionary and len({scope.parts.country.get(e) for e in c.source} - {None}) > 1:
        # PLOVER manual, MOBILIZE: "joint military operations are coded as COOPERATE but
        # single-country exercises should be coded as MOBILIZE"
        type_, cameo, mode = "COOPERATE", "062", None
    if _rallies_opposition(c, scope.contents.get(id(c))):
        type_, cameo, mode = "ACCUSE", "113", "disapprove"
    cameo, settled = _specific_cameo(c, scope.parts, type_, cameo)
    return type_, _attempted_or_eased(c, cameo), mode, settled


def _specific_cameo(c, parts, type_: str, cameo: str) -> tuple[str, str | None]:
    """(the CAMEO code made specific by what the verb acts on, the settlement code or None): the kind of aid,
    accusation, presence, protest aim, investigation; a settlement agreed to or rejected; an assassination."""
    settled = None  # (the settlement code the object gives, which no content of it refines)
    if type_ == "AID" and cameo == "070":
        cameo = _aid_kind(c)  # "provided humanitarian aid": 073
    elif type_ == "ACCUSE" and cameo == "112" and not c.is_noun and parts.user_coded:
        cameo = _accusation_kind(c.token)  # "accused X of war crimes": 1124
    elif type_ == "ACCUSE" and (cameo == "112" or cameo == "111" and c.token.lemma_.lower() in ACCUSING) \
            and not c.is_noun:
        # the codebook's acts of aggression and its "blame for" too; not between a PETRARCH user's actors,
        # whose own records follow PETRARCH2's BLAME block (gold/petrarch_records_*: "accused Mordor of
        # violating the ceasefire" 112, "condemned Mordor for attacking" 111)
        cameo = _accusation_kind(c.token, CODEBOOK_ACCUSATIONS, ("of", "with", "for"))
    elif type_ == "SANCTION" and cameo == "162":
        cameo = {"071": "1621", "072": "1622", "073": "1623"}.get(_aid_kind(c), cameo)  # "halted economic aid"
    elif cameo in ("166", "086") and not c.is_noun and _presence_kind(c.token, cameo == "166"):
        # "expelled the aid agencies": 1663, "admitted the inspectors": 0862
        cameo += _presence_kind(c.token, cameo == "166")
    elif type_ == "PROTEST" and cameo in PROTEST_ROOTS:
        cameo = _protest_aim(c, cameo)  # "hunger strike to demand the release of X": 1423
    elif _settling_category(type_, cameo) and not c.is_noun and not c.dictionary and _settlement(c.token):
        # "rejected the African Union's peace plan": CAMEO 127; "accepted a formula for ending the
        # dispute": 037 (a user's verb dictionary's code stands as given: its "accepted a peace proposal" 030)
        cameo = settled = SETTLEMENT_CODES[type_]
    elif type_ == "ACCUSE" and cameo in ("090", "091"):
        cameo = _investigation_kind(c.token) or cameo  # "an inquiry into war crimes": 094
    elif type_ == "ASSAULT" and cameo[:2] in ("18", "19") and cameo != "185" and not c.is_noun \
            and _prominent_killed(c.token):
        cameo = "186"  # "gunmen killed the deputy governor": an assassination (the mode, how, stays)
    return cameo, settled


def _attempted_or_eased(c, cameo: str) -> str:
    """An assassination attempted ("attempted to assassinate": CAMEO's 185) or what was eased ("relaxed the
    curfew": 0813, "relaxed martial law": 0814)."""
    if cameo == "186" and _attempted(c):
        cameo = "185"
    elif cameo == "081" and not c.is_noun:
        cameo = _eased_kind(c.token) or cameo
    return cameo


def _restated(c, scope: _SentenceScope, coded: tuple, settled, flags: set[str], commitment: bool) -> tuple:
    """(type, CAMEO code, mode) with an announced, promised or refused act recast as the statement it is
    (recast), the statement's code refined by what is stated (_stated_cameo); a user dictionary's demand, appeal
    or threat refined by its finite clause or object."""
    type_, cameo, mode = coded
    if not c.dictionary and type_ is not None and not _object_of_trigger(c, scope.trigger_types) \
            and not _others_act(c, scope.parts):
        # (a user's PETRARCH dictionary codes intentions with its own patterns; what another
        # trigger acts on, "rejected an offer from Egypt", is that act's object, not a statement)
        type_, cameo, mode = recast(type_, cameo, mode, flags, commitment)
        if settled != cameo and type_ == c.sense.type and len(cameo) <= 3:
            # (a settlement agreed to or rejected, 037 or 127, is the whole of what is agreed to, not a
            # step of it; a four-digit code already says what)
            cameo = _stated_cameo(c, scope, type_, cameo)
    elif len(cameo) <= 3 and id(scope.contents.get(id(c))) in scope.kept:
        # a dictionary's demand, appeal or threat of a finite clause or an object ("demanded
        # that X withdraw": 105 -> 1056), which the to-infinitive combination does not reach
        d = scope.contents[id(c)]
        cameo = parallel_code(cameo, _truce(d) or d.sense.cameo) or cameo
    return type_, cameo, mode


def _stated_cameo(c, scope: _SentenceScope, type_: str, cameo: str) -> str:
    """A statement's code made specific by what is stated: its content candidate's act, or (with none) a
    complement our lexicon codes nothing in, read by CAMEO.2.0's patterns."""
    d = scope.contents.get(id(c))
    if d is not None:
        content = _truce(d) or d.sense.cameo or cameo_for(d.sense.type, d.sense.mode or _mode_from_cues(d, scope.lex))
        content = _aid_kind(d) if content == "070" and d.sense.type == "AID" else content
        # "agreed to provide military aid": 0332; "urged them to halt their protest" (the noun is the
        # content, its verb coding nothing): 0252, not the protest's own row
        return parallel_code(cameo, _dissent_eased(c.token)) or parallel_code(cameo, content) \
            or parallel_code(cameo, _proposal_code(c.token, scope.lex, scope.parts)) \
            or parallel_code(cameo, _institutional(c.token)) or cameo  # ("rejected an offer to X": X)
    if type_ in PARALLEL_HEADS and not c.is_noun:
        return parallel_code(cameo, _dissent_eased(c.token)) \
            or parallel_code(cameo, coder.complement_code(c.token, scope.lex, scope.parts)) \
            or parallel_code(cameo, _proposal_code(c.token, scope.lex, scope.parts)) \
            or parallel_code(cameo, _policy_change(c.token)) \
            or parallel_code(cameo, _resources_given(c.token, type_)) \
            or parallel_code(cameo, _institutional(c.token)) or cameo
    return cameo


def _commitment_recoded(c, scope: _SentenceScope, coded: tuple) -> tuple:
    """(type, CAMEO code, mode, the rallied target or []): a vow to use force is a threat, a call to rally
    for someone is support of them (not for a user's dictionary, whose own patterns code both)."""
    type_, cameo, mode = coded
    vowed = _vowed_force(c, scope.contents.get(id(c))) if not c.dictionary and type_ == "AGREE" else None
    if vowed:
        type_, cameo, mode = vowed  # "vowed to impose tariffs on X": a threat (1312), no AGREE
    rallied = _rallied_for(c, scope.contents.get(id(c))) if not c.dictionary and type_ == "REQUEST" else []
    if rallied:
        type_, cameo, mode = "SUPPORT", "053", None
    return type_, cameo, mode, rallied


def _dated_flags(c, type_, date, doc_date) -> set[str]:
    """The flags the event's date gives (future, historical), counted from publication."""
    dated = date_flags(date, doc_date)
    if "future" in dated and _told_in_past(c):
        # "The following day, the base came under fire": a time resolved after the article
        # in a past-tense telling is counted from the story's own time, not publication
        dated.discard("future")
    if type_ != c.sense.type:
        dated.discard("future")  # "will visit Albania in June": the intent is stated now (AGREE)
    return dated


def _event_actors(c, scope: _SentenceScope, coded: tuple, location, rallied) -> tuple[list, list]:
    """(source, target): the candidate's own, else read from the site, the place, the content or the crowd."""
    type_, cameo = coded
    doc = scope.doc
    # an announced, promised or refused act ("will extend the curfew in Abidjan", "will lift the
    # curfew in Abidjan": THREATEN, AGREE, REJECT) aims where the act itself would
    restated = type_ in RECAST_TYPES and type_ != c.sense.type
    target = rallied or c.target or _site_target(c, type_, scope.parts) or ([] if _mutual(c) else _place_target(
        c.sense.type if restated else type_, c.source, location, doc,
        (c.sense.cameo if restated else cameo) or "")) \
        or _content_place_target(c, scope.contents.get(id(c)), doc)
    source = c.source or _place_source(type_, cameo or "", target, location, doc) \
        or _crowd_source(c, type_, target, location, doc)
    return source, target


def _no_record(c, scope: _SentenceScope, type_, source, target) -> bool:
    """Whether a coded candidate makes no event after all: a danger, a state, a region's act, a view shared, a
    backdrop with no one acting, or an untyped event with no dyad."""
    if not c.source and type_ == "THREATEN" and c.sense.type == "THREATEN" and _danger_of(c):
        return True  # "the threat of an invasion hung over the talks": a danger, no one threatening
    if _reduced_relative(c):
        return True  # "freed four aid workers held captive": the workers' state, told as the release's
    if _regional_side(c, scope.parts):
        return True  # "The West condemned Russia", "accused the West of": PLOVER codes no event of a region
    if _opinion_agreed(c):
        return True  # "agreed that the treaty was flawed": a view shared, no act agreed to
    if not source and _background(c, bool(target), scope.trigger_types):
        return True  # "agreed to a ceasefire after two days of fighting": no one's act, no record
    # an untyped event is the user's dictionary's, which PETRARCH codes as dyads only ("Russia said ..." with
    # no one addressed is no CAMEO.2.0 SAY [010] of its own)
    return type_ is None and not (source and target)


def _with_mirrors(ev: Event, c, scope: _SentenceScope) -> list[tuple[Event, coder.Candidate]]:
    """The event with its mirror (the other side's act it implies) and a user dictionary's `~` transforms."""
    events = [(ev, c)]
    if ev.type == c.sense.type:  # (an announced or refused act is one actor's statement)
        mirrors = [(m, c) for m in mirrored(ev, c)]
        if mirrors and _hosted(c):
            events = mirrors + events  # "received a visit from X": the host's 043 first, as
            # CAMEO.2.0's OBTAIN `* ENVOY` [043:042] tells "received an envoy from X"
        else:
            events += mirrors
    if c.dictionary and scope.lex.petr is not None and scope.lex.petr.transforms:  # the user's `~` lines
        events += [(t, c) for t in transformed(ev, c, scope.lex.petr, scope.parts, scope.doc.text)]
    return events


def _finished_events(events: list[tuple[Event, coder.Candidate]], doc: Document) -> list[Event]:
    """The document's events after the passes that need every sentence's: repression linked, details and
    asides dropped, backdrops flagged, subsumed acts and restatements merged; then numbered and given targets
    and ACLED readings."""
    _link_repression(events)
    events = _without_anonymous_details(events)
    events = _without_actorless_objects(events)
    events = _without_causes_of_reactions(events)
    events = _without_relative_asides(events)
    _flag_backdrops(events)
    return _numbered(_merged(events), events, doc)


def _merged(events: list[tuple[Event, coder.Candidate]]) -> list[Event]:
    """The events left once an act another subsumes is dropped and a restatement merged into what it restates."""
    kept = drop_subsumed([e for e, _ in events], {id(e) for e, c in events if _own_clause_verb(c)})
    kept_ids = {id(k) for k in kept}
    return merge_restatements(kept, {id(e) for e, c in events if _anaphoric(c) and id(e) in kept_ids},
                              {id(e) for e, c in events if _referred_back(c) and id(e) in kept_ids})


def _numbered(merged: list[Event], events: list[tuple[Event, coder.Candidate]], doc: Document) -> list[Event]:
    """The kept events numbered in order, each with a domestic target where it has none and its ACLED reading."""
    told = [e for e, _ in events]  # (every act the sentence tells bounds a clause, a detail dropped or not)
    coded_by_user = {id(e) for e, c in events if c.dictionary}  # (PETRARCH codes dyads the text names)
    merged_ids = {id(m) for m in merged}
    reported = [(e, c) for e, c in events if id(e) in merged_ids]  # (each kept act with its parse: acled_for)
    for i, ev in enumerate(merged, 1):
        if not ev.target and id(ev) not in coded_by_user:  # (after merging: "raided ... and arrested five")
            ev.target = _domestic_target(ev.type, ev.cameo or "", ev.source, doc)
        ev.id = f"ev{i}"
        ev.acled = acled_for(ev, doc, told, reported)
    return merged


DANGER_NOUNS = frozenset({"threat", "warning"})

# A commitment to act, and the verbs that say it was kept: "kept/honoured/fulfilled/carried out its promise to X",
# "made good on / followed through on / delivered on / acted on its threat to X", "lived up to its pledge to X"
COMMITMENT_NOUNS = frozenset({"promise", "pledge", "threat", "vow", "commitment", "undertaking", "warning"})
KEEPING_OBJECT = frozenset({"keep", "honour", "honor", "fulfil", "fulfill", "implement", "execute", "redeem", "carry"})
KEEPING_PREP = {"on": frozenset({"make", "follow", "deliver", "act"}), "to": frozenset({"live"})}
# a keeping verb that says "kept" only with its particle or complement ("carried out", "made good on", "followed
# through on", "lived up to"): "carried its promise", "made on its threat" say nothing of the kind
KEEPING_WITH = {"carry": "out", "make": "good", "follow": "through", "live": "up"}
UNDONE_FLAGS = frozenset({"future", "hypothetical", "intent"})


def _kept_commitments(cands, parts, trigger_types: dict) -> tuple[list, set[int]]:
    """(the candidates without the commitment nouns kept, ids of the acts those commitments named). A promise,
    pledge, threat or vow that is kept tells its act as done ("Kidnappers kept their promise to kill a store owner",
    "the army followed through on its threat to shell the camps"): the PLOVER manual's AGREE and THREATEN are
    commitments to future action, the act carried out is coded as the act itself (ASSAULT "refers to military
    occupations that have been or are being carried out"). So the act is asserted, its doers the keeper's when it
    names none, and the commitment noun codes no AGREE or THREATEN of its own. Only when the keeping is itself told
    as done: "will keep its promise to withdraw", "did not keep its promise" leave both as they are."""
    nouns = {c.token.i: id(c) for c in cands if c.is_noun}
    done, kept_nouns = set(), set()
    for c in cands:
        kept = _kept_commitment(c.token)  # (None for a noun: it has no to-infinitive)
        if kept is None:
            continue
        verb, noun = kept
        if clause_flags(verb, False, trigger_types)[0]:
            continue  # "will keep its promise", "failed to keep its promise"
        if not c.source:  # the keeper does what it promised
            c.source = [e for s in coder.subjects(verb) for e in parts.resolve(s)]
        done.add(id(c))
        kept_nouns.add(nouns.get(noun.i))
    return [c for c in cands if id(c) not in kept_nouns], done


def _kept_commitment(v):
    """(the keeping verb, the commitment noun) when the to-infinitive `v` names the act of a kept commitment: on
    the noun ("kept their promise to kill", acl) or, as the parser often hangs it, on the keeping verb ("carried
    out their threat to bomb", advcl), else None."""
    if not to_marked(v) or v.head.i == v.i:
        return None
    head = v.head
    if v.dep_ == "acl" and head.lemma_.lower() in COMMITMENT_NOUNS:
        verb = _keeping_verb(head)
        return (verb, head) if verb is not None else None
    if v.dep_ == "advcl" and head.pos_ == "VERB":
        for noun in head.children:
            for n in coder.pobjs(noun) if noun.dep_ == "prep" else [noun]:
                if n.lemma_.lower() in COMMITMENT_NOUNS and getattr(_keeping_verb(n), "i", None) == head.i:
                    return head, n
    return None


def _keeping_verb(noun):
    """The verb that says the commitment `noun` was kept ("kept [its promise]", "made good on [its threat]"), or
    None."""
    if noun.dep_ == "dobj":
        verb = noun.head
        ok = verb.lemma_.lower() in KEEPING_OBJECT
    elif noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.i != noun.head.i:
        verb = noun.head.head
        ok = verb.lemma_.lower() in KEEPING_PREP.get(noun.head.lower_, ())
    else:
        return None
    need = KEEPING_WITH.get(verb.lemma_.lower())
    if not ok or need and not any(k.lower_ == need for k in verb.children):
        return None
    return verb


def _danger_of(c) -> bool:
    """A threat or warning noun with an "of" phrase ("the threat of an invasion", "the threat of war", "warnings
    of a fresh attack"): with no one named as threatening (the caller asks: no source), English uses it for a
    danger, not an act of threatening. A threatener named inside the phrase ("the threat of sanctions by the
    EU", "the threat of Iran's retaliation") or before it ("Iran's threat of retaliation") makes it an act."""
    if not c.is_noun or c.anchor.lemma_.lower() not in DANGER_NOUNS:
        return False
    objs = [p for k in c.anchor.children if k.dep_ == "prep" and k.lower_ == "of" for p in coder.pobjs(k)]
    return bool(objs) and not any(k.dep_ in ("poss", "agent") or (k.dep_ == "prep" and k.lower_ == "by")
                                  for p in objs for k in p.children)


# prepositions after a verb of attack that name what it hits ("fired on a patrol", "shot at a convoy")
HIT_PREPS = frozenset({"on", "at", "against", "upon"})


def _attacked_unit(c, trigger_types: dict) -> bool:
    """An event noun of MOBILIZE ("patrol") that an ASSAULT verb of the sentence acts on, as its object, its
    passive subject or its "on"/"at" phrase ("insurgents ambushed a police patrol", "a patrol was attacked",
    "gunmen fired on an army patrol"): the noun names the unit that was attacked, not a mobilisation
    (PLOVER codes the attack, the patrol its recipient)."""
    if not c.is_noun or c.sense.type != "MOBILIZE":
        return False
    slot = coder.event_slot(c.anchor)
    head = slot.head
    if slot.dep_ in ("dobj", "nsubjpass"):
        return trigger_types.get(head.i) == "ASSAULT" and head.i != c.token.i
    return slot.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in HIT_PREPS \
        and trigger_types.get(head.head.i) == "ASSAULT"


AGREEING = frozenset({"agree", "concur"})


def _opinion_agreed(c) -> bool:
    """(s41-plovdet) "agree that such deals are problematic", "agreed with Poland that the pipeline posed a risk":
    agreeing with a view, a finite clause of what is or was, commits no one to an act. PLOVER's AGREE is agreeing
    to do something (CAMEO 03, intent to cooperate); a shared opinion is a statement, no event. A course agreed
    stays AGREE: an object or a to-phrase ("agreed to talks", "agreed on a truce"), a modal or an "is to" in the
    clause ("agreed that the crossing would reopen", "that talks should resume", "that the envoy is to return"),
    a subjunctive ("agreed that the troops be withdrawn")."""
    if c.dictionary or c.is_noun or c.sense.type != "AGREE" or c.token.lemma_.lower() not in AGREEING:
        return False
    kids = list(c.token.children)
    if any(k.dep_ in ("xcomp", "dobj") or (k.dep_ == "prep" and k.lower_ in ("to", "on", "upon")) for k in kids):
        return False
    # (a clause before the verb is the parser's misreading of the sentence's front: "The deadline marks the point
    # ..., part of an alliance agreed in 2000")
    clauses = [k for k in kids if k.dep_ == "ccomp"]
    return bool(clauses) and all(v.i > c.token.i and _states(v) for v in clauses)


def _states(v) -> bool:
    """Clause verb `v` tells what is or was: finite in the indicative (its own or an auxiliary's present or past
    tag) with no modal and no "is to"."""
    auxes = [a for a in v.children if a.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in MODAL_AUX for a in auxes) or any(k.dep_ == "xcomp" and to_marked(k) for k in v.children):
        return False
    return any(t.tag_ in ("VBZ", "VBP", "VBD") for t in [v, *auxes])


def _regional_side(c, parts) -> bool:
    """One side of c is named only by regional or global constructs ("The West", "Western governments", "Gulf
    states", "the international community": syntax.regional_construct), as its argument heads, as the actors
    they resolve to ("rejected criticism from Western countries"), as the from- or by-phrase of an argument noun
    ("rejected criticism from the West", _regional_token) or, with no recipient found, as the verb's
    object ("accused the West of hypocrisy"): the PLOVER manual ("Country Names") gives them no country and
    codes no event involving them. Not a user's coding: a PETRARCH dictionary may code the region (a user verb
    pattern, or an actor its actor dictionary lists)."""
    if c.dictionary:
        return False
    for toks, ents in ((c.source_tokens, c.source), (c.target_tokens or [k for k in c.token.children
                                                                        if k.dep_ == "dobj" and not c.is_noun],
                                                     c.target)):
        if any(e in parts.user_coded for e in ents):
            continue
        if (toks and all(_regional_token(t) for t in toks)) or (ents and all(
                _names_region(e, c.sent, parts) for e in ents)):
            return True
    return False


def _regional_token(tok) -> bool:
    """An argument head that is a regional construct, or a noun whose from-, by- or of-phrase is one (what a region
    did: "rejected criticism from the West", "pressure by Western governments", "the demands of the Gulf states";
    or what was done to one, "the treatment of Gulf states": either way the region is the other party)."""
    return regional_construct(tok) or (tok.pos_ == "NOUN" and any(
        regional_construct(p) for k in tok.children if k.dep_ == "prep" and k.lower_ in ("from", "by", "of")
        for p in k.children if p.dep_ == "pobj"))


def _names_region(eid: str, sent, parts) -> bool:
    """Every word of the sentence naming actor `eid` is in a regional construct's phrase ("Western" of "Western
    countries")."""
    heads = []
    doc, named = sent.doc, parts.tok2ent
    for i in range(sent.start, sent.end):  # (by index: a Token only for the actor's own words)
        if named.get(i) == eid:
            t = doc[i]
            while t.dep_ in ("amod", "compound") and t.head.i != t.i:
                t = t.head
            heads.append(t)
    return bool(heads) and all(regional_construct(t) for t in heads)


def _without_anonymous_details(events: list[tuple]) -> list[tuple]:
    """(event, candidate) pairs less the events naming no one, neither actor nor recipient, told in a
    subordinate clause (relative, adverbial, purpose, complement) of a sentence whose other clause
    tells an act that names someone: a PLOVER record needs an actor (manual, "Required entities"),
    and such an act is the named act's purpose, result or detail ("hosted the prime minister for a
    meeting aimed at establishing close relations", "campaigned so that the marriages are banned",
    "observers who were taken hostage"), as _background reads a backdrop naming no one. Kept: an
    event in the clause of a named act ("police are investigating a shooting": the shooting is
    what they act on), in a main or coordinated clause, in a sentence that names no one, and a
    user dictionary's events."""
    named = {(c.sent.start, _clause_verb(c).i) for e, c in events if e.source or e.target}
    sents = {s for s, _ in named}
    return [(e, c) for e, c in events if e.source or e.target or c.dictionary or c.sent.start not in sents
            or (c.sent.start, _clause_verb(c).i) in named or not _subordinate(_clause_verb(c))]


def _without_actorless_objects(events: list[tuple]) -> list[tuple]:
    """(event, candidate) pairs less the event nouns that name no actor and are the direct object of another
    act of the sentence whose actor and recipient are named ("Pakistan condemned the arrest of India's
    opposition leader", "Venezuela denounced the sanctions of the United States", "Armenia welcomed the release
    of Azerbaijan's prisoners"): the PLOVER manual ("Required entities") codes no event without an explicit,
    named actor, and the other party the noun names is already the reaction's recipient. Kept: a noun whose
    actor is named ("condemned Pakistan's arrest of Indian fishermen"), one framed by a verb that codes nothing
    or names no recipient, a flagged act, a user dictionary's."""
    heads = {c.token.i for e, c in events if e.source and e.target and not c.is_noun}
    return [(e, c) for e, c in events if e.source or e.flags or c.dictionary or not c.is_noun
            or c.anchor.dep_ != "dobj" or c.anchor.head.i not in heads or c.anchor.head.i == c.anchor.i]


def _without_causes_of_reactions(events: list[tuple]) -> list[tuple]:
    """(event, candidate) pairs less the acts a reaction of the sentence answers: an event noun in a
    phrase of cause on another event's trigger ("complained to the UN over two Israeli air raids", "a
    hunger strike in protest of the government's refusal", "expelled the envoy in retaliation for
    X's raid") whose doers that event names as its recipient. The sentence's news is the reaction,
    and the act it answers is in it already, as the reaction's recipient (PLOVER records the
    complaint, ACCUSE Lebanon -> Israel). The act's own complement goes with it ("the refusal to
    accept": one act). Kept: what another event acts on or names through any other phrase ("condemned
    the German attack", "accused X of bombing", "conceded to demands from X", "talks with the rebels
    responsible for the attack"), a cause whose doers are not the reaction's recipients ("closed the
    border because of fighting between A and B"), a flagged act, a user dictionary's."""
    by_token: dict[int, list] = {}
    for e, c in events:
        for i in {c.token.i, c.anchor.i}:
            by_token.setdefault(i, []).append((e, c))
    above = {id(c): _governing(c, by_token) for e, c in events}
    answered = {id(c) for e, c in events if not c.dictionary and e.source and not e.flags and above[id(c)][1]
                and any(set(e.source) <= set(g.target) and not set(g.source) & set(e.source)
                        for g, _ in above[id(c)][0])}
    answered |= {id(c) for e, c in events if not above[id(c)][1] and any(id(g) in answered for _, g in above[id(c)][0])}
    return [(e, c) for e, c in events if id(c) not in answered]


def _without_relative_asides(events: list[tuple]) -> list[tuple]:
    """(event, candidate) pairs less the events told in a relative clause that says what was done
    to a participant of another act of the sentence that names someone, the relative pronoun its
    object or passive subject ("tortured refugees, whom authorities blame for the conflict",
    "released the reporter, who had been detained for a day", "opened its borders to peacekeepers
    who are deployed to oversee a ceasefire between A and B"), or its reduced form ("granted asylum
    to officers holed up in its embassy since the US invasion"), and the events of an apposition
    on such a participant ("Pakistan, a US ally in the war against the Taliban, refused ...").
    Such a clause says who that participant is, a presupposed aside; the sentence's news is the act
    it takes part in (PLOVER records that act). Kept: a clause whose pronoun is its doer ("arrested the men who attacked
    the embassy": session 7 codes their act), a clause on an event noun, which tells that event
    itself ("an attack that killed twelve"), a clause on a noun no act of the sentence governs
    ("the reporter, who was detained for a day, said ..."), or on a participant of a backdrop
    ("captured the town after fighting with rebels whom the army had expelled": the backdrop is
    not the news either, _backdrop), a flagged act, a user dictionary's."""
    triggers = {i for _, c in events for i in (c.token.i, c.anchor.i)}
    named = {i for e, c in events if (e.source or e.target) and not _backdrop(c, triggers)[1]
             for i in (c.token.i, c.anchor.i)}
    return [(e, c) for e, c in events if c.dictionary or e.flags or not _relative_aside(c, named, triggers)]


# prepositions that set an event noun before the act they hang on ("met following Russia's invasion",
# "has delivered aid since the army's withdrawal"), and nouns that do so after "in" ("in the wake of X")
PRIOR_PREPS = frozenset({"after", "following", "since"})
PRIOR_NOUNS = frozenset({"wake", "aftermath"})


def _flag_backdrops(events: list[tuple]) -> None:
    """Flag `historical` the event nouns told as the backdrop of another act of the sentence (_backdrop_noun):
    the PLOVER manual's auxiliary mode for an event told as the setting of the news ("historical: During the
    decolonization struggle, Angolan forces ..."), which the sentence does not report as news of its own, even
    naming its doers ("met following Russia's invasion of Ukraine", "imposed sanctions because of the
    government's crackdown"), and the acts of restrictive relative clauses (_restrictive_relative: "Arabs who have
    spurned him", "fighting with guerrillas who overran it", which _background keeps for naming its doers). The event
    stays in the output, flagged, as a negated or future one does; an actorless one was dropped already
    (_background). A user dictionary's events keep their own coding."""
    by_token: dict[int, list] = {}
    for e, c in events:
        for i in _act_tokens(c):
            by_token.setdefault(i, []).append(c)
    for e, c in events:
        if not c.dictionary and (_backdrop_noun(c, by_token) or _prior_clause(c, by_token)
                                 or _restrictive_relative(c, by_token) or _identifying_phrase(c, by_token)):
            e.flags = sorted(set(e.flags) | {"historical"})


def _backdrop_noun(c, by_token: dict, seen: frozenset = frozenset()) -> bool:
    """c is an event noun, or a verb standing in a phrase for one (a gerund, "after weeks of shelling by X", a
    passive one, "in retaliation for being ambushed", a participle, "after a vote condemning X"), in a phrase of
    prior time or of cause (_backdrop_prep) hanging on the nearest other trigger above it, through nouns and
    prepositions ("after weeks of fighting", "in the wake of X's shelling", "because of the crackdown") and
    verbs or copulas that tell no act ("because of reports describing X", "after being the subject of X"). With
    no trigger above, the phrase sets the main clause, whatever its verb ("oil prices climbed after Russia's
    invasion", "New Zealand said ... in response to U.S. missile attacks"): whether our lexicon codes that verb is
    no property of the sentence (CAMEO codebook 192: "have retaken a strategic village ... after fierce fighting
    with guerrillas" codes the retaking alone), unless that clause tells the act's toll (_toll_clause: "six
    villagers were found dead after an attack by X": the attack told by its victims, the news). A verb
    with a to-infinitive or a modal tells an act decided, planned or feared, no setting ("in response to X's
    decision to launch an offensive"): the climb stops there (_unrealised), unless the phrase is one of prior time,
    which sets the act above whatever it hangs on (_prior_time: "to forestall violence after a week of unrest"). An
    act reached with no backdrop phrase on the way is the one c belongs to (its object, aim or content): c is a
    backdrop if that act is one ("after a protest against the arrest of their leader": the arrest too)."""
    if not (c.is_noun or c.token.dep_ == "pcomp" or c.token.tag_ == "VBG"):
        return False
    node, prep = (c.anchor if c.is_noun else c.token), None
    for _ in range(8):
        head = node.head
        if head.i == node.i:  # the root reached: a phrase of prior time or cause on the main clause
            return prep is not None and not _toll_clause(node)
        if _unrealised(head) and not _prior_time(prep) and not any(g is not c for g in by_token.get(head.i, ())):
            return False
        if _backdrop_prep(head) and not (head.lower_ == "in" and node.i == c.anchor.i):
            prep = head  # (the noun of "in protest at X" is that phrase's own, the aim, not its backdrop)
        node = head
        above = [g for g in by_token.get(node.i, ()) if g is not c]
        if above and not _answer_noun(node):
            if prep is None:  # c is that act's own (its object, aim, content): a backdrop if that act is one
                # (an act asked is not asked again: a light verb above c may be reached from below c's phrase)
                return any(_backdrop_noun(g, by_token, seen | {id(c)}) for g in above if id(g) not in seen)
            return prep.head.i == node.i or (_prior_time(prep) and _clause_of(prep.head, node))
    return False


def _clause_of(verb, act) -> bool:
    """`verb` heads an adverbial or participle clause hung on `act` ("granted asylum to officers holed up since X",
    parsed as a clause of "granted"; "remained on alert to forestall violence after X")."""
    return verb.pos_ in ("VERB", "AUX") and verb.dep_ in ("advcl", "acl", "xcomp") and verb.head.i == act.i


def _prior_time(prep) -> bool:
    """`prep` opens a phrase of prior time ("since last month's invasion", "after a week of unrest", "in the wake
    of X"): its event came before whatever verb the phrase hangs on, by the words alone, so it is the setting of the
    act above even when the parser hangs the phrase on a verb that tells no act ("officers holed up since the
    invasion") or on the act's aim ("to forestall violence after a week of unrest"). A phrase of cause ("because
    of", "over") says so only of the act it hangs on."""
    if prep is None:
        return False
    return prep.lower_ in PRIOR_PREPS or (prep.lower_ == "in" and any(o.lemma_.lower() in PRIOR_NOUNS
                                                                        for o in coder.pobjs(prep)))


# a main clause telling the harm an act did: its verb ("three soldiers died after an ambush") or the state it left its
# subject in ("were found dead after an attack")
TOLL_VERBS = frozenset({"die", "perish", "kill", "wound", "injure", "hurt", "destroy", "damage"})
TOLL_STATES = frozenset({"dead", "wounded", "injured", "hurt", "missing", "homeless"})


def _toll_clause(verb) -> bool:
    """`verb`'s clause tells the toll of the event a phrase on it names: people dead, hurt or missing, things
    destroyed ("six villagers were found dead after an attack by X", "three soldiers died after an ambush"). Such a
    clause reports the act through its victims, as casualty reports do, so the act is the sentence's news, not its
    setting; a clause telling anything else after it ("oil prices climbed after X's invasion") is set by it."""
    return verb.lemma_.lower() in TOLL_VERBS or any(k.dep_ in ("oprd", "acomp") and k.lower_ in TOLL_STATES
                                                    for k in verb.children)


# what may open a non-restrictive clause or apposition: the mark before it that sets it off from its noun
SETTING_OFF = frozenset({",", "(", "-", "--", "\u2014", "\u2013", ";", ":"})


def _restrictive_relative(c, by_token: dict) -> bool:
    """c is told inside a restrictive relative clause on a noun or pronoun that is no trigger ("Arabs who have
    spurned him", "a store owner they took hostage", "those who say that X"): such a clause, with no comma before it, says WHICH people or things the sentence means,
    by an act it takes as known, so the act is the setting of the sentence's news, not news of its own (PLOVER's
    auxiliary mode `historical`; gold/plover_wire.md: "a backdrop act in a relative or nominal clause is left out").
    A clause set off by a comma ("civilians, who slaughtered mainly Tutsis") asserts its act and stays, as does a
    clause on an event noun, which tells that event ("an attack that killed twelve"), a to-infinitive ("a deal to
    supply X": what is planned) or a "that" clause of content, and a clause in a sentence the parser rooted in no
    verb (a headline's "Gunmen who stormed a school": the news itself)."""
    clause = _relative_clause_of(c)
    if clause is None or clause.head.i in by_token or sentence_of(clause).root.pos_ not in ("VERB", "AUX"):
        return False
    before = clause.left_edge.i - 1
    return before < 0 or clause.doc[before].text not in SETTING_OFF


# nouns that tell an event's phase, so that the event in their of-phrase is what they report ("the resumption
# of talks", "the outbreak of fighting", "the collapse of talks"), as a measure noun counts one out
# (coder.MEASURE_NOUNS); a phase that ends the act is as much news of it as one that starts it
PHASE_NOUNS = frozenset({"start", "beginning", "resumption", "continuation", "outbreak", "launch", "renewal",
                         "escalation", "end", "conclusion", "completion", "collapse", "breakdown", "failure",
                         "suspension", "halt"})
# what an of-phrase's owner may be and still leave its event the news (_identifying_phrase)
_NEWS_OWNERS = coder.EVENT_HEADS | coder.MEASURE_NOUNS | PHASE_NOUNS


def _identifying_phrase(c, by_token: dict) -> bool:
    """c's event noun is the object of an of-phrase on a noun that tells no event ("the victims of the rocket
    attacks", "the site of the bombing", "a video of the arrest"): the phrase says WHICH people or things
    the sentence means by an act it takes as known, as a restrictive relative clause does (_restrictive_relative),
    so the act is the setting of the news, not news of its own (PLOVER's auxiliary mode `historical`;
    gold/plover_wire.md: "a backdrop act in a relative or nominal clause is left out"). A noun that is a trigger
    or an event itself (coder.EVENT_HEADS: "a campaign of attacks"), measures the event out (coder.MEASURE_NOUNS:
    "ten days of war games") or tells its phase (PHASE_NOUNS) leaves it the news; so does a phrase on a verb
    ("put under investigation") or an adjective. Only "of", the noun's own complement: a noun's phrase with another
    preposition may tell the content its act is about ("a complaint about X"; every preposition lost a right event
    on a CHECK half, docs/accuracy.md "Session 47, s47-extra")."""
    if not c.is_noun:
        return False
    node = c.anchor
    while node.dep_ == "conj" and node.head.i != node.i:  # "victims of bombings and attacks": the list's phrase
        node = node.head
    prep = node.head
    if node.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ != "of":
        return False
    owner = prep.head
    return owner.pos_ == "NOUN" and owner.i not in by_token \
        and owner.lemma_.lower() not in _NEWS_OWNERS


def _relative_clause_of(c):
    """The nearest relative clause (relcl) above c's trigger that hangs on a noun or pronoun; None when there is
    none, or when that clause is no relative one (_content_clause). A participle on a noun (acl) is no such clause
    here. A present one on a noun of saying tells what was said ("issued a declaration demanding that X"), the
    statement's own act. A past one ("groups supported by Tehran", "extremists opposed to the truce") often tells a
    standing relation rather than a past act, and flagging it changed one of the sample article's events, which
    issue 11 requires to come out as before (the lead, session 42: on the honest sets' CHECK halves the clause
    alone gives the whole rule's gain; docs/accuracy.md "Session 42, s42-wire")."""
    node = c.anchor
    while node.head.i != node.i:
        if node.dep_ == "relcl":
            return node if node.head.pos_ in ("NOUN", "PROPN", "PRON") and not _content_clause(node) else None
        node = node.head
    return None


def _content_clause(verb) -> bool:
    """`verb`, labelled a clause on a noun, says what the noun is about, not which one it is: a to-infinitive the
    parser may label either way ("a deal to supply X", "the way for it to conclude a deal": what is planned or
    made possible), or a clause opened by a conjunction ("the news that the firm had been fined": its content)."""
    return to_marked(verb) or any(k.dep_ == "mark" for k in verb.children)


def _unrealised(verb) -> bool:
    """`verb` heads a to-infinitive or a modal clause ("decision to launch X", "fears that X would attack"): what
    it tells is not (yet) done, so an event inside it is no backdrop of the act above."""
    return any(k.dep_ == "aux" and (k.lower_ == "to" or k.tag_ == "MD") for k in verb.children)


def _answer_noun(tok) -> bool:
    """`tok` is the noun of "in protest at", "in response to", "in retaliation for": a phrase of cause with the
    preposition after it, through which the climb of _backdrop_noun goes on to the act the phrase hangs on."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.lemma_.lower() in CAUSE_NOUNS


def _act_tokens(c) -> set[int]:
    """The token indices that stand for c's act in its clause: its trigger, the noun's head, the verb narrating it
    (the light verb of "put its army on alert") and the verb whose object the noun is ("raised its alert")."""
    out = {c.token.i, c.anchor.i, c.predicate.i}
    if c.is_noun and c.anchor.dep_ == "dobj":
        out.add(c.anchor.head.i)
    return out


# subordinators of a clause of prior time or of cause ("after X attacked Y", "because X seized Y")
PRIOR_MARKS = frozenset({"after", "since", "because"})


def _prior_clause(c, by_token: dict) -> bool:
    """c's verb, or the light verb of its noun, heads a clause of prior time or of cause on a verb that tells
    another act of the sentence ("agreed to a prisoner swap after Russian forces shelled X", "froze Iranian
    assets because Iran seized a tanker", "met after Turkey carried out air raids"): the backdrop of that act, as a
    noun or a gerund in a phrase of prior time is ("pulled out after launching an offensive": _backdrop_noun,
    which climbs through the gerund since it reads verbs that tell no act). On a verb that tells no act
    ("twelve were wounded after gunmen attacked a church") the clause is the news."""
    v = c.predicate
    if c.is_noun and v.i == c.anchor.i:
        return False  # (a noun with no verb of its own: _backdrop_noun reads its phrase)
    while v.dep_ == "conj" and v.head.i != v.i:  # "after police shot and killed a man": both verbs are the clause's
        v = v.head
    if not (v.dep_ == "advcl" and any(k.dep_ == "mark" and k.lower_ in PRIOR_MARKS for k in v.children)):
        return False  # (a gerund phrase, "after launching X", is a phrase: _backdrop_noun climbs it)
    return any(g is not c for g in by_token.get(v.head.i, ()))


def _backdrop_prep(tok) -> bool:
    """`tok` opens a phrase of prior time ("after", "following", "since"; "in the wake of", "in the aftermath
    of") or of cause (_cause_phrase: "because of", "over", "in response to")."""
    if tok.dep_ != "prep" and tok.lower_ not in PRIOR_PREPS:
        return False
    return _prior_time(tok) or _cause_phrase(tok)


def _relative_aside(c, named: set[int], triggers: set[int]) -> bool:
    """c's trigger is inside an apposition or a relative clause on a noun or pronoun that is no
    trigger, the clause telling what was done to it (_undergone), and the nearest other trigger above
    that clause is a named act's whose participant the noun is: no verb between them but the act's own
    complement ("agreed to open its border to monitors, who ..."), else the noun is in a clause of
    its own (`named`: the named acts' trigger token indices; `triggers`: every trigger's)."""
    node, in_relative = c.anchor, False  # (a verb's anchor is the verb; a noun's, its compound's head)
    while node.head.i != node.i:  # (from c's own trigger up: no index of c's is met again)
        if node.dep_ in ("relcl", "acl", "appos") and node.head.pos_ in ("NOUN", "PROPN", "PRON"):
            if node.head.i in triggers:
                return False  # the clause tells the event noun it hangs on
            in_relative = in_relative or node.dep_ == "appos" or _undergone(node)
        node = node.head
        if in_relative and node.i in triggers:
            return node.i in named
        if in_relative and node.pos_ in ("VERB", "AUX") and node.dep_ not in ("xcomp", "ccomp"):
            return False  # the noun is in a clause of its own, telling no act ("while X, backed by Y, ...")
    return False


def _undergone(verb) -> bool:
    """The relative clause tells what was done to the noun it hangs on: its pronoun is its verb's
    object or passive subject ("whom the police arrested", "who was detained"), or it is a past
    participle, the same clause reduced ("the reporter detained for a day")."""
    if verb.dep_ == "acl":
        return verb.tag_ == "VBN"
    return any(k.dep_ in ("dobj", "nsubjpass") and k.lower_ in RELATIVIZERS for k in verb.children)


# phrases of cause on a reaction: what it answers ("protested over X", "because of X", "in protest at X"); "in
# connection with X" ties an arrest, a charge, a questioning to the earlier act it answers ("arrested in connection
# with the bombing of the embassies"): that act is its setting too (s41-plovtb, wire news)
CAUSE_PREPS = frozenset({"over", "because", "due", "owing"})
CAUSE_NOUNS = ANSWER_NOUNS | {"connection"}


def _cause_phrase(prep) -> bool:
    """`prep` (a preposition hanging on a trigger) opens a phrase of cause: "over", "because of",
    "due to", or "in" + a noun of answering ("in protest at", "in response to", "in retaliation for")."""
    word = prep.lower_
    return word in CAUSE_PREPS or (word == "in" and any(o.lemma_.lower() in CAUSE_NOUNS for o in coder.pobjs(prep)))


def _governing(c, by_token: dict) -> tuple[list, bool]:
    """(the (event, candidate) pairs of the nearest other trigger above c's, through nouns and
    prepositions only (a verb between them heads a clause of its own), and whether c hangs in a
    phrase of cause on it (_cause_phrase of the preposition on that trigger); else c is its object,
    complement or some other phrase of it)."""
    node, prep = (c.anchor if c.is_noun else c.token), None
    for _ in range(8):
        if node.head.i == node.i:
            break
        if node.pos_ in ("VERB", "AUX") and node.i not in (c.token.i, c.anchor.i):
            break
        if node.dep_ == "prep":
            prep = node
        node = node.head
        others = [(e, g) for e, g in by_token.get(node.i, ()) if g is not c]
        if others:
            return others, prep is not None and prep.head.i == node.i and _cause_phrase(prep)
    return [], False


def _clause_verb(c):
    """The verb whose clause tells the candidate's event (its predicate, or the first verb above it;
    a gerund after a preposition is read as the noun it stands for: "condemned the practice of
    torturing prisoners" is told in the clause of "condemned", as "the practice of torture" is)."""
    node = c.predicate.head if c.predicate.dep_ == "pcomp" else c.predicate
    while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
        node = node.head
    return node


def _subordinate(verb) -> bool:
    """`verb` heads a clause below another (not the root, nor a clause coordinated with it, nor the first
    clause of a comma splice, _spliced)."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.head.i != verb.i and not _spliced(verb)


# verbs that take a clause before them as what was said, thought or felt ("X attacked Y, police said")
CLAUSE_BEFORE = SPEECH | ANY_SPEECH | frozenset({"think", "believe", "fear", "hope", "expect", "know", "suspect",
                                                 "feel", "understand", "learn", "hear", "see", "agree", "reckon"})


def _spliced(verb) -> bool:
    """`verb` heads the first of two clauses joined by a comma alone, the first with its own subject ("Thousands
    protested in the capital, police arrested dozens"), which the parser hangs on the second as its complement
    (ccomp). English puts a complement clause before its verb only as what was said or thought (CLAUSE_BEFORE:
    "rebels attacked the town, the army said"; "the truce will hold, the envoy hopes": nlp.verb_lemma, the model makes
    "hop" of "hopes"); before any other verb it is a clause of its own."""
    head = verb.head
    # (the comma after the clause's last word comes before the head verb: so the clause is before it too)
    return verb.dep_ == "ccomp" and verb_lemma(head).lower() not in CLAUSE_BEFORE \
        and verb.right_edge.i + 1 < head.i and verb.doc[verb.right_edge.i + 1].text == "," \
        and any(k.dep_ == "nsubj" for k in verb.children)


# prepositions that set an event noun as the backdrop of the sentence's news ("after two days of
# fighting", "following the peace deal", "during a summit"), not as an act the sentence reports
BACKDROP_PREPS = frozenset({"after", "following", "since", "during", "amid", "amidst", "despite", "before",
                            "until"})


def _reduced_relative(c) -> bool:
    """The trigger is a participle the parser read as the complement clause of the verb before it,
    its noun as the clause's subject ("freed four aid workers held captive"): a reduced relative
    describing that verb's object (syntax.stranded_object), no act of its own."""
    return not c.is_noun and reduced_relative(c.token)


def _background(c, has_target: bool, triggers=frozenset()) -> bool:
    """An event noun inside a phrase of time or concession that hangs on another clause, or an event
    told in a relative clause ("Serbia, where 24 people were killed", "equipment seized last year"),
    naming no one: a PLOVER record needs an actor, or at least a named recipient beside an unknown
    one (manual, "Required entities", sector UNK), so such a backdrop is told as the context of the
    sentence's event rather than coded as one of its own. Kept: an event with a target or a named
    undergoer ("after the arrest of an opposition journalist"), a relative clause whose noun is its
    doer ("guerrillas who overran it")."""
    if has_target:
        return False
    if c.is_noun and _undergoer(c.anchor):
        return False
    tok, backdrop = _backdrop(c, triggers)
    if backdrop:
        return True
    # in a sentence the parser rooted in a noun ("members of two rival gangs fought in X": no verb
    # root) the clause hung on a noun is the sentence's own act, not a backdrop; "the clerk, who was
    # stabbed" names its undergoer as the noun the clause hangs on
    return tok.pos_ in ("VERB", "AUX") and tok.dep_ in ("relcl", "acl") and tok.head.pos_ in ("NOUN", "PROPN") \
        and not any(k.dep_ == "nsubj" for k in tok.children) and sentence_of(tok).root.pos_ in ("VERB", "AUX") \
        and not active_acl(tok) \
        and not any(k.dep_ in ("nsubjpass", "dobj") and k.lower_ in ("who", "whom") for k in tok.children) \
        and _other_act(c, triggers)


def _other_act(c, triggers) -> bool:
    """The sentence tells an act besides c's: c's clause is then its backdrop ("equipment seized last year was
    returned"); with none ("the bomb discovered in the van was destined for the capital") c is the news."""
    return any(i not in (c.token.i, c.anchor.i) for i in triggers)


def _backdrop(c, triggers=frozenset()) -> tuple:
    """(the verb the trigger's phrase hangs on, whether the trigger is told as a backdrop: an event
    noun in a phrase of time or concession, or an event in such a clause, _backdrop_clause)."""
    tok = c.anchor if c.is_noun else c.token
    while tok.head.i != tok.i and tok.pos_ not in ("VERB", "AUX"):
        if tok.head.lower_ in BACKDROP_PREPS and (tok.dep_ == "pobj" or (tok.dep_ == "dobj" and tok.head.dep_ == "prep")):
            return tok, True  # ("following" tagged a verb with an object: "rioted following a demonstration")
        tok = tok.head
    return tok, _backdrop_clause(tok, triggers)


# subordinators of a clause of time or concession: what it tells is the setting of the main
# clause's news ("agreed to talks after two vehicles were hit by gunfire", "before aid is released",
# "although it had unspent donations"), as the prepositions above set an event noun
BACKDROP_MARKS = frozenset({"after", "before", "until", "since", "although", "though", "once"})


def _backdrop_clause(verb, triggers=frozenset()) -> bool:
    """`verb` heads an adverbial clause of time or concession on a clause that tells an event of
    its own (`triggers`: token -> type of the sentence's triggers); its event, or the event noun
    inside it, naming no one is that event's backdrop, as in _background. On a clause telling no
    event ("Five children were among the dead after warplanes hit a school") it is the news."""
    return verb.pos_ in ("VERB", "AUX") and verb.dep_ == "advcl" and verb.head.i != verb.i \
        and verb.head.i in triggers and any(k.dep_ == "mark" and k.lower_ in BACKDROP_MARKS for k in verb.children)


def _undergoer(noun) -> bool:
    """The event noun's "of"/"against"/"on" phrase names people ("the arrest of a journalist"), not a
    place or a span of time ("the invasion of Dagestan" names a place)."""
    return any(q.pos_ in ("NOUN", "PROPN") and q.ent_type_ not in ("GPE", "LOC", "FAC", "DATE", "TIME")
               for p in noun.children if p.dep_ == "prep" and p.lower_ in ("of", "against", "on")
               for q in p.children if q.dep_ == "pobj")


PLACE_ENTITY_TYPES = frozenset({"GPE", "LOC", "FAC"})


# states that seceded: (new country, the country it was part of, the date of independence). A
# city of theirs in a story told before that date belongs to the older state ("rebels shelled Juba"
# in 1999: SDN).
SECESSIONS = (("SSD", "SDN", "2011-07-09"), ("XKX", "SRB", "2008-02-17"), ("MNE", "SRB", "2006-06-03"),
              ("ERI", "ETH", "1993-05-24"))


def country_on(iso: str, date: str | None) -> str:
    """The country a place of today's `iso` belonged to on `date` (ISO; None: today's)."""
    for new, old, since in SECESSIONS:
        if iso == new and date and date[:10] < since:
            return old
    return iso


def place_countries(doc: Document) -> dict[str, str]:
    """Entity id -> the country of the place it names, for entities with no actor of their own
    whose name the places stage resolved to a place below country level ("Paris" -> FRA, "Juba"
    -> SSD, or SDN in a story before 2011). An event's city argument stands for its country, as
    CAMEO codes it."""
    date = doc.published.value
    spans = {(m.start, m.end): country_on(p.country, date) for p in doc.places if p.country and p.feature != "country"
             for m in p.mentions if m.kind == "name"}
    if not spans:
        return {}
    out = {}
    for e in doc.entities:
        if e.actor is None and e.type in PLACE_ENTITY_TYPES:
            span = _named_span(e, spans)
            if span is not None:
                out[e.id] = spans[span]
    return out


def _named_span(entity, spans):
    """The first of the place-name spans that one of the entity's mentions holds (a mention may hold
    the name with its article: "the West Bank"), or None."""
    return next(((a, b) for m in entity.mentions for a, b in spans if m.start <= a and b <= m.end), None)


def country_arguments(doc: Document, cities: dict[str, str]) -> dict[str, str]:
    """Entity id of a city -> the entity id of its country when the document names the country
    itself ("Germany's chancellor visited Paris ... France"): the argument the event codes. `cities`:
    place_countries(doc)."""
    if not cities:
        return {}
    countries = {}
    for e in doc.entities:
        if e.actor is not None and e.actor.code and e.actor.code == e.actor.country and e.type == "GPE":
            countries.setdefault(e.actor.country, e.id)
    return {eid: countries[iso] for eid, iso in cities.items() if iso in countries}


# motion verbs whose sense with a destination is a visit (lexicon.yaml, CONSULT visit, CAMEO 042): the codebook's
# "all visits and travels", PETRARCH2's GO_SOMEWHERE (GO, JOURNEY, TRAVEL), ARRIVE and FLY (TO) blocks
# (s33-triple) and the motion nouns and verbs of a trip or tour ("a trip to Iraq", "toured Japan"): the same test
MOTION_VISITS = frozenset({"travel", "arrive", "fly", "go", "head", "jet", "journey", "trip", "tour"})
# travellers who are officials though no actor sector says so ("a Russian delegation flew to Ankara")
OFFICIAL_NOUNS = frozenset({"minister", "president", "premier", "chancellor", "king", "queen", "prince", "emir",
                            "envoy", "delegation", "ambassador", "diplomat", "official", "leader", "secretary", "mission"})


def _no_visit(c, parts, cities: dict[str, str], sectors: list) -> bool:
    """A motion is no visit (CAMEO 042 is a political actor's travel to another state, the PLOVER manual's CONSULT
    visit has a host as recipient): when no traveller is an official (a state sector, or an office named by the
    subject's noun: "tourists flew to Bangkok", "Syrian refugees travelled to Germany"), or when the destination is
    no state other than the traveller's own ("China's premier flew to Shanghai"). `cities`: place_countries;
    `sectors`: the travellers' sectors when they travelled (_source_sectors)."""
    official = any(s in STATE_SECTORS for s in sectors) or any(
        t.lemma_.lower() in OFFICIAL_NOUNS for t in coder.subjects(c.token))
    if not official:
        return True
    home = {parts.country.get(e) for e in c.source} - {None}
    dest = {parts.country.get(e) or cities.get(e) for e in c.target} - {None}
    return not dest or dest <= home


def _source_sectors(c, scope: _SentenceScope) -> list[str | None]:
    """The sector of each of c's sources when c's act happened (tenures.act_sector): an act the text dates itself
    (its own time expression, _event_date) reads a source's dated offices at that date ("former minister X
    travelled to Y in 1998", while X was in office, is an official's trip); an undated act, or a source with no
    dated offices, the sector the actors stage gave at the article's date."""
    bounds = act_bounds(_event_date(c, scope.times, scope.doc.published.value, scope.trigger_types))
    return [act_sector(scope.doc.entity(e) if bounds is not None else None, bounds, scope.parts.sector.get(e))
            for e in c.source]


def _as_countries(ids: list[str], swap: dict[str, str]) -> list[str]:
    return coder.unique([swap.get(e, e) for e in ids]) if swap else ids


# events that act on where they happen: a protest, a curfew, an attack or a deployment with no
# one named as its target is aimed at the place (its country, as CAMEO and the PLOVER records code
# "imposed a curfew in Cizre" TUR -> TUR, "rioted at a jail in northern Israel" -> ISR)
PLACE_TARGET_TYPES = frozenset({"PROTEST", "COERCE", "ASSAULT", "MOBILIZE"})
# the single categories an announced, committed or refused act is recast to (`recast`)
RECAST_TYPES = frozenset({"THREATEN", "AGREE", "REJECT"})


def _place_target(type_: str, source: list[str], location: str | None, doc: Document, cameo: str = "") -> list[str]:
    """The entity naming the event's location, as its target (see PLACE_TARGET_TYPES; the easing of
    a curfew, ban or state of emergency there, CAMEO 081, which is aimed at the same people as
    imposing it; aid given or cut there, _aid_in_place)."""
    if (type_ not in PLACE_TARGET_TYPES and not (type_ == "CONCEDE" and cameo.startswith("081"))
            and not _aid_in_place(type_, cameo)) or not source or location is None:
        return []
    return _place_entity(location, doc, source)


def _content_place_target(c, content, doc: Document) -> list[str]:
    """"agreed to postpone the demonstration in Baku", "refused to deploy peacekeepers in East Timor":
    an intent, rejection, demand or threat whose content is an act aimed at a place (a protest,
    a curfew, an attack, a deployment there: _place_target) names that place's people as its own
    recipient, as it takes a target the content names ("threatened an offensive against Iraq")."""
    if content is None or content.target:
        return []
    return _place_target(content.sense.type, c.source, _event_place(content, doc), doc, content.sense.cameo or "")


def _mutual(c) -> bool:
    """A symmetric act whose subject names both sides ("Ethiopian and Eritrean troops clashed near
    Badme", "rebels and troops fought in Goma"): they act on each other (`mirrored`), not on the place."""
    return _symmetric(c) and len(c.source) > 1


def _hosted(c) -> bool:
    """A visit noun received by its host ("Eriador received a visit from X", "got a visit from X")."""
    a = c.anchor
    return c.is_noun and c.sense.reverse == "043" and a.dep_ == "dobj" and coder.verb_lemma(a.head) in coder.RECEIVE_VERBS


def _symmetric(c) -> bool:
    """The act is the same from either side: our lexicon's `reverse: same`, a CAMEO.2.0 pattern whose
    two codes are one ("exchanged ambassadors" `[054:054]`), or an act exchanged ("Gondor and Mordor
    exchanged threats": each side's on the other)."""
    return c.sense.reverse == "same" or (c.sense.reverse is not None and c.sense.reverse == c.sense.cameo) \
        or (c.is_noun and coder.exchanged(c.anchor))


# acts a state does to its own people when they name no one else: repression (arrests, curfews,
# bans) and its easing (releases, lifted bans, reforms): PLOVER and CAMEO code them at the country
# (CAMEO 17 coerce: seize, restrict, arrest, expel, repress; 081/082 ease restrictions and dissent;
# not an occupation, 192, nor a conceded defeat)
DOMESTIC_TYPES = {"COERCE": ("17",), "CONCEDE": ("081", "082")}


def _domestic_target(type_: str, cameo: str, source: list[str], doc: Document) -> list[str]:
    """"Egyptian police ... arresting 12", "al-Bashir has taken steps to enhance political freedoms
    in Sudan": a repression or concession by one country's actors naming no recipient is aimed at
    that country's people: the entity that names the country itself (none named: no target)."""
    if not cameo.startswith(DOMESTIC_TYPES.get(type_, ("-",))) or not source:
        return []
    countries = {e.actor.country if e is not None and e.actor is not None else None
                 for e in map(doc.entity, source)}
    if len(countries) != 1 or None in countries:
        return []
    iso = countries.pop()
    return next(([e.id] for e in doc.entities if e.id not in source and e.actor is not None
                 and e.actor.code == iso and e.actor.country == iso), [])


def _aid_in_place(type_: str, cameo: str) -> bool:
    """Aid delivered, or its deliveries suspended (CAMEO 07, 162), where no recipient is named goes to
    the people of the place ("suspended aid deliveries in Baghdad": IRQ)."""
    return type_ == "AID" or (type_ == "SANCTION" and cameo.startswith("162"))


def _place_source(type_: str, cameo: str, target: list[str], location: str | None, doc: Document) -> list[str]:
    """"was arrested in Lebanon", "was put under investigation in Italy", "were detained in Iran":
    an arrest, restriction, charge or investigation with no one named doing it is the act of the
    authorities of the place it happens in, as CAMEO coders code it: the entity naming that place."""
    if not target or location is None or not (type_ == "COERCE" or (type_ == "ACCUSE" and (cameo[:2] == "09"
                                                                                           or cameo[:3] == "112"))):
        return []
    return _place_entity(location, doc, target)


def _crowd_source(c, type_: str, target: list[str], location: str | None, doc: Document) -> list[str]:
    """"Hundreds of thousands of people blocked streets in Hong Kong": a protest by a crowd no one
    places (no country, no group) is by the people of the place it happens in (CAMEO and PLOVER
    code the place's civilians)."""
    if type_ != "PROTEST" or c.is_noun or location is None:
        return []
    subs = coder.subjects(c.token)
    if not subs or subs[0].lemma_.lower() not in CROWD_WORDS:
        return []
    return _place_entity(location, doc, [])


# words for a crowd that say nothing of who is in it ("thousands of people", "residents")
CROWD_WORDS = frozenset({"people", "person", "crowd", "thousand", "hundred", "dozen", "million", "resident",
                         "citizen", "villager", "inhabitant", "local", "protester", "demonstrator", "marcher"})


def _place_entity(location: str, doc: Document, other_side: list[str]) -> list[str]:
    """The entity (not on the event's other side) that names the place `location` as a country or an
    actor no more than its country: the place's people or authorities, as one side of the event."""
    place = doc.place(location)
    if place is None or not place.country:
        return []
    spans = [(m.start, m.end) for m in place.mentions if m.kind == "name"]
    for e in doc.entities:
        if e.id not in other_side and _named_span(e, spans) is not None and \
                (e.actor is None or e.actor.code == e.actor.country):
            return [e.id]
    return []


def _reported_by_other(c, parts) -> bool:
    """"Russia said Ukraine attacked its positions": the event is what someone other than its source
    says happened (the complement of a verb of saying, said first, whose speaker is not the source)."""
    node = c.predicate
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if node.dep_ not in ("ccomp", "parataxis") or node.head.lemma_.lower() not in SPEECH:
        return False
    if node.head.i > node.i:
        return False  # "..., police said": the wire's attribution of its own report, not a party's claim
    if any(s.pos_ == "PRON" for s in coder.subjects(node)):
        return False  # "Nigeria said it would impose a curfew": the speaker's own act
    speakers = {e for s in coder.subjects(node.head) for e in parts.resolve(s)}
    return not (speakers and speakers <= set(c.source))


def mirrored(ev: Event, c) -> list[Event]:
    """The same event seen from the other side, as CAMEO codes it: a visit is 042 from the visitor
    and 043 from the host; meetings, talks, signings and clashes (`reverse: same`) go both ways,
    and coordinated actors with no target ("Xi and Lula signed an agreement") act on each other.
    `ev` itself is narrowed to the first actor in that last case."""
    if c.reverse is not None:  # a dictionary's [A:B] code ([057:057]: the same both ways)
        type_, cameo = c.reverse.type, c.reverse.cameo
        same = cameo == ev.cameo
    elif c.sense.reverse is not None or _symmetric(c):
        same = _symmetric(c)
        type_, cameo = ev.type, (ev.cameo if same else c.sense.reverse)
    else:
        return []

    def copy(src, tgt):
        return msgspec.structs.replace(ev, type=type_, cameo=cameo, quad_class=quad_class(type_, cameo),
                                       goldstein=goldstein(cameo), source=list(src), target=list(tgt))
    if ev.source and ev.target:
        return [copy(ev.target, ev.source)]
    if same and len(ev.source) > 1 and not ev.target:
        actors = list(ev.source)
        ev.source, ev.target = actors[:1], actors[1:]
        return [copy([a], [b for b in actors if b != a]) for a in actors[1:]]
    return []


def ordered_acts(cands) -> list:
    """"Gondor ordered two Mordor diplomats arrested" is one event, the arrest, done by Gondor (as
    "ordered the arrest of" is): an order whose small clause codes the act ordered drops, unless a
    user's verb dictionary codes the order itself (ORDER's `$ * + HELD [212]`; PETRARCH codes the
    verb phrase by its head verb): then the participle's event drops."""
    by_token = {c.token.i: c for c in cands if not c.is_noun}
    drop = set()
    for c in cands:
        order = ordered_participle(c.token) if not c.is_noun else None
        o = by_token.get(order.i) if order is not None else None
        if o is None:
            continue
        drop.add(id(c) if o.dictionary else id(o))
    return [c for c in cands if id(c) not in drop]


def _told_by_subject(c, by_token):
    """The event noun that is verb candidate c's subject, of c's own type ("the attack killed ten people"):
    the event c restates by its effect; None if there is none."""
    return next((by_token[k.i] for k in c.token.children if k.dep_ in ("nsubj", "nsubjpass") and k.pos_ == "NOUN"
                 and by_token.get(k.i) is not None and by_token[k.i] is not c
                 and by_token[k.i].sense.type == c.sense.type), None)


# (s32-triple) acts of force, and the aims that only say what such an act is meant to do to its recipient:
# "cut gas exports to punish Jordan", "froze state assets to pressure Venezuela" (absorb)
PRESSING_ACTS = frozenset({"SANCTION", "COERCE", "ASSAULT"})
PRESSING_AIMS = frozenset({"COERCE", "REQUEST"})


def absorb(cands):
    """Drop triggers that only restate or detail another event of the same sentence:
    "shelled the city, killing three" (one assault); "staged demonstrations to demand reforms" and
    "a demonstration calling for X" (the demand is the protest's content: PLOVER codes the protest);
    "visited Argentina for talks on trade" (an actorless noun inside a same-type event)."""
    by_token, by_pred = _candidates_by_token(cands)
    dropped = _merge_object_nouns(cands, by_token)
    # in sentence order: a target lent to an earlier event decides whether a later noun stands alone
    return [c for c in cands if id(c) not in dropped and not _absorbed(c, cands, by_token, by_pred)]


def _candidates_by_token(cands) -> tuple[dict, dict]:
    """token index -> candidate, by trigger and by anchor (the first candidate wins, as cands come in
    sentence order), and an event noun's candidate by its light verb ("used tear gas"), so a clause hung
    on the verb finds the noun's event."""
    by_token = {}
    for c in cands:
        by_token.setdefault(c.token.i, c)
        by_token.setdefault(c.anchor.i, c)
    by_pred = {c.predicate.i: c for c in cands if c.is_noun}
    return by_token, by_pred


def _merge_object_nouns(cands, by_token) -> set[int]:
    """"fired tear gas at X": a verb whose object is an event noun of its own type with a mode says how
    the one act was done, so the verb takes the noun's sense (its mode) and keeps its own actors; returns
    the ids of the nouns merged so."""
    dropped = set()
    for c in cands:
        if c.is_noun:
            continue
        for k in c.token.children:
            n = by_token.get(k.i) if k.dep_ == "dobj" else None
            if n is not None and n is not c and n.is_noun and n.sense.type == c.sense.type and n.sense.mode:
                c.sense = n.sense
                dropped.add(id(n))
    return dropped


def _absorbed(c, cands, by_token, by_pred) -> bool:
    """Whether c is no event of its own but the aim, outcome, purpose or content of another (which gets
    c's target if it has none: the victims or the one pressed are the same), or restates its subject's
    event, or is an actorless noun inside another event."""
    aim = _aim_of(c, by_token, by_pred)
    if aim is not None:  # "continued a hunger strike in protest of X": one protest, aimed at X
        _lend_target(aim, c)
        return True
    head = _governing_event(c, by_token, by_pred)
    if head is not None and head is not c and _details(c, head):
        _lend_target(head, c)
        return True
    if not c.is_noun and _told_by_subject(c, by_token):
        return True  # "the attack killed ten people": the same assault, told by its effect
    return c.is_noun and not c.source and not c.target and any(_topic_of(c, d) or _object_of(c, d) for d in cands)


def _lend_target(event, c) -> None:
    """The absorbed candidate's target goes to the event that absorbs it when that has none: "ambushed
    a convoy, killing 12 soldiers" names its victims only in the clause."""
    if not event.target and c.target:
        event.target = list(c.target)


def _governing_event(c, by_token, by_pred):
    """The event c's clause hangs on: the candidate at its syntactic head, else the one a clause on a
    non-event verb is about; an event verb that only restates its subject's event noun gives way to that
    noun ("a drone strike hit a convoy, killing four": what the participle tells is the strike's)."""
    tok = c.token
    if tok.head.i == tok.i:
        return None
    head = _event_at_head(tok, by_token, by_pred)
    if head is not None and not head.is_noun:
        head = _told_by_subject(head, by_token) or head
    return head


def _event_at_head(tok, by_token, by_pred):
    """The candidate at tok's head word, or its light verb's noun; else the event noun the head verb acts
    with ("fired tear gas to disperse them"); else, for a participle clause, the head verb's subject event
    noun ("clashes broke out in Ibadan, leaving three dead": "broke out" codes nothing)."""
    head = by_token.get(tok.head.i)
    if head is None:
        head = by_pred.get(tok.head.i)
    if head is None:
        head = _event_noun_child(tok.head, ("dobj",), by_token)
    if head is None and tok.dep_ == "advcl" and tok.tag_ == "VBG":
        head = _event_noun_child(tok.head, ("nsubj", "nsubjpass"), by_token)
    return head


def _event_noun_child(verb, deps, by_token):
    """The first event-noun candidate among verb's dependents of the given relations, or None."""
    return next((by_token[k.i] for k in verb.children if k.dep_ in deps and k.i in by_token
                 and by_token[k.i].is_noun), None)


def _details(c, head) -> bool:
    """Whether c's clause only details its governing event `head`: a participle telling the outcome of an
    act of its own type ("ambushed a convoy, killing 12"); a to-clause of purpose; or a protest's demand."""
    tok = c.token
    if tok.dep_ == "advcl" and tok.tag_ == "VBG" and head.sense.type == c.sense.type:
        return True
    return _purpose_of(c, head) or _demand_of_protest(c, head)


def _purpose_of(c, head) -> bool:
    """"used tear gas to disperse demonstrators", "telephoned X to discuss the crisis", "will visit X to
    mediate": one act; so is a sanction, a coercion or an attack done to punish or to press someone
    ("froze assets to pressure X", "cut gas exports to punish X"): the purpose says why, the act done is
    the record."""
    tok = c.token
    if tok.dep_ not in ("advcl", "xcomp") or not any(k.tag_ == "TO" for k in tok.children):
        return False
    return head.sense.type == c.sense.type or (c.sense.type in PRESSING_AIMS and head.sense.type in PRESSING_ACTS
                                               and not head.is_noun)


def _demand_of_protest(c, head) -> bool:
    """A demand or accusation in a protest's clause ("staged rallies, saying he must resign", "a
    demonstration calling for X") is the protest's content: PLOVER codes the protest."""
    tok = c.token
    if head.sense.type != "PROTEST" or c.sense.type not in ("REQUEST", "ACCUSE"):
        return False
    return tok.dep_ == "acl" or (tok.dep_ in ("advcl", "xcomp") and any(k.tag_ == "TO" for k in tok.children)) \
        or (tok.dep_ == "advcl" and tok.tag_ == "VBG")


def _aim_of(c, by_token: dict, by_pred: dict):
    """The event an event noun in an "in" phrase states the aim of, when they are of one type ("went
    on hunger strike in protest of the ruling", "shelled the town in retaliation for the raid" is
    no second act, as the phrase says why the first was done): that event's candidate, or None."""
    noun = c.anchor
    if not c.is_noun or noun.dep_ != "pobj" or noun.head.lower_ != "in" or noun.head.head.i == noun.head.i \
            or noun.doc[noun.head.i - 1].text == "-":
        return None  # ("grants-in-aid": one hyphenated word, no phrase)
    h = noun.head.head
    d = by_token.get(h.i) or by_pred.get(h.i)
    return d if d is not None and d is not c and d.sense.type == c.sense.type else None


PARALLEL_HEADS = frozenset({"AGREE", "REQUEST", "REJECT", "THREATEN"})
CONTENT_PREPS = frozenset({"for", "to", "on"})
# a proposal noun's prepositional noun, or its gerund ("a proposal for holding talks": the parser's
# pcomp); not a verb's own for-gerund, which gives a reason ("criticized X for hailing Y")
PREP_OBJECTS = frozenset({"pobj", "pcomp"})


# verbs that carry on the act of their complement ("vowed to keep attacking", "pledged to continue fighting"):
# what is promised is that act
GOING_ON = frozenset({"keep", "continue", "resume", "start", "begin"})


def _contents(cands) -> dict[int, object]:
    """id(candidate) -> the candidate an intent, appeal, demand, rejection or threat is about: its
    clausal complement ("agreed to provide aid", "demanded that X release"), its object
    ("demanded the release of"), its for/to/on phrase ("asked Portugal for military aid")."""
    out = {}
    by_token = {c.token.i for c in cands}
    for c in cands:
        if c.sense.type not in PARALLEL_HEADS:
            continue
        if c.is_noun:
            d = _light_noun_content(c, cands)
            if d is not None:
                out[id(c)] = d
            continue
        v = c.token
        # what a proposal, call or appeal proposes comes first ("rejected calls for talks": the talks)
        proposed = [d for d in cands if d is not c and _proposed(d.anchor, v)]
        for d in proposed or cands:
            if d is c:
                continue
            t, a = d.token, d.anchor
            h = a.head
            if (t.dep_ in ("xcomp", "ccomp") and t.head.i == v.i) or \
                    (a.dep_ in ("dobj", "nsubjpass") and h.i == v.i) or \
                    (a.dep_ == "dobj" and h.dep_ == "xcomp" and h.head.i == v.i and h.i not in by_token) or \
                    (t.dep_ == "xcomp" and t.head.dep_ == "xcomp" and t.head.head.i == v.i and
                     t.head.lemma_.lower() in GOING_ON and t.head.i not in by_token) or \
                    _content_phrase_head(a) == v.i or _readiness(t, v, by_token) or \
                    _joined(a, v, by_token) or _proposed(a, v) or \
                    (c.sense.type == "REQUEST" and _asked_after_phrase(t, v)):
                out[id(c)] = d
                break
    return out


ASKED_PREPS = frozenset({"on", "upon", "to"})


def _asked_after_phrase(t, v) -> bool:
    """`t` is what an appeal asks of the one its on/upon/to phrase names, though the parser hangs it as an
    adverbial ("called on X [to free the journalists]", "appealed to X [to lift the blockade]"): a
    to-infinitive advcl of `v` with no subject of its own, right after the object of such a phrase of `v`,
    as "urged X [to free]" is the urging's complement (codebook 02/10: the appeal's sub-code is what it asks)."""
    if t.dep_ != "advcl" or t.head.i != v.i or not to_marked(t) or \
            any(k.dep_ in ("nsubj", "nsubjpass") for k in t.children):
        return False
    return any(k.dep_ == "prep" and k.lower_ in ASKED_PREPS and v.i < k.i and
               any(o.dep_ == "pobj" and o.right_edge.i + 1 == t.left_edge.i for o in k.children) for k in v.children)


READINESS = frozenset({"ready", "willing", "prepared"})


def _readiness(t, v, by_token) -> bool:
    """"said that the US must be ready to mediate", "agreed to be prepared to withdraw": the act a
    complement declares its subject ready for (be + ready/willing/prepared + to-infinitive, the parser's
    acomp and xcomp) is what the demand or intent is about (codebook 108's example: a demand for mediation)."""
    adj = t.head
    be = adj.head
    return t.dep_ == "xcomp" and adj.dep_ == "acomp" and adj.lemma_.lower() in READINESS and \
        be.dep_ in ("ccomp", "xcomp") and be.head.i == v.i and be.i not in by_token


def _purpose_target(c, cands) -> list[str]:
    """The recipient a verb's purpose infinitive names, when the verb names none ("India imposed tariffs
    to punish China", "Russia sent troops to help Belarus": SANCTION and MOBILIZE aimed at the one the
    purpose acts on): the target of the coded verb of a to-infinitive clause (the parser's advcl or
    xcomp) with no subject of its own, hung on `c`'s verb, whose target is not `c`'s source. A purpose
    infinitive's understood subject is the clause's (syntax.subjects), and PETRARCH takes the first actor
    after the verb in its clause as the target when a pattern names no slot, which the purpose's object
    is. Empty when no such clause is coded or it names no one."""
    v = c.token
    for d in cands:
        t = d.token
        if d is c or d.is_noun or t.head.i != v.i or t.dep_ not in ("advcl", "xcomp") or not d.target \
                or noun_of_infinitive(t) is not None:
            continue  # (not "praised the efforts of X to end Y": the object's clause, no purpose)
        if to_marked(t) and \
                not any(k.dep_ in ("nsubj", "nsubjpass") for k in t.children) and not set(d.target) & set(c.source):
            return list(d.target)
    return []


def _light_noun_content(c, cands):
    """What an appeal, demand, offer, refusal or threat told by a light verb's noun asks for, offers,
    refuses or threatens: the event noun of its for/to/on phrase, hung on the noun or, by the parser,
    on the light verb ("made an appeal to X for humanitarian aid", as "appealed to X for humanitarian
    aid": 0233; "issued a demand for the release of"). Only a noun some verb governs (a light verb's
    object), whose clause narrates the event."""
    n, lv = c.anchor, c.predicate
    received = n.dep_ == "dobj" and coder.verb_lemma(n.head) in coder.RECEIVE_VERBS
    if lv.i == n.i and not received:
        return None
    for d in cands:
        if d is not c and d.is_noun and (_content_phrase_head(d.anchor) in (n.i, lv.i) or received and _of_noun(d.anchor, n)):
            return d  # (a noun received says what it asks or promises as a given one does: "received a request for
            # military aid", "got an offer of economic aid from X", 0232, 0331)
    return None


def _of_noun(a, n) -> bool:
    """`a` is the object of the of-phrase of the noun `n` ("a pledge of military aid")."""
    return a.dep_ == "pobj" and a.head.lower_ == "of" and a.head.head.i == n.i


def _content_phrase_head(a) -> int | None:
    """The index of the word whose for/to/on phrase (CONTENT_PREPS) `a` is the object of ("asked Portugal for
    military aid": "asked"), or None: where a request, appeal or offer names what it is about."""
    if a.dep_ == "pobj" and a.head.dep_ == "prep" and a.head.lower_ in CONTENT_PREPS:
        return a.head.head.i
    return None


def _rallied_for(c, d) -> list[str]:
    """CAMEO 053, "Rally support on behalf of" (codebook: "one party solicits the support of third
    parties for another party, the target"): a call on others to support a third party ("urged the
    European Community to support the PLO") is support for that party, coded source -> the party."""
    if d is None or d.sense.type != "SUPPORT" or not d.target or not c.target or d.is_noun:
        return []
    objs = [t for t in d.target_tokens if t.dep_ == "dobj" and t.head.i == d.token.i]
    if not objs or any(k.dep_ == "poss" and k.pos_ == "PRON" for t in objs for k in t.children):
        return []  # "urged Japan to support its bid": the speaker's own cause, an appeal (022)
    if set(d.target) & (set(c.source) | set(c.target)):
        return []  # "urged Japan to back Ghana": an appeal for the speaker's own support (022)
    return list(d.target)


def _joined(a, v, by_token) -> bool:
    """"urged Mordor to return to negotiations", "agreed to join the talks" (parsed to + join + in):
    an event noun that a complement verb coding nothing of its own goes into is what it is about."""
    h = a.head.head if a.dep_ == "pobj" and a.head.dep_ == "prep" and a.head.lower_ in ("to", "in", "into") else None
    return h is not None and h.dep_ == "xcomp" and h.head.i == v.i and h.i not in by_token


def _rallies_opposition(c, d) -> bool:
    """"called for sanctions against Nigeria", "urged a boycott of X": an appeal to no one in
    particular for sanctions or a boycott against a party rallies opposition against it (CAMEO 113,
    ACCUSE), where an appeal to someone ("urged the EU to impose sanctions") stays an appeal."""
    if c.sense.type != "REQUEST" or c.is_noun or d is None or not d.target or not set(c.target) <= set(d.target):
        return False  # (a target of its own besides the content's: the one appealed to)
    return d.sense.type == "SANCTION" or (d.sense.type == "PROTEST" and d.token.lemma_.lower() == "boycott")


def _object_of(c, d) -> bool:
    """An actorless event noun inside the object of a verb of its own type is what that verb does:
    "a state of siege was declared", "imposed a state of emergency" (one coercion, not two)."""
    if d is c or d.is_noun or d.sense.type != c.sense.type:
        return False
    return any(k.dep_ in ("dobj", "nsubjpass") and (k.i == c.anchor.i or k.is_ancestor(c.anchor))
               for k in d.token.children)


PROPOSAL_NOUNS = frozenset({"proposal", "offer", "call", "plan", "request", "invitation", "suggestion", "initiative",
                            "appeal", "bid", "idea", "demand"})


def _proposal_code(v, lex, parts) -> str | None:
    """What the verb's object proposes, when our lexicon codes nothing in it: the code a CAMEO.2.0 pattern of
    the proposed act's own words gives it, as complement_code reads a clausal complement. CAMEO 1.1b3 codes a
    rejected or accepted proposal by what it proposes ("Reject proposal to meet" 125, "rejected a plan to
    construct shelters": CONSTRUCT `* SHELTERS` [073], so 1223), whether the act is the noun's infinitive
    ("a plan to construct"), its gerund ("a proposal for constructing", "the idea of eliminating") or an
    infinitive the parser hangs on the verb right after the noun ("dismissed a call [to embrace] the amendment")."""
    for n in v.children:
        if n.dep_ not in ("dobj", "nsubjpass") or n.lemma_.lower() not in PROPOSAL_NOUNS:
            continue
        gerunds = [k for p in n.children if p.dep_ == "prep" and p.lower_ in PROPOSED_PREPS
                   for k in p.children if k.dep_ == "pcomp"]
        infinitives = [k for k in n.children if k.dep_ == "acl"] + [
            k for k in v.children if k.dep_ == "advcl" and k.left_edge.i == n.right_edge.i + 1]
        for k in gerunds + [k for k in infinitives if to_marked(k)]:
            if k.pos_ == "VERB":
                return coder.pattern_code(k, lex, parts)
    return None


PROPOSED_PREPS = frozenset({"for", "of"})  # "a proposal for holding talks", "the idea of holding talks"


def _proposed(a, v) -> bool:
    """"rejected Mordor's proposal for talks", "accepted an invitation to talks", "dismissed an
    appeal to lay down their arms": the act the verb's object proposes is what the rejection or
    intent is about (CAMEO 125, not 120)."""
    if a.dep_ in ("acl", "xcomp", "relcl") and a.pos_ == "VERB":
        n = a.head
    elif a.dep_ in PREP_OBJECTS and a.head.dep_ == "prep" and a.head.lower_ in ("for", "of", "to", "on"):
        n = a.head.head
        if n.dep_ == "pobj" and n.head.lower_ in ("by", "from") and n.head.head.lemma_.lower() in PROPOSAL_NOUNS:
            n = n.head.head  # "rejected calls by X [for economic aid]": the parser hangs the phrase on X
    else:
        return False
    return n.dep_ in ("dobj", "nsubjpass") and n.head.i == v.i and n.lemma_.lower() in PROPOSAL_NOUNS


KILL_VERBS = frozenset({"kill", "murder", "assassinate", "slay"})
# the posts whose holders the codebook calls "politically significant and influential persons" (186, "targeted
# killings and assassinations of politically influential elites or leaders"): office holders and leaders, not
# ranks of fighters ("killed a rebel commander" in battle is no assassination)
PROMINENT = frozenset({"president", "vice-president", "minister", "premier", "chancellor", "governor", "mayor",
                       "senator", "lawmaker", "legislator", "parliamentarian", "mp", "ambassador", "envoy",
                       "chief", "leader", "councillor", "councilor"})
ASSEMBLIES = frozenset({"parliament", "congress", "assembly", "senate"})


def _prominent_killed(v) -> bool:
    """The verb kills (or "shot dead") someone by post CAMEO 186 names ("killed the deputy governor of
    Kandahar", "murdered an opposition member of parliament"): its object or passive subject is such a
    post, or a member of an assembly."""
    word = v.lemma_.lower()
    if word not in KILL_VERBS and not (word == "shoot" and any(k.lower_ == "dead" for k in v.children)):
        return False
    for o in v.children:
        if o.dep_ not in ("dobj", "nsubjpass"):
            continue
        head = o.lemma_.lower()
        if head in PROMINENT or head == "member" and any(
                p.lemma_.lower() in ASSEMBLIES for k in o.children if k.dep_ == "prep" and k.lower_ == "of"
                for p in k.children if p.dep_ == "pobj"):
            return True
    return False


def _attempted(c) -> bool:
    """"attempted to assassinate", "an attempt to assassinate", "a plot to kill the president"."""
    t = c.token
    h = t.head
    return t.dep_ in ("xcomp", "acl") and h.lemma_.lower() in ("attempt", "try", "plot", "seek", "bid")


PLAN_NOUNS = frozenset({"plan", "proposal", "deal", "agreement", "accord", "initiative", "roadmap", "formula",
                        "blueprint", "framework", "treaty", "package", "offer", "settlement"})


# an intent or a rejection whose object is a settlement of a conflict (the codebook's 037: any show of readiness to
# reach an overall settlement of a conflict; its 127: turning down a plan or agreement to settle a dispute): the
# type -> the settlement's code
SETTLEMENT_CODES = {"AGREE": "037", "REJECT": "127"}
CONFLICTS = frozenset({"dispute", "conflict", "war", "row", "standoff", "feud", "quarrel"})
SETTLING_VERBS = frozenset({"end", "settle", "resolve", "solve"})
SETTLEMENT_NOUNS = frozenset({"settlement", "resolution", "solution", "end"})


def _settling_category(type_: str | None, cameo: str) -> bool:
    """An intent or rejection coded so far only by its category (030-039, 120-129, "accepted the plan" 030, a
    cue's 032), which what is agreed to or rejected may make exact; a four-digit code already says what."""
    code = SETTLEMENT_CODES.get(type_)
    return code is not None and len(cameo) == 3 and cameo[:2] == code[:2]


def _settlement(v) -> bool:
    """Whether what the verb agrees to or rejects, its object or its to/on-phrase ("agreed to", "agreed on"), is a
    settlement of a conflict: a peace plan, proposal, deal or accord ("peace" modifying it), a plan or proposal for
    ending, settling or resolving a dispute, conflict or war ("a formula for ending the dispute", "a plan to end the
    war", "a proposal for a settlement of the conflict"), or such a settlement itself ("a settlement of their border
    dispute"). A bare "settlement" may be a colony; a plan for anything else ("a plan for expanding trade") is none."""
    objs = [o for o in v.children if o.dep_ in ("dobj", "nsubjpass")] + coder.phrase_objects(v, ("to", "on"))
    for o in objs:
        word = o.lemma_.lower()
        if word in PLAN_NOUNS and (any(k.dep_ in ("compound", "amod") and k.lower_ == "peace" for k in o.children)
                                   or any(_settles(a) for a in _plan_contents(o))):
            return True
        if _conflict_settlement(o):
            return True
    return False


def _plan_contents(n) -> list:
    """What a plan noun is for: its for/of/on phrase's object or gerund ("a plan for ending", "the offer of a
    settlement", "a proposal on resolving"), or the verb of its clause ("a plan to end", "a deal ending", "a plan
    that would end")."""
    return coder.phrase_objects(n, ("for", "of", "on")) + \
        [k for k in n.children if k.dep_ in ("acl", "relcl") and k.pos_ == "VERB"]


def _settles(a) -> bool:
    """"ending the dispute", "to resolve the conflict", "a settlement of the war", "an end to the conflict"."""
    if a.pos_ == "VERB":
        return a.lemma_.lower() in SETTLING_VERBS and any(
            o.dep_ == "dobj" and o.lemma_.lower() in CONFLICTS for o in a.children)
    return _conflict_settlement(a)


def _conflict_settlement(n) -> bool:
    """A settlement noun whose of- or to-phrase names a conflict ("a resolution of the conflict", "an end to the
    war")."""
    return n.lemma_.lower() in SETTLEMENT_NOUNS and any(
        p.lemma_.lower() in CONFLICTS for p in coder.phrase_objects(n, ("of", "to")))


# CAMEO's three kinds of international presence: 166x expelled or withdrawn, 086x let in
# (peacekeepers 1, inspectors or observers 2, aid agencies "helping civilians" or their aid 3)
PRESENCE_KINDS = {"peacekeeper": "1", "peacekeeping": "1", "inspector": "2", "observer": "2", "monitor": "2",
                  "ngo": "3", "aid": "3", "convoy": "3"}
# the goods of humanitarian aid, by name (the codebook's 0863 example lets in "the delivery of 1,000 tons of grain
# and flour"; CAMEO 073 names "food, medicine, shelter"): a delivery of them is aid let in, as "aid" is
RELIEF_GOODS = frozenset({"food", "foodstuff", "medicine", "grain", "flour", "wheat", "rice", "tent", "blanket"})
# words qualifying a group or goods as relief ("the UN refugee agency", "medical supplies", "drinking water")
AID_GROUP_WORDS = frozenset({"aid", "relief", "humanitarian", "refugee", "charity", "medical", "drinking"})


def _presence_kind(v, observers: bool = True) -> str | None:
    """Which of CAMEO's international presences the verb's object (or passive subject) is, from the
    noun, a word qualifying it or a measure's of-phrase ("expelled the UN weapons inspectors": 2,
    "the UN refugee agency": 3, "allowed the delivery of aid": 3); None for any other object. The
    codebook sub-codes 166 (expel or withdraw: 1661-1663) and 086 (allow international involvement:
    0861-0863) by it; 1662 names "inspectors, observers" but 0862 "receive inspectors" alone (the
    codebook's own 086 example receives "a mission of observers"), so `observers` is False for 086."""
    objs = [o for o in v.children if o.dep_ in ("dobj", "nsubjpass")]
    for _ in range(2):  # ("the delivery of 1,000 tons of grain": a measure's of-phrase inside the object's)
        objs += [p for o in objs for k in o.children if k.dep_ == "prep" and k.lower_ == "of"
                 for p in k.children if p.dep_ == "pobj" and p not in objs]
    for o in objs:
        words = [o] + [k for k in o.children if k.dep_ in ("amod", "compound")]
        for w in words:
            kind = PRESENCE_KINDS.get(w.lemma_.lower()) or PRESENCE_KINDS.get(w.lower_)
            if kind and (observers or w.lemma_.lower() not in ("observer", "monitor")):
                return kind
        if any(w.lower_ in AID_GROUP_WORDS for w in words[1:]) or \
                any(g.lemma_.lower() in RELIEF_GOODS for g in [o] + list(o.conjuncts)):
            return "3"  # ("food and medicine": either conjunct names the goods)
    return None


# what is given as aid, by CAMEO's kind of aid (071 economic, 072 military, 073 humanitarian)
RESOURCE_KINDS = {"troop": "072", "soldier": "072", "weapon": "072", "arm": "072", "ammunition": "072",
                  "instructor": "072", "adviser": "072", "advisor": "072", "money": "071", "fund": "071",
                  "loan": "071", "credit": "071", "grant": "071", "food": "073", "medicine": "073",
                  "tent": "073", "blanket": "073"}
OFFER_VERBS = frozenset({"offer", "pledge", "promise", "propose"})


def _resources_given(v, type_: str) -> str | None:
    """The kind of aid an offer or an appeal names by what is to be given, when no aid noun says it:
    "offered its troops to Lebanon" is an intent to provide military aid (0332), "asked Japan for
    tents" an appeal for humanitarian aid (0233). Only the giver's verbs of offering for an intent
    ("accepted troops from Syria" receives them) and the thing asked for (object, for-phrase) for an
    appeal or demand."""
    if type_ == "AGREE" and v.lemma_.lower() in OFFER_VERBS:
        nouns = [k for k in v.children if k.dep_ == "dobj"]
    elif type_ == "REQUEST":
        nouns = [k for k in v.children if k.dep_ == "dobj"] + \
            [o for k in v.children if k.dep_ == "prep" and k.lower_ == "for" for o in k.children if o.dep_ == "pobj"]
    else:
        return None
    # (the thing given may follow a measure: "two battalions of soldiers", "a shipment of food")
    nouns += [o for n in nouns for k in n.children if k.dep_ == "prep" and k.lower_ == "of"
              for o in k.children if o.dep_ == "pobj"]
    for n in nouns:
        kind = RESOURCE_KINDS.get(n.lemma_.lower())
        if kind:
            return kind
    return None


CHANGE_VERBS = frozenset({"change", "abandon", "reverse", "scrap", "drop", "revise", "alter", "overturn",
                          "rethink", "reconsider", "modify", "amend", "repeal", "rescind", "withdraw", "end"})
POLICY_NOUNS = frozenset({"policy", "law", "legislation", "decree", "bill", "reform"})


def _policy_change(v) -> str | None:
    """CAMEO 0832 ("accede to demands for change in policy"), whose row gives 0242 / 1042 / 1232: a
    call, demand or refusal whose complement changes or drops a policy or law ("urged Mordor to
    scrap its visa policy", "demanded that the king repeal the decree") asks for a policy change."""
    for k in v.children:
        if k.dep_ in ("xcomp", "ccomp") and k.i > v.i and k.pos_ == "VERB":
            if k.lemma_.lower() in CHANGE_VERBS and any(
                    o.dep_ == "dobj" and o.lemma_.lower() in POLICY_NOUNS for o in k.children):
                return "0832"
            return None
    return None


STOP_VERBS = frozenset({"stop", "halt", "end", "cease", "suspend", "abandon", "cancel"})
ENDINGS = frozenset({"end", "halt", "stop"})  # the nouns of "an end to", "a halt to", "a stop to"
DISSENT_NOUNS = frozenset({"protest", "demonstration", "rally", "march", "strike", "boycott", "picket", "walkout",
                           "stoppage"})


def _dissent_eased(v) -> str | None:
    """CAMEO 082, "Ease political dissent" ("cease or refrain from protests, demonstrations, strikes"), whose row
    gives 0352 / 0252 / 1052 / 1242 (codebook 1052: "demands that the target stop engaging in protests,
    demonstrations, strikes, etc."): an appeal, demand, intent or refusal whose complement stops a protest or
    strike ("urged the drivers to halt their protest"), or that names an end to one as its object or its
    for-phrase ("demanded an end to the demonstrations", "called for a halt to the strikes"); else None."""
    for k in v.children:
        if k.dep_ in ("xcomp", "ccomp") and k.pos_ == "VERB":  # (the first clause is what is asked)
            stopped = [o for o in k.children if o.dep_ == "dobj"] if k.lemma_.lower() in STOP_VERBS else []
            return "082" if any(o.lemma_.lower() in DISSENT_NOUNS for o in stopped) else None
    ends = [k for k in v.children if k.dep_ == "dobj"] + coder.phrase_objects(v, ("for",))
    if any(e.lemma_.lower() in ENDINGS and any(p.lemma_.lower() in DISSENT_NOUNS for p in coder.phrase_objects(e, ("to",)))
           for e in ends):
        return "082"
    return None


# CAMEO 0834 "change in institutions, regime" (codebook 1044: "fundamental changes in the political system (e.g.
# democratization) as well as more limited institutional changes (e.g. changing electoral law)"): a change or
# reform so qualified, a new constitution, or democracy itself
REGIME_WORDS = frozenset({"constitutional", "democratic", "electoral", "institutional"})
CHANGE_NOUNS = frozenset({"change", "reform", "amendment", "overhaul", "revision"})
REGIME_NOUNS = frozenset({"democracy", "democratization", "democratisation"})
CHARTER_VERBS = frozenset({"adopt", "draft", "write", "rewrite", "amend", "change", "revise"})  # what makes a constitution


def _institutional(v) -> str | None:
    """"0834" when what an appeal, demand, intent or refusal asks for is a change of institutions: its object or
    the object of its first clausal complement (or of that verb's to-phrase: "must agree to constitutional
    changes") is a constitutional, democratic or electoral change or reform, democracy, or a constitution new
    or being made ("demanded democratic reforms", "urged X to adopt a new constitution"); else None."""
    clause = next((k for k in v.children if k.dep_ in ("xcomp", "ccomp") and k.pos_ == "VERB"), None)
    objs = [k for k in v.children if k.dep_ == "dobj"]
    if clause is not None:
        objs += [k for k in clause.children if k.dep_ == "dobj"] + coder.phrase_objects(clause, ("to",))
    for o in objs + [c for o in objs for c in o.conjuncts]:
        word = o.lemma_.lower()
        mods = {k.lower_ for k in o.children if k.dep_ == "amod"}
        if word in REGIME_NOUNS or word in CHANGE_NOUNS and mods & REGIME_WORDS or word == "constitution" and (
                "new" in mods or o.head.lemma_.lower() in CHARTER_VERBS):
            return "0834"  # (not "respect the constitution": the one in force)
    return None


TRUCE_NOUNS = frozenset({"ceasefire", "cease-fire", "truce", "armistice"})


def _truce(d) -> str | None:
    """A ceasefire or truce as what is asked for, offered or refused is a de-escalation, CAMEO 0871
    ("declare truce, ceasefire"), whose row gives 0256 / 1056 / 0356 / 1246 (the codebook's 1246:
    "use this code for rejections of ceasefires"): "rejected a proposal for a truce" is 1246, not the
    proposal's 120 nor the noun's own 037 (which has no appeal or rejection of its own)."""
    if not d.is_noun:
        return None
    a = d.anchor
    word = a.lemma_.lower()
    if a.i >= 2 and a.doc[a.i - 1].text == "-" and not a.doc[a.i - 2].whitespace_:
        word = f"{a.doc[a.i - 2].lower_}-{word}"  # "cease-fire": the parser heads it on "fire"
    return "0871" if word in TRUCE_NOUNS else None


EASED_KINDS = {"curfew": "0813", "emergency": "0814", "martial": "0814"}
# what a restriction or ban eased "on" names (codebook 0811 "restrictions on fundamental political freedoms
# such as freedoms of speech, expression, and assembly"; 0812 "ban on political parties or politicians")
EASED_ON = {"press": "0811", "media": "0811", "medium": "0811", "speech": "0811", "expression": "0811", "assembly": "0811",
            "gathering": "0811", "newspaper": "0811", "journalist": "0811", "broadcaster": "0811",
            "party": "0812", "politician": "0812", "candidate": "0812"}


def _eased_kind(v) -> str | None:
    """CAMEO 081's sub-codes by what is eased (codebook: 0813 "relax or remove regulations that
    require people to be off the streets", 0814 "emergency regulations ... or temporary rule by
    military authorities"): the verb's object or a word qualifying it ("relaxed the night curfew",
    "eased emergency measures", "relaxed martial law", "shortened by one hour the curfew")."""
    for o in v.children:
        if o.dep_ in ("dobj", "nsubjpass"):
            # (and "the state of emergency": what the of-phrase names)
            for w in [o] + [k for k in o.children if k.dep_ in ("amod", "compound")] + \
                    [p for k in o.children if k.dep_ == "prep" and k.lower_ == "of" for p in k.children if p.dep_ == "pobj"]:
                code = EASED_KINDS.get(w.lemma_.lower())
                if code:
                    return code
    # "lifted restrictions on the press": 0811 (the on-phrase hung on the object or, by the parser, on the verb)
    for k in [k for o in v.children if o.dep_ in ("dobj", "nsubjpass") for k in o.children] + list(v.children):
        if k.dep_ == "prep" and k.lower_ == "on":
            for p in k.children:
                if p.dep_ == "pobj" and p.lemma_.lower() in EASED_ON:
                    return EASED_ON[p.lemma_.lower()]
    return None


AID_KINDS = {"economic": "071", "financial": "071", "budgetary": "071", "development": "071", "military": "072",
             "humanitarian": "073", "food": "073", "medical": "073", "relief": "073", "emergency": "073",
             "peacekeeping": "074"}


def _aid_kind(c) -> str:
    """CAMEO's kind of aid (071 economic, 072 military, 073 humanitarian, 074 peacekeeping) from the
    words that qualify the aid: the aid noun's modifiers, or the verb's object's ("provided military aid")."""
    root = c.anchor if c.is_noun else c.token
    nouns = [root] + [k for k in root.children if k.dep_ in ("dobj", "nsubjpass")]
    for n in nouns:
        for w in [n] + [k for k in n.children if k.dep_ in ("amod", "compound")]:
            code = AID_KINDS.get(w.lower_)
            if code:
                return code
    return "070"


ACCUSATIONS = (  # CAMEO 1121-1125, by what the accused is said to have done (longest phrase first)
    (("war", "crime"), "1124"), (("crime", "against", "humanity"), "1124"), (("genocide",), "1124"),
    (("atrocity",), "1124"), (("ethnic", "cleansing"), "1124"), (("human", "right"), "1122"), (("torture",), "1122"),
    (("aggression",), "1123"), (("invasion",), "1123"), (("espionage",), "1125"), (("spying",), "1125"),
    (("spy",), "1125"), (("treason",), "1125"), (("corruption",), "1121"), (("crime",), "1121"),
    (("fraud",), "1121"), (("bribery",), "1121"), (("embezzlement",), "1121"), (("murder",), "1121"),
    (("smuggle",), "1121"), (("smuggling",), "1121"), (("trafficking",), "1121"), (("launder",), "1121"),
    (("laundering",), "1121"), (("theft",), "1121"), (("extortion",), "1121"))


# verbs of accusing, whose CAMEO.2.0 block (BLAME [112]) codes the accused act's patterns 111 ("* BOMBING",
# "* RAID"), "Criticize or denounce"; the codebook keeps them accusations, sub-coded by the act alleged (1121-1125)
ACCUSING = frozenset({"accuse", "blame", "charge", "fault", "implicate"})
# 1123's "initiating hostilities or ... questionable or unjustifiable military actions such as violations of
# ceasefire" (its example: "blamed Israel for the bombing of"): the acts of war themselves (not a bare "strike",
# which may be a walkout), after war crimes and human rights abuses, which name the act more closely
AGGRESSION = tuple(((w,), "1123") for w in ("ceasefire", "truce", "attack", "bombing", "bomb", "shelling", "shell",
                                           "raid", "incursion", "invade", "offensive", "airstrike")) + \
    ((("cease", "-", "fire"), "1123"), (("air", "strike"), "1123"), (("missile", "strike"), "1123"),
     (("drone", "strike"), "1123"))
CODEBOOK_ACCUSATIONS = tuple(a for a in ACCUSATIONS if a[1] in ("1124", "1122")) + AGGRESSION + \
    tuple(a for a in ACCUSATIONS if a[1] not in ("1124", "1122"))


# CAMEO 091-094 sub-code an investigation by what is investigated, as 1121-1124 sub-code an accusation by what is
# alleged (codebook: 091 "Investigate crime, corruption", 092 "... human rights abuses", 093 "... military action",
# 094 "... war crimes"); espionage (1125) has no investigation of its own
INVESTIGATIONS = tuple((phrase, "09" + code[3]) for phrase, code in CODEBOOK_ACCUSATIONS if code != "1125")
INVESTIGATED = ("into", "of", "on", "over", "for")


def _investigation_kind(v) -> str | None:
    """The sub-code of an investigation (verb or noun `v`) from what its into/of/on/over/for phrase or its
    object names ("opened an inquiry into war crimes" 094, "investigated the air strike" 093), None when
    neither names a kind: the code stands (our 090, or a CAMEO.2.0 pattern's, INVESTIGATE `* FRAUD` [091]). A
    noun's phrase may hang on the verb it is the object of ("opened an inquiry [into genocide]"):
    _accusation_kind reads a verb's phrases and its object's."""
    if v.dep_ == "dobj" and v.head.pos_ == "VERB":
        v = v.head
    code = _accusation_kind(v, INVESTIGATIONS, INVESTIGATED)
    if code != "112":
        return code
    return _named_kind([t.lemma_.lower() for k in v.children if k.dep_ == "dobj" for t in k.subtree], INVESTIGATIONS)


def _accusation_kind(v, kinds=ACCUSATIONS, preps=("of", "with")) -> str:
    """The sub-code of an accusation from its of/with phrase ("accused X of war crimes" 1124,
    "charged with espionage" 1125, "of corruption" 1121; with CODEBOOK_ACCUSATIONS and "for" too, "blamed X for
    the shelling" 1123), the first of `kinds` any phrase of `preps` names. The parser often hangs the phrase on the
    accused or on the passive's agent ("accused Rufus Firefly of corruption", "was accused by the
    United Nations of war crimes", or on the last of several accused, "accused Mordor and its
    allies of war crimes"): a phrase right after any of them and after the verb counts as the verb's (a passive
    subject's own phrase before the verb names who it is, not the charge: "the head of the human rights league was
    accused of plagiarism" is 112, not 1122)."""
    accused = [c for c in v.children if c.dep_ in ("dobj", "nsubjpass")]
    heads = [v] + accused + [g for c in accused for g in c.conjuncts] + \
        [p for a in v.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
    for k in (k for h in heads for k in h.children if h is v or k.i > max(h.i, v.i)):
        if k.dep_ == "prep" and k.lower_ in preps:
            code = _named_kind([t.lemma_.lower() for t in k.subtree][1:], kinds)
            if code is not None:
                return code
    return "112"


def _named_kind(words: list[str], kinds) -> str | None:
    """The code of the first of `kinds` (phrase as a tuple of lemmas, code) whose phrase stands in `words`."""
    for phrase, code in kinds:
        n = len(phrase)
        if any(tuple(words[i:i + n]) == phrase for i in range(len(words) - n + 1)):
            return code
    return None


# CAMEO's protests (141-145) are sub-coded by what they are for, as demands for political reform
# are (1041-1044): 1 a change in leadership, 2 in policy, 3 rights, 4 a change in institutions or regime
REFORM_KINDS = {"resign": "1", "resignation": "1", "overthrow": "1", "oust": "1", "ouster": "1", "removal": "1",
                "leadership": "1", "policy": "2", "reform": "2", "law": "2", "right": "3", "freedom": "3",
                "liberty": "3", "release": "3", "arrest": "3", "detention": "3", "independence": "4",
                "autonomy": "4", "constitution": "4", "regime": "4", "secession": "4"}
PROTEST_ROOTS = frozenset({"141", "142", "143", "144", "145"})


def _protest_aim(c, cameo: str) -> str:
    """The sub-code of a protest by its stated aim (REFORM_KINDS): the words of its purpose clause
    ("began a hunger strike to protest the failure to bring in political reforms": 1422), of its
    "in protest against/of" phrase ("in protest of the arrest of activists": 1433) or of its
    for/against phrase ("blocked roads to press demands for greater freedom": 1443); the first
    such word in the text decides. No stated aim: the category's code."""
    kids = list(c.predicate.children) + (list(c.anchor.children) if c.anchor.i != c.predicate.i else [])
    aims = [k for k in kids if k.dep_ in ("advcl", "xcomp") and any(a.tag_ == "TO" for a in k.children)]
    aims += [k for k in kids if k.dep_ == "prep" and k.lower_ in ("for", "against")]
    aims += [k for k in kids if k.dep_ == "prep" and k.lower_ == "in"  # (on the verb, or on the event noun)
             and any(p.lemma_.lower() == "protest" for p in coder.pobjs(k))]
    words = sorted((t for a in aims for t in a.subtree if t.lemma_.lower() in REFORM_KINDS), key=lambda t: t.i)
    return cameo + REFORM_KINDS[words[0].lemma_.lower()] if words else cameo


def _appeal_or_demand(head: str, code: str) -> str:
    """CAMEO's appeals (02) and demands (10) have the same sub-categories (021-028, 101-108): a
    mode's demand code under an appeal ("asked for military aid") is the appeal's (0232, not 1032)."""
    return "02" + code[2:] if head[:2] == "02" and code[:2] == "10" else code


def _topic_of(c, d) -> bool:
    """An actorless event noun is part of event `d` with actors: of its type ("visited Argentina
    for talks on trade"), or any noun deeper than its object ("rejected a call for peace talks",
    "accused the US of blackmail in the negotiations"); a condemned attack itself happened."""
    if d is c or not (d.source or d.target) or not d.token.is_ancestor(c.anchor):
        return False
    if d.sense.type == c.sense.type:
        return True
    node = c.anchor
    while node.i != d.token.i and node.head.i != node.i:
        if node.dep_ == "prep" and node.lower_ in BEFORE_AFTER or node.dep_ == "advcl":
            return False  # "recalled its ambassador after the arrest of X": another event, told as a time
        node = node.head
    return d.sense.type != "ACCUSE" and c.anchor.head.i != d.token.i and c.anchor.head.i != d.anchor.i


BEFORE_AFTER = frozenset({"after", "before", "following", "since", "amid", "despite", "during", "until", "because",
                          "ahead", "prior", "over"})


THREAT_MODE = {"ASSAULT": ("violence", "138"), "MOBILIZE": ("violence", "138"), "SANCTION": ("relations", "131"),
               "PROTEST": ("relations", "133"), "COERCE": ("restrict", "132")}


COMMISSIVES = frozenset({"vow", "pledge", "promise", "swear"})


def _vowed_force(c, d):
    """(type, cameo, mode) of a promise to do a conflictual act ("vowed to impose tariffs on Mexico",
    "pledged to expel the envoys", "promised to crack down on the protesters"): a threat, the content's
    THREATEN code (1312, 136, 132), not AGREE, which the PLOVER manual keeps for a "willingness or
    commitment to cooperate"; THREATEN is "coercive or forceful warnings", as "said it would impose"
    already is (`recast`). Only the committer's own verb of promising with that act as its content."""
    if c.is_noun or d is None or c.token.lemma_.lower() not in COMMISSIVES or d.sense.type not in THREAT_MODE:
        return None
    # (announced with a commitment, every type THREAT_MODE names is recast to THREATEN)
    return recast(d.sense.type, d.sense.cameo or DEFAULT_CAMEO[d.sense.type], d.sense.mode, {"future"}, True)


def _object_of_trigger(c, trigger_types: dict) -> bool:
    """An event noun that another event's verb acts on ("rejected an offer from Egypt", "agreed to
    US mediation"): its flags come from that verb, whose own event is the statement PLOVER recasts."""
    if not c.is_noun:
        return False
    a = c.anchor
    v = a.head.head if a.dep_ == "pobj" and a.head.dep_ == "prep" else a.head if a.dep_ == "dobj" else None
    return v is not None and v.i != a.i and v.pos_ == "VERB" and v.i in trigger_types


def _verb_above(node, steps: int):
    """The first verb at or above `node` within `steps` heads (an event noun's governing verb), or None."""
    for _ in range(steps):
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            break
        node = node.head
    return node if node.pos_ in ("VERB", "AUX") else None


def _others_act(c, parts) -> bool:
    """"Tanzania offered to host talks between the Burundian government and rebels": an event noun
    with actors of its own, under a commitment or refusal by someone else, is not their statement;
    it stays the event it names, flagged (PLOVER recasts only the committer's own act)."""
    if not c.is_noun or not c.source:
        return False
    # as far up as clause_flags climbs from the noun for its flags (six heads): the commitment it found
    # there is the committer's, whose subject is asked here
    v = _verb_above(c.anchor.head, 5)
    if v is None:
        return False
    committer = {e for t in coder.subjects(v) for e in parts.resolve(t)}
    return bool(committer) and not committer & set(c.source)


def recast(type_: str, cameo: str, mode: str | None, flags: set[str], commitment: bool):
    """PLOVER codes announced intentions as their own categories (manual, "Auxiliary modes"):
    a committed cooperative act ("will provide aid", "agreed to meet") is AGREE; an announced
    conflictual act ("will impose a curfew", "said it would boycott") is THREATEN; a refused
    cooperative act ("will not accept refugees") is REJECT. Flags that the recast absorbs go."""
    quad = QUAD[type_]
    intent = "intent" in flags
    flags.discard("intent")  # internal marker: the future came from a plan ("plans to", "seeks to")
    if "negated" in flags and quad in (1, 2) and (commitment or type_ in ("AGREE", "CONCEDE")) \
            and "hypothetical" not in flags:
        flags -= {"negated", "future"}
        return "REJECT", parallel_code("120", cameo) or "120", None  # "will not attend talks": 125
    # a plan ("plans to visit", "intends to") stays the planned event, flagged future
    if "future" in flags and commitment and not intent and not flags & {"negated", "hypothetical"}:
        if quad in (1, 2) and type_ != "AGREE" and mode != "resign":
            flags.discard("future")
            return "AGREE", parallel_code("030", cameo) or AGREE_CAMEO.get(type_, "030"), None
        if type_ in THREAT_MODE:
            m, code = THREAT_MODE[type_]
            if type_ == "COERCE" and mode == "arrest":
                m, code = "arrest", "137"
            if type_ == "SANCTION" and mode == "expel":
                m, code = "expel", "136"
            code = parallel_code("130", cameo) or code  # "will impose sanctions": 1312
            flags.discard("future")
            return "THREATEN", code, m
    return type_, cameo, mode


def clause_depth(tok) -> int:
    """How far the event's clause is embedded: 0 for the main clause (or what a speaker said),
    more for complements, purpose clauses, modifiers. Main-clause events are the sentence's news."""
    d, node = 0, tok
    for _ in range(12):
        head = node.head
        if head.i == node.i:
            break
        dep = node.dep_
        if dep == "conj" or (dep == "ccomp" and head.lemma_.lower() in SPEECH):
            pass
        elif dep in ("advcl", "xcomp", "acl", "relcl") :
            d += 2
        else:
            d += 1
        node = head
    return d


# --- spans, quotes, places, times -----------------------------------------------------------------

def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    return any(a < pos < b for a, b in spans)


def _quote_spans(doc: Document, parse) -> list[tuple[int, int]]:
    """Quoted stretches: the quotes stage's direct/partial quotes, plus text between quotation marks."""
    spans = [(q.start - 1, q.end + 1) for q in doc.quotes if q.kind in ("direct", "partial")]
    for sec in doc.sections:
        if sec.kind in EVENT_SECTIONS and ('"' in sec.text or "\u201c" in sec.text):
            spans += [(sec.start + a, sec.start + b) for a, b in quoted_spans(sec.text, 0, len(sec.text))]
    return spans


# "from 2011 onwards": the start of an open stretch, a boundary as "since 2011" is (the times stage leaves "onwards"
# out of the expression and sets no mod), so no date of the event told beside it ("the deal foresees supplies from
# 2011 onwards" was a deal of 2011, flagged future)
_OPEN_START = re.compile(r"\s*onwards?\b", re.IGNORECASE)
# a bare "from 2009" opens the same stretch ("supplies over 25 years from 2009" dated the deal 2009); with a closing
# bound after it ("from March to May", "from 2009 until 2034") it is the first day of a closed one, and still dates
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_CLOSING_BOUND = re.compile(r"\s*(?:to|until|till|through|thru|and|[-\u2013\u2014])\s*", re.IGNORECASE)


def _open_starts(doc: Document) -> set[int]:
    """The indices in doc.times of the times that open a stretch with no end: "X onwards", or "from X" with no
    time after it that closes the range."""
    text, times, out = doc.text, doc.times, set()
    for i, t in enumerate(times):
        if _OPEN_START.match(text, t.end):
            out.add(i)
        elif _FROM_BEFORE.search(text, max(0, t.start - 8), t.start):
            nxt = times[i + 1] if i + 1 < len(times) else None
            if nxt is None or not _CLOSING_BOUND.fullmatch(text, t.end, nxt.start):
                out.add(i)
    return out


def _time_index(doc: Document, sdoc) -> dict[int, tuple]:
    """token index -> (value, granularity, text, preceding word) for every dated time expression."""
    out: dict[int, tuple] = {}
    items = []
    open_starts = _open_starts(doc)
    for i, t in enumerate(doc.times):
        # dated points only: not durations, sets, PRESENT_REF, nor boundaries ("since 2022", "before May", "from 2009")
        if not t.value or t.type not in ("DATE", "TIME") or t.mod in BOUNDARY_MODS or i in open_starts:
            continue
        value = str(t.value)
        if "T" in value:
            value = value.split("T", 1)[0]
        if _granularity(value) != "unknown" or (t.granularity == "decade" and _period_start(value)):
            # a decade ("seized in the 1970s") dates an event too: enough to tell history
            items.append((t.start, t.end, value, t.granularity if t.type == "DATE" else "day", t.text))
    if not doc.times:
        # no times stage: bare years from the parser's DATE entities still date history ("the 2003 invasion")
        for ent in sdoc.ents:
            if ent.label_ == "DATE":
                m = re.fullmatch(r"(?:in |the )?((?:1[89]|20)\d{2})", ent.text.strip())
                if m:
                    items.append((ent.start_char, ent.end_char, m.group(1), "year", ent.text))
    if not items:
        return out
    starts, last = token_starts(sdoc), sdoc[-1]
    for start, end, value, gran, text in items:
        ts, te = token_range(starts, start, end)
        # a recased headline's parse holds only the text up to its end, spaces before it: a time before it
        # or after it is no word of it (token_range would put a later time on the headline's last word)
        if sdoc[ts].is_space or start >= last.idx + len(last):
            continue
        prev = sdoc[ts - 1].lower_ if ts > 0 else ""
        out[ts] = (str(value), gran, text, prev)
    return out


def _event_date(c, times: dict[int, tuple], doc_date: str | None, triggers=frozenset()) -> DateRef | None:
    node = c.anchor if c.is_noun else c.token
    trig = c.token
    for _ in range(4):
        found = _times_in(node, trig, times, c.anchor, triggers)
        if found:
            value, gran, text = found
            return DateRef(value=value, granularity=gran or _granularity(value), text=text)
        if node.dep_ in ("ccomp", "parataxis", "ROOT") or node.head.i == node.i:
            break
        node = node.head
    if doc_date:
        return DateRef(value=doc_date, granularity="day", text="document date")
    return None


def _times_in(node, trig, times, anchor=None, triggers=frozenset()):
    lo, hi = node.left_edge.i, node.right_edge.i
    if not any(lo <= i <= hi for i in times):
        return None  # no time in the phrase (the usual case): its subtree is not worth walking for what to skip
    anchor = trig if anchor is None else anchor
    best = None
    # another event's noun dates that event: "condemned the 1980 invasion" is not a 1980 condemnation
    skip: list[tuple[int, int]] = [(ch.left_edge.i, ch.right_edge.i) for ch in node.subtree
                                   if ch.i in triggers and ch.i not in (node.i, trig.i, anchor.i)
                                   and ch.pos_ in ("NOUN", "PROPN")
                                   and not ch.left_edge.i <= trig.i <= ch.right_edge.i]
    # a clause deeper below that does not hold the trigger dates its own event ("violated the
    # agreement signed in March 2001": the signing's date), unless it hangs on the event itself
    # ("a protest movement starting in December")
    for ch in node.subtree:
        if ch.i == node.i or ch.dep_ not in CLAUSE_CHILDREN or ch.left_edge.i <= trig.i <= ch.right_edge.i:
            continue
        if ch.head.i == node.i or ch.head.i != anchor.i:
            skip.append((ch.left_edge.i, ch.right_edge.i))
    for i in range(lo, hi + 1):
        t = times.get(i)
        if t is None or any(a <= i <= b for a, b in skip) or t[3] in RANGE_WORDS:
            continue
        dist = abs(i - trig.i)
        if best is None or dist < best[0]:
            best = (dist, t)
    return best[1][:3] if best else None


def date_flags(date: DateRef | None, doc_date: str | None) -> set[str]:
    """historical: the event's period ended over a year before the article; future: it starts after."""
    if date is None or not doc_date or date.text == "document date":
        return set()
    ref = _period_start(doc_date)
    end, start = _period_end(date.value), _period_start(date.value)
    if ref is None or end is None or start is None:
        return set()
    if (ref - end).days > HISTORICAL_DAYS:
        return {"historical"}
    if start > ref:
        return {"future"}
    return set()


MODALS = frozenset({"will", "would", "shall", "should", "may", "might", "can", "could", "must", "'ll", "wo"})


def _told_in_past(c) -> bool:
    """The trigger's clause is in a past tense ("came under fire", "were killed", "has attacked"),
    with no modal ("would attack"): what it tells has happened."""
    node = _verb_above(c.predicate if c.is_noun else c.token, 3)
    if node is None:
        return False
    auxes = [k for k in node.children if k.dep_ in ("aux", "auxpass")]
    if any(k.tag_ == "MD" or k.lower_ in MODALS for k in auxes):
        return False
    return node.tag_ == "VBD" or any(k.tag_ == "VBD" or (k.lemma_ == "have" and node.tag_ == "VBN") for k in auxes)


LOCATIVE = frozenset({"in", "at", "near", "outside", "inside", "across", "around", "throughout", "off", "along"})


SITE_PREPS = frozenset({"outside", "at", "near", "before", "in", "around"})  # "in front of"
SITES = frozenset({"embassy", "consulate", "mission", "ministry", "office", "parliament", "headquarters",
                   "palace", "residence", "compound", "building"})


# acts whose site stands for their target when the verb names none: a protest at an embassy, a bomb
# exploding outside one ("bombs exploded outside the U.S. embassies": the embassies' state is struck)
SITE_TARGET_TYPES = frozenset({"PROTEST", "ASSAULT"})


def _site_target(c, type_: str, parts) -> list[str]:
    """A protest or an attack at a building aims at whom the building stands for ("protested outside
    the Sylvanian embassy", "a bomb went off outside the Sylvanian embassy": SYL), as PETRARCH takes a
    verb's target from its prepositional phrases. (Asked only when the verb names no target.)"""
    if type_ not in SITE_TARGET_TYPES or c.is_noun:
        return []
    for prep in (k for k in c.token.children if k.dep_ == "prep" and k.lower_ in SITE_PREPS):
        objs = [o for o in prep.subtree if o.dep_ == "pobj" and o.lemma_.lower() in SITES]
        for site in objs:
            eids = [parts.tok2ent[t.i] for t in site.subtree if t.i in parts.tok2ent]
            eids = [e for e in dict.fromkeys(eids) if e not in c.source]
            if eids:
                return eids[:1]
    return []


def _third_place(c, parts, doc: Document, location: str | None) -> bool:
    """A meeting placed in a country neither side belongs to ("met his Freedonian counterpart in
    Mordor", "Freedonian and Sylvanian officials met in Gondor"): the country of an actor an in/at
    phrase of the verb or of its object names (the parser may hang it on the object), else the
    country of the event's place."""
    sides = {parts.country.get(e) for e in list(c.source) + list(c.target)}
    if not c.source or None in sides:
        return False
    heads = [c.token] + coder.direct_objects(c.token)  # the objects the coder reads ("met up to 20 officials in X")
    for prep in (k for h in heads for k in h.children if k.dep_ == "prep" and k.lower_ in ("in", "at")):
        for obj in (o for o in prep.children if o.dep_ == "pobj"):
            where = parts.country.get(parts.tok2ent.get(obj.i, ""))
            if where is not None:  # an actor's country first ("in Sylvania", a dictionary country,
                return where not in sides  # is no town of that name elsewhere)
    place = doc.place(location)
    if place is None or not place.country:
        return False
    sdoc = c.token.doc
    for m in place.mentions:  # a dictionary country the places stage took for a town ("Rohan", France)
        span = sdoc.char_span(m.start, m.end, alignment_mode="expand")
        where = next((parts.country[parts.tok2ent[t.i]] for t in (span or ()) if parts.tok2ent.get(t.i) in parts.country), None)
        if where is not None:
            return where not in sides
    return country_on(place.country, doc.published.value) not in sides


# the prepositions of an attack noun that name what it strikes ("raids against camps", "strikes on bases")
STRUCK_PREPS = frozenset({"against", "on", "upon"})


def _struck_sites(noun, type_: str) -> list:
    """"launched raids against rebel camps in Sudan": an attack, crackdown or protest named by a noun
    is located where the thing it strikes is, as the verb's object is ("bombed rebel camps in Sudan");
    each conjoined thing keeps its own place ("camps in Yemen and a factory in Somalia")."""
    if type_ not in PLACE_TARGET_TYPES:
        return []
    struck = [o for p in noun.children if p.dep_ == "prep" and p.lower_ in STRUCK_PREPS
              for o in p.children if o.dep_ == "pobj"]
    struck += [j for o in struck for j in o.conjuncts]
    return [k for o in struck for k in o.children if k.dep_ == "prep"]


def _event_place(c, doc: Document) -> str | None:
    """The place the trigger's clause locates the event at ("clashed in Tehran", "a protest in
    Kirkuk"): a place inside a locative phrase of the trigger (or of its clause head), never an
    actor's name ("Russia attacked")."""
    if not doc.places:
        return None
    node = c.anchor if c.is_noun else c.token
    sdoc = node.doc
    for _ in range(2):
        # the trigger's own locative phrases, then its object's ("blocked roads in Brussels")
        preps = [k for k in node.children if k.dep_ == "prep"]
        preps += [k for d in node.children if d.dep_ == "dobj" for k in d.children if k.dep_ == "prep"]
        # "lifted a state of emergency in Mombasa": the locative phrase of the object's "of" noun
        preps += [k for p in preps if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"
                  for k in o.children if k.dep_ == "prep"]
        if c.is_noun and node.i == c.anchor.i:
            preps += _struck_sites(node, c.sense.type)
        for prep in preps:
            if prep.lower_ in LOCATIVE:
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        right = sdoc[obj.right_edge.i]
                        place = place_for_span(doc, sdoc[obj.left_edge.i].idx, right.idx + len(right.text))
                        if place is not None:
                            return place.id
        if node.head.i == node.i:
            break
        # a noun in a phrase is located by the phrase's head ("remained on alert in the West Bank")
        node = node.head.head if node.dep_ == "pobj" and node.head.dep_ == "prep" else node.head
    return None


# --- modes, confidence, linking, merging ---------------------------------------------------------

OWN_CLAUSE_DEPS = frozenset({"advcl", "ccomp", "relcl", "acl", "parataxis"})


# the weapon platforms the CAMEO codebook codes by themselves: 195 is an attack that uses military aircraft, and
# takes precedence when other weapons are used too; 1952 one by unmanned aircraft
PLATFORM_MODES = frozenset({"aerial", "drone"})


def _platform_doer(c, cues: dict[str, str]) -> str | None:
    """"Pyrrhenian jets struck the camps", "drones hit the convoy": the doer names the weapon platform,
    which the complements (_mode_from_cues reads no subject) never do. Only a platform's mode: "gunmen
    kidnapped" names the doers, not how the act was done."""
    for t in c.source_tokens:
        for w in [t] + [k for k in t.children if k.dep_ in ("amod", "compound")]:
            m = cues.get(w.lower_) or cues.get(w.lemma_.lower())
            if m in PLATFORM_MODES:
                return m
    return None


def _mode_from_cues(c, lex) -> str | None:
    cues = lex.mode_cues.get(c.sense.type)
    if not cues:
        return None
    platform = _platform_doer(c, cues)
    if platform:
        return platform
    # the trigger, its modifiers and complements, and theirs: two levels down, subjects excepted
    root = c.anchor if c.is_noun else c.token
    level = [c.token] + ([root] if root.i != c.token.i else [])
    for _ in range(3):
        nxt = []
        for t in level:
            # a word and its own modifiers ("with military action": the action is military)
            for w in [t] + ([k for k in t.children if k.dep_ in ("amod", "compound")] if t.pos_ == "NOUN" else []):
                m = cues.get(w.lower_) or cues.get(w.lemma_.lower())
                if m:
                    return m
            nxt += [k for k in t.children if k.dep_ not in ("nsubj", "nsubjpass", "csubj", "punct", "cc", "conj")
                    and not (k.dep_ in OWN_CLAUSE_DEPS and any(g.dep_ in ("nsubj", "nsubjpass") for g in k.children))]
            # (a clause with a subject of its own is another's act: "attacked Ithilen while Dagolath bombed
            # Eriador" is no bombing; "attacked X, killing five" keeps its participle)
        level = nxt
    return None


def _confidence(c, triggers=frozenset()) -> float:
    conf = 0.5 + 0.1 * min(c.sense.specificity, 2)
    conf += max(0.0, 0.25 - 0.08 * clause_depth(c.predicate))
    conf += 0.1 if c.source else 0.0
    conf += 0.1 if c.target else 0.0
    if c.is_noun:
        conf -= 0.05
    if not c.source and not c.target:
        conf *= 0.7
    if _backdrop(c, triggers)[1]:
        conf -= 0.15  # "retook the village after fierce fighting with guerrillas": the setting, not the news
    return round(max(0.1, min(conf, 0.95)), 2)


def _link_repression(events) -> None:
    """"The demonstrations were repressed": the repression's target is the protesters, its source the
    protested authority (the latest PROTEST event nearby), when the parse names no actor."""
    last_protest = None
    for ev, c in events:
        if ev.type == "PROTEST":
            last_protest = (ev, c)
            continue
        if ev.type not in ("COERCE", "ASSAULT") or last_protest is None or (ev.source and ev.target):
            continue
        toks = c.target_tokens
        if not any(t.lemma_.lower() in coder.PROTEST_NOUNS for t in toks):
            continue
        pev, pc = last_protest
        if c.sent.start - pc.sent.end > 60:  # only the near context
            continue
        if not ev.target and pev.source:
            ev.target = list(pev.source)
        if not ev.source and pev.target:
            ev.source = [e for e in pev.target if e not in ev.target]


def _own_clause_verb(c) -> bool:
    """A verb coordinated with another that has a subject of its own ("Rebels fired rockets at the
    town and artillery shelled the villages"): a clause of its own, with its own means."""
    v = c.token
    return not c.is_noun and v.dep_ == "conj" and (
        any(k.dep_ in ("nsubj", "nsubjpass") for k in v.children) or split_subject(v) is not None)


def drop_subsumed(events: list[Event], own_clauses: set[int] = frozenset()) -> list[Event]:
    """One sentence telling one event twice: an event whose named actors are all named, on the same
    sides, by another event of its type and flags in the same sentence (the earlier one when both name
    the same) is a detail of that event ("resorted to throwing stones during demonstrations against
    X": one protest against X; "fire against X, killing 50": one assault; "a hunger strike in protest
    of X"), not a second one. The fuller event keeps a mode it lacked, unless the detail is a
    coordinated clause of its own (`own_clauses`, ids: "troops attacked X and jets bombed Y" is no
    air strike by the troops)."""
    by_sentence: dict[int, list[int]] = {}
    for i, ev in enumerate(events):
        if ev.evidence is not None:
            by_sentence.setdefault(ev.evidence.start, []).append(i)
    dropped = set()
    for idxs in by_sentence.values():
        for i in idxs:
            ev = events[i]
            main = next((events[j] for j in idxs if j != i and j not in dropped and _covers(events[j], ev)
                         and (j < i or not _covers(ev, events[j]))), None)
            if main is not None:
                dropped.add(i)
                if main.mode is None and ev.mode and id(ev) not in own_clauses:
                    main.mode = ev.mode
    return [ev for i, ev in enumerate(events) if i not in dropped]


def _covers(f: Event, ev: Event) -> bool:
    """`f` names every actor `ev` names, on the same side, with the same type and flags."""
    return (event_kind(f.type, f.cameo) == event_kind(ev.type, ev.cameo) and f.flags == ev.flags and set(ev.source) <= set(f.source) and set(ev.target) <= set(f.target))


DEFINITE = frozenset({"the", "these", "those", "this", "that", "such"})


def _anaphoric(c) -> bool:
    """A definite event noun without actors refers back: "the demonstrations", "this attack"."""
    return c.is_noun and not c.source and not c.target and any(
        k.dep_ in ("det", "poss") and k.lower_ in DEFINITE for k in c.anchor.children)


# verbs whose subject or object event is told as happening ("the attacks killed 12", "the bombing
# occurred in X", "the attack was quick") or as undergone ("received the support of X", "faced
# protests"), not referred back to
OCCURRENCE = frozenset({"receive", "get", "win", "gain", "suffer", "face", "undergo", "endure", "witness", "survive",
                        "experience", "meet", "draw", "attract", "enjoy", "occur", "happen", "take", "come", "begin",
                        "start", "continue", "erupt", "break", "kill", "wound", "injure", "hurt", "leave", "hit",
                        "rock", "destroy", "damage", "target", "claim", "be", "last", "spread", "resume", "intensify",
                        "escalate", "end", "strike", "shake", "rip", "tear", "force", "cause", "see", "involve",
                        "unfold", "flare", "rage", "subside"})
# prepositions of an event going on at the time the sentence tells ("fired tear gas during the protests")
CONCURRENT_PREPS = frozenset({"during", "amid", "amidst", "in", "at", "throughout"})
# a noun's own phrases naming who acts or undergoes, or where it is ("the attack on the embassy", "the
# attack outside the embassy": every locative preposition, not only "in", "at" and "near")
OWN_ARGUMENT_PREPS = frozenset({"by", "of", "on", "against", "from", "between", "with", "upon"}) | LOCATIVE


def _referred_back(c) -> bool:
    """"American authorities allege the attacks were plotted by X", "police are investigating the
    shooting", "blamed X for the bombings": a definite event noun with no phrase of its own, the
    subject or object of another act that is not its happening (OCCURRENCE), refers back to an
    event told before (or known from earlier news): a restatement, not a new event."""
    n = c.anchor
    if not c.is_noun or c.target or not any(k.dep_ == "det" and k.lower_ in DEFINITE for k in n.children) or \
            any(k.dep_ in ("prep", "agent") and k.lower_ in OWN_ARGUMENT_PREPS for k in n.children):
        return False
    node = n
    for _ in range(5):  # through "responsibility for the attack", "for the bombings"
        if node.head.i == node.i:
            return False
        if node.head.pos_ == "VERB" and node.dep_ in ("nsubj", "nsubjpass", "dobj", "prep"):
            break
        if node.dep_ not in ("pobj", "prep", "dobj"):
            return False
        node = node.head
    else:
        return False
    if node.dep_ == "prep" and node.lower_ in CONCURRENT_PREPS:
        return False  # "police fired tear gas during the protests": the protest goes on as told
    v = node.head
    if node.dep_ == "nsubj" and any(k.dep_ in ("acomp", "attr", "oprd") for k in v.children):
        # "the attack was (lightning) quick", "the attack seemed deliberate": described as told (the
        # parser makes the adjective after "seemed" an oprd, after "appeared" an acomp)
        return False
    return v.lemma_.lower() not in OCCURRENCE and v.lemma_.lower() not in coder.LIGHT_VERBS


def merge_restatements(events: list[Event], anaphoric: set[int] = frozenset(),
                       referred: set[int] = frozenset()) -> list[Event]:
    """One event per (type, source, target, flags): later sentences become restatements. A definite
    event noun without actors ("the demonstrations") restates the latest earlier event of its type;
    so does one another act refers back to (`referred`, _referred_back), which, with no earlier
    event of its type in the document, tells of an event the article does not report: none."""
    out: list[Event] = []
    index: dict[tuple, Event] = {}
    latest: dict[str, Event] = {}
    for ev in events:
        kind = event_kind(ev.type, ev.cameo)
        if ev.source or ev.target:
            key = (kind, tuple(sorted(ev.source)), tuple(sorted(ev.target)), tuple(ev.flags))
        else:
            key = (kind, (ev.trigger.text.lower() if ev.trigger else ""), tuple(ev.flags))
        main = index.get(key)
        if main is None and (id(ev) in anaphoric or id(ev) in referred) and kind in latest:
            main = latest[kind]
        if main is None and id(ev) in referred:
            continue
        if main is None or main is ev:
            latest[kind] = ev
        if main is None:
            index[key] = ev
            out.append(ev)
            continue
        if ev.evidence and main.evidence and ev.evidence.start != main.evidence.start \
                and all(r.start != ev.evidence.start for r in main.restatements):
            main.restatements.append(ev.evidence)
        if main.date and main.date.text == "document date" and ev.date and ev.date.text != "document date":
            main.date = ev.date
        if main.mode is None and ev.mode:
            main.mode = ev.mode
        if main.location is None:
            main.location = ev.location
        main.confidence = max(main.confidence, ev.confidence)
    return out


