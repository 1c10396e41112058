//! The rules of the source document and the decision over them. Pure data and logic: nothing
//! here knows a browser exists, so all of it is tested natively.

mod catalog;
mod decide;
mod find;
mod ids;
mod next;
mod recommend;
mod relevance;
mod scenarios;
mod table;
mod text;
mod words;

pub use catalog::{PrerequisiteDef, CATEGORY_PATH, CONTACT, CONTACT_URL, WECHAT_MP_URL};
pub use decide::{decide, Answers, Condition, Decision, Missing, Outcome, Route, Status};
pub use find::find_scenarios;
pub use ids::{
    Category, CategoryGroup, Check, Content, Note, Prerequisite, Scenario, Scheme, Subject,
};
pub use next::{lead, next_step, Goal, Lead, NextStep, Step, GOVERNMENT, NON_INDIVIDUAL};
pub use recommend::{recommend, BY_EFFORT};
pub use relevance::{distinct_categories, offered_schemes, ordered_groups, relevant_categories};
pub use scenarios::{CATEGORY_SETS, SCENARIOS};
pub use table::{
    CategorySet, Link, NoteDef, NoteKind, Offer, Requirement, Row, ScenarioDef, Words,
};
pub use text::{t, Lang, Text};
pub use words::SCENARIO_WORDS;
