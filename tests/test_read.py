"""The reader: formats, encodings, bad input, and the offset map of normalisation."""

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsgraph.errors import InputError
from newsgraph.read import Article, decode, make_article, normalise, read_bytes, read_paths, sniff_format


def _one(data: bytes, name="x.txt", **kw):
    (res,) = list(read_bytes(data, name, name, **kw))
    return res


def test_plain_text_utf8():
    art = _one("Hello “world”, said the minister.".encode())
    assert isinstance(art, Article) and art.text == "Hello “world”, said the minister."


def test_latin1_is_detected():
    art = _one("Le ministre a dit: café £5, déjà vu, à Paris.".encode("latin-1"))
    assert isinstance(art, Article)
    assert "café" in art.text and "£5" in art.text


def test_utf16_with_bom():
    art = _one("The minister spoke today.".encode("utf-16"))
    assert isinstance(art, Article) and art.text == "The minister spoke today."


@pytest.mark.parametrize(
    "data,reason",
    [
        (b"", "empty"),
        (b"   \n\t ", "empty"),
        (b"\x00\x01\x02binary\x00", "binary"),
        (bytes(range(256)) * 4, "binary"),
    ],
)
def test_bad_bytes(data, reason):
    err = _one(data)
    assert isinstance(err, InputError) and reason in err.reason and err.name == "x.txt"


def test_size_limit():
    err = _one(b"word " * 1000, max_bytes=100)
    assert isinstance(err, InputError) and "limit" in err.reason


def test_json_record_and_metadata():
    rec = {"text": "The minister spoke.", "title": "A title", "url": "https://example.org/a", "published": "2026-01-25",
           "source": "Example News", "id": 7}
    art = _one(json.dumps(rec).encode(), "a.json")
    assert (art.title, art.url, art.published, art.outlet, art.record_id, art.format) == (
        "A title", "https://example.org/a", "2026-01-25", "Example News", "7", "json")


def test_json_errors():
    assert "malformed JSON" in _one(b'{"text": 3', "a.json").reason
    assert "no 'text' field" in _one(b'{"title": "x"}', "a.json").reason
    assert "must be a string" in _one(b'{"text": 5}', "a.json").reason
    assert "must be an object" in _one(b'[1]', "a.json").reason


def test_jsonl_goes_on_after_a_bad_line(tmp_path):
    p = tmp_path / "c.jsonl"
    p.write_text('{"text": "One story here."}\n{broken\n\n{"text": "Two stories here."}\n')
    out = list(read_paths([str(p)]))
    assert [type(o).__name__ for o in out] == ["Article", "InputError", "Article"]
    assert out[1].name.endswith("c.jsonl:2")


def test_html_main_content_and_metadata():
    html = """<html><head><title>Minister warns rivals | Example News</title>
    <meta property="og:site_name" content="Example News">
    <meta name="author" content="Jane Doe">
    <meta property="article:published_time" content="2026-01-25T10:00:00Z"></head>
    <body><nav>Home | World | Sport</nav><article><h1>Minister warns rivals</h1>
    <p>The foreign minister warned rival parties on Sunday against any attempt to delay the vote,
    saying the country could not afford another crisis.</p>
    <p>Opposition leaders rejected the warning and called for protests in the capital.</p></article>
    <footer>Copyright Example News</footer></body></html>"""
    art = _one(html.encode(), "page.html")
    assert isinstance(art, Article), art
    assert "foreign minister warned" in art.text and "Copyright" not in art.text and "Home | World" not in art.text
    assert art.published and art.published.startswith("2026-01-25")
    assert art.title and "Minister warns rivals" in art.title


def test_html_without_content():
    err = _one(b"<html><body><script>var x=1;</script></body></html>", "e.html")
    assert isinstance(err, InputError)


def test_sniffing():
    assert sniff_format("x", "<!DOCTYPE html><html>") == "html"
    assert sniff_format("x", '{"text": "a"}') == "json"
    assert sniff_format("x", '{"text": "a"}\n{"text": "b"}') == "jsonl"
    assert sniff_format("x", "Plain words.") == "text"


