// The one file a page embeds. The moment it runs, every element marked
// `data-live-scheme-selector` shows the widget, from markup prerendered at build time by the
// same components the WebAssembly runs; its native controls work at once. The WebAssembly,
// loaded with its wasm-bindgen glue (`lss.js`) once the page has loaded, then takes each widget
// over, keeping what the visitor chose. Marked elements added later are mounted, removed ones
// freed. Where WebAssembly cannot run, the widget shows every rule at once instead.
//
// Imported where there is no DOM (Node, server rendering), it defines nothing and mounts
// nothing: `ready` then never settles, and `mount()` and `decide()` throw.
//
// The settings as the WebAssembly reads them: generated from its sources.
import { MARKER, PREFIX, KEYS, SYNC_URL, AT_MOUNT, option } from "./settings.js";

// Own properties only, and no Object.hasOwn: the loader must still run in browsers too old for the
// widget (Chrome 78) to show them the rules.
const own = (object, key) => Object.prototype.hasOwnProperty.call(object, key);

const BROWSER =
  typeof window === "object" &&
  typeof document === "object" &&
  typeof HTMLElement === "function" &&
  typeof customElements === "object";

// ---------------------------------------------------------------------------------------------
// Where the files are. Each is named in a literal `new URL("./file", import.meta.url)`, the form
// Vite and webpack find, emit and rewrite to wherever they put the file; served as they are, the
// files sit beside this module. `configure({ base })` points at a folder of the host's own.

let base = null;

/**
 * Where the package's files are: `{ base }`, the folder (a URL, relative to the page) that holds
 * them; without it, beside this module. Read when each file is fetched; see the README.
 */
export function configure(options) {
  const value = options !== null && typeof options === "object" && own(options, "base") ? options.base : undefined;
  const text = String(value);
  const folder = value === undefined || value === null || ((typeof value === "string" || value instanceof URL) && parses(text));
  if (options === null || typeof options !== "object" || !folder) {
    throw new TypeError(`live-scheme-selector: configure() takes { base: "<the URL of a folder>" }, not ${text.slice(0, 40)}.`);
  }
  base = value == null ? null : text.endsWith("/") ? text : `${text}/`;
}

function parses(text) {
  if (!BROWSER) return true;
  try {
    return Boolean(new URL(text, document.baseURI));
  } catch {
    return false;
  }
}

const where = (file, bundled) => (base === null ? bundled() : new URL(file, new URL(base, document.baseURI))).href;
const wasmUrl = () => where("lss_bg.wasm", () => new URL("./lss_bg.wasm", import.meta.url));
const cssUrl = () => where("live-scheme-selector.css", () => new URL("./live-scheme-selector.css", import.meta.url));

// The prerendered markup, the stylesheet's text and the rules fallback: modules of their own,
// imported only where a page needs them (a page that carries the widget in its HTML and runs
// the WebAssembly downloads none of them).
let painter = null;
const paintKit = () => (painter ??= import("./live-scheme-selector-paint.js"));
let styler = null;
let styleKit = null;
const styles = () =>
  (styler ??= import("./live-scheme-selector-style.js").then((kit) => {
    styleKit = kit;
  }));
let ruler = null;
const rulesKit = () => (ruler ??= import("./live-scheme-selector-rules.js"));

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

/**
 * A host's setting as the WebAssembly gets it: `data-lang` on a marked element, `lang` on
 * `<live-scheme-selector>`, which passes its attributes as options.
 */
const setting = (host, name) =>
  host instanceof LiveSchemeSelector ? option(host.getAttribute(name)) : host.getAttribute(`${PREFIX}${name}`);

/**
 * Our styles in `root`, unless it has them already: the stylesheet's text adopted where it is
 * loaded and the browser lets it, else the file, linked. The WebAssembly calls it too, for each
 * widget it mounts.
 */
function style(root) {
  const sheets = root.adoptedStyleSheets;
  if (root.querySelector('link[rel="stylesheet"]') || (sheets && sheets.length) || (styleKit && styleKit.adopt(root))) return;
  const link = root.ownerDocument.createElement("link");
  link.rel = "stylesheet";
  link.href = cssUrl();
  root.prepend(link);
}

