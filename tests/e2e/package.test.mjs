// dist/ as an npm package, the way a customer's project consumes it: `npm pack`, installed
// offline into a fresh project, its exports and types resolved, a consumer module bundled by
// esbuild with the package's lss_bg.wasm copied beside the bundle, then run in Chromium under
// the strict CSP.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";
import ts from "typescript";
import { serve, DIST } from "./server.mjs";
import { launch } from "./browser.mjs";
import { openPage, consoleErrors } from "./lib/harness.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const NAME = "live-scheme-selector";
const SHIPPED = [
  "custom-elements.json",
  "live-scheme-selector-paint.js",
  "live-scheme-selector-rules.js",
  "live-scheme-selector-style.js",
  "live-scheme-selector.css",
  "live-scheme-selector.d.ts",
  "live-scheme-selector.js",
  "lss.js",
  "lss_bg.wasm",
  "overview.en.html",
  "overview.zh-CN.html",
  "package.json",
];

// The consumer's code, in TypeScript so that the package's types are checked from outside too.
const CONSUMER = `import { ready, decide, type Decision } from "${NAME}";

const result: Promise<Decision> = ready.then(() =>
  decide({ scenario: "car-presale", subject: "enterprise", category: "auto-presale" }),
);
Object.assign(window, { consumer: { ready, decide, result } });
`;

const PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>consumer</title></head>
<body>
  <div data-live-scheme-selector data-lang="en" data-sync-url="false"><p>fallback</p></div>
  <script type="module" src="app.js"></script>
