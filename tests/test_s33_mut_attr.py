"""Session 33 (s33-mut): mutation testing of s33-attr's `_with_complementiser`, `_light_verb_noun` and the changed
lines of `group` / `extract_all` (docs/testing.md, "Session 33, s33-mut"). Hand-built spaCy parses of our own short
sentences; one pipeline case with a lexicon of our own. Each test names the survivors it kills."""

from spacy.tokens import Doc
from stageutil import annotated

from newsgraph.attribution.lexicon import DEFAULT, Lexicon, default
from newsgraph.attribution.stage import _light_verb_noun, _with_complementiser, extract_all


def _doc(pipeline, words, heads, deps, spaces=None, lemmas=None):
    return Doc(pipeline.nlp.vocab, words=words, heads=heads, deps=deps, spaces=spaces, lemmas=lemmas)


# --- _with_complementiser -------------------------------------------------------------------------------------

def test_a_clause_opening_the_sentence_takes_its_complementiser_at_token_zero(pipeline):
    """ "That rain fell surprised Jo": the fragment starts at token 1 and "That" (token 0, the mark of "fell") is
    taken; a fragment at token 0 has no token before it (the guard, not a wrap to the last token). Kills 21."""
    d = _doc(pipeline, ["That", "rain", "fell", "surprised", "Jo"], [2, 2, 3, 3, 3],
             ["mark", "nsubj", "csubj", "ROOT", "dobj"])
    assert _with_complementiser(d, [(d[1].idx, d[2].idx + 4)]) == [(0, d[2].idx + 4)]


def test_a_fragment_at_the_documents_start_reads_no_token_before_it(pipeline):
    """A last token "that" marked as the mark of the first clause (a hand-built parse): a fragment starting at
    character 0 has no token before it, so nothing is prepended (`sdoc[-1]` would wrap to "that"). Kills 15, 18, 20."""
    d = _doc(pipeline, ["Rain", "fell", "that"], [1, 1, 1], ["nsubj", "ROOT", "mark"], spaces=[True, True, False])
    assert _with_complementiser(d, [(0, d[1].idx + 4)]) == [(0, d[1].idx + 4)]


def test_the_clause_head_on_the_fragments_first_character_is_inside_it(pipeline):
    """A hand-built parse where the head of the mark "that" is the fragment's first word ("Jo said that fell
    rain", the mark's head "fell"): a <= head is inside. Kills 32."""
    d = _doc(pipeline, ["Jo", "said", "that", "fell", "rain"], [1, 1, 3, 1, 3], ["nsubj", "ROOT", "mark", "ccomp", "nsubj"])
    end = len(d.text)
    assert _with_complementiser(d, [(d[3].idx, end)]) == [(d[2].idx, end)]


def test_a_fragment_ending_where_the_clause_head_starts_does_not_hold_it(pipeline):
    """ "Jo said that rain fell" with the fragment "rain " (its end is the first character of "fell", the mark's
    head): the head is outside, nothing is prepended. Kills 33."""
    d = _doc(pipeline, ["Jo", "said", "that", "rain", "fell"], [1, 1, 4, 4, 1], ["nsubj", "ROOT", "mark", "nsubj", "ccomp"])
    assert _with_complementiser(d, [(d[3].idx, d[4].idx)]) == [(d[3].idx, d[4].idx)]


def test_a_one_character_fragment_at_the_documents_end(pipeline):
    """ "Jo said that X" with no space after "X" (the mark's head): the one-character fragment at the text's end is
    found (a two-character span would run past the text, and spaCy gives None). Kills 10."""
    d = _doc(pipeline, ["Jo", "said", "that", "X"], [1, 1, 3, 1], ["nsubj", "ROOT", "mark", "ccomp"],
             spaces=[True, True, True, False])
    assert _with_complementiser(d, [(d[3].idx, len(d.text))]) == [(d[2].idx, len(d.text))]


def test_a_fragment_right_after_a_token_with_no_space(pipeline):
    """ 'Jo said "rain fell"': the fragment starts at "rain" with the quote mark touching it; the token before is
    the quote mark (no mark), nothing is prepended and nothing raises (a span ending before it starts does).
    Kills 9."""
    d = _doc(pipeline, ["Jo", "said", '"', "rain", "fell", '"'], [1, 1, 4, 4, 1, 4],
             ["nsubj", "ROOT", "punct", "nsubj", "ccomp", "punct"], spaces=[True, True, False, True, False, False])
    assert _with_complementiser(d, [(d[3].idx, d[4].idx + 4)]) == [(d[3].idx, d[4].idx + 4)]


# --- _light_verb_noun -------------------------------------------------------------------------------------------

def _raised(pipeline, obj_dep="dobj", pobj_dep="pobj", words=None):
    words = words or ["Jo", "raised", "questions", "about", "taxes"]
    return _doc(pipeline, words, [1, 1, 1, 2, 3], ["nsubj", "ROOT", obj_dep, "prep", pobj_dep],
                lemmas=["Jo", "raise", "question", "about", words[4]])


