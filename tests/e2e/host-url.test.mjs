// The host's URL is the host's: a page whose own parameters share the widget's names (lang,
// category, subject, scenario, content) with values the widget does not know, or differ from
// them only in case, keeps each of them byte for byte, and its fragment, while the visitor
// answers. (An empty one, `lang=`, is the widget's to fill: tests/query_props.rs.) Under a
// `data-url-prefix`, every parameter without it is the page's, even one the widget would read.
import assert from "node:assert/strict";
import { test } from "node:test";
import { useBrowser, openPage } from "./lib/harness.mjs";
import { ready, openQuestion, clickLabel } from "./lib/widget.mjs";
import { tallied } from "./lib/tally.mjs";

const env = useBrowser();

const ADDRESSES = [
  "/?lang=fr&category=news&page=2#comments",
  "/?subject=math&q=%E4%B8%AD%E6%96%87#top",
  "/?scenario=summer-sale&utm_source=wechat",
  "/?content=video&lang=de-DE&x=1",
  "/?category=%20news%20&category=2&tag=a+b",
  "/?LANG=EN&Category=Tech&Lang=en",
];

// Under the prefix even ids the widget knows are the page's.
const PREFIXED = [
  ...ADDRESSES,
  "/?lang=en&scenario=education&subject=individual&category=social-live&content=x#c",
];

const answer = async (root) => {
  await clickLabel(root, "scenario", "ecommerce");
  await clickLabel(root, "subject", "enterprise");
  await root.locator('.lss-answer[data-question="subject"][data-value="enterprise"]').waitFor();
};

const addressOf = (page) => page.evaluate(() => ({ search: location.search.slice(1), hash: location.hash.slice(1) }));

tallied(
  "host URLs with colliding names",
  [
    ...ADDRESSES.map((a) => [`the host's own ${a} stays byte for byte while the visitor answers`, ["", a]]),
    ...PREFIXED.map((a) => [`under data-url-prefix="lss-", ${a} stays whole and first`, ["lss-", a]]),
  ],
  async ([prefix, address]) => {
    const { context, page, log } = await openPage(env);
    try {
      const at = prefix ? `/test/prefixed.html${address.slice(1)}` : address;
      await page.goto(`${env.url}${at}`);
      const root = await ready(page);
      const [query, fragment = ""] = address.slice(1).split("#");
      const theirs = query.slice(1).split("&");
      if (prefix) {
        // Nothing of the page's was read: the form starts empty, with no notice.
        assert.equal(await openQuestion(root), "scenario");
        assert.equal(await root.locator("[data-notice=invalid-link]").count(), 0);
      }
      await answer(root);
      // The address is written in the task after the render.
      await page.waitForTimeout(300);
      const now = await addressOf(page);
      const kept = now.search.split("&");
      for (const pair of theirs) assert.ok(kept.includes(pair), `${pair} kept in ?${now.search}`);
      if (prefix) {
        const ours = kept.slice(theirs.length);
        assert.equal(now.search.slice(0, query.length - 1), query.slice(1), "the page's query whole and first");
        assert.deepEqual(ours, ["lss-lang=zh-CN", "lss-subject=enterprise", "lss-scenario=ecommerce"]);
      }
      assert.equal(now.hash, fragment, "the fragment kept");
      assert.deepEqual(log.errors, [], "no uncaught error");
    } finally {
      await context.close();
    }
  },
);

test("a link under the prefix opens the widget in its state, and a reload keeps a change", async () => {
  const { context, page, log } = await openPage(env);
  try {
    const query = "lang=fr&scenario=medical&lss-lang=en&lss-scenario=education&lss-subject=enterprise";
    await page.goto(`${env.url}/test/prefixed.html?${query}#x`);
    let root = await ready(page);
    assert.equal(await root.getAttribute("lang"), "en");
    await root.locator('[data-scheme="enterprise-live"][data-status="available"]').first().waitFor();
    await clickLabel(root, "scenario", "ecommerce");
    await page.waitForFunction(() => location.search.includes("lss-scenario=ecommerce"));
    await page.reload();
    root = await ready(page);
    assert.equal(await root.getAttribute("lang"), "en");
    await root.locator('.lss-answer[data-question="scenario"][data-value="ecommerce"]').waitFor();
    const now = await addressOf(page);
    assert.equal(now.search, "lang=fr&scenario=medical&lss-lang=en&lss-subject=enterprise&lss-scenario=ecommerce");
    assert.equal(now.hash, "x");
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test("the element's url-prefix and mount()'s urlPrefix; a bad prefix is warned about and unused", async () => {
  const { context, page, log } = await openPage(env);
  try {
    await page.goto(`${env.url}/test/element.html?lang=fr&w-scenario=education`);
    await page.evaluate(() => {
      const el = document.createElement("live-scheme-selector");
      el.id = "prefixed";
      el.setAttribute("url-prefix", "w-");
      document.querySelector("#later").append(el);
    });
    const root = await ready(page, "#prefixed");
    await root.locator('.lss-answer[data-question="scenario"][data-value="education"]').waitFor();
    await clickLabel(root, "subject", "enterprise");
    await page.waitForFunction(() => location.search.includes("w-subject=enterprise"));
    assert.ok((await addressOf(page)).search.startsWith("lang=fr&"));

    // A new prefix mounts the element again, with the visitor's answers, under it.
    await page.evaluate(() => document.querySelector("#prefixed").setAttribute("url-prefix", "v-"));
    await root.locator('.lss-answer[data-question="subject"][data-value="enterprise"]').waitFor();
    await clickLabel(root, "scenario", "ecommerce");
    await page.waitForFunction(() => location.search.includes("v-scenario=ecommerce"));
    const moved = (await addressOf(page)).search;
    assert.ok(moved.includes("v-subject=enterprise"), moved);

    const warned = await page.evaluate(async () => {
      const { mount, ready } = await import("/live-scheme-selector.js");
      await ready;
      const warnings = [];
      const warn = console.warn;
      console.warn = (...args) => warnings.push(args.join(" "));
      try {
        const div = document.createElement("div");
        document.body.append(div);
        mount(div, { syncUrl: false, urlPrefix: "a&b" }).destroy();
      } finally {
        console.warn = warn;
      }
      return warnings;
    });
    assert.ok(warned.some((w) => w.includes('url-prefix="a&b"')), warned.join("\n"));
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});
