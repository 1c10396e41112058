// Nothing thrown can corrupt the wasm: 100,000 failed calls of each kind into mount() and
// decide() (the wrong kind of element, the wrong kind of input, unknown ids) each end in an
// Error that names the widget and the cause, and afterwards the widgets still answer a tap and
// decide() still decides. An exception that unwound through the wasm would leak its stack, and
// after about 1,600 of them the wasm traps. Prints how many kinds were tried and how many failed.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { useBrowser, openPage } from "./lib/harness.mjs";
import { memory, KIB } from "./lib/memory.mjs";

const env = useBrowser();
const CALLS = 100_000;

// Each: a name, the call, and what its message must say.
const KINDS = [
  ["mount(null)", "mount(null)", /mount\(\) needs an element, got null$/],
  ["mount(undefined)", "mount(undefined)", /needs an element, got undefined$/],
  ["mount(a string)", 'mount("#somewhere")', /needs an element, got another type$/],
  ["mount(document)", "mount(document)", /needs an element, got a document$/],
  ["mount(a text node)", 'mount(document.createTextNode("x"))', /got a text node$/],
  ["mount(a fragment)", "mount(document.createDocumentFragment())", /got a document fragment or shadow root$/],
  ["mount(a plain object)", "mount({})", /got an object that is not an element$/],
  ["decide(null)", "decide(null)", /decide\(\): expects an object .*, got another type$/],
  ["decide([])", "decide([])", /got an array$/],
  ["decide(a date)", "decide(new Date())", /got an object of another kind/],
  ["decide(a number id)", "decide({ scenario: 1 })", /scenario must be a string id, not a number/],
  ["decide(an unknown id)", 'decide({ scenario: "nope" })', /unknown scenario "nope"/],
];

let tried = 0;
let failed = 0;
after(() => console.log(`entry points: ${tried} kinds x ${CALLS} failed calls, ${failed} failed`));

test(`${CALLS} failed calls of each kind leave the wasm working`, async () => {
  const { context, page, log } = await openPage(env);
  try {
    await page.goto(`${env.url}/test/two.html?scenario=ecommerce&subject=enterprise`);
    await page.locator("#first[data-mounted]").waitFor({ state: "attached" });
    const cdp = await context.newCDPSession(page);
    const before = await memory(page, cdp);
    const problems = [];
    for (const [name, call, message] of KINDS) {
      tried++;
      const outcome = await page.evaluate(
        async ([call, calls]) => {
          const { mount, decide } = await import("/live-scheme-selector.js");
          // The page's CSP forbids eval: each call spelled out.
          const calls_ = {
            "mount(null)": () => mount(null),
            "mount(undefined)": () => mount(undefined),
            'mount("#somewhere")': () => mount("#somewhere"),
            "mount(document)": () => mount(document),
            'mount(document.createTextNode("x"))': () => mount(document.createTextNode("x")),
            "mount(document.createDocumentFragment())": () => mount(document.createDocumentFragment()),
            "mount({})": () => mount({}),
            "decide(null)": () => decide(null),
            "decide([])": () => decide([]),
            "decide(new Date())": () => decide(new Date()),
            "decide({ scenario: 1 })": () => decide({ scenario: 1 }),
            'decide({ scenario: "nope" })': () => decide({ scenario: "nope" }),
          };
          const run = calls_[call];
          let errors = 0;
          let first = null;
          let other = null;
          for (let i = 0; i < calls; i++) {
            try {
              run();
            } catch (error) {
              errors++;
              first ??= error instanceof Error ? error.message : String(error);
              if (!(error instanceof Error)) other ??= String(error);
            }
          }
          return { errors, first, other };
        },
        [call, CALLS],
      );
      const ok = outcome.errors === CALLS && !outcome.other && message.test(outcome.first ?? "") && /^live-scheme-selector: /.test(outcome.first ?? "");
      if (!ok) {
        failed++;
        problems.push(`${name}: ${JSON.stringify(outcome)}`);
      }
    }
    assert.deepEqual(problems, []);
    // Still working: decide() decides, and a tap moves the form on.
    const decided = await page.evaluate(async () => (await import("/live-scheme-selector.js")).decide({ scenario: "education", subject: "enterprise" }).recommended);
    assert.equal(decided, "enterprise-live");
    const root = page.locator("#first");
    await root.locator('.lss-answer[data-question="scenario"] [data-action="edit"]').click();
    await root.locator('[data-question="scenario"] input[value="education"] + label').click();
    await root.locator('.lss-answer[data-question="scenario"][data-value="education"]').waitFor();
    const after = await memory(page, cdp);
    console.log(`entry points: wasm memory ${before.wasm / KIB} -> ${after.wasm / KIB} KiB over ${KINDS.length * CALLS} failed calls`);
    assert.ok(after.wasm - before.wasm <= 64 * KIB, `wasm memory grew by ${(after.wasm - before.wasm) / KIB} KiB`);
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});