/** Whether the page links the stylesheet already: a widget mounted there links it too, cached. */
function stylesheetInPage() {
  const href = cssUrl();
  const links = (root) => [...root.querySelectorAll('link[rel~="stylesheet"]')].some((l) => l.href === href);
  return links(document) || [...document.querySelectorAll(`[${MARKER}]`)].some((h) => h.shadowRoot && links(h.shadowRoot));
}

const warn = (what, error) => console.warn(`live-scheme-selector: ${what}`, error);
const quietly = (promise) => promise.catch(() => {});
const inShadow = (host, selector) => host.shadowRoot && host.shadowRoot.querySelector(selector);

// Per shadow root, so that a host painted again (moved, re-connected) gets no second listener.
const switching = new WeakSet();

/** Paints the prerendered widget into the host's shadow root, unless it is there already. */
async function paint(host) {
  if (!inShadow(host, ".lss")) {
    const [kit] = await Promise.all([paintKit(), quietly(styles())]);
    if (inShadow(host, ".lss") || api) return;
    kit.paint(host, setting(host, "lang"), setting(host, SYNC_URL), style);
  }
  const root = host.shadowRoot;
  if (switching.has(root)) return;
  switching.add(root);
  // The language switch works before the WebAssembly does: the other language's markup.
  root.addEventListener("click", async (event) => {
    const target = event.target.closest ? event.target : null;
    if (!target || host.hasAttribute("data-mounted")) return;
    if (target.closest('[data-action="retry"]')) return load();
    const button = target.closest(".lss-lang-button");
    if (!button) return;
    const kit = await paintKit();
    if (host.hasAttribute("data-mounted")) return;
    kit.switchTo(root, button.getAttribute("lang"));
    notice(host);
  });
  // An answer given before the WebAssembly runs: the result says it is on its way, never
  // "choose a scenario first".
  root.addEventListener("change", () => notice(host));
}

/**
 * The prerendered form's result line as the loading goes: the answer on its way once one is
 * given, or the network notice with its retry button when the WebAssembly could not be had.
 */
function notice(host) {
  const root = host.shadowRoot;
  const result = root && root.querySelector(".lss-result");
  if (!result || host.hasAttribute("data-mounted")) return;
  const offline = phase === "offline";
  const answered = Boolean(root.querySelector(".lss-form input:checked"));
  const loading = !offline && answered;
  const show = (el, shown) => el && el.hidden === shown && (el.hidden = !shown);
  for (const line of result.querySelectorAll(":scope > .lss-summary-line")) {
    show(line, line.dataset.summary === "loading" ? loading : !loading && !offline);
  }
  show(result.querySelector('[data-notice="offline"]'), offline);
}

/**
 * Every rule at once: for a browser that cannot run the widget, in place of a widget the page
 * kept from starting (`failed`), or below the apology of widgets stopped by an internal error.
 */
async function showRules(host, failed) {
  const [kit] = await Promise.all([rulesKit(), quietly(styles())]);
  await kit.show(host, failed, setting(host, "lang"), base, style);
}

/**
 * A host before the WebAssembly runs: painted, its result line following the loading; or,
 * where it cannot run, given every rule.
 */
function early(host) {
  if (awaited()) {
    paint(host).catch((error) => warn("could not paint a widget; the element's own content stays.", error));
  } else if (!inShadow(host, "[data-lss-rules]")) quietly(showRules(host, byPage));
}

// Each handle's widget number, out of the page's reach.
const uids = new WeakMap();

/** A widget `mount()` made. Its methods do nothing once the widget is gone. */
class Handle {
  constructor(uid) {
    uids.set(this, uid);
  }
  /** Removes the widget and shows the element's own content again. Idempotent. */
  destroy() {
    api.widgetDestroy(uids.get(this));
  }
  set(key, value) {
    // Longer than any id (64 bytes) is invalid whatever follows: the rest never enters the wasm.
    const cut = (text) => String(text).slice(0, 65);
    api.widgetSet(uids.get(this), cut(key), value == null ? undefined : cut(value));
  }
  decision() {
    return api.widgetDecision(uids.get(this));
  }
  answers() {
    return api.widgetAnswers(uids.get(this));
  }
  /** Kept from earlier versions, whose handles had to be freed; there is nothing to free. */
  free() {}
}

