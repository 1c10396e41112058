//! What every part of the form is given, and how a question shows.

use yew::Callback;

use crate::form::Action;
use crate::rules::{Answers, Lang};

/// What every part of the form needs.
pub struct Ctx<'a> {
    pub lang: Lang,
    pub answers: Answers,
    /// Makes element ids and radio names unique when a page holds several widgets.
    pub uid: &'a str,
    pub dispatch: &'a Callback<Action>,
}

/// How a question shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Not asked, or not reached yet.
    Hidden,
    Open,
    /// Answered, folded into one line.
    Summary,
    /// Unanswered, and no answer could change the result: offered in one line, not asked.
    Optional,
}
