"""Session 33 (s33-std): the guards session 32 left open (`times._root_at`, `petrarch_lists._token_at`).

`_root_at` reads the head of the tokens under a time expression. The expression's characters need not fall on
token edges: a tokenizer may keep a weekday and what is glued to it as one token ("Thursday's" below, hand-built),
and the head is then that token's, found by expanding [a, b) to the tokens that hold it (an exact alignment finds
no span there). The parses are hand-built from our own sentences."""
import spacy
from spacy.tokens import Doc

from newsgraph.nlp import Parse
from newsgraph.times import _awaited

_VOCAB = spacy.blank("en").vocab


def _parse(words, spaces, heads, deps, lemmas):
    return Parse(doc=Doc(_VOCAB, words=words, spaces=spaces, heads=heads, deps=deps, lemmas=lemmas), sections=[])


def _owned_by_a_glued_weekday(verb: str, lemma: str):
    # "Traders <verb> Thursday's decision.", the possessive glued to the weekday in one token
    words = ["Traders", verb, "Thursday's", "decision", "."]
    return _parse(words, [True, True, True, False, False], heads=[1, 1, 3, 1, 1],
                  deps=["nsubj", "ROOT", "poss", "dobj", "punct"], lemmas=["trader", lemma, "Thursday's", "decision", "."])


def test_a_weekday_inside_a_longer_token_finds_that_token_as_its_head():
    parse = _owned_by_a_glued_weekday("await", "await")
    a = parse.doc.text.index("Thursday")
    b = a + len("Thursday")
    assert parse.doc[2].idx == a and parse.doc[2].idx + len(parse.doc[2]) > b  # the expression ends inside the token
    assert _awaited(parse, a, b)  # the token's own reading: the owner of what traders await
    assert not _awaited(_owned_by_a_glued_weekday("welcome", "welcome"), a, b)  # a known event: not awaited


def _moved(dep: str):
    # "The vote was moved to Friday.", the weekday hung on "to" with the label `dep`
    words = ["The", "vote", "was", "moved", "to", "Friday", "."]
    return _parse(words, [True, True, True, True, True, False, False], heads=[1, 3, 3, 3, 3, 4, 3],
                  deps=["det", "nsubjpass", "auxpass", "ROOT", "prep", dep, "punct"],
                  lemmas=["the", "vote", "be", "move", "to", "Friday", "."])


def test_the_day_moved_to_is_the_object_of_to_not_any_word_under_it():
    from newsgraph.times import _moved_to

    parse = _moved("pobj")
    parse.doc[3].tag_ = "VBN"
    a = parse.doc.text.index("Friday")
    assert _moved_to(parse, parse.doc.text, a, a + len("Friday"))
    other = _moved("npadvmod")  # under "to" but not its object: no day moved to
    other.doc[3].tag_ = "VBN"
    assert not _moved_to(other, other.doc.text, a, a + len("Friday"))


# --- nlp.hyphenated_verbs, split into helpers: a compound of force the parser read right stops no later repair --------


def test_a_compound_of_force_read_right_does_not_end_the_loop():
    # "Marchers were pepper-sprayed." (the second part the clause's root, not an amod) before a misread sentence
    from test_s32_mut3 import PASSIVE, ROOT, _doc, _repaired, _shift

    from newsgraph.nlp import hyphenated_verbs

    first = PASSIVE + ["././PUNCT/punct/4/."]
    doc = _doc(first + _shift(ROOT, len(first)))
    hyphenated_verbs(doc)
    assert doc[2].dep_ == "npadvmod" and doc[4].dep_ == "ROOT"  # the passive compound: its first part the modifier
    k = len(first)
    _repaired(doc, k, k + 3, k + 4)
