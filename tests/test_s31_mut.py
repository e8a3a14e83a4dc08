"""Session 31 (s31-mut): tests that kill the surviving mutants of session 30's changed functions (docs/testing.md,
"Session 31, s31-mut"). Our own sentences and hand-built spaCy parses; none from an evaluation corpus."""

import pytest
import spacy
from spacy.tokens import Doc, Span

from newsgraph.events.syntax import regional_construct

_VOCAB = spacy.blank("en").vocab


def _doc(words, heads, deps, ents=()):
    """A hand-built parse: heads as absolute indices; ents as (start, end, label) token spans."""
    doc = Doc(_VOCAB, words=words, heads=heads, deps=deps)
    doc.ents = [Span(doc, a, b, label=lab) for a, b, lab in ents]
    return doc


# ---- syntax.regional_construct

@pytest.mark.parametrize("words, heads, deps, head", [
    # a region word not at the start of the text: the run of capitals is one word wherever it stands
    (["Diplomats", "said", "Western", "powers", "warned", "Syria"], [1, 1, 3, 4, 1, 4],
     ["nsubj", "ROOT", "amod", "nsubj", "ccomp", "dobj"], 3),
    # scare quotes round "the West": the opening quote is punctuation of the phrase, no modifier
    (["He", "blamed", "“", "the", "West", "”"], [1, 1, 4, 4, 1, 4],
     ["nsubj", "ROOT", "punct", "det", "dobj", "punct"], 4),
    # a count or a predeterminer capitalised after an opening quote (so not the sentence's first word) is no part of
    # the region's name
    (["“", "Two", "Western", "powers", "warned", "Syria"], [4, 3, 3, 4, 4, 4],
     ["punct", "nummod", "amod", "nsubj", "ROOT", "dobj"], 3),
    (["“", "All", "the", "Western", "powers", "agreed"], [5, 4, 4, 4, 5, 5],
     ["punct", "predet", "det", "amod", "nsubj", "ROOT"], 4),
    # a two-word region at the start of a sentence whose second word alone is no region ("American")
    (["Latin", "American", "leaders", "met"], [1, 2, 3, 3], ["amod", "amod", "nsubj", "ROOT"], 2),
])
def test_s31_a_regional_construct(words, heads, deps, head):
    assert regional_construct(_doc(words, heads, deps)[head])


@pytest.mark.parametrize("words, heads, deps, head", [
    # a possessive pronoun's allies: someone's, not the region's (the capitals are one run)
    (["their", "Western", "allies", "met"], [2, 2, 3, 3], ["poss", "amod", "nsubj", "ROOT"], 2),
    # "West" modifying a longer name: the construct, if any, is judged at the phrase's head
    (["the", "West", "African", "states", "met"], [3, 2, 3, 4, 4], ["det", "amod", "amod", "nsubj", "ROOT"], 1),
    # "World" opening a headline that ends in "international": no word before it, so no global modifier
    (["World", "Cup", "goes", "international"], [1, 2, 2, 2], ["compound", "nsubj", "ROOT", "acomp"], 0),
])
def test_s31_not_a_regional_construct(words, heads, deps, head):
    assert not regional_construct(_doc(words, heads, deps)[head])


# ---- events/stage.py: the regional side (_regional_side, _regional_token, _names_region) and its `continue`

def _triples(pipeline, text):
    doc = pipeline.extract(text, name="t", published="2026-06-01")
    code = {e.id: (e.actor.country or (e.actor.code or "")[:3] or None if e.actor else None) for e in doc.entities}
    return sorted((e.type, tuple(code[i] for i in e.source), tuple(code[i] for i in e.target))
                  for e in doc.events if not e.flags)


def test_s31_a_regional_act_drops_only_itself(pipeline):
    # the construct's act comes first in the sentence; the state's act after it is still coded
    assert ("SANCTION", ("POL",), ("BLR",)) in _triples(
        pipeline, "The West condemned the vote, and Poland recalled its ambassador from Minsk.")


