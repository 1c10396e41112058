// A static server for dist/ on loopback, with the strict Content-Security-Policy the widget
// promises to work under. Also serves test pages from tests/e2e/pages/ under /test/.
import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
export const DIST = process.env.DIST ? path.resolve(process.env.DIST) : path.resolve(here, "../../dist");
const PAGES = path.resolve(here, "pages");

export const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".png": "image/png",
  ".svg": "image/svg+xml",
};

function resolve(urlPath, pages) {
  const clean = decodeURIComponent(urlPath.split("?")[0]);
  const [root, rel] = clean.startsWith("/test/")
    ? [pages, clean.slice("/test/".length)]
    : [DIST, clean.replace(/^\/+/, "")];
  const file = path.resolve(root, rel || "index.html");
  return file.startsWith(root) ? file : null;
}

/** Starts the server; resolves to { url, close }. `pages` replaces the folder served under /test/. */
export function serve({ port = 0, csp = true, pages = PAGES } = {}) {
  const server = http.createServer((req, res) => {
    let file = resolve(req.url || "/", path.resolve(pages));
    if (file && fs.existsSync(file) && fs.statSync(file).isDirectory()) {
      file = path.join(file, "index.html");
    }
    if (!file || !fs.existsSync(file)) {
      res.writeHead(404, { "content-type": "text/plain" });
      res.end("not found");
      return;
    }
    const headers = {
      "content-type": TYPES[path.extname(file)] || "application/octet-stream",
      "cache-control": "no-store",
      vary: "accept-encoding",
    };
    if (csp) headers["content-security-policy"] = CSP;
    // The precompressed files beside each asset, as a CDN serves them: what a visitor really
    // downloads, and what Lighthouse's network model then counts.
    const accepted = String(req.headers["accept-encoding"] || "");
    const encoded = [["br", ".br"], ["gzip", ".gz"]].find(
      ([name, ext]) => accepted.includes(name) && fs.existsSync(file + ext),
    );
    if (encoded) headers["content-encoding"] = encoded[0];
    res.writeHead(200, headers);
    fs.createReadStream(encoded ? file + encoded[1] : file).pipe(res);
  });
  return new Promise((ok) => {
    server.listen(port, "127.0.0.1", () => {
      const { port } = server.address();
      ok({ url: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(done)) });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT || 8080);
  serve({ port }).then(({ url }) => console.log(`serving ${DIST} on ${url}`));
}
