// The size budget, in every test run: what the demo page downloads is fixed by the build, so
// unlike the timings it needs no quiet machine.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useBrowser } from "./lib/harness.mjs";
import fs from "node:fs";
import path from "node:path";
import { downloads, BROTLI_BUDGET_KB } from "../../scripts/sizes.mjs";
import { DIST } from "./server.mjs";

const env = useBrowser();

test(`the demo page downloads at most ${BROTLI_BUDGET_KB} kB brotli'd, each file once`, async () => {
  const { files, total } = await downloads(env.browser, `${env.url}/`, (line) => console.log(`size: ${line}`));
  assert.deepEqual(files.filter((f) => f.missing).map((f) => f.file), [], "every file it asks for is in dist/");
  assert.deepEqual(files.filter((f) => f.requests > 1).map((f) => f.file), [], "no file is fetched twice");
  assert.ok(files.some((f) => f.file === "lss_bg.wasm"), "the wasm is among them");
  assert.ok(total / 1000 <= BROTLI_BUDGET_KB, `brotli total ${(total / 1000).toFixed(1)} kB > ${BROTLI_BUDGET_KB} kB`);
});

/** The names of a wasm module's custom sections. */
function customSections(bytes) {
  const names = [];
  const leb = (i) => {
    let n = 0;
    let shift = 0;
    for (;;) {
      const b = bytes[i++];
      n |= (b & 0x7f) << shift;
      shift += 7;
      if (b < 0x80) return [n >>> 0, i];
    }
  };
  let i = 8;
  while (i < bytes.length) {
    const id = bytes[i++];
    let size;
    [size, i] = leb(i);
    if (id === 0) {
      const [len, at] = leb(i);
      names.push(new TextDecoder().decode(bytes.subarray(at, at + len)));
    }
    i += size;
  }
  return names;
}

test("the build's size steps each did their work", async () => {
  // wasm-opt (Trunk's `data-wasm-opt` and its parameters) strips what the browser never reads.
  const sections = customSections(fs.readFileSync(path.join(DIST, "lss_bg.wasm")));
  for (const gone of ["name", "producers", "target_features"]) {
    assert.ok(!sections.includes(gone), `lss_bg.wasm still has a "${gone}" section: wasm-opt did not run`);
  }
  // esbuild minified the module, the glue and the stylesheet.
  for (const file of ["live-scheme-selector.js", "lss.js", "live-scheme-selector.css"]) {
    const text = fs.readFileSync(path.join(DIST, file), "utf8");
    const lines = text.split("\n").length;
    assert.ok(lines < 10 && !/\/\*[^!]/.test(text), `${file} is not minified (${lines} lines)`);
  }
});
