//! The language switch and the copy-link button.

use yew::prelude::*;

use super::ctx::Ctx;
use crate::form::Action;
use crate::i18n;
use crate::rules::{Answers, Lang};

/// What the copy-link button last did; reset whenever the answers change.
// Made and read by the browser layer only; the build-time paint never copies.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
#[derive(Clone, PartialEq)]
pub enum CopyState {
    Idle,
    Done,
    /// The clipboard refused or does not exist; the link is shown to copy by hand.
    Failed(String),
}

/// Asks the layer below to copy a link that reopens this state (the page's address is its to
/// read, the clipboard its to write); it says how that went through `done`.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
pub struct CopyRequest {
    pub lang: Lang,
    pub answers: Answers,
    pub done: Callback<CopyState>,
}

/// The copy-link button's state and where its clicks go. It is offered twice, at the top and
/// at the result; the state says which was pressed (true: the result's), so "copied" shows
/// beside that one only.
pub struct Copy<'a> {
    pub state: &'a UseStateHandle<(bool, CopyState)>,
    pub on_copy: &'a Callback<CopyRequest>,
}

/// `copy` is `None` for a widget whose state is not in the URL: a link could not reopen it.
pub fn toolbar(c: &Ctx, copy: Option<Copy>) -> Html {
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
                { copy_link(c, &copy, false) }
            }
        </div>
    }
}

pub fn copy_link(c: &Ctx, copy: &Copy, at_result: bool) -> Html {
    let lang = c.lang;
    let on_copy = {
        let (state, on_copy) = (copy.state.clone(), copy.on_copy.clone());
        let answers = c.answers;
        Callback::from(move |_: MouseEvent| {
            let state = state.clone();
            on_copy.emit(CopyRequest {
                lang,
                answers,
                done: Callback::from(move |outcome| state.set((at_result, outcome))),
            })
        })
    };
    let link_id = format!("{}-link{}", c.uid, if at_result { "-r" } else { "" });
    let shown = if copy.state.0 == at_result {
        &copy.state.1
    } else {
        &CopyState::Idle
    };
    html! { <>
        <button type="button" class="lss-button lss-button--secondary" data-action="copy-link" onclick={on_copy}>
            {i18n::COPY_LINK.get(lang)}
        </button>
        <p class="lss-copy-status" role="status">
            { match shown {
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
