//! Moves focus where the customer goes next, so it never falls to the page when the element
//! that had it is replaced, and brings that place into view.

use wasm_bindgen::JsCast;
use web_sys::{Element, FocusOptions, HtmlElement};
use yew::NodeRef;

use super::fields::element_id;
use crate::form::Target;

pub fn move_to(root: &NodeRef, uid: &str, target: Target) {
    let id = match target {
        Target::Question(q) => element_id(uid, "q", q),
        Target::Summary(q) => element_id(uid, "s", q),
        Target::Result => format!("{uid}-result"),
    };
    let Some(el) = root
        .cast::<Element>()
        .and_then(|root| root.query_selector(&format!("#{id}")).ok().flatten())
        .and_then(|el| el.dyn_into::<HtmlElement>().ok())
    else {
        return;
    };
    let options = FocusOptions::new();
    options.set_prevent_scroll(true);
    let _ = el.focus_with_options(&options);
    // Its top must be in view: a tall question is read from its top, not its middle.
    let height = web_sys::window()
        .and_then(|w| w.inner_height().ok())
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0);
    let top = el.get_bounding_client_rect().top();
    if top < 0.0 || top > height * 0.5 {
        el.scroll_into_view_with_bool(true);
    }
}