def test_paths_directories_globs_missing(tmp_path):
    (tmp_path / "a.txt").write_text("First article text here.")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("Second article text here.")
    (tmp_path / "skip.bin").write_bytes(b"\x00")
    got = list(read_paths([str(tmp_path)]))
    assert [a.text for a in got] == ["First article text here.", "Second article text here."]
    got = list(read_paths([str(tmp_path / "**" / "*.txt")]))
    assert len(got) == 2
    (err,) = list(read_paths([str(tmp_path / "nope.txt")]))
    assert isinstance(err, InputError) and "no such file" in err.reason


def test_normalise_keeps_a_map():
    raw = "A\r\nB\u00a0C\u200bD e\u0301 F\ufeff"
    text, tmap = normalise(raw)
    assert text == "A\nB CD \u00e9 F"
    # every normalised offset maps to the raw offset of the same character
    for i, ch in enumerate(text):
        j = tmap.to_raw(i)
        if ch == "\u00e9":
            assert raw[j : j + 2] == "e\u0301"
        elif ch == " " and raw[j] == "\u00a0":
            continue
        elif ch == "\n":
            assert raw[j] in "\r\n"
        else:
            assert raw[j] == ch, (i, ch, j)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000))
def test_reader_never_crashes_on_bytes(data):
    for res in read_bytes(data, "fuzz.txt", "fuzz.txt"):
        assert isinstance(res, (Article, InputError))
    for fmt in ("json", "jsonl", "html"):
        for res in read_bytes(data, f"fuzz.{fmt}", f"fuzz.{fmt}"):
            assert isinstance(res, (Article, InputError))


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=500))
def test_normalise_map_is_monotonic(raw):
    text, tmap = normalise(raw)
    prev = -1
    for i in range(len(text) + 1):
        j = tmap.to_raw(i)
        assert prev <= j <= len(raw)
        prev = j


def test_decode_rejects_undecodable():
    # a UTF-16 byte-order mark over an odd number of bytes: no decoding is honest
    with pytest.raises(InputError) as exc:
        decode(b"\xff\xfe\xfd" * 3 + b"\x81\x82", "u.txt")
    assert (exc.value.name, exc.value.reason) == ("u.txt", "starts with a utf-16 byte-order mark but does not decode as utf-16")
    # high bytes that fit no code page charset-normalizer trusts
    with pytest.raises(InputError) as exc:
        decode(bytes(range(128, 256)) * 3, "b.txt")
    assert exc.value.reason == "cannot detect the text encoding (not UTF-8, no other encoding fits)"


def test_decode_legacy_code_page_is_decoded_as_such():
    assert decode("Price: \u00a35 for a caf\u00e9".encode("cp1252"), "w.txt") == "Price: \u00a35 for a caf\u00e9"


def test_decode_utf8_with_a_few_bad_bytes_is_repaired_and_warned():
    warned = []
    data = "\u00a35m \u201cfinal\u201d ".encode() + b"bad \xff here"
    assert decode(data, "m.txt", warn=warned.append) == "\u00a35m \u201cfinal\u201d bad \ufffd here"
    first = data.index(b"\xff")
    assert warned == [f"m.txt: 1 invalid UTF-8 byte sequence replaced with U+FFFD (the first at byte {first})"]
    # a genuine U+FFFD is not counted as a bad byte
    warned.clear()
    decode("\ufffd \u00e9 ".encode() + b"\xff", "n.txt", warn=warned.append)
    assert warned and warned[0].startswith("n.txt: 1 invalid UTF-8 byte sequence replaced")


def test_decode_mostly_bad_bytes_is_a_legacy_code_page():
    # one valid two-byte sequence by chance among many single-byte accents: cp1252, not UTF-8
    data = ("Caf\u00e9 " * 5).encode("cp1252") + "\u00e9".encode()
    warned = []
    assert decode(data, "c.txt", warn=warned.append).startswith("Caf\u00e9 Caf\u00e9")
    assert warned == []


