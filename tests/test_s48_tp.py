"""Session 48 (s48-tp): the times and places stages' shortcuts give what the long way gives. The long way is
written out here as it stood before (base 13cad1a9), and both are asked the same questions: every token span of a
parse, every character span of a text. Our own sentences."""

import re

import pytest
import spacy
from spacy.tokens import Doc

from newsgraph import places, spans, times
from newsgraph.columns import head_list
from newsgraph.nlp import Parse
# times.clause_verb as it stood before session 48 (char_span and a Token for each word): session 25's oracle, whose
# behaviour that code kept (test_s25_speed checks it against the code before session 25)
from test_s25_speed import CLAUSE_SENTENCES, _clause_verb_long_way

# session 25's first eight clause sentences, and two of this file's own (a fronted participle; doubled spaces and a
# paragraph break)
SENTENCES = [
    *CLAUSE_SENTENCES[:8],
    "Revealed Tuesday officials will resign",
    "The report,  due  on 3 March 2024, was late.\n\nSince 1999 the  town has grown; it will shrink by 2030.",
]


def _token_spans(doc, width=6):
    for a in range(len(doc)):
        for b in range(a, min(len(doc), a + width)):
            yield doc[a].idx, doc[b].idx + len(doc[b])


def _index(tok):
    return None if tok is None else tok.i


@pytest.mark.parametrize("text", SENTENCES)
def test_clause_verb_from_the_columns_is_the_long_ways_for_every_span(pipeline, text):
    doc = pipeline.nlp(text)
    parse = Parse(doc, [])
    for a, b in _token_spans(doc):
        assert _index(times.clause_verb(parse, a, b)) == _index(_clause_verb_long_way(parse, a, b)), (text, a, b)
    for a in range(len(text) + 1):  # character spans that cut words, start on spaces, or hold nothing
        for b in range(a, min(len(text), a + 9) + 1):
            assert _index(times.clause_verb(parse, a, b)) == _index(_clause_verb_long_way(parse, a, b)), (text, a, b)


def test_a_time_before_a_that_clause_is_not_in_that_clause(pipeline):
    """The mark path (`_marked_after`): "Warnings ... on Thursday that storms could do harm": not "do"."""
    doc = pipeline.nlp("Warnings from Sylvania on Thursday that storms could do harm were ignored.")
    parse = Parse(doc, [])
    thursday = next(t for t in doc if t.text == "Thursday")
    got = times.clause_verb(parse, thursday.idx, thursday.idx + len(thursday))
    want = _clause_verb_long_way(parse, thursday.idx, thursday.idx + len(thursday))
    assert _index(got) == _index(want)
    assert got is None or got.lemma_ != "do"
    could = next(t for t in doc if t.text == "do")
    assert times._marked_after(doc, could.i, thursday.i + 1) == any(
        thursday.i + 1 <= c.i < could.i for c in could.lefts if c.dep_ == "mark")


def _hand_built(words, tags, pos, heads, deps, lemmas=None):
    return Doc(spacy.blank("en").vocab, words=words, tags=tags, pos=pos, heads=heads, deps=deps, lemmas=lemmas)


def test_the_columns_read_due_md_and_vb_tags_as_the_tokens_do():
    """ "The vote due Friday" with "due" the only candidate: the lemma column; a modal by its tag alone."""
    doc = _hand_built(["The", "vote", "due", "Friday", "may", "pass"], ["DT", "NN", "JJ", "NNP", "MD", "VB"],
                      ["DET", "NOUN", "ADJ", "PROPN", "PROPN", "NOUN"], [1, 1, 1, 2, 5, 1],
                      ["det", "ROOT", "amod", "npadvmod", "aux", "acl"], ["the", "vote", "due", "Friday", "may", "pass"])
    parse = Parse(doc, [])
    for a, b in _token_spans(doc):
        assert _index(times.clause_verb(parse, a, b)) == _index(_clause_verb_long_way(parse, a, b)), (a, b)
    friday = doc[3]
    assert times.clause_verb(parse, friday.idx, friday.idx + 6).i == 2  # "due"
    may = doc[4]  # a modal by its tag, though its POS says otherwise
    assert times.clause_verb(parse, may.idx, may.idx + 3).i == 4


