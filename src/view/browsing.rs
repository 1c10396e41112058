//! Whether the visitor is browsing the choices with the arrow keys, or answering. One flag for
//! the page: only one key is down at a time, whichever widget has focus.

use std::cell::Cell;

use yew::prelude::*;

use crate::form::{Action, Answer};

thread_local! {
    /// A browsing key is down: the change it causes is browsing, not an answer. Set on keydown,
    /// cleared on keyup, so a key that changed nothing leaves nothing behind.
    static BROWSING: Cell<bool> = const { Cell::new(false) };
}

pub fn browsing(on: bool) {
    BROWSING.with(|b| b.set(on));
}

pub fn key_up(_: KeyboardEvent) {
    browsing(false);
}

pub fn action(answer: Answer) -> Action {
    if BROWSING.with(Cell::get) {
        Action::Browse(answer)
    } else {
        Action::Answer(answer)
    }
}