def test_jsonl_line_with_bad_bytes_is_repaired_and_warned(tmp_path):
    f = tmp_path / "r.jsonl"
    f.write_bytes(b'{"text": "Officials \xff said the \xc2\xa35m plan was final."}\n')
    warned = []
    (art,) = list(read_paths([str(f)], warn=warned.append))
    assert art.text == "Officials \ufffd said the \u00a35m plan was final."
    assert warned == [f"{f}:1: invalid UTF-8 bytes replaced with U+FFFD (the first at byte 20 of the line)"]


def test_deeply_nested_json_is_an_input_error():
    deep = "[" * 5000 + "]" * 5000
    (err,) = list(read_bytes(deep.encode(), "d.json", "d.json"))
    assert isinstance(err, InputError) and err.reason == "JSON nested too deeply (Python's recursion limit)"
    (err,) = list(read_bytes(deep.encode(), "d.txt", "d.txt"))  # sniffed as JSON: named, not a crash
    assert isinstance(err, InputError) and "nested too deeply" in err.reason
    line = '{"a": ' * 5000 + "1" + "}" * 5000
    (err,) = list(read_bytes(line.encode(), "d.jsonl", "d.jsonl"))
    assert isinstance(err, InputError) and err.name == "d.jsonl:1" and "nested too deeply" in err.reason


@pytest.mark.parametrize("text, code", [
    ("الرئيس الأمريكي باراك أوباما يلتقي مع رئيس الوزراء العراقي نوري المالكي في واشنطن", "ar"),  # ar at 0.86
    ("Le ministre a rencontré hier à Paris son homologue allemand pour parler de la crise.", "fr"),
    ("Die Bundesregierung hat am Montag in Berlin neue Maßnahmen beschlossen.", "de"),
])
def test_require_english_refuses_other_languages_naming_them(text, code):
    from newsgraph.read import language_name, require_english

    with pytest.raises(InputError) as exc:
        require_english(text, "x.txt")
    assert exc.value.reason == f"text is in {language_name(code)} ({code}); newsgraph handles English for now"


@pytest.mark.parametrize("text", [
    "Javier Milei met Gustavo Petro in Bogota. Later he flew home.",  # top guess: Breton, English close
    "Recep Tayyip Erdogan hosted Kyriakos Mitsotakis in Ankara.",
    "The foreign minister of France met his German counterpart in Berlin on Monday.",
])
def test_require_english_keeps_english_full_of_names(text):
    from newsgraph.read import require_english

    assert require_english(text, "x.txt") == "en"


# --- sharper asserts: every error names its input and says exactly why (mutation testing found these loose)


def _errors(results):
    return [(e.name, e.reason) for e in results if isinstance(e, InputError)]


def test_path_errors_name_the_path_and_go_on(tmp_path):
    (tmp_path / "empty_dir").mkdir()
    (tmp_path / "empty_dir" / ".hidden.txt").write_text("Hidden files are skipped entirely.")
    (tmp_path / "good.txt").write_text("A good article text here.")
    (tmp_path / "big.txt").write_text("word " * 100)
    paths = [str(tmp_path / "nope*.txt"), str(tmp_path / "empty_dir"), str(tmp_path / "missing.txt"),
             str(tmp_path / "big.txt"), str(tmp_path / "good.txt")]
    got = list(read_paths(paths, max_bytes=200))
    assert _errors(got) == [
        (paths[0], "no files match this pattern"),
        (paths[1], "directory holds no .txt, .html, .json or .jsonl files"),
        (paths[2], "no such file or directory"),
        (paths[3], "500 bytes is over the 200-byte limit (raise it with --max-bytes)"),
    ]
    assert [a.text for a in got if isinstance(a, Article)] == ["A good article text here."]
    assert got[-1].path == paths[4] and got[-1].name == paths[4]


