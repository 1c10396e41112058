// Deep links and what the source document (/work/shared/seed/000_63348d086047f1b2.txt) says they
// must show. Written out by hand from the document's tables, not from the widget's rules, so the
// two are checked against each other.
//
// `schemes` lists the cards in the order they must appear: always 小程序·企业直播, then
// 小程序·云直播插件, then 标准直播+直播标签 (the least work first), whatever their status, and only
// the schemes the scenario (and content) offers; `notOffered` the schemes it does not. A
// conditional card says why: "awaiting" when only answers not given yet stand in the way (an
// unanswered subject, content or category), "conditions" when the customer has something to
// check or do (a requirement the widget cannot verify, or a category they are not sure of).
// `recommended` is the available scheme that takes the least work, if any. `notes` are in the
// widget's fixed note order. Every mini program needs a non-individual subject, so an
// unanswered subject leaves at most "conditional"; an unanswered or unsure category leaves a
// category row "conditional", never "unavailable".

const GENERAL = "category-must-match";
const UNKNOWN_SUBJECT = "individual-subject";
const ECOMMERCE_NOTES = ["medical-category", "prohibited-goods"];

/** The cards' order, and the order of the schemes not offered. */
export const CARD_ORDER = ["enterprise-live", "live-plugin", "standard-live"];

/** What each card's badge reads, in Chinese and English. */
export const BADGE = {
  "zh-CN": {
    available: "可直接使用",
    awaiting: "待回答",
    conditions: "满足条件后可用",
    unavailable: "暂不可用",
  },
  en: {
    available: "Available",
    awaiting: "Awaiting your answers",
    conditions: "Available if conditions are met",
    unavailable: "Not available",
  },
};

/** What each card's product link reads: a guide for the two built schemes, a solution page for
 * 小程序·企业直播. */
export const LINK_LABEL = {
  "zh-CN": { "standard-live": "接入文档", "live-plugin": "接入文档", "enterprise-live": "方案介绍" },
  en: { "standard-live": "Guide", "live-plugin": "Guide", "enterprise-live": "Solution page" },
};

