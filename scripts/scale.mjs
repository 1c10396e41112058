// 7. Scale: a page holding 100 widgets, each answering on its own. Prints how long a category
// change in one of them takes to update its cards (no throttling; budget <= 50 ms, median), and
// the wasm memory before and after 1,000 mount()/destroy() cycles in one task (budget: flat,
// at most one 64 KiB page of growth). BENCH_CLICKS shortens a quick run.
import { serve } from "../tests/e2e/server.mjs";
import { launch } from "../tests/e2e/browser.mjs";
import { memory, KIB } from "../tests/e2e/lib/memory.mjs";
import { median, quantile, check, exitCode, count } from "./budget.mjs";

const WIDGETS = 100;
const CYCLES = 1000;
const CHANGES = count("BENCH_CLICKS", 41);
const BUDGET = { tapMs: 50, wasmGrowthKiB: 64 };

const server = await serve();
const browser = await launch();
try {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.url}/test/api.html`);
  await page.locator("body[data-api=ready]").waitFor();
  const cdp = await context.newCDPSession(page);

  const times = await page.evaluate(
    async ([widgets, changes]) => {
      const { ready, mount } = await import("/live-scheme-selector.js");
      await ready;
      const hosts = [];
      for (let i = 0; i < widgets; i++) {
        const host = document.body.appendChild(document.createElement("div"));
        mount(host, { syncUrl: false, scenario: "ecommerce", subject: "enterprise" });
        hosts.push(host);
      }
      const settled = () => hosts.every((h) => h.shadowRoot?.querySelector('[data-scheme="standard-live"]'));
      while (!settled()) await new Promise((r) => setTimeout(r, 20));
      const out = [];
      for (let i = 0; i < changes; i++) {
        // A different widget each time, from all over the page.
        const root = hosts[(i * 37) % widgets].shadowRoot;
        const select = [...root.querySelectorAll("select")].find((el) => [...el.options].some((o) => o.value === "social-live"));
        const category = select.value === "social-live" ? "ecommerce-platform" : "social-live";
        const expected = category === "social-live" ? "available" : "unavailable";
        const updated = new Promise((resolve) => {
          const obs = new MutationObserver(() => {
            if (root.querySelector('[data-scheme="standard-live"]')?.getAttribute("data-status") === expected) {
              obs.disconnect();
              resolve(performance.now());
            }
          });
          obs.observe(root, { subtree: true, childList: true, attributes: true });
        });
        const start = performance.now();
        select.value = category;
        select.dispatchEvent(new Event("change", { bubbles: true }));
        out.push((await updated) - start);
        await new Promise((r) => setTimeout(r, 30));
      }
      return out;
    },
    [WIDGETS, CHANGES],
  );
  const m = median(times);
  console.log(`\n7. Scale: ${WIDGETS} widgets on one page, a category change in one of them to its updated cards, ${CHANGES} changes`);
  console.log(`median ${m.toFixed(2)} ms (p10 ${quantile(times, 0.1).toFixed(2)}, p90 ${quantile(times, 0.9).toFixed(2)})`);
  check(m <= BUDGET.tapMs, `7. ${WIDGETS} widgets: a change answered in ${m.toFixed(2)} ms <= ${BUDGET.tapMs} ms`);

  const before = await memory(page, cdp);
  await page.evaluate(async (cycles) => {
    const { mount } = await import("/live-scheme-selector.js");
    for (let i = 0; i < cycles; i++) {
      const host = document.body.appendChild(document.createElement("div"));
      mount(host, { syncUrl: false, scenario: "finance", subject: "enterprise" }).destroy();
      host.remove();
    }
    await new Promise((r) => setTimeout(r, 100));
  }, CYCLES);
  const after = await memory(page, cdp);
  const growth = (after.wasm - before.wasm) / KIB;
  console.log(`${CYCLES} mount()/destroy() cycles in one task: wasm memory ${before.wasm / KIB} -> ${after.wasm / KIB} KiB, DOM nodes ${before.nodes} -> ${after.nodes}`);
  check(growth <= BUDGET.wasmGrowthKiB, `7. ${CYCLES} cycles in one task: wasm memory grew ${growth} KiB <= ${BUDGET.wasmGrowthKiB} KiB`);
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
process.exitCode = exitCode();
