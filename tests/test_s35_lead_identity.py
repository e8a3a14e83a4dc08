"""spaCy makes a new Token object on every read (`doc[i]`, `.head`, `.children`), so two Tokens for the same word
are never `is`-identical: code that asks "is this the same word" must compare positions. These cases failed when the
checks compared identity (session 35, lead)."""

from newsgraph.actors.pronouns import resolve_pronouns
from test_actors_article import context_after


def test_a_pronoun_inside_the_subjects_own_phrase_is_not_that_subject(pipeline):
    # "his" sits in John Smith's apposition: John is the brother of someone else's wife, not of his own, so the
    # pronoun goes on up to the governing clause's subject (Peter Brown), as the walk's comment intends.
    ctx = context_after(pipeline, "Peter Brown said John Smith, the brother of his wife, had left the party.",
                        resolve_pronouns)
    (tok, c), = ctx.pron_cluster.items()
    assert ctx.sd[tok].text == "his" and any(m.text == "Peter Brown" for m in c.mentions)


def test_the_governing_subject_is_still_taken(pipeline):
    ctx = context_after(pipeline, "After meeting Peter Brown, John Smith said his talks went well.", resolve_pronouns)
    (tok, c), = ctx.pron_cluster.items()
    assert ctx.sd[tok].text == "his" and any(m.text == "John Smith" for m in c.mentions)


def test_an_of_phrase_the_parser_hangs_on_the_stance_noun_is_the_side_wherever_it_stands(pipeline):
    from spacy.tokens import Doc

    from newsgraph.attribution.indirect import stance_phrase

    # "They voted in favor today of taxes" with "of" the noun's own child (not right after it): the side taken
    words = ["They", "voted", "in", "favor", "today", "of", "taxes"]
    d = Doc(pipeline.nlp.vocab, words=words, heads=[1, 1, 1, 2, 1, 3, 5],
            deps=["nsubj", "ROOT", "prep", "pobj", "npadvmod", "prep", "pobj"])
    assert stance_phrase(d[1]) == (6, 6, "prep")
