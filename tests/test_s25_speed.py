"""Session 25 (s25-speed): the stages' shortcuts give what the long way gives. The long way is written
out here as it stood before the shortcut, and both are asked the same questions: every key of a
table, every token span of a parse. Our own sentences."""

import pytest

from newsgraph import times
from newsgraph.actors import phoenix
from newsgraph.events import ontology
from newsgraph.nlp import Parse


# --- events/ontology.plover_for_cameo: memoised ---------------------------------------------------

def _codes():
    """Every code the tables know, their 3-digit parents and roots, and codes none of them knows."""
    keys = set(ontology.cameo_table()) | set(ontology.CODE_TO_PLOVER) | set(ontology.ROOT_TO_PLOVER)
    out = set()
    for k in keys:
        out.update({k, k[:3], k[:2], k + "1", k + "9"})
    return sorted(out | {"", "0", "999", "9999", "abc", "2001"})


def test_the_memoised_plover_type_is_the_long_ways_for_every_code_of_the_tables():
    codes = _codes()
    assert len(codes) > 300
    for code in codes:  # asked twice: the second answer comes from the memo
        assert ontology.plover_for_cameo(code) == ontology.plover_for_cameo.__wrapped__(code), code
        assert ontology.plover_for_cameo(code) == ontology.plover_for_cameo.__wrapped__(code), code


def test_plover_types_are_memoised_and_the_memo_holds_the_tables_codes():
    ontology.plover_for_cameo.cache_clear()
    ontology.plover_for_cameo("0431")
    ontology.plover_for_cameo("0431")
    info = ontology.plover_for_cameo.cache_info()
    assert info.hits == 1 and info.misses == 1
    assert info.maxsize >= len(_codes())  # every code the tables know stays in the memo


# --- times.clause_verb: each .head and the token before the span read once ------------------------

def _clause_verb_long_way(parse, start, end):
    """times.clause_verb as it stood before session 25 (base 9ca3b6df)."""
    sdoc = parse.doc
    span = sdoc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    tok = span[-1]
    for t in span:
        if not (span.start <= t.head.i < span.end) or t.head.i == t.i:
            tok = t
            break
    j = span.start - 1
    if j >= 0 and sdoc[j].lower_ == "on":
        j -= 1
    left = sdoc[j] if j >= 0 and sdoc[j].tag_.startswith("VB") else None
    for _ in range(8):
        if tok.pos_ in ("VERB", "AUX") or tok.tag_ == "MD" or tok.lemma_ == "due":
            if left is not None and tok.i > span.end and left.i != tok.i:
                tok = left
            elif tok.i > span.end and any(span.end <= c.i < tok.i for c in tok.lefts if c.dep_ == "mark"):
                if tok.head.i == tok.i:
                    return None
                tok = tok.head
                continue
            return tok
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


CLAUSE_SENTENCES = [
    "On Monday the minister of Gondoria resigned after a vote.",
    "on Tuesday talks resumed.",
    "The envoy said on Friday he would resign within a week.",
    "Officials announced last month that the bridge would reopen next spring.",
    "The council met Thursday and agreed on Sunday to hold a vote whether the plan was due in May.",
    "Warnings from Sylvania on Thursday that storms could do harm were ignored.",
    "Going home was hard for the voters after Monday.",  # "home" hangs on the span's first word
    "Tomorrow the minister said he would resign",  # the text's last word is a verb: never token -1
    "On Monday the minister said he would resign",
    "Revealed Tuesday officials will resign",  # the verb before the expression is token 0
]


def _token_spans(doc):
    for a in range(len(doc)):
        for b in range(a, min(len(doc), a + 5)):
            yield doc[a].idx, doc[b].idx + len(doc[b])


@pytest.mark.parametrize("text", CLAUSE_SENTENCES)
def test_clause_verb_gives_the_long_ways_verb_for_every_span(pipeline, text):
    doc = pipeline.nlp(text)
    parse = Parse(doc, [])
    asked = 0
    for a, b in _token_spans(doc):
        got, want = times.clause_verb(parse, a, b), _clause_verb_long_way(parse, a, b)
        assert (got.i if got is not None else got) == (want.i if want is not None else want), (text, a, b)
        asked += 1
    assert asked >= len(doc)


