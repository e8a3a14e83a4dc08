"""Session 19 (s19-mut): events/syntax.py's `subjects` and `split_subject`, mutated for the first time
(docs/testing.md, "Session 19, s19-mut"): one sentence of our own per way a verb finds its subject,
asked of `subjects` directly, so each branch is pinned by what it returns and not only by the event
coder's use of it."""

import pytest

from newsgraph.events.syntax import split_subject, subjects


@pytest.fixture(scope="module")
def subjects_of(pipeline):
    def run(text, word):
        doc = pipeline.nlp(text)
        v = next(t for t in doc if t.text == word)
        return [t.text for t in subjects(v)]
    return run


@pytest.mark.parametrize("text,word,want", [
    # a relative clause's "who" is its antecedent
    ("Police arrested the men who attacked the bus.", "attacked", ["men"]),
    # a participle parsed as the subject, the real subject hanging on it
    ("The aid group operating in Sudan said it would leave.", "said", ["group"]),
    # a conjoined verb with no subject of its own has its head's
    ("Rebels attacked the town and killed ten people.", "killed", ["Rebels"]),
    # ... unless the parser took the second clause's subject for one more object (split_subject)
    ("Kenya condemned Uganda and Tanzania said it would close the border.", "said", ["Tanzania"]),
    # "was found shot": the one found
    ("The journalist was found shot in his car.", "shot", ["journalist"]),
    # object control: the object does what the infinitive says; with none, the subject does
    ("Kenya urged Uganda to withdraw its troops.", "withdraw", ["Uganda"]),
    ("Kenya called on Uganda to withdraw.", "withdraw", ["Uganda"]),
    ("Kenya wants to withdraw.", "withdraw", ["Kenya"]),
    # five infinitives down, the subject is still found (the depth limit is a guard, not a cut-off)
    ("Kenya wants to try to begin to plan to start to withdraw.", "withdraw", ["Kenya"]),
    # a participle on a statement noun is its issuer's act
    ("The ministry issued a statement condemning the attack.", "condemning", ["ministry"]),
    # a gerund after a preposition: the object under object control, else the subject
    ("Kenya accused the army of bombing the village.", "bombing", ["army"]),
    ("The militia resorted to throwing stones.", "throwing", ["militia"]),
    # ... and where the parser hung the "of" phrase on the object itself
    ("Activists accused the regime of torturing detainees.", "torturing", ["regime"]),
    # "guilty of attacking": the subject of the copula the adjective hangs on
    ("The rebels are guilty of attacking the convoy.", "attacking", ["rebels"]),
    # a purpose clause is its verb's subject's
    ("The army opened the bridge to allow deliveries.", "allow", ["army"]),
    # the ones appealed to would disarm, not the appeal
    ("The UN made an appeal to the rebels to disarm.", "disarm", []),
    # a participle on a noun: the noun acts
    ("Police arrested a man carrying explosives.", "carrying", ["man"]),
    # ... a pronoun too
    ("Police detained everyone carrying weapons.", "carrying", ["everyone"]),
    # an adjective after "be": the copula's subject
    ("The rebels were hostile to the talks.", "hostile", ["rebels"]),
    # "ready to contribute": the subject of the verb the adjective hangs on
    ("France is ready to contribute troops.", "contribute", ["France"]),
    # a participle clause is its verb's subject's act
    ("Police stormed the camp, firing tear gas.", "firing", ["Police"]),
    ("Police accused the gang of robbing a bank, wounding two guards.", "wounding", ["gang"]),
    ("The two sides held talks, hoping to end the war.", "hoping", ["sides"]),
    # "X, officials said, attacked": the parser's parenthetical reading; the speaker says, X acts
    ("The rebels, a police spokesman said, attacked the convoy.", "said", ["spokesman"]),
    ("The rebels, a police spokesman said, attacked the convoy.", "attacked", ["rebels"]),
    # ... and where the parser made the clause's subject the subject of "said", the speaker its apposition
    ("Arnor, an Ithilen minister said, shelled Rohan.", "said", ["minister"]),
    ("Arnor, an Ithilen minister said, shelled Rohan.", "shelled", ["Arnor"]),
    # a relative clause with a subject of its own: that subject, not the antecedent
    ("Police found the bus that the rebels attacked.", "attacked", ["rebels"]),
    # a verb conjoined to a copula (AUX) has the copula's subject
    ("The rebels were angry and attacked the town.", "attacked", ["rebels"]),
    # an infinitive under "is" (AUX): "Kenya is to withdraw"
    ("Kenya is to withdraw its troops by May.", "withdraw", ["Kenya"]),
    # each step up to a verb with no subject of its own goes on to the verb it is conjoined to
    ("Rebels tried to attack the town and kill its mayor.", "kill", ["Rebels"]),
    ("The ministry met and issued a statement condemning the attack.", "condemning", ["ministry"]),
    ("The army arrived and opened the bridge to allow deliveries.", "allow", ["army"]),
    ("The rebels attacked the town and were hostile to the talks.", "hostile", ["rebels"]),
    ("France met its allies and was ready to contribute troops.", "contribute", ["France"]),
    ("The rebels fled and are guilty of attacking the convoy.", "attacking", ["rebels"]),
    ("The militia gathered and resorted to throwing stones.", "throwing", ["militia"]),
])
def test_subjects_of_each_kind_of_clause(subjects_of, text, word, want):
    assert subjects_of(text, word) == want


@pytest.mark.parametrize("text,word,want", [
    # the second clause's subject read as one more object of the first verb: any tense of the second verb
    ("Kenya condemned the rebels and the militias say they will fight on.", "say", ["militias"]),
    # ... after "but" as after "and"
    ("Kenya condemned Uganda but Tanzania said it would stay neutral.", "said", ["Tanzania"]),
    # ... with an adverb between the subject and its verb
    ("Kenya condemned Uganda and Tanzania later said it would close the border.", "said", ["Tanzania"]),
    # ... the list hanging on the first verb's attribute ("an ally of Uganda and Tanzania")
    ("Kenya is an ally of Uganda and Tanzania said it would close the border.", "said", ["Tanzania"]),
    # a fronted passive participle is the main clause's subject's
    ("Attacked by rebels, the army retreated.", "Attacked", ["army"]),
])
def test_split_subjects_and_fronted_participles(subjects_of, text, word, want):
    assert subjects_of(text, word) == want


def test_split_subject_is_none_for_a_verb_with_its_own_subject(pipeline):
    doc = pipeline.nlp("Kenya condemned Uganda and Tanzania said it would close the border.")
    said = next(t for t in doc if t.text == "said")
    assert split_subject(said).text == "Tanzania"
    condemned = next(t for t in doc if t.text == "condemned")
    assert split_subject(condemned) is None
