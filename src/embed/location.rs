//! The page's URL as the widget's shareable state.

use wasm_bindgen::JsCast;

use crate::query;
use crate::rules::{Answers, Lang};

/// Longer addresses are neither read nor written: no page needs one for its own state, and
/// whatever the widget reads crosses into the wasm's memory, which never shrinks.
const MAX_URL_LEN: u32 = 16 * 1024;

/// `location[key]` (`"search"`, `"href"`), unless it is longer than `MAX_URL_LEN`; its length
/// is checked before any of it is copied.
fn read(key: &str) -> Option<String> {
    let location = web_sys::window()?.location();
    let text = js_sys::Reflect::get(&location, &key.into())
        .ok()?
        .dyn_into::<js_sys::JsString>()
        .ok()?;
    (text.length() <= MAX_URL_LEN).then(|| text.into())
}

/// The page's query, or nothing if the address is too long to be the widget's to read.
pub fn search() -> Option<String> {
    read("search")
}

/// The current page's address with this state in its query; none for an address too long to
/// read.
pub fn share_link(lang: Lang, answers: &Answers) -> Option<String> {
    read("href").map(|href| query::share_link(&href, lang, answers))
}

/// Rewrites the address bar without a reload or a history entry.
pub fn replace(lang: Lang, answers: &Answers) {
    let (Some(window), Some(link)) = (web_sys::window(), share_link(lang, answers)) else {
        return;
    };
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&link));
    }
}
