// A customer's journeys through the demo page: by touch on a phone, by keyboard alone, by a
// shared link, and the link-sharing and language tools around the form.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useBrowser, openPage, PHONE, DESKTOP, consoleErrors } from "./lib/harness.mjs";
import {
  ready,
  cards,
  notices,
  checked,
  answerOf,
  openQuestion,
  clickLabel,
  selectCategory,
  urlState,
  waitForParam,
  shadowContent,
  focused,
  focusIsVisible,
  decideInPage,
  PRODUCT_URL,
} from "./lib/widget.mjs";
import { CASES, BADGE, LINK_LABEL, CARD_ORDER, byStatus, askedQuestions, toQuery } from "./lib/cases.mjs";

const env = useBrowser();

/** Follows a product link in a new tab; returns the URL it requested and the Referer it sent.
 * The network stays closed, so the tab only ever shows an error page. */
async function followLink(context, page, url, act) {
  const popup = page.waitForEvent("popup");
  const request = context.waitForEvent("request", (r) => r.url() === url);
  await act();
  const [opened, sent] = await Promise.all([popup, request]);
  // Raw headers are only readable while the tab that sent them is open.
  const { referer } = await sent.allHeaders();
  await opened.close();
  return { url: sent.url(), referer };
}

function assertProductLink(link, scheme) {
  assert.equal(link.href, PRODUCT_URL[scheme], `${scheme} links to its product page`);
  assert.equal(link.target, "_blank");
  assert.deepEqual(link.rel.split(/\s+/).sort(), ["noopener", "noreferrer"]);
}

