"""Session 16 (s16-attr): attribution rules found on PolNeAR train, with sentences of our own."""

from test_attribution_mutants_s14 import attributions


def test_as_someone_put_it_quotes_them(pipeline):
    # the idiom "as X put it" names who said the quote or the clause it is set in
    doc = pipeline.extract('As one union leader put it, "We will not back down."')
    assert attributions(doc.attributions) == [("direct", ["We will not back down."], "put", "one union leader")]
    doc = pipeline.extract('"We will not back down," as one union leader put it.')
    assert attributions(doc.attributions) == [("direct", ["We will not back down"], "put", "one union leader")]
    doc = pipeline.extract("But as Hale put it last week, the court has spoken.")
    assert attributions(doc.attributions) == [("indirect", ["the court has spoken"], "put", "Hale")]


def test_putting_it_somewhere_is_no_cue(pipeline):
    assert pipeline.extract("Hale put it on the table and left.").attributions == []
