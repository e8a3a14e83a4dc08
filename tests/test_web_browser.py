"""The pages in real headless Chromium (Debian's /usr/bin/chromium driven by Playwright).

The server runs on a free loopback port in a thread. Screenshots go to test-artifacts/.
CI installs chromium before `make test` (see .ci/run and `make browser`), so these run there.
"""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from webutil import XSS_NAME as XSS_NAME_IN_PAGE
from webutil import CHROMIUM, browser, page, running_server  # noqa: F401 (fixtures)

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "test-artifacts"
SAMPLE = ROOT / "examples" / "rubio-iraq-maliki.txt"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium "
                       "(apt-get install -y chromium; `make browser` and CI install it)"),
]

XSS_TEXT = (
    "Protesters gathered in Baghdad on Monday, police said. <script>window.__pwned = 1; alert('x')</script> "
    "The minister said <img src=x onerror=\"window.__pwned = 2\"> that talks with Iran would continue. "
    "Details were posted at javascript:window.__pwned=3 and <a href=\"javascript:window.__pwned=4\">here</a>.\n"
    "<svg onload=\"window.__pwned=5\"></svg> The talks resume on Friday."
)


@pytest.fixture(scope="module")
def server():
    from newsgraph.web import create_app

    with running_server(create_app()) as base:
        yield base


