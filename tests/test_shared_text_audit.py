"""scripts/shared_text_audit.py: which project files copy text of a shared corpus (session 41, s41-standoff).
Corpora and project files written for this test."""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import shared_text_audit as audit  # noqa: E402

BBC_S = "The harbour authority in Kelmsby said on Monday that two ferries would stop running until spring."
PN_S = "Senator Okafor told reporters outside the hearing room that the committee would vote within days."
TB_S = "Officials in the northern province reported that floodwaters had cut three roads near the capital."
GSR_S = "Delegates from both ministries signed a memorandum on grain shipments through the eastern port."


def _data(tmp_path):
    d = tmp_path / "data"
    (d / "bbc").mkdir(parents=True)
    (d / "bbc" / "bbc.jsonl").write_text(json.dumps({"id": "politics/001", "title": "T",
                                                     "text": "Intro line.\n\n" + BBC_S + " More."}) + "\n")
    (d / "polnear" / "train" / "text").mkdir(parents=True)
    (d / "polnear" / "train" / "text" / "x_2016-01-01_a.txt").write_text("Title\n\nFirst. " + PN_S + "\n")
    (d / "lgl").mkdir()
    (d / "lgl" / "lgl.xml").write_text('<articles><article docid="5"><text>Short town news.</text></article></articles>')
    (d / "timebank" / "TimeBank").mkdir(parents=True)
    words = TB_S.split()
    (d / "timebank" / "TimeBank" / "A1.tml").write_text(
        '<?xml version="1.0" ?><TimeML><DOCID>A1</DOCID><TEXT>' + " ".join(words[:5]) + "\n"
        + " ".join(words[5:9]) + ' <EVENT eid="e1">' + words[9] + "</EVENT> " + " ".join(words[10:])
        + "</TEXT></TimeML>")
    (d / "plover-gsr").mkdir()
    (d / "plover-gsr" / "PLOVER_GSR_CAMEO.txt").write_text(json.dumps([{"id": "r1", "text": GSR_S}]))
    (d / "cameo-codebook").mkdir()
    (d / "cameo-codebook" / "verb-codebook.md").write_text("# Codebook\n")
    (d / "plover-manual").mkdir()
    (d / "plover-manual" / "PLOVER_MANUAL.tex").write_text("\\section{Intro}\n")
    return d


def _project(tmp_path):
    p = tmp_path / "proj"
    (p / "gold").mkdir(parents=True)
    (p / "tests").mkdir()
    (p / "gold" / "set.jsonl").write_text(
        json.dumps({"id": "a", "text": BBC_S}) + "\n"
        + json.dumps({"id": "b", "text": "A sentence written here that no corpus holds, long enough to count."}) + "\n"
        + json.dumps({"id": "c", "events": [{"note": GSR_S}]}) + "\n")
    half = len(PN_S) // 2
    (p / "tests" / "test_x.py").write_text(
        "CASES = [\n    (" + json.dumps(PN_S[:half]) + "\n     " + json.dumps(PN_S[half:]) + ", 1),\n"
        "    ('short one', 2),\n]\n# " + TB_S + "\n")
    (p / "gold" / "x.xml").write_text("<r><s>" + TB_S + "</s><s>" + "Nothing copied in this sentence of the file at "
                                      "all.</s></r>")
    return p


def test_copies_are_found_in_every_kind_of_file_and_counted_by_corpus(tmp_path):
    data, proj = _data(tmp_path), _project(tmp_path)
    hits = audit.audit(data, [proj / "gold", proj / "tests"])
    found = {(Path(f).name, c): n for (f, c), n in hits.items()}
    assert found == {("set.jsonl", "bbc"): 1, ("set.jsonl", "plover-gsr/dev"): 1,
                     ("test_x.py", "polnear/train"): 1,  # two adjacent literals joined
                     ("test_x.py", "timebank/heldout"): 1,  # a comment; the text runs over markup and a newline; A1 held aside
                     ("x.xml", "timebank/heldout"): 1}


def test_the_report_gives_counts_never_the_text(tmp_path):
    data, proj = _data(tmp_path), _project(tmp_path)
    out = subprocess.run([sys.executable, str(ROOT / "scripts" / "shared_text_audit.py"), str(data),
                          str(proj / "gold")], capture_output=True, text=True, timeout=600,
                         env={"PYTHONPATH": str(ROOT / "src"), "PATH": ""})
    assert out.returncode == 0, out.stderr
    assert BBC_S[:30] not in out.stdout and GSR_S[:30] not in out.stdout
    assert out.stdout.splitlines()[-1] == "3 texts in 2 files occur verbatim in a shared corpus"


def test_short_texts_and_few_words_are_not_candidates(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("short line\n" + "x" * 80 + "\n" + "one two three four five six seven eight nine ten eleven twelve\n")
    assert audit.candidates(f) == ["one two three four five six seven eight nine ten eleven twelve"]


def test_a_wrong_data_folder_or_path_is_one_line_not_a_traceback(tmp_path):
    data = _data(tmp_path)
    script = str(ROOT / "scripts" / "shared_text_audit.py")
    for args, said in (([], "(none given): not the shared data folder"),
                       ([str(tmp_path / "nowhere")], "nowhere: not the shared data folder"),
                       ([str(data), str(tmp_path / "missing")], "missing: no such file or folder")):
        out = subprocess.run([sys.executable, script, *args], capture_output=True, text=True, timeout=60,
                             env={"PYTHONPATH": str(ROOT / "src"), "PATH": ""})
        assert out.returncode == 1 and "Traceback" not in out.stderr
        assert said in out.stderr and len(out.stderr.strip().splitlines()) == 1


def test_with_no_paths_the_project_folders_and_its_docs_are_audited(tmp_path):
    data, proj = _data(tmp_path), _project(tmp_path)
    (proj / "scripts").mkdir()
    (proj / "docs").mkdir()
    (proj / "docs" / "notes.md").write_text("A write-up that quotes a record:\n\n> " + GSR_S + "\n\nAnd in a line: the\n"
                                          + "record reads \"" + TB_S + "\" as written.\n")
    out = subprocess.run([sys.executable, str(ROOT / "scripts" / "shared_text_audit.py"), str(data)],
                         capture_output=True, text=True, timeout=600, cwd=proj,
                         env={"PYTHONPATH": str(ROOT / "src"), "PATH": ""})
    assert out.returncode == 0, out.stderr
    assert "docs/notes.md\tplover-gsr/dev\t1" in out.stdout
    assert "docs/notes.md\ttimebank/heldout\t1" in out.stdout
    assert out.stdout.splitlines()[-1] == "7 texts in 4 files occur verbatim in a shared corpus"


def test_a_markdown_files_quotations_are_candidates_wherever_they_stand(tmp_path):
    f = tmp_path / "notes.md"
    quoted = "one two three four five six seven eight nine ten eleven twelve"
    f.write_text(f'A line that quotes "{quoted}" in passing, and so on and so on.\n> {quoted} thirteen\n')
    found = audit.candidates(f)
    assert quoted in found and f"{quoted} thirteen" in found
    plain = tmp_path / "notes.txt"
    plain.write_text(f.read_text())
    assert quoted not in audit.candidates(plain)
