// Prints what a visitor downloads, how soon the widget's form is painted and usable, and how fast
// it answers, and checks the budgets: brotli total <= 120 KB; first form control painted within
// 1.5x the time of a static HTML page with the same form; category change to updated cards
// <= 16 ms at 4x CPU throttling. Run by scripts/bench.sh after a release build.
// BENCH_LOADS (default 21) and BENCH_CLICKS (default 41) shorten a quick run.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { serve, DIST } from "../tests/e2e/server.mjs";
import { launch } from "../tests/e2e/browser.mjs";
import { PAINT, INTERACTIVE, MOUNTED_HOST } from "./probes.mjs";
import { median, quantile, check, exitCode, count } from "./budget.mjs";
import { downloads, BROTLI_BUDGET_KB } from "./sizes.mjs";

const LOADS = count("BENCH_LOADS", 21);
const CLICKS = count("BENCH_CLICKS", 41);
const BUDGET = { brotliKB: BROTLI_BUDGET_KB, paintRatio: 1.5, interactionMs: 16 };
// The interactive measurement starts with the category question open.
const OPEN_CATEGORY = "?scenario=ecommerce&subject=enterprise";

// Decimal kilobytes: the stricter reading of the budget.
const kb = (n) => (n / 1000).toFixed(1);
const ms = (x) => x.toFixed(1).padStart(7);

// 1. Sizes of every file the demo page downloads (scripts/sizes.mjs).
async function sizes(browser, url) {
  console.log("\n1. What a visitor downloads (bytes)");
  const { total } = await downloads(browser, url, console.log);
  check(total / 1000 <= BUDGET.brotliKB, `1. brotli total ${kb(total)} KB <= ${BUDGET.brotliKB} KB`);
}

// The same form as static HTML: the demo page with the mounted widget's markup in place of the
// host element, its stylesheet linked, no script and no preloads.
async function writeStaticPage(browser, url, dir) {
  const page = await browser.newPage();
  await page.goto(url);
  await page.locator(MOUNTED_HOST).first().waitFor({ state: "attached" });
  const markup = await page.evaluate((selector) => {
    const root = document.querySelector(selector).shadowRoot;
    const inner = root.querySelector(".lss-host") || root;
    const copy = document.createElement("div");
    copy.innerHTML = inner.innerHTML;
    copy.querySelectorAll("style, script, link, template").forEach((el) => el.remove());
    return copy.innerHTML;
  }, MOUNTED_HOST);
  await page.close();
  const demo = fs.readFileSync(path.join(DIST, "index.html"), "utf8");
  const host = /<(div[^>]*data-live-scheme-selector[^>]*|live-scheme-selector[^>]*)>[\s\S]*?(<\/main>)/;
  if (!host.test(demo)) throw new Error("static page: no widget host in dist/index.html");
  // The page sits under /test/: a base makes its links the demo page's files. The built page is
  // minified and has no <head> tag, so the base goes right after <html>.
  const html = demo
    .replace(/<html\b[^>]*>/i, (tag) => `${tag}<base href="/">`)
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, "")
    .replace(/<link[^>]*(modulepreload|preload)[^>]*>/g, "")
    .replace("</head>", '<link rel="stylesheet" href="live-scheme-selector.css"></head>')
    .replace(host, `<div class="static-widget">${markup}</div>$2`);
  if (!/<(input|select)\b/.test(html)) throw new Error("static page: the copied markup has no form control");
  if (!html.includes('<base href="/">')) throw new Error("static page: no <html> tag to put its base after");
  fs.writeFileSync(path.join(dir, "static.html"), html);
}

