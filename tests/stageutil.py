"""Helpers shared by the test files that run one stage on a parsed text (not a test module)."""

from newsgraph.nlp import parse_many
from newsgraph.read import make_article


def parsed(pipeline, text, name="<test>"):
    """The document (read and sectioned) and the spaCy parse of `text`, before any stage ran."""
    doc = pipeline.prepare(make_article(text, name))
    (parse,) = parse_many(pipeline.nlp, [(doc.text, doc.sections)])
    return doc, parse


def annotated(pipeline, text, name="<test>"):
    """The document and parse the attribution and event stages get: entities, actors, times and places set."""
    doc, parse = parsed(pipeline, text, name)
    pipeline.annotate(doc, parse, name)
    return doc, parse


def candidates(pipeline, text):
    """Every candidate attribution of `text` (no filter), sorted: (path, type, cue, content texts, source)."""
    from newsgraph.attribution.stage import extract_all

    doc, parse = annotated(pipeline, text)
    collected = []
    extract_all(doc, parse, flt=None, collect=collected)
    return sorted((next(f for f in feats if f.startswith("path="))[5:], a.type, a.cue.text if a.cue else None,
                   tuple(p.text for p in a.content), a.source.text if a.source else None) for a, feats in collected)


MIDDLE_EARTH = "GONDOR [GON]\nMORDOR [MOR]\nROHAN [ROH]\n"


def user_dictionary_coder(folder, actors=MIDDLE_EARTH):
    """Codes texts as `newsgraph evaluate events --petrarch` does, with `actors` as the user's CAMEO actor
    dictionary (written into `folder`): for each text, its sorted (source, target, code) triples."""
    from newsgraph.evaluate import petrarch as ep

    f = folder / "actors.txt"
    f.write_text(actors)
    opts = ep.pipeline_options(None, actors=[str(f)])

    def run(*texts):
        recs = [ep.Record(id=f"r{k}", text=t, date="2015-06-01") for k, t in enumerate(texts)]
        return [sorted({(p.source, p.target, p.code) for p in pr}) for pr in ep.predict(recs, opts)]
    return run


def checked(pipeline, text, **meta):
    """The extracted document of `text` (with `meta` such as published=...), its offsets checked first: what the time
    test files' fixtures read their timexes from."""
    from newsgraph.model import check_offsets

    doc = pipeline.extract(text, **meta)
    assert check_offsets(doc) == []
    return doc
