"""Places: every toponym in an article resolved to a GeoNames entry, a country, coordinates and a feature.

Candidates: the parser's GPE/LOC/FAC entities and the entities stage's place mentions; country and
region names (PhraseMatcher); capitalised names the gazetteer knows (`name_matches`: states,
counties, towns in a locative context or of 10,000+ people, AP abbreviations after a comma); street
names and lists of streets; named forests and wildernesses; demonyms; news-writing patterns
(`pattern_matches`: lists of counties, a lawmaker's home, a dateline in capitals); a town before its
institutions or people ("DeKalb Police", "a Chiefland man"); a city's team in a sports sentence
("Liverpool won 3-1": a metonym); the place a facility's or institution's name begins with
("Henderson County Jail"); a member of a list whose others are places ("Cleveland, Columbus, Dayton and
Cincinnati"); and, one sense per story, the other occurrences of a name the story uses as a place
("Lancaster" tagged ORG in the headline, "DuPage Sheriff" after "DuPage County"). The tails of saints'
and people's names are not towns ("St. Patrick's Day", "Yevgenia Petrova ... Petrova said"). Each is
looked up in the gazetteer (`geonames.py`: GeoNames cities500, admin1/admin2, countries, our regions
table). The reading of an ambiguous name is chosen (`choose`) from
  - its prior: population, or a fixed weight for countries, states, counties and our table;
  - the story's countries and first-level divisions, voted by the names that are not in doubt (a
    city whose like-sized namesakes share its country votes for the country), the demonyms, (weakly)
    the actors' countries and, where no name votes, the story's money ("$" -> USA); names several places share spread a vote over
    their readings' divisions where nothing is sure; each name is chosen by the other names' votes,
    not its own (`Votes`);
  - town cues (a mayor, police, "a Lebanon man", a street address before it): a country reading
    gives way to a town of that name;
  - what the story's names say together (`coverage.py`): the state in which most of them have a
    reading ("Watertown", "Delano", "Scott County": Minnesota), and a town lying in a county the story
    names ("Huntsville" with "Walker County": Texas);
  - a town's council or police department named in full ("the Paris City Council"): size no longer
    chooses among its namesakes;
  - the dateline, a qualifier ("Paris, Texas", "Monroeville, Ala."), and in a second look the share
    of the story's other places within 150 km.
Each mention has a kind: `name` (a literal place), `modifier` (a demonym, "the Syrian town of"; a
place naming something else: "U.S. officials", "the Georgia Bureau of Investigation") or `metonym`
(a place acting or acted upon as a government, people or team: "Turkey said", "Moscow denied",
"Syria accused Israel", "France beat England"; the actors stage's agent test, whose entity mention
is then marked `metonym` too). Names the gazetteer lacks stay places without coordinates
when their words or context say so (streets, rivers, "the town of X", "near X").
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from dataclasses import dataclass, replace

from spacy.strings import get_string_id
from spacy.symbols import ADJ, NOUN, PROPN

from ..columns import column, column_list
from ..model import Document, Mention, Place
from ..nlp import Parse
from ..spans import expand_span
from .. import metonymy
from ..stage import Stage, register
from ..words import COURTESY_TITLES
from .geonames import _LEAD, _TRAIL, TABLE_SCORE, Entry, Gazetteer, key, load as load_gazetteer
from .coverage import Coverage
from .spans import NEAR_KM, Near, SpanIndex, Taken, km as _km  # noqa: F401 (NEAR_KM, _km: kept for callers)

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
SKIP_SECTIONS = frozenset({"credit", "byline", "published"})
# A matched country/region name inside one of these entities is part of a name, not a place
# ("Bank of England", "Iraqi Kurdistan" is handled by the table itself).
BLOCKING_LABELS = frozenset({"PERSON", "ORG", "NORP", "WORK_OF_ART", "LAW", "PRODUCT", "LANGUAGE", "EVENT", "DATE",
                             "TIME", "MONEY", "QUANTITY", "CARDINAL", "ORDINAL", "PERCENT"})
# ...but inside these a place name is still a toponym, used as a modifier ("Georgia Bureau of Investigation")
EMBEDDING_LABELS = frozenset({"ORG", "WORK_OF_ART", "LAW", "PRODUCT", "EVENT"})
FOCUS_WEIGHT = 3.0
NEAR_WEIGHT = 3.0
SOFT_VOTE = 0.5
TOWN_FOCUS = 0.75  # a town gets part of the country weight: it never outvotes a city 100 times its size on that alone
ACTOR_VOTE = 0.3
ADMIN_WEIGHT = 3.0  # the story's first-level divisions: "Paris" in a story about Lamar County, Texas
DATELINE_BONUS = 1.5
QUALIFIER_BONUS = 5.0
TOWN_CUE_PENALTY = 4.0  # a country with a mayor or a street address is a town of that name
SEAT_DOUBT = 2.5  # a seat of power ("Whitehall") with namesakes abroad, in a story that neither names its country
# nor reads it as the institution: a namesake ("Whitehall, Ohio") may win on the story's evidence, a bare name still
# goes to the seat
# log10 population: a name whose council or police department the story names in full ("the Paris City
# Council") counts as a town of 100,000 at most, so the story's other places, not size, choose the namesake
MUNICIPAL_CAP = 5.0
RELATIONAL_PREPS = frozenset({"between", "against", "with", "among", "toward", "towards"})
STRONG_PREPOSITIONS = frozenset({"in", "at", "near", "outside", "inside", "across", "throughout"})
BIG_CITY = 5.5  # log10 population: a city of 300,000+ people
SMALL_CITY = 5.0  # log10 population: under 100,000 people

ADMIN_WORDS = frozenset({"province", "region", "state", "governorate", "oblast", "district", "county", "prefecture"})


@functools.cache
def gazetteer() -> Gazetteer:
    """The gazetteer, loaded once, for tools and tests (the stage loads and owns its own)."""
    return load_gazetteer()


def phrase_matcher(vocab, gaz: Gazetteer, tok=None):
    """A PhraseMatcher on lower-cased text for country/region names over a spaCy vocab; phrases are
    split by `tok` (the pipeline's own tokenizer; a blank English one costs a tenth of a second to make)."""
    from spacy.matcher import PhraseMatcher

    if tok is None:
        from spacy.lang.en import English

        tok = English().tokenizer
    m = PhraseMatcher(vocab, attr="LOWER")
    m.add("PLACE", [_make(tok, vocab, p) for p in gaz.phrases()])
    return m


def _make(tok, vocab, text: str):
    from spacy.tokens import Doc

    return Doc(vocab, words=[t.text for t in tok(text)])


# --- the stage -------------------------------------------------------------------------------------

class _Ent:
    """One of the parser's entities with what this stage reads of it many times kept: a Span's `text` joins
    a new Token object per word at every call (about 3 us an entity, asked up to six times each) and
    `label_` looks the string up again. Anything else is the Span's own."""

    __slots__ = ("span", "text", "label_", "start", "end", "start_char", "end_char", "_len")

    def __init__(self, span, text: str):
        self.span, self.label_, self.start, self.end = span, span.label_, span.start, span.end
        self.start_char, self.end_char, self._len = span.start_char, span.end_char, len(span)
        self.text = text[self.start_char:self.end_char]  # what Span.text is: its tokens are the text's characters

    def __len__(self) -> int:
        return self._len

    def __getitem__(self, i):
        return self.span[i]

    def __iter__(self):
        return iter(self.span)

    def __getattr__(self, name: str):
        return getattr(self.span, name)


def entities(parse: Parse, text: str) -> list[_Ent]:
    """The parser's entities (Parse.ents: made once per article) for this stage to read."""
    return [_Ent(ent, text) for ent in parse.ents]


def candidates(doc: Document, parse: Parse, gaz: Gazetteer, matcher, ents: list | None = None,
               given: set[tuple[int, int]] | None = None) -> list[tuple[int, int, str]]:
    """(start, end, label) spans that may name a place, longest first where they overlap. `ents`:
    entities(parse, doc.text) and `given`: given_name_spans(ents, gaz), when the caller has made them. Each source
    adds only spans no earlier one labelled, except the news-writing patterns, which win over any label."""
    sdoc, text = parse.doc, doc.text
    ents = entities(parse, text) if ents is None else ents
    given = given_name_spans(ents, gaz) if given is None else given
    spans, blocked = _entity_spans(ents, gaz, given)
    spans.update(_dateline_spans(doc))
    for found in (_mislabelled_spans(doc, sdoc, ents, gaz, given), _team_spans(ents, gaz), _entity_place_mentions(doc),
                  _phrase_matches(sdoc, text, matcher, gaz, blocked), name_matches(sdoc, text, gaz, blocked),
                  street_matches(sdoc, text, blocked), nature_matches(text, blocked), dam_matches(text, blocked),
                  town_head_matches(text, gaz)):
        for a, b, label in found:
            spans.setdefault((a, b), label)
    for a, b, label in pattern_matches(text):  # what the words around say outright: they win over a label
        spans[(a, b)] = label
    for a, b in listed_places(text, spans, gaz):
        spans.setdefault((a, b), "LISTED")
    acronyms = org_acronyms(text, ents)
    # keep the longest of overlapping spans... unless the longer one does not resolve (tried later)
    return sorted(((a, b, lab) for (a, b), lab in spans.items() if text[a:b] not in acronyms),
                  key=lambda t: (t[0], -(t[1] - t[0])))


def _entity_spans(ents, gaz: Gazetteer, given: set[tuple[int, int]] = frozenset()
                  ) -> tuple[dict[tuple[int, int], str], SpanIndex]:
    """The parser's place entities and demonyms ("the Syrian town of": a place modifier), as spans with their
    label; and the index of the entities whose names a place name inside is part of ("Bank of England"), a
    person's given name standing alone (`given`) labelled GIVEN."""
    spans: dict[tuple[int, int], str] = {}
    blocked_spans: list[tuple[int, int, str]] = []
    for ent in ents:
        if ent.label_ in PLACE_LABELS:
            spans[(ent.start_char, ent.end_char)] = ent.label_
        elif ent.label_ == "NORP" and _demonym(gaz, ent.text):
            spans[(ent.start_char, ent.end_char)] = "DEMONYM"
        elif ent.label_ in BLOCKING_LABELS:
            span = (ent.start_char, ent.end_char)
            blocked_spans.append((*span, "GIVEN" if span in given else ent.label_))
    return spans, SpanIndex(blocked_spans)


def given_name_spans(ents, gaz: Gazetteer) -> set[tuple[int, int]]:
    """The spans of the parser's one-word persons that open the full name of a person the story names ("Michael
    Howard ... campaigning with Michael", "Roy Jones ... I talked to Roy"): a given name standing for that person,
    which the words around must frame as a place before it is one (`_inside`). The full name: two or three
    capitalised words naming no place the gazetteer knows, no body and no site ("Lamar County", "Wembley Stadium"
    tagged PERSON name no one). `surnames` reads the same persons from their other end."""
    firsts = {ent[0].text for ent in ents if ent.label_ == "PERSON" and 2 <= len(ent) <= 3 and ent[0].is_title
              and key(ent.text) not in gaz.index and not _site_or_body(ent)}
    if not firsts:
        return set()
    return {(ent.start_char, ent.end_char) for ent in ents if ent.label_ == "PERSON" and len(ent) == 1
            and ent.text in firsts}


def surnames(ents) -> set[str]:
    """The last words of the parser's persons of two or three words ("Michael Jordan": "Jordan"): a person the story
    names in full, whose surname standing alone is that person before it is a place ("Jordan said"). The filter is
    looser than given_name_spans', and need be no stricter: a "person" that is a place's or a site's name ("Lamar
    County", "Wembley Stadium") opens with the place ("Lamar") but ends with a word that names none alone ("County",
    "Stadium"), so only the given names need the gazetteer and the site test. (person_words, which the candidates'
    items read, is a third reading with filters of its own, its last word a token's: "Webb-Lawton" gives "Lawton".)"""
    return {ent.text.split()[-1] for ent in ents if ent.label_ == "PERSON" and len(ent) > 1
            and len(ent.text.split()) <= 3}


def _dateline_spans(doc: Document) -> dict[tuple[int, int], str]:
    """The dateline's place ("KABUL (Reuters) -"), which the parser often takes for an ORG: it overrides
    the parser's label."""
    out = {}
    for sec in doc.sections:
        if sec.kind == "dateline" and sec.attrs.get("place"):
            i = sec.text.lower().find(str(sec.attrs["place"]).lower())
            if i >= 0:
                out[(sec.start + i, sec.start + i + len(sec.attrs["place"]))] = "DATELINE"
    return out


def _mislabelled_spans(doc: Document, sdoc, ents, gaz: Gazetteer, given: set[tuple[int, int]] = frozenset()
                       ) -> list[tuple[int, int, str]]:
    """Places the parser took for a person, an organisation or a people ("Khartoum", "Vienna was spared"),
    unless a longer person name in the article ends with the name ("Michael Jordan ... Jordan said") or opens
    with it (`given`: "Austin Harris ... Austin said"; framed as a place it is one: _framed_spans); a "person" of
    four words or more is a headline the parser misread ("Freemason Bogdanov Joins Sochi")."""
    persons = surnames(ents)
    coded = {(m.start, m.end): e.actor.country for e in doc.entities if e.type == "ORG" and e.actor is not None
             and e.actor.country for m in e.mentions}
    out = []
    for ent in ents:
        if (ent.start_char, ent.end_char) in given:
            continue
        span = _mislabelled(ent, doc.text, sdoc, gaz, persons, coded)
        if span is not None:
            out.append((*span, "MISLABELLED"))
    return out + _framed_spans(ents, doc, gaz, persons)


def _mislabelled(ent, text: str, sdoc, gaz: Gazetteer, persons: set[str], coded: dict) -> tuple[int, int] | None:
    """The span of a place inside or as one mislabelled entity, else None."""
    if ent.label_ in ("ORG", "NORP") and "-" in ent.text and (tail := _SCORE_TAIL.search(ent.text)):  # ("-": its
        # hyphen, tested first: few names hold one)
        return _before_score(ent, tail, text, gaz)
    if ent.label_ == "ORG" and not (ent.start > 0 and sdoc[ent.start - 1].lower_ in STRONG_PREPOSITIONS):
        return _coded_place(ent, coded.get((ent.start_char, ent.end_char)), gaz)
    if ent.label_ in ("PERSON", "ORG") and len(ent) <= 2 and ent.text not in persons \
            and key(ent.text) in gaz.index:
        # a big city or a country the parser took for a person ("Sochi", "Sri Lanka"), unless a person's
        # full name in the story ends with it ("Michael Jordan", then "Jordan said")
        if any(x.feature == "city" and x.score >= BIG_CITY or x.feature == "country" and x.primary
               for x in gaz.lookup(ent.text)) and (len(ent) == 1 or ent.label_ == "PERSON"):
            return ent.start_char, ent.end_char
    return None


# prepositions that put their object on the map ("near Goma", "fled from Beni", "moved into Kidal"); "at" and "to"
# are left out: "at Smith's", "a letter to Florence" name people as often as places
PLACE_PREPOSITIONS = frozenset({"in", "near", "outside", "inside", "around", "into", "from", "across", "throughout",
                                "within"})
SETTLEMENT_WORDS = frozenset({"town", "city", "village", "suburb", "port"})
# what puts a given name of a person the story names on the map: the place prepositions but "from" ("a call from Roy")
GIVEN_NAME_PLACE_PREPOSITIONS = PLACE_PREPOSITIONS - {"from"}
_ACTING_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})  # a person's name as a verb's subject or object


