//! The events a host page listens to for analytics; the widget itself sends nothing anywhere.

use wasm_bindgen::JsValue;
use web_sys::{CustomEvent, CustomEventInit, Element};

use super::plain;
use crate::rules::{decide, Answers, Lang, Scheme};

fn dispatch(host: &Element, name: &str, detail: JsValue) {
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&detail);
    if let Ok(event) = CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = host.dispatch_event(&event);
    }
}

pub fn change(host: &Element, lang: Lang, answers: &Answers) {
    dispatch(
        host,
        "live-scheme-change",
        plain::change(lang, &decide(*answers)),
    );
}

pub fn link(host: &Element, scheme: Scheme) {
    dispatch(host, "live-scheme-link", plain::link(scheme));
}
