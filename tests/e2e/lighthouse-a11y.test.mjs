// Lighthouse's accessibility score, 100, in every state the visitors' flows reach (opened by the
// link that carries its answers, so Lighthouse audits the widget once it has taken over), in
// both languages. axe checks the same states as they are tapped (guided.test.mjs); Lighthouse
// adds its own audits, tap-target sizes among them.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { serve } from "./server.mjs";
import { lighthouse } from "../../scripts/lighthouse-cli.mjs";

const STATES = {
  "the empty page": "",
  "e-commerce, the category open": "scenario=ecommerce&subject=enterprise",
  "the shop owner not sure of the category: the next step": "scenario=ecommerce&subject=enterprise&category=unsure",
  "none of the categories: the next step": "scenario=ecommerce&subject=enterprise&category=none",
  "the training company: the category optional": "scenario=education&subject=enterprise",
  "the bank": "scenario=finance&content=finance-claims&subject=enterprise&category=finance-bank",
  "the pet streamer": "scenario=entertainment&subject=enterprise&category=social-live",
  "an individual": "scenario=government&subject=individual",
};

test("Lighthouse accessibility is 100 in every state of the flows, in both languages", async () => {
  const server = await serve();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lss-a11y-"));
  const below = [];
  try {
    for (const [name, query] of Object.entries(STATES)) {
      for (const lang of ["zh-CN", "en"]) {
        const params = [query, lang === "en" ? "lang=en" : ""].filter(Boolean).join("&");
        const lhr = await lighthouse(`${server.url}/${params ? `?${params}` : ""}`, path.join(dir, "a11y.json"), "accessibility");
        const score = Math.round(lhr.categories.accessibility.score * 100);
        const failing = Object.values(lhr.audits).filter((a) => a.score === 0).map((a) => a.id);
        console.log(`lighthouse accessibility ${score}: ${name} (${lang})${failing.length ? ` — ${failing.join(", ")}` : ""}`);
        if (score !== 100) below.push(`${name} (${lang}): ${score} ${failing.join(", ")}`);
      }
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
    await server.close();
  }
  assert.deepEqual(below, [], "states below 100");
});
