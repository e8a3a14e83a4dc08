"""Helpers for the web tests: a real uvicorn server on a free loopback port, in a thread."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def browser():
    """Debian's headless Chromium driven by Playwright (never a browser Playwright downloads)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture()
def page(browser):
    """A fresh page that records script errors (`page.errors`) and dismissed dialogs (`page.dialogs`)."""
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = ctx.new_page()
    pg.errors = []
    pg.dialogs = []
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))
    yield pg
    ctx.close()


@contextlib.contextmanager
def running_server(app):
    """Serve `app` on 127.0.0.1:<free port> until the block ends; yields the base URL."""
    import uvicorn

    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


# --- a small hand-made corpus ------------------------------------------------------------------------
# Documents written directly in the newsgraph/1 model (no extraction stages involved), so the API and
# page tests see events, actors, quotes and times whatever state the extraction stages are in.

XSS_NAME = '<img src=x onerror="window.__pwned=9">'

ARTICLES = [
    dict(title="US warns Iraq over Iran ties", published="2026-01-25", outlet="Example Wire",
         text="WASHINGTON — Marco Rubio warned Iraq on Sunday against closer ties with Iran. "
              "\"Iraq must put its own interests first,\" Rubio said in a statement. "
              "Iraq rejected the warning on Monday.",
         entities=[("e1", "Marco Rubio", "PERSON", "USAGOV", "secretary of state", ["Marco Rubio", "Rubio"]),
                   ("e2", "Iraq", "GPE", "IRQ", None, ["Iraq", "Iraq", "Iraq"]),
                   ("e3", "Iran", "GPE", "IRN", None, ["Iran"])],
         events=[("v1", "THREATEN", 3, -4.4, "138", ["e1"], ["e2"], "warned", 0, "2026-01-25"),
                 ("v2", "REJECT", 3, -4.0, "120", ["e2"], ["e1"], "rejected", 2, "2026-01-26")],
         quotes=[("q1", "Iraq must put its own interests first,", "e1", "Rubio")],
         times=[("t1", "Sunday", "2026-01-25"), ("t2", "Monday", "2026-01-26")]),
    dict(title="Iraq and Iran sign trade deal", published="2026-02-10", outlet="Gulf Daily",
         text="BAGHDAD — Iraq and Iran signed a trade agreement on Tuesday. "
              "Marco Rubio criticised the deal the next day.",
         entities=[("e1", "Iraq", "GPE", "IRQ", None, ["Iraq"]), ("e2", "Iran", "GPE", "IRN", None, ["Iran"]),
                   ("e3", "Marco Rubio", "PERSON", "USAGOV", "secretary of state", ["Marco Rubio"])],
         events=[("v1", "AGREE", 1, 4.0, "057", ["e1"], ["e2"], "signed", 0, "2026-02-10"),
                 ("v2", "DISAPPROVE", 3, -2.0, "111", ["e3"], ["e1"], "criticised", 1, "2026-02-11")],
         quotes=[], times=[("t1", "Tuesday", "2026-02-10")]),
    dict(title="US and Iraq hold talks", published="2026-03-02", outlet="Example Wire",
         text="WASHINGTON — Marco Rubio met Iraq's foreign minister on Monday to discuss security. "
              "The United States pledged aid to Iraq.",
         entities=[("e1", "Marco Rubio", "PERSON", "USAGOV", "secretary of state", ["Marco Rubio"]),
                   ("e2", "Iraq", "GPE", "IRQ", None, ["Iraq", "Iraq"]),
                   ("e3", "United States", "GPE", "USA", None, ["United States"])],
         events=[("v1", "CONSULT", 1, 1.0, "040", ["e1"], ["e2"], "met", 0, "2026-03-02"),
                 ("v2", "AID", 2, 7.4, "070", ["e3"], ["e2"], "pledged", 1, "2026-03-02")],
         quotes=[], times=[("t1", "Monday", "2026-03-02")]),
    dict(title='<script>window.__pwned=8</script> Hostile headline', published="2026-03-05", outlet="<b>Evil</b> Times",
         url="javascript:window.__pwned=10",
         text=f"{XSS_NAME} accused Iraq of fraud on Thursday. <script>window.__pwned=11</script> "
              "Details at javascript:window.__pwned=12 were removed.",
         entities=[("e1", XSS_NAME, "ORG", None, None, [XSS_NAME]), ("e2", "Iraq", "GPE", "IRQ", None, ["Iraq"])],
         events=[("v1", "ACCUSE", 3, -2.0, "112", ["e1"], ["e2"], "accused", 0, "2026-03-05")],
         quotes=[], times=[]),
    # not news a corpus view should list by default: a hypothetical event (behind the switch) and an
    # event with no actor on either side (it stays in the article and is no corpus event at all)
    dict(title="Iran may close border", published="2026-03-06", outlet="Gulf Daily",
         text="TEHRAN — Iran could close its border with Iraq next week. A meeting was held on Friday.",
         entities=[("e1", "Iran", "GPE", "IRN", None, ["Iran"]), ("e2", "Iraq", "GPE", "IRQ", None, ["Iraq"])],
         events=[("v1", "SANCTION", 3, -4.0, "160", ["e1"], ["e2"], "close", 0, "2026-03-13", ["hypothetical", "future"]),
                 ("v2", "CONSULT", 1, 1.0, "040", [], [], "meeting", 1, "2026-03-06")],
         quotes=[], times=[("t1", "Friday", "2026-03-06")]),
]


