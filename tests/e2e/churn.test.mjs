// A widget that comes and goes must leave nothing behind: 1,000 mount()/destroy() cycles (also
// with destroy() in the same task, as React's StrictMode does, and all 1,000 in one task) and
// 1,000 connect/disconnect cycles of the element. Counted after a forced garbage collection, by
// Chromium's own metrics (DOM nodes and event listeners, including detached ones), the JS heap
// and the wasm memory.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useBrowser, openPage } from "./lib/harness.mjs";
import { memory, KIB } from "./lib/memory.mjs";

const env = useBrowser();
const CYCLES = 1000;
const WARM_UP = 50;

/** Runs `cycles` cycles of one kind in the page. */
function churn(page, kind, cycles) {
  return page.evaluate(
    async ({ kind, cycles }) => {
      const { ready, mount, widgetCount } = await import("/live-scheme-selector.js");
      await ready;
      const box = document.body.appendChild(document.createElement("div"));
      const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
      for (let i = 0; i < cycles; i++) {
        if (kind === "element") {
          const el = document.createElement("live-scheme-selector");
          el.setAttribute("sync-url", "false");
          el.setAttribute("scenario", "ecommerce");
          box.append(el);
          await tick();
          el.remove();
        } else if (kind === "one-task") {
          const host = box.appendChild(document.createElement("div"));
          mount(host, { syncUrl: false, scenario: "ecommerce", subject: "enterprise" }).destroy();
          host.remove();
        } else {
          const host = box.appendChild(document.createElement("div"));
          const handle = mount(host, { syncUrl: false, scenario: "ecommerce", subject: "enterprise" });
          // Rendered and its listeners in place before it goes, unless it goes at once.
          if (kind === "mount") await tick();
          handle.destroy();
          handle.free();
          host.remove();
          // The scheduler runs between cycles, so the wasm memory's high-water mark is one
          // widget's, not a thousand's.
          await tick();
        }
      }
      await tick();
      box.remove();
      return widgetCount();
    },
    { kind, cycles },
  );
}

const kinds = [
  ["mount", "mount() and destroy() in separate tasks"],
  ["same-task", "mount() and destroy() in the same task"],
  ["element", "<live-scheme-selector> connected and disconnected"],
  // Nothing runs between the cycles: the wasm memory's high-water mark must stay one widget's.
  ["one-task", "mount() and destroy() all in one task"],
];

for (const [kind, what] of kinds) {
  test(`${CYCLES} cycles of ${what} leave nothing behind`, async () => {
    const { context, page, log } = await openPage(env);
    try {
      await page.goto(`${env.url}/test/api.html`);
      await page.locator("body[data-api=ready]").waitFor();
      const cdp = await context.newCDPSession(page);
      // Code paths compiled and caches filled before counting.
      await churn(page, kind, WARM_UP);
      const before = await memory(page, cdp);
      const widgets = await churn(page, kind, CYCLES);
      const after = await memory(page, cdp);
      console.log(
        `${kind}: ${CYCLES} cycles: DOM nodes ${before.nodes} -> ${after.nodes}; ` +
          `listeners ${before.listeners} -> ${after.listeners}; ` +
          `JS heap ${(before.heap / KIB).toFixed(0)} -> ${(after.heap / KIB).toFixed(0)} KiB; ` +
          `wasm memory ${(before.wasm / KIB).toFixed(0)} -> ${(after.wasm / KIB).toFixed(0)} KiB; widgets left ${widgets}`,
      );
      assert.equal(widgets, 0, "no widget left mounted");
      // A leak grows with the cycles (a node or a listener per cycle is 1,000); what is allowed
      // here is the noise of a page at rest.
      assert.ok(after.nodes - before.nodes < 50, `DOM nodes grew by ${after.nodes - before.nodes}`);
      assert.ok(after.listeners - before.listeners < 50, `event listeners grew by ${after.listeners - before.listeners}`);
      assert.ok(after.heap - before.heap < 256 * KIB, `JS heap grew by ${((after.heap - before.heap) / KIB).toFixed(0)} KiB`);
      assert.ok(after.wasm - before.wasm <= 64 * KIB, `wasm memory grew by ${((after.wasm - before.wasm) / KIB).toFixed(0)} KiB`);
      assert.deepEqual(log.errors, []);
    } finally {
      await context.close();
    }
  });
}
