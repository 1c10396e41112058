// What a hostile host can do to a running widget. A host script (or a browser extension) that
// removes parts of the widget behind Yew's back makes the next render panic: every widget on
// the page must then give way visibly to an apology and every rule, and a later mount() must
// say clearly why it cannot run. A mount that cannot work says why and changes nothing.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useBrowser, openPage } from "./lib/harness.mjs";
import { memory, KIB } from "./lib/memory.mjs";

const env = useBrowser();

test("a panic shows the apology in every widget, and a later mount() throws a clear error", async () => {
  const { context, page, log } = await openPage(env);
  try {
    await page.goto(`${env.url}/test/two.html?scenario=ecommerce&subject=enterprise`);
    for (const id of ["first", "second"]) await page.locator(`#${id}[data-mounted]`).waitFor({ state: "attached" });
    await page.locator('#first [data-scheme="live-plugin"]').waitFor();
    // The host removes the cards; the visitor then changes the scenario, so Yew must remove
    // cards that are no longer where it left them.
    await page.locator("#first").evaluate((el) => el.shadowRoot.querySelectorAll("[data-scheme]").forEach((c) => c.remove()));
    await page.locator('#first .lss-answer[data-question="scenario"] [data-action="edit"]').click();
    await page.locator('#first [data-question="scenario"] input[value="education"] + label').click();

    // Each widget gives way to its apology above every rule, from the prerendered overview.
    for (const [id, lang] of [["first", "zh-CN"], ["second", "en"]]) {
      const apology = page.locator(`#${id} .lss-apology[role="alert"]`);
      await apology.waitFor();
      assert.match(await apology.innerText(), /出错|stopped working/);
      assert.equal(await apology.getAttribute("lang"), lang);
      const rules = page.locator(`#${id} table.lss-rules`);
      await rules.waitFor();
      assert.ok(await rules.isVisible(), `#${id} shows every rule`);
      assert.ok(await page.locator(`#${id} .lss a[href^="https://cloud.tencent.com/"]`).first().isVisible());
      assert.equal(await page.locator(`#${id} [data-notice="needs-newer-browser"]`).count(), 0, "no word of an old browser");
      assert.equal(await page.locator(`#${id} .lss [data-question]`).count(), 0, "no frozen form");
    }
    assert.ok(
      log.console.some((m) => m.type === "error" && /panicked/.test(m.text)),
      "the project's panic hook logged the panic",
    );
    const message = await page.evaluate(async () => {
      const { mount } = await import("/live-scheme-selector.js");
      const el = document.body.appendChild(document.createElement("div"));
      try {
        mount(el, { syncUrl: false });
        return "mounted";
      } catch (error) {
        return error instanceof Error ? error.message : String(error);
      }
    });
    assert.match(message, /stopped after an internal error; reload the page/);
  } finally {
    await context.close();
  }
});

