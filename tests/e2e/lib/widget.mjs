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
      const link = card.querySelector("a.lss-button--link") || card.querySelector("a[href]");
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

/** A radio of one group ("scenario", "content", "subject"): "government" is in two groups. */
export function radio(group, value) {
  const name = `[name$="-${group}"]`;
  return value ? `input[type=radio]${name}[value="${value}"]` : `input[type=radio]${name}`;
}

/** Clicks a radio's label, as a person would, rather than the small radio itself. */
export async function clickLabel(scope, group, value) {
  const id = await scope.locator(radio(group, value)).getAttribute("id");
  await scope.locator(`label[for="${id}"]`).click();
}

/** The checked radio's value in a group, or null. */
export function checked(scope, group) {
  return scope
    .locator(radio(group))
    .evaluateAll((els) => els.find((el) => el.checked)?.value ?? null);
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
