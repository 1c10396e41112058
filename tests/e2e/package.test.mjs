// dist/ as an npm package, the way a customer's project consumes it: `npm pack`, installed
// offline into a fresh project, its metadata, licence and README, its exports and types
// resolved, imported by Node as a server renderer would, its React 19 and Vue declarations
// type-checked, a consumer module bundled by esbuild with the package's lss_bg.wasm copied
// beside the bundle, then run in Chromium under the strict CSP. (tests/e2e/bundlers.test.mjs
// builds apps with Vite, webpack and esbuild.)
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { run } from "./lib/run.mjs";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";
import ts from "typescript";
import { serve, DIST } from "./server.mjs";
import { launch } from "./browser.mjs";
import { openPage, consoleErrors } from "./lib/harness.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const NAME = "live-scheme-selector";
// The element's attributes, as the manifest and the element itself must list them.
const ATTRIBUTES = ["lang", "subject", "scenario", "content", "category", "sync-url", "url-prefix"];
const SHIPPED = [
  "LICENSE-APACHE",
  "LICENSE-MIT",
  "README.md",
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
  "react.d.ts",
  "react.js",
  "vue.d.ts",
  "vue.js",
];
// Every file a user may import or copy, and where it resolves.
const EXPORTS = {
  "": "live-scheme-selector.js",
  "/live-scheme-selector.js": "live-scheme-selector.js",
  "/react": "react.js",
  "/vue": "vue.js",
  "/live-scheme-selector.css": "live-scheme-selector.css",
  "/lss_bg.wasm": "lss_bg.wasm",
  "/overview.zh-CN.html": "overview.zh-CN.html",
  "/overview.en.html": "overview.en.html",
  "/custom-elements.json": "custom-elements.json",
  "/package.json": "package.json",
};

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


