// rasid's page: every piece of article text enters the DOM as a text node (textContent),
// never as HTML, so an article cannot inject markup or script.
"use strict";
const $ = (id) => document.getElementById(id);
const SVG = "http://www.w3.org/2000/svg";

function el(tag, text, cls) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  if (cls) node.className = cls;
  return node;
}

function svg(tag, attrs, text) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = String(text);
  return node;
}

function names(refs) {
  return (refs || []).map((r) => r.name_ar || r.text || r.name_en || "").filter(Boolean).join("، ");
}

// Split the original text at every span boundary; each piece carries the classes of the
// spans covering it, so overlapping layers (entity inside an event trigger) all show.
function renderText(doc) {
  const marks = [];
  for (const r of doc.repairs) marks.push([r.start, r.end, "repair", `${r.before} → ${r.after} (${r.kind})`]);
  for (const e of doc.entities) marks.push([e.start, e.end, `ent-${e.type}`, `${e.type} ${e.name_en || ""}`]);
  for (const d of doc.dates) marks.push([d.start, d.end, "date", `${d.value} (${d.precision})`]);
  for (const ev of doc.events) marks.push([ev.trigger.start, ev.trigger.end, "trigger", `${ev.type}${ev.mode ? ":" + ev.mode : ""}`]);
  for (const s of doc.sentences) if (s.boilerplate) marks.push([s.start, s.end, "boilerplate", "boilerplate"]);
  const cuts = new Set([0, doc.text.length]);
  for (const [s, e] of marks) { cuts.add(s); cuts.add(e); }
  const points = [...cuts].sort((a, b) => a - b);
  const box = $("text");
  box.replaceChildren();
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const covering = marks.filter(([s, e]) => s <= a && b <= e && s < e);
    const piece = el("span", doc.text.slice(a, b), covering.map((m) => m[2]).join(" "));
    if (covering.length) piece.title = covering.map((m) => m[3]).join(" | ");
    box.appendChild(piece);
  }
  const dct = doc.dct || {};
  $("dct").textContent = `DCT: ${dct.value || "?"}${dct.inferred ? " (inferred: " + dct.reason + ")" : ""}`;
}

function renderMap(doc) {
  const map = $("map");
  map.replaceChildren();
  for (let lon = -180; lon <= 180; lon += 30) map.appendChild(svg("line", { x1: lon, y1: -90, x2: lon, y2: 90, stroke: "#dde", "stroke-width": 0.3 }));
  for (let lat = -90; lat <= 90; lat += 30) map.appendChild(svg("line", { x1: -180, y1: lat, x2: 180, y2: lat, stroke: "#dde", "stroke-width": 0.3 }));
  const places = new Map();
  for (const e of doc.entities) if (e.lat !== null && e.lon !== null && e.lat !== undefined) places.set(e.kb_id || e.text, [e.lon, e.lat, e.name_ar || e.text, "#c36"]);
  for (const ev of doc.events) { const l = ev.location; if (l && l.lat !== null && l.lat !== undefined) places.set("ev:" + (l.kb_id || l.text), [l.lon, l.lat, `${ev.type}: ${l.name_ar || l.text}`, "#06c"]); }
  for (const [lon, lat, label, colour] of places.values()) {
    const dot = svg("circle", { cx: lon, cy: -lat, r: 1.6, fill: colour });
    dot.appendChild(svg("title", {}, label));
    map.appendChild(dot);
    map.appendChild(svg("text", { x: lon + 2, y: -lat, "font-size": 4 }, label));
  }
}

function renderTimeline(doc) {
  const line = $("timeline");
  line.replaceChildren();
  const items = doc.events.filter((e) => e.date && e.date.value).map((e) => [Date.parse(e.date.value.split("/")[0]), `${e.type} ${e.date.value}`]).filter(([t]) => !isNaN(t));
  line.appendChild(svg("line", { x1: 20, y1: 60, x2: 580, y2: 60, stroke: "#888" }));
  if (!items.length) return;
  const times = items.map(([t]) => t);
  const [lo, hi] = [Math.min(...times), Math.max(...times)];
  items.forEach(([t, label], i) => {
    const x = hi === lo ? 300 : 20 + (560 * (t - lo)) / (hi - lo);
    line.appendChild(svg("circle", { cx: x, cy: 60, r: 4, fill: "#06c" }));
    line.appendChild(svg("text", { x, y: i % 2 ? 85 : 45, "font-size": 9, "text-anchor": "middle" }, label));
  });
}

function renderEvents(doc) {
  const body = $("events").querySelector("tbody");
  body.replaceChildren();
  for (const ev of doc.events) {
    const row = el("tr");
    const loc = ev.location ? (ev.location.name_ar || ev.location.text) : "";
    const acled = ev.acled ? `${ev.acled.event_type || ""} / ${ev.acled.sub_event_type || ""}` : "";
    for (const cell of [`${ev.type}${ev.mode ? ":" + ev.mode : ""}`, names(ev.actors), names(ev.targets), loc,
      ev.date ? ev.date.value : "", `${ev.modality}${ev.negated ? " (negated)" : ""}`, names(ev.attribution), acled]) row.appendChild(el("td", cell));
    body.appendChild(row);
  }
}

async function post(path, payload) {
  const response = await fetch(path, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(payload) });
  const data = await response.json();
  if (!response.ok) throw new Error(data.error || response.statusText);
  return data;
}

$("analyze").addEventListener("click", async () => {
  $("error").textContent = "";
  try {
    const doc = await post("/analyze", { text: $("input").value, published: $("published").value || undefined, store: $("store").checked });
    renderText(doc); renderMap(doc); renderTimeline(doc); renderEvents(doc);
  } catch (e) { $("error").textContent = e.message; }
});

$("search").addEventListener("click", async () => {
  const hits = $("hits");
  hits.replaceChildren();
  const response = await fetch("/search?q=" + encodeURIComponent($("q").value));
  const data = await response.json();
  if (!response.ok) { hits.appendChild(el("li", data.error)); return; }
  for (const h of data.hits) hits.appendChild(el("li", `${h.id}: ${h.snippet}`));
});
