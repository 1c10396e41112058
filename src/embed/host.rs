//! The host element: a shadow root that keeps the host page's styles out and ours in, and the
//! host's own content as the fallback whenever the widget is not running.

use std::cell::RefCell;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CssStyleSheet, Document, Element, ShadowRoot, ShadowRootInit, ShadowRootMode};

const CSS: &str = include_str!(concat!(env!("OUT_DIR"), "/widget.min.css"));
/// The same stylesheet, shipped beside the module for browsers without constructable sheets.
const CSS_FILE: &str = "live-scheme-selector.css";

thread_local! {
    static SHEET: RefCell<Option<CssStyleSheet>> = const { RefCell::new(None) };
    static BASE: RefCell<String> = const { RefCell::new(String::new()) };
}

/// Where the module was loaded from, so files beside it resolve on any path or CDN.
pub fn set_base(base: String) {
    BASE.with(|b| *b.borrow_mut() = base);
}

fn shared_sheet() -> Option<CssStyleSheet> {
    SHEET.with(|cell| {
        let mut cell = cell.borrow_mut();
        if cell.is_none() {
            let sheet = CssStyleSheet::new().ok()?;
            sheet.replace_sync(CSS).ok()?;
            *cell = Some(sheet);
        }
        cell.clone()
    })
}

fn document() -> Result<Document, JsValue> {
    web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| JsValue::from_str("live-scheme-selector: no document"))
}

/// The host's shadow root, emptied, with our styles in it.
pub fn prepare(host: &Element) -> Result<ShadowRoot, JsValue> {
    let shadow = match host.shadow_root() {
        Some(shadow) => shadow,
        None => host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?,
    };
    shadow.set_text_content(None);
    match shared_sheet() {
        Some(sheet) => shadow.set_adopted_style_sheets(&js_sys::Array::of1(&sheet)),
        None => {
            let link = document()?.create_element("link")?;
            link.set_attribute("rel", "stylesheet")?;
            let base = BASE.with(|b| b.borrow().clone());
            link.set_attribute("href", &format!("{base}{CSS_FILE}"))?;
            shadow.append_child(&link)?;
        }
    }
    Ok(shadow)
}

/// A fresh element inside the shadow root for Yew to render into.
pub fn mount_point(shadow: &ShadowRoot) -> Result<Element, JsValue> {
    let root = document()?.create_element("div")?;
    root.set_class_name("lss-host");
    shadow.append_child(&root)?;
    Ok(root)
}

/// Shows the host's own content again (its light DOM), optionally under a message.
pub fn show_fallback(shadow: &ShadowRoot, message: Option<&str>) {
    shadow.set_text_content(None);
    let Ok(doc) = document() else {
        return;
    };
    if let Some(message) = message {
        if let Ok(p) = doc.create_element("p") {
            p.set_class_name("lss-apology");
            p.set_attribute("role", "alert").ok();
            p.set_text_content(Some(message));
            shadow.append_child(&p).ok();
        }
    }
    if let Ok(slot) = doc.create_element("slot") {
        shadow.append_child(slot.unchecked_ref()).ok();
    }
}
