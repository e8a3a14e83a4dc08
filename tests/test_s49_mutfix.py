"""Session 49, s49-mutfix: tests that kill mutants s49-fixes left open (docs/testing.md, "Session 49, s49-mutfix").
Own sentences and hand-built inputs only."""

from newsgraph.actors.tables import Tables, _iso_names


def test_iso_names_lays_every_name_without_a_comma_in_pycountry_s_order():
    t = Tables()
    _iso_names(t)
    # short, common and official names, each once; a name with a comma is never a news spelling
    assert t.country_names["Iraq"] == t.country_names["Republic of Iraq"] == "IRQ"
    assert t.country_names["Bolivia"] == t.country_names["Plurinational State of Bolivia"] == "BOL"
    assert t.country_names["South Korea"] == "KOR"
    assert not any("," in n for n in t.country_names) and None not in t.country_names
    assert "Korea, Republic of" not in t.country_names and "Bolivia, Plurinational State of" not in t.country_names
    # the order of the table (and so of the name matcher's patterns) is pycountry's, short name first
    names = list(t.country_names)
    assert names.index("Bolivia") < names.index("Plurinational State of Bolivia") < names.index("Iraq")
    assert names.index("Iraq") < names.index("Republic of Iraq")


def test_iso_names_displays_the_common_name_else_the_short_one():
    t = Tables()
    _iso_names(t)
    assert t.display["BOL"] == "Bolivia" and t.display["KOR"] == "South Korea"
    assert t.display["IRQ"] == "Iraq" and t.display["FRA"] == "France"  # no common name: the short one


# ---- actors.emit._tenures: a hand-built knowledge base row with no code of its own


def test_tenures_write_a_row_without_a_code_as_country_and_sector():
    from types import SimpleNamespace as NS

    from newsgraph.actors.emit import _tenures
    from newsgraph.actors.kb import KB, KBRow

    rows = [KBRow(1, "Ann Example", (), "PERSON", "FRA", None, "envoy", "2001-01-01", "2003-01-01", None),
            KBRow(2, "Ann Example", (), "PERSON", "FRA", "GOV", "minister", "2003-01-01", "", None)]
    ctx = NS(res=NS(kb=KB(rows)))
    ann = NS(type="PERSON", kb=rows[1], attrs={})
    assert _tenures(ctx, ann) == [
        {"code": "FRA", "sector": None, "start": "2001-01-01", "end": "2003-01-01"},  # no sector: the country alone
        {"code": "FRAGOV", "sector": "GOV", "start": "2003-01-01", "end": ""}]


# ---- events.stage: absorb's pieces on hand-built candidates (token index, dependency, tag, children)


def _tok(i, dep="dobj", tag="NN", children=()):
    from types import SimpleNamespace as NS

    return NS(i=i, dep_=dep, tag_=tag, children=list(children))


def _cand(token, kind, mode=None, noun=False, anchor=None, predicate=None):
    from types import SimpleNamespace as NS

    return NS(token=token, anchor=anchor or token, predicate=predicate or token, is_noun=noun,
              sense=NS(type=kind, mode=mode), source=[], target=[])


def test_a_verb_takes_its_object_event_noun_s_mode_and_the_noun_is_dropped():
    from newsgraph.events.stage import _candidates_by_token, _merge_object_nouns

    gas = _tok(3)
    noun = _cand(gas, "COERCE", mode="crowd-control", noun=True)  # "fired tear gas at X": the noun comes first here
    verb = _cand(_tok(2, "ROOT", "VBD", [gas]), "COERCE")
    cands = [noun, verb]
    by_token, _ = _candidates_by_token(cands)
    assert _merge_object_nouns(cands, by_token) == {id(noun)}
    assert verb.sense is noun.sense and verb.sense.mode == "crowd-control"


