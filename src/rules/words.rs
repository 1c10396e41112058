//! The words a visitor may type to find a scenario (`find_scenarios`): for each table, the
//! source's own words first, then the words customers use for their business. Kept beside the
//! tables rather than in them, so a build that offers no search carries none of them.

use super::ids::Scenario;
use super::table::Words;

/// Every scenario's words, in the source's order.
pub const SCENARIO_WORDS: [(Scenario, Words); 10] = [
    (
        Scenario::Government,
        Words {
            zh: "政府主体账号|\
                 政府相关工作推广|\
                 领导讲话|\
                 政府|\
                 政务|\
                 政府机关|\
                 机关单位|\
                 事业单位|\
                 政策宣讲|\
                 政策解读",
            en: "government accounts|\
                 promoting government work|\
                 speeches by officials|\
                 government|\
                 public sector|\
                 public administration|\
                 government agency|\
                 municipal|\
                 city hall|\
                 policy briefing",
        },
    ),
    (
        Scenario::Ecommerce,
        Words {
            zh: "电商带货|\
                 直播导购|\
                 电商|\
                 带货|\
                 卖货|\
                 直播卖货|\
                 导购|\
                 网店|\
                 商城|\
                 店铺|\
                 零售|\
                 购物|\
                 团购|\
                 商品",
            en: "e-commerce live selling|\
                 selling goods on a live stream|\
                 live shopping guides|\
                 e-commerce|\
                 ecommerce|\
                 live commerce|\
                 live shopping|\
                 shop|\
                 shopping|\
                 online store|\
                 sell|\
                 selling|\
                 retail|\
                 products|\
                 merchandise",
        },
    ),
    (
        Scenario::Education,
        Words {
            zh: "在线教育|\
                 课程培训|\
                 讲座|\
                 网课|\
                 在线培训|\
                 教育|\
                 培训|\
                 课程|\
                 上课|\
                 直播课|\
                 公开课|\
                 教学|\
                 辅导|\
                 学校|\
                 老师|\
                 知识付费",
            en: "education|\
                 online courses|\
                 training|\
                 lectures|\
                 online classes|\
                 online training|\
                 course|\
                 class|\
                 classes|\
                 lesson|\
                 lessons|\
                 webinar|\
                 webinars|\
                 e-learning|\
                 workshop|\
                 tutoring|\
                 school|\
                 teacher",
        },
    ),
    (
        Scenario::Finance,
        Words {
            zh: "金融|\
                 金融产品推广|\
                 产品销售培训|\
                 金融产品视频客服理赔|\
                 理赔|\
                 银行|\
                 保险|\
                 证券|\
                 基金|\
                 信托|\
                 期货|\
                 股票|\
                 理财|\
                 投资|\
                 贷款|\
                 消费金融|\
                 征信",
            en: "finance|\
                 promoting financial products|\
                 sales training|\
                 video customer service and claims|\
                 financial|\
                 claims|\
                 bank|\
                 banking|\
                 insurance|\
                 insurer|\
                 securities|\
                 broker|\
                 fund|\
                 funds|\
                 trust|\
                 futures|\
                 stocks|\
                 wealth management|\
                 investment|\
                 loan|\
                 loans|\
                 credit",
        },
    ),
    (
        Scenario::Medical,
        Words {
            zh: "医疗|\
                 医疗器械|\
                 非处方药品销售|\
                 问诊|\
                 健康讲座|\
                 医院|\
                 互联网医院|\
                 医生|\
                 诊所|\
                 药店|\
                 药品|\
                 医药|\
                 健康|\
                 义诊",
            en: "medical|\
                 medical devices|\
                 OTC drugs|\
                 consultations|\
                 health lectures|\
                 hospital|\
                 doctor|\
                 doctors|\
                 clinic|\
                 pharmacy|\
                 drugs|\
                 medicine|\
                 health|\
                 healthcare|\
                 telemedicine",
        },
    ),
    (
        Scenario::Entertainment,
        Words {
            zh: "生活趣事|\
                 宠物直播|\
                 旅游分享|\
                 娱乐|\
                 宠物|\
                 萌宠|\
                 猫|\
                 狗|\
                 日常|\
                 美食|\
                 才艺|\
                 户外|\
                 旅行",
            en: "entertainment|\
                 daily life|\
                 pet streams|\
                 travel sharing|\
                 pet|\
                 pets|\
                 cat|\
                 cats|\
                 dog|\
                 dogs|\
                 lifestyle|\
                 vlog|\
                 food|\
                 cooking|\
                 talent show|\
                 outdoors",
        },
    ),
    (
        Scenario::OfflineEvent,
        Words {
            zh: "短期线下活动|\
                 线下展会|\
                 产品发布会|\
                 明星走秀|\
                 线下活动|\
                 展会|\
                 发布会|\
                 走秀|\
                 活动|\
                 会议|\
                 峰会|\
                 论坛|\
                 博览会|\
                 演唱会|\
                 晚会|\
                 年会|\
                 庆典",
            en: "short offline events|\
                 trade fairs|\
                 product launches|\
                 celebrity shows|\
                 offline event|\
                 event|\
                 events|\
                 trade fair|\
                 trade show|\
                 expo|\
                 exhibition|\
                 launch|\
                 conference|\
                 summit|\
                 concert|\
                 fashion show|\
                 festival|\
                 ceremony|\
                 gala",
        },
    ),
    (
        Scenario::ScenicSpot,
        Words {
            zh: "景区|\
                 景点|\
                 景点景区|\
                 旅游|\
                 旅游景点|\
                 风景区|\
                 名胜|\
                 公园|\
                 博物馆|\
                 古镇|\
                 度假区|\
                 文旅",
            en: "scenic spots|\
                 tourist attractions|\
                 scenic areas|\
                 scenic|\
                 attraction|\
                 tourism|\
                 tourist|\
                 sightseeing|\
                 park|\
                 museum|\
                 landmark|\
                 resort",
        },
    ),
    (
        Scenario::CarPresale,
        Words {
            zh: "汽车预售|\
                 汽车推广|\
                 汽车|\
                 4S店|\
                 新车|\
                 车企|\
                 汽车经销商|\
                 卖车|\
                 看车|\
                 试驾|\
                 车展",
            en: "car presale|\
                 car presales|\
                 car promotion|\
                 car|\
                 cars|\
                 car dealer|\
                 dealership|\
                 4S store|\
                 4S dealer|\
                 automotive|\
                 auto|\
                 vehicle|\
                 vehicles|\
                 new car|\
                 test drive",
        },
    ),
    (
        Scenario::VideoSupport,
        Words {
            zh: "一对一企业售后客服|\
                 一对一视频客服|\
                 企业售后一对一视频服务|\
                 售后|\
                 客服|\
                 视频客服|\
                 一对一|\
                 售后服务|\
                 在线客服|\
                 远程协助",
            en: "one-to-one after-sales video support|\
                 one-to-one video customer service|\
                 after-sales video support|\
                 after-sales|\
                 customer service|\
                 customer support|\
                 video support|\
                 support|\
                 help desk|\
                 one-to-one|\
                 1:1|\
                 video call|\
                 remote assistance",
        },
    ),
];

impl Scenario {
    /// The words that find this scenario.
    pub fn words(self) -> &'static Words {
        // Every scenario is in the table (tests/find.rs); the first entry stands in otherwise.
        let at = SCENARIO_WORDS
            .iter()
            .position(|(s, _)| *s == self)
            .unwrap_or(0);
        &SCENARIO_WORDS[at].1
    }
}
