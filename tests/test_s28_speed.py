"""Session 28 (s28-speed): exact shortcuts in the stages' per-article paths. Each helper is compared
with the long way it replaced, on our own sentences parsed by the default model and on hand-built Docs.

- attribution `indirect.candidates`: one set test per token on the shared LEMMA and LOWER lists, against
  the cue sets the lexicon and the stance nouns give (before: four numpy bisections and their union);
- regex_start: the characters a match of a pattern can start with, and times.pattern_spans, which skips a token
  starting with any other;
- columns.with_child: the tokens with a child of given labels, which attribution's _passive reads."""

import pytest
import spacy
from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc

from newsgraph.model import Section
from newsgraph.nlp import load, parse_many
from timeutil import pattern_spans_every_token

_SENTENCES = [
    "The lighthouse keeper of Dunmarra said on Tuesday that the boats would return in May.",
    "\"We cannot wait any longer,\" a baker told the inspectors, who felt cheated, and the board agreed.",
    "Her plan drew criticism from the guild; according to the mayor, the square will stay closed.",
    "Nobody in the valley answered the letters the clerk had sent.",
]


def _body(text):
    return [Section(kind="body", start=0, end=len(text), text=text)] if text else []


@pytest.fixture(scope="module")
def parses():
    texts = [" ".join(_SENTENCES), _SENTENCES[3], "Rain.", ""]
    return parse_many(load(), [(t, _body(t)) for t in texts])


def _candidates_the_long_way(doc, lex, generic=False):
    """Token by token: its lemma among the cue lemmas or the stance nouns, or its lower-case form among the
    lexicon's forms or the felt participles; with `generic`, the verbs governing a clause as well."""
    from newsgraph.attribution.indirect import _FELT_IDS, STANCE_NOUNS, clause_heads

    strings = doc.vocab.strings
    stance = {strings[w] for w in STANCE_NOUNS}
    out = {t.i for t in doc if strings[t.lemma_] in lex.lemma_set or strings[t.lemma_] in stance
           or strings[t.lower_] in lex.form_set or strings[t.lower_] in _FELT_IDS}
    if generic:
        out |= set(clause_heads(doc))
    return sorted(out)


@pytest.mark.parametrize("generic", [False, True])
def test_cue_candidates_are_the_tokens_the_long_way_finds(parses, generic):
    from newsgraph.attribution.indirect import candidates
    from newsgraph.attribution.lexicon import default

    lex = default()
    for parse in parses:
        assert candidates(parse.doc, lex, generic) == _candidates_the_long_way(parse.doc, lex, generic)
    words = {parses[0].doc[i].lower_ for i in candidates(parses[0].doc, lex)}
    # a cue verb, a stance noun, "according", a felt participle: each set lets its own words by
    assert {"said", "told", "criticism", "according", "felt"} <= words
    assert "lighthouse" not in words


def _hand_doc(words, lemmas):
    vocab = spacy.blank("en").vocab
    return Doc(vocab, words=words, lemmas=lemmas)


def test_each_of_the_four_sets_lets_its_own_tokens_by_and_no_other():
    """A hand-built Doc whose words each stand for one set: a cue lemma ("warn" as "warned"), a stance noun's
    lemma ("backlash" as "backlashes"), a form of the lexicon's own ("in"), a felt participle ("baffled"); and
    words that are in a set only as the other column: a form "warn" (lemma "nothing"), a lemma "in" (of "inn"),
    a form "backlash" and a form "baffled" under other lemmas."""
    from newsgraph.attribution.indirect import candidates
    from newsgraph.attribution.lexicon import default

    lex = default()
    doc = _hand_doc(["They", "warned", "of", "backlashes", "in", "the", "baffled", "warn", "inn", "backlash", "baffled"],
                    ["they", "warn", "of", "backlash", "within", "the", "baffle", "nothing", "in", "reaction", "baffle"])
    assert candidates(doc, lex) == _candidates_the_long_way(doc, lex)
    assert candidates(doc, lex) == [1, 3, 4, 6, 10]
    # a generic candidate (a verb governing a clause) is added in order, and one already a candidate once
    doc = Doc(doc.vocab, words=["Ann", "warned", "Bo", "and", "Cy", "kicked", "Di"],
              lemmas=["ann", "warn", "bo", "and", "cy", "kick", "di"],
              heads=[1, 1, 1, 1, 5, 1, 5], deps=["nsubj", "ROOT", "dobj", "cc", "nsubj", "conj", "dobj"])
    assert candidates(doc, lex) == [1]
    assert candidates(doc, lex, generic=True) == [1, 5]
    assert candidates(Doc(doc.vocab, words=[]), lex, generic=True) == []


