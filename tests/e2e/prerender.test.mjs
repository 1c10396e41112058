// The first paint does not wait for the WebAssembly: the widget is in the page before the wasm
// arrives (held back here on purpose), what the visitor does with it survives the takeover, it
// shows with JavaScript off, and where the wasm cannot run every rule is shown instead.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useBrowser, openPage, PHONE, DESKTOP, consoleErrors, cspMessages } from "./lib/harness.mjs";
import { audit, describeViolations } from "./lib/axe.mjs";

const env = useBrowser();
const HOST = "[data-live-scheme-selector]";

/** Holds every request for the wasm until `release()` is called. */
async function holdWasm(page) {
  let release;
  const gate = new Promise((r) => (release = r));
  let asked = false;
  await page.route("**/lss_bg.wasm", async (route) => {
    asked = true;
    await gate;
    await route.continue();
  });
  return { release: () => release(), asked: () => asked };
}

/** The widget's markup with attributes in a fixed order, so two renders can be compared. */
function canonicalMarkup(page) {
  return page.locator(HOST).first().evaluate((host) => {
    const walk = (node) => {
      if (node.nodeType === Node.TEXT_NODE) return node.textContent;
      if (node.nodeType !== Node.ELEMENT_NODE) return "";
      // What only the prerendered form has: the loading line and the network notice.
      if (node.hasAttribute("data-early")) return "";
      const attrs = [...node.attributes]
        .map((a) => `${a.name}="${a.value}"`)
        .sort()
        .join(" ");
      return `<${node.localName} ${attrs}>${[...node.childNodes].map(walk).join("")}</${node.localName}>`;
    };
    return walk(host.shadowRoot.querySelector(".lss-host > .lss"));
  });
}

const mounted = (page) => page.locator(`${HOST}[data-mounted]`).waitFor({ state: "attached" });

test("the form is painted and usable before the wasm arrives, and the takeover keeps the choice and focus", async () => {
  const { context, page, log } = await openPage(env, { viewport: PHONE, hasTouch: true });
  try {
    const wasm = await holdWasm(page);
    await page.goto(`${env.url}/`);
    const scenario = page.locator(`${HOST} input[value="education"]`);
    await scenario.waitFor();
    assert.equal(await page.locator(`${HOST}[data-mounted]`).count(), 0, "the wasm has not taken over");
    const before = await canonicalMarkup(page);
    // A native radio works without the wasm: the visitor taps a scenario.
    await page.locator(`${HOST} input[value="education"] + label`).tap();
    assert.equal(await scenario.isChecked(), true);
    wasm.release();
    await mounted(page);
    // The choice made before the takeover is kept: the form moved on to the next question.
    const summary = page.locator(`${HOST} .lss-answer[data-question="scenario"][data-value="education"]`);
    await summary.waitFor();
    await page.locator(`${HOST} .lss-question[data-question="subject"]`).waitFor();
    const focus = await page.evaluate(() => {
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      return el?.dataset?.question ?? el?.tagName;
    });
    assert.equal(focus, "subject", "focus moves on to the open question, not to the page");
    assert.ok(before.includes('data-question="scenario"'));
    assert.deepEqual(log.errors, []);
    assert.deepEqual(consoleErrors(log), []);
    assert.deepEqual(cspMessages(log), []);
  } finally {
    await context.close();
  }
});

test("the prerendered markup is what the running widget renders, in both languages", async (t) => {
  for (const lang of ["zh-CN", "en"]) {
    await t.test(lang, async () => {
      const { context, page, log } = await openPage(env, { viewport: DESKTOP });
      try {
        const wasm = await holdWasm(page);
        await page.goto(`${env.url}/test/${lang === "en" ? "embed-en" : "embed-zh"}.html`);
        await page.locator(`${HOST} .lss`).waitFor();
        const prerendered = await canonicalMarkup(page);
        const box = await page.locator(HOST).boundingBox();
        wasm.release();
        await mounted(page);
        const live = await canonicalMarkup(page);
        assert.equal(live, prerendered, "the takeover renders exactly the prerendered markup");
        const after = await page.locator(HOST).boundingBox();
        assert.deepEqual(after, box, "no layout shift at takeover");
        assert.deepEqual(log.errors, []);
      } finally {
        await context.close();
      }
    });
  }
});

