// Host styles stop at the shadow boundary: thirty inherited properties set on the host page's
// body (direction and writing-mode among them) change nothing of the widget's text, layout or
// tappability, while the documented custom properties still theme it. Prints how many were
// tried and how many changed the widget.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { useBrowser, openPage } from "./lib/harness.mjs";

const env = useBrowser();

// Property, a hostile value.
const INHERITED = [
  ["direction", "rtl"],
  ["writing-mode", "vertical-rl"],
  ["visibility", "hidden"],
  ["pointer-events", "none"],
  ["-webkit-text-security", "disc"],
  ["color", "rgb(255, 0, 0)"],
  ["font-family", "serif"],
  ["font-size", "31px"],
  ["font-style", "italic"],
  ["font-weight", "900"],
  ["font-variant-caps", "small-caps"],
  ["font-stretch", "condensed"],
  ["font-kerning", "none"],
  ["letter-spacing", "5px"],
  ["word-spacing", "13px"],
  ["line-height", "3"],
  ["text-align", "right"],
  ["text-indent", "41px"],
  ["text-transform", "uppercase"],
  ["text-shadow", "rgb(0, 0, 255) 2px 2px 0px"],
  ["white-space", "nowrap"],
  ["word-break", "break-all"],
  ["overflow-wrap", "normal"],
  ["hyphens", "auto"],
  ["user-select", "none"],
  ["cursor", "wait"],
  ["caret-color", "rgb(0, 255, 0)"],
  ["list-style-type", "square"],
  ["tab-size", "17"],
  ["text-rendering", "geometricPrecision"],
];

let tried = 0;
let changed = 0;
after(() => console.log(`inherited properties: ${tried} tried, ${changed} changed the widget`));

const PROBES = [".lss", ".lss-title", ".lss-choice label", ".lss-lang-button", ".lss-footer p"];

/** Computed values of every probed property on the widget's main elements, and its box. */
function snapshot(page) {
  return page.locator("[data-live-scheme-selector]").evaluate(
    (host, [probes, props]) => {
      const root = host.shadowRoot;
      const out = {};
      for (const selector of probes) {
        const el = root.querySelector(selector);
        const style = getComputedStyle(el);
        for (const prop of props) out[`${selector} ${prop}`] = style.getPropertyValue(prop);
      }
      const box = root.querySelector(".lss").getBoundingClientRect();
      out.box = [box.width, box.height].map(Math.round).join("x");
      return out;
    },
    [PROBES, INHERITED.map(([p]) => p)],
  );
}

async function open(styles) {
  const opened = await openPage(env);
  // CSSOM, which the page's strict CSP allows, before the widget paints.
  await opened.page.addInitScript((styles) => {
    document.addEventListener("DOMContentLoaded", () => {
      for (const [prop, value] of styles) document.body.style.setProperty(prop, value);
    });
  }, styles);
  await opened.page.goto(`${env.url}/test/embed-zh.html`);
  await opened.page.locator("[data-live-scheme-selector][data-mounted]").waitFor({ state: "attached" });
  await opened.page.locator("[data-live-scheme-selector] .lss").waitFor();
  return opened;
}

test("thirty inherited properties on the host's body change nothing in the widget", async () => {
  const clean = await open([]);
  const before = await snapshot(clean.page);
  await clean.context.close();

  const failures = [];
  for (const [prop, value] of INHERITED) {
    tried++;
    const { context, page, log } = await open([[prop, value]]);
    try {
      const applied = await page.evaluate((prop) => getComputedStyle(document.body).getPropertyValue(prop), prop);
      assert.notEqual(applied, "", `${prop} is known to this browser`);
      // A vertical page lays its children out sideways: the widget's own text stays
      // horizontal, but how wide its box is, is the page's to say (README: Styles).
      if (prop === "writing-mode") await page.locator("[data-live-scheme-selector]").evaluate((host) => host.style.setProperty("width", "100vw"));
      const now = await snapshot(page);
      const differs = Object.keys(before).filter((k) => before[k] !== now[k] && !(prop === "writing-mode" && k === "box"));
      // Still tappable and answering.
      await page.locator('[data-live-scheme-selector] [data-question="scenario"] input[value="ecommerce"] + label').click({ timeout: 3000 });
      await page.locator('[data-live-scheme-selector] .lss-answer[data-question="scenario"][data-value="ecommerce"]').waitFor({ timeout: 3000 });
      assert.deepEqual(differs.map((k) => `${k}: ${before[k]} -> ${now[k]}`), [], `${prop}: ${value}`);
      assert.deepEqual(log.errors, []);
    } catch (error) {
      changed++;
      failures.push(`${prop}: ${error.message.split("\n").slice(0, 8).join(" ")}`);
    } finally {
      await context.close();
    }
  }
  assert.deepEqual(failures, []);
});

test("the documented custom properties still theme the widget", async () => {
  const { context, page } = await open([["--lss-accent", "rgb(200, 0, 0)"], ["--lss-radius", "0px"]]);
  try {
    const themed = await page.locator("[data-live-scheme-selector]").evaluate((host) => {
      const pressed = host.shadowRoot.querySelector('.lss-lang-button[aria-pressed="true"]');
      return [getComputedStyle(pressed).backgroundColor, getComputedStyle(host.shadowRoot.querySelector(".lss")).borderTopLeftRadius];
    });
    assert.deepEqual(themed, ["rgb(200, 0, 0)", "0px"]);
  } finally {
    await context.close();
  }
});
