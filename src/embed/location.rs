//! The page's URL as the widget's shareable state.
//!
//! Only the query is read into the wasm. The rest of the address (the path before it, the
//! fragment after it) is the page's, and may be long: a link is put together from it in
//! JavaScript strings, so a 100 KB fragment neither enters the wasm's memory nor stops the
//! widget from writing its state or copying its link.

use js_sys::JsString;
use wasm_bindgen::{JsCast, JsValue};

use crate::query;
use crate::rules::{Answers, Lang};

/// A longer query is neither read nor written: no page needs one for its own state, and
/// whatever the widget reads crosses into the wasm's memory, which never shrinks.
const MAX_QUERY_LEN: u32 = 16 * 1024;

fn location_part(key: &str) -> Option<JsString> {
    let location = web_sys::window()?.location();
    js_sys::Reflect::get(&location, &JsValue::from_str(key))
        .ok()?
        .dyn_into::<JsString>()
        .ok()
}

/// The page's query, or nothing if it is too long to be the widget's to read.
pub fn search() -> Option<String> {
    bounded(&location_part("search")?)
}

/// The query as the wasm's to read, if it is short enough; its length is checked before any of
/// it is copied.
fn bounded(search: &JsString) -> Option<String> {
    (search.length() <= MAX_QUERY_LEN).then(|| search.into())
}

/// The page's address with this state in its query: what comes before the query and the
/// fragment stay as the page has them.
pub fn share_link(prefix: &str, lang: Lang, answers: &Answers) -> Option<JsString> {
    let href = location_part("href")?;
    let search = location_part("search")?;
    let hash = location_part("hash")?;
    let query = query::write(&bounded(&search)?, prefix, lang, answers);
    // `href` is the part before the query, then `search`, then `hash`.
    let base = href.slice(0, href.length() - search.length() - hash.length());
    Some(base.concat(&JsValue::from_str(&query)).concat(&hash))
}

/// A link short enough to show in the widget for copying by hand.
pub fn shown(link: &JsString) -> Option<String> {
    (link.length() <= MAX_QUERY_LEN).then(|| link.into())
}

/// Rewrites the address bar without a reload or a history entry.
pub fn replace(prefix: &str, lang: Lang, answers: &Answers) {
    let (Some(window), Some(link)) = (web_sys::window(), share_link(prefix, lang, answers)) else {
        return;
    };
    let Ok(history) = window.history() else {
        return;
    };
    // Through a call that takes the link as a JS string, and catches: a page may forbid it.
    let replace = js_sys::Reflect::get(&history, &JsValue::from_str("replaceState"))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    if let Some(replace) = replace {
        let _ = replace.call3(&history, &JsValue::NULL, &JsValue::from_str(""), &link);
    }
}
