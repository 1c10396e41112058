// Five visitors play the guided flow from the empty demo page, by touch on two phones and by
// mouse on a desktop, in Chinese and English. After every answer the next question, or the
// result's headline, must be on screen without the test scrolling; the live region must say,
// in under 120 characters, which schemes the answer leaves; axe finds nothing at any step.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useBrowser, openPage, DESKTOP, consoleErrors } from "./lib/harness.mjs";
import { ready } from "./lib/widget.mjs";
import { audit, describeViolations } from "./lib/axe.mjs";

const env = useBrowser();

const PHONES = {
  "375x812": { width: 375, height: 812 },
  "320x568": { width: 320, height: 568 },
};

const NAMES = {
  "zh-CN": {
    "enterprise-live": "小程序·企业直播",
    "live-plugin": "小程序·云直播插件",
    "standard-live": "标准直播+直播标签",
  },
  en: {
    "enterprise-live": "Enterprise Live",
    "live-plugin": "MPL plugin",
    "standard-live": "LVB + live components",
  },
};

/** How much of the viewport's bottom the sticky result bar covers (0 where it is hidden). */
function barHeight(root) {
  return root.locator(".lss-bar").evaluateAll((els) => {
    const bar = els[0];
    if (!bar || getComputedStyle(bar).display === "none") return 0;
    const r = bar.getBoundingClientRect();
    return r.bottom > innerHeight - 2 ? r.height : 0;
  });
}

/** Waits until the element's top is on screen, above the bar, without scrolling anything. */
async function assertInView(root, locator, what) {
  await locator.waitFor();
  const covered = await barHeight(root);
  let last = null;
  for (let i = 0; i < 40; i++) {
    last = await locator.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { top: r.top, height: innerHeight };
    });
    if (last.top >= 0 && last.top + 24 <= last.height - covered) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  assert.fail(`${what} is not in view: top ${Math.round(last.top)}px of ${last.height}px (bar ${covered}px)`);
}

/** The live region's text once it settles. */
async function announced(root) {
  const live = root.locator("[data-live]");
  let text = "";
  for (let i = 0; i < 20; i++) {
    text = (await live.textContent()).trim();
    await new Promise((r) => setTimeout(r, 30));
    if ((await live.textContent()).trim() === text) break;
  }
  return text;
}

function checkAnnouncement(text, lang, schemes, step) {
  assert.ok(text.length > 0, `${step}: nothing announced`);
  assert.ok([...text].length < 120, `${step}: ${[...text].length} characters: ${text}`);
  for (const s of schemes) {
    assert.ok(text.includes(NAMES[lang][s]), `${step}: "${text}" does not name ${s}`);
  }
}

