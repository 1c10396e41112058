//! Parts of the widget that depend on only some answers (or none: the steps). Wrapped in one
//! component type so Yew skips re-rendering a part whose props did not change: a category
//! change then rebuilds the category question and the result, not the ten scenario choices.
//! One type for all parts keeps the wasm small; each component type brings its own copy of
//! Yew's lifecycle code.

use yew::prelude::*;

use super::ctx::{Ctx, Mode};
use super::fields::{category_field, content_field, offered, scenario_field, subject_field};
use super::overview::overview;
use super::state::FormState;
use super::steps::next_steps;
use crate::form::Question;
use crate::rules::{Answers, Lang};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Scenario,
    Content,
    Subject,
    Category,
    Steps,
    Overview,
}

impl Part {
    /// The answers this part shows; everything else is blanked so it cannot cause a re-render.
    pub fn relevant(self, a: &Answers) -> Answers {
        let none = Answers::default();
        match self {
            Part::Scenario => Answers {
                scenario: a.scenario,
                ..none
            },
            Part::Content | Part::Overview => Answers {
                scenario: a.scenario,
                content: a.content,
                ..none
            },
            Part::Subject => Answers {
                subject: a.subject,
                ..none
            },
            Part::Category => Answers {
                scenario: a.scenario,
                category: a.category,
                ..none
            },
            Part::Steps => none,
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct PartProps {
    pub part: Part,
    pub lang: Lang,
    pub answers: Answers,
    pub uid: AttrValue,
    /// For a question: how it shows. For the overview: open or closed.
    pub mode: Mode,
    /// For a question: it is the last one, so moving on shows the result.
    #[prop_or_default]
    pub last: bool,
    /// Stable across renders, unlike a fresh callback, so it never defeats the comparison.
    pub dispatcher: UseReducerDispatcher<FormState>,
}

#[component]
pub fn FormPart(p: &PartProps) -> Html {
    // The scenario finder's words: the visitor's own, kept while they type, never an answer.
    let query = use_state(String::new);
    let dispatch = {
        let dispatcher = p.dispatcher.clone();
        Callback::from(move |action| dispatcher.dispatch(action))
    };
    let ctx = Ctx {
        lang: p.lang,
        answers: p.answers,
        uid: &p.uid,
        dispatch: &dispatch,
    };
    let question = match p.part {
        Part::Content => Some(Question::Content),
        Part::Subject => Some(Question::Subject),
        Part::Category => Some(Question::Category),
        _ => None,
    };
    if let (Mode::Optional, Some(q)) = (p.mode, question) {
        return offered(&ctx, q);
    }
    match p.part {
        Part::Scenario => scenario_field(&ctx, p.mode, p.last, &query),
        Part::Content => content_field(&ctx, p.mode, p.last),
        Part::Subject => subject_field(&ctx, p.mode, p.last),
        Part::Category => category_field(&ctx, p.mode, p.last),
        Part::Steps => next_steps(p.lang),
        Part::Overview => overview(&ctx, p.mode == Mode::Open),
    }
}
