// <live-scheme-selector>: mounts wherever and whenever it is connected, follows its attributes,
// offers its Decision as a property, and frees itself when removed; under the strict CSP.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useBrowser, openPage, consoleErrors, cspMessages } from "./lib/harness.mjs";

const env = useBrowser();

const statuses = (page, sel) =>
  page.locator(`${sel} [data-scheme]`).evaluateAll((els) => els.map((e) => [e.dataset.scheme, e.dataset.status]));

test("elements in the page, added later and inside another shadow root all mount, each in its language", async () => {
  const { context, page, log } = await openPage(env);
  try {
    await page.goto(`${env.url}/test/element.html`);
    for (const id of ["zh", "en", "inner"]) {
      await page.locator(`#${id}[data-mounted]`).waitFor({ state: "attached" });
    }
    assert.equal(await page.locator("#zh .lss").getAttribute("lang"), "zh-CN");
    assert.equal(await page.locator("#en .lss").getAttribute("lang"), "en");
    assert.equal(await page.locator("#inner .lss").getAttribute("lang"), "en", "inside another component's shadow root");
    // Attributes are its answers: education with a company subject waits only for the category.
    assert.deepEqual(await statuses(page, "#zh"), [
      ["enterprise-live", "available"],
      ["live-plugin", "conditional"],
      ["standard-live", "conditional"],
    ]);
    // The one added two seconds after load.
    await page.locator("#late[data-mounted]").waitFor({ state: "attached", timeout: 10_000 });
    assert.deepEqual(await statuses(page, "#late"), [["standard-live", "conditional"]]);
    assert.equal(await page.locator("live-scheme-selector").evaluateAll((els) => els.every((e) => e.constructor.name !== "HTMLElement")), true);
    assert.deepEqual(log.errors, []);
    assert.deepEqual(consoleErrors(log), []);
    assert.deepEqual(cspMessages(log), [], "no CSP violation under the strict policy");
  } finally {
    await context.close();
  }
});

test("a changed attribute updates the cards and keeps the other answers; properties read and set", async () => {
  const { context, page, log } = await openPage(env);
  try {
    await page.goto(`${env.url}/test/element.html`);
    await page.locator("#zh[data-mounted]").waitFor({ state: "attached" });
    await page.locator("#zh").evaluate((el) => el.setAttribute("category", "education-online-video-course"));
    await page.locator('#zh [data-scheme="standard-live"][data-status="available"]').waitFor();
    const decision = await page.locator("#zh").evaluate((el) => el.decision);
    assert.equal(decision.recommended, "enterprise-live");
    assert.deepEqual(decision.input, {
      subject: "enterprise",
      scenario: "education",
      content: null,
      category: "education-online-video-course",
    });
    // A change of scenario keeps the subject and category the visitor or host gave.
    await page.locator("#zh").evaluate((el) => el.setAttribute("scenario", "ecommerce"));
    await page.locator('#zh [data-scheme="live-plugin"]').waitFor();
    assert.deepEqual(await page.locator("#zh").evaluate((el) => el.answers), {
      subject: "enterprise",
      scenario: "ecommerce",
      content: null,
      category: "education-online-video-course",
    });
    await page.locator("#zh").evaluate((el) => (el.answers = { category: "social-live" }));
    await page.locator('#zh [data-scheme="standard-live"][data-status="available"]').waitFor();
    await page.locator("#en").evaluate((el) => el.setAttribute("lang", "zh-CN"));
    await page.locator('#en .lss[lang="zh-CN"]').waitFor();
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test("removed, it unmounts and frees its widget; 1,000 connect/disconnect cycles leave nothing behind", async () => {
  const { context, page, log } = await openPage(env);
  try {
    await page.goto(`${env.url}/test/element.html`);
    // Everything the page makes by itself is in place first (the element it adds after 2 s).
    await page.locator("#late[data-mounted]").waitFor({ state: "attached", timeout: 10_000 });
    const cdp = await context.newCDPSession(page);
    const heap = async () => {
      await cdp.send("HeapProfiler.collectGarbage");
      return (await cdp.send("Runtime.getHeapUsage")).usedSize;
    };
    const run = (cycles) => page.evaluate(async (cycles) => {
      const host = document.body.appendChild(document.createElement("div"));
      const nodes = () => {
        let n = 0;
        const walk = (root) => {
          for (const el of root.querySelectorAll("*")) {
            n++;
            if (el.shadowRoot) walk(el.shadowRoot);
          }
        };
        walk(document);
        return n;
      };
      const cycle = async () => {
        const el = document.createElement("live-scheme-selector");
        el.setAttribute("sync-url", "false");
        el.setAttribute("scenario", "ecommerce");
        host.append(el);
        await new Promise((r) => setTimeout(r, 0));
        el.remove();
      };
      for (let i = 0; i < cycles; i++) await cycle();
      await new Promise((r) => setTimeout(r, 50));
      const left = host.children.length;
      host.remove();
      const { widgetCount } = await import("/live-scheme-selector.js");
      return { nodes: nodes(), left, widgets: widgetCount() };
    }, cycles);
    await run(50); // warm up: code paths compiled, caches filled
    const heapBefore = await heap();
    const before = await run(0);
    const after = await run(1000);
    const heapAfter = await heap();
    console.log(
      `1,000 cycles: widgets ${before.widgets} -> ${after.widgets}; DOM nodes ${before.nodes} -> ${after.nodes}; ` +
        `JS heap ${(heapBefore / 1024).toFixed(0)} KiB -> ${(heapAfter / 1024).toFixed(0)} KiB`,
    );
    assert.equal(after.left, 0);
    assert.equal(after.widgets, before.widgets, "no widget left mounted");
    assert.equal(after.nodes, before.nodes, "no DOM left behind");
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});
