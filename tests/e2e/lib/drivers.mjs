// One small interface over three browser engines, so that the same flows run in each:
// Chromium through Playwright, Firefox ESR through WebDriver BiDi (puppeteer-core), and WebKit
// (WebKitGTK's MiniBrowser) through WebKitWebDriver under a virtual X display. Each driver can
// load a page, run an async function in it and click at a point of the viewport with a real
// pointer.
import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import { launch as launchChromium, DESKTOP } from "../browser.mjs";

const FIREFOX = process.env.FIREFOX || "/usr/bin/firefox-esr";
const MINIBROWSER = process.env.MINIBROWSER || "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";

export const ENGINES = ["chromium", "firefox", "webkit"];

/** Starts `engine`; resolves to a driver: { name, version, newPage(), close() }. */
export function start(engine) {
  if (engine === "chromium") return chromium();
  if (engine === "firefox") return firefox();
  if (engine === "webkit") return webkit();
  throw new Error(`no driver for ${engine}`);
}

async function chromium() {
  const browser = await launchChromium();
  return {
    name: "chromium",
    version: browser.version(),
    async newPage() {
      const context = await browser.newContext({ viewport: DESKTOP });
      const page = await context.newPage();
      return driven(page, () => context.close());
    },
    close: () => browser.close(),
  };
}

/** The page calls the flows make, over a Playwright or a Puppeteer page (the same names). */
function driven(page, close) {
  return {
    goto: (url) => page.goto(url, { waitUntil: "load" }).then(() => {}),
    run: (fn, arg) => page.evaluate(fn, arg),
    click: (x, y) => page.mouse.click(x, y),
    close,
  };
}

async function firefox() {
  if (!fs.existsSync(FIREFOX)) throw new Error(`${FIREFOX} is missing: run scripts/setup.sh test`);
  const { default: puppeteer } = await import("puppeteer-core");
  const browser = await puppeteer.launch({ browser: "firefox", executablePath: FIREFOX, headless: true });
  return {
    name: "firefox",
    version: (await browser.version()).replace("firefox/", ""),
    async newPage() {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport(DESKTOP);
      return driven(page, () => context.close());
    },
    close: () => browser.close(),
  };
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function webkit() {
  if (!fs.existsSync(MINIBROWSER)) throw new Error(`${MINIBROWSER} is missing: run scripts/setup.sh test`);
  const port = await freePort();
  // Its own process group, so that closing ends the display, the driver and the browser.
  const child = spawn("xvfb-run", ["-a", "WebKitWebDriver", `--port=${port}`], { detached: true, stdio: "ignore" });
  const stop = () => {
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      // Already gone.
    }
  };
  const base = `http://127.0.0.1:${port}`;
  const call = async (method, path, body) => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await response.json();
    if (!response.ok) throw new Error(`WebKitWebDriver ${method} ${path}: ${json.value?.message ?? response.status}`);
    return json.value;
  };
  try {
    const started = Date.now();
    for (;;) {
      try {
        if ((await call("GET", "/status")).ready) break;
      } catch {
        // Not listening yet.
      }
      if (Date.now() - started > 20_000) throw new Error("WebKitWebDriver did not start within 20 s");
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  } catch (error) {
    stop();
    throw error;
  }
  const sessions = new Set();
  let version = "";
  return {
    name: "webkit",
    get version() {
      return version;
    },
    async newPage() {
      const session = await call("POST", "/session", {
        capabilities: {
          alwaysMatch: { "webkitgtk:browserOptions": { binary: MINIBROWSER, args: ["--automation"] } },
        },
      });
      version = session.capabilities.browserVersion;
      const id = session.sessionId;
      sessions.add(id);
      const at = `/session/${id}`;
      await call("POST", `${at}/window/rect`, { width: DESKTOP.width, height: DESKTOP.height });
      await call("POST", `${at}/timeouts`, { script: 60_000 });
      return {
        goto: (url) => call("POST", `${at}/url`, { url }).then(() => {}),
        async run(fn, arg) {
          const script = `const done = arguments[arguments.length - 1];
Promise.resolve().then(() => (${fn.toString()})(arguments[0])).then(
  (value) => done({ value: value === undefined ? null : value }),
  (error) => done({ error: String((error && error.stack) || error) }),
);`;
          const result = await call("POST", `${at}/execute/async`, { script, args: [arg ?? null] });
          if (result.error) throw new Error(result.error);
          return result.value;
        },
        click: (x, y) =>
          call("POST", `${at}/actions`, {
            actions: [
              {
                type: "pointer",
                id: "mouse",
                parameters: { pointerType: "mouse" },
                actions: [
                  { type: "pointerMove", x: Math.round(x), y: Math.round(y), origin: "viewport" },
                  { type: "pointerDown", button: 0 },
                  { type: "pointerUp", button: 0 },
                ],
              },
            ],
          }).then(() => {}),
        async close() {
          sessions.delete(id);
          await call("DELETE", at).catch(() => {});
        },
      };
    },
    async close() {
      for (const id of sessions) await call("DELETE", `/session/${id}`).catch(() => {});
      stop();
    },
  };
}
