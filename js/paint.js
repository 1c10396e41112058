// The prerendered widget, for hosts the page did not paint in its own HTML, and the language
// switch that works before the WebAssembly does. live-scheme-selector.js loads this only when
// such a host exists or the switch is used, so a page that carries the widget as declarative
// shadow DOM (the demo page, the embed snippets) and is left alone never downloads it.
import { langOf, syncsUrl } from "./settings.js";
import zh from "./prerender.zh-CN.html";
import en from "./prerender.en.html";

const MARKUP = { "zh-CN": zh, en };

/** Build-time markup as nodes. Parsed as an inert document: it holds no script. */
function nodes(html) {
  const doc = new DOMParser().parseFromString(`<div class="lss-host">${html}</div>`, "text/html");
  return document.adoptNode(doc.body.firstChild);
}

/** Empties a shadow root but for its stylesheet links. */
export function clear(root) {
  for (const el of [...root.children]) if (!el.matches('link[rel="stylesheet"]')) el.remove();
}

// Only the first widget that keeps its state in the URL offers to copy the link; per shadow
// root, as a host may be painted again.
let urlTaken = false;
const owners = new WeakMap();

function drop(root, widget) {
  if (owners.get(root) === false) {
    widget.querySelectorAll('[data-action="copy-link"], .lss-copy-status').forEach((el) => el.remove());
  }
}

/**
 * The empty widget in the host's shadow root, in the language its `lang` setting picks and
 * offering to copy the link if its `sync-url` setting lets it keep its state in the URL (as the
 * WebAssembly reads them); `style` styles the root.
 */
export function paint(host, lang, syncUrl, style) {
  const root = host.shadowRoot ?? host.attachShadow({ mode: "open" });
  const owns = !urlTaken && syncsUrl(syncUrl);
  urlTaken ||= owns;
  owners.set(root, owns);
  // What a widget removed earlier left (the slot for the host's own content) gives way.
  clear(root);
  style(root);
  const widget = nodes(MARKUP[langOf(lang)]);
  drop(root, widget);
  root.append(widget);
}

/** The other language's markup in place of the painted widget, keeping the visitor's answer. */
export function switchTo(root, tag) {
  const current = root.querySelector(".lss-host");
  if (!current) return;
  const lang = langOf(tag);
  const next = nodes(MARKUP[lang]);
  const checked = current.querySelector("input:checked");
  if (checked) next.querySelector(`input[value="${checked.value}"]`)?.click();
  drop(root, next);
  // Marks the language as the visitor's choice, which the takeover keeps.
  next.setAttribute("data-lang-chosen", "");
  current.replaceWith(next);
  next.querySelector(`.lss-lang-button[lang="${lang}"]`)?.focus();
}
