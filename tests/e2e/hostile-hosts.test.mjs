// Pages that get in the widget's way before it loads: each ends with every widget running or
// visibly showing something useful (every rule, or the host's own content), never a blank box
// or a form that looks alive and answers nothing, with no uncaught
// error and no CSP violation. Prints how many were tried and how many failed.
import { tallied } from "./lib/tally.mjs";
import assert from "node:assert/strict";
import { useBrowser, openPage } from "./lib/harness.mjs";

const env = useBrowser();

// Run in the page before any of its scripts.
const HOSTS = [
  {
    name: "Object.prototype polluted with answers and options",
    before: () => {
      Object.assign(Object.prototype, {
        scenario: "finance",
        subject: "individual",
        category: "<img src=x onerror=alert(1)>",
        lang: "en",
        syncUrl: false,
      });
    },
    expect: "running",
    async check(page) {
      // Nothing answered by the pollution: the page's own language, no scenario ticked.
      const first = page.locator("#first .lss");
      assert.equal(await first.getAttribute("lang"), "zh-CN");
      assert.equal(await page.locator("#first input:checked").count(), 0);
      const decision = await page.evaluate(async () => (await import("/live-scheme-selector.js")).decide({}));
      assert.equal(decision.input.scenario, null);
      assert.equal(decision.input.subject, null);
    },
  },
  {
    name: "history.replaceState throws",
    before: () => {
      history.replaceState = () => {
        throw new Error("the host forbids it");
      };
    },
    expect: "running",
  },
  {
    name: "window.CSSStyleSheet deleted",
    before: () => {
      delete window.CSSStyleSheet;
    },
    expect: "running",
  },
  {
    name: "adoptedStyleSheets missing",
    before: () => {
      for (const proto of [ShadowRoot.prototype, Document.prototype]) {
        Object.defineProperty(proto, "adoptedStyleSheets", { get: () => undefined, set: () => {}, configurable: true });
      }
    },
    expect: "running",
  },
  // Yew's scheduler and the widget's own tasks need these; a page that broke one gets every
  // rule, saying the selector could not start, before the WebAssembly is even fetched.
  ...[
    ["setTimeout throws", ["setTimeout"]],
    ["queueMicrotask throws", ["queueMicrotask"]],
    ["queueMicrotask and setTimeout both throw", ["queueMicrotask", "setTimeout"]],
    ["removeEventListener throws", ["removeEventListener"]],
  ].map(([name, broken]) => ({
    name,
    before: (broken) => {
      for (const name of broken) {
        const owner = name === "removeEventListener" ? EventTarget.prototype : window;
        owner[name] = () => {
          throw new Error(`the host forbids ${name}`);
        };
      }
    },
    arg: broken,
    expect: "rules",
    async check(page) {
      for (const id of ["first", "second"]) {
        assert.ok(await page.locator(`#${id} [data-notice="could-not-start"]`).isVisible(), `#${id}`);
      }
    },
  })),
  {
    // Monitoring scripts and zone.js wrap timers; wrapped timers that still work are fine.
    name: "setTimeout, queueMicrotask and removeEventListener wrapped",
    before: () => {
      for (const [owner, name] of [[window, "setTimeout"], [window, "queueMicrotask"], [EventTarget.prototype, "removeEventListener"]]) {
        const original = owner[name];
        owner[name] = function (...args) {
          return original.apply(this, args);
        };
      }
    },
    expect: "running",
  },
  {
    name: "document.createElement throws",
    before: () => {
      Document.prototype.createElement = () => {
        throw new Error("the host forbids it");
      };
    },
    expect: "rules",
    async check(page) {
      // The browser is not the problem here: the rules say the selector could not start.
      for (const id of ["first", "second"]) {
        assert.ok(await page.locator(`#${id} [data-notice="could-not-start"]`).isVisible(), `#${id}`);
        assert.equal(await page.locator(`#${id} [data-notice="needs-newer-browser"]`).count(), 0);
      }
    },
  },
  {
    name: "the WebAssembly download aborted",
    block: "**/lss_bg.wasm",
    // A connection problem, not an old browser: the form stays, with a retry.
    expect: "offline",
    async check(page) {
      assert.equal(await page.locator('#first [data-notice="needs-newer-browser"]').count(), 0);
    },
  },
  {
    name: "the stylesheet blocked",
    block: "**/live-scheme-selector.css",
    expect: "running",
  },
  {
    name: "the page's strict CSP, nothing else",
    expect: "running",
  },
];


/** What each of the two widgets on the page ends as. */
async function outcome(page, id) {
  return page.locator(`#${id}`).evaluate((host) => {
    const root = host.shadowRoot;
    const visible = (el) => !!el && el.getClientRects().length > 0;
    if (!root) return visible(host.querySelector(".fallback")) ? "fallback" : "blank";
    if (root.querySelector("table.lss-rules") && !root.querySelector("[data-question]")) return "rules";
    if (host.hasAttribute("data-mounted") && visible(root.querySelector(".lss [data-question]"))) return "running";
    const slot = root.querySelector("slot");
    if (slot && visible(host.querySelector(".fallback"))) return "fallback";
    // The painted form, told that the download failed and offering to try again.
    if (visible(root.querySelector('[data-notice="offline"]')) && visible(root.querySelector('[data-action="retry"]'))) {
      return "offline";
    }
    // The prerendered form, never taken over: it looks alive but gives no answer.
    return root.querySelector(".lss") ? "frozen" : "blank";
  });
}

tallied("hostile hosts", HOSTS.map((host) => [`hostile host: ${host.name} → ${host.expect}`, host]), async (host) => {
  const { context, page, log } = await openPage(env);
  try {
    if (host.before) await page.addInitScript(host.before, host.arg);
    if (host.block) await page.route(host.block, (route) => route.abort());
    await page.goto(`${env.url}/test/two.html`);
    await page.waitForLoadState("load");
    await page.waitForFunction(
      () => ["first", "second"].every((id) => {
        const root = document.getElementById(id).shadowRoot;
        return document.getElementById(id).hasAttribute("data-mounted") ||
          root?.querySelector('table.lss-rules, slot, [data-notice="offline"]:not([hidden])');
      }),
      null,
      { timeout: 10_000 },
    ).catch(() => {});
    for (const id of ["first", "second"]) {
      assert.equal(await outcome(page, id), host.expect, `#${id}`);
    }
    if (host.expect === "running") {
      // Still answers: a tap on a scenario moves the form on and updates the result.
      const root = page.locator("#first");
      await root.locator('[data-question="scenario"] input[value="ecommerce"] + label').click();
      await root.locator('.lss-answer[data-question="scenario"][data-value="ecommerce"]').waitFor();
      await root.locator('[data-scheme="live-plugin"]').waitFor();
    }
    await host.check?.(page);
    assert.deepEqual(log.errors, [], "no uncaught error");
    assert.deepEqual(log.console.filter((m) => /securitypolicyviolation/.test(m.text)), [], "no CSP violation");
  } finally {
    await context.close();
  }
});