// The baseline is only a baseline if it loads what the demo page loads: every file it asks for
// must arrive (a stylesheet that 404s would make it an unstyled, faster page).
async function checkStaticPage(browser, url) {
  const page = await browser.newPage();
  const failed = [];
  page.on("response", (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
  page.on("requestfailed", (r) => failed.push(`failed ${r.url()}`));
  await page.goto(url, { waitUntil: "load" });
  const sheets = await page.evaluate(() => [...document.styleSheets].filter((s) => s.cssRules.length > 0).length);
  await page.close();
  if (failed.length) throw new Error(`static page: ${failed.join(", ")}`);
  if (sheets < 2) throw new Error(`static page: ${sheets} stylesheet(s) applied, expected the demo page's and the widget's`);
}

// One load in a fresh context; resolves to the page's `window.__lss` (see probes.mjs).
async function load(browser, url, scripts, done) {
  const context = await browser.newContext();
  for (const s of scripts) await context.addInitScript(s);
  const page = await context.newPage();
  try {
    await page.goto(url);
    await page.waitForFunction(done, null, { timeout: 30_000 });
    const result = await page.evaluate(() => ({
      ...window.__lss,
      fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN,
    }));
    if (result.error) throw new Error(`${url}: ${result.error}`);
    return result;
  } finally {
    await context.close();
  }
}

// Also waits for the page's first-contentful-paint entry, which Chromium records on presentation.
const painted = (browser, url) =>
  load(browser, url, [PAINT], () => window.__lss.painted !== null && performance.getEntriesByName("first-contentful-paint").length > 0);
const interactive = (browser, url) =>
  load(browser, url, [PAINT, INTERACTIVE], () => window.__lss.interactive !== null || window.__lss.error !== null);

const line = (name, xs) =>
  console.log(`${name.padEnd(34)} ${ms(median(xs))} ${ms(quantile(xs, 0.1))} ${ms(quantile(xs, 0.9))}`);

// 2. Startup, alternating: the widget page, the static page, the widget page with the category
// question open (interactive). Each load in a fresh browser context.
async function startup(browser, base, staticUrl) {
  const widget = [];
  const plain = [];
  const open = [];
  await painted(browser, `${base}/`); // warm the server and the browser once, untimed
  await painted(browser, staticUrl);
  for (let i = 0; i < LOADS; i++) {
    widget.push(await painted(browser, `${base}/`));
    plain.push(await painted(browser, staticUrl));
    open.push(await interactive(browser, `${base}/${OPEN_CATEGORY}`));
  }
  const first = widget.map((w) => w.painted);
  const baseline = plain.map((p) => p.painted);
  console.log(`\n2. Startup from navigation start (ms), ${LOADS} loads of each page in fresh contexts, alternating`);
  console.log(`${"".padEnd(34)}  median     p10     p90`);
  console.log("a. first form control painted");
  line("   widget (demo page)", first);
  line("   static HTML, same form", baseline);
  line("   (widget: control in the DOM)", widget.map((w) => w.present));
  line("   (static: control in the DOM)", plain.map((p) => p.present));
  line("   (widget: page's FCP)", widget.map((w) => w.fcp));
  line("   (static: page's FCP)", plain.map((p) => p.fcp));
  const paintRatio = median(first.map((w, i) => w / baseline[i]));
  console.log(`   median of per-pair ratios, widget / static: ${paintRatio.toFixed(2)}`);
  console.log(`b. interactive: ${OPEN_CATEGORY}, widget mounted, category 'social-live' chosen, cards updated`);
  line("   widget mounted (data-mounted)", open.map((o) => o.mounted));
  line("   cards updated", open.map((o) => o.interactive));
  const readyRatio = median(open.map((o, i) => o.interactive / baseline[i]));
  console.log(`   median of per-pair ratios, interactive / static first control: ${readyRatio.toFixed(2)} (no budget)`);
  check(paintRatio <= BUDGET.paintRatio, `2a. first control painted, widget / static ${paintRatio.toFixed(2)} <= ${BUDGET.paintRatio}`);
}

// 3. A category change to updated cards, with the CPU throttled 4x.
async function interaction(browser, base) {
  const context = await browser.newContext();
  const page = await context.newPage();
  // The category question open, as a customer browsing the categories with the arrow keys has
  // it: each change updates the cards and the question stays open.
  await page.goto(`${base}/?scenario=ecommerce&subject=enterprise`);
  await page.locator(MOUNTED_HOST).first().waitFor({ state: "attached" });
  await page.waitForFunction((sel) => document.querySelector(sel).shadowRoot.querySelector("[data-scheme=standard-live]"), MOUNTED_HOST);
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  const times = await page.evaluate(
    async ([n, selector]) => {
      const root = document.querySelector(selector).shadowRoot;
      const select = [...root.querySelectorAll("select")].find((el) => [...el.options].some((o) => o.value === "social-live"));
      const out = [];
      for (let i = 0; i < n; i++) {
        const [category, expected] = i % 2 ? ["ecommerce-platform", "unavailable"] : ["social-live", "available"];
        const updated = new Promise((resolve) => {
          const obs = new MutationObserver(() => {
            const card = root.querySelector('[data-scheme="standard-live"]');
            if (card && card.getAttribute("data-status") === expected) {
              obs.disconnect();
              resolve(performance.now());
            }
          });
          obs.observe(root, { subtree: true, childList: true, attributes: true });
        });
        const start = performance.now();
        select.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowDown", bubbles: true }));
        select.value = category;
        select.dispatchEvent(new Event("change", { bubbles: true }));
        out.push((await updated) - start);
        await new Promise((r) => setTimeout(r, 30));
      }
      return out;
    },
    [CLICKS, MOUNTED_HOST],
  );
  await context.close();
  const m = median(times);
  console.log(`\n3. Interaction at 4x CPU throttling: category change to updated cards, ${CLICKS} changes`);
  console.log(`median ${m.toFixed(2)} ms (p10 ${quantile(times, 0.1).toFixed(2)}, p90 ${quantile(times, 0.9).toFixed(2)})`);
  check(m <= BUDGET.interactionMs, `3. interaction ${m.toFixed(2)} ms <= ${BUDGET.interactionMs} ms`);
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lss-bench-"));
const server = await serve({ pages: dir });
const browser = await launch();
try {
  console.log(`machine: ${os.cpus().length} x ${os.cpus()[0].model}, ${os.platform()} ${os.release()}, Chromium ${browser.version()}`);
  await sizes(browser, `${server.url}/`);
  await writeStaticPage(browser, `${server.url}/`, dir);
  await checkStaticPage(browser, `${server.url}/test/static.html`);
  await startup(browser, server.url, `${server.url}/test/static.html`);
  await interaction(browser, server.url);
} finally {
  await browser.close();
  await server.close();
  fs.rmSync(dir, { recursive: true, force: true });
}
process.exitCode = exitCode();
