//! One case per row of every table of the source document (场景1…场景10), plus the alternatives a
//! row allows, with the status of every scheme the table offers. The expectations are read off
//! the document itself, so a rule that drifts from it fails here even if the code is consistent.

use lss::rules::{
    decide, Answers, Category, CategoryGroup, Check, Condition, Content, Decision, Missing, Note,
    NoteKind, Prerequisite, Route, Scenario, Scheme, Status, Subject, CATEGORY_SETS, CONTACT_URL,
    WECHAT_MP_URL,
};

// ---------------------------------------------------------------------------------------------
// The document's category requirements (the 要求 cells), in its own words.

/// A 要求 cell naming service categories: its wording and the categories that satisfy it.
#[derive(Debug)]
struct SeedSet {
    wording: &'static [&'static str],
    categories: &'static [Category],
}

const ECOMMERCE_PLATFORM: SeedSet = SeedSet {
    wording: &["【电商平台-电商平台】类目"],
    categories: &[Category::EcommercePlatform],
};
const SOCIAL_LIVE: SeedSet = SeedSet {
    wording: &["【社交-直播】类目"],
    categories: &[Category::SocialLive],
};
const EDUCATION_ANY: SeedSet = SeedSet {
    wording: &["【教育】类目下所有二级类目"],
    categories: &[
        Category::EducationOnlineVideoCourse,
        Category::EducationOther,
    ],
};
const EDUCATION_VIDEO: SeedSet = SeedSet {
    wording: &["【教育-在线视频课程】类目"],
    categories: &[Category::EducationOnlineVideoCourse],
};
const FINANCE_LISTED: SeedSet = SeedSet {
    wording: &["【金融业】下部分二级类目"],
    categories: &[
        Category::FinanceBank,
        Category::FinanceTrust,
        Category::FinancePublicFund,
        Category::FinancePrivateFund,
        Category::FinanceSecuritiesFutures,
        Category::FinanceInvestmentAdvisory,
        Category::FinanceInsurance,
        Category::FinanceCreditReporting,
        Category::FinanceNeeqInfo,
        Category::FinanceStockInfo,
        Category::FinanceConsumerFinance,
    ],
};
const MEDICAL_HOSPITAL: SeedSet = SeedSet {
    wording: &["【医疗-互联网医院】类目", "【医疗-公立医疗机构】类目"],
    categories: &[
        Category::MedicalInternetHospital,
        Category::MedicalPublicInstitution,
    ],
};
const AUTO_PRESALE: SeedSet = SeedSet {
    wording: &["【汽车-汽车预售服务】类目"],
    categories: &[Category::AutoPresale],
};
const TOOLS_VIDEO_SUPPORT: SeedSet = SeedSet {
    wording: &["【工具-视频客服】类目"],
    categories: &[Category::ToolsVideoSupport],
};

const SEED_SETS: [&SeedSet; 8] = [
    &ECOMMERCE_PLATFORM,
    &SOCIAL_LIVE,
    &EDUCATION_ANY,
    &EDUCATION_VIDEO,
    &FINANCE_LISTED,
    &MEDICAL_HOSPITAL,
    &AUTO_PRESALE,
    &TOOLS_VIDEO_SUPPORT,
];

/// 场景4's list, verbatim: 【金融业】下部分二级类目:银行、信托、…、消费金融.
const FINANCE_LIST_WORDING: &str = "银行、信托、公募基金、私募基金、证券/期货、证券、期货投资咨询、保险、征信业务、新三板信息服务平台、股票信息服务平台（港股/美股）、消费金融";

/// The eleven second-level finance categories of 场景4. `证券、期货投资咨询` is one WeChat
/// category (securities and futures investment advisory), not two.
const FINANCE_CATEGORIES: [(&str, Category); 11] = [
    ("银行", Category::FinanceBank),
    ("信托", Category::FinanceTrust),
    ("公募基金", Category::FinancePublicFund),
    ("私募基金", Category::FinancePrivateFund),
    ("证券/期货", Category::FinanceSecuritiesFutures),
    ("证券、期货投资咨询", Category::FinanceInvestmentAdvisory),
    ("保险", Category::FinanceInsurance),
    ("征信业务", Category::FinanceCreditReporting),
    ("新三板信息服务平台", Category::FinanceNeeqInfo),
    ("股票信息服务平台（港股/美股）", Category::FinanceStockInfo),
    ("消费金融", Category::FinanceConsumerFinance),
];

// ---------------------------------------------------------------------------------------------
// Expectations.

