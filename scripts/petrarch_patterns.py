"""Pattern coverage of a PETRARCH verb dictionary: one plain English sentence per pattern, coded.

For every verb block of a PETRARCH verb dictionary (read with newsgraph's own loader,
events/petrarch_verbs.py) this builds, for the block's verb alone and for each of its patterns, one
sentence with actors of the PETRARCH validation actor dictionary in the slots, the code the pattern
gives and the (source, target) it names, then codes the sentences the way `newsgraph evaluate events
--petrarch` codes records (evaluate/petrarch.py: `predict`) and counts, per construct of the
dictionary language:
  correct   the pattern's code with its source and target (all of them, for a `%` compound);
  other     something coded, but not that (another code, or the right code with other actors);
  uncoded   nothing coded;
  extra     codings beyond the expected ones (a negative pattern `[---]` expects none).

How a sentence is built (general rules; the sentence is the pattern's words in order):
- the source (GON, "Gondor") opens the sentence, unless the pattern has a `$` slot; the target
  (MOR, "Mordor") stands in the `+` slot, else right after the verb when the pattern has no words
  after it, else after the pattern's last word (with a preposition unless that word is one);
- `%` is "Rohan and Arnor" (each on the other when they are the subject, else the source on each);
- a synset `&NAME` is its first member, `A/B` its first word, `^` (skip) "the capital";
- the verb: the block's first verb line; its past tense (the dictionary's own irregular past when it
  lists one, else English's), the base form after a modal, `to`, `not`/`n't` after do,
  the participle after have/be; a pattern whose words are a verb of saying directly followed by a modal
  or the verb gets "it" as the reported clause's subject ("Gondor said it would boycott Mordor").
Sentences no writer would produce are marked (UNNATURAL below: the dictionary's test words, stems
and word salad; `--natural-only` leaves them out) and reported apart; test codes that are not CAMEO
or WEIS codes (`[def]`, `[+++]`) are kept (the coder writes any code) and counted as their own construct.

    P=/work/main/.venv/bin/python; D=/work/shared/data/cameo-dict-format
    PYTHONPATH=src $P scripts/petrarch_patterns.py --verbs $D/PETR.Validate.verbs.txt \\
        --actors $D/PETR.Validate.actors.txt --agents $D/PETR.Validate.agents.txt [--show failures]
    PYTHONPATH=src $P scripts/petrarch_patterns.py --builtin --sample 400 --seed 12 \\
        --actors $D/PETR.Validate.actors.txt --agents $D/PETR.Validate.agents.txt
      (patterns of the converted CAMEO.2.0 dictionary, coded with the built-in verbs: no --verbs)
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
try:  # the newsgraph on PYTHONPATH (PYTHONPATH=/work/main/src scores main's coder on the same sentences)
    import newsgraph  # noqa: F401
except ImportError:
    sys.path.insert(0, str(ROOT / "src"))

from newsgraph.events import petrarch_verbs as pv  # noqa: E402

SOURCE = ("Gondor", "GON")
TARGET = ("Mordor", "MOR")
COMPOUND = (("Rohan", "ROH"), ("Arnor", "ARN"))
SKIP = "the capital"
DATE = "20150601"

PREPOSITIONS = frozenset("""about above across after against along amid among around as at before behind below
beneath beside between beyond by despite down during for from in inside into near of off on onto out outside over
since than through to toward towards under until up upon with within without""".split())
MODALS = frozenset("would will may might should must can could shall to wo ca".split())
DO = frozenset({"did", "do", "does"})
NEG = frozenset({"not", "n't", "never"})
ADVERBS = frozenset("now ever really also still certainly most unexpectedly recently heavily unjustly".split())
HAVE_BE = frozenset("have has had was were been be is are being".split())
SAYING = frozenset("said says noted indicated suggested added announced reported claimed".split())
# the preposition that introduces the target after a pattern's last noun (general English usage)
TARGET_PREP = {
    "support": "for", "backing": "for", "hopes": "for", "hope": "for", "wish": "for", "sympathy": "for",
    "concern": "about", "fears": "about", "skepticism": "about", "pessimism": "about",
    "anger": "at", "dismay": "at", "outrage": "at", "horror": "at",
    "regret": "over", "visit": "to", "tour": "to", "aid": "to", "assistance": "to", "loan": "to", "debt": "to",
    "credentials": "to", "tribute": "to", "message": "to", "appeal": "to", "proposal": "to", "gift": "to",
    "offer": "to", "protest": "to", "compensation": "to", "ultimatum": "to", "mission": "to", "envoy": "to",
    "ambassador": "from", "embassy": "in", "troops": "from", "delegation": "from", "missiles": "from",
    "sanctions": "against", "sanction": "against", "embargo": "against", "boycott": "against",
    "offensive": "against", "attack": "against", "attacks": "against", "raids": "against", "war": "against",
    "criticism": "of", "condemnation": "of", "accusations": "against", "accusation": "against",
    "statement": "against", "ties": "with", "relations": "with", "effort": "with", "efforts": "with", "broadside": "against", "fire": "on", "artillery": "on", "gunfire": "on",
}
IRREGULAR = {  # base -> (past, participle): English, for verbs the dictionaries list without their forms
    "be": ("was", "been"), "begin": ("began", "begun"), "break": ("broke", "broken"), "bring": ("brought", "brought"),
    "build": ("built", "built"), "buy": ("bought", "bought"), "cast": ("cast", "cast"), "catch": ("caught", "caught"),
    "choose": ("chose", "chosen"), "come": ("came", "come"), "cut": ("cut", "cut"), "deal": ("dealt", "dealt"),
    "do": ("did", "done"), "draw": ("drew", "drawn"), "drive": ("drove", "driven"), "eat": ("ate", "eaten"),
    "fall": ("fell", "fallen"), "feel": ("felt", "felt"), "fight": ("fought", "fought"), "find": ("found", "found"),
    "flee": ("fled", "fled"), "fly": ("flew", "flown"), "forbid": ("forbade", "forbidden"),
    "forgive": ("forgave", "forgiven"), "freeze": ("froze", "frozen"), "get": ("got", "got"), "give": ("gave", "given"),
    "go": ("went", "gone"), "grow": ("grew", "grown"), "hang": ("hanged", "hanged"), "have": ("had", "had"),
    "hear": ("heard", "heard"), "hide": ("hid", "hidden"), "hit": ("hit", "hit"), "hold": ("held", "held"),
    "hurt": ("hurt", "hurt"), "keep": ("kept", "kept"), "know": ("knew", "known"), "lay": ("laid", "laid"),
    "lead": ("led", "led"), "leave": ("left", "left"), "lend": ("lent", "lent"), "let": ("let", "let"),
    "lose": ("lost", "lost"), "make": ("made", "made"), "mean": ("meant", "meant"), "meet": ("met", "met"),
    "overcome": ("overcame", "overcome"), "pay": ("paid", "paid"), "put": ("put", "put"), "quit": ("quit", "quit"),
    "read": ("read", "read"), "ride": ("rode", "ridden"), "rise": ("rose", "risen"), "run": ("ran", "run"),
    "say": ("said", "said"), "see": ("saw", "seen"), "seek": ("sought", "sought"), "sell": ("sold", "sold"),
    "send": ("sent", "sent"), "set": ("set", "set"), "shake": ("shook", "shaken"), "shoot": ("shot", "shot"),
    "shut": ("shut", "shut"), "sink": ("sank", "sunk"), "sit": ("sat", "sat"), "speak": ("spoke", "spoken"),
    "spend": ("spent", "spent"), "split": ("split", "split"), "spread": ("spread", "spread"),
    "stand": ("stood", "stood"), "steal": ("stole", "stolen"), "stick": ("stuck", "stuck"),
    "strike": ("struck", "struck"), "swear": ("swore", "sworn"), "take": ("took", "taken"),
    "teach": ("taught", "taught"), "tear": ("tore", "torn"), "tell": ("told", "told"), "think": ("thought", "thought"),
    "throw": ("threw", "thrown"), "undertake": ("undertook", "undertaken"), "uphold": ("upheld", "upheld"),
    "wake": ("woke", "woken"), "wear": ("wore", "worn"), "win": ("won", "won"), "withdraw": ("withdrew", "withdrawn"),
    "withhold": ("withheld", "withheld"), "write": ("wrote", "written"), "beat": ("beat", "beaten"),
    "bind": ("bound", "bound"), "bite": ("bit", "bitten"), "blow": ("blew", "blown"), "bear": ("bore", "borne"),
    "slay": ("slew", "slain"), "spit": ("spat", "spat"), "stride": ("strode", "stridden"),
    "forsake": ("forsook", "forsaken"), "foresee": ("foresaw", "foreseen"), "mislead": ("misled", "misled"),
    "oversee": ("oversaw", "overseen"), "overthrow": ("overthrew", "overthrown"), "rebuild": ("rebuilt", "rebuilt"),
    "sweep": ("swept", "swept"), "understand": ("understood", "understood"), "upset": ("upset", "upset"),
    "weep": ("wept", "wept"), "wind": ("wound", "wound"), "bet": ("bet", "bet"), "broadcast": ("broadcast", "broadcast"),
    "forecast": ("forecast", "forecast"), "shed": ("shed", "shed"), "slit": ("slit", "slit"), "thrust": ("thrust", "thrust"),
    "lie": ("lied", "lied"), "dig": ("dug", "dug"), "feed": ("fed", "fed"), "light": ("lit", "lit"),
    "seize": ("seized", "seized"), "ban": ("banned", "banned"), "stab": ("stabbed", "stabbed"),
    "stop": ("stopped", "stopped"), "drop": ("dropped", "dropped"), "spur": ("spurred", "spurred"),
    "plan": ("planned", "planned"), "ship": ("shipped", "shipped"), "grab": ("grabbed", "grabbed"),
    "rob": ("robbed", "robbed"), "scrap": ("scrapped", "scrapped"), "slam": ("slammed", "slammed"),
    "step": ("stepped", "stepped"), "stir": ("stirred", "stirred"), "strip": ("stripped", "stripped"),
    "tap": ("tapped", "tapped"), "trap": ("trapped", "trapped"), "veto": ("vetoed", "vetoed"), "jail": ("jailed", "jailed"),
    "admit": ("admitted", "admitted"), "commit": ("committed", "committed"), "permit": ("permitted", "permitted"),
    "submit": ("submitted", "submitted"), "omit": ("omitted", "omitted"), "prefer": ("preferred", "preferred"),
    "refer": ("referred", "referred"), "defer": ("deferred", "deferred"), "confer": ("conferred", "conferred"),
    "transfer": ("transferred", "transferred"), "regret": ("regretted", "regretted"), "rebut": ("rebutted", "rebutted"),
    "abet": ("abetted", "abetted"), "control": ("controlled", "controlled"), "patrol": ("patrolled", "patrolled"),
    "expel": ("expelled", "expelled"), "compel": ("compelled", "compelled"), "repel": ("repelled", "repelled"),
    "propel": ("propelled", "propelled"), "annul": ("annulled", "annulled"), "equip": ("equipped", "equipped"),
    "kidnap": ("kidnapped", "kidnapped"), "occur": ("occurred", "occurred"), "incur": ("incurred", "incurred"),
    "blockade": ("blockaded", "blockaded"), "pin": ("pinned", "pinned"), "nab": ("nabbed", "nabbed"),
    "gun": ("gunned", "gunned"), "mob": ("mobbed", "mobbed"), "jam": ("jammed", "jammed"), "bar": ("barred", "barred"),
    "wed": ("wed", "wed"), "bid": ("bid", "bid"), "rid": ("rid", "rid"), "pelt": ("pelted", "pelted"),
}
PAST_HEADS = frozenset("said held killed began called met left fought paid made sought won shot sank eased denied "
                       "dispersed hacked rocketed repelled rounded drawn risen found lent troubled lodging making "
                       "urging fears has says should willing".split())  # block heads written as they stand
# verbs English uses with a preposition before their object ("arrived in", "lashed out at")
INTRANSITIVE = {"arrive": "in", "depart": "for", "travel": "to", "die": "in", "gather": "in", "converge": "on",
                "despair": "of", "rage": "at", "disagree": "with", "disapprove": "of", "lash": "at", "embark": "on",
                "cooperate": "with", "confer": "with", "appeal": "to", "agree": "with", "rule": None, "riot": "in", "march": "on",
                "demonstrate": "against", "strike": None, "clash": "with", "fight": None, "act": "against",
                "respond": "to", "fear": None, "bargain": "with", "vote": "against",
                "complain": "to", "stage": None, "bow": "to", "court": None, "begin": None, "meet": None,
                "reach": None, "set": None, "spur": None, "strain": None, "urging": None, "forecast": None}

# Patterns of PETR.Validate.verbs.txt whose sentence no writer would produce, by line, with why (read by
# hand on the first run, before any coder change; the dictionary's own header says it holds test words).
UNNATURAL: dict[int, str] = {}


def _note(lines: str, why: str):
    for n in lines.split():
        UNNATURAL[int(n)] = why


_note("59 60 61 78 86 87 88 89 134 135 136 155 156 926 949 989 992 993 1110 1262",
      "the dictionary's test words, stems or typos (ABC_DEF_GHI, FXLL, ASSURENCES, CONTRIBUT)")
_note("77 79 80 81 82 100 101 105 123 139 140 207 224 225 242 251 259 263 304 305 308 309 324 325 326 342 344 349 358 "
      "359 369 405 409 412 428 429 490 547 559 579 589 597 606 624 629 645 667 673 674 675 676 680 681 682 683 684 "
      "685 698 700 706 727 733 740 753 754 758 762 764 765 767 768 776 781 782 784 801 805 807 849 853 854 903 904 "
      "910 917 918 922 933 934 935 955 956 957 991 1009 1013 1014 1032 1033 1034 1035 1036 1037 1038 1039 1040 1041 "
      "1042 1053 1054 1079 1083 1087 1091 1095 1104 1105 1106 1111 1112 1116 1118 1119 1121 1122 1124 1125 1136 1137 "
      "1138 1147 1148 1172 1174 1175 1177 1194 1195 1210 1214 1218 1219 1220 1227 1263 1284 1285 1287 1296 1297 1298 "
      "1299 1300 1327 1335 1345 1347 1348 1349 1350 1351 1353 1354 1355 1356 1358 1359 1363 1364 1369 1373 1374 1375 "
      "1378 1379 1383",
      "word salad: the pattern's words in order make no English sentence (TABARI-era patterns written for "
      "one test sentence, or a noun taken for the verb)")
_note("122 247 1123", "ambiguous: the sentence is also another pattern's or another verb's (`* WITH %`, "
      "`NOTED WOULD *` without the glued word, agree's own patterns)")
_note("522 584 657 661 739 752 1012 1020 1031 1052 1103 1209 1213 1246 1326",
      "the verb alone with an actor object: the block's word is no transitive verb (HAS, SAID, SHOULD, a noun)")


@dataclass
class Case:
    block: str
    line: int  # the pattern's line (0: the verb alone, block code)
    pattern: str  # the pattern as written
    constructs: list[str]
    sentence: str
    code: str | None  # None: nothing should be coded (negative pattern, null code)
    expected: list[tuple[str, str, str]] = field(default_factory=list)
    natural: bool = True
    why: str = ""
    predicted: list[tuple[str, str, str]] = field(default_factory=list)
    outcome: str = ""
    extra: int = 0
    verb: str = ""  # the verb as written in the sentence


def past(verb: str) -> str:
    if verb in PAST_HEADS or verb.endswith("ed") and verb not in ("shed", "wed", "bed", "need", "feed", "speed"):
        return verb
    if verb in IRREGULAR:
        return IRREGULAR[verb][0]
    if verb.endswith("e"):
        return verb + "d"
    if verb.endswith("y") and len(verb) > 2 and verb[-2] not in "aeiou":
        return verb[:-1] + "ied"
    return verb + "ed"


def participle(verb: str) -> str:
    if verb in IRREGULAR:
        return IRREGULAR[verb][1]
    return past(verb)


def _raw_lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8", errors="replace").splitlines()


def _words(it: pv.Item) -> list[str]:
    return list(it.words[0]) if it.words else []


def _verb_text(before: list[str], verb: str, after: list[str], prev: str | None,
               listed_past: str | None) -> tuple[str, bool]:
    """The verb's words after `prev` (the word before it), and whether the form is grammatical."""
    ok = True
    if prev in MODALS or prev in DO or prev in ("not", "n't"):
        v, ok = verb, verb not in PAST_HEADS
    elif prev in HAVE_BE:
        v = verb if verb in PAST_HEADS else participle(verb)
    else:
        v = listed_past or past(verb)
    return " ".join(before + [v] + after), ok


