//! The source's ten scenario tables (场景1…场景10), row by row, in the source's order.

use super::ids::{Category as C, Check, Content, Note, Scenario, Scheme, Subject};
use super::table::{CategorySet, Offer, Requirement, Row, ScenarioDef};
use super::text::t;

const fn row(requirement: Requirement, scheme: Scheme) -> Row {
    Row {
        contents: &[],
        offer: Offer::Scheme {
            requirement,
            scheme,
        },
    }
}

const fn row_for(contents: &'static [Content], requirement: Requirement, scheme: Scheme) -> Row {
    Row {
        contents,
        offer: Offer::Scheme {
            requirement,
            scheme,
        },
    }
}

const fn category(set: &'static CategorySet) -> Requirement {
    Requirement::Category(set)
}

const GOVERNMENT_SUBJECT: Requirement = Requirement::Subject(Subject::Government);

pub static ECOMMERCE_PLATFORM: CategorySet = CategorySet {
    source: t(
        "【电商平台-电商平台】类目",
        "E-commerce platform › E-commerce platform category",
    ),
    any_in_group: false,
    categories: &[C::EcommercePlatform],
};
pub static SOCIAL_LIVE: CategorySet = CategorySet {
    source: t("【社交-直播】类目", "Social › Live streaming category"),
    any_in_group: false,
    categories: &[C::SocialLive],
};
pub static EDUCATION_ANY: CategorySet = CategorySet {
    source: t(
        "【教育】类目下所有二级类目",
        "Any second-level category under Education",
    ),
    any_in_group: true,
    categories: &[C::EducationOnlineVideoCourse, C::EducationOther],
};
pub static EDUCATION_ONLINE_VIDEO_COURSE: CategorySet = CategorySet {
    source: t(
        "【教育-在线视频课程】类目",
        "Education › Online video courses category",
    ),
    any_in_group: false,
    categories: &[C::EducationOnlineVideoCourse],
};
pub static FINANCE_LISTED: CategorySet = CategorySet {
    source: t(
        "【金融业】下部分二级类目: 银行、信托、公募基金、私募基金、证券/期货、证券、期货投资咨询、保险、征信业务、新三板信息服务平台、股票信息服务平台（港股/美股）、消费金融",
        "One of these second-level categories under Finance: banking, trusts, public funds, private funds, securities/futures, securities and futures investment advisory, insurance, credit reporting, NEEQ information service platform, stock information service platform (HK/US stocks), consumer finance",
    ),
    any_in_group: false,
    categories: &[
        C::FinanceBank,
        C::FinanceTrust,
        C::FinancePublicFund,
        C::FinancePrivateFund,
        C::FinanceSecuritiesFutures,
        C::FinanceInvestmentAdvisory,
        C::FinanceInsurance,
        C::FinanceCreditReporting,
        C::FinanceNeeqInfo,
        C::FinanceStockInfo,
        C::FinanceConsumerFinance,
    ],
};
pub static MEDICAL_HOSPITAL: CategorySet = CategorySet {
    source: t(
        "【医疗-互联网医院】类目 或【医疗-公立医疗机构】类目",
        "Medical › Internet hospital or Medical › Public medical institution category",
    ),
    any_in_group: false,
    categories: &[C::MedicalInternetHospital, C::MedicalPublicInstitution],
};
pub static AUTO_PRESALE: CategorySet = CategorySet {
    source: t(
        "【汽车-汽车预售服务】类目",
        "Automobiles › Car presale service category",
    ),
    any_in_group: false,
    categories: &[C::AutoPresale],
};
pub static TOOLS_VIDEO_SUPPORT: CategorySet = CategorySet {
    source: t(
        "【工具-视频客服】类目",
        "Tools › Video customer service category",
    ),
    any_in_group: false,
    categories: &[C::ToolsVideoSupport],
};

/// Every category requirement any table uses.
pub static CATEGORY_SETS: [&CategorySet; 8] = [
    &ECOMMERCE_PLATFORM,
    &SOCIAL_LIVE,
    &EDUCATION_ANY,
    &EDUCATION_ONLINE_VIDEO_COURSE,
    &FINANCE_LISTED,
    &MEDICAL_HOSPITAL,
    &AUTO_PRESALE,
    &TOOLS_VIDEO_SUPPORT,
];

