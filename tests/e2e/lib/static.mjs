// A static server for a built app's folder on loopback, with the strict CSP, as a customer's
// host serves a bundler's output. It remembers every request and its status, so a test can say
// "no 404" and count the fetches of one file. `spa`: unknown paths get the app's index.html,
// as single-page-app hosts answer them.
import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import { CSP } from "../server.mjs";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json",
};

/** Serves `root`; resolves to { url, requests: [{ path, status }], close }. */
export function serveFolder(root, { spa = false } = {}) {
  const requests = [];
  const server = http.createServer((req, res) => {
    const clean = decodeURIComponent((req.url || "/").split("?")[0]);
    let file = path.resolve(root, `.${clean}`);
    if (file.startsWith(root) && fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, "index.html");
    let status = 200;
    if (!file.startsWith(root) || !fs.existsSync(file)) {
      if (spa) file = path.join(root, "index.html");
      else status = 404;
    }
    requests.push({ path: clean, status });
    if (status === 404) {
      res.writeHead(404, { "content-type": "text/plain" });
      res.end("not found");
      return;
    }
    res.writeHead(200, {
      "content-type": TYPES[path.extname(file)] || "application/octet-stream",
      "cache-control": "no-store",
      "content-security-policy": CSP,
    });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((ok) => {
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      ok({
        url: `http://127.0.0.1:${port}`,
        requests,
        close: () => new Promise((done) => server.close(done)),
      });
    });
  });
}
