// The prerendered widget and its stylesheet, for hosts the page did not paint in its own HTML.
// live-scheme-selector.js loads this only when such a host exists, so a page that carries the
// widget as declarative shadow DOM (the demo page, the embed snippets) never downloads it.
import css from "./live-scheme-selector.css";
import zh from "./prerender.zh-CN.html";
import en from "./prerender.en.html";

const MARKUP = { "zh-CN": zh, en };

/** The build-time markup of the empty widget in `lang` ("zh-CN" or "en"). */
export const markup = (lang) => MARKUP[lang];

let sheet = null;
/** Our styles in `root`, unless it links them already; `base` is where the files are. */
export function style(root, base) {
  if (root.querySelector('link[rel="stylesheet"]') || root.adoptedStyleSheets?.length) return;
  try {
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
    }
    root.adoptedStyleSheets = [sheet];
  } catch {
    // No constructable stylesheets: the same file, linked.
    const link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = `${base}live-scheme-selector.css`;
    root.prepend(link);
  }
}
