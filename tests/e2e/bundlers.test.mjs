// The npm package inside the apps that embed it: `npm pack`'s tarball installed offline into a
// fresh project, an app built from it by Vite, by webpack 5 and by esbuild with nothing beyond
// the README's recipe for each (none for Vite and webpack; the files copied beside the bundle
// for esbuild), served as a host serves a build, under the strict CSP, in Chromium. In each:
// a <live-scheme-selector>, a marked element and a mount()ed widget run styled (computed
// style, from the stylesheet the module carries) and send their events, with no request that
// fails; with WebAssembly removed every element shows the rules, each language's page fetched
// once. And Vite's app with its files pointed at a wrong folder, which its host answers with
// the app's own index.html: the fallback shows none of it and fetches each page once.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { run } from "./lib/run.mjs";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";
import { build as vite } from "vite";
import webpack from "webpack";
import { DIST } from "./server.mjs";
import { launch } from "./browser.mjs";
import { openPage, consoleErrors, cspMessages } from "./lib/harness.mjs";
import { serveFolder } from "./lib/static.mjs";
import { clickLabel, selectCategory } from "./lib/widget.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const NAME = "live-scheme-selector";
// Inside the repository, so that the apps' builds resolve the bundlers and their own
// dependencies from the project's node_modules, as an app's own would.
const SCRATCH = path.join(ROOT, "target", `e2e-bundlers-${process.pid}`);
// What the README tells an esbuild or rollup user to copy beside the bundle.
const COPIED = ["lss_bg.wasm", "live-scheme-selector.css", "overview.zh-CN.html", "overview.en.html"];

// The app: two elements in English, a marked element in Chinese, and a widget it mounts itself.
const MAIN = `import { ready, mount, configure } from "${NAME}";

const log = (window.appLog = { events: [], ready: null, error: null });
// A test's way to point the module at a folder of its own: ?base=/somewhere/.
const base = new URLSearchParams(location.search).get("base");
if (base) configure({ base });
document.addEventListener("live-scheme-change", (event) => {
  log.events.push({ from: event.target.id, input: event.detail.input });
});
ready.then(
  () => {
    mount(document.getElementById("manual"), { lang: "en", syncUrl: false, scenario: "ecommerce", subject: "enterprise" });
    log.ready = true;
  },
  (error) => {
    log.ready = false;
    log.error = String(error && error.message);
  },
);
`;

const page = (script) => `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>An app</title></head>
<body>
  <main>
    <live-scheme-selector id="element" lang="en" sync-url="false" scenario="ecommerce"><p>element fallback</p></live-scheme-selector>
    <live-scheme-selector id="second" lang="en" sync-url="false"><p>second fallback</p></live-scheme-selector>
    <div id="marked" data-live-scheme-selector data-lang="zh-CN" data-sync-url="false"><p>marked fallback</p></div>
    <div id="manual"><p>manual fallback</p></div>
  </main>
  ${script}
</body>
</html>
`;

const HOSTS = ["element", "second", "marked", "manual"];
const RULES_HOSTS = ["element", "second", "marked"];

const apps = {
  Vite: { dir: "vite", out: "vite/dist", spa: true },
  "webpack 5": { dir: "webpack", out: "webpack/dist" },
  esbuild: { dir: "esbuild", out: "esbuild/dist" },
};
let browser = null;
const built = {};


const at = (...parts) => path.join(SCRATCH, ...parts);

async function buildVite() {
  fs.mkdirSync(at("vite"));
  fs.writeFileSync(at("vite", "main.js"), MAIN);
  fs.writeFileSync(at("vite", "index.html"), page('<script type="module" src="./main.js"></script>'));
  await vite({ root: at("vite"), configFile: false, logLevel: "silent", build: { outDir: "dist", emptyOutDir: true } });
}

async function buildWebpack() {
  fs.mkdirSync(at("webpack", "src"), { recursive: true });
  fs.writeFileSync(at("webpack", "src", "index.js"), MAIN);
  const compiler = webpack({ mode: "production", context: at("webpack"), output: { path: at("webpack", "dist") } });
  const stats = await new Promise((resolve, reject) => compiler.run((error, stats) => (error ? reject(error) : resolve(stats))));
  await new Promise((resolve) => compiler.close(resolve));
  if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));
  fs.writeFileSync(at("webpack", "dist", "index.html"), page('<script defer src="main.js"></script>'));
}

