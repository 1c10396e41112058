// Types for `live-scheme-selector.js`. The ids, the payloads, the options and the attributes
// (the `<generated …>` regions) are generated from the Rust sources that define them
// (src/rules, src/wire.rs, src/settings.rs) by tests/contract.rs, which fails when they
// disagree: after changing those, run `UPDATE_CONTRACT=1 cargo test --test contract`. The rest is
// written by hand; tests/types/ checks the whole file with tsc.

// ---------------------------------------------------------------------------------------------
// Ids. The strings never change; an unknown one makes `decide()` throw and is ignored (with a
// console warning) by `mount()` and the element's attributes.

// <generated ids: from the Rust sources by tests/contract.rs; do not edit>
/** A language the widget accepts: `zh` is read as `zh-CN`. */
export type Lang = "zh-CN" | "zh" | "en";

/** The language tag the widget reports (in events and its own `lang` attribute). */
export type LangTag = "zh-CN" | "en";

/** The legal subject the mini program is registered to. */
export type SubjectId = "enterprise" | "government" | "individual";

/** The scenario, in the source document's order. */
export type ScenarioId =
  | "government"
  | "ecommerce"
  | "education"
  | "finance"
  | "medical"
  | "entertainment"
  | "offline-event"
  | "scenic-spot"
  | "car-presale"
  | "video-support";

/** What is streamed, for the scenarios whose rules split by content (finance and medical). */
export type ContentId =
  | "finance-training"
  | "finance-promotion"
  | "finance-claims"
  | "medical-sales"
  | "medical-consultation";

/**
 * The mini program's service category. `none`: it has none of the listed ones; `unsure`: the
 * visitor does not know, so routes that need a category come back `conditional` with a `category`
 * condition.
 */
export type CategoryId =
  | "ecommerce-platform"
  | "social-live"
  | "education-online-video-course"
  | "education-other"
  | "finance-bank"
  | "finance-trust"
  | "finance-public-fund"
  | "finance-private-fund"
  | "finance-securities-futures"
  | "finance-investment-advisory"
  | "finance-insurance"
  | "finance-credit-reporting"
  | "finance-neeq-info"
  | "finance-stock-info"
  | "finance-consumer-finance"
  | "medical-internet-hospital"
  | "medical-public-institution"
  | "auto-presale"
  | "tools-video-support"
  | "none"
  | "unsure";

/** The three ways to bring live streaming into a mini program. */
export type SchemeId = "standard-live" | "live-plugin" | "enterprise-live";

/** The notes and warnings of the source document. */
export type NoteId =
  | "individual-subject"
  | "category-must-match"
  | "medical-category"
  | "prohibited-goods"
  | "trading-see-ecommerce"
  | "offline-permits";

/** Requirements the widget cannot verify from the answers. */
export type CheckId = "online-promotion-only" | "short-term-authorization" | "medical-category-added";

/**
 * `available`: usable with what was entered. `conditional`: usable once the route's `conditions`
 * hold. `unavailable`: ruled out; the route's `missing` says what would open it.
 */
export type Status = "available" | "conditional" | "unavailable";
// </generated ids>

// ---------------------------------------------------------------------------------------------
// Input.

// <generated input: from the Rust sources by tests/contract.rs; do not edit>
/** The answers; every one may be left out (or null): unanswered. */
export interface Answers {
  subject?: SubjectId | null | undefined;
  scenario?: ScenarioId | null | undefined;
  /** A content belongs to one scenario (`finance-*` to `finance`, `medical-*` to `medical`). */
  content?: ContentId | null | undefined;
  category?: CategoryId | null | undefined;
}

/** The answers a decision was made from, normalized: every key present, null when unanswered. */
export interface Input {
  subject: SubjectId | null;
  scenario: ScenarioId | null;
  /** A content belongs to one scenario (`finance-*` to `finance`, `medical-*` to `medical`). */
  content: ContentId | null;
  category: CategoryId | null;
}

/**
 * The options of `mount()`: the element's data attributes, `syncUrl` for `data-sync-url`,
 * `urlPrefix` for `data-url-prefix`.
 */
export interface MountOptions extends Answers {
  /** The widget's language; `zh` reads as `zh-CN`. Default `zh-CN`. */
  lang?: Lang | undefined;
  /**
   * Whether the widget keeps its state in the page's URL (only the first widget on a page that asks
   * does). Default `true`.
   */
  syncUrl?: boolean | "true" | "false" | undefined;
  /**
   * Puts the widget's parameters in the page's URL under this prefix (`lss-` gives
   * `?lss-scenario=…`), so that they never meet the page's own. Default none.
   */
  urlPrefix?: string | undefined;
}
// </generated input>

// ---------------------------------------------------------------------------------------------
// The decision, as `decide()` returns it and `live-scheme-change` carries it.

// <generated decision: from the Rust sources by tests/contract.rs; do not edit>
/** Why a route applies: the rule's requirement that the answers meet. */
export type Requirement =
  | { type: "no-category" }
  | { type: "subject"; subject: SubjectId }
  | { type: "category"; categories: CategoryId[] }
  | { type: "checks"; checks: CheckId[] };