def test_size_limit_is_inclusive_and_reads_exactly_enough(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("x" * 99 + ".")
    assert isinstance(list(read_paths([str(f)], max_bytes=100))[0], Article)  # exactly the limit is fine
    (err,) = list(read_paths([str(f)], max_bytes=99))
    assert err.reason == "100 bytes is over the 99-byte limit (raise it with --max-bytes)"
    j = tmp_path / "r.jsonl"
    j.write_text(json.dumps({"text": "y" * 60}) + "\n" + json.dumps({"text": "z" * 10}) + "\n")
    got = list(read_paths([str(j)], max_bytes=50))
    assert _errors(got) == [(f"{j}:1", "record: 73 bytes is over the 50-byte limit (raise it with --max-bytes)")]
    assert got[1].text == "z" * 10 and got[1].path == str(j) and got[1].format == "jsonl"
    assert len(list(read_paths([str(j)], max_bytes=len(json.dumps({"text": "y" * 60})) + 1))) == 2


def test_sizes_are_said_in_bytes_or_mb():
    from newsgraph.read import _over

    assert [_over(n, 1024 * 1024) for n in (1024 * 1024 + 1, 3 * 1024 * 1024 // 2)] == [
        "1,048,577 bytes is over the 1,048,576-byte limit", "1.5 MB is over the 1.0 MB limit"]
    assert _over(1536, 1024 * 1024 - 1) == "1,536 bytes is over the 1,048,575-byte limit"


def test_stdin_is_read_with_its_own_name(monkeypatch):
    import io

    class Stdin:
        buffer = io.BytesIO(b'{"text": "From standard input, a story."}')

    monkeypatch.setattr("sys.stdin", Stdin)
    (art,) = list(read_paths(["-"], fmt="json"))
    assert (art.name, art.path, art.format, art.text) == ("<stdin>", None, "json", "From standard input, a story.")
    Stdin.buffer = io.BytesIO(b"x" * 30)
    (err,) = list(read_paths(["-"], max_bytes=20))
    assert (err.name, err.reason) == ("<stdin>", "over the 20-byte limit (raise it with --max-bytes)")


def test_record_errors_are_exact():
    cases = [(b'[1, {"text": 5}, {"title": "t"}]', [("a.json[0]", "a JSON record must be an object, got int"),
                                                     ("a.json[1]", "JSON field 'text' must be a string, got int"),
                                                     ("a.json[2]", "JSON record has no 'text' field")])]
    for data, want in cases:
        assert _errors(read_bytes(data, "a.json", "a.json")) == want
    (err,) = list(read_bytes(b'{"text": 1}\n{"text": 2', "b.jsonl", "b.jsonl", fmt="jsonl"))[1:]
    assert (err.name, err.reason) == ("b.jsonl:2", "malformed JSON line (Expecting ',' delimiter, column 11)")


def test_record_metadata_types_and_fallbacks():
    rec = {"text": "The minister spoke.", "title": 5, "url": ["x"], "date": "2026-02-01", "source": {"a": 1}, "id": 0}
    (art,) = list(read_bytes(json.dumps(rec).encode(), "r.json", "r.json"))
    assert (art.title, art.url, art.published, art.outlet, art.record_id, art.path, art.name) == (
        None, None, "2026-02-01", None, "0", "r.json", "r.json")
    (art,) = list(read_bytes(b'{"text": "Words here.", "published": ""}', "s.json", None))
    assert art.published is None and art.record_id is None and art.path is None


def test_html_metadata_fields_and_errors():
    html = """<html><head><title>Minister warns rivals | Example News</title>
    <meta property="og:site_name" content="Example News"><meta property="og:url" content="https://example.org/a">
    <meta name="author" content="Jane Doe"></head><body><article><h1>Minister warns rivals</h1>
    <p>The foreign minister warned rival parties on Sunday against any attempt to delay the vote,
    saying the country could not afford another crisis.</p>
    <table><tr><td>Table cell text stays out</td></tr></table>
    <p>Opposition leaders rejected the warning and called for protests in the capital.</p></article>
    </body></html>"""
    (art,) = list(read_bytes(html.encode(), "page.html", "page.html"))
    assert (art.format, art.url, art.outlet, art.author, art.path, art.name) == (
        "html", "https://example.org/a", "Example News", "Jane Doe", "page.html", "page.html")
    assert "Table cell" not in art.text
    (err,) = list(read_bytes(b"<html><body><script>var x=1;</script></body></html>", "e.html", None))
    assert (err.name, err.reason) == ("e.html", "no article text found in the HTML")


def test_normalise_fast_path_only_for_clean_nfc_text():
    assert normalise("A\r\nB\rC")[0] == "A\nB\nC"  # NFC already, but line ends to fix
    assert normalise("x\x7fy\x01z\n\n")[0] == "xyz\n\n"  # DEL and controls go, newlines stay
    assert normalise("caf\u00e9 plain")[0] == "caf\u00e9 plain"
    text, tmap = normalise("e\u0301t\u00e9")
    assert text == "\u00e9t\u00e9" and tmap.points == [(1, 2)]
    art = make_article("A\r\nB", "m.txt")
    assert art.text_map.to_raw(2) == 3 and art.name == "m.txt"


def test_binary_threshold():
    from newsgraph.read import _looks_binary

    assert not _looks_binary("a" * 100 + "\x01" * 8) and _looks_binary("a" * 100 + "\x01" * 9)
    long = "a" * 4000
    assert not _looks_binary(long + "\x02" * 81) and _looks_binary(long + "\x02" * 82)  # 4096 // 50 = 81
    assert not _looks_binary("a" * 4015 + "\x02" * 81 + "\x02" * 50)  # only the first 4096 characters count
    assert _looks_binary("\uffff" * 9) and _looks_binary("\ufff0" * 9) and not _looks_binary("\uffef" * 9)
    assert not _looks_binary("\n\r\t\f\v" * 20)
    with pytest.raises(InputError) as exc:
        decode(b"\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f text", "c.bin")
    assert (exc.value.name, exc.value.reason) == ("c.bin", "binary content (mostly control characters), not text")
    with pytest.raises(InputError) as exc:
        decode(b"abc\x00def", "n.bin")
    assert (exc.value.name, exc.value.reason) == ("n.bin", "binary content (NUL bytes), not text")


def test_byte_order_marks():
    assert decode(b"\xef\xbb\xbfcaf\xc3\xa9", "a") == "caf\u00e9"
    assert decode("caf\u00e9".encode("utf-16-be").join([b"\xfe\xff", b""]), "b") == "caf\u00e9"
    assert decode(b"\xff\xfe" + "caf\u00e9".encode("utf-16-le"), "c") == "caf\u00e9"
    assert decode(b"x" * 100, "d", max_bytes=100) == "x" * 100
    with pytest.raises(InputError) as exc:
        decode(b"   \n ", "e.txt")
    assert (exc.value.name, exc.value.reason) == ("e.txt", "empty input")


def test_sniffing_edge_cases():
    assert sniff_format("x", "<HTML><BODY>Hi") == "html"
    for head in ("<body>Hi", "Intro <p>Hi", "<div>Hi"):
        assert sniff_format("x", head) == "html"
    assert sniff_format("x", '  [{"text": "a"}]  ') == "json"
    assert sniff_format("x", "[not json]") == "text" and sniff_format("x", "[1] and more") == "text"
    assert sniff_format("x", '{"a": 1}\n{"b": 2}\n{"c": 3}') == "jsonl"
    assert sniff_format("x.JSON", "whatever") == "json" and sniff_format("x.ndjson", "w") == "jsonl"
    assert sniff_format("x.htm", "plain") == "html"


def test_json_records_are_named_by_index_only_when_there_are_several():
    (one,) = list(read_bytes(b'[{"text": "Only one story."}]', "a.json", "a.json"))
    assert (one.name, one.path, one.format) == ("a.json", "a.json", "json")
    two = list(read_bytes(b'[{"text": "One story."}, {"text": "Two stories."}]', "b.json", "b.json"))
    assert [(a.name, a.path) for a in two] == [("b.json[0]", "b.json"), ("b.json[1]", "b.json")]
    (line,) = list(read_bytes(b'{"text": "Line story."}\n', "c.jsonl", "c.jsonl", fmt="jsonl"))
    assert (line.name, line.path, line.format) == ("c.jsonl:1", "c.jsonl", "jsonl")
    (txt,) = list(read_bytes(b"Plain story.", "d.txt", "d.txt"))
    assert (txt.name, txt.path, txt.format) == ("d.txt", "d.txt", "text")
    (err,) = list(read_bytes(b'{"text": ', "e.json", "e.json"))
    assert (err.name, err.reason) == ("e.json", "malformed JSON (line 1, column 10: Expecting value)")


# --- decoding boundaries, messages and hand-offs (mutation testing, session 3) ----------------------


def test_nul_bytes_are_looked_for_in_the_first_8_kb_only():
    # a NUL far into a long text is a stray byte, not a sign of a binary file
    assert decode(b"a" * 8192 + b"\x00 more", "x.txt").endswith("\x00 more")
    with pytest.raises(InputError):
        decode(b"a" * 8191 + b"\x00 more", "x.txt")


def test_utf16_big_endian_with_bom_is_decoded():
    data = "\ufeffHello \u00a3 world, the minister said on Tuesday.".encode("utf-16-be")
    assert decode(data, "b.txt") == "Hello \u00a3 world, the minister said on Tuesday."


def test_mostly_utf8_needs_half_as_many_valid_characters_as_bad_bytes():
    warned = []
    # one valid two-byte character, two bad bytes: still UTF-8 (2 * 1 >= 2), plural said
    assert decode(b"caf\xc3\xa9 a\xff b\xff", "n.txt", warn=warned.append) == "caf\u00e9 a\ufffd b\ufffd"
    assert warned == ["n.txt: 2 invalid UTF-8 byte sequences replaced with U+FFFD (the first at byte 7)"]
    # one valid, three bad: a single-byte code page, nothing replaced, nothing warned
    warned.clear()
    text = decode(b"caf\xc3\xa9 a\xff b\xff c\xff", "n.txt", warn=warned.append)
    assert "\ufffd" not in text and warned == []
    # U+0080 is a valid two-byte character like any other
    assert decode(b"Price \xc2\x80 and \xff", "p.txt") == "Price \x80 and \ufffd"


def test_a_del_character_is_not_evidence_of_utf8():
    try:
        text = decode(b"The caf\xe9 \x7f closed.", "d.txt")
    except InputError as err:
        assert err.name == "d.txt"
    else:
        assert "\ufffd" not in text


def test_legacy_code_page_prefers_western_cp1252():
    # charset-normalizer ranks cp1250 first here; cp1252 is among the fits and is the one taken
    # (Latin-1 would turn the dash and the bullet into C1 control characters)
    text = "Caf\u00e9 cr\u00e8me \u2013 \u00bd price \u2022 na\u00efve"
    assert decode(text.encode("cp1252"), "w.txt") == text


def test_undecodable_inputs_are_named():
    with pytest.raises(InputError) as exc:
        decode(bytes(range(128, 256)) * 3, "b.txt")
    assert exc.value.name == "b.txt"
    # the encoding is guessed from the first 200,000 bytes; a byte after them that the guessed code
    # page lacks is named, not a crash
    data = ("caf\u00e9 " * 40000).encode("cp1252")
    data = data[:200_000] + b"\x81" + data[200_000:]
    with pytest.raises(InputError) as exc:
        decode(data, "big.txt")
    assert exc.value.name == "big.txt" and exc.value.reason.startswith("does not decode as UTF-8 or as ")


def test_characters_beyond_the_basic_plane_are_text():
    assert decode(("x" * 20 + "\U00010000" * 20).encode(), "l.txt").endswith("\U00010000")


def test_size_in_mb_is_rounded_from_mebibytes():
    with pytest.raises(InputError) as exc:
        decode(b"x" * 1_101_006, "m.txt", max_bytes=1_101_005)  # both 1.1 MB: said in bytes (session 57)
    assert exc.value.reason == "1,101,006 bytes is over the 1,101,005-byte limit (raise it with --max-bytes)"
    with pytest.raises(InputError) as exc:
        decode(b"x" * 1_310_720, "m.txt", max_bytes=1_101_005)
    assert exc.value.reason == "1.2 MB is over the 1.1 MB limit (raise it with --max-bytes)"  # 1,310,720 / 1024**2


def test_sniffing_looks_at_the_first_512_characters_and_bare_html_tags():
    assert sniff_format("x", "x" * 509 + "<div>hi") == "text"
    assert sniff_format("x", "x" * 508 + "<div>hi") == "html"
    assert sniff_format("x", "<html><head><title>T</title></head><article>text</article></html>") == "html"


def test_make_article_defaults_and_empty_text():
    assert make_article("A story.", "a.txt").format == "text"
    (err,) = list(read_bytes("\u200b\u200b".encode(), "z.txt", "z.txt"))
    assert (err.name, err.reason) == ("z.txt", "empty input (no text)")


def test_html_results_of_any_shape(monkeypatch):
    """trafilatura returns a Document (or a dict in older versions), may lack fields, or raise."""
    import types

    import trafilatura

    from newsgraph.read import articles_from_html

    def fake(result):
        def bare_extraction(html, **kw):
            assert kw["include_comments"] is False and kw["include_tables"] is False
            if isinstance(result, Exception):
                raise result
            return result
        monkeypatch.setattr(trafilatura, "bare_extraction", bare_extraction)

    fake({"text": "Dict story.", "title": "T", "sitename": None, "hostname": "example.com"})
    art = articles_from_html("<p>x</p>", "d.html")
    assert (art.text, art.title, art.outlet, art.format) == ("Dict story.", "T", "example.com", "html")
    fake(types.SimpleNamespace(text="Bare story."))  # no metadata attributes at all
    art = articles_from_html("<p>x</p>", "s.html")
    assert (art.text, art.title, art.outlet) == ("Bare story.", None, None)
    fake({"text": None})
    with pytest.raises(InputError) as exc:
        articles_from_html("<p>x</p>", "n.html")
    assert (exc.value.name, exc.value.reason) == ("n.html", "no article text found in the HTML")
    fake(None)
    with pytest.raises(InputError) as exc:
        articles_from_html("<p>x</p>", "m.html")
    assert (exc.value.name, exc.value.reason) == ("m.html", "no article text found in the HTML")
    fake(ValueError("broken"))
    with pytest.raises(InputError) as exc:
        articles_from_html("<p>x</p>", "b.html")
    assert (exc.value.name, exc.value.reason) == ("b.html", "malformed HTML (ValueError)")


def test_read_bytes_passes_warnings_on_and_names_deep_json():
    warned = []
    (art,) = list(read_bytes("\u00e9t\u00e9 ".encode() + b"\xff", "w.txt", "w.txt", warn=warned.append))
    assert art.text == "\u00e9t\u00e9 \ufffd" and len(warned) == 1
    (err,) = list(read_bytes(b"[" * 5000 + b"]" * 5000, "d.json", "d.json"))
    assert err.name == "d.json"


def test_stdin_after_dash_the_other_paths_are_read(monkeypatch, tmp_path):
    import io

    good = tmp_path / "good.txt"
    good.write_text("A good story.")
    big = io.BytesIO(b"x" * 10_000)

    class Stdin:
        buffer = big

    monkeypatch.setattr("sys.stdin", Stdin)
    got = list(read_paths(["-", str(good)], max_bytes=100))
    assert big.tell() == 101  # stdin is read only as far as the limit needs
    assert [(getattr(g, "name", None), type(g).__name__) for g in got] == [("<stdin>", "InputError"), (str(good), "Article")]
    # the format and the warnings reach stdin's reader
    Stdin.buffer = io.BytesIO(b'{"text": "JSON kept as text."}')
    (art,) = list(read_paths(["-"], fmt="text"))
    assert art.text == '{"text": "JSON kept as text."}'
    warned = []
    Stdin.buffer = io.BytesIO("\u00e9t\u00e9 ".encode() + b"\xff")
    list(read_paths(["-"], warn=warned.append))
    assert len(warned) == 1 and warned[0].startswith("<stdin>: 1 invalid")


def test_read_paths_goes_on_after_each_kind_of_error(tmp_path):
    import os

    good = tmp_path / "good.txt"
    good.write_text("A good story.")
    big = tmp_path / "big.txt"
    big.write_text("x" * 300)
    locked = tmp_path / "locked.txt"
    locked.write_text("A locked story.")
    for bad in (str(tmp_path / "MissingX.txt"), str(big)):
        got = list(read_paths([bad, str(good)], max_bytes=200))
        assert isinstance(got[0], InputError) and got[0].name == bad and got[1].text == "A good story."
    assert got[0].reason.endswith("(raise it with --max-bytes)")
    assert list(read_paths([str(tmp_path / "MissingX.txt")]))[0].reason == "no such file or directory"

    real_open = open

    def refuse(path, *a, **kw):  # as for a file without read permission (the tests may run as root)
        if str(path) == str(locked):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *a, **kw)

    import builtins

    old = builtins.open
    builtins.open = refuse
    try:
        got = list(read_paths([str(locked), str(good)]))
    finally:
        builtins.open = old
    assert (got[0].name, got[0].reason) == (str(locked), "Permission denied") and got[1].text == "A good story."

    def fail(path, *a, **kw):  # an OSError without an errno says what it says
        if str(path) == str(locked):
            raise OSError("device went away")
        return real_open(path, *a, **kw)

    builtins.open = fail
    try:
        got = list(read_paths([str(locked)]))
    finally:
        builtins.open = old
    assert got[0].reason == "device went away"
    # a JSONL file is streamed; the paths after it are still read
    j = tmp_path / "r.jsonl"
    j.write_text(json.dumps({"text": "A JSONL story."}) + "\n")
    assert [a.text for a in read_paths([str(j), str(good)])] == ["A JSONL story.", "A good story."]
    assert os.path.exists(locked)


def test_read_paths_files_exactly_at_the_limit_formats_and_warnings(tmp_path):
    exact = tmp_path / "exact.txt"
    exact.write_text("y" * 99 + ".")
    (art,) = list(read_paths([str(exact)], max_bytes=100))
    assert art.text == "y" * 99 + "."
    j = tmp_path / "j.txt"
    j.write_text('{"text": "JSON kept as text."}')
    (art,) = list(read_paths([str(j)], fmt="text"))
    assert art.text == '{"text": "JSON kept as text."}'
    w = tmp_path / "w.txt"
    w.write_bytes("\u00e9t\u00e9 ".encode() + b"\xff")
    warned = []
    list(read_paths([str(w)], warn=warned.append))
    assert len(warned) == 1 and warned[0].startswith(f"{w}: 1 invalid")


def test_hidden_directories_are_not_walked(tmp_path):
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "a.txt").write_text("Hidden story.")
    (tmp_path / "b.txt").write_text("Visible story.")
    assert [a.text for a in read_paths([str(tmp_path)])] == ["Visible story."]