pub static SCENARIOS: [ScenarioDef; 10] = [
    ScenarioDef {
        id: Scenario::Government,
        name: t("政府主体账号", "Government accounts"),
        example: t(
            "政府相关工作推广直播、领导讲话直播等",
            "Promoting government work, speeches by officials, etc.",
        ),
        contents: &[],
        rows: &[row(GOVERNMENT_SUBJECT, Scheme::StandardLive)],
        notes: &[],
    },
    ScenarioDef {
        id: Scenario::Ecommerce,
        name: t("电商带货类直播", "E-commerce live selling"),
        example: t(
            "电商带货、直播导购等",
            "Selling goods on a live stream, live shopping guides, etc.",
        ),
        contents: &[],
        rows: &[
            row(category(&ECOMMERCE_PLATFORM), Scheme::LivePlugin),
            row(category(&SOCIAL_LIVE), Scheme::StandardLive),
        ],
        notes: &[Note::MedicalCategory, Note::ProhibitedGoods],
    },
    ScenarioDef {
        id: Scenario::Education,
        name: t(
            "在线教育、课程培训、讲座、网课等教育直播",
            "Education: online courses, training, lectures",
        ),
        example: t(
            "网课、在线培训、讲座等教育类直播",
            "Online classes, online training, lectures and other education streams",
        ),
        contents: &[],
        rows: &[
            row(Requirement::NoCategory, Scheme::EnterpriseLive),
            row(category(&EDUCATION_ANY), Scheme::LivePlugin),
            row(category(&EDUCATION_ONLINE_VIDEO_COURSE), Scheme::StandardLive),
        ],
        notes: &[],
    },
    ScenarioDef {
        id: Scenario::Finance,
        name: t("金融相关等直播", "Finance"),
        example: t(
            "金融产品推广、产品销售培训、金融产品视频客服理赔等直播",
            "Promoting financial products, sales training, video customer service and claims",
        ),
        contents: &[
            Content::FinanceTraining,
            Content::FinancePromotion,
            Content::FinanceClaims,
        ],
        rows: &[
            row_for(
                &[Content::FinancePromotion, Content::FinanceTraining],
                Requirement::NoCategory,
                Scheme::EnterpriseLive,
            ),
            row_for(
                &[Content::FinanceClaims, Content::FinancePromotion],
                category(&FINANCE_LISTED),
                Scheme::StandardLive,
            ),
        ],
        notes: &[],
    },
    ScenarioDef {
        id: Scenario::Medical,
        name: t("医疗相关直播", "Medical"),
        example: t(
            "医疗器械、非处方药品销售；问诊、大型健康讲座等直播",
            "Selling medical devices or OTC drugs; consultations, large health lectures",
        ),
        contents: &[Content::MedicalSales, Content::MedicalConsultation],
        rows: &[
            Row {
                contents: &[Content::MedicalSales],
                offer: Offer::SeeScenario {
                    scenario: Scenario::Ecommerce,
                    also: &[Check::MedicalCategoryAdded],
                },
            },
            row_for(
                &[Content::MedicalConsultation],
                category(&MEDICAL_HOSPITAL),
                Scheme::StandardLive,
            ),
        ],
        notes: &[],
    },
    ScenarioDef {
        id: Scenario::Entertainment,
        name: t(
            "生活趣事、宠物直播等娱乐类直播",
            "Entertainment: daily life, pets and more",
        ),
        example: t(
            "生活趣事、宠物直播、旅游分享等娱乐类直播",
            "Daily life, pet streams, travel sharing and other entertainment",
        ),
        contents: &[],
        rows: &[row(category(&SOCIAL_LIVE), Scheme::StandardLive)],
        notes: &[Note::TradingSeeEcommerce],
    },
    ScenarioDef {
        id: Scenario::OfflineEvent,
        name: t("短期线下活动直播", "Short offline events"),
        example: t(
            "线下展会、大型产品发布会、明星走秀等短期线下活动直播",
            "Trade fairs, large product launches, celebrity shows and other short offline events",
        ),
        contents: &[],
        rows: &[
            row(
                Requirement::Checks(&[Check::OnlinePromotionOnly, Check::ShortTermAuthorization]),
                Scheme::LivePlugin,
            ),
            row(category(&SOCIAL_LIVE), Scheme::StandardLive),
        ],
        notes: &[Note::OfflinePermits],
    },
    ScenarioDef {
        id: Scenario::ScenicSpot,
        name: t("景区直播", "Scenic spots"),
        example: t("景点景区直播", "Live streams from tourist attractions and scenic areas"),
        contents: &[],
        rows: &[
            row(GOVERNMENT_SUBJECT, Scheme::StandardLive),
            row(category(&SOCIAL_LIVE), Scheme::StandardLive),
        ],
        notes: &[],
    },
    ScenarioDef {
        id: Scenario::CarPresale,
        name: t("汽车预售", "Car presale"),
        example: t("汽车预售、推广直播", "Car presales and promotion"),
        contents: &[],
        rows: &[row(category(&AUTO_PRESALE), Scheme::StandardLive)],
        notes: &[],
    },
    ScenarioDef {
        id: Scenario::VideoSupport,
        name: t("一对一企业售后客服", "One-to-one after-sales video support"),
        example: t(
            "不涉及以上几类内容的一对一视频客服服务，如企业售后一对一视频服务等",
            "One-to-one video customer service not covered by the scenarios above, such as a company's after-sales video support",
        ),
        contents: &[],
        rows: &[row(category(&TOOLS_VIDEO_SUPPORT), Scheme::StandardLive)],
        notes: &[],
    },
];