def test_an_object_noun_is_merged_only_as_a_direct_object_of_its_own_type_with_a_mode():
    from newsgraph.events.stage import _candidates_by_token, _merge_object_nouns

    for dep, kind, mode, noun in (("pobj", "COERCE", "crowd-control", True), ("dobj", "ASSAULT", "crowd-control", True),
                                  ("dobj", "COERCE", None, True), ("dobj", "COERCE", "crowd-control", False)):
        obj = _tok(3, dep)
        other = _cand(obj, kind, mode=mode, noun=noun)
        verb = _cand(_tok(2, "ROOT", "VBD", [obj]), "COERCE")
        sense = verb.sense
        by_token, _ = _candidates_by_token([verb, other])
        assert _merge_object_nouns([verb, other], by_token) == set() and verb.sense is sense, (dep, kind, mode, noun)


def test_a_verb_never_merges_with_itself():
    from newsgraph.events.stage import _merge_object_nouns

    tok = _tok(2, "dobj", "VBD")
    tok.children = [tok]  # a child that is the verb's own token (a hand-built loop): no merge of c with c
    verb = _cand(tok, "COERCE", mode="crowd-control", noun=False)
    assert _merge_object_nouns([verb], {2: verb}) == set()


def test_candidates_are_found_by_trigger_and_by_anchor_first_come_first_served():
    from newsgraph.events.stage import _candidates_by_token

    light = _tok(1, "ROOT", "VBD")
    strike = _cand(_tok(4), "ASSAULT", noun=True, anchor=_tok(5), predicate=light)  # trigger 4, anchor 5
    later = _cand(_tok(5), "ASSAULT", noun=False)
    by_token, by_pred = _candidates_by_token([strike, later])
    assert by_token == {4: strike, 5: strike} and by_pred == {1: strike}


def test_a_protest_s_demand_or_accusation_is_its_content():
    from newsgraph.events.stage import _demand_of_protest

    to = _tok(9, "aux", "TO")
    protest = _cand(_tok(1, "ROOT", "VBD"), "PROTEST", noun=True)
    yes = [("acl", "VBG", (), "REQUEST"), ("acl", "VBN", (), "ACCUSE"), ("advcl", "VB", (to,), "REQUEST"),
           ("xcomp", "VB", (to,), "REQUEST"), ("advcl", "VBG", (), "ACCUSE")]
    no = [("advcl", "VBD", (), "REQUEST"), ("ccomp", "VB", (to,), "REQUEST"), ("xcomp", "VB", (), "REQUEST"),
          ("acl", "VBG", (), "ASSAULT")]
    for dep, tag, children, kind in yes + no:
        c = _cand(_tok(3, dep, tag, children), kind)
        assert _demand_of_protest(c, protest) == ((dep, tag, children, kind) in yes), (dep, tag, kind)
    strike = _cand(_tok(1, "ROOT", "VBD"), "ASSAULT")  # not a protest: its clause's demand is an act of its own
    assert not _demand_of_protest(_cand(_tok(3, "acl", "VBG"), "REQUEST"), strike)


class _Word:
    """A hand-built parsed word: index, relation, tag, part of speech, head and children."""

    def __init__(self, i, dep="ROOT", tag="VBD", pos="VERB", head=None, text="w"):
        self.i, self.dep_, self.tag_, self.pos_, self.text, self.lower_ = i, dep, tag, pos, text, text.lower()
        self.children, self.head = [], self
        if head is not None:
            self.head = head
            head.children.append(self)

    def is_ancestor(self, other):
        while other.head is not other:
            other = other.head
            if other is self:
                return True
        return False


def test_absorb_drops_the_object_noun_a_verb_merged():
    from newsgraph.events.stage import absorb

    fired = _Word(2)
    gas = _Word(3, "dobj", "NN", "NOUN", fired)
    verb = _cand(fired, "COERCE")
    noun = _cand(gas, "COERCE", mode="crowd-control", noun=True)
    noun.source = ["police"]  # an actor of its own: only the merge drops it
    assert absorb([verb, noun]) == [verb] and verb.sense.mode == "crowd-control"


