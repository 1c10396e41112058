// Measures the two ways to keep a host page's styles out of the widget, under the hostile
// stylesheet of tests/e2e/pages/hostile.css: the shipped shadow root, and the same markup in
// the light DOM with every selector scoped under `.lss`. Prints how many of a list of checks
// (controls visible, the widget's own font, spacing and colours) each way passes, and whether
// the widget's styles leak onto the host page's own look-alike elements.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { serve, DIST } from "../tests/e2e/server.mjs";
import { launch } from "../tests/e2e/browser.mjs";

const HOSTILE = path.resolve("tests/e2e/pages/hostile.css");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lss-isolation-"));
fs.copyFileSync(HOSTILE, path.join(dir, "hostile.css"));
const LOOKALIKES = '<p id="host-card" class="lss-card">host card</p><p id="host-button" class="lss-button">host button</p>';
// One question is open at a time, so two widgets show every kind of control: the first (from
// the link) is at the category question, the second at the subject question, both with cards.
const QUERY = "?scenario=ecommerce&subject=enterprise";

fs.writeFileSync(
  path.join(dir, "shadow.html"),
  `<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="hostile.css">
  <script type="module" src="../live-scheme-selector.js"></script></head>
  <body>${LOOKALIKES}<div id="w" data-live-scheme-selector data-sync-url="true"></div>
  <div id="w2" data-live-scheme-selector data-sync-url="false" data-scenario="ecommerce"></div></body></html>`,
);

// Every check runs in the page against the widget roots it is given; a selector reads the
// first element that matches in any of them.
function checks(roots) {
  const q = (s) => roots.map((root) => root.querySelector(s)).find(Boolean) ?? null;
  const cs = (s) => (q(s) ? getComputedStyle(q(s)) : null);
  const visible = (s) => {
    const el = q(s);
    if (!el) return false;
    const r = el.getBoundingClientRect();
    return cs(s).display !== "none" && r.width > 0 && r.height > 0;
  };
  const result = {
    "select visible": visible("select"),
    "radios visible": visible('input[type="radio"]'),
    "buttons visible": visible("button"),
    "legends visible": visible("legend"),
    "root font-size 16px": cs(".lss")?.fontSize === "16px",
    "root font not serif": !/^serif$|^"?Times/.test(cs(".lss")?.fontFamily || "serif"),
    "text not upper-cased": cs(".lss-intro")?.textTransform === "none",
    "no letter-spacing": cs(".lss-intro")?.letterSpacing === "normal",
    "card padding 14px": cs(".lss-card")?.paddingTop === "14px",
    "product link not red": cs(".lss-card a")?.color !== "rgb(255, 0, 0)",
    "text-align start": ["start", "left"].includes(cs(".lss-intro")?.textAlign),
    "box-sizing border-box": cs(".lss-card")?.boxSizing === "border-box",
  };
  const lookalike = getComputedStyle(document.getElementById("host-card"));
  result["no leak onto host .lss-card"] = lookalike.paddingTop === "7px" || lookalike.borderLeftWidth !== "6px";
  return result;
}

const server = await serve({ pages: dir });
const browser = await launch();
try {
  const page = await browser.newPage({ viewport: { width: 800, height: 900 } });
  await page.goto(`${server.url}/test/shadow.html${QUERY}`);
  await page.locator("#w select").waitFor();
  await page.locator("#w2 input[type=radio]").first().waitFor();
  await page.locator("#w2 [data-scheme]").first().waitFor();
  const shadow = await page.evaluate(`(${checks})(["w", "w2"].map((id) => document.getElementById(id).shadowRoot))`);
  const markup = await page.evaluate(() =>
    ["w", "w2"].map((id) => document.getElementById(id).shadowRoot.querySelector(".lss-host").innerHTML),
  );
  fs.writeFileSync(
    path.join(dir, "scoped.html"),
    `<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="hostile.css">
    <link rel="stylesheet" href="../live-scheme-selector.css"></head>
    <body>${LOOKALIKES}<div id="w">${markup[0]}</div><div id="w2">${markup[1]}</div></body></html>`,
  );
  await page.goto(`${server.url}/test/scoped.html`);
  const scoped = await page.evaluate(`(${checks})([document.getElementById("w"), document.getElementById("w2")])`);
  console.log("check                          shadow root   scoped light DOM");
  for (const name of Object.keys(shadow)) {
    console.log(`${name.padEnd(30)} ${String(shadow[name]).padEnd(13)} ${scoped[name]}`);
  }
  const count = (r) => Object.values(r).filter(Boolean).length;
  const total = Object.keys(shadow).length;
  console.log(`passed                         ${count(shadow)}/${total}          ${count(scoped)}/${total}`);
} finally {
  await browser.close();
  await server.close();
  fs.rmSync(dir, { recursive: true, force: true });
}