</body>
</html>
`;

const env = { url: "", browser: null, scratch: "", consumer: "", site: "" };
let server = null;

function run(command, args, cwd) {
  return execFileSync(command, args, {
    cwd,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, npm_config_update_notifier: "false" },
  });
}

before(async () => {
  if (!fs.existsSync(path.join(DIST, "package.json"))) {
    throw new Error(
      `${DIST}/package.json is missing: build the widget first (trunk build --release).`,
    );
  }
  env.scratch = fs.mkdtempSync(path.join(os.tmpdir(), "lss-package-"));
  env.consumer = path.join(env.scratch, "consumer");
  env.site = path.join(env.scratch, "site");
  fs.mkdirSync(env.consumer);
  fs.mkdirSync(env.site);
  fs.writeFileSync(
    path.join(env.consumer, "package.json"),
    JSON.stringify({ name: "consumer", private: true, type: "module" }),
  );
  server = await serve({ pages: env.site });
  env.url = server.url;
  env.browser = await launch();
});

after(async () => {
  await env.browser?.close();
  await server?.close();
  if (env.scratch) fs.rmSync(env.scratch, { recursive: true, force: true });
});

let installed = "";

test("npm pack ships only the package's files, and it installs offline", () => {
  const packed = JSON.parse(
    run("npm", ["pack", DIST, "--json", "--pack-destination", env.scratch], env.scratch),
  );
  assert.equal(packed.length, 1);
  const files = packed[0].files.map((f) => f.path).sort();
  assert.deepEqual(files, SHIPPED);
  const tarball = path.join(env.scratch, packed[0].filename);

  run("npm", ["install", "--offline", "--no-audit", "--no-fund", tarball], env.consumer);
  installed = path.join(env.consumer, "node_modules", NAME);
  const pkg = JSON.parse(fs.readFileSync(path.join(installed, "package.json"), "utf8"));
  const cargo = fs.readFileSync(path.join(ROOT, "Cargo.toml"), "utf8");
  const version = cargo.match(/^\[package\][^[]*?^version\s*=\s*"([^"]+)"/m)?.[1];
  assert.ok(version, "Cargo.toml has a [package] version");
  assert.equal(pkg.name, NAME);
  assert.equal(pkg.version, version);
  assert.equal(pkg.type, "module");
  assert.equal(pkg.types, "./live-scheme-selector.d.ts");
  assert.deepEqual(pkg.exports["."], {
    types: "./live-scheme-selector.d.ts",
    default: "./live-scheme-selector.js",
  });
  assert.equal(pkg.exports["./live-scheme-selector.css"], "./live-scheme-selector.css");
  assert.equal(pkg.exports["./lss_bg.wasm"], "./lss_bg.wasm");
  assert.equal(pkg.exports["./package.json"], "./package.json");
  assert.deepEqual(pkg.sideEffects, ["./live-scheme-selector.js"]);
  assert.equal(pkg.customElements, "custom-elements.json");
  assert.ok(pkg.description, "a description");
  assert.ok(pkg.license, "a license field");
  for (const file of pkg.files) assert.ok(fs.existsSync(path.join(installed, file)), file);

  const manifest = JSON.parse(fs.readFileSync(path.join(installed, pkg.customElements), "utf8"));
  assert.equal(manifest.schemaVersion, "2.0.0");
  const element = manifest.modules
    .flatMap((m) => m.declarations)
    .find((d) => d.tagName === "live-scheme-selector");
  assert.ok(element?.customElement, "the manifest describes <live-scheme-selector>");
  assert.deepEqual(
    element.attributes.map((a) => a.name),
    ["lang", "subject", "scenario", "content", "category", "sync-url"],
  );
  assert.deepEqual(element.members.map((m) => m.name).sort(), ["answers", "decision"]);
  assert.deepEqual(
    element.events.map((e) => e.name),
    ["live-scheme-change", "live-scheme-link"],
  );
});

test("the exports resolve for Node and the types resolve for TypeScript", () => {
  assert.ok(installed, "installed by the previous test");
  // Node's ESM resolution, from inside the consumer project.
  const resolved = JSON.parse(
    run(
      process.execPath,
      [
        "--input-type=module",
        "-e",
        `console.log(JSON.stringify(["${NAME}", "${NAME}/live-scheme-selector.css", ` +
          `"${NAME}/lss_bg.wasm", "${NAME}/package.json"].map((s) => import.meta.resolve(s))))`,
      ],
      env.consumer,
    ),
  ).map((url) => path.relative(installed, fileURLToPath(url)));
  assert.deepEqual(resolved, [
    "live-scheme-selector.js",
    "live-scheme-selector.css",
    "lss_bg.wasm",
    "package.json",
  ]);

  // TypeScript's, as bundler and Node16 projects resolve it.
  const from = path.join(env.consumer, "main.ts");
  for (const moduleResolution of [
    ts.ModuleResolutionKind.Bundler,
    ts.ModuleResolutionKind.Node16,
  ]) {
    const module =
      moduleResolution === ts.ModuleResolutionKind.Bundler
        ? ts.ModuleKind.ESNext
        : ts.ModuleKind.Node16;
    const { resolvedModule } = ts.resolveModuleName(
      NAME,
      from,
      { module, moduleResolution },
      ts.sys,
    );
    assert.equal(
      resolvedModule && path.relative(installed, resolvedModule.resolvedFileName),
      "live-scheme-selector.d.ts",
      `types resolve with moduleResolution ${ts.ModuleResolutionKind[moduleResolution]}`,
    );
  }

  // And the consumer's code type-checks against the installed declarations.
  fs.writeFileSync(from, CONSUMER);
  const program = ts.createProgram([from], {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
    types: [],
    strict: true,
    noEmit: true,
  });
  const diagnostics = ts
    .getPreEmitDiagnostics(program)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
  assert.deepEqual(diagnostics, []);
});

test("a bundle of the package mounts the widget and decides in the browser", async () => {
  assert.ok(installed, "installed by the previous test");
  const entry = path.join(env.consumer, "main.ts");
  if (!fs.existsSync(entry)) fs.writeFileSync(entry, CONSUMER);
  await esbuild.build({
    entryPoints: [entry],
    absWorkingDir: env.consumer,
    bundle: true,
    format: "esm",
    outfile: path.join(env.site, "app.js"),
    logLevel: "silent",
  });
  // The module loads the wasm from beside itself (import.meta.url): a consumer's bundle needs
  // the package's lss_bg.wasm next to it.
  fs.copyFileSync(path.join(installed, "lss_bg.wasm"), path.join(env.site, "lss_bg.wasm"));
  fs.writeFileSync(path.join(env.site, "index.html"), PAGE);

  const { context, page, log } = await openPage(env);
  try {
    await page.goto(`${env.url}/test/`);
    await page.locator("[data-live-scheme-selector][data-mounted]").waitFor();
    await page.locator("[data-live-scheme-selector] .lss").waitFor();
    const inShadow = await page.evaluate(() => {
      const host = document.querySelector("[data-live-scheme-selector]");
      return Boolean(host?.shadowRoot?.querySelector(".lss"));
    });
    assert.ok(inShadow, "the widget's .lss root is inside the host's shadow root");

    const decision = await page.evaluate(() => window.consumer.result);
    const standard = decision.schemes.find((s) => s.scheme === "standard-live");
    assert.equal(standard?.status, "available");
    assert.deepEqual(decision.input, {
      subject: "enterprise",
      scenario: "car-presale",
      content: null,
      category: "auto-presale",
    });
    const again = await page.evaluate(() =>
      window.consumer.decide({
        scenario: "car-presale",
        subject: "enterprise",
        category: "auto-presale",
      }),
    );
    assert.deepEqual(again, decision);

    assert.deepEqual(log.errors, [], "no page error");
    assert.deepEqual(consoleErrors(log), [], "no console error");
  } finally {
    await context.close();
  }
});

test("the package's <live-scheme-selector> element runs in the bundle", async (t) => {
  assert.ok(installed, "installed by the previous test");
  assert.ok(fs.existsSync(path.join(env.site, "app.js")), "bundled by the previous test");
  const { context, page, log } = await openPage(env);
  try {
    await page.goto(`${env.url}/test/`);
    await page.evaluate(() => window.consumer.ready);
    const defined = await page.evaluate(() => Boolean(customElements.get("live-scheme-selector")));
    if (!defined) {
      t.skip("custom element not yet defined");
      return;
    }
    await page.evaluate(() => {
      const el = document.createElement("live-scheme-selector");
      el.id = "element";
      for (const [name, value] of Object.entries({
        lang: "en",
        "sync-url": "false",
        subject: "enterprise",
        scenario: "car-presale",
        category: "auto-presale",
      })) {
        el.setAttribute(name, value);
      }
      document.body.append(el);
    });
    await page.waitForFunction(() => document.querySelector("#element")?.decision != null);
    await page.locator("#element .lss").waitFor();
    const state = await page.evaluate(() => {
      const el = document.querySelector("#element");
      return {
        shadow: Boolean(el.shadowRoot?.querySelector(".lss")),
        answers: el.answers,
        decision: el.decision,
      };
    });
    assert.ok(state.shadow, "the element renders into its shadow root");
    assert.equal(state.answers.scenario, "car-presale");
    assert.equal(state.answers.subject, "enterprise");
    assert.equal(state.answers.category, "auto-presale");
    const expected = await page.evaluate(() =>
      window.consumer.decide({
        scenario: "car-presale",
        subject: "enterprise",
        category: "auto-presale",
      }),
    );
    assert.deepEqual(state.decision, expected);

    // New answers through the property.
    await page.evaluate(() => {
      document.querySelector("#element").answers = {
        subject: "enterprise",
        scenario: "ecommerce",
        category: "social-live",
      };
    });
    await page.waitForFunction(
      () => document.querySelector("#element").decision?.input.scenario === "ecommerce",
    );
    const updated = await page.evaluate(() => document.querySelector("#element").decision);
    assert.equal(
      updated.schemes.find((s) => s.scheme === "standard-live")?.status,
      "available",
    );

    assert.deepEqual(log.errors, [], "no page error");
    assert.deepEqual(consoleErrors(log), [], "no console error");
  } finally {
    await context.close();
  }
});
