"""What the words around a mention say about it: titles, appositions and modifiers.

"US Secretary of State Marco Rubio", "former Prime Minister Nouri al-Maliki", "his spokesperson
Tommy Pigott", "the current Prime Minister, Mohamed Chia al-Soudani", "Mr. Maliki, a central
figure", "the country's main Shiite alliance, the Coordination Framework": a role phrase (from the
role table) with the modifiers to its left (former/current, a country name or demonym, a
possessor such as "Iraq's", "the country's", "his", an organisation name) and "of COUNTRY" to its
right. All scans are bounded (a few tokens) and use token attributes only.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..words import OTHERS_OF, misparsed_conjunct
from .tables import IDENTITY_CODES, Role, Tables

FORMER = frozenset({"former", "ex", "then", "outgoing", "ousted", "deposed", "late", "previous", "erstwhile", "exiled"})
NOT_YET = frozenset({"future", "next", "possible", "potential", "incoming", "would-be", "proposed", "hypothetical"})
SKIPPABLE = frozenset({"current", "incumbent", "acting", "interim", "new", "newly", "caretaker", "top", "senior", "chief",
                       "main", "powerful", "influential", "veteran", "longtime", "long-time", "deputy", "powerful",
                       "-", "elected", "appointed", "sitting", "embattled", "hardline", "moderate", "reformist",
                       "conservative", "leading", "prominent", "largest", "biggest", "ruling", "key", "major",
                       "fellow", "regional", "national", "federal", "state", "unnamed", "anonymous", "two", "three",
                       "several", "some", "many", "other", "both", "all", "armed", "military", "foreign", "local"})
ORG_WORDS = frozenset({"group", "movement", "party", "organisation", "organization", "militia", "alliance",
                       "coalition", "agency", "company", "bloc", "faction", "network", "union", "organisation's"})
DETS = frozenset({"the", "a", "an", "this", "that", "these", "those"})
POSS_PRON = frozenset({"his", "her", "their", "its"})


@dataclass
class Modifiers:
    start: int  # first token of the noun phrase (determiner included)
    country: str | None = None
    former: bool = False
    not_yet: bool = False
    definite: bool = False
    indefinite: bool = False
    pronoun: int | None = None  # token index of a possessive pronoun ("his spokesperson")
    org: int | None = None  # token index inside an organisation name the role belongs to
    person: int | None = None  # token index inside a person name that possesses it ("Sudani's government")
    identity: str | None = None  # CAMEO identity code of a religion/ethnicity modifier (Shiite -> SHI)
    country_word: int | None = None  # "the country's": resolve to the country in focus there
    foreign: int | None = None  # token index of "foreign" ("foreign troops": from abroad, nominals.from_abroad)
    org_word: int | None = None  # "the group's": resolve to the organisation last named there


def _before_role(doc, ent, i: int):
    """PETRARCH mode: a name the NER ran into the words of the user's agent phrase at token i ("Rohan golden
    geese" for GOLDEN_GOOSE {GOLDEN_GEESE}) is the name before it, read as an organisation's (a country of the
    user's actor dictionary has no place in our tables), whose the agent is; else the name as it is."""
    if ent.end <= i:  # (called for a token inside a name: never None)
        return ent
    from spacy.tokens import Span

    return Span(doc, ent.start, i, label="ORG")


def ent_at(doc, i: int):
    """The NER entity span covering token i, or None."""
    tok = doc[i]
    if not tok.ent_type_:
        return None
    s = i
    while s > 0 and doc[s].ent_iob_ == "I":
        s -= 1
    e = i + 1
    while e < len(doc) and doc[e].ent_iob_ == "I":
        e += 1
    from spacy.tokens import Span

    return Span(doc, s, e, label=tok.ent_type_)  # a plain slice would lose the entity label


def country_of_tokens(t: Tables, span) -> str | None:
    return t.country_of(span.text)


def left_modifiers(doc, i: int, t: Tables, limit: int = 7, floor: int = 0, user_agents: bool = False) -> Modifiers:
    """Read the modifiers left of token i (the first token of a role phrase), stopping at anything else.
    With `user_agents` (PETRARCH mode) a name the NER ran into the role phrase ends where the phrase starts."""
    mods = Modifiers(start=i)
    k = i - 1
    seen = 0
    while k >= floor and seen < limit:
        tok = doc[k]
        low = tok.lower_
        if low == ")" and k - 2 >= floor and doc[k - 2].text == "(" and (doc[k - 1].text.isupper() or doc[k - 1].is_title) \
                and k - 3 >= floor:
            # "Montenegro Municipality Association (AKK) officials": the bracketed short name; "the
            # Azadliq (Freedom) opposition coalition": a translated name's gloss
            k -= 3
            continue
        if tok.is_space or tok.is_punct and low not in ("-", "'s", "’s"):
            break
        if low in ("'s", "’s", "'", "’"):
            # possessor: "Iraq's", "the country's", "Hezbollah's"
            k = _possessor(doc, k - 1, t, mods) if k - 1 >= floor else None
            if k is None:
                break
            seen += 1
            mods.start = k + 1
            continue
        if low in POSS_PRON:
            mods.pronoun = k
            mods.definite = True
            mods.start = k
            break
        if low in DETS and tok.dep_ in ("det", "predet"):
            mods.definite = low in ("the", "this", "that", "these", "those")
            mods.indefinite = low in ("a", "an")
            mods.start = k
            break
        k = _modifier(doc, k, i, t, mods, user_agents)
        if k is None:
            break
        seen += 1
        mods.start = k
        k -= 1
    mods.start = _past_cut_compound(doc, mods.start, i)
    return mods