def _framed_spans(ents, doc: Document, gaz: Gazetteer, persons: set[str]) -> list[tuple[int, int, str]]:
    """Towns the parser took for a person or an organisation where the words around say "place" outright
    (`placed_by_frame`): the gazetteer has a town spelt so, and no person the story names in full ends with
    the name ("Michael Jordan ... from Jordan"). Labelled FRAMED: as sure as the parser's own GPE, so a
    small town in a story about a neighbouring country is kept ("Rwanda denied ... fighting near Goma"). Not a
    name the story has a person do or undergo something elsewhere ("property stolen from Welch ... he stabbed
    Welch"), nor a body the actors stage knows ("funding from Congress": not the town in Arizona)."""
    text = doc.text
    # the cheap tests first: few names pass them, and only then are the story's acting persons and bodies read
    framed = [(ent, name) for ent in ents if ent.label_ in ("PERSON", "ORG") and len(ent) <= 2
              and (name := ent.text) not in persons and key(name) in gaz.index and placed_by_frame(ent, text)]
    if not framed:
        return []
    acting = {ent.text for ent in ents if ent.label_ == "PERSON" and ent.root.dep_ in _ACTING_DEPS}
    bodies = {(m.start, m.end) for e in doc.entities if _known_actor(e) for m in e.mentions}
    return [(ent.start_char, ent.end_char, "FRAMED") for ent, name in framed
            if name not in acting and (ent.start_char, ent.end_char) not in bodies
            and any(x.primary and x.feature == "city" and x.name == name for x in gaz.lookup(name))]


def placed_by_frame(ent, text: str) -> bool:
    """Whether a name stands where only a place can: the object of a place preposition right before it
    ("near Goma"; not "in Flores' honour" nor "in the Boren vehicle": there the name is a possessor or a
    modifier, not the object), of "the town of", or before "-based" ("a Kisumu-based charity"). A line break or a
    run of spaces may stand between the preposition and the name (a wrapped line: "in\nGoma"), as the text test the
    organisations' retyping used until session 55 allowed."""
    if text.startswith("-based", ent.end_char):
        return True
    root = ent.root
    prep = root.head
    if root.dep_ != "pobj" or root.i != ent.end - 1 or not prep.i < ent.start \
            or not all(t.is_space for t in ent.doc[prep.i + 1:ent.start]):
        return False
    if prep.lower_ in PLACE_PREPOSITIONS:
        return True
    return prep.lower_ == "of" and prep.head.lower_ in SETTLEMENT_WORDS and prep.head.i == prep.i - 1


def _before_score(ent, tail, text: str, gaz: Gazetteer) -> tuple[int, int] | None:
    """"Brazil beat Argentina 2-0": the parser took the score into the name; the name before it is a country or
    a town of 10,000+ ("Arsenal 2-1" is no village's)."""
    a, b = ent.start_char, ent.start_char + tail.start()
    if any(x.primary and (x.feature == "country" or x.feature == "city" and x.score >= 4.0)
           for x in gaz.lookup(text[a:b])):
        return a, b
    return None


def _coded_place(ent, country: str | None, gaz: Gazetteer) -> tuple[int, int] | None:
    """Companies are named after cities (Toyota, Halifax): an organisation with no place preposition before it
    is a place only where the actors stage coded it as the country a reading of the name lies in
    ("Washington said": USA). Of any length: the name must be the reading's own in full ("Papua New Guinea
    said": PNG), so a longer company's name ("Papua New Guinea Airlines") never is."""
    if country and any(x.primary and x.country == country and x.name == ent.text and (
            x.feature == "country" or x.feature == "city" and x.score >= BIG_CITY) for x in gaz.lookup(ent.text)):
        return ent.start_char, ent.end_char
    return None


def _team_spans(ents, gaz: Gazetteer) -> list[tuple[int, int, str]]:
    """A city's team in a sports sentence ("Liverpool won 3-1")."""
    return [(a, b, "TEAM") for a, b in team_names(ents, gaz)]


def _entity_place_mentions(doc: Document) -> list[tuple[int, int, str]]:
    """The entities stage's place mentions by name, with their entity's label."""
    return [(m.start, m.end, e.type) for e in doc.entities if e.type in PLACE_LABELS
            for m in e.mentions if m.kind == "name"]


def _phrase_matches(sdoc, text: str, matcher, gaz: Gazetteer, blocked: SpanIndex) -> list[tuple[int, int, str]]:
    """The country and region names the phrase matcher finds, capitalised, free-standing (MATCH) or inside an
    organisation's name (EMBEDDED), not inside a person's or a group's."""
    out = []
    for _, s, e in matcher(sdoc):
        first, last = sdoc[s], sdoc[e - 1]
        if not first.is_title and not first.is_upper:  # "turkey" the bird, "gulf" as a common noun
            continue
        a, b = first.idx, last.idx + len(last)
        if b - a <= 3 and not first.is_upper:  # "US", "UK" are upper case; "Us" and "us" are not places
            continue
        label = _inside(a, b, blocked, sdoc, s)
        if label is None and (a, b) in blocked.exact and any(e.feature == "building" for e in gaz.lookup(text[a:b])):
            label = "MATCH"  # a seat of power the parser took for an organisation or a number ("Number 10 said")
        if label:
            out.append((a, b, label))
    return out


_ACRONYM = re.compile(r"\(([A-Z][A-Za-z]{1,9})\)")
_LEAD_THE = re.compile(r"^[Tt]he\s+")


def org_acronyms(text: str, ents) -> set[str]:
    """Short names an organisation is given in brackets after its full name ("the Global Alliance for Vaccines
    and Immunisation (Gavi)"): that organisation wherever the story uses them, never a town of that name."""
    out = set()
    for m in _ACRONYM.finditer(text):
        for ent in ents:
            if ent.label_ == "ORG" and ent.start_char < m.start() <= ent.end_char + 1 \
                    and _LEAD_THE.sub("", ent.text).startswith(m.group(1)[0]):
                out.add(m.group(1))
                break
    return out


# words of a sports report: a city's name the parser took for an organisation or a person there is its team's.
# Strong words say so alone; weak ones ("won", "lost", "season") only with a score or a second team's name
_SPORTS = frozenset({"beat", "defeat", "goal", "league", "cup", "championship", "coach", "striker", "tournament",
                     "fixture", "derby", "inning", "touchdown", "playoff", "quarterback", "midfielder", "relegation",
                     "kick-off", "halftime", "scorer", "semi-final", "quarter-final", "goalkeeper", "stadium", "medal",
                     "podium", "penalty"})
_SPORTS_WEAK = frozenset({"win", "lose", "draw", "score", "match", "game", "season", "final", "title", "victory",
                          "play", "trade", "host", "visit", "point"})
_SCORE = re.compile(r"\b\d{1,3}-\d{1,3}\b")
_SCORE_TAIL = re.compile(r"\s+\d{1,3}-\d{1,3}$")


def team_names(ents, gaz: Gazetteer) -> list[tuple[int, int]]:
    """A city's name the parser tagged as an organisation or a person in a sentence of a sports report
    ("Liverpool won 3-1", "Chelsea lost to Brentford"): the city's team, a metonymic use of the place."""
    by_sentence: dict[int, list] = {}
    for ent in ents:
        if ent.label_ in ("ORG", "PERSON") and len(ent) <= 2 and ent.text[:1].isupper() \
                and key(ent.text) in gaz.index and any(
                e.primary and e.name == ent.text and e.feature == "city" and e.score >= 4.0 for e in gaz.lookup(ent.text)):
            by_sentence.setdefault(ent.sent.start, []).append(ent)
    out = []
    for names in by_sentence.values():
        if sporty(names[0].sent, len(names)) and any(e.label_ == "ORG" for e in names):
            out += [(e.start_char, e.end_char) for e in names]  # a person's name alone is a player's ("Tyler scored")
    return out


def sporty(sent, names: int) -> bool:
    """Whether a sentence reports a game: a strong word of sport, or a weak one ("won", "match") with a score
    or two teams' names (`names`: how many the caller counted)."""
    lemmas = {t.lemma_.lower() for t in sent}
    return bool(lemmas & _SPORTS or lemmas & _SPORTS_WEAK and (names > 1 or _SCORE.search(sent.text)))


def _inside(a: int, b: int, blocked: SpanIndex, sdoc, s: int) -> str | None:
    """MATCH for a free-standing name; EMBEDDED for one inside an organisation's or a work's name ("the
    Georgia Bureau of Investigation": a place modifier); None inside a person's or a group's name,
    unless the parser merely mislabelled the place itself and a preposition says it is one ("in the
    Sahel" tagged PERSON)."""
    outer = blocked.containing(a, b)
    if not outer:
        return "MATCH"
    if (a, b) in blocked.exact and (_after_preposition(sdoc, s, "GIVEN" in outer)
                                    or all(lab == "NORP" for lab in outer)):
        return "MATCH"  # a mislabelled place: "in the Sahel" tagged PERSON, "Sri Lanka" tagged NORP
    if all(lab in EMBEDDING_LABELS for lab in outer) and (a, b) not in blocked.exact:
        return "EMBEDDED"
    return None


_CONNECTORS = frozenset({"of", "de", "la", "du", "del", "upon", "on", "the", "-"})
# their ids in a LOWER column, and the parts of speech a name may start with in a POS column: made once a process
# (an id is the hash of its string, or a symbol's number, whatever the vocab: get_string_id gives what add gives)
_CONNECTOR_IDS = frozenset(get_string_id(w) for w in _CONNECTORS)
_NAME_POS = frozenset({PROPN, NOUN, ADJ})


def name_matches(sdoc, text: str, gaz: Gazetteer, blocked: SpanIndex) -> list[tuple[int, int, str]]:
    """Capitalised names (up to five tokens) the gazetteer knows: a country, a state or province, a
    county ("Walker County"), or a town where the text says it is a place ("in Cottonport", "Paris,
    Texas") or that is big enough (10,000+ people) for its name to mean the town. An abbreviation
    ("Ind.", "W.Va.") counts only after a comma ("Evansville, Ind.")."""
    from spacy.attrs import IDX, LENGTH, LOWER, POS, SENT_START

    out = []
    # token attributes as columns: a Token object (or a list) for each word of a long article costs more
    # than the rest, and so do the garbage collections that so many new objects set off
    pos, idx, length, lower, starts = (column_list(sdoc, a) for a in (POS, IDX, LENGTH, LOWER, SENT_START))
    n = len(idx)
    strings = sdoc.vocab.strings
    connectors, wanted = _CONNECTOR_IDS, _NAME_POS
    headline = _Headlines(text, idx, length, column(sdoc, SENT_START))
    # only a capitalised word of two or more characters tagged PROPN, NOUN or ADJ can start a name: the others are
    # passed over in one comprehension, not one turn of the loop each (most of an article's tokens); the tag is
    # asked first, so only the words so tagged have their first character read ("DeKalb",
    # "McAllen": capitalised, not title case)
    nxt = 0  # the first token a name may start at (past the end of the name found last)
    for i in [k for k in range(n) if pos[k] in wanted and length[k] != 1 and text[idx[k]].isupper()]:
        if i < nxt:
            continue
        # the word read from the columns: a Token per capitalised word cost more than the look-ups
        if text[idx[i]:idx[i] + length[i]] in gaz.demonyms_cased:  # "American" in "American Electric Power"
            a, b = idx[i], idx[i] + length[i]
            if _inside(a, b, blocked, sdoc, i) or (a, b) in blocked.exact:  # a demonym alone mislabelled ORG
                out.append((a, b, "DEMONYM"))
            continue
        r = i + 1  # the run of capitalised words (and connectors: "Bay of Bengal") starting here
        while r < n and r - i < 5 and (text[idx[r]].isupper() or lower[r] in connectors):
            r += 1
        found = None
        for j in range(r, i, -1):
            if not text[idx[j - 1]].isupper():
                continue
            a, b = idx[i], idx[j - 1] + length[j - 1]
            if key(text[a:b]) not in gaz.index or j - i == 1 and strings[lower[i]] in _GENERIC:
                continue
            entries = gaz.lookup(text[a:b])
            if entries and _plausible(sdoc, text, i, j, entries, a, b, starts, headline):
                found = (a, b, j, entries)
                break
        if found is None:
            continue
        a, b, j, entries = found
        label = _inside(a, b, blocked, sdoc, i)
        if (a, b) in blocked.exact and j < n and sdoc[j].lower_ in PRODUCT_NOUNS:
            label = None  # a name the parser took for a firm's, before what firms make ("the Opera browser")
        elif label is None and (a, b) in blocked.exact and j < n and sdoc[j - 1].dep_ == "compound" \
                and sdoc[j].pos_ == "NOUN" and sdoc[j].is_lower:
            label = "MATCH"  # "Rochester man", "DeKalb police": a town the parser took for an organisation
        if label == "EMBEDDED" and not _strong(entries):
            label = None  # a town's name inside an organisation's is mostly a word ("Department of Justice")
        if label:
            out.append((a, b, label))
        nxt = j
    return out


# what a company makes: an organisation's name before one is the maker's, not a town's ("the Opera browser")
PRODUCT_NOUNS = frozenset({"browser", "browsers", "software", "app", "apps", "handset", "handsets", "smartphone",
                           "smartphones", "console", "consoles", "laptop", "laptops", "tablet", "tablets", "chip",
                           "chips", "processor", "processors", "model", "models", "operating"})


# "Barrow, Jackson and Madison counties": each name is a county's
_NAME = r"[A-Z][\w'’.]*(?:\s[A-Z][\w'’.]*)?"
_COUNTIES = re.compile(rf"((?:{_NAME}(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or|to)\s+))+{_NAME})\s+(counties|parishes)\b")
# "Rep. Torrey Westrom, R-Elbow Lake", "Sen. Byron Dorgan, D-N.D.": a lawmaker's party and home
_HOMETOWN = re.compile(r",\s(?:D|R|I|DFL)-((?:[A-Z][\w.]*)(?:\s[A-Z][a-z]+)?)(?=[,;)\s.])")
# a dateline inside the text, after a headline: "... debt. MANSFIELD — The City Council", "ORLANDO, Fla. (AP) —"
# (the capital first, the look-behind after it: a pattern that opens with a character class is scanned
# for that class in C; opening with the look-behind, it was tried at every character, three times slower)
_CAPITALS = re.compile(r"[A-Z](?<![\w'’.-][A-Z])[A-Z'’.]+(?![\w'’-])")
_DATELINE = re.compile(r"([A-Z][A-Z'’.]+(?:[ -][A-Z][A-Z'’.]+){0,3})(?:,\s[A-Z][\w.]+(?:\s[A-Z][\w.]+)?)?"
                       r"\s*(?:\((?:AP|Reuters|AFP|UPI)\)\s*(?:—|–|--|-|:|”)?|—|–|--|-|:|”)")  # "INDIANAPOLIS (AP) Mayor"


# "Cleveland, Columbus, Dayton and Cincinnati": a list of capitalised names, each up to three words
# (the first capital, then the look-behind: as _CAPITALS, scanned for in C where the look-behind opening the pattern
# was tried at every character of the text; `{2,}` written as one item and `+`, the same in the same order)
_LIST = re.compile(r"([A-Z](?<![\w.][A-Z])[\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,2},\s+"
                   r"(?:[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,2},\s+)+(?:and\s+|or\s+)?"
                   r"[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,2})")
_LIST_ITEM = re.compile(r"[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,2}")
LIST_LABELS = frozenset({"GPE", "LOC", "DATELINE", "MATCH", "MISLABELLED", "FRAMED", "TOWN", "COUNTY", "HOMETOWN"})


def listed_places(text: str, spans: dict, gaz: Gazetteer) -> list[tuple[int, int]]:
    """The members of a list of three or more names whose others are mostly places already ("Cleveland,
    Columbus, Dayton and Cincinnati" with Dayton tagged ORG; "Dodge City, Great Bend, Hutchinson, Kingman"):
    each the gazetteer knows by its own name as a town or a division is a place too."""
    if text.count(", ") < 2:
        return []
    places = {a: b for (a, b), label in spans.items() if label in LIST_LABELS}
    if len(places) < 2 or not any(text.startswith(",", b) for b in places.values()):
        # a list counts where two of its members are places already, and every member but the last is followed
        # by its comma: with no place before a comma, no list counts, and the text is not scanned for one
        return []
    out = []
    for m in _LIST.finditer(text):
        items = [(m.start(1) + n.start(), m.start(1) + n.end()) for n in _LIST_ITEM.finditer(m.group(1))
                 if n.group() not in ("And", "Or")]
        known = [(a, b) for a, b in items if places.get(a) == b]
        if len(known) < 2 or 2 * len(known) < len(items):
            continue
        for a, b in items:
            name = text[a:b]
            if (a, b) not in known and key(name) not in _GENERIC and any(
                    e.primary and e.name == name and e.feature in ("city", "admin") for e in gaz.lookup(name)):
                out.append((a, b))
    return out


