// The one file a page embeds: loads the widget's WebAssembly from beside this module (so the
// folder can be served from any path or CDN) and mounts a widget into every element marked
// `data-live-scheme-selector`. Until that succeeds the element's own content stays visible.
import init, { boot, mount, decide } from "./lss.js";

const base = new URL(".", import.meta.url).href;

/** Resolves once the widgets are mounted and `mount`/`decide` can be called. */
export const ready = init({ module_or_path: new URL("lss_bg.wasm", import.meta.url) }).then(
  () => boot(base),
  (error) => {
    console.warn("live-scheme-selector: could not start; the page's fallback content stays.", error);
    throw error;
  },
);
// A page that never awaits `ready` should not see an unhandled rejection.
ready.catch(() => {});

export { mount, decide };
