//! The widget's own words (headings, labels, buttons, explanations) in both languages. The
//! rules' texts live with the rules; these are the interface around them.

use crate::rules::{t, Text};

pub const TITLE: Text = t(
    "小程序直播接入方案选择",
    "Choose how to add live streaming to your mini program",
);
pub const INTRO: Text = t(
    "回答几个问题，查看腾讯云哪种方案适合您的微信小程序直播，以及还需要做什么。",
    "Answer a few questions to see which Tencent Cloud scheme fits live streaming in your WeChat mini program, and what you still need to do.",
);
pub const LANGUAGE: Text = t("语言", "Language");

pub const SCENARIO_LEGEND: Text = t("直播场景", "What will you stream?");
pub const CONTENT_LEGEND: Text = t("直播内容", "What exactly is the content?");
pub const SUBJECT_LEGEND: Text = t("小程序的主体类型", "Who owns the mini program?");
pub const SUBJECT_HINT: Text = t(
    "即小程序的认证主体，可在小程序后台查看。",
    "The entity the mini program is certified to, shown in the mini program console.",
);
pub const CATEGORY_LABEL: Text = t("小程序的服务类目", "The mini program's service category");
pub const CATEGORY_HINT: Text = t(
    "在小程序后台【设置】>【基本设置】>【服务类目】中查看。与所选场景相关的类目排在前面。",
    "See Settings > Basic settings > Service categories (【设置】>【基本设置】>【服务类目】) in the mini program console. Categories that matter for your scenario come first.",
);
pub const NOT_SURE: Text = t("不确定我的类目", "I'm not sure of my category");
pub const CATEGORY_UNSET: Text = t("请选择服务类目", "Choose a service category");
pub const OTHER_GROUPS: Text = t("其他类目", "Other categories");

pub const SCENARIO_SHORT: Text = t("场景", "Scenario");
pub const CONTENT_SHORT: Text = t("内容", "Content");
pub const SUBJECT_SHORT: Text = t("主体", "Owner");
pub const CATEGORY_SHORT: Text = t("类目", "Category");
pub const LABEL_COLON: Text = t("：", ": ");
pub const EDIT: Text = t("修改", "Change");
pub const NEXT: Text = t("下一步", "Next");
pub const SEE_RESULT: Text = t("查看结果", "See the result");
pub const PROGRESS: Text = t("问题", "Question");
pub const PROGRESS_DONE: Text = t("已得出结果", "Your result is ready");

pub const RESULT_HEADING: Text = t("适用方案", "Schemes for your case");
pub const CHOOSE_SCENARIO_FIRST: Text = t(
    "请先选择直播场景，即可看到适用的方案。",
    "Choose what you will stream to see the schemes that fit.",
);
pub const SUMMARY_NONE_YET: Text = t(
    "按您的回答，暂无可直接使用的方案。每个方案下方写明了需要补充什么。",
    "With your answers, no scheme can be used yet. Each scheme below says what to add.",
);
pub const SUMMARY_AWAITING: Text = t(
    "回答剩下的问题，即可知道哪个方案可直接使用。",
    "Answer the remaining questions to see which scheme you can use.",
);
pub const SUMMARY_CONDITIONS: Text = t(
    "下方方案满足所列条件后即可使用。",
    "A scheme below can be used once its conditions are met.",
);
pub const SUMMARY_CHECK_CATEGORY: Text = t(
    "请在小程序后台【设置】>【基本设置】>【服务类目】中查看：已有下列方案所需的类目，即可使用该方案；没有则添加。",
    "Check your categories under Settings > Basic settings > Service categories (【设置】>【基本设置】>【服务类目】): each scheme below works once the mini program has the category it names; add it if it is missing.",
);
pub const ONLY_ONE: Text = t(
    "按您的回答，这是唯一可直接使用的方案。",
    "It is the only scheme your answers allow right now.",
);
pub const LEAST_WORK: Text = t(
    "。在可直接使用的方案中最省事。",
    ". The least work of the schemes available to you.",
);
pub const NOT_OFFERED: Text = t("不适用的方案", "Schemes that do not apply");
pub const NOT_IN_SCENARIO: Text = t("此场景不提供", "not offered for this scenario");
pub const NOT_FOR_CONTENT: Text = t("此直播内容不提供", "not offered for this content");
pub const BLOCKED_TITLE: Text = t(
    "个人主体的小程序无法使用直播功能",
    "Mini programs owned by an individual cannot use live streaming",
);
pub const BLOCKED_TEXT: Text = t(
    "请以企业、政府或其他非个人主体注册微信小程序后再接入直播。下方列出各方案在非个人主体下的要求。",
    "Register the mini program under a company, government body or other non-individual entity, then add live streaming. The cards below show each scheme's requirements for such an entity.",
);