async function buildEsbuild() {
  fs.mkdirSync(at("esbuild"));
  fs.writeFileSync(at("esbuild", "main.js"), MAIN);
  const outdir = at("esbuild", "dist");
  await esbuild.build({
    entryPoints: [at("esbuild", "main.js")],
    absWorkingDir: SCRATCH,
    bundle: true,
    splitting: true,
    format: "esm",
    outdir,
    logLevel: "silent",
  });
  const installed = at("node_modules", NAME);
  for (const file of COPIED) fs.copyFileSync(path.join(installed, file), path.join(outdir, file));
  fs.writeFileSync(path.join(outdir, "index.html"), page('<script type="module" src="main.js"></script>'));
}

before(async () => {
  if (!fs.existsSync(path.join(DIST, "package.json"))) {
    throw new Error(`${DIST}/package.json is missing: build the widget first (trunk build --release).`);
  }
  fs.rmSync(SCRATCH, { recursive: true, force: true });
  fs.mkdirSync(SCRATCH, { recursive: true });
  const packed = JSON.parse(run("npm", ["pack", DIST, "--json", "--pack-destination", SCRATCH], SCRATCH));
  fs.writeFileSync(at("package.json"), JSON.stringify({ name: "an-app", private: true, type: "module" }));
  run("npm", ["install", "--offline", "--no-audit", "--no-fund", at(packed[0].filename)], SCRATCH);
  const timings = [];
  for (const [name, build] of [["Vite", buildVite], ["webpack 5", buildWebpack], ["esbuild", buildEsbuild]]) {
    const started = performance.now();
    await build();
    timings.push(`${name} ${((performance.now() - started) / 1000).toFixed(1)} s`);
    built[name] = await serveFolder(at(apps[name].out), { spa: apps[name].spa });
  }
  console.log(`bundlers: built ${timings.join(", ")}`);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  for (const server of Object.values(built)) await server.close();
  fs.rmSync(SCRATCH, { recursive: true, force: true });
});

/** What a host's shadow root shows and how it is styled. */
function looks(page, ids) {
  return page.evaluate(
    (ids) =>
      ids.map((id) => {
        const host = document.getElementById(id);
        const root = host.shadowRoot;
        const lss = root?.querySelector(".lss");
        const style = lss && getComputedStyle(lss);
        return {
          id,
          lang: lss?.getAttribute("lang") ?? null,
          display: getComputedStyle(host).display,
          boxSizing: style?.boxSizing ?? null,
          themed: Boolean(style?.getPropertyValue("--_fg").trim()),
          adopted: root?.adoptedStyleSheets.length ?? 0,
          linked: root?.querySelectorAll('link[rel="stylesheet"]').length ?? 0,
          rules: Boolean(root?.querySelector("[data-lss-rules] table.lss-rules")),
          widgetsInside: root?.querySelectorAll(`live-scheme-selector, [data-live-scheme-selector]`).length ?? 0,
        };
      }),
    ids,
  );
}

const failed = (server) => server.requests.filter((r) => r.status >= 400).map((r) => `${r.status} ${r.path}`);

/** The rules pages fetched, by language (from what the server sent), whatever the bundler named them. */
function rulesFetched(server, root) {
  const counts = {};
  for (const r of server.requests) {
    const file = path.join(root, r.path);
    if (!r.path.endsWith(".html") || !fs.existsSync(file)) continue;
    const text = fs.readFileSync(file, "utf8");
    const lang = text.match(/^<div lang="?(en|zh-CN)"? class="?lss"?>/)?.[1];
    if (lang) counts[lang] = (counts[lang] ?? 0) + 1;
  }
  return counts;
}