#[derive(Clone, Copy, Debug)]
enum Cond {
    NonIndividual,
    Government,
    Check(Check),
    ContentIs(&'static [Content]),
    /// The category is not answered (or not known): the row needs one of these.
    Category(&'static SeedSet),
}

#[derive(Clone, Copy, Debug)]
enum Miss {
    NonIndividual,
    Government,
    Category(&'static SeedSet),
}

/// One route (one table row) to a scheme.
#[derive(Clone, Copy, Debug)]
enum R {
    A,
    C(&'static [Cond]),
    U(&'static [Miss]),
}

const NEED_ECOMMERCE: Miss = Miss::Category(&ECOMMERCE_PLATFORM);
const NEED_SOCIAL: Miss = Miss::Category(&SOCIAL_LIVE);
const NEED_EDUCATION: Miss = Miss::Category(&EDUCATION_ANY);
const NEED_EDUCATION_VIDEO: Miss = Miss::Category(&EDUCATION_VIDEO);
const NEED_FINANCE: Miss = Miss::Category(&FINANCE_LISTED);
const NEED_MEDICAL: Miss = Miss::Category(&MEDICAL_HOSPITAL);
const NEED_AUTO: Miss = Miss::Category(&AUTO_PRESALE);
const NEED_TOOLS: Miss = Miss::Category(&TOOLS_VIDEO_SUPPORT);

const OFFLINE_CHECKS: Cond = Cond::Check(Check::OnlinePromotionOnly);
const OFFLINE_AUTH: Cond = Cond::Check(Check::ShortTermAuthorization);
const MEDICAL_ADDED: Cond = Cond::Check(Check::MedicalCategoryAdded);

const STD: Scheme = Scheme::StandardLive;
const PLUGIN: Scheme = Scheme::LivePlugin;
const ENT: Scheme = Scheme::EnterpriseLive;

const ENTERPRISE: Option<Subject> = Some(Subject::Enterprise);
const GOVERNMENT: Option<Subject> = Some(Subject::Government);
const INDIVIDUAL: Option<Subject> = Some(Subject::Individual);
const UNANSWERED: Option<Subject> = None;

const NO_CATEGORY: Option<Category> = Some(Category::None);

struct Case {
    name: String,
    subject: Option<Subject>,
    scenario: Scenario,
    content: Option<Content>,
    category: Option<Category>,
    /// Every scheme offered, with every route to it (order-insensitive).
    offers: Vec<(Scheme, &'static [R])>,
}

fn case(
    name: &str,
    subject: Option<Subject>,
    scenario: Scenario,
    content: Option<Content>,
    category: Option<Category>,
    offers: &[(Scheme, &'static [R])],
) -> Case {
    Case {
        name: name.to_string(),
        subject,
        scenario,
        content,
        category,
        offers: offers.to_vec(),
    }
}

fn row_cases() -> Vec<Case> {
    use Scenario as S;
    let mut cases = vec![
        // 场景1：政府主体账号 — one row: 政府主体 → 标准直播+直播标签.
        case(
            "场景1 row 1: government subject",
            GOVERNMENT,
            S::Government,
            None,
            NO_CATEGORY,
            &[(STD, &[R::A])],
        ),
        case(
            "场景1 row 1: the category does not matter",
            GOVERNMENT,
            S::Government,
            None,
            Some(Category::SocialLive),
            &[(STD, &[R::A])],
        ),
        case(
            "场景1 row 1: an enterprise is not a government subject",
            ENTERPRISE,
            S::Government,
            None,
            Some(Category::SocialLive),
            &[(STD, &[R::U(&[Miss::Government])])],
        ),
        // 场景2：电商带货类直播.
        case(
            "场景2 row 1: 电商平台-电商平台 → plugin",
            ENTERPRISE,
            S::Ecommerce,
            None,
            Some(Category::EcommercePlatform),
            &[(PLUGIN, &[R::A]), (STD, &[R::U(&[NEED_SOCIAL])])],
        ),
        case(
            "场景2 row 2: 社交-直播 → standard live",
            ENTERPRISE,
            S::Ecommerce,
            None,
            Some(Category::SocialLive),
            &[(PLUGIN, &[R::U(&[NEED_ECOMMERCE])]), (STD, &[R::A])],
        ),
        case(
            "场景2: no listed category",
            ENTERPRISE,
            S::Ecommerce,
            None,
            NO_CATEGORY,
            &[
                (PLUGIN, &[R::U(&[NEED_ECOMMERCE])]),
                (STD, &[R::U(&[NEED_SOCIAL])]),
            ],
        ),
        case(
            "场景2 row 1: a government body is a non-individual subject too",
            GOVERNMENT,
            S::Ecommerce,
            None,
            Some(Category::EcommercePlatform),
            &[(PLUGIN, &[R::A]), (STD, &[R::U(&[NEED_SOCIAL])])],
        ),
        // 场景3：教育直播.
        case(
            "场景3 row 1: enterprise live needs no category",
            ENTERPRISE,
            S::Education,
            None,
            NO_CATEGORY,
            &[
                (ENT, &[R::A]),
                (PLUGIN, &[R::U(&[NEED_EDUCATION])]),
                (STD, &[R::U(&[NEED_EDUCATION_VIDEO])]),
            ],
        ),
        case(
            "场景3: category not answered yet: the category rows wait for it",
            ENTERPRISE,
            S::Education,
            None,
            None,
            &[
                (ENT, &[R::A]),
                (PLUGIN, &[R::C(&[Cond::Category(&EDUCATION_ANY)])]),
                (STD, &[R::C(&[Cond::Category(&EDUCATION_VIDEO)])]),
            ],
        ),
        case(
            "场景3: category not known: the same, as something to check",
            ENTERPRISE,
            S::Education,
            None,
            Some(Category::Unsure),
            &[
                (ENT, &[R::A]),
                (PLUGIN, &[R::C(&[Cond::Category(&EDUCATION_ANY)])]),
                (STD, &[R::C(&[Cond::Category(&EDUCATION_VIDEO)])]),
            ],
        ),
        case(
            "场景3 rows 2+3: 教育-在线视频课程 meets the plugin and the standard rows",
            ENTERPRISE,
            S::Education,
            None,
            Some(Category::EducationOnlineVideoCourse),
            &[(ENT, &[R::A]), (PLUGIN, &[R::A]), (STD, &[R::A])],
        ),
        case(
            "场景3 row 2: another 教育 second-level category meets only the plugin row",
            ENTERPRISE,
            S::Education,
            None,
            Some(Category::EducationOther),
            &[
                (ENT, &[R::A]),
                (PLUGIN, &[R::A]),
                (STD, &[R::U(&[NEED_EDUCATION_VIDEO])]),
            ],
        ),
        case(
            "场景3: a category outside 教育",
            ENTERPRISE,
            S::Education,
            None,
            Some(Category::SocialLive),
            &[
                (ENT, &[R::A]),
                (PLUGIN, &[R::U(&[NEED_EDUCATION])]),
                (STD, &[R::U(&[NEED_EDUCATION_VIDEO])]),
            ],
        ),
        // 场景4：金融相关等直播. Row 1 (产品销售培训, 金融产品推广) → enterprise live, no category;
        // row 2 (视频客服理赔, 金融产品推广) → standard live with a listed finance category.
        case(
            "场景4 row 1: sales training → enterprise live only",
            ENTERPRISE,
            S::Finance,
            Some(Content::FinanceTraining),
            NO_CATEGORY,
            &[(ENT, &[R::A])],
        ),
        case(
            "场景4 row 1: sales training with a finance category is still enterprise live only",
            ENTERPRISE,
            S::Finance,
            Some(Content::FinanceTraining),
            Some(Category::FinanceBank),
            &[(ENT, &[R::A])],
        ),
        case(
            "场景4 row 2: claims without a category",
            ENTERPRISE,
            S::Finance,
            Some(Content::FinanceClaims),
            NO_CATEGORY,
            &[(STD, &[R::U(&[NEED_FINANCE])])],
        ),
        case(
            "场景4 row 2: claims with a category outside the list",
            ENTERPRISE,
            S::Finance,
            Some(Content::FinanceClaims),
            Some(Category::SocialLive),
            &[(STD, &[R::U(&[NEED_FINANCE])])],
        ),
        case(
            "场景4 rows 1+2: promotion without a listed category",
            ENTERPRISE,
            S::Finance,
            Some(Content::FinancePromotion),
            NO_CATEGORY,
            &[(ENT, &[R::A]), (STD, &[R::U(&[NEED_FINANCE])])],
        ),
        case(
            "场景4: content not answered, listed category",
            ENTERPRISE,
            S::Finance,
            None,
            Some(Category::FinanceBank),
            &[
                (
                    ENT,
                    &[R::C(&[Cond::ContentIs(&[
                        Content::FinanceTraining,
                        Content::FinancePromotion,
                    ])])],
                ),
                (
                    STD,
                    &[R::C(&[Cond::ContentIs(&[
                        Content::FinanceClaims,
                        Content::FinancePromotion,
                    ])])],
                ),
            ],
        ),
        case(
            "场景4: content not answered, no category",
            ENTERPRISE,
            S::Finance,
            None,
            NO_CATEGORY,
            &[
                (
                    ENT,
                    &[R::C(&[Cond::ContentIs(&[
                        Content::FinanceTraining,
                        Content::FinancePromotion,
                    ])])],
                ),
                (STD, &[R::U(&[NEED_FINANCE])]),
            ],
        ),
        case(
            "场景4: a medical content means nothing in the finance table",
            ENTERPRISE,
            S::Finance,
            Some(Content::MedicalSales),
            Some(Category::FinanceTrust),
            &[
                (
                    ENT,
                    &[R::C(&[Cond::ContentIs(&[
                        Content::FinanceTraining,
                        Content::FinancePromotion,
                    ])])],
                ),
                (
                    STD,
                    &[R::C(&[Cond::ContentIs(&[
                        Content::FinanceClaims,
                        Content::FinancePromotion,
                    ])])],
                ),
            ],
        ),
        // 场景5：医疗相关直播. Row 1 sends sales to 场景2 (plus 场景2's note: add a medical
        // category, which the widget cannot check); row 2 needs 医疗-互联网医院 or 医疗-公立医疗机构.
        case(
            "场景5 row 1 → 场景2 row 1 (电商平台-电商平台)",
            ENTERPRISE,
            S::Medical,
            Some(Content::MedicalSales),
            Some(Category::EcommercePlatform),
            &[
                (PLUGIN, &[R::C(&[MEDICAL_ADDED])]),
                (STD, &[R::U(&[NEED_SOCIAL])]),
            ],
        ),
        case(
            "场景5 row 1 → 场景2 row 2 (社交-直播)",
            ENTERPRISE,
            S::Medical,
            Some(Content::MedicalSales),
            Some(Category::SocialLive),
            &[
                (PLUGIN, &[R::U(&[NEED_ECOMMERCE])]),
                (STD, &[R::C(&[MEDICAL_ADDED])]),
            ],
        ),
        case(
            "场景5 row 1: a medical category alone does not meet 场景2",
            ENTERPRISE,
            S::Medical,
            Some(Content::MedicalSales),
            Some(Category::MedicalInternetHospital),
            &[
                (PLUGIN, &[R::U(&[NEED_ECOMMERCE])]),
                (STD, &[R::U(&[NEED_SOCIAL])]),
            ],
        ),
        case(
            "场景5 row 2: 医疗-互联网医院",
            ENTERPRISE,
            S::Medical,
            Some(Content::MedicalConsultation),
            Some(Category::MedicalInternetHospital),
            &[(STD, &[R::A])],
        ),
        case(
            "场景5 row 2: 医疗-公立医疗机构",
            ENTERPRISE,
            S::Medical,
            Some(Content::MedicalConsultation),
            Some(Category::MedicalPublicInstitution),
            &[(STD, &[R::A])],
        ),
        case(
            "场景5 row 2: consultation without a medical category",
            ENTERPRISE,
            S::Medical,
            Some(Content::MedicalConsultation),
            NO_CATEGORY,
            &[(STD, &[R::U(&[NEED_MEDICAL])])],
        ),
        case(
            "场景5 row 2: 社交-直播 does not cover consultations",
            ENTERPRISE,
            S::Medical,
            Some(Content::MedicalConsultation),
            Some(Category::SocialLive),
            &[(STD, &[R::U(&[NEED_MEDICAL])])],
        ),
        case(
            "场景5: content not answered, 医疗-互联网医院",
            ENTERPRISE,
            S::Medical,
            None,
            Some(Category::MedicalInternetHospital),
            &[
                (PLUGIN, &[R::U(&[NEED_ECOMMERCE])]),
                (
                    STD,
                    &[
                        R::C(&[Cond::ContentIs(&[Content::MedicalConsultation])]),
                        R::U(&[NEED_SOCIAL]),
                    ],
                ),
            ],
        ),
        case(
            "场景5: content not answered, 电商平台-电商平台",
            ENTERPRISE,
            S::Medical,
            None,
            Some(Category::EcommercePlatform),
            &[
                (
                    PLUGIN,
                    &[R::C(&[
                        Cond::ContentIs(&[Content::MedicalSales]),
                        MEDICAL_ADDED,
                    ])],
                ),
                (STD, &[R::U(&[NEED_SOCIAL]), R::U(&[NEED_MEDICAL])]),
            ],
        ),
        case(
            "场景5: content not answered, 社交-直播",
            ENTERPRISE,
            S::Medical,
            None,
            Some(Category::SocialLive),
            &[
                (PLUGIN, &[R::U(&[NEED_ECOMMERCE])]),
                (
                    STD,
                    &[
                        R::C(&[Cond::ContentIs(&[Content::MedicalSales]), MEDICAL_ADDED]),
                        R::U(&[NEED_MEDICAL]),
                    ],
                ),
            ],
        ),
        // 场景6：娱乐类直播.
        case(
            "场景6 row 1: 社交-直播",
            ENTERPRISE,
            S::Entertainment,
            None,
            Some(Category::SocialLive),
            &[(STD, &[R::A])],
        ),
        case(
            "场景6 row 1: without 社交-直播",
            ENTERPRISE,
            S::Entertainment,
            None,
            Some(Category::EcommercePlatform),
            &[(STD, &[R::U(&[NEED_SOCIAL])])],
        ),
        // 场景7：短期线下活动直播. Row 1's requirements cannot be checked by the widget.
        case(
            "场景7 row 1: plugin, needs no category, always conditional",
            ENTERPRISE,
            S::OfflineEvent,
            None,
            NO_CATEGORY,
            &[
                (PLUGIN, &[R::C(&[OFFLINE_CHECKS, OFFLINE_AUTH])]),
                (STD, &[R::U(&[NEED_SOCIAL])]),
            ],
        ),
        case(
            "场景7 row 2: 社交-直播",
            ENTERPRISE,
            S::OfflineEvent,
            None,
            Some(Category::SocialLive),
            &[
                (PLUGIN, &[R::C(&[OFFLINE_CHECKS, OFFLINE_AUTH])]),
                (STD, &[R::A]),
            ],
        ),
        case(
            "场景7 row 1: government subject",
            GOVERNMENT,
            S::OfflineEvent,
            None,
            NO_CATEGORY,
            &[
                (PLUGIN, &[R::C(&[OFFLINE_CHECKS, OFFLINE_AUTH])]),
                (STD, &[R::U(&[NEED_SOCIAL])]),
            ],
        ),
        // 场景8：景区直播. Two rows, one scheme: 政府主体 or 社交-直播.
        case(
            "场景8 row 1: government subject",
            GOVERNMENT,
            S::ScenicSpot,
            None,
            NO_CATEGORY,
            &[(STD, &[R::A, R::U(&[NEED_SOCIAL])])],
        ),
        case(
            "场景8 row 2: 社交-直播",
            ENTERPRISE,
            S::ScenicSpot,
            None,
            Some(Category::SocialLive),
            &[(STD, &[R::A, R::U(&[Miss::Government])])],
        ),
        case(
            "场景8 rows 1+2: government subject with 社交-直播",
            GOVERNMENT,
            S::ScenicSpot,
            None,
            Some(Category::SocialLive),
            &[(STD, &[R::A, R::A])],
        ),
        case(
            "场景8: neither row",
            ENTERPRISE,
            S::ScenicSpot,
            None,
            NO_CATEGORY,
            &[(STD, &[R::U(&[Miss::Government]), R::U(&[NEED_SOCIAL])])],
        ),
        // 场景9：汽车预售.
        case(
            "场景9 row 1: 汽车-汽车预售服务",
            ENTERPRISE,
            S::CarPresale,
            None,
            Some(Category::AutoPresale),
            &[(STD, &[R::A])],
        ),
        case(
            "场景9 row 1: without 汽车-汽车预售服务",
            ENTERPRISE,
            S::CarPresale,
            None,
            NO_CATEGORY,
            &[(STD, &[R::U(&[NEED_AUTO])])],
        ),
        // 场景10：一对一企业售后客服.
        case(
            "场景10 row 1: 工具-视频客服",
            ENTERPRISE,
            S::VideoSupport,
            None,
            Some(Category::ToolsVideoSupport),
            &[(STD, &[R::A])],
        ),
        case(
            "场景10 row 1: without 工具-视频客服",
            ENTERPRISE,
            S::VideoSupport,
            None,
            Some(Category::SocialLive),
            &[(STD, &[R::U(&[NEED_TOOLS])])],
        ),
        // An individual's mini program cannot use live streaming at all (前提条件).
        case(
            "individual: 场景1",
            INDIVIDUAL,
            S::Government,
            None,
            NO_CATEGORY,
            &[(STD, &[R::U(&[Miss::NonIndividual, Miss::Government])])],
        ),
        case(
            "individual: 场景3 with every requirement met",
            INDIVIDUAL,
            S::Education,
            None,
            Some(Category::EducationOnlineVideoCourse),
            &[
                (ENT, &[R::U(&[Miss::NonIndividual])]),
                (PLUGIN, &[R::U(&[Miss::NonIndividual])]),
                (STD, &[R::U(&[Miss::NonIndividual])]),
            ],
        ),
        case(
            "individual: 场景4 promotion with a listed category",
            INDIVIDUAL,
            S::Finance,
            Some(Content::FinancePromotion),
            Some(Category::FinanceBank),
            &[
                (ENT, &[R::U(&[Miss::NonIndividual])]),
                (STD, &[R::U(&[Miss::NonIndividual])]),
            ],
        ),
        case(
            "individual: 场景5 sales",
            INDIVIDUAL,
            S::Medical,
            Some(Content::MedicalSales),
            Some(Category::EcommercePlatform),
            &[
                (PLUGIN, &[R::U(&[Miss::NonIndividual])]),
                (STD, &[R::U(&[Miss::NonIndividual, NEED_SOCIAL])]),
            ],
        ),
        case(
            "individual: 场景7",
            INDIVIDUAL,
            S::OfflineEvent,
            None,
            Some(Category::SocialLive),
            &[
                (PLUGIN, &[R::U(&[Miss::NonIndividual])]),
                (STD, &[R::U(&[Miss::NonIndividual])]),
            ],
        ),
        case(
            "individual: 场景8",
            INDIVIDUAL,
            S::ScenicSpot,
            None,
            Some(Category::SocialLive),
            &[(
                STD,
                &[
                    R::U(&[Miss::NonIndividual, Miss::Government]),
                    R::U(&[Miss::NonIndividual]),
                ],
            )],
        ),
        // The subject not answered yet: what would be met is conditional on the subject.
        case(
            "subject unanswered: 场景1",
            UNANSWERED,
            S::Government,
            None,
            NO_CATEGORY,
            &[(STD, &[R::C(&[Cond::Government])])],
        ),
        case(
            "subject unanswered: 场景2 社交-直播",
            UNANSWERED,
            S::Ecommerce,
            None,
            Some(Category::SocialLive),
            &[
                (PLUGIN, &[R::U(&[NEED_ECOMMERCE])]),
                (STD, &[R::C(&[Cond::NonIndividual])]),
            ],
        ),
        case(
            "subject unanswered: 场景3 教育-在线视频课程",
            UNANSWERED,
            S::Education,
            None,
            Some(Category::EducationOnlineVideoCourse),
            &[
                (ENT, &[R::C(&[Cond::NonIndividual])]),
                (PLUGIN, &[R::C(&[Cond::NonIndividual])]),
                (STD, &[R::C(&[Cond::NonIndividual])]),
            ],
        ),
        case(
            "subject unanswered: 场景3 no category",
            UNANSWERED,
            S::Education,
            None,
            NO_CATEGORY,
            &[
                (ENT, &[R::C(&[Cond::NonIndividual])]),
                (PLUGIN, &[R::U(&[NEED_EDUCATION])]),
                (STD, &[R::U(&[NEED_EDUCATION_VIDEO])]),
            ],
        ),
        case(
            "subject and content unanswered: 场景4",
            UNANSWERED,
            S::Finance,
            None,
            Some(Category::FinanceInsurance),
            &[
                (
                    ENT,
                    &[R::C(&[
                        Cond::NonIndividual,
                        Cond::ContentIs(&[Content::FinanceTraining, Content::FinancePromotion]),
                    ])],
                ),
                (
                    STD,
                    &[R::C(&[
                        Cond::NonIndividual,
                        Cond::ContentIs(&[Content::FinanceClaims, Content::FinancePromotion]),
                    ])],
                ),
            ],
        ),
        case(
            "subject unanswered: 场景5 sales",
            UNANSWERED,
            S::Medical,
            Some(Content::MedicalSales),
            Some(Category::EcommercePlatform),
            &[
                (PLUGIN, &[R::C(&[Cond::NonIndividual, MEDICAL_ADDED])]),
                (STD, &[R::U(&[NEED_SOCIAL])]),
            ],
        ),
        case(
            "subject unanswered: 场景7",
            UNANSWERED,
            S::OfflineEvent,
            None,
            Some(Category::SocialLive),
            &[
                (
                    PLUGIN,
                    &[R::C(&[Cond::NonIndividual, OFFLINE_CHECKS, OFFLINE_AUTH])],
                ),
                (STD, &[R::C(&[Cond::NonIndividual])]),
            ],
        ),
        case(
            "subject unanswered: 场景8 社交-直播",
            UNANSWERED,
            S::ScenicSpot,
            None,
            Some(Category::SocialLive),
            &[(
                STD,
                &[R::C(&[Cond::Government]), R::C(&[Cond::NonIndividual])],
            )],
        ),
        case(
            "subject unanswered: 场景8 no category",
            UNANSWERED,
            S::ScenicSpot,
            None,
            NO_CATEGORY,
            &[(STD, &[R::C(&[Cond::Government]), R::U(&[NEED_SOCIAL])])],
        ),
    ];

    // 场景4 row 2 accepts each of the eleven listed categories, for claims and for promotion.
    for (name, category) in FINANCE_CATEGORIES {
        cases.push(Case {
            name: format!("场景4 row 2: claims with 【金融业-{name}】"),
            subject: ENTERPRISE,
            scenario: S::Finance,
            content: Some(Content::FinanceClaims),
            category: Some(category),
            offers: vec![(STD, &[R::A])],
        });
        cases.push(Case {
            name: format!("场景4 rows 1+2: promotion with 【金融业-{name}】"),
            subject: ENTERPRISE,
            scenario: S::Finance,
            content: Some(Content::FinancePromotion),
            category: Some(category),
            offers: vec![(ENT, &[R::A]), (STD, &[R::A])],
        });
    }
    cases
}

// ---------------------------------------------------------------------------------------------
// Matching a decision against the expectations.

/// Same items regardless of order, each actual item used once.
fn same_items<A, E>(actual: &[A], expected: &[E], eq: impl Fn(&A, &E) -> bool) -> bool {
    if actual.len() != expected.len() {
        return false;
    }
    let mut used = vec![false; actual.len()];
    expected.iter().all(
        |e| match (0..actual.len()).find(|&i| !used[i] && eq(&actual[i], e)) {
            Some(i) => {
                used[i] = true;
                true
            }
            None => false,
        },
    )
}

fn cond_eq(actual: &Condition, expected: &Cond) -> bool {
    match (actual, expected) {
        (Condition::NonIndividualSubject, Cond::NonIndividual) => true,
        (Condition::GovernmentSubject, Cond::Government) => true,
        (Condition::Check(a), Cond::Check(e)) => a == e,
        (Condition::ContentIs(a), Cond::ContentIs(e)) => same_items(a, e, |x, y| x == y),
        (Condition::Category(set), Cond::Category(seed)) => {
            same_items(set.categories, seed.categories, |x, y| x == y)
        }
        _ => false,
    }
}

fn miss_eq(actual: &Missing, expected: &Miss) -> bool {
    match (actual, expected) {
        (Missing::NonIndividualSubject, Miss::NonIndividual) => true,
        (Missing::GovernmentSubject, Miss::Government) => true,
        (Missing::Category(set), Miss::Category(seed)) => {
            same_items(set.categories, seed.categories, |x, y| x == y)
                && seed.wording.iter().all(|w| set.source.zh.contains(w))
        }
        _ => false,
    }
}

fn route_eq(actual: &Route, expected: &R) -> bool {
    match expected {
        R::A => {
            actual.status == Status::Available
                && actual.met.is_some()
                && actual.conditions.is_empty()
                && actual.missing.is_empty()
        }
        R::C(conds) => {
            actual.status == Status::Conditional
                && actual.missing.is_empty()
                && same_items(&actual.conditions, conds, cond_eq)
        }
        R::U(miss) => {
            actual.status == Status::Unavailable && same_items(&actual.missing, miss, miss_eq)
        }
    }
}

fn expected_status(route: &R) -> Status {
    match route {
        R::A => Status::Available,
        R::C(_) => Status::Conditional,
        R::U(_) => Status::Unavailable,
    }
}

fn mismatch(case: &Case, decision: &Decision) -> Option<String> {
    let mut problems = Vec::new();
    let mut offered: Vec<Scheme> = decision.outcomes.iter().map(|o| o.scheme).collect();
    offered.sort();
    let mut expected: Vec<Scheme> = case.offers.iter().map(|(s, _)| *s).collect();
    expected.sort();
    if offered != expected {
        problems.push(format!("offers {offered:?}, expected {expected:?}"));
    }
    for (scheme, routes) in &case.offers {
        let Some(outcome) = decision.outcome(*scheme) else {
            continue;
        };
        let status = routes.iter().map(expected_status).min();
        if Some(outcome.status) != status {
            problems.push(format!(
                "{scheme:?} is {:?}, expected {status:?}",
                outcome.status
            ));
        }
        if !same_items(&outcome.routes, routes, route_eq) {
            problems.push(format!(
                "{scheme:?} routes {:#?}\n  expected {routes:?}",
                outcome.routes
            ));
        }
        if outcome.routes.windows(2).any(|w| w[0].status > w[1].status) {
            problems.push(format!("{scheme:?}: best route not first"));
        }
    }
    if decision
        .outcomes
        .windows(2)
        .any(|w| w[0].status > w[1].status)
    {
        problems.push("outcomes not sorted available, conditional, unavailable".into());
    }
    if decision.blocked != (case.subject == Some(Subject::Individual)) {
        problems.push(format!("blocked is {}", decision.blocked));
    }
    if problems.is_empty() {
        None
    } else {
        Some(format!("{}:\n  {}", case.name, problems.join("\n  ")))
    }
}

fn answers(case: &Case) -> Answers {
    Answers {
        subject: case.subject,
        scenario: Some(case.scenario),
        content: case.content,
        category: case.category,
    }
}

#[test]
fn every_seed_row_gives_the_documented_schemes() {
    let cases = row_cases();
    let failures: Vec<String> = cases
        .iter()
        .filter_map(|case| mismatch(case, &decide(answers(case))))
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} cases differ from the document:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

#[test]
fn every_table_row_has_a_case() {
    // The document's tables have 1, 2, 3, 2, 2, 1, 2, 2, 1, 1 rows; each row must be met
    // (available, or conditional only on what the widget cannot check) by at least one case.
    let cases = row_cases();
    let rows_per_table = [1, 2, 3, 2, 2, 1, 2, 2, 1, 1];
    for (scenario, rows) in Scenario::ALL.iter().zip(rows_per_table) {
        assert_eq!(scenario.def().rows.len(), rows, "{scenario:?} rows");
        let met = cases
            .iter()
            .filter(|c| c.scenario == *scenario && c.subject != Some(Subject::Individual))
            .flat_map(|c| c.offers.iter().flat_map(|(_, routes)| routes.iter()))
            .filter(|r| match r {
                R::A => true,
                R::C(conds) => conds.iter().all(|c| matches!(c, Cond::Check(_))),
                R::U(_) => false,
            })
            .count();
        assert!(
            met >= rows,
            "{scenario:?}: {met} met routes for {rows} rows"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Subjects.

fn with_none<T: Copy>(all: &[T]) -> Vec<Option<T>> {
    std::iter::once(None)
        .chain(all.iter().copied().map(Some))
        .collect()
}

/// Every answer a customer could give for one scenario, foreign contents left out.
fn scenario_answers(scenario: Scenario, subject: Option<Subject>) -> Vec<Answers> {
    let mut out = Vec::new();
    for content in with_none(scenario.def().contents) {
        for category in with_none(Category::ALL) {
            out.push(Answers {
                subject,
                scenario: Some(scenario),
                content,
                category,
            });
        }
    }
    out
}

#[test]
fn an_individual_subject_blocks_every_route() {
    for scenario in Scenario::ALL {
        for answers in scenario_answers(*scenario, INDIVIDUAL) {
            let decision = decide(answers);
            assert!(decision.blocked, "{answers:?}");
            assert!(
                decision.notes.contains(&Note::IndividualSubject),
                "{answers:?}"
            );
            for outcome in &decision.outcomes {
                assert_eq!(outcome.status, Status::Unavailable, "{answers:?}");
                for route in &outcome.routes {
                    assert!(
                        route.missing.contains(&Missing::NonIndividualSubject),
                        "{answers:?} {:?}",
                        outcome.scheme
                    );
                }
            }
            // Blocking hides nothing: the customer still sees what the table offers.
            let enterprise = decide(Answers {
                subject: ENTERPRISE,
                ..answers
            });
            let schemes = |d: &Decision| {
                let mut s: Vec<Scheme> = d.outcomes.iter().map(|o| o.scheme).collect();
                s.sort();
                s
            };
            assert_eq!(schemes(&decision), schemes(&enterprise), "{answers:?}");
        }
    }
}

#[test]
fn an_unanswered_subject_is_conditional_on_it() {
    for scenario in Scenario::ALL {
        for answers in scenario_answers(*scenario, UNANSWERED) {
            let decision = decide(answers);
            assert!(!decision.blocked, "{answers:?}");
            let known: Vec<Decision> = [ENTERPRISE, GOVERNMENT]
                .iter()
                .map(|subject| {
                    decide(Answers {
                        subject: *subject,
                        ..answers
                    })
                })
                .collect();
            for outcome in &decision.outcomes {
                // Conditional exactly when some non-individual subject would open it.
                let best_known = known
                    .iter()
                    .filter_map(|d| d.outcome(outcome.scheme))
                    .map(|o| o.status)
                    .min()
                    .expect("a subject hides no scheme");
                let expected = if best_known == Status::Unavailable {
                    Status::Unavailable
                } else {
                    Status::Conditional
                };
                assert_eq!(outcome.status, expected, "{answers:?} {:?}", outcome.scheme);
                for route in &outcome.routes {
                    let on_subject = route.conditions.iter().any(|c| {
                        matches!(
                            c,
                            Condition::NonIndividualSubject | Condition::GovernmentSubject
                        )
                    });
                    assert!(on_subject, "{answers:?} {:?}", outcome.scheme);
                    assert!(
                        !route.missing.contains(&Missing::NonIndividualSubject)
                            && !route.missing.contains(&Missing::GovernmentSubject),
                        "an unanswered subject rules nothing out: {answers:?}"
                    );
                }
            }
        }
    }
}

#[test]
fn a_government_subject_row_is_met_only_by_a_government_subject() {
    for scenario in [Scenario::Government, Scenario::ScenicSpot] {
        let row_route = |subject: Option<Subject>| {
            let decision = decide(Answers {
                subject,
                scenario: Some(scenario),
                content: None,
                category: NO_CATEGORY,
            });
            let outcome = decision
                .outcome(STD)
                .expect("standard live offered")
                .clone();
            outcome.best().clone()
        };
        assert_eq!(row_route(GOVERNMENT).status, Status::Available);
        assert_eq!(
            row_route(ENTERPRISE).missing,
            vec![Missing::GovernmentSubject],
            "{scenario:?}"
        );
        assert_eq!(
            row_route(UNANSWERED).conditions,
            vec![Condition::GovernmentSubject],
            "{scenario:?}"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Answers that mean the same thing.

#[test]
fn an_unanswered_or_unknown_category_waits_where_none_is_missing() {
    // Where "none of these" makes a category row unavailable, an unanswered or unknown category
    // makes it conditional on that category instead; nothing else changes.
    for scenario in with_none(Scenario::ALL) {
        for subject in with_none(Subject::ALL) {
            for content in with_none(Content::ALL) {
                let base = Answers {
                    subject,
                    scenario,
                    content,
                    category: NO_CATEGORY,
                };
                let none = decide(base);
                for category in [None, Some(Category::Unsure)] {
                    let open = decide(Answers { category, ..base });
                    assert_eq!(open.notes, none.notes, "{base:?}");
                    assert_eq!(open.blocked, none.blocked, "{base:?}");
                    let schemes = |d: &Decision| {
                        let mut s: Vec<Scheme> = d.outcomes.iter().map(|o| o.scheme).collect();
                        s.sort();
                        s
                    };
                    assert_eq!(schemes(&open), schemes(&none), "{base:?}");
                    for o in &none.outcomes {
                        let Some(w) = open.outcome(o.scheme) else {
                            continue;
                        };
                        for r in &o.routes {
                            let waits: Vec<Condition> = r
                                .missing
                                .iter()
                                .filter_map(|m| match m {
                                    Missing::Category(set) => Some(Condition::Category(set)),
                                    _ => None,
                                })
                                .collect();
                            let others: Vec<Missing> = r
                                .missing
                                .iter()
                                .copied()
                                .filter(|m| !matches!(m, Missing::Category(_)))
                                .collect();
                            let mut conditions = r.conditions.clone();
                            conditions.extend(waits);
                            assert!(
                                w.routes.iter().any(|wr| wr.missing == others
                                    && same_items(&wr.conditions, &conditions, |a, b| a == b)),
                                "{base:?} {category:?}: {:?} has no route like {r:?}",
                                o.scheme
                            );
                        }
                    }
                }
            }
        }
    }
}

#[test]
fn a_content_from_another_table_is_dropped() {
    for scenario in Scenario::ALL {
        for content in Content::ALL {
            if scenario.def().contents.contains(content) {
                continue;
            }
            let answers = Answers {
                subject: ENTERPRISE,
                scenario: Some(*scenario),
                content: Some(*content),
                category: Some(Category::SocialLive),
            };
            let decision = decide(answers);
            assert_eq!(decision.answers.content, None, "{answers:?}");
            assert_eq!(
                decision,
                decide(Answers {
                    content: None,
                    ..answers
                }),
                "{answers:?}"
            );
        }
    }
    // Without a scenario no content means anything.
    let decision = decide(Answers {
        content: Some(Content::FinanceClaims),
        ..Answers::default()
    });
    assert_eq!(decision.answers.content, None);
    assert!(decision.outcomes.is_empty());
}

// ---------------------------------------------------------------------------------------------
// Notes.

/// The notes printed under each table of the document.
fn table_notes(scenario: Scenario) -> &'static [Note] {
    match scenario {
        Scenario::Ecommerce => &[Note::MedicalCategory, Note::ProhibitedGoods],
        Scenario::Entertainment => &[Note::TradingSeeEcommerce],
        Scenario::OfflineEvent => &[Note::OfflinePermits],
        _ => &[],
    }
}

fn expected_notes(
    subject: Option<Subject>,
    scenario: Scenario,
    content: Option<Content>,
) -> Vec<Note> {
    let mut notes = vec![Note::CategoryMustMatch];
    if !matches!(subject, Some(Subject::Enterprise | Subject::Government)) {
        notes.push(Note::IndividualSubject);
    }
    notes.extend_from_slice(table_notes(scenario));
    // 场景5's sales row is 场景2's table, notes included.
    if content == Some(Content::MedicalSales) {
        notes.extend_from_slice(table_notes(Scenario::Ecommerce));
    }
    notes.sort_by_key(|n| Note::ALL.iter().position(|x| x == n));
    notes.dedup();
    notes
}

#[test]
fn each_table_shows_its_notes() {
    for scenario in Scenario::ALL {
        assert_eq!(scenario.def().notes, table_notes(*scenario), "{scenario:?}");
        for subject in with_none(Subject::ALL) {
            for content in with_none(scenario.def().contents) {
                for category in [None, Some(Category::SocialLive)] {
                    let answers = Answers {
                        subject,
                        scenario: Some(*scenario),
                        content,
                        category,
                    };
                    let notes = decide(answers).notes;
                    if *scenario == Scenario::Medical && content.is_none() {
                        // Until the content is known the sales row may still apply: its notes
                        // may show, nothing else may.
                        let mut allowed = expected_notes(subject, *scenario, None);
                        allowed.extend_from_slice(table_notes(Scenario::Ecommerce));
                        for note in &expected_notes(subject, *scenario, None) {
                            assert!(notes.contains(note), "{answers:?}: {notes:?}");
                        }
                        assert!(
                            notes.iter().all(|n| allowed.contains(n)),
                            "{answers:?}: {notes:?}"
                        );
                    } else {
                        assert_eq!(
                            notes,
                            expected_notes(subject, *scenario, content),
                            "{answers:?}"
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn without_a_scenario_only_the_general_notes_show() {
    for subject in with_none(Subject::ALL) {
        let decision = decide(Answers {
            subject,
            ..Answers::default()
        });
        assert!(decision.outcomes.is_empty());
        let mut expected = vec![Note::CategoryMustMatch];
        if !matches!(subject, Some(Subject::Enterprise | Subject::Government)) {
            expected.insert(0, Note::IndividualSubject);
        }
        expected.sort_by_key(|n| Note::ALL.iter().position(|x| x == n));
        assert_eq!(decision.notes, expected, "{subject:?}");
    }
}

fn without_spaces(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

#[test]
fn notes_say_what_the_document_says() {
    // (note, kind: bold or `>!` is a warning, `>?` a tip, the document's sentence)
    let seed = [
        (
            Note::IndividualSubject,
            NoteKind::Warning,
            "微信小程序的主体必须为非个人主体类型，否则无法使用直播功能。",
        ),
        (
            Note::CategoryMustMatch,
            NoteKind::Warning,
            "微信小程序所选类目需符合小程序的实际应用场景，否则在小程序审核时会有被驳回的风险。",
        ),
        (
            Note::MedicalCategory,
            NoteKind::Warning,
            "如涉医疗器械、非处方药品在线销售，需补充医疗相关类目。",
        ),
        (
            Note::ProhibitedGoods,
            NoteKind::Warning,
            "不得提供如催情香水/催情药品等违法违规商品销售。",
        ),
        (
            Note::TradingSeeEcommerce,
            NoteKind::Tip,
            "若涉及商品交易，可以参考场景2：电商带货类直播。",
        ),
        (
            Note::OfflinePermits,
            NoteKind::Tip,
            "若您符合短期线下活动直播的场景，并具备活动所在地公安机关/派出所颁发的安全许可和场地使用证明材料（和场地方签订的文件）等相关材料，可以在购买小程序·云直播服务前，先 联系我们。",
        ),
    ];
    assert_eq!(seed.len(), Note::ALL.len());
    for (note, kind, text) in seed {
        let def = note.def();
        assert_eq!(def.kind, kind, "{note:?}");
        assert_eq!(
            without_spaces(def.text.zh),
            without_spaces(text),
            "{note:?}"
        );
    }
    assert_eq!(
        Note::TradingSeeEcommerce.def().see,
        Some(Scenario::Ecommerce)
    );
    let link = Note::OfflinePermits
        .def()
        .link
        .expect("the offline note links the contact form");
    assert_eq!(
        link.url,
        "https://console.cloud.tencent.com/workorder/category"
    );
    assert_eq!(link.url, CONTACT_URL);
    assert_eq!(link.label.zh, "联系我们");
    for note in Note::ALL {
        if *note != Note::OfflinePermits {
            assert_eq!(note.def().link, None, "{note:?}");
        }
        if *note != Note::TradingSeeEcommerce {
            assert_eq!(note.def().see, None, "{note:?}");
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Wording and links taken from the document.

#[test]
fn scenarios_are_the_documents_tables() {
    // (heading after 场景N：, the content cells of the table)
    let seed: [(&str, &[&str]); 10] = [
        ("政府主体账号", &["政府相关工作推广直播、领导讲话直播等"]),
        ("电商带货类直播", &["电商带货、直播导购等"]),
        (
            "在线教育、课程培训、讲座、网课等教育直播",
            &["网课、在线培训、讲座等教育类直播"],
        ),
        (
            "金融相关等直播",
            &["金融产品推广", "产品销售培训", "金融产品视频客服理赔"],
        ),
        (
            "医疗相关直播",
            &["医疗器械、非处方药品销售", "问诊、大型健康讲座"],
        ),
        (
            "生活趣事、宠物直播等娱乐类直播",
            &["生活趣事、宠物直播、旅游分享等娱乐类直播"],
        ),
        (
            "短期线下活动直播",
            &["线下展会、大型产品发布会、明星走秀等短期线下活动直播"],
        ),
        ("景区直播", &["景点景区直播"]),
        ("汽车预售", &["汽车预售、推广直播"]),
        (
            "一对一企业售后客服",
            &["不涉及以上几类内容的一对一视频客服服务，如企业售后一对一视频服务等"],
        ),
    ];
    assert_eq!(Scenario::ALL.len(), seed.len());
    for (scenario, (heading, cells)) in Scenario::ALL.iter().zip(seed) {
        let def = scenario.def();
        assert_eq!(def.name.zh, heading, "{scenario:?}");
        if let [cell] = cells {
            assert_eq!(def.example.zh, *cell, "{scenario:?}");
        } else {
            for cell in cells {
                assert!(def.example.zh.contains(cell), "{scenario:?}: {cell}");
            }
        }
    }
}

#[test]
fn contents_are_the_documents_content_cells() {
    let seed = [
        (Content::FinanceTraining, "产品销售培训"),
        (Content::FinancePromotion, "金融产品推广"),
        (Content::FinanceClaims, "金融产品视频客服理赔"),
        (Content::MedicalSales, "医疗器械、非处方药品销售"),
        (Content::MedicalConsultation, "问诊、大型健康讲座"),
    ];
    assert_eq!(seed.len(), Content::ALL.len());
    for (content, cell) in seed {
        assert!(content.name().zh.contains(cell), "{content:?}");
    }
    assert_eq!(
        Scenario::Finance.def().contents.len(),
        3,
        "场景4 splits by three contents"
    );
    assert_eq!(
        Scenario::Medical.def().contents.len(),
        2,
        "场景5 splits by two contents"
    );
}

#[test]
fn category_requirements_are_worded_as_in_the_document() {
    // Every 要求 cell naming categories is one CATEGORY_SETS entry, and the other way round.
    assert_eq!(CATEGORY_SETS.len(), SEED_SETS.len());
    for seed in SEED_SETS {
        let found = CATEGORY_SETS.iter().filter(|set| {
            same_items(set.categories, seed.categories, |x, y| x == y)
                && seed.wording.iter().all(|w| set.source.zh.contains(w))
        });
        assert_eq!(found.count(), 1, "{seed:?}");
    }
    let finance = CATEGORY_SETS
        .iter()
        .find(|set| set.categories.contains(&Category::FinanceBank))
        .expect("the finance set");
    assert!(finance.source.zh.contains(FINANCE_LIST_WORDING));
    let names: Vec<&str> = FINANCE_CATEGORIES.iter().map(|(name, _)| *name).collect();
    assert_eq!(names.join("、"), FINANCE_LIST_WORDING);
    for (name, category) in FINANCE_CATEGORIES {
        assert_eq!(category.name().zh, name, "{category:?}");
        assert_eq!(
            category.group(),
            Some(CategoryGroup::Finance),
            "{category:?}"
        );
    }
}

#[test]
fn categories_are_named_as_in_the_document() {
    // 【first level-second level】 as the document writes them.
    let seed = [
        (Category::EcommercePlatform, "【电商平台-电商平台】"),
        (Category::SocialLive, "【社交-直播】"),
        (
            Category::EducationOnlineVideoCourse,
            "【教育-在线视频课程】",
        ),
        (Category::MedicalInternetHospital, "【医疗-互联网医院】"),
        (Category::MedicalPublicInstitution, "【医疗-公立医疗机构】"),
        (Category::AutoPresale, "【汽车-汽车预售服务】"),
        (Category::ToolsVideoSupport, "【工具-视频客服】"),
    ];
    for (category, wording) in seed {
        let group = category.group().expect("a named category has a group");
        let written = format!("【{}-{}】", group.name().zh, category.name().zh);
        assert_eq!(written, wording, "{category:?}");
    }
    assert_eq!(
        Category::EducationOther.group(),
        Some(CategoryGroup::Education)
    );
    assert_eq!(CategoryGroup::Finance.name().zh, "金融业");
}

#[test]
fn schemes_are_named_and_linked_as_in_the_document() {
    assert_eq!(Scheme::StandardLive.name().zh, "标准直播+直播标签");
    assert_eq!(
        Scheme::StandardLive.url(),
        "https://cloud.tencent.com/document/product/454/12554"
    );
    assert_eq!(Scheme::LivePlugin.name().zh, "小程序·云直播插件");
    // The document links the plugin only to an in-page anchor (#权限开通).
    assert_eq!(
        Scheme::LivePlugin.url(),
        "https://cloud.tencent.com/document/product/1148/39191"
    );
    // 小程序·企业直播（腾讯云·企业直播）
    assert_eq!(Scheme::EnterpriseLive.name().zh, "小程序·企业直播");
    assert_eq!(
        Scheme::EnterpriseLive.aka().map(|t| t.zh),
        Some("腾讯云·企业直播")
    );
    assert_eq!(
        Scheme::EnterpriseLive.url(),
        "https://cloud.tencent.com/solution/mini-program-enterprise-live"
    );
    assert_eq!(Scheme::StandardLive.aka(), None);
    assert_eq!(Scheme::LivePlugin.aka(), None);
}

#[test]
fn checks_say_what_the_document_says() {
    assert_eq!(
        Check::OnlinePromotionOnly.text().zh,
        "微信小程序直播仅提供线上宣传渠道"
    );
    assert_eq!(
        Check::ShortTermAuthorization.text().zh,
        "需准备安全许可和场地租赁等相关资质提交申请短期直播授权"
    );
    assert!(Check::MedicalCategoryAdded
        .text()
        .zh
        .contains("医疗器械、非处方药品在线销售，需补充医疗相关类目"));
}

#[test]
fn prerequisites_link_where_the_document_links() {
    let urls = |p: Prerequisite| -> Vec<&str> { p.def().links.iter().map(|l| l.url).collect() };
    assert_eq!(
        urls(Prerequisite::Account),
        vec![
            "https://cloud.tencent.com/register?&s_url=https%3A%2F%2Fcloud.tencent.com%2F",
            "https://cloud.tencent.com/login?s_url=https%3A%2F%2Fcloud.tencent.com%2F",
        ]
    );
    let labels: Vec<&str> = Prerequisite::Account
        .def()
        .links
        .iter()
        .map(|l| l.label.zh)
        .collect();
    assert_eq!(labels, vec!["注册", "登录"]);
    assert_eq!(
        urls(Prerequisite::MiniProgram),
        vec!["https://mp.weixin.qq.com/"]
    );
    assert_eq!(WECHAT_MP_URL, "https://mp.weixin.qq.com/");
    assert!(Prerequisite::MiniProgram
        .def()
        .text
        .zh
        .contains("注册非个人主体类型的微信小程序"));
    // The bold rule itself is said once, as a note.
    assert!(Note::IndividualSubject
        .def()
        .text
        .zh
        .contains("微信小程序的主体必须为非个人主体类型，否则无法使用直播功能。"));
    assert!(Prerequisite::AppId
        .def()
        .text
        .zh
        .contains("【开发】>【开发设置】"));
    assert!(Prerequisite::AppId.def().text.zh.contains("AppID"));
    assert!(Prerequisite::ServiceCategory
        .def()
        .text
        .zh
        .contains("【设置】>【基本设置】>【服务类目】"));
}