test("the demo page shows the widget with JavaScript turned off", async () => {
  const { context, page } = await openPage(env, { viewport: PHONE, javaScriptEnabled: false });
  try {
    await page.goto(`${env.url}/`);
    const title = page.locator(`${HOST} .lss-title`);
    await title.waitFor();
    assert.match(await title.innerText(), /小程序直播接入方案选择/);
    assert.equal(await page.locator(`${HOST} input[type=radio]`).count(), 10, "the ten scenarios");
    assert.ok(await page.locator(`${HOST} .lss-question`).isVisible());
  } finally {
    await context.close();
  }
});

test("where the wasm cannot run, every rule is shown instead", async () => {
  const { context, page, log } = await openPage(env, { viewport: PHONE });
  try {
    // A browser without WebAssembly.
    await page.addInitScript(() => delete globalThis.WebAssembly);
    await page.goto(`${env.url}/?lang=en`);
    const table = page.locator(`${HOST} table.lss-rules`);
    await table.waitFor();
    assert.equal(await table.locator("tbody").count(), 10, "the ten scenario tables");
    const hrefs = await table.locator("a[href]").evaluateAll((els) => [...new Set(els.map((a) => a.getAttribute("href")))].sort());
    assert.deepEqual(hrefs, [
      "https://cloud.tencent.com/document/product/1148/39191",
      "https://cloud.tencent.com/document/product/454/12554",
      "https://cloud.tencent.com/solution/mini-program-enterprise-live",
    ]);
    assert.ok(await page.locator(`${HOST} [data-notice="needs-newer-browser"]`).isVisible());
    assert.deepEqual(log.errors, []);
    assert.deepEqual(cspMessages(log), []);
  } finally {
    await context.close();
  }
});

test("a browser without WebAssembly reference types is not even sent the wasm", async () => {
  const { context, page, log } = await openPage(env, { viewport: PHONE });
  try {
    // What Chrome before 96 (older WeChat browsers) answers for a module with reference types.
    await context.addInitScript(() => {
      const validate = WebAssembly.validate;
      WebAssembly.validate = (bytes) => (bytes.length < 64 ? false : validate(bytes));
    });
    let fetched = false;
    page.on("request", (r) => (fetched ||= r.url().endsWith("/lss_bg.wasm")));
    await page.goto(`${env.url}/`);
    await page.locator(`${HOST} [data-notice="needs-newer-browser"]`).waitFor();
    assert.equal(await page.locator(`${HOST} table.lss-rules tbody`).count(), 10);
    assert.equal(fetched, false, "the wasm was never requested");
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test("axe finds nothing in the prerendered state or the rules-only fallback", async (t) => {
  for (const [name, setup] of [
    ["prerendered, before the wasm", async (page) => (await holdWasm(page)).release],
    ["rules only", async (page) => {
      await page.addInitScript(() => delete globalThis.WebAssembly);
      return () => {};
    }],
  ]) {
    for (const viewport of [PHONE, DESKTOP]) {
      await t.test(`${name} at ${viewport.width}px`, async () => {
        const { context, page } = await openPage(env, { viewport });
        try {
          const release = await setup(page);
          await page.goto(`${env.url}/`);
          await page.locator(`${HOST} .lss`).waitFor();
          if (name === "rules only") await page.locator(`${HOST} table.lss-rules`).waitFor();
          const result = await audit(page);
          assert.equal(result.violations.length, 0, describeViolations(result.violations));
          release();
        } finally {
          await context.close();
        }
      });
    }
  }
});
