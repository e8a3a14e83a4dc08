"""extract's output loop and formats (cli._write_results, cli._DocWriter), in process: the CLI tests run extract in
a subprocess, where mutation testing cannot see them. Documents are stand-ins with the two methods the writer calls."""

import json

import pytest

from newsgraph.cli import Format, _DocWriter, _write_results


class Doc:
    def __init__(self, name):
        self.name = name

    def to_json(self, indent=None):
        return json.dumps({"id": self.name}, indent=indent)


class Sink:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)

    @property
    def text(self):
        return "".join(self.parts)


def written(fmt, docs):
    sink = Sink()
    writer = _DocWriter(sink, fmt)
    for d in docs:
        writer.write(d)
    writer.finish()
    return sink.text


def test_json_one_document_is_one_object():
    assert written(Format.json, [Doc("a")]) == json.dumps({"id": "a"}, indent=2) + "\n"


def test_json_several_documents_are_an_array():
    out = written(Format.json, [Doc("a"), Doc("b"), Doc("c")])
    assert json.loads(out) == [{"id": "a"}, {"id": "b"}, {"id": "c"}]
    one = json.dumps({"id": "a"}, indent=2)
    rest = [json.dumps({"id": n}, indent=2) for n in "bc"]
    assert out == "[\n" + one + ",\n" + rest[0] + ",\n" + rest[1] + "\n]\n"


# finish's `count > 1` against `>= 1` is an equivalent mutant: with one Document `_first` still holds it, so the
# branch that writes it is taken first; `count` is 1 with `_first` empty never.
def test_json_nothing_written_for_no_documents():
    assert written(Format.json, []) == ""


def test_jsonl_one_line_each():
    assert written(Format.jsonl, [Doc("a"), Doc("b")]) == '{"id": "a"}\n{"id": "b"}\n'


def test_text_reports_separated_by_a_blank_line(monkeypatch):
    import newsgraph.report as report

    monkeypatch.setattr(report, "render", lambda d: f"report {d.name}\n")
    assert written(Format.text, [Doc("a"), Doc("b")]) == "report a\n\nreport b\n"


def test_write_results_counts_and_goes_on_after_a_failure(capsys):
    sink = Sink()
    ticks = []
    stats = {"read": 0, "extracted": 0, "failed": 0}
    results = [Doc("a"), ValueError("bad.txt: not UTF-8"), Doc("b"), OSError("gone.txt: no such file")]
    _write_results(iter(results), _DocWriter(sink, Format.jsonl), lambda: ticks.append(1), stats)
    assert stats == {"read": 4, "extracted": 2, "failed": 2}
    assert len(ticks) == 4
    assert sink.text == '{"id": "a"}\n{"id": "b"}\n'
    err = "newsgraph: error: bad.txt: not UTF-8\nnewsgraph: error: gone.txt: no such file\n"
    assert capsys.readouterr().err == err


def test_write_results_finishes_the_json_array():
    sink = Sink()
    stats = {"read": 0, "extracted": 0, "failed": 0}
    _write_results(iter([Doc("a"), Doc("b")]), _DocWriter(sink, Format.json), lambda: None, stats)
    assert json.loads(sink.text) == [{"id": "a"}, {"id": "b"}]


@pytest.mark.parametrize("fmt", [Format.jsonl, Format.text])
def test_finish_writes_nothing_for_the_line_formats(fmt):
    sink = Sink()
    _DocWriter(sink, fmt).finish()
    assert sink.text == ""
