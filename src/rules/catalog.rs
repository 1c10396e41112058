//! Names, links and wording for every id: subjects, contents, categories, schemes, notes,
//! checks and the prerequisites that bind every row.

use super::ids::{
    Category, CategoryGroup, Check, Content, Note, Prerequisite, Scenario, Scheme, Subject,
};
use super::scenarios::SCENARIOS;
use super::table::{Link, NoteDef, NoteKind, ScenarioDef};
use super::text::{t, Text};

/// Where service categories are set in the mini program console.
pub const CATEGORY_PATH: Text = t(
    "【设置】>【基本设置】>【服务类目】",
    "Settings > Basic settings > Service categories (【设置】>【基本设置】>【服务类目】)",
);

pub const CONTACT_URL: &str = "https://console.cloud.tencent.com/workorder/category";
pub const WECHAT_MP_URL: &str = "https://mp.weixin.qq.com/";

impl Scenario {
    pub fn def(self) -> &'static ScenarioDef {
        // SCENARIOS is written in the same order as `Scenario::ALL`; a test holds them together.
        &SCENARIOS[self as usize]
    }
}

impl Subject {
    pub const fn name(self) -> Text {
        match self {
            Subject::Enterprise => t(
                "企业或其他非个人主体",
                "Company or other non-individual entity",
            ),
            Subject::Government => t("政府主体", "Government body"),
            Subject::Individual => t("个人主体", "Individual"),
        }
    }

    /// The subject inside a short sentence.
    pub const fn short(self) -> Text {
        match self {
            Subject::Enterprise => t("企业主体", "a company"),
            Subject::Government => t("政府主体", "a government body"),
            Subject::Individual => t("个人主体", "an individual"),
        }
    }
}

impl Content {
    pub const fn name(self) -> Text {
        match self {
            Content::FinanceTraining => t("产品销售培训", "Product sales training"),
            Content::FinancePromotion => t("金融产品推广", "Promoting financial products"),
            Content::FinanceClaims => t(
                "金融产品视频客服理赔",
                "Video customer service and claims for financial products",
            ),
            Content::MedicalSales => t(
                "医疗器械、非处方药品销售",
                "Selling medical devices or OTC drugs",
            ),
            Content::MedicalConsultation => t(
                "问诊、大型健康讲座",
                "Consultations and large health lectures",
            ),
        }
    }
}

impl CategoryGroup {
    pub const fn name(self) -> Text {
        match self {
            CategoryGroup::Ecommerce => t("电商平台", "E-commerce platform"),
            CategoryGroup::Social => t("社交", "Social"),
            CategoryGroup::Education => t("教育", "Education"),
            CategoryGroup::Finance => t("金融业", "Finance"),
            CategoryGroup::Medical => t("医疗", "Medical"),
            CategoryGroup::Auto => t("汽车", "Automobiles"),
            CategoryGroup::Tools => t("工具", "Tools"),
        }
    }
}

impl Category {
    /// The first-level category; `None` only for the "none of these" choice.
    pub const fn group(self) -> Option<CategoryGroup> {
        use Category as C;
        match self {
            C::EcommercePlatform => Some(CategoryGroup::Ecommerce),
            C::SocialLive => Some(CategoryGroup::Social),
            C::EducationOnlineVideoCourse | C::EducationOther => Some(CategoryGroup::Education),
            C::FinanceBank
            | C::FinanceTrust
            | C::FinancePublicFund
            | C::FinancePrivateFund
            | C::FinanceSecuritiesFutures
            | C::FinanceInvestmentAdvisory
            | C::FinanceInsurance
            | C::FinanceCreditReporting
            | C::FinanceNeeqInfo
            | C::FinanceStockInfo
            | C::FinanceConsumerFinance => Some(CategoryGroup::Finance),
            C::MedicalInternetHospital | C::MedicalPublicInstitution => {
                Some(CategoryGroup::Medical)
            }
            C::AutoPresale => Some(CategoryGroup::Auto),
            C::ToolsVideoSupport => Some(CategoryGroup::Tools),
            C::None | C::Unsure => None,
        }
    }

