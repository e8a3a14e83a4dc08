"""Session 46 (s46-args): a repeated preposition is a phrase per party (events.coder.first_of_each_phrase).
Hand-built parses and own sentences (the sentences are in tests/test_s46_mut.py)."""

from newsgraph.events.coder import first_of_each_phrase


class _Tok:
    """A hand-built parse token: its position, label, word and children (the head is set from them)."""

    def __init__(self, i, text, dep, kids=()):
        self.i, self.lower_, self.dep_, self.children, self.head = i, text, dep, list(kids), None
        for k in self.children:
            k.head = self

    @property
    def ancestors(self):
        t = self.head
        while t is not None:
            yield t
            t = t.head


def test_each_repetition_of_the_preposition_gives_its_first_object():
    # "about Libyan raids and about Sudanese incursions": the second "about" is a conj of the first
    raids, incursions = _Tok(3, "raids", "pobj"), _Tok(7, "incursions", "pobj")
    about = _Tok(1, "about", "prep", [raids, _Tok(5, "about", "conj", [incursions])])
    assert first_of_each_phrase([raids, incursions], about) == [raids, incursions]


def test_one_phrase_gives_its_first_object_only():
    # "about Libya and Sudan": one phrase (the coordinated party is added when the token is resolved)
    sudan = _Tok(4, "sudan", "conj")
    libya = _Tok(2, "libya", "pobj", [sudan])
    about = _Tok(1, "about", "prep", [libya])
    assert first_of_each_phrase([libya, sudan], about) == [libya]


def test_a_coordinated_preposition_of_another_word_is_not_a_repetition():
    # "about the raids and after the war": "after" is no phrase of "about", so its object is not a second party
    raids, war = _Tok(3, "raids", "pobj"), _Tok(7, "war", "pobj")
    about = _Tok(1, "about", "prep", [raids, _Tok(5, "after", "conj", [war])])
    assert first_of_each_phrase([raids, war], about) == [raids]
    # nor is the same word under another label (a phrase inside the first one's, not coordinated with it)
    inner = _Tok(5, "about", "prep", [war])
    about = _Tok(1, "about", "prep", [raids, inner])
    assert first_of_each_phrase([raids, war], about) == [raids]


def test_a_later_object_of_a_repeated_phrase_is_dropped_and_order_kept():
    # "about the raids and about the blockade and the shelling": one party per phrase, first first
    shelling = _Tok(10, "shelling", "conj")
    blockade = _Tok(7, "blockade", "pobj", [shelling])
    raids = _Tok(3, "raids", "pobj")
    about = _Tok(1, "about", "prep", [raids, _Tok(5, "about", "conj", [blockade])])
    assert first_of_each_phrase([raids, blockade, shelling], about) == [raids, blockade]
    # the first object found for a phrase wins, whichever phrase comes first in the list
    assert first_of_each_phrase([blockade, raids, shelling], about) == [blockade, raids]
