"""Session 19 (s19c-speedattr): the attribution stage's hot helpers, rewritten as plain loops for speed,
return what the any() forms they replace return (sentences of our own)."""

import itertools

from stageutil import parsed

from newsgraph.attribution.stage import Frame, _holds, _passive


def _holds_slow(parts, f):
    return f.cue is not None and any(a <= f.cue[0] < b for a, b in parts)


def test_holds_agrees_with_the_any_form():
    contents = [[], [(10, 20)], [(0, 5), (10, 20)], [(10, 20), (30, 40)], [(5, 6)]]
    cues = [None] + [(at, at + 3) for at in (0, 4, 5, 9, 10, 19, 20, 29, 30, 39, 40, 50)]
    for parts, cue in itertools.product(contents, cues):
        f = Frame(cue=cue)
        assert _holds(parts, f) == _holds_slow(parts, f), (parts, cue)
    assert _holds([(10, 20)], Frame(cue=(10, 12))) and not _holds([(10, 20)], Frame(cue=(20, 22)))


def test_passive_agrees_with_the_any_form(pipeline):
    text = ("The plan was announced on Monday. Critics said the plan had been rushed. "
            "The mayor denied that the budget was cut, and officials were told to wait.")
    _, parse = parsed(pipeline, text)
    seen = set()
    for t in parse.doc:
        if t.pos_ in ("VERB", "AUX"):
            slow = any(c.dep_ in ("auxpass", "nsubjpass") for c in t.children)
            assert _passive(t) == slow, t.text
            seen.add(slow)
    assert seen == {True, False}  # both answers were checked


def _nesting_slow(f, parts, cands, cues):
    """_nesting's 'nested' features as they were computed before the loop (every holder listed)."""
    out = []
    if f.cue is not None:
        at = f.cue[0]
        outer = [g for g, _, ps in cands if g is not f for a, b in ps if a <= at < b]
        if outer:
            out.append("nested")
            if any(not g.path.startswith("generic") for g in outer):
                out.append("nested_known")
    return out


def test_nesting_agrees_with_the_listing_form():
    from attrutil import nesting
    from newsgraph.attribution.stage import cue_starts

    def frame(cue, path):
        f = Frame(cue=cue)
        f.path = path
        return f

    specs = [((0, 4), "verb", [(5, 40)]), ((10, 14), "generic", [(15, 30)]), ((20, 24), "verb", [(25, 28)]),
             ((50, 54), "generic", [(0, 12), (55, 70)]), ((60, 64), "verb", [(65, 80)]), (None, "marked", [(90, 99)]),
             ((11, 13), "generic-obj", [(14, 18)])]
    for order in (specs, specs[::-1]):
        cands = [(frame(cue, path), [], parts) for cue, path, parts in order]
        cues = cue_starts(cands)
        seen = set()
        for f, _, parts in cands:
            got = [x for x in nesting(f, parts, cands) if x.startswith("nested")]
            assert got == _nesting_slow(f, parts, cands, cues), f.cue
            seen.add(tuple(got))
        assert seen == {(), ("nested",), ("nested", "nested_known")}  # every answer was checked