def _past_cut_compound(doc, start: int, i: int) -> int:
    """The phrase's first token once a hyphen it would open is dropped. The walk left takes "-" as part of a
    compound ("anti-war"), so where the word before the hyphen is no modifier ("Leeds-based", "well-known") the
    phrase would open at "-": the half compound goes with it (the rejected word is its own mention or none),
    and a free-standing dash ("- Russian courts") is punctuation, not part of the name."""
    while start < i and doc[start].text == "-":
        start += 1
        if doc[start - 1].whitespace_:
            continue  # a spaced dash: only the dash goes
        while start < i and doc[start].text != "-" and not doc[start - 1].whitespace_:
            start += 1  # the right half of "Leeds-based" (all tokens glued to the hyphen)
    return start


def _possessor(doc, k: int, t: Tables, mods: Modifiers) -> int | None:
    """The possessor ending at token k (before "'s"): note what it says; the token left of it, or None to stop."""
    ent = ent_at(doc, k)
    if ent is not None:
        # the NER's name may hold the "'s" itself ("South Korea's"): the possessor ends at k
        iso = t.country_of(doc[ent.start:k + 1].text)
        if iso is None and ent.label_ in ("GPE", "LOC"):
            # "Beijing's envoy", "California's governor", "Gaza's health ministry": a place's officer
            # or body is its country's, as "the governor of California" is (of_complement)
            iso = t.place_country(doc[ent.start:k + 1].text)
        if iso:
            mods.country = mods.country or iso
        else:
            mods.person = ent.start  # a possessor: whose it is is decided once names are clustered
            mods.definite = True
            if ent.label_ in ("ORG", "NORP"):
                mods.org = ent.start if mods.org is None else mods.org
        return ent.start - 1
    for j in range(max(k - 3, 0), k + 1):  # a name the NER missed: "Gondor's" with GONDOR [GON] in --actors
        if all(doc[m].pos_ == "PROPN" for m in range(j, k + 1)):
            iso = t.country_of(doc[j:k + 1].text)
            if iso:
                mods.country = mods.country or iso
                return j - 1
    if doc[k].pos_ == "PROPN" and doc[k].dep_ == "poss":  # "Gollum's forces": a name the NER missed
        j = k
        while j > 0 and doc[j - 1].pos_ == "PROPN" and doc[j - 1].dep_ == "compound":
            j -= 1
        mods.person = j  # whose: decided once names are clustered (and coded)
        mods.definite = True
        return j - 1
    if doc[k].lower_ in ("country", "nation", "kingdom", "republic", "state", "territory", "enclave",
                         "strip", "island", "region"):
        mods.country_word = k
        return k - 1
    if doc[k].lower_ in ORG_WORDS:
        mods.org_word = k
        return k - 1
    return None


# participles that, hyphenated after a country's adjective, name a backer, not the group's own country
BACKED = frozenset({"backed", "supported", "sponsored", "funded", "financed", "armed", "trained", "allied", "aligned"})


def partisan(doc, start: int, end: int) -> bool:
    """The country word at tokens [start, end) says whom a group sides with, not whose it is: "pro-Russian
    separatists" (partisans of Russia), "Iranian-backed militias" (backed by Iran, so not Iran's own: a
    backer is another party than the one it backs). "Saudi-led" stays the leader's (the coalition is
    Saudi Arabia's as much as anyone's)."""
    first = doc[start]
    if first.lower_.startswith("pro-") or first.lower_ == "pro" and start + 1 < end and doc[start + 1].text == "-":
        return True
    if start > 1 and doc[start - 1].text == "-" and doc[start - 2].lower_ == "pro":
        return True
    return end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ in BACKED


def _ethnic(doc, k: int) -> bool:
    """The demonym at token k follows "ethnic": it names an ethnicity, not a country's people."""
    return k > 0 and doc[k - 1].lower_ == "ethnic"


