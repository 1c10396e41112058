// Puts the prerendered widget into the demo page as declarative shadow DOM, so it paints with
// the page and needs no script to show, and writes one ready-to-paste snippet per language.
// Run by the post-build hook in the staging folder, after `prerender` wrote its markup there.
import fs from "node:fs";
import path from "node:path";

const dir = process.argv[2] || ".";
const read = (f) => fs.readFileSync(path.join(dir, f), "utf8");

/** The shadow root as markup: the stylesheet (served beside the page) and the widget. */
const template = (lang) =>
  `<template shadowrootmode="open"><link rel="stylesheet" href="live-scheme-selector.css">` +
  `<div class="lss-host">${read(`prerender.${lang}.html`)}</div></template>`;

const page = read("index.html");
// The host element, however the HTML minifier wrote its attributes.
const host = /(<div (?=[^>]*\bdata-live-scheme-selector\b)[^>]*\bdata-lang="?(zh-CN|en)"?[^>]*>)/;
const match = page.match(host);
if (!match) throw new Error("index.html: no widget host element to paint");
fs.writeFileSync(path.join(dir, "index.html"), page.replace(host, `$1${template(match[2])}`));

const FALLBACK = {
  "zh-CN": "小程序直播接入方案",
  en: "Live streaming in mini programs",
};
for (const lang of ["zh-CN", "en"]) {
  const snippet = `<!-- Live scheme selector (${lang}). Serve the files of this folder beside each other; the
     stylesheet link before the element makes the first paint wait for the styles, not flash. -->
<link rel="stylesheet" href="live-scheme-selector.css">
<div data-live-scheme-selector data-lang="${lang}">${template(lang)}
  <a href="https://cloud.tencent.com/document/product/454/12554">${FALLBACK[lang]}</a>
</div>
<script type="module" src="live-scheme-selector.js"></script>
`;
  fs.writeFileSync(path.join(dir, `embed.${lang}.html`), snippet);
}
