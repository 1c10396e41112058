//! The rules of the source document and the decision over them. Pure data and logic: nothing
//! here knows a browser exists, so all of it is tested natively.

mod catalog;
mod decide;
mod ids;
mod relevance;
mod scenarios;
mod table;
mod text;

pub use catalog::{PrerequisiteDef, CATEGORY_PATH, CONTACT, CONTACT_URL, WECHAT_MP_URL};
pub use decide::{decide, Answers, Condition, Decision, Missing, Outcome, Route, Status};
pub use ids::{
    Category, CategoryGroup, Check, Content, Note, Prerequisite, Scenario, Scheme, Subject,
};
pub use relevance::{ordered_groups, relevant_categories};
pub use scenarios::{CATEGORY_SETS, SCENARIOS};
pub use table::{CategorySet, Link, NoteDef, NoteKind, Offer, Requirement, Row, ScenarioDef};
pub use text::{t, Lang, Text};
