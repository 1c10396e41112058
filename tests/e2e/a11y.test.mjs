// WCAG 2.1 A/AA audit (axe-core) of the demo page in the states a customer meets, at phone and
// desktop widths, in both languages. The whole document is audited: axe walks into the
// widget's open shadow root, and the host page around it is part of what a customer sees.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { useBrowser, openPage, PHONE, DESKTOP } from "./lib/harness.mjs";
import { ready } from "./lib/widget.mjs";
import { audit, describeViolations } from "./lib/axe.mjs";

const env = useBrowser();

const STATES = [
  {
    name: "empty form",
    query: "",
    settle: (root) => root.locator('fieldset.lss-question[data-question="scenario"]').waitFor(),
  },
  {
    name: "category question with folded answers",
    query: "scenario=ecommerce&subject=enterprise",
    settle: async (root) => {
      await root.locator('.lss-question[data-question="category"] select').waitFor();
      await root.locator('.lss-answer[data-question="subject"]').waitFor();
    },
  },
  {
    name: "answer reopened, with its Next button",
    query: "scenario=education&subject=enterprise&category=education-other",
    settle: async (root) => {
      await root.locator('.lss-answer[data-question="scenario"] [data-action="edit"]').click();
      await root.locator('fieldset.lss-question[data-question="scenario"] [data-action="next"]').waitFor();
    },
  },
  {
    name: "filled form with cards",
    query: "scenario=ecommerce&subject=enterprise&category=social-live",
    settle: (root) => root.locator('[data-scheme][data-status="available"]').waitFor(),
  },
  {
    name: "individual subject blocked",
    query: "scenario=ecommerce&subject=individual",
    settle: (root) => root.locator('[data-blocked="individual-subject"]').waitFor(),
  },
  {
    name: "overview opened",
    query: "",
    settle: async (root) => {
      const details = root.locator("details.lss-overview");
      await details.locator("summary").click();
      await root.locator("details.lss-overview[open]").waitFor();
      await details.locator("table").last().waitFor();
    },
  },
  {
    name: "content choices, notices and a tampered link",
    query: "scenario=finance&content=finance-promotion&subject=enterprise&category=bogus",
    settle: (root) => root.locator('[data-notice="invalid-link"]').waitFor(),
  },
  {
    name: "copy link shown by hand",
    query: "scenario=offline-event&subject=government",
    settle: async (root, page) => {
      await page.evaluate(() => {
        navigator.clipboard.writeText = () => Promise.reject(new DOMException("denied", "NotAllowedError"));
      });
      await root.locator('[data-action="copy-link"]').first().click();
      await root.locator("[role=status] input[readonly]").waitFor();
    },
  },
];

// Every state at both widths in both languages; the dark colour scheme (the widget has its own
// dark palette) once per width, so its contrast is audited too.
const RUNS = [
  ...[["375", PHONE], ["1280", DESKTOP]].flatMap(([width, viewport]) =>
    ["zh-CN", "en"].map((lang) => ({ width, viewport, lang, colorScheme: "light" })),
  ),
  { width: "375", viewport: PHONE, lang: "zh-CN", colorScheme: "dark" },
  { width: "1280", viewport: DESKTOP, lang: "en", colorScheme: "dark" },
];
const rows = [];

after(() => {
  const header = ["state", "width", "lang", "violations", "passes"];
  const table = [header, ...rows.map((r) => [r.state, r.width, r.lang, String(r.violations), String(r.passes)])];
  const widths = header.map((_, i) => Math.max(...table.map((row) => row[i].length)));
  const line = (row) => row.map((cell, i) => cell.padEnd(widths[i])).join("  ");
  console.log(["axe-core WCAG 2.1 A/AA results", ...table.map(line)].join("\n"));
});

for (const { width, viewport, lang, colorScheme } of RUNS) {
  const suffix = colorScheme === "dark" ? " (dark)" : "";
  test(`axe at ${width}px in ${lang}${suffix}`, async (t) => {
    const { context, page, log } = await openPage(env, { viewport, colorScheme });
    try {
      for (const state of STATES) {
        const name = state.name + suffix;
        await t.test(name, async () => {
          const query = [`lang=${lang}`, state.query].filter(Boolean).join("&");
          await page.goto(`${env.url}/?${query}`);
          const root = await ready(page);
          assert.equal(await root.getAttribute("lang"), lang);
          await state.settle(root, page);
          const result = await audit(page);
          rows.push({ state: name, width, lang, violations: result.violations.length, passes: result.passes });
          if (result.violations.length) {
            console.log(`axe violations: ${name}, ${width}px, ${lang}\n${describeViolations(result.violations)}`);
          }
          assert.equal(
            result.violations.length,
            0,
            `axe violations in "${name}" at ${width}px (${lang}):\n${describeViolations(result.violations)}`,
          );
          assert.ok(result.passes > 0, "axe ran its rules");
        });
      }
      assert.deepEqual(log.errors, []);
    } finally {
      await context.close();
    }
  });
}
