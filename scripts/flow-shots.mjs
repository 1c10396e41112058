// Viewport screenshots of whole visitor flows played by tapping from the empty demo page, one
// after each tap, for a person to look at: node scripts/flow-shots.mjs [filter]
// (writes target/flows/<flow>-<width>-<lang>-<step>.png; dark mode and 200 % zoom included).
import fs from "node:fs";
import { serve } from "../tests/e2e/server.mjs";
import { launch } from "../tests/e2e/browser.mjs";

const out = "target/flows";
fs.mkdirSync(out, { recursive: true });
const filter = process.argv[2] || "";

const FLOWS = {
  unsure: [["choose", "scenario", "ecommerce"], ["choose", "subject", "enterprise"], ["unsure"]],
  none: [["choose", "scenario", "ecommerce"], ["choose", "subject", "enterprise"], ["select", "none"]],
  training: [["choose", "scenario", "education"], ["choose", "subject", "enterprise"]],
  bank: [["choose", "scenario", "finance"], ["choose", "content", "finance-claims"], ["choose", "subject", "enterprise"], ["select", "finance-bank"]],
  pet: [["find", "宠物", "pet"], ["choose", "scenario", "entertainment"], ["choose", "subject", "enterprise"], ["select", "social-live"]],
  individual: [["choose", "scenario", "government"], ["choose", "subject", "individual"]],
};
const RUNS = [
  ["375", { width: 375, height: 812 }, true, {}],
  ["320", { width: 320, height: 568 }, true, {}],
  ["1280", { width: 1280, height: 800 }, false, {}],
  ["375dark", { width: 375, height: 812 }, true, { colorScheme: "dark" }],
  ["zoom200", { width: 640, height: 400 }, false, { deviceScaleFactor: 2 }],
];

const server = await serve();
const browser = await launch();
try {
  for (const [flow, steps] of Object.entries(FLOWS)) {
    for (const [wname, viewport, touch, extra] of RUNS) {
      for (const lang of ["zh-CN", "en"]) {
        const name = `${flow}-${wname}-${lang}`;
        if (!name.includes(filter)) continue;
        const context = await browser.newContext({ viewport, hasTouch: touch, isMobile: touch, ...extra });
        const page = await context.newPage();
        page.on("pageerror", (e) => console.log(`[${name}] pageerror: ${e.message}`));
        page.on("console", (m) => m.type() === "error" && console.log(`[${name}] console: ${m.text()}`));
        await page.goto(`${server.url}/${lang === "en" ? "?lang=en" : ""}`);
        const root = page.locator("[data-live-scheme-selector]").first();
        await root.locator(".lss[lang]").first().waitFor();
        await page.waitForTimeout(300);
        const tap = async (l) => {
          await l.scrollIntoViewIfNeeded();
          if (touch) await l.tap();
          else await l.click();
        };
        let i = 0;
        await page.screenshot({ path: `${out}/${name}-${i++}.png` });
        for (const [kind, a, b] of steps) {
          if (kind === "choose") await tap(root.locator(`[data-question="${a}"] input[value="${b}"] + label`));
          if (kind === "unsure") await tap(root.locator('[data-action="unsure"]'));
          if (kind === "select") {
            const s = root.locator('[data-question="category"] select');
            await s.scrollIntoViewIfNeeded();
            await s.selectOption(a);
          }
          if (kind === "find") {
            const f = root.locator('[data-action="find-scenario"]');
            await tap(f);
            await f.fill(lang === "en" ? b : a);
          }
          await page.waitForTimeout(400);
          await page.screenshot({ path: `${out}/${name}-${i++}.png` });
        }
        console.log(`${name}: ${i} shots`);
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
