#!/usr/bin/env node
// Resolves the theme's CSS custom properties (voorbeeld theme.css, then our tokens.css) and checks
// WCAG 2.x contrast ratios of the text/background pairs the site uses. Exits 1 when a pair fails.
// Usage: node tools/check-contrast.js   (from theme/; no dependencies)
"use strict";
const fs = require("fs");
const path = require("path");

const root = path.resolve(__dirname, "..");
const read = (p) => fs.readFileSync(path.join(root, p), "utf8").replace(/\/\*[\s\S]*?\*\//g, "");

// Split "selector { decls }" blocks (flat CSS: no nesting in these files).
function blocks(css) {
  const out = [];
  const re = /([^{}]+)\{([^{}]*)\}/g;
  let m;
  while ((m = re.exec(css))) out.push({ selector: m[1].trim(), body: m[2] });
  return out;
}

// Declarations split on ';' outside quotes and parentheses.
function customProps(body) {
  const props = {};
  let depth = 0, quote = null, start = 0;
  const decls = [];
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (quote) { if (c === quote) quote = null; continue; }
    if (c === '"' || c === "'") quote = c;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === ";" && depth === 0) { decls.push(body.slice(start, i)); start = i + 1; }
  }
  decls.push(body.slice(start));
  for (const d of decls) {
    const m = /^\s*(--[\w-]+)\s*:([\s\S]*)$/.exec(d);
    if (m) props[m[1]] = m[2].trim();
  }
  return props;
}

function resolve(value, props, seen = new Set()) {
  // Replace innermost var() first, repeatedly.
  let v = value;
  for (let guard = 0; guard < 100 && v.includes("var("); guard++) {
    v = v.replace(/var\(\s*(--[\w-]+)\s*(?:,((?:[^()]|\([^()]*\))*))?\)/, (_, name, fallback) => {
      if (props[name] !== undefined && !seen.has(name)) {
        return resolve(props[name], props, new Set([...seen, name]));
      }
      if (fallback !== undefined) return fallback.trim();
      throw new Error(`undefined token ${name}`);
    });
  }
  return v.trim();
}

function hexToRgb(hex) {
  let h = hex.replace("#", "");
  if (h.length === 3) h = h.split("").map((c) => c + c).join("");
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16));
}
function parseColor(v, props) {
  const s = v.toLowerCase();
  if (/^#[0-9a-f]{3}([0-9a-f]{3})?$/.test(s)) return hexToRgb(s);
  if (s === "white") return [255, 255, 255];
  if (s === "black") return [0, 0, 0];
  throw new Error(`cannot parse colour "${v}"`);
}
function luminance([r, g, b]) {
  const f = (c) => { c /= 255; return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4); };
  return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
}
function ratio(a, b) {
  const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (l1 + 0.05) / (l2 + 0.05);
}

const theme = blocks(read("node_modules/@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css"));
const ours = blocks(read("assets/css/tokens.css"));
const base = Object.assign(
  {},
  ...theme.filter((b) => b.selector === ".voorbeeld-theme").map((b) => customProps(b.body)),
  ...ours.filter((b) => b.selector === ".handreiking-theme").map((b) => customProps(b.body)),
);
const dark = Object.assign(
  {},
  base,
  ...ours.filter((b) => b.selector.includes(".utrecht-page-header")).map((b) => customProps(b.body)),
);

