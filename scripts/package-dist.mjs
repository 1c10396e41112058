// Makes the built folder an npm package: writes its package.json (name, the crate's version and
// description, exports with types) and copies in the type declarations and the Custom Elements
// Manifest. Run by scripts/postbuild.sh on Trunk's staging folder; `node
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

const copied = ["live-scheme-selector.d.ts", "custom-elements.json"];
for (const name of copied) fs.copyFileSync(path.join(root, "js", name), path.join(out, name));

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
  "lss_bg.wasm",
  "live-scheme-selector.css",
  "custom-elements.json",
];
const absent = files.filter((f) => !fs.existsSync(path.join(out, f)));
if (absent.length) throw new Error(`package-dist: missing from ${out}: ${absent.join(", ")}`);

const manifest = {
  name: "live-scheme-selector",
  version: cargo.version,
  description: cargo.description ?? "",
  license: cargo.license ?? "UNLICENSED",
  type: "module",
  exports: {
    ".": { types: "./live-scheme-selector.d.ts", default: "./live-scheme-selector.js" },
    "./live-scheme-selector.css": "./live-scheme-selector.css",
    "./lss_bg.wasm": "./lss_bg.wasm",
    "./package.json": "./package.json",
  },
  main: "./live-scheme-selector.js",
  types: "./live-scheme-selector.d.ts",
  files,
  // Importing the module defines <live-scheme-selector> and mounts the marked elements.
  sideEffects: ["./live-scheme-selector.js"],
  customElements: "custom-elements.json",
};
fs.writeFileSync(path.join(out, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);
