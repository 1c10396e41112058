// The core flows in the three engines the widget meets (Chromium; Firefox; WebKit, which every
// iPhone's WeChat uses): a deep link for every scenario, each showing the cards decide() gives
// in that same browser; one flow tapped with a real pointer; and a browser without WebAssembly,
// shown every rule with each language's page fetched once. Each engine's results are printed
// beside Chromium's, and every engine must pass what Chromium passes.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { serve, DIST } from "./server.mjs";
import { start, ENGINES } from "./lib/drivers.mjs";

// One complete set of answers per scenario, each with the content or category its table asks.
const LINKS = [
  { scenario: "government", subject: "government", category: "none" },
  { scenario: "ecommerce", subject: "enterprise", category: "social-live" },
  { scenario: "education", subject: "enterprise", category: "education-online-video-course" },
  { scenario: "finance", content: "finance-training", subject: "enterprise", category: "finance-bank" },
  { scenario: "medical", content: "medical-consultation", subject: "enterprise", category: "medical-internet-hospital" },
  { scenario: "entertainment", subject: "enterprise", category: "social-live" },
  { scenario: "offline-event", subject: "enterprise", category: "none" },
  { scenario: "scenic-spot", subject: "enterprise", category: "unsure" },
  { scenario: "car-presale", subject: "enterprise", category: "auto-presale" },
  { scenario: "video-support", subject: "enterprise", category: "tools-video-support" },
];

let server = null;
const drivers = {};
// results[flow][engine] = { ok, ms, detail }
const results = {};

before(async () => {
  if (!fs.existsSync(path.join(DIST, "lss_bg.wasm"))) {
    throw new Error(`${DIST}/lss_bg.wasm is missing: build the widget first (trunk build --release).`);
  }
  server = await serve();
});