def test_jsonl_record_exactly_at_the_limit_is_read(tmp_path):
    line = json.dumps({"text": "z" * 40}) + "\n"
    j = tmp_path / "r.jsonl"
    j.write_text(line)
    (art,) = list(read_paths([str(j)], max_bytes=len(line.encode())))
    assert art.text == "z" * 40


def test_language_model_loads_with_normalised_probabilities(monkeypatch, tmp_path):
    from newsgraph import read

    monkeypatch.setattr(read, "_IDENTIFIER", None)  # load it afresh, as a new process does ...
    monkeypatch.setenv("NEWSGRAPH_CACHE", str(tmp_path))  # ... and build it: a cached copy would hide how
    lang, prob = read.detect_language("The minister said on Monday that the talks would go on next week.")
    assert lang == "en" and 0.5 < prob <= 1.0
    assert read.require_english("The minister said on Monday that the talks would go on.", "e.txt") == "en"
    with pytest.raises(InputError) as exc:
        read.require_english("Die Bundesregierung hat am Montag in Berlin neue Ma\u00dfnahmen beschlossen.", "g.txt")
    assert exc.value.name == "g.txt"
    assert [p.name.split("-")[0] for p in tmp_path.iterdir()] == ["langid"]  # it was built, not read


def test_language_model_cache_is_keyed_by_the_langid_version(monkeypatch):
    """An upgrade of py3langid (its model or its classes) must miss an identifier pickled by the old one."""
    from newsgraph import cache, read

    seen = {}
    monkeypatch.setattr(read, "_IDENTIFIER", None)
    monkeypatch.setattr(cache, "cached", lambda name, files, build, packages=(): seen.setdefault(name, tuple(packages)))
    read.language_identifier()
    assert seen == {"langid": ("py3langid",)}


def test_language_names():
    from newsgraph.read import language_name

    assert (language_name("ar"), language_name("de"), language_name("zz")) == ("Arabic", "German", "zz")
