// A seeded fuzz of hostile links and attribute values: whatever a link or a host puts in the
// widget's parameters, the widget renders, nothing from the input appears in it, no dialog
// opens and nothing is thrown. Bounded: 200 links, 40 attribute sets, one fixed seed.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useBrowser, openPage } from "./lib/harness.mjs";

const env = useBrowser();
const KEYS = ["lang", "subject", "scenario", "content", "category"];
const IDS = ["ecommerce", "finance", "finance-claims", "enterprise", "social-live", "en", "zh-CN", "unsure", "none"];
// Each payload carries the marker "lssx"; none of it may reach the widget's text or markup.
const PAYLOADS = [
  "<img src=x onerror=alert('lssx')>",
  '"><svg onload=alert("lssx")>',
  "javascript:alert('lssx')",
  "lssx%00%0a%0d",
  "lssx%E4%B8%AD%FF%FE",
  "%3Cscript%3Elssx%3C/script%3E",
  "lssx".repeat(600),
  "{{lssx}}${lssx}",
  "lssx\u202e\u200b",
  "%lssx%%%",
  "ecommerce&lssx=1",
  "lssx#frag?x=1",
];

/** mulberry32: a small PRNG, so every run tries the same inputs. */
function rng(seed) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hostileValue(next) {
  const pick = (xs) => xs[Math.floor(next() * xs.length)];
  const r = next();
  if (r < 0.5) return encodeURIComponent(pick(PAYLOADS)).replace(/%25/g, next() < 0.5 ? "%" : "%25");
  if (r < 0.7) return pick(IDS) + encodeURIComponent(pick(PAYLOADS));
  if (r < 0.85) return pick(PAYLOADS).replace(/[#&]/g, "");
  return pick(IDS);
}

function hostileQuery(next) {
  const parts = [];
  const n = 1 + Math.floor(next() * 7);
  for (let i = 0; i < n; i++) {
    const key = next() < 0.85 ? KEYS[Math.floor(next() * KEYS.length)] : "lssx";
    parts.push(`${key}=${hostileValue(next)}`);
  }
  return (next() < 0.2 ? "?" : "") + parts.join("&");
}

async function checkClean(page, what) {
  const seen = await page.evaluate(() => {
    const host = document.querySelector("[data-live-scheme-selector]");
    const root = host?.shadowRoot;
    return {
      mounted: host?.hasAttribute("data-mounted") ?? false,
      rendered: Boolean(root?.querySelector(".lss")),
      text: root?.textContent ?? "",
      html: root ? [...root.querySelectorAll("*")].map((el) => el.outerHTML.slice(0, 400)).join("") : "",
    };
  });
  assert.ok(seen.mounted && seen.rendered, `${what}: the widget is rendered`);
  assert.ok(!seen.text.includes("lssx"), `${what}: the input reached the widget's text`);
  assert.ok(!/lssx/i.test(seen.html), `${what}: the input reached the widget's markup`);
}

test("200 hostile links: the widget renders and echoes nothing", async () => {
  const { context, page, log } = await openPage(env);
  const dialogs = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    return d.dismiss();
  });
  try {
    const next = rng(20261125);
    let tried = 0;
    for (let i = 0; i < 200; i++) {
      const query = hostileQuery(next);
      await page.goto(`${env.url}/?${query}`);
      await page.locator("[data-live-scheme-selector][data-mounted]").waitFor({ state: "attached" });
      await checkClean(page, `link ${i} (?${query.slice(0, 80)})`);
      tried++;
    }
    console.log(`fuzz: ${tried} links tried, 0 failed`);
    assert.deepEqual(dialogs, [], "no dialog opened");
    assert.deepEqual(log.errors, [], "no page error");
  } finally {
    await context.close();
  }
});

test("40 hostile data-attribute sets: the widget renders, warns briefly and echoes nothing", async () => {
  const { context, page, log } = await openPage(env);
  try {
    const next = rng(42);
    let tried = 0;
    for (let i = 0; i < 40; i++) {
      await page.goto(`${env.url}/test/api.html`);
      const decoded = (v) => {
        try {
          return decodeURIComponent(v);
        } catch {
          return v;
        }
      };
      const values = Object.fromEntries(KEYS.map((k) => [k, decoded(hostileValue(next))]));
      const ok = await page.evaluate(async (values) => {
        const host = document.body.appendChild(document.createElement("div"));
        host.setAttribute("data-live-scheme-selector", "");
        for (const [k, v] of Object.entries(values)) host.setAttribute(`data-${k}`, v);
        const { ready, mount } = await import("/live-scheme-selector.js");
        await ready;
        const options = { ...values, syncUrl: false };
        mount(host, options);
        await new Promise((r) => setTimeout(r, 20));
        return host.hasAttribute("data-mounted");
      }, values);
      assert.ok(ok, `set ${i}: mounted`);
      await checkClean(page, `attribute set ${i}`);
      tried++;
    }
    const warnings = log.console.filter((m) => m.type === "warning").map((m) => m.text);
    assert.ok(warnings.every((w) => w.length < 200), "every warning is short");
    console.log(`fuzz: ${tried} attribute sets tried, 0 failed; ${warnings.length} warnings, the longest ${Math.max(0, ...warnings.map((w) => w.length))} characters`);
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});