def _join(tokens: list[str]) -> str:
    out = ""
    for t in tokens:
        if not t:
            continue
        if t in ("n't", "'s") and out:
            if t == "n't" and out.endswith(" can"):
                out = out[:-3] + "ca"
            out += t
        else:
            out += (" " if out else "") + t
    out = out.replace("wo n't", "won't").replace("ca n't", "can't")
    return out[0].upper() + out[1:] + "." if out else out


def constructs_of(p: pv.Pattern | None, raw: str, form: pv.VerbForm) -> list[str]:
    out = []
    if form.before or form.after:
        out.append("phrasal verb")
    if p is None:
        return out + ["verb alone (block code)"]
    items = p.pre + p.post
    post_words = [w for it in p.post if it.kind == "word" for w in _words(it)]
    pre_words = [w for it in p.pre if it.kind == "word" for w in _words(it)]
    if any(w in PREPOSITIONS for w in post_words) or "(" in raw:
        out.append("preposition")
    if post_words and not all(w in PREPOSITIONS for w in post_words):
        out.append("object words")
    if pre_words:
        out.append("words before verb")
    if "{" in raw.split("[")[0]:
        out.append("noun phrase {..}")
    if "&" in raw:
        out.append("synset")
    if any(it.kind == "syn" and "&" not in raw for it in items) or re.search(r"\w/\w", raw.split("[")[0]):
        out.append("alternative A/B")
    if any(it.kind == "src" for it in p.pre):
        out.append("$ source before verb")
    if any(it.kind == "src" for it in p.post):
        out.append("$ source after verb")
    if any(it.kind == "tgt" for it in p.pre):
        out.append("+ target before verb")
    if any(it.kind == "tgt" for it in p.post):
        out.append("+ target after verb")
    if any(it.kind == "comp" for it in items):
        out.append("% compound")
    if any(it.kind == "skip" for it in items):
        out.append("^ skip")
    if any(it.glued for it in items) or re.search(r"_\*|\*_", raw):
        out.append("_ joined words")
    if p.code == pv.NULL:
        out.append("negative pattern [---]")
    if p.negates:
        out.append("negation spelled out")
    if p.reverse:
        out.append("code pair [X:Y]")
    code = p.code if p.code != pv.NULL else (p.reverse or "")
    if code and not re.fullmatch(r"\d{3,4}", code):
        out.append("test code (not CAMEO/WEIS)")
    if not out or out == ["phrasal verb"]:
        out.append("plain pattern")
    return out