@pytest.mark.parametrize("text", [
    "Iran rejected the demands of Western powers.",
    # the actor's words are a compound ("Gulf") and an adjective ("Arab") of the group noun
    "Iran rejected the demands of Gulf Arab states.",
])
def test_s31_a_side_that_resolves_to_a_construct(pipeline, text):
    # the argument head "demands" is no construct; the actor it resolves to is
    assert _triples(pipeline, text) == []


def test_s31_a_by_phrase_of_the_argument_noun(pipeline):
    # "criticism by the West": the rejected act's doer, as "criticism from the West" (s30-triple's test)
    assert not [t for t in _triples(pipeline, "Iran rejected criticism by the West over its missile tests.")
                if t[0] == "REJECT"]


@pytest.mark.parametrize("text, triple", [
    # a to- or for-phrase of the argument noun names no doer: the state is the recipient
    ("Russia criticised Ukraine's appeal to the West for weapons.", ("ACCUSE", ("RUS",), ("UKR",))),
    ("China condemned Japan's support for the West.", ("ACCUSE", ("CHN",), ("JPN",))),
])
def test_s31_other_phrases_of_the_argument_noun_keep_the_event(pipeline, text, triple):
    assert triple in _triples(pipeline, text)


@pytest.fixture(scope="module")
def user_pipeline(tmp_path_factory):
    from newsgraph.evaluate.events import pipeline_options
    from newsgraph.pipeline import Pipeline

    d = tmp_path_factory.mktemp("s31dicts")
    (d / "actors.txt").write_text("FREEDONIA [FRE]\nSYLVANIA [SYL]\n")
    return Pipeline(pipeline_options(None, actors=[str(d / "actors.txt")]))


def test_s31_a_user_coded_side_does_not_save_a_construct_on_the_other(user_pipeline):
    # the source is the user's (FRE): its side is no construct, but the recipient, "the West", is
    assert _triples(user_pipeline, "Freedonia condemned the West on Monday.") == []
    assert _triples(user_pipeline, "Freedonia condemned Sylvania on Monday.") != []


def test_s31_the_events_stage_makes_its_trigger_ids_once(pipeline, monkeypatch):
    # EventsStage keeps the trigger words' string ids as a set made when the stage is made (s30-speed): an article
    # makes none again (code_events makes them only when called without them)
    from newsgraph.events import stage as st

    calls = []
    real = st.trigger_hashes
    monkeypatch.setattr(st, "trigger_hashes", lambda *a: calls.append(1) or real(*a))
    doc = pipeline.extract("Kenya expelled two Ugandan diplomats on Monday.", name="t", published="2026-06-01")
    assert doc.events and calls == []


@pytest.mark.parametrize("text", [
    "The warning to Iran was repeated on Monday.",
    "The threat against Iran worried oil traders.",
])
def test_s31_a_threat_to_someone_is_an_act_not_a_danger(pipeline, text):
    # only an "of" phrase names a feared event ("the threat of war"); a to- or against-phrase names whom the
    # threatening is aimed at, so the noun stays a THREATEN with that recipient (s30-mut's open `_danger_of` 7)
    assert ("THREATEN", (), ("IRN",)) in _triples(pipeline, text)


# ---- actors/phoenix.py: PhoenixActors.code_for and fill read the span's words from the text (s30-speed), at the
# Doc's ends too, and assign_codes hands fill the text: no Span is made for a look-up

@pytest.fixture(scope="module")
def phoenix_matcher():
    from newsgraph.actors import phoenix

    return phoenix.PhoenixActors()


@pytest.mark.parametrize("i, j", [(0, 6), (2, 6), (0, 4)])
def test_s31_code_for_with_the_text_makes_no_span(phoenix_matcher, monkeypatch, i, j):
    from newsgraph.actors import phoenix

    sd = Doc(_VOCAB, words=["the", "U.N.", "Security", "Council", "and", "NATO"], spaces=[True] * 5 + [False])
    calls = []
    monkeypatch.setattr(phoenix, "token_span", lambda *a: calls.append(a[1:]))
    code = phoenix_matcher.code_for(sd, i, j, None, sd.text)
    assert calls == [] and code == ("IGOUNO" if j == 4 else phoenix_matcher.code_for(sd, 5, 6, None, sd.text))
    assert code is not None


