"""Read inputs (plain text, HTML, JSON, JSONL; files, directories, globs, stdin) into Articles.

Text is normalised only in ways that keep a map back to the raw input (TextMap), so every offset
newsgraph emits points into the text it emits, and can be traced to the bytes it read.
"""

from __future__ import annotations

import glob
import json
import os
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError

DEFAULT_MAX_BYTES = 2 * 1024 * 1024
TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSON_SUFFIXES = {".json"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES


@dataclass
class TextMap:
    """Maps offsets in normalised text back to offsets in the text as decoded.

    `points` holds (normalised_offset, raw_offset) at each place where the two start to differ;
    between points the texts advance together.
    """

    points: list[tuple[int, int]] = field(default_factory=list)

    def to_raw(self, offset: int) -> int:
        raw_delta = 0
        for norm, raw in self.points:
            if norm > offset:
                break
            raw_delta = raw - norm
        return offset + raw_delta


@dataclass
class Article:
    """One input record, its text normalised, with whatever metadata came with it."""

    text: str
    name: str  # what error messages call it: a path, "path:line", or "<stdin>"
    format: str = "text"
    title: str | None = None
    url: str | None = None
    published: str | None = None
    outlet: str | None = None
    author: str | None = None
    record_id: str | None = None
    path: str | None = None
    text_map: TextMap = field(default_factory=TextMap)


# Characters dropped or replaced; each keeps a map entry so offsets can be traced back.
_DROP = {"\ufeff", "\u200b", "\u200c", "\u200d", "\u2060", "\u00ad"}
_SPACE = {"\u00a0", "\u2007", "\u202f", "\t", "\u2028", "\u2029", "\x0b", "\x0c"}


_NEEDS_WORK = re.compile("[\r\x00-\x08\x0b-\x1f\x7f%s%s]" % ("".join(sorted(_DROP)), "".join(sorted(_SPACE - {"\t", "\x0b", "\x0c"}))))


def normalise(raw: str) -> tuple[str, TextMap]:
    """NFC, CRLF/CR -> LF, no-break and odd spaces -> space, zero-width/soft hyphen/control removed."""
    if not _NEEDS_WORK.search(raw) and unicodedata.is_normalized("NFC", raw):
        return raw, TextMap()
    out: list[str] = []
    points: list[tuple[int, int]] = []
    norm = 0
    i = 0
    n = len(raw)
    while i < n:
        ch = raw[i]
        if ch == "\r":
            piece, consumed = "\n", 2 if raw[i + 1 : i + 2] == "\n" else 1
        elif ch in _SPACE:
            piece, consumed = " ", 1
        elif ch in _DROP or (ord(ch) < 32 and ch != "\n") or ord(ch) == 127:
            piece, consumed = "", 1
        else:
            j = i + 1
            while j < n and unicodedata.combining(raw[j]):
                j += 1
            piece = ch if (j == i + 1 and ch.isascii()) else unicodedata.normalize("NFC", raw[i:j])
            consumed = j - i
        out.append(piece)
        norm += len(piece)
        i += consumed
        if len(piece) != consumed:
            points.append((norm, i))
    return "".join(out), TextMap(points)


Warn = Callable[[str], None] | None


def decode(data: bytes, name: str, max_bytes: int = DEFAULT_MAX_BYTES, warn: Warn = None) -> str:
    """Bytes -> str, or an InputError saying why not (empty, too large, binary, undecodable).

    UTF-8 with a few invalid bytes stays UTF-8: the bad bytes become U+FFFD and `warn` is told,
    instead of the whole file being re-read in a single-byte code page (which garbles every
    correctly encoded non-ASCII character: "£" would become "Â£")."""
    if len(data) > max_bytes:
        raise InputError(name, f"{_over(len(data), max_bytes)} (raise it with --max-bytes)")
    if not data.strip():
        raise InputError(name, "empty input")
    if b"\x00" in data[:8192] and not (data.startswith((b"\xff\xfe", b"\xfe\xff"))):
        raise InputError(name, "binary content (NUL bytes), not text")
    for bom, enc in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(enc)
            except UnicodeDecodeError:
                raise InputError(name, f"starts with a {enc} byte-order mark but does not decode as {enc}") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        text = _mostly_utf8(data, name, exc.start, warn)
    if text is None:
        text = _other_encoding(data, name)
    if _looks_binary(text):
        raise InputError(name, "binary content (mostly control characters), not text")
    return text


def _mostly_utf8(data: bytes, name: str, first_bad: int, warn: Warn) -> str | None:
    """The text with invalid bytes replaced, when the input is UTF-8 apart from them, else None.

    UTF-8 it is when it holds at least half as many valid multi-byte characters as invalid bytes:
    text in a single-byte code page almost never forms a valid multi-byte sequence by chance."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    valid = sum(1 for c in text if ord(c) > 127) - text.count("\ufffd")
    if valid == 0 or 2 * valid < bad:
        return None
    if warn:
        warn(f"{name}: {bad} invalid UTF-8 byte sequence{'s' if bad != 1 else ''} replaced with U+FFFD "
             f"(the first at byte {first_bad})")
    return text


def _other_encoding(data: bytes, name: str) -> str:
    """Text in a legacy encoding, guessed by charset-normalizer (Western code pages first)."""
    from charset_normalizer import from_bytes

    matches = from_bytes(data[:200_000])
    best = matches.best()
    if best is None or best.encoding is None:
        raise InputError(name, "cannot detect the text encoding (not UTF-8, no other encoding fits)") from None
    # Short texts fit many single-byte code pages equally well; news is most often Western.
    plausible = [m.encoding for m in matches]
    encoding = next((e for e in _WESTERN if e in plausible), best.encoding)
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        raise InputError(name, f"does not decode as UTF-8 or as {encoding}") from None


_WESTERN = ("cp1252", "latin_1", "iso8859_15")


def _looks_binary(text: str) -> bool:
    sample = text[:4096]
    ctrl = sum(1 for c in sample if (ord(c) < 32 and c not in "\n\r\t\f\v") or 0xFFF0 <= ord(c) <= 0xFFFF)
    return ctrl > max(8, len(sample) // 50)


def _mb(n: int) -> str | None:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else None


def _over(n: int, limit: int) -> str:
    """"N is over the L limit" in MB when both are a megabyte or more and read apart, else in bytes: rounded
    to KB, `--max-bytes 100` said "3 KB is over the 0 KB limit" (session 57), and 2 MB and a byte more read alike."""
    size, cap = _mb(n), _mb(limit)
    if size and cap and size != cap:
        return f"{size} is over the {cap} limit"
    return f"{n:,} bytes is over the {limit:,}-byte limit"


def sniff_format(name: str, text: str) -> str:
    suffix = Path(name).suffix.lower()
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in JSON_SUFFIXES:
        return "json"
    head = text.lstrip()[:512].lower()
    if head.startswith(("<!doctype html", "<html")) or ("<body" in head or "<p>" in head or "<div" in head):
        return "html"
    if head.startswith("{"):
        first, _, rest = text.strip().partition("\n")
        return "jsonl" if rest.strip().startswith("{") and _is_json(first) else "json"
    if head.startswith("[") and text.rstrip().endswith("]") and _is_json(text):
        return "json"
    return "text"


def _is_json(s: str) -> bool:
    try:
        json.loads(s)
        return True
    except RecursionError:
        return True  # JSON, too deep to read: the JSON reader names it so ("nested too deeply")
    except ValueError:
        return False


_TOO_DEEP = "JSON nested too deeply (Python's recursion limit)"


def make_article(text: str, name: str, fmt: str = "text", **meta) -> Article:
    norm, tmap = normalise(text)
    if not norm.strip():
        raise InputError(name, "empty input (no text)")
    title = meta.pop("title", None)
    if isinstance(title, str):
        title = " ".join(title.split()) or None
    return Article(text=norm, name=name, format=fmt, title=title, text_map=tmap, **meta)


def articles_from_html(html: str, name: str, path: str | None = None) -> Article:
    import trafilatura

    try:
        result = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True
        )
    except Exception as exc:  # trafilatura raises assorted errors on broken markup
        raise InputError(name, f"malformed HTML ({type(exc).__name__})") from None
    if result is None:
        raise InputError(name, "no article text found in the HTML")
    get = result.get if isinstance(result, dict) else (lambda k, _r=result: getattr(_r, k, None))
    text = get("text") or ""
    if not text.strip():
        raise InputError(name, "no article text found in the HTML")
    return make_article(
        text,
        name,
        "html",
        title=get("title"),
        url=get("url"),
        published=get("date"),
        outlet=get("sitename") or get("hostname"),
        author=get("author"),
        path=path,
    )


_RECORD_KEYS = ("text", "title", "url", "published", "source", "id")


def article_from_record(rec: object, name: str, path: str | None, fmt: str) -> Article:
    if not isinstance(rec, dict):
        raise InputError(name, f"a JSON record must be an object, got {type(rec).__name__}")
    text = rec.get("text")
    if not isinstance(text, str):
        if text is None:
            raise InputError(name, "JSON record has no 'text' field")
        raise InputError(name, f"JSON field 'text' must be a string, got {type(text).__name__}")
    published = rec.get("published") or rec.get("date")
    rid = rec.get("id")
    return make_article(
        text,
        name,
        fmt,
        title=rec.get("title") if isinstance(rec.get("title"), str) else None,
        url=rec.get("url") if isinstance(rec.get("url"), str) else None,
        published=str(published) if published else None,
        outlet=rec.get("source") if isinstance(rec.get("source"), str) else None,
        record_id=str(rid) if rid is not None else None,
        path=path,
    )


def read_bytes(data: bytes, name: str, path: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
               fmt: str | None = None, warn: Warn = None) -> Iterator[Article | InputError]:
    """Yield the articles one input holds (a JSON/JSONL file may hold many), or errors for the bad ones.

    `warn` hears about what was repaired on the way (invalid UTF-8 bytes replaced)."""
    try:
        text = decode(data, name, max_bytes, warn)
    except InputError as err:
        yield err
        return
    fmt = fmt or sniff_format(path or name, text)
    try:
        if fmt == "html":
            yield articles_from_html(text, name, path)
        elif fmt == "json":
            try:
                obj = json.loads(text)
            except json.JSONDecodeError as exc:
                yield InputError(name, f"malformed JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})")
                return
            except RecursionError:  # json's decoder recurses once per nesting level
                yield InputError(name, _TOO_DEEP)
                return
            records = obj if isinstance(obj, list) else [obj]
            for i, rec in enumerate(records):
                sub = name if len(records) == 1 else f"{name}[{i}]"
                try:
                    yield article_from_record(rec, sub, path, "json")
                except InputError as err:
                    yield err
        elif fmt == "jsonl":
            for lineno, line in enumerate(text.splitlines(), 1):
                if line.strip():
                    yield _jsonl_record(line, f"{name}:{lineno}", path)
        else:
            yield make_article(text, name, "text", path=path)
    except InputError as err:
        yield err


def expand_paths(paths: Iterable[str]) -> Iterator[str | InputError]:
    """Files, directories (recursively, known suffixes, sorted), globs, and "-" for stdin."""
    for p in paths:
        if p == "-":
            yield "-"
            continue
        if any(ch in p for ch in "*?["):
            matches = sorted(glob.glob(p, recursive=True))
            files = [m for m in matches if os.path.isfile(m)]
            if not files:
                yield InputError(p, "no files match this pattern")
            yield from files
            continue
        if os.path.isdir(p):
            found = False
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for f in sorted(files):
                    if Path(f).suffix.lower() in KNOWN_SUFFIXES and not f.startswith("."):
                        found = True
                        yield os.path.join(root, f)
            if not found:
                yield InputError(p, "directory holds no .txt, .html, .json or .jsonl files")
            continue
        if not os.path.exists(p):
            yield InputError(p, "no such file or directory")
            continue
        yield p


def read_paths(paths: Iterable[str], max_bytes: int = DEFAULT_MAX_BYTES, fmt: str | None = None,
               warn: Warn = None) -> Iterator[Article | InputError]:
    """Every article in the given paths, in order; unreadable ones come out as InputError values."""
    for p in expand_paths(paths):
        if isinstance(p, InputError):
            yield p
            continue
        if p == "-":
            data = sys.stdin.buffer.read(max_bytes + 1)
            if len(data) > max_bytes:  # read one byte past the limit and no further: the whole size is unknown
                yield InputError("<stdin>", f"over the {max_bytes:,}-byte limit (raise it with --max-bytes)")
                continue
            yield from read_bytes(data, "<stdin>", None, max_bytes, fmt, warn)
            continue
        try:
            size = os.path.getsize(p)
            if size > max_bytes and Path(p).suffix.lower() not in JSONL_SUFFIXES:
                yield InputError(p, f"{_over(size, max_bytes)} (raise it with --max-bytes)")
                continue
            if Path(p).suffix.lower() in JSONL_SUFFIXES:
                yield from _read_jsonl_stream(p, max_bytes, warn)
                continue
            with open(p, "rb") as fh:
                data = fh.read(max_bytes + 1)
        except OSError as exc:
            yield InputError(p, exc.strerror or str(exc))
            continue
        yield from read_bytes(data, p, p, max_bytes, fmt, warn)


def _read_jsonl_stream(path: str, max_bytes: int, warn: Warn = None) -> Iterator[Article | InputError]:
    """JSONL files can be large corpora: stream them line by line; the size limit is per record."""
    with open(path, "rb") as fh:
        for lineno, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            name = f"{path}:{lineno}"
            if len(raw) > max_bytes:
                yield InputError(name, f"record: {_over(len(raw), max_bytes)} (raise it with --max-bytes)")
                continue
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as exc:  # JSONL is UTF-8 by definition: repair, warn, go on
                line = raw.decode("utf-8", errors="replace")
                if warn:
                    warn(f"{name}: invalid UTF-8 bytes replaced with U+FFFD (the first at byte {exc.start} of the line)")
            yield _jsonl_record(line, name, path)


def _jsonl_record(line: str, name: str, path: str | None) -> Article | InputError:
    try:
        rec = json.loads(line)
    except json.JSONDecodeError as exc:
        return InputError(name, f"malformed JSON line ({exc.msg}, column {exc.colno})")
    except RecursionError:
        return InputError(name, _TOO_DEEP)
    try:
        return article_from_record(rec, name, path, "jsonl")
    except InputError as err:
        return err


def detect_language(text: str) -> tuple[str, float]:
    """(ISO 639-1 code, probability) of the text's language, from py3langid's bundled model."""
    lang, prob = language_identifier().classify(text[:3000])
    return lang, float(prob)


_IDENTIFIER = None


def language_identifier():
    """py3langid's model, loaded once per process (a pipeline loads it when it is built, so workers
    forked from it share the model instead of each reading it on its first article)."""
    global _IDENTIFIER
    if _IDENTIFIER is None:
        from py3langid.langid import MODEL_DIR, MODEL_FILE

        from . import cache

        # Reading the model means decompressing 4.5 MB of xz (0.45 s CPU, before any worker can
        # start); the loaded identifier, pickled on disk (cache.py), loads in about 0.05 s.
        _IDENTIFIER = cache.cached("langid", [Path(MODEL_DIR) / MODEL_FILE, __file__], _read_identifier,
                                   packages=("py3langid",))
    return _IDENTIFIER


def _read_identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


# Below this probability English is ruled out. The top guess alone is not enough: a short English
# sentence that is mostly names ("Javier Milei met Gustavo Petro in Bogota.") comes out as Breton at
# 0.09 with English at 0.07, while real Arabic, French or German text leaves English at 0.000.
ENGLISH_RULED_OUT = 0.01


def require_english(text: str, name: str) -> str:
    """"en", or an InputError naming the text's most likely language when that is not English and
    English is ruled out. No confidence threshold on the top guess: Arabic at 0.86 is not English
    (the old rule, refuse only above 0.95, let it through as English with junk entities)."""
    ranked = language_identifier().rank(text[:3000])
    lang = ranked[0][0]
    if lang != "en" and dict(ranked).get("en", 0.0) < ENGLISH_RULED_OUT:
        raise InputError(name, f"text is in {language_name(lang)} ({lang}); newsgraph handles English for now")
    return "en"


def language_name(code: str) -> str:
    try:
        import pycountry

        lang = pycountry.languages.get(alpha_2=code)
        return lang.name if lang else code
    except (ImportError, KeyError, LookupError):
        return code
