// Lighthouse's CLI in Debian's Chromium (CHROME_PATH, default /usr/bin/chromium), with nothing
// leaving the machine: Chromium's background networking and Lighthouse's error reporting off.
// Shared by the benchmark's performance runs and the accessibility test.
import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";

const CHROME = process.env.CHROME_PATH || "/usr/bin/chromium";
const FLAGS = [
  "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
];
const CLI = path.resolve("node_modules/lighthouse/cli/index.js");
export const version = JSON.parse(fs.readFileSync("node_modules/lighthouse/package.json", "utf8")).version;

/** One Lighthouse run of `url` over `categories` (e.g. "performance"); the report as JSON. */
export async function lighthouse(url, out, categories) {
  await promisify(execFile)(
    process.execPath,
    [CLI, url, "--output=json", `--output-path=${out}`, `--only-categories=${categories}`, "--quiet",
      "--no-enable-error-reporting", `--chrome-flags=${FLAGS.join(" ")}`],
    { env: { ...process.env, CHROME_PATH: CHROME }, maxBuffer: 1 << 26 },
  );
  return JSON.parse(fs.readFileSync(out, "utf8"));
}