def shot(pg, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    pg.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def merge_ranges(ranges) -> list[tuple[int, int]]:
    """Character ranges, sorted, with touching or overlapping ones joined."""
    out: list[list[int]] = []
    for a, b in sorted(ranges):
        if out and a <= out[-1][1]:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return [(a, b) for a, b in out]


def extract_in_page(pg, base: str, text: str, title: str = "") -> None:
    pg.goto(base + "/#/article")
    pg.fill("#input-text", text)
    if title:
        pg.fill("#input-title", title)
    pg.click("#extract")
    pg.wait_for_selector("#article-text .seg", timeout=120_000)


@pytest.fixture(scope="module")
def sample_doc_api(server):
    resp = httpx.post(server + "/v1/extract", json={"text": SAMPLE.read_text(encoding="utf-8")}, timeout=120)
    resp.raise_for_status()
    return resp.json()


def test_article_page_marks_rubio(page, server, sample_doc_api):
    extract_in_page(page, server, SAMPLE.read_text(encoding="utf-8"))
    rubio = next(e for e in sample_doc_api["entities"] if e["name"] == "Marco Rubio")
    marks = page.locator(f'#article-text .seg.ent[data-entity="{rubio["id"]}"]')
    assert marks.count() == len(rubio["mentions"]) >= 2
    # every "Rubio" in the shown text is inside a marked entity segment
    unmarked = page.evaluate("""() => [...document.querySelectorAll('#article-text .seg')]
        .filter(s => s.textContent.includes('Rubio') && !s.classList.contains('ent')).length""")
    assert unmarked == 0
    # the shown text is the document text, character for character
    shown = page.evaluate("() => [...document.querySelectorAll('#article-text .seg')].map(s => s.textContent).join('')")
    assert shown == sample_doc_api["text"]
    # hovering one mention highlights all of Rubio's mentions, and nobody else's
    marks.first.hover()
    assert page.locator(f'#article-text .seg.ent.hl[data-entity="{rubio["id"]}"]').count() == marks.count()
    assert page.locator("#article-text .seg.ent.hl").count() == marks.count()
    colour = marks.first.evaluate("n => getComputedStyle(n).borderBottomColor")
    assert colour not in ("rgba(0, 0, 0, 0)", "")
    # credits and captions are greyed
    assert page.locator("#article-text .seg.muted", has_text="MARKUS SCHREIBER").count() >= 1
    shot(page, "article-rubio-highlighted")
    assert page.errors == []


def test_clicking_the_warning_event_highlights_its_evidence(page, server, sample_doc_api):
    from newsgraph.pipeline import default_stages

    assert "events" in [s.name for s in default_stages()]  # (was a skip from before the events stage landed)
    warned = next((e for e in sample_doc_api["events"] if e.get("trigger") and e["trigger"]["text"] == "warned"), None)
    assert warned is not None, "the events stage found no event triggered by 'warned' in the sample"
    extract_in_page(page, server, SAMPLE.read_text(encoding="utf-8"))
    item = page.locator("#events-list li.event").filter(has=page.locator("xpath=self::*[@data-trigger='warned']")).first
    item.click()
    assert "selected" in item.get_attribute("class")
    trigger = page.evaluate("() => [...document.querySelectorAll('#article-text .seg.trigger')].map(s => s.textContent).join('')")
    assert trigger == "warned"
    lit = page.evaluate("() => [...document.querySelectorAll('#article-text .seg.evidence')].map(s => [+s.dataset.s, +s.dataset.e])")
    spans = [warned["evidence"], *warned.get("restatements", [])]
    assert merge_ranges(lit) == merge_ranges([(sp["start"], sp["end"]) for sp in spans])
    text = sample_doc_api["text"]
    assert any("warned Iraq" in text[a:b] for a, b in merge_ranges(lit))
    shot(page, "article-warning-event")
    assert page.errors == []


def test_article_text_is_escaped_and_no_script_runs(page, server):
    extract_in_page(page, server, XSS_TEXT, title="<img src=x onerror=\"window.__pwned=6\">")
    page.wait_for_timeout(300)
    assert page.evaluate("() => window.__pwned") is None
    assert page.dialogs == []
    shown = page.evaluate("() => [...document.querySelectorAll('#article-text .seg')].map(s => s.textContent).join('')")
    assert shown == XSS_TEXT  # every character shown as text (speaker badges aside)
    for tag in ("script", "img", "svg", "a"):
        assert page.locator(f"#article-text {tag}").count() == 0, tag
    assert page.locator('[href^="javascript:"]').count() == 0
    assert page.locator("#doc-title").text_content() == "<img src=x onerror=\"window.__pwned=6\">"
    shot(page, "article-xss-escaped")
    assert page.errors == []


def test_file_upload_extracts(page, server, tmp_path):
    f = tmp_path / "story.html"
    f.write_text("<html><head><title>Talks</title></head><body><article><p>Iraq and Iran agreed on Monday "
                 "to resume talks in Baghdad, the foreign ministry said.</p><script>window.__pwned=7</script>"
                 "</article></body></html>", encoding="utf-8")
    page.goto(server + "/#/article")
    page.set_input_files("#input-file", str(f))
    page.wait_for_selector("#article-text .seg", timeout=120_000)
    assert "resume talks in Baghdad" in page.locator("#article-text").text_content()
    assert page.evaluate("() => window.__pwned") is None
    assert page.errors == []


def test_pages_without_a_corpus_explain_themselves(page, server):
    for name in ("events", "dyad", "network", "actor"):
        page.goto(f"{server}/#/{name}")
        page.wait_for_selector("main .panel code")
        assert "--db" in page.locator("main").text_content()
    assert page.errors == []


def test_api_error_is_shown_as_text(page, server):
    page.goto(server + "/#/article")
    page.fill("#input-text", "Le ministre a dit <b>non</b> à la proposition du gouvernement irakien dimanche soir.")
    page.click("#extract")
    page.wait_for_selector("#article-out .error")
    assert "French" in page.locator("#article-out .error").text_content()
    assert page.locator("#article-out b").count() == 0
    assert page.errors == []


# --- the corpus pages, over the hand-made store (tests/webutil.py) ----------------------------------

@pytest.fixture(scope="module")
def corpus_server(tmp_path_factory):
    from newsgraph.web import create_app
    from webutil import build_corpus

    path = tmp_path_factory.mktemp("corpus") / "corpus.duckdb"
    docs = build_corpus(path)
    with running_server(create_app(str(path))) as base:
        yield base, docs


def test_stored_article_event_click_highlights_evidence(page, corpus_server):
    base, docs = corpus_server
    doc = docs[0]
    page.goto(f"{base}/#/article/{doc.id}")
    page.wait_for_selector("#events-list li.event")
    assert page.locator("#events-list li.event").count() == len(doc.events)
    warned = next(e for e in doc.events if e.trigger.text == "warned")
    page.locator(f'#events-list li.event[data-event="{warned.id}"]').click()
    trig = page.evaluate("() => [...document.querySelectorAll('#article-text .seg.trigger')].map(s => s.textContent).join('')")
    ev = page.evaluate("() => [...document.querySelectorAll('#article-text .seg.evidence')].map(s => s.textContent).join('')")
    assert trig == "warned" and ev == warned.evidence.text
    # the quote is marked with its speaker; time expressions carry their normalised value
    assert page.locator("#article-text .speaker").first.text_content() == "Rubio"
    assert page.locator("#article-text .seg.quote").count() >= 1
    assert "2026-01-25" in page.locator('#article-text .seg.time[data-time="t1"]').get_attribute("title")
    # the pronoun-free entity list links each entity; hovering it lights its mentions
    page.locator('#entities-list li[data-entity="e2"]').hover()
    assert page.locator('#article-text .seg.ent.hl[data-entity="e2"]').count() == 3
    shot(page, "page-article-stored")
    assert page.errors == []


def test_events_page_filters_sorts_and_shows_evidence(page, corpus_server):
    base, _ = corpus_server
    page.goto(f"{base}/#/events")
    page.wait_for_selector("#events-table tbody tr.ev-row")
    assert page.locator("#events-table tbody tr.ev-row").count() == 7  # factual ones: the hypothetical is hidden
    dates = page.locator("#events-table tbody tr.ev-row td:first-child").all_text_contents()
    assert dates == sorted(dates, reverse=True) and dates[0] == "2026-03-05"  # newest first
    assert page.locator("#events-table .badge.flag").count() == 0
    page.check('#events-filter input[name="include_flagged"]')
    page.click('#events-filter button[type="submit"]')
    page.wait_for_function("() => document.querySelectorAll('#events-table tbody tr.ev-row').length === 8")
    first_row = page.locator("#events-table tbody tr.ev-row").first
    assert first_row.locator(".badge.flag").all_text_contents() == ["future", "hypothetical"]
    assert page.locator('#events-filter input[name="include_flagged"]').is_checked()  # kept in the URL
    page.uncheck('#events-filter input[name="include_flagged"]')
    page.click('#events-filter button[type="submit"]')
    page.wait_for_function("() => document.querySelectorAll('#events-table tbody tr.ev-row').length === 7")
    page.locator('#events-table th[data-key="goldstein"]').click()
    first = page.locator("#events-table tbody tr.ev-row").first.locator("td").nth(5).text_content()
    assert first == "-4.4"
    page.fill('#events-filter input[name="type"]', "THREATEN")
    page.click('#events-filter button[type="submit"]')
    page.wait_for_function("() => document.querySelectorAll('#events-table tbody tr.ev-row').length === 1")
    page.locator("#events-table tbody tr.ev-row").first.click()
    page.wait_for_selector("#events-table tr.evidence-row li")
    assert "warned Iraq on Sunday" in page.locator("#events-table tr.evidence-row").text_content()
    shot(page, "page-events")
    assert page.errors == []


def test_dyad_page_draws_the_chart(page, corpus_server):
    base, _ = corpus_server
    page.goto(f"{base}/#/dyad?a=USA&b=IRQ&by=month")
    page.wait_for_selector("svg.chart rect")
    assert page.locator("svg.chart").count() == 2  # one chart per direction
    assert page.locator("svg.chart rect").count() >= 4
    assert page.locator("svg.chart polyline").count() == 2
    assert "USA → IRQ" in page.locator("main").text_content()
    # the actor inputs suggest the corpus's actors
    assert page.locator('#dyad-form input[name="a"]').get_attribute("list") == "actor-names"
    page.wait_for_function("() => document.querySelectorAll('#actor-names option').length === 5")
    assert "Marco Rubio" in page.eval_on_selector_all("#actor-names option", "os => os.map(o => o.value)")
    shot(page, "page-dyad")
    assert page.errors == []


def test_network_page_draws_actors_and_edges(page, corpus_server):
    base, _ = corpus_server
    page.goto(f"{base}/#/network")
    page.wait_for_selector("#network g.node")
    assert page.locator("#network g.node").count() == 5
    assert page.locator("#network path.edge").count() == 5
    colours = set(page.eval_on_selector_all("#network path.edge", "ps => ps.map(p => p.getAttribute('stroke'))"))
    assert {"#2e8b57", "#c8372d"} <= colours  # cooperation and conflict
    labels = page.eval_on_selector_all("#network g.node text", "ts => ts.map(t => t.textContent)")
    tips = page.eval_on_selector_all("#network g.node > title", "ts => ts.map(t => t.textContent)")
    assert XSS_NAME_IN_PAGE[:27] + "…" in labels and XSS_NAME_IN_PAGE in tips  # long names are shortened
    assert page.locator("#network image, #network img").count() == 0
    shot(page, "page-network")
    page.fill('#network-form input[name="type"]', "AID")
    page.click('#network-form button[type="submit"]')
    page.wait_for_function("() => document.querySelectorAll('#network g.node').length === 2")
    page.locator("#network g.node", has_text="United States").locator("circle").click()
    page.wait_for_selector("#actor-name")
    assert page.locator("#actor-name").text_content() == "United States"
    assert page.evaluate("() => window.__pwned") is None
    assert page.errors == []


def test_actor_page_shows_aliases_roles_and_timeline(page, corpus_server):
    base, _ = corpus_server
    page.goto(f"{base}/#/actor/Rubio")
    page.wait_for_selector("#actor-timeline")
    assert page.locator("#actor-name").text_content() == "Marco Rubio"
    assert "secretary of state" in page.locator("#actor").text_content()
    assert "Rubio" in page.locator("#actor").text_content()
    assert page.locator("#actor-timeline li.event-item").count() == 4  # three by Rubio, one (REJECT) at him
    assert page.locator("#actor-timeline li.quote-item").count() == 1
    page.locator("#actor-timeline li.event-item button").first.click()
    page.wait_for_selector("#actor-timeline .evidence-list li")
    shot(page, "page-actor")
    assert page.errors == []


def test_actor_page_lists_and_searches_actors(page, corpus_server):
    base, _ = corpus_server
    page.goto(f"{base}/#/actor")
    page.wait_for_selector("#actor-list tbody tr")
    assert page.locator("#actor-list tbody tr").first.locator("td").first.text_content() == "Iraq"
    page.fill('#actor-form input[name="actor"]', "rubi")
    page.wait_for_function("() => document.querySelectorAll('#actor-list tbody tr').length === 1")
    page.locator("#actor-list tbody tr a").click()
    page.wait_for_selector("#actor-name")
    assert page.locator("#actor-name").text_content() == "Marco Rubio"
    assert "5 articles" in page.locator("#server-status").text_content()
    assert page.errors == []


def test_hostile_stored_article_is_escaped_everywhere(page, corpus_server):
    base, docs = corpus_server
    hostile = next(d for d in docs if "Hostile" in (d.title or ""))
    page.goto(f"{base}/#/article/{hostile.id}")
    page.wait_for_selector("#article-text .seg")
    assert page.locator("#doc-title").text_content() == hostile.title
    assert "javascript:window.__pwned=10" in page.locator(".doc-head").text_content()
    page.goto(f"{base}/#/events?type=ACCUSE")
    page.wait_for_selector("#events-table tr.ev-row")
    assert XSS_NAME_IN_PAGE in page.locator("#events-table").text_content()
    page.goto(f"{base}/#/actor/Iraq")
    page.wait_for_selector("#actor-timeline")
    page.goto(f"{base}/#/article")
    page.wait_for_selector("#stored option:nth-child(5)", state="attached")
    page.wait_for_timeout(200)
    assert page.evaluate("() => window.__pwned") is None and page.dialogs == []
    assert page.locator('[href^="javascript:"]').count() == 0
    assert page.locator("main script, main img, main b").count() == 0
    assert page.errors == []


def test_offsets_are_code_points_even_after_astral_characters(page, server):
    # Python offsets count code points; JS strings count UTF-16 units. Emoji before a name must not
    # shift the marks.
    text = "🇮🇶😀 Officials said Marco Rubio met Iraqi leaders in Baghdad on Monday. 😀 Rubio then left."
    extract_in_page(page, server, text)
    marked = page.eval_on_selector_all("#article-text .seg.ent", "ss => ss.map(s => s.textContent)")
    assert "Marco Rubio" in marked and "Baghdad" in marked
    assert page.evaluate("() => [...document.querySelectorAll('#article-text .seg')].map(s => s.textContent).join('')") == text
