// Exercises every type of js/live-scheme-selector.d.ts the way a host page's code would.
// Compiled (never run) by check.sh with tsconfig.json.
import {
  ready,
  mount,
  decide,
  type Answers,
  type CategoryId,
  type Condition,
  type Decision,
  type Handle,
  type Lang,
  type LangTag,
  type LiveSchemeChangeDetail,
  type LiveSchemeLinkDetail,
  type LiveSchemeSelectorElement,
  type Missing,
  type MountOptions,
  type NoteId,
  type Outcome,
  type Requirement,
  type Route,
  type SchemeId,
  type Status,
} from "../../js/live-scheme-selector.js";

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
function assertType<T extends true>(_: T): void {}

// The module.
assertType<Equal<typeof ready, Promise<void>>>(true);
await ready;

const host = document.querySelector("#widget");
if (host) {
  const options: MountOptions = {
    lang: "en",
    subject: "enterprise",
    scenario: "finance",
    content: "finance-training",
    category: "unsure",
    syncUrl: false,
  };
  const handle: Handle = mount(host, options);
  handle.destroy();
  mount(host).destroy();
  mount(host, { lang: "zh", syncUrl: "false" }).destroy();
  mount(host, { urlPrefix: "lss-" }).destroy();
  // @ts-expect-error: a prefix is a string.
  mount(host, { urlPrefix: 1 });
  // @ts-expect-error: `fr` is not a language the widget speaks.
  mount(host, { lang: "fr" });
}

const answers: Answers = { subject: "enterprise", scenario: "car-presale", category: "auto-presale" };
const d: Decision = decide(answers);
decide({});
decide({ scenario: "medical", content: null, category: "unsure" });
// @ts-expect-error: a typo in an id.
decide({ scenario: "ecommerse" });
// @ts-expect-error: the content has its own key.
decide({ scenario: "finance", category: "finance-training" });

// The decision's shape.
assertType<Equal<typeof d.input.scenario, import("../../js/live-scheme-selector.js").ScenarioId | null>>(true);
assertType<Equal<typeof d.recommended, SchemeId | null>>(true);
const blocked: boolean = d.blocked;
const notes: NoteId[] = d.notes;
const standard: Outcome | undefined = d.schemes.find((o) => o.scheme === "standard-live");
if (standard?.status === "available" && d.recommended === standard.scheme) {
  console.log(blocked, notes, standard.url);
}

function describeRequirement(r: Requirement): string {
  switch (r.type) {
    case "no-category":
      return "no category needed";
    case "subject":
      return r.subject;
    case "category":
      return r.categories.join(", ");
    case "checks":
      return r.checks.join(", ");
  }
}

function describeCondition(c: Condition): string {
  switch (c.type) {
    case "check": {
      const [only] = c.checks;
      return only;
    }
    case "non-individual-subject":
    case "government-subject":
      return c.type;
    case "content-is":
      return c.contents.join(", ");
    case "category": {
      const needed: CategoryId[] = c.categories;
      return needed.join(", ");
    }
  }
}

function describeMissing(m: Missing): string {
  switch (m.type) {
    case "non-individual-subject":
    case "government-subject":
      return m.type;
    case "category":
      return m.categories.join(", ");
    default: {
      const never: never = m;
      return never;
    }
  }
}

function describeRoute(r: Route): string[] {
  const status: Status = r.status;
  return [
    status,
    r.met ? describeRequirement(r.met) : "-",
    ...r.conditions.map(describeCondition),
    ...r.missing.map(describeMissing),
  ];
}
for (const outcome of d.schemes) {
  const first = outcome.routes[0];
  if (first) describeRoute(first);
  // @ts-expect-error: not a status.
  if (outcome.status === "availabel") break;
}

// Events on a data-attribute host: they bubble, so every element's listeners are typed.
host?.addEventListener("live-scheme-change", (e) => {
  const detail: LiveSchemeChangeDetail = e.detail;
  const lang: LangTag = detail.lang;
  // @ts-expect-error: the reported tag is always `zh-CN`, never the short form.
  const short: "zh" = detail.lang;
  console.log(lang, short, detail.input.category, detail.decision.schemes.length);
});
document.body.addEventListener("live-scheme-link", (e) => {
  const detail: LiveSchemeLinkDetail = e.detail;
  const scheme: SchemeId = detail.scheme;
  console.log(scheme, detail.url);
});

// The custom element.
const el = document.createElement("live-scheme-selector");
assertType<Equal<typeof el, LiveSchemeSelectorElement>>(true);
el.setAttribute("lang", "en" satisfies Lang);
el.setAttribute("sync-url", "false");
document.body.append(el);
const current: Decision | null = el.decision;
if (current !== null) console.log(current.recommended);
// @ts-expect-error: the decision is read-only.
el.decision = null;
el.answers = { scenario: "education", category: "unsure" };
el.answers = { ...el.answers, subject: null };
const category: CategoryId | null | undefined = el.answers.category;
console.log(category);
el.addEventListener("live-scheme-change", function (e) {
  const self: LiveSchemeSelectorElement = this;
  console.log(self.decision);
  assertType<Equal<typeof e, CustomEvent<LiveSchemeChangeDetail>>>(true);
  console.log(e.detail.decision.recommended);
});
el.addEventListener("live-scheme-link", (e) => console.log(e.detail.url), { once: true });
el.addEventListener("click", (e) => console.log(e.clientX));
el.addEventListener("some-other-event", (e) => console.log(e.type));
const onLink = (e: CustomEvent<LiveSchemeLinkDetail>) => console.log(e.detail.scheme);
el.addEventListener("live-scheme-link", onLink);
document.addEventListener("live-scheme-change", (e) => console.log(e.detail.input.scenario));
el.removeEventListener("live-scheme-link", onLink);
const found = document.querySelector("live-scheme-selector");
if (found) assertType<Equal<typeof found, LiveSchemeSelectorElement>>(true);
