//! The host element: a shadow root that keeps the host page's styles out and ours in, the
//! prerendered first paint the visitor may already have used, and the host's own content as
//! the fallback whenever the widget is not running.

use std::cell::RefCell;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, Element, HtmlElement, ShadowRoot, ShadowRootInit, ShadowRootMode};

use crate::i18n;
use crate::query;
use crate::rules::Lang;

/// The stylesheet's file name, linked relative to the page where no loader styles the widget
/// (the wasm's own browser tests).
const CSS_FILE: &str = "live-scheme-selector.css";

thread_local! {
    /// The loader's function that styles a shadow root: it adopts the stylesheet the module
    /// carries, or links the file where it knows it is (a bundler may have moved and renamed it).
    static STYLE: RefCell<Option<js_sys::Function>> = const { RefCell::new(None) };
    /// The loader's function that shows every rule, from the prerendered overview, in hosts.
    static SHOW_RULES: RefCell<Option<js_sys::Function>> = const { RefCell::new(None) };
}

pub fn set_show_rules(f: js_sys::Function) {
    SHOW_RULES.with(|s| *s.borrow_mut() = Some(f));
}

/// Every rule in these host elements, whose widgets could not start or stopped: more use to the
/// visitor than the host's fallback alone.
pub fn rules_instead(hosts: &js_sys::Array) {
    SHOW_RULES.with(|s| {
        if let Some(f) = s.try_borrow().ok().as_deref().and_then(Option::as_ref) {
            let _ = f.call1(&JsValue::NULL, hosts);
        }
    });
}

pub fn set_style(f: js_sys::Function) {
    STYLE.with(|s| *s.borrow_mut() = Some(f));
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
    /// The visitor opened the rule table.
    pub overview: bool,
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
    out.overview = matches!(
        root.query_selector("details.lss-overview[open]"),
        Ok(Some(_))
    );
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

/// An `Error` whose message says what went wrong and what to do.
fn refusal(why: &str) -> JsValue {
    js_sys::Error::new(&format!("live-scheme-selector: {why}")).into()
}

/// What a mount needs from the host element before anything is changed: that it is in this
/// page's document and that the elements the widget is made of can be created.
pub struct Ready {
    doc: Document,
    /// The host's own content, shown if the widget cannot run.
    slot: Element,
}

/// Checks `host` and makes the widget's own elements; changes nothing.
pub fn check(host: &Element) -> Result<Ready, JsValue> {
    let doc = document()?;
    // Another document's element (an iframe's) cannot adopt this page's stylesheets or run
    // this page's listeners.
    if host.owner_document().as_ref() != Some(&doc) {
        return Err(refusal(
            "the element belongs to another document (an iframe's?); load the module in that document and mount there.",
        ));
    }
    let slot = made(&doc, "slot")?;
    slot.set_attribute("data-lss-fallback", "")?;
    Ok(Ready { doc, slot })
}

fn made(doc: &Document, tag: &str) -> Result<Element, JsValue> {
    doc.create_element(tag).map_err(|_| {
        refusal("document.createElement failed; the widget cannot be built on this page.")
    })
}

/// A new element for Yew to render into.
pub fn new_root(ready: &Ready) -> Result<Element, JsValue> {
    let root = made(&ready.doc, "div")?;
    root.set_class_name("lss-host");
    Ok(root)
}

/// The host's shadow root, emptied but for its stylesheet, and what the visitor had done in
/// the prerendered form it held.
pub fn prepare(host: &Element, ready: &Ready) -> Result<(ShadowRoot, Painted), JsValue> {
    let shadow = match host.shadow_root() {
        Some(shadow) => shadow,
        None => host
            .attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))
            .map_err(|_| {
                refusal(&format!(
                    "a <{}> element cannot hold the widget (it cannot have a shadow root, or it has a closed one); mount into a <div>.",
                    host.local_name()
                ))
            })?,
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
        return Err(refusal(
            "the element already has a shadow root with content of its own; mount into another element.",
        ));
    }
    let before = painted(&shadow);
    if !(clear_but_stylesheets(&shadow) || adopted_sheets(&shadow)) {
        if let Err(error) = style(&ready.doc, &shadow) {
            fall_back(&shadow, ready);
            return Err(error);
        }
    }
    Ok((shadow, before))
}

/// Whether the shadow root has adopted stylesheets; read loosely, as a browser (or a host
/// script) may lack `adoptedStyleSheets`.
fn adopted_sheets(shadow: &ShadowRoot) -> bool {
    js_sys::Reflect::get(shadow, &JsValue::from_str("adoptedStyleSheets"))
        .ok()
        .and_then(|sheets| sheets.dyn_into::<js_sys::Array>().ok())
        .is_some_and(|sheets| sheets.length() > 0)
}

fn style(doc: &Document, shadow: &ShadowRoot) -> Result<(), JsValue> {
    let loader = STYLE.with(|s| s.try_borrow().ok().and_then(|s| s.clone()));
    if let Some(f) = loader {
        return f.call1(&JsValue::NULL, shadow).map(drop);
    }
    let link = doc.create_element("link")?;
    link.set_attribute("rel", "stylesheet")?;
    link.set_attribute("href", CSS_FILE)?;
    shadow.append_child(&link)?;
    Ok(())
}

/// Puts Yew's element into the shadow root.
pub fn mount_point(shadow: &ShadowRoot, root: &Element) -> Result<(), JsValue> {
    shadow.append_child(root)?;
    Ok(())
}

/// After a mount failed half-way: the host's own content shows again, through the slot made
/// before anything was changed.
pub fn fall_back(shadow: &ShadowRoot, ready: &Ready) {
    clear_but_stylesheets(shadow);
    shadow.append_child(&ready.slot).ok();
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

/// Whether a translation has rewritten the widget: browsers' page translation wraps each text
/// node in `<font>` elements, which the widget never makes.
pub fn translated(shadow: &ShadowRoot) -> bool {
    shadow.query_selector(".lss font").ok().flatten().is_some()
}

/// Shows the host's own content again (its light DOM), optionally under an apology in `lang`.
pub fn show_fallback(shadow: &ShadowRoot, apology: Option<Lang>) {
    clear_but_stylesheets(shadow);
    let Ok(doc) = document() else {
        return;
    };
    if let Some(lang) = apology {
        if let Ok(p) = doc.create_element("p") {
            p.set_class_name("lss-apology");
            p.set_attribute("role", "alert").ok();
            p.set_attribute("lang", lang.tag()).ok();
            p.set_text_content(Some(i18n::CRASHED.get(lang)));
            shadow.append_child(&p).ok();
        }
    }
    if let Ok(slot) = doc.create_element("slot") {
        slot.set_attribute("data-lss-fallback", "").ok();
        shadow.append_child(slot.unchecked_ref()).ok();
    }
}