// The glue's exports once the WebAssembly runs. The glue is a module of its own, fetched with
// the wasm after the page's load: it is not needed for the first paint, and kept out of this
// module it does not lengthen the chain of requests before it.
let api = null;
// "loading" until the WebAssembly runs ("running") or cannot ("failed"; `byPage` when the page,
// not the browser, is why); "offline" while it could not be downloaded, until a retry.
let phase = "loading";
let byPage = false;
/** Whether the WebAssembly may still come: loading, or waiting for a retry. */
const awaited = () => phase === "loading" || phase === "offline";

/** The glue, or an error that says to wait for `ready`. */
function running(name) {
  if (!BROWSER) throw new Error(`live-scheme-selector: ${name}() runs only in a browser.`);
  if (!api) throw new Error(`live-scheme-selector: ${name}() was called before the WebAssembly runs; await ready first.`);
  return api;
}

/** Mounts a widget into `element`, replacing one already there. */
const mount = (element, options) => new Handle(running("mount").mount(element, options));

/** The Decision for `{subject, scenario, content, category}`; see the README. */
const decide = (input) => running("decide").decide(input);

/** How many widgets are mounted: 0 until the WebAssembly runs. */
const widgetCount = () => (api ? api.widgetCount() : 0);

// ---------------------------------------------------------------------------------------------
// `<live-scheme-selector>`.

// Elements connected before the WebAssembly runs, mounted once it does.
const waiting = new Set();

/**
 * `<live-scheme-selector lang subject scenario content category sync-url>`: paints at once
 * wherever and whenever it is connected, runs once the WebAssembly is ready, follows its
 * attributes, and frees everything when it is removed. Moved (removed and inserted again in one
 * task) it keeps running untouched; re-connected later, it starts from the answers it had.
 * (wasm-bindgen cannot subclass HTMLElement, so this small class hands everything to the wasm's
 * `mount`.)
 */
class LiveSchemeSelector extends (BROWSER ? HTMLElement : class {}) {
  static get observedAttributes() {
    return [...KEYS, ...AT_MOUNT.map(([name]) => name)];
  }

  constructor() {
    super();
    this._handle = null;
    // No prototype: a polluted Object.prototype must not answer the questions.
    this._pending = Object.create(null);
    // The language and answers it had when it was last removed.
    this._saved = null;
    this._queued = false;
  }

  connectedCallback() {
    if (phase !== "running") early(this);
    if (awaited()) waiting.add(this);
    this._settle();
  }

  disconnectedCallback() {
    this._settle();
  }

  /**
   * Mounts or unmounts once the current task's moves are done (a microtask, once per task
   * however often it was moved), and never while the WebAssembly is on the stack.
   */
  _settle() {
    if (this._queued) return;
    this._queued = true;
    Promise.resolve().then(() => {
      this._queued = false;
      if (!this.isConnected) {
        waiting.delete(this);
        this._unmount();
      } else if (phase === "running") {
        this._mount();
      }
    });
  }

  attributeChangedCallback(name, before, after) {
    if (before === after) return;
    if (!this._handle) {
      // While removed, a changed attribute is the answer it comes back with.
      if (this._saved && KEYS.includes(name)) this._saved[name] = after;
    } else if (!KEYS.includes(name)) {
      // Who keeps the URL, and how, is settled at mount: mount again, with the visitor's answers.
      this._unmount();
      this._mount();
    } else {
      this._handle.set(name, after);
    }
  }

  _unmount() {
    if (!this._handle) return;
    const widget = inShadow(this, ".lss");
    this._saved = Object.assign(Object.create(null), this._handle.answers());
    if (widget) this._saved.lang = widget.getAttribute("lang");
    this._handle.destroy();
    this._handle = null;
  }

  _mount() {
    if (!this.isConnected || this._handle) return;
    const options = Object.create(null);
    for (const [name, key] of AT_MOUNT) options[key] = this.getAttribute(name) ?? undefined;
    for (const key of KEYS) options[key] = this._answer(key) ?? undefined;
    this._pending = Object.create(null);
    try {
      this._handle = mount(this, options);
    } catch (error) {
      quietly(showRules(this, true));
      warn("the element could not start; showing every rule instead.", error);
    }
  }