def pattern_matches(text: str) -> list[tuple[int, int, str]]:
    """Toponyms that a pattern of news writing makes plain: a list of counties, a lawmaker's home after
    the party letter, a dateline in capitals inside the text."""
    out = []
    for m in _COUNTIES.finditer(text) if "counties" in text or "parishes" in text else ():
        label = "COUNTY" if m.group(2) == "counties" else "PARISH"
        for n in re.finditer(_NAME, m.group(1)):
            if n.group() not in ("And", "Or"):
                out.append((m.start(1) + n.start(), m.start(1) + n.end(), label))
    for m in _HOMETOWN.finditer(text):
        out.append((m.start(1), m.end(1), "HOMETOWN"))
    last = 0
    for m in _CAPITALS.finditer(text):  # few runs of capitals in a text: test each where it stands
        if (m.start() == 0 or text[m.start() - 1] == "\n" or
                                    m.start() >= 2 and text[m.start() - 1] == " " and text[m.start() - 2] in ".!?”\""):
            d = _DATELINE.match(text, m.start())
            if d and len(d.group(1)) >= 4 and not d.group(1).endswith(".") and m.start() >= last:
                out.append((d.start(1), d.end(1), "DATELINE"))
                last = d.end(1)
    return out


# One vocabulary of a town's own bodies and people, as they follow its name ("DeKalb Police", "Fargo Mayor",
# "the Canaan Board of Finance", "a Crafton man"), for three jobs: finding a town of any size before them
# (`town_head_matches`, as written: capitalised bodies, lower-case people), telling a town from a country of
# the same name (`town_cue`, any case, and schools too: "Lebanon schools", "the Jordan middle school"), and
# the place a local institution's name begins with (`_embedded_prefix`: the bodies' first words and more).
_TOWN_BODIES = (r"Police|Fire|Mayor|Sheriff'?s?|City\s(?:Council|Hall|Manager|Commission|Schools|Attorney|Clerk|Police)|"
                r"Town\s(?:Council|Hall|Board|Manager|Clerk)|Village\s(?:Board|Council|Hall)|Board\sof\s(?:Education|"
                r"Finance|Aldermen|Selectmen|Supervisors|Commissioners)|School\s(?:Board|District)|Public\s(?:Schools|"
                r"Library)|Chamber\sof\sCommerce|Planning\s(?:Commission|Board)|Volunteer\sFire")
_TOWN_PEOPLE = r"man|woman|teen|teenager|boy|girl|couple|residents?|native|firefighters"
_TOWN_SCHOOLS = r"(?:high|middle|elementary)\s+schools?|(?:independent\s+)?school\s+district|schools|township"
_TOWN_HEAD_WORDS = rf"\b(?:{_TOWN_BODIES}|police|mayor|{_TOWN_PEOPLE})\b"
# the letters a match starts with, tested first (a lookahead): a position with another character fails there, not
# in the alternation, and the text is scanned in four-fifths of the time (tests/test_s30_speed.py checks the
# letters against the words' own first characters)
_TOWN_HEAD_FIRST = "BCFMPSTVbcfgmnprtw"
_TOWN_HEAD = re.compile(rf"(?=[{_TOWN_HEAD_FIRST}]){_TOWN_HEAD_WORDS}")
_TOWN_RUN = re.compile(r"(?:[A-Z][\w'’-]*\w\s){1,3}$")  # up to three capitalised words right before the cue


def town_head_matches(text: str, gaz: Gazetteer) -> list[tuple[int, int, str]]:
    """A town's name before its institutions or its people ("DeKalb Police", "a Chiefland man"): the
    run of capitalised words (up to three, after a leading article or preposition) right before such a
    word, where the gazetteer knows the whole run as a town or a county spelt so ("a Meadow Grove man"
    is not a man from Grove)."""
    out = []
    for m in _TOWN_HEAD.finditer(text):
        i = m.start()
        if i < 3 or text[i - 1] != " " or not text[text.rfind(" ", 0, i - 1) + 1].isupper():
            continue  # "a man", "the police": no capitalised word before the cue (most cues)
        run = _TOWN_RUN.search(text, max(0, m.start() - 60), m.start())
        if run is None:
            continue
        a, b = run.start(), m.start() - 1
        lead = _RUN_LEAD.match(text, a, m.start())
        if lead:
            a = lead.end()
        name = text[a:b]
        if b > a and key(name) not in _GENERIC and key(name) not in gaz.demonyms and key(name) not in _PEOPLES and any(
                e.primary and e.name.lower() == name.lower() and (e.feature == "city" or e.level == 2)
                for e in gaz.lookup(name)):
            out.append((a, b, "TOWN"))
    return out


# peoples and faiths that are not countries' demonyms but some town's name ("an Arab woman": Arab, Alabama)
_PEOPLES = frozenset({"arab", "muslim", "jewish", "christian", "catholic", "hispanic", "latino", "latina", "black",
                      "white", "asian", "native", "amish", "mormon", "sikh", "hindu", "kurdish", "bedouin", "gypsy"})
# words a run of capitalised words may begin with that are no part of a town's name ("The", "As police
# arrived", "Vice Mayor")
_RUN_LEAD = re.compile(r"(?:(?:The|A|An|In|At|Of|For|From|To|By|On|With|Near|And|But|As|When|While|After|Before|If|"
                       r"Since|Then|Several|Two|Three|Four|Five|Local|Former|Area|Many|Some|Other|Vice|Deputy|Assistant|"
                       r"Acting|Interim|Chief)\s)+")


def _pattern_entries(gaz: Gazetteer, name: str, label: str) -> list[Entry]:
    if label == "COUNTY":
        return [e for e in gaz.lookup(name + " County") if e.feature == "admin"]
    if label == "PARISH":
        return [e for e in gaz.lookup(name + " Parish") if e.feature == "admin"]
    # a lawmaker's home is a town or a county ("D-Hardy", "R-Raleigh": West Virginia's counties)
    return gaz.lookup(name) + [e for e in gaz.lookup(name + " County") if e.feature == "admin"]


def _strong(entries: list[Entry]) -> bool:
    best = max(entries, key=lambda e: e.score)
    return best.feature in ("country", "region") or best.level == 1 or best.score >= 4.5  # 30,000+ people, a county


def street_matches(sdoc, text: str, blocked: SpanIndex) -> list[tuple[int, int, str]]:
    """Capitalised street names ("Orchard Street", "Dublin Road", "Main St."): places without coordinates."""
    out = []
    for m in _STREET_NAME.finditer(text) if _ANY_STREET_WORD.search(text) else ():
        a, b = m.start(), m.end()
        lead = _RUN_LEAD.match(text, a, b)  # "Then Kelley Lane", "As Main Street"
        a = lead.end() if lead else a
        if " " in text[a:b] and ("PERSON" not in blocked.containing(a, b) or _ADDRESS_LEAD.search(text, max(0, a - 12), a)) \
                and not re.match(r"\s+[A-Z]", text[b:b + 2]) and not _TITLE.match(text, a):  # not "Florida Highway Patrol"
            out.append((a, b, "STREET"))
    plural = any(w in text for w in ("streets", "avenues", "roads", "drives", "lanes", "boulevards"))
    for m in _STREETS.finditer(text) if plural else ():
        for n in re.finditer(_NAME, m.group(1)):
            a, b = m.start(1) + n.start(), m.start(1) + n.end()
            lead = _RUN_LEAD.match(text, a, b)  # "Near Crabgrass, Owens and Harris roads"
            a = lead.end() if lead else a
            if b > a and n.group() not in ("And", "Or") and not _sentence_word(sdoc, a, b, blocked):
                out.append((a, b, "STREETS"))
    return out


# the parser's word classes no road is named by: a sentence's opening adverb or connective before its comma
# ("However, Elm and Oak roads were shut", "Overnight, ...") is the list's first item to the pattern, not a road
_NOT_A_NAME_POS = frozenset({"ADV", "CCONJ", "SCONJ", "ADP", "DET", "PRON", "INTJ"})


def _sentence_word(sdoc, a: int, b: int, blocked: SpanIndex) -> bool:
    """Whether the item at [a, b) of a list of roads is the sentence's own word: a time the parser found there
    ("Yesterday, Elm and Oak roads"), or a first word it reads as an adverb, conjunction, adposition, determiner,
    pronoun or interjection."""
    if {"DATE", "TIME"} & set(blocked.containing(a, b)):
        return True
    span = sdoc.char_span(a, b, alignment_mode="expand")
    return span is not None and span[0].pos_ in _NOT_A_NAME_POS


def nature_matches(text: str, blocked: SpanIndex) -> list[tuple[int, int, str]]:
    """Capitalised names of parks, forests, waters and mountains: places (without coordinates where the
    gazetteer lacks them), not inside a person's name, nor heading a longer name ("Red River Valley
    Water District", "Otter Creek Elementary")."""
    out = []
    if "Wilderness" not in text and "National " not in text and "State " not in text or not _NATURE_WORDS.search(text):
        return out  # the common case, decided by three substring tests; then by the words every match of _NATURE ends with
    for m in _NATURE.finditer(text):
        a, b = m.start(), m.end()
        lead = _RUN_LEAD.match(text, a, b)
        a = lead.end() if lead else a
        if " " in text[a:b] and "PERSON" not in blocked.containing(a, b) and not re.match(r"\s+[A-Z]", text[b:b + 2]):
            out.append((a, b, "NATURE"))
    return out


def dam_matches(text: str, blocked: SpanIndex) -> list[tuple[int, int, str]]:
    """Named dams, barrages and reservoirs ("the Three Gorges Dam", "the sister Xiluodu dam"), whatever label
    the parser gave them (often an organisation or a product): places, without coordinates where the
    gazetteer lacks them; not inside a person's name, nor after a day or month ("Monday dam talks")."""
    out = []
    if "Dam" not in text and " dam" not in text and "Reservoir" not in text and "Barrage" not in text \
            or not _DAM_WORD.search(text):
        return out  # no dam's word ends a word anywhere ("Damascus", "damage"): no match of _DAM, which ends with one
    for m in _DAM.finditer(text):
        a, b = m.start(), m.end()
        lead = _DAM_LEAD.match(text, a, b)
        a = lead.end() if lead else a
        if " " in text[a:b] and text[a:b].split()[0] not in _CALENDAR and "PERSON" not in blocked.containing(a, b):
            out.append((a, b, "DAM"))
    return out


_CALENDAR = frozenset({"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
                       "February", "March", "April", "May", "June", "July", "August", "September", "October",
                       "November", "December"})


class _Headlines:
    """Whether a token is in a title-case sentence ("Freemason Bogdanov Joins Sochi Mayor Race"), where a
    capitalised neighbour says nothing about a longer name: three words of four or more characters, seven
    in ten of them capitalised. Asked only of the few names the gazetteer knows, so each sentence is judged
    when first asked about (not every sentence of the article, and not a flag per token); a token before the
    first sentence start is in none."""

    def __init__(self, text: str, idx: list[int], length: list[int], sent_start):
        self.text, self.idx, self.length = text, idx, length
        self.sent_start = sent_start  # the SENT_START column (numpy)
        self.bounds: list[int] | None = None  # where the sentences start (SENT_START 1), then the end: when first needed
        self.judged: dict[int, bool] = {}  # a sentence's number -> whether it is in title case

    def holds(self, i: int) -> bool:
        if self.bounds is None:
            self.bounds = (self.sent_start == 1).nonzero()[0].tolist() + [len(self.length)]
        k = bisect.bisect_right(self.bounds, i) - 1
        if k < 0:
            return False
        flag = self.judged.get(k)
        if flag is None:
            text, idx, length = self.text, self.idx, self.length
            words = [text[idx[m]].isupper() for m in range(self.bounds[k], self.bounds[k + 1]) if length[m] >= 4]
            flag = self.judged[k] = len(words) >= 3 and sum(words) >= 0.7 * len(words)
        return flag


def _plausible(sdoc, text: str, i: int, j: int, entries: list[Entry], a: int, b: int, starts,
               headlines: _Headlines | None = None) -> bool:
    """Whether a capitalised run the gazetteer knows names the place here. `headlines` says whether token i is
    in a title-case sentence (None: in none); it is asked last, only where a capitalised neighbour is about to
    count against the name (most names are decided before: a country, a state, a big place)."""
    if text[b - 1] == "." and j - i == 1 and len(sdoc[i]) <= 6 and not any(e.feature == "country" for e in entries):
        # "Jackson, Miss." (not "Miss. Smith"); "U.S.", "S.C.", "D.C." (no word is spelt so) anywhere
        return text[max(0, a - 2):a] == ", " or "." in text[a:b - 1]
    if j - i == 1 and sdoc[i].pos_ != "PROPN":
        return False  # a capitalised common word ("Mobile", "Reading") at the start of a sentence
    if i > 0 and sdoc[i - 1].text in _NAME_PREFIXES:
        return False  # the tail of a saint's or a person's name ("St. Patrick's Day", "Mr. Arlington")
    if not any(e.primary for e in entries):
        return False  # an alternate spelling counts only where the parser saw a place
    best = max(entries, key=lambda e: e.score)
    if best.feature in ("country", "region") or best.level == 1 or best.score >= TABLE_SCORE:
        return True
    prev = sdoc[i - 1] if i > 0 else None
    if prev is not None and text[prev.idx].isupper() and starts[i - 1] != 1 and prev.lower_ != "of" \
            and not _in_headline(headlines, i):
        return False  # the tail of a longer name ("Ohio State University", "United Way")
    nxt = sdoc[j] if j < len(sdoc) else None
    if nxt is not None and nxt.lower_ == "of" and j + 1 < len(sdoc) and sdoc[j + 1].is_title:
        return False  # "University of Rochester", "Bank of America"
    if nxt is not None and nxt.is_title and nxt.pos_ == "PROPN" and best.feature == "city" and best.score < 4.7 \
            and not _in_headline(headlines, i):
        return False  # a small town's name heading a longer one ("Ripley High School")
    if j - i == 1 and not any(e.name.lower() == text[a:b].lower() for e in entries):
        return False  # "God" is not Göd: a one-word name must be spelt as the place is
    if best.feature == "admin" and best.score >= 4.5:  # "Walker County"
        return True
    if _LOCATIVE_BEFORE.search(text, max(0, a - 20), a) or _QUALIFIER.match(text, b) and text[b:b + 1] == ",":
        return True
    return best.feature == "city" and best.score >= 4.0


def _in_headline(headlines: _Headlines | None, i: int) -> bool:
    return headlines is not None and headlines.holds(i)


_PREFIX_BEFORE = re.compile(r"\b(?:Mrs?|Ms|Dr|Sgt|Lt|Capt|Sen|Rep|Rev|Prof|St|Ste|Saint)\.?\s$")
_SAINTS_DAY = re.compile(r"(?:St\.?|Saint|Ste\.?)\s")
# words that begin a longer name: a place named after a saint is looked up whole ("St. Paul"), never by its tail
_NAME_PREFIXES = frozenset({"St.", "St", "Saint", "Ste.", "San", "Santa", "Mr.", "Mrs.", "Ms.", "Dr.", "Sgt.", "Lt.",
                            "Capt.", "Gov.", "Sen.", "Rep.", "Rev.", "Prof.", "Mr", "Mrs", "Ms", "Dr"})


def _after_preposition(sdoc, i: int, given: bool = False) -> bool:
    """Whether token i is a preposition's object ("in the Sahel"); for a person's given name (`given_name_spans`) only a
    place preposition's ("lives in Austin", not "campaigning with Michael", "talked to Roy", "said that Elizabeth")."""
    j = i - 1
    if j >= 0 and sdoc[j].lower_ == "the":
        j -= 1
    return j >= 0 and sdoc[j].tag_ == "IN" and (not given or sdoc[j].lower_ in GIVEN_NAME_PLACE_PREPOSITIONS)


@dataclass
class Item:
    """One toponym mention on its way to a place: its span, where it came from, its candidates."""
    a: int
    b: int
    label: str  # GPE | LOC | FAC | DATELINE | MATCH | MISLABELLED | FRAMED | DEMONYM
    entries: list[Entry]
    feature_override: str | None = None
    qualifier_country: str | None = None
    qualifier_admin: int = -1
    kind: str = "name"


def _admin1_of(e: Entry) -> int:
    return e.id if e.level == 1 else e.admin1


