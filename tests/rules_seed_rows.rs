//! One case per row of every table of the source document (场景1…场景10), plus the alternatives a
//! row allows, with the status of every scheme the table offers. The expectations are read off
//! the document itself, so a rule that drifts from it fails here even if the code is consistent.

use std::fmt::Debug;

use lss::rules::{
    decide, Answers, Category, CategoryGroup, CategorySet, Check, Condition, Content, Decision,
    Missing, Note, NoteKind, Offer, Prerequisite, Requirement, Route, Row, Scenario, Scheme,
    Status, Subject, CATEGORY_SETS, CONTACT_URL, WECHAT_MP_URL,
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
// The document's tables, row by row.

/// One of the document's tables (场景N).
struct SeedTable {
    scenario: Scenario,
    /// The heading after 场景N：.
    heading: &'static str,
    /// The table's 小程序内容场景 cells.
    cells: &'static [&'static str],
    rows: &'static [SeedRow],
    /// The notes printed under the table.
    notes: &'static [Note],
}

/// One row: the contents its 小程序内容场景 cell names (empty where the table does not split by
/// content), then its 要求 and 接入方案 cells.
struct SeedRow {
    contents: &'static [Content],
    offer: SeedOffer,
}

enum SeedOffer {
    Scheme(SeedReq, Scheme),
    /// 见场景N: the row takes that table's requirements and schemes.
    See(Scenario),
}

