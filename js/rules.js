// Every rule at once, from the rules page prerendered at build time: for a browser that cannot
// run the widget, a page that kept it from starting, or widgets stopped by an internal error.
// live-scheme-selector.js loads this only then.
import { langOf } from "./settings.js";

// Each language's page, fetched at most once, whoever asks and however often. What comes back
// must be that page: an app's own index.html (a server's answer for any unknown path) or
// anything else is refused, so the fallback never shows another page, and never another
// widget, which would load the module and fetch again.
const pages = new Map();
const ACTIVE = "script, template, iframe, object, embed, link, style, live-scheme-selector, [data-live-scheme-selector]";

/** The page's address: beside this module (where a bundler put it), or in the configured folder. */
const url = (lang, base) => {
  const file = `overview.${lang}.html`;
  if (base !== null) return new URL(file, new URL(base, document.baseURI)).href;
  return (
    lang === "en" ? new URL("./overview.en.html", import.meta.url) : new URL("./overview.zh-CN.html", import.meta.url)
  ).href;
};

function page(lang, base) {
  if (!pages.has(lang)) {
    const from = url(lang, base);
    const text = fetch(from).then(async (response) => {
      if (!response.ok) throw new Error(`${from}: ${response.status}`);
      const text = await response.text();
      if (!valid(parse(text))) throw new Error(`${from} is not the widget's rules page`);
      return text;
    });
    text.catch((error) => console.warn("live-scheme-selector: could not show the rules.", error));
    pages.set(lang, text);
  }
  return pages.get(lang);
}

/** The rules page as nodes in a host element of their own, stripped of anything active. */
function parse(text) {
  const doc = new DOMParser().parseFromString(`<div class="lss-host" data-lss-rules>${text}</div>`, "text/html");
  const wrapper = document.adoptNode(doc.body.firstChild);
  for (const el of wrapper.querySelectorAll(ACTIVE)) el.remove();
  return wrapper;
}

function valid(wrapper) {
  const root = wrapper.firstElementChild;
  return (
    wrapper.childElementCount === 1 &&
    root.matches("div.lss") &&
    Boolean(root.querySelector("table.lss-rules")) &&
    Boolean(root.querySelector('[data-notice="needs-newer-browser"]'))
  );
}

/**
 * Every rule in `host`, in the language of the apology or widget it shows, else the one its
 * `lang` setting picks;
 * `failed` when the page, not the browser, kept the widget from starting; `base` the configured
 * folder or null; `style` styles the shadow root.
 */
export async function show(host, failed, lang, base, style) {
  // A shadow root with content of the host's own is left alone.
  if (host.shadowRoot?.childElementCount && !host.shadowRoot.querySelector(".lss-host, [data-lss-fallback]")) return;
  const root = host.shadowRoot ?? host.attachShadow({ mode: "open" });
  const apology = root.querySelector(".lss-apology");
  const shown = apology?.getAttribute("lang") || root.querySelector(".lss")?.getAttribute("lang");
  let text;
  try {
    text = await page(langOf(shown || lang), base);
  } catch (error) {
    // No rules to show: the host's own content then, rather than a painted form that answers
    // nothing.
    const current = root.querySelector(".lss-host");
    const slot = document.createElement("slot");
    slot.setAttribute("data-lss-fallback", "");
    if (current) current.replaceWith(slot);
    throw error;
  }
  const rules = parse(text);
  style(root);
  // The overview says the browser is too old; after a crash the apology says why instead, and
  // where a mount failed, that it could not start.
  const [old, notStarted] = ["needs-newer-browser", "could-not-start"].map((n) => rules.querySelector(`[data-notice="${n}"]`));
  if (apology) old?.replaceWith(apology);
  else if (failed) {
    old?.remove();
    notStarted?.removeAttribute("hidden");
  }
  if (apology || !failed) notStarted?.remove();
  const current = root.querySelector(".lss-host");
  if (current) current.replaceWith(rules);
  else {
    for (const el of [...root.children]) if (!el.matches('link[rel="stylesheet"]')) el.remove();
    root.append(rules);
  }
}