def test_clause_verb_reads_the_verb_before_on_and_not_before_the_text(pipeline):
    doc = pipeline.nlp("The envoy said on Friday he would resign.")
    parse = Parse(doc, [])
    friday = next(t for t in doc if t.text == "Friday")
    said = next(t for t in doc if t.text == "said")
    got = times.clause_verb(parse, friday.idx, friday.idx + len(friday))
    assert got is not None and got.i == said.i  # the verb before "on", not the later "resign"
    doc2 = pipeline.nlp("On Friday he would resign.")
    parse2 = Parse(doc2, [])
    got2 = times.clause_verb(parse2, doc2[1].idx, doc2[1].idx + len(doc2[1]))
    assert got2 is not None and got2.lemma_ == "resign"  # nothing before "On": no token -1 read


def _hand_built(words, tags, pos, heads, deps):
    import spacy
    from spacy.tokens import Doc

    return Doc(spacy.blank("en").vocab, words=words, tags=tags, pos=pos, heads=heads, deps=deps)


@pytest.mark.parametrize("on", [False, True])
def test_the_verb_at_token_0_before_an_expression_or_its_on_is_the_one_it_modifies(on):
    """ "Said [on] Monday he would resign", the time hung on the later verb: the verb at token 0 (before
    the expression, or before its "on") is the one it modifies."""
    words = ["Said"] + (["on"] if on else []) + ["Monday", "he", "would", "resign"]
    k = 1 + on  # "Monday"
    tags = ["VBD"] + (["IN"] if on else []) + ["NNP", "PRP", "MD", "VB"]
    pos = ["VERB"] + (["ADP"] if on else []) + ["PROPN", "PRON", "AUX", "VERB"]
    heads = [0] + ([k + 3] if on else []) + [1 if on else k + 3, k + 3, k + 3, 0]
    deps = ["ROOT"] + (["prep"] if on else []) + ["pobj" if on else "npadvmod", "nsubj", "aux", "ccomp"]
    doc = _hand_built(words, tags, pos, heads, deps)
    parse = Parse(doc, [])
    got = times.clause_verb(parse, doc[k].idx, doc[k].idx + len(doc[k]))
    assert got is not None and got.i == 0
    assert got.i == _clause_verb_long_way(parse, doc[k].idx, doc[k].idx + len(doc[k])).i


# --- actors/phoenix.PhoenixActors.code_for: the first suffix without a Token -----------------------

def _code_for_long_way(matcher, sd, i, j, date):
    """PhoenixActors.code_for as it stood before session 25 (base 9ca3b6df)."""
    if i >= j:
        return None
    span = sd[i:j]
    whole, base = span.text, span.start_char
    for k in range(i, j):
        text = " ".join(whole[sd[k].idx - base:].lower().split())
        entry = matcher.phrases.get(text)
        if entry is not None:
            return entry.code_at(date) or phoenix._one_country(entry)
    return None


@pytest.fixture(scope="module")
def matcher():
    return phoenix.PhoenixActors()


NAME_SENTENCES = [
    "President Bush met the  Palestine Liberation Organization and the Bush administration in Baghdad.",
    "Yesterday   Kofi Annan and the United Nations Security Council spoke with Hamas leaders.",
]


@pytest.mark.parametrize("text", NAME_SENTENCES)
def test_code_for_gives_the_long_ways_code_for_every_span(pipeline, text, matcher):
    doc = pipeline.nlp(text)
    found = 0
    for i in range(len(doc) + 1):
        for j in range(i - 1, min(len(doc), i + 6) + 1):
            got = matcher.code_for(doc, i, j, "2004-05-06")
            assert got == _code_for_long_way(matcher, doc, i, j, "2004-05-06"), (text, i, j)
            found += got is not None
    assert found >= 3  # names the dictionary knows were asked, with and without words before them


class _Counting:
    """A Doc that records which tokens were made by index (doc[k])."""

    def __init__(self, doc):
        self.doc, self.made = doc, []

    def __getitem__(self, k):
        if isinstance(k, int):
            self.made.append(k)
        return self.doc[k]

    def __len__(self):
        return len(self.doc)

    def to_array(self, attrs):  # (the columns: read without a Token, so not counted)
        return self.doc.to_array(attrs)


def test_code_for_makes_no_token_for_the_first_word_of_the_span(pipeline, matcher):
    doc = pipeline.nlp("The envoy of the Palestine Liberation Organization spoke.")
    counting = _Counting(doc)
    i = next(t.i for t in doc if t.text == "Palestine")
    want = _code_for_long_way(matcher, doc, i - 2, i + 3, "2004-05-06")
    assert want
    # given the Doc's text (as phoenix.fill passes it, session 30), the words and their offsets come from the text
    # and the IDX/LENGTH columns: no Token is made at all
    assert matcher.code_for(counting, i - 2, i + 3, "2004-05-06", doc.text) == want
    assert counting.made == []
    assert matcher.code_for(doc, i - 2, i + 3, "2004-05-06") == want  # without the text: the span's own
