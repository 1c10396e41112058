//! The id families of the public contract (URLs, data attributes, events, the JS API).
//! Each is an enum with `ALL`, `id()` and `from_id()`; the strings never change.

macro_rules! id_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $id:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name {
            $($variant),+
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub const fn id(self) -> &'static str {
                match self {
                    $($name::$variant => $id),+
                }
            }

            /// Exact, case-sensitive match against the known ids; anything else is `None`.
            pub fn from_id(id: &str) -> Option<$name> {
                Self::ALL.iter().copied().find(|v| v.id() == id)
            }
        }
    };
}

id_enum! {
    /// The legal subject the mini program is registered to (主体类型).
    Subject {
        Enterprise = "enterprise",
        Government = "government",
        Individual = "individual",
    }
}

id_enum! {
    /// The source's 场景1…场景10, in its order.
    Scenario {
        Government = "government",
        Ecommerce = "ecommerce",
        Education = "education",
        Finance = "finance",
        Medical = "medical",
        Entertainment = "entertainment",
        OfflineEvent = "offline-event",
        ScenicSpot = "scenic-spot",
        CarPresale = "car-presale",
        VideoSupport = "video-support",
    }
}

id_enum! {
    /// What is streamed, for the scenarios whose table splits by content.
    Content {
        FinanceTraining = "finance-training",
        FinancePromotion = "finance-promotion",
        FinanceClaims = "finance-claims",
        MedicalSales = "medical-sales",
        MedicalConsultation = "medical-consultation",
    }
}

id_enum! {
    /// The mini program's service category (服务类目), first level › second level; `none` when it
    /// has none of these, `unsure` when the customer does not know.
    Category {
        EcommercePlatform = "ecommerce-platform",
        SocialLive = "social-live",
        EducationOnlineVideoCourse = "education-online-video-course",
        EducationOther = "education-other",
        FinanceBank = "finance-bank",
        FinanceTrust = "finance-trust",
        FinancePublicFund = "finance-public-fund",
        FinancePrivateFund = "finance-private-fund",
        FinanceSecuritiesFutures = "finance-securities-futures",
        FinanceInvestmentAdvisory = "finance-investment-advisory",
        FinanceInsurance = "finance-insurance",
        FinanceCreditReporting = "finance-credit-reporting",
        FinanceNeeqInfo = "finance-neeq-info",
        FinanceStockInfo = "finance-stock-info",
        FinanceConsumerFinance = "finance-consumer-finance",
        MedicalInternetHospital = "medical-internet-hospital",
        MedicalPublicInstitution = "medical-public-institution",
        AutoPresale = "auto-presale",
        ToolsVideoSupport = "tools-video-support",
        None = "none",
        Unsure = "unsure",
    }
}

id_enum! {
    /// The first-level categories the source names, as the WeChat console groups them.
    CategoryGroup {
        Ecommerce = "ecommerce",
        Social = "social",
        Education = "education",
        Finance = "finance",
        Medical = "medical",
        Auto = "auto",
        Tools = "tools",
    }
}

id_enum! {
    /// The three ways Tencent Cloud offers to bring live streaming into a mini program.
    Scheme {
        StandardLive = "standard-live",
        LivePlugin = "live-plugin",
        EnterpriseLive = "enterprise-live",
    }
}

id_enum! {
    /// Every note and warning of the source (its bold warnings and its `>!` / `>?` blocks).
    Note {
        IndividualSubject = "individual-subject",
        CategoryMustMatch = "category-must-match",
        MedicalCategory = "medical-category",
        ProhibitedGoods = "prohibited-goods",
        TradingSeeEcommerce = "trading-see-ecommerce",
        OfflinePermits = "offline-permits",
    }
}

id_enum! {
    /// Requirements the widget cannot verify from the answers; a scheme that needs one is conditional.
    Check {
        OnlinePromotionOnly = "online-promotion-only",
        ShortTermAuthorization = "short-term-authorization",
        MedicalCategoryAdded = "medical-category-added",
    }
}

id_enum! {
    /// The steps every customer takes, whatever the scheme.
    Prerequisite {
        Account = "account",
        MiniProgram = "mini-program",
        AppId = "app-id",
        ServiceCategory = "service-category",
    }
}