def test_the_cue_ids_are_made_once_per_lexicon_and_string_store(parses):
    from newsgraph.attribution.indirect import _FELT_IDS, STANCE_NOUNS, _cue_ids
    from newsgraph.attribution.lexicon import default

    lex, strings = default(), parses[0].doc.vocab.strings
    lemmas, forms = _cue_ids(lex.lemma_set, lex.form_set, strings)
    assert lemmas == lex.lemma_set | {strings[w] for w in STANCE_NOUNS}
    assert forms == lex.form_set | _FELT_IDS
    assert _cue_ids(lex.lemma_set, lex.form_set, strings)[0] is lemmas  # (kept, not made again)
    # another lexicon's sets get their own
    other = _cue_ids(frozenset({1, 2}), frozenset({3}), strings)
    assert other == (frozenset({1, 2}) | {strings[w] for w in STANCE_NOUNS}, frozenset({3}) | _FELT_IDS)


# --- regex_start: the characters a match can start with; times.pattern_spans skips the others ------------------

import re  # noqa: E402
import string  # noqa: E402

from newsgraph import regex_start  # noqa: E402
from newsgraph.regex_start import ASCII, never_starts, start_chars, start_windows_each  # noqa: E402


@pytest.mark.parametrize("pattern, chars", [
    (r"the|a", "ta"),
    (r"(?i:may)", "mM"),
    (r"(?i)may", "mM"),
    (r"(?i:\u212a)", "kK"),  # the Kelvin sign matches both cases of "k" without case
    (r"\b(?:last|next) week", "ln"),
    (r"(?<![/\d])\d+", string.digits),
    (r"(?:the )?year", "ty"),
    (r"(?:a|)b", "ab"),
    (r"x*y", "xy"),
    (r"x{0,2}y", "xy"),
    (r"x*?y", "xy"),
    (r"x*+y", "xy"),
    (r"x+y", "x"),
    (r"x{2}y", "x"),
    (r"(?:x?)+y", "xy"),
    (r"(?>ab)c", "a"),
    (r"(?>a?)c", "ac"),
    (r"(?=ab)a", "a"),
    (r"(?!x)[a-c]", "abc"),
    (r"^\s*(?:w|z)", "".join(c for c in ASCII if c.isspace()) + "wz"),  # (Unicode spaces: \x1c-\x1f too)
    (r"[^a]", "".join(sorted(ASCII - {"a"}))),
    (r".", "".join(sorted(ASCII - {"\n"}))),
    (r"(?s:.)", "".join(sorted(ASCII))),
    (r"(a)\1", "a"),
    (r"(?i:a)b|(?-i:C)", "aAC"),
])
def test_start_chars_of_small_patterns(pattern, chars):
    assert start_chars(re.compile(pattern)) == frozenset(chars)
    assert never_starts(re.compile(pattern)) == ASCII - frozenset(chars)


@pytest.mark.parametrize("pattern", [r"a*", r"(?:a|)", r"\b", r"(?:x?)+", r"(a)?\1b", r"(a)?(?(1)b|c)", r""])
def test_a_pattern_that_may_match_empty_or_starts_unknown_rules_nothing_out(pattern):
    assert start_chars(re.compile(pattern)) is None
    assert never_starts(re.compile(pattern)) == frozenset()


def test_a_match_never_starts_where_ruled_out_for_every_time_family():
    """Every position of our own sentences (and of every ASCII character put before a time phrase) where a time
    family's pattern matches starts with a character the family does not rule out."""
    from newsgraph.timex import FAMILY_RE

    texts = [" ".join(_SENTENCES), "Since the first few days of mid-March 2019, about three and a half weeks ago, "
             "at 10:30 a.m. GMT on Friday night, in the 1990s, last Christmas Eve, two years later, each week, "
             "twice a month, FY2021, the 19th century, early this spring, '98, over the next decade, recently."]
    texts += [c + " " + texts[1][:60] for c in sorted(ASCII)] + [c + "5 May" for c in sorted(ASCII)]
    matched = 0
    for fam, rx in FAMILY_RE.items():
        never = never_starts(rx)
        assert never  # (each family rules some characters out)
        for text in texts:
            for p in range(len(text)):
                if rx.match(text, p) is not None:
                    matched += 1
                    assert text[p] not in never, (fam, text[p:p + 30])
    assert matched > 100