before(async () => {
  if (!fs.existsSync(path.join(DIST, "package.json"))) {
    throw new Error(
      `${DIST}/package.json is missing: build the widget first (trunk build --release).`,
    );
  }
  // Inside the repository, so that the consumer's type checks find React's and Vue's types in
  // the project's node_modules, as a consumer's own would.
  fs.mkdirSync(path.join(ROOT, "target"), { recursive: true });
  env.scratch = fs.mkdtempSync(path.join(ROOT, "target", "e2e-package-"));
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
  assert.deepEqual(pkg.exports["./react"], { types: "./react.d.ts", default: "./react.js" });
  assert.deepEqual(pkg.exports["./vue"], { types: "./vue.d.ts", default: "./vue.js" });
  // The module and its entry points run code on import; an imported stylesheet styles the page
  // (webpack would drop it otherwise); the rest only export.
  assert.deepEqual(pkg.sideEffects, ["./live-scheme-selector.js", "./react.js", "./vue.js", "*.css"]);
  assert.equal(pkg.customElements, "custom-elements.json");
  assert.ok(pkg.description, "a description");
  const cargoLicense = cargo.match(/^\[package\][^[]*?^license\s*=\s*"([^"]+)"/m)?.[1];
  assert.equal(pkg.license, "MIT OR Apache-2.0");
  assert.equal(cargoLicense, pkg.license, "the crate's licence");
  assert.match(fs.readFileSync(path.join(installed, "LICENSE-MIT"), "utf8"), /^Copyright \(c\) the live-scheme-selector authors\n\nPermission is hereby granted, free of charge/);
  assert.match(fs.readFileSync(path.join(installed, "LICENSE-APACHE"), "utf8"), /Apache License\s+Version 2\.0, January 2004/);
  const readme = fs.readFileSync(path.join(installed, "README.md"), "utf8");
  assert.match(readme, /^# live-scheme-selector\n/);
  for (const recipe of ["Vite", "webpack", "esbuild", "rollup", "Next.js", "Nuxt", "React", "Vue", "configure({ base"]) {
    assert.ok(readme.includes(recipe), `the package README covers ${recipe}`);
  }
  assert.ok(readme.includes("MIT license"), "the package README states the licence");
  for (const file of pkg.files) assert.ok(fs.existsSync(path.join(installed, file)), file);

  const manifest = JSON.parse(fs.readFileSync(path.join(installed, pkg.customElements), "utf8"));
  assert.equal(manifest.schemaVersion, "2.0.0");
  const element = manifest.modules
    .flatMap((m) => m.declarations)
    .find((d) => d.tagName === "live-scheme-selector");
  assert.ok(element?.customElement, "the manifest describes <live-scheme-selector>");
  assert.equal(element.name, "LiveSchemeSelector", "by the class's runtime name");
  assert.deepEqual(
    element.attributes.map((a) => a.name),
    ATTRIBUTES,
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
  const specifiers = Object.keys(EXPORTS).map((sub) => `${NAME}${sub}`);
  const resolved = JSON.parse(
    run(
      process.execPath,
      [
        "--input-type=module",
        "-e",
        `console.log(JSON.stringify(${JSON.stringify(specifiers)}.map((s) => import.meta.resolve(s))))`,
      ],
      env.consumer,
    ),
  ).map((url) => path.relative(installed, fileURLToPath(url)));
  assert.deepEqual(resolved, Object.values(EXPORTS));

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
    for (const [sub, types] of [["", "live-scheme-selector.d.ts"], ["/react", "react.d.ts"], ["/vue", "vue.d.ts"]]) {
      const { resolvedModule } = ts.resolveModuleName(
        `${NAME}${sub}`,
        from,
        { module, moduleResolution },
        ts.sys,
      );
      assert.equal(
        resolvedModule && path.relative(installed, resolvedModule.resolvedFileName),
        types,
        `${NAME}${sub}'s types resolve with moduleResolution ${ts.ModuleResolutionKind[moduleResolution]}`,
      );
    }
  }

  // And the consumer's code type-checks against the installed declarations.
  fs.writeFileSync(from, CONSUMER);
  assert.deepEqual(typeCheck([path.basename(from)], { exactOptionalPropertyTypes: false }), []);
});

/** The diagnostics of a strict program over `files` (in the consumer project), as text. */
function typeCheck(files, options = {}) {
  const program = ts.createProgram(
    files.map((f) => path.join(env.consumer, f)),
    {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
      types: [],
      strict: true,
      exactOptionalPropertyTypes: true,
      skipLibCheck: false,
      noEmit: true,
      ...options,
    },
  );
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const where = d.file ? `${path.basename(d.file.fileName)}:${d.file.getLineAndCharacterOfPosition(d.start).line + 1}: ` : "";
    return where + ts.flattenDiagnosticMessageText(d.messageText, "\n");
  });
}

// React 19 with the package's own declaration of the element: attributes, properties and
// events typed, misuses refused (each `@ts-expect-error` must meet its error).
const REACT_APP = (from) => `import { useEffect, useRef, useState } from "react";
import { ready, type Decision, type LiveSchemeSelector } from "${from}";

export function Selector({ scenario }: { scenario: "ecommerce" | "education" }) {
  const ref = useRef<LiveSchemeSelector>(null);
  const [decision, setDecision] = useState<Decision | null>(null);
  useEffect(() => {
    void ready.then(() => setDecision(ref.current?.decision ?? null));
  }, []);
  return (
    <live-scheme-selector
      ref={ref}
      lang="en"
      scenario={scenario}
      sync-url="false"
      className="selector"
      answers={{ subject: "enterprise" }}
      onlive-scheme-change={(event) => setDecision(event.detail.decision)}
      onlive-scheme-link={(event) => console.log(event.detail.url)}
    >
      <a href="https://cloud.tencent.com/document/product/454/12554">{decision?.recommended ?? "guide"}</a>
    </live-scheme-selector>
  );
}

// @ts-expect-error: a typo in an id.
export const typo = <live-scheme-selector scenario="ecommerse" />;
// @ts-expect-error: sync-url is "true" or "false".
export const sync = <live-scheme-selector sync-url="no" />;
// @ts-expect-error: the event's detail is a LiveSchemeChangeDetail.
export const detail = <live-scheme-selector onlive-scheme-change={(event: CustomEvent<number>) => event} />;
// @ts-expect-error: the ref is the element's class.
export const wrongRef = <live-scheme-selector ref={useRef<HTMLInputElement>(null)} />;
`;