def _find(text: str, needle: str, start: int = 0) -> int:
    i = text.find(needle, start)
    if i < 0:
        raise ValueError(f"{needle!r} not in {text!r}")
    return i


def make_document(spec: dict):
    import re

    from newsgraph.model import (Actor, DateRef, Document, Entity, Event, Mention, Published, Quote, Section,
                                 Source, Span, TimeExpr, check_offsets, content_id)

    text = spec["text"]
    sentences = [(m.start(), m.end()) for m in re.finditer(r"[^.!?]+[.!?]\"?", text)]
    sentences = [(a + len(text[a:b]) - len(text[a:b].lstrip()), b) for a, b in sentences]
    entities = []
    for eid, name, typ, code, role, surfaces in spec["entities"]:
        pos, mentions = 0, []
        for s in surfaces:
            i = _find(text, s, pos)
            mentions.append(Mention(start=i, end=i + len(s), text=s, kind="name"))
            pos = i + len(s)
        actor = Actor(code=code, country=code[:3] if code else None, sector=code[3:] or None if code else None,
                      role=role) if code else None
        entities.append(Entity(id=eid, name=name, type=typ, aliases=sorted(set(surfaces) - {name}),
                               mentions=mentions, actor=actor))
    events = []
    for eid, typ, quad, gold, cameo, src, tgt, trig, sent, date, *flags in spec["events"]:
        a, b = sentences[sent]
        t = _find(text, trig, a)
        events.append(Event(id=eid, type=typ, quad_class=quad, goldstein=gold, cameo=cameo, source=src, target=tgt,
                            date=DateRef(value=date, granularity="day"), evidence=Span(start=a, end=b, text=text[a:b]),
                            trigger=Span(start=t, end=t + len(trig), text=trig), confidence=0.9,
                            flags=list(flags[0]) if flags else []))
    quotes = []
    for qid, qtext, speaker, cue in spec["quotes"]:
        i = _find(text, qtext)
        c = _find(text, cue, i)
        quotes.append(Quote(id=qid, start=i, end=i + len(qtext), text=qtext, kind="direct", speaker=speaker,
                            speaker_text=cue, cue=Span(start=c, end=c + len(cue), text=cue)))
    times = []
    pos = 0
    for tid, ttext, value in spec["times"]:
        i = _find(text, ttext, pos)
        times.append(TimeExpr(id=tid, start=i, end=i + len(ttext), text=ttext, value=value, granularity="day"))
        pos = i + len(ttext)
    doc = Document(id=content_id(text), text=text, title=spec["title"],
                   source=Source(outlet=spec.get("outlet"), url=spec.get("url")),
                   published=Published(value=spec["published"], basis="test fixture"),
                   sections=[Section(kind="body", start=0, end=len(text), text=text)],
                   entities=entities, events=events, quotes=quotes, times=times)
    assert check_offsets(doc) == [], check_offsets(doc)
    return doc


def build_corpus(path) -> list:
    """A store at `path` holding the hand-made ARTICLES; returns their Documents."""
    from newsgraph.corpus import Store

    docs = [make_document(spec) for spec in ARTICLES]
    with Store.open(str(path)) as store:
        store.add_documents(docs)
    return docs
