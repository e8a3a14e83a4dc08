"""Screenshots of every page of the web app for docs/web.md (docs/screenshots/*.png).

Builds a corpus store from the first N BBC articles (or uses --db), serves it on a free loopback port,
and drives Debian's headless Chromium with Playwright through the five pages.

    PYTHONPATH=src python scripts/web_screenshots.py [--articles 150] [--category politics] [--db corpus.duckdb]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "tests")]

BBC = Path("/work/shared/data/bbc/bbc.jsonl")
SAMPLE = ROOT / "examples" / "rubio-iraq-maliki.txt"
OUT = ROOT / "docs" / "screenshots"


def build(path: Path, n: int, category: str | None) -> None:
    from newsgraph.corpus import Store
    from newsgraph.pipeline import Pipeline
    from newsgraph.read import make_article

    recs = []
    with BBC.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if rec.get("text") and (category is None or rec.get("category") == category):
                recs.append(rec)
            if len(recs) >= n:
                break
    arts = [make_article(r["text"], f"bbc:{i}", title=r.get("title"), published=r.get("published") or r.get("date"),
                         outlet="BBC") for i, r in enumerate(recs)]
    arts.append(make_article(SAMPLE.read_text(encoding="utf-8"), str(SAMPLE), published="2026-01-25"))
    docs = [d for d in Pipeline().run(arts) if not isinstance(d, Exception)]
    # BBC records carry no dates; the dated hand-made test articles give the dyad chart a time axis
    from webutil import ARTICLES, make_document

    docs += [make_document(spec) for spec in ARTICLES[:3]]
    with Store.open(str(path)) as store:
        print(store.add_documents(docs), file=sys.stderr)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=150)
    ap.add_argument("--category", default="politics", help="BBC category to take the articles from")
    ap.add_argument("--db")
    args = ap.parse_args()
    from playwright.sync_api import sync_playwright

    from newsgraph.web import create_app
    from test_web_browser import ARGS, CHROMIUM
    from webutil import running_server

    tmp = tempfile.TemporaryDirectory()
    db = Path(args.db) if args.db else Path(tmp.name) / "bbc.duckdb"
    if not args.db:
        build(db, args.articles, args.category or None)
    OUT.mkdir(parents=True, exist_ok=True)
    import httpx

    with running_server(create_app(str(db))) as base, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 860})

        page.goto(base + "/#/article")
        page.fill("#input-text", SAMPLE.read_text(encoding="utf-8"))
        page.click("#extract")
        page.wait_for_selector("#article-text .seg", timeout=120_000)
        warned = page.locator('#events-list li.event[data-trigger="warned"]')
        if warned.count():
            warned.first.click()
        rubio = page.locator("#entities-list li", has_text="Marco Rubio")
        if rubio.count():
            rubio.first.hover()
        page.screenshot(path=str(OUT / "article.png"), full_page=True)

        page.goto(base + "/#/events?order=mentions")
        page.wait_for_selector("#events-table tr.ev-row, main .empty")
        rows = page.locator("#events-table tr.ev-row")
        if rows.count():
            rows.first.click()
            page.wait_for_selector("#events-table tr.evidence-row li")
        page.screenshot(path=str(OUT / "events.png"))

        net = httpx.get(base + "/v1/network", timeout=60).json()
        page.goto(f"{base}/#/dyad?a=USA&b=IRQ&by=month")
        page.wait_for_selector("svg.chart, main .empty")
        page.screenshot(path=str(OUT / "dyad.png"), full_page=True)
        page.goto(base + "/#/network?min_weight=" + ("2" if len(net["edges"]) > 80 else "1"))
        page.wait_for_selector("#network, main .empty")
        page.screenshot(path=str(OUT / "network.png"), full_page=True)
        busiest = max(net["nodes"], key=lambda n: n.get("events") or 0, default=None)
        page.goto(f"{base}/#/actor/{busiest['id'] if busiest else 'Rubio'}")
        page.wait_for_selector("#actor, main .error")
        page.screenshot(path=str(OUT / "actor.png"))
        browser.close()
    tmp.cleanup()
    print("wrote", ", ".join(sorted(p.name for p in OUT.glob("*.png"))), file=sys.stderr)


if __name__ == "__main__":
    main()
