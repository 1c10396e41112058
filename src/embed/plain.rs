//! The Decision and the events' details as plain JS data (objects, arrays, strings, booleans,
//! null) with the public ids, for `decide()` and the widget's events: the payloads of
//! `crate::wire`, whose shape the native tests pin and the TypeScript declarations are
//! generated from.

use serde::Serialize;
use serde_wasm_bindgen::Serializer;
use wasm_bindgen::JsValue;

use crate::rules::{Answers, Decision, Lang, Scheme};
use crate::wire;

/// `value` as a JS value: absent values as `null` (the declared `T | null`), never `undefined`,
/// and any map as a plain object.
fn js(value: &impl Serialize) -> JsValue {
    let serializer = Serializer::new()
        .serialize_missing_as_null(true)
        .serialize_maps_as_objects(true);
    // The payloads hold only strings, booleans, lists and structs, which always serialize; an
    // error could only come from the JS engine itself (out of memory), and a host page reading
    // `null` then is better than a panic that stops every widget on the page.
    value.serialize(&serializer).unwrap_or(JsValue::NULL)
}

/// `{subject, scenario, content, category}`, each an id or null.
pub fn input(a: &Answers) -> JsValue {
    js(&wire::input(a))
}

/// `{input, blocked, recommended, schemes: [{scheme, status, url, routes}], notes}`.
pub fn decision(d: &Decision) -> JsValue {
    js(&wire::decision(d))
}

/// The detail of a `live-scheme-change` event.
pub fn change(lang: Lang, d: &Decision) -> JsValue {
    js(&wire::change(lang, d))
}

/// The detail of a `live-scheme-link` event.
pub fn link(scheme: Scheme) -> JsValue {
    js(&wire::link(scheme))
}