def test_pattern_spans_find_what_trying_every_token_finds():
    from newsgraph.regex_start import start_windows
    from newsgraph.times import _START_WIDTH, _STARTS, FAMILY_RE, pattern_spans, token_columns

    assert set(_STARTS) == set(FAMILY_RE)
    assert all(_STARTS[fam] == start_windows(rx, _START_WIDTH) for fam, rx in FAMILY_RE.items())
    texts = ["On Friday night, about three and a half weeks ago, the mayor said that last May the council met "
             "twice a month; by the end of the 1990s, in early spring 2004, it met at 10 p.m. GMT each week.",
             "(Tuesday) \"Two years later\" - since mid-March - nobody came; May said the 19th century was long.",
             "Rain.", ""]
    found = 0
    for text, parse in zip(texts, parse_many(load(), [(t, _body(t)) for t in texts])):
        cols = token_columns(parse.doc)
        got = pattern_spans(text, cols)
        assert got == pattern_spans_every_token(text, cols)
        found += len(got)
    assert found >= 8


def test_the_families_starts_are_kept_in_the_cache_keyed_by_the_patterns(tmp_path, monkeypatch):
    # (session 40: the first characters as start_windows_each's width-1 windows; never_starts_each, unused once
    # times read three characters, is gone)
    monkeypatch.setenv("NEWSGRAPH_CACHE", str(tmp_path))
    pats = {"a": re.compile(r"(?:the )?year"), "b": re.compile(r"\d+")}
    got = start_windows_each("test-starts", pats, 1)
    assert got == {"a": set("ty"), "b": set(string.digits)}
    assert len(list(tmp_path.iterdir())) == 1
    # read back, not built again
    monkeypatch.setattr(regex_start, "start_windows", lambda rx, k: pytest.fail("built again"))
    assert start_windows_each("test-starts", pats, 1) == got
    # another pattern (or flag) is another key
    monkeypatch.undo()
    monkeypatch.setenv("NEWSGRAPH_CACHE", str(tmp_path))
    other = start_windows_each("test-starts", {"a": re.compile(r"(?:the )?year", re.I), "b": pats["b"]}, 1)
    assert other["a"] == set("tyTY")
    assert len(list(tmp_path.iterdir())) == 2


@pytest.mark.parametrize("text, want", [
    ("The fair closed in Sept.Friday was quiet.", ["Sept.", "Friday"]),
    ("The fund paid out in Jan.Feb was worse.", ["Jan.", "Feb"]),
])
def test_a_trigger_typed_against_the_abbreviation_before_it_is_an_expression_of_its_own(text, want):
    """A month's abbreviation and the next word with no space between ("in Jan.Feb"): the next word starts where
    the first match ends, so it is a trigger of its own (pattern_spans 12 skipped a trigger starting at the last
    match's end), and the first match, which ends where it starts, does not reach it (43 took "Jan." twice)."""
    from newsgraph.times import pattern_spans, token_columns

    parse = parse_many(load(), [(text, _body(text))])[0]
    assert [text[a:b] for a, b in pattern_spans(text, token_columns(parse.doc))] == want


# --- columns.with_child: the tokens with a child of some labels (attribution's _passive) --------------------------

def _with_child_the_long_way(doc, labels):
    return frozenset(t.i for t in doc if any(c.dep_ in labels for c in t.children))


def test_passive_is_a_passive_child_for_every_token_of_our_parses(parses):
    from newsgraph.attribution.stage import _passive
    from newsgraph.columns import with_child

    texts = ["The plan was announced on Monday, and the pier was closed by the council.",
             "Officials were told that the ferries had been cancelled; nobody was hurt, she wanted to say."]
    docs = [p.doc for p in parses] + [p.doc for p in parse_many(load(), [(t, _body(t)) for t in texts])]
    seen = set()
    for doc in docs:
        for t in doc:
            assert _passive(t) == any(c.dep_ in ("auxpass", "nsubjpass") for c in t.children), (t.text, t.i)
            seen.add(_passive(t))
        for labels in (("auxpass", "nsubjpass"), ("xcomp", "ccomp"), ("dobj",), ("punct",), ()):
            assert with_child(doc, labels) == _with_child_the_long_way(doc, labels)
    assert seen == {True, False}
    assert with_child(docs[-1], ("xcomp", "ccomp"))  # ("told that ...", "wanted to say")