def test_s31_fill_looks_codes_up_in_the_text(pipeline, monkeypatch):
    from newsgraph.actors import phoenix

    looked, spans = [], []
    # (fill looks a mention's dictionary entry up by entry_for since session 49, so it can give the entry's dated
    # offices too; code_for is entry_for's code at a date)
    real_entry_for, real_span = phoenix.PhoenixActors.entry_for, phoenix.token_span
    monkeypatch.setattr(phoenix.PhoenixActors, "entry_for",
                        lambda self, sd, i, j, text=None: looked.append(text is not None) or real_entry_for(
                            self, sd, i, j, text))
    monkeypatch.setattr(phoenix, "token_span", lambda *a: spans.append(a[1:]) or real_span(*a))
    # (the dictionary's phrase through the head noun, "the Clinton administration"; a person's own name)
    for text, date in (("The Clinton administration criticized China on Monday.", "1995-03-01"),
                       ("Moody Awori met Ugandan officials on Monday.", "2000-01-01")):
        pipeline.extract(text, name="t", published=date)
    assert looked and all(looked) and spans == []


# ---- places.street_matches: the street pattern is tried only on a text that holds a street word (s30-speed)

class _Recording:
    def __init__(self, pattern):
        self.pattern, self.texts = pattern, []

    def finditer(self, text, *a):
        self.texts.append(text)
        return self.pattern.finditer(text, *a)


@pytest.mark.parametrize("text, tried", [
    ("Police closed the bridge into the city on Monday.", False),
    ("Police closed Orchard Street on Monday.", True),
])
def test_s31_the_street_pattern_runs_only_where_a_street_word_is(monkeypatch, text, tried):
    from newsgraph import places
    from newsgraph.places.spans import SpanIndex

    rec = _Recording(places._STREET_NAME)
    monkeypatch.setattr(places, "_STREET_NAME", rec)
    found = places.street_matches(None, text, SpanIndex([]))
    assert bool(rec.texts) == tried and bool(found) == tried


# ---- events.stage.candidate_sentences: trigger ids given as trigger_hashes' array are made a set once

def test_s31_candidate_sentences_make_an_array_of_ids_a_set():
    from types import SimpleNamespace

    import numpy as np

    from newsgraph.events.stage import candidate_sentences

    class Counting(np.ndarray):
        searched = 0

        def __contains__(self, x):
            type(self).searched += 1
            return super().__contains__(x)

    doc = Doc(_VOCAB, words=["Rebels", "attacked", "a", "town", "."])
    ids = np.array(sorted({_VOCAB.strings.add("attacked"), _VOCAB.strings.add("town")}), dtype=np.uint64)
    parse = SimpleNamespace(doc=doc, kind_at=lambda char: "body")
    got = [(s.start, s.end, i) for s, i in candidate_sentences(parse, ids.view(Counting))]
    assert got == [(0, 5, [1, 3])] == [(s.start, s.end, i) for s, i in candidate_sentences(
        SimpleNamespace(doc=doc, kind_at=lambda char: "body"), frozenset(ids.tolist()))]
    assert Counting.searched == 0  # (one set made, not the array searched for each token)


# ---- actors/codes._affiliations (s30-mut's open 87, 88): a user's agent code keeps a group noun's sector

@pytest.fixture(scope="module")
def agents_pipeline(tmp_path_factory):
    from newsgraph.evaluate.events import pipeline_options
    from newsgraph.pipeline import Pipeline

    d = tmp_path_factory.mktemp("s31agents")
    (d / "agents.txt").write_text("MILITANTS [~UAF]\nMILITANT [~UAF]\n")
    return Pipeline(pipeline_options(None, agents=[str(d / "agents.txt")]))


def test_s31_a_user_agent_keeps_its_sector_under_a_named_group(agents_pipeline):
    # without the user's agent, "PKK militants" are the PKK's people (REB, s29-argcountry); with MILITANTS [~UAF]
    # in the user's agents dictionary the dictionary's code decides, as PETRARCH's would
    doc = agents_pipeline.extract("PKK militants attacked a police station in Van.", name="t", published="2020-06-01")
    got = {e.name: (e.actor.code, e.actor.sector) for e in doc.entities if e.actor}
    assert got.get("PKK militants") == ("TURUAF", "UAF")


