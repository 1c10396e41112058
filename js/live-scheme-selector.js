// The one file a page embeds. The moment it runs, every element marked
// `data-live-scheme-selector` shows the widget, from markup prerendered at build time by the
// same components the WebAssembly runs; its native controls work at once. The WebAssembly,
// loaded from beside this module with its wasm-bindgen glue (`lss.js`) once the page has loaded,
// then takes each widget over, keeping what the visitor chose.
// Where WebAssembly cannot run, the widget shows every rule at once instead.
// The settings as the WebAssembly reads them: generated from its sources.
import { MARKER, PREFIX, KEYS, SYNC_URL, SYNC_URL_OPTION, option, langOf, syncsUrl } from "./settings.js";

const base = new URL(".", import.meta.url).href;

// The prerendered markup and the stylesheet, fetched at once, but only where a host needs them.
let painter = null;
const paintKit = () => (painter ??= import("./live-scheme-selector-paint.js"));

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

// Yew's scheduler and the widget's own tasks need timers, microtasks and event listeners that
// work. A page that has broken one of them (replaced it with a function that throws) would
// leave a form that looks alive and answers nothing, so such a page gets every rule instead.
// Wrapped versions that still work (zone.js, monitoring scripts) pass.
function hostWorks() {
  try {
    clearTimeout(setTimeout(() => {}, 0));
    queueMicrotask(() => {});
    const probe = document.createElement("div");
    const noop = () => {};
    probe.addEventListener("click", noop);
    probe.removeEventListener("click", noop);
    return true;
  } catch {
    return false;
  }
}

/** Build-time markup as nodes. Parsed as an inert document: it holds no script. */
function nodes(html) {
  const doc = new DOMParser().parseFromString(`<div class="lss-host">${html}</div>`, "text/html");
  return document.adoptNode(doc.body.firstChild);
}

/**
 * A host's setting as the WebAssembly gets it: `data-lang` on a marked element, `lang` on
 * `<live-scheme-selector>`, which passes its attributes as options.
 */
const setting = (host, name) =>
  host instanceof LiveSchemeSelector ? option(host.getAttribute(name)) : host.getAttribute(`${PREFIX}${name}`);

/** Empties a shadow root but for its stylesheet links. */
function clear(root) {
  for (const el of [...root.children]) if (!el.matches('link[rel="stylesheet"]')) el.remove();
}

let urlTaken = false;
/** Paints the prerendered widget into the host's shadow root, unless it is there already. */
async function paint(host) {
  // Only the widget that keeps its state in the URL offers to copy the link.
  const owns = !urlTaken && syncsUrl(setting(host, SYNC_URL));
  urlTaken ||= owns;
  const drop = (widget) => {
    if (!owns) widget.querySelectorAll('[data-action="copy-link"], .lss-copy-status').forEach((el) => el.remove());
  };
  if (!host.shadowRoot?.querySelector(".lss")) {
    const kit = await paintKit();
    if (host.shadowRoot?.querySelector(".lss")) return;
    const root = host.shadowRoot ?? host.attachShadow({ mode: "open" });
    // What a widget removed earlier left (the slot for the host's own content) gives way.
    clear(root);
    kit.style(root, base);
    const widget = nodes(kit.markup(langOf(setting(host, "lang"))));
    drop(widget);
    root.append(widget);
  }
  const root = host.shadowRoot;
  // The language switch works before the WebAssembly does: the other language's markup.
  root.addEventListener("click", async (event) => {
    const button = event.target.closest?.(".lss-lang-button");
    if (!button || host.hasAttribute("data-mounted")) return;
    const lang = button.getAttribute("lang");
    const kit = await paintKit();
    const current = root.querySelector(".lss-host");
    if (!current || host.hasAttribute("data-mounted")) return;
    const next = nodes(kit.markup(langOf(lang)));
    const checked = current.querySelector("input:checked");
    if (checked) next.querySelector(`input[value="${checked.value}"]`)?.click();
    drop(next);
    // Marks the language as the visitor's choice, which the takeover keeps.
    next.setAttribute("data-lang-chosen", "");
    current.replaceWith(next);
    next.querySelector(`.lss-lang-button[lang="${lang}"]`)?.focus();
  });
}

/**
 * Every rule at once: for a browser that cannot run the widget, in place of a widget the page
 * kept from starting (`failed`), or below the apology of widgets stopped by an internal error.
 */
async function showRules(host, failed = false) {
  // A shadow root with content of the host's own is left alone.
  if (host.shadowRoot?.childElementCount && !host.shadowRoot.querySelector(".lss-host, [data-lss-fallback]")) return;
  const root = host.shadowRoot ?? host.attachShadow({ mode: "open" });
  (await paintKit()).style(root, base);
  const apology = root.querySelector(".lss-apology");
  const lang = apology?.getAttribute("lang") || root.querySelector(".lss")?.getAttribute("lang") || langOf(setting(host, "lang"));
  const response = await fetch(`${base}overview.${lang}.html`);
  if (!response.ok) throw new Error(`overview.${lang}.html: ${response.status}`);
  const rules = nodes(await response.text());
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
    clear(root);
    root.append(rules);
  }
}

