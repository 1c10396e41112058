// A JS exception thrown inside a render (a host's DOM method that breaks once the widgets run)
// unwinds through the wasm, which the panic hook never sees. Every widget must still fall back
// visibly, the apology above every rule, and the page's own error handlers hear nothing.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useBrowser, openPage, DESKTOP } from "./lib/harness.mjs";
import { ready } from "./lib/widget.mjs";
import { tallied } from "./lib/tally.mjs";

const env = useBrowser();

// Each breaks a DOM method Yew calls while it renders an answer.
const BREAKS = {
  // Yew's own `expect` on it panics first: the panic path, then the trap it leaves.
  "setAttribute throws": () => {
    Element.prototype.setAttribute = () => {
      throw new Error("the host broke setAttribute");
    };
  },
  "insertBefore throws": () => {
    Node.prototype.insertBefore = () => {
      throw new Error("the host broke insertBefore");
    };
  },
};

const cases = Object.entries(BREAKS).map(([name, breakIt]) => [`a JS exception inside a render stops every widget visibly: ${name}`, breakIt]);

tallied("exceptions inside a render", cases, async (breakIt) => {
  const { context, page, log } = await openPage(env, { viewport: DESKTOP });
  try {
    await page.goto(`${env.url}/test/two.html`);
    await ready(page, "#first");
    await ready(page, "#second");
    // The page's own handlers, as an error tracker would have them.
    await page.evaluate(() => {
      window.heard = [];
      addEventListener("error", (e) => window.heard.push(String(e.message)));
      addEventListener("unhandledrejection", (e) => window.heard.push(String(e.reason)));
    });
    await page.evaluate(breakIt);
    await page.locator('#first [data-question="scenario"] input[value="ecommerce"] + label').click();
    for (const id of ["first", "second"]) {
      await page.locator(`#${id} .lss-apology`).waitFor();
      // Every rule, or where the broken method keeps even those from showing, the host
      // element's own content: never the form that stopped answering.
      await page.waitForFunction((id) => {
        const host = document.getElementById(id);
        const shown = (el) => Boolean(el && el.getClientRects().length);
        return shown(host.shadowRoot.querySelector("table.lss-rules")) || shown(host.querySelector(".fallback"));
      }, id);
      assert.equal(await page.locator(`#${id} [data-question]`).count(), 0, `#${id} shows no stopped form`);
    }
    assert.deepEqual(await page.evaluate(() => window.heard), [], "the page's handlers hear nothing");
    assert.deepEqual(log.errors, [], "no uncaught error");
  } finally {
    await context.close();
  }
});
