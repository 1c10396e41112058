//! Messages for the page's console, through calls that catch. A host whose `console.warn` or
//! `console.error` throws (or is gone) must not stop a widget from mounting, nor the panic hook
//! from putting the apology up; gloo's and web-sys's console bindings would throw through the
//! wasm instead.

use wasm_bindgen::{JsCast, JsValue};

fn call(method: &str, args: &js_sys::Array) {
    let found = js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("console")).and_then(
        |console| {
            Ok((
                js_sys::Reflect::get(&console, &JsValue::from_str(method))?,
                console,
            ))
        },
    );
    if let Ok((f, console)) = found {
        if let Ok(f) = f.dyn_into::<js_sys::Function>() {
            let _ = f.apply(&console, args);
        }
    }
}

pub fn warn(message: &str) {
    call("warn", &js_sys::Array::of1(&JsValue::from_str(message)));
}

pub fn error(message: &str, detail: &JsValue) {
    call(
        "error",
        &js_sys::Array::of2(&JsValue::from_str(message), detail),
    );
}
