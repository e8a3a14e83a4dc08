"""An attack made in words (session 35, s35-verbal; issue 11).

CAMEO codes criticism as 111 (Criticize or denounce, PLOVER ACCUSE) and keeps 19x for physical force:
"The Tories attacked the government's plans", "attacked Mr Blair as out of touch", "attacked the decision
over ...", "a fierce attack on the minister's record" are words, where "attacked a police station",
"were attacked by gunmen", "attacks on civilians" are assaults. The parse tells them apart by what the
clause names; a sentence with arms, armed men or harm in it is never read as words.
"""
from __future__ import annotations

from .syntax import is_passive, subjects

ATTACK_LEMMAS = frozenset({"attack"})
# what a physical attack has around it: arms, armed men, harm (any of these in the sentence: no words)
ARMED = frozenset({
    "gun", "gunman", "gunfire", "rifle", "pistol", "knife", "machete", "axe", "sword", "stone",
    "brick", "bomb", "bomber", "bombing", "grenade", "missile", "rocket", "mortar",
    "explosive", "weapon", "arm", "tank", "aircraft", "jet", "helicopter", "drone", "warplane", "artillery",
    "militant", "insurgent", "rebel", "fighter", "guerrilla", "militia", "soldier", "troop", "army", "terrorist",
    "mob", "gang", "attacker", "assailant", "thug", "kill", "wound", "injure", "hurt", "dead", "death", "die",
    "injury", "stab", "shoot", "beat", "punch", "kick", "police", "victim", "bleed", "blood",
    "raid", "ambush", "petrol", "acid", "dog", "shark", "animal", "virus", "hacker",
})
# what a word can attack but a blow cannot: a measure, a text, a record, a way of acting (CAMEO 111's
# "criticize or denounce" the actions or policies of another)
ABSTRACT = frozenset({
    "plan", "policy", "proposal", "decision", "remark", "comment", "record", "idea", "speech", "statement",
    "law", "bill", "budget", "strategy", "approach", "stance", "handling", "move", "reform", "report", "claim",
    "criticism", "leadership", "performance", "scheme", "rule", "ruling", "deal", "treaty", "expansion",
    "legislation", "measure", "package", "programme", "program", "manifesto", "agenda", "verdict",
    "judgment", "judgement", "view", "argument", "response", "failure", "attitude", "culture",
    "system", "tax", "charge", "fee", "price", "cut", "increase", "rise", "pledge", "promise",
    "campaign", "tactic", "conduct", "behaviour", "behavior", "lie", "spin", "complacency",
    "ban", "suggestion", "initiative", "figure", "document", "paper", "book", "film",
    "show", "advert", "advertisement", "poster", "article", "column", "editorial", "letter", "way", "patent",
    "copyright", "magazine", "newspaper", "tabloid", "press", "media", "coverage", "cost", "standard", "word",
    "tape", "debt", "taxes",
})
# a nominalised act or doctrine is abstract whatever its stem ("attacked previous privatisations", "attacked
# liberalism"); -tion or -ment would take in "a police station", "a settlement", "military positions"
ABSTRACT_ENDINGS = ("isation", "ization", "ism")
# doers whose only weapon is words: "attacked by critics", "websites which attack the trilogy"
DOERS_OF_WORDS = frozenset({"critic", "commentator", "columnist", "reviewer", "pundit", "campaigner", "newspaper",
                            "tabloid", "editorial", "website", "blog", "blogger"})
# words that only a verbal attack takes: "a personal attack", "a scathing attack", "publicly attacked"
VERBAL_MODS = frozenset({"personal", "verbal", "scathing", "blistering", "stinging", "withering", "rhetorical",
                         "outspoken", "veiled", "thinly-veiled", "excoriating", "verbally", "publicly", "sharply",
                         "harshly", "bitterly", "strongly", "openly", "politically"})
