// Loaded before anything else on every test page: a violation of the page's CSP anywhere later
// (the widget's module, its WebAssembly, its shadow-root styles) lands on the console, where the
// tests read it, even when the browser itself would log nothing.
document.addEventListener(
  "securitypolicyviolation",
  (event) => {
    console.error(
      `securitypolicyviolation: ${event.effectiveDirective} blocked ${event.blockedURI || "inline"}`,
    );
  },
  true,
);