  /** An answer as set by the property, else as it was when removed, else the attribute. */
  _answer(key) {
    if (own(this._pending, key)) return this._pending[key];
    if (this._saved && own(this._saved, key)) return this._saved[key];
    return this.getAttribute(key);
  }

  /** The current Decision, as `decide()` gives it; null until the WebAssembly runs. */
  get decision() {
    return this._handle ? this._handle.decision() : null;
  }

  /** `{subject, scenario, content, category}`: ids or null. */
  get answers() {
    if (this._handle) return this._handle.answers();
    const out = {};
    for (const key of KEYS.slice(1)) out[key] = this._answer(key);
    return out;
  }

  set answers(value) {
    for (const key of KEYS.slice(1)) {
      if (!value || !own(value, key)) continue;
      const id = value[key] == null ? null : String(value[key]);
      if (this._handle) this._handle.set(key, id);
      else this._pending[key] = id;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Marked elements, whenever they come and go: a mutation observer, no polling.

// The marked elements the WebAssembly runs, with their widgets' numbers (undefined: it could not).
const marked = new Map();

/** Brings one marked element in line with the page: painted, mounted, freed or given the rules. */
function settle(host) {
  const wanted = host.isConnected && host.hasAttribute(MARKER);
  if (phase !== "running") {
    if (wanted) early(host);
  } else if (wanted && !marked.has(host)) {
    marked.set(host, api.mountMarked(host));
  } else if (!wanted && marked.has(host)) {
    const uid = marked.get(host);
    marked.delete(host);
    if (uid !== undefined) api.widgetDestroy(uid);
  }
}

function settleAll() {
  for (const host of document.querySelectorAll(`[${MARKER}]`)) settle(host);
}

function collect(node, into) {
  if (node.nodeType !== 1) return;
  if (node.hasAttribute(MARKER) || marked.has(node)) into.add(node);
  for (const el of node.querySelectorAll(`[${MARKER}]`)) into.add(el);
}

function observe(records) {
  const touched = new Set();
  for (const record of records) {
    if (record.type === "attributes") touched.add(record.target);
    for (const node of record.addedNodes) collect(node, touched);
    for (const node of record.removedNodes) collect(node, touched);
  }
  // Handled after every record is read, so an element moved within a task stays as it is.
  for (const host of touched) {
    try {
      settle(host);
    } catch (error) {
      // A widget that stopped after an internal error cannot be mounted or freed; the page's
      // own change must not fail for it.
      warn("could not follow a marked element.", error);
    }
  }
}

/** Every rule in every host: `failed` when the page, not the browser, is why. */
function fail(error, failed = false) {
  warn("the interactive widget could not start; showing every rule instead.", error);
  phase = "failed";
  byPage = failed;
  settleAll();
  for (const el of waiting) if (el.isConnected) early(el);
  waiting.clear();
  throw error;
}

/**
 * An exception from the widget's own code that no one caught: a host's DOM method that threw
 * when Yew called it, say. The wasm's state may be half-changed, so every widget stops as after
 * a panic (the apology and every rule), and the page's error handlers are spared it.
 */
function thrownThrough(event) {
  const error = event.error ?? event.reason;
  const stack = String((error && error.stack) || "");
  if (!/wasm-function|lss_bg\.wasm|lss\.js/.test(stack)) return;
  event.preventDefault();
  event.stopImmediatePropagation();
  warn("the widget stopped after an error thrown inside it; showing every rule instead.", error);
  try {
    api.stop();
  } catch {
    // Nothing more to do: the widgets that could not stop keep what they show.
  }
}

/** Where widgets could not start or stopped after a panic: every rule instead. */
function rulesIn(stopped) {
  for (const host of stopped) quietly(showRules(host, true));
}

// A download that sends nothing for this long is given up: the visitor is told, and can retry.
const STALL_MS = 8000;

/** A network outcome, not the browser's or the page's doing: a retry may help. */
class Unreachable extends Error {}

/**
 * The wasm's bytes. Rejects with Unreachable, naming the cause, when the request fails, the
 * server answers with an error, or nothing arrives for STALL_MS (before the answer or between
 * two chunks of it).
 */
function download(url) {
  return new Promise((resolve, reject) => {
    const controller = new AbortController();
    let timer = 0;
    const lost = (why) => {
      clearTimeout(timer);
      controller.abort();
      reject(new Unreachable(`live-scheme-selector: ${url} ${why}; check the connection and retry.`));
    };
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => lost(`sent nothing for ${STALL_MS / 1000} s`), STALL_MS);
    };
    arm();
    fetch(url, { signal: controller.signal })
      .then(async (response) => {
        if (!response.ok) return lost(`was answered with HTTP ${response.status}`);
        // The bytes come whole from a copy; the original's chunks only say that the download
        // moves. (A body read to its end chunk by chunk alone leaves Chromium to report the
        // request as cancelled.)
        const bytes = response.clone().arrayBuffer();
        const reader = response.body.getReader();
        while (!(await reader.read()).done) arm();
        clearTimeout(timer);
        resolve(bytes);
      })
      .catch((error) => lost(`could not be downloaded (${error && error.message})`));
  });
}

/** The glue module, or Unreachable when it cannot be fetched. */
const glueModule = () =>
  import("./lss.js").catch((error) => {
    throw new Unreachable(`live-scheme-selector: lss.js could not be loaded (${error && error.message}); check the connection and retry.`);
  });

let loading = null;

/** Every painted widget's result line brought in line with the loading. */
function noticeAll() {
  for (const host of document.querySelectorAll(`[${MARKER}]`)) notice(host);
  for (const el of waiting) notice(el);
}

/**
 * Downloads and starts the WebAssembly; again after a network failure (the retry button).
 * Resolves once the widgets run; rejects with an Error naming the cause.
 */
function load() {
  if (loading) return loading;
  phase = "loading";
  noticeAll();
  // The wasm downloads while the glue does, and the stylesheet's text, which `mount()`
  // adopts, unless the page links the file already.
  const wasm = download(wasmUrl());
  quietly(wasm);
  const glue = glueModule().then((glue) =>
    wasm.then((bytes) =>
      glue.default({ module_or_path: bytes }).then(
        () => glue,
        (error) => {
          throw new Error(`live-scheme-selector: lss_bg.wasm is not a module this widget can run (${error && error.message}).`);
        },
      ),
    ),
  );
  loading = Promise.all([glue, stylesheetInPage() || quietly(styles())]).then(
    ([glue]) => {
      api = glue;
      glue.boot(rulesIn, style);
      addEventListener("error", thrownThrough, true);
      addEventListener("unhandledrejection", thrownThrough, true);
      phase = "running";
      settleAll();
      for (const el of waiting) el._settle();
      waiting.clear();
    },
    (error) => {
      loading = null;
      if (!(error instanceof Unreachable)) return fail(error, true);
      warn("the WebAssembly could not be downloaded; the form waits for a retry.", error);
      phase = "offline";
      noticeAll();
      throw error;
    },
  );
  return loading;
}

function start() {
  new MutationObserver(observe).observe(document, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: [MARKER],
  });
  settleAll();
  // The wasm is fetched once the page has loaded and painted, so its download never stands
  // between the visitor and the first paint (the widget is already in it).
  const loaded = () =>
    new Promise((resolve) => (document.readyState === "complete" ? resolve() : addEventListener("load", resolve, { once: true })));
  const painted = () => loaded().then(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
  const cannot = (why, failed) => Promise.resolve().then(() => fail(new Error(why), failed));
  if (!canRun()) return cannot("this browser cannot run the widget's WebAssembly");
  if (!hostWorks()) {
    return cannot("this page has broken setTimeout, queueMicrotask or removeEventListener, which the widget needs", true);
  }
  return painted().then(load);
}

/** Resolves once the widgets are running and `mount`/`decide` can be called. */
export const ready = BROWSER ? start() : new Promise(() => {});
// A page that never awaits `ready` should not see an unhandled rejection.
quietly(ready);

if (BROWSER && !customElements.get("live-scheme-selector")) customElements.define("live-scheme-selector", LiveSchemeSelector);

export { mount, decide, widgetCount, LiveSchemeSelector };
