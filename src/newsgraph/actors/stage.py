"""The `actors` stage: one Entity per real-world actor, with its mentions and its actor code.

`ActorsStage(nlp, settings)` builds its matchers and loads the tables and the user's CAMEO
dictionaries once (resources.py); calling it on (doc, parse) runs these phases, in order, over one
ArticleContext (article.py):

 1. roles.find_roles          role phrases (role table + user agents) and gender pronouns;
 2. mentions.find_mentions    the `entities` stage's NER names fitted to actors, plus names the NER
                              missed (knowledge base, seats of power, capitals);
 3. countries.find_countries  the article's focus country and where each country is named;
 4. clusters.cluster_mentions countries, governments (metonymy), places, organisations, persons;
                              acronyms, surnames the NER mislabelled or missed;
 5. roles.attach_roles        titles and appositions give a role, country, sector, `former`, whose;
 6. codes.fill_persons_from_kb  who holds which office, before nominals look for holders;
 7. nominals.resolve_nominals "the secretary" -> the latest holder; group nouns -> named groups;
 8. pronouns.resolve_pronouns unambiguous he/she/his/her -> persons; relational roles -> whose;
 9. codes.assign_codes        knowledge base, affiliations, focus country, user dictionaries;
 9b. neighbours.resolve_neighbours "its neighbour" with no name -> the other country named last;
 10. emit.entities            the Entities (credits and bylines as marked non-actor entities),
                              which replace the `entities` stage's NER grouping in doc.entities.

Tenures and dated dictionary codes are checked against doc.published.value (an ISO date the
pipeline settles before this stage), never against a raw command-line string.
"""

from __future__ import annotations

from dataclasses import dataclass
from ..model import Document
from ..stage import Stage, register
from . import cameo_dict, codes, emit, resources
from .article import ArticleContext, sentence_starts
from .clusters import cluster_mentions
from .countries import find_countries
from .mentions import find_mentions
from .neighbours import resolve_neighbours
from .nominals import resolve_nominals
from .pronouns import resolve_pronouns
from .roles import attach_roles, find_roles

PHASES = (
    find_roles,
    find_mentions,
    find_countries,
    cluster_mentions,
    attach_roles,
    codes.fill_persons_from_kb,
    resolve_nominals,
    resolve_pronouns,
    codes.assign_codes,
    resolve_neighbours,
)


@dataclass(frozen=True)
class ActorSettings:
    actor_dicts: tuple[str, ...] = ()  # CAMEO/PETRARCH actor dictionaries (--actors)
    agent_dicts: tuple[str, ...] = ()  # (--agents)


@register
class ActorsStage(Stage):
    """One Entity per real-world actor, coded against the publication date the pipeline settled."""

    name = "actors"
    requires = frozenset({"parse", "sections", "entities", "published"})
    provides = frozenset({"actors"})
    amends = frozenset({"entities"})  # the NER groups become actors: merged by coreference, given roles and codes
    Settings = ActorSettings

    def __init__(self, nlp, settings: ActorSettings | None = None):
        """Build the matchers over nlp's vocabulary; a bad user dictionary raises DictionaryError here."""
        super().__init__(nlp, settings)
        self.resources = resources.build(nlp.vocab, nlp.make_doc, tuple(self.settings.actor_dicts),
                                         tuple(self.settings.agent_dicts))

    def __call__(self, doc: Document, parse) -> None:
        ctx = self.context(doc, parse)
        for phase in PHASES:
            phase(ctx)
        doc.entities = emit.entities(ctx)

    def context(self, doc: Document, parse) -> ArticleContext:
        """A fresh context for one article (doc.entities: the `entities` stage's NER groups)."""
        t = self.resources.tables
        if self.resources.user_entries:  # dictionary names with a bare state code act as countries
            t = cameo_dict.WithUserCountries(t, cameo_dict.user_countries(self.resources.user_entries,
                                                                          doc.published.value))
        return ArticleContext(doc=doc, parse=parse, res=self.resources, tables=t,
                              date=doc.published.value, sent_starts=sentence_starts(parse.doc))