def test_an_in_phrase_s_aim_found_through_its_light_verb_lends_its_target():
    from newsgraph.events.stage import _absorbed, _candidates_by_token

    # "went on strike in protest of the ruling": the aim's head word is the strike noun's light verb
    went = _Word(0)
    strike = _Word(2, "pobj", "NN", "NOUN", _Word(1, "prep", "IN", "ADP", went, "on"), "strike")
    protest = _Word(4, "pobj", "NN", "NOUN", _Word(3, "prep", "IN", "ADP", went, "in"), "protest")
    doc = [went, strike.head, strike, protest.head, protest]
    for w in doc:
        w.doc = doc
    s = _cand(strike, "PROTEST", noun=True, predicate=went)
    p = _cand(protest, "PROTEST", noun=True)
    p.target = ["court"]
    by_token, by_pred = _candidates_by_token([s, p])
    assert _absorbed(p, [s, p], by_token, by_pred) and s.target == ["court"]


def test_an_outcome_participle_lends_its_victims_to_the_act():
    from newsgraph.events.stage import _absorbed, _candidates_by_token

    ambushed = _Word(0)
    killing = _Word(3, "advcl", "VBG", "VERB", ambushed)
    act, outcome = _cand(ambushed, "ASSAULT"), _cand(killing, "ASSAULT")
    outcome.target = ["soldiers"]
    by_token, by_pred = _candidates_by_token([act, outcome])
    assert _absorbed(outcome, [act, outcome], by_token, by_pred) and act.target == ["soldiers"]


def test_a_participle_details_only_an_act_of_its_own_type():
    from newsgraph.events.stage import _details

    head = _cand(_Word(0), "ASSAULT")
    assert not _details(_cand(_Word(3, "conj", "VBD", "VERB", head.token), "ASSAULT"), head)  # a second act
    assert not _details(_cand(_Word(3, "advcl", "VBG", "VERB", head.token), "COERCE"), head)  # another type


def test_a_purpose_clause_needs_to_and_the_act_s_type_or_a_pressing_aim():
    from newsgraph.events.stage import _purpose_of

    def clause(dep, to=True):
        w = _Word(3, dep, "VB", "VERB", _Word(0))
        if to:
            _Word(2, "aux", "TO", "PART", w, "to")
        return w

    verb, noun = _cand(_Word(0), "SANCTION"), _cand(_Word(0, pos="NOUN"), "SANCTION", noun=True)
    assert _purpose_of(_cand(clause("advcl"), "SANCTION"), verb) and _purpose_of(_cand(clause("xcomp"), "SANCTION"), verb)
    assert not _purpose_of(_cand(clause("advcl", to=False), "SANCTION"), verb)  # no "to": no purpose
    assert not _purpose_of(_cand(clause("ccomp"), "SANCTION"), verb)
    assert _purpose_of(_cand(clause("advcl"), "COERCE"), verb)  # "froze assets to pressure X"
    assert not _purpose_of(_cand(clause("advcl"), "COERCE"), noun)  # a noun's to-clause: not the act's aim
    assert not _purpose_of(_cand(clause("advcl"), "COERCE"), _cand(_Word(0), "PROTEST"))  # no pressing act
    assert not _purpose_of(_cand(clause("advcl"), "ASSAULT"), _cand(_Word(0), "PROTEST"))  # no aim, other type


def test_a_participle_on_a_verb_that_restates_its_subject_noun_details_the_noun():
    from newsgraph.events.stage import _candidates_by_token, _governing_event

    # "a drone strike hit a convoy, killing four": the participle is the strike's
    hit = _Word(2)
    strike = _cand(_Word(1, "nsubj", "NN", "NOUN", hit), "ASSAULT", noun=True)
    verb = _cand(hit, "ASSAULT")
    killing = _cand(_Word(5, "advcl", "VBG", "VERB", hit), "ASSAULT")
    by_token, by_pred = _candidates_by_token([strike, verb, killing])
    assert _governing_event(killing, by_token, by_pred) is strike


