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

test("removed, it unmounts and frees its widget (churn.test.mjs counts 1,000 cycles)", async () => {
  const { context, page, log } = await openPage(env);
  try {
    await page.goto(`${env.url}/test/element.html`);
    await page.locator("#late[data-mounted]").waitFor({ state: "attached", timeout: 10_000 });
    const counts = await page.evaluate(async () => {
      const { widgetCount } = await import("/live-scheme-selector.js");
      const before = widgetCount();
      const late = document.getElementById("late");
      late.remove();
      const removed = widgetCount();
      document.body.append(late);
      await new Promise((resolve) => setTimeout(resolve, 0));
      return { before, removed, back: widgetCount(), mounted: late.hasAttribute("data-mounted") };
    });
    assert.deepEqual(counts, { before: counts.before, removed: counts.before - 1, back: counts.before, mounted: true });
    await page.locator("#late .lss").waitFor();
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});