class Votes:
    """Which countries and first-level divisions the story is about: names whose reading is not in
    doubt ("Texas", "Rapides Parish", a city no other place shares a name with), demonyms, and the
    countries of the actors the actors stage coded; names several places share spread a soft vote over
    their readings, counted only where no name is sure. Each name's own votes are kept apart, so that
    a name is chosen by the story's other names, not by its own repetitions ("Lebanon" five times in a
    story about a town in Indiana)."""

    def __init__(self, items: list[Item], doc: Document, keys: list[str] | None = None):
        self.sure, self.sure_admins = Counter(), Counter()
        self.soft, self.soft_admins = Counter(), Counter()
        self.own: dict[str, tuple[Counter, Counter, Counter, Counter]] = {}  # name -> its share of the four
        for n, it in enumerate(items):
            es = it.entries
            if not es or es[0].lat is None and es[0].country is None:
                continue
            k = keys[n] if keys is not None else key(doc.text[it.a:it.b])
            mine = self.own.get(k)
            if mine is None:
                mine = self.own[k] = (Counter(), Counter(), Counter(), Counter())
            best = max(es, key=lambda e: e.score)
            sure = len(es) == 1 or all(best.score - e.score >= 2.0 for e in es if e is not best)
            if best.feature == "city" and (len(es) > 1 or best.score < 4.5):
                sure = False  # "Paris", "Dublin": a name many places share, or a village's, says little by itself
            if not sure:
                # a name several places share still narrows the story down: each of its readings' divisions
                # gets a share of a vote ("Walker County" and "LaFayette" both have a reading in Georgia)
                spread = {_admin1_of(e) for e in es} - {-1}
                for a1 in spread:
                    self.soft_admins[a1] += SOFT_VOTE / len(spread)
                    mine[3][a1] += SOFT_VOTE / len(spread)
                if best.country and best.score >= 4.5 and \
                        all(e.country == best.country for e in es if best.score - e.score < 2.0):
                    # "Dallas": the town in doubt, not the country (its namesakes of a like size are all American)
                    self.sure[best.country] += 1
                    mine[0][best.country] += 1
                    continue
                spread = {e.country for e in es} - {None}
                for c in spread:
                    self.soft[c] += SOFT_VOTE / len(spread)
                    mine[2][c] += SOFT_VOTE / len(spread)
                continue
            if best.country:
                self.sure[best.country] += 1
                mine[0][best.country] += 1
            if _admin1_of(best) >= 0:
                self.sure_admins[_admin1_of(best)] += 1
                mine[1][_admin1_of(best)] += 1
        named = set(keys) if keys is not None else {key(doc.text[it.a:it.b]) for it in items}
        self._all: tuple[Counter, Counter] | None = None
        self.actors: set[str] = set()
        for e in doc.entities:
            if e.type in PLACE_LABELS or e.type == "NORP":
                continue  # places and demonyms count through their mentions above
            code = e.actor.country if e.actor is not None else None
            if code and not any(w in named for w in key(e.name).split()):  # not "Dublin Arts Council" for Dublin
                self.actors.add(code)
        self.locale = currency_country(doc.text)

    def context(self, name: str | None = None) -> tuple[Counter, Counter]:
        """The story's countries and first-level divisions, without the votes of `name` (a key) if given."""
        mine = self.own.get(name) if name is not None else None
        if mine is None or not any(mine):
            if self._all is None:
                self._all = self._context(self.sure, self.sure_admins, self.soft, self.soft_admins)
            return self._all
        return self._context(self.sure - mine[0], self.sure_admins - mine[1], self.soft - mine[2],
                             self.soft_admins - mine[3])

    def _context(self, sure: Counter, sure_admins: Counter, soft: Counter, soft_admins: Counter) \
            -> tuple[Counter, Counter]:
        countries = Counter(sure or soft)
        for code in self.actors:  # weak: the actors stage itself often infers a country from the story's places
            countries[code] += ACTOR_VOTE
        if self.locale:  # the story's money: where no name says otherwise, the country it is written in
            countries[self.locale] += ACTOR_VOTE if sure or soft else 1.0
        return countries, sure_admins or soft_admins  # the shared readings count only where no name is sure


# a sum of money in the story's own currency: "$40" (not "C$", "A$", "HK$") is American, "£25" British
# (the sign first, then the look behind at the character before it: a search then skips to the next sign, where a
# look-behind first is tried at every character; the same matches)
_CURRENCY = re.compile(r"([$£])(?<![A-Za-z$£][$£])\s?\d")
CURRENCY_COUNTRY = {"$": "USA", "£": "GBR"}


def currency_country(text: str) -> str | None:
    """The country whose currency most of the story's sums of money are in, if any ("$5,000" -> USA)."""
    if "$" not in text and "£" not in text:
        return None
    counts = Counter(m.group(1) for m in _CURRENCY.finditer(text))
    return CURRENCY_COUNTRY[counts.most_common(1)[0][0]] if counts else None


def votes(items: list[Item], doc: Document, gaz: Gazetteer | None = None) -> tuple[Counter, Counter]:
    """The story's countries and first-level divisions from all its names (see Votes)."""
    return Votes(items, doc).context()


def choose(entries: list[Entry], focus: Counter, dateline_country: str | None, qualifier: str | None,
           admins: Counter | None = None, qualifier_admin: int = -1, near=None, town: bool = False,
           home: frozenset = frozenset(), cover=None, municipal: bool = False, institution: bool = False) -> Entry:
    """The reading with the best score: its prior (population, feature), the story's countries and
    divisions (a town gets half the country weight: a town never outvotes a city a hundred times its
    size on the country alone), the dateline, a qualifier ("Paris, Texas"), and whether the story
    speaks of the name as a town's (`town`: "the Lebanon police", "Main St., Lebanon"); with a town cue, a
    town in a country the story surely is in (`home`: a name not in doubt, its money) gets the full country
    weight ("the Athens Police Department" in a story in dollars is not Greece's capital). A seat of power
    keeps its full prior where the actors stage read the name as its institution (`institution`: "Whitehall
    officials said") or the story names its country; elsewhere it is in doubt (SEAT_DOUBT)."""
    total = sum(focus.values()) or 1
    a_total = sum(admins.values()) if admins else 0
    # a town cue speaks for a town in the story's own country ("Lebanon police" in an Indiana story), not
    # for a far namesake ("Jordan police" in a story about Amman keeps the country)
    town = town and any(focus.get(o.country) for o in entries if o.feature == "city" or o.level == 2)
    best, best_score = entries[0], -1e9
    for e in entries:
        score = min(e.score, MUNICIPAL_CAP) if municipal and e.feature == "city" else e.score
        share = focus.get(e.country, 0) / total
        small = e.feature == "city" and e.score < SMALL_CITY and not (town and e.country in home)
        score += FOCUS_WEIGHT * share * (TOWN_FOCUS if small else 1.0)
        if a_total and e.level != 1:  # squared: one state in a local story says much, three in a national one little
            score += ADMIN_WEIGHT * (admins.get(e.admin1, 0) / a_total) ** 2
        if dateline_country and e.country == dateline_country:
            score += DATELINE_BONUS
        if qualifier and e.country == qualifier:
            score += QUALIFIER_BONUS
        if qualifier_admin >= 0 and (e.admin1 == qualifier_admin or e.id == qualifier_admin):
            score += QUALIFIER_BONUS
        if near is not None and e.lat is not None:  # the share of the story's other places within 150 km
            close, others = near(e)
            score += NEAR_WEIGHT * close / others
        if town and e.feature == "country":
            score -= TOWN_CUE_PENALTY
        if e.feature == "building" and not institution and not focus.get(e.country) and any(
                o.primary and o.feature != "building" and o.country != e.country for o in entries):
            score -= SEAT_DOUBT
        if cover is not None:  # where the story's other names, together, say it is (coverage.py)
            score += cover(e)
        if e.primary:
            score += 0.01  # ties go to the entry's own name
        if score > best_score:
            best, best_score = e, score
    return best


_QUALIFIER = re.compile(r",\s*((?:[A-Z][\w.'’-]*\s?){1,3})")
STREET = re.compile(r"\b(?:street|st|road|rd|avenue|ave|boulevard|blvd|drive|dr|lane|ln|highway|hwy|parkway|pkwy|"
                    r"court|ct|pike|route|trail|circle|terrace|plaza|square)\.?$", re.IGNORECASE)
WATER = re.compile(r"\b(?:river|creek|lake|bay|sea|ocean|gulf|strait|channel|canal|sound|harbou?r|reservoir|pond|"
                   r"bayou|brook|lagoon)s?\b", re.IGNORECASE)
LANDFORM = re.compile(r"^(?:mount|mt\.?)\s|\b(?:mountains?|peak|hills?|ridge|range|valley|canyon|islands?|"
                      r"peninsula|desert|plateau|forest|cape|coast)\b", re.IGNORECASE)


ROAD = re.compile(r"^(?:(?:State|County|U\.?S\.?|Interstate|Route|Highway|Hwy\.?|FM|SR|I|[A-Z]{2})[- ]?)+"
                  r"(?:Route |Road |Highway )?\d+[A-Z]?$")
# what the parser's facilities (FAC) must end (or begin) with to be buildings and sites: not "St. Patrick's
# Day", "Pontiac Grand Prix" or "Committeeman's Barbecue", which it also tags FAC
BUILDING = re.compile(
    r"\b(?:center|centre|hall|airport|airfield|hospital|church|cathedral|basilica|mosque|temple|synagogue|chapel|"
    r"shrine|bridge|stadium|arena|park|field|building|tower|towers|palace|house|school|academy|college|prison|jail|"
    r"penitentiary|station|mall|museum|library|courthouse|base|abbey|castle|cemetery|mausoleum|preserve|wilderness|"
    r"dam|port|hotel|inn|suites|market|gardens?|zoo|theat(?:er|re)|observatory|lodge|grove|refuge|reserve|"
    r"monument|memorial|pier|wharf|terminal|depot|plant|mine|apartments|homes|garage|gym|gymnasium|auditorium|"
    r"pavilion|fairgrounds|campus|complex|facility|clinic|embassy|consulate|parliament|camp|crossing|checkpoint|"
    r"gate|tunnel|canal|pipeline|refinery|barracks|court|courts|office|offices|headquarters|club|bar|restaurant|"
    r"cafe|store|shop|factory|mill|farm|ranch|estate|manor|villa)s?$|^(?:fort|camp|town of|city of|port|mount)\b",
    re.IGNORECASE)


def unresolved_feature(name: str, label: str) -> str | None:
    """What a name the gazetteer lacks is, from its words: a street or road, a water body, a landform, a
    building (a facility whose words say it is one)."""
    if label == "DAM":  # "the Three Gorges Dam", "New Concord Reservoir" (its town heads it: tried first)
        return "building"
    if STREET.search(name) or ROAD.match(name):
        return "street"
    if WATER.search(name):
        return "water"
    if LANDFORM.search(name):
        return "landform"
    if label == "NATURE":  # "Dolly Sods Wilderness", "Big Thicket National Preserve"
        return "landform"
    return "building" if label == "FAC" and BUILDING.search(name) else None


_CAPITAL_NEXT = re.compile(r"\s+[A-Z]")


def _demonym_key(word: str) -> str:
    """The table's form of a demonym: "pan-European" is European, "pan-African" African."""
    k = key(word)
    return k[4:] if k.startswith(("pan-", "pan ")) else k


def _demonym(gaz: Gazetteer, word: str) -> str | None:
    """The demonym's country (ISO alpha-3; `-` for a region of several countries: "Asian"), or None."""
    k = _demonym_key(word)
    return gaz.demonyms.get(k) or (gaz.demonyms.get(k[:-1]) if k.endswith("s") else None)


def _demonym_entry(gaz: Gazetteer, word: str) -> Entry | None:
    """The place a demonym names: its region's where the table gives one ("Abkhaz": Abkhazia, "Texan":
    Texas, "Asian": Asia), else its country's."""
    code = _demonym(gaz, word) or ""
    k = _demonym_key(word)
    region = gaz.demonym_places.get(k) or (gaz.demonym_places.get(k[:-1]) if k.endswith("s") else None)
    if region:
        hits = [e for e in gaz.lookup(region) if e.country == (None if code == "-" else code)]
        if hits:
            return max(hits, key=lambda e: e.score)
    return _country_entry(gaz, code)


def _country_entry(gaz: Gazetteer, code: str) -> Entry | None:
    i = gaz.country_entry.get(code)
    return None if i is None else gaz.entry(i)


def collect(doc: Document, parse: Parse, gaz: Gazetteer, matcher) -> list[Item]:
    """The toponym mentions of an article with their candidate entries (not yet chosen)."""
    text = doc.text
    named = {(m.start, m.end): e.name for e in doc.entities if e.type in PLACE_LABELS for m in e.mentions
             if m.kind == "name" and m.text != e.name}
    items: list[Item] = []
    taken = Taken()
    for a, b in first_name_spans(doc):
        taken.add(a, b)  # a person's own short name, as the actors stage read it: no place, nor a repeat of one
    ents = entities(parse, text)
    people = person_words(parse.doc, gaz, text, ents)
    given = given_name_spans(ents, gaz)
    for a, b, label in candidates(doc, parse, gaz, matcher, ents, given):
        if parse.kind_at(a) in SKIP_SECTIONS or taken.overlaps(a, b):
            continue  # a credit line, or inside a longer place already taken
        it = _item(text, a, b, label, gaz, people, named)
        if it is None:
            continue
        _qualify(it, text, gaz, items)  # (a demonym's item has one entry, which _qualify leaves alone)
        items.append(it)
        taken.add(it.a, it.b)
    repeats = _repeats(text, items, taken, people, parse, given)
    return sorted(items + repeats, key=lambda it: it.a) if repeats else items


def first_name_spans(doc: Document) -> list[tuple[int, int]]:
    """The spans of the given name the actors stage read standing alone for a person named in full (an entity's
    attrs.given_name: "Paris Hilton ... Paris said" is no city, and a city acting would have been the actors stage's
    metonym), and of that word opening the full name (the parser often tags "Paris Hilton" ORG, where a place's
    name heading it would be read as a modifier). Only that decision: a name the parser tagged PERSON that merely
    repeats a first name is weighed by the words around it (`given_name_spans`, `_after_preposition`), and a town
    sharing a first word with someone or some body elsewhere in the story stays a place."""
    out = []
    for e in doc.entities:
        given = e.attrs.get("given_name")
        if given:
            out.extend((m.start, m.start + len(given)) for m in e.mentions
                       if m.kind == "name" and (m.text == given or m.text.startswith(given + " ")))
    return out


def _item(text: str, a: int, b: int, label: str, gaz: Gazetteer, people: set[str], named: dict) -> Item | None:
    """The mention a candidate span makes, trimmed, with its entries; None where it names no place."""
    a, b = _trim(text, a, b)
    # (each regex is tried only where a cheaper test of one or two characters lets it match: every candidate comes here)
    if b <= a or text[b:b + 2] in ("'s", "’s") and _SAINTS_DAY.match(text, a, b + 2):
        return None  # "St. Patrick's Day", "St. Mary's High School": a saint's feast, church or school
    if text[a - 1:a].isspace() and _PREFIX_BEFORE.search(text, max(0, a - 8), a):  # (it ends with \s: a space at a - 1)
        return None  # the tail of a saint's or a person's name ("Mr. Arlington"; "St. Paris" is looked up whole)
    if label == "DEMONYM":
        return _demonym_item(text, a, b, gaz)
    return _place_item(text, a, b, label, gaz, people, named)


def _demonym_item(text: str, a: int, b: int, gaz: Gazetteer) -> Item | None:
    """A demonym as a modifier of its country ("the Syrian town of"), unless a region's adjective opens a name
    ("the European Union", "the Asian Development Bank")."""
    if _demonym(gaz, text[a:b]) == "-" and _CAPITAL_NEXT.match(text, b):
        return None
    e = _demonym_entry(gaz, text[a:b])
    return None if e is None else Item(a, b, "DEMONYM", [e], kind="modifier")


