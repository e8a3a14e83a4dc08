"""Normalise one English time expression to a TIMEX3-style value: pure functions, no spaCy.

`normalize(text, anchor, tense)` reads the expression's words (not its context) and returns a Norm
(value, granularity, type, mod) or None when the words are not a time expression we can read.
Relative expressions resolve against `anchor` (the document date); without an anchor they get
value None with `relative=True`. `tense` ("past" | "future" | "present" | None) is the tense of the
clause the expression sits in: it picks the year of "December" or the week of "Sunday".

Values follow TIMEX3: 2026-01-19, 2025-12, 2003, 199 (the 1990s), 19 (the 20th century),
2026-W04, 2026-W04-WE (weekend), 2025-Q4, 2025-H1, 2025-SU (summer; winter Y runs Dec Y - Feb Y+1),
fiscal years as plain years (2025, as TimeML corpora write them), durations P3Y / PT2H / PXY (vague)
/ P20Y (decades in years) / P2Y6M (halves), sets (type SET) P1Y / XXXX-WXX-1 / XXXX-07,
PRESENT_REF / PAST_REF / FUTURE_REF, parts of day 2026-01-19TMO, times 2026-01-19T10:30.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from .dates import period_bounds

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
    "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5, "sun": 6,
}
_SMALL = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
          "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
NUMBERS: dict[str, int] = {w: i for i, w in enumerate(_SMALL)}
NUMBERS.update(_TENS)
NUMBERS.update({f"{t}-{u}": v + i for t, v in _TENS.items() for i, u in enumerate(_SMALL[1:10], 1)})
NUMBERS.update({"a": 1, "an": 1, "a single": 1, "a couple of": 2, "a couple": 2, "couple of": 2, "a dozen": 12,
                "dozen": 12, "a hundred": 100, "hundred": 100, "a fortnight": 2})
VAGUE = ("a few", "few", "several", "many", "some", "a number of", "numerous", "multiple", "the past few",
         "a couple more", "countless", "recent", "coming", "next few", "last few", "past few", "a handful of")
# unit word -> (TIMEX3 letter, granularity); hours/minutes/seconds take the "PT" prefix
UNITS = {
    "second": ("S", "second"), "minute": ("M", "minute"), "hour": ("H", "hour"), "day": ("D", "day"),
    "night": ("D", "day"), "week": ("W", "week"), "fortnight": ("W", "week"), "month": ("M", "month"),
    "quarter": ("Q", "quarter"), "year": ("Y", "year"), "decade": ("DE", "decade"),
    "century": ("CE", "century"), "centurie": ("CE", "century"), "weekend": ("WE", "week"),
}
_CLOCK_UNITS = {"second", "minute", "hour"}
SEASONS = {"spring": ("SP", 3), "summer": ("SU", 6), "autumn": ("FA", 9), "fall": ("FA", 9), "winter": ("WI", 12)}
PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI"}
ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
            "fifth": 5, "5th": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
            "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
            "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
            "twenty-first": 21, "21st": 21, "final": 4, "latter": 2}

def _alt(words) -> str:
    """An alternation of the words, the longest first (so a word that is the start of another is tried before it:
    "seventeen" before "seven"), written as _choice writes it. A set's words are put in order first: a set of
    strings iterates in an order that changes with PYTHONHASHSEED, and the sort by length keeps the order of words of
    equal length, so the pattern's text would differ from one process to the next (its matches would not: two
    different words of one length never both match at one position)."""
    if isinstance(words, (set, frozenset)):
        words = sorted(words)
    return _choice(sorted(words, key=lambda w: len(re.escape(w)), reverse=True))


def _choice(words) -> str:
    """The alternation `"|".join(map(re.escape, words))`, the same ordered choice, written as a trie
    ("s(?:e(?:ven(?:teen|)...)|ix...)|t(?:wo|en...)"). Python's engine tries an alternation's branches one by one,
    and under (?i) it cannot pass over a branch by its first character: a plain list of a hundred number words
    cost about 1.8 microseconds at every position it failed at (times.pattern_spans tries thousands an article).
    The trie only (1) takes a first character out of the branches that share it, c(?:x|y) for cx|cy, and (2)
    swaps neighbouring branches that start with different characters, which cannot both match at one position:
    lower-case ASCII letters differ in every case (no text character matches two of them, case-blind or not). A
    word that has ended inside a node matches anywhere there, so nothing is moved across it. Words with a capital
    or a character outside ASCII are written as the plain list."""
    words = list(words)
    if not all(w.isascii() and w == w.lower() for w in words):
        return "|".join(re.escape(w) for w in words)
    return _trie(words)


def _trie(words: list[str]) -> str:
    """_choice's trie of the words (lower-case ASCII), in their order."""
    alts: list[str] = []
    block: dict[str, list[str]] = {}  # first character -> the rests of the words since the last ended one

    def close() -> None:
        alts.extend(re.escape(c + rest[0]) if len(rest) == 1 else f"{re.escape(c)}(?:{_trie(rest)})"
                    for c, rest in block.items())
        block.clear()

    for w in words:
        if w:
            block.setdefault(w[0], []).append(w[1:])
        else:  # (a word ended here: it matches wherever the node is reached, so no branch crosses it)
            close()
            alts.append("")
    close()
    return "|".join(alts)


MON = rf"(?P<mon>{_alt(MONTHS)})\.?"
WD = rf"(?P<wd>{_alt(WEEKDAYS)})\.?"
NUM = rf"(?P<n>\d+(?:\.\d+)?|{_alt(NUMBERS)})"
# the upper bound of a range of lengths ("two to three weeks"): a number in digits or words
_RANGE_NUM = rf"(?:\d+|(?:{_choice(_TENS)})-(?:{_choice(_SMALL[1:10])})|{_choice([*_SMALL[1:], *_TENS])})"
VAG = rf"(?P<vague>{_alt(VAGUE)})"
UNIT = rf"(?P<unit>{_alt(UNITS)})s?"
YEAR = r"(?P<y>1[0-9]{3}|20[0-9]{2}|21[0-9]{2})"
DAY = r"(?P<d>[0-3]?[0-9])(?:st|nd|rd|th)?"
PART = rf"(?P<part>{_alt(PARTS)})"
REL = r"(?P<rel>last|next|this|coming|past|previous|prior|preceding|current|following|upcoming|same|that)"
# (the anaphoric ones, "that year", "the following year", count from the year under discussion: "In 1987 ...
# in March of that year" is 1987-03)
YREF = (r"(?P<yref>this year|last year|next year|the year|the previous year|the following year|the next year"
        r"|that year|that same year|the same year)")
# a comma before a deictic year is the date's ("March 3, last year"); before an anaphoric one it ends the date ("in
# May, the same year he was elected": the year of another event)
_YC = r"(?:,(?! (?:that|the same|the next) year))"


@dataclass(frozen=True)
class Norm:
    value: str | None
    granularity: str | None
    type: str = "DATE"
    mod: str | None = None
    relative: bool = False  # the value depends on the document date
    weekday: int | None = None  # a bare weekday name (0 = Monday): its date depends on tense


def _date_value(d: dt.date) -> str:
    return d.isoformat()


def _month_end(y: int, m: int) -> dt.date:
    return (dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1))


def _week_value(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def _shift_month(y: int, m: int, k: int) -> tuple[int, int]:
    i = y * 12 + (m - 1) + k
    return i // 12, i % 12 + 1


def easter(y: int) -> dt.date:
    """Western Easter Sunday (anonymous Gregorian computus)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ll = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ll) // 451
    month = (h + ll - 7 * m + 114) // 31
    day = (h + ll - 7 * m + 114) % 31 + 1
    return dt.date(y, month, day)


def _thanksgiving(y: int) -> dt.date:
    first = dt.date(y, 11, 1)
    return first + dt.timedelta(days=(3 - first.weekday()) % 7 + 21)


def _nth_weekday(y: int, month: int, wd: int, n: int) -> dt.date:
    """The n-th `wd` (Monday 0) of a month; n = -1 the last."""
    if n < 0:
        last = dt.date(y + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
        return last - dt.timedelta(days=(last.weekday() - wd) % 7)
    first = dt.date(y, month, 1)
    return first + dt.timedelta(days=(wd - first.weekday()) % 7 + 7 * (n - 1))


def _election_day(y: int) -> dt.date:
    """US Election Day: the Tuesday after the first Monday of November."""
    return _nth_weekday(y, 11, 0, 1) + dt.timedelta(days=1)


# US public days that news names with their capitals ("Labour Day" elsewhere falls on other dates: not here)
_US_DAYS = {
    "election day": _election_day, "labor day": lambda y: _nth_weekday(y, 9, 0, 1),
    "memorial day": lambda y: _nth_weekday(y, 5, 0, -1), "veterans day": lambda y: dt.date(y, 11, 11),
    "martin luther king day": lambda y: _nth_weekday(y, 1, 0, 3),
}

# Days whose name holds a weekday: TIMEX3 marks the whole name and values the day it names, not the weekday nearest
# the document date ("four Super Tuesday states" in a story of Tuesday 9 February 2016 is 1 March).
_SUPER_TUESDAYS = {1984: (3, 13), 1988: (3, 8), 1992: (3, 10), 1996: (3, 12), 2008: (2, 5)}


def _super_tuesday(y: int) -> dt.date:
    """The US primaries' Super Tuesday: the first Tuesday of March (2000-2004, 2012-2024), else the day it fell on."""
    return dt.date(y, *_SUPER_TUESDAYS[y]) if y in _SUPER_TUESDAYS else _nth_weekday(y, 3, 1, 1)


_WEEKDAY_NAMED_DAYS = {
    "super tuesday": _super_tuesday,
    "black friday": lambda y: _thanksgiving(y) + dt.timedelta(days=1),
    "cyber monday": lambda y: _thanksgiving(y) + dt.timedelta(days=4),
    "ash wednesday": lambda y: easter(y) - dt.timedelta(days=46),
    "palm sunday": lambda y: easter(y) - dt.timedelta(days=7),
    "maundy thursday": lambda y: easter(y) - dt.timedelta(days=3),
    "shrove tuesday": lambda y: easter(y) - dt.timedelta(days=47),
    "fat tuesday": lambda y: easter(y) - dt.timedelta(days=47),
}

HOLIDAYS = {
    **_US_DAYS,
    **_WEEKDAY_NAMED_DAYS,
    "christmas": lambda y: dt.date(y, 12, 25), "christmas day": lambda y: dt.date(y, 12, 25),
    "christmas eve": lambda y: dt.date(y, 12, 24), "boxing day": lambda y: dt.date(y, 12, 26),
    "new year's day": lambda y: dt.date(y, 1, 1), "new year day": lambda y: dt.date(y, 1, 1),
    "new year": lambda y: dt.date(y, 1, 1),  # "between Christmas and New Year" (the stage drops "in the New Year")
    "new year's eve": lambda y: dt.date(y, 12, 31), "new years eve": lambda y: dt.date(y, 12, 31),
    "easter": easter, "easter sunday": easter, "easter monday": lambda y: easter(y) + dt.timedelta(days=1),
    "good friday": lambda y: easter(y) - dt.timedelta(days=2), "thanksgiving": _thanksgiving,
    "thanksgiving day": _thanksgiving, "halloween": lambda y: dt.date(y, 10, 31),
    "valentine's day": lambda y: dt.date(y, 2, 14), "valentines day": lambda y: dt.date(y, 2, 14),
    "armistice day": lambda y: dt.date(y, 11, 11), "bastille day": lambda y: dt.date(y, 7, 14),
}
HOL = rf"(?P<hol>{_alt(HOLIDAYS)})"


def pick_period(anchor: dt.date, tense: str | None, make, years=(-2, -1, 0, 1), lookahead: bool = True) -> tuple | None:
    """Choose among the periods make(year) for the years around `anchor`, by tense.

    make(y) -> (start, end, value) or None. Past: the latest period starting on or before the
    anchor, unless (with `lookahead`) the next one to come is less than half as far away; future: the earliest ending on or after it; otherwise the nearest (0 when it contains it).
    """
    opts = [o for o in (make(anchor.year + k) for k in years) if o is not None]  # `years` ascending: in time order
    if not opts:
        return None
    if tense == "past":
        c = [o for o in opts if o[0] <= anchor]
        got = c[-1] if c else opts[0]
        # a past clause may still name a coming date ("declared a dividend payable Dec. 1", "agreed to buy
        # it in February"): when the coming one is far nearer than the past one, news means the coming one
        ahead = [o for o in opts if o[0] > anchor]
        if lookahead and ahead and got[1] < anchor:
            nxt = ahead[0]
            if (nxt[0] - anchor).days * 2 < (anchor - got[1]).days:
                return nxt
        return got
    if tense == "future":
        c = [o for o in opts if o[1] >= anchor]
        return c[0] if c else opts[-1]

    def dist(o):
        return 0 if o[0] <= anchor <= o[1] else min(abs((o[0] - anchor).days), abs((o[1] - anchor).days))

    return min(opts, key=dist)


def weekday_date(anchor: dt.date, wd: int, direction: str) -> dt.date:
    """The date of weekday `wd` relative to `anchor`.

    direction: "past" = on or before the anchor, "future" = on or after, "last" = strictly before,
    "next" = strictly after.
    """
    back = (anchor.weekday() - wd) % 7
    fwd = (wd - anchor.weekday()) % 7
    if direction == "past":
        return anchor - dt.timedelta(days=back)
    if direction == "last":
        return anchor - dt.timedelta(days=back or 7)
    if direction == "next":
        return anchor + dt.timedelta(days=fwd or 7)
    return anchor + dt.timedelta(days=fwd)


def weekday_direction(tense: str | None) -> str:
    """Which occurrence a bare weekday name means: future tense looks ahead, anything else back.

    Present tense counts as future (news uses the present for schedules: "talks open on Monday");
    the stage maps headline present (historical present) to past before calling this.
    """
    return "future" if tense in ("future", "present") else "past"


class _Ctx:
    __slots__ = ("anchor", "tense", "day", "ref", "mod", "strict")

    def __init__(self, anchor, tense, day, ref, mod=None, strict=False):
        self.anchor, self.tense, self.day, self.ref, self.mod, self.strict = anchor, tense, day, ref, mod, strict

    @property
    def lookahead(self) -> bool:
        """Whether a past clause may still name a coming date: not after "since" (it points back), nor
        with `strict` (the stage's "the quarter ended Oct. 31": a period that has ended; "In January, the
        company hired ...": a time a finite past verb itself happened at)."""
        return self.mod != "ON_OR_AFTER" and not self.strict


class _Rel(Exception):
    """Raised by a rule that needs the document date when there is none."""

    def __init__(self, granularity, type_="DATE", weekday=None):
        self.granularity, self.type, self.weekday = granularity, type_, weekday


def _need(ctx, gran, type_="DATE") -> dt.date:
    if ctx.anchor is None:
        raise _Rel(gran, type_)
    return ctx.anchor


def _num(s: str | None):
    if s is None:
        return None
    if s in NUMBERS:
        return NUMBERS[s]
    try:
        f = float(s)
    except ValueError:
        return None
    return int(f) if f == int(f) else f


def _year_of(yref: str, ctx, gran: str) -> int:
    """The year "this year", "the following year"... name; `gran` is the granularity of the whole
    expression ("March 3 this year" is a day), kept when there is no date to count from."""
    if yref in ("the year", "this year"):
        return _need(ctx, gran).year
    if yref == "the previous year" and ctx.ref and ctx.ref[:4].isdigit():
        return int(ctx.ref[:4]) - 1  # anaphoric, as "the following year": before the year under discussion
    if yref in ("last year", "the previous year"):
        return _need(ctx, gran).year - 1
    if yref == "next year":
        return _need(ctx, gran).year + 1
    if yref in ("the following year", "the next year") and ctx.ref and ctx.ref[:4].isdigit():
        return int(ctx.ref[:4]) + 1
    if yref in ("that year", "that same year", "the same year") and ctx.ref and ctx.ref[:4].isdigit():
        return int(ctx.ref[:4])  # "October the same year": the year under discussion, not the document's
    raise _Rel(gran)


# --- rules: (compiled fullmatch regex, handler(m, ctx) -> (value, granularity[, type[, mod]]) | None) ---

def _r_iso(m, ctx):
    try:
        return dt.date(int(m["y"]), int(m["m"]), int(m["d"])).isoformat(), "day"
    except ValueError:
        return None


def _r_numeric(m, ctx):
    a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
    if len(m["y"]) == 2:
        y += 2000 if y < 50 else 1900
    if m["sep"] == "." or a > 12:  # 19.01.2026 and 25/12/2025 are day-first; otherwise US month-first
        a, b = b, a
    try:
        return dt.date(y, a, b).isoformat(), "day"
    except ValueError:
        return None


def _day_rule(m, ctx):
    mon, d = MONTHS[m["mon"]], int(m["d"])
    if m["y"]:
        try:
            return dt.date(int(m["y"]), mon, d).isoformat(), "day"
        except ValueError:
            return None
    if not 1 <= d <= 31:
        return None
    if m["yref"]:
        try:
            return dt.date(_year_of(m["yref"], ctx, "day"), mon, d).isoformat(), "day"
        except ValueError:
            return None
    anchor = _need(ctx, "day")

    wd = WEEKDAYS[m["wd"]] if m["wd"] else None

    def make(y, check_wd=True):
        try:
            day = dt.date(y, mon, d)
        except ValueError:  # 29 February outside leap years
            return None
        if check_wd and wd is not None and day.weekday() != wd:  # "Monday 6 December": the year it was a Monday
            return None
        return day, day, day.isoformat()

    # a leap day or a weekday-checked date may be years away
    got = (pick_period(anchor, ctx.tense, make, (-1, 0, 1), ctx.lookahead) if wd is not None else None) or \
        pick_period(anchor, ctx.tense, lambda y: make(y, False), _WIDE, ctx.lookahead)
    return (got[2], "day") if got else None


_WIDE = tuple(range(-6, 7))


def _month_rule(m, ctx):
    mon = MONTHS[m["mon"]]
    if m["y"]:
        return f"{int(m['y']):04d}-{mon:02d}", "month"
    if m["yref"]:
        return f"{_year_of(m['yref'], ctx, 'month'):04d}-{mon:02d}", "month"
    rel = m["rel"]
    if rel in ("that", "same", "following") and ctx.ref and ctx.ref[:4].isdigit():
        # anaphoric, as TimeML anchors "that summer": "In 1994 ... That March" is March of the year under
        # discussion; "the following March" the first March after the time under discussion
        y = int(ctx.ref[:4])
        if rel == "following" and (len(ctx.ref) < 7 or not ctx.ref[5:7].isdigit() or int(ctx.ref[5:7]) >= mon):
            y += 1
        return f"{y:04d}-{mon:02d}", "month"
    anchor = _need(ctx, "month")
    if rel in ("last", "past", "previous"):  # the latest such month strictly before the current one
        y = anchor.year if mon < anchor.month else anchor.year - 1
        return f"{y:04d}-{mon:02d}", "month"
    if rel in ("next", "coming", "upcoming", "following"):
        y = anchor.year if mon > anchor.month else anchor.year + 1
        return f"{y:04d}-{mon:02d}", "month"
    if rel in ("this", "current"):
        return f"{anchor.year:04d}-{mon:02d}", "month"
    got = pick_period(anchor, ctx.tense, _part_begun(
        lambda y: (dt.date(y, mon, 1), _month_end(y, mon), f"{y:04d}-{mon:02d}"), ctx), lookahead=ctx.lookahead)
    return got[2], "month"


_PART_THIRD = {"MID": 1, "END": 2}  # where the middle and the late part of a period begin, in thirds of it


def _part_begun(make, ctx):
    """`make` for pick_period, for a part of a period a finite past verb happened in ("fighting resumed in late
    March", "talks collapsed in mid-March"; `strict`): that part, not just the period, must have begun by the
    document date, since a past event cannot lie after it; "late March" told on 12 March is last year's.
    The middle part begins a third of the way in, the late part two thirds (the 11th and the 21st of March);
    an early part begins with the period. Other readings keep the whole period ("agreed to sell it in late March":
    a plan's time may lie ahead)."""
    k = _PART_THIRD.get(ctx.mod)
    if not (k and ctx.strict and ctx.tense == "past"):
        return make

    def part(y):  # (the month's and the season's `make` give a period for every year)
        o = make(y)
        return o[0] + (o[1] - o[0]) * k // 3, o[1], o[2]
    return part


def _r_month_quarter(m, ctx):
    """"the December quarter", "the June quarter" (as companies and statistics offices name a quarter by
    the month it ends): the calendar quarter of its middle month (a quarter ending in October is
    August-October, the third), in the year the month is read in."""
    got = _month_rule(m, ctx)
    y, mon = int(got[0][:4]), int(got[0][5:7])
    y, mid = _shift_month(y, mon, -1)
    return f"{y:04d}-Q{(mid - 1) // 3 + 1}", "quarter"


def _r_month_span(m, ctx):
    """"the July-September quarter", "the October to December period": the calendar quarter (or half) those
    months make up, in the year the last month is read in; other spans of months are no single value."""
    first, last = MONTHS[m["mon1"]], MONTHS[m["mon"]]
    if (last - first, (first - 1) % 3) == (2, 0):
        letter, k = "Q", (first - 1) // 3 + 1
    elif (last - first, (first - 1) % 6) == (5, 0):
        letter, k = "H", (first - 1) // 6 + 1
    else:
        return None
    if ctx.tense == "past" and ctx.anchor:  # a period told in the past tense had ended: the latest one that has
        y = f"{ctx.anchor.year - (last >= ctx.anchor.month):04d}"
    else:
        y = _month_rule(m, ctx)[0][:4]
    return f"{y}-{letter}{k}", "quarter" if letter == "Q" else "half"


_NTH = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}


