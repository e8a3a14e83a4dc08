"""What the actors stage builds once, when it is made: phrase matchers, tables and user dictionaries.

Role nouns (the role table, with the user's agents added or overriding) and the eight gender
pronouns are matched by one case-insensitive matcher; names the NER may miss (knowledge-base names,
seats of power, capitals) by a case-sensitive one; the user's actor phrases by a third.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from . import cameo_dict, kb as kbmod, phoenix
from .tables import Role, Tables, tables

PRONOUNS = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f"}
# capitals that are also common names or words: the NER decides for them ("Male", "Victoria")
AMBIGUOUS_CAPITALS = frozenset({"Male", "Hamilton", "Kingston", "Stanley", "Victoria", "Plymouth", "Sofia", "Lima",
                                "Road Town", "The Valley", "Alofi", "Avarua", "Yaren", "Basseterre", "Castries", "Apia",
                                "Praia", "Sucre", "Dili", "Nuuk", "Vaduz", "Georgetown", "Kingstown", "Saint John's",
                                "Victoria", "Washington"})


AMBIGUOUS_COUNTRIES = frozenset({"Georgia", "Jordan", "Chad", "Jersey", "Guinea", "Turkey", "Man", "Reunion"})


@dataclass(frozen=True)
class Resources:
    tables: Tables
    kb: kbmod.KB
    role_matcher: object  # PhraseMatcher (LOWER): one key per role phrase, and PRON
    role_by_id: dict[int, Role]  # match id -> role
    name_matcher: object  # PhraseMatcher (ORTH): KB, SEAT, CAPITAL, COUNTRY
    user_matcher: object | None  # PhraseMatcher (LOWER) over the user's actor phrases, or None
    user_phrases: dict[str, cameo_dict.ActorEntry]  # lower phrase -> entry
    user_entries: tuple  # the user's actor entries (cameo_dict.ActorEntry), each once
    noun_tags: frozenset[int]  # hashes of NN, NNS, NNP, NNPS: a role phrase ends on a noun
    ids: dict[str, int]  # hashes of the match keys PRON, KB, SEAT, CAPITAL, COUNTRY
    phoenix: object  # phoenix.PhoenixActors: the built-in Phoenix actor dictionaries
    user_agents: bool = False  # the user gave agent dictionaries: they alone add agent codes (PETRARCH)


def _agents_inside(roles: dict[str, Role], agents: dict) -> None:
    """A role phrase of ours that holds one of the user's agents ("deputy prime minister" holds
    PRIME_MINISTER) takes that agent's code, as PETRARCH finds the agent inside the noun phrase; the
    longest such agent wins. (Our other roles add no code when the user gives agents: emit._actor.)"""
    for p, r in list(roles.items()):
        if r.code is not None:
            continue
        words = f" {p} "
        inside = [a for q, a in agents.items() if f" {q} " in words]
        if inside:
            a = max(inside, key=lambda a: len(a.phrase))
            roles[p] = replace(r, code=a.code, prefix=a.prefix)


def build(vocab, make_doc, actor_dicts: tuple[str, ...] = (), agent_dicts: tuple[str, ...] = ()) -> Resources:
    """Matchers over `vocab` (phrases tokenized by `make_doc`); a bad dictionary raises DictionaryError."""
    from spacy.matcher import PhraseMatcher

    t = tables()
    kb = kbmod.load()
    actor_entries, agent_entries = cameo_dict.load(tuple(actor_dicts), tuple(agent_dicts))
    roles = dict(t.roles)
    for a in agent_entries:  # user agents add or override role nouns
        roles[a.phrase] = Role(a.phrase, a.code[:3], a.phrase, "grp" if a.phrase.endswith("s") else "off",
                               code=a.code, prefix=a.prefix, plural=a.plural)
    if agent_entries:
        _agents_inside(roles, {a.phrase: a for a in agent_entries})
    role_m = PhraseMatcher(vocab, attr="LOWER")
    by_id: dict[int, Role] = {}
    for p, r in roles.items():  # one key per phrase: a match says which role it is, no text to compare
        rkey = "R:" + p
        role_m.add(rkey, [make_doc(p)])
        by_id[vocab.strings[rkey]] = r
    role_m.add("PRON", [make_doc(p) for p in PRONOUNS])
    name_m = PhraseMatcher(vocab, attr="ORTH")
    name_m.add("KB", [make_doc(p) for p in kb.phrases()])
    name_m.add("SEAT", [make_doc(p) for p in t.seats] + [make_doc("the " + p) for p in t.seats])
    # capitals the NER may miss ("Kyiv"), except those that are also common names or words
    name_m.add("CAPITAL", [make_doc(c) for c in t.capitals if c not in AMBIGUOUS_CAPITALS])
    # country names the NER may miss ("Uzbekistan finally opened the bridge"), except those that are
    # also common names or words, or a US state
    name_m.add("COUNTRY", [make_doc(c) for c in t.country_names if c[:1].isupper() and c not in AMBIGUOUS_COUNTRIES])
    user_m = None
    user_phrases: dict[str, cameo_dict.ActorEntry] = {}
    if actor_entries:
        user_m = PhraseMatcher(vocab, attr="LOWER")
        for e in actor_entries:
            for p in e.phrases:
                user_phrases[p] = e
        for e in actor_entries:  # stems with their endings, where no entry names the form itself
            for p in e.stem_forms():
                user_phrases.setdefault(p, e)
        user_m.add("USER", [make_doc(p) for p in user_phrases])
    return Resources(
        tables=t, kb=kb, role_matcher=role_m, role_by_id=by_id, name_matcher=name_m, user_matcher=user_m,
        user_phrases=user_phrases, user_entries=tuple(actor_entries), noun_tags=frozenset(vocab.strings.add(x) for x in ("NN", "NNS", "NNP", "NNPS")),
        ids={k: vocab.strings.add(k) for k in ("PRON", "KB", "SEAT", "CAPITAL", "COUNTRY")}, phoenix=phoenix.PhoenixActors(),
        user_agents=bool(agent_entries))