def test_the_event_at_a_clause_s_head_by_light_verb_and_by_passive_subject():
    from newsgraph.events.stage import _candidates_by_token, _event_at_head, _event_noun_child

    used = _Word(1)  # "used tear gas to disperse them": gas is the light verb's noun, not its object here
    gas = _cand(_Word(3, "attr", "NN", "NOUN"), "COERCE", noun=True, predicate=used)
    disperse = _Word(5, "advcl", "VB", "VERB", used)
    by_token, by_pred = _candidates_by_token([gas])
    assert _event_at_head(disperse, by_token, by_pred) is gas
    reported = _Word(2)  # "clashes were reported, leaving three dead"
    clashes = _cand(_Word(0, "nsubjpass", "NNS", "NOUN", reported), "FIGHT", noun=True)
    leaving = _Word(5, "advcl", "VBG", "VERB", reported)
    by_token, by_pred = _candidates_by_token([clashes])
    assert _event_at_head(leaving, by_token, by_pred) is clashes
    assert _event_noun_child(reported, ("dobj",), by_token) is None  # a passive subject is no object


def test_an_actorless_noun_inside_an_act_of_its_type_is_absorbed():
    from newsgraph.events.stage import _absorbed, _candidates_by_token

    imposed = _Word(1)
    curfew = _Word(4, "pobj", "NN", "NOUN", _Word(3, "prep", "IN", "ADP", imposed, "for"))
    act = _cand(imposed, "COERCE")
    act.source = ["army"]
    noun = _cand(curfew, "COERCE", noun=True)
    idle = _cand(_Word(7), "COERCE")  # an actorless verb elsewhere: no topic, no object
    cands = [noun, idle, act]
    by_token, by_pred = _candidates_by_token(cands)
    assert _absorbed(noun, cands, by_token, by_pred)  # of its type under the act, though not its object
    noun.target = ["town"]
    assert not _absorbed(noun, cands, by_token, by_pred)  # with an actor of its own it stands
    noun.target, noun.source = [], ["mayor"]
    assert not _absorbed(noun, cands, by_token, by_pred)


def test_an_act_needing_a_target_lacks_one_unless_both_sides_are_its_subject():
    from types import SimpleNamespace as NS

    from newsgraph.events.stage import _lacks_actor

    def fight(sources, reverse="same"):
        sense = NS(needs_target=True, needs_source=False, mode=None, reverse=reverse, cameo="190")
        return NS(sense=sense, target=[], source=sources, is_noun=False, token=NS(lemma_="clash"))

    assert not _lacks_actor(fight(["rebels", "troops"]), None)  # "rebels and troops clashed": each the other's
    assert _lacks_actor(fight(["rebels"]), None)  # one side alone: no one to act on
    assert _lacks_actor(fight(["rebels", "troops"], reverse=None), None)  # a one-way act needs its target


def test_a_dictionary_code_s_sector_is_its_second_three_letters_only():
    from newsgraph.actors import phoenix

    # a nine-letter code (state, sector, sub-sector): the office's sector is the middle three
    assert phoenix._sector("USAGOVLEG") == "GOV" and phoenix._sector("IGOUNOKBK") == "UNO"
    assert phoenix._sector("GBR") is None and phoenix._sector("IGO") is None
    assert phoenix._sector("IGOX") == "X"  # a non-state head: whatever follows its three letters, however short


# ---- actors.phoenix.PhoenixActors: entry_for's two ways to a span's words, person_entry's two-word names


def _words(text):
    import spacy

    return spacy.blank("en")(text)


