"""The quotes stage (attribution/stage.py) on what session 5's and 6's mutation runs left open (session 7):
a closing mark with punctuation glued to it, the order of two passages starting at one offset, the
filter's score choosing between clashing candidates, and a piece fronted before an inverted cue."""

from types import SimpleNamespace

import spacy
from spacy.tokens import Doc

from newsgraph.attribution import lexicon
from newsgraph.attribution.indirect import fronted_content
from newsgraph.attribution.stage import _verb_attribution, extract_all
from stageutil import annotated


def contents(doc, cue):
    return [[p.text for p in a.content] for a in doc.attributions if a.cue is not None and a.cue.text == cue]


# --- the marks ---------------------------------------------------------------------------------------

def test_punctuation_glued_to_the_closing_mark_is_outside_the_quote(pipeline):
    # British style: the comma after the closing mark; the cue after it still frames the quote
    doc = pipeline.extract("“We will win the election”, said Maria Lopez.")
    (q,) = doc.quotes
    assert (q.kind, q.text, q.cue.text, q.speaker_text) == ("direct", "We will win the election", "said", "Maria Lopez")


# --- candidates starting at one offset ----------------------------------------------------------------

def test_of_two_passages_starting_together_the_longer_comes_first(pipeline):
    # the reported clause and the partial quote opening it start at one offset: the clause is q1
    doc, parse = annotated(pipeline, "Lopez said “the plan” would never pass the Senate.")
    quotes, _ = extract_all(doc, parse, flt=None)
    assert [(q.id, q.kind) for q in quotes] == [("q1", "indirect"), ("q2", "partial")]
    assert quotes[0].start == quotes[1].start and quotes[0].end > quotes[1].end
    assert quotes[1].text == "the plan"


# --- the filter's score between clashing candidates ---------------------------------------------------

class PathFilter:
    """A filter that keeps every candidate and scores it by how its content was found."""

    threshold = 0.1
    weights: dict = {}  # (no verb outside the lexicon is proposed)

    def __init__(self, scores):
        self.scores = scores

    def score(self, feats):
        return next((self.scores[f] for f in feats if f in self.scores), 0.5)

    def keep(self, feats):
        return self.score(feats) >= self.threshold


def test_the_filters_likelier_candidate_wins_a_clash(pipeline):
    # "said" attributes the clause, "identified" its object: the contents overlap, so one stays
    text = "Last month, the government said it had identified more than 500 idle farms."
    doc, parse = annotated(pipeline, text)
    _, atts = extract_all(doc, parse, flt=PathFilter({"path=clause": 0.9, "path=obj": 0.3}))
    assert [a.cue.text for a in atts] == ["said"]
    doc, parse = annotated(pipeline, text)
    _, atts = extract_all(doc, parse, flt=PathFilter({"path=clause": 0.3, "path=obj": 0.9}))
    assert [a.cue.text for a in atts] == ["identified"]


# --- a piece fronted before the cue ---------------------------------------------------------------------

def test_a_time_before_the_source_is_not_the_content(pipeline):
    # "Last month" says when the government spoke, not what it said (the fronted-piece rule took it)
    doc = pipeline.extract("Last month, the government said it had identified more than 500 idle farms.")
    assert contents(doc, "said") == [["it had identified more than 500 idle farms"]]
    doc, parse = annotated(pipeline, "Last week, the company agreed to buy its rival for $16bn.")
    _, atts = extract_all(doc, parse, flt=None)
    assert [[p.text for p in a.content] for a in atts if a.cue.text == "agreed"] == [["to buy its rival for $16bn"]]


VOCAB = spacy.blank("en").vocab

# "These employees, Stumpf explained, were well paid." as the parser may read it: the fronted noun
# phrase hung on the cue, the predicate its complement clause
STUMPF = dict(
    words=["These", "employees", ",", "Stumpf", "explained", ",", "were", "well", "paid", "."],
    heads=[1, 4, 4, 4, 4, 4, 4, 8, 6, 4],
    deps=["det", "{front}", "punct", "nsubj", "ROOT", "punct", "{clause}", "advmod", "acomp", "punct"],
    pos=["DET", "NOUN", "PUNCT", "PROPN", "VERB", "PUNCT", "AUX", "ADV", "ADJ", "PUNCT"],
    lemmas=["these", "employee", ",", "Stumpf", "explain", ",", "be", "well", "paid", "."],
)


def stumpf(front="npadvmod", clause="ccomp", ents=None):
    kw = {k: list(v) for k, v in STUMPF.items()}
    kw["deps"] = [d.format(front=front, clause=clause) for d in kw["deps"]]
    d = Doc(VOCAB, **kw)
    if ents:
        d.ents = [d.char_span(d[a].idx, d[b].idx + len(d[b]), label=label) for a, b, label in ents]
    return d


def verb_spans(d):
    return _verb_attribution(d[4], lexicon.default(), SimpleNamespace(quoted=[]), d.text)


def test_a_fronted_subject_joins_the_predicate_after_the_cue():
    d = stumpf()
    spans, att = verb_spans(d)
    assert spans == [(0, 1), (6, 8)]  # "These employees", "were well paid": in text order
    assert (att.path, d.text[att.cue[0]:att.cue[1]]) == ("clause", "explained")
    for dep in ("dep", "attr"):
        assert fronted_content(stumpf(front=dep)[4], (6, 8)) == (0, 1), dep
    assert fronted_content(stumpf(front="advmod")[4], (6, 8)) is None


def test_no_fronted_piece_for_a_time_a_subject_clause_or_an_infinitive():
    # "Last month, the government said …": a time says when
    d = stumpf(ents=[(0, 1, "DATE")])
    assert verb_spans(d)[0] == [(6, 8)]
    # a content with a subject of its own is whole ("…, the government said it had identified …")
    d = Doc(VOCAB, words=STUMPF["words"][:6] + ["they", "were", "paid", "."], heads=[1, 4, 4, 4, 4, 4, 7, 4, 7, 4],
            deps=["det", "npadvmod", "punct", "nsubj", "ROOT", "punct", "nsubj", "ccomp", "acomp", "punct"],
            pos=["DET", "NOUN", "PUNCT", "PROPN", "VERB", "PUNCT", "PRON", "AUX", "ADJ", "PUNCT"])
    assert fronted_content(d[4], (6, 8)) is None
    # "Last week, the company agreed to buy …": an infinitive has no subject to lend
    assert fronted_content(stumpf(clause="xcomp")[4], (6, 8)) is None
    # nor a content before the cue, nor a cue with no subject
    assert fronted_content(stumpf()[4], (0, 1)) is None


def test_an_inverted_cue_with_no_content_after_it_keeps_the_clause_before(pipeline):
    # no content after "said": the clause before it, and no fronted piece is looked for
    doc = pipeline.extract("The economy is getting weaker, the senator said on Monday.")
    assert contents(doc, "said") == [["The economy is getting weaker"]]
    # the parser hangs "were" on the subject here: the inverted path joins both pieces
    doc, parse = annotated(pipeline, "These employees, Stumpf explained, were well paid.")
    _, atts = extract_all(doc, parse, flt=None)
    assert [[p.text for p in a.content] for a in atts if a.cue.text == "explained"] == [["These employees", "were well paid"]]