# where words are said or written: "in a speech", "during an interview", "in a letter to the paper"
SPEECH_NOUNS = frozenset({
    "speech", "interview", "sermon", "letter", "article", "column", "statement", "debate", "conference",
    "address", "broadcast", "editorial", "essay", "book", "lecture", "briefing", "message", "memo", "commons",
    "parliament", "chamber", "radio", "television", "programme", "newspaper", "paper", "blog", "website",
    "question", "rally", "hustings", "manifesto", "report", "leaflet", "advert",
})
SPEAKING = frozenset({"say", "speak", "write", "tell", "address", "claim", "insist", "argue", "accuse"})
# doers and targets that are politics: a politician, a party, a critic, a campaigner (by word or by
# the actors stage's sector); a state or its forces is not among them
POLITICAL_WORDS = frozenset({
    "mp", "minister", "chancellor", "secretary", "leader", "party", "tory", "tories", "conservative", "labour",
    "democrat", "liberal", "nationalist", "opposition", "senator", "congressman", "congresswoman", "mayor",
    "spokesman", "spokeswoman", "campaigner", "critic", "union", "executive", "commission", "councillor",
    "candidate", "rival", "peer", "lord", "chairman", "chairwoman", "bishop", "archbishop", "cardinal",
    "backbencher", "frontbencher", "shadow", "premier", "politician", "lawmaker", "legislator", "deputy",
    "member", "colleague", "opponent", "ukip", "republican", "green", "mep", "msp",
})
POLITICAL_SECTORS = frozenset({"PTY", "OPP", "LEG"})
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "lord", "lady", "baroness"})


def in_words(tok, parts) -> bool:
    """An "attack" (verb or noun) that the parse shows to be made in words, with nothing armed in its sentence."""
    if tok.lemma_.lower() not in ATTACK_LEMMAS or _armed(tok.sent):
        return False
    targets = _targets(tok)
    if any(_abstract(t) for t in targets):
        return True  # "attacked the plans", "an attack on the decision"
    doers = _doers(tok)
    if any(_lemma(t) in DOERS_OF_WORDS for t in doers):
        return True  # "attacked by critics in the US"
    if any(c.lower_ in VERBAL_MODS for c in tok.children if c.dep_ in ("amod", "advmod")):
        return True  # "a scathing attack on", "publicly attacked"
    return _characterised(tok) or _reasons(tok) or _spoken(tok) or (
        any(_political(t, parts) for t in targets) and (
            any(_political(t, parts) or _pronoun(t) for t in doers) or _gerund_without_doer(tok, doers)))


def _gerund_without_doer(tok, doers) -> bool:
    """ "(straightforward) in attacking the party he once led": an active verb whose doer is unnamed; not a
    passive ("the MP was attacked in a park"), and not a noun ("attacks on the minister" may be blows)."""
    return tok.pos_ == "VERB" and not doers and not is_passive(tok)


def _lemma(t) -> str:
    """A noun's singular lemma (a name keeps its plural as lemma: "Nationalists"; "taxes" may be "taxis")."""
    w = t.lemma_.lower()
    return w[:-1] if t.pos_ == "PROPN" and len(w) > 2 and w.endswith("s") else w


def _abstract(t) -> bool:
    w = _lemma(t)
    return w in ABSTRACT or t.lower_ in ABSTRACT or w.endswith(ABSTRACT_ENDINGS)


def _pronoun(t) -> bool:
    """ "her attacks on the prime minister", "he attacked the chancellor": a person named before, whose
    attack on a politician, with nothing armed in the sentence, is words."""
    return t.pos_ == "PRON" and t.lower_ in ("he", "she", "his", "her")


def _armed(sent) -> bool:
    return any(t.lemma_.lower() in ARMED or t.lower_ in ARMED for t in sent)


def _targets(tok) -> list:
    """Who or what is attacked: a verb's object (or a passive's subject), a noun's "on"/"upon"/"against" object."""
    if tok.pos_ in ("NOUN", "PROPN"):
        return [o for p in tok.children if p.dep_ == "prep" and p.lower_ in ("on", "upon", "against")
                for o in p.children if o.dep_ == "pobj"]
    deps = ("nsubjpass",) if is_passive(tok) else ("dobj",)
    return [c for c in tok.children if c.dep_ in deps]