def _r_nth_weekday(m, ctx):
    """"the first Sunday in June", "the last Friday of March 2027": that day of that month (the month read
    as a bare month is, in the year given or by tense)."""
    y, mon = (int(v) for v in _month_rule(m, ctx)[0].split("-"))
    wd = WEEKDAYS[m["wd"]]
    if m["nth"] == "last":
        d = _month_end(y, mon)
        d -= dt.timedelta(days=(d.weekday() - wd) % 7)
    else:
        d = dt.date(y, mon, 1)
        d += dt.timedelta(days=(wd - d.weekday()) % 7 + 7 * (_NTH[m["nth"]] - 1))
    return d.isoformat(), "day"


def _r_year(m, ctx):
    return f"{int(m['y']):04d}", "year"


_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                 "eighties": 8, "nineties": 9}


def _r_decade(m, ctx):
    if m.groupdict().get("dw"):  # "the nineties", "the nineteen-sixties"
        return f"19{_DECADE_WORDS[m['dw']]}", "decade"
    if m["dec"]:
        if m["dec"][0] == "1" and m["dec"].endswith("0"):
            # "the 1800s", "the early 1900s": the century, TIMEX3's "18" / "19" (not the decade 1800-1809);
            # "the 2000s" stays the decade it usually names
            return m["dec"][:2], "century"
        return m["dec"], "decade"
    d = int(m["d2"])
    return ("19" if d >= 2 else "20") + str(d), "decade"