/** Something that must still hold for a `conditional` route. */
export type Condition =
  /** A requirement the widget cannot verify (always one check). */
  | { type: "check"; checks: [CheckId] }
  /** The subject is unanswered; the mini program must not belong to an individual. */
  | { type: "non-individual-subject" }
  /** The subject is unanswered; the route needs a government subject. */
  | { type: "government-subject" }
  /** The content is unanswered; the route covers only these contents. */
  | { type: "content-is"; contents: ContentId[] }
  /** The category is unanswered or `unsure`; the route needs one of these categories. */
  | { type: "category"; categories: CategoryId[] };

/** Something the answers rule out, which would open an `unavailable` route. */
export type Missing =
  | { type: "non-individual-subject" }
  | { type: "government-subject" }
  | { type: "category"; categories: CategoryId[] };

/** One rule leading to a scheme, evaluated against the answers. */
export interface Route {
  status: Status;
  /** The requirement the answers meet, or null. */
  met: Requirement | null;
  conditions: Condition[];
  missing: Missing[];
}

/** One scheme the scenario offers. */
export interface Outcome {
  scheme: SchemeId;
  /** The status of its best route (the first). */
  status: Status;
  /** The scheme's documentation page. */
  url: string;
  /** Every route to the scheme, the best first; never empty. */
  routes: Route[];
}

/** The one thing that opens a next step's scheme. */
export type NextAction =
  /** The mini program has a category, just not one of these: add one. */
  | { type: "add-category"; categories: CategoryId[] }
  /**
   * The mini program has none of the listed categories, or the visitor does not know (or has not
   * said) which it has: register a non-individual mini program if there is none yet, choose one of
   * these, use the scheme.
   */
  | { type: "choose-category"; categories: CategoryId[] }
  /** The subject is unanswered and the route needs one of these subjects. */
  | { type: "subject"; subjects: SubjectId[] }
  /** Only the goal's `checks` stand in the way. */
  | { type: "checks" }
  /** Nothing to do: only the content is unanswered. */
  | { type: "ready" };

/** A scheme a next step aims for, and what opens it. */
export interface NextGoal {
  scheme: SchemeId;
  /** The one thing to do. */
  step: NextAction;
  /** The contents the route covers while the content is unanswered; empty: any. */
  contents: ContentId[];
  /** Checks the widget cannot verify that must hold too; with a `checks` step they are the step. */
  checks: CheckId[];
}

/** What to do when no scheme is available yet. */
export type NextStep =
  /**
   * The least-work scheme the visitor can still reach (one that waits only for answers first), and
   * the next one after it.
   */
  | { type: "reach"; goal: NextGoal; alternative: NextGoal | null }
  /**
   * Nothing the visitor can do with this mini program opens a scheme: only one registered to one of
   * `subjects` would, and `scheme` is the least work it would open.
   */
  | { type: "blocked"; subjects: SubjectId[]; scheme: SchemeId };

/** The decision for a set of answers. */
export interface Decision {
  input: Input;
  /** The mini program belongs to an individual: no scheme can be used. */
  blocked: boolean;
  /** The scheme the widget recommends among the available ones; null when none is available. */
  recommended: SchemeId | null;
  /**
   * What to do when no scheme is available yet; null when one is, or before a scenario is chosen.
   */
  nextStep: NextStep | null;
  /**
   * Every scheme the scenario (and content) offers: available, then conditional, then unavailable.
   */
  schemes: Outcome[];
  /** The notes that apply, in a fixed order. */
  notes: NoteId[];
}
// </generated decision>

// ---------------------------------------------------------------------------------------------
// Events. Both bubble and are composed; they are dispatched on the host element.

// <generated events: from the Rust sources by tests/contract.rs; do not edit>
/** `live-scheme-change`: the language or an answer changed (not fired for the starting state). */
export interface LiveSchemeChangeDetail {
  lang: LangTag;
  input: Input;
  decision: Decision;
}

/** `live-scheme-link`: a scheme's documentation link was followed. */
export interface LiveSchemeLinkDetail {
  scheme: SchemeId;
  url: string;
}
// </generated events>

export interface LiveSchemeSelectorEventMap {
  "live-scheme-change": CustomEvent<LiveSchemeChangeDetail>;
  "live-scheme-link": CustomEvent<LiveSchemeLinkDetail>;
}

// ---------------------------------------------------------------------------------------------
// The module.

/** A widget mounted by `mount()`. */
export interface Handle {
  /** Removes the widget and shows the element's own content again. Idempotent. */
  destroy(): void;
}

/**
 * Resolves once the WebAssembly is running and the elements marked `data-live-scheme-selector`
 * are mounted. Rejects with an `Error` naming the cause where it cannot run (every rule is shown
 * instead) or could not be downloaded (the painted form says so and offers a retry, which, if it
 * succeeds, mounts the widgets; `ready` stays rejected). Never settles where there is no DOM
 * (Node, server rendering), where importing the module does nothing.
 */
export declare const ready: Promise<void>;