pub const STATUS_AVAILABLE: Text = t("可直接使用", "Available");
pub const STATUS_AWAITING: Text = t("待回答", "Awaiting your answers");
pub const STATUS_CONDITIONAL: Text = t("满足条件后可用", "Available if conditions are met");
pub const STATUS_UNAVAILABLE: Text = t("暂不可用", "Not available");

pub const SCHEMES: Text = t("个方案", "scheme");
pub const SCHEMES_MANY: Text = t("个方案", "schemes");
pub const ANNOUNCE_AVAILABLE: Text = t("可直接使用：", " available: ");
pub const ANNOUNCE_RECOMMENDED: Text = t("；推荐：", ". Recommended: ");
pub const ANNOUNCE_AWAITING: Text = t("待回答：", " awaiting your answers: ");
pub const ANNOUNCE_CONDITIONS: Text = t("满足条件后可用：", " possible with conditions: ");
pub const ANNOUNCE_NONE: Text = t("暂不可用，需补充条件：", "Not available yet: ");
pub const SWITCHED_TO: Text = t("已切换到场景", "Now scenario ");
pub const RECOMMENDED: Text = t("推荐：", "Recommended: ");
/// The bar's action, after its short status: it scrolls to the result.
pub const BAR_ACTION: Text = t("查看结果 ↓", "See result ↓");
pub const BAR_AWAITING: Text = t("方案取决于您的回答", "Depends on your answers");
pub const BAR_BLOCKED: Text = t(
    "个人主体的小程序无法使用直播",
    "Individuals' mini programs cannot stream",
);
pub const BAR_CONDITIONS: Text = t("有方案满足条件后可用", "Available once conditions are met");
pub const BAR_NONE: Text = t("暂无可直接使用的方案", "No scheme available yet");

pub const WHY: Text = t("适用原因", "Why it fits");
pub const CONDITIONS: Text = t("还需满足", "Still needed");
pub const MISSING: Text = t("缺少", "What is missing");
pub const OR_INSTEAD: Text = t("或者", "Or instead");
pub const NEW_TAB: Text = t("（在新标签页打开）", " (opens in a new tab)");
pub const ALSO_KNOWN_AS: Text = t("又称", "Also called");

pub const MET_NO_CATEGORY: Text = t(
    "无类目要求，无需开发，购买即可直接使用",
    "No category required, no development: buy it and use it right away",
);
pub const MET_GOVERNMENT: Text = t(
    "小程序的认证主体为政府主体",
    "Your mini program is certified to a government body",
);
pub const NEED_NON_INDIVIDUAL: Text = t(
    "小程序的主体需为非个人主体（企业、政府等）",
    "The mini program must belong to a non-individual entity (a company, government body, etc.)",
);
pub const MISSING_NON_INDIVIDUAL: Text = t(
    "需以企业、政府等非个人主体注册小程序",
    "Needs a mini program registered to a company, government body or other non-individual entity",
);
/// Under "missing": a subject is not something to add, so it says who the scheme is for.
pub const MISSING_GOVERNMENT: Text = t(
    "仅限认证主体为政府主体的小程序（主体无法补充）",
    "Only for mini programs certified to a government body (a subject cannot be added)",
);
pub const NEED_GOVERNMENT: Text = t(
    "需小程序的认证主体为政府主体",
    "Needs a mini program certified to a government body",
);
pub const CONTENT_IS: Text = t("仅适用于以下直播内容：", "Only for this content: ");
pub const CONTENT_SEPARATOR: Text = t("、", ", ");
/// Between requirements that are sentences of their own: never an English comma splice.
pub const CLAUSE_SEPARATOR: Text = t("；", ". ");