/// A 要求 cell.
#[derive(Debug)]
enum SeedReq {
    /// 无类目要求，无需开发，购买即可直接使用.
    NoCategory,
    /// 微信小程序的认证主体为政府主体.
    Government,
    Category(&'static SeedSet),
    /// The cell lists conditions rather than a category.
    Checks(&'static [Check]),
}

const fn seed_row(requirement: SeedReq, scheme: Scheme) -> SeedRow {
    SeedRow {
        contents: &[],
        offer: SeedOffer::Scheme(requirement, scheme),
    }
}

/// The document's tables in its order: 场景N is the Nth.
static SEED_TABLES: &[SeedTable] = &[
    SeedTable {
        scenario: Scenario::Government,
        heading: "政府主体账号",
        cells: &["政府相关工作推广直播、领导讲话直播等"],
        rows: &[seed_row(SeedReq::Government, Scheme::StandardLive)],
        notes: &[],
    },
    SeedTable {
        scenario: Scenario::Ecommerce,
        heading: "电商带货类直播",
        cells: &["电商带货、直播导购等"],
        rows: &[
            seed_row(SeedReq::Category(&ECOMMERCE_PLATFORM), Scheme::LivePlugin),
            seed_row(SeedReq::Category(&SOCIAL_LIVE), Scheme::StandardLive),
        ],
        notes: &[Note::MedicalCategory, Note::ProhibitedGoods],
    },
    SeedTable {
        scenario: Scenario::Education,
        heading: "在线教育、课程培训、讲座、网课等教育直播",
        cells: &["网课、在线培训、讲座等教育类直播"],
        rows: &[
            seed_row(SeedReq::NoCategory, Scheme::EnterpriseLive),
            seed_row(SeedReq::Category(&EDUCATION_ANY), Scheme::LivePlugin),
            seed_row(SeedReq::Category(&EDUCATION_VIDEO), Scheme::StandardLive),
        ],
        notes: &[],
    },
    SeedTable {
        scenario: Scenario::Finance,
        heading: "金融相关等直播",
        cells: &["金融产品推广", "产品销售培训", "金融产品视频客服理赔"],
        rows: &[
            // 金融产品推广、产品销售培训等直播
            SeedRow {
                contents: &[Content::FinancePromotion, Content::FinanceTraining],
                offer: SeedOffer::Scheme(SeedReq::NoCategory, Scheme::EnterpriseLive),
            },
            // 金融产品视频客服理赔、金融产品推广等直播
            SeedRow {
                contents: &[Content::FinanceClaims, Content::FinancePromotion],
                offer: SeedOffer::Scheme(SeedReq::Category(&FINANCE_LISTED), Scheme::StandardLive),
            },
        ],
        notes: &[],
    },
    SeedTable {
        scenario: Scenario::Medical,
        heading: "医疗相关直播",
        cells: &["医疗器械、非处方药品销售", "问诊、大型健康讲座"],
        rows: &[
            SeedRow {
                contents: &[Content::MedicalSales],
                offer: SeedOffer::See(Scenario::Ecommerce),
            },
            SeedRow {
                contents: &[Content::MedicalConsultation],
                offer: SeedOffer::Scheme(
                    SeedReq::Category(&MEDICAL_HOSPITAL),
                    Scheme::StandardLive,
                ),
            },
        ],
        notes: &[],
    },
    SeedTable {
        scenario: Scenario::Entertainment,
        heading: "生活趣事、宠物直播等娱乐类直播",
        cells: &["生活趣事、宠物直播、旅游分享等娱乐类直播"],
        rows: &[seed_row(
            SeedReq::Category(&SOCIAL_LIVE),
            Scheme::StandardLive,
        )],
        notes: &[Note::TradingSeeEcommerce],
    },
    SeedTable {
        scenario: Scenario::OfflineEvent,
        heading: "短期线下活动直播",
        cells: &["线下展会、大型产品发布会、明星走秀等短期线下活动直播"],
        rows: &[
            seed_row(
                SeedReq::Checks(&[Check::OnlinePromotionOnly, Check::ShortTermAuthorization]),
                Scheme::LivePlugin,
            ),
            seed_row(SeedReq::Category(&SOCIAL_LIVE), Scheme::StandardLive),
        ],
        notes: &[Note::OfflinePermits],
    },
    SeedTable {
        scenario: Scenario::ScenicSpot,
        heading: "景区直播",
        cells: &["景点景区直播"],
        rows: &[
            seed_row(SeedReq::Government, Scheme::StandardLive),
            seed_row(SeedReq::Category(&SOCIAL_LIVE), Scheme::StandardLive),
        ],
        notes: &[],
    },
    SeedTable {
        scenario: Scenario::CarPresale,
        heading: "汽车预售",
        cells: &["汽车预售、推广直播"],
        rows: &[seed_row(
            SeedReq::Category(&AUTO_PRESALE),
            Scheme::StandardLive,
        )],
        notes: &[],
    },
    SeedTable {
        scenario: Scenario::VideoSupport,
        heading: "一对一企业售后客服",
        cells: &["不涉及以上几类内容的一对一视频客服服务，如企业售后一对一视频服务等"],
        rows: &[seed_row(
            SeedReq::Category(&TOOLS_VIDEO_SUPPORT),
            Scheme::StandardLive,
        )],
        notes: &[],
    },
];

/// The document's table for a scenario; a scenario the document lacks fails every test that
/// asks, instead of being left out of it.
fn seed_table(scenario: Scenario) -> &'static SeedTable {
    SEED_TABLES
        .iter()
        .find(|t| t.scenario == scenario)
        .unwrap_or_else(|| panic!("{scenario:?} is none of the document's tables"))
}

/// 场景N, as the document numbers the scenario's table.
fn table_label(scenario: Scenario) -> String {
    let n = SEED_TABLES
        .iter()
        .position(|t| t.scenario == scenario)
        .unwrap_or_else(|| panic!("{scenario:?} is none of the document's tables"));
    format!("场景{}", n + 1)
}

/// Fails unless `listed` names every item of `all` exactly once, saying which are missing or
/// repeated: a list of the document's items walked beside the rules' would otherwise skip what
/// one side lacks.
fn assert_lists_all<T: Copy + PartialEq + Debug>(what: &str, all: &[T], listed: &[T]) {
    let missing: Vec<T> = all
        .iter()
        .copied()
        .filter(|x| !listed.contains(x))
        .collect();
    let repeated: Vec<T> = listed
        .iter()
        .enumerate()
        .filter(|(i, x)| listed[..*i].contains(x))
        .map(|(_, x)| *x)
        .collect();
    let unknown: Vec<T> = listed
        .iter()
        .copied()
        .filter(|x| !all.contains(x))
        .collect();
    assert!(
        missing.is_empty() && repeated.is_empty() && unknown.is_empty(),
        "{what}: missing {missing:?}, repeated {repeated:?}, not in the rules {unknown:?}"
    );
}

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
    scenario: Scenario,
    /// The rows of the scenario's table the expectation was read off, counted from 1 as the
    /// document shows them; empty for a case that sits between rows (no listed category, an
    /// answer still missing, an individual subject).
    rows: &'static [usize],
    /// What sets the case apart from the others on the same rows.
    what: String,
    subject: Option<Subject>,
    content: Option<Content>,
    category: Option<Category>,
    /// Every scheme offered, with every route to it (order-insensitive).
    offers: Vec<(Scheme, &'static [R])>,
}

impl Case {
    /// The name is built from the labelled rows so that it can never cite another row than the
    /// one the coverage test counts.
    fn name(&self) -> String {
        let rows = match self.rows {
            [] => String::new(),
            [row] => format!(" row {row}"),
            rows => {
                let rows: Vec<String> = rows.iter().map(|r| r.to_string()).collect();
                format!(" rows {}", rows.join("+"))
            }
        };
        format!("{}{rows}: {}", table_label(self.scenario), self.what)
    }
}

fn case(
    scenario: Scenario,
    rows: &'static [usize],
    what: &str,
    subject: Option<Subject>,
    content: Option<Content>,
    category: Option<Category>,
    offers: &[(Scheme, &'static [R])],
) -> Case {
    Case {
        scenario,
        rows,
        what: what.to_string(),
        subject,
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
            S::Government,
            &[1],
            "government subject",
            GOVERNMENT,
            None,
            NO_CATEGORY,
            &[(STD, &[R::A])],
        ),
        case(
            S::Government,
            &[1],
            "the category does not matter",
            GOVERNMENT,
            None,
            Some(Category::SocialLive),
            &[(STD, &[R::A])],
        ),
        case(
            S::Government,
            &[1],
            "an enterprise is not a government subject",
            ENTERPRISE,
            None,
            Some(Category::SocialLive),
            &[(STD, &[R::U(&[Miss::Government])])],
        ),
        // 场景2：电商带货类直播.
        case(
            S::Ecommerce,
            &[1],
            "电商平台-电商平台 → plugin",
            ENTERPRISE,
            None,
            Some(Category::EcommercePlatform),
            &[(PLUGIN, &[R::A]), (STD, &[R::U(&[NEED_SOCIAL])])],
        ),
        case(
            S::Ecommerce,
            &[2],
            "社交-直播 → standard live",
            ENTERPRISE,
            None,
            Some(Category::SocialLive),
            &[(PLUGIN, &[R::U(&[NEED_ECOMMERCE])]), (STD, &[R::A])],
        ),
        case(
            S::Ecommerce,
            &[],
            "no listed category",
            ENTERPRISE,
            None,
            NO_CATEGORY,
            &[
                (PLUGIN, &[R::U(&[NEED_ECOMMERCE])]),
                (STD, &[R::U(&[NEED_SOCIAL])]),
            ],
        ),
        case(
            S::Ecommerce,
            &[1],
            "a government body is a non-individual subject too",
            GOVERNMENT,
            None,
            Some(Category::EcommercePlatform),
            &[(PLUGIN, &[R::A]), (STD, &[R::U(&[NEED_SOCIAL])])],
        ),
        // 场景3：教育直播.
        case(
            S::Education,
            &[1],
            "enterprise live needs no category",
            ENTERPRISE,
            None,
            NO_CATEGORY,
            &[
                (ENT, &[R::A]),
                (PLUGIN, &[R::U(&[NEED_EDUCATION])]),
                (STD, &[R::U(&[NEED_EDUCATION_VIDEO])]),
            ],
        ),
        case(
            S::Education,
            &[],
            "category not answered yet: the category rows wait for it",
            ENTERPRISE,
            None,
            None,
            &[
                (ENT, &[R::A]),
                (PLUGIN, &[R::C(&[Cond::Category(&EDUCATION_ANY)])]),
                (STD, &[R::C(&[Cond::Category(&EDUCATION_VIDEO)])]),
            ],
        ),
        case(
            S::Education,
            &[],
            "category not known: the same, as something to check",
            ENTERPRISE,
            None,
            Some(Category::Unsure),
            &[
                (ENT, &[R::A]),
                (PLUGIN, &[R::C(&[Cond::Category(&EDUCATION_ANY)])]),
                (STD, &[R::C(&[Cond::Category(&EDUCATION_VIDEO)])]),
            ],
        ),
        case(
            S::Education,
            &[2, 3],
            "教育-在线视频课程 meets the plugin and the standard rows",
            ENTERPRISE,
            None,
            Some(Category::EducationOnlineVideoCourse),
            &[(ENT, &[R::A]), (PLUGIN, &[R::A]), (STD, &[R::A])],
        ),
        case(
            S::Education,
            &[2],
            "another 教育 second-level category meets only the plugin row",
            ENTERPRISE,
            None,
            Some(Category::EducationOther),
            &[
                (ENT, &[R::A]),
                (PLUGIN, &[R::A]),
                (STD, &[R::U(&[NEED_EDUCATION_VIDEO])]),
            ],
        ),
        case(
            S::Education,
            &[],
            "a category outside 教育",
            ENTERPRISE,
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
            S::Finance,
            &[1],
            "sales training → enterprise live only",
            ENTERPRISE,
            Some(Content::FinanceTraining),
            NO_CATEGORY,
            &[(ENT, &[R::A])],
        ),
        case(
            S::Finance,
            &[1],
            "sales training with a finance category is still enterprise live only",
            ENTERPRISE,
            Some(Content::FinanceTraining),
            Some(Category::FinanceBank),
            &[(ENT, &[R::A])],
        ),
        case(
            S::Finance,
            &[2],
            "claims without a category",
            ENTERPRISE,
            Some(Content::FinanceClaims),
            NO_CATEGORY,
            &[(STD, &[R::U(&[NEED_FINANCE])])],
        ),
        case(
            S::Finance,
            &[2],
            "claims with a category outside the list",
            ENTERPRISE,
            Some(Content::FinanceClaims),
            Some(Category::SocialLive),
            &[(STD, &[R::U(&[NEED_FINANCE])])],
        ),
        case(
            S::Finance,
            &[1, 2],
            "promotion without a listed category",
            ENTERPRISE,
            Some(Content::FinancePromotion),
            NO_CATEGORY,
            &[(ENT, &[R::A]), (STD, &[R::U(&[NEED_FINANCE])])],
        ),
        case(
            S::Finance,
            &[],
            "content not answered, listed category",
            ENTERPRISE,
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
            S::Finance,
            &[],
            "content not answered, no category",
            ENTERPRISE,
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
            S::Finance,
            &[],
            "a medical content means nothing in the finance table",
            ENTERPRISE,
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
            S::Medical,
            &[1],
            "sales, as 场景2 row 1 (电商平台-电商平台)",
            ENTERPRISE,
            Some(Content::MedicalSales),
            Some(Category::EcommercePlatform),
            &[
                (PLUGIN, &[R::C(&[MEDICAL_ADDED])]),
                (STD, &[R::U(&[NEED_SOCIAL])]),
            ],
        ),
        case(
            S::Medical,
            &[1],
            "sales, as 场景2 row 2 (社交-直播)",
            ENTERPRISE,
            Some(Content::MedicalSales),
            Some(Category::SocialLive),
            &[
                (PLUGIN, &[R::U(&[NEED_ECOMMERCE])]),
                (STD, &[R::C(&[MEDICAL_ADDED])]),
            ],
        ),
        case(
            S::Medical,
            &[1],
            "a medical category alone does not meet 场景2",
            ENTERPRISE,
            Some(Content::MedicalSales),
            Some(Category::MedicalInternetHospital),
            &[
                (PLUGIN, &[R::U(&[NEED_ECOMMERCE])]),
                (STD, &[R::U(&[NEED_SOCIAL])]),
            ],
        ),
        case(
            S::Medical,
            &[2],
            "医疗-互联网医院",
            ENTERPRISE,
            Some(Content::MedicalConsultation),
            Some(Category::MedicalInternetHospital),
            &[(STD, &[R::A])],
        ),
        case(
            S::Medical,
            &[2],
            "医疗-公立医疗机构",
            ENTERPRISE,
            Some(Content::MedicalConsultation),
            Some(Category::MedicalPublicInstitution),
            &[(STD, &[R::A])],
        ),
        case(
            S::Medical,
            &[2],
            "consultation without a medical category",
            ENTERPRISE,
            Some(Content::MedicalConsultation),
            NO_CATEGORY,
            &[(STD, &[R::U(&[NEED_MEDICAL])])],
        ),
        case(
            S::Medical,
            &[2],
            "社交-直播 does not cover consultations",
            ENTERPRISE,
            Some(Content::MedicalConsultation),
            Some(Category::SocialLive),
            &[(STD, &[R::U(&[NEED_MEDICAL])])],
        ),
        case(
            S::Medical,
            &[],
            "content not answered, 医疗-互联网医院",
            ENTERPRISE,
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
            S::Medical,
            &[],
            "content not answered, 电商平台-电商平台",
            ENTERPRISE,
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
            S::Medical,
            &[],
            "content not answered, 社交-直播",
            ENTERPRISE,
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
            S::Entertainment,
            &[1],
            "社交-直播",
            ENTERPRISE,
            None,
            Some(Category::SocialLive),
            &[(STD, &[R::A])],
        ),
        case(
            S::Entertainment,
            &[1],
            "without 社交-直播",
            ENTERPRISE,
            None,
            Some(Category::EcommercePlatform),
            &[(STD, &[R::U(&[NEED_SOCIAL])])],
        ),
        // 场景7：短期线下活动直播. Row 1's requirements cannot be checked by the widget.
        case(
            S::OfflineEvent,
            &[1],
            "plugin, needs no category, always conditional",
            ENTERPRISE,
            None,
            NO_CATEGORY,
            &[
                (PLUGIN, &[R::C(&[OFFLINE_CHECKS, OFFLINE_AUTH])]),
                (STD, &[R::U(&[NEED_SOCIAL])]),
            ],
        ),
        case(
            S::OfflineEvent,
            &[2],
            "社交-直播",
            ENTERPRISE,
            None,
            Some(Category::SocialLive),
            &[
                (PLUGIN, &[R::C(&[OFFLINE_CHECKS, OFFLINE_AUTH])]),
                (STD, &[R::A]),
            ],
        ),
        case(
            S::OfflineEvent,
            &[1],
            "government subject",
            GOVERNMENT,
            None,
            NO_CATEGORY,
            &[
                (PLUGIN, &[R::C(&[OFFLINE_CHECKS, OFFLINE_AUTH])]),
                (STD, &[R::U(&[NEED_SOCIAL])]),
            ],
        ),
        // 场景8：景区直播. Two rows, one scheme: 政府主体 or 社交-直播.
        case(
            S::ScenicSpot,
            &[1],
            "government subject",
            GOVERNMENT,
            None,
            NO_CATEGORY,
            &[(STD, &[R::A, R::U(&[NEED_SOCIAL])])],
        ),
        case(
            S::ScenicSpot,
            &[2],
            "社交-直播",
            ENTERPRISE,
            None,
            Some(Category::SocialLive),
            &[(STD, &[R::A, R::U(&[Miss::Government])])],
        ),
        case(
            S::ScenicSpot,
            &[1, 2],
            "government subject with 社交-直播",
            GOVERNMENT,
            None,
            Some(Category::SocialLive),
            &[(STD, &[R::A, R::A])],
        ),
        case(
            S::ScenicSpot,
            &[],
            "neither row",
            ENTERPRISE,
            None,
            NO_CATEGORY,
            &[(STD, &[R::U(&[Miss::Government]), R::U(&[NEED_SOCIAL])])],
        ),
        // 场景9：汽车预售.
        case(
            S::CarPresale,
            &[1],
            "汽车-汽车预售服务",
            ENTERPRISE,
            None,
            Some(Category::AutoPresale),
            &[(STD, &[R::A])],
        ),
        case(
            S::CarPresale,
            &[1],
            "without 汽车-汽车预售服务",
            ENTERPRISE,
            None,
            NO_CATEGORY,
            &[(STD, &[R::U(&[NEED_AUTO])])],
        ),
        // 场景10：一对一企业售后客服.
        case(
            S::VideoSupport,
            &[1],
            "工具-视频客服",
            ENTERPRISE,
            None,
            Some(Category::ToolsVideoSupport),
            &[(STD, &[R::A])],
        ),
        case(
            S::VideoSupport,
            &[1],
            "without 工具-视频客服",
            ENTERPRISE,
            None,
            Some(Category::SocialLive),
            &[(STD, &[R::U(&[NEED_TOOLS])])],
        ),
        // An individual's mini program cannot use live streaming at all (前提条件).
        case(
            S::Government,
            &[],
            "individual subject",
            INDIVIDUAL,
            None,
            NO_CATEGORY,
            &[(STD, &[R::U(&[Miss::NonIndividual, Miss::Government])])],
        ),
        case(
            S::Education,
            &[],
            "individual subject, with every requirement met",
            INDIVIDUAL,
            None,
            Some(Category::EducationOnlineVideoCourse),
            &[
                (ENT, &[R::U(&[Miss::NonIndividual])]),
                (PLUGIN, &[R::U(&[Miss::NonIndividual])]),
                (STD, &[R::U(&[Miss::NonIndividual])]),
            ],
        ),
        case(
            S::Finance,
            &[],
            "individual subject, promotion with a listed category",
            INDIVIDUAL,
            Some(Content::FinancePromotion),
            Some(Category::FinanceBank),
            &[
                (ENT, &[R::U(&[Miss::NonIndividual])]),
                (STD, &[R::U(&[Miss::NonIndividual])]),
            ],
        ),
        case(
            S::Medical,
            &[],
            "individual subject, sales",
            INDIVIDUAL,
            Some(Content::MedicalSales),
            Some(Category::EcommercePlatform),
            &[
                (PLUGIN, &[R::U(&[Miss::NonIndividual])]),
                (STD, &[R::U(&[Miss::NonIndividual, NEED_SOCIAL])]),
            ],
        ),
        case(
            S::OfflineEvent,
            &[],
            "individual subject",
            INDIVIDUAL,
            None,
            Some(Category::SocialLive),
            &[
                (PLUGIN, &[R::U(&[Miss::NonIndividual])]),
                (STD, &[R::U(&[Miss::NonIndividual])]),
            ],
        ),
        case(
            S::ScenicSpot,
            &[],
            "individual subject",
            INDIVIDUAL,
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
            S::Government,
            &[],
            "subject unanswered",
            UNANSWERED,
            None,
            NO_CATEGORY,
            &[(STD, &[R::C(&[Cond::Government])])],
        ),
        case(
            S::Ecommerce,
            &[],
            "subject unanswered, 社交-直播",
            UNANSWERED,
            None,
            Some(Category::SocialLive),
            &[
                (PLUGIN, &[R::U(&[NEED_ECOMMERCE])]),
                (STD, &[R::C(&[Cond::NonIndividual])]),
            ],
        ),
        case(
            S::Education,
            &[],
            "subject unanswered, 教育-在线视频课程",
            UNANSWERED,
            None,
            Some(Category::EducationOnlineVideoCourse),
            &[
                (ENT, &[R::C(&[Cond::NonIndividual])]),
                (PLUGIN, &[R::C(&[Cond::NonIndividual])]),
                (STD, &[R::C(&[Cond::NonIndividual])]),
            ],
        ),
        case(
            S::Education,
            &[],
            "subject unanswered, no category",
            UNANSWERED,
            None,
            NO_CATEGORY,
            &[
                (ENT, &[R::C(&[Cond::NonIndividual])]),
                (PLUGIN, &[R::U(&[NEED_EDUCATION])]),
                (STD, &[R::U(&[NEED_EDUCATION_VIDEO])]),
            ],
        ),
        case(
            S::Finance,
            &[],
            "subject and content unanswered",
            UNANSWERED,
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
            S::Medical,
            &[],
            "subject unanswered, sales",
            UNANSWERED,
            Some(Content::MedicalSales),
            Some(Category::EcommercePlatform),
            &[
                (PLUGIN, &[R::C(&[Cond::NonIndividual, MEDICAL_ADDED])]),
                (STD, &[R::U(&[NEED_SOCIAL])]),
            ],
        ),
        case(
            S::OfflineEvent,
            &[],
            "subject unanswered",
            UNANSWERED,
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
            S::ScenicSpot,
            &[],
            "subject unanswered, 社交-直播",
            UNANSWERED,
            None,
            Some(Category::SocialLive),
            &[(
                STD,
                &[R::C(&[Cond::Government]), R::C(&[Cond::NonIndividual])],
            )],
        ),
        case(
            S::ScenicSpot,
            &[],
            "subject unanswered, no category",
            UNANSWERED,
            None,
            NO_CATEGORY,
            &[(STD, &[R::C(&[Cond::Government]), R::U(&[NEED_SOCIAL])])],
        ),
    ];

    // 场景4 row 2 accepts each of the eleven listed categories, for claims and for promotion.
    for (name, category) in FINANCE_CATEGORIES {
        cases.push(case(
            S::Finance,
            &[2],
            &format!("claims with 【金融业-{name}】"),
            ENTERPRISE,
            Some(Content::FinanceClaims),
            Some(category),
            &[(STD, &[R::A])],
        ));
        cases.push(case(
            S::Finance,
            &[1, 2],
            &format!("promotion with 【金融业-{name}】"),
            ENTERPRISE,
            Some(Content::FinancePromotion),
            Some(category),
            &[(ENT, &[R::A]), (STD, &[R::A])],
        ));
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

/// The rules' category set is the document's 要求 cell: the same categories, in its words.
fn set_is(set: &CategorySet, seed: &SeedSet) -> bool {
    same_items(set.categories, seed.categories, |x, y| x == y)
        && seed
            .wording
            .iter()
            .all(|w| without_spaces(set.source.zh).contains(&without_spaces(w)))
}

fn cond_eq(actual: &Condition, expected: &Cond) -> bool {
    match (actual, expected) {
        (Condition::NonIndividualSubject, Cond::NonIndividual) => true,
        (Condition::GovernmentSubject, Cond::Government) => true,
        (Condition::Check(a), Cond::Check(e)) => a == e,
        (Condition::ContentIs(a), Cond::ContentIs(e)) => same_items(a, e, |x, y| x == y),
        (Condition::Category(set), Cond::Category(seed)) => set_is(set, seed),
        _ => false,
    }
}

fn miss_eq(actual: &Missing, expected: &Miss) -> bool {
    match (actual, expected) {
        (Missing::NonIndividualSubject, Miss::NonIndividual) => true,
        (Missing::GovernmentSubject, Miss::Government) => true,
        (Missing::Category(set), Miss::Category(seed)) => set_is(set, seed),
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
        Some(format!("{}:\n  {}", case.name(), problems.join("\n  ")))
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

fn requirement_is(actual: Requirement, seed: &SeedReq) -> bool {
    match (actual, seed) {
        (Requirement::NoCategory, SeedReq::NoCategory) => true,
        (Requirement::Subject(Subject::Government), SeedReq::Government) => true,
        (Requirement::Category(set), SeedReq::Category(seed)) => set_is(set, seed),
        (Requirement::Checks(checks), SeedReq::Checks(seed)) => {
            same_items(checks, seed, |a, b| a == b)
        }
        _ => false,
    }
}

fn row_is(row: &Row, seed: &SeedRow) -> bool {
    same_items(row.contents, seed.contents, |a, b| a == b)
        && match (&row.offer, &seed.offer) {
            (
                Offer::Scheme {
                    requirement,
                    scheme,
                },
                SeedOffer::Scheme(req, seed_scheme),
            ) => scheme == seed_scheme && requirement_is(*requirement, req),
            (Offer::SeeScenario { scenario, .. }, SeedOffer::See(seed_scenario)) => {
                scenario == seed_scenario
            }
            _ => false,
        }
}

fn describe_seed_row(row: &SeedRow) -> String {
    let offer = match &row.offer {
        SeedOffer::Scheme(SeedReq::Category(set), scheme) => {
            format!("{} → {scheme:?}", set.wording.join(" 或 "))
        }
        SeedOffer::Scheme(req, scheme) => format!("{req:?} → {scheme:?}"),
        SeedOffer::See(scenario) => format!("见{}", table_label(*scenario)),
    };
    if row.contents.is_empty() {
        offer
    } else {
        format!("{:?}: {offer}", row.contents)
    }
}

#[test]
fn tables_have_the_documents_rows() {
    let mut problems = Vec::new();
    for scenario in Scenario::ALL {
        let label = table_label(*scenario);
        let rows = scenario.def().rows;
        let seed = seed_table(*scenario).rows;
        for i in 0..rows.len().max(seed.len()) {
            match (rows.get(i), seed.get(i)) {
                (Some(row), Some(seed_row)) if !row_is(row, seed_row) => problems.push(format!(
                    "{label} row {}: the rules' row is not the document's {}",
                    i + 1,
                    describe_seed_row(seed_row)
                )),
                (None, Some(seed_row)) => problems.push(format!(
                    "{label} row {} ({}) is missing from the rules",
                    i + 1,
                    describe_seed_row(seed_row)
                )),
                (Some(_), None) => problems.push(format!(
                    "{label} row {} is in the rules but not in the document",
                    i + 1
                )),
                _ => {}
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// What meeting one row of the rules means: its scheme reached through its requirement. A row
/// that sends the reader to another table (见场景2) is met through each of that table's rows.
struct RowTarget {
    row: usize,
    scheme: Scheme,
    requirement: Requirement,
    label: String,
}

fn row_targets(scenario: Scenario) -> Vec<RowTarget> {
    let describe = |requirement: Requirement, scheme: Scheme| match requirement {
        Requirement::Category(set) => format!("{} → {scheme:?}", set.source.zh),
        other => format!("{other:?} → {scheme:?}"),
    };
    let mut targets = Vec::new();
    for (i, row) in scenario.def().rows.iter().enumerate() {
        let row_label = format!("{} row {}", table_label(scenario), i + 1);
        match row.offer {
            Offer::Scheme {
                requirement,
                scheme,
            } => targets.push(RowTarget {
                row: i + 1,
                scheme,
                requirement,
                label: format!("{row_label} ({})", describe(requirement, scheme)),
            }),
            Offer::SeeScenario {
                scenario: other, ..
            } => {
                for (j, referred) in other.def().rows.iter().enumerate() {
                    if let Offer::Scheme {
                        requirement,
                        scheme,
                    } = referred.offer
                    {
                        targets.push(RowTarget {
                            row: i + 1,
                            scheme,
                            requirement,
                            label: format!(
                                "{row_label} as {} row {} ({})",
                                table_label(other),
                                j + 1,
                                describe(requirement, scheme)
                            ),
                        });
                    }
                }
            }
        }
    }
    targets
}

/// The route is the requirement met, with nothing left but what the widget cannot check.
fn meets(route: &Route, requirement: Requirement) -> bool {
    route.missing.is_empty()
        && route
            .conditions
            .iter()
            .all(|c| matches!(c, Condition::Check(_)))
        && match requirement {
            Requirement::Checks(checks) => {
                route.met.is_none()
                    && checks
                        .iter()
                        .all(|c| route.conditions.contains(&Condition::Check(*c)))
            }
            _ => route.met == Some(requirement),
        }
}

/// The case expects the scheme through a met route.
fn expects_met(case: &Case, scheme: Scheme) -> bool {
    case.offers.iter().any(|(s, routes)| {
        *s == scheme
            && routes.iter().any(|r| match r {
                R::A => true,
                R::C(conds) => conds.iter().all(|c| matches!(c, Cond::Check(_))),
                R::U(_) => false,
            })
    })
}

#[test]
fn every_table_row_has_a_case() {
    // A row counts as covered only by a case labelled with it that expects its scheme met, and
    // whose decision meets it through that row's own requirement: a table with two rows to one
    // scheme (场景8) cannot have one row's case stand in for the other's. The rules' rows are
    // held to the document's row for row in `tables_have_the_documents_rows`, so walking the
    // rules' rows here walks the document's.
    let cases = row_cases();
    let mut problems = Vec::new();
    for case in &cases {
        let rows = case.scenario.def().rows.len();
        for row in case.rows {
            if !(1..=rows).contains(row) {
                problems.push(format!(
                    "{}: {} has no row {row}",
                    case.name(),
                    table_label(case.scenario)
                ));
            }
        }
    }
    for scenario in Scenario::ALL {
        for target in row_targets(*scenario) {
            let covered = cases.iter().any(|case| {
                case.scenario == *scenario
                    && case.rows.contains(&target.row)
                    && expects_met(case, target.scheme)
                    && decide(answers(case))
                        .outcome(target.scheme)
                        .is_some_and(|o| o.routes.iter().any(|r| meets(r, target.requirement)))
            });
            if !covered {
                problems.push(format!("{}: no case meets this row", target.label));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
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
    let government_rows: Vec<(Scenario, Scheme)> = SEED_TABLES
        .iter()
        .flat_map(|t| {
            t.rows.iter().filter_map(|r| match r.offer {
                SeedOffer::Scheme(SeedReq::Government, scheme) => Some((t.scenario, scheme)),
                _ => None,
            })
        })
        .collect();
    assert!(!government_rows.is_empty());
    for (scenario, scheme) in government_rows {
        let row_route = |subject: Option<Subject>| {
            let decision = decide(Answers {
                subject,
                scenario: Some(scenario),
                content: None,
                category: NO_CATEGORY,
            });
            let outcome = decision
                .outcome(scheme)
                .unwrap_or_else(|| panic!("{scenario:?}: {scheme:?} offered"))
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

fn table_notes(scenario: Scenario) -> &'static [Note] {
    seed_table(scenario).notes
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
    let listed: Vec<Note> = seed.iter().map(|(note, ..)| *note).collect();
    assert_lists_all("the document's notes", Note::ALL, &listed);
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
    let listed: Vec<Scenario> = SEED_TABLES.iter().map(|t| t.scenario).collect();
    assert_lists_all("the document's tables", Scenario::ALL, &listed);
    assert_eq!(listed, Scenario::ALL, "the rules keep the document's order");
    for scenario in Scenario::ALL {
        let seed = seed_table(*scenario);
        let def = scenario.def();
        assert_eq!(def.name.zh, seed.heading, "{scenario:?}");
        if let [cell] = seed.cells {
            assert_eq!(def.example.zh, *cell, "{scenario:?}");
        } else {
            for cell in seed.cells {
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
    let listed: Vec<Content> = seed.iter().map(|(content, _)| *content).collect();
    assert_lists_all("the document's content cells", Content::ALL, &listed);
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
    for seed in SEED_SETS {
        let found = CATEGORY_SETS.iter().filter(|set| set_is(set, seed)).count();
        assert_eq!(found, 1, "{seed:?}: not one category set of the rules");
    }
    for set in CATEGORY_SETS {
        let found = SEED_SETS.iter().filter(|seed| set_is(set, seed)).count();
        assert_eq!(
            found, 1,
            "{}: not one 要求 cell of the document",
            set.source.zh
        );
    }
    let finance = CATEGORY_SETS
        .iter()
        .find(|set| set.categories.contains(&Category::FinanceBank))
        .expect("the finance set");
    assert!(finance.source.zh.contains(FINANCE_LIST_WORDING));
    let names: Vec<&str> = FINANCE_CATEGORIES.iter().map(|(name, _)| *name).collect();
    assert_eq!(names.join("、"), FINANCE_LIST_WORDING);
    let listed: Vec<Category> = FINANCE_CATEGORIES.iter().map(|(_, c)| *c).collect();
    let in_group: Vec<Category> = Category::ALL
        .iter()
        .copied()
        .filter(|c| c.group() == Some(CategoryGroup::Finance))
        .collect();
    assert_lists_all("【金融业】's listed categories", &in_group, &listed);
    assert_lists_all("the finance 要求 cell", FINANCE_LISTED.categories, &listed);
    for (name, category) in FINANCE_CATEGORIES {
        assert_eq!(category.name().zh, name, "{category:?}");
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
    // Every category with a first level is one the document names: here, in 场景4's list, or
    // as one of 教育's other second-level categories.
    let grouped: Vec<Category> = Category::ALL
        .iter()
        .copied()
        .filter(|c| c.group().is_some())
        .collect();
    let named: Vec<Category> = seed
        .iter()
        .map(|(c, _)| *c)
        .chain(FINANCE_CATEGORIES.iter().map(|(_, c)| *c))
        .chain([Category::EducationOther])
        .collect();
    assert_lists_all("categories the document names", &grouped, &named);
    assert_eq!(
        Category::EducationOther.group(),
        Some(CategoryGroup::Education)
    );
    assert_eq!(CategoryGroup::Finance.name().zh, "金融业");
}

#[test]
fn schemes_are_named_and_linked_as_in_the_document() {
    assert_lists_all("the document's schemes", Scheme::ALL, &[STD, PLUGIN, ENT]);
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
    assert_lists_all(
        "the checks the document asks for",
        Check::ALL,
        &[
            Check::OnlinePromotionOnly,
            Check::ShortTermAuthorization,
            Check::MedicalCategoryAdded,
        ],
    );
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
    assert_lists_all(
        "the document's 前提条件 and 方案选择 steps",
        Prerequisite::ALL,
        &[
            Prerequisite::Account,
            Prerequisite::MiniProgram,
            Prerequisite::AppId,
            Prerequisite::ServiceCategory,
        ],
    );
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
