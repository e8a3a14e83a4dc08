// A DOM just large enough to run static/app.js's pages under Node, for tests/test_s56_read_x.py: the page at
// argv[3] (a location hash) is rendered with fetch answering from the JSON file argv[4] (path -> {status, body});
// prints the requested paths and the text of the page's error boxes and empty notes as JSON.
"use strict";
const fs = require("fs");
const vm = require("vm");

class Node {
  constructor(tag) {
    this.tagName = tag; this.children = []; this.attrs = {}; this.ownText = ""; this.dataset = {};
    this.style = { setProperty() {} };
    this.classList = { toggle() {}, add() {}, remove() {} };
  }
  appendChild(c) { this.children.push(c); return c; }
  removeChild(c) { this.children = this.children.filter((x) => x !== c); return c; }
  get firstChild() { return this.children[0] || null; }
  setAttribute(k, v) { this.attrs[k] = String(v); }
  getAttribute(k) { return this.attrs[k]; }
  addEventListener() {}
  get textContent() { return this.ownText + this.children.map((c) => c.textContent).join(""); }
  set textContent(v) { this.children = []; this.ownText = String(v); }
  querySelector() { return null; }
  querySelectorAll() { return []; }
}
function walk(node, out) { out.push(node); for (const c of node.children) walk(c, out); return out; }

const answers = JSON.parse(fs.readFileSync(process.argv[4], "utf8"));
const requested = [];
const body = new Node("body");
const byId = { view: new Node("main"), "server-status": new Node("span") };
for (const n of Object.values(byId)) body.appendChild(n);
const document = {
  body,
  createElement: (tag) => new Node(tag),
  createElementNS: (_ns, tag) => new Node(tag),
  createTextNode: (text) => { const n = new Node("#text"); n.ownText = String(text); return n; },
  getElementById: (id) => walk(body, []).find((n) => n.attrs.id === id) || byId[id] || null,
  querySelectorAll: () => [],
};
async function fetch(path) {
  requested.push(path);
  const a = answers[path] || { status: 599, body: { message: "no canned answer for " + path } };
  return { ok: a.status < 300, status: a.status, statusText: "", json: async () => a.body };
}
const context = { document, Node, fetch, URLSearchParams, console, setTimeout,
                  location: { hash: process.argv[3] }, window: { addEventListener() {} } };
vm.createContext(context);
vm.runInContext(fs.readFileSync(process.argv[2], "utf8"), context);
setTimeout(() => {
  const nodes = walk(byId.view, []);
  const text = (cls) => nodes.filter((n) => (n.attrs.class || "").split(" ").includes(cls)).map((n) => n.textContent);
  console.log(JSON.stringify({ requested, errors: text("error"), empty: text("empty") }));
}, 200);