def _place_item(text: str, a: int, b: int, label: str, gaz: Gazetteer, people: set[str], named: dict) -> Item | None:
    """A place name's mention with its gazetteer entries (or an entry without coordinates for a place the
    gazetteer lacks), else None."""
    if key(text[a:b]) in _GENERIC:
        return None  # "the West", "Central": no town of that name is meant
    if text.endswith(" City", a, b) and _CITY_BODY.match(text, b) and not any(
            e.primary and e.feature == "city" and e.name.lower() == text[a:b].lower() for e in gaz.lookup(text[a:b])):
        b -= 5  # "Dublin City Council": the council of the city of Dublin, not the Irish division "Dublin City"
    if _surname(text, a, b, label, gaz, people):
        return None
    known = _known_entries(text, a, b, label, gaz, named)
    if known is None:
        return None
    b, entries, core = known
    if not entries:
        unlisted = _unlisted_entries(text, a, b, label, gaz)
        if unlisted is None:
            return None
        b, entries, label = unlisted
    it = Item(a, b, label, entries, kind="modifier" if label == "EMBEDDED" else "metonym" if label == "TEAM" else "name")
    if core is not None:
        _narrow_to_core(it, text, core)
    return it


def _surname(text: str, a: int, b: int, label: str, gaz: Gazetteer, people: set[str]) -> bool:
    """"Ripley said": the coach Darren Ripley, not the town (a country stays: "Egypt"; a division's old or
    alternate name does not: "Vargas", once a Venezuelan state's name)."""
    return text[a:b] in people and label != "DATELINE" and not _LOCATIVE_BEFORE.search(text, max(0, a - 20), a) \
        and all(e.feature == "city" or e.level == 2 or not e.primary for e in gaz.lookup(text[a:b]))


def _known_entries(text: str, a: int, b: int, label: str, gaz: Gazetteer, named: dict
                   ) -> tuple[int, list[Entry], str | None] | None:
    """(end, entries, core) of a name by its label and the gazetteer (`core`: the name inside "Kandahar
    province"); None for a county or hometown the patterns found that the gazetteer lacks."""
    entries, core = [], None
    if label == "STREETS":  # one of a list of streets ("Culver and Charter streets"): never a town
        entries = [Entry(" ".join(text[a:b].split()), "street", None, None, None, 0.0)]
    if label in ("COUNTY", "PARISH", "HOMETOWN"):
        entries = _pattern_entries(gaz, text[a:b], label)
        if not entries:
            return None
    if not entries and text[b:b + 1] == "." and b - a <= 5:  # "Ind.", "W.Va.": the abbreviation keeps its full stop
        entries = gaz.lookup(text[a:b + 1])
        b += 1 if entries else 0
    if not entries:
        entries, core = gaz.lookup_core(text[a:b])
    if label == "FAC" and entries and not any(e.primary for e in entries):
        entries = []  # "White House" is a building, not Casablanca's translated name
    if not entries and (a, b) in named:
        # another name of a resolvable entity ("the Islamic Republic" is a mention of Iran)
        entries = gaz.lookup(named[(a, b)])
    return b, entries, core


def _unlisted_entries(text: str, a: int, b: int, label: str, gaz: Gazetteer) -> tuple[int, list[Entry], str] | None:
    """(end, entries, label) of a name the gazetteer lacks: the place a facility's or institution's name begins
    with ("Henderson County Jail", "Long Beach Airport": EMBEDDED), or a place without coordinates that its
    words or context say is one ("Torkham", "Orchard St."); else None."""
    name = " ".join(text[a:b].split())
    feature = unresolved_feature(name, label)
    pre = _embedded_prefix(text, a, b, gaz) if feature in (None, "building", "landform") \
        or " County " in name else None
    if pre is None and label == "DAM":
        pre = _named_after(text, a, b, gaz)
    if pre is not None:
        return *pre, "EMBEDDED"
    if feature or label in ("GPE", "LOC") and _unknown_place(name, gaz) and _locative(text, a, b, gaz):
        return b, [Entry(name, feature, None, None, None, 0.0)], label
    return None


def _narrow_to_core(it: Item, text: str, core: str) -> None:
    """"Kandahar province", "northern Gaza": the mention is the name itself (an administrative word after it
    makes the place a division)."""
    a, b = it.a, it.b
    j = text[a:b].lower().find(core) if text[a:b].isascii() else -1  # not text.lower(): a copy per mention
    i = a + j if j >= 0 else -1
    if i >= 0:
        generic = text[i + len(core):b].strip().lower()
        it.a, it.b = i, i + len(core)
        if generic in ADMIN_WORDS:
            it.feature_override = "admin"


# names a story's place mentions come from that say it is a place outright (not a mere capitalised word)
_REPEATED = frozenset({"GPE", "DATELINE", "TOWN", "COUNTY", "PARISH", "LISTED", "HOMETOWN"})
_NEXT_WORD = re.compile(r"\s+([A-Z][\w'’-]*|police\b|sheriff\b|officials\b|residents\b|schools\b)")
_COUNTY_BODY = re.compile(r"\s+(?:Sheriff|Police|Commission|Commissioners|Board|Schools|Fire|Coroner|Clerk|Judge|"
                          r"Prosecutor|Health|Jail|police|sheriff|officials|residents|schools|deputies)\b")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;”\"—]\s*|\n\s*)$")


def _occurrences(text: str, names) -> list[tuple[int, int, str]]:
    """Whole-word occurrences of each name (str.find: no pattern to compile for each story's names)."""
    out = []
    n = len(text)
    for name in names:
        i = text.find(name)
        while i >= 0:
            j = i + len(name)
            possessive = text.startswith(("'s", "’s"), j) and (j + 2 == n or not text[j + 2].isalnum())  # "Joliet's"
            if (i == 0 or not (text[i - 1].isalnum() or text[i - 1] in ".’'-_")) and \
                    (j == n or possessive or not (text[j].isalnum() or text[j] in "’'-_")):
                out.append((i, j, name))
            i = text.find(name, j)
    return out


def _repeats(text: str, items: list[Item], taken: Taken, people: set[str], parse: Parse,
             given: set[tuple[int, int]] = frozenset()) -> list[Item]:
    """One sense per story: the other occurrences of a name the story uses as a place where the parser saw
    something else (the headline's "Lancaster" tagged ORG, "Flemington Elks", "Glen Carbon Elementary": a
    place heading an institution's name is a modifier), and a county's bare name before its bodies ("DuPage
    Sheriff", "Henrico police"). Not inside a longer name (a capitalised word before it: "Michael Jordan",
    "University of Rochester"), nor a surname of someone the story names in full, nor a given name standing for
    such a person (`given`: given_name_spans, "Austin Harris ... Austin said")."""
    sources: dict[str, tuple[Item, bool]] = {}  # a name -> the mention it repeats, and whether it is a bare county
    for it in items:
        name = text[it.a:it.b]
        if it.label not in _REPEATED or name in sources or len(name) < 4 or not name[0].isupper() or name.isupper() \
                or name in people \
                or it.entries[0].lat is None:
            continue
        sources[name] = (it, False)
        if name.endswith(" County") and all(e.level == 2 for e in it.entries):
            sources.setdefault(name[:-7], (it, True))  # "DuPage County", then "DuPage Sheriff"
    if not sources:
        return []
    out: list[Item] = []
    for a, b, name in sorted(_occurrences(text, sources), key=lambda t: (t[0], t[0] - t[1])):
        it, bare = sources[name]
        if taken.overlaps(a, b) or (a, b) in given or parse.kind_at(a) in SKIP_SECTIONS \
                or text.startswith(" County", b):
            continue
        before = text[max(0, a - 40):a]
        prev = re.search(r"(\S+)\s+$", before)
        if prev and (prev.group(1)[:1].isupper() or prev.group(1) == "of") and not _SENTENCE_START.search(before) \
                or _PREFIX_BEFORE.search(before):
            continue  # the tail of a longer name ("Mr. Arlington")
        follows = _NEXT_WORD.match(text, b)
        if follows and follows.group(1) in people:
            continue  # a given name before a surname the story uses ("Lindsay and Charlotte Graham")
        if bare and not _COUNTY_BODY.match(text, b):
            continue  # a county's bare name may be anyone's ("Walker said", "Scott West High")
        out.append(Item(a, b, it.label, it.entries, it.feature_override, it.qualifier_country, it.qualifier_admin,
                        kind="modifier" if follows and follows.group(1)[0].isupper() else "name"))
        taken.add(a, b)
    return out


# what a place's name heads in the name of a local institution or building ("Whitestown Town Hall"): the first
# words of a town's bodies (above) and of other local institutions
_INSTITUTION = re.compile(r"\s+(?:City|Town|Village|Township|Borough|County|Police|Fire|Sheriff'?s?|Mayor|Council|"
                          r"Board|Schools?|High|Middle|Elementary|Public|Community|Regional|Senior|Municipal|Chamber|"
                          r"Library|Airport|Hospital|Medical|Superior|District|Circuit|Courthouse|Jail|Department|"
                          r"Parks?|Recreation|Civic|Historical|Area|Emergency|Volunteer|Memorial|Common|Planning)\b")


_AFFIX_WORD = re.compile(r"(?:north|south|east|west|central|northern|southern|eastern|western|upper|lower|greater)\b",
                         re.IGNORECASE)


def _named_after(text: str, a: int, b: int, gaz: Gazetteer) -> tuple[int, list[Entry]] | None:
    """A dam or reservoir named after a town of two words or more ("New Concord Reservoir"): that town's
    end and entries (one word may be anyone's: "Hoover Dam")."""
    end = a + len(text[a:b].rsplit(None, 1)[0])
    name = text[a:end]
    entries = gaz.lookup(name) if " " in name else []
    return (end, entries) if any(e.primary and e.name.lower() == name.lower() for e in entries) else None


def _embedded_prefix(text: str, a: int, b: int, gaz: Gazetteer) -> tuple[int, list[Entry]] | None:
    """A name the gazetteer lacks that begins with a place's ("Henderson County Jail", "Newark Fire",
    "Long Beach Airport"): the end of that place's name and its entries. A one-word town counts only
    before a word naming a local institution ("Whitestown Town Hall", not "Empire State Building" or
    "David Lawrence Convention Center"); a county before anything ("Lamar County Adult Education")."""
    ends = [m.end() for m in re.finditer(r"[^\s-]+", text[a:b])]
    for k in range(len(ends) - 1, 0, -1):
        end = a + ends[k - 1]
        if text[end - 1] in ".,'’":
            continue
        entries = gaz.lookup(text[a:end])
        if not entries or not any(e.primary and e.name.lower() == text[a:end].lower() for e in entries):
            continue
        if key(text[a:end]) in _GENERIC or _AFFIX_WORD.match(text, a, end):
            continue  # "East Cambridgeshire Girl Guides", "Valley Water District"
        county = k >= 2 and any(e.feature == "admin" and e.level == 2 and e.score >= 4.5 for e in entries)
        if re.fullmatch(r"\s+(?:Township|Twp\.?)", text[end:b]):
            return b, entries  # "Oakport Township": the township named after its town, which lies in it
        if county or _INSTITUTION.match(text, end, b + 1):
            return end, entries
    return None


def person_words(sdoc, gaz: Gazetteer | None = None, text: str | None = None, ents=None) -> set[str]:
    """The surnames of the people an article names in full ("Darren Ripley"), also where the parser took
    the full name for an organisation or a place ("Yevgenia Petrova", "Tyrise M. Bell"): two or three
    capitalised words, none of the others a place's or an organisation's word. `ents`: the parse's
    entities when the caller has them (`entities`: each `sdoc.ents` makes a new Span per entity)."""
    words = set()
    for ent in sdoc.ents if ents is None else ents:
        if len(ent) < 2 or len(ent.text.split()) > 3:  # four words or more: a misread headline ("Freemason
            continue  # Bogdanov Joins Sochi"); "Kathy Webb-Lawton" is three
        if ent.label_ == "PERSON":
            if gaz is None or key(ent.text) not in gaz.index or not any(e.feature == "country" for e in gaz.lookup(ent.text)):
                words.add(ent[-1].text)  # ("Sri Lanka" tagged PERSON names no one)
        elif gaz is not None and ent.label_ in ("ORG", "GPE") and len(ent) <= 3 and _looks_personal(ent, gaz):
            if not _after_place_preposition(ent[-1].text, sdoc.text if text is None else text):
                words.add(ent[-1].text)  # ...unless the story also speaks of the name as a place's ("from Norfolk")
    return words


# "in Norfolk", "from Norfolk": a name spoken of as a place's (the word right before the spaces before it; \b reads
# the character before a search's start, \Z matches at its end)
_PLACE_PREPOSITION_END = re.compile(r"\b(?:in|at|near|from|to|outside)\Z")
_BOUNDARY = re.compile(r"\b")


def _after_place_preposition(name: str, text: str) -> bool:
    """Whether `name` stands as a whole word after one of the prepositions and a run of spaces: what searching the
    text for `\\b(?:in|at|near|from|to|outside)\\s+` and the name (escaped) up to a word boundary finds, without
    compiling a pattern for every name (a compilation cost more than the rest of this stage's look at the name)
    nor scanning the whole text for the prepositions (60 us an article): the name's few places in the text are
    found by `str.find`, and the words before each read back from it."""
    if not name or name[0].isspace():  # the pattern's \s+ could give its spaces back to such a name
        return re.search(rf"\b(?:in|at|near|from|to|outside)\s+{re.escape(name)}\b", text) is not None
    p = text.find(name)
    while p != -1:
        j = p
        while j > 0 and text[j - 1].isspace():  # (str.isspace is re's \s on str)
            j -= 1
        if j < p and _BOUNDARY.match(text, p + len(name)) and _PLACE_PREPOSITION_END.search(text, max(0, j - 7), j):
            return True
        p = text.find(name, p + 1)
    return False


def _site_or_body(ent) -> bool:
    """Whether a name's words say a site or a body: an organisation's word ("County", "Bank") or a building's,
    street's, water's or landform's ending ("Stadium", "Road", "River", "Hills")."""
    name = ent.text
    return any(t.lower_ in _ORG_WORDS for t in ent) or any(p.search(name) for p in (BUILDING, STREET, WATER, LANDFORM))


def _looks_personal(ent, gaz: Gazetteer) -> bool:
    """Whether a multi-word entity reads as a person's name: each word capitalised (an initial allowed),
    the given name neither a place's name nor a word of organisations' names."""
    first = ent[0].text
    if not all(t.is_title or re.fullmatch(r"[A-Z]\.", t.text) for t in ent) or key(first) in gaz.index \
            or ent[0].pos_ != "PROPN":  # "Improved Living Norfolk"
        return False
    return not any(t.lower_ in _ORG_WORDS or t.text.isupper() for t in ent)


_ORG_WORDS = frozenset({"inc", "inc.", "co", "co.", "corp", "corp.", "company", "group", "bank", "university", "college",
                        "school", "council", "department", "association", "society", "church", "club", "foundation",
                        "institute", "center", "centre", "hospital", "party", "committee", "board", "agency", "news",
                        "times", "post", "journal", "press", "energy", "airlines", "motors", "systems", "services",
                        "international", "national", "federal", "state", "city", "county", "united", "american"})


def _qualify(it: Item, text: str, gaz: Gazetteer, items: list[Item]) -> None:
    """ "Paris, Texas" (the division or country after the name) and "Atlanta, Georgia" (before it)."""
    if len(it.entries) < 2:
        return
    m = _QUALIFIER.match(text, it.b)
    if m:
        words = m.group(1).split()
        q = []
        for n in range(len(words), 0, -1):  # "Monroeville, Ala. An alert...": the qualifier is "Ala."
            q = [e for e in gaz.lookup(" ".join(words[:n]).rstrip(",")) if e.feature in ("country", "admin")]
            if q:
                break
        countries = {e.country for e in q}
        it.qualifier_country = next((e.country for e in it.entries if e.country in countries), None)
        admins = {e.id for e in q if e.level == 1}
        it.qualifier_admin = next((a for e in it.entries for a in (e.admin1,) if a in admins), -1)
    prev = items[-1] if items else None
    if it.qualifier_country is None and prev is not None and text[max(0, it.a - 2):it.a] == ", " and prev.b == it.a - 2:
        city = choose(prev.entries, Counter(), None, prev.qualifier_country, None, prev.qualifier_admin)
        if city.feature == "city":
            it.qualifier_country = city.country
            it.qualifier_admin = city.admin1  # "Athens, Georgia": the state the city lies in


