// Reading the widget the way a customer and a host page see it. Playwright's CSS locators pierce
// the open shadow root, so plain selectors reach the form; the few reads below that need the
// shadow root itself (its whole text, the focused element) walk into it explicitly.

export const HOST = "[data-live-scheme-selector]";

export const PRODUCT_URL = {
  "standard-live": "https://cloud.tencent.com/document/product/454/12554",
  "live-plugin": "https://cloud.tencent.com/document/product/1148/39191",
  "enterprise-live": "https://cloud.tencent.com/solution/mini-program-enterprise-live",
};

/** The widget's root inside `host`, once it has rendered. */
export async function ready(page, host = HOST) {
  const root = page.locator(`${host} .lss`);
  await root.waitFor();
  return root;
}

/** Every scheme card in order, with its product link's attributes. */
export function cards(scope) {
  return scope.locator("[data-scheme]").evaluateAll((els) =>
    els.map((card) => {
      // The product page is the card's first link; a second one (场景7's contact form) may follow.
      const link = card.querySelector("a[href]");
      return {
        scheme: card.dataset.scheme,
        status: card.dataset.status,
        href: link?.getAttribute("href"),
        target: link?.getAttribute("target"),
        rel: link?.getAttribute("rel"),
      };
    }),
  );
}

export function notices(scope) {
  return scope.locator("[data-notice]").evaluateAll((els) => els.map((el) => el.dataset.notice));
}

const CONTENTS = [
  "finance-training",
  "finance-promotion",
  "finance-claims",
  "medical-sales",
  "medical-consultation",
];

/** Which question a radio group answers, told by the ids it offers: "government" is both a
 * scenario and a subject, so a value alone does not say. */
function question(values) {
  if (values.includes("ecommerce")) return "scenario";
  if (values.includes("enterprise")) return "subject";
  if (values.some((v) => CONTENTS.includes(v))) return "content";
  return null;
}

/** The radio group (its `name`) answering `group` ("scenario", "subject" or "content"). */
async function groupName(scope, group) {
  const all = await scope
    .locator("input[type=radio]")
    .evaluateAll((els) => els.map((el) => ({ name: el.name, value: el.value })));
  const names = [...new Set(all.map((r) => r.name))];
  return names.find((name) => question(all.filter((r) => r.name === name).map((r) => r.value)) === group) ?? null;
}

/** The radios of one question, or the one radio for `value`. */
export async function radios(scope, group, value) {
  // A choice that appears with an earlier answer (content after scenario) may still be rendering.
  if (value) await scope.locator(`input[type=radio][value="${value}"]`).first().waitFor({ state: "attached" });
  const name = await groupName(scope, group);
  // A question the form does not ask (content, outside finance and medical) has no radios.
  const selector = name === null ? "input[type=radio][data-question-not-asked]" : `input[type=radio][name="${name}"]`;
  return scope.locator(value ? `${selector}[value="${value}"]` : selector);
}

/** Clicks a radio's label, as a person would, rather than the small radio itself. */
export async function clickLabel(scope, group, value) {
  const input = await radios(scope, group, value);
  const label = await input.evaluateHandle((el) => el.labels[0]);
  try {
    await label.asElement().click();
  } finally {
    await label.dispose();
  }
}

/** The checked radio's value for one question, or null. */
export async function checked(scope, group) {
  const choices = await radios(scope, group);
  return choices.evaluateAll((els) => els.find((el) => el.checked)?.value ?? null);
}

/** The query parameters the widget owns, from the page's current address. */
export function urlState(page) {
  const params = new URL(page.url()).searchParams;
  const out = {};
  for (const key of ["lang", "subject", "scenario", "content", "category"]) {
    if (params.has(key)) out[key] = params.get(key);
  }
  return out;
}

/** Waits until the address bar says `key=value` (or lacks `key` when value is null). */
export async function waitForParam(page, key, value) {
  await page.waitForFunction(
    ([k, v]) => new URLSearchParams(location.search).get(k) === v,
    [key, value],
  );
}

/** All text and markup of the widget's shadow root. */
export function shadowContent(page, host = HOST) {
  return page.locator(host).first().evaluate((el) => ({
    text: el.shadowRoot?.textContent ?? "",
    html: el.shadowRoot?.innerHTML ?? "",
  }));
}

/** The element that has focus, however deep in shadow roots, and how its focus is drawn. */
export function focused(page) {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el) return null;
    const style = getComputedStyle(el);
    return {
      tag: el.tagName.toLowerCase(),
      type: el.getAttribute("type"),
      value: "value" in el ? el.value : null,
      checked: el.checked ?? null,
      lang: el.getAttribute("lang"),
      href: el.getAttribute("href"),
      text: (el.textContent || "").trim().slice(0, 60),
      inWidget: el.getRootNode() instanceof ShadowRoot,
      scheme: el.closest("[data-scheme]")?.dataset.scheme ?? null,
      outline: { style: style.outlineStyle, width: parseFloat(style.outlineWidth) || 0 },
      boxShadow: style.boxShadow,
    };
  });
}

/** True when the focused element draws a focus indicator a sighted keyboard user can see. */
export function focusIsVisible(info) {
  const outline = info.outline.style !== "none" && info.outline.width > 0;
  return outline || (info.boxShadow && info.boxShadow !== "none");
}

/** `decide()` of the page's own module, called in the page. */
export function decideInPage(page, input) {
  return page.evaluate(async (input) => {
    const api = await import("/live-scheme-selector.js");
    await api.ready;
    return api.decide(input);
  }, input);
}