const VUE_APP = `import type { GlobalComponents } from "vue";
import "${NAME}/vue";

type Props = InstanceType<GlobalComponents["live-scheme-selector"]>["$props"];
export const props: Props = {
  lang: "en",
  scenario: "finance",
  content: "finance-training",
  "sync-url": "false",
  onLiveSchemeChange: (event) => event.detail.decision.recommended,
};
// @ts-expect-error: a typo in an id.
export const typo: Props = { category: "social-lives" };
// @ts-expect-error: the event's detail is typed.
export const detail: Props = { onLiveSchemeChange: (event: CustomEvent<number>) => event };
`;

test("imported by Node, as a server renderer does, the package defines nothing and throws nothing", () => {
  assert.ok(installed, "installed by the first test");
  const script = `
const results = {};
for (const entry of ["${NAME}", "${NAME}/react", "${NAME}/vue"]) {
  const m = await import(entry);
  const threw = (f) => { try { f(); return null; } catch (e) { return e instanceof Error ? e.message : String(e); } };
  const settled = await Promise.race([m.ready.then(() => "resolved", () => "rejected"), new Promise((r) => setTimeout(() => r("pending"), 200))]);
  results[entry] = {
    exports: Object.keys(m).sort(),
    element: typeof m.LiveSchemeSelector,
    observed: m.LiveSchemeSelector.observedAttributes,
    ready: settled,
    mount: threw(() => m.mount({}, {})),
    decide: threw(() => m.decide({})),
    widgetCount: m.widgetCount(),
    configure: threw(() => m.configure({ base: "/static/lss/" })),
    configureWrong: threw(() => m.configure("/static/lss/")),
  };
}
results.globals = [typeof customElements, typeof HTMLElement, typeof document];
console.log(JSON.stringify(results));
`;
  const out = JSON.parse(run(process.execPath, ["--input-type=module", "-e", script], env.consumer));
  const EXPORTED = ["LiveSchemeSelector", "configure", "decide", "mount", "ready", "widgetCount"];
  for (const entry of [NAME, `${NAME}/react`, `${NAME}/vue`]) {
    const r = out[entry];
    assert.deepEqual(r.exports, EXPORTED, `${entry}'s exports`);
    assert.equal(r.element, "function");
    assert.deepEqual(r.observed, ATTRIBUTES);
    assert.equal(r.ready, "pending", "ready never settles without a DOM");
    assert.match(r.mount, /mount\(\) runs only in a browser/);
    assert.match(r.decide, /decide\(\) runs only in a browser/);
    assert.equal(r.widgetCount, 0);
    assert.equal(r.configure, null, "configure() works anywhere");
    assert.match(r.configureWrong, /configure\(\) takes \{ base/);
  }
  assert.deepEqual(out.globals, ["undefined", "undefined", "undefined"], "nothing defined globally");
});

test("React 19: tsc checks a TSX file using the element through live-scheme-selector/react, and refuses its misuses", () => {
  assert.ok(installed, "installed by the first test");
  fs.writeFileSync(path.join(env.consumer, "app.tsx"), REACT_APP(`${NAME}/react`));
  const jsx = { jsx: ts.JsxEmit.ReactJSX };
  assert.deepEqual(typeCheck(["app.tsx"], jsx), []);
  // Without the package's React entry point, React 19 does not know the tag: the declaration
  // shipped is what makes the file compile.
  fs.writeFileSync(path.join(env.consumer, "bare.tsx"), REACT_APP(NAME));
  const bare = typeCheck(["bare.tsx"], jsx);
  assert.ok(
    bare.some((d) => d.includes("Property 'live-scheme-selector' does not exist on type 'JSX.IntrinsicElements'")),
    bare.join("\n"),
  );
});

test("Vue: the element is a global component with typed attributes and events for template checks", () => {
  assert.ok(installed, "installed by the first test");
  fs.writeFileSync(path.join(env.consumer, "vue-app.ts"), VUE_APP);
  assert.deepEqual(typeCheck(["vue-app.ts"]), []);
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
