"""Stand-off gold: labelled passages of news written by others, kept as references into the shared data
folder (no article text in the project). A JSON line that carries `source` and `start` instead of its
text is such a reference; two evaluators read them:
`newsgraph evaluate events --acled FILE` (gold/acled_real.jsonl, a passage = a snippet) and
`newsgraph evaluate events FILE` (gold/plover_unfitted.jsonl, gold/plover_wire.jsonl, a passage = a sentence):

  {"id": "lgl:41694033:120", "source": "lgl/lgl.xml", "doc": "41694033", "start": 120, "end": 260,
   "sha1": "<first 12 hex digits of the passage's sha1>", "event_type": "Battles",
   "sub_event_type": "Armed clash"}

`source` is a path relative to the shared data folder (`$NEWSGRAPH_DATA`, else the first
`shared/data` beside the gold file or above it); `doc` names the document in it. Readers by suffix:
`.xml` the LGL corpus (an <article docid=...>'s <text>; its <dltime> is the publication date),
`.tml` a TimeML file (its text with the markup removed, as `evaluate time --timeml` reads it; the
creation time is the date), `.txt` a plain article (normalised as newsgraph reads it; a
"_YYYY-MM-DD_" in the file name is the date, as PolNeAR names its files), `.jsonl` records with
`id`, `text` and optionally `date` (the BBC corpus). `start`/`end` are character offsets into that
text. A passage whose sha1 differs, an unknown source or document, or bad offsets is one InputError
naming file and line.
"""

from __future__ import annotations

import hashlib
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from ..errors import InputError

DATE_IN_NAME = re.compile(r"_(\d{4}-\d{2}-\d{2})_")


def is_standoff(row: dict) -> bool:
    """A JSON line that points into the shared data rather than carrying its text."""
    return "source" in row and "start" in row and not (row.get("notes") or row.get("text"))


class Sources:
    """The shared-data documents the gold points into, each source file read once."""

    def __init__(self, gold_path: str):
        self.gold_path = gold_path
        self.root: Path | None = None
        self.files: dict[str, dict[str, tuple[str, str | None]]] = {}

    def get(self, source: str, doc: str, where: str) -> tuple[str, str | None]:
        """(text, ISO publication date or None) of document `doc` in `source`."""
        if source not in self.files:
            if Path(source).is_absolute() or ".." in Path(source).parts:
                raise InputError(where, f"source {source!r} must be a path inside the shared data folder")
            from .places_fine import data_dir

            self.root = self.root or data_dir(self.gold_path)
            path = self.root / source
            if not path.is_file():
                raise InputError(where, f"source {path} does not exist")
            self.files[source] = _read(path, where)
        found = self.files[source]
        key = doc if doc in found else "" if "" in found else None
        if key is None:
            raise InputError(where, f"no document {doc!r} in {source}")
        return found[key]


def _read(path: Path, where: str) -> dict[str, tuple[str, str | None]]:
    """Document id -> (text, date) of one source file, by its suffix ("" for a one-document file)."""
    if path.suffix == ".xml":
        try:
            root = ET.parse(path).getroot()
        except ET.ParseError as exc:
            raise InputError(where, f"{path} is not XML ({exc})") from None
        return {a.get("docid"): (a.findtext("text") or "", (a.findtext("dltime") or "")[:10] or None)
                for a in root.iter("article")}
    if path.suffix == ".tml":
        from .timeml import read_tml

        doc = read_tml(path)
        return {doc["id"]: (doc["text"], doc["dct"]), "": (doc["text"], doc["dct"])}
    if path.suffix == ".jsonl":
        out = {}
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                out[str(rec.get("id"))] = (rec.get("text") or "", rec.get("date") or rec.get("published"))
        return out
    from ..read import normalise

    text = normalise(path.read_text(encoding="utf-8"))[0]
    m = DATE_IN_NAME.search(path.name)
    return {path.stem: (text, m.group(1) if m else None), "": (text, m.group(1) if m else None)}


def passage(sources: Sources, row: dict, where: str) -> tuple[str, str | None]:
    """The labelled passage's text and its document's date; InputError on offsets or sha1 at fault."""
    start, end = row.get("start"), row.get("end")
    if not isinstance(start, int) or not isinstance(end, int):
        raise InputError(where, "a stand-off snippet needs integer `start` and `end`")
    text, date = sources.get(str(row["source"]), str(row.get("doc") or ""), where)
    if not 0 <= start < end <= len(text):
        raise InputError(where, f"offsets {start}-{end} are outside the document ({len(text)} characters)")
    snippet = text[start:end]
    if row.get("sha1") and not hashlib.sha1(snippet.encode()).hexdigest().startswith(str(row["sha1"])):
        raise InputError(where, f"the text at {start}-{end} of {row.get('doc')} in {row['source']} "
                                "is not the one labelled (sha1)")
    return snippet, date
