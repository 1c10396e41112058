// A widget that comes and goes must leave nothing behind: 1,000 mount()/destroy() cycles (also
// with destroy() in the same task, as React's StrictMode does, and all 1,000 in one task),
// 1,000 connect/disconnect cycles of new elements, 1,000 moves and 1,000 re-connects of one
// element (which keeps its answers), and 1,000 marked elements added and removed by DOM
// mutation. Counted after a forced garbage collection, by Chromium's own metrics (DOM nodes and
// event listeners, including detached ones), the JS heap and the wasm memory.
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
      const other = document.body.appendChild(document.createElement("div"));
      const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
      // Each cycle proves it did what it counts: a widget mounted, or an element left running.
      let mounted = 0;
      const changes = [];
      // One element for the moves and re-connects, across the warm-up and the counted cycles,
      // with an answer only its running widget holds (no attribute says it).
      let kept = window.keptElement;
      if ((kind === "move" || kind === "reconnect") && !kept) {
        kept = window.keptElement = document.createElement("live-scheme-selector");
        kept.setAttribute("sync-url", "false");
        kept.setAttribute("scenario", "ecommerce");
        kept.setAttribute("subject", "enterprise");
        box.append(kept);
        await tick();
        kept.answers = { category: "social-live" };
        await tick();
      }
      if (kind === "move") {
        box.append(kept);
        await tick();
        new MutationObserver((records) => changes.push(...records)).observe(kept, {
          attributes: true,
          attributeFilter: ["data-mounted"],
        });
      }
      for (let i = 0; i < cycles; i++) {
        if (kind === "move") {
          // Out and back in within one task, as a list reordered or a component moved.
          other.append(kept);
          box.append(kept);
          await tick();
          mounted += kept.hasAttribute("data-mounted");
        } else if (kind === "reconnect") {
          box.append(kept);
          await tick();
          mounted += kept.hasAttribute("data-mounted");
          kept.remove();
          await tick();
        } else if (kind === "marked") {
          const host = document.createElement("div");
          host.setAttribute("data-live-scheme-selector", "");
          host.setAttribute("data-sync-url", "false");
          host.setAttribute("data-scenario", "ecommerce");
          box.append(host);
          await tick();
          mounted += host.hasAttribute("data-mounted");
          host.remove();
          await tick();
        } else if (kind === "element") {
          const el = document.createElement("live-scheme-selector");
          el.setAttribute("sync-url", "false");
          el.setAttribute("scenario", "ecommerce");
          box.append(el);
          await tick();
          mounted += el.hasAttribute("data-mounted");
          el.remove();
        } else if (kind === "one-task") {
          const host = box.appendChild(document.createElement("div"));
          mount(host, { syncUrl: false, scenario: "ecommerce", subject: "enterprise" }).destroy();
          mounted += 1;
          host.remove();
        } else {
          const host = box.appendChild(document.createElement("div"));
          const handle = mount(host, { syncUrl: false, scenario: "ecommerce", subject: "enterprise" });
          // Rendered and its listeners in place before it goes, unless it goes at once.
          if (kind === "mount") await tick();
          mounted += host.hasAttribute("data-mounted");
          handle.destroy();
          handle.free();
          host.remove();
          // The scheduler runs between cycles, so the wasm memory's high-water mark is one
          // widget's, not a thousand's.
          await tick();
        }
      }
      const answers = kept ? kept.answers : null;
      const unmounts = changes.length;
      await tick();
      box.remove();
      other.remove();
      await tick();
      return { widgets: widgetCount(), mounted, unmounts, answers };
    },
    { kind, cycles },
  );
}

const kinds = [
  ["mount", "mount() and destroy() in separate tasks"],
  ["same-task", "mount() and destroy() in the same task"],
  ["element", "<live-scheme-selector> connected and disconnected"],
  ["move", "one <live-scheme-selector> moved within a task"],
  ["reconnect", "one <live-scheme-selector> removed and re-connected"],
  ["marked", "marked elements added and removed by DOM mutation"],
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
      const { widgets, mounted, unmounts, answers } = await churn(page, kind, CYCLES);
      const after = await memory(page, cdp);
      console.log(
        `${kind}: ${CYCLES} cycles: DOM nodes ${before.nodes} -> ${after.nodes}; ` +
          `listeners ${before.listeners} -> ${after.listeners}; ` +
          `JS heap ${(before.heap / KIB).toFixed(0)} -> ${(after.heap / KIB).toFixed(0)} KiB; ` +
          `wasm memory ${(before.wasm / KIB).toFixed(0)} -> ${(after.wasm / KIB).toFixed(0)} KiB; ` +
          `running in ${mounted} of ${CYCLES} cycles${kind === "move" ? `, unmounted ${unmounts} times` : ""}; widgets left ${widgets}`,
      );
      assert.equal(widgets, 0, "no widget left mounted");
      assert.equal(mounted, CYCLES, "every cycle had its widget running");
      if (kind === "move") assert.equal(unmounts, 0, "a moved element is never unmounted");
      if (answers) {
        assert.deepEqual(answers, { subject: "enterprise", scenario: "ecommerce", content: null, category: "social-live" });
      }
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
