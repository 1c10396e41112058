//! Copy link: the page's address with the widget's state, onto the clipboard.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use super::location;
use crate::view::{CopyRequest, CopyState};

/// Copies a link that reopens the request's state and says how it went. Where the clipboard
/// refuses or does not exist, the link is handed back to be shown and copied by hand.
pub fn copy(prefix: &str, request: CopyRequest) {
    let CopyRequest {
        lang,
        answers,
        done,
    } = request;
    if let Some(link) = location::share_link(prefix, lang, &answers) {
        write(link, done);
    }
}

/// Plain promise callbacks rather than futures: `writeText` may throw, return something that is
/// not a promise, or never settle, and each of those must still end in words or nothing.
fn write(link: js_sys::JsString, done: yew::Callback<CopyState>) {
    // Shown to copy by hand where the clipboard refuses; a link too long to show is still
    // copied where the clipboard works.
    let text = location::shown(&link).unwrap_or_default();
    let clipboard = web_sys::window()
        .map(|w| w.navigator())
        .and_then(|n| js_sys::Reflect::get(&n, &JsValue::from_str("clipboard")).ok())
        .filter(|c| !c.is_undefined() && !c.is_null());
    let Some(clipboard) = clipboard else {
        done.emit(CopyState::Failed(text));
        return;
    };
    let copied = {
        let done = done.clone();
        Closure::once_into_js(move |_: JsValue| done.emit(CopyState::Done))
    };
    let failed = {
        let (done, text) = (done.clone(), text.clone());
        Closure::once_into_js(move |_: JsValue| done.emit(CopyState::Failed(text)))
    };
    // `writeText` throws where the page may not use the clipboard; that is a failure too.
    let promise = js_sys::Reflect::get(&clipboard, &JsValue::from_str("writeText"))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .and_then(|write| write.call1(&clipboard, &link).ok());
    let then = promise.as_ref().and_then(|p| {
        js_sys::Reflect::get(p, &JsValue::from_str("then"))
            .ok()
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
    });
    match (promise, then) {
        (Some(promise), Some(then)) => {
            let _ = then.call2(&promise, &copied, &failed);
        }
        _ => done.emit(CopyState::Failed(text)),
    }
}
