//! Every rule at once, without the questions: what a browser that cannot run the WebAssembly
//! shows. Rendered only at build time, so the wasm carries none of it.

use yew::prelude::*;

use super::ctx::Mode;
use super::part::{FormPart, Part};
use super::state::FormState;
use crate::form::Form;
use crate::i18n;
use crate::rules::{Answers, Lang};

#[derive(Properties, PartialEq)]
pub struct RulesProps {
    pub lang: Lang,
}

#[component]
pub fn RulesOnly(p: &RulesProps) -> Html {
    let lang = p.lang;
    let state = use_reducer(move || FormState(Form::new(lang, Answers::default())));
    let part = |which: Part, mode: Mode| {
        html! {
            <FormPart part={which} {lang} answers={Answers::default()} {mode}
                uid={AttrValue::Static(super::FIRST_UID)} dispatcher={state.dispatcher()} />
        }
    };
    html! {
        <div class="lss" lang={lang.tag()}>
            <header class="lss-header">
                <h2 class="lss-title">{i18n::TITLE.get(lang)}</h2>
                <p class="lss-note" data-kind="tip" data-notice="needs-newer-browser">{i18n::NEEDS_NEWER_BROWSER.get(lang)}</p>
                // Which of the two reasons shows is the loader's to say; this one only where a
                // mount failed in a browser that can run the selector.
                <p class="lss-note" data-kind="tip" data-notice="could-not-start" hidden=true>{i18n::COULD_NOT_START.get(lang)}</p>
            </header>
            { part(Part::Overview, Mode::Open) }
            { part(Part::Steps, Mode::Hidden) }
            <footer class="lss-footer">
                <p>{i18n::FOOTER_SOURCE.get(lang)}</p>
                <p>{i18n::FOOTER_AUTHORITY.get(lang)}</p>
            </footer>
        </div>
    }
}