test("on a phone, a customer taps through to an available scheme and opens its page (zh)", async () => {
  const { context, page, log } = await openPage(env, { viewport: PHONE, hasTouch: true });
  try {
    await page.goto(`${env.url}/`);
    const root = await ready(page);
    assert.equal(await root.getAttribute("lang"), "zh-CN");
    assert.equal(await root.locator("[data-scheme]").count(), 0, "no cards before a scenario");

    await clickLabel(root, "scenario", "ecommerce");
    assert.equal(await checked(root, "scenario"), "ecommerce");
    await root.locator("[data-scheme]").first().waitFor();
    assert.equal(await openQuestion(root), "subject", "a tap moves on to the next question");
    await clickLabel(root, "subject", "enterprise");
    assert.equal(await checked(root, "subject"), "enterprise");
    assert.equal(await openQuestion(root), "category");
    await selectCategory(root, "social-live");
    assert.equal(await answerOf(root, "category"), "social-live");

    const card = root.locator('[data-scheme="standard-live"][data-status="available"]');
    await card.waitFor();
    assert.match(await card.innerText(), /可直接使用/);
    // The recommended card leads; the others follow in their fixed order.
    const shown = await cards(root);
    assert.deepEqual(
      shown.map((c) => [c.scheme, c.status]),
      [["standard-live", "available"], ["live-plugin", "unavailable"]],
    );
    assert.equal(await root.locator(".lss-recommendation").getAttribute("data-recommend"), "standard-live");
    const link = shown.find((c) => c.scheme === "standard-live");
    assert.ok(link.recommended, "the available card is the recommended one");
    assertProductLink(link, "standard-live");

    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px at 375px`);

    const anchor = card.locator(`a[href="${PRODUCT_URL["standard-live"]}"]`);
    await anchor.scrollIntoViewIfNeeded();
    const sent = await followLink(context, page, PRODUCT_URL["standard-live"], () => anchor.tap());
    // A plain target=_blank link from this page would send a Referer; rel=noreferrer sends none.
    assert.equal(sent.referer, undefined, "noreferrer is honoured");
    assert.ok(log.external.includes(PRODUCT_URL["standard-live"]));

    assert.equal(new URL(page.url()).pathname, "/", "the page itself did not navigate");
    assert.deepEqual(urlState(page), {
      lang: "zh-CN",
      subject: "enterprise",
      scenario: "ecommerce",
      category: "social-live",
    });
    assert.deepEqual(log.errors, []);
    assert.deepEqual(consoleErrors(log), []);
  } finally {
    await context.close();
  }
});

test("by keyboard alone, in English, with a visible focus at every stop", async () => {
  const { context, page, log } = await openPage(env, { viewport: DESKTOP });
  try {
    await page.goto(`${env.url}/`);
    const root = await ready(page);
    const stops = [];
    const check = async () => {
      const info = await focused(page);
      assert.ok(info, "something has focus");
      assert.ok(
        focusIsVisible(info),
        `focus on <${info.tag}> "${info.text}" is not visible (outline ${JSON.stringify(info.outline)}, box-shadow ${info.boxShadow})`,
      );
      stops.push(info);
      return info;
    };
    const tab = async () => {
      await page.keyboard.press("Tab");
      return check();
    };
    const tabUntil = async (wanted, what, max = 4) => {
      for (let i = 0; i < max; i++) {
        const info = await tab();
        if (wanted(info)) return info;
      }
      assert.fail(`${what} not reached within ${max} Tabs; stops: ${JSON.stringify(stops.map((s) => s.text || s.value))}`);
    };

    await tabUntil((f) => f.tag === "button" && f.lang === "en", "the English button");
    await page.keyboard.press("Enter");
    await page.locator('.lss[lang="en"]').waitFor();
    assert.equal(await root.locator('button[lang="en"]').getAttribute("aria-pressed"), "true");
    assert.equal((await check()).lang, "en", "focus stays on the language button");

    // The arrow keys browse the scenarios: the question stays open until the customer moves on.
    let info = await tabUntil((f) => f.type === "radio", "the scenario choices");
    assert.equal(info.value, "government", "the first scenario takes focus");
    await page.keyboard.press("ArrowDown");
    info = await check();
    assert.equal(info.value, "ecommerce");
    assert.equal(info.checked, true, "arrow keys choose the scenario");
    await root.locator("[data-scheme]").first().waitFor();
    assert.equal(await openQuestion(root), "scenario", "browsing keeps the scenario open");
    assert.equal(await answerOf(root, "scenario"), "ecommerce");

    info = await tabUntil((f) => f.action === "next", "the Next button", 1);
    assert.equal(info.text, "Next");
    await page.keyboard.press("Enter");
    await root.locator('.lss-answer[data-question="scenario"][data-value="ecommerce"]').waitFor();
    info = await check();
    assert.equal(info.question, "subject", "focus moves to the subject question");
    assert.equal(info.tag, "fieldset");

    info = await tabUntil((f) => f.type === "radio", "the subject choices", 1);
    assert.equal(info.value, "enterprise");
    await page.keyboard.press("Space");
    await root.locator('.lss-answer[data-question="subject"][data-value="enterprise"]').waitFor();
    assert.equal(await checked(root, "subject"), "enterprise");
    info = await check();
    assert.equal(info.question, "category", "the space bar answers and moves on to the category");

    info = await tabUntil((f) => f.tag === "select", "the category", 1);
    const select = root.locator('[data-question="category"] select');
    for (let i = 0; i < 6 && (await select.inputValue()) !== "social-live"; i++) {
      await page.keyboard.press("ArrowDown");
    }
    assert.equal(await select.inputValue(), "social-live");
    assert.equal(await openQuestion(root), "category", "browsing keeps the category open");
    await check();

    const card = root.locator('[data-scheme="standard-live"][data-status="available"]');
    await card.waitFor();
    assert.match(await card.innerText(), /Available/);
    info = await tabUntil((f) => f.action === "next", "the See the result button", 2);
    assert.equal(info.text, "See the result", "the last question's Next leads to the result");
    await page.keyboard.press("Enter");
    await root.locator('.lss-answer[data-question="category"][data-value="social-live"]').waitFor();
    info = await check();
    assert.equal(info.tag, "h3", "focus moves to the result's heading");
    assert.match(info.id ?? "", /-result$/);
    assert.equal(info.text, "Schemes for your case");
    assert.equal(await openQuestion(root), null, "every question answered, none open");

    // The recommended card leads: its link comes first after the heading.
    info = await tabUntil((f) => f.tag === "a", "the first card's link", 1);
    assert.equal(info.scheme, "standard-live", "the recommended card's link follows the heading");
    assert.equal(info.href, PRODUCT_URL["standard-live"]);
    assert.match(info.text, /^Guide/);
    assert.ok(stops.every((s) => s.tag !== "body"), "focus never fell to the page");

    const sent = await followLink(context, page, PRODUCT_URL["standard-live"], () =>
      page.keyboard.press("Enter"),
    );
    assert.equal(sent.url, PRODUCT_URL["standard-live"]);
    assert.deepEqual(urlState(page), {
      lang: "en",
      subject: "enterprise",
      scenario: "ecommerce",
      category: "social-live",
    });
    assert.ok(stops.every((s) => s.inWidget), "every stop so far is inside the widget");
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test("deep links show what the source document says, and agree with decide()", async (t) => {
  const { context, page, log } = await openPage(env);
  try {
    for (const c of CASES) {
      await t.test(c.name, async () => {
        const address = `${env.url}/?${toQuery(c.query)}`;
        await page.goto(address);
        const root = await ready(page);
        await root.locator("[data-scheme]").first().waitFor();

        const shown = await cards(root);
        assert.deepEqual(
          shown.map((s) => [s.scheme, s.status]),
          c.schemes.map(([scheme, status]) => [scheme, status]),
          "cards and statuses",
        );
        // The card the result leads with first (the recommended one, where there is one), the
        // others in the fixed order.
        if (c.recommended) assert.equal(shown[0].scheme, c.recommended, "the recommended card leads");
        assert.deepEqual(
          shown.slice(1).map((s) => s.scheme),
          CARD_ORDER.filter((scheme) => shown.slice(1).some((s) => s.scheme === scheme)),
          "the other cards in the fixed order",
        );
        assert.deepEqual(
          shown.map((s) => s.badge),
          c.schemes.map(([, status, why]) => BADGE["zh-CN"][why ?? status]),
          "what each badge says",
        );
        for (const s of shown) {
          assertProductLink(s, s.scheme);
          assert.ok(s.label.startsWith(LINK_LABEL["zh-CN"][s.scheme]), `${s.scheme}'s link reads ${s.label}`);
        }
        assert.deepEqual(
          await root.locator("details.lss-not-offered [data-not-offered]").evaluateAll((els) =>
            els.map((el) => el.dataset.notOffered),
          ),
          c.notOffered,
          "the schemes not offered, folded",
        );

        assert.deepEqual(
          await root.locator(".lss-recommendation").evaluateAll((els) => els.map((el) => el.dataset.recommend)),
          c.recommended ? [c.recommended] : [],
          "the recommendation",
        );
        assert.deepEqual(
          shown.filter((s) => s.recommended).map((s) => s.scheme),
          c.recommended ? [c.recommended] : [],
          "the recommended card",
        );

        const shownNotices = await notices(root);
        assert.deepEqual(shownNotices, c.notes, "notices");
        assert.equal(new Set(shownNotices).size, shownNotices.length, "each notice is said once");
        assert.equal(
          await root.locator('[data-blocked="individual-subject"][data-notice="individual-subject"]').count(),
          c.blocked ? 1 : 0,
          "the individual-subject block",
        );
        if (c.blocked) {
          assert.equal(
            await root.locator('.lss-notes [data-notice="individual-subject"]').count(),
            0,
            "the notes do not repeat the block",
          );
        }

        // The form shows the link's answers; a link with every answer opens on the result.
        assert.equal(await answerOf(root, "scenario"), c.query.scenario);
        assert.equal(await answerOf(root, "subject"), c.query.subject ?? null);
        assert.equal(await answerOf(root, "content"), c.query.content ?? null);
        assert.equal(await answerOf(root, "category"), c.query.category ?? null);
        // The first unanswered question is open, unless no answer to it could change the
        // result: then none is, and it is offered instead.
        const unanswered = askedQuestions(c.query).filter((q) => !(q in c.query));
        const optional = await root
          .locator("[data-optional][data-question]")
          .evaluateAll((els) => els.map((e) => e.dataset.question));
        const asked = unanswered.filter((q) => !optional.includes(q));
        assert.deepEqual([...asked, ...optional].sort(), [...unanswered].sort(), "every unanswered question asked or offered");
        assert.equal(await openQuestion(root), asked[0] ?? null, "the open question");
        assert.equal(page.url(), address, "loading a link does not rewrite it");

        const decision = await decideInPage(page, c.query);
        assert.deepEqual(
          decision.schemes.map((s) => [s.scheme, s.status]),
          byStatus(c.schemes),
          "decide() lists the schemes by status",
        );
        for (const s of shown) {
          assert.equal(decision.schemes.find((d) => d.scheme === s.scheme)?.url, s.href, `${s.scheme}'s link`);
        }
        assert.equal(decision.recommended, c.recommended, "decide() recommends the same scheme");
        assert.deepEqual(decision.notes, c.notes);
        assert.equal(decision.blocked, Boolean(c.blocked));
      });
    }

    await t.test("场景7's plugin card offers the contact form the document links", async () => {
      await page.goto(`${env.url}/?scenario=offline-event&subject=enterprise`);
      const root = await ready(page);
      const hrefs = await root
        .locator('[data-scheme="live-plugin"] a[href]')
        .evaluateAll((els) => els.map((a) => a.getAttribute("href")));
      assert.ok(hrefs.includes("https://console.cloud.tencent.com/workorder/category"), hrefs.join(" "));
    });
    assert.deepEqual(log.errors, []);
    assert.deepEqual(consoleErrors(log), []);
  } finally {
    await context.close();
  }
});

