"""Calendar dates: the one place newsgraph turns date strings into dates.

A leaf module (it imports nothing of newsgraph's), so the pipeline, the stages, the corpus and the
web app all read dates the same way:
 - `parse_date` reads a date written by a person or a feed: ISO 8601 (`2023-06-01`,
   `2023-06-01T10:00:00Z`), RFC 2822 (`Thu, 01 Jun 2023 10:00:00 +0000`), and the common English
   spellings (`1 June 2023`, `June 1, 2023`, `1st June 2023`, `01/06/2023` day first);
 - `period_start` / `period_end` give the first and last day of an ISO value of any granularity
   (`2003`, `2003-05`, `2003-05-07`, a decade `199`), as the time and event stages write them;
 - `calendar_date` reads the values a user passes to a query or an API (`YYYY[-MM[-DD]]`).
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re

_ISO_VALUE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_DECADE = re.compile(r"^(\d{3})$")
_ISO_SHAPED = re.compile(r"^\d{4}-\d{2}-\d{2}(?:$|[T ])")
_HAS_YEAR = re.compile(r"(?<!\d)(?:1[89]|20|21)\d\d(?!\d)")


def parse_date(value: object) -> str | None:
    """The ISO day (YYYY-MM-DD) a date string names, or None when it names no day of a year.

    Strings without a four-digit year are refused: "2 hours ago" or "Monday" would otherwise be
    read against today's clock, which is not the article's date.
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = " ".join(str(value).split())
    if not text or not _HAS_YEAR.search(text):
        return None
    if _ISO_SHAPED.match(text):  # an impossible ISO date ("2023-13-01") is wrong, not day-first
        return _iso(text)
    return _rfc2822(text) or _spelled(text)


def _iso(text: str) -> str | None:
    # _ISO_SHAPED has checked the shape (YYYY-MM-DD, then nothing, "T" or a space): what follows the
    # day is a time of that day, so the first ten characters decide; an impossible day is None.
    try:
        return dt.date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        return None


def _rfc2822(text: str) -> str | None:
    try:
        return email.utils.parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def _spelled(text: str) -> str | None:
    import dateparser  # slow to import: only for strings that are neither ISO nor RFC 2822

    settings = {"PREFER_DAY_OF_MONTH": "first", "DATE_ORDER": "DMY", "REQUIRE_PARTS": ["year", "month", "day"],
                "RETURN_AS_TIMEZONE_AWARE": False}
    try:
        parsed = dateparser.parse(text, languages=["en"], settings=settings)
    except (ValueError, OverflowError):
        return None
    return parsed.date().isoformat() if parsed else None


def period_start(value: str | None) -> dt.date | None:
    """First day of an ISO date value of any granularity ("2003", "2003-05", "2003-05-07", decade "199")."""
    bounds = _period(value)
    return bounds[0] if bounds else None


def period_end(value: str | None) -> dt.date | None:
    """Last day of an ISO date value of any granularity."""
    bounds = _period(value)
    return bounds[1] if bounds else None


def period_bounds(value: str | None) -> tuple[dt.date, dt.date] | None:
    """First and last day of a day, month, year or decade value ("2003-05-07", "2003-05", "2003", "199")."""
    return _period(value)


def _period(value: str | None) -> tuple[dt.date, dt.date] | None:
    if not value or not isinstance(value, str):
        return None
    v = value.strip()
    m = _ISO_VALUE.match(v[:10])
    try:
        if m and m.group(3):
            day = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            return day, day
        if m and m.group(2):
            y, mo = int(m.group(1)), int(m.group(2))
            first = dt.date(y, mo, 1)
            return first, dt.date(y + (mo == 12), mo % 12 + 1, 1) - dt.timedelta(days=1)
        if m:
            y = int(m.group(1))
            return dt.date(y, 1, 1), dt.date(y, 12, 31)
        if _DECADE.match(v):
            y = int(v) * 10
            return dt.date(y, 1, 1), dt.date(y + 9, 12, 31)
    except ValueError:
        return None
    return None


def granularity(value: str | None) -> str:
    """"day", "month" or "year" for an ISO value; "unknown" for anything else."""
    m = _ISO_VALUE.match(value or "")
    if not m:
        return "unknown"
    return "day" if m.group(3) else "month" if m.group(2) else "year"


def calendar_date(value: object, last: bool = False) -> dt.date | None:
    """The first day (with `last`, the last day) of a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` value (a query bound:
    "until 2004" takes in all of 2004); None if it is not one."""
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str) or _DECADE.match(value.strip()):
        return None
    return period_end(value) if last else period_start(value)