def _render_items(items: list[pv.Item]) -> list[tuple[str, str]]:
    """(text, kind) per item: words, actors in slots; a word glued to the one before it is "word_"."""
    out = []
    for it in items:
        if it.kind in ("word", "syn"):
            out += [(w, "word_" if it.glued or k else "word") for k, w in enumerate(_words(it))]
        elif it.kind == "src":
            out.append((SOURCE[0], "src"))
        elif it.kind == "tgt":
            out.append((TARGET[0], "tgt"))
        elif it.kind == "comp":
            out.append((f"{COMPOUND[0][0]} and {COMPOUND[1][0]}", "comp"))
        elif it.kind == "skip":
            out.append((SKIP, "skip"))
    return out


def build(block: pv.Block, form: pv.VerbForm, p: pv.Pattern | None, raw: str, listed_past: str | None) -> Case:
    pre = _render_items(p.pre) if p else []
    post = _render_items(p.post) if p else []
    kinds = {k for _, k in pre + post}
    comp_pre = any(k == "comp" for _, k in pre)
    comp_post = any(k == "comp" for _, k in post)
    seq: list[str] = [] if "src" in kinds or comp_pre else [SOURCE[0]]
    for k, (t, _) in enumerate(pre):
        if t.lower() == "not" and (not seq or seq[-1].lower() not in MODALS | DO | HAVE_BE):
            seq.append("did")  # "Gondor [did] not allow Mordor" (`NOT *`)
        seq.append(t)
        nxt = pre[k + 1][0].lower() if k + 1 < len(pre) else None
        glued_next = bool(re.search(rf"(^|[\s_]){re.escape(t)}_", raw, re.I))
        # "Gondor said [it] would boycott": a verb of saying followed by a modal, an auxiliary or the verb
        # (not when the pattern glues them: `NOTED_WOULD NOW *` is no sentence)
        if t.lower() in SAYING and not glued_next and (nxt is None or nxt in MODALS | DO | HAVE_BE | NEG
                                                       or nxt == "must"):
            seq.append("they" if comp_pre else "it")
    words = [w.lower() for w in seq if w.lower() not in ADVERBS]
    prev = words[-1] if words else None
    if prev in NEG and len(words) > 1 and words[-2] in HAVE_BE:
        prev = words[-2]  # "has not urged"
    vtext, ok = _verb_text(list(form.before), form.word, list(form.after), None if prev in ("it", "they") else prev,
                           listed_past)
    seq.append(vtext)
    verb_written = vtext.split()[len(form.before)] if vtext else ""
    post_texts = [t for t, _ in post]
    if _needs_article(post, raw, form.word):
        post_texts = ["its" if post[0][0].lower() in OWN else "the"] + post_texts  # "Gondor renewed [the] dialogue with Mordor" (a bare singular
        # noun after the verb reads as a headline, and the parser takes the verb for the noun's modifier)
    tgt_written = "tgt" in kinds or comp_post or comp_pre
    if not tgt_written:
        if not post:
            prep = INTRANSITIVE.get(form.word) if not form.after else None
            if form.after and form.after[-1] == "out" and form.word == "lash":
                prep = "at"
            post_texts = [prep, TARGET[0]] if prep else [TARGET[0]]
        elif not post[0][1].startswith("word") or not post[-1][1].startswith("word"):  # a slot or ^ last: the target right after the verb
            post_texts = [TARGET[0]] + post_texts
        elif post[-1][0].lower() in PREPOSITIONS:
            post_texts = post_texts + [TARGET[0]]
        else:
            last = post[-1][0].lower()
            prep = TARGET_PREP.get(last) or ("against" if _conflict(p.code if p else block.code) else "with")
            post_texts = post_texts + [prep, TARGET[0]]
    if "tgt" in {k for _, k in pre} and "src" not in kinds and any(
            t.lower() in ("was", "were", "been", "be") for t, _ in pre):
        seq.remove(SOURCE[0])
        post_texts = post_texts + ["by", SOURCE[0]]  # "Mordor was extradited by Gondor" (`+ WAS_ *`)
    seq += post_texts
    sentence = _join([w if w[:1].isupper() else w.lower() for w in seq])
    # expected codings
    code = p.code if p is not None else (form.code or block.code)
    rev = p.reverse if p is not None else (form.reverse if form.code else block.reverse)
    src, tgt = SOURCE[1], TARGET[1]
    if code == pv.NULL and rev:  # "[:173]": coded from target to source only
        code, src, tgt = rev, tgt, src
    exp: list[tuple[str, str, str]] = []
    if code != pv.NULL:
        if comp_pre and "src" not in kinds:
            if TARGET[0] in post_texts:  # "Rohan and Arnor held talks with Mordor": each on the target
                exp = [(c, tgt, code) for _, c in COMPOUND]
            else:  # "Rohan and Arnor held talks": each on the other
                a, b = COMPOUND
                exp = [(a[1], b[1], code), (b[1], a[1], code)]
        elif comp_post:
            exp = [(src, c, code) for _, c in COMPOUND]
        else:
            exp = [(src, tgt, code)]
    cs = constructs_of(p, raw, form)
    if p is None and code == pv.NULL:
        cs.append("null block code [---]")
    return Case(block.name, p.line if p else 0, raw.strip(), cs, sentence, None if code == pv.NULL else code,
                exp, ok, "" if ok else "a past form after a modal or do", verb=verb_written)