export const CASES = [
  {
    name: "场景1 government account, government subject",
    query: { scenario: "government", subject: "government" },
    schemes: [["standard-live", "available"]],
    notOffered: ["enterprise-live", "live-plugin"],
    recommended: "standard-live",
    notes: [GENERAL],
  },
  {
    name: "场景1 government account, unanswered subject",
    query: { scenario: "government" },
    schemes: [["standard-live", "conditional", "awaiting"]],
    notOffered: ["enterprise-live", "live-plugin"],
    recommended: null,
    notes: [UNKNOWN_SUBJECT, GENERAL],
  },
  {
    name: "场景1 government account, company subject",
    query: { scenario: "government", subject: "enterprise" },
    schemes: [["standard-live", "unavailable"]],
    notOffered: ["enterprise-live", "live-plugin"],
    recommended: null,
    notes: [GENERAL],
  },
  {
    name: "场景2 e-commerce, 电商平台 category",
    query: { scenario: "ecommerce", subject: "enterprise", category: "ecommerce-platform" },
    schemes: [["live-plugin", "available"], ["standard-live", "unavailable"]],
    notOffered: ["enterprise-live"],
    recommended: "live-plugin",
    notes: [GENERAL, ...ECOMMERCE_NOTES],
  },
  {
    name: "场景2 e-commerce, 社交-直播 category, unanswered subject",
    query: { scenario: "ecommerce", category: "social-live" },
    // The scheme still in reach leads, the one the category rules out follows.
    schemes: [["standard-live", "conditional", "awaiting"], ["live-plugin", "unavailable"]],
    notOffered: ["enterprise-live"],
    recommended: null,
    notes: [UNKNOWN_SUBJECT, GENERAL, ...ECOMMERCE_NOTES],
  },
  {
    name: "场景2 e-commerce, a company not sure of its category",
    query: { scenario: "ecommerce", subject: "enterprise", category: "unsure" },
    schemes: [["live-plugin", "conditional", "conditions"], ["standard-live", "conditional", "conditions"]],
    notOffered: ["enterprise-live"],
    recommended: null,
    notes: [GENERAL, ...ECOMMERCE_NOTES],
  },
  {
    name: "场景3 education, another education category",
    query: { scenario: "education", subject: "enterprise", category: "education-other" },
    schemes: [
      ["enterprise-live", "available"],
      ["live-plugin", "available"],
      ["standard-live", "unavailable"],
    ],
    notOffered: [],
    recommended: "enterprise-live",
    notes: [GENERAL],
  },
  {
    name: "场景3 education, 在线视频课程 category",
    query: { scenario: "education", subject: "government", category: "education-online-video-course" },
    schemes: [
      ["enterprise-live", "available"],
      ["live-plugin", "available"],
      ["standard-live", "available"],
    ],
    notOffered: [],
    recommended: "enterprise-live",
    notes: [GENERAL],
  },
  {
    name: "场景3 education, category not answered yet",
    query: { scenario: "education", subject: "enterprise" },
    schemes: [
      ["enterprise-live", "available"],
      ["live-plugin", "conditional", "awaiting"],
      ["standard-live", "conditional", "awaiting"],
    ],
    notOffered: [],
    recommended: "enterprise-live",
    notes: [GENERAL],
  },
  {
    name: "场景4 finance, sales training",
    query: { scenario: "finance", content: "finance-training", subject: "enterprise" },
    schemes: [["enterprise-live", "available"]],
    notOffered: ["live-plugin", "standard-live"],
    recommended: "enterprise-live",
    notes: [GENERAL],
  },
  {
    name: "场景4 finance, promotion without a finance category",
    query: { scenario: "finance", content: "finance-promotion", subject: "enterprise", category: "none" },
    schemes: [["enterprise-live", "available"], ["standard-live", "unavailable"]],
    notOffered: ["live-plugin"],
    recommended: "enterprise-live",
    notes: [GENERAL],
  },
  {
    name: "场景4 finance, claims with a bank category",
    query: { scenario: "finance", content: "finance-claims", subject: "enterprise", category: "finance-bank" },
    schemes: [["standard-live", "available"]],
    notOffered: ["enterprise-live", "live-plugin"],
    recommended: "standard-live",
    notes: [GENERAL],
  },
  {
    name: "场景4 finance, content not answered",
    query: { scenario: "finance", subject: "enterprise", category: "finance-insurance" },
    schemes: [["enterprise-live", "conditional", "awaiting"], ["standard-live", "conditional", "awaiting"]],
    notOffered: ["live-plugin"],
    recommended: null,
    notes: [GENERAL],
  },
  {
    name: "场景5 medical sales follow 场景2 and need a medical category too",
    query: { scenario: "medical", content: "medical-sales", subject: "enterprise", category: "ecommerce-platform" },
    schemes: [["live-plugin", "conditional", "conditions"], ["standard-live", "unavailable"]],
    notOffered: ["enterprise-live"],
    recommended: null,
    notes: [GENERAL, ...ECOMMERCE_NOTES],
  },
  {
    name: "场景5 medical consultation, public medical institution",
    query: { scenario: "medical", content: "medical-consultation", subject: "government", category: "medical-public-institution" },
    schemes: [["standard-live", "available"]],
    notOffered: ["enterprise-live", "live-plugin"],
    recommended: "standard-live",
    notes: [GENERAL],
  },
  {
    name: "场景6 entertainment, 社交-直播 category",
    query: { scenario: "entertainment", subject: "enterprise", category: "social-live" },
    schemes: [["standard-live", "available"]],
    notOffered: ["enterprise-live", "live-plugin"],
    recommended: "standard-live",
    notes: [GENERAL, "trading-see-ecommerce"],
  },
  {
    name: "场景7 short offline event, category not answered yet",
    query: { scenario: "offline-event", subject: "enterprise" },
    schemes: [["live-plugin", "conditional", "conditions"], ["standard-live", "conditional", "awaiting"]],
    notOffered: ["enterprise-live"],
    recommended: null,
    notes: [GENERAL, "offline-permits"],
  },
  {
    name: "场景8 scenic spot, government subject without a category",
    query: { scenario: "scenic-spot", subject: "government" },
    schemes: [["standard-live", "available"]],
    notOffered: ["enterprise-live", "live-plugin"],
    recommended: "standard-live",
    notes: [GENERAL],
  },
  {
    name: "场景8 scenic spot, company without 社交-直播",
    query: { scenario: "scenic-spot", subject: "enterprise", category: "none" },
    schemes: [["standard-live", "unavailable"]],
    notOffered: ["enterprise-live", "live-plugin"],
    recommended: null,
    notes: [GENERAL],
  },
  {
    name: "场景9 car presale",
    query: { scenario: "car-presale", subject: "enterprise", category: "auto-presale" },
    schemes: [["standard-live", "available"]],
    notOffered: ["enterprise-live", "live-plugin"],
    recommended: "standard-live",
    notes: [GENERAL],
  },
  {
    name: "场景10 video support owned by an individual",
    query: { scenario: "video-support", subject: "individual", category: "tools-video-support" },
    schemes: [["standard-live", "unavailable"]],
    notOffered: ["enterprise-live", "live-plugin"],
    recommended: null,
    notes: [UNKNOWN_SUBJECT, GENERAL],
    blocked: true,
  },
];

const STATUS_RANK = { available: 0, conditional: 1, unavailable: 2 };

/** The order `decide()` lists schemes in: available first, then conditional, then unavailable,
 * in the table's order within a status (which, in every table of the document, is the cards'
 * order too). */
export function byStatus(schemes) {
  return schemes
    .map(([scheme, status]) => [scheme, status])
    .sort((a, b) => STATUS_RANK[a[1]] - STATUS_RANK[b[1]] || CARD_ORDER.indexOf(a[0]) - CARD_ORDER.indexOf(b[0]));
}

/** The questions a link's answers lead to, in the order the form asks them: the content only
 * for the scenarios whose table splits by content. */
export function askedQuestions(query) {
  const splits = ["finance", "medical"].includes(query.scenario);
  return ["scenario", ...(splits ? ["content"] : []), "subject", "category"];
}

export function toQuery(query) {
  return new URLSearchParams(query).toString();
}
