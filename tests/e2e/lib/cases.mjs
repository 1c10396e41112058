// Deep links and what the source document (/work/shared/seed/000_63348d086047f1b2.txt) says they
// must show. Written out by hand from the document's tables, not from the widget's rules, so the
// two are checked against each other. `schemes` lists the cards in the order they must appear:
// available first, then conditional, then unavailable; within a status, in the table's order.
// `notes` are in the widget's fixed note order. Every mini program needs a non-individual
// subject, so an unanswered subject leaves at most "conditional".

const GENERAL = "category-must-match";
const UNKNOWN_SUBJECT = "individual-subject";
const ECOMMERCE_NOTES = ["medical-category", "prohibited-goods"];

export const CASES = [
  {
    name: "场景1 government account, government subject",
    query: { scenario: "government", subject: "government" },
    schemes: [["standard-live", "available"]],
    notes: [GENERAL],
  },
  {
    name: "场景1 government account, unanswered subject",
    query: { scenario: "government" },
    schemes: [["standard-live", "conditional"]],
    notes: [UNKNOWN_SUBJECT, GENERAL],
  },
  {
    name: "场景1 government account, company subject",
    query: { scenario: "government", subject: "enterprise" },
    schemes: [["standard-live", "unavailable"]],
    notes: [GENERAL],
  },
  {
    name: "场景2 e-commerce, 电商平台 category",
    query: { scenario: "ecommerce", subject: "enterprise", category: "ecommerce-platform" },
    schemes: [["live-plugin", "available"], ["standard-live", "unavailable"]],
    notes: [GENERAL, ...ECOMMERCE_NOTES],
  },
  {
    name: "场景2 e-commerce, 社交-直播 category, unanswered subject",
    query: { scenario: "ecommerce", category: "social-live" },
    schemes: [["standard-live", "conditional"], ["live-plugin", "unavailable"]],
    notes: [UNKNOWN_SUBJECT, GENERAL, ...ECOMMERCE_NOTES],
  },
  {
    name: "场景3 education, another education category",
    query: { scenario: "education", subject: "enterprise", category: "education-other" },
    schemes: [
      ["enterprise-live", "available"],
      ["live-plugin", "available"],
      ["standard-live", "unavailable"],
    ],
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
    notes: [GENERAL],
  },
  {
    name: "场景4 finance, sales training",
    query: { scenario: "finance", content: "finance-training", subject: "enterprise" },
    schemes: [["enterprise-live", "available"]],
    notes: [GENERAL],
  },
  {
    name: "场景4 finance, promotion without a finance category",
    query: { scenario: "finance", content: "finance-promotion", subject: "enterprise", category: "none" },
    schemes: [["enterprise-live", "available"], ["standard-live", "unavailable"]],
    notes: [GENERAL],
  },
  {
    name: "场景4 finance, claims with a bank category",
    query: { scenario: "finance", content: "finance-claims", subject: "enterprise", category: "finance-bank" },
    schemes: [["standard-live", "available"]],
    notes: [GENERAL],
  },
  {
    name: "场景4 finance, content not answered",
    query: { scenario: "finance", subject: "enterprise", category: "finance-insurance" },
    schemes: [["enterprise-live", "conditional"], ["standard-live", "conditional"]],
    notes: [GENERAL],
  },
  {
    name: "场景5 medical sales follow 场景2 and need a medical category too",
    query: { scenario: "medical", content: "medical-sales", subject: "enterprise", category: "ecommerce-platform" },
    schemes: [["live-plugin", "conditional"], ["standard-live", "unavailable"]],
    notes: [GENERAL, ...ECOMMERCE_NOTES],
  },
  {
    name: "场景5 medical consultation, public medical institution",
    query: { scenario: "medical", content: "medical-consultation", subject: "government", category: "medical-public-institution" },
    schemes: [["standard-live", "available"]],
    notes: [GENERAL],
  },
  {
    name: "场景6 entertainment, 社交-直播 category",
    query: { scenario: "entertainment", subject: "enterprise", category: "social-live" },
    schemes: [["standard-live", "available"]],
    notes: [GENERAL, "trading-see-ecommerce"],
  },
  {
    name: "场景7 short offline event",
    query: { scenario: "offline-event", subject: "enterprise" },
    schemes: [["live-plugin", "conditional"], ["standard-live", "unavailable"]],
    notes: [GENERAL, "offline-permits"],
  },
  {
    name: "场景8 scenic spot, government subject without a category",
    query: { scenario: "scenic-spot", subject: "government" },
    schemes: [["standard-live", "available"]],
    notes: [GENERAL],
  },
  {
    name: "场景8 scenic spot, company without 社交-直播",
    query: { scenario: "scenic-spot", subject: "enterprise", category: "none" },
    schemes: [["standard-live", "unavailable"]],
    notes: [GENERAL],
  },
  {
    name: "场景9 car presale",
    query: { scenario: "car-presale", subject: "enterprise", category: "auto-presale" },
    schemes: [["standard-live", "available"]],
    notes: [GENERAL],
  },
  {
    name: "场景10 video support owned by an individual",
    query: { scenario: "video-support", subject: "individual", category: "tools-video-support" },
    schemes: [["standard-live", "unavailable"]],
    notes: [UNKNOWN_SUBJECT, GENERAL],
    blocked: true,
  },
];

export function toQuery(query) {
  return new URLSearchParams(query).toString();
}