NOT_NOUNS = frozenset("the a an its their our his her no more new now not be would will must to up down off out back "
                      "away over positively angrily unconditional dead".split())


MASS = frozenset("support concern dismay regret anger hope wish skepticism pessimism outrage horror fire artillery gunfire "
                  "terror transport cargo travel compensation aid asylum work pressure evidence cash money help "
                  "friendship animosity disobedience criticism condemnation backing reconciliation control "
                  "responsibility interest information assistance cooperation opposition".split())
OWN = frozenset("ambassador envoy delegation embassy troops".split())  # "recalled [its] ambassador"


def _needs_article(post: list[tuple[str, str]], raw: str, verb: str) -> bool:
    """A singular noun phrase right after the verb (not glued to it) takes "the"."""
    if not post or post[0][1] != "word" or re.search(r"\*_", raw) or verb in PAST_HEADS and verb != "held":
        return False
    if post[0][0].lower() in OWN:
        return True  # "withdrew [its] troops from Mordor"
    head = []
    for t, k in post:
        if not k.startswith("word") or t.lower() in PREPOSITIONS:
            break
        head.append(t.lower())
    if not head or head[0] in NOT_NOUNS or head[0] in MODALS | HAVE_BE | NEG or head[0] in PREPOSITIONS:
        return False
    last = head[-1]
    return not (last.endswith("s") and not last.endswith("ss")) and not last.endswith("ing") and last not in MASS


