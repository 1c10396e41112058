// A browser without WebAssembly, as the oldest in-app browsers are, in any engine the tests
// drive (some can only load a page, not script it before it loads).
delete globalThis.WebAssembly;