def _r_decade_rel(m, ctx):
    y = _need(ctx, "decade").year // 10
    return str(y + {"this": 0, "current": 0, "last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}[m["rel"]]), "decade"


def _r_unit_end(m, ctx):
    """'year-end', 'the month's end': the current unit (by tense), mod END."""
    got = _positioned(m["unit"], ctx, "END")
    return (got[0], got[1], "DATE", "END") if got else None


def _positioned(unit: str, ctx, position: str | None):
    """The current unit for a position in it ("year-end", "the end of the decade"); told as past ("since
    year-end", a past verb's "at the end of the year": `strict`), the last one whose end (or middle) the
    document date has reached: the current year's end is still to come."""
    got = _r_unit_rel({"rel": "this", "the": None, "unit": unit}, ctx)
    if got and ctx.strict and ctx.tense == "past" and position in ("MID", "END"):
        bounds = period_bounds(got[0])
        if bounds and (bounds[1] if position == "END" else bounds[0] + (bounds[1] - bounds[0]) / 2) > ctx.anchor:
            return _r_unit_rel({"rel": "last", "the": None, "unit": unit}, ctx)
    return got


def _r_unit_positioned(m, ctx):
    """'the end of the year', 'the end of the decade': the unit with a position is the current one. Alone,
    'the year' is the year under discussion (of the last time the text named, else the document's: "a high
    for the year"); 'the month', 'the week', 'the decade' alone are too often generic to read."""
    if ctx.mod not in ("START", "MID", "END"):
        if m["unit"] == "month":
            return _the_month(ctx)
        if m["unit"] != "year":
            return None
        if ctx.ref and ctx.ref[:4].isdigit():
            return ctx.ref[:4], "year"
        return f"{_need(ctx, 'year').year:04d}", "year"
    if m["unit"] in ("decade", "century") and ctx.tense == "past" and ctx.ref and ctx.ref[:3].isdigit():
        # "The end of the decade marked a turning point" after "in 1986": the decade under discussion
        return (ctx.ref[:3], "decade") if m["unit"] == "decade" else (ctx.ref[:2], "century")
    if ctx.tense == "past" and ctx.ref and ctx.anchor and (own := _own_unit(m["unit"], ctx.ref)) \
            and own < ctx.anchor.isoformat()[:len(own)]:
        # "Protests began on April 2. By the end of the month, he had resigned", told in June; "founded in 2019; by
        # the end of the year it employed 50": a past clause tells the month or year under discussion (TimeML's
        # reference time) when that one lies wholly before the document's, not the last one ended before now
        return own, m["unit"]
    return _positioned(m["unit"], ctx, ctx.mod)


def _the_month(ctx) -> tuple[str, str] | None:
    """'sales for the month', 'in the month' (`_THE_MONTH_FIND`) after a month was named ("Car sales fell 9% in
    September. Sales for the month were the weakest since 1983"): the month under discussion, as 'the year' is the
    year, TIMEX3's anaphoric reading of a definite unit; None when the time last named is no month (a day or a
    year leaves the month unsaid, and 'the month' with nothing named is too often generic). Read with no context
    (no document date, no time named) it is relative: the stage reads it again in context, and drops it unread."""
    if ctx.ref and _A_MONTH.fullmatch(ctx.ref):
        return ctx.ref, "month"
    if ctx.anchor is None and ctx.ref is None:
        raise _Rel("month")
    return None


_A_MONTH = re.compile(r"\d{4}-(?:0[1-9]|1[0-2])")


def _own_unit(unit: str, ref: str) -> str | None:
    """The month or year of a reference time ("2025-04-02" -> "2025-04" or "2025"), if it names one."""
    if unit == "month":
        return ref[:7] if _MONTH_OF.match(ref) else None
    return ref[:4] if unit == "year" and ref[:4].isdigit() else None


def _r_century(m, ctx):
    n = ORDINALS.get(m["ord"]) or (int(m["ord"][:-2]) if m["ord"][:-2].isdigit() else None)
    return (f"{n - 1:02d}", "century") if n else None


def _r_season(m, ctx):
    code, start = SEASONS[m["season"]]
    if m["y"]:
        return f"{int(m['y']):04d}-{code}", "season"
    if m["yref"]:
        return f"{_year_of(m['yref'], ctx, 'season'):04d}-{code}", "season"
    if m["rel"] in ("that", "same"):  # "that summer": of the year under discussion (TimeML's anchor)
        if not ctx.ref or not ctx.ref[:4].isdigit():
            raise _Rel("season")
        return f"{ctx.ref[:4]}-{code}", "season"

    def make(y):
        s = dt.date(y, start, 1)
        e = _month_end(y + 1, 2) if start == 12 else _month_end(y, start + 2)
        return s, e, f"{y:04d}-{code}"

    rel = m["rel"]
    if rel in ("following", "previous", "preceding") and ctx.ref and ctx.ref[:4].isdigit():
        return _season_from_ref(ctx.ref, rel, make), "season"
    anchor = _need(ctx, "season")
    opts = [make(anchor.year + k) for k in (-2, -1, 0, 1)]  # in time order
    if rel in ("last", "past", "previous"):  # the latest ended before the document date
        got = [o for o in opts if o[1] < anchor][-1]
    elif rel in ("next", "coming", "upcoming"):  # the first begun after it
        got = next(o for o in opts if o[0] > anchor)
    elif rel in ("this", "current"):
        # the one under way, else the nearer of the last and the next, whatever the tense of a report
        # ("promised to push for it this summer" in May: the coming one; "began trading this summer" in
        # November: the last); a future clause looks ahead ("will travel this summer" in September), and a
        # time a past verb itself happened at looks back ("this spring, the company hired" in January)
        if ctx.strict and ctx.tense == "past":
            got = pick_period(anchor, "past", make, lookahead=False)
        else:
            got = pick_period(anchor, "future" if ctx.tense == "future" else None, make)
    else:
        got = pick_period(anchor, ctx.tense, _part_begun(make, ctx), lookahead=ctx.lookahead)
    return got[2], "season"


def _season_from_ref(ref: str, rel: str, make) -> str:
    """"the following spring", "the previous winter": counted from the time the text last named (TimeML's anchor
    for an anaphoric season, as for "the following March"): the first such season begun after the day that time
    begins on, or the last one ended before it; a year alone gives the season of the year after or before it."""
    y = int(ref[:4])
    begins = _ref_start(ref)
    if begins is None:
        return make(y + (1 if rel == "following" else -1))[2]
    opts = [make(begins.year + k) for k in (-2, -1, 0, 1)]  # in time order
    if rel == "following":
        return next(o for o in opts if o[0] > begins)[2]
    return [o for o in opts if o[1] < begins][-1][2]


# the month a season, quarter or half value begins in ("2004-SU": June)
_PERIOD_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12, "Q1": 1, "Q2": 4, "Q3": 7, "Q4": 10, "H1": 1, "H2": 7}
_WEEK_REF = re.compile(r"\d{4}-W(\d\d?)\b")


def _ref_start(ref: str) -> dt.date | None:
    """The day the time `ref` (a TIMEX3 value) begins on: its month's first for a month, day, season, quarter or
    half, a week's Monday; None for a year alone or a value with no month."""
    y, rest = int(ref[:4]), ref[5:7]
    if rest.isdigit():
        return dt.date(y, int(rest), 1) if 1 <= int(rest) <= 12 else None
    if rest in _PERIOD_START:
        return dt.date(y, _PERIOD_START[rest], 1)
    week = _WEEK_REF.match(ref)
    try:  # (week 53 of a year that has none, or week 0: no week)
        return dt.date.fromisocalendar(y, int(week[1]), 1) if week else None
    except ValueError:
        return None


def _quarter_value(ctx, m, q: int, letter: str = "Q", size: int = 3) -> tuple[str, str]:
    gran = "quarter" if letter == "Q" else "half"
    if m["y"]:
        return f"{int(m['y']):04d}-{letter}{q}", gran
    if m["yref"]:
        y = _year_of(m["yref"], ctx, gran)
        if m["yref"] == "the year" and ctx.tense == "past" and dt.date(y, (q - 1) * size + 1, 1) > _need(ctx, gran):
            # "raised $12m during the third quarter of the year", told in January: a past clause tells a period
            # already begun, so "the year" is the last one (TIMEX3: the DCT anchors, the tense sets the direction)
            y -= 1
        return f"{y:04d}-{letter}{q}", gran
    anchor = _need(ctx, gran)

    def make(y):
        s = dt.date(y, (q - 1) * size + 1, 1)
        return s, _month_end(y, q * size), f"{y:04d}-{letter}{q}"

    # a period named without a year is usually the latest reported one: the latest begun by the document
    # date; in the future tense the next to be reported, which may be one that ended up to ~3 months ago; but one a
    # future event happens in (`strict`: "will rise in the second half") has not ended yet
    if ctx.tense == "future":
        soon = anchor if ctx.strict else anchor - dt.timedelta(days=92)
        return next(o for o in (make(anchor.year + k) for k in (-1, 0, 1)) if o[1] >= soon)[2], gran
    return pick_period(anchor, "past", make, lookahead=False)[2], gran


def _quarter_index(value: str | None) -> int | None:
    """year * 4 + quarter - 1 of a 'YYYY-QN' value, else None."""
    if value and len(value) == 7 and value[:4].isdigit() and value[4:6] == "-Q" and value[6] in "1234":
        return int(value[:4]) * 4 + int(value[6]) - 1
    return None


def _r_quarter(m, ctx):
    q = ORDINALS.get(m["ord"], 4) if m["ord"] else int(m["q"])  # the quarters 1-4 only; "last" (of a year): 4
    if m.groupdict().get("poss"):  # "last year's third quarter"
        y = _need(ctx, "quarter").year + {"this": 0, "last": -1, "next": 1}[m["poss"]]
        return f"{y:04d}-Q{q}", "quarter"
    value, gran = _quarter_value(ctx, m, q)
    if m.groupdict().get("ago"):  # "the year-ago third quarter": the same quarter a year before
        value = f"{int(value[:4]) - 1:04d}{value[4:]}"
    return value, gran


def _r_year_ago(m, ctx):
    """'year-earlier (profit)': the period under discussion (a quarter or a year the text named) a year before."""
    i = _quarter_index(ctx.ref)
    if i is not None:
        return f"{i // 4 - 1:04d}-Q{i % 4 + 1}", "quarter"
    if ctx.ref and ctx.ref[:4].isdigit():
        return f"{int(ctx.ref[:4]) - 1:04d}", "year"
    return f"{_need(ctx, 'year').year - 1:04d}", "year"


def _r_the_quarter(m, ctx):
    """'the quarter', 'the latest quarter', 'the year-earlier quarter': the quarter the report is about
    (the last quarter the text named, else the latest completed one), or that quarter a year before."""
    i = _quarter_index(ctx.ref)
    if m.groupdict().get("period") and i is None:
        if ctx.anchor is None and ctx.ref is None:
            raise _Rel("quarter")  # read in context: a quarter if the text is about one
        if m["y"]:  # "the 1988 period" in a text not about a quarter: that year
            return m["y"], "year"
        if ctx.ref and len(ctx.ref) == 4 and ctx.ref.isdigit() and m["ago"]:
            return f"{int(ctx.ref) - 1:04d}", "year"  # after "the nine months": the year to date, a year before
        if m["ago"] and m["ago"].endswith("last year"):  # "the same period last year", in a text on no quarter
            return f"{_need(ctx, 'year').year - 1:04d}", "year"  # last year at least, as "last year" alone says
        return None  # "the latest period" is a quarter only when the text is about one
    if m["y"]:  # "the 1988 quarter": the quarter under discussion, in 1988
        if i is None:
            anchor = _need(ctx, "quarter")
            i = anchor.year * 4 + (anchor.month - 1) // 3 - 1
        i = int(m["y"]) * 4 + i % 4
    elif i is None and not m["latest"] and ctx.mod in _POSITIONS:
        i = _quarter_at_position(ctx)  # "by the end of the quarter", in a text on no quarter yet
    elif i is None or m["latest"]:
        anchor = _need(ctx, "quarter")
        i = anchor.year * 4 + (anchor.month - 1) // 3 - (0 if m["latest"] == "current" else 1)
    if m["ago"]:
        i -= 4
    return f"{i // 4:04d}-Q{i % 4 + 1}", "quarter"


_POSITIONS = frozenset({"START", "MID", "END"})


def _quarter_at_position(ctx) -> int:
    """The quarter (year * 4 + quarter - 1) of "the start/middle/end of the quarter" when the text has named no
    quarter: as "the end of the year" and "the end of the month" are, the current one ("expects to break even by
    the end of the quarter"); in a past clause the last one whose start, middle or end the document date has
    reached ("had $2 billion in cash at the end of the quarter", told three weeks into a new one: the last)."""
    anchor = _need(ctx, "quarter")
    i = anchor.year * 4 + (anchor.month - 1) // 3
    if ctx.tense == "past":
        first = dt.date(anchor.year, (i % 4) * 3 + 1, 1)
        last = _month_end(anchor.year, (i % 4) * 3 + 3)
        if {"START": first, "MID": first + (last - first) / 2, "END": last}[ctx.mod] > anchor:
            i -= 1
    return i


_MONTH_OF = re.compile(r"\d{4}-(\d\d)")  # the month of a month or day value ("2026-08", "2025-11-03")


def _r_quarter_rel(m, ctx):
    """this/last/next quarter from the document date; with "the", "the previous/following/next quarter" from the
    quarter the text is about (TimeML anchors them to the time under discussion, as "the previous week"): "Orders
    in the third quarter rose from the previous quarter" is the second quarter, whatever the document date."""
    rel = m["rel"]
    if m.group(0)[:4].lower() == "the " and rel in _ANAPHORIC_STEP and ctx.ref:
        i = _quarter_index(ctx.ref)
        if i is None and (mo := _MONTH_OF.match(ctx.ref)):
            i = int(ctx.ref[:4]) * 4 + (int(mo[1]) - 1) // 3  # a month or day: the quarter it lies in
        if i is not None:
            i += _ANAPHORIC_STEP[rel]
            return f"{i // 4:04d}-Q{i % 4 + 1}", "quarter"
    anchor = _need(ctx, "quarter")
    k = {"this": 0, "current": 0, "last": -1, "past": -1, "previous": -1, "prior": -1, "preceding": -1,
         "next": 1, "coming": 1, "following": 1, "upcoming": 1}.get(m["rel"])
    if k is None:
        return None
    i = anchor.year * 4 + (anchor.month - 1) // 3 + k
    return f"{i // 4:04d}-Q{i % 4 + 1}", "quarter"


def _r_half(m, ctx):
    h = ORDINALS.get(m["ord"])
    if h not in (1, 2):
        return None
    if m["py"]:  # "1988's second half": that year's, as "the second half of 1988"
        return f"{int(m['py']):04d}-H{h}", "half"
    if m["pyref"]:  # "last year's second half"
        return f"{_year_of(m['pyref'], ctx, 'half'):04d}-H{h}", "half"
    return _quarter_value(ctx, m, h, "H", 6)


def _r_months_of(m, ctx):
    """'the final three months of 2023' is 2023-Q4, 'the first six months of last year' its H1."""
    y = int(m["y"]) if m["y"] else _year_of(m["yref"], ctx, "quarter" if m["n"] in ("three", "3") else "half")
    first = m["pos"] == "first"
    if m["n"] in ("three", "3"):
        return f"{y:04d}-Q{1 if first else 4}", "quarter"
    return f"{y:04d}-H{1 if first else 2}", "half"


def _r_fiscal(m, ctx):
    y = m["y"]
    if y:
        y = int(y)
        if y < 100:
            y += 2000 if y < 50 else 1900
        return f"{y:04d}", "year"  # TimeML corpora write a fiscal year as the year it is named by
    rel = m["rel"]
    if rel in ("same", "that", "following"):  # anaphoric, as "the same year": the year the text last named
        if ctx.ref and ctx.ref[:4].isdigit():
            return f"{int(ctx.ref[:4]) + (rel == 'following'):04d}", "year"
        raise _Rel("year")
    anchor = _need(ctx, "year")
    k = {"this": 0, "current": 0, "last": -1, "previous": -1, "past": -1, "prior": -1, "preceding": -1,
         "next": 1, "coming": 1, "upcoming": 1}[rel]
    return f"{anchor.year + k:04d}", "year"


def _r_holiday(m, ctx):
    if not m["hweek"]:
        return _holiday(m, ctx)
    try:  # "Easter week", "Christmas week": the ISO week of that day
        return _week_value(dt.date.fromisoformat(_holiday(m, ctx)[0])), "week"
    except _Rel:
        raise _Rel("week") from None


def _holiday(m, ctx):
    fn = HOLIDAYS[m["hol"]]  # clean() has made the apostrophe straight
    if m["y"]:
        return fn(int(m["y"])).isoformat(), "day"
    if m["yref"]:
        return fn(_year_of(m["yref"], ctx, "day")).isoformat(), "day"
    anchor = _need(ctx, "day")
    days = [fn(anchor.year + k) for k in (-1, 0, 1)]
    rel = m["hrel"]
    if rel == "last":  # "last Christmas": the one before the document date
        return max(d for d in days if d < anchor).isoformat(), "day"
    if rel in ("next", "coming"):
        return min(d for d in days if d > anchor).isoformat(), "day"
    tense = None if rel == "this" else ctx.tense
    got = pick_period(anchor, tense, lambda y: (fn(y), fn(y), fn(y).isoformat()), lookahead=ctx.lookahead)
    return got[2], "day"


def _r_dayword(m, ctx):
    w = m["w"]
    part = m["part"]
    if w == "tonight":
        w, part = "today", "tonight"
    elif w == "last night":
        w, part = "yesterday", "night"
    elif w in ("this morning", "this afternoon", "this evening"):
        w, part = "today", w.split()[1]
    anchor = _need(ctx, "part_of_day", "TIME") if part else _need(ctx, "day")
    k = {"today": 0, "yesterday": -1, "tomorrow": 1, "the day before yesterday": -2, "the day after tomorrow": 2}[w]
    d = (anchor + dt.timedelta(days=k)).isoformat()
    if part:
        return d + "T" + PARTS[part], "part_of_day", "TIME"
    return d, "day"


def _r_weekday(m, ctx):
    wd = WEEKDAYS[m["wd"]]
    rel = m["rel"]
    if m["wk"]:  # "Monday next week", "Friday last week"
        anchor = _need(ctx, "day")
        monday = anchor - dt.timedelta(days=anchor.weekday())
        k = {"next": 7, "last": -7, "this": 0}[m["wk"]]
        d = monday + dt.timedelta(days=k + wd)
    else:
        if rel in ("last", "past", "previous"):
            direction = "last"
        elif rel in ("next", "coming", "upcoming"):
            direction = "next"
        else:
            direction = weekday_direction(ctx.tense)
        if ctx.anchor is None:
            raise _Rel("day", weekday=wd if rel in (None, "this") else None)
        d = weekday_date(ctx.anchor, wd, direction)
    if m["part"]:
        return d.isoformat() + "T" + PARTS[m["part"]], "part_of_day", "TIME"
    return d.isoformat(), "day"


_ANAPHORIC_STEP = {"same": 0, "that": 0, "following": 1, "next": 1, "previous": -1, "preceding": -1, "prior": -1}


def _from_ref(ref: str | None, k: int, unit: str) -> tuple[str, str] | None:
    """The `unit` k units from the time the text last named (TimeML anchors "that week", "the following
    month", "the previous year" to the time under discussion, not to the document date); None when no
    time was named or it is coarser than the unit ("the next week" after "1991")."""
    if not ref or not ref[:4].isdigit():
        return None
    if unit == "year":
        return f"{int(ref[:4]) + k:04d}", "year"
    if unit == "month" and len(ref) >= 7 and ref[4] == "-" and ref[5:7].isdigit():
        y, mo = _shift_month(int(ref[:4]), int(ref[5:7]), k)
        return f"{y:04d}-{mo:02d}", "month"
    if unit in ("day", "week", "weekend") and len(ref) >= 10 and ref[4] == "-" and ref[5:7].isdigit():
        try:
            d = dt.date.fromisoformat(ref[:10])
        except ValueError:
            return None
        if unit == "day":
            return (d + dt.timedelta(days=k)).isoformat(), "day"
        return _week_value(d + dt.timedelta(weeks=k)) + ("-WE" if unit == "weekend" else ""), "week"
    if unit in ("week", "weekend") and re.fullmatch(r"\d{4}-W\d\d(?:-WE)?", ref):  # a week or its weekend
        d = dt.date.fromisocalendar(int(ref[:4]), int(ref[6:8]), 1) + dt.timedelta(weeks=k)
        return _week_value(d) + ("-WE" if unit == "weekend" else ""), "week"
    return None


def _r_unit_rel(m, ctx):
    """this/last/next week|month|year|weekend|decade (deictic: from the document date); with "the",
    "the following/previous/next week", and "that/the same month" (anaphoric: from the time the text
    last named, the document date when it named none)."""
    rel, unit = m["rel"], m["unit"]
    if rel in ("same", "that", "following") or (m["the"] and rel in ("next", "previous", "preceding", "prior")):
        got = _from_ref(ctx.ref, _ANAPHORIC_STEP[rel], unit)
        if got is not None:
            return got
        if rel in ("same", "that", "following"):
            raise _Rel("week" if unit == "weekend" else unit)
    k = {"this": 0, "current": 0, "last": -1, "past": -1, "previous": -1, "prior": -1, "preceding": -1,
         "next": 1, "coming": 1, "upcoming": 1}[rel]
    return _deictic_unit(_need(ctx, unit if unit != "weekend" else "week"), unit, k)


def _r_unit_two_off(m, ctx):
    """"the week before last", "the year after next", "the weekend before last": two units from the document
    date's own, as "the day before yesterday" is two days (deictic, as "last week" is)."""
    unit = m["unit"]
    return _deictic_unit(_need(ctx, unit if unit != "weekend" else "week"), unit, -2 if m["dir"] == "before last" else 2)


def _deictic_unit(anchor: dt.date, unit: str, k: int) -> tuple[str, str] | None:
    """The week, weekend, month, year, decade or century k units from the one holding `anchor`."""
    if unit == "day":
        return (anchor + dt.timedelta(days=k)).isoformat(), "day"
    if unit == "week":
        if k < 0 and anchor.weekday() == 6:
            k += 1  # on a Sunday "last week" is the week just ending (ISO weeks end on Sunday)
        return _week_value(anchor + dt.timedelta(weeks=k)), "week"
    if unit == "weekend":
        return _week_value(anchor + dt.timedelta(weeks=k)) + "-WE", "week"
    if unit == "month":
        y, mo = _shift_month(anchor.year, anchor.month, k)
        return f"{y:04d}-{mo:02d}", "month"
    if unit == "year":
        return f"{anchor.year + k:04d}", "year"
    if unit == "decade":
        return str(anchor.year // 10 + k), "decade"
    if unit == "century":
        return f"{anchor.year // 100 + k:02d}", "century"
    return None


def _ref_day(ctx) -> dt.date | None:
    """The day the text last named (ctx.ref when it is a day, or a time on a day: "at 10 a.m. Tuesday
    ... later that day"), for "that day", "the next morning"."""
    ref = ctx.ref[:10] if ctx.ref and len(ctx.ref) > 10 and ctx.ref[10] == "T" else ctx.ref
    if ref and len(ref) == 10 and ref[4] == "-":
        try:
            return dt.date.fromisoformat(ref)
        except ValueError:
            return None
    return None


_DAY_STEP = {"same": 0, "that": 0, "that same": 0, "this": 0, "next": 1, "following": 1, "previous": -1, "preceding": -1}


_MONTH_VALUE = re.compile(r"\d{4}-[01]\d")


def _r_day_anaphor(m, ctx):
    """The day the text last named, or the one after/before it: "later that day", "that same day",
    "the next morning", "the previous day" (TimeML anchors these to the time under discussion; with
    no day named, the document date for "the day" and "the next day", none for "that day" or for the next
    day a finite past verb happened on)."""
    day = _ref_day(ctx)
    rel = m["drel"] or m["drel2"] or "the"
    if day is None:
        if rel in ("that", "that same", "same") and not m["dpart"] and ctx.ref and _MONTH_VALUE.fullmatch(ctx.ref):
            return ctx.ref + "-XX", "day"  # "in October ... that same day": a day of that month (TIMEX3 writes it 1998-10-XX)
        if rel in ("that", "that same", "same") or (rel in ("next", "following") and ctx.strict and ctx.tense == "past"):
            # (a day after one the text never named, as the time a finite past verb happened at: "the minister
            # resigned the following day" with no day before it is some past day, not the day after the
            # document date, which is still to come)
            raise _Rel("part_of_day", "TIME") if m["dpart"] else _Rel("day")
        day = _need(ctx, "part_of_day", "TIME") if m["dpart"] else _need(ctx, "day")
    d = day + dt.timedelta(days=_DAY_STEP.get(rel, 0))
    if m["dpart"]:
        return d.isoformat() + "T" + PARTS[m["dpart"]], "part_of_day", "TIME"
    return d.isoformat(), "day"


def _r_weekday_anaphor(m, ctx):
    """"the previous Friday", "the following Monday": counted from the day the text last named."""
    day = _ref_day(ctx) or _need(ctx, "day")
    return weekday_date(day, WEEKDAYS[m["wd"]], "last" if m["arel"] in ("previous", "preceding") else "next").isoformat(), "day"


def _r_weekday_that(m, ctx):
    """"that Friday", "that same Monday", "the same Sunday": TimeML anchors a weekday with an anaphoric determiner
    to the time under discussion, not the document date: the first such weekday on or after the day the text last
    named (a story told in order: "arrived on Sunday, Aug. 14 ... that Friday" is Aug. 19), or that weekday of the
    week it last named ("the week of March 2 ... that Tuesday"). With neither, the bare weekday's own reading."""
    wd = WEEKDAYS[m["wd"]]
    day = _ref_day(ctx)
    if day is not None:
        return weekday_date(day, wd, "future").isoformat(), "day"
    wk = _WEEK_REF.fullmatch(ctx.ref or "")
    if wk:
        return dt.date.fromisocalendar(int(ctx.ref[:4]), int(wk[1]), wd + 1).isoformat(), "day"
    return _r_weekday({"wd": m["wd"], "rel": "that", "wk": None, "part": None}, ctx)


def _day_named_by(rest: str, ctx, unit: str) -> dt.date | None:
    """The single day the rest of a phrase names ("Tuesday's hearing", "March 6"); None when it names
    none; relative (in `unit`) when that day is itself relative to a time not known."""
    day = _normalize(rest, ctx.anchor, ctx.tense, None, ctx.ref, ctx.strict)
    if day is None or day.type != "DATE":
        return None
    if day.value is None:
        raise _Rel(unit)
    return dt.date.fromisoformat(day.value) if len(day.value) == 10 else None


def _r_day_around(m, ctx):
    """"the day before Tuesday's hearing", "the day after March 3": a day either side of a day."""
    day = _day_named_by(m["rest"], ctx, "day")
    if day is None:
        return None
    return (day + dt.timedelta(days=1 if m["side"] == "after" else -1)).isoformat(), "day"


def _r_unit_around(m, ctx):
    """"the day before", "the night after", "the week before", "the year after" ending a clause: the unit
    either side of the time the text last named (TimeML's anchor), else of the document date."""
    k = 1 if m["side"] == "after" else -1
    unit = m["unit"]
    if unit == "night":
        day = _ref_day(ctx) or _need(ctx, "part_of_day", "TIME")
        return (day + dt.timedelta(days=k)).isoformat() + "TNI", "part_of_day", "TIME"
    got = _from_ref(ctx.ref, k, unit)
    if got is None:
        return _r_unit_rel({"rel": "next" if k == 1 else "last", "the": None, "unit": unit}, ctx)
    return got


def _r_week_of(m, ctx):
    """'the week of March 6': the ISO week of that day."""
    day = _day_named_by(m["rest"], ctx, "week")
    return None if day is None else (_week_value(day), "week")


def _r_the_weekend(m, ctx):
    anchor = _need(ctx, "week")
    d = anchor
    if ctx.tense == "future":
        if anchor.weekday() == 6:
            d = anchor + dt.timedelta(days=1)
    elif anchor.weekday() < 5:  # past (the default): the weekend just gone
        d = anchor - dt.timedelta(days=7)
    return _week_value(d) + "-WE", "week"


def _shift(anchor: dt.date, n: int, unit: str) -> tuple[str, str] | None:
    if unit in ("day", "night"):
        return (anchor + dt.timedelta(days=n)).isoformat(), "day"
    if unit in ("week", "fortnight"):
        return _week_value(anchor + dt.timedelta(weeks=n * (2 if unit == "fortnight" else 1))), "week"
    if unit == "month":
        y, mo = _shift_month(anchor.year, anchor.month, n)
        return f"{y:04d}-{mo:02d}", "month"
    if unit == "quarter":
        i = anchor.year * 4 + (anchor.month - 1) // 3 + n
        return f"{i // 4:04d}-Q{i % 4 + 1}", "quarter"
    if unit == "year":
        return f"{anchor.year + n:04d}", "year"
    if unit == "decade":
        return str(anchor.year // 10 + n), "decade"
    if unit in ("century", "centurie"):
        return f"{anchor.year // 100 + n:02d}", "century"
    return None


_SPAN_UNITS = frozenset({"second", "minute", "hour", "day", "night", "week", "fortnight"})


def _r_ago(m, ctx):
    unit = m["unit"]
    n = _num(m["n"]) if m["n"] else None
    direction = m["dir"]
    between = direction in ("earlier", "later", "before", "after")
    if between and (unit in _SPAN_UNITS or m["vague"]):
        # "three days later", "a few hours earlier": TimeML corpora mark the stretch between two events
        value = _dur("X" if m["vague"] or n is None else n, unit)  # "days later": PXD
        return (value, "duration", "DURATION") if value else None
    if m["vague"] or not isinstance(n, int):
        if direction in ("ago", "back"):
            return "PAST_REF", "past"
        if direction in ("from now", "hence"):
            return "FUTURE_REF", "future"
        return None
    sign = -1 if direction in ("ago", "back", "earlier", "before") else 1
    if between:
        # relative to the time the text last named (TimeML's anchor), kept at that time's granularity;
        # null when the text named none
        got = _shift_ref(ctx.ref, sign * n, unit)
        if got is None and sign < 0 and ctx.ref is None and ctx.anchor is not None and unit not in _CLOCK_UNITS:
            # "up 5% from a year earlier" before any time is named: compared with now, TimeML's anchor being
            # the document date ("two months later" with nothing named stays unknown)
            return _shift(ctx.anchor, sign * n, unit)
        if got is None:
            raise _Rel(UNITS[unit][1])
        return got
    if unit in _CLOCK_UNITS:
        return _clock_ago(ctx, n, unit)
    anchor = _need(ctx, UNITS[unit][1])
    i = _quarter_index(ctx.ref)
    if unit == "year" and i is not None and anchor.year - 1 <= i // 4 <= anchor.year:
        return _shift_ref(ctx.ref, sign * n, unit)  # "profit of $5m a year ago": that quarter then
    return _shift(anchor, sign * n, unit)


_CLOCK_SECONDS = {"second": 1, "minute": 60, "hour": 3600}


def _clock_ago(ctx, n: int, unit: str) -> tuple[str, str] | None:
    """"forty-five minutes ago", "two hours ago": a moment of the document's own day, the finest a text dated to
    the day can say (a point, not the length PT45M); unknown when the stretch reaches a day or more."""
    if n * _CLOCK_SECONDS[unit] >= 86400:
        return None
    return _need(ctx, "day").isoformat(), "day"


# the time "ago" counts back from, when it is not the document date: "a year ago today", "ten years ago this
# month", "a year ago this week", "two years ago last month" (TimeML: one expression, that time moved back)
_AGO_ANCHOR = r"today|tonight|yesterday|(?:this|last) (?:week|month)"


def _r_from_day(m, ctx):
    """'a week from today' (2027-03-19 told on 2027-03-12), 'two weeks from Tuesday': the day named, moved on n
    units; one DATE, a day (TimeML), not the length "a week" and the day apart."""
    n = _num(m["n"])
    day = _normalize(m["rest"], ctx.anchor, ctx.tense, None, ctx.ref, ctx.strict)
    if not isinstance(n, int) or day is None:
        return None
    if day.value is None:
        raise _Rel("day")
    if len(day.value) != 10:
        return None
    d = dt.date.fromisoformat(day.value)
    unit = m["unit"]
    if unit in ("day", "week"):
        return (d + dt.timedelta(days=n * (7 if unit == "week" else 1))).isoformat(), "day"
    y, mo = _shift_month(d.year, d.month, n * (12 if unit == "year" else 1))
    return dt.date(y, mo, min(d.day, calendar.monthrange(y, mo)[1])).isoformat(), "day"


def _r_ago_anchored(m, ctx):
    """"a year ago today" (2025-11-18 in a story of 2026-11-18), "ten years ago this month" (2016-11), "a year
    ago this week" (2025-W47): the anchoring time's own value, moved back n units at its own granularity."""
    n = _num(m["n"])
    rest = _normalize(m["rest"], ctx.anchor, ctx.tense, None, ctx.ref, ctx.strict)
    if not isinstance(n, int) or rest is None:
        return None
    if rest.value is None:  # no document date yet (the candidate is tried alone): known to be readable
        raise _Rel(rest.granularity)
    if not rest.value[:4].isdigit():
        return None
    value, unit = rest.value[:10], m["unit"]
    years = {"year": n, "decade": 10 * n}.get(unit)
    if years is not None:  # the same day, month or week of that year
        y = int(value[:4]) - years
        tail = value[4:].replace("-02-29", "-02-28")
        wk = re.fullmatch(r"-W(\d\d)", tail)
        if wk and int(wk[1]) == 53:
            tail = "-W52"
        return f"{y:04d}{tail}", rest.granularity
    if "W" in value:
        if unit != "week":
            return None
        y, w = int(value[:4]), int(value[6:8])
        monday = dt.date.fromisocalendar(y, w, 1) - dt.timedelta(weeks=n)
        iso = monday.isocalendar()
        return f"{iso[0]:04d}-W{iso[1]:02d}", "week"
    return _shift_ref(value, -n, unit)


def _shift_ref(ref: str | None, n: int, unit: str) -> tuple[str, str] | None:
    """A year, quarter, month or day value moved by n units, at its own granularity (None if it cannot be)."""
    if not ref or not ref[:4].isdigit():
        return None
    y = int(ref[:4])
    qi = _quarter_index(ref)
    if qi is not None:
        k = {"year": 4 * n, "quarter": n}.get(unit)
        return None if k is None else (f"{(qi + k) // 4:04d}-Q{(qi + k) % 4 + 1}", "quarter")
    if len(ref) == 4 or unit in ("year", "decade"):  # "a year earlier" than a day or month: that year
        k = {"year": n, "decade": 10 * n}.get(unit)
        return None if k is None else (f"{y + k:04d}", "year")
    # (a year or a decade was handled above, at year granularity)
    if len(ref) == 7 and ref[5:].isdigit():
        k = {"quarter": 3 * n, "month": n}.get(unit)
        if k is None:
            return None
        yy, mo = _shift_month(y, int(ref[5:]), k)
        return f"{yy:04d}-{mo:02d}", "month"
    if len(ref) == 10:
        try:
            d = dt.date.fromisoformat(ref)
        except ValueError:
            return None
        if unit in ("day", "night", "week", "fortnight"):
            days = n * {"day": 1, "night": 1, "week": 7, "fortnight": 14}[unit]
            return (d + dt.timedelta(days=days)).isoformat(), "day"
        k = {"quarter": 3 * n, "month": n}.get(unit)
        if k is None:
            return None
        yy, mo = _shift_month(d.year, d.month, k)
        return dt.date(yy, mo, min(d.day, _month_end(yy, mo).day)).isoformat(), "day"
    return None


def _r_in_n(m, ctx):
    unit = m["unit"]
    n = _num(m["n"])
    if not isinstance(n, int) or unit in _CLOCK_UNITS:
        return None
    return _shift(_need(ctx, UNITS[unit][1]), n, unit)


_HALF = {"Y": (6, "M"), "M": (15, "D"), "W": (3, "D"), "D": (12, "H"), "H": (30, "M"), "Mi": (30, "S")}


def _dur(n, unit: str) -> str | None:
    """P3Y, PT2H, PXY; decades and centuries in years (P20Y), as ISO 8601 and TimeML corpora write them;
    n may be x.5 ("two and a half years": P2Y6M)."""
    letter = UNITS[unit][0]
    if unit == "fortnight":
        n = 2 * n if isinstance(n, (int, float)) else n
    if letter in ("DE", "CE"):
        letter, n = "Y", (n * (10 if letter == "DE" else 100) if n != "X" else n)
    clock = unit in _CLOCK_UNITS
    if isinstance(n, float):
        whole = int(n)
        half, sub = _HALF["Mi" if unit == "minute" else letter] if n - whole == 0.5 else (None, None)
        if half is None and n != whole:
            return None
        if n == whole:
            n = whole
        else:
            inner = f"{whole}{letter}" if whole else ""
            if letter in ("Y", "M", "W") and not clock:
                return f"P{inner}{half}{sub}" if sub != "H" else f"P{inner}T{half}H"
            if letter == "D":
                return f"P{inner}T{half}H"
            return f"PT{inner}{half}{sub}"
    return ("PT" if clock else "P") + str(n) + letter


def _r_duration(m, ctx):
    unit = m["unit"]
    if unit == "weekend":
        return None
    n = "X" if m["vague"] else (_num(m["n"]) if m["n"] else 1)
    if n is None:
        return None
    if n == 1 and m.group(0).endswith("s-long") and m["n"] and m["n"].lower() in ("a", "an"):
        # "a months-long standoff", "a years-long feud": the article is the noun's ("a standoff"), the plural an
        # unsaid count of the unit, as "decades-long" is (TimeBank: PXY)
        n = "X"
    if m.groupdict().get("hi"):  # "two to three weeks": a range, valued by its lower bound as TimeBank writes it (P2W)
        hi = _num(m["hi"])
        if not isinstance(n, int) or not isinstance(hi, int) or hi <= n:
            return None
    if m.groupdict().get("half"):  # "5 1/2 hours", "two and a half years", "a minute and a half"
        n = n + 0.5 if isinstance(n, int) else None
    value = _dur(n, unit) if n is not None else None
    return (value, "duration", "DURATION") if value else None


_UNIT_HOURS = {"year": 366 * 24, "month": 31 * 24, "week": 7 * 24, "day": 24, "hour": 1, "minute": 1 / 60,
               "second": 1 / 3600}


def _r_compound(m, ctx):
    """"three years and two months": one duration, P3Y2M (TIMEX3 writes a stretch of mixed units as one value);
    "two days and six hours" P2DT6H, "3 hours, 5 minutes and 12 seconds" PT3H5M12S. Each unit smaller than the one
    before it, whole numbers only."""
    units = tuple(m[k] for k in ("unit", "unit2", "unit3")[:2 + bool(m["unit3"])])
    ns = tuple(_num(m[k]) for k in ("n", "n2", "n3")[:len(units)])
    # each part short of one of the unit before it, so each unit smaller than the one before ("two months and three
    # years" is no one length) and "2 years, 18 months of it" two terms
    if any(u not in _UNIT_HOURS for u in units) or any(not isinstance(n, int) or n < 1 for n in ns) \
            or any(n * _UNIT_HOURS[b] >= _UNIT_HOURS[a] for n, a, b in zip(ns[1:], units, units[1:])):
        return None
    date = "".join(f"{n}{UNITS[u][0]}" for n, u in zip(ns, units) if u in ("year", "month", "week", "day"))
    clock = "".join(f"{n}{UNITS[u][0]}" for n, u in zip(ns, units) if u in ("hour", "minute", "second"))
    return "P" + date + (f"T{clock}" if clock else ""), "duration", "DURATION"


def _r_quarter_century(m, ctx):
    """'a quarter of a century', 'a quarter-century': 25 years, as 'half a century' is 50."""
    return "P25Y", "duration", "DURATION"


def _r_fraction_ago(m, ctx):
    """"a quarter of a century ago", "half a century ago", "half a decade ago": the year that many years
    before the document date, as "25 years ago" is (not the length P25Y: "ago" places it)."""
    years = 25 if m["quarter"] else 5 if m["unit"] == "decade" else 50
    return _shift(_need(ctx, "year"), -years, "year")


def _r_half_unit(m, ctx):
    """"half an hour", "half a century": half the unit (PT30M, P50Y), as "an hour and a half" is PT1H30M."""
    return _dur(0.5, m["unit"]), "duration", "DURATION"


def _r_times_adverb(m, ctx):
    return SET_WORDS[m["adv"]], "set", "SET"


def _r_vague_stretch(m, ctx):
    """"for a while", "for a fairly lengthy period": a stretch whose length is not said (TimeML: PXX)."""
    return "PXX", "duration", "DURATION"


def _r_unit_long(m, ctx):
    """'a week-long strike' said without its article ("the week-long festival", "its month-long strike"): one unit, as
    "a week-long" is (P1W); a plural unsaid counts of it ("a months-long standoff", "decades-long": PXM, PXY)."""
    return _dur("X" if m["pl"] else 1, m["unit"]), "duration", "DURATION"


def _r_bare_plural(m, ctx):
    if ctx.mod in ("START", "MID", "END"):  # "the early hours (of Sunday)", "early days": not a duration
        return None
    return _dur("X", m["unit"]), "duration", "DURATION"


# "a fairly lengthy period", "a long time": a stretch whose length is not said (not "a time", "some time": too
# often no stretch at all, "for a time when", and "some" is read as a modifier)
_VAGUE_STRETCH = (r"a (?:(?:fairly|very|relatively|rather|quite) )?(?:long|lengthy|short|brief|extended|considerable|prolonged) "
                  r"(?:period|time|spell|stretch)(?: of time)?")


SET_WORDS = {
    "annual": "P1Y", "annually": "P1Y", "yearly": "P1Y", "every year": "P1Y", "each year": "P1Y",
    "per year": "P1Y", "a year": "P1Y", "daily": "P1D", "every day": "P1D", "each day": "P1D",
    "nightly": "P1D", "weekly": "P1W", "every week": "P1W", "each week": "P1W", "monthly": "P1M",
    "every month": "P1M", "each month": "P1M", "quarterly": "P3M", "every quarter": "P1Q",
    "each quarter": "P1Q", "hourly": "PT1H", "every hour": "PT1H", "biannual": "P6M", "biannually": "P6M",
    "twice a year": "P1Y", "twice a month": "P1M", "twice a week": "P1W", "once a year": "P1Y",
    "once a month": "P1M", "once a week": "P1W", "every other year": "P2Y", "every two years": "P2Y",
    "every four years": "P4Y", "every five years": "P5Y", "every weekend": "P1W",
    # rates told by "per": "3% per year", "200 cars per day" (TimeML: a SET, as "a year" in "$50,000 a year"); not per
    # hour, minute or second: mostly a unit of measure ("miles per hour", "beats per minute")
    "per day": "P1D", "per week": "P1W", "per month": "P1M", "per quarter": "P1Q",
}
# a part of every day (TimeML: the part of day in a date of placeholders, as "Tuesday nights" is XXXX-WXX-2TNI)
SET_WORDS.update({f"{q} {part}": f"XXXX-XX-XXT{code}" for q in ("every", "each")
                  for part, code in PARTS.items() if part != "tonight"})
PRESENT_WORDS = {"now", "right now", "current", "the current", "currently", "nowadays", "these days", "at present", "presently",
                 "at the moment", "the present", "present day", "the present day", "today's", "at this time"}
PAST_WORDS = {"recently", "more recently", "most recently", "recent", "then current", "the then current", "lately", "the past", "in the past", "recent days", "recent weeks", "recent months",
              "recent years", "recent decades", "in recent days", "in recent weeks", "in recent months",
              "in recent years", "in recent decades", "previously", "formerly",
              # "in past years" without a determiner is "in recent years" said another way (not "the past years",
              # a stretch: PXY as "over the years")
              "past days", "past weeks", "past months", "past years", "past decades"}
FUTURE_WORDS = {"the future", "in the future", "a later date", "the coming days", "the coming weeks", "the coming months",
                "the coming years", "in the coming days", "in the coming weeks", "in the coming months",
                "in the coming years", "the near future", "in the near future", "soon", "future", "near future",
                "distant future", "the distant future", "the near term", "the short term", "near term", "short term"}


def _r_set(m, ctx):
    return SET_WORDS[m[0]], "set", "SET"


def _r_every_month(m, ctx):
    return f"XXXX-{MONTHS[m['mon']]:02d}", "set", "SET"


def _r_every_wd(m, ctx):
    return f"XXXX-WXX-{WEEKDAYS[m['wd']] + 1}", "set", "SET"


_FULL_WD = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"


def _r_every_n(m, ctx):
    """"every two weeks", "every other day", "every few days": a SET of that period (TimeML: P2W)."""
    n = 2 if m["n"] == "other" else ("X" if m["vague"] else _num(m["n"]))
    value = _dur(n, m["unit"]) if n is not None else None
    return (value, "set", "SET") if value else None


def _r_times_per(m, ctx):
    """"twice a week", "three times a year": TimeML's SET of the period (P1W; how often is `freq`)."""
    value = _dur(1, m["unit"])
    return (value, "set", "SET") if value else None


def _r_weekdays(m, ctx):
    """"Sundays" (plural), "every Monday morning": a SET of weekdays (XXXX-WXX-7), with its part of day."""
    gd = m.groupdict()
    wd, part = gd.get("wd") or gd.get("wd2"), gd.get("part") or gd.get("part2")
    return f"XXXX-WXX-{WEEKDAYS[wd] + 1}{'T' + PARTS[part] if part else ''}", "set", "SET"


def _r_every_season(m, ctx):
    return f"XXXX-{SEASONS[m['season']][0]}", "set", "SET"


def _r_ref(m, ctx):
    s = m[0]
    if s in PRESENT_WORDS:
        return "PRESENT_REF", "present"
    if s in PAST_WORDS:
        return "PAST_REF", "past"
    return "FUTURE_REF", "future"


def _clock(m) -> str | None:
    h = int(m["h"])
    mi = int(m["mi"] or 0)
    ap = (m["ap"] or "").replace(".", "")
    if ap == "pm" and h < 12:
        h += 12
    elif ap == "am" and h == 12:
        h = 0
    if h > 24 or mi > 59:
        return None
    return f"T{h:02d}:{mi:02d}"


def _r_clock(m, ctx):
    t = _clock(m)
    if t is None:
        return None
    day = ctx.day or "XXXX-XX-XX"
    return day + t, "time", "TIME"


def _r_noon(m, ctx):
    t = {"noon": "T12:00", "midday": "T12:00", "midnight": "T24:00"}[m["w"]]
    return (ctx.day or "XXXX-XX-XX") + t, "time", "TIME"


# a time zone after a clock time ("EST", "CEST", "GMT"); not an English word ending in t ("10 p.m. that day",
# "9 a.m. next Tuesday", "10 p.m. last night": the day is in those words)
# A zone may also be named by its place: "3:15 p.m. Beijing time", "8 a.m. Moscow time", "9 p.m. Eastern Standard
# Time" (wire services, Xinhua above all, give a clock time so): one or two words before "time", not a word that makes
# "time" a noun of its own ("2 p.m. this time", "at 5 p.m. Each time").
_NOT_ZONE_WORDS = ("this", "that", "the", "each", "every", "some", "any", "no", "next", "last", "first", "same", "other",
                   "another", "what", "which", "his", "her", "its", "their", "our", "my", "your", "by", "at", "in", "on",
                   "for", "from", "half", "full", "part", "prime", "over", "one")
_NOT_ZONE = "(?:" + "|".join(_NOT_ZONE_WORDS) + ")"
_NAMED_ZONE = rf"(?!{_NOT_ZONE}\b)[a-z]+(?: [a-z]+)? time"
_ZONE = rf"(?: (?!(?:at|but|out|yet|that|last|next|past|just|most|first|about)\b)[a-z]{{1,4}}t| gmt| utc| local time| {_NAMED_ZONE})"
# wire copy gives the time in another zone as four digits: "10:30 a.m. local time (0230 GMT)"
_ZULU = r"(?:[01]\d|2[0-3])[0-5]\d (?:gmt|utc)"
_HOUR_WORDS = {w: i for i, w in enumerate(_SMALL[:13]) if i}  # (a clock said in words: _r_spoken_clock below)
# ("3 o'clock on Thursday", "Friday at nine o'clock": one TIME, as "3 p.m. Thursday" is)
_HOUR12 = rf"(?:1[0-2]|0?[1-9]|{_alt(_HOUR_WORDS)})"  # an hour as spoken, one to twelve, in figures or words
_OCLOCK = rf"{_HOUR12}(?:[:.][0-5]\d)? o'clock"
_CLOCK = rf"(?:(?:[01]?\d|2[0-4])(?:[:.][0-5]\d)? ?(?:a\.?m\.?|p\.?m\.?){_ZONE}?|{_ZULU}|{_OCLOCK}|noon|midnight|midday)"


def _r_clock_day(m, ctx):
    """'10 p.m. Wednesday', 'noon Thursday', '5 p.m. EST, Nov. 9', 'Friday at 9 a.m.', '10 p.m. last
    night' (a part of a day names its day): one TIME."""
    day = _normalize(m["rest"], ctx.anchor, ctx.tense, None, ctx.ref, ctx.strict)
    if day is None or (day.type != "DATE" and day.granularity != "part_of_day"):
        return None
    if day.value is None:
        raise _Rel("time", "TIME")
    if len(day.value) != (10 if day.type == "DATE" else 13):
        return None
    got = _normalize(m["clock"], None, None, day.value[:10], None)  # on a known day, a clock needs nothing else
    return (got.value, "time", "TIME") if got else None


# a part of day said from the document date, which tells a clock's half of the day ("7:45 this morning")
_DEICTIC_PART = r"(?:this (?:morning|afternoon|evening)|(?:yesterday|tomorrow) (?:morning|afternoon|evening|night)|last night|tonight)"


def _r_clock_part(m, ctx):
    """'7:45 this morning', '11 last night', '9 o'clock tonight': a clock without a.m./p.m., its half of the day
    given by the part of day after it (morning before noon; afternoon, evening and night after it), on the day the
    part names: one TIME. A night hour after midnight or at twelve ("2 last night") and a 24-hour clock in the
    morning are left unread."""
    part = _normalize(m["rest"], ctx.anchor, None, None, None)  # (said from the document date: no tense or time named)
    if part is None or part.value is None:
        raise _Rel("time", "TIME")
    code, h = part.value[-2:], int(m["h"])
    if code == "MO":
        if h > 12:  # a 24-hour clock past noon is no hour of the morning
            return None
        h %= 12  # "12 this morning" is midnight
    elif code == "NI" and not (6 <= h <= 11 or 18 <= h <= 23):
        return None  # after midnight or at twelve: which night's hour is unclear
    elif h < 12:
        h += 12
    return f"{part.value[:10]}T{h:02d}:{m['mi'] or '00'}", "time", "TIME"


def _r_part_day(m, ctx):
    """'afternoon yesterday', 'morning Friday': the part of that day, one TIME."""
    day = _normalize(m["rest"], ctx.anchor, ctx.tense, None, ctx.ref, ctx.strict)
    if day is None or not day.value or len(day.value) != 10:
        raise _Rel("part_of_day", "TIME")
    return day.value + "T" + PARTS[m["part"]], "part_of_day", "TIME"


def _r_day_of_month(m, ctx):
    """'the 15th of this month', 'the 3rd of last month': that day of the month the rest names (wire copy writes
    a day so, Xinhua above all)."""
    month = _normalize(m["rest"], ctx.anchor, ctx.tense, None, ctx.ref, ctx.strict)
    if month is None or not month.value or len(month.value) != 7:
        raise _Rel("day")
    try:
        return dt.date(int(month.value[:4]), int(month.value[5:]), int(m["d"])).isoformat(), "day"
    except ValueError:  # "the 31st of next month" in a 30-day month
        return None


def _r_part(m, ctx):
    return (ctx.day or "XXXX-XX-XX") + "T" + PARTS[m["part"]], "part_of_day", "TIME"


# A clock time said in words (TIMEX3 gives it the value of the written hour, on the day the text names, else the
# document date): "11 o'clock", "eight o'clock", "half past ten", "a quarter to six", "twenty past nine"; a part of
# the day after it ("in the morning", "at night") says which half of the day the hour is in: "7 in the morning"
# T07:00, "eight o'clock at night" T20:00. The hour is a twelve-hour one (one to twelve), as these forms are spoken.
_SPOKEN_HOUR = rf"(?P<h>{_HOUR12})"
_MINUTE_WORDS = {"five": 5, "ten": 10, "a quarter": 15, "quarter": 15, "twenty": 20, "twenty-five": 25, "half": 30}
_MINUTES_OFF = rf"(?:(?P<mw>{_alt(_MINUTE_WORDS)})|(?P<mn>[1-5]?\d) minutes?) (?P<dir>past|to) "
_IN_PART = r"(?: (?:in the (?P<part>morning|afternoon|evening)|at (?P<night>night)))"


def _hour_in_part(h: int, part: str | None) -> int | None:
    """The 24-hour hour of the twelve-hour `h` in `part` of the day (None: as written); None when the part leaves
    it unclear (a night hour after midnight or at twelve, "2 at night")."""
    if part is None:
        return h
    if part == "morning":
        return h % 12
    if part == "night":
        return h + 12 if 6 <= h <= 11 else None
    return h % 12 + 12


def _r_spoken_clock(m, ctx):
    h = _HOUR_WORDS.get(m["h"]) or int(m["h"])
    mi = int(m["mi"] or 0)
    gd = m.groupdict()
    if gd.get("dir"):
        off = _MINUTE_WORDS[m["mw"]] if m["mw"] else int(m["mn"])
        if m["dir"] == "past":
            mi = off
        elif off >= 30:  # "half to six" is no English; "35 minutes to six" is "25 past five", said otherwise
            return None
        else:
            h, mi = h - 1 or 12, 60 - off
    h = _hour_in_part(h, gd.get("part") or gd.get("night"))
    if h is None or mi > 59:
        return None
    return f"{ctx.day or 'XXXX-XX-XX'}T{h:02d}:{mi:02d}", "time", "TIME"


def _r_half_abbr(m, ctx):
    """'H1', 'H2 2026', '2026 H2': a half of a year, written as financial reports abbreviate it (as 'Q3' a quarter)."""
    return _quarter_value(ctx, m, int(m["hn"]), "H", 6)


# "last" as the final one of a period a year names: "the last quarter of 2026" (not "last quarter", the previous one)
# ("of the year" left out: "the year" there is the document's, and "last quarter" the previous one is nearer the
# year under discussion, which "the year" alone names)
_LAST_OF = r"last(?=[- ](?:calendar |fiscal |financial )?quarter (?:of|in) (?!the year))"

_P = [
    (rf"{YEAR}-(?P<m>[01]?\d)-(?P<d>[0-3]?\d)(?:t[\d:.z+-]*)?", _r_iso),
    (r"(?P<a>[0-3]?\d)(?P<sep>[/.])(?P<b>[0-3]?\d)(?P=sep)(?P<y>\d{4}|\d{2})", _r_numeric),
    (rf"(?:{WD},? )?{MON} {DAY}(?:,? {YEAR}|{_YC}? {YREF})?", _day_rule),
    (rf"(?:{WD},? )?(?:the )?{DAY} (?:of )?{MON}(?:,? {YEAR}|{_YC}? {YREF})?", _day_rule),
    (r"(?:the )?(?P<d>[0-3]?\d)(?:st|nd|rd|th) of (?P<rest>(?:this|last|next) month)", _r_day_of_month),
    (rf"(?:the )?(?P<nth>{_alt(_NTH)}|last) {WD} (?:of|in) {MON}(?:,? {YEAR}|{_YC}? {YREF})?(?P<rel>)", _r_nth_weekday),
    (rf"(?:the |its |(?:the )?{REL} )?{MON} quarter(?P<y>)(?P<yref>)", _r_month_quarter),
    (rf"(?:the |its )?(?P<mon1>{_alt(MONTHS)})\.?(?:-(?:to-)?| to | through ){MON} (?:quarter|period)(?P<rel>)(?P<y>)(?P<yref>)", _r_month_span),
    (rf"(?:(?:the )?{REL} )?{MON}(?:(?:,| of| in)? {YEAR}|(?:{_YC}| of)? {YREF})?", _month_rule),
    (rf"(?:the )?(?:(?:calendar )?year )?{YEAR}", _r_year),
    (r"(?:the )?(?:(?P<dec>1\d\d|20\d)0'?s|'?(?P<d2>\d)0'?s)", _r_decade),
    (rf"the (?:nineteen[- ])?(?P<dw>{_alt(_DECADE_WORDS)})(?P<dec>)(?P<d2>)", _r_decade),
    (r"(?:the )?(?P<unit>year|month|week)(?:[- ]end|'s end)", _r_unit_end),
    (r"the (?:(?:fiscal|financial) )?(?P<unit>year|month|week|decade|century)", _r_unit_positioned),
    (rf"(?:the )?(?P<ord>{_alt(ORDINALS)}|\d{{1,2}}(?:st|nd|rd|th))[- ]century", _r_century),
    (rf"(?:the )?(?:{REL} )?(?P<season>{_alt(SEASONS)})(?:(?:,| of| in)? {YEAR}|(?: of)? {YREF})?", _r_season),
    # ("the last quarter of 2026": "last" is the final one when a year owns the quarter, else the previous one)
    (rf"(?:the |its |(?P<poss>this|last|next) year's )?(?:(?P<ago>(?:comparable )?year-(?:ago|earlier)) )?(?:fiscal[- ])?(?:(?P<ord>first|second|third|fourth|final|1st|2nd|3rd|4th|{_LAST_OF})[- ](?:calendar |fiscal |financial )?quarter|q(?P<q>[1-4]))(?:(?: of| in|,)? (?:fiscal )?{YEAR}|(?: of| in)? {YREF})?", _r_quarter),
    # "the 1988 fourth quarter", "1988's fourth quarter"
    (rf"(?:the |its )?(?:(?:fiscal )?{YEAR}(?:'s)? )?(?P<ord>first|second|third|fourth)[- ](?:fiscal )?quarter(?P<yref>)(?P<ago>)(?P<q>)", _r_quarter),
    (r"(?:the |its |that )(?:(?P<latest>latest|most recent|current|just-ended|just-completed) |(?P<ago>(?:comparable )?year-(?:ago|earlier)) |(?P<y>\d{4}) )?(?:fiscal )?quarter(?P<period>)", _r_the_quarter),
    (r"(?:the |its |that )(?:(?P<latest>latest|most recent) |(?P<ago>(?:comparable )?year-(?:ago|earlier)) |(?P<y>\d{4}) )(?P<period>period)", _r_the_quarter),
    # "the quarter a year ago", "the period a year earlier", "the same period last year": the quarter under
    # discussion, a year before
    (r"(?:the |that )(?:same )?(?:fiscal )?(?:quarter|(?P<period>period)) (?P<ago>a year (?:ago|earlier|before)|(?:of )?last year)(?P<latest>)(?P<y>)", _r_the_quarter),
    (rf"{YEAR} q(?P<q>[1-4])(?P<ord>)", _r_quarter),
    (rf"(?:the )?{REL} (?:fiscal |financial )?quarter", _r_quarter_rel),
    (r"year-(?:ago|earlier)", _r_year_ago),
    # "the year-earlier nine months": the same stretch a year before, a duration as TimeML writes "the nine months"
    (rf"(?:the )?(?:comparable )?year-(?:ago|earlier) {NUM} (?P<unit>month)s(?P<vague>)", _r_duration),
    (rf"(?:the |(?:fiscal )?(?P<py>1[0-9]{{3}}|20[0-9]{{2}})'s |(?P<pyref>this year|last year|next year)'s )?(?P<ord>first|second|1st|2nd|latter)[- ]half(?: of)?(?: {YEAR}| {YREF})?", _r_half),
    (rf"(?:the )?(?P<pos>first|final|last) (?P<n>three|six|3|6) months of (?:{YEAR}|{YREF})", _r_months_of),
    (rf"(?:the )?(?:(?:fiscal|financial)(?: year)?|fy) ?'?(?P<y>\d{{4}}|\d{{2}})(?P<rel>)", _r_fiscal),
    (rf"(?:the )?{REL} (?:fiscal|financial|tax) year(?P<y>)", _r_fiscal),
    (rf"(?:(?P<hrel>last|next|this|coming) )?{HOL}(?:,? {YEAR}| {YREF})?(?P<hweek> week)?", _r_holiday),
    (rf"(?:(?:earlier|later) )?(?P<w>today|tonight|yesterday|tomorrow|the day before yesterday|the day after tomorrow|last night|this morning|this afternoon|this evening)(?: {PART})?", _r_dayword),
    (rf"the (?P<arel>previous|preceding|following|next) {WD}", _r_weekday_anaphor),
    (rf"(?:that(?: same)?|the same) {WD}", _r_weekday_that),
    (r"(?:(?:earlier|later) (?:in |on )?)?(?:the (?P<drel>same|next|following|previous|preceding)|(?P<drel2>that(?: same)?)) "
     r"(?:day|(?P<dpart>morning|afternoon|evening|night))", _r_day_anaphor),
    (r"(?:earlier|later) (?:in |on )?the (?:day|(?P<dpart>morning|afternoon|evening|night))(?P<drel>)(?P<drel2>)", _r_day_anaphor),
    (r"the day (?P<side>before|after) (?P<rest>.+)", _r_day_around),
    (r"the (?P<unit>day|night|week|month|year) (?P<side>before|after)", _r_unit_around),
    (rf"(?:{REL} )?{WD}(?: {PART})?(?: (?P<wk>next|last|this) week)?", _r_weekday),
    (rf"(?:(?:earlier|later) )?(?P<the>the )?{REL} (?P<unit>day|week|weekend|month|year|decade|century)", _r_unit_rel),
    (r"the (?P<unit>week|weekend|month|year) (?P<dir>before last|after next)", _r_unit_two_off),
    (r"(?:earlier|later|early|late) in the (?P<unit>week|month|year)|(?:the )?(?P<unit2>year) so far", "current"),
    (r"(?:the )?weekend", _r_the_weekend),
    (r"the week (?:of|beginning|starting) (?P<rest>.+)", _r_week_of),
    (rf"(?:{_alt(PRESENT_WORDS | PAST_WORDS | FUTURE_WORDS)})", _r_ref),
    (rf"(?:{NUM}) (?P<unit>week|month|year|decade)s? ago (?P<rest>{_AGO_ANCHOR})", _r_ago_anchored),
    (rf"{NUM} (?P<unit>day|week|month|year)s? from (?P<rest>today|tomorrow|{WD})", _r_from_day),
    (rf"(?:{NUM}|{VAG}|(?P<n2>)) ?(?P<unit>{_alt(UNITS)})s? (?P<dir>ago|earlier|later|before|after|from now|hence|back)", _r_ago),
    (rf"(?:with)?in {NUM} (?P<unit>{_alt(UNITS)})s?(?:' time)?", _r_in_n),
    (rf"(?:the )?(?:(?:past|last|next|first|final|previous|coming) )?{NUM} {UNIT}(?:,? and |,? )(?P<n2>\d+|{_alt(NUMBERS)}) "
     rf"(?P<unit2>{_alt(UNITS)})s?(?:(?:,? and |,? )(?P<n3>\d+|{_alt(NUMBERS)}) (?P<unit3>{_alt(UNITS)})s?)?", _r_compound),
    (rf"(?:the )?(?:(?:past|last|next|coming|previous|first|final|following|preceding|remaining|full|entire|whole) )?(?:{NUM}(?: (?:to|or) (?P<hi>{_RANGE_NUM}))?|{VAG})(?P<half> 1/2| and a half)?[- ]?(?:plus[- ])?{UNIT}(?:[- ]long)?", _r_duration),
    (rf"(?:{NUM}) (?P<unit>{_alt(UNITS)})(?P<half> and a half)(?P<vague>)", _r_duration),
    (r"(?:(?:a|the) )?(?P<quarter>quarter)(?: of a |-| )century ago|(?:a )?half(?: a |-)(?P<unit>century|decade) ago",
     _r_fraction_ago),
    (r"half an? (?P<unit>hour|minute|day|month|year|decade|century)", _r_half_unit),
    # (a bare "quarter-century" is a modifier: "its quarter-century low")
    (r"(?:a|the(?: (?:past|last|next|first))?) quarter[- ]century|(?:(?:a|the(?: (?:past|last|next|first))?) )?quarter of a century",
     _r_quarter_century),
    (rf"(?:the )?(?:past|last|next|coming|previous|first|final|following|preceding|full|entire|whole) (?P<n>)(?P<vague>)(?P<unit>decade|century|fortnight)", _r_duration),
    (r"(?:the past )?(?P<unit>day|week|month|year|decade|hour|minute)s(?: ahead| to come)?", _r_bare_plural),
    (r"(?P<unit>second|minute|hour|day|week|fortnight|month|year|decade|century|centurie)(?P<pl>s)?-long", _r_unit_long),
    (rf"(?:quite )?a (?:little |short |long |good )?while|{_VAGUE_STRETCH}", _r_vague_stretch),
    (rf"(?:{_alt(SET_WORDS)})", _r_set),
    (rf"(?:every|each) (?P<wd>{_FULL_WD})(?: {PART})?", _r_weekdays),
    (rf"(?P<wd>{_FULL_WD})s(?: {PART}s?)?|(?P<wd2>{_FULL_WD}) (?P<part2>{_alt(PARTS)})s", _r_weekdays),
    # "every other Saturday": the same calendar value (TimeML says how often in freq/quant, not the value)
    (rf"(?:every|each) (?:other )?{WD}", _r_every_wd),
    (rf"(?:every|each) (?:(?P<n>other|\d+|{_alt(k for k in NUMBERS if not k.startswith('a '))})|{VAG}) (?P<unit>second|minute|hour|day|week|month|quarter|year|decade)s?", _r_every_n),
    (rf"(?:once|twice|thrice|(?:\d+|{_alt(_SMALL[2:])}|several|a few|many) times) (?:a|an|per|every|each) (?P<unit>second|minute|hour|day|week|month|quarter|year)", _r_times_per),
    # "twice yearly", "three times daily": as "twice a year" (the adverb says the period)
    (rf"(?:once|twice|thrice|(?:\d+|{_alt(_SMALL[2:])}|several|a few|many) times) (?P<adv>yearly|annually|monthly|weekly|daily|hourly)", _r_times_adverb),
    (rf"(?:every|each) (?:other )?(?P<season>{_alt(SEASONS)})", _r_every_season),
    (rf"(?:every|each) (?:other )?{MON}", _r_every_month),
    (r"(?:at )?(?P<h>[01]?\d|2[0-4])(?:[:.](?P<mi>[0-5]\d))? ?(?P<ap>a\.?m\.?|p\.?m\.?)" + _ZONE + "?", _r_clock),
    (rf"(?:at )?(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)(?P<ap>)(?: ?(?:[a-z]{{2,4}}t|gmt|utc|hrs|h|local time)| {_NAMED_ZONE})?", _r_clock),
    (r"(?:at )?(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d)(?P<ap>) (?:gmt|utc|local time)", _r_clock),  # "0230 GMT", "1700 local time"
    (r"(?P<w>noon|midday|midnight)", _r_noon),
    # (before the clock of a named day, whose _CLOCK holds "o'clock" too: "9 o'clock tonight" is a clock in the part,
    # "at eight o'clock" and "eight o'clock at night" name no day)
    (rf"(?:at )?(?P<h>[01]?\d|2[0-3])(?::(?P<mi>[0-5]\d))?(?: o'clock)? (?P<rest>{_DEICTIC_PART})", _r_clock_part),
    (rf"(?:at )?(?:{_MINUTES_OFF})?{_SPOKEN_HOUR}(?:[:.](?P<mi>[0-5]\d))? o'clock{_IN_PART}?", _r_spoken_clock),
    (rf"(?:at )?(?:{_MINUTES_OFF})?{_SPOKEN_HOUR}(?:[:.](?P<mi>[0-5]\d))?{_IN_PART}", _r_spoken_clock),
    (rf"(?:at )?{_MINUTES_OFF}{_SPOKEN_HOUR}(?P<mi>)", _r_spoken_clock),
    (rf"(?P<clock>{_CLOCK}),? (?:on |of )?(?P<rest>[a-z].*|\d{{1,2}} [a-z].*)", _r_clock_day),
    (rf"(?P<rest>.*?[a-z0-9]),? (?:at |by )?(?P<clock>{_CLOCK})", _r_clock_day),
    (rf"(?:the |this |that )?{PART},? (?P<rest>yesterday|today|tomorrow|(?:last |next |this )?{WD})", _r_part_day),
    (rf"(?:the |this |that )?{PART}", _r_part),
    (rf"(?:the |its )?(?:fiscal[- ])?h(?P<hn>[12])(?:(?: of| in|,)? (?:fiscal )?{YEAR}|(?: of| in)? {YREF})?", _r_half_abbr),
    (rf"{YEAR} h(?P<hn>[12])(?P<yref>)", _r_half_abbr),
]


def _r_current_unit(m, ctx):
    """'earlier in the year', 'later in the week', 'the year so far': the current unit; told in the past
    after a year or month the text named, that one ("founded in 1997; later in the year it moved": 1997),
    as "the year" alone is the year under discussion."""
    unit = m["unit"] or m["unit2"]
    ref = ctx.ref or ""
    if ctx.tense == "past" and ref[:4].isdigit() and (unit == "year" or (unit == "month" and ref[4:5] == "-" and ref[5:7].isdigit())):
        return (ref[:4], "year") if unit == "year" else (ref[:7], "month")
    return _r_unit_rel({"rel": "this", "the": None, "unit": unit}, ctx)


RULES = [(re.compile(p), _r_current_unit if h == "current" else h) for p, h in _P]

# Modifiers before the core expression (outermost first); the innermost mod wins.
_MODS = re.compile(
    r"^(?:(?P<since>(?:ever )?since|as of|starting|from) |(?P<until>until|till|up until|through|by|no later than) "
    r"|(?P<before>before|prior to|ahead of) |(?P<after>after|following) "
    r"|(?P<start>(?:the )?early|the beginning of|the start of|beginning of|start of|the dawn of|the first (?:days|few days|week) of|the turn of) "
    r"|(?P<start2>early-)|(?P<before2>pre-)|(?P<after2>post-)|(?P<mid>(?:the )?mid|the middle of|middle of|the midst of|the height of) |(?P<mid2>(?:the )?mid-)"
    r"|(?P<end2>(?:the )?late-)|(?P<end>(?:the )?late|the end of|end of|the close of|the (?:last|final) (?:days|few days|week) of|the tail end of) "
    r"|(?P<approx>around|about|some|roughly|approximately|circa|an estimated|almost|nearly|close to) "
    r"|(?P<more>more than|over|upwards of|well over|longer than) "
    r"|(?P<least>at least|a minimum of|no less than|not less than|no fewer than|not fewer than|no shorter than"
    r"|not shorter than) "
    r"|(?P<less>less than|under|fewer than|within|in less than|barely|just under|shorter than) "
    r"|(?P<most>at most|no more than|not more than|up to|a maximum of|no longer than|not longer than) "
    r"|(?P<just>just|only|some|a full|all|nearly all|almost all|the whole|the entire|a whole) )"
)
_MOD_NAMES = {"since": "ON_OR_AFTER", "until": "ON_OR_BEFORE", "before": "BEFORE", "after": "AFTER",
              "before2": "BEFORE", "after2": "AFTER",  # "pre-1990 rules", "the post-1959 politics"
              "start": "START", "start2": "START", "mid": "MID", "mid2": "MID", "end": "END", "end2": "END", "approx": "APPROX",
              "more": "MORE_THAN", "least": "EQUAL_OR_MORE", "less": "LESS_THAN", "most": "EQUAL_OR_LESS", "just": None}
_POSITION_MODS = {"START", "MID", "END"}


_TEENS = "|".join(_SMALL[10:])
_SPOKEN_YEAR = re.compile(
    rf"\b(?P<c>nineteen|eighteen|twenty) (?P<r>(?:{'|'.join(_TENS)})(?:[- ](?:{'|'.join(_SMALL[1:10])}))?|{_TEENS}|hundred)\b"
    rf"|\b(?P<k>two thousand)(?: and)?(?: (?P<r2>{'|'.join(_SMALL[1:])}))?\b")


def _spoken_year(m) -> str:
    if m["k"]:
        return str(2000 + (NUMBERS[m["r2"]] if m["r2"] else 0))
    c = {"eighteen": 18, "nineteen": 19, "twenty": 20}[m["c"]]
    r = m["r"].replace(" ", "-")
    return str(c * 100 + (0 if r == "hundred" else NUMBERS[r]))


# "two more weeks", "eight trading days", "12 consecutive months", "three straight years": so many units
_COUNTED_AS = re.compile(r"(?<=\S) (?:more|trading|business|working|consecutive|straight|successive) "
                         r"(?=(?:day|week|hour|month|year|session|quarter)s?\b)")
_HYPHEN_HALF = re.compile(r"-and-a-half\b")
_TENS_UNITS = re.compile(rf"\b({'|'.join(_TENS)}) ({'|'.join(_SMALL[1:10])})\b")


# a decade's plural spelt with an apostrophe, "the 1990's", "the mid-1980's", "mid-1970's" (the New York Times' house
# style of the 1990s): "the" or "mid-" before the year tells it from a year's possessive ("1990's budget")
_DECADE_PLURAL = re.compile(r"(?:\bthe (?:(?:early|late|mid)-? ?)?|\bmid-|\d0['’]s,? (?:and|or|to|through) |\d0['’]s, )"
                            r"(?:1[5-9]|20)\d0['’]s$", re.IGNORECASE)


def decade_plural(text: str, end: int) -> bool:
    """Whether the "'s" ending at `end` is the plural of a decade ("in the 1990's"), not a possessive to drop."""
    return _DECADE_PLURAL.search(text, max(0, end - 24), end) is not None


def _clean(text: str) -> str:
    s = text.replace("’", "'").replace("‘", "'").replace("–", "-").replace("—", "-").lower()
    s = " ".join(s.split()).strip(" ,;:!?\"“”()")
    if "teen " in s or "ty " in s or "thousand" in s:  # broadcast transcripts spell years out
        s = _SPOKEN_YEAR.sub(_spoken_year, s)
    if "ty " in s:  # "twenty four hours" as "twenty-four"
        s = _TENS_UNITS.sub(r"\1-\2", s)
    if "ing " in s or "more " in s or "business " in s or "this past " in s or "ive " in s or "straight " in s:
        # "eight trading days", "two more weeks" are so many days or weeks; "this past spring" the last one
        s = _COUNTED_AS.sub(" ", s).replace("this past ", "past ")
    if "-and-a-half" in s:  # "three-and-a-half years", "a year-and-a-half", "a two-and-a-half-year deal": as spaced
        s = _HYPHEN_HALF.sub(" and a half", s)
    if (s.endswith("'s") and not decade_plural(s, len(s))) or s.endswith("s'"):
        s = s[:-2] if s.endswith("'s") else s[:-1]
    return s.rstrip(" ,.") if not s.endswith(("a.m.", "p.m.")) else s


# a pure function of the words, asked again of each expression (its value, then its tense and the topic's reading)
# and across articles ("last year", "2004"); cached by wrapping, not by a decorator, so that a mutation run
# (mutmut passes decorated functions by) still reaches the body
clean = lru_cache(maxsize=8192)(_clean)


def normalize(text: str, anchor: dt.date | None = None, tense: str | None = None, *,
              day: str | None = None, ref: str | None = None, strict: bool = False) -> Norm | None:
    """The TIMEX3 reading of one time expression, or None when it is not one we can read.

    anchor: the document date; tense: of the clause ("past" | "future" | "present" | None);
    day: the date of a day expression next to a bare clock time ("10am" on "Monday");
    ref: the latest earlier absolute value in the text, for "that year", "the same day";
    strict: the expression modifies the past verb itself (only prepositions between): the past one.
    """
    s = clean(text)
    got = _normalize(s, anchor, tense, day, ref, strict)
    if got is None and "'" in s and _SHORT_YEAR.search(s):  # (rules reading one themselves first: "fiscal '03")
        return _with_short_year(s, anchor, tense, day, ref, strict)
    return got


# a year written with two digits after an apostrophe ("the summer of '96", "in '05"; not the decade "'70s")
_SHORT_YEAR = re.compile(r"(?<![\w'])'(\d\d)\b(?!')")


def _with_short_year(s: str, anchor, tense, day, ref, strict) -> Norm | None:
    """An expression with a two-digit year: read with the year of that century nearest the document date
    ("'96" in 1998 is 1996, "'05" 2005); its value hangs on that date (relative), so without one it is
    read (with 19xx) only to know that it is a time, and its value is left unknown."""
    yy = int(_SHORT_YEAR.search(s).group(1))
    if anchor is None:
        got = _normalize(_SHORT_YEAR.sub(f"19{yy:02d}", s), None, tense, day, ref, strict)
        return replace(got, value=None, relative=True) if got else None
    year = min((c * 100 + yy for c in (anchor.year // 100 - 1, anchor.year // 100, anchor.year // 100 + 1)),
               key=lambda y: abs(y - anchor.year))
    got = _normalize(_SHORT_YEAR.sub(str(year), s), anchor, tense, day, ref, strict)
    return replace(got, relative=True) if got else None


@lru_cache(maxsize=8192)
def _normalize(s: str, anchor, tense, day, ref, strict=False) -> Norm | None:
    # news repeats its expressions ("last year", "2004"): the cache saves the rule scan
    if not s:
        return None
    mod = None
    seen_mod = False
    while True:
        mm = _MODS.match(s)
        if not mm or mm.end() >= len(s):
            break
        name = mm.lastgroup
        new = _MOD_NAMES[name]
        if mm.group(name).startswith(("since", "ever since")):
            # "since" points back, whatever the verb, even when an inner position takes the mod ("since
            # early March" is START): the time has begun, so the past one (as `strict` reads a past verb's time)
            tense, strict = "past", True
        # an outer signal ("since") gives way to an inner position ("the end of"): one mod only
        if new is not None and (mod is None or new in _POSITION_MODS or not seen_mod):
            mod = new
        seen_mod = True
        s = s[mm.end():]
    ctx = _Ctx(anchor, tense, day, ref, mod, strict)
    for rx, handler in RULES:
        m = rx.fullmatch(s)
        if m is None:
            continue
        try:
            got = handler(m, ctx)
        except _Rel as rel:
            return Norm(None, rel.granularity, rel.type, mod, relative=True, weekday=rel.weekday)
        except (ValueError, OverflowError):  # a date out of range (year 0, 10000): not readable
            return None
        if got is None:
            return None
        value, gran = got[0], got[1]
        type_ = got[2] if len(got) > 2 else "DATE"
        if len(got) > 3:  # the words themselves carry a modifier ("year-end")
            mod = got[3]
        if type_ == "DURATION" and mod in ("ON_OR_AFTER", "ON_OR_BEFORE", "BEFORE", "AFTER"):
            mod = None  # "for more than/ after three years": the signal belongs to the clause
        relative = anchor is not None and normalize_is_relative(handler, m)
        weekday = WEEKDAYS[m["wd"]] if handler is _r_weekday and not m["rel"] and not m["wk"] else None
        return Norm(value, gran, type_, mod, relative=relative, weekday=weekday)
    return None


_ABSOLUTE_RULES = {_r_iso, _r_compound, _r_numeric, _r_year, _r_decade, _r_century, _r_set, _r_every_wd, _r_every_month, _r_ref, _r_bare_plural, _r_vague_stretch,
                   _r_duration, _r_every_n, _r_times_per, _r_weekdays, _r_every_season, _r_quarter_century}


def normalize_is_relative(handler, m) -> bool:
    """Whether a rule's value came from the document date (vs. the words alone)."""
    if handler in _ABSOLUTE_RULES:
        return False
    gd = m.groupdict()
    if gd.get("y") or gd.get("py"):  # a written year ("2003", "1988's second half") anchors nothing on the date
        return False
    return handler not in (_r_clock, _r_noon, _r_part, _r_spoken_clock)


# --- finding candidates in running text (used by the times stage alongside spaCy's DATE/TIME) ---

_CAP_MON = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_CAP_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# "that Friday", "that same Monday", "the same Sunday": a weekday of the time the text last named (_r_weekday_that
# reads it). One text for the finder's pattern and for the times stage's test of a span it found (any case there:
# THAT_WEEKDAY, "that same friday" in a parser's DATE entity)
_THAT_WD = rf"(?:[Tt]hat(?: same)?|[Tt]he same) {_CAP_WD}"
THAT_WEEKDAY = re.compile(_THAT_WD, re.IGNORECASE)
_D = r"[0-3]?\d(?:st|nd|rd|th)?"
_Y = r"(?:1[5-9]\d\d|20\d\d)"
# (any case: "Ten years ago" opens a sentence)
_NUMW = rf"(?i:\d+|(?:{_choice(_TENS)}) (?:{_choice(_SMALL[1:10])})|{_alt(k for k in NUMBERS if not k.startswith('a '))}|a|an|a few|several|a couple of|a couple|a handful of)"
# a range of lengths, "two to three weeks", "10 or 12 years": one expression; not after "from" or "between", whose
# two bounds TimeML marks apart ("from 1990 to 1995"), and "cut from five to three years" is three years; nor
# before "ago" ("two or three years ago" is a time, not a length: the ago pattern reads it)
_RANGE_LOW = rf"(?i:{_RANGE_NUM} (?:to|or) {_RANGE_NUM})"
RANGE_START = re.compile(rf"{_RANGE_LOW}\s")  # (the times stage: a candidate opening with a range's bounds)
_UNITW = r"(?:(?:second|minute|hour|day|week|fortnight|month|year|decade)s?|centur(?:y|ies)|(?<= )quarters)"  # not "a quarter (of)", "three-quarters"
# a length said in its next smaller unit after a comma or a space, as race times and sentences are written ("1 hour
# 58 minutes", "3 hours, 5 minutes and 12 seconds", "four years, six months"): one DURATION (_r_compound). Only the
# next smaller unit, counted in figures or number words (not "a"/"several": "two hours a day" is a rate).
_JOIN = r"(?:,? and |,? )"
_NEXT_UNIT = (rf"(?:(?:(?<=hour)|(?<=hours)){_JOIN}{_RANGE_NUM} minutes?\b(?:{_JOIN}{_RANGE_NUM} seconds?\b)?"
              rf"|(?:(?<=minute)|(?<=minutes)){_JOIN}{_RANGE_NUM} seconds?\b"
              rf"|(?:(?<=year)|(?<=years)){_JOIN}{_RANGE_NUM} months?\b"
              rf"|(?:(?<=day)|(?<=days)){_JOIN}{_RANGE_NUM} hours?\b)")
# (a capitalised "Years ago" or "some years ago" the parser's DATE entity holds: no case of them was left unfound)
_BARE_AGO = r"(?:[Mm]any )?(?:(?:second|minute|hour|day|week|month|year|decade)s|centuries) ago\b"
_AGO_MOD = r"(?:(?:[Aa]bout|[Nn]early|[Aa]lmost|[Rr]oughly|[Aa]pproximately) )"
_REL_DAY = r"(?:[Tt]oday|[Yy]esterday|[Tt]omorrow|[Tt]onight|[Ll]ast night|[Tt]his (?:morning|afternoon|evening))"
_SIG = r"(?:(?:[Ss]ince|[Uu]ntil|[Bb]efore|[Aa]fter|[Bb]y|[Ff]rom|[Ii]n|[Dd]uring|[Oo]f|[Tt]hrough|[Ee]arly|[Ll]ate|[Mm]id-?) )"
# ("the last week of March": the month's end, not last week and a March of its own; "the first week of March" its start)
_POS = r"(?:(?:[Tt]he )?(?:end|beginning|start|middle) of |[Tt]he (?:last|final|first) (?:week|days|few days) of )"

# "March of that year", "October the same year", "May the following year": a month, day or season in the year under
# discussion (not "in May, the same year he ...", nor "the next year's budget": a year owning a noun)
_THAT_YEAR = r"(?: (?:of )?(?:that(?: same)?|the (?:same|following|next|previous)) year\b(?!['’]))"

_HOL_FIND = "|".join(sorted((re.escape(" ".join(w[:1].upper() + w[1:] for w in h.split())).replace("'", "['’]")
                             for h in HOLIDAYS), key=len, reverse=True))

# a zone named by its place, as written: capitalised ("Beijing time", "Eastern Standard Time"), not "This time"
# (the same words _NOT_ZONE refuses, capitalised)
_CAP_ZONE = "(?!(?:" + "|".join(w.capitalize() for w in _NOT_ZONE_WORDS) + r")\b)[A-Z][a-z]+(?: [A-Z][a-z]+)? [Tt]ime"
FIND_PATTERNS = [
    # full dates first (longest forms), with an optional weekday in front
    rf"(?:{_CAP_WD},? )?{_CAP_MON} {_D},? {_Y}\b",
    rf"(?:{_CAP_WD},? )?(?:the )?{_D} (?:of )?{_CAP_MON},? {_Y}\b",
    r"\b(?:1[5-9]|20)\d\d-[01]\d-[0-3]\d\b",
    rf"(?:{_CAP_WD},? )?{_CAP_MON} [0-3]?\d(?:st|nd|rd|th)?\b(?!,? ?\d){_THAT_YEAR}?",
    rf"(?:{_CAP_WD},? )?\b[0-3]?\d(?:st|nd|rd|th)? (?:of )?{_CAP_MON}\b{_THAT_YEAR}?"
    r"|\b(?:[Tt]he )?[0-3]?\d(?:st|nd|rd|th) of (?:this|last|next) month\b",  # "the 15th of this month"
    rf"(?:(?:[Ss]ince|[Uu]ntil|[Bb]efore|[Aa]fter|[Bb]y) )?{_POS}?(?:(?:[Ee]arly|[Ll]ate|[Mm]id)-? ?)?(?:{_CAP_MON}|(?:[Ll]ast|[Nn]ext|[Tt]his|That|[Tt]he following) (?:{_CAP_MON}))(?:,? {_Y}| (?:last|this|next) year\b|{_THAT_YEAR})?\b",
    # weekdays, with last/next/this and a part of day
    # ("the first Sunday in June": that day of that month)
    rf"\b[Tt]he (?:first|second|third|fourth|last) {_CAP_WD} (?:of|in) {_CAP_MON}(?:,? {_Y}| (?:last|this|next) year)?\b"
    rf"|(?:(?:[Ll]ast|[Nn]ext|[Tt]his|[Ss]ince) )?{_CAP_WD}(?: (?:morning|afternoon|evening|night))?(?: (?:next|last) week)?",
    # ("earlier today", "later yesterday": TimeML's extent holds the modifier, as "later this week" does)
    rf"(?:[Tt]he day (?:before|after) |(?:[Ee]arlier|[Ll]ater) )?{_REL_DAY}(?: (?:morning|afternoon|evening|night))?",
    # deictic units
    rf"(?:(?:[Ee]arlier|[Ll]ater|[Ee]arly|[Ll]ate) )?(?:[Ll]ast|[Nn]ext|[Tt]his) (?:week(?:end)?|month|year|quarter|decade)\b"
    # ("the following weekend", "that week": told from the week named last)
    r"|(?:(?:[Ee]arlier|[Ll]ater) )?(?:[Tt]he (?:following|previous|preceding|same)|[Tt]hat) week(?:end)?\b",
    rf"{_POS}(?:(?:last|this|next) (?:week|month|year)|the (?:year|month|week|decade|century)|{_Y})\b",
    # (an approximating modifier opens the time, as it opens a length: "about forty-five minutes ago" is a moment of
    # the document's day, APPROX, not the length "about forty-five minutes" with "ago" left over)
    rf"\b{_AGO_MOD}?{_NUMW} {_UNITW} (?:ago(?: (?:[Tt]oday|[Tt]onight|[Yy]esterday|(?:this|last) (?:week|month))\b(?!['’]))?|from now)\b"
    # a plural unit with no count before "ago" ("years ago", "many months ago"): a time before the document's, of
    # unknown distance (TIMEX3: DATE PAST_REF); "for years" (no "ago") stays a length
    rf"|\b{_BARE_AGO}"
    rf"|\b(?:a|an|one|two|three|four|\d) (?:day|week|month|year)s? from (?:today|tomorrow|{_CAP_WD})\b(?!['’])",  # "a week from today"
    rf"(?:[Ss]ince|[Uu]ntil|[Bb]efore|[Aa]fter|[Bb]y) (?:(?:[Ee]arly|[Ll]ate|[Mm]id)-? ?)?{_Y}\b(?![-–/]\d| ?%|,\d)",
    rf"\b(?:[Ii]n|[Oo]f|[Ff]rom|[Dd]uring|[Tt]o|[Tt]hrough) (?P<inner>(?:(?:early|late|mid)-? ?)?{_Y})\b(?![-–/]\d| ?%|,\d)",
    # (or with an apostrophe, "the 1990's", only after "the" or "mid-": "1990's budget" is the year's, decade_plural)
    r"\b(?:[Tt]he )?(?:(?:early|late|mid)-? ?)?(?:1[5-9]|20)\d0s\b"
    r"|\b(?:[Tt]he (?:(?:early|late|mid)-? ?)?|[Mm]id-)(?:1[5-9]|20)\d0['’]s\b",
    r"\b(?:[Nn]owadays|[Cc]urrently|[Ll]ately|(?:[Mm]ore |[Mm]ost )?[Rr]ecently)\b|\b[Aa]t present\b(?![- ]day)",
    r"\b(?:[Ii]n )?[Rr]ecent (?:days|weeks|months|years)\b"
    # "in past years", "over the past years" (not "the past years of his life", "past months' figures": the stretch
    # something bounds or owns, as for "over the years")
    r"|(?:(?<=[Ii]n )|(?<=[Oo]ver )|(?<=[Dd]uring )|(?<=[Tt]hroughout ))(?:the )?[Pp]ast (?:days|weeks|months|years|decades)\b"
    r"(?![-'’]| (?:of|before|after|when|since|between|leading|preceding|from|to|until|through)\b)",
    # deictic words TimeML marks PRESENT_REF/PAST_REF/FUTURE_REF: "now" (not "from now", a span of its
    # own), "current"/"recent" before a noun, "soon" (not "as soon as")
    r"(?<![Ff]rom )(?<![Bb]y )\b(?:[Rr]ight )?[Nn]ow\b",
    # (not the non-temporal senses: "the current account" of a balance of payments, "current assets", "alternating
    # current")
    r"\b(?:then )?(?<!alternating )(?<!direct )(?<!electric )[Cc]urrent\b(?= [a-z])(?! (?:accounts?|assets|liabilities)\b)",
    r"\b[Rr]ecent\b(?= [A-Za-z])(?! (?:days|weeks|months|years|decades)\b)",
    r"(?<!as )\b[Ss]oon\b(?! after| before| as)",
    r"(?<=[Ii]n )(?:the )?(?:near |distant )?future\b|(?<=[Ii]nto )the future\b|(?<=[Ii]n )the past\b"
    r"|(?<=[Aa]t )a later date\b",
    r"\b(?:(?:[Tt]he |[Ii]ts |[Tt]hat |(?:[Tt]his|[Ll]ast|[Nn]ext) year['’]s |(?:[Ff]iscal )?\d{4}['’]s )(?:(?:latest|most recent|current|comparable|"
    r"year-ago|year-earlier|fiscal|\d{4}) ){0,2}(?:(?:first|second|third|fourth|final|last(?=[- ](?:fiscal )?quarter of (?!the year)))[- ](?:fiscal )?)?|"
    r"(?:[Yy]ear-(?:ago|earlier) |[Ff]iscal )?(?:[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]inal)[- ])quarter(?![-‐][a-z])"
    r"(?: of (?:(?:fiscal )?\d{4}|this year|last year|next year))?\b|\b[Yy]ear-(?:ago|earlier)\b(?: period\b)?"
    r"|\b(?:[Tt]he |[Ii]ts )(?:latest|most recent|comparable|\d{4}) period\b"
    # ("the same period last year", "the same quarter a year earlier": the period under discussion, a year back)
    r"|\b(?:[Tt]he|[Tt]hat) (?:same )?(?:fiscal )?(?:quarter|period) (?:a year (?:ago|earlier|before)|(?:of )?last year)\b"
    r"|\b(?:[Tt]he )?(?:comparable )?[Yy]ear-(?:ago|earlier) (?:three|six|nine|3|6|9) months\b"
    # "the December quarter": a quarter named by the month it ends
    rf"|\b(?:[Tt]he |[Ii]ts )(?:(?:latest|last|next|previous|following|same) )?{_CAP_MON} quarter\b"
    # "the July-September quarter", "the October to December period"
    rf"|\b(?:[Tt]he |[Ii]ts )?{_CAP_MON}(?:-(?:to-)?| to | through ){_CAP_MON} (?:quarter|period)\b",  # "the October-to-December quarter"
    r"\b(?:[Ff]iscal|FY) ?'?(?:\d{4}|\d{2})\b",
    # durations the small model misses ("two months after"); not ages ("20-year-old")
    rf"\b(?:(?:[Mm]ore than|[Ll]ess than|[Aa]bout|[Nn]early|[Aa]lmost|[Aa]t least|[Oo]ver|[Uu]p to) )?(?:(?<![Ff]rom )(?<![Bb]etween ){_RANGE_LOW}(?![- ]{_UNITW} (?:ago|from now)\b)|{_NUMW})(?: 1/2|-and-a-half)?(?: more| trading| business| working| consecutive| straight| successive)?"
    rf"[- ]{_UNITW}(?: and a half|-and-a-half|(?:{_NEXT_UNIT}| and {_NUMW} (?:year|month|week|day|hour|minute|second)s?\b)"
    r"(?! (?:ago|from now|earlier|later|before|after)\b))?\b(?![- ]old)(?:-long\b)?"  # "a year-long inquiry": one word
    r"|\b(?:(?:[Aa]bout|[Nn]early|[Aa]lmost|[Mm]ore than|[Ll]ess than) )?[Hh]alf an? (?:hour|minute|day|month|year|decade|century)\b(?:(?<=decade) ago\b|(?<=century) ago\b)?"
    # "a quarter of a century", "a quarter-century": 25 years (not "a quarter-century-old feud": an age)
    # (the hyphenated noun only before punctuation or a preposition: "its quarter-century low" is a modifier)
    r"|\b(?:(?:[Aa]bout|[Nn]early|[Aa]lmost|[Mm]ore than|[Ll]ess than|[Oo]ver) )?(?:[Aa] |[Tt]he (?:(?:past|last|next|first) )?)?"
    r"[Qq]uarter(?: of a century\b(?![- ]old)|-century(?=\s*(?:[.,;:!?)]|$|(?:of|ago|in|on|and|or|since|before|after|to|until)\b)))(?: ago\b)?",
    r"\b(?:[Ff]or|[Aa]fter|[Ww]ithin|[Oo]ver|[Ff]or many|[Ff]or several) (?P<inner2>months|years|weeks|decades|days|hours)\b",
    # holidays
    rf"\b(?:(?:[Ll]ast|[Nn]ext|[Tt]his|[Cc]oming) )?(?:{_HOL_FIND})(?:,? {_Y}| week)?\b",
    # clock times the small model misses ("2 p.m. ET Tuesday", "midnight Friday")
    rf"\b(?:[01]?\d|2[0-4])(?:[:.][0-5]\d)? ?(?:a\.m\.|p\.m\.|am\b|pm\b)(?: (?:[A-Z]{{1,4}}T|GMT|UTC|local time|{_CAP_ZONE})\b)?",
    rf"\b(?:(?:[01]?\d|2[0-3]):[0-5]\d (?:[A-Z]{{1,4}}T|GMT|UTC|local time|{_CAP_ZONE})|(?:[01]\d|2[0-3])[0-5]\d (?:GMT|UTC|local time))\b",
    r"\b(?:[Mm]idnight|[Nn]oon|[Mm]idday)\b",
    # years spelt out in broadcast transcripts: "nineteen ninety-six", "the year two thousand"
    r"\b(?:(?:[Tt]he )?[Yy]ear )?(?:(?:[Nn]ineteen|[Tt]wenty) (?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen)|[Tt]wo thousand(?: and (?:one|two|three|four|five|six|seven|eight|nine|ten))?)\b",
    # sets: "every day", "each July", "every Monday"
    rf"\b(?:[Ee]very|[Ee]ach) (?:other )?(?:day|week|weekend|month|year|quarter|morning|night|evening|afternoon|summer|"
    rf"winter|spring|autumn|{_CAP_MON}|{_CAP_WD})\b",
    # decades in words, the end of a year, the near term
    r"\b(?:[Tt]he )(?:[Nn]ineteen[- ])?(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b",
    r"\b(?:[Tt]he )?(?:[Yy]ear|[Mm]onth)(?:-end\b| end\b|['’]s end\b)",
    r"\b(?:(?<=[Ii]n )|(?<=[Oo]ver )|(?<=[Ff]or )|(?<=[Oo]f ))the (?:near|short) term\b",
    # a quarter or half told in months: "the final three months of 2023"
    r"\b(?:[Tt]he )?(?:first|final|last) (?:three|six|3|6) months of (?:\d{4}|this year|last year|next year)\b",
    # "the year" alone: the year under discussion ("a high for the year"); "the fiscal year ended ..."
    # ("the year to March": the year ending then, as British news writes it; not "the year to date")
    # ("later in the year": one expression, as "later in the week" is)
    rf"\b(?:(?:[Ee]arlier|[Ll]ater) in )?[Tt]he (?:fiscal |financial )?year\b(?![-'’]| (?:\d|ago|earlier|before|after|later|to(?! {_CAP_MON}))\b)",
    # seasons: "this past spring", "last summer", "the fall" (not "the fall of the regime")
    r"\b(?:(?:[Tt]his|[Tt]hat|[Ll]ast|[Nn]ext|[Tt]he|[Tt]his past|following|previous|preceding|[Ee]arly|[Ll]ate|[Mm]id-?) ){0,2}(?:spring|summer|autumn|winter|"
    rf"(?:(?<=this |that |That |last |next |late )|(?<=[Tt]he )|(?<=early ))fall(?! of))\b(?:,? (?:of )?(?:1[5-9]\d\d|20\d\d)\b|{_THAT_YEAR})?",
    # "the week of March 6"
    rf"\b[Tt]he week (?:of|beginning|starting) (?:{_CAP_MON} {_D}|{_D} {_CAP_MON})\b(?:,? {_Y}\b)?",
    # centuries: "the 20th century", "the nineteenth century"
    rf"\b(?:[Tt]he )?(?:\d{{1,2}}(?:st|nd|rd|th)|{_alt(w for w in ORDINALS if w.isalpha() and w not in ('final', 'latter'))})[- ]century\b",
    # a day told from the day last named: "later that day", "the next morning", "the previous Friday",
    # "the day before Tuesday's hearing"
    r"\b(?:(?:[Ee]arlier|[Ll]ater) (?:in |on )?)?(?:[Tt]he (?:same|next|following|previous|preceding)|[Tt]hat(?: same)?) "
    r"(?:day|morning|afternoon|evening|night)\b|\b(?:[Ee]arlier|[Ll]ater) (?:in |on )?the (?:day|morning|afternoon|evening|night)\b"
    rf"|\b[Tt]he (?:previous|preceding|following|next) {_CAP_WD}\b"
    # "that Friday", "that same Monday", "the same Sunday": the weekday of the time the text last named (not "that" as
    # a conjunction before a bare weekday: "said that Friday's vote", which the weekday's own pattern reads)
    rf"|\b{_THAT_WD}\b(?!['’]s)"
    rf"|\b[Tt]he day (?:before|after) (?:(?:last|next|this) )?(?:{_CAP_WD}|{_CAP_MON} {_D})\b",    # a year as a prefix: "the post-1959 politics", "pre-1990 rules" (one token to the parser)
    r"\b(?:[Pp]ost|[Pp]re)-(?:1[5-9]|20)\d\d\b(?!-)",
    # "the day before", "the year after" closing a clause (not "the day before the vote": an event's day)
    r"\b[Tt]he (?:day|night|week|month|year) (?:before|after)(?=\s*[,.;:!?\"'’”)]|\s*$)",
    # sets: "every two weeks", "every other day", "twice a week", "three times a year", "Sundays"
    rf"\b(?:[Ee]very|[Ee]ach) (?:other|few|several|{_NUMW}) (?:second|minute|hour|day|week|month|quarter|year|decade)s?\b"
    rf"|\b(?i:once|twice|thrice|(?:\d+|{_alt(_SMALL[2:])}|several|a few|many) times) (?:(?:a|an|per|every|each) "
    r"(?:second|minute|hour|day|week|month|quarter|year)|yearly|annually|monthly|weekly|daily|hourly)\b"
    r"|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?\b(?: (?:morning|afternoon|evening|night)s?\b)?"
    r"|\b[Pp]er (?:day|week|month|quarter|year)\b",
    # a vague stretch of time: "over the years", "in the weeks ahead", "in the years that followed" (TimeML: PXY,
    # PXW); not "the days before the slaying", "the years of war", "the years from 2000": a stretch something bounds;
    # not "in the decades-long conflict", a length adjective of its own (the "-long" pattern below)
    r"\b(?:(?<=[Oo]ver )|(?<=[Ii]n )|(?<=[Dd]uring )|(?<=[Tt]hroughout )|(?<=[Ff]or ))[Tt]he (?P<inner3>(?:days|weeks|months|years|decades)"
    r"(?: ahead| to come)?)\b(?!-| (?:before|after|of|when|since|between|leading|preceding|from|to|until|through)\b)",
    # a half owned by its year: "1988's second half", "last year's first half" (spaCy keeps the year alone)
    r"\b(?:(?:[Tt]his|[Ll]ast|[Nn]ext) year['’]s|(?:[Ff]iscal )?\d{4}['’]s) (?:first|second) half\b",
    # a stretch of unstated length after "for" ("for a while", "for a fairly lengthy period"; TimeML: PXX);
    # "after a while" too; not "for the time being" (no stretch), nor a "while" clause
    rf"(?:(?<=[Ff]or )|(?<=[Aa]fter ))(?:quite )?a (?:little |short |long |good )?while\b|(?<=[Ff]or ){_VAGUE_STRETCH}\b",
    # a two-digit year after an apostrophe, alone or closing a month or season: "in '96", "March '97",
    # "the summer of '96" (not the decade "'70s", nor a quotation's closing mark)
    rf"(?:(?:[Tt]he )?(?:(?:[Ee]arly|[Ll]ate|[Mm]id)[- ])?(?:{_CAP_MON}|[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)"
    r"(?: of)? )?(?<![\w'’])['’]\d\d\b(?![\w'’%])",
    # a part of the day under discussion after "in", "during", "throughout" ("the fighting eased in the afternoon":
    # TimeML's TIME of that day); not "the night of the attack" (an event's night)
    r"(?:(?<=[Ii]n )|(?<=[Dd]uring )|(?<=[Tt]hroughout ))the (?:morning|afternoon|evening|night)\b(?! of\b)",
    # two units from now: "the week before last", "the year after next" (as "the day before yesterday")
    # (not when "last"/"next" opens a noun phrase of its own: "the week before last year's vote", "the day after
    # next Monday")
    r"\b[Tt]he (?:week|weekend|month|year) (?:before last|after next)\b(?!-|\s+(?:[A-Z\d]|(?:week|weekend|month|year|"
    r"night|time|season|quarter|decade|century|summer|winter|spring|autumn|fall|term|round|session)s?\b|\w+['’]s\b))",
    # a length said as an adjective with no count before it: "the week-long festival", "a months-long standoff"
    # (with a count, "a year-long inquiry", the duration pattern above takes it whole)
    r"(?<![\w-])(?i:(?:second|minute|hour|day|week|fortnight|month|year|decade)s?|centur(?:y|ies))-long\b",
]
# a match's span is group "inner" when it matched (the preposition is context, not expression)
# 50: a clock written without a.m./p.m. whose part of the day a deictic word gives: "at 7:45 this morning", "at 11 last
# night", "at 9 o'clock tomorrow morning" (one TIME, _r_clock_part); only after "at", and ":" minutes only, so a count
# or a price before a part of day stays apart ("killed 11 last night", "rose 2.45 this morning")
FIND_PATTERNS.append(rf"\b[Aa]t (?P<inner_cp>(?:[01]?\d|2[0-3])(?::[0-5]\d)?(?: o['’]clock)? {_DEICTIC_PART})\b")
# 51: a clock said with "o'clock", its hour in figures or words, minutes said before it and a part of day after it:
# "eight o'clock", "a quarter past ten o'clock", "11 o'clock at night" (_r_spoken_clock)
_MINUTES_OFF_FIND = re.sub(r"\(\?P<\w+>", "(?:", _MINUTES_OFF)  # (_MINUTES_OFF without its group names)
FIND_PATTERNS.append(rf"(?i:\b(?:{_MINUTES_OFF_FIND})?"
                     rf"{_HOUR12}(?:[:.][0-5]\d)? o['’]clock\b(?: in the (?:morning|afternoon|evening)| at night)?)")
# 52: a quarter or half of a year as financial reports abbreviate it: "Q1", "Q3 2026", "2026 Q3", "H2 2026", "its
# fiscal Q4" (capitals only, not a code running on: "H1N1", "Q1-2", "Q3/Q4")
FIND_PATTERNS.append(rf"\b(?<![-‐/])(?:(?:[Tt]he|[Ii]ts) )?(?:[Ff]iscal )?(?:Q[1-4]|H[12])(?:,? (?:[Ff]iscal )?{_Y}| of (?:this|last|next) year)?\b(?![-‐/]?\w)"
                     rf"|\b{_Y} (?:Q[1-4]|H[12])\b(?![-‐/]?\w)")
# 53: a decade's apostrophe plural after another one it is coordinated with: "the 1960's and 1970's", "the 1950's, 1960's
# and 1970's" (the first holds the "the" that tells a decade from a year's possessive: timex.decade_plural)
FIND_PATTERNS.append(r"(?:(?<=0's and )|(?<=0’s and )|(?<=0's or )|(?<=0’s or )|(?<=0's to )|(?<=0’s to )|(?<=0's, )|(?<=0’s, )"
                     r"|(?<=0's through )|(?<=0’s through ))(?:1[5-9]|20)\d0['’]s\b")
# 54: a clock before a part of the day said with "in the" or "at", after a word that introduces a clock (else a count:
# "killed 7 in the morning"): "at 7 in the morning", "around 11 at night", "by half past six in the evening"
# ("around"/"about" open the expression, TimeML's APPROX: "at about 4 in the afternoon")
FIND_PATTERNS.append(rf"\b(?:(?:[Aa]t|[Bb]y|[Uu]ntil|[Tt]ill|[Ff]rom|[Bb]efore|[Aa]fter|[Ss]ince) |(?=[Aa]round |[Aa]bout ))(?P<inner_ip>(?i:"
                     rf"(?:around |about )?(?:{_MINUTES_OFF_FIND})?{_HOUR12}(?:[:.][0-5]\d)?(?: o['’]clock)?"
                     r" (?:in the (?:morning|afternoon|evening)|at night)))\b")
# "the month" a report covers, after "for", "in", "during", "over" ("sales for the month", "in the month"): the
# month under discussion (`_the_month`); not "the month of May", "the month before the vote", "the month-long strike"
_THE_MONTH_FIND = len(FIND_PATTERNS)
FIND_PATTERNS.append(r"(?:(?<=[Ff]or )|(?<=[Ii]n )|(?<=[Dd]uring )|(?<=[Oo]ver ))the month\b(?![-'’]|"
                     r" (?:of|before|after|ahead|since|following|earlier|later|ago|to|in which|when)\b)")
THE_MONTH_USE = re.compile(FIND_PATTERNS[_THE_MONTH_FIND])  # (the stage keeps a parser's "the month" only in this use)
FIND_RE = re.compile("|".join(f"(?:{p})" for p in FIND_PATTERNS))

# Running every pattern over a whole article is slow in Python's re (~2 us a character), so the
# stage runs only the family of patterns a trigger word calls for, anchored at the few token starts
# just before it. Families: indexes into FIND_PATTERNS.
_FAMILY_PATTERNS = {
    "month": [0, 1, 3, 4, 5], "weekday": [25, 39, 6, 10], "dayword": [50, 54, 39, 7, 41, 10, 47], "unit": [8, 9, 21, 25, 23, 35, 37, 41, 45, 4, 48, 49], "ago": [10, 16],
    "year": [2, 9, 11, 12, 13, 29, 31, 40, 53], "term": [33], "decadeword": [31], "end": [32], "ref": [14, 15, 16, 17, 18, 19, 20], "fiscal": [22], "duration": [39, 34, 10, 23, 24, 41, 43, 49], "set": [30, 42],
    "holiday": [25], "clock": [26, 27, 28], "century": [38, 9, 23, 49], "season": [36], "sets": [42], "half": [44, 23],
    "stretch": [45, 27], "shortyear": [46], "oclock": [51], "qabbr": [52],  # "time" also ends a zone named by its place ("10:30 Brussels time")
}


_FAMILY_PATTERNS["unit"].append(_THE_MONTH_FIND)

FAMILY_RE = {
    fam: re.compile("|".join(f"(?:{FIND_PATTERNS[i]})" for i in idx)) for fam, idx in _FAMILY_PATTERNS.items()
}
TRIGGER_FAMILY: dict[str, str] = {}
for _w in MONTHS:
    TRIGGER_FAMILY[_w] = TRIGGER_FAMILY[_w + "."] = "month"
for _w in WEEKDAYS:
    TRIGGER_FAMILY[_w] = "weekday"
for _w in ("today", "yesterday", "tomorrow", "tonight", "night", "morning", "afternoon", "evening"):
    TRIGGER_FAMILY[_w] = "dayword"
for _w in ("week", "weekend", "month", "year", "quarter", "decade"):
    TRIGGER_FAMILY[_w] = "unit"
for _w in ("minute", "hour", "day", "fortnight"):  # not "second": "a second term"
    TRIGGER_FAMILY[_w] = "duration"
for _w in ("seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades"):
    TRIGGER_FAMILY[_w] = "duration"
for _w in ("christmas", "easter", "eve", "thanksgiving", "halloween", "valentine", "boxing", "armistice", "bastille",
           "election", "labor", "memorial", "veterans", "martin"):
    TRIGGER_FAMILY[_w] = "holiday"
TRIGGER_FAMILY["ago"] = TRIGGER_FAMILY["now"] = "ago"  # "now" alone: the ago family holds its pattern too
for _w in ("a.m.", "p.m.", "am", "pm", "gmt", "utc", "bst", "et", "est", "edt", "cet", "midnight", "noon", "midday",
           "local"):  # "1700 local time": a clock, not the year 1700
    TRIGGER_FAMILY[_w] = "clock"
# a clock time the tokenizer keeps as one token ("11.30pm", "7:30am", "09.15am", as British wire writes it): it has
# no "am"/"pm" token of its own to trigger on (the tokenizer splits "10pm" and "7:30 a.m." but not these)
for _h in range(1, 13):
    for _hh in {str(_h), f"{_h:02d}"}:
        for _mm in range(60):
            for _w in (f"{_hh}{_sep}{_mm:02d}{_ap}" for _sep in ".:" for _ap in ("am", "pm")):
                TRIGGER_FAMILY[_w] = "clock"
for _w in ("recent", "recently", "currently", "nowadays", "current", "soon", "future", "past", "later", "lately",
           "present"):  # "present" only as "at present" (the pattern reads the "at" before it); not "presently":
    # "soon" as often as "now", and left unmarked where TimeBank/AQUAINT meet it
    TRIGGER_FAMILY[_w] = "ref"
for _w in ("fiscal", "fy"):
    TRIGGER_FAMILY[_w] = "fiscal"
for _w in ("nineteen", "thousand"):
    TRIGGER_FAMILY[_w] = "year"
for _w in ("every", "each"):
    TRIGGER_FAMILY[_w] = "set"
for _w in ("once", "twice", "thrice", "times", "per", "mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays",
           "sundays"):
    TRIGGER_FAMILY[_w] = "sets"
for _w in _DECADE_WORDS:
    TRIGGER_FAMILY[_w] = "decadeword"
TRIGGER_FAMILY["end"] = "end"
TRIGGER_FAMILY["century"] = TRIGGER_FAMILY["centuries"] = "century"  # also "over a century", "two centuries"
for _w in ("spring", "summer", "autumn", "winter", "fall"):
    TRIGGER_FAMILY[_w] = "season"
TRIGGER_FAMILY["term"] = "term"
TRIGGER_FAMILY["half"] = "half"
TRIGGER_FAMILY["'"] = TRIGGER_FAMILY["’"] = "shortyear"  # "'96": the parser splits the apostrophe off
TRIGGER_FAMILY["quarters"] = "duration"
TRIGGER_FAMILY["period"] = "unit"
TRIGGER_FAMILY["o'clock"] = TRIGGER_FAMILY["o’clock"] = "oclock"
for _w in ("q1", "q2", "q3", "q4", "h1", "h2"):
    TRIGGER_FAMILY[_w] = "qabbr"
for _w in ("while", "time", "spell", "stretch"):  # "for a while", "for a long time" ("period" is a unit trigger)
    TRIGGER_FAMILY[_w] = "stretch"
for _y in range(1500, 2100):
    TRIGGER_FAMILY[str(_y)] = "year"
for _d in range(150, 210):
    TRIGGER_FAMILY[f"{_d}0s"] = TRIGGER_FAMILY[f"mid-{_d}0s"] = "year"
for _y in range(1900, 2100):
    TRIGGER_FAMILY[f"mid-{_y}"] = "year"
for _y in range(1500, 2100):
    TRIGGER_FAMILY[f"post-{_y}"] = TRIGGER_FAMILY[f"pre-{_y}"] = "year"
for _d in range(1, 10):
    TRIGGER_FAMILY[f"{_d}0s"] = "year"

# Inside a spaCy DATE entity we cannot read as a whole ("between 2001 and 2003", "the year to
# March 2005"), these smaller pieces are tried: bare years, month-year, days, weekdays.
SUB_RE = re.compile(
    rf"(?:{_CAP_WD},? )?{_CAP_MON} {_D},? {_Y}\b|(?:the )?{_D} (?:of )?{_CAP_MON},? {_Y}\b|{_CAP_MON},? {_Y}\b"
    rf"|{_CAP_MON} [0-3]?\d\b|[0-3]?\d {_CAP_MON}\b|{_CAP_MON}\b|{_CAP_WD}\b|\b{_Y}\b(?![-–]\d\d\b)|\b{_Y}\b"
    r"|\b(?:last|this|next) (?:week|month|year)\b"
    # "the first nine months of the year": the stretch keeps its "the first" (TimeML's extent), the year apart
    r"|\b(?:the )?(?:first|last|past|final|next) (?:\d+|[a-z]+(?:-[a-z]+)?) (?:days|weeks|months|quarters|years)\b"
)