after(async () => {
  for (const driver of Object.values(drivers)) await driver.close().catch(() => {});
  await server?.close();
  const flows = Object.keys(results);
  if (!flows.length) return;
  const head = ENGINES.map((e) => `${e} ${drivers[e]?.version ?? ""}`.trim());
  const rows = [["flow", ...head]];
  for (const flow of flows) {
    rows.push([flow, ...ENGINES.map((e) => {
      const r = results[flow][e];
      return r ? `${r.ok ? "ok" : "FAIL"} ${(r.ms / 1000).toFixed(1)} s` : "not run";
    })]);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  console.log("cross-browser results:");
  for (const row of rows) console.log(`  ${row.map((cell, i) => cell.padEnd(widths[i])).join("   ")}`);
  // What each deep link showed, beside Chromium's.
  const links = results["deep links"];
  if (links?.chromium?.detail) {
    console.log("cross-browser deep links (cards as scheme:status, * recommended):");
    for (const [i, link] of LINKS.entries()) {
      const shown = ENGINES.map((e) => links[e]?.detail?.[i]);
      const chromium = shown[0];
      console.log(
        `  ${link.scenario.padEnd(14)} chromium ${chromium ?? "-"}; ` +
          ENGINES.slice(1)
            .map((e, j) => `${e} ${shown[j + 1] === undefined ? "-" : shown[j + 1] === chromium ? "same" : shown[j + 1]}`)
            .join("; "),
      );
    }
  }
});

/** Runs one flow in one engine, recording whether it passed and how long it took. */
async function flow(name, engine, body) {
  results[name] ??= {};
  const started = performance.now();
  const record = { ok: false, ms: 0, detail: null };
  results[name][engine] = record;
  drivers[engine] ??= await start(engine);
  const page = await drivers[engine].newPage();
  try {
    record.detail = await body(page);
    record.ok = true;
  } finally {
    record.ms = performance.now() - started;
    await page.close().catch(() => {});
  }
}

// Run in the page; plain functions, whose source every driver can send. Each waits by polling,
// as every engine can.
const inPage = {
  cards: async function cards(input) {
    const until = async (ok, what) => {
      const started = Date.now();
      while (!ok()) {
        if (Date.now() - started > 20000) throw new Error(`timed out waiting for ${what}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    };
    const host = document.querySelector("[data-live-scheme-selector]");
    await until(() => host.hasAttribute("data-mounted") && host.shadowRoot.querySelector("li.lss-card[data-scheme]"), "the cards");
    const { decide } = await import("/live-scheme-selector.js");
    const decision = decide(input);
    const card = (scheme, status, recommended) => `${scheme}:${status}${recommended ? "*" : ""}`;
    return {
      shown: [...host.shadowRoot.querySelectorAll("li.lss-card[data-scheme]")]
        .map((c) => card(c.dataset.scheme, c.dataset.status, c.dataset.recommended === "true"))
        .sort(),
      decided: decision.schemes.map((s) => card(s.scheme, s.status, s.scheme === decision.recommended)).sort(),
      lang: host.shadowRoot.querySelector(".lss").getAttribute("lang"),
      blocked: decision.blocked,
    };
  },
  label: async function label({ question, value }) {
    const started = Date.now();
    const host = document.querySelector("[data-live-scheme-selector]");
    for (;;) {
      const input =
        host.hasAttribute("data-mounted") &&
        host.shadowRoot.querySelector(`fieldset.lss-question[data-question="${question}"] input[type=radio][value="${value}"]`);
      if (input) {
        const label = input.labels[0];
        label.scrollIntoView({ block: "center" });
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        const box = label.getBoundingClientRect();
        return { x: box.left + Math.min(box.width / 2, 40), y: box.top + box.height / 2 };
      }
      if (Date.now() - started > 20000) throw new Error(`no ${question} question with ${value}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  },
};

for (const engine of ENGINES) {
  test(`${engine}: a deep link for every scenario shows the cards decide() gives`, async () => {
    await flow("deep links", engine, async (page) => {
      const shown = [];
      for (const link of LINKS) {
        const query = new URLSearchParams({ lang: "en", ...link });
        await page.goto(`${server.url}/?${query}`);
        const { content = null, ...rest } = link;
        const got = await page.run(inPage.cards, { ...rest, content });
        assert.equal(got.lang, "en", `${link.scenario}: the link's language`);
        assert.ok(got.shown.length > 0, `${link.scenario}: cards shown`);
        assert.deepEqual(got.shown, got.decided, `${link.scenario}: the cards are the decision`);
        shown.push(got.shown.join(" "));
      }
      // Every engine shows what Chromium shows.
      const chromium = results["deep links"].chromium?.detail;
      if (engine !== "chromium" && chromium) assert.deepEqual(shown, chromium);
      return shown;
    });
  });

  test(`${engine}: a visitor taps through the questions to the result`, async () => {
    await flow("tapped flow", engine, async (page) => {
      await page.goto(`${server.url}/`);
      await page.run(() => {
        window.heard = [];
        document.addEventListener("live-scheme-change", (event) => window.heard.push(event.detail.input));
      });
      for (const [question, value] of [
        ["scenario", "ecommerce"],
        ["subject", "enterprise"],
      ]) {
        const { x, y } = await page.run(inPage.label, { question, value });
        await page.click(x, y);
      }
      const outcome = await page.run(async () => {
        const host = document.querySelector("[data-live-scheme-selector]");
        const root = host.shadowRoot;
        const until = async (ok, what) => {
          const started = Date.now();
          while (!ok()) {
            if (Date.now() - started > 20000) throw new Error(`timed out waiting for ${what}`);
            await new Promise((resolve) => setTimeout(resolve, 50));
          }
        };
        await until(() => root.querySelector('.lss-question[data-question="category"] select'), "the category question");
        const select = root.querySelector('.lss-question[data-question="category"] select');
        select.value = "social-live";
        select.dispatchEvent(new Event("input", { bubbles: true }));
        select.dispatchEvent(new Event("change", { bubbles: true }));
        await until(() => root.querySelector('[data-scheme="standard-live"][data-status="available"]'), "standard-live available");
        await until(() => new URLSearchParams(location.search).get("category") === "social-live", "the address");
        await until(() => window.heard.length >= 3, "three change events");
        const params = Object.fromEntries(new URLSearchParams(location.search));
        return { params, heard: window.heard.map((i) => [i.scenario, i.subject, i.category]) };
      });
      assert.deepEqual(outcome.params, { lang: "zh-CN", scenario: "ecommerce", subject: "enterprise", category: "social-live" });
      assert.deepEqual(outcome.heard.at(-1), ["ecommerce", "enterprise", "social-live"]);
      return outcome.heard.length;
    });
  });

  test(`${engine}: without WebAssembly every rule is shown, each language's page fetched once`, async () => {
    await flow("no-wasm rules", engine, async (page) => {
      await page.goto(`${server.url}/test/no-wasm.html`);
      const got = await page.run(async () => {
        const ids = ["zh", "en", "en-marked"];
        const started = Date.now();
        const shown = () => ids.every((id) => document.getElementById(id).shadowRoot?.querySelector("table.lss-rules"));
        while (!shown()) {
          if (Date.now() - started > 20000) throw new Error("timed out waiting for the rules");
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        // Time for a second fetch to show itself, if there were one.
        await new Promise((resolve) => setTimeout(resolve, 500));
        const fetched = {};
        for (const entry of performance.getEntriesByType("resource")) {
          const file = new URL(entry.name).pathname.split("/").pop();
          fetched[file] = (fetched[file] ?? 0) + 1;
        }
        return {
          langs: ids.map((id) => document.getElementById(id).shadowRoot.querySelector(".lss").getAttribute("lang")),
          notices: ids.map((id) => Boolean(document.getElementById(id).shadowRoot.querySelector('[data-notice="needs-newer-browser"]'))),
          widgetsInside: ids.map((id) => document.getElementById(id).shadowRoot.querySelectorAll("live-scheme-selector, [data-live-scheme-selector]").length),
          overviews: [fetched["overview.en.html"] ?? 0, fetched["overview.zh-CN.html"] ?? 0],
          wasm: fetched["lss_bg.wasm"] ?? 0,
        };
      });
      assert.deepEqual(got, {
        langs: ["zh-CN", "en", "en"],
        notices: [true, true, true],
        widgetsInside: [0, 0, 0],
        overviews: [1, 1],
        wasm: 0,
      });
      return got.overviews.join("/");
    });
  });
}