/** Plays one visitor. `steps` tap, then name what must come into view and be announced. */
async function play(t, { viewport, lang, touch, withAxe }, visitor) {
  const { context, page, log } = await openPage(env, { viewport, hasTouch: touch, isMobile: touch });
  const audits = [];
  try {
    await page.goto(`${env.url}/${lang === "en" ? "?lang=en" : ""}`);
    const root = await ready(page);
    const tap = async (locator) => {
      // A person scrolls to what they want, then taps it.
      await locator.scrollIntoViewIfNeeded();
      if (touch) await locator.tap();
      else await locator.click();
    };
    const choose = (question, value) =>
      tap(root.locator(`[data-question="${question}"] input[value="${value}"] + label`));
    const select = async (value) => {
      const s = root.locator('[data-question="category"] select');
      await s.scrollIntoViewIfNeeded();
      await s.selectOption(value);
    };
    const question = (q) => root.locator(`.lss-question[data-question="${q}"]`);
    const headline = root.locator(".lss-result > .lss-recommendation, .lss-result > .lss-summary-line, .lss-result > .lss-blocked");
    const check = async (name) => {
      if (!withAxe) return;
      const result = await audit(page);
      audits.push(name);
      assert.equal(result.violations.length, 0, `${name}:\n${describeViolations(result.violations)}`);
    };
    await check("empty page");
    await visitor({ root, page, choose, select, tap, question, headline, check, lang });
    assert.deepEqual(log.errors, [], "page errors");
    // axe-core, evaluated into the page, styles its own probes inline, which the page's strict
    // CSP reports; that is the audit's doing, not the widget's.
    const own = consoleErrors(log).filter((m) => !(withAxe && /Applying inline style/.test(m)));
    assert.deepEqual(own, [], "console errors");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
    assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px`);
  } finally {
    await context.close();
  }
  return audits;
}

const VISITORS = {
  "a shop owner who sells on live streams and does not know their category": async (v) => {
    const { root, choose, tap, question, headline, check, lang } = v;
    await choose("scenario", "ecommerce");
    await assertInView(root, question("subject"), "the subject question");
    checkAnnouncement(await announced(root), lang, ["live-plugin", "standard-live"], "after the scenario");
    await check("e-commerce chosen");
    await choose("subject", "enterprise");
    await assertInView(root, question("category"), "the category question");
    await check("subject chosen");
    await tap(root.locator('[data-action="unsure"]'));
    await assertInView(root, headline, "the result");
    const text = await announced(root);
    checkAnnouncement(text, lang, ["live-plugin", "standard-live"], "after 'not sure'");
    // Not knowing is not "not available": each scheme says which category it needs.
    assert.deepEqual(
      await root.locator("[data-scheme]").evaluateAll((els) => els.map((e) => [e.dataset.scheme, e.dataset.status])),
      [["live-plugin", "conditional"], ["standard-live", "conditional"]],
    );
    const plugin = await root.locator('[data-scheme="live-plugin"]').innerText();
    assert.match(plugin, lang === "en" ? /E-commerce platform.*电商平台-电商平台/s : /【电商平台-电商平台】/);
    assert.match(plugin, /【设置】>【基本设置】>【服务类目】/);
    await check("not sure of the category");
  },

  "a training company with no category gets 企业直播 recommended": async (v) => {
    const { root, choose, select, question, headline, check, lang } = v;
    await choose("scenario", "education");
    await assertInView(root, question("subject"), "the subject question");
    checkAnnouncement(await announced(root), lang, ["enterprise-live", "live-plugin", "standard-live"], "after education");
    await choose("subject", "enterprise");
    await assertInView(root, question("category"), "the category question");
    // Before the category is known, nothing reads as unavailable.
    assert.deepEqual(
      await root.locator("[data-scheme]").evaluateAll((els) => els.map((e) => e.dataset.status)),
      ["available", "conditional", "conditional"],
    );
    checkAnnouncement(await announced(root), lang, ["enterprise-live"], "after the subject");
    await select("none");
    await assertInView(root, headline, "the recommendation");
    assert.equal(await root.locator(".lss-recommendation").getAttribute("data-recommend"), "enterprise-live");
    assert.equal(await root.locator('[data-scheme="enterprise-live"]').getAttribute("data-recommended"), "true");
    checkAnnouncement(await announced(root), lang, ["enterprise-live"], "after no category");
    await check("education, no category");
  },

  "a bank streaming claims service with 金融业-银行": async (v) => {
    const { root, choose, select, question, headline, check, lang } = v;
    await choose("scenario", "finance");
    await assertInView(root, question("content"), "the content question");
    await check("finance chosen");
    await choose("content", "finance-claims");
    await assertInView(root, question("subject"), "the subject question");
    await choose("subject", "enterprise");
    await assertInView(root, question("category"), "the category question");
    await select("finance-bank");
    await assertInView(root, headline, "the recommendation");
    assert.equal(await root.locator(".lss-recommendation").getAttribute("data-recommend"), "standard-live");
    const card = await root.locator('[data-scheme="standard-live"]').innerText();
    // The reason names the bank's own category, not the eleven of the list.
    assert.match(card, lang === "en" ? /Finance › Banking category \(金融业-银行\)/ : /已有【金融业-银行】类目/);
    assert.doesNotMatch(card, /信托/);
    // The schemes finance does not offer for this content are named, folded.
    assert.ok(await root.locator('details.lss-not-offered [data-not-offered="enterprise-live"]').count());
    assert.ok(await root.locator('details.lss-not-offered [data-not-offered="live-plugin"]').count());
    checkAnnouncement(await announced(root), lang, ["standard-live"], "after the category");
    await check("bank, claims");
  },

  "a pet streamer who also sells food jumps to e-commerce": async (v) => {
    const { root, page, choose, select, tap, question, headline, check, lang } = v;
    await choose("scenario", "entertainment");
    await assertInView(root, question("subject"), "the subject question");
    await choose("subject", "enterprise");
    await assertInView(root, question("category"), "the category question");
    await select("social-live");
    await assertInView(root, headline, "the recommendation");
    checkAnnouncement(await announced(root), lang, ["standard-live"], "entertainment with 社交-直播");
    await tap(root.locator('[data-notice="trading-see-ecommerce"] [data-action="jump"]'));
    const summary = root.locator('.lss-answer[data-question="scenario"][data-value="ecommerce"]');
    await assertInView(root, summary, "the new scenario");
    const focused = await page.evaluate(() => {
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      return { tag: el?.tagName, question: el?.dataset?.question, value: el?.dataset?.value };
    });
    assert.deepEqual(focused, { tag: "DIV", question: "scenario", value: "ecommerce" }, "focus moves to the new scenario");
    const text = await announced(root);
    assert.match(text, lang === "en" ? /^Now scenario 2: E-commerce live selling\./ : /^已切换到场景2：电商带货类直播。/);
    checkAnnouncement(text, lang, ["standard-live"], "after the jump");
    assert.deepEqual(
      await root.locator("[data-scheme]").evaluateAll((els) => els.map((e) => [e.dataset.scheme, e.dataset.status])),
      [["standard-live", "available"], ["live-plugin", "unavailable"]],
      "the recommended card leads",
    );
    await check("jumped to e-commerce");
  },

  "an individual's mini program is told clearly that it cannot stream": async (v) => {
    const { root, choose, headline, check, lang } = v;
    await choose("scenario", "government");
    await choose("subject", "individual");
    // No scheme serves an individual: no more questions, the answer straight away.
    await assertInView(root, headline, "the blocked notice");
    assert.equal(await root.locator(".lss-question").count(), 0, "no question left open");
    if (await barHeight(root)) {
      assert.match(await root.locator(".lss-bar").innerText(), lang === "en" ? /cannot stream/ : /无法使用直播/);
    }
    const text = await announced(root);
    assert.match(text, lang === "en" ? /cannot use live streaming/ : /无法使用直播功能/);
    assert.equal(await root.locator('[data-blocked="individual-subject"]').count(), 1);
    assert.equal(await root.locator('[data-notice="individual-subject"]').count(), 1, "said once");
    await check("individual subject");
  },
};

const RUNS = [
  { name: "375x812 zh-CN, touch", viewport: PHONES["375x812"], lang: "zh-CN", touch: true, withAxe: true },
  { name: "375x812 en, touch", viewport: PHONES["375x812"], lang: "en", touch: true, withAxe: true },
  { name: "320x568 zh-CN, touch", viewport: PHONES["320x568"], lang: "zh-CN", touch: true, withAxe: false },
  { name: "320x568 en, touch", viewport: PHONES["320x568"], lang: "en", touch: true, withAxe: false },
  { name: "1280 zh-CN, mouse", viewport: DESKTOP, lang: "zh-CN", touch: false, withAxe: true },
  { name: "1280 en, mouse", viewport: DESKTOP, lang: "en", touch: false, withAxe: true },
];

const audited = [];

for (const run of RUNS) {
  test(`guided flows at ${run.name}`, async (t) => {
    for (const [name, visitor] of Object.entries(VISITORS)) {
      await t.test(name, async (st) => {
        const states = await play(st, run, visitor);
        for (const s of states) audited.push(`${run.name}: ${s}`);
      });
    }
  });
}

test("on a desktop the result stays beside the questions", async () => {
  const { context, page } = await openPage(env, { viewport: DESKTOP });
  try {
    await page.goto(`${env.url}/?scenario=education&subject=enterprise`);
    const root = await ready(page);
    const [flow, result] = await Promise.all(
      [".lss-flow", ".lss-result"].map((s) => root.locator(s).evaluate((el) => el.getBoundingClientRect().toJSON())),
    );
    assert.ok(result.left >= flow.right, "the result is to the right of the questions");
    assert.ok(Math.abs(result.top - flow.top) < 4, "side by side, top-aligned");
    // Cards of different heights do not stretch each other.
    const heights = await root.locator(".lss-status").evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
    assert.ok(heights.every((h) => h < 40), `status badges stay one line: ${heights}`);
  } finally {
    await context.close();
  }
});

test("axe audited every step of every flow", () => {
  console.log(`axe: 0 violations in ${audited.length} audited states`);
  // Thirteen states per run (the empty page once per visitor, then each answer), four runs.
  assert.ok(audited.length >= 13 * 4, `only ${audited.length} states audited`);
});
