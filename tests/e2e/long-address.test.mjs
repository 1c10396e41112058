// A page whose fragment is long (a single-page app's state, a long anchor): the widget still
// writes its state to the query and copies a link, and the fragment stays byte for byte. Only
// the query is read into the wasm; the rest of the address is put together in JavaScript.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useBrowser, openPage } from "./lib/harness.mjs";

const env = useBrowser();
const FRAGMENT = `#${"section-".repeat(12_000)}end`;

test("a 100 KB fragment neither stops the URL state nor copy link, and stays as it was", async () => {
  const { context, page, log } = await openPage(env, { permissions: ["clipboard-read", "clipboard-write"] });
  try {
    await page.goto(`${env.url}/?ref=mail${FRAGMENT}`);
    await page.locator("[data-live-scheme-selector][data-mounted]").waitFor({ state: "attached" });
    const root = page.locator("[data-live-scheme-selector]");
    await root.locator('[data-question="scenario"] input[value="education"] + label').click();
    await page.waitForFunction(() => new URLSearchParams(location.search).get("scenario") === "education");
    const address = await page.evaluate(() => ({ search: location.search, hash: location.hash }));
    assert.equal(address.search, "?ref=mail&lang=zh-CN&scenario=education");
    assert.equal(address.hash, FRAGMENT, "the fragment is kept byte for byte");

    await root.locator('[data-action="copy-link"]').first().click();
    await root.getByRole("status").filter({ hasText: "链接已复制" }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, `${env.url}/?ref=mail&lang=zh-CN&scenario=education${FRAGMENT}`);
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});
