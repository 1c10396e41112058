// Every way the download can go ends in words: the WebAssembly (or its glue) aborted, answered
// with 404, corrupt, stalled or slow. A connection problem keeps the painted form, says so in the
// page's language with a retry button that works, and `ready` rejects naming the cause; a
// corrupt module shows every rule with "could not start"; neither ever says the browser is too
// old. Answers given before the takeover get "loading", are written to the URL when it comes,
// and an opened rule table stays open.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useBrowser, openPage, PHONE } from "./lib/harness.mjs";
import { HOST } from "./lib/widget.mjs";
import { tallied } from "./lib/tally.mjs";

const env = useBrowser();
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
// The loader gives a download up after this long without a byte (js/live-scheme-selector.js).
const STALL_MS = 8000;

/** What `ready` came to: "resolved", or the rejection's message. */
const readyOutcome = (page) =>
  page.evaluate(() =>
    import("/live-scheme-selector.js").then((m) =>
      m.ready.then(
        () => "resolved",
        (e) => `${e instanceof Error ? "Error" : typeof e}: ${e && e.message}`,
      ),
    ),
  );

const OFFLINE_TEXT = { "zh-CN": /网络连接出现问题/, en: /network problem/ };

const OUTCOMES = [
  { name: "the wasm aborted", file: "lss_bg.wasm", answer: (r) => r.abort("connectionreset"), expect: "offline", cause: /lss_bg\.wasm could not be downloaded/ },
  { name: "the wasm aborted, English page", lang: "en", file: "lss_bg.wasm", answer: (r) => r.abort("internetdisconnected"), expect: "offline", cause: /could not be downloaded/ },
  { name: "the wasm answered 404", file: "lss_bg.wasm", answer: (r) => r.fulfill({ status: 404, body: "no" }), expect: "offline", cause: /HTTP 404/ },
  { name: "the wasm stalled", file: "lss_bg.wasm", answer: () => {}, expect: "offline", cause: /sent nothing for 8 s/ },
  { name: "the glue aborted", file: "lss.js", answer: (r) => r.abort("connectionreset"), expect: "offline", cause: /lss\.js could not be loaded/ },
  {
    name: "the wasm corrupt",
    file: "lss_bg.wasm",
    // A moment late, so the visitor's tap comes first, as in every case.
    answer: async (r) => (await sleep(500), r.fulfill({ status: 200, contentType: "application/wasm", body: Buffer.from("\0asm but not really a module") })),
    expect: "rules",
    cause: /lss_bg\.wasm is not a module this widget can run/,
  },
  { name: "the wasm slow (3 s)", file: "lss_bg.wasm", answer: async (r) => (await sleep(3000), r.continue()), expect: "running" },
];

tallied("network outcomes", OUTCOMES.map((o) => [`network: ${o.name}`, o]), async (o) => {
  const lang = o.lang ?? "zh-CN";
  const { context, page, log } = await openPage(env, { viewport: PHONE, hasTouch: true });
  try {
    await page.route(`**/${o.file}`, o.answer);
    // The English page is one prerendered in English: the painted form speaks the page's
    // language until the WebAssembly takes over.
    await page.goto(`${env.url}/${lang === "en" ? "test/embed-en.html" : ""}`);
    const root = page.locator(`${HOST} .lss`);
    await root.waitFor();
    // The visitor answers while it loads.
    await page.locator(`${HOST} input[value="ecommerce"] + label`).tap();
    const outcome = await readyOutcome(page);
    const newer = page.locator(`${HOST} [data-notice="needs-newer-browser"]`);
    if (o.expect === "running") {
      assert.equal(outcome, "resolved");
      await page.locator(`${HOST}[data-mounted]`).waitFor({ state: "attached" });
      await page.locator(`${HOST} .lss-answer[data-question="scenario"][data-value="ecommerce"]`).waitFor();
      return;
    }
    assert.match(outcome, /^Error: live-scheme-selector: /, "ready rejects with an Error");
    assert.match(outcome, o.cause, "naming the cause");
    if (o.expect === "rules") {
      await page.locator(`${HOST} table.lss-rules`).first().waitFor();
      assert.ok(await page.locator(`${HOST} [data-notice="could-not-start"]`).isVisible(), "could not start, said");
      assert.equal((await newer.count()) > 0 && (await newer.isVisible()), false, "no word of an old browser");
      return;
    }
    // A connection problem: the painted form stays, with the notice and the answer kept.
    const note = page.locator(`${HOST} [data-notice="offline"]`);
    await note.waitFor({ state: "visible", timeout: STALL_MS + 5000 });
    assert.match(await note.innerText(), OFFLINE_TEXT[lang]);
    assert.equal(await page.locator(`${HOST} input[value="ecommerce"]`).isChecked(), true, "the answer is kept");
    assert.equal(await newer.count(), 0, "no word of an old browser");
    assert.equal(await page.locator(`${HOST} [data-summary="no-scenario"]`).isVisible(), false);
    assert.equal(await page.locator(`${HOST}[data-mounted]`).count(), 0);
    // The connection is back: the retry takes the widget over, answer and all.
    await page.unroute(`**/${o.file}`);
    await page.locator(`${HOST} [data-action="retry"]`).tap();
    await page.locator(`${HOST}[data-mounted]`).waitFor({ state: "attached" });
    await page.locator(`${HOST} .lss-answer[data-question="scenario"][data-value="ecommerce"]`).waitFor();
    await page.locator(`${HOST} input[value="enterprise"] + label`).tap();
    await page.locator(`${HOST} .lss-answer[data-question="subject"][data-value="enterprise"]`).waitFor();
    assert.deepEqual(log.errors, [], "no uncaught error");
  } finally {
    await context.close();
  }
});

test("an early answer says it is loading, reaches the URL at takeover, and the opened rule table stays open", async () => {
  const { context, page } = await openPage(env, { viewport: PHONE, hasTouch: true });
  try {
    let release;
    const gate = new Promise((r) => (release = r));
    await page.route("**/lss_bg.wasm", async (route) => (await gate, route.continue()));
    await page.goto(`${env.url}/`);
    await page.locator(`${HOST} .lss`).waitFor();
    const loading = page.locator(`${HOST} [data-summary="loading"]`);
    assert.equal(await loading.isVisible(), false, "nothing loads before an answer");
    // The change handler shows it at once: it is there when the tap returns.
    await page.locator(`${HOST} input[value="ecommerce"] + label`).tap();
    assert.equal(await loading.isVisible(), true, "loading, said at the tap");
    assert.equal(await page.locator(`${HOST} [data-summary="no-scenario"]`).isVisible(), false, "never 'choose a scenario first'");
    await page.locator(`${HOST} details.lss-overview > summary`).tap();
    release();
    await page.locator(`${HOST}[data-mounted]`).waitFor({ state: "attached" });
    await page.waitForFunction(() => new URLSearchParams(location.search).get("scenario") === "ecommerce");
    await page.locator(`${HOST} details.lss-overview[open] table.lss-rules`).first().waitFor();
    assert.equal(await loading.count(), 0, "the running widget has no loading line");
  } finally {
    await context.close();
  }
});
