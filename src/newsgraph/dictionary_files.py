"""Reading a user's dictionary file (PETRARCH's actor, agent and verb formats): the text, or an error naming the file
and, where there is one, the line. One reader for the actors and events stages, which each parse their own format."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from .errors import DictionaryError, InputError


def dictionary_text(path: str, what: str) -> str:
    """A dictionary file's text. PETRARCH's files are plain ASCII, so UTF-8 (a byte-order mark
    allowed, as Windows editors write one) is all we read: a byte that is not UTF-8 is an error
    naming its line, never a U+FFFD inside a name that then matches nothing."""
    try:
        with open(path, "rb") as fh:
            data = fh.read()
    except OSError as exc:
        raise InputError(path, f"cannot read the {what}: {exc.strerror or exc}") from None  # no line to name
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise DictionaryError(path, line, f"byte 0x{data[exc.start]:02X} is not UTF-8 (save the {what} as UTF-8)") \
            from None


def no_entries(path: str, what: str, item: str) -> str:
    """The warning for a dictionary file that holds nothing (empty, or comments only): it loads, as PETRARCH
    would load it, but a user who named it meant something by it and must hear that it adds nothing."""
    return f"{path}: no {item} in this {what} (empty, or comments only)"


_COMMENT_OPEN = re.compile(r"<!\s*--")


def without_block_comments(lines: Iterable[str]) -> Iterator[tuple[int, str]]:
    """(line number, text) of each line with its `<!-- -->` comments cut out; a comment may span lines, and a line
    wholly inside one is left out. PETRARCH's actor, agent and verb files all allow them; each reader then cuts its
    own line comments (`#`, and in verb files `;`)."""
    in_block = False
    for n, s in enumerate(lines, 1):
        if in_block:
            end = s.find("-->")
            if end < 0:
                continue
            s, in_block = s[end + 3:], False
        while m := _COMMENT_OPEN.search(s):
            end = s.find("-->", m.end())
            if end < 0:
                s, in_block = s[: m.start()], True
                break
            s = s[: m.start()] + s[end + 3:]
        yield n, s