# ---- actors/nominals._classified_head (s29's PETRARCH-mode rule, never mutated before): with the user's agents
# dictionary an agent noun that classifies a head no dictionary lists gives the phrase its agent

@pytest.fixture(scope="module")
def fictional_pipeline(tmp_path_factory):
    from newsgraph.evaluate.events import pipeline_options
    from newsgraph.pipeline import Pipeline

    d = tmp_path_factory.mktemp("s31fictional")
    (d / "actors.txt").write_text("FREEDONIA [FRE]\n+FREEDONIAN\nSYLVANIA [SYL]\n+SYLVANIAN\n")
    (d / "agents.txt").write_text("STUDENT [~EDU]\nSTUDENTS [~EDU]\nARMY [~MIL]\nPOLICE [~COP]\n")
    return Pipeline(pipeline_options(None, actors=[str(d / "actors.txt")], agents=[str(d / "agents.txt")]))


def _codes(pipe, text):
    doc = pipe.extract(text, name="t", published="2020-06-01")
    return {e.name: e.actor.code for e in doc.entities if e.actor}


@pytest.mark.parametrize("text, name, code", [
    ("Freedonian student activists marched in the capital.", "Freedonian student activists", "FREEDU"),
    ("Freedonian army units shelled the town.", "Freedonian army units", "FREMIL"),
    ("Sylvanian police officers arrested two men.", "Sylvanian police officers", "SYLCOP"),
    # a singular head (NN), and a compound between the agent noun and the head
    ("A Freedonian army unit shelled the town.", "A Freedonian army unit", "FREMIL"),
    ("Freedonian army supply units crossed the border.", "Freedonian army supply units", "FREMIL"),
])
def test_s31_an_agent_noun_classifies_its_head(fictional_pipeline, text, name, code):
    assert _codes(fictional_pipeline, text).get(name) == code


def test_s31_a_role_head_is_not_classified_by_the_agent_before_it(fictional_pipeline):
    # "union leaders" is a role of its own: "student" before it makes no students of them
    codes = _codes(fictional_pipeline, "Freedonian student union leaders met on Monday.")
    assert "FREEDU" not in codes.values()


# ---- metonymy (actors/metonymy.py until session 57): _place_kind, sited, subject_acts (s29-metonymy's, never mutated before), on hand-built
# parses: (words, heads, deps, lemmas, pos) and the index of the token asked about

def _parse(words, heads, deps, lemmas, pos=None, ents=()):
    doc = Doc(_VOCAB, words=words, heads=heads, deps=deps, lemmas=lemmas, pos=pos or ["X"] * len(words))
    doc.ents = [Span(doc, a, b, label=lab) for a, b, lab in ents]
    return doc


@pytest.mark.parametrize("words, heads, deps, lemmas, k, kind", [
    # a plural whose lemma is the place kind ("hubs": only "hub" is listed)
    (["Dubai", "and", "Doha", "are", "hubs"], [3, 0, 0, 3, 3], ["nsubj", "cc", "conj", "ROOT", "attr"],
     ["Dubai", "and", "Doha", "be", "hub"], 4, True),
    # "one of" a group that is no kind of place, "one among" them, the leader of the countries: no place kind
    (["Norway", "is", "one", "of", "the", "founders"], [1, 1, 1, 2, 5, 3], ["nsubj", "ROOT", "attr", "prep", "det", "pobj"],
     ["Norway", "be", "one", "of", "the", "founder"], 2, False),
    (["Norway", "was", "one", "among", "the", "founders"], [1, 1, 1, 2, 5, 3],
     ["nsubj", "ROOT", "attr", "prep", "det", "pobj"], ["Norway", "be", "one", "among", "the", "founder"], 2, False),
    (["Iran", "is", "the", "leader", "of", "the", "countries"], [1, 1, 3, 1, 3, 6, 4],
     ["nsubj", "ROOT", "det", "attr", "prep", "det", "pobj"], ["Iran", "be", "the", "leader", "of", "the", "country"],
     3, False),
])
def test_s31_place_kind(words, heads, deps, lemmas, k, kind):
    from newsgraph.metonymy import _place_kind

    assert _place_kind(_parse(words, heads, deps, lemmas)[k]) is kind