def _doers(tok) -> list:
    """Who attacks: a verb's subject or agent, a noun's possessor."""
    if tok.pos_ in ("NOUN", "PROPN"):
        return [c for c in tok.children if c.dep_ == "poss"]
    if is_passive(tok):
        return [o for a in tok.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    return subjects(tok)


def _characterised(tok) -> bool:
    """ "attacked the scheme as a waste", "attacked his rival as out of touch": an "as" that says what the
    target is (a preposition with its own phrase, not the "as" of a clause, "as dawn broke")."""
    return any(c.dep_ == "prep" and c.lower_ == "as" and any(g.dep_ in ("pobj", "amod", "acomp", "advmod", "prep", "pcomp")
                                                          for g in c.children) for c in tok.children)


def _reasons(tok) -> bool:
    """ "attacked ministers for failing to", "for its advertising", "over his plans": what is blamed."""
    for c in tok.children:
        if c.dep_ != "prep" or c.lower_ not in ("for", "over"):
            continue
        for g in c.children:
            if g.dep_ == "pcomp" and g.pos_ == "VERB":
                return True  # "for failing to", "for closing the school"
            if g.dep_ == "pobj" and not g.ent_type_ and (
                    g.lemma_.lower() in ABSTRACT or any(k.dep_ == "poss" for k in g.children)
                    or (c.lower_ == "over" and g.pos_ == "NOUN" and any(k.dep_ == "compound" for k in g.children))):
                return True  # "for its advertising", "over his plans", "over job cuts"
    return False


def _spoken(tok) -> bool:
    """Said or written: "in a speech", "in an interview", "attacked Labour, saying ...", "Speaking at ..."."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("in", "during", "at") and any(
                g.dep_ == "pobj" and g.lemma_.lower() in SPEECH_NOUNS for g in c.children):
            return True
        if c.dep_ in ("advcl", "xcomp", "conj") and c.pos_ == "VERB" and c.lemma_.lower() in SPEAKING \
                and c.tag_ == "VBG":
            return True
    return False


def _political(t, parts) -> bool:
    """A politician, a party or a politician's office, by word, title or the actors stage's sector."""
    words = {t.lemma_.lower(), t.lower_} | {c.lower_ for c in t.children if c.dep_ in ("compound", "amod")}
    words |= {w[:-1] for w in words if len(w) > 2 and w.endswith("s")}  # (a name keeps its plural: "Nationalists", "MPs")
    if words & POLITICAL_WORDS:
        return True
    if t.ent_type_ == "PERSON" and any(c.lower_.rstrip(".") in HONORIFICS for c in t.children if c.dep_ == "compound"):
        return True
    return parts.is_actor(t) and any(parts.sector.get(e) in POLITICAL_SECTORS for e in parts.resolve(t))


# (issue 11) a war on a thing no one can shoot: a policy's name, "the war on terror", "a war against drugs"
FOES_OF_POLICY = frozenset({"terror", "terrorism", "drug", "crime", "poverty", "inflation", "corruption", "obesity",
                            "disease", "cancer", "hunger", "want", "waste", "fraud", "piracy", "spam", "smoking",
                            "illiteracy", "bureaucracy", "unemployment", "error", "litter", "tape", "drink",
                            "pollution", "ignorance", "dependency", "debt"})


def war_on_a_thing(tok) -> bool:
    """ "the war on terror", "his war against drugs": a campaign's name, no armed clash of two sides."""
    return tok.lemma_.lower() == "war" and any(
        p.dep_ == "prep" and p.lower_ in ("on", "against") and any(
            o.dep_ == "pobj" and o.lemma_.lower() in FOES_OF_POLICY for o in p.children) for p in tok.children)