def glued_name(ent) -> bool:
    """The NER ran one name over a clause, a list or a passive's agent ("Arnor denounced Mordor",
    "Arnor and Gondor", "the attack on Gondor by Mordor troops")."""
    return any(tok.pos_ in ("VERB", "CCONJ") or tok.lower_ == "by" for tok in ent)


def _modifier(doc, k: int, i: int, t: Tables, mods: Modifiers, user_agents: bool = False) -> int | None:
    """A modifier at token k of the role at token i (former, a country, an identity, an adjective...):
    note what it says; the first token it covers (a name may span several), or None to stop."""
    tok = doc[k]
    low = tok.lower_
    wide = country_words(doc, k, t)
    if wide is not None:
        if not _ethnic(doc, wide[0]):
            mods.country = mods.country or wide[1]
        return wide[0]
    if low in FORMER:
        mods.former = True
    elif low in NOT_YET:
        mods.not_yet = True
    elif low == "shadow":
        pass  # "the shadow foreign secretary" (the parser may hang it on the noun as nmod): roles.composed_role
    elif low in IDENTITY_CODES:
        mods.identity = mods.identity or IDENTITY_CODES[low]
    elif tok.ent_type_ in ("GPE", "NORP", "ORG", "PERSON", "LOC", "FAC"):
        ent = _before_role(doc, ent_at(doc, k), i) if user_agents else ent_at(doc, k)
        if ent is not None and glued_name(ent):
            ent = None  # "the attack on Gondor by Mordor troops" read as one name: the word itself
        iso = t.country_of(ent.text) if ent is not None else t.country_of(tok.text)
        if iso is None and ent is not None and ent.label_ in ("ORG", "NORP") and tok.pos_ == "ADJ" and k == ent.end - 1:
            iso = t.country_of(tok.text)  # "Radical French farmers": the NER glued an adjective to the demonym
        if iso is None and ent is not None and k == ent.end - 1 and country_list(doc, ent.start, ent.end, t):
            # "Veldorian Braskistani troops": the NER read two peoples' adjectives as one name (of any label, the
            # tagger calling unknown ones proper nouns); the group is the people of the word next to its noun
            iso = t.country_of(tok.text)
        if iso and partisan(doc, ent.start if ent is not None else k, ent.end if ent is not None else k + 1):
            pass  # "pro-Russian separatists", "Iranian-backed militias": whom they side with, not whose they are
        elif iso and _ethnic(doc, ent.start if ent is not None else k):
            pass  # "ethnic Albanian activists": an ethnicity, not Albania's (clusters.py)
        elif iso:
            mods.country = mods.country or iso
        elif ent is not None and ent.text.lower() in IDENTITY_CODES:
            mods.identity = mods.identity or IDENTITY_CODES[ent.text.lower()]
        elif ent is not None and ent.label_ in ("ORG", "NORP"):
            mods.org = ent.start
        elif ent is not None and ent.label_ == "GPE" and ent.text in t.capitals:
            mods.country = mods.country or t.capitals[ent.text]
        else:
            return None
        return ent.start if ent is not None else k
    elif t.country_of(tok.text):
        if not _ethnic(doc, k):
            mods.country = mods.country or t.country_of(tok.text)
    elif low in SKIPPABLE or (tok.pos_ == "ADJ" and tok.tag_ == "JJ" and (not tok.is_title or opens_compound(doc, k))):
        # ("Anti-smoking groups", "Left-wing parties" opening a sentence: the capital is the sentence's there)
        if low == "foreign":
            mods.foreign = k
    elif tok.tag_ == "VBN" and tok.dep_ == "amod" and not tok.is_title:
        pass  # "the group's jailed leader"
    elif tok.dep_ == "compound" and tok.pos_ == "NOUN" and tok.head.i >= i:
        pass  # "health" in "the territory's health ministry"
    elif tok.is_title and tok.pos_ == "PROPN" and tok.ent_type_ == "":
        pass  # capitalised parts of a title ("Deputy", "Acting")
    else:
        return None
    return k


def opens_compound(doc, k: int) -> bool:
    """Token k opens its sentence and is glued to a hyphen ("Anti-smoking"): the left half of a hyphenated
    modifier, whose capital is the sentence's, not a name's (a name the NER found was read before this), so it is
    read as it would be in lower case ("Well-known", an adverb, is cut as "well-known" is)."""
    return doc[k].is_sent_start and not doc[k].whitespace_ and k + 1 < len(doc) and doc[k + 1].text == "-" \
        and not doc[k + 1].whitespace_ and doc[k].ent_type_ == ""


COUNTRY_WORD_POS = ("PROPN", "ADJ")  # the first word of a country's name or adjective


