//! The page's URL as the widget's shareable state.

use crate::query;
use crate::rules::{Answers, Lang};

fn location() -> Option<web_sys::Location> {
    web_sys::window().map(|w| w.location())
}

pub fn search() -> String {
    location().and_then(|l| l.search().ok()).unwrap_or_default()
}

/// The current page's address with this state in its query.
pub fn share_link(lang: Lang, answers: &Answers) -> String {
    let href = location().and_then(|l| l.href().ok()).unwrap_or_default();
    query::share_link(&href, lang, answers)
}

/// Rewrites the address bar without a reload or a history entry.
pub fn replace(lang: Lang, answers: &Answers) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(history) = window.history() else {
        return;
    };
    let link = share_link(lang, answers);
    let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&link));
}