def resolve(doc: Document, parse: Parse, gaz: Gazetteer, matcher) -> list[Place]:
    """The article's places: each toponym mention read (`_Story.choose`, then a second look by the story's
    other places), kept or dropped (`_dropped`), given its kind, and grouped by the reading chosen."""
    text = doc.text
    items = collect(doc, parse, gaz, matcher)
    keys = [key(text[it.a:it.b]) for it in items]
    story = _story(doc, items, keys, gaz)
    entity_mentions = _entity_mentions(doc)
    first = [story.choose(k, it) for k, it in zip(keys, items)]
    near = Near([text[it.a:it.b] for it in items], first)
    places: dict[tuple, Place] = {}
    for k, it, entry in zip(keys, items, first):
        name = text[it.a:it.b]
        if len(it.entries) > 1 and near.others(name):  # second look: the reading nearest the story's other places
            entry = story.choose(k, it, near=_nearness(near, name, it.entries))
        if _dropped(entry, it, story.focus):
            continue
        entry = _refined(entry, it, text, gaz)
        kind = _kind(it, entry, parse, story.actor_metonyms)
        if kind == "metonym":
            _mark_entity_metonym(entity_mentions.get((it.a, it.b), ()))
        _place_of(places, entry).mentions.append(Mention(start=it.a, end=it.b, text=name, kind=kind))
    listed_modifiers(text, [m for p in places.values() for m in p.mentions if _demonym(gaz, m.text) is None])
    for p in places.values():
        p.mentions.sort(key=lambda m: m.start)
    return list(places.values())


def _nearness(near: Near, name: str, entries: list[Entry]):
    """The second look's nearness of each reading of `name`. Where the name is also a country's or a first-level
    division's, a small town's reading is not near the story's divisions' points: England's lies within reach of a
    village called Wales, never of Wales, and a sibling division says nothing for the village."""
    if not any(e.level == 1 or e.feature == "country" for e in entries):
        return functools.partial(near.close, name)
    return lambda e: near.close(name, e, divisions=not (e.feature == "city" and e.score < SMALL_CITY))


@dataclass
class _Story:
    """What the whole story says about each of its names, gathered once so that each reading is chosen by
    the same evidence in the first look and the second (`choose`'s arguments but the entries and `near`)."""
    focus: Counter  # the story's countries, all names counted
    context: dict  # a name's key -> the story's countries and divisions without that name's own votes
    dateline_country: str | None
    towns: set  # keys of names with a town cue at any mention (one sense per name in a story)
    municipal: set  # keys of towns whose own council or police the story names in full
    home: frozenset  # the countries the story surely is in (a name not in doubt, its money)
    covers: dict  # a name's key -> its coverage scorer (None for a name of one reading)
    actor_metonyms: SpanIndex  # the spans the actors stage read as an institution standing for its place

    def choose(self, k: str, it: Item, near=None) -> Entry:
        if len(it.entries) == 1:
            return it.entries[0]  # choose() returns its only entry whatever it is told: nothing to weigh
        focus, admins = self.context[k]
        return choose(it.entries, focus, self.dateline_country, it.qualifier_country, admins, it.qualifier_admin,
                      near=near, town=k in self.towns, home=self.home, cover=self.covers[k],
                      municipal=k in self.municipal, institution=self.actor_metonyms.overlaps(it.a, it.b))


def _story(doc: Document, items: list[Item], keys: list[str], gaz: Gazetteer) -> _Story:
    """The story's evidence for `choose`: its votes (each name judged by the others', not its own: "Lebanon"
    five times in a story about a town in Indiana must not outvote "Zionsville" and "Boone County"), its
    dateline's country, its town cues, its money and what its names say together."""
    text = doc.text
    votes = Votes(items, doc, keys)
    focus, _ = votes.context()
    # only the names with a choice to make need the votes without their own (each an article's worth of Counters)
    context = {k: votes.context(k) for k in {k for k, it in zip(keys, items) if len(it.entries) > 1}}
    towns = {k for k, it in zip(keys, items) if len(it.entries) > 1 and town_cue(text, it.a, it.b)}
    # a town's own institutions named in full ("the Paris City Council", "Dublin City Manager"): its size says
    # nothing of which namesake it is; the story's other evidence does
    municipal = {k for k, it in zip(keys, items) if k in towns and _MUNICIPAL.match(text, it.b)}
    home = frozenset(votes.sure) | ({votes.locale} if votes.locale else frozenset())
    actor_metonyms = SpanIndex([(m.start, m.end) for e in doc.entities for m in e.mentions if m.kind == "metonym"])
    return _Story(focus, context, _dateline_country(doc, gaz, focus), towns, municipal, home,
                  _coverage_scorers(keys, items), actor_metonyms)


def _dateline_country(doc: Document, gaz: Gazetteer, focus: Counter) -> str | None:
    """The country of the place the story was filed from, read by the story's countries; None without one."""
    if doc.dateline is None:
        return None
    hits = gaz.lookup(doc.dateline.text.strip("()[] —-–"))
    return hits and choose(hits, focus, None, None).country or None


def _coverage_scorers(keys: list[str], items: list[Item]) -> dict:
    """Each name's coverage scorer (coverage.py), made once per name; None for a name of one reading (nothing
    to choose between)."""
    together = Coverage({k: it.entries for k, it in zip(keys, items)})
    covers = {}
    for k, it in zip(keys, items):
        if k not in covers:
            covers[k] = together.scorer(k, it.entries) if len(it.entries) > 1 else None
    return covers


def _entity_mentions(doc: Document) -> dict[tuple[int, int], list[Mention]]:
    """The entities' mentions by span, to mark a place's metonym in its entity too."""
    out: dict[tuple[int, int], list[Mention]] = {}
    for e in doc.entities:
        for m in e.mentions:
            out.setdefault((m.start, m.end), []).append(m)
    return out


def _dropped(entry: Entry, it: Item, focus: Counter) -> bool:
    """A town in a country the story never names, found only by the matcher or a mislabel: too weak to keep."""
    return entry.feature == "city" and it.qualifier_country is None and bool(focus) and not focus.get(entry.country) \
        and (entry.score < SMALL_CITY and it.label not in ("GPE", "FRAMED", "DATELINE", "TOWN", "TEAM", "LISTED")
             or entry.score < BIG_CITY and it.label in ("MATCH", "EMBEDDED"))


def _refined(entry: Entry, it: Item, text: str, gaz: Gazetteer) -> Entry:
    """The chosen reading as the mention makes it: a province named after its capital ("Kandahar province")
    is the division; an unknown place after "the <demonym> town of" is in that demonym's country."""
    if it.feature_override and entry.feature == "city":
        entry = replace(entry, feature=it.feature_override)
    if entry.country is None and entry.lat is None and entry.id < 0 and (country := _kind_of_country(text, it.a, gaz)):
        entry = replace(entry, country=country)  # "the Malian village of Ogossagou": the gazetteer lacks it (no vote)
    return entry


def _kind(it: Item, entry: Entry, parse: Parse, actor_metonyms: SpanIndex) -> str:
    """The mention's kind: a dateline's place is where the story was filed ("CHICAGO (Reuters) -"), never an
    actor; a name's kind is read from the sentence (`mention_kind`); a modifier or team keeps its own."""
    if parse.kind_at(it.a) == "dateline":
        return "name"
    if it.kind == "name":
        return mention_kind(parse.doc, it.a, it.b, entry, actor_metonyms.overlaps(it.a, it.b))
    return it.kind


def _place_of(places: dict[tuple, Place], entry: Entry) -> Place:
    """The story's place for a reading, made on its first mention (ids in order of first mention)."""
    k = (entry.name, entry.country, entry.feature, entry.geonameid)
    place = places.get(k)
    if place is None:
        place = places[k] = Place(id=f"p{len(places) + 1}", name=entry.name, country=entry.country,
                                  lat=_round(entry.lat), lon=_round(entry.lon), feature=entry.feature,
                                  geonameid=entry.geonameid)
    return place


_LIST_GLUE = re.compile(r",\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+")
_NOUN_AFTER = re.compile(r"\s+[a-z]")


def listed_modifiers(text: str, mentions: list[Mention]) -> None:
    """A list of places before the noun its last member modifies ("the Madrid, Milan and Lisbon stock
    exchanges"): every member modifies that noun, whatever the parser made of the first ones. `mentions`
    are place names, not demonyms: "the town of Kobani, and Iraqi forces" is no list."""
    ms = sorted(mentions, key=lambda m: m.start)
    run: list[Mention] = []
    for m in ms + [None]:
        if m is not None and run and _LIST_GLUE.fullmatch(text, run[-1].end, m.start):
            run.append(m)
            continue
        if len(run) > 1 and run[-1].kind == "modifier" and _NOUN_AFTER.match(text, run[-1].end):
            for r in run[:-1]:
                r.kind = "modifier"
        run = [m]


_TOWN_AFTER = re.compile(rf"\s+(?:[A-Z][\w.]*\s+){{0,2}}?(?:{_TOWN_BODIES}|{_TOWN_PEOPLE}|{_TOWN_SCHOOLS})\b",
                         re.IGNORECASE)  # up to two words between: "Lebanon City Fire Department", "a Lebanon High teacher"
_CITY_BODY = re.compile(r"\s+(?:Council|Manager|Commission|Hall|Schools|Attorney|Clerk|Police|Councilm[ae]n)\b")
_MUNICIPAL = re.compile(r"\s+(?:City\s(?:Council|Manager|Commission|Hall|Schools|Attorney|Clerk)|Police\sDepartment|"
                        r"Fire\sDepartment|Volunteer\sFire|School\sDistrict|High\sSchool|Junior\sCollege|"
                        r"Chamber\sof\sCommerce|Board\sof\sEducation|Public\sSchools|Town\s(?:Council|Hall|Board))\b")
_ADDRESS_BEFORE = re.compile(r"\d+\s[\w. ]{1,30}\b(?:St|Ave|Rd|Road|Street|Avenue|Drive|Dr|Lane|Ln|Blvd|Boulevard|"
                             r"Hwy|Highway|Pike|Way|Court|Ct|Circle|Place|Pl)\.?,\s*$")


def town_cue(text: str, a: int, b: int) -> bool:
    """Whether the text speaks of the name as a town's: its mayor, police, schools or people ("Lebanon
    police", "a Lebanon man"), or a street address before it ("508 Cumberland St., Lebanon"). A
    country has none of these, so a country reading gives way to a town of the same name."""
    return bool(_TOWN_AFTER.match(text, b, b + 45) or _ADDRESS_BEFORE.search(text, max(0, a - 45), a))


def mention_kind(sdoc, a: int, b: int, entry: Entry, actor_metonym: bool) -> str:
    """name (a literal place), modifier ("U.S. officials", "the Texas governor") or metonym (a place
    standing for its government, people or team: "Turkey said", "links with Tehran"); the agent test
    is the one the actors stage asks (metonymy.is_agent)."""
    span = expand_span(sdoc, a, b)  # (char_span's own Span, made without a Token for each offset)
    glued = _glued_participle(sdoc, span)
    if glued in _SITED:
        return "modifier"  # "a London-based think tank", "the Texas-born singer": where something else is
    if glued in _ACTING:
        return "metonym"  # "Iran-backed militias", "the US-led coalition": the state that backs or leads
    if span is None:
        return "metonym" if actor_metonym else "name"
    head = span.root
    mod, gov = _modified(head, span)
    premodifier = mod.dep_ in ("compound", "amod", "nmod") and gov.i >= span.end and gov.pos_ in ("NOUN", "PROPN")
    if entry.feature not in ("country", "admin", "city", "region"):
        if premodifier and entry.feature == "building":
            return "modifier"  # a seat before a noun, as a country is: "Whitehall officials", "Kremlin aides"
        return "metonym" if actor_metonym else "name"
    if premodifier and gov.lower_ not in ADMIN_WORDS:  # "Kandahar province" is the province itself
        return _premodifier_kind(sdoc, head, mod, gov, entry, actor_metonym)
    if any(c.dep_ in ("compound", "appos") and c.lemma_ in _SIDE_NOUNS for c in head.children):
        return "metonym"  # named as a club or a side: "a return to former club Southampton", "Leeds, his old club"
    if actor_metonym or versus(span):
        return "metonym"  # versus: "Wales v Ireland", "Leeds vs Hull": a fixture's two sides
    # only where a place acts: the subject of an active verb, a passive's agent, a possessor ("Turkey's
    # demands"); an object ("a heatwave gripped Spain") or a passive subject ("Vienna was spared") is a place
    top = head
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    kind = kind_noun(top)
    if kind is not None:
        head = top = kind  # "the state of Gujarat sued": the name fills the slot "the state" fills
    return _acting_kind(span, head, top, entry) or _acted_on_kind(span, top, entry)


def _premodifier_kind(sdoc, head, mod, gov, entry: Entry, actor_metonym: bool) -> str:
    """The kind of a country's, a division's or a city's name before a noun ("U.S. officials", "England
    captain Harry Kane"): a modifier unless it is a team's, or the actors stage's agent."""
    role = gov.lower_
    if role in _SITE_NOUNS and gov.i + 1 < len(sdoc) and sdoc[gov.i + 1].pos_ == "PROPN" \
            and not any(t.pos_ in ("VERB", "AUX") for t in gov.sent):
        return "name"  # "Chad borders Libya": the verb read as a plural noun in a sentence left with no verb
    if fixture(mod):
        return "metonym"  # "Chelsea host Tottenham on Sunday": the parser made the fixture's verb a noun
    if entry.feature in ("country", "city", "admin") and (role in _TEAM_ROLES_STRONG or role in _TEAM_ROLES and sporty(
            head.sent, sum(ent.label_ in PLACE_LABELS for ent in head.sent.ents))):
        return "metonym"  # "England captain Harry Kane", "the Brazil striker": the team's
    return "metonym" if actor_metonym else "modifier"


def _acting_kind(span, head, top, entry: Entry) -> str | None:
    """The kind of a name by the slot it fills where a government, people or team may act or hold (a subject, a
    possessor, a side of a relation, a controlled infinitive's doer, a place's happening); None where the slot
    does not decide."""
    if top.dep_ == "poss" and (top.head.lemma_ in _POSSESSED_AS_PLACE or top.head.ent_type_ in PLACE_LABELS):
        return "name"  # a place's own part or what is held there: "Syria's north", "Israel's Negev", "Peru's election"
    if holder_of_office(top):
        return "metonym"  # "the president of Turkey", "the government of Peru": the state's, as "Turkey's president"
    if entry.feature in ("country", "city", "admin", "region") and plural_agreement(top, span) and not _dateline(span):
        return "metonym"  # "Burnley were relegated", "Sri Lanka were bowled out", "Europe were beaten": a team or a people
    if top.dep_ == "pobj" and top.head.lower_ == "for" and top.head.head.lemma_ in _PLAY_VERBS:
        return "metonym"  # the side one plays for: "scored twice for Ghana", "played for Canada"
    if top.dep_ in ("nsubj", "agent", "poss") or top.dep_ == "pobj" and (
            top.head.dep_ == "agent" or top.head.lower_ in RELATIONAL_PREPS):  # "talks between Israel and Hamas"
        return "metonym" if metonymy.is_agent(head, default=False) else "name"
    proxy = role_proxy(top)
    if proxy is not None:
        return "metonym" if metonymy.is_agent(proxy, default=False) else "name"
    if entry.feature in ("country", "city", "admin", "region") and happening(top):
        return "metonym"  # "since Chernobyl", "another Vietnam", "the lessons of Srebrenica": what happened there
    if fixture(top):
        return "metonym"  # the other side of a fixture the parser misread: "Chelsea host Tottenham"
    comp = controlled_infinitive(top)
    if comp is not None:
        return "metonym" if infinitive_acts(comp) else "name"
    if top.dep_ == "pobj" and top.head.lower_ == "over" and top.head.head.lemma_ in _WIN_NOUNS:
        return "metonym"  # the side beaten: "a slim win over Scotland", "their victory over France"
    return None