pub const NOTES_HEADING: Text = t("注意事项", "Notes and warnings");
pub const WARNING: Text = t("注意", "Warning");
pub const TIP: Text = t("提示", "Tip");
pub const SEE_SCENARIO: Text = t("查看此场景", "Show this scenario");

pub const NEXT_STEPS: Text = t("所有方案都需要", "What every scheme needs");

pub const COPY_LINK: Text = t("复制链接", "Copy link");
pub const COPIED: Text = t("链接已复制", "Link copied");
pub const COPY_FAILED: Text = t(
    "无法自动复制，请手动复制下方链接：",
    "Could not copy automatically. Copy this link by hand:",
);
pub const INVALID_LINK: Text = t(
    "链接中有无法识别的参数，已忽略：",
    "Some values in the link were not recognised and were ignored: ",
);

pub const OVERVIEW_SUMMARY: Text = t("查看全部规则", "See all the rules at once");
pub const OVERVIEW_CONTENT: Text = t("内容", "Content");
pub const OVERVIEW_REQUIREMENT: Text = t("要求", "Requirement");
pub const OVERVIEW_SCHEME: Text = t("接入方案", "Scheme");
pub const OVERVIEW_SEE: Text = t("见场景", "See scenario ");
pub const SCENARIO_PREFIX: Text = t("场景", "Scenario ");
pub const OVERVIEW_SCENARIO: Text = t("场景", "Scenario");
pub const YOUR_CASE: Text = t("（您的情况）", " (your case)");
pub const NOTE: Text = t("注", "Note");

pub const FOOTER_SOURCE: Text = t(
    "规则来源：腾讯云《小程序直播接入指南》中的方案选择。",
    "Rules source: the scheme selection in Tencent Cloud's guide to live streaming in mini programs.",
);
pub const FOOTER_AUTHORITY: Text = t(
    "服务类目要求以微信官方规定为准，可能随时调整。",
    "WeChat's own service category requirements are authoritative and may change.",
);

/// The prerendered form, answered before the WebAssembly arrived.
pub const LOADING_ANSWER: Text = t("正在载入答案……", "Loading your answer…");
/// The prerendered form, when the WebAssembly could not be downloaded.
pub const OFFLINE: Text = t(
    "网络连接出现问题，方案选择器没能载入。您的选择仍然保留。",
    "A network problem kept the selector from loading. Your choices are kept.",
);
pub const RETRY: Text = t("重试", "Try again");
/// In the rules page, where the browser could run the selector but the page kept it from
/// starting (a host script in its way).
pub const COULD_NOT_START: Text = t(
    "交互式方案选择器未能在此页面启动。以下是全部规则，请按您的场景查找。",
    "The interactive selector could not start on this page. Here are all the rules: find your scenario below.",
);

pub const NEEDS_NEWER_BROWSER: Text = t(
    "此浏览器无法运行交互式方案选择器（需要较新的浏览器）。以下是全部规则，请按您的场景查找。",
    "This browser cannot run the interactive selector (it needs a newer browser). Here are all the rules: find your scenario below.",
);

pub const CRASHED: Text = t(
    "抱歉，方案选择器出错了，刷新页面可重试。",
    "Sorry, the scheme selector stopped working; reload the page to try again.",
);

/// Questions whose answer cannot change the result: offered after it, never asked.
pub const OPTIONAL_INTRO: Text = t("想了解其他方案？", "Curious about the other schemes?");
pub const ANSWER_IT: Text = t("回答", "Answer");

/// The scenario finder.
pub const FIND_LABEL: Text = t("按您的行业查找", "Find your business");
pub const FIND_PLACEHOLDER: Text = t("如：宠物、卖货、银行", "e.g. pets, selling, bank");
pub const FIND_NONE: Text = t(
    "没有找到匹配的场景，以下是全部十个场景。",
    "No scenario matches that word; here are all ten.",
);
pub const FIND_SOME: Text = t("个场景匹配", " matching");
