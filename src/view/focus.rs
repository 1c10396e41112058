//! Moves focus where the customer goes next, so it never falls to the page when the element
//! that had it is replaced, and brings that place into view.

use wasm_bindgen::JsCast;
use web_sys::{Element, FocusOptions, HtmlElement};
use yew::NodeRef;

use super::fields::element_id;
use crate::form::Target;

/// Scrolls the target's top into view without moving focus: on load, focus stays the page's.
pub fn scroll_to(root: &NodeRef, uid: &str, target: Target) {
    if let Some(el) = find(root, uid, target) {
        el.scroll_into_view_with_bool(true);
    }
}

fn find(root: &NodeRef, uid: &str, target: Target) -> Option<HtmlElement> {
    let id = match target {
        Target::Question(q) => element_id(uid, "q", q),
        Target::Summary(q) => element_id(uid, "s", q),
        Target::Result => format!("{uid}-result"),
    };
    root.cast::<Element>()?
        .query_selector(&format!("#{id}"))
        .ok()??
        .dyn_into::<HtmlElement>()
        .ok()
}

pub fn move_to(root: &NodeRef, uid: &str, target: Target) {
    let Some(el) = find(root, uid, target) else {
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