for (const name of Object.keys(apps)) {
  test(`${name}: the element, a marked element and mount() run styled and send their events, nothing fails to load`, async () => {
    const server = built[name];
    server.requests.length = 0;
    const { context, page, log } = await openPage({ browser });
    try {
      await page.goto(`${server.url}/`);
      for (const id of HOSTS) await page.locator(`#${id}[data-mounted]`).waitFor({ state: "attached" });
      assert.equal(await page.evaluate(() => window.appLog.ready), true);
      const seen = await looks(page, HOSTS);
      for (const host of seen) {
        // Styled: the stylesheet's rules apply (`:host` makes the element a block, `.lss` sets
        // its own box and theme), from the stylesheet adopted, never from a file.
        assert.deepEqual(
          { id: host.id, display: host.display, boxSizing: host.boxSizing, themed: host.themed, adopted: host.adopted, linked: host.linked },
          { id: host.id, display: "block", boxSizing: "border-box", themed: true, adopted: 1, linked: 0 },
        );
      }
      assert.deepEqual(
        seen.map((h) => [h.id, h.lang]),
        [["element", "en"], ["second", "en"], ["marked", "zh-CN"], ["manual", "en"]],
      );

      // A tap in the element and a choice in the mounted widget reach the page's listener.
      await clickLabel(page.locator("#element"), "subject", "enterprise");
      await selectCategory(page.locator("#manual"), "social-live");
      await page.waitForFunction(() => {
        const events = window.appLog.events;
        return (
          events.some((e) => e.from === "element" && e.input.subject === "enterprise") &&
          events.some((e) => e.from === "manual" && e.input.category === "social-live")
        );
      });
      await page.locator('#manual [data-scheme="standard-live"][data-status="available"]').waitFor();

      assert.deepEqual(failed(server), [], "every request answered");
      assert.deepEqual(
        server.requests.filter((r) => r.path.endsWith(".css")).map((r) => r.path),
        [],
        "the stylesheet file is never fetched: its text comes with the module",
      );
      assert.ok(server.requests.some((r) => r.path.endsWith(".wasm")), "the wasm came from the build");
      assert.deepEqual(log.errors, [], "no page error");
      assert.deepEqual(consoleErrors(log), [], "no console error");
      assert.deepEqual(cspMessages(log), [], "no CSP violation");
    } finally {
      await context.close();
    }
  });

  test(`${name}: without WebAssembly every element shows the rules, each language's page fetched once`, async () => {
    const server = built[name];
    server.requests.length = 0;
    const { context, page, log } = await openPage({ browser });
    try {
      await context.addInitScript(() => {
        delete globalThis.WebAssembly;
      });
      await page.goto(`${server.url}/`);
      for (const id of RULES_HOSTS) await page.locator(`#${id} [data-lss-rules] table.lss-rules`).waitFor();
      await page.waitForFunction(() => window.appLog.ready === false);
      // Time for a loop to show itself, if there were one.
      await page.waitForTimeout(1000);
      const seen = await looks(page, RULES_HOSTS);
      for (const host of seen) {
        assert.deepEqual(
          { id: host.id, rules: host.rules, widgetsInside: host.widgetsInside, display: host.display, themed: host.themed },
          { id: host.id, rules: true, widgetsInside: 0, display: "block", themed: true },
        );
      }
      assert.ok(await page.locator('#element [data-notice="needs-newer-browser"]').isVisible());
      assert.deepEqual(rulesFetched(server, at(apps[name].out)), { en: 1, "zh-CN": 1 });
      assert.ok(!server.requests.some((r) => r.path.endsWith(".wasm")), "the wasm is not even fetched");
      assert.equal(await page.locator("#manual").evaluate((el) => el.shadowRoot), null, "mount() was never reached");
      assert.deepEqual(failed(server), [], "every request answered");
      assert.deepEqual(log.errors, [], "no page error");
      assert.deepEqual(cspMessages(log), [], "no CSP violation");
    } finally {
      await context.close();
    }
  });
}

test("Vite: files looked for where the host answers with the app's index.html: none of it shown, each page fetched once", async () => {
  const server = built.Vite;
  server.requests.length = 0;
  const { context, page, log } = await openPage({ browser });
  try {
    await page.goto(`${server.url}/?base=/nowhere/`);
    await page.waitForFunction(() => window.appLog.ready === false);
    await page.waitForTimeout(1500);
    const fetched = server.requests.map((r) => r.path).filter((p) => p.startsWith("/nowhere/"));
    assert.deepEqual(fetched.sort(), ["/nowhere/lss_bg.wasm", "/nowhere/overview.en.html", "/nowhere/overview.zh-CN.html"]);
    const seen = await looks(page, RULES_HOSTS);
    for (const host of seen) {
      assert.deepEqual({ id: host.id, rules: host.rules, widgetsInside: host.widgetsInside }, { id: host.id, rules: false, widgetsInside: 0 });
    }
    // Each element shows its own content instead of a form that would answer nothing.
    for (const id of RULES_HOSTS) {
      assert.ok(await page.locator(`#${id} > p`).isVisible(), `#${id}'s own content`);
      assert.equal(await page.locator(`#${id} .lss-host`).count(), 0, `#${id} shows no painted form`);
    }
    assert.equal(await page.locator("live-scheme-selector").count(), 2, "no widget was inserted anywhere");
    assert.deepEqual(log.errors, [], "no page error");
  } finally {
    await context.close();
  }
});