def test_light_verb_noun_reads_a_ud_object_and_a_clausal_prepositional_object(pipeline):
    """The object labelled "obj" (Universal Dependencies) as "dobj"; "raised questions about cutting" with the
    preposition's object a pcomp as a pobj. Kills 22, 23, 46, 47."""
    lex = default()
    d = _raised(pipeline, obj_dep="obj")
    cue, end = (d[1].idx, d[1].idx + 6), len(d.text)
    assert _light_verb_noun(d, cue, [(d[2].idx, end)], lex) == ((cue[0], d[3].idx + 5), [(d[4].idx, end)])
    d = _raised(pipeline, pobj_dep="pcomp", words=["Jo", "raised", "questions", "about", "cutting"])
    assert _light_verb_noun(d, cue, [(d[2].idx, end + 2)], lex) == ((cue[0], d[3].idx + 5), [(d[4].idx, end + 2)])


def test_light_verb_noun_expands_a_cue_off_token_boundaries(pipeline):
    """A cue range ending inside "raised" still finds the verb (expanded to its token). Kills 7."""
    lex = default()
    d = _raised(pipeline)
    end = len(d.text)
    got = _light_verb_noun(d, (d[1].idx, d[1].idx + 3), [(d[2].idx, end)], lex)
    assert got == ((d[1].idx, d[3].idx + 5), [(d[4].idx, end)])


def test_light_verb_noun_leaves_a_preposition_without_an_object_and_a_content_ending_before_it(pipeline):
    """ "Jo raised questions about" (no object): unchanged, nothing raised; a content "questions about " that ends
    where the preposition's object begins: unchanged (the object is not inside it). Kills 42, 50."""
    lex = default()
    d = _doc(pipeline, ["Jo", "raised", "questions", "about"], [1, 1, 1, 2], ["nsubj", "ROOT", "dobj", "prep"],
             lemmas=["Jo", "raise", "question", "about"])
    cue = (d[1].idx, d[1].idx + 6)
    assert _light_verb_noun(d, cue, [(d[2].idx, len(d.text))], lex) == (cue, [(d[2].idx, len(d.text))])
    d = _raised(pipeline)
    assert _light_verb_noun(d, cue, [(d[2].idx, d[4].idx)], lex) == (cue, [(d[2].idx, d[4].idx)])


# --- group / extract_all: the lexicon handed down ----------------------------------------------------------------

def test_extract_all_hands_its_lexicon_to_the_light_verb_step(pipeline, tmp_path):
    """With a lexicon of our own whose nouns lack "question", "raised questions about X" keeps its cue "raised"
    and its whole object; with the packaged lexicon the cue runs to "about" (test_s33_attr). Kills group 160 and
    extract_all 315, 323 (the packaged lexicon used instead of the one given)."""
    lines = [l for l in DEFAULT.read_text(encoding="utf-8").splitlines() if not l.startswith("question\tspeech\t\tn")]
    path = tmp_path / "cues.tsv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    own = Lexicon(path)
    assert "question" not in own.nouns and "question" in default().nouns
    text = "The inspectors raised questions about the safety record of the old dam."
    doc, parse = annotated(pipeline, text)
    _, atts = extract_all(doc, parse, lex=own)
    cues = {(a.cue.text if a.cue else None, " | ".join(p.text for p in a.content)) for a in atts}
    assert ("raised questions about", "the safety record of the old dam") not in cues
    assert any(c == "raised" and "questions about the safety record" in t for c, t in cues), cues


def _view(atts):
    return [(a.type, a.cue.text if a.cue else None, a.source.text if a.source else None, [c.text for c in a.content])
            for a in atts]


def test_group_keeps_the_cues_type_and_its_source_phrase(pipeline):
    """ "The mayor wrote that ...": a writing cue with its source phrase (the line s33-attr rewrote builds the
    Attribution). Kills group 186, 195, 198, 209."""
    doc, parse = annotated(pipeline, "The mayor wrote that the ferry would run again in June.")
    assert _view(extract_all(doc, parse)[1]) == [("writing", "wrote", "The mayor", ["that the ferry would run again in June"])]


def test_extract_all_hands_its_filter_and_collect_list_to_group(pipeline):
    """ "Officials want to build a new road, the report suggests": the packaged filter leaves out the "want" nested
    in the report's content, which flt=None keeps; a collect list gets one (attribution, features) pair per
    attribution. Kills extract_all 313, 324 (no filter) and 314 (no collect list)."""
    text = "Officials want to build a new road, the report suggests."
    doc, parse = annotated(pipeline, text)
    kept = _view(extract_all(doc, parse)[1])
    assert kept == [("speech", "suggests", "the report", ["Officials want to build a new road"])]
    doc, parse = annotated(pipeline, text)
    assert ("intention", "want", "Officials", ["to build a new road"]) in _view(extract_all(doc, parse, flt=None)[1])
    doc, parse = annotated(pipeline, text)
    collected = []
    _, atts = extract_all(doc, parse, collect=collected)
    assert collected and [a for a, _ in collected] == atts[:len(collected)] and all(f for _, f in collected)
