//! Binds the pure form state to Yew's reducer.

use std::rc::Rc;
use yew::Reducible;

use crate::form::{Action, Form};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormState(pub Form);

impl Reducible for FormState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(FormState(self.0.apply(action)))
    }
}