def _conflict(code: str) -> bool:
    m = re.match(r"\d+", code or "")
    return bool(m) and int(m.group(0)[:2] if len(m.group(0)) >= 3 else m.group(0)) >= 11


def verb_lines(path: Path, vd: pv.VerbDictionary) -> dict[str, list[tuple[int, list[pv.VerbForm]]]]:
    """Per block name, its verb lines (each the forms the loader makes of it), in file order."""
    out: dict[str, list[list[pv.VerbForm]]] = {}
    name = None
    for n, s in pv._lines(path):
        if s.startswith("---"):
            name = pv._CODE.sub("", s).strip("- ").strip()
            out.setdefault(name, [])
            continue
        if s.startswith(("&", "~", "-")) or name is None:
            if s.startswith("&"):
                name = None
            continue
        if s.startswith("+") and not out.get(name) and not re.match(r"^\+[A-Za-z]", s):
            continue
        code, rev = pv._codes(path, n, s)
        try:
            out[name].append((n, pv._verb_form(path, n, s, code, rev)))
        except Exception:
            continue
    return out


def head_and_past(forms: list[pv.VerbForm]) -> tuple[pv.VerbForm, str | None]:
    """A verb line's base form and the dictionary's own past, when it lists one ("BREAK {BROKE BROKEN}")."""
    regular = all(f.word in pv._inflections(min((g.word for g in forms), key=len)) for f in forms)
    if regular:
        return min(forms, key=lambda f: (len(f.word), f.word)), None
    head = forms[0]
    pasts = {v[0] for v in IRREGULAR.values()} | {past(head.word)}
    listed = next((f.word for f in forms[1:] if f.word in pasts), None)
    return head, listed