    /// The choice that stands for every other second-level category of its first level, so a
    /// reason does not name it as if it were one.
    pub const fn is_catch_all(self) -> bool {
        matches!(self, Category::EducationOther)
    }

    /// The second-level name as the console shows it (English beside it for English readers).
    pub const fn name(self) -> Text {
        use Category as C;
        match self {
            C::EcommercePlatform => t("电商平台", "E-commerce platform"),
            C::SocialLive => t("直播", "Live streaming"),
            C::EducationOnlineVideoCourse => t("在线视频课程", "Online video courses"),
            C::EducationOther => t("其他二级类目", "Another second-level category"),
            C::FinanceBank => t("银行", "Banking"),
            C::FinanceTrust => t("信托", "Trusts"),
            C::FinancePublicFund => t("公募基金", "Public funds"),
            C::FinancePrivateFund => t("私募基金", "Private funds"),
            C::FinanceSecuritiesFutures => t("证券/期货", "Securities/futures"),
            C::FinanceInvestmentAdvisory => t(
                "证券、期货投资咨询",
                "Securities and futures investment advisory",
            ),
            C::FinanceInsurance => t("保险", "Insurance"),
            C::FinanceCreditReporting => t("征信业务", "Credit reporting"),
            C::FinanceNeeqInfo => t("新三板信息服务平台", "NEEQ information service platform"),
            C::FinanceStockInfo => t(
                "股票信息服务平台（港股/美股）",
                "Stock information service platform (HK/US stocks)",
            ),
            C::FinanceConsumerFinance => t("消费金融", "Consumer finance"),
            C::MedicalInternetHospital => t("互联网医院", "Internet hospital"),
            C::MedicalPublicInstitution => t("公立医疗机构", "Public medical institution"),
            C::AutoPresale => t("汽车预售服务", "Car presale service"),
            C::ToolsVideoSupport => t("视频客服", "Video customer service"),
            C::None => t("以上都不是 / 尚未设置", "None of these / not set yet"),
            C::Unsure => t("不确定", "Not sure"),
        }
    }
}

impl Scheme {
    pub const fn name(self) -> Text {
        match self {
            Scheme::StandardLive => t(
                "标准直播+直播标签",
                "Live Video Broadcasting (LVB) + live components",
            ),
            Scheme::LivePlugin => t("小程序·云直播插件", "Mini Program Live (MPL) plugin"),
            Scheme::EnterpriseLive => t("小程序·企业直播", "Mini Program Enterprise Live"),
        }
    }

    /// A name short enough for a one-line announcement.
    pub const fn short(self) -> Text {
        match self {
            Scheme::StandardLive => t("标准直播+直播标签", "LVB + live components"),
            Scheme::LivePlugin => t("小程序·云直播插件", "MPL plugin"),
            Scheme::EnterpriseLive => t("小程序·企业直播", "Enterprise Live"),
        }
    }

    /// What the scheme takes from the customer, in the source's words where it has them.
    pub const fn takes(self) -> Text {
        match self {
            Scheme::StandardLive => t(
                "自行开发：用小程序的 <live-pusher>/<live-player> 组件搭建",
                "Build it yourself with the mini program's <live-pusher>/<live-player> components",
            ),
            Scheme::LivePlugin => t(
                "接入现成的直播插件：少量开发",
                "Add a ready-made live streaming plugin: light development",
            ),
            Scheme::EnterpriseLive => t(
                "无需开发，购买即可直接使用",
                "No development: buy it and use it right away",
            ),
        }
    }

    /// What kind of page `url` is, so a link says where it leads.
    pub const fn link_label(self) -> Text {
        match self {
            Scheme::StandardLive | Scheme::LivePlugin => t("接入文档", "Guide"),
            Scheme::EnterpriseLive => t("方案介绍", "Solution page"),
        }
    }

    /// Another name the source gives the same product.
    pub const fn aka(self) -> Option<Text> {
        match self {
            Scheme::EnterpriseLive => Some(t("腾讯云·企业直播", "Tencent Cloud Enterprise Live")),
            _ => None,
        }
    }