/** Where the package's files are fetched from. */
export interface Configuration {
  /**
   * The folder (a URL, absolute or relative to the page) that holds `lss_bg.wasm`,
   * `live-scheme-selector.css` and `overview.*.html`, such as a CDN's copy of the package; null
   * or left out: beside the module, where a bundler put them.
   */
  base?: string | URL | null | undefined;
}

/**
 * Points the module at its files (see `Configuration`). Call it before the page's load event,
 * when the WebAssembly is fetched; each file's address is read when it is fetched.
 */
export declare function configure(options: Configuration): void;

/** Mounts a widget into `element`, replacing one already there. Call after `ready`. */
export declare function mount(element: Element, options?: MountOptions): Handle;

/** The rules alone: answers in, the decision out. Throws on an unknown id. Call after `ready`. */
export declare function decide(input: Answers): Decision;

/** How many widgets are mounted on the page: a diagnostic that removed widgets are gone. */
export declare function widgetCount(): number;

// ---------------------------------------------------------------------------------------------
// The custom element `<live-scheme-selector>`.

// <generated attributes: from the Rust sources by tests/contract.rs; do not edit>
/** The element's attributes, as markup and JSX write them. */
export interface LiveSchemeSelectorAttributes {
  /** The widget's language; `zh` reads as `zh-CN`. */
  lang?: Lang;
  /** The mini program's legal subject. Unanswered when absent. */
  subject?: SubjectId;
  /** The scenario. Unanswered when absent. */
  scenario?: ScenarioId;
  /** What is streamed, for the `finance` and `medical` scenarios. Unanswered when absent. */
  content?: ContentId;
  /**
   * The mini program's service category, `none`, or `unsure` when the visitor does not know.
   * Unanswered when absent.
   */
  category?: CategoryId;
  /**
   * Whether the widget keeps its state in the page's URL (only the first widget on a page that asks
   * does).
   */
  "sync-url"?: "true" | "false";
  /**
   * Puts the widget's parameters in the page's URL under this prefix (`lss-` gives
   * `?lss-scenario=…`), so that they never meet the page's own.
   */
  "url-prefix"?: string;
}
// </generated attributes>

/**
 * `<live-scheme-selector lang subject scenario content category sync-url>`, the class the module
 * defines the element with (`LiveSchemeSelector`).
 */
export interface LiveSchemeSelector extends HTMLElement {
  /** The current decision; null until the WebAssembly is running. */
  readonly decision: Decision | null;
  /** The current answers; setting them updates the widget. */
  answers: Answers;

  addEventListener<K extends keyof LiveSchemeSelectorEventMap>(
    type: K,
    listener: (this: LiveSchemeSelector, ev: LiveSchemeSelectorEventMap[K]) => any,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener<K extends keyof HTMLElementEventMap>(
    type: K,
    listener: (this: LiveSchemeSelector, ev: HTMLElementEventMap[K]) => any,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions,
  ): void;
  removeEventListener<K extends keyof LiveSchemeSelectorEventMap>(
    type: K,
    listener: (this: LiveSchemeSelector, ev: LiveSchemeSelectorEventMap[K]) => any,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener<K extends keyof HTMLElementEventMap>(
    type: K,
    listener: (this: LiveSchemeSelector, ev: HTMLElementEventMap[K]) => any,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | EventListenerOptions,
  ): void;
}

/** The element's class, as the module exports it and `customElements.get()` returns it. */
export declare const LiveSchemeSelector: {
  prototype: LiveSchemeSelector;
  new (): LiveSchemeSelector;
  readonly observedAttributes: string[];
};

/** The element's type under its earlier name. */
export type LiveSchemeSelectorElement = LiveSchemeSelector;

/**
 * The element's props in JSX: its attributes plus the basics every element takes. `class` and
 * `className` both appear so that any JSX flavour's spelling is accepted. React's and Vue's own
 * declarations come with the package: import from `live-scheme-selector/react` or
 * `live-scheme-selector/vue` instead of `live-scheme-selector`.
 */
export interface LiveSchemeSelectorJSXProps extends LiveSchemeSelectorAttributes {
  children?: unknown;
  id?: string;
  class?: string;
  className?: string;
  style?: string | Record<string, string | number>;
  slot?: string;
  hidden?: boolean;
  title?: string;
  key?: string | number;
  ref?: unknown;
}

declare global {
  interface HTMLElementTagNameMap {
    "live-scheme-selector": LiveSchemeSelector;
  }

  // The events bubble and are composed, so a `data-live-scheme-selector` host, any ancestor
  // and the document hear them too, with typed details.
  interface ElementEventMap extends LiveSchemeSelectorEventMap {}
  interface DocumentEventMap extends LiveSchemeSelectorEventMap {}

  // For JSX set-ups that read the global `JSX` namespace (Preact, Solid, React before 19).
  // React 19 reads `React.JSX`, which `live-scheme-selector/react` declares.
  namespace JSX {
    interface IntrinsicElements {
      "live-scheme-selector": LiveSchemeSelectorJSXProps;
    }
  }
}