def cases(verbs: Path, sample: int | None = None, seed: int = 12) -> list[Case]:
    vd = pv.load(verbs)
    raw = _raw_lines(verbs)
    lines = verb_lines(verbs, vd)
    blocks: list[pv.Block] = []
    seen = set()
    for entries in vd.by_word.values():
        for b, _ in entries:
            if id(b) not in seen:
                seen.add(id(b))
                blocks.append(b)
    blocks.sort(key=lambda b: min([p.line for p in b.patterns] or [10 ** 9]))
    out: list[Case] = []
    owners: list[pv.Block] = []
    for b in blocks:
        groups = lines.get(b.name) or []
        if not groups:
            continue
        head, listed = head_and_past(groups[0][1])
        validation = verbs.name.startswith("PETR.Validate")
        for k, (n, g) in enumerate(groups):  # the verb alone; the block's other verb lines: synonyms, phrasal verbs
            f, lp = (head, listed) if k == 0 else head_and_past(g)
            c = build(b, f, None, "(verb alone)" if k == 0 else "(synonym verb line alone)", lp)
            c.line = n
            if k:
                c.constructs.append("synonym verb line")
            if n in UNNATURAL and validation:
                c.natural, c.why = False, UNNATURAL[n]
            out.append(c)
            owners.append(b)
        for p in b.patterns:
            line = raw[p.line - 1] if 0 < p.line <= len(raw) else ""
            c = build(b, head, p, line.split("#")[0], listed)
            if p.line in UNNATURAL and validation:
                c.natural, c.why = False, UNNATURAL[p.line]
            out.append(c)
            owners.append(b)
    for c, b in zip(out, owners):
        # PETRARCH looks a verb up as written: a form another block lists ("began": BEGAN [---]) reads
        # that block's patterns, not its lemma's (BEGIN's `* TALKS`)
        listed = vd.by_word.get(c.verb.lower())
        if c.natural and listed and all(bb is not b for bb, _ in listed):
            c.natural, c.why = False, "ambiguous: the verb as written is another block's (PETRARCH looks it up as written)"
    by_sentence: dict[str, list[Case]] = {}
    for c in out:
        by_sentence.setdefault(c.sentence, []).append(c)
    for same in by_sentence.values():  # "Gondor left Mordor": LEAVE [012] and LEFT [032:033] both say it
        if len({tuple(c.expected) for c in same}) > 1:
            for c in same:
                if c.natural:
                    c.natural, c.why = False, "ambiguous: another block gives the same sentence another code"
    if sample:
        rng = random.Random(seed)
        out = rng.sample(out, min(sample, len(out)))
        out.sort(key=lambda c: c.line)
    return out


