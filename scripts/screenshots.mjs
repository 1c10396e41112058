// Full-page screenshots of the built demo at phone and desktop widths, in both languages, for
// a person to look at: node scripts/screenshots.mjs [query] (writes target/screenshots/*.png).
import fs from "node:fs";
import { serve } from "../tests/e2e/server.mjs";
import { launch, PHONE, DESKTOP } from "../tests/e2e/browser.mjs";

const query = process.argv[2] || "scenario=ecommerce&subject=enterprise&category=social-live";
const out = "target/screenshots";
fs.mkdirSync(out, { recursive: true });
const server = await serve();
const browser = await launch();
try {
  for (const [name, viewport] of [["phone", PHONE], ["desktop", DESKTOP]]) {
    for (const lang of ["zh-CN", "en"]) {
      const page = await browser.newPage({ viewport });
      page.on("console", (m) => m.type() !== "debug" && console.log(`[${name} ${lang}] ${m.type()}: ${m.text()}`));
      page.on("pageerror", (e) => console.log(`[${name} ${lang}] pageerror: ${e.message}`));
      await page.goto(`${server.url}/?lang=${lang}&${query}`);
      await page.locator(".lss-cards, .lss-summary-line").first().waitFor();
      const file = `${out}/${name}-${lang}.png`;
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
      // Full pages are tall; slices keep each part readable at its real size.
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      const step = viewport.height;
      for (let y = 0, i = 1; y < height; y += step, i++) {
        const part = `${out}/${name}-${lang}-${i}.png`;
        const clip = { x: 0, y, width: viewport.width, height: Math.min(step, height - y) };
        await page.screenshot({ path: part, fullPage: true, clip });
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
