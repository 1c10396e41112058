// Prints what a visitor downloads and how fast the widget starts and answers, and checks the
// budgets: brotli total <= 90 KB, startup ratio <= 3.0, interaction <= 16 ms at 4x CPU
// throttling. Run by `make bench` after a release build; exits non-zero when a budget is missed.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { serve, DIST } from "../tests/e2e/server.mjs";
import { launch } from "../tests/e2e/browser.mjs";

const LOADS = Number(process.env.BENCH_LOADS || 21);
const CLICKS = Number(process.env.BENCH_CLICKS || 41);
const BUDGET = { brotliKB: 90, startupRatio: 3.0, interactionMs: 16 };

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const quantile = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];
// Decimal kilobytes: the stricter reading of the budget.
const kb = (n) => (n / 1000).toFixed(1);
let failed = false;
const check = (ok, text) => {
  console.log(`${ok ? "ok  " : "MISS"} ${text}`);
  failed ||= !ok;
};

// 1. Sizes of every file the demo page downloads (recorded from a real load).
async function sizes(browser, url) {
  const page = await browser.newPage();
  const files = new Set();
  page.on("requestfinished", (r) => files.add(new URL(r.url()).pathname.replace(/^\//, "") || "index.html"));
  await page.goto(url);
  await page.locator("[data-live-scheme-selector] input, [data-live-scheme-selector] select").first().waitFor();
  await page.close();
  console.log("\n1. What a visitor downloads (bytes)");
  console.log("file                          raw      gzip -9  brotli -q 11");
  let total = 0;
  for (const f of [...files].sort()) {
    const buf = fs.readFileSync(path.join(DIST, f));
    const gz = zlib.gzipSync(buf, { level: 9 }).length;
    const br = zlib.brotliCompressSync(buf, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    total += br;
    console.log(`${f.padEnd(28)} ${String(buf.length).padStart(8)} ${String(gz).padStart(9)} ${String(br).padStart(12)}`);
  }
  console.log(`brotli total: ${total} bytes = ${kb(total)} KB (${(total / 1024).toFixed(1)} KiB)`);
  check(total / 1000 <= BUDGET.brotliKB, `brotli total ${kb(total)} KB <= ${BUDGET.brotliKB} KB`);
}

// Records, from navigation start, when the first form control exists: in the document or in
// any shadow root the page attaches.
const FIRST_CONTROL = `(() => {
  window.__firstControl = null;
  const seen = (root) => root.querySelector && root.querySelector("input, select");
  const watch = (root) => {
    const obs = new MutationObserver(() => {
      if (window.__firstControl === null && seen(root)) {
        window.__firstControl = performance.now();
        obs.disconnect();
      }
    });
    obs.observe(root, { childList: true, subtree: true });
  };
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    watch(root);
    return root;
  };
  watch(document);
})();`;

async function firstControl(browser, url) {
  const context = await browser.newContext();
  await context.addInitScript(FIRST_CONTROL);
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => window.__firstControl !== null);
  const t = await page.evaluate(() => window.__firstControl);
  await context.close();
  return t;
}

// The same form as static HTML: the widget's rendered markup in the page, its stylesheet linked.
async function writeStaticPage(browser, url, dir) {
  const page = await browser.newPage();
  await page.goto(url);
  await page.locator("[data-live-scheme-selector] input, [data-live-scheme-selector] select").first().waitFor();
  const markup = await page.evaluate(() => {
    const host = document.querySelector("[data-live-scheme-selector]");
    return host.shadowRoot.querySelector(".lss-host").innerHTML;
  });
  await page.close();
  const demo = fs.readFileSync(path.join(DIST, "index.html"), "utf8");
  const html = demo
    .replace(/<script[^>]*live-scheme-selector\.js[^>]*><\/script>/, "")
    .replace(/<link[^>]*(modulepreload|preload)[^>]*>/g, "")
    .replace("</head>", '<link rel="stylesheet" href="../live-scheme-selector.css"></head>')
    .replace(/(<div[^>]*data-live-scheme-selector[^>]*>)[\s\S]*?(<\/main>)/, `<div class="static-widget">${markup}</div>$2`)
    .replace(/href=\.\/(demo\.css|favicon\.svg)/g, "href=../$1");
  fs.writeFileSync(path.join(dir, "static.html"), html);
}

async function startup(browser, url, staticUrl) {
  const widget = [];
  const plain = [];
  await firstControl(browser, url); // warm the server and the browser once, untimed
  for (let i = 0; i < LOADS; i++) {
    widget.push(await firstControl(browser, url));
    plain.push(await firstControl(browser, staticUrl));
  }
  const ratios = widget.map((w, i) => w / plain[i]);
  console.log(`\n2. Startup: navigation start to the first form control, ${LOADS} fresh contexts each, alternating`);
  const line = (name, xs) =>
    console.log(`${name.padEnd(12)} median ${median(xs).toFixed(1)} ms (p10 ${quantile(xs, 0.1).toFixed(1)}, p90 ${quantile(xs, 0.9).toFixed(1)})`);
  line("widget", widget);
  line("static HTML", plain);
  const ratio = median(ratios);
  console.log(`median ratio (widget / static, per pair) ${ratio.toFixed(2)}`);
  check(ratio <= BUDGET.startupRatio, `startup ratio ${ratio.toFixed(2)} <= ${BUDGET.startupRatio}`);
}

async function interaction(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  // The category question open, as a customer browsing the categories with the arrow keys has
  // it: each change updates the cards and the question stays open.
  await page.goto(`${url}?scenario=ecommerce&subject=enterprise`);
  await page.locator("[data-scheme=standard-live]").waitFor();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  const times = await page.evaluate(async (n) => {
    const root = document.querySelector("[data-live-scheme-selector]").shadowRoot;
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
      const select = root.querySelector('[data-question="category"] select');
      const start = performance.now();
      select.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowDown", bubbles: true }));
      select.value = category;
      select.dispatchEvent(new Event("change", { bubbles: true }));
      out.push((await updated) - start);
      await new Promise((r) => setTimeout(r, 30));
    }
    return out;
  }, CLICKS);
  await context.close();
  const m = median(times);
  console.log(`\n3. Interaction at 4x CPU throttling: category change to updated cards, ${CLICKS} changes`);
  console.log(`median ${m.toFixed(2)} ms (p10 ${quantile(times, 0.1).toFixed(2)}, p90 ${quantile(times, 0.9).toFixed(2)})`);
  check(m <= BUDGET.interactionMs, `interaction ${m.toFixed(2)} ms <= ${BUDGET.interactionMs} ms`);
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lss-bench-"));
const server = await serve({ pages: dir });
const browser = await launch();
try {
  console.log(`machine: ${os.cpus().length} x ${os.cpus()[0].model}, ${os.platform()} ${os.release()}`);
  await sizes(browser, `${server.url}/`);
  await writeStaticPage(browser, `${server.url}/`, dir);
  await startup(browser, `${server.url}/`, `${server.url}/test/static.html`);
  await interaction(browser, `${server.url}/`);
} finally {
  await browser.close();
  await server.close();
  fs.rmSync(dir, { recursive: true, force: true });
}
process.exitCode = failed ? 1 : 0;
