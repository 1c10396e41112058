//! The language switch and the copy-link button.

use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

use crate::form::Action;
use crate::i18n;
use crate::rules::{Answers, Lang};

#[derive(Properties, PartialEq)]
pub struct ToolbarProps {
    pub lang: Lang,
    pub answers: Answers,
    pub uid: AttrValue,
    pub dispatch: Callback<Action>,
}

#[derive(Clone, PartialEq)]
enum Copy {
    Idle,
    Done,
    /// The clipboard refused; the link is shown to copy by hand.
    Failed(String),
}

async fn write_clipboard(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    JsFuture::from(window.navigator().clipboard().write_text(text))
        .await
        .is_ok()
}

#[component]
pub fn Toolbar(p: &ToolbarProps) -> Html {
    let lang = p.lang;
    let copy = use_state(|| Copy::Idle);
    {
        // A result that changed makes an earlier "copied" stale.
        let copy = copy.clone();
        use_effect_with((p.lang, p.answers), move |_| copy.set(Copy::Idle));
    }
    let on_copy = {
        let copy = copy.clone();
        let (lang, answers) = (p.lang, p.answers);
        Callback::from(move |_: MouseEvent| {
            let copy = copy.clone();
            let link = crate::embed::url::share_link(lang, &answers);
            wasm_bindgen_futures::spawn_local(async move {
                if write_clipboard(&link).await {
                    copy.set(Copy::Done);
                } else {
                    copy.set(Copy::Failed(link));
                }
            });
        })
    };
    let lang_button = |target: Lang, label: &'static str| {
        let dispatch = p.dispatch.clone();
        html! {
            <button type="button" class="lss-lang-button" lang={target.tag()}
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
            <button type="button" class="lss-button lss-button--secondary" data-action="copy-link" onclick={on_copy}>
                {i18n::COPY_LINK.get(lang)}
            </button>
            <p class="lss-copy-status" role="status">
                { match &*copy {
                    Copy::Idle => html! {},
                    Copy::Done => html! { {i18n::COPIED.get(lang)} },
                    Copy::Failed(link) => html! { <>
                        <label for={format!("{}-link", p.uid)}>{i18n::COPY_FAILED.get(lang)}</label>
                        <input id={format!("{}-link", p.uid)} class="lss-link-field" type="text" readonly=true value={link.clone()} />
                    </> },
                } }
            </p>
        </div>
    }
}
