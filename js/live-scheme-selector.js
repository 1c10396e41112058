// The one file a page embeds. The moment it runs, every element marked
// `data-live-scheme-selector` shows the widget, from markup prerendered at build time by the
// same components the WebAssembly runs; its native controls work at once. The WebAssembly,
// loaded from beside this module, then takes each widget over, keeping what the visitor chose.
// Where WebAssembly cannot run, the widget shows every rule at once instead.
import init, { boot, mount as mountWidget, decide } from "./lss.js";
import css from "./live-scheme-selector.css";
import zh from "./prerender.zh-CN.html";
import en from "./prerender.en.html";

const MARKER = "data-live-scheme-selector";
const MARKUP = { "zh-CN": zh, en };
const base = new URL(".", import.meta.url).href;

// The newest WebAssembly feature the module needs is reference types (Chrome 96, Safari 15.1):
// a browser that cannot validate this one-function module would fail on ours, so it is not
// even downloaded there.
const REFERENCE_TYPES = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 111, 3, 2, 1, 0, 10, 6, 1, 4, 0, 208, 111, 11,
]);

function canRun() {
  try {
    return typeof WebAssembly === "object" && WebAssembly.validate(REFERENCE_TYPES);
  } catch {
    return false;
  }
}

const langOf = (tag) => (/^en\b/i.test(tag || "") ? "en" : "zh-CN");

let sheet = null;
/** Our styles in `root`, unless it links them already (a declarative shadow root does). */
function style(root) {
  if (root.querySelector('link[rel="stylesheet"]')) return;
  try {
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
    }
    root.adoptedStyleSheets = [sheet];
  } catch {
    const link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = `${base}live-scheme-selector.css`;
    root.prepend(link);
  }
}

/** Build-time markup as nodes. Parsed as an inert document: it holds no script. */
function nodes(html) {
  const doc = new DOMParser().parseFromString(`<div class="lss-host">${html}</div>`, "text/html");
  return document.adoptNode(doc.body.firstChild);
}

/** A host's setting: `data-lang` on a marked element, `lang` on `<live-scheme-selector>`. */
const setting = (host, name) => host.getAttribute(host instanceof LiveSchemeSelector ? name : `data-${name}`);

let urlTaken = false;
/** Paints the prerendered widget into the host's shadow root, unless it is there already. */
function paint(host) {
  let root = host.shadowRoot;
  if (root?.querySelector(".lss")) return root;
  root ??= host.attachShadow({ mode: "open" });
  // What a widget removed earlier left (the slot for the host's own content) gives way.
  for (const el of [...root.children]) if (!el.matches('link[rel="stylesheet"]')) el.remove();
  style(root);
  const widget = nodes(MARKUP[langOf(setting(host, "lang"))]);
  // Only the widget that keeps its state in the URL offers to copy the link.
  const owns = !urlTaken && setting(host, "sync-url") !== "false";
  urlTaken ||= owns;
  if (!owns) widget.querySelectorAll('[data-action="copy-link"], .lss-copy-status').forEach((el) => el.remove());
  root.append(widget);
  // The language switch works before the WebAssembly does: the other language's markup.
  root.addEventListener("click", (event) => {
    const button = event.target.closest?.(".lss-lang-button");
    if (!button || host.hasAttribute("data-mounted")) return;
    const current = root.querySelector(".lss-host");
    const next = nodes(MARKUP[langOf(button.getAttribute("lang"))]);
    const checked = current.querySelector("input:checked");
    if (checked) next.querySelector(`input[value="${checked.value}"]`)?.click();
    if (!owns) next.querySelectorAll('[data-action="copy-link"], .lss-copy-status').forEach((el) => el.remove());
    // Marks the language as the visitor's choice, which the takeover keeps.
    next.setAttribute("data-lang-chosen", "");
    current.replaceWith(next);
    next.querySelector(`.lss-lang-button[lang="${button.getAttribute("lang")}"]`)?.focus();
  });
  return root;
}

