// The size budget, in every test run: what the demo page downloads is fixed by the build, so
// unlike the timings it needs no quiet machine.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useBrowser } from "./lib/harness.mjs";
import { downloads, BROTLI_BUDGET_KB } from "../../scripts/sizes.mjs";

const env = useBrowser();

test(`the demo page downloads at most ${BROTLI_BUDGET_KB} kB brotli'd, each file once`, async () => {
  const { files, total } = await downloads(env.browser, `${env.url}/`, (line) => console.log(`size: ${line}`));
  assert.deepEqual(files.filter((f) => f.missing).map((f) => f.file), [], "every file it asks for is in dist/");
  assert.deepEqual(files.filter((f) => f.requests > 1).map((f) => f.file), [], "no file is fetched twice");
  assert.ok(files.some((f) => f.file === "lss_bg.wasm"), "the wasm is among them");
  assert.ok(total / 1000 <= BROTLI_BUDGET_KB, `brotli total ${(total / 1000).toFixed(1)} kB > ${BROTLI_BUDGET_KB} kB`);
});
