// What the demo page makes a visitor download, file by file, raw, gzip -9 and brotli -q 11,
// recorded from a load that has finished: the load event, the wasm fetched, the widget mounted
// and the network quiet. Deterministic for a given build, so `make test` checks its budget too.
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { DIST } from "../tests/e2e/server.mjs";
import { MOUNTED_HOST } from "./probes.mjs";

/** The budget for the brotli total, in decimal kilobytes (the stricter reading): 120 kB for
 * the widget as it stood, plus what the next-step view measured (README, *Departures*). */
export const BROTLI_BUDGET_KB = 130;

/** Loads `url` and returns `{ files: [{file, raw, gzip, brotli, requests}], total }`. */
export async function downloads(browser, url, print = () => {}) {
  const page = await browser.newPage();
  const requests = new Map();
  page.on("requestfinished", (r) => {
    const file = decodeURIComponent(new URL(r.url()).pathname).replace(/^\//, "") || "index.html";
    requests.set(file, (requests.get(file) || 0) + 1);
  });
  const wasm = page.waitForEvent("requestfinished", (r) => r.url().endsWith("/lss_bg.wasm"));
  await page.goto(url, { waitUntil: "load" });
  await wasm;
  await page.locator(MOUNTED_HOST).first().waitFor({ state: "attached" });
  await page.waitForLoadState("networkidle");
  await page.close();
  print("file                          raw      gzip -9  brotli -q 11  requests");
  const files = [];
  let total = 0;
  for (const [file, n] of [...requests].sort()) {
    const full = path.join(DIST, file);
    if (!fs.existsSync(full)) {
      print(`${file.padEnd(28)} not in dist/`);
      files.push({ file, missing: true, requests: n });
      continue;
    }
    const buf = fs.readFileSync(full);
    const gzip = zlib.gzipSync(buf, { level: 9 }).length;
    const brotli = zlib.brotliCompressSync(buf, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    total += brotli;
    files.push({ file, raw: buf.length, gzip, brotli, requests: n });
    const row = [buf.length, gzip, brotli].map((x, i) => String(x).padStart([8, 9, 12][i])).join(" ");
    print(`${file.padEnd(28)} ${row} ${String(n).padStart(9)}`);
  }
  print(`brotli total: ${total} bytes = ${(total / 1000).toFixed(1)} KB (${(total / 1024).toFixed(1)} KiB), each file once`);
  return { files, total };
}
