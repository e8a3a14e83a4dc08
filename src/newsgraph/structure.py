"""Label the parts of an article: title, dateline, byline, published, credit, caption, body.

Pages copied from news sites carry debris around the story (photo credits, captions, an empty
"Published at" line, a dateline opening the lede). Sections tile the text in order and never
overlap; later stages parse each section on its own, so a credit never runs into its caption,
and they skip credits and captions when looking for actors and events.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .dates import parse_date
from .model import Section

# Wire agencies and photo agencies: the name as printed -> the short name we record.
AGENCIES = {
    "ASSOCIATED PRESS": "AP",
    "THE ASSOCIATED PRESS": "AP",
    "AP": "AP",
    "AP PHOTO": "AP",
    "AGENCE FRANCE-PRESSE": "AFP",
    "AGENCE FRANCE PRESSE": "AFP",
    "AFP": "AFP",
    "AFP PHOTO": "AFP",
    "REUTERS": "Reuters",
    "THOMSON REUTERS": "Reuters",
    "BLOOMBERG": "Bloomberg",
    "DPA": "dpa",
    "EPA": "EPA",
    "EPA-EFE": "EPA",
    "EFE": "EFE",
    "ANSA": "ANSA",
    "XINHUA": "Xinhua",
    "TASS": "TASS",
    "ITAR-TASS": "TASS",
    "RIA NOVOSTI": "RIA Novosti",
    "ANADOLU": "Anadolu",
    "ANADOLU AGENCY": "Anadolu",
    "KYODO": "Kyodo",
    "KYODO NEWS": "Kyodo",
    "YONHAP": "Yonhap",
    "PRESS TRUST OF INDIA": "PTI",
    "PTI": "PTI",
    "UPI": "UPI",
    "CANADIAN PRESS": "CP",
    "THE CANADIAN PRESS": "CP",
    "LA PRESSE CANADIENNE": "CP",
    "GETTY IMAGES": "Getty Images",
    "GETTY": "Getty Images",
    "AFP VIA GETTY IMAGES": "AFP",
    "SHUTTERSTOCK": "Shutterstock",
    "CNN": "CNN",
    "BBC": "BBC",
    "WAFA": "WAFA",
    "IRNA": "IRNA",
    "SANA": "SANA",
    "MENA": "MENA",
    "SPA": "SPA",
    "QNA": "QNA",
}

_AGENCY_ALT = "|".join(sorted((re.escape(a) for a in AGENCIES), key=len, reverse=True))
_DASH = r"[—–-]{1,2}"

_PUBLISHED = re.compile(
    r"^(?:first\s+)?(?:published|updated|last updated|posted|mis à jour|publié)(?:\s+(?:at|on|le|à))?\s*:?\s*(?P<value>.*)$",
    re.IGNORECASE,
)
_BYLINE = re.compile(r"^(?:[Bb]y|BY|[Pp]ar|PAR)\s+(?P<who>[A-Z][\w.'’-]+(?:[ ,]+(?:and\s+)?[A-Z][\w.'’-]+){0,8})\s*$")
# "photo credit" before "photos?" (the first alternative that fits wins), and a "by" after the
# medium is not part of the name ("Photo by John Smith/Reuters").
_CREDIT = re.compile(
    r"^\(?(?P<medium>photo credit|photos?|photographs?|pictures?|images?|videos?|credits?|illustrations?)\b"
    r"\s*[:/-]?\s*(?:by\s+)?(?P<who>.+?)\)?$",
    re.IGNORECASE,
)
# "(AP Photo/Evan Vucci)", "REUTERS/Jonathan Ernst", "AFP via Getty Images", "Getty Images"
_CREDIT_AGENCY_FIRST = re.compile(
    rf"^\(?(?P<agency>{_AGENCY_ALT})(?:\s+(?:photo|pictures?|images?))?\s*(?:/\s*(?P<who>[^)]+)|\s+via\s+Getty Images)?\)?$",
    re.IGNORECASE,
)
_TRAILING_CREDIT = re.compile(
    rf"\s*[(\[](?P<credit>(?:photo|picture|image|credit)s?\s*:?\s*[^)\]]{{2,80}}|(?:{_AGENCY_ALT})\s*(?:photo)?\s*/\s*[^)\]]{{2,60}})[)\]]\s*$",
    re.IGNORECASE,
)
_CAPTION_PREFIX = re.compile(r"^(?:caption|légende)\s*:", re.IGNORECASE)

# Datelines open the lede: "(Washington)", "WASHINGTON (AP) —", "KYIV, Ukraine (Reuters) -",
# "WASHINGTON, Jan 25 (Reuters) -", "PARIS —", "Paris, France (CNN) —".
_DATELINE_PAREN = re.compile(r"^\((?P<place>[A-Z][\w.'’ -]{1,40}?)(?:,\s*(?P<agency>[\w .-]{2,30}))?\)\s*(?:" + _DASH + r")?")
_DATELINE_CAPS = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’ -]{1,40}[A-Z.])(?:,\s*(?P<region>[A-Z][\w.'’ ]{1,30}?))?"
    r"(?:,\s*(?P<date>[A-Z][a-z]{2,8}\.? \d{1,2}(?:,? \d{4})?))?"
    # (AP's wire copy of the 1990s prints the dash after its tag as "_": "NAIROBI, Kenya (AP) _ U.S. ..."; only
    # after an agency's tag, where an underscore can be nothing else)
    rf"\s*(?:\((?P<agency>{_AGENCY_ALT}|[A-Z][\w ]{{1,20}})\)\s*(?:{_DASH}|_(?= ))|{_DASH})\s?"
)
_DATELINE_MIXED = re.compile(
    r"^(?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+){0,3})(?:,\s*(?P<region>[A-Z][\w.'’ ]{1,30}?))?"
    rf"\s*\((?P<agency>(?i:{_AGENCY_ALT}))\)\s*(?:{_DASH})?\s?"  # the agency as printed: "(Reuters)", "(AFP)"
)
# A line that is a date and nothing else ("March 4, 2025", "Tuesday, 4 March 2025", "2025-03-04"): at the head of a
# story it is the story's date, as a "Published:" line is (wire copy and pasted pages print it so)
_DATE_LINE = re.compile(
    r"^(?:[A-Z][a-z]{2,5}day,? )?(?:[A-Z][a-z]{2,8}\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{1,2} [A-Z][a-z]{2,8}\.?,? \d{4}"
    r"|\d{4}-\d\d-\d\d)$")
_MONTH_DAY = re.compile(r"^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}$")
# (the dash is greedy: a lazy `{_DASH}?` left the second of "--" over, so "(AFP) --" with nothing below
# passed as a dateline "(AFP) -" with a lede "-")
_AGENCY_ONLY = re.compile(rf"^\((?P<agency>{_AGENCY_ALT})\)\s*{_DASH}\s?")

# Phrases in the body that say which agency the story comes from.
_CITED_AGENCY = re.compile(
    rf"\b(?:told|said to|according to|reported by|interview with|quoted by)\s+(?:the\s+)?(?P<agency>AFP|AP|Reuters|Associated Press|Agence France-Presse)\b"
)

_SENTENCE_END = re.compile(r"[.!?…:;”\"’»)]\s*$")


@dataclass
class _Unit:
    start: int
    end: int
    text: str


def agency_code(name: str | None) -> str | None:
    if not name:
        return None
    key = " ".join(name.replace("’", "'").split()).upper().strip(" .")
    return AGENCIES.get(key)


def _lines(text: str) -> list[_Unit]:
    units = []
    pos = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        lead = len(body) - len(body.lstrip())
        stripped = body.strip()
        if stripped:
            s = pos + lead
            units.append(_Unit(s, s + len(stripped), stripped))
        else:
            units.append(_Unit(pos, pos, ""))  # blank line marker
        pos += len(line)
    return units


def _paragraphs(text: str) -> list[_Unit]:
    """Non-empty paragraphs. A block of hard-wrapped lines (no sentence end at line ends) is one
    paragraph; otherwise each line is its own unit (copied pages put one paragraph per line)."""
    lines = _lines(text)
    out: list[_Unit] = []
    block: list[_Unit] = []

    def flush():
        if not block:
            return
        wrapped = len(block) > 1 and all(
            not _SENTENCE_END.search(u.text) and len(u.text) > 40 for u in block[:-1]
        )
        if wrapped:
            s, e = block[0].start, block[-1].end
            out.append(_Unit(s, e, text[s:e]))
        else:
            out.extend(block)
        block.clear()

    for u in lines:
        if not u.text:
            flush()
        else:
            block.append(u)
    flush()
    return out


def _credit_attrs(line: str) -> dict | None:
    """If the line is a photo/video credit, return {medium, person, agency}."""
    if len(line) > 120:
        return None
    m = _CREDIT_AGENCY_FIRST.match(line)
    if m:
        return {"medium": "photo", "person": (m.group("who") or "").strip() or None,
                "agency": agency_code(m.group("agency"))}
    m = _CREDIT.match(line)
    if not m:
        return None
    who = m.group("who").strip(" ()")
    medium = m.group("medium").lower().rstrip("s")
    medium = {"photograph": "photo", "picture": "photo", "image": "photo", "photo credit": "photo",
              "credit": "photo", "illustration": "illustration"}.get(medium, medium)
    # "NAME, AGENCY", "NAME/AGENCY", "AGENCY/NAME", "NAME / AGENCY via Getty Images"
    parts = [p.strip() for p in re.split(r"\s*[,/|]\s*|\s+via\s+", who) if p.strip()]
    agency = None
    person = []
    for p in parts:
        code = agency_code(p)
        if code and agency is None:
            agency = code
        else:
            person.append(p)
    if not parts or (agency is None and not _looks_like_name(parts[0])):
        return None
    return {"medium": medium, "person": ", ".join(person) or None, "agency": agency}


def _looks_like_name(s: str) -> bool:
    words = s.split()
    return 1 <= len(words) <= 5 and all(w[:1].isupper() for w in words)


def _dateline_alone(text: str, u: _Unit) -> bool:
    """Whether the unit is a dateline with a date or an agency and nothing else ("WASHINGTON, March 12 (Xinhua)
    --" on a line of its own above the lede): the dateline of the story, not its headline."""
    d = _dateline(text, u.start, u.end)
    return d is not None and bool(d[1].get("date") or d[1].get("agency")) and d[0] == len(u.text.rstrip())


def _headline_above_dateline(text: str, units: list[_Unit]) -> bool:
    """Whether the first unit is one sentence (no stop inside it) and the second, a body unit, opens with a
    dateline with a place: the story's headline above its lede."""
    if re.search(r"[.!?]\s", units[0].text):  # (a unit's text is stripped)
        return False
    d = _dateline(text, units[1].start, units[1].end)
    return d is not None and bool(d[1].get("place"))


def _dateline(text: str, start: int, end: int) -> tuple[int, dict] | None:
    """Match a dateline at the head of the lede text[start:end] (a dateline alone on its line is one
    when the lede goes on below it); return (length, attrs). The patterns bound their own length; the text
    after the match, to the end, says whether the lede goes on."""
    head = text[start:]
    for pat in (_DATELINE_PAREN, _DATELINE_CAPS, _DATELINE_MIXED, _AGENCY_ONLY):
        m = pat.match(head)
        if not m:
            continue
        g = m.groupdict()
        place = g.get("place")
        agency = agency_code(g.get("agency")) or g.get("agency")
        if pat is _DATELINE_PAREN and agency_code(place):  # "(AFP) -" is an agency tag, not a place
            agency, place = agency_code(place), None
        if place and pat is _DATELINE_CAPS and len(place.split()) > 4:
            continue
        # the rest of the lede must go on: a dateline never is the whole paragraph
        rest = head[m.end() :]
        if not rest.strip():
            continue
        length = len(m.group(0).rstrip())
        if start + length > end:
            # the patterns' spaces match line breaks too: a place alone on its line does not take the
            # dash opening the next ("(Washington) \n -- Rubio" overlapped the section after it; make fuzz)
            continue
        attrs = {"place": place.title() if place and place.isupper() else place, "agency": agency}
        if g.get("region"):
            if _MONTH_DAY.match(g["region"]):
                attrs["date"] = g["region"]
            else:
                attrs["region"] = g["region"]
        if g.get("date"):
            attrs["date"] = g["date"]
        return length, attrs
    return None


def label_sections(text: str, has_title: bool = False) -> tuple[list[Section], Section | None, dict]:
    """Sections of `text` in order, the dateline section (or None), and agency facts
    ({"agency": ..., "agency_basis": ...})."""
    units = _paragraphs(text)
    kinds: list[str] = [""] * len(units)
    attrs: list[dict] = [{} for _ in units]
    _split_trailing_credits(text, units, kinds, attrs)
    for i, u in enumerate(units):
        if not kinds[i]:
            _label_unit(units, i, kinds, attrs)
    _captions_below_credits(units, kinds, attrs)
    if not has_title and units and not kinds[0] and _is_title(text, units):
        kinds[0] = "title"
    sections, dateline, facts = _sections(text, units, kinds, attrs)
    if not facts["agency"]:
        facts = _cited_agency(sections) or facts
    return sections, dateline, facts


def _split_trailing_credits(text: str, units: list[_Unit], kinds: list[str], attrs: list[dict]) -> None:
    """Split a trailing "(Photo: X/AFP)" off a caption line into caption + credit units (in place)."""
    i = 0
    while i < len(units):
        u = units[i]
        m = _TRAILING_CREDIT.search(u.text)
        if m and m.start() > 0 and len(u.text) < 400:
            cap_end = u.start + len(u.text[: m.start()].rstrip())
            cred_start = u.start + m.start("credit") - 1
            units[i : i + 1] = [_Unit(u.start, cap_end, text[u.start : cap_end]),
                                _Unit(cred_start, u.end, text[cred_start : u.end])]
            kinds[i : i + 1] = ["caption", "credit"]
            ca = _credit_attrs(m.group("credit")) or {"medium": "photo", "person": None, "agency": None}
            ca["caption_before"] = True
            attrs[i : i + 1] = [{}, ca]
            # the caption piece is looked at again: "… (Picture: harbour webcam) (Photo: Ann Lee/AFP)" ends
            # in two credits, and only the last was split off (each split shortens the caption, so this ends;
            # the credit piece, its match at 0, is not split again)
            continue
        i += 1


def _label_unit(units: list[_Unit], i: int, kinds: list[str], attrs: list[dict]) -> None:
    """The kind and attributes of an unlabelled unit that is a published line, a byline, a credit or a caption by
    its own text (in place; a body paragraph is left unlabelled)."""
    t = units[i].text
    if i < 3 and "published" not in kinds and _DATE_LINE.match(t) and parse_date(t) \
            and sum(bool(_DATE_LINE.match(v.text)) for v in units) == 1:
        kinds[i] = "published"  # a date line alone near the head: the story's date (not a timeline's first entry)
        attrs[i] = {"value_text": t}
    elif len(t) < 120 and _PUBLISHED.match(t):
        kinds[i] = "published"
        value = _PUBLISHED.match(t).group("value").strip()
        attrs[i] = {"value_text": value or None}
    elif len(t) < 100 and _BYLINE.match(t):
        kinds[i] = "byline"
        attrs[i] = _byline_attrs(_BYLINE.match(t).group("who"))
    elif (ca := _credit_attrs(t)) is not None:
        kinds[i] = "credit"
        attrs[i] = ca
    elif _CAPTION_PREFIX.match(t):
        kinds[i] = "caption"


def _byline_attrs(who: str) -> dict:
    """The authors a byline names and the agency among them, if any ("By Ann Lee and Bo Li, Reuters")."""
    parts = [p.strip() for p in re.split(r",|\band\b", who) if p.strip()]
    agency = next((agency_code(p) for p in parts if agency_code(p)), None)
    return {"authors": [p for p in parts if not agency_code(p)], "agency": agency}


def _captions_below_credits(units: list[_Unit], kinds: list[str], attrs: list[dict]) -> None:
    """The unit right after a credit is its caption when it is short (a caption, not a paragraph) and no caption
    claimed the credit already (in place)."""
    for i, u in enumerate(units):
        claimed = attrs[i].get("caption_before") or (i > 0 and kinds[i - 1] in ("caption", "credit"))
        if kinds[i] == "credit" and not claimed and i + 1 < len(units) and not kinds[i + 1]:
            nxt = units[i + 1].text
            if len(nxt) <= 300 and nxt.count(". ") <= 1 and not nxt.startswith(("“", '"', "«")):
                kinds[i + 1] = "caption"
                attrs[i + 1] = {"credit_start": u.start}


def _is_title(text: str, units: list[_Unit]) -> bool:
    """Whether the first unit of plain text is its title: a short line with no sentence end, before any body; or a
    short line of one sentence right above a lede that opens with a dateline (what stands above the dateline is
    the headline, whatever its last stop: "Senate passes the bill.\\n\\nBOISE, Idaho - Lawmakers ...")."""
    first = units[0].text
    return len(first) <= 160 and len(units) > 1 and len(first.split()) >= 2 and not _dateline_alone(text, units[0]) \
        and (not _SENTENCE_END.search(first) or _headline_above_dateline(text, units))


def _sections(text: str, units: list[_Unit], kinds: list[str], attrs: list[dict]) -> tuple[list[Section], Section | None, dict]:
    """The sections of the labelled units (unlabelled ones are body; the first body unit may open with a
    dateline, split off as its own section), the dateline and the agency a dateline or a byline names."""
    sections: list[Section] = []
    dateline: Section | None = None
    facts: dict = {"agency": None, "agency_basis": None}
    seen_body = False
    for i, u in enumerate(units):
        kind = kinds[i] or "body"
        if kind == "body" and not seen_body:
            seen_body = True
            dateline = _dateline_section(text, u)
            if dateline is not None:
                sections += _lede_sections(text, u, dateline)
                if dateline.attrs.get("agency") and not facts["agency"]:
                    facts = {"agency": dateline.attrs["agency"], "agency_basis": f"dateline {dateline.text!r}"}
                continue
        if kind == "byline" and attrs[i].get("agency") and not facts["agency"]:
            facts = {"agency": attrs[i]["agency"], "agency_basis": f"byline {u.text!r}"}
        sections.append(Section(kind=kind, start=u.start, end=u.end, text=u.text, attrs=attrs[i]))
    return sections, dateline, facts


def _dateline_section(text: str, u: _Unit) -> Section | None:
    """The dateline opening the unit, as a section, if it opens with one."""
    d = _dateline(text, u.start, u.end)
    if d is None:
        return None
    length, dattrs = d
    return Section(kind="dateline", start=u.start, end=u.start + length, text=text[u.start : u.start + length],
                   attrs=dattrs)


def _lede_sections(text: str, u: _Unit, dateline: Section) -> list[Section]:
    """The dateline and the body after it (from its first non-space character), if any."""
    rest = dateline.end
    while rest < u.end and text[rest].isspace():
        rest += 1
    if rest < u.end:
        return [dateline, Section(kind="body", start=rest, end=u.end, text=text[rest : u.end])]
    return [dateline]


def _cited_agency(sections: list[Section]) -> dict | None:
    """The agency the first body section cites by a phrase ("told Reuters"), with the phrase as its basis."""
    for sec in sections:
        if sec.kind != "body":
            continue
        m = _CITED_AGENCY.search(sec.text)
        if m:
            return {"agency": agency_code(m.group("agency")), "agency_basis": f"the text says {m.group(0)!r}"}
    return None