/** Every rule at once, for a browser that cannot run the widget. */
async function showRules(host) {
  const root = paint(host);
  const lang = root.querySelector(".lss")?.getAttribute("lang") || langOf(setting(host, "lang"));
  const response = await fetch(`${base}overview.${lang}.html`);
  if (!response.ok) throw new Error(`overview.${lang}.html: ${response.status}`);
  root.querySelector(".lss-host")?.replaceWith(nodes(await response.text()));
}

const KEYS = ["lang", "subject", "scenario", "content", "category"];

/**
 * `<live-scheme-selector lang subject scenario content category sync-url>`: paints at once
 * wherever and whenever it is connected, runs once the WebAssembly is ready, follows its
 * attributes, and frees everything when it is removed. (wasm-bindgen cannot subclass
 * HTMLElement, so this small class hands everything to the wasm's `mount`.)
 */
class LiveSchemeSelector extends HTMLElement {
  static get observedAttributes() {
    return [...KEYS, "sync-url"];
  }

  constructor() {
    super();
    this._handle = null;
    this._pending = {};
  }

  connectedCallback() {
    try {
      paint(this);
    } catch (error) {
      console.warn("live-scheme-selector: could not paint the element; its own content stays.", error);
    }
    ready.then(
      () => this._mount(),
      () => showRules(this).catch(() => {}),
    );
  }

  disconnectedCallback() {
    const handle = this._handle;
    this._handle = null;
    if (handle) {
      handle.destroy();
      handle.free();
    }
  }

  attributeChangedCallback(name, before, after) {
    if (!this._handle || before === after) return;
    if (name === "sync-url") {
      // Who keeps the URL is settled at mount: mount again.
      this.disconnectedCallback();
      this._mount();
    } else {
      this._handle.set(name, after);
    }
  }

  _mount() {
    if (!this.isConnected || this._handle) return;
    const options = { syncUrl: this.getAttribute("sync-url") ?? undefined };
    for (const key of KEYS) options[key] = this._pending[key] ?? this.getAttribute(key) ?? undefined;
    this._pending = {};
    this._handle = mountWidget(this, options);
  }

  /** The current Decision, as `decide()` gives it; null until the WebAssembly runs. */
  get decision() {
    return this._handle ? this._handle.decision() : null;
  }

  /** `{subject, scenario, content, category}`: ids or null. */
  get answers() {
    if (this._handle) return this._handle.answers();
    const out = {};
    for (const key of KEYS.slice(1)) out[key] = this._pending[key] ?? this.getAttribute(key);
    return out;
  }

  set answers(value) {
    for (const key of KEYS.slice(1)) {
      if (!value || !(key in value)) continue;
      const id = value[key] == null ? null : String(value[key]);
      if (this._handle) this._handle.set(key, id);
      else this._pending[key] = id;
    }
  }
}

const hosts = [...document.querySelectorAll(`[${MARKER}]`)];
for (const host of hosts) {
  try {
    paint(host);
  } catch (error) {
    console.warn("live-scheme-selector: could not paint an element; its fallback content stays.", error);
  }
}

function fail(error) {
  console.warn("live-scheme-selector: the interactive widget could not start; showing every rule instead.", error);
  for (const host of hosts) showRules(host).catch(() => {});
  throw error;
}

/** Resolves once the widgets are running and `mount`/`decide` can be called. */
// The wasm is fetched once the page has painted its first frame, so its download never stands
// between the visitor and that paint (the widget is already in it).
const painted = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
export const ready = canRun()
  ? painted()
      .then(() => init({ module_or_path: new URL("lss_bg.wasm", import.meta.url) }))
      .then(() => boot(base), fail)
  : Promise.resolve().then(() => fail(new Error("this browser cannot run the widget's WebAssembly")));
// A page that never awaits `ready` should not see an unhandled rejection.
ready.catch(() => {});

// Defined once `ready` exists: elements already in the page upgrade at once.
if (!customElements.get("live-scheme-selector")) customElements.define("live-scheme-selector", LiveSchemeSelector);

/** Mounts a widget into `element` with our styles in its shadow root. */
function mount(element, options) {
  if (element instanceof Element && !element.shadowRoot) {
    const root = element.attachShadow({ mode: "open" });
    style(root);
  }
  return mountWidget(element, options);
}

export { mount, decide, LiveSchemeSelector };