test("a tampered link shows a notice, echoes nothing and keeps the valid answers", async (t) => {
  const { context, page, log } = await openPage(env);
  const dialogs = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    return d.dismiss();
  });
  try {
    const payloads = [
      ["<script>x</script>", ["<script", "x</script>", "%3Cscript", "&lt;script"]],
      ['"><img src=x onerror=alert(1)>', ["<img", "onerror", "%3Cimg", "alert(1)"]],
    ];
    for (const [payload, traces] of payloads) {
      await t.test(payload, async () => {
        await page.goto(`${env.url}/?scenario=${payload}&category=social-live`);
        const root = await ready(page);
        const notice = root.locator('[data-notice="invalid-link"]');
        await notice.waitFor();
        assert.match(await notice.innerText(), /链接中有无法识别的参数/);
        assert.match(await notice.innerText(), /scenario/, "the notice names the parameter");

        const { text, html } = await shadowContent(page);
        for (const trace of traces) {
          assert.ok(!text.includes(trace), `shadow text echoes ${trace}`);
          assert.ok(!html.includes(trace), `shadow markup echoes ${trace}`);
        }
        assert.equal(await page.locator("[data-live-scheme-selector] script, [data-live-scheme-selector] img").count(), 0);

        assert.equal(await answerOf(root, "category"), "social-live", "the valid category stays");
        assert.equal(await checked(root, "scenario"), null);
        assert.equal(await openQuestion(root), "scenario", "the dropped scenario is asked for");

        // The page's address keeps what it was given under `scenario`, byte for byte (it is
        // the page's, not the widget's, to change); the widget writes only what it can.
        const given = new URL(page.url()).search.slice(1).split("&")[0];
        await clickLabel(root, "scenario", "entertainment");
        await waitForParam(page, "lang", "zh-CN");
        const search = new URL(page.url()).search;
        assert.equal(search, `?${given}&lang=zh-CN&category=social-live`);
        await root.locator('[data-scheme="standard-live"]').waitFor();
      });
    }
    assert.deepEqual(dialogs, [], "nothing in the link ran");
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test("copy link puts the current address, host parameters included, on the clipboard", async () => {
  const { context, page, log } = await openPage(env, {
    permissions: ["clipboard-read", "clipboard-write"],
  });
  try {
    await page.goto(`${env.url}/?ref=mail&scenario=education#faq`);
    const root = await ready(page);
    await clickLabel(root, "subject", "enterprise");
    await waitForParam(page, "subject", "enterprise");

    await root.locator('[data-action="copy-link"]').first().click();
    await root.getByRole("status").filter({ hasText: "链接已复制" }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, `${env.url}/?ref=mail&lang=zh-CN&subject=enterprise&scenario=education#faq`);
    assert.equal(copied, page.url());

    // An answer changed after copying makes the earlier "copied" untrue.
    await clickLabel(root, "subject", "government");
    await waitForParam(page, "subject", "government");
    await root.getByRole("status").filter({ hasText: "链接已复制" }).waitFor({ state: "detached" });
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test("when the clipboard refuses, the link is shown to copy by hand", async () => {
  const { context, page, log } = await openPage(env);
  try {
    await page.goto(`${env.url}/?lang=en&scenario=car-presale&category=auto-presale`);
    const root = await ready(page);
    await page.evaluate(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException("denied", "NotAllowedError"));
    });
    await root.locator('[data-action="copy-link"]').first().click();
    const field = root.locator("[role=status] input[readonly]");
    await field.waitFor();
    assert.equal(await field.inputValue(), page.url());
    assert.equal(await field.getAttribute("type"), "text");
    const id = await field.getAttribute("id");
    assert.match(await root.locator(`label[for="${id}"]`).innerText(), /Copy this link by hand/);
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test("the language switch changes the widget's language and the link", async () => {
  const { context, page, log } = await openPage(env);
  try {
    await page.goto(`${env.url}/?scenario=ecommerce&subject=enterprise&category=social-live`);
    const root = await ready(page);
    const zh = root.locator('button[lang="zh-CN"]');
    const en = root.locator('button[lang="en"]');
    const available = root.locator('[data-status="available"]').first();
    assert.equal(await zh.getAttribute("aria-pressed"), "true");
    assert.equal(await en.getAttribute("aria-pressed"), "false");
    assert.match(await available.innerText(), /可直接使用/);

    await en.click();
    await page.locator('.lss[lang="en"]').waitFor();
    await waitForParam(page, "lang", "en");
    assert.equal(await en.getAttribute("aria-pressed"), "true");
    assert.equal(await zh.getAttribute("aria-pressed"), "false");
    assert.match(await available.innerText(), /Available/);
    assert.doesNotMatch(await root.innerText(), /可直接使用/);
    assert.deepEqual(urlState(page), {
      lang: "en",
      subject: "enterprise",
      scenario: "ecommerce",
      category: "social-live",
    });

    await page.reload();
    const reloaded = await ready(page);
    assert.equal(await reloaded.getAttribute("lang"), "en", "the link keeps the language");

    await reloaded.locator('button[lang="zh-CN"]').click();
    await page.locator('.lss[lang="zh-CN"]').waitFor();
    await waitForParam(page, "lang", "zh-CN");
    assert.match(await available.innerText(), /可直接使用/);
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test("every change rewrites the address in place, without adding history", async () => {
  const { context, page, log } = await openPage(env);
  try {
    await page.goto(`${env.url}/?utm_source=newsletter#top`);
    const root = await ready(page);
    const before = await page.evaluate(() => history.length);

    await clickLabel(root, "scenario", "finance");
    await waitForParam(page, "scenario", "finance");
    await clickLabel(root, "content", "finance-claims");
    await waitForParam(page, "content", "finance-claims");
    await clickLabel(root, "subject", "government");
    await waitForParam(page, "subject", "government");
    await selectCategory(root, "finance-bank");
    await waitForParam(page, "category", "finance-bank");
    await root.locator('button[lang="en"]').click();
    await waitForParam(page, "lang", "en");
    // A content belongs to its scenario, so a new scenario drops it from the link too.
    await clickLabel(root, "scenario", "medical");
    await waitForParam(page, "content", null);
    assert.equal(await openQuestion(root), "content", "the new scenario's content is asked for");
    assert.equal(await answerOf(root, "subject"), "government", "the other answers stay");

    const url = new URL(page.url());
    assert.equal(url.search, "?utm_source=newsletter&lang=en&subject=government&scenario=medical&category=finance-bank");
    assert.equal(url.hash, "#top");
    assert.equal(await page.evaluate(() => history.length), before, "history.length is unchanged");
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test("the overview holds every scenario's rules in one table and fits a phone", async () => {
  const { context, page, log } = await openPage(env, { viewport: PHONE });
  try {
    await page.goto(`${env.url}/?lang=en`);
    const root = await ready(page);
    const overview = root.locator("details.lss-overview");
    assert.equal(await overview.getAttribute("open"), null, "closed until asked for");
    await overview.locator("summary").click();
    await root.locator("details.lss-overview[open]").waitFor();
    assert.equal(await overview.locator("table").count(), 1, "one table");
    const table = overview.locator("table.lss-rules");
    assert.equal(await table.locator("tbody").count(), 10, "a row group per scenario");
    const groups = await table.locator("tbody").evaluateAll((bodies) =>
      bodies.map((b) => [...new Set([...b.querySelectorAll("tr[data-scenario]")].map((tr) => tr.dataset.scenario))]),
    );
    assert.deepEqual(
      groups,
      [
        ["government"],
        ["ecommerce"],
        ["education"],
        ["finance"],
        ["medical"],
        ["entertainment"],
        ["offline-event"],
        ["scenic-spot"],
        ["car-presale"],
        ["video-support"],
      ],
      "the scenarios in the document's order, each in its own row group",
    );
    assert.equal(await table.locator("tr[data-yours]").count(), 0, "no rows are the visitor's before a scenario");
    const hrefs = await overview
      .locator("a[href]")
      .evaluateAll((els) => [...new Set(els.map((a) => a.getAttribute("href")))].sort());
    assert.deepEqual(hrefs, Object.values(PRODUCT_URL).sort(), "the tables link the three products");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the open overview scrolls sideways by ${overflow}px at 375px`);

    // The visitor's own rows are marked: 场景2's two.
    await clickLabel(root, "scenario", "ecommerce");
    await table.locator("tr[data-yours]").first().waitFor();
    assert.deepEqual(
      await table.locator("tr[data-yours]").evaluateAll((rows) => rows.map((tr) => tr.dataset.scenario)),
      ["ecommerce", "ecommerce"],
    );
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});

test("场景6's tip leads to the e-commerce scenario", async () => {
  const { context, page, log } = await openPage(env);
  try {
    await page.goto(`${env.url}/?scenario=entertainment&subject=enterprise`);
    const root = await ready(page);
    await root.locator('[data-notice="trading-see-ecommerce"] button').click();
    await waitForParam(page, "scenario", "ecommerce");
    assert.equal(await checked(root, "scenario"), "ecommerce");
    await root.locator('[data-scheme="live-plugin"]').waitFor();
    assert.equal(await root.locator('[data-notice="trading-see-ecommerce"]').count(), 0);
    assert.deepEqual(log.errors, []);
  } finally {
    await context.close();
  }
});
