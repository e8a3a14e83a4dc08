"""Named entities from the parser's NER, grouped by name: the foundation's `entities` list.

One Entity per distinct (type, name) in the article. Mentions in credits and captions are kept
but marked (attrs.section), so later stages never take a photographer for an actor.
"""

from __future__ import annotations

from .model import Document, Entity, Mention
from .nlp import Parse
from .stage import Stage, register

# NER labels that name things newsgraph reports; numbers, money and dates are other stages' work.
ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART"})
NON_ACTOR_SECTIONS = frozenset({"credit", "byline", "published"})


def ner_entities(doc: Document, parse: Parse) -> list[Entity]:
    groups: dict[tuple[str, str], Entity] = {}
    for ent in parse.ents:
        if ent.label_ not in ENTITY_LABELS:
            continue
        start, end = ent.start_char, ent.end_char
        text = doc.text[start:end]
        kind = parse.kind_at(start) or "body"
        key = (ent.label_, " ".join(text.split()).lower().removeprefix("the "), kind in NON_ACTOR_SECTIONS)
        entity = groups.get(key)
        if entity is None:
            entity = Entity(id=f"e{len(groups) + 1}", name=" ".join(text.split()), type=ent.label_,
                            attrs={"section": kind} if kind in NON_ACTOR_SECTIONS else {})
            groups[key] = entity
        entity.mentions.append(Mention(start=start, end=end, text=text, kind="name"))
    return list(groups.values())


@register
class EntitiesStage(Stage):
    """NER names grouped by (type, name): the mentions the actors stage builds its actors from."""

    name = "entities"
    requires = frozenset({"parse", "sections"})
    provides = frozenset({"entities"})

    def __call__(self, doc: Document, parse: Parse) -> None:
        doc.entities = ner_entities(doc, parse)
