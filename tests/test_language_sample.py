"""The language check reads the opening of the body only (pipeline.LANGUAGE_SAMPLE characters): py3langid's
cost grows with what it reads, and the opening decides as the longer sample did."""

import pytest

from newsgraph import pipeline as pl
from newsgraph.errors import InputError
from newsgraph.read import make_article
from newsgraph.stage import Options

ENGLISH = ("The council said on Tuesday that the new bridge over the river would open in the spring, "
           "two years later than planned, after the builders found old mine shafts under the north bank. ")
GERMAN = ("Der Stadtrat teilte am Dienstag mit, dass die neue Br\u00fccke \u00fcber den Fluss im Fr\u00fchjahr "
          "er\u00f6ffnet werde, zwei Jahre sp\u00e4ter als geplant, weil unter dem Nordufer alte Sch\u00e4chte lagen. ")


@pytest.fixture(scope="module")
def pipe():
    return pl.Pipeline(Options(), stages=[])


def test_the_check_reads_the_first_sample_characters_of_the_body(pipe, monkeypatch):
    seen = []
    monkeypatch.setattr(pl, "require_english", lambda text, name: seen.append(text) or "en")
    body = ENGLISH * 10  # about 1,900 characters
    pipe.prepare(make_article(body, "long.txt"))
    assert pl.LANGUAGE_SAMPLE == 400
    assert seen == [body[:400]]


def test_english_and_german_bodies_are_told_apart_on_their_opening(pipe):
    assert pipe.prepare(make_article(ENGLISH * 10, "en.txt")).language == "en"
    with pytest.raises(InputError) as exc:
        pipe.prepare(make_article(GERMAN * 10, "de.txt"))
    assert exc.value.reason == "text is in German (de); newsgraph handles English for now"
