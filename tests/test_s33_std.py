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