def _acted_on_kind(span, top, entry: Entry) -> str:
    """The object of what is done to a government, a people or a team ("Syria accused Israel", "France beat
    England", "sanctions on Iran", "lost to Brentford") is a metonym; what merely happens to a place stays a
    place."""
    gov = top.head
    if entry.feature in ("country", "city") and _team_acted_on(top, gov):
        return "metonym"  # a team in a game's report: "Peru were eliminated", "ahead of Kenya", "a win over Spain"
    if top.dep_ == "nsubjpass" and entry.feature in ("country", "city", "admin") and passive_addressee(gov) \
            and not _dateline(span):
        return "metonym"  # "Russia was accused of", "Venezuela was urged to", "Greece is expected to announce"
    if metonymy.is_recipient(top):
        return "metonym"  # a state that receives: "pledged air defences to Kyiv", "the aid package for Ukraine"
    if entry.feature == "country" and metonymy.is_polity_example(top):
        return "metonym"  # a state as a polity: "rogue states such as Iran", "failing states, including Russia"
    if opponent(top):
        return "metonym"  # "France take on Italy", "Beijing hit back at Washington": a side one stands against
    if relation_side(top):
        return "metonym"  # the other side of a relation: "a threat to Japan", "loyalty to Moscow"
    if top.dep_ in ("dobj", "npadvmod") and top.i > gov.i and gov.lemma_ in OBJECT_AGENT_VERBS \
            or top.dep_ == "pobj" and gov.lower_ == "on" and gov.head.lemma_ in PRESSURE_NOUNS \
            or top.dep_ == "pobj" and gov.lower_ == "to" and gov.head.lemma_ in ("lose", "appeal", "surrender", "defeat", "loss"):
        return "metonym"
    return "name"


def _team_acted_on(top, gov) -> bool:
    """A side beaten, passed, joined or moved between in a sentence that reports a game ("Peru were
    eliminated", "ahead of Kenya", "a win over Spain", "moved from Chelsea to Arsenal")."""
    return (top.dep_ == "nsubjpass" or top.dep_ == "pobj" and (
            gov.lower_ in ("over", "behind", "past") or gov.lower_ == "of" and gov.head.lower_ == "ahead"
            or gov.lower_ in ("from", "to") and gov.head.lemma_ in _TRANSFER_VERBS) or top.dep_ == "dobj" and (
            gov.lemma_ == "join")) \
        and sporty(top.sent, sum(ent.label_ in PLACE_LABELS for ent in top.sent.ents))


# kinds of polity a name can follow as "the state of X", "the province of Sindh": the name is that noun
_POLITY_KINDS = frozenset({"state", "province", "country", "nation", "republic", "kingdom", "emirate", "commonwealth",
                           "city", "region", "territory"})


def _noun_before(top, preps):
    """The word before the name whose preposition (one of `preps`) has the name as its object ("the president
    [of] Turkey", "a threat [to] Japan"), else None."""
    if top.dep_ != "pobj" or top.head.lower_ not in preps:
        return None
    noun = top.head.head
    return noun if noun.i < top.i else None


_OF = frozenset({"of"})


def kind_noun(top):
    """The kind noun of "the state of X" / "the city of X" when the name is its "of" complement, else None: the
    phrase names one place, and its slot is the kind noun's ("The state of Gujarat sued" acts; "flooded the state
    of Kerala", "in the province of Sindh" are places)."""
    noun = _noun_before(top, _OF)
    if noun is None or noun.lemma_ not in _POLITY_KINDS or not any(c.dep_ == "det" and c.lower_ == "the"
                                                                   for c in noun.children):
        return None
    return noun


# offices and state bodies: what a state holds, so their "of" complement is the state, as their possessor is
# ("the president of Turkey" = "Turkey's president"; the actors stage's STATE_NOUNS are its people and dealings)
OFFICE_NOUNS = metonymy.STATE_NOUNS | frozenset({
    "president", "presidency", "governor", "governorship", "king", "queen", "monarch", "ruler", "rulers", "premier",
    "chancellor", "emperor", "government", "administration", "regime", "parliament", "cabinet", "ministry",
    "embassy", "consulate", "navy", "legislature", "senate", "ambassador", "ambassadors", "spokesman",
    "spokeswoman", "spokesperson", "policy", "policies", "interest", "interests", "economy", "stance", "position"})


def holder_of_office(top) -> bool:
    """Whether the name is the "of" complement of an office, a state body or a state's dealing: the state that
    holds it ("the president of Turkey", "the foreign minister of Egypt", "an ally of Israel")."""
    noun = _noun_before(top, _OF)
    return noun is not None and noun.pos_ == "NOUN" and (noun.lemma_ in OFFICE_NOUNS or noun.lower_ in OFFICE_NOUNS)


# nouns of a relation, an attitude or an act between two who can answer: their to/for/toward complement is the
# side it is aimed at, their "from" complement the side it comes from ("a threat to Japan", "loyalty to Moscow",
# "hostility towards Iran", "a threat from Iran", "pressure from Germany"); aid's recipient is metonymy.is_recipient's
RELATION_NOUNS = frozenset({"threat", "loyalty", "allegiance", "hostility", "sympathy", "commitment", "apology",
                            "respect", "opposition", "challenge", "ultimatum", "overture", "concession", "obligation",
                            "debt", "appeal", "plea", "request", "rebuke", "snub", "gesture", "outreach",
                            "antipathy", "animosity", "friendliness", "deference", "subservience", "affinity",
                            "solidarity", "backing", "message", "pressure", "criticism", "warning", "demand",
                            "condemnation", "praise", "complaint", "protest", "retaliation", "interference",
                            "aggression", "support"})
_RELATION_PREPS = frozenset({"to", "for", "toward", "towards", "from"})


def relation_side(top) -> bool:
    """Whether the name is the to/for/toward/from complement of a relation or attitude noun (RELATION_NOUNS)."""
    noun = _noun_before(top, _RELATION_PREPS)
    return noun is not None and noun.pos_ == "NOUN" and noun.lemma_ in RELATION_NOUNS


_RELATIVES = frozenset({"which", "that", "who"})
_CLEFT_BE = frozenset({"be", "'s", "’s"})


def _relative_subject(verb):
    """The relative pronoun that is `verb`'s subject ("which has denied", "that blocked"), or None."""
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _RELATIVES), None)


def role_proxy(top):
    """A token that stands in the name's role where the parser left the name none of its own; is_agent
    reads that token for the name:
    - the subject of the name's own relative clause when the parser made the name the root ("Moscow,
      which has denied the claims, called for talks": whoever denies, the name is);
    - a cleft's relative subject ("It was Canada that blocked the deal": Canada blocked it);
    - the subject a "like"/"unlike" phrase compares the name with ("Unlike Germany, France backed the plan":
      the two are set side by side in the same role);
    - the quantifier of a partitive ("the whole of", "all of", "most of") that is an active subject: the
      place's people act through it ("The whole of Glasgow cheered", "Most of Texas voted Republican"), as
      the place itself is what is flooded or sunny ("Much of Europe was hit by snow", "Most of Spain is sunny":
      a passive subject is no proxy; a copula's is read by is_agent as the name's would be)."""
    if top.dep_ == "ROOT":
        return next((r for c in top.children if c.dep_ == "relcl" and (r := _relative_subject(c)) is not None), None)
    if top.dep_ == "attr" and top.head.lemma_ in _CLEFT_BE \
            and any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in top.head.children):
        clauses = [c for c in top.head.children if c.dep_ in ("ccomp", "relcl") and c.i > top.i]
        clauses += [c for c in top.children if c.dep_ == "relcl"]
        return next((r for c in clauses if (r := _relative_subject(c)) is not None and r.i == top.i + 1), None)
    if top.dep_ == "pobj" and top.head.lower_ == "of" and top.head.head.lower_ in _PARTITIVES:
        whole = top.head.head
        return whole if whole.dep_ == "nsubj" else None  # "The whole of Glasgow cheered", "All of Ireland was watching"
    if top.dep_ == "pobj" and top.head.lower_ in ("like", "unlike") and top.head.i < top.i:
        verb = top.head.head
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > top.i), None)
        if subject is not None and subject.ent_type_ in ("GPE", "ORG", "NORP"):
            return subject
    return None


# a site verb the parser may read as a plural noun after a place ("Armenia borders Iran")
_SITE_NOUNS = frozenset({"borders", "neighbours", "neighbors", "adjoins", "straddles"})
_PARTITIVES = frozenset({"all", "whole", "most", "much", "half", "rest", "majority", "bulk"})
# nouns of what an event leaves ("the lessons of Srebrenica", "the anniversary of Chernobyl", "the aftermath
# of Fukushima"): a place after them names what happened there
_AFTERMATH_NOUNS = frozenset({"lesson", "lessons", "anniversary", "aftermath", "legacy", "memory", "memories",
                              "repeat", "repetition", "spectre", "specter", "survivor", "survivors"})


def happening(top) -> bool:
    """Whether a place name stands for what happened there (GeoWebNews' event metonymy):
    - the object of "since", a time's or an event's preposition ("the worst accident since Chernobyl");
    - the object of an "after" / "before" put before the verb it modifies, not a verb of motion, which orders a
      journey's stops ("After Fukushima, Germany decided"; not "flew to Rome after Paris", "the biggest city
      after Paris");
    - a name made one of a series, which a place's name never is ("another Vietnam", "a second Chernobyl",
      "the next Afghanistan"; not "a Hilton", a brand);
    - what an event leaves ("the lessons of Srebrenica", "the anniversary of Lockerbie")."""
    if top.dep_ == "pobj" and top.head.dep_ == "prep":
        prep, gov = top.head.lower_, top.head.head
        if prep == "since" or prep == "of" and gov.lower_ in _AFTERMATH_NOUNS:
            return True
        if prep in ("after", "before") and gov.pos_ in ("VERB", "AUX") and gov.lemma_ not in metonymy.MOTION_VERBS \
                and gov.i > top.i:
            return True
    return any(c.dep_ == "det" and (c.lower_ == "another" or c.lower_ in ("a", "an", "the") and any(
        m.dep_ == "amod" and m.lower_ in _SEQUEL_WORDS for m in top.children)) for c in top.children)


# words that make a place's name a sequel of what happened there ("a second Chernobyl", "the next Afghanistan")
_SEQUEL_WORDS = frozenset({"second", "third", "new", "next", "future", "modern-day"})


# phrasal verbs whose object is an opponent, who can answer back: (verb, particle or preposition, the particle
# the preposition needs or None)
_OPPONENT_PHRASES = {("take", "on"): None, ("hit", "at"): "back", ("lash", "at"): "out", ("stand", "to"): "up",
                     ("face", "against"): "off", ("square", "against"): "off"}


def opponent(top) -> bool:
    """Whether the name is the object of a phrasal verb of opposition ("take on Italy", "took Brussels on",
    "hit back at Washington", "stood up to Moscow"): a government, a people or a team, like "face" and "beat"."""
    if top.dep_ == "dobj":
        verb, word = top.head, next((c.lower_ for c in top.head.children if c.dep_ == "prt"), None)
    elif top.dep_ == "pobj" and top.head.dep_ == "prep":
        verb, word = top.head.head, top.head.lower_
    else:
        return False
    if (verb.lemma_, word) not in _OPPONENT_PHRASES:
        return False
    particle = _OPPONENT_PHRASES[(verb.lemma_, word)]
    return particle is None or any(c.dep_ in ("prt", "advmod") and c.lower_ == particle for c in verb.children)


# a fixture between two sides named by their towns or countries: "Chelsea host Tottenham", "Japan face Spain"
_FIXTURE_WORDS = frozenset({"host", "face", "meet", "visit", "welcome", "entertain", "beat", "play", "edge", "thrash"})


def fixture(tok) -> bool:
    """Whether `tok`, a capitalised name, is a side in "<Side> <fixture verb> <Side>", which the parser may
    read as a noun phrase ("Chelsea host Tottenham": "Chelsea" a compound of the noun "host", "Tottenham" its
    apposition). Both neighbours of the fixture word must be capitalised names, and the word itself lower case."""
    doc = tok.doc

    def side(i: int) -> bool:
        return 0 <= i < len(doc) and doc[i].pos_ == "PROPN" and doc[i].is_title

    def word(i: int) -> bool:
        return 0 <= i < len(doc) and doc[i].lower_ in _FIXTURE_WORDS and doc[i].is_lower

    i = tok.i
    while i + 1 < len(doc) and doc[i + 1].ent_iob_ == "I":  # the last token of a multi-word name
        i += 1
    j = tok.i
    while j > 0 and doc[j].ent_iob_ == "I":
        j -= 1
    return word(i + 1) and side(i + 2) or word(j - 1) and side(j - 2)


# an outcome "over" a side: "a win over Scotland", "victory over France" (a lead over a rival too)
_WIN_NOUNS = frozenset({"win", "victory", "triumph", "success", "lead", "upset", "advantage", "edge"})


# verbs whose object is the subject of their to-infinitive (object control and raising to object); with
# others the infinitive is the subject's purpose
_OBJECT_CONTROL = frozenset({"urge", "tip", "expect", "allow", "ask", "tell", "force", "want", "encourage",
                             "persuade", "invite", "order", "warn", "advise", "enable", "help", "require", "press",
                             "push", "pressure", "back", "predict", "forecast", "need", "prompt", "cause", "get",
                             "believe", "consider", "call", "challenge", "compel", "oblige", "permit", "forbid",
                             "implore", "beg", "instruct", "authorise", "authorize", "empower", "lead", "inspire",
                             "drive", "fancy", "favour", "favor", "like", "prefer", "would"})


def controlled_infinitive(top):
    """The to-infinitive whose unspoken subject is the name, its verb's object ("tipped Wales to win",
    "urged Iran to halt enrichment", "expects Greece to announce cuts"), or None."""
    if top.dep_ != "dobj" or top.head.lemma_ not in _OBJECT_CONTROL:
        return None  # "left Newcastle to join Celtic", "held off the USA to win": the subject's purpose
    return next((c for c in top.head.children if c.dep_ in ("xcomp", "ccomp") and c.i > top.i
                 and c.pos_ in ("VERB", "AUX") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                 and not any(a.dep_ in ("nsubj", "nsubjpass", "expl") for a in c.children)), None)


def infinitive_acts(comp) -> bool:
    """Whether the name as the infinitive's subject acts, as an active subject does; being, weather, motion
    and what befalls a place leave it a place ("expects Spain to be warm", "forecast Britain to see snow",
    "caused Venice to flood", "expects Texas to be hit")."""
    if any(c.dep_ == "auxpass" for c in comp.children):
        return not metonymy.befalls(comp) and passive_addressee(comp)
    return comp.lemma_ != "be" and comp.lemma_ not in metonymy.IMPACT_VERBS \
        and comp.lemma_ not in metonymy.MOTION_VERBS and metonymy.subject_acts(comp)


# nouns that name a sports club or side: a place named as one is its team
_SIDE_NOUNS = frozenset({"club", "side", "team", "outfit", "opponent", "rival", "champion", "holder", "finalist"})


_VERSUS = frozenset({"v", "v.", "vs", "vs.", "versus"})


def versus(span) -> bool:
    """Whether the name is a side of "<Side> v <Side>" (a fixture, a court case: both are who meet, never
    where): the word "v", "vs" or "versus" between it and another capitalised word."""
    doc = span.doc

    def title(i: int) -> bool:
        return 0 <= i < len(doc) and doc[i].is_title

    after = span.end + 1 < len(doc) and doc[span.end].lower_ in _VERSUS and title(span.end + 1)
    return after or span.start >= 2 and doc[span.start - 1].lower_ in _VERSUS and title(span.start - 2)


def _modified(head, span):
    """The token that modifies a noun for the name, and that noun: the first of coordinated modifiers ("the
    Paris, Amsterdam and Lisbon stock exchanges"), past a demonym the name is glued to ("the US-German firm")."""
    mod = head
    while mod.dep_ == "conj" and mod.head.i != mod.i and mod.head.i < mod.i:
        mod = mod.head
    gov = mod.head
    if mod.dep_ == "compound" and gov.pos_ == "ADJ" and gov.dep_ == "amod" and gov.i == span.end + 1 \
            and span.doc[span.end].text in ("-", "‐"):
        gov = gov.head
    return mod, gov


# a place glued to a participle: where something is ("London-based", "Texas-born": a modifier) or what its
# government does ("Iran-backed", "US-led": a metonym)
_SITED = frozenset({"based", "born", "bred", "raised", "made", "built", "headquartered", "registered", "listed"})
_ACTING = frozenset({"led", "backed", "funded", "sponsored", "brokered", "controlled", "allied", "aligned", "supported",
                     "financed", "imposed", "installed", "appointed", "administered"})