@pytest.mark.parametrize("words, heads, deps, lemmas, ents, sited_", [
    (["Uganda", "borders", "Kenya"], [1, 1, 1], ["nsubj", "ROOT", "dobj"], ["Uganda", "border", "Kenya"], (), True),
    # a ground verb with an object is an act ("Iran sank a tanker"); "lies about" is an untruth
    (["Iran", "sank", "a", "tanker"], [1, 1, 3, 1], ["nsubj", "ROOT", "det", "dobj"], ["Iran", "sink", "a", "tanker"],
     (), False),
    (["Iran", "lies", "about", "it"], [1, 1, 1, 2], ["nsubj", "ROOT", "prep", "pobj"], ["Iran", "lie", "about", "it"],
     (), False),
    (["Iran", "lied", "on", "Monday"], [1, 1, 1, 2], ["nsubj", "ROOT", "prep", "pobj"], ["Iran", "lie", "on", "Monday"],
     (), False),
    # what falls to a number falls in value, not to a captor; a named group or a people takes a town
    (["Turnout", "fell", "to", "lows"], [1, 1, 1, 2], ["nsubj", "ROOT", "prep", "pobj"], ["turnout", "fall", "to", "low"],
     (), False),
    (["Aleppo", "fell", "to", "Hamas"], [1, 1, 1, 2], ["nsubj", "ROOT", "prep", "pobj"], ["Aleppo", "fall", "to", "Hamas"],
     ((3, 4, "ORG"),), True),
    (["Kirkuk", "fell", "to", "Kurds"], [1, 1, 1, 2], ["nsubj", "ROOT", "prep", "pobj"], ["Kirkuk", "fall", "to", "Kurd"],
     ((3, 4, "NORP"),), True),
])
def test_s31_sited(words, heads, deps, lemmas, ents, sited_):
    from newsgraph.metonymy import sited

    assert sited(_parse(words, heads, deps, lemmas, ents=ents)[1]) is sited_


@pytest.mark.parametrize("word, acts", [
    # "X is home to ...", "X is a city ..." parsed with the noun as acomp: a place described as a place
    ("home", False), ("city", False), ("capital", False), ("hub", False),
    # an adjective that is no place's state: the subject acts ("Iran is ready")
    ("ready", True),
])
def test_s31_subject_acts_after_be(word, acts):
    from newsgraph.metonymy import subject_acts

    doc = _parse(["Nairobi", "is", word], [1, 1, 1], ["nsubj", "ROOT", "acomp"], ["Nairobi", "be", word],
                 pos=["PROPN", "AUX", "ADJ"])
    assert subject_acts(doc[1]) is acts


# ---- attribution/speakers._resolve (the phrase's words read only when nothing else named the speaker)

@pytest.mark.parametrize("text, speaker", [
    ("Kenya Airways under Tom Vekker said on Monday that it would cut flights.", "Kenya Airways"),
    ("Microsoft in the era of Tom Vekker said that it would grow.", "Microsoft"),
])
def test_s31_a_named_body_speaks_though_a_person_is_named_in_its_phrase(pipeline, text, speaker):
    # the head is the body's own name: the person in its prepositional phrase is not the one speaking
    doc = pipeline.extract(text, name="t", published="2026-06-01")
    names = {e.id: e.name for e in doc.entities}
    assert [names.get(a.speaker) for a in doc.attributions] == [speaker]


@pytest.mark.parametrize("text, names", [
    # "between" after a verb that does not site anything: the states are the parties, not where something lies
    ("Qatar mediated between Iran and Saudi Arabia.", ("Iran", "Saudi Arabia")),
    ("The talks were held between Iran and Iraq.", ("Iran", "Iraq")),
])
def test_s31_states_between_which_something_happens_are_metonyms(pipeline, text, names):
    kinds = {m.text: m.kind for p in pipeline.extract(text).places for m in p.mentions}
    assert all(kinds.get(n) == "metonym" for n in names), kinds

