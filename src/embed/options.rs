//! Reading the host page's values (options objects, `decide()` input) before they cross into
//! the wasm: type-checked, length-checked, and never copied whole when they are too long to be
//! an id.

use wasm_bindgen::{JsCast, JsValue};

use crate::settings::OPTION_CUT;

/// The string at `key` of `source`: `Ok(None)` when absent (undefined or null), an error that
/// says why for a getter that throws or a value that is not a string. A string longer than any
/// id is cut to just over the limit, so it still fails to match and its warning can quote it,
/// without the rest entering the wasm's memory.
///
/// Only the object's own properties count: a page whose `Object.prototype` another script has
/// polluted must not answer every widget's questions.
pub fn read(source: &JsValue, key: &str) -> Result<Option<String>, String> {
    let value = own(source, key).map_err(|_| format!("reading {key} threw an error"))?;
    string(&value).map_err(|kind| format!("{key} must be a string id, not {kind}"))
}

/// `source[key]` if `source` is an object that has `key` itself, `undefined` otherwise; an error
/// when a getter or a Proxy throws.
pub fn own(source: &JsValue, key: &str) -> Result<JsValue, JsValue> {
    // `is_object`, not `instanceof Object`: an object from another frame counts too.
    if !source.is_object() {
        return Ok(JsValue::UNDEFINED);
    }
    let object = source.unchecked_ref::<js_sys::Object>();
    let key = js_sys::JsString::from(key);
    if !js_sys::Object::has_own_str(object, &key)? {
        return Ok(JsValue::UNDEFINED);
    }
    js_sys::Reflect::get(source, &key)
}

/// `value` as a string, cut as `read` says; `Ok(None)` when absent, the value's kind when it is
/// not a string.
pub fn string(value: &JsValue) -> Result<Option<String>, &'static str> {
    if value.is_undefined() || value.is_null() {
        return Ok(None);
    }
    let Some(text) = value.dyn_ref::<js_sys::JsString>() else {
        return Err(kind(value));
    };
    let limit = OPTION_CUT as u32;
    let text = if text.length() > limit {
        text.slice(0, limit)
    } else {
        text.clone()
    };
    Ok(Some(String::from(text)))
}

fn kind(value: &JsValue) -> &'static str {
    if value.as_f64().is_some() {
        "a number"
    } else if value.as_bool().is_some() {
        "a boolean"
    } else if value.is_object() {
        "an object"
    } else {
        "another type"
    }
}

/// `value` as the element a widget mounts into, or what it is instead, for the error: every
/// other kind is refused here, before a method of it is called, so nothing a host passes makes
/// a browser call throw inside the wasm.
pub fn element(value: JsValue) -> Result<web_sys::Element, String> {
    if value.is_null() {
        return Err("null".to_owned());
    }
    if value.is_undefined() {
        return Err("undefined".to_owned());
    }
    if !value.is_object() {
        return Err(kind(&value).to_owned());
    }
    if value.is_instance_of::<web_sys::Element>() {
        return Ok(value.unchecked_into());
    }
    // An element of another frame is no instance of this one's Element, but is one; the mount
    // then says it belongs to another document.
    let node_type = js_sys::Reflect::get(&value, &JsValue::from_str("nodeType"))
        .ok()
        .and_then(|t| t.as_f64())
        .map(|t| t as u32);
    match node_type {
        Some(1) => Ok(value.unchecked_into()),
        Some(3) => Err("a text node".to_owned()),
        Some(9) => Err("a document".to_owned()),
        Some(11) => Err("a document fragment or shadow root".to_owned()),
        Some(_) => Err("a node that is not an element".to_owned()),
        None => Err("an object that is not an element".to_owned()),
    }
}

/// Why `value` is not an object `decide()` reads answers from, if it is not: arrays, dates and
/// the like are objects too, and would be read as having no answers. Plain data is an object
/// whose prototype is some frame's `Object.prototype` (itself without one), or none.
pub fn not_answers(value: &JsValue) -> Option<&'static str> {
    if !value.is_object() {
        return Some(kind(value));
    }
    if js_sys::Array::is_array(value) {
        return Some("an array");
    }
    let proto = js_sys::Object::get_prototype_of(value);
    let plain = proto.is_null() || js_sys::Object::get_prototype_of(&proto).is_null();
    (!plain).then_some("an object of another kind (a date, a map, …)")
}
