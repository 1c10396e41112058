// The widget as a host page embeds it: several on one page, under the strict CSP, inside a
// hostile stylesheet, driven and observed by the host's own scripts, and falling back to the
// host's content whenever it cannot run.
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  useBrowser,
  openPage,
  PHONE,
  CSP,
  messages,
  consoleErrors,
  cspMessages,
} from "./lib/harness.mjs";
import {
  ready,
  cards,
  checked,
  answerOf,
  openQuestion,
  clickLabel,
  selectCategory,
  radios,
  urlState,
  waitForParam,
  PRODUCT_URL,
} from "./lib/widget.mjs";

const env = useBrowser();

/** Lets queued tasks (a late `securitypolicyviolation`, a console message) run before asserting. */
function flush(page) {
  return page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0))),
  );
}

test("two widgets on one page keep their own state; only the first uses the URL", async () => {
  const { context, page, log } = await openPage(env);
  try {
    await page.goto(`${env.url}/test/two.html?scenario=finance&keep=1`);
    const first = await ready(page, "#first");
    const second = await ready(page, "#second");
    assert.equal(await first.getAttribute("lang"), "zh-CN");
    assert.equal(await second.getAttribute("lang"), "en");
    assert.equal(await checked(first, "scenario"), "finance", "the first reads the URL");
    assert.equal(await checked(second, "scenario"), null, "the second ignores it");
    const start = page.url();
    const firstCards = await cards(first);

    await clickLabel(second, "scenario", "ecommerce");
    await second.locator('[data-scheme="live-plugin"]').waitFor();
    assert.equal(await checked(second, "scenario"), "ecommerce");
    assert.equal(await checked(first, "scenario"), "finance", "the first is untouched");
    assert.deepEqual(await cards(first), firstCards);
    await clickLabel(second, "subject", "government");
    await second.locator('button[lang="zh-CN"]').click();
    await page.locator('#second .lss[lang="zh-CN"]').waitFor();
    assert.equal(await first.getAttribute("lang"), "zh-CN");
    assert.equal(await checked(first, "subject"), null);
    await flush(page);
    assert.equal(page.url(), start, "the second never writes the URL");

    // The first asks for the finance content before the subject.
    assert.equal(await openQuestion(first), "content");
    await clickLabel(first, "content", "finance-training");
    await waitForParam(page, "content", "finance-training");
    await clickLabel(first, "subject", "enterprise");
    await waitForParam(page, "subject", "enterprise");
    await first.locator('button[lang="en"]').click();
    await waitForParam(page, "lang", "en");
    assert.equal(await second.getAttribute("lang"), "zh-CN", "the second keeps its language");
    assert.equal(await checked(second, "subject"), "government");
    assert.equal(await checked(second, "scenario"), "ecommerce");
    assert.deepEqual(urlState(page), {
      lang: "en",
      subject: "enterprise",
      scenario: "finance",
      content: "finance-training",
    });
    assert.equal(new URL(page.url()).searchParams.get("keep"), "1");

    assert.deepEqual(messages(log, "warning"), [], "no warning about sharing the URL");
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

// The checks below pass on silence, so first make sure a violation would be heard: from the
// test pages' own watcher, and from the browser's console on the demo page, which has none.
for (const [path, host] of [["/test/two.html", "#first"], ["/", "[data-live-scheme-selector]"]]) {
  test(`a CSP violation on ${path} would be reported`, async () => {
    const { context, page, log } = await openPage(env);
    try {
      await page.goto(`${env.url}${path}`);
      await ready(page, host);
      const reported = page.waitForEvent("console", (m) => /securitypolicyviolation|Content Security Policy/.test(m.text()));
      await page.evaluate(() => {
        const el = document.createElement("div");
        el.setAttribute("style", "color: red");
        document.body.append(el);
      });
      await reported;
      assert.ok(cspMessages(log).length > 0);
    } finally {
      await context.close();
    }
  });
}

const CSP_PAGES = [
  ["/", async (page) => {
    const root = await ready(page);
    await clickLabel(root, "scenario", "education");
    await root.locator("details.lss-overview summary").click();
    await root.locator("details.lss-overview[open]").waitFor();
  }],
  ["/test/two.html", async (page) => {
    await ready(page, "#first");
    const second = await ready(page, "#second");
    await clickLabel(second, "scenario", "medical");
    await second.locator("[data-scheme]").first().waitFor();
  }],
  ["/test/hostile.html", async (page) => {
    const root = await ready(page, "#widget");
    await clickLabel(root, "scenario", "offline-event");
    await root.locator("[data-scheme]").first().waitFor();
  }],
  ["/test/events.html", async (page) => {
    const root = await ready(page, "#widget");
    await clickLabel(root, "scenario", "car-presale");
    await page.locator("#event-count", { hasText: "1" }).waitFor();
  }],
  ["/test/api.html", async (page) => {
    await page.locator("body[data-api=ready]").waitFor();
    await page.locator("#mount").click();
    await ready(page, "#manual");
    await page.locator("#destroy").click();
    await page.locator("#manual-fallback").waitFor();
  }],
  ["/test/invalid-attr.html", async (page) => {
    await ready(page, "#widget");
  }],
];

for (const [path, exercise] of CSP_PAGES) {
  test(`${path} runs under the strict CSP header without violations or errors`, async () => {
    const { context, page, log } = await openPage(env, { viewport: PHONE });
    try {
      const response = await page.goto(`${env.url}${path}`);
      assert.equal(response.headers()["content-security-policy"], CSP);
      await exercise(page);
      await flush(page);
      assert.deepEqual(cspMessages(log), [], "CSP violations");
      assert.deepEqual(log.errors, [], "page errors");
      assert.deepEqual(consoleErrors(log), [], "console errors");
    } finally {
      await context.close();
    }
  });
}

test("a hostile host stylesheet neither breaks the widget nor is changed by it", async () => {
  const { context, page, log } = await openPage(env);
  try {
    await page.goto(`${env.url}/test/hostile.html`);
    const root = await ready(page, "#widget");

    const style = await root.evaluate((el) => {
      const s = getComputedStyle(el);
      return {
        fontSize: s.fontSize,
        fontFamily: s.fontFamily,
        fontStyle: s.fontStyle,
        color: s.color,
        boxSizing: s.boxSizing,
        textTransform: s.textTransform,
        whiteSpace: s.whiteSpace,
      };
    });
    assert.equal(style.fontSize, "16px");
    assert.notEqual(style.fontFamily, "serif");
    assert.equal(style.fontStyle, "normal");
    assert.notEqual(style.color, "rgb(255, 0, 0)");
    assert.equal(style.boxSizing, "border-box");
    assert.equal(style.textTransform, "none");
    assert.equal(style.whiteSpace, "normal");

    // No element of the widget may take any of the host's inherited styles.
    const leaks = () => root.evaluate((top) =>
      [top, ...top.querySelectorAll("*")].flatMap((el) => {
        const s = getComputedStyle(el);
        const found = [];
        if (parseFloat(s.fontSize) >= 30) found.push(`font-size ${s.fontSize}`);
        if (s.color === "rgb(255, 0, 0)") found.push("red");
        if (s.textTransform === "uppercase") found.push("uppercase");
        if (s.fontStyle === "italic") found.push("italic");
        if (s.letterSpacing === "4px") found.push("letter-spacing");
        if (s.textIndent === "40px") found.push("text-indent");
        return found.map((f) => `${el.tagName.toLowerCase()}.${el.className}: ${f}`);
      }),
    );
    assert.deepEqual(await leaks(), []);

    const visible = async (selectors) => {
      for (const selector of selectors) {
        assert.ok(await root.locator(selector).first().isVisible(), `${selector} is visible`);
      }
    };
    await visible(['input[type="radio"]', "legend", "button[lang]", '[data-action="copy-link"]', "details summary"]);

    await clickLabel(root, "scenario", "ecommerce");
    assert.equal(await checked(root, "scenario"), "ecommerce");
    await clickLabel(root, "subject", "enterprise");
    // The category question, and the folded answers with their edit buttons.
    await visible(["select", '[data-action="unsure"]', '[data-action="edit"]', ".lss-answer-value"]);
    assert.equal(await root.locator("select").evaluate((el) => getComputedStyle(el).fontSize), "16px");
    await selectCategory(root, "ecommerce-platform");
    const card = root.locator('[data-scheme="live-plugin"][data-status="available"]');
    await card.waitFor();
    const link = card.locator(`a[href="${PRODUCT_URL["live-plugin"]}"]`);
    assert.ok(await link.isVisible());
    assert.notEqual(await link.evaluate((a) => getComputedStyle(a).color), "rgb(255, 0, 0)");
    // Again with the folded answers, the cards and the notes on show.
    assert.deepEqual(await leaks(), []);
    await root.locator('button[lang="en"]').click();
    await page.locator('#widget .lss[lang="en"]').waitFor();

    const host = (selector) =>
      page.locator(selector).evaluate((el) => {
        const s = getComputedStyle(el);
        return {
          fontSize: s.fontSize,
          color: s.color,
          padding: s.padding,
          margin: s.margin,
          borderLeftWidth: s.borderLeftWidth,
          background: s.backgroundColor,
          maxWidth: s.maxWidth,
          display: s.display,
          boxSizing: s.boxSizing,
        };
      });
    const paragraph = await host("#host-paragraph");
    assert.equal(paragraph.fontSize, "30px");
    assert.equal(paragraph.color, "rgb(255, 0, 0)");
    assert.equal(paragraph.margin, "50px");
    const hostCard = await host("#host-card");
    assert.equal(hostCard.padding, "7px", "the host's own .lss-card keeps the host's padding");
    assert.equal(hostCard.background, "rgb(255, 255, 0)");
    assert.equal(hostCard.borderLeftWidth, "3px");
    assert.equal(hostCard.fontSize, "30px");
    assert.equal(hostCard.boxSizing, "content-box");
    const hostRoot = await host("#host-root");
    assert.equal(hostRoot.fontSize, "30px", "the host's own .lss keeps the host's font");
    assert.equal(hostRoot.padding, "40px");
    assert.equal(hostRoot.maxWidth, "none");
    const hostLink = await host("#host-link");
    assert.equal(hostLink.display, "inline", "the host's own .lss-button stays a plain link");
    assert.equal(hostLink.color, "rgb(255, 0, 0)");

    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test("a host page script hears change and link events", async () => {
  const { context, page, log } = await openPage(env);
  try {
    await page.goto(`${env.url}/test/events.html`);
    const root = await ready(page, "#widget");
    const events = () => page.evaluate(() => window.hostEvents);
    const count = (n) => page.locator("#event-count", { hasText: new RegExp(`^${n}$`) }).waitFor();
    assert.deepEqual(await events(), [], "the first render is not a change");

    await clickLabel(root, "scenario", "ecommerce");
    await count(1);
    let [change] = await events();
    assert.equal(change.type, "live-scheme-change");
    assert.equal(change.target, "widget", "dispatched on the host element");
    assert.equal(change.bubbles, true);
    assert.equal(change.composed, true);
    assert.equal(change.detail.lang, "zh-CN");
    assert.equal(change.detail.input.scenario, "ecommerce");
    assert.equal(change.detail.decision.input.scenario, "ecommerce");
    assert.deepEqual(
      change.detail.decision.schemes.map((s) => s.scheme).sort(),
      ["live-plugin", "standard-live"],
    );

    await clickLabel(root, "subject", "enterprise");
    await count(2);
    await selectCategory(root, "social-live");
    await count(3);
    change = (await events())[2];
    const { input } = change.detail;
    assert.deepEqual(
      [input.subject, input.scenario, input.category],
      ["enterprise", "ecommerce", "social-live"],
    );
    assert.equal(input.content ?? null, null);
    const [best] = change.detail.decision.schemes;
    assert.equal(best.scheme, "standard-live");
    assert.equal(best.status, "available");
    assert.equal(best.url, PRODUCT_URL["standard-live"]);
    assert.ok(Array.isArray(change.detail.decision.notes));

    await root.locator('button[lang="en"]').click();
    await count(4);
    assert.equal((await events())[3].detail.lang, "en");

    const link = root.locator(`[data-scheme="standard-live"] a[href="${PRODUCT_URL["standard-live"]}"]`);
    const popup = page.waitForEvent("popup");
    await link.click();
    await (await popup).close();
    await count(5);
    const clicked = (await events())[4];
    assert.equal(clicked.type, "live-scheme-link");
    assert.equal(clicked.target, "widget");
    assert.deepEqual(clicked.detail, { scheme: "standard-live", url: PRODUCT_URL["standard-live"] });
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test("decide() answers a host page script, and refuses unknown ids", async () => {
  const { context, page, log } = await openPage(env);
  try {
    await page.goto(`${env.url}/test/api.html`);
    await page.locator("body[data-api=ready]").waitFor();
    const r = await page.evaluate(() => window.apiResults);

    assert.equal(r.ecommerce.blocked, false);
    assert.deepEqual(
      r.ecommerce.schemes.map((s) => [s.scheme, s.status]),
      [["standard-live", "available"], ["live-plugin", "unavailable"]],
    );
    // Why each scheme applies or what it lacks, as ids: the host maps them to its own words.
    assert.deepEqual(r.ecommerce.schemes[0].routes[0].met, { type: "category", categories: ["social-live"] });
    assert.deepEqual(r.ecommerce.schemes[1].routes[0].missing, [
      { type: "category", categories: ["ecommerce-platform"] },
    ]);
    assert.equal(r.ecommerce.schemes[0].url, PRODUCT_URL["standard-live"]);
    assert.ok(r.ecommerce.schemes.every((s) => Array.isArray(s.routes) && s.routes.length > 0));
    assert.deepEqual(r.ecommerce.notes, ["category-must-match", "medical-category", "prohibited-goods"]);
    assert.equal(r.ecommerce.input.scenario, "ecommerce");

    // Medical sales follow the e-commerce table (场景5 → 场景2), so its schemes and notes.
    assert.deepEqual(r.medicalSales.schemes.map((s) => s.scheme).sort(), ["live-plugin", "standard-live"]);
    assert.ok(r.medicalSales.notes.includes("prohibited-goods"));

    assert.deepEqual(r.nothing.schemes, []);
    assert.deepEqual(r.nothing.notes, ["individual-subject", "category-must-match"]);

    for (const [key, value] of [["unknownScenario", "space-launch"], ["unknownCategory", "Social-Live"], ["unknownSubject", "alien"]]) {
      assert.ok(r[key], `${key} threw`);
      assert.equal(r[key].isError, true, `${key} throws an Error`);
      assert.ok(r[key].message.includes(value), `${key}: ${r[key].message}`);
    }
    assert.equal(r.foreignContent?.isError, true, "a content of another scenario is refused");
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test("an aborted WebAssembly download leaves the form, says why and offers a retry", async () => {
  const { context, page, log } = await openPage(env);
  try {
    await page.route("**/lss_bg.wasm", (route) => route.abort());
    const gaveUp = page.waitForEvent("console", (m) => m.type() === "warning" && m.text().includes("could not be downloaded"));
    await page.goto(`${env.url}/`);
    await gaveUp;
    // A connection problem is not an old browser: the painted form stays, with the notice.
    await page.locator('[data-live-scheme-selector] [data-notice="offline"]').waitFor();
    assert.ok(await page.locator('[data-live-scheme-selector] [data-action="retry"]').isVisible());
    assert.equal(await page.locator('[data-live-scheme-selector] [data-notice="needs-newer-browser"]').count(), 0);
    assert.equal(await page.locator("[data-live-scheme-selector][data-mounted]").count(), 0);
    assert.deepEqual(log.errors, [], "no uncaught errors");
  } finally {
    await context.close();
  }
});

test("without the entry module the demo page keeps its prerendered widget, and a plain host its fallback", async () => {
  const { context, page, log } = await openPage(env);
  try {
    await page.route("**/live-scheme-selector.js", (route) => route.abort());
    await page.goto(`${env.url}/`);
    await flush(page);
    // The demo page carries the widget in its HTML: it shows without any script.
    await page.locator("[data-live-scheme-selector] .lss-question").waitFor();
    await page.goto(`${env.url}/test/two.html`);
    await flush(page);
    const fallback = page.locator("#first a[href]").first();
    assert.ok(await fallback.isVisible(), "the fallback link is visible");
    assert.equal(await fallback.getAttribute("href"), PRODUCT_URL["standard-live"]);
    assert.equal(await page.locator("#first").evaluate((el) => el.shadowRoot), null);
    assert.deepEqual(log.errors, [], "no uncaught errors");
  } finally {
    await context.close();
  }
});

test("a mistyped data attribute is named in a warning and the widget starts with defaults", async () => {
  const { context, page, log } = await openPage(env);
  try {
    const expected = [
      'data-lang="klingon"',
      'data-scenario="bogus-scenario"',
      'data-subject="Enterprise"',
      'data-category="social live"',
      'data-sync-url="maybe"',
      'data-content="medical-sales"',
    ];
    const warned = expected.map((text) =>
      page.waitForEvent("console", (m) => m.type() === "warning" && m.text().includes(text)),
    );
    await page.goto(`${env.url}/test/invalid-attr.html`);
    await Promise.all(warned);
    const root = await ready(page, "#widget");
    assert.equal(await root.getAttribute("lang"), "zh-CN");
    assert.equal(await checked(root, "scenario"), null);
    assert.equal(await checked(root, "subject"), null);
    assert.equal(await answerOf(root, "category"), null);
    assert.equal(await openQuestion(root), "scenario", "the form starts at the first question");
    assert.equal(await root.locator("[data-scheme]").count(), 0);
    assert.equal(await root.locator('[data-notice="invalid-link"]').count(), 0, "attributes are not the link");

    // A content from another scenario is dropped; the scenario it came with stays.
    const mismatch = await ready(page, "#mismatch");
    assert.equal(await mismatch.getAttribute("lang"), "en");
    assert.equal(await checked(mismatch, "scenario"), "ecommerce");
    assert.equal(await answerOf(mismatch, "content"), null);
    assert.equal(await radios(mismatch, "content").count(), 0);
    assert.equal(await mismatch.locator('[data-question="content"]').count(), 0, "no content question for e-commerce");

    // data-sync-url fell back to its default, so the widget keeps its state in the URL.
    await clickLabel(root, "scenario", "education");
    await waitForParam(page, "scenario", "education");
    await root.locator("[data-scheme]").first().waitFor();
    assert.equal(messages(log, "warning").length, expected.length, messages(log, "warning").join("\n"));
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test("mount() and destroy() from a host page script", async () => {
  const { context, page, log } = await openPage(env);
  try {
    await page.goto(`${env.url}/test/api.html?ref=1`);
    const start = page.url();
    const fallback = page.locator("#manual-fallback");
    await page.locator("body[data-api=ready]").waitFor();
    assert.ok(await fallback.isVisible());
    assert.equal(await page.locator(".lss").count(), 0, "nothing is mounted by itself");

    for (let round = 1; round <= 2; round++) {
      await page.locator("#mount").click();
      const root = await ready(page, "#manual");
      assert.equal(await root.getAttribute("lang"), "en");
      assert.equal(await checked(root, "scenario"), "education");
      assert.equal(await checked(root, "subject"), "enterprise");
      await root.locator('[data-scheme="enterprise-live"][data-status="available"]').waitFor();
      await fallback.waitFor({ state: "hidden" });
      await clickLabel(root, "scenario", "finance");
      await root.locator('input[type=radio][value="finance-training"]').waitFor();

      await page.locator("#destroy").click();
      await fallback.waitFor({ state: "visible" });
      assert.equal(await page.locator("#manual .lss").count(), 0, `round ${round}: the widget is gone`);
      assert.equal(page.url(), start, "syncUrl: false leaves the URL alone");
    }
    assert.deepEqual(messages(log, "warning"), []);
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});