def test_with_child_on_hand_built_parses():
    """Each label alone marks its head; another label marks nothing; the head before or after its child (HEAD is
    relative: negative offsets); a token labelled auxpass that is its own head (a root) is no child of itself."""
    from newsgraph.attribution.stage import _passive
    from newsgraph.columns import with_child

    vocab = spacy.blank("en").vocab
    passive = ("auxpass", "nsubjpass")
    # "Bo was seen": nsubjpass and auxpass before their head
    doc = Doc(vocab, words=["Bo", "was", "seen"], heads=[2, 2, 2], deps=["nsubjpass", "auxpass", "ROOT"])
    assert with_child(doc, passive) == frozenset({2})
    # only the auxpass, the head after it; only the nsubjpass
    doc = Doc(vocab, words=["was", "seen", "Bo"], heads=[1, 1, 1], deps=["auxpass", "ROOT", "dobj"])
    assert with_child(doc, passive) == frozenset({1})
    doc = Doc(vocab, words=["Bo", "seen", "here"], heads=[1, 1, 1], deps=["nsubjpass", "ROOT", "advmod"])
    assert with_child(doc, passive) == frozenset({1})
    assert with_child(doc, ("advmod",)) == frozenset({1}) and with_child(doc, ("dobj",)) == frozenset()
    # a child after its head (a positive offset), and an active clause marks nothing
    doc = Doc(vocab, words=["seen", "Bo", "Cy", "ran"], heads=[0, 0, 3, 0], deps=["ROOT", "nsubjpass", "nsubj", "ccomp"])
    assert with_child(doc, passive) == frozenset({0})
    assert with_child(doc, ("ccomp", "xcomp")) == frozenset({0}) and with_child(doc, ("nsubj",)) == frozenset({3})
    assert [_passive(t) for t in doc] == [True, False, False, False]
    # a root labelled auxpass (its own head) is not its own child
    doc = Doc(vocab, words=["was", "it"], heads=[0, 0], deps=["auxpass", "nsubj"])
    assert with_child(doc, passive) == frozenset()
    assert not _passive(doc[0]) and not any(c.dep_ == "auxpass" for c in doc[0].children)
    assert with_child(Doc(vocab, words=[]), passive) == frozenset()


def test_with_child_is_made_once_per_doc_and_labels_and_leaves_with_the_doc():
    import gc

    from newsgraph import columns

    vocab = spacy.blank("en").vocab
    doc = Doc(vocab, words=["Bo", "was", "seen"], heads=[2, 2, 2], deps=["nsubjpass", "auxpass", "ROOT"])
    first = columns.with_child(doc, ("auxpass",))
    assert columns.with_child(doc, ("auxpass",)) is first  # (kept, not made again)
    assert columns.with_child(doc, ("nsubj",)) == frozenset()  # other labels: their own
    other = Doc(vocab, words=["Bo", "saw", "it"], heads=[1, 1, 1], deps=["nsubj", "ROOT", "dobj"])
    assert columns.with_child(other, ("auxpass",)) == frozenset()  # another Doc: its own
    assert columns.with_child(other, ("nsubj",)) == frozenset({1})
    n = len(columns._PARENTS)
    del doc
    gc.collect()
    assert len(columns._PARENTS) == n - 1


def test_without_the_private_parser_nothing_is_ruled_out(monkeypatch):
    """re._parser is private: on a Python without it, or with another interface, every start is tried."""
    rx = re.compile(r"(?:Jan|Feb)\.? \d+")
    assert "x" in never_starts(rx)  # what the parser gives while it is there
    monkeypatch.setattr(regex_start, "_parser", None)
    assert start_chars(rx) is None and never_starts(rx) == frozenset()

    for error in (TypeError, AttributeError):  # a changed signature; a tree without the fields read
        class Changed:
            @staticmethod
            def parse(pattern, flags, error=error):
                raise error("another interface now")

        monkeypatch.setattr(regex_start, "_parser", Changed)
        assert start_chars(rx) is None and never_starts(rx) == frozenset()


def test_a_python_without_the_private_parser_imports_the_module_and_rules_nothing_out(monkeypatch):
    import importlib
    import sys

    monkeypatch.delattr(re, "_parser")
    monkeypatch.setitem(sys.modules, "re._parser", None)  # `import re._parser` is then an ImportError
    try:
        bare = importlib.reload(regex_start)
        assert bare._parser is None and bare._ATOMS == ()
        assert bare.never_starts(re.compile(r"(?:Jan|Feb)\.? \d+")) == frozenset()
    finally:
        monkeypatch.undo()
        importlib.reload(regex_start)
    assert "x" in regex_start.never_starts(re.compile(r"(?:Jan|Feb)\.? \d+"))
