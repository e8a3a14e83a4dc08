"""Helper shared by the places test files (not a test module)."""


def mention_kinds(pipeline, text):
    """Each place mention's text -> its kind ("name", "modifier", "metonym", ...) in the extract of `text`."""
    return {m.text: m.kind for p in pipeline.extract(text).places for m in p.mentions}