// [label, foreground token, background token, context, minimum]
const TEXT = 4.5, UI = 3;
const pairs = [
  ["body text on page", "--utrecht-document-color", "--utrecht-document-background-color", base, TEXT],
  ["headings on page", "--utrecht-heading-color", "--utrecht-document-background-color", base, TEXT],
  ["subtle text (captions, meta) on page", "--basis-color-default-color-subtle", "--utrecht-document-background-color", base, TEXT],
  ["subtle text on grey-50 surface", "--basis-color-default-color-subtle", "--handreiking-kleur-grijs-50", base, TEXT],
  ["pre-heading (warm accent) on page", "--utrecht-pre-heading-color", "--utrecht-document-background-color", base, TEXT],
  ["link on page", "--utrecht-link-color", "--utrecht-document-background-color", base, TEXT],
  ["link hover on page", "--utrecht-link-hover-color", "--utrecht-document-background-color", base, TEXT],
  ["link active on page", "--utrecht-link-active-color", "--utrecht-document-background-color", base, TEXT],
  ["link visited on page", "--utrecht-link-visited-color", "--utrecht-document-background-color", base, TEXT],
  ["link on nav-bar", "--utrecht-link-color", "--utrecht-nav-bar-background-color", base, TEXT],
  ["link on grey-50 (table odd rows)", "--utrecht-link-color", "--utrecht-table-row-alternate-odd-background-color", base, TEXT],
  ["link on blue-100 (badge / tinted box)", "--utrecht-link-color", "--handreiking-kleur-blauw-100", base, TEXT],
  ["focused link text on focus background", "--utrecht-link-focus-color", "--utrecht-link-focus-background-color", base, TEXT],
  ["skip link", "--utrecht-skip-link-color", "--utrecht-skip-link-background-color", base, TEXT],
  ["nav-bar text", "--utrecht-nav-bar-color", "--utrecht-nav-bar-background-color", base, TEXT],
  ["header text / links", "--utrecht-link-color", "--utrecht-page-header-background-color", dark, TEXT],
  ["footer text / links", "--utrecht-link-color", "--utrecht-page-footer-background-color", dark, TEXT],
  ["search highlight (mark)", "--utrecht-mark-color", "--utrecht-mark-background-color", base, TEXT],
  ["data badge", "--utrecht-data-badge-color", "--utrecht-data-badge-background-color", base, TEXT],
  ["primary button", "--utrecht-button-primary-action-color", "--utrecht-button-primary-action-background-color", base, TEXT],
  ["primary button hover", "--utrecht-button-primary-action-hover-color", "--utrecht-button-primary-action-hover-background-color", base, TEXT],
  ["secondary button text on page", "--utrecht-button-secondary-action-color", "--utrecht-document-background-color", base, TEXT],
  ["secondary button hover", "--utrecht-button-secondary-action-hover-color", "--utrecht-button-secondary-action-hover-background-color", base, TEXT],
  ["search button", "--utrecht-search-bar-button-color", "--utrecht-search-bar-button-background-color", base, TEXT],
  ["search result selected", "--utrecht-search-bar-list-item-is-selected-color", "--utrecht-search-bar-list-item-is-selected-background-color", base, TEXT],
  ["search result active", "--utrecht-search-bar-list-item-is-active-color", "--utrecht-search-bar-list-item-is-active-background-color", base, TEXT],
  ["textbox text", "--utrecht-textbox-color", "--utrecht-textbox-background-color", base, TEXT],
  ["textbox placeholder", "--utrecht-textbox-placeholder-color", "--utrecht-textbox-background-color", base, TEXT],
  ["alert info", "--utrecht-alert-info-color", "--utrecht-alert-info-background-color", base, TEXT],
  ["alert ok", "--utrecht-alert-ok-color", "--utrecht-alert-ok-background-color", base, TEXT],
  ["alert warning", "--utrecht-alert-warning-color", "--utrecht-alert-warning-background-color", base, TEXT],
  ["alert error", "--utrecht-alert-error-color", "--utrecht-alert-error-background-color", base, TEXT],
  ["link inside info alert", "--utrecht-link-color", "--utrecht-alert-info-background-color", base, TEXT],
  ["table text on odd rows", "--utrecht-table-row-alternate-odd-color", "--utrecht-table-row-alternate-odd-background-color", base, TEXT],
  ["card heading", "--utrecht-card-heading-color", "--utrecht-card-background-color", base, TEXT],
  // Non-text (WCAG 1.4.11): 3:1
  ["focus outline on page (non-text)", "--utrecht-focus-outline-color", "--utrecht-document-background-color", base, UI],
  ["focus outline on nav-bar (non-text)", "--utrecht-focus-outline-color", "--utrecht-nav-bar-background-color", base, UI],
  ["focus ring on header (non-text)", "--utrecht-focus-outline-color", "--utrecht-page-header-background-color", dark, UI],
  ["focus ring on footer (non-text)", "--utrecht-focus-outline-color", "--utrecht-page-footer-background-color", dark, UI],
  ["textbox border (non-text)", "--utrecht-textbox-border-color", "--utrecht-document-background-color", base, UI],
  ["secondary button border (non-text)", "--utrecht-button-secondary-action-border-color", "--utrecht-document-background-color", base, UI],
];

let failed = 0;
const rows = [];
for (const [label, fg, bg, ctx, min] of pairs) {
  try {
    const f = resolve(`var(${fg})`, ctx), b = resolve(`var(${bg})`, ctx);
    const r = ratio(parseColor(f, ctx), parseColor(b, ctx));
    const ok = r >= min;
    if (!ok) failed++;
    rows.push(`${ok ? "ok  " : "FAIL"} ${r.toFixed(2).padStart(5)}:1 (min ${min})  ${label}  [${f} on ${b}]`);
  } catch (e) {
    failed++;
    rows.push(`ERR  ${label}: ${e.message}`);
  }
}
console.log(rows.join("\n"));
console.log(`${pairs.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