def test_head_list_is_each_tokens_head(pipeline):
    doc = pipeline.nlp(SENTENCES[4] + " " + SENTENCES[9])
    assert head_list(doc) == [t.head.i for t in doc]
    assert any(h < i for i, h in enumerate(head_list(doc)))  # heads before their token: no wrap left over
    assert head_list(doc) is head_list(doc)  # made once per Doc
    # (np.arange's dtype int64 against None or none given: numpy's default integer is int64 here, equivalent)


def test_clause_verbs_columns_are_found_once_per_doc(pipeline):
    doc = pipeline.nlp(SENTENCES[2])
    first = times._verb_columns(doc)
    assert times._verb_columns(doc) is first
    heads, pos, tag, lemma, lower = first
    assert heads == [t.head.i for t in doc] and pos == [t.pos for t in doc] and tag == [t.tag for t in doc]
    assert lemma == [t.lemma for t in doc] and lower == [t.lower for t in doc]


def test_vb_tags_are_told_by_their_names(pipeline):
    strings = pipeline.nlp.vocab.strings
    for tag in ("VB", "VBD", "VBG", "VBN", "VBP", "VBZ"):
        assert times._is_vb_tag(pipeline.nlp, strings.add(tag)) is True
    for tag in ("NN", "MD", "IN", "NNP", "_SP"):
        assert times._is_vb_tag(pipeline.nlp, strings.add(tag)) is False
    assert times._is_vb_tag(pipeline.nlp, 0) is False  # no tag


@pytest.mark.parametrize("text", SENTENCES)
def test_the_expression_root_is_char_spans_root(pipeline, text):
    doc = pipeline.nlp(text)
    parse = Parse(doc, [])
    for a in range(len(text) + 1):
        for b in range(a, min(len(text), a + 12) + 1):
            span = doc.char_span(a, b, alignment_mode="expand")
            want = span.root.i if span is not None and len(span) else None
            assert _index(times._expression_root(parse, a, b)) == want, (a, b)


@pytest.mark.parametrize("text", SENTENCES + ["  two  spaces\n\nand a break  ", "x", "end."])
def test_expand_span_is_char_spans_expand_span(pipeline, text):
    doc = pipeline.nlp(text)
    for a in range(len(text) + 2):
        for b in range(a, len(text) + 3):
            want = doc.char_span(a, b, alignment_mode="expand")
            got = spans.expand_span(doc, a, b)
            assert (got is None) == (want is None), (a, b)
            if got is not None:
                assert (got.start, got.end) == (want.start, want.end), (a, b)


# --- times: the token loops of date_entities and pattern_spans -------------------------------------

def _date_entities_long_way(cols):
    idx, length, _, etype, iob = cols
    out = []
    for i, e in enumerate(etype):
        if e not in times._DATE_ENTS:
            continue
        if out and iob[i] == 1 and out[-1][2] == i - 1 and etype[i - 1] == e:
            out[-1][1] = idx[i] + length[i]
            out[-1][2] = i
        else:
            out.append([idx[i], idx[i] + length[i], i])
    return [(a, b) for a, b, _ in out]


def _pattern_spans_long_way(text, cols):
    idx, _, lower, etype, _ = cols
    out = []
    last_end = -1
    for i, h in enumerate(lower):
        fam = times._TRIGGERS.get(h)
        if fam is None or idx[i] < last_end or (fam == "year" and etype[i] in times._NOT_YEAR_ENTS):
            continue
        rx = times.FAMILY_RE[fam]
        for k in range(times._words_back(text, idx, i, times.REACH_WORDS[fam]), i + 1):
            m = rx.match(text, idx[k])
            if m is None or m.end() <= idx[i]:
                continue
            inner = next((g for g, v in m.groupdict().items() if v and g.startswith("inner")), None)
            a, b = m.span(inner) if inner else m.span()
            if b - a == 3 and text[a:b] == "May" and \
                    times._cue_before(times._BARE_MONTH_CUE, text, a, times._BARE_MONTH_WIDTH) is None:
                break
            out.append((a, b))
            last_end = b
            break
    return out


TIME_TEXTS = [
    "Since 2022 the talks, held on Monday and again last Tuesday night, ran from 9 a.m. to noon.",
    "Between 2001 and 2003, and in May 2004, the board met every Friday; it will meet on 3 March 2024.",
    "Theresa May said the vote in May was held two and a half years ago, the third quarter of 1998.",
    "A total of 1500 troops left in the 1990s; the year before, the 1980s' wars ended.",
    "Monday was quiet; on Tuesday, 3 March 2024, the vote was held.",  # a trigger at the text's first character
]


