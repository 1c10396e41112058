//! The events a host page listens to for analytics; the widget itself sends nothing anywhere.

use serde::Serialize;
use wasm_bindgen::JsValue;
use web_sys::{CustomEvent, CustomEventInit, Element};

use crate::report::{ChangeReport, LinkReport};
use crate::rules::{decide, Answers, Lang, Scheme};

/// Plain JS data for a host page's scripts: the reports hold structs, sequences and strings,
/// which serialize to plain objects, arrays and strings.
pub fn to_js<T: Serialize>(value: &T) -> JsValue {
    value
        .serialize(&serde_wasm_bindgen::Serializer::new())
        .unwrap_or(JsValue::NULL)
}

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
    let decision = decide(*answers);
    let report = ChangeReport {
        lang: lang.tag(),
        input: answers.into(),
        decision: (&decision).into(),
    };
    dispatch(host, "live-scheme-change", to_js(&report));
}

pub fn link(host: &Element, scheme: Scheme) {
    let report = LinkReport {
        scheme: scheme.id(),
        url: scheme.url(),
    };
    dispatch(host, "live-scheme-link", to_js(&report));
}
