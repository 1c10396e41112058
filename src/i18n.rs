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
pub const CATEGORY_UNSET: Text = t("请选择服务类目", "Choose a service category");
pub const OTHER_GROUPS: Text = t("其他类目", "Other categories");

pub const RESULT_HEADING: Text = t("适用方案", "Schemes for your case");
pub const CHOOSE_SCENARIO_FIRST: Text = t(
    "请先选择直播场景，即可看到适用的方案。",
    "Choose what you will stream to see the schemes that fit.",
);
pub const SUMMARY_NONE_YET: Text = t(
    "按您目前的回答，还没有可直接使用的方案。下方说明了缺少什么。",
    "With your answers so far, no scheme can be used yet. Each card below says what is missing.",
);
pub const BLOCKED_TITLE: Text = t(
    "个人主体的小程序无法使用直播功能",
    "Mini programs owned by an individual cannot use live streaming",
);
pub const BLOCKED_TEXT: Text = t(
    "请以企业、政府或其他非个人主体注册微信小程序后再接入直播。下方列出各方案在非个人主体下的要求。",
    "Register the mini program under a company, government body or other non-individual entity, then add live streaming. The cards below show each scheme's requirements for such an entity.",
);

pub const STATUS_AVAILABLE: Text = t("可直接使用", "Available");
pub const STATUS_CONDITIONAL: Text = t("满足条件后可用", "Available if conditions are met");
pub const STATUS_UNAVAILABLE: Text = t("暂不可用", "Not available yet");

pub const WHY: Text = t("适用原因", "Why it fits");
pub const CONDITIONS: Text = t("还需满足", "Still needed");
pub const MISSING: Text = t("缺少", "What is missing");
pub const OR_INSTEAD: Text = t("或者", "Or instead");
pub const PRODUCT_PAGE: Text = t("查看产品页", "Open the product page");
pub const NEW_TAB: Text = t("（在新标签页打开）", " (opens in a new tab)");
pub const ALSO_KNOWN_AS: Text = t("又称", "Also called");

pub const MET_NO_CATEGORY: Text = t(
    "无类目要求，无需开发，购买即可直接使用",
    "No category needed, no development: use it as soon as you buy it",
);
pub const MET_GOVERNMENT: Text = t(
    "小程序的认证主体为政府主体",
    "The mini program's certified subject is a government body",
);
pub const MET_CATEGORY: Text = t("小程序已有", "The mini program has the");

pub const NEED_NON_INDIVIDUAL: Text = t(
    "小程序的主体需为非个人主体（企业、政府等）",
    "The mini program must belong to a non-individual entity (a company, government body, etc.)",
);
pub const NEED_GOVERNMENT: Text = t(
    "小程序的认证主体需为政府主体",
    "The mini program's certified subject must be a government body",
);
pub const ADD_CATEGORY_WHERE: Text = t("，位置：", ", under ");
pub const CONTENT_IS: Text = t("直播内容为：", "Your content is: ");
pub const CONTENT_SEPARATOR: Text = t("、", ", ");

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
pub const OVERVIEW_SEE: Text = t("见场景", "See scenario");
pub const SCENARIO_PREFIX: Text = t("场景", "Scenario ");

pub const FOOTER_SOURCE: Text = t(
    "规则来源：腾讯云《小程序直播接入指南》中的方案选择。",
    "Rules source: the scheme selection in Tencent Cloud's guide to live streaming in mini programs.",
);
pub const FOOTER_AUTHORITY: Text = t(
    "服务类目要求以微信官方规定为准，可能随时调整。",
    "WeChat's own service category requirements are authoritative and may change.",
);

pub const CRASHED: Text = t(
    "抱歉，方案选择器出错了。",
    "Sorry, the scheme selector stopped working.",
);