def country_list(doc, start: int, end: int, t: Tables) -> bool:
    """Tokens [start, end) are two or more names or adjectives of countries in a row, each one known to the
    tables (or the user's dictionaries) whatever its tag or NER label: "Veldorian Braskistani",
    "Braskistani New Tamberan"."""
    k, words = end - 1, 0
    while k >= start:
        wide = country_words(doc, k, t)
        if wide is not None and wide[0] >= start:
            k = wide[0] - 1
        elif doc[k].is_title and t.country_of(doc[k].text):
            k -= 1
        else:
            return False
        words += 1
    return words >= 2


def country_words(doc, k: int, t: Tables) -> tuple[int, str] | None:
    """(first token, country) of a country's name or adjective of two or three capitalised words
    ending at token k ("Equatorial Guinean", "Guinea Bissauan", "Sierra Leonean"), which the NER
    often cuts or splits, so that its last word alone would name another country ("Guinean").

    Asked at every modifier and mention: the tests every reading shares (the last two words
    capitalised, the last not opening a sentence) come first, each token is made once, and the
    words' text is joined from the tokens (a token's trailing whitespace is one space or none, so
    this is the span's text) rather than through a Span made for each lookup."""
    if k < 1:
        return None
    last, prev = doc[k], doc[k - 1]
    if not (last.is_title and prev.is_title) or last.is_sent_start:
        return None
    if k >= 2 and not prev.is_sent_start:  # three words
        first = doc[k - 2]
        if first.is_title and first.pos_ in COUNTRY_WORD_POS:
            iso = t.country_of(first.text_with_ws + prev.text_with_ws + last.text)
            if iso:
                return k - 2, iso
    if prev.pos_ in COUNTRY_WORD_POS:  # two words (not "The" opening a sentence)
        iso = t.country_of(prev.text_with_ws + last.text)
        if iso:
            return k - 1, iso
    return None


def of_complement(doc, j: int, t: Tables, limit: int, preps=("of",)) -> tuple[str | None, int | None, int]:
    """ "of Iraq" / "of the Coordination Framework" right after a role ending at token j (or another
    of `preps`: "a spokesman for the ministry")."""
    if j < limit and doc[j].lower_ in preps and j + 1 < limit:
        k = j + 1
        if doc[k].lower_ == "the" and k + 1 < limit:
            k += 1
        ent = ent_at(doc, k)
        if ent is not None and glued_name(ent):
            ent = None  # the NER glued a clause or a list into one name ("Arnor denounced Mordor")
        if ent is not None and ent.root.dep_ == "poss" and ent.root.head.lemma_.lower() in OTHERS_OF:
            return None, None, j  # "the deputy chief of Israel's militia ally": the ally's, not Israel's
        if ent is not None:
            iso = t.country_of(ent.text)
            if iso is None and ent.label_ in ("GPE", "LOC"):
                # "the governor of Texas", "the mayor of Lyon": an office of a place inside a state
                # is that state's (Tables.place_country), not the article's focus country's
                iso = t.place_country(ent.text)
            if iso:
                return iso, None, ent.end
            if ent.label_ in ("ORG", "NORP"):
                return None, ent.start, ent.end
        elif t.country_of(doc[k].text):  # a country the NER did not tag ("the foreign minister of Arnor")
            return t.country_of(doc[k].text), None, k + 1
    return None, None, j


def postposed_adjective(doc, i: int, j: int) -> bool:
    """The phrase [i, j) ends on an adjective after its noun, the parse linking the two either way
    ("attorneys general": a user's agent ATTORNEY_GENERAL {ATTORNEYS_GENERAL}, the tagger reading the
    word after a plural noun as an adjective)."""
    if j - i < 2:
        return False
    last, noun = doc[j - 1], doc[j - 2]
    return last.tag_ == "JJ" and noun.tag_ in ("NN", "NNS") and (
        last.dep_ == "amod" and last.head.i == noun.i or noun.dep_ == "compound" and noun.head.i == last.i)


def role_is_head(doc, i: int, j: int) -> bool:
    """The role phrase [i, j) heads its noun phrase (not 'government' in 'government officials')."""
    last = doc[j - 1]
    if postposed_adjective(doc, i, j):
        return last.dep_ != "amod" or role_is_head(doc, i, j - 1)  # (the noun heads when the adjective hangs on it)
    if not last.tag_.startswith("NN"):
        return False
    if last.dep_ in ("compound", "amod", "nmod") and last.head.i >= j and last.head.tag_.startswith("NN"):
        # "The Philippine government and communist rebels": the parser may coordinate the first
        # phrase under the second's head; its own determiner and "and" show it heads a phrase
        return misparsed_conjunct(last)
    return True


def apply_role(role: Role, out: dict) -> None:
    out.setdefault("role", role.role)
    out.setdefault("cls", role.cls)
    if role.sector != "-":
        out.setdefault("sector", role.sector)
