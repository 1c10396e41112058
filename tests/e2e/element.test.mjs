// <live-scheme-selector>: mounts wherever and whenever it is connected, follows its attributes,
// offers its Decision as a property, and frees itself when removed; under the strict CSP.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useBrowser, openPage, consoleErrors, cspMessages } from "./lib/harness.mjs";
import { clickLabel } from "./lib/widget.mjs";

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
      // Freed once the task's moves are done: a microtask later.
      const still = widgetCount();
      await Promise.resolve();
      const removed = widgetCount();
      document.body.append(late);
      await new Promise((resolve) => setTimeout(resolve, 0));
      return { before, still, removed, back: widgetCount(), mounted: late.hasAttribute("data-mounted") };
    });
    assert.deepEqual(counts, {
      before: counts.before,
      still: counts.before,
      removed: counts.before - 1,
      back: counts.before,
      mounted: true,
    });
    await page.locator("#late .lss").waitFor();
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

/** A `<live-scheme-selector>` added to the scripted page (which loads the module itself). */
async function scripted(page, id, attributes) {
  await page.goto(`${env.url}/test/api.html`);
  await page.locator("body[data-api=ready]").waitFor();
  await page.evaluate(
    ({ id, attributes }) => {
      const el = document.createElement("live-scheme-selector");
      el.id = id;
      for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
      document.querySelector("main").append(el);
    },
    { id, attributes },
  );
  await page.locator(`#${id}[data-mounted]`).waitFor({ state: "attached" });
}

test("moved within a task it keeps running untouched; re-connected later it comes back with the visitor's answers and language", async () => {
  const { context, page, log } = await openPage(env);
  try {
    await scripted(page, "moving", { lang: "en", "sync-url": "false", scenario: "ecommerce" });
    // The visitor answers the subject and switches the language.
    await clickLabel(page.locator("#moving"), "subject", "enterprise");
    await page.waitForFunction(() => document.getElementById("moving").answers.subject === "enterprise");
    await page.locator('#moving .lss-lang-button[lang="zh-CN"]').click();
    await page.locator('#moving .lss[lang="zh-CN"]').waitFor();

    const moved = await page.evaluate(async () => {
      const { widgetCount } = await import("/live-scheme-selector.js");
      const el = document.getElementById("moving");
      const changes = [];
      new MutationObserver((records) => changes.push(...records.map((r) => r.attributeName))).observe(el, {
        attributes: true,
        attributeFilter: ["data-mounted"],
      });
      const before = widgetCount();
      const aside = document.body.appendChild(document.createElement("aside"));
      // Two moves in one task, as a framework reordering a list does.
      aside.append(el);
      document.querySelector("main").prepend(el);
      await new Promise((resolve) => setTimeout(resolve, 50));
      return { before, after: widgetCount(), changes, answers: el.answers };
    });
    assert.deepEqual(moved.changes, [], "never unmounted nor mounted again");
    assert.equal(moved.after, moved.before);
    assert.deepEqual(moved.answers, { subject: "enterprise", scenario: "ecommerce", content: null, category: null });

    const away = await page.evaluate(async () => {
      const { widgetCount } = await import("/live-scheme-selector.js");
      const el = document.getElementById("moving");
      const before = widgetCount();
      el.remove();
      await new Promise((resolve) => setTimeout(resolve, 0));
      const gone = { count: widgetCount(), mounted: el.hasAttribute("data-mounted") };
      // Changed while away: the attribute is the answer it comes back with.
      el.setAttribute("category", "social-live");
      document.querySelector("main").append(el);
      return { before, gone };
    });
    assert.deepEqual(away.gone, { count: away.before - 1, mounted: false }, "freed while away");
    await page.locator("#moving[data-mounted]").waitFor({ state: "attached" });
    await page.locator('#moving .lss[lang="zh-CN"]').waitFor();
    assert.deepEqual(await page.locator("#moving").evaluate((el) => el.answers), {
      subject: "enterprise",
      scenario: "ecommerce",
      content: null,
      category: "social-live",
    });
    await page.locator('#moving [data-scheme="standard-live"][data-status="available"]').waitFor();
    assert.deepEqual(log.errors, []);
    assert.deepEqual(consoleErrors(log), []);
  } finally {
    await context.close();
  }
});

test("marked elements added after the module ran mount, removed ones are freed, and so do ones marked and unmarked later", async () => {
  const { context, page, log } = await openPage(env);
  try {
    await page.goto(`${env.url}/test/api.html`);
    await page.locator("body[data-api=ready]").waitFor();
    const count = () => page.evaluate(async () => (await import("/live-scheme-selector.js")).widgetCount());
    const start = await count();
    // Added inside a subtree, as a framework renders a whole section at once.
    await page.evaluate(() => {
      const section = document.createElement("section");
      section.id = "section";
      section.innerHTML =
        '<div id="later" data-live-scheme-selector data-lang="en" data-sync-url="false" data-scenario="car-presale"><p>fallback</p></div>';
      document.querySelector("main").append(section);
    });
    await page.locator("#later[data-mounted]").waitFor({ state: "attached" });
    assert.equal(await page.locator("#later .lss").getAttribute("lang"), "en");
    assert.deepEqual(await statuses(page, "#later"), [["standard-live", "conditional"]]);
    assert.equal(await count(), start + 1);

    // An element that gets the mark later, and loses it.
    await page.evaluate(() => {
      const div = document.createElement("div");
      div.id = "marked-later";
      div.setAttribute("data-sync-url", "false");
      document.querySelector("main").append(div);
      setTimeout(() => div.setAttribute("data-live-scheme-selector", ""), 0);
    });
    await page.locator("#marked-later[data-mounted]").waitFor({ state: "attached" });
    assert.equal(await count(), start + 2);
    await page.evaluate(() => document.getElementById("marked-later").removeAttribute("data-live-scheme-selector"));
    await page.waitForFunction(() => !document.getElementById("marked-later").hasAttribute("data-mounted"));
    assert.equal(await count(), start + 1);

    // Removed with its ancestor: freed.
    await page.evaluate(() => document.getElementById("section").remove());
    await page.waitForFunction(async () => (await import("/live-scheme-selector.js")).widgetCount() === 0);
    assert.equal(await count(), start);
    assert.deepEqual(log.errors, []);
    assert.deepEqual(consoleErrors(log), []);
  } finally {
    await context.close();
  }
});
