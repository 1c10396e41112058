// axe-core inside a page served under the strict CSP. `page.addScriptTag` would add an inline
// <script>, which that CSP refuses, so the library's source is evaluated through the DevTools
// protocol instead (page.evaluate), which the page's CSP does not govern. The page under audit
// keeps its real CSP; no context needs bypassCSP.
import fs from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const AXE_SOURCE = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

export const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** Runs axe over the whole document, shadow roots included; returns plain data. */
export async function audit(page) {
  if (!(await page.evaluate(() => typeof window.axe === "object"))) {
    await page.evaluate(AXE_SOURCE);
  }
  return page.evaluate(async (tags) => {
    const result = await window.axe.run(document, { runOnly: { type: "tag", values: tags } });
    return {
      passes: result.passes.length,
      incomplete: result.incomplete.map((r) => r.id),
      violations: result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes.map((n) => n.target),
      })),
    };
  }, TAGS);
}

export function describeViolations(violations) {
  return violations
    .map((v) => `  ${v.id} [${v.impact}] ${v.help}\n${v.targets.map((t) => `    ${JSON.stringify(t)}`).join("\n")}`)
    .join("\n");
}