@pytest.mark.parametrize("text", TIME_TEXTS)
def test_date_entities_and_pattern_spans_are_the_long_ways(pipeline, text):
    doc = pipeline.nlp(text)
    cols = times.token_columns(doc)
    assert times.date_entities(cols) == _date_entities_long_way(cols)
    got = times.pattern_spans(text, cols)
    assert got == _pattern_spans_long_way(text, cols)
    assert got  # (each text has a time our own patterns find)
    if text.startswith("Monday"):
        assert got[0] == (0, 6)


# --- places: ids made once a process, and the gates of the dam and nature scans -------------------------

def test_name_matches_ids_are_what_the_vocab_gives(pipeline):
    strings = pipeline.nlp.vocab.strings
    assert places._CONNECTOR_IDS == {strings.add(w) for w in places._CONNECTORS}
    assert places._NAME_POS == {strings.add(w) for w in ("PROPN", "NOUN", "ADJ")}


def _dam_long_way(text, blocked):
    out = []
    if "Dam" not in text and " dam" not in text and "Reservoir" not in text and "Barrage" not in text:
        return out
    for m in places._DAM.finditer(text):
        a, b = m.start(), m.end()
        lead = places._DAM_LEAD.match(text, a, b)
        a = lead.end() if lead else a
        if " " in text[a:b] and text[a:b].split()[0] not in places._CALENDAR and "PERSON" not in blocked.containing(a, b):
            out.append((a, b, "DAM"))
    return out


def _nature_long_way(text, blocked):
    out = []
    if "Wilderness" not in text and "National " not in text and "State " not in text:
        return out
    for m in places._NATURE.finditer(text):
        a, b = m.start(), m.end()
        lead = places._RUN_LEAD.match(text, a, b)
        a = lead.end() if lead else a
        if " " in text[a:b] and "PERSON" not in blocked.containing(a, b) and not re.match(r"\s+[A-Z]", text[b:b + 2]):
            out.append((a, b, "NATURE"))
    return out


PLACE_TEXTS = [
    "Damage near Damascus was slight, the National Health Service said.",  # the substrings, no dam's or park's word
    "Officials at the Three Gorges Dam and the sister Xiluodu dam met at New Concord Reservoir.",
    "The Monday dam talks at the Farakka Barrage stalled; Dams and damming were not discussed.",
    "Hikers left Dolly Sods Wilderness for Monongahela National Forest and Tall Pines State Park.",
    "The State Wilderness Society and the National Grasslands ended at the Big Thicket National Preserve.",
    "State Parks, Wildernesses and the Red River Valley Water District",
    # each gate's word alone in its text: the match is found whichever substring let the text through
    "Hikers left Dolly Sods Wilderness at dawn.",
    "Rangers closed Monongahela National Forest.",
    "Rangers closed Tall Pines State Park.",
    "Water rose behind the Three Gorges Dam.",
    "Water rose behind the sister Xiluodu dam.",
    "Water rose in New Concord Reservoir.",
    "Water rose at the Farakka Barrage.",
]


@pytest.mark.parametrize("text", PLACE_TEXTS)
def test_the_dam_and_nature_scans_find_what_the_ungated_scans_find(text):
    blocked = places.SpanIndex([])
    assert places.dam_matches(text, blocked) == _dam_long_way(text, blocked)
    assert places.nature_matches(text, blocked) == _nature_long_way(text, blocked)
    if text in PLACE_TEXTS[6:]:  # (the texts of one gate word each: one match each)
        assert len(places.dam_matches(text, blocked) + places.nature_matches(text, blocked)) == 1


def test_the_gates_pass_a_text_only_with_a_dam_or_park_word():
    assert places._DAM_WORD.search(PLACE_TEXTS[0]) is None and places._NATURE_WORDS.search(PLACE_TEXTS[0]) is None
    assert places.dam_matches(PLACE_TEXTS[1], places.SpanIndex([]))  # (found behind the gate)
    assert places.nature_matches(PLACE_TEXTS[3], places.SpanIndex([]))
    assert places._DAM_WORD.search("the Dams") is None and places._DAM_WORD.search("a dam.") is not None
    assert places._NATURE_WORDS.search("State Parks") is None and places._NATURE_WORDS.search("State Park,")


# --- hand-built parses for the walk's rarer turns (the mutants' cases) -------------------------------------

