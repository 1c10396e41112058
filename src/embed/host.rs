//! The host element: a shadow root that keeps the host page's styles out and ours in, the
//! prerendered first paint the visitor may already have used, and the host's own content as
//! the fallback whenever the widget is not running.

use std::cell::RefCell;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, Element, HtmlElement, ShadowRoot, ShadowRootInit, ShadowRootMode};

use crate::query;

/// The stylesheet beside the module. `live-scheme-selector.js` adopts it into the shadow root
/// before the wasm runs; a widget mounted without it links the file.
const CSS_FILE: &str = "live-scheme-selector.css";

thread_local! {
    static BASE: RefCell<String> = const { RefCell::new(String::new()) };
}

/// Where the module was loaded from, so files beside it resolve on any path or CDN.
pub fn set_base(base: String) {
    BASE.with(|b| *b.borrow_mut() = base);
}

fn document() -> Result<Document, JsValue> {
    web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| JsValue::from_str("live-scheme-selector: no document"))
}

/// What the visitor did with the prerendered form before the wasm took it over: the answers
/// they ticked, the language they switched to, and where focus was.
#[derive(Default)]
pub struct Painted {
    /// Query keys and ids, as the static form's controls hold them; checked like any input.
    pub answers: Vec<(&'static str, String)>,
    /// The id of the focused element, less the widget's id prefix.
    pub focus: Option<String>,
}

/// Reads the prerendered form in `shadow`, if that is what it holds.
fn painted(shadow: &ShadowRoot) -> Painted {
    let mut out = Painted::default();
    let Ok(Some(root)) = shadow.query_selector(".lss-host > .lss") else {
        return out;
    };
    // The language counts only where the visitor switched it; otherwise the link decides.
    if let Ok(Some(chosen)) = shadow.query_selector(".lss-host[data-lang-chosen] > .lss") {
        if let Some(lang) = chosen.get_attribute("lang") {
            out.answers.push(("lang", lang));
        }
    }
    for key in ["scenario", "content", "subject"] {
        let selector = format!("input[type=radio][name$=\"-{key}\"]:checked");
        if let Ok(Some(input)) = root.query_selector(&selector) {
            if let Some(value) = input
                .get_attribute("value")
                .filter(|v| v.len() <= query::MAX_VALUE_LEN)
            {
                out.answers.push((key, value));
            }
        }
    }
    if let Ok(Some(select)) = root.query_selector("select") {
        if let Ok(select) = select.dyn_into::<web_sys::HtmlSelectElement>() {
            let value = select.value();
            if !value.is_empty() && value.len() <= query::MAX_VALUE_LEN {
                out.answers.push(("category", value));
            }
        }
    }
    out.focus = shadow
        .active_element()
        .map(|el| el.id())
        .and_then(|id| id.split_once('-').map(|(_, rest)| rest.to_owned()));
    out
}

/// Empties the shadow root but for its stylesheet links (a declarative template's whitespace
/// goes too); whether a link stays.
fn clear_but_stylesheets(shadow: &ShadowRoot) -> bool {
    let mut linked = false;
    let nodes = shadow.child_nodes();
    for i in (0..nodes.length()).rev() {
        let Some(node) = nodes.item(i) else {
            continue;
        };
        let link = node
            .dyn_ref::<Element>()
            .is_some_and(|el| el.matches("link[rel=stylesheet]").unwrap_or(false));
        if link {
            linked = true;
        } else {
            let _ = shadow.remove_child(&node);
        }
    }
    linked
}

/// The host's shadow root, emptied but for its stylesheet, and what the visitor had done in
/// the prerendered form it held.
pub fn prepare(host: &Element) -> Result<(ShadowRoot, Painted), JsValue> {
    let shadow = match host.shadow_root() {
        Some(shadow) => shadow,
        None => host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?,
    };
    // A shadow root of the host's own is never wiped: only an empty one, or one that holds what
    // this widget put there (the prerendered widget, its fallback slot), is ours to use.
    let ours = shadow.child_element_count() == 0
        || shadow
            .query_selector(".lss-host, [data-lss-fallback]")
            .ok()
            .flatten()
            .is_some();
    if !ours {
        return Err(js_sys::Error::new(
            "live-scheme-selector: the element already has a shadow root with content of its own; mount into another element.",
        )
        .into());
    }
    let before = painted(&shadow);
    let styled = clear_but_stylesheets(&shadow) || shadow.adopted_style_sheets().length() > 0;
    if !styled {
        let link = document()?.create_element("link")?;
        link.set_attribute("rel", "stylesheet")?;
        let base = BASE.with(|b| b.borrow().clone());
        link.set_attribute("href", &format!("{base}{CSS_FILE}"))?;
        shadow.append_child(&link)?;
    }
    Ok((shadow, before))
}

/// A fresh element inside the shadow root for Yew to render into.
pub fn mount_point(shadow: &ShadowRoot) -> Result<Element, JsValue> {
    let root = document()?.create_element("div")?;
    root.set_class_name("lss-host");
    shadow.append_child(&root)?;
    Ok(root)
}

/// Puts focus back where it was in the prerendered form, or, when that element is gone (the
/// answer it gave moved the form on), on the question now open or the result.
pub fn restore_focus(shadow: &ShadowRoot, uid: &str, id: &str) {
    let by_id = shadow.get_element_by_id(&format!("{uid}-{id}"));
    let target = by_id
        .or_else(|| shadow.query_selector(".lss-question").ok().flatten())
        .or_else(|| shadow.query_selector(".lss-heading").ok().flatten());
    if let Some(el) = target.and_then(|el| el.dyn_into::<HtmlElement>().ok()) {
        let _ = el.focus();
    }
}

/// Shows the host's own content again (its light DOM), optionally under a message.
pub fn show_fallback(shadow: &ShadowRoot, message: Option<&str>) {
    clear_but_stylesheets(shadow);
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
        slot.set_attribute("data-lss-fallback", "").ok();
        shadow.append_child(slot.unchecked_ref()).ok();
    }
}
