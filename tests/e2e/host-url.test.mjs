// The host's URL is the host's: a page whose own parameters share the widget's names (lang,
// category, subject, scenario, content) with values the widget does not know, or differ from
// them only in case, keeps each of them byte for byte, and its fragment, while the visitor
// answers. (An empty one, `lang=`, is the widget's to fill: tests/query_props.rs.)
import assert from "node:assert/strict";
import { useBrowser, openPage } from "./lib/harness.mjs";
import { ready } from "./lib/widget.mjs";
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

tallied(
  "host URLs with colliding names",
  ADDRESSES.map((a) => [`the host's own ${a} stays byte for byte while the visitor answers`, a]),
  async (address) => {
    const { context, page, log } = await openPage(env);
    try {
      await page.goto(`${env.url}${address}`);
      const root = await ready(page);
      const [query, fragment = ""] = address.slice(1).split("#");
      const theirs = query.slice(1).split("&");
      await root.locator('[data-question="scenario"] input[value="ecommerce"] + label').click();
      await root.locator('[data-question="subject"] input[value="enterprise"] + label').click();
      await root.locator('.lss-answer[data-question="subject"][data-value="enterprise"]').waitFor();
      // The address is written in the task after the render.
      await page.waitForTimeout(300);
      const now = await page.evaluate(() => ({ search: location.search.slice(1), hash: location.hash.slice(1) }));
      const kept = now.search.split("&");
      for (const pair of theirs) assert.ok(kept.includes(pair), `${pair} kept in ?${now.search}`);
      assert.equal(now.hash, fragment, "the fragment kept");
      assert.deepEqual(log.errors, [], "no uncaught error");
    } finally {
      await context.close();
    }
  },
);