    /// One line on what the customer gets, so the cards can be compared at a glance.
    pub const fn summary(self) -> Text {
        match self {
            Scheme::StandardLive => t(
                "在腾讯云标准直播上，用小程序的 <live-pusher>、<live-player> 标签自行开发直播功能。",
                "Build live streaming into your mini program yourself with its <live-pusher> and <live-player> components on Tencent Cloud Live Video Broadcasting.",
            ),
            Scheme::LivePlugin => t(
                "在小程序中接入腾讯云提供的云直播插件。",
                "Add Tencent Cloud's ready-made live streaming plugin to your mini program.",
            ),
            Scheme::EnterpriseLive => t(
                "无需开发，购买即可直接使用的企业直播服务。",
                "A ready-to-use enterprise live streaming service: no development, use it as soon as you buy it.",
            ),
        }
    }

    /// The product page. The source links the plugin only to an in-page anchor; this is
    /// Tencent Cloud's own page for it.
    pub const fn url(self) -> &'static str {
        match self {
            Scheme::StandardLive => "https://cloud.tencent.com/document/product/454/12554",
            Scheme::LivePlugin => "https://cloud.tencent.com/document/product/1148/39191",
            Scheme::EnterpriseLive => {
                "https://cloud.tencent.com/solution/mini-program-enterprise-live"
            }
        }
    }
}

impl Check {
    pub const fn text(self) -> Text {
        match self {
            Check::OnlinePromotionOnly => t(
                "微信小程序直播仅提供线上宣传渠道",
                "The mini program live stream serves only as an online promotion channel for the event",
            ),
            Check::ShortTermAuthorization => t(
                "需准备安全许可和场地租赁等相关资质提交申请短期直播授权",
                "Prepare the safety permit, venue rental and other qualifications, and apply for a short-term live streaming authorization",
            ),
            Check::MedicalCategoryAdded => t(
                "涉医疗器械、非处方药品在线销售，需补充医疗相关类目",
                "Selling medical devices or OTC drugs online also needs a medical service category",
            ),
        }
    }
}

/// The contact form the source offers to organisers of short offline events.
pub const CONTACT: Link = Link {
    label: t("联系我们", "Contact Tencent Cloud"),
    url: CONTACT_URL,
};

impl Check {
    /// Whether the category the customer gave already meets the check. A mini program may
    /// hold several categories and the form asks for one, so only a category that proves the
    /// check counts; otherwise it stays a condition.
    pub fn met_by(self, category: Option<Category>) -> bool {
        match self {
            Check::MedicalCategoryAdded => {
                category.and_then(Category::group) == Some(CategoryGroup::Medical)
            }
            Check::OnlinePromotionOnly | Check::ShortTermAuthorization => false,
        }
    }

    /// Where to go to meet the check, when the source says.
    pub const fn link(self) -> Option<Link> {
        match self {
            Check::ShortTermAuthorization => Some(CONTACT),
            _ => None,
        }
    }
}

