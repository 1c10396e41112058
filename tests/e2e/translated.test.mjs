// A page the browser translates: Chrome's translation wraps every text node in <font>
// elements, behind the page's back. The widget must keep answering (re-rendering what it owns)
// or recover to a working state, never freeze.
import { tallied } from "./lib/tally.mjs";
import assert from "node:assert/strict";
import { useBrowser, openPage } from "./lib/harness.mjs";

const env = useBrowser();

/** Wraps every non-blank text node under the widget's shadow root in two <font> elements. */
function translate(page) {
  return page.locator("#first").evaluate((host) => {
    const root = host.shadowRoot;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const texts = [];
    while (walker.nextNode()) if (walker.currentNode.data.trim()) texts.push(walker.currentNode);
    for (const text of texts) {
      const outer = document.createElement("font");
      const inner = document.createElement("font");
      outer.style.setProperty("vertical-align", "inherit");
      inner.style.setProperty("vertical-align", "inherit");
      text.replaceWith(outer);
      outer.append(inner);
      // Translation replaces the words too; the tests below find controls by value, not text.
      inner.append(document.createTextNode(text.data));
    }
    return texts.length;
  });
}

const FLOWS = [
  ["a tapped flow after the page was translated", async (root, page) => {
    await root.locator('[data-question="scenario"] input[value="ecommerce"] + label').click();
    await root.locator('[data-question="subject"]').waitFor();
    await translate(page);
    await root.locator('[data-question="subject"] input[value="enterprise"] + label').click();
    await root.locator('[data-question="category"] select').selectOption("social-live");
    await root.locator('[data-scheme="standard-live"][data-status="available"]').waitFor({ timeout: 5000 });
    // What the visitor reads follows the answers, not the text the translation froze.
    const shown = await root.locator('[data-scheme="standard-live"] .lss-status').evaluate((el) => el.innerText);
    assert.equal(shown.trim(), "可直接使用");
  }],
  ["changing an answer back and forth on a translated page", async (root, page) => {
    await translate(page);
    for (const scenario of ["education", "finance", "ecommerce"]) {
      const edit = root.locator('.lss-answer[data-question="scenario"] [data-action="edit"]');
      if (await edit.count()) await edit.click();
      await root.locator(`[data-question="scenario"] input[value="${scenario}"] + label`).click();
      await root.locator(`.lss-answer[data-question="scenario"][data-value="${scenario}"]`).waitFor({ timeout: 5000 });
      await translate(page);
    }
    const shown = await root.locator('.lss-answer[data-question="scenario"] .lss-answer-value').evaluate((el) => el.innerText);
    assert.match(shown, /电商/, "the summary reads the last answer");
  }],
];

tallied("translation rewrite", FLOWS.map(([name, flow]) => [`translated page: ${name}`, flow]), async (flow) => {
  const { context, page, log } = await openPage(env);
  try {
    await page.goto(`${env.url}/test/two.html`);
    await page.locator("#first[data-mounted]").waitFor({ state: "attached" });
    const root = page.locator("#first");
    await flow(root, page);
    assert.deepEqual(log.errors, [], "no uncaught error");
  } finally {
    await context.close();
  }
});
