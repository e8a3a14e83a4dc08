/* newsgraph web app: vanilla JS, no dependencies.
 *
 * Article text is untrusted. Every piece of it reaches the page through textContent or
 * setAttribute, never innerHTML, and links are only ever built to our own routes.
 */
"use strict";

(function () {
  // ---------------------------------------------------------------------------------- helpers
  const view = () => document.getElementById("view");
  const SVGNS = "http://www.w3.org/2000/svg";
  let STATUS = { corpus: false, writable: false };

  /** el("div", {class: "x", onclick: f}, "text", child) — strings become text nodes. */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    setAttrs(node, attrs);
    append(node, children);
    return node;
  }
  function svg(tag, attrs, ...children) {
    const node = document.createElementNS(SVGNS, tag);
    setAttrs(node, attrs);
    append(node, children);
    return node;
  }
  function setAttrs(node, attrs) {
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k.startsWith("on") && typeof v === "function") node.addEventListener(k.slice(2), v);
      else if (k === "text") node.textContent = String(v);
      else if (k === "style") for (const [p, val] of Object.entries(v)) node.style.setProperty(p, val);
      else node.setAttribute(k, v === true ? "" : String(v));
    }
  }
  function append(node, children) {
    for (const c of children.flat()) {
      if (c === null || c === undefined || c === false) continue;
      node.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
    }
  }
  /** A link to one of our own routes (never to a URL taken from data). */
  function route(hash, label) {
    return el("a", { href: "#/" + hash }, label);
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); return node; }

  async function api(path, options) {
    const resp = await fetch(path, options);
    let body = null;
    try { body = await resp.json(); } catch (_) { body = null; }
    if (!resp.ok) {
      const msg = body && body.message ? body.message : `${resp.status} ${resp.statusText}`;
      const err = new Error(msg);
      err.status = resp.status;
      throw err;
    }
    return body;
  }
  function qs(params) {
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) if (v !== "" && v !== null && v !== undefined) p.set(k, v);
    const s = p.toString();
    return s ? "?" + s : "";
  }
  function errorBox(err) { return el("div", { class: "error", role: "alert" }, String(err && err.message ? err.message : err)); }
  function emptyNote(text) { return el("p", { class: "empty" }, text); }
  function needCorpus() {
    return el("div", { class: "panel" },
      el("p", {}, "This page explores a corpus. Start the server with a store: "),
      el("code", {}, "newsgraph serve --db corpus.duckdb"));
  }
  function shorten(text, n) { text = String(text); return text.length > n ? text.slice(0, n - 1) + "…" : text; }
  /** A <datalist> of the most active actors' names, for the actor inputs (loaded once). */
  let actorNames = null;
  function actorDatalist() {
    let dl = document.getElementById("actor-names");
    if (!dl) {
      dl = el("datalist", { id: "actor-names" });
      document.body.appendChild(dl);
    }
    if (!actorNames && STATUS.corpus) {
      actorNames = api("/v1/actors?limit=300").then((page) => {
        for (const a of page.items) if (a.name) dl.appendChild(el("option", { value: a.name }));
      }).catch(() => { actorNames = null; });
    }
    return "actor-names";
  }
  function fmtNum(x, digits) {
    if (x === null || x === undefined || Number.isNaN(x)) return "";
    return typeof x === "number" && digits !== undefined ? x.toFixed(digits) : String(x);
  }

  // Actor colours: distinct hues, assigned in order of first appearance.
  const PALETTE = ["#2456c7", "#c8372d", "#2e8b57", "#b5651d", "#7b3fb8", "#0f8b8d", "#c2185b", "#5d7c1f",
                   "#d17a00", "#3f51b5", "#8d6e63", "#00897b", "#ad1457", "#546e7a"];
  const QUAD = {
    1: { name: "verbal cooperation", color: "var(--coop-verbal)", hex: "#9ad19a" },
    2: { name: "material cooperation", color: "var(--coop-material)", hex: "#2e8b57" },
    3: { name: "verbal conflict", color: "var(--conf-verbal)", hex: "#f0a35e" },
    4: { name: "material conflict", color: "var(--conf-material)", hex: "#c8372d" },
  };
  // PLOVER event types as verbs, for readable event sentences.
  const VERBS = {
    AGREE: "agreed with", CONSULT: "consulted", SUPPORT: "supported", CONCEDE: "conceded to",
    COOPERATE: "cooperated with", AID: "aided", RETREAT: "retreated from", REQUEST: "made a request of",
    ACCUSE: "accused", REJECT: "rejected", THREATEN: "threatened", PROTEST: "protested against",
    SANCTION: "sanctioned", MOBILIZE: "mobilized against", COERCE: "coerced", ASSAULT: "assaulted",
    DEMAND: "made demands of", DISAPPROVE: "disapproved of", ENGAGE: "engaged with",
  };
  // an untyped event (a user verb dictionary's code PLOVER does not type) is told by its CAMEO code
  /** A date as exactly as the article told it (`newsgraph query events` shows the same): "1947" for "in 1947",
   *  "2005-04" for April 2005, whose date the API gives as the first day; "1990s" for a decade. */
  function asTold(date, granularity) {
    if (!date) return "";
    if (granularity === "decade") return date.slice(0, 3) + "0s";
    return date.slice(0, { year: 4, month: 7 }[granularity] || date.length);
  }
  function kindOf(ev) { return ev.type ? ev.type + (ev.mode ? "/" + ev.mode : "") : `CAMEO ${ev.cameo || "?"}`; }
  function verbFor(type, cameo) { return VERBS[String(type || "").toUpperCase()] || `— ${type || (cameo ? "CAMEO " + cameo : "?")} →`; }

  // -------------------------------------------------------------------------------- router
  const PAGES = { article: articlePage, events: eventsPage, dyad: dyadPage, network: networkPage, actor: actorPage,
                  quotes: quotesPage, places: placesPage };

  function parseHash() {
    const raw = location.hash.replace(/^#\/?/, "");
    const [path, query] = raw.split("?");
    const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
    return { page: parts[0] || "article", arg: parts.slice(1).join("/") || null, params: new URLSearchParams(query || "") };
  }
  function go(page, arg, params) {
    const hash = "#/" + page + (arg ? "/" + encodeURIComponent(arg) : "") + (params ? qs(params) : "");
    if (location.hash === hash) render(); else location.hash = hash;
  }
  async function render() {
    const r = parseHash();
    const page = PAGES[r.page] ? r.page : "article";
    for (const a of document.querySelectorAll("#nav a")) a.classList.toggle("active", a.dataset.page === page);
    const root = clear(view());
    try {
      await PAGES[page](root, r.arg, r.params);
    } catch (err) {
      root.appendChild(errorBox(err));
    }
  }
  window.addEventListener("hashchange", render);

  async function loadStatus() {
    try {
      STATUS = await api("/v1/status");
      const s = document.getElementById("server-status");
      const st = STATUS.stats;
      s.textContent = (STATUS.corpus ? (st ? `${st.articles} articles · ${st.corpus_events} events · ${st.actors} actors` : "corpus") : "no corpus")
        + " · " + (STATUS.writable ? "writable" : "read-only");
    } catch (_) { /* the pages still work for extraction */ }
  }

  // ---------------------------------------------------------------------------- article page
  async function articlePage(root, articleId, params) {
    const text = el("textarea", { id: "input-text", placeholder: "Paste an article (plain text or HTML) here…", "aria-label": "Article text" });
    const title = el("input", { id: "input-title", placeholder: "Title (optional)", size: 40 });
    const published = el("input", { id: "input-published", placeholder: "Published, e.g. 2026-01-25", size: 20 });
    const file = el("input", { id: "input-file", type: "file", accept: ".txt,.text,.md,.html,.htm,.json,.jsonl" });
    const out = el("div", { id: "article-out" });
    const extractBtn = el("button", { id: "extract", type: "button" }, "Extract");
    const stored = el("select", { id: "stored", "aria-label": "Stored articles" }, el("option", { value: "" }, "— stored articles —"));

    async function run(body, headers) {
      extractBtn.disabled = true;
      clear(out).appendChild(el("p", { class: "hint" }, "Extracting…"));
      try {
        const doc = await api("/v1/extract", { method: "POST", body, headers });
        showDocument(out, doc);
      } catch (err) {
        clear(out).appendChild(errorBox(err));
      } finally {
        extractBtn.disabled = false;
      }
    }
    extractBtn.addEventListener("click", () => {
      const value = text.value;
      if (!value.trim()) { clear(out).appendChild(errorBox("Paste some text first.")); return; }
      const isHtml = /^\s*</.test(value) && /<\/(p|div|body|html|article)>/i.test(value);
      const payload = isHtml ? { html: value } : { text: value };
      if (title.value.trim()) payload.title = title.value.trim();
      if (published.value.trim()) payload.published = published.value.trim();
      run(JSON.stringify(payload), { "Content-Type": "application/json" });
    });
    file.addEventListener("change", () => {
      const f = file.files && file.files[0];
      if (!f) return;
      const form = new FormData();
      form.append("file", f, f.name);
      if (title.value.trim()) form.append("title", title.value.trim());
      if (published.value.trim()) form.append("published", published.value.trim());
      run(form, {});
    });
    stored.addEventListener("change", () => { if (stored.value) go("article", stored.value); });

    root.appendChild(el("div", { class: "panel" },
      el("h2", {}, "Article"),
      text,
      el("div", { class: "row" }, extractBtn, title, published,
        el("label", {}, "…or upload a file", file),
        STATUS.corpus ? el("label", {}, "…or open a stored article", stored) : null)));
    root.appendChild(out);

    if (STATUS.corpus) {
      api("/v1/articles?limit=200").then((page) => {
        for (const a of page.items) stored.appendChild(el("option", { value: a.id }, `${a.published || "????-??-??"}  ${a.title || a.id}`));
      }).catch(() => {});
    }
    if (articleId) {
      clear(out).appendChild(el("p", { class: "hint" }, "Loading…"));
      try {
        showDocument(out, await api("/v1/articles/" + encodeURIComponent(articleId)));
        markSpan(out, Number(params && params.get("start")), Number(params && params.get("end")));
      } catch (err) {
        clear(out).appendChild(errorBox(err));
      }
    }
  }

  /** Python offsets count code points; JS strings count UTF-16 units. Slice by code points. */
  function codePoints(text) { return Array.from(text); }

  function entityColors(doc) {
    const colors = {};
    let i = 0;
    for (const e of doc.entities || []) {
      if (e.attrs && e.attrs.section) { colors[e.id] = "#8a93a3"; continue; }
      colors[e.id] = PALETTE[i++ % PALETTE.length];
    }
    return colors;
  }

  function entityLabel(doc, id) {
    const e = (doc.entities || []).find((x) => x.id === id);
    if (!e) return id;
    const code = e.actor && (e.actor.code || e.actor.country);
    return code ? `${e.name} (${code})` : e.name;
  }

  /** Split the text at every annotation boundary; each piece knows what covers it. */
  function segments(doc) {
    const n = codePoints(doc.text).length;
    const anns = [];
    for (const s of doc.sections || []) {
      if (["credit", "caption", "byline", "published"].includes(s.kind)) anns.push({ start: s.start, end: s.end, muted: s.kind });
    }
    for (const e of doc.entities || []) {
      for (const m of e.mentions || []) anns.push({ start: m.start, end: m.end, entity: e.id, mkind: m.kind || "name" });
    }
    for (const q of doc.quotes || []) anns.push({ start: q.start, end: q.end, quote: q });
    for (const t of doc.times || []) anns.push({ start: t.start, end: t.end, time: t });
    // events add no marks of their own, but their spans must start and end on segment boundaries
    // so that clicking an event can light up exactly its evidence and trigger
    const spans = anns.slice();
    for (const ev of doc.events || []) for (const sp of [ev.evidence, ev.trigger, ...(ev.restatements || [])]) if (sp) spans.push(sp);
    const cuts = new Set([0, n]);
    for (const a of spans) if (a.start >= 0 && a.end <= n && a.start < a.end) { cuts.add(a.start); cuts.add(a.end); }
    const points = Array.from(cuts).sort((x, y) => x - y);
    // sweep left to right keeping the annotations that cover the current piece (a few at a time)
    const byStart = anns.filter((a) => a.start < a.end).sort((x, y) => x.start - y.start);
    let next = 0, active = [];
    const segs = [];
    for (let i = 0; i + 1 < points.length; i++) {
      const s = points[i], e = points[i + 1];
      while (next < byStart.length && byStart[next].start <= s) active.push(byStart[next++]);
      active = active.filter((a) => a.end > s);
      const cover = active.filter((a) => a.start <= s && a.end >= e);
      let mention = null;
      for (const a of cover) if (a.entity && (!mention || a.end - a.start < mention.end - mention.start)) mention = a;
      segs.push({
        start: s, end: e, mention,
        muted: (cover.find((a) => a.muted) || {}).muted || null,
        quote: (cover.find((a) => a.quote) || {}).quote || null,
        time: (cover.find((a) => a.time) || {}).time || null,
      });
    }
    return segs;
  }

  function showDocument(out, doc) {
    clear(out);
    const cps = codePoints(doc.text || "");
    const colors = entityColors(doc);
    const textBox = el("div", { id: "article-text", class: "article-text" });
    const quoteStarts = new Set();
    for (const seg of segments(doc)) {
      if (seg.quote && !quoteStarts.has(seg.quote.id)) {
        quoteStarts.add(seg.quote.id);
        const who = seg.quote.speaker_text || (seg.quote.speaker ? entityLabel(doc, seg.quote.speaker) : "unknown speaker");
        // the badge carries the speaker's entity id, so hovering it lights up the speaker's mentions
        textBox.appendChild(el("span", { class: "speaker", "data-quote": seg.quote.id, "data-entity": seg.quote.speaker || null,
          title: `${seg.quote.kind} quote by ${who}` }, who));
      }
      const span = el("span", { class: "seg", "data-s": seg.start, "data-e": seg.end });
      span.textContent = cps.slice(seg.start, seg.end).join("");
      const titles = [];
      if (seg.mention) {
        span.classList.add("ent");
        if (seg.mention.mkind !== "name") span.classList.add("coref");
        span.dataset.entity = seg.mention.entity;
        span.style.setProperty("--ent-color", colors[seg.mention.entity] || "#888");
        titles.push(`${entityLabel(doc, seg.mention.entity)}${seg.mention.mkind !== "name" ? " — " + seg.mention.mkind : ""}`);
      }
      if (seg.muted) { span.classList.add("muted"); titles.push(seg.muted); }
      if (seg.quote) {
        span.classList.add("quote");
        span.dataset.quote = seg.quote.id;
        const who = seg.quote.speaker_text || (seg.quote.speaker ? entityLabel(doc, seg.quote.speaker) : "unknown");
        titles.push(`${seg.quote.kind} quote — speaker: ${who}`);
      }
      if (seg.time) {
        span.classList.add("time");
        span.dataset.time = seg.time.id;
        titles.push(`${seg.time.type || "DATE"}: ${seg.time.value || "?"}${seg.time.granularity ? " (" + seg.time.granularity + ")" : ""}`);
      }
      if (titles.length) span.title = titles.join("\n");
      textBox.appendChild(span);
    }

    const pub = doc.published || {};
    const head = el("div", { class: "doc-head" },
      el("div", { class: "title", id: "doc-title" }, doc.title || "(untitled)"),
      el("div", { class: "meta" },
        `published ${pub.value || "unknown"}${pub.inferred ? " (inferred)" : ""}`,
        doc.source && doc.source.outlet ? ` · ${doc.source.outlet}` : "",
        doc.source && doc.source.agency ? ` · ${doc.source.agency}` : "",
        doc.source && doc.source.url ? el("span", { class: "url" }, ` · ${doc.source.url}`) : "",
        ` · ${doc.id}`));

    const side = el("div", { class: "side panel" });
    side.appendChild(el("h3", {}, `Events (${(doc.events || []).length})`));
    side.appendChild(eventList(doc, textBox));
    side.appendChild(el("h3", {}, `Actors and entities (${(doc.entities || []).length})`));
    side.appendChild(entityList(doc, colors, textBox));
    side.appendChild(el("h3", {}, `Quotes (${(doc.quotes || []).length})`));
    side.appendChild(quoteList(doc));
    side.appendChild(el("div", { class: "legend" },
      el("span", { style: { "--c": "#fff3b0" } }, "evidence"), el("span", { style: { "--c": "#ffd54a" } }, "trigger"),
      el("span", { style: { "--c": "#5b47b5" } }, "quote speaker"), el("span", { style: { "--c": "#c4cbd8" } }, "credit / caption")));

    out.appendChild(el("div", { class: "article-layout" },
      el("div", { class: "panel" }, head, el("hr"), textBox), side));
    wireEntityHover(textBox, side);
  }

  /** A link's span (a quote's words: #/article/ID?start=S&end=E) marked as evidence and scrolled to. */
  function markSpan(out, start, end) {
    if (!(end > start)) return;
    let first = null;
    for (const node of out.querySelectorAll("#article-text .seg")) {
      if (Number(node.dataset.s) >= start && Number(node.dataset.e) <= end) {
        node.classList.add("evidence");
        if (!first) first = node;
      }
    }
    if (first && first.scrollIntoView) first.scrollIntoView({ block: "center" });
  }

  function setEntityHighlight(root, side, id, on) {
    for (const node of root.querySelectorAll(".seg.ent")) if (node.dataset.entity === id) node.classList.toggle("hl", on);
    for (const node of side.querySelectorAll("ul.entities li")) if (node.dataset.entity === id) node.classList.toggle("hl", on);
  }
  function wireEntityHover(textBox, side) {
    let pinned = null;
    const over = (ev) => {
      const t = ev.target.closest("[data-entity]");
      if (t && !pinned) setEntityHighlight(textBox, side, t.dataset.entity, true);
    };
    const outH = (ev) => {
      const t = ev.target.closest("[data-entity]");
      if (t && !pinned) setEntityHighlight(textBox, side, t.dataset.entity, false);
    };
    const click = (ev) => {
      const t = ev.target.closest("[data-entity]");
      if (!t) return;
      const id = t.dataset.entity;
      if (pinned) setEntityHighlight(textBox, side, pinned, false);
      pinned = pinned === id ? null : id;
      if (pinned) setEntityHighlight(textBox, side, pinned, true);
    };
    for (const box of [textBox, side.querySelector("ul.entities")]) {
      if (!box) continue;
      box.addEventListener("mouseover", over);
      box.addEventListener("mouseout", outH);
      box.addEventListener("click", click);
    }
  }

  function eventSentence(doc, ev) {
    const src = (ev.source || []).map((id) => entityLabel(doc, id)).join(" and ") || "someone";
    const tgt = (ev.target || []).map((id) => entityLabel(doc, id)).join(" and ");
    const verb = verbFor(ev.type, ev.cameo);
    // with no target, "someone agreed with" reads better as "someone agreed"
    return tgt ? `${src} ${verb} ${tgt}` : `${src} ${verb.replace(/ (with|of|to|from|against)$/, "")}`;
  }

  function eventList(doc, textBox) {
    const list = el("ul", { class: "events", id: "events-list" });
    if (!(doc.events || []).length) return emptyNote("No events found in this article.");
    for (const ev of doc.events) {
      const quad = ev.quad_class ? el("span", { class: `badge q${ev.quad_class}`, title: (QUAD[ev.quad_class] || {}).name }, `Q${ev.quad_class}`) : null;
      const li = el("li", { class: "event", "data-event": ev.id, "data-trigger": ev.trigger ? ev.trigger.text : "", tabindex: 0 },
        el("div", { class: "sentence" }, eventSentence(doc, ev)),
        el("div", { class: "sub" },
          el("span", { class: "badge" }, kindOf(ev)), quad,
          ev.cameo ? el("span", { class: "badge", title: "CAMEO code" }, ev.cameo) : null,
          ev.date && ev.date.value ? `${ev.date.value} · ` : "",
          ev.trigger ? `“${ev.trigger.text}”` : "",
          (ev.flags || []).length ? ` [${ev.flags.join(", ")}]` : ""));
      const select = () => highlightEvent(list, textBox, li, ev);
      li.addEventListener("click", select);
      li.addEventListener("keydown", (e) => { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); select(); } });
      list.appendChild(li);
    }
    return list;
  }

  function highlightEvent(list, textBox, li, ev) {
    for (const n of list.querySelectorAll("li.selected")) n.classList.remove("selected");
    for (const n of textBox.querySelectorAll(".seg.evidence, .seg.trigger")) n.classList.remove("evidence", "trigger");
    li.classList.add("selected");
    const ranges = [ev.evidence, ...(ev.restatements || [])].filter(Boolean);
    let first = null;
    for (const node of textBox.querySelectorAll(".seg")) {
      const s = Number(node.dataset.s), e = Number(node.dataset.e);
      if (ranges.some((r) => s >= r.start && e <= r.end)) node.classList.add("evidence");
      if (ev.trigger && s >= ev.trigger.start && e <= ev.trigger.end) {
        node.classList.add("trigger");
        if (!first) first = node;
      }
    }
    if (first && first.scrollIntoView) first.scrollIntoView({ block: "nearest", behavior: "smooth" });
  }

  function entityList(doc, colors) {
    const ents = (doc.entities || []).filter((e) => !(e.attrs && e.attrs.section));
    if (!ents.length) return emptyNote("No entities.");
    const list = el("ul", { class: "entities", id: "entities-list" });
    for (const e of ents) {
      const actor = e.actor || {};
      const bits = [actor.code, actor.role, actor.former ? "former" : null].filter(Boolean).join(" · ");
      list.appendChild(el("li", { "data-entity": e.id, style: { "--ent-color": colors[e.id] } },
        el("span", { class: "swatch" }), el("span", {}, e.name),
        el("span", { class: "hint" }, `${e.type}${bits ? " · " + bits : ""} ×${(e.mentions || []).length}`),
        STATUS.corpus ? route("actor/" + encodeURIComponent(e.name), "→") : null));
    }
    return list;
  }

  function quoteList(doc) {
    if (!(doc.quotes || []).length) return emptyNote("No quotes.");
    const list = el("ul", { class: "quotes" });
    for (const q of doc.quotes) {
      const who = q.speaker_text || (q.speaker ? entityLabel(doc, q.speaker) : "unknown speaker");
      list.appendChild(el("li", {}, el("strong", {}, who), ` (${q.kind}): `,
        el("span", { class: "ev-snippet" }, q.text.length > 160 ? q.text.slice(0, 159) + "…" : q.text)));
    }
    return list;
  }

  // ----------------------------------------------------------------------------- events page
  const EVENT_COLUMNS = [
    ["date", "Date"], ["source_name", "Source"], ["type", "Event"], ["target_name", "Target"],
    ["quad_class", "Quad"], ["goldstein", "Goldstein"], ["num_mentions", "Mentions"], ["num_sources", "Sources"],
    ["evidence", "Evidence"],
  ];

  async function eventsPage(root, _arg, params) {
    root.appendChild(el("h2", {}, "Events"));
    if (!STATUS.corpus) { root.appendChild(needCorpus()); return; }
    const f = {};
    const field = (name, label, attrs) => {
      f[name] = el("input", { name, value: params.get(name) || "", ...attrs });
      return el("label", {}, label, f[name]);
    };
    f.order = el("select", { name: "order" },
      ...[["-date", "newest first"], ["date", "oldest first"], ["mentions", "most mentioned"], ["sources", "most sources"]].map(([v, l]) =>
        el("option", { value: v, selected: (params.get("order") || "-date") === v }, l)));
    // factual events by default; negated, hypothetical, future, historical, reported and alleged ones on request
    f.include_flagged = el("input", { type: "checkbox", name: "include_flagged", checked: params.get("include_flagged") === "true" });
    const form = el("form", { class: "panel row", id: "events-filter" },
      field("source", "Source actor", { size: 16, list: actorDatalist() }), field("target", "Target actor", { size: 16, list: actorDatalist() }),
      field("type", "Type", { size: 12, placeholder: "e.g. THREATEN" }),
      field("since", "Since", { type: "date" }), field("until", "Until", { type: "date" }),
      el("label", {}, "Order", f.order),
      el("label", { class: "check", title: "Also events told as negated, hypothetical, future, historical, reported by another party or alleged by an accuser" },
        f.include_flagged, "include flagged"),
      el("button", { type: "submit" }, "Filter"));
    const offset = Number(params.get("offset") || 0);
    const limit = 50;
    form.addEventListener("submit", (e) => {
      e.preventDefault();
      const p = {};
      for (const k of ["source", "target", "type", "since", "until", "order"]) p[k] = f[k].value.trim();
      if (f.include_flagged.checked) p.include_flagged = "true";
      go("events", null, p);
    });
    root.appendChild(form);
    const query = {};
    for (const k of ["source", "target", "type", "since", "until", "order"]) query[k] = params.get(k) || "";
    if (params.get("include_flagged") === "true") query.include_flagged = "true";
    const page = await api("/v1/events" + qs({ ...query, limit, offset }));
    if (!page.items.length) { root.appendChild(emptyNote("No events match.")); return; }
    const table = el("table", { class: "grid", id: "events-table" });
    const tbody = el("tbody");
    let sortKey = null, sortDir = 1;
    const headRow = el("tr", {}, ...EVENT_COLUMNS.map(([key, label]) => {
      const th = el("th", { "data-key": key }, label);
      th.addEventListener("click", () => {
        sortDir = sortKey === key ? -sortDir : 1;
        sortKey = key;
        for (const h of headRow.children) h.classList.remove("sorted-asc", "sorted-desc");
        th.classList.add(sortDir > 0 ? "sorted-asc" : "sorted-desc");
        fill();
      });
      return th;
    }));
    table.appendChild(el("thead", {}, headRow));
    table.appendChild(tbody);
    const actorCell = (id, name, code) => el("td", {}, id ? route("actor/" + encodeURIComponent(id), name || id) : (name || el("span", { class: "hint", title: "no actor found" }, "—")),
      code ? el("span", { class: "hint" }, " " + code) : null);
    function fill() {
      clear(tbody);
      const rows = page.items.slice();
      if (sortKey) rows.sort((a, b) => {
        const x = a[sortKey], y = b[sortKey];
        if (x === y) return 0;
        if (x === null || x === undefined) return 1;
        if (y === null || y === undefined) return -1;
        return (x < y ? -1 : 1) * sortDir;
      });
      for (const r of rows) {
        const tr = el("tr", { class: "ev-row", "data-event": r.event_id },
          el("td", {}, asTold(r.date, r.date_granularity)), actorCell(r.source_actor_id, r.source_name, r.source_code),
          el("td", {}, el("span", { class: "badge" }, kindOf(r)), r.cameo ? el("span", { class: "hint" }, r.cameo) : null,
            ...(r.flags || []).map((fl) => el("span", { class: "badge flag", title: "not told as a fact" }, fl))),
          actorCell(r.target_actor_id, r.target_name, r.target_code),
          el("td", {}, r.quad_class ? el("span", { class: `badge q${r.quad_class}`, title: (QUAD[r.quad_class] || {}).name }, `Q${r.quad_class}`) : ""),
          el("td", { class: "num" }, fmtNum(r.goldstein, 1)), el("td", { class: "num" }, fmtNum(r.num_mentions)),
          el("td", { class: "num" }, fmtNum(r.num_sources)),
          el("td", { class: "ev-snippet" }, r.evidence ? (r.evidence.length > 140 ? r.evidence.slice(0, 139) + "…" : r.evidence) : ""));
        tr.addEventListener("click", () => toggleEvidence(tr, r));
        tbody.appendChild(tr);
      }
    }
    fill();
    root.appendChild(table);
    const pager = el("div", { class: "pager" },
      el("button", { class: "secondary", type: "button", disabled: offset <= 0,
        onclick: () => go("events", null, { ...query, offset: Math.max(0, offset - limit) }) }, "← Previous"),
      `rows ${offset + 1}–${offset + page.items.length}`,
      el("button", { class: "secondary", type: "button", disabled: page.next_offset === null,
        onclick: () => go("events", null, { ...query, offset: page.next_offset }) }, "Next →"));
    root.appendChild(pager);
  }

  function evidenceList(items) {
    const list = el("ul", { class: "evidence-list" });
    for (const item of items) {
      list.appendChild(el("li", {}, item.outlet ? el("strong", {}, item.outlet + ": ") : null, `“${item.text || ""}” `,
        route("article/" + encodeURIComponent(item.article_id), "open article")));
    }
    return list;
  }

  async function showSources(li, eventId) {
    const old = li.querySelector(".evidence-list, .error");
    if (old) { old.remove(); return; }
    try {
      li.appendChild(evidenceList((await api(`/v1/events/${encodeURIComponent(eventId)}/evidence`)).items));
    } catch (err) {
      li.appendChild(errorBox(err));
    }
  }

  async function toggleEvidence(tr, row) {
    const next = tr.nextElementSibling;
    if (next && next.classList.contains("evidence-row")) { next.remove(); return; }
    const cell = el("td", { colspan: EVENT_COLUMNS.length }, el("span", { class: "hint" }, "Loading evidence…"));
    tr.after(el("tr", { class: "evidence-row" }, cell));
    try {
      const ev = await api(`/v1/events/${encodeURIComponent(row.event_id)}/evidence`);
      clear(cell).appendChild(evidenceList(ev.items));
    } catch (err) {
      clear(cell).appendChild(errorBox(err));
    }
  }

  // ------------------------------------------------------------------------------ dyad page
  async function dyadPage(root, _arg, params) {
    root.appendChild(el("h2", {}, "Dyad"));
    if (!STATUS.corpus) { root.appendChild(needCorpus()); return; }
    const a = el("input", { name: "a", value: params.get("a") || "", placeholder: "e.g. USA", size: 18, list: actorDatalist() });
    const b = el("input", { name: "b", value: params.get("b") || "", placeholder: "e.g. IRQ", size: 18, list: actorDatalist() });
    const by = el("select", { name: "by" }, ...["day", "week", "month", "year"].map((v) =>
      el("option", { value: v, selected: (params.get("by") || "month") === v }, v)));
    const form = el("form", { class: "panel row", id: "dyad-form" },
      el("label", {}, "Actor A", a), el("label", {}, "Actor B", b), el("label", {}, "Per", by),
      el("button", { type: "submit" }, "Show"));
    form.addEventListener("submit", (e) => {
      e.preventDefault();
      go("dyad", null, { a: a.value.trim(), b: b.value.trim(), by: by.value });
    });
    root.appendChild(form);
    if (!params.get("a") || !params.get("b")) { root.appendChild(emptyNote("Choose two actors (name, id or code).")); return; }
    const data = await api("/v1/dyad" + qs({ a: params.get("a"), b: params.get("b"), by: params.get("by") || "month" }));
    if (!data.items.length) { root.appendChild(emptyNote("No events between these two actors.")); return; }
    const byDir = new Map();
    for (const r of data.items) {
      const k = r.direction || "both";
      if (!byDir.has(k)) byDir.set(k, []);
      byDir.get(k).push(r);
    }
    const A = params.get("a"), B = params.get("b");
    for (const [dir, rows] of byDir) {
      const label = dir === "a->b" ? `${A} → ${B}` : dir === "b->a" ? `${B} → ${A}` : dir;
      const n = rows.reduce((t, r) => t + (r.events || 0), 0);
      root.appendChild(el("h3", { class: "dyad-direction" }, `${label}: ${n} event${n === 1 ? "" : "s"}`));
      root.appendChild(dyadChart(rows, data.by));
    }
    root.appendChild(el("div", { class: "legend" },
      ...[1, 2, 3, 4].map((q) => el("span", { style: { "--c": QUAD[q].hex } }, QUAD[q].name)),
      el("span", { style: { "--c": "#2456c7" } }, "Goldstein sum (line, right axis)")));
  }

  function dyadChart(rows, by) {
    rows = rows.slice().sort((x, y) => String(x.period).localeCompare(String(y.period)));
    const W = 900, H = 260, L = 44, R = 48, T = 12, B = 40;
    const n = rows.length;
    const maxCount = Math.max(1, ...rows.map((r) => (r.quad1 || 0) + (r.quad2 || 0) + (r.quad3 || 0) + (r.quad4 || 0)));
    const gs = rows.map((r) => Number(r.goldstein_sum || 0));
    const gMax = Math.max(1, ...gs.map(Math.abs));
    const bw = (W - L - R) / n;
    const y = (c) => T + (H - T - B) * (1 - c / maxCount);
    const gy = (g) => T + (H - T - B) * (0.5 - g / (2 * gMax));
    const chart = svg("svg", { class: "chart", viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "events per period by QuadClass" });
    chart.appendChild(svg("line", { class: "axis", x1: L, y1: H - B, x2: W - R, y2: H - B }));
    chart.appendChild(svg("line", { class: "axis", x1: L, y1: T, x2: L, y2: H - B }));
    chart.appendChild(svg("text", { x: L - 6, y: T + 8, "text-anchor": "end" }, String(maxCount)));
    chart.appendChild(svg("text", { x: L - 6, y: H - B, "text-anchor": "end" }, "0"));
    chart.appendChild(svg("text", { x: W - R + 6, y: T + 8 }, `+${fmtNum(gMax, 1)}`));
    chart.appendChild(svg("text", { x: W - R + 6, y: H - B }, `−${fmtNum(gMax, 1)}`));
    rows.forEach((r, i) => {
      let acc = 0;
      const x = L + i * bw + bw * 0.15;
      for (const q of [1, 2, 3, 4]) {
        const c = r["quad" + q] || 0;
        if (!c) continue;
        chart.appendChild(svg("rect", { x, y: y(acc + c), width: Math.max(1, bw * 0.7), height: y(acc) - y(acc + c), fill: QUAD[q].hex },
          svg("title", {}, `${r.period || "undated"}: ${c} ${QUAD[q].name}`)));
        acc += c;
      }
      if (n <= 24 || i % Math.ceil(n / 24) === 0) {
        chart.appendChild(svg("text", { x: L + i * bw + bw / 2, y: H - B + 14, "text-anchor": "middle" }, r.period ? asTold(String(r.period).slice(0, 10), by) : "undated"));
      }
    });
    // Goldstein zero line: above it the period was cooperative on balance, below it conflictual
    chart.appendChild(svg("line", { x1: L, x2: W - R, y1: gy(0), y2: gy(0), stroke: "#2456c7", "stroke-dasharray": "4 4", "stroke-opacity": 0.5 }));
    chart.appendChild(svg("text", { x: W - R + 6, y: gy(0) + 4 }, "0"));
    const pts = rows.map((r, i) => `${L + i * bw + bw / 2},${gy(gs[i])}`).join(" ");
    chart.appendChild(svg("polyline", { points: pts, fill: "none", stroke: "#2456c7", "stroke-width": 2 }));
    rows.forEach((r, i) => chart.appendChild(svg("circle", { cx: L + i * bw + bw / 2, cy: gy(gs[i]), r: 3, fill: "#2456c7" },
      svg("title", {}, `${r.period || "undated"}: Goldstein sum ${fmtNum(gs[i], 1)} over ${r.events} events`))));
    return chart;
  }

  // --------------------------------------------------------------------------- network page
  async function networkPage(root, _arg, params) {
    root.appendChild(el("h2", {}, "Network"));
    if (!STATUS.corpus) { root.appendChild(needCorpus()); return; }
    const f = {
      since: el("input", { type: "date", name: "since", value: params.get("since") || "" }),
      until: el("input", { type: "date", name: "until", value: params.get("until") || "" }),
      type: el("input", { name: "type", value: params.get("type") || "", size: 12, placeholder: "e.g. ASSAULT" }),
      min_weight: el("input", { type: "number", name: "min_weight", min: 1, value: params.get("min_weight") || "1", size: 4 }),
    };
    const form = el("form", { class: "panel row", id: "network-form" },
      el("label", {}, "Since", f.since), el("label", {}, "Until", f.until), el("label", {}, "Type", f.type),
      el("label", {}, "Min. events", f.min_weight), el("button", { type: "submit" }, "Show"));
    form.addEventListener("submit", (e) => {
      e.preventDefault();
      const p = {};
      for (const k of Object.keys(f)) p[k] = f[k].value.trim();
      go("network", null, p);
    });
    root.appendChild(form);
    const q = {};
    for (const k of Object.keys(f)) q[k] = params.get(k) || "";
    const net = await api("/v1/network" + qs(q));
    if (!(net.nodes || []).length) { root.appendChild(emptyNote("No actors for these filters.")); return; }
    root.appendChild(drawNetwork(net));
    root.appendChild(el("div", { class: "legend" },
      el("span", { style: { "--c": QUAD[2].hex } }, "cooperation (mean Goldstein > 0)"),
      el("span", { style: { "--c": QUAD[4].hex } }, "conflict (mean Goldstein < 0)"),
      el("span", { style: { "--c": "#9aa3b2" } }, "neutral"), "edge width = number of events; click an actor to open it"));
  }

  const nodeId = (n) => String(n.id ?? n.actor_id ?? n.name);
  const edgeWeight = (e) => Number(e.weight ?? e.events ?? e.count ?? 1);
  function edgeTone(e) {
    let g = e.goldstein_mean ?? e.goldstein ?? e.mean_goldstein;
    if ((g === undefined || g === null) && e.goldstein_sum !== undefined) g = e.goldstein_sum / Math.max(1, edgeWeight(e));
    if (g === undefined || g === null) {
      const coop = (e.quad1 || 0) + (e.quad2 || 0), conf = (e.quad3 || 0) + (e.quad4 || 0);
      g = coop - conf;
    }
    return g > 0 ? QUAD[2].hex : g < 0 ? QUAD[4].hex : "#9aa3b2";
  }

  /** A small force-directed layout, run to rest before drawing (no animation, no library). */
  function layout(nodes, edges, W, H) {
    const idx = new Map(nodes.map((n, i) => [nodeId(n), i]));
    const pos = nodes.map((_, i) => {
      const a = (2 * Math.PI * i) / nodes.length;
      return { x: W / 2 + (W / 3) * Math.cos(a), y: H / 2 + (H / 3) * Math.sin(a), vx: 0, vy: 0 };
    });
    const links = edges.map((e) => [idx.get(String(e.source)), idx.get(String(e.target))]).filter(([s, t]) => s !== undefined && t !== undefined && s !== t);
    const k = Math.sqrt((W * H) / Math.max(1, nodes.length)) * 0.6;
    const iters = nodes.length > 300 ? 80 : 250;
    for (let it = 0; it < iters; it++) {
      const temp = 1 - it / iters;
      for (let i = 0; i < pos.length; i++) {
        for (let j = i + 1; j < pos.length; j++) {
          let dx = pos[i].x - pos[j].x, dy = pos[i].y - pos[j].y;
          const d2 = Math.max(1, dx * dx + dy * dy);
          if (d2 > 9 * k * k) continue; // far apart: no push, so separate clusters are not driven to the walls
          const f = (k * k) / d2;
          pos[i].vx += dx * f * 0.05; pos[i].vy += dy * f * 0.05; pos[j].vx -= dx * f * 0.05; pos[j].vy -= dy * f * 0.05;
        }
      }
      for (const [s, t] of links) {
        const dx = pos[t].x - pos[s].x, dy = pos[t].y - pos[s].y, d = Math.max(1, Math.hypot(dx, dy));
        const f = (d - k) / d * 0.05;
        pos[s].vx += dx * f; pos[s].vy += dy * f; pos[t].vx -= dx * f; pos[t].vy -= dy * f;
      }
      for (const p of pos) {
        p.vx += (W / 2 - p.x) * 0.02; p.vy += (H / 2 - p.y) * 0.02;
        const v = Math.hypot(p.vx, p.vy), cap = 20 * temp + 1;
        if (v > cap) { p.vx *= cap / v; p.vy *= cap / v; }
        p.x = Math.min(W - 30, Math.max(30, p.x + p.vx)); p.y = Math.min(H - 20, Math.max(20, p.y + p.vy));
        p.vx *= 0.5; p.vy *= 0.5;
      }
    }
    return { pos, idx };
  }

  function drawNetwork(net) {
    const W = 1000, H = 620;
    const nodes = net.nodes.slice(0, 400);
    const { pos, idx } = layout(nodes, net.edges || [], W, H);
    const chart = svg("svg", { class: "network", id: "network", viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "actor network" });
    const defs = svg("defs");
    for (const [name, color] of [["coop", QUAD[2].hex], ["conf", QUAD[4].hex], ["neutral", "#9aa3b2"]]) {
      // sized in user units, so thick (heavy) edges do not get giant arrowheads
      defs.appendChild(svg("marker", { id: "arrow-" + name, viewBox: "0 0 10 10", refX: 10, refY: 5, markerUnits: "userSpaceOnUse",
        markerWidth: 10, markerHeight: 10, orient: "auto-start-reverse" },
        svg("path", { d: "M 0 0 L 10 5 L 0 10 z", fill: color })));
    }
    chart.appendChild(defs);
    const maxW = Math.max(1, ...(net.edges || []).map(edgeWeight));
    const degree = new Map();
    for (const e of net.edges || []) {
      for (const end of [String(e.source), String(e.target)]) degree.set(end, (degree.get(end) || 0) + edgeWeight(e));
    }
    const radius = (n) => 5 + 10 * Math.sqrt((degree.get(nodeId(n)) || 0) / maxW);
    for (const e of net.edges || []) {
      const s = idx.get(String(e.source)), t = idx.get(String(e.target));
      if (s === undefined || t === undefined || s === t) continue;
      const color = edgeTone(e);
      const marker = color === QUAD[2].hex ? "coop" : color === QUAD[4].hex ? "conf" : "neutral";
      const dx = pos[t].x - pos[s].x, dy = pos[t].y - pos[s].y, d = Math.max(1, Math.hypot(dx, dy));
      const rt = radius(nodes[t]) + 2;
      const x2 = pos[t].x - (dx / d) * rt, y2 = pos[t].y - (dy / d) * rt;
      // a slight curve keeps A→B and B→A apart
      const mx = (pos[s].x + x2) / 2 - dy / d * 12, my = (pos[s].y + y2) / 2 + dx / d * 12;
      chart.appendChild(svg("path", { class: "edge", d: `M ${pos[s].x} ${pos[s].y} Q ${mx} ${my} ${x2} ${y2}`, stroke: color,
        "stroke-width": 1 + 5 * edgeWeight(e) / maxW, "marker-end": `url(#arrow-${marker})` },
        svg("title", {}, `${nodes[s].name || e.source} → ${nodes[t].name || e.target}: ${edgeWeight(e)} events`)));
    }
    nodes.forEach((n, i) => {
      const g = svg("g", { class: "node", "data-actor": nodeId(n), transform: `translate(${pos[i].x},${pos[i].y})` },
        svg("circle", { r: radius(n), fill: "#2456c7" }),
        // labels near the right edge go to the left of their node, so they are not cut off
        svg("text", pos[i].x > W - 170 ? { x: -radius(n) - 3, y: 4, "text-anchor": "end" } : { x: radius(n) + 3, y: 4 },
          shorten(n.name || n.code || nodeId(n), 28)),
        svg("title", {}, `${n.name || nodeId(n)}${n.code ? " (" + n.code + ")" : ""}`));
      g.addEventListener("click", () => go("actor", nodeId(n)));
      chart.appendChild(g);
    });
    return chart;
  }

  // ----------------------------------------------------------------------------- actor page
  async function actorPage(root, actorId) {
    root.appendChild(el("h2", {}, "Actor"));
    if (!STATUS.corpus) { root.appendChild(needCorpus()); return; }
    const input = el("input", { name: "actor", value: actorId || "", placeholder: "name, id or code", size: 28 });
    const form = el("form", { class: "panel row", id: "actor-form" }, el("label", {}, "Actor", input), el("button", { type: "submit" }, "Open"));
    form.addEventListener("submit", (e) => { e.preventDefault(); if (input.value.trim()) go("actor", input.value.trim()); });
    root.appendChild(form);
    if (!actorId) {
      // the most active actors; typing filters them (by name or alias) as you go
      const list = el("div", { id: "actor-list" });
      root.appendChild(list);
      let timer = null;
      const refresh = async () => {
        try {
          const page = await api("/v1/actors" + qs({ q: input.value.trim(), limit: 40 }));
          clear(list);
          if (!page.items.length) { list.appendChild(emptyNote("No actor matches.")); return; }
          const t = el("table", { class: "grid" }, el("thead", {}, el("tr", {}, el("th", {}, "Actor"), el("th", {}, "Code"),
            el("th", {}, "Type"), el("th", {}, "Events"), el("th", {}, "Articles"))));
          const tb = el("tbody");
          for (const r of page.items) {
            tb.appendChild(el("tr", {}, el("td", {}, route("actor/" + encodeURIComponent(r.id), r.name || r.id)),
              el("td", {}, r.code || ""), el("td", {}, r.type || ""), el("td", { class: "num" }, fmtNum(r.num_events)),
              el("td", { class: "num" }, fmtNum(r.num_articles))));
          }
          t.appendChild(tb);
          list.appendChild(t);
        } catch (err) {
          clear(list).appendChild(errorBox(err));
        }
      };
      input.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(refresh, 200); });
      await refresh();
      return;
    }
    const a = await api("/v1/actors/" + encodeURIComponent(actorId));
    const box = el("div", { class: "panel", id: "actor" });
    box.appendChild(el("h2", { id: "actor-name" }, a.name || a.id || actorId));
    const facts = el("dl", { class: "facts" });
    for (const [k, label] of [["id", "id"], ["code", "code"], ["type", "type"], ["country", "country"], ["sector", "sector"],
                              ["num_events", "events"], ["num_articles", "articles"], ["first_seen", "first seen"], ["last_seen", "last seen"]]) {
      if (a[k] !== undefined && a[k] !== null && a[k] !== "") facts.append(el("dt", {}, label), el("dd", {}, String(a[k])));
    }
    box.appendChild(facts);
    const aliases = a.aliases || [];
    box.appendChild(el("h3", {}, `Aliases (${aliases.length})`));
    box.appendChild(aliases.length ? el("p", {}, aliases.map((x) => (typeof x === "string" ? x : x.name || x.alias || JSON.stringify(x))).join(" · ")) : emptyNote("None recorded."));
    const roles = a.roles || [];
    box.appendChild(el("h3", {}, "Roles over time"));
    if (roles.length) {
      const t = el("table", { class: "grid" }, el("thead", {}, el("tr", {}, el("th", {}, "Role"), el("th", {}, "From"), el("th", {}, "Until"), el("th", {}, "Seen"))));
      const tb = el("tbody");
      for (const r of roles) {
        tb.appendChild(el("tr", {}, el("td", {}, typeof r === "string" ? r : (r.role || r.name || "") + (r.former ? " (former)" : "")),
          el("td", {}, r.first || r.since || r.from || ""), el("td", {}, r.last || r.until || r.to || ""), el("td", { class: "num" }, fmtNum(r.count ?? r.mentions))));
      }
      t.appendChild(tb);
      box.appendChild(t);
    } else box.appendChild(emptyNote("None recorded."));
    box.appendChild(el("h3", {}, "Timeline of events and quotes"));
    const items = [];
    for (const ev of a.timeline || []) items.push({ when: ev.date || "", kind: "event", ev });
    for (const q of a.quotes || []) items.push({ when: q.published || q.date || "", kind: "quote", q });
    items.sort((x, y) => String(x.when).localeCompare(String(y.when)));
    if (!items.length) box.appendChild(emptyNote("No events or quotes."));
    else {
      const ol = el("ol", { class: "timeline", id: "actor-timeline" });
      const self = a.name || a.id;
      for (const it of items) {
        if (it.kind === "event") {
          const ev = it.ev;
          const other = ev.other_id ? route("actor/" + encodeURIComponent(ev.other_id), ev.other_name || ev.other_id) : (ev.other_name || "someone");
          const verb = verbFor(ev.type, ev.cameo);
          const sentence = ev.role === "target" ? [other, ` ${verb} ${self}`] : [`${self} ${verb} `, other];
          const li = el("li", { class: "event-item", "data-event": ev.event_id }, el("span", { class: "when" }, it.when || "undated"),
            ev.quad_class ? el("span", { class: `badge q${ev.quad_class}`, title: (QUAD[ev.quad_class] || {}).name }, `Q${ev.quad_class}`) : null,
            el("span", { class: "badge" }, kindOf(ev)), ...sentence,
            ev.num_articles ? el("span", { class: "hint" }, ` · ${ev.num_articles} article${ev.num_articles === 1 ? "" : "s"}`) : null,
            ev.evidence ? el("div", { class: "ev-snippet" }, `“${ev.evidence}”`) : null);
          const more = el("button", { class: "link", type: "button" }, "sources");
          more.addEventListener("click", () => showSources(li, ev.event_id));
          li.appendChild(more);
          ol.appendChild(li);
        } else {
          const q = it.q;
          ol.appendChild(el("li", { class: "quote-item" }, el("span", { class: "when" }, it.when || "undated"),
            el("span", { class: "badge" }, `${q.kind || ""} quote`), `“${q.text || ""}” `,
            q.article_id ? route("article/" + encodeURIComponent(q.article_id), "open article") : null));
        }
      }
      box.appendChild(ol);
    }
    root.appendChild(box);
  }

  // ---------------------------------------------------------------------------- quotes page
  /** A filter form whose fields live in the URL: submitting it goes to `page` with their values. */
  function filterForm(id, page, params, fields) {
    const f = {};
    const labels = fields.map(([name, label, attrs]) => {
      f[name] = el("input", { name, value: params.get(name) || "", ...attrs });
      return el("label", {}, label, f[name]);
    });
    const form = el("form", { class: "panel row", id }, ...labels, el("button", { type: "submit" }, "Filter"));
    form.addEventListener("submit", (e) => {
      e.preventDefault();
      const p = {};
      for (const [name] of fields) p[name] = f[name].value.trim();
      go(page, null, p);
    });
    const query = {};
    for (const [name] of fields) query[name] = params.get(name) || "";
    return { form, query };
  }

  function pager(page, query, offset, limit, got) {
    return el("div", { class: "pager" },
      el("button", { class: "secondary", type: "button", disabled: offset <= 0,
        onclick: () => go(page, null, { ...query, offset: Math.max(0, offset - limit) }) }, "← Previous"),
      `rows ${offset + 1}–${offset + got.items.length}`,
      el("button", { class: "secondary", type: "button", disabled: got.next_offset === null,
        onclick: () => go(page, null, { ...query, offset: got.next_offset }) }, "Next →"));
  }

  function gridTable(id, headers) {
    const tbody = el("tbody");
    return { table: el("table", { class: "grid", id }, el("thead", {}, el("tr", {}, ...headers.map((h) => el("th", {}, h)))), tbody), tbody };
  }

  // a link to the words in their article: the article page marks the span and scrolls to it
  function evidenceLink(articleId, start, end, label) {
    return route(`article/${encodeURIComponent(articleId)}${qs({ start, end })}`, label);
  }

  async function quotesPage(root, _arg, params) {
    root.appendChild(el("h2", {}, "Quotes"));
    if (!STATUS.corpus) { root.appendChild(needCorpus()); return; }
    const { form, query } = filterForm("quotes-filter", "quotes", params, [
      ["speaker", "Speaker", { size: 18, list: actorDatalist(), placeholder: "name, id or code" }],
      ["contains", "Containing", { size: 18 }],
      ["since", "Since", { type: "date" }], ["until", "Until", { type: "date" }]]);
    root.appendChild(form);
    const offset = Number(params.get("offset") || 0), limit = 50;
    const got = await api("/v1/quotes" + qs({ ...query, limit, offset }));
    if (!got.items.length) { root.appendChild(emptyNote("No quotes match.")); return; }
    const { table, tbody } = gridTable("quotes-table", ["Date", "Speaker", "Cue", "Kind", "Quote", "Article"]);
    for (const q of got.items) {
      const who = q.speaker_name || q.speaker_text || "unknown speaker";
      tbody.appendChild(el("tr", { class: "quote-row" }, el("td", {}, q.published || ""),
        el("td", {}, q.speaker_actor_id ? route("actor/" + encodeURIComponent(q.speaker_actor_id), who) : who,
          q.speaker_name && q.speaker_text && q.speaker_text !== q.speaker_name ? el("span", { class: "hint" }, ` (“${q.speaker_text}”)`) : null),
        el("td", {}, q.cue || ""), el("td", {}, el("span", { class: "badge" }, q.kind || "")),
        el("td", { class: "ev-snippet" }, `“${shorten(q.text || "", 240)}”`),
        el("td", {}, evidenceLink(q.article_id, q.start, q.end, shorten(q.title || "open article", 40)))));
    }
    root.appendChild(table);
    root.appendChild(pager("quotes", query, offset, limit, got));
  }

  // ---------------------------------------------------------------------------- places page
  async function placesPage(root, placeKey, params) {
    root.appendChild(el("h2", {}, "Places"));
    if (!STATUS.corpus) { root.appendChild(needCorpus()); return; }
    if (placeKey) { await placeArticles(root, placeKey, params.get("name") || placeKey); return; }
    const { form, query } = filterForm("places-filter", "places", params, [
      ["country", "Country", { size: 6, placeholder: "GBR or GB" }],
      ["since", "Since", { type: "date" }], ["until", "Until", { type: "date" }]]);
    root.appendChild(form);
    const offset = Number(params.get("offset") || 0), limit = 50;
    const got = await api("/v1/places" + qs({ ...query, limit, offset }));
    if (!got.items.length) { root.appendChild(emptyNote("No places match.")); return; }
    const { table, tbody } = gridTable("places-table", ["Place", "GeoNames id", "Country", "Feature", "Mentions", "Articles"]);
    for (const p of got.items) {
      // the place's articles, by its key (the name rides along for the heading)
      const link = (label) => route("places/" + encodeURIComponent(p.place) + qs({ name: p.name || "" }), label);
      tbody.appendChild(el("tr", { class: "place-row", "data-place": p.place },
        el("td", {}, link(p.name || p.place)),
        el("td", {}, p.geonameid === null || p.geonameid === undefined ? "—" : String(p.geonameid)),
        el("td", {}, p.country || ""), el("td", {}, p.feature || ""),
        el("td", { class: "num" }, fmtNum(p.num_mentions)),
        el("td", { class: "num" }, link(`${p.num_articles} article${p.num_articles === 1 ? "" : "s"}`))));
    }
    root.appendChild(table);
    root.appendChild(pager("places", query, offset, limit, got));
  }

  async function placeArticles(root, placeKey, name) {
    root.appendChild(el("p", {}, route("places", "← all places")));
    const got = await api("/v1/places/articles" + qs({ place: placeKey, limit: 200 }));
    root.appendChild(el("h3", { id: "place-name" }, `Articles mentioning ${name}`));
    if (!got.items.length) { root.appendChild(emptyNote("No articles.")); return; }
    const { table, tbody } = gridTable("place-articles", ["Date", "Article", "Source", "Mentions"]);
    for (const a of got.items) {
      tbody.appendChild(el("tr", {}, el("td", {}, a.published || ""),
        el("td", {}, route("article/" + encodeURIComponent(a.id), a.title || a.id)),
        el("td", {}, a.source || ""), el("td", { class: "num" }, fmtNum(a.num_mentions))));
    }
    root.appendChild(table);
  }

  // ---------------------------------------------------------------------------------- start
  window.newsgraph = { segments, showDocument }; // for tests and the console
  loadStatus().then(render);
})();
