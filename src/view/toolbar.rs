//! The language switch and the copy-link button.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

use super::fields::Ctx;
use crate::form::Action;
use crate::i18n;
use crate::rules::Lang;

/// What the copy-link button last did; reset whenever the answers change.
#[derive(Clone, PartialEq)]
pub enum CopyState {
    Idle,
    Done,
    /// The clipboard refused or does not exist; the link is shown to copy by hand.
    Failed(String),
}

/// Writes `text` to the clipboard and reports the outcome through `copy`. Plain promise
/// callbacks rather than futures: the futures runtime would add a kilobyte to the wasm for
/// this one call. The callback that never runs stays allocated; a few bytes per click.
fn write_clipboard(text: String, copy: UseStateHandle<CopyState>) {
    let clipboard = web_sys::window()
        .map(|w| w.navigator())
        .and_then(|n| js_sys::Reflect::get(&n, &JsValue::from_str("clipboard")).ok())
        .filter(|c| !c.is_undefined() && !c.is_null());
    let Some(clipboard) = clipboard else {
        copy.set(CopyState::Failed(text));
        return;
    };
    let done = {
        let copy = copy.clone();
        Closure::once_into_js(move |_: JsValue| copy.set(CopyState::Done))
    };
    let failed = {
        let (copy, text) = (copy.clone(), text.clone());
        Closure::once_into_js(move |_: JsValue| copy.set(CopyState::Failed(text)))
    };
    // `write_text` throws where the page may not use the clipboard; that is a failure too.
    let promise = js_sys::Reflect::get(&clipboard, &JsValue::from_str("writeText"))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .and_then(|write| write.call1(&clipboard, &JsValue::from_str(&text)).ok());
    let then = promise.as_ref().and_then(|p| {
        js_sys::Reflect::get(p, &JsValue::from_str("then"))
            .ok()
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
    });
    match (promise, then) {
        (Some(promise), Some(then)) => {
            let _ = then.call2(&promise, &done, &failed);
        }
        _ => copy.set(CopyState::Failed(text)),
    }
}

/// `copy` is `None` for a widget whose state is not in the URL: a link could not reopen it.
pub fn toolbar(c: &Ctx, copy: Option<&UseStateHandle<CopyState>>) -> Html {
    let lang = c.lang;
    let lang_button = |target: Lang, label: &'static str| {
        let dispatch = c.dispatch.clone();
        html! {
            <button type="button" class="lss-lang-button" lang={target.tag()}
                id={format!("{}-lang-{}", c.uid, target.tag())}
                aria-pressed={(lang == target).to_string()}
                onclick={move |_| dispatch.emit(Action::Lang(target))}>{label}</button>
        }
    };
    html! {
        <div class="lss-toolbar">
            <div class="lss-lang" role="group" aria-label={i18n::LANGUAGE.get(lang)}>
                { lang_button(Lang::Zh, "中文") }
                { lang_button(Lang::En, "English") }
            </div>
            if let Some(copy) = copy {
                { copy_link(c, copy) }
            }
        </div>
    }
}

fn copy_link(c: &Ctx, copy: &UseStateHandle<CopyState>) -> Html {
    let lang = c.lang;
    let on_copy = {
        let copy = copy.clone();
        let answers = c.answers;
        Callback::from(move |_: MouseEvent| {
            if let Some(link) = crate::location::share_link(lang, &answers) {
                write_clipboard(link, copy.clone())
            }
        })
    };
    let link_id = format!("{}-link", c.uid);
    html! { <>
        <button type="button" class="lss-button lss-button--secondary" data-action="copy-link" onclick={on_copy}>
            {i18n::COPY_LINK.get(lang)}
        </button>
        <p class="lss-copy-status" role="status">
            { match &**copy {
                CopyState::Idle => html! {},
                CopyState::Done => html! { {i18n::COPIED.get(lang)} },
                CopyState::Failed(link) => html! { <>
                    <label for={link_id.clone()}>{i18n::COPY_FAILED.get(lang)}</label>
                    <input id={link_id} class="lss-link-field" type="text" readonly=true value={link.clone()} />
                </> },
            } }
        </p>
    </> }
}