def test_entry_for_finds_a_name_inside_a_later_span_with_and_without_the_doc_s_text():
    from newsgraph.actors import phoenix

    p = phoenix.PhoenixActors()
    sd = _words("He said minister James Callaghan left")
    want = p.phrases["james callaghan"]
    # the span starts at "minister" (not the doc's start): the name is a later suffix of it
    assert p.entry_for(sd, 2, 5, sd.text) is want and p.entry_for(sd, 2, 5) is want
    assert p.entry_for(sd, 0, 2) is None and p.entry_for(sd, 0, 2, sd.text) is None
    assert p.entry_for(sd, 3, 3, sd.text) is None


def test_person_entry_reads_exactly_two_words_first_and_last():
    from newsgraph.actors import phoenix

    p = phoenix.PhoenixActors()
    sd = _words("Yesterday Carlos Menem and Francois Mitterand met")
    assert p.person_entry(sd, 1, 3) is p.short[("carlos", "menem")]
    assert p.person_entry(sd, 0, 3) is None and p.person_entry(sd, 1, 2) is None
    assert p.person_entry(sd, 4, 6) is not None  # a misspelt surname of one dictionary person
    assert p.person_entry(sd, 4, 6) is p._spelt_otherwise("francois", "mitterand")


def _mention(sd, i, j):
    from types import SimpleNamespace as NS

    return NS(i=i, j=j, text=sd[i:j].text)


def test_a_person_mention_is_read_with_the_three_words_before_it_and_by_first_and_last_name():
    from newsgraph.actors import phoenix

    p = phoenix.PhoenixActors()
    sd = _words("Prime Minister James Callaghan and Carlos Menem met")
    code, entry = phoenix._mention_code(p, sd, "PERSON", _mention(sd, 3, 4), "1977-03-01", sd.text)
    assert entry is p.phrases["james callaghan"] and code == "GBRGOV"  # "Callaghan" with the words before it
    assert phoenix._mention_code(p, sd, "ORG", _mention(sd, 3, 4), "1977-03-01", sd.text)[0] is None  # an ORG's: its own
    code, entry = phoenix._mention_code(p, sd, "PERSON", _mention(sd, 5, 7), "1995-06-01", sd.text)
    assert entry is p.short[("carlos", "menem")] and code == "ARGGOV"  # first and last name, coded at the date
    assert phoenix._mention_code(p, sd, "ORG", _mention(sd, 5, 7), "1995-06-01", sd.text) == (None, None)


def test_a_mention_s_compound_head_is_read_with_it_only_when_the_name_modifies_it():
    from newsgraph.actors import phoenix

    p = phoenix.PhoenixActors()
    sd = _words("Bush administration")
    sd[0].dep_ = "compound"  # the blank parse's head is the word itself: "Bush" modifies nothing here
    alone = phoenix._mention_code(p, sd, "ORG", _mention(sd, 0, 1), "2003-01-01", sd.text)
    sd[0].head = sd[1]
    sd[0].dep_ = "compound"
    assert phoenix._mention_code(p, sd, "ORG", _mention(sd, 0, 1), "2003-01-01", sd.text)[1] is p.phrases["bush administration"]
    assert alone[1] is not p.phrases["bush administration"]


def test_an_organisation_s_dotted_acronym_is_read_without_its_dots():
    from newsgraph.actors import phoenix

    p = phoenix.PhoenixActors()
    sd = _words("the O.S.C.E. said")
    code, entry = phoenix._mention_code(p, sd, "ORG", _mention(sd, 0, 2), "2010-01-01", sd.text)
    assert entry is None and code == p.acronym_code("OSCE", "2010-01-01") and code


def test_an_acronym_is_coded_at_the_act_s_date():
    from newsgraph.actors import phoenix

    # a body the dictionary codes only from 1999: an act before that gives no code
    p = phoenix.PhoenixActors()
    sd = _words("the MSC said")
    assert phoenix._mention_code(p, sd, "ORG", _mention(sd, 1, 2), "1995-01-01", sd.text) == (None, None)
    assert phoenix._mention_code(p, sd, "ORG", _mention(sd, 1, 2), "2005-01-01", sd.text)[0] == p.acronym_code("MSC", None)
