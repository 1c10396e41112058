// The widget's stylesheet as a module: the text live-scheme-selector.js adopts into each shadow
// root it styles, so that neither `mount()` nor a bundler has to find the CSS file.
import css from "./live-scheme-selector.css";

let sheet = null;

/** Adopts the stylesheet into `root`; false where the browser or the page does not let it. */
export function adopt(root) {
  try {
    if (!sheet) {
      const made = new CSSStyleSheet();
      made.replaceSync(css);
      sheet = made;
    }
    root.adoptedStyleSheets = [sheet];
    // A page may have made the property a no-op.
    return Boolean(root.adoptedStyleSheets?.includes?.(sheet));
  } catch {
    // No constructable stylesheets, or a root of another document.
    return false;
  }
}