def run(cs: list[Case], verbs: Path | None, actors: list[str], agents: list[str]) -> None:
    from newsgraph.evaluate import petrarch as ep

    recs = [ep.Record(id=f"p{k}", text=c.sentence, date="2015-06-01") for k, c in enumerate(cs)]
    opts = ep.pipeline_options(None, verbs=[str(verbs)] if verbs else None, actors=actors, agents=agents)
    preds = ep.predict(recs, opts)
    for c, pr in zip(cs, preds):
        c.predicted = sorted({(p.source, p.target, p.code) for p in pr})
        got = set(c.predicted)
        if not c.expected:
            c.outcome = "correct" if not got else "other"
            c.extra = len(got)
            continue
        if set(c.expected) <= got:
            c.outcome = "correct"
        elif got:
            c.outcome = "other"
        else:
            c.outcome = "uncoded"
        c.extra = len(got - set(c.expected))


def report(cs: list[Case]) -> dict:
    def tally(sel):
        n = len(sel)
        cnt = Counter(c.outcome for c in sel)
        ex = sum(c.extra for c in sel)
        return {"n": n, "correct": cnt["correct"], "other": cnt["other"], "uncoded": cnt["uncoded"], "extra": ex,
                "correct_pct": round(100 * cnt["correct"] / n, 1) if n else 0.0,
                "extra_pct": round(100 * ex / n, 1) if n else 0.0}

    nat = [c for c in cs if c.natural]
    by: dict[str, list[Case]] = {}
    for c in nat:
        for k in c.constructs:
            by.setdefault(k, []).append(c)
    return {"all natural": tally(nat), "unnatural (apart)": tally([c for c in cs if not c.natural]),
            "by construct (natural)": {k: tally(v) for k, v in sorted(by.items(), key=lambda kv: -len(kv[1]))}}


