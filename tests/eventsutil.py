"""Helpers shared by the events and actors test files (not a test module)."""


def named_events(pipeline, text, published="2009-03-25"):
    """(type, trigger text, source names, target names) of each event of `text`, in document order."""
    doc = pipeline.extract(text, name="t", published=published)
    names = {e.id: e.name for e in doc.entities}
    return [(e.type, e.trigger.text, [names[i] for i in e.source], [names[i] for i in e.target])
            for e in doc.events]


def actor_codes(pipeline, text, published):
    """Entity name -> its actor code (None for an entity with no actor)."""
    doc = pipeline.extract(text, published=published)
    return {e.name: e.actor.code if e.actor else None for e in doc.entities}