def _glued_participle(sdoc, span) -> str | None:
    """The participle a hyphen glues to the name ("London-based": "based"), or None. Read from the tokens
    (sdoc.text would rebuild the whole text for each mention)."""
    if span is None or span.end + 1 >= len(sdoc):
        return None
    hyphen, word = sdoc[span.end], sdoc[span.end + 1]
    if hyphen.text not in ("-", "‐") or hyphen.idx != span.end_char or word.idx != hyphen.idx + len(hyphen.text):
        return None
    return word.lower_


# a team's people: a country or city naming them stands for its team ("England captain Harry Kane"); the
# weak ones only in a game's report ("the Texas manager" may run a firm)
_TEAM_ROLES_STRONG = frozenset({"striker", "midfielder", "goalkeeper", "defender", "skipper", "batsman", "bowler",
                                "squad", "winger", "fullback", "quarterback", "fly-half", "forward", "keeper"})
_TEAM_ROLES = frozenset({"captain", "coach", "manager", "team", "side", "player", "players", "boss", "selector",
                         "selectors", "fans", "supporters"})
# a player moving between clubs: "joined Leeds from Swansea", "signed for Celtic", "on loan to Wigan"
_TRANSFER_VERBS = frozenset({"join", "transfer", "loan", "sign", "switch"})


# what a place possesses as a place: its parts, not its deeds ("Pakistan's Sindh province", "Syria's north")
_LOCATION_HEADS = ADMIN_WORDS | {"capital", "city", "town", "village", "north", "south", "east", "west", "northeast",
                                 "northwest", "southeast", "southwest", "border", "borders", "coast", "coastline",
                                 "countryside", "territory", "airspace", "waters", "interior", "heartland", "outskirts",
                                 "island", "islands", "mountains", "desert", "part", "parts", "area", "areas"}
# events held in a place: a possessor of these is where it is held ("before Kentucky's primary", "Peru's runoff
# election", "Brazil's carnival"; gold/places_polnear_fine.md and the BBC set's "the place a possessive holds")
_HELD_EVENTS = frozenset({"primary", "primaries", "caucus", "caucuses", "election", "elections", "referendum",
                          "runoff", "plebiscite", "festival", "carnival", "marathon", "parade", "fair"})
# (joined once here, not per mention in mention_kind)
_POSSESSED_AS_PLACE = frozenset(_LOCATION_HEADS | _HELD_EVENTS)


# verbs whose object is someone who can answer back: a place as their object stands for its people
OBJECT_AGENT_VERBS = frozenset({
    "accuse", "warn", "urge", "criticize", "criticise", "condemn", "blame", "beat", "defeat", "thrash", "edge",
    "thank", "sanction", "pressure", "represent", "persuade", "ask", "invite", "threaten", "trust", "recognize",
    "recognise", "oppose", "support", "back", "sue", "tell", "inform", "host", "face", "play", "outplay", "rebuke",
    "praise", "congratulate", "lobby", "court", "woo", "snub", "punish", "reassure", "reprimand", "summon",
    "knock", "eliminate", "rout", "stun", "upset", "oust", "overcome", "outscore", "outclass",  # a game's loser
    "win", "carry",  # an election's voters: "won Kentucky", "carried Ohio" (a place is won in, not won)
    "help", "anger", "infuriate", "enrage", "inflame", "alienate",  # a people helped or moved: "inflamed America"
})
# verbs of playing for a side: the place one plays for is its team ("scored for Ghana", "played for Canada")
_PLAY_VERBS = frozenset({"play", "score", "appear", "feature", "debut", "compete", "bat", "bowl", "star", "captain"})
_PLURAL_FORMS = frozenset({"are", "were", "have", "'re", "’re", "'ve", "’ve"})


def plural_agreement(top, span) -> bool:
    """Whether a singular place name, alone as a subject, takes a plural verb: British English agrees
    with a collective so, never with a place ("Burnley were relegated", "Kenya are through"). Not a
    name plural in form ("the Netherlands are"), nor coordinated or listed names ("Chile and Peru are",
    "the finalists, Denver, Tulsa, ... are")."""
    if top.dep_ not in ("nsubj", "nsubjpass") or span.text.endswith("s") \
            or any(c.dep_ == "conj" for c in top.children) \
            or span.end < len(span.doc) and span.doc[span.end].text == ",":  # a list the parser did not join
        return False
    verb = top.head
    forms = [verb] + [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    return any(t.lower_ in _PLURAL_FORMS and t.i > top.i for t in forms)


# a dash after a name ends a dateline ("BUTLER COUNTY — Health centers are expected to"): the parser may
# make the dateline the next clause's subject
_DATELINE_DASHES = frozenset({"—", "–", "--"})


def _dateline(span) -> bool:
    """Whether a dash follows the name: a dateline ("MOSCOW — Russia's bid is"), not the clause's subject."""
    return span.end < len(span.doc) and span.doc[span.end].text in _DATELINE_DASHES


def passive_addressee(verb, depth: int = 0) -> bool:
    """Whether the passive subject of `verb` is someone who can answer back. A passive subject is the
    active verb's object, so what makes an object a metonym makes it one ("Russia was accused of meddling",
    "Israel was condemned"); a verb that hands its subject on to a complement ("Greece is expected to
    announce cuts", "Portugal was forced to seek a bailout") makes it that complement's subject. A place
    struck by the weather stays a place ("Florida was threatened by a hurricane", "Britain is expected to
    see heavy snow", "Texas is expected to be hit")."""
    if any(c.dep_ == "agent" and any(g.lemma_.lower() in metonymy.WEATHER_NOUNS for g in c.children)
           for c in verb.children):
        return False
    if verb.lemma_ in OBJECT_AGENT_VERBS:
        return True
    comp = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")), None)
    if comp is None or comp.lemma_ == "be" or comp.lemma_ in metonymy.IMPACT_VERBS or depth > 2:
        return False
    if any(c.dep_ == "auxpass" for c in comp.children):
        return not metonymy.befalls(comp) and passive_addressee(comp, depth + 1)
    return metonymy.subject_acts(comp)


PRESSURE_NOUNS = frozenset({"sanction", "pressure", "embargo", "demand", "tariff", "ban", "call", "restriction"})


def _mark_entity_metonym(mentions) -> None:
    """The place stands for an actor: its entity mention says so too (the actor mention stays)."""
    for m in mentions:
        if m.kind == "name":
            m.kind = "metonym"


_KIND_WORDS = r"town|city|village|province|district|county|region|state|port|suburb|hamlet|island|enclave|oblast"
_LOCATIVE_BEFORE = re.compile(rf"\b(?:in|at|near|outside|inside|across|around|(?:{_KIND_WORDS}|capital) of)\s+(?:the\s+)?$",
                              re.IGNORECASE)
# "the (northern) (Syrian) town of X": a kind of place named outright; group 1 the words before the kind (a demonym
# among them gives an unknown X its country)
_KIND_BEFORE = re.compile(rf"\b[Tt]he\s+((?:[\w-]+\s+){{0,2}})(?:{_KIND_WORDS}) of\s+$")


def _kind_of_country(text: str, a: int, gaz: Gazetteer) -> str | None:
    """The country of the demonym in "the <demonym> town of" right before an unknown name, or None."""
    m = _KIND_BEFORE.search(text, max(0, a - 60), a)
    if m is None:
        return None
    countries = {c for w in m.group(1).split() if (c := _demonym(gaz, w)) and c != "-"}
    return countries.pop() if len(countries) == 1 else None


# "MacCorkle", "O’Roark", "Governors’", "40th", "W." (not a possessive: "Rock Hill's Main Street")
_STREET_WORD = r"(?:(?:[A-Z][’'])?[A-Z][A-Za-z-]*[a-z][’']?|\d+(?:st|nd|rd|th)|[NSEW]\.)"
_STREET_NAME = re.compile(
    rf"\b(?!(?:The|On|At|In|And|Of|From|To|By|Near|Along|Off|Down|Up)\s)(?:{_STREET_WORD}\s){{1,3}}"
    r"(?:Street|St\.|Road|Rd\.|Avenue|Ave\.|Boulevard|Blvd\.|Drive|Lane|Parkway|Pike|Highway|Trail|Trafficway|"
    r"Freeway|Bypass|Expressway|Turnpike)(?!\w)(?:\s(?:North|South|East|West|Northwest|Northeast|Southwest|"
    r"Southeast|[NS]\.[EW]\.)(?![\w.]|\.\w))?")
_STREET_WORDS = ("Street", "St.", "Road", "Rd.", "Avenue", "Ave.", "Boulevard", "Blvd.", "Drive", "Lane", "Parkway",
                 "Pike", "Highway", "Trail", "Trafficway", "Freeway", "Bypass", "Expressway", "Turnpike")
# whether the text holds one of them, in one search (nineteen substring scans of the text cost three times as much)
_ANY_STREET_WORD = re.compile("|".join(map(re.escape, _STREET_WORDS)))
# a personal title opens a person's name, never a street's ("Ms Pike said", "Mr Street's office": the parser's PERSON
# span holds the surname alone, so the check on PERSON spans above misses it)
_TITLES = COURTESY_TITLES | {"prof", "rev", "sgt", "gov", "sen", "rep", "cllr"}  # and offices a name follows
_TITLE = re.compile(rf"(?:{'|'.join(sorted((t.title() for t in _TITLES), key=lambda t: (-len(t), t)))})\.?\s")
# a house number or a block before a name says it is a street's even where the parser saw a person ("the 500
# block of Kelley Lane", "208 Routon St.")
_ADDRESS_LEAD = re.compile(r"(?:\d+[A-Z]?|block\s+of|on|off|onto|along)\s+$")
# "Culver and Charter streets", "Crabgrass, Owens and Harris roads": each name is a street's
_STREETS = re.compile(rf"((?:{_NAME}(?:,\s+(?:and\s+)?|\s+(?:and|or)\s+))+{_NAME})\s+"
                      r"(?:streets|avenues|roads|drives|lanes|boulevards)\b")
# named forests, wildernesses and parks ("Monongahela National Forest", "Dolly Sods Wilderness", "Big Thicket
# National Preserve"), whatever label the parser gave them: places without a point in the gazetteer. (Named
# waters and mountains are left to the parser's labels: GeoNames gives them points our gazetteer lacks, and a
# matched toponym without coordinates counts as resolved 20,000 km away.)
# the words every match of _NATURE and of _DAM ends with, also searched alone (_NATURE_WORDS, _DAM_WORD): tried at every
# character, the whole patterns cost about 0.2 ms an article, and most texts that hold "National " or " dam" ("National
# Health Service", "damage") hold none of these
_NATURE_END = (r"(?:National\s(?:Forest|Preserve|Seashore|Wildlife\sRefuge|Recreation\sArea|Grassland)|"
               r"State\s(?:Park|Forest)|Wilderness)(?!\w)")
_DAM_END = r"(?:Dam|dam|Barrage|Reservoir)(?!\w)"
_NATURE = re.compile(rf"(?:{_STREET_WORD}\s){{1,4}}{_NATURE_END}")
_DAM = re.compile(rf"(?:{_STREET_WORD}\s){{1,3}}{_DAM_END}")
_NATURE_WORDS = re.compile(_NATURE_END)
_DAM_WORD = re.compile(_DAM_END)
_DAM_LEAD = re.compile(r"(?:(?:The|A|An|In|At|Of|For|From|To|By|On|With|Near|And|But|As)\s)+")



def _locative(text: str, a: int, b: int, gaz: Gazetteer) -> bool:
    """An unknown name counts as a place only where the text says so: "near (the) X", "X, Kenya"."""
    if _LOCATIVE_BEFORE.search(text, max(0, a - 20), a):
        return True
    m = _QUALIFIER.match(text, b)
    return bool(m and any(e.feature in ("country", "admin") for e in gaz.lookup(m.group(1).strip())))


_GENERIC = frozenset({"north", "south", "east", "west", "central", "western", "eastern", "northern", "southern",
                      "midwest", "downtown", "uptown", "metro", "region", "district", "city", "county", "state",
                      "january", "february", "march", "april", "may", "june", "july", "august", "september",
                      "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
                      "saturday", "sunday",
                      # common nouns that some town bears as its name ("Lebanon Street", "Regional Airport")
                      "street", "airport", "police", "valley", "university", "channel", "coast", "forest", "strip",
                      "bar", "man", "center", "centre", "park", "hall", "mall", "harbor", "harbour", "federal"})


def _unknown_place(name: str, gaz: Gazetteer) -> bool:
    words = name.split()
    return (key(name) not in _GENERIC and 0 < len(words) <= 3 and all(w[:1].isupper() for w in words) and not name.isupper()
            and key(name) not in gaz.demonyms and not any(ch.isdigit() for ch in name))


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    """Drop a leading "the " and a trailing possessive from a mention's span."""
    m = _LEAD.match(text, a, b)
    if m:
        a = m.end()
    for suffix in ("'s", "’s"):
        if text.endswith(suffix, a, b):
            b -= len(suffix)
    while b > a and text[b - 1] in " .,;:'’":
        b -= 1
    return a, b


def _round(x: float | None) -> float | None:
    return None if x is None else round(x, 4)


@register
class PlacesStage(Stage):
    """Toponyms resolved against the GeoNames gazetteer (loaded when the stage is built, owned by it);
    a place name standing for a government or people is marked metonymic, not a literal place."""

    name = "places"
    requires = frozenset({"parse", "sections", "dateline", "entities", "actors"})
    provides = frozenset({"places"})
    # the actors stage's entities: a metonymic place's mentions marked `metonym`, a town the parser took for a person
    # typed GPE and its actor dropped (retype_placed_entities)
    amends = frozenset({"entities", "actors"})

    def __init__(self, nlp, settings=None):
        super().__init__(nlp, settings)
        self.gazetteer = load_gazetteer()
        self.matcher = phrase_matcher(nlp.vocab, self.gazetteer, nlp.tokenizer)

    def __call__(self, doc: Document, parse: Parse) -> None:
        doc.places = resolve(doc, parse, self.gazetteer, self.matcher)
        retype_placed_entities(doc, parse.doc)


def retype_placed_entities(doc: Document, sdoc) -> None:
    """A person every mention of which is a literal place this stage resolved ("fighting near Goma" tagged PERSON)
    is that place: typed GPE, with no actor, as the actors stage leaves a town it knows ("Phoenix lists cities
    under their country; here a city stays a place"); a country keeps its code ("Sri Lanka" tagged PERSON). An
    organisation only where the parse frames each mention as a place (`placed_by_frame`: "across Nottinghamshire",
    "the town of Halifax", "an Aberdeen-based firm"), as it frames a person's name: companies are named after places ("such as Amazon", "surveys from
    the Halifax"). Not an entity the actors stage had evidence of an actor in (`_known_actor`). A metonym ("Goma
    said") is no literal place, nor is a modifier but "X-based" (a demonym's "Ugandan" entity is its people's)."""
    text = doc.text
    places = {(m.start, m.end): p for p in doc.places for m in p.mentions
              if m.kind == "name" or m.kind == "modifier" and text.startswith("-based", m.end)}
    for e in doc.entities:
        if e.type not in ("PERSON", "ORG") or _known_actor(e) or "section" in e.attrs or not e.mentions:
            continue
        if not all((m.start, m.end) in places for m in e.mentions):
            continue
        if e.type == "ORG" and not all(_framed_mention(sdoc, text, m) for m in e.mentions):
            continue
        if not any(places[(m.start, m.end)].feature == "country" for m in e.mentions):
            e.actor = None
            e.attrs = {k: v for k, v in e.attrs.items() if k not in _ACTOR_ATTRS}
        e.type = "GPE"


def _framed_mention(sdoc, text: str, m: Mention) -> bool:
    """`placed_by_frame` of an entity's mention, read on the parse's tokens it covers."""
    span = sdoc.char_span(m.start, m.end, alignment_mode="expand")
    return span is not None and placed_by_frame(span, text)


_ACTOR_ATTRS = frozenset({"code_source", "country_basis", "tenures"})  # what the actors stage said of the code


def _known_actor(e) -> bool:
    """Whether the actors stage had evidence of an actor, not a place, in an entity: a knowledge-base row, or a
    code beyond a bare country (a sector, an office, a role: "USALEG" for "Congress"). A bare country code is what
    the Phoenix table gives a town's name too ("Goma": COD)."""
    a = e.actor
    return "kb" in e.attrs or a is not None and bool((a.code or "")[3:] or a.sector or a.role)
