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
  // The prerendered widget paints at once; the WebAssembly marks the host when it has taken over.
  await page.locator(`${host}[data-mounted]`).first().waitFor({ state: "attached" });
  const root = page.locator(`${host} .lss`);
  await root.waitFor();
  return root;
}

/** Every scheme card in the order shown, with its status, its badge and its product link. */
export function cards(scope) {
  return scope.locator("li.lss-card[data-scheme]").evaluateAll((els) =>
    els.map((card) => {
      // The product page is the card's first link; a second one (场景7's contact form) may follow.
      const link = card.querySelector("a[href]");
      return {
        scheme: card.dataset.scheme,
        status: card.dataset.status,
        recommended: card.dataset.recommended === "true",
        badge: card.querySelector(".lss-status")?.textContent.trim() ?? null,
        href: link?.getAttribute("href"),
        target: link?.getAttribute("target"),
        rel: link?.getAttribute("rel"),
        label: link?.textContent.trim() ?? null,
      };
    }),
  );
}

/** Every notice the widget shows, in document order: the individual-subject block, the notes,
 * an invalid-link notice. */
export function notices(scope) {
  return scope.locator("[data-notice]").evaluateAll((els) => els.map((el) => el.dataset.notice));
}

/** The question open for an answer (scenario, content, subject or category), or null when
 * every question asked is answered. */
export async function openQuestion(scope) {
  const open = scope.locator(".lss-question[data-question]");
  const n = await open.count();
  if (n > 1) throw new Error(`${n} questions are open at once`);
  return n ? open.getAttribute("data-question") : null;
}

/** The open question `question`, reopened with its edit button first if it was answered and
 * folded into its summary, as a person would. Fails when the form has not reached it. */
export async function reopen(scope, question) {
  const open = scope.locator(`.lss-question[data-question="${question}"]`);
  const folded = scope.locator(`.lss-answer[data-question="${question}"]`);
  // The question may still be appearing after the previous answer.
  await open.or(folded).first().waitFor({ timeout: 5000 }).catch(async () => {
    throw new Error(`the ${question} question is neither open nor answered (open: ${await openQuestion(scope)})`);
  });
  if ((await open.count()) === 0) await folded.locator('[data-action="edit"]').click();
  await open.waitFor();
  return open;
}

/** The radios of one open question, or the one radio for `value`. A question that is not
 * open (folded, not reached, or not asked) has none. */
export function radios(scope, question, value) {
  const selector = `fieldset.lss-question[data-question="${question}"] input[type=radio]`;
  return scope.locator(value ? `${selector}[value="${value}"]` : selector);
}

/** Answers a radio question by clicking a choice's label, as a person would, rather than the
 * small radio itself; a folded question is reopened with its edit button first. */
export async function clickLabel(scope, question, value) {
  await reopen(scope, question);
  const input = radios(scope, question, value);
  await input.waitFor({ state: "attached" });
  const label = await input.evaluateHandle((el) => el.labels[0]);
  try {
    await label.asElement().click();
  } finally {
    await label.dispose();
  }
}

/** Picks a category in the select with the mouse; a folded category is reopened first. */
export async function selectCategory(scope, value) {
  const question = await reopen(scope, "category");
  await question.locator("select").selectOption(value);
}

/** The answer to one question as the form shows it: the checked radio or the chosen option of
 * the open question, or the value of its folded summary; null when unanswered or not shown. */
export function answerOf(scope, question) {
  return scope.evaluate((root, q) => {
    const open = root.querySelector(`.lss-question[data-question="${q}"]`);
    if (open) {
      const select = open.querySelector("select");
      if (select) return select.value || null;
      return [...open.querySelectorAll("input[type=radio]")].find((r) => r.checked)?.value ?? null;
    }
    return root.querySelector(`.lss-answer[data-question="${q}"]`)?.dataset.value ?? null;
  }, question);
}

/** The answer to a radio question (scenario, content, subject); see `answerOf`. */
export function checked(scope, question) {
  return answerOf(scope, question);
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
      id: el.id || null,
      action: el.dataset?.action ?? null,
      question: el.dataset?.question ?? null,
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