/** A widget `mount()` made. Its methods do nothing once the widget is gone. */
class Handle {
  #uid;
  constructor(uid) {
    this.#uid = uid;
  }
  /** Removes the widget and shows the element's own content again. Idempotent. */
  destroy() {
    api.widgetDestroy(this.#uid);
  }
  set(key, value) {
    // Longer than any id (64 bytes) is invalid whatever follows: the rest never enters the wasm.
    const cut = (text) => String(text).slice(0, 65);
    api.widgetSet(this.#uid, cut(key), value == null ? undefined : cut(value));
  }
  decision() {
    return api.widgetDecision(this.#uid);
  }
  answers() {
    return api.widgetAnswers(this.#uid);
  }
  /** Kept from earlier versions, whose handles had to be freed; there is nothing to free. */
  free() {}
}

// The glue's exports once the WebAssembly runs. The glue is a module of its own, fetched with
// the wasm after the page's load: it is not needed for the first paint, and kept out of this
// module it does not lengthen the chain of requests before it.
let api = null;

/** The glue, or an error that says to wait for `ready`. */
function running(name) {
  if (!api) throw new Error(`live-scheme-selector: ${name}() was called before the WebAssembly runs; await ready first.`);
  return api;
}

/** Mounts a widget into `element`, replacing one already there. */
const mount = (element, options) => new Handle(running("mount").mount(element, options));

/** The Decision for `{subject, scenario, content, category}`; see the README. */
const decide = (input) => running("decide").decide(input);

/** How many widgets are mounted: 0 until the WebAssembly runs. */
const widgetCount = () => (api ? api.widgetCount() : 0);

/**
 * `<live-scheme-selector lang subject scenario content category sync-url>`: paints at once
 * wherever and whenever it is connected, runs once the WebAssembly is ready, follows its
 * attributes, and frees everything when it is removed. (wasm-bindgen cannot subclass
 * HTMLElement, so this small class hands everything to the wasm's `mount`.)
 */
class LiveSchemeSelector extends HTMLElement {
  static get observedAttributes() {
    return [...KEYS, SYNC_URL];
  }

  constructor() {
    super();
    this._handle = null;
    // No prototype: a polluted Object.prototype must not answer the questions.
    this._pending = Object.create(null);
  }

  connectedCallback() {
    paint(this).catch((error) =>
      console.warn("live-scheme-selector: could not paint the element; its own content stays.", error),
    );
    ready.then(
      () => this._mount(),
      () => showRules(this).catch(() => {}),
    );
  }

  disconnectedCallback() {
    this._handle?.destroy();
    this._handle = null;
  }

  attributeChangedCallback(name, before, after) {
    if (!this._handle || before === after) return;
    if (name === SYNC_URL) {
      // Who keeps the URL is settled at mount: mount again.
      this.disconnectedCallback();
      this._mount();
    } else {
      this._handle.set(name, after);
    }
  }

  _mount() {
    if (!this.isConnected || this._handle) return;
    const options = Object.create(null);
    options[SYNC_URL_OPTION] = this.getAttribute(SYNC_URL) ?? undefined;
    for (const key of KEYS) options[key] = this._pending[key] ?? this.getAttribute(key) ?? undefined;
    this._pending = Object.create(null);
    try {
      this._handle = mount(this, options);
    } catch (error) {
      showRules(this, true).catch(() => {});
      console.warn("live-scheme-selector: the element could not start; showing every rule instead.", error);
    }
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
      if (!value || !Object.hasOwn(value, key)) continue;
      const id = value[key] == null ? null : String(value[key]);
      if (this._handle) this._handle.set(key, id);
      else this._pending[key] = id;
    }
  }
}

const hosts = [...document.querySelectorAll(`[${MARKER}]`)];
for (const host of hosts) {
  paint(host).catch((error) =>
    console.warn("live-scheme-selector: could not paint an element; its fallback content stays.", error),
  );
}

/** Every rule in every marked element: `failed` when the page, not the browser, is why. */
function fail(error, failed = false) {
  console.warn("live-scheme-selector: the interactive widget could not start; showing every rule instead.", error);
  for (const host of hosts) showRules(host, failed).catch(() => {});
  throw error;
}

/** Where widgets could not start or stopped after a panic: every rule instead. */
function rulesIn(stopped) {
  for (const host of stopped) showRules(host, true).catch(() => {});
}

/** Resolves once the widgets are running and `mount`/`decide` can be called. */
// The wasm is fetched once the page has loaded and painted, so its download never stands
// between the visitor and the first paint (the widget is already in it).
const loaded = () =>
  new Promise((resolve) => (document.readyState === "complete" ? resolve() : addEventListener("load", resolve, { once: true })));
const painted = () => loaded().then(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
const cannot = (why, failed) => Promise.resolve().then(() => fail(new Error(why), failed));
export const ready = !canRun()
  ? cannot("this browser cannot run the widget's WebAssembly")
  : !hostWorks()
    ? cannot("this page has broken setTimeout, queueMicrotask or removeEventListener, which the widget needs", true)
    : painted()
        .then(() => {
          // The wasm downloads while the glue does.
          const wasm = fetch(new URL("lss_bg.wasm", import.meta.url));
          wasm.catch(() => {});
          return import("./lss.js").then((glue) => glue.default({ module_or_path: wasm }).then(() => glue));
        })
        .then((glue) => {
          api = glue;
          glue.boot(base, rulesIn);
        }, fail);
// A page that never awaits `ready` should not see an unhandled rejection.
ready.catch(() => {});

// Defined once `ready` exists: elements already in the page upgrade at once.
if (!customElements.get("live-scheme-selector")) customElements.define("live-scheme-selector", LiveSchemeSelector);

export { mount, decide, widgetCount, LiveSchemeSelector };
