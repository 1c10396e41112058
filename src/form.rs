//! The form's state and the actions that change it. The Decision is never stored here: it is
//! computed from the answers while rendering.

use crate::rules::{Answers, Category, Content, Lang, Scenario, Subject};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Form {
    pub lang: Lang,
    pub answers: Answers,
    /// Keys of the starting link or configuration that were not recognised.
    pub invalid: Vec<&'static str>,
    /// Whether the overview of all the rules is open; its tables are built only then.
    pub overview: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    Lang(Lang),
    Scenario(Option<Scenario>),
    Content(Option<Content>),
    Subject(Option<Subject>),
    Category(Option<Category>),
    Overview(bool),
}

impl Form {
    pub fn apply(&self, action: Action) -> Form {
        let mut next = self.clone();
        if !matches!(action, Action::Lang(_) | Action::Overview(_)) {
            // The customer has moved on from the link they came with.
            next.invalid.clear();
        }
        let a = &mut next.answers;
        match action {
            Action::Lang(lang) => next.lang = lang,
            Action::Scenario(scenario) => {
                a.scenario = scenario;
                // A content belongs to one scenario; a new scenario starts without one.
                *a = a.normalized();
            }
            Action::Content(content) => {
                a.content = content;
                *a = a.normalized();
            }
            Action::Subject(subject) => a.subject = subject,
            Action::Category(category) => a.category = category,
            Action::Overview(open) => next.overview = open,
        }
        next
    }
}