test("a failed mount() claims nothing: the next widget still keeps its state in the URL", async () => {
  const { context, page, log } = await openPage(env);
  try {
    await page.goto(`${env.url}/test/api.html`);
    const result = await page.evaluate(async () => {
      const { ready, mount } = await import("/live-scheme-selector.js");
      await ready;
      // An <input> cannot host a shadow root.
      let error = null;
      try {
        mount(document.createElement("input"), {});
      } catch (e) {
        error = e instanceof Error ? e.message : String(e);
      }
      const el = document.body.appendChild(document.createElement("div"));
      mount(el, { scenario: "car-presale" });
      return { error };
    });
    assert.ok(result.error, "mounting on an <input> throws");
    // The working widget owns the URL: an answer reaches the address bar.
    const subject = page.locator('body > div .lss-question[data-question="subject"] input[value="enterprise"] + label');
    await subject.click();
    await page.waitForFunction(() => new URLSearchParams(location.search).get("subject") === "enterprise");
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test("decide() refuses what is not an answer with a clear, short Error, and keeps working", async () => {
  const { context, page, log } = await openPage(env);
  try {
    await page.goto(`${env.url}/test/api.html`);
    const cdp = await context.newCDPSession(page);
    await page.evaluate(async () => (await import("/live-scheme-selector.js")).ready);
    const before = await memory(page, cdp);
    const results = await page.evaluate(async () => {
      const { ready, decide } = await import("/live-scheme-selector.js");
      await ready;
      const attempt = (make) => {
        try {
          decide(make());
          return { ok: true };
        } catch (e) {
          return { ok: false, isError: e instanceof Error, message: String(e?.message ?? e) };
        }
      };
      const huge = "x".repeat(10_000_000);
      return {
        null: attempt(() => null),
        number: attempt(() => 42),
        getter: attempt(() => ({ get scenario() { throw new Error("boom"); } })),
        // Only own properties are read, so the Proxy is asked for its own ones first.
        proxy: attempt(() => new Proxy({ scenario: "ecommerce" }, {
          getOwnPropertyDescriptor() { throw new Error("trap"); },
          get() { throw new Error("trap"); },
        })),
        stringObject: attempt(() => ({ subject: new String("enterprise") })),
        proto: attempt(() => JSON.parse('{"__proto__": {"scenario": "ecommerce"}}')),
        huge: attempt(() => ({ category: huge })),
        afterwards: decide({ scenario: "car-presale", subject: "enterprise", category: "auto-presale" }).schemes[0].status,
      };
    });
    for (const key of ["null", "number", "getter", "proxy", "stringObject", "huge"]) {
      assert.equal(results[key].ok, false, `${key} is refused`);
      assert.equal(results[key].isError, true, `${key} throws an Error`);
      assert.match(results[key].message, /^live-scheme-selector: decide\(\): /, `${key}: ${results[key].message}`);
      assert.ok(results[key].message.length < 160, `${key}: the message is short (${results[key].message.length})`);
    }
    assert.match(results.stringObject.message, /string id/);
    assert.match(results.getter.message, /threw/);
    // A __proto__ key is an own property of the parsed object, not an answer: nothing is set.
    assert.equal(results.proto.ok, true);
    assert.equal(results.afterwards, "available", "the widget still decides afterwards");
    // The 10 MB string never entered the wasm: its memory stays where it was.
    const after = await memory(page, cdp);
    console.log(`decide() abuse: wasm memory ${before.wasm / KIB} -> ${after.wasm / KIB} KiB`);
    assert.ok(after.wasm - before.wasm <= 64 * KIB, `wasm memory grew by ${(after.wasm - before.wasm) / KIB} KiB`);
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test("a host element's own shadow root is never wiped: mount() throws and leaves it as it was", async () => {
  const { context, page, log } = await openPage(env);
  try {
    await page.goto(`${env.url}/test/api.html`);
    const result = await page.evaluate(async () => {
      const { ready, mount } = await import("/live-scheme-selector.js");
      await ready;
      const el = document.body.appendChild(document.createElement("div"));
      const own = el.attachShadow({ mode: "open" });
      own.append(Object.assign(document.createElement("p"), { textContent: "the host's own component" }));
      let message = null;
      try {
        mount(el, { syncUrl: false });
      } catch (e) {
        message = e.message;
      }
      return { message, text: own.textContent, mounted: el.hasAttribute("data-mounted") };
    });
    assert.match(result.message, /already has a shadow root with content of its own/);
    assert.equal(result.text, "the host's own component");
    assert.equal(result.mounted, false);
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test("a console.warn that throws does not stop any widget from mounting", async () => {
  const { context, page, log } = await openPage(env);
  try {
    await page.goto(`${env.url}/test/warn-throws.html`);
    for (const id of ["bad", "good"]) await page.locator(`#${id}[data-mounted]`).waitFor({ state: "attached" });
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

/** In the page: mount() into the element of one of the cases below; the Error's message. */
function mountInto(page, kind) {
  return page.evaluate(async (kind) => {
    const { ready, mount } = await import("/live-scheme-selector.js");
    await ready;
    const make = {
      async iframe() {
        const frame = document.body.appendChild(document.createElement("iframe"));
        await new Promise((resolve) => setTimeout(resolve, 50));
        const el = frame.contentDocument.body.appendChild(frame.contentDocument.createElement("div"));
        el.textContent = "the frame's own content";
        return el;
      },
      createElementThrows() {
        const create = document.createElement;
        document.createElement = () => {
          throw new Error("blocked by the host");
        };
        // Put back once this mount has been tried.
        setTimeout(() => (document.createElement = create), 0);
        return document.getElementById("manual");
      },
      input: () => document.body.appendChild(document.createElement("input")),
      closed() {
        const el = document.body.appendChild(document.createElement("div"));
        el.attachShadow({ mode: "closed" });
        return el;
      },
    };
    const target = await make[kind]();
    try {
      mount(target, { syncUrl: false });
      return { message: "mounted" };
    } catch (error) {
      return {
        message: error instanceof Error ? error.message : `not an Error: ${String(error)}`,
        shadow: target.shadowRoot ? target.shadowRoot.innerHTML : null,
      };
    }
  }, kind);
}

test("mount() into another document's element (an iframe's) says so and changes nothing", async () => {
  const { context, page, log } = await openPage(env);
  try {
    await page.goto(`${env.url}/test/api.html`);
    const result = await mountInto(page, "iframe");
    assert.match(result.message, /^live-scheme-selector: the element belongs to another document/);
    assert.equal(result.shadow, null, "no shadow root left behind");
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test("mount() when document.createElement throws: a clear Error, nothing claimed, the next mount works", async () => {
  const { context, page, log } = await openPage(env);
  try {
    await page.goto(`${env.url}/test/api.html`);
    const result = await mountInto(page, "createElementThrows");
    assert.match(result.message, /^live-scheme-selector: document\.createElement failed/);
    assert.equal(result.shadow, null, "no shadow root left behind");
    assert.ok(await page.locator("#manual-fallback").isVisible(), "the host's own content shows");
    // Nothing was claimed: a widget mounted afterwards keeps its state in the URL.
    await page.waitForFunction(() => !String(document.createElement).includes("blocked"));
    await page.evaluate(async () => {
      const { mount } = await import("/live-scheme-selector.js");
      mount(document.getElementById("manual"), { scenario: "car-presale" });
    });
    await page.locator('#manual .lss-question[data-question="subject"] input[value="enterprise"] + label').click();
    await page.waitForURL(/subject=enterprise/);
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test("mount() into an element that cannot have a shadow root names the element", async () => {
  const { context, page, log } = await openPage(env);
  try {
    await page.goto(`${env.url}/test/api.html`);
    const input = await mountInto(page, "input");
    assert.match(input.message, /^live-scheme-selector: a <input> element cannot hold the widget/);
    const closed = await mountInto(page, "closed");
    assert.match(closed.message, /^live-scheme-selector: a <div> element cannot hold the widget .*closed/);
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test("a handle stays harmless: destroy() after free(), twice, or after a new mount does nothing wrong", async () => {
  const { context, page, log } = await openPage(env);
  try {
    await page.goto(`${env.url}/test/api.html`);
    const result = await page.evaluate(async () => {
      const { ready, mount, widgetCount } = await import("/live-scheme-selector.js");
      await ready;
      const el = document.getElementById("manual");
      const first = mount(el, { syncUrl: false });
      first.free();
      first.destroy();
      first.destroy();
      const gone = widgetCount();
      const second = mount(el, { syncUrl: false });
      first.destroy(); // the old handle no longer owns the element
      const kept = widgetCount();
      second.destroy();
      return { gone, kept, left: widgetCount(), fallback: el.shadowRoot.querySelector("slot") !== null };
    });
    assert.deepEqual(result, { gone: 0, kept: 1, left: 0, fallback: true });
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test("a 10 MB element attribute is refused briefly and never enters the wasm", async () => {
  const { context, page, log } = await openPage(env);
  try {
    await page.goto(`${env.url}/test/api.html`);
    const cdp = await context.newCDPSession(page);
    await page.evaluate(async () => {
      const { ready } = await import("/live-scheme-selector.js");
      await ready;
      const el = document.createElement("live-scheme-selector");
      el.id = "huge";
      el.setAttribute("sync-url", "false");
      el.setAttribute("scenario", "ecommerce");
      document.body.append(el);
    });
    await page.locator("#huge[data-mounted]").waitFor({ state: "attached" });
    const before = await memory(page, cdp);
    await page.locator("#huge").evaluate((el) => el.setAttribute("scenario", "x".repeat(10_000_000)));
    await page.locator("#huge").evaluate((el) => el.setAttribute("scenario", "education"));
    await page.locator('#huge .lss-answer[data-question="scenario"][data-value="education"]').waitFor();
    const after = await memory(page, cdp);
    console.log(`10 MB attribute: wasm memory ${before.wasm / KIB} -> ${after.wasm / KIB} KiB`);
    assert.ok(after.wasm - before.wasm <= 64 * KIB, `wasm memory grew by ${(after.wasm - before.wasm) / KIB} KiB`);
    const warnings = log.console.filter((m) => m.type === "warning").map((m) => m.text);
    assert.equal(warnings.length, 1, "one warning");
    assert.ok(warnings[0].length < 160, `a short warning (${warnings[0].length})`);
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test("a page address of a megabyte is neither read into the wasm nor rewritten", async () => {
  const wasmAfterMount = async (init) => {
    const { context, page, log } = await openPage(env);
    try {
      if (init) await page.addInitScript(init);
      await page.goto(`${env.url}/test/two.html`);
      for (const id of ["first", "second"]) await page.locator(`#${id}[data-mounted]`).waitFor({ state: "attached" });
      const cdp = await context.newCDPSession(page);
      const { wasm } = await memory(page, cdp);
      await page.locator('#first [data-question="scenario"] input[value="education"] + label').click();
      await page.locator('#first .lss-answer[data-question="scenario"][data-value="education"]').waitFor();
      await page.waitForTimeout(100);
      return {
        wasm,
        search: await page.evaluate(() => location.search.length),
        checked: await page.locator("#first input[value=ecommerce]:checked").count(),
        copy: await page.locator('#first [data-action="copy-link"]').count(),
        warnings: log.console.filter((m) => m.type === "warning").map((m) => m.text),
        errors: log.errors,
      };
    } finally {
      await context.close();
    }
  };
  const plain = await wasmAfterMount(null);
  const long = await wasmAfterMount(() => {
    history.replaceState(null, "", `${location.pathname}?scenario=ecommerce&pad=${"x".repeat(1_000_000)}`);
  });
  console.log(`1 MB address: wasm memory ${plain.wasm / KIB} KiB with a plain address, ${long.wasm / KIB} KiB with it`);
  assert.ok(long.wasm - plain.wasm <= 64 * KIB, `wasm memory ${(long.wasm - plain.wasm) / KIB} KiB larger`);
  assert.equal(long.checked, 0, "its scenario is not read");
  assert.equal(long.search, "?scenario=ecommerce&pad=".length + 1_000_000, "the address is left as it was");
  assert.equal(long.copy, 0, "no link to copy");
  assert.ok(long.warnings.some((w) => /query is too long/.test(w) && w.length < 160), long.warnings.join("\n"));
  assert.deepEqual(long.errors, []);
  assert.equal(plain.copy, 1);
});