static NOTES: [NoteDef; 6] = [
    NoteDef {
        id: Note::IndividualSubject,
        kind: NoteKind::Warning,
        text: t(
            "微信小程序的主体必须为非个人主体类型，否则无法使用直播功能。",
            "The mini program must belong to a non-individual entity; otherwise live streaming cannot be used.",
        ),
        link: None,
        see: None,
    },
    NoteDef {
        id: Note::CategoryMustMatch,
        kind: NoteKind::Warning,
        text: t(
            "微信小程序所选类目需符合小程序的实际应用场景，否则在小程序审核时会有被驳回的风险。",
            "The service categories you choose must match what the mini program really does; otherwise it risks being rejected in WeChat's review.",
        ),
        link: None,
        see: None,
    },
    NoteDef {
        id: Note::MedicalCategory,
        kind: NoteKind::Warning,
        text: t(
            "如涉医疗器械、非处方药品在线销售，需补充医疗相关类目。",
            "If you sell medical devices or OTC drugs online, you must also add a medical service category.",
        ),
        link: None,
        see: None,
    },
    NoteDef {
        id: Note::ProhibitedGoods,
        kind: NoteKind::Warning,
        text: t(
            "不得提供如催情香水/催情药品等违法违规商品销售。",
            "Illegal or non-compliant goods, such as aphrodisiac perfumes or drugs, must not be sold.",
        ),
        link: None,
        see: None,
    },
    NoteDef {
        id: Note::TradingSeeEcommerce,
        kind: NoteKind::Tip,
        text: t(
            "若涉及商品交易，可以参考场景2：电商带货类直播。",
            "If goods are bought and sold, see scenario 2: e-commerce live selling.",
        ),
        link: None,
        see: Some(Scenario::Ecommerce),
    },
    NoteDef {
        id: Note::OfflinePermits,
        kind: NoteKind::Tip,
        text: t(
            "若您符合短期线下活动直播的场景，并具备活动所在地公安机关/派出所颁发的安全许可和场地使用证明材料（和场地方签订的文件）等相关材料，可以在购买小程序·云直播服务前，先联系我们。",
            "If your case is a short offline event and you hold a safety permit issued by the public security bureau or police station where the event takes place, and proof of the right to use the venue (the documents signed with the venue), contact Tencent Cloud before buying Mini Program Live.",
        ),
        link: Some(CONTACT),
        see: None,
    },
];

impl Note {
    pub fn def(self) -> &'static NoteDef {
        // NOTES is written in the same order as `Note::ALL`; a test holds them together.
        &NOTES[self as usize]
    }
}

/// A step that applies to every customer, with the links it offers.
pub struct PrerequisiteDef {
    pub id: Prerequisite,
    pub text: Text,
    pub links: &'static [Link],
}

static PREREQUISITES: [PrerequisiteDef; 4] = [
    PrerequisiteDef {
        id: Prerequisite::Account,
        text: t(
            "注册并登录腾讯云账号，已有腾讯云账号可直接登录。",
            "Sign up for a Tencent Cloud account and log in; if you already have one, just log in.",
        ),
        links: &[
            Link {
                label: t("注册", "Sign up"),
                url: "https://cloud.tencent.com/register?&s_url=https%3A%2F%2Fcloud.tencent.com%2F",
            },
            Link {
                label: t("登录", "Log in"),
                url: "https://cloud.tencent.com/login?s_url=https%3A%2F%2Fcloud.tencent.com%2F",
            },
        ],
    },
    PrerequisiteDef {
        id: Prerequisite::MiniProgram,
        text: t(
            "在微信公众平台注册非个人主体类型的微信小程序。",
            "Register a WeChat mini program under a non-individual entity on the WeChat Official Accounts Platform.",
        ),
        links: &[Link {
            label: t("微信公众平台", "WeChat Official Accounts Platform"),
            url: WECHAT_MP_URL,
        }],
    },
    PrerequisiteDef {
        id: Prerequisite::AppId,
        text: t(
            "注册完成后，在小程序后台选择【开发】>【开发设置】（新版后台为【开发】>【开发管理】>【开发设置】），记录小程序 AppID。",
            "Once registered, note the mini program's AppID under Development > Development settings in the mini program console (【开发】>【开发设置】; in newer consoles 【开发】>【开发管理】>【开发设置】).",
        ),
        links: &[],
    },
    PrerequisiteDef {
        id: Prerequisite::ServiceCategory,
        text: t(
            "在小程序后台的【设置】>【基本设置】>【服务类目】中，选择符合小程序功能的类目。",
            "In the mini program console, under Settings > Basic settings > Service categories (【设置】>【基本设置】>【服务类目】), choose the categories that match what the mini program does.",
        ),
        links: &[],
    },
];

impl Prerequisite {
    pub fn def(self) -> &'static PrerequisiteDef {
        // PREREQUISITES is written in the same order as `Prerequisite::ALL`; a test holds them together.
        &PREREQUISITES[self as usize]
    }
}