def render(rep: dict) -> str:
    out = []
    head = f"{'':<28} {'n':>4} {'correct':>8} {'other':>6} {'uncoded':>8} {'extra':>6}"
    out.append(head)

    def row(name, t):
        out.append(f"{name:<28} {t['n']:>4} {t['correct']:>4} {t['correct_pct']:>5.1f}% {t['other']:>4} "
                   f"{t['uncoded']:>8} {t['extra']:>6}")
    row("ALL (natural)", rep["all natural"])
    row("unnatural, apart", rep["unnatural (apart)"])
    out.append("")
    for k, t in rep["by construct (natural)"].items():
        row(k, t)
    return "\n".join(out) + "\n"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--verbs", type=Path, help="the verb dictionary whose patterns are tested (and coded with)")
    ap.add_argument("--builtin", action="store_true",
                    help="test the converted CAMEO.2.0 patterns (events/data/cameo_verbs.txt), coded with the "
                         "built-in verbs (no --verbs)")
    ap.add_argument("--actors", action="append", default=[])
    ap.add_argument("--agents", action="append", default=[])
    ap.add_argument("--sample", type=int, help="a random sample of this many cases (seeded)")
    ap.add_argument("--seed", type=int, default=12)
    ap.add_argument("--natural-only", action="store_true")
    ap.add_argument("--show", choices=["all", "failures", "sentences"], help="list cases")
    ap.add_argument("--json", type=Path, help="write every case and the report here")
    a = ap.parse_args(argv)
    if a.builtin:
        path = ROOT / "src/newsgraph/events/data/cameo_verbs.txt"
        code_with = None
    elif a.verbs:
        path = code_with = a.verbs
    else:
        ap.error("--verbs or --builtin")
    cs = cases(path, a.sample, a.seed)
    if a.natural_only:
        cs = [c for c in cs if c.natural]
    if a.show == "sentences":
        for c in cs:
            print(f"{c.line:>5} {'' if c.natural else '[unnatural] '}{c.sentence}  -> {c.expected}  | {c.pattern}")
        return 0
    run(cs, code_with, a.actors, a.agents)
    rep = report(cs)
    if a.show:
        for c in cs:
            if a.show == "all" or c.outcome != "correct" or c.extra:
                print(f"{c.outcome:<8} +{c.extra} {c.line:>5} {'' if c.natural else '[unnatural] '}{c.sentence}"
                      f"  exp {c.expected} got {c.predicted}  | {c.block}: {c.pattern}")
        print()
    sys.stdout.write(render(rep))
    if a.json:
        a.json.write_text(json.dumps({"report": rep, "cases": [c.__dict__ for c in cs]}, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