def _warnings_doc():
    """ "Warnings on Thursday that storms could do harm were ignored", "on Thursday" hung on "do", whose "that"
    opens after the expression: the walk passes "do" and its noun for "ignored"."""
    words = ["Warnings", "on", "Thursday", "that", "storms", "could", "do", "harm", "were", "ignored"]
    tags = ["NNS", "IN", "NNP", "IN", "NNS", "MD", "VB", "NN", "VBD", "VBN"]
    pos = ["NOUN", "ADP", "PROPN", "SCONJ", "NOUN", "AUX", "VERB", "NOUN", "AUX", "VERB"]
    heads = [9, 6, 1, 6, 6, 6, 0, 6, 9, 9]
    deps = ["nsubjpass", "prep", "pobj", "mark", "nsubj", "aux", "acl", "dobj", "auxpass", "ROOT"]
    return _hand_built(words, tags, pos, heads, deps)


def test_a_verb_whose_clause_opens_after_the_expression_is_passed_for_the_one_above():
    doc = _warnings_doc()
    parse = Parse(doc, [])
    a, b = doc[2].idx, doc[2].idx + len(doc[2])
    assert times.clause_verb(parse, a, b).i == 9  # "ignored", past "do" and "Warnings"
    assert _index(_clause_verb_long_way(parse, a, b)) == 9


def test_the_walk_goes_up_eight_heads_and_no_further():
    """A chain of nouns, each the next one's dependant, under a verb: the walk reads eight tokens, so the verb is
    found from the third noun (seven steps up), not from the second (eight)."""
    n = 9
    words = [f"w{k}" for k in range(n)] + ["went"]
    tags = ["NN"] * n + ["VBD"]
    pos = ["NOUN"] * n + ["VERB"]
    heads = [k + 1 for k in range(n)] + [n]
    deps = ["compound"] * n + ["ROOT"]
    doc = _hand_built(words, tags, pos, heads, deps)
    parse = Parse(doc, [])
    assert times.clause_verb(parse, doc[1].idx, doc[1].idx + 2) is None  # eight steps away
    assert times.clause_verb(parse, doc[2].idx, doc[2].idx + 2).i == n  # seven
    assert _clause_verb_long_way(parse, doc[1].idx, doc[1].idx + 2) is None


def test_on_at_the_texts_start_is_skipped_whatever_its_tag():
    """ "on" as token 0 (here tagged as a verb) is passed over to the token before it, which there is not: no verb
    before the expression, so the later verb it hangs on is the one."""
    words, tags = ["on", "Monday", "he", "resigned"], ["VB", "NNP", "PRP", "VBD"]
    doc = _hand_built(words, tags, ["ADP", "PROPN", "PRON", "VERB"], [3, 0, 3, 3], ["prep", "pobj", "nsubj", "ROOT"])
    parse = Parse(doc, [])
    got = times.clause_verb(parse, doc[1].idx, doc[1].idx + 6)
    assert got.i == 3 and _clause_verb_long_way(parse, doc[1].idx, doc[1].idx + 6).i == 3


def test_vb_tags_are_read_from_the_vocab_when_not_yet_known():
    doc = _warnings_doc()
    times._VB_TAGS.clear()  # (the memo: the answer must come from the tag's name)
    assert times._is_vb_tag(doc, doc[8].tag) is True and times._is_vb_tag(doc, doc[0].tag) is False
    times._VB_TAGS.clear()
    said = _hand_built(["They", "said", "Monday", "it", "ended"], ["PRP", "VBD", "NNP", "PRP", "VBD"],
                       ["PRON", "VERB", "PROPN", "PRON", "VERB"], [1, 1, 4, 4, 1], ["nsubj", "ROOT", "npadvmod", "nsubj", "ccomp"])
    assert times.clause_verb(Parse(said, []), said[2].idx, said[2].idx + 6).i == 1  # "said", the verb before it


def test_two_date_entities_side_by_side_stay_two():
    doc = Doc(spacy.blank("en").vocab, words=["Monday", "Tuesday", "and", "May", "2", "2024"],
              ents=["B-DATE", "B-DATE", "O", "B-DATE", "I-DATE", "B-TIME"])
    cols = times.token_columns(doc)
    assert times.date_entities(cols) == _date_entities_long_way(cols) == [(0, 6), (7, 14), (19, 24), (25, 29)]
