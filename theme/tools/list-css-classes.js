#!/usr/bin/env node
// Lists, per @utrecht component in css-bundle.json, the class names its CSS defines and the
// custom properties (tokens) it reads, and which of those the voorbeeld + handreiking tokens leave unset.
// Usage: node tools/list-css-classes.js [--tokens]   (from theme/, after npm ci)
"use strict";
const fs = require("fs");
const path = require("path");
const root = path.resolve(__dirname, "..");
const read = (p) => fs.readFileSync(path.join(root, p), "utf8").replace(/\/\*[\s\S]*?\*\//g, "").replace(/@charset[^;]*;/g, "");
const bundle = JSON.parse(fs.readFileSync(path.join(root, "css-bundle.json"), "utf8"));
const defined = new Set();
for (const f of bundle.slice(0, 2)) for (const m of read(f).matchAll(/(--[\w-]+)\s*:/g)) defined.add(m[1]);
const showTokens = process.argv.includes("--tokens");
for (const f of bundle.filter((p) => p.includes("/@utrecht/"))) {
  const css = read(f);
  const classes = new Set();
  for (const [, sel] of css.matchAll(/([^{}]+)\{/g)) {
    if (sel.trim().startsWith("@")) continue;
    for (const [, c] of sel.matchAll(/\.(utrecht-[\w-]+)/g)) classes.add(c);
  }
  const sets = new Set([...css.matchAll(/(--[\w-]+)\s*:/g)].map((m) => m[1]));
  const reads = [...new Set([...css.matchAll(/var\(\s*(--[\w-]+)/g)].map((m) => m[1]))]
    .filter((v) => !v.startsWith("--_") && !sets.has(v)).sort();
  const unset = reads.filter((v) => !defined.has(v));
  console.log(`${f.split("/")[2]}: ${[...classes].sort().join(" ")}`);
  console.log(`  reads ${reads.length} tokens, ${unset.length} unset (fall back to the component's defaults)`);
  if (showTokens) console.log(`  reads: ${reads.join(" ")}\n  unset: ${unset.join(" ")}`);
}
