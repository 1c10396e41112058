// Makes the built folder an npm package: writes its package.json (name, the crate's version,
// description and licence, exports with types) and README (from the repository's), and copies
// in the type declarations, the React and Vue entry points, the Custom Elements Manifest and
// the licences. Run by scripts/postbuild.sh on Trunk's staging folder; `node
// scripts/package-dist.mjs <folder>` runs it on any built folder.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const out = path.resolve(process.argv[2] ?? process.env.TRUNK_STAGING_DIR ?? "dist");

/** The `[package]` table of Cargo.toml: the keys this script needs, as plain strings. */
function cargoPackage(text) {
  const fields = {};
  let inPackage = false;
  for (const line of text.split("\n")) {
    const table = line.match(/^\s*\[([^\]]+)\]/);
    if (table) {
      inPackage = table[1].trim() === "package";
      continue;
    }
    const field = inPackage && line.match(/^\s*([A-Za-z0-9_-]+)\s*=\s*"((?:[^"\\]|\\.)*)"/);
    if (field) fields[field[1]] = JSON.parse(`"${field[2]}"`);
  }
  return fields;
}

const cargo = cargoPackage(fs.readFileSync(path.join(root, "Cargo.toml"), "utf8"));
if (!cargo.version) throw new Error("package-dist: no [package] version in Cargo.toml");

// The type declarations, the manifest and the framework entry points, from js/; the licences
// from the repository's root.
const copied = [
  ["js/live-scheme-selector.d.ts", "live-scheme-selector.d.ts"],
  ["js/custom-elements.json", "custom-elements.json"],
  ["js/react.js", "react.js"],
  ["js/react.d.ts", "react.d.ts"],
  ["js/vue.js", "vue.js"],
  ["js/vue.d.ts", "vue.d.ts"],
  ["LICENSE-MIT", "LICENSE-MIT"],
  ["LICENSE-APACHE", "LICENSE-APACHE"],
];
for (const [from, to] of copied) fs.copyFileSync(path.join(root, from), path.join(out, to));

// The package's README: the repository README's sections on embedding, under the package's name.
const SECTIONS = [
  "## Embedding",
  "### JavaScript API",
  "### Events",
  "### Content-Security-Policy",
  "### Styles and theming",
  "### The `<live-scheme-selector>` element",
  "### TypeScript and npm",
];

/** The README's section under `heading`, up to the next heading of its level or above. */
function section(text, heading) {
  const lines = text.split("\n");
  const start = lines.indexOf(heading);
  if (start < 0) throw new Error(`package-dist: README.md has no "${heading}" section`);
  const level = heading.indexOf(" ");
  let end = start + 1;
  let fenced = false;
  for (; end < lines.length; end++) {
    if (lines[end].startsWith("```")) fenced = !fenced;
    const hashes = !fenced && lines[end].match(/^(#+) /);
    if (hashes && hashes[1].length <= level) break;
  }
  // "## Embedding" alone: its own text, before its first subsection.
  if (heading === "## Embedding") {
    const sub = lines.findIndex((l, i) => i > start && l.startsWith("### "));
    if (sub > 0 && sub < end) end = sub;
  }
  return lines.slice(start, end).join("\n").trim();
}

const readme = fs.readFileSync(path.join(root, "README.md"), "utf8");
const intro = readme.split("\n\n")[1];
if (!intro) throw new Error("package-dist: README.md has no opening paragraph");
const packageReadme = [
  "# live-scheme-selector",
  intro,
  ...SECTIONS.map((h) => section(readme, h)),
  "## License",
  "Licensed under either of [Apache License, Version 2.0](LICENSE-APACHE) or [MIT license](LICENSE-MIT) at your option.",
].join("\n\n");
fs.writeFileSync(path.join(out, "README.md"), `${packageReadme}\n`);

const files = [
  "live-scheme-selector.js",
  // The wasm-bindgen glue, imported by the module once the page has loaded, with the wasm.
  "lss.js",
  // Imported by the module where a page needs them: the paint kit where a host is not
  // prerendered in the page, the stylesheet's text for widgets it styles, the rules fallback
  // where WebAssembly cannot run (with the rules pages).
  "live-scheme-selector-paint.js",
  "live-scheme-selector-style.js",
  "live-scheme-selector-rules.js",
  "overview.zh-CN.html",
  "overview.en.html",
  "live-scheme-selector.d.ts",
  "react.js",
  "react.d.ts",
  "vue.js",
  "vue.d.ts",
  "lss_bg.wasm",
  "live-scheme-selector.css",
  "custom-elements.json",
  "README.md",
  "LICENSE-MIT",
  "LICENSE-APACHE",
];
const absent = files.filter((f) => !fs.existsSync(path.join(out, f)));
if (absent.length) throw new Error(`package-dist: missing from ${out}: ${absent.join(", ")}`);
if (!cargo.license) throw new Error("package-dist: no [package] license in Cargo.toml");

const manifest = {
  name: "live-scheme-selector",
  version: cargo.version,
  description: cargo.description ?? "",
  license: cargo.license,
  type: "module",
  exports: {
    ".": { types: "./live-scheme-selector.d.ts", default: "./live-scheme-selector.js" },
    "./live-scheme-selector.js": { types: "./live-scheme-selector.d.ts", default: "./live-scheme-selector.js" },
    // The same module, with React's or Vue's declarations of the element.
    "./react": { types: "./react.d.ts", default: "./react.js" },
    "./vue": { types: "./vue.d.ts", default: "./vue.js" },
    // The files the module loads, for hosts that copy or serve them themselves.
    "./live-scheme-selector.css": "./live-scheme-selector.css",
    "./lss_bg.wasm": "./lss_bg.wasm",
    "./overview.zh-CN.html": "./overview.zh-CN.html",
    "./overview.en.html": "./overview.en.html",
    "./custom-elements.json": "./custom-elements.json",
    "./package.json": "./package.json",
  },
  main: "./live-scheme-selector.js",
  types: "./live-scheme-selector.d.ts",
  files,
  // Importing the module (directly or through the React and Vue entry points) defines
  // <live-scheme-selector> and mounts the marked elements; an imported stylesheet styles the
  // page. The other modules only export.
  sideEffects: ["./live-scheme-selector.js", "./react.js", "./vue.js", "*.css"],
  customElements: "custom-elements.json",
};
fs.writeFileSync(path.join(out, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);
