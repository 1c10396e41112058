// One server and one browser per test file, and pages that never reach the network: every
// request that leaves 127.0.0.1 is aborted and remembered, so a product link can be followed
// and checked without depending on (or bothering) Tencent Cloud's servers.
import { before, after } from "node:test";
import fs from "node:fs";
import path from "node:path";
import { serve, DIST, CSP } from "../server.mjs";
import { launch, PHONE, DESKTOP } from "../browser.mjs";

export { PHONE, DESKTOP, CSP };

/** Registers the file's before/after hooks; the returned object is filled in by `before`. */
export function useBrowser() {
  const env = { url: "", browser: null };
  let server = null;
  before(async () => {
    const built = path.join(DIST, "lss_bg.wasm");
    if (!fs.existsSync(built)) {
      throw new Error(`${built} is missing: build the widget first (trunk build --release).`);
    }
    server = await serve();
    env.url = server.url;
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    await server?.close();
  });
  return env;
}

/**
 * A fresh context and page. `log` collects what the page reported: console messages, page
 * errors and the external requests that were aborted.
 */
export async function openPage(env, { viewport = DESKTOP, permissions = [], ...options } = {}) {
  const context = await env.browser.newContext({ viewport, ...options });
  if (permissions.length) await context.grantPermissions(permissions, { origin: env.url });
  const log = { console: [], errors: [], external: [] };
  await context.route(
    (url) => url.hostname !== "127.0.0.1",
    (route) => {
      log.external.push(route.request().url());
      return route.abort();
    },
  );
  const page = await context.newPage();
  page.on("console", (m) => log.console.push({ type: m.type(), text: m.text() }));
  page.on("pageerror", (e) => log.errors.push(e.message));
  return { context, page, log };
}

/** Messages of one console type, e.g. "warning" or "error". */
export function messages(log, type) {
  return log.console.filter((m) => m.type === type).map((m) => m.text);
}

export function consoleErrors(log) {
  return messages(log, "error");
}

export function cspMessages(log) {
  return log.console
    .map((m) => m.text)
    .filter((t) => /Content Security Policy|securitypolicyviolation/i.test(t));
}
