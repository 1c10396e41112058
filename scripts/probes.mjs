// Scripts the startup benchmark adds to a page before any of the page's own scripts run. They
// time, from navigation start (performance.now()), what a visitor sees and can do:
//
// - `present`: the first `input` or `select` exists in the document or in any shadow root:
//   roots the page attaches with attachShadow, and declarative shadow roots the parser attaches
//   to widget hosts (`<template shadowrootmode="open">`), which attachShadow never sees.
// - `painted`: the first frame in which such a control has a layout box has been rendered. A
//   frame callback checks for the box just before the frame's style, layout and paint; a task
//   queued from it runs once that frame is done. This is the browser's rendering of the frame,
//   not its arrival on screen (the compositor's part), which is the same for every page.
// - `mounted`, `interactive` (INTERACTIVE only): the widget host got `data-mounted` (the
//   WebAssembly took it over); then the category question's select is set to `social-live` as
//   a visitor would, and `interactive` is when the Standard Live card reports `available`.
//
// Results are in `window.__lss`; `error` says why a measurement could not be taken.
const HOSTS = "[data-live-scheme-selector], live-scheme-selector";

export const PAINT = `(() => {
  const s = (window.__lss = { present: null, painted: null, mounted: null, interactive: null, error: null });
  const roots = new Set([document]);
  const watched = new WeakSet();
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    roots.add(root);
    watch(root);
    return root;
  };
  const controls = () => {
    for (const host of document.querySelectorAll(${JSON.stringify(HOSTS)})) {
      if (host.shadowRoot) roots.add(host.shadowRoot);
    }
    const out = [];
    for (const root of roots) {
      watch(root);
      out.push(...root.querySelectorAll("input, select"));
    }
    return out;
  };
  function watch(root) {
    if (watched.has(root)) return;
    watched.add(root);
    new MutationObserver(update).observe(root, { childList: true, subtree: true });
  }
  function update() {
    if (s.present !== null || controls().length === 0) return;
    s.present = performance.now();
    requestAnimationFrame(frame);
  }
  function frame() {
    if (!controls().some((c) => c.getClientRects().length > 0)) {
      requestAnimationFrame(frame);
      return;
    }
    const channel = new MessageChannel();
    channel.port1.onmessage = () => { s.painted = performance.now(); };
    channel.port2.postMessage(null);
  }
  watch(document);
  update();
  document.addEventListener("DOMContentLoaded", update);
})();`;

export const INTERACTIVE = `(() => {
  const s = window.__lss;
  const until = (root, test, options) => new Promise((resolve) => {
    const found = test();
    if (found) return resolve(found);
    const obs = new MutationObserver(() => {
      const found = test();
      if (found) { obs.disconnect(); resolve(found); }
    });
    obs.observe(root, options);
  });
  const mounted = () => [...document.querySelectorAll(${JSON.stringify(HOSTS)})]
    .find((host) => host.hasAttribute("data-mounted") && host.shadowRoot);
  const CARD = '[data-scheme="standard-live"][data-status="available"]';
  until(document, mounted, { childList: true, subtree: true, attributes: true, attributeFilter: ["data-mounted"] })
    .then(async (host) => {
      s.mounted = performance.now();
      const root = host.shadowRoot;
      const select = await until(root, () => [...root.querySelectorAll("select")]
        .find((el) => [...el.options].some((o) => o.value === "social-live")), { childList: true, subtree: true });
      if (root.querySelector(CARD)) throw new Error("the card was available before the category was chosen");
      select.value = "social-live";
      select.dispatchEvent(new Event("input", { bubbles: true }));
      select.dispatchEvent(new Event("change", { bubbles: true }));
      await until(root, () => root.querySelector(CARD), { childList: true, subtree: true, attributes: true });
      s.interactive = performance.now();
    })
    .catch((e) => { s.error = String(e); });
})();`;

/** A widget host the WebAssembly has taken over. */
export const MOUNTED_HOST = "[data-live-scheme-selector][data-mounted], live-scheme-selector[data-mounted]";
